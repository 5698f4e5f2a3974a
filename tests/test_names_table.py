"""The name components read the shared token table: what their shortcuts rely on holds."""

from __future__ import annotations

import pytest

from pipeline.components.base import candidates, masked_text
from pipeline.components.names import MAX_ORG_TOKENS, _span_text
from pipeline.components.table import token_table

TEXTS = [
    "Trade with Xi’an and Lu'an rose in Inner Mongolia.",
    "Hong\u00a0Kong and Inner\tMongolia, then  Hebei\n\nprovince.",
    "Côte d’Ivoire\u2009signed; O`Hare  Airport\u3000closed.",
    "REUTERS/Siphiwe Sibeko\nBy Xinhua\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_names_table_words_hold_no_whitespace(nlp, text):
    """The place gazetteer builds a window's key a token at a time, joining tokens by their
    whitespace_: that equals the key of the text only if no other token holds whitespace."""
    for row in token_table(nlp.make_doc(text)):
        if not row.is_space:
            assert row.text.split() == [row.text]


@pytest.mark.parametrize("text", TEXTS)
def test_names_table_span_text_matches_spacy(nlp, text):
    doc = nlp.make_doc(text)
    rows, masked = token_table(doc).rows, masked_text(doc)  # the text the components read
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 6) + 1):
            assert _span_text(masked, rows, a, b) == doc[a:b].text


def test_names_table_org_start_bounded(nlp_blank):
    """A capitalised run longer than an ORG may be: the name keeps the last words before its head."""
    words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India",
             "Juliet", "Kilo", "Lima", "Mike", "November", "Oscar", "Papa"]  # fmt: skip
    text = f"Yesterday {' '.join(words)} Group said it would."
    doc = nlp_blank.get_pipe("newsfacts_orgs")(nlp_blank.make_doc(text))
    found = [text[c.start : c.end] for c in candidates(doc) if c.rule == "org-head"]
    assert found == [" ".join([*words[-MAX_ORG_TOKENS:], "Group"])]


# The agency regex tests a line start or a word boundary after its first character (so the scan
# can skip to those characters): where the wire's name sits on the line decides.
AGENCIES = [
    ("Output rose.\n  By Xinhua\n", ["Xinhua"]),
    ("Output rose.\n\tBy Xinhua", ["Xinhua"]),
    ("By Xinhua", ["Xinhua"]),
    ("Output rose. By Xinhua\n", []),
    ("Source: Bernama | Updated", ["Bernama"]),
    ("  Source: Bernama", ["Bernama"]),
    ("Read more. Source: Bernama", []),
    ("AFP/Getty Images", ["AFP"]),
    ("xAFP/Getty Images", []),
    ("(Xinhua/Li Ming)", ["Xinhua"]),
    ("Exports rose -- Bernama", ["Bernama"]),
    ("Exports rose – Bernama", ["Bernama"]),
    ("Exports rose — Bernama\nMore", ["Bernama"]),
    ("SHANGHAI, May 3 /PRNewswire/ -- Sales rose.", ["PRNewswire"]),
]


@pytest.mark.parametrize(("text", "expected"), AGENCIES)
def test_names_table_agency_position(nlp, text, expected):
    doc = nlp.get_pipe("newsfacts_orgs")(nlp.make_doc(text))
    found = [text[c.start : c.end] for c in candidates(doc) if c.rule == "org-agency"]
    assert found == expected
