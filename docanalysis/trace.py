"""Trace ambitions across years: links, lineage, theme continuity."""

from __future__ import annotations

from typing import Any

from .model import Document, LineageEntry, Link, Statement


def trace(documents: list[Document], statements: list[Statement]) -> tuple[list[Link], list[LineageEntry], dict[str, Any]]:
    return [], [], {}
