"""The gazetteer table: checked whole at load, parsed name by name on look-up."""

from __future__ import annotations

import pytest

from pipeline.ruledata import Place, PlaceTable, ResourceError, _parse_place, _read_text, load_places

HEADER = "name\tgeonameid\tfeature\tcountry_code\tadmin1\tlatitude\tlongitude\tpopulation"
ROWS = [
    "Anping\t1\tcity\tCN\tHebei\t38.2\t115.5\t500",
    "Anping\t2\tdistrict\tTW\t\t23.0\t120.2\t60000",
    "Boye\t3\tcity\tCN\tHebei\t38.4\t115.4\t",
    "Hebei\t4\tadmin1\tCN\t\t39\t116\t70000000",
]


def eager(text: str) -> dict[str, tuple[Place, ...]]:
    """Every row parsed at once, as the table's look-ups must give."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    header = lines[0].split("\t")
    columns = [header.index(f) if f in header else None for f in Place._fields]
    out: dict[str, list[Place]] = {}
    for line in lines[1:]:
        place = _parse_place(columns, line, "t")
        out.setdefault(place.name, []).append(place)
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in out.items()}


@pytest.mark.parametrize(
    "text",
    [
        "\n".join([HEADER, *ROWS]) + "\n",
        "# a comment\n\n" + "\n".join([HEADER, *ROWS]),  # no final line break
        "\n".join([HEADER, ROWS[0], "", "  # note", ROWS[2], ROWS[1], ROWS[3]]) + "\n",  # rows apart
        "\r\n".join([HEADER, *ROWS]) + "\r\n",
        "\n".join([HEADER, " \t", *ROWS]),  # a blank first row
        "\n".join([HEADER, *ROWS, "# the end"]),  # a comment last, with no line break
        "\r\n".join([HEADER, ROWS[0], "", *ROWS[1:]]) + "\r\n",  # a blank row between CRLF rows
    ],
)
def test_ruledata_place_table_looks_up_as_parsing_every_row(text):
    table = PlaceTable("t.tsv", text)
    want = eager(text.replace("\r", ""))
    assert list(table) == list(want)
    assert len(table) == len(want)
    for name, places in want.items():
        assert table[name] == places
        assert table.get(name) == places
        assert name in table
    assert table.get("Nowhere") is None and "Nowhere" not in table
    assert table["Anping"][0].feature == "district"  # most populous first
    assert table.names_with({"admin1"}) == {"Hebei"}
    assert table.names_with({"city", "district"}) == {"Anping", "Boye"}


@pytest.mark.parametrize(
    ("row", "line"),
    [
        ("Anping\t1\tplanet\tCN\t\t1\t2\t3", 3),  # unknown feature
        ("  \t1\tcity\tCN\t\t1\t2\t3", 3),  # blank name
        ("Anping\t1\tcity\tCN\t\tnorth\t2\t3", 3),  # latitude not a number
        ("Anping\tx1\tcity\tCN\t\t1\t2\t3", 3),  # geonameid not a number
        ("Anping\t1\tcity\tCN\t\t1\t2\t-3", 3),  # negative population
        ("Anping\t1\tcity\tCN", 3),  # columns missing
    ],
)
def test_ruledata_place_table_bad_row_names_file_and_line(row, line):
    text = "\n".join([HEADER, ROWS[0], row, ROWS[3]]) + "\n"
    with pytest.raises(ResourceError, match=rf"^t\.tsv:{line}: bad place row"):
        PlaceTable("t.tsv", text)


def test_ruledata_place_table_shipped_gazetteer_equals_eager_parse():
    table = load_places("places.tsv")
    want = eager(_read_text("places.tsv"))
    assert list(table) == list(want)
    assert all(table[name] == places for name, places in want.items())
    countries = {name for name, places in want.items() if any(p.feature == "country" for p in places)}
    assert table.names_with({"country"}) == countries


def test_ruledata_place_index_finds_every_row_of_the_small_places():
    import gzip
    import importlib.resources

    from pipeline.ruledata import load_place_index

    raw = importlib.resources.files("pipeline.resources").joinpath("places_minor.tsv.gz").read_bytes()
    lines = [line for line in gzip.decompress(raw).decode("utf-8").split("\n") if line and line[0] != "#"]
    index = load_place_index("places_minor.tsv.gz")
    assert index.header == lines[0].split("\t")
    assert len(index) == len(lines) - 1
    for row in (lines[1], lines[len(lines) // 2], lines[-1]):
        name = row.split("\t")[index.header.index("name")]
        want = eager("\n".join([lines[0], *(r for r in lines[1:] if r.split("\t")[0] == name)]))
        assert index.get(name) == want[name]


@pytest.mark.parametrize(
    ("name", "prefixes"),
    [
        ("Hohhot", set()),
        ("Inner Mongolia", {"Inner"}),
        ("East Riding of Yorkshire", {"East", "East Riding", "East Riding of"}),
        ("a  b", {"a", "a "}),  # as joining the words of a split at single spaces
        (" x", {""}),
    ],
)
def test_names_space_prefixes_are_the_leading_words(name, prefixes):
    from pipeline.components.names import _space_prefixes

    words = name.split(" ")
    assert _space_prefixes([name]) == prefixes == {" ".join(words[:m]) for m in range(1, len(words))}


@pytest.mark.parametrize(
    "names",
    [
        [],
        ["Hohhot"],
        ["Xi’an", "Cote d‘Ivoire", "O`Fallon", "Inner Mongolia"],
        ["Ballards  Valley", "Comuna Poiana   Ilvei"],  # runs of spaces
        ["", "Lagos", ""],  # empty names
        ["Lagos", " Abuja"],  # a space at the start
        ["Abuja ", "Lagos"],  # a space at the end
        ["Port\tHarcourt", "Kano"],  # other white space
        ["Port\nHarcourt", "Kano"],  # a line break inside a name
        ["São Tomé\u00a0Island"],  # a no-break space
    ],
)
def test_names_keys_equal_the_key_of_each_name(names):
    from pipeline.components.names import _key, _keys

    assert _keys(names) == [_key(name) for name in names]


def test_names_keys_of_the_shipped_names_equal_the_key_of_each():
    from pipeline.components.names import _key, _keys
    from pipeline.ruledata import load_word_list

    for names in (list(load_places("places.tsv")), sorted(load_word_list("places_more.txt"))):
        assert _keys(names) == [_key(name) for name in names]


@pytest.mark.parametrize(
    "names",
    [
        [],
        ["Montréal", "Łódź", "Tromsø"],
        ["Hohhot", "São Tomé", ""],
        ["Ǆupanija", "ﬁnal ½"],  # compatibility forms
        ["Cafe\u0301\nBar", "Ærø"],  # a line break inside a name
    ],
)
def test_names_folds_equal_the_fold_of_each_name(names):
    from pipeline.components.names import _fold, _folds

    assert _folds(names) == [_fold(name) for name in names]


def test_names_folds_of_the_shipped_names_equal_the_fold_of_each():
    from pipeline.components.names import _fold, _folds, place_keys

    names = sorted(n for n in place_keys("places.tsv") if not n.isascii())
    assert _folds(names) == [_fold(name) for name in names]


def test_ruledata_places_shipped_gazetteer_passes_the_full_row_check():
    """load_places skips the row check for a table the shipped place sets were built from (the
    build checked it): the same table must pass that check as the code stands now."""
    from pipeline.ruledata import _checked_at_build

    assert _checked_at_build("places.tsv")
    full = PlaceTable("places.tsv", _read_text("places.tsv"), checked=False)
    assert len(full) == len(load_places("places.tsv"))


def test_ruledata_places_row_check_skipped_only_for_the_place_sets_sources():
    from pipeline.ruledata import _checked_at_build

    assert not _checked_at_build("places_minor.tsv.gz")
    assert not _checked_at_build("no_such_table.tsv")
    bad = "\n".join([HEADER, ROWS[0], "Nowhere\t9\tvillage\tCN\t\t1\t2\t3"])
    with pytest.raises(ResourceError, match=r"t\.tsv:3: bad place row"):
        PlaceTable("t.tsv", bad)
