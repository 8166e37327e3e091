"""Reading gold annotations in the format of the shared gold README.

Only the evaluation reads gold; no stage of the pipeline may import this module.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DocanalysisError

STATEMENT_FILES = ("statements.jsonl", "statements-spoor030.jsonl", "requests.jsonl")


@dataclass
class Gold:
    statements: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    lineage: list[dict] = field(default_factory=list)
    coverage: list[dict] = field(default_factory=list)

    @property
    def statement_docs(self) -> set[str]:
        return {row["doc"] for row in self.statements}


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DocanalysisError(f"{path}: line {number} is not JSON ({exc.msg})") from exc
    return rows


def load_gold(folder: Path) -> Gold:
    if not folder.is_dir():
        raise DocanalysisError(f"{folder}: gold folder not found")
    gold = Gold()
    for name in STATEMENT_FILES:
        if (folder / name).is_file():
            gold.statements.extend(_read_jsonl(folder / name))
    for name in ("links", "lineage", "coverage"):
        if (folder / f"{name}.jsonl").is_file():
            setattr(gold, name, _read_jsonl(folder / f"{name}.jsonl"))
    if not gold.statements:
        raise DocanalysisError(f"{folder}: no {', '.join(STATEMENT_FILES)} found")
    return gold
