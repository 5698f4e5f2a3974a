"""Bad input and faults: each case gives a processed record or a one-line error naming the file."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

import pytest

from pipeline.batch import Failure, iter_inputs, process
from pipeline.cli import main
from pipeline.output import safe_cell, safe_name
from pipeline.records import record_problems

from .conftest import SEEDS

SEED_TEXT = (SEEDS / "001_d645a4510ab569b9.txt").read_text(encoding="utf-8")


def _run(tmp_path: Path, files: dict[str, bytes], *extra: str) -> tuple[int, list[dict], list[dict], str]:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for name, data in files.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    out = tmp_path / "out"
    code = main(["extract", str(src), "-o", str(out), "-q", "--model", "blank", *extra])
    recs = [json.loads(x) for x in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    errs = []
    if (out / "errors.jsonl").exists():
        errs = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    return code, recs, errs, str(out)


def _valid(rec: dict) -> None:
    text = Path(rec["path"]).read_bytes().decode("utf-8")
    assert record_problems(rec["id"], rec, text) == []


@pytest.mark.parametrize(
    ("data", "entities"),
    [
        (b"", 0),
        (b"   \n\t\n  ", 0),
        (SEED_TEXT.replace("\n", "\r\n").encode(), "same"),
        ("\ufeff".encode() + SEED_TEXT.encode(), "same"),
        (SEED_TEXT.replace(" ", "\u00a0", 40).encode(), None),
        ("Hohhot\u2003raised\u3000$5 million 😀 in 北京 and القاهرة.\n".encode(), None),
        (b"Hohhot raised \x00 $5 million.\n", 2),
    ],
    ids=["empty", "whitespace", "crlf", "bom", "nbsp", "unicode-spaces-cjk-rtl-emoji", "a-nul-byte"],
)
def test_robustness_odd_text_is_processed_with_exact_offsets(tmp_path, nlp_blank, data, entities):
    if entities == "same":  # as many as the plain LF file gives
        entities = len(nlp_blank(SEED_TEXT)._.newsfacts)
    code, recs, errs, _ = _run(tmp_path, {"a.txt": data})
    assert (code, errs) == (0, [])
    (rec,) = recs
    _valid(rec)
    if entities is not None:
        assert len(rec["entities"]) == entities


@pytest.mark.parametrize(
    ("data", "kind", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary", "binary"),
        (random.Random(1).randbytes(4096), "binary", "binary"),
        (b"Caf\xe9 in Z\xfcrich", "decode-error", "--encoding"),
        ("Headline".encode("utf-16"), "decode-error", "--encoding utf-16"),
        (b"<!DOCTYPE html><html><body><p>Hohhot</p></body></html>", "html", "HTML"),
    ],
    ids=["png", "random-bytes", "latin-1", "utf-16", "html"],
)
def test_robustness_unreadable_files_are_reported_and_the_rest_processed(tmp_path, capsys, data, kind, words):
    code, recs, errs, _ = _run(tmp_path, {"bad.txt": data, "good.txt": SEED_TEXT.encode()})
    assert code == 1
    assert [Path(r["path"]).name for r in recs] == ["good.txt"]
    assert [(Path(e["path"]).name, e["kind"]) for e in errs] == [("bad.txt", kind)]
    err = capsys.readouterr().err
    assert words in err and "bad.txt" in err and "Traceback" not in err


@pytest.mark.parametrize(("encoding", "data"), [("latin-1", "Café in Zürich raised $5 million.".encode("latin-1")),
                                                ("utf-16", "Zürich raised $5 million.".encode("utf-16"))])  # fmt: skip
def test_robustness_other_encodings_with_the_option_keep_spec_offsets(tmp_path, encoding, data):
    code, recs, errs, out = _run(tmp_path, {"a.txt": data}, "--encoding", encoding)
    assert (code, errs) == (0, [])
    (rec,) = recs
    assert rec["path"].startswith(str(Path(out) / "texts"))  # absolute, as the output folder was given
    assert rec["source_path"].endswith("a.txt")
    _valid(rec)  # offsets index the saved UTF-8 copy
    assert [e["text"] for e in rec["entities"]] == ["Zürich", "$5 million"]


def test_robustness_one_huge_line_and_a_5mb_article(tmp_path):
    line = ("Hohhot raised $5 million for 12 firms. " * 30_000).encode()  # 1.2 MB, no line break
    big = (SEED_TEXT + "\n\n").encode() * 1_800  # about 5 MB
    assert len(big) > 5_000_000
    code, recs, errs, _ = _run(tmp_path, {"line.txt": line, "big.txt": big})
    assert (code, errs) == (0, [])
    for rec in recs:
        _valid(rec)
    by_name = {Path(r["path"]).name: r for r in recs}
    assert len(by_name["line.txt"]["entities"]) == 30_000 * 3


def test_robustness_folders_nested_odd_names_and_a_symlink_loop(tmp_path):
    names = [
        "a/b/c/deep.txt",
        "with space.txt",
        "quote'\"s.txt",
        "ünïcödé 文章.txt",
        "-leading-dash.txt",
        "comma,name.txt",
    ]
    files = {n: SEED_TEXT.encode() for n in names}
    src = tmp_path / "in"
    src.mkdir()
    (src / "loop").symlink_to(src, target_is_directory=True)
    code, recs, errs, out = _run(tmp_path, files)
    assert (code, errs) == (0, [])
    assert sorted(Path(r["path"]).name for r in recs) == sorted(Path(n).name for n in names)
    with open(Path(out) / "extractions.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {Path(r["path"]).name for r in rows} == {Path(n).name for n in names}


def test_robustness_leading_dash_file_named_on_the_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("-x.txt").write_text(SEED_TEXT, encoding="utf-8")
    assert main(["extract", "-q", "--model", "blank", "-o", "out", "--", "-x.txt"]) == 0
    assert json.loads(Path("out/extractions.jsonl").read_text(encoding="utf-8"))["path"] == "-x.txt"


def test_robustness_ten_thousand_small_files(tmp_path):
    files = {f"d{i % 10}/f{i:05d}.txt": f"Hohhot hired {i + 2} people.\n".encode() for i in range(10_000)}
    code, recs, errs, _ = _run(tmp_path, files)
    assert (code, errs) == (0, [])
    assert len(recs) == 10_000
    assert {e["label"] for r in recs for e in r["entities"]} == {"PLACE", "COUNT"}


def test_robustness_unreadable_and_vanishing_files(tmp_path, monkeypatch, nlp_blank):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "locked.txt", "gone.txt", "z.txt"):
        (folder / name).write_text(SEED_TEXT, encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    failures: list[Failure] = []

    def paths():
        for p in iter_inputs([str(folder)], failures):
            if p.name == "gone.txt":
                p.unlink()  # deleted between listing and reading
            yield p

    recs = list(process(nlp_blank, paths(), failures))
    assert [Path(r.path).name for r in recs] == ["a.txt", "z.txt"]
    assert sorted((Path(f.path).name, f.kind) for f in failures) == [
        ("gone.txt", "missing"),
        ("locked.txt", "unreadable"),
    ]


def test_robustness_output_folder_created_or_refused_before_work(tmp_path, capsys):
    assert (
        main(
            [
                "extract",
                str(SEEDS / "000_33ccc7143ea87853.txt"),
                "-o",
                str(tmp_path / "new" / "deep"),
                "-q",
                "--model",
                "blank",
            ]
        )
        == 0
    )
    afile = tmp_path / "file.txt"
    afile.write_text("x")
    assert main(["extract", str(SEEDS), "-o", str(afile / "sub"), "-q", "--model", "blank"]) == 2
    assert "cannot write to output folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "article_id", ["../../etc/passwd", "..", "/abs/path", "a/../../b", "x" * 300, "nul\x00byte"]
)
def test_robustness_saved_texts_stay_inside_the_output_folder(article_id):
    name = safe_name(article_id, "0" * 64)
    assert "/" not in name and "\x00" not in name and not name.startswith(".") and len(name) < 120


@pytest.mark.parametrize(
    ("value", "cell"),
    [("=1+2", "'=1+2"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("Hohhot", "Hohhot"), (5, "5"), (None, ""),
     (-82.73312, "-82.73312"), (-33.9, "-33.9"), (-5, "-5"), ("-2", "-2"), (True, "true")],
)  # fmt: skip
def test_robustness_csv_cells_cannot_run_as_formulas(value, cell):
    assert safe_cell(value) == cell


def test_robustness_csv_round_trips_quotes_commas_and_newlines(tmp_path):
    name = 'odd "quoted", name\nwith newline.txt'
    code, _recs, _errs, out = _run(tmp_path, {name: b"=HYPERLINK(1) Hohhot raised $5 million."})
    assert code == 0
    with open(Path(out) / "extractions.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["text"] for r in rows] == ["Hohhot", "$5 million"]
    assert all(Path(r["path"]).name == name for r in rows)
