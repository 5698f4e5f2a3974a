"""DATE: calendar expressions found by patterns, normalised against the article's dateline."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import (
    USER_KEY,
    Candidate,
    Occupied,
    add_candidate,
    doc_sentences,
    masked_text,
    raw_text,
    state,
)
from pipeline.lazyre import lazy_compile
from pipeline.normalize import day_month_after_weekday, parse_date
from pipeline.read import find_published

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# a zone after a header's time: 'GMT', 'UTC+8', 'EST', or in brackets '(UTC+04:00)' (Trend, Azerbaijan)
ZONE = (
    r"(?:[ \t]+(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4}(?![\w+-])"
    r"|\((?:GMT|UTC)[ \t]?[+-]\d{1,2}(?::?\d{2})?\)))"
)
# the time after a header's date: ', 08:45', ' at 12:00 AM', ' - 14:32' (a dash before it, as
# Vietnamese, Brazilian and Latin American sites write it)
TIME = rf"(?:(?:,|[ \t]+[-–—])?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[AaPp]\.?[Mm]\.?)?{ZONE}?)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# 'Friday, ', 'Wed. ', 'Friday , ' (a space before the comma: Ugandan sites' headers)
WEEKDAY_LEAD = rf"(?:(?:{DAY_NAME}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)[ \t]*,?\s+)?"
MONTH_LEAD = (
    "in|since|by|until|till|to|through|before|after|during|from|between|early|late|mid|end of|beginning of"
)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(
            rf"(?<![\d-])\d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?{ZONE}?)?(?![\d-])"
        ),
    ),
    (
        "time-month-day-year",
        re.compile(
            rf"\b\d{{1,2}}:\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?,\s+"
            rf"(?:{MONTH}\.?\s+\d{{1,2}},\s*|\d{{1,2}}\s+{MONTH}\.?,?\s+){YEAR}\b"  # '19:59, 24 January 2019'
        ),
    ),
    (
        "month-day-year",
        re.compile(rf"\b{WEEKDAY_LEAD}{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+){YEAR}\b{TIME}"),
    ),
    (
        "day-month-year",
        re.compile(rf"\b{WEEKDAY_LEAD}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+{YEAR}\b{TIME}"),
    ),
    # a header whose day runs into its year, 'Jun 122025', 'Apr 092018' (Sri Lankan sites): only on
    # a line of its own, where no other reading of the digits is likely
    ("glued-year", re.compile(rf"(?<![^\n]){MONTH}\.?[ \t]+\d{{1,2}}{YEAR}(?=[ \t]*(?:\n|$))")),
    # "Wednesday (14/8)", "Saturday (17/12/2022)": the bracketed numbers are a second DATE
    # (only after a weekday's name: see WEEKDAY_BEFORE)
    # "this Monday (10)": the day of the month alone (Brazilian copy)
    ("weekday-numbers", re.compile(rf"(?<=day),?[ \t]*\((?P<d>\d{{1,2}}(?:/\d{{1,2}}(?:/{YEAR})?)?)\)")),
    # '15.3.2020', '14.03.2025, 09:18' (a header's time belongs to its span)
    ("dotted", re.compile(rf"(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.{YEAR}(?![\d.]){TIME}")),
    (
        "fiscal",
        re.compile(rf"\b(?:FY\s?)?{YEAR}[/–-](?:\d\d|{YEAR})\b(?![-/.]\d)|\bFY\s?'?(?:{YEAR}|\d\d)\b"),
    ),
    ("month-year", re.compile(rf"\b{MONTH}\.?,?\s+(?:of\s+)?{YEAR}\b")),
    ("month-day", re.compile(rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,:]?\s*\d)")),
    # '25 February', 'the 3rd of March' (day first, no year: in the year of publication)
    ("day-month", re.compile(rf"(?<![\d.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b\.?(?!,?\s*\d)")),
    (
        "month",
        re.compile(rf"\b(?i:{MONTH_LEAD}) (?P<d>{MONTH})\b(?!\s*\d)"),
    ),
    # the second of two months after such a word: 'in January and February', 'between July and
    # September' (the first is the rule above's)
    (
        "month-pair",
        re.compile(rf"\b(?i:{MONTH_LEAD}) {MONTH}\s+(?:and|or|to|through|until)\s+(?P<d>{MONTH})\b(?!\s*\d)"),
    ),
    (
        "relative",
        re.compile(
            r"(?i)\b(?:(?:last|this|next|current)\s+(?:year|month)"
            r"|(?:last|this|next|current|past|previous|coming)\s+(?:financial|fiscal)\s+year"
            r"|year[\s-]to[\s-]date)\b(?![-\w])"
        ),
    ),
    ("relative-day", re.compile(r"\b(?:[Yy]esterday|[Tt]omorrow|[Tt]oday)\b(?!['’]s)")),
    (
        "comparison",
        re.compile(
            r"(?i)\b(?:a\s+year\s+(?:earlier|before|ago)|(?<=the\s)(?:previous|preceding|prior)\s+year)\b"
        ),
    ),
    # 'three years ago', '18 months ago' ('a year ago' is a comparison above)
    (
        "ago",
        re.compile(
            r"(?i)(?<![\w-])(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|thirty|forty|fifty)\s+(?:years?|months?)\s+ago\b"
        ),
    ),
    ("the-year", re.compile(r"\b(?:months|half|quarter|part|end|start|beginning|rest) of the (?P<d>year)\b")),
    ("season", re.compile(r"(?i)\b(?:this|last|next)\s+(?:spring|summer|autumn|fall|winter)\b")),
    ("weekday", re.compile(rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?{DAY_NAME}\b(?!-)")),
    ("anaphoric", re.compile(r"(?i)\b(?:that|same)\s+(?:year|month|day)\b")),
    ("year", re.compile(rf"(?<![\w$€£¥.,/-]){YEAR}(?![\w%/-]|[.,]\d)")),
]
RELATIVE_RULES = {
    "relative", "relative-day", "anaphoric", "month-day", "day-month", "month", "weekday", "comparison", "season", "the-year",
    "weekday-numbers", "ago", "month-pair",
}  # fmt: skip
NUMBERS_AFTER = lazy_compile(rf",?[ \t]*\((?P<d>\d{{1,2}}(?:/\d{{1,2}}(?:/{YEAR})?)?)\)")
WEEKDAY_BEFORE = lazy_compile(rf"\b(?P<w>{DAY_NAME}),?[ \t]*\($")
NAME_BEFORE = lazy_compile(r"[A-Z][\w'’-]*[ \t]+$")
MONTH_RANGE_YEAR = lazy_compile(rf"\s*(?:to|-|–|and|through|until|till)\s+{MONTH}\.?,?\s+(?P<y>{YEAR})\b")
SEASON_STEP = {"this": 0, "last": -1, "next": 1}
AHEAD_BEFORE = lazy_compile(
    r"(?i)\b(?:will|would|shall|'ll|is\s+to|are\s+to|to\s+be|scheduled|expected|plans?\s+to|due|set\s+to)\b"
    r"[^.;!?\n]{0,60}$"
)
HOLIDAY_BEFORE = lazy_compile(r"(?:Black|Good|Cyber|Super|Ash|Easter|Holy|Maundy|Palm|Blue|Giving)\s+$")
YEAR_LIST_GAP = lazy_compile(r"^\s*(?:,|and|or|to|-|–|/|&)\s*(?:and\s+|or\s+)?$")
NUMBER_BEFORE_LIST = lazy_compile(r"\d\s*,\s*$")
NUMBER_AFTER_LIST = lazy_compile(r"^\s*,\s*\d")
NAME_AFTER = lazy_compile(r"^\s+(?:[A-Z][a-z]+|[A-Z]{2,})\b")
COUNTED_AFTER = lazy_compile(r"^\s+(?:[a-z]+s|people|staff|personnel|children|women|men)\b")
COPYRIGHT_BEFORE = lazy_compile(r"(?:©|\([Cc]\)|[Cc]opyright)[ \t]*$")
DATE_CUE_BEFORE = lazy_compile(
    r"(?i)\b(?:in|since|by|of|from|until|till|to|through|between|and|before|after|during|for|"
    r"year|early|late|mid|end|beginning|fiscal|spring|summer|autumn|fall|winter)\s+$"
)


# --- where each pattern can start ------------------------------------------------------------
# Running 17 patterns over every character of an article cost more than all the rest of the
# component. Each pattern below can only start at a few places that cheap scans find (the start
# of a run of digits, a month or day name, a keyword): it is tried there with `match`, which
# gives exactly the matches `finditer` gives (the whole text stays visible to lookbehinds).
DIGIT_RUN = lazy_compile(r"\d+")
NAME3 = lazy_compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun")
# Characters that case-insensitive patterns match to an ASCII letter though str.lower() does not
# give that letter ('ſ' is an 's'): where one occurs, keywords are not looked up in the lower-cased text.
FOLD_ODD = ("\u0130", "\u0131", "\u017f")
MONTH_LEADS = tuple(MONTH_LEAD.split("|"))
THE_YEAR_LEADS = ("months", "half", "quarter", "part", "end", "start", "beginning", "rest")
WEEKDAY_LEADS = ("ast", "ext", "his", "oming")  # [Ll]ast, [Nn]ext, [Tt]his, [Cc]oming less the first letter


class Anchors:
    """The places in one text where the date patterns can start, found on first need."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._digits: list[int] | None = None
        self._names: list[int] | None = None
        self._words: dict[tuple[str, bool], list[int]] = {}  # (word, low) -> where it occurs
        low = text.lower()
        self.low = low if len(low) == len(text) and not any(c in text for c in FOLD_ODD) else None

    def digits(self) -> list[int]:
        if self._digits is None:
            self._digits = [m.start() for m in DIGIT_RUN.finditer(self.text)]
        return self._digits

    def names(self) -> list[int]:
        if self._names is None:
            self._names = [m.start() for m in NAME3.finditer(self.text)]
        return self._names

    def found(self, words: Iterable[str], low: bool = False, shift: int = 0) -> list[int]:
        """Where any of `words` occurs (in the lower-cased text when `low`), moved by `shift`; each
        word is looked for once per text (attribution asks for most of its reporting verbs twice)."""
        text = self.low if low else self.text
        assert text is not None
        out: list[int] = []
        for w in words:
            at = self._words.get((w, low))
            if at is None:
                at = self._words[w, low] = []
                i = text.find(w)
                while i >= 0:
                    at.append(i)
                    i = text.find(w, i + 1)
            out.extend([i + shift for i in at] if shift else at)
        return out

    def before_year(self) -> list[int]:
        """Starts of 'a year ...' and '(previous|preceding|prior) year' (the word 'year' in any case)."""
        out: list[int] = []
        text = self.text
        for y in self.found(("year",), low=True):
            w = y
            while w > 0 and text[w - 1].isspace():
                w -= 1
            if w < y:
                out.extend((w - 1, w - 8, w - 9, w - 5))
        return out

    def starts(self, rule: str) -> list[int] | None:
        """Sorted places where the pattern of `rule` can start; None: search the whole text."""
        if rule in ("iso", "time-month-day-year", "dotted", "year", "day-month"):
            return self.digits()  # (match starts: ascending, distinct, none negative; shared, never changed)
        if rule in ("month-day-year", "month-year", "month-day", "glued-year"):
            return self.names()
        if rule == "day-month-year":
            found = self.digits() + self.names()
        elif rule == "fiscal":
            found = self.digits() + self.found(("FY",))
        elif rule in ("month", "month-pair"):
            found = [n - 1 - len(w) for n in self.names() for w in MONTH_LEADS]
        elif rule == "relative-day":
            found = self.found(("esterday", "omorrow", "oday"), shift=-1)
        elif rule == "the-year":
            found = [q - len(w) for q in self.found((" of the year",)) for w in THE_YEAR_LEADS]
        elif rule == "weekday":
            found = self.names() + self.found(WEEKDAY_LEADS, shift=-1)
        elif rule == "weekday-numbers":
            found = self.found(("day",), shift=3)
        elif self.low is None:
            return None
        elif rule == "relative":
            words = ("last", "this", "next", "current", "past", "previous", "coming", "year")
            found = self.found(words, low=True)
        elif rule == "season":
            found = self.found(("this", "last", "next"), low=True)
        elif rule == "anaphoric":
            found = self.found(("that", "same"), low=True)
        elif rule == "comparison":
            found = self.before_year()
        elif rule == "ago":  # a word start up to 20 characters before ' ago'
            text = self.text
            found = [
                i
                for q in self.found((" ago",), low=True)
                for i in range(max(0, q - 20), q)
                if i == 0 or not text[i - 1].isalnum()  # after a space or a quote: '"Five years ago'
            ]
        else:
            return None
        return sorted({p for p in found if p >= 0})


def matches(
    rx: re.Pattern[str], text: str, starts: list[int] | None, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """rx.finditer(text, pos, endpos), trying only `starts` (every place a match can begin,
    sorted) when given."""
    stop = len(text) if endpos is None else endpos
    if starts is None:
        yield from rx.finditer(text, pos, stop)
        return
    end = pos
    for start in starts[bisect.bisect_left(starts, pos) :]:
        if start >= stop:
            break
        if start < end:
            continue  # inside the last match: finditer never overlaps them
        m = rx.match(text, start, stop)
        if m is not None:
            end = m.end()
            yield m


@Language.factory("newsfacts_dates", default_config={"resolve_relative": True})
def make_dates(nlp: Language, name: str, resolve_relative: bool) -> DateFinder:
    return DateFinder(resolve_relative=resolve_relative)


class DateFinder:
    """DATE spans with ISO values; relative ones resolved against the dateline's date."""

    def __init__(self, resolve_relative: bool = True) -> None:
        self.resolve_relative = resolve_relative

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        masked = masked_text(doc)
        data = doc.user_data.get(USER_KEY, {})
        header_end = 0
        where: tuple[int, int] | None = None
        if "published" in data:  # set by the caller, e.g. for the later pieces of a long article
            published = data["published"]
        else:
            published, where = find_published(text)
            state(doc)["published"] = published
            header_end = where[1] if where else 0
        base = published if self.resolve_relative else None
        taken = Occupied()
        last_value: str | None = None
        found: list[tuple[int, int, str, str | None]] = []
        anchors = Anchors(masked)
        for rule, rx in PATTERNS:
            last_year_end: int | None = None
            for m in matches(rx, masked, anchors.starts(rule)):
                s, e = m.span("d") if "d" in rx.groupindex else m.span()
                if taken.overlaps(s, e):
                    continue
                if rule == "year":
                    if not self._is_year(masked, s, e, last_year_end):
                        continue
                    last_year_end = e
                elif rule == "fiscal" and parse_date(text[s:e]) is None:
                    continue  # '2016-2020' is no fiscal year
                elif rule == "weekday-numbers" and not WEEKDAY_BEFORE.search(masked, max(0, s - 14), s):
                    continue  # "(14/8)" after any other word is a ratio or a score
                elif rule == "weekday" and HOLIDAY_BEFORE.search(masked, max(0, s - 10), s):
                    continue  # 'Black Friday' is an event
                elif rule == "relative-day" and masked[s].isupper() and _inside_name(masked, s):
                    continue  # 'Gulf Today' is a newspaper
                found.append((s, e, rule, None))
                taken.add(s, e)
        if where is not None and published is not None and not taken.overlaps(*where):
            # a header no pattern reads ('Source: hubei.gov.cn 06/12/2024 05:06:25', '3/15/2024')
            found.append((where[0], where[1], "header", None))
        sentence_of: dict[int, int] = {}
        sentences = doc_sentences(doc, text) if found else None
        last_in_sentence: tuple[int, str] | None = None  # (sentence, value)
        last_day: str | None = None
        for s, e, rule, _ in sorted(found):
            span = text[s:e]
            sent = sentences.index(s) if sentences else 0
            sentence_of[s] = sent
            if rule == "anaphoric":
                same_day = span.lower().endswith("day")
                value = _anaphor_value(span, last_day if same_day and last_day else last_value)
            elif rule == "comparison":  # a year before the date it is measured from
                anchor = last_in_sentence[1] if last_in_sentence and last_in_sentence[0] == sent else base
                if "ago" in span.lower():
                    anchor = base
                value = _year_before(anchor if anchor is not base else str(base)[:4] if base else None)
            elif rule == "the-year":  # 'the first nine months of the year': the current year
                value = parse_date("this year", base)
            elif rule == "season":
                year = parse_date("this year", base)
                step = SEASON_STEP[span.split()[0].lower()]
                value = f"{int(year) + step:04d}" if year else None
            elif rule in ("month", "month-pair"):
                value = parse_date(span, base)
                ranged = MONTH_RANGE_YEAR.match(text, e)
                if ranged:  # 'from January to November 2023': the year the range gives
                    value = parse_date(f"{span} {ranged.group('y')}")
                value = value if value and (base or ranged) else None
            elif rule == "header":
                value = published if isinstance(published, str) else None
            elif rule in ("month-day", "day-month"):
                value = parse_date(span, base)
                value = value if value and base else None
            elif rule == "weekday-numbers":
                day = WEEKDAY_BEFORE.search(masked, max(0, s - 14), s)
                value = day_month_after_weekday(day.group("w"), span, base) if day else None
                if value is None and base is not None and span.isdigit():
                    continue  # 'Monday (11)' where no 11th near the date is a Monday: not its day
            elif rule == "weekday":
                numbers = NUMBERS_AFTER.match(masked, e)
                value = day_month_after_weekday(span, numbers.group("d"), base) if numbers else None
                if value is None:  # 'Thursday (8/8)': the numbers say which Thursday
                    ahead = bool(AHEAD_BEFORE.search(masked, max(0, s - 80), s))
                    value = parse_date(span, base, ahead=ahead)
            else:
                value = parse_date(span, base)
            if value is None and rule not in RELATIVE_RULES:
                continue
            if value is not None:
                last_value = value
                last_in_sentence = (sent, value)
                if len(value) == 10 and s >= header_end:
                    last_day = value  # 'the same day' points back to a day of the story, not the header
            add_candidate(doc, Candidate(s, e, "DATE", f"date-{rule}", attrs={"value": value}))
        return doc

    @staticmethod
    def _is_year(text: str, start: int, end: int, last_year_end: int | None) -> bool:
        if COPYRIGHT_BEFORE.search(text, max(0, start - 12), start):
            return True  # 'Copyright © 2025 Daily News': the year of the notice, whatever name follows
        after = text[end : end + 40]
        if NAME_AFTER.match(after) and not re.match(rf"^\s+{MONTH}\b", after):
            return False  # "2020 National Science ... Awards": a year inside a name
        cued = bool(DATE_CUE_BEFORE.search(text[max(0, start - 20) : start]))
        if NUMBER_BEFORE_LIST.search(text, max(0, start - 12), start) or NUMBER_AFTER_LIST.match(after):
            # Inside a list of numbers ("1, 2, ..., 2000, 2001"), a year only where the text says
            # so: a date word before it, or a year accepted just before ("in 2015, 2016 and 2017").
            chained = last_year_end is not None and bool(YEAR_LIST_GAP.match(text[last_year_end:start]))
            return cued or chained
        # "2000 enterprises" is a count unless a date word comes before ("in 2016 exports rose").
        return not COUNTED_AFTER.match(after) or cued


def _anaphor_value(span: str, last: str | None) -> str | None:
    """'that year', 'the same day' take the date written before them, at the precision asked
    or the one that date has when it is coarser ('September 2023 ... the same day' -> 2023-09)."""
    if last is None:
        return None
    unit = span.split()[-1].lower()
    if unit not in ("year", "month", "day"):
        return None
    return last[: {"year": 4, "month": 7, "day": 10}[unit]]


def _year_before(anchor: object) -> str | None:
    """The same point a year before a date value, at its precision ('2017' -> '2016',
    '2025-01' -> '2024-01')."""
    if anchor is None:
        return None
    value = str(anchor)
    year = value[:4]
    if not year.isdigit():
        return None
    shifted = f"{int(year) - 1:04d}{value[4:]}"
    return shifted[:7] if shifted.endswith("-02-29") else shifted


def _inside_name(text: str, start: int) -> bool:
    """Whether a capitalised word at `start` follows a capitalised word on the same line
    ('Gulf Today'): part of a name, not a date."""
    return NAME_BEFORE.search(text, max(0, start - 40), start) is not None
