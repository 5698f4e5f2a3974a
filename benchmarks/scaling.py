"""Time against input size on the pathological inputs of issue 13 (not a test).

    .venv/bin/python benchmarks/scaling.py [--model blank] [--scale 0.25] [--only amp html]
                                           [--max-seconds 300]

Each input is built at its base size and doubled three times; every size runs through the
whole pipeline (web pages: trafilatura, then the pipeline) in this process, and the script
prints seconds per size and the ratio to the size before. Linear time gives about 2 per
doubling; the goal is at most 2.3. A size that takes longer than --max-seconds ends that
input's series (a quadratic case would otherwise run for hours).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def capitalised_words(n: int) -> str:
    """n capitalised made-up words in one run (the name walk of components/names.py)."""
    rng = random.Random(n)
    syllables = ["ba", "to", "ho", "lin", "gu", "zhe", "mar", "ka", "den", "ro", "vi", "sun"]
    words = ("".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(n))
    return " ".join(words) + ".\n"


def page_with_attributes(n: int) -> bytes:
    """A web page whose one tag carries n attributes (quadratic in libxml2's parser)."""
    attrs = " ".join(f'data-a{i}="v"' for i in range(n))
    # trafilatura drops text it has seen before in this process: each page says something new
    body = f"<p>Hohhot raised {n} yuan for 12 new firms this year, officials said on Monday.</p>" * 3
    return (
        f"<html><head><title>Test page</title></head><body><div {attrs}>{body}</div></body></html>".encode()
    )


CASES: dict[str, tuple[str, int, Callable[[int], str | bytes]]] = {
    # name: (what, base size at --scale 1, builder); the base sizes are issue 13's
    "caps": ("capitalised words", 2000, capitalised_words),
    "comma": ('"1, " repeated', 25000, lambda n: "1, " * n + "\n"),
    "million": ('"1 million " repeated', 5000, lambda n: "1 million " * n + "\n"),
    "amp": ('"&" without spaces', 5000, lambda n: "&" * n + "\n"),
    "quote": ('"\'" without spaces', 5000, lambda n: "'" * n + "\n"),
    "html": ("HTML tag attributes", 62500, page_with_attributes),
}


def run_once(nlp: object, data: str | bytes) -> float:
    from pipeline.read import read_html

    t = time.perf_counter()
    if isinstance(data, bytes):
        try:
            art = read_html(data, "page.html", "page")
            nlp(art.text)  # type: ignore[operator]
        except Exception as exc:  # report, do not stop the series
            print(f"    ({type(exc).__name__}: {exc})")
    else:
        nlp(data)  # type: ignore[operator]
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="en_core_web_sm", choices=["en_core_web_sm", "blank"])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every base size (default 1)")
    ap.add_argument("--only", nargs="*", choices=list(CASES), help="run only these inputs")
    ap.add_argument("--doublings", type=int, default=3)
    ap.add_argument("--max-seconds", type=float, default=300.0)
    args = ap.parse_args()

    import pipeline

    nlp = pipeline.load(model=args.model)
    nlp("Warm up: Hohhot raised $5 million.")
    run_once(nlp, page_with_attributes(10))  # imports trafilatura and lxml before timing
    print(f"base {args.model}, scale {args.scale}; seconds per size and ratio to the size before")
    print(f"{'input':<24}{'size':>10}{'seconds':>10}{'ratio':>8}")
    worst = 0.0
    for key in args.only or list(CASES):
        what, base, build = CASES[key]
        size = max(1, int(base * args.scale))
        before = None
        for step in range(args.doublings + 1):
            data = build(size)
            secs = run_once(nlp, data)
            ratio = secs / before if before else None
            if ratio is not None and before is not None and before > 0.05:
                worst = max(worst, ratio)
            label = what if step == 0 else ""
            print(f"{label:<24}{size:>10}{secs:>10.3f}{'' if ratio is None else f'{ratio:8.2f}'}", flush=True)
            if secs > args.max_seconds:
                print(f"{'':<24}stopped: over {args.max_seconds:g} s")
                break
            before, size = secs, size * 2
    print(f"worst ratio per doubling (sizes over 0.05 s): {worst:.2f} (goal <= 2.3)")


if __name__ == "__main__":
    main()
