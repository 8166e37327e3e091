"""Statements → comparable vectors, and scores for pairs of statements."""

from __future__ import annotations


def describe_similarity() -> str:
    return "none yet"
