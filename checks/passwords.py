"""Passwords & authentication: how credentials are stored and which pg_hba methods accept them."""
from __future__ import annotations

from typing import Iterator

from auditor.context import Context
from auditor.names import hba_object, role_object, setting_object
from auditor.results import Outcome, Severity

from ._common import alter_system, gap_outcome, ident, setting_or_gap
from ._hba import describe, hba_rules, is_wide, source, tcp_rules


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
                           fix=alter_system("password_encryption", "scram-sha-256"), value=value)


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
                fix=f"-- after SET password_encryption = 'scram-sha-256', have the owner of {role.name} run \\password, or:\n"
                    f"ALTER ROLE {ident(role.name)} PASSWORD NULL;  -- then set a new password",
                hash_type=role.password, login=role.login)
        elif role.password is not None:
            yield Outcome.ok(obj)


def hba_trust_remote(ctx: Context) -> Iterator[Outcome]:
    """`trust` over TCP means anyone who can reach the port is whoever they say they are."""
    rules, gap = hba_rules(ctx)
    if gap:
        yield gap
        return
    for rule in tcp_rules(rules):
        obj = hba_object(rule.line_number)
        if rule.auth_method == "trust":
            wide = is_wide(rule, ctx)
            yield Outcome.fail(
                obj, f"pg_hba.conf line {rule.line_number} lets clients from {source(rule)} connect as "
                     f"{', '.join(rule.users)} to {', '.join(rule.databases)} with no password (trust)",
                severity=Severity.CRITICAL if wide or "all" in rule.users else Severity.HIGH,
                rule=describe(rule), file=rule.file_name, wide=wide)
        else:
            yield Outcome.ok(obj)


CHECKS = (password_encryption_scram, role_password_hashes, hba_trust_remote)
from ._app_passwords import app_password_storage  # noqa: E402  (application password storage, PWD-020+)

CHECKS = (*CHECKS, app_password_storage)
