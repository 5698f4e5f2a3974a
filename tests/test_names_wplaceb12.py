"""Places outside China on regional business news from Hungary, Canada and Saudi Arabia (issue
10, session 10, branch wplaceb12), one table per class, on both bases. Every sentence is written
for these tests; the classes come from the pages listed in tests/data/README.md ("wplaceb12
(session 10)")."""

from __future__ import annotations

import pytest

from pipeline.components.names import article_name_forms
from tests.conftest import names

# (a) the spellings a gazetteer may hold for a name opened by the Arabic article
ARTICLE_FORMS = [
    ("Al-Ahsa", ("Al-Ahsa", "Al Ahsa", "Al Ahsah", "Al-Ahsah")),
    ("Al Bahah", ("Al Bahah", "Al-Bahah", "Al Baha", "Al-Baha")),
    ("al-Kharj", ("al-Kharj", "Al Kharj", "Al-Kharj", "al Kharj")),
    ("Alba", ("Alba",)),
    ("Al-jazeera", ("Al-jazeera",)),
    ("Dammam", ("Dammam",)),
]  # fmt: skip


@pytest.mark.parametrize(("name", "forms"), ARTICLE_FORMS)
def test_names_article_name_forms(name, forms):
    assert article_name_forms(name) == forms


# (b) a place opened by the Arabic article that the main gazetteer holds under another
# spelling ('Al Bahah') or only among divisions ('Al Ahsa') is a PLACE, hyphenated or not, when
# the article names its country
ARTICLE_PLACES = [
    ("Saudi Arabia's Zarqan Foods will open a date-packing plant in Al-Ahsa next year.",
     ["Saudi Arabia", "Al-Ahsa"]),
    ("In Saudi Arabia, the new desalination lines will serve Dammam, Al Ahsa and Qatif by 2027.",
     ["Saudi Arabia", "Dammam", "Al Ahsa", "Qatif"]),
    ("Qalam Ceramics runs two kilns in Al Baha and one in Riyadh, Saudi Arabia.",
     ["Al Baha", "Riyadh", "Saudi Arabia"]),
    ("Minister Khalid Al-Fadhli said Saudi Arabia would fund the al-Ahsa water scheme.",
     ["Saudi Arabia", "al-Ahsa"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), ARTICLE_PLACES)
def test_names_article_place_in_named_country(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# negative cases: a family name after a given name, a longer name, a speaker, a country the
# article does not name
ARTICLE_PLACES_NOT = [
    "Nawaf Al-Ahsa said the Saudi Arabia office would hire 30 people.",
    "Al Rajhi Bank opened a branch in Saudi Arabia last week.",
    "The Al Ahsa Date Growers Cooperative in Saudi Arabia sold 40 tonnes.",
    "Al Baha told reporters in Cairo, Egypt, that the deal was done.",
    "Qalam Ceramics runs two kilns in Al Baha, its manager said.",
]


@pytest.mark.parametrize("text", ARTICLE_PLACES_NOT)
def test_names_article_place_needs_its_country(nlp, ents, text):
    assert not any(p.startswith(("Al ", "Al-")) for p in names(ents, nlp, text, "PLACE"))


# (c) Canada's provinces in the Canadian Press's abbreviations: after a town and a comma (in a
# dateline or in copy), and, dotted, on their own; the resolver trims the final stop as it
# does for 'S.C.'
PROVINCE_ABBREVIATIONS = [
    ("KAMLOOPS, B.C. - Cedarline Mills will add a second shift at its sawmill.", ["KAMLOOPS", "B.C"]),
    ("A fish plant in Souris, P.E.I. will reopen in May.", ["Souris", "P.E.I"]),
    ("He moved to Moncton, N.B., in 2019 to run the plant.", ["Moncton", "N.B"]),
    ("The B.C. government will lend $4 million for a kiln in Kamloops.", ["B.C", "Kamloops"]),
    ("Jobs in northern B.C. have grown since the smelter opened in Trail.", ["B.C", "Trail"]),
    ("Loggers in northern B.C. The mill reopened on Monday.", ["B.C"]),
    ("Northern B.C. towns want a share of the new pipeline's taxes.", ["B.C"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), PROVINCE_ABBREVIATIONS)
def test_names_province_abbreviation_is_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# negative cases: an era after a year, the first letters of a longer name, a note's 'N.B.',
# a person's initials
PROVINCE_ABBREVIATIONS_NOT = [
    "The old fort was built around 300 B.C. by traders.",
    "B.C. Hydro will buy power from the Tamarack Creek wind farm.",
    "Shares of Northgate Timber rose after the N.S. Power deal.",
    "N.B. Prices exclude taxes.",
    "Dr. J.R. Mallet said the vaccine works.",
]


@pytest.mark.parametrize("text", PROVINCE_ABBREVIATIONS_NOT)
def test_names_province_abbreviation_in_longer_name_is_no_place(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (d) a gazetteer's name that ends in "'s" ("St. John's", "Saint George's") keeps it, straight or
# curly, wherever the name stands; a possessive after any other place is still left out
GAZETTEER_POSSESSIVES = [
    ("Harbourline Foods will open an office in St. John's, the capital of Newfoundland and Labrador.",
     ["St. John's", "Newfoundland and Labrador"]),
    ("Our survey shows St. John’s has a busy ocean technology industry.", ["St. John’s"]),
    ("The trade show was held in St. John’s last week.", ["St. John’s"]),
    ("Exports from Saint George's, Grenada, rose by a tenth.", ["Saint George's", "Grenada"]),
    ("Our survey shows Halifax's port handled more boxes.", ["Halifax"]),
    ("Our survey shows Miskolc’s new park is full.", ["Miskolc"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), GAZETTEER_POSSESSIVES)
def test_names_gazetteer_name_keeps_its_possessive(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
