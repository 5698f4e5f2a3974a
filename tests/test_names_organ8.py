"""Long official and corporate names (session 8, branch organ8), one table per class, on both
bases: (a) a sentence's full stop after a company's abbreviation ('... Co Ltd.') is no part of
the name; (b) a person's name written straight after a body's 'of' tail ('... of the <City>
Party Committee Li Ming') is a PERSON, not the end of the ORG; (c) an 'and' between a lone
capitalised word and words ending in an organ's head is inside the organ's one name; (d) a
'for' tail goes on over 'with' ('Association for Friendship with Foreign Countries'); (e) two
places joined by 'and' before an organ's head are inside its name ('Hong Kong and Macao Affairs
Office'); (f) a government's office names its seat after 'in' ('Liaison Office of the Central
People's Government in the Hong Kong Special Administrative Region'); (g) a zone's phase or
number closes its name ('Industrial Zone Phase 4A'); (h) a seat of two or three words in brackets
inside a headed name joins it ('... Industrial Park (Vinh Phuc) Corporation').

Every sentence is written for these tests; the classes come from the published pages listed in
tests/data/README.md under "organ8".
"""

from __future__ import annotations

import pytest

from pipeline.components.resolve import _sentence_stop
from tests.conftest import names

# (a) The dot after 'Co', 'Ltd', 'Inc' that also ends a running sentence is the sentence's.
FULL_STOP = [
    ("The plant belongs to Velmora Packaging Co Ltd. Output rose 12 percent.", "Velmora Packaging Co Ltd"),
    ("Output will start at Qintai Battery Materials Co., Ltd. The line cost 2 billion yuan.",
     "Qintai Battery Materials Co., Ltd"),
    ("The deal was insured by Pearlgate Credit Insurance Corporation.\n\nExports rose.",
     "Pearlgate Credit Insurance Corporation"),
    ("Work began under Brightwater Logistics Co.\n\nSales doubled in 2023.", "Brightwater Logistics Co"),
    ("A contract was signed with Hanlu Graphite Technology Co. Ltd.", "Hanlu Graphite Technology Co. Ltd"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FULL_STOP)
def test_names_organ8_sentence_full_stop_is_not_the_names(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


# The abbreviation keeps its dot inside a sentence, on a line of its own, and in dotted forms.
KEEPS_DOT = [
    ("Velmora Packaging Co., Ltd. and two banks signed the loan.", "Velmora Packaging Co., Ltd."),
    ("News provided by\nQintai Battery Materials Co., Ltd.\nMay 3, 2024", "Qintai Battery Materials Co., Ltd."),
    ("SOURCE Qintai Battery Materials Co., Ltd.\n", "Qintai Battery Materials Co., Ltd."),
    ("Pearlgate Holdings Co. Ltd. (Pearlgate) said sales rose.", "Pearlgate Holdings Co. Ltd."),
    ("The order went to Ferrovale Tubi S.p.A. The plant is near Brescia.", "Ferrovale Tubi S.p.A."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KEEPS_DOT)
def test_names_organ8_abbreviation_keeps_its_dot(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


SENTENCE_STOP = [
    ("He joined Acme Co Ltd. Then he left.", "Acme Co Ltd", True),
    ("He joined Acme Co Ltd.", "Acme Co Ltd", True),
    ("He joined Acme Co Ltd.\nThen he left.", "Acme Co Ltd", True),
    ("He joined Acme Co Ltd. and left.", "Acme Co Ltd", False),
    ("He joined Acme Co Ltd. (Acme) in May.", "Acme Co Ltd", False),
    ("Acme Co Ltd.\nMay 3, 2024", "Acme Co Ltd", False),
    ("SOURCE Acme Co Ltd.\n", "Acme Co Ltd", False),
    ("He joined Ferro S.p.A. Then he left.", "Ferro S.p.A", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), SENTENCE_STOP)
def test_names_organ8_sentence_stop_after_a_name(text, name, expected):
    s = text.index(name)
    assert _sentence_stop(text, s, s + len(name)) is expected


# (b) A person's name glued after the body's name that closes a title's 'of' tail.
TRAILING_PERSON = [
    ("Minister of the Organization Department of the Municipal Party Committee Tang Wei attended.",
     "Organization Department of the Municipal Party Committee", "Tang Wei"),
    ("Chairman of the Songhua Municipal Committee of the CPPCC Xu Lan spoke first.",
     "Songhua Municipal Committee of the CPPCC", "Xu Lan"),
    ("Guests included Chairman of the Standing Committee of Linyi People's Congress Du Mingyuan, "
     "Deputy Secretary of Linyi Municipal Committee Zheng Hao.",
     "Standing Committee of Linyi People's Congress", "Du Mingyuan"),
    ("Director of the Publicity Department of the Weihai Municipal Party Committee Sun Kaiming read "
     "the decision.", "Publicity Department of the Weihai Municipal Party Committee", "Sun Kaiming"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org", "person"), TRAILING_PERSON)
def test_names_organ8_person_after_a_body_is_no_part_of_it(nlp, ents, text, org, person):
    assert org in names(ents, nlp, text, "ORG")
    assert person in names(ents, nlp, text, "PERSON")


# Words after the last head stay when they end in a head of their own, or when no head closes
# the tail; descriptions with 'of' stay no names.
TAIL_KEPT = [
    ("A letter came from the Foreign Affairs Office of Harbin Municipal People's Government on Friday.",
     ["Foreign Affairs Office of Harbin Municipal People's Government"]),
    ("He heads the Standing Committee of the Harbin Municipal Committee of the CPC.",
     ["Standing Committee of the Harbin Municipal Committee of the CPC"]),
    ("Scientists from the Dalian Institute of Chemical Physics of the Chinese Academy of Sciences joined.",
     ["Dalian Institute of Chemical Physics of the Chinese Academy of Sciences"]),
    ("Permits come from the Bureau of Commerce and Industry in May.", ["Bureau of Commerce and Industry"]),
    ("The lab is run by the Institute of Applied Physics of Technische Universität Dresden and two firms.",
     ["Institute of Applied Physics of Technische Universität Dresden"]),
    ("The committee of experts met in May. An office of the company opened on Monday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), TAIL_KEPT)
def test_names_organ8_of_tail_kept_whole(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (c) 'and' inside one organ's name.
ORGAN_AND = [
    ("Mr Le was named Head of the Propaganda and Mass Mobilization Commission of the Da Nang City "
     "Party Committee.", "Propaganda and Mass Mobilization Commission of the Da Nang City Party Committee"),
    ("Foreign and Overseas Chinese Affairs Office of Wuhan Municipal People's Government\nThe delegation "
     "visited Wuhan.", "Foreign and Overseas Chinese Affairs Office of Wuhan Municipal People's Government"),
    ("Seventy per cent went to the park, state Industry and Investment Committee chairman Ahmad Rosli said.",
     "Industry and Investment Committee"),
    ("She praised the Propaganda and Education Board of the Da Nang City Party Committee on Monday.",
     "Propaganda and Education Board of the Da Nang City Party Committee"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORGAN_AND)
def test_names_organ8_and_inside_an_organs_name(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


# Two names, or a place, on each side of 'and' stay apart.
ORGAN_AND_APART = [
    ("Alpha Packaging Co and Beta Paper Group signed the deal.", ["Alpha Packaging Co", "Beta Paper Group"]),
    ("Velmora Paper and Planning Department staff met in May.", ["Velmora Paper", "Planning Department"]),
    ("Trade between Fujian and Guangdong Provincial Government agencies rose.", ["Guangdong Provincial Government"]),
    ("The science and technology bureau of the city and the Finance Department met.", ["Finance Department"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), ORGAN_AND_APART)
def test_names_organ8_and_between_two_names_splits(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (d) 'with' inside a name whose tail opened with 'for'.
FOR_WITH = [
    ("Wang Lin, vice president of the Harbin People's Association for Friendship with Foreign Countries, "
     "met the guests.", ["Harbin People's Association for Friendship with Foreign Countries"]),
    ("The Chinese People's Association for Friendship with Foreign Countries (CPAFFC) hosted the event.",
     ["Chinese People's Association for Friendship with Foreign Countries", "CPAFFC"]),
    ("The Songbei Center for Cooperation with Russian Regions opened in May.",
     ["Songbei Center for Cooperation with Russian Regions"]),
    # negatives: 'with' after a name, or after a verb, joins nothing
    ("A fund for Velmora Group with Qintai Bank was set up.", ["Velmora Group", "Qintai Bank"]),
    ("The Harbin Office for Trade signed a deal with Velmora Group on Monday.",
     ["Harbin Office for Trade", "Velmora Group"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs"), FOR_WITH)
def test_names_organ8_for_tail_goes_on_over_with(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


# (e) Two places joined by 'and', then at most 'Affairs'/'Work', then an organ's head: one name.
PLACE_PAIR = [
    ("Xia Ming, director of the Hong Kong and Macao Affairs Office of the State Council, spoke.",
     ["Hong Kong and Macao Affairs Office of the State Council"], []),
    ("Zhou Ling works at the Hong Kong and Macao Work Office of the Harbin Municipal Committee.",
     ["Hong Kong and Macao Work Office of the Harbin Municipal Committee"], []),
    ("Director of Hong Kong and Macao Work Office of CPC Central Committee and Hong Kong and Macao Affairs "
     "Office of State Council Mr Xia Ming visits Harbin",
     ["Hong Kong and Macao Work Office of CPC Central Committee",
      "Hong Kong and Macao Affairs Office of State Council"], ["Harbin"]),
    # negatives: places beside a government or before 'with' stay places
    ("Flights link Hong Kong and Macao with Harbin.", [], ["Hong Kong", "Macao", "Harbin"]),
    ("He visited Shenzhen and Harbin Municipal Government offices.", ["Harbin Municipal Government"],
     ["Shenzhen"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), PLACE_PAIR)
def test_names_organ8_place_pair_inside_an_organs_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (f) '<Office> of <a government or ministry> in (the) <place>': the seat is part of the name.
SEAT = [
    ("He met the Director of the Liaison Office of the Central People's Government in the Hong Kong "
     "Special Administrative Region on Monday.",
     ["Liaison Office of the Central People's Government in the Hong Kong Special Administrative Region"], []),
    ("Luo Ming, director of the Liaison Office of the Central People's Government in the HKSAR, spoke.",
     ["Liaison Office of the Central People's Government in the HKSAR"], []),
    ("A letter came from the Office of the Commissioner of the Ministry of Foreign Affairs in Hong Kong "
     "yesterday.", ["Office of the Commissioner of the Ministry of Foreign Affairs in Hong Kong"], []),
    # negatives: a company's office, a year, the office's own city, a lower-case office
    ("The Representative Office of Velmora Group in Harbin opened in May.",
     ["Representative Office of Velmora Group"], ["Harbin"]),
    ("The Foreign Affairs Office of Harbin Municipal People's Government in 2023 hosted 40 delegations.",
     ["Foreign Affairs Office of Harbin Municipal People's Government"], []),
    ("The Foreign Affairs Office of Harbin Municipal People's Government in Harbin hosted 40 delegations.",
     ["Foreign Affairs Office of Harbin Municipal People's Government"], ["Harbin"]),
    ("An office of the company in Harbin opened on Monday.", [], ["Harbin"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), SEAT)
def test_names_organ8_office_names_its_seat(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


# (g) 'Phase <code>' after a zone's head, or a short number followed by punctuation.
PHASE = [
    ("Wenxia Glassworks has leased all 8 lots in Industrial Zone Phase 4A, which measures 120 acres.",
     "Industrial Zone Phase 4A"),
    ("Batu Kawan Industrial Park 3 (BKIP 3) is seeing a healthy pipeline of applications.",
     "Batu Kawan Industrial Park 3"),
    ("All land in the Meranti Industrial Park Phase II is taken.", "Meranti Industrial Park Phase II"),
    # negatives: a year, a count after the name
    ("The Qintai Industrial Park 2019 output rose 12 percent.", "Qintai Industrial Park"),
    ("Velmora opened a plant in Harbin Industrial Park 3 years ago.", "Harbin Industrial Park"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PHASE)
def test_names_organ8_zone_phase_closes_the_name(nlp, ents, text, expected):
    assert expected in names(ents, nlp, text, "ORG")


def test_names_organ8_lower_case_phase_names_nothing(nlp, ents):
    assert names(ents, nlp, "The park's phase 2 will open next year, and Phase 3 later.", "ORG") == []


# (h) A bracketed place of several words between name words is the seat inside the name.
BRACKET_SEAT = [
    ("Sumitomo worked with the Thang Long Industrial Park (Vinh Phuc) Corporation on the first phase.",
     ["Thang Long Industrial Park (Vinh Phuc) Corporation"], []),
    ("Output rose at Hailan Dairy (Inner Mongolia) Co Ltd last year.", ["Hailan Dairy (Inner Mongolia) Co Ltd"], []),
    ("Velmora Textiles (Hong Kong) Holdings said sales rose.", ["Velmora Textiles (Hong Kong) Holdings"], []),
    # negatives: a bracket closing the name, a place after a place
    ("The plant of Velmora Textiles (Hong Kong) opened in May.", ["Velmora Textiles"], ["Hong Kong"]),
    ("Exports from Vietnam (Vinh Phuc) rose, said Harbin Dairy Co.", ["Harbin Dairy Co"], ["Vietnam", "Vinh Phuc"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), BRACKET_SEAT)
def test_names_organ8_bracketed_seat_inside_a_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
