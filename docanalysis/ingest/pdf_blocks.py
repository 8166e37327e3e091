"""Lines in reading order → heading, paragraph, list-item and table-row blocks.

Fonts decide what a heading is, measured against the whole document: body text
is the size most characters have; a short line without a final full stop set
larger (or bold where body text is not) is a heading, and its size ranks its level.
Lines join into a paragraph while they stay in one column, close together, and
the line above did not end a sentence short of the column edge. A sentence cut
by a column or page break (`clean.runs_on`) carries on in the block it started,
so a paragraph from the foot of one page to the head of the next is one block.
List markers and line-end hyphenation are cleaned by the same rules as text
files (`clean.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block
from .clean import collapse_spaces, ends_sentence, join_hyphenated, normalise_chars, runs_on, split_marker, word_vocabulary
from .pdf_layout import Line, PageLayout, Table

HEADING_RATIO = 1.12
"""A line at least this much larger than body text can be a heading."""
MAX_HEADING_WORDS = 14
PARAGRAPH_GAP = 0.6
"""A vertical gap wider than this many font sizes between two lines starts a new block."""
SHORT_LINE = 0.15
"""A line ending this share of the column width before the column edge is a paragraph's last line."""
_LETTER = re.compile(r"[^\W\d_]")
_QUOTES = ("\"", "'", "“", "‘", "„", "«")


def line_text(line: Line) -> str:
    return collapse_spaces(normalise_chars(line.text))


@dataclass
class Style:
    """What body text and headings look like in one document."""

    body_size: float
    body_bold: bool
    levels: dict[float, int]
    vocabulary: set[str]

    @classmethod
    def of(cls, layouts: list[PageLayout]) -> Style:
        lines = [line for layout in layouts for line in layout.lines]
        sizes: dict[float, int] = {}
        bold_at: dict[float, int] = {}
        for line in lines:
            for word in line.words:
                size = round(word["size"], 1)
                sizes[size] = sizes.get(size, 0) + len(word["text"])
                if line.bold:
                    bold_at[size] = bold_at.get(size, 0) + len(word["text"])
        body = max(sizes, key=sizes.__getitem__) if sizes else 10.0
        heading_sizes = {round(line.size * 2) / 2 for line in lines if line.size >= body * HEADING_RATIO and _heading_shaped(line_text(line))}
        levels = {size: level for level, size in enumerate(sorted(heading_sizes, reverse=True), start=1)}
        return cls(body, bold_at.get(body, 0) > sizes.get(body, 0) / 2, levels, word_vocabulary(line_text(line) for line in lines))

    def heading_level(self, line: Line, text: str) -> int | None:
        """The heading level of a line, or None for body text."""
        if not _heading_shaped(text):
            return None
        if line.size >= self.body_size * HEADING_RATIO:
            return self.levels.get(round(line.size * 2) / 2, len(self.levels) or 1)
        if line.bold and not self.body_bold and split_marker(text)[0] is None:
            return len(self.levels) + 1
        return None


def _heading_shaped(text: str) -> bool:
    """Short, with a letter, not ending a sentence, and not a quotation (a brochure's pull quote is set large too)."""
    return (
        bool(_LETTER.search(text)) and len(text.split()) <= MAX_HEADING_WORDS
        and not text.endswith((".", ",", ";")) and not text.startswith(_QUOTES)
    )


def _bbox(a: tuple, b: tuple) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


class _Builder:
    """Accumulates blocks page by page, remembering the line the open block ended with.

    The open block outlives its page: a sentence cut by a page break is carried on
    into it, like one cut by a column break, so it stays one block on the page where
    it starts (as a statement's page is where it begins).
    """

    def __init__(self, style: Style):
        self.style = style
        self.page = 0
        self.blocks: list[Block] = []
        self.tables: list[list[list[str]]] = []
        self.open: Block | None = None
        self.last: Line | None = None
        self.first: Line | None = None
        self.turned = False

    def new_page(self, layout: PageLayout) -> None:
        """Start the page's own blocks; a page without text (a scan, a photo) ends the open block."""
        self.page, self.blocks, self.tables = layout.number, [], []
        self.turned = True
        if not layout.text_layer:
            self.open = self.last = None

    def add_table(self, table: Table) -> None:
        self.open = self.last = None
        self.tables.append(table.rows)
        for cells, bbox in zip(table.rows, table.row_bboxes):
            self.blocks.append(Block(text=" | ".join(cells), kind="table_row", page=self.page, bbox=bbox, cells=cells))

    def add_line(self, line: Line) -> None:
        text = line_text(line)
        if not text:
            return
        level = self.style.heading_level(line, text)
        current = self.open
        if level is not None:
            if current and current.kind == "heading" and current.level == level and self._close_to(line):
                self._extend(current, line, text)
            else:
                self._start(Block(text=text, kind="heading", page=self.page, level=level), line)
            return
        marker, rest = split_marker(text)
        if marker is not None:
            self._start(Block(text=rest, kind="list_item", page=self.page, marker=marker), line)
        elif current and current.kind in ("paragraph", "list_item") and self._continues(current, line, text):
            self._extend(current, line, text)
        else:
            self._start(Block(text=text, kind="paragraph", page=self.page), line)
        self.turned = False

    def _start(self, block: Block, line: Line) -> None:
        block.bbox = line.bbox
        self.blocks.append(block)
        self.open = block
        self.first = self.last = line
        self.turned = False

    def _extend(self, block: Block, line: Line, text: str) -> None:
        if self.last.text.rstrip().endswith("\u00ad"):
            block.text += text
        else:
            block.text = join_hyphenated(block.text, text, self.style.vocabulary) or f"{block.text} {text}"
        if block.page == self.page:  # the bbox stays on the page where the block starts
            block.bbox = _bbox(block.bbox, line.bbox)
        self.last = line

    def _close_to(self, line: Line) -> bool:
        previous = self.last
        if self.turned or (previous.region, previous.column) != (line.region, line.column):
            return False
        gap = line.top - previous.bottom
        return -0.5 * previous.size <= gap <= PARAGRAPH_GAP * previous.size

    def _continues(self, block: Block, line: Line, text: str) -> bool:
        previous = self.last
        if self.turned:
            # a sentence running on from the foot of one page to the head of the next
            return runs_on(block.text, text)
        if (previous.region, previous.column) != (line.region, line.column):
            # a sentence running on from the foot of one column to the head of the next
            return line.top < previous.top and runs_on(block.text, text)
        if not self._close_to(line):
            return False
        if not ends_sentence(block.text):
            return True
        short = previous.column_x1 - previous.x1 > SHORT_LINE * (previous.column_x1 - previous.x0)
        unindented = block.kind == "list_item" and line.x0 <= self.first.x0 + 1
        return not (short or unindented)


def document_blocks(layouts: list[PageLayout], style: Style) -> list[tuple[list[Block], list[list[list[str]]]]]:
    """Per page, its blocks in reading order and its tables as rows of cell texts.

    Pages are read in one pass so a paragraph cut by a page break is joined; call
    this after running headers and footers are stripped, or they would sit between
    the two halves.
    """
    builder = _Builder(style)
    pages = []
    for layout in layouts:
        builder.new_page(layout)
        for item in layout.items:
            if isinstance(item, Table):
                builder.add_table(item)
            else:
                builder.add_line(item)
        pages.append((builder.blocks, builder.tables))
    return pages
