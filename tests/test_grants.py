"""Grant checks, each against a database with and without the weakness.

Roles are cluster-wide on the shared pg15: every role here starts with gr_ and is dropped afterwards;
role-level findings are filtered to those names."""
from __future__ import annotations

import dataclasses


from auditor.analysis.context import Context
from auditor.model.policy import Policy, Thresholds
from auditor.engine.registry import load_checks
from auditor.engine.evaluate import run_check

from .helpers import audit, failing_objects, findings_of, only


def _fails(pg15, db, check, **thresholds):
    policy = Policy(sampling=False, thresholds=Thresholds(**thresholds)) if thresholds else None
    return audit(pg15.dsn(), [check], databases=[db.name], policy=policy)


def _roles(objs, prefix="role:gr_"):
    return {o for o in objs if o.startswith(prefix)}


def test_grant_001_public_privileges(fresh_db, pg15):
    fresh_db.execute("CREATE TABLE open_t (id int); CREATE TABLE closed_t (id int); CREATE SEQUENCE open_s;"
                     "CREATE TABLE col_t (id int, secret text);"
                     "GRANT SELECT ON open_t TO PUBLIC; GRANT USAGE ON open_s TO PUBLIC; GRANT UPDATE (id) ON col_t TO PUBLIC")
    result = audit(pg15.dsn(), ["GRANT-001"], databases=[fresh_db.name])
    db = fresh_db.name
    assert only(failing_objects(result), db) == {f"{db}.public.open_t", f"{db}.public.open_s", f"{db}.public.col_t"}
    col = next(f for f in findings_of(result, "GRANT-001") if f.object.endswith("col_t"))
    assert col.evidence["columns"] == {"id": ["UPDATE"]} and col.severity == "high"
    assert col.fix_sql == 'REVOKE ALL ("id") ON TABLE "public"."col_t" FROM PUBLIC;'
    fresh_db.execute("REVOKE ALL ON open_t FROM PUBLIC; REVOKE ALL ON open_s FROM PUBLIC; REVOKE ALL (id) ON col_t FROM PUBLIC")
    assert failing_objects(audit(pg15.dsn(), ["GRANT-001"], databases=[fresh_db.name])) == set()


def test_grant_002_public_schema_create(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("CREATE SCHEMA open_s; CREATE SCHEMA closed_s; GRANT CREATE ON SCHEMA open_s TO PUBLIC;"
                     "GRANT USAGE ON SCHEMA closed_s TO PUBLIC")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-002")) == {f"schema:{db}.open_s"}
    fresh_db.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")   # the PG14-and-older default
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-002")) == {f"schema:{db}.open_s", f"schema:{db}.public"}
    fresh_db.execute("REVOKE CREATE ON SCHEMA open_s FROM PUBLIC; REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-002")) == set()


def test_grant_003_public_connect_only_where_policy_restricts(fresh_db, pg15):
    obj = f"database:{fresh_db.name}"
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-003")) == set()          # policy: not restricted
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-003", restrict_public_connect=True)) == {obj}
    fresh_db.execute(f'REVOKE CONNECT ON DATABASE "{fresh_db.name}" FROM PUBLIC')
    result = _fails(pg15, fresh_db, "GRANT-003", restrict_public_connect=True)
    assert failing_objects(result) == {obj}
    assert findings_of(result, "GRANT-003")[0].evidence["privileges"] == ["TEMPORARY"]
    fresh_db.execute(f'REVOKE TEMPORARY ON DATABASE "{fresh_db.name}" FROM PUBLIC')
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-003", restrict_public_connect=True)) == set()


def test_grant_004_grant_option(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("gr_go_a", "gr_go_b", "gr_go_c")
    fresh_db.execute("CREATE TABLE t1 (a int, b int); CREATE TABLE t2 (a int, b int); CREATE TABLE t3 (a int);"
                     "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                     "GRANT SELECT ON t1 TO gr_go_a WITH GRANT OPTION; GRANT SELECT (b) ON t2 TO gr_go_b WITH GRANT OPTION;"
                     "GRANT EXECUTE ON FUNCTION f() TO gr_go_c WITH GRANT OPTION; GRANT SELECT ON t3 TO gr_go_c")
    result = _fails(pg15, fresh_db, "GRANT-004")
    assert only(failing_objects(result), db) == {f"{db}.public.t1", f"{db}.public.t2", f"function:{db}.public.f()"}
    t2 = next(f for f in findings_of(result, "GRANT-004") if f.object.endswith("t2"))
    assert "columns b" in t2.message and t2.evidence["grantees"] == {"gr_go_b": ["SELECT"]}
    fresh_db.execute("REVOKE GRANT OPTION FOR ALL ON t1 FROM gr_go_a; REVOKE GRANT OPTION FOR SELECT (b) ON t2 FROM gr_go_b;"
                     "REVOKE GRANT OPTION FOR EXECUTE ON FUNCTION f() FROM gr_go_c")
    assert only(failing_objects(_fails(pg15, fresh_db, "GRANT-004")), db) == set()


def test_grant_005_default_privileges(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("gr_dp_wide", *[f"gr_dp_m{i} LOGIN IN ROLE gr_dp_wide" for i in range(3)])
    fresh_db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;"
                     "ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO gr_dp_wide;"     # functions: not flagged
                     "ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO gr_dp_wide")
    result = _fails(pg15, fresh_db, "GRANT-005", max_sensitive_readers=2)
    assert failing_objects(result) == {f"default_privileges:{db}.postgres:public:tables",
                                       f"default_privileges:{db}.postgres:*:sequences"}
    sev = {f.object.rsplit(":", 1)[-1]: f.severity for f in findings_of(result, "GRANT-005")}
    assert sev == {"tables": "high", "sequences": "medium"}
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-005", max_sensitive_readers=3)) == {
        f"default_privileges:{db}.postgres:public:tables"}                             # 3 members is not broad at 3
    fresh_db.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM PUBLIC")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-005", max_sensitive_readers=3)) == set()


def test_grant_006_readonly_roles_that_write(fresh_db, pg15, roles):
    roles("gr_report_ro LOGIN", "gr_viewer LOGIN", "gr_bi_writers", "gr_reader LOGIN IN ROLE gr_bi_writers",
          "gr_readonly_col LOGIN", "gr_readonly_own LOGIN", "gr_readonly_ok LOGIN", "gr_ro_public LOGIN",
          "gr_etl LOGIN")
    fresh_db.execute("""
        CREATE TABLE t (a int, b int); CREATE TABLE owned (a int); CREATE TABLE pub (a int); CREATE SEQUENCE s;
        GRANT SELECT, INSERT ON t TO gr_report_ro; GRANT UPDATE ON SEQUENCE s TO gr_viewer;
        GRANT DELETE ON t TO gr_bi_writers; GRANT UPDATE (b) ON t TO gr_readonly_col;
        ALTER TABLE owned OWNER TO gr_readonly_own; GRANT SELECT ON t TO gr_readonly_ok;
        GRANT INSERT ON pub TO PUBLIC; GRANT SELECT ON pub TO gr_ro_public; GRANT INSERT ON t TO gr_etl""")
    result = _fails(pg15, fresh_db, "GRANT-006")
    assert _roles(failing_objects(result)) == {"role:gr_report_ro", "role:gr_viewer", "role:gr_reader",
                                               "role:gr_bi_writers", "role:gr_readonly_col", "role:gr_readonly_own"}
    col = next(f for f in findings_of(result, "GRANT-006") if f.object == "role:gr_readonly_col")
    assert col.evidence["relations"] == {f"{fresh_db.name}.public.t": ["UPDATE"]}
    fresh_db.execute("REVOKE INSERT ON t FROM gr_report_ro; REVOKE UPDATE ON SEQUENCE s FROM gr_viewer;"
                     "REVOKE DELETE ON t FROM gr_bi_writers; REVOKE UPDATE (b) ON t FROM gr_readonly_col;"
                     "ALTER TABLE owned OWNER TO postgres")
    assert _roles(failing_objects(_fails(pg15, fresh_db, "GRANT-006"))) == set()


def test_grant_007_login_roles_owning_objects(fresh_db, pg15, roles):
    roles("gr_app LOGIN", "gr_owner NOLOGIN", "gr_svc LOGIN")
    fresh_db.execute("CREATE TABLE a (id int); ALTER TABLE a OWNER TO gr_app;"
                     "CREATE TABLE r (tenant_id int); ALTER TABLE r OWNER TO gr_svc; ALTER TABLE r ENABLE ROW LEVEL SECURITY;"
                     "CREATE TABLE n (id int); ALTER TABLE n OWNER TO gr_owner")
    result = _fails(pg15, fresh_db, "GRANT-007")
    assert _roles(failing_objects(result)) == {"role:gr_app", "role:gr_svc"}
    sev = {f.object: f.severity for f in findings_of(result, "GRANT-007")}
    assert (sev["role:gr_app"], sev["role:gr_svc"]) == ("medium", "high")   # gr_svc bypasses RLS on r
    fresh_db.execute("ALTER TABLE a OWNER TO gr_owner; ALTER TABLE r OWNER TO gr_owner")
    assert _roles(failing_objects(_fails(pg15, fresh_db, "GRANT-007"))) == set()


def test_grant_008_security_definer_search_path(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("gr_fn_owner", "gr_caller LOGIN")
    fresh_db.execute("""
        CREATE SCHEMA open_s; GRANT CREATE, USAGE ON SCHEMA open_s TO PUBLIC;
        CREATE FUNCTION su_open() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        CREATE FUNCTION role_open() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        ALTER FUNCTION role_open() OWNER TO gr_fn_owner;
        CREATE FUNCTION granted() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        REVOKE EXECUTE ON FUNCTION granted() FROM PUBLIC; GRANT EXECUTE ON FUNCTION granted() TO gr_caller;
        CREATE FUNCTION writable_path() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = open_s AS 'SELECT 1';
        CREATE FUNCTION pinned() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS 'SELECT 1';
        CREATE FUNCTION private() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';
        REVOKE EXECUTE ON FUNCTION private() FROM PUBLIC;
        CREATE FUNCTION invoker() RETURNS int LANGUAGE sql AS 'SELECT 1';""")
    result = _fails(pg15, fresh_db, "GRANT-008")
    sev = {f.object: f.severity for f in findings_of(result, "GRANT-008") if f.status == "fail"}
    assert sev == {f"function:{db}.public.su_open()": "critical", f"function:{db}.public.role_open()": "high",
                   f"function:{db}.public.granted()": "critical", f"function:{db}.public.writable_path()": "high"}
    granted = next(f for f in findings_of(result, "GRANT-008") if "granted" in f.object)
    assert granted.evidence["executable_by"] == ["gr_caller"] and granted.evidence["login_roles"] == ["gr_caller"]
    for fn in ("su_open", "role_open", "granted", "writable_path"):
        fresh_db.execute(f"ALTER FUNCTION {fn}() SET search_path = pg_catalog, pg_temp")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-008")) == set()


def test_grant_009_untrusted_languages(fresh_db, pg15):
    """Stand-in languages on plpgsql's handler: plfake is untrusted; plperlu is created TRUSTED by mistake."""
    db = fresh_db.name
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-009")) == set()        # plpgsql only
    fresh_db.execute("CREATE LANGUAGE plfake HANDLER plpgsql_call_handler")
    result = _fails(pg15, fresh_db, "GRANT-009")
    assert [(f.object, f.severity) for f in result.findings if f.status == "fail"] == [(f"language:{db}.plfake", "low")]
    fresh_db.execute("CREATE FUNCTION shell() RETURNS int LANGUAGE plfake AS 'begin return 1; end';"
                     "CREATE TRUSTED LANGUAGE plperlu HANDLER plpgsql_call_handler")
    result = _fails(pg15, fresh_db, "GRANT-009")
    sev = {f.object: f.severity for f in findings_of(result, "GRANT-009") if f.status == "fail"}
    assert sev == {f"language:{db}.plfake": "high", f"language:{db}.plperlu": "critical"}
    fresh_db.execute("REVOKE EXECUTE ON FUNCTION shell() FROM PUBLIC; DROP LANGUAGE plperlu")
    result = _fails(pg15, fresh_db, "GRANT-009")
    assert [(f.object, f.severity) for f in result.findings if f.status == "fail"] == [(f"language:{db}.plfake", "low")]


def test_grant_010_risky_extensions(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("gr_fdw_user LOGIN")
    fresh_db.execute("CREATE EXTENSION pgcrypto")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-010")) == set()
    fresh_db.execute("CREATE EXTENSION dblink; CREATE EXTENSION file_fdw")
    result = _fails(pg15, fresh_db, "GRANT-010")
    sev = {f.object: (f.severity, tuple(f.evidence["usable_by"])) for f in result.findings if f.status == "fail"}
    assert sev == {f"extension:{db}.dblink": ("high", ("PUBLIC",)), f"extension:{db}.file_fdw": ("low", ())}
    fresh_db.execute("CREATE SERVER files FOREIGN DATA WRAPPER file_fdw; GRANT USAGE ON FOREIGN SERVER files TO gr_fdw_user")
    sev = {f.object: f.severity for f in _fails(pg15, fresh_db, "GRANT-010").findings if f.status == "fail"}
    assert sev[f"extension:{db}.file_fdw"] == "high"
    fresh_db.execute("DROP EXTENSION dblink; DROP EXTENSION file_fdw CASCADE")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-010")) == set()


def test_grant_011_file_access_functions(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("gr_files LOGIN", "gr_files_abs LOGIN IN ROLE pg_read_server_files", "gr_lo LOGIN")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-011")) == set()
    fresh_db.execute("GRANT EXECUTE ON FUNCTION pg_read_file(text) TO gr_files;"
                     "GRANT EXECUTE ON FUNCTION pg_ls_dir(text) TO gr_files_abs;"
                     "GRANT EXECUTE ON FUNCTION lo_export(oid, text) TO gr_lo")
    result = _fails(pg15, fresh_db, "GRANT-011")
    sev = {f.object: f.severity for f in findings_of(result, "GRANT-011") if f.status == "fail"}
    assert sev == {f"function:{db}.pg_catalog.pg_read_file(text)": "high",
                   f"function:{db}.pg_catalog.pg_ls_dir(text)": "critical",    # absolute paths via pg_read_server_files
                   f"function:{db}.pg_catalog.lo_export(oid, text)": "critical"}
    fresh_db.execute("REVOKE EXECUTE ON FUNCTION pg_read_file(text) FROM gr_files;"
                     "REVOKE EXECUTE ON FUNCTION pg_ls_dir(text) FROM gr_files_abs;"
                     "REVOKE EXECUTE ON FUNCTION lo_export(oid, text) FROM gr_lo")
    assert failing_objects(_fails(pg15, fresh_db, "GRANT-011")) == set()


def test_grant_011_old_snapshot_is_not_assessable(fresh_db, pg15):
    snap = audit(pg15.dsn(), ["GRANT-011"], databases=[fresh_db.name]).snapshot
    old = dataclasses.replace(snap, catalog_functions=None)
    (finding,) = run_check(load_checks()["GRANT-011"], Context(old))
    assert finding.status == "not_assessable" and "collect again" in finding.missing


def test_plain_role_assesses_every_grant_and_rls_check(fresh_db, pg15, roles):
    """Everything these checks read (ACLs, pg_policy, pg_proc, memberships) is visible to a plain role;
    a database it may not CONNECT to is not_assessable in every per-database check, never a silent pass."""
    roles("gr_plain LOGIN")
    fresh_db.execute("CREATE TABLE t (tenant_id int, email text); GRANT SELECT ON t TO PUBLIC")
    result = audit(pg15.dsn(fresh_db.name, user="gr_plain"), ["grants", "rls"], databases=[fresh_db.name])
    assert {f.status for f in result.findings} <= {"pass", "fail", "not_applicable"}
    assert {f"{fresh_db.name}.public.t.email"} <= failing_objects(result, "GRANT-012")
    assert {f"{fresh_db.name}.public.t"} <= failing_objects(result, "RLS-002")
    with pg15.fresh_database("hidden") as hidden:
        hidden.execute(f'REVOKE CONNECT ON DATABASE "{hidden.name}" FROM PUBLIC; CREATE TABLE t (tenant_id int)')
        result = audit(pg15.dsn(fresh_db.name, user="gr_plain"), ["grants", "rls"],
                       databases=[fresh_db.name, hidden.name])
        checks = {c.id for c in result.checks} - {"GRANT-003"}   # database ACLs are readable without CONNECT
        gaps = {(f.check_id, f.object, f.missing) for f in result.findings if f.status == "not_assessable"}
        assert gaps == {(c, f"database:{hidden.name}", f"CONNECT on database {hidden.name}") for c in checks}
        assert {f"{fresh_db.name}.public.t"} <= failing_objects(result, "RLS-002")
