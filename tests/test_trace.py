from dataclasses import replace
from types import SimpleNamespace

import pytest

from docanalysis.errors import DocanalysisError
from docanalysis.model import Document, DocumentMeta, Statement, Target
from docanalysis.trace import format_threads, trace
from docanalysis.trace.abbreviations import expand, find_abbreviations
from docanalysis.trace.changes import ON_STOP_LIST, describe_changes
from docanalysis.trace.links import Candidate, accepted
from docanalysis.trace.thresholds import Thresholds, read_thresholds
from docanalysis.trace.umbrellas import Umbrellas

# Cosine alone decides in these tests: a link from cosine 0.35 on, `recurs` only
# for (near-)identical wording, so the fixtures below, not the calibrated model,
# say what must link.
COSINE_ONLY = Thresholds(coef=[12.0, 0, 0, 0, 0, 0, 0, 0, 0, 0], intercept=-4.2, link_probability=0.5, carried_cosine=0.35, recurs_cosine=0.95, top_k=5, min_cosine=0.05)


def _doc(doc_id: str, year: int, organisation: str = "Buurtzorg Oost", doc_type: str = "jaarplan") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", sha256="0", pages=[], meta=DocumentMeta(organisation=organisation, doc_type=doc_type, year=year))


def _st(sid: str, doc: str, text: str, kind: str = "commitment", theme: str | None = None, **attributes) -> Statement:
    return Statement(id=sid, document_id=doc, kind=kind, text=text, page=None, theme=theme, **attributes)


DOCS = [_doc("plan-2021", 2021), _doc("plan-2023", 2023), _doc("plan-2025", 2025)]
STATEMENTS = [
    _st("a21", "plan-2021", "We zijn aanwezig in huisartsenpraktijken met een praktijkondersteuner jeugd", targets=[Target(60, "%", "60%")], places=["Overvecht"]),
    _st("b21", "plan-2021", "We organiseren ouderavonden over mediaopvoeding op basisscholen", theme="Gelijke Kansen"),
    _st("c21", "plan-2021", "We bieden schuldhulpverlening aan gezinnen met geldzorgen", theme="Bestaanszekerheid"),
    _st("d21", "plan-2021", "We starten wandelgroepen voor ouders in de wijk"),
    _st("e21", "plan-2021", "Elk gezin houdt een vaste gezinswerker vanaf de intake", kind="goal"),
    _st("g21", "plan-2021", "We ontwikkelen een digitale inlogomgeving voor cliënten"),
    _st("h21", "plan-2021", "We verbeteren de samenwerking met scholen en kinderopvang"),
    _st("a23", "plan-2023", "We zijn aanwezig in alle huisartsenpraktijken met een praktijkondersteuner jeugd", targets=[Target(100, "%", "100%")], deadline="2023-12"),
    _st("e23", "plan-2023", "Elk gezin houdt een vaste gezinswerker vanaf de intake", kind="goal"),
    _st("h23a", "plan-2023", "We verbeteren de samenwerking met scholen"),
    _st("h23b", "plan-2023", "We verbeteren de samenwerking met kinderopvang"),
    _st("s25", "plan-2025", "We continueren onze inzet op Bestaanszekerheid, we intensiveren deze niet", kind="stop", theme="Bestaanszekerheid"),
    _st("d25", "plan-2025", "We stoppen met de wandelgroepen voor ouders in de wijk", kind="stop"),
    _st("g25", "plan-2025", "We ontwikkelen de digitale inlogomgeving voor cliënten en hun netwerk verder"),
    _st("n25", "plan-2025", "We trainen medewerkers in cultuursensitief werken"),
]


@pytest.fixture(scope="module")
def traced():
    return trace(DOCS, STATEMENTS, COSINE_ONLY)


def _status(lineage, sid):
    return next(entry for entry in lineage if entry.statement_id == sid)


def test_each_lineage_status(traced):
    _, lineage, _ = traced
    assert _status(lineage, "a21").status == "changed"
    assert _status(lineage, "e21").status == "recurs"
    assert _status(lineage, "b21").status == "disappeared"
    assert _status(lineage, "n25").status == "new"


def test_umbrella_stop_deprioritises_a_whole_theme(traced):
    _, lineage, _ = traced
    entry = _status(lineage, "c21")
    assert entry.status == "deprioritised" and entry.evidence == ["s25"]


def test_stop_wording_drops_and_links_to_the_evidence(traced):
    links, lineage, _ = traced
    entry = _status(lineage, "d21")
    assert entry.status == "dropped" and entry.evidence == ["d25"]
    assert any(link.source == "d21" and link.target == "d25" and ON_STOP_LIST in link.changes for link in links)


def test_changes_name_target_deadline_and_places(traced):
    links, _, _ = traced
    link = next(link for link in links if link.source == "a21" and link.target == "a23")
    assert link.relation == "changed"
    assert {"doel 60% → 100%", "deadline 2023-12 toegevoegd", "Overvecht niet meer genoemd"} <= set(link.changes)


def test_scope_change_and_word_fallback():
    before = _st("x", "d1", "We werken met enkele teams aan groepsaanbod", scope="enkele teams")
    after = _st("y", "d2", "We werken met alle teams aan groepsaanbod", scope="alle teams")
    assert describe_changes(before, after) == ["reikwijdte enkele teams → alle teams"]
    reworded = describe_changes(_st("x", "d1", "We bieden groepstrainingen"), _st("y", "d2", "We bieden groepstrainingen en webinars"))
    assert reworded == ["nu ook: webinars"]


def test_one_ambition_links_to_several_later_statements(traced):
    links, _, _ = traced
    assert {link.target for link in links if link.source == "h21"} >= {"h23a", "h23b"}


def test_thread_that_skips_a_year(traced):
    _, lineage, views = traced
    thread = next(thread for thread in views["threads"] if thread["statements"][0] == "g21")
    assert thread["years"] == [2021, 2025] and thread["skipped_years"] == [2023]
    assert thread["status"] == _status(lineage, "g21").status == "changed"
    assert _status(lineage, "g21").note.startswith("afwezig in 2023, terug in 2025")
    assert "afwezig" not in (_status(lineage, "a21").note or "")


def test_vanished_ambition_is_never_recurs(traced):
    links, _, _ = traced
    assert not [link for link in links if link.source == "b21"]


def test_theme_view_and_cross_organisation():
    docs = DOCS + [_doc("other-2025", 2025, organisation="Jeugdteam West")]
    statements = STATEMENTS + [_st("o25", "other-2025", "We ontwikkelen een digitale inlogomgeving voor jongeren", theme="Digitaal")]
    _, _, views = trace(docs, statements, COSINE_ONLY)
    themes = views["themes"]["Buurtzorg Oost"]
    assert themes["years"] == [2021, 2023, 2025]
    assert themes["themes"]["Bestaanszekerheid"] == [2021, 2025]
    assert themes["vanished"] == [{"theme": "Gelijke Kansen", "last_year": 2021}] and themes["appeared"] == []
    cross = views["cross_organisation"][0]
    assert cross["organisations"] == ["Buurtzorg Oost", "Jeugdteam West"] and "o25" in cross["statements"]
    assert "digitaal" in cross["label"] or "inlogomgeving" in cross["label"]


def test_commissioning_letters_and_single_plans_are_not_traced():
    letter = _doc("brief-2021", 2021, doc_type="opdrachtbrief")
    statements = [_st("r1", "brief-2021", "We vragen u te rapporteren over wachttijden", kind="request"), _st("p1", "plan-2023", "We rapporteren over wachttijden")]
    links, lineage, views = trace([letter, DOCS[1]], statements, COSINE_ONLY)
    assert links == [] and lineage == [] and views["threads"] == []


def test_format_threads_prints_the_thread(traced):
    links, lineage, views = traced
    analysis = SimpleNamespace(statements=STATEMENTS, lineage=lineage, views=views, documents=DOCS)
    text = format_threads(analysis)
    assert "afwezig in 2023" in text and "g25" in text and "gewijzigd" in text and "changed" not in text
    assert "Geen ambities" in format_threads(SimpleNamespace(statements=[], lineage=[], views={}, documents=[]))


def test_calibrated_thresholds_load_and_bad_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "t.json"
    bad.write_text('{"features": ["cosine"]}')
    with pytest.raises(DocanalysisError, match="rebuild"):
        read_thresholds(bad)
    links, lineage, _ = trace(DOCS, STATEMENTS)
    assert {entry.statement_id for entry in lineage} >= {"a21", "b21"}


def test_abbreviations_come_from_the_documents_own_definitions():
    table = find_abbreviations(["We werken via de schoolnabije aanpak (SNA) en met de Raad voor de Kinderbescherming (RvdK).", "Hulp bij schulden (KOT) en een pilot (deels)."])
    assert table == {"SNA": "schoolnabije aanpak", "RvdK": "Raad voor de Kinderbescherming"}
    assert expand("We continueren de SNA, we intensiveren deze niet", table) == "We continueren de SNA (schoolnabije aanpak), we intensiveren deze niet"
    assert expand("We continueren de inzet", table) == "We continueren de inzet"


def _candidate(source: int, target: int, cosine: float) -> Candidate:
    return Candidate(source, target, [cosine, 0, 0, 0, 1.0, 0, 1.0, 0, 0, 0])


def test_only_an_unlinked_ambition_keeps_its_closest_successor():
    found = [_candidate(0, 10, 0.8), _candidate(0, 11, 0.2), _candidate(1, 12, 0.2), _candidate(1, 13, 0.25), _candidate(2, 14, 0.1)]
    chosen = accepted(found, replace(COSINE_ONLY, carried_cosine=0.15))
    assert sorted((candidate.source, candidate.target) for candidate, _ in chosen) == [(0, 10), (1, 13)]


def test_an_umbrella_stop_covers_the_work_it_names_in_any_section():
    earlier = [
        _st("p1", "plan-2023", "We zijn laagdrempelig aanwezig in huisartsenpraktijken", theme="Toegankelijke hulp"),
        _st("p2", "plan-2023", "We werken samen met scholen in de wijk", theme="Gelijke kansen"),
        _st("p3", "plan-2023", "Gezinswerkers kennen de sociale kaart van de wijk", theme="Toegankelijke hulp"),
    ]
    stop = _st("s1", "plan-2025", "We continueren onze inzet bij de huisartsen, we intensiveren deze niet", kind="stop", theme="Wijkgericht werken")
    others = [_st(f"o{n}", "plan-2025", f"We versterken de wijk en de scholen met aanpak {n}") for n in range(6)]
    statements = earlier + [stop] + others
    umbrellas = Umbrellas(statements, [statement.text for statement in statements])
    assert umbrellas.objects(stop) == {"huisarts"}
    assert umbrellas.covering(earlier[0], [stop]) == [stop]
    assert umbrellas.covering(earlier[1], [stop]) == [] and umbrellas.covering(earlier[2], [stop]) == []
    networks = _st("s2", "plan-2025", "We continueren onze inzet bij zichtbare wijknetwerken zoals de buurttafel.", kind="stop")
    assert Umbrellas([*statements, networks], [*(statement.text for statement in statements), networks.text]).objects(networks) == {"wijknetwerk", "buurttafel"}
