"""Errors a user sees: one line naming the file and the problem, never a traceback."""

from __future__ import annotations

from pathlib import Path


class DocanalysisError(Exception):
    """Base class for problems reported to the user as a single line."""


class IngestError(DocanalysisError):
    """A file could not be read as a document; the batch goes on without it."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")
