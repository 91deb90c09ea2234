"""Audit-logging checks, each against a cluster with and without the weakness."""
from __future__ import annotations

from .helpers import audit, failing_objects


def test_log_001_002_flag_connection_logging_off(pg15):
    dsn = pg15.dsn()
    pg15.set_conf(log_connections=False, log_disconnections=False)
    assert failing_objects(audit(dsn, ["LOG-001", "LOG-002"])) == {"setting:log_connections", "setting:log_disconnections"}
    pg15.set_conf(log_connections=True, log_disconnections=True)
    try:
        assert failing_objects(audit(dsn, ["LOG-001", "LOG-002"])) == set()
    finally:
        pg15.set_conf(log_connections=None, log_disconnections=None)
