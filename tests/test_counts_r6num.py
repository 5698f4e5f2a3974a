"""COUNT shapes blind10 showed missed or wrong (tests/data/README.md, section r6num): a plural
acronym with a tagger ('512 MoUs worth Rs …'), a population's figure (people), and the lakh after
a crore amount that is the rest of the money, no count."""

from __future__ import annotations

import pytest


def counts(ents, nlp, text: str) -> list[tuple[str, str | None]]:
    return [(t, f.get("unit")) for _, t, f in ents(nlp, text, "COUNT")]


FOUND = [
    ("The minister said Odisha had signed 512 MoUs worth Rs 3 lakh crore since June.", [("512", "MoUs")]),
    ("Kerala signed 38 MoUs with investors and 12 NGOs joined the programme.", [("38", "MoUs"), ("12", "NGOs")]),
    # negative cases: 'another' with its own noun, the rest of an amount
    ("The firm opened another two plants in Pune.", [("two", "plants")]),
    ("The state signed 211 MoUs worth Rs 3,03,115 crore 70 lakh with companies.", [("211", "MoUs")]),
    # a population's figure counts people, before any unit the sentence counted before it
    ("The town's population passed 52,000 last year.", [("52,000", "people")]),
    ("The county covers 4,120 km2 and has a population of about 1.4 million.", [("1.4 million", "people")]),
    ("The plan sets a population of 300,000 for the new district.", [("300,000", "people")]),
    ("The population of 40 villages was counted.", [("40", "villages")]),
    ("Population growth was 2,000 higher.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_counts_blind10_shapes(ents, nlp, text, expected):
    assert counts(ents, nlp, text) == expected
