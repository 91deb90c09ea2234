"""GRANT-014 (foreign tables readable by login roles) and GRANT-015 (grants on system catalogs), PG15 and PG18."""
from __future__ import annotations

import json

import pytest

from auditor.collect.rolesql import role_sql
from auditor.collect.serialize import to_jsonable

from .helpers import audit, failing_objects, findings_of

FDW = """
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote_crm FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', dbname 'crm');
CREATE SERVER remote_hr FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', dbname 'hr');
CREATE USER MAPPING FOR PUBLIC SERVER remote_crm OPTIONS (user 'crm', password 'MappingPw6101x');
CREATE FOREIGN TABLE crm_customers (id int, email text) SERVER remote_crm;
CREATE FOREIGN TABLE hr_salaries (id int, salary int) SERVER remote_hr;
CREATE FOREIGN TABLE crm_private (id int) SERVER remote_crm;
"""


@pytest.fixture(params=["pg15", "pg18"])
def pg(request):
    return request.getfixturevalue(request.param)


def _roles(pg, *names):
    for n in names:
        pg.execute(f"DROP ROLE IF EXISTS {n}")
        pg.execute(f"CREATE ROLE {n} LOGIN")


def _drop(pg, db, *names):
    for n in names:
        pg.execute(f"DROP OWNED BY {n} CASCADE", dbname=db)
        pg.execute(f"DROP ROLE {n}")


def test_grant_014_foreign_tables_readable_by_login_roles(pg):
    _roles(pg, "ft_app", "ft_hr", "ft_owner")
    with pg.fresh_database() as db:
        try:
            db.execute(FDW + """
                GRANT SELECT ON crm_customers TO ft_app;
                GRANT SELECT ON hr_salaries TO ft_hr;
                ALTER FOREIGN TABLE crm_private OWNER TO ft_owner;""")
            result = audit(pg.dsn(), ["GRANT-014"], databases=[db.name])
            fails = {f.object: f for f in findings_of(result, "GRANT-014") if f.status == "fail"}
            # crm_private: only its (login) owner reads it
            assert set(fails) == {f"{db.name}.public.crm_customers", f"{db.name}.public.hr_salaries"}
            crm, hr = fails[f"{db.name}.public.crm_customers"], fails[f"{db.name}.public.hr_salaries"]
            assert (crm.severity, crm.evidence["readers"], crm.evidence["user_mappings"], crm.evidence["server"]) == (
                "high", ["ft_app"], ["public"], "remote_crm")
            assert (hr.severity, hr.evidence["readers"], hr.evidence["user_mappings"]) == ("medium", ["ft_hr"], [])
            assert "row-level security cannot apply" in crm.message
            assert "MappingPw6101x" not in json.dumps(to_jsonable(result.findings), default=str)
        finally:
            _drop(pg, db.name, "ft_app", "ft_hr", "ft_owner")


def test_grant_014_passes_when_only_owners_read(pg):
    with pg.fresh_database() as db:
        db.execute(FDW)
        result = audit(pg.dsn(), ["GRANT-014"], databases=[db.name])
        assert failing_objects(result, "GRANT-014") == set()
        [ok] = findings_of(result, "GRANT-014")
        assert (ok.status, ok.examined) == ("pass", 3)


def test_grant_015_grants_on_system_catalogs(pg):
    _roles(pg, "cat_app", "cat_mon")
    with pg.fresh_database() as db:
        try:
            db.execute("""
                GRANT SELECT ON pg_catalog.pg_authid TO cat_app;
                GRANT SELECT ON pg_catalog.pg_statistic TO cat_mon;
                GRANT EXECUTE ON FUNCTION pg_catalog.pg_ls_waldir() TO cat_mon;
                GRANT EXECUTE ON FUNCTION pg_catalog.pg_read_file(text) TO cat_mon;   -- GRANT-011's
                REVOKE SELECT ON pg_catalog.pg_proc FROM PUBLIC;                      -- hardening, not a finding""")
            result = audit(pg.dsn(), ["GRANT-015"], databases=[db.name])
            fails = {f.object: f for f in findings_of(result, "GRANT-015") if f.status == "fail"}
            waldir = next(o for o in fails if "pg_ls_waldir" in o)
            assert set(fails) == {f"{db.name}.pg_catalog.pg_authid", f"{db.name}.pg_catalog.pg_statistic", waldir}
            assert waldir.startswith(f"function:{db.name}.pg_catalog.pg_ls_waldir(")
            authid, stat = fails[f"{db.name}.pg_catalog.pg_authid"], fails[f"{db.name}.pg_catalog.pg_statistic"]
            assert (authid.severity, authid.evidence["granted"], authid.evidence["login_roles"]) == (
                "critical", {"cat_app": ["SELECT"]}, ["cat_app"])
            assert (stat.severity, fails[waldir].severity) == ("high", "medium")
            assert authid.fix_sql == 'REVOKE SELECT ON pg_catalog."pg_authid" FROM "cat_app";'
            assert "password hashes" in authid.message
        finally:
            db.execute("REVOKE SELECT ON pg_catalog.pg_authid FROM cat_app; "
                       "REVOKE SELECT ON pg_catalog.pg_statistic FROM cat_mon;"
                       "GRANT SELECT ON pg_catalog.pg_proc TO PUBLIC")
            _drop(pg, db.name, "cat_app", "cat_mon")


def test_grant_015_column_grants_on_system_catalogs(pg):
    """A column grant is judged like a table grant: rolpassword is the hash itself (critical), rolname is not."""
    _roles(pg, "cat_col")
    with pg.fresh_database() as db:
        try:
            db.execute("GRANT SELECT (rolname, rolpassword) ON pg_catalog.pg_authid TO cat_col")
            result = audit(pg.dsn(), ["GRANT-015"], databases=[db.name])
            fails = {f.object: f for f in findings_of(result, "GRANT-015") if f.status == "fail"}
            authid = f"{db.name}.pg_catalog.pg_authid"
            assert set(fails) == {authid + ".rolname", authid + ".rolpassword"}
            pw, name = fails[authid + ".rolpassword"], fails[authid + ".rolname"]
            assert (pw.severity, name.severity) == ("critical", "medium")
            assert pw.evidence["granted"] == {"cat_col": ["SELECT"]} and "password hashes" in pw.message
            assert pw.fix_sql == 'REVOKE SELECT ("rolpassword") ON pg_catalog."pg_authid" FROM "cat_col";'
            db.execute(pw.fix_sql)                            # the fix applies and the column passes again
            result = audit(pg.dsn(), ["GRANT-015"], databases=[db.name])
            assert failing_objects(result, "GRANT-015") == {authid + ".rolname"}
        finally:
            db.execute("REVOKE SELECT (rolname, rolpassword) ON pg_catalog.pg_authid FROM cat_col")
            _drop(pg, db.name, "cat_col")


def test_grant_015_passes_on_initdb_grants_and_the_auditing_role(pg):
    """A fresh cluster's catalogs and the grant `pgcomply role-sql` makes (pg_hba_file_rules()) do not fail."""
    pg.execute("DROP ROLE IF EXISTS pgcomply_auditor")
    with pg.fresh_database() as db:
        try:
            script = role_sql(databases=[db.name], sampling=False)
            for line in script.splitlines():
                if line.startswith(("CREATE ROLE", "GRANT")):
                    pg.execute(line, dbname=db.name)
            result = audit(pg.dsn(), ["GRANT-015"], databases=[db.name])
            assert failing_objects(result, "GRANT-015") == set()
            [ok] = findings_of(result, "GRANT-015")
            assert ok.status == "pass" and ok.examined >= 9          # the sensitive catalogs, all examined
        finally:
            _drop(pg, db.name, "pgcomply_auditor")
