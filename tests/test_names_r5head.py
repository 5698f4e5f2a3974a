"""Title-case headlines whose wording is read as names (issue 10, session 7 round 3, branch
r5head), on both bases. Every sentence is written for these tests; the class comes from the pages
listed in tests/data/README.md ("r5head (session 7, round 3)")."""

from __future__ import annotations

import pytest

from pipeline.components.names import _dictionary_word, _headline_wording
from pipeline.components.table import token_table
from tests.conftest import names

# a tiny stand-in for the base model's English dictionary
LEXICON = frozenset({"new", "logistics", "player", "yuan", "break", "shut", "down", "bank", "world", "shape"})


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("player", True),
        ("breaks", True),  # an inflected verb: its stem is in the dictionary
        ("shaping", True),
        ("into", True),  # a stop word
        ("harbourline", False),
        ("zhenrui", False),
    ],
)
def test_names_dictionary_word_stems(word: str, expected: bool) -> None:
    assert _dictionary_word(word, LEXICON) is expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a capitalised particle inside the run: the headline's clause, not a name
        (
            "Harbourline Says Govt To Raise Rail Spending In Budget\n\nBody.",
            "Govt To Raise Rail Spending",
            True,
        ),
        # dictionary words only, written nowhere else in the article
        ("New Logistics Player in Penang Targeting Small Exporters\n\nBody.", "New Logistics Player", True),
        ("Yuan Breaks Past Seven Against the Dollar Today\n\nBody.", "Yuan Breaks", True),
        # a word no dictionary holds: a name
        ("Harbourline Bank Opens Branch In Ipoh Today\n\nBody.", "Harbourline Bank", False),
        # dictionary words that the body repeats as a name
        ("World Bank Raises Its Growth Forecast Again\n\nThe World Bank said so.", "World Bank", False),
        # not a headline: a sentence in lower case
        ("The new logistics player opened a depot in Ipoh on Monday.\n", "logistics player", False),
        # 'of' and 'and' join the parts of a name
        ("Bank of Penang Opens Branch In Ipoh Today\n\nBody.", "Bank of Penang", False),
    ],
)
def test_names_headline_wording_table(nlp_blank, text: str, span: str, expected: bool) -> None:
    toks = token_table(nlp_blank.make_doc(text)).rows
    start = text.index(span)
    s = next(t.i for t in toks if t.idx == start)
    e = next(t.i for t in toks if t.end == start + len(span)) + 1
    assert _headline_wording(toks, text, s, e, LEXICON) is expected


# (a) the base model's ORG and PERSON proposals on a title-case headline: a run holding a
# capitalised particle, or made only of dictionary words the article writes nowhere else, is the
# headline's wording; a company or place in the same headline stays a name
HEADLINE_PROPOSALS = [
    (
        "Harbourline Bank Expects Govt To Raise Rail Spending In Budget 2026\n\n"
        "Harbourline Bank said on Monday that the state would spend more on rail and ports.",
        ["Harbourline Bank", "Harbourline Bank"],
    ),
    ("Peso Slips Against Dollar as Exporters Wait for Rates Decision\n\nThe peso fell 1.2% on Tuesday.", []),
    (
        "Rand Breaks 18 Against Dollar — A Test of the Reserve Bank\n\nThe rand weakened past 18 on Friday.",
        ["Reserve Bank"],
    ),
    (
        "New Logistics Player in Penang Targeting Small Exporters\n\n"
        "A logistics start-up, Velorant Sdn Bhd, opened a warehouse in Penang on Monday.",
        ["Velorant Sdn Bhd"],
    ),
    (
        "Zhenrui Motors Opens Plant In Hefei\n\nZhenrui Motors opened a plant in Hefei on Monday.",
        ["Zhenrui Motors", "Zhenrui Motors"],
    ),
    ("World Bank Raises Growth Forecast For Kenya\n\nThe lender now expects 5.1% growth.", ["World Bank"]),
]


@pytest.mark.parametrize(("text", "orgs"), HEADLINE_PROPOSALS)
def test_names_headline_wording_is_no_org(nlp, ents, text: str, orgs: list[str]) -> None:
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == []


# (b) a word of the larger gazetteer after a capitalised 'In'/'From' on a title-case line is a
# small place only when it ends the capitalised run ('In Davos'); inside a longer run ('In Green
# Hydrogen Plant', 'From Wedding Rules') it is the headline's word
HEADLINE_SMALL_PLACES = [
    ("From Wedding Rules to Ski Slopes: How Local Directives Are Reshaping Spending\n\nNew rules came.", []),
    ("Johor Maker Invests In Green Energy Sector Plant\n\nThe maker will spend RM2 billion.", ["Johor"]),
    (
        "Indian Delegation Signs Four Deals In Davos\n\nThe delegation signed four deals in Davos.",
        ["Davos", "Davos"],
    ),
    # not a headline: the sentence's 'in Green' keeps its reading
    ("The fair was held in Green, a village outside the town, on Monday.", ["Green"]),
]


@pytest.mark.parametrize(("text", "places"), HEADLINE_SMALL_PLACES)
def test_names_headline_small_place_ends_run(nlp, ents, text: str, places: list[str]) -> None:
    assert names(ents, nlp, text, "PLACE") == places
