"""Where the package finds its data files, trained models and the bundled corpus."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SCHEMA_PATH = PACKAGE_DIR / "schema" / "analysis.schema.json"
REFI_QDA_XSD = PACKAGE_DIR / "schema" / "refi-qda" / "Project.xsd"
# The repository checkout (an editable install, as the README uses).
REPO_DIR = PACKAGE_DIR.parent
MODELS_DIR = REPO_DIR / "models"
BUNDLED_CORPUS = REPO_DIR / "corpus"


@cache
def load_json(name: str) -> Any:
    """A JSON file from docanalysis/data, read once per process."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
