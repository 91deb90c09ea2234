"""The access matrix on a cluster with nested memberships, NOINHERIT / INHERIT FALSE, column grants, PUBLIC
grants, pg_read_all_data, BYPASSRLS and RLS: asserted role by role, and checked against the rows each
reader really gets when it connects and selects."""
from __future__ import annotations

import json

import pytest

from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy, Thresholds
from auditor.checks import _access_matrix

from .helpers import audit, failing_objects, findings_of, only
from .test_privileges import DB, build


@pytest.fixture(scope="module", params=["pg15", "pg18"])
def am(request, make_cluster):
    cluster = make_cluster(bindir=request.getfixturevalue(f"{request.param}_bindir"))
    build(cluster)
    snap = collect(cluster.dsn(DB), Policy(sampling=False), databases=[DB])
    yield cluster, snap
    cluster.stop()


def _matrix(snap, **thresholds):
    policy = Policy(sampling=False, select=("GRANT-012",), thresholds=Thresholds(**thresholds))
    return evaluate(snap, policy)


def _table(matrix, obj):
    return next(t for t in matrix["tables"] if t["object"] == obj)


def _group(table, column):
    return next(g for g in table["column_groups"] if column in [c["name"] for c in g["columns"]])


def _readers(matrix, group):
    """role -> (set_role, via, rls status, policies), joining the shared reader list with the group's RLS."""
    listed = matrix["reader_lists"][group["readers"]]["readers"]
    rls = {r["role"]: (r["rls"], tuple(r["policies"])) for r in group["rls"]["readers"]} if group["rls"] else {}
    return {r["role"]: (r["set_role"], tuple(r["via"]), *rls.get(r["role"], ("off", ()))) for r in listed}


SSN_READERS = {
    "am_alldata": (None, ("pg_read_all_data",), "no_rows", ()),
    "am_analyst": (None, ("member of am_grp_outer (table grant)",), "bypass_bypassrls", ()),
    "am_nested": (None, ("member of am_grp_inner → am_grp_outer (table grant)",), "filtered", ("grp_pol",)),
    "am_noinherit": ("am_grp_outer", ("SET ROLE am_grp_outer: direct grant",), "no_rows", ()),
    "am_owner_member": (None, ("member of am_owner (owner)",), "bypass_owner", ()),
    "am_super": (None, ("superuser",), "bypass_superuser", ()),
    "am_tenant": (None, ("direct grant",), "filtered", ("tenant_pol",)),
    "am_to_super": ("am_admins", ("SET ROLE am_admins: superuser",), "bypass_superuser", ()),
    "postgres": (None, ("superuser",), "bypass_superuser", ()),
}
SSN_READERS_16 = {"am_inh_false": ("am_grp_outer", ("SET ROLE am_grp_outer: direct grant",), "no_rows", ())}


def test_matrix_role_by_role(am):
    cluster, snap = am
    matrix = _matrix(snap).sections["access_matrix"]
    customers = _table(matrix, f"{DB}.app.customers")
    assert (customers["owner"], customers["rls"]) == ("am_owner", {"enabled": True, "forced": False,
                                                                   "policies": ["grp_pol", "tenant_pol"]})
    # `note` is free text that may hold personal data; it shares ssn's readers, so one group holds both
    assert [[c["name"] for c in g["columns"]] for g in customers["column_groups"]] == [["email"], ["ssn", "note"]]
    expected = SSN_READERS | (SSN_READERS_16 if cluster.major >= 16 else {})
    ssn = _group(customers, "ssn")
    assert _readers(matrix, ssn) == expected
    ssn_list = matrix["reader_lists"][ssn["readers"]]
    assert (ssn_list["reader_count"], ssn_list["counted_readers"]) == (len(expected), len(expected) - 3)   # 3 superuser routes
    assert ssn["rls"]["bypassing"] == ["am_analyst", "am_owner_member", "am_super", "am_to_super", "postgres"]
    routes = {(r["kind"], r["grantee"]): r["readers"] for r in ssn_list["routes"]}
    assert routes == {("superuser", ""): 3, ("table", "am_grp_outer"): 3 + (cluster.major >= 16), ("table", "am_tenant"): 1,
                      ("owner", "am_owner"): 1, ("pg_read_all_data", "pg_read_all_data"): 1}
    # email adds the column grant, the PUBLIC column grant (reaching every role with USAGE on app) and keeps the rest
    email = _readers(matrix, _group(customers, "email"))
    assert set(email) == set(expected) | {"am_support", "am_app", "am_writer"}
    assert email["am_support"] == (None, ("column grant", "PUBLIC (column grant)"), "no_rows", ())
    assert email["am_app"][1] == ("PUBLIC (column grant)",)
    assert email["am_writer"][1] == ("PUBLIC (column grant)",)     # USAGE on app comes from pg_write_all_data
    assert email["am_nested"][1] == ("member of am_grp_inner → am_grp_outer (table grant)", "PUBLIC (column grant)")
    for absent in ("am_nobody", "am_noconnect", "am_nousage", "am_no_set"):
        assert absent not in email


def test_public_table_and_forced_rls(am):
    cluster, snap = am
    matrix = _matrix(snap).sections["access_matrix"]
    pay = _group(_table(matrix, f"{DB}.public.payments"), "card_number")
    readers = _readers(matrix, pay)
    assert pay["public"] is True
    assert readers["am_nobody"] == (None, ("PUBLIC",), "all_rows", ("open_pol",))
    assert readers["am_app"][1:3] == (("owner", "PUBLIC"), "bypass_owner")
    assert "am_noconnect" not in readers        # PUBLIC SELECT, but no CONNECT on the database
    secrets = _readers(matrix, _group(_table(matrix, f"{DB}.app.secrets"), "token"))
    assert secrets["am_owner_member"] == (None, ("member of am_owner (owner)",), "no_rows", ())   # FORCE


ROWS = {"customers": 6}
FILTERED = {"am_nested": 3, "am_tenant": 2}


def test_rls_status_matches_the_rows_each_reader_gets(am):
    """Connect as every reader of customers.ssn (SET ROLE first where the matrix says so) and count rows."""
    cluster, snap = am
    matrix = _matrix(snap).sections["access_matrix"]
    ssn = _readers(matrix, _group(_table(matrix, f"{DB}.app.customers"), "ssn"))
    for role, (set_role, _via, rls, _policies) in ssn.items():
        with cluster.connect(DB, user=role) as conn:
            if set_role:
                conn.execute(f'SET ROLE "{set_role}"')
            seen = conn.execute("SELECT count(ssn) FROM app.customers").fetchone()[0]
        expected = {"no_rows": 0, "filtered": FILTERED.get(role)}.get(rls, ROWS["customers"])
        assert seen == expected, (role, rls)


def test_non_readers_are_refused_by_postgresql(am):
    cluster, snap = am
    import psycopg
    for role in ("am_nobody", "am_nousage", "am_support"):
        with cluster.connect(DB, user=role) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT ssn FROM app.customers")


def test_json_is_deterministic_and_bounded(am, monkeypatch):
    cluster, snap = am
    first = json.dumps(_matrix(snap).sections["access_matrix"], sort_keys=True)
    assert first == json.dumps(_matrix(snap).sections["access_matrix"], sort_keys=True)
    matrix = json.loads(first)
    assert set(matrix) == {"basis", "conventions", "limits", "summary", "readers_by_role", "reader_lists", "tables",
                           "auditing_roles"}
    assert matrix["summary"]["columns_readable_by_public"] == 1
    assert [t["object"] for t in matrix["tables"]] == sorted(t["object"] for t in matrix["tables"])
    monkeypatch.setattr(_access_matrix, "MAX_LISTED", 3)
    small = _matrix(snap).sections["access_matrix"]
    ssn = small["reader_lists"][_group(_table(small, f"{DB}.app.customers"), "ssn")["readers"]]
    assert len(ssn["readers"]) == 3 and ssn["readers_truncated"] and ssn["reader_count"] > 3
    by_role = {r["role"]: r for r in matrix["readers_by_role"]}
    support = by_role["am_support"]
    assert {k: support[k] for k in ("role", "superuser", "tables", "columns")} == {
        "role": "am_support", "superuser": False, "tables": 2, "columns": 2}
    assert _group(_table(matrix, f"{DB}.app.customers"), "email")["readers"] in support["reader_lists"]
    for list_id in support["reader_lists"]:     # every list named for the role really holds it
        assert "am_support" in {r["role"] for r in matrix["reader_lists"][list_id]["readers"]}


def test_grant_012_limits_and_public(am):
    cluster, snap = am
    cust, pay = f"{DB}.app.customers", f"{DB}.public.payments"
    result = _matrix(snap)
    assert failing_objects(result) == {f"{cust}.ssn", f"{cust}.email", f"{pay}.card_number"}
    public = next(f for f in findings_of(result, "GRANT-012") if f.object == f"{pay}.card_number")
    assert public.severity == "critical" and public.evidence["public"] is True
    assert failing_objects(_matrix(snap, max_sensitive_readers=10)) == {f"{pay}.card_number"}
    allowed = _matrix(snap, max_sensitive_readers=10, allowed_readers={"national_id": ("am_grp_outer",)})
    assert failing_objects(allowed) == {f"{cust}.ssn", f"{pay}.card_number"}
    ssn = next(f for f in findings_of(allowed, "GRANT-012") if f.object == f"{cust}.ssn")
    assert ssn.evidence["disallowed"] == ["am_alldata", "am_owner_member", "am_tenant"]
    assert ssn.evidence["readers"] == ["am_alldata: pg_read_all_data", "am_owner_member: member of am_owner (owner)",
                                       "am_tenant: direct grant"]   # the disallowed ones, with their routes


def test_grant_012_on_a_fresh_database(fresh_db, pg15):
    """Negative then positive: a personal-data column only its NOLOGIN owner reads, then granted to PUBLIC."""
    fresh_db.execute("DO $$ BEGIN CREATE ROLE gm_owner NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;"
                     "CREATE TABLE people (id int, email text, phone text); ALTER TABLE people OWNER TO gm_owner")
    result = audit(pg15.dsn(), ["GRANT-012"], databases=[fresh_db.name])
    assert only(failing_objects(result), fresh_db.name) == set()
    assert result.sections["access_matrix"]["summary"]["columns"] == 2
    fresh_db.execute("GRANT SELECT (email) ON people TO PUBLIC")
    result = audit(pg15.dsn(), ["GRANT-012"], databases=[fresh_db.name])
    assert only(failing_objects(result), fresh_db.name) == {f"{fresh_db.name}.public.people.email"}
    fresh_db.execute("REVOKE ALL ON people FROM PUBLIC; DROP TABLE people")
    pg15.execute("DROP ROLE gm_owner")
