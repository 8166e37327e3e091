"""Policy PDFs unlike the bundled corpus, made in code: a slide deck, a brochure and a letter.

The product is judged on documents it has not seen; these three have layouts the
corpus lacks (landscape slides with big fonts, a two-column brochure with a
pull-quote box and a four-column goals table, a letter with a letterhead and a
reference block). The organisations and all Dutch text are made up for the tests.
"""

from __future__ import annotations

from fpdf import FPDF

from pdf_fixtures import DEJAVU

ORGANISATION = "Stichting Jongvast"

SLIDES = (
    ("Jaarplan 2026 in het kort", (
        "Stichting Jongvast werkt in vier wijken van Rijnstad",
        "Wij openen in 2026 drie inlooppunten in Noordhoek",
        "De wachttijd voor een eerste gesprek gaat naar tien werkdagen",
    )),
    ("Wat we gaan doen", (
        "We starten een ouderpanel dat vier keer per jaar meedenkt",
        "Elke school krijgt een vaste jeugdprofessional",
        "We stoppen met de losse opvoedcursussen",
        "Uiterlijk in juni 2026 werken alle teams met één plan per gezin",
    )),
    ("Wat we vragen aan de gemeente", (
        "Wij vragen de gemeente om ruimte voor een pilot met schuldhulp",
        "Een gezamenlijke evaluatie na het eerste halfjaar",
        "Duidelijke afspraken over de toegang tot specialistische hulp",
    )),
)

BROCHURE_INTRO = (
    "In deze brochure leest u wat Stichting Jongvast in 2026 gaat doen voor kinderen, jongeren en ouders "
    "in Rijnstad. Wij werken vanuit de wijk en zoeken de samenwerking met scholen en huisartsen."
)
BROCHURE_LEFT = (
    "Onze jeugdprofessionals zijn elke week aanwezig op de basisscholen in de wijk. Leerkrachten kunnen "
    "bij hen terecht met zorgen over een leerling, zonder verwijzing en zonder wachtlijst. In 2026 breiden "
    "wij dit uit naar het voortgezet onderwijs, te beginnen met twee scholen in Noordhoek en de scholen in"
)
BROCHURE_RIGHT = (
    "de binnenstad. Ouders krijgen daarbij een vast aanspreekpunt dat hen kent. Zo voorkomen we dat "
    "zorgen groter worden dan nodig en dat gezinnen hun verhaal steeds opnieuw moeten vertellen."
)
PULL_QUOTE = "“Ik weet nu bij wie ik terecht kan.” – een moeder uit Noordhoek"
BROCHURE_TABLE = (
    ("Doel", "Actie", "Wie", "Wanneer"),
    ("Kortere wachttijd", "Wij voeren een snelle intake in voor alle nieuwe aanmeldingen.", "Teamleiders", "Q2 2026"),
    ("Meer ouders betrokken", "We richten een ouderpanel op in elke wijk.", "Ouderconsulenten", "Q3 2026"),
    ("Hulp dichtbij", "Elke middelbare school krijgt een vast spreekuur.", "Jeugdprofessionals", "eind 2026"),
)

LETTER_HEAD = ("Gemeente Rijnstad", "Afdeling Jeugd en Onderwijs", "Postbus 4410", "3500 GK Rijnstad", "www.rijnstad.example")
LETTER_ADDRESS = ("Aan het bestuur van", "Stichting Jongvast", "Havenstraat 12", "3511 AB Rijnstad")
LETTER_REFERENCE = (("Ons kenmerk", "JO/2025/0412"), ("Datum", "14 november 2025"), ("Onderwerp", "Opdracht jeugdhulp 2026"))
LETTER_BODY = (
    "Geacht bestuur,",
    "Met deze brief geven wij u de opdracht voor de jeugdhulp in de wijken van Rijnstad in 2026. "
    "Het afgelopen jaar is er veel bereikt, maar de wachttijden zijn nog te lang.",
    "Wij vragen u in uw jaarplan 2026 aan te geven hoe u de wachttijd voor een eerste gesprek terugbrengt "
    "naar maximaal tien werkdagen. Daarnaast verwachten wij dat u uiterlijk 1 juli 2026 met alle scholen "
    "in Noordhoek afspraken maakt over een vast spreekuur.",
    "Wij ontvangen uw jaarplan graag voor 1 februari 2026.",
    "Met vriendelijke groet,",
)
LETTER_SIGNATURE = ("A. de Vries", "wethouder Jeugd en Onderwijs")


def slide_deck_pdf() -> bytes:
    """Landscape slides: a title on a coloured band, bullets at 20pt, a footer with the logo text and slide number."""
    pdf = FPDF(orientation="L", format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_font("DejaVu", "B", str(DEJAVU.with_name("DejaVuSans-Bold.ttf")))
    for number, (title, bullets) in enumerate(SLIDES, start=1):
        pdf.add_page()
        pdf.set_fill_color(20, 90, 140)
        pdf.rect(0, 0, 842, 90, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 30)
        pdf.set_xy(50, 28)
        pdf.cell(740, 36, title)
        pdf.set_text_color(0, 0, 0)
        y = 130.0
        for bullet in bullets:
            pdf.set_font("DejaVu", "", 20)
            pdf.set_xy(60, y)
            pdf.multi_cell(700, 26, f"•  {bullet}")
            y = pdf.get_y() + 18
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(50, 560)
        pdf.cell(200, 12, ORGANISATION.upper())
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(740, 560)
        pdf.cell(50, 12, str(number), align="R")
    return bytes(pdf.output())


def _brochure_page(pdf: FPDF, number: int) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(56, 810)
    pdf.cell(300, 10, f"Brochure {ORGANISATION} 2026")
    pdf.set_xy(480, 810)
    pdf.cell(60, 10, str(number), align="R")


def _write(pdf: FPDF, text: str, x: float, y: float, size: float, style: str = "", width: float = 483) -> None:
    """Helvetica text at (x, y), wrapped to `width`, lines 1.3 font sizes apart."""
    pdf.set_font("Helvetica", style, size)
    pdf.set_xy(x, y)
    pdf.multi_cell(width, size * 1.3, text)


def brochure_pdf() -> bytes:
    """Two pages: a title and intro, two columns with a sentence running from one into the other,
    a pull-quote box across the page, and on page 2 a ruled goals table "Doel | Actie | Wie | Wanneer"."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    _brochure_page(pdf, 1)
    _write(pdf, "Samen sterk in de wijk", 56, 60, 24, "B")
    _write(pdf, BROCHURE_INTRO, 56, 100, 11)
    half = (483 - 24) / 2
    _write(pdf, "Op school", 56, 170, 13, "B", half)
    _write(pdf, BROCHURE_LEFT, 56, 192, 10, width=half)
    _write(pdf, BROCHURE_RIGHT, 56 + half + 24, 170, 10, width=half)
    pdf.set_fill_color(235, 242, 250)
    pdf.rect(56, 330, 483, 60, style="F")
    _write(pdf, PULL_QUOTE.replace("“", '"').replace("”", '"').replace("–", "-"), 76, 345, 15, "I", 443)
    _write(pdf, "Ouders aan het woord", 56, 420, 13, "B")
    _write(pdf, "Wij nodigen ouders uit om mee te praten over het aanbod. Hun ervaringen bepalen mede welke activiteiten we volgend jaar voortzetten.", 56, 442, 10)
    _brochure_page(pdf, 2)
    _write(pdf, "Onze doelen voor 2026", 56, 60, 16, "B")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(56, 95)
    with pdf.table(col_widths=(110, 200, 100, 73), first_row_as_headings=True, line_height=13, text_align="LEFT") as table:
        for cells in BROCHURE_TABLE:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    return bytes(pdf.output())


def letter_pdf() -> bytes:
    """One page: letterhead top right, address block, reference block of labels and values, body, signature."""
    pdf = FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(370, 40)
    pdf.cell(170, 15, LETTER_HEAD[0])
    pdf.set_font("Helvetica", "", 8)
    for index, line in enumerate(LETTER_HEAD[1:]):
        pdf.set_xy(370, 58 + 11 * index)
        pdf.cell(170, 10, line)
    pdf.set_font("Helvetica", "", 10)
    for index, line in enumerate(LETTER_ADDRESS):
        pdf.set_xy(70, 150 + 13 * index)
        pdf.cell(250, 12, line)
    for index, (label, value) in enumerate(LETTER_REFERENCE):
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(70, 240 + 14 * index)
        pdf.cell(90, 12, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(170, 240 + 14 * index)
        pdf.cell(300, 12, value)
    y = 310.0
    for paragraph in LETTER_BODY:
        pdf.set_xy(70, y)
        pdf.multi_cell(455, 13, paragraph)
        y = pdf.get_y() + 11
    for line in ("", *LETTER_SIGNATURE):
        pdf.set_xy(70, y)
        pdf.cell(300, 12, line)
        y += 26 if not line else 13
    return bytes(pdf.output())
