"""The least-privilege auditing role from `pgcomply role-sql`: with it, every check assesses (no superuser needed)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

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


@pytest.mark.parametrize("version", [15, 18])
def test_role_sql_full_audit_with_server_features_in_use(version, make_cluster, request):
    """Archiving, pg_stat_statements, a tablespace, extensions and languages in use: with the role-sql role the only
    not_assessable finding is the archive's encryption, which no SQL can prove (BAK-003, "attest")."""
    bindir = request.getfixturevalue(f"pg{version}_bindir")
    preload = ("pgaudit", "pg_stat_statements") if version == 15 else ("pg_stat_statements",)
    c = make_cluster(bindir=bindir, preload=preload, conf={
        "archive_mode": "on", "archive_command": "pgbackrest --stanza=main archive-push %p",
        "logging_collector": True, "log_destination": "stderr,syslog"})
    try:
        _psql(c, role_sql("lp_auditor", databases=("postgres",)))
        ts = c.root / "ts"
        ts.mkdir()
        os.chown(ts, c.datadir.stat().st_uid, c.datadir.stat().st_gid)
        c.execute(f"CREATE TABLESPACE lp_ts LOCATION '{ts}'")
        c.execute("CREATE EXTENSION pg_stat_statements; CREATE EXTENSION hstore VERSION '1.4';"
                  "CREATE TRUSTED LANGUAGE lp_lang HANDLER plpgsql_call_handler")
        c.write_hba("local all all trust\nhost all lp_auditor 127.0.0.1/32 trust\n"
                    "host all all 10.0.0.0/8 scram-sha-256")
        result = audit(c.dsn("postgres", user="lp_auditor"))
        # the one gap: the pgBackRest configuration this host does not have, so encryption stays unproven
        assert [g.item for g in result.snapshot.gaps if not g.item.startswith("sampl")] == ["backup_config"]
        assert {(f.check_id, f.object) for f in result.findings if f.status == "not_assessable"} == {
            ("BAK-003", "setting:archive_command")}
        assert {f.status for f in result.findings} <= {"pass", "fail", "not_applicable", "not_assessable"}
        assert not [f for f in result.findings if f.status == "error"]
        # the new server checks judged real objects, not gaps
        failing = {(f.check_id, f.object) for f in result.findings if f.status == "fail"}
        assert {("SRV-017", "setting:shared_preload_libraries"), ("SRV-018", "hba:3"),
                ("SRV-028", "role:lp_auditor"), ("SRV-031", "extension:postgres.hstore"),
                ("SRV-032", "language:postgres.lp_lang")} <= failing
    finally:
        c.stop()
