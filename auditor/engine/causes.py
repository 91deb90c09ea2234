"""Root causes: failing findings that one configuration fact produces are one problem with one fix.

A trust line in pg_hba.conf fails the line itself, every role it lets in without its password and every
superuser it exposes; a missing pgaudit fails each table that should be audited. Checks name that fact
(Outcome.root_cause: "hba:7", "preload:pgaudit"); this module groups the report's failing findings by it, so
every format shows the cause once with each distinct fix SQL once, and the executive summary counts it once.
A cause only one failing finding names is no group: that finding stands alone.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from auditor.model.results import Severity

_KINDS = {"hba": "pg_hba.conf line {}", "preload": "{} is not loaded (shared_preload_libraries)",
          "setting": "the setting {}", "role": "role {}"}


def cause_label(cause: str) -> str:
    """A reader's name for a cause id: "hba:7" -> "pg_hba.conf line 7"."""
    kind, _, rest = cause.partition(":")
    return _KINDS[kind].format(rest) if rest and kind in _KINDS else cause


def cause_anchor(cause: str) -> str:
    """An HTML id for a cause (ids may hold only a safe subset of what cause ids hold)."""
    return "cause-" + "".join(ch if ch.isalnum() else "-" for ch in cause)


def _rank(sev: str) -> int:
    return Severity(sev).rank


def root_causes(findings: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Causes shared by two or more failing findings, worst first: id, label, severity (the worst finding's),
    count, checks, findings (check_id, object, severity) and fixes (each distinct fix SQL once, with the
    findings it resolves)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in findings:
        if f["status"] == "fail" and f.get("root_cause"):
            groups[f["root_cause"]].append(f)
    out = []
    for cause, rows in groups.items():
        if len(rows) < 2:
            continue
        rows.sort(key=lambda f: (-_rank(f["severity"]), f["check_id"], f["object"]))
        fixes: dict[str, list[list[str]]] = {}
        for f in rows:
            if f.get("fix_sql"):
                fixes.setdefault(f["fix_sql"], []).append([f["check_id"], f["object"]])
        out.append({
            "id": cause, "label": cause_label(cause), "severity": rows[0]["severity"], "count": len(rows),
            "checks": sorted({f["check_id"] for f in rows}),
            "findings": [{"check_id": f["check_id"], "object": f["object"], "severity": f["severity"]} for f in rows],
            "fixes": [{"fix_sql": sql, "resolves": who} for sql, who in fixes.items()],
        })
    out.sort(key=lambda c: (-_rank(c["severity"]), -c["count"], c["id"]))
    return out


def distinct_problems(findings: Iterable[dict[str, Any]], causes: list[dict[str, Any]]) -> int:
    """Failing findings with each root-cause group counted once."""
    failing = sum(1 for f in findings if f["status"] == "fail")
    return failing - sum(c["count"] for c in causes) + len(causes)
