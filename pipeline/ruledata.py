"""Load and validate the rule data shipped in pipeline/resources/."""

from __future__ import annotations

import bisect
import functools
import gzip
import hashlib
import importlib.resources
import json
import operator
import re
import unicodedata
from array import array
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

ISO_4217 = re.compile(r"^[A-Z]{3}$")
PLACE_FEATURES = {"country", "admin1", "city", "district", "region", "continent"}


class ResourceError(ValueError):
    """A rule data file is malformed; the message names the file and the rule."""


def _read_text(name: str) -> str:
    res = importlib.resources.files("pipeline.resources").joinpath(name)
    if name.endswith(".gz"):
        return gzip.decompress(res.read_bytes()).decode("utf-8")
    # decoded whole, line endings made '\n' as text mode does (a fourth of its time on big tables)
    text = res.read_bytes().decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _data_lines(name: str) -> list[tuple[int, str]]:
    """Non-empty, non-comment lines with their 1-based line numbers."""
    # a line is data when its first non-blank character is there and is not '#'
    return [
        (n, line)
        for n, line in enumerate(_read_text(name).splitlines(), 1)
        if (lead := line.lstrip()) and lead[0] != "#"
    ]


@functools.cache
def load_word_list(name: str) -> frozenset[str]:
    """A file of one entry per line (comments with #)."""
    text = _read_text(name)
    # the same entries as _data_lines gives, stripped, in one pass (places_more.txt has 40,000)
    words = {entry for entry in map(str.strip, text.splitlines()) if entry and entry[0] != "#"}
    if "\t" in text:  # rare: find the line to name
        for n, line in _data_lines(name):
            if "\t" in (entry := line.strip()):
                raise ResourceError(f"{name}:{n}: tab inside entry {entry!r}")
    if not words:
        raise ResourceError(f"{name}: no entries")
    return frozenset(words)


@functools.cache
def load_patterns(name: str, group: str = "date") -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A table of named regular expressions, each anchored at a line start ("name<TAB>expression"
    a line; "=PART<TAB>expression" defines a part used as {PART}); each must capture `group`."""
    parts: dict[str, str] = {}
    out = []
    for n, line in _data_lines(name):
        key, sep, rx = line.partition("\t")
        if not sep or not key.strip() or not rx:
            raise ResourceError(f"{name}:{n}: expected 'name<TAB>expression', got {line!r}")
        try:
            rx = re.sub(r"\{([A-Z]+)\}", lambda m: parts[m.group(1)], rx)
        except KeyError as exc:
            raise ResourceError(f"{name}:{n}: undefined part {{{exc.args[0]}}}") from None
        if key.startswith("="):
            parts[key[1:].strip()] = rx
            continue
        try:
            pattern = re.compile(f"^(?:{rx})", re.MULTILINE)
        except re.error as exc:
            raise ResourceError(f"{name}:{n}: bad expression for {key!r}: {exc}") from None
        if group not in pattern.groupindex:
            raise ResourceError(f"{name}:{n}: {key!r} has no group named {group!r}")
        out.append((key.strip(), pattern))
    if not out:
        raise ResourceError(f"{name}: no entries")
    return tuple(out)


@functools.cache
def load_word_features(name: str) -> dict[str, frozenset[str]]:
    """Entries with optional space-separated GeoNames features after a tab ('town<TAB>city')."""
    out: dict[str, frozenset[str]] = {}
    for n, line in _data_lines(name):
        word, _, rest = line.partition("\t")
        word = word.strip()
        feats = frozenset(rest.split())
        if not word or "\t" in rest:
            raise ResourceError(f"{name}:{n}: expected 'word' or 'word<TAB>features', got {line!r}")
        if not feats <= PLACE_FEATURES:
            raise ResourceError(f"{name}:{n}: unknown feature(s) {sorted(feats - PLACE_FEATURES)}")
        out[word.lower()] = feats
    if not out:
        raise ResourceError(f"{name}: no entries")
    return out


class Place(NamedTuple):
    """One gazetteer row (a named tuple: 35,000 of them are built at start-up, five times faster
    than frozen dataclasses)."""

    name: str
    feature: str
    country_code: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


PLACE_COLUMNS = Place._fields


def _columns(header: list[str]) -> list[int | None]:
    """For each Place field, its column in `header` (None when the table lacks it)."""
    return [header.index(f) if f in header else None for f in PLACE_COLUMNS]


def _parse_place(columns: list[int | None], line: str, where: str) -> Place:
    cells = line.split("\t")
    raw = [cells[c] if c is not None and c < len(cells) else "" for c in columns]
    place_name, feature, country, admin1, geonameid, lat, lon, population = raw
    place_name = place_name.strip()
    if not place_name or feature not in PLACE_FEATURES:
        raise ResourceError(f"{where}: bad place row {line!r} (name and feature required)")
    try:
        return Place(
            place_name,
            feature,
            country or None,
            admin1 or None,
            int(geonameid) if geonameid else None,
            float(lat) if lat else None,
            float(lon) if lon else None,
            int(population) if population else 0,
        )
    except ValueError as exc:
        raise ResourceError(f"{where}: place {place_name!r}: {exc}") from None


def _place_header(name: str, line: str) -> list[str]:
    header = line.split("\t")
    required = {"name", "feature", "country_code", "latitude", "longitude"}
    if not required <= set(header):
        raise ResourceError(f"{name}: header lacks {sorted(required - set(header))}")
    return header


# What each column of a gazetteer row may hold. The whole table is checked by one search for a
# line that breaks these (a row that passes also parses with `_parse_place`), so rows are parsed
# only when their name is looked up.
_CELL = {
    "name": r"[^\S\t\n]*[^\s#][^\t\n]*",
    "feature": "(?:" + "|".join(sorted(PLACE_FEATURES)) + ")",
    "geonameid": r"[0-9]*",
    "population": r"[0-9]*",
    "latitude": r"(?:-?[0-9]+(?:\.[0-9]+)?)?",
    "longitude": r"(?:-?[0-9]+(?:\.[0-9]+)?)?",
}


def _bad_line_pattern(header: list[str]) -> re.Pattern[str]:
    """Finds the line break before a line that is neither blank, a comment, nor a row of
    `header`'s columns with a name that is not blank, a known feature and numbers that are
    numbers (the search is anchored on the line break: far faster than a multi-line `^`)."""
    row = r"\t".join(_CELL.get(col, r"[^\t\n]*") for col in header)
    return re.compile(rf"\n(?![^\S\n]*(?:#[^\n]*)?(?:\n|\Z))(?!{row}\r?(?:\n|\Z))")


# a blank or comment line, after its line break (the literal first character lets the search
# skip ahead: a pattern starting with `(?:^|\n)` is tried at every character of the table)
_BLANK_OR_COMMENT = re.compile(r"\n[^\S\n]*(?:#|\n|\Z)")


class PlaceTable(Mapping[str, tuple[Place, ...]]):
    """Gazetteer: name -> places of that name, most populous first. Every row is checked at load;
    a name's rows are parsed into `Place`s on first look-up (building all 37,000 at start-up was
    a third of a second of every cold start). With `checked`, the rows are known to pass the
    check already (see `load_places`) and it is not run again."""

    def __init__(self, name: str, text: str, checked: bool = False) -> None:
        self.name = name
        skip = re.compile(r"[^\S\n]*(?:#[^\n]*)?(?:\n|$)")
        pos = 0
        while pos < len(text) and (m := skip.match(text, pos)) and m.end() > pos:
            pos = m.end()
        if pos >= len(text):
            raise ResourceError(f"{name}: no entries")
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        header = _place_header(name, text[pos:end].rstrip("\r"))
        self.columns = _columns(header)
        bad = None if checked else _bad_line_pattern(header).search(text, end)
        if bad is not None:
            start = bad.start() + 1
            stop = text.find("\n", start)
            line = text[start : stop if stop >= 0 else len(text)].rstrip("\r")
            raise ResourceError(
                f"{name}:{text.count(chr(10), 0, start) + 1}: bad place row {line!r} "
                f"(name and feature required, {len(header)} columns as the header, numbers as numbers)"
            )
        first_line = text.count("\n", 0, end) + 2
        body = text[end + 1 :].removesuffix("\n")
        lines = body.split("\n") if body else []
        numbers: Sequence[int] = range(first_line, first_line + len(lines))
        if _BLANK_OR_COMMENT.search("\n" + body):  # blank lines or comments
            kept = [
                (n, line)
                for n, line in zip(numbers, lines, strict=True)
                if line.strip() and not line.lstrip().startswith("#")
            ]
            numbers, lines = [n for n, _ in kept], [line for _, line in kept]
        self._numbers = numbers
        self._rows = [line.rstrip("\r") for line in lines] if "\r" in body else lines
        col = header.index("name")
        self._names = [line.split("\t", col + 1)[col].strip() for line in self._rows]
        self._feature_col = header.index("feature")
        self._features: dict[str, set[str]] | None = None
        # a name's rows: from its first row while the name repeats, when the rows of a name are
        # consecutive (they are in the shipped tables, sorted by name); else listed
        self._first = dict(zip(reversed(self._names), range(len(self._names) - 1, -1, -1), strict=True))
        runs = 1 + sum(map(operator.ne, self._names, self._names[1:])) if self._names else 0
        self._spread: dict[str, list[int]] | None = None
        if runs != len(self._first):
            spread: dict[str, list[int]] = {}
            for i, key in enumerate(self._names):
                spread.setdefault(key, []).append(i)
            self._spread = spread
        self._parsed: dict[str, tuple[Place, ...]] = {}

    def _indices(self, key: str) -> list[int]:
        if self._spread is not None:
            return self._spread[key]
        i = j = self._first[key]
        while j < len(self._names) and self._names[j] == key:
            j += 1
        return list(range(i, j))

    def __getitem__(self, key: str) -> tuple[Place, ...]:
        places = self._parsed.get(key)
        if places is None:
            rows = [
                _parse_place(self.columns, self._rows[i], f"{self.name}:{self._numbers[i]}")
                for i in self._indices(key)
            ]
            places = tuple(sorted(rows, key=_by_population)) if len(rows) > 1 else (rows[0],)
            self._parsed[key] = places
        return places

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        """The places of `key` (on an article's hot path: no exception for a miss)."""
        places = self._parsed.get(key)
        if places is not None:
            return places
        return self[key] if key in self._first else default

    def __contains__(self, key: object) -> bool:
        return key in self._first

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(self._names))  # file order, as a dict built row by row

    def __len__(self) -> int:
        return len(self._first)

    def names_with(self, features: Collection[str]) -> set[str]:
        """The names with at least one place of one of these features."""
        if self._features is None:  # feature -> its names, in one pass for every later call
            col = self._feature_col
            by_feature: dict[str, set[str]] = {}
            for key, line in zip(self._names, self._rows, strict=True):
                feature = line.split("\t", col + 1)[col]
                names = by_feature.get(feature)
                if names is None:
                    names = by_feature[feature] = set()
                names.add(key)
            self._features = by_feature
        return set().union(*(self._features[f] for f in set(features) if f in self._features))


PLACE_SET_SECTIONS = ("names", "prefixes")
_SECTION_LINE = re.compile(r"^=", re.MULTILINE)


# The place finder's derived name sets ship in this file, built from these sources by
# scripts/build_place_sets.py (pipeline.components.names reads them)
PLACE_SETS_FILE = "place_sets.txt"
PLACE_SETS_SOURCES = ("places.tsv", "places_more.txt")


def sources_digest(sources: Sequence[str]) -> str:
    """SHA-256 of the resource files `sources`, in order: what a derived file was built from."""
    return _sources_digest(tuple(sources))


@functools.cache
def _sources_digest(sources: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for source in sources:
        data = importlib.resources.files("pipeline.resources").joinpath(source).read_bytes()
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


@functools.cache
def load_place_sets(name: str, sources: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The place finder's derived name sets shipped in `name` (a '# sources SHA' line, then a
    '=names' and a '=prefixes' section of one entry a line), checked to be built from `sources`."""
    text = _read_text(name)
    lines = text.split("\n")
    want = f"# sources {sources_digest(sources)}"
    if want not in lines[:3]:
        raise ResourceError(
            f"{name}: not built from the current {' and '.join(sources)}; "
            "rebuild it with scripts/build_place_sets.py"
        )
    # the lines that start with '=' (found in the text by one search, not a test per line)
    starts: dict[str, int] = {}
    line_no = at = 0
    for m in _SECTION_LINE.finditer(text):
        line_no += text.count("\n", at, m.start())
        at = m.start()
        starts[lines[line_no][1:]] = line_no
    if list(starts) != list(PLACE_SET_SECTIONS):
        raise ResourceError(f"{name}: expected the sections =names then =prefixes, found {list(starts)}")
    names_at, prefixes_at = starts["names"], starts["prefixes"]
    if lines[-1] == "":
        lines.pop()
    out = {"names": lines[names_at + 1 : prefixes_at], "prefixes": lines[prefixes_at + 1 :]}
    for section, entries in out.items():
        if not entries or "" in entries:
            raise ResourceError(f"{name}: section ={section} is empty or has a blank line")
    return {section: frozenset(entries) for section, entries in out.items()}


def dump_place_sets(sources: Sequence[str], names: Collection[str], prefixes: Collection[str]) -> str:
    """The text of a place sets file (see load_place_sets), entries sorted."""
    for entry in (*names, *prefixes):
        if not entry or entry.startswith(("=", "#")) or "\n" in entry or "\r" in entry:
            raise ValueError(f"place set entry {entry!r} cannot be written one a line")
    return "".join(
        [
            f"# Generated by scripts/build_place_sets.py from {' and '.join(sources)}; do not edit.\n",
            f"# sources {sources_digest(sources)}\n",
            "=names\n",
            *(f"{n}\n" for n in sorted(names)),
            "=prefixes\n",
            *(f"{p}\n" for p in sorted(prefixes)),
        ]
    )


@functools.cache
def load_places(name: str = "places.tsv") -> PlaceTable:
    """Gazetteer: name -> places of that name, most populous first (every row checked)."""
    return PlaceTable(name, _read_text(name), checked=_checked_at_build(name))


def _checked_at_build(name: str) -> bool:
    """Whether gazetteer `name` is, byte for byte, a source the shipped place sets were built
    from (their recorded SHA-256 says so): building them loaded it with every row checked, so
    a load need not check its rows again. (A test checks the shipped table in full.)"""
    if name not in PLACE_SETS_SOURCES:
        return False
    with importlib.resources.files("pipeline.resources").joinpath(PLACE_SETS_FILE).open("rb") as fh:
        head = [fh.readline() for _ in range(3)]
    want = f"# sources {sources_digest(PLACE_SETS_SOURCES)}\n".encode()
    return want in head


def _by_population(p: Place) -> int:
    return -p.population


_LINE_START = re.compile(rb"\n(?=[^#\n])")
_LINE_SKIPPED = re.compile(rb"\n(?:#|\n)")  # a comment or a blank line after a line break


class PlaceIndex:
    """A large gazetteer sorted by name, kept as its bytes and searched by bisection; rows are
    parsed only for the names looked up (as objects, the 180,000 small places cost 160 MB).

    The bisection runs over byte offsets (each probe reads the line around it), so loading is
    the decompression alone; a table with comments or blank lines among its rows lists the
    starts of its rows once instead."""

    def __init__(self, name: str) -> None:
        self.name = name
        res = importlib.resources.files("pipeline.resources").joinpath(name)
        data = res.read_bytes()
        self.data = gzip.decompress(data) if name.endswith(".gz") else data
        # the first line that is not empty and not a comment is the header
        first = _LINE_START.search(self.data)
        head = 0 if self.data[:1] not in (b"", b"#", b"\n") else (first.end() if first else -1)
        if head < 0:
            raise ResourceError(f"{name}: no header line")
        end = self.data.find(b"\n", head)
        header = _place_header(name, self.data[head : end if end >= 0 else len(self.data)].decode("utf-8"))
        self.body = len(self.data) if end < 0 else end + 1  # where the rows start
        self.end = len(self.data)
        self.header = header
        self.columns = _columns(header)
        # rows are probed by offset unless a comment or a blank line sits among them
        self.starts: array[int] | None = None
        if _LINE_SKIPPED.search(self.data, max(self.body - 1, 0)):
            self.starts = array("I", [m.end() for m in _LINE_START.finditer(self.data, self.body - 1)])
        # names looked up so far: the same places recur from article to article
        self._found: dict[str, tuple[Place, ...]] = {}

    def __len__(self) -> int:
        """The number of rows."""
        if self.starts is not None:
            return len(self.starts)
        rows = self.data.count(b"\n", self.body)
        return rows + 1 if self.end > self.body and not self.data.endswith(b"\n") else rows

    def _line_end(self, start: int) -> int:
        end = self.data.find(b"\n", start)
        return end if end >= 0 else self.end

    def _name(self, start: int) -> bytes:
        return self.data[start : self.data.find(b"\t", start)]

    def get(self, name: str) -> tuple[Place, ...]:
        found = self._found.get(name)
        if found is None:
            if len(self._found) >= self.MEMO:
                self._found.clear()  # memory stays bounded over any number of articles
            found = self._found[name] = self._lookup(name)
        return found

    MEMO = 20_000  # names remembered (a few MB at most)

    def _row_starts(self, key: bytes) -> list[int]:
        """The offsets of the rows named `key`."""
        if self.starts is not None:
            rows = range(len(self.starts))
            name = lambda i: self._name(self.starts[i])  # noqa: E731
            lo = bisect.bisect_left(rows, key, key=name)
            hi = bisect.bisect_right(rows, key, key=name)
            return [self.starts[i] for i in range(lo, hi)]
        # every row before `lo` has a name below `key`; every row from `hi` on, not below
        lo, hi = self.body, self.end
        while lo < hi:
            mid = (lo + hi) // 2
            start = max(self.data.rfind(b"\n", 0, mid) + 1, self.body)  # the row holding mid
            if self._name(start) < key:
                lo = self._line_end(start) + 1
            else:
                hi = start
        out = []
        while lo < self.end and self._name(lo) == key:
            out.append(lo)
            lo = self._line_end(lo) + 1
        return out

    def _lookup(self, name: str) -> tuple[Place, ...]:
        places = [
            _parse_place(
                self.columns, self.data[s : self._line_end(s)].decode("utf-8"), f"{self.name} ({name})"
            )
            for s in self._row_starts(name.encode("utf-8"))
        ]
        return tuple(sorted(places, key=lambda p: -p.population))


@functools.cache
def load_place_index(name: str) -> PlaceIndex:
    return PlaceIndex(name)


@dataclass(frozen=True)
class Currencies:
    """Every written form of a currency, from CLDR plus the news overrides.

    `prefixes` are written before the number (symbols, codes, 'Rs', 'RM'); `suffixes` after it
    (lower-case names and nouns, codes and longer symbols). A form in `ambiguous` names one of
    several currencies, chosen by the article's country (`ambiguous[form][code]` lists the
    territories that use it), else `defaults[form]`. A form in `country_only` is money only in an
    article set in a territory whose currency it is. A name in `names_before` is also written before
    an amount with a scale word ('Shillings 831.56 billion'), read as the name is.
    """

    codes: frozenset[str]
    not_currency: frozenset[str]
    prefixes: dict[str, str]
    suffixes: dict[str, str]
    ambiguous: dict[str, dict[str, tuple[str, ...]]]
    ambiguous_words: frozenset[str]
    defaults: dict[str, str]
    country_only: dict[str, str]
    names_before: frozenset[str]
    scales: dict[str, int]
    scaled_code_prefixes: dict[str, int]
    territories: dict[str, str]

    def resolve(self, form: str, country: str | None) -> str | None:
        """The ISO code a written form stands for in an article set in `country`."""
        key = form if form in self.ambiguous or form in self.country_only else form.lower()
        readings = self.ambiguous.get(key)
        if key in self.country_only:
            if country is None:
                return None
            if readings:
                return next((code for code, lands in readings.items() if country in lands), None)
            code = self.country_only[key]
            return code if self.territories.get(country) == code else None
        if readings:
            if country is not None:
                for code, lands in readings.items():
                    if country in lands:
                        return code
            return self.defaults.get(key)
        if form in self.prefixes:
            return self.prefixes[form]
        if form in self.codes:
            return form
        return self.suffixes.get(form.lower())


def _check_code(name: str, where: str, code: object) -> str:
    if not isinstance(code, str) or not ISO_4217.match(code):
        raise ResourceError(f"{name}: {where} = {code!r} is not an ISO 4217 code")
    return code


def _json_object(name: str) -> dict[str, Any]:
    try:
        data = json.loads(_read_text(name))
    except json.JSONDecodeError as exc:
        raise ResourceError(f"{name}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ResourceError(f"{name}: must be a JSON object")
    return data


def _table(name: str, data: dict[str, Any], key: str) -> dict[str, Any]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise ResourceError(f"{name}: {key!r} must be an object")
    return table


@functools.cache
def load_currencies(cldr: str = "currencies_cldr.json", news: str = "currencies_news.json") -> Currencies:
    """Currency forms -> ISO 4217 codes: CLDR's (generated) merged with the news overrides."""
    base = _json_object(cldr)
    over = _json_object(news)
    codes = base.get("codes")
    if not isinstance(codes, list) or not codes:
        raise ResourceError(f"{cldr}: 'codes' must be a non-empty list")
    code_set = frozenset(_check_code(cldr, "codes[]", c) for c in codes)
    words = over.get("not_currency", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ResourceError(f"{news}: 'not_currency' must be a list of strings")
    not_currency = {w.lower() for w in words}
    prefixes: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    for form, code in _table(cldr, base, "symbols").items():
        if form.strip() and form.strip() == form:
            prefixes[form] = _check_code(cldr, f"symbols[{form!r}]", code)
    for form, code in _table(news, over, "symbols").items():
        prefixes[form] = _check_code(news, f"symbols[{form!r}]", code)
    for form, code in _table(cldr, base, "names").items():
        if form.lower() not in not_currency:
            suffixes[form.lower()] = _check_code(cldr, f"names[{form!r}]", code)
    for form, code in _table(news, over, "names").items():
        suffixes[form.lower()] = _check_code(news, f"names[{form!r}]", code)
    ambiguous: dict[str, dict[str, tuple[str, ...]]] = {}
    for src_name, src, key in ((cldr, base, "ambiguous_symbols"), (news, over, "ambiguous")):
        for form, readings in _table(src_name, src, key).items():
            if not isinstance(readings, dict):
                raise ResourceError(f"{src_name}: {key}[{form!r}] must be an object")
            entry = ambiguous.setdefault(form, {})
            for code, lands in readings.items():
                _check_code(src_name, f"{key}[{form!r}]", code)
                entry[code] = tuple(sorted(set(entry.get(code, ())) | set(lands)))
    ambiguous_words = set()
    for form, codes_of in _table(cldr, base, "ambiguous_names").items():
        if form.lower() in not_currency:
            continue
        ambiguous_words.add(form.lower())
        entry = ambiguous.setdefault(form.lower(), {})
        for code in codes_of:
            entry.setdefault(_check_code(cldr, f"ambiguous_names[{form!r}]", code), ())
    territories = {
        cc: _check_code(cldr, f"territories[{cc!r}]", code)
        for cc, code in _table(cldr, base, "territories").items()
    }
    for readings in ambiguous.values():  # a name's readings: every territory whose tender it is
        for code in readings:
            lands = {cc for cc, c in territories.items() if c == code}
            readings[code] = tuple(sorted(set(readings[code]) | lands))
    named = _table(news, over, "named_readings")
    names_of = _table(cldr, base, "ambiguous_names")
    for form, name in named.items():
        if form not in ambiguous or not isinstance(name, str) or name not in names_of:
            raise ResourceError(
                f"{news}: named_readings[{form!r}] must name an ambiguous form and a CLDR name"
            )
        keep = set(names_of[name])  # '$' is a country's own currency only where that is a dollar
        ambiguous[form] = {code: lands for code, lands in ambiguous[form].items() if code in keep}
    defaults = {
        form: _check_code(news, f"defaults[{form!r}]", code)
        for form, code in _table(news, over, "defaults").items()
    }
    country_only = {
        form: _check_code(news, f"country_only[{form!r}]", code)
        for form, code in _table(news, over, "country_only").items()
    }
    for form in ambiguous:
        if form not in defaults and form not in country_only:
            raise ResourceError(f"{news}: ambiguous form {form!r} has no entry in 'defaults'")
    names_before = over.get("names_before", [])
    if not isinstance(names_before, list):
        raise ResourceError(f"{news}: 'names_before' must be a list of strings")
    for form in names_before:
        if not isinstance(form, str) or (form.lower() not in suffixes and form.lower() not in ambiguous):
            raise ResourceError(f"{news}: names_before {form!r} is no currency name of the lexicon")
    for form in country_only:
        prefixes.pop(form, None)
    scales = {}
    for word, factor in _table(news, over, "scales").items():
        if not isinstance(factor, int) or factor < 1:
            raise ResourceError(f"{news}: scales[{word!r}] = {factor!r} is not a positive integer")
        scales[word.lower()] = factor
    scaled = {}
    for letter, factor in _table(news, over, "scaled_code_prefixes").items():
        if not isinstance(factor, int) or factor < 1:
            raise ResourceError(f"{news}: scaled_code_prefixes[{letter!r}] is not a positive integer")
        scaled[letter] = factor
    return Currencies(
        codes=code_set,
        not_currency=frozenset(w for w in words if w.isupper()),
        prefixes=prefixes,
        suffixes=suffixes,
        ambiguous=ambiguous,
        ambiguous_words=frozenset(ambiguous_words | {f for f in ambiguous if f.isalpha() and len(f) > 3}),
        defaults=defaults,
        country_only=country_only,
        names_before=frozenset(names_before),
        scales=scales,
        scaled_code_prefixes=scaled,
        territories=territories,
    )


LEGAL_PREFIX = re.compile(r"^[A-Z]{2,5}$")


@functools.cache
def load_legal_prefixes(name: str = "org_legal_prefixes.txt") -> frozenset[str]:
    """Legal forms written before a company's name ('PT', 'OOO', 'PJSC'), as written."""
    out = set()
    for n, line in _data_lines(name):
        form = line.strip()
        if not LEGAL_PREFIX.match(form):
            raise ResourceError(f"{name}:{n}: expected a form of 2-5 capital letters, got {form!r}")
        out.add(form)
    if not out:
        raise ResourceError(f"{name}: no entries")
    return frozenset(out)


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


NAME_PART_KINDS = (
    "bracket",
    "particle",
    "article",
    "zone",
    "head",
    "agency",
    "brand",
    "opener",
    "conjunction",
    "office",
    "participle",
)


@functools.cache
def load_name_parts(name: str = "org_name_parts.txt") -> dict[str, frozenset[str]]:
    """The 'KIND WORD' entries of an organisation name-parts file, by kind (see the file's
    header); `bracket`, `particle`, `article` and `conjunction` words in lower case."""
    out: dict[str, set[str]] = {kind: set() for kind in NAME_PART_KINDS}
    for n, line in _data_lines(name):
        kind, _, word = line.strip().partition(" ")
        if kind not in out or not word or " " in word:
            raise ResourceError(
                f"{name}:{n}: expected 'KIND WORD' with KIND one of {', '.join(NAME_PART_KINDS)}, got {line!r}"
            )
        out[kind].add(
            word.lower() if kind in ("bracket", "particle", "article", "conjunction", "participle") else word
        )
    empty = [kind for kind, words in out.items() if not words]
    if empty:
        raise ResourceError(f"{name}: no entries of kind {', '.join(empty)}")
    return {kind: frozenset(words) for kind, words in out.items()}


class HanNameParts(NamedTuple):
    """The entries of a Han-name parts file: organisation suffixes (longest first), characters
    of a sentence, and the level words that open no one body's name."""

    suffixes: tuple[str, ...]
    stops: frozenset[str]
    openers: frozenset[str]


HAN_NAME_KINDS = ("suffix", "stop", "opener")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@functools.cache
def load_han_name_parts(name: str = "org_cjk_names.txt") -> HanNameParts:
    """The 'KIND CHARACTERS' entries of `name` (see its header); every entry Han characters,
    `stop` and `opener` entries one character each."""
    out: dict[str, set[str]] = {kind: set() for kind in HAN_NAME_KINDS}
    for n, line in _data_lines(name):
        kind, _, chars = line.strip().partition(" ")
        if kind not in out or not HAN.fullmatch(chars) or (kind != "suffix" and len(chars) != 1):
            raise ResourceError(
                f"{name}:{n}: expected 'suffix HAN...', 'stop HAN' or 'opener HAN', got {line!r}"
            )
        out[kind].add(chars)
    empty = [kind for kind, entries in out.items() if not entries]
    if empty:
        raise ResourceError(f"{name}: no entries of kind {', '.join(empty)}")
    suffixes = tuple(sorted(out["suffix"], key=lambda s: (-len(s), s)))
    return HanNameParts(suffixes, frozenset(out["stop"]), frozenset(out["opener"]))


@functools.cache
def _legal_form_cores() -> tuple[str, ...]:
    """cleanco's legal forms of several dotted, spaced or slashed parts, without a final dot,
    longest first."""
    from cleanco.termdata import terms_by_type

    forms: set[str] = set()
    for terms in terms_by_type.values():
        for term in terms:
            term = term.strip()
            core = term.rstrip(".")
            if not term.isascii() or "&" in term or not ("." in core or " " in core or "/" in core):
                continue
            if not all(part.replace(".", "").replace("/", "").isalpha() for part in core.split()):
                continue
            forms.add(core)
    if not forms:
        raise ResourceError("cleanco.termdata: no legal forms of several parts")
    return tuple(sorted(forms, key=len, reverse=True))


@functools.cache
def legal_form_phrases() -> re.Pattern[str]:
    """cleanco's legal forms of several dotted, spaced or slashed parts ('Sp. z o.o.', 'S.R.L.',
    'S.p.A.', 'Sp.k.', 'Pty. Ltd.', the Danish and Norwegian 'A/S', 'I/S', 'K/S', 'P/S') as one
    case-blind pattern over accent-folded text (see `fold_accents`); the final dot is optional
    in text and kept in the match when present."""
    ordered = _legal_form_cores()
    dotted = "|".join(re.escape(f) for f in ordered if "/" not in f)
    slashed = "|".join(re.escape(f) for f in ordered if "/" in f)  # a dot after 'A/S' ends the sentence
    return re.compile(rf"(?<= )(?:(?:{dotted})\.?|(?:{slashed}))(?![\w/])(?!\.\w)", re.IGNORECASE)


@functools.cache
def _legal_form_starts() -> re.Pattern[str]:
    """The space before each place where a `legal_form_phrases` match can begin: a space, then
    characters that can open a form, in its first, second and third place (same case-blindness;
    fewer places if a form is shorter); looked at without consuming them."""
    cores = _legal_form_cores()
    width = min(3, *map(len, cores))
    places = [re.escape("".join(sorted({f[i] for f in cores}))) for i in range(width)]
    return re.compile(" (?=" + "".join(f"[{p}]" for p in places) + ")", re.IGNORECASE)


def legal_form_matches(text: str) -> Iterator[re.Match[str]]:
    """`legal_form_phrases().finditer(fold_accents(text))`, with the full pattern tried only after
    a space and three characters that can open a form (a scan for a space, not an attempt at
    every character: a fifth of the time); the matches are over the folded text."""
    folded = fold_accents(text)
    full = legal_form_phrases()
    end = 0
    for m in _legal_form_starts().finditer(folded):
        at = m.end()
        if at < end:
            continue  # inside the previous match, which finditer would have skipped
        found = full.match(folded, at)
        if found is not None:
            end = found.end()
            yield found


_FOLD = {chr(c): unicodedata.normalize("NFKD", chr(c))[0] for c in range(0xC0, 0x250)}
_MARKED = re.compile("[\u00c0-\u024f]")


def fold_accents(text: str) -> str:
    """Latin letters with marks replaced by their base letter ('A.Ş.' -> 'A.S.'); same length.
    Only the marked letters are visited (news text has few; quotes and dashes are not among them)."""
    return _MARKED.sub(_fold_one, text)


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD[m.group()]
