"""'Wednesday (14/8)': the bracketed day after a weekday is a second DATE of the same day
(tests/data/README.md, blind2 conventions), read day/month or month/day by the weekday."""

from __future__ import annotations

import pytest

from pipeline.normalize import day_month_after_weekday

READINGS = [
    ("Wednesday", "14/8", "2024-08-15", "2024-08-14"),  # day/month
    ("Thursday", "5/11", "2020-11-06", "2020-11-05"),
    ("Thursday", "8/8", "2024-08-15", "2024-08-08"),
    ("Saturday", "17/12/2022", None, "2022-12-17"),  # the year written
    ("Tuesday", "12/17/2024", None, "2024-12-17"),  # month/day, when only it falls on the weekday
    ("Monday", "27/12", "2022-01-03", "2021-12-27"),  # the year before the publication year
    ("Friday", "14/8", "2024-08-15", None),  # 14 August 2024 was a Wednesday
    ("Wednesday", "14/8", None, None),  # no year to read it in
    ("Someday", "14/8", "2024-08-15", None),
    ("Wednesday", "31/31", "2024-08-15", None),
    # the day of the month alone (Brazilian copy): in the publication month or one either side
    ("Monday", "10", "2025-11-10", "2025-11-10"), ("Friday", "7", "2025-11-10", "2025-11-07"),
    ("Friday", "31", "2025-11-03", "2025-10-31"), ("Monday", "11", "2025-11-10", None),
    ("Monday", "10", None, None), ("Monday", "0", "2025-11-10", None),
]  # fmt: skip


@pytest.mark.parametrize(("weekday", "numbers", "published", "expected"), READINGS)
def test_dates_day_month_after_weekday(weekday, numbers, published, expected):
    assert day_month_after_weekday(weekday, numbers, published) == expected


def dates(ents, nlp, text: str) -> list[tuple[str, str | None]]:
    return [(t, f.get("value")) for _, t, f in ents(nlp, text, "DATE")]


IN_TEXT = [
    ("Updated: 2024-08-15\n\nThe minister said on Wednesday (14/8) that permits were issued.",
     [("2024-08-15", "2024-08-15"), ("Wednesday", "2024-08-14"), ("14/8", "2024-08-14")]),
    ("Updated: 2024-08-15\n\nOfficials said on Thursday (8/8) that 40 firms applied.",
     [("2024-08-15", "2024-08-15"), ("Thursday", "2024-08-08"), ("8/8", "2024-08-08")]),
    ("The deal was signed on Saturday (17/12/2022) in Jakarta.",
     [("Saturday", "2022-12-17"), ("17/12/2022", "2022-12-17")]),
    ("Published 10 November 2025\n\nThe ministry said this Monday (10) that sales rose, as it had on Friday (7).",
     [("10 November 2025", "2025-11-10"), ("this Monday", "2025-11-10"), ("10", "2025-11-10"),
      ("Friday", "2025-11-07"), ("7", "2025-11-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IN_TEXT)
def test_dates_weekday_numbers_in_text(nlp, ents, text, expected):
    assert dates(ents, nlp, text) == expected


NEGATIVE = [
    "The score was 2-1 (14/8) in the second half.",
    "Shares of the group (14/8) fell.",
    "The holiday (10) and Route (66) stay numbers.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_dates_weekday_numbers_negative(nlp, ents, text):
    assert dates(ents, nlp, text) == []
