"""The `newsfacts` command: thin argument checking around library calls."""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import shutil
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from pipeline import __version__
from pipeline.bases import BASES, ModelError

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2
# What `extract` writes: shown in `newsfacts extract --help` and in the README's table (a test compares).
OUTPUTS = {
    "extractions.jsonl": "one JSON record per article (SPEC 3.2), in input order",
    "extractions.csv": "one row per entity, with every link column of the records",
    "entities.csv": "one row per distinct linked place or canonical organisation of the batch",
    "facts.csv": "one row per attributed figure (when the pipeline attributes figures)",
    "errors.jsonl": "one line per file that could not be read (only when one failed)",
    "texts/": "the UTF-8 text of web pages and --encoding input, which their records point to",
}
# One short text run before the progress bar starts, so that data read on first use (the
# small-places table, read for a designated name the main gazetteer lacks) is not timed as
# the first article.
WARM_UP = "Nowhere district raised $1 million in 2020."
LOOKAHEAD = 20_000  # input paths walked ahead of the work, so the progress bar knows its total


class UsageError(Exception):
    """A bad option value: the message names the option and what it accepts."""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: the message, then where to find help."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _err(msg: str) -> None:
    print(f"newsfacts: {msg}", file=sys.stderr)


def _info(args: argparse.Namespace, msg: str) -> None:
    """A progress or summary line on stderr, unless -q."""
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr)


def _debug(args: argparse.Namespace, msg: str) -> None:
    """A detail line on stderr, with -v."""
    if getattr(args, "verbose", 0):
        print(f"newsfacts: {msg}", file=sys.stderr)


# --- options checked before any work -------------------------------------------------------------


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, list):
        return 'a JSON list such as ["a", "b"]'
    return "a string"


def _fits(default: Any, value: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, list):
        return isinstance(value, list)
    if isinstance(default, str):
        return isinstance(value, str)
    return True


def known_settings(config: Path | None) -> dict[str, Any]:
    """Every dotted setting a --set may change, with its current value: the config's own
    values and the defaults of each listed component's factory."""
    from spacy.language import Language
    from spacy.util import load_config

    import pipeline.components  # noqa: F401  (registers the factories)
    from pipeline.nlp import default_config_path

    cfg = load_config(config or default_config_path())
    out: dict[str, Any] = {}

    def walk(prefix: str, section: Any) -> None:
        for key, value in section.items():
            if isinstance(value, dict):
                walk(f"{prefix}{key}.", value)
            else:
                out[f"{prefix}{key}"] = value

    walk("", cfg)
    for name, settings in cfg.get("components", {}).items():
        factory = settings.get("factory", name)
        if Language.has_factory(factory):
            for key, value in (Language.get_factory_meta(factory).default_config or {}).items():
                if key not in ("nlp", "name"):
                    out.setdefault(f"components.{name}.{key}", value)
    return out


def check_config(config: Path | None) -> None:
    """--config must name a readable newsfacts config.cfg (a [newsfacts] section listing components)."""
    if config is None:
        return
    check_input(config, "--config", "file")
    from spacy.util import load_config

    try:
        cfg = load_config(config)
    except Exception as exc:  # spaCy/confection raise several kinds for a file that is no config
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UsageError(f"--config {config}: not a config file ({first})") from None
    if not isinstance(cfg.get("newsfacts"), dict) or "components" not in cfg["newsfacts"]:
        raise UsageError(
            f"--config {config}: not a newsfacts config (no [newsfacts] section with components); "
            "start from pipeline/config.cfg"
        )


def parse_overrides(pairs: Iterable[str], config: Path | None = None) -> dict[str, Any]:
    """--set KEY=VALUE pairs -> {dotted key: value}, each checked against the config's settings."""
    check_config(config)
    out: dict[str, Any] = {}
    pairs = list(pairs)
    if not pairs:
        return out
    settings = known_settings(config)
    example = "components.newsfacts_counts.max_unit_distance=3"
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise UsageError(f"--set takes SECTION.KEY=VALUE (for example {example}), got {pair!r}")
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = raw
        if key not in settings:
            sections = sorted({k.rsplit(".", 1)[0] for k in settings if k.startswith("components.")})
            near = [k for k in settings if k.rsplit(".", 1)[0] == key.rsplit(".", 1)[0]]
            hint = (
                f"settings there: {', '.join(sorted(near))}" if near else f"sections: {', '.join(sections)}"
            )
            raise UsageError(f"--set {pair}: no setting {key!r} in the config; {hint}")
        if not _fits(settings[key], value):
            raise UsageError(f"--set {pair}: {key} takes {_kind(settings[key])}, got {raw!r}")
        out[key] = value
    return out


def check_output_file(path: Path | None, option: str, create: bool = False) -> None:
    """An output file must not be a folder, and its folder must exist (or, with `create`, be
    creatable: no file in the way) and be writable."""
    if path is None:
        return
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UsageError(f"{option} {path}: is a folder; give a file name")
    if create:
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        if not parent.is_dir():
            raise UsageError(f"{option} {path}: {parent} is a file, so the folder cannot be created")
    if not parent.is_dir():
        raise UsageError(f"{option} {path}: folder {parent} does not exist; create it or choose another")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"{option} {path}: folder {parent} is not writable")


def check_input(path: Path | None, option: str, want: str = "any") -> None:
    """An input that must exist: a file, a folder, or either."""
    if path is None:
        return
    if not path.exists():
        raise UsageError(f"{option} {path}: no such {'folder' if want == 'dir' else 'file'}")
    if want == "dir" and not path.is_dir():
        raise UsageError(f"{option} {path}: is a file; give a folder")
    if want == "file" and path.is_dir():
        raise UsageError(f"{option} {path}: is a folder; give a file")


def write_atomic(path: Path, text: str) -> None:
    """A report file written to a temporary name beside it and renamed, never half-written."""
    from pipeline.output import AtomicFile

    f = AtomicFile(path)
    try:
        f.fh.write(text)
    except BaseException:
        f.abort()
        raise
    f.commit()


def _load_nlp(args: argparse.Namespace, overrides: dict[str, Any], profile: Any = None) -> Any:
    # Importing spaCy and loading the pipeline make objects that live as long as the process;
    # the cyclic collector's passes over them were a tenth of a cold start. `load` freezes them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _timed(profile, START_STAGE, "import spaCy and the components"):
            from confection import ConfigValidationError

            from pipeline.nlp import load

        started = time.perf_counter()
        timings: dict[str, float] | None = {} if profile is not None else None
        try:
            nlp = load(model=args.model, config=args.config, overrides=overrides, timings=timings)
        except ConfigValidationError as exc:  # a value the component's type check refused
            detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors or [])
            raise UsageError(f"--set/--config: {detail or exc.title}") from None
    finally:
        if collecting:
            gc.enable()
    _debug(
        args, f"loaded the {nlp.meta.get('newsfacts_base')} pipeline in {time.perf_counter() - started:.1f} s"
    )
    if profile is not None and timings is not None:
        profile.merge("load pipeline", timings)
    return nlp


def _add_common(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("output on the terminal")
    g.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary (errors still)")
    g.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="more detail (timings; show: every field of every entity)",
    )


def _add_model_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("pipeline")
    g.add_argument(
        "--model", choices=BASES, default=None, help="base pipeline: en_core_web_sm (default) or blank"
    )
    g.add_argument("--config", type=Path, metavar="FILE", help="a config.cfg of your own")
    g.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one config value, e.g. components.newsfacts_counts.max_unit_distance=3",
    )


# --- progress ------------------------------------------------------------------------------------


class Lookahead:
    """Input paths walked up to LOOKAHEAD ahead of the work; `total` grows as the walk goes and
    is exact once it ends, so the progress bar shows a total, a percentage and an ETA."""

    def __init__(self, paths: Iterable[Any], bar: Any, ahead: int = LOOKAHEAD) -> None:
        self.source = iter(paths)
        self.buffer: deque[Any] = deque()
        self.bar = bar
        self.ahead = ahead
        self.walked = 0
        self.done = False

    def _fill(self) -> None:
        while not self.done and len(self.buffer) < self.ahead:
            try:
                self.buffer.append(next(self.source))
                self.walked += 1
            except StopIteration:
                self.done = True
        if self.bar is not None and self.bar.total != self.walked:
            self.bar.total = self.walked
            self.bar.refresh()

    def __iter__(self) -> Iterator[Path]:
        while True:
            if len(self.buffer) < self.ahead // 2:
                self._fill()
            if not self.buffer:
                return
            yield self.buffer.popleft()


def _bar(args: argparse.Namespace, desc: str, total: int | None = None) -> Any:
    from tqdm import tqdm

    return tqdm(
        desc=desc,
        total=total,
        unit=" art",
        disable=bool(args.quiet) or None,  # None: no bar when stderr is not a terminal
        file=sys.stderr,
        dynamic_ncols=True,
    )


class ProgressPipe:
    """A pipeline whose .pipe advances a progress bar, for work that calls nlp.pipe itself."""

    def __init__(self, nlp: Any, bar: Any) -> None:
        self.nlp = nlp
        self.bar = bar

    def pipe(self, texts: Iterable[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        for doc in self.nlp.pipe(texts, *args, **kwargs):
            self.bar.update(1)
            yield doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def __call__(self, text: str) -> Any:
        doc = self.nlp(text)
        self.bar.update(1)
        return doc


# --- commands ------------------------------------------------------------------------------------


def _published(args: argparse.Namespace) -> Any:
    """The user's publication dates (--published, --metadata), or None."""
    from pipeline.batch import Published, check_date, load_metadata

    if args.published is None and args.metadata is None:
        return None
    try:
        default = check_date(args.published, "--published") if args.published is not None else None
        by_file = load_metadata(args.metadata) if args.metadata is not None else {}
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return Published(default=default, by_file=by_file)


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C but with its own exit status."""


_SIGNALLED: list[int] = []  # the signals a run received (a library may turn the interrupt into another error)


def _on_signal(signum: int, frame: object) -> None:
    _SIGNALLED.append(signum)
    raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt


EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
START_STAGE = "start-up (Python, imports)"


@contextlib.contextmanager
def _timed(profile: Any, stage: str, step: str) -> Iterator[None]:
    """Time the block into `profile` (a pipeline.profile.Profile), when there is one."""
    if profile is None:
        yield
        return
    with profile.timed(stage, step):
        yield


def cmd_extract(args: argparse.Namespace) -> int:
    profile = None
    if args.profile:
        from pipeline.profile import Profile, process_age

        profile = Profile()
        profile.add(START_STAGE, "Python and the command line", process_age())
    code = _extract(args, profile)
    if profile is not None:
        from pipeline.profile import process_age

        where = "workers' seconds summed" if args.n_process > 1 else "one process"
        if args.engine == "dask":
            where = "Dask: components are not timed on the cluster"
        print(profile.table(process_age(), where), file=sys.stderr)
    return code


def _extract(args: argparse.Namespace, profile: Any) -> int:
    from pipeline.batch import Failure, Kept, iter_sources, process
    from pipeline.output import OutputError, RecordWriter, RunLock, check_output_dir
    from pipeline.records import ArticleRecord
    from pipeline.resume import Previous, leftover_parts

    for option, n in (("--n-process", args.n_process), ("--workers", args.workers), ("--batch-size", args.batch_size)):  # fmt: skip
        if n is not None and n < 1:
            raise UsageError(f"{option} {n}: takes a whole number of 1 or more")
    if args.article_timeout < 0:
        raise UsageError(f"--article-timeout {args.article_timeout}: takes seconds, 0 or more (0: no budget)")
    timeout = args.article_timeout if args.article_timeout > 0 else None
    if args.encoding:
        try:
            "".encode(args.encoding)
        except LookupError:
            raise UsageError(
                f"--encoding {args.encoding}: unknown encoding (try utf-8, latin-1, utf-16, cp1252)"
            ) from None
    if args.relative_to is not None:
        check_input(args.relative_to, "--relative-to", "dir")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler works only with --engine dask")
    overrides = parse_overrides(args.set, args.config)
    published = _published(args)
    try:
        out_dir = check_output_dir(args.output)
    except OutputError as exc:
        raise UsageError(f"-o/--output: {exc}") from None
    try:
        lock = RunLock.acquire(out_dir)
    except OutputError as exc:
        _err(str(exc))
        return EXIT_USAGE
    failures: list[Failure] = []
    counts: Counter[str] = Counter()
    articles = skipped = kept = 0
    keep_run_dir = False
    prev: Previous | None = None
    writer: RecordWriter | None = None
    stream: Any = None
    bar: Any = None
    _SIGNALLED.clear()
    old_term = signal.signal(signal.SIGTERM, _on_signal)
    old_int = signal.signal(signal.SIGINT, _on_signal)
    try:
        stale = [*lock.stale_runs(), *leftover_parts(out_dir)]
        if args.resume:
            prev = Previous(out_dir, exclude=lock.run_dir)
            if prev.invalid:
                _err(f"--resume: skipped {prev.invalid} line(s) of earlier output that are not valid records")
        writer = RecordWriter(out_dir, tmp_dir=lock.run_dir)
        writer.relative_to = args.relative_to
        if args.engine == "dask":
            from pipeline.engine_dask import run_dask

            spec = {"model": args.model, "config": str(args.config) if args.config else None,
                    "overrides": overrides, "encoding": args.encoding, "timeout": timeout,
                    "published": published}  # fmt: skip
            bar = _bar(args, "articles")
            walk: Any = Lookahead(iter_sources(args.paths, failures, exclude=out_dir), bar)
            stream = run_dask(
                walk, lock.run_dir, spec, failures, scheduler=args.scheduler, n_workers=args.workers,
                partition_size=args.batch_size, skip=prev.where if prev is not None else (),
            )  # fmt: skip
        else:
            nlp = _load_nlp(args, overrides, profile)  # before the bar: loading is not an article
            bar = _bar(args, "articles")
            if not bar.disable or args.n_process > 1:  # a cold start on one file skips it
                with _timed(profile, "load pipeline", "warm-up"):
                    nlp(WARM_UP)
            walk = Lookahead(iter_sources(args.paths, failures, exclude=out_dir), bar)
            stream = process(
                nlp, walk, failures, encoding=args.encoding, n_process=args.n_process,
                batch_size=args.batch_size, skip_sha256=prev, timeout=timeout, published=published,
                profile=profile,
            )  # fmt: skip
        writing = 0.0
        for item in stream:
            started = time.perf_counter()
            if isinstance(item, Kept):
                assert prev is not None
                writer.write_line(prev.line(item.text_sha256))
                skipped += 1
            else:
                rec: ArticleRecord = item
                writer.write(rec)
                counts.update(e.label for e in rec.entities)
                articles += 1
            writer.flush()
            writing += time.perf_counter() - started
            # Files failed since the last record count as done too.
            bar.update(max(0, articles + skipped + len(failures) - bar.n))
            if skipped or failures:
                bar.set_postfix_str(f"{skipped} skipped, {len(failures)} failed", refresh=False)
        bar.update(max(0, (bar.total or 0) - bar.n))  # failed files after the last record
        if prev is not None:
            for line in prev.unused():  # earlier records of articles not among these inputs
                writer.write_line(line)
                kept += 1
        with _timed(profile, "write outputs", "write outputs"):
            writer.commit(failures)
        if profile is not None:
            profile.add("write outputs", "write outputs", writing)
    except OutputError as exc:
        if stream is not None:
            stream.close()
        if writer is not None:
            writer.abort()
        _err(f"{exc}; earlier output left unchanged")
        return EXIT_FAILURES
    except (KeyboardInterrupt, Exception) as exc:
        if not isinstance(exc, KeyboardInterrupt) and not _SIGNALLED:
            raise
        terminated = isinstance(exc, Terminated) or signal.SIGTERM in _SIGNALLED
        # Finish quietly: a second Ctrl-C must not leave workers behind.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if stream is not None:
            stream.close()
        if writer is not None:
            with contextlib.suppress(OutputError):
                writer.flush()
            writer.csv.abort()
            writer.facts.abort()
        keep_run_dir = True
        what = "terminated" if terminated else "interrupted"
        _err(
            f"{what} after {articles + skipped} articles; rerun with --resume to finish (finished output left unchanged)"
        )
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    finally:
        if stream is not None:
            stream.close()
        if bar is not None:
            bar.close()
        if prev is not None:
            prev.close()
        lock.release(keep_run_dir=keep_run_dir)
        signal.signal(signal.SIGTERM, old_term)
        signal.signal(signal.SIGINT, old_int)
    for old in stale:  # finished: what killed runs left behind is now in the output
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    for f in failures:
        _err(f"{f.path}: {f.message}")
    _info(args, summary_line(out_dir, articles, skipped, skipped + kept, counts, len(failures)))
    return EXIT_FAILURES if failures else EXIT_OK


def summary_line(
    out_dir: Path, articles: int, skipped: int, kept: int, counts: Counter[str], failed: int
) -> str:
    """'5 articles, 148 entities (...), 0 failed; wrote a, b, c': every file this run wrote."""
    labels = ", ".join(f"{lab} {n}" for lab, n in sorted(counts.items())) or "none"
    head = f"{articles} articles"
    if skipped or kept:
        head += f" ({skipped} skipped as already done, {kept} kept from the earlier run)"
    written = [out_dir / name for name in OUTPUTS if not name.endswith("/") and (out_dir / name).is_file()]
    if (out_dir / "texts").is_dir():
        written.append(out_dir / "texts")
    files = ", ".join(f"{p}/" if p.is_dir() else str(p) for p in written)
    return f"{head}, {sum(counts.values())} entities ({labels}), {failed} failed; wrote {files}"


def _read_show_input(args: argparse.Namespace) -> Any:
    """The article to show: a file, or standard input for '-'."""
    from pipeline.read import MAX_BYTES, Article, article_from_text, decode, read_article

    if str(args.article) != "-":
        art: Article = read_article(args.article, encoding=args.encoding)
        return art
    if sys.stdin.isatty():
        raise UsageError(
            "article '-' reads standard input; pipe a text into it (cat a.txt | newsfacts show -)"
        )
    import hashlib

    raw = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise UsageError(f"article '-': standard input is over the {MAX_BYTES} byte limit")
    text = decode(raw, "<stdin>", args.encoding)
    data = text.encode("utf-8")
    return article_from_text(
        text, "<stdin>", hashlib.sha256(data).hexdigest(), article_id="stdin", transcoded=data != raw
    )


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.batch import TEXT_KEY, Failure, process
    from pipeline.read import ArticleError
    from pipeline.records import ArticleRecord

    check_output_file(args.html, "--html")
    overrides = parse_overrides(args.set, args.config)
    try:
        art = _read_show_input(args)
    except ArticleError as exc:
        _err(str(exc))
        return EXIT_FAILURES
    nlp = _load_nlp(args, overrides)
    failures: list[Failure] = []
    recs = [r for r in process(nlp, [], failures, articles=[art]) if isinstance(r, ArticleRecord)]
    if not recs:
        _err(f"{failures[0].path}: {failures[0].message}" if failures else f"{art.path}: no record")
        return EXIT_FAILURES
    rec = recs[0]
    rec.extra.pop(TEXT_KEY, None)
    if args.html:
        from pipeline.report import render_article_page

        write_atomic(args.html, render_article_page(rec, art.text))
        _info(args, f"wrote {args.html}")
        return EXIT_OK
    print(f"{rec.id}  title={rec.title!r}  published={rec.published}")
    shown = ("value", "unit", "currency", "qualifier")
    for e in rec.entities:
        d = e.to_dict()
        keys = [k for k in d if k not in ("start", "end", "label", "text")] if args.verbose else shown
        extra = "  ".join(f"{k}={_show_value(d[k])}" for k in keys if d.get(k) is not None)
        print(f"{e.start:>6} {e.end:>6}  {e.label:<8} {e.text!r}  {extra}")
    return EXIT_OK


def _show_value(v: Any) -> str:
    if isinstance(v, dict) and set(v) == {"start", "end"}:
        return f"@{v['start']}-{v['end']}"
    return str(v)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import EvaluationError, evaluate_dir, format_table
    from pipeline.records import SchemaError

    check_input(args.gold, "--gold", "dir")
    check_input(args.articles, "--articles", "dir")
    check_input(args.predictions, "--predictions", "file")
    check_output_file(args.json, "--json")
    check_output_file(args.html, "--html")
    overrides = parse_overrides(args.set, args.config)
    nlp = None
    bar = None
    if not args.predictions:
        nlp = _load_nlp(args, overrides)
        nlp(WARM_UP)
        bar = _bar(args, "gold articles", total=len(list(Path(args.gold).glob("*.json"))))
        nlp = ProgressPipe(nlp, bar)
    try:
        result = evaluate_dir(args.gold, articles=args.articles, predictions=args.predictions, nlp=nlp)
    except (SchemaError, EvaluationError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    finally:
        if bar is not None:
            bar.close()
    print(format_table(result))
    if args.json:
        write_atomic(args.json, json.dumps(result.to_dict(), indent=2))
        _info(args, f"wrote {args.json}")
    if args.html:
        from pipeline.report import render_report

        write_atomic(args.html, render_report(result))
        _info(args, f"wrote {args.html}")
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    from pipeline import convert
    from pipeline.records import SchemaError

    check_input(args.input, "INPUT")
    if args.to == "gold" and args.source == "gold":
        raise UsageError(
            "--to gold needs --from one of: " + ", ".join(f for f in convert.FORMATS if f not in EXPORT_ONLY)
        )
    if args.source in ("gold", "predictions") and args.to == "gold":
        raise UsageError(
            "--from gold/predictions goes to a tool format (--to " + "|".join(convert.FORMATS) + ")"
        )
    if args.source == "gold" and not args.input.is_dir():
        raise UsageError(f"--from gold: INPUT {args.input} must be the gold folder (e.g. annotations/)")
    if args.to not in ("brat", "gold"):
        check_output_file(args.output, "OUTPUT", create=True)
    try:
        if args.to == "gold":
            docs = convert.import_docs(args.source, args.input)
            n = convert.write_gold_dir(docs, args.output, articles=args.articles_out)
            _info(args, f"wrote {n} gold files to {args.output}")
            return EXIT_OK
        if args.source == "gold":
            docs = convert.read_gold_dir(args.input, args.articles or args.input.parent / "seeds")
        elif args.source == "predictions":
            docs = convert.records_to_docs(args.input)
        else:
            raise UsageError(
                f"--from {args.source} goes to gold (--to gold); other formats are reached from gold"
            )
        dest = convert.export(docs, args.to, args.output, as_predictions=args.source == "predictions")
    except (SchemaError, ValueError, KeyError, OSError) as exc:
        _err(f"{args.input}: {exc}")
        return EXIT_USAGE
    _info(args, f"wrote {len(docs)} articles as {args.to} to {dest}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from pipeline.output import load_schema

    schema = load_schema()
    part = {"record": schema, "csv": schema["$defs"]["extractions_csv_row"], "entities": schema["$defs"]["entities_csv_row"]}[args.part]  # fmt: skip
    print(json.dumps(part, indent=2, ensure_ascii=False))
    return EXIT_OK


EXPORT_ONLY = ("conll",)  # formats newsfacts writes but cannot read back


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="newsfacts", description="Structured facts from news articles.")
    parser.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)

    outputs = "\n".join(f"  {name:<18} {what}" for name, what in OUTPUTS.items())
    p = sub.add_parser(
        "extract",
        help="extract entities from article files into JSON Lines and CSV",
        description="Extract entities from article files, folders and globs.",
        epilog=f"writes into the output folder:\n{outputs}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files, folders (searched recursively) or globs"
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("output"),
        metavar="DIR",
        help="output folder (default: output/)",
    )
    p.add_argument("--encoding", metavar="NAME", help="text encoding of the articles (default: UTF-8)")
    p.add_argument(
        "--relative-to",
        type=Path,
        metavar="DIR",
        help="write article paths relative to DIR (default: as given, absolute when given absolute)",
    )
    p.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="worker processes on this machine (default: 1)"
    )
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local processes (default), or a Dask cluster",
    )
    p.add_argument(
        "--scheduler", metavar="ADDRESS", help="with --engine dask: an existing scheduler (tcp://HOST:8786)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=2,
        metavar="N",
        help="with --engine dask and no --scheduler: local workers (default: 2)",
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=None,
        metavar="N",
        help="articles per batch, or per partition with Dask (default: 32 in one process; "
        "with --n-process, sized from the workers' pace; with Dask, from the number of inputs)",
    )
    p.add_argument(
        "--resume", action="store_true", help="keep earlier output and skip articles already in it"
    )
    p.add_argument(
        "--article-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="time budget per article (per 200,000-character piece of a long one); an article over "
        "it is reported as 'timeout' and the run goes on; 0 for none (default: 60)",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="print where the time went (start-up, loading each component, reading, each "
        "component's processing, writing) on stderr",
    )
    p.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date of the articles (wins over their headers)"
    )
    p.add_argument(
        "--metadata",
        type=Path,
        metavar="FILE",
        help="CSV or JSON Lines of file name -> published date (columns file, published); wins over headers",
    )
    _add_model_args(p)
    _add_common(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "show", help="print the entities of one article", description="Print the entities of one article."
    )
    p.add_argument(
        "article", type=Path, metavar="ARTICLE", help="an article file (.txt, .html), or - for standard input"
    )
    p.add_argument(
        "--html", type=Path, metavar="FILE", help="write a page with the entities, their values and links"
    )
    p.add_argument("--encoding", metavar="NAME", help="text encoding of the article (default: UTF-8)")
    _add_model_args(p)
    _add_common(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "evaluate",
        help="score extraction against gold files",
        description="Score extraction against gold files.",
    )
    p.add_argument("--gold", type=Path, required=True, metavar="DIR", help="folder of gold files (SPEC 3.1)")
    p.add_argument(
        "--articles",
        type=Path,
        metavar="DIR",
        help="folder of the articles (default: seeds/ beside the gold)",
    )
    p.add_argument(
        "--predictions",
        type=Path,
        metavar="FILE",
        help="an extractions.jsonl to score instead of running the pipeline",
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the full results as JSON")
    p.add_argument(
        "--html", type=Path, metavar="FILE", help="also write a report page (differences, scores, articles)"
    )
    _add_model_args(p)
    _add_common(p)
    p.set_defaults(func=cmd_evaluate)

    from pipeline.records import FORMATS

    p = sub.add_parser(
        "convert",
        help="convert gold files or predictions to annotation-tool formats, and back",
        description="Examples: convert annotations/ out.spacy --from gold --to spacy; "
        "convert out.json gold2/ --from labelstudio --to gold; "
        "convert output/extractions.jsonl tasks.json --from predictions --to labelstudio",
    )
    p.add_argument(
        "input",
        type=Path,
        metavar="INPUT",
        help="gold folder, extractions.jsonl, or a file/folder in --from format",
    )
    p.add_argument(
        "output", type=Path, metavar="OUTPUT", help="file to write (a folder for brat and for gold)"
    )
    readable = [f for f in FORMATS if f not in EXPORT_ONLY]
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        choices=["gold", "predictions", *readable],
        help="what INPUT is",
    )
    p.add_argument(
        "--to", required=True, choices=["gold", *FORMATS], help="what to write (conll: export only)"
    )
    p.add_argument(
        "--articles",
        type=Path,
        metavar="DIR",
        help="article folder of the gold files (default: seeds/ beside them)",
    )
    p.add_argument(
        "--articles-out", type=Path, metavar="DIR", help="with --to gold: also write the article texts here"
    )
    _add_common(p)
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of the output files",
        description="Print the JSON Schema of extractions.jsonl records and of the CSV rows.",
    )
    p.add_argument(
        "--part",
        choices=["record", "csv", "entities"],
        default="record",
        help="record: the whole schema (a JSONL line; CSV rows in $defs); csv / entities: one CSV row's schema",
    )
    _add_common(p)
    p.set_defaults(func=cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except UsageError as exc:
        print(f"newsfacts {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ModelError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt as exc:
        _err("terminated" if isinstance(exc, Terminated) else "interrupted")
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    except MemoryError:
        _err("out of memory")
        return EXIT_FAILURES
    except Exception as exc:  # a bug: one line, not a traceback; NEWSFACTS_DEBUG=1 shows it
        if os.environ.get("NEWSFACTS_DEBUG"):
            raise
        _err(f"unexpected error: {type(exc).__name__}: {exc} (rerun with NEWSFACTS_DEBUG=1 for details)")
        return EXIT_FAILURES
    return code


if __name__ == "__main__":
    sys.exit(main())
