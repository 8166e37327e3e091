import pytest

from docanalysis.model import Statement
from docanalysis.segment.attributes import annotate, extract_scope, extract_targets, find_names, find_places, normalise_deadline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We ronden de evaluatie af in Q3.", "2026-Q3"),
        ("Per juli 2026 werken vier teams met de nieuwe app.", "2026-07"),
        ("Eind 2026 heeft ieder team een aandachtsfunctionaris.", "2026-12"),
        ("Uiterlijk 15 maart 2026 is het besluit genomen.", "2026-03-15"),
        ("Voor de zomer kiezen we drie thema's.", "2026-06"),
        ("Medio 2027 besluiten we over verbreding.", "2027-06"),
        ("In het tweede halfjaar van 2026 trainen we alle teams.", "2026-H2"),
        ("Het plan is in 2027 gereed.", "2027"),
        ("Dit najaar starten we de pilot.", "2026-Q4"),
        ("We werken samen met ouders.", None),
    ],
)
def test_deadlines_use_the_document_year(text, expected):
    assert normalise_deadline(text, 2026) == expected


def test_targets():
    targets = extract_targets("We verlagen het verzuim naar 6,5% en bereiken 70 procent van de scholen binnen tien werkdagen.")
    assert [(t.value, t.unit) for t in targets] == [(6.5, "%"), (70.0, "%"), (10.0, "werkdagen")]
    assert targets[1].text == "70 procent van de scholen"
    assert extract_targets("We werken samen met ouders.") == []


def test_amounts_and_counts():
    targets = extract_targets("Het weerstandsvermogen is minimaal € 1,2 miljoen; iedere gezinswerker doet minimaal 2 casussen.")
    assert (1_200_000.0, "EUR") in [(t.value, t.unit) for t in targets]
    assert (2.0, "casussen") in [(t.value, t.unit) for t in targets]


def test_places_longest_name_first_and_partners():
    assert find_names("In Overvecht De Gagel en Kanaleneiland-Zuid starten we.", "places.json", "places") == ["Overvecht De Gagel", "Kanaleneiland"]
    assert find_names("We werken samen met JoU, de HU en KOOS.", "partners.json", "partners") == ["JoU", "Hogeschool Utrecht", "KOOS"]
    assert find_names("Jou en hu zijn gewone woorden.", "partners.json", "partners") == []


def test_scope():
    assert extract_scope("Alle teams werken met het gezinsplan.", []) == "alle teams"
    assert extract_scope("Enkele teams starten een pilot.", []) == "enkele teams"
    assert extract_scope("We werken stedelijk samen.", []) == "stedelijk"
    assert extract_scope("In Zuilen starten we.", ["Zuilen"]) == "wijk: Zuilen"
    assert extract_scope("We starten.", []) is None


def test_annotate_fills_all_attributes():
    statement = Statement(id="x", document_id="d", kind="commitment", text="Teammanagers starten in Q2 met KOOS in Lunetten een groep voor 20 ouders.", page=1)
    annotate(statement, 2026, "Buurtteam Oost")
    assert statement.deadline == "2026-Q2"
    assert statement.places == ["Lunetten"]
    assert statement.partners == ["KOOS"]
    assert statement.responsible == ["Teammanagers"]
    assert statement.scope == "wijk: Lunetten"
    assert [(t.value, t.unit) for t in statement.targets] == [(20.0, "ouders")]


def test_org_entities_of_a_pipeline_with_ner_join_the_partners():
    import spacy

    from docanalysis.segment.attributes import add_organisations

    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": "Stichting Zonnebloem"}, {"label": "ORG", "pattern": "Buurtteam Oost"}])
    statement = Statement(id="x", document_id="d", kind="commitment", text="Met Stichting Zonnebloem en KOOS starten we.", page=1, partners=["KOOS"])
    add_organisations([statement], nlp, "Buurtteam Oost")
    assert statement.partners == ["KOOS", "Stichting Zonnebloem"]


def test_blank_pipeline_adds_no_entities():
    import spacy

    from docanalysis.segment.attributes import add_organisations

    statement = Statement(id="x", document_id="d", kind="commitment", text="Met Stichting Zonnebloem starten we.", page=1)
    add_organisations([statement], spacy.blank("nl"), None)
    assert statement.partners == []


def test_year_of_an_inline_label_is_the_deadline():
    assert normalise_deadline("Doel 2027: alle gezinnen zijn binnen vier weken geholpen.", 2026) == "2027"
    assert normalise_deadline("Het team van 2019: een terugblik.", 2026) is None


def test_role_cells_versus_sentences_about_roles():
    from docanalysis.segment.attributes import is_role_line

    assert is_role_line("Alle teams (en kernteams ZW, W en LR)")
    assert is_role_line("Teammanager, enkele teams")
    assert not is_role_line("Alle teams en teammanagers werken met het gezinsplan")
    assert not is_role_line("Veiligheid")


def test_the_article_een_is_not_a_count():
    from docanalysis.segment.attributes import extract_targets

    assert extract_targets("We werken met een vaste inloop voor een eerste gesprek op een goede manier.") == []
    (target,) = extract_targets("We bieden op minimaal één school per wijk een spreekuur.")
    assert (target.value, target.unit) == (1.0, "school")


def test_places_of_a_town_the_gazetteer_does_not_know():
    assert find_places("In de wijken Lindenhof, De Akker en Oosterpark openen we een inloop.") == ["Lindenhof", "De Akker", "Oosterpark"]
    assert find_places("We starten een spreekuur op drie scholen in Zuidhaven-Noord.") == ["Zuidhaven-Noord"]
    assert find_places("In de kernen Bergen op Zoom en Halsteren werken we met de huisartsen.") == ["Bergen op Zoom", "Halsteren"]
    assert find_places("We werken in de wijken samen met Stichting Kompas.") == []
    assert find_places("In Overvecht en Kanaleneiland-Zuid bieden we groepen aan.") == ["Overvecht", "Kanaleneiland"]


def test_national_partners_are_known_outside_utrecht():
    text = "Samen met de Raad voor de Kinderbescherming, de politie en het CJG voorkomen we uithuisplaatsingen."
    assert find_names(text, "partners.json", "partners") == ["Raad voor de Kinderbescherming", "politie", "Centrum voor Jeugd en Gezin"]
