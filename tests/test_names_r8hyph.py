"""Names joined by hyphens (session 9 round 3, "r8hyph" in tests/data/README.md): a county or
township whose own name is three words glued by hyphens is one place with its designator, and
the article's later bare mention of it stays that place when it stands in a list beside an
organisation or where the model alone read a person. Every sentence is written for these tests,
on both bases."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) glued hyphens do not count as words: 'Jász-Nagykun-Szolnok county' is a three-word name
# before its designator, not a five-token run cut to its last two words
CHAINED_COUNTIES = [
    ("A dairy will open a cheese plant in Jász-Nagykun-Szolnok county next year.",
     "Jász-Nagykun-Szolnok county"),
    ("Farm incomes in Győr-Moson-Sopron County rose last year.", "Győr-Moson-Sopron County"),
    ("The bypass will cross Hajdú-Bihar county from west to east.", "Hajdú-Bihar county"),
    ("Water prices went up in Alder-Fenwick-Holm Township this spring.",
     "Alder-Fenwick-Holm Township"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), CHAINED_COUNTIES)
def test_names_hyphen_chain_before_designator_is_one_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


# still at most four words before a designator: a longer capitalised run is no place name
LONG_RUNS = [
    ("The Old Red Mill Farm Stall Guest County Fair drew crowds.", "Stall Guest County Fair"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), LONG_RUNS)
def test_names_hyphen_chain_word_limit_still_holds(nlp, ents, text, span):
    assert not any(span in p for p in names(ents, nlp, text, "PLACE"))


# (b) the bare name later in the article: a list member beside an organisation, or a name the
# model alone read as a person, stays the place the designator named
LATER_MENTIONS = [
    ("A dairy will open a cheese plant in Jász-Nagykun-Szolnok county next year.\n\n"
     "Related: Jász-Nagykun-Szolnok, Tesco, dairy, exports", "Jász-Nagykun-Szolnok"),
    ("Farm incomes in Győr-Moson-Sopron county rose last year.\n\n"
     "Filed under: Audi, Győr-Moson-Sopron, farming", "Győr-Moson-Sopron"),
    ("A depot opened in Szabolcs-Szatmár-Bereg county on Monday.\n\n"
     "Topics: KPMG, Szabolcs-Szatmár-Bereg, logistics", "Szabolcs-Szatmár-Bereg"),
    ("The bypass will cross Hajdú-Bihar county from west to east. Hajdú-Bihar will pay a third "
     "of the cost.", "Hajdú-Bihar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), LATER_MENTIONS)
def test_names_designated_place_keeps_its_label_later(nlp, ents, text, place):
    places = names(ents, nlp, text, "PLACE")
    assert places.count(place) + places.count(f"{place} county") == 2
    assert place not in names(ents, nlp, text, "ORG") + names(ents, nlp, text, "PERSON")


# negative: a list member the article never names with a designator is still read from its
# neighbours
def test_names_undesignated_list_member_stays_org(nlp, ents):
    text = "Orders came from Tesco, Penny Market and Grobelnik for the new cheese."
    assert "Grobelnik" in names(ents, nlp, text, "ORG")


# (c) a known place of two or more words glued by a hyphen to one word no gazetteer holds is one
# place's own name; a large city or a country before the hyphen pairs with a second place, and a
# capitalised word after the glued word makes a longer name of some other kind
HYPHEN_NAMED = [
    ("The sawmill in Black River-Matheson will reopen in May.", "Black River-Matheson"),
    ("Councillors from Port Alfred-Kowie met the premier on Friday.", "Port Alfred-Kowie"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), HYPHEN_NAMED)
def test_names_multiword_place_with_hyphened_word_is_one_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


NOT_HYPHEN_NAMED = [
    ("Buses between Cape Town-Bellville stopped on Monday.", "Cape Town-Bellville"),
    ("Exports from South Africa-Zimbabwe fell.", "South Africa-Zimbabwe"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span"), NOT_HYPHEN_NAMED)
def test_names_large_place_before_hyphen_is_not_one_name(nlp, ents, text, span):
    assert span not in names(ents, nlp, text, "PLACE")


# (d) a glued hyphen chain written with accents whose accent-free form the gazetteer holds is
# one place ('Győr-Moson-Sopron' is the county, not three towns); a chain the gazetteer does not
# hold is left to the pair rule
ACCENTED_CHAINS = [
    ("Wages in Győr-Moson-Sopron and Vas rose faster than in Budapest.", "Győr-Moson-Sopron"),
    ("Carmakers in Baden-Württemberg cut shifts this week.", "Baden-Württemberg"),
    ("A ferry line will link Komárom-Esztergom with Slovakia.", "Komárom-Esztergom"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), ACCENTED_CHAINS)
def test_names_accented_hyphen_chain_the_gazetteer_holds_is_one_place(nlp, ents, text, place):
    assert place in names(ents, nlp, text, "PLACE")


def test_names_accented_chain_of_two_towns_stays_two_places(nlp, ents):
    places = names(ents, nlp, "The Győr-Pécs rail link will open in 2027.", "PLACE")
    assert "Győr-Pécs" not in places
    assert "Győr" in places
