"""Catalog queries read once per cluster for the backup, replication and server-file checks: the same rules as
catalog.py (every operator, function and type pg_catalog-qualified; tests/sql_lint.py checks them too)."""
from __future__ import annotations

from typing import LiteralString

# pg_stat_archiver is readable by every role; pg_is_in_recovery() says whether primary_conninfo is in use.
ARCHIVER: LiteralString = """
SELECT pg_catalog.pg_is_in_recovery(), a.archived_count, a.failed_count,
       pg_catalog.to_char(pg_catalog.timezone('UTC'::pg_catalog.text, a.last_archived_time),
                          'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'::pg_catalog.text),
       pg_catalog.to_char(pg_catalog.timezone('UTC'::pg_catalog.text, a.last_failed_time),
                          'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'::pg_catalog.text)
FROM pg_catalog.pg_stat_archiver a"""

# Walsender sessions and their TLS status; other roles' rows are blanked without pg_read_all_stats.
WALSENDERS: LiteralString = """
SELECT r.pid, r.usename::pg_catalog.text, r.application_name, pg_catalog.host(r.client_addr), r.state,
       s.ssl, s.version
FROM pg_catalog.pg_stat_replication r LEFT JOIN pg_catalog.pg_stat_ssl s ON s.pid OPERATOR(pg_catalog.=) r.pid
ORDER BY r.pid"""

# WAL each slot holds back: from its restart_lsn to the current (primary) or replayed (standby) position.
REPLICATION_SLOTS: LiteralString = """
SELECT s.slot_name::pg_catalog.text, s.slot_type, s.database::pg_catalog.text, s.active, s.wal_status,
       pg_catalog.pg_wal_lsn_diff(
           CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_replay_lsn()
                ELSE pg_catalog.pg_current_wal_lsn() END, s.restart_lsn)::pg_catalog.int8
FROM pg_catalog.pg_replication_slots s ORDER BY s.slot_name"""

# Server files and integrity: three statements per cluster, readable by every role (no predefined role needed).
DATABASE_STATS: LiteralString = """
SELECT d.datname, coalesce(d.checksum_failures, 0::pg_catalog.int8)
FROM pg_catalog.pg_stat_database d WHERE d.datname IS NOT NULL ORDER BY d.datname"""

TABLESPACES: LiteralString = """
SELECT t.spcname, pg_catalog.pg_get_userbyid(t.spcowner), pg_catalog.pg_tablespace_location(t.oid)
FROM pg_catalog.pg_tablespace t ORDER BY t.spcname"""

AVAILABLE_EXTENSIONS: LiteralString = """
SELECT a.name, a.default_version FROM pg_catalog.pg_available_extensions a ORDER BY a.name"""
