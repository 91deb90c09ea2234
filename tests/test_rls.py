"""Row-level-security checks, each against a database with and without the weakness.

Roles are cluster-wide on the shared pg15: every role here starts with rl_ and is dropped afterwards."""
from __future__ import annotations


from auditor.model.policy import Policy, Thresholds

from .helpers import audit, failing_objects, findings_of


def _run(pg15, db, check, **thresholds):
    policy = Policy(sampling=False, thresholds=Thresholds(**thresholds)) if thresholds else None
    return audit(pg15.dsn(), [check], databases=[db.name], policy=policy)


def test_rls_001_policy_always_true(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("""
        CREATE TABLE fail_open (tenant text);   ALTER TABLE fail_open ENABLE ROW LEVEL SECURITY;
        CREATE POLICY everyone ON fail_open USING (true);
        CREATE POLICY tautology ON fail_open FOR SELECT USING (1 = 1 OR tenant = current_user);
        CREATE TABLE pass_scoped (tenant text); ALTER TABLE pass_scoped ENABLE ROW LEVEL SECURITY;
        CREATE POLICY mine ON pass_scoped USING (tenant = current_user);
        CREATE POLICY narrow ON pass_scoped AS RESTRICTIVE USING (true);""")
    assert failing_objects(audit(pg15.dsn(), ["RLS-001"], databases=[db])) == {
        f"policy:{db}.public.fail_open.everyone", f"policy:{db}.public.fail_open.tautology"}
    fresh_db.execute("ALTER POLICY everyone ON fail_open USING (tenant = current_user); DROP POLICY tautology ON fail_open")
    assert failing_objects(audit(pg15.dsn(), ["RLS-001"], databases=[db])) == set()


def test_rls_002_tenant_and_personal_tables_without_rls(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("rl_reader LOGIN", "rl_app LOGIN")
    fresh_db.execute("""
        CREATE TABLE orders (id int, tenant_id int);          CREATE TABLE people (id int, email text);
        CREATE TABLE docs (id int, owner_id int);             CREATE TABLE products (id int, name text);
        CREATE TABLE scoped (id int, org_id int);             ALTER TABLE scoped ENABLE ROW LEVEL SECURITY;
        CREATE TABLE parted (id int, tenant_id int) PARTITION BY LIST (tenant_id);
        CREATE TABLE parted_1 PARTITION OF parted FOR VALUES IN (1);
        GRANT SELECT ON orders, people, docs, products, scoped, parted TO rl_reader;
        CREATE TABLE unread (id int, tenant_id int);          -- only superusers can read it
        CREATE TABLE app_only (id int, tenant_id int);        ALTER TABLE app_only OWNER TO rl_app;""")
    result = _run(pg15, fresh_db, "RLS-002")
    sev = {f.object: f.severity for f in findings_of(result, "RLS-002") if f.status == "fail"}
    assert sev == {f"{db}.public.orders": "high", f"{db}.public.docs": "high", f"{db}.public.parted": "high",
                   f"{db}.public.people": "medium", f"{db}.public.app_only": "low"}
    orders = next(f for f in findings_of(result, "RLS-002") if f.object == f"{db}.public.orders")
    assert orders.evidence["readers"] == ["rl_reader"] and orders.evidence["only_owner"] is False
    # the patterns are policy: a deployment that calls its tenant column "shop" says so
    assert f"{db}.public.products" in failing_objects(_run(pg15, fresh_db, "RLS-002", tenant_column_patterns=("^name$",)))
    fresh_db.execute("ALTER TABLE orders ENABLE ROW LEVEL SECURITY; ALTER TABLE people ENABLE ROW LEVEL SECURITY;"
                     "ALTER TABLE docs ENABLE ROW LEVEL SECURITY; ALTER TABLE parted ENABLE ROW LEVEL SECURITY;"
                     "ALTER TABLE app_only ENABLE ROW LEVEL SECURITY")
    assert failing_objects(_run(pg15, fresh_db, "RLS-002")) == set()


def test_rls_003_not_forced_with_login_owner(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("rl_app LOGIN", "rl_owner NOLOGIN", "rl_member LOGIN IN ROLE rl_owner", "rl_owner2 NOLOGIN")
    fresh_db.execute("""
        CREATE TABLE a (tenant_id int); ALTER TABLE a OWNER TO rl_app; ALTER TABLE a ENABLE ROW LEVEL SECURITY;
        CREATE TABLE b (tenant_id int); ALTER TABLE b OWNER TO rl_owner; ALTER TABLE b ENABLE ROW LEVEL SECURITY;
        CREATE TABLE c (tenant_id int); ALTER TABLE c OWNER TO rl_owner2; ALTER TABLE c ENABLE ROW LEVEL SECURITY;
        CREATE TABLE d (tenant_id int); ALTER TABLE d ENABLE ROW LEVEL SECURITY;   -- superuser owner""")
    result = _run(pg15, fresh_db, "RLS-003")
    assert failing_objects(result) == {f"{db}.public.a", f"{db}.public.b"}
    b = next(f for f in findings_of(result, "RLS-003") if f.object.endswith(".b"))
    assert b.evidence["bypassing_login_roles"] == ["rl_member"]
    fresh_db.execute("ALTER TABLE a FORCE ROW LEVEL SECURITY; ALTER TABLE b FORCE ROW LEVEL SECURITY")
    assert failing_objects(_run(pg15, fresh_db, "RLS-003")) == set()


def test_rls_004_write_check_always_true(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("""
        CREATE TABLE t (tenant_id int); ALTER TABLE t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY ins ON t FOR INSERT WITH CHECK (true);
        CREATE POLICY upd ON t FOR UPDATE USING (tenant_id = 1) WITH CHECK ((true));
        CREATE POLICY rd ON t FOR SELECT USING (tenant_id = 1);
        CREATE POLICY ins_ok ON t FOR INSERT WITH CHECK (tenant_id = 1);
        CREATE POLICY all_implicit ON t USING (tenant_id = 1);        -- USING doubles as WITH CHECK
        CREATE POLICY ins_none ON t FOR INSERT;                       -- no WITH CHECK: PostgreSQL denies""")
    assert failing_objects(_run(pg15, fresh_db, "RLS-004")) == {f"policy:{db}.public.t.ins", f"policy:{db}.public.t.upd"}
    fresh_db.execute("ALTER POLICY ins ON t WITH CHECK (tenant_id = 1); ALTER POLICY upd ON t WITH CHECK (tenant_id = 1)")
    assert failing_objects(_run(pg15, fresh_db, "RLS-004")) == set()


def test_rls_005_enabled_without_policy(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("CREATE TABLE deny (id int); ALTER TABLE deny ENABLE ROW LEVEL SECURITY;"
                     "CREATE TABLE ok (id int); ALTER TABLE ok ENABLE ROW LEVEL SECURITY;"
                     "CREATE POLICY p ON ok USING (id > 0); CREATE TABLE off (id int)")
    result = _run(pg15, fresh_db, "RLS-005")
    assert [(f.object, f.severity) for f in result.findings if f.status == "fail"] == [(f"{db}.public.deny", "info")]
    fresh_db.execute("CREATE POLICY p ON deny USING (id > 0)")
    assert failing_objects(_run(pg15, fresh_db, "RLS-005")) == set()


def test_rls_006_bypassrls_roles_reach_rls_tables(fresh_db, pg15, roles):
    """BYPASSRLS that a login account can use is ROLE-005's finding (same fact, same fix); RLS-006 reports the
    holders no account reaches, and points at ROLE-005 for the others."""
    db = fresh_db.name
    roles("rl_bypass_grp NOLOGIN BYPASSRLS", "rl_analyst LOGIN IN ROLE rl_bypass_grp", "rl_bypass_idle LOGIN BYPASSRLS",
          "rl_bypass_col LOGIN BYPASSRLS", "rl_readers NOLOGIN", "rl_bypass_nested LOGIN BYPASSRLS IN ROLE rl_readers",
          "rl_bypass_maint NOLOGIN BYPASSRLS")
    fresh_db.execute("""
        CREATE TABLE protected (id int, tenant_id int); ALTER TABLE protected ENABLE ROW LEVEL SECURITY;
        CREATE POLICY p ON protected USING (tenant_id = 1);
        CREATE TABLE open (id int);
        GRANT SELECT ON protected TO rl_bypass_grp; GRANT SELECT ON open TO rl_bypass_idle;
        GRANT SELECT (id) ON protected TO rl_bypass_col; GRANT SELECT ON protected TO rl_readers;
        GRANT UPDATE ON protected TO rl_bypass_maint;""")
    result = audit(pg15.dsn(), ["RLS-006", "ROLE-005"], databases=[db])
    mine = lambda check: {o for o in failing_objects(result, check) if o.startswith("role:rl_")}  # noqa: E731
    # every account that reaches BYPASSRLS (itself or by SET ROLE rl_bypass_grp): ROLE-005
    assert mine("ROLE-005") == {"role:rl_analyst", "role:rl_bypass_idle", "role:rl_bypass_col", "role:rl_bypass_nested"}
    # only the holder no account can become, with privileges on a protected table: RLS-006
    assert mine("RLS-006") == {"role:rl_bypass_maint"}
    maint = next(f for f in findings_of(result, "RLS-006") if f.object == "role:rl_bypass_maint")
    assert maint.evidence["tables"] == [f"{db}.public.protected"] and maint.fix_sql == 'ALTER ROLE "rl_bypass_maint" NOBYPASSRLS;'
    # no object fails both checks with the same fix
    fixes = {(f.object, f.fix_sql) for f in result.findings if f.status == "fail" and f.check_id == "ROLE-005"}
    assert not fixes & {(f.object, f.fix_sql) for f in result.findings if f.status == "fail" and f.check_id == "RLS-006"}
    alone = _run(pg15, fresh_db, "RLS-006")      # the referral is stated where the fact is not repeated
    assert {o for o in failing_objects(alone) if o.startswith("role:rl_")} == {"role:rl_bypass_maint"}
    pg15.execute("ALTER ROLE rl_bypass_maint NOBYPASSRLS")
    (passed,) = [f for f in findings_of(_run(pg15, fresh_db, "RLS-006"), "RLS-006") if f.status == "pass"]
    assert "role:rl_bypass_grp by ROLE-005" in passed.message and "role:rl_bypass_col by ROLE-005" in passed.message
    pg15.execute("ALTER ROLE rl_bypass_grp NOBYPASSRLS; ALTER ROLE rl_bypass_col NOBYPASSRLS;"
                 "ALTER ROLE rl_bypass_nested NOBYPASSRLS")
    assert {o for o in failing_objects(_run(pg15, fresh_db, "RLS-006")) if o.startswith("role:rl_")} == set()


def test_rls_007_current_setting_without_missing_ok(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("""
        CREATE TABLE t (tenant_id int); ALTER TABLE t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY strict ON t USING (tenant_id = current_setting('app.tenant_id')::int);
        CREATE POLICY strict_false ON t FOR UPDATE USING (true) WITH CHECK (tenant_id = pg_catalog.current_setting('app.t', false)::int);
        CREATE POLICY lenient ON t FOR SELECT USING (tenant_id = current_setting('app.tenant_id', true)::int);
        CREATE POLICY unrelated ON t FOR DELETE USING (tenant_id::text = 'current_setting(x)');""")
    result = _run(pg15, fresh_db, "RLS-007")
    assert failing_objects(result) == {f"policy:{db}.public.t.strict", f"policy:{db}.public.t.strict_false"}
    strict = next(f for f in findings_of(result, "RLS-007") if f.object.endswith(".strict"))
    assert strict.evidence["settings"] == ["app.tenant_id"]
    assert "current_setting('app.tenant_id', true)" in strict.fix_sql
    fresh_db.execute("ALTER POLICY strict ON t USING (tenant_id = current_setting('app.tenant_id', true)::int);"
                     "ALTER POLICY strict_false ON t WITH CHECK (tenant_id = current_setting('app.t', true)::int)")
    assert failing_objects(_run(pg15, fresh_db, "RLS-007")) == set()


def test_rls_003_and_006_follow_pg16_inherit_option(pg18):
    """PG16+: a login member WITH INHERIT FALSE does not bypass as the owner (it must SET ROLE first)."""
    with pg18.fresh_database() as db:
        pg18.execute("CREATE ROLE rl18_owner NOLOGIN; CREATE ROLE rl18_app LOGIN;"
                     "GRANT rl18_owner TO rl18_app WITH INHERIT FALSE")
        try:
            db.execute("CREATE TABLE t (tenant_id int); ALTER TABLE t OWNER TO rl18_owner;"
                       "ALTER TABLE t ENABLE ROW LEVEL SECURITY")
            assert failing_objects(audit(pg18.dsn(), ["RLS-003"], databases=[db.name])) == set()
            pg18.execute("GRANT rl18_owner TO rl18_app WITH INHERIT TRUE")
            assert failing_objects(audit(pg18.dsn(), ["RLS-003"], databases=[db.name])) == {f"{db.name}.public.t"}
        finally:
            db.execute("DROP TABLE IF EXISTS t")
            pg18.execute("DROP ROLE rl18_app; DROP ROLE rl18_owner")


def test_rls_008_owner_rights_views_over_rls_tables(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("rl_vreader LOGIN")
    fresh_db.execute("""
        CREATE TABLE t (tenant text); ALTER TABLE t ENABLE ROW LEVEL SECURITY;
        CREATE POLICY mine ON t USING (tenant = current_user); GRANT SELECT ON t TO rl_vreader;
        CREATE VIEW v_owner AS SELECT * FROM t;                             -- superuser owner: bypasses
        CREATE VIEW v_invoker WITH (security_invoker = true) AS SELECT * FROM t;
        CREATE VIEW v_nested AS SELECT * FROM v_invoker;                    -- reaches t through the inner view
        CREATE VIEW v_private AS SELECT * FROM t;                           -- nobody restricted reads it
        CREATE TABLE plain (x int); CREATE VIEW v_plain AS SELECT * FROM plain;
        GRANT SELECT ON v_owner, v_invoker, v_nested, v_plain TO rl_vreader;""")
    result = _run(pg15, fresh_db, "RLS-008")
    assert failing_objects(result) == {f"{db}.public.v_owner", f"{db}.public.v_nested"}
    f = next(f for f in findings_of(result, "RLS-008") if f.object.endswith(".v_owner"))
    assert f.evidence["tables"] == ["public.t"] and f.evidence["restricted_readers"] == ["rl_vreader"]
    assert "security_invoker = true" in f.fix_sql
    fresh_db.execute("ALTER VIEW v_owner SET (security_invoker = true); ALTER VIEW v_nested SET (security_invoker = on)")
    assert failing_objects(_run(pg15, fresh_db, "RLS-008")) == set()


def test_rls_008_on_pg18(pg18):
    with pg18.fresh_database() as db:
        pg18.execute("CREATE ROLE rl18_vreader LOGIN")
        try:
            db.execute("CREATE TABLE t (tenant text); ALTER TABLE t ENABLE ROW LEVEL SECURITY;"
                       "CREATE POLICY mine ON t USING (tenant = current_user);"
                       "CREATE VIEW v AS SELECT * FROM t; GRANT SELECT ON t, v TO rl18_vreader")
            assert failing_objects(audit(pg18.dsn(), ["RLS-008"], databases=[db.name])) == {f"{db.name}.public.v"}
            db.execute("ALTER VIEW v SET (security_invoker = true)")
            assert failing_objects(audit(pg18.dsn(), ["RLS-008"], databases=[db.name])) == set()
        finally:
            db.execute("DROP VIEW IF EXISTS v; DROP TABLE IF EXISTS t")
            pg18.execute("DROP ROLE rl18_vreader")


def test_rls_009_matviews_copy_protected_rows_to_wider_readers(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("rl_mreader LOGIN")
    fresh_db.execute("""
        CREATE TABLE secret (tenant text); ALTER TABLE secret ENABLE ROW LEVEL SECURITY;
        CREATE POLICY mine ON secret USING (tenant = current_user); GRANT SELECT ON secret TO rl_mreader;
        CREATE TABLE people (id int, email text);
        CREATE TABLE stock (id int, sku text);
        CREATE MATERIALIZED VIEW mv_rls AS SELECT * FROM secret;
        CREATE MATERIALIZED VIEW mv_people AS SELECT * FROM people;
        CREATE MATERIALIZED VIEW mv_private AS SELECT * FROM people;       -- no reader beyond the table's
        CREATE MATERIALIZED VIEW mv_stock AS SELECT * FROM stock;          -- nothing protected
        GRANT SELECT ON mv_rls, mv_people, mv_stock TO rl_mreader;""")
    result = _run(pg15, fresh_db, "RLS-009")
    sev = {f.object: f.severity for f in findings_of(result, "RLS-009") if f.status == "fail"}
    assert sev == {f"{db}.public.mv_rls": "high", f"{db}.public.mv_people": "medium"}
    people = next(f for f in findings_of(result, "RLS-009") if f.object.endswith(".mv_people"))
    assert people.evidence["wider_readers"] == ["rl_mreader"] and list(people.evidence["tables"]) == ["public.people"]
    fresh_db.execute("REVOKE SELECT ON mv_rls, mv_people FROM rl_mreader")
    assert failing_objects(_run(pg15, fresh_db, "RLS-009")) == set()


def test_rls_010_policies_on_tables_without_rls(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("""
        CREATE TABLE off (tenant text); CREATE POLICY mine ON off USING (tenant = current_user);
        CREATE TABLE on_ (tenant text); ALTER TABLE on_ ENABLE ROW LEVEL SECURITY;
        CREATE POLICY mine ON on_ USING (tenant = current_user);
        CREATE TABLE bare (x int);""")
    result = _run(pg15, fresh_db, "RLS-010")
    assert failing_objects(result) == {f"{db}.public.off"}
    f = next(f for f in findings_of(result, "RLS-010") if f.status == "fail")
    assert f.evidence["policies"] == ["mine"] and '-- ALTER TABLE "public"."off" ENABLE ROW LEVEL SECURITY;' in f.fix_sql
    fresh_db.execute("ALTER TABLE off ENABLE ROW LEVEL SECURITY")
    assert failing_objects(_run(pg15, fresh_db, "RLS-010")) == set()
