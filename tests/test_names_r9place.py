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
    # a feature closed by its own designator takes no second one
    ("New piers rose along the Bohai Bay coast.", ["Bohai Bay"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), FEATURES)
def test_names_feature_with_designator_is_one_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []


# the name of a feature found with its two-word designator is the same place when written alone
def test_names_feature_name_alone_after_pair_is_place(nlp, ents):
    text = "Lorries queued at the Lebombo border post on Monday. Being 4km from Lebombo saves a day."
    assert names(ents, nlp, text, "PLACE") == ["Lebombo border post", "Lebombo"]
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


# (d) a municipality written with its title before 'of' ("RM of", "Rural Municipality of",
# "City of"): after a locative the whole title is the PLACE; its register number is in the span;
# elsewhere a council's name stays an ORG (dev's "the City of Windsor will extend ...")
MUNICIPAL_TITLES = [
    ("A grain terminal will rise in the RM of Sherwood next spring.", "PLACE", ["RM of Sherwood"]),
    ("Crews worked in the Rural Municipality of Corman Park No. 344 all week.", "PLACE",
     ["Rural Municipality of Corman Park No. 344"]),
    ("A feed mill opened in the City of Melville on Friday.", "PLACE", ["City of Melville"]),
    ("The RM of Sherwood approved the permit on Monday.", "ORG", ["RM of Sherwood"]),
    ("The Rural Municipality of Blucher No. 343 signed the deal.", "ORG", ["Rural Municipality of Blucher No. 343"]),
    ("The City of Melville will pave the road.", "ORG", ["City of Melville"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), MUNICIPAL_TITLES)
def test_names_municipal_title_before_name(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# negative: a title's words alone, or 'of' after no name, make nothing
MUNICIPAL_TITLES_NOT = [
    ("The city of the future will need water.", "PLACE", []),
    ("A rural municipality of this size has no fire hall.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), MUNICIPAL_TITLES_NOT)
def test_names_municipal_title_alone_is_nothing(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (e) a Canadian province in The Canadian Press's abbreviation after a town; the resolver trims
# the final stop as it does for the AP states ("S.C", tests/test_names_pp5.py)
PROVINCE_ABBREVIATIONS = [
    ("The crusher in Melville, Sask., will double its output.", ["Melville", "Sask"]),
    ("A bakery in Brandon, Man. hired forty people.", ["Brandon", "Man"]),
    ("Officials in Lansing, MI. The plant opened later.", ["Lansing", "MI"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), PROVINCE_ABBREVIATIONS)
def test_names_province_abbreviation_after_town(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# (f) a road by its number alone after a travel preposition; not a chip, a paper size or a car
BARE_ROADS = [
    ("Lorries queued on the N4 outside Malelane for a day.", "PLACE", ["N4", "Malelane"]),
    ("Hauliers detour via the R571, the drivers said.", "PLACE", ["R571"]),
    ("The laptop runs on the M3 chip.", "PLACE", []),
    ("Sales of the A4 fell last year.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), BARE_ROADS)
def test_names_bare_road_number(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (g) a position word that opens a longer capitalised name is no small place by itself
def test_names_position_word_opening_name_is_not_cut(nlp, ents):
    text = "Eleven projects in Central Transdanubia won grants."
    assert "Central" not in names(ents, nlp, text, "PLACE")
