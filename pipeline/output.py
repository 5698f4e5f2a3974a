"""Write records: JSON Lines, CSV (one row per entity) and errors, each replaced atomically."""

from __future__ import annotations

import contextlib
import csv
import errno
import fcntl
import json
import os
import re
import shutil
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
CSV_INDEX = {c: k for k, c in enumerate(CSV_COLUMNS)}
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
    if isinstance(value, str):  # the commonest cell: the type tests below never hold for it
        text = value
    elif value is None:
        return ""
    elif isinstance(value, bool):
        return "true" if value else "false"
    elif isinstance(value, (int, float)):
        return repr(value)  # a number is data, never prefixed: -82.73312 stays a number
    else:
        text = json.dumps(value, ensure_ascii=False)
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
    # most columns are empty for any one entity: only the fields it has are written
    row = [""] * len(CSV_COLUMNS)
    for key, value in flat.items():
        k = CSV_INDEX.get(key)
        if k is not None:
            row[k] = safe_cell(value)
    return row


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


def save_text(rec: ArticleRecord, out_dir: Path, tmp_dir: Path | None = None) -> ArticleRecord:
    """For an article whose text is not its file's UTF-8 bytes, save the text under
    out_dir/texts/ and point the record there, so its offsets index a real UTF-8 file."""
    text = rec.extra.pop(TEXT_KEY, None)
    if text is None:
        return rec
    folder = out_dir / "texts"
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {_why(exc)}") from None
    target = folder / safe_name(rec.id, rec.text_sha256)
    if not target.exists():
        f = AtomicFile(target, tmp_dir)
        try:
            f.write(text)
            f.commit()
        finally:
            f.abort()
    rec.extra["source_path"] = rec.path
    rec.path = str(target)  # absolute exactly when the output folder was given absolute
    return rec


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device (disk full)"
    return exc.strerror or str(exc)


class AtomicFile:
    """A text file written to a temporary name and renamed onto its target on commit.

    The temporary file goes in `tmp_dir` (a run's private folder inside the output folder, so on
    the same file system) or beside the target. Any OSError becomes an OutputError naming the target.
    """

    def __init__(self, target: Path, tmp_dir: Path | None = None) -> None:
        self.target = target
        folder, prefix = (
            (tmp_dir, f"{target.name}.") if tmp_dir is not None else (target.parent, f".{target.name}.")
        )
        try:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=".part")
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {_why(exc)}") from None
        self.tmp = Path(tmp)
        self.fh: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> int:
        try:
            return self.fh.write(text)
        except OSError as exc:
            raise OutputError(f"cannot write {self.target}: {_why(exc)}") from None

    def flush(self) -> None:
        try:
            self.fh.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self.target}: {_why(exc)}") from None

    def prepare(self) -> None:
        """Everything on disk under the temporary name (the step that can run out of space)."""
        try:
            self.fh.flush()
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self.tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; give the usual permissions
        except OSError as exc:
            raise OutputError(f"cannot write {self.target}: {_why(exc)}") from None

    def publish(self) -> None:
        try:
            os.replace(self.tmp, self.target)
        except OSError as exc:
            raise OutputError(f"cannot write {self.target}: {_why(exc)}") from None

    def commit(self) -> None:
        self.prepare()
        self.publish()

    def abort(self) -> None:
        """Close and remove the temporary file (never raises)."""
        try:
            if not self.fh.closed:
                self.fh.close()
        except OSError:
            pass
        with contextlib.suppress(OSError):
            self.tmp.unlink(missing_ok=True)


LOCK_NAME = ".newsfacts.lock"
RUN_PREFIX = ".run-"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RunLock:
    """An output folder held by one run: a lock file (flock, with the holder's pid in it) and the
    run's private folder for temporary files. A second run is refused at once; a lock left by a
    dead run is taken over (the kernel drops a flock when its process dies)."""

    def __init__(self, out_dir: Path, fd: int, run_dir: Path) -> None:
        self.out_dir = out_dir
        self.fd = fd
        self.run_dir = run_dir

    @classmethod
    def acquire(cls, out_dir: Path) -> RunLock:
        path = out_dir / LOCK_NAME
        for _ in range(20):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            except OSError as exc:
                raise OutputError(f"cannot lock output folder {out_dir}: {_why(exc)}") from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                raise OutputError(
                    f"output folder {out_dir} is in use by another newsfacts run (pid {holder}); "
                    "wait for it to end, or choose another folder with -o"
                ) from None
            except OSError:  # no flock on this file system: trust the pid in the file
                holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                if holder.isdigit() and int(holder) != os.getpid() and _pid_alive(int(holder)):
                    os.close(fd)
                    raise OutputError(
                        f"output folder {out_dir} is in use by another newsfacts run (pid {holder}); "
                        "wait for it to end, or choose another folder with -o"
                    ) from None
            try:
                same = os.stat(path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the holder removed the file between our open and our lock: try again
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            try:
                run_dir = Path(tempfile.mkdtemp(prefix=f"{RUN_PREFIX}{os.getpid()}-", dir=out_dir))
            except OSError as exc:
                os.close(fd)
                raise OutputError(f"cannot write to output folder {out_dir}: {_why(exc)}") from None
            return cls(out_dir, fd, run_dir)
        raise OutputError(f"cannot lock output folder {out_dir}: it keeps changing")

    def stale_runs(self) -> list[Path]:
        """Private folders of earlier runs that ended without cleaning up (killed)."""
        return sorted(p for p in self.out_dir.glob(f"{RUN_PREFIX}*") if p != self.run_dir and p.is_dir())

    def release(self, keep_run_dir: bool = False) -> None:
        """Remove the run's private folder (unless kept for --resume) and the lock; never raises."""
        if not keep_run_dir:
            shutil.rmtree(self.run_dir, ignore_errors=True)
        if self.fd >= 0:
            with contextlib.suppress(OSError):
                (self.out_dir / LOCK_NAME).unlink(missing_ok=True)
            os.close(self.fd)
            self.fd = -1


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

    def write(self, target: Path, tmp_dir: Path | None = None) -> AtomicFile:
        """Write the index to a temporary file; the caller commits it (or aborts)."""
        f = AtomicFile(target, tmp_dir)
        w = csv.writer(f)
        w.writerow(ENTITY_COLUMNS)
        for row in self._merged():
            ids = list(row["ids"])
            cells = [row.get(c) for c in ENTITY_COLUMNS[:8]] + [row["mentions"], len(ids), ";".join(ids)]
            w.writerow([safe_cell(c) for c in cells])
        return f


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


def fact_rows(rec: ArticleRecord, ents: list[dict[str, Any]] | None = None) -> list[list[Any]]:
    """One row per MONEY, COUNT and PERCENT: the figure, then its subject, place and date
    with the ids that join them to entities.csv (SPEC 2.10); `ents`: the entities' to_dict(),
    when made already."""
    if ents is None:
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

    def __init__(self, target: Path, tmp_dir: Path | None = None) -> None:
        self.target = target
        self.tmp_dir = tmp_dir
        self.file = AtomicFile(target, tmp_dir)
        self.rows = csv.writer(self.file)
        self.rows.writerow(FACT_COLUMNS)

    def add(self, rec: ArticleRecord, ents: list[dict[str, Any]] | None = None) -> None:
        for row in fact_rows(rec, ents):
            self.rows.writerow([safe_cell(c) for c in row])

    def stage(self, folds: dict[str, str]) -> AtomicFile:
        """The finished file under a temporary name, for the caller to commit (or abort)."""
        if not folds:
            return self.file
        self.file.prepare()
        final = AtomicFile(self.target, self.tmp_dir)
        out = csv.writer(final)
        col = FACT_COLUMNS.index("subject_key")
        with self.file.tmp.open(encoding="utf-8", newline="") as fh:
            for n, row in enumerate(csv.reader(fh)):
                if n and row[FACT_COLUMNS.index("subject_label")] == "ORG" and row[col] in folds:
                    row[col] = safe_cell(folds[row[col]])
                out.writerow(row)
        self.file.abort()
        self.file = final
        return final

    def commit(self, folds: dict[str, str]) -> None:
        self.stage(folds).commit()

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
    """extractions.jsonl, extractions.csv and errors.jsonl in one folder; temporary files in
    `tmp_dir` (the run's private folder) until commit, which replaces them all at the end."""

    def __init__(self, out_dir: Path, keep: Iterable[str] = (), tmp_dir: Path | None = None) -> None:
        self.dir = out_dir
        self.tmp_dir = tmp_dir
        self.jsonl = AtomicFile(out_dir / "extractions.jsonl", tmp_dir)
        self.csv = AtomicFile(out_dir / "extractions.csv", tmp_dir)
        self.rows = csv.writer(self.csv)
        self.index = EntityIndex()
        self.facts = FactsWriter(out_dir / "facts.csv", tmp_dir)
        self.rows.writerow(CSV_COLUMNS)
        for line in keep:
            self.write_line(line)

    def write_line(self, line: str) -> None:
        """A record line of an earlier run, kept as it is."""
        self.jsonl.write(line.rstrip("\n") + "\n")
        rec = ArticleRecord.from_dict(json.loads(line))
        self._write_csv(rec)

    def _write_csv(self, rec: ArticleRecord, ents: list[dict[str, Any]] | None = None) -> None:
        """The record's rows in the CSV files; `ents`: its entities' to_dict(), when made already."""
        if ents is None:
            ents = [e.to_dict() for e in rec.entities]
        self.index.add(rec)
        self.facts.add(rec, ents)
        self.rows.writerows([csv_row(rec, e) for e in ents])

    relative_to: Path | None = None  # --relative-to: paths written relative to this folder

    def write(self, rec: ArticleRecord) -> None:
        rec = save_text(rec, self.dir, self.tmp_dir)
        if self.relative_to is not None:
            rec.path = relative_path(rec.path, self.relative_to)
            if isinstance(rec.extra.get("source_path"), str):
                rec.extra["source_path"] = relative_path(rec.extra["source_path"], self.relative_to)
        d = rec.to_dict()  # once, for the line and the CSV rows (rec.to_json() makes the same line)
        self.jsonl.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
        self._write_csv(rec, d["entities"])

    def flush(self) -> None:
        """Finished records on disk, so that --resume finds them after an interruption."""
        self.jsonl.flush()

    def commit(self, failures: list[Failure]) -> None:
        """Write everything under temporary names first, then rename: a full disk leaves the
        earlier output as it was."""
        staged: list[AtomicFile] = []
        try:
            # errors.jsonl exists exactly when this run had failures.
            if failures:
                errors = AtomicFile(self.dir / "errors.jsonl", self.tmp_dir)
                staged.append(errors)
                for f in failures:
                    errors.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
            staged.append(self.facts.stage(org_folds(self.index)))
            staged.append(self.index.write(self.dir / "entities.csv", self.tmp_dir))
            staged += [self.csv, self.jsonl]
            for staged_file in staged:
                staged_file.prepare()
        except BaseException:
            for staged_file in staged:
                staged_file.abort()
            raise
        if not failures:
            try:
                (self.dir / "errors.jsonl").unlink(missing_ok=True)
            except OSError as exc:
                raise OutputError(f"cannot remove {self.dir / 'errors.jsonl'}: {_why(exc)}") from None
        for staged_file in staged:
            staged_file.publish()

    def abort(self) -> None:
        self.jsonl.abort()
        self.csv.abort()
        self.facts.abort()
