"""The words that carry a request's subject, and how a plan may write them differently.

A letter asks in its own words ("Geef in uw plan concreet aan wat u zult doen om
..."); only the rest names what is asked. A summarised letter opens each ask with
an imperative ("Continueer het gesprek met jongeren"), which the plan answers in
another form ("we zetten de gesprekken voort"), so the opening verb is no subject
word either. An ask that points back ("deze crisis", "hier aan te werken") takes
its subject from the letter's point it stands under.

The plan seldom repeats the letter's words in the same form: "Hoe voorkomt u dat
kinderen uit huis worden geplaatst?" is answered by "uithuisplaatsingen voorkomen".
So a word meets the plan by several keys: its Snowball stem, the stem of its
simplemma lemma (`docanalysis.nlp.lemmatize_word`), the verb of a nominalisation,
and the compound it forms with its neighbours. Keys are stems, not lemmas alone,
because the stemmer also joins derivations ("ontwikkeling"/"ontwikkelen") that
the lemmatizer keeps apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..nlp import lemmatize_word
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
# Left out between the words of a compound written apart: "uit huis worden geplaatst".
_AUXILIARIES = frozenset("worden wordt werd werden is zijn was waren te".split())
# A separable first part of a compound verb or noun: "uit huis plaatsen", "terug dringen".
_PARTICLES = frozenset("uit op aan af in mee door terug samen over toe weg na voor om bij".split())
MIN_COMPOUND = 7


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | ASKING_WORDS | SCOPE_WORDS


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("dutch_porter")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (`dutch_porter`) stem, cached: a plan repeats its words."""
    return _stemmer().stemWord(word)


@dataclass(frozen=True)
class Term:
    """A subject word: its stem (`name`, what reports and tests show) and the keys it may meet the plan by.

    `keys` are the stems of the word, of its lemma and of the verb of a nominalisation
    (`word_keys`); `joined` the stems of the compound it forms with its neighbours
    ("uit huis geplaatst" → "uithuisplaats"), so that a plan writing the compound
    takes up each of its words.
    """

    name: str
    keys: frozenset[str]
    joined: frozenset[str] = frozenset()

    def __str__(self) -> str:
        return self.name


@lru_cache(maxsize=65536)
def word_keys(word: str) -> frozenset[str]:
    """The stems a word meets other forms of itself by.

    Its own Snowball stem ("ervaringsdeskundigheid" and "-deskundigen" meet), the
    stem of its lemma ("voorkomt" → "voorkomen", "geplaatst" → "plaatsen", "kinderen"
    → "kind") and, for a nominalisation in "-ing", the stem of its verb ("plaatsing"
    → "plaatsen"). The noun "plaats" keeps its own stem: it is no form of "plaatsen".
    """
    lemma = lemmatize_word(word).replace("_", "")
    forms = {word, lemma}
    if lemma.endswith("ing") and len(lemma) >= 7:
        forms.add(lemma[:-3] + "en")
    return frozenset(key for key in map(stem, forms) if len(key) > 2)


@lru_cache(maxsize=65536)
def _compound_keys(words: tuple[str, ...]) -> frozenset[str]:
    """Keys of adjacent words written as one compound: "schulden hulp" → "schuldhulp", with a linking s too.

    A compound inflects and stems on its last part, so the head's lemmas joined with
    the last word's keys stand for the compound's stem ("uit huis geplaatst" →
    "uithuis" + "plaats"), without stemming every pair of the plan.
    """
    head = "".join(lemmatize_word(word).replace("_", "") for word in words[:-1])
    heads = {head} | ({head + "s"} if len(words) == 2 and not head.endswith("s") else set())
    return frozenset(start + key for start in heads for key in word_keys(words[-1]) if len(start + key) >= MIN_COMPOUND)


def _words(text: str) -> list[str]:
    """Lower-cased words; a bracketed start of a word is part of it: "(rechts)positie" is "rechtspositie"."""
    return [word.lower() for word in _WORD.findall(_BRACKETED_PREFIX.sub(r"\1", text))]


def content_terms(text: str, ignore: frozenset[str] = frozenset()) -> list[Term]:
    """The words of a text that carry meaning, in order, each with the keys it meets the plan by.

    Two or three adjacent words (auxiliaries left out, the first may be a particle such
    as "uit") also form a compound key: "uit huis worden geplaatst" meets
    "uithuisplaatsing", and a plan's "schulden hulp" meets an ask's "schuldhulp".
    """
    words = [word for word in _words(text) if word not in _AUXILIARIES]
    content = [len(word) > 2 and word not in _stop_words() and word not in ignore for word in words]
    joined: list[set[str]] = [set() for _ in words]
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            window = range(start, start + size)
            if not all(content[i] for i in window[1:]) or not (content[start] or words[start] in _PARTICLES):
                continue
            keys = _compound_keys(tuple(words[start : start + size]))
            for i in window:
                joined[i] |= keys
    found = []
    for word, is_content, compound in zip(words, content, joined):
        name = stem(word) if is_content else ""
        if len(name) > 2:
            found.append(Term(name, word_keys(word), frozenset(compound)))
    return found


def passage_keys(text: str) -> frozenset[str]:
    """Every key a plan sentence offers: its words' stems and lemmas, and its adjacent words as compounds."""
    return frozenset(key for term in content_terms(text) for key in term.keys | term.joined)


def _opening_verb(text: str) -> str | None:
    """The imperative an ask opens with ("Continueer", "Adresseer"), not for questions."""
    words = _WORD.findall(text)
    if not words or text.rstrip().endswith("?"):
        return None
    first = words[0].lower()
    return first if first not in _stop_words() and is_imperative(first, lenient=True) else None


def subject_terms(text: str, theme: str | None, ignore: frozenset[str] = frozenset()) -> list[Term]:
    """The request's subject words, in order: its own words, and its point's name when it points back.

    A word written twice is one term, with the keys of both writings.
    """
    verb = _opening_verb(text)
    found = content_terms(_FREQUENCY.sub(" ", text), ignore | {verb} if verb else ignore)
    if theme and (_POINTING_BACK.search(text) or len(found) < 2):
        names = {term.name for term in found}
        found += [term for term in content_terms(theme, ignore) if term.name not in names]
    merged: dict[str, Term] = {}
    for term in found:
        known = merged.get(term.name)
        merged[term.name] = Term(term.name, known.keys | term.keys, known.joined | term.joined) if known else term
    return list(merged.values())


def root_variants(key: str) -> set[str]:
    """Stems a stemmer leaves apart from `key` by an inflection: "ontwikkel"/"ontwikkeld", "gezin"/"gezinn".

    The shorter of the two keeps at least five letters.
    """
    longer = {key + ending for ending in _INFLECTIONS} if len(key) >= 5 else set()
    shorter = {key[: -len(ending)] for ending in _INFLECTIONS if key.endswith(ending) and len(key) - len(ending) >= 5}
    return longer | shorter
