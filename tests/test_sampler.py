"""Value sampling on real clusters: bounded (TABLESAMPLE on big tables, LIMIT on small ones, caps, short
transactions), honest about what it could not read (privileges, RLS, locks, foreign partitions), identical
with parallel jobs; it never reads views, and never reads a table through policies or a foreign child."""
from __future__ import annotations

import threading
import time

import psycopg
import pytest

from auditor.collect.collector import collect
from auditor.analysis.context import Context
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Thresholds
from auditor.model.gaps import FOREIGN_MISSING, RLS_MISSING, database_gap_item
from auditor.collect.sampler import SESSION_SQL, plan_database
from auditor.analysis.sensitivity import sensitive_columns

PREFIX = "smp_"
SCHEMA = """
CREATE SCHEMA app;
CREATE TABLE app.customers (id int PRIMARY KEY, email text, contact text, status text, notes text);
INSERT INTO app.customers SELECT g, 'user' || g || '@example.com', 'c' || g || '@example.org',
       (ARRAY['new','paid'])[1 + g % 2], 'nothing to note' FROM generate_series(1, 50) g;
CREATE TABLE app.big (id int, email text);
INSERT INTO app.big SELECT g, 'big' || g || '@example.com' FROM generate_series(1, 60000) g;
CREATE TABLE app.lookup (id int, label text);
INSERT INTO app.lookup VALUES (1, 'alpha'), (2, 'beta');
CREATE TABLE app.counts (id int, n bigint, at timestamptz);
CREATE TABLE app.events (id int, occurred date, contact text) PARTITION BY RANGE (occurred);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
INSERT INTO app.events SELECT g, '2024-03-01', 'p' || g || '@example.net' FROM generate_series(1, 40) g;
CREATE TABLE app.secret_people (id int, owner text, email text, contact text, password text);
INSERT INTO app.secret_people SELECT g, 'someone_else', 'hidden' || g || '@example.com', 'h' || g || '@example.com',
       md5(g::text) FROM generate_series(1, 30) g;
ALTER TABLE app.secret_people ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.secret_people USING (owner = current_user);
CREATE TABLE app.slow (id int, email text);
INSERT INTO app.slow SELECT g, 's' || g || '@example.com' FROM generate_series(1, 40) g;
CREATE VIEW app.people_view AS SELECT id, email FROM app.customers;
CREATE MATERIALIZED VIEW app.people_mat AS SELECT id, email FROM app.customers;
CREATE TABLE app.owned (id int, email text);
INSERT INTO app.owned SELECT g, 'o' || g || '@example.com' FROM generate_series(1, 20) g;
ALTER TABLE app.owned ENABLE ROW LEVEL SECURITY;   -- no policy: only its owner and bypassers see a row
CREATE TABLE app.parent (id int, email text);
INSERT INTO app.parent VALUES (1, 'parent@example.com');
CREATE DOMAIN app.blob AS bytea;
CREATE TABLE app.blobs (id int, payload bytea, wrapped app.blob, label text);
INSERT INTO app.blobs SELECT g, decode(md5(g::text), 'hex'), decode(md5(g::text), 'hex'), 'x'
FROM generate_series(1, 10) g;
CREATE TABLE app.mixed (id int, email text) PARTITION BY LIST (id);
CREATE TABLE app.mixed_local PARTITION OF app.mixed FOR VALUES IN (1);
INSERT INTO app.mixed_local VALUES (1, 'local@example.com');
ANALYZE;
CREATE FOREIGN DATA WRAPPER smp_nowhere;          -- no handler: reading (or analysing) its tables raises
CREATE SERVER smp_far FOREIGN DATA WRAPPER smp_nowhere;
CREATE FOREIGN TABLE app.parent_far () INHERITS (app.parent) SERVER smp_far;
CREATE FOREIGN TABLE app.mixed_far PARTITION OF app.mixed FOR VALUES IN (2) SERVER smp_far;
"""


@pytest.fixture(scope="module")
def db(pg15):
    with pg15.fresh_database("smp") as d:
        d.execute(SCHEMA)
        pg15.execute(f"CREATE ROLE {PREFIX}reader LOGIN PASSWORD 'pw' IN ROLE pg_read_all_data; "
                     f"CREATE ROLE {PREFIX}plain LOGIN PASSWORD 'pw'; CREATE ROLE {PREFIX}owner LOGIN PASSWORD 'pw'")
        d.execute(f"GRANT USAGE ON SCHEMA app TO {PREFIX}plain, {PREFIX}owner; "
                  f"GRANT SELECT (id, email) ON app.customers TO {PREFIX}plain; "
                  f"ALTER TABLE app.owned OWNER TO {PREFIX}owner")
        try:
            yield d
        finally:
            d.execute(f"DROP OWNED BY {PREFIX}plain, {PREFIX}owner")
    pg15.execute(f"DROP ROLE IF EXISTS {PREFIX}reader; DROP ROLE IF EXISTS {PREFIX}plain; "
                 f"DROP ROLE IF EXISTS {PREFIX}owner")


def _by_column(snap):
    return {(s.table, s.column): s for s in snap.samples}


@pytest.fixture(scope="module")
def snap(db):
    return collect(db.dsn(), Policy(), databases=[db.name])


def test_small_tables_use_limit_big_ones_tablesample(snap):
    s = _by_column(snap)
    assert s[("customers", "email")].method == "limit" and s[("customers", "email")].rows == 50
    big = s[("big", "email")]
    assert big.method == "tablesample" and 100 <= big.rows <= 200
    assert dict(big.matches) == {"email": big.non_null}


def test_only_columns_worth_reading_are_sampled(snap):
    s = _by_column(snap)
    assert ("customers", "id") not in s and ("counts", "n") not in s     # numbers without a telling name
    assert ("lookup", "label") in s                                       # text is always read
    assert not any(t == "counts" for t, _ in s)


def test_partitions_reuse_their_roots_sample(snap):
    s = _by_column(snap)
    assert dict(s[("events", "contact")].matches) == {"email": 40}
    assert dict(s[("events_2024", "contact")].matches) == {"email": 40}


def test_samples_survive_the_snapshot_file(snap, tmp_path):
    from auditor.collect.serialize import read_snapshot, write_snapshot

    write_snapshot(snap, tmp_path / "s.json")
    assert read_snapshot(tmp_path / "s.json").samples == snap.samples


def test_no_raw_values_in_samples(snap):
    text = repr(snap.samples)
    assert "user1@example.com" not in text and "@example.org" not in text
    assert any("***" in e for s in snap.samples for e in s.examples)


def test_superuser_bypasses_rls_and_a_pg_read_all_data_role_gets_a_gap(db, snap):
    """row_security = off, as pg_dump: a table whose policies apply to the auditor is never read through them."""
    s = _by_column(snap)
    assert s[("secret_people", "email")].rows == 30 and not s[("secret_people", "email")].rls_filtered
    assert s[("owned", "email")].rows == 20             # RLS with no policy hides nothing from a superuser
    reader = collect(db.dsn(user=f"{PREFIX}reader", password="pw"), Policy(), databases=[db.name])
    r = _by_column(reader)
    assert sorted({t for t, _ in r} & {"secret_people", "owned"}) == []
    gaps = {g.item: g for g in reader.gaps}
    for table in ("secret_people", "owned"):
        assert gaps[f"sample:{db.name}.app.{table}"].missing == RLS_MISSING
        assert "row-level security applies" in gaps[f"sample:{db.name}.app.{table}"].detail
    cols = {(c.table, c.column): c for c in sensitive_columns(Context(reader, Policy()))}
    # unread is not "no personal data": the named column stays, on its name, the neutral one is unknown
    assert cols[("secret_people", "email")].basis == "name"
    assert "name-only:table not sampled (see gaps)" in cols[("secret_people", "email")].signals
    assert ("secret_people", "contact") not in cols
    assert r[("customers", "contact")].rows == 50
    result = evaluate(reader, Policy(select=("PWD-020", "SENS-004")))
    na = {(f.check_id, f.object): f.missing for f in result.findings if f.status == "not_assessable"}
    assert na[("PWD-020", f"{db.name}.app.secret_people.password")] == RLS_MISSING
    assert na[("SENS-004", f"{db.name}.app.secret_people")] == RLS_MISSING
    assert na[("SENS-004", f"{db.name}.app.owned")] == RLS_MISSING
    assert not [f for f in result.findings if f.status == "fail" and "secret_people" in f.object]


def test_the_owner_reads_its_table_unless_rls_is_forced_meanwhile(db, pg15):
    """The owner bypasses its own policies, unless FORCE ROW LEVEL SECURITY: then the read raises 42501
    (row_security = off refuses instead of filtering) and that is the same RLS gap, not a denial."""
    owner = db.dsn(user=f"{PREFIX}owner", password="pw")
    snap = collect(owner, Policy(), databases=[db.name])
    assert _by_column(snap)[("owned", "email")].rows == 20
    assert f"sample:{db.name}.app.owned" not in {g.item for g in snap.gaps}

    # FORCE lands after the sampler's preflight, while its SELECT waits for the table lock: the read raises.
    # (The table has no policy, so the catalog phase, which locks tables only to print policies, never waits.)
    holder = pg15.connect(db.name)
    holder.autocommit = False
    holder.execute("ALTER TABLE app.owned FORCE ROW LEVEL SECURITY")
    seen = []

    def commit_once_the_sampler_waits() -> None:
        with pg15.connect(db.name) as watch:
            for _ in range(500):
                if watch.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgcomply' "
                                 "AND wait_event_type = 'Lock' AND query LIKE '%FROM ONLY \"app\".\"owned\"%'"
                                 ).fetchone()[0]:
                    seen.append(True)
                    break
                time.sleep(0.02)
        holder.commit()

    waiter = threading.Thread(target=commit_once_the_sampler_waits)
    waiter.start()
    try:
        raced = collect(owner, Policy(thresholds=Thresholds(lock_timeout_ms=20000, sample_timeout_ms=20000)),
                        databases=[db.name])
    finally:
        waiter.join()
        holder.close()
    try:
        forced = collect(owner, Policy(), databases=[db.name])      # and with FORCE in place from the start
    finally:
        db.execute("ALTER TABLE app.owned NO FORCE ROW LEVEL SECURITY")
    assert seen == [True]                   # the sampler's own SELECT was the one that hit FORCE
    assert ("owned", "email") not in _by_column(raced)
    assert {g.item: g.missing for g in raced.gaps}[f"sample:{db.name}.app.owned"] == RLS_MISSING
    assert {g.item: g.missing for g in forced.gaps}[f"sample:{db.name}.app.owned"] == RLS_MISSING


def test_views_matviews_and_foreign_children_are_not_read(db, snap):
    """A view runs its query and a foreign table its wrapper: neither is read. A regular parent is read
    FROM ONLY (its foreign child would raise, since its wrapper has no handler); a partitioned table with a
    foreign partition is a gap."""
    tables = {t for t, _ in _by_column(snap)}
    assert not tables & {"people_view", "people_mat", "parent_far", "mixed", "mixed_local", "mixed_far"}
    assert dict(_by_column(snap)[("parent", "email")].matches) == {"email": 1}
    gaps = {g.item: g for g in snap.gaps}
    assert gaps[f"sample:{db.name}.app.mixed"].missing == FOREIGN_MISSING
    assert not [g for g in snap.gaps if g.item.startswith("sample:") and g.item != f"sample:{db.name}.app.mixed"]


def test_denied_tables_and_columns_are_gaps_naming_the_privilege(db):
    plain = collect(db.dsn(user=f"{PREFIX}plain", password="pw"), Policy(), databases=[db.name])
    gaps = {g.item: g.missing for g in plain.gaps}
    assert gaps[f"sample:{db.name}.app.big"] == "SELECT on app.big (or pg_read_all_data)"
    assert gaps[f"sample:{db.name}.app.customers"] == \
        "SELECT on columns contact, notes, status of app.customers (or pg_read_all_data)"
    s = _by_column(plain)
    assert set(c for t, c in s if t == "customers") == {"email"}


def test_a_locked_table_is_a_gap_and_the_rest_is_sampled(db, pg15):
    holder = pg15.connect(db.name)
    holder.autocommit = False
    holder.execute("LOCK TABLE app.lookup IN ACCESS EXCLUSIVE MODE")
    try:
        snap = collect(db.dsn(), Policy(), databases=[db.name])
    finally:
        holder.rollback()
        holder.close()
    gap = {g.item: g for g in snap.gaps}[f"sample:{db.name}.app.lookup"]
    assert "locked" in gap.detail and "SQLSTATE 55P03" in gap.detail
    assert ("customers", "email") in _by_column(snap)


def test_a_slow_table_times_out_into_a_gap(db, pg15):
    """A lock held longer than sample_timeout_ms (with a longer lock_timeout) makes the sample time out."""
    holder = pg15.connect(db.name)
    holder.autocommit = False
    holder.execute("LOCK TABLE app.slow IN ACCESS EXCLUSIVE MODE")
    try:
        snap = collect(db.dsn(user=f"{PREFIX}reader", password="pw"),
                       Policy(thresholds=Thresholds(sample_timeout_ms=300, lock_timeout_ms=10000)),
                       databases=[db.name])
    finally:
        holder.rollback()
        holder.close()
    gap = {g.item: g for g in snap.gaps}[f"sample:{db.name}.app.slow"]
    assert gap.missing == "a larger thresholds.sample_timeout_ms" and "SQLSTATE 57014" in gap.detail
    assert ("customers", "email") in _by_column(snap)


def test_parallel_jobs_give_the_same_samples(db):
    one = collect(db.dsn(), Policy(thresholds=Thresholds(sample_jobs=1)), databases=[db.name])
    three = collect(db.dsn(), Policy(thresholds=Thresholds(sample_jobs=3)), databases=[db.name])
    assert sorted(one.samples, key=repr) == sorted(three.samples, key=repr)


def test_table_cap_samples_the_riskiest_first(db):
    snap = collect(db.dsn(), Policy(thresholds=Thresholds(sample_max_tables=2)), databases=[db.name])
    sampled = {s.table for s in snap.samples}
    plans = [p.rel.name for p in plan_database([r for r in snap.relations if r.database == db.name])]
    assert sampled == set(plans[:2]) and "lookup" not in sampled
    gap = {g.item: g for g in snap.gaps}[database_gap_item(db.name)]
    assert gap.missing.startswith("thresholds.sample_max_tables")


def test_no_sample_is_a_gap_and_name_only(db):
    snap = collect(db.dsn(), Policy(sampling=False), databases=[db.name])
    assert snap.samples is None
    assert {g.item for g in snap.gaps} == {"samples"}
    cols = {(c.table, c.column): c for c in sensitive_columns(Context(snap, Policy()))}
    assert cols[("customers", "email")].basis == "name" and ("customers", "contact") not in cols


def test_short_transactions_survive_more_tables_than_lock_slots(make_cluster, pg15_bindir):
    """One transaction over these tables runs out of shared lock memory; per-table transactions do not."""
    c = make_cluster(bindir=pg15_bindir, conf={"max_connections": 10, "max_locks_per_transaction": 10,
                                               "max_wal_senders": 0, "max_worker_processes": 0,
                                               "autovacuum_max_workers": 1})
    try:
        c.execute("CREATE DATABASE many")
        for start in range(0, 400, 40):      # creating them in one transaction would exhaust the lock table too
            c.execute("".join(f"CREATE TABLE t{i} (id int, email text); INSERT INTO t{i} VALUES (1, 'a{i}@x.com');"
                              for i in range(start, start + 40)), "many")
        with c.connect("many") as conn, pytest.raises(psycopg.errors.OutOfMemory):
            with conn.transaction():
                for i in range(400):
                    conn.execute(f"SELECT * FROM t{i} LIMIT 1")
        snap = collect(c.dsn("many"), Policy(thresholds=Thresholds(sample_jobs=2)), databases=["many"])
        assert len({s.table for s in snap.samples}) == 400
        assert not [g for g in snap.gaps if g.item.startswith("sample")]
    finally:
        c.stop()


ODD_SQL = ('CREATE SCHEMA "Odd ""Schema"""; '
           'CREATE TABLE "Odd ""Schema"""."we ird; table" ("Select" text, "e-mail" text); '
           'INSERT INTO "Odd ""Schema"""."we ird; table" VALUES (\'x\', \'ana@example.com\');')


def test_identifiers_are_quoted(pg15):
    with pg15.fresh_database("smpq") as d:
        d.execute(ODD_SQL)
        snap = collect(d.dsn(), Policy(), databases=[d.name])
    s = {(x.schema, x.table, x.column): x for x in snap.samples}
    assert dict(s[('Odd "Schema"', "we ird; table", "e-mail")].matches) == {"email": 1}
    assert not [g for g in snap.gaps if g.item.startswith("sample")]


def test_the_sampling_query_runs_no_cast_and_names_pg_catalog(db, snap):
    """Text through the type's output function (format's %s), bytes only from a real bytea, all qualified."""
    from auditor.collect.sampler import ACCESS_SQL, TablePlan, sample_query

    rel = next(r for r in snap.relations if (r.schema, r.name) == ("app", "blobs"))
    with psycopg.connect(db.dsn()) as conn:
        binary = frozenset(conn.execute(ACCESS_SQL, ([rel.oid],)).fetchone()[3])
        assert binary == {"payload", "wrapped"}          # a domain over bytea too; never judged by type name
        plan = TablePlan(rel, (("label", "text", None), ("payload", "binary", None)), 1)
        text = sample_query(plan, plan.columns, 200, tablesample=True, binary=binary).as_string(conn)
    pct = min(100.0, round(100.0 * 4 * 200 / max(rel.row_estimate, 1), 6))
    assert text == (f"SELECT pg_catalog.left(pg_catalog.format('%s'::pg_catalog.text, \"label\"), 512), "
                    f"pg_catalog.substring(\"payload\", 1, 256) FROM ONLY \"app\".\"blobs\" "
                    f"TABLESAMPLE pg_catalog.system ({pct}::pg_catalog.float4) REPEATABLE (7::pg_catalog.float8) "
                    f"LIMIT 200::pg_catalog.int8")
    s = _by_column(snap)
    assert (s[("blobs", "payload")].non_null, s[("blobs", "wrapped")].non_null) == (10, 10)


def test_each_table_is_read_in_its_own_begin_read_only_transaction(db, pg15):
    """Not autocommit: an explicit BEGIN READ ONLY ... COMMIT around each table, as the server logged it."""
    pg15.execute(f'ALTER DATABASE "{db.name}" SET log_statement = \'all\'')
    start = len(pg15.log_text())
    try:
        collect(db.dsn(), Policy(thresholds=Thresholds(sample_jobs=1)), databases=[db.name])
    finally:
        pg15.execute(f'ALTER DATABASE "{db.name}" RESET log_statement')
    lines = [ln.split("statement: ", 1) for ln in pg15.log_text()[start:].splitlines() if "statement: " in ln]
    by_pid: dict[str, list[str]] = {}
    for prefix, stmt in lines:
        by_pid.setdefault(prefix.split("[", 1)[1].split("]", 1)[0], []).append(stmt)
    sampler = [s for s in by_pid.values() if any('FROM ONLY "app"."customers"' in x for x in s)]
    assert len(sampler) == 1
    stmts = sampler[0]
    at = next(i for i, x in enumerate(stmts) if 'FROM ONLY "app"."customers"' in x)
    assert (stmts[at - 1], stmts[at + 1]) == ("BEGIN READ ONLY", "COMMIT")
    assert stmts[:3] == ["BEGIN READ ONLY", SESSION_SQL, "COMMIT"]
    reads = [i for i, x in enumerate(stmts) if x.startswith("SELECT pg_catalog.left(") or
             x.startswith("SELECT pg_catalog.substring(")]
    # every read opens its table's transaction, or retries with LIMIT inside it after a thin TABLESAMPLE
    assert len(reads) >= 9 and all(stmts[i - 1] == "BEGIN READ ONLY" or i - 1 in reads for i in reads)
    assert all(stmts[i + 1] == "COMMIT" or i + 1 in reads for i in reads)
    assert stmts.count("BEGIN READ ONLY") == stmts.count("COMMIT") + stmts.count("ROLLBACK")
