"""What the newsfacts components share: candidate spans kept on the Doc, text helpers."""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

USER_KEY = "newsfacts"
# Words after a company's name that a bare mention may leave out ("Yili" for "Yili Group").
CORPORATE = (
    "Group",
    "Co",
    "Co.",
    "Company",
    "Corporation",
    "Corp",
    "Corp.",
    "Inc",
    "Inc.",
    "Ltd",
    "Ltd.",
    "Holdings",
)
BLOCK = "BLOCK"  # a name that is no entity (event, award, plan) and hides what it contains
RULE_TIER = 0
MODEL_TIER = 1


@dataclass
class Candidate:
    """A proposed entity in character offsets of the article text."""

    start: int
    end: int
    label: str
    rule: str
    tier: int = RULE_TIER
    attrs: dict[str, Any] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def state(doc: Doc) -> dict[str, Any]:
    """The per-Doc store (plain data, so it survives spaCy's multiprocessing)."""
    data: dict[str, Any] | None = doc.user_data.get(USER_KEY)
    if data is None:  # (setdefault would build a new dict and list on every call)
        data = doc.user_data[USER_KEY] = {}
    if "candidates" not in data:
        data["candidates"] = []
    return data


def raw_text(doc: Doc) -> str:
    """The article's exact text (the Doc holds a same-length masked copy)."""
    data = doc.user_data.get(USER_KEY)
    text = data.get("text") if data is not None else None
    return text if isinstance(text, str) else doc.text


def masked_text(doc: Doc) -> str:
    """The text the tokenizer saw (Doc.text rebuilds it from the tokens on every access)."""
    data = doc.user_data.get(USER_KEY)
    if data is None:
        data = doc.user_data[USER_KEY] = {}
    text = data.get("masked")
    if not isinstance(text, str):
        text = data["masked"] = doc.text
    return text


def candidates(doc: Doc) -> list[Candidate]:
    """The candidates so far, as Candidate objects (the Doc keeps them as plain dicts)."""
    return [
        Candidate(c["start"], c["end"], c["label"], c["rule"], c["tier"], c["attrs"])
        for c in state(doc)["candidates"]
    ]


def add_candidate(doc: Doc, cand: Candidate) -> None:
    if cand.end <= cand.start:
        return
    state(doc)["candidates"].append(
        {
            "start": cand.start,
            "end": cand.end,
            "label": cand.label,
            "rule": cand.rule,
            "tier": cand.tier,
            "attrs": cand.attrs,
        }
    )


class Intervals:
    """Character intervals (possibly overlapping) with an O(log n) overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.max_end: list[int] = []
        top = -1
        for _, e in pairs:
            top = max(top, e)
            self.max_end.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # intervals starting before `end`
        return i > 0 and self.max_end[i - 1] > start


class Occupied:
    """Non-overlapping chosen intervals, kept sorted; overlap test and insert in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def covered_by(doc: Doc, labels: set[str]) -> Intervals:
    """The intervals of the candidates so far that have one of `labels`."""
    return Intervals((c["start"], c["end"]) for c in state(doc)["candidates"] if c["label"] in labels)


def expand_bounds(
    starts: list[int], ends: list[int], size: int, start: int, end: int
) -> tuple[int, int] | None:
    """The tokens (first, past-last) of `doc.char_span(start, end, alignment_mode="expand")`,
    or None where it gives None; `starts` and `ends` are the tokens' character offsets and
    `size` the length of the text."""
    if not (starts and 0 <= start < size and 0 < end <= size):
        return None
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end - 1) - 1
    if start == ends[first]:
        first += 1  # the white space after a token is not part of it
    return first, last + 1


def line_start_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """rx.finditer(text) for a pattern that can only match at the start of a line (it opens
    with a multi-line '^'): tried at each line start only."""
    end = 0
    pos = 0
    while pos >= 0:
        if pos >= end:
            m = rx.match(text, pos)
            if m is not None:
                end = m.end()
                yield m
        pos = text.find("\n", pos)
        if pos >= 0:
            pos += 1
    return


def tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def is_cap(tok: Token) -> bool:
    """Title-case or all-caps word ('Hohhot', 'SenseTime', 'CHINA', "Xiong'an")."""
    t = tok.text
    return bool(t) and t[0].isupper() and any(c.isalpha() for c in t)


def is_space(tok: Token) -> bool:
    return tok.is_space or not tok.text.strip()


def breaks_line(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


QUALIFIERS_BEFORE = re.compile(
    r"(?i)\b(about|around|approximately|nearly|almost|roughly|some|over|more than|less than|"
    r"fewer than|up to|at least|at most|as many as|as much as)\s+$"
)
QUALIFIERS_AFTER = re.compile(r"(?i)^\s+(or more|or above|or less|or fewer)\b")


def qualifier(text: str, start: int, end: int) -> str | None:
    """A qualifier written right before or after a number span (SPEC.md 2.6)."""
    m = QUALIFIERS_BEFORE.search(text[max(0, start - 24) : start])
    if m:
        return " ".join(m.group(1).lower().split())
    m = QUALIFIERS_AFTER.match(text[end : end + 16])
    if m:
        return " ".join(m.group(1).lower().split())
    return None


SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+(?=[A-Z“\"'(\[])|\n\s*\n|\n")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around `pos` (a text-only rule, so it works without a parser).

    Looks at most SENTENCE_WINDOW characters either side, so each call costs a bounded time
    whatever the text (a text without sentence ends cannot make a caller quadratic).
    """
    start = max(0, pos - SENTENCE_WINDOW)
    for m in SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    limit = min(len(text), pos + SENTENCE_WINDOW)
    after = SENTENCE_END.search(text, pos, limit)
    return start, (after.start() if after else limit)


SENTENCE_WINDOW = 600


class Sentences:
    """The text-rule sentences of a whole text, found once; `bounds(pos)` in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.size = len(text)
        self.starts = [0]
        self.ends: list[int] = []
        for m in SENTENCE_END.finditer(text):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(self.size)

    def index(self, pos: int) -> int:
        """The number of the sentence that holds `pos` (0 for the first)."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = self.index(pos)
        return self.starts[i], self.ends[i]


_SENTENCES: weakref.WeakKeyDictionary[Doc, Sentences] = weakref.WeakKeyDictionary()


def doc_sentences(doc: Doc, text: str) -> Sentences:
    """`Sentences(text)` for a text of the Doc (its raw text), found once per Doc and shared by
    the components (kept beside the Doc, never in its user_data)."""
    found = _SENTENCES.get(doc)
    if found is None or found.text is not text:
        found = _SENTENCES[doc] = Sentences(text)
    return found
