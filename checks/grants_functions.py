"""Grant checks on code: SECURITY DEFINER functions, untrusted languages, risky extensions, file-access functions.

What they share: a function is only as dangerous as the set of non-superusers who can execute it, so
each check names those grantees (PUBLIC included) and the login roles they reach.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from auditor.model.acl import PUBLIC, parse_acl
from auditor.analysis.context import Context
from auditor.model.snapshot import Function
from auditor.model.names import extension_object, function_object, language_object
from auditor.analysis.privileges import privileges
from auditor.model.results import Outcome, Severity

from auditor.checks._common import ident, lit
from auditor.checks._dbgaps import per_database

# Procedural languages that run code with the server's OS privileges (the trailing "u" = untrusted).
UNTRUSTED_LANGUAGES = frozenset({"plpython3u", "plpythonu", "plpython2u", "plperlu", "pltclu", "plsh", "pljavau",
                                 "plrustu", "plr"})
# Extensions whose functions reach outside the database; untrusted languages are checked as languages.
RISKY_EXTENSIONS = {
    "dblink": (Severity.HIGH, "opens connections to other servers, or back to this one as another role"),
    "postgres_fdw": (Severity.MEDIUM, "opens connections to other PostgreSQL servers using stored credentials"),
    "file_fdw": (Severity.HIGH, "reads server files and program output through foreign tables"),
    "adminpack": (Severity.HIGH, "writes, renames and deletes files on the database server"),
    "http": (Severity.MEDIUM, "sends HTTP requests from the database server"),
    "pg_net": (Severity.MEDIUM, "sends HTTP requests from the database server"),
}
_FDW_EXTENSIONS = {"postgres_fdw", "file_fdw"}
_FILE_WRITERS = frozenset({"lo_export", "pg_file_write", "pg_file_rename", "pg_file_unlink"})
_SAMPLE = 20


def _executors(ctx: Context, acl: tuple[str, ...], owner: str | None = None, letter: str = "X") -> list[str]:
    """Grantees (PUBLIC or roles) holding `letter` that are neither superusers nor owner-equivalent."""
    priv = privileges(ctx)
    out = set()
    for item in parse_acl(acl):
        if letter not in item.privileges or item.grantee in priv.superusers:
            continue
        if item.grantee != PUBLIC and owner is not None and owner in priv.privileges_of(item.grantee):
            continue
        out.add(item.grantee)
    return sorted(out)


def _reach_memo(ctx: Context) -> dict[tuple[str, ...], tuple[str, ...]]:
    return {}


def _login_reach(ctx: Context, grantees: Iterable[str]) -> list[str]:
    """Non-superuser login roles that use any of these grantees' privileges. Memoised per grantee list: a thousand
    functions executable by PUBLIC would each union and sort every role of the cluster."""
    key = tuple(grantees)
    memo = ctx.derive(_reach_memo)
    found = memo.get(key)
    if found is None:
        priv = privileges(ctx)
        reach: set[str] = set()
        for g in key:
            reach |= priv.holders(g)
        found = memo[key] = tuple(sorted((reach & priv.login) - priv.superusers))
    return list(found)


def _fn_sql(f: Function) -> str:
    return f"{'PROCEDURE' if f.kind == 'p' else 'FUNCTION'} {ident(f.schema, f.name)}({f.args})"


def _search_path(config: tuple[str, ...]) -> list[str] | None:
    for entry in config:
        if entry.startswith("search_path="):
            return [p.strip().strip('"') for p in entry.split("=", 1)[1].split(",") if p.strip().strip('"')]
    return None


def _public_create_schemas(ctx: Context) -> set[tuple[str, str]]:
    return {(s.database, s.name) for s in ctx.snap.schemas
            if any(i.grantee == PUBLIC and "C" in i.privileges for i in parse_acl(s.acl))}


@per_database
def security_definer_search_path(ctx: Context) -> Iterator[Outcome]:
    """A SECURITY DEFINER function without a pinned, safe search_path runs objects its caller planted."""
    priv = privileges(ctx)
    writable = ctx.derive(_public_create_schemas)
    for f in ctx.snap.functions:
        if not f.security_definer or f.extension is not None:
            continue
        obj = function_object(f.database, f.schema, f.name, f.args)
        callers = _executors(ctx, f.acl, f.owner)
        path = _search_path(f.config)
        unsafe = [s for s in path or () if (f.database, s) in writable]
        if not callers or (path is not None and not unsafe):
            yield Outcome.ok(obj)
            continue
        superuser_owner = f.owner in priv.superusers
        # its own schema stays on the path so an unqualified body keeps working (safe once PUBLIC cannot CREATE there)
        fix = [f"ALTER {_fn_sql(f)} SET search_path = pg_catalog, {ident(f.schema)}, pg_temp;  "
               "-- schema-qualify the body's names, then drop its schema from the list"]
        if PUBLIC in callers:
            fix.append(f"REVOKE EXECUTE ON {_fn_sql(f)} FROM PUBLIC;")
        who = "PUBLIC" if PUBLIC in callers else ", ".join(callers)
        if path is None:
            problem, sev = "has no pinned search_path", Severity.CRITICAL if superuser_owner else Severity.HIGH
        else:
            problem = f"pins search_path to schema(s) {', '.join(unsafe)} where PUBLIC may CREATE"
            sev = Severity.HIGH if superuser_owner else Severity.MEDIUM
        yield Outcome.fail(
            obj, f"SECURITY DEFINER function {f.schema}.{f.name}({f.args}) owned by "
                 f"{'superuser ' if superuser_owner else ''}{f.owner} {problem} and is executable by {who}",
            severity=sev, fix="\n".join(fix), owner=f.owner, owner_is_superuser=superuser_owner, executable_by=callers,
            search_path=path, login_roles=_login_reach(ctx, callers)[:_SAMPLE])


@per_database
def untrusted_languages(ctx: Context) -> Iterator[Outcome]:
    """Untrusted languages run code as the server's OS user; only superusers may write functions in them."""
    by_lang: dict[tuple[str, str], list[Function]] = {}
    for f in ctx.snap.functions:
        by_lang.setdefault((f.database, f.language), []).append(f)
    for lang in ctx.snap.languages:
        if not lang.procedural:
            continue
        obj = language_object(lang.database, lang.name)
        if lang.trusted and lang.name in UNTRUSTED_LANGUAGES:
            users = _executors(ctx, lang.acl, lang.owner, "U")
            yield Outcome.fail(
                obj, f"untrusted language {lang.name} in database {lang.database} is marked TRUSTED: "
                     f"{'every role' if PUBLIC in users else ', '.join(users) or 'any role with USAGE'} can write "
                     f"functions that run as the server's OS user",
                severity=Severity.CRITICAL,
                fix=f"UPDATE pg_catalog.pg_language SET lanpltrusted = false WHERE lanname = {lit(lang.name)};  "
                    f"-- as superuser, in database {lang.database}",
                usage=users, login_roles=_login_reach(ctx, users)[:_SAMPLE])
            continue
        if lang.trusted:
            yield Outcome.ok(obj)
            continue
        functions = sorted(by_lang.get((lang.database, lang.name), ()), key=lambda f: (f.schema, f.name, f.args))
        exposed = {function_object(f.database, f.schema, f.name, f.args): _executors(ctx, f.acl, f.owner)
                   for f in functions}
        exposed = {k: v for k, v in exposed.items() if v}
        if exposed:
            grantees = sorted({g for v in exposed.values() for g in v})
            yield Outcome.fail(
                obj, f"{len(exposed)} function(s) in untrusted language {lang.name} (database {lang.database}) "
                     f"are executable by {', '.join(grantees)}: they run code as the server's OS user",
                severity=Severity.HIGH,
                fix="\n".join(f"REVOKE EXECUTE ON {_fn_sql(f)} FROM {'PUBLIC' if g == PUBLIC else ident(g)};"
                              for f in functions for g in _executors(ctx, f.acl, f.owner)),
                functions=dict(list(exposed.items())[:_SAMPLE]), login_roles=_login_reach(ctx, grantees)[:_SAMPLE])
        else:
            yield Outcome.fail(
                obj, f"untrusted language {lang.name} is installed in database {lang.database}; "
                     f"only superusers can use it today",
                severity=Severity.LOW,
                fix=f"DROP EXTENSION {ident(lang.name)};  -- if nothing needs it (DROP LANGUAGE when not an extension)",
                functions=len(functions))


@per_database
def risky_extensions(ctx: Context) -> Iterator[Outcome]:
    """Extensions that reach files, programs or other servers, and who can use them."""
    ext_functions: dict[tuple[str, str], list[Function]] = {}
    for f in (*ctx.snap.functions, *(ctx.snap.catalog_functions or ())):
        if f.extension:
            ext_functions.setdefault((f.database, f.extension), []).append(f)
    for ext in ctx.snap.extensions:
        obj = extension_object(ext.database, ext.name)
        if ext.name not in RISKY_EXTENSIONS:
            yield Outcome.ok(obj)
            continue
        severity, what = RISKY_EXTENSIONS[ext.name]
        if ext.name in _FDW_EXTENSIONS:
            users: set[str] = set()
            for s in ctx.snap.foreign_servers:
                if s.database == ext.database and s.wrapper == ext.name:
                    users |= set(_executors(ctx, s.acl, None, "U"))
                    if s.owner not in privileges(ctx).superusers:
                        users.add(s.owner)
        else:
            users = {g for f in ext_functions.get((ext.database, ext.name), ()) for g in _executors(ctx, f.acl, f.owner)}
        usable = sorted(users)
        who = ("every role (PUBLIC)" if PUBLIC in users else ", ".join(usable)) if usable else "only superusers"
        yield Outcome.fail(
            obj, f"extension {ext.name} in database {ext.database} {what}; usable by {who}",
            severity=severity if usable else Severity.LOW,
            fix=f"DROP EXTENSION {ident(ext.name)};  -- if unused; otherwise revoke EXECUTE/USAGE from the roles listed",
            usable_by=usable, login_roles=_login_reach(ctx, usable)[:_SAMPLE], version=ext.version, schema=ext.schema)


@per_database
def file_access_functions(ctx: Context) -> Iterator[Outcome]:
    """pg_read_file, lo_export and friends are superuser-only by default; a grant hands out server files."""
    if ctx.snap.catalog_functions is None:
        yield Outcome.not_assessable("cluster", "a snapshot collected with pg_catalog function grants (collect again)",
                                     "this snapshot has no EXECUTE grants of pg_catalog file-access functions")
        return
    priv = privileges(ctx)
    for f in ctx.snap.catalog_functions:
        obj = function_object(f.database, f.schema, f.name, f.args)
        callers = _executors(ctx, f.acl, f.owner)
        if not callers:
            yield Outcome.ok(obj)
            continue
        logins = _login_reach(ctx, callers)
        server_files = sorted(r for r in logins if {"pg_read_server_files", "pg_write_server_files"}
                              & priv.privileges_of(r))
        writes = f.name in _FILE_WRITERS
        yield Outcome.fail(
            obj, f"{', '.join(callers)} may execute {f.name}({f.args}) in database {f.database}: "
                 f"{'write' if writes else 'read'} access to files on the database server",
            severity=Severity.CRITICAL if writes or server_files else Severity.HIGH,
            fix="\n".join(f"REVOKE EXECUTE ON FUNCTION pg_catalog.{ident(f.name)}({f.args}) FROM "
                          f"{'PUBLIC' if g == PUBLIC else ident(g)};" for g in callers),
            executable_by=callers, login_roles=logins[:_SAMPLE], absolute_paths_via_server_files_role=server_files)
