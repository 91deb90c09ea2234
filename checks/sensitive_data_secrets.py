"""Keys and passwords written into SQL: function bodies, view queries, column defaults, trigger arguments and the
query text pg_stat_statements keeps.

A key in the code is in every dump, every replica and every `\\df+` a reader runs: it protects nothing from
whoever can read the catalog. The collector kept where each literal is used, never its value, so findings
name the object, the function it is passed to and the argument position only.
"""
from __future__ import annotations

from typing import Iterator

from auditor.analysis.context import Context
from auditor.model.names import column_object, function_object, relation_object, statement_object, trigger_object
from auditor.model.results import Outcome, Severity
from auditor.model.snapshot import EmbeddedSecret

from auditor.checks._common import ident
from auditor.checks._dbgaps import per_database

def _where(s: EmbeddedSecret) -> str:
    if s.kind == "function":
        return f"the body of function {s.schema}.{s.name}({s.detail})"
    if s.kind == "default":
        return f"the default of column {s.schema}.{s.name}.{s.detail}"
    if s.kind == "trigger":
        return f"the arguments of trigger {s.detail} on {s.schema}.{s.name}"
    if s.kind == "statement":
        return f"pg_stat_statements query text (queryid {s.name}, run by {s.schema} in database {s.database})"
    return f"the query of view {s.schema}.{s.name}"


def _object(s: EmbeddedSecret) -> str:
    if s.kind == "function":
        return function_object(s.database, s.schema, s.name, s.detail)
    if s.kind == "default":
        return column_object(s.database, s.schema, s.name, s.detail)
    if s.kind == "trigger":
        return trigger_object(s.database, s.schema, s.name, s.detail)
    if s.kind == "statement":
        return statement_object(s.name)
    return relation_object(s.database, s.schema, s.name)


def _use(s: EmbeddedSecret) -> str:
    if s.argument:
        return f"a literal {s.secret} as argument {s.argument} of {s.called}()"
    if s.secret == "password":
        return "a literal password"
    return "a literal connection string with a password"


def _fix(s: EmbeddedSecret) -> str:
    read = ("current_setting('app.data_key')  -- set per session by the application, or fetched from a KMS"
            if s.secret != "connection password" else
            "a foreign server and USER MAPPING (postgres_fdw/dblink_fdw), or a .pgpass on the server")
    if s.kind == "statement":
        return (f"-- pass the value as a bind parameter, not a literal, in the code that ran it ({read});\n"
                "-- then rotate it, and clear the kept text: SELECT pg_stat_statements_reset();  -- as a superuser\n"
                "-- the same text may also be in the server log")
    where = {"trigger": f"CREATE OR REPLACE TRIGGER {ident(s.detail)} ... ON {ident(s.schema, s.name)} ... (no literal argument)",
             "function": f"CREATE OR REPLACE FUNCTION {ident(s.schema, s.name)}({s.detail}) ...",
             "view": f"CREATE OR REPLACE VIEW {ident(s.schema, s.name)} AS ...",
             "default": f"ALTER TABLE {ident(s.schema, s.name)} ALTER COLUMN {ident(s.detail)} SET DEFAULT ..."}[s.kind]
    # all comments: only the object's author can rewrite its body
    return (f"-- replace the literal with {read}:\n-- {where}\n"
            "-- then rotate the key or password: it is in every dump and replica taken so far")


@per_database
def secrets_in_sql(ctx: Context) -> Iterator[Outcome]:
    """One outcome per object holding a literal key or password; ok when the scanned text holds none."""
    if ctx.snap.embedded_secrets is None:
        yield Outcome.not_assessable("cluster", "a snapshot collected by pgcomply 0.2.0 or later (collect again)",
                                     "this snapshot has no scan of function bodies, views and column defaults")
        return
    yield from _statement_source(ctx)
    found: dict[str, list[EmbeddedSecret]] = {}
    for s in ctx.snap.embedded_secrets:
        found.setdefault(_object(s), []).append(s)
    for obj, uses in found.items():
        first = uses[0]
        keys = any(u.secret != "connection password" for u in uses)
        yield Outcome.fail(
            obj, f"{_where(first)} holds {'; '.join(dict.fromkeys(_use(u) for u in uses))}: " +
                 ("every role with pg_read_all_stats reads it" if first.kind == "statement" else
                  "anyone who reads the catalog or a dump has it"),
            severity=Severity.HIGH if keys else Severity.MEDIUM, fix=_fix(first),
            uses=[{"function": u.called or None, "argument": u.argument or None, "secret": u.secret} for u in uses])
    with_secret = set(found)
    for f in ctx.snap.functions:
        if f.language in ("sql", "plpgsql") and f.extension is None:
            obj = function_object(f.database, f.schema, f.name, f.args)
            if obj not in with_secret:
                yield Outcome.ok(obj)
    for r in ctx.snap.relations:
        if r.kind in ("v", "m") and r.extension is None and relation_object(r.database, r.schema, r.name) not in with_secret:
            yield Outcome.ok(relation_object(r.database, r.schema, r.name))


def _statement_source(ctx: Context) -> Iterator[Outcome]:
    """pg_stat_statements as a source: not applicable without it, not assessable when its text is hidden."""
    state = ctx.snap.statement_texts
    if state is None:
        return
    if state == "not_installed":
        yield Outcome.not_applicable("pg_stat_statements", "pg_stat_statements is not installed in any database read")
    elif state == "not_loaded":
        yield Outcome.not_applicable("pg_stat_statements", "pg_stat_statements is installed but not in "
                                     "shared_preload_libraries: it keeps no query text")
    elif state == "unreadable":
        gap = ctx.snap.gap("pg_stat_statements")
        missing = gap.missing if gap else "pg_read_all_stats (or pg_monitor)"
        yield Outcome.not_assessable("pg_stat_statements", missing,
                                     f"query text kept by pg_stat_statements was not scanned: needs {missing}")
    elif not any(s.kind == "statement" for s in ctx.snap.embedded_secrets or ()):
        yield Outcome.ok("pg_stat_statements", "the query text pg_stat_statements keeps holds no literal key or password")
