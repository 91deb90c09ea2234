"""Row-level-security checks, each against a database with and without the weakness."""
from __future__ import annotations

from .helpers import audit, failing_objects


def test_rls_001_policy_always_true(fresh_db, pg15):
    db = fresh_db.name
    fresh_db.execute("""
        CREATE TABLE fail_open (tenant text);   ALTER TABLE fail_open ENABLE ROW LEVEL SECURITY;
        CREATE POLICY everyone ON fail_open USING (true);
        CREATE TABLE pass_scoped (tenant text); ALTER TABLE pass_scoped ENABLE ROW LEVEL SECURITY;
        CREATE POLICY mine ON pass_scoped USING (tenant = current_user);""")
    assert failing_objects(audit(pg15.dsn(), ["RLS-001"], databases=[db])) == {f"policy:{db}.public.fail_open.everyone"}
    fresh_db.execute("ALTER POLICY everyone ON fail_open USING (tenant = current_user)")
    assert failing_objects(audit(pg15.dsn(), ["RLS-001"], databases=[db])) == set()
