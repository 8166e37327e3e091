"""The `docanalysis` command. Thin: parses arguments and calls the stage modules."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from . import __version__
from .errors import DocanalysisError, IngestError
from .resources import BUNDLED_CORPUS


def _progress(items: list[Any], label: str) -> Any:
    """A progress bar on a terminal for more than one item; nothing otherwise."""
    if len(items) < 2:
        return items
    from tqdm import tqdm

    return tqdm(items, desc=label, unit="doc", disable=None, file=sys.stderr, leave=False)


def _inputs(paths: list[Path]) -> list[Path]:
    if paths:
        return paths
    if not BUNDLED_CORPUS.is_dir():
        raise DocanalysisError("no input given and the bundled corpus/ folder is not there (install from a clone with `pip install -e .`)")
    return [BUNDLED_CORPUS]


def _report_errors(errors: list[IngestError], notes: list[str] = ()) -> int:
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    for error in errors:
        print(f"skipped {error.path}: {error.problem}", file=sys.stderr)
    return 1 if errors else 0


def _summary_line(errors: list[IngestError], ok: int) -> None:
    if errors:
        print(f"{ok} document(s) read, {len(errors)} file(s) failed (see the messages above)", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .ingest import load_document

    document = load_document(args.file, require_dutch=False)  # extraction itself does not depend on the language
    if args.format == "text":
        print(document.text)
        return 0
    pages = [
        {
            "number": page.number,
            "text_layer": page.text_layer,
            "text": page.text,
            "headers": page.headers,
            "footers": page.footers,
            "tables": page.tables,
            **({"blocks": [asdict(block) for block in page.blocks]} if args.blocks else {}),
        }
        for page in document.pages
    ]
    meta = asdict(document.meta)
    print(json.dumps({"file": str(args.file), "metadata": meta, "warnings": document.warnings, "pages": pages}, ensure_ascii=False, indent=1))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from .pipeline import default_store_dir, ingest
    from .store import Store

    inputs = _inputs(args.inputs)
    store = None if args.no_cache else Store(args.cache or default_store_dir(inputs))
    start = time.perf_counter()
    documents, errors = ingest(inputs, store, _progress)
    elapsed = time.perf_counter() - start
    print(f"{'document':40} {'pages':>5} {'blocks':>6}  organisation / type / year (* = detected)")
    for doc in documents:
        meta = doc.meta
        mark = {name: "*" if name in meta.detected else "" for name in ("organisation", "doc_type", "year")}
        print(
            f"{doc.id[:40]:40} {len(doc.pages):>5} {len(doc.blocks):>6}  "
            f"{meta.organisation}{mark['organisation']} / {meta.doc_type}{mark['doc_type']} / {meta.year}{mark['year']}"
        )
        for warning in doc.warnings:
            print(f"  warning: {warning}")
    print(f"{len(documents)} document(s) in {elapsed:.2f}s")
    status = _report_errors(errors, [store.disabled] if store and store.disabled else [])
    _summary_line(errors, len(documents))
    return status


def _run_pipeline(args: argparse.Namespace):
    from .pipeline import run

    return run(_inputs(args.inputs), store_dir=args.cache, use_cache=not args.no_cache, progress=_progress)


def cmd_analyze(args: argparse.Namespace) -> int:
    from .report import write_outputs

    start = time.perf_counter()
    analysis = _run_pipeline(args)
    status = _report_errors(analysis.errors, analysis.notes)
    if not analysis.documents:
        raise DocanalysisError("no document could be read; nothing to analyse")
    outputs = write_outputs(analysis, args.out)
    elapsed = time.perf_counter() - start
    print(f"{len(analysis.documents)} documents, {len(analysis.statements)} statements, {len(analysis.links)} links, {len(analysis.coverage)} coverage items in {elapsed:.1f}s")
    for name, path in outputs.items():
        print(f"  {name:16} {path}")
    first = next(iter(outputs.values()))
    print(f"Open the report: {first.resolve().as_uri()}")
    _summary_line(analysis.errors, len(analysis.documents))
    return status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate, format_report, load_gold

    gold = load_gold(args.gold)
    if args.analysis:
        try:
            analysis = json.loads(args.analysis.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DocanalysisError(f"{args.analysis}: cannot read analysis.json ({exc})") from exc
    else:
        result = _run_pipeline(args)
        _report_errors(result.errors, result.notes)
        analysis = result.to_json()
    report = evaluate(analysis, gold)
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"scores written to {args.json}")
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    from .trace import format_threads

    analysis = _run_pipeline(args)
    status = _report_errors(analysis.errors, analysis.notes)
    print(format_threads(analysis))
    return status


def cmd_coverage(args: argparse.Namespace) -> int:
    from .coverage import run_coverage_command

    return run_coverage_command(args.letter, args.plans, store_dir=args.cache, use_cache=not args.no_cache)


def _add_common(parser: argparse.ArgumentParser, inputs: bool = True) -> None:
    if inputs:
        parser.add_argument("inputs", nargs="*", type=Path, metavar="INPUT", help="files or folders (default: the bundled corpus)")
    parser.add_argument("--cache", type=Path, help="cache folder (default: .docanalysis/ next to the corpus)")
    parser.add_argument("--no-cache", action="store_true", help="extract again, do not read or write the cache")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="docanalysis", description="Read Dutch policy documents: statements, continuity across years, coverage of commissioning letters.")
    parser.add_argument("--version", action="version", version=f"docanalysis {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = commands.add_parser("analyze", help="analyse documents and write the report and exports (the main job)")
    _add_common(analyze)
    analyze.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out/)")
    analyze.set_defaults(func=cmd_analyze)

    ingest = commands.add_parser("ingest", help="extract documents and print a summary per document")
    _add_common(ingest)
    ingest.set_defaults(func=cmd_ingest)

    extract = commands.add_parser("extract", help="print what extraction made of one file")
    extract.add_argument("file", type=Path)
    extract.add_argument("--format", choices=("json", "text"), default="json")
    extract.add_argument("--blocks", action="store_true", help="include the blocks with their kind and bounding box")
    extract.set_defaults(func=cmd_extract)

    evaluate = commands.add_parser("evaluate", help="score an analysis against gold annotations")
    _add_common(evaluate)
    evaluate.add_argument("--gold", type=Path, required=True, help="folder with statements.jsonl, links.jsonl, ...")
    evaluate.add_argument("--analysis", type=Path, help="an analysis.json to score (default: analyse INPUT now)")
    evaluate.add_argument("--json", type=Path, help="also write the scores as JSON to this file")
    evaluate.set_defaults(func=cmd_evaluate)

    trace = commands.add_parser("trace", help="print the threads of ambitions across years")
    _add_common(trace)
    trace.set_defaults(func=cmd_trace)

    coverage = commands.add_parser("coverage", help="check a plan against its commissioning letter")
    coverage.add_argument("letter", type=Path, metavar="BRIEF")
    coverage.add_argument("plans", nargs="+", type=Path, metavar="PLAN")
    _add_common(coverage, inputs=False)
    coverage.set_defaults(func=cmd_coverage)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except IngestError as exc:
        print(f"docanalysis: {exc.path}: {exc.problem}", file=sys.stderr)
        return 1
    except DocanalysisError as exc:
        print(f"docanalysis: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("docanalysis: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
    except ModuleNotFoundError as exc:  # run outside the environment docanalysis was installed into
        print(
            f"docanalysis: the package '{exc.name}' is not installed in this Python ({sys.executable}); "
            "install docanalysis with `pip install -e .` in a virtual environment, as the README shows",
            file=sys.stderr,
        )
        return 2
    except Exception as exc:  # the last line of defence: a user never sees a traceback
        if args.debug:
            raise
        print(f"docanalysis: internal error: {exc.__class__.__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
