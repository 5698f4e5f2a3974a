"""Write records: JSON Lines, CSV (one row per entity) and errors, each replaced atomically."""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from pipeline.batch import TEXT_KEY, Failure
from pipeline.records import ArticleRecord


def load_schema() -> dict[str, Any]:
    """The JSON Schema of the output files, shipped in the package (`newsfacts schema` prints it)."""
    import importlib.resources

    text = importlib.resources.files("pipeline.resources").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


SCHEMA_FILE = "output.schema.json"
_SCHEMA = load_schema()
# The column order of the CSV files is the property order of their schema.
CSV_COLUMNS = list(_SCHEMA["$defs"]["extractions_csv_row"]["properties"])
OFFSET_FIELDS = ("converts", "subject", "place", "when")  # {start, end} fields -> two columns each
_UMASK = os.umask(0)
os.umask(_UMASK)
FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")


class OutputError(Exception):
    """The output folder cannot be used; raised before any work starts."""


def check_output_dir(path: Path) -> Path:
    """Create the folder if needed and prove it is writable."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"output {path} is a file, not a folder; pass -o with a folder name")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to output folder {path}: {exc.strerror or exc}") from None
    return path


def safe_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula (OWASP CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)  # a number is data, never prefixed: -82.73312 stays a number
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if text.startswith(FORMULA_LEAD) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_row(rec: ArticleRecord, entity: dict[str, Any]) -> list[str]:
    """One extractions.csv row: the record's id and path, the entity's fields, and each
    {start, end} link (converts, subject, place, when) as two columns."""
    flat: dict[str, Any] = {"id": rec.id, "path": rec.path, **entity}
    for name in OFFSET_FIELDS:
        link = entity.get(name)
        if isinstance(link, dict):
            flat[f"{name}_start"], flat[f"{name}_end"] = link.get("start"), link.get("end")
    return [safe_cell(flat.get(c)) for c in CSV_COLUMNS]


def relative_path(path: str, base: Path) -> str:
    """`path` relative to the folder `base` (both made absolute first), for --relative-to."""
    try:
        return os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    except ValueError:  # another drive on Windows
        return os.path.abspath(path)


def safe_name(article_id: str, sha256: str) -> str:
    """A file name for an article's text that stays inside its folder whatever the id is."""
    stem = re.sub(r"[^\w.-]+", "_", article_id).strip("._")[:80] or "article"
    return f"{stem}-{sha256[:10]}.txt"


def save_text(rec: ArticleRecord, out_dir: Path) -> ArticleRecord:
    """For an article whose text is not its file's UTF-8 bytes, save the text under
    out_dir/texts/ and point the record there, so its offsets index a real UTF-8 file."""
    text = rec.extra.pop(TEXT_KEY, None)
    if text is None:
        return rec
    folder = out_dir / "texts"
    folder.mkdir(exist_ok=True)
    target = folder / safe_name(rec.id, rec.text_sha256)
    if not target.exists():
        f = AtomicFile(target)
        f.fh.write(text)
        f.commit()
    rec.extra["source_path"] = rec.path
    rec.path = str(target)  # absolute exactly when the output folder was given absolute
    return rec


class AtomicFile:
    """A text file written to a temporary name beside its target and renamed on commit."""

    def __init__(self, target: Path) -> None:
        self.target = target
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        self.tmp = Path(tmp)
        self.fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.chmod(self.tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
        os.replace(self.tmp, self.target)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


ENTITY_COLUMNS = [
    "kind", "key", "name", "country_code", "admin1", "feature", "latitude", "longitude",
    "mentions", "articles", "article_ids",
]  # fmt: skip


class EntityIndex:
    """Distinct linked places and canonical organisations across a batch, with where they occur."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}

    def add(self, rec: ArticleRecord) -> None:
        for e in rec.entities:
            x = e.extra
            if e.label == "PLACE" and "feature" in x:
                name = str(x.get("geoname") or " ".join(e.text.split()))
                fallback = f"{x.get('feature')}:{x.get('country_code') or ''}:{name}"
                key = ("PLACE", str(x.get("geonameid") or fallback))
                info = {k: x.get(k) for k in ("country_code", "admin1", "feature", "latitude", "longitude")}
            elif e.label == "ORG" and "canonical" in x:
                name = str(x["canonical"])
                key, info = ("ORG", name), {}
            else:
                continue
            row = self.rows.setdefault(
                key, {"kind": key[0], "key": key[1], "name": name, **info, "mentions": 0, "ids": {}}
            )
            row["mentions"] += 1
            row["ids"][rec.id] = None

    def _merged(self) -> list[dict[str, Any]]:
        """ORG rows whose name is another's plus a corporate word are folded into it ('Yili' -> 'Yili Group')."""
        from pipeline.components.base import CORPORATE

        orgs = {k[1]: row for k, row in self.rows.items() if k[0] == "ORG"}
        for name in list(orgs):
            longer = sorted(n for n in orgs for suffix in CORPORATE if n == f"{name} {suffix}")
            if longer and name in orgs:
                target = orgs[longer[0]]
                row = orgs.pop(name)
                target["mentions"] += row["mentions"]
                target["ids"].update(row["ids"])
        places = [row for k, row in self.rows.items() if k[0] == "PLACE"]
        return sorted([*places, *orgs.values()], key=lambda r: (r["kind"], -r["mentions"], r["name"]))

    def write(self, target: Path) -> None:
        f = AtomicFile(target)
        w = csv.writer(f.fh)
        w.writerow(ENTITY_COLUMNS)
        for row in self._merged():
            ids = list(row["ids"])
            cells = [row.get(c) for c in ENTITY_COLUMNS[:8]] + [row["mentions"], len(ids), ";".join(ids)]
            w.writerow([safe_cell(c) for c in cells])
        f.commit()


FACT_COLUMNS = [
    "id", "label", "start", "end", "text", "value", "unit", "currency", "qualifier",
    "subject", "subject_label", "subject_canonical", "subject_geonameid", "subject_key",
    "place", "place_geoname", "place_geonameid", "place_key", "when", "when_value",
]  # fmt: skip


def join_key(e: dict[str, Any]) -> str | None:
    """The `key` entities.csv gives this PLACE or ORG (geonameid or canonical name), if any."""
    if e["label"] == "PLACE" and "feature" in e:
        name = str(e.get("geoname") or " ".join(e["text"].split()))
        return str(e.get("geonameid") or f"{e.get('feature')}:{e.get('country_code') or ''}:{name}")
    if e["label"] == "ORG" and "canonical" in e:
        return str(e["canonical"])
    return None


def _target(ref: Any, by_span: dict[tuple[int, int], dict[str, Any]]) -> dict[str, Any]:
    return by_span.get((ref["start"], ref["end"]), {}) if isinstance(ref, dict) else {}


def fact_rows(rec: ArticleRecord) -> list[list[Any]]:
    """One row per MONEY, COUNT and PERCENT: the figure, then its subject, place and date
    with the ids that join them to entities.csv (SPEC 2.10)."""
    ents = [e.to_dict() for e in rec.entities]
    by_span = {(e["start"], e["end"]): e for e in ents}
    rows = []
    for d in ents:
        if d["label"] not in ("MONEY", "COUNT", "PERCENT"):
            continue

        subj, place, when = (_target(d.get(f), by_span) for f in ("subject", "place", "when"))
        rows.append(
            [rec.id, d["label"], d["start"], d["end"], d["text"], d.get("value"), d.get("unit"),
             d.get("currency"), d.get("qualifier"),
             subj.get("text"), subj.get("label"), subj.get("canonical") or subj.get("geoname"),
             subj.get("geonameid"), join_key(subj) if subj else None,
             place.get("text"), place.get("geoname"), place.get("geonameid"),
             join_key(place) if place else None, when.get("text"), when.get("value")]
        )  # fmt: skip
    return rows


class FactsWriter:
    """facts.csv: one row per figure with whose, where and when (written atomically).

    Organisation keys follow entities.csv, which folds 'Yili' into 'Yili Group' across the
    batch; the fold is known only at the end, so the file is then rewritten in one pass."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.file = AtomicFile(target)
        self.rows = csv.writer(self.file.fh)
        self.rows.writerow(FACT_COLUMNS)

    def add(self, rec: ArticleRecord) -> None:
        for row in fact_rows(rec):
            self.rows.writerow([safe_cell(c) for c in row])

    def commit(self, folds: dict[str, str]) -> None:
        if not folds:
            self.file.commit()
            return
        self.file.fh.close()
        final = AtomicFile(self.target)
        out = csv.writer(final.fh)
        col = FACT_COLUMNS.index("subject_key")
        with self.file.tmp.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.reader(fh)):
                if n and row[FACT_COLUMNS.index("subject_label")] == "ORG" and row[col] in folds:
                    row[col] = safe_cell(folds[row[col]])
                out.writerow(row)
        final.commit()
        self.file.abort()

    def abort(self) -> None:
        self.file.abort()


def org_folds(index: EntityIndex) -> dict[str, str]:
    """ORG keys entities.csv folds into a longer name ('Yili' -> 'Yili Group')."""
    from pipeline.components.base import CORPORATE

    names = {k[1] for k in index.rows if k[0] == "ORG"}
    folds = {}
    for name in names:
        longer = sorted(n for n in names for suffix in CORPORATE if n == f"{name} {suffix}")
        if longer:
            folds[name] = longer[0]
    return folds


class RecordWriter:
    """extractions.jsonl, extractions.csv and errors.jsonl in one folder."""

    def __init__(self, out_dir: Path, keep: Iterable[str] = ()) -> None:
        self.dir = out_dir
        self.jsonl = AtomicFile(out_dir / "extractions.jsonl")
        self.csv = AtomicFile(out_dir / "extractions.csv")
        self.rows = csv.writer(self.csv.fh)
        self.index = EntityIndex()
        self.facts = FactsWriter(out_dir / "facts.csv")
        self.rows.writerow(CSV_COLUMNS)
        for line in keep:
            self._write_jsonl_line(line)

    def _write_jsonl_line(self, line: str) -> None:
        self.jsonl.fh.write(line.rstrip("\n") + "\n")
        rec = ArticleRecord.from_dict(json.loads(line))
        self._write_csv(rec)

    def _write_csv(self, rec: ArticleRecord) -> None:
        self.index.add(rec)
        self.facts.add(rec)
        for e in rec.entities:
            self.rows.writerow(csv_row(rec, e.to_dict()))

    relative_to: Path | None = None  # --relative-to: paths written relative to this folder

    def write(self, rec: ArticleRecord) -> None:
        rec = save_text(rec, self.dir)
        if self.relative_to is not None:
            rec.path = relative_path(rec.path, self.relative_to)
            if isinstance(rec.extra.get("source_path"), str):
                rec.extra["source_path"] = relative_path(rec.extra["source_path"], self.relative_to)
        self.jsonl.fh.write(rec.to_json() + "\n")
        self._write_csv(rec)

    def commit(self, failures: list[Failure]) -> None:
        # errors.jsonl exists exactly when this run had failures.
        if failures:
            errors = AtomicFile(self.dir / "errors.jsonl")
            for f in failures:
                errors.fh.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
            errors.commit()
        else:
            (self.dir / "errors.jsonl").unlink(missing_ok=True)
        self.facts.commit(org_folds(self.index))
        self.index.write(self.dir / "entities.csv")
        self.csv.commit()
        self.jsonl.commit()

    def abort(self) -> None:
        self.jsonl.abort()
        self.csv.abort()
        self.facts.abort()
