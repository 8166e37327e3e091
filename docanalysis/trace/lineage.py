"""Lineage: what became of each ambition of an earlier plan.

The latest status that applies wins: an ambition carried on in 2023 and put on the
2025 "continue, do not intensify" list is `deprioritised`. A stop statement
reaches an earlier ambition in two ways: through a confident direct link, or as
an umbrella that names the ambition's whole theme ("We continueren onze inzet op
Bestaanszekerheid, we intensiveren deze niet") or the work it is about ("onze
inzet bij de huisartsen"; see `umbrellas`).
Without any of that the ambition `disappeared`; `recurs` needs a link that says so.
Notes are Dutch: the report shows them as written.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document, LineageEntry, Link, Statement
from ..segment.sections import build_sections
from .plans import Plan
from .umbrellas import Umbrellas

# Wording that ends work rather than freezing it.
_DROP = re.compile(r"\b(stopp?en|stopt|beëindig\w*|afbouwen|bouwen\b.{0,40}\baf\b|niet langer|niet meer (aan)?bieden|schrappen)\b", re.IGNORECASE)


def stop_wordings(documents: list[Document], statements: list[Statement]) -> dict[str, str]:
    """Each stop's text preceded by the label of the list it stands in.

    A stop list says what it does once, in its label ("We stoppen met:", "We
    continueren, maar intensiveren niet:"); its items name only the work.
    """
    stops_of: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        if statement.kind == "stop":
            stops_of[statement.document_id].append(statement)
    wordings = {}
    for document in documents:
        if not stops_of.get(document.id):
            continue
        _, contexts = build_sections(document)
        for block, context in zip(document.blocks, contexts):
            for stop in stops_of[document.id]:
                if context.label and stop.page == block.page and stop.text[:60] in block.text:
                    wordings.setdefault(stop.id, f"{context.label}: {stop.text}")
    return wordings


def _descendants(start: str, outgoing: dict[str, list[Link]]) -> list[Link]:
    """Every link reachable from `start`, following later statements onwards."""
    seen: set[str] = set()
    found: list[Link] = []
    queue = [start]
    while queue:
        current = queue.pop()
        for link in outgoing.get(current, []):
            found.append(link)
            if link.target not in seen:
                seen.add(link.target)
                queue.append(link.target)
    return found


def _stop_links(links: list[Link], by_id: dict[str, Statement], confident: float) -> list[str]:
    """Stops a statement links to confidently, each the strongest link into its plan.

    A plan that carries the work on in one place and lists a look-alike under
    "We stoppen met" in another ("De training op de basisscholen" for "een vaste
    jeugdprofessional op elke school") has not stopped it: the closer successor decides.
    """
    strongest: dict[str, float] = defaultdict(float)
    for link in links:
        document = by_id[link.target].document_id
        strongest[document] = max(strongest[document], link.score)
    return [
        link.target
        for link in links
        if link.score >= confident and by_id[link.target].kind == "stop" and link.score >= strongest[by_id[link.target].document_id]
    ]


def _status_of(statement: Statement, reached: list[Link], stops: list[Statement], year_of: dict[str, int], years: list[int], wordings: dict[str, str]) -> LineageEntry:
    if stops:
        dropped = [stop for stop in stops if _DROP.search(wordings.get(stop.id, stop.text))]
        chosen = dropped or stops
        wording = "stopt dit werk" if dropped else "zet dit werk voort zonder te intensiveren"
        return LineageEntry(statement.id, "dropped" if dropped else "deprioritised", [stop.id for stop in chosen], f"een later plan {wording}")
    if not reached:
        return LineageEntry(statement.id, "disappeared", [], "geen later plan zet het voort of zegt dat het stopt")
    latest = max(year_of[link.target] for link in reached)
    last = [link for link in reached if year_of[link.target] == latest]
    status = "recurs" if any(link.relation == "recurs" for link in last) else "changed"
    best = max(last, key=lambda link: link.score)
    present = {year_of[link.target] for link in reached}
    absent = [year for year in years if year_of[statement.id] < year < latest and year not in present]
    gap = [f"afwezig in {', '.join(map(str, absent))}, terug in {latest}"] if absent else []
    return LineageEntry(statement.id, status, [link.target for link in last], "; ".join(gap + best.changes) or None)


def build_lineage(
    plans: list[Plan], statements: list[Statement], links: list[Link], confident: float, umbrellas: Umbrellas | None = None, wordings: dict[str, str] | None = None
) -> list[LineageEntry]:
    """A lineage entry for every traced statement: earlier plans judged, later ones `new` when unlinked.

    A stop applies through a confident direct link (score ≥ `confident`) that is the
    statement's strongest into that plan, or as an umbrella over a theme or a named
    line of work (`umbrellas`, built once per run; by default from the statements'
    own texts). Whether a stop ends or freezes the work is read from its
    `wordings` (its text with the list label it stands under, "We stoppen met").
    Weak or indirect links never put an ambition on a stop list: a chain of
    loose resemblances would otherwise deprioritise half a plan.
    """
    by_id = {statement.id: statement for statement in statements}
    umbrellas = umbrellas or Umbrellas(statements, [statement.text for statement in statements])
    year_of = {statements[i].id: plan.year for plan in plans for i in plan.statements}
    outgoing: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        outgoing[link.source].append(link)
    linked_targets = {link.target for link in links}
    first_year = plans[0].year if plans else 0
    years = sorted({plan.year for plan in plans})
    last_year = plans[-1].year if plans else 0
    entries = []
    for plan in plans:
        later_stops = [statements[i] for later in plans if later.year > plan.year for i in later.statements if statements[i].kind == "stop"]
        for i in plan.statements:
            statement = statements[i]
            if plan.year == last_year:
                if plan.year > first_year and statement.id not in linked_targets:
                    entries.append(LineageEntry(statement.id, "new", [], "geen eerder plan heeft deze ambitie"))
                continue
            reached = _descendants(statement.id, outgoing)
            stops = {sid: by_id[sid] for sid in _stop_links(outgoing.get(statement.id, []), by_id, confident)}
            stops.update({stop.id: stop for stop in umbrellas.covering(statement, later_stops)})
            entry = _status_of(statement, reached, list(stops.values()), year_of, years, wordings or {})
            if plan.year > first_year and statement.id not in linked_targets:
                entry.note = f"nieuw in {plan.year}; {entry.note}" if entry.note else f"nieuw in {plan.year}"
            entries.append(entry)
    return entries
