"""The Python API: `docanalysis.analyze()` and the tables a researcher works with.

    >>> import docanalysis
    >>> result = docanalysis.analyze()          # the bundled corpus
    >>> result.statements.query("kind == 'goal'")
    >>> result.save("out")                     # report.html and every export

The DataFrames are the same tables the CSV and XLSX exports hold, so a notebook and
a spreadsheet tell the same story.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DocanalysisError
from .pipeline import Analysis

if TYPE_CHECKING:
    import pandas as pd


class AnalysisResult:
    """One analysis: the raw `Analysis` plus pandas views of it."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis

    def __repr__(self) -> str:
        a = self.analysis
        return f"<AnalysisResult: {len(a.documents)} documents, {len(a.statements)} statements, {len(a.links)} links, {len(a.coverage)} coverage items>"

    @cached_property
    def _tables(self) -> dict[str, pd.DataFrame]:
        from .report.tables import build_tables

        return build_tables(self.analysis)

    @property
    def documents(self) -> pd.DataFrame:
        return self._tables["documents"]

    @property
    def statements(self) -> pd.DataFrame:
        return self._tables["statements"]

    @property
    def links(self) -> pd.DataFrame:
        return self._tables["links"]

    @property
    def lineage(self) -> pd.DataFrame:
        return self._tables["lineage"]

    @property
    def coverage(self) -> pd.DataFrame:
        return self._tables["coverage"]

    @property
    def views(self) -> dict:
        """Trace's views: `threads`, `themes`, `cross_organisation` (each may be absent)."""
        return self.analysis.views

    def to_html(self, path: str | Path | None = None) -> str | Path:
        """The report as an HTML string, or written to `path` (returned)."""
        from .report.html import render_html, write_html

        if path is None:
            return render_html(self.analysis)
        return write_html(self.analysis, Path(path))

    def save(self, out_dir: str | Path) -> dict[str, Path]:
        """Write report.html and every export to `out_dir`, as `docanalysis analyze --out` does."""
        from .report import write_outputs

        return write_outputs(self.analysis, Path(out_dir))


def analyze(paths: str | Path | list[str | Path] | None = None, *, cache: str | Path | None = None, use_cache: bool = True) -> AnalysisResult:
    """Analyse files and folders (default: the bundled corpus).

    Files that cannot be read are listed in `result.analysis.errors`, as the command
    line reports them; only when nothing at all can be read is that an error.
    """
    from .pipeline import run
    from .resources import BUNDLED_CORPUS

    if paths is None:
        inputs = [BUNDLED_CORPUS]
    elif isinstance(paths, (str, Path)):
        inputs = [Path(paths)]
    else:
        inputs = [Path(path) for path in paths]
    missing = [str(path) for path in inputs if not path.exists()]
    if missing:
        raise DocanalysisError(f"{missing[0]}: no such file or folder")
    analysis = run(inputs, store_dir=Path(cache) if cache else None, use_cache=use_cache)
    if not analysis.documents:
        problems = "; ".join(f"{error.path}: {error.problem}" for error in analysis.errors) or "no documents found"
        raise DocanalysisError(f"no document could be read ({problems})")
    return AnalysisResult(analysis)
