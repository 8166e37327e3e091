"""Coverage: does a plan answer every request of its commissioning letter?"""

from __future__ import annotations

from .model import CoverageItem, Document, Statement


def check_coverage(
    documents: list[Document], statements: list[Statement], pairs: dict[str, list[str]] | None = None
) -> list[CoverageItem]:
    return []
