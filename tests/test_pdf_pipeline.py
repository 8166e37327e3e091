"""A plan as a PDF through the whole pipeline: pages, themes, kinds and table columns survive."""

import pytest
from pdf_fixtures import GOALS, GOALS_HEADER, _heading, _paragraph, _pdf

from docanalysis.pipeline import run

@pytest.fixture(scope="module")
def plan_analysis(tmp_path_factory: pytest.TempPathFactory):
    pdf = _pdf()
    pdf.add_page()
    y = _heading(pdf, "Jaarplan Buurtteams Noord 2026", 56, 60, 483)
    y = _paragraph(pdf, "In 2025 hebben we veel geleerd over de samenwerking met scholen. Dat was een bewogen jaar.", 56, y, 483)
    y = _heading(pdf, "Toegankelijke hulp", 56, y, 483, 13)
    _paragraph(
        pdf,
        "We verkorten de wachttijd voor een eerste gesprek naar maximaal tien werkdagen. "
        "Per december 2026 werken alle teams met een vaste inloop op de scholen in Overvecht en Zuilen.",
        56, y, 483,
    )
    pdf.add_page()
    y = _heading(pdf, "Wat we niet meer doen", 56, 60, 483, 13)
    y = _paragraph(pdf, "We stoppen met het organiseren van de opvoedcursussen; die gaan naar het jongerenwerk.", 56, y, 483)
    y = _heading(pdf, "Doelen", 56, y, 483, 13)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(56, y)
    with pdf.table(col_widths=(120, 240, 123), first_row_as_headings=True) as table:
        for cells in (GOALS_HEADER, *GOALS):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    folder = tmp_path_factory.mktemp("pdfplan")
    (folder / "plan.pdf").write_bytes(bytes(pdf.output()))
    return run([folder], use_cache=False)

def test_plan_metadata_from_a_pdf(plan_analysis):
    (document,) = plan_analysis.documents
    assert (document.meta.doc_type, document.meta.year) == ("jaarplan", 2026)
    assert document.meta.title == "Jaarplan Buurtteams Noord 2026"
    assert len(document.pages) == 2

def test_statements_keep_their_page_and_kind(plan_analysis):
    by_start = {statement.text[:25]: statement for statement in plan_analysis.statements}
    first = next(s for s in plan_analysis.statements if s.text.startswith("We verkorten de wachttijd"))
    assert first.page == 1
    stop = next(s for s in plan_analysis.statements if s.text.startswith("We stoppen met"))
    assert (stop.page, stop.kind) == (2, "stop")
    assert not any(text.startswith("In 2025 hebben we") for text in by_start), "history is not a statement"

def test_a_goals_table_gives_one_statement_per_row_with_its_responsible(plan_analysis):
    for subject, goal, responsible in GOALS:
        statement = next(s for s in plan_analysis.statements if s.text.startswith(goal[:40]))
        assert statement.page == 2
        assert statement.responsible == [responsible]

def test_attributes_of_a_pdf_statement(plan_analysis):
    inloop = next(s for s in plan_analysis.statements if "vaste inloop" in s.text)
    assert inloop.deadline == "2026-12"
    assert {"Overvecht", "Zuilen"} <= set(inloop.places)
    assert inloop.scope == "alle teams"

