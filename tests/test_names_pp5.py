"""Places and people on regional news from Poland, Romania, Brazil, the US and Chinese
provinces (issue 10, round 3), one table per class, on both bases. Every sentence is written for
these tests; the classes come from the pages listed in tests/data/README.md ("pp5 (session 4)")."""

from __future__ import annotations

import pytest

from pipeline.normalize import fold_name
from tests.conftest import names

# (a) letters NFKD does not decompose: the fold maps them too
FOLDS = [
    ("Łódź", "Lodz"),
    ("Wrocław", "Wroclaw"),
    ("Dolnośląskie", "Dolnoslaskie"),
    ("Tromsø", "Tromso"),
    ("Đà Nẵng", "Da Nang"),
    ("Diyarbakır", "Diyarbakir"),
    ("Gießen", "Giessen"),
    ("Ærø", "Aero"),
    ("Montréal", "Montreal"),
    ("Lodz", "Lodz"),
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_normalize_fold_name_maps_undecomposed_letters(text, expected):
    assert fold_name(text) == expected


# (a) the same cities written with the letters and without them
UNDECOMPOSED_PLACES = [
    ("The plant in Łódź will hire 300 people next year.", ["Łódź"]),
    ("A logistics park near Lodz opened in May.", ["Lodz"]),
    ("Investors from Wroclaw and Bialystok signed the deal.", ["Wroclaw", "Bialystok"]),
    ("The ferry to Ålesund was cancelled.", ["Ålesund"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNDECOMPOSED_PLACES)
def test_names_places_with_undecomposed_letters(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected
    assert names(ents, nlp, text, "ORG") == []


# (b) a state's postal code after a known town and a comma (datelines, addresses)
STATE_CODES = [
    ("The firm is based in Lansing, MI, and employs 40 people.", ["Lansing", "MI"]),
    ("Its office at 12 Elm Street, Atlanta, GA 30303 opened in May.", ["Atlanta", "GA"]),
    ("COLUMBIA, SC – A packaging maker will add 80 jobs.", ["COLUMBIA", "SC"]),
    ("The warehouse in Columbia, SC, will open in March.", ["Columbia", "SC"]),
    ("Staff moved from Hamilton, ON, last year.", ["Hamilton", "ON"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATE_CODES)
def test_names_state_code_after_town_is_place(nlp, ents, text, expected):
    found = names(ents, nlp, text, "PLACE")
    assert [p for p in found if p in expected] == expected
    assert names(ents, nlp, text, "ORG") == []


# (b) AP-style abbreviations in the same places ('S.C.', 'Mich.'); the resolver trims the final
# stop of a name as it does for 'U.S.'
AP_STATES = [
    ("COLUMBIA, S.C. – A packaging maker will add 80 jobs.", ["COLUMBIA", "S.C"]),
    ("LANSING, Mich. (WTVX) - A parts maker will hire 200 people.", ["LANSING", "Mich"]),
    ("A mill in Greenville, S.C., will close in June.", ["Greenville", "S.C"]),
    ("Crews moved from Atlanta, Ga., to Lansing, Mich. The work ended.", ["Atlanta", "Ga", "Lansing", "Mich"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AP_STATES)
def test_names_ap_state_abbreviation_after_town_is_place(nlp, ents, text, expected):
    found = names(ents, nlp, text, "PLACE")
    assert [p for p in found if p in expected] == expected


STATE_CODES_NEGATIVE = [
    ("The MI5 report was published on Monday.", "MI5"),
    ("Analysts said SC would be renamed.", "SC"),
    ("Sales rose, MI said.", "MI"),
    ("The deal with Pereira, GA Holdings said, was closed.", "GA"),
    ("Shares rose, Mich. traders said.", "Mich"),
    ("The firm, Ind. said, was sold.", "Ind"),
]


@pytest.mark.parametrize(("text", "code"), STATE_CODES_NEGATIVE)
def test_names_state_code_elsewhere_is_no_place(nlp, ents, text, code):
    assert code not in names(ents, nlp, text, "PLACE")


# (d) streets with their designator: an abbreviation after the name, a word or a dotted
# abbreviation before it (SPEC 2.3: the designator belongs to the feature)
STREETS = [
    ("The bank opened a branch on ul. Krucza in the capital.", ["ul. Krucza"]),
    ("Rents on al. Jerozolimskie rose again.", ["al. Jerozolimskie"]),
    ("The fund's office is at Al. Jerozolimskie 120 in the centre.", ["Al. Jerozolimskie"]),
    ("The seat moved to Ul. Krucza in March.", ["Ul. Krucza"]),
    ("The café on Rua Augusta closed in June.", ["Rua Augusta"]),
    ("Protesters gathered on Avenida Paulista on Sunday.", ["Avenida Paulista"]),
    ("The tower on Calea Victoriei was sold.", ["Calea Victoriei"]),
    ("The clinic at 40 Peachtree Rd will add 12 beds.", ["Peachtree Rd"]),
    ("A bakery on Main St. reopened after the fire.", ["Main St."]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STREETS)
def test_names_street_with_designator_is_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


STREETS_NEGATIVE = [
    "The study by Kowalski et al. Nature reviewed it.",
    "The plan was approved, al. said nothing.",
    "Prices rose on the main street this week.",
    "He met Al Kendrick in 2019.",
]


@pytest.mark.parametrize("text", STREETS_NEGATIVE)
def test_names_street_abbreviation_alone_is_no_place(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (a) datelines whose capitals lie outside Latin-1 (Ł, Ń, Ș)
DATELINES = [
    ("ŁÓDŹ, May 3 – The city will build a tram depot.", "ŁÓDŹ"),
    ("GDAŃSK, Poland, March 9, 2024 /PRNewswire/ -- A shipyard said it would hire.", "GDAŃSK"),
    ("TIMIȘOARA, May 3 – A cable plant opened.", "TIMIȘOARA"),
]


@pytest.mark.parametrize(("text", "city"), DATELINES)
def test_names_dateline_city_with_extended_latin_capitals(nlp, ents, text, city):
    assert city in names(ents, nlp, text, "PLACE")
    assert city not in names(ents, nlp, text, "ORG")


# (c) bylines in capitals: Chinese names (pinyin-shaped words) ending the line or before a bar
CAPS_BYLINES = [
    ("By SUN JIAHUI\n\nThe city's exports rose 8 percent.", ["SUN JIAHUI"]),
    ("Port traffic grows\n\nBy SUN JIAHUI\n\nThe port handled more ships.", ["SUN JIAHUI"]),
    ("By LI YANG and ZHAO XU\n\nExports rose in May.", ["LI YANG", "ZHAO XU"]),
    ("Tea sales climb\n\nSUN JIAHUI | chinadaily.com.cn\n\nSales rose.", ["SUN JIAHUI"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPS_BYLINES)
def test_names_byline_in_capitals_is_person(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert names(ents, nlp, text, "ORG") == []


CAPS_BYLINES_NEGATIVE = [
    "Port traffic grows\n\nBy STAFF REPORTER\n\nThe port handled more ships.",
    "Port traffic grows\n\nBy CHINA DAILY\n\nThe port handled more ships.",
    "Port traffic grows\n\nBY MAY 2025 THE PORT WILL OPEN\n\nIt will.",
]


@pytest.mark.parametrize("text", CAPS_BYLINES_NEGATIVE)
def test_names_capitals_that_are_no_chinese_name_are_no_byline(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (c) a given name and a surname that is also a town's name, before 'said'
SURNAME_TOWNS = [
    ("Mateus Pereira said the harvest was strong.", ["Mateus Pereira"]),
    ("Luana Florence said the vote passed on Tuesday.", ["Luana Florence"]),
    ("Daniel Augusta, said prices rose.", ["Daniel Augusta"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SURNAME_TOWNS)
def test_names_person_whose_surname_is_a_town(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert names(ents, nlp, text, "PLACE") == []


SURNAME_TOWNS_NEGATIVE = [
    "Greater Manchester said it would build more homes.",
    "South Pereira said nothing about the plan.",
    "Port Augusta said it would grow.",
]


@pytest.mark.parametrize("text", SURNAME_TOWNS_NEGATIVE)
def test_names_place_before_said_stays_place(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (c) surnames with a capital inside them
PREFIXED_SURNAMES = [
    ('"Jobs are coming," said Henry McAlister, who leads the agency.', ["Henry McAlister"]),
    ("Chief executive Sean O'Brien said sales rose.", ["Sean O'Brien"]),
    ("Chief executive Sean O’Brien said sales rose.", ["Sean O’Brien"]),
    ("Mayor Ron DeSantis opened the plant.", ["Ron DeSantis"]),
    ("Ana MacDonald said the mill will reopen.", ["Ana MacDonald"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PREFIXED_SURNAMES)
def test_names_person_with_prefixed_surname(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert names(ents, nlp, text, "ORG") == []


PREFIXED_NEGATIVE = [
    "The MacBook Pro sold well in May.",
    "McKinsey said costs rose.",
    "Sales of DeepMind tools rose.",
]


@pytest.mark.parametrize("text", PREFIXED_NEGATIVE)
def test_names_prefixed_words_that_are_no_person(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []
