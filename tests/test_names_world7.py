"""Names on regional business news from India, South Africa, Hungary, Canada, Saudi Arabia
and Malaysia (issue 10, session 7, branch world7), one table per class, on both bases. Every
sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("world7 (session 7)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a portfolio written before or after a minister's title names no body: its words are no
# ORG, and the person after it is found
PORTFOLIO_TITLES = [
    (
        "Fisheries Minister Dana Whitford said the grant covers two plants.",
        [],
        ["Dana Whitford"],
    ),
    (
        "Labour, Immigration and Skills Minister Carla Moreau announced the fund today.",
        [],
        ["Carla Moreau"],
    ),
    (
        "Rural and Northern Development Minister Tom Ashby spoke in Brandon on Friday.",
        [],
        ["Tom Ashby"],
    ),
    (
        "Alberta Forestry Minister Ken Lafleur opened the mill in Hinton.",
        [],
        ["Ken Lafleur"],
    ),
    (
        "The delegation was led by the Minister for Mines and Geology, and Skill Development "
        "Ravi Menon on Monday.",
        [],
        ["Ravi Menon"],
    ),
    (
        "Gujarat Minister RK Desai met the investors in Surat.",
        [],
        ["RK Desai"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "people"), PORTFOLIO_TITLES)
def test_names_portfolio_before_title_is_no_org(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a body, an acronym or a name before the title stays what it was
PORTFOLIO_KEPT = [
    (
        "Orders rose, said Meera Rao, Principal Secretary, Department of Mines and Geology.",
        "PERSON",
        ["Meera Rao"],
    ),
    (
        "The Provincial Apprenticeship Board, Labour and Skills Minister Carla Moreau said.",
        "ORG",
        ["Provincial Apprenticeship Board"],
    ),
    ("The ANC Secretary General Lindiwe Mokoena spoke in Durban.", "ORG", ["ANC"]),
    (
        "Minister of Foreign Affairs and Trade Gábor Kertész visited Győr.",
        "PERSON",
        ["Gábor Kertész"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), PORTFOLIO_KEPT)
def test_names_portfolio_keeps_bodies_and_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
