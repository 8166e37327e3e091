"""Shared fixtures: the bundled corpus analysed once per test session."""

from pathlib import Path

import pytest

from docanalysis.pipeline import Analysis, run
from docanalysis.resources import BUNDLED_CORPUS


@pytest.fixture(scope="session")
def corpus_analysis(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    """The whole pipeline on the bundled corpus (cache in a temporary folder)."""
    return run([BUNDLED_CORPUS], store_dir=tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return BUNDLED_CORPUS
