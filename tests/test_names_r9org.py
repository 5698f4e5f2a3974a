"""Organisation names that other rules misread (session 10 round 2, "r9org" in
tests/data/README.md): a programme whose name holds a verb glued by a hyphen ('Value-added') is
no person after a speech verb, and the capitalised words right before a bracketed acronym that
they spell out are the organisation's full name. Every sentence is written for these tests, on
both bases."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) 'added' glued to the word before it by a hyphen is part of an adjective, not a speech verb
VALUE_ADDED = [
    ("Ranchers can claim a rebate under the Alberta Value-added Livestock Incentive this year.",
     "Livestock Incentive"),
    ("The Manitoba Value-Added Grain Incentive pays a credit on new mills.", "Grain Incentive"),
    ("Growers welcomed the Ontario Value-added Dairy Fund when it opened.", "Dairy Fund"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), VALUE_ADDED)
def test_names_value_added_programme_is_no_person(nlp, ents, text, words):
    assert not any(words in p for p in names(ents, nlp, text, "PERSON"))


# the speech verb alone, with a space before it, still introduces a person
SAID_PEOPLE = [
    ("The plant will open in May, added Nomvula Dlamini, who runs the project.", "Nomvula Dlamini"),
    ("Output doubled, said Kwame Asante on Monday.", "Kwame Asante"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), SAID_PEOPLE)
def test_names_speech_verb_with_space_still_finds_person(nlp, ents, text, person):
    assert person in names(ents, nlp, text, "PERSON")


# (b) the words before a bracketed acronym that they spell out are the organisation
SPELT_OUT = [
    ("Kalahari Ore Haulage (KOH) said it would add 40 wagons next year.", "Kalahari Ore Haulage", "KOH"),
    ("Exports through Walvis Bay Bulk Terminal (WBBT) fell by a tenth in March.",
     "Walvis Bay Bulk Terminal", "WBBT"),
    ("The loan came from the Bank of Northern Pastures (BNP) last week.", "Bank of Northern Pastures", "BNP"),
    ("Savanna Freight Rail (SFR) says the line will reopen in June.", "Savanna Freight Rail", "SFR"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org", "acronym"), SPELT_OUT)
def test_names_words_spelling_bracketed_acronym_are_the_org(nlp, ents, text, org, acronym):
    orgs = names(ents, nlp, text, "ORG")
    assert org in orgs
    assert acronym in orgs


# words that do not spell the acronym, or a lower-case phrase before it, give no ORG
NOT_SPELT = [
    ("Rates at Lakeside Port (KPA) rose in May.", "Lakeside Port"),
    ("Yields rose on the new farm (NFX) in May.", "new farm"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), NOT_SPELT)
def test_names_words_not_spelling_acronym_stay_apart(nlp, ents, text, words):
    assert words not in names(ents, nlp, text, "ORG")


# (c) portfolio words closed by a country, without 'and', after at most one word naming the
# region served: a government agency, not the country
AGENCIES = [
    ("The loan came from Pacific Economic Development Canada on Tuesday.", "Pacific Economic Development Canada"),
    ("Exporters can insure sales with Export Development Canada, the minister said.", "Export Development Canada"),
    ("A grant from Atlantic Regional Development Canada paid for the dock.",
     "Atlantic Regional Development Canada"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org"), AGENCIES)
def test_names_portfolio_words_before_country_are_an_agency(nlp, ents, text, org):
    assert org in names(ents, nlp, text, "ORG")
    assert "Canada" not in names(ents, nlp, text, "PLACE")


# a name and one portfolio word, or a region with no portfolio noun before the country, stay apart
NOT_AGENCIES = [
    ("Sales of Maple Development Canada rose.", "Maple Development Canada"),
    ("Jobs grew fastest in Northern Canada last year.", "Northern Canada"),
    ("Because Economic Development Canada lent the money, the mill reopened.",
     "Because Economic Development Canada"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), NOT_AGENCIES)
def test_names_country_after_other_words_is_no_agency(nlp, ents, text, words):
    assert words not in names(ents, nlp, text, "ORG")


# (d) a short name set off after an organisation's full name by 'or' or 'known as' is the same
# organisation, there and where the article uses it again
ALIASES = [
    ("Funds came from Northern Mining Company, or Ma'dina, last spring. Ma'dina said it would hire 200 people.",
     "Ma'dina", 2),
    ("The Kestrel Water Utility Company, also known as Kestrawa, raised tariffs. Kestrawa blamed fuel costs.",
     "Kestrawa", 2),
    ("A loan from Atlantic Economic Development Canada, or AtlantiCan, paid for the dock.", "AtlantiCan", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "alias", "count"), ALIASES)
def test_names_alias_after_org_is_the_org(nlp, ents, text, alias, count):
    assert names(ents, nlp, text, "ORG").count(alias) == count


# 'or' between things that are no organisation gives no ORG; the alias must close with punctuation
NOT_ALIASES = [
    ("Buyers chose apples, or Galas, at the market.", "Galas"),
    ("The Kestrel Water Utility Company, or Kestrawa Holdings plans, were dropped in May.", "Kestrawa Holdings plans"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), NOT_ALIASES)
def test_names_or_without_org_before_is_no_alias(nlp, ents, text, words):
    assert words not in names(ents, nlp, text, "ORG")
