"""Regional number forms (r2num): the article's country found through names several countries
share or names inside longer names, and what it decides for '$' and 'R' amounts."""

from __future__ import annotations

import pytest

from pipeline.components.numbers import article_country

COUNTRY_CASES = [
    # a city several countries share is read where the article's other names point
    ("KINGSTON — A Kingston parts maker will add 85 jobs, the Ontario government said.", "CA"),
    ("KINGSTON — A Kingston rum blender will add 85 jobs in St Andrew, Jamaica.", "JM"),
    ("NEWCASTLE — A Newcastle steel mill in KwaZulu-Natal hired 40 welders.", "ZA"),
    ("STRATFORD — The Stratford council and Ontario officials met.", "CA"),
    ("CASABLANCA — The insurer paid farmers in Casablanca.", "MA"),
    ("HAMILTON — A Hamilton steelmaker will spend $75 million on a furnace line, the Ontario "
     "government said on Monday.", "CA"),
    ("PERTH — A Perth miner will add 85 jobs at a Pilbara site, the Western Australia government said.",
     "AU"),
    # a place word inside a longer name ('Nelson' in 'Nelson Mandela Bay') weighs half
    ("A carmaker will build a press shop in Nelson Mandela Bay, the Eastern Cape's industrial hub.", "ZA"),
    # a country name inside an organisation's name still counts in full; so does a possessive
    ("Uzbekistan's Fergana region hosts a mill; Uzbekistan Textile Association agreed.", "UZ"),
    ("The fair in Nelson drew 300 growers.", "NZ"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "country"), COUNTRY_CASES)
def test_numbers_article_country_from_shared_and_embedded_names(text, country):
    assert article_country(text) == country


MONEY_CASES = [
    ("HAMILTON — A Hamilton steelmaker will spend $75 million on a furnace line, the Ontario "
     "government said on Monday.", [("$75 million", 75000000, "CAD")]),
    ("KINGSTON — A Kingston parts maker will spend $30 million, the Ontario government said.",
     [("$30 million", 30000000, "CAD")]),
    ("PERTH — A Perth miner will spend $12 million at a Pilbara site, the Western Australia "
     "government said.", [("$12 million", 12000000, "AUD")]),
    ("A carmaker will spend R3.2bn on a press shop in Nelson Mandela Bay, the Eastern Cape's "
     "industrial hub, and R450 million on training.",
     [("R3.2bn", 3200000000, "ZAR"), ("R450 million", 450000000, "ZAR")]),
    # road numbers and R&D are no rand, in South Africa or elsewhere
    ("GQEBERHA — The R&D unit on the R75 road cost R90 million, the Eastern Cape government said.",
     [("R90 million", 90000000, "ZAR")]),
    ("The R1 and R2 roads and R&D budgets grew in Nelson, New Zealand.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONEY_CASES)
def test_money_local_dollar_and_rand_follow_the_found_country(nlp, ents, text, expected):
    got = [(t, f["value"], f["currency"]) for _, t, f in ents(nlp, text, "MONEY")]
    assert got == expected
