"""Self-contained HTML: entities highlighted in their article, evaluation differences marked.

Every string that comes from an article, a gold file or a prediction goes through `esc`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from pipeline.evaluate import (
    ATTRIBUTED_LABELS,
    ATTRIBUTION_FIELDS,
    DocResult,
    Result,
    attribution_diff,
    attribution_ref,
)
from pipeline.records import LABELS, MISSION_LABELS, ArticleRecord, Entity

COLOURS = {
    "ORG": "#7aecec",
    "PLACE": "#feca74",
    "PERSON": "#aa9cfc",
    "MONEY": "#e4e7d2",
    "COUNT": "#c7f0a0",
    "PERCENT": "#bfe1d9",
    "DATE": "#bfd9ff",
}
KIND_NOTE = {
    "ok": "right",
    "missed": "missed (in gold, not predicted)",
    "spurious": "spurious (predicted, not in gold)",
    "wrong-boundary": "wrong boundary",
    "wrong-label": "wrong label",
    "wrong-value": "wrong value",
    "wrong-unit": "wrong unit",
    "wrong-attribution": "wrong subject, place or date",
}
VALUE_KEYS = ("value", "unit", "currency", "qualifier")
LINK_KEYS = ("geoname", "geonameid", "country_code", "admin1", "feature", "canonical", "cluster")
STYLE = """
*{box-sizing:border-box}
body{font-family:system-ui,sans-serif;margin:0 auto;padding:1em 1.5em;max-width:78em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-top:1px solid #ccc;padding-top:.8em}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
td,th{border:1px solid #ccc;padding:.25em .5em;text-align:right;vertical-align:top}
th{background:#f4f4f4}th:first-child,td:first-child{text-align:left}
table.diffs td,table.ents td,table.diffs th,table.ents th{text-align:left;overflow-wrap:anywhere}
table.diffs{width:100%}
table.diffs td.side{min-width:14em}
.val{font-family:ui-monospace,monospace;font-size:.9em;color:#444}
.article{white-space:pre-wrap;line-height:2.3;border:1px solid #ddd;padding:1em;border-radius:4px;overflow-wrap:anywhere}
mark{padding:.1em .25em;border-radius:.3em;border:2px solid transparent}
mark .lab{font-size:.65em;font-weight:bold;margin-left:.35em;vertical-align:middle;text-transform:uppercase}
mark .info{font-size:.7em;margin-left:.35em;vertical-align:middle;color:#333}
mark .info a{color:#035}
a.ref{font-size:.7em;font-weight:bold;vertical-align:super;margin-left:.15em;color:#b00;text-decoration:none}
mark.missed{background:#fff!important;border:2px dashed #d00;color:#900}
mark.spurious{border:2px solid #d00;text-decoration:line-through}
mark.wrong-boundary{border:2px solid #f80}
mark.wrong-label{border:2px solid #80f}
mark.wrong-value,mark.wrong-unit{border:2px solid #b58900;border-bottom-width:4px}
:target{outline:3px solid #06c;outline-offset:2px}
.legend{display:flex;flex-wrap:wrap;gap:.4em .6em;margin:.5em 0;line-height:1.8}
.kind{white-space:nowrap;font-weight:bold}.kind .val{white-space:normal;font-weight:normal;display:block;min-width:8em}
.k-missed{color:#c00}.k-spurious{color:#c00}.k-wrong-boundary{color:#c60}.k-wrong-label{color:#70d}
.k-wrong-value,.k-wrong-unit{color:#860}
@media (min-width:1400px){body{font-size:17px}}
mark.wrong-attribution{border:2px dashed #b58900}
.k-wrong-attribution{color:#860}
table.facts td{text-align:left}table.facts td.wrong{background:#fdd;font-weight:bold}
"""


def esc(value: Any) -> str:
    """Any value as HTML text: None is empty; quotes are escaped too, so it is safe in attributes."""
    if value is None:
        return ""
    return html.escape(value if isinstance(value, str) else str(value), quote=True)


def _colour(label: Any) -> str:
    return COLOURS.get(label, "#ddd") if isinstance(label, str) else "#ddd"


def _values(d: dict[str, Any]) -> str:
    """'value=260000000 currency=CNY' for the fields that are set."""
    return " ".join(f"{k}={d[k]}" for k in VALUE_KEYS if d.get(k) is not None)


def _side(d: dict[str, Any] | None) -> str:
    """One side of a difference: extent with offsets, label, values; escaped."""
    if not d:
        return '<td class="side">—</td>'
    where = f"@{esc(d.get('start'))}–{esc(d.get('end'))}"
    vals = _values(d)
    return (
        f'<td class="side"><b>{esc(d.get("label"))}</b> “{esc(d.get("text"))}” '
        f'<span class="val">{where}</span>'
        + (f'<br><span class="val">{esc(vals)}</span>' if vals else "")
        + "</td>"
    )


def _place_link(d: dict[str, Any]) -> str:
    gid = d.get("geonameid")
    name = esc(d.get("geoname"))
    if isinstance(gid, int) and not isinstance(gid, bool):
        return f'<a href="https://www.geonames.org/{gid}">{name or gid}</a>'
    return name


def _info(d: dict[str, Any]) -> str:
    """What a mark shows after its label: the values, the place link, the organisation's name."""
    parts = []
    if d.get("currency") is not None and d.get("value") is not None:
        parts.append(f"{esc(d['currency'])} {esc(d['value'])}")
    elif d.get("value") is not None:
        parts.append(esc(d["value"]))
    if d.get("unit") is not None:
        parts.append(esc(d["unit"]))
    if d.get("qualifier") is not None:
        parts.append(esc(d["qualifier"]))
    if d.get("geoname") is not None or d.get("geonameid") is not None:
        parts.append("→ " + _place_link(d))
    if d.get("canonical") is not None and d.get("canonical") != d.get("text"):
        parts.append("= " + esc(d["canonical"]))
    return " · ".join(parts)


def _mark(e: Entity, kind: str, note: str, anchor: str = "", ref: str = "", info: bool = False) -> str:
    d = e.to_dict()
    extra = _info(d) if info else ""
    idattr = f' id="{esc(anchor)}"' if anchor else ""
    return (
        f'<mark{idattr} class="ent {esc(kind)}" data-label="{esc(e.label)}" data-kind="{esc(kind)}" '
        f'style="background:{_colour(e.label)}" title="{esc(note)}">{esc(e.text)}'
        f'<span class="lab">{esc(e.label)}</span>'
        + (f'<span class="info">{extra}</span>' if extra else "")
        + "</mark>"
        + ref
    )


def _valid_span(e: Entity, n: int) -> bool:
    ok = isinstance(e.start, int) and isinstance(e.end, int)
    return ok and not isinstance(e.start, bool) and 0 <= e.start < e.end <= n


Mark = tuple[Entity, str, str]


def render_text(
    text: str | None,
    marks: list[Mark],
    anchors: dict[int, tuple[str, str]] | None = None,
    info: bool = False,
) -> str:
    """The article with non-overlapping (entity, kind, note) marks; everything is escaped.

    `anchors` maps the index of a mark to (element id, reference html); a mark hidden by an
    overlapping one leaves its id on an empty element where it starts, so links still resolve.
    """
    text = text if isinstance(text, str) else ""
    anchors = anchors or {}
    out: list[str] = []
    pending: list[str] = []  # ids of marks that an earlier mark overlapped
    pos = 0
    order = sorted(
        range(len(marks)), key=lambda i: marks[i][0].start if _valid_span(marks[i][0], len(text)) else -1
    )
    for i in order:
        e, kind, note = marks[i]
        anchor, ref = anchors.get(i, ("", ""))
        if not _valid_span(e, len(text)) or e.start < pos:
            if anchor:
                pending.append(f'<span id="{esc(anchor)}"></span>{ref}')
            continue
        out.append(esc(text[pos : e.start]))
        out.extend(pending)
        pending = []
        out.append(_mark(e, kind, note, anchor, ref, info))
        pos = e.end
    out.extend(pending)
    out.append(esc(text[pos:]))
    return "".join(out)


def _describe(d: dict[str, Any]) -> str:
    vals = _values(d)
    return f"{d.get('label')} {d.get('text')!r} @{d.get('start')}" + (f" {vals}" if vals else "")


def doc_marks(
    d: DocResult, issues: list[dict[str, Any]] | None = None
) -> tuple[list[Mark], list[int | None]]:
    """Predicted entities classed against gold, plus the gold entities nothing overlapped; and for
    each issue, the index of the mark that shows it."""
    issues = d.issues() if issues is None else issues
    marks: list[Mark] = []
    index_of_pred: dict[tuple[Any, Any], int] = {}
    for e in d.pred:
        index_of_pred.setdefault((e.start, e.end), len(marks))
        marks.append((e, "ok", f"right; predicted {_describe(e.to_dict())}"))
    where: list[int | None] = []
    for issue in issues:
        if issue["kind"] == "missed":
            g = Entity.from_dict(issue["gold"])
            where.append(len(marks))
            marks.append((g, "missed", f"missed: gold {_describe(issue['gold'])}"))
            continue
        p = issue["pred"]
        i = index_of_pred.get((p["start"], p["end"]))
        where.append(i)
        if i is not None:
            note = KIND_NOTE.get(issue["kind"], issue["kind"])
            if issue["gold"]:
                note += f"; gold {_describe(issue['gold'])}"
            marks[i] = (marks[i][0], issue["kind"], f"{note}; predicted {_describe(p)}")
    return marks, where


def _scores_table(result: Result) -> str:
    head = "<tr><th>label</th><th>gold</th><th>pred</th><th>P</th><th>R</th><th>F1</th><th>exact F1</th><th>partial F1</th><th>type F1</th></tr>"
    rows = []
    groups = [(lab, [lab]) for lab in LABELS] + [("mission", list(MISSION_LABELS)), ("micro", list(LABELS))]
    for name, labs in groups:
        s = result.counts(labs, "strict")
        others = "".join(
            f"<td>{result.counts(labs, sch).f1:.3f}</td>" for sch in ("exact", "partial", "type")
        )
        rows.append(
            f"<tr><td>{esc(name)}</td><td>{s.gold}</td><td>{s.pred}</td><td>{s.precision:.3f}</td>"
            f"<td>{s.recall:.3f}</td><td>{s.f1:.3f}</td>{others}</tr>"
        )
    return f'<div class="scroll"><table class="scores">{head}{"".join(rows)}</table></div>'


def _legend(kinds: bool = True) -> str:
    labels = "".join(f'<mark style="background:{c}">{lab}</mark>' for lab, c in COLOURS.items())
    out = f'<p class="legend">{labels}</p>'
    if kinds:
        marks = "".join(
            f'<mark class="{k}" style="background:#eee">{esc(v)}</mark>' for k, v in KIND_NOTE.items()
        )
        out += f'<p class="legend">{marks}</p>'
    return out


DiffRow = tuple[int, str, str, str, dict[str, Any]]  # number, article id, link target, row id, issue


def _diff_rows(items: Iterable[DiffRow], with_doc: bool) -> str:
    rows = []
    for n, doc_id, target, row_id, issue in items:
        doc = f'<td><a href="#{esc(target)}">{esc(doc_id)}</a></td>' if with_doc else ""
        kind = esc(issue["kind"])
        rid = f' id="{esc(row_id)}"' if row_id else ""
        rows.append(
            f'<tr{rid}><td><a href="#{esc(target)}">{n}</a></td>{doc}<td class="kind k-{kind}">{kind}'
            + (f'<br><span class="val">{esc(issue["note"])}</span>' if issue.get("note") else "")
            + "</td>"
            f"{_side(issue.get('gold'))}{_side(issue.get('pred'))}</tr>"
        )
    doc_head = "<th>article</th>" if with_doc else ""
    return (
        f'<div class="scroll"><table class="diffs"><tr><th>#</th>{doc_head}<th>kind</th>'
        f"<th>gold</th><th>predicted</th></tr>{''.join(rows)}</table></div>"
    )


def render_attribution(d: DocResult) -> str:
    """Each figure's subject, place and date, gold beside predicted; a wrong field is marked.

    Figures come from the gold file when it carries attribution, else from the prediction."""

    def name(e: Entity | None, f: str) -> str:
        ref = attribution_ref(e, f)
        return "—" if ref is None else f"{d.text[ref[0] : ref[1]]} @{ref[0]}"

    pred = {e.key: e for e in d.pred}
    gold_figs = [
        g for g in d.gold if g.label in ATTRIBUTED_LABELS and any(f in g.extra for f in ATTRIBUTION_FIELDS)
    ]
    figures: list[tuple[Entity | None, Entity | None]] = [(g, pred.get(g.key)) for g in gold_figs]
    if not gold_figs:
        figures = [(None, p) for p in d.pred if p.label in ATTRIBUTED_LABELS]
    if not figures:
        return ""
    head = "".join(f"<th>{f}</th>" for f in ATTRIBUTION_FIELDS)
    rows = []
    for g, p in figures:
        fig = g or p
        assert fig is not None
        cells = []
        for f in ATTRIBUTION_FIELDS:
            shown, wrong = name(p, f), False
            if g is not None:
                wrong = p is None or attribution_ref(g, f) != attribution_ref(p, f)
                if wrong:
                    shown = (
                        f"predicted {name(p, f) if p is not None else '(figure missed)'}; gold {name(g, f)}"
                    )
            css = ' class="wrong"' if wrong else ""
            cells.append(f"<td{css}>{html.escape(shown)}</td>")
        rows.append(
            f"<tr><td>{fig.label}</td><td>{html.escape(fig.text)} @{fig.start}</td>{''.join(cells)}</tr>"
        )
    return (
        '<table class="facts"><tr><th>label</th><th>figure</th>' + head + "</tr>" + "".join(rows) + "</table>"
    )


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def render_report(result: Result) -> str:
    """One page: every difference at the top (each linked to its mark in its article), the scores,
    then every article with its marks and its differences, gold and prediction side by side."""
    per_doc = [(i, d, d.issues()) for i, d in enumerate(result.docs)]
    summary: list[DiffRow] = []
    sections = []
    n = 0
    for i, d, issues in per_doc:
        for issue in issues:
            if issue["kind"] == "wrong-attribution" and issue.get("gold") and issue.get("pred"):
                issue["note"] = attribution_diff(d.text, issue["gold"], issue["pred"])
        marks, where = doc_marks(d, issues)
        anchors: dict[int, tuple[str, str]] = {}
        local = []
        for issue, mark_index in zip(issues, where, strict=True):
            n += 1
            target = f"diff-{n}"
            local.append((n, d.id, target, f"row-{n}", issue))
            summary.append((n, d.id, target, "", issue))
            ref = f'<a class="ref" href="#row-{n}">{n}</a>'
            if mark_index is None:  # nothing to mark (should not happen): anchor the section
                anchors[len(marks)] = (target, ref)
                marks.append((Entity(0, 0, "", ""), "ok", ""))
            else:
                anchors[mark_index] = (target, ref)
        note = "" if d.has_prediction else " (no prediction for this article)"
        table = _diff_rows(local, with_doc=False) if local else "<p>No differences.</p>"
        sections.append(
            f'<section class="doc" id="doc-{i + 1}"><h2>{esc(d.id)}{esc(note)}</h2>'
            f'<div class="article">{render_text(d.text, marks, anchors)}</div>{table}'
            f"{render_attribution(d)}</section>"
        )
    values = (
        f"<p>Value accuracy on strict matches: {esc(', '.join(result.value_summary()) or 'no matches')}.</p>"
    )
    attribution = result.attribution_summary()
    if attribution:
        values += f"<p>Attribution (gold figures, missed ones wrong): {esc(attribution)}.</p>"
        found = result.attribution_summary(found_only=True) or ""
        values += f"<p>Attribution on the figures the pipeline found: {esc(found)}.</p>"
    top = (
        f'<h2 id="differences">{len(summary)} difference(s)</h2>' + _diff_rows(summary, with_doc=True)
        if summary
        else '<h2 id="differences">No differences</h2>'
    )
    contents = " · ".join(f'<a href="#doc-{i + 1}">{esc(d.id)}</a>' for i, d, _ in per_doc)
    body = (
        "<h1>newsfacts evaluation</h1>"
        + top
        + "<h2>Scores</h2>"
        + _scores_table(result)
        + values
        + f"<p>Articles: {contents}</p>"
        + _legend()
        + "".join(sections)
    )
    return _page("newsfacts evaluation", body)


def _entities_table(rec: ArticleRecord) -> str:
    rows = []
    for e in rec.entities:
        d = e.to_dict()
        links = " ".join(f"{k}={esc(d[k])}" for k in LINK_KEYS if d.get(k) is not None)
        place = _place_link(d) if d.get("geonameid") is not None else ""
        rows.append(
            f"<tr><td>{esc(e.start)}–{esc(e.end)}</td><td>{esc(e.label)}</td><td>{esc(e.text)}</td>"
            f'<td class="val">{esc(_values(d))}</td><td class="val">{links} {place}</td></tr>'
        )
    return (
        '<div class="scroll"><table class="ents"><tr><th>offsets</th><th>label</th><th>text</th>'
        f"<th>values</th><th>links</th></tr>{''.join(rows)}</table></div>"
    )


def render_article_page(rec: ArticleRecord, text: str | None) -> str:
    """One article with its extracted entities highlighted, each showing its values and links,
    then a table of every entity."""
    marks: list[Mark] = [(e, "ok", _describe(e.to_dict())) for e in rec.entities]
    head = f"<h1>{esc(rec.title or rec.id)}</h1><p>{esc(rec.path)} · published {esc(rec.published)}</p>"
    body = (
        f'{head}{_legend(kinds=False)}<div class="article">{render_text(text, marks, info=True)}</div>'
        f"<h2>{len(rec.entities)} entities</h2>{_entities_table(rec)}"
    )
    return _page(rec.title or rec.id, body)
