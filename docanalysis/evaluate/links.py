"""Link and lineage scores against gold `links.jsonl` and `lineage.jsonl`.

A predicted link counts when both its ends are the system statements that match
the gold link's two statements. Precision is given twice: over every predicted
link between documents that have gold links (strict: a link between spurious
statements is wrong), and over links whose both ends match a gold statement
(what the tracer itself can be blamed for). Lineage adds precision and recall of
`disappeared`: a report full of false "quietly disappeared" misleads as much as
one that finds none.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .gold import Gold


def _f1(precision: float | None, recall: float | None) -> float | None:
    if not precision or not recall:
        return 0.0 if precision is not None and recall is not None else None
    return 2 * precision * recall / (precision + recall)


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score_link_set(gold: Gold, analysis: dict[str, Any], matches: dict[str, str]) -> dict[str, Any]:
    gold_docs = {row["id"]: row["doc"] for row in gold.statements}
    linked_docs = {gold_docs[row[end]] for row in gold.links for end in ("from", "to") if row[end] in gold_docs}
    doc_of = {row["id"]: row["document_id"] for row in analysis["statements"]}
    matched_system = set(matches.values())
    predicted = {(link["source"], link["target"]): link["relation"] for link in analysis["links"] if doc_of.get(link["source"]) in linked_docs and doc_of.get(link["target"]) in linked_docs}
    expected: dict[tuple[str, str], str] = {}
    for row in gold.links:
        if row["from"] in matches and row["to"] in matches:
            expected.setdefault((matches[row["from"]], matches[row["to"]]), row["relation"])
    hits = [pair for pair in expected if pair in predicted]
    judged = [pair for pair in predicted if pair[0] in matched_system and pair[1] in matched_system]
    recall = _ratio(len(hits), len(gold.links))
    precision = _ratio(len(hits), len(predicted))
    precision_matched = _ratio(len(hits), len(judged))
    relation_agrees = sum(predicted[pair] == expected[pair] for pair in hits)
    return {
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "precision_matched_ends": precision_matched,
        "f1_matched_ends": _f1(precision_matched, recall),
        "predicted": len(predicted),
        "gold": len(gold.links),
        "gold_with_both_ends_found": len(expected),
        "true_positives": len(hits),
        "relation_agreement": _ratio(relation_agrees, len(hits)),
        "missed": [f"{row['from']}->{row['to']}" for row in gold.links if (matches.get(row["from"]), matches.get(row["to"])) not in predicted],
    }


def score_lineage(gold: Gold, analysis: dict[str, Any], matches: dict[str, str]) -> dict[str, Any]:
    status_of = {entry["statement_id"]: entry["status"] for entry in analysis["lineage"]}
    confusion: Counter[str] = Counter()
    correct = found = 0
    for row in gold.lineage:
        predicted = status_of.get(matches.get(row["id"], ""), "not found")
        found += predicted != "not found"
        correct += predicted == row["status"]
        confusion[f"{row['status']}->{predicted}"] += 1
    disappeared = sum(1 for row in gold.lineage if row["status"] == "disappeared")
    reported = sum(count for key, count in confusion.items() if key.endswith("->disappeared"))
    return {
        "accuracy": _ratio(correct, len(gold.lineage)),
        "accuracy_found": _ratio(correct, found),
        "gold": len(gold.lineage),
        "found": found,
        "disappeared_as_recurs": _ratio(confusion["disappeared->recurs"], disappeared),
        "disappeared_precision": _ratio(confusion["disappeared->disappeared"], reported),
        "disappeared_recall": _ratio(confusion["disappeared->disappeared"], disappeared),
        "confusion": dict(sorted(confusion.items())),
    }


def score_links(gold: Gold, analysis: dict[str, Any], matches: dict[str, str]) -> dict[str, Any]:
    """`links` and `lineage` sections of the evaluation report (each only when gold has it)."""
    report: dict[str, Any] = {}
    if gold.links:
        report["links"] = score_link_set(gold, analysis, matches)
    if gold.lineage:
        report["lineage"] = score_lineage(gold, analysis, matches)
    return report
