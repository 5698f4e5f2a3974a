"""Reading article files: exact text, metadata, masking, and clear errors."""

from __future__ import annotations

import re

import pytest

from pipeline.read import ArticleError, find_published, find_title, mask_for_model, read_article

from .conftest import DATA, SEEDS

SEED_META = [
    (
        "000_33ccc7143ea87853",
        "Innovation and entrepreneurship drives dvpt in Hohhot",
        "2016-10-10",
        "chinadaily.com.cn",
    ),
    ("001_d645a4510ab569b9", "Innovation drives growth in Hohhot", None, None),
    ("002_734e164ae980df8d", "Sci-tech boosts industrial development in Hohhot city", None, None),
    ("003_04b68d179e3a2a33", "Baotou promotes entrepreneurial service environment", "2021-04-08", None),
    (
        "004_fcb8da30c9a18e04",
        "Haidian district hailed as model of entrepreneurship and innovation",
        "2017-02-09",
        None,
    ),
]


@pytest.mark.parametrize(("stem", "title", "published", "source"), SEED_META)
def test_read_seed_metadata(stem, title, published, source):
    art = read_article(SEEDS / f"{stem}.txt")
    assert (art.id, art.title, art.published, art.source) == (stem, title, published, source)
    assert art.text == (SEEDS / f"{stem}.txt").read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    ("text", "published"),
    [("Title here now\n\nUpdated: 2021-04-08\n\nBody", "2021-04-08"),
     ("Title here now\nPublished: 9 February 2017\nBody", "2017-02-09"),
     ("Title here now\n\nBody from 2016 only.", None),
     ("Body says 2016-10-10 in the middle of a sentence.", None)],
)  # fmt: skip
def test_read_find_published(text, published):
    assert find_published(text)[0] == published


def test_read_title_skips_breadcrumbs_and_file_names():
    assert (
        find_title("Home>Industry news\n\n640 (1)_x.jpg\n\nReal headline for a story\n")
        == "Real headline for a story"
    )
    assert find_title("App | 中文 |\n\nAnother real headline here\n") == "Another real headline here"


def test_read_mask_keeps_length_and_blanks_cruft():
    text = "Hohhot\u00a0city. [Photo/hhhtnews.com]\n640 (1)_副本.jpg\nSee [Photo/Hohhot Daily]"
    masked, credits = mask_for_model(text)
    assert len(masked) == len(text)
    assert "hhhtnews" not in masked and ".jpg" not in masked and "\u00a0" not in masked
    assert [text[s:e] for s, e in credits] == ["Hohhot Daily"]


def test_read_bom_is_kept_in_the_text(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes("\ufeffHeadline of the story\n".encode())
    assert read_article(p).text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("data", "kind", "hint"),
    [
        (b"Bad \xff\xfe byte in the middle", "decode-error", "--encoding"),
        ("Headline".encode("utf-16"), "decode-error", "--encoding utf-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary", "binary"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html", "HTML"),
    ],
)
def test_read_bad_files_raise_clear_errors(tmp_path, data, kind, hint):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(ArticleError) as info:
        read_article(p)
    assert info.value.kind == kind
    assert hint in str(info.value) and "bad.txt" in str(info.value)


def test_read_latin1_with_encoding_option(tmp_path):
    p = tmp_path / "l1.txt"
    p.write_bytes("Café in Zürich\n".encode("latin-1"))
    assert read_article(p, encoding="latin-1").text == "Café in Zürich\n"


def test_read_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="not found"):
        read_article(tmp_path / "nope.txt")


# Publication headers as sites write them (one row a format of published_formats.tsv).
PUBLISHED_HEADERS = [
    ("Title here\n\n2016-10-10 (chinadaily.com.cn)\n\nBody", "2016-10-10"),
    ("2023-06-12 08:45:10\nA headline of sorts\n\nBody", "2023-06-12"),
    ("A headline of sorts\n08:45, June 12, 2023\n\nBody", "2023-06-12"),
    ("A headline of sorts\nUpdated: Apr 3, 2019 9:14 AM\n\nBody", "2019-04-03"),
    (" date 2020-09-14 A headline of sorts runs on\n", "2020-09-14"),
    ("A headline\n\nXIAMEN, China, March 9, 2018 /PRNewswire/ -- Acme said it would grow.", "2018-03-09"),
    ("A headline\nSource: Xinhua | 2019-04-02\n\nBody", "2019-04-02"),
    ("App | news |\n\nHeadline here now\n\nUpdated: Feb 9,2017 3:37 PM\n\nBody", "2017-02-09"),
    ("A headline\nPublished Saturday, December 2, 2017 11:02AM EST\nBody", "2017-12-02"),
    ("A headline\n\nWednesday, November 6, 2019\n\nBody", "2019-11-06"),
    ("A headline\nSat., Dec. 2, 2017\nBody", "2017-12-02"),
    ("A headline\nFirst Published: Thu, December 08 2022. 21:34 IST\nBody", "2022-12-08"),
    ("A headline\n27 Feb 2025\nBody", "2025-02-27"),
    ("15.3.2020 – The Commission approved a scheme.", "2020-03-15"),
    ("A headline\nPosted on 2019/04/02\nBody", "2019-04-02"),
    ("Home > News\n\nA headline\n\nPub Date:2018-07-04 10:58 Source:example.com\n\nBody", "2018-07-04"),
    ("A headline\nPublished on:Jan 12, 2018Source: A News Agency\nBody", "2018-01-12"),
    ("A headline\nRelease time: 2024-05-06 09:30\nBody", "2024-05-06"),
    ("A headline\nPublication date: 6 May 2024\nBody", "2024-05-06"),
    # nums4: Bangladeshi and Kazakh headers
    ("A headline\n\nWednesday, 26 February, 2025 at 12:00 AM\n\nBody", "2025-02-26"),
    ("A headline\nLast update on: Wed Feb 26, 2025 09:58 PM\nBody", "2025-02-26"),
    ("A headline\n19:59, 24 January 2019 | GMT +6\nBody", "2019-01-24"),
    # session 6: a credit and a pipe before a dotted date; a byline's "On" line with a time
    ("Daily Paper\nA headline\n\nWire Agency | 14.03.2025, 09:18\n\nBody", "2025-03-14"),
    ("A headline\n\nBy Staff Reporter\nOn Sep 23, 2025 7:48 pm\n\nBody", "2025-09-23"),
    # session 10: a line of labelled fields with the date's label after the others (city portals)
    (
        "A headline\n\nSource: Harbin Evening News    Editor: Zhao Min    Date: 2024-03-08 10:15\n\nBody",
        "2024-03-08",
    ),
    ("A headline\nPosted by: Release time:2019-11-05\nBody", "2019-11-05"),
    (
        "A headline\nAuthor: Liu Yang | Source: County Media Centre | Update time: 2023-7-9\nBody",
        "2023-07-09",
    ),
    ("A headline\nFrom: Provincial Daily  Reporter: Ma Jun  Time: May 21, 2022\nBody", "2022-05-21"),
    (
        "A headline\nSource: Provincial Daily  Editor: Ma Jun\n\nThe plan, says the page's Posted by: line, ran on.",
        None,
    ),
    ("A headline\nEditor: Ma Jun, who wrote the date 2024-03-08 in his notes\nBody", None),
    ("A headline\n\nOn March 5, 2024, the board met.", None),
    ("A headline\nUpdated: 2021-13-45\nBody", None),
    ("A headline\nKUALA LUMPUR, March 8 — Approvals rose.", None),
    ("Body that mentions 2016-10-10 mid-sentence.", None),
    ("Body text\n\n" + "x" * 1600 + "\n2016-10-10\n", None),
]


@pytest.mark.parametrize(("text", "published"), PUBLISHED_HEADERS)
def test_read_find_published_header_formats(text, published):
    assert find_published(text)[0] == published


# Headers as news pages lay them out (our own words): the headline after the last menu or
# breadcrumb line, above the dateline, byline, buttons and captions.
PAGE_HEADERS = [
    (
        "Valley Courier\nHome | News | Business | Sport\nHome > Business\n\nMill to add 200 jobs in Brookfield\n"
        "By Ann Lee\nMay 2, 2025\n\nBROOKFIELD - The mill will hire 200 people next year, its owner said on Monday.",
        "Mill to add 200 jobs in Brookfield",
    ),
    (
        "News provided by\nAcme Widgets Ltd\nMar 3, 2025, 08:00 ET\n\nAcme Widgets opens a second plant in Leeds\n",
        "Acme Widgets opens a second plant in Leeds",
    ),
    (
        "Harbour Times\nKnowing All about Harbour\nHome > News\nThe port handles record cargo in March\n"
        "Editor: Wu Lan\nUpdated: 2024-04-02\n",
        "The port handles record cargo in March",
    ),
    (
        "Metro Gazette\nHome Nation World Business Sports Lifestyle Videos Epaper\nFollow us: Facebook X\n"
        "Business\n\nState Board Clears 12 Projects Worth Rs 4,100 Crore\nBy Our Bureau\n",
        "State Board Clears 12 Projects Worth Rs 4,100 Crore",
    ),
    (
        "City Post\nHome > Business\nTown plant starts making glass bottles\nCity Post | 12.03.2025\n"
        "Share Tweet Email\nWorkers on the new line at the plant. [Photo/City Post]\n",
        "Town plant starts making glass bottles",
    ),
    (
        "• Zone signs nine projects at spring fair\nSource:this site Date:3/15/2024\n",
        "Zone signs nine projects at spring fair",
    ),
    # no line above the story reads like a headline
    ("Route list\nConsists of:\n- the towns of Alder, Birch and Cedar;\n- the township of Dale;\n", None),
    (
        "Workers fit panels at a plant in the new district of the city. WANG LEI/FOR CITY DAILY\n"
        "The district drew 40 projects in the year to June, officials said on Monday in a statement.",
        None,
    ),
    (
        "Home > News\nShare\nThe council met on Monday and agreed to widen the road through the town centre.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title"), PAGE_HEADERS)
def test_read_find_title_skips_page_furniture(text, title):
    assert find_title(text) == title


def _headline_rows() -> list[tuple[str, str]]:
    lines = (DATA / "headlines.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


@pytest.mark.parametrize(("path", "headline"), _headline_rows())
def test_read_find_title_reads_every_held_article(path, headline):
    """The headline of each article the project holds, marked by reading the page."""
    assert find_title((DATA / path).read_text(encoding="utf-8")) == headline


def test_read_find_published_earliest_header_wins():
    text = "Updated: 2021-04-08\nPublished: 9 February 2017\nBody"
    assert find_published(text) == ("2021-04-08", (9, 19))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("iso\t(?P<date>\\d{4}\n", "x.tsv:1: bad expression for 'iso'"),
        ("iso\t\\d{4}-\\d\\d\n", "x.tsv:1: 'iso' has no group named 'date'"),
        ("# c\niso\t{NOPE}(?P<date>x)\n", "x.tsv:2: undefined part {NOPE}"),
        ("just-a-name\n", "x.tsv:1: expected 'name<TAB>expression'"),
    ],
)
def test_read_header_format_table_errors_name_file_and_line(monkeypatch, table, message):
    from pipeline import ruledata

    monkeypatch.setattr(ruledata, "_read_text", lambda name: table)
    with pytest.raises(ruledata.ResourceError, match=re.escape(message)):
        ruledata.load_patterns.__wrapped__("x.tsv")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the weekday the story names fixes the year among those it mentions
        ("Title\n\nJOHANNESBURG, March 12 (Reuters) - Acme said on Wednesday it would invest. "
         "It opened in 2018 and expects output in 2026.", "2025-03-12"),
        ("Title\n\nSTOCKHOLM, April 8 (Reuters) - Acme said on Tuesday it would build. "
         "Profit in 2024 rose; output is due by 2030.", "2025-04-08"),
        ("Title\n\nMumbai, Nov 14 (PTI) - Acme said on Thursday it grew. It was founded in 2019 and listed in 2025.", "2024-11-14"),
        # no weekday, or no year, or no day that fits: no date
        ("Title\n\nJOHANNESBURG, March 12 (Reuters) - Acme will invest. It opened in 2018.", None),
        ("Title\n\nJOHANNESBURG, March 12 (Reuters) - Acme said on Wednesday it would invest.", None),
        ("Title\n\nJOHANNESBURG, March 12 (Reuters) - Acme said on Monday it grew in 2025.", None),
        # fields of a byline before the date
        ("Title\n\nBy Xu Jiayi in Ningbo | chinadaily.com.cn | Updated: Apr 3, 2019 9:14 AM\n\nBody", "2019-04-03"),
        ("Title\n\nBy Staff | Mumbai | 2024-11-14 21:14 IST\n\nBody", "2024-11-14"),
    ],
)  # fmt: skip
def test_read_find_published_wire_datelines_and_bylines(text, published):
    assert find_published(text)[0] == published
