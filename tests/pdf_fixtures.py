"""PDFs made in code for the extraction tests: each one a layout problem of real policy PDFs.

fpdf2 draws most of them; reportlab draws the page whose drawing order is shuffled,
because fpdf2 always writes in the order it is called and that is the point there.
The Dutch text is written for these tests.
"""

from __future__ import annotations

import random
from io import BytesIO
from pathlib import Path

from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

INTRO = "Dit jaarplan beschrijft hoe de buurtteams in 2026 samenwerken met scholen, huisartsen en de gemeente aan een gezonde jeugd."
LEFT = (
    "In iedere wijk werkt een vast team van jeugdprofessionals. Zij kennen de scholen, de sportclubs "
    "en de huisartsen bij naam en zijn snel bereikbaar voor ouders met vragen over opvoeden."
)
RIGHT = (
    "Op elke school is wekelijks een vaste contactpersoon aanwezig. Leerkrachten kunnen zonder verwijzing "
    "advies vragen, zodat zorgen over een leerling vroeg besproken worden met de ouders."
)
BAND = "Tussen de kolommen staat deze brede alinea over de begroting, die over de volle breedte van de pagina loopt."
THREE = (
    "Wachttijden verkorten we door een snellere intake bij het eerste gesprek met het gezin.",
    "Mantelzorgers krijgen een vast aanspreekpunt in de wijk voor respijtzorg en advies.",
    "Jongeren vanaf zestien jaar praten mee in een eigen adviesraad over het aanbod.",
)

GOALS_HEADER = ("Onderwerp", "Doel", "Wie verantwoordelijk?")
GOALS = (
    ("Wijkgericht werken en wijkalliantie", "We richten in elke wijk een kernteam op dat de belangrijkste opgaven van die wijk kiest.", "Teamleiders en de gemeente"),
    ("Ouderbetrokkenheid", "Ouders worden bij elk plan van aanpak betrokken vanaf het eerste gesprek.", "Jeugdprofessionals"),
)


def _pdf() -> FPDF:
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.set_margins(56, 56, 56)
    return pdf


def _heading(pdf: FPDF, text: str, x: float, y: float, width: float, size: float = 16) -> float:
    pdf.set_font("Helvetica", "B", size)
    pdf.set_xy(x, y)
    pdf.multi_cell(width, size * 1.3, text)
    return pdf.get_y() + 4


def _paragraph(pdf: FPDF, text: str, x: float, y: float, width: float) -> float:
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(x, y)
    pdf.multi_cell(width, 13, text)
    return pdf.get_y() + 10


def columns_pdf() -> bytes:
    """A spanning title and intro, two columns, a full-width band, then three columns."""
    pdf = _pdf()
    pdf.add_page()
    y = _heading(pdf, "Jaarplan Jeugd en Gezin 2026", 56, 60, 483)
    y = _paragraph(pdf, INTRO, 56, y, 483)
    half = (483 - 24) / 2
    left_end = _paragraph(pdf, LEFT, 56, _heading(pdf, "Buurtteams", 56, y, half, 13), half)
    right_end = _paragraph(pdf, RIGHT, 56 + half + 24, _heading(pdf, "Scholen", 56 + half + 24, y, half, 13), half)
    y = _heading(pdf, "Financien", 56, max(left_end, right_end) + 6, 483)
    y = _paragraph(pdf, BAND, 56, y, 483)
    third = (483 - 2 * 20) / 3
    for index, text in enumerate(THREE):
        _paragraph(pdf, text, 56 + index * (third + 20), y + 4, third)
    return bytes(pdf.output())


def running_pdf(pages: int = 4, glued_page: int | None = None) -> bytes:
    """Pages with a running header, a footer with the page number and body text.

    On `glued_page` the footer sits on the heading's line, set right against it.
    """
    pdf = _pdf()
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        footer = f"Jaarplan 2025 {number + 16}"
        if number == glued_page:
            pdf.set_xy(56, 30)
            pdf.cell(pdf.get_string_width(footer), 12, footer)
            pdf.set_font("Helvetica", "B", 14)
            pdf.cell(200, 12, "Wijkgericht werken")
        else:
            pdf.set_xy(56, 30)
            pdf.cell(300, 10, "Lokalis | Jeugd en gezin")
            pdf.set_xy(56, 800)
            pdf.cell(300, 10, footer)
            pdf.set_xy(480, 800)
            pdf.cell(50, 10, str(number), align="R")
        y = _heading(pdf, f"Hoofdstuk {number}: thema {'ABCDEFG'[number - 1]}", 56, 80, 483, 14)
        _paragraph(pdf, f"Op pagina {number} staat de uitwerking van dit thema. " + LEFT, 56, y, 483)
    return bytes(pdf.output())


def repeated_heading_pdf(pages: int = 3) -> bytes:
    """Every page opens high up with the same section heading, "Doelen", and no footer."""
    pdf = _pdf()
    for number in range(1, pages + 1):
        pdf.add_page()
        y = _heading(pdf, "Doelen", 56, 30, 483, 14)
        _paragraph(pdf, f"Voor deelgebied {number} gelden de volgende doelen. " + RIGHT, 56, y, 483)
    return bytes(pdf.output())


def lines_pdf(lines: list[tuple[bool, str]]) -> bytes:
    """Lines drawn one under the other at 10pt in DejaVu Sans (it has the bullet glyphs).

    Each line is (indented, text); an empty text leaves a paragraph gap.
    """
    pdf = _pdf()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    y = 60.0
    for indent, text in lines:
        if not text:
            y += 10
            continue
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(56 + (14 if indent else 0), y)
        pdf.cell(440, 12, text)
        y += 13
    return bytes(pdf.output())


def table_pdf(ruled: bool) -> bytes:
    """A heading, a sentence, the goals table (ruled or not) and a closing sentence."""
    pdf = _pdf()
    pdf.add_page()
    y = _heading(pdf, "Doelen", 56, 60, 483)
    _paragraph(pdf, "De doelen voor dit jaar staan in de tabel hieronder.", 56, y, 483)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_y(y + 30)
    layout = "ALL" if ruled else "NONE"
    with pdf.table(col_widths=(120, 240, 123), borders_layout=layout, line_height=13, first_row_as_headings=False, padding=4, v_align="TOP", text_align="LEFT") as table:
        for row in (GOALS_HEADER, *GOALS):
            cells = table.row()
            for cell in row:
                cells.cell(cell)
    _paragraph(pdf, "Na de tabel volgt een gewone alinea over de uitvoering van de doelen.", 56, pdf.get_y() + 20, 483)
    return bytes(pdf.output())


def shuffled_pdf(seed: int = 7) -> bytes:
    """Two columns of lines drawn in a random order (reportlab, one drawString per line)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = [("Helvetica-Bold", 16, 56, 780, "Vooruitblik 2026")]
    left = ["Eerste kolom regel een over de wijk.", "Eerste kolom regel twee over de school.", "Eerste kolom regel drie over de buurt."]
    right = ["Tweede kolom regel een over zorg.", "Tweede kolom regel twee over geld.", "Tweede kolom regel drie over tijd."]
    for index, (a, b) in enumerate(zip(left, right)):
        lines.append(("Helvetica", 10, 56, 740 - 13 * index, a))
        lines.append(("Helvetica", 10, 310, 740 - 13 * index, b))
    random.Random(seed).shuffle(lines)
    buffer = BytesIO()
    drawing = canvas.Canvas(buffer, pagesize=A4)
    for font, size, x, y, text in lines:
        drawing.setFont(font, size)
        drawing.drawString(x, y, text)
    drawing.showPage()
    drawing.save()
    return buffer.getvalue()


def drawing_only_pdf() -> bytes:
    """A page with shapes and no text layer, like a scan."""
    pdf = _pdf()
    pdf.add_page()
    pdf.rect(60, 60, 300, 200, style="F")
    pdf.line(60, 300, 400, 500)
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    pdf = _pdf()
    pdf.set_encryption(owner_password="eigenaar", user_password="geheim")
    pdf.add_page()
    _paragraph(pdf, INTRO, 56, 60, 483)
    return bytes(pdf.output())


def many_pages_pdf(pages: int) -> bytes:
    pdf = _pdf()
    for number in range(pages):
        pdf.add_page()
        _paragraph(pdf, f"Pagina {number + 1}. {INTRO}", 56, 60, 483)
    return bytes(pdf.output())


def page_break_pdf(before: str, after: str, heading: str | None = None, photo_between: bool = False) -> bytes:
    """Two pages with a running header and a page number; page 1 ends with `before`, page 2 opens with `after`.

    `before` is set as the last lines at the foot of page 1, `after` at the head of
    page 2 (under `heading` when given), as a paragraph cut by the page break is.
    A line of `after` starting with "- " is a list item. With `photo_between` a page
    holding only a picture (no text layer) comes between them.
    """
    pdf = _pdf()
    for number in (1, 2):
        if number == 2 and photo_between:
            pdf.add_page()
            pdf.rect(60, 60, 400, 600, style="F")
        pdf.add_page()
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(56, 30)
        pdf.cell(300, 10, "Stichting Wijkkracht | Jaarplan 2026")
        pdf.set_xy(480, 800)
        pdf.cell(50, 10, f"Pagina {number}", align="R")
        if number == 1:
            y = _heading(pdf, "Samenwerking in de wijk", 56, 80, 483, 14)
            y = _paragraph(pdf, "Dit hoofdstuk gaat over de manier waarop wij met partners in de wijk werken. " * 3, 56, y, 483)
            _paragraph(pdf, before, 56, 700, 483)
        else:
            y = _heading(pdf, heading, 56, 70, 483, 14) if heading else 70
            for line in after.split("\n"):
                y = _paragraph(pdf, line, 56, y, 483) - 8
            _paragraph(pdf, "Een volgende alinea gaat over iets anders dan de vorige alinea.", 56, y + 20, 483)
    return bytes(pdf.output())


def column_break_pdf(left: str, right: str) -> bytes:
    """One page of two columns: `left` fills the first, `right` opens the second at the same height."""
    pdf = _pdf()
    pdf.add_page()
    _paragraph(pdf, left, 56, 60, 230)
    _paragraph(pdf, right, 310, 60, 230)
    return bytes(pdf.output())
