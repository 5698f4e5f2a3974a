"""News outlets named in a page's cruft and credits (issue 10, orgs6): a syndicator's bracketed
credit after the header's date, a source line above or opening the lead, a paper's name between
bars after a dateline, a portal's masthead over a menu line, 'Source of the news:' credits, a
name before a kind of outlet ('news agency'), a camel-case name after a reporting phrase, and an
agency after a dateline's dot that a spaced dash must not join to the next place.

Every sentence is written for these tests; the classes come from the pages listed in
tests/data/README.md ("orgs6 (session 5)").
"""

from __future__ import annotations

import pytest

from pipeline.components.names import REPORTED_CAMEL, SOURCE_LINE, SYNDICATION, _media_pattern
from pipeline.ruledata import load_word_list
from tests.conftest import names

SYNDICATED = [
    ("Mar 3, 2025 (NEWSWIRE- The Coastal Post) The ferry terminal opened on Monday.",
     ["NEWSWIRE", "Coastal Post"]),
    ("date 2024-06-02 (MENAFN- The Baltic Ledger) Kurzeme region attracted 12 new factories.",
     ["MENAFN", "Baltic Ledger"]),
    ("(PRWIRE- Harbour Herald) The ferry terminal opened on Monday.", ["PRWIRE", "Harbour Herald"]),
    ("14 May 2025, 09:10 (SynWire- Times of Malta) The yard hired 40 welders.",
     ["SynWire", "Times of Malta"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SYNDICATED)
def test_names_outlets_syndication_credit_after_the_date(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ferry (north- and southbound) runs daily.",
        "Output rose (Brent- linked contracts fell) in May.",
    ],
)
def test_names_outlets_syndication_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


SOURCE_LINES = [
    ("Baku, Azerbaijan, June 4\n\nTrend:\n\nThe regional akimat said a cement plant worth $90 million "
     "would open in 2026.", ["Trend"]),
    ("Cement plant for Shymkent\n\nGulf Ledger: The Sharjah Free Zone signed leases with four logistics "
     "firms on Tuesday.", ["Gulf Ledger", "Sharjah Free Zone"]),
    ("Cairo – Nilebiz: The cabinet approved three new fertiliser plants in Qena on Sunday, officials "
     "said.", ["Nilebiz"]),
    ("Baku, Azerbaijan, June 4\n\nTrend:\n\nA cement plant worth $90 million will open in 2026, the "
     "akimat said.\n\nFollow Trend on social media", ["Trend", "Trend"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SOURCE_LINES)
def test_names_outlets_source_line_at_the_head(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a headline's speaker, not a source: the line is no lead
        "Aliyev: ties with Ankara are strong\n\nThe two leaders met in Baku on Monday.",
        "Aliyev: Azerbaijan And Georgia Sign Deals\n\nThe two leaders met in Baku on Monday.",
        # a header's date labels
        "Cement plant opens\nUpdated: Feb 9, 2017 3:37 PM\n\nThe plant opened on Monday.",
        "Cement plant opens\nPublished: 2024-03-01\n\nThe plant opened on Monday.",
        "Cement plant opens\nPosted: Monday\n\nThe plant opened on Monday.",
        # label words, a title and a month open a line with a colon
        "Update: The cement plant opened on Monday after a delay of three months, the company said.",
        "Photo: The cement plant opened on Monday after a delay of three months, the company said.",
        "Minister: The cement plant opened on Monday after a delay of three months, officials said.",
        # "Trend:" as an ordinary word in the body, below the lead
        "The cement plant opened on Monday after a delay of three months, the company said.\n\n"
        "Trend: Higher output is expected in May.",
        "The company said the trend: higher output in May.",
    ],
)
def test_names_outlets_source_line_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


def test_names_outlets_source_line_dateline_is_a_place(nlp, ents):
    text = "Sharjah: The free zone signed leases with four logistics firms on Tuesday, its director said."
    assert names(ents, nlp, text, "ORG") == []
    assert "Sharjah" in names(ents, nlp, text, "PLACE")


PIPE_MASTHEADS = [
    ("Mbarara, Uganda | THE OBSERVER | Nine investors have pledged Shs 80 billion to a new park.",
     ["OBSERVER"], ["Mbarara", "Uganda"]),
    ("Gulu, Uganda | Xinhua | A new cotton gin opened in Gulu on Friday.",
     ["Xinhua"], ["Gulu", "Uganda", "Gulu"]),
    ("Nakuru, Kenya | The Standard | A milk plant opened on Friday.", ["Standard"], ["Nakuru", "Kenya"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "orgs", "places"), PIPE_MASTHEADS)
def test_names_outlets_pipe_masthead_after_dateline(nlp, ents, text, orgs, places):
    assert names(ents, nlp, text, "ORG") == orgs
    assert names(ents, nlp, text, "PLACE") == places


@pytest.mark.parametrize(
    "text",
    [
        # an all-caps headline between bars is no masthead: no dateline opens the line
        "WATER PLANT | NEW PUMPS | Work started on Friday.",
        "Home | News | Business\n\nWork started on Friday.",
        "Mbarara, Uganda | Business | Work started on Friday.",
    ],
)
def test_names_outlets_pipe_masthead_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


MENU_MASTHEADS = [
    ("Xinhua Silk Road\nSubscribe\n\nLocal\n\nWuxi signs 14 projects worth 6 billion yuan",
     ["Xinhua Silk Road"]),
    ("Danube Courier\nSearch | Login\n\nA tyre plant opens in Ruse", ["Danube Courier"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MENU_MASTHEADS)
def test_names_outlets_masthead_over_a_menu_line(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "THE PLANT THAT SAVED A TOWN\nSubscribe\n\nWorkers kept the mill going.",
        "Workers kept the mill going\nSubscribe\n\nThe union agreed.",
    ],
)
def test_names_outlets_masthead_over_a_menu_line_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


CREDITS_AND_MEDIA = [
    ("The mill will employ 500 people.\n\nSource of the news: Danube Courier", ["Danube Courier"]),
    ("The plant will make 2,000 tonnes of yarn a year, reported by Dunyo news agency.", ["Dunyo"]),
    ("The figures were published by the Ruse Vesti newspaper on Monday.", ["Ruse Vesti"]),
    ("Samarkand region will launch 9 food projects, according to UzReport.", ["UzReport"]),
    ("The zone signed two leases, as reported by AzerLedger.", ["AzerLedger"]),
    ("NordInvest reported a 12% rise in orders.", ["NordInvest"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CREDITS_AND_MEDIA)
def test_names_outlets_credit_and_media_noun(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant opened on Monday, the Kazakh news agency reported.",
        "The plant opened on Monday, the state news agency reported.",
        "The fund invested $5 million in the plant, as reported by Kun.uz.",
        "Source of the news: company reports",
    ],
)
def test_names_outlets_credit_and_media_noun_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []


def test_names_outlets_spaced_dash_joins_no_place(nlp, ents):
    text = "ASTANA. KAZINFORM – Pavlodar region plans to build 12 plants worth 90 billion tenge."
    assert names(ents, nlp, text, "ORG") == ["KAZINFORM"]
    assert names(ents, nlp, text, "PLACE") == ["ASTANA", "Pavlodar region"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Trend:", "Trend"),
        ("Arab Ledger: The zone", "Arab Ledger"),
        ("Cairo – Nilebiz: The cabinet", "Nilebiz"),
        ("the trend: higher", None),
        ("Trend analysis shows", None),
    ],
)
def test_names_outlets_source_line_pattern(line, name):
    m = SOURCE_LINE.match(line)
    assert (m.group("n") if m else None) == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mar 3, 2025 (NEWSWIRE- The Coastal Post) Text", ("NEWSWIRE", "The Coastal Post")),
        ("(MENAFN- Trend News Agency) Text", ("MENAFN", "Trend News Agency")),
        ("The ferry (north- and southbound) runs", None),
        ("Prices rose (Brent- Linked) in May", None),
    ],
)
def test_names_outlets_syndication_pattern(text, found):
    m = SYNDICATION.search(text)
    assert ((m.group("a"), m.group("b")) if m else None) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("according to UzReport.", "UzReport"),
        ("as reported by AzerLedger,", "AzerLedger"),
        ("NordInvest reported", "NordInvest"),
        ("according to Kun.uz", None),
        ("according to Smith", None),
    ],
)
def test_names_outlets_reported_camel_pattern(text, name):
    m = REPORTED_CAMEL.search(text)
    assert (m.group(m.lastgroup) if m and m.lastgroup else None) == name


def test_names_outlets_media_nouns_resource():
    nouns = load_word_list("org_media_nouns.txt")
    assert {"news agency", "newspaper"} <= set(nouns)
    assert all(n == n.lower() or "TV" in n for n in nouns)
    pattern = _media_pattern(nouns)
    assert pattern is not None
    m = pattern.search("as reported by UzDaily news agency")
    assert m is not None and m.group("n") == "UzDaily"
    assert _media_pattern([]) is None


SOURCE_LISTS_AND_FOOTERS = [
    ("The plant opened on Monday.\n\nSources: Caspian Pulse and Dunyo", ["Caspian Pulse", "Dunyo"]),
    ("The plant opened on Monday.\n\nSource: Caspian Pulse via Dunyo", ["Caspian Pulse", "Dunyo"]),
    ("The plant opened on Monday.\n\nSource: CASPIAN PULSE - www.caspianpulse.com", ["CASPIAN PULSE"]),
    ("The plant opened on Monday.\n\nSource: Caspian Pulse (in Russian)", ["Caspian Pulse"]),
    ("The plant opened on Monday.\n\nThis article was originally published by Caspian Pulse.",
     ["Caspian Pulse"]),
    ("The plant opened on Monday.\n\nThe story first appeared in the Baltic Ledger.", ["Baltic Ledger"]),
    ("The plant opened on Monday, the Caspian Pulse portal reported.", ["Caspian Pulse"]),
    ("The grant came from the Kazakh Invest portal.", ["Kazakh Invest"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SOURCE_LISTS_AND_FOOTERS)
def test_names_outlets_source_lists_and_syndication_footers(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant opened on Monday.\n\nSources: company reports and filings",
        "The report was first published in March.",
        "The plant opened on Monday.\n\nCredit: Anna Berg",
        # the end of a longer name before a kind of outlet is no name by itself
        "Figures from the Ministry of Economy portal show a rise.",
    ],
)
def test_names_outlets_source_lists_and_footers_negative(nlp, ents, text):
    assert "Economy" not in names(ents, nlp, text, "ORG")
    assert all(n not in {"March", "Anna Berg", "Economy"} for n in names(ents, nlp, text, "ORG"))


ISSUE_DATE_MASTHEADS = [
    ("Harbour Newsletter\nMarch 12th, 2025,\nIssue 612\n\nHome > News\n\nA supplier will build a plant.",
     ["Harbour Newsletter"]),
    ("Riga Monitor\n12 March 2025\n\nA tyre plant opens in Jelgava", ["Riga Monitor"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ISSUE_DATE_MASTHEADS)
def test_names_outlets_masthead_over_its_issue_date(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


def test_names_outlets_headline_over_a_date_is_no_masthead(nlp, ents):
    text = "Kenya Opens Milk Plant\n12 March 2025\n\nA milk plant opened in Nyeri."
    assert names(ents, nlp, text, "ORG") == []
    assert names(ents, nlp, text, "PLACE") == ["Kenya", "Nyeri"]


WIRE_TAILS = [
    ("Exports to Ukraine rose by 12 percent, Trend reports.", ["Trend"]),
    ("Textile exports rose by 9 percent, Trend reports citing Uzbek media.", ["Trend"]),
    ("The plant will open in June, Kazinform cites the regional akimat.", ["Kazinform"]),
    ("The mill opened. (Reporting by Anna Lee for Caspian Pulse; Editing by Tom Hart)", ["Caspian Pulse"]),
    ("Written by Anna Lee for the Baltic Ledger.", ["Baltic Ledger"]),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_TAILS)
def test_names_outlets_wire_tail_and_filed_for(nlp, ents, text, expected):
    assert names(ents, nlp, text, "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose, China reports.",
        "Prices rose, Uzbek media reports.",
        "Output rose, the company reports.",
        "Reporting by Anna Lee for two weeks.",
        "The union reports to the board every May.",
    ],
)
def test_names_outlets_wire_tail_negative(nlp, ents, text):
    assert names(ents, nlp, text, "ORG") == []
