"""Rule data loaded from pipeline/resources: lookups in the large gazetteer."""

from __future__ import annotations

import pytest

from pipeline.ruledata import PlaceIndex


@pytest.fixture(scope="module")
def minor() -> PlaceIndex:
    return PlaceIndex("places_minor.tsv.gz")


@pytest.mark.parametrize("name", ["A Baña", "Moranbah", "No Such Place Anywhere", ""])
def test_ruledata_place_index_repeated_lookup_gives_the_same_rows(minor, name):
    first = minor.get(name)
    assert first == minor._lookup(name)
    assert minor.get(name) == first
    if name == "A Baña":
        assert first and first[0].name == "A Baña" and first[0].country_code == "ES"
    if name in ("No Such Place Anywhere", ""):
        assert first == ()


def test_ruledata_place_index_memo_stays_bounded(minor, monkeypatch):
    monkeypatch.setattr(PlaceIndex, "MEMO", 3)
    for i in range(10):
        minor.get(f"Nowhere {i}")
        assert len(minor._found) <= 3
    assert minor.get("A Baña") == minor._lookup("A Baña")
