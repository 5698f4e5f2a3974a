"""Read article files: exact text, identity, headline, dateline, and a masked copy for the model."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.lazyre import lazy_compile
from pipeline.normalize import numeric_date, parse_date
from pipeline.ruledata import load_patterns, load_word_list

MAX_BYTES = 64 * 1024 * 1024
HEAD_CHARS = 1500

IMAGE_LINE = lazy_compile(r"(?im)^[ \t\u00a0]*[^\n]{0,200}?\.(?:jpe?g|png|gif|webp|bmp|tiff?)[ \t\u00a0]*$")
DOMAIN = lazy_compile(
    r"(?i)(?<![\w@/.-])(?:https?://)?(?:[a-z0-9-]+\.)+"
    r"(?:com|cn|net|org|gov|edu|info|io|co|uk|hk|tw|jp|de|fr|ru|in|au|us|biz|news)"
    r"(?:\.[a-z]{2})?(?:/[^\s\]\)]*)?(?![\w-])"
)
URL = lazy_compile(r"(?i)\bhttps?://[^\s\]\)>]+|\bwww\.[^\s\]\)>]+")
PHOTO_CREDIT = lazy_compile(
    r"\[(?P<lead>(?:Photo|Photos|Image|Video|Graphic|File photo)(?:\s*(?:/|by|:)\s*|\s+provided\s+to\s+))"
    r"(?P<who>[^\[\]\n]{1,80})\]",
    re.IGNORECASE,
)
UNICODE_SPACES = lazy_compile("[\x00\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\t]")
BREADCRUMB = lazy_compile(r"^\s*(?:Home|App)\b.*?(?:>|\|)|^[^|]*\|[^|]*\|\s*$")
DATELINE = lazy_compile(
    r"(?im)^[ \t\u00a0]*(?:(?:Updated|Published|Posted|Date|Time)\s*:\s*)?"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}"
    r"(?:\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})"
    r"(?P<rest>[^\n]*)$"
)
SOURCE_IN_DATELINE = lazy_compile(r"\(\s*(?P<src>[^()\n]{2,60}?)\s*\)")


class ArticleError(Exception):
    """A file that cannot be read as an article; `kind` is a short machine-readable cause."""

    def __init__(self, path: str, kind: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.kind = kind
        self.message = message


@dataclass(frozen=True)
class Article:
    """One article file: its exact text and what the file says about itself."""

    id: str
    path: str
    text: str
    text_sha256: str
    title: str | None
    published: str | None
    source: str | None
    transcoded: bool = False  # the text is not the file's bytes read as UTF-8 (see --encoding)


BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF")


CONTROL_BYTES = [c for c in range(32) if c not in (9, 10, 12, 13)]


def decode(raw: bytes, path: str, encoding: str | None = None) -> str:
    """Bytes -> text; UTF-8 unless `encoding` is given. Errors name the file and the fix."""
    if encoding:
        try:
            return raw.decode(encoding)
        except LookupError:
            raise ArticleError(path, "bad-encoding", f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise ArticleError(path, "decode-error", f"not valid {encoding} at byte {exc.start}") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(
            path, "decode-error", "file is UTF-16 (it has a UTF-16 BOM); rerun with --encoding utf-16"
        )
    head = raw[:8192]
    controls = sum(head.count(bytes([c])) for c in CONTROL_BYTES)
    if raw.startswith(BINARY_MAGIC) or controls > max(2, len(head) // 20):
        raise ArticleError(path, "binary", "binary data, not a text article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            path,
            "decode-error",
            f"not valid UTF-8 at byte {exc.start}; if it is another encoding, "
            "name it with --encoding (for example --encoding latin-1)",
        ) from None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:html|head|body)[\s>]", head)
    )


PUBLISHED_FORMATS = "published_formats.tsv"


def find_published(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The article's publication date from a header near its top, with its span: the earliest
    line of the first HEAD_CHARS characters that one format of published_formats.tsv reads."""
    if len(text) <= CACHED_CHARS:
        return _cached_published(text)
    return _find_published(text)


# The dates and the attribution components ask for the date of the same text, one after the
# other as a Doc passes through the pipeline: the last few answers are kept (ordinary lengths only).
CACHED_CHARS = 50_000


@functools.lru_cache(maxsize=8)
def _cached_published(text: str) -> tuple[str | None, tuple[int, int] | None]:
    return _find_published(text)


def _find_published(text: str) -> tuple[str | None, tuple[int, int] | None]:
    head = text[:HEAD_CHARS]
    # every format is anchored at a line start: try those positions only, as finditer would
    lines = [0, *(m.end() for m in NEWLINE.finditer(head))]
    best: tuple[int, str, tuple[int, int]] | None = None
    for _name, rx in load_patterns(PUBLISHED_FORMATS):
        last_end = 0
        for pos in lines:
            if pos < last_end:
                continue  # inside the previous match (finditer never overlaps matches)
            if best is not None and pos >= best[0]:
                break
            m = rx.match(head, pos)
            if m is None:
                continue
            last_end = m.end()
            value = _header_value(m)
            if value and len(value) == 10:
                best = (m.start(), value, m.span("date"))
                break
    if best:
        return best[1], best[2]
    return _wire_dateline(text)


NEWLINE = lazy_compile(r"\n")


def _header_value(m: re.Match[str]) -> str | None:
    """The date a header format matched: an all-digit one by its named parts, whose order in the
    format is the site's ('md' when the month group comes first), else the date text parsed."""
    parts = m.groupdict()
    if parts.get("y") and parts.get("m") and parts.get("d"):
        order = "md" if m.start("m") < m.start("d") else "dm"
        first, second = (parts["m"], parts["d"]) if order == "md" else (parts["d"], parts["m"])
        return numeric_date(parts["y"], first, second, order)
    return parse_date(m.group("date"))


WIRE_DATELINE = lazy_compile(
    r"(?m)^[ \t]*[A-Z][A-Za-z .'’-]{2,40}(?:,\s*[A-Z][A-Za-z .'’-]{1,30})?,\s+"
    r"(?P<date>(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2}))"
    r"\s*\([A-Za-z .-]{2,30}\)\s*[-—–]"
)
WEEKDAY_NAMED = lazy_compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
YEARS = lazy_compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
MONTH_NUMBERS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def _wire_dateline(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """A wire dateline without a year ('JOHANNESBURG, March 12 (Reuters) -'): the year is the one,
    from the year before the earliest the story mentions to the latest, in which that day falls on the weekday
    the story names for it ('said on Wednesday'); the nearest to their median when several do."""
    m = WIRE_DATELINE.search(text[:HEAD_CHARS])
    if not m:
        return None, None
    day = WEEKDAY_NAMED.search(text, m.end(), m.end() + 600)
    years = sorted(int(y) for y in YEARS.findall(text))
    if not day or not years:
        return None, None
    weekday = _weekday(day.group(1))
    month, dom = MONTH_NUMBERS[m.group("m").lower()[:3]], int(m.group("d"))
    median = years[len(years) // 2]
    found = []
    for year in range(years[0] - 1, years[-1] + 1):
        try:
            when = dt.date(year, month, dom)
        except ValueError:
            continue
        if when.weekday() == weekday:
            found.append(when)
    if not found:
        return None, None
    best = min(found, key=lambda d: (abs(d.year - median), d.year))
    return best.isoformat(), m.span("date")


def _weekday(name: str) -> int:
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].index(name)


def find_title(text: str) -> str | None:
    """The headline: the first line of the page's header that reads like one after its last
    navigation line (site menu, breadcrumb trail) and before the story's first paragraph; when
    none does, the first such line anywhere above the story."""
    rows = _header_rows(text)
    furniture = [_furniture(line) for line, _ in rows]  # once a line: it reads every date format
    nav = {i for i, (line, _) in enumerate(rows) if not furniture[i] and _navigation(line)}
    start = max(nav) + 1 if nav else 0
    for lo, least in ((start, TITLE_WORDS), (0, TITLE_WORDS), (0, 3)):
        for i in range(lo, len(rows)):
            line, after_by = rows[i]
            if i not in nav and not after_by and not furniture[i] and _headline_like(line, least):
                return line
    return None


TITLE_WORDS = 5  # headlines of fewer words are rare; a site's slogan or name is often four
BODY_WORDS = 20  # a line this long with a sentence in it is the story, as is a
SENTENCE_WORDS = 12  # line this long that ends as a sentence does
NAV_SEPARATOR = lazy_compile(r"[|›»>•·]|(?<=\s)/(?=\s)")
BYLINE = lazy_compile(r"^(?:By|BY)\s+(?!the\b|\d)\S|\b(?:Correspondent|Bureau|News Service|Staff)$")
CAPTION = lazy_compile(
    r"(?i)[\[(](?:photo|image|picture|file photo)\b|\bphoto\s*:|\bpic$|\bsupplied\b"
    # a credit in capitals after a slash: "LI MING/FOR CHINA DAILY"
    r"|(?-i:\b[A-Z]{2,}\s*/\s*(?:FOR\s+)?[A-Z]{2,}[A-Z ]*$)"
)
SENTENCE_END = lazy_compile(r"[.!?][\"”’)]?(?:\s|$)")
HEADER_LABELS = "page_header_labels.txt"
MENU_WORDS = "page_menu_words.txt"


def _header_rows(text: str) -> list[tuple[str, bool]]:
    """The non-empty lines above the story's first paragraph, whitespace collapsed, each with
    whether the line before it ends in 'by' ('News provided by' / the company's name)."""
    rows: list[tuple[str, bool]] = []
    after_by = False
    for raw in text[:HEAD_CHARS].splitlines():
        line = " ".join(raw.replace("\u00a0", " ").split()).lstrip("•· ")
        if not line:
            continue
        words = line.split()
        if (len(words) >= BODY_WORDS and SENTENCE_END.search(line)) or (
            len(words) >= SENTENCE_WORDS and line.endswith((".", "!", "?", '."', ".”"))
        ):
            break
        rows.append((line, after_by))
        after_by = words[-1].lower() == "by"
    return rows


def _navigation(line: str) -> bool:
    """A site menu, breadcrumb trail or location line ('Home > News', 'News | Business | Sport',
    'You are here: Home > Qinzhou'), or a menu bar of section words without separators."""
    if BREADCRUMB.search(line) or line.lower().startswith(("you are here", "your current location")):
        return True
    seps = len(NAV_SEPARATOR.findall(line))
    words = line.split()
    if seps >= 2 or (seps == 1 and len(words) <= 6):
        return True
    menu = load_word_list(MENU_WORDS)
    return len(words) >= 5 and sum(w in menu for w in words) * 2 >= len(words)


def _furniture(line: str) -> bool:
    """A header line about the story or around it, no headline and no menu: a labelled field or
    button row ('Source: …', 'Share Tweet Email'), a byline, a date line, a photo caption, an
    address."""
    return bool(
        _header_label(line)
        or BYLINE.search(line)
        or DATELINE.match(line)
        or CAPTION.search(line)
        or "@" in line
        or "http" in line.lower()
        or find_published(line + "\n")[0] is not None
    )


def _header_label(line: str) -> bool:
    """Whether the line opens with a label of the page's furniture: with its colon, as a line of
    at most four words, or before another label ('Share', 'Source: Xinhua', 'Search Subscribe')."""
    lower = line.lower()
    for label in _header_label_list():
        if lower.startswith(label) and (len(lower) == len(label) or not lower[len(label)].isalnum()):
            rest = lower[len(label) :].lstrip()
            if rest.startswith((":", "：")) or len(line.split()) <= 4:
                return True
            if any(
                rest.startswith(other) and rest[len(other) : len(other) + 1] in ("", " ")
                for other in _header_label_list()
            ):
                return True
    return False


@functools.lru_cache(maxsize=1)
def _header_label_list() -> tuple[str, ...]:
    return tuple(sorted((w.lower() for w in load_word_list(HEADER_LABELS)), key=len, reverse=True))


def _headline_like(line: str, least: int) -> bool:
    """A line that is no furniture and can be the headline: enough words with letters, mostly in
    Latin script, no image file name, no list item."""
    words = [w for w in line.split() if re.search(r"[A-Za-z]", w)]
    if len(words) < least or IMAGE_LINE.match(line):
        return False
    if line.startswith(("- ", "* ")) or line.endswith((";", ":")):
        return False  # an item of a list, or the line that opens one
    latin = sum(c.isascii() and c.isalpha() for c in line)
    return latin * 2 >= sum(c.isalpha() for c in line)


def find_source(text: str) -> str | None:
    """The source named in the dateline, e.g. '2016-10-10 (chinadaily.com.cn)'."""
    m = DATELINE.search(text[:HEAD_CHARS])
    if m:
        src = SOURCE_IN_DATELINE.search(m.group("rest"))
        if src:
            return src.group("src")
    m = re.search(r"(?im)^\s*Source\s*:\s*(?P<src>[^\n]{2,60}?)\s*$", text[:HEAD_CHARS])
    return m.group("src") if m else None


def article_from_text(
    text: str, path: str, sha256: str, article_id: str | None = None, transcoded: bool = False
) -> Article:
    published, _ = find_published(text)
    return Article(
        id=article_id or Path(path).stem,
        path=path,
        text=text,
        text_sha256=sha256,
        title=find_title(text),
        published=published,
        source=find_source(text),
        transcoded=transcoded,
    )


HTML_SUFFIXES = (".html", ".htm")


HTML_EXTRA = "reading saved web pages needs: pip install 'newsfacts[html]'"


def page_article(
    name: str, article_id: str, body: str | None, title: str | None, date: str | None, site: str | None
) -> Article:
    """The Article of a parsed page: headline, blank line, body; the writer saves the text."""
    if not body or not body.strip():
        raise ArticleError(name, "html-empty", "no article text found in the page")
    title = " ".join(title.split()) if title else None
    text = (f"{title}\n\n" if title and not body.startswith(title) else "") + body.strip() + "\n"
    published = date if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None
    return Article(
        id=article_id,
        path=name,
        text=text,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=title or find_title(text),
        published=published or find_published(text)[0],
        source=site,
        transcoded=True,
    )


def read_html(raw: bytes, name: str, article_id: str) -> Article:
    """A saved web page, parsed in this process: main text, title, date and site name by trafilatura."""
    from pipeline.htmlproc import parse_page

    try:
        parsed = parse_page(raw)
    except ImportError:
        raise ArticleError(name, "html", HTML_EXTRA) from None
    except Exception as exc:  # lxml and trafilatura raise assorted errors on broken pages
        raise ArticleError(name, "html", f"could not parse the page: {exc}") from None
    return page_article(name, article_id, *parsed)


def read_limited(path: str | Path, name: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `limit`; anything else is an ArticleError.

    The file is opened without blocking (a FIFO cannot hang the run) and checked on the open
    descriptor (a link to a device is a device), and never more than `limit` + 1 bytes are read,
    whatever the file's size claims to be.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ArticleError(name, "missing", "file not found (moved or deleted?)") from None
    except PermissionError:
        raise ArticleError(name, "unreadable", "permission denied") from None
    except IsADirectoryError:
        raise ArticleError(name, "not-a-file", "is a folder, not an article file") from None
    except OSError as exc:
        if exc.errno in (errno.ENXIO, errno.EOPNOTSUPP):  # a socket
            raise ArticleError(name, "not-a-file", "is a socket, not a regular file") from None
        raise ArticleError(name, "unreadable", exc.strerror or str(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = (
                "a folder" if stat.S_ISDIR(mode)
                else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
                else "a socket" if stat.S_ISSOCK(mode)
                else "not a regular file"
            )  # fmt: skip
            raise ArticleError(name, "not-a-file", f"is {what}, not a regular file")
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as exc:
        raise ArticleError(name, "unreadable", exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    if got > limit:
        raise ArticleError(name, "too-large", f"over the {limit} byte limit")
    return b"".join(chunks)


def read_article(
    path: str | Path,
    encoding: str | None = None,
    display: str | None = None,
    article_id: str | None = None,
    html_timeout: float | None = None,
) -> Article:
    """Read one article file. Raises ArticleError naming the file and the cause.

    `article_id` defaults to the file's stem; `html_timeout` bounds the parse of a web page
    (it then runs in a helper process that is killed when the time is up).
    """
    p = Path(path)
    name = display or str(path)
    raw = read_limited(p, name)
    if p.suffix.lower() in HTML_SUFFIXES:
        if html_timeout is not None:
            from pipeline.htmlproc import read_html_bounded

            return read_html_bounded(raw, name, article_id or p.stem, html_timeout)
        return read_html(raw, name, article_id or p.stem)
    text = decode(raw, name, encoding)
    if looks_like_html(text):
        raise ArticleError(
            name,
            "html",
            "looks like an HTML page, not a plain-text article; name it .html to read it as a web page",
        )
    transcoded = text.encode("utf-8") != raw
    sha = hashlib.sha256(text.encode("utf-8") if transcoded else raw).hexdigest()
    return article_from_text(text, name, sha, article_id=article_id, transcoded=transcoded)


NOT_LINE_BREAK = lazy_compile(r"[^\n\r]")
# What every match of each cruft pattern holds: the patterns run only on the lines holding it.
CRUFT = (
    (IMAGE_LINE, re.compile(r"\.(?i:jpe?g|png|gif|webp|bmp|tiff?)")),
    (URL, re.compile(r"://|(?i:www\.)")),
    (DOMAIN, re.compile(r"\.(?i:com|cn|net|org|gov|edu|info|io|co|uk|hk|tw|jp|de|fr|ru|in|au|us|biz|news)")),
)


def _finditer_lines(rx: re.Pattern[str], hint: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """rx.finditer(text) for a pattern whose matches never cross a line break and always hold a
    match of `hint`: only the lines with a hint are searched (the same matches, found faster)."""
    end = -1
    for h in hint.finditer(text):
        if h.start() < end:
            continue  # this line was searched
        start = text.rfind("\n", 0, h.start()) + 1
        end = text.find("\n", h.start())
        if end < 0:
            end = len(text)
        yield from rx.finditer(text, start, end)


def mask_for_model(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Same-length copy of `text` with page cruft blanked out, and the photo-credit names.

    Unicode spaces become plain spaces; image file names, URLs and bare domains
    become spaces; "[Photo/Hohhot Daily]" keeps only "Hohhot Daily". Offsets are
    unchanged, so spans found in the copy are spans of the original.
    """
    plain = UNICODE_SPACES.sub(" ", text)
    blanks: list[tuple[int, int]] = []
    credits: list[tuple[int, int]] = []
    for m in PHOTO_CREDIT.finditer(text):
        who = m.group("who")
        if DOMAIN.fullmatch(who.strip()):
            blanks.append(m.span())
        else:
            blanks.append((m.start(), m.start("who")))
            blanks.append((m.end("who"), m.end()))
            lead = len(who) - len(who.lstrip())
            credits.append((m.start("who") + lead, m.start("who") + len(who.rstrip())))
    for rx, hint in CRUFT:
        blanks.extend(m.span() for m in _finditer_lines(rx, hint, text))
    if not blanks:
        return plain, credits
    pieces: list[str] = []
    pos = 0
    for start, end in _merged(blanks):
        pieces.append(plain[pos:start])
        pieces.append(NOT_LINE_BREAK.sub(" ", plain[start:end]))  # line breaks stay
        pos = end
    pieces.append(plain[pos:])
    return "".join(pieces), credits


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping cover of `spans`."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
