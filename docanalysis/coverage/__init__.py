"""Coverage: does a plan answer every request of its commissioning letter?

This module pairs letters with the documents that answer them and runs the
`coverage` command; `judge` holds how one request is judged against one
document, and `terms` which words of a request carry its subject.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..errors import DocanalysisError
from ..model import CoverageItem, Document, Evidence, Statement
from ..report.labels import STATUS, label
from ..resources import load_json
from .judge import THRESHOLDS_FILE, Judgement, Passage, PassageIndex, answering_passages, load_thresholds, status_of

__all__ = [
    "THRESHOLDS_FILE",
    "Judgement",
    "Passage",
    "PassageIndex",
    "answering_passages",
    "check_coverage",
    "load_thresholds",
    "pair_letters",
    "run_coverage_command",
    "status_of",
    "unpaired_letters",
]

ANSWERING_TYPES = ("jaarplan", "halfjaarrapportage", "jaarverslag", "vooruitblik")
_WORD = re.compile(r"[a-zà-ÿ]+", re.I)


def _names_of(organisation: str | None) -> frozenset[str]:
    """The words naming the addressee ("Lokalis"): every passage of its own plan is about it."""
    names = {organisation or ""}
    for known in load_json("organisations.json"):
        if known["name"] == organisation:
            names.update(known["aliases"])
    return frozenset(word.lower() for name in names for word in _WORD.findall(name))


def _letter_head(document: Document) -> str:
    blocks = document.blocks
    end = next((i for i, block in enumerate(blocks[:60]) if re.match(r"\s*(Geachte|Beste)\b", block.text)), min(len(blocks), 20))
    return "\n".join(block.text for block in blocks[:end])


def addressee(document: Document) -> str | None:
    """The organisation a letter is addressed to: a known name in its letterhead other than the sender."""
    head = _letter_head(document)
    for known in load_json("organisations.json"):
        if known["name"] == document.meta.organisation:
            continue
        if any(re.search(rf"\b{re.escape(alias)}\b", head) for alias in known["aliases"]):
            return known["name"]
    stichting = re.search(r"\bStichting\s+([A-Z][\w\-]+)", head)
    return stichting.group(1) if stichting else None


def pair_letters(documents: list[Document], statements: list[Statement]) -> tuple[dict[str, list[str]], list[str]]:
    """Letters → the documents answering them, and the letters nothing answers.

    A plan that summarises its own letter answers it itself; a stand-alone letter
    is answered by its addressee's plans and reports of the year it asks about.
    """
    with_requests = {s.document_id for s in statements if s.kind == "request"}
    pairs: dict[str, list[str]] = {}
    unpaired: list[str] = []
    for letter in documents:
        if letter.id not in with_requests:
            continue
        if letter.meta.doc_type in ANSWERING_TYPES:
            pairs[letter.id] = [letter.id]
            continue
        to = (addressee(letter) or "").casefold()
        answering = [
            doc.id
            for doc in documents
            if doc.id != letter.id
            and doc.meta.doc_type in ANSWERING_TYPES
            and (doc.meta.organisation or "").casefold() == to
            and doc.meta.year == letter.meta.year
        ]
        if answering and to:
            pairs[letter.id] = answering
        else:
            unpaired.append(letter.id)
    return pairs, unpaired


def check_coverage(
    documents: list[Document], statements: list[Statement], pairs: dict[str, list[str]] | None = None
) -> list[CoverageItem]:
    """One item per request and answering document: answered, partial or missing, with evidence."""
    if pairs is None:
        pairs, _ = pair_letters(documents, statements)
    by_id = {doc.id: doc for doc in documents}
    thresholds = load_thresholds()
    items: list[CoverageItem] = []
    for letter_id, answering_ids in pairs.items():
        requests = [s for s in statements if s.document_id == letter_id and s.kind == "request"]
        for answering_id in answering_ids:
            answering = by_id[answering_id]
            index = PassageIndex(answering_passages(answering, statements))
            ignore = _names_of(answering.meta.organisation)
            for request in requests:
                judgement = index.judge(request, ignore)
                items.append(
                    CoverageItem(
                        request_id=request.id,
                        answering_document_id=answering_id,
                        status=status_of(judgement.score, thresholds, judgement.parts_absent, judgement.absent),
                        score=judgement.score,
                        evidence=[Evidence(p.text, p.statement_id, p.page, round(s, 3)) for p, s in judgement.evidence],
                    )
                )
    return items


def unpaired_letters(documents: list[Document], statements: list[Statement]) -> list[str]:
    """Ids of letters whose requests no document of the run answers (for the report to say so)."""
    return pair_letters(documents, statements)[1]


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_table(items: list[CoverageItem], requests: list[Statement]) -> str:
    """The terminal table: request, status, page of the best evidence; then the totals (the report's Dutch words)."""
    text_of = {request.id: request.text for request in requests}
    lines = [f"{'verzoek':64} {'status':12} {'pagina':>6}"]
    for item in items:
        page = item.evidence[0].page if item.evidence and item.status != "missing" else None
        lines.append(f"{_shorten(text_of.get(item.request_id, item.request_id), 64):64} {label(STATUS, item.status):12} {page if page is not None else '-':>6}")
    counts = {status: sum(item.status == status for item in items) for status in ("answered", "partial", "missing")}
    totals = " / ".join(f"{counts[status]} {label(STATUS, status)}" for status in counts)
    lines.append(f"{totals} van {len(items)} verzoeken")
    return "\n".join(lines)


def run_coverage_command(letter: Path, plans: list[Path], store_dir: Path | None = None, use_cache: bool = True) -> int:
    """`docanalysis coverage BRIEF PLAN [PLAN ...]`: the table for one letter against the given documents.

    PLAN may be files or folders. Among them, the addressee's plans and reports of
    the year the letter asks about answer it; when the letter's addressee or year
    cannot be read, every given document does. A letter nothing answers is an
    error with the reason, not an empty table.
    """
    from ..nlp import get_nlp
    from ..pipeline import default_store_dir, ingest
    from ..segment import segment_document
    from ..store import Store

    store = Store(store_dir or default_store_dir([letter])) if use_cache else None
    try:
        letters, errors = ingest([letter], store)
        if errors:
            raise errors[0]
        candidates, errors = ingest(plans, store)
    finally:
        if store:
            store.close()
    for error in errors:
        print(f"skipped {error.path}: {error.problem}", file=sys.stderr)
    brief = letters[0]
    candidates = [doc for doc in candidates if doc.id != brief.id]
    nlp = get_nlp()
    statements = [s for doc in [brief, *candidates] for s in segment_document(doc, nlp)[1]]
    requests = [s for s in statements if s.document_id == brief.id and s.kind == "request"]
    if not requests:
        raise DocanalysisError(f"{letter}: no requests found; it does not read as a commissioning letter or a plan with a letter summary")
    pairs, _ = pair_letters([brief, *candidates], statements)
    answering = pairs.get(brief.id) or ([doc.id for doc in candidates] if not (addressee(brief) and brief.meta.year) else [])
    if not answering:
        given = ", ".join(f"{doc.id} ({doc.meta.organisation}, {doc.meta.year})" for doc in candidates) or "none readable"
        print(
            f"docanalysis: {letter}: no plan or report of {addressee(brief)} for {brief.meta.year} among the given documents: {given}",
            file=sys.stderr,
        )
        return 1
    items = check_coverage([brief, *candidates], statements, {brief.id: answering})
    for answering_id in answering:
        print(f"{brief.id} → {answering_id}")
        print(format_table([item for item in items if item.answering_document_id == answering_id], requests))
    return 1 if errors else 0
