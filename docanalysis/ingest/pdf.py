"""PDF extraction with pdfplumber: characters → words → lines → blocks.

Placeholder until the layout analysis lands: plain text per page.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber

from ..errors import IngestError
from ..model import Page
from .text import text_to_blocks


def read_pdf(path: Path, data: bytes) -> list[Page]:
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for number, page in enumerate(pdf.pages, start=1):
                text = page.extract_text() or ""
                pages.append(Page(number=number, blocks=text_to_blocks(text, page=number), text_layer=bool(text.strip())))
            return pages
    except Exception as exc:  # pdfminer raises many types for broken files
        raise IngestError(path, f"not a readable PDF ({exc.__class__.__name__})") from exc
