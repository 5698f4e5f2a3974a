"""Places of Malaysia, Canada and South Africa that no gazetteer holds (issue 10, session 7
round 2), one table per class, on both bases. Every sentence is written for these tests; the
classes come from the pages listed in tests/data/README.md ("r4wplace")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a Malay topographic word (river, hill, village, cape, field) opens a place's name even
# when neither gazetteer has the name: whole, never a person, never cut to a gazetteer word
BARE_OPENED_PLACES = [
    ("Farmers near Sungai Tualang Hilir lost their crops to the flood.", "Sungai Tualang Hilir"),
    ("The Sungai Kerayong pump house will be rebuilt next year.", "Sungai Kerayong"),
    ("A second substation is planned for Bukit Merah Jaya.", "Bukit Merah Jaya"),
    ("Lorries queue every morning outside Padang Kerbau Hulu.", "Padang Kerbau Hulu"),
    ("Residents of Kampung Tok Jelutong asked for a new bridge.", "Kampung Tok Jelutong"),
    ("The ferry from Pulau Ketam Besar was cancelled on Friday.", "Pulau Ketam Besar"),
    ("Water from Sungai Pahang will feed the new plant.", "Sungai Pahang"),
    ("The flash flood hit homes in Ulu Sepetang last week.", "Ulu Sepetang"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), BARE_OPENED_PLACES)
def test_names_bare_opener_makes_a_place(nlp, ents, text, place):
    assert names(ents, nlp, text, "PLACE") == [place]
    assert not names(ents, nlp, text, "PERSON")
    assert not names(ents, nlp, text, "ORG")


# negative: the opener inside a company's or an estate's name, a longer run, a hyphenated
# modifier, or words that are not the opener (Kota, Sri, Air stay gazetteer-only)
NOT_BARE_OPENED = [
    ("Bukit Jelutong Industrial Park drew four new tenants.", "PLACE", []),
    ("Tanjung Zqxwv Holdings Bhd won the port contract.", "PLACE", []),
    ("A Sungai Zqxwv-based trader bought the lot.", "PLACE", []),
    ("Sri Zqxwv Murni said the figures were final.", "PLACE", []),
    ("The bukit behind the town is being cleared.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), NOT_BARE_OPENED)
def test_names_bare_opener_no_place_outside_its_shape(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (b) small towns listed with a known one: three names or more after a place preposition, or
# after 'residents of' / 'the towns of', are all places, whether or not a gazetteer has them
LISTED_TOWNS = [
    ("Buses run in from Toronto, Zqxwvton and Plimbury every morning.", ["Toronto", "Zqxwvton", "Plimbury"]),
    ("The clinic serves families in Durban, Qolweni and Mbizana alike.", ["Durban", "Qolweni", "Mbizana"]),
    ("Residents of Stutterheim, Kwelerana and Zqxwvhoek met the premier.", ["Stutterheim", "Kwelerana", "Zqxwvhoek"]),
    ("The towns of Ingersoll, Plimbury and Zqxwvton share one hospital.", ["Ingersoll", "Plimbury", "Zqxwvton"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), LISTED_TOWNS)
def test_names_town_list_makes_every_member_a_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert not names(ents, nlp, text, "ORG")


# negative: two names need the second known; 'of' after any other noun opens no places; a
# member with an organisation word stays out
NOT_LISTED_TOWNS = [
    ("He grew up in Toronto and Zqxwvton came later.", ["Toronto"]),
    ("Depots reopened in Durban, Zqxwvco and Plimco told clients on Friday.", ["Durban"]),
    ("The chairman of Ingersoll, Plimbury and Zqxwvton Holdings spoke.", []),
    ("Buses run from Toronto, Zqxwvton Motors and Plimbury Bank each day.", ["Toronto"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), NOT_LISTED_TOWNS)
def test_names_town_list_needs_its_shape(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# (c) a country's or a place's possessive before a listed company: the place stays a PLACE,
# the company after it is the list's member
OWNER_PLACES_IN_LISTS = [
    ("Tenants include firms such as Japan's Zqxwv Logistics and Korea's Plimco.", ["Japan", "Korea"], ["Zqxwv Logistics", "Plimco"]),
    ("Buyers including Thailand's Zqxwvgroup have signed leases.", ["Thailand"], ["Zqxwvgroup"]),
    ("Suppliers such as Acme Logistics and Vietnam's Plimco Group joined.", ["Vietnam"], ["Acme Logistics", "Plimco Group"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places", "orgs"), OWNER_PLACES_IN_LISTS)
def test_names_place_possessive_in_company_list_stays_place(nlp, ents, text, places, orgs):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == orgs


# negative: a company's own possessive in a list is still the member
def test_names_company_possessive_in_list_stays_org(nlp, ents):
    text = "Rivals such as Zqxwvtech's parent were not named."
    assert names(ents, nlp, text, "ORG") == ["Zqxwvtech"]
    assert names(ents, nlp, text, "PLACE") == []


# (d) a list of places wrapped at one line break keeps its members; a paragraph break ends it
WRAPPED_LISTS = [
    ("Both plants, in Oakville and\nCambridge, run two shifts.", ["Oakville", "Cambridge"]),
    ("Crews came from Toronto, Zqxwvton and\nPlimbury overnight.", ["Toronto", "Zqxwvton", "Plimbury"]),
    ("Jobs went to workers in Guelph and\n\nZqxwvton Plimbury wrote the report.", ["Guelph"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), WRAPPED_LISTS)
def test_names_town_list_runs_across_one_line_break(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
