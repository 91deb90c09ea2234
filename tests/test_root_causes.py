"""Root-cause grouping and the executive summary's problem list, on report documents (no cluster needed: the
real-cluster side is tests/test_demo.py and the check tests, which assert the causes checks attach)."""
from __future__ import annotations

import copy

from auditor.engine.causes import distinct_problems, root_causes
from auditor.engine.report import assemble
from auditor.lab.synthetic import synthetic_report
from auditor.render.md import render_md
from auditor.render.view import build_view


def _with_cause(report, n: int, cause: str, severity: str = "high"):
    """Mark the first n failing findings as sharing one cause, all with the same fix."""
    marked = 0
    for f in report["findings"]:
        if f["status"] == "fail" and marked < n:
            f["root_cause"], f["severity"], f["fix_sql"] = cause, severity, "-- the one fix\nSELECT 1;"
            marked += 1
    return assemble(report)


def test_root_causes_group_two_or_more_failing_findings():
    report = _with_cause(synthetic_report(300, sections=False), 11, "hba:7")
    (cause,) = report["root_causes"]
    assert cause["id"] == "hba:7" and cause["label"] == "pg_hba.conf line 7" and cause["count"] == 11
    assert len(cause["fixes"]) == 1 and len(cause["fixes"][0]["resolves"]) == 11
    failing = sum(f["status"] == "fail" for f in report["findings"])
    assert report["summary"]["failing_causes"] == failing - 10
    lone = [dict(f, root_cause="hba:9") for f in report["findings"] if f["status"] == "fail"][:1]
    assert root_causes(lone) == [] and distinct_problems(lone, []) == 1


def test_grouped_rows_point_at_their_cause_and_the_fix_is_rendered_once():
    report = _with_cause(synthetic_report(300, sections=False), 5, "preload:pgaudit")
    v = build_view(report)
    rows = [r for c in v.areas for chk in c.open_checks for r in chk.rows if r.cause is not None]
    assert len(rows) == 5 and {r.cause.id for r in rows} == {"preload:pgaudit"}
    from auditor.render.html import render_html

    assert render_html(report).count("-- the one fix") == 1
    assert "pgaudit is not loaded" in render_md(report)


def test_summary_lists_every_critical_then_five_highs_and_counts_the_rest():
    report = synthetic_report(600, sections=False)
    crit = [f for f in report["findings"] if f["status"] == "fail"][:40]
    for f in crit:                        # 40 critical findings spread over many checks
        f["severity"] = "critical"
    report = assemble(copy.deepcopy(report))
    v = build_view(report)
    critical = {(f["check_id"], f["object"]) for f in report["findings"]
                if f["status"] == "fail" and f["severity"] == "critical"}
    listed = {(p.checks[0], o) for p in v.problems if p.severity == "critical" for o in p.objects}
    assert listed == critical and all(p.more_objects == 0 for p in v.problems if p.severity == "critical")
    assert sum(p.severity == "high" for p in v.problems) == 5
    failing = sum(f["status"] == "fail" for f in report["findings"])
    assert f"{failing - sum(p.count for p in v.problems)} more failing findings" in v.problems_more
