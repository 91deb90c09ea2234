"""Audit trails kept inside the database: triggers that write them, and the tables they are written to.

A trigger-based audit trail is evidence only while its trigger fires and while the roles it watches cannot
rewrite it: a disabled trigger records nothing, and a log table the application may UPDATE, DELETE or
TRUNCATE records only what the application leaves in it.
"""
from __future__ import annotations

import re
from typing import Iterator

from auditor.analysis.context import Context
from auditor.analysis.privileges import privileges
from auditor.analysis.log_copies import log_copies
from auditor.model.acl import PUBLIC, parse_acl
from auditor.model.names import relation_object
from auditor.model.results import Outcome, Severity
from auditor.model.snapshot import Relation

from auditor.checks._common import ident
from auditor.checks._dbgaps import per_database
from auditor.checks._logging import named_like_audit

_NOT_FIRING = {"D": "disabled", "R": "fires only in replica sessions (ENABLE REPLICA)"}
# Tables named as audit trails: audit, audit_log, *_audit, history, *_history, changelog, logged_actions, journal.
_AUDIT_TABLE = re.compile(r"(^|_)(audit\w*|history|hist|changelog|change_log|logged_actions|journal)(_|$)")
_TAMPER = {"w": "UPDATE", "d": "DELETE", "D": "TRUNCATE"}


@per_database
def audit_triggers_enabled(ctx: Context) -> Iterator[Outcome]:
    """An audit trigger that does not fire leaves the trail silently incomplete."""
    for rel in ctx.snap.relations:
        audit = [t for t in rel.triggers if named_like_audit(t)]
        if not audit:
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        off = [t for t in audit if t.enabled in _NOT_FIRING]
        if not off:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"audit trigger(s) {', '.join(t.name for t in off)} on {rel.schema}.{rel.name} "
                 f"{'; '.join(sorted({_NOT_FIRING[t.enabled] for t in off}))}: changes to the table are not recorded",
            severity=Severity.MEDIUM,
            fix="\n".join(f"ALTER TABLE {ident(rel.schema, rel.name)} ENABLE TRIGGER {ident(t.name)};" for t in off),
            triggers={t.name: t.enabled for t in off}, functions=sorted({t.function for t in off}))


def _tamperers(ctx: Context, rel: Relation) -> dict[str, list[str]]:
    """Non-superuser login roles, not owner-equivalent, that may UPDATE, DELETE or TRUNCATE the table."""
    priv = privileges(ctx)
    owners = priv.holders(rel.owner) | {rel.owner}
    out: dict[str, list[str]] = {}
    for letter, verb in _TAMPER.items():
        for role in priv.acting(rel, None, letter) & priv.login:
            if role not in priv.superusers and role not in owners:
                out.setdefault(role, []).append(verb)
    return dict(sorted(out.items()))


@per_database
def audit_tables_append_only(ctx: Context) -> Iterator[Outcome]:
    """Roles whose actions an audit table records must not be able to rewrite it."""
    for rel in ctx.snap.relations:
        if rel.kind not in ("r", "p") or rel.extension is not None or not _AUDIT_TABLE.search(rel.name.lower()):
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        who = _tamperers(ctx, rel)
        if not who:
            yield Outcome.ok(obj)
            continue
        verbs = sorted({v for vs in who.values() for v in vs}, key=list(_TAMPER.values()).index)
        grantees = sorted({i.grantee for i in parse_acl(rel.acl)
                           if i.grantee != rel.owner and set(i.privileges) & set(_TAMPER)})
        public = PUBLIC in grantees
        yield Outcome.fail(
            obj, f"audit table {rel.schema}.{rel.name} can be changed by login role(s) {', '.join(list(who)[:10])}"
                 f"{' and more' if len(who) > 10 else ''} ({', '.join(verbs)}): the trail is not evidence",
            severity=Severity.HIGH if public else Severity.MEDIUM,
            fix=(f"REVOKE UPDATE, DELETE, TRUNCATE ON {ident(rel.schema, rel.name)} FROM "
                 f"{', '.join('PUBLIC' if g == PUBLIC else ident(g) for g in grantees)};\n" if grantees else "")
                + "-- grant INSERT only, or let a SECURITY DEFINER audit trigger write it; roles holding "
                  "pg_write_all_data keep these rights until they lose that membership",
            login_roles=who, granted_to=grantees)


@per_database
def audit_log_copies_personal_data(ctx: Context) -> Iterator[Outcome]:
    """A whole-row audit log of a personal-data table must be no more readable than that table."""
    if ctx.snap.row_image_writers is None:
        yield Outcome.not_assessable("cluster", "a snapshot collected by pgcomply 0.2.0 or later (collect again)",
                                     "this snapshot has no scan of audit trigger functions")
        return
    priv = privileges(ctx)
    for (db, schema, name), entry in sorted(log_copies(ctx).items()):
        log = ctx.relation(db, schema, name)
        if log is None:
            continue
        obj = relation_object(db, schema, name)
        readers = priv.readers(log).counted_roles()
        wider: dict[str, list[str]] = {}
        for source in entry["sources"]:
            src = ctx.relation(db, *source.split(".", 1))
            base = priv.readers(src) if src is not None else ()
            if who := [r for r in readers if r not in base]:
                wider[source] = who
        if not wider:
            yield Outcome.ok(obj, f"audit log {schema}.{name} copies personal data but is read by no more roles than "
                                  f"its source tables")
            continue
        roles = sorted({r for w in wider.values() for r in w})
        cats = sorted({c for s in wider for c in entry["sources"][s]})
        yield Outcome.fail(
            obj, f"audit log {schema}.{name} holds whole-row copies of {', '.join(list(wider)[:3])} "
                 f"({', '.join(cats)}), and {', '.join(roles[:5])}{' ...' if len(roles) > 5 else ''} may read the "
                 f"copy but not the source",
            severity=Severity.HIGH if PUBLIC in {i.grantee for i in parse_acl(log.acl) if "r" in i.privileges}
            else Severity.MEDIUM,
            fix=f"REVOKE SELECT ON {ident(schema, name)} FROM /* {', '.join(roles[:5])} */;\n"
                f"-- or log only the changed keys and non-personal columns instead of to_jsonb(NEW)/row_to_json(OLD), "
                f"and list {schema}.{name} in the record of processing",
            sources=entry["sources"], triggers=entry["triggers"][:10], wider_readers=roles[:20])
