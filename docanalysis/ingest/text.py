"""Plain-text and Markdown inputs: lines → blocks.

Text files are often themselves the output of an earlier extraction, so they carry
the same artifacts as PDFs: lines broken mid-sentence (sometimes with a blank line
after every line), glyph bullets, hyphenation, page numbers, and running footers
glued to the next heading ("Jaarplan 2025 17Wijkgericht werken"). The same clean-up
from `clean.py` applies. A text input is one page.

Line → block rules, in order: Markdown headings and table rows (also tab-separated ones); list markers; a line that
continues the open block (it starts in lower case, or the open block stops
mid-sentence on a function word or a comma); a short line without a closing full
stop that the next line does not continue is a heading ("Context:" style labels
are level-3 headings); anything else opens a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Block, Page
from .clean import OPEN_ENDINGS, SENTENCE_END, collapse_spaces, join_hyphenated, normalise_chars, runs_on, split_marker, word_vocabulary

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# A Markdown table: "| Doel | Actie | Wie |" rows, with a "|---|---|" rule under the header.
_MD_TABLE_ROW = re.compile(r"^\|.*\|$")
_MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
_PAGE_NUMBER = re.compile(r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?\d{1,3}(?:\s*(?:/|van|of)\s*\d{1,3})?$", re.IGNORECASE)
# A running footer "Title 2025 17" glued to the heading that follows it on the page.
_GLUED_FOOTER = re.compile(r"^(?P<footer>\S.{0,50}?\b(?:19|20)\d{2})\s*\|?\s*\d{1,3}(?P<rest>[A-ZÀ-Ý][a-zà-ÿ].*)$")
HEADING_MAX_CHARS = 70
HEADING_MAX_WORDS = 9
LABEL_MAX_WORDS = 5
LABEL_MAX_WORDS_FIRST_PERSON = 3
"""A longer line ending in ":" is a sentence that introduces a list ("We versterken X door:");
in the first person only a bare lead-in ("We stoppen met:") is a label."""


def decode(data: bytes) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM), else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _continues(previous: Block, line: str) -> bool:
    """Whether `line` continues the text of the open block `previous` (a broken line)."""
    return previous.kind != "heading" and runs_on(previous.text, line)


def _looks_like_heading(line: str, next_line: str | None) -> bool:
    """A short line that does not end a sentence, and that the next line does not continue.

    A short question ("Voor wie?", "Hoe ziet de situatie eruit?") is a heading too.
    """
    if len(line) > HEADING_MAX_CHARS or len(line.split()) > HEADING_MAX_WORDS:
        return False
    short_question = line.endswith("?") and len(line.split()) <= 6
    if (SENTENCE_END.search(line) and not short_question) or line.endswith((",", "-")) or not (line[0].isupper() or line[0].isdigit()):
        return False
    if line.split()[-1].lower() in OPEN_ENDINGS:
        return False
    if line.endswith(":"):
        following = split_marker(next_line)[1] if next_line else ""
        words = LABEL_MAX_WORDS_FIRST_PERSON if re.match(r"(?:We|Wij)\b", line) else LABEL_MAX_WORDS
        return len(line.split()) <= words and not following[:1].islower()
    return not next_line or not next_line[:1].islower()


def _running_footers(lines: list[str]) -> set[str]:
    """Shapes of page footers such as "Jaarplan 2025 | 7": lines ending in a number that
    recur three times or more with different numbers (a repeated heading keeps its number)."""
    variants: dict[str, set[str]] = {}
    for line in lines:
        if len(line) < 60 and re.search(r"\d\s*$", line):
            variants.setdefault(re.sub(r"\d+", "#", line), set()).add(line)
    counts = Counter(re.sub(r"\d+", "#", line) for line in lines if line)
    return {shape for shape, seen in variants.items() if counts[shape] >= 3 and len(seen) >= 2}


def _tab_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t") if cell.strip()]


def _tab_tables_as_markdown(raw_lines: list[str]) -> list[str]:
    """A table pasted from a word processor or spreadsheet separates its cells with tabs; two or
    more such lines in a row are rewritten as Markdown table rows, so they become table rows too."""
    # "1.<tab>We starten ..." is a numbered item, not a row.
    tabbed = [len(_tab_cells(line)) >= 2 and split_marker(line.strip())[0] is None for line in raw_lines]
    rewritten = list(raw_lines)
    for index, line in enumerate(raw_lines):
        in_run = tabbed[index] and ((index > 0 and tabbed[index - 1]) or (index + 1 < len(raw_lines) and tabbed[index + 1]))
        if in_run:
            rewritten[index] = "| " + " | ".join(_tab_cells(line)) + " |"
    return rewritten


def clean_lines(text: str) -> list[str]:
    """Normalised lines without page numbers and running footers; glued footers split off."""
    lines: list[str] = []
    for raw in _tab_tables_as_markdown(text.splitlines()):
        line = collapse_spaces(normalise_chars(raw))
        glued = _GLUED_FOOTER.match(line)
        if glued:
            line = glued.group("rest").strip()
        lines.append("" if _PAGE_NUMBER.match(line) else line)
    footers = _running_footers(lines)
    return ["" if re.sub(r"\d+", "#", line) in footers else line for line in lines]


def _next_text_line(lines: list[str], index: int) -> str | None:
    return next((line for line in lines[index + 1:] if line), None)


def text_to_blocks(text: str, page: int | None = 1) -> list[Block]:
    """Split extracted text into heading, paragraph and list-item blocks."""
    lines = clean_lines(text)
    vocabulary = word_vocabulary(lines)
    blocks: list[Block] = []
    current: Block | None = None
    for index, line in enumerate(lines):
        if not line:
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            _promote_to_heading(current, line)
            current = Block(text=heading.group(2).strip(), kind="heading", page=page, level=len(heading.group(1)))
            blocks.append(current)
            continue
        if _MD_TABLE_ROW.match(line):
            _promote_to_heading(current, line)
            current = None
            if not _MD_TABLE_RULE.match(line):
                cells = [cell.strip() for cell in line.strip("|").split("|")]
                blocks.append(Block(text=" | ".join(cells), kind="table_row", page=page, cells=cells))
            continue
        marker, rest = split_marker(line)
        if marker is not None:
            _promote_to_heading(current, line)
            kind = "heading" if _is_numbered_heading(marker, rest, lines, index) else "list_item"
            current = Block(text=rest, kind=kind, page=page, marker=marker if kind == "list_item" else None, level=2 if kind == "heading" else None)
            blocks.append(current)
            continue
        if current is not None and _continues(current, line):
            current.text = join_hyphenated(current.text, line, vocabulary) or f"{current.text} {line}"
            continue
        if current is not None and current.kind == "heading" and current.level != 3 and line[:1].islower():
            current.text = f"{current.text} {line}"  # a heading broken over two lines
            continue
        _promote_to_heading(current, line)
        if _looks_like_heading(line, _next_text_line(lines, index)):
            current = Block(text=line.rstrip(":").strip(), kind="heading", page=page, level=3 if line.endswith(":") else 2)
            blocks.append(current)
            continue
        current = Block(text=line, kind="paragraph", page=page)
        blocks.append(current)
    _promote_to_heading(current, None)
    return blocks


def _is_numbered_heading(marker: str, rest: str, lines: list[str], index: int) -> bool:
    """"2. Minder wachttijd" set apart by a blank line, with no numbered item after it: a chapter
    heading, not the first item of a list."""
    if not marker[:1].isdigit() or not _looks_like_heading(rest, None):
        return False
    blank_after = index + 1 < len(lines) and not lines[index + 1]
    following = _next_text_line(lines, index)
    return blank_after and (following is None or split_marker(following)[0] is None)


def _promote_to_heading(block: Block | None, next_line: str | None) -> None:
    """A heading broken over two lines ("Groepsgerichte" + "basishulp") was read as a paragraph
    because its second line is in lower case; once the paragraph ends short and open, it is a heading."""
    if block is not None and block.kind == "paragraph" and " " in block.text and _looks_like_heading(block.text, next_line):
        block.kind = "heading"
        block.level = 3 if block.text.endswith(":") else 2
        block.text = block.text.rstrip(":").strip()


def read_text(data: bytes) -> list[Page]:
    """A text file as a single page of blocks."""
    return [Page(number=1, blocks=text_to_blocks(decode(data)))]
