"""sample_reports/ stays what the current templates make (tests/test_demo.py: `pgcomply demo` writes every format).

When a template or renderer changes, regenerate with:  python -m auditor render sample_reports/report.json
When checks or the demo change:                         python -m auditor demo -o sample_reports
"""
from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from auditor.render import ALL_FILES, FORMATS, render
from auditor.engine.report import read_report
from tests.test_render_formats import check_html, check_junit, check_sarif

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_reports"
REGENERATE = "sample_reports/ is stale: run `python -m auditor render sample_reports/report.json` and commit it"


def pdf_text(path: Path, *pages: int) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(pages[0]), "-l", str(pages[-1])] if pages else [])
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def pdf_outline(path: Path) -> list[str]:
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return re.findall(r'<item page="\d+">([^<]*)</item>', xml)


@pytest.fixture(scope="module")
def rerendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("rerendered")
    report = read_report(SAMPLES / "report.json")
    for fmt in FORMATS:
        render(fmt, report, out)
    return out


@pytest.mark.parametrize("name", [n for n in ALL_FILES if n != FORMATS["pdf"]])
def test_samples_match_the_current_templates_byte_for_byte(rerendered, name):
    assert (SAMPLES / name).read_bytes() == (rerendered / name).read_bytes(), f"{name}: {REGENERATE}"


def test_sample_pdf_matches_the_current_templates(rerendered):
    """Byte-identical with the same weasyprint and fonts; elsewhere the same pages and words."""
    old, new = SAMPLES / "report.pdf", rerendered / "report.pdf"
    if old.read_bytes() == new.read_bytes():
        return
    assert pdf_pages(old) == pdf_pages(new), REGENERATE
    assert pdf_text(old).split() == pdf_text(new).split(), REGENERATE


def test_sample_pdf_has_cover_contents_outline_and_page_numbers():
    pdf = SAMPLES / "report.pdf"
    pages = pdf_pages(pdf)
    assert pages >= 6
    cover = pdf_text(pdf, 1)
    assert "PostgreSQL security and compliance audit" in cover and "Page 1" not in cover
    contents = pdf_text(pdf, 2)
    assert re.search(r"Executive summary\s*\.+\s*3", contents), contents
    for page in range(2, pages + 1):
        assert f"Page {page} of {pages}" in pdf_text(pdf, page)
    outline = pdf_outline(pdf)
    assert outline[:2] == ["Executive summary", "Framework compliance"]
    for title in ("Findings", "Passwords &amp; authentication", "Appendix", "How the score is computed",
                  "PWD-003 No pg_hba.conf TCP line uses trust authentication"):
        assert title in outline, outline


def test_sample_html_sarif_junit_are_valid():
    check_html((SAMPLES / "report.html").read_text("utf-8"))
    check_sarif(json.loads((SAMPLES / "report.sarif").read_text("utf-8")))
    check_junit(SAMPLES / "report.junit.xml", json.loads((SAMPLES / "report.json").read_text("utf-8")))


def _navy(pixel) -> bool:
    r, g, b = pixel[:3]
    return r < 40 and g < 50 and 40 < b < 90            # the cover band, #14213d


def test_pdf_pages_rasterise_with_the_cover_band_and_no_blank_pages(tmp_path):
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "30", str(SAMPLES / "report.pdf"), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == pdf_pages(SAMPLES / "report.pdf")
    cover = Image.open(pages[0]).convert("RGB")
    assert _navy(cover.getpixel((cover.width // 2, 10)))
    for page in pages:
        im = Image.open(page).convert("L")
        assert im.getextrema()[0] < 128, f"{page.name} is blank"


def test_html_renders_in_headless_chromium(tmp_path):
    import shutil

    from PIL import Image

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.skip("chromium is not installed (optional: apt-get install chromium)")
    shot = tmp_path / "shot.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars", "--window-size=1000,1300",
                    f"--screenshot={shot}", (SAMPLES / "report.html").as_uri()],
                   capture_output=True, timeout=120, check=True)
    im = Image.open(shot).convert("RGB")
    assert im.size == (1000, 1300)
    # the cover band is drawn, below the sticky search bar
    assert any(_navy(im.getpixel((x, y))) for x in range(100, 900, 50) for y in range(40, 300, 10))
