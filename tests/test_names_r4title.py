"""Names around legislators' seat titles and portfolio lists (issue 10, session 7 round 2,
branch r4title), one table per class, on both bases. Every sentence is written for these tests;
the classes come from the pages listed in tests/data/README.md ("r4title (session 7, round 2)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a seat title in capitals before a member's name ("MPP", "MLA", "MP", "ADUN", and "MEC", an
# office): no ORG; the person after it is found whole, and a known place before it is the seat's
SEAT_TITLES = [
    (
        "The grant was announced on Friday by Lanark MPP Doreen Folster at the mill.",
        [],
        ["Doreen Folster"],
    ),
    (
        "Federal money came too, said Oxford MP Harjit Bassi.",
        [],
        ["Harjit Bassi"],
    ),
    (
        "Finance and tourism MEC Zodwa Mthembu opened the plant. The MEC said 300 jobs follow.",
        [],
        ["Zodwa Mthembu"],
    ),
    (
        "The MLA said the bakery would hire locally.",
        [],
        [],
    ),
    (
        "Kuala Kedah ADUN Rosli Hamzah toured the factory on Monday.",
        [],
        ["Rosli Hamzah"],
    ),
    (
        "Two MPPs from the region backed the loan, said MPP Kenji Obata.",
        [],
        ["Kenji Obata"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "people"), SEAT_TITLES)
def test_names_seat_title_is_no_org(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


SEAT_PLACES = [
    ("The grant was announced on Friday by Oxford MPP Doreen Folster.", ["Oxford"]),
    ("Former Kulim MP Ahmad Bakar chairs the agency.", ["Kulim"]),
    ("Windsor MP Irene Kostas said the plant would reopen.", ["Windsor"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEAT_PLACES)
def test_names_place_before_seat_title(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative cases: a company whose name opens with such capitals stays one ORG; a word the
# gazetteers do not know before the title is no place
SEAT_KEPT = [
    ("MP Materials Corp said output of rare earths rose.", "ORG", ["MP Materials Corp"]),
    ("MEC Holdings Ltd will build a depot in Pretoria.", "ORG", ["MEC Holdings Ltd"]),
    ("Zenthor MPP Doreen Folster opened the mill.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), SEAT_KEPT)
def test_names_seat_title_keeps_other_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (b) a body named by a list of portfolios ("Department of A, B and C") is one ORG, with an
# Oxford comma and across a line break too, and its bracketed short form after it is one more
PORTFOLIO_BODIES = [
    (
        "A grant came from the Manitoba Department of Forestry, Mines, Parks and Rural Roads.",
        ["Manitoba Department of Forestry, Mines, Parks and Rural Roads"],
    ),
    (
        "A grant came from the Manitoba Department of Forestry, Mines, Parks and Rural\nRoads on Monday.",
        ["Manitoba Department of Forestry, Mines, Parks and Rural\nRoads"],
    ),
    (
        "The Department of Water, Sanitation and\nHousing (DWSH) paid for the pipes.",
        ["Department of Water, Sanitation and\nHousing", "DWSH"],
    ),
    (
        "The Ministry of Fisheries, Oceans, and Coastal Affairs (MFOCA) signed the lease.",
        ["Ministry of Fisheries, Oceans, and Coastal Affairs", "MFOCA"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PORTFOLIO_BODIES)
def test_names_body_named_by_portfolio_list(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# a list of portfolios after an office title is the title's field: no ORG in it
PORTFOLIO_TITLE_LISTS = [
    (
        "The Minister of Forestry, Mines, Parks and Rural Roads toured the sawmill on Friday.",
        [],
        [],
    ),
    (
        "The MEC for Water, Sanitation and Housing said the pipes were late.",
        [],
        [],
    ),
    (
        "The Minister for Fisheries, Oceans and Coastal Affairs Dana Whitlock signed the lease.",
        [],
        ["Dana Whitlock"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "people"), PORTFOLIO_TITLE_LISTS)
def test_names_portfolio_list_after_title_is_no_org(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a comma and 'and' after a name that ends start the sentence's next part
PORTFOLIO_LISTS_KEPT = [
    ("Loans came from the Bank of Kigali, and Torvane Foods said sales rose.", ["Bank of Kigali", "Torvane Foods"]),
    (
        "The Bank of Kigali and\nTorvane Foods signed the deal.",
        ["Bank of Kigali", "Torvane Foods"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PORTFOLIO_LISTS_KEPT)
def test_names_portfolio_lists_keep_other_names(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (c) a union's branch: 'Local' and its number, after the union's name when written, is one ORG
UNION_LOCALS = [
    ("Members of Unifor Local 1124 ratified the deal at the Brampton plant.", ["Unifor Local 1124"]),
    ("Teamsters Local 362 said drivers would strike on Monday.", ["Teamsters Local 362"]),
    ("The rally drew 40 members of IBEW Local 105-B to the site.", ["IBEW Local 105-B"]),
    ("The mill thanked Local 2471 for its support.", ["Local 2471"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNION_LOCALS)
def test_names_union_local_is_one_org(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# negative cases: 'Local' as an adjective before a number is no union branch
UNION_LOCALS_KEPT = [
    "Local 4 schools will close early on Friday.",
    "Turnout in the Local 2026 elections was low.",
]  # fmt: skip


@pytest.mark.parametrize("text", UNION_LOCALS_KEPT)
def test_names_local_before_number_is_no_union(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# (d) a product's model ("RAV4", the letters of "Lexus RX") names no organisation
PRODUCT_MODELS = [
    "The line builds door panels for the Lexus NX and the Acura TL at the Alliston site.",
    "Seats for the Lexus ES 300 are sewn in the second hall.",
    "Each CRV7 that leaves the yard carries parts from three suppliers.",
]  # fmt: skip


@pytest.mark.parametrize("text", PRODUCT_MODELS)
def test_names_product_model_is_no_org(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# negative cases: a company's acronym after a place or before a name, and a legal form, stay
PRODUCT_MODELS_KEPT = [
    ("Orders from Kenya Power rose, the KP board said.", "ORG", ["Kenya Power", "KP"]),
    ("The deal with Zentrix AG closed on Monday.", "ORG", ["Zentrix AG"]),
    ("The Penang SDC said 40 firms applied.", "ORG", ["SDC"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), PRODUCT_MODELS_KEPT)
def test_names_product_models_keep_companies(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (e) a Malay head written before the name ("Universiti", "Politeknik", "Kolej") takes the name
# after it, a ruler's or a person's name included: one ORG, no PERSON inside
LEADING_HEADS = [
    (
        "Graduates of Politeknik Sultan Idris Shah in Sabak Bernam found jobs in Klang.",
        ["Politeknik Sultan Idris Shah"],
        [],
    ),
    (
        "The lab is run with Universiti Tun Hussein Onn and two chip makers.",
        ["Universiti Tun Hussein Onn"],
        [],
    ),
    (
        "Kolej Komuniti Bayan Baru will train 60 technicians, said Datuk Rahim Osman.",
        ["Kolej Komuniti Bayan Baru"],
        ["Rahim Osman"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "people"), LEADING_HEADS)
def test_names_malay_head_before_name_is_one_org(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: the head in lower case or alone names nothing; the ruler himself stays a person
LEADING_HEADS_KEPT = [
    ("She studied at a politeknik near Ipoh.", "ORG", []),
    (
        "The Perak Ruler Sultan Nazrin Shah opened the plant, and Universiti Sains Malaysia sent 20 engineers.",
        "PERSON",
        ["Sultan Nazrin Shah"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), LEADING_HEADS_KEPT)
def test_names_malay_heads_keep_other_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
