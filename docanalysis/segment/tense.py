"""Tense without a tagger: is a Dutch sentence about the past?

A plan's history ("In 2022 openden we ...", "Het afgelopen jaar hebben we ...")
is context, and a report's past is its results. Without a part-of-speech model
the past shows in irregular forms, weak forms whose lemma is a verb ("werkten" →
"werken"), markers ("sinds", "het afgelopen jaar"), earlier years, and perfects.
"""

from __future__ import annotations

import re

from ..nlp import lemmatize_word

_IRREGULAR_PAST = {
    "waren", "was", "hadden", "had", "kregen", "kreeg", "zagen", "zag", "gingen", "ging", "deden", "deed", "werden", "werd",
    "kwamen", "kwam", "lieten", "liet", "hielden", "hield", "namen", "nam", "gaven", "gaf", "bleven", "bleef", "begonnen",
    "begon", "vonden", "vond", "spraken", "sprak", "keken", "keek", "hielpen", "hielp", "wisten", "wist", "steeg", "stegen", "vroegen", "vroeg", "liepen", "liep", "schreven", "kozen", "stonden", "stond", "zochten", "zocht", "brachten", "bracht", "dachten", "dacht", "konden", "kon",
    "wilden", "wilde", "moesten", "moest", "zaten", "zat", "lagen", "lag",
}
# Present-tense verbs that look like a weak past ("we breiden uit" is not "breien").
_INFINITIVES_LIKE_PAST = {
    "breiden", "verbreden", "leiden", "bieden", "melden", "wenden", "zenden", "raden", "starten", "richten", "zetten",
    "laten", "achten", "verwachten", "houden", "worden", "antwoorden", "baden", "bereiden", "voorbereiden", "scheiden",
    "beantwoorden", "bespreken", "vermijden", "rijden", "lijden", "snijden", "inzetten", "voortzetten", "uitbreiden",
    "begeleiden", "mijden", "behoeden", "hoeden", "wachten", "verrichten", "stichten", "inrichten", "agenderen",
}
_DETERMINERS = {"de", "het", "een", "onze", "ons", "deze", "die", "dit", "dat", "hun", "zijn", "haar", "elke", "iedere", "alle", "meer", "zo"}
_PAST_MARKERS = re.compile(r"\b(?:(?:het|de|dit) afgelopen|sinds|vanaf de start|tot nu toe|tot dan toe|vorig(?:e)? jaar)\b", re.IGNORECASE)
# Any perfect ("We zijn in juni weer gestart met ..."): history in running text.
_PERFECT_ANY = re.compile(r"\b(?:hebben|heeft|zijn|is)\b(?:\s+\S+){0,12}?\s+(?:ge|be|ver|ont|her|onder)[a-zà-ÿ]{3,}[dt]\b", re.IGNORECASE)
_PERFECT_MARKERS = re.compile(r"\b(?:inmiddels|reeds|eerder|al)\b", re.IGNORECASE)
# A perfect that ends its sentence on the participle, separable prefixes included ("is ... afgenomen.").
_PERFECT = re.compile(
    r"\b(?:hebben|heeft|hadden|zijn|is|waren)\b(?:\s+\S+){0,12}?\s+"
    r"(?:af|aan|op|uit|in|mee|toe|door|om|bij|terug|voor)?(?:ge|be|ver|ont|her|er)\w+[dtn]\b[.!]?$",
    re.IGNORECASE,
)
# A finite past of "zijn", "hebben", "worden": "Het doel was ...", "We hadden ...".
PAST_AUXILIARY = re.compile(r"\b(?:was|waren|had|hadden|werd|werden)\b", re.IGNORECASE)


def is_perfect(sentence: str, anywhere: bool = False) -> bool:
    """A perfect ending in its participle ("... hebben we veel geleerd."); with `anywhere`, also
    any auxiliary followed by a ge-participle ("We zijn in juni gestart met ...")."""
    return bool(_PERFECT.search(sentence) or (anywhere and _PERFECT_ANY.search(sentence)))


def is_past(sentence: str, year: int | None = None) -> bool:
    """Simple past ("werkten", "zochten", "kregen"), a marker of the past ("het afgelopen jaar", "sinds",
    a year before the document's), or a perfect with "inmiddels"/"reeds"."""
    if _PAST_MARKERS.search(sentence):
        return True
    if year and any(int(found) < year for found in re.findall(r"\b((?:19|20)\d{2})\b", sentence)) and not re.search(r"\b(?:%d|%d)\b" % (year, year + 1), sentence):
        return True
    words = re.findall(r"[a-zà-ÿ]+", sentence.lower())[:14]
    for position, word in enumerate(words):
        if word in _IRREGULAR_PAST:
            return True
        if position and words[position - 1] in _DETERMINERS:
            continue  # "de beoogde ontwikkeling": a participle used as an adjective
        if len(word) > 5 and re.search(r"(?:te|ten|de|den)$", word) and word not in _INFINITIVES_LIKE_PAST:
            lemma = lemmatize_word(word)
            participle = word.startswith(lemma) and word[len(lemma):] in {"d", "de", "den"}  # "volgende"
            if lemma != word and lemma.endswith("en") and not participle:
                return True
    return is_perfect(sentence) and bool(_PERFECT_MARKERS.search(sentence))
