"""report.html: one self-contained page a strategy adviser opens from a USB stick.

Plain Python string building with `html.escape` on every piece of document text (a
PDF may contain "<script>"), CSS and JavaScript inlined from `templates/`, no
network. Contact details are masked because the report travels further than the
letters it quotes.
"""

from __future__ import annotations

import difflib
import html
import re
from collections import Counter, defaultdict
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import CoverageItem, Statement
from ..pipeline import Analysis
from .labels import COVERAGE_ORDER, DOC_TYPE, KIND, LINEAGE_ORDER, STATUS, label
from .privacy import mask_contacts
from .threads import Thread, report_threads

_WORDS = re.compile(r"\S+")


def esc(value: Any) -> str:
    """Text as safe HTML, contact details masked."""
    return html.escape(mask_contacts("" if value is None else str(value)))


def _data(**values: Any) -> str:
    """Filter attributes: each value is one string or a list joined with '|', masked like the text the filter matches."""
    parts = []
    for name, value in values.items():
        items = value if isinstance(value, (list, tuple, set)) else [value]
        joined = "|".join(str(item) for item in items if item not in (None, ""))
        parts.append(f' data-{name}="{esc(joined)}"')
    return " data-f" + "".join(parts)


def _badge(status: str | None) -> str:
    if not status:
        return ""
    return f'<span class="badge s-{esc(status)}">{esc(label(STATUS, status))}</span>'


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def highlight_new_words(previous: str | None, current: str) -> str:
    """`current` escaped, with the words that `previous` did not have marked."""
    words = _WORDS.findall(mask_contacts(current))
    if not previous:
        return html.escape(" ".join(words))
    before = [word.lower() for word in _WORDS.findall(mask_contacts(previous))]
    matcher = difflib.SequenceMatcher(a=before, b=[word.lower() for word in words], autojunk=False)
    kept = {index for block in matcher.get_matching_blocks() for index in range(block.b, block.b + block.size)}
    return " ".join(html.escape(word) if index in kept else f'<mark class="new">{html.escape(word)}</mark>' for index, word in enumerate(words))


class _Report:
    """Lookups shared by the sections, built once per report."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.statements = {statement.id: statement for statement in analysis.statements}
        self.documents = {document.id: document for document in analysis.documents}
        self.status = {entry.statement_id: entry.status for entry in analysis.lineage}
        # What became of an earlier ambition over all later plans ("doel 60% → 100%; ..."): shown on threads of three
        # or more years, where the changes between neighbouring years do not tell it.
        self.lineage_notes = {entry.statement_id: entry.note for entry in analysis.lineage if entry.note}
        self.links = {(link.source, link.target): link for link in analysis.links}
        self.threads = report_threads(analysis)
        self.by_document: dict[str, list[Statement]] = defaultdict(list)
        for statement in analysis.statements:
            self.by_document[statement.document_id].append(statement)

    # -- small pieces -------------------------------------------------------

    def doc_name(self, document_id: str) -> str:
        document = self.documents.get(document_id)
        if document is None:
            return document_id
        meta = document.meta
        return " ".join(str(part) for part in (meta.organisation, label(DOC_TYPE, meta.doc_type), meta.year) if part) or document_id

    def where(self, statement: Statement) -> str:
        page = f", p. {statement.page}" if statement.page else ""
        return f'<span class="where">{esc(self.doc_name(statement.document_id))}{page}</span>'

    def org(self, statement: Statement) -> str | None:
        document = self.documents.get(statement.document_id)
        return document.meta.organisation if document else None

    def year(self, statement: Statement) -> int | None:
        document = self.documents.get(statement.document_id)
        return document.meta.year if document else None

    def attributes(self, statement: Statement, previous: Statement | None = None) -> str:
        """Deadline, targets, scope, responsible, places, partners; values that moved since `previous` marked."""

        def values(item: Statement | None) -> dict[str, str]:
            if item is None:
                return {}
            return {
                "deadline": item.deadline or "",
                "doelen": "; ".join(target.text for target in item.targets),
                "reikwijdte": item.scope or "",
                "verantwoordelijk": ", ".join(item.responsible),
                "plaatsen": ", ".join(item.places),
                "partners": ", ".join(item.partners),
            }

        now, before = values(statement), values(previous)
        rows = []
        for name, value in now.items():
            if not value and not before.get(name):
                continue
            moved = previous is not None and value != before.get(name, "")
            shown = value or f"(was: {before.get(name)})"
            rows.append(f'<dt>{esc(name)}</dt><dd{" class=moved" if moved else ""}>{esc(shown)}</dd>')
        return f'<dl class="attrs">{"".join(rows)}</dl>' if rows else ""

    # -- sections -----------------------------------------------------------

    def filters(self) -> str:
        organisations = sorted({doc.meta.organisation for doc in self.analysis.documents if doc.meta.organisation})
        themes = sorted({s.theme for s in self.analysis.statements if s.theme} | {t["theme"] for t in self.threads if t.get("theme")})
        years = sorted({doc.meta.year for doc in self.analysis.documents if doc.meta.year})
        statuses = [*LINEAGE_ORDER, *COVERAGE_ORDER]

        def select(name: str, title: str, options: list[tuple[str, str]]) -> str:
            rendered = "".join(f'<option value="{esc(value)}">{esc(text)}</option>' for value, text in options)
            return f'<label>{title}<select id="f-{name}"><option value="">alle</option>{rendered}</select></label>'

        return (
            '<div class="filters" role="search">'
            + select("org", "Organisatie", [(o, o) for o in organisations])
            + select("theme", "Thema", [(t, t) for t in themes])
            + select("year", "Jaar", [(str(y), str(y)) for y in years])
            + select("status", "Status", [(s, label(STATUS, s)) for s in statuses])
            + '<label>Zoeken<input id="f-q" type="search" placeholder="woord in de tekst"></label>'
            + '<button id="f-reset" type="button">Wis filters</button><span id="filter-count"></span></div>'
        )

    def overview(self) -> str:
        counts = Counter(self.status.values())
        coverage = Counter(item.status for item in self.analysis.coverage)
        kinds = Counter(statement.kind for statement in self.analysis.statements)
        cards = [
            ("recurs", counts["recurs"], "ambities keren terug"),
            ("changed", counts["changed"], "ambities gewijzigd"),
            ("deprioritised", counts["deprioritised"], "gedeprioriteerd (niet meer geïntensiveerd)"),
            ("dropped", counts["dropped"], "expliciet gestopt"),
            ("disappeared", counts["disappeared"], "stil verdwenen: niet meer genoemd, geen stopbesluit"),
            ("missing", coverage["missing"], "punten uit de opdrachtbrief ontbreken"),
            ("partial", coverage["partial"], "punten gedeeltelijk beantwoord"),
            ("answered", coverage["answered"], "punten beantwoord"),
        ]
        rendered_cards = "".join(
            f'<div class="card s-{code}"><div class="n">{number}</div><div class="what">'
            f'<a href="#status={code}">{esc(text)}</a></div></div>'
            for code, number, text in cards
        )
        kinds_text = ", ".join(f"{number} × {label(KIND, kind)}" for kind, number in kinds.most_common())
        errors = "".join(f"<li>{esc(error.path)}: {esc(error.problem)}</li>" for error in self.analysis.errors)
        return (
            '<section class="part" id="overzicht"><h2>Overzicht</h2>'
            f'<p>{len(self.analysis.documents)} documenten gelezen, {len(self.analysis.statements)} uitspraken gevonden'
            f'{" (" + esc(kinds_text) + ")" if kinds_text else ""}. Elke uitspraak staat hieronder met document en pagina, zodat u haar in de bron kunt nalezen.</p>'
            f'<h3>Belangrijkste bevindingen</h3><div class="cards">{rendered_cards}</div>'
            + self.documents_matrix()
            + (f'<h3>Niet gelezen</h3><ul>{errors}</ul>' if errors else "")
            + "</section>"
        )

    def documents_matrix(self) -> str:
        """Organisations (rows) by years (columns): which documents the analysis read."""
        years = sorted({doc.meta.year for doc in self.analysis.documents if doc.meta.year}) or [None]
        cells: dict[tuple[str, int | None], list[str]] = defaultdict(list)
        for document in self.analysis.documents:
            meta = document.meta
            year = meta.year if meta.year in years else None
            cells[(meta.organisation or "onbekend", year)].append(
                f'<div{_data(org=meta.organisation, year=meta.year)}><strong>{esc(label(DOC_TYPE, meta.doc_type))}</strong> '
                f'<span class="where">{len(self.by_document[document.id])} uitspraken, {len(document.pages)} p.</span>'
                f'<br><span class="where">{esc(meta.title or document.id)}</span></div>'
            )
        if None not in years and any(year is None for _organisation, year in cells):
            years.append(None)
        organisations = sorted({organisation for organisation, _year in cells})
        header = "".join(f'<th>{esc(year or "jaar onbekend")}</th>' for year in years)
        rows = "".join(
            f'<tr><th>{esc(organisation)}</th>{"".join("<td>" + "".join(cells.get((organisation, year), [])) + "</td>" for year in years)}</tr>'
            for organisation in organisations
        )
        return f'<h3>Documenten per organisatie en jaar</h3><table class="documents"><thead><tr><th>Organisatie</th>{header}</tr></thead><tbody>{rows}</tbody></table>'

    def thread(self, thread: Thread, years: list[int]) -> str:
        members = [self.statements[ref] for ref in thread["statements"] if ref in self.statements]
        by_year: dict[int | None, list[Statement]] = defaultdict(list)
        for statement in members:
            by_year[self.year(statement)].append(statement)
        first_year = min((year for year in by_year if year), default=None)
        last_year = max((year for year in by_year if year), default=None)
        status = thread.get("status")
        skipped = set(thread.get("skipped_years") or [])
        cells, previous = [], None
        for year in years:
            if by_year.get(year):
                parts = []
                for statement in by_year[year]:
                    link = self.links.get((previous.id, statement.id)) if previous else None
                    changes = "".join(f"<li>{esc(change)}</li>" for change in (link.changes if link else []))
                    parts.append(
                        f'<div class="kind">{esc(label(KIND, statement.kind))} {_badge(self.status.get(statement.id))}</div>'
                        + (f'<ul class="changes" title="wat veranderde">{changes}</ul>' if changes else "")
                        + f'<div class="stmt">{highlight_new_words(previous.text if previous else None, statement.text)}</div>'
                        + self.where(statement)
                        + self.attributes(statement, previous)
                    )
                    previous = statement
                cells.append(f'<div class="year-cell has"><div class="year">{year}</div>{"".join(parts)}</div>')
            elif first_year and year < first_year:
                cells.append(f'<div class="year-cell gap"><div class="year">{year}</div>nog niet genoemd</div>')
            elif year in skipped or (last_year and year < last_year):
                cells.append(f'<div class="year-cell gap"><div class="year">{year}</div>niet genoemd</div>')
            elif last_year and year > last_year and status in ("disappeared", "dropped", "deprioritised"):
                cells.append(f'<div class="year-cell gone"><div class="year">{year}</div>{esc(label(STATUS, status))}</div>')
            else:
                cells.append(f'<div class="year-cell"><div class="year">{year}</div></div>')
        return (
            f'<div class="thread {esc(status or "")}"{_data(org=thread.get("organisation"), theme=thread.get("theme"), year=thread.get("years") or [], status=status)}>'
            f'<div class="head">{_badge(status)} <strong>{esc(thread.get("theme") or "zonder thema")}</strong>'
            f'<span class="where">{esc(thread.get("organisation") or "")} · {" → ".join(str(y) for y in thread.get("years") or [])}</span>'
            + (f'<div class="overall" title="wat er in het geheel veranderde">{esc(self.lineage_notes[members[0].id])}</div>' if len(by_year) > 2 and members[0].id in self.lineage_notes else "")
            + '</div>'
            f'<div class="timeline" style="--years:{len(years)}">{"".join(cells)}</div></div>'
        )

    def organisation_years(self, organisation: str | None) -> list[int]:
        return sorted({doc.meta.year for doc in self.analysis.documents if doc.meta.organisation == organisation and doc.meta.year and doc.meta.doc_type != "opdrachtbrief"})

    def continuity(self) -> str:
        parts = [
            '<section class="part" id="continuiteit"><h2>Continuïteit: wat werd van de ambities?</h2>'
            '<p class="hint">Per thema de lijnen van ambities door de jaren heen. Geel gemarkeerd: woorden en gegevens (doelen, reikwijdte, deadline, plaatsen) '
            'die nieuw zijn ten opzichte van het vorige jaar. Rood omrand: ambities die stil verdwenen, zonder dat een later plan zegt dat ermee gestopt wordt.</p>'
        ]
        parts.append(self.ended())
        if not self.threads:
            parts.append('<p class="empty">Geen lijnen gevonden: er zijn geen plannen van dezelfde organisatie uit verschillende jaren om te vergelijken.</p>')
        grouped: dict[tuple[str, str], list[Thread]] = defaultdict(list)
        for thread in self.threads:
            grouped[(thread.get("organisation") or "", thread.get("theme") or "")].append(thread)
        for (organisation, theme), threads in sorted(grouped.items()):
            years = sorted(set(self.organisation_years(organisation)) | {y for t in threads for y in t.get("years") or [] if y})
            threads.sort(key=lambda t: (LINEAGE_ORDER.index(t["status"]) if t.get("status") in LINEAGE_ORDER else 9))
            parts.append(
                f'<div data-group><h3>{esc(theme or "zonder thema")} <span class="where">{esc(organisation)}</span></h3>'
                + "".join(self.thread(thread, years) for thread in threads)
                + "</div>"
            )
        parts.append(self.themes_view())
        parts.append(self.cross_organisation())
        parts.append("</section>")
        return "".join(parts)

    def ended(self) -> str:
        """Every ambition that disappeared, stopped or was frozen, in one list before the timelines."""
        order = ("disappeared", "dropped", "deprioritised")
        entries = sorted(
            (entry for entry in self.analysis.lineage if entry.status in order and entry.statement_id in self.statements),
            key=lambda entry: order.index(entry.status),
        )
        if not entries:
            return ""
        rows = []
        for entry in entries:
            statement = self.statements[entry.statement_id]
            later = "".join(f"<br><small>later: {esc(self.statements[ref].text)} {self.where(self.statements[ref])}</small>" for ref in entry.evidence if ref in self.statements)
            rows.append(
                f'<tr{_data(org=self.org(statement), theme=statement.theme, year=self.year(statement), status=entry.status)}>'
                f"<td>{_badge(entry.status)}</td><td>{esc(statement.theme or '')}</td>"
                f'<td><div class="stmt">{esc(statement.text)}</div>{self.where(statement)}{later}</td></tr>'
            )
        counts = Counter(entry.status for entry in entries)
        summary = ", ".join(f"{counts[status]} {label(STATUS, status)}" for status in order if counts[status])
        return (
            f'<div data-group><details class="ended"><summary>Wat verdween of stopte ({esc(summary)})</summary>'
            '<p class="hint">Stil verdwenen: geen later plan noemt de ambitie nog, en geen plan zegt dat ermee gestopt wordt. '
            'Gestopt en gedeprioriteerd: een later plan zegt dat (de passage staat erbij).</p>'
            f'<table><thead><tr><th>Status</th><th>Thema</th><th>Ambitie</th></tr></thead><tbody>{"".join(rows)}</tbody></table></details></div>'
        )

    def themes_view(self) -> str:
        themes = (self.analysis.views or {}).get("themes") or {}
        if not themes:
            return ""
        parts = ['<h3>Thema\'s per jaar</h3><p class="hint">Welke thema\'s een organisatie per jaar noemt; rood: verdwenen, groen: nieuw.</p>']
        for organisation, view in sorted(themes.items()):
            years = view.get("years") or []
            vanished = {item.get("theme"): item.get("last_year") for item in view.get("vanished") or []}
            appeared = {item.get("theme"): item.get("first_year") for item in view.get("appeared") or []}
            rows = []
            for theme, present in sorted((view.get("themes") or {}).items()):
                css, status, note = "", None, ""
                if theme in vanished:
                    css, status, note = "vanished", "disappeared", f"verdwenen, laatst genoemd in {vanished[theme]}"
                elif theme in appeared:
                    css, status, note = "appeared", "new", f"nieuw in {appeared[theme]}"
                marks = "".join(f'<td class="{"present" if year in present else "absent"}">{"●" if year in present else "·"}</td>' for year in years)
                rows.append(f'<tr class="{css}"{_data(org=organisation, theme=theme, year=present, status=status)}><td>{esc(theme)} <span class="where">{esc(note)}</span></td>{marks}</tr>')
            header = "".join(f'<th class="num">{esc(year)}</th>' for year in years)
            parts.append(f'<div data-group><h3>{esc(organisation)}</h3><table><thead><tr><th>Thema</th>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')
        return "".join(parts)

    def cross_organisation(self) -> str:
        lines = (self.analysis.views or {}).get("cross_organisation") or []
        if not lines:
            return ""
        parts = ['<h3>Gedeelde lijnen tussen organisaties</h3><p class="hint">Ambities die meerdere organisaties in hetzelfde jaar noemen.</p>']
        for line in lines:
            statements = [self.statements[ref] for ref in line.get("statements") or [] if ref in self.statements]
            quotes = "".join(f'<blockquote>{esc(s.text)}<br>{self.where(s)}</blockquote>' for s in statements)
            parts.append(
                f'<div class="thread"{_data(org=line.get("organisations") or [], year=line.get("year"), theme=[s.theme for s in statements])}>'
                f'<div class="head"><strong>{esc(line.get("label") or "")}</strong><span class="where">{esc(line.get("year") or "")} · '
                f'{esc(", ".join(line.get("organisations") or []))}</span></div>{quotes}</div>'
            )
        return "".join(parts)

    def coverage(self) -> str:
        items = self.analysis.coverage
        parts = [
            '<section class="part" id="dekking"><h2>Dekking: beantwoordt het plan de opdrachtbrief?</h2>'
            '<p class="hint">Elk punt uit de opdrachtbrief tegenover het plan of de rapportage die erop antwoordt, met de passages die het antwoord dragen.</p>'
        ]
        if not items:
            parts.append('<p class="empty">Geen dekkingsanalyse: er is geen opdrachtbrief met een bijbehorend plan gevonden.</p></section>')
            return "".join(parts)
        by_letter: dict[str, dict[str, dict[str, CoverageItem]]] = defaultdict(lambda: defaultdict(dict))
        for item in items:
            request = self.statements.get(item.request_id)
            by_letter[request.document_id if request else ""][item.request_id][item.answering_document_id] = item
        for letter, requests in by_letter.items():
            parts.append(self.coverage_matrix(letter, requests))
        parts.append("</section>")
        return "".join(parts)

    def coverage_matrix(self, letter: str, requests: dict[str, dict[str, CoverageItem]]) -> str:
        """One letter's requests (rows) against the documents that answer it (columns)."""
        answering = sorted({document_id for answers in requests.values() for document_id in answers}, key=self.doc_name)
        header = "".join(f"<th>{esc(self.doc_name(document_id))}</th>" for document_id in answering)
        rows = []
        for request_id, answers in requests.items():
            request = self.statements.get(request_id)
            request_cell = f"{esc(request.text)}<br>{self.where(request)}" if request else esc(request_id)
            cells = "".join(self.coverage_cell(answers.get(document_id)) for document_id in answering)
            organisations = {self.documents[d].meta.organisation for d in answers if d in self.documents}
            years = {self.documents[d].meta.year for d in answers if d in self.documents}
            statuses = [item.status for item in answers.values()]
            rows.append(
                f'<tr{_data(org=organisations, theme=request.theme if request else None, year=years, status=statuses)}>'
                f"<td>{request_cell}</td>{cells}</tr>"
            )
        counts = Counter(item.status for answers in requests.values() for item in answers.values())
        summary = ", ".join(f"{counts[status]} {label(STATUS, status)}" for status in COVERAGE_ORDER)
        title = f"Verzoeken uit {self.doc_name(letter)}" if letter else "Verzoeken uit een onbekend document"
        return (
            f'<div data-group><h3>{esc(title)} <span class="where">{len(requests)} punten: {esc(summary)}</span></h3>'
            f'<table class="matrix"><thead><tr><th>Punt uit de brief</th>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        )

    def coverage_cell(self, item: CoverageItem | None) -> str:
        if item is None:
            return '<td class="cell empty">niet beoordeeld</td>'
        quotes = "".join(
            f'<blockquote>{esc(evidence.text)}<br><span class="where">{"p. " + esc(evidence.page) if evidence.page else ""}</span></blockquote>'
            for evidence in item.evidence
        )
        evidence = f"<details><summary>{len(item.evidence)} passage(s)</summary>{quotes}</details>" if quotes else '<div class="where">geen passage gevonden</div>'
        return f'<td class="cell">{_badge(item.status)} <span class="where">score {item.score:.2f}</span>{evidence}</td>'

    def statements_section(self) -> str:
        parts = ['<section class="part" id="uitspraken"><h2>Alle uitspraken</h2><p class="hint">Elke uitspraak met document en pagina; gebruik de filters bovenaan.</p>']
        for document in self.analysis.documents:
            own = self.by_document[document.id]
            rows = "".join(
                f'<tr{_data(org=document.meta.organisation, theme=s.theme, year=document.meta.year, status=self.status.get(s.id))}>'
                f'<td class="num">{esc(s.page or "")}</td><td>{esc(label(KIND, s.kind))}</td><td>{esc(s.theme or "")}</td>'
                f'<td><div class="stmt">{esc(s.text)}</div>{self.attributes(s)}</td><td>{_badge(self.status.get(s.id))}</td></tr>'
                for s in own
            )
            body = rows or '<tr><td colspan="5" class="empty">geen uitspraken gevonden</td></tr>'
            parts.append(
                f'<div data-group><details open><summary>{esc(self.doc_name(document.id))} — {esc(document.meta.title or document.id)} ({len(own)})</summary>'
                f'<table><thead><tr><th class="num">p.</th><th>Soort</th><th>Thema</th><th>Tekst</th><th>Status</th></tr></thead><tbody>{body}</tbody></table></details></div>'
            )
        parts.append("</section>")
        return "".join(parts)


def render_html(analysis: Analysis) -> str:
    """The whole report as one HTML string."""
    report = _Report(analysis)
    version = analysis.generated_by.get("version", "")
    generated = datetime.now().strftime("%d-%m-%Y %H:%M")
    return (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Documentanalyse — docanalysis</title>"
        f"<style>{_template('report.css')}</style></head><body>"
        '<header class="top"><h1>Documentanalyse</h1>'
        f"<p>Gemaakt met docanalysis {esc(version)} op {generated}. Contactgegevens uit brieven zijn weggelaten.</p>"
        '<nav class="toc"><a href="#overzicht">Overzicht</a><a href="#continuiteit">Continuïteit</a>'
        '<a href="#dekking">Dekking</a><a href="#uitspraken">Alle uitspraken</a></nav></header>'
        + report.filters()
        + "<main>"
        + report.overview()
        + report.continuity()
        + report.coverage()
        + report.statements_section()
        + f"</main><script>{_template('report.js')}</script></body></html>"
    )


def write_html(analysis: Analysis, path: Path) -> Path:
    path.write_text(render_html(analysis), encoding="utf-8")
    return path
