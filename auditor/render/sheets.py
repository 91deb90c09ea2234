"""The three tables auditors take into a spreadsheet (findings, the personal-data inventory with its readers, the
access matrix), shared by the CSV and XLSX writers. Only what report.json holds: no masked examples, no values.

Every text cell passes `neutralise`: a cell that starts with = + - @ (or tab / carriage return) would be run as a
formula by Excel, LibreOffice or Google Sheets when an auditor opens the file, and object names are chosen by
whoever owns the audited database (`=HYPERLINK(...)` is a valid table name). Such a cell gets a leading apostrophe.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from auditor.model.names import object_database
from auditor.render.text import FRAMEWORK_LABEL, origin_label

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Sheet:
    name: str                       # sheet title in the XLSX, file stem of the CSV
    header: list[str]
    rows: list[list[Any]]


def neutralise(value: Any) -> Any:
    """A cell value that no spreadsheet will evaluate: strings starting like a formula get a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _refs(references: dict[str, Any] | None) -> str:
    return "; ".join(f"{FRAMEWORK_LABEL.get(fw, fw)} {', '.join(ids)}" for fw, ids in sorted((references or {}).items()))


def findings_sheet(report: dict[str, Any]) -> Sheet:
    header = ["check_id", "severity", "status", "area", "database", "object", "title", "message", "setting",
              "actual", "expected", "references",
              "missing_privilege", "waiver_reason", "waiver_approver", "waiver_expires", "fix_sql", "migration"]
    rows = []
    for f in report["findings"]:
        w, dev = f.get("waiver") or {}, f.get("deviation") or {}
        rows.append([f["check_id"], f["severity"], f["status"], f["area"], object_database(f["object"]) or "",
                     f["object"], f.get("title"), f.get("message"), dev.get("setting"), dev.get("actual"),
                     dev.get("expected"), _refs(f.get("references")), f.get("missing"),
                     w.get("reason"), w.get("approver"), w.get("expires"), f.get("fix_sql"),
                     origin_label(f)])
    return Sheet("findings", header, rows)


def _readers(report: dict[str, Any]) -> dict[tuple[str, str, str, str], tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(database, schema, table, column) -> (its column group, the readers of its reader list)."""
    matrix = report.get("access_matrix") or {}
    lists = matrix.get("reader_lists") or {}
    out = {}
    for t in matrix.get("tables") or []:
        for group in t.get("column_groups") or []:
            readers = (lists.get(group.get("readers")) or {}).get("readers") or []
            for col in group.get("columns") or []:
                out[(t["database"], t["schema"], t["table"], col["name"])] = (group, readers)
    return out


def _reader_names(readers: list[dict[str, Any]]) -> str:
    return ", ".join(r["role"] + (" (superuser)" if r.get("superuser") else "") for r in readers)


def inventory_sheet(report: dict[str, Any]) -> Sheet:
    """One row per classified column (the start of a GDPR Art. 30 record), with who can read it when known."""
    header = ["database", "schema", "table", "column", "type", "category", "personal_data", "protection", "basis",
              "confidence", "table_rows_estimate", "rls_enabled", "readers", "reader_count", "readable_by_public",
              "special_category", "name_only"]
    readers = _readers(report)
    rows = []
    for db in (report.get("data_inventory") or {}).get("databases") or []:
        for t in db.get("tables") or []:
            for c in t.get("columns") or []:
                group, who = readers.get((db["database"], t["schema"], t["table"], c["column"]), ({}, None))
                rows.append([db["database"], t["schema"], t["table"], c["column"], c.get("type"), c.get("category"),
                             bool(c.get("personal")), c.get("protection"), c.get("basis"), c.get("confidence"),
                             t.get("row_estimate"), bool(t.get("rls_enabled")),
                             _reader_names(who) if who is not None else "not in the access matrix",
                             len(who) if who is not None else "", bool(group.get("public")) if group else "",
                             c.get("gdpr_article") or "", bool(c.get("name_only"))])
        for c in db.get("copies") or []:      # audit logs holding whole-row copies (LOG-020): no column of their own
            rows.append([db["database"], c.get("schema"), c.get("table"), "(whole rows)", None,
                         "copy of " + ", ".join(c.get("copies_of") or []) + " (" + ", ".join(c.get("categories") or []) + ")",
                         True, "copy", "audit trigger row image", None, None, None, "see the access matrix of the source",
                         "", "", "", False])
    return Sheet("inventory", header, rows)


def access_matrix_sheet(report: dict[str, Any]) -> Sheet:
    """One row per sensitive column and role that can read it, with every route: ready for a pivot table."""
    header = ["database", "schema", "table", "column", "categories", "role", "superuser", "set_role", "via",
              "rls", "rls_policies", "readable_by_public", "over_limit", "disallowed_reader", "special_category"]
    matrix = report.get("access_matrix") or {}
    lists = matrix.get("reader_lists") or {}
    rows = []
    for t in matrix.get("tables") or []:
        for group in t.get("column_groups") or []:
            readers = (lists.get(group.get("readers")) or {}).get("readers") or []
            disallowed = set(group.get("disallowed_readers") or [])
            rls = group.get("rls") if isinstance(group.get("rls"), dict) else None   # None: no RLS, every row
            rls_of = {r.get("role"): r for r in (rls or {}).get("readers") or [] if isinstance(r, dict)}
            for col in group.get("columns") or []:
                for r in readers:
                    rows.append([t["database"], t["schema"], t["table"], col["name"], ", ".join(col.get("categories") or []),
                                 r["role"], bool(r.get("superuser")), r.get("set_role"), "; ".join(r.get("via") or []),
                                 (rls_of.get(r["role"]) or {}).get("rls") or ("off" if rls is None else ""),
                                 ", ".join((rls_of.get(r["role"]) or {}).get("policies") or []),
                                 bool(group.get("public")), bool(group.get("over_limit")), r["role"] in disallowed,
                                 bool(col.get("special_category"))])
        cols = [c for g in t.get("column_groups") or [] for c in g.get("columns") or []]
        cats = {c["name"]: ", ".join(c.get("categories") or []) for c in cols}
        special = {c["name"] for c in cols if c.get("special_category")}
        for route in t.get("view_routes") or []:     # readers through a view or materialized view
            for col in route.get("columns") or []:
                for role in route.get("readers") or []:
                    rows.append([t["database"], t["schema"], t["table"], col, cats.get(col, ""), role, False, None,
                                 f"{route.get('kind')} {route.get('view')}", "", "", False, False, False,
                                 col in special])
    return Sheet("access_matrix", header, rows)


def sheets(report: dict[str, Any]) -> list[Sheet]:
    return [findings_sheet(report), inventory_sheet(report), access_matrix_sheet(report)]
