"""Gulf names on regional business pages (issue 10, session 9, branch gulf9), on both bases.
Every sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("gulf9 (session 9)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) an Arabic place that the gazetteer holds only with its article ('Ad Duqm', 'Al Kharj',
# 'Al Buraymi') is found as news writes it, without the article
ARTICLE_DROPPED = [
    ("The refinery in Duqm started its second unit last month.", ["Duqm"]),
    ("Trucks will carry the steel from Kharj to the port.", ["Kharj"]),
    ("A new customs post opened in Buraimi on Sunday.", ["Buraimi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "places"), ARTICLE_DROPPED)
def test_names_arabic_place_without_article(nlp, ents, text, places):
    assert names(ents, nlp, text, "PLACE") == places


# negatives: a stem that is a common English word is no place ('Salt' of 'As Salt'), and a
# word after 'Al' in a person's name stays in the name
ARTICLE_DROPPED_NOT_PLACES = [
    "The plant makes salt and cement for local builders.",
    "Yousef Al Kharji, the fund's chairman, opened the meeting.",
]


@pytest.mark.parametrize("text", ARTICLE_DROPPED_NOT_PLACES)
def test_names_arabic_place_stem_not_common_word(nlp, ents, text):
    assert names(ents, nlp, text, "PLACE") == []


# (b) a Gulf name of given, father's and family name with 'Al' written apart ('Fahad Nasser Al
# Ruqaishi') is one name before ", <role>": the family name 'Al X' is one unit, as 'Al-X' is
ARTICLE_FAMILY_NAME = [
    ("The accord was signed by Hilal Saif Al Amri, Minister of Health, on Monday.",
     ["Hilal Saif Al Amri"]),
    ("The lease went to Talib Rashid Al Hinai, chairman of the port company.",
     ["Talib Rashid Al Hinai"]),
    ("The plan was presented by Energy Minister Marwan Al Shamsi, chairman of the board.",
     ["Marwan Al Shamsi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), ARTICLE_FAMILY_NAME)
def test_names_article_family_name_is_one_unit(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# (c) an Arabic name whose ʿayn is written as an apostrophe ('Ma'mari', 'Nu’amani', 'Qa'idi')
# is a name word, inside a patronymic chain or after a title
AYN_NAMES = [
    ("Talal bin Saif Al Ma'mari, the chairman, opened the plant.", ["Talal bin Saif Al Ma'mari"]),
    ("The pact was signed by Dr. Khalfan bin Ali Al Nu’amani, Minister of Labour.",
     ["Khalfan bin Ali Al Nu’amani"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "people"), AYN_NAMES)
def test_names_ayn_apostrophe_name(nlp, ents, text, people):
    assert names(ents, nlp, text, "PERSON") == people


# negatives: a pinyin place with an apostrophe ('Xi'an') is no person's name word, and a
# contraction is no name
AYN_NOT_PERSONS = [
    "Exports from Xi'an rose by a tenth, the bureau said.",
    "Don't expect the plant to open before May, the firm said.",
]


@pytest.mark.parametrize("text", AYN_NOT_PERSONS)
def test_names_ayn_shape_not_person(nlp, ents, text):
    assert names(ents, nlp, text, "PERSON") == []


# (d) the dictionary words after an office's title and 'of'/'for' ('Minister of Energy and
# Minerals', 'Director of Finance and Risk Management') are its portfolio, no body: the base
# model's ORG there is dropped, on every part of a list joined by 'and'
PORTFOLIOS = [
    "Noura Saleh, Director of Finance and Risk Management, said costs fell in the second quarter.",
    "The visit was led by Khalid Al Zaabi, Deputy Prime Minister for Defence Affairs, on Tuesday.",
    "The minutes were read by Salem Al Hosani, Minister of Higher Education and Scientific Research, "
    "at the council.",
]


@pytest.mark.parametrize("text", PORTFOLIOS)
def test_names_portfolio_after_title_not_org(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


# negatives: a body named after the title keeps its name (a head word, or a word no dictionary has)
PORTFOLIO_NOT = [
    ("Omar Haddad, chairman of Gulf Cement Company, said sales rose.", ["Gulf Cement Company"]),
]


@pytest.mark.parametrize(("text", "orgs"), PORTFOLIO_NOT)
def test_names_body_after_title_stays_org(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (e) the base model's PERSON right after 'in' is a place's name ("plots in Kezad Al
# Ma'mourah"), unless a possessive follows ("a stake in Omar Haddad's firm")
def test_names_model_person_after_in_is_no_person(nlp_sm, ents):
    text = "The plots, covering 40,000 square metres in Kezad Al Ma'mourah, lie between Abu Dhabi and Dubai."
    assert names(ents, nlp_sm, text, "PERSON") == []


# (f) 'HE' (His Excellency), 'Gen.' and 'Dr.' before a Gulf official's name are titles: no ORG of
# their own (an acronym, or a name listed after a body), and the name after 'HE' is a PERSON
TITLE_ABBREVIATIONS = [
    ("The forum thanked HE Khalfan Saif Nasser Al Rawahi and the embassy staff for their help.",
     [], ["Khalfan Saif Nasser Al Rawahi"]),
    ("The pacts were signed by Salim Al Amri, Minister of State at the Ministry of Trade, "
     "Dr. Faisal Al Kindi, and the port chief.",
     ["Ministry of Trade"], ["Salim Al Amri", "Faisal Al Kindi"]),
    ("The delegation included Hilal Al Saadi, Minister of the Royal Court, Gen. Nasser Al Kharusi, "
     "Minister of Defence, and others.",
     ["Royal Court"], ["Hilal Al Saadi", "Nasser Al Kharusi"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "people"), TITLE_ABBREVIATIONS)
def test_names_title_abbreviation_not_org(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# negative: 'HE' inside a line in capitals or as an acronym of a body with its head stays out
def test_names_he_in_capitals_no_person(nlp, ents):
    assert names(ents, nlp, "HE SAID THE PLANT WOULD OPEN IN MAY.", "PERSON") == []
