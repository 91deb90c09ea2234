"""Auditing with a role that lacks privileges: every check assesses or names what is missing."""
from __future__ import annotations

import pytest

from auditor.model.results import Status

from .helpers import audit, missing_privileges, statuses


@pytest.fixture(scope="module")
def plain_role(pg15):
    pg15.execute("CREATE ROLE lp_plain LOGIN")
    yield "lp_plain"
    pg15.execute("DROP ROLE lp_plain")


def test_plain_role_gets_not_assessable_with_the_missing_privilege(pg15, plain_role):
    result = audit(pg15.dsn("postgres", user=plain_role))
    gaps = {g.item: g.missing for g in result.snapshot.gaps}
    assert "pg_read_all_data" in gaps["pg_authid"]
    assert "pg_hba_file_rules" in gaps["pg_hba_file_rules"]
    assert "pg_read_all_settings" in gaps["pg_settings"]
    assert statuses(result, "PWD-002") == {Status.NOT_ASSESSABLE.value}
    assert missing_privileges(result, "PWD-002") == {"pg_read_all_data (or superuser)"}
    assert statuses(result, "PWD-003") == {Status.NOT_ASSESSABLE.value}
    assert any("pg_hba_file_rules()" in m for m in missing_privileges(result, "PWD-003"))
    # nothing passed silently: each check is pass/fail/not_assessable, none errored
    assert not [f for f in result.findings if f.status == Status.ERROR.value]


def test_hidden_setting_is_not_assessable_not_a_pass(pg15, plain_role):
    """ssl_min_protocol_version is superuser-only: absent from pg_settings for a plain role."""
    from auditor.analysis.context import Context
    from auditor.checks._common import setting_or_gap

    result = audit(pg15.dsn("postgres", user=plain_role), select=["SSL-001"])
    ctx = Context(result.snapshot)
    s, gap = setting_or_gap(ctx, "ssl_min_protocol_version")
    assert s is None and gap is not None and gap.status == Status.NOT_ASSESSABLE
    assert "pg_read_all_settings" in gap.missing
    s, gap = setting_or_gap(ctx, "ssl")       # visible to everyone
    assert s is not None and gap is None


def test_granted_hba_function_is_enough(pg15):
    """GRANT EXECUTE ON FUNCTION pg_hba_file_rules() alone unlocks the hba checks (view stays denied)."""
    pg15.execute("CREATE ROLE lp_hba LOGIN; GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO lp_hba")
    try:
        result = audit(pg15.dsn("postgres", user="lp_hba"), select=["PWD-003"])
        assert result.snapshot.hba_rules
        assert result.snapshot.gap("pg_hba_file_rules") is None
        assert Status.NOT_ASSESSABLE.value not in statuses(result, "PWD-003")
    finally:
        pg15.execute("REVOKE EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() FROM lp_hba; DROP ROLE lp_hba")
