"""People's names that were cut or missed outside China (session 9 round 2, branch r7person), on
both bases: (a) a Korean given name of two syllables joined by a hyphen, the second in lower
case ('Kim Jae-won'), is one unit of the name, and later mentions use the family name; (b)
initials glued with their stops ('M.B. Patil') open a name, but a country's dotted short form
('U.S. Steel') does not; (c) one name word after a capitalised title ('Chief Minister
Siddaramaiah', 'Mayor Shea said') is a person's name, unless it is a dictionary word, a place,
a title, a body's or a feature's word, or a longer capitalised run goes on.

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "r7person".
"""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) Korean given names written 'Xx-yy'
KOREAN = [
    ("Plant director Lim Tae-hoon said output would double next year.", "Lim Tae-hoon"),
    ("The deal was signed by Dongsan Chemical CEO Bae Min-seok on Monday.", "Bae Min-seok"),
    ("Jung Hye-won, head of the Gyor unit, said 300 workers would be hired.", "Jung Hye-won"),
    ("Vice President Oh Young-jin toured the site in Kecskemet.", "Oh Young-jin"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), KOREAN)
def test_names_r7person_korean_given_name_is_one_unit(nlp, ents, text, person):
    people = names(ents, nlp, text, "PERSON")
    assert person in people
    assert person.rsplit("-", 1)[0] not in people  # not cut at the hyphen


def test_names_r7person_korean_family_name_stands_for_the_person(nlp, ents):
    text = (
        "Haneul Steel chief executive Moon Seung-ho said on Friday the plant would open in May. "
        "Moon said 120 engineers would move from Ulsan."
    )
    people = names(ents, nlp, text, "PERSON")
    assert "Moon Seung-ho" in people
    assert people.count("Moon") == 1


# a hyphen and a lower-case word that is no syllable, or a function word, ends the name
NOT_KOREAN = [
    ("said Anna Kovacs-based consultancy", "Anna Kovacs-based"),
    ("Finance Minister Mihaly Tie-in", "Mihaly Tie-in"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wrong"), NOT_KOREAN)
def test_names_r7person_english_hyphen_word_is_no_given_name(nlp, ents, text, wrong):
    assert wrong not in names(ents, nlp, text, "PERSON")


# (b) initials glued with their stops
GLUED_INITIALS = [
    ("Industries Minister R.K. Hegde said 14 projects were cleared.", "R.K. Hegde"),
    ("The plant was opened by Minister S.V. Raghavan on Monday.", "S.V. Raghavan"),
    ("Principal Secretary A.P.S. Menon chaired the meeting in Kochi.", "A.P.S. Menon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), GLUED_INITIALS)
def test_names_r7person_glued_initials_open_a_name(nlp, ents, text, person):
    assert person in names(ents, nlp, text, "PERSON")


def test_names_r7person_glued_initials_surname_votes_person(nlp, ents):
    text = (
        "Minister R.K. Hegde visited the Hubballi cluster on Tuesday. "
        "Hegde said the state would add 3,000 acres of industrial land."
    )
    assert names(ents, nlp, text, "PERSON").count("Hegde") == 1
    assert "Hegde" not in names(ents, nlp, text, "ORG")


def test_names_r7person_country_initials_open_no_name(nlp, ents):
    text = "Minister U.S. Steel said nothing."
    assert "U.S. Steel" not in names(ents, nlp, text, "PERSON")


# (c) a title and one name word
TITLED_MONONYM = [
    ("Chief Minister Kumaraswamy on Monday cleared 9 projects worth Rs 4,000 crore.", "Kumaraswamy"),
    ("The dam was inspected by Mayor Okonkwo, who promised new pipes.", "Okonkwo"),
    ("Minister Thakkar said the corridor would be ready in 2027.", "Thakkar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person"), TITLED_MONONYM)
def test_names_r7person_title_then_one_name_word(nlp, ents, text, person):
    assert person in names(ents, nlp, text, "PERSON")


def test_names_r7person_titled_mononym_wins_the_article_vote(nlp, ents):
    text = (
        "Chief Minister Kumaraswamy chaired the meeting in Bengaluru on Monday. "
        "Kumaraswamy said the state had cleared 9 projects."
    )
    assert names(ents, nlp, text, "PERSON").count("Kumaraswamy") == 2
    assert "Kumaraswamy" not in names(ents, nlp, text, "ORG")


NOT_TITLED_MONONYM = [
    "The Prime Minister Office said the plan was ready.",
    "Mayor Street will be closed on Sunday.",
    "The event was opened by Governor Mombasa officials.",
    "Minister Kumaraswamy Gowda said the plan was ready.",
]


@pytest.mark.parametrize("text", NOT_TITLED_MONONYM)
def test_names_r7person_title_before_a_common_or_place_word_names_nobody(nlp, ents, text):
    people = names(ents, nlp, text, "PERSON")
    assert not any(p in ("Office", "Street", "Mombasa", "Kumaraswamy") for p in people)


# (d) a model's PERSON that is a town's whole name (the gazetteer or the small towns' index)
TOWN_NOT_PERSON = [
    ("Smooth Rock Falls Mayor Joel Bilodeau said the mill would reopen in May.", "Smooth Rock Falls"),
    ("Kapuskasing, Smooth Rock Falls and Hearst signed the deal on Monday.", "Smooth Rock Falls"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town"), TOWN_NOT_PERSON)
def test_names_r7person_town_is_no_person(nlp, ents, text, town):
    assert town not in names(ents, nlp, text, "PERSON")


def test_names_r7person_town_before_a_title_is_a_place(nlp_sm, ents):
    text = "Smooth Rock Falls Mayor Joel Bilodeau said the mill would reopen in May."
    assert "Smooth Rock Falls" in names(ents, nlp_sm, text, "PLACE")
    assert "Joel Bilodeau" in names(ents, nlp_sm, text, "PERSON")


def test_names_r7person_person_not_a_town_stays(nlp_sm, ents):
    text = "The plan was welcomed by Walter Mzembi, who spoke in Harare on Monday."
    assert "Walter Mzembi" in names(ents, nlp_sm, text, "PERSON")


def test_names_r7person_title_word_before_a_product_names_nobody(nlp, ents):
    text = "Dealers sold more Paduka Veloce scooters in Ipoh."
    assert names(ents, nlp, text, "PERSON") == []


def test_names_r7person_title_word_after_a_role_is_a_given_name(nlp, ents):
    text = "District mayor Princess Ndlovu said the road would open in June."
    assert "Ndlovu" not in names(ents, nlp, text, "PERSON")
