"""Layouts the corpus lacks: a landscape slide deck, a two-column brochure and a letter."""

from __future__ import annotations

from pathlib import Path

from docanalysis.ingest.pdf import read_pdf
from docanalysis.model import Block

import unseen_fixtures as unseen


def _blocks(data: bytes) -> list[Block]:
    return [block for page in read_pdf(Path("unseen.pdf"), data) for block in page.blocks]


def test_slides_are_a_title_and_bullets_with_the_footer_stripped():
    pages = read_pdf(Path("slides.pdf"), unseen.slide_deck_pdf())
    for page, (title, bullets) in zip(pages, unseen.SLIDES):
        assert [(block.kind, block.text) for block in page.blocks] == [("heading", title), *(("list_item", bullet) for bullet in bullets)]
        assert page.footers == [unseen.ORGANISATION.upper(), str(page.number)]


def test_brochure_columns_with_offset_lines_are_read_column_by_column():
    """The left column opens under a heading, so its lines sit between the right column's lines."""
    blocks = _blocks(unseen.brochure_pdf())
    texts = [block.text for block in blocks]
    start = texts.index("Op school")
    assert blocks[start].kind == "heading"
    assert texts[start + 1] == f"{unseen.BROCHURE_LEFT} {unseen.BROCHURE_RIGHT}"


def test_brochure_pull_quote_is_not_a_heading_and_the_goals_table_keeps_its_columns():
    blocks = _blocks(unseen.brochure_pdf())
    quote = next(block for block in blocks if "Ik weet nu" in block.text)
    assert quote.kind == "paragraph"
    levels = {block.text: block.level for block in blocks if block.kind == "heading"}
    assert levels["Op school"] == levels["Ouders aan het woord"] > levels["Onze doelen voor 2026"] > levels["Samen sterk in de wijk"]
    rows = [block.cells for block in blocks if block.kind == "table_row"]
    assert rows == [list(row) for row in unseen.BROCHURE_TABLE]


def test_letter_reads_letterhead_address_reference_block_then_body():
    blocks = _blocks(unseen.letter_pdf())
    texts = [block.text for block in blocks]
    assert texts[:3] == [unseen.LETTER_HEAD[0], " ".join(unseen.LETTER_HEAD[1:]), " ".join(unseen.LETTER_ADDRESS)]
    assert [block.cells for block in blocks[3:6]] == [list(pair) for pair in unseen.LETTER_REFERENCE]
    assert (blocks[6].kind, texts[6]) == ("paragraph", "Geacht bestuur,")
    assert texts[7].startswith("Met deze brief") and texts[-1] == " ".join(unseen.LETTER_SIGNATURE)


def test_salutation_to_a_neuter_addressee_is_a_salutation():
    from docanalysis.ingest.metadata import SALUTATION

    assert SALUTATION.search("Geacht bestuur,") and SALUTATION.search("Geachte mevrouw De Vries,")
    assert not SALUTATION.search("Geachtheid is geen doel op zich.")


def test_what_a_user_gets_from_the_three_unseen_pdfs(tmp_path):
    """End to end: the letter's asks, the brochure's goals table and the slides' goals come out as statements."""
    from docanalysis.pipeline import run

    for name, make in (("slides.pdf", unseen.slide_deck_pdf), ("brochure.pdf", unseen.brochure_pdf), ("brief.pdf", unseen.letter_pdf)):
        (tmp_path / name).write_bytes(make())
    analysis = run([tmp_path], use_cache=False)
    by_doc: dict[str, list] = {}
    for statement in analysis.statements:
        by_doc.setdefault(statement.document_id, []).append(statement)
    requests = [(s.deadline, s.text[:40]) for s in by_doc["brief"] if s.kind == "request"]
    assert requests == [(None, "Wij vragen u in uw jaarplan 2026 aan te "), ("2026-07-01", "Daarnaast verwachten wij dat u uiterlijk")]
    table = [(s.text, s.responsible, s.deadline) for s in by_doc["brochure"] if s.responsible]
    assert table == [(action, [who], deadline) for (_, action, who, _), deadline in zip(unseen.BROCHURE_TABLE[1:], ("2026-Q2", "2026-Q3", "2026-12"))]
    slides = {s.text: s.kind for s in by_doc["slides"]}
    assert slides["De wachttijd voor een eerste gesprek gaat naar tien werkdagen"] == "goal"
    assert slides["We stoppen met de losse opvoedcursussen"] == "stop"
