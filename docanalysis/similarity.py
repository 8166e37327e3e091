"""Statements → comparable vectors, and scores for pairs of statements.

One place decides what "the same ambition" looks like to the machine, so tracing
and the cross-organisation view agree. Policy plans restate an ambition in new
words and glue Dutch compounds together ("gezinsplannen" / "een plan per gezin"),
so the default encoder mixes lemma word n-grams with character n-grams; spaCy word
vectors join in when a model with vectors is installed. Anything with `fit` and
`transform` (a sentence embedding, say) can replace the encoder later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .model import Statement
from .nlp import get_nlp, lemmatize_words

# Features in more than this share of statements (and more than the floor) are left out of the candidate search.
SEARCH_MAX_DF_SHARE = 0.05
SEARCH_MIN_DF_LIMIT = 100
_WORD = re.compile(r"[a-zà-ÿ0-9]+(?:-[a-zà-ÿ]+)*", re.IGNORECASE)


class Encoder(Protocol):
    """Texts → rows of L2-normalised vectors (sparse or dense), fitted on a corpus."""

    def fit(self, texts: list[str]) -> Encoder: ...

    def transform(self, texts: list[str]) -> sparse.csr_matrix | np.ndarray: ...


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"we", "wij", "onze", "ons", "gaan", "willen", "zullen", "worden", "2021", "2022", "2023", "2024", "2025"}


def content_lemmas(text: str) -> list[str]:
    """Lower-cased lemmas of the words that carry meaning (no stop words, no 1–2 letter words)."""
    return [lemma for _, lemma in _content_words(text)]


def content_words(text: str) -> list[tuple[str, str]]:
    """(word as written, lower case; its lemma) for the words that carry meaning: labels read better in the writer's words."""
    return list(_content_words(text))


@lru_cache(maxsize=65536)
def _content_words(text: str) -> tuple[tuple[str, str], ...]:
    words = [word for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in _stop_words()]
    return tuple((word, lemma) for word, lemma in zip(words, lemmatize_words(words)) if lemma not in _stop_words())


class LemmaTfidfEncoder:
    """Lemma 1–2-grams plus character 3–5-grams of the lemmas, each TF-IDF, concatenated.

    Character n-grams let "gezinsplannen" meet "gezinsplan" and "schuldhulp" meet
    "schulden"; lemma n-grams keep whole-word matches weighted highest.
    """

    def __init__(self, char_weight: float = 0.6) -> None:
        self.char_weight = char_weight
        self._words = TfidfVectorizer(analyzer=lambda text: _word_ngrams(text), sublinear_tf=True, min_df=1)
        self._chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1)

    def fit(self, texts: list[str]) -> LemmaTfidfEncoder:
        self._words.fit(texts)
        self._chars.fit([" ".join(content_lemmas(text)) for text in texts])
        return self

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        words = self._words.transform(texts)
        chars = self._chars.transform([" ".join(content_lemmas(text)) for text in texts])
        weight = np.sqrt(self.char_weight)
        both = sparse.hstack([words * np.sqrt(1 - self.char_weight), chars * weight], format="csr")
        return normalize(both)


def _word_ngrams(text: str) -> list[str]:
    lemmas = content_lemmas(text)
    return lemmas + [f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])]


class SpacyVectorEncoder:
    """Mean word vectors of the installed spaCy model; only usable when it has vectors."""

    @staticmethod
    def available() -> bool:
        return get_nlp().vocab.vectors.shape[0] > 0

    def fit(self, texts: list[str]) -> SpacyVectorEncoder:
        return self

    def transform(self, texts: list[str]) -> np.ndarray:
        nlp = get_nlp()
        vectors = np.array([doc.vector for doc in nlp.pipe(texts, disable=[p for p in nlp.pipe_names if p != "tok2vec"])])
        return normalize(vectors)


def top_k_pairs(left: sparse.csr_matrix | np.ndarray, right: sparse.csr_matrix | np.ndarray, k: int, min_score: float = 0.0, chunk: int = 1024) -> list[tuple[int, int, float]]:
    """For each row of `left`, its `k` most similar rows of `right` (dot products of L2-normalised rows).

    Sparse products chunk by chunk keep memory bounded and never visit every pair in
    Python: 20k × 20k statements is a few sparse products, not 400 million loops.
    """
    pairs: list[tuple[int, int, float]] = []
    right_t = sparse.csr_matrix(right).T.tocsr()
    left = sparse.csr_matrix(left)
    floor = max(min_score, 1e-9)
    for start in range(0, left.shape[0], chunk):
        block = (left[start : start + chunk] @ right_t).tocsr()
        for row in range(block.shape[0]):
            lo, hi = block.indptr[row], block.indptr[row + 1]
            scores, columns = block.data[lo:hi], block.indices[lo:hi]
            if len(scores) > k:
                best = np.argpartition(-scores, k - 1)[:k]
                scores, columns = scores[best], columns[best]
            pairs.extend((start + row, int(column), float(score)) for column, score in zip(columns, scores) if score >= floor)
    return pairs


def normalise_theme(theme: str | None) -> str | None:
    """A theme as a comparable key: lower case, no numbering or punctuation."""
    if not theme:
        return None
    key = re.sub(r"[^a-zà-ÿ ]+", " ", theme.lower())
    key = re.sub(r"\s+", " ", key).strip()
    return key or None


@lru_cache(maxsize=4096)
def theme_similarity(a: str | None, b: str | None) -> float:
    """How alike two theme names are (0..1): rapidfuzz token-set ratio, so "Gelijke Kansen" = "gelijke kansen"."""
    key_a, key_b = normalise_theme(a), normalise_theme(b)
    if not key_a or not key_b:
        return 0.0
    return fuzz.token_set_ratio(key_a, key_b) / 100.0


def _shared(a: list[str], b: list[str]) -> float:
    """Jaccard overlap of two lists of names (partners, places), case-insensitive."""
    if not a or not b:
        return 0.0
    set_a, set_b = {item.lower() for item in a}, {item.lower() for item in b}
    return len(set_a & set_b) / len(set_a | set_b)


@dataclass
class PairFeatures:
    """Why two statements look alike, as numbers a calibrated model weighs."""

    cosine: float
    fuzzy: float
    theme: float
    names: float

    def as_list(self) -> list[float]:
        return [self.cosine, self.fuzzy, self.theme, self.names]


def pair_features(a: Statement, b: Statement, cosine: float) -> PairFeatures:
    """The features of one candidate pair; `cosine` comes from the encoder."""
    fuzzy = fuzz.token_set_ratio(a.text.lower(), b.text.lower()) / 100.0
    names = _shared(a.partners + a.places, b.partners + b.places)
    return PairFeatures(cosine=cosine, fuzzy=fuzzy, theme=theme_similarity(a.theme, b.theme), names=names)


TOPICS = 100


def topic_vectors(matrix: sparse.csr_matrix) -> np.ndarray | None:
    """Latent semantic analysis of the run's own statements (truncated SVD), rows L2-normalised.

    Learned from the documents being read, so nothing is downloaded; it links
    statements that share no word but whose words occur together elsewhere in the plans.
    """
    components = min(TOPICS, matrix.shape[0] - 1, matrix.shape[1] - 1)
    if components < 2:
        return None
    from sklearn.decomposition import TruncatedSVD

    return normalize(TruncatedSVD(n_components=components, random_state=0).fit_transform(matrix))


class StatementIndex:
    """All statements of a run encoded once; candidate pairs and their cosines.

    The TF-IDF encoder finds candidates (sparse top-k); when spaCy vectors are
    installed their cosine is averaged in, which helps reworded ambitions meet.
    Section and latent-topic cosines give the link model a view beyond shared words.
    """

    def __init__(self, statements: list[Statement], encoder: Encoder | None = None, texts: list[str] | None = None) -> None:
        """`texts`, one per statement, replace the statement texts for comparing (abbreviations written out, say)."""
        self.statements = statements
        texts = texts if texts is not None else [statement.text for statement in statements]
        self.texts = texts
        self.encoder = encoder or LemmaTfidfEncoder()
        self.matrix = sparse.csr_matrix(self.encoder.fit(texts).transform(texts)) if texts else None
        self._search = self._search_matrix() if texts else None
        self.vectors = SpacyVectorEncoder().transform(texts) if texts and SpacyVectorEncoder.available() else None
        self.topics = topic_vectors(self.matrix) if texts else None
        sections: dict[tuple[str, str | None], int] = {}
        self._section_of = [sections.setdefault((s.document_id, normalise_theme(s.theme)), len(sections)) for s in statements]
        self._sections_of_document: dict[str, list[int]] = defaultdict(list)
        for (document_id, _), section in sections.items():
            self._sections_of_document[document_id].append(section)
        self._section_scores: np.ndarray | None = None
        self._section_ranks: dict[tuple[int, int], int] = {}

    def candidates(self, left: list[int], right: list[int], k: int, min_score: float = 0.0) -> list[tuple[int, int, float]]:
        """Pairs (left index, right index, cosine) of the `k` best right rows per left row."""
        if not left or not right or self.matrix is None:
            return []
        found = top_k_pairs(self._search[left], self._search[right], k, min_score)
        if not found:
            return []
        sources = [left[i] for i, _, _ in found]
        targets = [right[j] for _, j, _ in found]
        exact = np.asarray(self.matrix[sources].multiply(self.matrix[targets]).sum(axis=1)).ravel()
        return [(i, j, self.cosine(i, j, float(score))) for i, j, score in zip(sources, targets, exact)]

    def _search_matrix(self) -> sparse.csr_matrix:
        """The encoded rows without their most common features, for the candidate search only.

        Character n-grams such as "ver" occur in almost every statement; they add
        little to a cosine but make every pair a non-zero product, which turns the
        sparse search quadratic. Candidates are re-scored on the full vectors.
        """
        document_frequency = np.bincount(self.matrix.indices, minlength=self.matrix.shape[1])
        limit = max(SEARCH_MAX_DF_SHARE * self.matrix.shape[0], SEARCH_MIN_DF_LIMIT)
        keep = sparse.diags((document_frequency <= limit).astype(float))
        return normalize(self.matrix @ keep, copy=False).tocsr()

    def section_cosine(self, i: int, j: int) -> float:
        """Cosine of the two statements' sections (document + theme), as mean vectors.

        Plans rename and regroup their themes ("Gelijke kansen" work reappears under
        "Wijkgericht werken"); what the sections say reveals that their lines of work meet.
        """
        if self._section_scores is None:
            self._section_scores = self._section_similarities()
        return float(self._section_scores[self._section_of[i], self._section_of[j]])

    def section_rank(self, i: int, j: int) -> int:
        """How many sections of j's document are closer to i's section than j's own.

        Readers follow an ambition into the later plan's section that carries on its
        theme (0 here), whatever that section is called now; the rank says so
        without a fixed cosine level, which differs from plan to plan.
        """
        key = (self._section_of[i], self._section_of[j])
        if key not in self._section_ranks:
            if self._section_scores is None:
                self._section_scores = self._section_similarities()
            row = self._section_scores[key[0]]
            self._section_ranks[key] = int((row[self._sections_of_document[self.statements[j].document_id]] > row[key[1]]).sum())
        return self._section_ranks[key]

    def _section_similarities(self) -> np.ndarray:
        """Section × section cosines of the sections' mean vectors (few sections, so dense)."""
        membership = sparse.csr_matrix((np.ones(len(self._section_of)), (self._section_of, np.arange(len(self._section_of)))))
        centroids = normalize(membership @ self.matrix)
        return (centroids @ centroids.T).toarray()

    def topic_cosine(self, i: int, j: int) -> float:
        """Cosine in the latent topic space: words that keep company meet ("huisarts", "praktijkondersteuner")."""
        return float(self.topics[i] @ self.topics[j]) if self.topics is not None else 0.0

    def cosine(self, i: int, j: int, sparse_score: float) -> float:
        if self.vectors is None:
            return sparse_score
        return (sparse_score + float(self.vectors[i] @ self.vectors[j])) / 2


def describe_similarity() -> str:
    vectors = " + spaCy vectors" if SpacyVectorEncoder.available() else ""
    return f"lemma TF-IDF (word 1-2-grams + char 3-5-grams){vectors}, latent topics (SVD), section centroids, rapidfuzz token_set_ratio, theme and name overlap; calibrated logistic link model"
