"""Row-level security at object depth: views and materialized views that route readers around a table's policies,
and policies that filter nothing because their table's RLS is off.

A view runs with its owner's rights unless it has security_invoker (PG15+), so RLS on the tables behind it is
judged for the owner, who usually bypasses it. A materialized view stores rows: RLS never applies to it. What a
view reads comes from Relation.sources (pg_depend over the view's rewrite rule); readers from
auditor.analysis.privileges; personal data from auditor.analysis.sensitivity.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.analysis.policy_expr import always_true
from auditor.analysis.privileges import Privileges, ReaderSet, privileges, security_invoker
from auditor.analysis.sensitivity import PERSONAL, sensitive_tables
from auditor.checks._common import application_relations, ident
from auditor.checks._dbgaps import per_database
from auditor.model.names import relation_object
from auditor.model.results import Outcome, Severity
from auditor.model.snapshot import Relation

_SAMPLE = 20
_BYPASS = ("bypass_superuser", "bypass_bypassrls", "bypass_owner", "all_rows")
_RESTRICTED = ("filtered", "no_rows")


def _by_oid(ctx: Context) -> dict[tuple[str, int], Relation]:
    return {(rel.database, rel.oid): rel for rel in ctx.snap.relations}


def base_tables(ctx: Context, view: Relation) -> list[Relation]:
    """The tables a view or matview reads, following plain views it reads in turn (each once)."""
    rels = ctx.derive(_by_oid)
    out: dict[int, Relation] = {}
    seen, todo = {view.oid}, list(view.sources)
    while todo:
        oid = todo.pop()
        rel = rels.get((view.database, oid))
        if rel is None or oid in seen:
            continue
        seen.add(oid)
        if rel.kind == "v":
            todo.extend(rel.sources)
        elif rel.kind in ("r", "p", "f", "m"):
            out[oid] = rel
    return sorted(out.values(), key=lambda r: (r.schema, r.name))


def _acting(rs: ReaderSet, role: str) -> str:
    chain = rs.after_set.get(role, ())
    return chain[-1] if chain else role


def restricted_readers(priv: Privileges, rs: ReaderSet, table: Relation) -> list[str]:
    """Readers of a view for whom `table`'s row-level security would filter rows, were they to read it directly."""
    return [r for r in rs.counted_roles()
            if priv.rls(table, _acting(rs, r), "r", always_true)[0] in _RESTRICTED]


@per_database
def view_bypasses_rls(ctx: Context) -> Iterator[Outcome]:
    """Owner-rights views over RLS tables show their readers the rows the view owner sees, not their own."""
    priv = privileges(ctx)
    pg15 = ctx.snap.server_major >= 15
    for view in application_relations(ctx):
        if view.kind != "v":
            continue
        obj = relation_object(view.database, view.schema, view.name)
        if security_invoker(view):
            yield Outcome.ok(obj)
            continue
        rs = priv.readers(view)
        routes = []
        for t in base_tables(ctx, view):
            if not t.rls_enabled or priv.rls(t, view.owner, "r", always_true)[0] not in _BYPASS:
                continue
            if who := restricted_readers(priv, rs, t):
                routes.append((t, who))
        if not routes:
            yield Outcome.ok(obj)
            continue
        t, who = routes[0]
        tables = [f"{r.schema}.{r.name}" for r, _ in routes]
        readers = sorted({r for _, w in routes for r in w})
        fix = (f"-- its readers then need SELECT on {', '.join(tables[:3])} and see only the rows its policies give them\n"
               f"-- ALTER VIEW {ident(view.schema, view.name)} SET (security_invoker = true);" if pg15 else
               f"-- PostgreSQL < 15 has no security_invoker: REVOKE SELECT ON {ident(view.schema, view.name)} "
               f"FROM /* readers */; or rebuild the view with the policy's predicate in its WHERE clause")
        yield Outcome.fail(
            obj, f"view {view.schema}.{view.name} runs with its owner {view.owner}'s rights, who bypasses row-level "
                 f"security on {', '.join(tables[:3])}{' ...' if len(tables) > 3 else ''}: its readers "
                 f"({', '.join(readers[:5])}{' ...' if len(readers) > 5 else ''}) see rows the policies hide from them",
            fix=fix, owner=view.owner, tables=tables[:_SAMPLE], restricted_readers=readers[:_SAMPLE],
            security_invoker_available=pg15)


@per_database
def matview_copies_protected_rows(ctx: Context) -> Iterator[Outcome]:
    """A materialized view stores its rows without RLS; readers it has and its tables refuse read them all."""
    priv = privileges(ctx)
    personal = sensitive_tables(ctx)
    for mv in application_relations(ctx):
        if mv.kind != "m":
            continue
        obj = relation_object(mv.database, mv.schema, mv.name)
        rs = priv.readers(mv)
        wider: dict[str, list[str]] = {}
        why: dict[str, str] = {}
        for t in base_tables(ctx, mv):
            name = f"{t.schema}.{t.name}"
            cats = sorted(personal.get((t.database, t.schema, t.name), frozenset()) & PERSONAL)
            if t.rls_enabled:
                base = priv.readers(t)
                who = sorted(set(r for r in rs.counted_roles() if r not in base) |
                             set(restricted_readers(priv, rs, t)))
                reason = "row-level security"
            elif cats:
                base = priv.readers(t)
                who = [r for r in rs.counted_roles() if r not in base]
                reason = f"personal data ({', '.join(cats)})"
            else:
                continue
            if who:
                wider[name], why[name] = who, reason
        if not wider:
            yield Outcome.ok(obj)
            continue
        first = next(iter(wider))
        readers = sorted({r for w in wider.values() for r in w})
        yield Outcome.fail(
            obj, f"materialized view {mv.schema}.{mv.name} copies rows of {first} (protected by {why[first]}) and "
                 f"{', '.join(readers[:5])}{' ...' if len(readers) > 5 else ''} read the copy without that protection",
            severity=Severity.HIGH if any(why[t] == "row-level security" for t in wider) else Severity.MEDIUM,
            fix=f"REVOKE SELECT ON {ident(mv.schema, mv.name)} FROM /* {', '.join(readers[:5])} */;\n"
                f"-- or replace it with a security_invoker view, or a table the same policies protect",
            tables={t: why[t] for t in wider}, wider_readers=readers[:_SAMPLE])


@per_database
def policies_rls_disabled(ctx: Context) -> Iterator[Outcome]:
    """Policies on a table whose RLS is off filter nothing: their authors believe rows are separated."""
    priv = privileges(ctx)
    passed = 0
    for rel in application_relations(ctx):
        if rel.kind not in ("r", "p"):
            continue
        if rel.rls_enabled or not priv.policies(rel):
            passed += 1
            continue
        policies = sorted(p.name for p in priv.policies(rel))
        obj = relation_object(rel.database, rel.schema, rel.name)
        yield Outcome.fail(
            obj, f"table {rel.schema}.{rel.name} has {len(policies)} row-level security polic"
                 f"{'y' if len(policies) == 1 else 'ies'} ({', '.join(policies[:5])}) but RLS is not enabled: "
                 f"they filter nothing",
            fix=f"-- enabling RLS changes what every non-owner query returns; test the policies first\n"
                f"-- ALTER TABLE {ident(rel.schema, rel.name)} ENABLE ROW LEVEL SECURITY;\n"
                f"-- or drop the policies if no row separation is intended",
            policies=policies)
    if passed:
        yield Outcome.passes(passed)
