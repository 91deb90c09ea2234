"""Extensions and procedural languages: where they are installed, whether they are current, whether they are used.

Extension objects resolve names through the schema they live in; if other roles can CREATE there, they can
plant a function or operator that extension code (often run by superusers) picks up (CVE-2018-1058's pattern).
"""
from __future__ import annotations

import re
from typing import Iterator

from auditor.analysis.context import Context
from auditor.analysis.sensitivity import reported_columns
from auditor.model.acl import PUBLIC, parse_acl
from auditor.model.names import database_object, extension_object, language_object, setting_object
from auditor.model.results import Outcome, Severity, deviation

from auditor.checks._common import gap_outcome, ident, setting_or_gap
from auditor.checks._dbgaps import per_database
from auditor.checks.server_files import library_names

_BUILTIN_LANGUAGES = frozenset({"plpgsql", "sql", "c", "internal"})


def _creators(ctx: Context, database: str, schema: str, owners: set[str]) -> list[str] | None:
    """Roles other than `owners` and superusers that may CREATE in the schema; None when the schema is not collected."""
    sch = next((s for s in ctx.snap.schemas if s.database == database and s.name == schema), None)
    if sch is None:
        return None
    supers = {r.name for r in ctx.snap.roles if r.superuser}
    return sorted({a.grantee for a in parse_acl(sch.acl) if a.has("C")} - owners - supers - {sch.owner})


@per_database
def extension_schema(ctx: Context) -> Iterator[Outcome]:
    """An extension in a schema others can CREATE in resolves names they can shadow."""
    forbid_public = ctx.thresholds.forbid_extensions_in_public
    for e in ctx.snap.extensions:
        obj = extension_object(e.database, e.name)
        others = _creators(ctx, e.database, e.schema, {e.owner})
        if others:
            who = "every role (PUBLIC)" if PUBLIC in others else ", ".join(others)
            yield Outcome.fail(obj, f"extension {e.name} is installed in schema {e.schema} of database {e.database}, "
                                    f"where {who} can CREATE: they can plant functions or operators that the "
                                    "extension's own SQL resolves by name and runs with its caller's rights",
                               severity=Severity.HIGH if PUBLIC in others else Severity.MEDIUM,
                               fix="\n".join(f"REVOKE CREATE ON SCHEMA {ident(e.schema)} FROM "
                                             f"{'PUBLIC' if r == PUBLIC else ident(r)};" for r in others),
                               schema=e.schema, creators=others)
        elif forbid_public and e.schema == "public":
            yield Outcome.fail(obj, f"extension {e.name} is installed in schema public of database {e.database}, "
                                    "which the policy forbids: its objects mix with application objects and move "
                                    "with every grant on public", severity=Severity.LOW,
                               fix=f"-- if the extension is relocatable:\nALTER EXTENSION {ident(e.name)} SET SCHEMA "
                                   "/* a schema only its owner can create in */;", schema=e.schema)
        else:
            yield Outcome.ok(obj)


def _version_key(v: str) -> tuple[int, ...] | None:
    parts = re.findall(r"\d+", v)
    return tuple(int(p) for p in parts) if parts else None


@per_database
def extension_current(ctx: Context) -> Iterator[Outcome]:
    """Installing a new extension package does not update the SQL objects: ALTER EXTENSION ... UPDATE does."""
    if ctx.snap.available_extensions is None:
        yield gap_outcome(ctx, "pg_available_extensions") or Outcome.not_assessable(
            "cluster", "a snapshot that includes pg_available_extensions", "available versions were not collected")
        return
    default = {a.name: a.default_version for a in ctx.snap.available_extensions}
    for e in ctx.snap.extensions:
        obj, want = extension_object(e.database, e.name), default.get(e.name)
        have_k, want_k = _version_key(e.version), _version_key(want or "")
        if want is None or have_k is None or want_k is None or have_k >= want_k:
            yield Outcome.ok(obj, f"{e.name} {e.version}" + (f" (installation default {want})" if want else ""))
            continue
        yield Outcome.fail(obj, f"extension {e.name} in database {e.database} is at version {e.version}, but the "
                                f"installed package provides {want}: the fixes of the newer SQL scripts (security "
                                "fixes included) are not applied until the extension is updated",
                           severity=Severity.LOW, fix=f"ALTER EXTENSION {ident(e.name)} UPDATE;  -- to {want}",
                           installed=e.version, available=want)


@per_database
def unused_trusted_languages(ctx: Context) -> Iterator[Outcome]:
    """A trusted language lets any role with USAGE write code in it; one nobody uses is attack surface only."""
    used = {(f.database, f.language) for f in ctx.snap.functions}
    for lang in ctx.snap.languages:
        if not (lang.trusted and lang.procedural) or lang.name in _BUILTIN_LANGUAGES:
            continue
        obj = language_object(lang.database, lang.name)
        if (lang.database, lang.name) in used:
            yield Outcome.ok(obj, f"{lang.name} is used by functions in {lang.database}")
            continue
        yield Outcome.fail(obj, f"trusted language {lang.name} is installed in database {lang.database} but no function "
                                "is written in it: every role with USAGE on it (PUBLIC by default) can run code in its "
                                "interpreter, for no benefit", severity=Severity.LOW,
                           fix=f"-- nothing uses it in this database:\n-- DROP EXTENSION IF EXISTS {ident(lang.name)};",
                           language=lang.name)


def set_user_installed(ctx: Context) -> Iterator[Outcome]:
    """CIS 4.8: set_user logs and controls escalation to superuser, so ordinary work needs no superuser login."""
    s, gap = setting_or_gap(ctx, "shared_preload_libraries")
    if gap:
        yield gap
        return
    obj = setting_object("shared_preload_libraries")     # cluster-wide: loaded there, created where used
    where = sorted({e.database for e in ctx.snap.extensions if e.name == "set_user"})
    if where:
        yield Outcome.ok(obj, f"set_user is installed in {', '.join(where)}")
    elif "set_user" in library_names(s.value if s else None):
        yield Outcome.ok(obj, "set_user is loaded (shared_preload_libraries)")
    else:
        yield Outcome.fail(obj, "the set_user extension is not installed: administrators who need superuser power log "
                                "in as superusers (or hold the role all the time), and their escalations leave no "
                                "distinct audit record", severity=Severity.LOW,
                           fix="-- install the set_user package, add it to shared_preload_libraries, then:\n"
                               "-- CREATE EXTENSION set_user;  GRANT EXECUTE ON FUNCTION set_user(text) TO <admins>;",
                           deviation=deviation("shared_preload_libraries", s.value if s else None, "includes set_user"))


@per_database
def anonymizer_available(ctx: Context) -> Iterator[Outcome]:
    """Databases with plaintext personal data: masked copies for tests and analytics need an anonymizer."""
    plain: dict[str, int] = {}
    for c in reported_columns(ctx):
        if not c.protected:
            plain[c.database] = plain.get(c.database, 0) + 1
    anon = {e.database for e in ctx.snap.extensions if e.name == "anon"}
    for db, n in sorted(plain.items()):
        obj = database_object(db)
        if db in anon:
            yield Outcome.ok(obj, f"the anon extension is installed in {db}")
            continue
        yield Outcome.fail(obj, f"database {db} holds {n} plaintext personal-data column{'s' if n > 1 else ''} and no "
                                "anonymizer extension (anon): copies for development, tests or analytics carry the "
                                "real values unless masked by hand", severity=Severity.INFO,
                           fix="-- install PostgreSQL Anonymizer, then in this database:\n-- CREATE EXTENSION anon; "
                               "SECURITY LABEL FOR anon ON COLUMN <table>.<column> IS 'MASKED WITH FUNCTION ...';",
                           plaintext_columns=n)
