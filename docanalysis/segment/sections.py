"""Headings → `Section`s, and for every block the section and label it stands under.

Two kinds of heading matter to a reader of a plan. Section headings (level 1–2)
name a part of the plan ("Toegankelijke basishulp"); labels (level 3, written with
a colon: "Doelen alle buurtteams:", "Context:", "We stoppen met:") say what the
lines below them are. A label holds until the next heading of any level.
A heading made only of roles ("Alle teams", "HR, MT") is a cell of a flattened
"Wie verantwoordelijk?" column, not a section.

The theme of a section is the vocabulary theme of its title; a structural
heading ("Wat gaan we doen?", "Doelen 2025", "Context") keeps the theme of the
section it sits in; any other heading takes the theme of the nearest earlier
section that had a vocabulary theme (a sub-heading such as "Ontwikkeltaak" stays
inside its opgave), else its own title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Document, Section
from .attributes import is_role_line
from .kinds import is_context_label, is_table_header, title_lists_statements
from .themes import clean_title, match_theme

LABEL_LEVEL = 3
# A numbered chapter or opgave heading: "4. Samen met de school", "Opgave 4: ...", "Hoofdstuk 2 ...".
_CHAPTER = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s|(?:opgave|hoofdstuk|thema|speerpunt|ambitie|deel|pijler|programmalijn)\s+\d+\b)", re.IGNORECASE)


@dataclass
class Context:
    """Where a block stands: its section, the label above it, and the plan table it is part of."""

    section: Section | None = None
    label: str | None = None
    table: str | None = None
    """The header of the goals/actions table the block sits in, until the next opgave heading."""


def build_sections(document: Document) -> tuple[list[Section], list[Context]]:
    """Sections of a document, and for each block (by index) its context."""
    sections: list[Section] = []
    contexts: list[Context] = []
    section: Section | None = None
    label: str | None = None
    theme: str | None = None
    table: str | None = None
    for block in document.blocks:
        if is_table_header(block.text):
            table = block.text
            contexts.append(Context(section, label, table))
            continue
        table_cell = is_role_line(block.text) and (block.level or 2) < LABEL_LEVEL  # "Teammanager:" is a label
        if block.kind == "heading" and not table_cell:
            title = clean_title(block.text)
            if (block.level or 2) >= LABEL_LEVEL:
                # "We stoppen met:" directly followed by "Het bieden van basishulp bij:" is one label.
                follows_label = bool(contexts) and contexts[-1].label is not None and document.blocks[len(contexts) - 1].kind == "heading"
                label = f"{label} {title}" if follows_label else title
            elif title:
                matched = match_theme(title)
                if not matched and _CHAPTER.match(title):
                    theme = None  # "Opgave 4: Samen met de school" is a theme of its own, not part of opgave 3
                table = None if matched and matched != theme else table  # a new opgave ends the table
                theme = matched or theme
                structural = section is not None and (title.endswith("?") or title_lists_statements(title) or is_context_label(title))
                section = Section(
                    id=f"{document.id}#s{len(sections) + 1:03d}",
                    document_id=document.id,
                    title=title,
                    page=block.page,
                    level=block.level or 2,
                    theme=matched or (section.theme if structural and section else None) or theme or title,
                )
                sections.append(section)
                label = None
        elif is_question_label(block):
            label = block.text.strip()
            contexts.append(Context(section, None, table))
            continue
        contexts.append(Context(section, label, table))
    return sections, contexts


MAX_QUESTION_LABEL_WORDS = 10


def is_question_label(block: Block) -> bool:
    """A short question on a line of its own ("Waar zetten we op in en waarom?", "Wat gaan we doen?")
    heads the text below it, as a label does."""
    text = block.text.strip()
    return block.kind == "paragraph" and text.endswith("?") and text.count("?") == 1 and len(text.split()) <= MAX_QUESTION_LABEL_WORDS
