"""Request extraction from commissioning letters and from a plan's summary of its letter."""

from pathlib import Path

import pytest

from docanalysis.ingest import load_document
from docanalysis.segment.requests import extract_requests, is_imperative, is_request, split_request

LETTER = """Gemeente Voorbeeldstad
Postbus 100, 1000 AA Voorbeeldstad
Stichting Buurtkracht
Dorpsstraat 1
Onderwerp Jaarplan 2024

Geachte heer De Vries,

Zoals afgesproken vragen wij u jaarlijks om een plan voor het komende jaar.
Wij verzoeken u om in uw jaarplan de volgende aandachtspunten op te nemen:

• Eenzaamheid
Veel ouderen in de wijken voelen zich eenzaam. Geef in uw plan concreet aan hoe u eenzaamheid onder ouderen vermindert.

• Schooluitval
Welke scholen bereikt u met het vaste aanspreekpunt, en hoe werkt u samen met de leerplicht?

• Mantelzorg
Mantelzorgers dragen veel. Wij zien graag wat u doet om mantelzorgers te ontlasten.

Wij ontvangen uw jaarplan graag uiterlijk 1 november 2023.

Met vriendelijke groet,

De wethouder
"""

PLAN_WITH_SUMMARY = """Jaarplan 2024 Stichting Buurtkracht

Eenzaamheid

We starten in alle wijken wekelijkse koffieochtenden om eenzaamheid onder ouderen te verminderen.

Samenvatting opdrachtbrief 2024

- **Eenzaamheid:** verminder eenzaamheid onder ouderen en betrek vrijwilligers bij het huisbezoek.
- **Mantelzorg:** ontlast mantelzorgers in alle wijken.

Begroting

De begroting staat in de bijlage.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_letter_yields_each_ask_with_theme_and_page(tmp_path):
    document = load_document(_write(tmp_path, "opdrachtbrief-2024.txt", LETTER))
    requests, letter_blocks = extract_requests(document)
    texts = [request.text for request in requests]
    assert texts == [
        "Geef in uw plan concreet aan hoe u eenzaamheid onder ouderen vermindert.",
        "Welke scholen bereikt u met het vaste aanspreekpunt",
        "hoe werkt u samen met de leerplicht?",
        "Wij zien graag wat u doet om mantelzorgers te ontlasten.",
    ]
    assert [request.theme.lower()[:8] for request in requests] == ["eenzaamh", "schoolui", "schoolui", "mantelzo"]
    assert all(request.kind == "request" and request.id == "" and request.page == 1 for request in requests)
    # The whole letter is letter text: none of it is the document's own voice.
    assert letter_blocks == set(range(len(document.blocks)))


def test_procedural_asks_and_list_introductions_are_not_requests():
    assert not is_request("Zoals afgesproken vragen wij u jaarlijks om een plan voor het komende jaar.")
    assert not is_request("Wij ontvangen uw jaarplan graag uiterlijk 1 november 2023.")
    assert not is_request("Wij verzoeken u om in uw jaarplan de volgende aandachtspunten op te nemen:")
    assert not is_request("Veel ouderen in de wijken voelen zich eenzaam.")
    assert is_request("Wij vinden het belangrijk dat ouders weten waar zij terecht kunnen.")
    assert is_request("Geef aan hoe u de wachttijd terugdringt.")
    assert is_request("Het is van belang dat u samenwerkt met de GGD bij de aanpak van overgewicht.")
    assert not is_request("Het is van belang dat ouders weten waar zij terecht kunnen.")


def test_a_deadline_for_the_work_is_a_request_and_one_for_the_plan_is_procedure():
    assert is_request("Daarnaast verwachten wij dat u uiterlijk 1 juli 2026 met alle scholen afspraken maakt over een spreekuur.")
    assert not is_request("Wij ontvangen uw jaarplan 2026 graag voor 1 februari 2026.")
    assert not is_request("Wij zien uw rapportage graag uiterlijk 15 september tegemoet.")


def test_a_bullet_holding_several_questions_is_split():
    parts = split_request("Hoe bereikt u jongeren op school, welke partners betrekt u daarbij en wat kost dat?")
    assert parts == ["Hoe bereikt u jongeren op school", "welke partners betrekt u daarbij", "wat kost dat?"]
    assert split_request("Zet in op preventie en draag bij aan de wijkaanpak voor jongeren.", summary=True) == [
        "Zet in op preventie",
        "draag bij aan de wijkaanpak voor jongeren.",
    ]
    # "en" inside one ask, and "en/of" alternatives, do not split it.
    assert split_request("Wat doet u voor ouders en kinderen in de wijk?") == ["Wat doet u voor ouders en kinderen in de wijk?"]


@pytest.mark.parametrize("word, expected", [("geef", True), ("draag", True), ("realiseer", True), ("zet", True), ("gaat", False), ("ouders", False), ("detentie", False)])
def test_imperatives(word, expected):
    assert is_imperative(word) is expected


def test_plan_summary_of_its_letter_gives_requests_and_is_letter_text(tmp_path):
    document = load_document(_write(tmp_path, "buurtkracht-jaarplan-2024.txt", PLAN_WITH_SUMMARY))
    requests, letter_blocks = extract_requests(document)
    assert [request.text for request in requests] == [
        "verminder eenzaamheid onder ouderen",
        "betrek vrijwilligers bij het huisbezoek.",
        "ontlast mantelzorgers in alle wijken.",
    ]
    assert [request.theme.lower()[:8] for request in requests] == ["eenzaamh", "eenzaamh", "mantelzo"]
    letter_text = {document.blocks[index].text for index in letter_blocks}
    assert any("mantelzorgers" in text for text in letter_text)
    assert not any("koffieochtenden" in text or "begroting staat" in text for text in letter_text)


def test_a_plan_without_letter_summary_has_no_requests(tmp_path):
    text = "Jaarplan 2024\n\nWe starten koffieochtenden. Geef ons een seintje als u wilt meedoen.\n"
    document = load_document(_write(tmp_path, "jaarplan-2024.txt", text))
    assert extract_requests(document) == ([], set())
