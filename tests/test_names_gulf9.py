"""Gulf names on regional business pages (issue 10, session 9, branch gulf9), on both bases.
Every sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("gulf9 (session 9)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) an Arabic place that the gazetteer holds only with its article ('Ad Duqm', 'Al Kharj',
# 'Al Buraymi') is found as news writes it, without the article
ARTICLE_DROPPED = [
    ("The refinery in Duqm started its second unit last month.", ["Duqm"]),
    ("Trucks will carry the steel from Kharj to the port.", ["Kharj"]),
    ("A new customs post opened in Buraimi on Sunday.", ["Buraimi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), ARTICLE_DROPPED)
def test_names_arabic_place_without_article(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# negatives: a stem that is a common English word is no place ('Salt' of 'As Salt'), and a
# word after 'Al' in a person's name stays in the name
ARTICLE_DROPPED_NOT_PLACES = [
    "The plant makes salt and cement for local builders.",
    "Yousef Al Kharji, the fund's chairman, opened the meeting.",
]


@pytest.mark.parametrize("text", ARTICLE_DROPPED_NOT_PLACES)
def test_names_arabic_place_stem_not_common_word(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []
