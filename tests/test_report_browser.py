"""The report in a real browser: headless Chromium renders the sections and the filters work.

Uses Chromium's `--dump-dom` (the DOM after the page's script ran) and `--screenshot`,
so no DevTools client is needed. The screenshot is kept in tests/artifacts/ (ignored by git).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_sample import sample_analysis

from docanalysis.report.html import write_html

CHROMIUM = next((path for path in (shutil.which("chromium"), "/usr/bin/chromium") if path and Path(path).exists()), None)
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium); .ci/run installs it"),
]


def chromium(tmp_path: Path, *args: str) -> str:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return write_html(sample_analysis(), tmp_path_factory.mktemp("report") / "report.html")


def thread_visible(dom: str, first_words: str) -> bool:
    """Whether the thread whose first statement starts with `first_words` is shown."""
    pattern = r'<div class="thread [a-z]*"([^>]*)><div class="head">(?:(?!<div class="thread ).)*?<div class="stmt">' + re.escape(first_words)
    match = re.search(pattern, dom, re.S)
    assert match, first_words
    return "hidden" not in match.group(1)


def test_sections_render_and_script_runs(report: Path, tmp_path: Path):
    dom = chromium(tmp_path, "--dump-dom", report.as_uri())
    for section in ("overzicht", "continuiteit", "dekking", "uitspraken"):
        assert f'id="{section}"' in dom
    assert 'data-filtered="no"' in dom  # the filter script ran on load
    assert "&lt;script&gt;alert" in dom and "<script>alert" not in dom


def test_status_filter_from_url_hides_other_items(report: Path, tmp_path: Path):
    dom = chromium(tmp_path, "--dump-dom", report.as_uri() + "?status=disappeared")
    assert 'data-filtered="yes"' in dom
    shown = re.search(r'<span id="filter-count">(\d+) van (\d+) onderdelen zichtbaar</span>', dom)
    assert shown and 0 < int(shown.group(1)) < int(shown.group(2))
    assert thread_visible(dom, "We starten met spreekuren") is True  # the vanished school thread
    assert thread_visible(dom, "In 2021 wachten gezinnen") is False  # a changed thread
    assert '<details class="ended" open="">' in dom  # the list of ended ambitions opens


def test_text_search_from_hash(report: Path, tmp_path: Path):
    dom = chromium(tmp_path, "--dump-dom", report.as_uri() + "#q=chatdienst")
    rows = re.findall(r"<tr data-f([^>]*)>(.*?)</tr>", dom, re.S)
    visible = [body for attributes, body in rows if "hidden" not in attributes]
    assert visible and all("chatdienst" in body for body in visible)


def test_screenshot_is_kept(report: Path, tmp_path: Path):
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ".gitignore").write_text("*\n", encoding="utf-8")
    screenshot = ARTIFACTS / "report.png"
    screenshot.unlink(missing_ok=True)
    chromium(tmp_path, "--window-size=1280,1600", "--hide-scrollbars", f"--screenshot={screenshot}", report.as_uri())
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
    print(f"screenshot: {screenshot}")
