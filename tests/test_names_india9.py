"""Indian regional business pages (session 9, branch india9), on both bases: (a) a town or
village no gazetteer holds, sited by the place it lies in, is a PLACE: 'at <town> in <known
place>' after land or money measured out for a site ('300 acres at <town> in Tiruvallur',
'Rs 120 crore at <town> in Krishnagiri'), 'in <town> in <known place>', and after any 'at'
when a named division follows ('a unit at <village> in Tumakuru district', even when no
gazetteer knows the district); the vote then carries the place to the town's other mentions;
(b) one word after a person's title (an honorific or a minister) is a whole name: a one-word
name or a surname ('Chief Minister Siddaramaiah', 'Dr Selvakumar') or a nickname of initials
('Minister KTR'), and the nickname is a PERSON in the rest of the article; (c) initials written
as one token, with or without stops ('BK Goenka', 'M.B. Patil'), open a name after any title,
lower-case ones included ('chairman BK ...'), unless a trade word follows ('Director IT Services');
(d) one-word names joined by hyphens where one is a known city or province ('Hubballi-<town>',
'Pune-Chakan-<town>-Satara', '<village>-Jamnagar’s') are each a place (SPEC 2.3).

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "india9".
"""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a town sited by the place it lies in.
SITED = [
    ("A textile park will come up on 300 acres at Vellamputhur in Tiruvallur next year.", "Vellamputhur"),
    ("The park will be built at a cost of Rs 120 crore at Kodikkarai in Krishnagiri.", "Kodikkarai"),
    ("A battery maker will set up a unit at Hanumapura in Tumakuru district.", "Hanumapura"),
    ("Farmers in Sirugudi in Madurai sold their land to the state corporation.", "Sirugudi"),
    ("A bottling plant at Kolmeda in Ballari district will hire 300 people.", "Kolmeda"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), SITED)
def test_names_india9_town_inside_a_place_is_a_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")
    assert place not in names(ents, nlp, text, "ORG")


NOT_SITED = [
    ("He worked at Corvana in London for ten years.", "Corvana"),
    ("An analyst at Trevanto in Mumbai said orders slowed.", "Trevanto"),
    ("Shares of Brightwater Ltd in Chennai rose 3 percent.", "Brightwater Ltd"),
    ("The firm sold a stake in Velora in India's south to a fund.", "Velora"),
    ("Talks at Zentrix in Bengaluru-based offices ended on Friday.", "Zentrix"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_SITED)
def test_names_india9_employer_before_a_place_is_no_place(nlp, ents, text, name):
    assert name not in names(ents, nlp, text, "PLACE")


def test_names_india9_sited_town_is_a_place_at_every_mention(nlp, ents):
    text = (
        "Tata Electronics will expand its unit at Mallapuram near Hosur.\n\n"
        "New roads are being laid at Mallapuram, a company official said."
    )
    assert names(ents, nlp, text, "PLACE").count("Mallapuram") == 2


# (b) one word after an honorific or a minister's title is a whole name.
ONE_NAME = [
    ("The committee, chaired by Chief Minister Siddaramaiah, cleared six proposals.", "Siddaramaiah"),
    ("Officials present included Dr Selvakumar and two engineers.", "Selvakumar"),
    ("Minister KTR said the plant would employ 2,000 people.", "KTR"),
    ("The plaque was unveiled by Mr KCR on Friday.", "KCR"),
    ("Smt Lakshmamma handed over the allotment letters.", "Lakshmamma"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), ONE_NAME)
def test_names_india9_one_word_after_a_title_is_a_person(nlp, ents, text, person):
    assert person in names(ents, nlp, text, "PERSON")
    assert person not in names(ents, nlp, text, "ORG")


def test_names_india9_nickname_is_a_person_at_every_mention(nlp, ents):
    text = "Minister KTR opened the plant on Monday. KTR said more units would follow."
    assert names(ents, nlp, text, "PERSON") == ["KTR", "KTR"]
    assert names(ents, nlp, text, "ORG") == []


NOT_ONE_NAME = [
    ("Mr Sanjaya Perera, Director General BOI, said the zone was full.", "BOI"),
    ("The Mining Board (TMB) said Minister TMB was misquoted.", "TMB"),
    ("Collector Chittoor held a review meeting on Monday.", "Chittoor"),
    ("Chief Minister Ravi Kumar Sharma opened the unit.", "Ravi"),
    ("Minister Karnataka officials met the investors.", "Karnataka"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOT_ONE_NAME)
def test_names_india9_body_place_or_longer_name_after_a_title_is_no_one_name(nlp, ents, text, word):
    assert word not in names(ents, nlp, text, "PERSON")


# (c) initials written as one token ('BK', 'M.B.') open a name after any title, lower-case too.
INITIALS = [
    ("Industries Minister R.K. Gowda chaired the clearance meeting.", "R.K. Gowda"),
    ("The group's chairman BK Mehtani laid the foundation stone.", "BK Mehtani"),
    ("Urban Development minister KT Ravi Rao inaugurated the tower.", "KT Ravi Rao"),
    ("Sonara Mills Chairman PV Thakkar visited the estate.", "PV Thakkar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), INITIALS)
def test_names_india9_initials_after_a_title_open_a_name(nlp, ents, text, person):
    assert person in names(ents, nlp, text, "PERSON")
    assert not any(w in person for w in names(ents, nlp, text, "ORG"))


NOT_INITIALS = [
    ("Director IT Services said the network was down.", "IT Services"),
    ("The chairman BOI Steel Works opened the plant.", "BOI Steel Works"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_INITIALS)
def test_names_india9_initials_before_a_trade_word_are_no_person(nlp, ents, text, name):
    assert not any(name.split()[0] in p for p in names(ents, nlp, text, "PERSON"))


# (d) one-word names joined by hyphens, one of them a known city or province: each a place.
HYPHEN_PAIRS = [
    ("Land is ready across Pune-Chakan-Velwadi-Satara (8,000 acres).", "Velwadi"),
    ("The corridor runs through Hubballi-Kalgatti and Belagavi.", "Kalgatti"),
    ("Rampur-Jamnagar’s brass units will get a common facility.", "Rampur"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), HYPHEN_PAIRS)
def test_names_india9_hyphen_pair_with_a_known_city_names_places(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


NOT_HYPHEN_PAIRS = [
    ("The Hubballi-Kalgatti Municipal Corporation will be split.", "Kalgatti"),
    ("Tata-Corvex was the biggest deal of the year.", "Corvex"),
    ("A China-Velora joint venture opened a plant.", "Velora"),
    ("The Marvo-Benz plant in Pune hired 300 people.", "Marvo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOT_HYPHEN_PAIRS)
def test_names_india9_hyphen_pair_without_a_city_anchor_or_inside_a_name_is_no_place(nlp, ents, text, word):
    assert word not in names(ents, nlp, text, "PLACE")


def test_names_india9_hyphened_name_of_one_place_adds_no_part(nlp, ents):
    # the gazetteer holds "Ibeju Lekki" (a Lagos area) as one name
    assert "Ibeju" not in names(ents, nlp, "The free zone in Ibeju-Lekki hosts 18 firms.", "PLACE")
