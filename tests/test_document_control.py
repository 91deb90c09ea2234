"""Document control in the HTML and PDF: audit id, the SHA-256 of report.json as written, tool and catalogue
versions, a blank sign-off block; and a footer that says what the report holds (masked examples)."""
from __future__ import annotations

import hashlib
import re

import pytest

from auditor.engine.registry import load_checks
from auditor.engine.report import catalogue_version, read_report
from auditor.lab.synthetic import synthetic_report
from auditor.render import render
from auditor.render.doccontrol import audit_id
from tests.test_render_samples import SAMPLES, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("doccontrol")
    report = synthetic_report(40)
    report["tool"]["catalogue"] = catalogue_version()
    for fmt in ("json", "html", "pdf"):
        render(fmt, report, out)
    return report, out


def test_catalogue_version_counts_the_checks_and_hashes_ids_and_releases():
    checks = load_checks()
    cat = catalogue_version()
    assert cat["checks"] == len(checks)
    ids = "\n".join(sorted(f"{c.id} {c.since}" for c in checks.values()))
    assert cat["digest"] == hashlib.sha256(ids.encode()).hexdigest()[:12]


def test_audit_id_is_stable_and_differs_between_targets_and_times():
    report = synthetic_report(3, sections=False)
    first = audit_id(report)
    assert first == audit_id(report) and re.fullmatch(r"PGC-20261125100000-[0-9a-f]{8}", first), first
    other = dict(report, target=dict(report["target"], dsn="host=other port=5432"))
    later = dict(report, started_at="2026-11-25T10:00:01+00:00")
    assert len({first, audit_id(other), audit_id(later)}) == 3


def test_html_shows_the_sha256_of_report_json_as_written_and_the_sign_off(rendered):
    report, out = rendered
    digest = hashlib.sha256((out / "report.json").read_bytes()).hexdigest()
    html = (out / "report.html").read_text("utf-8")
    assert html.count(digest) == 2                                   # cover and document control
    assert html.count(audit_id(report)) == 2
    assert f"{len(load_checks())} checks, catalogue {catalogue_version()['digest']}" in html
    assert "pgcomply 0.0.0-synthetic" in html
    assert "sha256sum report.json" in html
    signoff = html.split('<table class="signoff">')[1].split("</table>")[0]
    for who in ("Prepared by", "Reviewed by"):
        assert re.search(rf"<tr><th>{who}</th>(<td></td>){{4}}</tr>", signoff), who   # left blank to fill in


def test_pdf_last_page_has_the_document_control_and_sign_off(rendered):
    report, out = rendered
    digest = hashlib.sha256((out / "report.json").read_bytes()).hexdigest()
    last = pdf_pages(out / "report.pdf")
    tail = pdf_text(out / "report.pdf", last - 1, last)
    flat = re.sub(r"\s+", "", tail)
    assert digest in flat and audit_id(report) in flat
    assert "Prepared by" in tail and "Reviewed by" in tail and "sha256sum report.json" in tail
    assert digest in re.sub(r"\s+", "", pdf_text(out / "report.pdf", 1, 1))      # and on the cover


def test_an_older_report_without_a_recorded_catalogue_says_so(tmp_path):
    report = synthetic_report(5, sections=False)
    render("html", report, tmp_path)
    assert "not recorded (report.json written before pgcomply recorded its check catalogue)" in \
        (tmp_path / "report.html").read_text("utf-8")


def test_sample_report_html_carries_the_digest_of_the_sample_report_json():
    digest = hashlib.sha256((SAMPLES / "report.json").read_bytes()).hexdigest()
    assert digest in (SAMPLES / "report.html").read_text("utf-8")
    assert read_report(SAMPLES / "report.json")["tool"]["catalogue"] == catalogue_version()


def test_the_footer_says_masked_examples_appear_when_values_were_sampled(tmp_path):
    report = synthetic_report(5, sections=False)
    for sampling in (True, False):
        report["policy"]["sampling"] = sampling
        render("html", report, tmp_path)
        foot = (tmp_path / "report.html").read_text("utf-8").split('<p class="cover-foot">')[1].split("</p>")[0]
        assert "no sampled data value in full" in foot
        assert ("masked examples" in foot) is sampling, foot
        assert "no sampled data values." not in foot
