"""Arabic personal names on Gulf business pages (issue 10, session 8 round 2, branch r6gulf),
on both bases. Every sentence is written for these tests; the classes come from the pages
listed in tests/data/README.md ("r6gulf (session 8, round 2)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a name before ", <role>" that holds a patronymic ("bin", "ibn") runs left to the given
# name before the particle, but no further ("Minister for Trade Salem bin ...": not the title)
PATRONYMIC_BEFORE_ROLE = [
    ("The lease was signed by Eng. Nasser bin Fahad Al-Dossary, CEO of the port company.",
     ["Nasser bin Fahad Al-Dossary"]),
    ("The contract was handed over by Dr. Ziyad bin Omar Al-Shehri, president of the authority.",
     ["Ziyad bin Omar Al-Shehri"]),
    ("The plan was presented by Trade Minister Salem bin Hamad Al-Rashidi, chairman of the board.",
     ["Salem bin Hamad Al-Rashidi"]),
    ("The deal was signed by Eng. Turki Al-Mutlaq, governor of the agency.", ["Turki Al-Mutlaq"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), PATRONYMIC_BEFORE_ROLE)
def test_names_patronymic_name_keeps_given_name(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# (b) "Eng." (an engineer's honorific on Saudi and Emirati agency copy) opens a name like "Dr."
ENGINEER_TITLE = [
    ("The agreements were signed by Eng. Majid bin Saleh Al-Qahtani and Eng. Rayan Al-Omari.",
     ["Majid bin Saleh Al-Qahtani", "Rayan Al-Omari"]),
    ("Eng. Haitham Al-Ghamdi opened the new desalination line on Sunday.", ["Haitham Al-Ghamdi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), ENGINEER_TITLE)
def test_names_engineer_title_opens_name(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# (c) a person a title or a role found keeps PERSON where a verb alone would have read the same
# words as a company ("X said"), even when a gazetteer holds its first word
VERB_DOES_NOT_MAKE_ORG = [
    ("Minister Bandar Al-Saif visited the port. Bandar Al-Saif said exports would rise.",
     ["Bandar Al-Saif", "Bandar Al-Saif"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), VERB_DOES_NOT_MAKE_ORG)
def test_names_ruled_person_not_org_by_verb(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people
    assert names(ents, nlp, text, "ORG") == []


# (c2) a "Minister of <portfolio>" title, then a name and a comma before a lower-case word: the
# name closes the title's run ("Bandar" opens Malaysian and Indonesian towns, not this name)
TITLE_OF_THEN_COMMA = [
    ("Minister of Energy and Water Resources Bandar Al-Saif, left, cut the ribbon.", ["Bandar Al-Saif"]),
    ("Minister of Finance, Planning and Economic Development Mary Kol said so.", ["Mary Kol"]),
    ("The Minister of Finance, who was away, sent a note.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), TITLE_OF_THEN_COMMA)
def test_names_title_of_run_closed_by_comma(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a company named like a family keeps ORG; no title, no particle, no person
NOT_PEOPLE = [
    ("Bin Zayed Holdings said its profit rose.", "PERSON", []),
    ("The engineers met at the port on Monday.", "PERSON", []),
    ("The ferry sails from Bandar Abbas to Dubai twice a week.", "PLACE", ["Bandar Abbas", "Dubai"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), NOT_PEOPLE)
def test_names_arabic_name_rules_leave_others(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (d) a family or brand name, then "Industrial" with no noun after it, is a company
# ("<Family> Industrial"), not a person; with a noun after it the adjective is no end
TRADE_ADJECTIVE_END = [
    ("The pipe mill will be built by Hamdan Industrial, which supplies steel to the region.",
     ["Hamdan Industrial"]),
    ("Contractors such as Daelim Industrial and Kowon Construction have bid.",
     ["Daelim Industrial", "Kowon Construction"]),
    ("Hamdan Industrial said the plant would open in May.", ["Hamdan Industrial"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), TRADE_ADJECTIVE_END)
def test_names_trade_adjective_ends_company(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == []


TRADE_ADJECTIVE_NOT_END = [
    ("Land in the Yanbu Industrial area was leased to the firm.", "ORG", []),
    ("The Industrial and Commercial Bank of China opened a branch.", "ORG",
     ["Industrial and Commercial Bank of China"]),
    ("The Saudi Industrial Development Fund lent the money.", "ORG", ["Saudi Industrial Development Fund"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), TRADE_ADJECTIVE_NOT_END)
def test_names_trade_adjective_before_noun_is_no_end(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (e) a Saudi industrial city that GeoNames names "Al Jubayl" is written "Jubail" on English pages
# (place_exonyms.tsv, checked against GeoNames' alternate names when the gazetteer is built)
GULF_EXONYMS = [
    ("The fertiliser plant in Jubail will double its output.", ["Jubail"]),
    ("Trucks run between Jubail and Dammam every hour.", ["Jubail", "Dammam"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), GULF_EXONYMS)
def test_names_gulf_exonym_is_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


def test_names_gulf_exonym_inside_zone_stays_org(nlp, ents):
    text = "The lease in Jubail Industrial City was renewed."
    assert names(ents, nlp, text, "ORG") == ["Jubail Industrial City"]
    assert names(ents, nlp, text, "PLACE") == []
