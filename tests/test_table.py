"""The shared token table: one row per token, the same values spaCy's Token gives."""

from __future__ import annotations

import pytest

from pipeline.components.base import expand_bounds
from pipeline.components.table import token_table

TEXTS = [
    "XI'AN, May 3 (Reuters) -- Shaanxi Coal Co., Ltd. said on Friday it would invest 3.5bn yuan.",
    "Line one\n\nLine two  with   spaces\tand a tab, “quotes” and 1,200 units.",
    "",
    "HK$3.2 billion; RMB800; 5bn; naïve Zoltán Kiss—ok?",
]


@pytest.mark.parametrize("text", TEXTS)
def test_table_rows_match_spacy_tokens(nlp_blank, text):
    doc = nlp_blank.make_doc(text)
    table = token_table(doc)
    assert len(table) == len(doc)
    for tok, row in zip(doc, table, strict=True):
        assert (row.i, row.text, row.lower_, row.idx, row.whitespace_) == (
            tok.i,
            tok.text,
            tok.lower_,
            tok.idx,
            tok.whitespace_,
        )
        assert (row.like_num, row.is_alpha, row.is_punct, row.is_quote) == (
            tok.like_num,
            tok.is_alpha,
            tok.is_punct,
            tok.is_quote,
        )
        assert row.end == tok.idx + len(tok.text)
        assert row.is_space == (tok.is_space or not tok.text.strip())
        assert row.brk == ("\n" in tok.text)
        assert row.cap == (bool(tok.text) and tok.text[0].isupper() and any(c.isalpha() for c in tok.text))


def test_table_built_once_per_doc(nlp_blank):
    doc = nlp_blank.make_doc("Acme Corp said 3 plants.")
    assert token_table(doc) is token_table(doc)
    assert token_table(nlp_blank.make_doc("Acme Corp said 3 plants.")) is not token_table(doc)


def test_table_not_in_user_data(nlp_blank):
    doc = nlp_blank("Acme Corp said 3 plants.")
    token_table(doc)
    restored = type(doc)(doc.vocab).from_bytes(doc.to_bytes())
    assert restored.text == doc.text


def test_table_char_lookup(nlp_blank):
    text = "Acme  Corp said."
    doc = nlp_blank.make_doc(text)
    table = token_table(doc)
    corp = text.index("Corp")
    assert table[table.starting_at(corp)].text == "Corp"
    assert table[table.starting_at(text.index("said"))].text == "said"
    assert table.starting_at(1) is None
    assert table.ending_at(corp + 4) == table.starting_at(corp)
    assert table.ending_at(2) is None
    # a span that cuts tokens: the shared expand rule gives the tokens spaCy's char_span would
    span = doc.char_span(2, corp + 2, alignment_mode="expand")
    assert expand_bounds(table.starts, table.ends, len(text), 2, corp + 2) == (span.start, span.end)


def test_table_rows_of_a_word_met_before_keep_their_own_places(nlp_blank):
    first = token_table(nlp_blank.make_doc("Acme said 3 plants."))
    again = token_table(nlp_blank.make_doc("  Then Acme said 3 plants."))
    acme = next(r for r in again if r.text == "Acme")
    assert (acme.idx, acme.end, acme.i) == (7, 11, 2)
    assert acme[1:3] == first[0][1:3] and acme[5:] == first[0][5:]  # the word's own fields


def test_table_word_store_stays_bounded(nlp_blank, monkeypatch):
    from pipeline.components import table

    monkeypatch.setattr(table, "MAX_WORDS", 5)
    text = " ".join(f"Word{i}" for i in range(40))
    for _ in range(3):
        rows = token_table(nlp_blank.make_doc(text))
        assert [r.text for r in rows] == text.split()
        assert len(table._words(nlp_blank.vocab)) <= 5 + 40


def test_table_of_an_earlier_doc_is_its_own(nlp_blank):
    one, two = nlp_blank.make_doc("Acme said."), nlp_blank.make_doc("Beta Corp plans 3 plants.")
    first = token_table(one)
    assert token_table(two) is not first
    assert token_table(one) is first
    assert [r.text for r in token_table(two)] == ["Beta", "Corp", "plans", "3", "plants", "."]
