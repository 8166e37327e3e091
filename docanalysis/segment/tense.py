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
    "wilden", "wilde", "moesten", "moest", "zaten", "zat", "lagen", "lag", "bedroeg", "bedroegen",
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
_AUXILIARY = {"hebben", "heeft", "hadden", "had", "zijn", "is", "waren", "was"}
# A participle: an optional separable prefix ("opgepakt", "afgerond"), then ge-/be-/ver-/ont-/her-/er-,
# ending in -d/-t (weak) or -en (strong: "besproken", "gekozen"). The lemmatizer confirms it.
_PARTICIPLE_SHAPE = re.compile(
    r"^(?:af|aan|op|uit|in|mee|toe|door|om|bij|terug|voor|samen|vast|weg|na|over|neer|rond)?(?:ge|be|ver|ont|her|er)[a-zà-ÿ]{2,}(?:d|t|en)$"
)
# A perfect with a double infinitive: "zijn ... gaan zitten", "hebben ... moeten kiezen".
_DOUBLE_INFINITIVE = {"gaan", "komen", "blijven", "laten", "moeten", "kunnen", "willen", "leren", "zien", "horen"}
_SUBORDINATORS = {"dat", "hoe", "om", "die", "wat", "waar", "waarin", "als", "omdat", "zodat", "of", "wanneer", "welke", "terwijl", "zoals"}
PERFECT_SPAN = 20
"""Words (and commas) an auxiliary and its participle may stand apart ("hebben we de conclusies ... uitgebreid besproken")."""
_PERFECT_MARKERS = re.compile(r"\b(?:inmiddels|reeds|eerder|al)\b", re.IGNORECASE)


def _is_participle(word: str) -> bool:
    """"gemaakt" → "maken", "besproken" → "bespreken"; not the noun "beleid" nor the infinitive "verbeteren"."""
    if not _PARTICIPLE_SHAPE.match(word):
        return False
    lemma = lemmatize_word(word)
    return lemma != word and lemma.endswith("en")


# A finite past of "zijn", "hebben", "worden": "Het doel was ...", "We hadden ...".
PAST_AUXILIARY = re.compile(r"\b(?:was|waren|had|hadden|werd|werden)\b", re.IGNORECASE)


def is_perfect(sentence: str, anywhere: bool = False) -> bool:
    """A perfect ending in its participle ("... hebben we veel geleerd."); with `anywhere`, also
    an auxiliary followed by a participle later on ("We zijn in juni gestart met ...").

    A participle that ends the sentence, or stands before a relative or infinitive clause
    ("... taken opgepakt die ...", "... keuzes gemaakt om ..."), closes the verb group.
    """
    words = re.findall(r"[a-zà-ÿ]+|[.!?,;:]", sentence.lower())
    for start, word in enumerate(words):
        if word not in _AUXILIARY:
            continue
        offset, end = start + 1, min(len(words), start + 1 + PERFECT_SPAN)
        while offset < end:
            candidate = words[offset]
            if candidate in ".!?;":
                break
            if candidate in _SUBORDINATORS:
                # A subordinate clause has its own verbs ("hoe we dit kunnen verbreden"); one set off
                # by commas is skipped ("hebben wij, zoals we dat noemen, taken opgepakt").
                comma = next((n for n in range(offset, len(words)) if words[n] in ",.!?;"), len(words))
                if comma >= len(words) or words[comma] != ",":
                    break
                offset, end = comma + 1, min(len(words), end + comma + 1 - offset)
                continue
            after = words[offset + 1] if offset + 1 < len(words) else "."
            if candidate in _DOUBLE_INFINITIVE and words[offset - 1] != "te" and after.endswith("en") and (anywhere or words[offset + 2 : offset + 3] in ([], ["."])):
                return True
            if _is_participle(candidate) and (anywhere or after in {".", "!", "?", "die", "dat", "om", "waar", "waarin", "waarmee"}):
                return True
            offset += 1
    return False


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
