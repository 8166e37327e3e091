"""Does a learned filter over the rule candidates help on unseen documents? (It did not.)

Run:  python benchmarks/bench_statement_classifier.py --gold /work/shared/gold

A logistic regression over the rule cues (`Verdict.cues`), the label and section a
candidate stands under, its shape and its opening lemma. Each rule candidate
(`docanalysis.segment.statements.find_candidates`) of a document with gold
goals/commitments is labelled 1 when it matches a gold
statement by the scorer's own rule, else 0. For every document held out, a model
is trained on the others, its threshold chosen by an inner leave-one-document-out
on those others, and the held-out document is scored with the real scorer.
Measured (4 documents, goals and commitments only), held-out F1 of rules alone ->
rules + filter, after the second round of segmentation rules: 2021 report 0.758 ->
0.758, 2023 plan 0.956 -> 0.956, 2025 plan 0.763 -> 0.763, Spoor030 0.821 -> 0.821.
No held-out gain, so no model ships; rerun this when the gold grows.
"""

from __future__ import annotations

import argparse
import math
import re
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from docanalysis.evaluate.gold import load_gold
from docanalysis.evaluate.matching import MATCH_THRESHOLD, match_matrix
from docanalysis.evaluate.statements import score_statements
from docanalysis.ingest import load_document
from docanalysis.nlp import lemmas
from docanalysis.resources import BUNDLED_CORPUS
from docanalysis.segment.kinds import REPORT_TYPES, label_kind
from docanalysis.segment.tense import is_past
from docanalysis.segment.requests import extract_requests
from docanalysis.segment.sections import build_sections
from docanalysis.segment.statements import find_candidates

THRESHOLDS = np.arange(0.2, 0.81, 0.025)
C = 0.1


def candidate_features(document, contexts, candidate) -> dict[str, float]:
    """Rule cues, where the candidate stands, its shape and its opening lemma."""
    context = contexts[candidate.block_index]
    label = context.label
    section_title = context.section.title if context.section else None
    text = candidate.text
    found: dict[str, float] = {f"cue={cue}": 1.0 for cue in candidate.verdict.cues}
    found["no_cue"] = 0.0 if candidate.verdict.cues else 1.0
    found[f"label={label_kind(label) or ('other' if label else 'none')}"] = 1.0
    found[f"section={label_kind(section_title) or 'none'}"] = 1.0
    found["in_list"] = float(candidate.block.kind == "list_item")
    found["report"] = float(document.meta.doc_type in REPORT_TYPES)
    found["past"] = float(is_past(text))
    found["log_chars"] = math.log(1 + len(text)) / 6
    found["bullets"] = float("•" in text)
    found["sentences"] = min(text.count(". "), 3) / 3
    found["has_year"] = float(bool(re.search(r"\b20\d{2}\b", text)))
    words = lemmas(text)
    if words:
        found[f"w0={words[0]}"] = 1.0
    return found


def collect(gold_rows: list[dict]) -> dict[str, dict]:
    """Per gold document: candidate features, texts, kinds and labels."""
    docs: dict[str, dict] = {}
    for stem in sorted({row["doc"] for row in gold_rows if row["kind"] != "request"}):
        document = load_document(BUNDLED_CORPUS / f"{stem}.txt")
        _, contexts = build_sections(document)
        _, letter_blocks = extract_requests(document)
        candidates = [c for c in find_candidates(document, contexts, letter_blocks) if c.verdict.kind != "result"]
        quotes = [row["quote"] for row in gold_rows if row["doc"] == stem and row["kind"] != "request"]
        scores = match_matrix(quotes, [c.text for c in candidates])
        docs[stem] = {
            "features": [candidate_features(document, contexts, c) for c in candidates],
            "texts": [c.text for c in candidates],
            "kinds": [c.verdict.kind for c in candidates],
            "labels": [int((scores[:, j] >= MATCH_THRESHOLD).any()) for j in range(len(candidates))],
        }
    return docs


def fit(docs: dict[str, dict], stems: list[str]) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([f for stem in stems for f in docs[stem]["features"]])
    y = [label for stem in stems for label in docs[stem]["labels"]]
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    model.fit(x, y)
    return vectorizer, model


def predict(fitted, docs: dict[str, dict], stem: str) -> np.ndarray:
    vectorizer, model = fitted
    return model.predict_proba(vectorizer.transform(docs[stem]["features"]))[:, 1]


def scores_at(docs: dict[str, dict], gold_rows: list[dict], probabilities: dict[str, np.ndarray], threshold: float) -> dict:
    """The real scorer's figures for the candidates kept at a threshold."""
    system = []
    for stem, probs in probabilities.items():
        for number, (text, kind, p) in enumerate(zip(docs[stem]["texts"], docs[stem]["kinds"], probs)):
            if p >= threshold:
                system.append({"id": f"{stem}:{number}", "document_id": stem, "kind": kind, "text": text})
    gold = [row for row in gold_rows if row["doc"] in probabilities and row["kind"] != "request"]
    return score_statements(gold, system)


def best_threshold(docs: dict[str, dict], gold_rows: list[dict], stems: list[str]) -> float:
    """Threshold maximising pooled F1 of inner leave-one-document-out predictions over `stems`."""
    out_of_fold = {stem: predict(fit(docs, [s for s in stems if s != stem]), docs, stem) for stem in stems}
    return max(THRESHOLDS, key=lambda t: scores_at(docs, gold_rows, out_of_fold, t)["overall"]["f1"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    args = parser.parse_args()
    gold_rows = load_gold(args.gold).statements
    docs = collect(gold_rows)
    stems = sorted(docs)
    for stem in stems:
        others = [s for s in stems if s != stem]
        threshold = best_threshold(docs, gold_rows, others)
        probs = predict(fit(docs, others), docs, stem)
        rules_only = scores_at(docs, gold_rows, {stem: np.ones(len(probs))}, 0.5)["overall"]
        filtered = scores_at(docs, gold_rows, {stem: probs}, threshold)["overall"]
        print(f"{stem:34} t={threshold:.3f}  rules P {rules_only['precision']:.3f} R {rules_only['recall']:.3f}"
              f"  -> held-out P {filtered['precision']:.3f} R {filtered['recall']:.3f} F1 {filtered['f1']:.3f}")


if __name__ == "__main__":
    main()
