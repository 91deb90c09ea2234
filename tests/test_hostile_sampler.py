"""The attacker suite for value sampling (issue 12): a database owner who is not a superuser plants code where a
naive sampler would run it, and pgcomply, auditing with sampling on as a superuser and as the least-privilege
role from `pgcomply role-sql`, must never run it and still report on her database.

Each planted function writes `RAISE LOG` with a marker built at run time (the DDL text never holds the marker
itself, so statement logging cannot fake a hit). RAISE LOG reaches the server log even in a read-only
transaction. Every vector is first fired on purpose by a naive query, so the test can fail.
"""
from __future__ import annotations

import secrets
import subprocess
from dataclasses import dataclass

import pytest
from psycopg import sql

from auditor.collect.collector import collect
from auditor.engine.evaluate import AuditResult, evaluate
from auditor.model.snapshot import Snapshot
from auditor.model.policy import Policy
from auditor.collect.rolesql import role_sql
from auditor.model.gaps import RLS_MISSING

VECTORS = ("cast", "rls", "view", "matview", "left", "format")
ROWS = 12

PLANT = """
CREATE TYPE public.text_x AS (v text);
CREATE FUNCTION public.her_fn(public.text_x) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RAISE LOG 'HSM-%-cast', {tag};
    PERFORM pg_catalog.set_config('default_transaction_read_only', 'off', false);   -- later statements could write
    RETURN ($1).v;
END $$;
CREATE CAST (public.text_x AS text) WITH FUNCTION public.her_fn(public.text_x);
CREATE FUNCTION public.her_fn2() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE LOG 'HSM-%-rls', {tag}; RETURN true; END $$;
CREATE FUNCTION public.her_fn3(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE LOG 'HSM-%-view', {tag}; RETURN $1; END $$;
CREATE FUNCTION public.her_fn4(text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE LOG 'HSM-%-matview', {tag}; RETURN $1; END $$;
-- look-alikes of what the sampler calls, in front of pg_catalog for every session that sets no search_path
CREATE FUNCTION public.left(text, integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE LOG 'HSM-%-left', {tag}; RETURN pg_catalog.left($1, $2); END $$;
CREATE FUNCTION public.format(text, public.text_x) RETURNS text LANGUAGE plpgsql AS $$
BEGIN RAISE LOG 'HSM-%-format', {tag}; RETURN ($2).v; END $$;

CREATE TABLE public.people (id int, email text, ssn text, contact public.text_x);
INSERT INTO public.people SELECT g, 'p' || g || '@example.com', '234-56-' || (1000 + g),
       ROW('c' || g || '@example.org')::public.text_x FROM pg_catalog.generate_series(1, {rows}) g;
CREATE TABLE public.secrets (id int, email text, national_id text);
INSERT INTO public.secrets SELECT g, 's' || g || '@example.com', '345-67-' || (1000 + g)
       FROM pg_catalog.generate_series(1, {rows}) g;
ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone ON public.secrets USING (public.her_fn2());
CREATE VIEW public.people_v AS SELECT id, public.her_fn3(email) AS email FROM public.people;
CREATE MATERIALIZED VIEW public.people_m AS SELECT id, public.her_fn4(email) AS email FROM public.people;
ANALYZE;
"""


@dataclass
class Hostile:
    cluster: object
    db: str
    mallory: str
    auditor: str
    tag: str
    fired: dict[str, bool]           # vector -> did the naive query fire it
    read_only_flipped: bool          # the naive cast turned default_transaction_read_only off
    log_from: int                    # server log offset when the audits started
    as_super: tuple[Snapshot, AuditResult]
    as_role: tuple[Snapshot, AuditResult]

    def marker(self, vector: str) -> str:
        return f"HSM-{self.tag}-{vector}"


def _psql(cluster, script: str) -> None:
    psql = cluster.bindir / "psql"
    subprocess.run([str(psql if psql.exists() else "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                    str(cluster.socket_dir), "-p", str(cluster.port), "-U", cluster.superuser, "-d", "postgres"],
                   input=script, text=True, check=True, capture_output=True)


def _fires(cluster, vector: str, tag: str, run) -> bool:
    """Run a naive query and say whether the vector's marker reached the server log."""
    before = len(cluster.log_text())
    run()
    return f"HSM-{tag}-{vector}" in cluster.log_text()[before:]


def _naive(cluster, db: str, mallory: str, auditor: str, tag: str) -> tuple[dict[str, bool], bool]:
    """What pgcomply used to do, and what any careless client does: each of these runs her code."""
    fired: dict[str, bool] = {}
    flipped = []

    def cast() -> None:                  # the old sampler: left(col::text, 512), in a read-only session
        with cluster.connect(db, options="-c default_transaction_read_only=on -c search_path=pg_catalog") as c:
            c.execute("SELECT pg_catalog.left(contact::text, 512) FROM public.people").fetchall()
            flipped.append(c.execute("SHOW default_transaction_read_only").fetchone()[0] == "off")

    def rls() -> None:                   # row security on, as a role her policy applies to
        with cluster.connect(db, user=auditor) as c:
            c.execute("SELECT count(*) FROM public.secrets").fetchone()

    def view() -> None:
        with cluster.connect(db) as c:
            c.execute("SELECT email FROM public.people_v").fetchall()

    def matview() -> None:               # reading a matview runs nothing; refreshing it runs her column function
        with cluster.connect(db, user=mallory) as c:
            c.execute("REFRESH MATERIALIZED VIEW public.people_m")

    def left() -> None:                  # ALTER DATABASE ... SET search_path puts her look-alikes first
        with cluster.connect(db) as c:
            c.execute("SELECT left(email, 512) FROM public.people").fetchall()

    def fmt() -> None:
        with cluster.connect(db) as c:
            c.execute("SELECT format('%s', contact) FROM public.people").fetchall()

    for vector, run in (("cast", cast), ("rls", rls), ("view", view), ("matview", matview), ("left", left),
                        ("format", fmt)):
        fired[vector] = _fires(cluster, vector, tag, run)
    return fired, flipped == [True]


def _audit(dsn: str, db: str) -> tuple[Snapshot, AuditResult]:
    policy = Policy()                                 # sampling is on by default
    assert policy.sampling
    snap = collect(dsn, policy, databases=[db])
    return snap, evaluate(snap, policy)


@pytest.fixture(scope="module", params=["pg15", "pg18"])
def hostile(request) -> Hostile:
    cluster = request.getfixturevalue(request.param)
    tag = secrets.token_hex(4)
    db, mallory, auditor = f"her_db_{tag}", f"mallory_{tag}", f"hs_auditor_{tag}"
    cluster.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(mallory)))
    cluster.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(db), sql.Identifier(mallory)))
    try:
        _psql(cluster, role_sql(auditor, databases=(db,)))
        with cluster.connect(db, user=mallory) as m:        # everything below is hers: no superuser involved
            m.execute(PLANT.format(tag=sql.Literal(tag).as_string(m), rows=ROWS))
            m.execute(sql.SQL("ALTER DATABASE {} SET search_path = public, pg_catalog").format(sql.Identifier(db)))
        fired, flipped = _naive(cluster, db, mallory, auditor, tag)
        log_from = len(cluster.log_text())
        as_super = _audit(cluster.dsn(db), db)
        as_role = _audit(cluster.dsn(db, user=auditor), db)
        yield Hostile(cluster, db, mallory, auditor, tag, fired, flipped, log_from, as_super, as_role)
    finally:
        cluster.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db)))
        for role in (auditor, mallory):
            cluster.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def test_every_vector_fires_for_a_naive_client(hostile):
    assert hostile.fired == {v: True for v in VECTORS}
    assert hostile.read_only_flipped


def test_no_planted_code_runs_during_the_audits(hostile):
    log = hostile.cluster.log_text()[hostile.log_from:]
    assert [v for v in VECTORS if hostile.marker(v) in log] == []
    assert f"HSM-{hostile.tag}" not in log


def test_the_superuser_reads_the_rls_table_without_its_policy(hostile):
    snap, result = hostile.as_super
    s = {(x.table, x.column): x for x in snap.samples}
    assert (s[("secrets", "email")].rows, dict(s[("secrets", "email")].matches)) == (ROWS, {"email": ROWS})
    assert not [g for g in snap.gaps if g.item.startswith("sample:")]
    f = {(x.check_id, x.object): x.status for x in result.findings}
    assert f[("SENS-004", f"{hostile.db}.public.secrets")] == "fail"


def test_the_least_privilege_role_reports_the_rls_table_as_not_assessable(hostile):
    snap, result = hostile.as_role
    assert snap.access.user == hostile.auditor and not snap.access.is_superuser
    assert not [x for x in snap.samples if x.table == "secrets"]
    gaps = {g.item: g for g in snap.gaps}
    assert gaps[f"sample:{hostile.db}.public.secrets"].missing == RLS_MISSING
    na = {(x.check_id, x.object): x.missing for x in result.findings if x.status == "not_assessable"}
    assert na[("SENS-004", f"{hostile.db}.public.secrets")] == RLS_MISSING
    assert na[("SENS-002", f"{hostile.db}.public.secrets.national_id")] == RLS_MISSING
    assert not [x for x in result.findings if "secrets" in x.object and x.check_id.startswith("SENS")
                and x.status != "not_assessable"]


@pytest.mark.parametrize("who", ["as_super", "as_role"])
def test_the_composite_cast_table_is_still_sampled_and_views_are_not(hostile, who):
    snap, result = getattr(hostile, who)
    s = {(x.table, x.column): x for x in snap.samples}
    # read through text_x's output function: "(c1@example.org)", never through her cast
    assert (s[("people", "contact")].rows, s[("people", "contact")].non_null) == (ROWS, ROWS)
    assert dict(s[("people", "email")].matches) == {"email": ROWS}
    assert {t for t, _ in s} == ({"people", "secrets"} if who == "as_super" else {"people"})
    fails = {(x.check_id, x.object) for x in result.findings if x.status == "fail"}
    assert ("SENS-004", f"{hostile.db}.public.people") in fails         # her database is still covered
    assert ("SENS-002", f"{hostile.db}.public.people.ssn") in fails
    assert {r.name for r in snap.relations if r.database == hostile.db} >= {"people", "secrets", "people_v",
                                                                            "people_m"}


def test_every_sampler_statement_is_fully_qualified():
    """The linter of the catalog SQL (tests/sql_lint.py) over every statement the sampler sends."""
    from auditor.collect import sampler
    from auditor.model.snapshot import Relation

    from .sql_lint import sql_problems

    statements = {"SESSION_SQL": sampler.SESSION_SQL, "ACCESS_SQL": sampler.ACCESS_SQL, "RLS_SQL": sampler.RLS_SQL}
    for kind, rows in (("r", 10), ("p", 10_000_000)):
        rel = Relation("db", "s", "t", 1, kind, "o", (), False, False, rows, None, False, "p", None)
        plan = sampler.TablePlan(rel, (("email", "text", "email"), ("doc", "binary", None)), 1)
        for tablesample in (False, True):
            statements[f"sample_query({kind}, {tablesample})"] = sampler.sample_query(
                plan, plan.columns, 200, tablesample, binary=frozenset({"doc"}))
    assert {name: sql_problems(q) for name, q in statements.items() if sql_problems(q)} == {}
