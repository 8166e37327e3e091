"""Ingest: files → `Document`s with pages, blocks and metadata.

`load_document` reads one file; `collect_inputs` turns folders and files into a
list of documents to read, with manifest rows where a folder has a manifest.csv.
Problems are raised as `IngestError` with one line for the user.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import IngestError
from ..model import DOC_TYPES, Document
from ..store import Store
from . import metadata
from .pdf import read_pdf
from .text import read_text

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".md")
MANIFEST_NAME = "manifest.csv"
MANIFEST_FIELDS = ("file", "organisation", "doc_type", "year", "title")
# Files that describe a folder rather than being one of its documents; read only when named explicitly.
FOLDER_NOTES = {"readme", "sources", "license", "licence", "changelog", "notice"}


@dataclass
class InputFile:
    path: Path
    manifest: dict[str, str] | None = None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a manifest.csv keyed by file name; validates doc_type and year."""
    rows: dict[str, dict[str, str]] = {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                name = (row.get("file") or "").strip()
                if not name:
                    raise IngestError(path, f"line {number}: the 'file' column is empty")
                doc_type = (row.get("doc_type") or "").strip()
                if doc_type and doc_type not in DOC_TYPES:
                    raise IngestError(path, f"line {number}: doc_type '{doc_type}' is not one of {', '.join(DOC_TYPES)}")
                year = (row.get("year") or "").strip()
                if year and not year.isdigit():
                    raise IngestError(path, f"line {number}: year '{year}' is not a number")
                rows[name] = {key: (row.get(key) or "").strip() for key in MANIFEST_FIELDS[1:]}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise IngestError(path, f"manifest cannot be read ({exc})") from exc
    return rows


def collect_inputs(inputs: list[Path]) -> tuple[list[InputFile], list[IngestError]]:
    """Expand folders into their supported files (sorted), attaching manifest rows."""
    files: list[InputFile] = []
    errors: list[IngestError] = []
    for item in inputs:
        if item.is_dir():
            manifest: dict[str, dict[str, str]] = {}
            if (item / MANIFEST_NAME).is_file():
                try:
                    manifest = read_manifest(item / MANIFEST_NAME)
                except IngestError as exc:
                    errors.append(exc)
            found = sorted(
                p
                for p in item.iterdir()
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and p.stem.lower() not in FOLDER_NOTES
            )
            if not found:
                errors.append(IngestError(item, f"folder has no {', '.join(SUPPORTED_SUFFIXES)} files"))
            for name in sorted(set(manifest) - {p.name for p in found}):
                errors.append(IngestError(item / name, "listed in manifest.csv but not found"))
            files.extend(InputFile(path, manifest.get(path.name)) for path in found)
        elif item.is_file():
            manifest_path = item.parent / MANIFEST_NAME
            row = None
            if manifest_path.is_file():
                try:
                    row = read_manifest(manifest_path).get(item.name)
                except IngestError as exc:
                    errors.append(exc)
            files.append(InputFile(item, row))
        else:
            errors.append(IngestError(item, "no such file or folder"))
    return files, errors


def load_document(
    path: Path, manifest: dict[str, str] | None = None, store: Store | None = None, require_dutch: bool = True
) -> Document:
    """Read one file into a Document, or raise IngestError saying what is wrong with it.

    With a store, pages of a file whose content was extracted before come from it.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(path, f"unsupported file type '{suffix or 'none'}' (docanalysis reads .pdf, .txt and .md)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise IngestError(path, "empty file (0 bytes)" if not data else "file holds only white space")
    sha256 = sha256_of(data)
    cached = store.get(sha256) if store else None
    if cached:
        pages, warnings = cached
    else:
        warnings = []
        pages = read_pdf(path, data, warnings=warnings) if suffix == ".pdf" else read_text(data)
        if store:
            store.put(sha256, pages, warnings)
    if not any(page.blocks for page in pages):
        if suffix == ".pdf":
            raise IngestError(path, "no text layer (image-only or scanned PDF): run OCR first, e.g. `ocrmypdf in.pdf out.pdf`")
        raise IngestError(path, "no text found")
    document = Document(
        id=path.stem,
        path=str(path),
        sha256=sha256,
        pages=pages,
        source_format=suffix.lstrip("."),  # type: ignore[arg-type]
        warnings=warnings,
    )
    document.meta = metadata.detect(document.text, path.name, manifest)
    if document.meta.language not in ("nl", None):
        problem = f"the text is not Dutch (it reads as '{document.meta.language}'); docanalysis analyses Dutch documents"
        if require_dutch:
            raise IngestError(path, problem)
        document.warnings.append(problem)
    empty = [page.number for page in pages if not page.text_layer]
    if empty:
        document.warnings.append(f"pages without a text layer (OCR needed): {', '.join(map(str, empty))}")
    return document
