"""Segment: a Document → sections (with themes) and statements (with attributes).

Baseline: headings open sections; sentences that start with "We"/"Wij" are
commitments. To be replaced by the real segmenter.
"""

from __future__ import annotations

import re

from spacy.language import Language

from ..model import Document, Section, Statement

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def segment_document(document: Document, nlp: Language) -> tuple[list[Section], list[Statement]]:
    sections: list[Section] = []
    statements: list[Statement] = []
    section: Section | None = None
    for block in document.blocks:
        if block.kind == "heading":
            section = Section(id=f"{document.id}#s{len(sections) + 1}", document_id=document.id, title=block.text, page=block.page)
            sections.append(section)
            continue
        for sentence in _SENTENCE.split(block.text):
            if re.match(r"(We|Wij)\s", sentence):
                statements.append(
                    Statement(
                        id=f"{document.id}#{len(statements) + 1}",
                        document_id=document.id,
                        kind="commitment",
                        text=sentence,
                        page=block.page,
                        theme=section.title if section else None,
                        section_id=section.id if section else None,
                    )
                )
    return sections, statements
