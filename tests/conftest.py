"""Shared fixtures: the two pipelines (loaded once), the seed folders, an entity helper."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "annotations"
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp_sm():
    return pipeline.load()


@pytest.fixture(scope="session")
def nlp_blank():
    return pipeline.load(model="blank")


@pytest.fixture(scope="session", params=["en_core_web_sm", "blank"])
def nlp(request, nlp_sm, nlp_blank):
    """Each test using it runs on both base pipelines."""
    return nlp_sm if request.param == "en_core_web_sm" else nlp_blank


@pytest.fixture
def ents():
    """Run a pipeline on text and return [(label, text, fields)] for the entities."""

    def run(nlp, text, label=None):
        out = []
        for e in nlp(text)._.newsfacts:
            if label is None or e.label == label:
                d = e.to_dict()
                fields = {k: d[k] for k in ("value", "unit", "currency", "qualifier") if k in d}
                out.append((e.label, e.text, fields))
        return out

    return run


def names(ents, nlp, text: str, label: str) -> list[str]:
    """The texts of the entities of one label that `ents` (the fixture) finds in `text`."""
    return [t for _, t, _ in ents(nlp, text, label)]
