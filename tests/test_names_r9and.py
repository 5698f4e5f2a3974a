"""Names with 'and' or '&' inside that a legal form or a body word closes, and country words
that name no body alone (branch r9and): 'Adani Ports and Special Economic Zone Ltd' is one
company, '<founder> and Partners Company Limited' one firm, "Citrus Growers' Association" one
body with a plural's bare apostrophe; 'Saudi' alone (of 'Saudi and foreign buyers', or cut from
'Saudi Kestrel Co. Ltd') and a rank such as 'Eng.' listed after a body are no ORG. Sentences of
our own; both bases unless the rule reads the base's dictionary."""

from __future__ import annotations

import pytest

from pipeline.components.resolve import _country_word, _name_forms
from tests.conftest import names

TITLE = "Regional investment report\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a founder's name, 'and Partners', then a legal form or a company head: one firm
        (
            "The depot was built by Kareem Saif Al Otaibi and Partners Company Limited last year.",
            ["Kareem Saif Al Otaibi and Partners Company Limited"],
        ),
        (
            "Pipes were laid by Tariq Nour Al Zahrani and Sons Company in May.",
            ["Tariq Nour Al Zahrani and Sons Company"],
        ),
        # a plural's bare apostrophe before a body word, straight or curly
        (
            "Exports rose 9%, said the Walnut Producers' Federation on Monday.",
            ["Walnut Producers' Federation"],
        ),
        ("The Tea Planters’ Association expects a good crop.", ["Tea Planters’ Association"]),
        # two names joined by 'and': the first ends in its own legal form
        (
            "Alpha Packaging Co and Beta Paper Group signed a supply deal.",
            ["Alpha Packaging Co", "Beta Paper Group"],
        ),
        # negatives: lower-case partners and a lower-case body are no name
        ("The growers' association met in May, and its partners agreed.", []),
    ],
)
def test_names_r9and_joined_firms(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Velmora Food and Ingredients Inc. will build a mill near the river.",
            ["Velmora Food and Ingredients Inc."],
        ),
        (
            "Kestrel Ports and Special Economic Zone Ltd bought the terminal.",
            ["Kestrel Ports and Special Economic Zone Ltd"],
        ),
        (
            "Dunmore Power and Water Supply Company raised tariffs.",
            ["Dunmore Power and Water Supply Company"],
        ),
        # negatives: a name of its own before 'and' (a legal form, or no dictionary word)
        (
            "Zentrix Ltd and Power Grid Corporation signed the lease.",
            ["Zentrix Ltd", "Power Grid Corporation"],
        ),
        (
            "Velnor and Water Supply Company agreed on the tariff.",
            ["Velnor", "Water Supply Company"],
        ),
    ],
)
def test_names_r9and_legal_form_closes_run(nlp_sm, ents, body: str, expected: list[str]) -> None:
    """The dictionary words after 'and' are read from the base's lexicon (en_core_web_sm only)."""
    assert names(ents, nlp_sm, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Riyadh Cables Co will sell cables to Saudi and foreign buyers. Saudi Kestrel Co. Ltd "
            "opened a plant, and Saudi firms bought its pipes.",
            ["Riyadh Cables Co", "Saudi Kestrel Co. Ltd"],
        ),
        ("Omani Fibre Co will hire 80 Omani engineers next year.", ["Omani Fibre Co"]),
        (
            "The deal was signed by the Harbour Authority, and Eng. Faisal Al-Qahtani attended.",
            ["Harbour Authority"],
        ),
    ],
)
def test_names_r9and_country_word_alone(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Saudi", True),
        ("Omani", True),
        ("Qatari", True),
        ("Kenyan", True),
        ("Aramco", False),
        ("Saudi Aramco", False),
    ],
)
def test_resolve_country_word(word: str, expected: bool) -> None:
    assert _country_word(word) is expected


@pytest.mark.parametrize(
    ("name", "absent"),
    [("Saudi Kestrel Co. Ltd", "Saudi"), ("Omani Fibre Co", "Omani")],
)
def test_resolve_name_forms_keep_no_country_word(name: str, absent: str) -> None:
    assert absent not in _name_forms(name)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an 'of' name, 'and', then a body of its own that opens with a country word
        (
            "The pact between the Federation of Omani Chambers and Omani Builders Authority was signed.",
            ["Federation of Omani Chambers", "Omani Builders Authority"],
        ),
        (
            "The Union of Kenyan Farmers and Kenyan Tea Development Agency met in Nairobi.",
            ["Union of Kenyan Farmers", "Kenyan Tea Development Agency"],
        ),
        # negatives: portfolios after 'and', and two places before one office, stay one name
        ("The Bureau of Commerce and Industry approved the plan.", ["Bureau of Commerce and Industry"]),
        ("He met the Hong Kong and Macao Affairs Office.", ["Hong Kong and Macao Affairs Office"]),
    ],
)
def test_names_r9and_of_name_then_country_body(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # '<founder> & Partners' with no legal form, and 'and Partners for <trade> Company'
        ("Rashid & Partners will lay the pipes, the board said.", ["Rashid & Partners"]),
        (
            "The deal went to Salem K Al Dossary and Partners for Contracting Company last week.",
            ["Salem K Al Dossary and Partners for Contracting Company"],
        ),
        # negative: 'and partners' in lower case is no firm
        ("The lender said that it and its partners would bid again.", []),
    ],
)
def test_names_r9and_partners_head(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected
