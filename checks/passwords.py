"""Passwords & authentication: how credentials are stored, and which pg_hba lines can decide a login.

pg_hba findings only concern lines that can decide some login (first match wins, see _hba_match):
a line that earlier lines always pre-empt is dead configuration, reported as passing with the reason.
Messages name the existing roles a line reaches; a line only a future role could use is "latent".
"""
from __future__ import annotations

import datetime as dt
from typing import Callable, Iterator

from auditor.analysis.context import Context
from auditor.model.names import role_object, setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import alter_system, audit_time, gap_outcome, ident, lit, parse_ts, setting_or_gap
from auditor.checks._hba import (STORED_PASSWORD_METHODS, TCP_TYPES, hba_fix, hba_token, is_loopback, is_wide,
    line_cause, lines_text, reject_line, source)
from auditor.checks._hba_match import HbaReach, hba_reach, reach_or_gap
from auditor.checks.passwords_app import app_password_storage
from auditor.checks.passwords_hba import (hba_cleartext_password, hba_file_errors, hba_ident_over_tcp, hba_md5_method,
    hba_trust_local, hba_trust_remote, hba_wide_password_range)
from auditor.checks._overrides import override_deviation, overrides, overrides_gap, reset_sql, scope
from auditor.checks._roles import cannot_log_in

_STRONG_METHODS = frozenset({"cert", "gss", "sspi"})
_COMPLEXITY_MODULES = ("passwordcheck", "credcheck", "passwordpolicy")
MIN_SCRAM_ITERATIONS = 4096   # the PostgreSQL default, and the fixed value before 16


def password_encryption_scram(ctx: Context) -> Iterator[Outcome]:
    """New passwords are hashed with the algorithm named here."""
    s, gap = setting_or_gap(ctx, "password_encryption")
    if gap:
        yield gap
        return
    obj = setting_object("password_encryption")
    value = (s.value if s else "") or ""
    if value == "scram-sha-256":
        yield Outcome.ok(obj, "password_encryption is scram-sha-256")
    else:
        yield Outcome.fail(obj, f"password_encryption is {value or 'unset'}: new passwords get weak md5 hashes",
                           fix=alter_system("password_encryption", "scram-sha-256"), value=value,
                           deviation=deviation("password_encryption", value, "scram-sha-256"))


def role_password_hashes(ctx: Context) -> Iterator[Outcome]:
    """Stored md5 hashes are password equivalents for md5 auth and fall to offline cracking."""
    if gap := gap_outcome(ctx, "pg_authid"):
        yield gap
        return
    for role in ctx.snap.roles:
        obj = role_object(role.name)
        if role.password in ("md5", "plaintext"):
            yield Outcome.fail(
                obj, f"role {role.name} has a password stored as {role.password}"
                + (" (it can log in)" if role.login else ""),
                severity=Severity.HIGH if role.login else Severity.MEDIUM,
                fix="-- after SET password_encryption = 'scram-sha-256', have the role's user run \\password, or:\n"
                    f"ALTER ROLE {ident(role.name)} PASSWORD NULL;  -- then set a new password",
                hash_type=role.password, login=role.login)
        elif role.password is not None:
            yield Outcome.ok(obj)


# ---- roles against the lines that reach them ------------------------------------------------------

def _role_checks(ctx: Context) -> tuple[HbaReach | None, Outcome | None]:
    if gap := gap_outcome(ctx, "pg_authid"):
        return None, gap
    return reach_or_gap(ctx)


def login_role_without_password(ctx: Context) -> Iterator[Outcome]:
    """A LOGIN role with no password, routed to password lines, is dormant: one ALTER ROLE arms it."""
    reach, gap = _role_checks(ctx)
    if gap:
        yield gap
        return
    assert reach is not None
    for role in ctx.snap.roles:
        if not role.login:
            continue
        obj = role_object(role.name)
        lines = [r for r in reach.lines_of(role.name) if r.auth_method in STORED_PASSWORD_METHODS]
        if role.password != "none" or not lines:
            yield Outcome.ok(obj)
            continue
        if cannot_log_in(ctx, role):      # no way in at all: an unused leftover, ROLE-010's finding
            yield Outcome.ok(obj, f"role {role.name} cannot log in at all: reported by ROLE-010", reported_by="ROLE-010")
            continue
        sources = ", ".join(sorted({source(r) for r in lines}))
        yield Outcome.fail(
            obj, f"role {role.name} logs in without a password, and pg_hba.conf {lines_text(lines)} "
                 f"{'asks' if len(lines) == 1 else 'ask'} it for one (from {sources}): that way is closed "
                 "today, but any password later set on it is accepted there at once",
            fix=f"-- pg_hba.conf, before {lines_text(lines)} (unless the role is to get a password):\n"
                + "".join(f"-- {reject_line(r, role.name)}\n" for r in lines)
                + "SELECT pg_reload_conf();",
            root_cause=line_cause(lines), lines=[r.line_number for r in lines])


def password_bypassed_by_trust(ctx: Context) -> Iterator[Outcome]:
    """A password that no pg_hba line ever asks for protects nothing."""
    reach, gap = _role_checks(ctx)
    if gap:
        yield gap
        return
    assert reach is not None
    for role in ctx.snap.roles:
        if not role.login or role.password in (None, "none"):
            continue
        obj = role_object(role.name)
        lines = [r for r in reach.lines_of(role.name) if r.auth_method != "reject"]
        if not lines or any(r.auth_method != "trust" for r in lines):
            yield Outcome.ok(obj)
            continue
        remote = any(r.type in TCP_TYPES and not is_loopback(r) for r in lines)
        yield Outcome.fail(
            obj, f"role {role.name} has a password, but every pg_hba.conf line that reaches it ({lines_text(lines)}) "
                 "is trust: the password is never asked for",
            severity=Severity.HIGH if remote else Severity.MEDIUM,
            fix="\n".join(hba_fix(r, "scram-sha-256") for r in lines[:3]), root_cause=line_cause(lines),
            lines=[r.line_number for r in lines])


def superuser_remote_login(ctx: Context) -> Iterator[Outcome]:
    """Superusers should log in from the server host (or through an admin role), never from the network."""
    reach, gap = reach_or_gap(ctx)
    if gap:
        yield gap
        return
    assert reach is not None
    for role in ctx.snap.roles:
        if not (role.superuser and role.login):
            continue
        obj = role_object(role.name)
        lines = [r for r in reach.lines_of(role.name)
                 if r.type in TCP_TYPES and r.auth_method != "reject" and not is_loopback(r)]
        if not lines:
            yield Outcome.ok(obj)
            continue
        methods = {r.auth_method for r in lines if r.auth_method}   # valid lines all have one
        if "trust" in methods:
            sev = Severity.CRITICAL
        elif any(is_wide(r, ctx) and r.auth_method not in _STRONG_METHODS for r in lines):
            sev = Severity.HIGH
        elif methods <= _STRONG_METHODS:
            sev = Severity.LOW
        else:
            sev = Severity.MEDIUM
        yield Outcome.fail(
            obj, f"superuser {role.name} can log in over the network: pg_hba.conf {lines_text(lines)} "
                 f"{'admits' if len(lines) == 1 else 'admit'} it from "
                 f"{', '.join(sorted({source(r) for r in lines}))} ({', '.join(sorted(methods))})",
            severity=sev, fix=f"-- pg_hba.conf, before {lines_text(lines)}:\n-- host all {hba_token(role.name)} 0.0.0.0/0 "
                              f"reject\n-- host all {hba_token(role.name)} ::/0 reject\nSELECT pg_reload_conf();",
            root_cause=line_cause(lines), lines=[r.line_number for r in lines], methods=sorted(methods))


def valid_until_policy(ctx: Context) -> Iterator[Outcome]:
    """Password expiry where the policy asks for it (thresholds.require_valid_until / max_password_age_days)."""
    t = ctx.thresholds
    if not t.require_valid_until and not t.max_password_age_days:
        yield Outcome.not_applicable("cluster", "the policy asks for no password expiry "
                                    "(thresholds.require_valid_until, max_password_age_days)")
        return
    now = audit_time(ctx)   # judged at collection time: a check is a pure function of the snapshot
    for role in ctx.snap.roles:
        if not role.login:
            continue
        obj = role_object(role.name)
        if role.password == "none":
            yield Outcome.not_applicable(obj, f"role {role.name} has no password to expire")
            continue
        until = parse_ts(role.valid_until)
        days = None if until is None else (until - now).days
        expiry = (now + dt.timedelta(days=t.max_password_age_days or 90)).date().isoformat()
        fix = f"ALTER ROLE {ident(role.name)} VALID UNTIL {lit(expiry)};"
        if until is None:   # never expires: fails whichever of the two thresholds is set
            what = ("a password that never expires" if role.password else
                    "no VALID UNTIL (whether it has a password at all takes pg_read_all_data to see)")
            yield Outcome.fail(obj, f"role {role.name} can log in with {what}", fix=fix, valid_until=role.valid_until)
        elif days is not None and days >= 0 and t.max_password_age_days and days > t.max_password_age_days:
            yield Outcome.fail(obj, f"role {role.name}'s password stays valid for {days} more days, beyond the policy's "
                                    f"{t.max_password_age_days}", fix=fix, valid_until=role.valid_until, days_left=days)
        else:
            yield Outcome.ok(obj)


# ---- settings -------------------------------------------------------------------------------------

def password_hashing_overrides(ctx: Context) -> Iterator[Outcome]:
    """ALTER ROLE/DATABASE ... SET password_encryption = md5 quietly brings md5 hashes back for some roles."""
    if gap := overrides_gap(ctx):
        yield gap
        return
    found = False
    for o in overrides(ctx, ("password_encryption", "scram_iterations")):
        if o.name == "password_encryption" and o.value != "scram-sha-256":
            found = True
            yield Outcome.fail(o.object, f"password_encryption is {o.value} for {scope(o)}: passwords set there get md5 hashes",
                               fix=reset_sql(o), value=o.value, database=o.database, role=o.role,
                               deviation=override_deviation(o, "scram-sha-256, or not set here"))
        elif o.name == "scram_iterations" and o.value.isdigit() and int(o.value) < MIN_SCRAM_ITERATIONS:
            found = True
            yield Outcome.fail(o.object, f"scram_iterations is {o.value} for {scope(o)}: SCRAM hashes made there are "
                                         "cheaper to crack", severity=Severity.LOW, fix=reset_sql(o), value=o.value,
                               database=o.database, role=o.role,
                               deviation=override_deviation(o, f"{MIN_SCRAM_ITERATIONS} or more, or not set here"))
        else:
            yield Outcome.ok(o.object)
    if not found:
        yield Outcome.ok("cluster", "no role or database weakens password hashing")


def scram_iterations(ctx: Context) -> Iterator[Outcome]:
    """Fewer SCRAM iterations make every stolen hash cheaper to brute-force."""
    obj = setting_object("scram_iterations")
    if ctx.snap.server_major < 16:
        yield Outcome.ok(obj, f"PostgreSQL {ctx.snap.server_major} always uses {MIN_SCRAM_ITERATIONS} iterations")
        return
    s, gap = setting_or_gap(ctx, "scram_iterations")
    if gap:
        yield gap
        return
    raw = (s.value if s else None) or ""
    value = int(raw) if raw.isdigit() else None
    if value is not None and value < MIN_SCRAM_ITERATIONS:
        yield Outcome.fail(obj, f"scram_iterations is {value}, below the default {MIN_SCRAM_ITERATIONS}: new SCRAM hashes "
                                "are cheaper to brute-force", fix=alter_system("scram_iterations", str(MIN_SCRAM_ITERATIONS)),
                           value=value, deviation=deviation("scram_iterations", value, f"{MIN_SCRAM_ITERATIONS} or more"))
    else:
        yield Outcome.ok(obj, f"scram_iterations is {value}")


def password_complexity_module(ctx: Context) -> Iterator[Outcome]:
    """Without passwordcheck/credcheck the server accepts any password a client sends in clear."""
    s, gap = setting_or_gap(ctx, "shared_preload_libraries")
    if gap:
        yield gap
        return
    obj = setting_object("shared_preload_libraries")
    libs = [x.strip().strip('"').lower() for x in ((s.value if s else "") or "").split(",") if x.strip()]
    loaded = [m for m in _COMPLEXITY_MODULES if m in libs]
    if loaded:
        yield Outcome.ok(obj, f"{', '.join(loaded)} is loaded")
        return
    reach = hba_reach(ctx)
    if reach is not None and not any(lr.reachable and lr.rule.auth_method in STORED_PASSWORD_METHODS for lr in reach.lines):
        yield Outcome.not_applicable(obj, "no pg_hba line checks a stored password, so password complexity does not apply")
        return
    yield Outcome.fail(obj, "no password-complexity module (passwordcheck, credcheck) is loaded: CREATE/ALTER ROLE "
                            "accepts any password, however short or guessable",
                       fix="-- add passwordcheck (contrib) or credcheck to shared_preload_libraries, then restart",
                       libraries=libs,
                       deviation=deviation("shared_preload_libraries", s.value if s else None,
                                           "includes passwordcheck or credcheck"))


CHECKS: tuple[Callable[[Context], Iterator[Outcome]], ...] = (password_encryption_scram, role_password_hashes, hba_trust_remote, hba_trust_local, hba_cleartext_password,
          hba_md5_method, hba_wide_password_range, login_role_without_password, password_bypassed_by_trust,
          valid_until_policy, superuser_remote_login, hba_ident_over_tcp, hba_file_errors, password_hashing_overrides,
          scram_iterations, password_complexity_module, app_password_storage)

