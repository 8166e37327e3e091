"""The Python API: docanalysis.analyze() → DataFrames, HTML, saved outputs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import docanalysis
from docanalysis.errors import DocanalysisError

PLAN_2023 = """Jaarplan 2023

Wachttijden

We brengen de wachttijd voor een eerste gesprek terug naar vier weken.
We openen een inloopspreekuur in de wijk Zuilen.
"""
PLAN_2025 = """Jaarplan 2025

Wachttijden

We brengen de wachttijd voor een eerste gesprek terug naar drie weken.
We stoppen met het inloopspreekuur in de wijk Zuilen.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "buurtteam-jaarplan-2023.txt").write_text(PLAN_2023, encoding="utf-8")
    (folder / "buurtteam-jaarplan-2025.txt").write_text(PLAN_2025, encoding="utf-8")
    (folder / "manifest.csv").write_text(
        "file,organisation,doc_type,year,title\n"
        "buurtteam-jaarplan-2023.txt,Buurtteam Noord,jaarplan,2023,Jaarplan 2023\n"
        "buurtteam-jaarplan-2025.txt,Buurtteam Noord,jaarplan,2025,Jaarplan 2025\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def result(corpus: Path, tmp_path_factory):
    return docanalysis.analyze(corpus, cache=tmp_path_factory.mktemp("cache"))


def test_import_is_light():
    code = "import sys, docanalysis; print('spacy' in sys.modules, 'pandas' in sys.modules)"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert output == ["False", "False"]


def test_result_has_dataframes_of_the_documents(result):
    for name in ("documents", "statements", "links", "lineage", "coverage"):
        assert isinstance(getattr(result, name), pd.DataFrame), name
    documents = result.documents
    assert list(documents.document) == ["buurtteam-jaarplan-2023", "buurtteam-jaarplan-2025"]
    assert set(documents.organisation) == {"Buurtteam Noord"}
    statements = result.statements
    assert len(statements) == len(result.analysis.statements) > 0
    assert set(statements.document) <= set(documents.document)
    assert any("Zuilen" in text for text in statements.text)
    assert repr(result).startswith("<AnalysisResult: 2 documents")


def test_to_html_as_string_and_file(result, tmp_path):
    page = result.to_html()
    assert page.startswith("<!DOCTYPE html>") and "Buurtteam Noord" in page
    path = result.to_html(tmp_path / "rapport.html")
    assert path == tmp_path / "rapport.html" and "Buurtteam Noord" in path.read_text(encoding="utf-8")


def test_save_writes_every_output(result, tmp_path):
    outputs = result.save(tmp_path / "out")
    assert next(iter(outputs)) == "report.html"
    assert {"analysis.json", "statements.csv", "docanalysis.xlsx", "docanalysis.qdpx"} <= set(outputs)
    assert all(path.parent == tmp_path / "out" for path in outputs.values())


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(DocanalysisError, match="nergens.txt: no such file or folder"):
        docanalysis.analyze(tmp_path / "nergens.txt")


def test_nothing_readable_is_an_error_not_an_empty_result(tmp_path):
    (tmp_path / "kapot.pdf").write_bytes(b"dit is geen pdf")
    with pytest.raises(DocanalysisError, match="no document could be read.*kapot.pdf"):
        docanalysis.analyze(tmp_path, use_cache=False)


def test_unknown_attribute_still_raises():
    with pytest.raises(AttributeError):
        docanalysis.does_not_exist  # noqa: B018


def test_load_gives_back_the_same_tables(result, tmp_path):
    outputs = result.save(tmp_path / "out")
    loaded = docanalysis.load(outputs["analysis.json"])
    for name in ("documents", "statements", "links", "lineage", "coverage"):
        pd.testing.assert_frame_equal(getattr(loaded, name), getattr(result, name), check_dtype=False)
    assert "Buurtteam Noord" in loaded.to_html()


@pytest.mark.parametrize(
    "content, problem",
    [("{not json", "not JSON"), ('{"schema": "iets anders"}', "not an analysis.json")],
)
def test_load_rejects_what_is_not_an_analysis(tmp_path, content, problem):
    path = tmp_path / "analysis.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocanalysisError, match=f"analysis.json: {problem}"):
        docanalysis.load(path)
