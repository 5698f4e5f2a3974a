"""The dev and blind gold sets end to end on both bases: floors just under today's scores, so a
change that loses a class of names, numbers or attributions shows up here."""

from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate_dir
from pipeline.records import LABELS, MISSION_LABELS
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"
# (set, label or group) -> strict F1 floor, on both bases
FLOORS = {
    ("dev", "mission"): 0.93, ("dev", "ORG"): 0.95, ("dev", "PLACE"): 0.93, ("dev", "PERSON"): 0.90,
    ("dev", "MONEY"): 0.97, ("dev", "COUNT"): 0.95, ("dev", "PERCENT"): 0.98, ("dev", "DATE"): 0.95,
    ("blind", "mission"): 0.93, ("blind", "ORG"): 0.95, ("blind", "MONEY"): 0.97, ("blind", "COUNT"): 0.95,
    # blind2 was scored once before anyone looked at its errors (tests/data/README.md); these floors
    # sit just under that first score, so they guard against losing ground, not a target
    ("blind2", "mission"): 0.85, ("blind2", "ORG"): 0.74, ("blind2", "PLACE"): 0.82, ("blind2", "MONEY"): 0.97,
    ("blind2", "COUNT"): 0.95, ("blind2", "PERCENT"): 0.97, ("blind2", "DATE"): 0.95,
    # blind3 and blind4 were scored before the session-4 names rounds and their error classes then
    # fixed (no longer blind); blind5 was written during the last round and never tuned on. Floors
    # sit just under today's scores: they guard against losing ground, they are not targets
    ("blind3", "mission"): 0.90, ("blind3", "ORG"): 0.85, ("blind3", "PLACE"): 0.86, ("blind3", "MONEY"): 0.97,
    ("blind4", "mission"): 0.94, ("blind4", "ORG"): 0.88, ("blind4", "PLACE"): 0.97, ("blind4", "MONEY"): 0.97,
    ("blind5", "mission"): 0.90, ("blind5", "ORG"): 0.78, ("blind5", "PLACE"): 0.94, ("blind5", "MONEY"): 0.97,
    # blind6 and blind7 (session 5) were scored once after the first names round, then their
    # classes were worked on; floors just under the scores after that second round
    ("blind6", "mission"): 0.95, ("blind6", "ORG"): 0.93, ("blind6", "PLACE"): 0.95, ("blind6", "MONEY"): 0.97,
    ("blind7", "mission"): 0.95, ("blind7", "ORG"): 0.94, ("blind7", "PLACE"): 0.95, ("blind7", "MONEY"): 0.97,
    # blind8 (session 6) was scored twice blind (tests/data/README.md), then its classes worked on
    ("blind8", "mission"): 0.93, ("blind8", "ORG"): 0.90, ("blind8", "PLACE"): 0.94, ("blind8", "MONEY"): 0.97,
    # blind9 (session 7) was scored twice blind (tests/data/README.md), then its classes worked on
    ("blind9", "mission"): 0.90, ("blind9", "ORG"): 0.83, ("blind9", "PLACE"): 0.92, ("blind9", "MONEY"): 0.97,
    # blind10 (session 8) was scored twice blind (tests/data/README.md), then its classes worked on
    ("blind10", "mission"): 0.92, ("blind10", "ORG"): 0.88, ("blind10", "PLACE"): 0.93, ("blind10", "MONEY"): 0.97,
    # blind11 (session 9) was scored twice blind (tests/data/README.md), then its classes worked on
    ("blind11", "mission"): 0.91, ("blind11", "ORG"): 0.88, ("blind11", "PLACE"): 0.89, ("blind11", "MONEY"): 0.97,
    # blind12 (session 10) was scored twice blind (tests/data/README.md), then its classes worked on
    ("blind12", "mission"): 0.91, ("blind12", "ORG"): 0.86, ("blind12", "PLACE"): 0.90, ("blind12", "MONEY"): 0.97,
}  # fmt: skip
ATTRIBUTION_FLOORS = {
    # 325/387 = 0.8398 once w17/w18 (pp4) joined w15/w16 (blank 296/387): their figures' possessors and
    # "-based"/apposition subjects are attributed less often than the older articles'
    ("dev", "en_core_web_sm"): 0.83,
    ("dev", "blank"): 0.76,  # 296/387 = 0.765 at the same merge
    ("blind", "en_core_web_sm"): 0.79,
    ("blind2", "en_core_web_sm"): 0.70,
    ("blind2", "blank"): 0.70,
    ("blind3", "en_core_web_sm"): 0.76,
    ("blind3", "blank"): 0.72,
    ("blind4", "en_core_web_sm"): 0.82,
    ("blind4", "blank"): 0.72,
    ("blind5", "en_core_web_sm"): 0.67,
    ("blind5", "blank"): 0.64,
    ("blind6", "en_core_web_sm"): 0.81,
    ("blind6", "blank"): 0.76,
    ("blind7", "en_core_web_sm"): 0.87,
    ("blind7", "blank"): 0.88,
    ("blind8", "en_core_web_sm"): 0.66,
    ("blind8", "blank"): 0.70,
    ("blind9", "en_core_web_sm"): 0.63,
    ("blind9", "blank"): 0.57,
    ("blind10", "en_core_web_sm"): 0.69,
    ("blind10", "blank"): 0.61,
    ("blind11", "en_core_web_sm"): 0.69,
    ("blind11", "blank"): 0.66,
    ("blind12", "en_core_web_sm"): 0.70,
    ("blind12", "blank"): 0.67,
}
# share of right values on strict matches (MONEY, COUNT, PERCENT, DATE); 0.95 unless said
VALUE_FLOORS = {"blind4": 0.90}
# figures in each set's gold (so a floor cannot pass on a gold set that lost its figures)
FIGURES = {
    "dev": 453,
    "blind": 148,
    "blind2": 84,
    "blind3": 118,
    "blind4": 127,
    "blind5": 106,
    "blind6": 80,
    "blind7": 99,
    "blind8": 174,
    "blind9": 161,
    "blind10": 154,
    "blind11": 195,
    "blind12": 232,
}


@pytest.fixture(
    scope="module",
    params=["dev", *(f"blind{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))],
)
def scored(request, nlp_sm, nlp_blank):
    name = request.param
    return name, {
        base: evaluate_dir(DATA / name / "gold", articles=DATA / name / "articles", nlp=nlp)
        for base, nlp in (("en_core_web_sm", nlp_sm), ("blank", nlp_blank))
    }


def test_goldsets_scores_stay_above_their_floors(scored):
    name, results = scored
    for base, result in results.items():
        for (set_name, group), floor in FLOORS.items():
            if set_name != name:
                continue
            labels = MISSION_LABELS if group == "mission" else [group]
            f1 = result.counts(labels).f1
            assert f1 >= floor, f"{name} {base} {group}: F1 {f1:.3f} < {floor}"


def test_goldsets_values_are_right_on_matches(scored):
    name, results = scored
    floor = VALUE_FLOORS.get(name, 0.95)
    for base, result in results.items():
        for label in ("MONEY", "COUNT", "PERCENT", "DATE"):
            right, total = result.value_accuracy(label)
            assert total and right / total >= floor, f"{name} {base} {label} values {right}/{total}"


def test_goldsets_attribution_all_three_fields(scored):
    name, results = scored
    for base, result in results.items():
        floor = ATTRIBUTION_FLOORS.get((name, base))
        if floor is None:
            continue
        right, total = result.attribution_accuracy()["all"]
        assert total == FIGURES[name] and right / total >= floor, f"{name} {base}: {right}/{total} < {floor}"


def test_goldsets_every_label_is_annotated(scored):
    _, results = scored
    result = results["blank"]
    assert {e.label for d in result.docs for e in d.gold} == set(LABELS)
