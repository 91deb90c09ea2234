"""The history schema, as hand-written versioned SQL: one entry per version, never edited once released.

Each migration is a list of statements that run in one transaction with the version row it adds, so a store
is always at a whole version. The SQL is the common subset of SQLite and PostgreSQL (TEXT, INTEGER, REAL,
BIGINT): times are ISO-8601 UTC text, which sorts the same on both engines. `ENGINE_TYPES` swaps the few
types that differ.
"""
from __future__ import annotations

VERSION_TABLE = "pgcomply_schema_version"

# TEXT holds report.json on both engines: as written (encoding 'json', version 1) or zlib-compressed and
# base64-encoded (encoding 'zlib-base64', version 2 on), so one column type suits SQLite and PostgreSQL alike.
MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "runs, per-area and per-framework results, findings, content-addressed reports", (
        """CREATE TABLE pgcomply_reports (
             digest TEXT PRIMARY KEY,              -- sha256 of the canonical report.json
             body TEXT NOT NULL)""",
        """CREATE TABLE pgcomply_runs (
             run_id TEXT PRIMARY KEY,              -- the idempotency key: a rerun with the same id never adds a row
             target TEXT NOT NULL,                 -- fleet target name, or the DSN without its password
             dsn TEXT NOT NULL,
             system_identifier TEXT,
             server_version TEXT,
             fleet_run TEXT,                       -- the fleet run (--run-id) this target belongs to, if any
             shard TEXT,
             status TEXT NOT NULL,                 -- running | complete
             started_at TEXT NOT NULL,
             finished_at TEXT,
             tool_version TEXT,
             catalogue TEXT,                       -- check-catalogue digest and count
             score INTEGER,
             grade TEXT,
             audit_complete INTEGER,               -- 0: a fault left part of the cluster unread (exit 3)
             exit_code INTEGER,
             report_digest TEXT REFERENCES pgcomply_reports (digest))""",
        "CREATE INDEX pgcomply_runs_target ON pgcomply_runs (target, started_at)",
        """CREATE TABLE pgcomply_run_areas (
             run_id TEXT NOT NULL REFERENCES pgcomply_runs (run_id) ON DELETE CASCADE,
             area TEXT NOT NULL,
             score INTEGER,
             failing INTEGER NOT NULL,
             PRIMARY KEY (run_id, area))""",
        """CREATE TABLE pgcomply_run_frameworks (
             run_id TEXT NOT NULL REFERENCES pgcomply_runs (run_id) ON DELETE CASCADE,
             framework TEXT NOT NULL,
             name TEXT NOT NULL,
             percent INTEGER,
             failing INTEGER NOT NULL,
             PRIMARY KEY (run_id, framework))""",
        """CREATE TABLE pgcomply_run_findings (
             run_id TEXT NOT NULL REFERENCES pgcomply_runs (run_id) ON DELETE CASCADE,
             check_id TEXT NOT NULL,
             object TEXT NOT NULL,
             status TEXT NOT NULL,
             severity TEXT NOT NULL,
             PRIMARY KEY (run_id, check_id, object))""",
    )),
    # A 30,000-finding report.json is 35 MB of text and compresses about 60 times: storing it as written made the
    # history grow by that much per audit, and writing it took longer than the audit's checks.
    (2, "report bodies stored compressed (encoding: json | zlib-base64)", (
        "ALTER TABLE pgcomply_reports ADD COLUMN encoding TEXT NOT NULL DEFAULT 'json'",
    )),
)

LATEST = MIGRATIONS[-1][0]
