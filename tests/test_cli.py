"""The newsfacts command end to end, as a user runs it."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.records import record_problems

from .conftest import GOLD, ROOT, SEEDS, SHARED


@pytest.fixture(scope="module")
def seeds_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert main(["extract", str(SEEDS), "-o", str(out), "-q"]) == 0
    return out


def test_cli_extract_seeds_conform_to_spec(seeds_output):
    lines = (seeds_output / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for n, line in enumerate(lines, 1):
        rec = json.loads(line)
        text = (Path.cwd() / rec["path"]).read_bytes().decode("utf-8")
        assert record_problems(f"line {n}", rec, text) == []
        assert rec["title"] and rec["entities"]
    assert not (seeds_output / "errors.jsonl").exists()


def test_cli_extract_csv_has_one_row_per_entity(seeds_output):
    records = [
        json.loads(x) for x in (seeds_output / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    with (seeds_output / "extractions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(len(r["entities"]) for r in records)
    money = [r for r in rows if r["label"] == "MONEY"]
    assert money[0]["currency"] == "CNY" and money[0]["value"] == "260000000"


@pytest.mark.skipif(
    not (SHARED / "check_spec.py").exists(), reason="../shared/check_spec.py is only beside CI's clone"
)
def test_cli_outside_check_spec_accepts_output_and_gold(tmp_path):
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "extract", "seeds", "-o", str(out), "-q"], cwd=ROOT, check=True
    )
    for args in (["output", str(out / "extractions.jsonl"), "."], ["gold", str(GOLD), str(SEEDS)]):
        proc = subprocess.run(
            [sys.executable, str(SHARED / "check_spec.py"), *args], cwd=ROOT, capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stdout
        assert proc.stdout.strip().endswith("0 problem(s)")


def test_cli_broken_file_is_reported_and_the_rest_processed(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEEDS / "000_33ccc7143ea87853.txt", src / "good.txt")
    (src / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    (src / "bad utf8 -x.txt").write_bytes(b"ok \xc3\x28 no")
    out = tmp_path / "out"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 1
    assert len((out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["kind"] for e in errors) == ["decode-error", "decode-error"]
    err = capsys.readouterr().err
    assert "broken.txt" in err and "bad utf8 -x.txt" in err and "Traceback" not in err


def test_cli_output_that_is_a_file_stops_before_work(tmp_path, capsys):
    target = tmp_path / "out"
    target.write_text("not a folder")
    assert main(["extract", str(SEEDS), "-o", str(target), "-q"]) == 2
    assert "is a file" in capsys.readouterr().err
    assert target.read_text() == "not a folder"


def test_cli_missing_input_is_a_failure(tmp_path):
    assert main(["extract", str(tmp_path / "nothing-here.txt"), "-o", str(tmp_path / "o"), "-q"]) == 1


def test_cli_rerun_replaces_output_and_resume_skips_done(tmp_path):
    out = tmp_path / "out"
    assert (
        main(["extract", str(SEEDS / "000_33ccc7143ea87853.txt"), "-o", str(out), "-q", "--model", "blank"])
        == 0
    )
    first = (out / "extractions.jsonl").read_text(encoding="utf-8")
    assert main(["extract", str(SEEDS), "-o", str(out), "-q", "--resume", "--model", "blank"]) == 0
    lines = (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and lines[0] == first.strip()
    assert not list(out.glob(".*.part"))


def test_cli_evaluate_prints_scores_and_writes_json(tmp_path, capsys):
    out = tmp_path / "r.json"
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
                "--json",
                str(out),
            ]
        )
        == 0
    )
    table = capsys.readouterr().out
    assert "mission" in table and "micro" in table
    data = json.loads(out.read_text())
    assert data["scores"]["micro"]["strict"]["gold"] == 148


def test_cli_show_prints_entities(capsys):
    assert main(["show", str(SEEDS / "004_fcb8da30c9a18e04.txt"), "--model", "blank"]) == 0
    out = capsys.readouterr().out
    assert "'Yang Fan'" in out and "PERSON" in out


def test_cli_bad_set_override_is_a_usage_error():
    with pytest.raises(SystemExit):
        main(["extract", str(SEEDS), "--set", "novalue"])


@pytest.fixture
def undated(tmp_path):
    """Two articles: one without a date, one with a header date."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "a1.txt").write_text(
        "Acme news page\n\nAcme said on Tuesday it grew last year.\n", encoding="utf-8"
    )
    (src / "b2.txt").write_text(
        "Beta news page\n\nUpdated: 2020-01-02\n\nBeta grew last year.\n", encoding="utf-8"
    )
    return src


def _published(out):
    recs = [json.loads(x) for x in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    return {
        r["id"]: (r["published"], [e["value"] for e in r["entities"] if e["label"] == "DATE"]) for r in recs
    }


def test_cli_published_option_dates_every_article_and_wins_over_headers(tmp_path, undated):
    out = tmp_path / "out"
    assert (
        main(["extract", str(undated), "-o", str(out), "-q", "--model", "blank", "--published", "2024-05-16"])
        == 0
    )
    assert _published(out) == {
        "a1": ("2024-05-16", ["2024-05-14", "2023"]),
        "b2": ("2024-05-16", ["2020-01-02", "2023"]),
    }


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("meta.csv", "file,published\na1.txt,2024-05-16\nb2,2019-06-30\n"),
        (
            "meta.jsonl",
            '{"file": "a1.txt", "published": "2024-05-16"}\n{"path": "b2", "date": "2019-06-30"}\n',
        ),
    ],
)
def test_cli_metadata_file_gives_dates_by_file_name(tmp_path, undated, name, content):
    meta = tmp_path / name
    meta.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert (
        main(["extract", str(undated), "-o", str(out), "-q", "--model", "blank", "--metadata", str(meta)])
        == 0
    )
    assert _published(out) == {
        "a1": ("2024-05-16", ["2024-05-14", "2023"]),
        "b2": ("2019-06-30", ["2020-01-02", "2018"]),
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "2024-13-01"], "--published: '2024-13-01' is not a date written YYYY-MM-DD"),
        (["--published", "yesterday"], "--published: 'yesterday' is not a date written YYYY-MM-DD"),
        (["--metadata", "META"], "META:2: '16/05/2024' is not a date written YYYY-MM-DD"),
        (["--metadata", "NOFILE"], "cannot read the metadata file"),
    ],
)
def test_cli_bad_publication_date_is_a_one_line_usage_error(tmp_path, undated, capsys, args, message):
    meta = tmp_path / "meta.csv"
    meta.write_text("file,published\na1.txt,16/05/2024\n", encoding="utf-8")
    args = [str(meta) if a == "META" else str(tmp_path / "none.csv") if a == "NOFILE" else a for a in args]
    message = message.replace("META", str(meta))
    assert main(["extract", str(undated), "-o", str(tmp_path / "out"), "-q", "--model", "blank", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_cli_python_api_published_wins_over_the_header(nlp_blank, undated):
    import pipeline

    rec = pipeline.extract(undated / "b2.txt", nlp_blank, published="2024-05-16")
    assert rec.published == "2024-05-16"
    assert [e.value for e in rec.entities if e.label == "DATE"] == ["2020-01-02", "2023"]
    with pytest.raises(ValueError, match="not a date written YYYY-MM-DD"):
        pipeline.extract(undated / "b2.txt", nlp_blank, published="May 5")
