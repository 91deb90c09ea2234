"""Value sampling on real clusters: bounded (TABLESAMPLE on big tables, LIMIT on small ones, caps, short
transactions), honest about what it could not read (privileges, RLS, locks), identical with parallel jobs."""
from __future__ import annotations

import psycopg
import pytest

from auditor.collect import collect
from auditor.context import Context
from auditor.evaluate import evaluate
from auditor.policy import Policy, Thresholds
from auditor.sampler import database_gap_item, plan_database
from auditor.sensitivity import sensitive_columns

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
ALTER TABLE app.slow ENABLE ROW LEVEL SECURITY;
CREATE POLICY slow ON app.slow USING (pg_sleep(0.05)::text = '');
ANALYZE;
"""


@pytest.fixture(scope="module")
def db(pg15):
    with pg15.fresh_database("smp") as d:
        d.execute(SCHEMA)
        pg15.execute(f"CREATE ROLE {PREFIX}reader LOGIN PASSWORD 'pw' IN ROLE pg_read_all_data; "
                     f"CREATE ROLE {PREFIX}plain LOGIN PASSWORD 'pw'")
        d.execute(f"GRANT USAGE ON SCHEMA app TO {PREFIX}plain; "
                  f"GRANT SELECT (id, email) ON app.customers TO {PREFIX}plain")
        try:
            yield d
        finally:
            d.execute(f"DROP OWNED BY {PREFIX}plain")
    pg15.execute(f"DROP ROLE IF EXISTS {PREFIX}reader; DROP ROLE IF EXISTS {PREFIX}plain")


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
    from auditor.serialize import read_snapshot, write_snapshot

    write_snapshot(snap, tmp_path / "s.json")
    assert read_snapshot(tmp_path / "s.json").samples == snap.samples


def test_no_raw_values_in_samples(snap):
    text = repr(snap.samples)
    assert "user1@example.com" not in text and "@example.org" not in text
    assert any("***" in e for s in snap.samples for e in s.examples)


def test_superuser_bypasses_rls_and_a_pg_read_all_data_role_does_not(db, snap):
    s = _by_column(snap)
    assert s[("secret_people", "email")].rows == 30 and not s[("secret_people", "email")].rls_filtered
    reader = collect(db.dsn(user=f"{PREFIX}reader", password="pw"), Policy(), databases=[db.name])
    r = _by_column(reader)
    hidden = r[("secret_people", "email")]
    assert (hidden.rows, hidden.rls_filtered) == (0, True)
    cols = {(c.table, c.column): c for c in sensitive_columns(Context(reader, Policy()))}
    # zero visible rows is not "no personal data": the named column stays, on its name, the neutral one is unknown
    assert cols[("secret_people", "email")].basis == "name"
    assert "name-only:rls-filtered (0 rows visible)" in cols[("secret_people", "email")].signals
    assert ("secret_people", "contact") not in cols
    assert r[("customers", "contact")].rows == 50
    result = evaluate(reader, Policy(select=("PWD-020", "SENS-004")))
    na = {(f.check_id, f.object): f.missing for f in result.findings if f.status == "not_assessable"}
    assert na[("PWD-020", f"{db.name}.app.secret_people.password")].startswith("BYPASSRLS")
    assert na[("SENS-004", f"{db.name}.app.secret_people")].startswith("BYPASSRLS")
    assert not [f for f in result.findings if f.status == "fail" and "secret_people" in f.object]


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


def test_a_slow_table_times_out_into_a_gap(db):
    """A per-row policy that sleeps makes the sample slower than sample_timeout_ms (RLS applies to the reader)."""
    snap = collect(db.dsn(user=f"{PREFIX}reader", password="pw"),
                   Policy(thresholds=Thresholds(sample_timeout_ms=300)), databases=[db.name])
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
