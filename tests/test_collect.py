"""The collector on real clusters: what it reads, that it stays read-only and bounded, and JSON round trips."""
from __future__ import annotations

import json

import psycopg
import pytest

from auditor.collect.collector import collect
from auditor.collect.connect import ConnectError, connect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Thresholds
from auditor.collect.serialize import read_snapshot, snapshot_from_dict, snapshot_to_dict, write_snapshot

SCHEMA = """
CREATE SCHEMA app;
CREATE ROLE coll_reader NOLOGIN;
CREATE TABLE app.customers (id int PRIMARY KEY, email text CHECK (email LIKE '%@%'), tenant_id int);
COMMENT ON TABLE app.customers IS 'people who buy';
COMMENT ON COLUMN app.customers.email IS 'contact address';
GRANT SELECT (email) ON app.customers TO coll_reader;
ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_tenant ON app.customers FOR SELECT TO coll_reader USING (tenant_id = 1);
CREATE FUNCTION app.f(a int, b text) RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = app AS 'SELECT 1';
CREATE SEQUENCE app.seq;
CREATE VIEW app.v AS SELECT id FROM app.customers;
"""


@pytest.fixture(scope="module")
def shop(pg15):
    with pg15.fresh_database("coll") as db:
        db.execute(SCHEMA)
        yield db
    pg15.execute("DROP ROLE IF EXISTS coll_reader")


@pytest.fixture(scope="module")
def snap(pg15, shop):
    return collect(pg15.dsn(shop.name), Policy(sampling=False))


def test_reads_tables_columns_comments_acls_policies_functions(snap, shop):
    rels = {r.name: r for r in snap.relations if r.database == shop.name}
    assert set(rels) == {"customers", "seq", "v"}
    cust = rels["customers"]
    assert (cust.schema, cust.kind, cust.comment, cust.rls_enabled, cust.rls_forced) == ("app", "r", "people who buy", True, False)
    cols = {c.name: c for c in cust.columns}
    assert [c.name for c in cust.columns] == ["id", "email", "tenant_id"]
    assert cols["email"].comment == "contact address"
    assert cols["email"].acl == ("coll_reader=r/postgres",)
    assert {(c.type, c.name) for c in cust.constraints} == {("c", "customers_email_check"), ("p", "customers_pkey")}
    assert rels["seq"].kind == "S" and rels["v"].kind == "v"
    (pol,) = [p for p in snap.policies if p.database == shop.name]
    assert (pol.name, pol.command, pol.roles, pol.using, pol.check) == ("by_tenant", "SELECT", ("coll_reader",), "(tenant_id = 1)", None)
    (fn,) = [f for f in snap.functions if f.database == shop.name and f.name == "f"]
    assert (fn.args, fn.security_definer, fn.config) == ("a integer, b text", True, ("search_path=app",))
    assert "=X/postgres" in fn.acl  # acldefault: PUBLIC may execute functions unless revoked


def test_server_facts(snap, pg15):
    assert snap.target.server_version_num // 10000 == 15
    assert snap.target.transport == "tcp" and snap.target.port == pg15.port
    assert "password" not in snap.target.dsn
    assert {s.name for s in snap.settings} >= {"ssl", "password_encryption", "log_connections"}
    assert snap.hba_rules and all(r.line_number > 0 for r in snap.hba_rules)
    assert {d.name for d in snap.databases if d.collected} >= {"postgres", "template1"}
    assert "template0" not in {d.name for d in snap.databases if d.collected}
    assert [g.item for g in snap.gaps] == ["samples"]   # the superuser reads everything; only sampling was off


def test_statement_count_does_not_grow_with_objects(pg15, shop):
    """Fixed statements per database: 1 table or 60 tables, the same number of queries."""
    with pg15.fresh_database("many") as many:
        many.execute("".join(f"CREATE TABLE t{i} (id int, email text);" for i in range(60)))
        snap = collect(pg15.dsn("postgres"), Policy(sampling=False), databases=["postgres", shop.name, many.name])
    per_db = dict(snap.queries)
    assert per_db[many.name] == per_db[shop.name]
    assert len([r for r in snap.relations if r.database == many.name]) == 60


def test_snapshot_json_round_trip(snap, tmp_path):
    path = tmp_path / "snap.json"
    write_snapshot(snap, path)
    again = read_snapshot(path)
    assert again == snap
    assert snapshot_from_dict(json.loads(json.dumps(snapshot_to_dict(snap)))) == snap
    assert evaluate(again).findings == evaluate(snap).findings


def test_equal_column_lists_are_shared_in_a_collection_and_when_read_back(pg15, tmp_path):
    """Tables with the same columns share one column tuple, fresh from the server or read from a file (the
    classifier memoises by the tuple's identity); tables that differ in one column's type or grants do not."""
    with pg15.fresh_database("tenants") as db:
        db.execute("".join(f"CREATE SCHEMA t{i}; CREATE TABLE t{i}.customers (id int, email text, name text);"
                           for i in range(3)) + "CREATE TABLE t0.other (id int, email varchar(80), name text);"
                   "CREATE TABLE t1.granted (id int, email text, name text); CREATE ROLE tn_reader;"
                   "GRANT SELECT (email) ON t1.granted TO tn_reader;")
        try:
            snap = collect(db.dsn(), Policy(sampling=False), databases=[db.name])
        finally:
            db.execute("REVOKE ALL ON t1.granted FROM tn_reader; DROP ROLE tn_reader")
    path = tmp_path / "snap.json"
    write_snapshot(snap, path)
    for s in (snap, read_snapshot(path)):
        by_name = {(r.schema, r.name): r.columns for r in s.relations}
        customers = {id(by_name[(f"t{i}", "customers")]) for i in range(3)}
        assert len(customers) == 1
        assert id(by_name[("t0", "other")]) not in customers and id(by_name[("t1", "granted")]) not in customers
    live = {(r.schema, r.name): r.columns for r in snap.relations}
    assert live[("t0", "other")][0] is live[("t0", "customers")][0]     # the collector shares `id int` itself too
    assert read_snapshot(path) == snap


def test_sessions_are_read_only_and_bounded(pg15, shop):
    t = Thresholds(statement_timeout_ms=1234, lock_timeout_ms=567)
    with connect(pg15.dsn(shop.name), t) as conn:
        show = {name: conn.execute(f"SHOW {name}").fetchone()[0]
                for name in ("statement_timeout", "lock_timeout", "application_name", "default_transaction_read_only")}
        assert show == {"statement_timeout": "1234ms", "lock_timeout": "567ms", "application_name": "pgcomply",
                        "default_transaction_read_only": "on"}
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("CREATE TABLE app.should_fail (id int)")


def test_collect_on_pg18(pg18):
    """PG16+ catalogs: membership grants carry inherit/set options."""
    pg18.execute("CREATE ROLE c18_group NOLOGIN; CREATE ROLE c18_user LOGIN; GRANT c18_group TO c18_user WITH INHERIT FALSE")
    snap = collect(pg18.dsn("postgres"), Policy(sampling=False))
    assert snap.target.server_version_num // 10000 == 18
    (m,) = [m for m in snap.memberships if m.member == "c18_user"]
    assert (m.role, m.inherit_option, m.set_option) == ("c18_group", False, True)
    assert all(r.rule_number is not None for r in snap.hba_rules)


def test_unreadable_database_becomes_a_gap(pg15, shop):
    """A database the role may not CONNECT to is recorded as a gap, and the rest is still collected."""
    pg15.execute("CREATE ROLE coll_limited LOGIN")
    try:
        pg15.execute(f'REVOKE CONNECT ON DATABASE "{shop.name}" FROM PUBLIC')
        snap = collect(pg15.dsn("postgres", user="coll_limited"), Policy(sampling=False))
        gap = snap.gap(f"database:{shop.name}")
        assert gap is not None and "CONNECT" in gap.missing
        assert "postgres" in {d.name for d in snap.databases if d.collected}
    finally:
        pg15.execute(f'GRANT CONNECT ON DATABASE "{shop.name}" TO PUBLIC')
        pg15.execute("DROP ROLE coll_limited")


def _without_timings(snap) -> dict:
    d = snapshot_to_dict(snap)
    for key in ("collected_at", "duration_s"):
        d.pop(key)
    return d


def test_databases_read_concurrently_give_the_same_snapshot(pg15, shop):
    """Catalogs of several databases are read over a bounded pool; the snapshot (order, gaps, statement counts)
    is the one a one-at-a-time read gives."""
    with pg15.fresh_database("other") as other:
        other.execute("CREATE TABLE people (id int, email text); CREATE TABLE orders (id int)")
        wanted = ["postgres", shop.name, other.name]
        one = collect(pg15.dsn("postgres"), Policy(sampling=False, thresholds=Thresholds(catalog_jobs=1)),
                      databases=wanted)
        three = collect(pg15.dsn("postgres"), Policy(sampling=False, thresholds=Thresholds(catalog_jobs=3)),
                        databases=wanted)
    assert _without_timings(one) == _without_timings(three)
    assert {d.name for d in three.databases if d.collected} >= set(wanted)
    assert [r.name for r in three.relations if r.database == other.name] == ["orders", "people"]


def test_connection_limit_of_the_auditing_role_bounds_the_pool(pg15, shop):
    """A role allowed two connections reads every database one at a time beside its first connection, instead
    of turning databases into 'too many connections' gaps."""
    pg15.execute("CREATE ROLE coll_two LOGIN CONNECTION LIMIT 2")
    try:
        with pg15.fresh_database("third") as third:
            snap = collect(pg15.dsn("postgres", user="coll_two"), Policy(sampling=False),
                           databases=["postgres", shop.name, third.name])
        assert not [g for g in snap.gaps if g.item.startswith("database:")]
        assert {"postgres", shop.name, third.name} <= {d.name for d in snap.databases if d.collected}
    finally:
        pg15.execute("DROP ROLE coll_two")


def test_a_connection_waits_briefly_for_a_slot_that_is_being_freed(pg15):
    """A session just closed keeps its slot until its backend exits: connect() tries again for a moment instead
    of failing (the race behind 'too many connections for role' gaps under load), and gives up after that."""
    import threading

    pg15.execute("CREATE ROLE coll_one LOGIN CONNECTION LIMIT 1")
    try:
        held = psycopg.connect(pg15.dsn("postgres", user="coll_one"))
        threading.Timer(0.25, held.close).start()
        with connect(pg15.dsn("postgres", user="coll_one"), Thresholds()) as conn:
            assert conn.execute("SELECT current_user").fetchone() == ("coll_one",)
        with psycopg.connect(pg15.dsn("postgres", user="coll_one")):     # held for good: the error stands
            with pytest.raises(ConnectError, match='too many connections for role "coll_one"'):
                connect(pg15.dsn("postgres", user="coll_one"), Thresholds())
    finally:
        pg15.execute("DROP ROLE coll_one")


def test_constraint_keys_are_named_past_dropped_columns(pg15):
    with pg15.fresh_database("dropped") as db:
        db.execute("CREATE TABLE t (a int, gone int, b int, c text); ALTER TABLE t DROP COLUMN gone;"
                   "ALTER TABLE t ADD CONSTRAINT t_cb UNIQUE (c, b); ALTER TABLE t ADD PRIMARY KEY (a)")
        snap = collect(pg15.dsn(db.name), Policy(sampling=False), databases=[db.name])
    (t,) = [r for r in snap.relations if r.name == "t"]
    assert [(c.name, c.num) for c in t.columns] == [("a", 1), ("b", 3), ("c", 4)]
    assert sorted((k.name, k.columns) for k in t.constraints) == [("t_cb", ("c", "b")), ("t_pkey", ("a",))]
