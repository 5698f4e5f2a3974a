"""DATE: calendar expressions found by patterns, normalised against the article's dateline."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import (
    USER_KEY,
    Candidate,
    Occupied,
    add_candidate,
    masked_text,
    raw_text,
    state,
)
from pipeline.normalize import parse_date
from pipeline.read import find_published

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
TIME = r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
YEAR = r"(?:1[89]\d\d|20\d\d)"
DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY_LEAD = rf"(?:(?:{DAY_NAME}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?![\d-])")),
    (
        "time-month-day-year",
        re.compile(rf"\b\d{{1,2}}:\d{{2}}(?:\s*[AaPp]\.?[Mm]\.?)?,\s+{MONTH}\.?\s+\d{{1,2}},\s*{YEAR}\b"),
    ),
    (
        "month-day-year",
        re.compile(rf"\b{WEEKDAY_LEAD}{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*|\s+){YEAR}\b{TIME}"),
    ),
    (
        "day-month-year",
        re.compile(rf"\b{WEEKDAY_LEAD}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+{YEAR}\b"),
    ),
    ("dotted", re.compile(rf"(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.{YEAR}(?![\d.])")),
    (
        "fiscal",
        re.compile(rf"\b(?:FY\s?)?{YEAR}[/–-](?:\d\d|{YEAR})\b(?![-/.]\d)|\bFY\s?'?(?:{YEAR}|\d\d)\b"),
    ),
    ("month-year", re.compile(rf"\b{MONTH}\.?,?\s+(?:of\s+)?{YEAR}\b")),
    ("month-day", re.compile(rf"\b{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,:]?\s*\d)")),
    (
        "month",
        re.compile(
            rf"\b(?i:in|since|by|until|from|early|late|mid|end of|beginning of) "
            rf"(?P<d>{MONTH})\b(?!\s*\d)"
        ),
    ),
    (
        "relative",
        re.compile(
            r"(?i)\b(?:(?:last|this|next|current)\s+(?:year|month)"
            r"|(?:last|this|next|current|past|previous|coming)\s+(?:financial|fiscal)\s+year"
            r"|year[\s-]to[\s-]date)\b(?![-\w])"
        ),
    ),
    ("relative-day", re.compile(r"\b(?:[Yy]esterday|[Tt]omorrow|[Tt]oday)\b")),
    ("weekday", re.compile(rf"\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\s+)?{DAY_NAME}\b(?!-)")),
    ("anaphoric", re.compile(r"(?i)\b(?:that|same)\s+(?:year|month|day)\b")),
    ("year", re.compile(rf"(?<![\w$€£¥.,/-]){YEAR}(?![\w%/-]|[.,]\d)")),
]
RELATIVE_RULES = {"relative", "relative-day", "anaphoric", "month-day", "month", "weekday"}
AHEAD_BEFORE = re.compile(
    r"(?i)\b(?:will|would|shall|'ll|is\s+to|are\s+to|to\s+be|scheduled|expected|plans?\s+to|due|set\s+to)\b"
    r"[^.;!?\n]{0,60}$"
)
HOLIDAY_BEFORE = re.compile(r"(?:Black|Good|Cyber|Super|Ash|Easter|Holy|Maundy|Palm|Blue|Giving)\s+$")
YEAR_LIST_GAP = re.compile(r"^\s*(?:,|and|or|to|-|–|/|&)\s*(?:and\s+|or\s+)?$")
NUMBER_BEFORE_LIST = re.compile(r"\d\s*,\s*$")
NUMBER_AFTER_LIST = re.compile(r"^\s*,\s*\d")
NAME_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+|[A-Z]{2,})\b")
COUNTED_AFTER = re.compile(r"^\s+(?:[a-z]+s|people|staff|personnel|children|women|men)\b")
DATE_CUE_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|of|from|until|till|to|through|between|and|before|after|during|for|"
    r"year|early|late|mid|end|beginning|fiscal|spring|summer|autumn|fall|winter)\s+$"
)


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
        if "published" in data:  # set by the caller, e.g. for the later pieces of a long article
            published = data["published"]
        else:
            published, _ = find_published(text)
            state(doc)["published"] = published
        base = published if self.resolve_relative else None
        taken = Occupied()
        last_value: str | None = None
        found: list[tuple[int, int, str, str | None]] = []
        for rule, rx in PATTERNS:
            last_year_end: int | None = None
            for m in rx.finditer(masked):
                s, e = m.span("d") if "d" in rx.groupindex else m.span()
                if taken.overlaps(s, e):
                    continue
                if rule == "year":
                    if not self._is_year(masked, s, e, last_year_end):
                        continue
                    last_year_end = e
                elif rule == "fiscal" and parse_date(text[s:e]) is None:
                    continue  # '2016-2020' is no fiscal year
                elif rule == "weekday" and HOLIDAY_BEFORE.search(masked, max(0, s - 10), s):
                    continue  # 'Black Friday' is an event
                found.append((s, e, rule, None))
                taken.add(s, e)
        for s, e, rule, _ in sorted(found):
            span = text[s:e]
            if rule == "anaphoric":
                value = _anaphor_value(span, last_value)
            elif rule in ("month-day", "month"):
                value = parse_date(span, base)
                value = value if value and base else None
            elif rule == "weekday":
                ahead = bool(AHEAD_BEFORE.search(masked, max(0, s - 80), s))
                value = parse_date(span, base, ahead=ahead)
            else:
                value = parse_date(span, base)
            if value is None and rule not in RELATIVE_RULES:
                continue
            if value is not None:
                last_value = value
            add_candidate(doc, Candidate(s, e, "DATE", f"date-{rule}", attrs={"value": value}))
        return doc

    @staticmethod
    def _is_year(text: str, start: int, end: int, last_year_end: int | None) -> bool:
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
    """'that year' takes the year of the date written before it, at the precision asked."""
    if last is None:
        return None
    unit = span.split()[-1].lower()
    if unit not in ("year", "month", "day"):
        return None
    want = {"year": 4, "month": 7, "day": 10}[unit]
    return last[:want] if len(last) >= want else None
