"""pg_attribute read on a second session (auditor/collect/aside.py): the same snapshot as a sequential read, the
same catalog as one session reads, and a refused second session changes nothing."""
from __future__ import annotations

import dataclasses

import psycopg
import pytest

from auditor.collect import catalog
from auditor.collect.aside import read_aside
from auditor.collect.collector import collect
from auditor.collect.connect import ConnectError, connect
from auditor.collect.dbcatalog import Counter
from auditor.model.policy import Policy, Thresholds

COUNT = "SELECT pg_catalog.count(*) FROM pg_catalog.pg_attribute WHERE attrelid = 'public.t'::pg_catalog.regclass AND attnum > 0"


@pytest.fixture
def db(pg15):
    with pg15.fresh_database("aside") as db:
        db.execute("CREATE TABLE t (a int, b text); CREATE TABLE u (id int PRIMARY KEY, email text);"
                   "GRANT SELECT (email) ON u TO PUBLIC; COMMENT ON COLUMN u.email IS 'contact'")
        yield db


def _open(pg15, db):
    conn = connect(pg15.dsn(db.name), Thresholds())
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    return conn


def test_second_session_reads_the_first_sessions_snapshot(pg15, db):
    q = Counter()
    with _open(pg15, db) as conn, conn.transaction():
        conn.execute("SELECT 1").fetchone()                   # the snapshot is taken here
        db.execute("ALTER TABLE t ADD COLUMN c int")          # committed by another session afterwards
        sessions: list[int] = []

        def read(c: psycopg.Connection) -> int:
            sessions.append(c.info.backend_pid)
            return c.execute(COUNT).fetchone()[0]
        got = read_aside(conn, q, lambda: connect(pg15.dsn(db.name), Thresholds()), read)()
        assert got == 2                                       # a, b: not the column added after the snapshot
        assert sessions and sessions[0] != conn.info.backend_pid
    assert db.execute(COUNT)[0][0] == 3
    assert q.per_db[db.name] == 2                             # export and SET TRANSACTION SNAPSHOT (read: not counted here)


def test_a_refused_second_session_reads_on_the_first(pg15, db):
    def refused() -> psycopg.Connection:
        raise ConnectError("too many connections for role")
    with _open(pg15, db) as conn, conn.transaction():
        sessions: list[int] = []

        def read(c: psycopg.Connection) -> int:
            sessions.append(c.info.backend_pid)
            return c.execute(COUNT).fetchone()[0]
        assert read_aside(conn, Counter(), refused, read)() == 2
        assert sessions == [conn.info.backend_pid]


def test_collect_with_and_without_the_second_session_is_the_same(pg15, db):
    one_db = ["postgres", db.name]
    aside = collect(pg15.dsn("postgres"), Policy(sampling=False), databases=one_db)
    policy = Policy(sampling=False)
    sequential = collect(pg15.dsn("postgres"), dataclasses.replace(
        policy, thresholds=dataclasses.replace(policy.thresholds, catalog_jobs=1)), databases=one_db)
    assert aside.relations == sequential.relations and aside.relations
    u = next(r for r in aside.relations if r.name == "u")
    assert [(c.name, c.comment, c.acl) for c in u.columns] == [("id", None, ()), ("email", "contact", ("=r/postgres",))]
    assert [c.type for r in aside.relations if r.name == "u" for c in r.constraints] == ["p"]
    per_db, per_db_sequential = dict(aside.queries), dict(sequential.queries)
    assert per_db[db.name] == per_db_sequential[db.name] + 2   # export and import: fixed, whatever the size


def test_export_statement_is_schema_qualified():
    assert catalog.EXPORT_SNAPSHOT == "SELECT pg_catalog.pg_export_snapshot()"
