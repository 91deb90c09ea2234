"""Synthetic reports for the render benchmark and tests: real check catalogue, made-up findings, no cluster.

`hostile=True` names objects the way an attacker who can create tables might: markup, quotes, SQL,
control characters, right-to-left and astral unicode. Every format must carry them escaped."""
from __future__ import annotations

from typing import Any

from auditor.model.results import AREAS
from auditor.model.names import dotted, role_object
from auditor.engine.registry import load_checks
from auditor.engine.report import REPORT_KIND, REPORT_SCHEMA_VERSION, assemble, check_dict

HOSTILE_NAMES = (
    "<script>alert(1)</script>", 'quote"d \'name\'', "amp&lt;ersand & <b>bold</b>", "pipe|table|`tick`*star*_u_",
    "ünïcødé 名前 🦄", "rtl \u202eevil\u202c", "ctl\x01\x07\x1fchars", "new\nline", "]]><!--", "{{ jinja }} {% x %}",
    "back\\slash", "url(http://evil.example/x.png)", "<img src=x onerror=alert(1)>",
)

SETTING_AREAS = ("ssl", "server", "audit_logging")


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
        if c.area in SETTING_AREAS:    # a setting finding: the actual value against the expected one
            f["deviation"] = {"setting": f"setting_{i % 7}", "actual": name, "expected": "on"}
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
    areas = list(AREAS)
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
        report.update(synthetic_sections(names, roles=(user, "report_ro", HOSTILE_NAMES[0] if hostile else "analyst")))
    return assemble(report)


def synthetic_sections(names: tuple[str, ...] | list[str], *, roles: tuple[str, ...] = ("report_ro", "analyst"),
                       database: str = "shop") -> dict[str, Any]:
    """`data_inventory` and `access_matrix` in the exact shapes of auditor/classify/inventory.py and
    auditor/analysis/access_matrix.py, for one table per name: every third table readable by PUBLIC, every other one
    with RLS (one reader filtered, one bypassing), two shared reader lists plus one of its own per PUBLIC table."""
    tables, inv_tables, lists = [], [], {}
    shared = {"L1": list(roles), "L2": list(roles[:1])}
    for list_id, members in shared.items():
        lists[list_id] = _reader_list(members)
    for k, n in enumerate(names):
        obj = dotted(database, "public", n)
        public = k % 3 == 2
        list_id = f"L{3 + k // 3}" if public else ("L1" if k % 2 == 0 else "L2")
        if public:
            lists[list_id] = _reader_list(list(roles) + ["PUBLIC-reader"], public=True)
        readers = [r["role"] for r in lists[list_id]["readers"]]
        rls_on = k % 2 == 1
        rls = {"bypassing": readers[1:2], "bypassing_count": len(readers[1:2]),
               "readers": [{"role": r, "rls": "filtered" if i == 0 else "bypass_bypassrls",
                            "policies": ["tenant_pol"] if i == 0 else []} for i, r in enumerate(readers)]}
        rls = rls if rls_on else None
        tables.append({
            "object": obj, "database": database, "schema": "public", "table": n, "kind": "r", "owner": "app_owner",
            "categories": ["email", "person_name"],
            "rls": {"enabled": rls_on, "forced": False, "policies": ["tenant_pol"] if rls_on else []},
            "column_groups": [{"columns": [{"name": "email", "categories": ["email"]},
                                           {"name": n, "categories": ["person_name"]}],
                               "readers": list_id, "public": public, "over_limit": public,
                               "disallowed_readers": [roles[-1]] if public else [], "rls": rls}]})
        inv_tables.append({
            "object": obj, "schema": "public", "table": n, "row_estimate": 1000 * (k + 1),
            "categories": ["email", "person_name"], "personal_data": True,
            "protection": "unprotected" if k % 2 else "protected", "rls_enabled": rls_on,
            "sampled_rows": 200, "sample_rls_filtered": rls_on,
            "columns": [{"column": "email", "category": "email", "personal": True, "confidence": 0.97,
                         "basis": "name+values", "protection": "plaintext" if k % 2 else "encrypted", "type": "text",
                         "match_ratio": 1.0, **({"examples_masked": ["a***@e***.com"]} if k % 2 else {})},
                        {"column": n, "category": "person_name", "personal": True, "confidence": 0.6,
                         "basis": "name", "protection": "unknown", "type": "text"}]})
    summary = {"tables": len(tables), "columns": 2 * len(tables), "login_roles": len(roles) + 1,
               "reader_lists": len(lists), "columns_readable_by_public": 2 * sum(g["public"] for t in tables
                                                                             for g in t["column_groups"]),
               "columns_over_limit": 0, "columns_with_disallowed_readers": 0}
    summary["columns_over_limit"] = summary["columns_with_disallowed_readers"] = summary["columns_readable_by_public"]
    by_role = [{"role": r, "superuser": False, "tables": len(tables), "columns": 2 * len(tables)}
               for r in sorted(roles)]
    unprotected = sum(t["protection"] != "protected" for t in inv_tables)
    return {
        "data_inventory": {
            "sampling": {"enabled": True, "tables_sampled": len(names), "rows_per_table": 200,
                         "rls_filtered_tables": [t["object"] for t in inv_tables if t["sample_rls_filtered"]],
                         "gaps": []},
            "summary": {"tables": len(inv_tables), "tables_with_personal_data": len(inv_tables),
                        "unprotected_tables": unprotected,
                        "estimated_rows": sum(t["row_estimate"] for t in inv_tables),
                        "columns_by_category": {"email": len(names), "person_name": len(names)},
                        "unprotected_columns_by_category": {"email": unprotected, "person_name": len(names)}},
            "databases": [{"database": database, "tables": inv_tables,
                           "estimated_rows": sum(t["row_estimate"] for t in inv_tables)}]},
        "access_matrix": {
            "basis": "auditor.analysis.sensitivity classification of columns", "conventions": ["A reader is a LOGIN role."],
            "limits": {"max_sensitive_readers": 5, "allowed_readers": {}}, "summary": summary,
            "readers_by_role": by_role, "reader_lists": lists, "tables": tables},
    }


def _reader_list(roles: list[str], public: bool = False) -> dict[str, Any]:
    readers = [{"role": r, "via": ["PUBLIC"] if public else ["direct grant"], "set_role": None, "superuser": False}
               for r in sorted(roles)]
    routes = [{"kind": "table", "grantee": "PUBLIC" if public else r, "readers": len(roles) if public else 1}
              for r in (roles[:1] if public else roles)]
    return {"reader_count": len(readers), "counted_readers": len(readers), "routes": routes, "readers": readers,
            "readers_truncated": False}
