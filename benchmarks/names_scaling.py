"""Time the name components (places, orgs, persons) and the resolver on doubling
pathological inputs and print the time ratio per doubling (goal: at most 2.3).

    .venv/bin/python benchmarks/names_scaling.py [--sizes 2000 4000 8000 16000]
"""

from __future__ import annotations

import argparse
import itertools
import time

import pipeline

PATTERNS = {
    "capitalised words": "Abc Def ",
    "names with of": "Abc of Def ",
    "names with and": "Abc Co and Def ",
    "titles": "Mr Abc Def ",
    "all caps": "ABC DEF ",
    "org heads": "Zone Group ",
    "list after a noun": "companies Abc Def Ghi ",
    "plural designator list": "Abc, Def and Ghi counties ",
    "possessive cue": "Abc's chairman ",
    "said": "Abc Def said ",
    "in a place": "in Abc ",
    "position words": "east China ",
    "one name repeated": "Lenovo said. ",
}
NAME_COMPONENTS = ("newsfacts_places", "newsfacts_orgs", "newsfacts_persons", "newsfacts_resolve")


def time_once(nlp, text: str) -> float:
    doc = nlp.make_doc(text)
    total = 0.0
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        doc = proc(doc)
        if name in NAME_COMPONENTS:
            total += time.perf_counter() - t
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 16000])
    ap.add_argument("--model", default="blank")
    args = ap.parse_args()
    nlp = pipeline.load(model=args.model)
    nlp.max_length = 10**8
    worst = 0.0
    for label, unit in PATTERNS.items():
        times = [time_once(nlp, unit * n) for n in args.sizes]
        ratios = [b / a if a > 0 else float("nan") for a, b in itertools.pairwise(times)]
        worst = max([worst, *ratios])
        cells = "  ".join(f"{t:6.2f}s" for t in times)
        print(f"{label:26s} {cells}   ratios " + " ".join(f"{r:4.2f}" for r in ratios), flush=True)
    print(f"worst ratio per doubling: {worst:.2f} (goal <= 2.3)")


if __name__ == "__main__":
    main()
