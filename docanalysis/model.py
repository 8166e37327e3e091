"""The one data model every stage reads and writes.

Stages pass these dataclasses to each other and nothing else: segmentation gets a
`Document`, never pdfplumber objects; tracing gets `Statement`s, never spaCy docs.
Every object that makes a claim carries its provenance (document, page), so a reader
can check it against the source.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]
DocType = Literal["jaarplan", "halfjaarrapportage", "jaarverslag", "opdrachtbrief", "vooruitblik", "other"]
StatementKind = Literal["goal", "commitment", "stop", "request", "result"]
Relation = Literal["recurs", "changed"]
LineageStatus = Literal["recurs", "changed", "deprioritised", "dropped", "disappeared", "new"]
CoverageStatus = Literal["answered", "partial", "missing"]

DOC_TYPES: tuple[str, ...] = ("jaarplan", "halfjaarrapportage", "jaarverslag", "opdrachtbrief", "vooruitblik", "other")
STATEMENT_KINDS: tuple[str, ...] = ("goal", "commitment", "stop", "request", "result")


@dataclass
class Block:
    """A unit of layout: a heading, a paragraph, a list item or a table row.

    `text` is already cleaned (hyphenation joined, bullets stripped); for a list
    item `marker` keeps the original numbering ("1.", "a)") or "-" for a bullet.
    For a table row `cells` holds each cell's text, left to right.
    """

    text: str
    kind: BlockKind = "paragraph"
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    level: int | None = None
    marker: str | None = None
    cells: list[str] | None = None

    def render(self) -> str:
        """The block as one line of `extract --format json` page text."""
        if self.kind == "list_item":
            marker = self.marker or "-"
            return f"{marker} {self.text}" if marker != "-" else f"- {self.text}"
        if self.kind == "table_row" and self.cells:
            return " | ".join(self.cells)
        return self.text


@dataclass
class Page:
    number: int
    blocks: list[Block] = field(default_factory=list)
    text_layer: bool = True
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(block.render() for block in self.blocks)


@dataclass
class DocumentMeta:
    organisation: str | None = None
    doc_type: str = "other"
    year: int | None = None
    title: str | None = None
    language: str | None = None
    detected: list[str] = field(default_factory=list)
    """Names of the fields above whose value was detected rather than given by a manifest."""


@dataclass
class Document:
    id: str
    path: str
    sha256: str
    pages: list[Page]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    source_format: Literal["pdf", "txt", "md"] = "txt"
    warnings: list[str] = field(default_factory=list)

    @property
    def blocks(self) -> list[Block]:
        return [block for page in self.pages for block in page.blocks]

    @property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)


@dataclass
class Section:
    id: str
    document_id: str
    title: str
    page: int | None
    level: int = 1
    theme: str | None = None


@dataclass
class Target:
    value: float
    unit: str
    text: str


@dataclass
class Statement:
    id: str
    document_id: str
    kind: StatementKind
    text: str
    page: int | None
    theme: str | None = None
    section_id: str | None = None
    section_title: str | None = None
    deadline: str | None = None
    targets: list[Target] = field(default_factory=list)
    scope: str | None = None
    responsible: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class Link:
    source: str
    target: str
    relation: Relation
    score: float
    changes: list[str] = field(default_factory=list)


@dataclass
class LineageEntry:
    statement_id: str
    status: LineageStatus
    evidence: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass
class Evidence:
    text: str
    statement_id: str | None = None
    page: int | None = None
    score: float | None = None


@dataclass
class CoverageItem:
    request_id: str
    answering_document_id: str
    status: CoverageStatus
    score: float
    evidence: list[Evidence] = field(default_factory=list)


def to_plain(obj: Any) -> Any:
    """Dataclasses (and lists of them) as JSON-ready dicts and lists."""
    if isinstance(obj, list):
        return [to_plain(item) for item in obj]
    if hasattr(obj, "__dataclass_fields__"):
        return asdict(obj)
    return obj
