"""Names on South African, Nigerian, Kenyan, Ghanaian and Egyptian regional business pages
(issue 10, session 9, branch africa9), one table per class, on both bases. Every sentence is
written for these tests (companies and people invented, places real); the classes come from
the pages listed in tests/data/README.md ("africa9 (session 9)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a paragraph's first word set in capitals (the drop-cap style of The Herald, the Daily
# Dispatch and their sister titles; a byline's "BY") is no acronym and no part of a name
CAPS_LEAD = [
    ("THE Karoo Development Agency has lent R9 million to small firms.", ["Karoo Development Agency"]),
    ("ONE of the hardest tasks for a metro is keeping its investors.", []),
    ("IN a boost for small business, the agency lent R4 million to 60 firms.", []),
    ("THERE is a new mood at the harbour, Vuyo Tshabalala said.", []),
    ("Loans rose.\n\nAS the year closed, Kwena Logistics hired 40 drivers.", ["Kwena Logistics"]),
]

# negative: an acronym opening a paragraph stays an ORG; a line in capitals is left alone
CAPS_LEAD_KEPT = [
    ("SALGA said the metros owed R2 billion in March.", ["SALGA"]),
    ("NERSA has approved the tariff, Lindiwe Dube said.", ["NERSA"]),
]


@pytest.mark.parametrize("text, orgs", CAPS_LEAD + CAPS_LEAD_KEPT)
def test_names_africa9_caps_lead_word_is_no_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


def test_names_africa9_caps_lead_adjective_left_out_of_name(nlp_sm, ents):
    """On the base with a dictionary, a drop-cap adjective printed once is not the name's."""
    text = "UPBEAT Karoo Development Agency chief executive Thandi Mokoena said loans rose."
    assert names(ents, nlp_sm, text, "ORG") == ["Karoo Development Agency"]


# (b) a byline written "By: NAME" or "BY: NAME" on a line of its own: the name is a PERSON and
# "BY" no ORG
BYLINE_COLON = [
    (
        "Port volumes recover\n\nBy: Pieter Swanepoel\n\nThe terminal handled more boxes.",
        ["Pieter Swanepoel"],
    ),
    ("Zone adds tenants\n\nBY: Efua Mensah\n\nThe zone signed three tenants.", ["Efua Mensah"]),
]


@pytest.mark.parametrize("text, people", BYLINE_COLON)
def test_names_africa9_byline_with_colon(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people
    assert "BY" not in names(ents, nlp, text, "ORG")


def test_names_africa9_by_inside_sentence_is_no_byline(nlp, ents):
    text = "Exports were driven by: steel, fruit and wine, the council said."
    assert names(ents, nlp, text, "PERSON") == []


# (c) South Africa's industrial development zones: "<place> IDZ" is one ORG; the acronym of a
# zone's kind alone ("in the IDZ", "a national SEZ conference", "(SEZ)" after a lower-case kind)
# names no zone
ZONES = [
    ("Two plants are rising in the Coega IDZ this year.", ["Coega IDZ"]),
    (
        "The Richards Bay IDZ and the Saldanha Bay IDZ signed four investors.",
        ["Richards Bay IDZ", "Saldanha Bay IDZ"],
    ),
    ("Tenants of the EL IDZ hired 300 people.", ["EL IDZ"]),
    ("Work in the IDZ continued despite the strike.", []),
    ("The Mthatha special economic zone (SEZ) will draw R2 billion, a national SEZ forum heard.", []),
    ("The province has two IDZs, and one SEZ is planned.", []),
]


@pytest.mark.parametrize("text, orgs", ZONES)
def test_names_africa9_zone_acronyms(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


def test_names_africa9_numbered_zone_stays(nlp, ents):
    assert names(ents, nlp, "Plots in SEZ-3 were handed over.", "ORG") == ["SEZ-3"]


# (d) a name whose initials are printed as capitals without stops, the initials spelling an
# English stop word ("OR Tambo"): no acronym ORG, and the initials belong to the airport, the
# district or the region named after the person; an airport's name alone is that place
INITIALS = [
    (
        "Cargo through OR Tambo International Airport rose 8%, and OR Tambo now handles most freight.",
        ["OR Tambo International Airport", "OR Tambo"],
    ),
    ("The backlog is worst in the OR Tambo region, the agency said.", ["OR Tambo region"]),
    ("Loans went to the OR Tambo district and to Buffalo City.", ["OR Tambo district", "Buffalo City"]),
    (
        "Flights from King Shaka International Airport rose, and King Shaka now serves 40 routes.",
        ["King Shaka International Airport", "King Shaka"],
    ),
]


@pytest.mark.parametrize("text, places", INITIALS)
def test_names_africa9_initials_belong_to_the_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []


# after a title, initials without stops open the person's name ("CEO TP Nchocho"); an acronym
# before a company's name word stays the company's
TITLE_INITIALS = [
    ("The unrest hurt sales, Tshwane Metals CEO ZK Mabaso says.", ["ZK Mabaso"]),
    ("Managing director TJ Olivier said the line would restart.", ["TJ Olivier"]),
]


@pytest.mark.parametrize("text, people", TITLE_INITIALS)
def test_names_africa9_title_then_initials(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


@pytest.mark.parametrize(
    "text, org",
    [
        ("SK Innovation will build a battery plant in Hungary.", "SK"),
        ("LG Electronics opened a plant in Mthatha.", "LG Electronics"),
    ],
)
def test_names_africa9_acronym_before_company_word_stays(nlp, ents, text, org):
    """Two capitals that are no stop word stay a company's acronym (or its name's front)."""
    assert any(name.startswith(org) for name in names(ents, nlp, text, "ORG"))


# (e) Afrikaans, Dutch and German names joined by a lower-case particle are one person, even
# where a gazetteer holds the given name or the surname ("Arno": a river; "Lingen": a town);
# "Honourable" is a title, no part of the name
PARTICLE_NAMES = [
    ("Output fell, said plant manager Arno van der Merwe.", ["Arno van der Merwe"]),
    ("Arno van der Merwe, the plant's manager, said output fell.", ["Arno van der Merwe"]),
    ("Honourable Elizabeth van Lingen listened to the briefing.", ["Elizabeth van Lingen"]),
    ("The fund is chaired by Jan Hendrik van den Berg.", ["Jan Hendrik van den Berg"]),
]


@pytest.mark.parametrize("text, people", PARTICLE_NAMES)
def test_names_africa9_particle_names(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people
    assert names(ents, nlp, text, "PLACE") == []


@pytest.mark.parametrize(
    "text",
    [
        "He met the van der Merwe family on Monday.",
        "Ferries leave from a terminal in Hoek van Holland every night.",
        "The Honourable Speaker opened the sitting.",
    ],
)
def test_names_africa9_particle_without_given_name_is_no_person(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (f) a town that GeoNames now lists under a new name keeps its English name, as written on
# most pages, through place_exonyms.tsv ("King William's Town", now Qonce)
@pytest.mark.parametrize(
    "text, places",
    [
        ("A bakery in King William's Town will hire 40 people.", ["King William's Town"]),
        ("He moved to Cape Town from King William’s Town in 2019.", ["Cape Town", "King William’s Town"]),
    ],
)
def test_names_africa9_renamed_town_keeps_english_name(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []
