"""ORG names as Chinese regional portals write them (issue 10, session 5 round 2), on both bases:
(a) a company's brand alone after its full name ("Dalian Yidu Group" ... "Yidu"), (b) a
pinyin-named company closed by trade words is no person, and its brand follows it, (c) a party
or government title after "and" ends the body before it, (d) an organ "of" a body is one name
with its body, the longest name (SPEC 2.1; session 6 round 2 changed this from the body alone).

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md ("r2org (session 5, round 2)").
"""

from __future__ import annotations

import pytest

from pipeline.components.resolve import _brand, _pinyin_word
from tests.conftest import names

# (a) the brand part of a company's full name, recurring alone
BRANDS = [
    (
        "Shanxi Ruifeng New Materials Co., Ltd. opened a plant in Datong. "
        '"Freight is cheaper now," said Gao Lei, general manager of Ruifeng.',
        ["Shanxi Ruifeng New Materials Co., Ltd.", "Ruifeng"],
    ),
    (
        "Anhui Beihu Gulf Kangtai Battery Technology Co., Ltd. moved into the park. "
        "The plant will make cells for buses, according to Kangtai.",
        ["Anhui Beihu Gulf Kangtai Battery Technology Co., Ltd.", "Kangtai"],
    ),
    (
        "Xiamen Jiayun Home Technology Co, a maker of shelving, shipped goods to Poland. "
        "Jiayun plans two more warehouses there.",
        ["Xiamen Jiayun Home Technology Co", "Jiayun"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRANDS)
def test_names_regional_orgs_brand_alone_is_the_company(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (b) pinyin words before trade words: a company, and its two-word brand follows it
PINYIN_COMPANIES = [
    (
        "A cold store of Huaxin Tongda Supply Chain opened at the airport. "
        '"Fresh fruit needs speed," said Qian Mingyu, general manager of Huaxin Tongda.',
        ["Huaxin Tongda Supply Chain", "Huaxin Tongda"],
        ["Qian Mingyu"],
    ),
    (
        "Henan Ruitai Intelligent Equipment signed a deal in the zone. Ruitai makes robot arms.",
        ["Henan Ruitai Intelligent Equipment", "Ruitai"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "people"), PINYIN_COMPANIES)
def test_names_regional_orgs_pinyin_company_is_no_person(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# negative: people stay people, whatever companies the article names
PEOPLE = [
    (
        "Zhang Wei, a farmer in Hubei, said pear prices rose. Zhang Wei added that Li Ning Co sold more shoes.",
        ["Zhang Wei", "Zhang Wei"],
        ["Li Ning Co"],
    ),
    (
        "Hubei Ruilong Steel Co hired Wang Fang. Wang Fang said Ruilong Steel would grow.",
        ["Wang Fang", "Wang Fang"],
        ["Hubei Ruilong Steel Co", "Ruilong Steel"],
    ),
]


@pytest.mark.parametrize(("text", "people", "orgs"), PEOPLE)
def test_names_regional_orgs_people_stay_people(nlp, ents, text, people, orgs):
    assert names(ents, nlp, text, "PERSON") == people
    assert names(ents, nlp, text, "ORG") == orgs


# (c) and (d): titles and organs around party and government bodies
BODIES = [
    (
        "Wang Hua, member of the Standing Committee of the CPC Luoyang Municipal Committee and "
        "Secretary of the Party Working Committee of LHZ, spoke at the event.",
        ["Standing Committee of the CPC Luoyang Municipal Committee", "Party Working Committee of LHZ"],
    ),
    (
        "Chen Gang, deputy director of the Management Committee of LHZ, presided.",
        ["Management Committee of LHZ"],
    ),
    (
        "Sun Li, Deputy Secretary of the Yichang Municipal Party Committee and Mayor, visited the plant.",
        ["Yichang Municipal Party Committee"],
    ),
    # an organ of a people's congress or a bureau of a city: the whole name too
    (
        "The Standing Committee of the Ningbo Municipal People's Congress met on Monday.",
        ["Standing Committee of the Ningbo Municipal People's Congress"],
    ),
    (
        "The Bureau of Commerce and Industry of Luoyang opened an office.",
        ["Bureau of Commerce and Industry of Luoyang"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_names_regional_orgs_party_bodies_and_titles(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Jinghao", True),
        ("Zhongyuan", True),
        ("Lvneng", True),
        ("Home", False),
        ("Precision", False),
        ("A1", False),
    ],
)
def test_names_regional_orgs_pinyin_word(word, expected):
    assert _pinyin_word(word) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hubei Jinghao New Materials Co., Ltd.", "Jinghao"),
        ("Zhongyuan Lianhang Supply Chain", "Zhongyuan Lianhang"),
        ("Dalian Huaxing Group", "Huaxing"),
        ("Liaoning Yidu Group", None),  # Yidu is a city too: no brand from a place
        ("Bank of China", None),  # no trade or legal word closes it
        ("Zhengzhou Airport Economy Zone", None),  # the place is no brand
        ("Henan Steel Group", None),
    ],
)
def test_names_regional_orgs_brand_of_full_name(name, expected):
    assert _brand(name.split()) == expected


@pytest.mark.parametrize(
    "name",
    ["Mexican Social Security Institute", "Canadian Pacific Group", "Ningbo Port Research Institute"],
)
def test_names_regional_orgs_no_brand_without_a_trade_word_or_from_a_demonym(name):
    assert _brand(name.split()) is None


@pytest.mark.parametrize("name", ["Michigan Economic Development Corporation", "Texas Instruments Inc"])
def test_names_regional_orgs_no_brand_from_a_state(name):
    assert _brand(name.split()) is None
