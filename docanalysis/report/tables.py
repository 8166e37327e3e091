"""One row per document, statement, link, lineage entry and coverage item.

Researchers filter these in pandas, Excel or their QDA package, so each row carries
the context it needs on its own (document, organisation, year, page, theme, both
texts of a link) instead of ids to join by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..model import Statement
from ..pipeline import Analysis
from .privacy import mask_contacts

TABLE_NAMES: tuple[str, ...] = ("documents", "statements", "links", "lineage", "coverage")

DOCUMENT_COLUMNS = ["document", "organisation", "doc_type", "year", "title", "pages", "statements", "source_format", "path"]
STATEMENT_COLUMNS = [
    "id", "document", "organisation", "doc_type", "year", "page", "section", "theme", "kind", "text",
    "deadline", "targets", "scope", "responsible", "places", "partners", "status", "confidence",
]
LINK_COLUMNS = [
    "source", "target", "relation", "score", "changes", "theme",
    "source_document", "source_year", "source_page", "source_text",
    "target_document", "target_year", "target_page", "target_text",
]
LINEAGE_COLUMNS = ["statement_id", "status", "document", "organisation", "year", "page", "theme", "kind", "text", "evidence", "evidence_text", "note"]
COVERAGE_COLUMNS = [
    "request_id", "letter_document", "request_page", "request_theme", "request_text",
    "answering_document", "status", "score", "evidence", "evidence_pages",
]
LIST_SEPARATOR = "; "


def _join(values: list[str]) -> str:
    return LIST_SEPARATOR.join(value for value in values if value)


def _masked(value: object) -> object:
    return mask_contacts(value) if isinstance(value, str) else value


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A frame with exactly these columns, also when there are no rows; contact details masked in every cell.

    Not only statement text: a letterhead line can end up as a section title or theme.
    """
    return pd.DataFrame(rows, columns=columns).map(_masked)


class _Lookup:
    """Statements and documents by id, for rows that describe one by the other."""

    def __init__(self, analysis: Analysis):
        self.statements = {statement.id: statement for statement in analysis.statements}
        self.documents = {document.id: document for document in analysis.documents}
        self.status = {entry.statement_id: entry.status for entry in analysis.lineage}

    def statement(self, statement_id: str) -> Statement | None:
        return self.statements.get(statement_id)

    def context(self, statement: Statement | None) -> dict:
        """Document, organisation, year, page and text of a statement (empty when unknown)."""
        if statement is None:
            return {"document": None, "organisation": None, "doc_type": None, "year": None, "page": None, "theme": None, "kind": None, "text": None}
        document = self.documents.get(statement.document_id)
        meta = document.meta if document else None
        return {
            "document": statement.document_id,
            "organisation": meta.organisation if meta else None,
            "doc_type": meta.doc_type if meta else None,
            "year": meta.year if meta else None,
            "page": statement.page,
            "theme": statement.theme,
            "kind": statement.kind,
            "text": statement.text,
        }


def documents_table(analysis: Analysis) -> pd.DataFrame:
    counts: dict[str, int] = {}
    for statement in analysis.statements:
        counts[statement.document_id] = counts.get(statement.document_id, 0) + 1
    rows = [
        {
            "document": doc.id,
            "organisation": doc.meta.organisation,
            "doc_type": doc.meta.doc_type,
            "year": doc.meta.year,
            "title": doc.meta.title,
            "pages": len(doc.pages),
            "statements": counts.get(doc.id, 0),
            "source_format": doc.source_format,
            "path": doc.path,
        }
        for doc in analysis.documents
    ]
    return _frame(rows, DOCUMENT_COLUMNS)


def statements_table(analysis: Analysis, lookup: _Lookup | None = None) -> pd.DataFrame:
    lookup = lookup or _Lookup(analysis)
    rows = []
    for statement in analysis.statements:
        rows.append(
            {
                "id": statement.id,
                **lookup.context(statement),
                "section": statement.section_title,
                "deadline": statement.deadline,
                "targets": _join([target.text for target in statement.targets]),
                "scope": statement.scope,
                "responsible": _join(statement.responsible),
                "places": _join(statement.places),
                "partners": _join(statement.partners),
                "status": lookup.status.get(statement.id),
                "confidence": statement.confidence,
            }
        )
    return _frame(rows, STATEMENT_COLUMNS)


def links_table(analysis: Analysis, lookup: _Lookup | None = None) -> pd.DataFrame:
    lookup = lookup or _Lookup(analysis)
    rows = []
    for link in analysis.links:
        source, target = (lookup.context(lookup.statement(ref)) for ref in (link.source, link.target))
        row = {"source": link.source, "target": link.target, "relation": link.relation, "score": link.score, "changes": _join(link.changes)}
        row["theme"] = target["theme"] or source["theme"]
        for prefix, side in (("source", source), ("target", target)):
            for key in ("document", "year", "page", "text"):
                row[f"{prefix}_{key}"] = side[key]
        rows.append(row)
    return _frame(rows, LINK_COLUMNS)


def lineage_table(analysis: Analysis, lookup: _Lookup | None = None) -> pd.DataFrame:
    lookup = lookup or _Lookup(analysis)
    rows = []
    for entry in analysis.lineage:
        context = lookup.context(lookup.statement(entry.statement_id))
        context.pop("doc_type")
        evidence_texts = [lookup.context(lookup.statement(ref))["text"] or "" for ref in entry.evidence]
        rows.append(
            {
                "statement_id": entry.statement_id,
                "status": entry.status,
                **context,
                "evidence": _join(entry.evidence),
                "evidence_text": " | ".join(text for text in evidence_texts if text),
                "note": entry.note,
            }
        )
    return _frame(rows, LINEAGE_COLUMNS)


def coverage_table(analysis: Analysis, lookup: _Lookup | None = None) -> pd.DataFrame:
    lookup = lookup or _Lookup(analysis)
    rows = []
    for item in analysis.coverage:
        request = lookup.context(lookup.statement(item.request_id))
        rows.append(
            {
                "request_id": item.request_id,
                "letter_document": request["document"],
                "request_page": request["page"],
                "request_theme": request["theme"],
                "request_text": request["text"],
                "answering_document": item.answering_document_id,
                "status": item.status,
                "score": item.score,
                "evidence": " | ".join(evidence.text for evidence in item.evidence),
                "evidence_pages": _join([str(evidence.page) for evidence in item.evidence if evidence.page is not None]),
            }
        )
    return _frame(rows, COVERAGE_COLUMNS)


def build_tables(analysis: Analysis) -> dict[str, pd.DataFrame]:
    """Every table by name, in `TABLE_NAMES` order."""
    lookup = _Lookup(analysis)
    return {
        "documents": documents_table(analysis),
        "statements": statements_table(analysis, lookup),
        "links": links_table(analysis, lookup),
        "lineage": lineage_table(analysis, lookup),
        "coverage": coverage_table(analysis, lookup),
    }


_FORMULA_START = ("=", "+", "-", "@")


def _as_text_in_excel(value: object) -> object:
    """Excel reads a CSV cell starting with = + - @ as a formula ("- zie bijlage" becomes #NAME?); a leading ' keeps it text."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """UTF-8 with a byte-order mark: without it Excel shows "ë" as "Ã«"."""
    frame.map(_as_text_in_excel).to_csv(path, index=False, encoding="utf-8-sig")
    return path


def _clean_cell(value: object) -> object:
    """Excel refuses control characters that PDF extraction sometimes leaves behind."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> Path:
    """One sheet per table, header row frozen, autofilter on, readable column widths."""
    from openpyxl.utils import get_column_letter

    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in tables.items():
            frame.map(_clean_cell).to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes = "A2"
            for row in sheet.iter_rows(min_row=2):
                for cell in row:
                    if cell.data_type == "f":  # openpyxl takes text starting with "=" for a formula; it is document text
                        cell.data_type = "s"
            sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, frame.shape[1]))}{frame.shape[0] + 1}"
            for index, column in enumerate(frame.columns, start=1):
                longest = max([len(str(column))] + [len(str(value)) for value in frame[column].head(200)])
                sheet.column_dimensions[get_column_letter(index)].width = min(60, max(8, longest + 2))
    return path


def write_tables(analysis: Analysis, out_dir: Path) -> dict[str, Path]:
    """statements/links/lineage/coverage as CSV, and every table in one workbook."""
    tables = build_tables(analysis)
    paths = {f"{name}.csv": write_csv(tables[name], out_dir / f"{name}.csv") for name in ("statements", "links", "lineage", "coverage")}
    paths["docanalysis.xlsx"] = write_xlsx(tables, out_dir / "docanalysis.xlsx")
    return paths
