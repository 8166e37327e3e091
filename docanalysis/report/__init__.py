"""Report: report.html, analysis.json, CSV/XLSX and REFI-QDA exports of an Analysis."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..pipeline import Analysis
from .privacy import mask_contacts


def _masked(value: Any) -> Any:
    """Every string in a JSON-like value with contact details masked (ids and paths carry none)."""
    if isinstance(value, str):
        return mask_contacts(value)
    if isinstance(value, list):
        return [_masked(item) for item in value]
    if isinstance(value, dict):
        return {key: _masked(item) for key, item in value.items()}
    return value


def write_analysis_json(analysis: Analysis, out_dir: Path) -> Path:
    """analysis.json, passed around like the report, so without letters' contact details."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "analysis.json"
    path.write_text(json.dumps(_masked(analysis.to_json()), ensure_ascii=False, indent=1), encoding="utf-8")
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
