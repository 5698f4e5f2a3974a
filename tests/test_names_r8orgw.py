"""Long names of government bodies outside China (issue 10, session 9 round 3, branch r8orgw),
on both bases. Every sentence is written for these tests (people and bodies invented, places
real); the class comes from the pages listed in tests/data/README.md ("r8orgw (session 9)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# a comma list of portfolios before a body's head is one name with the head (SPEC 2.2: the
# longest name wins); Oxford comma, a state or place before the list, 'and' joining two items
PORTFOLIO_LISTS = [
    (
        "The state Housing, Transport and Rural Development Committee approved 12 projects.",
        ["Housing, Transport and Rural Development Committee"],
    ),
    (
        "Selangor Youth, Sports and Entrepreneur Development Committee chairman Ahmad Rizal spoke.",
        ["Selangor Youth, Sports and Entrepreneur Development Committee"],
    ),
    (
        "The State Agriculture, Water, and Environment Council met in Ipoh.",
        ["State Agriculture, Water, and Environment Council"],
    ),
    (
        "A report by the Women and Family Welfare Committee was tabled.",
        ["Women and Family Welfare Committee"],
    ),
]

# negative: coordinated company names stay apart; a list of places or firms before a head is
# no portfolio list; a list with no 'and' before the head is no list
PORTFOLIO_LISTS_APART = [
    (
        "Orders went to Kestrel Packaging, Barlow Paper and Mbeki Steel Group.",
        ["Kestrel Packaging", "Barlow Paper", "Mbeki Steel Group"],
    ),
    ("Officials from Penang, Kedah and Perlis Development Council attended.", ["Perlis Development Council"]),
]


@pytest.mark.parametrize("text, orgs", PORTFOLIO_LISTS + PORTFOLIO_LISTS_APART)
def test_names_r8orgw_portfolio_list_joins_body_name(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# a list of portfolios joined by 'and' or '&' that a country or province closes is one body
# ("<portfolios> Canada", a provincial agency named after its province)
PORTFOLIO_PLACES = [
    (
        "Contracts from Public Works, Services and Procurement Canada reached the town.",
        ["Public Works, Services and Procurement Canada"],
    ),
    ("The agency Tourism & Investment Mpumalanga opened an office.", ["Tourism & Investment Mpumalanga"]),
    (
        "Officials at Employment and Social Development Canada agreed.",
        ["Employment and Social Development Canada"],
    ),
    ("Trade and Investment Eastern Cape hosted buyers from Kenya.", ["Trade and Investment Eastern Cape"]),
]

# negative: places joined by 'and', a portfolio word and a place with 'in' between, a position
# word before a province, a title-case headline
PORTFOLIO_PLACES_APART = [
    ("Exports to Mexico and Canada rose.", []),
    ("Investment and trade in Canada rose.", []),
    ("Funds for Northern and Eastern Cape farms were cut.", []),
]


@pytest.mark.parametrize("text, orgs", PORTFOLIO_PLACES + PORTFOLIO_PLACES_APART)
def test_names_r8orgw_portfolio_list_closed_by_place(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# a name written with a lower-case class prefix ('uMhlathuze', 'eSwatini', 'eThekwini') joins a
# body's name like a capitalised word: before its head, and after "City of"
PREFIXED_NAMES = [
    ("Lecturers at uMngeni TVET College went on strike.", ["uMngeni TVET College"]),
    ("The City of eThekwini approved the lease in March.", ["City of eThekwini"]),
    (
        "Loans from the eSwatini Development Finance Corporation rose.",
        ["eSwatini Development Finance Corporation"],
    ),
]

# negative: a prefixed word with no head after it, a lower-case word after "City of"
PREFIXED_NAMES_APART = [
    ("Sales of the new iPhone rose in May.", []),
    ("Johannesburg, the city of gold, grew.", []),
]


@pytest.mark.parametrize("text, orgs", PREFIXED_NAMES + PREFIXED_NAMES_APART)
def test_names_r8orgw_prefixed_name_joins_body_name(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
