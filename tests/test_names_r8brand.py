"""Letters that name no body (branch r8brand): an acronym joined by '&' that lower-case words
spell out just before it ('electrical and electronics (E&E)'), here and wherever the article
repeats it, and capital letters straight after a number, which are its unit ('a 300 KLPD
plant', '12 MTPA'), the base model's ORG proposal there included. Both bases."""

from __future__ import annotations

import pytest

from tests.conftest import names

TITLE = "Regional investment report\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a sector spelt out in lower case before its '&' letters, then the letters alone
        (
            "Approvals rose on oil and gas (O&G) projects in Penang. Later O&G firms hired 200 people.",
            [],
        ),
        (
            "Growth came from machinery and equipment (M&E) plants. The M&E share rose to 12 percent.",
            [],
        ),
        # a unit's capitals after a number
        ("Korvana Sugars Ltd will build a 250 KLPD distillery near Belagavi.", ["Korvana Sugars Ltd"]),
        ("The terminal will handle 7.5 MTPA of gas once the second train starts.", []),
        ("Two sewage plants of 40 MLD each will be built by Tessaly Water Ltd.", ["Tessaly Water Ltd"]),
    ],
)
def test_names_r8brand_letters_no_body(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a body's letters spelt out by capitalised words stay its short name
        (
            "The Medan Development Authority (MDA) said it would open an office.",
            ["Medan Development Authority", "MDA"],
        ),
        # letters that are no unit: a year before them, or no number at all
        ("In 2024 KIADB allotted 40 acres to the park.", ["KIADB"]),
        ("The plant was approved by KIADB on Monday.", ["KIADB"]),
    ],
)
def test_names_r8brand_letters_that_stay(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # 'per' spelt into the letters or skipped
        ("The town will get a 90 million litres per day (MLD) plant. The MLD figure doubles supply.", []),
        ("A mill of 600 tonnes per day (TPD) was cleared. TPD output starts in May.", []),
    ],
)
def test_names_r8brand_per_units(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a state company named after its country, then its second word alone
        (
            "Qatar Petrosyn, a state oil company, signed a supply deal. Later Petrosyn awarded three contracts.",
            ["Qatar Petrosyn", "Petrosyn"],
        ),
        (
            "The state oil firm Qatar Petrosyn signed a supply deal. Analysts said Petrosyn also leases tankers.",
            ["Qatar Petrosyn", "Petrosyn"],
        ),
    ],
)
def test_names_r8brand_country_brand_alone(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    "body",
    [
        # the second word is a common word the article writes in lower case
        "India Granite opened a quarry. Its granite exports grew, and Granite Sales rose too.",
        # a direction word opens the name, not a country's
        "South Drovia opened a depot. Later Drovia and its partners signed a lease.",
    ],
)
def test_names_r8brand_country_brand_not_alone(nlp, ents, body: str) -> None:
    assert "Granite" not in names(ents, nlp, TITLE + body, "ORG")
    assert "Drovia" not in names(ents, nlp, TITLE + body, "ORG")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an ordinal before the letters is no quantity: the body's meeting
        (
            "The Regional Investment Board (RIB) met on Monday. The 52nd RIB meeting cleared 9 projects.",
            ["Regional Investment Board", "RIB", "RIB"],
        ),
    ],
)
def test_names_r8brand_ordinal_before_letters(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a group's brand and a unit's letters, each an ORG on its own, are one company
        (
            "Samsung SDI decided that Hungary will be its base. The new plant of Samsung SDI will be built in Göd.",
            ["Samsung SDI", "Samsung SDI"],
        ),
        (
            "Hyundai WIA will open a plant in Chennai. The plant of Hyundai WIA will make engines.",
            ["Hyundai WIA", "Hyundai WIA"],
        ),
        # a place before a body's letters stays a place
        ("The Penang PDC approved the lease on Monday.", ["PDC"]),
    ],
)
def test_names_r8brand_brand_and_letters(nlp_sm, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp_sm, TITLE + body, "ORG") == expected
