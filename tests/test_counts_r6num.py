"""COUNT shapes blind10 showed missed or wrong (tests/data/README.md, section r6num): a plural
acronym with a tagger ('512 MoUs worth Rs …'), the part of a numbered whole ('five of the 12
applications'), a number that takes up the things a sentence before counted ('Another three will
…', 'all 31 before …'), a suspended hyphen ('provincial- and municipal-level projects'), and the
lakh after a crore amount that is the rest of the money, no count."""

from __future__ import annotations

import pytest


def counts(ents, nlp, text: str) -> list[tuple[str, str | None]]:
    return [(t, f.get("unit")) for _, t, f in ents(nlp, text, "COUNT")]


FOUND = [
    ("The minister said Odisha had signed 512 MoUs worth Rs 3 lakh crore since June.", [("512", "MoUs")]),
    ("Kerala signed 38 MoUs with investors and 12 NGOs joined the programme.", [("38", "MoUs"), ("12", "NGOs")]),
    ("Officials said five of the 12 applications were cleared on Monday.",
     [("five", "applications"), ("12", "applications")]),
    ("Nine of the projects will be built near the port. Another three will go to the airport zone.",
     [("Nine", "projects"), ("three", "projects")]),
    ("The zone signed 31 projects. It hopes to start work on all 31 before the end of the year.",
     [("31", "projects"), ("31", "projects")]),
    ("The county has planned 412 provincial- and municipal-level key projects for the year.",
     [("412", "projects")]),
    ("Work on 40 plants is done. The remaining 12 will open in spring.", [("40", "plants"), ("12", "plants")]),
    # negative cases: no count before to take up, a plain 'another' with a noun, the rest of an amount
    ("Another three will follow, the mayor said.", []),
    ("The firm opened another two plants in Pune.", [("two", "plants")]),
    ("The state signed 211 MoUs worth Rs 3,03,115 crore 70 lakh with companies.", [("211", "MoUs")]),
    ("All 31 before the court were released.", []),
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
