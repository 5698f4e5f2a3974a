"""Organisations outside China on regional business pages from India, South Africa, Malaysia,
Canada and Saudi Arabia (issue 10, session 10, branch worg12), one table per class, on both
bases. Every sentence is written for these tests (companies and people invented, places real);
the classes come from the pages listed in tests/data/README.md ("worg12 (session 10)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a word that cannot be part of the name pulled into an ORG at its edge: a weekday or month
# before a connector ("on Monday for Ontario Power Generation"), or a purpose after a closing
# legal form ("... Corporation Ltd for Nagpur Metro Project": 'Ltd' ends the name)
EDGES = [
    (
        "Ontario announced $2 billion on Monday for Ontario Power Generation to rebuild three dams.",
        ["Ontario Power Generation"],
    ),
    ("The grant came in March for Velmora Foods Group, the minister said.", ["Velmora Foods Group"]),
    (
        "The order came from Nagpur Water Supply Corporation Ltd for Nagpur Water Project, it said.",
        ["Nagpur Water Supply Corporation Ltd"],
    ),
    ("Keruing Timber Bhd for its part kept its forecast.", ["Keruing Timber Bhd"]),
]

# negative: a name may go on after 'Company' or 'Corporation', and a body's purpose stays its own
EDGES_KEPT = [
    ("The Saudi Company for Cable Works said sales rose.", ["Saudi Company for Cable Works"]),
    ("The Council for Scientific Research opened a lab in Durban.", ["Council for Scientific Research"]),
    ("The Ministry for Trade and Industry approved the plan.", ["Ministry for Trade and Industry"]),
]


@pytest.mark.parametrize("text, orgs", EDGES + EDGES_KEPT)
def test_names_worg12_name_edges(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (b) one legal form after two trade nouns joined by 'and': the nouns are one firm's trades
# ("Vintage Coffee and Beverages Ltd"), not a firm and a second firm called "Beverages Ltd"
TRADE_PAIRS = [
    (
        "Velmora Tea and Spices Ltd signed an MoU with the state for a plant near Nagpur.",
        ["Velmora Tea and Spices Ltd"],
    ),
    (
        "The dam was built by the Northern Mining and Refining Company of Canada in 1950.",
        ["Northern Mining and Refining Company of Canada"],
    ),
    (
        "Velmora Tea and Spices Ltd and Ostrava Paper Group signed the deal.",
        ["Velmora Tea and Spices Ltd", "Ostrava Paper Group"],
    ),
]

# negative: a firm's own legal form or name word before 'and', or no legal form after it
TRADE_PAIRS_APART = [
    ("Alpha Packaging Co and Beta Paper Group signed the deal.", ["Alpha Packaging Co", "Beta Paper Group"]),
    ("Keller Mining and Dasar Holdings signed the deal.", ["Keller Mining", "Dasar Holdings"]),
]


@pytest.mark.parametrize("text, orgs", TRADE_PAIRS + TRADE_PAIRS_APART)
def test_names_worg12_trades_before_one_legal_form(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


def test_names_worg12_trade_pair_is_no_person(nlp, ents):
    text = "Halden Coffee and Beverages Ltd will build a plant in Pune, it said."
    assert names(ents, nlp, text, "PERSON") == []
    assert names(ents, nlp, text, "ORG") == ["Halden Coffee and Beverages Ltd"]


# (c) the bourse a listed company files with: "a filing with Bursa Malaysia", "listed on the
# Main Market of Bursa Malaysia" name one ORG, not a Turkish town and a country
BOURSES = [
    (
        "In a filing with Bursa Malaysia, Keruing Timber Bhd said the contract runs two years.",
        ["Bursa Malaysia", "Keruing Timber Bhd"],
    ),
    (
        "Keruing Timber Bhd is listed on the Main Market of Bursa Malaysia.",
        ["Keruing Timber Bhd", "Bursa Malaysia"],
    ),
    ("Dasar Cement is listed on Tadawul, it said.", ["Dasar Cement", "Tadawul"]),
]


@pytest.mark.parametrize("text, orgs", BOURSES)
def test_names_worg12_bourse_after_filing_cue(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
    assert "Bursa" not in names(ents, nlp, text, "PLACE")


# negative: what follows the cue is a day or a place, no bourse
BOURSE_CUE_NOT_NAME = [
    ("The mill was listed on Friday as a heritage site.", "ORG", []),
    ("The exporters hold a share of the market of Southeast Asia.", "PLACE", ["Southeast Asia"]),
]


@pytest.mark.parametrize("text, label, found", BOURSE_CUE_NOT_NAME)
def test_names_worg12_bourse_cue_needs_a_name(nlp, ents, text, label, found):
    assert names(ents, nlp, text, label) == found
    if label == "PLACE":
        assert names(ents, nlp, text, "ORG") == []


# (d) a utility's line of business after 'Power' belongs to its name
UTILITIES = [
    ("Ontario Power Generation will refurbish four stations.", ["Ontario Power Generation"]),
    ("Rift Power Transmission said the line opens in May.", ["Rift Power Transmission"]),
]

UTILITIES_NOT_NAME = [
    ("Power generation in Ontario rose by 4%.", []),
]


@pytest.mark.parametrize("text, orgs", UTILITIES + UTILITIES_NOT_NAME)
def test_names_worg12_utility_trades(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (e) acronyms of things, no bodies: a numeral after a name ("Kuching II", "Phase III"), an
# acronym spelt out by lower-case hyphenated words ("freeze-dried coffee (FDC)"), industry
# shorthand ("an FMCG manufacturing facility", "a CRDMO facility")
THING_ACRONYMS = [
    "The state signed the deal for Borneo Expo Centre Kuching II, and work on Kuching II starts in May.",
    "Phase III of the plan will cost RM40mil, the council said.",
    "The firm will build an export-oriented freeze-dried coffee (FDC) plant, and the FDC line opens in 2027.",
    "The group plans an FMCG manufacturing facility and a CRDMO facility in Pune.",
]


@pytest.mark.parametrize("text", THING_ACRONYMS)
def test_names_worg12_thing_acronyms_are_no_org(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# negative: letters that open a company's name, and an acronym a body's name spells, stay ORG
THING_ACRONYMS_KEPT = [
    ("IX Holdings said profit rose. The VI Group hired 50 people.", ["IX Holdings", "VI Group"]),
    (
        "The Kerala Feeds Development Corporation (KFDC) opened a mill, KFDC said.",
        ["Kerala Feeds Development Corporation", "KFDC", "KFDC"],
    ),
]


@pytest.mark.parametrize("text, orgs", THING_ACRONYMS_KEPT)
def test_names_worg12_name_acronyms_kept(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
