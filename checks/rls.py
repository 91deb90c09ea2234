"""Row-level security: do tables that hold per-tenant or per-user rows actually filter them?"""
from __future__ import annotations

from typing import Iterator

from auditor.context import Context
from auditor.names import policy_object
from auditor.results import Outcome

from ._common import ident


def _is_true(expr: str | None) -> bool:
    return (expr or "").strip().lower() in ("true", "(true)")


def policy_always_true(ctx: Context) -> Iterator[Outcome]:
    """Policies that look like access control but filter nothing."""
    for p in ctx.snap.policies:
        obj = policy_object(p.database, p.schema, p.table, p.name)
        if p.permissive and p.command != "INSERT" and _is_true(p.using):
            yield Outcome.fail(
                obj, f"policy {p.name} on {p.schema}.{p.table} lets every row through (USING (true)) for {p.command}",
                fix=f"ALTER POLICY {ident(p.name)} ON {ident(p.schema, p.table)} USING (/* tenant or owner predicate */);",
                policy=p.name, command=p.command, roles=list(p.roles))
        else:
            yield Outcome.ok(obj)


CHECKS = (policy_always_true,)
