"""Role privileges: who holds superuser or superuser-equivalent power, powerful attributes and predefined
roles, and which accounts are dead, unusable or generic. Power is followed through the role graph
(auditor/analysis/rolegraph.py): SET ROLE, inherited privileges and ADMIN OPTION, with PostgreSQL 16's grant options."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterator

from auditor.model.acl import parse_acl
from auditor.analysis.auditing import auditing_roles, recognised_by
from auditor.analysis.context import Context
from auditor.model.names import role_object
from auditor.model.results import Outcome, Severity
from auditor.analysis.rolegraph import READ_ALL_DATA, SERVER_READ, WRITE_ALL_DATA

from auditor.checks._common import audit_time, ident, parse_ts
from auditor.checks._roles import (BOOTSTRAP_OID, NEEDS_AUTHID, NEEDS_HBA, accounts, alter_role, attribute_fix,
    cannot_log_in, cut_path_sql, graph, is_app_role, kind_of, login_roles, via_text)

_AUDIT_READS = ("pg_read_all_data", "pg_monitor", "pg_read_all_settings", "pg_read_all_stats", "pg_stat_scan_tables")


def extra_superusers(ctx: Context) -> Iterator[Outcome]:
    """Every superuser beyond the bootstrap role (or beyond the policy's max_superusers) is one more master key."""
    supers = [r for r in ctx.snap.roles if r.superuser]
    allowed = len(supers) <= ctx.thresholds.max_superusers
    for role in ctx.snap.roles:
        obj = role_object(role.name)
        if role.superuser and role.oid != BOOTSTRAP_OID and not allowed:
            yield Outcome.fail(
                obj, f"role {role.name} is a superuser" + (" and can log in" if role.login else "")
                + f": {len(supers)} superusers where the policy allows {ctx.thresholds.max_superusers}",
                severity=Severity.HIGH if role.login else Severity.MEDIUM,
                fix=alter_role(role.name, "NOSUPERUSER") + "  -- grant pg_monitor / specific privileges instead",
                login=role.login, superusers=len(supers))
        else:
            yield Outcome.ok(obj)


def superuser_via_membership(ctx: Context) -> Iterator[Outcome]:
    """rolsuper is never inherited, but SET ROLE, ADMIN OPTION and two predefined roles give the same power."""
    g = graph(ctx)
    for role in accounts(ctx):
        obj = role_object(role.name)
        esc = g.escalation(role.name, createrole=False)
        if esc is None:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"{kind_of(ctx, role)} {role.name} {esc.head}{via_text(esc.path, 2)}: {esc.consequence}",
            fix="\n".join(cut_path_sql(ctx, esc.path)), kind=esc.kind, target=esc.path.target, **esc.path.evidence())


def createrole_roles(ctx: Context) -> Iterator[Outcome]:
    """CREATEROLE mints new login roles; before PostgreSQL 16 it also grants itself almost anything."""
    g = graph(ctx)
    old = ctx.snap.server_major < 16
    for role in accounts(ctx):
        obj = role_object(role.name)
        path = g.attribute_path(role.name, "createrole")
        if path is None:
            yield Outcome.ok(obj)
            continue
        who = f"{kind_of(ctx, role)} {role.name}"
        if old:
            msg = (f"{who} can use CREATEROLE{via_text(path)}: before PostgreSQL 16 that lets it grant itself any "
                   "non-superuser role (pg_execute_server_program, pg_read_server_files) and reset other roles' "
                   "passwords, which makes it superuser-equivalent")
        else:
            managed = sorted(g.administered_by(path.target))
            msg = f"{who} can use CREATEROLE{via_text(path)}: it can create login roles at will"
            if managed:
                msg += (f" and take over the {len(managed)} role(s) it holds ADMIN OPTION on "
                        f"({', '.join(managed[:5])}{', ...' if len(managed) > 5 else ''}) by resetting their passwords")
        yield Outcome.fail(obj, msg, severity=Severity.HIGH if old else Severity.MEDIUM,
                           fix=attribute_fix(ctx, path, "NOCREATEROLE"), server_major=ctx.snap.server_major,
                           **path.evidence())


def _other_uses(ctx: Context) -> dict[str, set[str]]:
    """What each role is used for besides itself: objects it owns and privileges granted to it (audited databases)."""
    uses: dict[str, set[str]] = defaultdict(set)
    for d in ctx.snap.databases:
        uses[d.owner].add("owns databases")
    for s in ctx.snap.schemas:
        if s.extension is None:
            uses[s.owner].add("owns schemas")
    for rel in ctx.snap.relations:
        uses[rel.owner].add("owns tables")
        for item in parse_acl(rel.acl):
            if item.grantee != rel.owner:
                uses[item.grantee].add("holds table privileges")
    for f in ctx.snap.functions:
        if f.extension is None:
            uses[f.owner].add("owns functions")
    return uses


def replication_roles(ctx: Context) -> Iterator[Outcome]:
    """REPLICATION with LOGIN streams a base backup of every database: it belongs to a dedicated role only."""
    g = graph(ctx)
    for role in login_roles(ctx):
        if role.superuser or not role.replication:
            continue
        obj = role_object(role.name)
        other = sorted(ctx.derive(_other_uses).get(role.name, ()))
        other += [a.upper() for a in ("createrole", "createdb", "bypassrls") if getattr(role, a)]
        groups = sorted(g.member_of(role.name) - {role.name})
        if groups:
            other.append("member of " + ", ".join(groups))
        if is_app_role(ctx, role.name):
            other.append("named as an application role")
        if not other:
            yield Outcome.ok(obj, f"{role.name} is a dedicated replication role")
            continue
        yield Outcome.fail(
            obj, f"role {role.name} has REPLICATION and LOGIN and is also used otherwise ({'; '.join(other)}): "
                 "its credentials can stream a base backup of every database, password hashes included",
            fix=alter_role(role.name, "NOREPLICATION")
            + "\n-- and replicate with a dedicated role: CREATE ROLE replicator LOGIN REPLICATION PASSWORD '...';",
            other_uses=other)


def _rls_tables(ctx: Context) -> int:
    return sum(1 for r in ctx.snap.relations if r.rls_enabled)


def bypassrls_roles(ctx: Context) -> Iterator[Outcome]:
    """BYPASSRLS (or SET ROLE to a role with it) switches every row-level security policy off."""
    g = graph(ctx)
    rls = ctx.derive(_rls_tables)
    for role in accounts(ctx):
        obj = role_object(role.name)
        path = g.attribute_path(role.name, "bypassrls")
        if path is None:
            yield Outcome.ok(obj)
            continue
        scope = (f"the policies of the {rls} table(s) with row-level security in the audited databases do not apply to it"
                 if rls else "no audited table uses row-level security yet, but no policy added later will apply to it")
        yield Outcome.fail(
            obj, f"{kind_of(ctx, role)} {role.name} bypasses row-level security (BYPASSRLS{via_text(path)}): {scope}",
            severity=Severity.HIGH if rls else Severity.MEDIUM, fix=attribute_fix(ctx, path, "NOBYPASSRLS"),
            rls_tables=rls, **path.evidence())


def createdb_roles(ctx: Context) -> Iterator[Outcome]:
    """CREATEDB lets a role create databases it then owns outright, and fill the disk with them."""
    g = graph(ctx)
    for role in accounts(ctx):
        obj = role_object(role.name)
        path = g.attribute_path(role.name, "createdb")
        if path is None:
            yield Outcome.ok(obj)
            continue
        app = is_app_role(ctx, role.name)
        yield Outcome.fail(
            obj, f"{kind_of(ctx, role)} {role.name} can create databases (CREATEDB{via_text(path)}), "
                 "each owned by it with full control, outside any reviewed change",
            severity=Severity.MEDIUM if app else Severity.LOW, fix=attribute_fix(ctx, path, "NOCREATEDB"),
            **path.evidence())


def read_server_files_roles(ctx: Context) -> Iterator[Outcome]:
    """pg_read_server_files reads any file the server's OS user can: data files, keys, configuration."""
    g = graph(ctx)
    for role in accounts(ctx):
        obj = role_object(role.name)
        path = g.privilege_path(role.name, SERVER_READ)
        if path is None:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"{kind_of(ctx, role)} {role.name} has the privileges of {SERVER_READ}{via_text(path, 2)}: "
                 "COPY ... FROM a file reads anything the server's OS user can, data files of every database "
                 "and the TLS key included, past every SQL permission",
            fix="\n".join(cut_path_sql(ctx, path)), **path.evidence())


def all_data_roles(ctx: Context) -> Iterator[Outcome]:
    """pg_read_all_data / pg_write_all_data (PG14+) are table privileges on everything, in every database."""
    g = graph(ctx)
    auditors = auditing_roles(ctx)     # recognised whoever runs the audit; reported once by ROLE-013
    for role in accounts(ctx):
        obj = role_object(role.name)
        read = g.privilege_path(role.name, READ_ALL_DATA)
        write = g.privilege_path(role.name, WRITE_ALL_DATA)
        if write is None and (read is None or role.name in auditors):
            yield Outcome.ok(obj, "a recognised auditing role (see ROLE-013)" if read else "")
            continue
        parts, paths = [], [p for p in (read, write) if p]
        if read:
            parts.append(f"reads every table in every database and the sampled values in pg_statistic "
                         f"({READ_ALL_DATA}{via_text(read, 2)}; row-level security still applies)")
        if write:
            parts.append(f"writes every table in every database ({WRITE_ALL_DATA}{via_text(write, 2)}; "
                         "row-level security still applies)")
        yield Outcome.fail(
            obj, f"{kind_of(ctx, role)} {role.name} " + " and ".join(parts),
            severity=Severity.HIGH, fix="\n".join(line for p in paths for line in cut_path_sql(ctx, p)),
            read_all_data=read.evidence() if read else None, write_all_data=write.evidence() if write else None)


def expired_logins(ctx: Context) -> Iterator[Outcome]:
    """A role past VALID UNTIL that keeps LOGIN is a dead account left in place."""
    now = audit_time(ctx)
    for role in login_roles(ctx):
        obj = role_object(role.name)
        until = parse_ts(role.valid_until)
        if until is None or until > now:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(
            obj, f"role {role.name}'s password expired on {until.date().isoformat()} but the role keeps LOGIN: "
                 "a dead account left in place, which trust, peer, cert and other non-password methods still admit",
            fix=alter_role(role.name, "NOLOGIN") + f"  -- or DROP OWNED BY {ident(role.name)}; DROP ROLE {ident(role.name)};",
            valid_until=role.valid_until)


def unusable_logins(ctx: Context) -> Iterator[Outcome]:
    """LOGIN roles that cannot log in (CONNECTION LIMIT 0, or no password and no other way in) are leftovers."""
    hba = ctx.snap.hba_rules
    missing = [m for m, gone in ((NEEDS_AUTHID, ctx.snap.gap("pg_authid")), (NEEDS_HBA, hba is None)) if gone]
    undecided = 0
    for role in login_roles(ctx):
        obj = role_object(role.name)
        fix = alter_role(role.name, "NOLOGIN") + f"  -- or DROP ROLE {ident(role.name)};"
        reason = cannot_log_in(ctx, role)
        if reason == "connection limit 0":
            yield Outcome.fail(obj, f"role {role.name} has LOGIN but CONNECTION LIMIT 0: it is disabled in a way that "
                                    "one ALTER ROLE undoes and that reviews miss; set NOLOGIN or drop it",
                               fix=fix, reason=reason)
        elif missing:
            undecided += 1
        elif reason:
            yield Outcome.fail(obj, f"role {role.name} has LOGIN but no password, and no pg_hba.conf line admits it "
                                    "without one: an unused leftover that a password set later would bring back "
                                    "(PWD-008 defers to this finding)", fix=fix, reason=reason)
        else:
            yield Outcome.ok(obj)
    if undecided:
        yield Outcome.not_assessable("cluster", "; ".join(missing),
                                     f"whether {undecided} login role(s) can log in at all needs {' and '.join(missing)}")


_TEST_NAMES = re.compile(r"^(test|tests|testing|tester|testuser|test_user|demo|demo_user|guest|sample|example|dummy|temp|tmp)\d*$", re.I)
_GENERIC_NAMES = re.compile(r"^(admin|administrator|root|sa|sysadmin|dba|superuser|user)\d*$", re.I)


def generic_account_names(ctx: Context) -> Iterator[Outcome]:
    """Test, demo and generic admin names are guessed first and attribute actions to nobody."""
    for role in login_roles(ctx):
        obj = role_object(role.name)
        if _TEST_NAMES.match(role.name):
            why = "a test or demo account left in the cluster, guessed first by password spraying"
        elif _GENERIC_NAMES.match(role.name):
            why = "a generic shared account name: guessed first by password spraying, and its actions belong to no person"
        else:
            yield Outcome.ok(obj)
            continue
        yield Outcome.fail(obj, f"login role {role.name} is {why}",
                           severity=Severity.MEDIUM if role.superuser else Severity.LOW,
                           fix=f"-- give each person or service its own role, then:\n{alter_role(role.name, 'NOLOGIN')}")


def auditing_role_access(ctx: Context) -> Iterator[Outcome]:
    """The auditing role must read everything; its reads are accepted here, once, and counted nowhere else."""
    g = graph(ctx)
    for name in sorted(auditing_roles(ctx)):
        reads = sorted(p for p in _AUDIT_READS if p in g.privileges_of(name) and p != name)
        role = ctx.role(name)
        yield Outcome.accept(
            role_object(name), f"{name} is a recognised auditing role ({recognised_by(ctx, name)}): its read access "
            f"({', '.join(reads) if reads else 'no predefined read role'}) is accepted, and it is not counted as a "
            "reader of sensitive data (ROLE-008, GRANT-012, access matrix); its other privileges are judged as usual",
            read_privileges=reads, recognised_by=recognised_by(ctx, name), login=bool(role and role.login))


CHECKS = (extra_superusers, superuser_via_membership, createrole_roles, replication_roles, bypassrls_roles,
          createdb_roles, read_server_files_roles, all_data_roles, expired_logins, unusable_logins,
          generic_account_names, auditing_role_access)

