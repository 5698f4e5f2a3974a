"""MONEY and PERCENT: amounts found by patterns built from the currency table."""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import Candidate, add_candidate, masked_text, qualifier, raw_text
from pipeline.normalize import NUMBER_WORDS, parse_money, parse_percent
from pipeline.ruledata import load_currencies

DIGIT_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
WORD_NUM = (
    r"(?:(?:a|an|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:[\s-]+(?:and\s+)?(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))*)"
)
SCALE = r"(?:\s*(?:thousand|million|billion|trillion)\b|(?:bn|mn|mln|tn|trn|k|m|b)\b|\s(?:bn|mn|mln)\b)"


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@functools.cache
def money_regex() -> re.Pattern[str]:
    cur = load_currencies()
    symbols = _alt(list(cur.symbols))
    codes = _alt(list(cur.codes))
    words = _alt(list(cur.words)).replace(r"\ ", r"\s+")
    number = rf"(?:{DIGIT_NUM}(?:{SCALE})?|(?i:{WORD_NUM})(?:\s+(?:thousand|million|billion|trillion))?)"
    return re.compile(
        rf"(?<![\w$€£¥])(?:(?:{symbols})\s?{DIGIT_NUM}(?:{SCALE})?"
        rf"|\b(?:{codes})\s?{DIGIT_NUM}(?:{SCALE})?"
        rf"|\b{number}\s*(?:(?-i:{codes})|(?i:{words}))\b)(?![\w$])"
    )


PERCENT_RX = re.compile(
    rf"(?<![\w.,]){DIGIT_NUM}\s?%|(?<![\w.,])(?:{DIGIT_NUM}|{WORD_NUM})\s*(?:percent|per\s+cent|pct)\b",
    re.IGNORECASE,
)
CONVERSION_GAP = re.compile(r"^\s*\(\s*$")


@Language.factory(
    "newsfacts_money",
    default_config={"yen_sign_currency": "CNY", "link_conversions": True},
)
def make_money(nlp: Language, name: str, yen_sign_currency: str, link_conversions: bool) -> MoneyFinder:
    return MoneyFinder(yen_sign_currency=yen_sign_currency, link_conversions=link_conversions)


class MoneyFinder:
    """MONEY spans with value and ISO currency; a bracketed conversion links to its amount."""

    def __init__(self, yen_sign_currency: str = "CNY", link_conversions: bool = True) -> None:
        if not re.fullmatch(r"[A-Z]{3}", yen_sign_currency):
            raise ValueError(f"yen_sign_currency must be an ISO 4217 code, got {yen_sign_currency!r}")
        self.yen = yen_sign_currency
        self.link = link_conversions

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        masked = masked_text(doc)
        prev: Candidate | None = None
        for m in money_regex().finditer(masked):
            span = text[m.start() : m.end()]
            money = parse_money(span, yen_sign=self.yen)
            if money is None:
                continue
            attrs: dict[str, object] = {"value": money.value, "currency": money.currency}
            q = qualifier(text, m.start(), m.end())
            if q:
                attrs["qualifier"] = q
            if (
                self.link
                and prev is not None
                and CONVERSION_GAP.match(text[prev.end : m.start()])
                and text[m.end() : m.end() + 1] == ")"
            ):
                attrs["converts"] = {"start": prev.start, "end": prev.end}
            cand = Candidate(m.start(), m.end(), "MONEY", "money", attrs=attrs)
            add_candidate(doc, cand)
            prev = cand
        return doc


@Language.factory("newsfacts_percent", default_config={})
def make_percent(nlp: Language, name: str) -> PercentFinder:
    return PercentFinder()


class PercentFinder:
    """PERCENT spans ('15.4 percent', '9%') with numeric value."""

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
