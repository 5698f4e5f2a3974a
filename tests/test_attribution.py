"""Attribution (SPEC 2.10): each convention on sentences of our own, on both base pipelines."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

import pytest

from pipeline import convert
from pipeline.cli import main
from pipeline.components.attribution import Attributor
from pipeline.evaluate import DocResult, Result, format_table
from pipeline.output import RecordWriter
from pipeline.records import ArticleRecord, Entity
from pipeline.report import render_attribution
from pipeline.ruledata import ResourceError, load_word_features
from tests.conftest import GOLD, SEEDS, SHARED

FIGURES = ("MONEY", "COUNT", "PERCENT")


def attribution(nlp, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """[(figure text, subject text, place text, when text)] in text order."""
    ents = nlp(text)._.newsfacts
    spans = {(e.start, e.end): e.text for e in ents}
    out = []
    for e in ents:
        if e.label in FIGURES:
            refs = [e.extra[f] for f in ("subject", "place", "when")]
            out.append((e.text, *(spans[(r["start"], r["end"])] if r else None for r in refs)))
    return out


# (convention, text, [(figure, subject, place, when)]): what both bases must get.
CASES = [
    (
        "clause subject",
        "Acme Corp will invest $40 million in Lyon.",
        [("$40 million", "Acme Corp", "Lyon", None)],
    ),
    ("possessor", "Ningbo's 320 exporters shipped more goods.", [("320", "Ningbo", "Ningbo", None)]),
    (
        "place subject is the place",
        "Ghana attracted 1.2 billion dollars last year.",
        [("1.2 billion dollars", "Ghana", "Ghana", "last year")],
    ),
    (
        "passive agent",
        "Twelve plants were built by Acme Corp in 2020.",
        [("Twelve", "Acme Corp", None, "2020")],
    ),
    ("passive without agent", "Twelve plants were built in Lyon.", [("Twelve", None, "Lyon", None)]),
    (
        "when: by",
        "Acme Corp plans to build 12 plants in France by 2027.",
        [("12", "Acme Corp", "France", "2027")],
    ),
    (
        "when: quarter of a year",
        "Acme Corp earned 5 million euros in the first quarter of 2024.",
        [("5 million euros", "Acme Corp", None, "2024")],
    ),
    (
        "hung phrase: participle",
        "Acme Corp opened a factory in Lyon in 2023, investing 3 billion euros.",
        [("3 billion euros", "Acme Corp", "Lyon", "2023")],
    ),
    ("hung phrase: with", "Acme Corp opened in Lyon with 40 stores.", [("40", "Acme Corp", "Lyon", None)]),
    (
        "hung phrase names its own place",
        "Acme Corp opened an office in Lyon last year, hiring 200 people in Paris.",
        [("200", "Acme Corp", "Paris", "last year")],
    ),
    ("name compound", "The Lyon strategy will bring 300 firms.", [("300", "Lyon", "Lyon", None)]),
    ("-based is no possessor", "There are 300 Paris-based firms.", [("300", None, None, None)]),
    ("relative clause", "Lyon, which has 300 start-ups, grew fast.", [("300", "Lyon", "Lyon", None)]),
    (
        "description named earlier in the sentence",
        "Acme Corp built a plant in Lyon, where the town expects 300 jobs.",
        [("300", "Lyon", "Lyon", None)],
    ),
    (
        "pronoun named earlier in the sentence",
        "Lyon grew, and it now has 300 start-ups.",
        [("300", "Lyon", "Lyon", None)],
    ),
    (
        "reporter is no subject",
        "Lyon officials said on Tuesday that 12 plants were built.",
        [("12", None, None, None)],
    ),
    (
        "according to",
        "According to the Lyon statistics bureau, 12 plants were built in 2022.",
        [("12", None, None, "2022")],
    ),
    ("period from/to", "Acme Corp hired 400 people from 2021 to 2023.", [("400", "Acme Corp", None, "2023")]),
    (
        "period between",
        "Acme Corp hired 400 people between 2021 and 2023.",
        [("400", "Acme Corp", None, "2023")],
    ),
    ("since", "Acme Corp has hired 400 people since 2017.", [("400", "Acme Corp", None, "2017")]),
    (
        "bracketed conversion",
        "Acme Corp earned 260 million yuan ($39 million) in 2023.",
        [("260 million yuan", "Acme Corp", None, "2023"), ("$39 million", "Acme Corp", None, "2023")],
    ),
    (
        "including breakdown",
        "Acme Corp hired 890 people in Lyon, including 28 engineers, 279 clerks and 428 drivers.",
        [
            ("890", "Acme Corp", "Lyon", None),
            ("28", "Acme Corp", "Lyon", None),
            ("279", "Acme Corp", "Lyon", None),
            ("428", "Acme Corp", "Lyon", None),
        ],
    ),
    (
        "of which breakdown",
        "Acme Corp raised $50 million in 2022, of which $10 million came from banks.",
        [("$50 million", "Acme Corp", None, "2022"), ("$10 million", "Acme Corp", None, "2022")],
    ),
    (
        "percent of change",
        "Ghana's exports rose 7 percent in 2023.",
        [("7 percent", "Ghana", "Ghana", "2023")],
    ),
    ("description alone", "The city has 300 start-ups.", [("300", None, None, None)]),
    (
        "a compared figure has its own date and no subject",
        "Acme Corp reported revenue of $493 million in 2023, up 6 percent from $466 million in 2022.",
        [
            ("$493 million", "Acme Corp", None, "2023"),
            ("6 percent", "Acme Corp", None, "2023"),
            ("$466 million", None, None, "2022"),
        ],
    ),
    (
        "reporting verb with the figure as object",
        "Acme Corp reported 300 new hires in Lyon.",
        [("300", "Acme Corp", "Lyon", None)],
    ),
    (
        "hung participle shares the place of the clause's object",
        "The mayor announced that Acme Corp will build a plant in Lyon, creating 333 jobs.",
        [("333", "Acme Corp", "Lyon", None)],
    ),
    (
        "place of a purpose clause",
        "Acme Corp will invest $104 million to expand its plant in Lyon.",
        [("$104 million", "Acme Corp", "Lyon", None)],
    ),
    (
        "the south of X",
        "Acme Corp will invest $6 million to open a shop in the south of Lyon.",
        [("$6 million", "Acme Corp", "Lyon", None)],
    ),
    (
        "amount in front of a noun",
        "Acme Corp will build a $50 million factory in Lyon.",
        [("$50 million", "Acme Corp", "Lyon", None)],
    ),
    (
        "relative clause with a hung phrase",
        "The council thanked Acme Corp, which will create 245 jobs in Lyon with a $2.7 million investment.",
        [("245", "Acme Corp", "Lyon", None), ("$2.7 million", "Acme Corp", "Lyon", None)],
    ),
    (
        "reporting verb with a clause",
        "Acme Corp announced that 300 jobs were created in Lyon.",
        [("300", None, "Lyon", None)],
    ),
    (
        "dateline is its own sentence",
        "SHENZHEN, Oct 17 (Reuters) - Chinese carmaker Acme Corp plans to invest 15 billion yuan in Lyon, "
        "the company said on Wednesday.",
        [("15 billion yuan", "Acme Corp", "Lyon", None)],
    ),
    (
        "a participle before the subject keeps its date and place",
        "Founded in 2009 and based in Lyon, Acme Corp operates 11 warehouses.",
        [("11", "Acme Corp", None, None)],
    ),
    (
        "an aside keeps its date",
        "The zone, set up in 2012, now hosts 126 firms.",
        [("126", None, None, None)],
    ),
    (
        "verbs joined by and keep their dates",
        "Acme Corp shipped 9,800 tonnes last year and will invest 1.6 billion euros in a second plant.",
        [("1.6 billion euros", "Acme Corp", None, None)],
    ),
    (
        "a temporal clause gives its date",
        "The plant will employ about 4,000 people when it opens in 2026.",
        [("4,000", None, None, "2026")],
    ),
    (
        "a when clause on a date",
        "Lyon aims to double its output by 2025, when new firms should make up 60 percent of it.",
        [("60 percent", None, None, "2025")],
    ),
    (
        "a figure of comparison has no subject",
        "Ghana grew 4.2 percent in 2023, against national growth of 2.5 percent.",
        [("4.2 percent", "Ghana", "Ghana", "2023"), ("2.5 percent", None, None, "2023")],
    ),
    (
        "coordinated subjects pair with coordinated figures",
        "Ghana and Kenya expanded 4.2 percent and 4.1 percent in 2022.",
        [("4.2 percent", "Ghana", "Ghana", "2022"), ("4.1 percent", "Kenya", "Kenya", "2022")],
    ),
    (
        "the first of a list of places",
        "Acme Corp will spend 26 billion euros on wharves in Lyon, Paris and Nice.",
        [("26 billion euros", "Acme Corp", "Lyon", None)],
    ),
    (
        "the most specific place",
        "Acme Corp will build a mill in Lyon, in eastern France, creating 700 jobs.",
        [("700", "Acme Corp", "Lyon", None)],
    ),
    (
        "the possessed place",
        "Acme Corp will invest 15 billion yuan in a plant in Chongqing's Bishan district.",
        [("15 billion yuan", "Acme Corp", "Bishan district", None)],
    ),
    (
        "a fronted place",
        "In Lyon, Acme Corp said its plant built 48,600 cars in August.",
        [("48,600", "Acme Corp", "Lyon", "August")],
    ),
    (
        "there",
        "Acme Corp, which builds cars in Lyon, plans to add 1,200 jobs there this year.",
        [("1,200", "Acme Corp", "Lyon", "this year")],
    ),
    (
        "a list after a colon",
        "Acme Corp opened 50 new stores last year: 31 in Lyon, 12 in Paris and seven in Nice.",
        [
            ("50", "Acme Corp", None, "last year"),
            ("31", "Acme Corp", "Lyon", "last year"),
            ("12", "Acme Corp", "Paris", "last year"),
            ("seven", "Acme Corp", "Nice", "last year"),
        ],
    ),
    (
        "the owner inside the figure's phrase",
        "Manufacturing contributed 8.6 per cent of Nigeria's GDP in 2024.",
        [("8.6 per cent", "Nigeria", "Nigeria", "2024")],
    ),
    (
        "more than is no comparison",
        "Ontario has attracted more than $46 billion since 2020.",
        [("$46 billion", "Ontario", "Ontario", "2020")],
    ),
    (
        "a comparison's base keeps the date of its own phrase",
        "Acme Corp reported a profit of $61 million for the first nine months of the year, "
        "up from $48 million a year earlier.",
        [("$61 million", "Acme Corp", None, "year"), ("$48 million", None, None, "a year earlier")],
    ),
    (
        "a fronted phrase dates the sentence",
        "In a separate deal signed the same day, Acme Corp agreed to build a $302 million park in Lyon.",
        [("$302 million", "Acme Corp", "Lyon", "same day")],
    ),
    (
        "there deep in the clause",
        "Acme Corp, which employs 3,100 people at Lyon, will add a $95 million line for engines there.",
        [("3,100", "Acme Corp", "Lyon", None), ("$95 million", "Acme Corp", "Lyon", None)],
    ),
    (
        "a description stands for an earlier object, not only a subject",
        "Beta Group, which owns Acme Corp, said the company's tenants had invested $9 million since January.",
        [("$9 million", "Acme Corp", None, "January")],
    ),
    (
        "a reporter's date is not the figure's",
        "Acme Corp said on Tuesday it would build a $455 million mill in Lyon.",
        [("$455 million", "Acme Corp", "Lyon", None)],
    ),
    (
        "a bracketed acronym is the nearer name",
        "The Lyon Investment Agency (LIA) closed 94 projects in 2024.",
        [("94", "LIA", None, "2024")],
    ),
    ("a hyphen compound is no owner", "Lyon-backed parks host 64 plants.", [("64", None, None, None)]),
    (
        "a description takes a name ending in its own word, whatever the name's label",
        "Riverside Local Municipality executive mayor Ann Dube said the municipality had spent $45 million on new pipes.",
        [("$45 million", "Riverside Local Municipality", None, None)],
    ),
    (
        "a governing body's description",
        "Ontario Power Authority said the authority will spend $45 million on new lines.",
        [("$45 million", "Ontario Power Authority", None, None)],
    ),
    (
        "a description with no name before it stays null",
        "Officials said the municipality had spent $45 million on new pipes.",
        [("$45 million", None, None, None)],
    ),
]


@pytest.mark.parametrize(("convention", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_attribution_conventions(nlp, convention, text, expected):
    assert attribution(nlp, text) == expected


# What only the parse gets; the blank base's reading is asserted beside it.
PARSE_ONLY = [
    (
        "a pronoun takes the earlier subject, not an object",
        "Acme Corp, which supplies Beta Group and Gamma Ltd, said on Wednesday it would invest $3 million in Lyon.",
        [("$3 million", "Acme Corp", "Lyon", None)],
        [("$3 million", "Gamma Ltd", "Lyon", None)],  # text alone: the nearest name before the clause
    ),
    (
        "a relative clause on an object noun has no owner",
        "The Lyon Cluster, an industry body, counts 500 member companies, which together employ about 80,000 people "
        "in France.",
        [("500", "Lyon", "Lyon", None), ("80,000", None, "France", None)],
        [
            ("500", "Lyon", "France", None),
            ("80,000", None, "France", None),
        ],  # text alone: the later in-phrase
    ),
    (
        "coordinated subjects give the nearest",
        "Canada's government and the province of Ontario will lend $40 million to a plant near Windsor.",
        [("$40 million", "Ontario", "Windsor", None)],
        [("$40 million", "Canada", "Windsor", None)],  # text alone: a name after 'of' is no subject
    ),
    (
        "agent of a participle on the figure",
        "Last year Ghana received $367 billion, double the $181 billion raised by Kenya.",
        [("$367 billion", "Ghana", "Ghana", "Last year"), ("$181 billion", "Kenya", "Kenya", "Last year")],
        [("$367 billion", "Ghana", "Ghana", "Last year"), ("$181 billion", "Kenya", "Kenya", "Last year")],
    ),
    (
        "place of the thing invested in",
        "Acme Corp will invest 50 million euros in a new project in Slovakia.",
        [("50 million euros", "Acme Corp", "Slovakia", None)],
        [("50 million euros", "Acme Corp", "Slovakia", None)],
    ),
    (
        "a relative clause's antecedent takes its clause's subject",
        "Lyon has become a hub that hosts 400 incubators.",
        [("400", "Lyon", "Lyon", None)],
        [("400", "Lyon", "Lyon", None)],
    ),
    (
        "reporter's date after the figure",
        "Twelve plants opened in Lyon, Acme Corp said on Tuesday.",
        [("Twelve", None, "Lyon", None)],
        [("Twelve", None, "Lyon", None)],
    ),
    (
        "a place beside the subject's name",
        "The Pioneer Park, Lyon, has 40 incubators in 2024.",
        [("40", "Pioneer Park", "Lyon", "2024")],
        [("40", "Pioneer Park", "Lyon", "2024")],
    ),
    (
        "coordinated objects keep their own places",
        "Acme Corp has eight sites in France and 235 laboratories.",
        [("eight", "Acme Corp", "France", None), ("235", "Acme Corp", None, None)],
        [("eight", "Acme Corp", "France", None), ("235", "Acme Corp", "France", None)],
    ),
]


@pytest.mark.parametrize(("case", "text", "parsed", "blank"), PARSE_ONLY, ids=[c[0] for c in PARSE_ONLY])
def test_attribution_parse_cases_and_blank_reading(nlp_sm, nlp_blank, case, text, parsed, blank):
    assert attribution(nlp_sm, text) == parsed
    assert attribution(nlp_blank, text) == blank


def test_attribution_not_followed_to_an_earlier_sentence(nlp):
    got = attribution(nlp, "Acme Corp opened a plant in Lyon. It hired 300 people last year.")
    assert got == [("300", None, None, "last year")]


def test_attribution_takes_the_nearest_occurrence(nlp):
    text = "Lyon grew fast in 2022, and Lyon now hosts 300 start-ups."
    doc = nlp(text)
    fig = next(e for e in doc._.newsfacts if e.label == "COUNT")
    assert fig.extra["subject"] == {"start": text.rindex("Lyon"), "end": text.rindex("Lyon") + 4}


def test_attribution_dateline_is_never_when(nlp):
    text = "Updated: 2024-05-03 Acme Corp hired 300 people in Lyon.\n"
    assert attribution(nlp, text) == [("300", "Acme Corp", "Lyon", None)]


def test_attribution_fields_on_every_figure_and_nothing_else(nlp):
    doc = nlp("Acme Corp, based in Lyon, sold 30 cars and made 5 percent more in 2023. Nobody counted.")
    for e in doc._.newsfacts:
        has = {f in e.extra for f in ("subject", "place", "when")}
        assert has == ({True} if e.label in FIGURES else {False})


@pytest.mark.parametrize("text", ["Acme Corp opened in Lyon in 2023.", "", "No figures here at all."])
def test_attribution_text_without_figures_adds_nothing(nlp, text):
    assert all("subject" not in e.extra for e in nlp(text)._.newsfacts)


def test_attribution_description_word_file_is_validated(tmp_path, monkeypatch):
    bad = tmp_path / "words.txt"
    bad.write_text("city\tcity\ntown\tvillage\n", encoding="utf-8")
    monkeypatch.setattr("pipeline.ruledata._read_text", lambda name: bad.read_text(encoding="utf-8"))
    load_word_features.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"words.txt:2: unknown feature"):
            load_word_features("words.txt")
    finally:
        load_word_features.cache_clear()


def test_attribution_description_labels():
    a = Attributor()
    assert [a.description_label(w) for w in ("city", "Company", "it", "growth")] == [
        "PLACE",
        "ORG",
        "*",
        None,
    ]


@pytest.mark.skipif(
    not (SHARED / "check_spec.py").exists(), reason="../shared/check_spec.py is only beside CI's clone"
)
def test_attribution_output_passes_check_spec(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS), "-o", str(out), "-q"]) == 0
    proc = subprocess.run([sys.executable, str(SHARED / "check_spec.py"), "output", str(out / "extractions.jsonl"), "."],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stdout


def test_attribution_seed_facts_join_entities(tmp_path):
    out = tmp_path / "out"
    assert main(["extract", str(SEEDS), "-o", str(out), "-q"]) == 0
    records = [
        json.loads(line) for line in (out / "extractions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    figures = [e for r in records for e in r["entities"] if e["label"] in FIGURES]
    assert all({"subject", "place", "when"} <= set(e) for e in figures)
    n_figures = len(figures)
    with (out / "facts.csv").open(encoding="utf-8", newline="") as fh:
        facts = list(csv.DictReader(fh))
    with (out / "entities.csv").open(encoding="utf-8", newline="") as fh:
        keys = {(row["kind"], row["key"]) for row in csv.DictReader(fh)}
    assert len(facts) == n_figures
    joined = 0
    for row in facts:
        if row["subject_key"]:
            assert (row["subject_label"], row["subject_key"]) in keys
            joined += 1
        if row["place_key"]:
            assert ("PLACE", row["place_key"]) in keys
            joined += 1
        if row["place_geonameid"]:
            assert row["place_key"] == row["place_geonameid"]
    assert joined >= 10
    by_text = {(r["id"], r["text"]): r for r in facts}
    row = by_text[("004_fcb8da30c9a18e04", "490 billion yuan")]
    assert (row["subject"], row["place"], row["when"], row["when_value"]) == (
        "Haidian",
        "Haidian",
        "2016",
        "2016",
    )


def test_attribution_facts_fold_org_keys_like_entities_csv(tmp_path):
    def rec(rid: str, org: str, canonical: str) -> ArticleRecord:
        text = f"{org} hired 300 people."
        n = len(org)
        ents = [
            {"start": 0, "end": n, "label": "ORG", "text": org, "canonical": canonical},
            {"start": n + 7, "end": n + 10, "label": "COUNT", "text": "300", "value": 300, "unit": "people",
             "subject": {"start": 0, "end": n}, "place": None, "when": None},
        ]  # fmt: skip
        assert text[n + 7 : n + 10] == "300"
        return ArticleRecord(rid, f"{rid}.txt", "0" * 64, [Entity.from_dict(e) for e in ents])

    writer = RecordWriter(tmp_path)
    writer.write(rec("a", "Yili Group", "Yili Group"))
    writer.write(rec("b", "Yili", "Yili"))
    writer.commit([])
    with (tmp_path / "facts.csv").open(encoding="utf-8", newline="") as fh:
        facts = {r["id"]: r for r in csv.DictReader(fh)}
    with (tmp_path / "entities.csv").open(encoding="utf-8", newline="") as fh:
        org_keys = {row["key"] for row in csv.DictReader(fh) if row["kind"] == "ORG"}
    assert org_keys == {"Yili Group"}
    assert facts["b"]["subject"] == "Yili" and facts["b"]["subject_key"] == "Yili Group"
    assert facts["a"]["subject_key"] == "Yili Group"
    assert not list(tmp_path.glob(".*part"))


def test_attribution_seed_gold_scores_on_both_bases(nlp):
    from pipeline.evaluate import evaluate_dir

    acc = evaluate_dir(GOLD, SEEDS, nlp=nlp).attribution_accuracy()
    right, total = acc["all"]
    assert total >= 45
    assert right / total >= 0.85
    assert all(acc[f][0] / acc[f][1] >= 0.9 for f in ("subject", "place", "when"))


def _fig(start: int, end: int, text: str, **refs: tuple[int, int] | None) -> Entity:
    d = {"start": start, "end": end, "label": "COUNT", "text": text, "value": 1, "unit": "plants"}
    for f in ("subject", "place", "when"):
        if f in refs:
            r = refs[f]
            d[f] = None if r is None else {"start": r[0], "end": r[1]}
    return Entity.from_dict(d)


def test_attribution_scoring_counts_missed_figures_wrong_and_skips_unannotated():
    text = "Acme Corp built 12 plants and 3 depots in Lyon; 7 more."
    org = Entity(0, 9, "ORG", "Acme Corp")
    lyon = Entity(42, 46, "PLACE", "Lyon")
    gold = [
        org,
        _fig(16, 18, "12", subject=(0, 9), place=(42, 46), when=None),
        _fig(30, 31, "3", subject=(0, 9), place=(42, 46), when=None),
        lyon,
        _fig(48, 49, "7"),  # no attribution in the gold: not scored on it
    ]
    pred = [org, _fig(16, 18, "12", subject=(0, 9), place=None, when=None), lyon, _fig(48, 49, "7")]
    assert all(text[e.start : e.end] == e.text for e in gold + pred)
    result = Result([DocResult("d", text, gold, pred)])
    acc = result.attribution_accuracy()
    assert acc == {"subject": (1, 2), "place": (0, 2), "when": (1, 2), "all": (0, 2)}
    assert result.attribution_accuracy(found_only=True)["all"] == (0, 1)
    kinds = [i["kind"] for i in DocResult("d", text, gold, pred).issues()]
    assert kinds == ["wrong-attribution", "missed"]
    assert result.to_dict()["attribution"]["subject"] == {"right": 1, "total": 2, "accuracy": 0.5}
    assert "attribution (gold figures, missed ones wrong): subject 1/2" in format_table(result)


def test_attribution_gold_without_fields_is_not_scored():
    text = "Acme Corp built 12 plants."
    gold = [Entity(0, 9, "ORG", "Acme Corp"), _fig(16, 18, "12")]
    result = Result([DocResult("d", text, gold, gold)])
    assert result.attribution_accuracy()["all"] == (0, 0)
    assert result.attribution_summary() is None
    assert "attribution" not in format_table(result)


def test_attribution_report_marks_the_wrong_field():
    text = "Acme Corp built 12 plants in Lyon."
    org, lyon = Entity(0, 9, "ORG", "Acme Corp"), Entity(29, 33, "PLACE", "Lyon")
    gold = [org, _fig(16, 18, "12", subject=(0, 9), place=(29, 33), when=None), lyon]
    pred = [org, _fig(16, 18, "12", subject=(0, 9), place=None, when=None), lyon]
    page = render_attribution(DocResult("d", text, gold, pred))
    cells = re.findall(r"<td( class=\"wrong\")?>([^<]*)</td>", page)
    assert ("", "Acme Corp @0") in cells  # subject right, shown plainly
    assert (' class="wrong"', "predicted —; gold Lyon @29") in cells
    assert render_attribution(DocResult("d", text, [org], [org])) == ""


def test_attribution_travels_as_brat_and_label_studio_relations(tmp_path, gold_seed_docs):
    convert.export(gold_seed_docs, "brat", tmp_path / "brat")
    ann = (tmp_path / "brat" / "004_fcb8da30c9a18e04.ann").read_text(encoding="utf-8")
    assert re.search(r"^R\d+\tsubject Arg1:T\d+ Arg2:T\d+$", ann, re.M)
    assert "when\tArg1:MONEY|COUNT|PERCENT, Arg2:DATE" in (tmp_path / "brat" / "annotation.conf").read_text()
    tasks = json.loads(convert.to_labelstudio(gold_seed_docs))
    relations = [r for t in tasks for r in t["annotations"][0]["result"] if r["type"] == "relation"]
    assert {r["labels"][0] for r in relations} == {"subject", "place", "when"}
    back = convert.from_labelstudio(json.dumps(tasks))
    assert [d.gold_json() for d in back] == [d.gold_json() for d in gold_seed_docs]


@pytest.fixture(scope="module")
def gold_seed_docs():
    return convert.read_gold_dir(GOLD, SEEDS)


# (lead before a figure, whether it ends in a comparison): the quick word test must agree with
# the pattern, including text where a case-insensitive pattern reads 'ſ' as 's' and 'ı' as 'i'
COMPARED_LEADS = [
    ("sales rose to ", False),
    ("profit compared with ", True),
    ("profit COMPARED TO last year's ", True),
    ("the figure was up sharply from ", True),
    ("revenue fell From the ", True),
    ("more than ", False),
    ("a drop of ", False),
    ("Acme vs. ", True),
    ("the index gained versus the prior ", True),
    ("up ſharply from ", True),
    ("a bet agaınst ", True),
    ("from the start, Acme hired ", False),
    ("", False),
]


@pytest.mark.parametrize(("lead", "expected"), COMPARED_LEADS)
def test_attribution_compared_before_agrees_with_its_pattern(lead, expected):
    from pipeline.components.attribution import COMPARISON_BEFORE, _compared_before

    assert _compared_before(lead) is expected
    assert (COMPARISON_BEFORE.search(lead) is not None) is expected
