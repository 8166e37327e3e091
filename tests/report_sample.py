"""A small, realistic Analysis for the report tests, written for the tests (not corpus text).

Three plans of one organisation (2021, 2023, 2025), a commissioning letter with a
civil servant's contact details, and a partner's outlook: statements with attributes,
links with changes, lineage of every status, coverage of every status with evidence,
and the three views trace publishes.
"""

from __future__ import annotations

from docanalysis.model import Block, CoverageItem, Document, DocumentMeta, Evidence, LineageEntry, Link, Page, Statement, Target
from docanalysis.pipeline import Analysis

ORG = "Stichting Wijkkracht"
PARTNER = "Jeugdpunt Oost"
SCRIPT = '<script>alert("pwned")</script>'
EMAIL = "p.de.vries@voorbeeldgemeente.nl"
PHONE = "030 - 123 45 67"

STATEMENTS = [
    # id, document, kind, theme, page, text, extra attributes
    ("w21-1", "wijkkracht-jaarplan-2021", "goal", "Wachttijden", 2, "In 2021 wachten gezinnen hoogstens zes weken op een eerste gesprek.", {"deadline": "2021", "targets": [Target(6, "weken", "hoogstens zes weken")]}),
    ("w21-2", "wijkkracht-jaarplan-2021", "commitment", "Scholen", 3, "We starten met spreekuren op tien basisscholen in Overvecht.", {"places": ["Overvecht"], "targets": [Target(10, "scholen", "tien basisscholen")]}),
    ("w21-3", "wijkkracht-jaarplan-2021", "commitment", "Vrijwilligers", 3, "We werven vijftig nieuwe maatjes voor jongeren.", {}),
    ("w21-4", "wijkkracht-jaarplan-2021", "commitment", "Digitale hulp", 4, "We bouwen een chatdienst voor ouders met vragen over opvoeden.", {}),
    ("w21-5", "wijkkracht-jaarplan-2021", "goal", "Scholen", 4, f"Leerlingen weten ons te vinden; zie ook {SCRIPT} op de website.", {}),
    ("w23-1", "wijkkracht-jaarplan-2023", "goal", "Wachttijden", 2, "In 2023 wachten gezinnen hoogstens vier weken op een eerste gesprek.", {"deadline": "2023", "targets": [Target(4, "weken", "hoogstens vier weken")]}),
    ("w23-2", "wijkkracht-jaarplan-2023", "commitment", "Scholen", 3, "We houden spreekuren op twintig basisscholen in Overvecht en Kanaleneiland.", {"places": ["Overvecht", "Kanaleneiland"], "targets": [Target(20, "scholen", "twintig basisscholen")]}),
    ("w23-3", "wijkkracht-jaarplan-2023", "stop", "Vrijwilligers", 4, "We continueren het maatjesproject, maar we intensiveren het niet.", {}),
    ("w23-4", "wijkkracht-jaarplan-2023", "stop", "Digitale hulp", 4, "We stoppen met de chatdienst voor ouders.", {}),
    ("w25-1", "wijkkracht-jaarplan-2025", "goal", "Wachttijden", 2, "In 2025 wachten gezinnen hoogstens vier weken op een eerste gesprek.", {"deadline": "2025", "targets": [Target(4, "weken", "hoogstens vier weken")], "responsible": ["teamleiders"]}),
    ("w25-2", "wijkkracht-jaarplan-2025", "commitment", "Gezondheid", 3, "We zetten een leefstijlcoach in voor jongeren met overgewicht.", {"partners": ["GGD"]}),
    ("g23-1", "gemeente-opdrachtbrief-2023", "request", "Opdracht 2023", 1, f"Wij vragen u de wachttijden terug te brengen tot hoogstens vier weken. Vragen? Bel {PHONE} of mail {EMAIL}.", {}),
    ("g23-2", "gemeente-opdrachtbrief-2023", "request", "Opdracht 2023", 1, "Wij vragen u aan te geven hoe u samenwerkt met het onderwijs.", {}),
    ("g23-3", "gemeente-opdrachtbrief-2023", "request", "Opdracht 2023", 2, "Wij vragen u een begroting per wijk op te nemen.", {}),
    ("j25-1", "jeugdpunt-vooruitblik-2025", "goal", "Wachttijden", 1, "Jeugdpunt Oost wil in 2025 de wachttijd voor een eerste gesprek halveren.", {}),
]

DOCUMENTS = [
    ("wijkkracht-jaarplan-2021", ORG, "jaarplan", 2021, "Jaarplan 2021"),
    ("wijkkracht-jaarplan-2023", ORG, "jaarplan", 2023, "Jaarplan 2023"),
    ("wijkkracht-jaarplan-2025", ORG, "jaarplan", 2025, "Jaarplan 2025"),
    ("gemeente-opdrachtbrief-2023", "Gemeente Voorbeeld", "opdrachtbrief", 2023, "Opdrachtbrief 2023"),
    ("jeugdpunt-vooruitblik-2025", PARTNER, "vooruitblik", 2025, "Vooruitblik 2025"),
]


def _document(doc_id: str, organisation: str, doc_type: str, year: int, title: str) -> Document:
    """Pages hold the statements' text (wrapped as PDF extraction leaves it) under their theme headings."""
    pages: dict[int, list[Block]] = {}
    for _sid, document_id, _kind, theme, page, text, _extra in STATEMENTS:
        if document_id != doc_id:
            continue
        blocks = pages.setdefault(page, [])
        if not any(block.text == theme for block in blocks):
            blocks.append(Block(text=theme, kind="heading", page=page, level=2))
        wrapped = text.replace(" gesprek", "\nge-\nsprek", 1)  # a line break and hyphenation the statement text no longer has
        blocks.append(Block(text=wrapped, kind="list_item", page=page, marker="-"))
    if doc_type == "opdrachtbrief":
        pages[1].insert(0, Block(text=f"Behandeld door P. de Vries, telefoon {PHONE}, e-mail {EMAIL}", page=1))
    numbers = range(1, max(pages) + 1)
    return Document(
        id=doc_id,
        path=f"/data/{doc_id}.pdf",
        sha256="0" * 64,
        pages=[Page(number=number, blocks=pages.get(number, [])) for number in numbers],
        meta=DocumentMeta(organisation=organisation, doc_type=doc_type, year=year, title=title),
        source_format="pdf",
    )


def sample_analysis() -> Analysis:
    statements = [
        Statement(id=sid, document_id=doc, kind=kind, text=text, page=page, theme=theme, section_title=theme, **extra)
        for sid, doc, kind, theme, page, text, extra in STATEMENTS
    ]
    links = [
        Link("w21-1", "w23-1", "changed", 0.91, ["target: hoogstens zes weken → hoogstens vier weken", "deadline: 2021 → 2023"]),
        Link("w23-1", "w25-1", "recurs", 0.97, []),
        Link("w21-2", "w23-2", "changed", 0.84, ["scope: tien → twintig basisscholen", "places: + Kanaleneiland"]),
        Link("w21-3", "w23-3", "changed", 0.66, ["deprioritised: continued, not intensified"]),
        Link("w21-4", "w23-4", "changed", 0.71, ["stopped"]),
    ]
    lineage = [
        LineageEntry("w21-1", "changed", ["w23-1"], "target tightened"),
        LineageEntry("w23-1", "recurs", ["w25-1"]),
        LineageEntry("w21-2", "changed", ["w23-2"]),
        LineageEntry("w23-2", "disappeared", [], "not in the 2025 plan"),
        LineageEntry("w21-3", "deprioritised", ["w23-3"]),
        LineageEntry("w21-4", "dropped", ["w23-4"]),
        LineageEntry("w21-5", "disappeared", []),
        LineageEntry("w25-2", "new", []),
    ]
    coverage = [
        CoverageItem("g23-1", "wijkkracht-jaarplan-2023", "answered", 0.88, [Evidence("In 2023 wachten gezinnen hoogstens vier weken op een eerste gesprek.", "w23-1", 2, 0.88)]),
        CoverageItem("g23-2", "wijkkracht-jaarplan-2023", "partial", 0.52, [Evidence("We houden spreekuren op twintig basisscholen", "w23-2", 3, 0.52)]),
        CoverageItem("g23-3", "wijkkracht-jaarplan-2023", "missing", 0.12, []),
    ]
    views = {
        "threads": [
            {"id": "t1", "organisation": ORG, "theme": "Wachttijden", "statements": ["w21-1", "w23-1", "w25-1"], "years": [2021, 2023, 2025], "status": "changed", "skipped_years": []},
            {"id": "t2", "organisation": ORG, "theme": "Scholen", "statements": ["w21-2", "w23-2"], "years": [2021, 2023], "status": "disappeared", "skipped_years": []},
            {"id": "t3", "organisation": ORG, "theme": "Vrijwilligers", "statements": ["w21-3", "w23-3"], "years": [2021, 2023], "status": "deprioritised", "skipped_years": []},
            {"id": "t4", "organisation": ORG, "theme": "Digitale hulp", "statements": ["w21-4", "w23-4"], "years": [2021, 2023], "status": "dropped", "skipped_years": []},
            {"id": "t5", "organisation": ORG, "theme": "Scholen", "statements": ["w21-5"], "years": [2021], "status": "disappeared", "skipped_years": []},
            {"id": "t6", "organisation": ORG, "theme": "Gezondheid", "statements": ["w25-2"], "years": [2025], "status": "new", "skipped_years": []},
        ],
        "themes": {
            ORG: {
                "years": [2021, 2023, 2025],
                "themes": {"Wachttijden": [2021, 2023, 2025], "Scholen": [2021, 2023], "Digitale hulp": [2021, 2023], "Gezondheid": [2025]},
                "vanished": [{"theme": "Scholen", "last_year": 2023}],
                "appeared": [{"theme": "Gezondheid", "first_year": 2025}],
            }
        },
        "cross_organisation": [
            {"year": 2025, "label": "Kortere wachttijden", "organisations": [ORG, PARTNER], "statements": ["w25-1", "j25-1"], "score": 0.71},
        ],
    }
    return Analysis(
        documents=[_document(*row) for row in DOCUMENTS],
        statements=statements,
        links=links,
        lineage=lineage,
        coverage=coverage,
        views=views,
        generated_by={"version": "test"},
    )
