"""Run extraction on a Dask cluster (dask.distributed): a LocalCluster, or an existing scheduler.

Each worker process holds the pipeline (a local cluster's workers inherit it from the client,
which loads it before forking them; a remote cluster's load it as they join); the input files are cut
into partitions; each partition writes its records to a JSON Lines shard
(temporary name, then renamed) in the run's private folder inside the output folder,
which must be visible to the workers (the same machine, or a shared file system); the
client merges each shard as soon as the ones before it are merged, so the result is
the one a local run gives and an interrupt loses no finished partition.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import warnings
from collections.abc import Iterable, Iterator
from contextlib import suppress
from itertools import chain, islice
from pathlib import Path
from typing import Any

from pipeline.batch import Failure, Kept, process
from pipeline.output import AtomicFile, save_text
from pipeline.records import ArticleRecord

_CACHE: dict[str, Any] = {}
_LOCK = threading.Lock()
_FORKING = False  # True while a LocalCluster forks its workers from this process


def _worker_signals() -> None:
    """In a worker just forked for a LocalCluster: the signal handlers a new interpreter has
    (not the command's, which turn SIGTERM into an exception), so its nanny can end it."""
    if _FORKING:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)


os.register_at_fork(after_in_child=_worker_signals)


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
    index: int,
    items: list[tuple[str, str]],
    shard_dir: str,
    spec: dict[str, Any],
    skip: list[str],
) -> dict[str, Any]:
    """Extract one partition into shard `index`; returns counts and failures (runs on a worker).

    A kept article (see --resume) is a line {"kept": sha256} in its place."""
    nlp = _pipeline(spec)
    failures: list[Failure] = []
    run_dir = Path(shard_dir).parent
    out = AtomicFile(Path(shard_dir) / f"part-{index:06d}.jsonl", run_dir)
    n = 0
    try:
        for rec in process(
            nlp, ((Path(p), i) for p, i in items), failures, encoding=spec.get("encoding"),
            skip_sha256=set(skip), timeout=spec.get("timeout"), published=spec.get("published"),
        ):  # fmt: skip
            if isinstance(rec, Kept):
                out.write(json.dumps({"kept": rec.text_sha256}) + "\n")
            else:
                out.write(save_text(rec, run_dir.parent, run_dir).to_json() + "\n")
            n += 1
        out.commit()
    except BaseException:
        out.abort()
        raise
    return {"index": index, "articles": n, "failures": [f.to_dict() for f in failures], "pid": os.getpid()}


def _batches(paths: Iterable[tuple[Path, str]], size: int) -> Iterator[list[tuple[str, str]]]:
    it = iter(paths)
    while batch := [(str(p), i) for p, i in islice(it, size)]:
        yield batch


PARTITIONS_PER_WORKER = 16  # enough for an even end: the last partition is short beside the run
MAX_PARTITION = 32
COUNT_AHEAD = 10_000  # input paths counted before the first partition, to size partitions


def partition_size_for(n_inputs: int, n_workers: int, counted_all: bool = True) -> int:
    """Articles per partition: about PARTITIONS_PER_WORKER partitions for each worker, at most
    MAX_PARTITION articles each (MAX_PARTITION when the inputs were not all counted)."""
    if not counted_all:
        return MAX_PARTITION
    per = -(-n_inputs // (PARTITIONS_PER_WORKER * max(1, n_workers)))
    return max(1, min(MAX_PARTITION, per))


def preload_plugin(spec: dict[str, Any]) -> Any:
    """A Dask worker plugin that loads the pipeline for `spec` on each worker as it joins,
    before any partition reaches it (dask is imported only here, for runs that use it)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    def setup(self: Any, worker: Any) -> None:
        _pipeline(spec)

    return type("PipelinePreload", (WorkerPlugin,), {"name": "newsfacts-pipeline", "setup": setup})()


def _read_shard(shard: Path) -> Iterator[ArticleRecord | Kept]:
    with shard.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if "kept" in d:
                yield Kept(d["kept"], "")
            else:
                yield ArticleRecord.from_dict(d)
    shard.unlink()


def run_dask(
    paths: Iterable[tuple[Path, str]],
    run_dir: Path,
    spec: dict[str, Any],
    failures: list[Failure],
    scheduler: str | None = None,
    n_workers: int = 2,
    partition_size: int | None = None,
    skip: Iterable[str] = (),
    max_in_flight: int = 16,
) -> Iterator[ArticleRecord | Kept]:
    """Records (and Kept markers) in input order, as partitions finish; failures are appended.

    Shards go in `run_dir`/shards (a run's private folder inside the output folder). Starts a
    LocalCluster when `scheduler` is None, its workers forked from this process once it has
    loaded the pipeline (as --n-process's are); a remote cluster's workers load it as they join.
    Without `partition_size`, partitions are sized from the number of inputs (see partition_size_for).
    On an interrupt the futures are cancelled, the
    records of every partition already finished are still yielded (out of order: --resume
    puts them back in place), and the interrupt goes on.
    """
    try:
        import dask
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise DaskUnavailable("the Dask engine needs: pip install 'newsfacts[dask]'") from None
    shard_dir = run_dir / "shards"
    shard_dir.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler is None:
        # The HTTP server falls back to a free port when 8787 is taken; no need to say so.
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        # Local workers are forked from this process with the pipeline already loaded, as
        # --n-process's are: a spawned worker would start a new interpreter, import Dask, spaCy
        # and the rules, and load the pipeline again before its first article.
        global _FORKING
        _pipeline(spec)
        _FORKING = True
        try:
            # The workers' sampling profiler (a stack walk every 10 ms, taking the GIL from the
            # work) feeds only the dashboard, which a local run does not start.
            local = {
                "distributed.worker.multiprocessing-method": "fork",
                "distributed.worker.profile.enabled": False,
            }
            with dask.config.set(local):
                cluster = LocalCluster(
                    n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
                    # Workers share this terminal: after an interrupt they log cancelled futures and
                    # heartbeats to a scheduler that has gone; a worker's real failure reaches the
                    # client as an exception or a failure record, so their logs stay quiet
                    silence_logs=logging.CRITICAL,
                )  # fmt: skip
        finally:
            _FORKING = False
        client = Client(cluster)
    else:
        client = Client(scheduler)
    with suppress(Exception):  # without the plugin, the first partition on each worker loads it
        client.register_plugin(preload_plugin(spec))
    finished: set[int] = set()
    merged = 0
    futures: list[Any] = []
    try:
        skip_all = sorted(skip)
        skip_list: Any = client.scatter([skip_all], broadcast=True)[0] if skip_all else []
        if partition_size is None:
            it = iter(paths)
            head = list(islice(it, COUNT_AHEAD))
            workers = (
                n_workers if scheduler is None else max(1, len(client.scheduler_info().get("workers", {})))
            )
            partition_size = partition_size_for(len(head), workers, len(head) < COUNT_AHEAD)
            paths = chain(head, it)
        batches = _batches(paths, partition_size)
        queue = as_completed()
        index = 0

        def submit(batch: list[tuple[str, str]]) -> None:
            nonlocal index
            fut = client.submit(run_partition, index, batch, str(shard_dir), spec, skip_list, pure=False)
            futures.append(fut)
            queue.add(fut)
            index += 1

        for batch in islice(batches, max_in_flight):
            submit(batch)
        for fut in queue:
            result = fut.result()
            finished.add(result["index"])
            failures.extend(Failure(**f) for f in result["failures"])
            while merged in finished:
                yield from _read_shard(shard_dir / f"part-{merged:06d}.jsonl")
                merged += 1
            nxt = next(batches, None)
            if nxt is not None:
                submit(nxt)
    except KeyboardInterrupt:
        _quiet()
        for i in sorted(finished):
            if i >= merged:
                yield from _read_shard(shard_dir / f"part-{i:06d}.jsonl")
        raise
    finally:
        _quiet()
        with suppress(Exception):
            client.cancel(futures)
        with suppress(Exception):
            client.close(timeout=5)
        if cluster is not None:
            with suppress(Exception):
                cluster.close(timeout=5)


def _quiet() -> None:
    """Silence Dask and its event loop while a run winds down: an interrupt that lands inside the
    client's wait is logged by tornado with a traceback, after the command has said why it stops."""
    for name in ("distributed", "tornado"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
