"""Chinese companies named by a seat and a brand the article gives nowhere else, or by a brand and
a trade word (issue 10, session 8 round 2, branch r6cnbrand), on both bases:

(a) trade words of food, drink and machinery close a company's name after its brand or seat
    ("<Brand> Grain", "<Seat> Liquor", "<Seat> <Brand> Gear", "<ACRONYM> <Seat> Biochemical"),
    and "Millers" after such a word ("<Place> Grain Millers"): the brand with its trade word
    is no PERSON and the seat no PLACE of its own;
(b) a Chinese place followed by one pinyin-shaped word of two or more syllables that nothing
    else names, where the pair acts ("will", "has", "signed", a possessive) or stands in a list
    beside a company, is one ORG. After a preposition, before a surname, or with no such cue the
    place stands alone.

Every sentence is written for these tests (invented companies, real places); the classes come
from the published pages listed in tests/data/README.md ("r6cnbrand (session 8, round 2)").
"""

from __future__ import annotations

import pytest

from tests.conftest import names

TRADE_WORDS = [
    (
        "Its food park has drawn Lanfeng, Hengrui Grain and Yili Dairy.",
        ["Lanfeng", "Hengrui Grain", "Yili Dairy"],
        [],
    ),
    (
        "The ceremony was held at the new cellar of Meixian Liquor's plant.",
        ["Meixian Liquor"],
        [],
    ),
    (
        "Parts makers such as Hunan Fenghua Gear expanded output last year.",
        ["Hunan Fenghua Gear"],
        [],
    ),
    (
        "The park hosts CNCO Heilongjiang Biochemical, which makes starch.",
        ["CNCO Heilongjiang Biochemical"],
        [],
    ),
    (
        "Mbale Grain Millers will open a maize mill in Tororo.",
        ["Mbale Grain Millers"],
        ["Tororo"],
    ),
    # negative: the trade word in lower case, or in a title-case headline line, names nothing
    ("Farmers in Jilin sold more grain and liquor this year.", [], ["Jilin"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), TRADE_WORDS)
def test_names_r6cnbrand_trade_words_close_the_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == []


SEATED_NEW_BRANDS = [
    (
        "Baolong Pharmaceutical Group and Jilin Fengdong will jointly build a plant.",
        ["Baolong Pharmaceutical Group", "Jilin Fengdong"],
        [],
    ),
    (
        "Locals say Shaanxi Qinhua has been a mainstay of the county for decades.",
        ["Shaanxi Qinhua"],
        [],
    ),
    (
        "Gansu Jinrui's new line will start next year.",
        ["Gansu Jinrui"],
        [],
    ),
    (
        "Hebei Xinrong and Baoding Lianxin Machinery Group signed the deals.",
        ["Hebei Xinrong", "Baoding Lianxin Machinery Group"],
        [],
    ),
    # negative: after a preposition, a one-syllable surname, no cue, or a known place after it
    ("Output in Jilin Fengdong rose by a third.", [], ["Jilin"]),
    ("Reporters saw Hunan Zhou will visit.", [], ["Hunan"]),
    ("Visitors to Shaanxi Qinhua temples were counted.", [], ["Shaanxi"]),
    ("Hebei Baoding has grown fast.", [], ["Hebei", "Baoding"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), SEATED_NEW_BRANDS)
def test_names_r6cnbrand_seat_and_new_brand_is_one_company(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
