"""Report: report.html, analysis.json, CSV/XLSX and REFI-QDA exports of an Analysis."""

from __future__ import annotations

import json
from pathlib import Path

from ..pipeline import Analysis


def write_analysis_json(analysis: Analysis, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "analysis.json"
    path.write_text(json.dumps(analysis.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_outputs(analysis: Analysis, out_dir: Path) -> dict[str, Path]:
    """Write every output; returns them by name, the report first."""
    from .html import write_html
    from .qdpx import write_qdpx
    from .tables import write_tables

    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {"report.html": write_html(analysis, out_dir / "report.html")}
    outputs["analysis.json"] = write_analysis_json(analysis, out_dir)
    outputs.update(write_tables(analysis, out_dir))
    outputs["docanalysis.qdpx"] = write_qdpx(analysis, out_dir / "docanalysis.qdpx")
    return outputs
