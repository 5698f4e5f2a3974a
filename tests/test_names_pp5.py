"""Places and people on regional news from Poland, Romania, Brazil, the US and Chinese
provinces (issue 10, round 3), one table per class, on both bases. Every sentence is written for
these tests; the classes come from the pages listed in tests/data/README.md ("pp5 (session 4)")."""

from __future__ import annotations

import pytest

from pipeline.normalize import fold_name


def names(ents, nlp, text: str, label: str) -> list[str]:
    return [t for _, t, _ in ents(nlp, text, label)]


# (a) letters NFKD does not decompose: the fold maps them too
FOLDS = [
    ("Łódź", "Lodz"),
    ("Wrocław", "Wroclaw"),
    ("Dolnośląskie", "Dolnoslaskie"),
    ("Tromsø", "Tromso"),
    ("Đà Nẵng", "Da Nang"),
    ("Diyarbakır", "Diyarbakir"),
    ("Gießen", "Giessen"),
    ("Ærø", "Aero"),
    ("Montréal", "Montreal"),
    ("Lodz", "Lodz"),
]


@pytest.mark.parametrize(("text", "expected"), FOLDS)
def test_normalize_fold_name_maps_undecomposed_letters(text, expected):
    assert fold_name(text) == expected


# (a) the same cities written with the letters and without them
UNDECOMPOSED_PLACES = [
    ("The plant in Łódź will hire 300 people next year.", ["Łódź"]),
    ("A logistics park near Lodz opened in May.", ["Lodz"]),
    ("Investors from Wroclaw and Bialystok signed the deal.", ["Wroclaw", "Bialystok"]),
    ("The ferry to Ålesund was cancelled.", ["Ålesund"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNDECOMPOSED_PLACES)
def test_names_places_with_undecomposed_letters(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PLACE") == expected
    assert names(ents, nlp, text, "ORG") == []
