"""report.md opens with the gate's verdict and reasons, then what is new since the baseline (real cluster)."""
from __future__ import annotations

import re

from auditor.collect.collector import collect
from auditor.engine.report import read_report
from auditor.model.policy import Policy
from auditor.model.results import Severity
from auditor.render.md import render_md
from auditor.workflow.pipeline import EXIT_FINDINGS, EXIT_OK, evaluate_and_render

WEIRD = "we|ird#<b>"


def _run(db, out, **policy):
    pol = Policy(sampling=False, select=("GRANT-001",), **policy)
    return pol, collect(db.dsn(), pol, databases=[db.name])


def test_markdown_starts_with_the_gate_verdict_and_the_new_findings_since_the_baseline(pg15, tmp_path):
    with pg15.fresh_database("mdgate") as db:
        db.execute('CREATE TABLE t1 (id int); GRANT SELECT ON t1 TO PUBLIC')
        pol, snap = _run(db, tmp_path, fail_on=Severity.HIGH)
        first = evaluate_and_render(snap, pol, ["json", "md"], tmp_path / "q1")
        db.execute(f'CREATE TABLE "{WEIRD}" (id int); GRANT SELECT ON "{WEIRD}" TO PUBLIC')
        _, snap2 = _run(db, tmp_path)
    assert first.exit_code == EXIT_FINDINGS
    md1 = (tmp_path / "q1" / "report.md").read_text("utf-8")
    assert md1.splitlines()[0] == "## pgcomply gate: failed (exit code 1)"
    assert md1.splitlines()[2] == "- 1 failing finding(s) at or above high"
    assert "New since" not in md1                                    # no baseline, no such section
    assert read_report(tmp_path / "q1" / "report.json")["policy"]["fail_on"] == "high"

    baseline = read_report(tmp_path / "q1" / "report.json")
    second = evaluate_and_render(snap2, pol, ["json", "md"], tmp_path / "q2", baseline=baseline)
    assert second.exit_code == EXIT_FINDINGS
    gate = read_report(tmp_path / "q2" / "report.json")["gate"]
    assert gate["new_failures"] == [["GRANT-001", f"{db.name}.public.{WEIRD}"]]
    md2 = (tmp_path / "q2" / "report.md").read_text("utf-8")
    lines = md2.splitlines()
    assert lines[0] == "## pgcomply gate: failed (exit code 1)"
    assert lines[2] == "- 1 new failing finding(s) (not in the baseline) at or above high"
    head = md2.split("## pgcomply: score")[0]                        # verdict and new findings come first
    assert re.search(r"^### New since the baseline of .*: 1 failing finding$", head, re.M)
    rows = [ln for ln in head.splitlines() if ln.startswith("| High | GRANT-001 |")]
    assert len(rows) == 1 and "we\\|ird\\#&lt;b&gt;" in rows[0] and ".t1" not in rows[0]   # t1 is known, not new
    # rendered again from report.json later, the verdict is the same
    assert render_md(read_report(tmp_path / "q2" / "report.json")) == md2


def test_without_thresholds_the_gate_passes_and_says_why(pg15, tmp_path):
    with pg15.fresh_database("mdpass") as db:
        db.execute('CREATE TABLE t1 (id int); GRANT SELECT ON t1 TO PUBLIC')
        pol, snap = _run(db, tmp_path)
    run = evaluate_and_render(snap, pol, ["md"], tmp_path)
    assert run.exit_code == EXIT_OK
    lines = (tmp_path / "report.md").read_text("utf-8").splitlines()
    assert lines[:3] == ["## pgcomply gate: passed (exit code 0)", "",
                         "- no --fail-on or --min-score was set, so no finding fails the gate"]


def test_no_raw_hash_headers_inside_tables(pg15, tmp_path):
    with pg15.fresh_database("mdhash") as db:
        db.execute('CREATE TABLE "# heading" (id int); GRANT SELECT ON "# heading" TO PUBLIC')
        pol, snap = _run(db, tmp_path)
    evaluate_and_render(snap, pol, ["md"], tmp_path)
    table_lines = [ln for ln in (tmp_path / "report.md").read_text("utf-8").splitlines() if ln.startswith("|")]
    assert table_lines
    for line in table_lines:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        assert not [c for c in cells if c.startswith("#")], line
    assert any("\\# heading" in ln for ln in table_lines)
