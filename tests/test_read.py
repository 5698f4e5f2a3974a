"""Reading article files: exact text, metadata, masking, and clear errors."""

from __future__ import annotations

import pytest

from pipeline.read import ArticleError, find_published, find_title, mask_for_model, read_article

from .conftest import SEEDS

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
