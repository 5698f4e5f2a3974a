"""ORG names of zones on the English pages of Chinese provincial and city governments and their
investment portals (issue 10, session 7), one table per class, on both bases. Every sentence is
written for these tests; the classes come from the pages listed in tests/data/README.md
("cnorg7a (session 7)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) 'and' inside a zone's name: a common noun before it (by its ending) and capitalised theme
# words after it up to the zone's head make one name, not two
ZONE_AND = [
    ("A ceremony was held at the Qinghe Transformation and Comprehensive Reform Demonstration Zone on Monday.",
     ["Qinghe Transformation and Comprehensive Reform Demonstration Zone"]),
    ("Founded in 2019, the Hebei Transformation and Comprehensive Reform Demonstration Zone hosts 300 firms.",
     ["Hebei Transformation and Comprehensive Reform Demonstration Zone"]),
    ("Korvex Aero will settle in the General Aviation and Satellite Industrial Park of the zone.",
     ["General Aviation and Satellite Industrial Park"]),
    ("Suppliers crowd the Logistics and Cold Chain Park near the port.", ["Logistics and Cold Chain Park"]),
    ("Its staff joined the Yanhe Transformation and Reform Demonstration Zone.", ["Yanhe Transformation and Reform Demonstration Zone"]),
    ("The Yanhe Transformation and Reform Demonstration Zone's parks grew.", ["Yanhe Transformation and Reform Demonstration Zone"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZONE_AND)
def test_names_zone_name_keeps_its_and(nlp, ents, text, expected):
    assert [n for n in names(ents, nlp, text, "ORG") if n != "Korvex Aero"] == expected


# negative: two names joined by 'and' stay two; an 'and' between theme words with no zone head
# after them joins nothing
ZONE_AND_NOT = [
    ("Officials of the Kunshan Development Zone and Taicang Port Economic Zone met in Suzhou.",
     ["Kunshan Development Zone", "Taicang Port Economic Zone"]),
    ("Huawei and Siemens Industrial Park officials attended.", ["Huawei", "Siemens Industrial Park"]),
    ("Talks on Transformation and Innovation were held in Hefei.", []),
    ("Staff of the Quanhe Industrial Park and Binjiang Technology Park met on Friday.",
     ["Quanhe Industrial Park", "Binjiang Technology Park"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZONE_AND_NOT)
def test_names_zone_and_between_two_names_splits(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (b) 'City' after a trade or zone word heads a zone's name (an ORG); its place at the front
# belongs to the name and is no PLACE
ZONE_CITY = [
    ("A panoramic view of Harbin International Auto City at dusk.", ["Harbin International Auto City"], []),
    ("Firms moved to Kunming Big Data Sci-tech City last year.", ["Kunming Big Data Sci-tech City"], []),
    ("Forty firms signed deals with the International Smart Ecological City on Friday.",
     ["International Smart Ecological City"], []),
    ("The Chinese Science and Technology City was launched in Wuhan.", ["Chinese Science and Technology City"], ["Wuhan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), ZONE_CITY)
def test_names_trade_word_city_is_a_zone(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# negative: a city's own name before 'City' keeps it a place
CITY_PLACES = [
    ("She moved to Jilin City and later to Ho Chi Minh City.", ["Jilin City", "Ho Chi Minh City"]),
    ("Investors visited Kansas City and Chaohu City in May.", ["Kansas City", "Chaohu City"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CITY_PLACES)
def test_names_named_city_stays_a_place(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected
    assert names(ents, nlp, text, "ORG") == []


# (c) the words after 'of (the)' in a body's name run over a hyphenated word, and stop before a
# title joined by 'and'
OF_TAIL = [
    ("He reports to the Management Committee of the Qinghe High-Tech Zone every month.",
     ["Management Committee of the Qinghe High-Tech Zone"]),
    ("Staff of the China Council for the Promotion of International Trade Hubei Sub-Council attended.",
     ["China Council for the Promotion of International Trade Hubei Sub-Council"]),
    ("Liu Qiang, member of the Party Committee of the Ministry of Commerce and Assistant Minister, spoke.",
     ["Party Committee of the Ministry of Commerce"]),
    ("Liu Qiang, head of the Bureau of Commerce and Vice Governor of Hubei, spoke.", ["Bureau of Commerce"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OF_TAIL)
def test_names_body_of_tail_hyphen_and_title(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# negative: a trade after 'and' still closes the name; a hyphen with spaces is no joint
OF_TAIL_KEPT = [
    ("The Bureau of Commerce and Industry signed it on Monday.", ["Bureau of Commerce and Industry"]),
    ("The Administrative Committee of the Qinghe Zone - a state body - met.", ["Administrative Committee of the Qinghe Zone"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OF_TAIL_KEPT)
def test_names_body_of_tail_kept(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (d) 'Party' inside a title ('Provincial Deputy Party Secretary') is no ORG; a party's body
# with a proper name still is
PARTY_TITLE = [
    ("Provincial Deputy Party Secretary and Governor Wang Lixin chaired the meeting.", []),
    ("The fair was opened by Deputy Party Secretary Zhou Ming on Friday.", []),
    ("Zhou Ming, secretary of the Hunan Provincial Party Committee, opened the fair.", ["Hunan Provincial Party Committee"]),
    ("Communist Party chief Zhou Ming opened the fair.", ["Communist Party"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTY_TITLE)
def test_names_party_in_a_title_is_no_org(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (e) a portal's first line that is a language's name or a praising adjective and a place
# ('English <City>', 'Glorious <City>') is its edition or section title, no publication (ORG),
# nor a place, there or where the page repeats it (footer, breadcrumb)
SLOGAN_LINES = [
    ("Glorious Qujing\n\nHome> Glorious Qujing > Investment\n\nQujing plans to build 12 parks this year.", [], ["Qujing"]),
    ("English Nanyang\n\nNanyang signed 40 projects on Monday.\n\nEnglish Nanyang", [], ["Nanyang"]),
    ("Wonderful Anshan\n\nAnshan opened a museum on Monday.", [], ["Anshan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), SLOGAN_LINES)
def test_names_place_slogan_line_is_no_masthead(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# negative: a publication's name on the first line stays its masthead
MASTHEADS_KEPT = [
    ("Greater Kashmir\n\nSrinagar saw heavy rain on Monday.", ["Greater Kashmir"]),
    ("Hohhot Daily\n\nThe city signed 40 projects on Monday.", ["Hohhot Daily"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MASTHEADS_KEPT)
def test_names_publication_masthead_kept(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (f) a site's language switch on one line (languages' English names and their own names, from
# CLDR) is page furniture: no ORG on it, and a body's name before it ends where the menu begins
LANGUAGE_MENUS = [
    ("The Official Website of the People’s Government of Hubei Province Mobile 中文 Français 한국어 日本語\n\nThe fair opened.",
     ["People’s Government of Hubei Province"]),
    ("Chinese | English | Français | Japanese | Deutsch\nCity News\nThe Hubei Provincial Government met.",
     ["Hubei Provincial Government"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LANGUAGE_MENUS)
def test_names_language_menu_is_furniture(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# negative: languages named in running text are no menu, and nothing else there changes
LANGUAGES_IN_PROSE = [
    ("Signs in Chinese and English were put up by the Hubei Provincial Government.", ["Hubei Provincial Government"]),
    ("The Qinghe Language Centre prints its guide in Chinese, English and Japanese.", ["Qinghe Language Centre"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LANGUAGES_IN_PROSE)
def test_names_languages_in_prose_are_no_menu(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (g) a gathering's name goes on after 'on' or 'of' with a title-case subject; the places and
# trades in it are no names (events are not annotated)
EVENT_TAILS = [
    ("On April 9, the Symposium on Hubei Merchants' Role in Better Developing Central China was held in Wuhan.",
     [], ["Wuhan"]),
    ("The 2021 Investment Promotion Conference of Yunnan Agricultural Deep Processing and Health Industry was held in Kunming.",
     [], ["Kunming"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), EVENT_TAILS)
def test_names_event_subject_hides_names(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# negative: a place after 'in', a day, a body after 'of the', and a headline's line stay as before
EVENT_TAILS_NOT = [
    ("Delegates at the Forum on Trade in Changsha signed 12 deals.", [], ["Changsha"]),
    ("The Forum on Monday drew 300 guests from Hunan.", [], ["Hunan"]),
    ("He attended the Meeting of the Standing Committee of the Hunan Provincial People's Congress.",
     ["Standing Committee of the Hunan Provincial People's Congress"], []),
    ("Forum On Trade Held In Beijing Draws Crowds", [], ["Beijing"]),
    ("The Qinghe Steel Association ran the Summit on Green Steel.", ["Qinghe Steel Association"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), EVENT_TAILS_NOT)
def test_names_event_subject_limits(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
