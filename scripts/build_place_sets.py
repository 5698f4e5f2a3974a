"""Write pipeline/resources/place_sets.txt: the place finder's name sets derived from
places.tsv and places_more.txt (every look-up key with its accent-folded spellings, and the
word prefixes of the many-word names), so that a start reads them instead of building them
(about 0.1 s of CPU on every cold start). Run it after changing either source or the key rules;
tests/test_ruledata.py fails while the shipped file differs from what this builds."""

from __future__ import annotations

from pathlib import Path

from pipeline.components.names import PLACE_SETS_FILE, PLACE_SETS_SOURCES, place_name_sets
from pipeline.ruledata import dump_place_sets

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "resources" / PLACE_SETS_FILE


def build() -> str:
    """The text of the place sets file, built from the current sources."""
    names, prefixes = place_name_sets(*PLACE_SETS_SOURCES)
    return dump_place_sets(PLACE_SETS_SOURCES, names, prefixes)


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"-> {OUT}")


if __name__ == "__main__":
    main()
