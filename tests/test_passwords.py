"""Password and authentication checks, each against a real cluster with and without the weakness.

Most tests share one module cluster (PG15, TLS on so hostssl lines load) and rewrite its pg_hba.conf.
Its first two lines keep the test's own admin access; they are loopback/local scram lines no check flags.
"""
from __future__ import annotations

import datetime as dt

import pytest

from auditor.model.policy import Policy, Thresholds
from auditor.model.results import Status

from .helpers import audit, failing_objects, findings_of, missing_privileges, statuses

ADMIN = "local all postgres scram-sha-256\nhost all postgres 127.0.0.1/32 scram-sha-256\n"   # lines 1-2
PW = "adm-pw"


@pytest.fixture(scope="module")
def hba15(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, tls=True, password=PW)
    c.execute("SET password_encryption = 'md5'; CREATE ROLE pw_md5 LOGIN PASSWORD 'm1';"
              "SET password_encryption = 'scram-sha-256';"
              "CREATE ROLE pw_app LOGIN PASSWORD 'a1'; CREATE ROLE pw_scram LOGIN PASSWORD 's1';"
              "CREATE ROLE pw_nopw LOGIN; CREATE ROLE pw_nologin NOLOGIN; CREATE ROLE pw_super SUPERUSER LOGIN PASSWORD 'x';"
              "CREATE ROLE pw_admins NOLOGIN")
    yield c
    c.stop()


def _hba(cluster, body: str) -> None:
    cluster.write_hba(ADMIN + body)


def _audit(cluster, select, **kw):
    return audit(cluster.dsn(password=PW), select, **kw)


def _sev(result, check_id) -> dict[str, str]:
    return {f.object: f.severity for f in findings_of(result, check_id) if f.status == "fail"}


def _pw(objs) -> set[str]:
    return {o for o in objs if o.startswith("role:pw_")}


def test_pwd_001_password_encryption(pg15):
    pg15.set_conf(password_encryption="md5")
    try:
        assert failing_objects(audit(pg15.dsn(), ["PWD-001"])) == {"setting:password_encryption"}
    finally:
        pg15.set_conf(password_encryption=None)
    assert failing_objects(audit(pg15.dsn(), ["PWD-001"])) == set()


def test_pwd_002_md5_role_hashes(pg15):
    pg15.execute("SET password_encryption = 'md5'; CREATE ROLE pw_md5 LOGIN PASSWORD 'x1';"
                 "SET password_encryption = 'scram-sha-256'; CREATE ROLE pw_scram LOGIN PASSWORD 'x2'")
    try:
        assert failing_objects(audit(pg15.dsn(), ["PWD-002"])) == {"role:pw_md5"}
    finally:
        pg15.execute("DROP ROLE pw_md5; DROP ROLE pw_scram")


def test_pwd_003_trust_over_tcp_skips_lines_an_earlier_reject_disarms(hba15):
    _hba(hba15, "host all pw_app 10.0.0.0/8 trust\n"          # 3: trust for an existing role
                "host all all 192.168.0.0/16 reject\n"        # 4
                "host all all 192.168.1.0/24 trust\n"         # 5: dead, line 4 takes all of it
                "host all pw_ghost 172.16.5.0/24 trust\n"     # 6: latent, the role does not exist yet
                "host all all 0.0.0.0/0 trust\n")             # 7: reaches superusers from anywhere
    result = _audit(hba15, ["PWD-003"])
    assert _sev(result, "PWD-003") == {"hba:3": "critical", "hba:6": "medium", "hba:7": "critical"}
    _hba(hba15, "host all pw_app 10.0.0.0/8 scram-sha-256\nhost all all 192.168.0.0/16 reject\n"
                "host all all 192.168.1.0/24 trust\n")
    assert failing_objects(_audit(hba15, ["PWD-003"])) == set()


def test_pwd_003_sameuser_and_samerole_reach_only_roles_with_such_a_database(hba15):
    hba15.execute("CREATE DATABASE pw_app")
    hba15.execute("CREATE DATABASE pw_admins")
    try:
        hba15.execute("GRANT pw_admins TO pw_scram")
        _hba(hba15, "host sameuser all 10.0.0.0/8 trust\n"        # 3: database named like the role
                    "host samerole all 192.168.0.0/16 trust\n")   # 4: database named like one of its groups
        result = _audit(hba15, ["PWD-003"])
        roles = {f.object: f.evidence["roles"] for f in findings_of(result, "PWD-003") if f.status == "fail"}
        assert roles == {"hba:3": ["postgres", "pw_app"], "hba:4": ["postgres", "pw_app", "pw_scram"]}
    finally:
        hba15.execute("REVOKE pw_admins FROM pw_scram")
        hba15.execute("DROP DATABASE pw_app")
        hba15.execute("DROP DATABASE pw_admins")


def test_pwd_004_local_trust_but_not_peer(hba15):
    _hba(hba15, "local all all trust\n")                       # 3: every OS account is any pw_ role
    result = _audit(hba15, ["PWD-004"])
    assert _sev(result, "PWD-004") == {"hba:3": "high"}        # pw_super is reached
    _hba(hba15, "local all all peer\n")
    assert failing_objects(_audit(hba15, ["PWD-004"])) == set()


def test_pwd_004_socket_only_for_the_server_account_passes(hba15):
    _hba(hba15, "local all all trust\n")
    hba15.set_conf(unix_socket_permissions="0700", restart=True)
    try:
        assert failing_objects(_audit(hba15, ["PWD-004"])) == set()
    finally:
        hba15.set_conf(unix_socket_permissions=None, restart=True)


def test_pwd_005_cleartext_passwords(hba15):
    _hba(hba15, "hostnossl all pw_app 10.0.0.0/8 password\n"                           # 3: clear on the wire
                "host all pw_app 10.1.0.0/16 pam\n"                                    # 4: clear unless TLS
                'hostssl all pw_app 10.2.0.0/16 ldap ldapserver=ldap.example.com ldapprefix="cn=" ldapsuffix=",dc=example"\n'
                "hostssl all pw_app 10.3.0.0/16 password\n"                            # 6: TLS, still no SCRAM
                "host all pw_app 10.4.0.0/16 scram-sha-256\n")
    assert _sev(_audit(hba15, ["PWD-005"]), "PWD-005") == {"hba:3": "high", "hba:4": "medium", "hba:6": "low"}
    _hba(hba15, 'hostssl all pw_app 10.2.0.0/16 ldap ldapserver=ldap.example.com ldapprefix="cn=" ldapsuffix=",dc=example"\n'
                "host all pw_app 10.4.0.0/16 scram-sha-256\n")
    assert failing_objects(_audit(hba15, ["PWD-005"])) == set()


def test_pwd_006_md5_method_weighs_the_stored_hashes(hba15):
    _hba(hba15, "host all pw_md5 10.0.0.0/8 md5\n"            # 3: md5 hash + md5 method = pass-the-hash
                "host all pw_scram 10.1.0.0/16 md5\n"         # 4: SCRAM runs anyway
                "host all pw_md5 10.0.0.0/16 md5\n")          # 5: dead (inside line 3)
    result = _audit(hba15, ["PWD-006"])
    assert _sev(result, "PWD-006") == {"hba:3": "medium", "hba:4": "low"}
    _hba(hba15, "host all pw_md5 10.0.0.0/8 scram-sha-256\nhost all pw_scram 10.1.0.0/16 scram-sha-256\n")
    assert failing_objects(_audit(hba15, ["PWD-006"])) == set()


def test_pwd_007_wide_password_ranges(hba15):
    _hba(hba15, "host all pw_app 192.168.1.0/24 scram-sha-256\n"   # 3: a client subnet
                "host all pw_app 172.16.0.0/12 scram-sha-256\n"    # 4: wide
                "host all all 0.0.0.0/0 scram-sha-256\n")          # 5: everywhere, superusers included
    assert _sev(_audit(hba15, ["PWD-007"]), "PWD-007") == {"hba:4": "low", "hba:5": "high"}
    _hba(hba15, "host all pw_app 192.168.1.0/24 scram-sha-256\nhost all all 0.0.0.0/0 reject\n")
    assert failing_objects(_audit(hba15, ["PWD-007"])) == set()


def test_pwd_008_login_role_without_password_on_password_lines(hba15):
    # pw_nopw logs in by peer (line 3) and line 5 also asks it for a password: the dormant door is PWD-008's
    _hba(hba15, "local all pw_nopw peer\nhost all pw_nologin 10.0.0.0/8 reject\nhost all all 10.0.0.0/8 scram-sha-256\n")
    result = _audit(hba15, ["PWD-008", "ROLE-010"])
    assert _pw(failing_objects(result, "PWD-008")) == {"role:pw_nopw"}
    assert _pw(failing_objects(result, "ROLE-010")) == set()
    (f,) = [f for f in findings_of(result, "PWD-008") if f.object == "role:pw_nopw"]
    assert f.evidence["lines"] == [5] and f.root_cause == "hba:5"
    assert "host all pw_nopw 10.0.0.0/8 reject" in f.fix_sql and "NOLOGIN" not in f.fix_sql
    _hba(hba15, "local all pw_nopw peer\nhost all pw_nopw 10.0.0.0/8 reject\nhost all all 10.0.0.0/8 scram-sha-256\n")
    assert _pw(failing_objects(_audit(hba15, ["PWD-008"]))) == set()


def test_passwordless_leftover_is_reported_once_by_role_010(hba15):
    """No password and no other way in: one fact (an unused leftover), one finding (ROLE-010); PWD-008 refers to it."""
    _hba(hba15, "host all pw_nologin 10.0.0.0/8 reject\nhost all all 10.0.0.0/8 scram-sha-256\n")
    result = _audit(hba15, ["PWD-008", "ROLE-010"])
    assert _pw(failing_objects(result, "ROLE-010")) == {"role:pw_nopw"}
    assert _pw(failing_objects(result, "PWD-008")) == set()
    (passed,) = findings_of(result, "PWD-008")
    assert passed.status == "pass" and "role:pw_nopw by ROLE-010" in passed.message


def test_pwd_009_password_never_asked(hba15):
    _hba(hba15, "host all pw_app 10.0.0.0/8 trust\nlocal all pw_app trust\n"
                "host all all 10.0.0.0/8 scram-sha-256\n")    # dead for pw_app: line 3 takes 10/8 first
    result = _audit(hba15, ["PWD-009"])
    assert _pw(failing_objects(result)) == {"role:pw_app"}
    assert _sev(result, "PWD-009")["role:pw_app"] == "high"
    _hba(hba15, "local all pw_app trust\nhost all all 10.0.0.0/8 scram-sha-256\n")
    assert _pw(failing_objects(_audit(hba15, ["PWD-009"]))) == set()


def test_pwd_010_valid_until_when_policy_asks(hba15):
    soon = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    hba15.execute(f"CREATE ROLE pw_dated LOGIN PASSWORD 'd' VALID UNTIL '{soon}';"
                  "CREATE ROLE pw_far LOGIN PASSWORD 'f' VALID UNTIL '2099-01-01'")
    try:
        assert _pw(failing_objects(_audit(hba15, ["PWD-010"]))) == set()          # the default policy asks nothing
        strict = Policy(sampling=False, thresholds=Thresholds(require_valid_until=True, max_password_age_days=90))
        assert _pw(failing_objects(_audit(hba15, ["PWD-010"], policy=strict))) == {
            "role:pw_app", "role:pw_md5", "role:pw_scram", "role:pw_super", "role:pw_far"}   # pw_nopw has none
        max_age_only = Policy(sampling=False, thresholds=Thresholds(max_password_age_days=90))
        assert _pw(failing_objects(_audit(hba15, ["PWD-010"], policy=max_age_only))) == {
            "role:pw_app", "role:pw_md5", "role:pw_scram", "role:pw_super", "role:pw_far"}   # never expiring exceeds any age
    finally:
        hba15.execute("DROP ROLE pw_dated; DROP ROLE pw_far")


def test_pwd_011_superuser_remote_login(hba15):
    _hba(hba15, "host all pw_super 127.0.0.1/32 scram-sha-256\n"   # loopback: not remote
                "host all +pw_admins 0.0.0.0/0 scram-sha-256\n"    # superusers are no implicit members here
                "host all all 10.1.2.0/24 scram-sha-256\n")       # an admin subnet
    result = _audit(hba15, ["PWD-011"])
    assert failing_objects(result) == {"role:postgres", "role:pw_super"}
    assert set(_sev(result, "PWD-011").values()) == {"medium"}
    hba15.execute("GRANT pw_admins TO pw_super")
    try:
        assert _sev(_audit(hba15, ["PWD-011"]), "PWD-011")["role:pw_super"] == "high"   # now via +pw_admins from anywhere
    finally:
        hba15.execute("REVOKE pw_admins FROM pw_super")
    _hba(hba15, "host all pw_super 0.0.0.0/0 reject\nhost all postgres 0.0.0.0/0 reject\n"
                "host all all 10.0.0.0/8 scram-sha-256\n")
    assert failing_objects(_audit(hba15, ["PWD-011"])) == set()


def test_pwd_011_group_membership_without_inherit_or_set_still_matches_on_pg18(pg18):
    """PG16+ grants can drop INHERIT and SET; pg_hba's +group still counts the membership."""
    pg18.execute("CREATE ROLE pw18_admins NOLOGIN; CREATE ROLE pw18_super SUPERUSER LOGIN;"
                 "GRANT pw18_admins TO pw18_super WITH INHERIT FALSE, SET FALSE; CREATE ROLE pw18_app_web LOGIN")
    try:
        pg18.write_hba("local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                       "host all +pw18_admins 10.1.2.0/24 scram-sha-256\n"
                       "host all /^pw18_app_ 0.0.0.0/0 trust\n")          # a PG16+ regex user list
        result = audit(pg18.dsn(), ["PWD-011", "PWD-003"])
        assert _sev(result, "PWD-011") == {"role:pw18_super": "medium"}
        trust = {f.object: f.evidence["roles"] for f in findings_of(result, "PWD-003") if f.status == "fail"}
        assert trust == {"hba:2": ["postgres"], "hba:4": ["pw18_app_web"]}
    finally:
        pg18.write_hba("")
        pg18.execute("DROP ROLE pw18_super; DROP ROLE pw18_app_web; DROP ROLE pw18_admins")


def test_pwd_012_ident_over_tcp(hba15):
    _hba(hba15, "host all pw_app 127.0.0.1/32 ident\nhost all pw_app 10.0.0.0/8 ident\n")
    assert _sev(_audit(hba15, ["PWD-012"]), "PWD-012") == {"hba:3": "low", "hba:4": "critical"}
    _hba(hba15, "host all pw_app 10.0.0.0/8 scram-sha-256\n")
    assert failing_objects(_audit(hba15, ["PWD-012"])) == set()


def test_pwd_013_hba_file_that_does_not_load(hba15):
    _hba(hba15, "host all all 10.0.0.0/8 scram-sha-256\n")
    hba15.write_hba(ADMIN + "host all all 10.0.0.0/8 scram-sha-256\nhost all all 10.0.0.0/33 scram-sha-256\n", reload=False)
    try:
        hba15.reload(check=False)
        assert failing_objects(_audit(hba15, ["PWD-013"])) == {"hba:4"}
    finally:
        _hba(hba15, "host all all 10.0.0.0/8 scram-sha-256\n")
    assert failing_objects(_audit(hba15, ["PWD-013"])) == set()


def test_pwd_014_role_and_database_overrides_of_password_hashing(hba15):
    hba15.execute("ALTER ROLE pw_app SET password_encryption = 'md5';"
                  "ALTER ROLE pw_scram IN DATABASE postgres SET password_encryption = 'scram-sha-256'")
    try:
        assert failing_objects(_audit(hba15, ["PWD-014"])) == {"setting:password_encryption@role:pw_app"}
    finally:
        hba15.execute("ALTER ROLE pw_app RESET ALL; ALTER ROLE pw_scram IN DATABASE postgres RESET ALL")
    assert failing_objects(_audit(hba15, ["PWD-014"])) == set()


def test_pwd_014_015_scram_iterations_on_pg18(pg18):
    pg18.execute("CREATE ROLE pw18_fast LOGIN; ALTER ROLE pw18_fast SET scram_iterations = 100")
    pg18.set_conf(scram_iterations=1000)
    try:
        result = audit(pg18.dsn(), ["PWD-014", "PWD-015"])
        assert failing_objects(result, "PWD-015") == {"setting:scram_iterations"}
        assert failing_objects(result, "PWD-014") == {"setting:scram_iterations@role:pw18_fast"}
    finally:
        pg18.set_conf(scram_iterations=None)
        pg18.execute("DROP ROLE pw18_fast")
    assert failing_objects(audit(pg18.dsn(), ["PWD-014", "PWD-015"])) == set()


def test_pwd_016_password_complexity_module(hba15):
    _hba(hba15, "host all all 10.0.0.0/8 scram-sha-256\n")
    assert failing_objects(_audit(hba15, ["PWD-016"])) == {"setting:shared_preload_libraries"}
    hba15.set_conf(shared_preload_libraries="passwordcheck", restart=True)
    try:
        assert failing_objects(_audit(hba15, ["PWD-016"])) == set()
    finally:
        hba15.set_conf(shared_preload_libraries=None, restart=True)


def test_plain_role_gets_not_assessable_naming_the_grant(hba15):
    _hba(hba15, "host all pw_plain 127.0.0.1/32 scram-sha-256\nhost all all 0.0.0.0/0 trust\n")
    hba15.execute("CREATE ROLE pw_plain LOGIN PASSWORD 'p'")
    try:
        result = audit(hba15.dsn(user="pw_plain", password="p"), ["passwords"])
        hba_checks = ["PWD-003", "PWD-004", "PWD-005", "PWD-006", "PWD-007", "PWD-011", "PWD-012", "PWD-013"]
        for check_id in hba_checks:
            assert statuses(result, check_id) == {Status.NOT_ASSESSABLE.value}, check_id
            assert any("pg_hba_file_rules()" in m for m in missing_privileges(result, check_id)), check_id
        for check_id in ("PWD-002", "PWD-008", "PWD-009"):
            assert missing_privileges(result, check_id) == {"pg_read_all_data (or superuser)"}, check_id
        assert missing_privileges(result, "PWD-016") == {"pg_read_all_settings (or pg_monitor)"}
        assert not [f for f in result.findings if f.status == Status.ERROR.value]
        hba15.execute("GRANT EXECUTE ON FUNCTION pg_catalog.pg_hba_file_rules() TO pw_plain")
        result = audit(hba15.dsn(user="pw_plain", password="p"), ["PWD-003"])
        assert failing_objects(result) == {"hba:4"}
    finally:
        hba15.execute("DROP OWNED BY pw_plain; DROP ROLE pw_plain")
