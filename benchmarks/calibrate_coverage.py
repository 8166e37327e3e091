"""Calibrate the coverage thresholds leave-one-letter-out and write models/coverage_thresholds.json.

Evaluation tooling: reads gold. For each letter, thresholds are chosen on the other
letter's requests (oracle requests: the gold quotes) and scored on this one; the
held-out figures are the ones to report. The stored thresholds are then fitted on
all letters. Calling a missing point answered costs MISSING_AS_ANSWERED_COST
errors, so the search prefers caution.

    python benchmarks/calibrate_coverage.py [--gold /work/shared/gold]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from coverage_oracle import oracle_features

from docanalysis.coverage import THRESHOLDS_FILE, status_of

MISSING_AS_ANSWERED_COST = 10.0
PARTIAL_AS_ANSWERED_COST = 1.5
GRID = [round(0.05 * step, 2) for step in range(21)]


def cost(rows: list[dict], thresholds: dict[str, float]) -> float:
    total = 0.0
    for row in rows:
        status = status_of(row["score"], thresholds, row["parts_absent"])
        if status == row["gold"]:
            continue
        if status == "answered":
            total += MISSING_AS_ANSWERED_COST if row["gold"] == "missing" else PARTIAL_AS_ANSWERED_COST
        else:
            total += 1.0
    return total


def fit(rows: list[dict]) -> dict[str, float]:
    """The cheapest (answered, partial) pair; ties go to the stricter answered threshold."""
    candidates = [{"answered": a, "partial": p} for a, p in itertools.product(GRID, GRID) if p <= a]
    return min(candidates, key=lambda t: (cost(rows, t), -t["answered"], -t["partial"]))


def figures(rows: list[dict], thresholds: dict[str, float]) -> dict[str, float | int]:
    statuses = [status_of(row["score"], thresholds, row["parts_absent"]) for row in rows]
    return {
        "accuracy": round(sum(s == row["gold"] for s, row in zip(statuses, rows)) / len(rows), 3),
        "missing_as_answered": sum(s == "answered" and row["gold"] == "missing" for s, row in zip(statuses, rows)),
        "n": len(rows),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("/work/shared/gold"))
    args = parser.parse_args()
    rows = oracle_features(args.gold)
    letters = sorted({row["letter"] for row in rows})
    held_out = {}
    pooled: list[tuple[str, dict]] = []
    for letter in letters:
        thresholds = fit([row for row in rows if row["letter"] != letter])
        test = [row for row in rows if row["letter"] == letter]
        held_out[letter] = {"thresholds": thresholds, **figures(test, thresholds)}
        pooled += [(status_of(row["score"], thresholds, row["parts_absent"]), row) for row in test]
        print(f"held out {letter}: thresholds {thresholds} -> {held_out[letter]}")
    accuracy = sum(status == row["gold"] for status, row in pooled) / len(pooled)
    costly = sum(status == "answered" and row["gold"] == "missing" for status, row in pooled)
    print(f"held-out overall: accuracy {accuracy:.3f}, missing judged answered {costly}")
    final = fit(rows)
    THRESHOLDS_FILE.parent.mkdir(exist_ok=True)
    THRESHOLDS_FILE.write_text(
        json.dumps(
            {
                "thresholds": final,
                "score": "mean of best-sentence and best-neighbourhood IDF-weighted coverage of the request's subject words",
                "fitted_on": letters,
                "held_out": held_out,
                "held_out_overall": {"accuracy": round(accuracy, 3), "missing_as_answered": costly, "n": len(pooled)},
                "costs": {"missing_as_answered": MISSING_AS_ANSWERED_COST, "partial_as_answered": PARTIAL_AS_ANSWERED_COST, "other": 1.0},
                "rebuild": "python benchmarks/calibrate_coverage.py --gold /work/shared/gold",
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"fitted on all: {final} -> {figures(rows, final)}; written to {THRESHOLDS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
