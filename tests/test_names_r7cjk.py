"""Names on Chinese portals' English pages (session 9, branch r7cjk), one table per class, on
both bases: (a) a run of Han characters ending in an organisation's suffix (a site's or a
government's name in a page header, a source line or a breadcrumb) is one ORG, and Han text
that is no such name (a person's name, a filing number, a generic office, a sentence) is none;
(b) a world region is never a company's name, whatever cue precedes it, a place before a
lower-case plural noun only modifies that noun ('deals with <city> buyers'), and 'the
Netherlands' is found after a lower-case article; (c) '<Name> <people> ethnic township', a
singular '<people> village' and '<Name> wetland' are one place each, and an industry word before
'and' joins a zone's name ('<Name> Energy and Chemical Industry Base').

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "r7cjk".
"""

from __future__ import annotations

import pytest

from pipeline.ruledata import ResourceError, load_han_name_parts
from tests.conftest import names

# (a) Han names ending in an organisation's suffix
HAN_NAMES = [
    ("洛川县人民政府\nEnglish | 中文\n\nLuochuan Opens Apple Fair\n\nThe county signed 9 deals on Monday.",
     "洛川县人民政府"),
    ("Apple Growers Gather in Luochuan\n\nSource:延安政府网 Date:2023-10-02\n\nThe county signed 9 deals.",
     "延安政府网"),
    ("Shaanxi | 陕西日报延安频道\nHome > News\n\nLuochuan Opens Apple Fair\n\nThe fair drew 300 buyers.",
     "陕西日报延安频道"),
    ("The cannery is run by Tianbao Foods (天宝食品集团), which employs 400 people.", "天宝食品集团"),
    ("Traditional page: 延安市人民政府辦公室\n\nThe city opened 3 parks.", "延安市人民政府辦公室"),
]  # fmt: skip

NOT_HAN_NAMES = [
    "Luochuan Opens Apple Fair\n\nEditor: 高思远\n\nThe county signed 9 deals.",  # a person
    "The county signed 9 deals.\n\n陕公网安备 61060202000123号",  # a filing number
    "Issued by: 市人民政府办公室\n\nThe county signed 9 deals.",  # "the city's" office, no one body
    "The county signed 9 deals.\n\n我们的公司\n\nOutput rose.",  # "our company": words of a sentence
    "The county signed 9 deals.\n\n人民政府\n\nOutput rose.",  # a suffix alone names no one
    "各县(市)、区人民政府:\n\nThe county signed 9 deals.",  # "each district's government"
]


@pytest.mark.parametrize(("text", "expected"), HAN_NAMES)
def test_names_r7cjk_han_run_with_suffix_is_org(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


@pytest.mark.parametrize("text", NOT_HAN_NAMES)
def test_names_r7cjk_han_text_without_a_name_is_no_org(nlp, ents, text):
    found = [n for n in names(ents, nlp, text, "ORG") if not n.isascii()]
    assert found == []


def test_names_r7cjk_han_parts_load_longest_suffix_first():
    parts = load_han_name_parts()
    assert parts.suffixes.index("人民政府") < parts.suffixes.index("政府")
    assert "的" in parts.stops and "市" in parts.openers


def test_names_r7cjk_han_parts_bad_line_names_file_and_line(monkeypatch):
    import pipeline.ruledata as rd

    monkeypatch.setattr(rd, "_read_text", lambda name: "suffix 政府\nstop ab\nopener 市\n")
    rd.load_han_name_parts.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"bad\.txt:2"):
            rd.load_han_name_parts("bad.txt")
    finally:
        rd.load_han_name_parts.cache_clear()


# (b) world regions and places in lists of trade partners and destinations
REGION_PLACES = [
    ("Orders from Central Asia and the Middle East kept the plant busy.", "Central Asia"),
    ("Demand from Southeast Asia and the EU grew, the firm said.", "Southeast Asia"),
    ("The cooperative shipped 40 batches of dates to the Netherlands and Belgium.", "Netherlands"),
    ("Dairy exports to the Netherlands rose 8 percent.", "Netherlands"),
    ("Yichun signed timber deals with Harbin buyers on Friday.", "Harbin"),
    ("The county sold 300 tonnes of rice to Dalian wholesalers last year.", "Dalian"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), REGION_PLACES)
def test_names_r7cjk_region_or_modifying_place_is_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")
    assert place not in names(ents, nlp, text, "ORG")


# a company after the same cues stays one
CUED_FIRMS = [
    ("The county bought 20 turbines from Vantrel and sold them on.", "Vantrel"),
    ("Orders from Korvanta kept the plant busy.", "Korvanta"),
]


@pytest.mark.parametrize(("text", "org"), CUED_FIRMS)
def test_names_r7cjk_cued_company_stays_org(nlp, ents, text, org):
    assert org in names(ents, nlp, text, "ORG")


# (c) a people's township written 'ethnic township', and wetlands with a lower-case designator
FEATURES = [
    ("The tea line sits in Lonxi Buyi ethnic township and employs 40 people.", "Lonxi Buyi ethnic township"),
    ("A dairy opened in Taiping Miao ethnic township last year.", "Taiping Miao ethnic township"),
    ("The Wuliang wetland drew 9,000 visitors in May.", "Wuliang wetland"),
    ("Cranes winter in the Yancheng wetland each year.", "Yancheng wetland"),
    ("The road now reaches Longjiang Maonan village.", "Longjiang Maonan village"),
]  # fmt: skip

NOT_FEATURES = [
    ("Farms in Taiping Yi ethnic villages grew.", "Taiping Yi ethnic villages"),  # several, a description
    ("The Miao ethnic township fair opened.", "Miao ethnic township"),  # a people alone names no place
]


@pytest.mark.parametrize(("text", "place"), FEATURES)
def test_names_r7cjk_ethnic_township_and_wetland_are_one_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


@pytest.mark.parametrize(("text", "span"), NOT_FEATURES)
def test_names_r7cjk_plural_or_bare_people_is_no_ethnic_place(nlp, ents, text, span):
    assert span not in names(ents, nlp, text, "PLACE")


# (c) an industry word and 'and' inside one base's or park's name
AND_ZONES = [
    ("The committee of Tongshan Energy and Chemical Industry Base said 21 projects started.",
     "Tongshan Energy and Chemical Industry Base"),
    ("Firms in the Heshui Steel and Materials Industrial Park grew.", "Heshui Steel and Materials Industrial Park"),
]  # fmt: skip

# a company, then 'and' and a zone with a name of its own: two names
TWO_NAMES = [
    (
        "Vantrel Energy and Binhai Industrial Zone signed a deal.",
        ["Vantrel Energy", "Binhai Industrial Zone"],
    ),
]


@pytest.mark.parametrize(("text", "org"), AND_ZONES)
def test_names_r7cjk_industry_and_theme_zone_is_one_org(nlp, ents, text, org):
    assert org in names(ents, nlp, text, "ORG")


@pytest.mark.parametrize(("text", "orgs"), TWO_NAMES)
def test_names_r7cjk_name_after_and_starts_a_second_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
