"""People and places on regional news from the Balkans, East Africa, Latin America, South and
Southeast Asia, Central Asia and Korea (issue 10, session 5), one table per class, on both
bases. Every sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("pp6 (session 5)")."""

from __future__ import annotations

import pytest

from pipeline.components.names import DESIGNATOR_PARTS, _feature_suffixes
from tests.conftest import names

# (a) a given name, a middle initial and a surname that is also a town's name; the surname
# alone later in the article follows the full mention
MIDDLE_INITIALS = [
    (
        "Economist Lucia R. Herrera of a Santiago bank expects a slower year. Herrera said permits lag.",
        ["Lucia R. Herrera", "Herrera"],
    ),
    ("The notice was signed by Danilo V. Rosales, the port's manager.", ["Danilo V. Rosales"]),
    ("Analyst Marta J. Soria said the fleet is ageing.", ["Marta J. Soria"]),
    ("The survey was led by agronomist Ramon T. Bulan.", ["Ramon T. Bulan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MIDDLE_INITIALS)
def test_names_person_with_middle_initial(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert not set(expected) & set(names(ents, nlp, text, "PLACE"))


# negative: an initial's stop that ends a sentence ('Block C.', 'Lot D.')
NOT_MIDDLE_INITIALS = [
    "The line runs to Block C. Residents expect trains by June.",
    "She rents a flat in Lot D. Tenants want repairs.",
]


@pytest.mark.parametrize("text", NOT_MIDDLE_INITIALS)
def test_names_no_person_from_a_sentence_ending_initial(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (b) a name introduced with a relative 'who', then the surname alone
RELATIVE_WHO = [
    (
        "Tomás Ibarra, who heads the exporters' chamber, expects a record. Ibarra told reporters prices held.",
        ["Tomás Ibarra", "Ibarra"],
    ),
    ("Mirjana Kostić, who runs the family winery, hired ten pickers.", ["Mirjana Kostić"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_WHO)
def test_names_person_before_relative_who(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


# negative: 'which' follows a company; 'who' after a country-led name is no person
NOT_RELATIVE_WHO = [
    "Orvane Holdings, which makes pumps, hired 40 workers.",
    "Kenya Airways, who flies to Lagos, added a route.",
]


@pytest.mark.parametrize("text", NOT_RELATIVE_WHO)
def test_names_no_person_before_which_or_a_company(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (c) two surnames (Spanish, Portuguese): the later mention uses the first one
DOUBLE_SURNAMES = [
    (
        "Regional governor Elena Bravo Quintana opened the plant. Bravo told reporters it cost $40 million.",
        ["Elena Bravo Quintana", "Bravo"],
    ),
    (
        "Mayor Joaquim Sardinha Prates said the road is ready; Sardinha added that buses start in May.",
        ["Joaquim Sardinha Prates", "Sardinha"],
    ),
]  # fmt: skip


# negative: a particle or a given name after an abbreviation is no surname of its own
NOT_DOUBLE_SURNAMES = [
    ("Khalid Al Hameli, chief executive, said the Masdar Al Ain site grew.", ["Khalid Al Hameli"]),
    (
        "Md Shafiqul Haque, a member of the board, signed. Guests at the Shafiqul hotel cheered.",
        ["Md Shafiqul Haque"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_DOUBLE_SURNAMES)
def test_names_no_surname_from_particles_or_after_abbreviations(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


@pytest.mark.parametrize(("text", "expected"), DOUBLE_SURNAMES)
def test_names_first_of_two_surnames_follows_the_full_name(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


# (d) picture and staff credits: agency/photographer/File Photo, Photo: photographer/agency,
# a label and a dash before the outlet
CREDITS = [
    ("Cranes at the container terminal in Bar, Montenegro. REUTERS/Stevo Vasiljević/File Photo", ["Stevo Vasiljević"]),
    ("Photo: Renata Almeida/SECOM", ["Renata Almeida"]),
    ("The mayor opened the depot in Salvador. Photo: Caio Pereira/AGECOM", ["Caio Pereira"]),
    ("Reporter: Tiago Lacerda – Agência Sul\nEdition: Bruna Motta", ["Tiago Lacerda", "Bruna Motta"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_names_person_in_picture_and_staff_credits(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert not set(expected) & set(names(ents, nlp, text, "ORG"))


# negative: a picture credit naming only an outlet or a place
NOT_CREDITS = [
    "Photo: Nation Media Group/File",
    "(Photo: Baltic Courier)",
    "Text: Hina",
]


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_names_no_person_in_outlet_credits(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (e) bylines in capitals that are not pinyin, and pinyin ones before 'in'
CAPS_BYLINES = [
    ("By JOSEPH OKELLO\n\nKAMPALA - Coffee prices rose in March.", ["JOSEPH OKELLO"]),
    ("By WANJIKU MAINA KARIUKI\n\nNAIROBI - The port handled more cargo.", ["WANJIKU MAINA KARIUKI"]),
    ("By ZHAO LINA in Weihai | chinadaily.com.cn | Updated: 2025-03-02", ["ZHAO LINA"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CAPS_BYLINES)
def test_names_person_in_capital_bylines(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


# negative: a desk, an outlet or a place in capitals after 'By'
NOT_CAPS_BYLINES = [
    "By STAFF REPORTER\n\nNAIROBI - Prices rose.",
    "By NATION MEDIA GROUP\n\nMOMBASA - The ferry resumed.",
    "By NEW DELHI\n\nThe council met.",
]


@pytest.mark.parametrize("text", NOT_CAPS_BYLINES)
def test_names_no_person_in_capital_desk_bylines(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (f) sub-regions and sub-counties with their designator, then the bare name
SUB_REGIONS = [
    (
        "Farmers in the Busoga sub-region lost maize to hail. Busoga leaders asked for seed.",
        ["Busoga sub-region", "Busoga"],
    ),
    ("Rains hit Nyakabare sub county and the Acholi subregion.", ["Nyakabare sub county", "Acholi subregion"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUB_REGIONS)
def test_names_sub_regions_are_places(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected
    assert names(ents, nlp, text, "ORG") == []


# (g) a feature whose last word is also a province ('Delta' state): the feature, not a company
FEATURE_TAILS = [
    ("Rice output in the Mekong Delta rose 3% this year.", ["Mekong Delta"]),
    ("Farms in the Red River Delta sold more fruit.", ["Red River Delta"]),
]


@pytest.mark.parametrize(("text", "expected"), FEATURE_TAILS)
def test_names_feature_ending_in_a_province_name_is_a_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected
    assert names(ents, nlp, text, "ORG") == []


# (h) a country's short name from its ISO name ('Korea, Republic of'), at the start of a
# headline too; a city's former name written with a hyphen
COUNTRY_SHORT_NAMES = [
    ("Korea's Hanwa Metals to build a plant in Serbia", ["Korea", "Serbia"]),
    ("Exports from Korea and Iran fell.", ["Korea", "Iran"]),
    ("The forum in Nur-Sultan drew 2,000 guests.", ["Nur-Sultan"]),
    # second-level divisions with an ISO 3166-2 code: provinces and districts named bare
    ("Typhoon damage in Albay and Catanduanes reached PHP 2 billion.", ["Albay", "Catanduanes"]),
    ("Tea growers in Kabale and Bushenyi sold more leaf.", ["Kabale", "Bushenyi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTRY_SHORT_NAMES)
def test_names_country_short_names_and_hyphenated_cities(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (h2) a title-case headline opening with a place, then a project's words: the place stays
HEADLINE_PLACES = [
    ("Mombasa Smelter Project to Employ 900 Workers\n\nThe plant opens in May.", ["Mombasa"]),
    ("Ulsan Harbour Project Wins Approval\n\nWork starts in June.", ["Ulsan"]),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_PLACES)
def test_names_place_opening_a_headline_before_a_project(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: in running text a named project keeps the place inside it
def test_names_named_project_in_running_text_keeps_its_place(nlp, ents):
    assert names(ents, nlp, "The Lamu Port Project was delayed again, officials said.", "PLACE") == []


# (j) a small place the gazetteers lack, placed by the known place after its comma; after a
# site's noun, 'at' introduces a place too
TOWN_THEN_PLACE = [
    ("A turtle found in Bulusan, Sorsogon was released.", ["Bulusan", "Sorsogon"]),
    ("The zipper factory at Baraiyarhat, Chattogram will employ 900.", ["Baraiyarhat", "Chattogram"]),
    ("A biomass plant at Podari began work in Dolj County.", ["Podari", "Dolj County"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOWN_THEN_PLACE)
def test_names_small_place_before_a_known_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: an employer after 'at', a company before a possessive place, a company word
NOT_TOWN_THEN_PLACE = [
    ("She is an analyst at Varnholt, Tokyo.", ["Tokyo"]),
    ("Shares in Orvane, China's top pump maker, rose.", ["China"]),
    ("Output in Kestrel Mining, Peru fell.", ["Peru"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_TOWN_THEN_PLACE)
def test_names_no_place_from_employers_or_companies(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (i) pure helpers
DESIGNATORS = [
    ("sub-region", ["sub", "-", "region"]),
    ("sub county", ["sub", "county"]),
    ("district", ["district"]),
]


@pytest.mark.parametrize(("entry", "parts"), DESIGNATORS)
def test_names_designator_entry_parts(entry, parts):
    assert DESIGNATOR_PARTS.findall(entry) == parts


@pytest.mark.parametrize(
    ("word", "expected"), [("Delta", True), ("River", True), ("Valley", True), ("Anhui", False)]
)
def test_names_feature_suffixes(word, expected):
    assert (word in _feature_suffixes()) is expected
