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


def test_requirement_filter_shows_exactly_the_checks_mapped_to_it(browser, report, tmp_path):
    _open(browser, report, tmp_path / "report.html")
    req = "Art. 32(1)(b)" if any("Art. 32(1)(b)" in (c.get("references") or {}).get("gdpr", ())
                                 for c in report["checks"]) else report["checks"][0]["references"]["gdpr"][0]
    mapped = {c["id"] for c in report["checks"] if req in (c.get("references") or {}).get("gdpr", ())}
    options = browser.js("[...document.querySelectorAll('#f-req option')].map(o => o.value)")
    assert f"gdpr:{req}" in options and "cis:" + report["checks"][0]["references"]["cis"][0] in options
    _select(browser, "#f-req", f"gdpr:{req}")
    assert _shown(browser) == _rows(report, lambda f: f["check_id"] in mapped) != set()
    passed = {c["id"] for c in report["checks"] if c.get("status", "pass") == "pass" and c["id"] in mapped}
    shown_passed = "[...document.querySelectorAll('table.passed tr.f')].filter(r => r.checkVisibility()).map(r => r.id.slice(6))"
    assert set(browser.js(shown_passed)) == passed
    _select(browser, "#f-sev", "critical")                          # filters combine
    assert _shown(browser) == _rows(report, lambda f: f["check_id"] in mapped and f["severity"] == "critical")


SEC_VISIBLE = ("[...document.querySelectorAll('#{sec} .s-item')].filter(e => e.checkVisibility())"
               ".map(e => e.querySelector('.obj, .h-obj').textContent)")


def _sec(browser, sec: str, query: str | None = None, flag: str | None = None) -> list[str]:
    if query is not None:       # clear the field, then type as a keyboard would
        browser.js(f"document.querySelector('#{sec} .sec-q').value = ''")
        browser.type(f"#{sec} .sec-q", query)
        browser.js(f"document.querySelector('#{sec} .sec-q').dispatchEvent(new Event('input'))")
        _settle(browser)
    if flag is not None:
        _select(browser, f"#{sec} .sec-flag", flag)
    return browser.js(SEC_VISIBLE.format(sec=sec))


def test_inventory_and_access_matrix_chapters_filter_their_rows(browser, report, tmp_path):
    _open(browser, report, tmp_path / "report.html")
    inv = browser.js("document.querySelector('.section-inventory').id")
    acc = browser.js("document.querySelector('.section-access').id")
    tables = [t for db in report["data_inventory"]["databases"] for t in db["tables"]]
    everything = _sec(browser, inv)
    assert len(everything) >= 2 * len(tables)                       # a row in the table list and a column list each
    shown = _sec(browser, inv, "payments")
    assert shown and set(shown) == {t["object"] for t in tables if "payments" in t["object"]}
    _sec(browser, inv, "")
    exposed = {t["object"] for t in tables if t["protection"] in ("unprotected", "partial")}
    assert exposed and set(_sec(browser, inv, flag="exposed")) == exposed
    count = browser.js(f"document.querySelector('#{inv} .sec-count').textContent")
    assert count == f"{len(_sec(browser, inv))} of {len(everything)} match"
    assert _shown(browser) == _rows(report, lambda f: True)        # the findings finder is untouched

    am = report["access_matrix"]["tables"]
    public = {t["object"] for t in am if any(g["public"] for g in t["column_groups"])}
    visible = ("[...document.querySelectorAll('#{acc} {sel}')].filter(e => e.checkVisibility())")
    tables_shown = visible.format(acc=acc, sel="tbody.am-table") + ".map(e => e.querySelector('.am-obj').textContent)"
    role_rows = browser.js(f"document.querySelectorAll('#{acc} .am-roles .s-item').length")
    lists = browser.js(f"document.querySelectorAll('#{acc} .am-list').length")
    _sec(browser, acc, flag="public")
    assert public and set(browser.js(tables_shown)) == public
    assert browser.js(visible.format(acc=acc, sel=".am-roles .s-item") + ".length") == role_rows   # searched only
    assert browser.js(visible.format(acc=acc, sel=".am-list") + ".length") == lists
    _select(browser, f"#{acc} .sec-flag", "")
    reader = "analyst" if any(r["role"] == "analyst" for r in report["access_matrix"]["readers_by_role"]) else \
        report["access_matrix"]["readers_by_role"][-1]["role"]
    _sec(browser, acc, reader)
    split = browser.js(f"[...document.querySelectorAll('#{acc} .s-item')].map(e => [e.checkVisibility(), "
                       f"e.textContent.toLowerCase().includes({json.dumps(reader)})])")
    assert any(v for v, _ in split) and any(not v for v, _ in split) and all(v == has for v, has in split)
    browser.screenshot(tmp_path / "sections.png")


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
