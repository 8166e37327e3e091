"""The words that carry a request's subject, and how a plan may write them differently.

A letter asks in its own words ("Geef in uw plan concreet aan wat u zult doen om
..."); only the rest names what is asked. A summarised letter opens each ask with
an imperative ("Continueer het gesprek met jongeren"), which the plan answers in
another form ("we zetten de gesprekken voort"), so the opening verb is no subject
word either. An ask that points back ("deze crisis", "hier aan te werken") takes
its subject from the letter's point it stands under.
"""

from __future__ import annotations

import re
from functools import cache

from ..segment.requests import is_imperative

_WORD = re.compile(r"[a-zà-ÿ]+", re.I)
# Words of the asking, not of the subject: they tell nothing about whether it is answered.
ASKING_WORDS = frozenset(
    """
    vragen vraag verzoeken verzoek graag zien lezen horen geef geven aan concreet concrete plan jaarplan werkplan
    beschrijven beschrijf beschrijving aangeven uw u jullie zult zal wilt doen doet hoe welke wat waar wanneer waarom
    belangrijk belang vinden achten verwachten terugzien terug opnemen opgenomen voornemens manieren mogelijk denkbaar
    ook daarbij daarnaast hierbij hier hierin hiervan hierop daaraan juist inderdaad verder meer nog steeds kader
    gesprek blijven zijn wordt worden kunnen moeten gaan zetten zet inzet leveren bijdragen draag onder andere
    """.split()
)
# Words of where, not of what: "in alle wijken", "stadsbreed" set the scope of an ask, not its subject.
SCOPE_WORDS = frozenset("wijk wijken stad stadsbreed stedelijk buurt buurten".split())
# How often, not what: "twee keer per jaar", "jaarlijks", "per kwartaal" set the rhythm of an ask, not its subject.
_FREQUENCY = re.compile(
    r"\b(?:\w+\s+)?(?:keer|maal)\s+(?:per|in\s+het|per\s+het)\s+\w+|\bper\s+(?:jaar|half\s?jaar|kwartaal|maand|week)\b|\b(?:jaarlijks|halfjaarlijks|maandelijks|wekelijks|periodiek)\w*",
    re.I,
)
# Words that point back to what the letter said just before the ask.
_POINTING_BACK = re.compile(r"\b(hier(aan|bij|in|van|op|voor|mee)?|deze|dit|daar(aan|bij|in|van|op|voor|mee)|daarmee)\b", re.I)
_BRACKETED_PREFIX = re.compile(r"\((\w+)\)(?=\w)")
_INFLECTIONS = frozenset({"d", "t", "e", "s", "n", "en", "de", "te"})


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | ASKING_WORDS | SCOPE_WORDS


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("dutch_porter")


def stems(text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """Stems of the words that carry meaning: "ervaringsdeskundigheid" and "ervaringsdeskundigen" meet.

    A bracketed start of a word is part of it: "(rechts)positie" is "rechtspositie".
    The stemmer keeps "ge-" ("gelijke" stays apart from "lijk").
    """
    words = [word.lower() for word in _WORD.findall(_BRACKETED_PREFIX.sub(r"\1", text))]
    kept = [word for word in words if len(word) > 2 and word not in _stop_words() and word not in ignore]
    return [stem for stem in _stemmer().stemWords(kept) if len(stem) > 2]


def _opening_verb(text: str) -> str | None:
    """The imperative an ask opens with ("Continueer", "Adresseer"), not for questions."""
    words = _WORD.findall(text)
    if not words or text.rstrip().endswith("?"):
        return None
    first = words[0].lower()
    return first if first not in _stop_words() and is_imperative(first, lenient=True) else None


def subject_terms(text: str, theme: str | None, ignore: frozenset[str] = frozenset()) -> list[str]:
    """The request's subject stems, in order: its own words, and its point's name when it points back."""
    verb = _opening_verb(text)
    terms = stems(_FREQUENCY.sub(" ", text), ignore | {verb} if verb else ignore)
    if theme and (_POINTING_BACK.search(text) or len(terms) < 2):
        terms += [term for term in stems(theme, ignore) if term not in terms]
    return list(dict.fromkeys(terms))


def same_root(a: str, b: str) -> bool:
    """Stems a stemmer leaves apart by an inflection: "ontwikkel"/"ontwikkeld", "gezin"/"gezinn"."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short) and long[len(short) :] in _INFLECTIONS
