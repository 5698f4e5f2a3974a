"""Header dates that blind10 showed missing (tests/data/README.md, section r6num): a year-first
dotted date with a dot after the day in a byline of credits ('Wire | 2024.03.11. | Economy',
Hungarian sites) and a month name, day and two-digit year with a time ('Updated :May 02,24 9:15 AM',
Xining's English portal). Either one dates the article, so its relative dates get values."""

from __future__ import annotations

import pytest

from pipeline.normalize import parse_date
from pipeline.read import find_published

PARSED = [
    ("May 02,24 9:15 AM", "2024-05-02"),
    ("Sept 30,19 11:05 PM", "2019-09-30"),
    ("March 3, 21 08:40", "2021-03-03"),
    ("May 02,24", None),  # no time: the digits could be anything
    ("May 32,24 9:15 AM", None),
    ("Feb 29,23 1:00 PM", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARSED)
def test_normalize_parse_date_short_year_with_time(text, expected):
    assert parse_date(text) == expected


HEADERS = [
    ("Regional Desk\n\nWire-Budapest Post  |  2024.03.11.  |  Economy  |  Print\n\nBody.", "2024-03-11",
     "2024.03.11"),
    ("Portal\n\nPlant opens\n\n2022.9.4.\n\nBody text.", "2022-09-04", "2022.9.4"),
    ("Portal\n\nPlant opens\n\nUpdated: 2022.09.04 | Business\n\nBody.", "2022-09-04", "2022.09.04"),
    ("Home\n\nFair opens\n\n【Updated :May 02,24 9:15 AM】\n\nBody.", "2024-05-02", "May 02,24 9:15 AM"),
    ("Home\n\nFair opens\n\n[Updated: Sept 30,19 11:05 PM]\n\nBody.", "2019-09-30", "Sept 30,19 11:05 PM"),
    # no header date: a version number, a year-first date without the dot rule's line end, a
    # two-digit year without a time, a month that does not exist
    ("Release notes\n\nVersion 2024.03.11 adds tables and fixes bugs.\n\nBody.", None, None),
    ("Home\n\nFair opens\n\nUpdated :May 02,24\n\nBody.", None, None),
    ("Portal\n\nWire | 2024.02.30. | Economy\n\nBody.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "span"), HEADERS)
def test_read_find_published_dotted_and_short_year_headers(text, value, span):
    found, where = find_published(text)
    assert found == value
    assert (text[where[0] : where[1]] if where else None) == span


def test_dates_header_dates_the_relative_ones(ents, nlp):
    text = (
        "Hungary Wire  |  2024.03.14.  |  Business\n\n"
        "The minister said on Thursday that a tyre maker had bought land in Pécs. "
        "The company opened its first site last year."
    )
    found = [(t, f.get("value")) for _, t, f in ents(nlp, text, "DATE")]
    assert found == [("2024.03.14", "2024-03-14"), ("Thursday", "2024-03-14"), ("last year", "2023")]


def test_dates_short_year_header_in_text(ents, nlp):
    text = (
        "Home\n\nFair opens\n\n【Updated :May 02,24 9:15 AM】\n\nDeals were signed this year, officials said."
    )
    found = [(t, f.get("value")) for _, t, f in ents(nlp, text, "DATE")]
    assert found == [("May 02,24 9:15 AM", "2024-05-02"), ("this year", "2024")]
