"""Which documents and statements take part in tracing, and in which order."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Document, Statement

TRACED_KINDS = ("goal", "commitment", "stop")
# A commissioning letter asks; its requests are not the organisation's own ambitions.
UNTRACED_DOC_TYPES = ("opdrachtbrief",)


@dataclass
class Plan:
    """One document of an organisation with its traceable statements (indexes into the run)."""

    document: Document
    statements: list[int] = field(default_factory=list)

    @property
    def year(self) -> int:
        return self.document.meta.year or 0


def plans_by_organisation(documents: list[Document], statements: list[Statement]) -> dict[str, list[Plan]]:
    """Organisation → its plans in year order; documents without organisation or year cannot be ordered."""
    plans: dict[str, Plan] = {}
    for doc in documents:
        if doc.meta.organisation and doc.meta.year and doc.meta.doc_type not in UNTRACED_DOC_TYPES:
            plans[doc.id] = Plan(doc)
    for number, statement in enumerate(statements):
        if statement.kind in TRACED_KINDS and statement.document_id in plans:
            plans[statement.document_id].statements.append(number)
    grouped: dict[str, list[Plan]] = defaultdict(list)
    for plan in plans.values():
        grouped[plan.document.meta.organisation or ""].append(plan)
    return {org: sorted(items, key=lambda plan: (plan.year, plan.document.id)) for org, items in sorted(grouped.items())}


def later_pairs(plans: list[Plan]) -> list[tuple[Plan, Plan]]:
    """Every (earlier, later) pair of plans with a strictly later year."""
    return [(a, b) for i, a in enumerate(plans) for b in plans[i + 1 :] if b.year > a.year]
