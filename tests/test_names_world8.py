"""Names on regional business news from India, South Africa, Malaysia, Canada and Saudi Arabia
(issue 10, session 8, branch world8), one table per class, on both bases. Every sentence is
written for these tests; the classes come from the pages listed in tests/data/README.md
("world8 (session 8)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) local units below the district: India's mandal, taluk and tehsil and Malaysia's mukim,
# written in lower case after the name or (mukim) capitalised before it, are one PLACE with
# their designator, whether or not a gazetteer knows the name
LOCAL_UNITS = [
    ("The new cold store stands in Yerpedu mandal, near the highway.", ["Yerpedu mandal"]),
    ("Growers from Rampur taluk sold their onions in Nashik.", ["Rampur taluk", "Nashik"]),
    ("A solar park is planned for Khandala tehsil next year.", ["Khandala tehsil"]),
    ("The taluka of Velgaon and Morwadi taluka share one canal.", ["Morwadi taluka"]),
    ("Land in Mukim Sidam Kiri was set aside for the clinic.", ["Mukim Sidam Kiri"]),
    ("Paddy farmers in Jenun mukim asked for a new drain.", ["Jenun mukim"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), LOCAL_UNITS)
def test_names_local_unit_is_one_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# negative cases: the unit's word alone, or capitalised as a surname, makes no new place
LOCAL_UNITS_NOT = [
    ("Officials at the tehsil level met in the mandal headquarters.", "PLACE", []),
    ("The taluk office opened late on Monday.", "PLACE", []),
    ("Farmer Anil Mandal said the crop was good.", "PERSON", ["Anil Mandal"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), LOCAL_UNITS_NOT)
def test_names_local_unit_word_alone_is_nothing(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (b) a role 'of' a named body or portfolio, a comma, then the holder's name in apposition:
# the name is a PERSON (not the next member of a list of bodies), and a later surname follows
ROLE_OF_APPOSITION = [
    (
        "The chief financial officer of Karoo Freight, Lindiwe Mabuza, said the line would "
        "open in May. Mabuza added that costs had risen.",
        ["Lindiwe Mabuza", "Mabuza"],
    ),
    (
        "Minister of Trade, Thandeka Mokoena, at the Ridgeway Mills plant in Kimberley.",
        ["Thandeka Mokoena"],
    ),
    (
        "Minister of Mines, Energy and Water, Pieter Olivier, opened the depot.",
        ["Pieter Olivier"],
    ),
    (
        "The Minister of Energy and Chairman of the Board of Directors of the Gulf Grid "
        "Authority (GGA), Faisal bin Abdullah Al-Mutairi, opened the plant.",
        ["Faisal bin Abdullah Al-Mutairi"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), ROLE_OF_APPOSITION)
def test_names_role_of_body_then_name_is_person(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a list of bodies after the role stays a list of ORGs; a place after the
# comma is no person
ROLE_OF_NOT = [
    (
        "The chairman of Alder Foods, Brookline Mills and Cotter Ltd signed the deal.",
        "ORG",
        ["Alder Foods", "Brookline Mills", "Cotter Ltd"],
    ),
    ("The head office of Ruvia Steel, Kenya, reported a loss.", "PERSON", []),
    ("Shares of Alder Foods, Brookline Mills, and Cotter Ltd rose.", "PERSON", []),
    ("Speech by the Deputy Minister of Mines and Energy, Budget Vote Debate, National Assembly",
     "PERSON", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), ROLE_OF_NOT)
def test_names_role_of_list_stays_bodies(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (c) Malaysian award titles of two words and styles of address before a name ('Datuk Paduka',
# 'Tan Sri', 'YAB Dato’ Sri'): the title stays out of the PERSON span, and the name is found
HONORIFIC_CHAINS = [
    ("Ridgeway Plantations chairman Tan Sri Dr Hamdan Osman said the mill would open.", ["Hamdan Osman"]),
    ("Also present was Datuk Paduka Rahim Yusof Ahmad of the state council.", ["Rahim Yusof Ahmad"]),
    ("The pavilion was opened by Deputy Prime Minister YAB Dato’ Sri Zulkifli Hamid.", ["Zulkifli Hamid"]),
    ("Deputy Minister Dato' Sri Norliza Aziz spoke first.", ["Norliza Aziz"]),
    ("Melaka exco member Datuk Wira Hasnol Ahmad and Datuk Setia Kamal Idris attended.",
     ["Hasnol Ahmad", "Kamal Idris"]),
    ("The grant was announced by YB Lim Wei Keat in Ipoh.", ["Lim Wei Keat"]),
    # a Malay name of five words after an honorific: the father's name keeps its short prefix
    ("Guar Chempedak representative Datuk Paduka Ku Abdul Halim Ku Hassan and others attended.",
     ["Ku Abdul Halim Ku Hassan"]),
    ("Also there was Datuk Wan Ahmad Faris Wan Ismail today.", ["Wan Ahmad Faris Wan Ismail"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), HONORIFIC_CHAINS)
def test_names_honorific_chain_stays_out_of_person(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: the same words opening a country's, a town's, a company's or a car's name
HONORIFIC_WORDS_NOT = [
    ("Sri Lanka's exports rose in May.", "PLACE", ["Sri Lanka"]),
    ("Homes in Setia Alam sold quickly, while SP Setia Bhd raised prices.", "PERSON", []),
    ("Proton sold more Wira Aeroback cars in Kedah.", "PERSON", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), HONORIFIC_WORDS_NOT)
def test_names_honorific_word_in_other_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (d) India's district officers: 'Collector' and 'Officer' are titles that a district or a
# department qualifies; the name after them keeps its initials, run together or not
DISTRICT_OFFICERS = [
    ("Speaking at the event, Joint Collector RK Prasad said the land was ready. Prasad added "
     "that 40 units would open.", ["RK Prasad", "Prasad"]),
    ("District Collector P Suresh Naidu inspected the site on Monday.", ["P Suresh Naidu"]),
    ("Collector M Anitha Rani said the survey would end soon.", ["M Anitha Rani"]),
    ("Agriculture Officer Y Lakshmi and District Industries Officer KVN Murthy attended the review.",
     ["Y Lakshmi", "KVN Murthy"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), DISTRICT_OFFICERS)
def test_names_district_officer_title_before_name(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people
    assert names(ents, nlp, text, "ORG") == []


# negative cases: the words as plain nouns, or an officer's title of a company, name no person
DISTRICT_OFFICERS_NOT = [
    ("The collector office and the agriculture officer approved the plan.", "PERSON", []),
    ("Chief Financial Officer Maria Lopes said sales rose.", "PERSON", ["Maria Lopes"]),
    ("The Collector of Customs seized 40 tonnes of sugar.", "PERSON", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), DISTRICT_OFFICERS_NOT)
def test_names_district_officer_words_alone(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
