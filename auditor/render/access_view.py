"""The access matrix (report key `access_matrix`, built by auditor/analysis/access_matrix.py; shape in its docstring) as the
HTML/PDF lay it out for the quarterly access review: per table and column group who can read it, a per-role
view, and each shared reader list printed once ("L1") with every table that uses it linking to it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from auditor.render.limits import Limits, pick
from auditor.render.text import category_label, category_order, fmt_int, fmt_value, plural

RLS_STATUS = {
    "filtered": ("RLS filters rows", "ok"),
    "no_rows": ("sees no rows: no policy applies", "ok"),
    "all_rows": ("sees all rows: always-true policy", "bad"),
    "bypass_owner": ("bypasses RLS: owner, RLS not forced", "bad"),
    "bypass_bypassrls": ("bypasses RLS: BYPASSRLS", "bad"),
    "bypass_superuser": ("bypasses RLS: superuser", "warn"),
    "off": ("no RLS", "na"),
}
RLS_ORDER = {k: i for i, k in enumerate(("all_rows", "bypass_owner", "bypass_bypassrls", "bypass_superuser",
                                         "filtered", "no_rows", "off"))}
SUMMARY_LABEL = {
    "tables": ("tables with sensitive columns", False), "columns": ("sensitive columns", False),
    "login_roles": ("login roles", False), "reader_lists": ("distinct reader lists", False),
    "columns_readable_by_public": ("columns readable by PUBLIC", True),
    "columns_over_limit": ("columns over the reader limit", True),
    "columns_with_disallowed_readers": ("columns with disallowed readers", True),
}
ROUTE = {"superuser": "superuser", "table": "table grant to {g}", "column": "column grant to {g}", "owner": "owner {g}"}
USED_BY = 8                 # tables named under a reader list
RLS_NAMES = 12              # roles named per RLS status line


@dataclass
class AmReader:
    role: str
    via: list[tuple[str, str]]              # (route, css class): PUBLIC stands out
    set_role: str | None
    superuser: bool


@dataclass
class AmList:
    id: str
    anchor: str
    reader_count: str
    counted: str
    routes: list[str]
    readers: list[AmReader]
    truncated: str | None
    used_by: list[tuple[str, str]] = field(default_factory=list)     # (object, anchor or "")
    used_more: int = 0
    tables: int = 0


@dataclass
class AmGroup:
    columns: list[tuple[str, str]]          # (categories label, column names)
    columns_hidden: int
    list_id: str
    list_anchor: str                        # "" when the list is not printed here
    reader_count: str
    counted: str
    names: list[tuple[str, str]]            # (role, note) of the readers who are not superusers
    superusers: list[str]
    names_more: int
    public: bool
    flags: list[tuple[str, str]]            # (text, css class): PUBLIC, over the limit, disallowed readers
    rls: list[tuple[str, str, str, str]]    # (label, css class, policies, roles) per status
    rls_note: str


@dataclass
class AmTable:
    anchor: str
    object: str
    meta: str
    groups: list[AmGroup]
    risk: tuple = ()
    routes: list[str] = field(default_factory=list)     # views / matviews reading its sensitive columns


@dataclass
class AmRole:
    role: str
    superuser: bool
    tables: str
    columns: str
    share: int                              # % of the sensitive columns, for the bar


@dataclass
class AccessView:
    kpis: list[tuple[str, str, str]]
    limits: list[str]
    tables: list[AmTable]
    tables_hidden: int
    tables_by_priority: bool
    lists: list[AmList]
    lists_hidden: int
    roles: list[AmRole]
    roles_hidden: int
    roles_by_priority: bool
    conventions: list[str]
    basis: str


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _seq(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _natural(list_id: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", list_id))


def _text(value: Any, limit: int | None = 200) -> str:
    return fmt_value(value, limit)


def _columns(columns: list[Any], limit: int) -> tuple[list[tuple[str, str]], int]:
    """Columns grouped by their categories, in column order: [('Person name', 'first_name, last_name'), ...]."""
    by_cats: dict[str, list[str]] = {}
    cols = [c for c in columns if isinstance(c, dict)]
    for c in cols[:limit]:
        label = ", ".join(category_label(x) for x in _seq(c.get("categories"))) or "-"
        if c.get("special_category") is True:
            label += " (special category, GDPR Art. 9/10)"
        by_cats.setdefault(label, []).append(_text(c.get("name", "?")))
    return [(k, ", ".join(v)) for k, v in by_cats.items()], max(len(cols) - limit, 0)


def _rls(group_rls: Any) -> tuple[list[tuple[str, str, str, str]], str]:
    if not isinstance(group_rls, dict):
        return [], "off: every reader sees every row"
    by: dict[tuple[str, str], list[str]] = {}
    for r in _seq(group_rls.get("readers")):
        r = _dict(r)
        policies = ", ".join(_text(p) for p in _seq(r.get("policies")))
        by.setdefault((str(r.get("rls", "?")), policies), []).append(_text(r.get("role", "?")))
    lines = []
    for (status, policies), roles in sorted(by.items(), key=lambda kv: (RLS_ORDER.get(kv[0][0], 9), kv[0])):
        label, cls = RLS_STATUS.get(status, (status.replace("_", " "), "na"))
        more = f" +{len(roles) - RLS_NAMES} more" if len(roles) > RLS_NAMES else ""
        lines.append((label, cls, policies, ", ".join(roles[:RLS_NAMES]) + more))
    n = _int(group_rls.get("bypassing_count"))
    note = f"{plural(n, 'reader bypasses', 'readers bypass')} row-level security" if n else \
        "row-level security applies to every reader"
    return lines, note


def _reader_list(list_id: str, data: dict[str, Any], anchor: str, limit: int) -> AmList:
    listed = [_dict(r) for r in _seq(data.get("readers"))]
    readers = listed[:limit]
    total = data.get("reader_count") if isinstance(data.get("reader_count"), int) else len(listed)
    routes = []
    for r in _seq(data.get("routes")):
        r = _dict(r)
        kind, grantee = str(r.get("kind", "?")), _text(r.get("grantee", ""))
        text = ROUTE.get(kind, "{k}").format(g=grantee or "?", k=_text(kind))
        routes.append(f"{text} ({plural(_int(r.get('readers')), 'reader')})")
    truncated = None
    if len(readers) < total:
        truncated = f"{len(readers)} of {fmt_int(total)} readers are shown here."
        if len(readers) < len(listed):
            truncated += f" report.json lists {len(listed)} (access_matrix.reader_lists.{list_id})"
            truncated += "." if len(listed) == total else f" and counts all {fmt_int(total)}."
        else:
            truncated += " report.json lists no more: it keeps the count only."
    return AmList(
        id=list_id, anchor=anchor, reader_count=fmt_int(total), counted=fmt_int(data.get("counted_readers")),
        routes=routes, truncated=truncated,
        readers=[AmReader(role=_text(r.get("role", "?")),
                          via=[(_text(v), "bad-text" if v == "PUBLIC" else "") for v in _seq(r.get("via"))],
                          set_role=_text(r["set_role"]) if r.get("set_role") else None,
                          superuser=r.get("superuser") is True) for r in readers])


def _flags(g: dict[str, Any], counted: Any, limit: Any) -> list[tuple[str, str]]:
    out = []
    if g.get("public") is True:
        out.append(("PUBLIC: every login role can read", "bad"))
    if g.get("over_limit") is True:
        out.append((f"over the limit: {fmt_int(counted)} readers"
                    + (f" > {fmt_int(limit)}" if limit is not None else ""), "bad"))
    bad = [_text(r) for r in _seq(g.get("disallowed_readers"))]
    if bad:
        more = f" +{len(bad) - 20} more" if len(bad) > 20 else ""
        out.append(("not allowed to read: " + ", ".join(bad[:20]) + more, "bad"))
    return out


def _group(g: dict[str, Any], lists: dict[str, Any], anchors: dict[str, str], limits: Limits,
           limit: Any) -> AmGroup:
    list_id = _text(g.get("readers", "?"), 40)
    data = _dict(lists.get(list_id))
    readers = [_dict(r) for r in _seq(data.get("readers"))]
    plain = [r for r in readers if r.get("superuser") is not True]
    supers = [_text(r.get("role", "?")) for r in readers if r.get("superuser") is True][:limits.names_inline]
    names = [(_text(r.get("role", "?")), f"SET ROLE {_text(r['set_role'])}" if r.get("set_role") else "")
             for r in plain[:limits.names_inline]]
    total = data.get("reader_count") if isinstance(data.get("reader_count"), int) else len(readers)
    columns, hidden = _columns(_seq(g.get("columns")), limits.columns_per_table)
    rls, note = _rls(g.get("rls"))
    return AmGroup(columns=columns, columns_hidden=hidden, list_id=list_id, list_anchor=anchors.get(list_id, ""),
                   reader_count=fmt_int(total) if data else "?", counted=fmt_int(data.get("counted_readers")),
                   names=names, superusers=supers, names_more=max(total - len(names) - len(supers), 0),
                   public=g.get("public") is True, flags=_flags(g, data.get("counted_readers"), limit),
                   rls=rls, rls_note=note)


def _meta(t: dict[str, Any]) -> str:
    rls = _dict(t.get("rls"))
    parts = [f"owner {_text(t['owner'])}"] if t.get("owner") else []
    if rls.get("enabled"):
        policies = [_text(p) for p in _seq(rls.get("policies"))]
        parts.append(("RLS on, forced" if rls.get("forced") else "RLS on") +
                     (f", policies {', '.join(policies)}" if policies else ", no policy"))
    else:
        parts.append("RLS off")
    return " · ".join(parts)


def _risk(t: dict[str, Any], lists: dict[str, Any]) -> tuple:
    groups = [_dict(g) for g in _seq(t.get("column_groups"))]
    counted = max((_int(_dict(lists.get(str(g.get("readers")))).get("counted_readers")) for g in groups), default=0)
    return (not any(g.get("public") for g in groups), not any(g.get("disallowed_readers") for g in groups),
            not any(g.get("over_limit") for g in groups), -counted)


def _kpis(summary: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    for key in [k for k in SUMMARY_LABEL if k in summary] + sorted(str(k) for k in summary if k not in SUMMARY_LABEL):
        value = summary[key]
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        label, alarm = SUMMARY_LABEL.get(key, (_text(key).replace("_", " "), False))
        out.append((fmt_int(value), label, ("bad" if value else "good") if alarm else ""))
    return out


def _limits(limits: dict[str, Any]) -> list[str]:
    out = []
    if "max_sensitive_readers" in limits:
        out.append(f"At most {fmt_int(limits['max_sensitive_readers'])} login roles may read a sensitive column "
                   "(max_sensitive_readers; superusers are listed but not counted).")
    allowed = _dict(limits.get("allowed_readers"))
    for cat, roles in sorted(allowed.items(), key=lambda kv: category_order(kv[0])):
        out.append(f"{category_label(cat)} may be read only by {', '.join(_text(r) for r in _seq(roles)) or 'no role'}"
                   " (allowed_readers) and their members.")
    if not allowed:
        out.append("No allowed_readers rule is set: any role within the limit may read any category.")
    return out


def build_access(value: Any, limits: Limits) -> AccessView | None:
    """None when the value is not the builder's shape (the section then renders generically)."""
    if not isinstance(value, dict) or not isinstance(value.get("tables"), list):
        return None
    lists = _dict(value.get("reader_lists"))
    raw = [t for t in value["tables"] if isinstance(t, dict)]
    shown = pick(raw, limits.access_tables, lambda t: _risk(t, lists))
    referenced = list(dict.fromkeys(_text(_dict(g).get("readers", "?"), 40) for t in shown.items
                                    for g in _seq(t.get("column_groups"))))
    printed = sorted((i for i in referenced[:limits.reader_lists] if i in lists), key=_natural)
    anchors = {list_id: f"am-list-{n}" for n, list_id in enumerate(printed)}
    limit = _dict(value.get("limits")).get("max_sensitive_readers")
    tables = []
    for n, t in enumerate(shown.items):
        groups = [_group(_dict(g), lists, anchors, limits, limit) for g in _seq(t.get("column_groups"))]
        tables.append(AmTable(anchor=f"am-t-{n}", object=_text(t.get("object") or t.get("table") or "?", None),
                              meta=_meta(t), groups=groups, routes=_routes(t)))
    out_lists = {i: _reader_list(i, _dict(lists[i]), anchors[i], limits.readers_per_list) for i in printed}
    table_anchor = {id(t): a.anchor for t, a in zip(shown.items, tables)}
    for t in raw:
        for list_id in dict.fromkeys(_text(_dict(g).get("readers", "?"), 40) for g in _seq(t.get("column_groups"))):
            entry = out_lists.get(list_id)
            if entry is None:
                continue
            entry.tables += 1
            if len(entry.used_by) < USED_BY:
                entry.used_by.append((_text(t.get("object") or "?", None), table_anchor.get(id(t), "")))
            else:
                entry.used_more += 1
    roles_raw = [_dict(r) for r in _seq(value.get("readers_by_role"))]
    total_columns = _int(_dict(value.get("summary")).get("columns")) or max((_int(r.get("columns")) for r in roles_raw),
                                                                             default=0)
    roles = pick(roles_raw, limits.roles, lambda r: (-_int(r.get("columns")), -_int(r.get("tables"))))
    return AccessView(
        kpis=_kpis(_dict(value.get("summary"))), limits=_limits(_dict(value.get("limits"))),
        tables=tables, tables_hidden=shown.hidden, tables_by_priority=shown.by_priority,
        lists=list(out_lists.values()), lists_hidden=len(referenced) - len(printed),
        roles=[AmRole(role=_text(r.get("role", "?")), superuser=r.get("superuser") is True,
                      tables=fmt_int(r.get("tables")), columns=fmt_int(r.get("columns")),
                      share=min(100, round(100 * _int(r.get("columns")) / total_columns)) if total_columns else 0)
               for r in roles.items],
        roles_hidden=roles.hidden, roles_by_priority=roles.by_priority,
        conventions=[_text(c, 1000) for c in _seq(value.get("conventions"))],
        basis=_text(value.get("basis") or "", 400))


def _routes(t: dict[str, Any]) -> list[str]:
    """One line per view or materialized view reading the table's sensitive columns, and who reads it there."""
    out = []
    for r in _seq(t.get("view_routes")):
        r = _dict(r)
        readers = [_text(x, 80) for x in _seq(r.get("readers"))]
        more = _int(r.get("reader_count")) - len(readers[:8])
        new = _int(r.get("new_reader_count"))
        out.append(f"{r.get('kind') or 'view'} {_text(r.get('view'), None)} reads "
                   f"{', '.join(_text(c, 80) for c in _seq(r.get('columns')))}: {', '.join(readers[:8])}"
                   f"{f' (+{more} more)' if more > 0 else ''}"
                   f"{f'; {new} of them cannot read these columns on the table' if new else ''}")
    return out
