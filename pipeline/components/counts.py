"""COUNT: numbers that count things, with the counted noun as unit (SPEC.md 2.7)."""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.components.base import (
    BLOCK,
    Candidate,
    Intervals,
    add_candidate,
    breaks_line,
    covered_by,
    doc_sentences,
    masked_text,
    qualifier,
    raw_text,
    state,
)
from pipeline.components.table import Tok, TokenTable, token_table, word_index
from pipeline.lazyre import lazy_compile
from pipeline.normalize import NUMBER_WORDS, parse_count
from pipeline.ruledata import load_currencies, load_places, load_word_list

DIGITS = lazy_compile(r"^(?:\d{1,3}(?:[,\u201a]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d+)?$")
# 'lakh' and 'crore' (currencies_news.json scales) count too: '10 lakh beneficiaries' is 1,000,000
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "trillion"} | {
    w for w, f in load_currencies().scales.items() if f in (100_000, 10_000_000) and len(w) > 2
}
STOP_UNIT_WALK = {
    "of", "in", "at", "with", "from", "for", "to", "by", "on", "including", "per", "than",
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
    "more", "each", "who", "which", "whom", "while", "as", "into", "over", "under", "among",
    # a verb after the number ends the walk without a tagger too: '87 have set up branches'
    "have", "has", "had", "will", "would", "can", "could", "may", "might", "must", "should",
    "are", "were", "is", "was",
    # a date after the number ends it: '140,000 last year' is no duration of 140,000 years
    "last", "next",
}  # fmt: skip
PRONOUN_ONE_BEFORE = {"the", "this", "that", "each", "every", "no", "any", "which", "one", "only"}
NUMBER_OF = lazy_compile(r"(?i)\bnumber of\s+(?:[\w-]+\s+){0,5}?(?P<unit>[a-z]+s)\b")
RANGE_WORDS = {"to", "-", "–", "or", "and"}
YEAR_LIKE = lazy_compile(r"^(1[89]\d\d|20\d\d)$")
YEAR_CUE_BEFORE = lazy_compile(r"(?i)\b(?:in|since|by|from|until|through|during|before|after)\s+$")
LOCATIVE_AFTER = lazy_compile(r"\s+(?:(?:are|were|is|was)\s+)?(?:in|at)\s+[A-Z]")
PRONOUN_UNITS = {"ones", "one", "others", "more"}
# a number that takes up the things the sentence before counted: 'Of these, 87 have …', 'Among
# them, 4 are …', '… is home to 146 of them'
PARTITIVE_LEAD = lazy_compile(r"(?i)\b(?:of|among)\s+(?:them|these|those|which|the\s+total)\s*,?\s*$")
PARTITIVE_AFTER = lazy_compile(r"(?i)\s+of\s+(?:them|these|those)\b")
# the number is the subject of a copula whose complement names what it counts ('Of them, 22 are
# manufacturing projects'): only after a clause boundary
COPULAS = {"are", "were"}
SUBJECT_BEFORE = {",", ";", ":", "and", "while", "whereas"}
RANK_BEFORE = {"top", "bottom"}  # 'the top 10 localities' is a rank, not a COUNT (SPEC 2.7)
# endings of a people's plural after a country's first letters: 'Bangladeshis', 'Moroccans', 'Kazakhs'
DEMONYM_PLURAL_ENDINGS = ("is", "ians", "ans", "ns", "hs")
HEADLINE_CHARS = 200
QUOTES = {'"', "“", "”", "'", "‘", "’"}
PARTITIVE_DETERMINERS = {"the", "its", "their", "these", "those"}
UNIT_LOOKBACK = 600  # characters searched back for "the number of <unit>"
# a number word, or the 'half' of 'half a million' (a run of digits is found by DIGITS)
START_WORDS = frozenset(NUMBER_WORDS) - SCALE_WORDS | {"half"}
# short scales written against the digits: '1.1m animals', '2.3mn people', '3bn bees'
ATTACHED_SCALES = {"m", "mn", "mln", "bn", "bln"}
# a plural acronym: '62 SMEs', '40 NGOs', '12 MoUs'
ACRONYM_PLURAL = lazy_compile(r"^[A-Z][A-Za-z]*[A-Z]s$")
NOUNS = ("NOUN", "PROPN")
# a number a population is measured by: 'its population passed 140,000', 'a population of 2.3
# million' counts people (SPEC 2.7: the noun a reader understands)
POPULATION_BEFORE = lazy_compile(
    r"(?i)\bpopulation\s+(?:of|is|was|stands\s+at|stood\s+at|reached|passed|topped|exceeded|hit|"
    r"(?:rose|grew|fell)\s+to)\s+(?:about|around|nearly|almost|over|more\s+than|some|roughly|just\s+over)?\s*$"
)


@Language.factory(
    "newsfacts_counts",
    default_config={
        "excluded_units": "count_excluded_units.txt",
        "plural_nouns": "plural_nouns.txt",
        "max_unit_distance": 5,
        "inherit_units": True,
        "measure_units": "measure_units.txt",
        "collective_units": "count_collective_units.txt",
        "list_names": "count_list_names.txt",
    },
)
def make_counts(
    nlp: Language,
    name: str,
    excluded_units: str,
    plural_nouns: str,
    max_unit_distance: int,
    inherit_units: bool,
    measure_units: str,
    collective_units: str,
    list_names: str,
) -> CountFinder:
    return CountFinder(
        excluded_units,
        plural_nouns,
        max_unit_distance,
        inherit_units,
        measure_units,
        collective_units,
        list_names,
    )


class CountFinder:
    """Numbers followed by a counted plural noun, and elliptic ones that share a unit
    with a count before them in the sentence ('890 people, including 28 with ...')."""

    def __init__(
        self,
        excluded_units: str = "count_excluded_units.txt",
        plural_nouns: str = "plural_nouns.txt",
        max_unit_distance: int = 5,
        inherit_units: bool = True,
        measure_units: str = "measure_units.txt",
        collective_units: str = "count_collective_units.txt",
        list_names: str = "count_list_names.txt",
    ) -> None:
        if max_unit_distance < 1:
            raise ValueError("max_unit_distance must be at least 1")
        self.excluded = {w.lower() for w in load_word_list(excluded_units)}
        self.excluded |= {w.lower() for w in load_word_list(measure_units)}
        # A number before a currency's name is money ('4.2 billion forints'), never a count.
        self.excluded |= {w for w in load_currencies().suffixes if w.isalpha()}
        self.excluded |= {w for w in load_currencies().ambiguous if w.isalpha() and w.islower()}
        self.excluded |= {w for w in load_currencies().country_only if w.isalpha() and w.islower()}
        self.plurals = {w.lower() for w in load_word_list(plural_nouns)}
        self.collective = {w.lower() for w in load_word_list(collective_units)}
        self.list_names = load_word_list(list_names)  # 'Fortune 500', 'FTSE 100': a name, no count
        self.max_distance = max_unit_distance
        self.inherit = inherit_units

    def _is_plural_noun(self, doc: Doc, row: Tok, tagged: bool) -> bool:
        if tagged:
            return self._plural_tagged(doc[row.i])
        w = row.lower_
        if row.cap and (_demonym_plural(row.text) or ACRONYM_PLURAL.match(row.text)):
            return True
        return w in self.plurals or (
            w.isalpha()
            and row.text.islower()
            and len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is"))
        )

    @staticmethod
    def _regular_plural(row: Tok) -> bool:
        """A lower-case word that looks like an -s plural ('markets', not 'across' or 'has')."""
        w = row.text
        return (
            w.isalpha()
            and w.islower()
            and len(w) > 3
            and w.endswith("s")
            and not w.endswith(("ss", "us", "is"))
        )

    def _plural_tagged(self, tok: Token) -> bool:
        return (
            tok.tag_ in ("NNS", "NNPS")
            or (tok.lower_ in self.plurals and tok.pos_ == "NOUN")
            or (
                tok.text[:1].isupper() and (_demonym_plural(tok.text) or bool(ACRONYM_PLURAL.match(tok.text)))
            )
        )

    def _unit_after(
        self, doc: Doc, rows: TokenTable, j: int, singular_ok: bool, tagged: bool
    ) -> tuple[str | None, bool]:
        """(unit, excluded) for the noun phrase starting at token j."""
        first = None
        n = len(rows)
        headline = j < n and _title_case_line(doc, rows, j)
        for k in range(j, min(n, j + self.max_distance + 1)):
            row = rows[k]
            if rows[k - 1].brk and k > j:
                break
            if row.text in ("-", "–") or row.text in QUOTES:
                continue  # 'start-ups'; '87 national "little giant" firms'
            w = row.lower_
            if w in self.excluded:
                return None, True
            if w in self.collective and k + 1 < n and rows[k + 1].lower_ == "of":
                return row.text, False  # '2,500 head of cattle'
            if row.like_num and k > j and rows[k - 1].text in self.list_names:
                continue  # '51 Fortune Global 500 firms': the number is part of the list's name
            if w in STOP_UNIT_WALK or row.is_punct or row.like_num:
                break
            tok = doc[k] if tagged else None  # the tagger's word class, read only with a tagger
            if tok is not None and tok.pos_ in ("AUX", "ADP", "DET", "PRON", "SCONJ", "PART"):
                break
            if tok is not None and tok.pos_ == "VERB" and tok.tag_ not in ("VBN", "VBG"):
                break
            if not row.text[0].isalpha() or (not tagged and w.endswith("ly") and len(w) > 4):
                break  # without a tagger, '-ly' words are adverbs ('one respectively')
            if (
                k + 2 < n
                and rows[k + 1].text in ("-", "–")
                and not row.whitespace_
                and not rows[k + 1].whitespace_
                and rows[k + 2].is_alpha
            ):
                last = rows[k + 2]  # a hyphenated compound: "start-ups", "high-tech firms"
                if self._is_plural_noun(doc, last, tagged) or (not tagged and last.lower_.endswith("s")):
                    return masked_text(doc)[row.idx : last.end], False
                continue
            if self._is_plural_noun(doc, row, tagged) or (headline and _capital_plural(row)):
                if not tagged and w in self.plurals and k + 1 < n and self._regular_plural(rows[k + 1]):
                    continue  # '292 livestock markets', '500 police officers': the noun comes last
                return row.text, False
            if first is None and singular_ok and (tok is None or tok.pos_ in ("NOUN", "PROPN")):
                first = row.text
            if w in ("and", "or") and k == j:
                break
        return (first if singular_ok else None), False

    def _unit_from_parse(self, doc: Doc, num: Token, singular_ok: bool) -> tuple[str | None, bool]:
        """The noun a number modifies in the dependency parse ('nummod'), when it follows closely."""
        head = num.head
        if num.dep_ != "nummod" or not (0 < head.i - num.i <= self.max_distance):
            return None, False
        if any(breaks_line(t) or (t.is_punct and t.text not in ("-", "–")) for t in doc[num.i : head.i]):
            return None, False
        if head.lower_ in self.excluded or any(t.lower_ in self.excluded for t in doc[num.i + 1 : head.i]):
            return None, True
        for t in doc[num.i + 1 : head.i]:
            if (t.tag_ in ("NNS", "NNPS") or ACRONYM_PLURAL.match(t.text)) and doc[t.i + 1].pos_ not in NOUNS:
                return t.text, False  # '896 MoUs worth Rs 10 lakh crore': the phrase ends at 'MoUs'
        if not (self._plural_tagged(head) or (singular_ok and head.pos_ == "NOUN")):
            return None, False
        start = head.i
        while (
            start - 2 > num.i
            and doc[start - 1].text in ("-", "–")
            and not doc[start - 1].whitespace_
            and not doc[start - 2].whitespace_
        ):
            start -= 2  # keep a hyphenated compound whole: "start-ups"
        return doc[start : head.i + 1].text, False

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        tagged = doc.has_annotation("TAG")
        parsed = doc.has_annotation("DEP")
        found: list[tuple[int, int, int, str | None, int]] = []  # start, end, value, unit, last token
        complements: dict[int, str] = {}  # start -> the noun after 'are' ('4 are industrial projects')
        taken = covered_by(doc, {"MONEY", "PERCENT", "DATE", BLOCK})
        money_ends = {c["end"] for c in state(doc)["candidates"] if c["label"] == "MONEY"}
        rows = token_table(doc)
        n = len(rows)
        i = 0
        ix = word_index(rows)
        starts = ix.lowers(START_WORDS) + [k for w, at in ix.digit_led() if DIGITS.match(w) for k in at]
        starts.sort()
        for cand in starts:  # the tokens that can open a count: the others are stepped over
            if cand < i:
                continue  # inside the number read last
            i = cand
            tok = rows[i]
            if (
                tok.lower_ == "half"
                and i + 2 < n
                and rows[i + 1].lower_ in ("a", "an")
                and rows[i + 2].lower_ in SCALE_WORDS
            ):  # 'half a million urban jobs'
                self._fraction(doc, rows, text, taken, found, i, tagged)
                i += 3
                continue
            if not _num_token(tok):
                i += 1
                continue
            j = i
            while (  # '16 000 jobs', '6 420 people': thousands grouped by spaces are one number
                j + 1 < n
                and tok.text.isdigit()
                and len(tok.text) <= 3
                and rows[j].whitespace_ == " "
                and len(rows[j + 1].text) == 3
                and rows[j + 1].text.isdigit()
            ):
                j += 1
            while j + 1 < n and (
                rows[j + 1].lower_ in SCALE_WORDS
                or (
                    rows[j + 1].lower_ in ATTACHED_SCALES
                    and not rows[j].whitespace_
                    and rows[j].like_num
                    # 'm' is also metres: a million only right before a counted noun ('1.1m animals')
                    and (
                        rows[j + 1].lower_ != "m"
                        or (j + 2 < n and self._is_plural_noun(doc, rows[j + 2], tagged))
                    )
                )
                or (
                    rows[j + 1].text == "-"
                    and j + 2 < n
                    and rows[j + 2].lower_ in NUMBER_WORDS
                    and rows[j].lower_ in NUMBER_WORDS
                )
            ):
                j += 2 if rows[j + 1].text == "-" else 1
            start, end = tok.idx, rows[j].end
            i = j + 1
            if not self._plausible(rows, tok, j):
                continue
            if taken.overlaps(start, end):
                continue
            if j > tok.i and tok.i > 0 and rows[tok.i - 1].end in money_ends:
                continue  # 'Rs 3,03,115 crore 70 lakh': the rest of the amount, no count
            value = parse_count(text[start:end])
            if value is None:
                continue
            year_like = bool(YEAR_LIKE.match(tok.text)) and j == tok.i
            if year_like and YEAR_CUE_BEFORE.search(text, max(0, start - 20), start):
                continue  # 'in 2023 companies invested': a year, never a count
            singular = value == 1
            nxt = j + 1
            unit, excluded = self._unit_from_parse(doc, doc[j], singular) if parsed else (None, False)
            if unit is None and not excluded:
                unit, excluded = self._unit_after(doc, rows, nxt, singular, tagged)
            if excluded:
                continue
            if (
                unit is None
                and value > 1
                and nxt + 2 < n
                and rows[nxt].lower_ == "of"
                and rows[nxt + 1].lower_ in PARTITIVE_DETERMINERS
            ):  # '11 of the new firms' (but 'one of China's first bases' is no count, SPEC 2.7)
                unit, excluded = self._unit_after(doc, rows, nxt + 2, False, tagged)
                if excluded:
                    continue
            if (
                unit is None
                and value > 1
                and nxt + 1 < n
                and rows[nxt].lower_ in COPULAS
                and (tok.i == 0 or rows[tok.i - 1].brk or rows[tok.i - 1].lower_ in SUBJECT_BEFORE)
            ):  # 'Among them, 4 are industrial projects and 3 are modern service projects'
                complement, excluded = self._unit_after(doc, rows, nxt + 1, False, tagged)
                if excluded:
                    continue
                if complement is not None:
                    complements[start] = complement
            if unit is None and nxt + 1 < n and rows[nxt].lower_ in RANGE_WORDS and _num_token(rows[nxt + 1]):
                k = nxt + 1
                while k + 1 < n and rows[k + 1].lower_ in SCALE_WORDS:
                    k += 1
                unit, excluded = self._unit_after(doc, rows, k + 1, False, tagged)
                if excluded:
                    continue
            if year_like and (unit is None or unit[:1].isupper()):
                continue  # a bare 1800-2099, or one before a name ('the 2024 Fall Statement')
            if unit is not None and unit.lower() in PRONOUN_UNITS:
                unit = None  # '28,500 direct jobs and 1,00,000 indirect ones': the unit comes before
            found.append((start, end, value, unit, j))
        self._emit(doc, text, found, complements)
        return doc

    def _fraction(
        self,
        doc: Doc,
        rows: TokenTable,
        text: str,
        taken: Intervals,
        found: list[tuple[int, int, int, str | None, int]],
        i: int,
        tagged: bool,
    ) -> None:
        """'half a million jobs': a count when a counted noun follows."""
        start, end = rows[i].idx, rows[i + 2].end
        if taken.overlaps(start, end):
            return
        value = parse_count(text[start:end])
        if value is None:
            return
        unit, excluded = self._unit_after(doc, rows, i + 3, False, tagged)
        if unit is not None and not excluded:
            found.append((start, end, value, unit, i + 2))

    def _plausible(self, rows: TokenTable, tok: Tok, last: int) -> bool:
        nxt = rows[last + 1] if last + 1 < len(rows) else None
        prev = rows[tok.i - 1] if tok.i > 0 else None
        if (
            nxt is not None
            and not tok.whitespace_
            and nxt.text in ("-", "–", "%", ":", "/", "th", "st", "nd", "rd")
        ):
            return False  # "five-year", "3:37", "24/7"
        if (
            nxt is not None
            and not rows[last].whitespace_
            and rows[last].text[-1:].isdigit()
            and nxt.text[:1].isalpha()
        ):
            return False  # "5G", "3D": a name, not a number of things
        if prev is not None and (
            prev.lower_ in RANK_BEFORE
            or prev.text in self.list_names
            or prev.text in ("No", "No.", "#")
            or (prev.text in ("number", "Number", "page", "Page", "-", "/", ".") and not prev.whitespace_)
        ):
            return False
        if (
            nxt is not None
            and nxt.lower_ == "in"
            and last + 2 < len(rows)
            and _num_token(rows[last + 2])
            and not YEAR_LIKE.match(rows[last + 2].text)  # '206 in 2017' is a count and a year
        ) or (prev is not None and prev.lower_ == "in" and tok.i > 1 and _num_token(rows[tok.i - 2])):
            return False  # 'one in seven phones', '1 in 5 adults': a ratio, not a number of things
        if tok.lower_ == "one":
            if nxt is not None and nxt.lower_ in ("of", "another", "day", "by"):
                return False
            if prev is not None and prev.lower_ in PRONOUN_ONE_BEFORE:
                return False
        return True

    def _emit(
        self,
        doc: Doc,
        text: str,
        found: list[tuple[int, int, int, str | None, int]],
        complements: dict[int, str] | None = None,
    ) -> None:
        """Candidates for the counts found; one without a noun of its own takes the unit the
        sentence (or, after 'Of these,', the sentence before) counted, else the noun after 'are'
        ('Out of the 90 projects, 40 are joint ventures' counts projects)."""
        last_unit: tuple[int, str] | None = None  # (sentence number, unit)
        first_unit: dict[int, str] = {}  # the first unit counted in each sentence
        if not found:
            return
        sentences = doc_sentences(doc, text)
        for start, end, value, unit, _last in found:
            sent = sentences.index(start)
            sent_start = sentences.starts[sent]
            rule = "count-noun"
            if unit is None and POPULATION_BEFORE.search(text, max(sent_start, start - 60), start):
                unit, rule = "people", "count-population"  # before any unit the sentence counted
            if unit is None and self.inherit:
                if last_unit is not None and last_unit[0] == sent:
                    unit, rule = last_unit[1], "count-inherited"
                elif sent - 1 in first_unit and (
                    PARTITIVE_LEAD.search(text, sent_start, start) or PARTITIVE_AFTER.match(text, end)
                ):
                    # 'Sichuan has 1,162 trading firms. Of these, 87 …': the whole the sentence
                    # before counted, not the parts listed after it ('including 27 listed companies')
                    unit, rule = first_unit[sent - 1], "count-inherited"
                elif last_unit is not None and last_unit[0] == sent - 1 and LOCATIVE_AFTER.match(text, end):
                    # 'The firm runs 50 factories. Of these, 31 are in Lagos and 12 in Kano.'
                    unit, rule = last_unit[1], "count-inherited"
                else:
                    found_of = list(NUMBER_OF.finditer(text, max(sent_start, start - UNIT_LOOKBACK), start))
                    if found_of:
                        unit, rule = found_of[-1].group("unit"), "count-number-of"
            if unit is None and complements and start in complements:
                unit, rule = complements[start], "count-complement"
            if unit is None:
                continue
            last_unit = (sent, unit)
            first_unit.setdefault(sent, unit)
            attrs: dict[str, object] = {"value": value, "unit": unit}
            q = qualifier(text, start, end)
            if q:
                attrs["qualifier"] = q
            add_candidate(doc, Candidate(start, end, "COUNT", rule, attrs=attrs))


def _title_case_line(doc: Doc, rows: TokenTable, j: int) -> bool:
    """Whether token j stands in a headline written in Title Case ('Ontario Supporting 450 New Jobs')."""
    text = masked_text(doc)
    pos = rows[j].idx
    start = text.rfind("\n", max(0, pos - HEADLINE_CHARS), pos) + 1
    end = text.find("\n", pos, pos + HEADLINE_CHARS)
    if (start == 0 and pos > HEADLINE_CHARS) or (end < 0 and len(text) > pos + HEADLINE_CHARS):
        return False  # a line longer than any headline
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 3 and line.rstrip()[-1:] not in ".!?" and all(w[0].isupper() for w in words)


def _capital_plural(tok: Tok) -> bool:
    """A capitalised plural noun of a Title Case headline ('Jobs', 'Factories')."""
    w = tok.lower_
    return (
        tok.is_alpha
        and tok.text[0].isupper()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
    )


def _num_token(tok: Tok) -> bool:
    return bool(DIGITS.match(tok.text)) or (tok.lower_ in NUMBER_WORDS and tok.lower_ not in SCALE_WORDS)


@functools.cache
def _country_starts() -> frozenset[str]:
    """Every start of four or more letters of a country's name ('Bangl', 'Bangladesh')."""
    names = load_places("places.tsv").names_with({"country"})
    return frozenset(n[:m] for n in names for m in range(4, len(n) + 1))


def _demonym_plural(word: str) -> bool:
    """'Bangladeshis', 'Moroccans', 'Kazakhs': the people of a country, a counted noun."""
    if not word.endswith("s") or not word[:1].isupper() or not word.isalpha():
        return False
    starts = _country_starts()
    return any(word.endswith(e) and word[: -len(e)] in starts for e in DEMONYM_PLURAL_ENDINGS)
