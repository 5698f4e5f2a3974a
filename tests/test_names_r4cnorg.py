"""ORG classes of blind9's Chinese articles (session 7, round 2), one table per class, on both
bases: (a) a capitalised number word inside a name ('China Three Gorges', 'Zero-Carbon'),
(b) a named initiative or trade route is no organisation ('Belt and Road'), (c) a page's
address label after a body's name on the next line is no part of the name.

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "r4cnorg".
"""

from __future__ import annotations

import pytest

from pipeline.components.names import _spelled_number
from pipeline.components.table import token_table
from tests.conftest import names

# (a) A spelled number between name words, or joined by a hyphen to the next name word, is
# part of the name; the number is then no COUNT.
NUMBER_WORDS = [
    ("Huangshi Four Seasons Textiles said output doubled.", "Huangshi Four Seasons Textiles"),
    ("A bond was sold by China Three Gorges Corporation in May.", "China Three Gorges Corporation"),
    ("Cathode makers moved into the Baotou Zero-Carbon Industrial Park.", "Baotou Zero-Carbon Industrial Park"),
    ("Permits are issued at the Anqing One-Stop Service Center.", "Anqing One-Stop Service Center"),
    ("Dongying Seven Stars Chemical Co Ltd's chairman resigned.", "Dongying Seven Stars Chemical Co Ltd"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NUMBER_WORDS)
def test_names_r4cnorg_number_word_inside_a_name(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")
    assert names(ents, nlp, text, "COUNT") == []


# A number word that opens a headline's count or stands before a common noun stays a COUNT
# and joins no name.
NUMBER_WORD_NEGATIVES = [
    ("Weifang Signs Three Deals With Hengyi Group\n\nThe deals cover paper.", "Three", ["Hengyi Group"]),
    ("Beijing Two firms opened plants in March.", "Two", []),
    ("Exports rose at Hengyi Group, where Three plants run.", "Three", ["Hengyi Group"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count", "orgs"), NUMBER_WORD_NEGATIVES)
def test_names_r4cnorg_number_word_outside_a_name_is_a_count(nlp, ents, text, count, orgs):
    assert names(ents, nlp, text, "ORG") == orgs
    assert count in names(ents, nlp, text, "COUNT")


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Three", True), ("Zero", True), ("three", False), ("THREE", False), ("3", False), ("Gorges", False)],
)
def test_names_r4cnorg_spelled_number_shape(nlp_blank, word, expected):
    row = token_table(nlp_blank.make_doc(word))[0]
    assert _spelled_number(row) is expected


# (b) A named initiative or trade route is a plan, not a body (SPEC 2.2): neither it nor the
# words inside it are ORG.
INITIATIVES = [
    "Shipments to Belt and Road partner markets rose 14 percent.",
    "Trade with Belt and Road economies grew fast, and Belt and Road lending slowed.",
    "The county joined the Belt and Road Initiative in 2016.",
    "Rail freight on the New International Land-Sea Trade Corridor doubled.",
    "Fruit now moves along the Western Land-Sea Corridor to Laos.",
    "Ports on the 21st Century Maritime Silk Road were listed.",
    "Parks along the “Belt and Road” were promoted.",
]  # fmt: skip


@pytest.mark.parametrize("text", INITIATIVES)
def test_names_r4cnorg_initiative_is_no_org(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# A body named after the initiative or route, and other corridors, stay ORG.
INITIATIVE_BODIES = [
    ("Jia Min joined the New International Land-Sea Trade Corridor Operation Co in May.", "New International Land-Sea Trade Corridor Operation Co"),
    ("Investors flocked to the Eastern Economic Corridor last year.", "Eastern Economic Corridor"),
    ("The loan came from the Silk Road Fund in March.", "Silk Road Fund"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INITIATIVE_BODIES)
def test_names_r4cnorg_body_named_after_an_initiative_stays(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


def test_names_r4cnorg_initiative_phrases_match_any_dash():
    from pipeline.components.names import _phrase_pattern

    rx = _phrase_pattern(["Land-Sea Trade Corridor", "Belt and Road"])
    assert rx.search("the Land–Sea  Trade Corridor")
    assert rx.search("Belt and\nRoad")
    assert not rx.search("Belt and Roads")
    assert not rx.search("Landlocked-Sea Trade Corridor")


# (c) A contact block: the body's name, then field lines ('Address:', 'Office hours:'). The
# field label is no part of the name above it, and a label's head word ('Office') names nothing.
FIELD_LINES = [
    ("Foreign Affairs Office of the People's Government of Yueyang Municipality\nAddress: No. 9 Baling Road\nTel: 0730-1234567",
     ["Foreign Affairs Office of the People's Government of Yueyang Municipality"]),
    ("Organizer: Commerce Bureau of Xiangtan Municipal People's Government\nAddress: 2 Furong Road",
     ["Commerce Bureau of Xiangtan Municipal People's Government"]),
    ("Hengyang Municipal Investment Promotion Bureau\nOffice hours: 9:00-17:00, Monday to Friday",
     ["Hengyang Municipal Investment Promotion Bureau"]),
    ("Changde Municipal Statistics Bureau\nE-mail: stats@example.cn",
     ["Changde Municipal Statistics Bureau"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIELD_LINES)
def test_names_r4cnorg_field_line_is_no_part_of_the_name(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# A name wrapped over a line break still runs on when the next line is no field.
WRAPPED_NAMES = [
    ("A motion of the Standing Committee of the Loudi Municipal\nPeople's Congress passed on Monday.",
     "Standing Committee of the Loudi Municipal\nPeople's Congress"),
    ("Shares of Qingdao Harbour Equipment\nManufacturing Group rose 4 percent.",
     "Qingdao Harbour Equipment\nManufacturing Group"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WRAPPED_NAMES)
def test_names_r4cnorg_wrapped_name_still_runs_on(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Bureau\nAddress: No. 1 Road", 2, True),
        ("Bureau\nOffice hours: 9:00", 2, True),
        ("Bureau\nE-mail: a@b.cn", 2, True),
        ("Municipal\nPeople's Congress met", 2, False),
        ("Bureau\nThe office said: yes", 2, False),
        ("the Address: here", 1, False),
    ],
)
def test_names_r4cnorg_field_label_shape(nlp_blank, text, at, expected):
    from pipeline.components.names import _field_label

    rows = token_table(nlp_blank.make_doc(text)).rows
    assert _field_label(rows, at) is expected


# (d) An event's short name that ends in its event word ('CAEXPO', 'CAExpo') is no ORG, in a
# headline, in brackets after the full name, or alone; other acronyms stay ORG.
EVENT_ACRONYMS = [
    "Kunming Signs 12 Deals As SAEXPO Opens To South Asian Buyers",
    "Exhibitors at the 8th China-South Asia Expo (SAExpo) came from 30 countries.",
    "Since its start, the fair, also called SAEXPO, has drawn 900 firms, and SAEXPOs keep growing.",
]  # fmt: skip


@pytest.mark.parametrize("text", EVENT_ACRONYMS)
def test_names_r4cnorg_event_acronym_is_no_org(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade with ASEAN rose, and CATL raised output.", ["ASEAN", "CATL"]),
        ("The EXPOTECH Group opened a hall in Kunming.", ["EXPOTECH Group"]),
    ],
)
def test_names_r4cnorg_other_acronyms_stay_org(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected
