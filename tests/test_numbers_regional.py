"""Regional number forms (r2num): the article's country found through names several countries
share or names inside longer names, and what it decides for '$' and 'R' amounts."""

from __future__ import annotations

import pytest

from pipeline.components.numbers import article_country
from pipeline.normalize import numeric_date
from pipeline.read import find_published

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
    ("GQEBERHA — The Eastern Cape zone drew R7,4-billion from the state, a R1,8bn steel mill, R693m "
     "for fish farms and a R200-million textile plant in South Africa.",
     [("R7,4-billion", 7400000000, "ZAR"), ("R1,8bn", 1800000000, "ZAR"), ("R693m", 693000000, "ZAR"),
      ("R200-million", 200000000, "ZAR")]),
    # road numbers and R&D are no rand, in South Africa or elsewhere
    ("GQEBERHA — The R&D unit on the R75 road cost R90 million, the Eastern Cape government said.",
     [("R90 million", 90000000, "ZAR")]),
    ("The R1 and R2 roads and R&D budgets grew in Nelson, New Zealand.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MONEY_CASES)
def test_money_local_dollar_and_rand_follow_the_found_country(nlp, ents, text, expected):
    got = [(t, f["value"], f["currency"]) for _, t, f in ents(nlp, text, "MONEY")]
    assert got == expected


NUMERIC_DATES = [
    # (year, first, second, order, expected)
    ("2024", "06", "12", "md", "2024-06-12"),
    ("2024", "06", "12", "dm", "2024-12-06"),
    ("2024", "3", "15", "md", "2024-03-15"),
    ("2024", "15", "3", "md", "2024-03-15"),  # no 15th month: the other order
    ("2024", "3", "15", "dm", "2024-03-15"),
    ("24", "05", "09", "md", "2024-05-09"),
    ("2024", "13", "13", "md", None),
    ("2023", "02", "29", "md", None),
    ("2024", "0", "5", "md", None),
    ("024", "05", "09", "md", None),
    ("2024", "5", "9", "ymd", None),
    ("2024", "x", "9", "md", None),
]


@pytest.mark.parametrize(("year", "first", "second", "order", "expected"), NUMERIC_DATES)
def test_normalize_numeric_date(year, first, second, order, expected):
    assert numeric_date(year, first, second, order) == expected


HEADERS = [
    ("Wuxue signs 12 deals\n\nSource: hubei.gov.cn 09/03/2023 04:15:10\n\nBody.", "2023-09-03"),
    ("Trade fair\n(Source: 11/28/2019)\nBody.", "2019-11-28"),
    ("Plant opens\n\n3/15/2024\n\nBody.", "2024-03-15"),
    ("Plant opens\nUpdated: 10/02/2022 11:05\nBody.", "2022-10-02"),
    ("Plant opens\n\n04/09/2025 – 09:15\n\nBody.", "2025-04-09"),
    ("Port news\n\n24-05-09 10:42\n\nBody.", "2024-05-09"),
    ("Zone signs deals\n  Source:this site  Date:11/20/2023  \n\nBody.", "2023-11-20"),
    ("Trade rises\n\nBy Lin Wei | 2023/9/4 17:40:12\n\nBody.", "2023-09-04"),
    ("Home >> Business\n\nExports up 8 pct\n\n(Xinhua) 11:05, August 21, 2023\n\nBody.", "2023-08-21"),
    ("Exports up\n\n(People's Daily Online) 16:40, March 2, 2024\n\nBody.", "2024-03-02"),
    # inside a sentence, a short date without a time, a phone-like number: no header
    ("Plant opens\n\nThe plan runs from 3/4/2024 to 12/31/2025.", None),
    ("Port news\n\n24-05-09\n\nBody.", None),
    ("Port news\n\nCall 24-05-09 10:42 today.", None),
]


@pytest.mark.parametrize(("text", "published"), HEADERS)
def test_read_numeric_header_formats(text, published):
    assert find_published(text)[0] == published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HOME >> News\n\nWuxue signs 12 deals\n\nSource: hubei.gov.cn 09/03/2023 04:15:10\n\n"
         "On September 2 the county signed 12 deals, up from 9 last year.",
         [("09/03/2023 04:15:10", "2023-09-03"), ("September 2", "2023-09-02"), ("last year", "2022")]),
        ("Plant opens\n\n3/15/2024\n\nThe company said this year's output will double.",
         [("3/15/2024", "2024-03-15"), ("this year", "2024")]),
        ("Port news\n\n24-05-09 10:42\n\nThe port handled 3 million boxes last year.",
         [("24-05-09 10:42", "2024-05-09"), ("last year", "2023")]),
        ("Home >> Business\n\nExports up 8 pct\n\n(Xinhua) 11:05, August 21, 2023\n\nNANNING, Aug. 20 "
         "(Xinhua) -- Exports rose this year.",
         [("11:05, August 21, 2023", "2023-08-21"), ("Aug. 20", "2023-08-20"), ("this year", "2023")]),
        # an all-digit date inside the story is no header: 'last year' keeps no value
        ("Plant opens\n\nThe plan covers 3/4/2024 to 12/31/2025; output rose last year.", [("last year", None)]),
    ],
)  # fmt: skip
def test_dates_numeric_header_is_a_date_and_anchors_relative_dates(nlp, ents, text, expected):
    got = [(t, f["value"]) for _, t, f in ents(nlp, text, "DATE")]
    assert got == expected


COUNT_CASES = [
    # a number as the subject of 'are' takes the noun after it; a partitive lead or 'N of them'
    # takes the whole the sentence before counted
    ("The county signed 40 projects on Monday. Of them, 25 are processing projects, and nine are "
     "led by private firms.", [("40", 40, "projects"), ("25", 25, "projects"), ("nine", 9, "projects")]),
    ("Among them, 6 are wind farms.", [("6", 6, "farms")]),
    ("Out of the 90 projects, 50 are owned by local firms and 40 are joint ventures.",
     [("90", 90, "projects"), ("50", 50, "projects"), ("40", 40, "projects")]),
    ("The lake has 239 bird species, up from 206 in 2017 and nine in 2015.",
     [("239", 239, "species"), ("206", 206, "species"), ("nine", 9, "species")]),
    ("Henan now has 980 trading enterprises, including 30 listed companies. Of these, 64 have opened "
     "offices abroad.", [("980", 980, "enterprises"), ("30", 30, "companies"), ("64", 64, "enterprises")]),
    ("The city has 300 robot makers, including 12 listed companies. The new park alone is home to 85 "
     "of them.", [("300", 300, "makers"), ("12", 12, "companies"), ("85", 85, "makers")]),
    # a ratio counts nothing; 'are' after a number inside a clause, or with no noun after it, neither
    ("The city made 90 million cars, roughly one in seven of those sold worldwide, and 1 in 5 adults "
     "work there.", [("90 million", 90000000, "cars")]),
    ("The results were good, and 30 are likely to follow.", []),
    ("Of these, 64 were fine.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_counts_copula_partitive_and_ratio(nlp, ents, text, expected):
    got = [(t, f["value"], f.get("unit")) for _, t, f in ents(nlp, text, "COUNT")]
    assert got == expected
