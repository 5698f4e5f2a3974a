"""Golden tables for the pure normalisers (no spaCy loaded)."""

from __future__ import annotations

import pytest

from pipeline.normalize import Money, parse_date, parse_money, parse_number, parse_percent

NUMBERS = [
    ("0", 0), ("7", 7), ("171", 171), ("5,700", 5700), ("68,000", 68000), ("1,234,567", 1234567),
    ("15.4", 15.4), ("0.5", 0.5), (".5", 0.5), ("1.2 million", 1200000), ("36.5 billion", 36500000000),
    ("663.5 billion", 663500000000), ("2 trillion", 2000000000000), ("3 thousand", 3000),
    ("800m", 800000000), ("5bn", 5000000000), ("5 bn", 5000000000), ("12k", 12000), ("2.5mn", 2500000),
    ("one", 1), ("eight", 8), ("twelve", 12), ("twenty-five", 25), ("twenty two", 22),
    ("ninety-nine", 99), ("a hundred", 100), ("one hundred and five", 105), ("two hundred", 200),
    ("three thousand", 3000), ("two million", 2000000), ("a dozen", 12), ("Two", 2), ("Eight", 8),
    ("1.2.3", None), ("abc", None), ("", None), ("  ", None), ("million", 1000000), ("-5", None),
    ("12 apples", None), ("1,00", None), ("a", None), ("and", None), ("5 zillion", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_normalize_parse_number(text, expected):
    assert parse_number(text) == expected


MONEY = [
    ("260 million yuan", ("CNY", 260000000)),
    ("$39 million", ("USD", 39000000)),
    ("36.5 billion yuan", ("CNY", 36500000000)),
    ("$36.5 billion", ("USD", 36500000000)),
    ("RMB 5 billion", ("CNY", 5000000000)),
    ("RMB5 billion", ("CNY", 5000000000)),
    ("RMB 800m", ("CNY", 800000000)),
    ("RMB800m", ("CNY", 800000000)),
    ("€2 million", ("EUR", 2000000)),
    ("HK$3.2 million", ("HKD", 3200000)),
    ("HK$3.2 billion", ("HKD", 3200000000)),
    ("US$1.5 billion", ("USD", 1500000000)),
    ("USD 5bn", ("USD", 5000000000)),
    ("CNY 10 million", ("CNY", 10000000)),
    ("12 million yuan", ("CNY", 12000000)),
    ("$1.9 million", ("USD", 1900000)),
    ("$15.29 million", ("USD", 15290000)),
    ("100 million yuan", ("CNY", 100000000)),
    ("490 billion yuan", ("CNY", 490000000000)),
    ("663.5 billion yuan", ("CNY", 663500000000)),
    ("5 billion renminbi", ("CNY", 5000000000)),
    ("3 billion RMB", ("CNY", 3000000000)),
    ("£40,000", ("GBP", 40000)),
    ("40,000 pounds", ("GBP", 40000)),
    ("2 million euros", ("EUR", 2000000)),
    ("500 yen", ("JPY", 500)),
    ("¥300", ("CNY", 300)),
    ("5 million Hong Kong dollars", ("HKD", 5000000)),
    ("10 million US dollars", ("USD", 10000000)),
    ("10 million U.S. dollars", ("USD", 10000000)),
    ("two million dollars", ("USD", 2000000)),
    ("a million dollars", ("USD", 1000000)),
    ("twenty-five yuan", ("CNY", 25)),
    ("S$4.5 million", ("SGD", 4500000)),
    ("NT$900", ("TWD", 900)),
    ("A$2bn", ("AUD", 2000000000)),
    ("$5", ("USD", 5)),
    ("$0.99", ("USD", 0.99)),
    ("yuan", None),
    ("$", None),
    ("five", None),
    ("39 million", None),
    ("RMBX 5", None),
    ("$abc", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_normalize_parse_money(text, expected):
    got = parse_money(text)
    if expected is None:
        assert got is None
    else:
        assert got == Money(expected[1], expected[0])


def test_normalize_parse_money_yen_sign_is_configurable():
    assert parse_money("¥300", yen_sign="JPY") == Money(300, "JPY")


PERCENTS = [
    ("70 percent", 70), ("15.4 percent", 15.4), ("9%", 9), ("9 %", 9), ("0.5%", 0.5),
    ("7.5%", 7.5), ("14 per cent", 14), ("nine percent", 9), ("twenty percent", 20),
    ("100 percent", 100), ("3 pct", 3), ("12 Percent", 12), ("1,000 percent", 1000),
    ("percent", None), ("x%", None), ("", None), ("15.4", None), ("abc percent", None),
    ("60 percent", 60), ("18.5 percent", 18.5), ("50%", 50), ("0%", 0), ("99.9%", 99.9),
    ("two percent", 2), ("fifty per cent", 50), ("a hundred percent", 100), ("5 PERCENT", 5),
    ("12.25 per  cent", 12.25), ("3pct", 3), ("25 Per Cent", 25), ("1.5 %", 1.5), ("400%", 400),
    ("thirty-five percent", 35), ("%", None), ("%5", None), ("5 percents", None), ("five", None),
    ("1,2 percent", None), ("15.4 percent points", None), ("percent 5", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PERCENTS)
def test_normalize_parse_percent(text, expected):
    assert parse_percent(text) == expected


DATES = [
    ("2016-10-10", None, "2016-10-10"),
    ("2021-04-08", None, "2021-04-08"),
    ("2016-13-40", None, None),
    ("2016-10", None, "2016-10"),
    ("Feb 9,2017 3:37 PM", None, "2017-02-09"),
    ("Feb 9, 2017", None, "2017-02-09"),
    ("February 9, 2017", None, "2017-02-09"),
    ("9 February 2017", None, "2017-02-09"),
    ("March 3, 2023 10:12 AM", None, "2023-03-03"),
    ("March 2019", None, "2019-03"),
    ("Sept 2020", None, "2020-09"),
    ("December 2001", None, "2001-12"),
    ("2016", None, "2016"),
    ("2022", None, "2022"),
    ("1999", None, "1999"),
    ("last year", "2024-05-01", "2023"),
    ("last year", "2016-10-10", "2015"),
    ("this year", "2021-04-08", "2021"),
    ("next year", "2017-02-09", "2018"),
    ("Last Year", "2017-02-09", "2016"),
    ("last month", "2024-01-15", "2023-12"),
    ("this month", "2024-01-15", "2024-01"),
    ("next month", "2024-12-15", "2025-01"),
    ("last year", None, None),
    ("this year", None, None),
    ("yesterday", "2020-03-01", "2020-02-29"),
    ("tomorrow", "2020-12-31", "2021-01-01"),
    ("yesterday", None, None),
    ("March 5", "2020-01-01", "2020-03-05"),
    ("March 5", None, None),
    ("garbage", None, None),
    ("13th", None, None),
    ("", None, None),
    ("five years", "2020-01-01", None),
    ("every year", "2020-01-01", None),
    ("$39", None, None),
    ("3:37 PM", None, None),
    ("2016-10-10", "2000-01-01", "2016-10-10"),
    ("May 2015", "2020-06-01", "2015-05"),
    ("1 January 2000", None, "2000-01-01"),
]


@pytest.mark.parametrize(("text", "published", "expected"), DATES)
def test_normalize_parse_date(text, published, expected):
    assert parse_date(text, published) == expected


@pytest.mark.parametrize("junk", ["\x00", "☃☃", "1" * 200, "$" * 50, "-", "…", "\n\n", "million billion"])
def test_normalize_garbage_gives_none_not_errors(junk):
    assert parse_money(junk) is None
    assert parse_percent(junk) is None
    assert parse_date(junk) is None
    parse_number(junk)  # may read "million billion" as a number; must not raise
