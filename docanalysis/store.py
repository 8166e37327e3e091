"""A SQLite cache of extracted documents, keyed by file content hash.

Re-running on an unchanged corpus re-extracts nothing. Pages and the extraction
warnings about them are cached; metadata detection is cheap and depends on the
file name and manifest, which the same bytes may have differently. The key
includes the extractor version, so new extraction code never serves stale blocks.
A cache that cannot be opened or written (a read-only corpus folder, a damaged
file) is switched off with a reason, never an error: it only saves time.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

from .model import Block, Page

EXTRACTOR_VERSION = "8"
DEFAULT_DIRNAME = ".docanalysis"


def _page_from_dict(page: dict) -> Page:
    blocks = [Block(**{**block, "bbox": tuple(block["bbox"]) if block.get("bbox") else None}) for block in page["blocks"]]
    return Page(**{**page, "blocks": blocks})


class Store:
    """Cache of extracted pages in `<folder>/cache.sqlite`."""

    TABLE = "extractions"

    def __init__(self, folder: Path):
        self.folder = folder
        self.disabled: str | None = None
        """Why the cache is off for this run, if it is."""
        self._connection: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is None and self.disabled is None:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._connection = sqlite3.connect(self.folder / "cache.sqlite")
                self._connection.execute(
                    f"CREATE TABLE IF NOT EXISTS {self.TABLE} "
                    "(sha256 TEXT, extractor TEXT, body TEXT, PRIMARY KEY (sha256, extractor))"
                )
            except (OSError, sqlite3.Error) as exc:
                self._switch_off(exc)
        return self._connection

    def _switch_off(self, exc: Exception) -> None:
        self.disabled = f"cache in {self.folder} switched off ({exc})"
        self.close()

    def get(self, sha256: str) -> tuple[list[Page], list[str]] | None:
        """Pages and extraction warnings of content extracted before, or None."""
        connection = self._connect()
        if connection is None:
            return None
        try:
            row = connection.execute(
                f"SELECT body FROM {self.TABLE} WHERE sha256 = ? AND extractor = ?", (sha256, EXTRACTOR_VERSION)
            ).fetchone()
        except sqlite3.Error as exc:
            self._switch_off(exc)
            return None
        if row is None:
            return None
        body = json.loads(row[0])
        return [_page_from_dict(page) for page in body["pages"]], body["warnings"]

    def put(self, sha256: str, pages: list[Page], warnings: list[str]) -> None:
        connection = self._connect()
        if connection is None:
            return
        body = {"pages": [asdict(page) for page in pages], "warnings": warnings}
        try:
            with connection:
                connection.execute(
                    f"INSERT OR REPLACE INTO {self.TABLE} VALUES (?, ?, ?)",
                    (sha256, EXTRACTOR_VERSION, json.dumps(body, ensure_ascii=False)),
                )
        except sqlite3.Error as exc:
            self._switch_off(exc)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
