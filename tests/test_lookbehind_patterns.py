"""Patterns whose first character is matched before their lookbehind (so a scan can skip to that
character): what they find at a text's start, after a word character, a hyphen or an apostrophe."""

from __future__ import annotations

import pytest

from pipeline.components.names import CAPITALS_RUN, PHOTO_PERSON, _phrase_pattern
from pipeline.components.resolve import JOINED

# (text, the runs of capitals found)
CAPITAL_RUNS = [
    ("JAPAN", ["JAPAN"]),
    ("Topics: SAUDI ARABIA  MODON", ["SAUDI ARABIA", "MODON"]),
    ("xJAPAN", []),
    ("-JAPAN", []),
    ("’JAPAN and 'CHINA", []),
    ("9JAPAN", []),
    ("(JAPAN)", ["JAPAN"]),
    ("BANK OF CHINA LTD GROUP", ["BANK OF CHINA", "GROUP"]),
    ("NOT-ME", []),
    ("ABC", []),
]


@pytest.mark.parametrize(("text", "expected"), CAPITAL_RUNS)
def test_names_capitals_run_after_no_word_character(text, expected):
    assert [m.group() for m in CAPITALS_RUN.finditer(text)] == expected


# (text, the hyphen-joined names found)
JOINED_NAMES = [
    ("SAIC-GM-Wuling", ["SAIC-GM-Wuling"]),
    ("a GAC-Toyota plant", ["GAC-Toyota"]),
    ("xGAC-Toyota", []),
    ("-GAC-Toyota", []),
    ("_GAC-Toyota", []),
    ("1GAC-Toyota", []),
    ("(FAW-Volkswagen)", ["FAW-Volkswagen"]),
    ("GAC-toyota", []),
    ("GAC-Toyota-", []),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_NAMES)
def test_resolve_joined_names_after_no_word_character(text, expected):
    assert [m.group() for m in JOINED.finditer(text)] == expected


# (text, the phrases found)
PHRASES = [
    ("Belt and Road", ["Belt and Road"]),
    ("the (Belt and Road) plan", ["Belt and Road"]),
    ("xBelt and Road", []),
    ("-Belt and Road", []),
    ("éBelt and Road", []),
    ("Belt and Roads", []),
    ("a 21st Century Maritime Silk Road port", ["21st Century Maritime Silk Road"]),
    ("the 121st Century Maritime Silk Road", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_names_phrase_pattern_whole_words_only(text, expected):
    rx = _phrase_pattern(["Belt and Road", "21st Century Maritime Silk Road"])
    assert [m.group() for m in rx.finditer(text)] == expected


# (text, the photographers found)
PHOTO_CREDITS = [
    ("Photo: Ana Lima/AGECOM", ["Ana Lima"]),
    ("(Images: Bo Li Wen/Xinhua)", ["Bo Li Wen"]),
    ("Pictures:Al Bo/File", ["Al Bo"]),
    ("xPhoto: Ana Lima/AGECOM", []),
    ("_Images: Bo Li/Xinhua", []),
    ("Photo: Nordic Ledger", []),
]


@pytest.mark.parametrize(("text", "expected"), PHOTO_CREDITS)
def test_names_photo_person_after_no_word_character(text, expected):
    assert [m.group("p") for m in PHOTO_PERSON.finditer(text)] == expected
