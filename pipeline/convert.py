"""Gold files <-> the formats annotation tools use: spaCy DocBin, spaCy/Prodigy JSONL,
brat standoff, Label Studio JSON, CoNLL IOB (export only).

Normalised values travel where the format has room: span keys in JSONL, Doc
user data in DocBin, AnnotatorNotes in brat, region meta in Label Studio.
Attribution (SPEC 2.10: subject, place, when) travels as span keys in JSONL, Doc
user data in DocBin, relations in brat and Label Studio (a null field stays in the
note or meta, so "null" and "not annotated" stay apart). CoNLL IOB cannot hold it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# FORMATS lives with the records, so the command line lists them without importing this module
from pipeline.records import FORMATS as FORMATS
from pipeline.records import Entity, SchemaError, entities_problems, load_gold

VALUE_KEYS = ("value", "unit", "currency", "qualifier")


@dataclass
class GoldDoc:
    """One annotated article: what a gold file holds, plus the text itself."""

    article: str
    text: str
    published: str | None
    entities: list[Entity]

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def gold_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "text_sha256": self.sha256,
            "published": self.published,
            "entities": [e.to_dict() for e in sorted(self.entities, key=lambda e: (e.start, e.end))],
        }


def _values(e: Entity) -> dict[str, Any]:
    d = e.to_dict()
    return {k: d[k] for k in (*VALUE_KEYS, *e.extra) if k in d}


ATTRIBUTION = ("subject", "place", "when")


def _split_refs(e: Entity) -> tuple[dict[str, Any], dict[str, tuple[int, int]]]:
    """An entity's values without its non-null attribution, and that attribution as spans."""
    values = _values(e)
    refs = {}
    for f in ATTRIBUTION:
        r = values.get(f)
        if isinstance(r, dict):
            refs[f] = (r["start"], r["end"])
            del values[f]
    return values, refs


def _entity(start: int, end: int, label: str, text: str, values: dict[str, Any]) -> Entity:
    refs = {f: values.pop(f) for f in ATTRIBUTION if f in values}
    values.update(refs)  # subject, place, when last and in SPEC's order, however they were read
    return Entity.from_dict({"start": start, "end": end, "label": label, "text": text[start:end], **values})


def read_gold_dir(gold_dir: Path, articles: Path) -> list[GoldDoc]:
    docs = []
    for p in sorted(gold_dir.glob("*.json")):
        rec, text = load_gold(p, articles)
        docs.append(GoldDoc(Path(rec.path).name, text, rec.published, rec.entities))
    return docs


def write_gold_dir(docs: Iterable[GoldDoc], gold_dir: Path, articles: Path | None = None) -> int:
    """Gold files (and, if `articles` is given, the article texts) for `docs`; checks each first."""
    gold_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    for d in docs:
        problems = entities_problems(d.article, [e.to_dict() for e in d.entities], d.text)
        if problems:
            raise SchemaError("\n".join(problems))
        if articles is not None:
            articles.mkdir(parents=True, exist_ok=True)
            (articles / d.article).write_bytes(d.text.encode("utf-8"))
        out = gold_dir / f"{Path(d.article).stem}.json"
        out.write_text(json.dumps(d.gold_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += 1
    return n


# --- spaCy / Prodigy JSONL -------------------------------------------------------------


def to_jsonl(docs: Iterable[GoldDoc]) -> str:
    lines = []
    for d in docs:
        spans = [{"start": e.start, "end": e.end, "label": e.label, **_values(e)} for e in d.entities]
        meta = {"article": d.article, "published": d.published}
        lines.append(json.dumps({"text": d.text, "spans": spans, "meta": meta}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def from_jsonl(data: str) -> list[GoldDoc]:
    docs = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        task = json.loads(line)
        text = task["text"]
        meta = task.get("meta", {})
        ents = []
        for s in task.get("spans", []):
            values = {
                k: v for k, v in s.items() if k not in ("start", "end", "label", "token_start", "token_end")
            }
            ents.append(_entity(s["start"], s["end"], s["label"], text, values))
        docs.append(GoldDoc(meta.get("article") or f"doc{n:05d}.txt", text, meta.get("published"), ents))
    return docs


# --- spaCy DocBin --------------------------------------------------------------------


def to_docbin(docs: Iterable[GoldDoc]) -> bytes:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    db = DocBin(store_user_data=True)
    for d in docs:
        doc = nlp.make_doc(d.text)
        spans = []
        for e in d.entities:
            span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="strict")
            if span is None:
                raise SchemaError(
                    f"{d.article}: {e.text!r} at {e.start} does not fall on spaCy token boundaries"
                )
            spans.append(span)
        doc.ents = spans
        doc.user_data["newsfacts_gold"] = {
            "article": d.article,
            "published": d.published,
            "values": [[e.start, e.end, _values(e)] for e in d.entities],
        }
        db.add(doc)
    data: bytes = db.to_bytes()
    return data


def from_docbin(data: bytes) -> list[GoldDoc]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    out = []
    for n, doc in enumerate(DocBin().from_bytes(data).get_docs(nlp.vocab), 1):
        meta = doc.user_data.get("newsfacts_gold", {})
        values = {(s, e): v for s, e, v in meta.get("values", [])}
        ents = [
            _entity(
                span.start_char,
                span.end_char,
                span.label_,
                doc.text,
                values.get((span.start_char, span.end_char), {}),
            )
            for span in doc.ents
        ]
        out.append(GoldDoc(meta.get("article") or f"doc{n:05d}.txt", doc.text, meta.get("published"), ents))
    return out


# --- brat standoff -------------------------------------------------------------------


def to_brat(d: GoldDoc) -> str:
    """The .ann file for one article (the .txt is the article text itself)."""
    lines = []
    note = 1
    ids = {(e.start, e.end): f"T{i}" for i, e in enumerate(d.entities, 1)}
    relations = []
    for i, e in enumerate(d.entities, 1):
        lines.append(f"T{i}\t{e.label} {e.start} {e.end}\t{e.text}")
        values, refs = _split_refs(e)
        for f, span in refs.items():
            if span not in ids:
                raise SchemaError(f"{d.article}: {f} of {e.text!r} at {e.start} points at no entity")
            relations.append(f"{f} Arg1:T{i} Arg2:{ids[span]}")
        if values:
            lines.append(f"#{note}\tAnnotatorNotes T{i}\t{json.dumps(values, ensure_ascii=False)}")
            note += 1
    lines += [f"R{k}\t{rel}" for k, rel in enumerate(relations, 1)]
    if d.published:
        lines.append(f"#{note}\tAnnotatorNotes T0\tpublished={d.published}")
    return "\n".join(lines) + "\n"


def from_brat(article: str, text: str, ann: str) -> GoldDoc:
    spans: dict[str, tuple[int, int, str]] = {}
    notes: dict[str, dict[str, Any]] = {}
    relations: list[tuple[str, str, str]] = []
    published = None
    for n, line in enumerate(ann.splitlines(), 1):
        if line.startswith("R"):
            _, info = line.split("\t", 2)[:2]
            kind, arg1, arg2 = info.split()
            relations.append((kind, arg1.split(":", 1)[1], arg2.split(":", 1)[1]))
        elif line.startswith("T"):
            tid, info, _ = line.split("\t", 2)
            label, rest = info.split(" ", 1)
            if ";" in rest:
                raise SchemaError(f"{article}.ann:{n}: discontinuous spans are not supported")
            start, end = (int(x) for x in rest.split())
            spans[tid] = (start, end, label)
        elif line.startswith("#"):
            _, info, body = line.split("\t", 2)
            target = info.split()[-1]
            if target == "T0" and body.startswith("published="):
                published = body.split("=", 1)[1] or None
            else:
                notes[target] = json.loads(body)
    for kind, src, dst in relations:
        if kind in ATTRIBUTION and src in spans and dst in spans:
            notes.setdefault(src, {})[kind] = {"start": spans[dst][0], "end": spans[dst][1]}
    ents = [_entity(s, e, lab, text, notes.get(tid, {})) for tid, (s, e, lab) in spans.items()]
    return GoldDoc(article, text, published, sorted(ents, key=lambda x: x.start))


# --- Label Studio --------------------------------------------------------------------


def _ls_results(d: GoldDoc) -> list[dict[str, Any]]:
    out = []
    stem = Path(d.article).stem
    ids = {(e.start, e.end): f"{stem}-{i}" for i, e in enumerate(d.entities)}
    relations = []
    for i, e in enumerate(d.entities):
        values, refs = _split_refs(e)
        for f, span in refs.items():
            if span not in ids:
                raise SchemaError(f"{d.article}: {f} of {e.text!r} at {e.start} points at no entity")
            relations.append(
                {
                    "type": "relation",
                    "from_id": f"{stem}-{i}",
                    "to_id": ids[span],
                    "direction": "right",
                    "labels": [f],
                }
            )
        r: dict[str, Any] = {
            "id": f"{stem}-{i}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.label]},
        }
        if values:
            r["meta"] = {"text": [json.dumps(values, ensure_ascii=False)]}
        out.append(r)
    return out + relations


def to_labelstudio(docs: Iterable[GoldDoc], as_predictions: bool = False) -> str:
    """Tasks for Label Studio: gold as annotations, or pipeline output as predictions to correct."""
    tasks = []
    for d in docs:
        task: dict[str, Any] = {"data": {"text": d.text, "article": d.article, "published": d.published}}
        if as_predictions:
            task["predictions"] = [{"model_version": "newsfacts", "result": _ls_results(d)}]
        else:
            task["annotations"] = [{"result": _ls_results(d)}]
        tasks.append(task)
    return json.dumps(tasks, ensure_ascii=False, indent=1) + "\n"


def from_labelstudio(data: str) -> list[GoldDoc]:
    """Label Studio's JSON export: the latest annotation of each task, else its prediction."""
    out = []
    for n, task in enumerate(json.loads(data), 1):
        text = task["data"]["text"]
        runs = task.get("annotations") or task.get("predictions") or [{"result": []}]
        results = runs[-1].get("result", [])
        regions = {r.get("id"): r for r in results if r.get("type") == "labels"}
        links: dict[Any, dict[str, Any]] = {}
        for r in results:
            if r.get("type") == "relation" and r.get("to_id") in regions:
                target = regions[r["to_id"]]["value"]
                for kind in r.get("labels") or []:
                    if kind in ATTRIBUTION:
                        links.setdefault(r.get("from_id"), {})[kind] = {
                            "start": target["start"],
                            "end": target["end"],
                        }
        ents = []
        for r in results:
            if r.get("type") != "labels":
                continue
            v = r["value"]
            meta = r.get("meta", {}).get("text") or []
            values = json.loads(meta[0]) if meta else {}
            values.update(links.get(r.get("id"), {}))
            ents.append(_entity(v["start"], v["end"], v["labels"][0], text, values))
        data_ = task["data"]
        out.append(GoldDoc(data_.get("article") or f"task{n:05d}.txt", text, data_.get("published"), ents))
    return out


LABEL_CONFIG = """<View>
  <Labels name="label" toName="text">
    <Label value="ORG"/><Label value="PLACE"/><Label value="PERSON"/><Label value="MONEY"/>
    <Label value="COUNT"/><Label value="PERCENT"/><Label value="DATE"/>
  </Labels>
  <Relations>
    <Relation value="subject"/><Relation value="place"/><Relation value="when"/>
  </Relations>
  <Text name="text" value="$text"/>
</View>
"""


# --- CoNLL IOB (export only: it keeps tokens and tags, not offsets or values) --------------


def to_conll(docs: Iterable[GoldDoc]) -> str:
    import spacy

    nlp = spacy.blank("en")
    out = []
    for d in docs:
        out.append(f"-DOCSTART- -X- {d.article} O\n")
        doc = nlp.make_doc(d.text)
        tags = ["O"] * len(doc)
        for e in d.entities:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is None:
                continue
            for k, tok in enumerate(span):
                tags[tok.i] = ("B-" if k == 0 else "I-") + e.label
        sent: list[str] = []
        for tok, tag in zip(doc, tags, strict=True):
            if tok.is_space:
                if "\n" in tok.text and sent:
                    out.append("\n".join(sent) + "\n")
                    sent = []
                continue
            sent.append(f"{tok.text}\t{tag}")
            if "\n" in tok.whitespace_ and sent:
                out.append("\n".join(sent) + "\n")
                sent = []
        if sent:
            out.append("\n".join(sent) + "\n")
    return "\n".join(out)


# --- directory-level conversions used by the CLI ----------------------------------------


def export(docs: list[GoldDoc], fmt: str, dest: Path, as_predictions: bool = False) -> Path:
    """Write `docs` in `fmt` at `dest` (a file, or a folder for brat)."""
    if fmt == "brat":
        dest.mkdir(parents=True, exist_ok=True)
        for d in docs:
            stem = Path(d.article).stem
            (dest / f"{stem}.txt").write_bytes(d.text.encode("utf-8"))
            (dest / f"{stem}.ann").write_text(to_brat(d), encoding="utf-8")
        (dest / "annotation.conf").write_text(
            "[entities]\nORG\nPLACE\nPERSON\nMONEY\nCOUNT\nPERCENT\nDATE\n[relations]\n"
            "subject\tArg1:MONEY|COUNT|PERCENT, Arg2:ORG|PLACE\n"
            "place\tArg1:MONEY|COUNT|PERCENT, Arg2:PLACE\n"
            "when\tArg1:MONEY|COUNT|PERCENT, Arg2:DATE\n"
            "[events]\n[attributes]\n",
            encoding="utf-8",
        )
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "spacy":
        dest.write_bytes(to_docbin(docs))
    elif fmt == "jsonl":
        dest.write_text(to_jsonl(docs), encoding="utf-8")
    elif fmt == "labelstudio":
        dest.write_text(to_labelstudio(docs, as_predictions), encoding="utf-8")
        dest.with_suffix(".label_config.xml").write_text(LABEL_CONFIG, encoding="utf-8")
    elif fmt == "conll":
        dest.write_text(to_conll(docs), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return dest


def import_docs(fmt: str, src: Path) -> list[GoldDoc]:
    """Read annotated articles back from `fmt` at `src`."""
    if fmt == "brat":
        docs = []
        for ann in sorted(src.glob("*.ann")):
            txt = ann.with_suffix(".txt")
            if not txt.is_file():
                raise SchemaError(f"{ann}: no {txt.name} beside it")
            docs.append(
                from_brat(txt.name, txt.read_bytes().decode("utf-8"), ann.read_text(encoding="utf-8"))
            )
        return docs
    if fmt == "spacy":
        return from_docbin(src.read_bytes())
    if fmt == "jsonl":
        return from_jsonl(src.read_text(encoding="utf-8"))
    if fmt == "labelstudio":
        return from_labelstudio(src.read_text(encoding="utf-8"))
    if fmt == "conll":
        raise ValueError("CoNLL IOB keeps no character offsets or values, so it is export-only")
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def records_to_docs(records_path: Path, root: Path = Path(".")) -> list[GoldDoc]:
    """Pipeline output (extractions.jsonl) as documents, to pre-annotate tasks for correction."""
    from pipeline.records import read_records

    docs = []
    for rec in read_records(records_path):
        text = (root / rec.path).read_bytes().decode("utf-8")
        docs.append(GoldDoc(Path(rec.path).name, text, rec.published, rec.entities))
    return docs
