"""Pick up where an earlier run stopped: its finished output and the complete lines it left behind."""

from __future__ import annotations

import json
from pathlib import Path


def _complete_records(path: Path) -> list[tuple[str, str]]:
    """(sha256, line) for every whole, valid JSON record line of a file."""
    out: list[tuple[str, str]] = []
    try:
        data = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return out
    for line in data.split("\n")[:-1]:  # the part after the last newline may be cut off
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(rec, dict) and isinstance(rec.get("text_sha256"), str) and "entities" in rec:
            out.append((rec["text_sha256"], line))
    return out


def leftover_parts(out_dir: Path) -> list[Path]:
    """Temporary files that an interrupted run left in the output folder."""
    return sorted(out_dir.glob(".extractions.jsonl.*.part")) + sorted(out_dir.glob(".extractions.csv.*.part"))


def previous_lines(out_dir: Path) -> tuple[list[str], set[str]]:
    """Record lines to keep, and the sha256 of their articles, from earlier runs in `out_dir`."""
    lines: list[str] = []
    seen: set[str] = set()
    sources = [out_dir / "extractions.jsonl", *sorted(out_dir.glob(".extractions.jsonl.*.part"))]
    for src in sources:
        for sha, line in _complete_records(src):
            if sha not in seen:
                seen.add(sha)
                lines.append(line)
    return lines, seen
