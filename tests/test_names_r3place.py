"""Places on regional business news from the Gulf, India, Hungary and China (issue 10, session 6
round 2, branch r3place), one table per class, on both bases. Every sentence is written for these
tests; the classes come from the pages listed in tests/data/README.md ("r3place")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) Arabic names: the article glued by a hyphen belongs to the place; a topographic word
# before 'Al-X' / 'Al X' opens a place the gazetteers lack
ARABIC_NAMES = [
    ("The firm opened a depot in Al-Khobar last year.", ["Al-Khobar"]),
    ("A desalination plant at Ras Al-Khair will open in May.", ["Ras Al-Khair"]),
    ("Trucks leave Umm Al Quwain at dawn.", ["Umm Al Quwain"]),
]


@pytest.mark.parametrize(("text", "expected"), ARABIC_NAMES)
def test_names_place_arabic_article(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: a person's 'Al-' surname is no place, nor a lone article
NOT_ARABIC_PLACES = [
    "Chief executive Faisal Al-Otaibi signed the deal.",
    "Umm, the spokesman said, no comment.",
]


@pytest.mark.parametrize("text", NOT_ARABIC_PLACES)
def test_names_place_arabic_article_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (b) features and designators: a lower-case 'lake', 'subdistrict', 'port area'; South Asian
# building words; a hyphenated place inside 'Port of'; hyphenated compass words
FEATURES = [
    ("Tourists flock to Loktak lake each winter.", ["Loktak lake"]),
    ("The cabinet met at Nirman Bhawan on Friday.", ["Nirman Bhawan"]),
    ("Officials gathered at Bangabandhu Bhaban in the morning.", ["Bangabandhu Bhaban"]),
    ("The firm will build a plant in Xinqiao subdistrict next year.", ["Xinqiao subdistrict"]),
    ("Ships berth at the Beilun port area every hour.", ["Beilun port area"]),
    ("Barges reach the Port of Komárom-Almásfüzitő twice a week.", ["Port of Komárom-Almásfüzitő"]),
    ("The supplier has a plant in south-eastern Hungary.", ["south-eastern Hungary"]),
    ("Rain is forecast for north-western Spain.", ["north-western Spain"]),
]


@pytest.mark.parametrize(("text", "expected"), FEATURES)
def test_names_place_features_and_designators(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: the words alone, or after a lower-case word, are nothing
NOT_FEATURES = [
    "The lake froze early and the port area was closed.",
    "Each subdistrict sends two delegates.",
    "The old bhavan was repainted.",
]


@pytest.mark.parametrize("text", NOT_FEATURES)
def test_names_place_features_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (c) a lower-case road word after two dashed places: the road's ends are two places
ROUTES = [
    ("Lorries use the Riyadh–Al-Kharj highway every day.", ["Riyadh", "Al-Kharj"]),
    ("Tolls rose on the Mumbai-Pune expressway.", ["Mumbai", "Pune"]),
]


@pytest.mark.parametrize(("text", "expected"), ROUTES)
def test_names_place_route_ends(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# a capitalised road name stays one place; so does a road whose ends are not both known
ONE_ROAD = [
    ("Traffic on the Lagos-Ibadan Expressway eased.", ["Lagos-Ibadan Expressway"]),
    ("Work on the Qorvex-Lindam highway began.", ["Qorvex-Lindam highway"]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_ROAD)
def test_names_place_route_stays_one(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (d) a country's name in capitals, alone in its run of capitals, in a tag line
CAPITALS = [
    ("Topics: JAPAN  Nagoya  Exports", ["JAPAN", "Nagoya"]),
    ("Tags: SOUTH AFRICA | mining", ["SOUTH AFRICA"]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_names_place_country_in_capitals(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


def test_names_place_country_in_capitals_inside_name_negative(nlp, ents):
    assert "CHINA" not in names(ents, nlp, "Shares of BANK OF CHINA rose.", "PLACE")


# (e) the area's own name after a zone's full name: alone later in the article it is a PLACE
BARE_AREAS = [
    (
        "Firms moved into the Jinan Laishan Economic-Technological Development Zone in May. "
        "Laishan now hosts 300 companies.",
        ["Laishan"],
    ),
    ("The Yantai Fushan Hi-Tech Park signed 12 deals. Fushan plans more.", ["Fushan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BARE_AREAS)
def test_names_place_bare_area_after_zone(nlp, ents, text, expected):
    assert expected[0] in names(ents, nlp, text, "PLACE")


# negative: a zone word after the city ('Suzhou Industrial Park') names no area
NOT_BARE_AREAS = [
    "The Suzhou Industrial Park grew fast. Industrial output rose.",
    "The Wuxi Science Park opened a lab. Science teachers visited.",
]


@pytest.mark.parametrize("text", NOT_BARE_AREAS)
def test_names_place_bare_area_negative(nlp, ents, text):
    found = names(ents, nlp, text, "PLACE")
    assert "Industrial" not in found and "Science" not in found


# (f) a name the gazetteers lack, after a site's 'at' or after 'in', placed inside a named
# division ('at X in Y district') is a PLACE
IN_DIVISION = [
    ("The firm will add a smelter at Tarbhapur in Sambalpur district.", ["Tarbhapur", "Sambalpur district"]),
    ("Output rose in Kendupali in Cuttack district last year.", ["Kendupali", "Cuttack district"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IN_DIVISION)
def test_names_place_inside_a_division(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: an employer after 'at' without a site noun, and a month, are no places
NOT_IN_DIVISION = [
    ("Workers at Tarbhapur in Longhua district went on strike.", ["Longhua district"]),
    ("An office opened in May in Haidian district.", ["Haidian district"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_IN_DIVISION)
def test_names_place_inside_a_division_negative(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (g) a place in the slot of a pipe masthead ('Country | Region | World' menus) is a place,
# not a paper's name; a paper's name there stays an ORG
PIPE_MENU = [
    ("Gulf Herald\nKuwait | Middle East | World | Opinion\n\nRain fell in the Middle East.", "Middle East", "PLACE"),
    ("Kabale, Uganda | THE INDEPENDENT | Nine investors signed deals.", "INDEPENDENT", "ORG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "label"), PIPE_MENU)
def test_names_place_in_pipe_menu(nlp, ents, text, name, label):
    assert name in names(ents, nlp, text, label)
