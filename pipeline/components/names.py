"""PLACE, ORG and PERSON: gazetteer and name patterns, plus filtered model proposals."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.components.base import (
    BLOCK,
    MODEL_TIER,
    Candidate,
    add_candidate,
    breaks_line,
    is_cap,
    masked_text,
    tok_end,
)
from pipeline.ruledata import load_places, load_word_list

MAX_NAME_TOKENS = 6
CONNECTORS = {"of", "and", "for", "&", "on", "de"}
HYPHENS = {"-", "–"}
CREDIT_WORDS = {"PROVIDED", "TO", "PHOTO", "PHOTOS", "BY", "FOR", "COURTESY", "OF", "IMAGE", "FILE", "CREDIT"}


def _key(text: str) -> str:
    return " ".join(text.split())


def _cap_word(tok: Token) -> bool:
    """A word that can be part of a proper name."""
    return is_cap(tok) and tok.lower_ not in STOP_WORDS and not tok.like_num


def _name_start(doc: Doc, head: int, max_tokens: int = MAX_NAME_TOKENS) -> int:
    """Walk left from token `head` over a capitalised name; return the first token's index."""
    i = head
    while i > 0 and head - i < max_tokens:
        prev = doc[i - 1]
        if breaks_line(prev) or prev.is_space:
            break
        if _cap_word(prev):
            i -= 1
            continue
        if prev.text in HYPHENS and i - 2 >= 0 and not doc[i - 2].is_space:
            i -= 2  # "Beijing-Tianjin"
            continue
        if (
            i - 3 >= 0
            and prev.is_alpha
            and doc[i - 2].text in HYPHENS
            and not doc[i - 3].whitespace_
            and not doc[i - 2].whitespace_
            and _cap_word(doc[i - 3])
        ):
            i -= 3  # "High-tech Development Zone"
            continue
        if prev.lower_ in CONNECTORS and i - 2 >= 0 and _cap_word(doc[i - 2]) and i != head:
            i -= 2
            continue
        break
    # A hyphen compound keeps its first word even when lower-case ("High-tech" is fine).
    while i < head and (doc[i].lower_ in CONNECTORS or doc[i].text in HYPHENS):
        i += 1
    return i


@Language.factory(
    "newsfacts_places",
    default_config={
        "gazetteer": "places.tsv",
        "designators": "place_designators.txt",
        "min_population": 0,
    },
)
def make_places(
    nlp: Language, name: str, gazetteer: str, designators: str, min_population: int
) -> PlaceFinder:
    return PlaceFinder(gazetteer=gazetteer, designators=designators, min_population=min_population)


class PlaceFinder:
    """Gazetteer names ('Hohhot', 'Inner Mongolia'), with a following designator
    ('Haidian district', 'Inner Mongolia autonomous region')."""

    def __init__(
        self,
        gazetteer: str = "places.tsv",
        designators: str = "place_designators.txt",
        min_population: int = 0,
    ) -> None:
        places = load_places(gazetteer)
        self.names = {
            name
            for name, rows in places.items()
            if any(p.feature != "city" or p.population >= min_population for p in rows)
        }
        self.designators = sorted(
            (tuple(d.split()) for d in load_word_list(designators)), key=len, reverse=True
        )
        self.designator_starts = {words[0] for words in self.designators}

    def _designator_end(self, doc: Doc, j: int) -> int | None:
        """Token index past a designator starting at token j, if there is one."""
        if j >= len(doc) or doc[j].lower_ not in self.designator_starts:
            return None
        for words in self.designators:
            k = j
            for w in words:
                if k >= len(doc) or doc[k].lower_ != w or breaks_line(doc[k - 1]):
                    break
                k += 1
            else:
                return k
        return None

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        text = masked_text(doc)
        i = 0
        while i < n:
            tok = doc[i]
            if not is_cap(tok):
                i += 1
                continue
            best = None
            for j in range(i, min(n, i + MAX_NAME_TOKENS)):
                if j > i and (breaks_line(doc[j - 1]) or doc[j].is_space):
                    break
                if _key(text[tok.idx : tok_end(doc[j])]) in self.names:
                    best = j
            end_tok = best
            rule = "place-gazetteer"
            # A capitalised name directly followed by a designator is a place too.
            start_tok = i
            if best is None and _cap_word(tok):
                j = i
                while (
                    j + 1 < n
                    and j - i < 4
                    and (_cap_word(doc[j + 1]) or doc[j + 1].text in HYPHENS)
                    and not breaks_line(doc[j])
                    and self._designator_end(doc, j + 1) is None
                ):
                    j += 1
                if doc[j].text not in HYPHENS:
                    d = self._designator_end(doc, j + 1)
                    if d is not None and j - i < 4:
                        end_tok, rule = d - 1, "place-designator"
            elif best is not None:
                # "Beijing-Tianjin-Hebei region": a hyphen chain with a designator is one place.
                j = best
                while (
                    j + 2 < n
                    and doc[j + 1].text in HYPHENS
                    and not doc[j].whitespace_
                    and not doc[j + 1].whitespace_
                    and _cap_word(doc[j + 2])
                ):
                    j += 2
                if j > best and self._designator_end(doc, j + 1) is not None:
                    best = j
                d = self._designator_end(doc, best + 1)
                if d is not None:
                    end_tok, rule = d - 1, "place-gazetteer+designator"
            if end_tok is None:
                i += 1
                continue
            attrs = {}
            if rule != "place-gazetteer":
                attrs["name_end"] = tok_end(doc[best if best is not None else end_tok - 1])
            add_candidate(
                doc, Candidate(doc[start_tok].idx, tok_end(doc[end_tok]), "PLACE", rule, attrs=attrs)
            )
            i = end_tok + 1
        return doc


@Language.factory(
    "newsfacts_orgs",
    default_config={
        "org_words": "org_words.txt",
        "event_words": "event_words.txt",
        "list_nouns": "org_list_nouns.txt",
        "use_model_ents": True,
    },
)
def make_orgs(
    nlp: Language, name: str, org_words: str, event_words: str, list_nouns: str, use_model_ents: bool
) -> OrgFinder:
    return OrgFinder(org_words, event_words, list_nouns, use_model_ents)


class OrgFinder:
    """Names ending in an organisation word ('Jinshan High-tech Development Zone',
    'College Students Pioneer Park of Xincheng District'), all-caps credits, photo
    credits, lists after 'companies', and the model's ORG proposals that pass."""

    def __init__(
        self,
        org_words: str = "org_words.txt",
        event_words: str = "event_words.txt",
        list_nouns: str = "org_list_nouns.txt",
        use_model_ents: bool = True,
    ) -> None:
        self.heads = load_word_list(org_words)
        self.heads_upper = {w.upper() for w in self.heads}
        self.events = load_word_list(event_words)
        self.list_nouns = load_word_list(list_nouns)
        self.use_model = use_model_ents

    def _is_head(self, tok: Token, upper_run: bool) -> bool:
        return tok.text in self.heads or (upper_run and tok.text in self.heads_upper)

    def _of_tail(self, doc: Doc, k: int) -> int:
        """Extend past 'of Y' when Y is capitalised ('Park of Xincheng District'); returns last token."""
        if (
            k + 2 < len(doc)
            and doc[k + 1].lower_ == "of"
            and _cap_word(doc[k + 2])
            and not breaks_line(doc[k])
        ):
            j = k + 2
            while j + 1 < len(doc) and _cap_word(doc[j + 1]) and not breaks_line(doc[j]) and j - k < 5:
                j += 1
            return j
        return k

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        last_end = -1
        for k in range(n):
            tok = doc[k]
            upper = tok.text.isupper() and len(tok.text) > 1
            is_event = tok.text in self.events
            if not (self._is_head(tok, upper) or is_event) or k <= last_end:
                continue
            start = _name_start(doc, k)
            if upper:
                while start < k and doc[start].text in CREDIT_WORDS:
                    start += 1
            # Extend right over further capitalised words ending in a head ("Zone Administration").
            end = k
            j = k + 1
            while j < n and _cap_word(doc[j]) and not breaks_line(doc[j - 1]) and j - k < 3:
                if self._is_head(doc[j], upper) or doc[j].text in self.events:
                    end = j
                    is_event = is_event or doc[j].text in self.events
                j += 1
            if is_event:
                # Years and ordinals at the front of an event name belong to it ("13th Five-year Plan").
                while start > 0 and (doc[start - 1].like_num or doc[start - 1].text[:1].isdigit()):
                    start -= 1
                if start < k:
                    add_candidate(doc, Candidate(doc[start].idx, tok_end(doc[end]), BLOCK, "event-name"))
                last_end = end
                continue
            if start == k:
                continue  # a bare "Council" or "Park" names nothing
            end = self._of_tail(doc, end)
            add_candidate(doc, Candidate(doc[start].idx, tok_end(doc[end]), "ORG", "org-head"))
            last_end = end
        self._credits(doc)
        self._lists(doc)
        self._role_of(doc)
        if self.use_model:
            self._model(doc)
        return doc

    def _credits(self, doc: Doc) -> None:
        text = masked_text(doc)
        for s, e in doc.user_data.get("newsfacts", {}).get("credits", []):
            part_start = s
            for part in text[s:e].split("/"):
                ps, pe = part_start, part_start + len(part)
                part_start = pe + 1
                words = part.split()
                if not words or not words[0][:1].isupper():
                    continue
                if len(words) == 1 or words[-1] in self.heads:
                    lead = len(part) - len(part.lstrip())
                    add_candidate(
                        doc, Candidate(ps + lead, ps + len(part.rstrip()), "ORG", "org-photo-credit")
                    )

    def _lists(self, doc: Doc) -> None:
        """'two dairy companies, Yili and Mengniu', 'giants such as UnionPay and Huawei'."""
        n = len(doc)
        for k, tok in enumerate(doc):
            if tok.lower_ not in self.list_nouns:
                continue
            j = k + 1
            if j < n and doc[j].text in {",", ":"}:
                j += 1
            if j + 1 < n and doc[j].lower_ == "such" and doc[j + 1].lower_ == "as":
                j += 2
            elif j < n and doc[j].lower_ in {"including", "like"}:
                j += 1
            elif j == k + 1:
                continue
            while j < n and _cap_word(doc[j]):
                s = j
                while j + 1 < n and _cap_word(doc[j + 1]) and j - s < 3:
                    j += 1
                add_candidate(doc, Candidate(doc[s].idx, tok_end(doc[j]), "ORG", "org-list", attrs={}))
                j += 1
                if j < n and doc[j].text == ",":
                    j += 1
                if j < n and doc[j].lower_ in {"and", "or"}:
                    j += 1

    def _role_of(self, doc: Doc) -> None:
        """'co-founder of SenseTime', 'chairman of Yili'."""
        roles = {"founder", "co-founder", "cofounder", "chairman", "chairwoman", "ceo", "president",
                 "employee", "employees", "shareholder", "subsidiary", "unit", "spokesperson",
                 "spokesman", "spokeswoman"}  # fmt: skip
        n = len(doc)
        for k, tok in enumerate(doc):
            word = tok.lower_
            if k >= 2 and doc[k - 1].text in HYPHENS:
                word = (doc[k - 2].text + "-" + tok.text).lower()
            if word not in roles or k + 2 >= n or doc[k + 1].lower_ != "of":
                continue
            s = k + 2
            if not _cap_word(doc[s]) or doc[s].lower_ in STOP_WORDS:
                continue
            e = s
            while e + 1 < n and _cap_word(doc[e + 1]) and e - s < 4 and not breaks_line(doc[e]):
                e += 1
            add_candidate(doc, Candidate(doc[s].idx, tok_end(doc[e]), "ORG", "org-role-of"))

    def _model(self, doc: Doc) -> None:
        for ent in doc.ents:
            if ent.label_ in {"EVENT", "LAW", "WORK_OF_ART"} and _clean_proposal(ent):
                add_candidate(doc, Candidate(ent.start_char, ent.end_char, BLOCK, "model-event", MODEL_TIER))
            if ent.label_ != "ORG" or not _clean_proposal(ent):
                continue
            if len(ent) == 1 and (ent[0].is_sent_start or ent[0].i == 0) and not ent[0].text.isupper():
                continue  # "Emphasis" at the start of a sentence
            add_candidate(doc, Candidate(ent.start_char, ent.end_char, "ORG", "model-org", MODEL_TIER))


def _clean_proposal(ent: Span) -> bool:
    """A model span worth considering: on one line, capitalised at both ends, no digits."""
    toks = [t for t in ent if t.lower_ not in ("the", "'s", "’s")]
    if not toks or "\n" in ent.text:
        return False
    if not is_cap(toks[0]) or not (is_cap(toks[-1]) or toks[-1].text in {".", "&"}):
        return False
    return not any(t.like_num or t.text in {"[", "]", "/", "(", ")"} for t in ent)


@Language.factory(
    "newsfacts_persons",
    default_config={"titles": "person_titles.txt", "roles": "person_roles.txt", "use_model_ents": True},
)
def make_persons(nlp: Language, name: str, titles: str, roles: str, use_model_ents: bool) -> PersonFinder:
    return PersonFinder(titles, roles, use_model_ents)


class PersonFinder:
    """Names after a title ('mayor He Haidong'), before a role ('Yang Fan, co-founder of'),
    next to 'said', and the model's PERSON proposals of two or more capitalised words."""

    def __init__(
        self, titles: str = "person_titles.txt", roles: str = "person_roles.txt", use_model_ents: bool = True
    ) -> None:
        self.titles = load_word_list(titles)
        self.roles = {r.lower() for r in load_word_list(roles)}
        self.use_model = use_model_ents
        self.org_heads = load_word_list("org_words.txt")

    def _name_at(self, doc: Doc, s: int) -> int | None:
        """Last token of a 2-3 word capitalised name starting at s, or None."""
        e = s
        while e + 1 < len(doc) and e - s < 2 and _name_word(doc[e + 1]) and not breaks_line(doc[e]):
            e += 1
        if e == s or any(doc[t].text in self.org_heads for t in range(s, e + 1)):
            return None
        return e

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for k, tok in enumerate(doc):
            # Title before the name.
            if tok.text in self.titles and k + 1 < n and _name_word(doc[k + 1]):
                e = self._name_at(doc, k + 1)
                if e is not None:
                    add_candidate(doc, Candidate(doc[k + 1].idx, tok_end(doc[e]), "PERSON", "person-title"))
            # Name, then ", role".
            if tok.text == "," and k + 1 < n:
                j = k + 1
                if doc[j].lower_ in {"the", "a", "an"} and j + 1 < n:
                    j += 1
                role = doc[j].lower_
                if j + 2 < n and doc[j + 1].text in HYPHENS:
                    role = f"{role}-{doc[j + 2].lower_}"
                if role in self.roles or doc[j].lower_ in self.roles:
                    s = k - 1
                    while s - 1 >= 0 and k - s < 3 and _name_word(doc[s - 1]) and not breaks_line(doc[s - 1]):
                        s -= 1
                    if s >= 0 and _name_word(doc[s]) and self._name_at(doc, s) == k - 1:
                        add_candidate(
                            doc, Candidate(doc[s].idx, tok_end(doc[k - 1]), "PERSON", "person-role")
                        )
            # "said Yang Fan" / "according to He Haidong".
            if tok.lower_ in {"said", "says", "told"} and k + 1 < n and _name_word(doc[k + 1]):
                e = self._name_at(doc, k + 1)
                if e is not None:
                    add_candidate(doc, Candidate(doc[k + 1].idx, tok_end(doc[e]), "PERSON", "person-said"))
        if self.use_model:
            for ent in doc.ents:
                if ent.label_ != "PERSON" or not _clean_proposal(ent):
                    continue
                words = [t for t in ent if not t.is_punct]
                if len(words) < 2 or not all(_name_word(t) for t in words):
                    continue
                if any(t.text in self.org_heads for t in words):
                    continue
                add_candidate(
                    doc, Candidate(ent.start_char, ent.end_char, "PERSON", "model-person", MODEL_TIER)
                )
        return doc


def _name_word(tok: Token) -> bool:
    t = tok.text
    return (len(t) > 1 and t[0].isupper() and t[1:].islower() and t.isalpha()) or (
        len(t) > 1 and t[0].isupper() and "-" in t and t.replace("-", "").isalpha()
    )
