"""Score predictions against gold files: pure functions over (start, end, label) sets."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.records import (
    LABELS,
    MISSION_LABELS,
    ArticleRecord,
    Entity,
    SchemaError,
    load_gold,
    read_records,
)

SCHEMES = ("strict", "exact", "partial", "type")
Span = tuple[int, int, str]
VALUE_FIELDS = {
    "MONEY": ("value", "currency"),
    "COUNT": ("value",),
    "PERCENT": ("value",),
    "DATE": ("value",),
}


ATTRIBUTION_FIELDS = ("subject", "place", "when")
ATTRIBUTED_LABELS = ("MONEY", "COUNT", "PERCENT")


def has_attribution(e: Entity) -> bool:
    """Whether a gold figure carries SPEC 2.10's fields (then it is scored on all three)."""
    return e.label in ATTRIBUTED_LABELS and any(f in e.extra for f in ATTRIBUTION_FIELDS)


def attribution_ref(e: Entity | None, name: str) -> tuple[int, int] | None:
    """One attribution field as (start, end), or None (absent, null or malformed)."""
    ref = e.extra.get(name) if e is not None else None
    if isinstance(ref, dict) and isinstance(ref.get("start"), int) and isinstance(ref.get("end"), int):
        return (ref["start"], ref["end"])
    return None


def attribution_matches(gold: Entity, pred: Entity) -> bool:
    return all(attribution_ref(gold, f) == attribution_ref(pred, f) for f in ATTRIBUTION_FIELDS)


class EvaluationError(Exception):
    """The inputs of an evaluation do not fit together (a message says which file)."""


@dataclass
class Counts:
    """SemEval-2013 style tallies for one scheme."""

    correct: float = 0.0
    gold: int = 0
    pred: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.correct += other.correct
        self.gold += other.gold
        self.pred += other.pred

    def to_dict(self) -> dict[str, float]:
        return {
            "correct": self.correct,
            "gold": self.gold,
            "pred": self.pred,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_spans(gold: Iterable[Span], pred: Iterable[Span], scheme: str) -> Counts:
    """Tallies of one scheme. Duplicate predictions count once; each gold span is matched once.

    strict: same span and label; exact: same span; type: overlap and same label;
    partial: same span counts 1, overlapping span 0.5.
    """
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}")
    g = sorted(set(gold))
    p = sorted(set(pred))
    counts = Counts(gold=len(g), pred=len(p))
    used: set[int] = set()
    for ps in p:
        best, best_i = 0.0, -1
        for i, gs in enumerate(g):
            if i in used or not _overlap(ps, gs):
                continue
            same = ps[:2] == gs[:2]
            if scheme == "strict":
                credit = 1.0 if same and ps[2] == gs[2] else 0.0
            elif scheme == "exact":
                credit = 1.0 if same else 0.0
            elif scheme == "type":
                credit = 1.0 if ps[2] == gs[2] else 0.0
            else:
                credit = 1.0 if same else 0.5
            if credit > best:
                best, best_i = credit, i
        if best_i >= 0:
            used.add(best_i)
            counts.correct += best
    return counts


def value_matches(gold: Entity, pred: Entity) -> bool:
    """Whether the normalised fields of two strictly matching entities agree."""
    for f in VALUE_FIELDS.get(gold.label, ()):
        gv, pv = getattr(gold, f), getattr(pred, f)
        if isinstance(gv, (int, float)) and isinstance(pv, (int, float)):
            if abs(gv - pv) > 1e-9 * max(1.0, abs(gv)):
                return False
        elif gv != pv:
            return False
    return True


@dataclass
class DocResult:
    id: str
    text: str
    gold: list[Entity]
    pred: list[Entity]
    has_prediction: bool = True

    def issues(self) -> list[dict[str, Any]]:
        """Every difference, classed: missed, spurious, boundary, label, value, unit."""
        out: list[dict[str, Any]] = []
        gold_by_span = {(e.start, e.end): e for e in self.gold}
        pred_by_span = {(e.start, e.end): e for e in self.pred}
        for e in self.pred:
            g = gold_by_span.get((e.start, e.end))
            if g is not None:
                if g.label != e.label:
                    out.append({"kind": "wrong-label", "pred": e.to_dict(), "gold": g.to_dict()})
                elif not value_matches(g, e):
                    out.append({"kind": "wrong-value", "pred": e.to_dict(), "gold": g.to_dict()})
                elif g.label == "COUNT" and g.unit != e.unit:
                    out.append({"kind": "wrong-unit", "pred": e.to_dict(), "gold": g.to_dict()})
                elif has_attribution(g) and not attribution_matches(g, e):
                    out.append({"kind": "wrong-attribution", "pred": e.to_dict(), "gold": g.to_dict()})
                continue
            near = [g for g in self.gold if g.start < e.end and e.start < g.end]
            if near:
                out.append({"kind": "wrong-boundary", "pred": e.to_dict(), "gold": near[0].to_dict()})
            else:
                out.append({"kind": "spurious", "pred": e.to_dict(), "gold": None})
        for g in self.gold:
            if (g.start, g.end) in pred_by_span:
                continue
            if not any(p.start < g.end and g.start < p.end for p in self.pred):
                out.append({"kind": "missed", "pred": None, "gold": g.to_dict()})
        return sorted(out, key=lambda d: (d["gold"] or d["pred"])["start"])


@dataclass
class Result:
    docs: list[DocResult] = field(default_factory=list)

    def counts(self, labels: Iterable[str] | None = None, scheme: str = "strict") -> Counts:
        wanted = set(labels) if labels is not None else set(LABELS)
        total = Counts()
        for d in self.docs:
            total.add(
                score_spans(
                    [e.key for e in d.gold if e.label in wanted],
                    [e.key for e in d.pred if e.label in wanted],
                    scheme,
                )
            )
        return total

    def value_accuracy(self, label: str) -> tuple[int, int]:
        """(right, strict matches) of the normalised value; for COUNT also the unit counts."""
        right = total = 0
        for d in self.docs:
            pred = {e.key: e for e in d.pred}
            for g in d.gold:
                p = pred.get(g.key)
                if g.label != label or p is None:
                    continue
                total += 1
                right += value_matches(g, p)
        return right, total

    def unit_accuracy(self) -> tuple[int, int]:
        right = total = 0
        for d in self.docs:
            pred = {e.key: e for e in d.pred}
            for g in d.gold:
                p = pred.get(g.key)
                if g.label == "COUNT" and p is not None:
                    total += 1
                    right += g.unit == p.unit
        return right, total

    def attribution_accuracy(self, found_only: bool = False) -> dict[str, tuple[int, int]]:
        """(right, gold figures with attribution) per field and for all three together;
        a gold figure without a strictly matching prediction counts as wrong (or, with
        `found_only`, is left out, to see attribution apart from entity recall)."""
        out = {f: [0, 0] for f in (*ATTRIBUTION_FIELDS, "all")}
        for d in self.docs:
            pred = {e.key: e for e in d.pred}
            for g in d.gold:
                if not has_attribution(g):
                    continue
                p = pred.get(g.key)
                if p is None and found_only:
                    continue
                right_all = p is not None
                for f in ATTRIBUTION_FIELDS:
                    ok = p is not None and attribution_ref(g, f) == attribution_ref(p, f)
                    out[f][0] += ok
                    out[f][1] += 1
                    right_all = right_all and ok
                out["all"][0] += right_all
                out["all"][1] += 1
        return {k: (v[0], v[1]) for k, v in out.items()}

    def attribution_summary(self, found_only: bool = False) -> str | None:
        """'subject 40/47 (0.851), ...' or None when no gold figure carries attribution."""
        acc = self.attribution_accuracy(found_only)
        if not acc["all"][1]:
            return None
        return ", ".join(f"{k} {r}/{t} ({r / t:.3f})" for k, (r, t) in acc.items())

    def value_summary(self) -> list[str]:
        """'MONEY 10/10', ... and 'COUNT unit 28/28', for labels with strict matches."""
        out = []
        for lab in VALUE_FIELDS:
            right, total = self.value_accuracy(lab)
            if total:
                out.append(f"{lab} {right}/{total}")
        ur, ut = self.unit_accuracy()
        if ut:
            out.append(f"COUNT unit {ur}/{ut}")
        return out

    def to_dict(self) -> dict[str, Any]:
        groups: dict[str, list[str]] = {lab: [lab] for lab in LABELS}
        groups["micro"] = list(LABELS)
        groups["mission"] = list(MISSION_LABELS)
        scores = {name: {s: self.counts(labs, s).to_dict() for s in SCHEMES} for name, labs in groups.items()}
        values = {}
        for lab in VALUE_FIELDS:
            right, total = self.value_accuracy(lab)
            values[lab] = {
                "right": right,
                "total": total,
                "accuracy": round(right / total, 4) if total else None,
            }
        ur, ut = self.unit_accuracy()
        values["COUNT_unit"] = {"right": ur, "total": ut, "accuracy": round(ur / ut, 4) if ut else None}
        attribution: dict[str, Any] = {
            k: {"right": r, "total": t, "accuracy": round(r / t, 4) if t else None}
            for k, (r, t) in self.attribution_accuracy().items()
        }
        attribution["found_only"] = {
            k: {"right": r, "total": t, "accuracy": round(r / t, 4) if t else None}
            for k, (r, t) in self.attribution_accuracy(found_only=True).items()
        }
        return {
            "scores": scores,
            "values": values,
            "attribution": attribution,
            "documents": [
                {
                    "id": d.id,
                    "has_prediction": d.has_prediction,
                    "strict": score_spans(
                        [e.key for e in d.gold], [e.key for e in d.pred], "strict"
                    ).to_dict(),
                    "issues": d.issues(),
                }
                for d in self.docs
            ],
        }


def _run_pipeline(nlp: Any, golds: list[tuple[ArticleRecord, str]]) -> dict[str, ArticleRecord]:
    """Predictions for the gold articles, made as `extract` makes them (long ones in pieces)."""
    from pipeline.batch import Failure, process
    from pipeline.read import article_from_text

    arts = [article_from_text(text, g.path, g.text_sha256, article_id=g.id) for g, text in golds]
    failures: list[Failure] = []
    preds = {
        r.text_sha256: r for r in process(nlp, [], failures, articles=arts) if isinstance(r, ArticleRecord)
    }
    if failures:
        raise EvaluationError(f"{failures[0].path}: {failures[0].message}")
    return preds


def evaluate_dir(
    gold_dir: Path,
    articles: Path | None = None,
    predictions: Path | None = None,
    nlp: Any = None,
) -> Result:
    """Check every gold file, then score predictions (a JSONL file, or the pipeline run now)."""
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise EvaluationError(f"{gold_dir}: no gold files (*.json)")
    art_dir = articles or Path(gold_dir).parent / "seeds"
    golds: list[tuple[ArticleRecord, str]] = []
    seen: dict[str, Path] = {}
    for gold_file in gold_files:
        g, text = load_gold(gold_file, art_dir)
        if g.text_sha256 in seen:
            raise EvaluationError(
                f"{gold_file}: annotates the same article as {seen[g.text_sha256]}; keep one gold file per article"
            )
        seen[g.text_sha256] = gold_file
        golds.append((g, text))
    preds: dict[str, ArticleRecord] = {}
    if predictions is not None:
        if not predictions.is_file():
            raise EvaluationError(f"{predictions}: predictions file not found")
        for rec in read_records(predictions):
            preds.setdefault(rec.text_sha256, rec)
    else:
        if nlp is None:
            raise EvaluationError("give predictions or a pipeline to run")
        preds = _run_pipeline(nlp, golds)
    result = Result()
    for g, text in golds:
        p = preds.get(g.text_sha256)
        result.docs.append(
            DocResult(g.id, text, g.entities, p.entities if p else [], has_prediction=p is not None)
        )
    return result


def _side(e: dict[str, Any] | None) -> str:
    """One side of a difference: label, text, offsets and the values that are set; '-' for none."""
    if not e:
        return "-"
    vals = " ".join(f"{k}={e[k]}" for k in ("value", "unit", "currency", "qualifier") if e.get(k) is not None)
    return f"{e.get('label')} {e.get('text')!r} @{e.get('start')}-{e.get('end')}" + (
        f" {vals}" if vals else ""
    )


def format_table(result: Result) -> str:
    """The terminal report: per-label and micro scores, value accuracy, weakest documents."""
    lines = [
        f"{'label':<10}{'gold':>6}{'pred':>6}  {'P':>6}{'R':>7}{'F1':>7}   {'exact F1':>8}{'partial F1':>11}{'type F1':>9}"
    ]
    rows = [(lab, [lab]) for lab in LABELS] + [("mission", list(MISSION_LABELS)), ("micro", list(LABELS))]
    for name, labs in rows:
        s = result.counts(labs, "strict")
        if name in ("mission",):
            lines.append("-" * len(lines[0]))
        lines.append(
            f"{name:<10}{s.gold:>6}{s.pred:>6}  {s.precision:>6.3f}{s.recall:>7.3f}{s.f1:>7.3f}   "
            f"{result.counts(labs, 'exact').f1:>8.3f}{result.counts(labs, 'partial').f1:>11.3f}"
            f"{result.counts(labs, 'type').f1:>9.3f}"
        )
    lines.append("")
    lines.append("value accuracy on strict matches: " + (", ".join(result.value_summary()) or "no matches"))
    attribution = result.attribution_summary()
    if attribution:
        lines.append(f"attribution (gold figures, missed ones wrong): {attribution}")
        lines.append(f"attribution (figures the pipeline found):      {result.attribution_summary(True)}")
    missing = [d.id for d in result.docs if not d.has_prediction]
    if missing:
        lines.append(f"no prediction for {len(missing)} gold file(s): {', '.join(missing)}")
    issues = [(d.id, i) for d in result.docs for i in d.issues()]
    d_text = {d.id: d.text for d in result.docs}
    if issues:
        lines.append(f"\n{len(issues)} difference(s), gold | predicted:")
        for doc_id, i in issues:
            if i["kind"] == "wrong-attribution" and i["pred"]:
                e = i["gold"]
                lines.append(
                    f"  {doc_id}  {(i['kind'] + ' ').ljust(15)}{e['label']} {e['text']!r} @{e['start']} "
                    + attribution_diff(d_text[doc_id], e, i["pred"])
                )
                continue
            lines.append(f"  {doc_id}  {i['kind']:<15}{_side(i['gold']):<44} | {_side(i['pred'])}")
    return "\n".join(lines)


def attribution_diff(text: str, gold: dict[str, Any], pred: dict[str, Any]) -> str:
    """'place: gold 'Lyon' predicted None' for each attribution field that differs."""

    def shown(d: dict[str, Any], f: str) -> str:
        ref = attribution_ref(Entity.from_dict(d), f)
        return "null" if ref is None else repr(text[ref[0] : ref[1]]) + f"@{ref[0]}"

    return "; ".join(
        f"{f}: gold {shown(gold, f)} predicted {shown(pred, f)}"
        for f in ATTRIBUTION_FIELDS
        if shown(gold, f) != shown(pred, f)
    )


__all__ = [
    "Counts",
    "EvaluationError",
    "Result",
    "SchemaError",
    "evaluate_dir",
    "format_table",
    "score_spans",
]
