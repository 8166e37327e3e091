"""Documents written for the segmentation tests (not copied from the corpus)."""

from __future__ import annotations

from docanalysis.ingest.text import read_text
from docanalysis.model import Document, DocumentMeta
from docanalysis.nlp import get_nlp
from docanalysis.segment import segment_document


def make_document(text: str, doc_type: str = "jaarplan", year: int = 2026, organisation: str = "Buurtteam Oost") -> Document:
    return Document(
        id="test-plan",
        path="test-plan.txt",
        sha256="0" * 64,
        pages=read_text(text.encode("utf-8")),
        meta=DocumentMeta(organisation=organisation, doc_type=doc_type, year=year),
    )


def segment_text(text: str, **meta):
    return segment_document(make_document(text, **meta), get_nlp())
