"""Umbrella stops: one later statement that freezes or stops a whole line of work.

"We continueren onze inzet op Bestaanszekerheid, we intensiveren deze niet" covers
every earlier ambition under that theme; "we continueren onze inzet bij de
huisartsen" covers every earlier ambition about huisartsen(praktijken), whatever
its section. Readers apply such statements to all the work they name, so the
tracer does too: by the theme named in the stop, and by the rare words of what the
stop continues or stops (the nouns that end its object's phrases), matched as whole
words or compound parts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from ..model import Statement
from ..similarity import content_lemmas, normalise_theme

MIN_THEME_LENGTH = 6
# Object words shorter than this are too general to stand for a line of work ("wijk", "hulp").
MIN_OBJECT_LENGTH = 8
# Share of log(N) an object word's inverse document frequency must reach: a word in a handful of statements.
MIN_OBJECT_RARITY = 0.6
# What follows the verb of continuing or stopping is the work it concerns, up to the end of the clause.
_OBJECT = re.compile(r"\b(?:continueren|stoppen met|ten aanzien van)\b(?P<object>[^.,;]+)", re.IGNORECASE)


_TOKEN = re.compile(r"[\w'’-]+|[()]")


@cache
def _function_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


class Umbrellas:
    """Finds the later stops that cover an earlier statement, by theme or by object."""

    def __init__(self, statements: list[Statement], texts: list[str]) -> None:
        """`texts`: the statements' texts for comparing (abbreviations written out), in the same order."""
        self._text = {statement.id: text for statement, text in zip(statements, texts)}
        frequency = Counter(lemma for text in texts for lemma in set(content_lemmas(text)))
        self._rarity = {lemma: math.log(len(texts) / count) / math.log(len(texts)) for lemma, count in frequency.items()} if len(texts) > 1 else {}
        self._objects: dict[str, set[str]] = {}

    def objects(self, stop: Statement) -> set[str]:
        """The rare words of what `stop` continues or stops."""
        if stop.id not in self._objects:
            match = _OBJECT.search(self._text.get(stop.id, stop.text))
            words = content_lemmas(" ".join(_heads(match.group("object")))) if match else []
            self._objects[stop.id] = {word for word in words if len(word) >= MIN_OBJECT_LENGTH and self._rarity.get(word, 0.0) >= MIN_OBJECT_RARITY}
        return self._objects[stop.id]

    def covering(self, statement: Statement, later_stops: list[Statement]) -> list[Statement]:
        """Later stops that name this statement's theme as a whole, or the work it is about."""
        theme = normalise_theme(statement.theme)
        by_theme = bool(theme) and len(theme) >= MIN_THEME_LENGTH
        lemmas = [lemma for lemma in content_lemmas(self._text.get(statement.id, statement.text)) if len(lemma) >= MIN_OBJECT_LENGTH]
        found = []
        for stop in later_stops:
            if by_theme and re.search(rf"\b{re.escape(theme)}\b", normalise_theme(stop.text) or ""):
                found.append(stop)
            elif any(_same_word(lemma, word) for lemma in lemmas for word in self.objects(stop)):
                found.append(stop)
        return found


def _heads(phrase: str) -> list[str]:
    """The words that end a noun phrase: followed by a function word, a bracket or nothing.

    "onze inzet bij relevante wijknetwerken zoals ..." gives "inzet", "wijknetwerken":
    the things named, not the adjectives before them.
    """
    tokens = _TOKEN.findall(phrase.lower())
    return [token for token, following in zip(tokens, tokens[1:] + [""]) if token not in "()" and (not following or following in "()" or following in _function_words())]


def _same_word(a: str, b: str) -> bool:
    """Equal, or one a compound built on the other ("huisarts" / "huisartsenpraktijk")."""
    return a.startswith(b) or b.startswith(a)
