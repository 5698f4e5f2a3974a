"""The newsfacts command end to end, as a user runs it."""

from __future__ import annotations

import csv
import json
import re
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


# --- issue 14: output a downstream tool can trust ---------------------------------------------------

WEST_SOUTH = "Investors from Atlanta and Buenos Aires met in Lima, Peru, and pledged $40 million.\n"


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_cli_csv_numbers_are_never_prefixed(tmp_path):
    src = tmp_path / "west.txt"
    src.write_text(WEST_SOUTH, encoding="utf-8")
    assert main(["extract", str(src), "-o", str(tmp_path / "o"), "-q", "--model", "blank"]) == 0
    places = {r["name"]: r for r in _csv(tmp_path / "o" / "entities.csv") if r["kind"] == "PLACE"}
    rows = {r["text"]: r for r in _csv(tmp_path / "o" / "extractions.csv")}
    assert float(places["Atlanta"]["longitude"]) < 0 and float(places["Peru"]["latitude"]) < 0
    assert rows["Atlanta"]["longitude"] == places["Atlanta"]["longitude"]
    assert not any(cell.startswith("'") for r in rows.values() for cell in r.values())


def test_cli_path_is_as_given_whatever_the_working_folder(tmp_path, monkeypatch):
    src = tmp_path / "data" / "in"
    src.mkdir(parents=True)
    shutil.copy(SEEDS / "000_33ccc7143ea87853.txt", src / "a.txt")
    paths = []
    for cwd in (tmp_path, tmp_path / "data", src):
        monkeypatch.chdir(cwd)
        out = tmp_path / f"out-{len(paths)}"
        assert main(["extract", str(src / "a.txt"), "-o", str(out), "-q", "--model", "blank"]) == 0
        rec = json.loads((out / "extractions.jsonl").read_text(encoding="utf-8"))
        paths.append((rec["path"], {r["path"] for r in _csv(out / "extractions.csv")}))
    assert paths == [(str(src / "a.txt"), {str(src / "a.txt")})] * 3
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "data/in", "-o", "rel", "-q", "--model", "blank"]) == 0
    assert json.loads((tmp_path / "rel" / "extractions.jsonl").read_text())["path"] == "data/in/a.txt"
    assert (
        main(["extract", str(src), "-o", "r2", "-q", "--model", "blank", "--relative-to", str(src.parent)])
        == 0
    )
    assert json.loads((tmp_path / "r2" / "extractions.jsonl").read_text())["path"] == "in/a.txt"


def test_cli_extractions_csv_carries_every_link_column(seeds_output):
    from pipeline.output import CSV_COLUMNS

    rows = _csv(seeds_output / "extractions.csv")
    assert list(rows[0]) == CSV_COLUMNS
    for col in ("geoname", "geonameid", "country_code", "admin1", "latitude", "longitude", "feature",
                "canonical", "cluster", "converts_start", "converts_end", "subject_start", "subject_end",
                "place_start", "place_end", "when_start", "when_end"):  # fmt: skip
        assert col in CSV_COLUMNS
    by_text = {(r["id"], r["text"]): r for r in rows}
    usd = by_text[("000_33ccc7143ea87853", "$39 million")]
    cny = by_text[("000_33ccc7143ea87853", "260 million yuan")]
    assert (usd["converts_start"], usd["converts_end"]) == (cny["start"], cny["end"])
    # Every linked place and organisation row joins entities.csv by its key.
    keys = {(r["kind"], r["key"]) for r in _csv(seeds_output / "entities.csv")}
    for r in rows:
        if r["label"] == "PLACE" and r["geonameid"]:
            assert ("PLACE", r["geonameid"]) in keys
        if r["label"] == "ORG":
            assert r["cluster"].startswith("org:") and r["canonical"]


def test_cli_summary_lists_every_file_and_what_resume_skipped(tmp_path, capsys):
    out = tmp_path / "o"
    assert main(["extract", str(SEEDS), "-o", str(out), "--model", "blank"]) == 0
    line = capsys.readouterr().err.strip().splitlines()[-1]
    for name in ("extractions.jsonl", "extractions.csv", "entities.csv"):
        assert str(out / name) in line
    assert line.startswith("5 articles, ")
    assert main(["extract", str(SEEDS), "-o", str(out), "--model", "blank", "--resume"]) == 0
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert line.startswith("0 articles (5 skipped as already done, 5 kept from the earlier run)")
    assert str(out / "entities.csv") in line


def _validator(part: str):
    jsonschema = pytest.importorskip("jsonschema")
    from pipeline.output import load_schema

    schema = load_schema()
    sub = schema if part == "record" else {**schema["$defs"][part], "$defs": schema["$defs"]}
    return jsonschema.Draft202012Validator(sub)


def test_cli_schema_command_prints_the_shipped_schema(capsys):
    from pipeline.output import load_schema

    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == load_schema()
    assert main(["schema", "--part", "csv"]) == 0
    assert list(json.loads(capsys.readouterr().out)["properties"])[:3] == ["id", "path", "label"]


def test_cli_every_output_validates_against_the_schema(seeds_output, tmp_path):
    src = tmp_path / "west.txt"
    src.write_text(WEST_SOUTH, encoding="utf-8")
    inputs = [str(src), str(SEEDS)]
    try:
        import trafilatura  # noqa: F401  (the html extra: a saved web page gives source_path and texts/)

        inputs.append(str(ROOT / "tests" / "data" / "html"))
    except ImportError:
        pass
    assert main(["extract", *inputs, "-o", str(tmp_path / "o"), "-q"]) == 0
    for out in (seeds_output, tmp_path / "o"):
        record, row, entity_row = (
            _validator("record"),
            _validator("extractions_csv_row"),
            _validator("entities_csv_row"),
        )
        for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines():
            assert list(record.iter_errors(json.loads(line))) == []
        for r in _csv(out / "extractions.csv"):
            assert list(row.iter_errors(r)) == [], r
        for r in _csv(out / "entities.csv"):
            assert list(entity_row.iter_errors(r)) == [], r


@pytest.mark.parametrize(
    ("part", "bad"),
    [("extractions_csv_row", {"longitude": "'-82.7"}), ("extractions_csv_row", {"text": "=cmd()"}),
     ("extractions_csv_row", {"start": "-1"}), ("entities_csv_row", {"latitude": "north"}),
     ("record", {"text_sha256": "xyz"})],
)  # fmt: skip
def test_cli_schema_rejects_what_a_tool_could_not_use(part, bad):
    good = {
        "extractions_csv_row": {"id": "a", "path": "a.txt", "label": "PLACE", "start": "0", "end": "5"},
        "entities_csv_row": {"kind": "PLACE", "key": "1", "mentions": "1", "articles": "1"},
        "record": {"id": "a", "path": "a.txt", "text_sha256": "0" * 64, "title": None, "published": None,
                   "entities": []},
    }[part]  # fmt: skip
    v = _validator(part)
    assert list(v.iter_errors(good)) == []
    assert list(v.iter_errors({**good, **bad})) != []


# --- issue 14: a command line that behaves like its neighbours ----------------------------------------


def test_cli_version(capsys):
    import pipeline

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"newsfacts {pipeline.__version__}"


@pytest.mark.parametrize(
    "command", ["extract x", "show x", "evaluate --gold g", "convert a b --from gold --to jsonl", "schema"]
)
@pytest.mark.parametrize("flag", ["-q", "--quiet", "-v", "--verbose"])
def test_cli_quiet_and_verbose_on_every_command(command, flag):
    from pipeline.cli import build_parser

    args = build_parser().parse_args([*command.split(), flag])
    assert args.quiet or args.verbose


BAD_OPTIONS = [
    (["extract", "seeds", "--set", "foo.bar=3"], "--set", "components.newsfacts_counts"),
    (
        ["extract", "seeds", "--set", "components.newsfacts_counts.max_unit_distance=abc"],
        "--set",
        "an integer",
    ),
    (["extract", "seeds", "--set", "novalue"], "--set", "SECTION.KEY=VALUE"),
    (["show", "seeds/x.txt", "--set", "components.newsfacts_geo.min_margin=true"], "--set", "a number"),
    (["evaluate", "--gold", "annotations", "--html", "/missing/dir/r.html"], "--html", "/missing/dir"),
    (["evaluate", "--gold", "annotations", "--json", "/missing/dir/r.json"], "--json", "/missing/dir"),
    (["evaluate", "--gold", "/missing/gold"], "--gold", "no such folder"),
    (
        ["evaluate", "--gold", "annotations", "--predictions", "/missing.jsonl"],
        "--predictions",
        "no such file",
    ),
    (["show", "seeds/004_fcb8da30c9a18e04.txt", "--html", "/missing/dir/p.html"], "--html", "/missing/dir"),
    (["convert", "annotations", "x.txt", "--from", "conll", "--to", "gold"], "--from", "labelstudio"),
    (["convert", "annotations", "x", "--from", "gold", "--to", "gold"], "--to gold", "jsonl"),
    (["convert", "annotations", "x", "--from", "gold", "--to", "yaml"], "--to", "labelstudio"),
    (
        ["convert", "annotations", "README.md/x.jsonl", "--from", "gold", "--to", "jsonl"],
        "OUTPUT",
        "is a file",
    ),
    (["extract", "seeds", "--n-process", "0"], "--n-process", "1 or more"),
    (["extract", "seeds", "--batch-size", "many"], "--batch-size", "int"),
    (["extract", "seeds", "--encoding", "klingon"], "--encoding", "latin-1"),
    (["extract", "seeds", "--model", "large"], "--model", "blank"),
    (["extract", "seeds", "--engine", "spark"], "--engine", "dask"),
    (["extract", "seeds", "--scheduler", "tcp://h:8786"], "--scheduler", "--engine dask"),
    (["extract", "seeds", "--relative-to", "/missing/base"], "--relative-to", "no such folder"),
    (["extract", "seeds", "-o", "README.md"], "--output", "is a file"),
    (["schema", "--part", "yaml"], "--part", "csv"),
    (["extract", "seeds", "--config", "/missing.cfg"], "--config", "no such file"),
    (["show", "seeds/x.txt", "--config", "README.md"], "--config", "not a config file"),
    (["evaluate", "--gold", "annotations", "--config", "seeds"], "--config", "is a folder"),
]


@pytest.mark.parametrize(
    ("argv", "option", "accepted"), BAD_OPTIONS, ids=[" ".join(a) for a, _, _ in BAD_OPTIONS]
)
def test_cli_every_bad_option_is_one_line_naming_it(argv, option, accepted, monkeypatch, capsys):
    import pipeline.cli

    monkeypatch.chdir(ROOT)

    def no_work(*a, **k):
        raise AssertionError("the pipeline was loaded before the options were checked")

    monkeypatch.setattr(pipeline.cli, "_load_nlp", no_work)
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own checks exit
        code = exc.code
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert option in err and accepted in err and "Traceback" not in err


def test_cli_show_reads_standard_input():
    text = "Hohhot attracted 260 million yuan in 2016.\n"
    proc = subprocess.run([sys.executable, "-m", "pipeline", "show", "-", "--model", "blank"], input=text,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "'260 million yuan'" in proc.stdout and "currency=CNY" in proc.stdout


def test_cli_show_arguments_have_help(capsys):
    with pytest.raises(SystemExit):
        main(["show", "--help"])
    out = capsys.readouterr().out
    assert "standard input" in out and "--html FILE" in out and "-q, --quiet" in out


class _Bar:
    def __init__(self):
        self.total = None

    def refresh(self):
        pass


def test_cli_progress_total_grows_with_a_huge_folder_and_ends_exact():
    from pipeline.cli import Lookahead

    bar = _Bar()
    walk = Lookahead((Path(f"{i}.txt") for i in range(10)), bar, ahead=4)
    it = iter(walk)
    next(it)
    assert bar.total == 4  # only the walked part is known yet
    totals = [bar.total for _ in it]
    assert totals[-1] == 10 and totals == sorted(totals)


@pytest.mark.parametrize("command", ["extract", "evaluate"])
def test_cli_progress_bar_has_total_percentage_and_skips_model_loading(
    command, tmp_path, monkeypatch, capsys
):
    import io
    import time

    from tqdm import tqdm

    import pipeline.cli

    loaded_at = []
    real_load = pipeline.cli._load_nlp

    def load(*a, **k):
        nlp = real_load(*a, **k)
        loaded_at.append(time.time())
        return nlp

    bars = []

    def bar(args, desc, total=None):
        b = tqdm(desc=desc, total=total, file=io.StringIO(), disable=False, mininterval=0)
        bars.append(b)
        return b

    monkeypatch.setattr(pipeline.cli, "_load_nlp", load)
    monkeypatch.setattr(pipeline.cli, "_bar", bar)
    if command == "extract":
        argv = ["extract", str(SEEDS), "-o", str(tmp_path / "o"), "--model", "blank"]
    else:
        argv = ["evaluate", "--gold", str(GOLD), "--articles", str(SEEDS), "--model", "blank"]
    assert main(argv) == 0
    (b,) = bars
    shown = b.fp.getvalue()
    assert b.total == 5 and b.n == 5 and "100%" in shown and "5/5" in shown
    assert re.search(r"\[\d\d:\d\d<\d\d:\d\d", shown)  # elapsed < time left (the ETA)
    assert b.start_t >= loaded_at[0]  # the clock starts after the model is loaded


def _readme_table(heading_row: str) -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(heading_row)
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(line.split("|")[1].strip())
    return rows


@pytest.mark.parametrize("command", ["extract", "show", "evaluate", "convert", "schema"])
def test_cli_readme_option_tables_match_help(command):
    import re

    from pipeline.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]
    in_help = {s for a in sub._actions for s in a.option_strings if s not in ("-h", "--help")}
    cells = _readme_table(f"| `{command}` option | meaning |")
    in_readme = {m for c in cells for m in re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", c)}
    assert in_readme == in_help


def test_cli_readme_output_table_matches_help(capsys):
    from pipeline.cli import OUTPUTS

    assert [c.strip("`").removeprefix("output/") for c in _readme_table("| file | what |")] == list(OUTPUTS)
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_text = capsys.readouterr().out
    assert all(name in help_text for name in OUTPUTS)


def test_cli_show_dash_on_a_terminal_says_how_to_use_it(monkeypatch, capsys):
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    assert main(["show", "-", "--model", "blank"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "standard input" in err


def test_cli_readme_csv_columns_match_the_schema():
    from pipeline.output import CSV_COLUMNS

    cells = _readme_table("| column | what |")
    assert [name for c in cells for name in re.findall(r"`([a-z_0-9]+)`", c)] == CSV_COLUMNS


def test_cli_progress_reaches_the_total_with_skipped_and_failed_files(tmp_path, monkeypatch):
    import io

    from tqdm import tqdm

    import pipeline.cli

    bars = []

    def bar(args, desc, total=None):
        b = tqdm(desc=desc, total=total, file=io.StringIO(), disable=False, mininterval=0)
        bars.append(b)
        return b

    monkeypatch.setattr(pipeline.cli, "_bar", bar)
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "o"
    assert main(["extract", str(src / "000_33ccc7143ea87853.txt"), "-o", str(out), "--model", "blank"]) == 0
    (src / "zz-broken.txt").write_bytes(b"\xff\xfe\x00bad")
    assert main(["extract", str(src), "-o", str(out), "--model", "blank", "--resume"]) == 1
    b = bars[-1]
    assert (b.total, b.n) == (6, 6)  # 4 new, 1 skipped, 1 failed


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


@pytest.mark.parametrize("n_process", ["1", "2"])
def test_cli_profile_names_every_stage_and_component_and_changes_no_output(
    tmp_path, capsys, seeds_output, n_process
):
    from pipeline.nlp import load

    out = tmp_path / "out"
    code = main(["extract", str(SEEDS), "-o", str(out), "-q", "--profile", "--n-process", n_process])
    assert code == 0
    err = capsys.readouterr().err
    stages = [
        line.split("  ")[0] for line in err.splitlines() if line and not line.startswith((" ", "newsfacts"))
    ]
    assert stages == ["start-up (Python, imports)", "load pipeline", "read articles", "process",
                      "write outputs", "total"]  # fmt: skip
    steps = {line.strip().rsplit(" ", 1)[0].strip() for line in err.splitlines() if line.startswith("  ")}
    assert {"tokenizer", "base model (en_core_web_sm)"} <= steps
    assert set(load().pipe_names) <= steps  # each component: its load and its processing
    for name in ("extractions.jsonl", "extractions.csv", "entities.csv"):
        assert (out / name).read_bytes() == (seeds_output / name).read_bytes()
