"""Backup and replication checks (BAK-*), each against a real cluster with and without the weakness.

`bak15` is this module's own PG15 cluster with TLS, WAL archiving on (a `cp` into a temp dir) and pg_hba lines for
replication; settings change freely and are reset. Replication sessions are real: pg_receivewal over the unix socket
and logical-replication walsenders over loopback. A standby is a state no test cluster reaches cheaply, so
primary_conninfo is set for real and only pg_is_in_recovery() is replaced in the collected snapshot.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import time

import psycopg
import pytest

from auditor.collect.collector import collect
from auditor.collect.serialize import snapshot_to_dict
from auditor.engine.evaluate import evaluate
from auditor.lab.certgen import make_server_cert
from auditor.model.policy import Policy, Thresholds

from .helpers import failing_objects, findings_of, statuses

POLICY = Policy(sampling=False)
# runs in the data directory as the server's OS user: the archive lands beside it and goes with the cluster
ARCHIVE_CP = "mkdir -p ../wal_archive && cp %p ../wal_archive/%f"
HBA = """local all all trust
local replication all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
host replication app 10.0.0.0/8 scram-sha-256
hostssl replication replicator 10.1.2.3/32 scram-sha-256
"""


@pytest.fixture(scope="module")
def bak15(make_cluster, pg15_bindir, tmp_path_factory):
    tls = make_server_cert(tmp_path_factory.mktemp("bak15-tls"), self_signed=False)
    c = make_cluster(bindir=pg15_bindir, tls=tls, hba=HBA, conf={
        "archive_mode": "on", "archive_command": ARCHIVE_CP, "wal_level": "logical"})
    c.execute("CREATE ROLE app LOGIN; CREATE ROLE replicator LOGIN REPLICATION")
    yield c
    c.stop()


@pytest.fixture
def conf(bak15):
    touched: set[str] = set()

    def set_(**kw):
        touched.update(kw)
        bak15.set_conf(kw)
    yield set_
    if touched:
        bak15.set_conf({name: None for name in touched})


def _eval(snap, *check_ids, policy=POLICY):
    return evaluate(snap, policy.replace(select=check_ids))


def _switch_wal(cluster) -> None:
    cluster.execute("CREATE TABLE IF NOT EXISTS wal_churn(x int); INSERT INTO wal_churn SELECT 1; SELECT pg_switch_wal()")


def _wait_archiver(cluster, column: str, above: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cluster.execute(f"SELECT {column} FROM pg_stat_archiver")[0][0] > above:
            return
        time.sleep(0.2)
    raise AssertionError(f"pg_stat_archiver.{column} stayed at {above}")


# ---- WAL archiving ------------------------------------------------------------------------------

def test_bak_001_archiving_off_on_and_empty_command(bak15, pg18, conf):
    result = _eval(collect(pg18.dsn(), POLICY), "BAK-001")       # initdb's default: archive_mode off
    assert failing_objects(result, "BAK-001") == {"setting:archive_mode"}
    assert {f.severity for f in findings_of(result, "BAK-001")} == {"medium"}
    assert failing_objects(_eval(collect(bak15.dsn(), POLICY), "BAK-001"), "BAK-001") == set()
    conf(archive_command="")
    result = _eval(collect(bak15.dsn(), POLICY), "BAK-001")
    assert failing_objects(result, "BAK-001") == {"setting:archive_command"}
    assert {f.severity for f in findings_of(result, "BAK-001")} == {"high"}


def test_bak_002_archiver_succeeds_fails_and_goes_stale(bak15, conf):
    before = bak15.execute("SELECT archived_count FROM pg_stat_archiver")[0][0]
    _switch_wal(bak15)
    _wait_archiver(bak15, "archived_count", before)
    snap = collect(bak15.dsn(), POLICY)
    assert statuses(_eval(snap, "BAK-002"), "BAK-002") == {"pass"}
    later = dataclasses.replace(snap, collected_at=(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2))
                                .isoformat(timespec="seconds"))
    result = _eval(later, "BAK-002")
    assert failing_objects(result, "BAK-002") == {"pg_stat_archiver"}
    assert {f.severity for f in findings_of(result, "BAK-002")} == {"medium"}
    off = Policy(sampling=False, thresholds=Thresholds(max_archive_age_s=0))
    assert failing_objects(_eval(later, "BAK-002", policy=off), "BAK-002") == set()

    failed = bak15.execute("SELECT failed_count FROM pg_stat_archiver")[0][0]
    conf(archive_command="cp %p ../no_such_dir/%f")     # exits 1: every attempt fails and is counted
    _switch_wal(bak15)
    _wait_archiver(bak15, "failed_count", failed)
    result = _eval(collect(bak15.dsn(), POLICY), "BAK-002")
    assert failing_objects(result, "BAK-002") == {"pg_stat_archiver"}
    (f,) = findings_of(result, "BAK-002")
    assert f.severity == "high" and f.evidence["failed_count"] > failed


# ---- how archives leave the server --------------------------------------------------------------

def test_bak_003_plain_copy_fails_recognised_tools_are_not_provable(bak15, pg18, conf):
    result = _eval(collect(bak15.dsn(), POLICY), "BAK-003")
    assert failing_objects(result, "BAK-003") == {"setting:archive_command"}
    assert findings_of(result, "BAK-003")[0].evidence["program"] == "cp"
    for command, tool in (("pgbackrest --stanza=main archive-push %p", "pgBackRest"),
                          ("wal-g wal-push %p", "WAL-G"),
                          ("barman-cloud-wal-archive s3://bucket/backups main %p", "Barman"),
                          ("barman-wal-archive backup-host main %p", "Barman")):
        conf(archive_command=command)
        result = _eval(collect(bak15.dsn(), POLICY), "BAK-003")
        assert failing_objects(result, "BAK-003") == set()
        (f,) = findings_of(result, "BAK-003")
        assert (f.status, f.object, f.evidence["tool"]) == ("not_assessable", "setting:archive_command", tool)
        assert "encryption not provable remotely" in f.message and "repo*-cipher-type" in f.missing
    conf(archive_command="rsync -a %p backup-host:/wal/%f")
    assert failing_objects(_eval(collect(bak15.dsn(), POLICY), "BAK-003"), "BAK-003") == {"setting:archive_command"}
    assert statuses(_eval(collect(pg18.dsn(), POLICY), "BAK-003"), "BAK-003") == {"not_applicable"}


# ---- replication sessions -----------------------------------------------------------------------

@pytest.fixture
def receivewal(bak15, pg15_bindir, tmp_path):
    """pg_receivewal streaming from bak15 over the unix socket into a temp dir, through slot `recv`."""
    out = tmp_path / "wal"
    out.mkdir()
    base = [str(pg15_bindir / "pg_receivewal"), "-h", str(bak15.socket_dir), "-p", str(bak15.port), "-U", "postgres",
            "-D", str(out), "--slot", "recv", "-n"]
    subprocess.run([*base, "--create-slot", "--if-not-exists"], check=True, capture_output=True)
    proc = subprocess.Popen(base, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while not bak15.execute("SELECT count(*) FROM pg_stat_replication WHERE application_name = 'pg_receivewal'")[0][0]:
            assert time.monotonic() < deadline and proc.poll() is None, "pg_receivewal did not connect"
            time.sleep(0.2)
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)
        bak15.execute("SELECT pg_drop_replication_slot('recv')")


def _walsender(cluster, user: str, sslmode: str) -> psycopg.Connection:
    """A logical-replication walsender session over loopback TCP."""
    return psycopg.connect(host="127.0.0.1", port=cluster.port, dbname="postgres", user=user, sslmode=sslmode,
                           replication="database", autocommit=True)


def test_bak_004_walsenders_without_tls(bak15, receivewal):
    strict = Policy(sampling=False, thresholds=Thresholds(cleartext_ok_networks=()))
    with _walsender(bak15, "replicator", "disable"), _walsender(bak15, "postgres", "require"):
        snap = collect(bak15.dsn(), POLICY)
    assert receivewal.poll() is None, "pg_receivewal stopped during the audit"
    assert {(w.user, w.client_addr, w.ssl) for w in snap.walsenders} == {
        ("replicator", "127.0.0.1", False), ("postgres", "127.0.0.1", True), ("postgres", None, False)}
    result = _eval(snap, "BAK-004", policy=strict)
    assert failing_objects(result, "BAK-004") == {"replication:replicator@127.0.0.1"}   # not the TLS one, not the socket
    assert failing_objects(_eval(snap, "BAK-004"), "BAK-004") == set()     # loopback is cleartext_ok by default
    result = _eval(snap, "BAK-003", "BAK-006")                             # pg_receivewal is recognised too
    assert {(f.object, f.status) for f in findings_of(result, "BAK-003")} >= {("replication:pg_receivewal",
                                                                                "not_assessable")}
    assert [(f.status, f.examined) for f in findings_of(result, "BAK-006")] == [("pass", 1)]   # slot recv is active


def test_bak_005_standby_primary_conninfo(bak15, conf):
    assert statuses(_eval(collect(bak15.dsn(), POLICY), "BAK-005"), "BAK-005") == {"not_applicable"}   # a primary
    conf(primary_conninfo="host=10.0.0.5 user=replicator password=s3cr3t-Pw sslmode=prefer")
    snap = collect(bak15.dsn(), POLICY)
    standby = dataclasses.replace(snap, archiver=dataclasses.replace(snap.archiver, in_recovery=True))
    result = _eval(standby, "BAK-005")
    assert failing_objects(result, "BAK-005") == {"setting:primary_conninfo"}
    (f,) = findings_of(result, "BAK-005")
    assert f.severity == "high" and f.evidence["sslmode"] == "prefer"
    assert "s3cr3t-Pw" not in json.dumps(snapshot_to_dict(standby)) + json.dumps([x.message for x in result.findings])
    conf(primary_conninfo="host=10.0.0.5 user=replicator password=s3cr3t-Pw sslmode=verify-full sslrootcert=/ca.pem")
    snap = collect(bak15.dsn(), POLICY)
    standby = dataclasses.replace(snap, archiver=dataclasses.replace(snap.archiver, in_recovery=True))
    assert statuses(_eval(standby, "BAK-005"), "BAK-005") == {"pass"}


def test_bak_006_inactive_and_bloated_slots(bak15):
    bak15.execute("SELECT pg_create_physical_replication_slot('idle_slot', true)")
    try:
        bak15.execute("CREATE TABLE IF NOT EXISTS wal_bulk(x text);"
                      "INSERT INTO wal_bulk SELECT repeat('x', 200) FROM generate_series(1, 20000)")
        snap = collect(bak15.dsn(), POLICY)
        result = _eval(snap, "BAK-006")
        assert failing_objects(result, "BAK-006") == {"replication_slot:idle_slot"}
        (f,) = findings_of(result, "BAK-006")
        assert f.evidence["active"] is False and f.severity == "medium" and f.evidence["retained_mb"] > 1
        tight = Policy(sampling=False, thresholds=Thresholds(max_slot_retained_mb=1))
        (f,) = findings_of(_eval(snap, "BAK-006", policy=tight), "BAK-006")
        assert f.severity == "high" and "above the 1 MB" in f.message
    finally:
        bak15.execute("SELECT pg_drop_replication_slot('idle_slot')")
    assert statuses(_eval(collect(bak15.dsn(), POLICY), "BAK-006"), "BAK-006") == {"not_applicable"}   # no slot


def test_bak_007_hba_replication_lines(bak15, pg18):
    result = _eval(collect(bak15.dsn(), POLICY), "BAK-007")
    assert failing_objects(result, "BAK-007") == {"hba:5"}      # 10.0.0.0/8, and app has no REPLICATION
    (f,) = [x for x in findings_of(result, "BAK-007") if x.status == "fail"]
    assert f.evidence["roles_without_replication"] == ["app"] and "wide range" in f.message
    assert failing_objects(_eval(collect(pg18.dsn(), POLICY), "BAK-007"), "BAK-007") == set()   # initdb's lines


def test_bak_004_005_without_monitoring_rights_are_not_assessable(bak15):
    """A plain role sees neither other roles' replication sessions nor primary_conninfo: gaps, never a pass."""
    bak15.execute("CREATE ROLE plain_auditor LOGIN")
    try:
        snap = collect(bak15.dsn(user="plain_auditor"), POLICY)
        assert snap.walsenders is None and snap.gap("pg_stat_replication").missing == "pg_read_all_stats (or pg_monitor)"
        standby = dataclasses.replace(snap, archiver=dataclasses.replace(snap.archiver, in_recovery=True))
        result = _eval(standby, "BAK-004", "BAK-005")
        assert {(f.check_id, f.status, f.missing) for f in result.findings} == {
            ("BAK-004", "not_assessable", "pg_read_all_stats (or pg_monitor)"),
            ("BAK-005", "not_assessable", "pg_read_all_settings (or pg_monitor)")}
    finally:
        bak15.execute("DROP ROLE plain_auditor")
