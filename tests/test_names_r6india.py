"""Indian regional pages (session 8 round 2, branch r6india), on both bases: (a) a town or
village no gazetteer holds, written right before 'near' and a place ('a unit at <village>
near Hosur', 'in <village> near <town> in Salem district'), is a PLACE, also after an 'at'
that no site noun opens, unless a person's noun comes before 'at' ('an analyst at <firm>
near Tokyo'); (b) 'Mission' ends a body's name ('<State> Skill Development Mission');
(c) 'Service' ends a news agency's or public service's name ('<Name> News Service'); (d) a
list of names closed by 'and' whose last name stands in a named division ('at <A>, <B> and <C>
in Guntur district') names places.

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "r6india".
"""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) 'near' and a known place (or a place inside a named division) make the name before it one.
NEAR_PLACE = [
    ("The firm will put Rs 900 crore into a battery unit at Kovaipatti near Madurai, hiring 600 people.",
     "Kovaipatti"),
    ("Farmers in Pennathurai near Erode staged a protest on Monday.", "Pennathurai"),
    ("A warehouse park will rise at Velakkudi near Pollanur in Salem district next year.", "Velakkudi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), NEAR_PLACE)
def test_names_r6india_name_near_a_place_is_a_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")
    assert place not in names(ents, nlp, text, "ORG")


NOT_NEAR_PLACE = [
    ("An analyst at Corvana near Tokyo said orders slowed in May.", "Corvana"),
    ("Sales at Trevanto near the coast rose 4 percent last year.", "Trevanto"),
    ("The contract at Brightwater Ltd near Chennai was signed in June.", "Brightwater Ltd"),
    ("A trader at Vantora near Madurai said prices fell.", "Vantora"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_NEAR_PLACE)
def test_names_r6india_employer_or_unknown_neighbour_is_no_place(nlp, ents, text, name):
    assert name not in names(ents, nlp, text, "PLACE")


# (b) a state's mission is a body: its head word closes the name.
MISSION = [
    ("The Assam Tea Mission will fund 40 nurseries this year.", "Assam Tea Mission"),
    ("Loans came from the Karnataka Skill Development Mission on Friday.", "Karnataka Skill Development Mission"),
    ("Grants of Rs 2 crore went out through the Punjab Hydrogen Mission in March.", "Punjab Hydrogen Mission"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org"), MISSION)
def test_names_r6india_mission_closes_a_bodys_name(nlp, ents, text, org):
    assert org in names(ents, nlp, text, "ORG")


# (c) a news or public service.
SERVICE = [
    ("Coastal News Service reported the figures on Sunday.", "Coastal News Service"),
    ("By Reporter\n\nExpress News Service\n\nCHENNAI: Work began on Monday.", "Express News Service"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org"), SERVICE)
def test_names_r6india_service_closes_a_names_end(nlp, ents, text, org):
    assert org in names(ents, nlp, text, "ORG")


LOWER_HEADS = [
    "The mission will end in May and the service resumes in June.",
    "Customer service improved after the mission to Madurai.",
]


@pytest.mark.parametrize("text", LOWER_HEADS)
def test_names_r6india_lower_case_heads_make_no_org(nlp, ents, text):
    orgs = names(ents, nlp, text, "ORG")
    assert not any("ission" in o or "ervice" in o for o in orgs)


# (d) a list whose last name stands inside a named division: every name in it is a place.
DIVISION_LIST = [
    ("Relief reached 400 families at Mallavaram, Kothuru and Peddapadu in Guntur district on Friday.",
     ["Mallavaram", "Kothuru", "Peddapadu"]),
    ("Shops in Karuvali, Sendurai and Pallikonda in Vellore district reopened.",
     ["Karuvali", "Sendurai", "Pallikonda"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), DIVISION_LIST)
def test_names_r6india_list_inside_a_division_names_places(nlp, ents, text, places):
    found = names(ents, nlp, text, "PLACE")
    assert all(p in found for p in places)


NOT_DIVISION_LIST = [
    ("Staff at Acme Ltd, Orvane and Tessel in Salem district were paid.", "Orvane"),
    ("Shops in Karuvali and Sendurai reopened in May.", "Sendurai"),
    ("The firms at Orvane, Tessel and Quarrow said in Salem that sales fell.", "Tessel"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_DIVISION_LIST)
def test_names_r6india_list_without_division_or_with_a_company_is_no_place(nlp, ents, text, name):
    assert name not in names(ents, nlp, text, "PLACE")


# (b') a mission written with its target year is a plan (SPEC 2.2), not a body.
MISSION_PLAN = [
    "The Kerala Hydrogen Mission 2030 was announced in the budget on Friday.",
    "Grants under the Startup Mission 2047 rose in March.",
]


@pytest.mark.parametrize("text", MISSION_PLAN)
def test_names_r6india_mission_with_a_target_year_is_no_org(nlp, ents, text):
    assert not any("Mission" in o for o in names(ents, nlp, text, "ORG"))
