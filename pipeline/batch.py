"""Run the pipeline over files and folders: records in input order, failures as data."""

from __future__ import annotations

import csv
import ctypes
import datetime as dt
import gc
import glob
import io
import json
import os
import re
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.read import Article, ArticleError, read_article
from pipeline.records import ArticleRecord, Entity

if TYPE_CHECKING:  # spaCy is imported by whoever loads a pipeline, not by the readers and writers
    from multiprocessing.connection import Connection  # (imported by the pool: one article needs none)

    from spacy.language import Language
    from spacy.tokens import Doc

    from pipeline.profile import Profile

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")


@dataclass
class Failure:
    """One file that could not be processed."""

    path: str
    kind: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "kind": self.kind, "message": self.message}


def display_path(p: Path) -> str:
    """The path as a record shows it: as the user gave it (absolute when given absolute),
    so it never depends on the folder the command ran in."""
    return str(p)


def _inside(p: Path, folder: Path | None) -> bool:
    """Whether `p` is `folder` or below it, links resolved (False when `folder` is None)."""
    if folder is None:
        return False
    try:
        return Path(os.path.realpath(p)).is_relative_to(folder)
    except (OSError, ValueError):
        return False


def _walk(folder: Path, exclude: Path | None = None) -> Iterator[Path]:
    """Article files below `folder`, sorted, yielded as the walk goes (never all listed first).

    The folder `exclude` (resolved) and everything below it are skipped.
    """
    for root, dirs, files in os.walk(folder, followlinks=False):
        if exclude is not None:
            dirs[:] = [d for d in dirs if not _inside(Path(root) / d, exclude)]
        dirs.sort()
        for f in sorted(files):
            if f.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(root) / f


def _rooted_inputs(
    inputs: Iterable[str], failures: list[Failure], exclude: Path | None = None
) -> Iterator[tuple[Path, Path | None]]:
    """(file, the folder argument it was found below, or None for a named file or a glob match)."""
    named: set[str] = set()
    out = Path(os.path.realpath(exclude)) if exclude is not None else None
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            if not _inside(p, out):
                for f in _walk(p, out):
                    yield f, p
            continue
        if p.exists() or p.is_symlink():
            paths = [p]
            if _inside(p.parent, out):
                failures.append(Failure(item, "in-output", "is inside the output folder; not read"))
                paths = []
        elif glob.has_magic(item):
            paths = [Path(g) for g in sorted(glob.glob(item, recursive=True)) if Path(g).is_file()]
            paths = [g for g in paths if not _inside(g.parent, out)]
            if not paths:
                failures.append(
                    Failure(item, "no-match", "pattern matched no files (outside the output folder)")
                )
        else:
            failures.append(Failure(item, "missing", "no such file or folder"))
            paths = []
        for path in paths:
            if str(path) not in named:
                named.add(str(path))
                yield path, None


def iter_inputs(
    inputs: Iterable[str], failures: list[Failure], exclude: Path | None = None
) -> Iterator[Path]:
    """Files named, files below folders (recursive, sorted, article suffixes), glob matches.

    Names that match nothing are recorded as failures. Symbolic links to folders
    are not followed, so a link loop cannot trap the walk. A file named twice is
    read once; files inside folders are not remembered, so memory stays flat.
    Nothing inside `exclude` (the output folder) is ever yielded.
    """
    for path, _root in _rooted_inputs(inputs, failures, exclude):
        yield path


def _relative_id(path: Path, root: Path | None) -> str:
    if root is not None:
        return path.relative_to(root).as_posix()
    return Path(display_path(path)).as_posix()


def iter_sources(
    inputs: Iterable[str], failures: list[Failure], exclude: Path | None = None
) -> Iterator[tuple[Path, str]]:
    """(file, id) for every input file of a run (see iter_inputs).

    The id is the file's stem when no other input file has that stem; otherwise its path
    relative to the folder argument it was found below (for a named file: the path as given);
    and when that too repeats, the path as records show it. The inputs are walked once more
    before the run (twice when stems repeat) to count the names.
    """
    stems = Counter(p.stem for p, _ in _rooted_inputs(inputs, [], exclude))
    rel: Counter[str] = Counter()
    if any(n > 1 for n in stems.values()):
        rel = Counter(_relative_id(p, r) for p, r in _rooted_inputs(inputs, [], exclude) if stems[p.stem] > 1)
    for p, r in _rooted_inputs(inputs, failures, exclude):
        if stems[p.stem] <= 1:
            yield p, p.stem
            continue
        rid = _relative_id(p, r)
        yield p, rid if rel[rid] <= 1 else Path(display_path(p)).as_posix()


TEXT_KEY = "_text"  # carries a transcoded article's text to the writer, which saves it


def build_record(article: Article, entities: list[dict[str, Any]]) -> ArticleRecord:
    extra: dict[str, Any] = {"source": article.source} if article.source else {}
    if article.transcoded:
        extra[TEXT_KEY] = article.text
    return ArticleRecord(
        id=article.id,
        path=article.path,
        text_sha256=article.text_sha256,
        title=article.title,
        published=article.published,
        entities=[Entity.from_dict(e) for e in entities],
        extra=extra,
    )


def doc_entities(doc: Any) -> list[dict[str, Any]]:
    """The resolved entity dicts a newsfacts Doc carries."""
    ents: list[dict[str, Any]] = doc.user_data.get("newsfacts", {}).get("entities", [])
    return ents


CHUNK_CHARS = 200_000


def split_paragraphs(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) covering `text`, each piece at most `limit` characters, cut at a
    blank line where there is one (else a line break, a sentence end, a space)."""
    pieces = []
    pos = 0
    while len(text) - pos > limit:
        window = text[pos : pos + limit]
        cut = limit
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > 0:
                cut = at + len(sep)
                break
        pieces.append((pos, text[pos : pos + cut]))
        pos += cut
    pieces.append((pos, text[pos:]))
    return pieces


@dataclass(frozen=True)
class Kept:
    """An article whose record an earlier run already wrote (see --resume), in its input position."""

    text_sha256: str
    path: str


class ArticleTimeout(BaseException):
    """Raised in a thread whose article overran its time budget (a BaseException, so that no
    `except Exception` inside a component swallows it)."""


def _async_raise(tid: int, exc: type[BaseException] | None) -> None:
    """Set (or with None clear) the exception that thread `tid` raises at its next bytecode."""
    arg = ctypes.py_object(exc) if exc is not None else None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), arg)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ArticleTimeout in this thread when the block runs longer than `seconds`.

    Works in any thread (Dask runs tasks in threads). Python code is interrupted between two
    bytecodes; a long call into compiled code when it returns.
    """
    if seconds is None:
        yield
        return
    tid = threading.get_ident()
    lock = threading.Lock()
    active = [True]

    def fire() -> None:
        with lock:
            if active[0]:
                _async_raise(tid, ArticleTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            active[0] = False
            _async_raise(tid, None)  # one set but not yet raised
        timer.cancel()


Piece = tuple[str, bool, str | None]  # text, whether to set the article's date on it, the date
Outcome = list[dict[str, Any]] | tuple[str, str]  # the entities, or (failure kind, message)


def _make_doc(nlp: Language, piece: Piece) -> Any:
    text, set_date, published = piece
    doc = nlp.make_doc(text)
    if set_date:
        doc.user_data["newsfacts"]["published"] = published
    return doc


def _timed_pipe(nlp: Language, docs: list[Doc], times: dict[str, float]) -> list[Doc]:
    """The docs through each component in turn, the seconds each took added to `times`.
    Each component sees the whole list, as it does in nlp.pipe with batches this small."""
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=nlp.batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        times[name] = times.get(name, 0.0) + time.perf_counter() - started
    return docs


def run_pieces(
    nlp: Language, pieces: list[Piece], timeout: float | None = None, times: dict[str, float] | None = None
) -> list[Outcome]:
    """The entities of each piece, or ('timeout' | 'error', message) for a piece that overran
    its budget or raised. The batch runs through nlp.pipe under the budget of one article; when
    it overruns or raises, its pieces run again one by one, each with its own budget.
    Each pass runs in a spaCy memory zone, so memory does not grow with the number of articles.
    With `times`, the seconds of the tokenizer and of each component are added to it."""
    timed_out = ("timeout", f"took over {timeout} s (--article-timeout); skipped")
    with nlp.memory_zone():
        try:
            with deadline(timeout):
                if times is None:
                    docs = [_make_doc(nlp, p) for p in pieces]
                    return [doc_entities(doc) for doc in nlp.pipe(docs)]
                started = time.perf_counter()
                docs = [_make_doc(nlp, p) for p in pieces]
                times["tokenizer"] = times.get("tokenizer", 0.0) + time.perf_counter() - started
                return [doc_entities(doc) for doc in _timed_pipe(nlp, docs, times)]
        except ArticleTimeout:
            if len(pieces) == 1:
                return [timed_out]
        except Exception:
            pass  # found below, piece by piece
    out: list[Outcome] = []
    for piece in pieces:
        with nlp.memory_zone():
            try:
                with deadline(timeout):
                    doc = _make_doc(nlp, piece)
                    for _name, proc in nlp.pipeline:
                        doc = proc(doc)
                    out.append(doc_entities(doc))
            except ArticleTimeout:
                out.append(timed_out)
            except Exception as exc:
                out.append(("error", f"the pipeline failed on it: {type(exc).__name__}: {exc}"))
    return out


BATCH_SIZE = 32  # pieces per nlp.pipe call in one process
READ_STAGE, PROCESS_STAGE = "read articles", "process"


class BatchSizer:
    """Pieces per batch: fixed when given; else, for a pool, sized so that a batch keeps a
    worker busy about TARGET seconds at the pace the workers measure. Small first batches
    start every worker at once; short batches leave little idle time at the end of a run."""

    TARGET = 2.0  # seconds: against sending a batch, and the strings its memory zone forgets
    FIRST, MOST = 2, BATCH_SIZE

    def __init__(self, fixed: int | None) -> None:
        self.fixed = fixed
        self.size = fixed or self.FIRST
        self.seconds = 0.0
        self.pieces = 0

    def measured(self, pieces: int, seconds: float) -> None:
        """A worker ran `pieces` pieces in `seconds`."""
        if self.fixed is not None or pieces <= 0:
            return
        self.seconds += seconds
        self.pieces += pieces
        pace = self.seconds / self.pieces
        self.size = max(1, min(self.MOST, round(self.TARGET / pace) if pace > 0 else self.MOST))


# The pipeline that forked workers inherit; set just before they start.
_WORKER_NLP: Language | None = None


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies, so a SIGKILL leaves no orphans."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _worker(conn: Connection, timeout: float | None, profile: bool = False) -> None:
    """A pool worker: run batches of pieces until told to stop or its pipe closes; with
    `profile`, each reply carries the seconds of the tokenizer and of each component."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent decides
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    nlp = _WORKER_NLP
    assert nlp is not None
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, pieces = msg
        times: dict[str, float] | None = {} if profile else None
        started = time.perf_counter()
        outcomes = run_pieces(nlp, pieces, timeout, times)
        conn.send((seq, outcomes, times, time.perf_counter() - started))


Batch = tuple[int, list[Piece], float]  # sequence number, pieces, time sent


class WorkerPool:
    """Worker processes that each hold the pipeline (inherited by fork), run batches of pieces
    and send back plain entity dicts. close() ends them all within a few seconds."""

    def __init__(
        self,
        nlp: Language,
        n: int,
        timeout: float | None,
        profile: Profile | None = None,
        sizer: BatchSizer | None = None,
    ) -> None:
        global _WORKER_NLP
        _WORKER_NLP = nlp
        import multiprocessing  # here: a run without workers does not import it

        self.ctx = multiprocessing.get_context("fork")
        self.timeout = timeout
        self.profile = profile
        self.sizer = sizer
        # Objects alive now (the pipeline, its tables) are left out of every later garbage
        # collection: the workers' collections would otherwise walk them all and copy the pages
        # they share with this process, one by one. Unfrozen again at close().
        gc.collect()
        gc.freeze()
        self.workers: list[tuple[Any, Connection]] = []
        self.inflight: list[list[Batch]] = []
        for _ in range(n):
            self.workers.append(self._spawn())
            self.inflight.append([])

    def _spawn(self) -> tuple[Any, Connection]:
        here, there = self.ctx.Pipe()
        proc = self.ctx.Process(
            target=_worker, args=(there, self.timeout, self.profile is not None), daemon=True
        )
        proc.start()
        there.close()
        return proc, here

    def _replace(self, i: int, kind: str, message: str) -> list[tuple[int, list[Outcome]]]:
        """Kill worker i and start another in its place; the batches it held fail."""
        proc, conn = self.workers[i]
        proc.kill()
        proc.join()
        conn.close()
        lost, self.inflight[i] = self.inflight[i], []
        self.workers[i] = self._spawn()
        return [(seq, [(kind, message)] * len(pieces)) for seq, pieces, _ in lost]

    def free(self) -> int | None:
        """A worker with fewer than two batches in flight, if any."""
        best = min(range(len(self.workers)), key=lambda i: len(self.inflight[i]))
        return best if len(self.inflight[best]) < 2 else None

    def submit(self, i: int, seq: int, pieces: list[Piece]) -> None:
        self.workers[i][1].send((seq, pieces))
        self.inflight[i].append((seq, pieces, time.monotonic()))

    def collect(self, wait_s: float) -> list[tuple[int, list[Outcome]]]:
        """Results that arrive within `wait_s` seconds; a dead or stuck worker is replaced."""
        conns = {conn: i for i, (_, conn) in enumerate(self.workers) if self.inflight[i]}
        out: list[tuple[int, list[Outcome]]] = []
        from multiprocessing.connection import wait

        for ready in wait(list(conns), timeout=wait_s):
            conn: Any = ready
            i = conns[conn]
            try:
                seq, results, times, seconds = conn.recv()
            except (EOFError, OSError):
                out += self._replace(i, "error", "the worker process died on this batch (out of memory?)")
                continue
            if self.profile is not None and times:
                self.profile.merge(PROCESS_STAGE, times)
            if self.sizer is not None:
                self.sizer.measured(len(results), seconds)
            self.inflight[i] = [b for b in self.inflight[i] if b[0] != seq]
            out.append((seq, results))
        if self.timeout is not None:  # a worker stuck in compiled code, deaf to its own budget
            now = time.monotonic()
            for i, batches in enumerate(self.inflight):
                if batches and now - batches[0][2] > 2 * self.timeout * (len(batches[0][1]) + 1) + 30:
                    out += self._replace(i, "timeout", "its worker was stuck and was killed")
        return out

    def close(self) -> None:
        """End every worker: a stop message, then SIGTERM, then SIGKILL; a few seconds at most."""
        for _, conn in self.workers:
            with suppress(OSError):
                conn.send(None)
        until = time.monotonic() + 1.0
        for proc, _ in self.workers:
            proc.join(max(0.0, until - time.monotonic()))
            if proc.is_alive():
                proc.terminate()
        for proc, conn in self.workers:
            proc.join(2.0)
            if proc.is_alive():
                proc.kill()
                proc.join()
            conn.close()
        self.workers, self.inflight = [], []
        gc.unfreeze()


@dataclass
class _Job:
    """One input's place in the ordered stream: a kept record, or an article and its pieces."""

    kept: Kept | None = None
    article: Article | None = None
    pieces: tuple[tuple[int, Piece], ...] = ()  # (offset, piece)


def _job(art: Article, limit: int, given: bool = False) -> _Job:
    """An article, cut into paragraph pieces of at most `limit` characters when it is longer.
    Pieces carry the article's date when it is not in their text (later pieces, web pages, or a
    date the user gave)."""
    if len(art.text) <= limit and not art.transcoded:
        return _Job(article=art, pieces=((0, (art.text, given, art.published if given else None)),))
    # The dateline is in the first piece, or (for web pages) in the page's metadata.
    chunks = split_paragraphs(art.text, limit)
    return _Job(article=art, pieces=tuple((off, (piece, True, art.published)) for off, piece in chunks))


def _shift(e: dict[str, Any], offset: int) -> dict[str, Any]:
    if not offset:
        return e
    e = {**e, "start": e["start"] + offset, "end": e["end"] + offset}
    for link in ("converts", "subject", "place", "when"):
        if isinstance(e.get(link), dict):
            ref = e[link]
            e[link] = {"start": ref["start"] + offset, "end": ref["end"] + offset}
    return e


def _finish(job: _Job, outcomes: list[Outcome], failures: list[Failure]) -> ArticleRecord | Kept | None:
    if job.kept is not None:
        return job.kept
    assert job.article is not None
    entities: list[dict[str, Any]] = []
    for (offset, _), outcome in zip(job.pieces, outcomes, strict=True):
        if isinstance(outcome, tuple):
            failures.append(Failure(job.article.path, outcome[0], outcome[1]))
            return None
        entities += [_shift(e, offset) for e in outcome]
    return build_record(job.article, entities)


def process(
    nlp: Language,
    paths: Iterable[Path | tuple[Path, str]],
    failures: list[Failure],
    encoding: str | None = None,
    n_process: int = 1,
    batch_size: int | None = None,
    skip_sha256: Any = None,
    chunk_chars: int = CHUNK_CHARS,
    articles: Iterable[Article] = (),
    timeout: float | None = None,
    published: Published | None = None,
    profile: Profile | None = None,
) -> Iterator[ArticleRecord | Kept]:
    """Records for readable articles, in input order; unreadable files go to `failures`.

    `paths` are files or (file, id) pairs (see iter_sources); `articles` already read come
    first. Articles longer than `chunk_chars` run in paragraph pieces whose offsets are shifted
    back into the whole text. An article whose sha256 is in `skip_sha256` (anything with `in`)
    comes out as a Kept marker in its place. With `timeout`, an article (each piece of a long
    one) that runs longer becomes a `timeout` failure, and web pages are parsed in a helper
    process under the same budget. With `n_process` > 1 batches run in a pool of forked
    workers and the output is the same as in one process. A publication date in `published`
    wins over the article's header. `batch_size` is the number of pieces per batch (default:
    BATCH_SIZE in one process; in a pool, sized from the workers' measured pace, see
    BatchSizer). With `profile`, the time spent reading and in each component is added to it.
    """
    sizer = BatchSizer(batch_size if batch_size is not None else (BATCH_SIZE if n_process <= 1 else None))

    def dated(art: Article, path: Path | None) -> tuple[Article, bool]:
        given = published.date_for(path if path is not None else Path(art.path)) if published else None
        return (replace(art, published=given), True) if given else (art, False)

    def jobs() -> Iterator[_Job]:
        for art in articles:
            art, given = dated(art, None)
            yield _job(art, chunk_chars, given)
        for item in paths:
            path, art_id = item if isinstance(item, tuple) else (item, None)
            started = time.perf_counter()
            try:
                art = read_article(
                    path, encoding=encoding, display=display_path(path), article_id=art_id,
                    html_timeout=timeout,
                )  # fmt: skip
            except ArticleError as exc:
                failures.append(Failure(exc.path, exc.kind, exc.message))
                continue
            finally:
                if profile is not None:
                    profile.add(READ_STAGE, READ_STAGE, time.perf_counter() - started)
            if skip_sha256 is not None and art.text_sha256 in skip_sha256:
                yield _Job(kept=Kept(art.text_sha256, art.path))
            else:
                art, given = dated(art, path)
                yield _job(art, chunk_chars, given)

    def batches() -> Iterator[tuple[list[_Job], list[Piece]]]:
        """Jobs in order, grouped so that a batch holds about `batch_size` pieces."""
        group: list[_Job] = []
        pieces: list[Piece] = []
        for job in jobs():
            group.append(job)
            pieces += [p for _, p in job.pieces]
            if len(pieces) >= sizer.size:
                yield group, pieces
                group, pieces = [], []
        if group:
            yield group, pieces

    def emit(group: list[_Job], outcomes: list[Outcome]) -> Iterator[ArticleRecord | Kept]:
        at = 0
        for job in group:
            out = _finish(job, outcomes[at : at + len(job.pieces)], failures)
            at += len(job.pieces)
            if out is not None:
                yield out

    if n_process <= 1:
        times: dict[str, float] | None = {} if profile is not None else None
        try:
            for group, pieces in batches():
                yield from emit(group, run_pieces(nlp, pieces, timeout, times) if pieces else [])
        finally:
            if profile is not None and times:
                profile.merge(PROCESS_STAGE, times)
        return
    pool = WorkerPool(nlp, n_process, timeout, profile, sizer)
    try:
        groups: dict[int, list[_Job]] = {}
        results: dict[int, list[Outcome]] = {}
        sent = done = 0
        source = batches()
        exhausted = False
        while True:
            while not exhausted and (i := pool.free()) is not None:
                got = next(source, None)
                if got is None:
                    exhausted = True
                    break
                groups[sent] = got[0]
                if got[1]:
                    pool.submit(i, sent, got[1])
                else:
                    results[sent] = []
                sent += 1
            while done in results:
                yield from emit(groups.pop(done), results.pop(done))
                done += 1
            if exhausted and done == sent:
                return
            for seq, outcomes in pool.collect(1.0):
                results[seq] = outcomes
    finally:
        pool.close()


def extract(
    path: str | Path,
    nlp: Language | None = None,
    encoding: str | None = None,
    published: str | dt.date | None = None,
) -> ArticleRecord:
    """One article file -> its record (loads the default pipeline when `nlp` is None).
    `published` (YYYY-MM-DD) is the article's publication date; it wins over the header's."""
    given = Published(default=check_date(published, "published")) if published is not None else None
    if nlp is None:
        from pipeline.nlp import load

        nlp = load()
    art = read_article(path, encoding=encoding, display=display_path(Path(path)))
    failures: list[Failure] = []
    for rec in process(nlp, [], failures, articles=[art], published=given):
        if isinstance(rec, ArticleRecord):
            return rec
    f = failures[0]
    raise ArticleError(f.path, f.kind, f.message)


def check_date(value: object, where: str) -> str:
    """A user-given publication date as ISO 8601 (YYYY-MM-DD); ValueError naming `where` if not."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{where}: {value!r} is not a date written YYYY-MM-DD")


@dataclass
class Published:
    """Publication dates the user gives: one for the whole run, and/or one per file."""

    default: str | None = None
    by_file: dict[str, str] = field(default_factory=dict)

    def date_for(self, path: Path) -> str | None:
        """The date for an article file: by its path as given, its absolute path, its name or
        its stem (in that order), else the run's date."""
        for key in (str(path), str(path.resolve()), path.name, path.stem):
            if key in self.by_file:
                return self.by_file[key]
        return self.default


FILE_KEYS = ("file", "path", "article", "name", "filename")
DATE_KEYS = ("published", "date", "published_date")


def load_metadata(path: Path) -> dict[str, str]:
    """A metadata file (CSV with a header, or JSON Lines) -> {file name: publication date}.

    Columns or keys: one of file/path/article/name/filename and one of published/date.
    Raises ValueError with a one-line message naming the file, the line and the problem.
    """
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the metadata file: {exc}") from None
    rows: list[tuple[int, dict[str, Any]]] = []
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{path}:{n}: each line must be a JSON object")
            rows.append((n, obj))
    else:
        reader = csv.DictReader(io.StringIO(text))
        rows = [(n, row) for n, row in enumerate(reader, 2)]
    out: dict[str, str] = {}
    for n, row in rows:
        low = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        name = next((low[k] for k in FILE_KEYS if low.get(k)), None)
        date = next((low[k] for k in DATE_KEYS if k in low), None)
        if not isinstance(name, str) or not name.strip():
            raise ValueError(
                f"{path}:{n}: no file name (a column or key named one of {', '.join(FILE_KEYS)})"
            )
        if date is None:
            raise ValueError(f"{path}:{n}: no date (a column or key named one of {', '.join(DATE_KEYS)})")
        out[name.strip()] = check_date(date, f"{path}:{n}")
    return out
