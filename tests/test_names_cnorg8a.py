"""Company names that open with a place, as Chinese steel, metals and regional business pages
write them (issue 10, session 8, branch cnorg8a), on both bases:

(a) a pair of trades joined by 'and' or '&' closes the name ("<Seat> Iron and Steel Group Co.",
    "<Seat> Iron & Steel"), and so does a metal or energy trade after the brand ("<Brand>
    Lithium", "China <Brand> Renewables"): the place at the front is the name's, and the brand
    with its trade word is no PERSON;
(b) a Chinese place right before a company that the article knows by its pinyin-shaped brand
    ("Tianyuan Group" ... "Guangxi Tianyuan") is the company's seat: one ORG. After a
    preposition ("in Yibin") or in a list the place stands alone.

Every sentence is written for these tests (invented companies, real places); the classes come
from the published pages listed in tests/data/README.md ("cnorg8a (session 8)").
"""

from __future__ import annotations

import pytest

from tests.conftest import names

PAIRED_TRADES = [
    (
        "Zaozhuang Iron and Steel Group Co. merged with a rival last year.",
        ["Zaozhuang Iron and Steel Group Co."],
        [],
    ),
    (
        "Mills included Hengbao Iron & Steel and Qiaolin Iron & Steel, the bureau said.",
        ["Hengbao Iron & Steel", "Qiaolin Iron & Steel"],
        [],
    ),
    (
        "The province controls Dezhou Iron and Steel, which cut output in Dezhou.",
        ["Dezhou Iron and Steel"],
        ["Dezhou"],
    ),
    (
        "Experts of the China Iron and Steel Association met in Tangshan.",
        ["China Iron and Steel Association"],
        ["Tangshan"],
    ),
    # negative: trades in lower case, or a pair with no name before it, name nothing
    ("Prices of iron and steel fell in Hebei.", [], ["Hebei"]),
    ("Demand for Oil and Gas equipment rose in Hebei.", [], ["Hebei"]),
    ("Shares in the Mining and Steel sectors fell.", [], []),
]


@pytest.mark.parametrize(("text", "orgs", "places"), PAIRED_TRADES)
def test_names_cnorg8a_paired_trades_close_the_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


METAL_TRADES = [
    (
        "Zhaorong Lithium said on Monday that its unit, Meixin Lithium, had signed a deal.",
        ["Zhaorong Lithium", "Meixin Lithium"],
        [],
    ),
    (
        "Suining Haoyuan Lithium will build a plant in Suining, Sichuan province.",
        ["Suining Haoyuan Lithium"],
        ["Suining", "Sichuan province"],
    ),
    ("Zhejiang Lanfeng Cobalt bought ore from Zambia.", ["Zhejiang Lanfeng Cobalt"], ["Zambia"]),
    ("China Tidewater Renewables said it would build a wind farm.", ["China Tidewater Renewables"], []),
    # negative: the metal in lower case, or after a word that names nothing
    ("Lithium prices rose in Yichun.", [], ["Yichun"]),
    ("The price of lithium rose in Jiangxi.", [], ["Jiangxi"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), METAL_TRADES)
def test_names_cnorg8a_metal_trades_close_the_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
    assert names(ents, nlp, text, "PERSON") == []


SEATED_BRANDS = [
    (
        "Huatong Group built the line. Others are Guangxi Huatong (20kt) and Yahua Chemicals.",
        ["Huatong Group", "Guangxi Huatong", "Yahua Chemicals"],
        [],
    ),
    (
        "Liuzhou Baoling sold 20,000 vans in May. Baoling is a unit of a Shanghai carmaker.",
        ["Liuzhou Baoling", "Baoling"],
        ["Shanghai"],
    ),
    # negative: after a preposition or a comma the place stands alone
    (
        "Baoling is a carmaker. It sells well in Liuzhou Baoling dealers said.",
        ["Baoling", "Baoling"],
        ["Liuzhou"],
    ),
    (
        "In Guangdong, Huatong Group opened a lab. Huatong said sales rose.",
        ["Huatong Group", "Huatong"],
        ["Guangdong"],
    ),
    # negative: a place of another country stays a place before the brand
    (
        "Huatong Group cut output. Sydney Huatong dealers said sales fell.",
        ["Huatong Group", "Huatong"],
        ["Sydney"],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "places"), SEATED_BRANDS)
def test_names_cnorg8a_seat_before_known_brand_is_one_org(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


HYPHEN_BRANDS = [
    # a town's name glued to a brand word is no place; alone later it is the company
    (
        "Mercedes-Benz Ostland Ltd will hire 300 people. Mercedes said demand was strong.",
        ["Mercedes-Benz Ostland Ltd", "Mercedes"],
        [],
    ),
    # negative: two places joined by a hyphen stay two places; a large city, a province or a
    # pinyin-shaped second word keeps the first a place
    # both places (SPEC 2.3; 'Qassim' is Al-Qassim without its article)
    ("Trucks use the Riyadh-Qassim road.", [], ["Riyadh", "Qassim"]),
    ("Liuzhou-Moscow freight trains run weekly.", [], ["Liuzhou", "Moscow"]),
    ("The Dallas-Fort Worth area grew.", [], ["Dallas", "Fort Worth"]),
    ("Trucks cross the Yibin-Qiaoxing line daily.", [], ["Yibin", "Qiaoxing"]),  # both places
]


@pytest.mark.parametrize(("text", "orgs", "places"), HYPHEN_BRANDS)
def test_names_cnorg8a_town_glued_to_brand_is_no_place(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
