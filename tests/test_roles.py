"""Role-privilege checks, each against a cluster with and without the weakness, on PostgreSQL 15 and 18.

Each version gets its own module cluster and every test drops the roles it made, so the sets of failing
objects asserted here are exact for the whole cluster.
"""
from __future__ import annotations

import pytest

from auditor.model.policy import Policy, Thresholds

from .helpers import audit, failing_objects, findings_of, missing_privileges, statuses

PW = "adm-pw"


@pytest.fixture(scope="module", params=["pg15", "pg18"])
def pg(request, make_cluster):
    c = make_cluster(bindir=request.getfixturevalue(f"{request.param}_bindir"), password=PW)
    yield c
    c.stop()


_DROP_ALL = """
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT rolname FROM pg_roles WHERE oid >= 16384 LOOP EXECUTE format('DROP OWNED BY %I', r.rolname); END LOOP;
  FOR r IN SELECT rolname FROM pg_roles WHERE oid >= 16384 LOOP EXECUTE format('DROP ROLE %I', r.rolname); END LOOP;
END $$"""


@pytest.fixture(autouse=True)
def clean(pg):
    yield
    pg.execute(_DROP_ALL)


def fails(pg, check: str, policy: Policy | None = None, **kw) -> set[str]:
    return failing_objects(audit(pg.dsn(**kw), [check], policy=policy), check)


def severities(result, check: str) -> dict[str, str]:
    return {f.object: f.severity for f in findings_of(result, check) if f.status == "fail"}


def thresholds(**kw) -> Policy:
    return Policy(sampling=False, thresholds=Thresholds(**kw))


def test_role_001_extra_superusers(pg):
    pg.execute("CREATE ROLE r1_su LOGIN SUPERUSER; CREATE ROLE r1_group NOLOGIN SUPERUSER; CREATE ROLE r1_plain LOGIN")
    result = audit(pg.dsn(), ["ROLE-001"])
    assert failing_objects(result) == {"role:r1_su", "role:r1_group"}
    assert severities(result, "ROLE-001") == {"role:r1_su": "high", "role:r1_group": "medium"}
    assert fails(pg, "ROLE-001", thresholds(max_superusers=3)) == set()
    pg.execute("ALTER ROLE r1_su NOSUPERUSER; ALTER ROLE r1_group NOSUPERUSER")
    assert fails(pg, "ROLE-001") == set()


def test_role_002_superuser_through_membership(pg):
    pg.execute("""
        CREATE ROLE r2_super NOLOGIN SUPERUSER;
        CREATE ROLE r2_direct LOGIN IN ROLE r2_super;                    -- SET ROLE r2_super
        CREATE ROLE r2_ops NOLOGIN IN ROLE pg_execute_server_program;
        CREATE ROLE r2_deploy LOGIN IN ROLE r2_ops;                      -- COPY ... PROGRAM through a group
        CREATE ROLE r2_writer LOGIN IN ROLE pg_write_server_files;
        CREATE ROLE r2_plain LOGIN;
        CREATE ROLE r2_cr LOGIN CREATEROLE;                              -- CREATEROLE is ROLE-003's
        CREATE ROLE r2_admin LOGIN;""")
    expected = {"role:r2_direct", "role:r2_deploy", "role:r2_writer", "role:r2_admin"}
    if pg.major >= 16:
        pg.execute("""
            GRANT r2_ops TO r2_admin WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;   -- can grant itself r2_ops
            CREATE ROLE r2_noset LOGIN; GRANT r2_super TO r2_noset WITH INHERIT TRUE, SET FALSE;  -- rolsuper is not inherited
            CREATE ROLE r2_admsu LOGIN; GRANT r2_super TO r2_admsu WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;  -- only a superuser grants it
            CREATE ROLE r2_child NOLOGIN; GRANT r2_child TO r2_cr WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;
            CREATE ROLE r2_idle LOGIN; GRANT r2_ops TO r2_idle WITH INHERIT FALSE, SET FALSE;  -- membership that gives nothing""")
    else:
        pg.execute("""
            GRANT r2_ops TO r2_admin WITH ADMIN OPTION;
            CREATE ROLE r2_noinherit LOGIN NOINHERIT IN ROLE r2_super;   -- NOINHERIT still allows SET ROLE""")
        expected.add("role:r2_noinherit")
    result = audit(pg.dsn(), ["ROLE-002"])
    assert failing_objects(result) == expected
    by_obj = {f.object: f for f in findings_of(result, "ROLE-002")}
    deploy = by_obj["role:r2_deploy"]
    assert deploy.evidence["chain"] == ["r2_deploy", "r2_ops", "pg_execute_server_program"]
    assert deploy.evidence["kind"] == "server_program" and "r2_deploy -> r2_ops -> pg_execute_server_program" in deploy.message
    assert by_obj["role:r2_direct"].evidence["kind"] == "superuser"
    assert by_obj["role:r2_writer"].evidence["kind"] == "server_files"
    assert 'REVOKE "r2_ops" FROM "r2_deploy";' in deploy.fix_sql
    assert 'REVOKE "pg_execute_server_program" FROM "r2_ops";' in deploy.fix_sql
    if pg.major >= 16:
        assert by_obj["role:r2_admin"].evidence["via"] == ["admin", "member"]
        # a role created under CREATEROLE gains power later: its creator can grant it to itself
        pg.execute("GRANT pg_execute_server_program TO r2_child")
        assert fails(pg, "ROLE-002") == expected | {"role:r2_cr"}
        pg.execute("REVOKE pg_execute_server_program FROM r2_child")
    pg.execute("REVOKE r2_super FROM r2_direct; REVOKE pg_execute_server_program FROM r2_ops;"
               "REVOKE pg_write_server_files FROM r2_writer")
    if pg.major < 16:
        pg.execute("REVOKE r2_super FROM r2_noinherit")
    assert fails(pg, "ROLE-002") == set()


def test_role_003_createrole(pg):
    pg.execute("""
        CREATE ROLE r3_cr LOGIN CREATEROLE;
        CREATE ROLE r3_admins NOLOGIN CREATEROLE;
        CREATE ROLE r3_member LOGIN IN ROLE r3_admins;                  -- SET ROLE r3_admins gives CREATEROLE
        CREATE ROLE r3_plain LOGIN;""")
    expected = {"role:r3_cr", "role:r3_member"}
    if pg.major >= 16:
        pg.execute("CREATE ROLE r3_noset LOGIN; GRANT r3_admins TO r3_noset WITH INHERIT TRUE, SET FALSE")
    result = audit(pg.dsn(), ["ROLE-003"])
    assert failing_objects(result) == expected
    sev = "high" if pg.major < 16 else "medium"
    assert severities(result, "ROLE-003") == {o: sev for o in expected}
    member = next(f for f in findings_of(result, "ROLE-003") if f.object == "role:r3_member")
    assert member.evidence["chain"] == ["r3_member", "r3_admins"]
    assert member.fix_sql.startswith('ALTER ROLE "r3_admins" NOCREATEROLE;')
    pg.execute("ALTER ROLE r3_cr NOCREATEROLE; ALTER ROLE r3_admins NOCREATEROLE")
    assert fails(pg, "ROLE-003") == set()


def test_role_004_replication(pg):
    pg.execute("""
        CREATE ROLE r4_standby LOGIN REPLICATION;                       -- dedicated: passes
        CREATE ROLE r4_app LOGIN REPLICATION;
        CREATE TABLE r4_orders (id int); GRANT SELECT ON r4_orders TO r4_app;
        CREATE ROLE r4_team NOLOGIN;
        CREATE ROLE r4_dba LOGIN REPLICATION CREATEDB IN ROLE r4_team;
        CREATE ROLE r4_group NOLOGIN REPLICATION;                       -- cannot connect: not examined""")
    result = audit(pg.dsn(), ["ROLE-004"])
    assert failing_objects(result) == {"role:r4_app", "role:r4_dba"}
    dba = next(f for f in findings_of(result, "ROLE-004") if f.object == "role:r4_dba")
    assert dba.evidence["other_uses"] == ["CREATEDB", "member of r4_team"]
    pg.execute("REVOKE SELECT ON r4_orders FROM r4_app; ALTER ROLE r4_dba NOREPLICATION")
    assert fails(pg, "ROLE-004") == set()


def test_role_005_bypassrls(pg):
    pg.execute("""
        CREATE ROLE r5_direct LOGIN BYPASSRLS;
        CREATE ROLE r5_maint NOLOGIN BYPASSRLS;
        CREATE ROLE r5_member LOGIN IN ROLE r5_maint;
        CREATE ROLE r5_plain LOGIN;""")
    if pg.major >= 16:
        pg.execute("CREATE ROLE r5_noset LOGIN; GRANT r5_maint TO r5_noset WITH SET FALSE")
    result = audit(pg.dsn(), ["ROLE-005"])
    assert failing_objects(result) == {"role:r5_direct", "role:r5_member"}
    assert set(severities(result, "ROLE-005").values()) == {"medium"}      # no table uses RLS yet
    pg.execute("CREATE TABLE r5_t (tenant int); ALTER TABLE r5_t ENABLE ROW LEVEL SECURITY")
    assert set(severities(audit(pg.dsn(), ["ROLE-005"]), "ROLE-005").values()) == {"high"}
    pg.execute("ALTER ROLE r5_direct NOBYPASSRLS; REVOKE r5_maint FROM r5_member")
    assert fails(pg, "ROLE-005") == set()


def test_role_006_createdb(pg):
    pg.execute("CREATE ROLE r6_dev LOGIN CREATEDB; CREATE ROLE r6_svc NOLOGIN CREATEDB; CREATE ROLE r6_plain LOGIN")
    result = audit(pg.dsn(), ["ROLE-006"])
    assert failing_objects(result) == {"role:r6_dev"}
    assert severities(result, "ROLE-006") == {"role:r6_dev": "low"}
    # roles the policy names as application roles count even without LOGIN, one severity higher
    result = audit(pg.dsn(), ["ROLE-006"], policy=thresholds(app_role_patterns=("^r6_svc$",)))
    assert severities(result, "ROLE-006") == {"role:r6_dev": "low", "role:r6_svc": "medium"}
    pg.execute("ALTER ROLE r6_dev NOCREATEDB")
    assert fails(pg, "ROLE-006") == set()


def test_role_007_read_server_files(pg):
    pg.execute("CREATE ROLE r7_etl LOGIN IN ROLE pg_read_server_files; CREATE ROLE r7_plain LOGIN")
    assert fails(pg, "ROLE-007") == {"role:r7_etl"}
    pg.execute("REVOKE pg_read_server_files FROM r7_etl")
    assert fails(pg, "ROLE-007") == set()


def test_role_008_all_data(pg):
    pg.execute("""
        CREATE ROLE r8_reader LOGIN IN ROLE pg_read_all_data;
        CREATE ROLE r8_writer LOGIN IN ROLE pg_write_all_data;
        CREATE ROLE r8_auditor LOGIN PASSWORD 'aud-pw' IN ROLE pg_read_all_data, pg_monitor;
        CREATE ROLE r8_plain LOGIN;""")
    named = Policy(sampling=False, auditor_roles=("r8_auditor",))
    result = audit(pg.dsn(user="r8_auditor", password="aud-pw"), ["ROLE-008"], policy=named)
    assert failing_objects(result) == {"role:r8_reader", "role:r8_writer"}   # a recognised auditing role is exempt
    assert failing_objects(audit(pg.dsn(), ["ROLE-008"], policy=named)) == {"role:r8_reader", "role:r8_writer"}
    # not named in the policy, it is judged like any role, whoever runs the audit (even itself)
    assert failing_objects(audit(pg.dsn(user="r8_auditor", password="aud-pw"), ["ROLE-008"])) == \
        {"role:r8_reader", "role:r8_writer", "role:r8_auditor"}
    reader = next(f for f in findings_of(result, "ROLE-008") if f.object == "role:r8_reader")
    assert "pg_statistic" in reader.message and reader.evidence["write_all_data"] is None
    assert fails(pg, "ROLE-008") == {"role:r8_reader", "role:r8_writer", "role:r8_auditor"}
    pg.execute("REVOKE pg_read_all_data FROM r8_reader, r8_auditor; REVOKE pg_write_all_data FROM r8_writer")
    assert fails(pg, "ROLE-008") == set()


def test_role_009_expired_logins(pg):
    pg.execute("""
        CREATE ROLE r9_old LOGIN PASSWORD 'x' VALID UNTIL '2001-01-01';
        CREATE ROLE r9_future LOGIN PASSWORD 'x' VALID UNTIL '2999-01-01';
        CREATE ROLE r9_disabled NOLOGIN VALID UNTIL '2001-01-01';""")
    assert fails(pg, "ROLE-009") == {"role:r9_old"}
    pg.execute("ALTER ROLE r9_old NOLOGIN")
    assert fails(pg, "ROLE-009") == set()


def test_role_010_unusable_logins(pg):
    regex = "host all /^r10_rx 127.0.0.1/32 trust\n" if pg.major >= 16 else ""
    pg.write_hba("local all postgres trust\n"
                 "host all postgres 127.0.0.1/32 trust\n"
                 "host all r10_trusted 127.0.0.1/32 trust\n"
                 "host all +r10_identgrp 127.0.0.1/32 ident\n" + regex +
                 "host all all 127.0.0.1/32 scram-sha-256\n")
    try:
        pg.execute("""
            CREATE ROLE r10_nopw LOGIN;                                   -- no way in: leftover
            CREATE ROLE r10_zero LOGIN PASSWORD 'x' CONNECTION LIMIT 0;   -- disabled the hidden way
            CREATE ROLE r10_pw LOGIN PASSWORD 'x';
            CREATE ROLE r10_trusted LOGIN;
            CREATE ROLE r10_identgrp NOLOGIN; CREATE ROLE r10_mid NOLOGIN IN ROLE r10_identgrp;
            CREATE ROLE r10_member LOGIN IN ROLE r10_mid;                 -- +group matches indirect members
            CREATE ROLE r10_rx_user LOGIN PASSWORD 'x';
            CREATE ROLE r10_plain LOGIN PASSWORD 'plain-pw';""")
        if pg.major >= 16:
            pg.execute("ALTER ROLE r10_rx_user PASSWORD NULL")
        assert fails(pg, "ROLE-010") == {"role:r10_nopw", "role:r10_zero"}
        # a role without pg_read_all_data or the hba function: connection limits still judged, the rest named
        result = audit(pg.dsn(user="r10_plain", password="plain-pw"), ["ROLE-010"])
        assert failing_objects(result) == {"role:r10_zero"}
        (missing,) = missing_privileges(result, "ROLE-010")
        assert "pg_read_all_data" in missing and "pg_hba_file_rules()" in missing
        pg.execute("ALTER ROLE r10_nopw NOLOGIN; ALTER ROLE r10_zero CONNECTION LIMIT -1")
        assert fails(pg, "ROLE-010") == set()
    finally:
        pg.write_hba("")


def test_role_012_generic_names(pg):
    pg.execute("""
        CREATE ROLE admin LOGIN; CREATE ROLE test2 LOGIN; CREATE ROLE "Guest" LOGIN;
        CREATE ROLE contest LOGIN; CREATE ROLE r12_admin_ops LOGIN; CREATE ROLE demo NOLOGIN;""")
    assert fails(pg, "ROLE-012") == {"role:admin", "role:test2", "role:Guest"}
    pg.execute('ALTER ROLE admin NOLOGIN; ALTER ROLE test2 NOLOGIN; ALTER ROLE "Guest" NOLOGIN')
    assert fails(pg, "ROLE-012") == set()


def test_membership_checks_need_no_privilege(pg):
    """pg_roles and pg_auth_members are readable by everyone: a plain role assesses ROLE-001..009 fully."""
    pg.execute("CREATE ROLE r0_plain LOGIN PASSWORD 'p0'; CREATE ROLE r0_ops NOLOGIN IN ROLE pg_execute_server_program;"
               "CREATE ROLE r0_deploy LOGIN IN ROLE r0_ops")
    result = audit(pg.dsn(user="r0_plain", password="p0"), ["ROLE-*"])
    assert failing_objects(result, "ROLE-002") == {"role:r0_deploy"}
    for cid in (f"ROLE-00{i}" for i in range(1, 10)):
        assert "not_assessable" not in statuses(result, cid) and "error" not in statuses(result, cid), cid


def test_role_013_auditing_roles_are_reported_once_as_accepted(pg):
    """Positive: the role-sql role and a policy-named role each get one accepted finding; nothing fails.
    Negative: with no recognised auditing role the check has nothing to examine (not_applicable)."""
    result = audit(pg.dsn(), ["ROLE-013"])
    assert statuses(result, "ROLE-013") == {"not_applicable"} and failing_objects(result, "ROLE-013") == set()
    pg.execute("CREATE ROLE pgcomply_auditor LOGIN; GRANT pg_read_all_data, pg_monitor TO pgcomply_auditor;"
               "CREATE ROLE audit_ro LOGIN; GRANT pg_read_all_data TO audit_ro; CREATE ROLE app_ro LOGIN;"
               "GRANT pg_read_all_data TO app_ro")
    result = audit(pg.dsn(), ["ROLE-013"], policy=Policy(sampling=False, auditor_roles=("audit_ro",)))
    found = {f.object: f for f in findings_of(result, "ROLE-013")}
    assert set(found) == {"role:pgcomply_auditor", "role:audit_ro"}                 # app_ro is no auditing role
    assert {f.status for f in found.values()} == {"pass"} and failing_objects(result, "ROLE-013") == set()
    assert found["role:pgcomply_auditor"].evidence["read_privileges"] == [      # pg_monitor brings its members
        "pg_monitor", "pg_read_all_data", "pg_read_all_settings", "pg_read_all_stats", "pg_stat_scan_tables"]
    assert found["role:audit_ro"].evidence["read_privileges"] == ["pg_read_all_data"]
