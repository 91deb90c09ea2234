"""Password and authentication checks, each against a cluster with and without the weakness."""
from __future__ import annotations

import pytest

from .helpers import audit, failing_objects


@pytest.fixture(scope="module")
def hba_cluster(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, hba=(
        "local all all trust\n"
        "host all app_a 10.0.0.0/8 trust\n"           # line 2: trust over TCP
        "host all all 127.0.0.1/32 scram-sha-256\n"   # line 3: fine
    ), password="adm-pw")
    yield c
    c.stop()


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


def test_pwd_003_trust_over_tcp(hba_cluster):
    result = audit(hba_cluster.dsn(password="adm-pw"), ["PWD-003"])
    assert failing_objects(result) == {"hba:2"}
    hba_cluster.write_hba("local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
    assert failing_objects(audit(hba_cluster.dsn(password="adm-pw"), ["PWD-003"])) == set()
