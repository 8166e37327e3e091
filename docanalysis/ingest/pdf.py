"""PDF extraction with pdfplumber: characters → words → lines → blocks.

Each page is read once (`extract_words` with font name and size, one
`find_tables` where the page draws lines or boxes) and reduced to lines and tables
in reading order (`pdf_layout`, `pdf_tables`). Only then, with every page seen,
running headers and footers are told apart by repetition (`pdf_furniture`) and
the document's body font decides headings (`pdf_blocks`). Pages are released
after reading, so a long PDF never holds all its characters in memory.

Broken files become one `IngestError` line: not a PDF, encrypted, corrupt or
truncated, too many pages. A page that fails on its own is skipped with a warning.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfplumber.utils.exceptions import PdfminerException

from ..errors import IngestError
from ..model import Page
from .pdf_blocks import Style, document_blocks
from .pdf_furniture import running_keys, strip_furniture
from .pdf_layout import Line, PageLayout, Table, find_regions, region_lines
from .pdf_tables import ruled_tables, unruled_table

MAX_PAGES = 2000
"""More pages than this is refused: a scanned archive or a merged dump, not one document."""
WORD_OPTIONS = {"extra_attrs": ["fontname", "size"], "keep_blank_chars": False, "use_text_flow": False, "x_tolerance_ratio": 0.2}
_OTHER_FORMATS = {b"PK": "a ZIP or Office file (.docx?)", b"<": "an HTML or XML file", b"\xd0\xcf": "an old Office file (.doc?)", b"{\\rtf": "an RTF file"}


def analyse_page(page, number: int) -> PageLayout:
    """One page as lines and tables in reading order (geometry, not drawing order)."""
    words = page.extract_words(**WORD_OPTIONS)
    layout = PageLayout(number=number, height=float(page.height), text_layer=bool(words))
    if not words:
        return layout
    tables = ruled_tables(page) if page.rects or page.lines else []
    words = [word for word in words if not any(table.holds(word) for table in tables)]
    barriers = [edge for table in tables for edge in (table.bbox[1], table.bbox[3])]
    placed: list[tuple[float, list[Line | Table]]] = [(table.top, [table]) for table in tables]
    for index, region in enumerate(find_regions(words, barriers)):
        table = unruled_table(region)
        placed.append((region.top, [table] if table else region_lines(region, index)))
    for _top, items in sorted(placed, key=lambda pair: pair[0]):
        layout.items.extend(items)
    return layout


def _problem(exc: BaseException) -> str:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return "encrypted PDF: remove the password (e.g. `qpdf --decrypt in.pdf out.pdf`) and try again"
    return f"corrupt or truncated PDF ({cause.__class__.__name__}: {str(cause)[:80] or 'no detail'})"


def _check_header(path: Path, data: bytes) -> None:
    if not data:
        raise IngestError(path, "empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        kind = next((name for magic, name in _OTHER_FORMATS.items() if data.lstrip().startswith(magic)), None)
        raise IngestError(path, f"not a PDF (no %PDF- header{'; it looks like ' + kind if kind else ''})")


def _page_count(pdf: pdfplumber.PDF) -> int | None:
    """The page count from the page tree, without creating page objects."""
    try:
        return int(resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"]))
    except Exception:  # a damaged page tree: pdfminer falls back to scanning objects
        return None


def _read_layouts(path: Path, pdf: pdfplumber.PDF, max_pages: int, warnings: list[str]) -> list[PageLayout]:
    count = _page_count(pdf)
    if count is not None and count > max_pages:
        raise IngestError(path, f"{count} pages, more than the limit of {max_pages}: split it into smaller documents")
    layouts = []
    for number, page in enumerate(pdf.pages, start=1):
        if number > max_pages:
            raise IngestError(path, f"more than the limit of {max_pages} pages: split it into smaller documents")
        try:
            layouts.append(analyse_page(page, number))
        except Exception as exc:  # one damaged page must not lose the document
            warnings.append(f"page {number} could not be read ({exc.__class__.__name__}); skipped")
            layouts.append(PageLayout(number=number, height=float(page.height), text_layer=False))
        finally:
            page.close()
    return layouts


def read_pdf(path: Path, data: bytes, max_pages: int = MAX_PAGES, warnings: list[str] | None = None) -> list[Page]:
    """Pages of a PDF with blocks in reading order; furniture in `headers`/`footers`.

    Problems with single pages are appended to `warnings` when given.
    """
    _check_header(path, data)
    warnings = [] if warnings is None else warnings
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            layouts = _read_layouts(path, pdf, max_pages, warnings)
    except IngestError:
        raise
    except Exception as exc:  # pdfminer raises many types for broken files
        raise IngestError(path, _problem(exc)) from exc
    if not layouts:
        raise IngestError(path, "PDF without pages (corrupt or truncated?)")
    if len(warnings) == len(layouts):
        raise IngestError(path, f"no page could be read: {warnings[0]}")
    style = Style.of(layouts)
    running = running_keys(layouts, style.body_size)
    furniture = [strip_furniture(layout, running, style.body_size) for layout in layouts]
    return [
        Page(number=layout.number, blocks=blocks, text_layer=layout.text_layer, headers=headers, footers=footers, tables=tables)
        for layout, (headers, footers), (blocks, tables) in zip(layouts, furniture, document_blocks(layouts, style))
    ]
