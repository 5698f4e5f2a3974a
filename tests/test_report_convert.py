"""The HTML report (rendered in headless Chromium) and the annotation-format converters."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from pipeline import convert
from pipeline.cli import main
from pipeline.evaluate import DocResult, Result, format_table
from pipeline.records import ArticleRecord, Entity
from pipeline.report import render_article_page, render_report

from .conftest import GOLD, ROOT, SEEDS

SHOTS = ROOT / "tests" / "output"  # screenshots to look at (git-ignored)

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


def _ids_and_links(page: str) -> tuple[set[str], list[str]]:
    return set(re.findall(r'\bid="([^"]+)"', page)), re.findall(r'href="#([^"]*)"', page)


def test_report_summary_lists_every_difference_linked_to_its_mark():
    result = _result()
    page = render_report(result)
    top = page[: page.index("<h2>Scores</h2>")]
    n = len(result.docs[0].issues())
    assert f"{n} difference(s)" in top and n == 5
    ids, links = _ids_and_links(page)
    summary_links = re.findall(r'href="#(diff-\d+)"', top)
    assert len(set(summary_links)) == n
    assert set(links) <= ids  # every link in the page resolves
    for target in summary_links:  # ... to a mark in the article (or the place a hidden one starts)
        assert re.search(rf'<(mark|span) id="{target}"', page)


@pytest.mark.parametrize(
    ("kind", "gold_shows", "pred_shows"),
    [("wrong-label", "<b>PLACE</b>", "<b>ORG</b>"),
     ("wrong-boundary", "“$5 million” <span class=\"val\">@25–35", "“$5 mil” <span class=\"val\">@25–31"),
     ("wrong-unit", "unit=firms", "unit=companies"),
     ("missed", "“Baotou”", "—"),
     ("spurious", "—", "“firms”")],
)  # fmt: skip
def test_report_gold_and_prediction_side_by_side(kind, gold_shows, pred_shows):
    page = render_report(_result())
    rows = re.findall(rf'<tr id="row-\d+">(?:(?!</tr>).)*?k-{kind}">.*?</tr>', page)
    assert len(rows) == 1
    gold_cell, pred_cell = re.findall(r'<td class="side">(.*?)</td>', rows[0])
    assert gold_shows in gold_cell and pred_shows in pred_cell


def test_report_wrong_value_shows_both_values_without_hovering():
    gold = [Entity(0, 10, "MONEY", "$5 million", 5000000, currency="USD")]
    pred = [Entity(0, 10, "MONEY", "$5 million", 5, currency="HKD")]
    page = render_report(Result([DocResult("d", "$5 million raised.", gold, pred)]))
    body = re.sub(r'title="[^"]*"', "", page)  # nothing may depend on the hover title
    assert "value=5000000 currency=USD" in body and "value=5 currency=HKD" in body


def test_report_terminal_list_shows_gold_and_predicted_side_by_side():
    lines = format_table(_result()).splitlines()
    (label,) = [x for x in lines if "wrong-label" in x]
    assert re.search(r"PLACE 'Hohhot' @0-6 +\| ORG 'Hohhot' @0-6", label)
    (unit,) = [x for x in lines if "wrong-unit" in x]
    assert re.search(r"value=12 unit=firms +\| COUNT '12' @40-42 value=12 unit=companies", unit)


HOSTILE = "<img src=x onerror=alert(1)>"


def test_report_escapes_hostile_labels_texts_and_ids():
    text = f'{HOSTILE} "quoted" and <script>alert(2)</script> Hohhot'
    gold = [Entity(0, len(HOSTILE), "ORG", HOSTILE)]
    pred = [
        Entity(0, len(HOSTILE), HOSTILE, HOSTILE, value=HOSTILE, unit=HOSTILE),
        Entity(len(text) - 6, len(text), "PLACE", "Hohhot", extra={"geoname": HOSTILE, "geonameid": 'x"y'}),
    ]
    result = Result([DocResult(f'd"{HOSTILE}', text, gold, pred)])
    page = render_report(result)
    assert "<img" not in page and "<script" not in page and "onerror=alert(1)>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    rec = ArticleRecord(HOSTILE, HOSTILE, "0" * 64, pred, title=HOSTILE, published=HOSTILE)
    page = render_article_page(rec, text)
    assert "<img" not in page and "<script" not in page


def test_report_null_text_does_not_break_the_pages():
    gold = [Entity(0, 6, "PLACE", "Hohhot")]
    pred = [Entity(0, 6, "PLACE", None), Entity(3, 2, "ORG", "x"), Entity(50, 60, "ORG", "far")]  # type: ignore[arg-type]
    page = render_report(Result([DocResult("d", None, gold, pred)]))  # type: ignore[arg-type]
    assert page.startswith("<!DOCTYPE html>")
    ids, links = _ids_and_links(page)
    assert set(links) <= ids
    rec = ArticleRecord("d", "d.txt", "0" * 64, pred)
    assert '<mark class="ent' not in render_article_page(rec, None)


def test_report_show_html_shows_values_and_links(tmp_path):
    page = tmp_path / "a.html"
    assert (
        main(["show", str(SEEDS / "000_33ccc7143ea87853.txt"), "--model", "blank", "--html", str(page), "-q"])
        == 0
    )
    html = page.read_text(encoding="utf-8")
    article = html[
        html.index('<div class="article">') : html.index("</div>", html.index('<div class="article">'))
    ]
    assert "CNY 260000000" in article and "USD 39000000" in article  # values on the marks
    assert '<a href="https://www.geonames.org/2036892">Hohhot</a>' in article  # place links
    assert '<table class="ents">' in html and "geonameid=2036892" in html


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
    marks = re.findall(
        r'<mark id="[^"]*" class="ent (\w[\w-]*)" data-label="(\w+)"|<mark class="ent (\w[\w-]*)" data-label="(\w+)"',
        dom,
    )
    labels = {m[1] or m[3] for m in marks}
    gold_count = sum(len(json.loads(p.read_text())["entities"]) for p in GOLD.glob("*.json"))
    assert len(marks) >= gold_count - 5
    assert labels == {"ORG", "PLACE", "PERSON", "MONEY", "COUNT", "PERCENT", "DATE"}
    # Every link of the summary at the top resolves to an element of the rendered page.
    ids, links = _ids_and_links(dom)
    top = dom[: dom.index("<h2>Scores</h2>")]
    assert re.findall(r'href="#(diff-\d+)"', top) and set(links) <= ids
    # The page reads at 800 px and at 1,600 px: nothing wider than the window.
    probe = tmp_path / "probe.html"
    script = ("<script>addEventListener('load',()=>{document.body.dataset.overflow="
              "document.documentElement.scrollWidth-document.documentElement.clientWidth})</script>")  # fmt: skip
    probe.write_text(
        page.read_text(encoding="utf-8").replace("</body>", script + "</body>"), encoding="utf-8"
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (800, 1600):
        size = f"--window-size={width},1400"
        dom = subprocess.run([_chromium(), *flags, size, "--virtual-time-budget=2000", "--dump-dom", probe.as_uri()],
                             capture_output=True, text=True, timeout=120, check=True).stdout  # fmt: skip
        assert re.search(r'data-overflow="(-?\d+)"', dom).group(1) == "0", width
        shot = SHOTS / f"report-{width}.png"
        shot.unlink(missing_ok=True)
        subprocess.run([_chromium(), *flags, f"--screenshot={shot}", size, "--hide-scrollbars", page.as_uri()],
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
