"""The spaCy pipeline and Dutch word normalisation, loaded once per process.

`nl_core_news_md` when installed; otherwise `spacy.blank("nl")` plus a rule-based
sentence splitter that knows the layout of policy documents. Lemmas come from
simplemma's Dutch dictionary with a compound fallback ("gezinswerkers" →
"gezinswerker" through "werkers" → "werker"); `benchmarks/bench_lemmatizer.py`
measures why this beats the Snowball stemmer ("gezinnen" → "zin").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAME = "nl_core_news_md"
LEMMATIZER = "simplemma"

# Abbreviations whose full stop never ends a sentence in Dutch policy prose.
ABBREVIATIONS = (
    "o.a.", "incl.", "t.b.v.", "bijv.", "m.b.t.", "i.s.m.", "i.h.k.v.", "i.v.m.", "c.q.", "e.d.", "evt.",
    "o.b.v.", "t.a.v.", "z.s.m.", "d.w.z.", "m.n.", "ca.", "nl.", "w.o.", "resp.", "excl.", "etc.", "nr.",
    "mr.", "dr.", "drs.", "ir.", "jl.", "t/m.", "vs.", "o.l.v.", "a.s.", "i.p.v.", "mln.", "mld.",
)
_ABBREV_RE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in ABBREVIATIONS) + r")$", re.IGNORECASE)
# A sentence ends at . ! ? (optionally closed by a quote or bracket) before white
# space and a capital, digit, quote or bracket that opens the next one.
_BOUNDARY_RE = re.compile(r"(?<=[.!?])['’”)]?\s+(?=[A-ZÀ-Ý0-9‘'“(•])")


_LIST_LINE = re.compile(r"^\s*(?:[•▪●◦■►▶➢➤✓\uf0b7\uf0a7\uf0d8\ufffd*-]|\d{1,2}[.)]|[a-z][.)])\s+")
_LINE_END = re.compile(r"[.!?:;]['’”)]?\s*$")


def _segment_spans(text: str) -> list[tuple[int, str]]:
    """(offset of the first line, text without list marker) of each layout piece."""
    spans: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        stripped = line.strip()
        if not stripped:
            continue
        previous = spans[-1][1] if spans else None
        starts_new = (
            previous is None
            or bool(_LIST_LINE.match(stripped))
            or (not _LINE_END.search(previous) and stripped[:1].isupper() and len(previous.split()) <= 9)
        )
        if starts_new:
            spans.append((line_start, _LIST_LINE.sub("", stripped, count=1)))
        else:
            spans[-1] = (spans[-1][0], f"{previous} {stripped}")
    return spans


def layout_segments(text: str) -> list[str]:
    """Pieces of multi-line text that layout separates: each bullet or numbered item, and a
    line without a closing full stop followed by a capitalised line (a heading), end a piece."""
    return [segment for _, segment in _segment_spans(text)]


def split_sentences(text: str) -> list[str]:
    """Sentences of a text; abbreviations ("o.a.", "t.b.v."), initials and numbers do not end one.

    A bullet, a numbered item and a heading without a full stop on their own line
    end a sentence too (`layout_segments`); ingest has usually made those block
    boundaries already, so within a block this finds the boundaries of running text.
    """
    if "\n" in text:
        return [sentence for segment in layout_segments(text) for sentence in split_sentences(segment)]
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        before = text[start:match.start() + 1]
        head = before.rstrip("'’”)")
        last_word = head.split()[-1] if head.split() else ""
        if _ABBREV_RE.search(last_word) or re.fullmatch(r"[A-Z]\.", last_word) or re.fullmatch(r"\(?\d{1,2}\.", last_word):
            continue
        sentences.append(text[start:match.end()].strip())
        start = match.end()
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


@Language.component("docanalysis_sentences")
def _sentence_component(doc: Doc) -> Doc:
    """Sentence starts from `split_sentences`, for the blank pipeline."""
    starts: set[int] = set()
    for line_start, segment in _segment_spans(doc.text):
        starts.add(line_start)
        offset = line_start
        for sentence in split_sentences(segment)[1:]:
            found = doc.text.find(sentence.split()[0], offset + 1)
            if found >= 0:
                starts.add(found)
                offset = found
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts or (token.idx - 1 in starts and doc.text[token.idx - 1].isspace())
    return doc


@cache
def get_nlp() -> Language:
    """The Dutch pipeline: the trained model when installed, else blank nl with our splitter."""
    try:
        return spacy.load(MODEL_NAME)
    except OSError:
        nlp = spacy.blank("nl")
        nlp.add_pipe("docanalysis_sentences")
        return nlp


def describe_pipeline(nlp: Language) -> str:
    """For `generated_by.nlp`: which model and which lemmatizer produced the analysis."""
    if nlp.meta.get("name") and nlp.meta["name"] != "pipeline":
        return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta.get('version', '')}".strip()
    return f"blank nl + {LEMMATIZER}"


@lru_cache(maxsize=65536)
def lemmatize_word(word: str) -> str:
    """Dutch lemma of one word, lower-cased.

    simplemma knows common words but not most compounds; for an unknown word the
    longest known tail (≥ 4 letters) is lemmatized and the head kept, as Dutch
    compounds inflect on their last part.
    """
    import simplemma

    word = word.lower()
    lemma = simplemma.lemmatize(word, lang="nl")
    if lemma != word or len(word) < 8:
        return lemma
    for cut in range(2, len(word) - 3):
        tail = word[cut:]
        tail_lemma = simplemma.lemmatize(tail, lang="nl")
        if tail_lemma != tail:
            return word[:cut] + tail_lemma
    return lemma


def lemmatize_words(words: list[str]) -> list[str]:
    """Dutch lemmas of words, lower-cased (simplemma with a compound fallback)."""
    return [lemmatize_word(word) for word in words]


_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9'’-]*")


def lemmas(text: str) -> list[str]:
    """Lemmas of the words of a text, in order."""
    return lemmatize_words(_WORD_RE.findall(text))
