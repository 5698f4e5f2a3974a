"""Where a run's time went (`newsfacts extract --profile`): start-up, loading, reading,
each component's processing and writing, in wall-clock seconds."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# When the pipeline package was first imported: the start-up clock's fallback.
IMPORTED = time.perf_counter()


def process_age() -> float:
    """Seconds since this process started (Linux: from /proc), else since newsfacts was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            started_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return max(0.0, uptime - started_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - IMPORTED


@dataclass
class Profile:
    """Named steps with their seconds, in the order first seen, grouped by stage."""

    stages: dict[str, dict[str, float]] = field(default_factory=dict)

    def add(self, stage: str, step: str, seconds: float) -> None:
        steps = self.stages.setdefault(stage, {})
        steps[step] = steps.get(step, 0.0) + seconds

    def merge(self, stage: str, steps: dict[str, float]) -> None:
        for step, seconds in steps.items():
            self.add(stage, step, seconds)

    @contextmanager
    def timed(self, stage: str, step: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, step, time.perf_counter() - started)

    def table(self, total: float, note: str = "") -> str:
        """The steps as aligned lines with their share of `total`, stage subtotals, and the total."""
        width = max([len(s) for steps in self.stages.values() for s in steps] + [24])
        lines = ["newsfacts profile (wall-clock seconds" + (f"; {note}" if note else "") + ")"]
        for stage, steps in self.stages.items():
            sub = sum(steps.values())
            lines.append(f"{stage:<{width + 4}} {sub:8.3f}  {100 * sub / total if total else 0:5.1f} %")
            if len(steps) > 1 or next(iter(steps)) != stage:
                for step, seconds in steps.items():
                    lines.append(f"  {step:<{width + 2}} {seconds:8.3f}")
        lines.append(f"{'total':<{width + 4}} {total:8.3f}")
        return "\n".join(lines)
