"""ORG names joined by '&' or by 'and' between two field nouns, as China's regional business
pages write them (issue 10, session 7, branch cnorg7b), on both bases: (a) an ampersand between
capitalised words inside a headed name is the name's own ("Lee & Man Paper Manufacturing
Limited", "China Certification & Inspection Group"), unless the word before it closes a name
(a legal form or a head); (b) 'and' between two nouns of a field or activity, told by their
endings ("Energy Conservation and Environmental Protection Group", "Joining and Welding Research
Institute"), stays inside the name; a brand, a place or a pinyin-shaped word on either side
still starts a second name.

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md ("cnorg7b (session 7)").
"""

from __future__ import annotations

import pytest

from tests.conftest import names

AMPERSAND = [
    (
        "Kee & Tam Carton Manufacturing Limited will build a plant in Yibin.",
        ["Kee & Tam Carton Manufacturing Limited"],
    ),
    (
        "Hubei Testing & Calibration Group signed a deal with the county.",
        ["Hubei Testing & Calibration Group"],
    ),
    ("Experts from the QXR & TLM Joint Center visited Wuxi.", ["QXR & TLM Joint Center"]),
    # negative: a legal form or a head before '&' closes the first name
    (
        "Norvell Co & Brightwater Paper Group signed a deal.",
        ["Norvell Co", "Brightwater Paper Group"],
    ),
    (
        "Talks between Lanxi Group & Fenghe Logistics Co ended.",
        ["Lanxi Group", "Fenghe Logistics Co"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMPERSAND)
def test_names_cn_joined_ampersand_inside_name(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


FIELD_PAIRS = [
    (
        "China Water Conservation and Environmental Engineering Group will invest in Yichang.",
        ["China Water Conservation and Environmental Engineering Group"],
        ["Yichang"],
    ),
    (
        "The Casting and Forging Research Institute opened a lab in Xiangtan.",
        ["Casting and Forging Research Institute"],
        ["Xiangtan"],
    ),
    (
        "The Smart Logistics Innovation and Application Pilot Zone of Deyang was set up in May.",
        ["Smart Logistics Innovation and Application Pilot Zone of Deyang"],
        [],
    ),
    # negative: a brand, a place or a pinyin name after 'and' starts a second name
    (
        "Quanta Engineering and Brightwell Consulting Group signed a deal.",
        ["Quanta Engineering", "Brightwell Consulting Group"],
        [],
    ),
    (
        "Hengda Mining and Jinding Shipping Co signed a deal in Ningbo.",
        ["Hengda Mining", "Jinding Shipping Co"],
        ["Ningbo"],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "places"), FIELD_PAIRS)
def test_names_cn_joined_field_nouns_around_and(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# negative: a place or a pinyin-shaped brand after 'and' is no field noun, whatever the base
# model makes of the words before it
SECOND_NAME = [
    "Heavy Machinery and Jiangsu Construction Group bid for the bridge.",
    "Port Operations and Xinjing Shipping Group bid for the berth.",
]


@pytest.mark.parametrize("text", SECOND_NAME)
def test_names_cn_joined_place_or_brand_after_and_starts_a_name(nlp, ents, text):
    orgs = names(ents, nlp, text, "ORG")
    assert orgs[-1] == text.split(" and ")[1].split(" bid")[0]
    assert not any(" and " in o for o in orgs)


# an acronym spelt out just before it by lower-case words is a thing, not a body; one spelt out
# in capitals, or by a lower-case body's name ending in a head, is left to the other rules
THING_ACRONYMS = [
    (
        "Qianhe Funds Co, whose assets under management or AUM top 80 billion yuan, opened in Wuxi.",
        ["Qianhe Funds Co"],
    ),
    (
        "Lanyu Aerospace Co will set up a satellite assembly, integration and testing (AIT) center, "
        "and AIT work starts in June.",
        ["Lanyu Aerospace Co"],
    ),
    (
        "The Hubei Institute of Materials Testing (HIMT) hired 40 staff, and HIMT will grow.",
        ["Hubei Institute of Materials Testing", "HIMT", "HIMT"],
    ),
    (
        "Officials of the provincial commerce commission (PCC) met in Wuhan, and the PCC said no.",
        ["PCC", "PCC"],
    ),
]


@pytest.mark.parametrize(("text", "orgs"), THING_ACRONYMS)
def test_names_cn_joined_acronym_of_lower_case_words_is_no_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# a Chinese province or city and one pinyin brand word, owning something or doing what firms
# do, name a company; in an area's sense ("in <City> <Area>") or with no such evidence the
# place stays a place
SEAT_BRANDS = [
    (
        "The deals cover Hunan Lianmao's annual output of 8,000 tons of film.",
        ["Hunan Lianmao"],
        [],
    ),
    (
        "Jiangxi Ruitong will build a battery plant in Ganzhou.",
        ["Jiangxi Ruitong"],
        ["Ganzhou"],
    ),
    (
        "Fujian Hengtai's new line and Anhui Meiling's plant opened in May.",
        ["Fujian Hengtai", "Anhui Meiling"],
        [],
    ),
    # negative: after 'in' the pair is a town's area; no evidence, no company
    (
        "Start-ups in Shenzhen Gangwan's new hub raised funds.",
        [],
        ["Shenzhen"],
    ),
    ("Tourists visit Hangzhou Xixi every spring.", [], ["Hangzhou"]),
    # negative: a place after the province is a place ("Sichuan Ya'an")
    ("Sichuan Mianyang's output rose.", [], ["Sichuan", "Mianyang"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), SEAT_BRANDS)
def test_names_cn_joined_seat_and_pinyin_brand(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# a header line opened by one capitalised word with the page's date after it names the site
SOURCE_HEADERS = [
    ("Plant deals signed in Yibin\n\nKuaibao 2024-03-18 09:12\n\nThe city signed deals.\n", ["Kuaibao"]),
    ("Jinwen\nMar 5, 2024 10:07 AM\n\nExports rose in Wuxi.\n", ["Jinwen"]),
    # negative: a section or label word, or a place (a dateline), opening the line
    ("News\n2024-03-18\n\nExports rose.\n", []),
    ("Updated 2024-03-18\n\nExports rose.\n", []),
    ("Wuxi\nMar 5, 2024\n\nExports rose.\n", []),
    # negative: a one-word headline with no date after it
    ("Breakthrough\nThe firm signed a deal on Mar 5, 2024.\n", []),
]


@pytest.mark.parametrize(("text", "orgs"), SOURCE_HEADERS)
def test_names_cn_joined_source_word_on_a_date_line(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
