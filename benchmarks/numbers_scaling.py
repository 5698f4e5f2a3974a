"""CPU time of the pipeline on number-heavy inputs that double in size (issue 13 item 4 and 11).

`.venv/bin/python benchmarks/numbers_scaling.py [blank|en_core_web_sm]` prints, for each input,
the seconds per size and the ratio between consecutive sizes (linear time: about 2 per doubling),
and the DATEs found in the list "1, 2, ..., 10000" (none: a year only where the text says so).
"""

from __future__ import annotations

import itertools
import sys
import time

import pipeline

CASES: dict[str, list[str]] = {
    '"1, " x 25k/50k': ["1, " * n for n in (25_000, 50_000)],
    '"1 million " x 5k/10k/20k/40k': ["1 million " * n for n in (5_000, 10_000, 20_000, 40_000)],
    '"1, 2, ..., N" 5k/10k/20k': [
        ", ".join(str(i) for i in range(1, n + 1)) for n in (5_000, 10_000, 20_000)
    ],
    '"$1 million and " x 5k/10k': ["$1 million and " * n for n in (5_000, 10_000)],
    '"31 in Lagos, " x 5k/10k': ["31 in Lagos, " * n for n in (5_000, 10_000)],
}


def main() -> int:
    nlp = pipeline.load(model=sys.argv[1] if len(sys.argv) > 1 else "blank")
    nlp("warm up")
    for name, texts in CASES.items():
        times = []
        for text in texts:
            start = time.process_time()
            nlp(text)
            times.append(time.process_time() - start)
        ratios = [round(b / a, 2) for a, b in itertools.pairwise(times)]
        print(f"{name:32s} " + " ".join(f"{t:.2f}s" for t in times) + f"  ratios {ratios}")
    doc = nlp(", ".join(str(i) for i in range(1, 10_001)))
    print("DATEs in 1, 2, ..., 10000:", sum(1 for e in doc._.newsfacts if e.label == "DATE"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
