"""Names in the style of Pakistani, Bangladeshi, Kazakh, Vietnamese and Moroccan news (issue 10,
orgs4b classes), one table per class, on both bases: (a) legal names with a bracketed qualifier
or a particle, (b) 'of COUNTRY' after a company, (c) zone acronyms, (d) government bodies led by
a place, (e) industrial parks with a brand and a place, (f) wires glued to a sentence and
mastheads, (g) brand names holding a place, (h) people with ranks and roles.

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md ("orgs4b (session 4)").
"""

from __future__ import annotations

import pytest

from pipeline.ruledata import ResourceError, load_name_parts
from tests.conftest import names

# (a) A bracketed qualifier before the legal form, and particles of foreign names, stay inside
# one ORG span.
LEGAL_NAMES = [
    ("The plant will be built by Indus Weaving (Pvt) Limited on a 20-acre plot.",
     ["Indus Weaving (Pvt) Limited"]),
    ("Hongxing Textiles (BD) Co. Ltd will invest $12 million in the zone.",
     ["Hongxing Textiles (BD) Co. Ltd"]),
    ("Atlas Cables (Private) Ltd signed the lease on Monday.", ["Atlas Cables (Private) Ltd"]),
    ("The lease went to Karakoram Foods (Pvt.) Ltd. last week.", ["Karakoram Foods (Pvt.) Ltd."]),
    ("Saigon Shoes (Vietnam) Co. Ltd opened a second line.", ["Saigon Shoes (Vietnam) Co. Ltd"]),
    ("GLOBE RIVER METALS (PVT) LTD will make steel bars.", ["GLOBE RIVER METALS (PVT) LTD"]),
    ("A tile maker, Cerámicas del Sur S.A., opened a line.", ["Cerámicas del Sur S.A."]),
    ("The order went to Textiles de la Loire SAS last year.", ["Textiles de la Loire SAS"]),
    ("Maschinenbau von Berg GmbH supplies the presses.", ["Maschinenbau von Berg GmbH"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEGAL_NAMES)
def test_names_foreign_legal_names_with_brackets_and_particles(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orders rose at Indus Weaving (Pvt) last year.",  # no legal form after the bracket
        "Coastal Freight Terminals (CFT) Ltd owns the dock.",  # an acronym in brackets
        "Prices in the van der Meer report were lower.",  # particles with no legal form
    ],
)
def test_names_foreign_legal_names_negative(nlp, ents, text):
    assert not any("(" in n or " van " in n for n in names(ents, nlp, text, "ORG"))


# (b) 'of COUNTRY' after a company's legal form says where it is from; banks, universities,
# ministries and '... Corporation of X' keep it.
COUNTRY_TAILS = [
    ("The mill was bought by Nanjing Sunway Fabric Co of China for $5 million.",
     ["Nanjing Sunway Fabric Co"], ["China"]),
    ("The deal with Sunrise Textile Co Ltd of China was signed.", ["Sunrise Textile Co Ltd"], ["China"]),
    ("The orchard is run by Daewon Agritech of South Korea.", ["Daewon Agritech"], ["South Korea"]),
    ("The loan came from the Bank of China.", ["Bank of China"], []),
    ("The University of Dhaka hosted the talks.", ["University of Dhaka"], []),
    ("Aluminum Corporation of China agreed to the price.", ["Aluminum Corporation of China"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), COUNTRY_TAILS)
def test_names_foreign_country_after_company(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (c) A zone acronym ends a zone's name; a zone acronym with a number and acronyms joined by a
# hyphen are one name.
ZONES = [
    ("Six firms have leased plots in Rashakai SEZ so far.", ["Rashakai SEZ"]),
    ("The company will invest in Mongla EPZ and in BEPZA EZ.", ["Mongla EPZ", "BEPZA EZ"]),
    ("The KP-EZDMC board met on Tuesday.", ["KP-EZDMC"]),
    ("Plots in SEZ-3 were handed over.", ["SEZ-3"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_names_foreign_zone_acronyms(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cases of COVID-19 fell in March.",
        "The US-UK talks ended.",
        "GDP-linked bonds were sold.",
        "Exports of F-16 parts rose.",
    ],
)
def test_names_foreign_zone_acronyms_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# (d) A government body led by a place is one ORG, with no PLACE inside it.
PLACE_LED_BODIES = [
    ("The Nghe An Provincial People's Committee granted the licence.",
     ["Nghe An Provincial People's Committee"]),
    ("The Long An Provincial People's Committee approved the park.",
     ["Long An Provincial People's Committee"]),
    ("The Kostanay Regional Akimat signed a memorandum with the firm.", ["Kostanay Regional Akimat"]),
    ("The Punjab Board of Investment backed the mill.", ["Punjab Board of Investment"]),
    ("The Sindh Enterprise Development Fund lent the money.", ["Sindh Enterprise Development Fund"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACE_LED_BODIES)
def test_names_foreign_government_bodies_led_by_a_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected
    assert names(ents, nlp, text, "PLACE") == []


@pytest.mark.parametrize(
    "text",
    [
        "The company's Board of Directors approved the dividend.",
        "Board members met on Monday.",
    ],
)
def test_names_foreign_board_needs_a_name(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# (e) An industrial park with a brand acronym and a place is one ORG.
PARKS = [
    ("The firm leased land in VSIP Binh Duong Industrial Park.", ["VSIP Binh Duong Industrial Park"]),
    ("Tenants moved to Deep C Hai Phong Industrial Zone.", ["Deep C Hai Phong Industrial Zone"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARKS)
def test_names_foreign_industrial_parks(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected
    assert names(ents, nlp, text, "PLACE") == []


# (f) A wire glued to a sentence's end is an ORG of its own; a dateline's city is a PLACE; a
# masthead does not join the next line.
WIRES = [
    ("The tax rules were eased, according to the Ministry of Finance.-VNA",
     [("ORG", "Ministry of Finance"), ("ORG", "VNA")]),
    ("The port handled more cargo this year.—APP", [("ORG", "APP")]),
    ("Rents rose in Hanoi.-VNA", [("PLACE", "Hanoi"), ("ORG", "VNA")]),
    ("ASTANA, Oct 16 (KAZINFORM) – The plant will open next year.",
     [("PLACE", "ASTANA"), ("ORG", "KAZINFORM")]),
    ("KOSTANAY. KAZINFORM – The region will build a plant.", [("PLACE", "KOSTANAY"), ("ORG", "KAZINFORM")]),
    ("NUR-SULTAN. KAZINFORM – A meeting was held.", [("PLACE", "NUR-SULTAN"), ("ORG", "KAZINFORM")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WIRES)
def test_names_foreign_glued_wires(nlp, ents, text, expected):
    got = [(label, t) for label, t, _ in ents(nlp, text) if label in ("ORG", "PLACE", "PERSON")]
    assert got == expected


def test_names_foreign_masthead_line_does_not_join_the_next(nlp, ents):
    text = "Kazinform\nNews\nThe plant will open next year."
    assert not any("\n" in n for n in names(ents, nlp, text, "ORG"))


# (g) A brand word opening a name, then a place: the company.
BRANDS = [
    ("Air Astana added two flights to Almaty.", ["Air Astana"], ["Almaty"]),
    ("Bank Muscat financed the deal.", ["Bank Muscat"], []),
    ("The deal was announced by Kazakh Invest on Monday.", ["Kazakh Invest"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), BRANDS)
def test_names_foreign_brands_holding_a_place(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Air quality in Astana improved.", "Astana"),
        ("The World Bank Kenya office opened.", "Kenya"),
    ],
)
def test_names_foreign_brands_negative(nlp, ents, text, place):
    assert "Air Astana" not in names(ents, nlp, text, "ORG")
    assert "Bank Kenya" not in names(ents, nlp, text, "ORG")


# (h) People: ranks before the name are left out, a role after capitalised modifiers marks the
# name, and neither the role nor a sentence adverb is an ORG.
PEOPLE = [
    ("Major General Abul Kalam Rahman, ndc, psc, witnessed the signing.", ["Abul Kalam Rahman"]),
    ("Brig Gen Salim Akhtar attended the meeting.", ["Salim Akhtar"]),
    ("Engr Tariq Mahmood inspected the site.", ["Tariq Mahmood"]),
    ("Barrister Nadia Khan spoke at the event.", ["Nadia Khan"]),
    ("Md Khairul Islam, Project Director of the zone, said the plots were ready.", ["Md Khairul Islam"]),
    ("By Anna Reyes, Business Reporter\n\nThe plant opened.", ["Anna Reyes"]),
    ("The visit was led by Director of BEPZA EZ Mohammad Anisul Haque.", ["Mohammad Anisul Haque"]),
    ("Minister of Foreign Affairs and Trade Pál Erdős spoke.", ["Pál Erdős"]),
    ("Tran Duy Minh, director of the board, said the park was full. Minh added that rents rose.",
     ["Tran Duy Minh", "Minh"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_names_foreign_people_with_ranks_and_roles(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert not any("Director" in n or "General" in n for n in names(ents, nlp, text, "ORG"))


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, the board approved six projects.",
        "Separately, the firm hired 300 people.",
        "Meanwhile, prices rose.",
        "Major investors said prices would rise.",
    ],
)
def test_names_foreign_sentence_openers_negative(nlp, ents, text):
    got = [(label, t) for label, t, _ in ents(nlp, text) if label in ("ORG", "PERSON")]
    assert got == []


# The name-parts file is validated on load, naming the file and the line.
@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("bracket pvt\nwidget Foo\n", ":2: expected 'KIND WORD'"),
        ("bracket two words\n", ":1: expected 'KIND WORD'"),
        ("bracket pvt\n", "no entries of kind"),
    ],
)
def test_names_foreign_name_parts_validated(tmp_path, monkeypatch, content, message):
    import pipeline.ruledata as ruledata

    path = tmp_path / "parts.txt"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setattr(ruledata, "_read_text", lambda name: path.read_text(encoding="utf-8"))
    load_name_parts.cache_clear()
    try:
        with pytest.raises(ResourceError, match=message):
            load_name_parts("parts.txt")
    finally:
        load_name_parts.cache_clear()
