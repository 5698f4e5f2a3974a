"""Places the gazetteer build used to drop (names opening with a non-ASCII capital or a short
lower-case prefix) and small towns of the larger gazetteer read from a local cue where the
article names their region (session 9 round 2, "r7gaz" in tests/data/README.md). Every sentence
is written for these tests, on both bases."""

from __future__ import annotations

import pytest

from pipeline.ruledata import load_places
from tests.conftest import names

# (a) the shipped gazetteer keeps cities whose name opens with a capital of any script or with
# a lower-case prefix glued to a capital, and still leaves out names with brackets or slashes
KEPT_CITIES = [("Łódź", "PL"), ("İzmir", "TR"), ("Ózd", "HU"), ("Érd", "HU"), ("Örebro", "SE"),
               ("Ürümqi", "CN"), ("Şanlıurfa", "TR"), ("eMbalenhle", "ZA")]  # fmt: skip


@pytest.mark.parametrize(("name", "country"), KEPT_CITIES)
def test_names_gazetteer_keeps_non_ascii_capitals(name, country):
    rows = load_places()[name]
    assert any(p.feature == "city" and p.country_code == country for p in rows)


@pytest.mark.parametrize("name", ["Biel/Bienne", "Kempten (Allgäu)", "braIla", "el hed", "2.Bezirk"])
def test_names_gazetteer_still_drops_junk_names(name):
    assert name not in load_places()


FOUND_CITIES = [
    ("The battery plant in Ózd will hire 300 workers.", "Ózd"),
    ("A bus depot will open near Érd next spring.", "Érd"),
    ("Commuters from eMbalenhle waited two hours for a train.", "eMbalenhle"),
    ("eSikhaleni residents asked the council for new street lights.", "eSikhaleni"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), FOUND_CITIES)
def test_names_finds_cities_with_non_ascii_or_prefixed_names(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


# (b) 'at X' (no site noun before it) and 'west of X': a small town of places_minor is a place
# when the article already names a place of its first-level division
LOCAL_TOWNS = [
    ("Karnataka cleared the project on Monday. The firm will invest Rs 450 crore at Bethamangala, "
     "officials said.", "Bethamangala"),
    ("Karnataka approved four proposals. Output will start at Ajjampur and Benkanhalli next year.",
     "Ajjampur"),
    ("Karnataka approved four proposals. Output will start at Ajjampur and Benkanhalli next year.",
     "Benkanhalli"),
    ("The new pit in Mpumalanga lies about 12 km west of Ogies and will employ 400 people.", "Ogies"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), LOCAL_TOWNS)
def test_names_local_small_town_after_at_is_a_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")
    assert place not in names(ents, nlp, text, "ORG")


# negative: the article names no place of the town's region, the name is someone's surname in
# the article, or it names a feature ('at Bethamangala lake')
NOT_LOCAL_TOWNS = [
    ("The firm will invest $45 million at Bethamangala, officials said.", "Bethamangala"),
    ("Ontario approved the grant. Work will start at Ajjampur next year.", "Ajjampur"),
    ("Karnataka's industries adviser Ravi Bethamangala said the work will start at Bethamangala.",
     "Bethamangala"),
    ("Karnataka approved four proposals. Crowds gathered at Bethamangala lake on Sunday.", "Bethamangala"),
    ("The new pit lies about 12 km west of Ogies and will employ 400 people.", "Ogies"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_LOCAL_TOWNS)
def test_names_small_town_needs_its_region_in_the_article(nlp, ents, text, name):
    assert name not in names(ents, nlp, text, "PLACE")
