"""Page geometry: words → rows → fragments → regions → lines in reading order.

pdfplumber gives words with positions; reading order is rebuilt from geometry alone,
never from the order the PDF happened to draw things in. The steps:

- rows: words whose vertical middles line up;
- fragments: a row cut where the gap between two words is wider than a font size
  (a column gutter or a table cell boundary), but only where a neighbouring row has
  a gap at the same place, so one stretched line of justified text is not a column;
- regions: consecutive rows sharing the same gutters. A row whose text crosses a
  gutter (a full-width heading) or opens a gutter the rows above cover ends a
  region, so a page with a spanning heading, two columns, a full-width band and
  three columns reads band by band, and inside a band column by column.

A region with gutters may also be an unruled table: `pdf_tables.unruled_table`
decides, so two-column prose is read as columns and a goals table as rows of cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clean import BULLET_GLYPHS

GUTTER_EM = 0.7
"""A gap between words wider than this many font sizes can separate columns or cells."""
MIN_GUTTER = 5.0
"""...and never narrower than this (points)."""
ALIGN = 2.0
"""Points two left text edges may differ and still be one column edge."""
RIVER_ROWS = 3
"""A gap is a gutter only when this many rows share its whitespace (see `_river`)."""
BLANK_BAND = 1.5
"""A blank band this many line heights tall ends a one-column region (see `Region._ends_at_band`):
a letterhead at the top right and an address below it at the left are two blocks read
top to bottom, not two columns read side by side."""

HEADING_SIZE = 1.12
"""A line this much larger than the text around it reads as a heading."""
_MARKER_WORD = re.compile(rf"^(?:[{re.escape(BULLET_GLYPHS)}\-–o]|\d{{1,3}}(?:\.\d{{1,3}})*[.)]?|[a-z][.)])$")
_BOLD = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)

Word = dict  # a pdfplumber word with "fontname" and "size" attributes


@dataclass
class Line:
    """Words read as one line of one column; `region`/`column` say where it was read."""

    words: list[Word]
    region: int = 0
    column: int = 0
    column_x1: float = 0.0
    x0: float = field(init=False)
    top: float = field(init=False)
    x1: float = field(init=False)
    bottom: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(w["x0"] for w in self.words)
        self.x1 = max(w["x1"] for w in self.words)
        self.top = min(w["top"] for w in self.words)
        self.bottom = max(w["bottom"] for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))

    @property
    def size(self) -> float:
        """The font size most of the line's characters have."""
        return _dominant(self.words, lambda w: round(w["size"], 1))

    @property
    def bold(self) -> bool:
        return bool(_dominant(self.words, lambda w: bool(_BOLD.search(w["fontname"]))))


@dataclass
class Table:
    """A table: rows of cell texts (lines of a cell joined), with its position."""

    rows: list[list[str]]
    row_bboxes: list[tuple[float, float, float, float]]
    bbox: tuple[float, float, float, float]

    @property
    def top(self) -> float:
        return self.bbox[1]

    def holds(self, word: Word) -> bool:
        x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        return self.bbox[0] <= x <= self.bbox[2] and self.bbox[1] <= y <= self.bbox[3]


def _dominant(words: list[Word], key) -> object:
    weights: dict[object, int] = {}
    for word in words:
        value = key(word)
        weights[value] = weights.get(value, 0) + len(word["text"])
    return max(weights, key=weights.__getitem__)


@dataclass
class _Row:
    fragments: list[list[Word]]
    top: float
    bottom: float

    def spans(self) -> list[tuple[float, float]]:
        return [(frag[0]["x0"], max(w["x1"] for w in frag)) for frag in self.fragments]

    def gaps(self) -> list[tuple[float, float]]:
        spans = self.spans()
        return [(left[1], right[0]) for left, right in zip(spans, spans[1:])]


def _group_rows(words: list[Word]) -> list[list[Word]]:
    """Words whose vertical middles lie within a third of a line of the row's first word."""
    rows: list[list[Word]] = []
    anchor = 0.0
    tolerance = 0.0
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if rows and abs(middle - anchor) <= tolerance:
            rows[-1].append(word)
            continue
        rows.append([word])
        anchor = middle
        tolerance = 0.35 * (word["bottom"] - word["top"])
    return [sorted(row, key=lambda w: w["x0"]) for row in rows]


def _split_row(words: list[Word]) -> list[list[Word]]:
    """Cut a row at wide gaps, but never right after a bullet or list number."""
    fragments = [[words[0]]]
    for previous, word in zip(words, words[1:]):
        gap = word["x0"] - previous["x1"]
        after_marker = len(fragments[-1]) == 1 and _MARKER_WORD.match(previous["text"])
        if gap > max(MIN_GUTTER, GUTTER_EM * previous["size"]) and not after_marker:
            fragments.append([word])
        else:
            fragments[-1].append(word)
    return fragments


def _river(rows: list[_Row], all_gaps: list[list[tuple[float, float]]], index: int, gap: tuple[float, float]) -> int:
    """How many rows, up and down from `index`, share `gap`'s whitespace with text starting at its right edge.

    A column gutter or cell boundary is whitespace running down several rows with
    left-aligned text after it; the stretched spaces of justified text wander.
    Rows with no text there (a short last line, an empty cell) let the river pass,
    and so does a row of one column only, which is how columns whose baselines do
    not line up (a heading above one of them) are read: a row of the left column
    narrows the river, a row of the right column starting at its edge counts. A
    row with text across it ends the river.
    """
    count = 1
    for step in (-1, 1):
        low, high = gap
        other = index + step
        while 0 <= other < len(rows):
            shared = [(a, b) for a, b in all_gaps[other] if min(high, b) - max(low, a) >= MIN_GUTTER]
            aligned = [(a, b) for a, b in shared if abs(b - gap[1]) <= ALIGN]
            if aligned:
                low, high = max(low, aligned[0][0]), min(high, aligned[0][1])
                count += 1
            elif not shared:
                spans = rows[other].spans()
                if any(start < high - ALIGN and end > high for start, end in spans):
                    break
                # text ending inside the river narrows it; text starting at its edge is a line of the next column
                low = max([low, *(end for _start, end in spans if low < end <= high)])
                if high - low < MIN_GUTTER:
                    break
                count += any(abs(start - gap[1]) <= ALIGN for start, _end in spans)
            other += step
    return count


def _confirm_gaps(rows: list[_Row]) -> None:
    """Merge back the fragments of gaps that form no river of RIVER_ROWS rows."""
    all_gaps = [row.gaps() for row in rows]
    for index, row in enumerate(rows):
        if len(row.fragments) < 2:
            continue
        merged = [row.fragments[0]]
        for gap, fragment in zip(all_gaps[index], row.fragments[1:]):
            if _river(rows, all_gaps, index, gap) >= RIVER_ROWS:
                merged.append(fragment)
            else:
                merged[-1] = merged[-1] + fragment
        row.fragments = merged


def _merge_spans(spans: list[tuple[float, float]], new: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[tuple[float, float]] = []
    for start, end in sorted(spans + new):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _gutters(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(left[1], right[0]) for left, right in zip(spans, spans[1:]) if right[0] - left[1] >= MIN_GUTTER]


def _free_width(spans: list[tuple[float, float]], gap: tuple[float, float]) -> float:
    """The widest stretch inside `gap` that no span covers."""
    widest, cursor = 0.0, gap[0]
    for start, end in spans:
        if end <= cursor or start >= gap[1]:
            continue
        widest = max(widest, min(start, gap[1]) - cursor)
        cursor = max(cursor, end)
    return max(widest, gap[1] - cursor)


@dataclass
class Region:
    """Consecutive rows sharing the same gutters; read column by column."""

    rows: list[_Row] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.rows[0].top

    def accepts(self, row: _Row) -> bool:
        if not self.rows:
            return True
        gutters = _gutters(self.spans)
        last = self.rows[-1]
        if row.top - last.bottom > BLANK_BAND * (last.bottom - last.top) and self._ends_at_band(last, row):
            return False
        if any(start <= gutter[0] and end >= gutter[1] for gutter in gutters for start, end in row.spans()):
            return False
        return all(_free_width(self.spans, gap) >= MIN_GUTTER for gap in row.gaps())

    def _ends_at_band(self, last: _Row, row: _Row) -> bool:
        """Whether a blank band between `last` and `row` ends the region.

        It does for one column, and where a block of label/value rows ("Datum |
        14 november") is followed by a line in one column only (a letter's
        salutation). Prose columns run on past a band both happen to have.
        """
        filled = [sum(bool(cell) for cell in self.row_cells(r)) for r in (last, row)]
        columns = len(_gutters(self.spans)) + 1
        return columns == 1 or (filled[0] == columns and filled[1] == 1)

    def add(self, row: _Row) -> None:
        self.rows.append(row)
        self.spans = _merge_spans(self.spans, row.spans())

    def row_cells(self, row: _Row) -> list[list[Word]]:
        """The row's words per column of the region (empty lists where it has none)."""
        bounds = [(left + right) / 2 for left, right in _gutters(self.spans)]
        cells: list[list[Word]] = [[] for _ in range(len(bounds) + 1)]
        for fragment in row.fragments:
            cells[sum(fragment[0]["x0"] > bound for bound in bounds)].extend(fragment)
        return cells

    def columns(self) -> list[list[list[Word]]]:
        """Per column (left to right), the row pieces falling in it, top to bottom."""
        columns: list[list[list[Word]]] = [[] for _ in self.column_edges()]
        for row in self.rows:
            for index, words in enumerate(self.row_cells(row)):
                if words:
                    columns[index].append(words)
        return columns

    def column_edges(self) -> list[float]:
        """The right edge of each column's text."""
        gutters = _gutters(self.spans)
        return [gutter[0] for gutter in gutters] + [self.spans[-1][1]]


def find_regions(words: list[Word], barriers: list[float] = ()) -> list[Region]:
    """Regions of the page top to bottom; `barriers` (table tops and bottoms) always end one."""
    rows = []
    for words_of_row in _group_rows(words):
        fragments = _split_row(words_of_row)
        rows.append(_Row(fragments, min(w["top"] for w in words_of_row), max(w["bottom"] for w in words_of_row)))
    _confirm_gaps(rows)
    regions: list[Region] = []
    previous_bottom = float("-inf")
    for row in rows:
        crosses_barrier = any(previous_bottom <= barrier <= row.top for barrier in barriers)
        if not regions or crosses_barrier or not regions[-1].accepts(row):
            if regions:
                regions[-1:] = _split_trailing_heading(regions[-1])
            regions.append(Region())
        regions[-1].add(row)
        previous_bottom = row.bottom
    if regions:
        regions[-1:] = _split_trailing_heading(regions[-1])
    return regions


def _split_trailing_heading(region: Region) -> list[Region]:
    """Split off a larger-font line (and what follows) below the end of all but one column.

    A short full-width heading after two columns crosses no gutter, so it lands in
    the columns' region; read there it would come before the right column.
    """
    if len(region.column_edges()) < 2:
        return [region]
    sizes = sorted(w["size"] for row in region.rows for fragment in row.fragments for w in fragment)
    median = sizes[len(sizes) // 2]
    last_shared = max((i for i, row in enumerate(region.rows) if sum(bool(cell) for cell in region.row_cells(row)) > 1), default=-1)
    for index in range(max(last_shared + 1, 1), len(region.rows)):
        if max(w["size"] for fragment in region.rows[index].fragments for w in fragment) >= HEADING_SIZE * median:
            head, tail = Region(), Region()
            for row in region.rows[:index]:
                head.add(row)
            for row in region.rows[index:]:
                tail.add(row)
            return [head, tail]
    return [region]


def region_lines(region: Region, region_index: int) -> list[Line]:
    """The region's lines in reading order: column by column, top to bottom."""
    lines = []
    for column_index, (pieces, edge) in enumerate(zip(region.columns(), region.column_edges())):
        lines.extend(Line(words, region_index, column_index, edge) for words in pieces)
    return lines


@dataclass
class PageLayout:
    """One page read: its lines and tables in reading order, before clean-up."""

    number: int
    height: float
    items: list[Line | Table] = field(default_factory=list)
    text_layer: bool = True

    @property
    def lines(self) -> list[Line]:
        return [item for item in self.items if isinstance(item, Line)]
