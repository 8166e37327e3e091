"""Links: the same ambition in a later plan of the same organisation.

Every goal, commitment or stop of an earlier plan is compared with the statements
of each later plan: a sparse top-k search proposes candidates, a calibrated
logistic model over a few readable features decides. One earlier statement may
link to several later ones (an ambition split into actions). A second, lower
cut-off accepts only the best candidate of a statement in a later plan: enough
evidence that the work was carried on, too little to add more links.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import Link, Statement
from ..similarity import StatementIndex, pair_features
from .changes import ATTRIBUTE_LABELS, describe_changes
from .plans import Plan, later_pairs
from .thresholds import Thresholds


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
                features += [1.0 / (1 + rank), 1.0 if statements[target].kind == "stop" else 0.0, cosine / best, index.section_cosine(source, target), index.topic_cosine(source, target)]
                found.append(Candidate(source, target, features))
    return found


def find_links(plans: list[Plan], statements: list[Statement], index: StatementIndex, thresholds: Thresholds) -> list[Link]:
    """The accepted candidates as `Link`s; `recurs` when the wording stays close and no target, scope or deadline moved."""
    links = []
    for candidate in candidates(plans, statements, index, thresholds):
        probability = thresholds.probability(candidate.features)
        best_of_source = candidate.features[4] == 1.0
        if probability < thresholds.link_probability and not (best_of_source and probability >= thresholds.carried_probability):
            continue
        source, target = statements[candidate.source], statements[candidate.target]
        changes = describe_changes(source, target)
        cosine = candidate.features[0]
        recurs = cosine >= thresholds.recurs_cosine and target.kind != "stop" and not any(change.startswith(ATTRIBUTE_LABELS) for change in changes)
        links.append(Link(source.id, target.id, "recurs" if recurs else "changed", round(probability, 3), [] if recurs else changes))
    return links

