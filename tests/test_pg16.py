"""PostgreSQL 16 (the pgserver wheel) in the test matrix: the catalog SQL picks its text by major version
(pg_hba_file_rules' file_name/rule_number and pg_auth_members' inherit/set options from 16), so 16 runs the
whole collector and every check, and the version-gated facts are asserted on a real server."""
from __future__ import annotations

from auditor.collect.collector import collect
from auditor.collect.rolesql import role_sql
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy

from .helpers import audit, failing_objects, statuses

POLICY = Policy(sampling=False)


def test_pg16_collects_every_version_gated_fact(pg16):
    pg16.execute("CREATE ROLE v16_group NOLOGIN; CREATE ROLE v16_member LOGIN;"
                 "GRANT v16_group TO v16_member WITH INHERIT FALSE, SET TRUE")
    try:
        snap = collect(pg16.dsn(), POLICY)
        assert snap.server_major == 16
        assert [g.item for g in snap.gaps] == ["samples"]          # superuser: only sampling was off
        assert snap.hba_rules and all(r.file_name and r.rule_number for r in snap.hba_rules)   # 16+ columns
        (m,) = [m for m in snap.memberships if m.member == "v16_member"]
        assert (m.role, m.inherit_option, m.set_option) == ("v16_group", False, True)
        assert snap.database_stats is not None and snap.tablespaces is not None
        result = evaluate(snap, POLICY)
        assert not [f for f in result.findings if f.status == "error"]
    finally:
        pg16.execute("DROP ROLE v16_member; DROP ROLE v16_group")


def test_pg16_role_sql_audit_has_no_gap(pg16):
    with pg16.connect() as conn:
        for stmt in role_sql("v16_auditor", databases=("postgres",)).splitlines():
            if stmt and not stmt.startswith(("--", "\\")):
                conn.execute(stmt)
    try:
        result = audit(pg16.dsn("postgres", user="v16_auditor"))
        assert [g.item for g in result.snapshot.gaps if not g.item.startswith("sampl")] == []
        assert {f.status for f in result.findings} <= {"pass", "fail", "not_applicable"}
    finally:
        pg16.execute("DROP OWNED BY v16_auditor; DROP ROLE v16_auditor")


def test_srv_027_032_on_pg16(pg16):
    """Server checks that need no contrib, on 16: the socket mode (0777 default) and an unused trusted language."""
    assert failing_objects(audit(pg16.dsn(), ["SRV-027"])) == {"setting:unix_socket_permissions"}
    with pg16.fresh_database() as db:
        db.execute("CREATE TRUSTED LANGUAGE v16_idle HANDLER plpgsql_call_handler")
        assert failing_objects(audit(pg16.dsn(), ["SRV-032"], databases=[db.name])) == {f"language:{db.name}.v16_idle"}
        db.execute("DROP LANGUAGE v16_idle")
        assert statuses(audit(pg16.dsn(), ["SRV-032"], databases=[db.name]), "SRV-032") == {"not_applicable"}
