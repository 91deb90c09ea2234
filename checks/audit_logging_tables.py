"""Audit logging of the tables that hold sensitive data: would the logs show who changed them, and (for card
numbers, PCI DSS 10.2.1.1) who read them? Session auditing, pgaudit object auditing or an audit trigger count."""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.analysis.sensitivity import sensitive_columns, sensitive_tables
from auditor.model.names import relation_object
from auditor.model.results import Outcome, Severity

from auditor.checks._common import alter_system, ident
from auditor.checks._logging import (audit_role, audit_triggers, covered_classes, is_pgaudit_loaded, no_pgaudit,
    object_audited)

HIGH_RISK = frozenset({"payment_card", "national_id", "health", "iban", "bank_account", "credentials", "secret_token"})


def _sensitive_relations(ctx: Context, kinds: str):
    for (db, schema, table), cats in sorted(sensitive_tables(ctx).items()):
        rel = ctx.relation(db, schema, table)
        if rel is not None and rel.kind in kinds and not rel.is_partition:
            yield rel, cats


def sensitive_changes_audited(ctx: Context) -> Iterator[Outcome]:
    """Changes to sensitive tables need a record of who changed what (session, object or trigger auditing)."""
    per_db: dict[str, frozenset[str]] = {}
    for rel, cats in _sensitive_relations(ctx, "rpf"):
        obj = relation_object(rel.database, rel.schema, rel.name)
        covered = per_db.setdefault(rel.database, covered_classes(ctx, rel.database))
        if "write" in covered or object_audited(ctx, rel, "awd") or audit_triggers(rel):
            yield Outcome.ok(obj)
            continue
        risky = sorted(cats & HIGH_RISK)
        yield Outcome.fail(
            obj, f"{rel.schema}.{rel.name} holds {', '.join(sorted(cats))} but no write auditing covers it (pgaudit write "
                 "class, pgaudit object auditing, log_statement mod, or an audit trigger): who changed it is unrecorded",
            severity=Severity.MEDIUM if risky else Severity.INFO,
            fix=_write_audit_fix(ctx, rel), root_cause=no_pgaudit(ctx), categories=sorted(cats))


def _write_audit_fix(ctx: Context, rel) -> str:
    """Session auditing covers every table at once; object auditing of one table is the narrower choice once
    pgaudit is loaded. Without pgaudit the fix is the same for every table (its root cause groups them)."""
    session = "-- session auditing for every table:\n" + alter_system("pgaudit.log", "ddl, role, write")
    if not is_pgaudit_loaded(ctx):
        return ("-- after loading pgaudit (LOG-003), " + session[3:] + "\n-- (or object auditing of single tables "
                "through pgaudit.role, or log_statement = 'mod')")
    return session + "\n-- or object auditing of this table:\n" + _object_audit_fix(ctx, rel, "INSERT, UPDATE, DELETE")


def cardholder_reads_audited(ctx: Context) -> Iterator[Outcome]:
    """PCI DSS 10.2.1.1: every individual access to cardholder data is logged, reads included."""
    protected = {(c.database, c.schema, c.table) for c in sensitive_columns(ctx)
                 if c.category == "payment_card" and c.protected}
    per_db: dict[str, frozenset[str]] = {}
    for rel, cats in _sensitive_relations(ctx, "rpfm"):
        if "payment_card" not in cats:
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        covered = per_db.setdefault(rel.database, covered_classes(ctx, rel.database))
        if "read" in covered or object_audited(ctx, rel, "r"):
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"{rel.schema}.{rel.name} holds card numbers but reading it is not audited (no pgaudit read class, no "
                 "object auditing of SELECT, log_statement is not all): who looked at cardholder data is unrecorded",
            severity=Severity.LOW if (rel.database, rel.schema, rel.name) in protected else Severity.MEDIUM,
            fix="-- pgaudit object auditing:\n" + _object_audit_fix(ctx, rel, "SELECT"),
            root_cause=no_pgaudit(ctx), categories=sorted(cats))


def _object_audit_fix(ctx: Context, rel, privileges: str) -> str:
    role = audit_role(ctx, rel.database)
    setup = "" if role else "CREATE ROLE auditor NOLOGIN;\n" + alter_system("pgaudit.role", "auditor") + "\n"
    return f"{setup}GRANT {privileges} ON {ident(rel.schema, rel.name)} TO {ident(role or 'auditor')};"
