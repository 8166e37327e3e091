"""Abbreviations the documents define themselves: "de kernpartneraanpak (KPA)".

A later plan often names a line of work only by its abbreviation ("we continueren
de doorontwikkeling van de KPA") where an earlier plan wrote it out. Tracing
compares words, so the long form is added to every statement that uses the
abbreviation. Definitions are read from the run's own documents (the
Schwartz–Hearst idea: the shortest preceding word run whose first word starts with
the abbreviation's first letter and that holds its letters in order), so nothing
is listed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Document

_DEFINITION = re.compile(r"((?:[\w'’-]+\s+){0,6}[\w'’-]+)\s*\(([A-Z][A-Za-z]{1,7})\)")
_ABBREVIATION = re.compile(r"\b[A-Z][A-Za-z]{1,7}\b")


def _letters_in_order(letters: str, text: str) -> bool:
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if not position:
            return False
    return True


def long_form(words: list[str], abbreviation: str) -> str | None:
    """The shortest run of trailing `words` that spells `abbreviation`, or None.

    At most one word more than the abbreviation has letters, so "de gemeente Utrecht
    (GU)" gives "gemeente Utrecht" and "Toeslagenaffaire (KOT)" gives nothing.
    """
    letters = abbreviation.lower()
    if sum(char.isupper() for char in abbreviation) < 2:
        return None
    for start in range(len(words) - 1, max(-1, len(words) - len(letters) - 2), -1):
        candidate = words[start:]
        text = " ".join(candidate).lower()
        if candidate[0][0].lower() == letters[0] and _letters_in_order(letters[1:], text[1:]):
            return " ".join(candidate)
    return None


def find_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviation → long form, for every definition "long form (ABBR)" in `texts` (first one wins)."""
    table: dict[str, str] = {}
    for text in texts:
        for match in _DEFINITION.finditer(text):
            words, abbreviation = match.group(1).split(), match.group(2)
            found = long_form(words, abbreviation)
            if found and abbreviation not in table:
                table[abbreviation] = found
    return table


def document_abbreviations(documents: list[Document]) -> dict[str, str]:
    """The abbreviations defined anywhere in the run's documents."""
    return find_abbreviations(block.text for document in documents for page in document.pages for block in page.blocks)


def expand(text: str, table: dict[str, str]) -> str:
    """`text` with each abbreviation it uses followed by its long form (for comparing, not for showing).

    In place rather than appended, so the long form stays in its clause: "de KPA
    (kernpartneraanpak) VE (voorschoolse educatie), PO en VO".
    """
    if not table:
        return text
    return _ABBREVIATION.sub(lambda match: f"{match.group(0)} ({table[match.group(0)]})" if match.group(0) in table else match.group(0), text)
