"""Pick up where an earlier run stopped: its finished output and the complete lines it left behind."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path


def _complete_records(path: Path) -> Iterator[tuple[str, str]]:
    """(sha256, line) for every whole, valid JSON record line of a file, read lazily."""
    try:
        fh = path.open(encoding="utf-8", errors="replace", newline="\n")
    except OSError:
        return
    with fh:
        for raw in fh:
            if not raw.endswith("\n"):
                return  # the last line of an interrupted write
            line = raw.rstrip("\n")
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text_sha256"), str) and "entities" in rec:
                yield rec["text_sha256"], line


def leftover_parts(out_dir: Path) -> list[Path]:
    """Temporary files that an interrupted run left in the output folder."""
    names = ("extractions.jsonl", "extractions.csv", "facts.csv")
    return [p for name in names for p in sorted(out_dir.glob(f".{name}.*.part"))]


def _sources(out_dir: Path) -> list[Path]:
    return [out_dir / "extractions.jsonl", *sorted(out_dir.glob(".extractions.jsonl.*.part"))]


def done_sha256(out_dir: Path) -> set[str]:
    """The sha256 of every article with a complete record in `out_dir` (earlier or interrupted runs)."""
    return {sha for src in _sources(out_dir) for sha, _ in _complete_records(src)}


def previous_lines(out_dir: Path) -> Iterator[str]:
    """The complete record lines of earlier runs, one per article, read file by file."""
    seen: set[str] = set()
    for src in _sources(out_dir):
        for sha, line in _complete_records(src):
            if sha not in seen:
                seen.add(sha)
                yield line
