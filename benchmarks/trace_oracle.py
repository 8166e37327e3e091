"""Trace on gold statements: how good is tracing when segmentation is perfect?

Builds `Statement`s from the gold quotes (kind from gold, theme from gold through
segmentation's theme normaliser, attributes from `docanalysis.segment.attributes.annotate`), runs `trace`, and scores
links and lineage. Evaluation tooling only: the product never reads gold.

    python benchmarks/trace_oracle.py --gold ../shared/gold [--thresholds FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from docanalysis.evaluate.gold import Gold, load_gold
from docanalysis.evaluate.links import score_links
from docanalysis.ingest import collect_inputs, load_document
from docanalysis.model import Document, Statement, to_plain
from docanalysis.resources import BUNDLED_CORPUS
from docanalysis.segment.themes import normalise_theme
from docanalysis.trace import trace
from docanalysis.trace.thresholds import Thresholds, read_thresholds


def _annotator():
    """`docanalysis.segment.attributes.annotate` if segmentation provides it."""
    try:
        from docanalysis.segment.attributes import annotate
    except ImportError:
        return None
    return annotate


def oracle_documents(gold: Gold, corpus: Path = BUNDLED_CORPUS) -> tuple[list[Document], list[Statement]]:
    files, _ = collect_inputs([corpus])
    documents = [load_document(item.path, item.manifest, None) for item in files]
    by_id = {doc.id: doc for doc in documents}
    annotate = _annotator()
    statements = []
    for row in gold.statements:
        if row["doc"] not in by_id or row["kind"] == "request":
            continue
        theme = normalise_theme(row["theme"]) if row.get("theme") else None
        statement = Statement(id=row["id"], document_id=row["doc"], kind=row["kind"], text=row["quote"], page=None, theme=theme)
        if annotate:
            meta = by_id[row["doc"]].meta
            annotate(statement, meta.year, meta.organisation)
        statements.append(statement)
    return documents, statements


def run_oracle(gold: Gold, thresholds: Thresholds | None = None) -> tuple[dict, dict]:
    documents, statements = oracle_documents(gold)
    start = time.perf_counter()
    links, lineage, views = trace(documents, statements, thresholds)
    elapsed = time.perf_counter() - start
    analysis = {"statements": to_plain(statements), "links": to_plain(links), "lineage": to_plain(lineage), "views": views}
    matches = {statement.id: statement.id for statement in statements}
    scores = score_links(gold, analysis, matches)
    scores["seconds"] = round(elapsed, 2)
    return scores, analysis


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--thresholds", type=Path, help="a trace_thresholds.json (default: models/trace_thresholds.json)")
    parser.add_argument("--json", type=Path, help="write scores and the oracle analysis here")
    args = parser.parse_args(argv)
    thresholds = read_thresholds(args.thresholds) if args.thresholds else None
    scores, analysis = run_oracle(load_gold(args.gold), thresholds)
    for section in ("links", "lineage"):
        summary = {key: value for key, value in scores[section].items() if key not in ("missed",)}
        print(section, json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps({"scores": scores, "analysis": analysis}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
