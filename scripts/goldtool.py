#!/usr/bin/env python3
"""Turn a hand-written annotation list into a SPEC.md 3.1 gold file (offsets computed, checked).

usage: .venv/bin/python scripts/goldtool.py ARTICLE.txt ANNOTATIONS.ann OUT_GOLD.json

ANNOTATIONS.ann, one entity per line, IN READING ORDER, fields separated by TABs:
    published<TAB>2024-05-16            (first line; or: published<TAB>null)
    LABEL<TAB>exact text[<TAB>key=value ...]
Keys: value= (number, ISO date, or null), currency=, unit=, qualifier=,
      subject= / place= / when= (the exact text of another annotated entity, or null).
Each entity's text is searched as a whole word from where the previous entity line started
(from where the previous one ended; list them in reading order; occurrences you skip are not entities; write \\n for a line break inside a name). A reference takes the
annotated entity with that text nearest to the figure; write `Text#k` to take the k-th
annotated entity with that text instead. MONEY/COUNT/PERCENT lines without subject/place/when
get null for the missing ones. Lines starting with # are comments.
"""

import hashlib
import json
import re
import sys
from pathlib import Path

ATTR = ("subject", "place", "when")


def convert(value: str, key: str):
    if value == "null":
        return None
    if key == "value":
        if re.fullmatch(r"-?\d+", value):
            return int(value)
        if re.fullmatch(r"-?\d+\.\d+", value):
            return float(value)
        return value  # ISO date
    return value


def main(art: str, ann: str, out: str) -> int:
    raw = Path(art).read_bytes()
    text = raw.decode("utf-8")
    published = None
    ents = []
    refs = []
    cursor = 0
    for n, line in enumerate(Path(ann).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "published":
            published = None if parts[1].strip() == "null" else parts[1].strip()
            continue
        label, span = parts[0].strip(), parts[1].replace("\\n", "\n")
        pat = (
            (r"(?<!\w)" if span[0].isalnum() else "")
            + re.escape(span)
            + (r"(?!\w)" if span[-1].isalnum() else "")
        )
        m = re.compile(pat).search(text, cursor)
        if not m:
            print(f"{ann}:{n}: {span!r} not found after offset {cursor}", file=sys.stderr)
            return 1
        cursor = m.end()
        e = {"start": m.start(), "end": m.end(), "label": label, "text": span}
        ref = {}
        for kv in parts[2:]:
            if not kv.strip():
                continue
            k, _, v = kv.partition("=")
            k = k.strip()
            if k in ATTR:
                ref[k] = v.strip().replace("\\n", "\n")
            elif k == "value" and label == "DATE":
                e[k] = None if v.strip() == "null" else v.strip()
            else:
                e[k] = convert(v.strip(), k)
        if label in ("MONEY", "COUNT", "PERCENT"):
            for k in ATTR:
                ref.setdefault(k, "null")
        ents.append(e)
        refs.append((n, e, ref))
    allowed = {"subject": {"ORG", "PLACE"}, "place": {"PLACE"}, "when": {"DATE"}}
    for n, e, ref in refs:
        for k, v in ref.items():
            if v == "null":
                e[k] = None
                continue
            name, _, idx = v.partition("#")
            cands = [x for x in ents if x["text"] == name and x["label"] in allowed[k]]
            if not cands:
                print(
                    f"{ann}:{n}: {k}={v!r}: no annotated {'/'.join(allowed[k])} with that text",
                    file=sys.stderr,
                )
                return 1
            tgt = cands[int(idx) - 1] if idx else min(cands, key=lambda x: abs(x["start"] - e["start"]))
            e[k] = {"start": tgt["start"], "end": tgt["end"]}
    ents.sort(key=lambda x: x["start"])
    gold = {
        "article": Path(art).name,
        "text_sha256": hashlib.sha256(raw).hexdigest(),
        "published": published,
        "entities": ents,
    }
    Path(out).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    from pipeline.records import SchemaError, load_gold

    try:
        load_gold(Path(out), Path(art).parent)
        bad: list[str] = []
    except SchemaError as exc:
        bad = str(exc).splitlines()
    for line in bad:
        print(line, file=sys.stderr)
    figures = sum(1 for e in ents if e["label"] in ("MONEY", "COUNT", "PERCENT"))
    print(f"{out}: {len(ents)} entities, {figures} figures, {len(bad)} SPEC problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
