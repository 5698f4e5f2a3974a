"""What compiling the rule modules with mypyc buys in-process: an experiment, not the build.

Copies `pipeline/` to a folder (a temporary one unless `--build DIR` is given; an existing
compiled copy there is reused), compiles MODULES in the copy with mypyc (needs a C compiler and
the Python headers; a few minutes), then, in alternating child processes, times the CPU seconds
(min of `--reps`, one warm process each) of spaCy's bare tokenizer and of blank newsfacts over
copies of the seeds, from the pure-Python tree and from the compiled copy, and checks that both
write byte-identical results on the seeds. CPU time, not wall time: on a shared machine the two
sides of a ratio then suffer less from what else runs.

    .venv/bin/python benchmarks/compiled.py [--articles 300] [--reps 4] [--rounds 2] [--build DIR]
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the modules holding the blank pipeline's own Python time (profiled on the seeds and test sets)
MODULES = [
    "pipeline/components/table.py",
    "pipeline/components/base.py",
    "pipeline/components/names.py",
    "pipeline/components/resolve.py",
    "pipeline/components/numbers.py",
    "pipeline/components/attribution.py",
    "pipeline/components/dates.py",
    "pipeline/components/counts.py",
    "pipeline/components/link.py",
    "pipeline/components/pos.py",
    "pipeline/normalize.py",
    "pipeline/ruledata.py",
]
COMPARED = ("extractions.jsonl", "extractions.csv", "entities.csv", "facts.csv")


def child(corpus: Path, reps: int) -> None:
    """Print `tokenizer_seconds blank_seconds module_file` (CPU, min of `reps`)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    import spacy

    import pipeline
    from pipeline.components import names

    tok = spacy.blank("en")
    nlp = pipeline.load(model="blank")
    list(nlp.pipe(texts[:20]))
    t_tok, t_blank = [], []
    for _ in range(reps):
        started = time.process_time()
        for _ in tok.tokenizer.pipe(texts):
            pass
        t_tok.append(time.process_time() - started)
        started = time.process_time()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        t_blank.append(time.process_time() - started)
    print(min(t_tok), min(t_blank), names.__file__)


def build(copy: Path) -> None:
    """Copy the package and compile MODULES in the copy (reused when already compiled)."""
    if list((copy / "pipeline" / "components").glob("names.*.so")):
        print(f"reusing the compiled copy in {copy}", flush=True)
        return
    shutil.rmtree(copy / "pipeline", ignore_errors=True)
    shutil.copytree(
        ROOT / "pipeline", copy / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    started = time.perf_counter()
    mypyc = Path(sys.executable).parent / "mypyc"
    subprocess.run([str(mypyc), *MODULES], cwd=copy, check=True, stdout=subprocess.DEVNULL)
    cpu = sum(os.times()[2:4])
    print(f"mypyc: {time.perf_counter() - started:.0f} s wall, {cpu:.0f} s CPU in the compilers", flush=True)


def run_child(tree: Path, corpus: Path, reps: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--corpus", str(corpus), "--reps", str(reps)],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    module = out[2]
    compiled = module.endswith(".so")
    if compiled != (tree != ROOT):
        raise SystemExit(f"{tree}: imported {module}, not the tree asked for")
    return float(out[0]), float(out[1])


def extract(tree: Path, out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cmd = [
        sys.executable,
        "-m",
        "pipeline",
        "extract",
        str(ROOT / "seeds"),
        "-o",
        str(out),
        "-q",
        "--model",
        "blank",
    ]
    subprocess.run(cmd, cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=300, help="copies of the seeds to time")
    ap.add_argument("--reps", type=int, default=4, help="passes per child process (the fastest counts)")
    ap.add_argument("--rounds", type=int, default=2, help="children per side, alternating")
    ap.add_argument("--build", type=Path, help="folder for the compiled copy (kept; reused if compiled)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.corpus, args.reps)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="newsfacts-mypyc-"))
    copy = args.build.resolve() if args.build else tmp / "compiled"
    try:
        copy.mkdir(parents=True, exist_ok=True)
        build(copy)
        seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
        corpus = tmp / "corpus"
        corpus.mkdir()
        words = 0
        for i in range(args.articles):
            (corpus / f"a{i:06d}.txt").write_text(seeds[i % len(seeds)], encoding="utf-8")
            words += len(seeds[i % len(seeds)].split())
        extract(ROOT, tmp / "pure_out")
        extract(copy, tmp / "compiled_out")
        same = all(
            filecmp.cmp(tmp / "pure_out" / f, tmp / "compiled_out" / f, shallow=False) for f in COMPARED
        )
        print(f"seeds, blank: compiled output {'byte-identical' if same else 'DIFFERS'}", flush=True)
        print(f"{args.articles} articles ({words} words), CPU seconds, min of {args.reps} passes", flush=True)
        blanks: dict[str, list[float]] = {"pure": [], "compiled": []}
        ratios: dict[str, list[float]] = {"pure": [], "compiled": []}
        for r in range(args.rounds):
            for side, tree in (("pure", ROOT), ("compiled", copy)):
                t_tok, t_blank = run_child(tree, corpus, args.reps)
                blanks[side].append(t_blank)
                ratios[side].append(t_tok / t_blank)
                print(
                    f"  round {r + 1} {side:<8} tokenizer {t_tok:6.3f} s  blank {t_blank:6.3f} s  "
                    f"ratio {t_tok / t_blank:.3f}  (load {os.getloadavg()[0]:.1f})",
                    flush=True,
                )
        speed = min(blanks["pure"]) / min(blanks["compiled"])
        print(f"blank newsfacts, pure / compiled CPU: x{speed:.2f}")
        for side in ("pure", "compiled"):
            print(
                f"blank / bare tokenizer, {side}: best {max(ratios[side]):.3f}, worst {min(ratios[side]):.3f}"
            )
        return 0 if same else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
