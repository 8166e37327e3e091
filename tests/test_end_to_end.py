"""The pipeline on the bundled corpus: a valid analysis.json with provenance everywhere."""

import json

import jsonschema

from docanalysis.resources import SCHEMA_PATH


def test_analysis_json_is_valid_against_the_schema(corpus_analysis):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    document = json.loads(json.dumps(corpus_analysis.to_json()))
    jsonschema.validate(document, schema)


def test_every_document_is_read_with_metadata(corpus_analysis, corpus_dir):
    assert not corpus_analysis.errors
    by_id = {doc.id: doc.meta for doc in corpus_analysis.documents}
    assert set(by_id) == {path.stem for path in corpus_dir.glob("*.txt")}
    letter = by_id["gemeente-utrecht-opdrachtbrief-2021"]
    assert (letter.doc_type, letter.year) == ("opdrachtbrief", 2021)


def test_statements_carry_provenance(corpus_analysis):
    documents = {doc.id for doc in corpus_analysis.documents}
    sections = {section.id for section in corpus_analysis.sections}
    assert corpus_analysis.statements
    ids = [statement.id for statement in corpus_analysis.statements]
    assert len(ids) == len(set(ids))
    for statement in corpus_analysis.statements:
        assert statement.document_id in documents
        assert statement.section_id is None or statement.section_id in sections
        assert statement.text.strip()


def test_links_lineage_and_coverage_refer_to_real_statements(corpus_analysis):
    ids = {statement.id for statement in corpus_analysis.statements}
    for link in corpus_analysis.links:
        assert link.source in ids and link.target in ids
    for entry in corpus_analysis.lineage:
        assert entry.statement_id in ids
    for item in corpus_analysis.coverage:
        assert item.request_id in ids


def test_analysis_json_carries_no_contact_details(tmp_path):
    from docanalysis.model import Section
    from docanalysis.pipeline import Analysis
    from docanalysis.report import write_analysis_json

    letterhead = "Behandeld door J. Jansen E-mail j.jansen@gemeente.example.nl Doorkiesnummer 030 - 28 61234"
    analysis = Analysis(sections=[Section(id="brief#s1", document_id="brief", title=letterhead, page=1)])
    written = write_analysis_json(analysis, tmp_path).read_text(encoding="utf-8")
    assert "j.jansen@" not in written and "61234" not in written
    assert "[e-mailadres]" in written and "[telefoonnummer]" in written
    assert '"id": "brief#s1"' in written
