"""Names on regional business news from India, South Africa, Hungary, Canada, Saudi Arabia
and Malaysia (issue 10, session 7, branch world7), one table per class, on both bases. Every
sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("world7 (session 7)")."""

from __future__ import annotations

import pytest

from tests.conftest import names

# (a) a portfolio written before or after a minister's title names no body: its words are no
# ORG, and the person after it is found
PORTFOLIO_TITLES = [
    (
        "Fisheries Minister Dana Whitford said the grant covers two plants.",
        [],
        ["Dana Whitford"],
    ),
    (
        "Labour, Immigration and Skills Minister Carla Moreau announced the fund today.",
        [],
        ["Carla Moreau"],
    ),
    (
        "Rural and Northern Development Minister Tom Ashby spoke in Brandon on Friday.",
        [],
        ["Tom Ashby"],
    ),
    (
        "Alberta Forestry Minister Ken Lafleur opened the mill in Hinton.",
        [],
        ["Ken Lafleur"],
    ),
    (
        "The delegation was led by the Minister for Mines and Geology, and Skill Development "
        "Ravi Menon on Monday.",
        [],
        ["Ravi Menon"],
    ),
    (
        "Gujarat Minister RK Desai met the investors in Surat.",
        [],
        ["RK Desai"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "people"), PORTFOLIO_TITLES)
def test_names_portfolio_before_title_is_no_org(nlp, ents, text, orgs, people):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == people


# negative cases: a body, an acronym or a name before the title stays what it was
PORTFOLIO_KEPT = [
    (
        "Orders rose, said Meera Rao, Principal Secretary, Department of Mines and Geology.",
        "PERSON",
        ["Meera Rao"],
    ),
    (
        "The Provincial Apprenticeship Board, Labour and Skills Minister Carla Moreau said.",
        "ORG",
        ["Provincial Apprenticeship Board"],
    ),
    ("The ANC Secretary General Lindiwe Mokoena spoke in Durban.", "ORG", ["ANC"]),
    (
        "Minister of Foreign Affairs and Trade Gábor Kertész visited Győr.",
        "PERSON",
        ["Gábor Kertész"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), PORTFOLIO_KEPT)
def test_names_portfolio_keeps_bodies_and_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (b) people with honorifics: Arabic names with 'bin' chains and 'Al-' surnames after a title,
# Malaysian names (a later mention uses the given name), Malay office titles
HONORIFIC_NAMES = [
    (
        "TABUK: Gov. Prince Faisal bin Nawaf bin Fahd bin Abdulaziz of the region received them.",
        ["Faisal bin Nawaf bin Fahd bin Abdulaziz"],
    ),
    (
        "The Minister of Energy and Water Saleh Al-Muqbel toured the plant on Sunday.",
        ["Saleh Al-Muqbel"],
    ),
    (
        "Its chairman Datuk Azmirul Hakim Daud opened the plant. The park will employ 900, said "
        "Azmirul. Azmirul added that more land was ready.",
        ["Azmirul Hakim Daud", "Azmirul", "Azmirul"],
    ),
    (
        "Menteri Besar Datuk Seri Mohd Rafizal Hamdan launched the park. Rafizal said the state "
        "would add roads.",
        ["Mohd Rafizal Hamdan", "Rafizal"],
    ),
    (
        "The Perak Mentri Besar Datuk Zulhilmi Rasyid met investors at the Mentri Besar's office.",
        ["Zulhilmi Rasyid"],
    ),
    (
        "The Kedah Ruler Sultan Aminuddin Halim attended the launch.",
        ["Sultan Aminuddin Halim"],
    ),
    (
        "Tan Sri Hamdan Ridzwan Osman will chair the panel. Hamdan said it meets monthly.",
        ["Hamdan Ridzwan Osman", "Hamdan"],
    ),
    ('"We will act," Tan Sri Rosli said.', ["Rosli"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HONORIFIC_NAMES)
def test_names_people_with_honorifics(nlp, ents, text, expected):
    assert names(ents, nlp, text, "PERSON") == expected


# negative cases: a Chinese Malaysian name keeps its family name; 'Sultan' and 'Besar' inside
# names, places and companies stay there
HONORIFIC_KEPT = [
    (
        "Datuk Seri Wong Kah Seng opened the plant. Wong said exports rose.",
        "PERSON",
        ["Wong Kah Seng", "Wong"],
    ),
    ("Prince Sultan bin Fahd visited the port.", "PERSON", ["Sultan bin Fahd"]),
    ("The plant is near Kota Besar in Kelantan.", "PERSON", []),
    ("Besar Holdings Bhd will build a mill in Ipoh.", "ORG", ["Besar Holdings Bhd"]),
    ("Tan Wei Ming said sales rose. Tan added that costs fell.", "PERSON", ["Tan Wei Ming", "Tan"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), HONORIFIC_KEPT)
def test_names_honorifics_keep_other_names(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected


# (c) 'and' between two abstract nouns inside one body's name (the suffix marks the noun, as
# org_coordinated_words.txt lists others): one ORG; two companies stay two
AND_INSIDE_NAMES = [
    (
        "The Saskatchewan Accreditation and Inspection Board named a new chair.",
        ["Saskatchewan Accreditation and Inspection Board"],
    ),
    (
        "She chairs the Penang Apprenticeship and Placement Council.",
        ["Penang Apprenticeship and Placement Council"],
    ),
    (
        "Orders went to Kestrel Mining Ltd and Baylor Paper Group last year.",
        ["Kestrel Mining Ltd", "Baylor Paper Group"],
    ),
    (
        "Shares of Norvik and Tamsin Holdings rose on Monday.",
        ["Norvik", "Tamsin Holdings"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AND_INSIDE_NAMES)
def test_names_and_between_abstract_nouns_inside_one_name(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


# (d) South Africa's short forms in its business press are places (places_extra.tsv), not
# acronyms of bodies; a company whose name holds one stays one ORG
SHORT_FORMS = [
    ("Sales outside of SA rose 9%, and stores in KZN reopened.", "PLACE", ["SA", "KZN"]),
    ("Exports from the RSA to Kenya doubled.", "PLACE", ["RSA", "Kenya"]),
    ("SA Tyre Works Ltd will hire 200 people in Durban.", "ORG", ["SA Tyre Works Ltd"]),
    ("Vendemar SA, a Spanish packaging firm, bought the mill.", "PLACE", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label", "expected"), SHORT_FORMS)
def test_names_south_african_short_forms(nlp, ents, text, label, expected):
    assert names(ents, nlp, text, label) == expected
