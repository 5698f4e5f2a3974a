"""pipeline.lazyre: a pattern compiled on first use answers as the compiled pattern does."""

import re

import pytest

from pipeline.lazyre import lazy_compile

CASES = [
    # pattern, flags, text
    (r"(?P<n>\d+(?:\.\d+)?) (?:million|bn)", 0, "up 2.5 million and 3 bn, not 7 m"),
    (r"^said\b", re.MULTILINE, "He said\nsaid she\nunsaid"),
    (r"[’']s\b", 0, "the firm’s chief and the city's mayor"),
    (r"café", re.IGNORECASE, "CAFÉ, Café and cafe"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_lazyre_answers_as_the_compiled_pattern(pattern: str, flags: int, text: str) -> None:
    lazy, eager = lazy_compile(pattern, flags), re.compile(pattern, flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("#", text) == eager.sub("#", text)
    assert lazy.split(text) == eager.split(text)
    found, want = lazy.search(text), eager.search(text)
    assert found is not None and want is not None and found.span() == want.span()
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        eager.pattern,
        eager.flags,
        eager.groups,
        eager.groupindex,
    )


def test_lazyre_compiles_only_when_first_used() -> None:
    lazy = lazy_compile(r"\d+")
    assert "search" not in vars(lazy)  # nothing compiled by making it
    assert lazy.match("42 apples").group() == "42"
    assert "search" in vars(lazy) and "match" in vars(lazy)  # compiled once, kept


def test_lazyre_bad_pattern_fails_when_used() -> None:
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")
    with pytest.raises(re.error):  # every use, not only the first
        lazy.match("text")


def test_lazyre_module_holds_the_compiled_pattern_after_first_use() -> None:
    home: dict[str, object] = {"lazy_compile": lazy_compile}
    exec("DIGITS = lazy_compile(r'\\d+')", home)  # a module of its own
    stand_in: re.Pattern[str] = home["DIGITS"]  # type: ignore[assignment]
    assert not isinstance(stand_in, re.Pattern)
    assert stand_in.findall("3 of 45") == ["3", "45"]
    assert isinstance(home["DIGITS"], re.Pattern)  # the module's name now holds the pattern
    assert stand_in.findall("7 and 8") == ["7", "8"]  # and a kept stand-in still answers
