"""The personal-data inventory (report key `data_inventory`, built by auditor/classify/inventory.py) as the HTML/PDF
lay it out: a record a DPO can take as GDPR Art. 30 evidence. Per database a table of tables, per table its
classified columns; a summary by category. Only what the builder stored is shown: categories, counts, ratios and
the already-masked examples, never a value."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from auditor.render.limits import Limits, pick
from auditor.render.text import category_label, category_order, fmt_int, fmt_share, fmt_value, plural

TABLE_PROTECTION = {"protected": ("Protected", "ok"), "partial": ("Partly protected", "warn"),
                    "unprotected": ("Unprotected", "bad"), "unknown": ("Unknown", "na")}
COLUMN_PROTECTION = {"plaintext": ("Plaintext", "bad"), "encrypted": ("Encrypted", "ok"), "hashed": ("Hashed", "ok"),
                     "weak_hash": ("Weak hash", "bad"),
                     "truncated": ("Truncated", "ok"), "partial": ("Partly protected", "warn"),
                     "unknown": ("Unknown", "na")}
BASIS = {"values": "sampled values", "name+values": "name and sampled values", "name": "name only",
         "name+type": "name and type"}
RISK = {"unprotected": 0, "partial": 1, "unknown": 2, "protected": 3}
EXAMPLES = 3                 # masked examples shown per column
EXAMPLE_CHARS = 48


@dataclass
class InvColumn:
    name: str
    category: str
    personal: bool
    type: str
    basis: str
    confidence: str | None
    match: str | None             # share of sampled values that validated
    protection: tuple[str, str]   # label, css class
    storage: str | None           # hash schemes / storage forms seen
    examples: list[str]
    special: str = ""             # "Art. 9" / "Art. 10" for GDPR special categories and criminal data
    name_only: bool = False       # no sampled value confirmed the verdict


@dataclass
class InvTable:
    anchor: str
    object: str
    database: str
    categories: list[str]
    personal: bool
    rows: str
    protection: tuple[str, str]
    rls: bool
    sampled: str
    sample_rls_filtered: bool
    evidence: str                  # what the classification rests on, for the whole table
    special: list[str] = field(default_factory=list)   # special categories (GDPR Art. 9/10) it holds
    entity: str = ""               # person, organisation, clinical_event, ... (entity.py)
    columns: list[InvColumn] = field(default_factory=list)
    columns_hidden: int = 0
    risk: tuple = ()


@dataclass
class InvDatabase:
    name: str
    tables_total: int
    estimated_rows: str
    tables: list[InvTable]
    hidden: int
    anchor: str


@dataclass
class InventoryView:
    kpis: list[tuple[str, str, str]]
    categories: list[tuple[str, str, str, bool, bool]]   # label, columns, unprotected, personal data?, special?
    unprotected: list[InvTable]                     # tables not fully protected, the riskiest first
    unprotected_more: int
    sampling: list[tuple[str, str]]                 # (sentence, css class: info | note)
    databases: list[InvDatabase]
    tables_hidden: int
    by_priority: bool
    details: list[InvTable]
    details_hidden: int
    tables_total: int
    copies: list[str] = field(default_factory=list)    # log tables holding whole-row copies of personal data


def _str_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _column(c: dict[str, Any]) -> InvColumn:
    protection = str(c.get("protection", "unknown"))
    storage = _dict(c.get("storage"))
    examples = [fmt_value(e, EXAMPLE_CHARS) for e in _str_list(c.get("examples_masked"))[:EXAMPLES]]
    match = fmt_share(c.get("match_ratio"))
    return InvColumn(
        name=fmt_value(c.get("column", "?"), 200), category=category_label(c.get("category", "?")),
        personal=c.get("personal") is not False, type=fmt_value(c.get("type") or "", 60),
        basis=BASIS.get(str(c.get("basis")), fmt_value(c.get("basis"), 60)), confidence=fmt_share(c.get("confidence")),
        match=f"{match} of sampled values matched" if match else None,
        protection=COLUMN_PROTECTION.get(protection, (protection, "na")),
        storage=", ".join(f"{fmt_value(k, 40)} ({fmt_int(n)})" for k, n in sorted(storage.items())) or None,
        examples=examples, special=fmt_value(c.get("gdpr_article"), 20) if c.get("special_category") else "",
        name_only=c.get("name_only") is True)


def _evidence(t: dict[str, Any], columns: list[dict[str, Any]]) -> str:
    bases = {str(c.get("basis", "")) for c in columns}
    if any("values" in b for b in bases):
        return "names and sampled values" if bases - {"values"} else "sampled values"
    return "names only" if t.get("sampled_rows") is None else "names (values did not confirm)"


def _table(t: dict[str, Any], database: str, index: int, limits: Limits) -> InvTable:
    columns = [c for c in _str_list(t.get("columns")) if isinstance(c, dict)]
    protection = str(t.get("protection", "unknown"))
    sampled = t.get("sampled_rows")
    row_estimate = t.get("row_estimate")
    obj = fmt_value(t.get("object") or ".".join(str(t.get(k, "?")) for k in ("schema", "table")), None)
    shown = columns[:limits.columns_per_table]
    personal = t.get("personal_data") is not False
    return InvTable(
        anchor=f"inv-t-{index}", object=obj, database=database,
        categories=[category_label(c) for c in _str_list(t.get("categories"))], personal=personal,
        rows="not analysed" if row_estimate is None else fmt_int(row_estimate),
        protection=TABLE_PROTECTION.get(protection, (fmt_value(protection, 40), "na")),
        rls=t.get("rls_enabled") is True,
        sampled="not sampled" if sampled is None else f"{fmt_int(sampled)} rows sampled",
        sample_rls_filtered=t.get("sample_rls_filtered") is True, evidence=_evidence(t, columns),
        special=[category_label(c) for c in _str_list(t.get("special_categories"))],
        entity=fmt_value(t.get("entity") or "", 40).replace("_", " "),
        columns=[_column(c) for c in shown], columns_hidden=len(columns) - len(shown),
        risk=(RISK.get(protection, 2), not personal,
              -(row_estimate if isinstance(row_estimate, int) and not isinstance(row_estimate, bool) else 0)))


def _kpis(summary: dict[str, Any], columns: int) -> list[tuple[str, str, str]]:
    unprotected = summary.get("unprotected_tables")
    out = [(fmt_int(summary.get("tables")), "tables with sensitive data", ""),
           (fmt_int(summary.get("tables_with_personal_data")), "hold personal data", ""),
           (fmt_int(unprotected), "not fully protected", "bad" if unprotected else "good"),
           (fmt_int(len(_str_list(summary.get("special_category_columns")))), "special-category columns (GDPR Art. 9/10)",
            "bad" if summary.get("special_category_columns") else ""),
           (fmt_int(columns), "classified columns", ""),
           (fmt_int(summary.get("estimated_rows")), "rows (estimated)", "")]
    return out


def _sampling(s: dict[str, Any]) -> list[tuple[str, str]]:
    if not s:
        return []
    if not s.get("enabled"):
        return [("Sampling was off: columns were classified from their names, types, comments and constraints only, "
                 "so whether values are encrypted or hashed could not be verified.", "note")]
    out = [(f"Column values were sampled read-only: {plural(s.get('tables_sampled') or 0, 'table')}, up to "
            f"{fmt_int(s.get('rows_per_table'))} rows each. No value is stored in full: only masked examples.",
            "info")]
    filtered = [fmt_value(o, 200) for o in _str_list(s.get("rls_filtered_tables"))]
    if filtered:
        more = f" and {len(filtered) - 10} more" if len(filtered) > 10 else ""
        out.append(("Row-level security limited what the auditing role could sample in " + ", ".join(filtered[:10])
                    + more + ": the classification of those tables rests on the rows it could see.", "note"))
    gaps = [g for g in _str_list(s.get("gaps")) if isinstance(g, dict)]
    if gaps:
        listed = "; ".join(f"{fmt_value(g.get('item'), 200)} (needs {fmt_value(g.get('missing'), 80)})"
                           for g in gaps[:10])
        more = f"; and {len(gaps) - 10} more" if len(gaps) > 10 else ""
        out.append((f"Not sampled: {listed}{more}.", "note"))
    return out


def _name_only(s: dict[str, Any]) -> list[tuple[str, str]]:
    note = s.get("name_only_note")
    return [(fmt_value(note, 300) + ". Those columns are marked \"name only\" below.", "note")] if note else []


def build_inventory(value: Any, limits: Limits) -> InventoryView | None:
    """None when the value is not the builder's shape (the section then renders generically)."""
    if not isinstance(value, dict) or not isinstance(value.get("databases"), list):
        return None
    summary = _dict(value.get("summary"))
    by_cat = _dict(summary.get("columns_by_category"))
    unprot_cat = _dict(summary.get("unprotected_columns_by_category"))
    tables: list[InvTable] = []
    dbs: list[tuple[str, dict[str, Any], list[InvTable]]] = []
    non_personal: set[str] = set()
    special = {str(s.get("category")) for s in _str_list(summary.get("special_category_columns")) if isinstance(s, dict)}
    for d in value["databases"]:
        if not isinstance(d, dict):
            continue
        name = fmt_value(d.get("database", "?"), None)
        mine = [_table(t, name, len(tables) + i, limits) for i, t in enumerate(_str_list(d.get("tables")))
                if isinstance(t, dict)]
        for t in _str_list(d.get("tables")):
            for c in _str_list(_dict(t).get("columns")):
                if isinstance(c, dict) and c.get("personal") is False:
                    non_personal.add(str(c.get("category")))
        tables += mine
        dbs.append((name, d, mine))
    overview = pick(tables, limits.inventory_tables, lambda t: t.risk)
    shown_ids = {id(t) for t in overview.items}
    order = {id(t): i for i, t in enumerate(overview.items)}
    databases = []
    for i, (name, d, mine) in enumerate(dbs):
        shown = sorted((t for t in mine if id(t) in shown_ids), key=lambda t: order[id(t)])
        databases.append(InvDatabase(name, len(mine), fmt_int(d.get("estimated_rows")), shown, len(mine) - len(shown),
                                     f"inv-db-{i}"))
    details = overview.items[:limits.inventory_details]
    detail_ids = {id(t) for t in details}
    for t in overview.items:
        if id(t) not in detail_ids:
            t.anchor = ""                       # no column list to link to
    risky = [t for t in tables if t.protection[1] in ("bad", "warn")]
    risky.sort(key=lambda t: t.risk)
    return InventoryView(
        kpis=_kpis(summary, sum(n for n in by_cat.values() if isinstance(n, int))),
        categories=[(category_label(c), fmt_int(n), fmt_int(unprot_cat.get(c, 0)), c not in non_personal, c in special)
                    for c, n in sorted(by_cat.items(), key=lambda kv: category_order(kv[0]))],
        unprotected=risky[:12], unprotected_more=max(len(risky) - 12, 0),
        sampling=_sampling(_dict(value.get("sampling"))) + _name_only(_dict(value.get("sampling"))), databases=databases, tables_hidden=overview.hidden,
        by_priority=overview.by_priority, details=details, details_hidden=len(tables) - len(details),
        tables_total=len(tables), copies=_copies(value["databases"]))


def _copies(databases: list[Any]) -> list[str]:
    """One sentence per log table that audit triggers fill with whole-row copies of personal data (LOG-020)."""
    out = []
    for d in databases:
        for c in _str_list(_dict(d).get("copies")):
            c = _dict(c)
            out.append(f"{fmt_value(c.get('object'), 200)} holds whole-row copies of "
                       f"{', '.join(fmt_value(s, 200) for s in _str_list(c.get('copies_of'))[:5])} "
                       f"({', '.join(category_label(str(x)) for x in _str_list(c.get('categories')))}), written by "
                       f"{'; '.join(fmt_value(w, 200) for w in _str_list(c.get('written_by'))[:3])}")
    return out
