"""Calibrate the link model of the trace stage on gold links, leave one document pair out.

Candidates come from the product's own top-k search over gold statements (the
oracle harness); a logistic regression over the link features is fitted on two
document pairs and judged on the third, for each pair in turn. The held-out
figures are printed and stored next to the final model (fitted on all pairs) in
models/trace_thresholds.json. The relation cut is chosen the same way; the
carried cut (changed vs disappeared) leave one earlier document out on plain
lineage accuracy, with the link model refitted without that document.

    python benchmarks/calibrate_trace.py --gold ../shared/gold
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from docanalysis.evaluate.gold import Gold, load_gold
from docanalysis.trace.links import candidates, statement_index
from docanalysis.trace.plans import plans_by_organisation
from docanalysis.trace.thresholds import THRESHOLDS_PATH, Thresholds

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trace_oracle import oracle_documents, run_oracle  # noqa: E402  (a sibling script, not a package)

SEARCH = Thresholds(top_k=25, min_cosine=0.02)
PROBABILITIES = [round(p, 2) for p in np.arange(0.04, 0.9, 0.02)]
CARRIED_COSINES = [round(cut, 2) for cut in np.arange(0.02, 0.42, 0.02)]


def labelled_candidates(gold_dir: Path) -> dict[tuple[str, str], tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """(earlier doc, later doc) → features, link labels, recurs labels of its candidate pairs."""
    gold = load_gold(gold_dir)
    documents, statements = oracle_documents(gold)
    relation = {(row["from"], row["to"]): row["relation"] for row in gold.links}
    index = statement_index(documents, statements)
    grouped: dict[tuple[str, str], list] = defaultdict(list)
    for plans in plans_by_organisation(documents, statements).values():
        for candidate in candidates(plans, statements, index, SEARCH):
            source, target = statements[candidate.source], statements[candidate.target]
            label = relation.get((source.id, target.id))
            grouped[(source.document_id, target.document_id)].append((candidate.features, label is not None, label == "recurs"))
    gold_pairs: dict[tuple[str, str], int] = defaultdict(int)
    doc_of = {s.id: s.document_id for s in statements}
    for row in gold.links:
        gold_pairs[(doc_of[row["from"]], doc_of[row["to"]])] += 1
    result = {}
    for pair, rows in grouped.items():
        features = np.array([row[0] for row in rows])
        result[pair] = (features, np.array([row[1] for row in rows]), np.array([row[2] for row in rows]), gold_pairs[pair])
    return result


def _fit(features: np.ndarray, labels: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=1.0, class_weight=None, max_iter=1000).fit(features, labels)


def _f1(probabilities: np.ndarray, labels: np.ndarray, gold_total: int, cut: float) -> float:
    predicted = probabilities >= cut
    hits = int((predicted & labels).sum())
    if not hits:
        return 0.0
    precision, recall = hits / predicted.sum(), hits / gold_total
    return 2 * precision * recall / (precision + recall)


def _best_cut(probabilities: np.ndarray, labels: np.ndarray, gold_total: int) -> float:
    return max(PROBABILITIES, key=lambda cut: _f1(probabilities, labels, gold_total, cut))


def link_model(items: list[tuple], base: Thresholds) -> Thresholds:
    """`base` with the link model fitted on the candidates of `items` and its F1-best cut."""
    features = np.vstack([item[0] for item in items])
    labels = np.concatenate([item[1] for item in items])
    model = _fit(features, labels)
    cut = _best_cut(model.predict_proba(features)[:, 1], labels, sum(item[3] for item in items))
    return replace(base, coef=[round(float(w), 4) for w in model.coef_[0]], intercept=round(float(model.intercept_[0]), 4), link_probability=cut)


def calibrate(data: dict) -> tuple[Thresholds, dict]:
    held_out = {}
    for pair in data:
        train = [data[other] for other in data if other != pair]
        features = np.vstack([item[0] for item in train])
        labels = np.concatenate([item[1] for item in train])
        model = _fit(features, labels)
        cut = _best_cut(model.predict_proba(features)[:, 1], labels, sum(item[3] for item in train))
        test_features, test_labels, _, gold_total = data[pair]
        probabilities = model.predict_proba(test_features)[:, 1]
        predicted = probabilities >= cut
        hits = int((predicted & test_labels).sum())
        held_out[f"{pair[0]} -> {pair[1]}"] = {
            "cut": cut,
            "f1": round(_f1(probabilities, test_labels, gold_total, cut), 3),
            "precision": round(hits / max(1, int(predicted.sum())), 3),
            "recall": round(hits / gold_total, 3),
            "candidate_recall": round(int(test_labels.sum()) / gold_total, 3),
        }
    thresholds = link_model(list(data.values()), SEARCH)
    return thresholds, held_out


def _lineage_outcomes(gold: Gold, thresholds: Thresholds) -> dict[str, list[tuple[str, str]]]:
    """Earlier document → (gold status, predicted status) of its lineage rows in the oracle run."""
    _, analysis = run_oracle(gold, thresholds)
    status_of = {entry["statement_id"]: entry["status"] for entry in analysis["lineage"]}
    doc_of = {row["id"]: row["doc"] for row in gold.statements}
    outcomes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in gold.lineage:
        outcomes[doc_of[row["id"]]].append((row["status"], status_of.get(row["id"], "not found")))
    return outcomes


def _accuracy(pairs: list[tuple[str, str]]) -> float:
    """Plain lineage accuracy, the issue's measure."""
    return sum(expected == predicted for expected, predicted in pairs) / len(pairs)


def lineage_summary(pairs: list[tuple[str, str]]) -> dict:
    """Accuracy plus what it costs: precision and recall of `disappeared`.

    Most earlier ambitions are carried on in some form, so accuracy rises by calling
    everything "changed"; the disappeared figures show how many vanished ambitions
    a reader is then told about, and how many of those told are real.
    """
    reported = sum(predicted == "disappeared" for _, predicted in pairs)
    real = sum(expected == "disappeared" for expected, _ in pairs)
    hits = sum(expected == predicted == "disappeared" for expected, predicted in pairs)
    return {
        "lineage_accuracy": round(_accuracy(pairs), 3),
        "disappeared_precision": round(hits / reported, 3) if reported else None,
        "disappeared_recall": round(hits / real, 3) if real else None,
        "rows": len(pairs),
    }


def _carried_grid(gold: Gold, thresholds: Thresholds) -> dict[float, dict[str, list[tuple[str, str]]]]:
    """Carried cut → earlier document → lineage outcomes, under `thresholds`."""
    return {cut: _lineage_outcomes(gold, replace(thresholds, carried_cosine=cut)) for cut in CARRIED_COSINES}


def _best_carried(grid: dict, documents: list[str]) -> float:
    return max(grid, key=lambda cut: _accuracy([pair for doc in documents for pair in grid[cut][doc]]))


def calibrate_carried(gold: Gold, thresholds: Thresholds, data: dict) -> tuple[Thresholds, dict]:
    """The cosine from which an unlinked statement keeps its closest successor, leave one earlier document out on lineage accuracy.

    Held out means the whole chain: for each earlier document the link model is
    refitted on the document pairs it is not the source of, the cut is chosen on
    the other documents' lineage under that model, and only then is it judged.
    """
    final_grid = _carried_grid(gold, thresholds)
    documents = sorted(next(iter(final_grid.values())))
    held_out: dict = {}
    pooled: list[tuple[str, str]] = []
    for doc in documents:
        fold = link_model([item for pair, item in data.items() if pair[0] != doc], thresholds)
        grid = _carried_grid(gold, fold)
        cut = _best_carried(grid, [other for other in documents if other != doc])
        pooled += grid[cut][doc]
        held_out[doc] = {"cut": cut, **lineage_summary(grid[cut][doc])}
    held_out["pooled"] = lineage_summary(pooled)
    return replace(thresholds, carried_cosine=_best_carried(final_grid, documents)), held_out


RECURS_CUTS = [round(cut, 2) for cut in np.arange(0.2, 0.85, 0.05)]


def _recurs_agreement(item: tuple, cut: float) -> tuple[int, int]:
    """(agreeing, total) relations over the gold links among a pair's candidates, `recurs` from cosine ≥ cut."""
    features, linked, recurs, _ = item
    predicted = (features[linked, 0] >= cut) & (features[linked, 5] == 0)
    return int((predicted == recurs[linked]).sum()), int(linked.sum())


def calibrate_recurs(data: dict, thresholds: Thresholds) -> tuple[Thresholds, dict]:
    """The cosine from which a link is `recurs`, leave one document pair out on relation agreement."""
    held_out = {}

    def agreement(items: list[tuple], cut: float) -> float:
        counts = [_recurs_agreement(item, cut) for item in items]
        return sum(a for a, _ in counts) / max(1, sum(n for _, n in counts))

    for pair in data:
        cut = max(RECURS_CUTS, key=lambda cut: agreement([data[other] for other in data if other != pair], cut))
        held_out[f"{pair[0]} -> {pair[1]}"] = {"cut": cut, "relation_agreement": round(agreement([data[pair]], cut), 3)}
    best = max(RECURS_CUTS, key=lambda cut: agreement(list(data.values()), cut))
    return replace(thresholds, recurs_cosine=best), held_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=THRESHOLDS_PATH)
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    data = labelled_candidates(args.gold)
    thresholds, held_out = calibrate(data)
    thresholds, recurs_held_out = calibrate_recurs(data, thresholds)
    thresholds, lineage_held_out = calibrate_carried(gold, thresholds, data)
    print(json.dumps({"links": held_out, "relation": recurs_held_out, "lineage": lineage_held_out}, indent=1))
    oracle, _ = run_oracle(gold, thresholds)
    summary = {section: {k: v for k, v in oracle[section].items() if k not in ("missed", "confusion")} for section in ("links", "lineage")}
    print("oracle with the final model (in-sample):", json.dumps(summary, indent=1))
    thresholds.save(args.out, {"held_out_links": held_out, "held_out_relation": recurs_held_out, "held_out_lineage": lineage_held_out, "in_sample_oracle": summary})
    print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
