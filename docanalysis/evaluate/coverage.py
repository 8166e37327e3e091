"""Coverage scores (to be written with the coverage stage)."""

from __future__ import annotations

from typing import Any

from .gold import Gold


def score_coverage(gold: Gold, analysis: dict[str, Any], matches: dict[str, str]) -> dict[str, Any]:
    return {}
