"""report.html: sections, escaping, masking, self-contained, filters wired up."""

from __future__ import annotations

import re
from html import escape as html_escaped
from html.parser import HTMLParser

import pytest
from report_sample import EMAIL, ORG, PHONE, SCRIPT, sample_analysis

from docanalysis.pipeline import Analysis
from docanalysis.report import write_outputs
from docanalysis.report.html import highlight_new_words, render_html
from docanalysis.report.privacy import mask_contacts, mask_contacts_keep_length
from docanalysis.report.threads import report_threads


class _Collector(HTMLParser):
    """Tags, attributes and text of a page, to assert on structure rather than substrings."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(sample_analysis())


@pytest.fixture(scope="module")
def parsed(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_sections_in_reading_order(page: str):
    ids = [re.search(rf'<section class="part" id="{name}"', page) for name in ("overzicht", "continuiteit", "dekking", "uitspraken")]
    assert all(ids)
    assert [m.start() for m in ids] == sorted(m.start() for m in ids)
    assert '<html lang="nl">' in page


def test_headline_findings_count_every_lineage_and_coverage_status(page: str):
    cards = dict(re.findall(r'<div class="card s-(\w+)"><div class="n">(\d+)</div>', page))
    assert cards == {"recurs": "1", "changed": "2", "deprioritised": "1", "dropped": "1", "disappeared": "2", "missing": "1", "partial": "1", "answered": "1"}


def test_document_text_is_escaped_never_executed(page: str, parsed: _Collector):
    assert SCRIPT not in page
    assert html_escaped(SCRIPT) in page
    assert len(parsed.scripts) == 1  # only the report's own filter script
    assert "alert" not in parsed.scripts[0]


def test_contact_details_are_masked(page: str):
    assert EMAIL not in page and "123 45 67" not in page
    assert "[e-mailadres]" in page and "[telefoonnummer]" in page


def test_self_contained_no_network(parsed: _Collector, page: str):
    for _tag, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not re.match(r"(https?:)?//", value), value
    assert "<link" not in page and "@import" not in page


def test_every_statement_shown_with_document_and_page(page: str):
    analysis = sample_analysis()
    section = page[page.index('id="uitspraken"') :]
    for statement in analysis.statements:
        assert html_escaped(mask_contacts(statement.text)) in section
    assert "Stichting Wijkkracht jaarplan 2023, p. 4" in page


def test_continuity_timeline_marks_changes_and_disappearances(page: str):
    continuity = page[page.index('id="continuiteit"') : page.index('id="dekking"')]
    assert "target: hoogstens zes weken → hoogstens vier weken" in continuity  # Link.changes
    assert '<mark class="new">vier</mark>' in continuity  # the word that moved
    assert '<dd class=moved>hoogstens vier weken</dd>' in continuity  # the attribute that moved
    # the vanished school thread shows 2025 as gone and is framed as disappeared
    assert re.search(r'<div class="thread disappeared"[^>]*data-theme="Scholen"', continuity)
    assert '<div class="year-cell gone"><div class="year">2025</div>stil verdwenen</div>' in continuity
    assert "Kortere wachttijden" in continuity and "Jeugdpunt Oost" in continuity
    health = continuity[continuity.index('<div class="thread new"') :]
    assert health.index('<div class="year-cell gap"><div class="year">2021</div>nog niet genoemd</div>') < health.index("leefstijlcoach")
    assert re.search(r'<tr class="vanished"[^>]*><td>Scholen <span class="where">verdwenen, laatst genoemd in 2023</span></td>'
                     r'<td class="present">●</td><td class="present">●</td><td class="absent">·</td></tr>', continuity)
    assert "Gezondheid <span class=\"where\">nieuw in 2025</span>" in continuity
    # the thread head says what became of its first ambition over all later plans (its lineage note)
    assert '<div class="overall" title="wat er in het geheel veranderde">target tightened</div>' in continuity


def test_coverage_matrix_has_status_evidence_and_page(page: str):
    coverage = page[page.index('id="dekking"') : page.index('id="uitspraken"')]
    for status in ("beantwoord", "gedeeltelijk", "ontbreekt"):
        assert status in coverage
    assert "In 2023 wachten gezinnen hoogstens vier weken" in coverage
    assert "p. 2" in coverage
    assert "geen passage gevonden" in coverage
    assert "Verzoeken uit Gemeente Voorbeeld opdrachtbrief 2023 <span class=\"where\">3 punten: 1 beantwoord, 1 gedeeltelijk, 1 ontbreekt" in coverage
    assert coverage.count("<th>Stichting Wijkkracht jaarplan 2023</th>") == 1


def test_filter_controls_list_organisations_themes_years_statuses(parsed: _Collector):
    options = {(attrs.get("value")) for tag, attrs in parsed.tags if tag == "option"}
    assert {ORG, "Wachttijden", "2021", "2025", "disappeared", "missing"} <= options
    filterable = [attrs for tag, attrs in parsed.tags if "data-f" in attrs]
    assert any(a.get("data-status") == "disappeared" and a.get("data-org") == ORG for a in filterable)
    assert any(a.get("data-year") == "2021|2023|2025" for a in filterable)


def test_empty_analysis_renders_with_explanations():
    page = render_html(Analysis())
    assert "Geen lijnen gevonden" in page and "Geen dekkingsanalyse" in page
    assert '<section class="part" id="overzicht">' in page


def test_threads_rebuilt_from_links_when_trace_has_no_view():
    analysis = sample_analysis()
    analysis.views = {}
    threads = report_threads(analysis)
    chains = sorted(tuple(t["statements"]) for t in threads)
    assert ("w21-1", "w23-1", "w25-1") in chains
    assert ("w21-5",) in chains  # unlinked but disappeared: still shown
    assert not any("w25-2" in chain for chain in chains)  # unlinked and new: not a thread
    wait = next(t for t in threads if t["statements"][0] == "w21-1")
    assert wait["years"] == [2021, 2023, 2025] and wait["theme"] == "Wachttijden"


def test_highlight_marks_only_new_words_and_escapes():
    marked = highlight_new_words("We starten met <b>tien</b> scholen", "We starten met <b>twintig</b> scholen")
    assert marked == 'We starten met <mark class="new">&lt;b&gt;twintig&lt;/b&gt;</mark> scholen'
    assert highlight_new_words(None, "a < b") == "a &lt; b"


@pytest.mark.parametrize(
    "text, masked",
    [
        ("Bel 030 - 286 59 99 nu", "Bel [telefoonnummer] nu"),
        ("mobiel 06-12345678.", "mobiel [telefoonnummer]."),
        ("of +31 6 1234 5678", "of [telefoonnummer]"),
        ("mail a.b@c.nl vandaag", "mail [e-mailadres] vandaag"),
        # not contact details: periods, amounts, reference numbers, postcodes
        ("in 2019-2024 en 2025", "in 2019-2024 en 2025"),
        ("kenmerk 8023363, postcode 3533 AE", "kenmerk 8023363, postcode 3533 AE"),
        ("€ 0,5 miljoen voor 1200000 inwoners", "€ 0,5 miljoen voor 1200000 inwoners"),
    ],
)
def test_mask_contacts(text: str, masked: str):
    assert mask_contacts(text) == masked


def test_mask_keeping_length_keeps_offsets():
    text = f"tel {PHONE} en {EMAIL} klaar"
    masked = mask_contacts_keep_length(text)
    assert len(masked) == len(text) and masked.endswith(" klaar") and EMAIL not in masked and "•" in masked


def test_write_outputs_writes_every_file_report_first(tmp_path):
    outputs = write_outputs(sample_analysis(), tmp_path / "out")
    assert list(outputs) == [
        "report.html", "analysis.json", "statements.csv", "links.csv", "lineage.csv", "coverage.csv", "docanalysis.xlsx", "docanalysis.qdpx",
    ]
    assert all(path.is_file() and path.stat().st_size > 0 for path in outputs.values())


def test_documents_matrix_by_organisation_and_year():
    analysis = sample_analysis()
    analysis.documents[-1].meta.year = None  # a document whose year nobody knows still shows
    page = render_html(analysis)
    matrix = page[page.index('<table class="documents">') :]
    matrix = matrix[: matrix.index("</table>")]
    header = re.findall(r"<th>([^<]*)</th>", matrix[: matrix.index("</thead>")])
    assert header == ["Organisatie", "2021", "2023", "2025", "jaar onbekend"]
    wijkkracht = re.search(r"<tr><th>Stichting Wijkkracht</th>(.*?)</tr>", matrix).group(1)
    assert [cell.count("jaarplan") for cell in re.findall(r"<td>(.*?)</td>", wijkkracht)] == [1, 1, 1, 0]
    assert "5 uitspraken, 4 p." in wijkkracht
    partner = re.search(r"<tr><th>Jeugdpunt Oost</th>(.*?)</tr>", matrix).group(1)
    assert re.findall(r"<td>(.*?)</td>", partner)[-1].count("vooruitblik") == 1


def test_ended_ambitions_listed_together_disappeared_first(page: str):
    ended = page[page.index('<details class="ended">') :]
    ended = ended[: ended.index("</details>")]
    assert "(2 stil verdwenen, 1 gestopt, 1 gedeprioriteerd)" in ended
    statuses = re.findall(r'<tr data-f[^>]*data-status="(\w+)"', ended)
    assert statuses == ["disappeared", "disappeared", "dropped", "deprioritised"]
    assert "later: We stoppen met de chatdienst voor ouders." in ended  # the passage that says so
    assert "We zetten een leefstijlcoach in" not in ended  # new, not ended


def test_skipped_year_shows_as_not_mentioned():
    analysis = sample_analysis()
    analysis.views["threads"] = [
        {"id": "x", "organisation": ORG, "theme": "Terugkeer", "statements": ["w21-3", "w25-2"], "years": [2021, 2025], "status": "recurs", "skipped_years": [2023]}
    ]
    page = render_html(analysis)
    thread = page[page.index('<div class="thread recurs"') :]
    cells = re.findall(r'<div class="year-cell( \w+)?"><div class="year">(\d+)</div>', thread)
    assert cells[:3] == [(" has", "2021"), (" gap", "2023"), (" has", "2025")]
    assert '<div class="year">2023</div>niet genoemd</div>' in thread


def test_contact_details_masked_in_attributes_too():
    analysis = sample_analysis()
    analysis.statements[0].theme = f"Contact {EMAIL}"
    page = render_html(analysis)
    assert EMAIL not in page
    assert 'data-theme="Contact [e-mailadres]"' in page and '<option value="Contact [e-mailadres]">' in page
