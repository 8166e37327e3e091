"""Scores of an analysis against gold annotations (`docanalysis evaluate`)."""

from __future__ import annotations

from typing import Any

from .gold import Gold, load_gold
from .statements import score_statements


def evaluate(analysis: dict[str, Any], gold: Gold) -> dict[str, Any]:
    """All scores for an analysis.json dict; sections without gold are left out."""
    report: dict[str, Any] = {"statements": score_statements(gold.statements, analysis["statements"])}
    matches = report["statements"]["matches"]
    if gold.links or gold.lineage:
        from .links import score_links

        report.update(score_links(gold, analysis, matches))
    if gold.coverage:
        from .coverage import score_coverage

        report["coverage"] = score_coverage(gold, analysis, matches)
    return report


def _fmt(value: Any) -> str:
    return "-" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def format_report(report: dict[str, Any]) -> str:
    """A plain-text table of the scores, for the terminal."""
    lines = ["Statements (precision over the kinds annotated per document)"]
    header = f"  {'':38} {'P':>6} {'R':>6} {'F1':>6} {'kindacc':>8} {'pred':>5} {'gold':>5}"
    lines.append(header)
    statements = report["statements"]
    rows = [("overall", statements["overall"])]
    rows += [(doc, scores) for doc, scores in statements["per_document"].items()]
    rows += [(f"kind={kind}", scores) for kind, scores in statements["per_kind"].items()]
    for name, s in rows:
        lines.append(
            f"  {name[:38]:38} {_fmt(s['precision']):>6} {_fmt(s['recall']):>6} {_fmt(s['f1']):>6} "
            f"{_fmt(s['kind_accuracy']):>8} {s['predicted']:>5} {s['gold']:>5}"
        )
    if statements["overall"].get("theme_agreement") is not None:
        lines.append(f"  {'theme agreement of matched statements':38} {_fmt(statements['overall']['theme_agreement']):>6}")
    for section in ("links", "lineage", "coverage"):
        if section in report:
            lines.append(f"{section.capitalize()}")
            for key, value in report[section].items():
                if not isinstance(value, (dict, list)):
                    lines.append(f"  {key:38} {_fmt(value)}")
    return "\n".join(lines)


__all__ = ["evaluate", "format_report", "load_gold"]
