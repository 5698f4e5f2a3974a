"""People on regional business pages from South Africa, Canada, India and China (issue 10,
session 7 round 3, branch r5person), one table per class, on both bases. Every sentence is
written for these tests; the classes come from the pages listed in tests/data/README.md
("r5person (session 7, round 3)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a person's title after a place whose name opens with a feature word ("Western Cape",
# "Cape Breton") ends that place: the title and the name after it are no PLACE
CAPE_TITLES = [
    (
        "Northern Cape Premier Lerato Khumalo said on Monday the smelter would reopen.",
        ["Northern Cape"],
        ["Lerato Khumalo"],
    ),
    (
        "Western Cape Premier Johan Visser has on Friday opened the harbour works.",
        ["Western Cape"],
        ["Johan Visser"],
    ),
    (
        "Cape Breton MLA Fiona MacLeod announced the grant in Sydney.",
        ["Cape Breton", "Sydney"],
        ["Fiona MacLeod"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places", "people"), CAPE_TITLES)
def test_names_title_ends_feature_place(nlp, ents, text, places, people):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a feature name with no title in it keeps its words, and yields no person
CAPE_KEPT = [
    ("Ships wait off Cape Agulhas for the storm to pass.", ["Cape Agulhas"]),
    ("The road to Mount Elgon was closed on Tuesday.", ["Mount Elgon"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), CAPE_KEPT)
def test_names_feature_place_without_title_kept(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == []


# (b) capital initials without stops before a given name and a surname, after a minister's
# title ("Minister KT Rama Rao"): the initials open the name, and the surname alone later is
# the same person
JOINED_INITIALS = [
    (
        "Industries Minister PV Suresh Naidu on Tuesday opened a pump plant. Naidu said it "
        "would hire 400 people.",
        ["PV Suresh Naidu", "Naidu"],
    ),
    ("Minister of Roads SK Anil Menon said the bypass would open in May.", ["SK Anil Menon"]),
    ("Karnataka Minister MB Patil visited the site.", ["MB Patil"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), JOINED_INITIALS)
def test_names_joined_initials_open_titled_name(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people
    assert names(ents, nlp, text, "ORG") == []


# negative cases: an acronym after a minister's title that opens a body or a product is no
# person's initials
JOINED_INITIALS_NOT = [
    "The Trade Minister said EU Steel Quotas would change.",
    "The Mines Minister spoke to SA Mining Weekly on Monday.",
    "The Finance Minister met ANC Youth League leaders.",
]  # fmt: skip


@pytest.mark.parametrize("text", JOINED_INITIALS_NOT)
def test_names_acronym_after_title_is_no_person(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (c) a legislator's seat beside a name: the name before ", MPP for ..." is the person, and
# the riding's words (before "MPP", or after "MPP for" up to the comma) are no person
SEAT_NAMES = [
    (
        "Colin Marchetti, MPP for Nipissing—Timiskaming, told the paper few firms applied.",
        ["Colin Marchetti"],
    ),
    (
        "Dana Whitby, MPP for Sudbury—Nickel Belt, said the fund was open.",
        ["Dana Whitby"],
    ),
    (
        '"Shops carry this town," said Timmins-James Bay MPP Ruth Okafor on Friday.',
        ["Ruth Okafor"],
    ),
    ("For details, contact Anil Deshpande, MLA, Pune Cantonment.", ["Anil Deshpande"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), SEAT_NAMES)
def test_names_seat_title_marks_person_not_riding(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a town before a comma and a seat word used as a plain noun, and a name with
# its own hyphen, keep their labels
SEAT_NAMES_KEPT = [
    ("The rally in Whitby, MP candidates said, was loud.", "PLACE", ["Whitby"]),
    ("The mill will reopen, said Leah Dubois-Marchand.", "PERSON", ["Leah Dubois-Marchand"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), SEAT_NAMES_KEPT)
def test_names_seat_rules_keep_other_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
    if label != "PERSON":
        assert names(ents, nlp, text, "PERSON") == []
