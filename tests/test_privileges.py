"""auditor.analysis.privileges against PostgreSQL itself: for every (role, relation, column) of a cluster with nested
memberships, NOINHERIT and PG16+ INHERIT FALSE grants, column grants, PUBLIC grants, pg_read_all_data,
ownership, BYPASSRLS and schema/database privileges, the model must say what has_*_privilege() says."""
from __future__ import annotations

import pytest

from auditor.collect.collector import collect
from auditor.analysis.context import Context
from auditor.model.policy import Policy
from auditor.analysis.privileges import privileges
from auditor.analysis.policy_expr import always_true

DB = "am"

# Roles are cluster-wide: each module cluster is private to this file's fixture (and test_access_matrix's).
SETUP_ROLES = """
CREATE ROLE am_owner NOLOGIN;
CREATE ROLE am_app LOGIN;
CREATE ROLE am_grp_outer NOLOGIN;
CREATE ROLE am_grp_inner NOLOGIN IN ROLE am_grp_outer;
CREATE ROLE am_nested LOGIN IN ROLE am_grp_inner;
CREATE ROLE am_noinherit LOGIN NOINHERIT IN ROLE am_grp_outer;
CREATE ROLE am_support LOGIN;
CREATE ROLE am_analyst LOGIN BYPASSRLS IN ROLE am_grp_outer;
CREATE ROLE am_alldata LOGIN IN ROLE pg_read_all_data;
CREATE ROLE am_writer LOGIN IN ROLE pg_write_all_data;
CREATE ROLE am_super LOGIN SUPERUSER;
CREATE ROLE am_admins NOLOGIN SUPERUSER;
CREATE ROLE am_to_super LOGIN IN ROLE am_admins;
CREATE ROLE am_nobody LOGIN;
CREATE ROLE am_noconnect LOGIN;
CREATE ROLE am_nousage LOGIN;
CREATE ROLE am_tenant LOGIN;
CREATE ROLE am_owner_member LOGIN IN ROLE am_owner;
"""
SETUP_ROLES_16 = """
CREATE ROLE am_inh_false LOGIN;  GRANT am_grp_outer TO am_inh_false WITH INHERIT FALSE;
CREATE ROLE am_no_set LOGIN;     GRANT am_grp_outer TO am_no_set WITH INHERIT FALSE, SET FALSE;
"""
SETUP_DB = """
REVOKE CONNECT ON DATABASE am FROM PUBLIC;
GRANT CONNECT ON DATABASE am TO am_app, am_grp_outer, am_noinherit, am_support, am_alldata, am_writer, am_to_super,
      am_nobody, am_nousage, am_tenant, am_owner_member;
CREATE SCHEMA app AUTHORIZATION am_owner;
GRANT USAGE ON SCHEMA app TO am_grp_outer, am_support, am_app, am_tenant, am_noconnect;
CREATE TABLE app.customers (id int, tenant_id int, email text, ssn text, note text);
INSERT INTO app.customers VALUES (1, 1, 'a@x', '1', ''), (2, 1, 'b@x', '2', ''), (3, 2, 'c@x', '3', ''),
                                 (4, 2, 'd@x', '4', ''), (5, 2, 'e@x', '5', ''), (6, 3, 'f@x', '6', '');
ALTER TABLE app.customers OWNER TO am_owner;
ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_pol ON app.customers FOR SELECT TO am_tenant USING (tenant_id = 1);
CREATE POLICY grp_pol ON app.customers TO am_grp_inner USING (tenant_id = 2);
GRANT SELECT ON app.customers TO am_grp_outer, am_tenant, am_noconnect, am_nousage;
GRANT SELECT (id, email) ON app.customers TO am_support;
GRANT SELECT (email) ON app.customers TO PUBLIC;
GRANT INSERT (note), UPDATE (note) ON app.customers TO am_support;
CREATE TABLE app.secrets (id int, token text);
INSERT INTO app.secrets VALUES (1, 's1'), (2, 's2');
ALTER TABLE app.secrets OWNER TO am_owner;
ALTER TABLE app.secrets ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
CREATE TABLE public.payments (id int, tenant_id int, card_number text);
INSERT INTO public.payments VALUES (1, 1, '4111'), (2, 2, '4242'), (3, 3, '5555');
ALTER TABLE public.payments OWNER TO am_app;
GRANT SELECT ON public.payments TO PUBLIC;
GRANT DELETE, TRUNCATE ON public.payments TO am_grp_inner;
ALTER TABLE public.payments ENABLE ROW LEVEL SECURITY;
CREATE POLICY open_pol ON public.payments USING (true);
CREATE TABLE public.selfless (id int, iban text);
ALTER TABLE public.selfless OWNER TO am_app;
REVOKE ALL ON public.selfless FROM am_app;   -- the owner revoked its own privileges (it can grant them back)
"""


def build(cluster) -> None:
    cluster.execute(SETUP_ROLES + (SETUP_ROLES_16 if cluster.major >= 16 else ""))
    cluster.execute(f"CREATE DATABASE {DB}")
    cluster.execute(SETUP_DB, dbname=DB)
    if cluster.major >= 16:   # CONNECT is checked for the login role itself: INHERIT FALSE does not pass it on
        cluster.execute(f"GRANT CONNECT ON DATABASE {DB} TO am_inh_false, am_no_set")


@pytest.fixture(scope="module", params=["pg15", "pg18"])
def am(request, make_cluster):
    """A private cluster per PostgreSQL version with the access-model setup, and its snapshot."""
    bindir = request.getfixturevalue(f"{request.param}_bindir")
    cluster = make_cluster(bindir=bindir)
    build(cluster)
    snap = collect(cluster.dsn(DB), Policy(sampling=False), databases=[DB])
    yield cluster, snap
    cluster.stop()


# The one intended difference: an owner that revoked its own privileges can grant them back.
OWNER_REGRANT = {("am_app", "public", "selfless")}

PG_COLUMN_ACCESS = """
SELECT r.rolname, n.nspname, c.relname, a.attname,
       has_column_privilege(r.oid, c.oid, a.attnum, 'SELECT') AND has_schema_privilege(r.oid, n.oid, 'USAGE')
         AND has_database_privilege(r.oid, current_database(), 'CONNECT') AS now,
       has_database_privilege(r.oid, current_database(), 'CONNECT') AND EXISTS (
         SELECT 1 FROM pg_roles x WHERE pg_has_role(r.oid, x.oid, %(can_set)s)
           AND has_column_privilege(x.oid, c.oid, a.attnum, 'SELECT') AND has_schema_privilege(x.oid, n.oid, 'USAGE')
       ) AS after_set_role
FROM pg_roles r CROSS JOIN pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE r.rolcanlogin AND n.nspname IN ('app', 'public') AND c.relkind = 'r'"""


def test_column_readers_match_has_column_privilege(am):
    """Every (login role, column): immediate readers = has_column_privilege (+USAGE, CONNECT); SET ROLE readers
    = some role it can SET ROLE to has them."""
    cluster, snap = am
    priv = privileges(Context(snap))
    rels = {(r.schema, r.name): r for r in snap.relations if r.database == DB}
    checked = 0
    can_set = "SET" if cluster.major >= 16 else "MEMBER"   # PG16+: MEMBER no longer implies SET ROLE
    for role, schema, table, column, now, after_set in cluster.execute(PG_COLUMN_ACCESS, DB, {"can_set": can_set}):
        rel = rels[(schema, table)]
        col = next(c for c in rel.columns if c.name == column)
        access = priv.readers(rel, col).get(role)
        if (role, schema, table) in OWNER_REGRANT:
            assert access is not None and access.via == ("owner",) and not now
            continue
        model_now = access is not None and access.set_role is None
        model_any = access is not None
        assert model_now == now, (role, schema, table, column, access)
        assert model_any == (now or after_set), (role, schema, table, column, access)
        if access is not None and access.set_role:
            assert cluster.execute("SELECT pg_has_role(%s, %s, %s)", DB, (role, access.set_role, can_set))[0][0]
        checked += 1
    assert checked > 100


PG_TABLE_PRIVILEGES = """
SELECT r.rolname, c.relname, p.letter,
       has_table_privilege(r.oid, c.oid, p.name)
FROM pg_roles r CROSS JOIN pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN (VALUES ('r', 'SELECT'), ('a', 'INSERT'), ('w', 'UPDATE'), ('d', 'DELETE'), ('D', 'TRUNCATE')) p(letter, name)
WHERE n.nspname IN ('app', 'public') AND c.relkind = 'r' AND (r.oid >= 16384 OR r.rolname ~ '^pg_(read|write)_all_data$')"""


def test_table_privileges_of_every_role_match_has_table_privilege(am):
    """Table-level SELECT/INSERT/UPDATE/DELETE/TRUNCATE for every role, login or not (grant checks use this)."""
    cluster, snap = am
    priv = privileges(Context(snap))
    rels = {r.name: r for r in snap.relations if r.database == DB}
    for role, table, letter, pg in cluster.execute(PG_TABLE_PRIVILEGES, dbname=DB):
        rel = rels[table]
        model = role in priv.acting(rel, None, letter, usage=False)
        if (role, rel.schema, table) in OWNER_REGRANT:
            assert model and not pg
            continue
        assert model == pg, (role, table, letter)


def test_via_chains_name_the_route(am):
    cluster, snap = am
    priv = privileges(Context(snap))
    rel = next(r for r in snap.relations if r.database == DB and r.name == "customers")
    cols = {c.name: c for c in rel.columns}
    ssn, email = priv.readers(rel, cols["ssn"]), priv.readers(rel, cols["email"])
    assert ssn["am_nested"].via == ("member of am_grp_inner → am_grp_outer (table grant)",)
    assert ssn["am_noinherit"].via == ("SET ROLE am_grp_outer: direct grant",)
    assert ssn["am_to_super"].via == ("SET ROLE am_admins: superuser",)
    assert ssn["am_alldata"].via == ("pg_read_all_data",)
    assert ssn["am_owner_member"].via == ("member of am_owner (owner)",)
    assert email["am_support"].via == ("column grant", "PUBLIC (column grant)")
    assert email["am_app"].via == ("PUBLIC (column grant)",)
    assert "am_support" not in ssn and "am_app" not in ssn
    if cluster.major >= 16:
        assert ssn["am_inh_false"].set_role == "am_grp_outer" and "am_no_set" not in ssn


def test_rls_qualifier_per_acting_role(am):
    cluster, snap = am
    priv = privileges(Context(snap))
    rels = {r.name: r for r in snap.relations if r.database == DB}
    cust, secrets, pay = rels["customers"], rels["secrets"], rels["payments"]
    assert priv.rls(cust, "am_nested") == ("filtered", ("grp_pol",))
    assert priv.rls(cust, "am_tenant") == ("filtered", ("tenant_pol",))
    assert priv.rls(cust, "am_grp_outer") == ("no_rows", ())
    assert priv.rls(cust, "am_analyst")[0] == "bypass_bypassrls"
    assert priv.rls(cust, "am_owner_member")[0] == "bypass_owner"
    assert priv.rls(secrets, "am_owner_member") == ("no_rows", ())     # FORCE: the owner's policies apply
    assert priv.rls(cust, "am_admins")[0] == "bypass_superuser"
    assert priv.rls(cust, "am_alldata") == ("no_rows", ())              # pg_read_all_data does not bypass RLS
    assert priv.rls(pay, "am_nobody", always_true=always_true) == ("all_rows", ("open_pol",))
    assert priv.rls(pay, "am_app")[0] == "bypass_owner"
