"""Pick the final entities from all candidates: no overlaps, longest wins, spans trimmed."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.base import BLOCK, CORPORATE, Candidate, Occupied, candidates, raw_text, state
from pipeline.records import Entity

DEFAULT_PRIORITY = ["MONEY", "PERCENT", "DATE", "BLOCK", "ORG", "PERSON", "PLACE", "COUNT"]
LEADING = re.compile(r"^(?:[\s\"'“”‘’(\[{]|[Tt]he\s+)+")
TRAILING = re.compile(r"(?:[\s\"'“”‘’)\]},.;:!?]|['’]s\b)+$")
ENTITIES_KEY = "entities"

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
        for cand in sorted(candidates(doc), key=self._rank):
            c = _trim(cand, text)
            if c is None or occupied.overlaps(c.start, c.end):
                continue
            chosen.append(c)
            occupied.add(c.start, c.end)
        if self.propagate:
            chosen += _propagate(text, chosen, occupied)
        final = sorted((c for c in chosen if c.label != BLOCK), key=lambda c: (c.start, c.end))
        state(doc)[ENTITIES_KEY] = [_to_entity(c, text).to_dict() for c in final]
        state(doc).pop("masked", None)  # a working copy; not worth carrying between processes
        spans = []
        for c in final:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["newsfacts"] = spans
        if self.set_ents:
            doc.ents = _non_overlapping(spans)
        return doc


def _trim(c: Candidate, text: str) -> Candidate | None:
    s, e = c.start, c.end
    span = text[s:e]
    lead = LEADING.match(span)
    if lead:
        s += lead.end()
    tail = TRAILING.search(text[s:e])
    if tail:
        e = s + tail.start()
    if e <= s:
        return None
    if (s, e) == (c.start, c.end):
        return c
    return Candidate(s, e, c.label, c.rule, c.tier, c.attrs)


def _propagate(text: str, chosen: list[Candidate], occupied: Occupied) -> list[Candidate]:
    """One sense per article: 'Haidian' after 'Haidian district', 'Yili' after 'Yili Group'."""
    short: dict[str, str] = {}
    for c in chosen:
        if c.label == "PLACE" and "name_end" in c.attrs:
            name = text[c.start : c.attrs["name_end"]]
            short.setdefault(name, "PLACE")
        elif c.label == "ORG":
            words = text[c.start : c.end].split()
            if len(words) > 1 and words[-1] in CORPORATE:
                short.setdefault(" ".join(words[:-1]), "ORG")
    added: list[Candidate] = []
    for name, label in short.items():
        if not name.strip() or not name[0].isupper():
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if occupied.overlaps(m.start(), m.end()):
                continue
            added.append(Candidate(m.start(), m.end(), label, "same-name-in-article"))
            occupied.add(m.start(), m.end())
    return added


def _to_entity(c: Candidate, text: str) -> Entity:
    attrs: dict[str, Any] = dict(c.attrs)
    attrs.pop("name_end", None)
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
