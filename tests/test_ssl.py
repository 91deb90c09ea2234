"""SSL/TLS checks, each against a cluster with and without the weakness."""
from __future__ import annotations

import pytest

from .helpers import audit, failing_objects, statuses


@pytest.fixture(scope="module")
def no_tls(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir)
    yield c
    c.stop()


def test_ssl_001_flags_ssl_off(no_tls, pg15):
    assert failing_objects(audit(no_tls.dsn(), ["SSL-001"])) == {"setting:ssl"}
    assert statuses(audit(pg15.dsn(), ["SSL-001"]), "SSL-001") == {"pass"}
