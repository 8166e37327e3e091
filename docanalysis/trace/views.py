"""Views for the report: threads across years, theme continuity, lines of work shared by organisations."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..model import LineageEntry, Link, Statement
from ..similarity import StatementIndex, content_lemmas, content_words, normalise_theme, theme_similarity
from .plans import Plan

THEME_MERGE = 0.8
# A shared line of work: close in words and topics (mean of both cosines), naming at least two of the same things.
CROSS_MIN_COSINE = 0.1
CROSS_MIN_SCORE = 0.3
CROSS_MIN_SHARED = 2
CROSS_TOP_K = 3
CROSS_MAX_ITEMS = 40


def threads(organisation: str, plans: list[Plan], statements: list[Statement], links: list[Link], lineage: list[LineageEntry]) -> list[dict[str, Any]]:
    """One thread per root ambition (no ancestor): the root and every statement reached from it."""
    year_of = {statements[i].id: plan.year for plan in plans for i in plan.statements}
    status_of = {entry.statement_id: entry.status for entry in lineage}
    outgoing: dict[str, list[str]] = defaultdict(list)
    for link in links:
        if link.source in year_of:
            outgoing[link.source].append(link.target)
    has_parent = {link.target for link in links}
    years = [plan.year for plan in plans]
    by_id = {statement.id: statement for statement in statements}
    found = []
    for root in (sid for sid in year_of if sid in outgoing and sid not in has_parent):
        members, queue = {root}, [root]
        while queue:
            for target in outgoing.get(queue.pop(), []):
                if target not in members:
                    members.add(target)
                    queue.append(target)
        ordered = sorted(members, key=lambda sid: (year_of[sid], sid))
        present = sorted({year_of[sid] for sid in ordered})
        skipped = [year for year in years if present[0] < year < present[-1] and year not in present]
        root_statement = by_id[root]
        found.append(
            {
                "id": f"thread-{len(found) + 1}-{organisation}".replace(" ", "_"),
                "organisation": organisation,
                "theme": root_statement.theme,
                "statements": ordered,
                "years": present,
                "status": status_of.get(root, "new"),
                "skipped_years": skipped,
            }
        )
    return found


def _canonical_themes(themes_by_year: list[tuple[int, str]]) -> dict[str, str]:
    """Theme → the earliest near-identical name, so "Toegankelijkheid" and "Toegankelijke hulp" stay apart but "Gelijke Kansen"/"Gelijke kansen" merge."""
    canonical: dict[str, str] = {}
    seen: list[str] = []
    for _, theme in sorted(themes_by_year):
        match = next((known for known in seen if theme_similarity(known, theme) >= THEME_MERGE), None)
        if match is None:
            seen.append(theme)
        canonical[theme] = match or theme
    return canonical


def themes(plans: list[Plan], statements: list[Statement]) -> dict[str, Any]:
    """Which themes appear in which year, which vanished and which appeared."""
    years = [plan.year for plan in plans]
    display: dict[str, str] = {}
    pairs = []
    for plan in plans:
        for i in plan.statements:
            key = normalise_theme(statements[i].theme)
            if key:
                display.setdefault(key, (statements[i].theme or "").strip())
                pairs.append((plan.year, key))
    canonical = _canonical_themes(pairs)
    present: dict[str, set[int]] = defaultdict(set)
    for year, key in pairs:
        present[display[canonical[key]]].add(year)
    return {
        "years": years,
        "themes": {theme: sorted(found) for theme, found in sorted(present.items())},
        "vanished": [{"theme": theme, "last_year": max(found)} for theme, found in sorted(present.items()) if max(found) < years[-1]],
        "appeared": [{"theme": theme, "first_year": min(found)} for theme, found in sorted(present.items()) if min(found) > years[0]],
    }


def cross_organisation(plans_by_org: dict[str, list[Plan]], statements: list[Statement], index: StatementIndex) -> list[dict[str, Any]]:
    """Ambitions of different organisations in the same year that share a line of work."""
    by_year: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for organisation, plans in plans_by_org.items():
        for plan in plans:
            by_year[plan.year][organisation].extend(plan.statements)
    found = []
    for year, orgs in sorted(by_year.items()):
        names = sorted(orgs)
        for i, org_a in enumerate(names):
            for org_b in names[i + 1 :]:
                for a, b, cosine in index.candidates(orgs[org_a], orgs[org_b], CROSS_TOP_K, CROSS_MIN_COSINE):
                    score = (cosine + index.topic_cosine(a, b)) / 2
                    other = set(content_lemmas(statements[b].text))
                    shared = list(dict.fromkeys(word for word, lemma in content_words(statements[a].text) if lemma in other))
                    if score >= CROSS_MIN_SCORE and len(shared) >= CROSS_MIN_SHARED:
                        found.append({"year": year, "label": ", ".join(shared[:4]), "organisations": [org_a, org_b], "statements": [statements[a].id, statements[b].id], "score": round(score, 3)})
    found.sort(key=lambda item: -item["score"])
    return found[:CROSS_MAX_ITEMS]
