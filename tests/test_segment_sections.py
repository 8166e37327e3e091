import pytest

from docanalysis.segment.sections import build_sections
from docanalysis.segment.themes import clean_title, normalise_theme
from segment_fixtures import make_document


@pytest.mark.parametrize(
    ("title", "theme"),
    [
        ("Toegankelijke hulp", "Toegankelijke hulp"),
        ("Toegankelijke basishulp", "Toegankelijke hulp"),
        ("Toegankelijkheid", "Toegankelijke hulp"),
        ("Effectieve basishulp", "Effectieve basishulp"),
        ("Gelijke Kansen", "Gelijke kansen"),
        ("Armoede en schulden", "Bestaanszekerheid"),
        ("Vitale organisatie", "Professionele organisatie"),
    ],
)
def test_renamed_opgaven_share_a_theme(title, theme):
    assert normalise_theme(title) == theme


def test_unknown_heading_keeps_its_own_wording():
    assert normalise_theme("Samen rond de kinderboerderij:") == "Samen rond de kinderboerderij"
    assert normalise_theme("Toegankelijke basishulp") != normalise_theme("Effectieve basishulp")


def test_clean_title():
    assert clean_title("2.1 MISSIE") == "Missie"
    assert clean_title("doelen alle teams:") == "Doelen alle teams"


def test_sections_labels_and_sub_headings():
    document = make_document(
        "Bestaanszekerheid\n\nDoelen:\n• We bereiken meer gezinnen met betalingsachterstanden.\n\n"
        "Alle teams\n\nVroegsignalering\n\nWe bellen aan bij gezinnen met een achterstand.\n"
    )
    sections, contexts = build_sections(document)
    assert [(s.title, s.theme, s.level) for s in sections] == [
        ("Bestaanszekerheid", "Bestaanszekerheid", 2),
        ("Vroegsignalering", "Bestaanszekerheid", 2),
    ]
    item = next(i for i, block in enumerate(document.blocks) if block.kind == "list_item")
    assert contexts[item].label == "Doelen"
    assert contexts[-1].label is None


def test_a_role_cell_is_not_a_section_but_a_theme_heading_is():
    document = make_document("Veiligheid\n\nWe trainen alle teams in de meldcode.\n\nContactpersonen veiligheid\n\nWe evalueren in het najaar.\n")
    sections, _ = build_sections(document)
    assert [s.title for s in sections] == ["Veiligheid"]


def test_a_structural_heading_keeps_the_theme_of_its_section():
    document = make_document("Preventie op scholen\n\nWe starten.\n\nWat gaan we doen?\n\nWe houden spreekuur.\n")
    sections, _ = build_sections(document)
    assert [(s.title, s.theme) for s in sections] == [
        ("Preventie op scholen", "Preventie op scholen"),
        ("Wat gaan we doen?", "Preventie op scholen"),
    ]


def test_a_goals_table_runs_until_a_heading_of_another_opgave():
    document = make_document(
        "Veiligheid\n\nOnderwerp Doel Wie?\n\nMeldcode\n\nIedere gezinswerker past de meldcode toe.\n\n"
        "Huiselijk geweld\n\nIeder team heeft een aandachtsfunctionaris.\n\nBestaanszekerheid\n\nIets anders.\n"
    )
    _, contexts = build_sections(document)
    tables = [context.table for block, context in zip(document.blocks, contexts) if block.kind == "paragraph"]
    assert tables == ["Onderwerp Doel Wie?", "Onderwerp Doel Wie?", None]
