"""Trace ambitions across years: links, lineage, theme continuity.

Answers "we said this in 2021; where did it go?": per organisation, plans are
put in year order, earlier ambitions are linked to later statements (`links`),
each earlier ambition gets a status (`lineage`), and `views` holds the threads,
theme continuity and cross-organisation lines of work the report shows.
"""

from __future__ import annotations

from typing import Any

from ..model import Document, LineageEntry, Link, Statement
from ..report.labels import KIND, STATUS, label
from .lineage import build_lineage, stop_wordings
from .links import find_links, statement_index
from .plans import plans_by_organisation
from .thresholds import Thresholds, load_thresholds
from .umbrellas import Umbrellas
from .views import cross_organisation, themes, threads

SNIPPET = 90


def trace(
    documents: list[Document], statements: list[Statement], thresholds: Thresholds | None = None
) -> tuple[list[Link], list[LineageEntry], dict[str, Any]]:
    """Links, lineage and report views for all organisations in the run."""
    thresholds = thresholds or load_thresholds()
    grouped = plans_by_organisation(documents, statements)
    index = statement_index(documents, statements)
    umbrellas = Umbrellas(statements, index.texts)
    wordings = stop_wordings(documents, statements)
    links: list[Link] = []
    lineage: list[LineageEntry] = []
    views: dict[str, Any] = {"threads": [], "themes": {}, "cross_organisation": []}
    for organisation, plans in grouped.items():
        org_links = find_links(plans, statements, index, thresholds)
        org_lineage = build_lineage(plans, statements, org_links, thresholds.link_probability, umbrellas, wordings)
        links += org_links
        lineage += org_lineage
        views["threads"] += threads(organisation, plans, statements, org_links, org_lineage)
        views["themes"][organisation] = themes(plans, statements)
    views["cross_organisation"] = cross_organisation(grouped, statements, index)
    return links, lineage, views


def format_threads(analysis: Any) -> str:
    """The threads as plain text for `docanalysis trace`: one block per ambition, year by year.

    Statuses and kinds use the report's Dutch words, so terminal and report read alike.
    """
    by_id = {statement.id: statement for statement in analysis.statements}
    year_of = {doc.id: doc.meta.year for doc in analysis.documents}
    lineage = {entry.statement_id: entry for entry in analysis.lineage}
    threads_view = analysis.views.get("threads", [])
    if not threads_view:
        return "Geen ambities over de jaren te volgen (nodig: twee of meer gedateerde plannen van één organisatie)."
    lines = []
    for thread in threads_view:
        skipped = f", afwezig in {', '.join(map(str, thread['skipped_years']))}" if thread["skipped_years"] else ""
        lines.append(f"[{thread['organisation']}] {thread['theme'] or '(geen thema)'}: {label(STATUS, thread['status'])}{skipped}")
        for sid in thread["statements"]:
            statement = by_id[sid]
            text = statement.text if len(statement.text) <= SNIPPET else statement.text[: SNIPPET - 1] + "…"
            lines.append(f"  {year_of.get(statement.document_id) or '????'}  {label(KIND, statement.kind):10} {text}  [{sid}]")
        note = lineage.get(thread["statements"][0])
        if note and note.note:
            lines.append(f"  → {note.note}")
        lines.append("")
    counts: dict[str, int] = {}
    for entry in analysis.lineage:
        counts[entry.status] = counts.get(entry.status, 0) + 1
    lines.append("Verloop: " + ", ".join(f"{label(STATUS, status)} {count}" for status, count in sorted(counts.items())))
    return "\n".join(lines)
