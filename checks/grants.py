"""Least-privilege grants: what PUBLIC, broad roles, "read-only" roles and owners may do to application objects.

Every check reads ACLs through auditor.model.acl and effective privileges through auditor.analysis.privileges, so
table-level and column-level grants, inherited memberships and ownership are understood the same way.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Iterator

from auditor.model.acl import PRIVILEGES, PUBLIC, WRITE_PRIVILEGES, parse_acl
from auditor.analysis.context import Context
from auditor.model.snapshot import Relation
from auditor.model.names import (database_object, default_privileges_object, function_object, object_database,
    relation_object, role_object, schema_object, split_parts)
from auditor.analysis.privileges import privileges
from auditor.model.results import Outcome, Severity
from auditor.analysis.sensitivity import sensitive_tables

from auditor.checks.grants_access import sensitive_column_readers
from auditor.checks._common import application_relations, ident
from auditor.checks._dbgaps import per_database, unread_databases
from auditor.checks.grants_definer import security_definer_reach
from auditor.checks.grants_objects import foreign_table_readers, system_catalog_grants
from auditor.checks.grants_functions import (file_access_functions, risky_extensions, security_definer_search_path,
    untrusted_languages)

_KIND_NAME = {"r": "table", "p": "table", "v": "view", "m": "materialized view", "f": "foreign table", "S": "sequence"}
_DEFACL_KIND = {"r": "tables", "S": "sequences", "f": "functions", "T": "types", "n": "schemas", "L": "large objects"}
_SAMPLE = 20   # objects listed in evidence; the count says how many there are


def _names(letters: str) -> list[str]:
    return sorted({PRIVILEGES.get(p, p) for p in letters})


def _on(rel: Relation) -> str:
    return "SEQUENCE" if rel.kind == "S" else "TABLE"


def _public_letters(acl: tuple[str, ...]) -> str:
    return "".join(i.privileges for i in parse_acl(acl) if i.grantee == PUBLIC)


@per_database
def public_relation_privileges(ctx: Context) -> Iterator[Outcome]:
    """PUBLIC is every role, including ones created tomorrow; a column grant to PUBLIC counts too."""
    passed = 0
    for rel in application_relations(ctx):
        held = _public_letters(rel.acl)
        cols = {c.name: _names(letters) for c in rel.columns if c.acl and (letters := _public_letters(c.acl))}
        if not held and not cols:
            passed += 1
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        names = _names(held + "".join(_public_letters(c.acl) for c in rel.columns))
        writes = bool(set(held + "".join(_public_letters(c.acl) for c in rel.columns)) & WRITE_PRIVILEGES)
        kind = _KIND_NAME.get(rel.kind, "relation")
        fix = [f"REVOKE ALL ON {_on(rel)} {ident(rel.schema, rel.name)} FROM PUBLIC;"] if held else []
        if cols:
            collist = ", ".join(ident(c) for c in sorted(cols))
            fix.append(f"REVOKE ALL ({collist}) ON TABLE {ident(rel.schema, rel.name)} FROM PUBLIC;")
        where = f" on columns {', '.join(sorted(cols))}" if cols and not held else ""
        by_column: dict[str, Any] = {"columns": cols} if cols else {}
        yield Outcome.fail(
            obj, f"PUBLIC holds {', '.join(names)} on {kind} {rel.schema}.{rel.name}{where}: every role in the cluster has it",
            severity=Severity.HIGH if writes or rel.kind != "S" else Severity.MEDIUM, fix="\n".join(fix),
            privileges=names, kind=kind, **by_column)
    if passed:
        yield Outcome.passes(passed)


@per_database
def public_schema_create(ctx: Context) -> Iterator[Outcome]:
    """CREATE on a schema lets anyone plant a function or table that shadows one on other roles' search_path."""
    for s in ctx.snap.schemas:
        obj = schema_object(s.database, s.name)
        if "C" in _public_letters(s.acl):
            yield Outcome.fail(
                obj, f"PUBLIC may CREATE objects in schema {s.name} of database {s.database}: any role can plant "
                     f"objects that shadow others on the search_path",
                fix=f"REVOKE CREATE ON SCHEMA {ident(s.name)} FROM PUBLIC;", schema=s.name, owner=s.owner)
        else:
            yield Outcome.ok(obj)


def public_database_access(ctx: Context) -> Iterator[Outcome]:
    """Where the policy restricts it, PUBLIC must not CONNECT to (or create TEMP tables in) a database."""
    restrict = ctx.thresholds.restrict_public_connect
    unread = set(unread_databases(ctx))    # their ACL is known even when their catalog could not be read
    for d in ctx.snap.databases:
        if not (d.collected or d.name in unread) or d.is_template:
            continue
        obj = database_object(d.name)
        held = _public_letters(d.acl)
        wanted = "".join(p for p in "cT" if p in held)
        if not restrict:
            yield Outcome.not_applicable(obj, "the policy does not restrict PUBLIC CONNECT (restrict_public_connect = false)")
        elif wanted:
            names = _names(wanted)
            yield Outcome.fail(
                obj, f"PUBLIC holds {' and '.join(names)} on database {d.name}: every role may connect to it",
                fix=f"REVOKE {', '.join(names)} ON DATABASE {ident(d.name)} FROM PUBLIC;\n"
                    f"GRANT CONNECT ON DATABASE {ident(d.name)} TO /* the roles that need it */;",
                privileges=names)
        else:
            yield Outcome.ok(obj)


def _foreign_grant_options(ctx: Context, acl: tuple[str, ...], owner: str) -> dict[str, list[str]]:
    """Grantee -> privileges it holds WITH GRANT OPTION, for grantees that are not owner-equivalent."""
    priv = privileges(ctx)
    out: dict[str, list[str]] = {}
    for item in parse_acl(acl):
        if not item.grantable or item.grantee in (owner, PUBLIC) or item.grantee in priv.superusers:
            continue
        if owner in priv.privileges_of(item.grantee):
            continue
        out[item.grantee] = _names(item.grantable)
    return out


@per_database
def grant_option_non_owner(ctx: Context) -> Iterator[Outcome]:
    """A grant option lets its holder hand the privilege on, outside the owner's control and any review."""
    def verdict(obj: str, what: str, sql_on: str, held: dict[str, list[str]], cols: str = "") -> Outcome:
        if not held:
            return Outcome.ok(obj)
        fix = "\n".join(f"REVOKE GRANT OPTION FOR ALL{cols} ON {sql_on} FROM {ident(g)} CASCADE;  -- also revokes what it passed on"
                        for g in sorted(held))
        who = ", ".join(f"{g} ({', '.join(p)})" for g, p in sorted(held.items()))
        return Outcome.fail(obj, f"{who} may grant privileges on {what} to others (WITH GRANT OPTION)",
                            fix=fix, grantees=dict(sorted(held.items())))

    passed = 0
    for rel in application_relations(ctx):
        held = _foreign_grant_options(ctx, rel.acl, rel.owner)
        col_held: dict[str, dict[str, list[str]]] = defaultdict(dict)
        for c in rel.columns:
            if not c.acl:
                continue
            for g, p in _foreign_grant_options(ctx, c.acl, rel.owner).items():
                col_held[g][c.name] = p
        if not col_held and not held:
            passed += 1
            continue
        obj = relation_object(rel.database, rel.schema, rel.name)
        table_sql = f"{_on(rel)} {ident(rel.schema, rel.name)}"
        if not col_held:
            yield verdict(obj, f"{_KIND_NAME.get(rel.kind, 'relation')} {rel.schema}.{rel.name}", table_sql, held)
            continue
        cols = sorted({c for per in col_held.values() for c in per})
        merged = {g: sorted({p for ps in per.values() for p in ps} | set(held.get(g, ()))) for g, per in col_held.items()}
        out = verdict(obj, f"{'' if held else 'columns ' + ', '.join(cols) + ' of '}{rel.schema}.{rel.name}", table_sql,
                      {**merged, **{g: p for g, p in held.items() if g not in merged}},
                      "" if held else " (" + ", ".join(ident(c) for c in cols) + ")")
        yield Outcome(out.status, out.object, out.message, {**out.evidence, "columns": cols}, fix=out.fix)
    if passed:
        yield Outcome.passes(passed)
    for f in ctx.snap.functions:
        if f.extension is None:
            obj = function_object(f.database, f.schema, f.name, f.args)
            yield verdict(obj, f"function {f.schema}.{f.name}({f.args})",
                          f"{'PROCEDURE' if f.kind == 'p' else 'FUNCTION'} {ident(f.schema, f.name)}({f.args})",
                          _foreign_grant_options(ctx, f.acl, f.owner))
    for s in ctx.snap.schemas:
        if s.extension is None:
            yield verdict(schema_object(s.database, s.name), f"schema {s.name}", f"SCHEMA {ident(s.name)}",
                          _foreign_grant_options(ctx, s.acl, s.owner))
    for d in ctx.snap.databases:
        if d.collected:
            yield verdict(database_object(d.name), f"database {d.name}", f"DATABASE {ident(d.name)}",
                          _foreign_grant_options(ctx, d.acl, d.owner))


def _broad_roles(ctx: Context) -> dict[str, int]:
    """Roles whose privileges reach more non-superuser login roles than max_sensitive_readers."""
    priv = privileges(ctx)
    limit = ctx.thresholds.max_sensitive_readers
    out = {}
    for name, role in priv.roles.items():
        if role.builtin:
            continue
        n = len((priv.holders(name) & priv.login) - priv.superusers)
        if n > limit:
            out[name] = n
    return out


@per_database
def default_privileges_broad(ctx: Context) -> Iterator[Outcome]:
    """Default privileges are grants on objects that do not exist yet: nobody reviews them when they appear."""
    broad = ctx.derive(_broad_roles)
    for d in ctx.snap.default_acls:
        kind = _DEFACL_KIND.get(d.object_type, d.object_type)
        obj = default_privileges_object(d.database, d.role, d.schema, kind)
        if d.object_type in ("f", "T"):   # PUBLIC EXECUTE/USAGE is PostgreSQL's built-in default there
            yield Outcome.ok(obj)
            continue
        bad: dict[str, list[str]] = {}
        for item in parse_acl(d.acl):
            if item.grantee != d.role and (item.grantee == PUBLIC or item.grantee in broad):
                bad[item.grantee] = _names(item.privileges)
        if not bad:
            yield Outcome.ok(obj)
            continue
        writes = any(set(i.privileges) & (WRITE_PRIVILEGES | {"C"}) for i in parse_acl(d.acl) if i.grantee in bad)
        scope = f" in schema {d.schema}" if d.schema else ""
        who = ", ".join(f"{g} ({', '.join(p)})" for g, p in sorted(bad.items()))
        in_schema = f" IN SCHEMA {ident(d.schema)}" if d.schema else ""
        fix = "\n".join(f"ALTER DEFAULT PRIVILEGES FOR ROLE {ident(d.role)}{in_schema} REVOKE ALL ON {kind.upper()} "
                        f"FROM {'PUBLIC' if g == PUBLIC else ident(g)};" for g in sorted(bad))
        yield Outcome.fail(
            obj, f"every future {kind[:-1]} that {d.role} creates{scope} in database {d.database} is granted to {who}",
            severity=Severity.HIGH if PUBLIC in bad or writes else Severity.MEDIUM, fix=fix,
            grantees=dict(sorted(bad.items())), broad_role_login_members={g: broad[g] for g in sorted(bad) if g in broad})


def _compiled(ctx: Context) -> list[re.Pattern[str]]:
    return [re.compile(p, re.I) for p in ctx.thresholds.readonly_role_patterns]


def _write_letters(rel: Relation) -> str:
    return "w" if rel.kind == "S" else "awdD"


@per_database
def readonly_roles_write(ctx: Context) -> Iterator[Outcome]:
    """A role named or declared read-only that can change data breaks the assumption every reviewer makes."""
    priv = privileges(ctx)
    patterns = ctx.derive(_compiled)
    readonly = sorted(r.name for r in ctx.snap.roles if not r.builtin and any(p.search(r.name) for p in patterns))
    if not readonly:
        return
    ro = set(readonly) - priv.superusers
    found: dict[str, dict[str, set[str]]] = {r: defaultdict(set) for r in readonly}
    for rel in application_relations(ctx):
        where = relation_object(rel.database, rel.schema, rel.name)
        for letter in _write_letters(rel):
            for col in (None, *[c for c in rel.columns if c.acl]):
                if col is not None and letter not in "aw":
                    continue
                hits = [r for r in ro if r in priv.acting(rel, col, letter, usage=False)]
                for role in hits:
                    if any(p.grantee != PUBLIC for p in priv.paths(role, rel, col, letter)):
                        found[role][where].add(PRIVILEGES[letter])
    for role in readonly:
        obj = role_object(role)
        r = priv.roles[role]
        objects = found[role]
        if r.superuser:
            yield Outcome.fail(obj, f"role {role} looks read-only by its name but is a superuser",
                               severity=Severity.CRITICAL, fix=f"ALTER ROLE {ident(role)} NOSUPERUSER;", superuser=True)
        elif objects:
            listed = sorted(objects)
            sample = {o: sorted(objects[o]) for o in listed[:_SAMPLE]}
            yield Outcome.fail(
                obj, f"role {role} looks read-only by its name but can write to {len(listed)} relation(s), e.g. {listed[0]}",
                fix=_readonly_fix(role, objects, "pg_write_all_data" in priv.privileges_of(role)),
                count=len(listed), relations=sample,
                via_write_all_data="pg_write_all_data" in priv.privileges_of(role))
        else:
            yield Outcome.ok(obj)


def _connect(db: str) -> str:
    return f"\\connect {ident(db)}"


def _readonly_fix(role: str, objects: dict[str, set[str]], write_all: bool) -> str:
    """Per database: revoke exactly the write privileges found, on each relation (fix-sql routes by \\connect)."""
    lines = [f"REVOKE pg_write_all_data FROM {ident(role)};"] if write_all else []
    by_db: dict[str, list[str]] = defaultdict(list)
    for obj in sorted(objects):
        db, schema, table = split_parts(obj)[:3]
        by_db[db].append(f"REVOKE {', '.join(sorted(objects[obj]))} ON TABLE {ident(schema, table)} FROM {ident(role)};"
                         "  -- and from any group it inherits them from")
    for db, stmts in by_db.items():
        lines += [_connect(db), *stmts]
    return "\n".join(lines)


def _owner_fix(name: str, owned: list[str]) -> str:
    """A NOLOGIN owner role, then REASSIGN OWNED in every database where the login role owns objects."""
    owner = ident(name + "_owner")
    lines = [f"CREATE ROLE {owner} NOLOGIN;"]
    for db in sorted({d for o in owned if (d := object_database(o))}):
        lines += [_connect(db), f"REASSIGN OWNED BY {ident(name)} TO {owner};  -- first grant {ident(name)} the "
                                "privileges it needs on these objects"]
    return "\n".join(lines)


@per_database
def login_roles_own_objects(ctx: Context) -> Iterator[Outcome]:
    """An owning login role bypasses its tables' grants and (unless FORCEd) their row-level security."""
    priv = privileges(ctx)
    sensitive = sensitive_tables(ctx)
    owned: dict[str, list[str]] = defaultdict(list)
    rls_bypassed: dict[str, list[str]] = defaultdict(list)
    holds_sensitive: dict[str, list[str]] = defaultdict(list)
    for rel in application_relations(ctx):
        o = relation_object(rel.database, rel.schema, rel.name)
        owned[rel.owner].append(o)
        if rel.rls_enabled and not rel.rls_forced:
            rls_bypassed[rel.owner].append(o)
        if (rel.database, rel.schema, rel.name) in sensitive:
            holds_sensitive[rel.owner].append(o)
    for f in ctx.snap.functions:
        if f.extension is None:
            owned[f.owner].append(function_object(f.database, f.schema, f.name, f.args))
    for s in ctx.snap.schemas:
        if s.extension is None:
            owned[s.owner].append(schema_object(s.database, s.name))
    for name in sorted(priv.login - priv.superusers):
        obj = role_object(name)
        mine = sorted(owned.get(name, ()))
        if not mine:
            yield Outcome.ok(obj)
            continue
        bypass, pii = sorted(rls_bypassed.get(name, ())), sorted(holds_sensitive.get(name, ()))
        why = (f"; it bypasses row-level security on {len(bypass)} of them" if bypass
               else f"; {len(pii)} of them hold sensitive data" if pii else "")
        yield Outcome.fail(
            obj, f"login role {name} owns {len(mine)} application object(s), e.g. {mine[0]}{why}",
            severity=Severity.HIGH if bypass or pii else Severity.MEDIUM,
            fix=_owner_fix(name, mine),
            count=len(mine), objects=mine[:_SAMPLE], rls_bypassed=bypass[:_SAMPLE], sensitive_tables=pii[:_SAMPLE])


CHECKS = (public_relation_privileges, public_schema_create, public_database_access, grant_option_non_owner,
          default_privileges_broad, readonly_roles_write, login_roles_own_objects, security_definer_search_path,
          untrusted_languages, risky_extensions, file_access_functions, sensitive_column_readers,
          security_definer_reach, foreign_table_readers, system_catalog_grants)

