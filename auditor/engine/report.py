"""The report document: one JSON-able dict built from an AuditResult. Every format renders from it.

Because HTML, PDF, SARIF, JUnit and Markdown all render from this dict (not from live objects),
`pgcomply render report.json` can rebuild any format later, and the formats cannot disagree.
build_report() collects the facts; assemble() derives everything else (check statuses, summary,
score, framework compliance) from those facts alone, so tests and benchmarks can build reports
without a cluster.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from auditor import __version__
from auditor.engine.causes import distinct_problems, root_causes
from auditor.model.results import AREA_TITLES, AREAS, Severity

if TYPE_CHECKING:
    from auditor.engine.evaluate import AuditResult

REPORT_SCHEMA_VERSION = 1
REPORT_KIND = "pgcomply-report"
# Top-level keys renderers know; any other key is a report section from a check module (access_matrix, ...).
CORE_KEYS = frozenset({
    "kind", "schema_version", "tool", "target", "auditor", "policy", "started_at", "finished_at", "duration_s",
    "score", "summary", "areas", "checks", "findings", "complete", "gaps", "waiver_notes", "compliance", "warnings",
    "root_causes", "gate", "history", "evidence_bundle"})


class ReportFormatError(ValueError):
    """A file that is not a report this version can render."""


def _end_time(start_iso: str, seconds: float) -> str:
    start = dt.datetime.fromisoformat(start_iso)
    return (start + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


def check_dict(c: Any) -> dict[str, Any]:
    return {"id": c.id, "name": c.name, "area": c.area, "title": c.title, "severity": c.severity.value,
            "rationale": c.rationale, "remediation": c.remediation,
            "references": {k: list(v) for k, v in c.references.items()}}


def build_report(result: AuditResult, *, normalised: bool = True) -> dict[str, Any]:
    """The report document. normalised=False skips making it identical to what report.json reads back
    (sorted keys, lists for tuples): only template renderers need that, and on a big report it costs seconds."""
    snap = result.snapshot
    duration = round(snap.duration_s + result.duration_s, 3)
    report: dict[str, Any] = {
        "kind": REPORT_KIND,
        "schema_version": REPORT_SCHEMA_VERSION,
        "tool": {"name": "pgcomply", "version": __version__, "catalogue": catalogue_version()},
        "target": {
            "host": snap.target.host, "port": snap.target.port, "dsn": snap.target.dsn,
            "transport": snap.target.transport, "server_version": snap.target.server_version,
            "server_version_num": snap.target.server_version_num,
            "databases": [d.name for d in snap.databases if d.collected],
            "current_user": snap.target.current_user, "is_superuser": snap.target.is_superuser,
            "ssl_in_use": snap.target.ssl_in_use, "system_identifier": snap.target.system_identifier,
        },
        "auditor": {"user": snap.access.user, "is_superuser": snap.access.is_superuser,
                    "predefined_roles": list(snap.access.predefined_roles), "bypassrls": snap.access.bypassrls},
        "policy": {"source": result.policy.source, "select": list(result.policy.select),
                   "ignore": list(result.policy.ignore), "sampling": result.policy.sampling,
                   "frameworks": list(result.policy.frameworks),
                   # the gate's thresholds, so JUnit and report.md can tell what fails CI (None: not set)
                   "fail_on": result.policy.fail_on.value if result.policy.fail_on else None,
                   "min_score": result.policy.min_score},
        "started_at": snap.collected_at,
        "finished_at": _end_time(snap.collected_at, duration),
        "duration_s": duration,
        "checks": [check_dict(c) for c in result.checks],
        "findings": [f.to_dict() for f in result.findings],
        "complete": snap.complete,
        "gaps": [{"item": g.item, "missing": g.missing, "detail": g.detail, "fault": g.fault} for g in snap.gaps],
        "waiver_notes": list(result.waiver_notes),
    }
    if (schema := snap.target.schema) is not None:
        from auditor.engine.origins import attach_origins
        report["target"]["schema"] = {"source": schema.source, "files": list(schema.files),
                                      "placeholder_roles": list(schema.placeholder_roles), "commit": schema.commit,
                                      "seeded": schema.seeded, "baseline": schema.baseline}
        report["warnings"] = schema_warnings(schema.source, schema.placeholder_roles, snap.target.server_version,
                                             commit=schema.commit, seeded=schema.seeded)
        attach_origins(report["findings"], schema.origins)
    for key, value in result.sections.items():
        report[key] = value
    return assemble(report, normalised=normalised)


def catalogue_version() -> dict[str, Any]:
    """The installed check catalogue: how many checks, and a digest of their ids and `since` releases, so a report
    says which catalogue judged it (the selected checks are in report["checks"])."""
    import hashlib

    from auditor.engine.registry import load_checks

    ids = sorted(f"{c.id} {c.since}" for c in load_checks().values())
    return {"checks": len(ids), "digest": hashlib.sha256("\n".join(ids).encode()).hexdigest()[:12]}


def _catalogue_refs() -> dict[str, set[str]]:
    from auditor.engine.registry import load_checks

    refs: dict[str, set[str]] = {}
    for c in load_checks().values():
        for fw, ids in c.references.items():
            for req in ids:
                refs.setdefault(f"{fw}:{req}", set()).add(c.id)
    return refs


def superuser_warning(user: Any) -> str:
    return (f"audited as superuser {user}: pgcomply needs no superuser; "
            "use `pgcomply role-sql` for a least-privilege role")


def schema_warnings(source: str, roles: Iterable[str], version: str, *, commit: str | None = None,
                    seeded: bool = True) -> list[dict[str, str]]:
    """What a schema audit examined, and the roles it had to invent, said where every format shows warnings."""
    at = f" at commit {commit}" if commit else ""
    out = [{"id": "schema_audit", "text": f"schema from {source}{at} applied to PostgreSQL {version}; server-level "
                                          "checks (TLS, authentication, settings, logging, backups) are not applicable"}]
    if not seeded:
        out.append({"id": "schema_unseeded", "text": "no seed data (--seed): the tables are empty, so sensitive-data "
                                                      "checks judged column names, comments, types and constraints "
                                                      "only, never sampled values"})
    if roles := sorted(roles):
        out.append({"id": "placeholder_roles", "text": "roles named by the schema but not created by it were made "
                                                        f"as NOLOGIN placeholders: {', '.join(roles)}"})
    return out


def audit_warnings(report: dict[str, Any]) -> list[dict[str, str]]:
    """Conditions of the audit itself a reader must know (the appendix and stderr show them), from the report's facts."""
    out = [w for w in report.get("warnings", []) if w.get("id") != "superuser"]
    auditor, target = report.get("auditor") or {}, report.get("target") or {}
    if auditor.get("is_superuser") or target.get("is_superuser"):
        user = auditor.get("user") or target.get("current_user") or "?"
        out.insert(0, {"id": "superuser", "text": superuser_warning(user)})
    return out


def assemble(report: dict[str, Any], *, catalogue_refs: dict[str, set[str]] | None = None,
             normalised: bool = True) -> dict[str, Any]:
    """Derive check statuses, summary, score and compliance from checks + findings; return it JSON-normalised
    (sorted keys, lists not tuples), exactly what `pgcomply render` reads back from report.json."""
    from auditor.engine.frameworks import load_frameworks
    from auditor.engine.score import check_status, compliance, compute_score, group_findings

    checks, findings = report["checks"], report["findings"]
    per_check = group_findings(findings)
    statuses = {}
    for c in checks:
        rows = per_check.get(c["id"], [])
        statuses[c["id"]] = c["status"] = check_status(rows)
        c["counts"] = dict(sorted(Counter(f["status"] for f in rows).items()))
    failing = [f for f in findings if f["status"] == "fail"]
    wanted = report.get("policy", {}).get("frameworks") or None
    version = (report.get("target") or {}).get("server_version_num")
    frameworks = [fw for fw in load_frameworks(version) if wanted is None or fw.id in wanted]
    report["score"] = compute_score(checks, findings).to_dict()
    by_severity, by_area = Counter(f["severity"] for f in failing), Counter(f["area"] for f in failing)
    report["summary"] = {
        "checks": len(checks),
        "checks_by_status": dict(sorted(Counter(statuses.values()).items())),
        "by_status": dict(sorted(Counter(f["status"] for f in findings).items())),
        "failing_by_severity": {s.value: by_severity[s.value] for s in Severity},
        "failing_by_area": {a: by_area[a] for a in AREAS},
    }
    report["root_causes"] = root_causes(findings)
    report["summary"]["failing_causes"] = distinct_problems(findings, report["root_causes"])
    report["areas"] = [{"id": a, "title": AREA_TITLES[a]} for a in AREAS]
    report["warnings"] = audit_warnings(report)
    report["compliance"] = compliance(frameworks, checks, statuses,
                                      _catalogue_refs() if catalogue_refs is None else catalogue_refs)
    special = ((report.get("data_inventory") or {}).get("summary") or {}).get("special_category_columns")
    for f in report["compliance"]:
        if f["id"] == "gdpr" and special is not None:
            f["special_categories"] = special       # Art. 9/10 columns, listed in the report's GDPR section
    report.setdefault("kind", REPORT_KIND)
    return normalise(report) if normalised else report


def _native(v: Any) -> Any:
    t = type(v)
    if t is str or t is int or t is float or t is bool or v is None:
        return v
    if t is dict:   # sorted, as report.json stores them, so dict order in a template is the same either way
        return {k: _native(x) for k, x in sorted((k if type(k) is str else _key(k), x) for k, x in v.items())}
    if t is list or t is tuple:
        return [_native(x) for x in v]
    if isinstance(v, str):
        return str.__str__(v)              # str enums (Severity) serialise as their value
    if isinstance(v, (int, float)):
        return v
    return str(v)                          # what json.dumps(default=str) writes


def _key(k: Any) -> str:
    """A dict key as JSON spells it."""
    if k is None or isinstance(k, (bool, int, float)):
        return json.dumps(k)
    return str.__str__(k) if isinstance(k, str) else str(k)


_FINDING_PLAIN = frozenset({"check_id", "title", "area", "severity", "status", "object", "message", "remediation",
                            "examined", "missing", "fix_sql", "root_cause"})   # strings and ints, already JSON as Finding.to_dict makes them


def _native_finding(f: dict[str, Any]) -> dict[str, Any]:
    return {k: (v if k in _FINDING_PLAIN and (type(v) is str or type(v) is int or v is None) else _native(v))
            for k, v in sorted(f.items())}


def normalise(report: dict[str, Any]) -> dict[str, Any]:
    """The dict as it reads back from report.json (lists not tuples, string keys, plain values), so renderers
    see the same data either way; a walk over the data, several times faster than a JSON round trip, and
    findings' plain fields (most of a big report) are only type-checked."""
    return {k: [_native_finding(f) for f in v] if k == "findings" else _native(v) for k, v in sorted(report.items())}


def sections(report: dict[str, Any]) -> Iterable[str]:
    """Top-level keys that are report sections from check modules, in a stable order."""
    return sorted(k for k in report if k not in CORE_KEYS)


def read_report(path: str | Path) -> dict[str, Any]:
    """The one reader of report.json (render, diff, fix-sql, fleet baselines); a one-line ReportFormatError
    when the file is not a report this version understands."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportFormatError(f"cannot read report {path}: {getattr(exc, 'strerror', None) or exc}") from None
    except json.JSONDecodeError as exc:
        raise ReportFormatError(f"{path}: invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict) or not {"findings", "checks", "score", "target"} <= data.keys() \
            or not isinstance(data["findings"], list):
        raise ReportFormatError(f"{path}: not a pgcomply report (see `pgcomply audit --format json`)")
    for f in data["findings"]:
        if not isinstance(f, dict) or not {"check_id", "object", "status", "severity"} <= f.keys():
            raise ReportFormatError(f"{path}: malformed finding (needs check_id, object, status, severity)")
    if data.get("schema_version") != REPORT_SCHEMA_VERSION:
        raise ReportFormatError(f"{path}: report schema_version {data.get('schema_version')!r} is not supported "
                                f"(this pgcomply renders {REPORT_SCHEMA_VERSION})")
    if "compliance" not in data:
        data = assemble(data)
    elif "without_waivers" not in data["score"] or "warnings" not in data:   # written before these existed
        from auditor.engine.score import compute_score
        data["score"] = compute_score(data["checks"], data["findings"]).to_dict() | data["score"]
        data["warnings"] = audit_warnings(data)
    if "root_causes" not in data:                # written before root causes were grouped
        data["root_causes"] = root_causes(data["findings"])
        data["summary"]["failing_causes"] = distinct_problems(data["findings"], data["root_causes"])
    return data
