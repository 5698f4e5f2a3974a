"""Property-based tests: the pipeline and the normalisers never raise, and every entity keeps SPEC's rules.

The budget is small by default so CI stays fast; NEWSFACTS_FUZZ_EXAMPLES=5000 runs a long session.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.normalize import parse_date, parse_money, parse_number, parse_percent
from pipeline.records import entities_problems

N = int(os.environ.get("NEWSFACTS_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=N,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NORMALISER_FUZZ = settings(max_examples=N * 5, deadline=None)

PIECES = st.sampled_from(
    ["Hohhot", "Inner Mongolia", "autonomous region", "district", "Group", "Daily", "Park of", "the", "Mr", "said",
     "$", "HK$", "RMB", "€", "£", "¥", "yuan", "dollars", "million", "billion", "bn", "m", "percent", "%",
     "last year", "this year", "2016", "2016-10-10", "Feb 9,2017", "13th", "one of", "over", "about", "nearly",
     "(", ")", "[Photo/", "]", ",", ".", "-", "\n", "\n\n", "\u00a0", "\r\n", "'s", "“", "”", "twenty-two", "a hundred"]
)  # fmt: skip
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**13).map(lambda n: f"{n:,}"),
    st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda f: f"{f:.2f}"),
    st.integers(min_value=0, max_value=99).map(str),
)
WORDS = st.from_regex(r"[A-Z][a-z]{1,9}|[a-z]{1,9}|[A-Z]{2,6}", fullmatch=True)
ARTICLE_LIKE = st.lists(st.one_of(PIECES, NUMBERS, WORDS), min_size=1, max_size=60).map(
    lambda parts: " ".join(parts)
)


def _check(nlp, text: str) -> None:
    ents = [e.to_dict() for e in nlp(text)._.newsfacts]
    assert entities_problems("fuzz", ents, text) == []


@FUZZ
@given(text=st.text(max_size=300))
def test_fuzz_pipeline_on_any_unicode(nlp, text):
    _check(nlp, text)


@FUZZ
@given(text=ARTICLE_LIKE)
def test_fuzz_pipeline_on_article_like_text(nlp, text):
    _check(nlp, text)


@NORMALISER_FUZZ
@given(text=st.one_of(st.text(max_size=80), ARTICLE_LIKE))
def test_fuzz_normalisers_never_raise(text):
    n = parse_number(text)
    assert n is None or isinstance(n, (int, float))
    m = parse_money(text)
    assert m is None or (isinstance(m.value, (int, float)) and len(m.currency) == 3)
    p = parse_percent(text)
    assert p is None or isinstance(p, (int, float))
    d = parse_date(text, "2020-05-17")
    assert d is None or isinstance(d, str)
