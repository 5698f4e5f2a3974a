"""Places and people on Chinese regional pages about counties, townships and villages (issue 10,
session 7, branch cnplace7), one table per class, on both bases. Every sentence is written for
these tests; the classes come from the pages listed in tests/data/README.md ("cnplace7")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) peoples' names: a bare one is no ORG or PLACE (SPEC 2.2, nationalities), a lower-case
# designator after one describes a place, and inside a place's name they belong to the name
PEOPLES_NOT_NAMES = [
    "Women of the Dong ethnic group sang at the fair in Liping.",
    "Sherpa porters carried the supplies, and the Sherpas run most of the lodges.",
    "The Naxi and Bai ethnic groups live side by side in the valley.",
    "Visitors can stay in a Hani village and try Yao embroidery.",
    "Kazak herders moved their flocks before the snow.",
    "It is the only Salar autonomous county in the country.",
]


@pytest.mark.parametrize("text", PEOPLES_NOT_NAMES)
def test_names_peoples_are_not_org_or_place(nlp, ents, text):
    found = [(label, t) for label, t, _ in ents(nlp, text) if label in ("ORG", "PLACE")]
    assert [
        t
        for _, t in found
        if t.rstrip("s") in {"Dong", "Sherpa", "Naxi", "Bai", "Hani", "Yao", "Kazak", "Salar"}
    ] == []
    assert not any(t.endswith(("village", "autonomous county")) for _, t in found)


PEOPLES_IN_NAMES = [
    ("Tea farmers in Lingyun Yao Township sold out early.", ["Lingyun Yao Township"]),
    ("Lianzhou Yao Township opened a new market.", ["Lianzhou Yao Township"]),
    (
        "The tea comes from Menghai Lahu, Hani and Dai Autonomous County in the south.",
        ["Menghai Lahu, Hani and Dai Autonomous County"],
    ),
    ("A road now links Jinxiu Yao Autonomous County with the coast.", ["Jinxiu Yao Autonomous County"]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLES_IN_NAMES)
def test_names_peoples_inside_place_names(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: a comma list of places before an autonomous area stays separate places; a person
# whose surname is also a people's name stays a person
PEOPLES_NEGATIVE = [
    (
        "Buses run from Kunming, Dali and Lijiang to the Yi Autonomous Prefecture.",
        "PLACE",
        ["Kunming", "Dali", "Lijiang"],
    ),
    ("Yao Ming opened the school, Yao said on Monday.", "PERSON", ["Yao Ming", "Yao"]),
    ("Growers in Lianzhou villages earn more now.", "PLACE", ["Lianzhou"]),
]


@pytest.mark.parametrize(("text", "label", "expected"), PEOPLES_NEGATIVE)
def test_names_peoples_negative(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label)[: len(expected)] == expected


# (b) people named after a lower-case noun for a person, whatever the name's shape (Tibetan,
# Mongolian, Uygur names, one-word names), or before ', Party secretary of'; the whole name and
# a possessive later mention are the same person
PEOPLE_NOUNS = [
    ("Each May, 52-year-old herder Tashi Norbu moves his yaks uphill.", ["Tashi Norbu"]),
    ("Fifth-grade student Dekyi reads aloud in class.", ["Dekyi"]),
    ("Villager Abdukerim Tohti, 41, opened a guesthouse.", ["Abdukerim Tohti"]),
    (
        "Much is owed to Bayar Tumen, Party secretary of the gacha, who set up the cooperative.",
        ["Bayar Tumen"],
    ),
    ("Local entrepreneur Naran opened a dairy; Naran's yogurt sells well.", ["Naran", "Naran"]),
    (
        "The plan was drafted by Bayar Tumen, Party chief of the sumu. Bayar Tumen said it worked. "
        "Under the guidance of Bayar Tumen, herders joined.",
        ["Bayar Tumen", "Bayar Tumen", "Bayar Tumen"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_NOUNS)
def test_names_person_after_people_noun(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


# negative: after the noun a place, a month, a language, an organisation's word or a longer
# capitalised run is no person
NOT_PEOPLE_NOUNS = [
    "The tourist Beijing loved most was the old town.",
    "A visitor Monday said nothing.",
    "Every student English courses are free.",
    "The student Union Hall reopened.",
    "A farmer Cooperative sold rice.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE_NOUNS)
def test_names_person_after_people_noun_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# a possessive later mention of a place found with its designator is the place
def test_names_place_possessive_mention(nlp, ents):
    text = "Farmers in Baishui village grow tea. Baishui's tea now sells in Hong Kong."
    assert names(ents, nlp, text, "PLACE") == ["Baishui village", "Baishui", "Hong Kong"]


# (c) features of western China's pages: ranges, gorges, grasslands, glaciers; 'Xizang' is Tibet
FEATURES = [
    ("The county lies at the foot of the Nyainqentanglha Range.", ["Nyainqentanglha Range"]),
    ("Boats sail through the Jishi Gorge every day.", ["Jishi Gorge"]),
    (
        "Herders graze sheep on the Hulunbuir Grassland near the Mingyong Glacier.",
        ["Hulunbuir Grassland", "Mingyong Glacier"],
    ),
    ("New houses went up for herders in Xizang last year.", ["Xizang"]),
]


@pytest.mark.parametrize(("text", "expected"), FEATURES)
def test_names_place_ranges_gorges_grasslands(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: the words in lower case, or alone, are nothing
NOT_FEATURES = [
    "The price range is wide, the gorge is deep and the grassland is green.",
    "Range and Gorge were the names of two horses.",
]


@pytest.mark.parametrize("text", NOT_FEATURES)
def test_names_place_ranges_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (d) a place named with its designator in the article outvotes an ORG that only a verb or the
# model read for the bare name; a Chinese city before "City of" is the city
PLACES_NOT_ORGS = [
    ("Shigatse builds new roads. Work began in Yadong County, Shigatse City.", "Shigatse", "PLACE"),
    ("Farms in Tongliao City of Inner Mongolia raise cattle.", "Tongliao City", "PLACE"),
    # negative: a company's short name stays the company's, and a council stays a council
    ("Yili Group reported higher sales. Yili builds a plant in Yili prefecture.", "Yili", "ORG"),
    ("The City of Windsor approved the budget.", "City of Windsor", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "label"), PLACES_NOT_ORGS)
def test_names_designated_place_outvotes_guessed_org(nlp, ents, text, name, label):
    assert (label, name) in [(lab, t) for lab, t, _ in ents(nlp, text)]
    other = "ORG" if label == "PLACE" else "PLACE"
    assert (other, name) not in [(lab, t) for lab, t, _ in ents(nlp, text)]


# (e) a county the main gazetteer lacks, with a possessive before one of its villages or
# townships, is a place, and so are its other bare mentions in the article
def test_names_place_possessive_seat_spreads(nlp, ents):
    text = (
        "Tengchong's Heshun township draws visitors. Tengchong sits near the border, "
        "and Tengchong tea sells well."
    )
    assert names(ents, nlp, text, "PLACE") == ["Tengchong", "Heshun township", "Tengchong", "Tengchong"]


# negative: the possessive of a person's name, of an English word, or before no designated place
NOT_POSSESSIVE_SEATS = [
    "Wang Wei's Dawu village farm grew.",
    "Harbour's Dawu village office closed.",
    "Tengchong's growers sold more tea.",
]


@pytest.mark.parametrize("text", NOT_POSSESSIVE_SEATS)
def test_names_place_possessive_seat_negative(nlp, ents, text):
    first = text.split("'")[0].split()[-1]
    assert first not in names(ents, nlp, text, "PLACE")
