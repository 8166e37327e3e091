"""Statement scores: precision, recall and F1 per document and kind, kind accuracy.

Precision counts only the system's statements of the kinds annotated for that
document (results are not annotated, so they are not counted as false positives).
Theme agreement: of the matched gold statements with a theme, the share whose
theme, normalised like the system's (`normalise_theme`), equals the system's theme.
"""

from __future__ import annotations

from collections import defaultdict

from ..segment.themes import normalise_theme
from .matching import match_statements


def _prf(true_positive: int, predicted: int, relevant: int) -> dict[str, float | int]:
    precision = true_positive / predicted if predicted else 0.0
    recall = true_positive / relevant if relevant else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "predicted": predicted, "gold": relevant}


def score_statements(gold: list[dict], system: list[dict]) -> dict:
    """Scores of system statements (analysis.json rows) against gold statement rows."""
    docs = {row["doc"] for row in gold}
    kinds_by_doc: dict[str, set[str]] = defaultdict(set)
    for row in gold:
        kinds_by_doc[row["doc"]].add(row["kind"])
    counted = [row for row in system if row["document_id"] in docs and row["kind"] in kinds_by_doc[row["document_id"]]]
    matches = match_statements(gold, counted)
    matched_system = {system_id for found in matches.values() for system_id, _ in found}
    kind_of = {row["id"]: row["kind"] for row in counted}
    system_by_id = {row["id"]: row for row in counted}

    def block(gold_rows: list[dict], system_rows: list[dict]) -> dict:
        found = sum(1 for row in gold_rows if row["id"] in matches)
        correct = sum(1 for row in system_rows if row["id"] in matched_system)
        scores = _prf(correct, len(system_rows), len(gold_rows))
        scores["recall"] = round(found / len(gold_rows), 3) if gold_rows else 0.0
        p, r = scores["precision"], scores["recall"]
        scores["f1"] = round(2 * p * r / (p + r), 3) if p + r else 0.0
        kind_hits = [kind_of[matches[row["id"]][0][0]] == row["kind"] for row in gold_rows if row["id"] in matches]
        scores["kind_accuracy"] = round(sum(kind_hits) / len(kind_hits), 3) if kind_hits else None
        return scores

    per_doc = {
        doc: block([g for g in gold if g["doc"] == doc], [s for s in counted if s["document_id"] == doc]) for doc in sorted(docs)
    }
    per_kind = {}
    for kind in sorted({row["kind"] for row in gold}):
        per_kind[kind] = block([g for g in gold if g["kind"] == kind], [s for s in counted if s["kind"] == kind])
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in gold:
        if row["id"] in matches:
            confusion[row["kind"]][kind_of[matches[row["id"]][0][0]]] += 1
    theme_hits = [
        normalise_theme(row["theme"]) == (system_by_id[matches[row["id"]][0][0]].get("theme") or "")
        for row in gold
        if row["id"] in matches and row.get("theme")
    ]
    overall = block(gold, counted)
    overall["theme_agreement"] = round(sum(theme_hits) / len(theme_hits), 3) if theme_hits else None
    return {
        "overall": overall,
        "per_document": per_doc,
        "per_kind": per_kind,
        "kind_confusion": {gold_kind: dict(row) for gold_kind, row in confusion.items()},
        "missed": [row["id"] for row in gold if row["id"] not in matches],
        "matches": {gold_id: found[0][0] for gold_id, found in matches.items()},
    }
