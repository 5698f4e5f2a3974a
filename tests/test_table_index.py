"""The shared word index agrees with a plain scan of the token table."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.components.table import token_table, word_index

TEXTS = [
    "Acme Corp hired 1,200 workers in Lyon and acme said the 3 plants in LYON employ 40 people.",
    "No capital here, just words and words and 2.5 and 2,5.",
    "",
    "İstanbul and ISTANBUL and istanbul\nBerlin 10m",
]


@pytest.mark.parametrize("text", TEXTS)
def test_table_word_index_matches_scan(nlp: Language, text: str) -> None:
    table = token_table(nlp.make_doc(text))
    ix = word_index(table)
    words = {r.lower_ for r in table} | {"absent"}
    for w in words:
        assert ix.lowers({w}) == [r.i for r in table if r.lower_ == w]
    assert ix.lowers(words) == list(range(len(table)))
    assert ix.caps == [r.i for r in table if r.cap]
    assert sorted(k for _, at in ix.digit_led() for k in at) == [
        r.i for r in table if r.lower_[:1].isdecimal()
    ]
    cased = {r.text for r in table if r.cap}
    assert ix.texts(table.rows, cased, {w.lower() for w in cased}) == ix.caps


def test_table_word_index_built_once_per_doc(nlp: Language) -> None:
    doc = nlp.make_doc("Paris and Lyon.")
    assert word_index(token_table(doc)) is word_index(token_table(doc))
