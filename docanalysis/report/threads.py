"""The threads the report draws: from trace's `views["threads"]`, or rebuilt from links.

Trace publishes threads as a view; an analysis.json written by an older version, or a
run whose trace found nothing to group, has only links and lineage. The report then
still shows each chain of linked statements, and every ambition whose lineage says
it stopped or disappeared, so nothing the analysis knows is hidden from the reader.
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Analysis

Thread = dict[str, Any]


def report_threads(analysis: Analysis) -> list[Thread]:
    threads = analysis.views.get("threads") if analysis.views else None
    if threads:
        return [thread for thread in threads if thread.get("statements")]
    return threads_from_links(analysis)


def threads_from_links(analysis: Analysis) -> list[Thread]:
    """Connected chains of links, plus unlinked statements with a telling lineage status."""
    by_id = {statement.id: statement for statement in analysis.statements}
    known = set(by_id)
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for link in analysis.links:
        if link.source in known and link.target in known:
            parent.setdefault(link.source, link.source)
            parent.setdefault(link.target, link.target)
            parent[root(link.target)] = root(link.source)
    status = {entry.statement_id: entry.status for entry in analysis.lineage}
    groups: dict[str, list[str]] = {}
    for node in parent:
        groups.setdefault(root(node), []).append(node)
    for statement_id, lineage_status in status.items():
        if statement_id in known and statement_id not in parent and lineage_status in ("dropped", "deprioritised", "disappeared"):
            groups[statement_id] = [statement_id]
    doc_years = {document.id: document.meta.year for document in analysis.documents}

    def year(ref: str) -> int:
        return doc_years.get(by_id[ref].document_id) or 0

    organisations = {document.id: document.meta.organisation for document in analysis.documents}
    threads = []
    for number, members in enumerate(groups.values(), start=1):
        members.sort(key=lambda ref: (year(ref), ref))
        first = by_id[members[0]]
        # The thread's fate is what became of its latest statement that has a lineage verdict.
        verdicts = [status[ref] for ref in members if ref in status]
        threads.append(
            {
                "id": f"t{number}",
                "organisation": organisations.get(first.document_id),
                "theme": next((by_id[ref].theme for ref in reversed(members) if by_id[ref].theme), None),
                "statements": members,
                "years": sorted({year(ref) for ref in members}),
                "status": verdicts[-1] if verdicts else "recurs",
                "skipped_years": [],
            }
        )
    return threads
