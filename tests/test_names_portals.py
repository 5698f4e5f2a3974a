"""Places, people and page furniture on the English portals of Chinese provincial and city
governments and development zones (issue 10, session 6), one table per class, on both bases.
Every sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("cnorgb (session 6)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) an autonomous area's full name: the place, its peoples (joined by 'and') and the
# 'Autonomous ...' designator are one span, whether the gazetteer knows the place or not
AUTONOMOUS = [
    ("Cotton farms in Changji Hui Autonomous Prefecture hired pickers.", ["Changji Hui Autonomous Prefecture"]),
    ("The fair opened in Xinjiang Uygur Autonomous Region on Monday.", ["Xinjiang Uygur Autonomous Region"]),
    ("A bridge now links Enshi Tujia and Miao Autonomous Prefecture to Yichang.",
     ["Enshi Tujia and Miao Autonomous Prefecture", "Yichang"]),
    ("The clinic serves Hexiang Tujia and Dong Autonomous County in the hills.",
     ["Hexiang Tujia and Dong Autonomous County"]),
    ("Tea growers in Lanping Bai Autonomous County sold more leaves.", ["Lanping Bai Autonomous County"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AUTONOMOUS)
def test_names_autonomous_area_is_one_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: a people's name elsewhere in the article is no place once the area's name is whole
NOT_AUTONOMOUS = [
    ("The Xinjiang Uygur Autonomous Region held a briefing. A Uygur dance troupe then performed.",
     ["Xinjiang Uygur Autonomous Region"]),
    ("Uygur songs and Kazak dances filled the square.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_AUTONOMOUS)
def test_names_people_name_alone_is_no_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (b) 'League' designates Inner Mongolia's leagues, which the gazetteer knows ('Xilin Gol Meng');
# a sports or political league is no place
LEAGUES = [
    ("Herders in Xilingol League and Alxa League sold more wool.", ["Xilingol League", "Alxa League"]),
    ("Hinggan League opened a new highway.", ["Hinggan League"]),
    ("A round of the China Volleyball Super League was held in Hohhot.", ["China", "Hohhot"]),
    ("The Premier League and the Asian Handball League drew fans.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEAGUES)
def test_names_league_only_after_a_known_league(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (c) a Chinese town's neighbourhood unit: a pinyin word and a capitalised 'Community'
COMMUNITIES = [
    ("On May 2, in Liuhe Community of Dazhuang Town, the wheat was green. Liuhe Community has built roads.",
     ["Liuhe Community", "Dazhuang Town", "Liuhe Community"]),
    ("Residents of Gubei Community in Changning District planted trees.", ["Gubei Community", "Changning District"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMMUNITIES)
def test_names_pinyin_community_is_a_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: 'community' after a body's name, a city or a group is not a designator
NOT_COMMUNITIES = [
    ("The Wuhan community of traders grew.", ["Wuhan"]),
    ("Leaders of the East African Community met in Arusha.", ["Arusha"]),
    ("Volunteers from the Muslim community cooked for the elderly.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOT_COMMUNITIES)
def test_names_community_after_other_names_is_no_designator(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (d) a pinyin name whose surname is also a region's name ('Gao', a region of Mali) is a person
# in a list of pinyin names; two reporters' names run together fill a byline's line
PINYIN_PEOPLE = [
    ("The board named Tan Wei, Zhou Ming, Gao Li and Song Jie as members.",
     ["Tan Wei", "Zhou Ming", "Gao Li", "Song Jie"]),
    ("Gao Lan and Xu Bo were elected deputies.", ["Gao Lan", "Xu Bo"]),
    ("Lu Ping Ma Xiaodong\nThe lantern fair opened on Monday in Haikou.", ["Lu Ping", "Ma Xiaodong"]),
    ("Yao Minghui was named head of the zone's tax office.", ["Yao Minghui"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PINYIN_PEOPLE)
def test_names_pinyin_person_with_a_place_surname(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert not {w for n in expected for w in n.split()} & set(names(ents, nlp, text, "PLACE"))


# negative: the region itself stays a place
def test_names_region_alone_is_no_person(nlp, ents):
    text = "Trucks carry rice from Gao to Bamako."
    assert names(ents, nlp, text, "PERSON") == []
    assert names(ents, nlp, text, "PLACE") == ["Gao", "Bamako"]


# negative: a line of two places the gazetteer knows as pairs ('Tai Po', 'Sha Tin') is no byline
def test_names_line_of_two_places_is_no_byline(nlp, ents):
    assert names(ents, nlp, "Tai Po Sha Tin\nBuses run every ten minutes.", "PERSON") == []


# (e) 'Major' inside a quoted title-case campaign name or after a capitalised word is an
# adjective, not a rank; before a name, and opening a quoted sentence, it is a rank
RANK_PEOPLE = [
    ("Major Tom Harlow led the patrol. The unit was later led by Major Carla Ruiz.", ["Tom Harlow", "Carla Ruiz"]),
    ('"Major Ana Pretorius will speak at noon," the army said.', ["Ana Pretorius"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANK_PEOPLE)
def test_names_rank_before_a_name(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


NOT_RANK_PEOPLE = [
    "The county pressed on with the “Ten Major Seed Farms” scheme this spring.",
    'Villages joined the "Major Seed Breeding and Breeding Major Seeds" campaign.',
    "The city listed its “Major Bridge Repairs” for the year.",
]


@pytest.mark.parametrize("text", NOT_RANK_PEOPLE)
def test_names_rank_word_in_a_title_is_no_person(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (f) a procuratorate is a body (its province is inside the name)
def test_names_procuratorate_is_an_org(nlp, ents):
    text = "The Hubei Provincial People's Procuratorate filed the case on Friday."
    assert names(ents, nlp, text, "ORG") == ["Hubei Provincial People's Procuratorate"]
    assert names(ents, nlp, text, "PLACE") == []


# (g) page furniture: a link's bracketed label, a photo section's heading, a report's salutation
FURNITURE = [
    "The park planted 300 trees this year. [MORE]\nWater quality improved\nThe lakes are clearer.",
    "Photo News\n\nThe flower fair opened in Futian District on Thursday.",
    "Report on the Work of the Government\n\nFellow Deputies:\n\nI now present the report.",
]


@pytest.mark.parametrize("text", FURNITURE)
def test_names_portal_furniture_is_no_org(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# (h) a place's name, a level's adjective and 'Government' are a government's proper name;
# the adjective and 'Government' alone are a description (SPEC.md 2.2)
GOVERNMENTS = [
    ("The award came from Hunan Provincial Government on Friday.", ["Hunan Provincial Government"]),
    ("This notice is from Hubei Provincial Government, translated by staff.", ["Hubei Provincial Government"]),
    ("The Hechi Municipal Government and the Guangxi Regional Government approved it.",
     ["Hechi Municipal Government", "Guangxi Regional Government"]),
    ("Under the Municipal Party Committee and the Municipal Government, the district grew.",
     ["Municipal Party Committee"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOVERNMENTS)
def test_names_provincial_government_is_an_org(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected
    assert names(ents, nlp, text, "PLACE") == []


# (i) scenic spots and nature reserves are named like scenic areas and parks; a list of them
# after 'of <county>' is two names
SCENIC = [
    ("Leaf viewing spots include Shiqiao Valley Scenic Spot of Hei County and Lanxi Lake Scenic Spot.",
     ["Shiqiao Valley Scenic Spot of Hei County", "Lanxi Lake Scenic Spot"]),
    ("Visitors like Shiqiao Valley Scenic Area of Hei County and Lanxi Lake Scenic Area.",
     ["Shiqiao Valley Scenic Area of Hei County", "Lanxi Lake Scenic Area"]),
    ("Pandas roam the Baiyang National Nature Reserve of Lushan County in spring.",
     ["Baiyang National Nature Reserve of Lushan County"]),
    ("The nature reserve and the scenic spot both reopened, and a Hot Spot map was printed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SCENIC)
def test_names_scenic_spot_and_nature_reserve_are_orgs(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# negative: a name of two bodies joined by 'and' stays one where no place's designator ends
# the first ('Bureau of Commerce and Industry')
def test_names_commerce_and_industry_stays_one_name(nlp, ents):
    text = "The Xinhe Bureau of Commerce and Industry Park Office signed the deal."
    assert "Xinhe Bureau of Commerce and Industry Park Office" in names(ents, nlp, text, "ORG")


# (j) a county's page title on its city's portal ('Hengshan County |') is the place, not a
# publication's masthead
def test_names_county_page_title_is_a_place(nlp, ents):
    text = "Liling County |\nFrom: city portal | Date: 2025-04-14\nLiling County lies east of Zhuzhou."
    assert names(ents, nlp, text, "ORG") == []
    assert names(ents, nlp, text, "PLACE") == ["Liling County", "Liling County", "Zhuzhou"]


# (k) an honour after 'a' ('named a National Model County in ...') is no place; a place used
# before a noun after 'a' ('a Fuping County fair') still is
HONOURS = [
    ("Lixian was named a National Model County in grain output last year.", ["Lixian"]),
    ("The town became a Provincial Garden Town, its mayor said.", []),
    ("The village sent pears to a Fuping County fair.", ["Fuping County"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HONOURS)
def test_names_honour_after_a_is_no_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# (l) a Chinese city with 'Municipality' is the place (a unit of the state); a South African or
# Swedish municipality stays a council, an ORG
MUNICIPALITIES = [
    ("Huaihua Municipality has been commended by the province.", [], ["Huaihua Municipality"]),
    ("Shenzhen Municipality is a pilot for the new rules.", [], ["Shenzhen Municipality"]),
    ("The Nelson Mandela Bay Municipality approved the plan.", ["Nelson Mandela Bay Municipality"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), MUNICIPALITIES)
def test_names_chinese_municipality_is_a_place(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (m) a pinyin term alone in quotation marks, glossed, is no person; a quoted sentence that opens
# with a name keeps the person
def test_names_quoted_pinyin_term_is_no_person(nlp, ents):
    text = "He wrote the characters “Fu Shou” (meaning “good luck”) for the crowd."
    assert names(ents, nlp, text, "PERSON") == []


def test_names_quoted_sentence_opening_with_a_name(nlp, ents):
    assert names(ents, nlp, "“Zhang Wei will lead the team,” the coach said.", "PERSON") == ["Zhang Wei"]


# (n) a language after 'in' is no small town of that name (CLDR's language names)
LANGUAGES = [
    ("The notice is also available in English and in Spanish.", []),
    ("Road signs in Malay were added near Moranbah.", ["Moranbah"]),
    ("The mine near Moranbah hired 40 workers.", ["Moranbah"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LANGUAGES)
def test_names_language_after_in_is_no_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected
