"""A SQLite cache of extracted documents, keyed by file content hash.

Re-running on an unchanged corpus re-extracts nothing. Only pages are cached:
metadata detection is cheap and depends on the file name and manifest, which the
same bytes may have differently. The key includes the extractor version, so new
extraction code never serves stale blocks.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .model import Block, Page

EXTRACTOR_VERSION = "3"
DEFAULT_DIRNAME = ".docanalysis"


def _page_from_dict(page: dict) -> Page:
    blocks = [Block(**{**block, "bbox": tuple(block["bbox"]) if block.get("bbox") else None}) for block in page["blocks"]]
    return Page(**{**page, "blocks": blocks})


class Store:
    """Cache of extracted pages in `<folder>/cache.sqlite`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._connection: sqlite3.Connection | None = None

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(self.folder / "cache.sqlite")
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS documents (sha256 TEXT, extractor TEXT, body TEXT, PRIMARY KEY (sha256, extractor))"
            )
        return self._connection

    def get(self, sha256: str) -> list[Page] | None:
        row = self.connection.execute(
            "SELECT body FROM documents WHERE sha256 = ? AND extractor = ?", (sha256, EXTRACTOR_VERSION)
        ).fetchone()
        return [_page_from_dict(page) for page in json.loads(row[0])] if row else None

    def put(self, sha256: str, pages: list[Page]) -> None:
        with self.connection:
            self.connection.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?)",
                (sha256, EXTRACTOR_VERSION, json.dumps([asdict(page) for page in pages], ensure_ascii=False)),
            )

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
