"""GRANT-013: SECURITY DEFINER functions others may execute, judged by what their owner can do."""
from __future__ import annotations

from .helpers import audit, findings_of


def _sev(pg, db):
    result = audit(pg.dsn(), ["GRANT-013"], databases=[db])
    return {f.object.split(".", 2)[2]: f.severity for f in findings_of(result, "GRANT-013") if f.status == "fail"}, result


def test_grant_013_security_definer_reach(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("gd_writer", "gd_weak", "gd_rolemaker CREATEROLE", "gd_app LOGIN", "gd_callers", "gd_nobody")
    fresh_db.execute("""
        CREATE TABLE accounts (id int, balance numeric);
        GRANT UPDATE ON accounts TO gd_writer;
        CREATE FUNCTION su_fn() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT 1';
        CREATE FUNCTION writer_fn() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT 1';
        ALTER FUNCTION writer_fn() OWNER TO gd_writer;
        CREATE FUNCTION rolemaker_fn() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
            AS 'SELECT 1';
        ALTER FUNCTION rolemaker_fn() OWNER TO gd_rolemaker;
        REVOKE EXECUTE ON FUNCTION rolemaker_fn() FROM PUBLIC; GRANT EXECUTE ON FUNCTION rolemaker_fn() TO gd_app;
        CREATE FUNCTION writer_granted() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
            AS 'SELECT 1';
        ALTER FUNCTION writer_granted() OWNER TO gd_writer;
        REVOKE EXECUTE ON FUNCTION writer_granted() FROM PUBLIC; GRANT EXECUTE ON FUNCTION writer_granted() TO gd_app;
        CREATE FUNCTION weak_fn() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog AS 'SELECT 1';
        ALTER FUNCTION weak_fn() OWNER TO gd_weak;
        CREATE FUNCTION su_private() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        REVOKE EXECUTE ON FUNCTION su_private() FROM PUBLIC;
        CREATE FUNCTION su_no_login() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        REVOKE EXECUTE ON FUNCTION su_no_login() FROM PUBLIC; GRANT EXECUTE ON FUNCTION su_no_login() TO gd_nobody;
        CREATE FUNCTION invoker_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';""")
    sev, result = _sev(pg15, db)
    assert sev == {"su_fn()": "high", "writer_fn()": "medium", "rolemaker_fn()": "high", "writer_granted()": "low"}
    writer = next(f for f in findings_of(result, "GRANT-013") if f.object.endswith("writer_fn()"))
    assert writer.evidence["owner_can"] == ["writes tables"] and writer.evidence["owner_writes"] == ["public.accounts"]
    assert writer.evidence["executable_by"] == ["PUBLIC"]
    rolemaker = next(f for f in findings_of(result, "GRANT-013") if f.object.endswith("rolemaker_fn()"))
    assert rolemaker.evidence["owner_can"] == ["CREATEROLE"] and rolemaker.evidence["login_roles"] == ["gd_app"]
    fresh_db.execute("""
        REVOKE EXECUTE ON FUNCTION su_fn(), writer_fn() FROM PUBLIC;
        REVOKE EXECUTE ON FUNCTION rolemaker_fn(), writer_granted() FROM gd_app;""")
    sev, result = _sev(pg15, db)
    assert sev == {}
    [ok] = findings_of(result, "GRANT-013")
    assert (ok.status, ok.examined) == ("pass", 7)
