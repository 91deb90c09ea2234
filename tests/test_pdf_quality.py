"""The PDF as pages: tagged PDF/UA-1 with language and title, no heading or label alone at the foot of a page,
evidence as key/value rows, long object names wrapped only after a separator. Checked on the rendered file
(pdfinfo, pdftotext per page), not on the HTML that produced it."""
from __future__ import annotations

import re
import subprocess
import zlib

import pytest

from auditor.lab.synthetic import synthetic_report
from auditor.render.html import render_html
from auditor.render.pdf import render_pdf

LONG = "customer_payment_methods_archive_before_the_2023_migration_eu_west"   # 64 characters, no dot
FOOTER = re.compile(r"^(Page \d+ of \d+|pgcomply security & compliance report|Confidential)$")
LABELS = {"WHY IT MATTERS", "HOW TO FIX", "REFERENCES"}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    report = synthetic_report(400)
    for i, f in enumerate(report["findings"][:40]):       # long identifiers in the detailed rows
        if f["object"].startswith("shop.public."):
            f["object"] = f"shop.public.{LONG}_{i:02d}"
    path = tmp_path_factory.mktemp("pdfq") / "report.pdf"
    path.write_bytes(render_pdf(report))
    return report, path


def _pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")[:-1]


def _body_lines(page: str) -> list[str]:
    return [x.strip() for x in page.splitlines() if x.strip() and not FOOTER.match(x.strip())]


def _streams(data: bytes) -> bytes:
    """The file's bytes with every Flate stream inflated (the catalog sits in a compressed object stream)."""
    parts = [data]
    for m in re.finditer(rb"stream\r?\n", data):
        try:
            parts.append(zlib.decompressobj().decompress(data[m.end():m.end() + 4_000_000]))
        except zlib.error:
            continue
    return b"\n".join(parts)


def test_pdf_is_tagged_pdf_ua_with_language_and_title(rendered):
    report, path = rendered
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(r"^Title:\s+pgcomply audit of db\.example\.internal:5432", info, re.M)
    meta = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True, check=True).stdout
    assert 'pdfuaid:part="1"' in meta
    inflated = _streams(path.read_bytes())
    assert b"/Lang (en)" in inflated and b"/StructTreeRoot" in inflated
    assert b"/DisplayDocTitle true" in inflated


def test_no_heading_or_label_is_left_at_the_foot_of_a_page(rendered):
    report, path = rendered
    html = render_html(report, medium="pdf")
    heads = {re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", h)).strip()
             for h in re.findall(r"<h[1-4][^>]*>(.*?)</h[1-4]>", html, re.S)}
    pages = _pages(path)
    assert len(pages) > 20
    alone = []
    for n, page in enumerate(pages, 1):
        lines = _body_lines(page)
        if lines and (lines[-1] in heads or lines[-1] in LABELS):
            alone.append((n, lines[-1]))
    assert alone == []


def test_evidence_is_key_value_rows_not_json(rendered):
    report, _ = rendered
    html = render_html(report, medium="pdf")
    assert '<dl class="ev"><dt>grantees</dt><dd>PUBLIC, report_ro, table_' in html
    assert '{"' not in "".join(re.findall(r'<dl class="ev">.*?</dl>', html))


def test_long_object_names_wrap_only_after_a_separator(rendered):
    _, path = rendered
    text = "\n".join(_pages(path))
    pieces = [x.strip() for x in text.splitlines() if LONG[:12] in x or (x.strip() and LONG.endswith(x.strip()))]
    assert pieces, "the long names are in the PDF"
    broken = [p for p in pieces if p.startswith("shop.") and not p.endswith(tuple("._:/,(")) and
              not re.search(r"_\d\d$", p)]
    assert broken == []
