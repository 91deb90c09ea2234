"""The access matrix: which LOGIN roles can read each sensitive column, how, and what row-level security leaves them.

This is the quarterly access review (SOC 2 CC6.2/CC6.3, GDPR Art. 32) as data: computed once per audit
from auditor.analysis.privileges and auditor.analysis.sensitivity, emitted as the report's `access_matrix` section, and
judged by GRANT-012 against the policy's reader limits.

JSON shape (deterministic: tables by database/schema/name, columns by position, roles by name):
  summary          tables, columns, login_roles, reader_lists, columns_readable_by_public, columns_over_limit, ...
  limits           max_sensitive_readers and allowed_readers, as the policy set them
  auditing_roles   recognised auditing roles (analysis/auditing.py): never readers here, reported once by ROLE-013
  readers_by_role  [{role, superuser, tables, columns, reader_lists: ["L1", ...]}]: what each login role can read (the per-person review)
  reader_lists     {"L1": {reader_count, counted_readers, routes: [{kind, grantee, readers}],
                           readers: [{role, via: [...], set_role, superuser}] (first MAX_LISTED), readers_truncated}}
                   one per distinct grant pattern, shared by every column that has it: output stays bounded
  tables           [{object, database, schema, table, kind, owner, categories, rls: {enabled, forced, policies},
                     column_groups: [{columns: [{name, categories, special_category}], readers: "L1", public, over_limit,
                                      disallowed_readers, rls: null (RLS off) | {bypassing, bypassing_count,
                                      readers: [{role, rls, policies}] (the listed readers)}}],
                     view_routes: [{view, kind, security_invoker, columns, reader_count, readers (first MAX_LISTED),
                                    new_reader_count, new_readers: readers without direct access to those columns}]}]
"""
from __future__ import annotations

import json

from collections import Counter
from dataclasses import dataclass
from typing import Any

from auditor.analysis.context import Context
from auditor.model.snapshot import Column, Relation
from auditor.model.names import relation_object
from auditor.analysis.privileges import Privileges, ReaderSet, privileges, security_invoker
from auditor.analysis.sensitivity import SPECIAL, sensitive_columns
from auditor.analysis.view_routes import view_routes

from auditor.analysis.policy_expr import always_true

MAX_LISTED = 50     # readers listed per reader list; reader_count always has the full number
_EVIDENCE = 10

CONVENTIONS = (
    "A reader is a LOGIN role that has CONNECT on the database, USAGE on the schema and SELECT on the table or column.",
    "set_role names the role a reader must SET ROLE to first (NOINHERIT membership, or PG16+ INHERIT FALSE): "
    "the access is one statement away, so it is listed and counted.",
    "via lists every route to the privilege: direct grant, column grant, PUBLIC, member of A → B, owner, "
    "pg_read_all_data (PG14+), superuser.",
    "rls: off (no row-level security), filtered (policies apply), all_rows (an always-true policy), no_rows "
    "(no policy applies: every row hidden), bypass_owner (owner, RLS not forced), bypass_bypassrls, bypass_superuser.",
    "Columns with the same grants share one entry of reader_lists; a column group points to it by id.",
    "Superusers are listed but not counted against max_sensitive_readers or allowed_readers (see ROLE checks).",
    "The owner is a reader even if it revoked its own SELECT: it can grant it back at any time.",
    "view_routes: views and materialized views that read the table's sensitive columns, and the login roles that "
    "read them there (a view runs with its owner's rights, a materialized view is a copy); new_readers cannot read "
    "those columns on the table itself. A security_invoker view adds no reader.",
    "Recognised auditing roles (pgcomply_auditor and the policy's auditor_roles) are not readers here: their "
    "read access is reported once, as accepted, by ROLE-013.",
)


@dataclass(frozen=True, slots=True)
class ColumnReaders:
    rel: Relation
    column: Column
    categories: tuple[str, ...]
    readers: ReaderSet
    public: bool                        # PUBLIC itself holds SELECT and schema USAGE
    speculative: bool = False           # only "free text may contain PII", and no sampled value showed any


FREE_TEXT = "free_text_may_contain_pii"


def _column_readers(ctx: Context) -> list[ColumnReaders]:
    priv = privileges(ctx)
    cats: dict[tuple[str, str, str], dict[str, set[str]]] = {}
    seen_values: set[tuple[str, str, str, str]] = set()
    for sc in sensitive_columns(ctx):
        cats.setdefault((sc.database, sc.schema, sc.table), {}).setdefault(sc.column, set()).add(sc.category)
        if "values" in sc.basis:
            seen_values.add((sc.database, sc.schema, sc.table, sc.column))
    out = []
    for (db, schema, table), columns in cats.items():
        rel = ctx.relation(db, schema, table)
        if rel is None:
            continue
        table_level = None
        for col in rel.columns:
            categories = columns.get(col.name)
            if categories is None:
                continue
            if col.acl:
                rs, public = priv.readers(rel, col), priv.public_can(rel, col)
            else:                              # columns without grants of their own share the table's readers
                if table_level is None:
                    table_level = (priv.readers(rel), priv.public_can(rel, None))
                rs, public = table_level
            speculative = categories == {FREE_TEXT} and (db, schema, table, col.name) not in seen_values
            out.append(ColumnReaders(rel, col, tuple(sorted(categories)), rs, public, speculative))
    out.sort(key=lambda c: (c.rel.database, c.rel.schema, c.rel.name, c.column.num))
    return out


def column_readers(ctx: Context) -> list[ColumnReaders]:
    """Every sensitive column with its readers, computed once per audit, in report order."""
    return ctx.derive(_column_readers)


def list_ids(ctx: Context) -> dict[int, str]:
    """A stable id per distinct reader list ("L1", "L2", ... in report order), shared by section and findings.
    Reader sets computed apart (a column with its own grants) but equal in content share one id."""
    ids: dict[int, str] = {}
    by_content: dict[str, str] = {}
    for cr in column_readers(ctx):
        if id(cr.readers) not in ids:
            content = json.dumps(_reader_list(cr.readers), sort_keys=True)
            ids[id(cr.readers)] = by_content.setdefault(content, f"L{len(by_content) + 1}")
    return ids


def _disallowed_memo(ctx: Context) -> dict[tuple[int, tuple[str, ...]], list[str]]:
    return {}


def disallowed(ctx: Context, cr: ColumnReaders) -> list[str]:
    """Counted readers not covered by allowed_readers for one of the column's categories."""
    allowed = ctx.thresholds.allowed_readers
    if not allowed:
        return []
    rules = [set(allowed[c]) for c in cr.categories if c in allowed]
    if not rules:
        return []
    memo = ctx.derive(_disallowed_memo)
    key = (id(cr.readers), cr.categories)
    if key not in memo:
        memo[key] = disallowed_roles(ctx, cr.categories, cr.readers.counted_roles())
    return memo[key]


@dataclass(frozen=True)
class ViewReaders:
    """Login roles that reach a sensitive column only through views or materialized views (no direct grant)."""
    roles: dict[str, tuple[str, ...]]     # role -> the views it reads the column through
    public_views: tuple[str, ...]         # route views PUBLIC itself may read


def view_readers(ctx: Context, cr: ColumnReaders) -> ViewReaders:
    """Who reads cr's column through an owner-rights view or a materialized view, beside its direct readers: a
    reader count that left them out would pass a column every role reads through a view."""
    priv = privileges(ctx)
    direct = set(cr.readers.counted_roles())
    roles: dict[str, list[str]] = {}
    public: list[str] = []
    for vr in view_routes(ctx, cr.rel):
        if cr.column.name not in vr.columns:
            continue
        if priv.public_can(vr.view, None):
            public.append(vr.object)
        for r in vr.readers:
            if r not in direct:
                roles.setdefault(r, []).append(vr.object)
    return ViewReaders({r: tuple(v) for r, v in sorted(roles.items())}, tuple(public))


def disallowed_roles(ctx: Context, categories: tuple[str, ...], roles: list[str]) -> list[str]:
    """Of `roles`, those not covered by allowed_readers for one of the categories."""
    allowed = ctx.thresholds.allowed_readers
    rules = [set(allowed[c]) for c in categories if c in allowed] if allowed else []
    if not rules:
        return []
    priv = privileges(ctx)
    return [r for r in roles
            if any(not (rule & ({r} | priv.privileges_of(r) | priv.graph.settable(r))) for rule in rules)]


def _reader_list(rs: ReaderSet) -> dict[str, Any]:
    listed = rs.roles()[:MAX_LISTED]
    readers = []
    for role in listed:
        a = rs[role]
        readers.append({"role": role, "via": list(a.via), "set_role": a.set_role, "superuser": rs.is_superuser(role)})
    return {"reader_count": len(rs), "counted_readers": rs.counted(),
            "routes": [{"kind": k, "grantee": g, "readers": n} for k, g, n in rs.routes()],
            "readers": readers, "readers_truncated": len(rs) > MAX_LISTED}


def _rls_of_group(ctx: Context, rel: Relation, rs: ReaderSet) -> dict[str, Any] | None:
    if not rel.rls_enabled:
        return None
    priv = privileges(ctx)
    bypassing = rs.bypassing(rel)
    listed = []
    for role in rs.roles()[:MAX_LISTED]:
        status, policies = priv.rls(rel, rs[role].acting, "r", always_true)
        listed.append({"role": role, "rls": status, "policies": list(policies)})
    return {"bypassing": bypassing[:MAX_LISTED], "bypassing_count": len(bypassing), "readers": listed}


def build_access_matrix(ctx: Context) -> dict[str, Any]:
    """The `access_matrix` report section (shape in the module docstring of auditor/analysis/access_matrix.py)."""
    priv = privileges(ctx)
    limit = ctx.thresholds.max_sensitive_readers
    ids = ctx.derive(list_ids)
    lists: dict[str, dict[str, Any]] = {}
    sets: dict[str, ReaderSet] = {}
    tables: list[dict[str, Any]] = []
    columns_per_list: Counter[str] = Counter()
    tables_per_lists: Counter[tuple[str, ...]] = Counter()
    summary = {"tables": 0, "columns": 0, "login_roles": len(priv.login), "reader_lists": 0,
               "columns_readable_by_public": 0, "columns_over_limit": 0, "columns_with_disallowed_readers": 0,
               "special_category_columns": 0}
    current: dict[str, Any] | None = None
    groups: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}

    categories: set[str] = set()
    n_columns = n_public = n_over = n_special = n_bad = 0

    def close_table() -> None:
        if current is not None:
            current["categories"] = sorted(categories)
            tables_per_lists[tuple(sorted({g["readers"] for g in current["column_groups"]}))] += 1

    current_rel: Relation | None = None
    tracked: list[tuple[dict[str, Any], Relation, dict[str, ReaderSet]]] = []
    for cr in column_readers(ctx):
        rel, rs = cr.rel, cr.readers
        if rel is not current_rel:
            current_rel = rel
            close_table()
            groups, categories = {}, set()
            current = {"object": relation_object(rel.database, rel.schema, rel.name), "database": rel.database, "schema": rel.schema, "table": rel.name,
                       "kind": rel.kind, "owner": rel.owner, "categories": [],
                       "rls": {"enabled": rel.rls_enabled, "forced": rel.rls_forced,
                               "policies": sorted(p.name for p in priv.policies(rel))},
                       "column_groups": []}
            tables.append(current)
            tracked.append((current, rel, {}))
        assert current is not None   # set above when the loop reached this relation
        categories.update(cr.categories)
        list_id = ids[id(rs)]
        if list_id not in lists:
            lists[list_id], sets[list_id] = _reader_list(rs), rs
        bad = disallowed(ctx, cr)
        over = rs.counted() > limit
        special = not SPECIAL.isdisjoint(cr.categories)
        n_columns += 1
        n_public += cr.public
        n_over += over
        n_special += special
        n_bad += bool(bad)
        columns_per_list[list_id] += 1
        group = groups.get((list_id, tuple(bad)))
        if group is None:
            group = groups[(list_id, tuple(bad))] = {
                "columns": [], "readers": list_id, "public": cr.public, "over_limit": over,
                "disallowed_readers": bad, "rls": _rls_of_group(ctx, rel, rs)}
            current["column_groups"].append(group)
        group["columns"].append({"name": cr.column.name, "categories": list(cr.categories), "special_category": special})
        tracked[-1][2][cr.column.name] = rs
    close_table()
    summary.update(columns=n_columns, columns_readable_by_public=n_public, columns_over_limit=n_over,
                   special_category_columns=n_special, columns_with_disallowed_readers=n_bad)
    reached: set[tuple[str, str]] = set()
    for entry, rel, readers in tracked:
        entry["view_routes"] = _view_routes(ctx, rel, readers)
        reached |= {(entry["object"], c) for r in entry["view_routes"] for c in r["columns"]}
    summary["view_routes"] = sum(len(e["view_routes"]) for e, _, _ in tracked)
    summary["columns_reached_through_views"] = len(reached)
    summary["tables"], summary["reader_lists"] = len(tables), len(lists)
    return {"basis": "auditor.analysis.sensitivity classification of columns", "conventions": list(CONVENTIONS),
            "auditing_roles": sorted(priv.auditors),
            "limits": {"max_sensitive_readers": limit,
                       "allowed_readers": {k: list(v) for k, v in sorted(ctx.thresholds.allowed_readers.items())}},
            "summary": summary, "readers_by_role": _by_role(priv, sets, columns_per_list, tables_per_lists),
            "reader_lists": lists, "tables": tables}


def _by_role(priv: Privileges, sets: dict[str, ReaderSet], columns_per_list: Counter[str],
             tables_per_lists: Counter[tuple[str, ...]]) -> list[dict[str, Any]]:
    """Per login role: how many sensitive columns and tables it can read (aggregated per reader list, not per column),
    and which reader lists it is on, so a per-person review can open exactly those tables."""
    columns: Counter[str] = Counter()
    lists: dict[str, list[str]] = {}
    for list_id, n in columns_per_list.items():
        for role in sets[list_id].roles():
            columns[role] += n
            lists.setdefault(role, []).append(list_id)
    tables: Counter[str] = Counter()
    for key, n in tables_per_lists.items():
        for role in set().union(*(sets[k].roles() for k in key)):
            tables[role] += n
    return [{"role": r, "superuser": r in priv.superusers, "tables": tables[r], "columns": columns[r],
             "reader_lists": sorted(lists[r], key=lambda i: int(i[1:]))}
            for r in sorted(columns)]


def _view_routes(ctx: Context, rel: Relation, readers: dict[str, ReaderSet]) -> list[dict[str, Any]]:
    """Views and materialized views reading this table's sensitive columns, with who reads them there."""
    out = []
    for vr in view_routes(ctx, rel):
        cols = [c for c in vr.columns if c in readers]
        if not cols:
            continue
        new = sorted({r for r in vr.readers for c in cols if r not in readers[c]})
        out.append({"view": vr.object, "kind": vr.kind, "security_invoker": security_invoker(vr.view),
                    "columns": cols, "reader_count": len(vr.readers), "readers": list(vr.readers[:MAX_LISTED]),
                    "new_reader_count": len(new), "new_readers": new[:MAX_LISTED]})
    return out
