"""Coverage judged on the gold requests (oracle requests), to develop coverage apart from extraction.

Evaluation tooling: reads /work/shared/gold. Prints each request's features,
system status and gold status, then status accuracy per letter.

    python benchmarks/coverage_oracle.py [--gold /work/shared/gold] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from docanalysis.coverage import PassageIndex, _names_of, answering_passages, load_thresholds, status_of
from docanalysis.evaluate.gold import load_gold
from docanalysis.model import Statement
from docanalysis.pipeline import ingest
from docanalysis.resources import BUNDLED_CORPUS


def oracle_features(gold_dir: Path) -> list[dict]:
    """For every gold coverage row: the judgement features of its gold request in its answering document."""
    gold = load_gold(gold_dir)
    documents, _ = ingest([BUNDLED_CORPUS], None)
    by_id = {doc.id: doc for doc in documents}
    requests = {row["id"]: row for row in gold.statements if row["kind"] == "request"}
    indexes: dict[str, PassageIndex] = {}
    rows = []
    for row in gold.coverage:
        request = requests[row["request"]]
        answering = by_id[row["in_doc"]]
        if answering.id not in indexes:
            indexes[answering.id] = PassageIndex(answering_passages(answering, []))
        statement = Statement(id=request["id"], document_id=request["doc"], kind="request", text=request["quote"], page=None, theme=request.get("theme"))
        judgement = indexes[answering.id].judge(statement, _names_of(answering.meta.organisation))
        rows.append(
            {
                "request": row["request"],
                "letter": row["request"].split("-")[0],
                "gold": row["status"],
                "doc_cover": judgement.doc_cover,
                "best": judgement.best,
                "local": judgement.local,
                "score": judgement.score,
                "parts_absent": judgement.parts_absent,
                "absent": judgement.absent,
                "terms": " ".join(judgement.terms),
                "evidence": judgement.evidence[0][0].text[:100] if judgement.evidence else "",
            }
        )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("/work/shared/gold"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = oracle_features(args.gold)
    thresholds = load_thresholds()
    for row in rows:
        row["status"] = status_of(row["score"], thresholds, row["parts_absent"], row["absent"])
        flag = "" if row["status"] == row["gold"] else "  <-- " + ("COSTLY" if row["gold"] == "missing" and row["status"] == "answered" else "wrong")
        print(f"{row['request']:7} {row['gold']:9} {row['status']:9} cover={row['doc_cover']:.2f} best={row['best']:.2f} local={row['local']:.2f} score={row['score']:.2f} absent={row['absent']:.2f} parts={row['parts_absent']}{flag} [{row['terms']}]")
    for letter in sorted({row["letter"] for row in rows}) + ["all"]:
        subset = [row for row in rows if letter in ("all", row["letter"])]
        correct = sum(row["status"] == row["gold"] for row in subset)
        costly = sum(row["gold"] == "missing" and row["status"] == "answered" for row in subset)
        print(f"{letter}: accuracy {correct / len(subset):.3f} ({correct}/{len(subset)}), missing judged answered: {costly}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
