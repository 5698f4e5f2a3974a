"""Places that came out as ORG or cut short on regional pages from India, South Africa, Hungary
and Canada (issue 10, session 10 round 2, branch r9place), one table per class, on both bases.
Every sentence is written for these tests (invented companies, real places); the classes come
from the pages listed in tests/data/README.md ("r9place (session 10, round 2)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a city after a news page's clock time and zone, in title case as in capitals: the dateline's
# place, not a wire service; so no ORG reading of it spreads to its other mentions
CLOCK_DATELINES = [
    (
        "March 3, 2024 07:15 pm | Updated 07:15 pm IST - Tirupati\n\nThe council cleared a bus "
        "depot in Tirupati. Traders in Tirupati welcomed it.",
        ["Tirupati", "Tirupati", "Tirupati"],
    ),
    (
        "May 9, 2024 10:02 am | Updated 10:40 am IST - Coimbatore\n\nA pump maker will expand in Coimbatore.",
        ["Coimbatore", "Coimbatore"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), CLOCK_DATELINES)
def test_names_city_after_clock_line_is_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []


# negative: a wire's name after a clock time stays the wire
def test_names_wire_after_clock_line_stays_org(nlp, ents):
    text = "Updated 09:12 am GMT - Reuters\n\nOil prices rose on Monday."
    assert names(ents, nlp, text, "ORG") == ["Reuters"]


# (b) a company named after a site in its town ("<Town> Industrial Park Ltd") does not make the
# town's bare name a brand: the town stays a PLACE wherever it is written alone
SITE_OPERATORS = [
    (
        "A cable plant opened in Tatabánya on Monday. Tatabánya Industrial Park Ltd sold the land, "
        "and the mayor of Tatabánya cut the ribbon.",
        ["Tatabánya", "Tatabánya"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), SITE_OPERATORS)
def test_names_town_of_site_operator_stays_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert "Tatabánya Industrial Park Ltd" in names(ents, nlp, text, "ORG")


# (c) built and natural features with a lower-case designator after the name, or a two-word one
# in either case: one PLACE, the designator included (SPEC.md 2.3)
FEATURES = [
    ("Lorries queued for a day at the Lebombo border post.", ["Lebombo border post"]),
    ("Lorries queued for a day at the Lebombo Border Post.", ["Lebombo Border Post"]),
    ("Tolls on the Penang bridge rose by a fifth.", ["Penang bridge"]),
    ("Two gas plants are planned on the Gulf coast.", ["Gulf coast"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), FEATURES)
def test_names_feature_with_designator_is_one_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []


# negative: 'Post' alone after a name stays a newspaper; a designator alone is nothing; a
# people's adjective before 'coast' names no feature
FEATURES_NOT = [
    ("The Jakarta Post reported the sale on Friday.", "ORG", ["Jakarta Post"]),
    ("The border post was closed at night.", "PLACE", []),
    ("A new bridge will cross the river next year.", "PLACE", []),
    ("Fishing towns along the Kenyan coast lost their catch.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), FEATURES_NOT)
def test_names_feature_designator_alone_is_nothing(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
