"""Self-contained HTML: entities highlighted in their article, evaluation differences marked."""

from __future__ import annotations

import html

from pipeline.evaluate import (
    ATTRIBUTED_LABELS,
    ATTRIBUTION_FIELDS,
    SCHEMES,
    DocResult,
    Result,
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
STYLE = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:right}
th:first-child,td:first-child{text-align:left}table.issues td{text-align:left}
.article{white-space:pre-wrap;line-height:2.4;border:1px solid #ddd;padding:1em;border-radius:4px}
mark{padding:.15em .3em;border-radius:.3em;border:2px solid transparent}
mark .lab{font-size:.65em;font-weight:bold;margin-left:.4em;vertical-align:middle;text-transform:uppercase}
mark.missed{background:#fff!important;border:2px dashed #d00;color:#900}
mark.spurious{border:2px solid #d00;text-decoration:line-through}
mark.wrong-boundary{border:2px solid #f80}
mark.wrong-label{border:2px solid #80f}
mark.wrong-value,mark.wrong-unit{border:2px dotted #b58900}
.legend mark{margin-right:.6em}
mark.wrong-attribution{border:2px dashed #b58900}
table.facts td{text-align:left}table.facts td.wrong{background:#fdd;font-weight:bold}
"""


def _mark(e: Entity, kind: str, note: str) -> str:
    colour = COLOURS.get(e.label, "#ddd")
    title = html.escape(note, quote=True)
    return (
        f'<mark class="ent {kind}" data-label="{e.label}" data-kind="{kind}" '
        f'style="background:{colour}" title="{title}">{html.escape(e.text)}'
        f'<span class="lab">{e.label}</span></mark>'
    )


def _describe(e: Entity) -> str:
    d = e.to_dict()
    parts = [f"{e.label} {e.text!r}"] + [
        f"{k}={d[k]}" for k in ("value", "unit", "currency", "qualifier") if d.get(k) is not None
    ]
    return " ".join(parts)


def render_text(text: str, marks: list[tuple[Entity, str, str]]) -> str:
    """The article with non-overlapping (entity, kind, note) marks; the text is escaped."""
    out = []
    pos = 0
    for e, kind, note in sorted(marks, key=lambda m: m[0].start):
        if e.start < pos:
            continue
        out.append(html.escape(text[pos : e.start]))
        out.append(_mark(e, kind, note))
        pos = e.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def doc_marks(d: DocResult) -> list[tuple[Entity, str, str]]:
    """Predicted entities classed against gold, plus the gold entities nothing overlapped."""
    by_kind: dict[tuple[int, int], tuple[str, str]] = {}
    missed: list[tuple[Entity, str, str]] = []
    for issue in d.issues():
        if issue["kind"] == "missed":
            g = Entity.from_dict(issue["gold"])
            missed.append((g, "missed", f"missed: gold {_describe(g)}"))
            continue
        p = issue["pred"]
        gold = issue["gold"]
        note = KIND_NOTE[issue["kind"]]
        if gold:
            note += f"; gold {_describe(Entity.from_dict(gold))}"
        by_kind[(p["start"], p["end"])] = (issue["kind"], note)
    marks = []
    for e in d.pred:
        kind, note = by_kind.get((e.start, e.end), ("ok", "right"))
        marks.append((e, kind, f"{note}; predicted {_describe(e)}"))
    return marks + missed


def _scores_table(result: Result) -> str:
    head = "".join(f"<th>{s} P</th><th>{s} R</th><th>{s} F1</th>" for s in SCHEMES)
    rows = []
    groups = [(lab, [lab]) for lab in LABELS] + [("mission", list(MISSION_LABELS)), ("micro", list(LABELS))]
    for name, labs in groups:
        strict = result.counts(labs, "strict")
        cells = "".join(
            f"<td>{c.precision:.3f}</td><td>{c.recall:.3f}</td><td>{c.f1:.3f}</td>"
            for c in (result.counts(labs, s) for s in SCHEMES)
        )
        rows.append(f"<tr><td>{name}</td><td>{strict.gold}</td><td>{strict.pred}</td>{cells}</tr>")
    return f"<table><tr><th>label</th><th>gold</th><th>pred</th>{head}</tr>{''.join(rows)}</table>"


def _legend() -> str:
    marks = "".join(
        f'<mark class="{k}" style="background:#eee">{html.escape(v)}</mark>' for k, v in KIND_NOTE.items()
    )
    labels = "".join(f'<mark style="background:{c}">{lab}</mark>' for lab, c in COLOURS.items())
    return f'<p class="legend">{labels}</p><p class="legend">{marks}</p>'


def _issues_table(d: DocResult) -> str:
    rows = []
    for i in d.issues():
        g = Entity.from_dict(i["gold"]) if i["gold"] else None
        p = Entity.from_dict(i["pred"]) if i["pred"] else None
        first = g or p
        at = first.start if first is not None else ""
        rows.append(
            f"<tr><td>{i['kind']}</td><td>{html.escape(_describe(g)) if g else ''}</td>"
            f"<td>{html.escape(_describe(p)) if p else ''}</td><td>{at}</td></tr>"
        )
    if not rows:
        return "<p>No differences.</p>"
    return (
        '<table class="issues"><tr><th>kind</th><th>gold</th><th>predicted</th><th>offset</th></tr>'
        + "".join(rows)
        + "</table>"
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
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>{body}</body></html>\n"
    )


def render_report(result: Result) -> str:
    """One page: the scores, a legend, then every article with its marks and differences."""
    values = f"<p>Value accuracy on strict matches: {', '.join(result.value_summary()) or 'no matches'}.</p>"
    attribution = result.attribution_summary()
    if attribution:
        values += f"<p>Attribution (gold figures, missed ones wrong): {html.escape(attribution)}.</p>"
        found = result.attribution_summary(found_only=True) or ""
        values += f"<p>Attribution on the figures the pipeline found: {html.escape(found)}.</p>"
    parts = ["<h1>newsfacts evaluation</h1>", _scores_table(result), values, _legend()]
    for d in result.docs:
        note = "" if d.has_prediction else " (no prediction for this article)"
        parts.append(f'<section class="doc" id="{html.escape(d.id)}"><h2>{html.escape(d.id)}{note}</h2>')
        parts.append(f'<div class="article">{render_text(d.text, doc_marks(d))}</div>')
        parts.append(_issues_table(d))
        parts.append(render_attribution(d))
        parts.append("</section>")
    return _page("newsfacts evaluation", "".join(parts))


def render_article_page(rec: ArticleRecord, text: str) -> str:
    """One article with its extracted entities highlighted."""
    marks = [(e, "ok", _describe(e)) for e in rec.entities]
    head = f"<h1>{html.escape(rec.title or rec.id)}</h1><p>{html.escape(rec.path)} · published {rec.published}</p>"
    legend = "".join(f'<mark style="background:{c}">{lab}</mark>' for lab, c in COLOURS.items())
    body = f'{head}<p class="legend">{legend}</p><div class="article">{render_text(text, marks)}</div>'
    return _page(rec.title or rec.id, body)
