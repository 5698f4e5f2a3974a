"""Companies named without any cue word (branch brand8): a plural firms noun straight before
'A and B', 'X has built' / 'X will set up', a possessive with a firm's noun a few words on, a
small town's name a company carries, a brand in camel case, and letters that name things, not
bodies. Both bases."""

from __future__ import annotations

import pytest

from tests.conftest import names

TITLE = "Regional makers report a busy year\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a plural naming firms, then two or more names joined by "and"
        ("The sportswear brands Korvana and Tessaly have set up plants in Quanzhou.", ["Korvana", "Tessaly"]),
        (
            "The carmakers Brevik, Ostmark and Quellar opened showrooms in Wuxi.",
            ["Brevik", "Ostmark", "Quellar"],
        ),
        # a hyphen joins the parts of one member's name
        ("Carmakers Brevik-Halden and Ostmark signed supply deals.", ["Brevik-Halden", "Ostmark"]),
        # "X has built", "X will set up" inside a sentence
        ("In recent years, Zentrolion has built two plants in Changsha.", ["Zentrolion"]),
        ("Analysts expect that Quorvex will set up a plant in Hefei.", ["Quorvex"]),
        # an opener ending like a common noun ("-ion") that the article also names mid-sentence
        (
            "Dravolion signed a deal with the county. Later, Dravolion shipped 40 cranes to Kenya.",
            ["Dravolion", "Dravolion"],
        ),
        # the firm's noun a hyphenated word away from the possessive
        ("In 2023, Merovant's full-year revenue rose 9 percent.", ["Merovant"]),
        ("Last year Korely's brands sold well in Malaysia.", ["Korely"]),
        # a small town's name, the article never putting anything in it: the company
        ("Anta's full-year revenue rose 9 percent to 53 billion yuan.", ["Anta"]),
        # a brand spelt in camel case, with a company's evidence beside it; then the vote
        (
            "The voice firm qTavex said it would open an office in Paris. Later qTavex sold tablets.",
            ["qTavex", "qTavex"],
        ),
        ("Hefei-based iMorlon sells in France and Hungary.", ["iMorlon"]),
        ("Last year iNexa's revenue fell by a third.", ["iNexa"]),
        # "-funded", "-backed", "-owned" after a capitalised word, like "-based"
        ("The Korean-funded Dovaris plant in Jiaxing started production.", ["Dovaris"]),
        ("Last year Tencent-backed Zavix raised 40 million dollars.", ["Zavix"]),
        # trade words joined by "and" before the apposition's cue; a federation of unions
        (
            "Zentrix, a well-known Chinese speech and artificial intelligence company, signed a deal.",
            ["Zentrix"],
        ),
        ("Korvu, the country's biggest labour federation, said it would strike.", ["Korvu"]),
    ],
)
def test_names_brand8_uncued_companies(nlp, ents, body: str, expected: list[str]) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == expected


@pytest.mark.parametrize(
    "body",
    [
        # countries after a plural noun are no list of firms
        "Grain producers Brazil and Argentina cut prices in May.",
        # common nouns opening a sentence
        "Officials had signed the deal. Production has expanded since May.",
        # a one-syllable surname doing what a firm does
        "At the meeting, Zhang has signed the pledge on behalf of the team.",
        # a town the article puts people in keeps its place
        "Workers in Anta protested on Monday. Anta's output of grain rose.",
        # a city owning exports is no company
        "Changsha's exports rose 8 percent in the first quarter.",
        "Hunan Province's machinery exports and output rose in May.",
        # letters of things
        "Hospitals bought MRI scanners and CT units. The JV opened a plant. SUV sales rose.",
        # a person's full-year salary
        "Mr Wang's full-year salary rose by half.",
        # "and" before another determiner: a person's second role, no company
        "Marta Kovacs, a lawyer and a company director, spoke. Tomas Berg, a lawyer and company director, spoke.",
        # a place or no capitalised name after the participle
        "The Japanese-invested Changsha plant grew. There are 400 Korean-funded enterprises in Wuxi.",
        # camel-case things without a company's evidence, or not camel case at all
        "Buyers of iPhone models waited. The kWh price rose. Makers of eVTOL craft and mRNA doses grew.",
    ],
)
def test_names_brand8_no_company(nlp, ents, body: str) -> None:
    assert names(ents, nlp, TITLE + body, "ORG") == []


def test_names_brand8_nationality_leads_no_person(nlp, ents) -> None:
    text = TITLE + "The Korean-funded plant opened in May. A Japanese-invested mill closed."
    assert names(ents, nlp, text, "PERSON") == []


def test_names_brand8_town_kept_as_place(nlp, ents) -> None:
    text = TITLE + "Workers in Anta protested on Monday. Anta's output of grain rose."
    assert names(ents, nlp, text, "PLACE") == ["Anta", "Anta"]
