"""Which system statement is which gold statement.

The rule of the gold README: a system statement matches a gold statement when its
text contains the gold quote (after collapsing whitespace and line-end
hyphenation), or when `rapidfuzz.fuzz.partial_ratio` of the two is at least 85.

One guard is stricter than that rule: partial_ratio aligns the shorter string
inside the longer, so a system fragment of a few words would "match" any gold
quote that contains it. A system text shorter than 60% of the quote therefore
only matches by containment, never by the fuzzy score.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz, process

MATCH_THRESHOLD = 85.0
MIN_FRAGMENT_SHARE = 0.6


def normalise(text: str) -> str:
    text = text.replace("\u00ad", "")
    text = re.sub(r"(?<=[a-zà-ÿ])-\s+(?!(?:en|of|tot)\b)(?=[a-zà-ÿ])", "", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def match_matrix(gold_quotes: list[str], system_texts: list[str]):
    """partial_ratio scores, gold × system, with exact containment as 100."""
    gold_norm = [normalise(quote) for quote in gold_quotes]
    system_norm = [normalise(text) for text in system_texts]
    scores = process.cdist(gold_norm, system_norm, scorer=fuzz.partial_ratio, workers=-1)
    for i, quote in enumerate(gold_norm):
        for j, text in enumerate(system_norm):
            if quote in text:
                scores[i, j] = 100.0
            elif len(text) < MIN_FRAGMENT_SHARE * len(quote):
                scores[i, j] = 0.0
    return scores


def match_statements(gold: list[dict], system: list[dict]) -> dict[str, list[tuple[str, float]]]:
    """For each gold id, the matching system statements of the same document, best first."""
    matches: dict[str, list[tuple[str, float]]] = defaultdict(list)
    by_doc_gold: dict[str, list[dict]] = defaultdict(list)
    by_doc_system: dict[str, list[dict]] = defaultdict(list)
    for row in gold:
        by_doc_gold[row["doc"]].append(row)
    for row in system:
        by_doc_system[row["document_id"]].append(row)
    for doc, gold_rows in by_doc_gold.items():
        system_rows = by_doc_system.get(doc, [])
        if not system_rows:
            continue
        scores = match_matrix([row["quote"] for row in gold_rows], [row["text"] for row in system_rows])
        for i, gold_row in enumerate(gold_rows):
            found = [(system_rows[j]["id"], float(scores[i, j])) for j in range(len(system_rows)) if scores[i, j] >= MATCH_THRESHOLD]
            found.sort(key=lambda pair: -pair[1])
            if found:
                matches[gold_row["id"]] = found
    return matches
