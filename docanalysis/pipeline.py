"""The pipeline: ingest → segment → trace → coverage, over one `Analysis`.

Each stage is a plain function over the data model; this module only runs them in
order, times them, and keeps ingest errors so one bad file never stops a batch.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import IngestError
from .ingest import collect_inputs, load_document
from .model import CoverageItem, Document, LineageEntry, Link, Section, Statement, to_plain
from .store import DEFAULT_DIRNAME, Store

SCHEMA_ID = "docanalysis/analysis@1"
ProgressFactory = Callable[[list[Any], str], Any]


@dataclass
class Analysis:
    """Everything one run found; `to_json()` is the analysis.json contract."""

    documents: list[Document] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    lineage: list[LineageEntry] = field(default_factory=list)
    coverage: list[CoverageItem] = field(default_factory=list)
    views: dict[str, Any] = field(default_factory=dict)
    """Extra views for the report (theme continuity, cross-organisation lines of work)."""
    generated_by: dict[str, str] = field(default_factory=dict)
    errors: list[IngestError] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    """Things the user should know that are not errors (a cache that was switched off)."""

    def statement(self, statement_id: str) -> Statement:
        return self._statements_by_id()[statement_id]

    def document(self, document_id: str) -> Document:
        return next(doc for doc in self.documents if doc.id == document_id)

    def _statements_by_id(self) -> dict[str, Statement]:
        return {statement.id: statement for statement in self.statements}

    def to_json(self) -> dict[str, Any]:
        documents = [
            {
                "id": doc.id,
                "path": doc.path,
                "sha256": doc.sha256,
                "organisation": doc.meta.organisation,
                "doc_type": doc.meta.doc_type,
                "year": doc.meta.year,
                "title": doc.meta.title,
                "pages": len(doc.pages),
                "source_format": doc.source_format,
                "detected": doc.meta.detected,
                "warnings": doc.warnings,
            }
            for doc in self.documents
        ]
        return {
            "schema": SCHEMA_ID,
            "generated_by": self.generated_by,
            "documents": documents,
            "sections": to_plain(self.sections),
            "statements": to_plain(self.statements),
            "links": to_plain(self.links),
            "lineage": to_plain(self.lineage),
            "coverage": to_plain(self.coverage),
            "views": self.views,
            "errors": [{"path": error.path, "problem": error.problem} for error in self.errors],
            "timings": {stage: round(seconds, 3) for stage, seconds in self.timings.items()},
        }


def default_store_dir(inputs: list[Path]) -> Path:
    """`.docanalysis/` next to the corpus: inside the first input folder, else beside the first file."""
    first = inputs[0]
    return (first if first.is_dir() else first.parent) / DEFAULT_DIRNAME


@contextmanager
def _timed(analysis: Analysis, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    analysis.timings[stage] = analysis.timings.get(stage, 0.0) + time.perf_counter() - start


def _no_progress(items: list[Any], _label: str) -> list[Any]:
    return items


def ingest(inputs: list[Path], store: Store | None, progress: ProgressFactory = _no_progress) -> tuple[list[Document], list[IngestError]]:
    """Read every input; bad files become errors, the others documents."""
    files, errors = collect_inputs(inputs)
    documents: list[Document] = []
    for item in progress(files, "extracting"):
        try:
            documents.append(load_document(item.path, item.manifest, store))
        except IngestError as exc:
            errors.append(exc)
    seen: dict[str, str] = {}
    for doc in documents:
        if doc.id in seen:
            errors.append(IngestError(doc.path, f"has the same name as {seen[doc.id]}; document ids must be unique, rename one"))
        seen.setdefault(doc.id, doc.path)
    documents = [doc for doc in documents if seen[doc.id] == doc.path]
    documents.sort(key=lambda doc: (doc.meta.organisation or "", doc.meta.year or 0, doc.id))
    return documents, errors


def run(
    inputs: list[Path],
    store_dir: Path | None = None,
    use_cache: bool = True,
    progress: ProgressFactory = _no_progress,
) -> Analysis:
    """Analyse the given files and folders: the whole pipeline."""
    from .coverage import check_coverage, unpaired_letters
    from .nlp import describe_pipeline, get_nlp
    from .segment import segment_document
    from .trace import trace

    analysis = Analysis()
    store = Store(store_dir or default_store_dir(inputs)) if use_cache else None
    try:
        with _timed(analysis, "ingest"):
            analysis.documents, analysis.errors = ingest(inputs, store, progress)
    finally:
        if store:
            store.close()
    if store and store.disabled:
        analysis.notes.append(store.disabled)
    with _timed(analysis, "nlp_load"):
        nlp = get_nlp()
    with _timed(analysis, "segment"):
        for doc in progress(analysis.documents, "segmenting"):
            sections, statements = segment_document(doc, nlp)
            analysis.sections.extend(sections)
            analysis.statements.extend(statements)
    with _timed(analysis, "trace"):
        analysis.links, analysis.lineage, views = trace(analysis.documents, analysis.statements)
        analysis.views.update(views)
    with _timed(analysis, "coverage"):
        analysis.coverage = check_coverage(analysis.documents, analysis.statements)
        unpaired = unpaired_letters(analysis.documents, analysis.statements)
        if unpaired:
            analysis.views["coverage_unpaired"] = unpaired
    from .similarity import describe_similarity

    analysis.generated_by = {"version": __version__, "nlp": describe_pipeline(nlp), "similarity": describe_similarity()}
    return analysis
