"""ORG names as China's regional English pages write them (issue 10, session 6, branch cnorga),
on both bases: (a) 'and' inside a company's name when what follows it is only trade words and a
legal form ("Machinery and Technology Co"), (b) a seat in brackets inside a zone's or body's
name ("China (Hebei) Pilot Free Trade Zone"), (c) the bare name of a new area or district stays
a place when a company's brand after its seat has the same word ("China Wenlan Group").

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md ("cnorga (session 6)").
"""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) one name, or two names, around 'and'
AND_IN_NAME = [
    (
        "Norvang Machinery and Technology Co opened a plant in Wuxi.",
        ["Norvang Machinery and Technology Co"],
    ),
    (
        "The deal was signed with Taiping Property and Casualty Co Ltd on Monday.",
        ["Taiping Property and Casualty Co Ltd"],
    ),
    ("Hengda Import and Export Corp shipped steel to Chile.", ["Hengda Import and Export Corp"]),
    (
        "Kelong Steel and Mining Group will build a mill in Handan.",
        ["Kelong Steel and Mining Group"],
    ),
    # negative: a proper name after 'and' starts a second company
    ("Kelong Steel and Qiantai Co will build a mill in Handan.", ["Kelong Steel", "Qiantai Co"]),
    ("Alpha Packaging Co and Beta Paper Group signed a deal.", ["Alpha Packaging Co", "Beta Paper Group"]),
]


@pytest.mark.parametrize(("text", "expected"), AND_IN_NAME)
def test_names_cn_regional_and_before_trade_words_stays_in_name(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (b) a bracketed seat inside a name; the places inside are no PLACE
BRACKETED_SEAT = [
    (
        "The China (Hebei) Pilot Free Trade Zone opened an office in Langfang.",
        ["China (Hebei) Pilot Free Trade Zone"],
        ["Langfang"],
    ),
    (
        "The China-France (Wuhan) Advanced Materials Cooperation Committee met in May.",
        ["China-France (Wuhan) Advanced Materials Cooperation Committee"],
        [],
    ),
    # the seat before a legal form, as before
    ("Zhongke Robotics (Suzhou) Co Ltd hired 300 workers.", ["Zhongke Robotics (Suzhou) Co Ltd"], []),
    # negative: a bracket that is no place is no part of the name after it
    (
        "Exports from Quanhe (QHT) Logistics Park rose in Tianjin.",
        ["QHT", "Logistics Park"],
        ["Tianjin"],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "places"), BRACKETED_SEAT)
def test_names_cn_regional_bracketed_seat_inside_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (c) a new area's bare name against a company's brand after its seat
PLACE_STEMS = [
    (
        "Firms moved to Wenlan New Area last year. Hu Min, chairman of China Wenlan Group, "
        "said Wenlan has drawn 300 firms.",
        ["China Wenlan Group"],
        ["Wenlan New Area", "Wenlan"],
    ),
    # negative: a brand that is no place's name stays the company
    (
        "Tianjin Yuanda Group built a plant in Wenlan New Area. Yuanda said sales rose.",
        ["Tianjin Yuanda Group", "Yuanda"],
        ["Wenlan New Area"],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "places"), PLACE_STEMS)
def test_names_cn_regional_new_area_stem_is_no_brand(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (d) a place ending one line and a place opening the next: the first closes a headline and is no
# part of the zone's name below it
def test_names_cn_regional_headline_place_stays_off_next_line(nlp, ents):
    text = (
        "Investors flock to the engine of Lanzhou\n"
        "Lanzhou Hi-Tech Industries Development Zone, a cluster of chip makers and software firms "
        "in the capital of the province, drew 40 billion yuan at the fair this spring, officials said."
    )
    assert names(ents, nlp, text, "ORG") == ["Lanzhou Hi-Tech Industries Development Zone"]
    assert names(ents, nlp, text, "PLACE") == ["Lanzhou"]


def test_names_cn_regional_wrapped_name_still_joins(nlp, ents):
    text = (
        "Foreign firms chose the zones this year.\n\nThe Lanzhou Economic and Technological\n"
        "Development Zone led with 11 of the new firms and 9.6 million US dollars, followed by the "
        "counties to its south with six."
    )
    assert names(ents, nlp, text, "ORG") == ["Lanzhou Economic and Technological\nDevelopment Zone"]


# (e) "X, the ... chain chief": a cue word that modifies a role is no company's apposition
APPOSITIONS = [
    ("Zhou Ping, the regional chain director, said sales rose.", [], ["Zhou Ping"]),
    ("Hualu, a supermarket chain, opened a store in Xi'an.", ["Hualu"], []),
]


@pytest.mark.parametrize(("text", "orgs", "people"), APPOSITIONS)
def test_names_cn_regional_role_after_cue_word_is_a_person(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# (f) capitals after a count are its unit; China Daily's capitalised generic nouns are no names
NOT_ORGS = [
    ("Two 20,000 TEU container ships left Dalian.", []),
    ("In 2019 NDRC approved the plan.", ["NDRC"]),  # a year is no count
    ("State-owned firms grew, and Customs clearance took a day.", []),
    ("Ningbo Customs said exports rose.", ["Ningbo Customs"]),
]


@pytest.mark.parametrize(("text", "orgs"), NOT_ORGS)
def test_names_cn_regional_units_and_generic_nouns_are_no_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (g) an acronym bracketed after an event's name is the event's short name, here and later
EVENT_ACRONYMS = [
    (
        "Deals were signed at the 5th Northern Silk Road Fair for Trade and Investment (NSRFTI) "
        "in May. The next NSRFTI opens in 2026.",
        [],
    ),
    # negative: an organisation's acronym stays an ORG
    (
        "The Council for the Promotion of Hemp Trade (CPHT) met in Harbin. CPHT said exports rose.",
        ["Council for the Promotion of Hemp Trade", "CPHT", "CPHT"],
    ),
]


@pytest.mark.parametrize(("text", "orgs"), EVENT_ACRONYMS)
def test_names_cn_regional_event_acronym_is_no_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (h) abbreviated compass words before a country; features named by 'Pagoda' and 'Terminal';
# a designator does not follow a region ending in a country's name
PLACES = [
    (
        "Visitors crowd a lantern show in Pingyao, NE China, and a market in Yulin, SW China.",
        ["Pingyao", "NE China", "Yulin", "SW China"],
    ),
    (
        "Tourists climbed the Baita Pagoda and ships docked at the Qinglan International Container Terminal.",
        ["Baita Pagoda", "Qinglan International Container Terminal"],
    ),
    (
        "The North China province of Hebei and the East China province of Jiangsu grew fastest.",
        ["North China", "Hebei", "East China", "Jiangsu"],
    ),
    # negative: a province's own name keeps its designator
    ("Output rose in Hebei province and Jiangsu Province.", ["Hebei province", "Jiangsu Province"]),
    # negative: a province whose name ends in a country's keeps it too
    ("Output rose in Inner Mongolia autonomous region.", ["Inner Mongolia autonomous region"]),
]


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_names_cn_regional_compass_features_and_regions(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []


# (i) a new area's official name opens with its province or city: one place
NEW_AREAS = [
    ("Firms moved to Tianjin Binhai New Area last year.", ["Tianjin Binhai New Area"]),
    ("Firms moved to Shaanxi Xixian New Area last year.", ["Shaanxi Xixian New Area"]),
    # negative: a possessive, or a district, keeps the city apart
    ("Firms moved to Shanghai's Pudong New Area last year.", ["Shanghai", "Pudong New Area"]),
    ("Firms moved to Beijing Haidian district last year.", ["Beijing", "Haidian district"]),
]


@pytest.mark.parametrize(("text", "places"), NEW_AREAS)
def test_names_cn_regional_new_area_with_its_city_is_one_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# (j) 'Sino-' and a partner country open a joint project's name, with or without a head word
JOINT_NAMES = [
    (
        "The Sino-Singapore Nanning Smart City drew 200 firms, according to Sino-Singapore "
        "Nanning Smart City Investment and Development, its developer.",
        [
            "Sino-Singapore Nanning Smart City",
            "Sino-Singapore Nanning Smart City Investment and Development",
        ],
        [],
    ),
    ("Workers finished the Sino-Finland Harbin Eco-Town last year.", ["Sino-Finland Harbin Eco-Town"], []),
    # negative: 'Sino-' before a lower-case word names nothing
    ("Sino-German cooperation deepened in Shenyang.", [], ["Shenyang"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), JOINT_NAMES)
def test_names_cn_regional_sino_joint_project_is_one_org(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (k) a hyphen chain of places, two-word ones included, before "Greater Bay Area" is one place;
# "Bay Area" names a region, not a zone
BAY_AREAS = [
    (
        "The Guangdong-Hong Kong-Macao Greater Bay Area drew 300 firms to Foshan.",
        ["Guangdong-Hong Kong-Macao Greater Bay Area", "Foshan"],
    ),
    ("Investors toured the Greater Bay Area last week.", ["Greater Bay Area"]),
    # negative: a bay's name before a lower-case "area" keeps the feature alone
    ("A new port rises from Tangshan Bay area.", ["Tangshan Bay"]),
    # negative: a chain with no designator stays apart
    ("Ferries ran on the Guangdong-Hong Kong-Macao route.", ["Guangdong", "Hong Kong", "Macao"]),
]


@pytest.mark.parametrize(("text", "places"), BAY_AREAS)
def test_names_cn_regional_bay_area_chain_is_one_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == []


# (l) a zone's capitalised name words before a lower-case head are one name
LOWER_HEADS = [
    (
        "The Lanzhou Hi-tech Industries Development zone signed 40 projects on Friday.",
        ["Lanzhou Hi-tech Industries Development zone"],
        [],
    ),
    (
        "Firms moved to the Nansha Economic and Technological Development zone.",
        ["Nansha Economic and Technological Development zone"],
        [],
    ),
    # negative: a place before 'zone', or one capitalised word, is a description
    ("Firms moved to the Hefei zone and the Development zone.", [], ["Hefei"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), LOWER_HEADS)
def test_names_cn_regional_lower_case_zone_head(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
