"""Pieces the role checks share: which roles are accounts, the role graph, fix SQL for a path, pg_hba user matching."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from auditor.analysis.context import Context
from auditor.model.snapshot import HbaRule, Role
from auditor.analysis.rolegraph import ADMIN, Path, RoleGraph, role_graph

from auditor.checks._common import ident

BOOTSTRAP_OID = 10  # the role initdb created; it owns the catalogs and cannot drop superuser
PASSWORD_METHODS = frozenset({"md5", "scram-sha-256", "password"})
NEEDS_AUTHID = "pg_read_all_data (or superuser)"
NEEDS_HBA = "GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() (or superuser)"


def graph(ctx: Context) -> RoleGraph:
    return ctx.derive(role_graph)


def _app_patterns(ctx: Context) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in ctx.thresholds.app_role_patterns)


def is_app_role(ctx: Context, name: str) -> bool:
    """Named as an application role by the policy's app_role_patterns."""
    return any(p.search(name) for p in ctx.derive(_app_patterns))


def _accounts(ctx: Context) -> tuple[Role, ...]:
    out = []
    for r in ctx.snap.roles:
        if r.builtin or r.superuser:   # the bootstrap role, predefined roles; superusers are ROLE-001's
            continue
        if r.login or is_app_role(ctx, r.name):
            out.append(r)
    return tuple(out)


def accounts(ctx: Context) -> tuple[Role, ...]:
    """Login roles other than superusers and the bootstrap role, plus roles the policy names as application roles.

    These are the credentials somebody uses; power a NOLOGIN group holds matters through its login members."""
    return ctx.derive(_accounts)


def login_roles(ctx: Context) -> Iterable[Role]:
    """Every LOGIN role but the bootstrap role (superusers included)."""
    return (r for r in ctx.snap.roles if r.login and r.oid != BOOTSTRAP_OID)


def kind_of(ctx: Context, role: Role) -> str:
    return "application role" if is_app_role(ctx, role.name) else "login role" if role.login else "role"


def via_text(path: Path, own: int = 1) -> str:
    """' through a -> b -> c' when the power comes through other roles, '' when the role holds it itself
    (own=1: an attribute of its own; own=2: a direct grant of the target role)."""
    return f" through {path.text()}" if len(path.roles) > own or ADMIN in path.via else ""


def _bootstrap_name(ctx: Context) -> str | None:
    return next((r.name for r in ctx.snap.roles if r.oid == BOOTSTRAP_OID), None)


def _revoke(ctx: Context, group: str, member: str, admin_only: bool) -> list[str]:
    head = "REVOKE ADMIN OPTION FOR " if admin_only else "REVOKE "
    base = f"{head}{ident(group)} FROM {ident(member)}"
    bootstrap = ctx.derive(_bootstrap_name)
    grantors = {m.grantor for m in graph(ctx).memberships(group, member)}
    if ctx.snap.server_major < 16 or not grantors - {None, bootstrap}:
        return [base + ";"]
    return [base + (f" GRANTED BY {ident(g)}" if g and g != bootstrap else "") + ";" for g in sorted(grantors, key=str)]


def cut_path_sql(ctx: Context, path: Path) -> list[str]:
    """REVOKE statements that remove a path: at its first step (this role only) and at its last (every member)."""
    if len(path.roles) < 2:
        return []
    steps = list(zip(path.roles, path.roles[1:], path.via))
    first, last = steps[0], steps[-1]
    out = _revoke(ctx, first[1], first[0], first[2] == ADMIN)
    if len(steps) > 1:
        out += ["-- or, for every member, where the power is granted:"] + _revoke(ctx, last[1], last[0], last[2] == ADMIN)
    return out


def alter_role(name: str, option: str) -> str:
    return f"ALTER ROLE {ident(name)} {option};"


def attribute_fix(ctx: Context, path: Path, option: str) -> str:
    """Remove an attribute from its holder, or cut the path to it."""
    lines = [alter_role(path.target, option)]
    if len(path.roles) > 1:
        lines += [f"-- or cut {path.roles[0]} off from {path.target}:"] + cut_path_sql(ctx, path)[:1]
    return "\n".join(lines)


def admits_without_password(rule: HbaRule, role: str, groups: Callable[[], frozenset[str]]) -> bool:
    """Whether an hba line could let `role` in without a stored password (trust, peer, cert, ldap, ...).
    `groups()` gives the roles it belongs to (for +group), computed only when a line needs them.

    Conservative: a line whose user pattern cannot be evaluated counts as a match."""
    if rule.error is not None or rule.auth_method in PASSWORD_METHODS or rule.auth_method in (None, "reject"):
        return False
    for u in rule.users:
        if u in ("all", role) or (u.startswith("+") and u[1:] in groups()):
            return True
        if u.startswith("/"):  # PG16+: a regular expression over role names
            try:
                if re.search(u[1:], role):
                    return True
            except re.error:
                return True
    return False


def cannot_log_in(ctx: Context, role: Role) -> str | None:
    """Why a LOGIN role cannot log in at all (ROLE-010's fact; other checks defer to it), else None.
    Needs pg_authid and pg_hba_file_rules: without them it answers None."""
    if not role.login or role.oid == BOOTSTRAP_OID:
        return None
    if role.connlimit == 0 and not role.superuser:
        return "connection limit 0"
    hba = ctx.snap.hba_rules
    if hba is None or ctx.snap.gap("pg_authid") is not None or role.password != "none":
        return None
    g = graph(ctx)
    if any(admits_without_password(r, role.name, lambda: g.member_of(role.name)) for r in hba):
        return None
    return "no password and no passwordless pg_hba.conf line"


def _bypassrls_reach(ctx: Context) -> dict[str, tuple[str, ...]]:
    g = graph(ctx)
    out: dict[str, list[str]] = {}
    for role in accounts(ctx):
        if (path := g.attribute_path(role.name, "bypassrls")) is not None:
            out.setdefault(path.target, []).append(role.name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def bypassrls_reach(ctx: Context) -> dict[str, tuple[str, ...]]:
    """BYPASSRLS holder -> the accounts ROLE-005 fails for reaching it: that check owns the fact."""
    return ctx.derive(_bypassrls_reach)
