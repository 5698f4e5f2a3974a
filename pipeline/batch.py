"""Run the pipeline over files and folders: records in input order, failures as data."""

from __future__ import annotations

import csv
import datetime as dt
import glob
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.read import Article, ArticleError, read_article
from pipeline.records import ArticleRecord, Entity

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


def _walk(folder: Path) -> Iterator[Path]:
    """Article files below `folder`, sorted, yielded as the walk goes (never all listed first)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for f in sorted(files):
            if f.lower().endswith(ARTICLE_SUFFIXES):
                yield Path(root) / f


def iter_inputs(inputs: Iterable[str], failures: list[Failure]) -> Iterator[Path]:
    """Files named, files below folders (recursive, sorted, article suffixes), glob matches.

    Names that match nothing are recorded as failures. Symbolic links to folders
    are not followed, so a link loop cannot trap the walk. A file named twice is
    read once; files inside folders are not remembered, so memory stays flat.
    """
    named: set[str] = set()
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            yield from _walk(p)
            continue
        if p.exists() or p.is_symlink():
            paths = [p]
        elif glob.has_magic(item):
            paths = [Path(g) for g in sorted(glob.glob(item, recursive=True)) if Path(g).is_file()]
            if not paths:
                failures.append(Failure(item, "no-match", "pattern matched no files"))
        else:
            failures.append(Failure(item, "missing", "no such file or folder"))
            paths = []
        for path in paths:
            if str(path) not in named:
                named.add(str(path))
                yield path


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


def _pieces(
    nlp: Language, art: Article, limit: int, given: bool = False
) -> Iterator[tuple[Any, tuple[Article, int, int, int]]]:
    """What nlp.pipe gets for one article: its text, or Docs of its paragraphs when it is long
    (or when its publication date was given by the user, which the Doc then carries).

    The context carries the article without its text, so workers are not sent the text twice.
    """
    light = art if art.transcoded else replace(art, text="")
    if len(art.text) <= limit and not art.transcoded:
        if given:
            doc = nlp.make_doc(art.text)
            doc.user_data["newsfacts"]["published"] = art.published
            yield doc, (light, 0, 0, 1)
        else:
            yield art.text, (light, 0, 0, 1)
        return
    chunks = split_paragraphs(art.text, limit)
    for i, (offset, piece) in enumerate(chunks):
        doc = nlp.make_doc(piece)
        # The dateline is in the first piece, or (for web pages) in the page's metadata.
        doc.user_data["newsfacts"]["published"] = art.published
        yield doc, (light, offset, i, len(chunks))


def process(
    nlp: Language,
    paths: Iterable[Path],
    failures: list[Failure],
    encoding: str | None = None,
    n_process: int = 1,
    batch_size: int = 32,
    skip_sha256: set[str] | None = None,
    chunk_chars: int = CHUNK_CHARS,
    articles: Iterable[Article] = (),
    published: Published | None = None,
) -> Iterator[ArticleRecord]:
    """Records for readable articles, in input order; unreadable files go to `failures`.

    Articles longer than `chunk_chars` are processed in paragraph-aligned pieces whose
    entity offsets are shifted back into the whole text. `articles` already read are
    processed before `paths`. A publication date in `published` wins over the article's header.
    """

    def dated(art: Article, path: Path | None) -> tuple[Article, bool]:
        given = published.date_for(path if path is not None else Path(art.path)) if published else None
        return (replace(art, published=given), True) if given else (art, False)

    def inputs() -> Iterator[tuple[Any, tuple[Article, int, int, int]]]:
        for art in articles:
            art, given = dated(art, None)
            yield from _pieces(nlp, art, chunk_chars, given)
        for path in paths:
            try:
                art = read_article(path, encoding=encoding, display=display_path(path))
            except ArticleError as exc:
                failures.append(Failure(exc.path, exc.kind, exc.message))
                continue
            if skip_sha256 is not None and art.text_sha256 in skip_sha256:
                continue
            art, given = dated(art, path)
            yield from _pieces(nlp, art, chunk_chars, given)

    pending: list[dict[str, Any]] = []
    for doc, (art, offset, index, count) in _pipe(nlp, inputs(), n_process, batch_size):
        for e in doc_entities(doc):
            if offset:
                e = {**e, "start": e["start"] + offset, "end": e["end"] + offset}
                for link in ("converts", "subject", "place", "when"):
                    if isinstance(e.get(link), dict):
                        ref = e[link]
                        e[link] = {"start": ref["start"] + offset, "end": ref["end"] + offset}
            pending.append(e)
        if index == count - 1:
            yield build_record(art, pending)
            pending = []


ZONE_DOCS = 2000


def _pipe(nlp: Language, items: Iterator[Any], n_process: int, batch_size: int) -> Iterator[Any]:
    """nlp.pipe; in one process, inside spaCy memory zones of ZONE_DOCS inputs, so the strings
    of finished articles are freed and memory does not grow with the number of articles."""
    if n_process > 1:
        yield from nlp.pipe(items, as_tuples=True, n_process=n_process, batch_size=batch_size)
        return
    while window := list(islice(items, ZONE_DOCS)):
        with nlp.memory_zone():
            yield from nlp.pipe(window, as_tuples=True, batch_size=batch_size)


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
    (rec,) = process(nlp, [], failures, articles=[art], published=given)
    return rec


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
