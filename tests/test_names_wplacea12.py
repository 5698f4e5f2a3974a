"""Small places on Indian, South African and Malaysian regional business pages (issue 10,
session 10, branch wplacea12), one table per class, on both bases. Every sentence is written
for these tests (companies and people invented, places real or made up); the classes come from
the pages listed in tests/data/README.md ("wplacea12 (session 10)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a village no gazetteer holds, after 'at', placed by the known town that follows it
# (", Polokwane"), or a list after a site's noun that ends inside a district ("in Raigad")
AT_PLACED = [
    ("Crews started work at Lorwane, Polokwane, where a depot will stand.", ["Lorwane", "Polokwane"]),
    ("Drilling at Tsamela, Steelpoort, began in May.", ["Tsamela"]),
    (
        "Varno Steel runs units at Kelwadi and Umbarde in Raigad and Pune, and more.",
        ["Kelwadi", "Umbarde", "Raigad", "Pune"],
    ),
    (
        "Varno Steel has facilities at Kelwadi and Umbarde in Raigad and Pune, and more.",
        ["Kelwadi", "Umbarde", "Raigad", "Pune"],
    ),
]

# negative: after a person's noun 'at' opens an employer; an acronym, a company word or an
# estate's one-word name ('Infocity': a zone's head glued to it) is no village
AT_PLACED_NOT = [
    ("An analyst at Nomura, Tokyo said the yen would fall.", ["Tokyo"]),
    ("Orders at IBM, London rose last year.", ["London"]),
    ("Work at Velco Mining, Polokwane stopped.", ["Polokwane"]),
    ("An IT centre of Kovix Soft at Infocity, Bhubaneswar will hire 300 people.", ["Bhubaneswar"]),
    ("He worked at Corvana, London for ten years.", ["London"]),
    ("She studied at Velmora, Pretoria before joining.", ["Pretoria"]),
]


@pytest.mark.parametrize("text, places", AT_PLACED + AT_PLACED_NOT)
def test_names_wplacea12_village_after_at_placed_by_known_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# (b) a town's word glued after its name ('Kalinga Nagar'), not when a civic body's word follows
SETTLEMENT_WORD = [
    ("The expansion at Kalinga Nagar, Jajpur will cost Rs 5,000 crore.", ["Kalinga Nagar", "Jajpur"]),
    ("Kalinga Nagar now hosts four steel plants.", ["Kalinga Nagar"]),
    ("Her shop is in the Ashok Nagar area of Prayagraj.", ["Ashok Nagar", "Prayagraj"]),
]


@pytest.mark.parametrize("text, places", SETTLEMENT_WORD)
def test_names_wplacea12_settlement_word_ends_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


def test_names_wplacea12_civic_body_word_keeps_nagar_out(nlp, ents):
    """'Nagar Nigam' names a municipal body: no 'Bareilly Nagar' place is made of it."""
    found = names(ents, nlp, "Roads were laid by the Bareilly Nagar Nigam last year.", "PLACE")
    assert "Bareilly Nagar" not in found


# (c) 'Bandar', 'Kota', 'Batu' open a place no gazetteer holds right after a locative word
LOCATED_OPENER = [
    ("Kestrel Foods will build a warehouse in Bandar Enstek near Seremban.", ["Bandar Enstek", "Seremban"]),
    ("A site in Bandar Ensterk was chosen for the biotechnology park.", ["Bandar Ensterk"]),
    ("The plant at Kota Puteri will open in June.", ["Kota Puteri"]),
]

# negative: the Arabic given name 'Bandar' opens no place when no locative comes before it
LOCATED_OPENER_NOT = [
    ("Prince Bandar Alkhorayef met the delegation in Riyadh.", ["Riyadh"]),
]


@pytest.mark.parametrize("text, places", LOCATED_OPENER + LOCATED_OPENER_NOT)
def test_names_wplacea12_malay_opener_after_locative(nlp, ents, text, places):
    found = names(ents, nlp, text, "PLACE")
    assert [p for p in found if p != "Bandar"] == places


def test_names_wplacea12_bandar_given_name_is_person(nlp, ents):
    assert names(ents, nlp, "Prince Bandar Alkhorayef met the delegation in Riyadh.", "PERSON") == [
        "Bandar Alkhorayef"
    ]


# (d) 'the town of X', 'the port town of X', 'the village of X': the designator names a place,
# which is then a place wherever the article names it alone
DESIGNATED_OF = [
    ("The smelter sits near the port town of Paradip.", ["Paradip"]),
    ("The farm lies outside the town of Groblershoop on the Orange River.", ["Groblershoop", "Orange River"]),
    ("Land was found in the village of Dherand for the mill.", ["Dherand"]),
    ("Ore leaves the mining town of Kuvela by rail. Kuvela has 9,000 people.", ["Kuvela", "Kuvela"]),
]

# negative: 'state of' is no designator ('the state of Play'); a company word after 'town of'
DESIGNATED_OF_NOT = [
    ("Talks on the state of Play ended.", []),
    ("He is the town of Acme Holdings fame.", []),
]


@pytest.mark.parametrize("text, places", DESIGNATED_OF + DESIGNATED_OF_NOT)
def test_names_wplacea12_designator_of_names_place(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# (e) one title-case word that a lower-case 'in', 'near' or 'outside' (or 'at' after a site's
# noun) opens and that ends the phrase is a town no gazetteer holds; a list that follows it is a list of places
AFTER_IN = [
    ("Halvex Spirits is setting up a distillery in Mangrulpir.", ["Mangrulpir"]),
    ("Here in Tembeling we can plan our power cost.", ["Tembeling"]),
    (
        "Most makers are in the Seremban district, specifically in Kelvang, Rantau Hijau, Sendara, and Lobak.",
        ["Seremban district", "Kelvang", "Rantau Hijau", "Sendara", "Lobak"],
    ),
    ("A second yard will open near Kadugodi, officials said.", ["Kadugodi"]),
    ("Halvex Spirits opened its new plant at Mangrulpir.", ["Mangrulpir"]),
]

# negative: a word the article also writes in lower case, an organisation word, a language,
# a company's stake ('invested in'), a word before a noun or a verb, a surname, an estate
AFTER_IN_NOT = [
    ("She holds a degree in Finance and works in finance.", []),
    ("The talks were held in English.", []),
    ("He invested in Zentria last year.", []),
    ("Output in Gorwane rose last year.", []),
    ("The firm moved to an office in Technopark last year.", []),
    ("A trader at Velmora said prices fell.", []),
    ("The board met Ms Thandi Kotane. Later, reporters asked about pay in Kotane.", []),
]


@pytest.mark.parametrize("text, places", AFTER_IN + AFTER_IN_NOT)
def test_names_wplacea12_bare_town_after_in(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


def test_names_wplacea12_org_elsewhere_outvotes_bare_town(nlp, ents):
    """'Velora Mining' is an ORG by its name's end: 'in Velora' is read as the company too."""
    text = "Velora Mining said output rose. Velora Mining also owns a share in Velora."
    assert names(ents, nlp, text, "PLACE") == []
