"""Waivers on a real cluster: live ones waive, expired ones fail again and are listed, unused ones are listed."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from auditor.engine.evaluate import evaluate
from auditor.workflow.pipeline import EXIT_FINDINGS, EXIT_OK, gate
from auditor.model.policy import Policy, Waiver
from auditor.render import FORMATS, render
from auditor.engine.report import build_report
from auditor.model.results import Severity
from tests.test_cli import run

TODAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def shop(pg15):
    """Two tables PUBLIC can write to: one whose risk was accepted, one nobody looked at."""
    from auditor.collect.collector import collect

    with pg15.fresh_database("wv") as db:
        db.execute("CREATE TABLE accepted (id int); CREATE TABLE open_door (id int);"
                   "GRANT ALL ON accepted, open_door TO PUBLIC")
        yield db, collect(db.dsn(), Policy(sampling=False), databases=[db.name])


def _audit(snap, *waivers: Waiver, today=TODAY):
    pol = Policy(sampling=False, select=("GRANT-001",), waivers=waivers, fail_on=Severity.HIGH)
    return pol, evaluate(snap, pol, today=today)


def _by_object(result, db):
    return {f.object.removeprefix(f"{db}.public."): f for f in result.findings if f.object.startswith(db)}


def test_a_live_waiver_waives_only_what_it_names(shop):
    db, snap = shop
    w = Waiver("GRANT-001", f"{db.name}.public.accepted", "read model for the BI team", "CISO J. Doe",
               dt.date(2027, 3, 31), "RISK-7")
    pol, result = _audit(snap, w)
    found = _by_object(result, db.name)
    assert {k: f.status for k, f in found.items()} == {"accepted": "waived", "open_door": "fail"}
    assert dict(found["accepted"].waiver) == {"check": "GRANT-001", "object": f"{db.name}.public.accepted",
                                              "reason": "read model for the BI team", "approver": "CISO J. Doe",
                                              "expires": "2027-03-31", "expired": False, "ticket": "RISK-7"}
    assert result.waiver_notes == ()
    report = build_report(result)
    assert gate(report, pol)[0] == EXIT_FINDINGS              # open_door still fails
    db.execute("REVOKE ALL ON open_door FROM PUBLIC")
    try:
        from auditor.collect.collector import collect
        fixed = collect(db.dsn(), Policy(sampling=False), databases=[db.name])
        pol, result = _audit(fixed, w)
        assert {k: f.status for k, f in _by_object(result, db.name).items()} == {"accepted": "waived"}
        assert gate(build_report(result), pol)[0] == EXIT_OK  # a waived finding never fails the gate
    finally:
        db.execute("GRANT ALL ON open_door TO PUBLIC")


def test_an_expired_waiver_reverts_to_fail_and_is_listed(shop):
    db, snap = shop
    w = Waiver("GRANT-001", f"{db.name}.public.accepted", "temporary", "DPO", dt.date(2026, 11, 24))
    pol, result = _audit(snap, w)
    found = _by_object(result, db.name)
    assert {k: f.status for k, f in found.items()} == {"accepted": "fail", "open_door": "fail"}
    assert found["accepted"].waiver["expired"] is True and found["accepted"].waiver["expires"] == "2026-11-24"
    assert result.waiver_notes == (f"waiver for GRANT-001 {db.name}.public.accepted expired on 2026-11-24; "
                                   "1 finding(s) fail again",)
    # the last day is still covered
    _, same_day = _audit(snap, w, today=dt.date(2026, 11, 24))
    assert _by_object(same_day, db.name)["accepted"].status == "waived"


def test_a_live_waiver_wins_over_an_expired_one_and_unused_waivers_are_listed(shop):
    db, snap = shop
    old = Waiver("GRANT-001", f"{db.name}.public.*", "old", "x", dt.date(2025, 1, 1))
    new = Waiver("grant-001", f"{db.name}.public.accepted", "renewed", "y", dt.date(2027, 1, 1))
    stale = Waiver("grants.public_relation_privileges", f"{db.name}.public.gone", "dropped table", "z")
    _, result = _audit(snap, old, new, stale)
    found = _by_object(result, db.name)
    assert found["accepted"].status == "waived" and found["accepted"].waiver["reason"] == "renewed"
    assert found["open_door"].status == "fail" and found["open_door"].waiver["expired"] is True
    assert result.waiver_notes == (
        f"waiver for GRANT-001 {db.name}.public.* expired on 2025-01-01; 1 finding(s) fail again",
        f"waiver for grants.public_relation_privileges {db.name}.public.gone matched no failing finding")


def test_waived_findings_carry_their_waiver_into_every_format(shop, tmp_path):
    db, snap = shop
    reason = "accepted-by-risk-board-2026"
    w = Waiver("GRANT-001", f"{db.name}.public.accepted", reason, "CISO J. Doe", dt.date(2027, 3, 31))
    expired = Waiver("GRANT-001", f"{db.name}.public.open_door", "lapsed-acceptance", "DPO", dt.date(2026, 1, 1))
    _, result = _audit(snap, w, expired)
    report = build_report(result)
    waived = [f for f in report["findings"] if f["status"] == "waived"]
    assert [(f["object"], f["waiver"]["reason"], f["waiver"]["approver"], f["waiver"]["expires"]) for f in waived] == \
        [(f"{db.name}.public.accepted", reason, "CISO J. Doe", "2027-03-31")]
    assert any("expired on 2026-01-01" in n for n in report["waiver_notes"])
    for fmt in FORMATS:
        path = render(fmt, report, tmp_path)
        if fmt == "pdf":
            assert path.stat().st_size > 0
            continue
        if fmt == "xlsx":
            import openpyxl
            text = "\n".join(str(c.value) for ws in openpyxl.load_workbook(path).worksheets for row in ws.iter_rows()
                              for c in row if c.value is not None)
        else:
            text = path.read_text("utf-8")
        assert reason in text, f"{fmt}: the waiver's justification is missing"
    data = json.loads((tmp_path / FORMATS["json"]).read_text())
    assert any(f["status"] == "waived" and f["waiver"]["approver"] == "CISO J. Doe" for f in data["findings"])


def test_cli_lists_expired_waivers_and_gates_on_them(shop, tmp_path):
    db, _ = shop
    policy = tmp_path / "pgcomply.toml"
    policy.write_text(f'select = ["GRANT-001"]\nfail_on = "high"\n'
                      f'[[waivers]]\ncheck = "GRANT-001"\nobject = "{db.name}.public.*"\nreason = "r"\n'
                      f'approver = "a"\nexpires = 2026-01-01\n')
    proc = run("audit", db.dsn(), "--database", db.name, "--policy", str(policy), "-o", str(tmp_path / "out"), "-q")
    assert proc.returncode == 1, proc.stderr
    assert f"waiver for GRANT-001 {db.name}.public.* expired on 2026-01-01" in proc.stderr
    policy.write_text(policy.read_text().replace("2026-01-01", "2099-01-01"))
    proc = run("audit", db.dsn(), "--database", db.name, "--policy", str(policy), "-o", str(tmp_path / "out"), "-q")
    assert proc.returncode == 0, proc.stderr
    assert "2 waived" in proc.stdout


def test_a_waiver_for_every_object_of_one_check_shows_both_scores(shop, tmp_path):
    """GRANT-001 (high, 6) fails on two tables, both waived by one id + `*`; SSL-001 (high, 6) passes.
    With waivers 12/12 = 100 (A); without, 6/12 = 50 (F), and 2 waived findings, on every cover."""
    db, snap = shop
    w = Waiver("GRANT-001", "*", "legacy schema, whole check accepted", "CISO J. Doe", dt.date(2027, 3, 31))
    pol = Policy(sampling=False, select=("GRANT-001", "SSL-001"), waivers=(w,))
    result = evaluate(snap, pol, today=TODAY)
    statuses = {(f.check_id, f.object.removeprefix(f"{db.name}.public.")): f.status for f in result.findings}
    assert statuses == {("GRANT-001", "accepted"): "waived", ("GRANT-001", "open_door"): "waived",
                        ("SSL-001", "setting:ssl"): "pass"}
    report = build_report(result)
    s = report["score"]
    assert (s["value"], s["grade"], s["waived_checks"], s["waived_findings"]) == (100, "A", 1, 2)
    assert s["without_waivers"] == {"value": 50, "grade": "F", "failed_checks": 1}
    for fmt in ("json", "html", "md", "sarif", "pdf"):
        render(fmt, report, tmp_path)
    assert json.loads((tmp_path / "report.json").read_text())["score"]["without_waivers"]["value"] == 50
    md = (tmp_path / "report.md").read_text("utf-8")
    assert "## pgcomply: score 100/100 (grade A)" in md
    assert "**Waivers** 2 waived findings · score without waivers 50/100 (grade F)" in md
    html = (tmp_path / "report.html").read_text("utf-8")
    cover = html[html.index('<section class="cover"'):html.index("</section>")]
    assert '<td>Waived findings</td><td class="num">2</td>' in cover
    assert "Without waivers the score would be 50, grade F, with the 2 waived findings counted as failing." in cover
    props = json.loads((tmp_path / "report.sarif").read_text())["runs"][0]["properties"]
    assert (props["score"], props["waivedFindings"], props["scoreWithoutWaivers"], props["gradeWithoutWaivers"]) == \
        (100, 2, 50, "F")
    from tests.test_render_samples import pdf_text
    page1 = " ".join(pdf_text(tmp_path / "report.pdf", 1).split())
    assert "Waived findings 2" in page1 and "Without waivers the score would be 50, grade F" in page1


def test_the_cli_summary_shows_the_score_without_waivers(shop, tmp_path):
    db, _ = shop
    policy = tmp_path / "pgcomply.toml"
    policy.write_text('select = ["GRANT-001", "SSL-001"]\n[[waivers]]\ncheck = "GRANT-001"\nobject = "*"\n'
                      'reason = "r"\n')
    proc = run("audit", db.dsn(), "-d", db.name, "--policy", str(policy), "-o", str(tmp_path / "out"), "-q",
               "--no-sample")
    assert proc.returncode == 0, proc.stderr
    assert " · 2 waived · 2 checks · score 100 (A), 50 (F) without waivers · " in proc.stdout
