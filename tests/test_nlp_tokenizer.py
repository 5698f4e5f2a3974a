"""newsfacts' tokenizer, built once with its affixes in place of the model's own copy."""

from __future__ import annotations

import pytest
import spacy

from pipeline.bases import MODELS
from pipeline.nlp import load_base


def test_nlp_packaged_model_tokenizer_is_the_english_defaults():
    """What lets `load_base` skip the model's tokenizer: it holds nothing but the defaults."""
    packaged = spacy.load(MODELS["en_core_web_sm"][0], exclude=["lemmatizer"]).tokenizer
    defaults = spacy.blank("en").tokenizer
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(packaged, attr).__self__.pattern == getattr(defaults, attr).__self__.pattern, attr
    assert packaged.token_match == defaults.token_match
    assert packaged.rules == defaults.rules
    assert packaged.faster_heuristics == defaults.faster_heuristics


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("It paid HK$3.2 billion.", ["It", "paid", "HK$", "3.2", "billion", "."]),
        ("a RMB800 fee", ["a", "RMB", "800", "fee"]),
        ("raised 5bn in May", ["raised", "5", "bn", "in", "May"]),
        ("don't stop", ["do", "n't", "stop"]),  # the English special cases are kept
        ("The RMB fell", ["The", "RMB", "fell"]),  # no digit after: no split
    ],
)
@pytest.mark.parametrize("model", ["en_core_web_sm", "blank"])
def test_nlp_news_tokenizer_splits_currencies_and_scales(model, text, tokens):
    nlp = _base(model)
    assert [t.text for t in nlp.tokenizer(text)] == tokens


def test_nlp_news_tokenizer_equals_defaults_outside_its_affixes():
    text = "Dr. Li's firm (est. 1999) e-mailed info@example.com at 3:30 p.m.; see https://x.org/a?b=1."
    assert [t.text for t in _base("blank").tokenizer(text)] == [t.text for t in spacy.blank("en")(text)]


_BASES: dict[str, spacy.language.Language] = {}


def _base(model: str) -> spacy.language.Language:
    if model not in _BASES:
        _BASES[model] = load_base(model, exclude=["lemmatizer"], news_tokenizer=True)
    return _BASES[model]
