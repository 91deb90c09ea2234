"""Row-level security: do tables that hold per-tenant or per-user rows actually filter them, and for whom?

Policy expressions are read from their parse tree (auditor/analysis/policy_expr.py, pglast), never by guessing at
text; who bypasses a policy comes from auditor.analysis.privileges (ownership, BYPASSRLS, superuser, inheritance).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.snapshot import Relation
from auditor.model.names import policy_object, relation_object, role_object
from auditor.analysis.privileges import privileges
from auditor.model.results import Outcome, Severity
from auditor.analysis.sensitivity import PERSONAL, sensitive_tables

from auditor.checks._common import application_relations, ident, lit
from auditor.checks._dbgaps import per_database
from auditor.analysis.policy_expr import always_true, settings_without_missing_ok
from auditor.checks._roles import bypassrls_reach
from auditor.checks.rls_objects import matview_copies_protected_rows, policies_rls_disabled, view_bypasses_rls

_SAMPLE = 20
_ACCESS_LETTERS = "rawd"     # SELECT, INSERT, UPDATE, DELETE: the commands RLS governs


def _rls_tables(ctx: Context) -> Iterator[Relation]:
    """Plain and partitioned tables of the application; partitions inherit their parent's exposure."""
    for rel in application_relations(ctx):
        if rel.kind in ("r", "p") and not rel.is_partition:
            yield rel


@per_database
def policy_always_true(ctx: Context) -> Iterator[Outcome]:
    """Policies that look like access control but filter nothing."""
    for p in ctx.snap.policies:
        obj = policy_object(p.database, p.schema, p.table, p.name)
        if p.permissive and p.command != "INSERT" and always_true(p.using):
            yield Outcome.fail(
                obj, f"policy {p.name} on {p.schema}.{p.table} lets every row through (USING {p.using}) for {p.command}",
                fix=f"ALTER POLICY {ident(p.name)} ON {ident(p.schema, p.table)} USING (/* tenant or owner predicate */);",
                policy=p.name, command=p.command, roles=list(p.roles), using=p.using)
        else:
            yield Outcome.ok(obj)


def _tenant_columns(ctx: Context) -> frozenset[str]:
    """Column names matching a tenant_column_patterns regex, each distinct name tried once (names recur in
    every table: a set lookup per column is cheaper than a regex or a memo call)."""
    regex = _tenant_regex(ctx)
    names = {c.name for rel in ctx.snap.relations for c in rel.columns}
    return frozenset(n for n in names if regex.search(n))


def _tenant_regex(ctx: Context) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in ctx.thresholds.tenant_column_patterns) or r"(?!)", re.I)


@per_database
def tenant_tables_without_rls(ctx: Context) -> Iterator[Outcome]:
    """Multi-tenant or per-user tables, and tables of personal data, need row-level security to separate rows."""
    tenant = ctx.derive(_tenant_columns)
    sensitive = sensitive_tables(ctx)
    priv = privileges(ctx)
    passed = 0
    for rel in _rls_tables(ctx):
        if rel.rls_enabled:
            passed += 1
            continue
        tenant_cols = [c.name for c in rel.columns if c.name in tenant]
        personal = sorted(sensitive.get((rel.database, rel.schema, rel.name), frozenset()) & PERSONAL)
        if not (tenant_cols or personal):
            passed += 1
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        why = (f"has per-tenant/per-user column(s) {', '.join(tenant_cols)}" if tenant_cols
               else f"holds personal data ({', '.join(personal)})")
        readers = priv.readers(rel).counted_roles()
        others = [r for r in readers if r not in priv.holders(rel.owner)]
        if not readers:     # no login role but superusers reads it: nobody for RLS to separate
            yield Outcome.ok(obj, f"table {rel.schema}.{rel.name} {why}, but no login role other than superusers "
                                  f"can read it", tenant_columns=tenant_cols, personal_data=personal)
            continue
        only_owner = not others   # the owner's own logins (the application) read it: its queries separate rows
        yield Outcome.fail(
            obj, f"table {rel.schema}.{rel.name} {why} but row-level security is not enabled: "
                 + (f"only its owner's login role(s) ({', '.join(readers[:5])}) read it, so the application's "
                       f"queries alone separate rows" if only_owner
                    else f"every role with SELECT ({', '.join(others[:5])}{' ...' if len(others) > 5 else ''}) "
                         f"sees every row"),
            severity=Severity.LOW if only_owner else Severity.HIGH if tenant_cols else Severity.MEDIUM,
            fix=f"ALTER TABLE {ident(rel.schema, rel.name)} ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\n"
                f"CREATE POLICY tenant_isolation ON {ident(rel.schema, rel.name)} "
                f"USING ({ident(tenant_cols[0]) if tenant_cols else '/* owner column */'} = "
                f"current_setting('app.tenant_id', true)::int);",
            tenant_columns=tenant_cols, personal_data=personal, readers=readers[:_SAMPLE], only_owner=only_owner)
    if passed:
        yield Outcome.passes(passed)


@per_database
def rls_not_forced_login_owner(ctx: Context) -> Iterator[Outcome]:
    """Without FORCE the owner, and every role inheriting it, is exempt from the table's policies."""
    priv = privileges(ctx)
    for rel in _rls_tables(ctx):
        if not rel.rls_enabled:
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        bypass = sorted((priv.holders(rel.owner) & priv.login) - priv.superusers)
        if rel.rls_forced or not bypass:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"table {rel.schema}.{rel.name} has row-level security but not FORCE, and its owner {rel.owner} "
                 f"is reachable by login role(s) {', '.join(bypass[:5])}{' ...' if len(bypass) > 5 else ''}: they see every row",
            fix=f"ALTER TABLE {ident(rel.schema, rel.name)} FORCE ROW LEVEL SECURITY;",
            owner=rel.owner, bypassing_login_roles=bypass[:_SAMPLE])


@per_database
def policy_write_check_always_true(ctx: Context) -> Iterator[Outcome]:
    """A WITH CHECK that is always true lets a tenant write rows that belong to another tenant."""
    for p in ctx.snap.policies:
        obj = policy_object(p.database, p.schema, p.table, p.name)
        if p.permissive and p.command in ("ALL", "INSERT", "UPDATE") and p.check is not None and always_true(p.check) \
                and not (p.using is not None and always_true(p.using) and p.command != "INSERT"):
            yield Outcome.fail(
                obj, f"policy {p.name} on {p.schema}.{p.table} accepts any new row (WITH CHECK {p.check}) for {p.command}",
                fix=f"ALTER POLICY {ident(p.name)} ON {ident(p.schema, p.table)} WITH CHECK (/* same predicate as USING */);",
                policy=p.name, command=p.command, roles=list(p.roles), check=p.check)
        else:
            yield Outcome.ok(obj)


@per_database
def rls_enabled_no_policy(ctx: Context) -> Iterator[Outcome]:
    """RLS with no policy hides every row from everyone but the owner: usually a forgotten policy."""
    priv = privileges(ctx)
    for rel in _rls_tables(ctx):
        if not rel.rls_enabled:
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        if priv.policies(rel):
            yield Outcome.ok(obj)
        else:
            yield Outcome.fail(
                obj, f"table {rel.schema}.{rel.name} has row-level security enabled but no policy: "
                     f"it is deny-all for every role except owners and BYPASSRLS roles",
                fix=f"CREATE POLICY tenant_isolation ON {ident(rel.schema, rel.name)} USING (/* predicate */);  "
                    f"-- or DISABLE ROW LEVEL SECURITY if deny-all is not intended",
                forced=rel.rls_forced)


@per_database
def bypassrls_roles_reach_rls_tables(ctx: Context) -> Iterator[Outcome]:
    """BYPASSRLS makes every policy void for that role; it matters where it meets a table RLS protects."""
    priv = privileges(ctx)
    rls_tables = [rel for rel in _rls_tables(ctx) if rel.rls_enabled]
    owned = bypassrls_reach(ctx)
    set_by: dict[str, list[str]] = defaultdict(list)
    for login in sorted(priv.login):
        for target in priv.graph.settable(login):
            if target != login:
                set_by[target].append(login)
    for role in sorted(ctx.snap.roles, key=lambda r: r.name):
        if not role.bypassrls or role.superuser or role.builtin:
            continue
        obj = role_object(role.name)
        reached = [relation_object(rel.database, rel.schema, rel.name) for rel in rls_tables
                   if any(role.name in priv.acting(rel, None, letter) for letter in _ACCESS_LETTERS)
                   or any(role.name in priv.acting(rel, c, letter) for c in rel.columns if c.acl for letter in "raw")]
        if not reached:
            yield Outcome.ok(obj)
            continue
        if owners := owned.get(role.name):     # an account can use it: ROLE-005's finding, with the same fix
            yield Outcome.ok(obj, f"role {role.name} has BYPASSRLS and reaches {len(reached)} protected table(s): "
                                  f"reported by ROLE-005 for {', '.join(owners)}", reported_by="ROLE-005")
            continue
        logins = ([role.name] if role.login else []) + set_by.get(role.name, [])
        yield Outcome.fail(
            obj, f"role {role.name} has BYPASSRLS and can access {len(reached)} table(s) protected by row-level "
                 f"security, e.g. {reached[0]}: their policies do not apply to it",
            severity=Severity.HIGH if logins else Severity.MEDIUM,
            fix=f"ALTER ROLE {ident(role.name)} NOBYPASSRLS;",
            tables=reached[:_SAMPLE], count=len(reached), login=role.login, login_roles_that_can_become_it=logins[:_SAMPLE])


@per_database
def policy_current_setting_missing_ok(ctx: Context) -> Iterator[Outcome]:
    """current_setting(name) without missing_ok raises when the setting is unset, so the policy fails open in practice."""
    for p in ctx.snap.policies:
        obj = policy_object(p.database, p.schema, p.table, p.name)
        names = tuple(dict.fromkeys(settings_without_missing_ok(p.using) + settings_without_missing_ok(p.check)))
        if not names:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"policy {p.name} on {p.schema}.{p.table} calls current_setting({names[0]!r}) without missing_ok: "
                 f"queries error while it is unset, which pushes applications towards BYPASSRLS or disabling RLS",
            fix=f"ALTER POLICY {ident(p.name)} ON {ident(p.schema, p.table)} USING "
                f"(/* ... */ current_setting({lit(names[0])}, true) /* ... */);",
            settings=list(names), using=p.using, check=p.check)


CHECKS = (policy_always_true, tenant_tables_without_rls, rls_not_forced_login_owner, policy_write_check_always_true,
          rls_enabled_no_policy, bypassrls_roles_reach_rls_tables, policy_current_setting_missing_ok,
          view_bypasses_rls, matview_copies_protected_rows, policies_rls_disabled)
