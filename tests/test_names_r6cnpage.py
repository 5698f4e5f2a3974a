"""Places on Chinese regional portals (session 8 round 2, branch r6cnpage), on both bases:
a zone's or area's short form, and a chain of cities before "city cluster". Every sentence is
written for these tests; the classes come from the pages listed in tests/data/README.md
("r6cnpage")."""

from __future__ import annotations

import pytest

from pipeline.components import names as names_module
from tests.conftest import names

# (a) "the <X> zone", "the <X> sub-park": the one pinyin-shaped word is the zone's own name, a
# place (SPEC 2.3, "the Zhangjiang sub-parks" -> Zhangjiang); "the <X> area" keeps "area"
ZONE_SHORT = [
    ("Two bearing makers moved into the Huangtuo zone last spring.", ["Huangtuo"]),
    ("A seed lab opened in the Linpu sub-park of the county.", ["Linpu"]),
    ("The Dawang sub-parks share one customs office.", ["Dawang"]),
    ("Wind farms fill the Shuangta area north of the reservoir.", ["Shuangta area"]),
]


@pytest.mark.parametrize(("text", "expected"), ZONE_SHORT)
def test_names_zone_short_form_is_a_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: an English word before the head, a name without "the", no head at all
ZONE_SHORT_NEGATIVE = [
    "The Pilot zone rules were eased for exporters.",
    "Loans in the Trade area rose again.",
    "Every zone keeps its own tax office.",
]


@pytest.mark.parametrize("text", ZONE_SHORT_NEGATIVE)
def test_names_zone_short_form_needs_a_pinyin_name(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (b) "city cluster", "city triangle": 'city' is a compound's first half, not a designator, so a
# hyphenated chain before it is its separate places (SPEC 2.3, "China-Europe")
CITY_CLUSTER = [
    ("Rail links inside the Hefei-Wuhu-Bengbu city cluster were doubled.", ["Hefei", "Wuhu", "Bengbu"]),
    ("The Nanning-Liuzhou city belt drew new plants.", ["Nanning", "Liuzhou"]),
    # a designator with no compound noun after it still closes the chain's one place
    ("Trade in the Beijing-Tianjin-Hebei region grew.", ["Beijing-Tianjin-Hebei region"]),
    ("Officials of Hohhot city met the investors.", ["Hohhot city"]),
]


@pytest.mark.parametrize(("text", "expected"), CITY_CLUSTER)
def test_names_city_cluster_chain_is_separate_places(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


def test_names_zone_short_heads_marks_kept_heads():
    heads = names_module._zone_short_heads()
    assert heads["area"] is True
    assert heads["zone"] is False


# (c) page furniture: a portal's "Print" link is no name, and "Copyright" alone on the line
# after a body's name (which may itself run across a line break) is no part of it
FURNITURE = [
    ("Posted : 2024-05-02\nText size: A+ A A- Print\n\nThe fair opened on Monday.\n", "ORG", []),
    (
        "Run by the Information Office of Datong\nMunicipal People's Government\nCopyright\n",
        "ORG",
        ["Information Office of Datong\nMunicipal People's Government"],
    ),
]


@pytest.mark.parametrize(("text", "label", "expected"), FURNITURE)
def test_names_page_furniture_is_no_name(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# negative: the words inside a longer name on one line are untouched
def test_names_furniture_word_inside_a_name_stays(nlp, ents):
    assert names(ents, nlp, "Print Media Group said it would hire 40 staff.", "ORG") == ["Print Media Group"]
