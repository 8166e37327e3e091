"""docanalysis: read Dutch policy documents like a sharp policy analyst, every claim traceable to a page."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["AnalysisResult", "analyze", "load", "__version__"]


def __getattr__(name: str) -> Any:
    """Load the API on first use, so `import docanalysis` stays cheap (no spaCy, no pandas)."""
    if name in ("analyze", "load", "AnalysisResult"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'docanalysis' has no attribute {name!r}")
