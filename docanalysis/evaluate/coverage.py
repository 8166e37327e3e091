"""Coverage scores: is each gold request found, and judged as the gold judges it?

A gold request is found when statement matching maps it to a system request of
the letter (`matches`, gold id → system id) and the system judged that request
against the gold's answering document. Status accuracy counts a request that was
not found as wrong, so extraction and judgement are scored together;
`accuracy_found` isolates the judgement. `missing_as_answered` is the costly error.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .gold import Gold

STATUSES = ("answered", "partial", "missing")


def score_coverage(gold: Gold, analysis: dict[str, Any], matches: dict[str, str]) -> dict[str, Any]:
    judged = {(item["request_id"], item["answering_document_id"]): item for item in analysis.get("coverage", [])}
    confusion: dict[str, dict[str, int]] = {status: defaultdict(int) for status in STATUSES}
    rows = []
    for row in gold.coverage:
        item = judged.get((matches.get(row["request"], ""), row["in_doc"]))
        predicted = item["status"] if item else "not found"
        confusion[row["status"]][predicted] += 1
        rows.append({"request": row["request"], "gold": row["status"], "predicted": predicted, "score": item["score"] if item else None})
    found = [row for row in rows if row["predicted"] != "not found"]
    correct = sum(row["predicted"] == row["gold"] for row in rows)
    return {
        "requests": len(rows),
        "found": len(found),
        "status_accuracy": round(correct / len(rows), 3) if rows else 0.0,
        "accuracy_found": round(correct / len(found), 3) if found else None,
        "missing_as_answered": sum(row["gold"] == "missing" and row["predicted"] == "answered" for row in rows),
        "confusion": {status: dict(counts) for status, counts in confusion.items()},
        "rows": rows,
    }
