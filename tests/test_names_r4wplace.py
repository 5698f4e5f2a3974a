"""Places of Malaysia, Canada and South Africa that no gazetteer holds (issue 10, session 7
round 2), one table per class, on both bases. Every sentence is written for these tests; the
classes come from the pages listed in tests/data/README.md ("r4wplace")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a Malay topographic word (river, hill, village, cape, field) opens a place's name even
# when neither gazetteer has the name: whole, never a person, never cut to a gazetteer word
BARE_OPENED_PLACES = [
    ("Farmers near Sungai Tualang Hilir lost their crops to the flood.", "Sungai Tualang Hilir"),
    ("The Sungai Kerayong pump house will be rebuilt next year.", "Sungai Kerayong"),
    ("A second substation is planned for Bukit Merah Jaya.", "Bukit Merah Jaya"),
    ("Lorries queue every morning outside Padang Kerbau Hulu.", "Padang Kerbau Hulu"),
    ("Residents of Kampung Tok Jelutong asked for a new bridge.", "Kampung Tok Jelutong"),
    ("The ferry from Pulau Ketam Besar was cancelled on Friday.", "Pulau Ketam Besar"),
    ("Water from Sungai Pahang will feed the new plant.", "Sungai Pahang"),
    ("The flash flood hit homes in Ulu Sepetang last week.", "Ulu Sepetang"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), BARE_OPENED_PLACES)
def test_names_bare_opener_makes_a_place(nlp, ents, text, place):
    assert names(ents, nlp, text, "PLACE") == [place]
    assert not names(ents, nlp, text, "PERSON")
    assert not names(ents, nlp, text, "ORG")


# negative: the opener inside a company's or an estate's name, a longer run, a hyphenated
# modifier, or words that are not the opener (Kota, Sri, Air stay gazetteer-only)
NOT_BARE_OPENED = [
    ("Bukit Jelutong Industrial Park drew four new tenants.", "PLACE", []),
    ("Tanjung Zqxwv Holdings Bhd won the port contract.", "PLACE", []),
    ("A Sungai Zqxwv-based trader bought the lot.", "PLACE", []),
    ("Sri Zqxwv Murni said the figures were final.", "PLACE", []),
    ("The bukit behind the town is being cleared.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), NOT_BARE_OPENED)
def test_names_bare_opener_no_place_outside_its_shape(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
