"""Chinese companies named later without a cue word (session 7, round 3), on both bases:
(a) the brand alone after a full name whose trade words are a pair joined by 'and'
('Science and Technology'), (b) a city and the pinyin brand after it, repeated without the
trade and legal words ('Ganzhou Haohai' after 'Ganzhou Haohai New Materials Co Ltd').

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "r5brand".
"""

from __future__ import annotations

import pytest

from pipeline.components.resolve import _name_forms
from tests.conftest import names

# (a) The brand before a pair of trade words is the company wherever it stands alone.
TRADE_PAIR = [
    (
        "Brightwave Science and Technology Co., Ltd. opened a turbine plant in Yancheng. "
        "Brightwave expects its output to double, and Brightwave's engineers agree.",
        ["Brightwave Science and Technology Co., Ltd.", "Brightwave", "Brightwave"],
    ),
    (
        "Stonecrest Oil and Gas Co signed a supply deal. The board of Stonecrest met on Friday.",
        ["Stonecrest Oil and Gas Co", "Stonecrest"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), TRADE_PAIR)
def test_names_r5brand_brand_before_a_trade_pair_is_the_company(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("Brightwave Science and Technology Co., Ltd.", "Brightwave", True),
        ("Brightwave Science and Technology Co., Ltd.", "Brightwave Science and", False),
        ("Harbin Electric and Machinery Co", "Harbin", False),  # a city is no company's short form
        ("Johnson and Johnson Holdings Inc", "Johnson", False),  # no trade pair: the name stays whole
    ],
)
def test_names_r5brand_trade_pair_forms(name, form, expected):
    assert (form in _name_forms(name)) is expected


# (b) A city and the brand after it, repeated alone, are the company, not a place and a name.
SEATED_BRAND = [
    (
        "Ganzhou Lianrun New Materials Co Ltd recycles used cells. "
        "Output at Ganzhou Lianrun rose by a third.",
        ["Ganzhou Lianrun New Materials Co Ltd", "Ganzhou Lianrun"],
    ),
    (
        "Jiangxi Fengrui Lithium Battery Technology plans two plants.\n\n"
        "Jiangxi Fengrui had one line running at the end of 2020.",
        ["Jiangxi Fengrui Lithium Battery Technology", "Jiangxi Fengrui"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), SEATED_BRAND)
def test_names_r5brand_city_and_brand_repeated_is_the_company(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
    assert "Ganzhou" not in names(ents, nlp, text, "PLACE")
    assert "Jiangxi" not in names(ents, nlp, text, "PLACE")


# The city alone stays a place; a city and a district with no such company are places.
SEATED_NEGATIVES = [
    (
        "Ganzhou Lianrun New Materials Co Ltd recycles used cells. Ganzhou has many such firms.",
        ["Ganzhou Lianrun New Materials Co Ltd"],
        ["Ganzhou"],
    ),
    ("Rents in Ganzhou rose while Longnan, Ganzhou kept its prices.", [], ["Ganzhou", "Longnan", "Ganzhou"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), SEATED_NEGATIVES)
def test_names_r5brand_city_alone_stays_a_place(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


@pytest.mark.parametrize(
    ("name", "form", "expected"),
    [
        ("Ganzhou Lianrun New Materials Co Ltd", "Ganzhou Lianrun", True),
        ("Ganzhou Lianrun New Materials Co Ltd", "Lianrun", True),
        ("Bank of China", "Bank", False),  # no trade or legal word closes it: no brand
        ("Hunan Daily", "Hunan", False),
    ],
)
def test_names_r5brand_seated_brand_forms(name, form, expected):
    assert (form in _name_forms(name)) is expected


# A thing the project lists as no name ('R&D', 'EV') before a company's name and a comma is
# no listed company (SPEC 2.2), whatever the company after it is.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("With strong in-house R&D, Lonbridge Group has grown fast.", ["Lonbridge Group"]),
        ("Besides EV, Lonbridge Group makes buses.", ["Lonbridge Group"]),
    ],
)
def test_names_r5brand_listed_thing_is_no_company(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (c) Names joined by hyphens, one of them a company, are one joint-venture company.
JOINED = [
    ("Sales at FAW-Volkswagen rose 5 percent in May.", ["FAW-Volkswagen"]),
    ("Makers such as BYD and SAIC-GM-Wuling cut prices; SAIC-GM-Wuling sold 41,000 vans.",
     ["BYD", "SAIC-GM-Wuling", "SAIC-GM-Wuling"]),
    ("GAC-Toyota will open a plant in Guangzhou.", ["GAC-Toyota"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), JOINED)
def test_names_r5brand_hyphen_joined_names_are_one_company(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# Places joined by a hyphen, a country among the parts, or a relation noun after the pair:
# the names stay apart.
JOINED_NEGATIVES = [
    ("Trains on the Beijing-Shanghai line ran late.", [], ["Beijing", "Shanghai"]),
    ("US-China trade fell while BYD grew.", ["BYD"], ["US", "China"]),
    ("Tesla and BYD met; the Tesla-BYD talks ended in Shanghai.", ["Tesla", "BYD", "BYD"], ["Shanghai"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), JOINED_NEGATIVES)
def test_names_r5brand_hyphen_joined_places_or_pairs_stay_apart(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# A hyphenated surname with a verb after it stays a person's, not a joint venture.
@pytest.mark.parametrize(
    "text",
    [
        "Director-General Kojo Mensah-Darko spoke in Accra. Mensah-Darko said power costs doubled.",
        "Mr Ama Oduro-Kwarteng chairs the board, and Mr Oduro-Kwarteng said orders rose.",
    ],
)
def test_names_r5brand_hyphenated_surname_is_no_joint_venture(nlp, ents, text):
    assert not [name for name in names(ents, nlp, text, "ORG") if "-" in name and "General" not in name]
