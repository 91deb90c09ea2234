"""Passwords & authentication, the pg_hba lines themselves: trust, cleartext and md5 methods, wide password
ranges, ident over TCP and file errors. Only lines that can decide some login count (first match wins, see
_hba_match); a line that earlier lines always pre-empt is dead configuration, reported as passing with the reason."""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import hba_object
from auditor.model.results import Outcome, Severity

from auditor.checks._common import as_bool, gap_outcome
from auditor.checks._hba import (CLEARTEXT_METHODS, PASSWORD_METHODS, TCP_TYPES, any_address, hba_fix, is_loopback,
    is_wide, names_text, source)
from auditor.checks._hba_match import line_evidence, live_lines, superusers, who

_LOWER = {Severity.CRITICAL: Severity.HIGH, Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW,
          Severity.LOW: Severity.INFO, Severity.INFO: Severity.INFO}


def hba_trust_remote(ctx: Context) -> Iterator[Outcome]:
    """`trust` over TCP means anyone who can reach the port is whoever they say they are."""
    for lr in live_lines(ctx, {"trust"}, TCP_TYPES):
        if isinstance(lr, Outcome):
            yield lr
            continue
        rule, supers = lr.rule, lr.roles & superusers(ctx)
        if is_loopback(rule):
            sev = Severity.HIGH if supers else Severity.MEDIUM
        else:
            sev = Severity.CRITICAL if supers or is_wide(rule, ctx) else Severity.HIGH
        yield Outcome.fail(
            hba_object(rule.line_number),
            f"pg_hba.conf line {rule.line_number} lets any client from {source(rule)} connect without a password "
            f"(trust) as {who(lr, ctx)}",
            severity=sev if lr.roles else _LOWER[sev], fix=hba_fix(rule, "scram-sha-256"),
            root_cause=hba_object(rule.line_number), wide=is_wide(rule, ctx), **line_evidence(lr))


def hba_trust_local(ctx: Context) -> Iterator[Outcome]:
    """`local ... trust` lets every OS account that can open the socket be any role the line names."""
    perms_setting, dirs = ctx.setting("unix_socket_permissions"), ctx.setting("unix_socket_directories")
    try:
        perms = int(perms_setting.value or "", 8) if perms_setting else None
    except ValueError:
        perms = None
    for lr in live_lines(ctx, {"trust"}, ("local",)):
        if isinstance(lr, Outcome):
            yield lr
            continue
        rule, supers = lr.rule, lr.roles & superusers(ctx)
        obj = hba_object(rule.line_number)
        if dirs is not None and not (dirs.value or "").strip():
            yield Outcome.ok(obj, f"line {rule.line_number} is trust, but the server opens no unix socket")
            continue
        if perms is not None and perms & 0o077 == 0:
            yield Outcome.ok(obj, f"line {rule.line_number} is trust, but unix_socket_permissions {perms:04o} "
                                  "lets only the server's OS account open the socket")
            continue
        group_only = perms is not None and perms & 0o007 == 0
        sev = Severity.LOW if group_only else (Severity.HIGH if supers else Severity.MEDIUM)
        accounts = "members of the socket's OS group" if group_only else "every OS account on the server"
        yield Outcome.fail(
            obj, f"pg_hba.conf line {rule.line_number} (local trust) lets {accounts} connect without a password as "
                 f"{who(lr, ctx)}: a compromised web or batch process on the host becomes that role",
            severity=sev if lr.roles else _LOWER[sev],
            fix=hba_fix(rule, "peer", "peer maps the OS account to the same-named role; use scram-sha-256 for the others"),
            root_cause=obj, socket_permissions=f"{perms:04o}" if perms is not None else None, **line_evidence(lr))


def hba_cleartext_password(ctx: Context) -> Iterator[Outcome]:
    """password/ldap/radius/pam/bsd make the client send the password itself, readable on an unencrypted link."""
    ssl_on = as_bool(ssl_setting.value) if (ssl_setting := ctx.setting("ssl")) else None
    for lr in live_lines(ctx, CLEARTEXT_METHODS, ("local", *TCP_TYPES)):
        if isinstance(lr, Outcome):
            yield lr
            continue
        rule, m = lr.rule, lr.rule.auth_method
        obj = hba_object(rule.line_number)
        encrypted = rule.type in ("local", "hostssl", "hostgssenc") or is_loopback(rule)
        if encrypted and m != "password":
            yield Outcome.ok(obj, f"line {rule.line_number} uses {m} over an encrypted or local channel")
            continue
        if encrypted:
            sev, why = Severity.LOW, ("the server receives the password itself instead of a SCRAM proof, so anything "
                                      "impersonating it (a planted socket, a certificate not checked with "
                                      "sslmode=verify-full) learns it")
        elif rule.type == "hostnossl" or ssl_on is False:
            sev, why = Severity.HIGH, "passwords cross the network in clear text"
        else:
            sev, why = Severity.MEDIUM, ("a client that does not insist on TLS (sslmode below require), or is "
                                         "downgraded by an attacker, sends its password in clear text")
        yield Outcome.fail(
            obj, f"pg_hba.conf line {rule.line_number} uses {m} authentication from {source(rule)} for {who(lr, ctx)}: {why}",
            severity=sev, fix=hba_fix(rule, "scram-sha-256" if m == "password" else m,
                                      "" if m == "password" else "and make the line hostssl"),
            root_cause=obj, method=m, ssl=ssl_on, **line_evidence(lr))


def hba_md5_method(ctx: Context) -> Iterator[Outcome]:
    """md5 is a replayable, pass-the-hash challenge for roles whose stored hash is md5."""
    hashes_known = ctx.snap.gap("pg_authid") is None
    for lr in live_lines(ctx, {"md5"}, ("local", *TCP_TYPES)):
        if isinstance(lr, Outcome):
            yield lr
            continue
        rule = lr.rule
        weak = sorted(n for n in lr.roles if (r := ctx.role(n)) and r.password in ("md5", "plaintext"))
        if not hashes_known:
            sev, tail = Severity.MEDIUM, "the stored hash types are unknown (reading them needs pg_read_all_data)"
        elif weak:
            sev, tail = Severity.MEDIUM, (f"{names_text(weak)} {'has' if len(weak) == 1 else 'have'} md5 hashes, "
                                          "so the stolen hash alone logs in")
        else:
            sev, tail = Severity.LOW, ("no role it reaches has an md5 hash today (SCRAM hashes get SCRAM anyway), but a "
                                       "password later stored as md5 is accepted there with the weak protocol")
        yield Outcome.fail(hba_object(rule.line_number),
                           f"pg_hba.conf line {rule.line_number} uses md5 for {who(lr, ctx)}: {tail}",
                           severity=sev, fix=hba_fix(rule, "scram-sha-256"), root_cause=hba_object(rule.line_number),
                           md5_roles=weak, **line_evidence(lr))


def hba_wide_password_range(ctx: Context) -> Iterator[Outcome]:
    """PostgreSQL has no lockout: every address a password line admits can guess passwords online."""
    supers = superusers(ctx)
    for lr in live_lines(ctx, PASSWORD_METHODS, TCP_TYPES):
        if isinstance(lr, Outcome):
            yield lr
            continue
        rule = lr.rule
        obj = hba_object(rule.line_number)
        if any_address(rule):
            sev = Severity.HIGH if lr.roles & supers else Severity.MEDIUM
            where = f"any address ({source(rule)})"
        elif is_wide(rule, ctx):
            sev = Severity.MEDIUM if lr.roles & supers else Severity.LOW
            where = f"the wide range {source(rule)}"
        else:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"pg_hba.conf line {rule.line_number} accepts {rule.auth_method} logins from {where} for "
                 f"{who(lr, ctx)}: with no lockout in PostgreSQL, anyone in that range can guess passwords",
            severity=sev, fix=hba_fix(rule, None, "list the client subnets that need access instead"), root_cause=obj,
            **line_evidence(lr))


def hba_ident_over_tcp(ctx: Context) -> Iterator[Outcome]:
    """TCP ident asks the client's own machine who the user is: the attacker's ident server says anything."""
    for lr in live_lines(ctx, {"ident"}, TCP_TYPES):
        if isinstance(lr, Outcome):
            yield lr
            continue
        rule = lr.rule
        loop = is_loopback(rule)
        yield Outcome.fail(
            hba_object(rule.line_number),
            f"pg_hba.conf line {rule.line_number} trusts the ident answer of clients from {source(rule)} for "
            f"{who(lr, ctx)}: whoever runs the client machine decides which user name it reports",
            severity=Severity.LOW if loop else (Severity.CRITICAL if is_wide(rule, ctx) else Severity.HIGH),
            fix=hba_fix(rule, "scram-sha-256"), root_cause=hba_object(rule.line_number), **line_evidence(lr))


def hba_file_errors(ctx: Context) -> Iterator[Outcome]:
    """A pg_hba.conf with errors is not loaded: the server keeps enforcing the previous file."""
    if ctx.snap.hba_rules is None:
        yield gap_outcome(ctx, "pg_hba_file_rules", "hba") or Outcome.not_assessable(
            "hba", "GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules()")
        return
    bad = [r for r in ctx.snap.hba_rules if r.error]
    for r in bad:
        yield Outcome.fail(
            hba_object(r.line_number),
            f"pg_hba.conf line {r.line_number} does not load ({r.error}): until the file is fixed the server keeps "
            "the rules it loaded before, which may differ from the file audited here",
            fix=f"-- fix or remove pg_hba.conf line {r.line_number}, then\nSELECT pg_reload_conf();",
            root_cause=hba_object(r.line_number), error=r.error, file=r.file_name)
    if not bad:
        yield Outcome.ok("hba", "every pg_hba.conf line loads")
