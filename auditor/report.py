"""The report document: one JSON-able dict built from an AuditResult. Every format renders from it.

Because HTML, PDF, SARIF, JUnit and Markdown all render from this dict (not from live objects),
`pgcomply render report.json` can rebuild any format later, and the formats cannot disagree.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from . import __version__
from .evaluate import AuditResult
from .results import AREA_TITLES, AREAS, Severity, Status
from .score import compute_score

REPORT_SCHEMA_VERSION = 1


def _end_time(start_iso: str, seconds: float) -> str:
    start = dt.datetime.fromisoformat(start_iso)
    return (start + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def build_report(result: AuditResult) -> dict[str, Any]:
    snap = result.snapshot
    score = compute_score(result.checks, result.findings)
    duration = round(snap.duration_s + result.duration_s, 3)
    findings = [f.to_dict() for f in result.findings]
    failing = [f for f in result.findings if f.status == Status.FAIL.value]
    report: dict[str, Any] = {
        "schema_version": REPORT_SCHEMA_VERSION,
        "tool": {"name": "pgcomply", "version": __version__},
        "target": {
            "host": snap.target.host, "port": snap.target.port, "dsn": snap.target.dsn,
            "transport": snap.target.transport, "server_version": snap.target.server_version,
            "server_version_num": snap.target.server_version_num,
            "databases": [d.name for d in snap.databases if d.collected],
            "current_user": snap.target.current_user, "is_superuser": snap.target.is_superuser,
            "ssl_in_use": snap.target.ssl_in_use,
        },
        "auditor": {"user": snap.access.user, "is_superuser": snap.access.is_superuser,
                    "predefined_roles": list(snap.access.predefined_roles), "bypassrls": snap.access.bypassrls},
        "policy": {"source": result.policy.source, "select": list(result.policy.select),
                   "ignore": list(result.policy.ignore), "sampling": result.policy.sampling},
        "started_at": snap.collected_at,
        "finished_at": _end_time(snap.collected_at, duration),
        "duration_s": duration,
        "score": score.to_dict(),
        "summary": {
            "checks": len(result.checks),
            "by_status": dict(sorted(Counter(f.status for f in result.findings).items())),
            "failing_by_severity": {s.value: sum(1 for f in failing if f.severity == s.value) for s in Severity},
            "failing_by_area": {a: sum(1 for f in failing if f.area == a) for a in AREAS},
        },
        "areas": [{"id": a, "title": AREA_TITLES[a]} for a in AREAS],
        "checks": [{"id": c.id, "name": c.name, "area": c.area, "title": c.title, "severity": c.severity.value,
                    "rationale": c.rationale, "remediation": c.remediation,
                    "references": {k: list(v) for k, v in c.references.items()}}
                   for c in result.checks],
        "findings": findings,
        "complete": snap.complete,
        "gaps": [{"item": g.item, "missing": g.missing, "detail": g.detail, "fault": g.fault} for g in snap.gaps],
        "waiver_notes": list(result.waiver_notes),
    }
    for key, value in result.sections.items():
        report[key] = value
    return report
