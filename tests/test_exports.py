"""CSV, XLSX and REFI-QDA exports: the columns researchers filter on, one row per item, a valid .qdpx."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pandas as pd
import pytest
from openpyxl import load_workbook
from report_sample import EMAIL, PHONE, SCRIPT, sample_analysis

from docanalysis.pipeline import Analysis
from docanalysis.report.privacy import mask_contacts_keep_length
from docanalysis.resources import REFI_QDA_XSD
from docanalysis.report.qdpx import NAMESPACE, _TextIndex, build_project, guid, write_qdpx
from docanalysis.report.tables import build_tables, write_tables

def words(text: str) -> str:
    return re.sub(r"\W", "", text)


SCHEMA = REFI_QDA_XSD
Q = f"{{{NAMESPACE}}}"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> dict[str, Path]:
    out_dir = tmp_path_factory.mktemp("exports")
    analysis = sample_analysis()
    paths = write_tables(analysis, out_dir)
    paths["docanalysis.qdpx"] = write_qdpx(analysis, out_dir / "docanalysis.qdpx")
    return paths


def test_csv_has_bom_and_dutch_characters_survive(out):
    raw = out["statements.csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out["statements.csv"], encoding="utf-8-sig")
    assert len(frame) == len(sample_analysis().statements)
    assert {"document", "organisation", "year", "page", "theme", "kind", "text", "deadline", "targets", "scope", "responsible", "places", "partners"} <= set(frame.columns)


def test_statement_rows_carry_context_and_attributes():
    statements = build_tables(sample_analysis())["statements"].set_index("id")
    row = statements.loc["w23-2"]
    assert (row.organisation, row.year, row.page, row.kind, row.theme) == ("Stichting Wijkkracht", 2023, 3, "commitment", "Scholen")
    assert row.places == "Overvecht; Kanaleneiland" and row.targets == "twintig basisscholen"
    assert statements.loc["w21-4", "status"] == "dropped"
    assert EMAIL not in statements.loc["g23-1", "text"]
    assert SCRIPT in statements.loc["w21-5", "text"]  # exports keep text as is; only HTML escapes


def test_links_have_both_texts_and_changes():
    links = build_tables(sample_analysis())["links"]
    first = links[links.source == "w21-1"].iloc[0]
    assert first.source_text.startswith("In 2021 wachten") and first.target_text.startswith("In 2023 wachten")
    assert (first.source_year, first.target_year, first.relation) == (2021, 2023, "changed")
    assert "zes weken → hoogstens vier weken" in first.changes


def test_lineage_and_coverage_rows():
    tables = build_tables(sample_analysis())
    lineage = tables["lineage"]
    assert set(lineage.status) == {"recurs", "changed", "deprioritised", "dropped", "disappeared", "new"}
    dropped = lineage[lineage.statement_id == "w21-4"].iloc[0]
    assert dropped.evidence == "w23-4" and dropped.evidence_text == "We stoppen met de chatdienst voor ouders."
    coverage = tables["coverage"].set_index("request_id")
    assert list(coverage.status) == ["answered", "partial", "missing"]
    assert coverage.loc["g23-1", "evidence_pages"] == "2" and coverage.loc["g23-1", "letter_document"] == "gemeente-opdrachtbrief-2023"
    assert coverage.loc["g23-3", "evidence"] == ""


def test_empty_analysis_gives_tables_with_headers():
    tables = build_tables(Analysis())
    assert all(frame.empty for frame in tables.values())
    assert "source_text" in tables["links"].columns and "request_text" in tables["coverage"].columns


def test_xlsx_one_sheet_per_table_frozen_header_autofilter(out):
    workbook = load_workbook(out["docanalysis.xlsx"])
    assert workbook.sheetnames == ["documents", "statements", "links", "lineage", "coverage"]
    sheet = workbook["statements"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:") and sheet.auto_filter.ref.endswith(str(len(sample_analysis().statements) + 1))
    assert [cell.value for cell in sheet[1]][:3] == ["id", "document", "organisation"]


def test_xlsx_drops_control_characters(tmp_path):
    analysis = sample_analysis()
    analysis.statements[0].text = "tekst met\x0b verticale tab"
    paths = write_tables(analysis, tmp_path)
    values = [cell.value for cell in load_workbook(paths["docanalysis.xlsx"])["statements"]["J"]]
    assert "tekst met verticale tab" in values


def test_qdpx_validates_against_refi_schema(out):
    xmlschema = pytest.importorskip("xmlschema")
    with zipfile.ZipFile(out["docanalysis.qdpx"]) as archive:
        project = archive.read("project.qde")
        names = archive.namelist()
    xmlschema.XMLSchema(str(SCHEMA)).validate(project)
    assert sum(name.startswith("Sources/") and name.endswith(".txt") for name in names) == 5


def test_qdpx_selections_point_at_the_statement_text():
    analysis = sample_analysis()
    xml, texts, missing = build_project(analysis)
    assert missing == 0
    root = ET.fromstring(xml)
    by_id = {s.id: s for s in analysis.statements}
    selections = 0
    for source in root.iter(f"{Q}TextSource"):
        text = texts[source.get("plainTextPath").replace("internal://", "Sources/")]
        for selection in source.iter(f"{Q}PlainTextSelection"):
            statement = by_id[selection.get("name")]
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            found = text[start:end]
            # the same words, though the source keeps the page's line breaks and hyphenation
            assert words(found) == words(mask_contacts_keep_length(statement.text))
            assert found[0] == statement.text[0]
            codes = {ref.get("targetGUID") for ref in selection.iter(f"{Q}CodeRef")}
            assert codes == {guid("kind", statement.kind), guid("theme", statement.theme)}
            selections += 1
    assert selections == len(analysis.statements)
    assert all(EMAIL not in text for text in texts.values())


def test_qdpx_codebook_has_kinds_and_themes():
    root = ET.fromstring(build_project(sample_analysis())[0])
    groups = {code.get("name"): [child.get("name") for child in code.findall(f"{Q}Code")] for code in root.find(f"{Q}CodeBook/{Q}Codes")}
    assert groups["Soort uitspraak"] == ["Doel", "Toezegging", "Stoppen of bevriezen", "Verzoek", "Resultaat"]
    assert "Wachttijden" in groups["Thema"] and "Digitale hulp" in groups["Thema"]


def test_qdpx_counts_statements_it_cannot_place():
    analysis = sample_analysis()
    analysis.statements[0].text = "Een zin die in geen enkel document voorkomt."
    assert build_project(analysis)[2] == 1


def test_text_index_places_a_statement_split_by_list_numbering():
    text = (
        "Inleiding\nWe versterken de samenwerking met scholen en huisartsen door:\n"
        "1. vaste contactpersonen per school aan te wijzen,\n2. elk kwartaal een overleg te houden.\nSlot"
    )
    statement = "We versterken de samenwerking met scholen en huisartsen door: • vaste contactpersonen per school aan te wijzen, • elk kwartaal een overleg te houden."
    index = _TextIndex(text)
    start, end = index.find(statement)
    assert text[start:end] == text[text.index("We versterken") : text.index(" houden.") + len(" houden")]
    assert index.find("We versterken de samenwerking met de politie en de wijkagent in alle wijken.") is None
    assert index.find("...") is None


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    analysis = sample_analysis()
    analysis.statements[0].text = "=SUM(A1:A9) staat in de bijlage"
    analysis.statements[1].text = "- zie de bijlage"
    paths = write_tables(analysis, tmp_path)
    csv = pd.read_csv(paths["statements.csv"], encoding="utf-8-sig")
    assert list(csv.text[:2]) == ["'=SUM(A1:A9) staat in de bijlage", "'- zie de bijlage"]
    assert csv.text[2] == analysis.statements[2].text
    cell = load_workbook(paths["docanalysis.xlsx"])["statements"]["J2"]
    assert (cell.value, cell.data_type) == ("=SUM(A1:A9) staat in de bijlage", "s")


def test_contact_details_masked_in_every_column_and_code(tmp_path):
    analysis = sample_analysis()
    analysis.statements[0].section_title = f"Doorkiesnummer {PHONE}"
    analysis.statements[0].theme = f"E-mail {EMAIL}"
    tables = build_tables(analysis)
    for frame in tables.values():
        cells = [str(cell) for cell in frame.to_numpy().ravel()]
        assert not any(EMAIL in cell or "123 45 67" in cell for cell in cells)
    assert tables["statements"].loc[0, "section"] == "Doorkiesnummer [telefoonnummer]"
    xml = build_project(analysis)[0].decode("utf-8")
    assert EMAIL not in xml and "E-mail [e-mailadres]" in xml
