"""LOG-018 and LOG-019: audit triggers that do not fire, and audit tables application roles can rewrite."""
from __future__ import annotations

from .helpers import audit, failing_objects, findings_of

TRAIL = """
CREATE TABLE orders (id int, total numeric);
CREATE TABLE customers (id int, name text);
CREATE TABLE audit_log (id bigserial, tbl text, op text, row_data jsonb, at timestamptz DEFAULT now());
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO audit_log (tbl, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW)); RETURN NEW; END $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON customers FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION touch();
"""


def test_log_018_disabled_audit_triggers(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute(TRAIL + "ALTER TABLE customers DISABLE TRIGGER customers_touch;")   # not an audit trigger
    assert failing_objects(audit(pg15.dsn(), ["LOG-018"], databases=[db])) == set()
    fresh_db.execute("ALTER TABLE orders DISABLE TRIGGER orders_audit;"
                     "ALTER TABLE customers ENABLE REPLICA TRIGGER customers_audit")
    result = audit(pg15.dsn(), ["LOG-018"], databases=[db])
    assert failing_objects(result) == {f"{db}.public.orders", f"{db}.public.customers"}
    fails = {f.object: f for f in findings_of(result, "LOG-018") if f.status == "fail"}
    assert fails[f"{db}.public.orders"].evidence["triggers"] == {"orders_audit": "D"}
    assert fails[f"{db}.public.customers"].evidence["triggers"] == {"customers_audit": "R"}
    assert fails[f"{db}.public.orders"].fix_sql == 'ALTER TABLE "public"."orders" ENABLE TRIGGER "orders_audit";'


def test_log_019_audit_table_writable_by_app_roles(fresh_db, pg15, roles):
    db = fresh_db.name
    roles("at_app LOGIN", "at_writers", "at_batch LOGIN IN ROLE at_writers", "at_owner LOGIN", "at_reader LOGIN")
    fresh_db.execute(TRAIL + "ALTER TABLE audit_log OWNER TO at_owner; CREATE TABLE orders_history (id int);"
                     "GRANT INSERT, SELECT ON audit_log TO at_app; GRANT SELECT ON audit_log, orders_history TO at_reader;"
                     "GRANT UPDATE, DELETE ON orders TO at_app")          # orders is not an audit table
    assert failing_objects(audit(pg15.dsn(), ["LOG-019"], databases=[db])) == set()
    fresh_db.execute("GRANT DELETE ON audit_log TO at_app; GRANT TRUNCATE ON orders_history TO at_writers")
    result = audit(pg15.dsn(), ["LOG-019"], databases=[db])
    assert failing_objects(result) == {f"{db}.public.audit_log", f"{db}.public.orders_history"}
    fails = {f.object: f for f in findings_of(result, "LOG-019") if f.status == "fail"}
    assert fails[f"{db}.public.audit_log"].evidence["login_roles"] == {"at_app": ["DELETE"]}
    assert fails[f"{db}.public.orders_history"].evidence["login_roles"] == {"at_batch": ["TRUNCATE"]}
    assert fails[f"{db}.public.orders_history"].evidence["granted_to"] == ["at_writers"]
    assert {f.severity for f in fails.values()} == {"medium"}
    fresh_db.execute("GRANT UPDATE ON audit_log TO PUBLIC")
    fail = next(f for f in findings_of(audit(pg15.dsn(), ["LOG-019"], databases=[db]), "LOG-019")
                if f.object == f"{db}.public.audit_log")
    assert fail.severity == "high" and fail.evidence["granted_to"] == ["PUBLIC", "at_app"]
    assert "at_reader" in fail.evidence["login_roles"] and "at_owner" not in fail.evidence["login_roles"]


def test_log_018_019_on_pg18(pg18):
    with pg18.fresh_database() as db:
        db.execute(TRAIL + "ALTER TABLE orders DISABLE TRIGGER ALL; GRANT TRUNCATE ON audit_log TO PUBLIC")
        result = audit(pg18.dsn(), ["LOG-018"], databases=[db.name])
        assert failing_objects(result, "LOG-018") == {f"{db.name}.public.orders"}
        pg18.execute("CREATE ROLE at18_app LOGIN")
        try:
            result = audit(pg18.dsn(), ["LOG-019"], databases=[db.name])
            [fail] = [f for f in findings_of(result, "LOG-019") if f.status == "fail"]
            assert (fail.object, fail.severity) == (f"{db.name}.public.audit_log", "high")
            assert fail.evidence["login_roles"]["at18_app"] == ["TRUNCATE"]   # other tests' roles may be listed too
        finally:
            pg18.execute("DROP ROLE at18_app")
