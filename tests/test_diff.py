"""Quarter over quarter on a real cluster: new, resolved, still open, waived, unverified; every format; the baseline gate."""
from __future__ import annotations

import copy
import datetime as dt
import io
import json

import pytest
from rich.console import Console

from auditor.collect.collector import collect
from auditor.workflow.diff import diff_reports, print_console, to_html, to_markdown
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Waiver
from auditor.engine.report import build_report
from tests.test_cli import assert_one_line_error, run

WEIRD = "we|ird<b>"


def _report(db, *, select=("GRANT-001",), databases=None, waivers=()):
    pol = Policy(sampling=False, select=select, waivers=waivers)
    snap = collect(db.dsn(), pol, databases=databases or [db.name])
    return build_report(evaluate(snap, pol, today=dt.date(2026, 11, 25)))


def _objects(d, bucket):
    return {r["object"].rsplit(".", 1)[-1] for r in d[bucket]}


@pytest.fixture(scope="module")
def quarters(pg15, tmp_path_factory):
    """Q1: t1 and WEIRD open to PUBLIC. Q2: t1 fixed, t2 opened, WEIRD still open."""
    with pg15.fresh_database("df") as db:
        db.execute(f'CREATE TABLE t1 (id int); CREATE TABLE "{WEIRD}" (id int); GRANT ALL ON t1, "{WEIRD}" TO PUBLIC')
        q1 = _report(db)
        db.execute("REVOKE ALL ON t1 FROM PUBLIC; CREATE TABLE t2 (id int); GRANT SELECT ON t2 TO PUBLIC")
        q2 = _report(db)
        out = tmp_path_factory.mktemp("quarters")
        (out / "q1.json").write_text(json.dumps(q1))
        (out / "q2.json").write_text(json.dumps(q2))
        yield db, q1, q2, out


def test_new_resolved_and_still_open(quarters):
    db, q1, q2, _ = quarters
    d = diff_reports(q1, q2)
    assert (_objects(d, "new"), _objects(d, "resolved"), _objects(d, "still_open")) == ({"t2"}, {"t1"}, {WEIRD})
    assert _objects(d, "waived") == _objects(d, "unverified") == set()
    new = d["new"][0]
    assert (new["check_id"], new["severity"], new["old_status"], new["new_status"]) == ("GRANT-001", "high", None, "fail")
    assert d["resolved"][0]["new_status"] is None and d["resolved"][0]["old_status"] == "fail"
    assert d["score_delta"] == q2["score"]["value"] - q1["score"]["value"]
    assert d["failing_delta"]["high"] == 0 and d["counts"]["new"] == 1 and d["warnings"] == []


def test_a_newly_waived_finding_and_a_lapsed_waiver(quarters):
    db, q1, _, _ = quarters
    w = Waiver("GRANT-001", f"{db.name}.public.{WEIRD}", "legacy export", "CISO", dt.date(2027, 1, 1))
    waived = _report(db, waivers=(w,))
    d = diff_reports(q1, waived)
    assert _objects(d, "waived") == {WEIRD} and d["waived"][0]["waiver"]["approver"] == "CISO"
    assert WEIRD not in _objects(d, "resolved") | _objects(d, "still_open")
    back = diff_reports(waived, _report(db))           # the waiver is gone: the finding is new again
    assert {(r["object"].rsplit(".", 1)[-1], r.get("why")) for r in back["new"]} == {(WEIRD, "waiver expired")}


def test_what_the_newer_audit_could_not_see_is_unverified_not_resolved(quarters):
    db, q1, q2, _ = quarters
    not_run = diff_reports(q1, _report(db, select=("RLS-001",)))
    assert _objects(not_run, "resolved") == set()
    assert {r["why"] for r in not_run["unverified"]} == {"check not run in the newer audit"}
    other_db = diff_reports(q1, _report(db, databases=["postgres"]))
    assert {r["why"] for r in other_db["unverified"]} == {f"database {db.name} not audited in the newer audit"}
    assert other_db["warnings"] == [f"databases audited before but not now: {db.name}"]
    gap = copy.deepcopy(q2)
    gap["findings"].append({"check_id": "GRANT-001", "object": "cluster", "status": "not_assessable",
                            "severity": "high", "message": "needs a privilege"})
    partial = diff_reports(q1, gap)
    assert {r["why"] for r in partial["unverified"]} == {"check partly not assessable in the newer audit"}


def test_markdown_html_and_console_show_the_same_diff_safely(quarters):
    db, q1, q2, _ = quarters
    d = diff_reports(q1, q2)
    md = to_markdown(d)
    assert "## New findings (1)" in md and "## Resolved (1)" in md and "we\\|ird&lt;b&gt;" in md and "<b>" not in md
    html = to_html(d)
    assert "we|ird&lt;b&gt;" in html and WEIRD not in html
    assert "<script" not in html and "http" not in html.split("<style>")[1].split("</style>")[0]
    buf = io.StringIO()
    print_console(d, Console(file=buf, width=200))
    out = buf.getvalue()
    assert "New findings: 1" in out and "Resolved: 1" in out and "Still open: 1" in out
    assert f"{db.name}.public.t2" in out


def test_cli_diff_formats_and_gate(quarters, tmp_path):
    _, _, _, out = quarters
    q1, q2 = str(out / "q1.json"), str(out / "q2.json")
    proc = run("diff", q1, q2, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["counts"]["new"] == 1
    assert run("diff", q1, q2, "--fail-on", "high").returncode == 1
    assert run("diff", q1, q2, "--fail-on", "critical").returncode == 0
    assert run("diff", q2, q1, "--fail-on", "low").returncode == 1          # t1 is "new" going backwards
    html = tmp_path / "diff.html"
    assert run("diff", q1, q2, "--format", "html", "-o", str(html)).returncode == 0
    assert html.read_text().startswith("<!DOCTYPE html>")
    (bad := tmp_path / "bad.json").write_text('{"findings": 3}')
    assert_one_line_error(run("diff", str(bad), q2), "not a pgcomply report")
    assert_one_line_error(run("diff", str(tmp_path / "missing.json"), q2), "cannot read report")


def test_audit_baseline_gates_only_on_new_findings(quarters, tmp_path):
    db, _, _, out = quarters
    args = ("audit", db.dsn(), "--database", db.name, "--select", "GRANT-001", "--fail-on", "high", "-q", "-o", str(tmp_path))
    assert run(*args).returncode == 1                                       # WEIRD and t2 fail
    proc = run(*args, "--baseline", str(out / "q1.json"))                  # t2 is new since Q1
    assert proc.returncode == 1 and "1 new failing finding(s) (not in the baseline) at or above high" in proc.stderr
    proc = run(*args, "--baseline", str(out / "q2.json"))                   # nothing new since Q2
    assert proc.returncode == 0, proc.stderr
    assert_one_line_error(run(*args, "--baseline", str(tmp_path)), "is a directory")
