from docanalysis.ingest.text import text_to_blocks


def kinds_and_texts(text: str):
    return [(block.kind, block.text) for block in text_to_blocks(text)]


def test_blank_lines_between_broken_lines_do_not_split_a_paragraph():
    text = "We bieden in iedere wijk een spreekuur aan voor\n\nouders met vragen over opvoeden en\n\nopgroeien van hun kinderen.\n"
    assert kinds_and_texts(text) == [("paragraph", "We bieden in iedere wijk een spreekuur aan voor ouders met vragen over opvoeden en opgroeien van hun kinderen.")]


def test_hyphenation_at_line_end_is_joined_but_elision_kept():
    blocks = text_to_blocks("We verbeteren de ondersteu-\nning op wijk-\nen stadsniveau.")
    assert blocks[0].text == "We verbeteren de ondersteuning op wijk- en stadsniveau."


def test_heading_paragraph_and_label():
    text = "Gezonde wijken\n\nDoelen:\n• We openen twee nieuwe inlooppunten.\n➢ We halveren de wachttijd.\n"
    assert kinds_and_texts(text) == [
        ("heading", "Gezonde wijken"),
        ("heading", "Doelen"),
        ("list_item", "We openen twee nieuwe inlooppunten."),
        ("list_item", "We halveren de wachttijd."),
    ]
    blocks = text_to_blocks(text)
    assert [blocks[0].level, blocks[1].level] == [2, 3]


def test_bullet_continued_on_next_line_stays_one_item():
    text = "\uf0b7 We starten met een groep voor jongeren met\nsomberheidsklachten in Noord.\n\uf0b7 We evalueren in het najaar."
    assert [b.text for b in text_to_blocks(text)] == [
        "We starten met een groep voor jongeren met somberheidsklachten in Noord.",
        "We evalueren in het najaar.",
    ]


def test_line_broken_before_a_name_continues_the_sentence():
    text = "We werken samen met de bibliotheek via\nStichting Lezen aan taalvaardigheid."
    assert len(text_to_blocks(text)) == 1


def test_glued_running_footer_is_split_from_heading():
    blocks = text_to_blocks("Werkplan 2026 14Samenwerking in de wijk\n\nWe sluiten aan bij het wijkoverleg.")
    assert (blocks[0].kind, blocks[0].text) == ("heading", "Samenwerking in de wijk")


def test_page_numbers_and_repeated_footers_are_dropped():
    text = "\n".join(f"Tekst van pagina {n} loopt hier door tot het einde.\nWerkplan Oost | {n}\n{n}" for n in range(1, 5))
    texts = [block.text for block in text_to_blocks(text)]
    assert not any("Werkplan Oost" in t for t in texts)
    assert all(not t.isdigit() for t in texts)


def test_a_repeated_heading_with_a_year_is_kept():
    text = "# Jaarplan 2027\n\nWe starten een spreekuur.\n" * 3
    assert sum(1 for block in text_to_blocks(text) if block.kind == "heading") == 3


def test_colon_line_before_lower_case_items_is_not_a_label():
    blocks = text_to_blocks("Het nieuwe werkproces:\n• geldt voor alle teams\n• is bekend bij iedereen")
    assert blocks[0].kind == "paragraph"


def test_long_sentence_without_full_stop_is_not_a_heading():
    blocks = text_to_blocks("We zetten dit jaar in op een betere samenwerking met de scholen in de wijk\nOok starten we een pilot.")
    assert blocks[0].kind == "paragraph"


def test_heading_broken_over_two_lines_and_short_question_are_headings():
    blocks = text_to_blocks("Groepsgerichte\nbasishulp\n\nWe starten drie groepen.\n\nVoor wie?\n\nOuders met jonge kinderen krijgen voorrang.")
    assert [(b.kind, b.text) for b in blocks if b.kind == "heading"] == [("heading", "Groepsgerichte basishulp"), ("heading", "Voor wie?")]


def test_article_and_adjective_wait_for_their_noun_on_the_next_line():
    blocks = text_to_blocks("• We agenderen dit op een inhoudelijke\nStudiedag voor alle medewerkers\n• We evalueren in mei.")
    assert [b.text for b in blocks] == ["We agenderen dit op een inhoudelijke Studiedag voor alle medewerkers", "We evalueren in mei."]


def test_numbered_chapter_heading_versus_numbered_list():
    blocks = text_to_blocks("2. Minder wachttijd\n\nWe halveren de wachttijd.\n\n1. We bellen terug\n2. We plannen in\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Minder wachttijd"),
        ("paragraph", "We halveren de wachttijd."),
        ("list_item", "We bellen terug"),
        ("list_item", "We plannen in"),
    ]


TABLE_ROWS = [
    ("table_row", ["Doel", "Actie", "Wie"]),
    ("table_row", ["Snelle start", "We bellen elke aanmelding terug.", "Teamleiders"]),
]
"""The rows both table tests expect, whichever way the table was written."""


def test_markdown_table_rows_keep_their_cells_and_drop_the_rule():
    text = "## Doelen\n\n| Doel | Actie | Wie |\n|---|:---:|---|\n| Snelle start | We bellen elke aanmelding terug. | Teamleiders |\n\nNa de tabel volgt gewone tekst.\n"
    blocks = text_to_blocks(text)
    assert [(block.kind, block.cells) for block in blocks[1:3]] == TABLE_ROWS
    assert (blocks[3].kind, blocks[3].text) == ("paragraph", "Na de tabel volgt gewone tekst.")


def test_a_table_pasted_with_tabs_becomes_table_rows_but_numbered_items_stay_items():
    text = "Doelen\n\nDoel\tActie\tWie\nSnelle start\tWe bellen elke aanmelding terug.\tTeamleiders\n\n1.\tWe starten een groep.\n2.\tWe openen een inloop.\n"
    blocks = text_to_blocks(text)
    assert [(block.kind, block.cells) for block in blocks[1:3]] == TABLE_ROWS
    assert [(block.kind, block.text) for block in blocks[3:]] == [("list_item", "We starten een groep."), ("list_item", "We openen een inloop.")]
