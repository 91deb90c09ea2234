"""PDF report: weasyprint lays out the same HTML with its @media print rules (cover, running header, page numbers,
contents with page references, repeated table headers). Deterministic: same report.json, same bytes.

It is a tagged PDF/UA-1 file (weasyprint's pdf/ua-1 variant: a structure tree from the HTML elements, the document
language from <html lang>, the title from <title> shown as the window title), so screen readers can read it and
accessibility checkers accept it; the pages look exactly as the untagged PDF did (compared page by page)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from auditor.outputs import write_file
from auditor.render.html import render_html


PDF_VARIANT = "pdf/ua-1"


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The report is self-contained; refuse to fetch anything, so no name in it can make the renderer go online."""
    raise ValueError(f"pgcomply reports load no external resources (refused {url[:80]!r})")


def render_pdf(report: dict[str, Any]) -> bytes:
    import weasyprint   # slow to import (~0.6 s): only when a PDF is asked for

    doc = weasyprint.HTML(string=render_html(report, medium="pdf"), url_fetcher=_no_fetch, base_url=None)
    return doc.write_pdf(pdf_identifier=b"pgcomply-report", uncompressed_pdf=False, pdf_variant=PDF_VARIANT)


def write(report: dict[str, Any], path: Path) -> None:
    write_file(path, render_pdf(report))
