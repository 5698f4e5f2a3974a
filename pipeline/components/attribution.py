"""Attribution (SPEC.md 2.10): whose figure, where, when, for every MONEY, COUNT and PERCENT.

On a parsed Doc the fields come from the dependency parse (clause subject, possessor,
passive agent, prepositional place, the clause's dates); on the blank base from a
simpler reading of the figure's clause in the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.base import (
    USER_KEY,
    Intervals,
    doc_sentences,
    expand_bounds,
    line_start_matches,
    raw_text,
)
from pipeline.components.dates import FOLD_ODD, MONTH, Anchors, matches
from pipeline.components.table import TokenTable, token_table
from pipeline.lazyre import lazy_compile
from pipeline.read import find_published
from pipeline.ruledata import load_word_features, load_word_list

FIGURES = ("MONEY", "COUNT", "PERCENT")
FIELDS = ("subject", "place", "when")
Ref = dict[str, int] | None
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
SUBJECT_OR_EXPL = (*SUBJECT_DEPS, "expl")
# A clause without its own subject shares the subject of the clause it hangs on.
HANGING_DEPS = {"xcomp", "advcl", "conj", "acl", "pcomp", "prep", "pobj", "dep", "appos", "npadvmod", "oprd"}
PLACE_PREPS = {"in", "at", "across", "throughout", "within", "inside", "near", "beside"}
NOT_PLACE_PREPS = {"according", "from", "than", "against", "versus", "of", "by", "like", "as"}
PRONOUNS = {"it", "its", "they", "their", "them"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whose", "whom"}
BREAKDOWN = lazy_compile(r"(?i)\b(?:including|of which|of whom|among them|among which)\b")
OWNER_AFTER = lazy_compile(r"\s+(?:[a-z]+\s+){0,2}of\s+(?:the\s+)?")
COLON_LIST = lazy_compile(r":\s*$|:\s+(?:[a-z]+\s+){0,2}$")
LIST_GAP_FIG = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")  # "6.28, 5.89 and 4.24 trillion yuan"
LIST_GAP = lazy_compile(r"^[^.;:!?]{0,80}$")
PERIOD_LINK = lazy_compile(r"^\s*(?:to|and|through|until|till|-|–|—)\s*$")
DATELINE_LEAD = lazy_compile(
    r"(?m)^[ \t]*(?P<lead>[A-Z][A-Za-z'’.\- ]{1,40}(?:,[^\n()/:]{1,45}?)?)"
    r"(?:\s*\((?P<agency>[^()\n]{1,30})\))?(?:\s*/[^/\n]{2,30}/)?"
    r"(?:\s*(?:--|[-–—])\s+|:\s+|(?<=\))\s+(?=[A-Z]))"
)
LIST_SEP = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?")
HIERARCHY_SEP = lazy_compile(
    r"\s*,?\s*(?:(?:in|near|of)\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|"
    r"western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+)?"
)
ALIAS_GAP = lazy_compile(r"\s*\(\s*|\s*,\s*(?:known as|also known as|or|dubbed|called)\s+(?:the\s+)?")
PLACED_BEFORE = lazy_compile(r"(?i)(?:\b(?:in|at|near|beside|across)|,)\s+(?:the\s+)?$")
POSSESSIVE_GAP = lazy_compile(r"['’]s\s+")
FRONTED_PHRASE = lazy_compile(
    r"\s*(?:In|At|On|During|After|Before|Since|By|Over|Within|Throughout)\b[^,;:\n]{0,80},"
)
FRONTED_PLACE = lazy_compile(r"\s*(?:In|At|Across)\s+(?:the\s+)?$")
COMPARISON_BEFORE = lazy_compile(
    r"(?i)(?:(?:\bagainst|(?<!more )(?<!less )(?<!fewer )\bthan|\bversus|\bvs\.?|\bcompared (?:with|to))\s+"
    r"(?:[\w'’-]+\s+){0,4}"
    r"|\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew)\b[^,.;]{0,30}?\bfrom\s+(?:the\s+|a\s+)?)$"
)
# every match of COMPARISON_BEFORE holds one of these words, in any case
COMPARISON_WORDS = ("against", "than", "versus", "vs", "compared", "from")
COMPARISON_PREPS = {"against", "than", "versus", "vs", "vs."}
COMPASS = {
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
}  # fmt: skip
PART_OF_PLACE = {
    "north",
    "south",
    "east",
    "west",
    "centre",
    "center",
    "heart",
    "outskirts",
    "edge",
    "part",
    "rest",
}
THERE = lazy_compile(r"^[^,;]{0,60}\bthere\b")
CLAUSE_DEPS = {
    "ROOT",
    "advcl",
    "relcl",
    "ccomp",
    "xcomp",
    "csubj",
    "parataxis",
}  # heads of clauses, whatever their tag
QUALIFYING = {"more", "less", "fewer", "rather"}  # "more than 300" is a qualifier, not a comparison
TEMPORAL_MARKS = {"when", "once", "after", "before", "until", "till", "by"}
OF_AFTER = lazy_compile(r"\s+(?:[\w-]+\s+){0,2}?of\s(?!them\b|which\b|whom\b|it\b)")
WORD_COMMA = lazy_compile(r",(?!\d)")
LINE_BREAKS = lazy_compile(r"\n\s*")
BASED = lazy_compile(r"^-\s*[a-z]|^\s+-\s*based\b")  # "Paris-based", "Hefei-backed", "China-Europe"
SENTENCE_END = lazy_compile(r"[.!?]['\"”’)]*\s+(?=[A-Z“\"'(\[])|\n")
PREPOSITION_BEFORE = lazy_compile(
    r"(?i)\b(?:in|at|across|throughout|within|of|from|to|with|for|on|into|onto|by|than|"
    r"between|among|via|like|as|against|toward|towards|over|under|near|outside|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|"
    r"north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+)?$"
)
RELATIVE_CUT = lazy_compile(r"(?i),\s*(?:which|who|where|when)\b")
CLAUSE_CUT = lazy_compile(r"[;:]|(?i:,\s*(?:while|whereas|but|although|though)\b)")
AGENT_BEFORE = lazy_compile(r"(?i)\bby\s+(?:the\s+)?$")
POSSESSIVE_AFTER = lazy_compile(r"['’]s?\s")
COMMA_GAP = lazy_compile(r"\s*,\s*")
DIGIT_OR_MONTH = lazy_compile(rf"\d|\b{MONTH}\b")
COMMA_AFTER = lazy_compile(r"\s*,")
IN_AT_GAP = lazy_compile(r"\s+(?:in|at)\s+(?:the\s+)?")
OF_POSSESSOR = lazy_compile(r"\s*(?:[Tt]he|[Ii]ts)\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\s+of\s+")
CLAUSE_OPENER = lazy_compile(r"\s*(?:and\s+|so\s+|as\s+)?(?:(?:the|this)\s+)?([A-Za-z-]+)\b")


@Language.factory(
    "newsfacts_attribution",
    default_config={
        "place_words": "attribution_place_words.txt",
        "org_words": "attribution_org_words.txt",
        "reporting_verbs": "attribution_reporting_verbs.txt",
        "reporting_that_verbs": "attribution_reporting_that_verbs.txt",
        "use_parse": True,
    },
)
def make_attribution(
    nlp: Language,
    name: str,
    place_words: str,
    org_words: str,
    reporting_verbs: str,
    reporting_that_verbs: str,
    use_parse: bool,
) -> Attributor:
    return Attributor(place_words, org_words, reporting_verbs, reporting_that_verbs, use_parse)


@Language.component("newsfacts_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence (captions and headlines have no full stop), and so does a
    dateline ('SHENZHEN, Oct 17 (Reuters) - '); runs before the parser, which keeps sentence
    starts set in advance."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array(IDX)
    masked = doc.user_data.get(USER_KEY, {}).get("masked")  # the tokenizer's text: Doc.text
    text = masked if isinstance(masked, str) else doc.text  # would rebuild it from every token
    cuts = [m.end() for m in LINE_BREAKS.finditer(text)] + [end for _, end in dateline_cuts(text)]
    for pos in cuts:
        i = bisect.bisect_left(starts, pos)
        if 0 < i < len(doc):
            doc[i].is_sent_start = True
    return doc


def _table(doc: Doc) -> TokenTable:
    """The Doc's token table, leaving its store as it was (the resolver has dropped the masked
    text the table is built from, when no component before it built the table)."""
    data = doc.user_data.setdefault(USER_KEY, {})
    had = "masked" in data
    rows = token_table(doc)
    if not had:
        data.pop("masked", None)
    return rows


def _ref(e: dict[str, Any] | None) -> Ref:
    return None if e is None else {"start": e["start"], "end": e["end"]}


class Attributor:
    """Fills `subject`, `place` and `when` on every MONEY, COUNT and PERCENT entity.

    Entities are indexed by sentence once; each figure looks only at its own sentence.
    `use_parse` lets the dependency parse decide when the base has one.
    """

    def __init__(
        self,
        place_words: str = "attribution_place_words.txt",
        org_words: str = "attribution_org_words.txt",
        reporting_verbs: str = "attribution_reporting_verbs.txt",
        reporting_that_verbs: str = "attribution_reporting_that_verbs.txt",
        use_parse: bool = True,
    ) -> None:
        self.place_words = load_word_features(place_words)
        self.org_words = {w.lower() for w in load_word_list(org_words)}
        verbs = sorted(load_word_list(reporting_verbs), key=len, reverse=True)
        that_verbs = sorted(load_word_list(reporting_that_verbs), key=len, reverse=True)
        self.reporting = {v for v in (*verbs, *that_verbs) if " " not in v}
        self.reporter_words = {v.lower() for v in (*verbs, *that_verbs)}  # where reporter_cut can start
        say = "|".join(re.escape(v) for v in verbs)
        report = "|".join(re.escape(v) for v in that_verbs)
        when = r"(?:\s+(?:on|in|last|this)\s+\w+)?"
        self.reporter_cut = re.compile(
            rf"(?i)\b(?:(?:{say})\b{when}(?:\s+that\b)?|(?:{report})\b{when}\s+that\b)"
        )
        self.use_parse = use_parse
        reporters = "|".join(re.escape(v) for v in sorted(self.reporting, key=len, reverse=True))
        self.report_date = re.compile(rf"(?i)\b(?:{reporters})\s+(?:on\s+)?(?=\S)")

    # --- shared ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        ents: list[dict[str, Any]] = doc.user_data.get(USER_KEY, {}).get("entities", [])
        if not any(e["label"] in FIGURES for e in ents):
            return doc
        text = raw_text(doc)
        parsed = self.use_parse and doc.has_annotation("DEP")
        leads = dateline_cuts(text)
        bounds = _sentence_starts(doc, text, parsed, leads, ents)
        by_sentence: dict[int, list[dict[str, Any]]] = {}
        for e in ents:
            by_sentence.setdefault(bisect.bisect_right(bounds, e["start"]) - 1, []).append(e)
        _, dateline = find_published(text)
        # whether any 'there' of the Doc is an adverb ('add 1,200 jobs there'), looked for once
        there = parsed and any(r.lower_ == "there" and doc[r.i].dep_ == "advmod" for r in _table(doc))
        headers = [*leads, *([dateline] if dateline else [])]
        anchors = Anchors(text)
        reported_on = self._reported_on(text, anchors)
        reporters = (  # for the blank base's reading of clauses
            sorted(set(anchors.found(self.reporter_words, low=True)))
            if anchors.low is not None and not parsed
            else None
        )
        for i, group in by_sentence.items():
            figures = [e for e in group if e["label"] in FIGURES]
            if not figures:
                continue
            refs = [
                e
                for e in group
                if e["label"] in ("ORG", "PLACE")
                or (
                    e["label"] == "DATE"
                    and e["start"] not in reported_on
                    and not any(a <= e["start"] and e["end"] <= b for a, b in headers)
                )
            ]
            if parsed:
                ParsedSentence(self, doc, text, refs, there).attribute(figures)
            else:
                self._attribute_text(text, refs, figures, bounds, reporters)
            _post_pass(text, bounds[i], refs, figures)
            _copy_dependants(text, figures, doc if parsed else None)
        return doc

    def _reported_on(self, text: str, anchors: Anchors) -> set[int]:
        """Where the date of a report may start ('said on Tuesday'): the pattern is tried only
        where a reporting verb is written."""
        starts = sorted(set(anchors.found(self.reporting, low=True))) if anchors.low is not None else None
        return {m.end() for m in matches(self.report_date, text, starts)}

    def description_label(self, word: str) -> str | None:
        """'city' -> PLACE, 'company' -> ORG, 'it' -> '*' (either), anything else None."""
        w = word.lower()
        if w in PRONOUNS:
            return "*"
        if w == "there":
            return "PLACE"
        if w in self.place_words:
            return "PLACE"
        if w in self.org_words:
            return "ORG"
        return None

    def earlier_name(
        self,
        refs: list[dict[str, Any]],
        before: int,
        word: str,
        prefer: set[int] | None = None,
        strict: bool = False,
        first: set[int] | None = None,
    ) -> dict[str, Any] | None:
        """The name a description or pronoun at `before` stands for, earlier in the same sentence."""
        label = self.description_label(word)
        if label is None:
            return None
        feats = self.place_words.get(word.lower(), frozenset()) if label == "PLACE" else frozenset()
        head = word.lower()
        fits = [
            r
            for r in refs
            if r["end"] <= before
            and r["label"] != "DATE"
            and (
                # a name whose own last word is the description, whatever its label ("Nkomazi Local
                # Municipality … the municipality", "Jubail Industrial City … the city")
                _last_word(r.get("text", "")) == head
                or (
                    (label == "*" or r["label"] == label)
                    and (not feats or r.get("feature") in feats or "feature" not in r)
                )
            )
        ]
        if not fits:
            return None
        if first is not None:
            preferred = [r for r in fits if r["start"] in first]
            if preferred:
                return preferred[-1]  # "X, which supplies Y, said it would invest …" -> X
        if prefer is not None:
            preferred = [r for r in fits if r["start"] in prefer]
            if preferred or strict:
                return preferred[-1] if preferred else None  # a name in a side phrase is another thing
        return fits[-1]

    # --- blank base: the figure's clause read as text -------------------------------

    def _cuts(
        self, text: str, sent: tuple[int, int], reporters: list[int] | None
    ) -> tuple[list[re.Match[str]], ...]:
        """The clause, relative-clause and reporter cuts of one sentence (found once per sentence);
        `reporters`: where the text has a reporting verb (None: not known)."""
        s, e = sent
        return (
            list(CLAUSE_CUT.finditer(text, s, e)),
            list(RELATIVE_CUT.finditer(text, s, e)),
            list(matches(self.reporter_cut, text, reporters, s, e)),
        )

    def _clause(
        self, text: str, sent: tuple[int, int], fig: dict[str, Any], cuts: tuple[list[re.Match[str]], ...]
    ) -> tuple[int, int, str | None, list[tuple[int, int]]]:
        """Start and end of the figure's clause inside its sentence, the relative word opening it,
        and the relative clauses closed before the figure (which are not its clause)."""
        clause_cuts, relative_cuts, reporter_cuts = cuts
        start, end, rel = sent[0], sent[1], None
        skip: list[tuple[int, int]] = []
        for m in clause_cuts:
            if m.end() <= fig["start"]:
                start, rel = m.end(), None
            elif m.start() >= fig["end"]:
                end = min(end, m.start())
                break
        for m in relative_cuts:
            if m.start() < start or m.end() > fig["start"]:
                continue
            close = _last_comma(text, m.end(), fig["start"])
            if close >= 0:
                skip.append((m.start(), close))  # "Toyota, which employs 3,000 people, plans …"
                continue
            start, rel = m.end(), m.group(0).split()[-1].lower().strip(",")
            close = _next_comma(text, fig["end"], end)
            end = close if close >= 0 else end
        for m in reporter_cuts:
            if m.start() < start or m.end() > end:
                continue
            if m.end() <= fig["start"]:
                start, rel = m.end(), None
                if m.group(0).lower().startswith("according"):
                    comma = _next_comma(text, m.end(), fig["start"])
                    start = comma + 1 if comma >= 0 else start
            elif m.start() >= fig["end"]:
                before_comma = text.rfind(", ", fig["end"], m.start())
                end = min(end, before_comma if before_comma >= 0 else m.start())
                break
        lead = PARTICIPLE_LEAD.match(text, start)
        if lead and lead.end() <= fig["start"]:
            skip.append((start, lead.end()))  # "Founded in 2009 and based in Lyon, Acme operates …"
        return start, end, rel, skip

    def _attribute_text(
        self,
        text: str,
        refs: list[dict[str, Any]],
        figures: list[dict[str, Any]],
        bounds: list[int],
        reporters: list[int] | None = None,
    ) -> None:
        i = bisect.bisect_right(bounds, figures[0]["start"]) - 1
        sent = (bounds[i], bounds[i + 1] if i + 1 < len(bounds) else len(text))
        cuts = self._cuts(text, sent, reporters)
        for fig in figures:
            cs, ce, rel, skip = self._clause(text, sent, fig, cuts)
            inside = [
                r
                for r in refs
                if cs <= r["start"] and r["end"] <= ce and not any(a <= r["start"] < b for a, b in skip)
            ]
            before = [r for r in inside if r["end"] <= fig["start"] and r["label"] != "DATE"]
            after = [r for r in inside if r["start"] >= fig["end"] and r["label"] != "DATE"]
            lead_text = text[max(cs, fig["start"] - 60) : fig["start"]]
            compared = _compared_before(lead_text)
            dates = [
                r
                for r in inside
                if r["label"] == "DATE"
                and not _compared_between(text, fig, r, figures)
                and not _date_apart(text, cs, fig, r, figures)
            ]
            if rel == "when":  # "by 2025, when new materials make up 60 percent"
                dates = [
                    r for r in refs if r["label"] == "DATE" and r["end"] <= cs and r["end"] >= cs - 8
                ] or dates
            when = min(dates, key=lambda r: abs(r["start"] - fig["start"])) if dates else None
            when = _period_end(text, when, refs)
            if compared:
                fig.update({"subject": None, "place": None, "when": _ref(when)})
                continue
            subject = None
            agent = next(
                (
                    r
                    for r in after
                    if AGENT_BEFORE.search(text[max(0, r["start"] - 8) : r["start"]])
                    and not any(fig["end"] <= f["start"] < r["start"] for f in figures)
                ),
                None,
            )
            if agent is not None:
                subject = agent
            else:
                for k in range(len(before) - 1, -1, -1):
                    r = before[k]
                    if BASED.match(text[r["end"] : r["end"] + 8]) or text[r["start"] - 1 : r["start"]] == "-":
                        continue
                    # the start of its possessive or list chain: "in central China's Hunan province"
                    first = k
                    while first and _chained(text, before[first - 1], before[first]):
                        first -= 1
                    lead = text[max(cs, before[first]["start"] - 40) : before[first]["start"]]
                    if PREPOSITION_BEFORE.search(lead) and not self._of_possessor(
                        text[cs : before[first]["start"]]
                    ):
                        continue
                    while k and COMMA_GAP.fullmatch(text[before[k - 1]["end"] : before[k]["start"]]):
                        k -= 1  # "the Park of X District, Hohhot, has …": the first of an apposition
                    subject = before[k]
                    break
            if subject is None and rel == "where":
                named = _refs_before(refs, {"start": cs})
                if named is not None and named["label"] == "PLACE" and named["end"] >= cs - 8:
                    subject = named  # "a plant in Lyon, where the town expects 300 jobs"
            if subject is None and rel in ("which", "who"):
                antecedent = [
                    r
                    for r in refs
                    if r["end"] <= cs
                    and r["label"] != "DATE"
                    and text[r["end"] : cs].strip(" ,").lower() in ("which", "who")
                ]
                subject = antecedent[-1] if antecedent else None
            if subject is None:  # "8.6 per cent of Nigeria's GDP"
                owner = next((r for r in after if OWNER_AFTER.fullmatch(text[fig["end"] : r["start"]])), None)
                if owner is not None and POSSESSIVE_AFTER.match(text[owner["end"] : owner["end"] + 3]):
                    subject = owner
            if subject is None:
                word = _word_before_figure_subject(text, cs, fig["start"])
                if word:
                    subjects = {
                        r["start"]
                        for r in refs
                        if r["end"] <= cs
                        and not PREPOSITION_BEFORE.search(text[max(0, r["start"] - 30) : r["start"]])
                    }
                    subject = self.earlier_name(refs, cs, word, subjects, strict=True)
            place = None
            for r in sorted(
                (r for r in inside if r["label"] == "PLACE"),
                key=lambda r: (
                    r["start"] - fig["end"] if r["start"] >= fig["end"] else fig["start"] - r["end"] + 5
                ),
            ):
                if r["start"] >= fig["end"] and OF_AFTER.match(text[fig["end"] : r["start"]]):
                    continue  # "70 percent of the institutions in X": X qualifies the institutions
                if subject is not None and IN_AT_GAP.fullmatch(text[subject["end"] : r["start"]]):
                    continue  # "Zhongguancun street in Haidian district has …": the subject's own phrase
                words = text[max(cs, r["start"] - 40) : r["start"]].lower().split()
                if (
                    len(words) >= 2
                    and words[-1] == "of"
                    and (self.description_label(words[-2]) == "PLACE" or words[-2] in PART_OF_PLACE)
                ):
                    words = words[:-2]  # "in the City of Suffolk", "in the south of Jiangxi province"
                if POSSESSIVE_AFTER.match(text[r["end"] : r["end"] + 3]):
                    continue  # "in Chongqing's Bishan district": the possessed place is taken, not its owner
                while words and (words[-1].endswith(("'s", "’s")) or words[-1] in COMPASS):
                    words = words[:-1]
                if words and words[-1] == "the":
                    words = words[:-1]
                if words and words[-1] in PLACE_PREPS:
                    place = r
                    break
            if place is None and THERE.search(text[fig["end"] : ce]):
                place = self.earlier_name(refs, fig["start"], "there")  # "… plans to add 1,200 jobs there"
            if place is None and subject is not None:
                place = subject if subject["label"] == "PLACE" else _place_beside(text, subject, refs)
            fig.update({"subject": _ref(subject), "place": _ref(place), "when": _ref(when)})

    def _of_possessor(self, lead: str) -> bool:
        """'The GDP of ' opening a clause: the name after 'of' owns what the clause says."""
        m = OF_POSSESSOR.fullmatch(lead)
        return m is not None and self.description_label(m.group(2)) is None


COMPARED = lazy_compile(r"(?i)\b(?:from|than|compared (?:with|to)|versus|against)\s+(?:the\s+|a\s+)?$")


def _last_word(name: str) -> str:
    """The last word of a name, lower-cased ('Jubail Industrial City' -> 'city')."""
    words = name.split()
    return words[-1].lower() if words else ""


def _compared_between(
    text: str, fig: dict[str, Any], date: dict[str, Any], figures: list[dict[str, Any]]
) -> bool:
    """Whether a figure of comparison stands between the figure and the date ('up 6 percent
    from $466 million in 2022': 2022 is the compared amount's)."""
    lo, hi = sorted((fig["end"], date["start"]))
    return any(
        lo <= f["start"] < hi and COMPARED.search(text[max(0, f["start"] - 20) : f["start"]])
        for f in figures
        if f is not fig
    )


def _chained(text: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether name a opens the phrase of name b: a possessor ('China's Hunan') or an earlier
    item of the same list ('Anping, Lixian and Boye')."""
    gap = text[a["end"] : b["start"]]
    return bool(POSSESSIVE_GAP.fullmatch(gap) or (LIST_SEP.fullmatch(gap) and a["label"] == b["label"]))


def _last_comma(text: str, start: int, end: int) -> int:
    """The last comma that separates words between start and end, or -1."""
    found = -1
    for m in WORD_COMMA.finditer(text, start, end):
        found = m.start()
    return found


def _next_comma(text: str, start: int, end: int) -> int:
    """The next comma that separates words (not the one in '3,000'), or -1."""
    m = WORD_COMMA.search(text, start, end)
    return m.start() if m else -1


def _compared_before(lead: str) -> bool:
    """Whether `lead` ends in a comparison ('compared with last year's', 'up from'): the pattern
    runs only where one of its words is written (a case-insensitive pattern also reads 'ſ' as
    's' and 'ı' as 'i', which lower() keeps: such text goes to the pattern)."""
    if not any(c in lead for c in FOLD_ODD):
        low = lead.lower()
        if not any(w in low for w in COMPARISON_WORDS):
            return False
    return COMPARISON_BEFORE.search(lead) is not None


def _word_before_figure_subject(text: str, clause_start: int, fig_start: int) -> str | None:
    """The pronoun or description that opens a clause ('it has 300', 'the city has 300')."""
    m = CLAUSE_OPENER.match(text[clause_start:fig_start])
    return m.group(1) if m else None


class ParsedSentence:
    """One sentence's attribution from the dependency parse."""

    def __init__(
        self, owner: Attributor, doc: Doc, text: str, refs: list[dict[str, Any]], there: bool = True
    ) -> None:
        self.owner = owner
        self.doc = doc
        self.text = text
        self.refs = refs
        self.there = there  # False: no 'there' of the Doc is an adverb
        self.rows = _table(doc)
        self._spans: dict[tuple[int, int], Span | None] = {}
        self.tok2ref: dict[int, dict[str, Any]] = {}
        for r in refs:
            span = self.span(r["start"], r["end"])
            if span is not None:
                for i in range(span.start, span.end):
                    self.tok2ref.setdefault(i, r)
        self.clause_subjects: set[int] = {
            r["start"]
            for i, r in self.tok2ref.items()
            if r["label"] != "DATE"
            and (
                doc[i].dep_ in SUBJECT_DEPS
                or (doc[i].dep_ in ("poss", "compound") and doc[i].head.dep_ in SUBJECT_DEPS)
            )
        }
        self.subjects: set[int] = {
            r["start"]
            for i, r in self.tok2ref.items()
            if r["label"] != "DATE" and not _in_side_phrase(doc[i])
        }

    def span(self, start: int, end: int) -> Span | None:
        """doc.char_span(start, end, alignment_mode="expand"), made once per sentence."""
        key = (start, end)
        if key not in self._spans:
            bounds = expand_bounds(self.rows.starts, self.rows.ends, len(self.text), start, end)
            self._spans[key] = None if bounds is None else Span(self.doc, *bounds)
        return self._spans[key]

    def ref(self, tok: Token, labels: Iterable[str]) -> dict[str, Any] | None:
        r = self.tok2ref.get(tok.i)
        return r if r is not None and r["label"] in labels else None

    def attribute(self, figures: list[dict[str, Any]]) -> None:
        self.figure_tokens: set[int] = set()
        self.np_tokens: set[int] = set()
        for fig in figures:
            span = self.span(fig["start"], fig["end"])
            if span is not None:
                self.figure_tokens.update(t.i for t in span)
                self.figure_tokens.add(_noun_head(span.root).i)
        for fig in figures:
            span = self.span(fig["start"], fig["end"])
            if span is None:
                fig.update(dict.fromkeys(FIELDS))
                continue
            head = _noun_head(span.root)
            chain, path = self.clause_chain(head)
            verbs = {t.i for t in chain}
            self.np_tokens = set()
            for t in path:  # the figure's own noun phrase, below its clause
                if t.i in verbs:
                    break
                self.np_tokens.add(t.i)
            own = set(range(span.start, span.end)) | {head.i}
            when = self.when(chain, fig, path, own)
            if self.compared(path, chain):
                base = self.base_date(path, own, fig)  # "up from SAR 48 million a year earlier"
                fig.update({"subject": None, "place": None, "when": _ref(base or when)})
                continue
            subject = (
                self.participle_agent(head)
                or self.subject(chain[-1], set(range(span.start, span.end)), head_i=head.i)
                or self.figure_owner(path, chain)
            )
            top = chain[-1]
            if (
                subject is None
                and _own_subject(top) is head
                and top.dep_ in ("advcl", "xcomp", "pcomp", "acl")
            ):
                # "signed agreements with three manufacturers to build plants": the signer's figure
                outer, _ = self.clause_chain(top.head)
                subject = self.subject(outer[-1], set(range(span.start, span.end)))
            if (
                subject is None
                and top.dep_ == "ROOT"
                and not any(c.dep_ in SUBJECT_OR_EXPL for c in top.children)
            ):
                # "Geely, which builds cars …, plans to add 1,200 jobs" parsed with no subject
                before = [
                    r
                    for i, r in sorted(self.tok2ref.items())
                    if r["label"] in ("ORG", "PLACE") and i < top.i and not _in_side_phrase(self.doc[i])
                ]
                subject = before[0] if before else None
            place = self.place(path, chain, subject)
            fig.update({"subject": _ref(subject), "place": _ref(place), "when": _ref(when)})

    def base_date(self, path: list[Token], own: set[int], fig: dict[str, Any]) -> dict[str, Any] | None:
        """The date inside a comparison's own phrase, up to its preposition."""
        phrase: set[int] = set()
        for tok in path:
            phrase.add(tok.i)
            if _is_comparison(tok):
                phrase.add(tok.head.i)
                break
        else:
            return None
        found = []
        for r in self.refs:
            if r["label"] != "DATE":
                continue
            span = self.span(r["start"], r["end"])
            if span is not None and self._date_reaches(span.root, phrase, phrase, set(), own):
                found.append(r)
        return min(found, key=lambda r: abs(r["start"] - fig["end"])) if found else None

    def compared(self, path: list[Token], chain: list[Token]) -> bool:
        """A figure of comparison ('against national growth of 2.5 percent', 'up from 42 percent',
        'compared with 300') is not the clause's own: it gets no subject or place."""
        verbs = {t.i for t in chain}
        for tok in path:
            if tok.i in verbs:
                return False
            if (
                tok.dep_ == "prep"
                and tok.lower_ in COMPARISON_PREPS
                and tok.nbor(-1).lower_ not in QUALIFYING
            ):
                return True
            if tok.dep_ == "prep" and tok.lower_ == "from" and tok.head.lower_ in ("up", "down"):
                return True
            if tok.lower_ in ("compared", "compares", "comparing"):
                return True
        return False

    def figure_owner(self, path: list[Token], chain: list[Token]) -> dict[str, Any] | None:
        """The owner named inside the figure's own phrase: '8.6 per cent of Nigeria's GDP',
        'a project of X worth $5 million'."""
        verbs = {t.i for t in chain}
        for tok in path:
            if tok.i in verbs:
                return None
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        if obj.dep_ != "pobj":
                            continue
                        r = self.ref(obj, ("ORG", "PLACE"))
                        if r is not None:
                            return r
                        for c in obj.children:
                            r = self.ref(c, ("ORG", "PLACE")) if c.dep_ == "poss" else None
                            if r is not None:
                                return r
        return None

    def clause_chain(self, tok: Token) -> tuple[list[Token], list[Token]]:
        """The clause verbs from the figure up to the first with a subject of its own, and every
        token passed on the way (for prepositional attachments)."""
        chain: list[Token] = []
        path: list[Token] = []
        seen: set[int] = set()
        while tok.i not in seen:
            seen.add(tok.i)
            path.append(tok)
            clause_head = tok.pos_ in ("VERB", "AUX") or tok.dep_ in CLAUSE_DEPS
            if clause_head and not (tok.i in self.figure_tokens and tok.dep_ not in CLAUSE_DEPS):
                if chain and tok.lower_ in self.owner.reporting:
                    # "…, creating 1,500 jobs, said the minister": the reported clause is the figure's
                    reported = [c for c in tok.children if c.dep_ == "ccomp" and c.i not in seen]
                    path.pop()  # the reporter's own phrases ("said on Tuesday") are not the figure's
                    if reported:
                        chain.append(reported[0])
                        path.append(reported[0])
                    break
                chain.append(tok)
                if _own_subject(tok) is not None or tok.dep_ in ("ccomp", "parataxis", "relcl", "ROOT"):
                    break
                if tok.dep_ not in HANGING_DEPS or tok.lower_ in self.owner.reporting:
                    break
            if tok.head is tok:
                break
            if tok.dep_ in ("ccomp", "parataxis") or (tok.dep_ == "prep" and tok.lower_ == "according"):
                break
            tok = tok.head
        if not chain:
            chain.append(tok)
        return chain, path

    def subject(self, verb: Token, own: set[int], depth: int = 0, head_i: int = -1) -> dict[str, Any] | None:
        """The ORG or PLACE owning the figure: passive agent, the clause's subject, its
        possessor or name compound, a relative clause's antecedent, a description's name."""
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = self.owner_of(obj, depth)
                        if found is not None:
                            return found
        subj = _own_subject(verb)
        if subj is None:
            return None
        if subj.i in own:
            return None  # the figure is its own subject: "12 plants were built in Lyon"
        if subj.i == head_i:  # "Ningbo's 320 exporters" has an owner; "Two firms, Yili and …" has none
            return self.owner_of(subj, depth, appos=False)
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return self.owner_of(verb.head, depth, follow_clause=True)
        last = subj
        while True:  # coordinated subjects: the one nearest the number ("X and the state of Y will lend …")
            conj = [c for c in last.children if c.dep_ == "conj" and c.i < verb.i]
            if not conj:
                break
            last = conj[-1]
        if last is not subj:
            found = self.owner_of(last, depth)
            if found is not None:
                return found
        if verb.dep_ == "relcl" and self.owner.description_label(subj.lower_) is not None:
            antecedent = self.ref(verb.head, ("ORG", "PLACE"))  # "a plant in Lyon, where the town expects …"
            if antecedent is not None:
                return antecedent
        return self.owner_of(subj, depth)

    def participle_agent(self, head: Token) -> dict[str, Any] | None:
        """'the $181 billion raised by China', 'a 58-billion-yuan push by CATL': the agent of a
        participle on the figure, or a 'by' phrase on the noun it measures."""
        noun = head.head if head.dep_ in ("nmod", "compound", "amod", "nummod") else head
        for tok in (head, noun):
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "by":
                    for obj in child.children:
                        r = self.ref(obj, ("ORG", "PLACE")) if obj.dep_ == "pobj" else None
                        if r is not None:
                            return r
        for child in head.children:
            if child.dep_ == "acl":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for obj in agent.children:
                            r = self.ref(obj, ("ORG", "PLACE")) if obj.dep_ == "pobj" else None
                            if r is not None:
                                return r
        return None

    def owner_of(
        self, tok: Token, depth: int, follow_clause: bool = False, appos: bool = True
    ) -> dict[str, Any] | None:
        found = self.ref(tok, ("ORG", "PLACE"))
        if found is not None:
            return found
        order = {"compound": 0, "nmod": 0, "appos": 1, "poss": 2}
        for child in sorted(tok.children, key=lambda c: order.get(c.dep_, 3)):
            if child.dep_ in ("poss", "compound", "nmod") or (appos and child.dep_ == "appos"):
                r = self.ref(child, ("ORG", "PLACE"))
                if r is not None and not BASED.match(self.text[r["end"] : r["end"] + 8]):
                    return r
                if child.dep_ == "poss" and (
                    child.lower_ in PRONOUNS or self.owner.description_label(child.lower_) is not None
                ):
                    return self.owner.earlier_name(
                        self.refs, child.idx, child.lower_, self.subjects, strict=True
                    )
        word = tok.lower_
        described = self.owner.description_label(word) is not None
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at") and not described:
                labels = ("ORG", "PLACE") if child.lower_ == "of" else ("ORG",)
                for obj in child.children:
                    r = self.ref(obj, labels) if obj.dep_ == "pobj" else None
                    if r is not None:
                        return r
        if described:  # "the state of Queensland", "the City of Lyon"; not "the capital city of a region"
            feats = self.owner.place_words.get(word, frozenset())
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        r = self.ref(obj, ("PLACE",)) if obj.dep_ == "pobj" else None
                        if r is not None and (not feats or r.get("feature") in feats):
                            return r
        if described or word in PRONOUNS:
            return self.owner.earlier_name(
                self.refs, tok.idx, word, self.subjects, strict=True, first=self.clause_subjects
            )
        predicative = tok.dep_ in ("attr", "oprd", "acomp") or (
            tok.dep_ == "pobj" and tok.head.lower_ in ("into", "as")
        )  # "became a hub that hosts 400 incubators", not "counts 500 companies, which employ …"
        if follow_clause and depth < 3 and predicative:
            chain, _ = self.clause_chain(tok.head if tok.head is not tok else tok)
            return self.subject(chain[-1], set(), depth + 1)
        return None

    def place_of(self, obj: Token, depth: int = 0, direct: bool = True) -> dict[str, Any] | None:
        """The place a prepositional object names: itself, a name in front of it ('in a new Carlow
        plant'), 'the City of X', 'the south of X', a description named earlier, or (two levels
        down) a place its own in/at/near phrase names ('in a plant in the X Zone near Y')."""
        known = self.tok2ref.get(obj.i)
        if direct:
            if known is not None and known["label"] == "PLACE":
                return known
            if known is None:
                for child in obj.children:
                    if child.dep_ in ("compound", "poss", "nmod"):
                        r = self.ref(child, ("PLACE",))
                        if r is not None:
                            return r
                for child in obj.children:
                    if child.dep_ == "prep" and child.lower_ == "of" and depth < 3:
                        for inner in child.children:
                            if inner.dep_ == "pobj":
                                r = self.place_of(inner, depth + 1)
                                if r is not None:
                                    return r
                if self.owner.description_label(obj.lower_) == "PLACE":
                    return self.owner.earlier_name(self.refs, obj.idx, obj.lower_)
        if depth >= 2 or (known is not None and known["label"] == "DATE"):
            return None
        cands = [obj, *(c for c in obj.children if c.dep_ == "conj")]
        cands += [c for c in obj.children if c.dep_ == "acl"]  # "a park covering 3,000 mu near X"
        for cand in cands:
            for child in cand.children:
                own_np = cand.i in self.figure_tokens or cand.i in self.np_tokens
                if child.dep_ == "prep" and (
                    child.lower_ in PLACE_PREPS
                    or child.lower_ == "on"
                    or (child.lower_ == "of" and not own_np)
                ):
                    for inner in child.children:
                        if inner.dep_ in ("pobj", "dobj"):
                            r = self.place_of(inner, depth + 1, direct=child.lower_ != "of" or depth < 1)
                            if r is not None:
                                return r
                if child.dep_ == "dobj" and cand.dep_ == "acl":
                    r = self.place_of(child, depth + 1, direct=False)
                    if r is not None:
                        return r
        return None

    def _prep_places(self, toks: Iterable[Token]) -> list[tuple[int, dict[str, Any]]]:
        out = []
        for tok in toks:
            for child in tok.children:
                if child.dep_ == "advmod" and child.lower_ == "there":
                    r = self.owner.earlier_name(self.refs, child.idx, "there")  # "… add 1,200 jobs there"
                    if r is not None:
                        out.append((abs(child.i - tok.i), r))
                # "the size of its factory in X" looks in; "70 percent of firms in X" does not
                looks_in = (
                    child.dep_ == "prep"
                    and child.lower_ == "of"
                    and tok.i not in self.figure_tokens
                    and tok.i not in self.np_tokens
                )
                if (child.dep_ not in ("prep", "dative") or child.lower_ in NOT_PLACE_PREPS) and not looks_in:
                    continue
                direct = child.lower_ in PLACE_PREPS or child.lower_ == "on"
                weight = 0 if child.lower_ in PLACE_PREPS else 50 if child.lower_ == "on" else 100
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        r = self.place_of(obj, direct=direct)
                        if r is not None:
                            out.append((abs(obj.i - tok.i) + weight, r))
        return out

    def place(
        self, path: list[Token], chain: list[Token], subject: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """An in/at/across place of the figure's clause (nearest the figure first), else one of a
        purpose clause hung on it, else the subject when it is a place, else a place in the
        subject's phrase or a place possessor."""
        seen = {t.i for t in path}
        for verb in chain[:1] if self.there else ():  # "will add a line for drivetrains there"
            there = [t for t in verb.subtree if t.lower_ == "there" and t.dep_ == "advmod"]
            if there:
                r = self.owner.earlier_name(self.refs, there[0].idx, "there")
                if r is not None:
                    return r
        for k, tok in enumerate(path):
            if k and path[k - 1].dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN"):
                continue  # "eight sites in X, and 235 institutions": X belongs to the sites only
            found = self._prep_places([tok])
            if found:
                return min(found, key=lambda x: x[0])[1]
        for below, verb in itertools.pairwise(chain):  # "build a plant in Lyon, creating 333 jobs"
            if below.dep_ == "conj":
                break  # "process ore from mines near X and employ 350 people": not the employer's place
            objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i not in seen]
            objects += [
                t
                for o in objects
                for t in o.subtree
                if t.i != o.i and t.pos_ in ("NOUN", "PROPN", "NUM", "ADJ")
            ][:30]
            found = self._prep_places(objects)
            if found:
                return min(found, key=lambda x: x[0])[1]
        for verb in chain:  # "invest $40 million to expand its plant in Augusta County"
            for child in verb.children:
                if child.dep_ in ("xcomp", "advcl") and _own_subject(child) is None and child.i not in seen:
                    objects = [c for c in child.children if c.dep_ in ("dobj", "attr")]
                    found = self._prep_places([child, *objects])
                    if found:
                        return min(found, key=lambda x: x[0])[1]
        if subject is not None and subject["label"] == "PLACE":
            return subject
        if subject is not None:
            beside = _place_beside(self.text, subject, self.refs)
            if beside is not None:
                return beside
        subj = _own_subject(chain[-1])
        if subj is not None:
            heads = [subj] + [
                o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
            ]
            found = self._prep_places(heads)
            if found:
                return found[0][1]
            for c in subj.children:
                if c.dep_ == "appos":
                    r = self.ref(c, ("PLACE",))
                    if r is not None:
                        return r
        return None

    def _date_scope(self, chain: list[Token]) -> set[int]:
        """The clause verbs whose dates the figure takes: its own and those of clauses it hangs
        on, but not across a shared-subject 'and' ('shipped … last year and will invest …'); a
        clause joined with its own subject takes the date of the one before it."""
        scope: set[int] = set()
        for verb in chain:
            scope.add(verb.i)
            if verb.dep_ == "conj" and _own_subject(verb) is None:
                return scope
        top = chain[-1]
        if top.dep_ == "conj" and _own_subject(top) is not None and top.head is not top:
            scope.add(top.head.i)
        return scope

    def _date_reaches(
        self, date: Token, mine: set[int], np_tokens: set[int], scope: set[int], own: set[int]
    ) -> bool:
        """Whether a date belongs to the figure: climbing from it reaches the figure's phrase, or
        the figure's clauses without crossing another clause (a relative or participle clause,
        a reported clause, an 'and'), another figure, or a non-temporal adverbial clause."""
        others = self.figure_tokens - own
        tok = date
        crossed = False
        for _ in range(40):
            if tok.i in np_tokens:
                return True
            if tok.i in scope or (tok.i in mine and not crossed):
                return not crossed
            if tok.i in others or (tok.dep_ == "prep" and any(c.i in others for c in tok.children)):
                return False
            if _is_comparison(tok) and tok.i not in mine:
                return False  # "up 18 per cent from a year earlier": the base's date
            clause = tok.dep_ in ("advcl", "acl", "relcl", "ccomp", "parataxis", "csubj") or (
                tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")
            )
            if clause and tok.i not in mine:
                if tok.dep_ in ("relcl", "ccomp", "parataxis", "csubj", "conj"):
                    return False
                if tok.dep_ == "acl":
                    crossed = True
                if tok.dep_ == "advcl" and not any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in TEMPORAL_MARKS for c in tok.children
                ):
                    return False
            if tok.head is tok:
                return False
            tok = tok.head
        return False

    def when(
        self, chain: list[Token], fig: dict[str, Any], path: list[Token], own: set[int]
    ) -> dict[str, Any] | None:
        """The nearest DATE that belongs to the figure's clause (so neither a reporter's date, nor
        one of a clause hung on the figure's, nor another figure's)."""
        for verb in chain:  # "by 2025, when new materials should make up 60 percent"
            if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):
                date = self.ref(verb.head, ("DATE",))
                if date is not None:
                    return date
        scope = self._date_scope(chain)
        mine = set(scope)
        for t in path:  # the figure's phrase and clauses, not past an 'and' the scope stops at
            if t.i in {c.i for c in chain} and t.i not in scope:
                break
            mine.add(t.i)
        verbs = {t.i for t in chain}
        np_tokens = set()
        for t in path:
            if t.i in verbs:
                break
            np_tokens.add(t.i)
        best = None
        for r in self.refs:
            if r["label"] != "DATE":
                continue
            span = self.span(r["start"], r["end"])
            if span is None or not self._date_reaches(span.root, mine, np_tokens, scope, own):
                continue
            if best is None or abs(r["start"] - fig["start"]) < abs(best["start"] - fig["start"]):
                best = r
        return _period_end(self.text, best, self.refs)


def _place_beside(text: str, subject: dict[str, Any], refs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A place set beside an organisation: 'the Pioneer Park, Hohhot, has …'."""
    for r in refs:
        if r["label"] == "PLACE" and r["start"] >= subject["end"]:
            return r if COMMA_GAP.fullmatch(text[subject["end"] : r["start"]]) else None
    return None


def _is_comparison(tok: Token) -> bool:
    """'than', 'against', 'compared with', or 'from' after up/down: a phrase giving a base."""
    if tok.dep_ != "prep" and tok.lower_ not in ("compared", "comparing"):
        return False
    if tok.lower_ in COMPARISON_PREPS:
        return tok.i == 0 or tok.nbor(-1).lower_ not in QUALIFYING
    return tok.lower_ in ("compared", "comparing") or (
        tok.lower_ == "from" and tok.head.lower_ in ("up", "down")
    )


def _in_side_phrase(tok: Token) -> bool:
    """Whether a name stands in a prepositional phrase ('At the Convention in Hefei, the city …'),
    so a later description does not stand for it; subjects, objects and possessors can."""
    for _ in range(12):
        if tok.dep_ in ("prep", "pobj", "agent", "dative"):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _noun_head(tok: Token) -> Token:
    """'171' in '171 enterprises' -> 'enterprises': the noun the number belongs to."""
    for _ in range(3):
        if tok.dep_ in ("nummod", "quantmod", "compound", "nmod") and tok.head is not tok:
            tok = tok.head
        else:
            break
    return tok


def _own_subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def _period_end(text: str, date: dict[str, Any] | None, refs: list[dict[str, Any]]) -> dict[str, Any] | None:
    """'from 2021 to 2023', 'between 2021 and 2023' -> the later end."""
    if date is None:
        return None
    for r in refs:
        if (
            r["label"] == "DATE"
            and r["start"] >= date["end"]
            and PERIOD_LINK.match(text[date["end"] : r["start"]])
        ):
            return r
    return date


def dateline_cuts(text: str) -> list[tuple[int, int]]:
    """(line start, body start) of datelines that open a line: 'SHENZHEN, Oct 17 (Reuters) - ',
    'Mumbai, Nov 14 (PTI) ', 'RIYADH: ', 'DRESDEN, Germany, March 10, 2025 /PRNewswire/ -- '."""
    out = []
    for m in line_start_matches(DATELINE_LEAD, text):
        lead = m.group("lead")
        if lead.split()[0].rstrip(",").isupper() or m.group("agency") or DIGIT_OR_MONTH.search(lead):
            out.append((m.start("lead"), m.end()))
    return out


def _refs_before(refs: list[dict[str, Any]], ref: dict[str, Any]) -> dict[str, Any] | None:
    earlier = [r for r in refs if r["end"] <= ref["start"] and r["label"] != "DATE"]
    return earlier[-1] if earlier else None


def _list_of(text: str, refs: list[dict[str, Any]], ref: dict[str, Any]) -> list[dict[str, Any]]:
    """The coordinated names a name stands in ('Guangdong, Jiangsu and Shandong'), in order."""
    names = [r for r in refs if r["label"] == ref["label"]]
    i = names.index(ref)
    start = {id(r): r["start"] for r in names}
    possessors = set()
    for a, b in itertools.pairwise(names):
        if POSSESSIVE_GAP.fullmatch(text[a["end"] : b["start"]]):
            start[id(b)] = start[id(a)]  # "Northwest China's Shaanxi Province" is one item
            possessors.add(id(a))
    names = [r for r in names if id(r) not in possessors or r is ref]
    i = names.index(ref)

    def joined(a: dict[str, Any], b: dict[str, Any]) -> bool:
        # "China's largest provinces" after a list is an apposition, not one more item
        gap = text[a["end"] : start[id(b)]]
        return (
            start[id(b)] > a["end"]
            and bool(LIST_SEP.fullmatch(gap))
            and not POSSESSIVE_AFTER.match(text[b["end"] : b["end"] + 3])
        )

    lo = hi = i
    while lo > 0 and joined(names[lo - 1], names[lo]):
        lo -= 1
    while hi + 1 < len(names) and joined(names[hi], names[hi + 1]):
        hi += 1
    items = names[lo : hi + 1]
    if not any(
        re.search(r"\b(?:and|or)\b", text[a["end"] : start[id(b)]]) for a, b in itertools.pairwise(items)
    ):
        return [ref]  # "Debrecen, eastern Hungary" is no list
    return items


VP_AND = lazy_compile(
    r"(?i)\band\s+(?:(?:also|then|now|later)\s+)?(?:will|would|shall|plans?|planned|aims?|aimed|expects?|"
    r"expected|has|have|had|is|was|are|were|[a-z]+ed)\b"
)
PARTICIPLE_LEAD = lazy_compile(
    r"\s*(?:[A-Z][a-z]+(?:ed|ing)|Set up|Built)\s+(?:in|by|on|at|as|from|with|along|near|across|since)\b[^,]*,"
)


def _date_apart(
    text: str, clause_start: int, fig: dict[str, Any], date: dict[str, Any], figures: list[dict[str, Any]]
) -> bool:
    """Whether a date of the figure's clause belongs to something else (the blank base's reading):
    a participle or aside before it ('Founded in 2009, X operates 11 …', 'The zone, set up in
    2012, hosts 126 …'), a phrase hung after it (', creating 900 jobs by 2028'), another verb
    joined by 'and' ('shipped … last year and will invest …'), or another figure between them
    that is no list with it ('350 people … and 180 once it opens in 2028')."""
    if date["end"] <= fig["start"]:
        between = text[date["end"] : fig["start"]]
        lead = PARTICIPLE_LEAD.match(text, clause_start)
        if lead and date["start"] < lead.end() <= fig["start"]:
            return True
        aside = text.rfind(", ", clause_start, date["start"])
        close = between.find(", ")
        if (
            aside >= 0
            and re.match(r",\s+(?:[a-z]+ed|set up|built|founded|which|who)\b", text[aside:])
            and close >= 0
            and re.match(r",\s+(?:(?:now|also|still|then)\s+)?[a-z]+(?:s|ed)\b", between[close:])
        ):
            return True  # "The zone, set up in 2012, now hosts 126 firms"
    else:
        between = text[fig["end"] : date["start"]]
        if re.search(r",\s+[a-z]+ing\b", between):
            return True
    if VP_AND.search(between):
        return True
    lo, hi = fig["end"], date["start"]  # "350 people … and 180 once it opens in 2028"
    others = [f for f in figures if f is not fig and lo <= f["start"] < hi]
    if others:
        chain = sorted([fig, *others], key=lambda f: f["start"])
        gaps = [text[a["end"] : b["start"]] for a, b in itertools.pairwise(chain)]
        if any(re.search(r"\band\b", g) and not LIST_GAP_FIG.fullmatch(g) for g in gaps):
            return True
    return False


def _refine_place(
    text: str, refs: list[dict[str, Any]], place: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The first of a list of places ('in Beilun, Zhenhai and Yinzhou districts' -> Beilun) and
    the most specific of a nesting ('at Butibori in Nagpur district', 'Boden, in Sweden's
    Norrbotten county' -> Butibori, Boden)."""
    if place is not None:  # "Chongqing's Bishan district": the possessed place
        later = [r for r in refs if r["start"] >= place["end"] and r["label"] == "PLACE"]
        if later and POSSESSIVE_GAP.fullmatch(text[place["end"] : later[0]["start"]]):
            place = later[0]
    best = cursor = place
    for _ in range(4):
        if cursor is None:
            break
        prev = _refs_before(refs, cursor)
        if prev is None or prev["label"] != "PLACE":
            break
        gap = text[prev["end"] : cursor["start"]]
        if POSSESSIVE_GAP.fullmatch(gap):
            cursor = prev  # "Sweden's Norrbotten county": Sweden contains it; look before Sweden
            continue
        if not (LIST_SEP.fullmatch(gap) or HIERARCHY_SEP.fullmatch(gap)):
            break
        if (
            not LIST_SEP.fullmatch(gap)
            and PLACED_BEFORE.search(text[max(0, prev["start"] - 12) : prev["start"]]) is None
        ):
            break  # "on Alexandra Dock in Kingston upon Hull": the in-phrase names the place
        best = cursor = prev
    return best


def _post_pass(text: str, sent_start: int, refs: list[dict[str, Any]], figures: list[dict[str, Any]]) -> None:
    """Rules on the sentence's text, the same on both bases: a bracketed acronym is the nearer
    name; coordinated subjects pair with coordinated figures ('Guizhou and Shaanxi expanded 4.2
    percent and 4.1 percent') or else give the nearest; a fronted 'In X,' places the sentence."""
    by_span = {(r["start"], r["end"]): r for r in refs}
    fronted = None
    for x in refs:
        if x["label"] == "PLACE" and FRONTED_PLACE.fullmatch(text[sent_start : x["start"]]):
            fronted = x if COMMA_AFTER.match(text[x["end"] : x["end"] + 3]) else None
            break
    fronted_date = None
    lead = FRONTED_PHRASE.match(text, sent_start)
    if lead:
        inside = [
            x for x in refs if x["label"] == "DATE" and lead.start() <= x["start"] and x["end"] <= lead.end()
        ]
        fronted_date = inside[-1] if inside else None
    groups: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for f in figures:
        for field in ("subject", "place"):
            ref = f.get(field)
            r = by_span.get((ref["start"], ref["end"])) if isinstance(ref, dict) else None
            if field == "place" and r is not None and f.get("subject") != ref:
                r = _refine_place(text, refs, r)
            if r is None:
                continue
            nxt = [x for x in refs if x["start"] > r["end"] and x["label"] == r["label"]]
            if (
                nxt
                and ALIAS_GAP.fullmatch(text[r["end"] : nxt[0]["start"]])
                and not POSSESSIVE_AFTER.match(text[nxt[0]["end"] : nxt[0]["end"] + 3])
            ):
                r = nxt[0]  # "the … Agency (HIPA) had closed 94 projects", "…, known as Modon, has signed"
            f[field] = _ref(r)
        if f.get("place") is None and fronted is not None:
            f["place"] = _ref(fronted)
        if f.get("when") is None and fronted_date is not None and fronted_date["end"] <= f["start"]:
            f["when"] = _ref(fronted_date)  # "In a deal signed the same day, X agreed to develop …"
        subj = f.get("subject")
        if isinstance(subj, dict) and "converts" not in f:
            groups.setdefault((subj["start"], subj["end"]), []).append(f)
    for (s, e), figs in groups.items():
        names = _list_of(text, refs, by_span[(s, e)])
        if len(names) < 2 or names[-1]["end"] > figs[0]["start"]:
            continue
        chosen = figs if len(figs) == len(names) else None
        for k, f in enumerate(figs):
            name = names[k] if chosen is not None else names[-1]
            if f["place"] == f["subject"]:
                f["place"] = _ref(name)
            f["subject"] = _ref(name)


def _copy_dependants(text: str, figures: list[dict[str, Any]], doc: Doc | None) -> None:
    """Bracketed conversions take their amount's fields; numbers in an 'including …' or
    'of which …' breakdown take those of the number they break down."""
    by_span = {(f["start"], f["end"]): f for f in figures}
    source: dict[str, Any] | None = None
    prev: dict[str, Any] | None = None
    colon = False
    for f in figures:
        conv = f.get("converts")
        if isinstance(conv, dict) and (conv["start"], conv["end"]) in by_span:
            f.update({k: by_span[(conv["start"], conv["end"])][k] for k in FIELDS})
            continue
        if prev is not None:
            gap = text[prev["end"] : f["start"]]
            if BREAKDOWN.search(gap):
                source, colon = prev, False
            elif COLON_LIST.search(gap):  # "opened 50 factories last year: 31 in Lagos, 12 in Kano"
                source, colon = prev, True
            elif source is not None and not (
                LIST_GAP.match(gap) and not _has_finite_verb(doc, prev["end"], f["start"])
            ):
                source = None
        if source is not None:
            own_place = f.get("place")
            f.update({k: source[k] for k in FIELDS})
            if colon and own_place is not None:
                f["place"] = own_place
        prev = f


def _has_finite_verb(doc: Doc | None, start: int, end: int) -> bool:
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in span)


def _sentence_starts(
    doc: Doc, text: str, parsed: bool, leads: list[tuple[int, int]], ents: list[dict[str, Any]]
) -> list[int]:
    """Sorted sentence start offsets: the parser's sentences on a parsed Doc, the text rule of
    punctuation otherwise; both cut at line breaks, semicolons and after a dateline."""
    if parsed:
        starts = {0} | {m.end() for m in re.finditer(r"\n", text)} | {s.start_char for s in doc.sents}
    else:
        starts = set(doc_sentences(doc, text).starts)  # 0 and each SENTENCE_END's end, found once per Doc
    starts.update(m.end() for m in re.finditer(r";\s", text))
    starts.update(end for _, end in leads)
    inside = Intervals((e["start"] + 1, e["end"]) for e in ents)
    return sorted(p for p in starts if not inside.overlaps(p, p + 1))  # never inside a name
