"""Links: the same ambition in a later plan of the same organisation.

Every goal, commitment or stop of an earlier plan is compared with the statements
of each later plan: a sparse top-k search proposes candidates, a calibrated
logistic model over a few readable features decides. One earlier statement may
link to several later ones (an ambition split into actions). A statement the
model leaves unlinked keeps its closest successor from a plain cosine cut-off on:
whether an ambition was carried on at all is a question about that one successor,
which the cosine ranks better than the pair model (calibrated on lineage
accuracy, see models/trace_thresholds.md).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Document, Link, Statement
from ..similarity import StatementIndex, pair_features
from .abbreviations import document_abbreviations, expand
from .changes import ATTRIBUTE_LABELS, describe_changes
from .plans import Plan, later_pairs
from .thresholds import Thresholds


def statement_index(documents: list[Document], statements: list[Statement]) -> StatementIndex:
    """The run's statements encoded with the abbreviations their documents define written out."""
    table = document_abbreviations(documents)
    return StatementIndex(statements, texts=[expand(statement.text, table) for statement in statements])


@dataclass
class Candidate:
    source: int
    target: int
    features: list[float]


def candidates(plans: list[Plan], statements: list[Statement], index: StatementIndex, thresholds: Thresholds) -> list[Candidate]:
    """Top-k candidate pairs for every (earlier, later) plan pair, with their link features."""
    found: list[Candidate] = []
    for earlier, later in later_pairs(plans):
        pairs = index.candidates(earlier.statements, later.statements, thresholds.top_k, thresholds.min_cosine)
        ranked: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for source, target, cosine in pairs:
            ranked[source].append((target, cosine))
        for source, options in ranked.items():
            options.sort(key=lambda option: -option[1])
            best = options[0][1]
            for rank, (target, cosine) in enumerate(options):
                features = pair_features(statements[source], statements[target], cosine).as_list()
                features += [1.0 / (1 + rank), 1.0 if statements[target].kind == "stop" else 0.0, cosine / best, index.section_cosine(source, target), index.topic_cosine(source, target), 1.0 / (1 + index.section_rank(source, target))]
                found.append(Candidate(source, target, features))
    return found


def accepted(found: list[Candidate], thresholds: Thresholds) -> list[tuple[Candidate, float]]:
    """Candidates the link model accepts, plus the closest successor of each statement it left unlinked.

    That one extra link (cosine ≥ `carried_cosine`, any later plan) says the work was
    carried on; it is added only where nothing else links, so a loose resemblance in
    the newest plan never hides a clear successor in an earlier one.
    """
    scored = list(zip(found, thresholds.probabilities([candidate.features for candidate in found])))
    chosen = [(candidate, probability) for candidate, probability in scored if probability >= thresholds.link_probability]
    linked = {candidate.source for candidate, _ in chosen}
    closest: dict[int, tuple[Candidate, float]] = {}
    for candidate, probability in scored:
        if candidate.source in linked or candidate.features[0] < thresholds.carried_cosine:
            continue
        if candidate.source not in closest or candidate.features[0] > closest[candidate.source][0].features[0]:
            closest[candidate.source] = (candidate, probability)
    return chosen + list(closest.values())


def find_links(plans: list[Plan], statements: list[Statement], index: StatementIndex, thresholds: Thresholds) -> list[Link]:
    """The accepted candidates as `Link`s; `recurs` when the wording stays close and no target, scope or deadline moved."""
    links = []
    year_of = {i: plan.year for plan in plans for i in plan.statements}
    for candidate, probability in accepted(candidates(plans, statements, index, thresholds), thresholds):
        source, target = statements[candidate.source], statements[candidate.target]
        changes = describe_changes(source, target, (year_of[candidate.source], year_of[candidate.target]))
        recurs = candidate.features[0] >= thresholds.recurs_cosine and target.kind != "stop" and not any(change.startswith(ATTRIBUTE_LABELS) for change in changes)
        links.append(Link(source.id, target.id, "recurs" if recurs else "changed", round(probability, 3), [] if recurs else changes))
    return links
