"""MONEY and PERCENT: amounts found around numbers, read with the currency lexicon."""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import Candidate, add_candidate, masked_text, qualifier, raw_text
from pipeline.lazyre import lazy_compile
from pipeline.normalize import (
    GROUPED,
    MONTH_NAME,
    NUMBER_WORDS,
    SCALES,
    SHILLING_MARK,
    Money,
    currency_forms,
    parse_money,
    parse_number,
    parse_percent,
    scale_factor,
    scale_words,
)
from pipeline.ruledata import load_currencies, load_places

WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
WORD_NUM = rf"(?:(?:a|an|{WORDS})(?:[\s-]+(?:and\s+)?(?:{WORDS}))*)"
FRACTION_NUM = r"(?:(?:a|one)[\s-]+(?:half|quarter)(?:\s+of)?(?:\s+an?)?|half\s+an?)"
DIGIT_NUM = rf"(?<![\d.,])(?:{GROUPED})"

# Every amount holds a digit, or a scale word or currency name after a number word; the
# patterns run only in windows around these.
DIGITS = lazy_compile(r"\d+")
AMOUNT_WORDS = (
    "illion",
    "housand",
    "undred",
    "rore",
    "akh",
    "alf",
    "uarter",
    "ozen",
    "ollar",
    "uan",
    "uro",
    "ound",
)
HOT_BEFORE = 48
HOT_AFTER = 100
PERCENT_WORDS = ("%", "ercent", "er cent", "pct", "ERCENT", "PCT", "pc")


def hot_windows(
    text: str,
    words: tuple[str, ...] = (),
    digits: bool = True,
    before: int = HOT_BEFORE,
    after: int = HOT_AFTER,
) -> list[tuple[int, int]]:
    """Disjoint stretches of `text` around every run of digits (when `digits`) and every
    occurrence of `words`, from `before` characters before one to `after` after it."""
    # runs of digits no more than before + after apart share a window: one hit per such chain
    hits = [m.span() for m in digit_chains(before + after).finditer(text)] if digits else []
    for w in words:
        i = text.find(w)
        while i >= 0:
            hits.append((i, i + len(w)))
            i = text.find(w, i + len(w))
    hits.sort()
    out: list[tuple[int, int]] = []
    size = len(text)
    for s, e in hits:
        start, end = max(0, s - before), min(size, e + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@functools.cache
def digit_chains(gap: int) -> re.Pattern[str]:
    """Runs of digits, each at most `gap` characters after the one before."""
    return re.compile(rf"\d+(?:\D{{0,{gap}}}\d+)*")


def find_in_windows(
    rx: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """rx.finditer over each window (lookbehinds still see the text before a window)."""
    for start, end in windows:
        yield from rx.finditer(text, start, end)


@functools.cache
def lexicon() -> tuple[frozenset[str], int, frozenset[str], frozenset[str]]:
    """Forms written before a number (exact) and their longest length; lower-case names and
    cased forms (codes, symbols) written after it."""
    forms = currency_forms()
    before = frozenset(forms.before)
    names = frozenset(f for f in forms.after if f == f.lower())
    cased = frozenset(f for f in forms.after if f != f.lower())
    return before, max(len(f) for f in before), names, cased


@functools.cache
def scale_after() -> re.Pattern[str]:
    """A scale word right after a number: ' million', 'bn', '-billion', ' lakh crore'."""
    words = "|".join(sorted((re.escape(w) for w in scale_words() if w.isalpha()), key=len, reverse=True))
    return re.compile(rf"\s*-?\s*(?i:{words})(?:\s+(?i:crores?))?(?!\w)")


DIGIT_RX = lazy_compile(DIGIT_NUM)
WORD_NUMBER_RX = lazy_compile(rf"(?i:{FRACTION_NUM}|\b{WORD_NUM}\b)")
FIRST_WORD = lazy_compile(r"\s*-?\s*([^\s\d(),;:!?\"“”]+)")
CODE_SCALE_AFTER = lazy_compile(r"\s*(?P<code>[A-Z]{3})\s+")
WORDS_AFTER = lazy_compile(r"\s*-?\s*(?P<words>[^\s\d(),;:!?\"“”]+(?:\s+[^\s\d(),;:!?\"“”]+){0,3})")
SCALED_CODE = lazy_compile(r"[A-Z]{4}")
PERCENT_RX = lazy_compile(
    rf"{DIGIT_NUM}\s?%"
    rf"|(?:{DIGIT_NUM}|(?<![\w.,])\b{WORD_NUM})\s*-?\s*(?:percentage\s+points?|percent|per\s+cent|pct)\b"
    rf"|{DIGIT_NUM}(?-i:pc)(?![\w-])",  # '40pc', '9.03pc' (Pakistani, Bangladeshi, British copy)
    re.IGNORECASE,
)
# A code that is also a word ('MAD', 'TRY') next to an amount with a scale word; a decimal comma
# before a scale word ('MAD 11,4 billion').
CODE_BEFORE = lazy_compile(r"(?<![\w$])(?P<code>[A-Z]{3}) ?$")
CODE_AFTER = lazy_compile(r" (?P<code>[A-Z]{3})(?![\w$])")
DECIMAL_COMMA = lazy_compile(r",\d{1,2}(?=\s*-?\s*[A-Za-z])")
QUALIFIER_IN_BRACKET = (
    r"(?:about|around|approximately|approx\.|roughly|nearly|almost|some|over|more than|less than|"
    r"up to|at least|at most|or|equal to|equivalent to|worth|c\.|ca\.)"
)
CONVERSION_GAP = lazy_compile(rf"(?i)^\s*\(\s*(?:{QUALIFIER_IN_BRACKET}\s+)?$")
CENTS_AFTER = lazy_compile(r"(?i)\s+(?:and\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+cents?\b")
LIST_BEFORE = lazy_compile(
    rf"(?P<list>(?:(?<![\w.,]){GROUPED}\s*,\s*)*(?<![\w.,]){GROUPED})"
    rf"(?:\s*,?\s+(?:and|or|to)\s+|(?<!\b(?:19|20)\d\d)[ \t]?[-–][ \t]?)$"  # '5 to 10 …', '2.5 - 3 …', not '2023-5'
)
# '$5-10 million', 'Tk 15,000-20,000', 'Rs260-275': a range after an amount with its currency before it
RANGE_AFTER = lazy_compile(rf"[-–](?P<num>{GROUPED})(?![\d.,]?\d)")
NOT_MONEY_AFTER = lazy_compile(r"\s*(?:%|per\s*cent|percent|pc\b|pct\b|[-–/]\s*\d)", re.IGNORECASE)
# 'a' and a scale word hyphened to a currency before a noun: how big a thing is, not a sum
SIZE_CLASS = lazy_compile(r"(?i)an?\s+[a-z]+")
YEAR_ONLY = lazy_compile(r"(?:19|20)\d\d")
YEAR_PREPOSITION = lazy_compile(r"\b(?:[Ii]n|since|by|from|until|during|for|of)\s+$")
LIST_NUMBER = lazy_compile(rf"(?<![\w.,])(?:{GROUPED})")
# A capitalised word at a word start (the look-behind after the first letter is the \b before it,
# written so that the search can skip straight to capitals), and up to two more.
PLACE_WORDS = lazy_compile(r"[A-Z](?<!\w[A-Z])[A-Za-z'’.-]+(?:[ -](?:[A-Z][A-Za-z'’-]+)){0,2}")
NOT_PLACES = frozenset(
    [
        *[
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
        ],
        *["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        *[
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
        ],
        *["President", "Minister", "Premier", "Government"],
    ]
)
COUNTRY_SCAN = 3_000  # characters of an article read to find where it is set (dateline, lede)
DATELINE_WEIGHT = 3
DATELINE_AFTER = lazy_compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:,[^\n—–-]{0,60})?\s*[—–-]")
# South Asian papers end a dateline with a colon ('ISLAMABAD:', 'Lahore, Feb 26:'): read so only
# at the start of a line, where a colon after a place name is no sentence's colon
DATELINE_COLON = lazy_compile(r"(?:,[^\n:|]{0,40})?[ \t]*[:|]")
# ... or after the day it was filed ('Jun 12, Colombo:', 'Apr 10, Colombo:' in Sri Lankan copy); a
# pipe ends it too ('Kabale, Uganda | THE INDEPENDENT |')
DAY_BEFORE_DATELINE = lazy_compile(rf"(?i)(?:^|\n)[ \t]*{MONTH_NAME}\.?[ \t]+\d{{1,2}},?[ \t]*$")
POSSESSIVE_ENDINGS = ("'s", "’s")


def _is_dateline(head: str, start: int, end: int) -> bool:
    """Whether the words at head[start:end] are written as a dateline ('TORONTO —', 'KUALA
    LUMPUR, March 8 —', 'ISLAMABAD:' at a line start)."""
    if DATELINE_AFTER.match(head, end):
        return True
    at_line_start = (
        start == 0
        or head[start - 1] == "\n"
        or DAY_BEFORE_DATELINE.search(head, max(0, start - 16), start) is not None
    )
    return at_line_start and DATELINE_COLON.match(head, end) is not None


@functools.lru_cache(maxsize=1 << 15)
def _run_places(run: str) -> tuple[tuple[tuple[str, ...], float], ...]:
    """The places named in a run of capitalised words (as PLACE_WORDS finds them), longest names
    first: the countries each can be in and its weight before a dateline's (depends on the words
    alone, so a run met again is not looked up again)."""
    get = load_places("places.tsv").get  # the cache key the place components use
    written = run.split()
    words = [w[:-2] if w.endswith(POSSESSIVE_ENDINGS) else w for w in written]  # "Chile's", "Uganda’s"
    possessive = [w != v for w, v in zip(written, words, strict=True)]
    size = len(words)
    out: list[tuple[tuple[str, ...], float]] = []
    i = 0
    while i < size:
        for n in range(size - i, 0, -1):
            name = (words[i] if n == 1 else " ".join(words[i : i + n])).rstrip(".'’-")
            if name in NOT_PLACES:
                continue
            found = get(name) or (get(name.title()) if name.isupper() else None)
            if found:
                weight = 2.0 if found[0].feature == "country" else 1.0
                if n < size and found[0].feature != "country" and not possessive[i + n - 1]:
                    weight /= 2  # 'Nelson' in 'Nelson Mandela Bay': a part of a longer name
                lands = tuple(dict.fromkeys(p.country_code for p in found if p.country_code))
                if lands:
                    out.append((lands, weight))
                i += n - 1
                break
        i += 1
    return tuple(out)


def article_country(text: str) -> str | None:
    """The country (ISO 3166 alpha-2) an article is set in: the place of its dateline, else the
    country its place names point to most often."""
    mentions: list[tuple[tuple[str, ...], float]] = []  # the countries a name can be in, its weight
    head = text[:COUNTRY_SCAN]
    for m in PLACE_WORDS.finditer(head):
        if head.startswith("$", m.end()):
            continue  # 'US$', 'NZ$': a currency's symbol, not a mention of the place
        named = _run_places(m.group())
        if not named:
            continue
        if m.start() < 400 and _is_dateline(head, m.start(), m.end()):
            # 'TORONTO —', 'KUALA LUMPUR, March 8 —'
            mentions += [(lands, weight * DATELINE_WEIGHT) for lands, weight in named]
        else:
            mentions += named
    # a name several countries share ('Peterborough', 'Cambridge', 'Casablanca') is read in the
    # country the article's unshared names point to, else as its best-known reading
    sure: dict[str, float] = {}
    for lands, weight in mentions:
        if len(lands) == 1:
            sure[lands[0]] = sure.get(lands[0], 0) + weight
    votes: dict[str, float] = {}
    for lands, weight in mentions:
        land = max(lands, key=lambda c: sure.get(c, 0)) if len(lands) > 1 else lands[0]
        votes[land] = votes.get(land, 0) + weight
    if not votes:
        return None
    ranked = [*sorted(votes.items(), key=lambda kv: -kv[1])[:2], ("", 0.0)]
    return ranked[0][0] if ranked[0][1] > ranked[1][1] else None


def currency_before(text: str, start: int) -> int | None:
    """Where a currency form written right before `start` begins ('US$', 'Rs ', 'C $ '), or None."""
    before, longest, _, _ = lexicon()
    end = start - 1 if start > 0 and text[start - 1] == " " else start
    for n in range(min(longest, end), 0, -1):
        form = text[end - n : end]
        if form.endswith("$") and n > 2 and form[-2] == " " and form != "A $":  # 'a $1.6bn loan'
            form = form[:-2] + "$"  # 'C $ 12 million'
        if form in before and (end - n == 0 or not text[end - n - 1].isalnum()):
            return end - n
    return None


@functools.cache
def first_words() -> frozenset[str]:
    """The first word of every currency form written after a number (as written and lower-cased)."""
    _, _, names, cased = lexicon()
    return frozenset(f.split()[0] for f in names | cased) | frozenset(f[1:] for f in cased if len(f) == 4)


def currency_after(text: str, pos: int) -> int | None:
    """Where a currency form written right after `pos` ends ('billion forints', 'MUSD'), or None."""
    first = FIRST_WORD.match(text, pos)
    if not first:
        return None
    word, fw = first.group(1), first_words()
    stripped = word.rstrip(".’'")
    known = word in fw or word.lower() in fw or stripped in fw or stripped.lower() in fw
    if not known and not (SCALED_CODE.fullmatch(word) and word[1:] in load_currencies().codes):
        return None
    m = WORDS_AFTER.match(text, pos)
    if not m:
        return None
    _, _, names, cased = lexicon()
    cur = load_currencies()
    words = list(re.finditer(r"\S+", m.group("words")))
    base = m.start("words")
    for k in range(len(words), 0, -1):
        end = words[k - 1].end()
        phrase = m.group("words")[:end]
        for cut in (phrase, phrase.rstrip(".’'")):
            if cut.lower() in names or cut in cased:
                return base + len(cut)
            scaled = (
                SCALED_CODE.fullmatch(cut) and cut[1:] in cur.codes and cut[0] in cur.scaled_code_prefixes
            )
            if k == 1 and scaled:
                return base + len(cut)
    return None


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

    def spans(self, masked: str) -> Iterator[tuple[int, int, bool]]:
        """(start, end, has a prefix) of every amount written with a currency."""
        cur = load_currencies()
        scale_rx = scale_after()
        last_end = 0
        numbers = heapq.merge(
            find_in_windows(DIGIT_RX, masked, hot_windows(masked, before=0, after=8)),
            find_in_windows(WORD_NUMBER_RX, masked, hot_windows(masked, AMOUNT_WORDS, False, 40, 8)),
            key=lambda m: m.start(),
        )
        for m in numbers:
            start, end = m.span()
            if start < last_end or m.group().lower() in ("a", "an"):
                continue
            digits = m.group()[:1].isdigit() or m.group()[:1] == "."
            if not digits and masked[end : end + 1] == "-" and SIZE_CLASS.fullmatch(m.group()):
                continue  # 'a trillion-yuan industry', 'a billion-dollar fund': a size, no amount
            if not digits and m.group().lower() in SCALES:
                continue  # 'the trillion-yuan club', 'the trillion RMB mark': a scale word counts nothing
            scale = scale_rx.match(masked, end)
            if scale is None and digits and masked[end : end + 1] == ",":
                comma = DECIMAL_COMMA.match(masked, end)
                scale = scale_rx.match(masked, comma.end()) if comma else None
            num_end = scale.end() if scale else end
            if digits:
                pre = currency_before(masked, start)
                if pre is not None and scale is None and masked[pre:start].rstrip() in cur.names_before:
                    pre = None  # a name before a number is money only with a scale word
                if pre is not None:
                    if masked.startswith(SHILLING_MARK, num_end):  # 'Sh3.2bn/-'
                        num_end += len(SHILLING_MARK)
                    last_end = num_end
                    yield pre, num_end, True
                    continue
                code = CODE_BEFORE.search(masked, max(0, start - 4), start) if scale else None
                if code and code.group("code") in cur.codes:  # 'MAD 620 million'
                    last_end = num_end
                    yield code.start(), num_end, True
                    continue
                code = CODE_SCALE_AFTER.match(masked, end)
                if code and code.group("code") in cur.codes:
                    tail = scale_rx.match(masked, code.end() - 1)
                    if tail:  # '40 USD million'
                        last_end = tail.end()
                        yield start, tail.end(), False
                        continue
            after = currency_after(masked, num_end)
            if after is None and scale:
                code = CODE_AFTER.match(masked, num_end)
                after = code.end() if code and code.group("code") in cur.codes else None
            if after is not None:
                last_end = after
                yield start, after, False

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        masked = masked_text(doc)
        prev: Candidate | None = None
        country: list[str | None] = []  # found on first need

        def where() -> str | None:
            if not country:
                country.append(article_country(text))
            return country[0]

        covered = 0  # end of the last range read: its second amount is not read again
        for start, end, prefixed in self.spans(masked):
            if start < covered:
                continue
            span = text[start:end]
            money = parse_money(span, yen_sign=self.yen)
            if money is None or _needs_country(span, prefixed):
                money = parse_money(span, yen_sign=self.yen, country=where())
            if money is None:
                continue
            cents = CENTS_AFTER.match(text, end)
            if cents:
                with_cents = parse_money(text[start : cents.end()], yen_sign=self.yen, country=where())
                if with_cents is not None:
                    money, end = with_cents, cents.end()
            if self.split_lists and not prefixed:
                self._list_members(doc, text, start, span, money)
            second = self._range_end(text, span, end, money, where) if prefixed and not cents else None
            if second is not None:
                money, (end2, money2) = second
                covered = end2
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
            if second is not None:
                num_start = RANGE_AFTER.match(text, end)
                assert num_start is not None
                attrs2: dict[str, object] = {"value": money2.value, "currency": money2.currency}
                cand = Candidate(num_start.start("num"), end2, "MONEY", "money-range", attrs=attrs2)
                add_candidate(doc, cand)
                prev = cand
        return doc

    def _range_end(
        self, text: str, span: str, end: int, money: Money, where: Callable[[], str | None]
    ) -> tuple[Money, tuple[int, Money]] | None:
        """'$5-10 million': the amount after the dash, read with the currency written before the
        first, and the first scaled like it when it has no scale of its own (5 -> 5 million)."""
        r = RANGE_AFTER.match(text, end)
        if r is None:
            return None
        scale = scale_after().match(text, r.end())
        end2 = scale.end() if scale else r.end()
        if NOT_MONEY_AFTER.match(text, end2) or text[end2 : end2 + 1].isalnum():
            return None
        prefix = re.match(r"\D*", span)
        form = prefix.group() if prefix else ""
        if not form:
            return None
        second = parse_money(form + text[r.start("num") : end2], yen_sign=self.yen, country=where())
        if second is None or second.currency != money.currency:
            return None
        own = parse_number(span[len(form) :])
        factor = scale_factor(scale.group()) if scale else None
        first = money
        if factor and own == money.value:  # the first has no scale: it shares the second's
            first = Money(_scaled(money.value, factor), money.currency)
        return first, (end2, second)

    def _list_members(self, doc: Doc, text: str, start: int, span: str, money: Money) -> None:
        """'investments of 5, 12.5 and 0.8 billion euros': the bare numbers before the amount
        share its scale and currency, each a MONEY of its own."""
        before = text[max(0, start - 6) : start].rstrip()
        if not before.endswith((" and", " or", " to", "-", "–")):
            return
        m = LIST_BEFORE.search(text, max(0, start - 120), start)
        if not m or m.end() != start:
            return
        if YEAR_ONLY.fullmatch(m.group("list")) and YEAR_PREPOSITION.search(
            text, max(0, m.start() - 10), m.start()
        ):
            return  # 'grew in 2024 to 38.6 billion forints': a year, then the amount it reached
        first = re.match(rf"\s*(?:{GROUPED})", span)
        own = parse_number(first.group()) if first else None
        if not own:
            return
        for n in LIST_NUMBER.finditer(text, m.start("list"), m.end("list")):
            value = parse_number(n.group())
            if value is None:
                continue
            scaled = value * money.value / own
            # a separate name: a compiled build would turn the int back into the float's type
            member: int | float = int(scaled) if float(scaled).is_integer() else scaled
            attrs: dict[str, object] = {"value": member, "currency": money.currency}
            add_candidate(doc, Candidate(n.start(), n.end(), "MONEY", "money-list", attrs=attrs))


def _scaled(value: float, factor: int) -> int | float:
    """`value` times a scale factor, an int when it is whole."""
    scaled = Decimal(str(value)) * factor
    return int(scaled) if scaled == scaled.to_integral_value() else float(scaled)


def _needs_country(span: str, prefixed: bool) -> bool:
    """Whether the currency form of an amount is shared by several currencies ('$', 'dollars')."""
    cur = load_currencies()
    if prefixed:
        head = re.match(r"\D*", span)
        form = head.group().strip() if head else ""
        if form in cur.names_before:  # 'Shillings 831.56 billion'
            return form.lower() in cur.ambiguous
        form = form.replace(" ", "")
        return form in cur.ambiguous or form in cur.country_only
    if span.endswith(SHILLING_MARK):  # '65bn/-'
        return True
    tail = span.rsplit(None, 1)[-1].lower() if span.split() else ""
    return tail in cur.ambiguous or tail in cur.country_only


@Language.factory("newsfacts_percent", default_config={})
def make_percent(nlp: Language, name: str) -> PercentFinder:
    return PercentFinder()


class PercentFinder:
    """PERCENT spans ('15.4 percent', '9%', '2 percentage points') with numeric value."""

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        masked = masked_text(doc)
        for m in find_in_windows(PERCENT_RX, masked, hot_windows(masked, PERCENT_WORDS, False, 80, 24)):
            value = parse_percent(text[m.start() : m.end()])
            if value is None:
                continue
            attrs: dict[str, object] = {"value": value}
            q = qualifier(text, m.start(), m.end())
            if q:
                attrs["qualifier"] = q
            add_candidate(doc, Candidate(m.start(), m.end(), "PERCENT", "percent", attrs=attrs))
        return doc
