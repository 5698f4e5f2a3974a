"""Places and people on Inner Mongolian and other Chinese regional pages (issue 10, session 7
round 2, branch r4cnplace), one table per class, on both bases. Every sentence is written for
these tests; the classes come from the pages listed in tests/data/README.md ("r4cnplace")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) Inner Mongolia's sumu (township) and gacha (herders' village), in lower or title case,
# are designators like "banner": the name with its designator is one PLACE
SUMU_GACHA = [
    (
        "Turbines went up in Hoshut sumu and in Bulag gacha this spring.",
        ["Hoshut sumu", "Bulag gacha"],
    ),
    ("Herders of Chagan Gachaa sold wool to a mill in Wushen Banner.", ["Chagan Gachaa", "Wushen Banner"]),
    ("Tenders for the road through Delger Sumu close in May.", ["Delger Sumu"]),
]


@pytest.mark.parametrize(("text", "expected"), SUMU_GACHA)
def test_names_sumu_and_gacha_are_designators(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: the words alone, lower-case and without a name, are no place
SUMU_GACHA_NEGATIVE = [
    "Each sumu keeps a vet, and every gacha elects a head.",
    "The banner has six sumus and forty gachas.",
]


@pytest.mark.parametrize("text", SUMU_GACHA_NEGATIVE)
def test_names_sumu_and_gacha_alone_are_no_place(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (b) a one-word name (many Mongolian and Tibetan officials have one) before ", [the] [Party]
# OFFICE of ..." is a PERSON, and so are its later mentions ("Sarangua said")
MONONYM_OFFICE = [
    (
        "The plan was presented by Sarangua, head of the banner, and by Li Qiang. "
        '"Sales doubled," Sarangua said.',
        ["Sarangua", "Li Qiang", "Sarangua"],
    ),
    ("Dorjee, Party secretary of the township, opened the market.", ["Dorjee"]),
    ("The order was signed by Wangdue, deputy director of the county's trade bureau.", ["Wangdue"]),
    ("Visitors were met by Altantsetseg, the mayor of the city.", ["Altantsetseg"]),
]


@pytest.mark.parametrize(("text", "expected"), MONONYM_OFFICE)
def test_names_one_word_person_before_an_office(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected
    assert not any(label == "ORG" and t in expected for label, t, _ in ents(nlp, text))


# negative: an organisation's roles ("owner of", "member of"), a word opening the sentence
# that the article also writes in lower case, and a name ending a longer capitalised run
MONONYM_NEGATIVE = [
    "Sinopec, owner of the refinery, raised output.",
    "Huawei, a member of the alliance, joined the talks.",
    "Separately, head of the bureau Zhang Hua said exports rose separately from imports.",
    "Finally, chief of the county Wang Lin spoke; it finally ended at noon.",
    "Hongda Mining Group Ltd, head of the consortium, signed first.",
]


@pytest.mark.parametrize("text", MONONYM_NEGATIVE)
def test_names_one_word_person_negative(nlp, ents, text):
    found = names(ents, nlp, text, "PERSON")
    assert not any(" " not in t for t in found), found


# (c) a place opening a title-case headline, then a headline's verb: the place is the subject,
# not the first word of an organisation, and the title-case object after the verb is no ORG
# unless it carries a legal form; a bullet before the headline (a list of related articles)
# changes nothing
HEADLINE_SUBJECT = [
    ("Xuchang Unveils New Materials Innovation Center Plan\n\nThe plan is out.", ["Xuchang"], []),
    ("More news\n· Jingmen Hosts Central China Drone Forum\n· Other items", ["Jingmen"], []),
    ("Luzhou Launches Liquor Logistics Park\n\nWork began.", ["Luzhou"], []),
    (
        "Shiyan Signs Deal With Dongfeng Motor Parts Co Ltd\n\nThe deal was signed.",
        ["Shiyan"],
        ["Dongfeng Motor Parts Co Ltd"],
    ),
]


@pytest.mark.parametrize(("text", "places", "orgs"), HEADLINE_SUBJECT)
def test_names_place_opening_a_headline_is_its_subject(nlp, ents, text, places, orgs):
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "ORG") == orgs


# negative: without a headline's verb, or in a sentence, the name keeps its place
HEADLINE_NEGATIVE = [
    ("Luzhou Liquor Logistics Park Opens\n\nWork began.", "ORG", ["Luzhou Liquor Logistics Park"]),
    (
        "The Xuchang Hydrogen Valley Industrial Park hosts 40 firms.",
        "ORG",
        ["Xuchang Hydrogen Valley Industrial Park"],
    ),
]


@pytest.mark.parametrize(("text", "label", "expected"), HEADLINE_NEGATIVE)
def test_names_headline_subject_negative(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


def test_names_headline_verb_ends_a_feature_name(nlp, ents):
    """A feature word in a headline's object ('... Titanium Valley ...') does not pull the
    place and the verb before it into one PLACE."""
    found = names(ents, nlp, "Baoji Unveils Titanium Valley Blueprint\n\nThe plan is out.", "PLACE")
    assert "Baoji" in found
    assert not any("Unveils" in t for t in found)


# (d) deserts, grasslands and steppes: with the word in lower case the name and the word are one
# PLACE, and a name found so is a PLACE where the article later writes it alone
DESERTS = [
    ("A solar farm rose in the Tengger desert last year.", ["Tengger desert"]),
    ("Wells were dug across the Xilingol grassland.", ["Xilingol grassland"]),
    (
        "Sand barriers now ring the Badain Jaran Desert. Tourists cross the Badain Jaran by jeep.",
        ["Badain Jaran Desert", "Badain Jaran"],
    ),
    ("Herders on the Horqin steppe sold calves; Horqin beef is prized.", ["Horqin steppe", "Horqin"]),
]


@pytest.mark.parametrize(("text", "expected"), DESERTS)
def test_names_deserts_and_grasslands(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected


# negative: a people's adjective before the word, or the word alone, names no place
DESERTS_NEGATIVE = [
    "Herds graze on the Mongolian grassland in summer.",
    "The desert and the grassland meet at a dry river bed.",
    "A Chinese steppe tour costs less than a Kazakh one.",
]


@pytest.mark.parametrize("text", DESERTS_NEGATIVE)
def test_names_deserts_negative(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


def test_names_feature_after_a_place_shaped_like_a_demonym(nlp, ents):
    """'Jordan' ends like an adjective of a country but is a place: its river stays a feature."""
    assert names(ents, nlp, "Pilgrims waded into the Jordan river.", "PLACE") == ["Jordan river"]
