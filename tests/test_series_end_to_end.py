"""An organisation nobody calibrated on, run as a user runs it: analyze, trace, coverage.

The series (tests/series_fixtures.py) holds one ambition of each fate; these tests
assert what a strategy adviser must read in analysis.json, the report and the
terminal, with the shipped thresholds (the product's behaviour, not test ones).
"""

from __future__ import annotations

import html
import json
import re

import pytest

from docanalysis.cli import main
from series_fixtures import write_series

PLAN_2024, REPORT_2025, PLAN_2026 = "wijkkracht-jaarplan-2024", "wijkkracht-halfjaarrapportage-2025", "wijkkracht-jaarplan-2026"
LETTER = "lindeveen-opdrachtbrief-2026"


@pytest.fixture(scope="module")
def series(tmp_path_factory):
    folder = write_series(tmp_path_factory.mktemp("series") / "in")
    out = folder.parent / "out"
    assert main(["analyze", str(folder), "--out", str(out), "--no-cache"]) == 0
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    page = re.sub(r"<script.*?</script>|<style.*?</style>", "", (out / "report.html").read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))
    return folder, analysis, text


def _statement(analysis, document, opening):
    return next(s for s in analysis["statements"] if s["document_id"] == document and s["text"].startswith(opening))


def _lineage(analysis, document, opening):
    sid = _statement(analysis, document, opening)["id"]
    return next(entry for entry in analysis["lineage"] if entry["statement_id"] == sid)


def _links(analysis, source, target_document):
    return [link for link in analysis["links"] if link["source"] == source and link["target"].startswith(target_document)]


def test_metadata_is_detected_without_a_manifest(series):
    _, analysis, _ = series
    meta = {doc["id"]: (doc["organisation"], doc["doc_type"], doc["year"]) for doc in analysis["documents"]}
    assert meta == {
        PLAN_2024: ("Wijkkracht", "jaarplan", 2024),
        REPORT_2025: ("Wijkkracht", "halfjaarrapportage", 2025),
        PLAN_2026: ("Wijkkracht", "jaarplan", 2026),
        LETTER: ("Gemeente Lindeveen", "opdrachtbrief", 2026),
    }


def test_an_ambition_carried_on_recurs(series):
    _, analysis, _ = series
    assert _lineage(analysis, PLAN_2024, "We houden in elke wijk")["status"] == "recurs"


def test_target_and_scope_change_reads_as_the_adviser_would_write_it(series):
    _, analysis, _ = series
    entry = _lineage(analysis, PLAN_2024, "In 2024 werkt 60%")
    assert entry["status"] == "changed"
    assert entry["note"] == "doel 60% → 100%; reikwijdte enkele teams → alle teams"  # "één gezinsplan" kept, "in 2024"/"eind 2026" the same horizon
    (link,) = _links(analysis, entry["statement_id"], PLAN_2026)
    assert link["relation"] == "changed" and link["target"] == _statement(analysis, PLAN_2026, "Eind 2026 werkt 100%")["id"]


def test_an_ambition_that_skips_a_year_is_shown_back(series):
    folder, analysis, _ = series
    entry = _lineage(analysis, PLAN_2024, "We verkorten de wachttijd")
    assert entry["status"] == "recurs" and entry["note"] == "afwezig in 2025, terug in 2026"
    thread = next(t for t in analysis["views"]["threads"] if t["statements"][0] == entry["statement_id"])
    assert thread["years"] == [2024, 2026] and thread["skipped_years"] == [2025]


def test_silently_dropped_ambition_disappeared_and_is_never_recurs(series):
    _, analysis, text = series
    entry = _lineage(analysis, PLAN_2024, "We organiseren vier themabijeenkomsten")
    assert entry["status"] == "disappeared" and not _links(analysis, entry["statement_id"], "wijkkracht")
    assert "stil verdwenen Veiligheid We organiseren vier themabijeenkomsten" in text


def test_item_of_a_stop_list_drops_the_ambition(series):
    """The item names only the work; "We stoppen met:" above it says it ends."""
    _, analysis, text = series
    entry = _lineage(analysis, PLAN_2024, "We geven op alle basisscholen")
    assert entry["status"] == "dropped"
    assert entry["evidence"] == [_statement(analysis, PLAN_2026, "De weerbaarheidstraining Sterke Start")["id"]]
    assert "gestopt" in text and "later: De weerbaarheidstraining Sterke Start" in text


def test_umbrella_deprioritises_the_theme(series):
    _, analysis, _ = series
    umbrella = _statement(analysis, PLAN_2026, "We continueren onze inzet op Bestaanszekerheid")
    for document, opening in ((PLAN_2024, "Samen met de woningcorporaties"), (REPORT_2025, "Gezinnen met geldzorgen")):
        entry = _lineage(analysis, document, opening)
        assert entry["status"] == "deprioritised" and entry["evidence"] == [umbrella["id"]]


def test_look_alike_stop_does_not_stop_work_carried_on_elsewhere(series):
    """The vaste jeugdprofessional recurs in 2026; the training on the stop list only resembles it."""
    _, analysis, _ = series
    entry = _lineage(analysis, REPORT_2025, "Elke school voor voortgezet onderwijs")
    stop = _statement(analysis, PLAN_2026, "De weerbaarheidstraining Sterke Start")["id"]
    assert stop not in entry["evidence"] and entry["status"] != "dropped"


def test_ambition_under_another_opgave_is_not_under_the_umbrella(series):
    _, analysis, _ = series
    assert _lineage(analysis, PLAN_2024, "Elke school voor voortgezet onderwijs")["status"] == "recurs"


def test_an_ambition_split_in_two_links_to_both(series):
    _, analysis, _ = series
    source = _statement(analysis, PLAN_2024, "We ontwikkelen een aanpak om uithuisplaatsingen")["id"]
    assert len(_links(analysis, source, PLAN_2026)) == 2


def test_split_ambition_reaches_its_successor(series):
    _, analysis, _ = series
    entry = _lineage(analysis, PLAN_2024, "We ontwikkelen een aanpak om uithuisplaatsingen")
    assert entry["status"] in ("recurs", "changed")
    assert _statement(analysis, PLAN_2026, "Elk gezin met een dreigende uithuisplaatsing")["id"] in entry["evidence"]


def test_new_ambition_is_new(series):
    _, analysis, _ = series
    assert _lineage(analysis, PLAN_2026, "We starten een ouderpanel")["status"] == "new"


def test_letter_pairs_with_the_2026_plan_and_each_ask_gets_its_status(series):
    _, analysis, text = series
    requests = {s["id"]: s["text"] for s in analysis["statements"] if s["kind"] == "request"}
    assert all(sid.startswith(LETTER) for sid in requests) and not any("1 februari" in t for t in requests.values())
    assert {item["answering_document_id"] for item in analysis["coverage"]} == {PLAN_2026}

    def item(opening):
        return next(item for item in analysis["coverage"] if requests[item["request_id"]].startswith(opening))

    answered = item("Wij vragen u de wachttijd")
    assert answered["status"] == "answered" and answered["evidence"][0]["page"] == 1
    assert answered["evidence"][0]["text"].startswith("We verkorten de wachttijd")
    assert item("Welke afspraken maakt u")["status"] == "answered"
    assert item("Betrek ouders")["status"] == "answered"
    assert item("rapporteer twee keer per jaar")["status"] == "missing"  # "keer per jaar" is no subject: klachten never come up
    partial = item("Wij vragen u het crisisteam")  # the weekend is in the plan, the wachtlijst is not (it only says "hulp")
    assert partial["status"] == "partial" and "weekend" in partial["evidence"][0]["text"]
    missing = item("Wij verwachten dat u samen met de huisartsen")
    assert missing["status"] == "missing" and missing["evidence"] == []
    assert "Verzoeken uit Gemeente Lindeveen opdrachtbrief 2026" in text


def test_ask_in_other_words_than_the_plan_is_not_missing(series):
    _, analysis, _ = series
    request = next(s["id"] for s in analysis["statements"] if s["text"].startswith("Hoe voorkomt u dat kinderen"))
    assert next(item for item in analysis["coverage"] if item["request_id"] == request)["status"] != "missing"


def test_trace_and_coverage_commands_speak_the_report_language(series, capsys):
    folder, _, _ = series
    assert main(["trace", str(folder), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert "gewijzigd" in out and "doel 60% → 100%" in out and "afwezig in 2025" in out
    assert not re.search(r"\b(changed|recurs|deprioritised|disappeared)\b", out)
    assert main(["coverage", str(folder / f"{LETTER}.txt"), str(folder), "--no-cache"]) == 0
    out = capsys.readouterr().out
    assert f"{LETTER} → {PLAN_2026}" in out and "4 beantwoord / 1 gedeeltelijk / 2 ontbreekt van 7 verzoeken" in out


def test_letter_without_the_plan_of_its_year_is_said_so(series, tmp_path, capsys):
    folder = write_series(tmp_path, (f"{LETTER}.txt", f"{PLAN_2024}.md"))
    assert main(["coverage", str(folder / f"{LETTER}.txt"), str(folder / f"{PLAN_2024}.md"), "--no-cache"]) == 1
    assert "no plan or report of Wijkkracht for 2026" in capsys.readouterr().err
