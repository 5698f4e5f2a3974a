"""Four ORG/PLACE classes of Chinese regional economic pages in English (issue 10, session 10,
branch cn12), on both bases:

(a) a company's name whose trade words are written in lower case before its legal form
    ("Shanghai Xiong emun resin Co., Ltd.", "Shenqiu ZM filter Material Co., Ltd"): the name
    runs from its capitalised words over at most two lower-case trade words to the form, not
    "Co., Ltd." alone (with the place before it left as a PLACE). A function word, a verb's
    ending or a line break between them joins nothing;
(b) a park or base "of" a company with a two-part legal form ("Jinmai Industrial Park of
    Yunnan Zhijian Manufacturing Co., Ltd and ..."): the form's second part stays in the name
    instead of becoming an ORG of its own;
(c) firms listed in brackets after a plural naming firms ("two leading enterprises (Baohua
    Valve and Dongsheng Casting)", "backbone enterprises (such as Ruixin Pump, Jinlong, etc.)"):
    every member is an ORG, not a PERSON or a town. One name alone in brackets (an acronym),
    or places only, is no list.

(d) a railway line named by its two ends, by a name before "High-speed", or by one
    pinyin-shaped word that is no place ("Lanzhou-Chongqing Railway", "Yuxi High-speed Railway",
    "Xiangyu Railway") is a built feature, so a PLACE (SPEC 2.3), not an ORG. Railway companies
    ("China Railway", "Guangzhou Railway Group", "Guangzhou Railway") and longer names stay ORGs.

Also: the first word of such a company's name that the article names as a county
("Shenqiu county") stays a PLACE where it stands alone.

Every sentence is written for these tests (invented companies, real places); the classes come
from the published pages listed in tests/data/README.md ("cn12 (session 10)").
"""

from __future__ import annotations

import pytest

from tests.conftest import names

LOWER_TRADE = [
    (
        "The plant was bought by Ningbo Haoli steel wire Co., Ltd. in March.",
        ["Ningbo Haoli steel wire Co., Ltd."],
        [],
    ),
    (
        "Funds came from Hefei Rongda filter Paper Co., Ltd, the bank said.",
        ["Hefei Rongda filter Paper Co., Ltd"],
        [],
    ),
    (
        "Two investors, Xiamen Bochuang new materials Co., Ltd. and a fund, joined in May.",
        ["Xiamen Bochuang new materials Co., Ltd."],
        [],
    ),
    # negative: a verb's ending or a function word between the capitalised words and the form
    ("Last year Zhejiang traders formed Baoli Co. in Yiwu.", ["Baoli Co."], ["Zhejiang", "Yiwu"]),
    ("Orders placed by Chengdu with Kaiyuan Co. rose.", ["Kaiyuan Co."], ["Chengdu"]),
    ("Tesla rivals Hengxin Co. in price.", ["Hengxin Co."], []),
    # negative: a description before a brand ("cable maker Ruixin"), not trade words of the name
    ("Local cable maker Ruixin Wire Co. said it would hire.", ["Ruixin Wire Co."], []),
    ("Swedish paper group Tallvik AB will build a mill in Guangxi.", ["Tallvik AB"], ["Guangxi"]),
    # negative: a description before a legal form that opens the name
    ("A Danish firm LLP Korsgaard Agro leased the land.", ["LLP Korsgaard Agro"], []),
]


@pytest.mark.parametrize(("text", "orgs", "places"), LOWER_TRADE)
def test_names_cn12_lower_case_trade_words_before_a_legal_form(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


OF_COMPANY = [
    (
        "Work began at Jinshui Industrial Park of Yunnan Fengda Manufacturing Co., Ltd and a depot.",
        ["Jinshui Industrial Park of Yunnan Fengda Manufacturing Co., Ltd"],
    ),
    (
        "The Taihe Logistics Base of Sichuan Minghai Foods Co., Ltd opened on Friday.",
        ["Taihe Logistics Base of Sichuan Minghai Foods Co., Ltd"],
    ),
]


@pytest.mark.parametrize(("text", "orgs"), OF_COMPANY)
def test_names_cn12_legal_form_after_of_stays_whole(nlp, ents, text, orgs):
    assert names(ents, nlp, text, "ORG") == orgs


BRACKETS = [
    (
        "The county has formed two leading enterprises (Baohua Valve and Dongsheng Casting).",
        ["Baohua Valve", "Dongsheng Casting"],
    ),
    (
        "It also has 12 backbone enterprises (such as Ruixin Pump, Hongtai Vehicle, Jinlong, "
        "Fengyuan Biological, etc.) in the park.",
        ["Ruixin Pump", "Hongtai Vehicle", "Jinlong", "Fengyuan Biological"],
    ),
    (
        "Three supporting companies (Weiheng Brakes, Lianfa Casting and Mingrui) moved in.",
        ["Weiheng Brakes", "Lianfa Casting", "Mingrui"],
    ),
    # negative: an acronym alone, where the firms are from, a plain aside
    ("Small enterprises (SMEs) got cheaper loans.", [], []),
    ("Foreign firms (mostly from Japan) were invited.", [], ["Japan"]),
    ("Two firms (Hunan and Hubei) spoke at the fair.", [], ["Hunan", "Hubei"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), [(*r, []) if len(r) == 2 else r for r in BRACKETS])
def test_names_cn12_bracketed_list_of_firms(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PERSON") == []
    assert names(ents, nlp, text, "PLACE") == places


def test_names_cn12_seat_word_stays_a_place(nlp, ents):
    text = (
        "Weaving has a long history in Taikang county.\n\n"
        "The county backs leading enterprises, such as Taikang RX mesh Fabric Co., Ltd, "
        "with cheap land. Taikang textile clusters now export to Japan."
    )
    assert names(ents, nlp, text, "ORG") == ["Taikang RX mesh Fabric Co., Ltd"]
    assert names(ents, nlp, text, "PLACE") == ["Taikang county", "Taikang", "Japan"]


RAIL_LINES = [
    (
        "Freight on the Hefei-Wuhan Railway rose in May, and the Wanzhou High-speed Railway opened.",
        [],
        ["Hefei-Wuhan Railway", "Wanzhou High-speed Railway"],
    ),
    (
        "The Xiangyu Railway crosses three counties of Hubei.",
        [],
        ["Xiangyu Railway", "Hubei"],
    ),
    # negative: railway companies and longer names stay ORGs
    ("China Railway won the contract in Sichuan.", ["China Railway"], ["Sichuan"]),
    (
        "Guangzhou Railway Group ordered 40 trains, and Guangzhou Railway said more would follow.",
        ["Guangzhou Railway Group", "Guangzhou Railway"],
        [],
    ),
    (
        "The Kowloon-Canton Railway Corporation reported a profit.",
        ["Kowloon-Canton Railway Corporation"],
        [],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "places"), RAIL_LINES)
def test_names_cn12_railway_line_is_a_place(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
