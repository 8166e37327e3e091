"""A sentence cut by a page or column break is one block, and one statement (issue #3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from docanalysis.ingest.pdf import read_pdf
from docanalysis.model import Page
from docanalysis.pipeline import run

import pdf_fixtures as fixtures

BEFORE = (
    "Wij versterken in 2026 de samenwerking met scholen, huisartsen, sportverenigingen en wijkteams in "
    "de hele stad, zodat gezinnen sneller de juiste hulp vinden, samen met het jongerenwerk"
)
AFTER = "en de gemeente in elke wijk."
NEXT = "Dat bespreken we twee keer per jaar met de ouders."


def _read(data: bytes) -> list[Page]:
    return read_pdf(Path("plan.pdf"), data)


def _body(page: Page) -> list[tuple[str, str]]:
    """(kind, text) of the page's blocks after its heading and intro, which page 1 always opens with."""
    return [(block.kind, block.text) for block in page.blocks if not block.text.startswith(("Samenwerking in de wijk", "Dit hoofdstuk"))]


def test_paragraph_over_a_page_break_is_one_block_on_its_first_page():
    pages = _read(fixtures.page_break_pdf(BEFORE, f"{AFTER} {NEXT}"))
    for page in pages:  # furniture is gone before the halves are joined
        assert page.headers == ["Stichting Wijkkracht | Jaarplan 2026"]
        assert page.footers == [f"Pagina {page.number}"]
    last = pages[0].blocks[-1]
    assert (last.kind, last.text, last.page) == ("paragraph", f"{BEFORE} {AFTER} {NEXT}", 1)
    assert last.bbox[3] < 760, "the bbox stays on page 1, above its footer"
    assert _body(pages[1]) == [("paragraph", "Een volgende alinea gaat over iets anders dan de vorige alinea.")]


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("De teams werken vanaf januari aan de samen-", "werking met scholen.", "De teams werken vanaf januari aan de samenwerking met scholen."),
        ("Wij werken op wijk-", "en stadsniveau met scholen.", "Wij werken op wijk- en stadsniveau met scholen."),
        ("De wachttijd daalt uiterlijk in", "2026 naar tien werkdagen.", "De wachttijd daalt uiterlijk in 2026 naar tien werkdagen."),
        ("De teams werken samen met de", "Gemeente Utrecht en de scholen.", "De teams werken samen met de Gemeente Utrecht en de scholen."),
    ],
    ids=["cut-word", "elision-hyphen-kept", "digit", "open-word-then-name"],
)
def test_what_runs_on_over_a_page_break(before: str, after: str, joined: str):
    pages = _read(fixtures.page_break_pdf(before, after))
    assert pages[0].blocks[-1].text == joined
    assert not any(after in text for _kind, text in _body(pages[1]))


def test_list_item_runs_on_over_a_page_break():
    pages = _read(fixtures.page_break_pdf("- Een vast aanspreekpunt voor ouders en", "leerkrachten in iedere wijk."))
    last = pages[0].blocks[-1]
    assert (last.kind, last.marker, last.text) == ("list_item", "-", "Een vast aanspreekpunt voor ouders en leerkrachten in iedere wijk.")


@pytest.mark.parametrize(
    ("before", "after", "heading", "expected"),
    [
        (BEFORE, AFTER, "Nieuwe paragraaf", [("heading", "Nieuwe paragraaf"), ("paragraph", AFTER)]),
        ("Wij versterken de samenwerking met scholen.", "en huisartsen doen ook mee.", None, [("paragraph", "en huisartsen doen ook mee.")]),
        ("Wij versterken de samenwerking met scholen", "Scholen doen ook mee.", None, [("paragraph", "Scholen doen ook mee.")]),
        ("Wij versterken de samenwerking met scholen", "- een vast aanspreekpunt\n- een inloopspreekuur", None, [("list_item", "een vast aanspreekpunt"), ("list_item", "een inloopspreekuur")]),
    ],
    ids=["heading-between", "finished-sentence", "capital-after-open-noun", "list-after-paragraph"],
)
def test_what_does_not_run_on_over_a_page_break(before: str, after: str, heading: str | None, expected: list[tuple[str, str]]):
    pages = _read(fixtures.page_break_pdf(before, after, heading))
    assert pages[0].blocks[-1].text == before
    assert _body(pages[1])[: len(expected)] == expected


def test_a_page_without_text_between_ends_the_paragraph():
    """A photo page or a page that needs OCR may hold the rest of the sentence: do not guess."""
    pages = _read(fixtures.page_break_pdf(BEFORE, AFTER, photo_between=True))
    assert [page.text_layer for page in pages] == [True, False, True]
    assert pages[0].blocks[-1].text == BEFORE
    assert _body(pages[2])[0] == ("paragraph", AFTER)


def test_word_cut_at_the_foot_of_a_column_is_joined():
    left = "Het buurtteam werkt in elke wijk met de scholen, de sportclubs, het jongerenwerk en de huisartsen aan de samen-"
    right = "werking met ouders. " + "Zo weten ouders waar zij terecht kunnen met hun vragen. " * 2
    (block,) = _read(fixtures.column_break_pdf(left, right))[0].blocks
    assert block.text == f"{left[:-1]}{right.strip()}"


def test_statement_over_a_page_break_is_one_statement_on_its_first_page(tmp_path: Path):
    (tmp_path / "jaarplan-2026.pdf").write_bytes(fixtures.page_break_pdf(BEFORE, f"{AFTER} {NEXT}"))
    analysis = run([tmp_path], use_cache=False)
    whole = [statement for statement in analysis.statements if "samenwerking met scholen" in statement.text]
    assert len(whole) == 1
    assert "en de gemeente in elke wijk" in whole[0].text and whole[0].page == 1
    assert not any(statement.text.startswith("en de gemeente") for statement in analysis.statements)
