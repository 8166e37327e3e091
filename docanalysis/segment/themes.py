"""Headings → normalised themes, so one opgave is one theme across years.

Plans rename their opgaven ("Toegankelijke hulp" in one year, "Toegankelijke
basishulp" the next). A heading maps to the theme of `data/themes.json` whose name
or alias shares most of its content lemmas, where a compound counts as its head
("basishulp" ~ "hulp"); a heading that matches no theme keeps its own wording.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp import lemmas
from ..resources import load_json

MIN_THEME_SCORE = 0.6
_STOPWORDS = {
    "de", "het", "een", "en", "of", "van", "in", "op", "voor", "met", "aan", "door", "bij", "naar", "ons", "onze",
    "we", "wij", "te", "tot", "om", "als", "ook", "per", "over",
}


def _content(text: str) -> list[str]:
    return [lemma for lemma in lemmas(text) if lemma not in _STOPWORDS and not lemma.isdigit()]


def _word_similarity(a: str, b: str) -> float:
    """1 for the same lemma; 0.7 when one is the head of the other's compound ("basishulp", "hulp")."""
    if a == b:
        return 1.0
    short, long = sorted((a, b), key=len)
    if len(short) >= 4 and (long.endswith(short) or long.startswith(short)):
        return 0.7
    return 0.0


def _score(heading: list[str], name: list[str]) -> float:
    """How much of `name` the heading covers, penalised for heading words the name lacks."""
    if not heading or not name:
        return 0.0
    covered = sum(max(_word_similarity(word, other) for other in heading) for word in name)
    extra = sum(1 for word in heading if max(_word_similarity(word, other) for other in name) == 0.0)
    return covered / len(name) - 0.15 * extra


@lru_cache(maxsize=1)
def _vocabulary() -> list[tuple[str, list[list[str]]]]:
    themes = load_json("themes.json")["themes"]
    return [(theme["name"], [_content(name) for name in [theme["name"], *theme["aliases"]]]) for theme in themes]


@lru_cache(maxsize=4096)
def match_theme(title: str) -> str | None:
    """The vocabulary theme a heading names, or None."""
    words = _content(title)
    best, best_score = None, 0.0
    for name, variants in _vocabulary():
        score = max(_score(words, variant) for variant in variants)
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= MIN_THEME_SCORE else None


def clean_title(title: str) -> str:
    """A heading as a label: no trailing colon or numbering, first letter capitalised."""
    title = re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+", "", title).strip().rstrip(":").strip()
    return title.capitalize() if title.isupper() else title[:1].upper() + title[1:]


def normalise_theme(title: str) -> str:
    """The theme a heading (or a request's subject) stands for: a vocabulary theme, else the cleaned title."""
    return match_theme(title) or clean_title(title)
