"""The spaCy pipeline, loaded once per process.

`nl_core_news_md` when installed; otherwise `spacy.blank("nl")`.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODEL_NAME = "nl_core_news_md"


@cache
def get_nlp() -> Language:
    try:
        return spacy.load(MODEL_NAME)
    except OSError:
        return spacy.blank("nl")


def describe_pipeline(nlp: Language) -> str:
    if nlp.meta.get("name") and nlp.meta["name"] != "pipeline":
        return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta.get('version', '')}".strip()
    return "blank nl"


def lemmatize_words(words: list[str]) -> list[str]:
    """Dutch lemmas of words, lower-cased (simplemma's Dutch dictionary)."""
    import simplemma

    return [simplemma.lemmatize(word.lower(), lang="nl") for word in words]
