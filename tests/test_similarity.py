import numpy as np
import pytest
from scipy import sparse

from docanalysis.model import Statement
from docanalysis.similarity import (
    LemmaTfidfEncoder,
    SpacyVectorEncoder,
    StatementIndex,
    content_lemmas,
    describe_similarity,
    normalise_theme,
    theme_similarity,
    top_k_pairs,
)


def test_content_lemmas_drop_stop_words_and_lemmatise():
    lemmas = content_lemmas("We willen dat de gezinnen hun plannen maken")
    assert "we" not in lemmas and "de" not in lemmas
    assert "gezin" in lemmas


def test_character_ngrams_let_compounds_meet():
    texts = ["We maken gezinsplannen met elk gezin", "Elk gezin krijgt een gezinsplan", "We renoveren het kantoor aan de gracht"]
    matrix = LemmaTfidfEncoder().fit(texts).transform(texts)
    scores = (matrix @ matrix.T).toarray()
    assert scores[0, 1] > 0.2
    assert scores[0, 1] > 3 * scores[0, 2]
    assert np.allclose(sparse.linalg.norm(matrix, axis=1), 1.0)


def test_top_k_returns_the_true_best_pairs():
    rng = np.random.default_rng(7)
    left = sparse.random(60, 40, density=0.2, random_state=1, format="csr")
    right = sparse.random(50, 40, density=0.2, random_state=2, format="csr")
    left.data, right.data = rng.random(left.nnz), rng.random(right.nnz)
    left, right = (m.multiply(1 / np.maximum(sparse.linalg.norm(m, axis=1), 1e-9)[:, None]).tocsr() for m in (left, right))
    found = top_k_pairs(left, right, k=3, chunk=16)
    dense = (left @ right.T).toarray()
    for row in range(60):
        expected = set(np.argsort(-dense[row])[:3][dense[row][np.argsort(-dense[row])[:3]] > 0])
        assert {j for i, j, _ in found if i == row} == expected
    assert all(abs(score - dense[i, j]) < 1e-9 for i, j, score in found)


def test_top_k_with_min_score_drops_weak_pairs():
    matrix = sparse.identity(4, format="csr")
    assert top_k_pairs(matrix, matrix, k=2, min_score=0.5) == [(0, 0, 1.0), (1, 1, 1.0), (2, 2, 1.0), (3, 3, 1.0)]


def test_theme_similarity_ignores_case_and_numbering():
    assert normalise_theme("2. Gelijke Kansen") == "gelijke kansen"
    assert theme_similarity("Gelijke Kansen", "gelijke kansen") == 1.0
    assert theme_similarity("Veiligheid", "Begroting") < 0.5
    assert theme_similarity(None, "Veiligheid") == 0.0


def _statement(sid: str, doc: str, text: str, theme: str | None) -> Statement:
    return Statement(id=sid, document_id=doc, kind="goal", text=text, page=None, theme=theme)


def test_section_cosine_compares_what_sections_say():
    statements = [
        _statement("a1", "a", "We versterken de samenwerking met scholen", "Gelijke kansen"),
        _statement("a2", "a", "We zijn aanwezig op scholen in de wijk", "Gelijke kansen"),
        _statement("b1", "b", "Onze gezinswerkers werken op scholen", "Wijkgericht werken"),
        _statement("b2", "b", "We verlagen de kosten van huisvesting", "Begroting"),
    ]
    index = StatementIndex(statements)
    assert index.section_cosine(0, 2) > index.section_cosine(0, 3)
    assert index.section_rank(0, 2) == 0 and index.section_rank(0, 3) == 1


def test_texts_for_comparing_replace_the_statement_texts():
    statements = [_statement("a1", "a", "We continueren de KPA", None), _statement("b1", "b", "De kernpartneraanpak op scholen", None)]
    plain = StatementIndex(statements)
    written_out = StatementIndex(statements, texts=["We continueren de KPA (kernpartneraanpak)", statements[1].text])

    def cosine(index: StatementIndex) -> float:
        found = index.candidates([0], [1], 1)
        return found[0][2] if found else 0.0

    assert cosine(written_out) > 0.3 > cosine(plain)


def test_describe_similarity_names_the_method():
    assert "TF-IDF" in describe_similarity()


@pytest.mark.skipif(not SpacyVectorEncoder.available(), reason="needs a spaCy model with word vectors (nl_core_news_md)")
def test_spacy_vectors_are_normalised():
    vectors = SpacyVectorEncoder().transform(["gezinnen krijgen hulp", "de school"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
