"""People on regional business pages from South Africa, Canada, India and China (issue 10,
session 7 round 3, branch r5person), one table per class, on both bases. Every sentence is
written for these tests; the classes come from the pages listed in tests/data/README.md
("r5person (session 7, round 3)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a person's title after a place whose name opens with a feature word ("Western Cape",
# "Cape Breton") ends that place: the title and the name after it are no PLACE
CAPE_TITLES = [
    (
        "Northern Cape Premier Lerato Khumalo said on Monday the smelter would reopen.",
        ["Northern Cape"],
        ["Lerato Khumalo"],
    ),
    (
        "Western Cape Premier Johan Visser has on Friday opened the harbour works.",
        ["Western Cape"],
        ["Johan Visser"],
    ),
    (
        "Cape Breton MLA Fiona MacLeod announced the grant in Sydney.",
        ["Cape Breton", "Sydney"],
        ["Fiona MacLeod"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places", "people"), CAPE_TITLES)
def test_names_title_ends_feature_place(nlp, ents, text, places, people):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a feature name with no title in it keeps its words, and yields no person
CAPE_KEPT = [
    ("Ships wait off Cape Agulhas for the storm to pass.", ["Cape Agulhas"]),
    ("The road to Mount Elgon was closed on Tuesday.", ["Mount Elgon"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), CAPE_KEPT)
def test_names_feature_place_without_title_kept(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == []
