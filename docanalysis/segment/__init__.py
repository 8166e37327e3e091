"""Segment: a Document → sections (with themes) and statements (with attributes).

Stages: `sections` reads headings and labels; `requests` (coverage helper) takes
the letter text out and returns its requests; `statements` + `kinds` find the
document's own goals, commitments, stops and results; `attributes` fills
deadline, targets, scope, responsible, places and partners.
"""

from __future__ import annotations

from spacy.language import Language

from ..model import Document, Section, Statement
from .attributes import add_organisations, annotate
from .requests import extract_requests
from .sections import build_sections
from .statements import find_candidates, to_statements
from .themes import normalise_theme

__all__ = ["segment_document", "normalise_theme"]


def segment_document(document: Document, nlp: Language) -> tuple[list[Section], list[Statement]]:
    """Sections and statements of one document; statement ids are `<document id>:<nnn>` in reading order.

    The rules need only the sentence splitter and lemmatizer of `docanalysis.nlp`;
    a trained `nlp` (with an entity recogniser) adds the organisations it finds.
    """
    sections, contexts = build_sections(document)
    requests, letter_blocks = extract_requests(document)
    own = to_statements(document, contexts, find_candidates(document, contexts, letter_blocks))
    statements = requests + own
    for number, statement in enumerate(statements, start=1):
        statement.id = f"{document.id}:{number:03d}"
        annotate(statement, document.meta.year, document.meta.organisation)
        if statement.theme is None and statement.section_title:
            statement.theme = normalise_theme(statement.section_title)
    add_organisations(statements, nlp, document.meta.organisation)
    return sections, statements
