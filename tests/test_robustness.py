"""Bad input and faults: each case gives a processed record or a one-line error naming the file."""

from __future__ import annotations

import csv
import json
import os
import random
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.batch import Failure, iter_inputs, process
from pipeline.cli import main
from pipeline.output import safe_cell, safe_name
from pipeline.records import record_problems

from .conftest import ROOT, SEEDS

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
    real_open = os.open

    def locked_open(path, flags, *args):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", locked_open)
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


# --- issue 13: hostile input and faults ----------------------------------------------------


def _extract(src: Path | str, out: Path, *extra: str) -> int:
    return main(["extract", str(src), "-o", str(out), "-q", "--model", "blank", *extra])


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    src = tmp_path / "in"
    for name, data in files.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    return src


def _texts(n: int) -> dict[str, bytes]:
    """n small distinct articles (each with a place and a count)."""
    return {f"a{i:03d}.txt": f"Hohhot hired {i + 2} engineers this spring.\n".encode() for i in range(n)}


def test_robustness_second_run_into_a_locked_folder_fails_at_once(tmp_path, capsys):
    """Case 1: a second run into a folder in use is refused, naming the folder and the pid."""
    from pipeline.output import RunLock

    src = _folder(tmp_path, _texts(3))
    out = tmp_path / "out"
    assert _extract(src, out) == 0
    before = (out / "extractions.jsonl").read_bytes()
    held = RunLock.acquire(out)
    capsys.readouterr()
    try:
        assert _extract(src, out) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0
        assert str(out) in err and f"pid {os.getpid()}" in err
    finally:
        held.release()
    assert (out / "extractions.jsonl").read_bytes() == before  # the refused run touched nothing
    assert not list(out.glob(".run-*")) and not (out / ".newsfacts.lock").exists()


def test_robustness_stale_lock_and_run_folder_of_a_dead_run_are_taken_over(tmp_path):
    """Case 1: a lock file left by a killed run (its pid gone, no flock held) does not block."""
    src = _folder(tmp_path, _texts(4))
    out = tmp_path / "out"
    assert _extract(src, out) == 0
    full = (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    (out / ".newsfacts.lock").write_text("999999999\n")
    dead = out / ".run-999999999-x"
    dead.mkdir()
    (dead / "extractions.jsonl.abc.part").write_text(full[0] + "\n" + full[1][:20], encoding="utf-8")
    (out / "extractions.jsonl").unlink()
    assert _extract(src, out, "--resume") == 0
    assert (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines() == full
    assert sorted(p.name for p in out.iterdir()) == [
        "entities.csv",
        "extractions.csv",
        "extractions.jsonl",
        "facts.csv",
    ]


@pytest.mark.parametrize("kind", ["dev-zero-link", "fifo", "socket"])
def test_robustness_devices_fifos_and_sockets_are_not_files(tmp_path, capsys, kind):
    """Case 2: never read a device without limit, never hang on a FIFO; report them like bad files."""
    import socket

    src = _folder(tmp_path, {"good.txt": SEED_TEXT.encode()})
    bad = src / "x.txt"
    sock = None
    if kind == "dev-zero-link":
        bad.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(bad)
    else:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(bad))
    try:
        code = _extract(src, tmp_path / "out")
    finally:
        if sock is not None:
            sock.close()
    assert code == 1
    errs = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()]
    assert [(Path(e["path"]).name, e["kind"]) for e in errs] == [("x.txt", "not-a-file")]
    recs = (tmp_path / "out" / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Path(json.loads(r)["path"]).name for r in recs] == ["good.txt"]
    err = capsys.readouterr().err
    assert "x.txt" in err and "Traceback" not in err


def test_robustness_reads_at_most_the_limit_plus_one_byte(tmp_path, monkeypatch):
    """Case 2: the size limit holds whatever the file is; a read never asks for more than limit + 1."""
    from pipeline import read

    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 5000)
    asked: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        asked.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(read.ArticleError) as exc:
        read.read_limited(p, "big.txt", limit=1000)
    assert exc.value.kind == "too-large"
    assert sum(asked) <= 1001
    assert read.read_limited(p, "big.txt", limit=5000) == b"x" * 5000


@Language.component("robustness_test_stall")
def _stall(doc):
    """A component that never ends on a text containing STALL (pure Python, so interruptible)."""
    while "STALL" in doc.text:
        pass
    return doc


@pytest.fixture(scope="module")
def nlp_stall():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("robustness_test_stall")
    return nlp


def test_robustness_article_over_its_time_budget_is_a_timeout_and_the_batch_goes_on(tmp_path, nlp_stall):
    """Case 3 (and 4's consequence): one stuck article is reported as `timeout`; the rest are done."""
    src = _folder(tmp_path, {"a.txt": b"Fine.\n", "b.txt": b"STALL here.\n", "c.txt": b"Fine too.\n"})
    failures: list[Failure] = []
    recs = list(process(nlp_stall, sorted(src.iterdir()), failures, timeout=0.5, batch_size=8))
    assert [Path(r.path).name for r in recs] == ["a.txt", "c.txt"]
    assert [(Path(f.path).name, f.kind) for f in failures] == [("b.txt", "timeout")]


def test_robustness_web_page_parse_over_budget_is_killed_and_the_next_page_parses():
    """Case 3: a page is parsed in a helper process that is killed when over its budget."""
    pytest.importorskip("trafilatura")
    from pipeline.htmlproc import read_html_bounded, stop_helper
    from pipeline.read import ArticleError

    raw = (ROOT / "tests" / "data" / "html" / "hohhot_page.html").read_bytes()
    stop_helper()  # a fresh helper: a warm one may parse this small page within the budget
    with pytest.raises(ArticleError) as exc:
        read_html_bounded(raw, "slow.html", "slow", timeout=0.0001)
    assert exc.value.kind == "timeout"
    art = read_html_bounded(raw, "page.html", "page", timeout=60)
    assert "Hohhot" in art.text


def test_robustness_web_page_parser_that_died_between_pages_is_replaced():
    """A helper left from an earlier page that ends before it answers (killed with its process
    group, say) is replaced once: the next page still parses."""
    pytest.importorskip("trafilatura")
    import subprocess
    import sys

    from pipeline import htmlproc

    raw = (ROOT / "tests" / "data" / "html" / "hohhot_page.html").read_bytes()
    htmlproc.stop_helper()
    # stands in for the dead helper: reads one byte of the request, then exits without answering
    htmlproc._HELPER.proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.buffer.read(1)"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        art = htmlproc.read_html_bounded(raw, "page.html", "page", timeout=60)
    finally:
        htmlproc.stop_helper()
    assert "Hohhot" in art.text


@pytest.mark.parametrize("bounded", [True, False])
def test_robustness_web_page_read_again_keeps_its_text(bounded):
    """The same page read many times in one process (the long-lived helper, or in-process) gives
    the same text each time: nothing is dropped for having been seen on earlier pages."""
    pytest.importorskip("trafilatura")
    from pipeline.htmlproc import read_html_bounded, stop_helper
    from pipeline.read import read_html

    raw = (ROOT / "tests" / "data" / "html" / "hohhot_page.html").read_bytes()
    stop_helper()
    try:
        texts = [
            (
                read_html_bounded(raw, "p.html", "p", timeout=60)
                if bounded
                else read_html(raw, "p.html", "p")
            ).text
            for _ in range(6)
        ]
    finally:
        stop_helper()
    assert "Hohhot" in texts[0] and texts == [texts[0]] * 6


def test_robustness_web_page_parser_cut_short_mid_request_is_replaced(monkeypatch):
    """A call cut short after its request went out (an article's time budget raises inside it)
    leaves the helper working on that page: the next page gets a new helper, not the old answer."""
    pytest.importorskip("trafilatura")
    import select
    import subprocess
    import sys

    from pipeline import htmlproc

    class Cut(BaseException):
        pass

    real_select = select.select

    def cut_while_waiting(r, w, x, timeout=None):
        if timeout:  # the wait for an answer, not the idle check
            raise Cut
        return real_select(r, w, x, timeout)

    raw = (ROOT / "tests" / "data" / "html" / "hohhot_page.html").read_bytes()
    htmlproc.stop_helper()
    slow = "import pickle, sys, time; pickle.load(sys.stdin.buffer); time.sleep(0.5); pickle.dump(('ok', ('', None, None, None)), sys.stdout.buffer); sys.stdout.flush(); sys.stdin.buffer.read()"
    htmlproc._HELPER.proc = subprocess.Popen(
        [sys.executable, "-c", slow], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        with monkeypatch.context() as m:
            m.setattr(htmlproc.select, "select", cut_while_waiting)
            with pytest.raises(Cut):
                htmlproc.read_html_bounded(raw, "first.html", "first", timeout=60)
        art = htmlproc.read_html_bounded(raw, "page.html", "page", timeout=60)
    finally:
        htmlproc.stop_helper()
    assert "Hohhot" in art.text


def test_robustness_web_page_parser_with_an_unread_answer_is_replaced():
    """An idle helper whose output already holds an answer nobody read (left by a request that
    was cut short) is not asked again: its stale answer would be taken for the new page's."""
    pytest.importorskip("trafilatura")
    import select
    import subprocess
    import sys

    from pipeline import htmlproc
    from pipeline.read import ArticleError

    raw = (ROOT / "tests" / "data" / "html" / "hohhot_page.html").read_bytes()
    htmlproc.stop_helper()
    stale = "import pickle, sys; pickle.dump(('ok', ('stale body', None, None, None)), sys.stdout.buffer); sys.stdout.flush(); sys.stdin.buffer.read()"
    htmlproc._HELPER.proc = subprocess.Popen(
        [sys.executable, "-c", stale], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    assert htmlproc._HELPER.proc.stdout is not None
    assert select.select([htmlproc._HELPER.proc.stdout], [], [], 30)[0], "the stand-in never wrote"
    try:
        with pytest.raises(ArticleError) as exc:
            htmlproc.read_html_bounded(raw, "slow.html", "slow", timeout=0.0001)
        assert exc.value.kind == "timeout"
        art = htmlproc.read_html_bounded(raw, "page.html", "page", timeout=60)
    finally:
        htmlproc.stop_helper()
    assert "Hohhot" in art.text and "stale body" not in art.text


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (b"<div " + b" ".join(b'a%d="v"' % i for i in range(2000)) + b"><p>Text</p></div>", False),
        (b"<div " + b" ".join(b"a%d" % i for i in range(2000)) + b"><p>Text</p></div>", False),
        (b'<div class="story" id="main"><p>Text</p></div>', True),
        (b'<img src="data:image/png;base64,' + b"A" * 9000 + b'"><p>Text</p>', True),
    ],
    ids=["2000-attributes", "2000-bare-attributes", "ordinary-tag", "long-data-uri"],
)
def test_robustness_tags_with_huge_attribute_lists_lose_them_before_parsing(page, kept):
    """Case 4: libxml2 is quadratic in the attributes of one tag; such tags are cut first."""
    from pipeline.htmlproc import defuse

    out = defuse(page)
    assert (out == page) is kept
    if not kept:
        assert out.startswith(b"<div><p>Text</p>")


@pytest.mark.parametrize("run", ["&" * 5000, "'" * 3000, "(" * 3000 + "x", "Hohhot&" * 800])
def test_robustness_long_runs_without_spaces_keep_exact_offsets(nlp_blank, run):
    """Case 4: a run without spaces is tokenised in pieces; the Doc still covers the exact text."""
    text = f"Hohhot raised $5 million. {run} Baotou hired 12 engineers.\n"
    doc = nlp_blank(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    found = [(e.text, text[e.start : e.end]) for e in doc._.newsfacts]
    assert all(a == b for a, b in found)
    assert {"Hohhot", "$5 million", "12"} <= {a for a, _ in found}


def test_robustness_disk_full_while_writing_records(tmp_path, monkeypatch, capsys):
    """Case 5: ENOSPC mid-run: one line naming the file and the cause, exit 1, no temporary
    files, the earlier output intact."""
    import errno

    from pipeline import output

    src = _folder(tmp_path, _texts(30))
    out = tmp_path / "out"
    assert _extract(src, out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh, self.n = fh, 0

        def write(self, s):
            self.n += len(s)
            if self.n > 600:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(s)

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(output.os, "fdopen", lambda *a, **k: Full(real_fdopen(*a, **k)))
    capsys.readouterr()
    assert _extract(src, out) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "disk full" in err and "extractions." in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_robustness_disk_full_at_commit_leaves_every_file_as_it_was(tmp_path, monkeypatch, capsys):
    """Case 5: ENOSPC when the files are synced: nothing is replaced, nothing is left behind."""
    import errno

    src = _folder(tmp_path, _texts(5))
    out = tmp_path / "out"
    assert _extract(src, out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (src / "new.txt").write_bytes(b"Baotou hired 40 engineers.\n")
    calls = []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the second file staged
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    assert _extract(src, out) == 1
    assert "disk full" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_robustness_resume_skips_lines_that_are_not_records_and_keeps_input_order(tmp_path, capsys):
    """Case 6: valid JSON that is not a record is skipped and counted; lines removed from the
    middle come back in their input position."""
    src = _folder(tmp_path, _texts(8))
    out = tmp_path / "out"
    assert _extract(src, out) == 0
    full = (out / "extractions.jsonl").read_bytes()
    lines = full.decode().splitlines()
    sha = json.loads(lines[0])["text_sha256"]
    junk = [
        "[]",
        "5",
        '{"text_sha256": 5, "entities": []}',
        json.dumps({"id": "x", "path": "x", "text_sha256": sha, "entities": "none"}),
        json.dumps({"id": "x", "path": "x", "text_sha256": sha, "entities": [{"start": None, "end": 2}]}),
        json.dumps({"id": "x", "path": "x", "text_sha256": sha, "entities": [{"start": 0, "end": 2, "label": ["ORG"], "text": "ab"}]}),
    ]  # fmt: skip
    kept = [lines[0], *junk, lines[1], lines[4], lines[7]]  # 2, 3, 5, 6 removed
    (out / "extractions.jsonl").write_text("\n".join(kept) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert _extract(src, out, "--resume") == 0
    assert f"skipped {len(junk)} line(s)" in capsys.readouterr().err
    assert (out / "extractions.jsonl").read_bytes() == full


def test_robustness_output_folder_inside_the_input_folder_is_never_read(tmp_path):
    """Case 7: saved texts and output files below the input folder are not new articles."""
    src = _folder(tmp_path, {"cafe.txt": "Café in Zürich hired 12 cooks.\n".encode("latin-1")})
    out = src / "out"
    for _ in range(2):
        assert _extract(src, out, "--encoding", "latin-1") == 0
        recs = [json.loads(x) for x in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in recs] == ["cafe"]
    assert list((out / "texts").iterdir())  # there was something to read back
    assert _extract(src / "*" / "*" / "*.txt", out) == 1  # a glob into the output folder finds nothing
    assert _extract(out / "texts" / next((out / "texts").iterdir()).name, tmp_path / "o2") == 0
    assert _extract(next((out / "texts").iterdir()), out) == 1  # nor does naming a file in it


def test_robustness_ids_are_unique_stems_else_paths_below_the_input_root(tmp_path):
    """Case 10: same stem in two folders -> the path below the input folder; entities.csv counts both."""
    src = _folder(
        tmp_path,
        {"2019/f000.txt": b"Hohhot hired 3 cooks.\n", "2020/f000.txt": b"Hohhot hired 4 cooks.\n",
         "2020/f000.html.txt": b"Hohhot hired 5 cooks.\n", "solo.txt": b"Hohhot hired 6 cooks.\n"},
    )  # fmt: skip
    out = tmp_path / "out"
    assert _extract(src, out) == 0
    recs = [json.loads(x) for x in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["solo", "2019/f000.txt", "f000.html", "2020/f000.txt"]
    with open(out / "entities.csv", encoding="utf-8", newline="") as fh:
        (row,) = [r for r in csv.DictReader(fh) if r["name"] == "Hohhot"]
    assert (row["mentions"], row["articles"]) == ("4", "4")


def _gold_set(tmp_path: Path, article: bytes, entities: list | str, name: str = "a") -> tuple[Path, Path]:
    """A gold folder and an article folder holding one article and its gold file."""
    import hashlib

    arts, gold = tmp_path / "arts", tmp_path / "gold"
    arts.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    (arts / f"{name}.txt").write_bytes(article)
    doc = {"article": f"{name}.txt", "text_sha256": hashlib.sha256(article).hexdigest(), "published": None}
    body = (
        json.dumps(doc)[:-1]
        + ', "entities": '
        + (entities if isinstance(entities, str) else json.dumps(entities))
        + "}"
    )
    (gold / f"{name}.json").write_text(body, encoding="utf-8")
    return gold, arts


ARTICLE = b"Hohhot raised $5 million.\n"
GOLD_ENTS = [{"start": 0, "end": 6, "label": "PLACE", "text": "Hohhot"},
             {"start": 14, "end": 24, "label": "MONEY", "text": "$5 million", "value": 5000000, "currency": "USD"}]  # fmt: skip
SHA = __import__("hashlib").sha256(ARTICLE).hexdigest()


def _pred_line(**entity: object) -> bytes:
    ent = {"start": 0, "end": 6, "label": "PLACE", "text": "Hohhot", **entity}
    return json.dumps({"id": "a", "path": "a.txt", "text_sha256": SHA, "entities": [ent]}).encode() + b"\n"


@pytest.mark.parametrize(
    ("predictions", "words"),
    [
        (_pred_line(start=None), "bad offsets"),
        (_pred_line(start="0"), "bad offsets"),
        (_pred_line(label=["PLACE"]), "label"),
        (_pred_line(text=None), "text"),
        (b'{"id": "a", "path": "\xff\xfe", "text_sha256": "x", "entities": []}\n', "not UTF-8"),
        (_pred_line()[:-4] + b', "value": ' + b"9" * 5000 + b"}]}\n", "digits"),
        (b"[" * 100_000 + b"]" * 100_000 + b"\n", "nested too deeply"),
        (_pred_line(value=float("nan")), "finite"),
        (b'{"id": "a", "path": "a.txt", "text_sha256": 5, "entities": []}\n', "text_sha256"),
    ],
    ids=["null-offset", "string-offset", "list-label", "null-text", "non-utf8", "5000-digits", "deep-nesting",
         "nan-value", "numeric-sha"],
)  # fmt: skip
def test_robustness_evaluate_bad_predictions_are_one_line_errors(tmp_path, capsys, predictions, words):
    """Case 9: every bad prediction file ends in one line naming the file and line, exit 2."""
    gold, arts = _gold_set(tmp_path, ARTICLE, GOLD_ENTS)
    preds = tmp_path / "p.jsonl"
    preds.write_bytes(predictions)
    report = tmp_path / "r.html"
    code = main(["evaluate", "--gold", str(gold), "--articles", str(arts), "--predictions", str(preds), "--html", str(report)])  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and f"{preds}:1" in err and words in err and "Traceback" not in err
    assert not report.exists()


@pytest.mark.parametrize(
    ("article", "entities", "words"),
    [
        ("Café in Zürich\n".encode("latin-1"), [], "not UTF-8"),
        (ARTICLE, '[{"start": 14, "end": 24, "label": "MONEY", "text": "$5 million", "value": NaN, "currency": "USD"}]', "finite"),
        (ARTICLE, '[{"start": 14, "end": 24, "label": "MONEY", "text": "$5 million", "value": 1e400, "currency": "USD"}]', "finite"),
        (ARTICLE, '[{"start": 0, "end": ' + "9" * 5000 + ', "label": "PLACE", "text": "Hohhot"}]', "digits"),
        (ARTICLE, "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (ARTICLE, '[{"start": null, "end": 6, "label": "PLACE", "text": "Hohhot"}, {"start": 0, "end": 6, "label": 5, "text": "x"}]', "more problem(s)"),
    ],
    ids=["latin-1-article", "nan-value", "1e400-value", "5000-digits", "deep-nesting", "two-problems"],
)  # fmt: skip
def test_robustness_evaluate_bad_gold_files_are_one_line_errors(tmp_path, capsys, article, entities, words):
    """Case 9: a bad gold file or article ends in one line naming the gold file, exit 2."""
    gold, arts = _gold_set(tmp_path, article, entities)
    preds = tmp_path / "p.jsonl"
    preds.write_bytes(b"")
    code = main(["evaluate", "--gold", str(gold), "--articles", str(arts), "--predictions", str(preds)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and str(gold / "a.json") in err and words in err


def test_robustness_evaluate_rejects_two_gold_files_for_one_article(tmp_path, capsys):
    """Case 9: a second gold file for the same article would double every count."""
    gold, arts = _gold_set(tmp_path, ARTICLE, GOLD_ENTS)
    (gold / "b.json").write_bytes((gold / "a.json").read_bytes())
    preds = tmp_path / "p.jsonl"
    preds.write_bytes(_pred_line())
    assert main(["evaluate", "--gold", str(gold), "--articles", str(arts), "--predictions", str(preds)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "b.json" in err and "a.json" in err


def test_robustness_evaluate_scores_a_long_article_as_extract_does(tmp_path, nlp_blank):
    """Case 9: without --predictions a 1.1M-character article is run in pieces, like extract."""
    from pipeline.batch import extract
    from pipeline.evaluate import evaluate_dir

    article = ("Hohhot raised $5 million for 12 firms.\n\n" * 28_000).encode()
    assert len(article) > 1_100_000
    gold, arts = _gold_set(tmp_path, article, GOLD_ENTS)
    result = evaluate_dir(gold, arts, nlp=nlp_blank)
    expected = extract(arts / "a.txt", nlp=nlp_blank)
    assert [e.key for e in result.docs[0].pred] == [e.key for e in expected.entities]
    assert len(expected.entities) == 28_000 * 3
