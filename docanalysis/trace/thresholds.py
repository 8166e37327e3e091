"""The calibrated link model: feature weights and thresholds from `models/trace_thresholds.json`.

Rebuilt by `benchmarks/calibrate_trace.py`; the defaults below are what the
tracer falls back to when the file is absent (an install without the models/ folder).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from ..errors import DocanalysisError
from ..resources import MODELS_DIR

THRESHOLDS_PATH = MODELS_DIR / "trace_thresholds.json"
LINK_FEATURES = ("cosine", "fuzzy", "theme", "names", "rank", "to_stop", "relative", "section", "topic", "aligned")


@dataclass
class Thresholds:
    """A logistic model over `LINK_FEATURES` and the cut-offs applied to it."""

    coef: list[float] = field(default_factory=lambda: [9.0, 3.0, 1.5, 0.5, 1.5, 0.5, 1.0, 2.0, 1.0, 1.0])
    intercept: float = -7.0
    link_probability: float = 0.5
    carried_cosine: float = 0.2
    recurs_cosine: float = 0.4
    top_k: int = 8
    min_cosine: float = 0.05

    def probabilities(self, features: list[list[float]]) -> list[float]:
        """Link probability of each feature row (one matrix product: candidates run to millions)."""
        if not features:
            return []
        z = self.intercept + np.asarray(features, dtype=float) @ np.asarray(self.coef, dtype=float)
        return (1.0 / (1.0 + np.exp(-z))).tolist()

    def save(self, path: Path, extra: dict | None = None) -> None:
        payload = {"features": list(LINK_FEATURES), **asdict(self), **(extra or {})}
        path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")


def read_thresholds(path: Path) -> Thresholds:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise DocanalysisError(f"{path}: cannot read the trace thresholds ({exc})") from exc
    if data.get("features") != list(LINK_FEATURES):
        raise DocanalysisError(f"{path}: features {data.get('features')} do not match {list(LINK_FEATURES)}; rebuild with benchmarks/calibrate_trace.py")
    return Thresholds(**{name: data[name] for name in Thresholds.__dataclass_fields__ if name in data})


@cache
def load_thresholds() -> Thresholds:
    return read_thresholds(THRESHOLDS_PATH) if THRESHOLDS_PATH.is_file() else Thresholds()
