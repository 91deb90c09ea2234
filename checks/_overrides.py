"""Per-role and per-database setting defaults (ALTER ROLE / ALTER DATABASE ... SET, pg_db_role_setting).

They apply when a session starts and silently beat postgresql.conf for that role or database, so a
compliant global value can hide `ALTER ROLE app SET pgaudit.log = 'none'`. The auditor's own session
already carries its own overrides: a pg_settings value whose source is one of OVERRIDE_SOURCES is not
the server-wide value.
"""
from __future__ import annotations

from typing import Any, Iterator, NamedTuple

from auditor.analysis.context import Context
from auditor.model.names import override_object
from auditor.model.results import Deviation, Outcome, deviation

from auditor.checks._common import OVERRIDE_SOURCES, gap_outcome, ident



class Override(NamedTuple):
    object: str
    database: str | None
    role: str | None
    name: str
    value: str


def overrides(ctx: Context, names: tuple[str, ...] | frozenset[str]) -> Iterator[Override]:
    """Every pg_db_role_setting entry for one of `names`."""
    for entry in ctx.snap.db_role_settings or ():
        for item in entry.settings:
            name, _, value = item.partition("=")
            if name in names:
                yield Override(override_object(name, entry.database, entry.role), entry.database, entry.role, name, value)


def overrides_gap(ctx: Context) -> Outcome | None:
    """not_assessable when pg_db_role_setting was not collected."""
    if ctx.snap.db_role_settings is not None:
        return None
    return gap_outcome(ctx, "pg_db_role_setting") or Outcome.not_assessable(
        "cluster", "a snapshot that includes pg_db_role_setting", "per-role/per-database settings were not collected")


def scope(o: Override) -> str:
    if o.database and o.role:
        return f"role {o.role} in database {o.database}"
    if o.role:
        return f"role {o.role}"
    if o.database:
        return f"every role in database {o.database}"
    return "every role in every database"


def reset_sql(o: Override) -> str:
    if o.database and o.role:
        return f"ALTER ROLE {ident(o.role)} IN DATABASE {ident(o.database)} RESET {ident(*o.name.split('.'))};"
    if o.role:
        return f"ALTER ROLE {ident(o.role)} RESET {ident(*o.name.split('.'))};"
    if o.database:
        return f"ALTER DATABASE {ident(o.database)} RESET {ident(*o.name.split('.'))};"
    return f"ALTER ROLE ALL RESET {ident(*o.name.split('.'))};"


def override_deviation(o: Override, expected: str = "not set here (the server-wide value applies)") -> Deviation:
    """The override's value against what the check expects of it; the object already names its scope."""
    return deviation(o.name, o.value, expected)


def override_failure(o: Override, message: str, expected: str, **kw: Any) -> Outcome:
    """A failing override: the RESET that removes it, where it is set, and its value against `expected`."""
    return Outcome.fail(o.object, message, fix=reset_sql(o), database=o.database, role=o.role, setting=o.name,
                        value=o.value, deviation=override_deviation(o, expected), **kw)


def server_value(ctx: Context, name: str) -> str | None:
    """The server-wide value from pg_settings, or None when the auditor's session got an override of it."""
    s = ctx.setting(name)
    if s is None or (s.source or "") in OVERRIDE_SOURCES:
        return None
    return s.value


def _all_roles_index(ctx: Context) -> dict[tuple[str | None, str], str]:
    """(database or None, setting) -> value, for the overrides that apply to every role."""
    out = {}
    for entry in ctx.snap.db_role_settings or ():
        if entry.role is None:
            for item in entry.settings:
                key, _, value = item.partition("=")
                out[(entry.database, key)] = value
    return out


def database_value(ctx: Context, name: str, database: str) -> str | None:
    """What a session in `database` starts with, role-specific overrides aside (ALTER DATABASE beats ALTER ROLE ALL)."""
    index = ctx.derive(_all_roles_index)
    for key in ((database, name), (None, name)):
        if key in index:
            return index[key]
    s = ctx.setting(name)
    return s.value if s else None


