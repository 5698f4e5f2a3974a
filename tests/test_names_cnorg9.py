"""Two ORG/PLACE classes of Chinese regional economic pages (issue 10, session 9, branch
cnorg9), on both bases:

(a) an ordinal in digits inside a company's name ("China Railway 24th Bureau Group Corp Ltd",
    the numbered bureaus of the state builders): the number stands between two name words and
    the name runs across it, so it is one ORG, not "China Railway" plus "Bureau Group". A
    number before the first name word, a year, or a plain count does not join anything;
(b) a portal's breadcrumb trail ("Home>Harbin Today", "Your current location : Home>>News>>
    Changchun News", "your position :English > News > Heilongjiang News content",
    "Home » Travel News » <headline>"): its section segments name nothing, and a segment made
    of a place and section words names only the place. A trail with no place, or prose with
    a ">" in it, is left alone.

Every sentence is written for these tests (invented companies, real places); the classes come
from the published pages listed in tests/data/README.md ("cnorg9 (session 9)").
"""

from __future__ import annotations

import pytest

from tests.conftest import names

ORDINALS = [
    (
        "China Railway 17th Bureau Group Corp Ltd finished the tunnel near Guiyang in May.",
        ["China Railway 17th Bureau Group Corp Ltd"],
        ["Guiyang"],
    ),
    (
        "Last year Huadong Water 3rd Engineering Bureau laid the pipes, the company said.",
        ["Huadong Water 3rd Engineering Bureau"],
        [],
    ),
    (
        "The bridge in Nanning was built by Guangxi Road 21st Construction Co., Ltd. in 2019.",
        ["Guangxi Road 21st Construction Co., Ltd."],
        ["Nanning"],
    ),
    (
        "A manager at China Hydro 8th Bureau Group said the dam in Yunnan would open soon.",
        ["China Hydro 8th Bureau Group"],
        ["Yunnan"],
    ),
    # negative: an ordinal after a lower-case word, or before an event, joins no name
    ("Kunming held its 12th trade fair on Monday, and 3rd place went to a farm.", [], ["Kunming"]),
    ("The city of Haikou marked its 35th anniversary with a parade.", [], ["Haikou"]),
]


@pytest.mark.parametrize(("text", "orgs", "places"), ORDINALS)
def test_names_cnorg9_digit_ordinal_inside_a_name(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


CRUMBS = [
    (
        "Home>Harbin Today\n\nNew line opens\n\nTrains left Harbin on Monday.\n",
        [],
        ["Harbin", "Harbin"],
    ),
    (
        "Your current location : Home>>News>>Changchun News\n\nA plant opens\n\n"
        "Lanmei Foods opened a plant in Changchun on Friday.\n",
        ["Lanmei Foods"],
        ["Changchun", "Changchun"],
    ),
    (
        "your position :English > News > Heilongjiang News  content\nFair opens\n\n"
        "The fair opened in Harbin on Monday.\n",
        [],
        ["Heilongjiang", "Harbin"],
    ),
    (
        "Home » Travel News » Yunnan: A Province Opens Up\n\nVisitors came to Kunming in May.\n",
        [],
        ["Yunnan", "Kunming"],
    ),
    (
        "Home>Biz updates\n\nPort grows\n\nCargo through Qinzhou rose by a third.\n",
        [],
        ["Qinzhou"],
    ),
    (
        "Home>Media Center>News\n\nTrucks on parade\n\nThe trucks drove through Changchun.\n",
        [],
        ["Changchun"],
    ),
    # negative: a company in a trail is no section; a ">" in running text is no trail
    (
        "Home > Companies > Jinhua Tanfeng Group\n\nJinhua Tanfeng Group said sales rose.\n",
        ["Jinhua Tanfeng Group", "Jinhua Tanfeng Group"],
        [],
    ),
    (
        "Output in Guilin rose > 5 percent as Baiyue Paper Co expanded.\n",
        ["Baiyue Paper Co"],
        ["Guilin"],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "places"), CRUMBS)
def test_names_cnorg9_breadcrumb_sections_name_only_their_place(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places
