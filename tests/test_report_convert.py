"""The HTML report (rendered in headless Chromium) and the annotation-format converters."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from pipeline import convert
from pipeline.cli import main
from pipeline.evaluate import DocResult, Result
from pipeline.records import Entity
from pipeline.report import render_report

from .conftest import GOLD, SEEDS

TEXT = "Hohhot and Baotou raised $5 million for 12 firms. <b>&</b>"


def _result() -> Result:
    gold = [
        Entity(0, 6, "PLACE", "Hohhot"),
        Entity(11, 17, "PLACE", "Baotou"),
        Entity(25, 35, "MONEY", "$5 million", 5000000, currency="USD"),
        Entity(40, 42, "COUNT", "12", 12, unit="firms"),
    ]
    pred = [
        Entity(0, 6, "ORG", "Hohhot"),  # wrong label
        Entity(25, 31, "MONEY", "$5 mil", 5, currency="USD"),  # wrong boundary
        Entity(40, 42, "COUNT", "12", 12, unit="companies"),  # wrong unit
        Entity(43, 48, "ORG", "firms"),  # spurious
    ]
    return Result([DocResult("d1", TEXT, gold, pred)])


def test_report_marks_every_kind_of_difference():
    page = render_report(_result())
    kinds = re.findall(r'data-kind="([a-z-]+)"', page)
    assert sorted(set(kinds)) == ["missed", "spurious", "wrong-boundary", "wrong-label", "wrong-unit"]
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in page  # article text is escaped
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(
    _chromium() is None, reason="Chromium is not installed (Debian package 'chromium'; .ci/run installs it)"
)
def test_report_renders_in_headless_chromium(tmp_path):
    page = tmp_path / "report.html"
    assert (
        main(
            [
                "evaluate",
                "--gold",
                str(GOLD),
                "--articles",
                str(SEEDS),
                "--model",
                "blank",
                "--html",
                str(page),
            ]
        )
        == 0
    )
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]  # fmt: skip
    dom = subprocess.run(
        [_chromium(), *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    marks = re.findall(r'<mark class="ent (\w[\w-]*)" data-label="(\w+)"', dom)
    gold_count = sum(len(json.loads(p.read_text())["entities"]) for p in GOLD.glob("*.json"))
    assert len(marks) >= gold_count - 5
    assert {lab for _, lab in marks} == {"ORG", "PLACE", "PERSON", "MONEY", "COUNT", "PERCENT", "DATE"}
    shot = tmp_path / "shot.png"
    subprocess.run([_chromium(), *flags, f"--screenshot={shot}", "--window-size=1000,1400", page.as_uri()],
                   capture_output=True, timeout=120, check=True)  # fmt: skip
    assert shot.stat().st_size > 10_000


@pytest.fixture(scope="module")
def gold_docs():
    return convert.read_gold_dir(GOLD, SEEDS)


@pytest.mark.parametrize("fmt", ["spacy", "jsonl", "labelstudio", "brat"])
def test_convert_round_trip_is_lossless(tmp_path, gold_docs, fmt):
    dest = tmp_path / ("brat" if fmt == "brat" else f"x.{fmt}")
    convert.export(gold_docs, fmt, dest)
    back = convert.import_docs(fmt, dest)
    assert [d.gold_json() for d in back] == [d.gold_json() for d in gold_docs]


def test_convert_cli_round_trip_writes_identical_gold_files(tmp_path):
    assert (
        main(["convert", str(GOLD), str(tmp_path / "x.json"), "--from", "gold", "--to", "labelstudio"]) == 0
    )
    assert (
        main(
            [
                "convert",
                str(tmp_path / "x.json"),
                str(tmp_path / "g"),
                "--from",
                "labelstudio",
                "--to",
                "gold",
            ]
        )
        == 0
    )
    for p in GOLD.glob("*.json"):
        assert (tmp_path / "g" / p.name).read_text(encoding="utf-8") == p.read_text(encoding="utf-8")


def test_convert_predictions_become_label_studio_pre_annotations(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS), "-o", str(out), "-q", "--model", "blank"]) == 0
    tasks = tmp_path / "tasks.json"
    assert (
        main(
            [
                "convert",
                str(out / "extractions.jsonl"),
                str(tasks),
                "--from",
                "predictions",
                "--to",
                "labelstudio",
            ]
        )
        == 0
    )
    data = json.loads(tasks.read_text(encoding="utf-8"))
    assert len(data) == 5 and "predictions" in data[0] and "annotations" not in data[0]
    region = data[0]["predictions"][0]["result"][0]
    assert region["value"]["labels"] == ["PLACE"] and region["value"]["text"] == "Hohhot"
    # Corrected in Label Studio and exported, predictions come back as gold.
    back = convert.from_labelstudio(tasks.read_text(encoding="utf-8"))
    assert back[0].entities[0].text == "Hohhot"


def test_convert_conll_is_export_only(tmp_path, gold_docs):
    dest = convert.export(gold_docs, "conll", tmp_path / "x.conll")
    lines = dest.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("-DOCSTART-")
    assert "Hohhot\tB-PLACE" in lines and "autonomous\tI-PLACE" in lines
    with pytest.raises(ValueError, match="export-only"):
        convert.import_docs("conll", dest)


def test_convert_bad_input_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "abc", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}\n')
    assert main(["convert", str(bad), str(tmp_path / "g"), "--from", "jsonl", "--to", "gold"]) == 2
    assert "bad offsets" in capsys.readouterr().err
