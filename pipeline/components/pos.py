"""Coarse part-of-speech tags from the tagger's fine tags, by the base model's own attribute rules.

en_core_web_sm sets `Token.pos_` with an `attribute_ruler` whose Matcher also writes lemmas and
morphology the rules never read; it costs about as much as the model's tok2vec. This component
applies only the model's POS rules (read from its attribute_ruler when the pipeline is built, so
the table is the model's, not ours) with dictionary lookups, and gives the same `pos_`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

if TYPE_CHECKING:
    from thinc.types import Ints2d

# The token attributes a POS rule may test, and where their value sits in the row of `to_array`.
KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
Row = tuple[int, ...]
# one test: (position in the row, 0 equal / 1 in / 2 not in, value)
Check = tuple[int, int, Any]
EQ, IN, NOT_IN = 0, 1, 2


class PosRuleError(ValueError):
    """An attribute rule this component cannot apply."""


def _check(key: str, value: Any, strings: Any) -> Check:
    """A test of one token attribute, on hashed values as `Doc.to_array` gives them."""
    if key not in KEYS:
        raise PosRuleError(f"attribute {key!r} is not supported")
    k = KEYS[key]
    if key == "IS_SPACE":
        if not isinstance(value, bool):
            raise PosRuleError(f"IS_SPACE value {value!r} is not true/false")
        return (k, EQ, int(value))
    if isinstance(value, str):
        return (k, EQ, strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        (op, items), *_ = value.items()
        if op in ("IN", "NOT_IN") and isinstance(items, list):
            return (k, IN if op == "IN" else NOT_IN, frozenset(strings.add(v) for v in items))
    raise PosRuleError(f"{key} value {value!r} is not supported")


def _passes(row: Row, checks: tuple[Check, ...]) -> bool:
    for k, op, v in checks:
        x = row[k]
        if (x != v) if op == EQ else (x not in v) if op == IN else (x in v):
            return False
    return True


class PosRules:
    """The POS rules of an attribute_ruler, in its order (a later rule wins, as in spaCy)."""

    def __init__(self, patterns: list[dict[str, Any]], strings: Any) -> None:
        # one-token rules, found by (tag, lower), by tag, or tried on every token:
        # (order, checks, POS id); rules over several tokens: (order, checks per token, offset, POS id)
        self.by_word: dict[tuple[int, int], list[tuple[int, tuple[Check, ...], int]]] = {}
        self.by_tag: dict[int, list[tuple[int, tuple[Check, ...], int]]] = {}
        self.general: list[tuple[int, tuple[Check, ...], int]] = []
        self.multi: list[tuple[int, list[tuple[Check, ...]], int, int]] = []
        self._merged: dict[tuple[int, int], list[tuple[int, tuple[Check, ...], int]]] = {}
        order = 0
        for n, rule in enumerate(patterns):
            pos = rule.get("attrs", {}).get("POS")
            if pos is None:
                continue
            if pos not in POS_IDS:
                raise PosRuleError(f"attribute rule {n}: unknown POS {pos!r}")
            for pattern in rule["patterns"]:
                try:
                    checks = [
                        tuple(_check(key, value, strings) for key, value in spec.items()) for spec in pattern
                    ]
                except PosRuleError as err:
                    raise PosRuleError(f"attribute rule {n} ({pattern}): {err}") from None
                index = int(rule.get("index", 0))
                if index < 0:
                    index += len(pattern)
                if len(pattern) != 1:
                    self.multi.append((order, checks, index, POS_IDS[pos]))
                    order += 1
                    continue
                entry = (order, checks[0], POS_IDS[pos])
                order += 1
                tag, lower = pattern[0].get("TAG"), pattern[0].get("LOWER")
                if (
                    isinstance(tag, str)
                    and isinstance(lower, (str, dict))
                    and _check("LOWER", lower, strings)[1] != NOT_IN
                ):
                    words = [lower] if isinstance(lower, str) else list(lower["IN"])
                    for w in words:
                        self.by_word.setdefault((strings.add(tag), strings.add(w)), []).append(entry)
                elif isinstance(tag, str):
                    self.by_tag.setdefault(strings.add(tag), []).append(entry)
                else:
                    self.general.append(entry)

    def _candidates(self, tag: int, lower: int) -> list[tuple[int, tuple[Check, ...], int]]:
        """The one-token rules that may apply to a (tag, word), the last one first."""
        key = (tag, lower)
        found = self._merged.get(key)
        if found is None:
            rules = [*self.by_word.get(key, ()), *self.by_tag.get(tag, ()), *self.general]
            found = self._merged[key] = sorted(rules, key=lambda r: -r[0])
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows: list[Row] = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        pos = doc.to_array([POS]).tolist()
        best = [-1] * n
        for i, row in enumerate(rows):
            for order, checks, value in self._candidates(row[0], row[1]):
                if _passes(row, checks):
                    best[i] = order
                    pos[i] = value
                    break
        for order, specs, index, value in self.multi:
            size = len(specs)
            for i in range(n - size + 1):
                j = i + index
                if order > best[j] and all(_passes(rows[i + k], c) for k, c in enumerate(specs)):
                    best[j] = order
                    pos[j] = value
        doc.from_array([POS], cast("Ints2d", numpy.asarray(pos, dtype="uint64").reshape(-1, 1)))
        return doc


@Language.factory("newsfacts_pos", default_config={})
def make_pos(nlp: Language, name: str) -> PosRules:
    """Reads the POS rules of the pipeline's attribute_ruler (which must be present when added)."""
    if "attribute_ruler" not in nlp.pipe_names:
        raise PosRuleError("newsfacts_pos needs the base model's attribute_ruler to read its rules")
    ruler: Any = nlp.get_pipe("attribute_ruler")
    return PosRules(list(ruler.patterns), nlp.vocab.strings)
