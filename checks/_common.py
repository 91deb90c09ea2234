"""Small helpers shared by check modules: settings that may be hidden, gaps, fix SQL."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterator

from psycopg import sql

from auditor.analysis.context import Context
from auditor.model.snapshot import Setting
from auditor.model.names import setting_object
from auditor.model.results import Outcome

READ_ALL_SETTINGS = "pg_read_all_settings (or pg_monitor)"


# pg_settings sources that are this session's own value, not the server-wide one
OVERRIDE_SOURCES = frozenset({"database", "user", "database user", "session", "client"})


def setting_or_gap(ctx: Context, name: str) -> tuple[Setting | None, Outcome | None]:
    """The server-wide setting, or a not_assessable outcome when the auditing session cannot see it.

    A plain role does not get an error for superuser-only settings: the row is simply absent
    from pg_settings. Absence therefore means "hidden" unless the role may read all settings,
    in which case it means "does not exist on this server" (e.g. pgaudit.log without pgaudit).
    And when the auditing role or database has its own `ALTER ROLE/DATABASE ... SET name`,
    pg_settings shows that override, not the server's value: also not assessable, never a guess.
    """
    s = ctx.setting(name)
    if s is None and not ctx.snap.access.has("pg_read_all_settings"):
        return None, Outcome.not_assessable(setting_object(name), READ_ALL_SETTINGS,
                                            f"setting {name} is hidden from the auditing role")
    if s is not None and (s.source or "") in OVERRIDE_SOURCES:
        return None, Outcome.not_assessable(
            setting_object(name), f"an auditing role and database without their own {name} setting",
            f"this session's {name} = {s.value!r} comes from a per-{s.source} override (ALTER ROLE/DATABASE ... SET), "
            "so the server-wide value cannot be read", source=s.source)
    return s, None


def gap_outcome(ctx: Context, item: str, obj: str = "cluster") -> Outcome | None:
    """not_assessable for `obj` when the collector recorded a gap for `item`."""
    g = ctx.snap.gap(item)
    if g is None:
        return None
    return Outcome.not_assessable(obj, g.missing, f"{item} could not be read: needs {g.missing}")


def as_bool(value: str | None) -> bool:
    return (value or "").lower() in ("on", "true", "yes", "1")


@lru_cache(maxsize=4096)   # the same fix is proposed for thousands of objects
def alter_system(name: str, value: str) -> str:
    """`ALTER SYSTEM SET name = 'value';` with both parts quoted by psycopg.sql, then a reload."""
    stmt = sql.SQL("ALTER SYSTEM SET {} = {};").format(sql.Identifier(name), sql.Literal(value)).as_string()
    return stmt + "\nSELECT pg_reload_conf();"


@lru_cache(maxsize=1 << 16)
def ident(*parts: str) -> str:
    return sql.Identifier(*parts).as_string()


@lru_cache(maxsize=1 << 16)
def lit(value: str) -> str:
    return sql.Literal(value).as_string()


def application_relations(ctx: Context) -> Iterator:
    """Tables, views and sequences that belong to the application (not to an extension)."""
    for rel in ctx.snap.relations:
        if rel.extension is None:
            yield rel


def parse_ts(value: str | None) -> dt.datetime | None:
    """rolvaliduntil as collected (ISO-8601 UTC), None for no expiry or infinity."""
    if not value or value == "infinity":
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def audit_time(ctx: Context) -> dt.datetime:
    """When the snapshot was taken: expiry is judged against it, not the clock at evaluation."""
    return dt.datetime.fromisoformat(ctx.snap.collected_at)
