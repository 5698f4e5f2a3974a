"""The one record schema (SPEC.md section 3) shared by output, gold files and evaluation."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.lazyre import lazy_compile

LABELS = ("ORG", "PLACE", "PERSON", "MONEY", "COUNT", "PERCENT", "DATE")
MISSION_LABELS = ("ORG", "PLACE", "MONEY", "COUNT")
# the annotation-tool formats `newsfacts convert` reads and writes records in (pipeline/convert.py)
FORMATS = ("spacy", "jsonl", "brat", "labelstudio", "conll")
ISO_DATE = lazy_compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO_4217 = lazy_compile(r"^[A-Z]{3}$")


class SchemaError(ValueError):
    """A record or gold file breaks SPEC.md; the message names where."""


@dataclass
class Entity:
    """One extracted or annotated span; `extra` keeps any fields beyond SPEC.md's."""

    start: int
    end: int
    label: str
    text: str
    value: Any = None
    unit: str | None = None
    currency: str | None = None
    qualifier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "text": self.text,
        }
        if self.label in ("MONEY", "COUNT", "PERCENT", "DATE"):
            d["value"] = self.value
        if self.unit is not None:
            d["unit"] = self.unit
        if self.currency is not None:
            d["currency"] = self.currency
        if self.qualifier is not None:
            d["qualifier"] = self.qualifier
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        known = {"start", "end", "label", "text", "value", "unit", "currency", "qualifier"}
        return cls(
            start=d["start"],
            end=d["end"],
            label=d["label"],
            text=d["text"],
            value=d.get("value"),
            unit=d.get("unit"),
            currency=d.get("currency"),
            qualifier=d.get("qualifier"),
            extra={k: v for k, v in d.items() if k not in known},
        )


@dataclass
class ArticleRecord:
    """One article's output record, or one gold file (SPEC.md 3.1 and 3.2)."""

    id: str
    path: str
    text_sha256: str
    entities: list[Entity]
    title: str | None = None
    published: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "text_sha256": self.text_sha256,
            "title": self.title,
            "published": self.published,
        }
        d.update(self.extra)
        d["entities"] = [e.to_dict() for e in self.entities]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleRecord:
        known = {"id", "path", "text_sha256", "entities", "title", "published"}
        return cls(
            id=str(d["id"]),
            path=str(d["path"]),
            text_sha256=str(d["text_sha256"]),
            entities=[Entity.from_dict(e) for e in d.get("entities", [])],
            title=d.get("title"),
            published=d.get("published"),
            extra={k: v for k, v in d.items() if k not in known},
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


SHA256 = lazy_compile(r"^[0-9a-f]{64}$")
VALUE_TYPES = (str, int, float, type(None))


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def entity_shape_problem(e: object) -> str | None:
    """Why `e` cannot be an entity object at all (types, not SPEC's finer rules), or None."""
    if not isinstance(e, dict):
        return "is not an object"
    s, t = e.get("start"), e.get("end")
    if not (_is_int(s) and _is_int(t) and 0 <= s < t):  # type: ignore[operator]
        return f"bad offsets {s!r}..{t!r}"
    if not isinstance(e.get("label"), str) or not isinstance(e.get("text"), str):
        return "label and text must be strings"
    for key in ("unit", "currency", "qualifier"):
        if not isinstance(e.get(key), (str, type(None))):
            return f"{key} must be a string or null"
    v = e.get("value")
    if not isinstance(v, VALUE_TYPES) or (isinstance(v, float) and not math.isfinite(v)):
        return f"value {v!r} must be a finite number, a string or null"
    return None


def record_shape_problem(d: object) -> str | None:
    """Why `d` cannot be an output record at all, or None (see record_problems for SPEC's rules)."""
    if not isinstance(d, dict):
        return "not a JSON object"
    for key in ("id", "path", "text_sha256"):
        if not isinstance(d.get(key), str):
            return f"{key!r} must be a string"
    if not SHA256.match(d["text_sha256"]):
        return "'text_sha256' must be 64 hex digits"
    for key in ("title", "published"):
        if not isinstance(d.get(key), (str, type(None))):
            return f"{key!r} must be a string or null"
    ents = d.get("entities")
    if not isinstance(ents, list):
        return "'entities' must be a list"
    for i, e in enumerate(ents):
        why = entity_shape_problem(e)
        if why is not None:
            return f"entity {i}: {why}"
    return None


def entity_problems(ent: dict[str, Any], text: str) -> list[str]:
    """What is wrong with one entity object against `text` (empty when it conforms)."""
    s, t, lab = ent.get("start"), ent.get("end"), ent.get("label")
    if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
        return [f"bad offsets {s!r}..{t!r}"]
    out = []
    span = text[s:t]
    if ent.get("text") != span:
        out.append(f"text {ent.get('text')!r} != article[{s}:{t}] {span!r}")
    if span != span.strip():
        out.append(f"span {span!r} starts or ends with white space")
    if lab not in LABELS:
        out.append(f"unknown label {lab!r}")
    v = ent.get("value")
    if isinstance(v, float) and not math.isfinite(v):
        return [*out, f"value {v!r} is not a finite number"]
    if lab == "MONEY":
        if not _is_number(v):
            out.append(f"MONEY value {v!r} is not a number")
        if not ISO_4217.match(str(ent.get("currency"))):
            out.append(f"MONEY currency {ent.get('currency')!r} is not an ISO 4217 code")
    elif lab == "COUNT":
        if not (isinstance(v, int) and not isinstance(v, bool)):
            out.append(f"COUNT value {v!r} is not an integer")
        unit = ent.get("unit")
        if not (isinstance(unit, str) and unit.strip()):
            out.append("COUNT has no unit")
    elif lab == "PERCENT":
        if not _is_number(v):
            out.append(f"PERCENT value {v!r} is not a number")
    elif lab == "DATE" and v is not None and not (isinstance(v, str) and ISO_DATE.match(v)):
        out.append(f"DATE value {v!r} is not null or ISO 8601")
    q = ent.get("qualifier")
    if q is not None and not (isinstance(q, str) and q == q.lower() and q.strip()):
        out.append(f"qualifier {q!r} must be a lower-case string")
    return out


def entities_problems(where: str, ents: list[Any], text: str) -> list[str]:
    """Every SPEC.md problem of an entity list, each naming `where` and the entity."""
    problems = []
    last_end = -1
    for i, e in enumerate(ents):
        at = f"{where}: entity {i}"
        if not isinstance(e, dict):
            problems.append(f"{at}: not an object")
            continue
        problems += [f"{at} ({e.get('text')!r}): {p}" for p in entity_problems(e, text)]
        s, t = e.get("start"), e.get("end")
        if isinstance(s, int) and isinstance(t, int):
            if s < last_end:
                problems.append(f"{at} ({e.get('text')!r}): overlaps or is out of order")
            last_end = max(last_end, t)
    return problems


def _one_line(problems: list[str]) -> str:
    """The first problem, and how many more there are (an error is one line)."""
    more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
    return problems[0].replace("\n", " ") + more


def _parse_json(data: bytes | str, where: str) -> Any:
    """JSON, or SchemaError naming `where` for anything json.loads cannot take in its stride
    (bad syntax, non-UTF-8 bytes, integers over Python's digit limit, nesting too deep)."""
    try:
        return json.loads(data)
    except UnicodeDecodeError as exc:
        raise SchemaError(f"{where}: not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise SchemaError(f"{where}: not valid JSON: {exc}") from None
    except RecursionError:
        raise SchemaError(f"{where}: JSON nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise SchemaError(f"{where}: unreadable JSON value: {exc}") from None


def load_gold(path: Path, articles_dir: Path) -> tuple[ArticleRecord, str]:
    """Read and check one gold file against its article; returns the record and the article text.

    Raises SchemaError, one line naming the file (and the entity), on any problem.
    """
    from pipeline.read import ArticleError, read_limited

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SchemaError(f"{path}: not a readable gold file: {exc.strerror or exc}") from None
    doc = _parse_json(data, str(path))
    if not isinstance(doc, dict) or not isinstance(doc.get("article"), str):
        raise SchemaError(f"{path}: gold file needs an 'article' file name")
    art = articles_dir / doc["article"]
    if not art.is_file():
        raise SchemaError(f"{path}: article {doc['article']!r} not found in {articles_dir}")
    try:
        raw = read_limited(art, str(art))
    except ArticleError as exc:
        raise SchemaError(f"{path}: article {exc}") from None
    if doc.get("text_sha256") != hashlib.sha256(raw).hexdigest():
        raise SchemaError(f"{path}: text_sha256 does not match {art} (the article has changed)")
    pub = doc.get("published", "missing")
    if pub == "missing" or (pub is not None and not ISO_DATE.match(str(pub))):
        raise SchemaError(f"{path}: 'published' must be null or ISO 8601, got {pub!r}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SchemaError(
            f"{path}: article {art} is not UTF-8 (byte {exc.start}); SPEC offsets need UTF-8"
        ) from None
    ents = doc.get("entities")
    if not isinstance(ents, list):
        raise SchemaError(f"{path}: 'entities' must be a list")
    problems = entities_problems(str(path), ents, text)
    if problems:
        raise SchemaError(_one_line(problems))
    rec = ArticleRecord(
        id=Path(doc["article"]).stem,
        path=str(art),
        text_sha256=doc["text_sha256"],
        entities=[Entity.from_dict(e) for e in ents],
        published=pub,
    )
    return rec, text


def read_records(path: Path) -> Iterator[ArticleRecord]:
    """Records of a JSON Lines file; a bad line raises SchemaError naming file and line."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise SchemaError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            d = _parse_json(line, f"{path}:{n}")
            why = record_shape_problem(d)
            if why is not None:
                raise SchemaError(f"{path}:{n}: not a valid record: {why}")
            yield ArticleRecord.from_dict(d)


def record_problems(where: str, rec: dict[str, Any], text: str) -> list[str]:
    """SPEC.md 3.2 problems of one output record against its article text."""
    problems = [f"{where}: missing {k!r}" for k in ("id", "path", "text_sha256", "entities") if k not in rec]
    if not isinstance(rec.get("entities"), list):
        return [*problems, f"{where}: 'entities' must be a list"]
    return problems + entities_problems(where, rec["entities"], text)
