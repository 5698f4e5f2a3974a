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
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def _extract_cmd(corpus: Path, out: Path) -> list[str]:
    return [
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


def _start(corpus: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        _extract_cmd(corpus, out), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


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


def _descendants(pid: int) -> set[int]:
    """Every live process below `pid` (from /proc)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    out: set[int] = set()
    todo = [pid]
    while todo:
        p = todo.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        out.update(kids)
        todo += kids
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _in_order(out: Path, corpus: Path) -> None:
    names = [Path(json.loads(x)["path"]).name for x in _lines(out / "extractions.jsonl")]
    assert names == sorted(p.name for p in corpus.glob("*.txt"))  # every article once, in input order
    assert not list(out.glob(".run-*")) and not (out / ".newsfacts.lock").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("engine", "sig"),
    [(["--n-process", "2"], signal.SIGINT), (["--n-process", "2"], signal.SIGTERM),
     (["--engine", "dask", "--workers", "2"], signal.SIGINT), (["--engine", "dask", "--workers", "2"], signal.SIGTERM)],
    ids=["n-process-2-sigint", "n-process-2-sigterm", "dask-sigint", "dask-sigterm"],
)  # fmt: skip
def test_scale_interrupt_ends_every_worker_and_resume_finishes_in_order(tmp_path, engine, sig):
    """Case 4: Ctrl-C / SIGTERM end every worker, keep every finished record, exit 130/143 with
    one line; --resume then completes the run in input order."""
    if "dask" in engine:
        pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    corpus = tmp_path / "c"
    write_corpus(corpus, 80, seed=5, paragraphs=12)
    out = tmp_path / "out"
    cmd = _extract_cmd(corpus, out)
    proc = subprocess.Popen([*cmd, *engine], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 180
    while not any(p.read_bytes().count(b"\n") >= 2 for p in out.glob(".run-*/extractions.jsonl.*.part")):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before the interrupt"
        time.sleep(0.05)
    workers = _descendants(proc.pid)
    assert workers
    os.kill(proc.pid, sig)
    code = proc.wait(timeout=60)
    err = [x for x in proc.stderr.read().decode().splitlines() if x.strip()]
    assert code == (130 if sig == signal.SIGINT else 143), err
    assert len(err) == 1 and "--resume" in err[0], err
    until = time.monotonic() + 15
    while any(_alive(p) for p in workers) and time.monotonic() < until:
        time.sleep(0.1)
    assert not [p for p in workers if _alive(p)]
    (part,) = out.glob(".run-*/extractions.jsonl.*.part")
    finished = {json.loads(x)["text_sha256"]: x for x in part.read_text(encoding="utf-8").splitlines()}
    assert finished  # the interrupted run's records are kept for --resume
    assert main(["extract", str(corpus), "-o", str(out), "-q", "--resume"]) == 0
    _in_order(out, corpus)
    final = {json.loads(x)["text_sha256"]: x for x in _lines(out / "extractions.jsonl")}
    assert all(final[sha] == line for sha, line in finished.items())


FUZZ_RUNS = max(2, int(os.environ.get("NEWSFACTS_FUZZ_EXAMPLES", "60")) // 20)


@pytest.mark.slow
@settings(max_examples=FUZZ_RUNS, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    second_after=st.floats(0.0, 4.0),
    second_resumes=st.booleans(),
    victim=st.sampled_from(["first", "second", "none"]),
    sig=st.sampled_from([signal.SIGKILL, signal.SIGTERM, signal.SIGINT]),
    kill_after=st.floats(0.5, 8.0),
    n_process=st.sampled_from(["1", "2"]),
)
def test_scale_two_runs_and_random_kills_keep_every_finished_record_once(
    tmp_path_factory, second_after, second_resumes, victim, sig, kill_after, n_process
):
    """Case 1 (and 4): two runs into one folder at random moments, one killed at a random moment:
    no run destroys another's work, and after --resume every finished record is there exactly once."""
    base = tmp_path_factory.mktemp("race")
    corpus = base / "c"
    write_corpus(corpus, 150, seed=9, paragraphs=10)
    out = base / "out"
    cmd = [sys.executable, "-m", "pipeline", "extract", str(corpus), "-o", str(out), "-q", "--model", "blank"]
    first = subprocess.Popen([*cmd, "--batch-size", "2", "--n-process", n_process], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    time.sleep(second_after)
    second = subprocess.Popen([*cmd, *(["--resume"] if second_resumes else [])], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    target = {"first": first, "second": second}.get(victim)
    start = time.monotonic()
    while target is not None and target.poll() is None and time.monotonic() - start < kill_after:
        time.sleep(0.05)
    if target is not None and target.poll() is None:
        os.kill(target.pid, sig)
    codes = [first.wait(timeout=300), second.wait(timeout=300)]
    for p, code in zip((first, second), codes, strict=True):
        err = p.stderr.read().decode()
        assert "Traceback" not in err
        if code == 2:  # refused at once: the folder was in use
            assert "in use by another newsfacts run" in err
    finished: dict[str, str] = {}
    for src in [out / "extractions.jsonl", *out.glob(".run-*/extractions.jsonl.*.part")]:
        if src.exists():
            for raw in src.read_text(encoding="utf-8").splitlines(keepends=True):
                if raw.endswith("\n"):
                    finished[json.loads(raw)["text_sha256"]] = raw.rstrip("\n")
    assert main(["extract", str(corpus), "-o", str(out), "-q", "--model", "blank", "--resume"]) == 0
    _in_order(out, corpus)
    final = [json.loads(x) for x in _lines(out / "extractions.jsonl")]
    assert len({r["text_sha256"] for r in final}) == len(final) == 150
    by_sha = {r["text_sha256"]: json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in final}
    assert all(by_sha[sha] == line for sha, line in finished.items())


@pytest.mark.parametrize(
    ("n_inputs", "n_workers", "counted_all", "size"),
    [(1, 2, True, 1), (10, 2, True, 1), (40, 2, True, 2), (1500, 2, True, 32), (500, 4, True, 8),
     (10_000, 2, False, 32), (0, 2, True, 1)],
)  # fmt: skip
def test_scale_dask_partition_size_follows_the_input(n_inputs, n_workers, counted_all, size):
    from pipeline.engine_dask import partition_size_for

    assert partition_size_for(n_inputs, n_workers, counted_all) == size


@pytest.mark.parametrize(
    ("fixed", "measured", "size"),
    [(None, [], 2), (None, [(2, 0.5)], 8), (None, [(2, 8.0)], 1), (None, [(4, 0.001)], 32),
     (None, [(2, 0.4), (10, 9.2)], 2), (16, [(2, 0.001)], 16)],
)  # fmt: skip
def test_scale_batch_sizer_aims_at_two_seconds_per_batch(fixed, measured, size):
    from pipeline.batch import BatchSizer

    sizer = BatchSizer(fixed)
    for pieces, seconds in measured:
        sizer.measured(pieces, seconds)
    assert sizer.size == size
