"""The record schema: what it accepts and the problems it names."""

from __future__ import annotations

import pytest

from pipeline.records import ArticleRecord, Entity, entities_problems, entity_problems

TEXT = "Hohhot raised $5 million."


def test_records_entity_round_trip_keeps_extra_fields():
    d = {"start": 14, "end": 24, "label": "MONEY", "text": "$5 million", "value": 5000000,
         "currency": "USD", "rule": "money", "converts": {"start": 0, "end": 3}}  # fmt: skip
    assert Entity.from_dict(d).to_dict() == d


def test_records_article_record_round_trip():
    rec = ArticleRecord("a", "a.txt", "0" * 64, [Entity(0, 6, "PLACE", "Hohhot")], title="T", published=None)
    assert ArticleRecord.from_dict(rec.to_dict()) == rec


@pytest.mark.parametrize(
    ("ent", "problem"),
    [
        ({"start": 0, "end": 7, "label": "PLACE", "text": "Hohhot "}, "white space"),
        ({"start": 0, "end": 6, "label": "PLACE", "text": "Hohhox"}, "!= article"),
        ({"start": 5, "end": 2, "label": "PLACE", "text": ""}, "bad offsets"),
        ({"start": 0, "end": 6, "label": "CITY", "text": "Hohhot"}, "unknown label"),
        ({"start": 14, "end": 24, "label": "MONEY", "text": "$5 million", "value": "5"}, "not a number"),
        (
            {"start": 14, "end": 24, "label": "MONEY", "text": "$5 million", "value": 5, "currency": "usd"},
            "ISO 4217",
        ),
        ({"start": 15, "end": 16, "label": "COUNT", "text": "5", "value": 5}, "no unit"),
        (
            {"start": 15, "end": 16, "label": "COUNT", "text": "5", "value": 5.5, "unit": "x"},
            "not an integer",
        ),
        ({"start": 0, "end": 6, "label": "DATE", "text": "Hohhot", "value": "May"}, "ISO 8601"),
        (
            {
                "start": 15,
                "end": 16,
                "label": "COUNT",
                "text": "5",
                "value": 5,
                "unit": "x",
                "qualifier": "Over",
            },
            "lower-case",
        ),
    ],
)
def test_records_entity_problems_are_named(ent, problem):
    assert any(problem in p for p in entity_problems(ent, TEXT))


def test_records_overlap_is_a_problem():
    ents = [{"start": 0, "end": 6, "label": "PLACE", "text": "Hohhot"},
            {"start": 2, "end": 6, "label": "PLACE", "text": "hhot"}]  # fmt: skip
    assert any("overlaps" in p for p in entities_problems("f.json", ents, TEXT))


@pytest.mark.parametrize(
    ("loader", "content", "message"),
    [
        ("load_word_list", "# only a comment\n", "no entries"),
        ("load_word_list", "Hohhot\n# note\nInner\tMongolia\n", r"broken\.data:3: tab inside entry"),
        (
            "load_currencies",
            '{"codes": ["USD"], "symbols": {"$": "usd"}}',
            "is not an ISO 4217 code",
        ),
        ("load_currencies", "{not json", "not valid JSON"),
        (
            "load_places",
            "name\tfeature\tcountry_code\tlatitude\tlongitude\nHohhot\tplanet\tCN\t1\t2\n",
            ":2: bad place row",
        ),
    ],
)
def test_ruledata_bad_rule_files_name_the_file_and_rule(monkeypatch, loader, content, message):
    from pipeline import ruledata

    monkeypatch.setattr(ruledata, "_read_text", lambda name: content)
    fn = getattr(ruledata, loader)
    fn.cache_clear()
    try:
        with pytest.raises(ruledata.ResourceError, match=message) as info:
            fn("broken.data")
        assert "broken.data" in str(info.value)
    finally:
        fn.cache_clear()
