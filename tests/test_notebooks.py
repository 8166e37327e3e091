"""The researcher notebooks run top to bottom on the bundled corpus, so they cannot rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_walkthroughs():
    assert len(NOTEBOOKS) >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_and_is_saved_without_outputs(path: Path):
    notebook = nbformat.read(path, as_version=4)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(not cell.outputs and cell.execution_count is None for cell in code_cells), "clear the outputs before committing"
    NotebookClient(notebook, kernel_name="python3", timeout=180, resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [output for cell in code_cells for output in cell.outputs if output.output_type == "error"]
    assert not errors
    assert any(cell.outputs for cell in code_cells)
