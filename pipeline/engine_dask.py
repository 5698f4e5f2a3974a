"""Run extraction on a Dask cluster (dask.distributed): a LocalCluster, or an existing scheduler.

Each worker process loads the pipeline once and keeps it; the input files are cut
into partitions; each partition writes its records to a JSON Lines shard
(temporary name, then renamed) in the output folder, which must be visible to the
workers (the same machine, or a shared file system); the client merges the shards
in partition order, so the result is the one a local run gives.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.batch import Failure, process
from pipeline.output import AtomicFile, save_text

_CACHE: dict[str, Any] = {}
_LOCK = threading.Lock()


class DaskUnavailable(RuntimeError):
    """dask[distributed] is not installed."""


def _pipeline(spec: dict[str, Any]) -> Any:
    """The pipeline for `spec`, loaded once per worker process."""
    key = json.dumps(spec, sort_keys=True)
    with _LOCK:
        if key not in _CACHE:
            from pipeline.nlp import load

            _CACHE[key] = load(model=spec["model"], config=spec["config"], overrides=spec["overrides"])
        return _CACHE[key]


def run_partition(
    index: int, paths: list[str], shard_dir: str, spec: dict[str, Any], skip: list[str]
) -> dict[str, Any]:
    """Extract one partition into shard `index`; returns counts and failures (runs on a worker)."""
    nlp = _pipeline(spec)
    failures: list[Failure] = []
    target = Path(shard_dir) / f"part-{index:06d}.jsonl"
    out = AtomicFile(target)
    n = 0
    try:
        for rec in process(
            nlp,
            (Path(p) for p in paths),
            failures,
            encoding=spec.get("encoding"),
            skip_sha256=set(skip),
            published=spec.get("published"),
        ):
            out.fh.write(save_text(rec, Path(shard_dir).parent).to_json() + "\n")
            n += 1
        out.commit()
    except BaseException:
        out.abort()
        raise
    return {"index": index, "articles": n, "failures": [f.to_dict() for f in failures], "pid": os.getpid()}


def _batches(paths: Iterable[Path], size: int) -> Iterator[list[str]]:
    it = iter(paths)
    while batch := [str(p) for p in islice(it, size)]:
        yield batch


def run_dask(
    paths: Iterable[Path],
    out_dir: Path,
    spec: dict[str, Any],
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int = 64,
    skip: Iterable[str] = (),
    max_in_flight: int = 16,
) -> tuple[list[Path], list[Failure]]:
    """Shards in partition order and the failures; starts a LocalCluster when `scheduler` is None."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise DaskUnavailable("the Dask engine needs: pip install 'newsfacts[dask]'") from None
    shard_dir = out_dir / ".shards"
    shard_dir.mkdir(parents=True, exist_ok=True)
    for old in shard_dir.glob("part-*.jsonl"):
        old.unlink()
    skip_list = sorted(skip)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(scheduler)
    failures: list[Failure] = []
    done: list[int] = []
    try:
        batches = _batches(paths, partition_size)
        queue = as_completed()
        index = 0
        for batch in islice(batches, max_in_flight):
            queue.add(client.submit(run_partition, index, batch, str(shard_dir), spec, skip_list, pure=False))
            index += 1
        for fut in queue:
            result = fut.result()
            done.append(result["index"])
            failures += [Failure(**f) for f in result["failures"]]
            nxt = next(batches, None)
            if nxt is not None:
                queue.add(
                    client.submit(run_partition, index, nxt, str(shard_dir), spec, skip_list, pure=False)
                )
                index += 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return [shard_dir / f"part-{i:06d}.jsonl" for i in sorted(done)], failures
