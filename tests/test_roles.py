"""Role-privilege checks, each against a cluster with and without the weakness."""
from __future__ import annotations

from .helpers import audit, failing_objects


def test_role_001_extra_superusers(pg15):
    pg15.execute("CREATE ROLE su_extra LOGIN SUPERUSER; CREATE ROLE su_none LOGIN")
    try:
        assert failing_objects(audit(pg15.dsn(), ["ROLE-001"])) == {"role:su_extra"}
        pg15.execute("ALTER ROLE su_extra NOSUPERUSER")
        assert failing_objects(audit(pg15.dsn(), ["ROLE-001"])) == set()
    finally:
        pg15.execute("DROP ROLE su_extra; DROP ROLE su_none")
