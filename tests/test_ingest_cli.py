"""Reading folders with manifests, the cache, and the `ingest` command's messages."""

from pathlib import Path

import pytest

from docanalysis import cli
from docanalysis.ingest import collect_inputs, load_document, read_manifest
from docanalysis.errors import IngestError
from docanalysis.store import Store

PLAN = """Werkplan 2026

Wachttijden
We verkorten de wachttijden voor alle gezinnen in de wijk tot maximaal vier weken.
De teams werken samen met de scholen en de huisartsen in de wijk Overvecht.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    (folder / "notes.md").write_text("# Jaarplan 2027\n\nWe starten in elke wijk een inloopspreekuur voor ouders en jongeren.\n" * 3, encoding="utf-8")
    (folder / "manifest.csv").write_text("file,organisation,doc_type,year,title\nplan.txt,Buurtteam Oost,jaarplan,2026,Werkplan\n", encoding="utf-8")
    return folder


def test_folder_with_manifest(corpus: Path):
    files, errors = collect_inputs([corpus])
    assert not errors
    assert [item.path.name for item in files] == ["notes.md", "plan.txt"]
    plan = load_document(corpus / "plan.txt", files[1].manifest)
    assert plan.meta.organisation == "Buurtteam Oost"
    assert plan.meta.detected == []
    notes = load_document(corpus / "notes.md")
    assert notes.pages[0].blocks[0].kind == "heading"
    assert notes.meta.year == 2027


def test_manifest_errors_name_the_line(tmp_path: Path):
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,organisation,doc_type,year,title\nplan.txt,X,begroting,2026,\n", encoding="utf-8")
    with pytest.raises(IngestError, match="line 2: doc_type 'begroting'"):
        read_manifest(manifest)
    manifest.write_text("file,organisation,doc_type,year,title\nplan.txt,X,jaarplan,twintig,\n", encoding="utf-8")
    with pytest.raises(IngestError, match="year 'twintig' is not a number"):
        read_manifest(manifest)


def test_manifest_row_without_file_is_reported(corpus: Path):
    (corpus / "manifest.csv").write_text("file,organisation,doc_type,year,title\nweg.txt,X,jaarplan,2026,\n", encoding="utf-8")
    _, errors = collect_inputs([corpus])
    assert [e.problem for e in errors] == ["listed in manifest.csv but not found"]


def test_cache_serves_unchanged_files_and_notices_changes(corpus: Path, tmp_path: Path, monkeypatch):
    import docanalysis.ingest as ingest

    calls = []
    real = ingest.read_text
    monkeypatch.setattr(ingest, "read_text", lambda data: calls.append(1) or real(data))
    store = Store(tmp_path / "cache")
    first = load_document(corpus / "plan.txt", store=store)
    second = load_document(corpus / "plan.txt", store=store)
    assert len(calls) == 1
    assert second.text == first.text and second.pages[0].blocks == first.pages[0].blocks
    (corpus / "plan.txt").write_text(PLAN + "\nWe openen een tweede locatie in de wijk.\n", encoding="utf-8")
    load_document(corpus / "plan.txt", store=store)
    assert len(calls) == 2


def test_ingest_command_summarises_and_fails_per_file(corpus: Path, tmp_path: Path, capsys):
    (corpus / "leeg.txt").write_bytes(b"")
    (corpus / "english.txt").write_text("We will reduce the waiting times and we work with the schools in the city. " * 5)
    status = cli.main(["ingest", str(corpus), "--cache", str(tmp_path / "cache")])
    out, err = capsys.readouterr()
    assert status == 1
    assert "plan" in out and "notes" in out
    assert "leeg.txt: empty file (0 bytes)" in err
    assert "english.txt: the text is not Dutch" in err
    assert "2 document(s) read, 2 file(s) failed" in err
    assert "Traceback" not in err


def test_unsupported_and_missing_inputs(tmp_path: Path, capsys):
    (tmp_path / "plan.docx").write_bytes(b"PK\x03\x04")
    assert cli.main(["extract", str(tmp_path / "plan.docx")]) == 1
    assert "unsupported file type '.docx'" in capsys.readouterr().err
    assert cli.main(["ingest", str(tmp_path / "nergens")]) == 1
    assert "no such file or folder" in capsys.readouterr().err


def test_extract_reads_a_non_dutch_file_with_a_warning(tmp_path: Path, capsys):
    import json

    english = tmp_path / "english.txt"
    english.write_text("We will reduce the waiting times and we work with the schools in the city. " * 5)
    assert cli.main(["extract", str(english)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "waiting times" in result["pages"][0]["text"]
    assert any("not Dutch" in warning for warning in result["warnings"])


def test_pdf_page_warnings_survive_the_cache(tmp_path: Path, monkeypatch):
    import docanalysis.ingest as ingest
    from docanalysis.model import Page

    def flaky_pdf(path, data, warnings):
        warnings.append("page 2 could not be read (ValueError); it is left out")
        return ingest.read_text(PLAN.encode())

    monkeypatch.setattr(ingest, "read_pdf", flaky_pdf)
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.4 stand-in")
    store = Store(tmp_path / "cache")
    first = load_document(pdf, store=store)
    monkeypatch.setattr(ingest, "read_pdf", lambda *args, **kwargs: [Page(number=1)])
    second = load_document(pdf, store=store)
    assert second.warnings == first.warnings == ["page 2 could not be read (ValueError); it is left out"]


def test_an_unusable_cache_is_switched_off_not_fatal(corpus: Path, tmp_path: Path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    status = cli.main(["ingest", str(corpus), "--cache", str(blocker)])
    captured = capsys.readouterr()
    assert status == 0
    assert "plan" in captured.out
    assert "note: cache in" in captured.err and "switched off" in captured.err


def test_a_missing_dependency_is_named_not_an_internal_error(corpus: Path, monkeypatch, capsys):
    import docanalysis.pipeline as pipeline

    def missing(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'spacy'", name="spacy")

    monkeypatch.setattr(pipeline, "ingest", missing)
    assert cli.main(["ingest", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "the package 'spacy' is not installed" in err and "internal error" not in err
