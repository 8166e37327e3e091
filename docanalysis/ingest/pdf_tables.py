"""Tables: ruled ones from pdfplumber's line strategy, unruled ones from gutters.

A goals table (Onderwerp | Doel | Wie verantwoordelijk?) read as plain text
interleaves its columns; read as rows of cells, each cell keeps its text together.
Ruled tables come from `page.find_tables()` with the lines strategy. Unruled
tables come from regions `pdf_layout` already found to have gutters: pdfplumber's
text strategy would extract the words a second time and cut cells wherever words
happen to align, while the gutters are already known. Because two-column prose has
gutters too, a candidate must look like a table (see `unruled_table`).
"""

from __future__ import annotations

from .clean import collapse_spaces, join_hyphenated, normalise_chars
from .pdf_layout import HEADING_SIZE, Region, Table

ROW_GAP_FACTOR = 1.2
"""A first-column line starts a new row when the gap above it exceeds this many line pitches..."""
CAPITAL_SHARE = 0.75
"""...and in a table this share of the cells of a row start like a new cell (capital, digit, bullet)."""
MAX_HEADER_WORDS = 5


def join_cell_lines(lines: list[str], vocabulary: set[str] | None = None) -> str:
    """The lines of one cell as one text, with line-end hyphenation joined."""
    text = ""
    for raw in lines:
        line = collapse_spaces(normalise_chars(raw))
        if not line:
            continue
        text = (join_hyphenated(text, line, vocabulary) or f"{text} {line}") if text else line
    return text


def ruled_tables(page) -> list[Table]:
    """Tables drawn with lines or cell borders; a lone box (1 row or 1 column) is no table."""
    tables = []
    for found in page.find_tables():
        rows = found.extract()
        if len(rows) < 2 or max(len(row) for row in rows) < 2:
            continue
        cells = [[join_cell_lines((cell or "").splitlines()) for cell in row] for row in rows]
        bboxes = [tuple(round(value, 1) for value in row.bbox) for row in found.rows]
        tables.append(Table(rows=cells, row_bboxes=bboxes, bbox=tuple(found.bbox)))
    return tables


def _starts_cell(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and not first.islower()


def unruled_table(region: Region) -> Table | None:
    """Read a region with gutters as a table, or None when it reads as prose columns.

    Rows are rebuilt from lines: a line whose first-column text starts with a capital
    after a wider gap, or whose every cell starts like a new cell, starts a row;
    other lines continue the cells above (multi-line cells). It is a table when the
    first row reads as a header (short cells, no full stop) and the cells of the
    other rows start like cells. In two-column prose a line starting a sentence on
    the left rarely meets one starting a sentence on the right, so it fails.
    """
    columns = len(region.column_edges())
    if columns < 2 or len(region.rows) < 3:
        return None
    header_size = max(w["size"] for fragment in region.rows[0].fragments for w in fragment)
    sizes = sorted(w["size"] for row in region.rows[1:] for fragment in row.fragments for w in fragment)
    if header_size >= HEADING_SIZE * sizes[len(sizes) // 2]:
        return None  # headings over columns of prose, not a table header
    lines = [(row.top, row.bottom, region.row_cells(row)) for row in region.rows]
    pitches = sorted(b[0] - a[0] for a, b in zip(lines, lines[1:]))
    pitch = pitches[len(pitches) // 2]
    table_rows: list[list[list[str]]] = []
    boxes: list[list[float]] = []
    previous_top = None
    for top, bottom, cells in lines:
        texts = [" ".join(w["text"] for w in cell) for cell in cells]
        filled = [text for text in texts if text]
        wide_gap = previous_top is not None and top - previous_top > ROW_GAP_FACTOR * pitch
        new_row = not table_rows or (
            texts[0] and _starts_cell(texts[0]) and (wide_gap or all(_starts_cell(text) for text in filled))
        )
        if new_row:
            table_rows.append([[text] if text else [] for text in texts])
            boxes.append([region.spans[0][0], top, region.spans[-1][1], bottom])
        else:
            for cell, text in zip(table_rows[-1], texts):
                if text:
                    cell.append(text)
            boxes[-1][3] = bottom
        previous_top = top
    if not _looks_like_table(table_rows):
        return None
    rows = [[join_cell_lines(cell) for cell in row] for row in table_rows]
    row_bboxes = [tuple(round(v, 1) for v in box) for box in boxes]
    return Table(rows=rows, row_bboxes=row_bboxes, bbox=(row_bboxes[0][0], row_bboxes[0][1], row_bboxes[-1][2], row_bboxes[-1][3]))


def _looks_like_table(rows: list[list[list[str]]]) -> bool:
    if len(rows) < 3:
        return False
    header = rows[0]
    if not all(len(cell) == 1 for cell in header):
        return False
    if any(len(cell[0].split()) > MAX_HEADER_WORDS or cell[0].rstrip().endswith(".") for cell in header):
        return False
    firsts = [cell[0] for row in rows[1:] for cell in row if cell]
    if len(firsts) < 2:
        return False
    return sum(_starts_cell(text) for text in firsts) >= CAPITAL_SHARE * len(firsts)
