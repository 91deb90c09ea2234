"""SECURITY DEFINER reach: who may run code with the rights of the function's owner, and what those rights are.

GRANT-008 judges whether a caller can hijack a definer function through search_path. This judges the function's
own reach, whatever its search_path: every caller acts as the owner inside it, so a definer function owned by a
superuser, a privileged role or the owner of the application's tables hands that power to everyone who may
execute it, and only the body's own checks stand in between.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.analysis.privileges import privileges
from auditor.analysis.rolegraph import (READ_ALL_DATA, SERVER_PROGRAM, SERVER_READ, SERVER_WRITE,
                                        WRITE_ALL_DATA)
from auditor.model.acl import PUBLIC
from auditor.model.names import function_object
from auditor.model.results import Outcome, Severity
from auditor.model.snapshot import Function

from auditor.checks._common import ident
from auditor.checks._dbgaps import per_database
from auditor.checks.grants_functions import _executors, _fn_sql, _login_reach

_POWERFUL = (SERVER_PROGRAM, SERVER_WRITE, SERVER_READ, WRITE_ALL_DATA, READ_ALL_DATA)
_WRITES = "awdD"
_SAMPLE = 10


def _owner_powers(ctx: Context, f: Function) -> tuple[Severity | None, list[str], list[str]]:
    """(severity when PUBLIC may execute, what the owner can do, tables the owner may write in its database)."""
    priv = privileges(ctx)
    if f.owner in priv.superusers:
        return Severity.HIGH, ["superuser"], []
    role = ctx.role(f.owner)
    held = priv.privileges_of(f.owner)
    powers = [p for p in _POWERFUL if p in held]
    if role is not None:
        powers += [a for a, on in (("CREATEROLE", role.createrole), ("BYPASSRLS", role.bypassrls)) if on]
    writable = sorted(f"{r.schema}.{r.name}" for r in ctx.snap.relations
                      if r.database == f.database and r.kind in ("r", "p") and r.extension is None
                      and any(f.owner in priv.acting(r, None, letter, usage=False) for letter in _WRITES))
    if writable:
        powers.append("writes tables")
    if any(p in powers for p in (SERVER_PROGRAM, SERVER_WRITE, "CREATEROLE")):
        return Severity.HIGH, powers, writable
    return (Severity.MEDIUM if powers else None), powers, writable


@per_database
def security_definer_reach(ctx: Context) -> Iterator[Outcome]:
    """Definer functions others may execute, judged by what their owner can do."""
    for f in ctx.snap.functions:
        if not f.security_definer or f.extension is not None:
            continue
        obj = function_object(f.database, f.schema, f.name, f.args)
        callers = _executors(ctx, f.acl, f.owner)
        logins = _login_reach(ctx, callers)
        severity, powers, writable = _owner_powers(ctx, f)
        if not callers or severity is None or (PUBLIC not in callers and not logins):
            yield Outcome.ok(obj)
            continue
        if PUBLIC not in callers and severity is Severity.MEDIUM:
            severity = Severity.LOW                  # named grantees: a decision someone made, still worth review
        who = "every role (PUBLIC)" if PUBLIC in callers else ", ".join(callers)
        yield Outcome.fail(
            obj, f"SECURITY DEFINER function {f.schema}.{f.name}({f.args}) runs as {f.owner} "
                 f"({', '.join(powers)}) for {who}: whatever it does, its callers do with {f.owner}'s rights",
            severity=severity,
            fix="\n".join([f"REVOKE EXECUTE ON {_fn_sql(f)} FROM {'PUBLIC' if g == PUBLIC else ident(g)};"
                           for g in callers] +
                          [f"-- or give it an owner with only the rights it needs: ALTER {_fn_sql(f)} OWNER TO ...;"]),
            owner=f.owner, owner_can=powers, owner_writes=writable[:_SAMPLE], executable_by=callers,
            login_roles=logins[:20])
