"""The least-privilege auditing role from `pgcomply role-sql`: with it, every check assesses (no superuser needed)."""
from __future__ import annotations

import subprocess
import sys

from auditor.collect.rolesql import role_sql
from auditor.model.results import Status

from .helpers import audit


def _psql(cluster, script: str) -> None:
    psql = cluster.bindir / "psql"
    subprocess.run([str(psql if psql.exists() else "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", str(cluster.socket_dir),
                    "-p", str(cluster.port), "-U", "postgres", "-d", "postgres"], input=script, text=True, check=True,
                   capture_output=True)


def test_role_sql_cli_prints_a_script():
    proc = subprocess.run([sys.executable, "-m", "auditor", "role-sql", "--role", "x", "--no-sample"],
                          capture_output=True, text=True, check=True)
    assert 'CREATE ROLE "x" LOGIN;' in proc.stdout and "pg_read_all_data" not in proc.stdout.split("GRANT pg_monitor")[1]


def test_every_check_assesses_with_the_recommended_role(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir, tls=True, preload=("pgaudit",))
    try:
        _psql(c, role_sql("lp_auditor", databases=("postgres",)))
        result = audit(c.dsn("postgres", user="lp_auditor"))
        assert result.snapshot.access.user == "lp_auditor" and not result.snapshot.access.is_superuser
        assert [g for g in result.snapshot.gaps if not g.item.startswith("sampl")] == []
        assert {f.status for f in result.findings} <= {Status.PASS.value, Status.FAIL.value, Status.NOT_APPLICABLE.value}
    finally:
        c.stop()
