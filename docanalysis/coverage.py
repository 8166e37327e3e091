"""Coverage: does a plan answer every request of its commissioning letter?

Each request is read as the words that carry its subject ("wachttijd", "culturele
diversiteit", "tussenevaluatie") after dropping the letter's own way of asking
("Geef in uw plan concreet aan wat u zult doen"). The answering document is cut
into passages (sentences, minus any summary of the letter itself), and a request
counts as answered when one place in the plan takes up most of those words,
weighted by how rare each is in the plan. A word the plan never uses is the
strongest sign of a missing answer, so it weighs most; a word in every twentieth
sentence of the plan ("gezin", "wijk") is background and does not count.

Calling a missing point answered is the costly mistake: the thresholds in
`models/coverage_thresholds.json` are calibrated leave-one-letter-out with that
error weighted heaviest (`benchmarks/calibrate_coverage.py`).
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import DocanalysisError
from .model import Block, CoverageItem, Document, Evidence, Statement
from .resources import MODELS_DIR, load_json
from .segment.requests import extract_requests

THRESHOLDS_FILE = MODELS_DIR / "coverage_thresholds.json"
ANSWERING_TYPES = ("jaarplan", "halfjaarrapportage", "jaarverslag", "vooruitblik")
MAX_EVIDENCE = 3
BACKGROUND_SHARE = 0.05
BACKGROUND_MIN = 5
# Words of the asking, not of the subject: they tell nothing about whether it is answered.
_ASKING_WORDS = frozenset(
    """
    vragen vraag verzoeken verzoek graag zien lezen horen geef geven aan concreet concrete plan jaarplan werkplan
    beschrijven beschrijf beschrijving aangeven uw u jullie zult zal wilt doen doet hoe welke wat waar wanneer waarom
    belangrijk belang vinden achten verwachten terugzien terug opnemen opgenomen voornemens manieren mogelijk denkbaar
    ook daarbij daarnaast hierbij hier hierin hiervan hierop daaraan juist inderdaad verder meer nog steeds kader
    gesprek blijven zijn wordt worden kunnen moeten gaan zetten zet inzet leveren bijdragen draag onder andere
    """.split()
)
# Where one ask holds several: "X en Y", "hoe ... en hoe ...", "; ...". Not "en/of" (alternatives).
_PARTS = re.compile(r"\s+en\s+(?!/)|;\s+|\?\s+")
_INFLECTIONS = frozenset({"d", "t", "e", "s", "n", "en", "de", "te"})
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'“‘(]?[A-ZÀ-Ý0-9])")
_WORD = re.compile(r"[a-zà-ÿ]+", re.I)


@dataclass
class Passage:
    """A sentence of the answering document, with the statement it belongs to when known."""

    text: str
    page: int | None
    stems: frozenset[str]
    statement_id: str | None = None


@dataclass
class Judgement:
    """The numbers behind one status, kept so calibration and the report can show them.

    `parts_absent` counts the parts of a multi-part ask ("X en Y") of which the
    document uses none of the words: such a request is answered at most in part.
    """

    doc_cover: float
    best: float
    local: float
    evidence: list[tuple[Passage, float]]
    parts_absent: int = 0

    @property
    def score(self) -> float:
        """How fully one place of the plan takes up the request: its best sentence and its neighbourhood."""
        return round((self.best + self.local) / 2, 3)


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | _ASKING_WORDS


@cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("dutch")


def stems(text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """Stems of the words that carry meaning: "ervaringsdeskundigheid" and "ervaringsdeskundigen" meet."""
    words = [word.lower() for word in _WORD.findall(text)]
    kept = [word for word in words if len(word) > 2 and word not in _stop_words() and word not in ignore]
    return [stem for stem in _stemmer().stemWords(kept) if len(stem) > 2]


def _sentences(block: Block) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(block.text) if len(part.split()) >= 3]


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
            passages.append(Passage(sentence, block.page, frozenset(stems(sentence)), statement.id if statement else None))
    return passages


def _same_root(a: str, b: str) -> bool:
    """Stems the stemmer left apart by an inflection: "ontwikkel"/"ontwikkeld", "versnel"/"versnelt"."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 6 and long.startswith(short) and long[len(short) :] in _INFLECTIONS


class PassageIndex:
    """The passages of one answering document and how rare each stem is among them."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self.document_frequency: dict[str, int] = defaultdict(int)
        for passage in passages:
            for stem in passage.stems:
                self.document_frequency[stem] += 1
        self.vocabulary = set(self.document_frequency)

    def weight(self, stem: str) -> float:
        """Inverse document frequency; a stem the document never uses weighs most."""
        return math.log((len(self.passages) + 1) / (self.document_frequency.get(stem, 0) + 1)) + 1

    def is_background(self, stem: str) -> bool:
        """A word on every other page of the plan ("gezin", "wijk") shows nothing about one request."""
        return self.document_frequency.get(stem, 0) > max(BACKGROUND_SHARE * len(self.passages), BACKGROUND_MIN)

    def present(self, stem: str, vocabulary: frozenset[str] | set[str]) -> bool:
        """The stem, or a compound ending in it ("evaluatie" in "tussenevaluatie")."""
        if stem in vocabulary:
            return True
        return len(stem) >= 6 and any(word.endswith(stem) or _same_root(stem, word) for word in vocabulary)

    def judge(self, request: Statement, ignore: frozenset[str] = frozenset()) -> Judgement:
        terms = {term for term in stems(request.text, ignore) if not self.is_background(term)}
        if not terms or not self.passages:
            return Judgement(0.0, 0.0, 0.0, [])
        weights = {term: self.weight(term) for term in terms}
        total = sum(weights.values())

        def cover(vocabulary: frozenset[str] | set[str]) -> float:
            return sum(w for term, w in weights.items() if self.present(term, vocabulary)) / total

        doc_cover = cover(self.vocabulary)
        scored = [(passage, cover(passage.stems)) for passage in self.passages]
        best_index = max(range(len(scored)), key=lambda i: scored[i][1])
        local = max(
            cover(set().union(*(p.stems for p, _ in scored[max(0, i - 2) : i + 3]))) for i in range(len(scored)) if scored[i][1] > 0
        ) if any(score > 0 for _, score in scored) else 0.0
        ranked = sorted(scored, key=lambda pair: -pair[1])
        evidence = [pair for pair in ranked[:MAX_EVIDENCE] if pair[1] > 0]
        parts = [set(stems(part, ignore)) for part in _PARTS.split(request.text)]
        absent = sum(1 for part in parts if len(part) >= 2 and not any(self.present(t, self.vocabulary) for t in part))
        return Judgement(round(doc_cover, 3), round(scored[best_index][1], 3), round(local, 3), evidence, absent)


def load_thresholds(path: Path = THRESHOLDS_FILE) -> dict[str, float]:
    """Calibrated cut-offs on the judgement score; conservative defaults when not calibrated."""
    if path.is_file():
        return {key: float(value) for key, value in json.loads(path.read_text(encoding="utf-8"))["thresholds"].items()}
    return {"answered": 0.75, "partial": 0.45}


def status_of(score: float, thresholds: dict[str, float], parts_absent: int = 0) -> str:
    """The status for a judgement score; a multi-part ask with a part the plan never touches is partial at best."""
    if score >= thresholds["answered"] and not parts_absent:
        return "answered"
    return "partial" if score >= thresholds["partial"] else "missing"


def _names_of(organisation: str | None) -> frozenset[str]:
    """The words naming the addressee ("Lokalis"): every passage of its own plan is about it."""
    names = {organisation or ""}
    for known in load_json("organisations.json"):
        if known["name"] == organisation:
            names.update(known["aliases"])
    return frozenset(word.lower() for name in names for word in _WORD.findall(name))


def _letter_head(document: Document) -> str:
    blocks = document.blocks
    end = next((i for i, block in enumerate(blocks[:60]) if re.match(r"\s*(Geachte|Beste)\b", block.text)), min(len(blocks), 20))
    return "\n".join(block.text for block in blocks[:end])


def addressee(document: Document) -> str | None:
    """The organisation a letter is addressed to: a known name in its letterhead other than the sender."""
    head = _letter_head(document)
    for known in load_json("organisations.json"):
        if known["name"] == document.meta.organisation:
            continue
        if any(re.search(rf"\b{re.escape(alias)}\b", head) for alias in known["aliases"]):
            return known["name"]
    stichting = re.search(r"\bStichting\s+([A-Z][\w\-]+)", head)
    return stichting.group(1) if stichting else None


def pair_letters(documents: list[Document], statements: list[Statement]) -> tuple[dict[str, list[str]], list[str]]:
    """Letters → the documents answering them, and the letters nothing answers.

    A plan that summarises its own letter answers it itself; a stand-alone letter
    is answered by its addressee's plans and reports of the year it asks about.
    """
    with_requests = {s.document_id for s in statements if s.kind == "request"}
    pairs: dict[str, list[str]] = {}
    unpaired: list[str] = []
    for letter in documents:
        if letter.id not in with_requests:
            continue
        if letter.meta.doc_type in ANSWERING_TYPES:
            pairs[letter.id] = [letter.id]
            continue
        to = (addressee(letter) or "").casefold()
        answering = [
            doc.id
            for doc in documents
            if doc.id != letter.id
            and doc.meta.doc_type in ANSWERING_TYPES
            and (doc.meta.organisation or "").casefold() == to
            and doc.meta.year == letter.meta.year
        ]
        if answering and to:
            pairs[letter.id] = answering
        else:
            unpaired.append(letter.id)
    return pairs, unpaired


def check_coverage(
    documents: list[Document], statements: list[Statement], pairs: dict[str, list[str]] | None = None
) -> list[CoverageItem]:
    """One item per request and answering document: answered, partial or missing, with evidence."""
    if pairs is None:
        pairs, _ = pair_letters(documents, statements)
    by_id = {doc.id: doc for doc in documents}
    thresholds = load_thresholds()
    items: list[CoverageItem] = []
    for letter_id, answering_ids in pairs.items():
        requests = [s for s in statements if s.document_id == letter_id and s.kind == "request"]
        for answering_id in answering_ids:
            answering = by_id[answering_id]
            index = PassageIndex(answering_passages(answering, statements))
            ignore = _names_of(answering.meta.organisation)
            for request in requests:
                judgement = index.judge(request, ignore)
                items.append(
                    CoverageItem(
                        request_id=request.id,
                        answering_document_id=answering_id,
                        status=status_of(judgement.score, thresholds, judgement.parts_absent),
                        score=judgement.score,
                        evidence=[Evidence(p.text, p.statement_id, p.page, round(s, 3)) for p, s in judgement.evidence],
                    )
                )
    return items


def unpaired_letters(documents: list[Document], statements: list[Statement]) -> list[str]:
    """Ids of letters whose requests no document of the run answers (for the report to say so)."""
    return pair_letters(documents, statements)[1]


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_table(items: list[CoverageItem], requests: list[Statement]) -> str:
    """The terminal table: request, status, page of the best evidence; then the totals."""
    text_of = {request.id: request.text for request in requests}
    lines = [f"{'request':64} {'status':9} {'page':>4}"]
    for item in items:
        page = item.evidence[0].page if item.evidence and item.status != "missing" else None
        lines.append(f"{_shorten(text_of.get(item.request_id, item.request_id), 64):64} {item.status:9} {page if page is not None else '-':>4}")
    counts = {status: sum(item.status == status for item in items) for status in ("answered", "partial", "missing")}
    lines.append(f"{counts['answered']} answered / {counts['partial']} partial / {counts['missing']} missing of {len(items)} requests")
    return "\n".join(lines)


def run_coverage_command(letter: Path, plans: list[Path], store_dir: Path | None = None, use_cache: bool = True) -> int:
    """`docanalysis coverage BRIEF PLAN [PLAN ...]`: the table for one letter against the given documents.

    PLAN may be files or folders. Among them, the addressee's plans and reports of
    the year the letter asks about answer it; when the letter's addressee or year
    cannot be read, every given document does. A letter nothing answers is an
    error with the reason, not an empty table.
    """
    from .nlp import get_nlp
    from .pipeline import default_store_dir, ingest
    from .segment import segment_document
    from .store import Store

    store = Store(store_dir or default_store_dir([letter])) if use_cache else None
    try:
        letters, errors = ingest([letter], store)
        if errors:
            raise errors[0]
        candidates, errors = ingest(plans, store)
    finally:
        if store:
            store.close()
    for error in errors:
        print(f"skipped {error.path}: {error.problem}", file=sys.stderr)
    brief = letters[0]
    candidates = [doc for doc in candidates if doc.id != brief.id]
    nlp = get_nlp()
    statements = [s for doc in [brief, *candidates] for s in segment_document(doc, nlp)[1]]
    requests = [s for s in statements if s.document_id == brief.id and s.kind == "request"]
    if not requests:
        raise DocanalysisError(f"{letter}: no requests found; it does not read as a commissioning letter or a plan with a letter summary")
    pairs, _ = pair_letters([brief, *candidates], statements)
    answering = pairs.get(brief.id) or ([doc.id for doc in candidates] if not (addressee(brief) and brief.meta.year) else [])
    if not answering:
        given = ", ".join(f"{doc.id} ({doc.meta.organisation}, {doc.meta.year})" for doc in candidates) or "none readable"
        print(
            f"docanalysis: {letter}: no plan or report of {addressee(brief)} for {brief.meta.year} among the given documents: {given}",
            file=sys.stderr,
        )
        return 1
    items = check_coverage([brief, *candidates], statements, {brief.id: answering})
    for answering_id in answering:
        print(f"{brief.id} → {answering_id}")
        print(format_table([item for item in items if item.answering_document_id == answering_id], requests))
    return 1 if errors else 0
