"""Synthetic reports for the render benchmark and tests: real check catalogue, made-up findings, no cluster.

`hostile=True` names objects the way an attacker who can create tables might: markup, quotes, SQL,
control characters, right-to-left and astral unicode. Every format must carry them escaped."""
from __future__ import annotations

from typing import Any

from ..names import dotted, role_object
from ..registry import load_checks
from ..report import REPORT_KIND, REPORT_SCHEMA_VERSION, assemble, check_dict

HOSTILE_NAMES = (
    "<script>alert(1)</script>", 'quote"d \'name\'', "amp&lt;ersand & <b>bold</b>", "pipe|table|`tick`*star*_u_",
    "ünïcødé 名前 🦄", "rtl \u202eevil\u202c", "ctl\x01\x07\x1fchars", "new\nline", "]]><!--", "{{ jinja }} {% x %}",
    "back\\slash", "url(http://evil.example/x.png)", "<img src=x onerror=alert(1)>",
)


def synthetic_report(n_findings: int = 5000, *, hostile: bool = False, sections: bool = True) -> dict[str, Any]:
    checks = list(load_checks().values())
    failing_checks = [c for c in checks if c.id not in ("SSL-001",)] or checks
    findings: list[dict[str, Any]] = []
    for i in range(n_findings):
        c = failing_checks[i % len(failing_checks)]
        name = HOSTILE_NAMES[i % len(HOSTILE_NAMES)] + f" {i}" if hostile else f"table_{i:05d}"
        obj = role_object(name) if c.area in ("roles", "passwords") else dotted("shop", "public", name)
        status = "fail"
        if i % 97 == 5:
            status = "waived"
        elif i % 89 == 7:
            status = "not_assessable"
        f: dict[str, Any] = {
            "check_id": c.id, "title": c.title, "area": c.area, "severity": c.severity.value, "status": status,
            "object": obj, "message": f"{obj} fails {c.id}: synthetic finding number {i}",
            "evidence": {"owner": "app_owner", "grantees": ["PUBLIC", "report_ro", name], "rows": i * 7,
                         "object_name": name},
            "remediation": c.remediation,
            "references": {k: list(v) for k, v in c.references.items()},
            "fix_sql": f'REVOKE ALL ON TABLE "public"."{name}" FROM PUBLIC;\n-- then grant what each role needs',
        }
        if status == "waived":
            f["waiver"] = {"reason": f"accepted for {name}", "approver": "CISO <ciso@example.com>",
                           "expires": "2027-03-31", "expired": False}
        if status == "not_assessable":
            f["missing"] = "pg_read_all_settings"
            f.pop("fix_sql")
        findings.append(f)
    for c in checks:
        if c.id == "SSL-001" or not any(f["check_id"] == c.id for f in findings):
            findings.append({"check_id": c.id, "title": c.title, "area": c.area, "severity": c.severity.value,
                             "status": "pass", "object": "cluster", "message": "12 objects examined, none failed",
                             "evidence": {}, "remediation": c.remediation, "examined": 12,
                             "references": {k: list(v) for k, v in c.references.items()}})
    areas = [a for a in ("ssl", "passwords", "roles", "grants", "rls", "sensitive_data", "audit_logging")]
    findings.sort(key=lambda f: (areas.index(f["area"]), f["check_id"], f["status"] != "fail", f["object"]))
    user = HOSTILE_NAMES[0] if hostile else "pgcomply_auditor"
    report: dict[str, Any] = {
        "kind": REPORT_KIND, "schema_version": REPORT_SCHEMA_VERSION,
        "tool": {"name": "pgcomply", "version": "0.0.0-synthetic"},
        "target": {"host": "db.example.internal", "port": 5432, "dsn": f"host=db.example.internal port=5432 user={user}",
                   "transport": "tcp", "server_version": "16.4", "server_version_num": 160004,
                   "databases": ["postgres", "shop"] + ([HOSTILE_NAMES[2]] if hostile else []),
                   "current_user": user, "is_superuser": False, "ssl_in_use": True},
        "auditor": {"user": user, "is_superuser": False, "predefined_roles": ["pg_monitor"], "bypassrls": False},
        "policy": {"source": None, "select": [], "ignore": [], "sampling": False,
                   "frameworks": ["cis", "gdpr", "pci_dss", "soc2"]},
        "started_at": "2026-11-25T10:00:00+00:00", "finished_at": "2026-11-25T10:00:04+00:00", "duration_s": 4.2,
        "checks": [check_dict(c) for c in checks],
        "findings": findings,
        "gaps": [{"item": "setting:ssl_ciphers", "missing": "pg_read_all_settings",
                  "detail": "rows silently missing from pg_settings"}],
        "waiver_notes": ["waiver for GRANT-001 shop.public.legacy_* matched no failing finding"],
    }
    if sections:
        names = HOSTILE_NAMES if hostile else ("customers", "orders", "payments")
        report["data_inventory"] = [
            {"database": "shop", "schema": "public", "table": n, "categories": {"email": ["email"], "iban": ["iban"]},
             "row_estimate": 1000 * (k + 1), "protection": "none" if k % 2 else "pgcrypto (bytea)"}
            for k, n in enumerate(names)]
        report["access_matrix"] = [
            {"database": "shop", "schema": "public", "table": n,
             "columns": [{"name": "email", "categories": ["email"]}, {"name": n, "categories": ["name"]}],
             "readers": [{"role": "report_ro", "via": "PUBLIC", "rls": False},
                         {"role": n, "via": ["member of app_rw", "GRANT SELECT"], "rls": True}]}
            for n in names]
    return assemble(report)
