"""Metadata detection: organisation, type, year, title, language; manifest overrides."""

from docanalysis.ingest.metadata import detect, detect_language

LETTER = """Gemeente Amersfoort
Postbus 4000, 3800 EA Amersfoort
www.amersfoort.nl

Stichting Jeugdpunt
Datum 12 oktober 2023
Onderwerp Aanvraag werkplan en begroting
voor het subsidiejaar 2024 Bijlage(n) Geen

Geachte heer Jansen,

Wij vragen u om een werkplan 2024 in te dienen. Geef in uw plan concreet aan hoe u de
wachttijden verkort. Wat zijn uw voornemens voor de samenwerking met de scholen?

Met vriendelijke groet,
"""

PLAN = """Jeugdpunt
Werkplan 2026

Inleiding
In 2025 hebben we veel bereikt. Dit werkplan beschrijft wat we in 2026 gaan doen.
We verkorten de wachttijden en we werken samen met de scholen in de wijk.
Jeugdpunt werkt in alle wijken van de stad. Stichting Jeugdpunt is opgericht in 2015.
"""


def test_letter_is_about_the_year_it_asks_for_not_the_year_it_is_dated():
    meta = detect(LETTER, "brief.txt")
    assert meta.doc_type == "opdrachtbrief"
    assert meta.year == 2024
    assert meta.organisation == "Gemeente Amersfoort"
    assert meta.title.startswith("Aanvraag werkplan en begroting")
    assert set(meta.detected) == {"organisation", "doc_type", "year", "title"}


def test_plan_type_year_and_title_from_its_opening():
    meta = detect(PLAN, "document.txt")
    assert meta.doc_type == "jaarplan"
    assert meta.year == 2026
    assert meta.title == "Werkplan 2026"
    assert meta.organisation == "Jeugdpunt"


def test_halfjaarrapportage_is_not_mistaken_for_a_jaarverslag():
    meta = detect("Halfjaarrapportage 2022\nWe rapporteren over het eerste half jaar van 2022.", "x.txt")
    assert (meta.doc_type, meta.year) == ("halfjaarrapportage", 2022)


def test_manifest_overrides_and_detected_lists_only_the_rest():
    meta = detect(PLAN, "document.txt", {"organisation": "Buurtteam Oost", "year": "2027", "doc_type": "", "title": ""})
    assert meta.organisation == "Buurtteam Oost"
    assert meta.year == 2027
    assert meta.doc_type == "jaarplan"
    assert sorted(meta.detected) == ["doc_type", "title"]


def test_language_detection():
    english = "We will reduce waiting times and we work with the schools in the neighbourhood of the city. " * 3
    assert detect_language(english) == "en"
    assert detect_language(PLAN * 2) == "nl"
    assert detect_language("te kort") is None


def test_a_municipality_writing_its_own_plan_is_its_organisation():
    text = "Gemeente Rijnstad\nUitvoeringsplan Jeugd 2027\n\nIn opdracht van de raad werken we aan preventie.\n"
    assert detect(text, "uitvoeringsplan.txt").organisation == "Gemeente Rijnstad"
    later = "Uitvoeringsplan Jeugd 2027\n\nWij werken samen met\nGemeente Rijnstad\nen de scholen.\n"
    assert detect(later, "uitvoeringsplan.txt").organisation is None
