"""REFI-QDA export (.qdpx): the documents, coded with statement kinds and themes.

A .qdpx is a zip holding `project.qde` (QDA-XML, schema in
`docanalysis/schema/refi-qda/Project.xsd`) and `Sources/` with one text file per
document. Atlas.ti, MAXQDA, NVivo and QDA Miner import it, so a researcher can check,
recode and extend what docanalysis found. Each statement becomes a coded selection
pointing by character offset into the text file written next to it.
"""

from __future__ import annotations

import re
import uuid
from bisect import bisect_left
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from xml.etree import ElementTree as ET

from .. import __version__
from ..model import Document, Statement
from ..pipeline import Analysis
from .privacy import mask_contacts, mask_contacts_keep_length

NAMESPACE = "urn:QDA-XML:project:1.0"
_GUID_ROOT = uuid.UUID("5d0c7a52-3a4e-4d8e-9a57-6f1f0c0d0a11")
KIND_CODES = {"goal": "Doel", "commitment": "Toezegging", "stop": "Stoppen of bevriezen", "request": "Verzoek", "result": "Resultaat"}
_WORD_CHAR = re.compile(r"\w")
# When a statement is not found whole: how many word characters of its beginning and end to look for.
_HEAD, _TAIL = 40, 20


def guid(*parts: str) -> str:
    """A GUID derived from names, so the same analysis always exports the same file."""
    return str(uuid.uuid5(_GUID_ROOT, "\x1f".join(parts)))


class _TextIndex:
    """Find a statement in its document despite different whitespace, hyphens or bullets.

    Compares only word characters (lower-cased) and maps the hit back to offsets in
    the original text: segmentation joins lines and drops bullets, the source keeps them.
    """

    def __init__(self, text: str):
        self.positions = [index for index, char in enumerate(text) if _WORD_CHAR.match(char)]
        self.folded = "".join(text[index] for index in self.positions).lower()

    def find(self, fragment: str, start_hint: int = 0) -> tuple[int, int] | None:
        """Start and end offset of `fragment` in the text, or None.

        A statement that joins a lead-in sentence with its list items may not be one
        contiguous run in the source (numbering, an item left out); then it spans from
        where its beginning is found to where its end is, if that is not far apart.
        """
        needle = "".join(_WORD_CHAR.findall(fragment)).lower()
        if not needle:
            return None
        at = self._search(needle, start_hint)
        if at is not None:
            return self._span(at, at + len(needle))
        head, tail = needle[:_HEAD], needle[-_TAIL:]
        at = self._search(head, start_hint)
        if at is None:
            return None
        end = self.folded.find(tail, at + len(head))
        if end < 0 or end + len(tail) - at > 2 * len(needle) + _HEAD:
            return None
        return self._span(at, end + len(tail))

    def _search(self, needle: str, start_hint: int) -> int | None:
        at = self.folded.find(needle, start_hint)
        if at < 0:
            at = self.folded.find(needle)
        return at if at >= 0 else None

    def _span(self, start: int, end: int) -> tuple[int, int]:
        return self.positions[start], self.positions[end - 1] + 1

    def folded_position(self, offset: int) -> int:
        """Index into the folded text of the first word character at or after `offset`."""
        return bisect_left(self.positions, offset)


def _sub(parent: ET.Element, tag: str, **attributes: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attributes)


def _codebook(project: ET.Element, statements: list[Statement]) -> dict[str, str]:
    """Two code groups, statement kinds and themes; returns code GUIDs by 'kind:x' / 'theme:x'."""
    codes = _sub(_sub(project, "CodeBook"), "Codes")
    guids: dict[str, str] = {}
    kinds = _sub(codes, "Code", guid=guid("group", "kind"), name="Soort uitspraak", isCodable="false")
    for kind, label in KIND_CODES.items():
        guids[f"kind:{kind}"] = guid("kind", kind)
        code = _sub(kinds, "Code", guid=guids[f"kind:{kind}"], name=label, isCodable="true")
        _sub(code, "Description").text = f"docanalysis statement kind '{kind}'"
    themes = sorted({statement.theme for statement in statements if statement.theme})
    if themes:
        group = _sub(codes, "Code", guid=guid("group", "theme"), name="Thema", isCodable="false")
        for theme in themes:
            guids[f"theme:{theme}"] = guid("theme", theme)
            _sub(group, "Code", guid=guids[f"theme:{theme}"], name=mask_contacts(theme), isCodable="true")
    return guids


_VARIABLES = (("organisation", "Organisatie", "Text"), ("doc_type", "Documentsoort", "Text"), ("year", "Jaar", "Integer"))


def _variables(project: ET.Element) -> None:
    variables = _sub(project, "Variables")
    for key, name, kind in _VARIABLES:
        _sub(variables, "Variable", guid=guid("variable", key), name=name, typeOfVariable=kind)


def _source(sources: ET.Element, document: Document, text: str, statements: list[Statement], codes: dict[str, str], user: str, created: str) -> int:
    """Add one TextSource with its coded selections; returns how many statements were not found in the text."""
    source_guid = guid("source", document.id)
    element = _sub(sources, "TextSource", guid=source_guid, name=document.id, plainTextPath=f"internal://{source_guid}.txt")
    meta = document.meta
    _sub(element, "Description").text = mask_contacts(" · ".join(str(value) for value in (meta.organisation, meta.doc_type, meta.year, meta.title) if value))
    index = _TextIndex(text)
    missing, hint = 0, 0
    for statement in statements:
        span = index.find(mask_contacts_keep_length(statement.text), hint)
        if span is None:
            missing += 1
            continue
        hint = index.folded_position(span[0])
        selection = _sub(
            element, "PlainTextSelection", guid=guid("statement", statement.id), name=statement.id,
            startPosition=str(span[0]), endPosition=str(span[1]), creatingUser=user, creationDateTime=created,
        )
        details = [statement.kind, f"p. {statement.page}" if statement.page else "", statement.deadline or "", *(target.text for target in statement.targets)]
        _sub(selection, "Description").text = " · ".join(detail for detail in details if detail)
        for key in (f"kind:{statement.kind}", f"theme:{statement.theme}"):
            if key in codes:
                coding = _sub(selection, "Coding", guid=guid("coding", statement.id, key), creatingUser=user, creationDateTime=created)
                _sub(coding, "CodeRef", targetGUID=codes[key])
    for key, _name, kind in _VARIABLES:
        value = getattr(meta, key)
        if value is not None:
            variable_value = _sub(element, "VariableValue")
            _sub(variable_value, "VariableRef", targetGUID=guid("variable", key))
            _sub(variable_value, "IntegerValue" if kind == "Integer" else "TextValue").text = str(value)
    return missing


def build_project(analysis: Analysis) -> tuple[bytes, dict[str, str], int]:
    """project.qde as bytes, the source texts by zip path, and the count of statements not placed."""
    ET.register_namespace("", NAMESPACE)
    created = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    user = guid("user", "docanalysis")
    project = ET.Element(f"{{{NAMESPACE}}}Project", {"name": "docanalysis", "origin": f"docanalysis {__version__}", "creatingUserGUID": user, "creationDateTime": created})
    _sub(_sub(project, "Users"), "User", guid=user, name="docanalysis")
    codes = _codebook(project, analysis.statements)
    _variables(project)
    sources = _sub(project, "Sources")
    texts: dict[str, str] = {}
    missing = 0
    for document in analysis.documents:
        text = mask_contacts_keep_length(document.text)
        texts[f"Sources/{guid('source', document.id)}.txt"] = text
        own = [statement for statement in analysis.statements if statement.document_id == document.id]
        missing += _source(sources, document, text, own, codes, user, created)
    if not analysis.documents:
        project.remove(sources)
    xml = ET.tostring(project, encoding="utf-8", xml_declaration=True)
    return xml, texts, missing


def write_qdpx(analysis: Analysis, path: Path) -> Path:
    xml, texts, _missing = build_project(analysis)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for name, text in texts.items():
            archive.writestr(name, text.encode("utf-8"))
    return path
