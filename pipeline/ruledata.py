"""Load and validate the rule data shipped in pipeline/resources/."""

from __future__ import annotations

import bisect
import functools
import gzip
import importlib.resources
import json
import re
from array import array
from dataclasses import dataclass
from typing import Any

ISO_4217 = re.compile(r"^[A-Z]{3}$")
PLACE_FEATURES = {"country", "admin1", "city", "district", "region", "continent"}


class ResourceError(ValueError):
    """A rule data file is malformed; the message names the file and the rule."""


def _read_text(name: str) -> str:
    res = importlib.resources.files("pipeline.resources").joinpath(name)
    if name.endswith(".gz"):
        return gzip.decompress(res.read_bytes()).decode("utf-8")
    return res.read_text("utf-8")


def _data_lines(name: str) -> list[tuple[int, str]]:
    """Non-empty, non-comment lines with their 1-based line numbers."""
    out = []
    for n, line in enumerate(_read_text(name).splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            out.append((n, line.rstrip("\n")))
    return out


@functools.cache
def load_word_list(name: str) -> frozenset[str]:
    """A file of one entry per line (comments with #)."""
    words = set()
    for n, line in _data_lines(name):
        entry = line.strip()
        if "\t" in entry:
            raise ResourceError(f"{name}:{n}: tab inside entry {entry!r}")
        words.add(entry)
    if not words:
        raise ResourceError(f"{name}: no entries")
    return frozenset(words)


@dataclass(frozen=True)
class Place:
    """One gazetteer row."""

    name: str
    feature: str
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


def _parse_place(header: list[str], line: str, where: str) -> Place:
    rec = dict(zip(header, line.split("\t"), strict=False))
    place_name = rec.get("name", "").strip()
    feature = rec.get("feature", "")
    if not place_name or feature not in PLACE_FEATURES:
        raise ResourceError(f"{where}: bad place row {line!r} (name and feature required)")
    try:
        return Place(
            name=place_name,
            feature=feature,
            country_code=rec.get("country_code") or None,
            admin1=rec.get("admin1") or None,
            geonameid=int(rec["geonameid"]) if rec.get("geonameid") else None,
            latitude=float(rec["latitude"]) if rec.get("latitude") else None,
            longitude=float(rec["longitude"]) if rec.get("longitude") else None,
            population=int(rec["population"]) if rec.get("population") else 0,
        )
    except ValueError as exc:
        raise ResourceError(f"{where}: place {place_name!r}: {exc}") from None


def _place_header(name: str, line: str) -> list[str]:
    header = line.split("\t")
    required = {"name", "feature", "country_code", "latitude", "longitude"}
    if not required <= set(header):
        raise ResourceError(f"{name}: header lacks {sorted(required - set(header))}")
    return header


@functools.cache
def load_places(name: str = "places.tsv") -> dict[str, tuple[Place, ...]]:
    """Gazetteer: name -> places of that name, most populous first (every row checked)."""
    rows = _data_lines(name)
    header = _place_header(name, rows[0][1])
    table: dict[str, list[Place]] = {}
    for n, line in rows[1:]:
        place = _parse_place(header, line, f"{name}:{n}")
        table.setdefault(place.name, []).append(place)
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in table.items()}


class PlaceIndex:
    """A large gazetteer sorted by name, kept as its bytes and searched by bisection; rows are
    parsed only for the names looked up (as objects, the 180,000 small places cost 160 MB)."""

    def __init__(self, name: str) -> None:
        self.name = name
        res = importlib.resources.files("pipeline.resources").joinpath(name)
        data = res.read_bytes()
        self.data = gzip.decompress(data) if name.endswith(".gz") else data
        self.starts = array("I")
        header: list[str] | None = None
        pos, size = 0, len(self.data)
        while pos < size:
            end = self.data.find(b"\n", pos)
            end = size if end < 0 else end
            if end > pos and self.data[pos : pos + 1] != b"#":
                if header is None:
                    header = _place_header(name, self.data[pos:end].decode("utf-8"))
                else:
                    self.starts.append(pos)
            pos = end + 1
        if header is None:
            raise ResourceError(f"{name}: no header line")
        self.header = header

    def _line(self, i: int) -> bytes:
        start = self.starts[i]
        end = self.data.find(b"\n", start)
        return self.data[start : end if end >= 0 else len(self.data)]

    def _name(self, i: int) -> bytes:
        start = self.starts[i]
        return self.data[start : self.data.find(b"\t", start)]

    def get(self, name: str) -> tuple[Place, ...]:
        key = name.encode("utf-8")
        rows = range(len(self.starts))
        lo = bisect.bisect_left(rows, key, key=self._name)
        hi = bisect.bisect_right(rows, key, key=self._name)
        places = [
            _parse_place(self.header, self._line(i).decode("utf-8"), f"{self.name} ({name})")
            for i in range(lo, hi)
        ]
        return tuple(sorted(places, key=lambda p: -p.population))


@functools.cache
def load_place_index(name: str) -> PlaceIndex:
    return PlaceIndex(name)


@dataclass(frozen=True)
class Currencies:
    symbols: dict[str, str]
    codes: dict[str, str]
    words: dict[str, str]


@functools.cache
def load_currencies(name: str = "currencies.json") -> Currencies:
    """Currency forms -> ISO 4217 codes."""
    try:
        data: dict[str, Any] = json.loads(_read_text(name))
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{name}: not valid JSON: {exc}") from None
    parts = {}
    for key in ("symbols", "codes", "words"):
        table = data.get(key)
        if not isinstance(table, dict) or not table:
            raise ResourceError(f"{name}: {key!r} must be a non-empty object")
        for form, code in table.items():
            if not isinstance(code, str) or not ISO_4217.match(code):
                raise ResourceError(f"{name}: {key}[{form!r}] = {code!r} is not an ISO 4217 code")
        parts[key] = dict(table)
    return Currencies(**parts)


@functools.cache
def legal_forms() -> frozenset[str]:
    """Company legal forms from cleanco ('Bhd', 'Kft', 'GmbH', 'Pty', 'S.A.'), as written in text.

    Forms of two letters or less without dots ('ev', 'ag', 'sa') are left out: in running
    text they are far more often something else ('EV', 'SA' for South Africa).
    """
    from cleanco.termdata import terms_by_type

    out: set[str] = set()
    for terms in terms_by_type.values():
        for term in terms:
            for word in term.split():
                bare = word.replace(".", "")
                if len(bare) >= 3 and bare.isalpha():
                    out.update({bare.capitalize(), bare.upper(), bare.capitalize() + "."})
                elif "." in word and len(bare) >= 2 and bare.isalpha():
                    out.add(".".join(bare.upper()) + ".")  # "S.A.", "N.V."
    out.add("GmbH")
    return frozenset(out)
