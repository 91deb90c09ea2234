"""Grant checks, each against a database with and without the weakness."""
from __future__ import annotations

from .helpers import audit, failing_objects, only


def test_grant_001_public_privileges(fresh_db, pg15):
    fresh_db.execute("CREATE TABLE open_t (id int); CREATE TABLE closed_t (id int); CREATE SEQUENCE open_s;"
                     "GRANT SELECT ON open_t TO PUBLIC; GRANT USAGE ON open_s TO PUBLIC")
    result = audit(pg15.dsn(), ["GRANT-001"], databases=[fresh_db.name])
    assert only(failing_objects(result), fresh_db.name) == {f"{fresh_db.name}.public.open_t", f"{fresh_db.name}.public.open_s"}
    fresh_db.execute("REVOKE ALL ON open_t FROM PUBLIC; REVOKE ALL ON open_s FROM PUBLIC")
    assert failing_objects(audit(pg15.dsn(), ["GRANT-001"], databases=[fresh_db.name])) == set()
