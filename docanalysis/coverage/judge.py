"""Judging one request against one answering document.

The answering document is cut into passages (its sentences, minus any summary of
the letter itself). A request counts as answered when one place in the plan takes
up its subject words, weighted by how rare each is in the plan: a word the plan
never uses is the strongest sign of a gap, and a word in every twentieth sentence
("gezin", "wijk") is background and does not count. A word counts in any of its
forms and as part of a compound ("uit huis geplaatst" / "uithuisplaatsing",
`terms.word_keys`); a compound the plan writes as parts apart in a sentence
("energiearmoede" / "energie", "armoede") counts half.

Calling a missing point answered is the costly mistake: the thresholds in
`models/coverage_thresholds.json` are calibrated leave-one-letter-out so that on
the letters they were fitted on no missing point is called answered
(`benchmarks/calibrate_coverage.py`).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Block, Document, Statement
from ..nlp import split_sentences
from ..resources import MODELS_DIR
from ..segment.requests import extract_requests
from .terms import Term, content_terms, passage_keys, root_variants, subject_terms

THRESHOLDS_FILE = MODELS_DIR / "coverage_thresholds.json"
MAX_EVIDENCE = 3
BACKGROUND_SHARE = 0.05
BACKGROUND_MIN = 5
NEIGHBOURHOOD = 2
# A key this long is found at the end of the plan's compounds: "armoed" in "energiearmoed".
MIN_SUFFIX = 6
SPLIT_CREDIT = 0.5
# A part of a multi-part ask is taken up when the plan uses at least this weighted share of its words:
# "de wachtlijst voor specialistische hulp" is not answered by a plan that only says "hulp".
PART_PRESENT = 0.5
# Where one ask holds several: "X en Y", "hoe ... en hoe ...", "; ...". An ask with
# "en/of" or "of" lists alternatives: one of them answers it.
_PARTS = re.compile(r"\s+en\s+(?!/)|;\s+|\?\s+")
_ALTERNATIVES = re.compile(r"\b(en/of|of)\b", re.I)


@dataclass
class Passage:
    """A sentence of the answering document, with the statement it belongs to when known."""

    text: str
    page: int | None
    keys: frozenset[str]
    statement_id: str | None = None


@dataclass
class Judgement:
    """The numbers behind one status, kept so calibration and the report can show them.

    `best`/`local`: weighted share of the subject taken up by the best sentence and by
    the best neighbourhood of five. `absent`: weighted share of the subject the whole
    plan never uses. `parts_absent`: parts of a multi-part ask ("X en Y") of whose
    words the plan uses less than `PART_PRESENT` (weighted).
    """

    doc_cover: float
    best: float
    local: float
    evidence: list[tuple[Passage, float]]
    parts_absent: int = 0
    absent: float = 0.0
    terms: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        """How fully one place of the plan takes up the request: its best sentence and its neighbourhood."""
        return round((self.best + self.local) / 2, 3)


def _sentences(block: Block) -> list[str]:
    """The block's sentences as the rest of the product splits them (abbreviations such as "o.a." end none)."""
    return [part.strip() for part in split_sentences(block.text) if len(part.split()) >= 3]


def answering_passages(document: Document, statements: list[Statement]) -> list[Passage]:
    """The document's sentences in reading order, leaving out letter text (its summary of the letter)."""
    _, letter_blocks = extract_requests(document)
    own = [s for s in statements if s.document_id == document.id and s.kind != "request"]
    passages = []
    for index, block in enumerate(document.blocks):
        if index in letter_blocks or block.kind == "heading":
            continue
        for sentence in _sentences(block):
            key = sentence[:80]
            statement = next((s for s in own if s.page == block.page and (key in s.text or s.text[:80] in sentence)), None)
            passages.append(Passage(sentence, block.page, passage_keys(sentence), statement.id if statement else None))
    return passages


def _share(words: set[Term], present: set[Term], weights: dict[Term, float]) -> float:
    return sum(weights[word] for word in words if word in present) / sum(weights[word] for word in words)


class PassageIndex:
    """The passages of one answering document and how rare each key is among them."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self.document_frequency: dict[str, int] = defaultdict(int)
        for passage in passages:
            for key in passage.keys:
                self.document_frequency[key] += 1
        self.vocabulary = set(self.document_frequency)
        self._key_forms: dict[str, frozenset[str]] = {}
        self._by_suffix: dict[str, set[str]] = defaultdict(set)
        for word in self.vocabulary:
            for cut in range(len(word) - MIN_SUFFIX + 1):
                self._by_suffix[word[cut:]].add(word)

    def _frequency(self, term: Term) -> int:
        """In how many passages the word's most used writing occurs."""
        return max((self.document_frequency.get(key, 0) for key in term.keys), default=0)

    def weight(self, term: Term) -> float:
        """Inverse document frequency; a word the document never uses weighs most."""
        return math.log((len(self.passages) + 1) / (self._frequency(term) + 1)) + 1

    def is_background(self, term: Term) -> bool:
        """A word on every other page of the plan ("gezin", "wijk") shows nothing about one request."""
        return self._frequency(term) > max(BACKGROUND_SHARE * len(self.passages), BACKGROUND_MIN)

    def key_forms(self, key: str) -> frozenset[str]:
        """The plan's keys that write `key`: itself, a compound ending in it, an inflection of it."""
        if key not in self._key_forms:
            written = {key} | root_variants(key)
            self._key_forms[key] = frozenset((written & self.vocabulary) | self._by_suffix.get(key, set()))
        return self._key_forms[key]

    def forms(self, term: Term) -> set[str]:
        """The plan's keys that write the word, in any of its forms or as part of the compound it is written in."""
        return set().union(*(self.key_forms(key) for key in term.keys | term.joined))

    def split(self, term: Term) -> tuple[set[str], set[str]] | None:
        """A compound the plan writes as its two parts ("netwerksamenwerk" → "netwerk", "samenwerk")."""
        stem = term.name
        for cut in range(4, len(stem) - 3):
            head, tail = stem[:cut], stem[cut:]
            heads = self.key_forms(head) | (self.key_forms(head[:-1]) if head.endswith("s") else frozenset())
            tails = self.key_forms(tail)
            if heads and tails:
                return set(heads), set(tails)
        return None

    def judge(self, request: Statement, ignore: frozenset[str] = frozenset()) -> Judgement:
        subject = subject_terms(request.text, request.theme, ignore)
        terms = [term for term in subject if not self.is_background(term)]
        if len(terms) < 2:  # "Continueer het gesprek met jongeren": the background word is the subject
            terms = subject
        if not terms or not self.passages:
            return Judgement(0.0, 0.0, 0.0, [], terms=[term.name for term in terms])
        weights = {term: self.weight(term) for term in terms}
        total = sum(weights.values())
        forms = {term: self.forms(term) for term in terms}
        splits = {term: self.split(term) for term in terms if not forms[term] and len(term.name) >= 8}

        def cover(vocabulary: frozenset[str] | set[str]) -> float:
            taken = 0.0
            for term, weight in weights.items():
                if forms[term] & vocabulary:
                    taken += weight
                elif splits.get(term) and all(part & vocabulary for part in splits[term]):
                    taken += SPLIT_CREDIT * weight
            return taken / total

        doc_cover = cover(self.vocabulary)
        scored = [(passage, cover(passage.keys)) for passage in self.passages]
        best_index = max(range(len(scored)), key=lambda i: scored[i][1])
        windows = [
            cover(set().union(*(p.keys for p, _ in scored[max(0, i - NEIGHBOURHOOD) : i + NEIGHBOURHOOD + 1])))
            for i in range(len(scored))
            if scored[i][1] > 0
        ]
        local = max(windows) if windows else 0.0
        ranked = sorted(scored, key=lambda pair: -pair[1])
        evidence = [pair for pair in ranked[:MAX_EVIDENCE] if pair[1] > 0]
        by_name = {term.name: term for term in terms}
        parts = [] if _ALTERNATIVES.search(request.text) else [{by_name[t.name] for t in content_terms(part, ignore) if t.name in by_name} for part in _PARTS.split(request.text)]
        vocabulary_cover = {term for term in terms if forms[term] or splits.get(term)}
        absent_parts = sum(1 for part in parts if len(part) >= 2 and _share(part, vocabulary_cover, weights) < PART_PRESENT)
        absent = sum(weights[t] for t in terms if t not in vocabulary_cover) / total
        return Judgement(
            round(doc_cover, 3),
            round(scored[best_index][1], 3),
            round(local, 3),
            evidence,
            absent_parts,
            round(absent, 3),
            [term.name for term in terms],
        )


DEFAULT_THRESHOLDS = {"answered": 0.75, "partial": 0.45, "absent": 0.0}


def load_thresholds(path: Path = THRESHOLDS_FILE) -> dict[str, float]:
    """Calibrated cut-offs; conservative defaults when not calibrated."""
    if path.is_file():
        stored = json.loads(path.read_text(encoding="utf-8"))["thresholds"]
        return {**DEFAULT_THRESHOLDS, **{key: float(value) for key, value in stored.items()}}
    return dict(DEFAULT_THRESHOLDS)


def status_of(score: float, thresholds: dict[str, float], parts_absent: int = 0, absent: float = 0.0) -> str:
    """The status for a judgement score.

    Answered needs one place of the plan to take up enough of the subject, and the
    plan to use nearly all of its words: a named instrument or event the plan never
    mentions ("tussenevaluatie") makes the answer partial at best, as does a part
    of a multi-part ask of whose words the plan uses less than half (by weight).
    """
    if score >= thresholds["answered"] and not parts_absent and absent <= thresholds["absent"]:
        return "answered"
    return "partial" if score >= thresholds["partial"] else "missing"
