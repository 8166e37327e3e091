"""Time `read_pdf` (full layout analysis) against pdfplumber's plain `extract_text()`.

Builds PDFs of mixed layouts in code (single column with lists, two columns under a
spanning heading, three columns, ruled and unruled goals tables, running headers
and footers) and reads each with both. Both parse the same characters, which
dominates; the aim is layout analysis at most 2x plain extraction.

    python benchmarks/bench_extract.py [--pages 120] [--repeat 3] [--pdf REAL.pdf ...]

`--pdf` adds real PDFs to the timed set (generated pages are uniform; real ones
have more characters, fonts and drawings per page).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import pdf_fixtures as fixtures  # noqa: E402

from docanalysis.ingest.pdf import read_pdf  # noqa: E402


def corpus(pages: int) -> list[bytes]:
    """PDFs adding up to at least `pages` pages, cycling through the layouts."""
    makers = [
        lambda: fixtures.running_pdf(7),
        fixtures.columns_pdf,
        lambda: fixtures.table_pdf(True),
        lambda: fixtures.table_pdf(False),
        lambda: fixtures.many_pages_pdf(5),
        fixtures.shuffled_pdf,
    ]
    documents, total, index = [], 0, 0
    while total < pages:
        data = makers[index % len(makers)]()
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            total += len(pdf.pages)
        documents.append(data)
        index += 1
    return documents


def plain(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(page.extract_text() or "") for page in pdf.pages)


def layout(data: bytes) -> int:
    return sum(len(page.text) for page in read_pdf(Path("bench.pdf"), data))


def best_of(function, documents: list[bytes], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for data in documents:
            function(data)
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", type=Path, nargs="*", default=[], help="real PDFs to time as well")
    args = parser.parse_args()
    documents = corpus(args.pages) + [path.read_bytes() for path in args.pdf]
    pages = sum(len(read_pdf(Path("count.pdf"), data)) for data in documents)
    plain_seconds = best_of(plain, documents, args.repeat)
    layout_seconds = best_of(layout, documents, args.repeat)
    print(f"{len(documents)} PDFs, {pages} pages (best of {args.repeat})")
    print(f"pdfplumber extract_text: {plain_seconds:.2f}s ({1000 * plain_seconds / pages:.1f} ms/page)")
    print(f"read_pdf (layout):       {layout_seconds:.2f}s ({1000 * layout_seconds / pages:.1f} ms/page)")
    print(f"ratio layout / plain:    {layout_seconds / plain_seconds:.2f}x")


if __name__ == "__main__":
    main()
