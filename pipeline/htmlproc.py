"""Parse web pages in a helper process that is killed when a page overruns its time budget.

lxml holds the interpreter while it parses, so a page built to be slow (hundreds of
thousands of attributes) cannot be stopped from inside the process. The helper is one
long-lived child per reading process, started on the first page; it runs this file as a
script (not the package), so it starts without spaCy. It ends when its parent closes the pipe.
"""

from __future__ import annotations

import os
import pickle
import re
import select
import subprocess
import sys
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.read import Article

# Nothing from the package is imported at the top: the helper runs this file alone.


# libxml2 compares each attribute of a tag with all the earlier ones, so a tag with n
# attributes costs O(n^2): a tag this long with this many attributes loses them all.
LONG_TAG = re.compile(rb"<([A-Za-z][\w:-]{0,40})\s[^<>]{4096,}>")
MAX_ATTRIBUTES = 256


def _bare_tag(m: re.Match[bytes]) -> bytes:
    return b"<" + m.group(1) + b">" if len(m.group(0).split()) > MAX_ATTRIBUTES else m.group(0)


def defuse(raw: bytes) -> bytes:
    """The page with the attributes of tags that carry over MAX_ATTRIBUTES dropped (linear time)."""
    return LONG_TAG.sub(_bare_tag, raw)


def parse_page(raw: bytes) -> tuple[str | None, str | None, str | None, str | None]:
    """(body, title, date, site name) of a saved web page, by trafilatura.

    Raises ImportError without the html extra and whatever lxml raises on a broken page.
    """
    import trafilatura  # type: ignore[import-untyped]

    # no deduplicate: trafilatura's keeps a cache across calls, so a helper that has seen a
    # paragraph a few times (a site's standard "About us", the same page twice) drops it from
    # every later page, and the text would hang on which pages came before
    raw = defuse(raw)
    body = trafilatura.extract(
        raw, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    meta = trafilatura.extract_metadata(raw)
    if meta is None:
        return body, None, None, None
    date = meta.date if isinstance(meta.date, str) else None
    return body, meta.title or None, date, meta.sitename or None


DIED = "the page parser ended unexpectedly"


class _Overrun(Exception):
    """The helper did not answer within the budget (it has been killed)."""


class _Helper:
    """One child process answering parse requests over its stdin/stdout."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None
        self.owner = os.getpid()
        # a request was sent and its answer not read: the call was cut short (an article's time
        # budget raises inside it), so the helper may still answer it
        self.asked = False

    def _start(self) -> subprocess.Popen[bytes]:
        if self.owner != os.getpid():
            # a forked worker: the helper and its pipes belong to the parent, which may be
            # talking to it; this process starts its own
            self.proc, self.owner = None, os.getpid()
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(
                [sys.executable, os.path.abspath(__file__)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                close_fds=True,
            )
        return self.proc

    def stop(self) -> None:
        if self.proc is not None and self.owner == os.getpid():
            self.proc.kill()
            self.proc.wait()
            for fh in (self.proc.stdin, self.proc.stdout):
                if fh is not None:
                    fh.close()
        self.proc = None  # a forked worker only drops its parent's helper
        self.asked = False

    def parse(self, raw: bytes, timeout: float) -> tuple[str, Any]:
        """('ok', (body, title, date, site)), ('error', message) or ('missing', None); _Overrun when
        the budget is spent. A helper left from an earlier page that has died meanwhile (killed
        with its process group, say) is replaced once before the page counts as broken."""
        reused = self.owner == os.getpid() and self.proc is not None and self.proc.poll() is None
        if reused and (self.asked or self._stale()):
            self.stop()
            reused = False
        status, value = self._ask(raw, timeout)
        if status == "error" and value == DIED and reused:
            status, value = self._ask(raw, timeout)
        return status, value

    def _stale(self) -> bool:
        """True when the idle helper's output already holds something (an answer nobody read, or
        the end of a pipe): a new request would read that instead of its own answer."""
        assert self.proc is not None and self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], 0)
        return bool(ready)

    def _ask(self, raw: bytes, timeout: float) -> tuple[str, Any]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        self.asked = True
        try:
            pickle.dump(raw, proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            proc.stdin.flush()
            ready, _, _ = select.select([proc.stdout], [], [], timeout)
            if not ready:
                self.stop()
                raise _Overrun
            answer: tuple[str, Any] = pickle.load(proc.stdout)
            self.asked = False
        except (OSError, EOFError, pickle.UnpicklingError):
            self.stop()
            return "error", DIED
        return answer


_HELPER = _Helper()


def read_html_bounded(raw: bytes, name: str, article_id: str, timeout: float) -> Article:
    """A saved web page parsed within `timeout` seconds; ArticleError 'timeout' when it takes longer."""
    from pipeline.read import HTML_EXTRA, ArticleError, page_article

    try:
        status, value = _HELPER.parse(raw, timeout)
    except _Overrun:
        raise ArticleError(name, "timeout", f"parsing the page took over {timeout:g} s") from None
    if status == "missing":
        raise ArticleError(name, "html", HTML_EXTRA)
    if status == "error":
        raise ArticleError(name, "html", f"could not parse the page: {value}")
    return page_article(name, article_id, *value)


def stop_helper() -> None:
    """End the helper process (it is restarted on the next page)."""
    _HELPER.stop()


def _serve(inp: IO[bytes], out: IO[bytes]) -> None:
    """The child's loop: read a page, answer with its parts or the error."""
    while True:
        try:
            raw = pickle.load(inp)
        except EOFError:
            return
        answer: tuple[str, Any]
        try:
            answer = ("ok", parse_page(raw))
        except ImportError:
            answer = ("missing", None)
        except Exception as exc:  # lxml and trafilatura raise assorted errors on broken pages
            answer = ("error", str(exc) or type(exc).__name__)
        pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


if __name__ == "__main__":
    _serve(sys.stdin.buffer, sys.stdout.buffer)
