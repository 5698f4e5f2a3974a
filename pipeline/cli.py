"""The `newsfacts` command: thin argument checking around library calls."""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.nlp import BASES, ModelError

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2


def _overrides(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"newsfacts: --set takes SECTION.KEY=VALUE, got {pair!r}")
        try:
            out[key] = json.loads(raw)
        except json.JSONDecodeError:
            out[key] = raw
    return out


def _load_nlp(args: argparse.Namespace) -> Any:
    from pipeline.nlp import load

    return load(model=args.model, config=args.config, overrides=_overrides(args.set or []))


def _add_model_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", choices=BASES, default=None, help="base pipeline (default: en_core_web_sm)")
    p.add_argument("--config", type=Path, help="a config.cfg of your own instead of the packaged one")
    p.add_argument("--set", action="append", metavar="KEY=VALUE", help="override a config value")


def _err(msg: str) -> None:
    print(f"newsfacts: {msg}", file=sys.stderr)


def _published(args: argparse.Namespace) -> Any:
    """The user's publication dates (--published, --metadata), or None; ValueError if bad."""
    from pipeline.batch import Published, check_date, load_metadata

    if args.published is None and args.metadata is None:
        return None
    default = check_date(args.published, "--published") if args.published is not None else None
    by_file = load_metadata(args.metadata) if args.metadata is not None else {}
    return Published(default=default, by_file=by_file)


def cmd_extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from pipeline.batch import Failure, iter_inputs, process
    from pipeline.output import OutputError, RecordWriter, check_output_dir
    from pipeline.records import ArticleRecord
    from pipeline.resume import done_sha256, leftover_parts, previous_lines

    try:
        out_dir = check_output_dir(args.output)
    except OutputError as exc:
        _err(str(exc))
        return EXIT_USAGE
    if args.n_process < 1 or args.workers < 1 or args.batch_size < 1:
        _err("--n-process, --workers and --batch-size must be 1 or more")
        return EXIT_USAGE
    if args.encoding:
        try:
            "".encode(args.encoding)
        except LookupError:
            _err(f"unknown encoding {args.encoding!r} (try utf-8, latin-1, utf-16, cp1252)")
            return EXIT_USAGE
    try:
        published = _published(args)
    except ValueError as exc:
        _err(str(exc))
        return EXIT_USAGE
    failures: list[Failure] = []
    stale = leftover_parts(out_dir)
    done = done_sha256(out_dir) if args.resume else set()
    writer = RecordWriter(out_dir, keep=previous_lines(out_dir) if args.resume else ())
    counts: Counter[str] = Counter()
    articles = len(done)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    paths = iter_inputs(args.paths, failures)
    bar = tqdm(desc="articles", unit=" art", disable=args.quiet or None, file=sys.stderr)
    try:
        if args.engine == "dask":
            from pipeline.engine_dask import run_dask

            spec = {"model": args.model, "config": str(args.config) if args.config else None,
                    "overrides": _overrides(args.set or []), "encoding": args.encoding,
                    "published": published}  # fmt: skip
            shards, shard_failures = run_dask(
                paths, out_dir, spec, scheduler=args.scheduler, n_workers=args.workers,
                partition_size=args.batch_size, skip=done,
            )  # fmt: skip
            failures += sorted(shard_failures, key=lambda f: f.path)
            for shard in shards:
                with shard.open(encoding="utf-8") as fh:
                    for line in fh:
                        rec = ArticleRecord.from_dict(json.loads(line))
                        writer.write(rec)
                        counts.update(e.label for e in rec.entities)
                        articles += 1
                        bar.update(1)
                shard.unlink()
            shutil.rmtree(out_dir / ".shards", ignore_errors=True)
        else:
            nlp = _load_nlp(args)
            for rec in process(
                nlp, paths, failures, encoding=args.encoding, n_process=args.n_process,
                batch_size=args.batch_size, skip_sha256=done, published=published,
            ):  # fmt: skip
                writer.write(rec)
                writer.jsonl.fh.flush()
                counts.update(e.label for e in rec.entities)
                articles += 1
                bar.update(1)
    except KeyboardInterrupt:
        bar.close()
        writer.jsonl.fh.flush()
        _err(
            f"interrupted after {articles} articles; rerun with --resume to finish (finished output left unchanged)"
        )
        return 130
    bar.close()
    writer.commit(failures)
    for part in stale:
        part.unlink(missing_ok=True)
    for f in failures:
        _err(f"{f.path}: {f.message}")
    labels = ", ".join(f"{lab} {n}" for lab, n in sorted(counts.items())) or "none"
    print(
        f"{articles} articles, {sum(counts.values())} new entities ({labels}), {len(failures)} failed; "
        f"wrote {out_dir / 'extractions.jsonl'} and {out_dir / 'extractions.csv'}",
        file=sys.stderr,
    )
    return EXIT_FAILURES if failures else EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from pipeline.batch import extract
    from pipeline.read import ArticleError

    nlp = _load_nlp(args)
    try:
        rec = extract(args.article, nlp=nlp, encoding=args.encoding)
    except ArticleError as exc:
        _err(str(exc))
        return EXIT_FAILURES
    if args.html:
        from pipeline.report import render_article_page

        text = Path(args.article).read_bytes().decode(args.encoding or "utf-8")
        args.html.write_text(render_article_page(rec, text), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
        return EXIT_OK
    print(f"{rec.id}  title={rec.title!r}  published={rec.published}")
    for e in rec.entities:
        d = e.to_dict()
        extra = "  ".join(
            f"{k}={d[k]}" for k in ("value", "unit", "currency", "qualifier") if d.get(k) is not None
        )
        print(f"{e.start:>6} {e.end:>6}  {e.label:<8} {e.text!r}  {extra}")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from pipeline.evaluate import EvaluationError, evaluate_dir, format_table
    from pipeline.records import SchemaError

    nlp = None if args.predictions else _load_nlp(args)
    try:
        result = evaluate_dir(args.gold, articles=args.articles, predictions=args.predictions, nlp=nlp)
    except (SchemaError, EvaluationError) as exc:
        _err(str(exc))
        return EXIT_USAGE
    print(format_table(result))
    if args.json:
        args.json.write_text(json.dumps(result.to_dict(), indent=2), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    if args.html:
        from pipeline.report import render_report

        args.html.write_text(render_report(result), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    return EXIT_OK


def cmd_convert(args: argparse.Namespace) -> int:
    from pipeline import convert
    from pipeline.records import SchemaError

    try:
        if args.to == "gold":
            if args.source is None or args.source == "gold":
                _err(
                    "--to gold needs --from one of: " + ", ".join(f for f in convert.FORMATS if f != "conll")
                )
                return EXIT_USAGE
            docs = convert.import_docs(args.source, args.input)
            n = convert.write_gold_dir(docs, args.output, articles=args.articles_out)
            print(f"wrote {n} gold files to {args.output}", file=sys.stderr)
            return EXIT_OK
        if args.source == "gold":
            if args.input is None or not args.input.is_dir():
                _err("--from gold needs the gold folder as INPUT (e.g. annotations/)")
                return EXIT_USAGE
            docs = convert.read_gold_dir(args.input, args.articles or args.input.parent / "seeds")
        elif args.source == "predictions":
            docs = convert.records_to_docs(args.input)
        else:
            _err("convert goes from gold or predictions to a format, or from a format to gold")
            return EXIT_USAGE
        dest = convert.export(docs, args.to, args.output, as_predictions=args.source == "predictions")
    except (SchemaError, ValueError, KeyError, OSError) as exc:
        _err(f"{args.input}: {exc}")
        return EXIT_USAGE
    print(f"wrote {len(docs)} articles as {args.to} to {dest}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsfacts", description="Structured facts from news articles.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract entities from article files into JSON Lines and CSV")
    p.add_argument("paths", nargs="+", help="article files, folders (searched recursively) or globs")
    p.add_argument(
        "-o", "--output", type=Path, default=Path("output"), help="output folder (default: output/)"
    )
    p.add_argument("--encoding", help="text encoding of the articles (default: UTF-8)")
    p.add_argument("--n-process", type=int, default=1, help="worker processes on this machine (default: 1)")
    p.add_argument(
        "--engine", choices=["local", "dask"], default="local", help="local processes, or a Dask cluster"
    )
    p.add_argument(
        "--scheduler", help="with --engine dask: address of an existing scheduler (tcp://HOST:8786)"
    )
    p.add_argument(
        "--workers", type=int, default=2, help="with --engine dask and no --scheduler: local workers"
    )
    p.add_argument(
        "--batch-size",
        type=int,
        default=32,
        help="articles per batch, or per partition with Dask (default: 32)",
    )
    p.add_argument(
        "--resume", action="store_true", help="keep earlier output and skip articles already in it"
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
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    _add_model_args(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("show", help="print the entities of one article")
    p.add_argument("article", type=Path)
    p.add_argument("--html", type=Path, help="write a page with the entities highlighted")
    p.add_argument("--encoding")
    _add_model_args(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("evaluate", help="score extraction against gold files")
    p.add_argument("--gold", type=Path, required=True, help="folder of gold files (SPEC.md 3.1)")
    p.add_argument("--articles", type=Path, help="folder of the articles (default: seeds/ beside the gold)")
    p.add_argument(
        "--predictions", type=Path, help="an extractions.jsonl to score instead of running the pipeline"
    )
    p.add_argument("--json", type=Path, help="also write the full results as JSON")
    p.add_argument("--html", type=Path, help="also write a report page (scores, every article marked)")
    _add_model_args(p)
    p.set_defaults(func=cmd_evaluate)

    from pipeline.convert import FORMATS

    p = sub.add_parser(
        "convert",
        help="convert gold files or predictions to annotation-tool formats, and back",
        description="Examples: convert annotations/ out.spacy --from gold --to spacy; "
        "convert out.json gold2/ --from labelstudio --to gold; "
        "convert output/extractions.jsonl tasks.json --from predictions --to labelstudio",
    )
    p.add_argument(
        "input", type=Path, help="gold folder, extractions.jsonl, or a file/folder in --from format"
    )
    p.add_argument("output", type=Path, help="file to write (a folder for brat and for gold)")
    p.add_argument("--from", dest="source", required=True, choices=["gold", "predictions", *FORMATS])
    p.add_argument("--to", required=True, choices=["gold", *FORMATS])
    p.add_argument(
        "--articles", type=Path, help="article folder of the gold files (default: seeds/ beside them)"
    )
    p.add_argument("--articles-out", type=Path, help="with --to gold: also write the article texts here")
    p.set_defaults(func=cmd_convert)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except ModelError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
