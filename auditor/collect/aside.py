"""One catalog read on a second session that shares the first one's snapshot, the way `pg_dump -j` does.

pg_attribute is the largest catalog: on 10,000 tables its read and grouping take as long as every other statement
of the database together. Read on a second session while the first reads the rest, it stops adding its own wall
time. `pg_export_snapshot()` and `SET TRANSACTION SNAPSHOT` make both sessions see one catalog state, so the
snapshot is the same as a sequential read's. The second session is made by the same `connect` (read-only,
pinned search_path, timeouts); when it cannot be had, the read happens on the first session instead.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable, TypeVar

import psycopg
from psycopg import IsolationLevel, sql

from auditor.collect import catalog
from auditor.collect.connect import ConnectError

if TYPE_CHECKING:
    from auditor.collect.dbcatalog import Counter

T = TypeVar("T")


def read_aside(conn: psycopg.Connection, q: Counter, side: Callable[[], psycopg.Connection],
               read: Callable[[psycopg.Connection], T]) -> Callable[[], T]:
    """Start `read` on a session from `side` in `conn`'s snapshot (conn is inside its REPEATABLE READ
    transaction); return a function that waits for its result. If the second session is refused or fails,
    that function runs `read` on `conn` itself: in the same transaction, so with the same snapshot."""
    snapshot = q.rows(conn, catalog.EXPORT_SNAPSHOT)[0][0]
    box: dict[str, T] = {}

    def run() -> None:
        try:
            with side() as other:
                other.isolation_level = IsolationLevel.REPEATABLE_READ
                with other.transaction():
                    q.command(other, sql.SQL("SET TRANSACTION SNAPSHOT {}").format(sql.Literal(snapshot)))
                    box["result"] = read(other)
        except (psycopg.Error, ConnectError):
            pass   # read on the first session below: a real fault (a lost server) shows there too

    thread = threading.Thread(target=run, name="pgcomply-aside", daemon=True)
    thread.start()

    def result() -> T:
        thread.join()
        return box["result"] if "result" in box else read(conn)
    return result
