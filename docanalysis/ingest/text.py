"""Plain-text and Markdown inputs: lines → blocks.

Text files are often themselves the output of an earlier extraction, so they carry
the same artifacts as PDFs (lines broken mid-sentence, glyph bullets, hyphenation);
the same clean-up from `clean.py` applies. A text input is one page.
"""

from __future__ import annotations

import re

from ..model import Block, Page
from .clean import collapse_spaces, join_hyphenated, normalise_chars, split_marker, word_vocabulary

_SENTENCE_END = re.compile(r"[.!?:;]['’”)]?$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def decode(data: bytes) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM), else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _continues(previous: str, line: str) -> bool:
    """Whether `line` continues the sentence of `previous` (a broken line)."""
    if not previous or _SENTENCE_END.search(previous):
        return False
    first = line.lstrip()[:1]
    return first.islower() or first.isdigit() or previous.endswith(("-", ","))


def text_to_blocks(text: str, page: int | None = 1) -> list[Block]:
    """Split cleaned text into heading, paragraph and list-item blocks."""
    lines = [collapse_spaces(normalise_chars(line)) for line in text.splitlines()]
    vocabulary = word_vocabulary(lines)
    blocks: list[Block] = []
    current: Block | None = None
    for raw in lines:
        if not raw:
            continue
        heading = _MD_HEADING.match(raw)
        if heading:
            current = None
            blocks.append(Block(text=heading.group(2).strip(), kind="heading", page=page, level=len(heading.group(1))))
            continue
        marker, rest = split_marker(raw)
        if marker is not None:
            current = Block(text=rest, kind="list_item", page=page, marker=marker)
            blocks.append(current)
            continue
        if current is not None and _continues(current.text, raw):
            current.text = join_hyphenated(current.text, raw, vocabulary) or f"{current.text} {raw}"
            continue
        current = Block(text=raw, kind="paragraph", page=page)
        blocks.append(current)
    return blocks


def read_text(data: bytes) -> list[Page]:
    """A text file as a single page of blocks."""
    return [Page(number=1, blocks=text_to_blocks(decode(data)))]
