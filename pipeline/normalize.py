"""Pure normalisers: text of a span -> value. No spaCy here.

Each returns None for text it cannot read; none of them raises on any string.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from pipeline.lazyre import lazy_compile
from pipeline.ruledata import load_currencies

Number = int | float

SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
NUMBER_WORDS = frozenset(SMALL) - {"a", "an"} | frozenset(SCALES)
# Digits with thousands grouped by commas (',' or U+201A), by spaces ('3 000', as in South Africa
# and Europe) or the Indian way ('1,00,000'), then decimals.
GROUPED = (
    r"(?:(?:\d{1,3}(?:[,\u201a]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d)|\d+)(?:\.\d+)?|\.\d+)"
)
DIGITS_SCALE = lazy_compile(rf"^(?P<num>{GROUPED})(?:\s*-?\s*(?P<scale>[A-Za-z]+(?:[\s-]+[A-Za-z]+)?))?$")
FRACTION = lazy_compile(
    r"(?i)^(?:(?P<whole>[\w.,]+)\s+and\s+)?(?:a|one)[\s-]+(?P<part>half|quarter|third)"
    r"(?:\s+(?:of\s+)?an?)?[\s-]+(?P<scale>[a-z]+)$|^(?P<part2>half)\s+an?\s+(?P<scale2>[a-z]+)$"
)
FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "third": Decimal(1) / 3}
MAX_WORDS = 12
# '11,4 billion': a comma before one or two digits, then a scale word, is a decimal comma
# (francophone and European copy); '11,400' keeps its thousands comma.
DECIMAL_COMMA = lazy_compile(
    r"^(?P<whole>\d{1,3}),(?P<part>\d{1,2})\s*-?\s*(?P<scale>[A-Za-z]+(?:[\s-]+[A-Za-z]+)?)$"
)


# Latin letters that Unicode gives no decomposition, so NFKD keeps them: 'Łódź' -> 'Lodz'
# needs ł -> l as well as the stripped accents (the spellings English text and GeoNames'
# ASCII names use).
UNDECOMPOSED = str.maketrans(
    {
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i", "ß": "ss",
        "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d",
        "Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t",
    }
)  # fmt: skip


def fold_name(text: str) -> str:
    """'Montréal' -> 'Montreal', 'Łódź' -> 'Lodz', 'Tromsø' -> 'Tromso': a name without
    accents or other marks, as English text often spells it."""
    if text.isascii():
        return text
    text = text.translate(UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.cache
def scale_words() -> dict[str, int]:
    """Scale word -> factor: 'million', 'bn', 'mil', 'crore', 'lakh' (currencies_news.json)."""
    table = dict(load_currencies().scales)
    table.update(SCALES)
    return table


def scale_factor(text: str) -> int | None:
    """'billion' -> 10**9; 'lakh crore' -> 10**12; None for words that are no scale."""
    factor = 1
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w]
    if not words or len(words) > 2:
        return None
    for w in words:
        f = scale_words().get(w)
        if f is None:
            return None
        factor *= f
    return factor


def _as_number(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_words(words: list[str]) -> Decimal | None:
    """'two hundred and five' -> 205; 'a hundred' -> 100; None if not a number."""
    if not words or len(words) > MAX_WORDS:
        return None
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    for i, w in enumerate(words):
        if w == "and" and seen:
            continue
        if w in ("a", "an") and i == 0 and len(words) > 1:
            current = Decimal(1)
            continue
        if w in SMALL and w not in ("a", "an", "dozen"):
            current += SMALL[w]
            seen = True
        elif w in ("hundred", "dozen"):
            current = (current or Decimal(1)) * (100 if w == "hundred" else 12)
            seen = True
        elif w in SCALES:
            total += (current or Decimal(1)) * SCALES[w]
            current = Decimal(0)
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> Number | None:
    """'1,200' -> 1200, '1.2 million' -> 1200000, 'twenty-five' -> 25, '800m' -> 800000000,
    '3 000' -> 3000, '1,00,000' -> 100000, 'half a million' -> 500000, '2,450 crore'."""
    if not isinstance(text, str):
        return None
    return _parse_number_cached(text)


# an article's numbers recur ('2024', '1.2 billion'), each read once: the value depends on the text
# alone and is an int or float (immutable)
@functools.lru_cache(maxsize=8192)
def _parse_number_cached(text: str) -> Number | None:
    s = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    if not s or len(s) > 80:
        return None
    m = DIGITS_SCALE.match(s)
    if m:
        try:
            num = Decimal(re.sub(r"[,\u201a\s]", "", m.group("num")))
        except InvalidOperation:
            return None
        scale = m.group("scale")
        if scale is None:
            return _as_number(num)
        factor = scale_factor(scale)
        if factor is None:
            return None
        return _as_number(num * factor)
    m = DECIMAL_COMMA.match(s)
    if m:
        factor = scale_factor(m.group("scale"))
        if factor is None:
            return None
        return _as_number(Decimal(f"{m.group('whole')}.{m.group('part')}") * factor)
    m = FRACTION.match(s)
    if m:
        part = FRACTIONS[(m.group("part") or m.group("part2")).lower()]
        factor = scale_factor(m.group("scale") or m.group("scale2"))
        whole = Decimal(0)
        if m.group("whole"):
            w = parse_number(m.group("whole"))
            if w is None:
                return None
            whole = Decimal(str(w))
        if factor is None:
            return None
        return _as_number(((whole + part) * factor).quantize(Decimal(1)) if factor > 1 else whole + part)
    words = [w for w in re.split(r"[\s\-]+", s.lower()) if w]
    value = _parse_words(words)
    if value is None and len(words) >= 2:  # 'three lakh', 'two crore'
        head = _parse_words(words[:-1])
        factor = scale_words().get(words[-1]) if words[-1] not in SCALES else None
        if head is not None and factor is not None and len(words[-1]) > 2:
            value = head * factor
    return None if value is None else _as_number(value)


def parse_count(text: str) -> int | None:
    """The integer a COUNT stands for (SPEC 2.7): '5,700' -> 5700, 'eight' -> 8, '16 000' -> 16000,
    '1.2 million' -> 1200000, 'half a million' -> 500000; None for fractions ('2.5'), ordinals,
    negative numbers and words that are no number."""
    value = parse_number(text)
    if isinstance(value, float) and value.is_integer() and value >= 1000:
        value = int(value)
    return value if isinstance(value, int) and value >= 0 else None


class Money(NamedTuple):
    value: Number
    currency: str


class CurrencyForms(NamedTuple):
    before: list[str]  # forms written before the number, longest first
    after: list[str]  # forms written after it, longest first


@functools.cache
def currency_forms() -> CurrencyForms:
    """Every currency form of the lexicon, split by where it is written."""
    cur = load_currencies()
    codes = cur.codes - cur.not_currency
    local_names = {f for f in cur.country_only if f.isalpha() and f.islower()}  # 'dong'
    symbols = set(cur.prefixes) | (set(cur.country_only) - local_names)
    symbols |= set(cur.ambiguous) - cur.ambiguous_words
    before = sorted(symbols | codes | cur.names_before, key=lambda f: (-len(f), f))
    after = set(cur.suffixes) | set(cur.ambiguous) | codes | local_names
    after |= {f for f in cur.prefixes if (len(f) > 1 or not f.isascii()) and not f.endswith("$")}
    after -= {"$", "R", "N", "K", "L", "P", "Q", "E", "D", "G", "S", "Br"} | (
        set(cur.country_only) - local_names
    )
    return CurrencyForms(before, sorted(after, key=lambda f: (-len(f), f)))


@functools.cache
def _form_sets() -> tuple[frozenset[str], int, dict[str, str]]:
    """Forms before a number and their longest length; forms after it, keyed as looked up
    (lower-case for names, exact for codes and symbols)."""
    forms = currency_forms()
    after = {(f.lower() if f.islower() else f): f for f in forms.after}
    return frozenset(forms.before), max(len(f) for f in forms.before), after


def _form_before(s: str) -> str | None:
    """The longest currency form that `s` starts with, ending where a number can begin."""
    before, longest, _ = _form_sets()
    for n in range(min(longest, len(s) - 1), 0, -1):
        form, rest = s[:n], s[n:]
        if form in before and not (form[-1].isalpha() and rest[:1].isalpha()):
            return form
    return None


def _form_after(s: str) -> str | None:
    """The longest currency form (of up to four words) that `s` ends with, as written in `s`."""
    _, _, after = _form_sets()
    words = s.split(" ")
    for k in range(min(4, len(words) - 1), 0, -1):
        tail = " ".join(words[-k:])
        if (tail.lower() in after and after[tail.lower()].islower()) or tail in after:
            return tail
    if s and not s[-1].isascii() and s[-1] in after and len(s) > 1:  # '5000€'
        return s[-1]
    if s.endswith(SHILLING_MARK) and len(s) > 2 and s[-3].isalnum() and SHILLING_MARK in after:
        return SHILLING_MARK  # '65bn/-', '500,000/-'
    return None


# East African papers close an amount in shillings with '/-' ('65bn/-', 'Sh3.2bn/-')
SHILLING_MARK = "/-"
SPACED_DOLLAR = lazy_compile(r"^((?!A\s)[A-Z][A-Za-z.]{0,3})\s+\$")  # C $ 12 million; not a $5 bill
HYPHEN_WORD = lazy_compile(r"(?<=[\w.])-\s*(?=[A-Za-z])")
CENTS = lazy_compile(r"(?i)^(?P<main>.+?)\s+(?:and\s+)?(?P<cents>\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+cents?$")
CODE_THEN_SCALE = lazy_compile(r"^(?P<num>[\d.,\u201a ]+?)\s*(?P<code>[A-Z]{3})\s+(?P<scale>[A-Za-z]+)$")
SCALED_CODE = lazy_compile(r"^(?P<head>.*?)\s*(?P<letter>[A-Z])(?P<code>[A-Z]{3})$")
# An ISO code right before or after an amount with a scale word: 'MAD 620 million', '5bn TRY'.
CODE_AMOUNT = lazy_compile(r"^(?P<code>[A-Z]{3})\s?(?P<num>\d.*)$|^(?P<num2>.*\D)\s(?P<code2>[A-Z]{3})$")


def parse_money(text: str, yen_sign: str = "CNY", country: str | None = None) -> Money | None:
    """'36.5 billion yuan' -> Money(36500000000, 'CNY'); 'HK$3.2 million' -> (3200000, 'HKD');
    'Rs 2,450 crore' -> (24500000000, 'INR'). `country` (ISO 3166 alpha-2) is where the article
    is set: it decides forms shared by several currencies ('$' in Canada is CAD, 'kr' in Norway NOK)."""
    if not isinstance(text, str) or not isinstance(yen_sign, str):
        return None
    if country is not None and not isinstance(country, str):
        return None
    return _parse_money_cached(text, yen_sign, country)


@functools.lru_cache(maxsize=8192)
def _parse_money_cached(text: str, yen_sign: str, country: str | None) -> Money | None:
    s = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
    if not s or len(s) > 80:
        return None
    m = CENTS.match(s)
    if m:
        main = _parse_money_cached(m.group("main"), yen_sign, country)
        cents = parse_number(m.group("cents"))
        if main is None or not isinstance(cents, int) or not 0 <= cents < 100:
            return None
        return Money(_as_number(Decimal(str(main.value)) + Decimal(cents) / 100), main.currency)
    s = HYPHEN_WORD.sub(" ", SPACED_DOLLAR.sub(r"\1$", s))
    cur = load_currencies()
    m = CODE_THEN_SCALE.match(s)
    if m and m.group("code") in cur.codes:  # '40 USD million'
        value = parse_number(f"{m.group('num')} {m.group('scale')}")
        return Money(value, m.group("code")) if value is not None and value >= 0 else None
    currency: str | None = None
    head = ""
    factor = 1
    form = _form_before(s)
    if form is not None:
        currency = yen_sign if form in ("¥", "￥") else cur.resolve(form, country)
        head = s[len(form) :].strip().removesuffix(SHILLING_MARK)
        if form in cur.names_before and not _has_scale(head):
            return None  # 'Euro 2024' is a tournament; 'Euro40 million' is money
    else:
        form = _form_after(s)
        if form is not None:
            currency = cur.resolve(form, country)
            head = s[: len(s) - len(form)].strip()
        else:
            m = SCALED_CODE.match(s)
            if m and m.group("code") in cur.codes and m.group("letter") in cur.scaled_code_prefixes:
                currency = m.group("code")
                factor = cur.scaled_code_prefixes[m.group("letter")]
                head = m.group("head")
    if currency is None:
        return _code_with_scale(s)
    if not head:
        return None
    value = parse_number(head)
    if value is None or value < 0:
        return None
    return Money(_as_number(Decimal(str(value)) * factor) if factor != 1 else value, currency)


def _code_with_scale(s: str) -> Money | None:
    """'MAD 620 million', '18.6 trillion VND': any ISO 4217 code, even one that is also a word
    (currencies_news.json `not_currency`), is money next to an amount with a scale word."""
    m = CODE_AMOUNT.match(s)
    if not m:
        return None
    code = m.group("code") or m.group("code2")
    num = m.group("num") or m.group("num2")
    if code not in load_currencies().codes or not _has_scale(num):
        return None
    value = parse_number(num)
    return Money(value, code) if value is not None and value >= 0 else None


def _has_scale(num: str) -> bool:
    """Whether an amount ends in a scale word ('620 million', '1.2bn', 'two crore')."""
    words = re.findall(r"[A-Za-z]+", num)
    return bool(words) and scale_factor(words[-1]) is not None


PERCENT_RE = lazy_compile(
    r"^(?P<num>.+?)\s*-?\s*(?:%|percent|per\s+cent|pct|percentage\s+points?)$|^(?P<pc>\d[\d.,]*)(?-i:pc)$",
    re.IGNORECASE,
)


def parse_percent(text: str) -> Number | None:
    """'15.4 percent' -> 15.4, '9%' -> 9, 'nine per cent' -> 9, '40pc' -> 40 (South Asian and
    British copy; only after digits)."""
    if not isinstance(text, str):
        return None
    m = PERCENT_RE.match(text.strip().replace("\u00a0", " "))
    if not m:
        return None
    return parse_number(m.group("num") or m.group("pc"))


RELATIVE_RE = lazy_compile(
    r"^(?P<rel>last|this|next|previous|coming|current|past|the\s+past|the\s+previous|the\s+coming"
    r"|the\s+current)\s+(?:(?P<fiscal>financial|fiscal)\s+)?(?P<unit>year|month)$",
    re.IGNORECASE,
)
DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
YEAR_TO_DATE = lazy_compile(r"(?i)^(?:the\s+)?year[\s-]+to[\s-]+date$")
# 'three years ago', '18 months ago': counted back from the publication date, at that precision
AGO_RE = lazy_compile(r"(?i)^(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>year|month)s?\s+ago$")
YEAR_RE = lazy_compile(r"^(1[5-9]\d\d|20\d\d)$")
ISO_RE = lazy_compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
ISO_TIME = lazy_compile(
    r"(?<=^\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4}))?$"
)
SLASHED_ISO = lazy_compile(r"^(\d{4})/(\d{2})/(\d{2})$")
DOTTED_RE = lazy_compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # '15.3.2020', day first
FISCAL_RE = lazy_compile(
    r"(?i)^(?:FY\s?|fiscal\s+(?:year\s+)?)?(?P<y1>(?:19|20)\d\d)\s?[/–-]\s?(?P<y2>\d\d|(?:19|20)\d\d)$"
)
FY_RE = lazy_compile(r"(?i)^(?:FY\s?'?|fiscal\s+(?:year\s+)?)(?P<y>(?:19|20)\d\d|\d\d)$")
HAS_YEAR = lazy_compile(r"\b\d{4}\b|\d{4}$")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
MONTH_ONLY = lazy_compile(rf"(?i)^(?P<m>{MONTH_NAME})\.?$")
MONTH_DAY = lazy_compile(
    rf"(?i)^(?:(?P<m>{MONTH_NAME})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_NAME})\.?)$"
)
FULL_DATE = lazy_compile(
    rf"(?i)^(?:(?P<m>{MONTH_NAME})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_NAME})\.?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{MONTH_NAME})\.?,?\s+(?:of\s+)?(?P<y3>\d{{4}}))$"
)
TIME_RE = lazy_compile(
    r"(?:,|\s+[-–—])?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?:(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,4}|\((?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?\)))?$"
)
# a day run into its year on a header line: 'Jun 122025' (12 June 2025), 'Apr 092018'
GLUED_YEAR = lazy_compile(rf"(?i)^(?P<m>{MONTH_NAME})\.?\s+(?P<d>\d{{1,2}})(?P<y>(?:19|20)\d\d)$")
# 'July 25,25 4:36 PM': a two-digit year after the day, only where a time follows it
SHORT_YEAR_NAMED = lazy_compile(
    rf"(?i)^(?P<m>{MONTH_NAME})\.?\s+(?P<d>\d{{1,2}}),\s?(?P<y>\d\d)\s+\d{{1,2}}:\d{{2}}(?!\d)"
)
TIME_FIRST = lazy_compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?,?\s+")
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
WEEKDAY_RE = lazy_compile(r"(?i)^(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<day>[a-z]+day)$")
WEEKDAY_PREFIX = lazy_compile(r"(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+")


def _month_number(name: str) -> int:
    return MONTHS[name.lower()[:4] if name.lower().startswith("sept") else name.lower()[:3]]


@functools.cache
def _date_parser() -> object:
    import dateparser  # type: ignore[import-untyped]

    return dateparser.date.DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "PREFER_DATES_FROM": "past"},
    )


def _shift_month(d: dt.date, months: int) -> str:
    index = d.year * 12 + d.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def numeric_date(year: str, first: str, second: str, order: str = "md") -> str | None:
    """An all-digit date -> ISO 8601 day: `first` and `second` are the month and day in `order`
    ("md" or "dm", the site's convention), swapped only when the stated order cannot be right and
    the other can ('3/15/2024' or '15/3/2024' either way). A two-digit year is in 2000-2099."""
    if order not in ("md", "dm") or not (year.isdigit() and first.isdigit() and second.isdigit()):
        return None
    if len(year) not in (2, 4):
        return None
    y = int(year) + (2000 if len(year) == 2 else 0)
    a, b = int(first), int(second)
    month, day = (a, b) if order == "md" else (b, a)
    if month > 12 and day <= 12:
        month, day = day, month
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None


def parse_date(text: str, published: str | dt.date | None = None, ahead: bool = False) -> str | None:
    """Date text -> ISO 8601 at the precision written ('2016', '2016-10', '2016-10-10').

    Relative references ('last year', 'this month', 'yesterday', 'Tuesday', 'in January') are
    resolved against `published`; without it they give None, as does a month or day written
    without a year. A weekday is the latest such day on or before `published`, or with
    `ahead` (the text points forward: 'will open on Friday') the next one after it.
    """
    if not isinstance(text, str) or len(text) > 60:
        return None
    if published is not None and not isinstance(published, (str, dt.date)):
        return None
    return _parse_date_cached(text, published, bool(ahead))


@functools.lru_cache(maxsize=8192)
def _parse_date_cached(text: str, published: str | dt.date | None, ahead: bool = False) -> str | None:
    s = " ".join(text.replace("\u00a0", " ").split())
    if not s or len(s) > 60:
        return None
    base = _as_date(published)
    relative = _relative(s, base, ahead)
    if relative is not None:
        return relative or None
    if YEAR_RE.match(s):
        return s
    m = FISCAL_RE.match(s)
    if m and int(m.group("y2")) % 100 == (int(m.group("y1")) + 1) % 100:
        return m.group("y1")  # '2021/22', 'FY2021-22': the year it starts in
    m = FY_RE.match(s)
    if m:
        y = m.group("y")
        return y if len(y) == 4 else f"20{y}"
    m = DOTTED_RE.match(TIME_RE.sub("", s))  # '14.03.2025, 09:18': a header's time dropped
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    m = SHORT_YEAR_NAMED.match(s)
    if m:
        try:
            return dt.date(
                2000 + int(m.group("y")), _month_number(m.group("m")), int(m.group("d"))
            ).isoformat()
        except ValueError:
            return None
    s = TIME_FIRST.sub("", WEEKDAY_PREFIX.sub("", s)) if re.search(r"\d", s) else s
    s = ISO_TIME.sub("", SLASHED_ISO.sub(r"\1-\2-\3", s))
    m = ISO_RE.match(s)
    if m:
        try:
            if m.group(3):
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            return dt.date(int(m.group(1)), int(m.group(2)), 1).isoformat()[:7]
        except ValueError:
            return None
    s = TIME_RE.sub("", s)
    m = GLUED_YEAR.match(s)
    if m:
        try:
            return dt.date(int(m.group("y")), _month_number(m.group("m")), int(m.group("d"))).isoformat()
        except ValueError:
            return None
    m = MONTH_ONLY.match(s) or MONTH_DAY.match(s)
    if m:  # 'in January', 'Sept. 16', '25 February': in the year of publication
        if base is None:
            return None
        groups = m.groupdict()
        month = _month_number(groups.get("m") or groups["m2"])
        day = groups.get("d") or groups.get("d2")
        if day is None:
            return f"{base.year:04d}-{month:02d}"
        try:
            return dt.date(base.year, month, int(day)).isoformat()
        except ValueError:
            return None
    m = FULL_DATE.match(s)
    if m:  # 'March 9, 2018', '9 March 2018', 'March 2018': read here, dateparser is slow
        try:
            month = _month_number(m.group("m") or m.group("m2") or m.group("m3"))
            year = int(m.group("y") or m.group("y2") or m.group("y3"))
            day = m.group("d") or m.group("d2")
            return dt.date(year, month, int(day)).isoformat() if day else f"{year:04d}-{month:02d}"
        except ValueError:
            return None
    if not re.search(r"[A-Za-z]", s) or not re.search(r"\d", s):
        return None
    has_year = bool(HAS_YEAR.search(s))
    if not has_year and base is None:
        return None
    # "Feb 9,2017": dateparser wants a space after the comma.
    s = re.sub(r",(?=\d{4})", ", ", s)
    try:
        parser: Any = _date_parser() if has_year or base is None else _relative_parser(base)
        data = parser.get_date_data(s)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    when = getattr(data, "date_obj", None)
    period = getattr(data, "period", None)
    if when is None:
        return None
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def _relative(s: str, base: dt.date | None, ahead: bool) -> str | None:
    """A reference resolved against the publication date; '' when it is one but cannot be."""
    low = s.lower()
    m = RELATIVE_RE.match(s)
    if m:
        if base is None:
            return ""
        rel = m.group("rel").lower().split()[-1]
        step = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
        if m.group("unit").lower() == "year":
            return f"{base.year + step:04d}"
        return _shift_month(base, step)
    if low in DAY_WORDS:
        return (base + dt.timedelta(days=DAY_WORDS[low])).isoformat() if base else ""
    if YEAR_TO_DATE.match(s):
        return f"{base.year:04d}" if base else ""
    m = AGO_RE.match(s)
    if m:
        n = 1 if m.group("n").lower() in ("a", "an") else parse_number(m.group("n"))
        if not isinstance(n, int) or n < 1 or base is None:
            return ""
        if m.group("unit").lower() == "year":
            return f"{base.year - n:04d}"
        return _shift_month(base, -n)
    m = WEEKDAY_RE.match(s)
    if m and m.group("day").lower() in WEEKDAYS:
        if base is None:
            return ""
        day = WEEKDAYS[m.group("day").lower()]
        rel = (m.group("rel") or "").lower()
        if rel in ("next", "coming") or (ahead and rel != "last" and rel != "past"):
            return (base + dt.timedelta(days=(day - base.weekday() - 1) % 7 + 1)).isoformat()
        back = (base.weekday() - day) % 7
        if rel in ("last", "past") and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat()
    return None


@functools.cache
def _relative_parser(base: dt.date) -> object:
    import dateparser

    return dateparser.date.DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        },
    )


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    m = ISO_RE.match(str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


DAY_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SLASH_DATE = lazy_compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{4}))?$")


def _weekday_day_of_month(weekday: int, day: int, base: dt.date | None) -> str | None:
    """The date with day of month `day` that falls on `weekday`, in the publication month or
    the month either side of it (the one before first); None when none does."""
    if base is None or not 1 <= day <= 31:
        return None
    for step in (0, -1, 1):
        index = base.year * 12 + base.month - 1 + step
        try:
            d = dt.date(index // 12, index % 12 + 1, day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            return d.isoformat()
    return None


def day_month_after_weekday(weekday: str, numbers: str, published: str | dt.date | None = None) -> str | None:
    """'Wednesday (14/8)' -> the day the numbers name, read day/month (Indonesian, Egyptian and
    British use) or month/day, whichever falls on that weekday; the year is the one written
    ('17/12/2022') or the publication year or one either side of it. Day/month wins a tie;
    None when no reading falls on the weekday."""
    day_name = weekday.strip().lower()
    if day_name not in DAY_ORDER:
        return None
    if numbers.strip().isdigit():  # 'Monday (10)': the 10th of the month nearest the publication date
        return _weekday_day_of_month(DAY_ORDER.index(day_name), int(numbers), _as_date(published))
    m = SLASH_DATE.match(numbers.strip())
    if m is None:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    base = _as_date(published)
    if m.group(3):
        years = [int(m.group(3))]
    elif base is not None:
        years = [base.year, base.year - 1, base.year + 1]
    else:
        return None
    for year in years:
        for day, month in ((a, b), (b, a)):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if d.weekday() == DAY_ORDER.index(day_name):
                return d.isoformat()
    return None
