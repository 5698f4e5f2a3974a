"""Rule data loaded from pipeline/resources: lookups in the large gazetteer."""

from __future__ import annotations

import pytest

import pipeline.ruledata as ruledata
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


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Kowalski Sp. z o.o. said", "Sp. z o.o."),
        ("Ege Eşya A.Ş. said", "A.S."),
        ("Ferro Tubi S.p.A said", "S.p.A"),
        ("Morava Kovo s.r.o., a maker", "s.r.o."),
        ("Kedah Oil Sdn Bhd said", "Sdn Bhd"),
    ],
)
def test_ruledata_legal_form_phrases_find_the_whole_form(text, form):
    found = [m.group() for m in ruledata.legal_form_phrases().finditer(ruledata.fold_accents(text))]
    assert found == [form]


@pytest.mark.parametrize("text", ["the U.S.A.S. rule", "bass.a.b", "Acme Ltd said", "gas.r.l"])
def test_ruledata_legal_form_phrases_negative(text):
    assert list(ruledata.legal_form_phrases().finditer(ruledata.fold_accents(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kowalski Sp. z o.o. said",
        "Ege Eşya A.Ş. and Tubi S.p.A said",
        "Kedah Oil Sdn Bhd, Pty Ltd and s.r.o.x",
        "a spol. s r.o. a s. en c",  # a form right after the end of the one before
        " S.A.S. s.a  b.v.",
        "the U.S.A.S. rule",
        "no form here at all",
        "",
    ],
)
def test_ruledata_legal_form_matches_are_the_patterns_matches(text):
    folded = ruledata.fold_accents(text)
    expected = [(m.span(), m.group()) for m in ruledata.legal_form_phrases().finditer(folded)]
    assert [(m.span(), m.group()) for m in ruledata.legal_form_matches(text)] == expected


@pytest.mark.parametrize(("text", "folded"), [("A.Ş.", "A.S."), ("Carpați", "Carpati"), ("Łódź", "Łodz")])
def test_ruledata_fold_accents_keeps_length(text, folded):
    assert ruledata.fold_accents(text) == folded


@pytest.mark.parametrize(
    ("content", "entries"),
    [
        ("Hohhot\n  Inner Mongolia  \n", {"Hohhot", "Inner Mongolia"}),
        (
            "# header\nBaotou\n\n   \n  # indented comment\nOrdos # not a comment\n",
            {"Baotou", "Ordos # not a comment"},
        ),
        ("Wuhai\r\nAlxa League\rChifeng\t\n", {"Wuhai", "Alxa League", "Chifeng"}),
    ],
)
def test_ruledata_word_list_entries_are_the_stripped_data_lines(monkeypatch, content, entries):
    from pipeline import ruledata

    monkeypatch.setattr(ruledata, "_read_text", lambda name: content)
    ruledata.load_word_list.cache_clear()
    try:
        got = ruledata.load_word_list("words.txt")
        assert got == entries
        assert got == {line.strip() for _, line in ruledata._data_lines("words.txt")}
    finally:
        ruledata.load_word_list.cache_clear()


def test_ruledata_shipped_place_sets_equal_what_the_script_builds():
    import importlib.util
    from pathlib import Path

    from pipeline.components.names import PLACE_SETS_FILE

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_place_sets.py"
    spec = importlib.util.spec_from_file_location("build_place_sets", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert ruledata._read_text(PLACE_SETS_FILE) == module.build(), (
        f"{PLACE_SETS_FILE} is stale: run scripts/build_place_sets.py"
    )


def test_ruledata_place_finder_reads_the_sets_it_would_build():
    from pipeline.components.names import PLACE_SETS_SOURCES, PlaceFinder, place_name_sets

    finder = PlaceFinder()
    names, prefixes = place_name_sets(*PLACE_SETS_SOURCES)
    assert finder.names == names and finder.name_prefixes == prefixes
    assert {"Hohhot", "Inner Mongolia"} <= finder.names and "Inner" in finder.name_prefixes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("# sources 00\n=names\nHohhot\n=prefixes\nInner\n", "not built from the current places.tsv"),
        ("# sources {digest}\n=names\nHohhot\n", "expected the sections =names then =prefixes"),
        ("# sources {digest}\n=prefixes\nInner\n=names\nHohhot\n", "expected the sections"),
        ("# sources {digest}\n=names\n=prefixes\nInner\n", "section =names is empty"),
        ("# sources {digest}\n=names\nHohhot\n\n=prefixes\nInner\n", "has a blank line"),
    ],
)
def test_ruledata_bad_place_sets_name_the_file(monkeypatch, content, message):
    sources = ("places.tsv", "places_more.txt")
    text = content.replace("{digest}", ruledata.sources_digest(sources))
    monkeypatch.setattr(ruledata, "_read_text", lambda name: text)
    ruledata.load_place_sets.cache_clear()
    try:
        with pytest.raises(ruledata.ResourceError, match=message) as info:
            ruledata.load_place_sets("sets.txt", sources)
        assert str(info.value).startswith("sets.txt: ")
    finally:
        ruledata.load_place_sets.cache_clear()


def test_ruledata_place_sets_round_trip():
    sources = ("places.tsv", "places_more.txt")
    text = ruledata.dump_place_sets(sources, {"Hohhot", "Inner Mongolia"}, {"Inner"})
    ruledata.load_place_sets.cache_clear()
    try:
        import unittest.mock

        with unittest.mock.patch.object(ruledata, "_read_text", lambda name: text):
            got = ruledata.load_place_sets("sets.txt", sources)
        assert got == {"names": {"Hohhot", "Inner Mongolia"}, "prefixes": {"Inner"}}
    finally:
        ruledata.load_place_sets.cache_clear()
    with pytest.raises(ValueError, match="cannot be written"):
        ruledata.dump_place_sets(sources, {"=odd"}, {"Inner"})
