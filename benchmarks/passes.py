"""Where the rules' time goes, component by component and pass by pass (not a test).

Runs the pipeline over the project's articles (seeds and every tests/data/*/articles set, or
`--seeds-only` copies of the seeds as `throughput.py` uses), one component at a time, and prints
each component's CPU share (the least of `--passes` passes). With `--by-pass` it also times each
pass: every method of a component and every function of the rule modules that runs at most
`--max-calls` times per article (the whole-article passes, not the per-token helpers, whose
timing would cost more than they do), with the number of articles in which the pass proposed a
candidate (by the name of the function that called `add_candidate`; '-' where a helper proposes
for it). A pass called from another pass counts in both. A pass that costs a share and proposes in
few articles is where a cheap whole-text test could skip work; a flat list means no single pass
holds the time.

    .venv/bin/python benchmarks/passes.py [--model blank] [--passes 3] [--by-pass] [--seeds-only]
"""

from __future__ import annotations

import argparse
import inspect
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.components import attribution, base, link, resolve  # noqa: E402

# modules whose plain functions are passes of their own (the resolver's article-wide steps)
PASS_MODULES: tuple[ModuleType, ...] = (resolve, attribution, link)


def article_texts(seeds_only: bool) -> list[str]:
    """The texts timed: the seeds and the test sets' articles, or 20 copies of the seeds."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    files = seeds * 20 if seeds_only else seeds + sorted(ROOT.glob("tests/data/*/articles/*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


def component_seconds(nlp: Any, texts: list[str]) -> defaultdict[str, float]:
    """CPU seconds of the tokenizer and of each component over `texts`, one pass."""
    spent: defaultdict[str, float] = defaultdict(float)
    clock = time.process_time
    for text in texts:
        t0 = clock()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += clock() - t0
        for name, proc in nlp.pipeline:
            t0 = clock()
            doc = proc(doc)
            spent[name] += clock() - t0
    return spent


def pass_targets(nlp: Any) -> list[tuple[Any, str, Callable[..., Any]]]:
    """(owner, name, function) of every component method and rule-module function."""
    found: list[tuple[Any, str, Callable[..., Any]]] = []
    for _, proc in nlp.pipeline:
        for name, f in vars(type(proc)).items():
            if inspect.isfunction(f) and name not in ("__call__", "__init__"):
                found.append((type(proc), name, f))
    for mod in PASS_MODULES:
        for name, f in vars(mod).items():
            if inspect.isfunction(f) and f.__module__ == mod.__name__:
                found.append((mod, name, f))
    return found


def label(owner: Any, name: str) -> str:
    return f"{getattr(owner, '__name__', owner).rsplit('.', 1)[-1]}.{name}"


def pass_seconds(
    nlp: Any, texts: list[str], max_calls: int
) -> tuple[float, dict[str, float], dict[str, set[int]]]:
    """CPU seconds of one pass of the pipeline over `texts`, the seconds spent in each pass
    within it (passes called at most `max_calls` times per article) and, for each function
    that proposed a candidate, the articles it proposed in."""
    targets = pass_targets(nlp)
    calls: Counter[str] = Counter()
    spent: defaultdict[str, float] = defaultdict(float)
    proposed: dict[str, set[int]] = defaultdict(set)
    article = [0]

    def counted(key: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            calls[key] += 1
            return f(*args, **kwargs)

        return run

    def timed(key: str, f: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[key] += time.process_time() - t0

        return run

    original_add = base.add_candidate

    def add_candidate(doc: Any, cand: base.Candidate) -> None:
        caller = sys._getframe(1)
        while caller.f_code.co_name.startswith("<") and caller.f_back is not None:
            caller = caller.f_back  # a comprehension's frame: its function's name
        proposed[caller.f_code.co_name].add(article[0])
        original_add(doc, cand)

    homes = [m for m in list(sys.modules.values()) if getattr(m, "add_candidate", None) is original_add]
    try:
        for owner, name, f in targets:
            setattr(owner, name, counted(label(owner, name), f))
        for text in texts:
            nlp(text)
        for owner, name, f in targets:
            setattr(owner, name, f)
        for owner, name, f in targets:
            if 0 < calls[label(owner, name)] <= max_calls * len(texts):
                setattr(owner, name, timed(label(owner, name), f))
        for mod in homes:
            vars(mod)["add_candidate"] = add_candidate
        started = time.process_time()
        for i, text in enumerate(texts):
            article[0] = i
            nlp(text)
        whole = time.process_time() - started
    finally:
        for owner, name, f in targets:
            setattr(owner, name, f)
        for mod in homes:
            vars(mod)["add_candidate"] = original_add
    return whole, spent, proposed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="blank", choices=["blank", "en_core_web_sm"])
    ap.add_argument("--passes", type=int, default=3, help="passes over the articles (the least counts)")
    ap.add_argument(
        "--seeds-only", action="store_true", help="20 copies of the seeds (throughput.py's corpus)"
    )
    ap.add_argument("--by-pass", action="store_true", help="also time each pass of each component")
    ap.add_argument("--max-calls", type=int, default=3, help="--by-pass: calls per article that make a pass")
    ap.add_argument("--top", type=int, default=40, help="--by-pass: passes printed")
    args = ap.parse_args()
    texts = article_texts(args.seeds_only)
    nlp = pipeline.load(model=args.model)
    list(nlp.pipe(texts))  # first-use costs (lazy patterns, tables) outside the timing
    runs = [component_seconds(nlp, texts) for _ in range(args.passes)]
    least = {name: min(run[name] for run in runs) for name in runs[0]}
    total = sum(least.values())
    words = sum(len(t.split()) for t in texts)
    print(
        f"{len(texts)} articles, {words} words, base {args.model}: CPU seconds, least of {args.passes} passes"
    )
    for name, seconds in least.items():
        print(f"  {name:<28} {seconds:7.3f}  {100 * seconds / total:5.1f} %")
    print(f"  {'total':<28} {total:7.3f}")
    if args.by_pass:
        whole, spent, proposed = pass_seconds(nlp, texts, args.max_calls)
        print(f"\npasses: share of one timed run of the whole pipeline ({whole:.3f} CPU s, timers included)")
        print(f"  {'pass':<44} {'share':>7}  proposed in")
        for key, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
            name = key.rsplit(".", 1)[-1]
            hits = f"{len(proposed[name])}/{len(texts)}" if name in proposed else "-"
            print(f"  {key:<44} {100 * seconds / whole:6.1f} %  {hits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
