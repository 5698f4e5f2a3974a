"""Names on Central/Eastern European and Canadian regional business pages (issue 10, session 9,
branch europe9), on both bases. Every sentence is written for these tests; the classes come from
the pages listed in tests/data/README.md ("europe9 (session 9)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a Canadian band's name closed by "First Nation" (or "<People> Nation") is one ORG, the
# place or lake its first words name included; the name is the capitalised words right before it
# on its line, so no title, "of" or line break is taken in
BAND_NAMES = [
    ("Funding was confirmed on Monday. Birchwater First Nation will build a new water plant.",
     ["Birchwater First Nation"]),
    ("The province signed the deal with Caldwell First Nation and Moose Bend Cree Nation.",
     ["Caldwell First Nation", "Moose Bend Cree Nation"]),
    ("The grant goes to Takla Lake First Nation for a smokehouse.", ["Takla Lake First Nation"]),
    ("The arena is planned by God's Lake Narrows First Nation in Manitoba.",
     ["God's Lake Narrows First Nation"]),
    ("The money was welcomed by Chief Ann Tallow of Fort Nelson First Nation on Tuesday.",
     ["Fort Nelson First Nation"]),
    ("Work starts in May, said the council of Pine Ridge Carrier Nation.", ["Pine Ridge Carrier Nation"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), BAND_NAMES)
def test_names_band_name_is_one_org(nlp, ents, text, orgs):
    assert [o for o in names(ents, nlp, text, "ORG") if "Nation" in o] == orgs


def test_names_band_name_keeps_place_out_of_place_label(nlp, ents):
    text = "The funding was shared. Takla Lake First Nation and Dease River First Nation applied."
    assert names(ents, nlp, text, "PLACE") == []


def test_names_band_name_stops_at_line_break(nlp, ents):
    text = "Federal money for mining jobs\nby Staff Writers\nMarcel Colomb First Nation gets $300,000 for training."
    assert "Marcel Colomb First Nation" in names(ents, nlp, text, "ORG")
    assert not any("Writers" in o for o in names(ents, nlp, text, "ORG"))


# (a2) a body whose name opens with "First Nations" keeps it ("Coalition", "Secretariat" close it)
FIRST_NATIONS_BODIES = [
    ("The First Nations Energy Coalition welcomed the plan on Friday.", ["First Nations Energy Coalition"]),
    ("Staff of the First Nations Public Service Secretariat will run the training.",
     ["First Nations Public Service Secretariat"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), FIRST_NATIONS_BODIES)
def test_names_first_nations_body_is_one_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# negative: "First Nations" alone, "Indigenous", "Métis", "Inuit" and "Aboriginal" are peoples
# (SPEC 2.2: nationalities are no names); a portfolio naming them is no body
PEOPLES_NOT_NAMES = [
    "The province will work with First Nations partners on the new road.",
    "The fund supports Indigenous communities and Indigenous-led businesses in the north.",
    "Money will go to Métis and Inuit organizations, and to Aboriginal students.",
    "We know we must collaborate with Indigenous communities, the minister said.",
]


@pytest.mark.parametrize("text", PEOPLES_NOT_NAMES)
def test_names_indigenous_peoples_are_not_orgs(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []
    assert names(ents, nlp, text, "PLACE") == []


def test_names_portfolio_for_first_nations_is_no_body(nlp, ents):
    text = (
        "The budget rose, Minister Responsible for First Nations, Métis and Northern Affairs "
        "Ron Kaskiw said on Tuesday."
    )
    assert names(ents, nlp, text, "ORG") == []


# (b) a surname spelt without its accents is the same person: pages that write "Aleksandar
# Vučić" or "Péter Szijjártó" write "Vucic said", "Szijjarto noted" a few lines on
UNACCENTED_SURNAME = [
    ("Mayor Dragana Kostić opened the plant in Šabac on Friday. The plant will hire 300 people, "
     "Kostic said.", "Kostic"),
    ("Economy Minister Tamás Szűcs said the grant was approved. Szucs later told reporters the "
     "plant would open in June.", "Szucs"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "short"), UNACCENTED_SURNAME)
def test_names_unaccented_surname_is_person(nlp, ents, text, short):
    assert short in names(ents, nlp, text, "PERSON")
    assert short not in names(ents, nlp, text, "ORG")


def test_names_unaccented_surname_spreads_to_later_mentions(nlp, ents):
    text = (
        "Minister Goran Petrović visited the factory in Niš. Exports will rise, Petrovic said. "
        '"We will hire more," said Petrovic.'
    )
    assert names(ents, nlp, text, "PERSON").count("Petrovic") == 2


# negative: a company that a verb names stays an ORG beside a person whose name it does not
# share, accents or not
def test_names_unaccented_company_without_person_stays_org(nlp, ents):
    text = (
        "Mayor Dragana Kostić toured the Elkosa Group plant in Subotica. Elkosa Group said it would "
        "hire 200 people, and Kostic said the town would build a road."
    )
    assert names(ents, nlp, text, "ORG") == ["Elkosa Group", "Elkosa Group"]
    assert names(ents, nlp, text, "PERSON") == ["Dragana Kostić", "Kostic"]


# (c) "the President of <country>, <name>": a head of state's country is a PLACE, no body
HEAD_OF_STATE_COUNTRY = [
    "The President of Serbia, Aleksandar Vučić, opened a German parts plant in Ćuprija.",
    "Today the President of Poland, Andrzej Kowalczyk, visited the battery plant near Wrocław.",
]


@pytest.mark.parametrize("text", HEAD_OF_STATE_COUNTRY)
def test_names_president_of_country_is_place(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []
    assert names(ents, nlp, text, "PLACE")[0] in {"Serbia", "Poland"}


def test_names_president_of_company_stays_org(nlp, ents):
    text = "Ivan Horvat, president of Dravska Elektronika, said the plant would open in May."
    assert names(ents, nlp, text, "ORG") == ["Dravska Elektronika"]


# (d) "the Honourable <name>" (Canadian government releases) and "Hon. <name>": a style of
# address, no part of the PERSON
HONOURABLE = [
    ("Today, the Honourable Lise Marchand, Minister of Rural Affairs, announced the grant.", ["Lise Marchand"]),
    ("The road was opened by Hon. Kevin Tremblay on Friday.", ["Kevin Tremblay"]),
    ("The Honourable Jordan Pelletier said the plant would hire 90 people.", ["Jordan Pelletier"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), HONOURABLE)
def test_names_honourable_is_a_title(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# (e) a minister's portfolio after "Minister of/for" that no name closes is no body and no person
# ("..., Minister of Rural Economic Development and Trade."), a list of portfolios only where an
# 'and' closes it; a body's CamelCase name or an acronym inside keeps the words out of it
PORTFOLIO_ALONE = [
    '"The plant matters," said Lise Marchand, Minister of Rural Economic Development and Trade.',
    "The Minister of Natural Resources, Omar Haddad, announced the loan on Tuesday.",
    "Kevin Tremblay, Minister of Labour, Consumer Protection and Government Services, announced it.",
    "Today, Ann Roe, Minister of Northern Affairs, Minister responsible for the north, said so.",
]


@pytest.mark.parametrize("text", PORTFOLIO_ALONE)
def test_names_portfolio_after_title_is_no_name(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []
    people = names(ents, nlp, text, "PERSON")
    assert not any(w in p for p in people for w in ("Affairs", "Resources", "Trade", "Services"))


def test_names_portfolio_keeps_a_named_agency(nlp, ents):
    text = "The loan was approved by the Minister for FedNor, the northern agency, on Monday."
    assert names(ents, nlp, text, "ORG") == ["FedNor"]


def test_names_portfolio_title_then_name_still_a_person(nlp, ents):
    text = "Minister of Foreign Affairs and Trade Péter Szijjártó said the plant would open in Pécs."
    assert names(ents, nlp, text, "PERSON") == ["Péter Szijjártó"]


def test_names_portfolio_run_closed_by_a_name_stays_the_person(nlp_sm, ents):
    # the model's PERSON after a portfolio that no punctuation closes is not hidden as a portfolio
    text = (
        "The deal was signed in the presence of Minister of Industry and Mineral Resources "
        "Samir Haddad and Prince Faisal bin Khalid."
    )
    assert "Samir Haddad" in names(ents, nlp_sm, text, "PERSON")
