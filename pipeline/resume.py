"""Pick up where an earlier run stopped: its finished output and the complete lines it left behind."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from pipeline.output import RUN_PREFIX
from pipeline.records import record_shape_problem


def leftover_parts(out_dir: Path) -> list[Path]:
    """Temporary files that interrupted runs left: in their private folders, or (older versions)
    beside the output."""
    names = ("extractions.jsonl", "extractions.csv", "facts.csv")
    return [p for name in names for p in sorted(out_dir.glob(f".{name}.*.part"))]


def _sources(out_dir: Path, exclude: Path | None = None) -> list[Path]:
    """extractions.jsonl, then the record files of interrupted runs (oldest first)."""
    parts = [p for p in out_dir.glob(f"{RUN_PREFIX}*/extractions.jsonl.*.part") if p.parent != exclude]
    parts.sort(key=lambda p: (p.stat().st_mtime, str(p)))
    return [out_dir / "extractions.jsonl", *sorted(out_dir.glob(".extractions.jsonl.*.part")), *parts]


class Previous:
    """The complete, valid records of earlier runs in an output folder, found by text_sha256.

    Only where each record is (file, byte offset) is held in memory; lines are read back when
    they are written out. Lines that are whole JSON but not valid records are counted in
    `invalid` and skipped; the last line of an interrupted write is ignored.
    """

    def __init__(self, out_dir: Path, exclude: Path | None = None) -> None:
        self.files: list[IO[bytes]] = []
        self.where: dict[str, tuple[int, int]] = {}
        self.used: set[str] = set()
        self.invalid = 0
        for src in _sources(out_dir, exclude):
            try:
                fh = src.open("rb")
            except OSError:
                continue
            self.files.append(fh)
            self._index(len(self.files) - 1, fh)

    def _index(self, i: int, fh: IO[bytes]) -> None:
        offset = 0
        for raw in fh:
            at, offset = offset, offset + len(raw)
            if not raw.endswith(b"\n"):
                return  # the last line of an interrupted write
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except (ValueError, RecursionError):
                self.invalid += 1
                continue
            if record_shape_problem(rec) is not None:
                self.invalid += 1
                continue
            self.where.setdefault(rec["text_sha256"], (i, at))

    def __contains__(self, sha: object) -> bool:
        return sha in self.where

    def __len__(self) -> int:
        return len(self.where)

    def _read(self, sha: str) -> str:
        i, at = self.where[sha]
        fh = self.files[i]
        fh.seek(at)
        return fh.readline().decode("utf-8", errors="replace").rstrip("\n")

    def line(self, sha: str) -> str:
        """The earlier record of the article with this sha256 (marked as written)."""
        self.used.add(sha)
        return self._read(sha)

    def unused(self) -> Iterator[str]:
        """Earlier records of articles that were not among this run's inputs, in file order."""
        rest = sorted((pos, sha) for sha, pos in self.where.items() if sha not in self.used)
        for _, sha in rest:
            yield self.line(sha)

    def close(self) -> None:
        for fh in self.files:
            fh.close()
        self.files = []


def done_sha256(out_dir: Path) -> set[str]:
    """The sha256 of every article with a complete record in `out_dir` (earlier or interrupted runs)."""
    prev = Previous(out_dir)
    prev.close()
    return set(prev.where)


def previous_lines(out_dir: Path) -> Iterator[str]:
    """The complete record lines of earlier runs, one per article, in file order."""
    prev = Previous(out_dir)
    try:
        yield from prev.unused()
    finally:
        prev.close()
