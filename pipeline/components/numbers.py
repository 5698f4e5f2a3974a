"""MONEY and PERCENT: amounts found by patterns built from the currency lexicon."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import Candidate, add_candidate, masked_text, qualifier, raw_text
from pipeline.normalize import (
    GROUPED,
    NUMBER_WORDS,
    Money,
    currency_forms,
    parse_money,
    parse_number,
    parse_percent,
    scale_words,
)
from pipeline.ruledata import load_currencies, load_places

WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
WORD_NUM = rf"(?:(?:a|an|{WORDS})(?:[\s-]+(?:and\s+)?(?:{WORDS}))*)"
FRACTION_NUM = r"(?:(?:a|one)[\s-]+(?:half|quarter)(?:\s+of)?(?:\s+an?)?|half\s+an?)"
DIGIT_NUM = rf"(?<![\d.,])(?:{GROUPED})"


def _alt(forms: Iterable[str]) -> str:
    out = []
    for f in sorted(forms, key=len, reverse=True):
        rx = re.escape(f).replace(r"\ ", r"\s+")
        if f.endswith("$") and len(f) > 1 and f[:-1].isalpha():
            rx = rx[: -len(r"\$")] + r"\s?\$"  # 'C $ 12 million', 'HK $ 3 billion'
        out.append(rx)
    return "|".join(out)


@functools.cache
def money_regex() -> re.Pattern[str]:
    """One pattern for every shape of amount; parse_money decides what it is worth."""
    cur = load_currencies()
    forms = currency_forms()
    scales = _alt([w for w in scale_words() if w.isalpha()])
    tight = rf"(?:(?i:{scales})(?:\s+(?i:crore|crores))?(?![\w]))"  # 'million', 'lakh crore'
    scale = rf"(?:\s*-?\s*{tight})"
    before = _alt(forms.before)
    names = [f for f in forms.after if f.islower() or (not f.isalpha() and f.lower() == f)]
    cased = [f for f in forms.after if f not in names]
    after = rf"(?:(?i:{_alt(names)})|{_alt(cased)})"
    codes = _alt(cur.codes)
    letters = "".join(sorted(cur.scaled_code_prefixes))
    number = rf"(?:{DIGIT_NUM}|(?i:{FRACTION_NUM}|\b{WORD_NUM}))"
    return re.compile(
        rf"(?<![\w$€£¥])(?P<pre>{before})\s?{DIGIT_NUM}{scale}?"
        rf"|(?<![\w$€£¥]){DIGIT_NUM}\s*(?:{codes})\s+{tight}"
        rf"|(?<![\w$€£¥]){number}{scale}?\s*-?\s*(?:{after})(?![\w$])"
        rf"|(?<![\w$€£¥]){DIGIT_NUM}\s*[{letters}](?:{codes})\b"
    )


PERCENT_RX = re.compile(
    rf"(?<![\w.,]){DIGIT_NUM}\s?%"
    rf"|(?<![\w.,])(?:{DIGIT_NUM}|\b{WORD_NUM})\s*-?\s*(?:percentage\s+points?|percent|per\s+cent|pct)\b",
    re.IGNORECASE,
)
QUALIFIER_IN_BRACKET = (
    r"(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more than|less than|"
    r"up to|at least|at most|or|equal to|equivalent to|worth|c\.|ca\.)"
)
CONVERSION_GAP = re.compile(rf"(?i)^\s*\(\s*(?:{QUALIFIER_IN_BRACKET}\s+)?$")
CENTS_AFTER = re.compile(r"(?i)\s+(?:and\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+cents?\b")
LIST_BEFORE = re.compile(
    rf"(?P<list>(?:(?<![\w.,]){GROUPED}\s*,\s*)*(?<![\w.,]){GROUPED})\s*,?\s+(?:and|or|to)\s+$"
)
LIST_NUMBER = re.compile(rf"(?<![\w.,])(?:{GROUPED})")
PLACE_WORDS = re.compile(r"\b[A-Z][A-Za-z'’.-]+(?:[ -](?:[A-Z][A-Za-z'’-]+)){0,2}")
NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "This",
        "That",
        "It",
        "He",
        "She",
        "They",
        "We",
        "In",
        "On",
        "At",
        "For",
        "And",
        "But",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "President",
        "Minister",
        "Premier",
        "Government",
    ]
)
COUNTRY_SCAN = 20_000  # characters of an article read to find where it is set
DATELINE_WEIGHT = 3
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,[^\n—–-]{0,60})?\s*[—–-]")


def article_country(text: str) -> str | None:
    """The country (ISO 3166 alpha-2) an article is set in: the place of its dateline, else the
    country its place names point to most often."""
    places = load_places()
    votes: Counter[str] = Counter()
    head = text[:COUNTRY_SCAN]
    for m in PLACE_WORDS.finditer(head):
        words = m.group().split()
        i = 0
        while i < len(words):
            for n in range(len(words) - i, 0, -1):
                name = " ".join(words[i : i + n])
                if name in NOT_PLACES:
                    continue
                found = places.get(name) or (places.get(name.title()) if name.isupper() else None)
                if found:
                    weight = 2 if found[0].feature == "country" else 1
                    if m.start() < 400 and DATELINE_AFTER.match(head, m.end()):
                        weight *= DATELINE_WEIGHT  # 'TORONTO —', 'KUALA LUMPUR, March 8 —'
                    if found[0].country_code:
                        votes[found[0].country_code] += weight
                    i += n - 1
                    break
            i += 1
    if not votes:
        return None
    ranked = [*votes.most_common(2), ("", 0)]
    return ranked[0][0] if ranked[0][1] > ranked[1][1] else None


@Language.factory(
    "newsfacts_money",
    default_config={"yen_sign_currency": "CNY", "link_conversions": True, "split_lists": True},
)
def make_money(
    nlp: Language, name: str, yen_sign_currency: str, link_conversions: bool, split_lists: bool
) -> MoneyFinder:
    return MoneyFinder(
        yen_sign_currency=yen_sign_currency, link_conversions=link_conversions, split_lists=split_lists
    )


class MoneyFinder:
    """MONEY spans with value and ISO currency; a bracketed conversion links to its amount."""

    def __init__(
        self, yen_sign_currency: str = "CNY", link_conversions: bool = True, split_lists: bool = True
    ) -> None:
        if not re.fullmatch(r"[A-Z]{3}", yen_sign_currency):
            raise ValueError(f"yen_sign_currency must be an ISO 4217 code, got {yen_sign_currency!r}")
        self.yen = yen_sign_currency
        self.link = link_conversions
        self.split_lists = split_lists

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        masked = masked_text(doc)
        prev: Candidate | None = None
        country: list[str | None] = []  # found on first need
        cur = load_currencies()

        def where() -> str | None:
            if not country:
                country.append(article_country(text))
            return country[0]

        for m in money_regex().finditer(masked):
            start, end = m.start(), m.end()
            span = text[start:end]
            money = parse_money(span, yen_sign=self.yen)
            pre = m.group("pre")
            needs_place = pre is not None and (pre in cur.ambiguous or pre in cur.country_only)
            if money is None or needs_place or _ambiguous_after(span):
                money = parse_money(span, yen_sign=self.yen, country=where())
            if money is None:
                continue
            cents = CENTS_AFTER.match(text, end)
            if cents:
                with_cents = parse_money(text[start : cents.end()], yen_sign=self.yen, country=where())
                if with_cents is not None:
                    money, end = with_cents, cents.end()
            if self.split_lists and pre is None:
                self._list_members(doc, text, start, span, money)
            attrs: dict[str, object] = {"value": money.value, "currency": money.currency}
            q = qualifier(text, start, end)
            if q:
                attrs["qualifier"] = q
            if (
                self.link
                and prev is not None
                and CONVERSION_GAP.match(text[prev.end : start])
                and text[end : end + 1] == ")"
            ):
                attrs["converts"] = {"start": prev.start, "end": prev.end}
            cand = Candidate(start, end, "MONEY", "money", attrs=attrs)
            add_candidate(doc, cand)
            prev = cand
        return doc

    def _list_members(self, doc: Doc, text: str, start: int, span: str, money: Money) -> None:
        """'investments of 5, 12.5 and 0.8 billion euros': the bare numbers before the amount
        share its scale and currency, each a MONEY of its own."""
        m = LIST_BEFORE.search(text, max(0, start - 120), start)
        if not m or m.end() != start:
            return
        first = re.match(rf"\s*(?:{GROUPED})", span)
        own = parse_number(first.group()) if first else None
        if not own:
            return
        for n in LIST_NUMBER.finditer(text, m.start("list"), m.end("list")):
            value = parse_number(n.group())
            if value is None:
                continue
            scaled = value * money.value / own
            scaled = int(scaled) if float(scaled).is_integer() else scaled
            attrs: dict[str, object] = {"value": scaled, "currency": money.currency}
            add_candidate(doc, Candidate(n.start(), n.end(), "MONEY", "money-list", attrs=attrs))


def _ambiguous_after(span: str) -> bool:
    """Whether the currency word after a number is shared by several currencies ('dollars')."""
    cur = load_currencies()
    tail = span.rsplit(None, 1)[-1].lower() if span.split() else ""
    return tail in cur.ambiguous or tail in ("dollar", "dollars")


@Language.factory("newsfacts_percent", default_config={})
def make_percent(nlp: Language, name: str) -> PercentFinder:
    return PercentFinder()


class PercentFinder:
    """PERCENT spans ('15.4 percent', '9%', '2 percentage points') with numeric value."""

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        for m in PERCENT_RX.finditer(masked_text(doc)):
            value = parse_percent(text[m.start() : m.end()])
            if value is None:
                continue
            attrs: dict[str, object] = {"value": value}
            q = qualifier(text, m.start(), m.end())
            if q:
                attrs["qualifier"] = q
            add_candidate(doc, Candidate(m.start(), m.end(), "PERCENT", "percent", attrs=attrs))
        return doc
