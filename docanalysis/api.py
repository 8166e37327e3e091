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


def _analysis_from_json(data: dict) -> Analysis:
    """Rebuild the data model from analysis.json; documents come back without their text."""
    from .model import CoverageItem, Document, DocumentMeta, Evidence, LineageEntry, Link, Page, Section, Statement, Target

    documents = [
        Document(
            id=doc["id"], path=doc["path"], sha256=doc["sha256"],
            pages=[Page(number=number) for number in range(1, (doc.get("pages") or 0) + 1)],
            meta=DocumentMeta(organisation=doc.get("organisation"), doc_type=doc.get("doc_type") or "other", year=doc.get("year"), title=doc.get("title"), detected=doc.get("detected") or []),
            source_format=doc.get("source_format") or "txt", warnings=doc.get("warnings") or [],
        )
        for doc in data["documents"]
    ]
    statements = [Statement(**{**item, "targets": [Target(**target) for target in item.get("targets") or []]}) for item in data["statements"]]
    coverage = [CoverageItem(**{**item, "evidence": [Evidence(**evidence) for evidence in item.get("evidence") or []]}) for item in data["coverage"]]
    return Analysis(
        documents=documents,
        sections=[Section(**item) for item in data.get("sections") or []],
        statements=statements,
        links=[Link(**item) for item in data.get("links") or []],
        lineage=[LineageEntry(**item) for item in data.get("lineage") or []],
        coverage=coverage,
        views=data.get("views") or {},
        generated_by=data.get("generated_by") or {},
        timings=data.get("timings") or {},
    )


def load(path: str | Path) -> AnalysisResult:
    """Open an analysis.json written earlier (by `docanalysis analyze` or `save`), without analysing again.

    The tables and the HTML report come back complete; the documents' full text is not
    in analysis.json, so a REFI-QDA export from a loaded analysis has empty sources.
    """
    import json

    import jsonschema

    from .resources import SCHEMA_PATH

    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    except OSError as exc:
        raise DocanalysisError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise DocanalysisError(f"{path}: not JSON ({exc.msg}, line {exc.lineno})") from exc
    except jsonschema.ValidationError as exc:
        raise DocanalysisError(f"{path}: not an analysis.json ({exc.message})") from exc
    return AnalysisResult(_analysis_from_json(data))


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
