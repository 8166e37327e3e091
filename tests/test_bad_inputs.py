"""Bad PDFs: each a one-line IngestError naming the file, and a batch goes on without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from docanalysis import cli
from docanalysis.errors import IngestError
from docanalysis.ingest import load_document, pdf
from docanalysis.ingest.pdf import read_pdf

import pdf_fixtures as fixtures

GOOD = fixtures.running_pdf(3)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file (0 bytes)"),
        (b"PK\x03\x04 een Word-bestand", "not a PDF (no %PDF- header; it looks like a ZIP or Office file"),
        (b"<html><body>Jaarplan</body></html>", "not a PDF (no %PDF- header; it looks like an HTML"),
        (b"Gewone tekst met de extensie .pdf", "not a PDF (no %PDF- header)"),
        (fixtures.encrypted_pdf(), "encrypted PDF: remove the password"),
        (GOOD[: len(GOOD) // 2], "corrupt or truncated PDF"),
        (b"%PDF-1.7\n" + b"\x00kapot" * 40, "corrupt or truncated PDF"),
    ],
    ids=["zero-byte", "zip", "html", "text", "encrypted", "truncated", "garbage"],
)
def test_broken_pdf_is_one_line_error(data: bytes, problem: str):
    with pytest.raises(IngestError) as caught:
        read_pdf(Path("stuk.pdf"), data)
    message = str(caught.value)
    assert message.startswith("stuk.pdf: ") and problem in message
    assert "\n" not in message


def test_page_limit_is_checked_before_reading_pages(monkeypatch: pytest.MonkeyPatch):
    def must_not_run(page, number):
        raise AssertionError("pages were read although the PDF is over the limit")

    monkeypatch.setattr(pdf, "analyse_page", must_not_run)
    with pytest.raises(IngestError, match="5 pages, more than the limit of 3"):
        read_pdf(Path("dik.pdf"), fixtures.many_pages_pdf(5), max_pages=3)


def test_under_the_page_limit_reads_every_page():
    assert len(read_pdf(Path("dun.pdf"), fixtures.many_pages_pdf(3), max_pages=3)) == 3


def test_image_only_pdf_asks_for_ocr(tmp_path: Path):
    pages = read_pdf(Path("scan.pdf"), fixtures.drawing_only_pdf())
    assert [page.text_layer for page in pages] == [False]
    path = tmp_path / "scan.pdf"
    path.write_bytes(fixtures.drawing_only_pdf())
    with pytest.raises(IngestError, match="no text layer .*OCR"):
        load_document(path)


def test_failing_page_is_skipped_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    real = pdf.analyse_page

    def fail_on_page_two(page, number):
        if number == 2:
            raise KeyError("/Contents")
        return real(page, number)

    monkeypatch.setattr(pdf, "analyse_page", fail_on_page_two)
    path = tmp_path / "jaarplan.pdf"
    path.write_bytes(GOOD)
    document = load_document(path)
    assert [page.text_layer for page in document.pages] == [True, False, True]
    assert any("page 2 could not be read (KeyError)" in warning for warning in document.warnings)
    assert document.pages[2].blocks[0].text.startswith("Hoofdstuk 3")


def test_all_pages_failing_is_an_error(monkeypatch: pytest.MonkeyPatch):
    def always_fail(page, number):
        raise ValueError("kapotte pagina")

    monkeypatch.setattr(pdf, "analyse_page", always_fail)
    with pytest.raises(IngestError, match="no page could be read"):
        read_pdf(Path("kapot.pdf"), GOOD)


def test_folder_with_bad_files_processes_the_rest(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "jaarplan.pdf").write_bytes(GOOD)
    (folder / "notitie.txt").write_text("Wij versterken de samenwerking met de scholen in de wijk Overvecht.\n", encoding="utf-8")
    (folder / "leeg.pdf").write_bytes(b"")
    (folder / "beveiligd.pdf").write_bytes(fixtures.encrypted_pdf())
    (folder / "brief.pdf").write_bytes(b"PK\x03\x04 geen pdf")
    status = cli.main(["ingest", str(folder), "--no-cache"])
    captured = capsys.readouterr()
    assert status == 1
    assert "jaarplan" in captured.out and "notitie" in captured.out
    assert "2 document(s)" in captured.out
    failures = [line for line in captured.err.splitlines() if line.startswith("skipped ")]
    assert sorted(line.split(":")[0] for line in failures) == sorted(f"skipped {folder / name}" for name in ("beveiligd.pdf", "brief.pdf", "leeg.pdf"))
    assert "encrypted PDF" in captured.err and "not a PDF" in captured.err and "empty file" in captured.err
    assert "3 file(s) failed" in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_extract_on_bad_file_exits_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "beveiligd.pdf"
    path.write_bytes(fixtures.encrypted_pdf())
    assert cli.main(["extract", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "encrypted PDF" in err and str(path) in err
