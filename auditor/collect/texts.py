"""SQL text read from the server and scanned as it arrives: function bodies, views, column defaults and the query
text pg_stat_statements keeps. Only what the scans find stays (where a secret is used, which tables a whole-row
audit trigger writes to); no text reaches the Snapshot.
"""
from __future__ import annotations

from typing import Any

import psycopg
from psycopg import errors

from auditor.analysis.row_images import row_image_targets
from auditor.analysis.sql_secrets import secrets_in, statement_secrets
from auditor.collect import catalog, faults
from auditor.model.snapshot import EmbeddedSecret, RowImageWriter, TableRef


def scan_sql_texts(conn: psycopg.Connection, q: Any, db: str, secrets: list[EmbeddedSecret],
                   writers: list[RowImageWriter]) -> None:
    """One statement: each text is scanned and dropped; secret uses and row-image writers are kept."""
    for r in q.stream(conn, catalog.sql_texts(conn.info.server_version // 10000)):
        secrets.extend(EmbeddedSecret(db, r[0], r[1], r[2], r[3], u.called, u.argument, u.secret)
                       for u in secrets_in(r[5], r[4]))
        if r[0] == "function" and r[4] == "plpgsql" and (targets := row_image_targets(r[5])):
            writers.append(RowImageWriter(db, r[1], r[2], r[3], tuple(TableRef(s, n) for s, n in targets)))


def scan_statements(conn: psycopg.Connection, q: Any, db: str, schema: str, readable: bool,
                    secrets: list[EmbeddedSecret]) -> tuple[str, BaseException | None]:
    """Scan pg_stat_statements query text as it arrives; only where a secret is used is kept.
    Without pg_read_all_stats other roles' text is hidden: nothing is read, and the state says so."""
    if not readable:
        return "unreadable", None
    found: list[EmbeddedSecret] = []
    try:
        with conn.transaction():
            for r in q.stream(conn, catalog.statement_texts(schema)):
                found.extend(EmbeddedSecret(r[2] or db, "statement", r[1], r[0], "", u.called, u.argument, u.secret)
                             for u in statement_secrets(r[3]))
    except psycopg.Error as exc:
        if faults.is_lost(exc):
            raise
        if isinstance(exc, errors.ObjectNotInPrerequisiteState):   # installed, not in shared_preload_libraries
            return "not_loaded", None
        return "failed", exc
    secrets.extend(found)
    return "scanned", None
