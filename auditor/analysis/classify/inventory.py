"""The personal-data inventory (GDPR Art. 30 style): per database and table, which categories it holds,
how many rows, and whether the values are protected. It is the report's `data_inventory` section.

Only classification results go in: categories, counts, ratios and masked examples, never a value.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from auditor.model.names import relation_object
from auditor.analysis.log_copies import log_copies
from auditor.analysis.sensitivity import (CATEGORIES, PERSONAL, SPECIAL, SensitiveColumn, reported_columns,
                                          samples_by_table, table_entity)

NAME_ONLY = ("name", "name+type")      # verdicts no sampled value confirmed
ARTICLE = {c: "Art. 10" if c == "criminal_record" else "Art. 9" for c in SPECIAL}

if TYPE_CHECKING:
    from auditor.analysis.context import Context


def _table_protection(cols: list[SensitiveColumn]) -> str:
    states = {c.protection for c in cols}
    if states <= {"encrypted", "hashed", "truncated"}:
        return "protected"
    if states <= {"unknown"}:
        return "unknown"
    if states & {"encrypted", "hashed", "truncated"}:
        return "partial"
    return "unprotected"


def _column(c: SensitiveColumn) -> dict[str, Any]:
    out: dict[str, Any] = {"column": c.column, "category": c.category, "personal": c.category in PERSONAL,
                           "special_category": c.category in SPECIAL, "name_only": c.basis in NAME_ONLY,
                           "confidence": c.confidence, "basis": c.basis, "protection": c.protection,
                           "type": c.type}
    if c.category in SPECIAL:
        out["gdpr_article"] = ARTICLE[c.category]
    if c.match_ratio is not None:
        out["match_ratio"] = c.match_ratio
    if c.examples:
        out["examples_masked"] = list(c.examples)
    if c.schemes:
        out["storage"] = dict(c.schemes)
    return out


def data_inventory(ctx: "Context") -> dict[str, Any]:
    """Tables holding personal data or secrets, grouped by database, with sampling coverage."""
    by_table: dict[tuple[str, str, str], list[SensitiveColumn]] = {}
    for c in reported_columns(ctx):
        by_table.setdefault(c.key, []).append(c)
    sampled = samples_by_table(ctx)
    databases: dict[str, dict[str, Any]] = {}
    per_category: Counter = Counter()
    unprotected_by_category: Counter = Counter()
    for key in sorted(by_table):
        db, schema, table = key
        cols = by_table[key]
        rel = ctx.relation(db, schema, table)
        first = next(iter(sampled.get(key, {}).values()), None)
        entry = {
            "object": relation_object(db, schema, table), "schema": schema, "table": table,
            "row_estimate": rel.row_estimate if rel and rel.row_estimate >= 0 else None,   # None: never analysed
            "categories": sorted({c.category for c in cols}, key=CATEGORIES.index),
            "personal_data": any(c.category in PERSONAL for c in cols),
            "special_categories": sorted({c.category for c in cols if c.category in SPECIAL}, key=CATEGORIES.index),
            "entity": table_entity(ctx, rel) if rel else "unknown",
            "name_only_columns": [c.column for c in cols if c.basis in NAME_ONLY],
            "protection": _table_protection(cols),
            "rls_enabled": bool(rel and rel.rls_enabled),
            "sampled_rows": first.rows if first else None,
            "sample_rls_filtered": bool(first and first.rls_filtered),
            "columns": [_column(c) for c in cols],
        }
        d = databases.setdefault(db, {"database": db, "tables": [], "estimated_rows": 0})
        d["tables"].append(entry)
        d["estimated_rows"] += max(entry["row_estimate"] or 0, 0)
        for c in cols:
            per_category[c.category] += 1
            if c.protection not in ("encrypted", "hashed", "truncated"):
                unprotected_by_category[c.category] += 1
    copies = _copies(ctx, databases)
    tables = [t for d in databases.values() for t in d["tables"]]
    samples = ctx.snap.samples
    name_only = sum(len(t["name_only_columns"]) for t in tables)
    return {
        "sampling": {
            "enabled": samples is not None,
            "tables_sampled": len(sampled),
            "rows_per_table": ctx.thresholds.sample_rows,
            "rls_filtered_tables": sorted(relation_object(*k) for k, cols in sampled.items()
                                          if any(s.rls_filtered for s in cols.values())),
            "gaps": [{"item": g.item, "missing": g.missing} for g in ctx.snap.gaps
                     if g.item.startswith("sample") or g.item == "samples"],
            "name_only_columns": name_only,
            "name_only_note": (f"{name_only} column verdict(s) rest on names alone (column name, comment, type): "
                               "no sampled value confirmed or refuted them"
                               + ("; sampling was off (--no-sample)" if samples is None else "")) if name_only else "",
        },
        "summary": {
            "tables": len(tables),
            "tables_with_personal_data": sum(1 for t in tables if t["personal_data"]),
            "tables_with_special_categories": sum(1 for t in tables if t["special_categories"]),
            "special_category_columns": [{"object": f"{t['object']}.{c['column']}", "category": c["category"],
                                          "gdpr_article": c["gdpr_article"], "protection": c["protection"],
                                          "basis": c["basis"]}
                                         for t in tables for c in t["columns"] if c["special_category"]],
            "unprotected_tables": sum(1 for t in tables if t["protection"] in ("unprotected", "partial")),
            "estimated_rows": sum(d["estimated_rows"] for d in databases.values()),
            "tables_with_copies": copies,
            "columns_by_category": {c: per_category[c] for c in CATEGORIES if per_category[c]},
            "unprotected_columns_by_category": {c: unprotected_by_category[c] for c in CATEGORIES
                                                if unprotected_by_category[c]},
        },
        "databases": list(databases.values()),
    }


def _copies(ctx: "Context", databases: dict[str, dict[str, Any]]) -> int:
    """Log tables that whole-row audit triggers fill with personal data (LOG-020): each database lists them under
    `copies`, and a log table already in the inventory says `holds_copies_of`."""
    found = log_copies(ctx)
    for (db, schema, table), entry in sorted(found.items()):
        d = databases.setdefault(db, {"database": db, "tables": [], "estimated_rows": 0})
        sources = sorted(entry["sources"])
        cats = sorted({c for cs in entry["sources"].values() for c in cs}, key=CATEGORIES.index)
        d.setdefault("copies", []).append({"object": relation_object(db, schema, table), "schema": schema,
                                           "table": table, "copies_of": sources, "categories": cats,
                                           "written_by": sorted(entry["triggers"])[:10]})
        for t in d["tables"]:
            if (t["schema"], t["table"]) == (schema, table):
                t["holds_copies_of"] = sources
    return len(found)
