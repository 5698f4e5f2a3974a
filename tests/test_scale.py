"""Scale: multiprocessing order, long articles, the Dask engine, and resuming killed runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch import process, split_paragraphs
from pipeline.cli import main

from .conftest import ROOT, SEEDS
from .corpus import write_corpus


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_scale_split_paragraphs_covers_text_within_limit():
    text = ("para one is here.\n\n" * 50) + "x" * 30 + " tail"
    pieces = split_paragraphs(text, limit=100)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100 for _, p in pieces)
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-2])


def test_scale_long_article_offsets_stay_exact(tmp_path, nlp_blank):
    unit = (SEEDS / "003_04b68d179e3a2a33.txt").read_text(encoding="utf-8") + "\n\n"
    big = tmp_path / "big.txt"
    big.write_text(unit * 500, encoding="utf-8")  # about 1.2 million characters, over spaCy's max_length
    text = big.read_text(encoding="utf-8")
    assert len(text) > 1_000_000
    failures: list = []
    (rec,) = list(process(nlp_blank, [big], failures))
    assert failures == []
    assert all(text[e.start : e.end] == e.text for e in rec.entities)
    (one,) = list(process(nlp_blank, [SEEDS / "003_04b68d179e3a2a33.txt"], failures))
    # Every copy yields what the single article yields (the later copies resolve "this year" alike).
    assert len(rec.entities) == 500 * len(one.entities)
    assert rec.published == "2021-04-08"
    assert {e.value for e in rec.entities if e.text == "this year"} == {"2021"}


def test_scale_n_process_keeps_input_order(tmp_path):
    corpus = tmp_path / "c"
    write_corpus(corpus, 40)
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["extract", str(corpus), str(SEEDS), "-o", str(one), "-q", "--model", "blank"]) == 0
    assert (
        main(
            [
                "extract",
                str(corpus),
                str(SEEDS),
                "-o",
                str(two),
                "-q",
                "--model",
                "blank",
                "--n-process",
                "2",
                "--batch-size",
                "4",
            ]
        )
        == 0
    )
    assert (one / "extractions.jsonl").read_bytes() == (two / "extractions.jsonl").read_bytes()
    assert (one / "extractions.csv").read_bytes() == (two / "extractions.csv").read_bytes()


@pytest.mark.slow
def test_scale_dask_local_cluster_equals_local_engine(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    corpus = tmp_path / "c"
    write_corpus(corpus, 300, seed=11, paragraphs=3)
    local, dask = tmp_path / "local", tmp_path / "dask"
    args = [str(SEEDS), str(corpus), "-q"]
    assert main(["extract", *args, "-o", str(local)]) == 0
    assert (
        main(["extract", *args, "-o", str(dask), "--engine", "dask", "--workers", "2", "--batch-size", "40"])
        == 0
    )
    assert sorted(_lines(local / "extractions.jsonl")) == sorted(_lines(dask / "extractions.jsonl"))
    assert len(_lines(dask / "extractions.jsonl")) == 305
    assert not (dask / ".shards").exists()


def _start(corpus: Path, out: Path) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "pipeline",
        "extract",
        str(corpus),
        "-o",
        str(out),
        "-q",
        "--batch-size",
        "2",
    ]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_records(out: Path, n: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        parts = list(out.glob(".run-*/extractions.jsonl.*.part"))
        if parts and parts[0].read_text(encoding="utf-8").count("\n") >= n:
            return
        assert proc.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.05)
    raise AssertionError("no records appeared")


def _check_complete(out: Path, corpus: Path) -> None:
    lines = _lines(out / "extractions.jsonl")
    recs = [json.loads(x) for x in lines]  # every line is whole JSON
    names = sorted(Path(r["path"]).name for r in recs)
    assert names == sorted(p.name for p in corpus.glob("*.txt"))  # every article exactly once
    assert not list(out.glob(".*.part"))


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_scale_killed_run_resumes_to_every_article_once(tmp_path, sig):
    corpus = tmp_path / "c"
    write_corpus(corpus, 120, seed=3, paragraphs=12)
    out = tmp_path / "out"
    proc = _start(corpus, out)
    _wait_for_records(out, 10, proc)
    os.kill(proc.pid, sig)
    code = proc.wait(timeout=60)
    assert code == (-signal.SIGKILL if sig == signal.SIGKILL else 143)
    if sig == signal.SIGTERM:
        assert b"--resume" in proc.stderr.read()
    assert not (out / "extractions.jsonl").exists()  # nothing half-written under the real name
    assert main(["extract", str(corpus), "-o", str(out), "-q", "--resume"]) == 0
    _check_complete(out, corpus)
