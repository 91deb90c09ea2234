"""Per-database checks must not pass silently over a database the auditor could not read.

The collector records `database:NAME` gaps (no CONNECT, timeout, ...); every check that examines
database objects first reports those databases as not_assessable, naming what access was missing.
"""
from __future__ import annotations

import functools
from typing import Callable, Iterator

from auditor.analysis.context import Context
from auditor.model.names import database_object
from auditor.model.results import Outcome

_NOT_CONNECTABLE = "datallowconn = true"   # nobody can connect there: nothing in it is reachable


def unread_databases(ctx: Context) -> list[str]:
    """Databases the audit meant to read but could not (sorted)."""
    return sorted(g.item.split(":", 1)[1] for g in ctx.snap.gaps
                  if g.item.startswith("database:") and g.missing != _NOT_CONNECTABLE)


def database_gaps(ctx: Context) -> Iterator[Outcome]:
    for g in ctx.snap.gaps:
        if g.item.startswith("database:") and g.missing != _NOT_CONNECTABLE:
            name = g.item.split(":", 1)[1]
            yield Outcome.not_assessable(database_object(name), g.missing,
                                         f"database {name} could not be read, so its objects were not examined: "
                                         f"needs {g.missing}")


def per_database(check: Callable[[Context], Iterator[Outcome]]) -> Callable[[Context], Iterator[Outcome]]:
    """Decorate a check that reads database catalogs: unread databases come out as not_assessable."""
    @functools.wraps(check)
    def run(ctx: Context) -> Iterator[Outcome]:
        yield from database_gaps(ctx)
        yield from check(ctx)
    return run
