"""PDF extraction: reading order, page furniture, hyphenation, lists, headings and tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docanalysis import cli
from docanalysis.ingest.pdf import read_pdf
from docanalysis.model import Page

import pdf_fixtures as fixtures


def _read(data: bytes) -> list[Page]:
    return read_pdf(Path("test.pdf"), data)


def _texts(page: Page) -> list[str]:
    return [block.text for block in page.blocks]


def _position(texts: list[str], start: str) -> int:
    return next(index for index, text in enumerate(texts) if text.startswith(start))


def test_columns_read_column_by_column_with_spanning_heading_and_band():
    page = _read(fixtures.columns_pdf())[0]
    texts = _texts(page)
    order = ["Jaarplan Jeugd", "Dit jaarplan", "Buurtteams", "In iedere wijk", "Scholen", "Op elke school", "Financien", "Tussen de kolommen", "Wachttijden", "Mantelzorgers", "Jongeren"]
    assert [_position(texts, start) for start in order] == sorted(_position(texts, start) for start in order)
    # each column's paragraph is whole: no line of the other column in between
    assert _texts(page)[_position(texts, "In iedere wijk")] == fixtures.LEFT
    assert _texts(page)[_position(texts, "Op elke school")] == fixtures.RIGHT
    assert texts[_position(texts, "Jongeren")] == fixtures.THREE[2]
    assert not page.tables, "two columns of prose under headings are not a table"


def test_headings_have_levels_by_size():
    page = _read(fixtures.columns_pdf())[0]
    headings = {block.text: block.level for block in page.blocks if block.kind == "heading"}
    assert headings == {"Jaarplan Jeugd en Gezin 2026": 1, "Buurtteams": 2, "Scholen": 2, "Financien": 1}


def test_every_block_has_page_and_bbox():
    pages = _read(fixtures.running_pdf(3))
    for page in pages:
        for block in page.blocks:
            assert block.page == page.number
            x0, top, x1, bottom = block.bbox
            assert 0 <= x0 < x1 <= 600 and 0 <= top < bottom <= 850


def test_running_header_footer_and_page_numbers_removed():
    pages = _read(fixtures.running_pdf(4))
    for page in pages:
        assert page.headers == ["Lokalis | Jeugd en gezin"]
        assert page.footers == [f"Jaarplan 2025 {page.number + 16}", str(page.number)]
        assert "Lokalis" not in page.text and "Jaarplan 2025" not in page.text
        assert page.blocks[0].text.startswith(f"Hoofdstuk {page.number}")


def test_footer_glued_to_heading_is_split_off():
    page = _read(fixtures.running_pdf(4, glued_page=3))[2]
    assert page.footers == ["Jaarplan 2025 19"]
    assert page.blocks[0].kind == "heading"
    assert page.blocks[0].text == "Wijkgericht werken"


def test_recurring_large_heading_is_not_furniture():
    """A section heading repeated in the top band of every page stays content."""
    pages = _read(fixtures.repeated_heading_pdf(3))
    for page in pages:
        assert page.headers == [] and page.footers == []
        assert (page.blocks[0].kind, page.blocks[0].text) == ("heading", "Doelen")
        assert page.blocks[1].text.startswith(f"Voor deelgebied {page.number}")


@pytest.mark.skipif(not fixtures.DEJAVU.exists(), reason="DejaVu Sans is needed for the bullet glyphs")
def test_hyphenation_soft_hyphens_bullets_and_numbering():
    data = fixtures.lines_pdf([
        (False, "De gemeente zorgt voor de ondersteu-"),
        (False, "ning van gezinnen op wijk- en"),
        (False, "stadsniveau. Voor jongeren 18-/18+ is er samenwer\u00ad"),
        (False, "king met de school."),
        (False, ""),
        (False, "• Een vast aanspreekpunt per wijk"),
        (False, "▪ Snellere intake voor gezinnen"),
        (False, "➢ Een adviesraad voor jongeren"),
        (False, "- Minder regels"),
        (False, "o Meer ruimte voor de professional"),
        (False, "1. Eerste stap in het plan"),
        (False, "a) Tweede punt met een lange tekst die"),
        (True, "doorloopt op de volgende regel."),
        (False, "Een gewone zin na de lijst."),
    ])
    page = _read(data)[0]
    assert page.blocks[0].text == (
        "De gemeente zorgt voor de ondersteuning van gezinnen op wijk- en stadsniveau. "
        "Voor jongeren 18-/18+ is er samenwerking met de school."
    )
    items = [(block.marker, block.text) for block in page.blocks if block.kind == "list_item"]
    assert items == [
        ("-", "Een vast aanspreekpunt per wijk"),
        ("-", "Snellere intake voor gezinnen"),
        ("-", "Een adviesraad voor jongeren"),
        ("-", "Minder regels"),
        ("-", "Meer ruimte voor de professional"),
        ("1.", "Eerste stap in het plan"),
        ("a)", "Tweede punt met een lange tekst die doorloopt op de volgende regel."),
    ]
    assert page.blocks[-1].kind == "paragraph" and page.blocks[-1].text == "Een gewone zin na de lijst."
    assert "- Een vast aanspreekpunt per wijk" in page.text.splitlines()


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "unruled"])
def test_goals_table_keeps_cells_together(ruled: bool):
    page = _read(fixtures.table_pdf(ruled))[0]
    expected = [list(fixtures.GOALS_HEADER), *map(list, fixtures.GOALS)]
    assert page.tables == [expected]
    rows = [block for block in page.blocks if block.kind == "table_row"]
    assert [block.cells for block in rows] == expected
    assert all(block.bbox for block in rows)
    loose = " ".join(block.text for block in page.blocks if block.kind != "table_row")
    assert "kernteam" not in loose and "Jeugdprofessionals" not in loose
    texts = _texts(page)
    assert texts[0] == "Doelen" and texts[-1].startswith("Na de tabel")
    assert "Onderwerp | Doel | Wie verantwoordelijk?" in page.text.splitlines()


def test_shuffled_drawing_order_comes_out_in_reading_order():
    page = _read(fixtures.shuffled_pdf())[0]
    text = page.text
    order = ["Vooruitblik", "Eerste kolom regel een", "Eerste kolom regel twee", "Eerste kolom regel drie", "Tweede kolom regel een", "Tweede kolom regel drie"]
    positions = [text.index(start) for start in order]
    assert positions == sorted(positions)


def test_extract_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "jaarplan.pdf"
    path.write_bytes(fixtures.running_pdf(3))
    assert cli.main(["extract", str(path), "--format", "json"]) == 0
    output = json.loads(capsys.readouterr().out)
    assert output["file"] == str(path)
    first = output["pages"][0]
    assert set(first) >= {"number", "text_layer", "text", "headers", "footers", "tables"}
    assert first["number"] == 1 and first["text_layer"] is True
    assert first["text"].splitlines()[0] == "Hoofdstuk 1: thema A"
    assert first["footers"] == ["Jaarplan 2025 17", "1"]


def test_heading_over_an_indented_column_stays_first():
    """Rows that never share a line but leave a gutter (a heading left, text right)."""
    pdf = fixtures._pdf()
    pdf.add_page()
    fixtures._heading(pdf, "Kernopgaven", 56, 60, 150, 16)
    for index, text in enumerate(["Wij versterken de wijkteams.", "Wij verkorten de wachttijd.", "Wij betrekken ouders eerder."]):
        fixtures._paragraph(pdf, text, 300, 100 + 30 * index, 230)
    warnings: list[str] = []
    page = read_pdf(Path("test.pdf"), bytes(pdf.output()), warnings=warnings)[0]
    assert warnings == []
    assert _texts(page) == ["Kernopgaven", "Wij versterken de wijkteams.", "Wij verkorten de wachttijd.", "Wij betrekken ouders eerder."]


MORE = " Zo weten ouders waar zij terecht kunnen met vragen over opvoeden en opgroeien, ook buiten kantoortijden."


@pytest.mark.parametrize(
    ("left_end", "right", "joined"),
    [
        ("gemeente en de", "scholen in de wijk en de huisartsen." + MORE, True),
        ("gemeente en de", "Gemeente Utrecht doet ook mee." + MORE, True),  # "de" leaves the sentence open
        ("gemeente en de scholen", "Scholen doen ook mee." + MORE, False),
        ("gemeente en de scholen.", "scholen doen ook mee." + MORE, False),
    ],
)
def test_sentence_running_into_the_next_column_is_one_paragraph(left_end: str, right: str, joined: bool):
    left = "Het buurtteam werkt in elke wijk samen met de " * 3 + left_end
    texts = _texts(_read(fixtures.column_break_pdf(left, right))[0])
    if joined:
        assert texts == [f"{left} {right}"]
    else:
        assert texts == [left, right]
