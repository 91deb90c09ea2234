"""Who may try to log in, how often, and how many sessions one login may hold.

pg_hba facts have one owner each: address width with passwords is PWD-007, TLS is SSL-008, replication lines
are BAK-007; here only the scope a TCP line grants (every database to every role) and the missing lockout.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import hba_object, role_object, setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import ident, setting_or_gap
from auditor.checks._hba import PASSWORD_METHODS, TCP_TYPES, hba_fix, is_loopback, source
from auditor.checks._hba_match import dead_line, hba_reach, line_evidence, reach_or_gap, who
from auditor.checks.server_files import library_names

_LOCKOUT_MODULES = ("auth_delay", "credcheck")


def _credcheck_lockout(ctx: Context) -> bool:
    s = ctx.setting("credcheck.max_auth_failure")
    return s is not None and (s.value or "0").isdigit() and int(s.value or "0") > 0


def brute_force_delay(ctx: Context) -> Iterator[Outcome]:
    """PostgreSQL never locks an account: without auth_delay or credcheck, guesses run at network speed."""
    s, gap = setting_or_gap(ctx, "shared_preload_libraries")
    if gap:
        yield gap
        return
    obj, libs = setting_object("shared_preload_libraries"), library_names(s.value if s else None)
    reach = hba_reach(ctx)
    if reach is not None and not any(lr.reachable and lr.rule.auth_method in PASSWORD_METHODS
                                     and lr.rule.type in TCP_TYPES for lr in reach.lines):
        yield Outcome.not_applicable(obj, "no pg_hba TCP line accepts passwords, so there is nothing to guess over "
                                          "the network")
        return
    if "auth_delay" in libs:
        delay = ctx.setting("auth_delay.milliseconds")
        if delay is not None and (delay.value or "0") not in ("0", ""):
            yield Outcome.ok(obj, f"auth_delay is loaded and waits {delay.value} ms after each failed login")
            return
    if "credcheck" in libs and _credcheck_lockout(ctx):
        yield Outcome.ok(obj, "credcheck is loaded and locks a role after credcheck.max_auth_failure failed logins")
        return
    loaded = [m for m in _LOCKOUT_MODULES if m in libs]
    why = (f"{' and '.join(loaded)} {'is' if len(loaded) == 1 else 'are'} loaded but not configured to slow or lock "
           "failed logins (auth_delay.milliseconds, credcheck.max_auth_failure)" if loaded else
           "neither auth_delay nor credcheck is loaded")
    yield Outcome.fail(obj, f"{why}: PostgreSQL has no account lockout, so a client that reaches a password line can "
                            "try passwords as fast as the network and server allow",
                       fix="-- add auth_delay to shared_preload_libraries and set auth_delay.milliseconds = '2000'\n"
                           "-- (or load credcheck and set credcheck.max_auth_failure), then restart",
                       libraries=sorted(libs),
                       deviation=deviation("shared_preload_libraries", s.value if s else None,
                                           "includes auth_delay (auth_delay.milliseconds > 0) or credcheck"))


def _all(tokens: tuple[str, ...]) -> bool:
    return "all" in tokens


def hba_all_all(ctx: Context) -> Iterator[Outcome]:
    """A TCP line for all databases and all users admits every future role and database too: nothing is scoped."""
    reach, gap = reach_or_gap(ctx)
    if gap:
        yield gap
        return
    assert reach is not None
    for lr in reach.lines:
        rule = lr.rule
        if rule.type not in TCP_TYPES or rule.auth_method == "reject":
            continue
        obj = hba_object(rule.line_number)
        if not (_all(rule.databases) and _all(rule.users)):
            yield Outcome.ok(obj)
        elif not lr.reachable:
            yield dead_line(lr)
        elif is_loopback(rule):
            yield Outcome.ok(obj, f"line {rule.line_number} is open to every database and role, from loopback only")
        else:
            yield Outcome.fail(obj, f"pg_hba.conf line {rule.line_number} admits every role to every database from "
                                    f"{source(rule)} ({who(lr, ctx)}): it names no database or role, so any role or "
                                    "database created later is reachable from there too",
                               severity=Severity.LOW, fix=hba_fix(rule, None, "name the databases and roles (or "
                                                                              "+groups) that connect from there"),
                               root_cause=obj, **line_evidence(lr))


def role_connection_limit(ctx: Context) -> Iterator[Outcome]:
    """A per-role CONNECTION LIMIT keeps one leaked or looping login from taking every connection slot."""
    limit = ctx.thresholds.max_connections_per_login_role
    if not limit:
        yield Outcome.not_applicable("cluster", "thresholds.max_connections_per_login_role is not set: the policy "
                                                "asks for no per-role connection limit")
        return
    for r in ctx.snap.roles:
        if not r.login or r.name.startswith("pg_"):
            continue
        obj = role_object(r.name)
        if r.superuser:
            yield Outcome.ok(obj, f"{r.name} is a superuser: CONNECTION LIMIT does not apply to superusers")
        elif 0 <= r.connlimit <= limit:
            yield Outcome.ok(obj, f"{r.name} may hold {r.connlimit} connections (the policy allows {limit})")
        else:
            now = "no limit" if r.connlimit < 0 else f"a limit of {r.connlimit}"
            yield Outcome.fail(obj, f"login role {r.name} has {now}, above the policy's {limit} connections per role: "
                                    "one leaked password or runaway client can take every connection slot",
                               severity=Severity.LOW, fix=f"ALTER ROLE {ident(r.name)} CONNECTION LIMIT {limit};",
                               connlimit=r.connlimit, limit=limit)
