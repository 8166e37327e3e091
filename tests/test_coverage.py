"""Coverage: pairing a letter with its plan, and judging each request answered, partial or missing."""

from pathlib import Path

import pytest

from docanalysis.cli import main
from docanalysis.coverage import check_coverage, format_table, pair_letters
from docanalysis.evaluate.coverage import score_coverage
from docanalysis.evaluate.gold import Gold
from docanalysis.ingest import load_document
from docanalysis.nlp import get_nlp
from docanalysis.segment import segment_document

LETTER = """Gemeente Voorbeeldstad
Stichting Buurtkracht
Onderwerp Jaarplan 2024

Geachte heer De Vries,

Wij verzoeken u om in uw jaarplan de volgende aandachtspunten op te nemen:

• Eenzaamheid
Veel ouderen voelen zich alleen. Geef in uw plan concreet aan hoe u eenzaamheid onder ouderen vermindert.

• Samenwerking
Hoe versterkt u de samenwerking met huisartsen en de opvang van statushouders?

• Mantelzorg
Wij zien graag wat u doet om mantelzorgers te ontlasten.

Met vriendelijke groet,
De wethouder
"""

PLAN = """Jaarplan 2024 Stichting Buurtkracht

Ouderen

We verminderen eenzaamheid onder ouderen met wekelijkse koffieochtenden in alle wijken. Vrijwilligers bezoeken ouderen thuis.

Zorg in de wijk

We versterken de samenwerking met huisartsen met een vast spreekuur in elk gezondheidscentrum.

Jongeren

We begeleiden jongeren naar werk en bieden schuldhulp aan gezinnen met betalingsachterstanden.
"""

PLAN_WITH_SUMMARY = """Jaarplan 2024 Stichting Buurtkracht

Ouderen

We verminderen eenzaamheid onder ouderen met wekelijkse koffieochtenden in alle wijken.

Samenvatting opdrachtbrief 2024

- **Eenzaamheid:** verminder eenzaamheid onder ouderen in alle wijken.
- **Mantelzorg:** ontlast mantelzorgers met respijtzorg in alle wijken.

Begroting

De begroting staat in de bijlage.
"""


def _analyse(tmp_path: Path, files: dict[str, str]):
    documents = []
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        documents.append(load_document(path))
    statements = [s for doc in documents for s in segment_document(doc, get_nlp())[1]]
    return documents, statements


def _status_by_text(items, statements) -> dict[str, str]:
    text_of = {s.id: s.text for s in statements}
    return {text_of[item.request_id].split()[0]: item.status for item in items}


def test_answered_partial_and_missing_points(tmp_path):
    documents, statements = _analyse(tmp_path, {"opdrachtbrief-2024.txt": LETTER, "buurtkracht-jaarplan-2024.txt": PLAN})
    pairs, unpaired = pair_letters(documents, statements)
    assert pairs == {"opdrachtbrief-2024": ["buurtkracht-jaarplan-2024"]} and unpaired == []
    items = check_coverage(documents, statements)
    assert _status_by_text(items, statements) == {"Geef": "answered", "Hoe": "partial", "Wij": "missing"}
    answered = next(item for item in items if item.status == "answered")
    assert "eenzaamheid onder ouderen" in answered.evidence[0].text and answered.evidence[0].page == 1
    assert all(0.0 <= item.score <= 1.0 for item in items)
    table = format_table(items, statements)
    assert "1 beantwoord / 1 gedeeltelijk / 1 ontbreekt van 3 verzoeken" in table


def test_multi_part_question_answered_in_part_is_partial(tmp_path):
    """Huisartsen are answered, statushouders never mentioned: partial, not answered."""
    documents, statements = _analyse(tmp_path, {"opdrachtbrief-2024.txt": LETTER, "buurtkracht-jaarplan-2024.txt": PLAN})
    item = next(i for i in check_coverage(documents, statements) if "statushouders" in next(s.text for s in statements if s.id == i.request_id))
    assert item.status == "partial"
    assert "huisartsen" in item.evidence[0].text


def test_plan_summary_of_its_letter_is_not_its_own_answer(tmp_path):
    documents, statements = _analyse(tmp_path, {"buurtkracht-jaarplan-2024.txt": PLAN_WITH_SUMMARY})
    assert pair_letters(documents, statements)[0] == {"buurtkracht-jaarplan-2024": ["buurtkracht-jaarplan-2024"]}
    items = check_coverage(documents, statements)
    assert _status_by_text(items, statements) == {"verminder": "answered", "ontlast": "missing"}
    evidence = [e.text for item in items for e in item.evidence]
    assert evidence and not any("**" in text or "respijtzorg" in text or "verminder eenzaamheid" in text for text in evidence)


def test_letter_without_matching_plan_is_unpaired(tmp_path):
    documents, statements = _analyse(tmp_path, {"opdrachtbrief-2024.txt": LETTER, "buurtkracht-jaarplan-2023.txt": PLAN.replace("2024", "2023")})
    assert pair_letters(documents, statements) == ({}, ["opdrachtbrief-2024"])
    assert check_coverage(documents, statements) == []


def test_coverage_command_table_and_unmatched_letter(tmp_path, capsys):
    (tmp_path / "opdrachtbrief-2024.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "buurtkracht-jaarplan-2024.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "buurtkracht-jaarplan-2023.txt").write_text(PLAN.replace("2024", "2023"), encoding="utf-8")
    letter = str(tmp_path / "opdrachtbrief-2024.txt")
    assert main(["coverage", letter, str(tmp_path / "buurtkracht-jaarplan-2024.txt"), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "opdrachtbrief-2024 → buurtkracht-jaarplan-2024" in out and "1 beantwoord / 1 gedeeltelijk / 1 ontbreekt" in out
    assert main(["coverage", letter, str(tmp_path / "buurtkracht-jaarplan-2023.txt"), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert "opdrachtbrief-2024.txt" in err and "no plan or report of Buurtkracht for 2024" in err


def test_coverage_command_rejects_a_document_without_requests(tmp_path, capsys):
    (tmp_path / "buurtkracht-jaarplan-2024.txt").write_text(PLAN, encoding="utf-8")
    plan = str(tmp_path / "buurtkracht-jaarplan-2024.txt")
    assert main(["coverage", plan, plan, "--no-cache"]) == 2
    assert "no requests found" in capsys.readouterr().err


@pytest.mark.parametrize("predicted, accuracy, costly", [("missing", 1.0, 0), ("answered", 0.0, 1)])
def test_coverage_scorer(predicted, accuracy, costly):
    gold = Gold(coverage=[{"request": "X-01", "in_doc": "plan", "status": "missing"}, {"request": "X-02", "in_doc": "plan", "status": "partial"}])
    analysis = {"coverage": [{"request_id": "sys:1", "answering_document_id": "plan", "status": predicted, "score": 0.1, "evidence": []}]}
    scores = score_coverage(gold, analysis, {"X-01": "sys:1"})
    assert scores["found"] == 1 and scores["missing_as_answered"] == costly
    assert scores["accuracy_found"] == accuracy and scores["status_accuracy"] == accuracy / 2


def _index(*sentences: str):
    from docanalysis.coverage import Passage, PassageIndex
    from docanalysis.coverage.terms import passage_keys

    return PassageIndex([Passage(text, 1, passage_keys(text)) for text in sentences])


def _request(text: str, theme: str | None = None):
    from docanalysis.model import Statement

    return Statement(id="r", document_id="brief", kind="request", text=text, page=1, theme=theme)


PLAN_SENTENCES = (
    "We verminderen eenzaamheid onder ouderen met koffieochtenden.",
    "Vrijwilligers bezoeken ouderen thuis en bellen wekelijks.",
    "We starten een spreekuur voor mantelzorgers in het gezondheidscentrum.",
    "De begroting staat in de bijlage bij dit plan.",
)


def test_a_named_instrument_the_plan_never_uses_keeps_the_answer_partial():
    from docanalysis.coverage import load_thresholds, status_of

    index = _index(*PLAN_SENTENCES)
    named = index.judge(_request("Werk met het Kwaliteitskader mantelzorgondersteuning bij mantelzorgers."))
    plain = index.judge(_request("Ondersteun mantelzorgers met een spreekuur."))
    assert named.absent > plain.absent == 0.0
    thresholds = load_thresholds()
    assert status_of(plain.score, thresholds, plain.parts_absent, plain.absent) == "answered"
    assert status_of(named.score, thresholds, named.parts_absent, named.absent) != "answered"


def test_an_ask_that_points_back_takes_its_subject_from_its_point():
    from docanalysis.coverage.terms import subject_terms

    assert "eenzam" in [term.name for term in subject_terms("Wij zien graag wat u zult doen om hier aan te werken.", "Eenzaamheid")]
    own = subject_terms("Continueer het gesprek met ouderen over eenzaamheid.", "Mantelzorg")
    assert len(own) == 2 and not any(term.name.startswith(("continu", "mantel")) for term in own)


def test_alternatives_are_not_parts_that_must_all_be_answered():
    index = _index(*PLAN_SENTENCES)
    either = index.judge(_request("Welke inzet levert u voor eenzame ouderen en/of statushouders met taalachterstand?"))
    both = index.judge(_request("Hoe ondersteunt u eenzame ouderen en statushouders met taalachterstand?"))
    assert either.parts_absent == 0 and both.parts_absent == 1


PREVENTION_PLAN = (
    "Gezinnen met een dreigende uithuisplaatsing krijgen binnen een week een vaste gezinscoach.",
    "Ons nachtteam is het hele weekend bereikbaar voor ouders in crisis.",
    "We bieden schulden hulp aan gezinnen met een betalingsachterstand.",
    "De begroting staat in de bijlage bij dit plan.",
)


def _taken(index, request_text: str) -> set[str]:
    """The subject words of an ask that the plan writes somewhere, in any form."""
    from docanalysis.coverage.terms import subject_terms

    return {term.name for term in subject_terms(request_text, None) if index.forms(term)}


def test_an_inflected_word_meets_its_other_forms():
    """'voorkomt' is a form of 'voorkomen', 'kinderen' of 'kind': stems alone keep them apart."""
    index = _index("We voorkomen dat een kind zonder hulp blijft.", "De begroting staat in de bijlage.")
    assert {"voorkomt", "kinder"} <= _taken(index, "Hoe voorkomt u dat kinderen zonder hulp blijven?")
    assert "voorkomt" not in _taken(_index("We komen voor de kinderen op.", "De begroting staat in de bijlage."), "Hoe voorkomt u dat kinderen zonder hulp blijven?")


def test_words_written_apart_meet_the_compound_they_form():
    """'uit huis worden geplaatst' is the plan's 'uithuisplaatsing'; the plan's 'schulden hulp' is the ask's 'schuldhulp'."""
    index = _index(*PREVENTION_PLAN)
    assert {"huis", "geplaatst"} <= _taken(index, "Hoe zorgt u dat minder kinderen uit huis worden geplaatst?")
    assert "schuldhulp" in _taken(index, "Breid de schuldhulp voor gezinnen uit.")
    judgement = index.judge(_request("Hoe zorgt u dat minder kinderen uit huis worden geplaatst?"))
    assert judgement.evidence[0][0].text.startswith("Gezinnen met een dreigende uithuisplaatsing")


def test_a_nominalisation_meets_its_verb():
    """'plaatsing' is the act of 'plaatsen': an ask about children being placed meets a plan about placements."""
    from docanalysis.coverage.terms import word_keys

    assert word_keys("plaatsing") & word_keys("geplaatst") and word_keys("begeleiding") & word_keys("begeleidt")
    index = _index("De plaatsing in een pleeggezin volgt pas na een gesprek met de ouders.", "De begroting staat in de bijlage.")
    assert "geplaatst" in _taken(index, "Wanneer worden kinderen in een pleeggezin geplaatst?")


def test_words_that_merely_share_letters_do_not_meet():
    """The noun 'plaats' ('op de plaats van') is no placing, a 'huisarts' no 'uit huis' and 'schulden' alone no 'schuldhulp'."""
    from docanalysis.coverage.terms import word_keys

    assert not word_keys("plaats") & word_keys("plaatsing")
    index = _index(
        "Op de plaats van het oude buurthuis komt een huisartsenpraktijk.",
        "Gezinnen met schulden melden zich bij de wijkteams.",
        "De begroting staat in de bijlage bij dit plan.",
    )
    assert not _taken(index, "Hoe zorgt u dat minder kinderen uit huis worden geplaatst?") & {"huis", "geplaatst"}
    assert "schuldhulp" not in _taken(index, "Breid de schuldhulp voor gezinnen uit.")
