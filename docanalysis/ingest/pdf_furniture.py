"""Running headers, footers and page numbers, found by repetition across pages.

Text in the top or bottom band of a page that recurs on other pages once digits are
normalised ("Jaarplan 2025 17" and "Jaarplan 2025 18" are the same footer) is page
furniture, not content. It is matched per font run too, because a producer may set
a footer on the same line as the next heading ("Jaarplan 2025 17Wijkgericht
werken"): the footer's run is stripped and the heading stays. Recurring text larger
than body text is a repeated heading ("Doelen"), never furniture.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .clean import collapse_spaces, normalise_chars
from .pdf_layout import GUTTER_EM, MIN_GUTTER, Line, PageLayout, Word

BAND = 0.09
"""Share of the page height at the top and at the bottom where furniture lives."""
_PAGE_NUMBER = re.compile(r"^(?:pagina|page|blz\.?|p\.)?\s*[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:/|van|of)\s*\d{1,4})?$", re.IGNORECASE)


def _key(words: list[Word]) -> str:
    text = collapse_spaces(normalise_chars(" ".join(w["text"] for w in words))).lower()
    return re.sub(r"\d+", "#", text)


def _runs(words: list[Word]) -> list[list[Word]]:
    """Consecutive words in the same font and size, without a wide gap between them."""
    runs = [[words[0]]]
    for previous, word in zip(words, words[1:]):
        same_font = (word["fontname"], round(word["size"], 1)) == (previous["fontname"], round(previous["size"], 1))
        if same_font and word["x0"] - previous["x1"] <= max(MIN_GUTTER, GUTTER_EM * previous["size"]):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def _band(line: Line, height: float) -> str | None:
    if line.bottom <= BAND * height:
        return "header"
    if line.top >= (1 - BAND) * height:
        return "footer"
    return None


def _small(words: list[Word], body_size: float) -> bool:
    return max(w["size"] for w in words) <= body_size * 1.1


def running_keys(layouts: list[PageLayout], body_size: float) -> dict[str, str]:
    """Keys of band text recurring on enough pages, each with where it mostly sits."""
    pages: dict[str, set[int]] = defaultdict(set)
    votes: dict[str, Counter] = defaultdict(Counter)
    for layout in layouts:
        for line in layout.lines:
            band = _band(line, layout.height)
            if band is None:
                continue
            for run in [line.words, *_runs(line.words)]:
                if _small(run, body_size):
                    key = _key(run)
                    pages[key].add(layout.number)
                    votes[key][band] += 1
    needed = 2 if len(layouts) <= 5 else 3
    return {key: votes[key].most_common(1)[0][0] for key, seen in pages.items() if len(seen) >= needed}


def _is_furniture(words: list[Word], running: dict[str, str], body_size: float) -> bool:
    if not _small(words, body_size):
        return False
    return _key(words) in running or bool(_PAGE_NUMBER.match(" ".join(w["text"] for w in words)))


def strip_furniture(layout: PageLayout, running: dict[str, str], body_size: float) -> tuple[list[str], list[str]]:
    """Remove furniture from the page's lines in place; return (headers, footers) texts.

    Lines are taken from the page edge inwards and only while everything nearer the
    edge was furniture, so a body line that happens to sit in the band stays. A line
    is furniture as a whole, or its leading and trailing font runs are.
    """
    found: dict[str, list[str]] = {"header": [], "footer": []}
    replaced: dict[int, Line | None] = {}
    lines = layout.lines
    for band, outward in (("header", lambda line: line.top), ("footer", lambda line: -line.bottom)):
        for line in sorted((line for line in lines if _band(line, layout.height) == band), key=outward):
            runs = _runs(line.words)
            furniture, runs = (runs, []) if _is_furniture(line.words, running, body_size) else _strip_runs(runs, running, body_size)
            if not furniture:
                break
            for run in furniture:
                text = collapse_spaces(normalise_chars(" ".join(w["text"] for w in run)))
                found[running.get(_key(run), running.get(_key(line.words), band))].append(text)
            rest = [w for run in runs for w in run]
            replaced[id(line)] = Line(rest, line.region, line.column, line.column_x1) if rest else None
            if rest:
                break
    items = [replaced.get(id(item), item) for item in layout.items]
    layout.items = [item for item in items if item is not None]
    return found["header"], found["footer"]


def _strip_runs(runs: list[list[Word]], running: dict[str, str], body_size: float) -> tuple[list[list[Word]], list[list[Word]]]:
    """(furniture runs at the start and end of a line, the runs between)."""
    runs = list(runs)
    furniture = []
    while runs and _is_furniture(runs[0], running, body_size):
        furniture.append(runs.pop(0))
    while runs and _is_furniture(runs[-1], running, body_size):
        furniture.append(runs.pop())
    return furniture, runs
