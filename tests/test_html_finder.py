"""The HTML report a person navigates, tested in a real headless Chromium (Debian's package): search, filters,
sorting and folding work under the page's own strict CSP; the PDF medium has none of it."""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from auditor.render.html import content_security_policy, render_html
from tests.browser import CHROMIUM, Chromium

SAMPLE = Path(__file__).resolve().parent.parent / "sample_reports" / "report.json"
# (check id, object) of every finding row that is displayed (hidden rows and rows in folded sections are not).
VISIBLE = ("[...document.querySelectorAll('article.check tr.f')].filter(r => r.checkVisibility())"
           ".map(r => [r.closest('article').id.slice(6), r.cells[0].textContent])")
PASSED_VISIBLE = ("[...document.querySelectorAll('table.passed tr.f')].filter(r => r.checkVisibility())"
                  ".map(r => r.dataset.sev)")


@pytest.fixture(scope="module")
def report() -> dict:
    return json.loads(SAMPLE.read_text())


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium)")
    b = Chromium()
    yield b
    b.close()


def _open(browser, report: dict, path: Path) -> None:
    path.write_text(render_html(report), encoding="utf-8")
    browser.open(path)
    assert browser.js("window.__csp") == []                    # nothing blocked by the page's own CSP
    assert browser.js("document.documentElement.classList.contains('js')")   # the inline script ran


def _shown(browser) -> set[tuple[str, str]]:
    return {tuple(x) for x in browser.js(VISIBLE)}


def _rows(report: dict, keep) -> set[tuple[str, str]]:
    """Rows the finding tables hold (checks that did not pass) whose finding satisfies keep."""
    open_checks = {c["id"] for c in report["checks"] if c.get("status", "pass") != "pass"}
    return {(f["check_id"], f["object"]) for f in report["findings"] if f["check_id"] in open_checks and keep(f)}


def _select(browser, sel: str, value: str) -> None:
    browser.js(f"(s => {{ s.value = {json.dumps(value)}; s.dispatchEvent(new Event('change')); }})"
               f"(document.querySelector({json.dumps(sel)}))")


def _settle(browser) -> None:
    """The search applies 120 ms after the last keystroke."""
    browser.js("new Promise(r => setTimeout(r, 300))")


def test_search_and_severity_filter_show_exactly_the_matching_rows(browser, report, tmp_path):
    _open(browser, report, tmp_path / "report.html")
    everything = _rows(report, lambda f: True)
    assert _shown(browser) == everything
    card = ("GRANT-012", "shop.public.payments.card_number")
    root = ("PWD-011", "role:postgres")
    invoice = ("RLS-008", "shop.public.invoice_totals")

    browser.type("#f-q", "payments.card")
    _settle(browser)
    found = _shown(browser)
    assert card in found and root not in found and invoice not in found
    assert found == _rows(report, lambda f: "payments.card" in f["object"] or "payments.card" in f["message"].lower())
    assert re.fullmatch(rf"{len(found)} of \d+ rows match", browser.js("document.getElementById('f-count').textContent"))
    browser.screenshot(tmp_path / "search.png")

    browser.js("document.getElementById('f-reset').click()")
    _select(browser, "#f-sev", "critical")
    assert _shown(browser) == _rows(report, lambda f: f["severity"] == "critical")
    assert card in _shown(browser) and root in _shown(browser) and invoice not in _shown(browser)
    assert set(browser.js(PASSED_VISIBLE)) <= {"critical"}
    browser.screenshot(tmp_path / "critical.png")

    _select(browser, "#f-sev", "high")
    assert invoice in _shown(browser) and card not in _shown(browser) and root not in _shown(browser)

    _select(browser, "#f-sev", "critical")
    _select(browser, "#f-db", "shop")                               # the database comes from the object's name
    assert card in _shown(browser) and root not in _shown(browser)
    _select(browser, "#f-db", "-")                                  # cluster-wide: roles, settings, pg_hba lines
    assert root in _shown(browser) and card not in _shown(browser)

    _select(browser, "#f-db", "")
    _select(browser, "#f-area", "rls")
    _select(browser, "#f-sev", "")
    assert _shown(browser) == _rows(report, lambda f: f["area"] == "rls") and invoice in _shown(browser)
    assert browser.js("document.getElementById('area-grants').hidden") is True    # empty areas are hidden too

    browser.js("document.getElementById('f-reset').click()")
    assert _shown(browser) == everything
    assert (tmp_path / "search.png").stat().st_size > 10_000


def test_status_and_framework_filters(browser, report, tmp_path):
    _open(browser, report, tmp_path / "report.html")
    _select(browser, "#f-status", "not_assessable")
    assert _shown(browser) == _rows(report, lambda f: f["status"] == "not_assessable") != set()
    browser.js("document.getElementById('f-reset').click()")
    _select(browser, "#f-fw", "gdpr")
    gdpr = {c["id"] for c in report["checks"] if c.get("references", {}).get("gdpr")}
    assert _shown(browser) == _rows(report, lambda f: f["check_id"] in gdpr) != set()


def test_new_since_baseline_filter(browser, report, tmp_path):
    rep = copy.deepcopy(report)
    new = ["RLS-008", "shop.public.invoice_totals"]
    rep["gate"] = {**rep["gate"], "baseline": {"started_at": "2026-01-01T00:00:00Z", "target": "x"}, "new_failures": [new]}
    _open(browser, rep, tmp_path / "report.html")
    _select(browser, "#f-new", "new")
    assert _shown(browser) == {tuple(new)}
    _select(browser, "#f-new", "known")
    assert tuple(new) not in _shown(browser) and ("PWD-011", "role:postgres") in _shown(browser)
    without = tmp_path / "plain.html"
    without.write_text(render_html(report))
    assert 'id="f-new"' not in without.read_text()       # no baseline: no new/known filter


def test_sorting_folding_and_the_area_severity_matrix(browser, report, tmp_path):
    _open(browser, report, tmp_path / "report.html")
    totals = "[...document.querySelectorAll('table.matrix tbody tr')].map(r => Number(r.cells[6].textContent))"
    before = browser.js(totals)
    by_area: dict[str, int] = {}
    for f in report["findings"]:
        if f["status"] == "fail":
            by_area[f["area"]] = by_area.get(f["area"], 0) + 1
    assert sum(before) == sum(by_area.values()) == report["summary"]["by_status"]["fail"]
    browser.js("document.querySelectorAll('table.matrix thead th')[6].click()")
    assert browser.js(totals) == sorted(before)
    browser.js("document.querySelectorAll('table.matrix thead th')[6].click()")
    assert browser.js(totals) == sorted(before, reverse=True)

    assert ("PWD-011", "role:postgres") in _shown(browser)
    browser.js("document.querySelector('#area-passwords > details').open = false")
    assert ("PWD-011", "role:postgres") not in _shown(browser)      # folded away
    browser.js("document.getElementById('f-fold').click()")         # some are open: fold all
    assert _shown(browser) == set()
    browser.js("document.getElementById('f-fold').click()")
    assert ("PWD-011", "role:postgres") in _shown(browser)
    browser.screenshot(tmp_path / "matrix.png")


def test_the_csp_lists_exactly_the_inline_style_and_script(report):
    html = render_html(report)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert csp.startswith("default-src 'none'; ") and "unsafe-inline" not in csp and "http" not in csp
    assert csp == content_security_policy(html)
    assert html.count("<script>") == 1 and csp.count("'sha256-") == len(set(re.findall(r'style="([^"]*)"', html))) + 2
    pdf = render_html(report, medium="pdf")
    for absent in ("<script", "Content-Security-Policy", 'id="finder"', "<details", "<input", "<select"):
        assert absent not in pdf, absent
    assert 'id="risk-matrix"' in pdf                                   # the matrix is in the PDF too
