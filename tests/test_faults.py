"""Faults during an audit: timeouts, a database that vanishes, a server that dies, server errors nobody expected.
Partial results are kept, marked incomplete (fault gaps in pgcomply's words with the SQLSTATE, never the
server's message), and the exit code says so (3)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from auditor.collect.collector import collect
from auditor.collect.connect import ConnectError, connect
from auditor.engine.evaluate import evaluate
from auditor.lab.pgbin import as_server_user
from auditor.workflow.pipeline import EXIT_FINDINGS, EXIT_INCOMPLETE, gate
from auditor.model.policy import Policy, Thresholds
from auditor.engine.report import build_report
from auditor.model.results import Severity


def _policy(**t) -> Policy:
    return Policy(sampling=False, thresholds=Thresholds(**t))


def _cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "auditor", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kw)


def _patient(tmp_path: Path, **extra: int) -> Path:
    """A policy that waits for locks for a minute: the test, not a timeout, decides when the server dies."""
    t = {"lock_timeout_ms": 60000, "statement_timeout_ms": 60000, "sample_timeout_ms": 60000,
         "connect_timeout_s": 3, "tls_probe": False} | extra
    path = tmp_path / "patient.toml"
    path.write_text("[thresholds]\n" + "".join(f"{k} = {str(v).lower()}\n" for k, v in t.items()))
    return path


def _wait_for_lock_wait(cluster, proc: subprocess.Popen, database: str) -> int:
    """The pid of pgcomply's backend once it waits on a lock in `database` (so it dies mid-query)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        rows = cluster.execute("SELECT pid FROM pg_stat_activity WHERE application_name = 'pgcomply' "
                               "AND datname = %s AND wait_event_type = 'Lock'", params=(database,))
        if rows:
            return rows[0][0]
        time.sleep(0.05)
    raise AssertionError("pgcomply never waited on the lock")


def _wait_for_idle(cluster, proc: subprocess.Popen, database: str) -> None:
    """Until pgcomply's session in `database` has finished its catalog transaction: databases are read
    concurrently, so the first one may still be mid-read when the others already wait on their locks."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        rows = cluster.execute("SELECT state FROM pg_stat_activity WHERE application_name = 'pgcomply' "
                               "AND datname = %s", params=(database,))
        if rows and all(r[0] == "idle" for r in rows):
            return
        time.sleep(0.05)
    raise AssertionError(f"pgcomply never finished reading {database}")


def _postmaster_pid(cluster) -> int:
    return int((cluster.datadir / "postmaster.pid").read_text().split()[0])


def _kill(cluster, how: str) -> None:
    if how == "kill-9":
        os.kill(_postmaster_pid(cluster), signal.SIGKILL)
    else:
        subprocess.run([*as_server_user(), str(cluster.bindir / "pg_ctl"), "-D", str(cluster.datadir),
                        "-m", "immediate", "-w", "stop"], check=True, capture_output=True, cwd=cluster.root)


def _stop_dead(cluster) -> None:
    """After kill -9 the children of the dead postmaster exit on their own; wait for them (killing any
    straggler by pid), drop the stale postmaster.pid, then the normal stop removes the directory."""
    pid_file = cluster.datadir / "postmaster.pid"
    if pid_file.exists():
        if not _running(_postmaster_pid(cluster)):
            deadline = time.monotonic() + 10
            while _children_of(cluster.datadir) and time.monotonic() < deadline:
                time.sleep(0.1)
            for pid in _children_of(cluster.datadir):
                os.kill(pid, signal.SIGKILL)
            pid_file.unlink()
    cluster.stop()


def _running(pid: int) -> bool:
    """Alive and not a zombie (a killed postmaster stays one until whoever adopted it reaps it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def _children_of(datadir: Path) -> list[int]:
    """Server processes of this cluster: every PostgreSQL process runs with its data directory as cwd."""
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.readlink(f"/proc/{entry}/cwd") == str(datadir):
                    out.append(int(entry))
            except OSError:
                pass
    return out


def _outputs(out_dir: Path, proc_out: str, proc_err: str) -> str:
    return proc_out + proc_err + "".join(p.read_text() for p in sorted(out_dir.iterdir()))


def _fault_gaps(report: dict) -> dict[str, dict]:
    return {g["item"]: g for g in report["gaps"] if g["fault"]}


# --- a server that dies -------------------------------------------------------------------------------------

KILLS = [pytest.param(15, "kill-9", id="pg15-kill-9"), pytest.param(15, "immediate", id="pg15-immediate"),
         pytest.param(18, "kill-9", id="pg18-kill-9")]


def _bindir(request, major: int) -> Path:
    return request.getfixturevalue("pg15_bindir" if major == 15 else "pg18_bindir")


@pytest.mark.parametrize("major,how", KILLS)
def test_cli_server_dies_while_reading_a_catalog(request, make_cluster, tmp_path, major, how):
    """postgres is read, a1 and a2 (read concurrently) are mid-query, waiting on a lock, when the server dies,
    and sampling cannot connect: exit 3, a partial report in every format, fault gaps that say "connection lost"."""
    c = make_cluster(bindir=_bindir(request, major))
    blockers = []
    try:
        c.execute("CREATE TABLE people (id int, email text); INSERT INTO people VALUES (1, 'ann@example.com')")
        c.execute("CREATE DATABASE a1")
        c.execute("CREATE DATABASE a2")
        for db in ("a1", "a2"):
            blocker = c.connect(db)
            blockers.append(blocker)
            blocker.autocommit = False
            blocker.execute("LOCK TABLE pg_catalog.pg_policy IN ACCESS EXCLUSIVE MODE")   # not needed to log in
        out = tmp_path / "out"
        proc = _cli("audit", c.dsn("postgres"), "--database", "postgres", "--database", "a1", "--database", "a2",
                    "-o", str(out), "--format", "json,md", "--policy", str(_patient(tmp_path)))
        _wait_for_lock_wait(c, proc, "a1")
        _wait_for_lock_wait(c, proc, "a2")
        _wait_for_idle(c, proc, "postgres")
        _kill(c, how)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        for blocker in blockers:
            blocker.close()
        _stop_dead(c)
    assert proc.returncode == EXIT_INCOMPLETE, stderr
    assert "Traceback" not in stderr
    report = json.loads((out / "report.json").read_text())
    assert report["complete"] is False
    faults = _fault_gaps(report)
    assert set(faults) == {"database:a1", "database:a2", "sample:database:postgres"}
    for db in ("a1", "a2"):
        assert faults[f"database:{db}"]["detail"].startswith(f"connection lost while reading the catalog of database {db} (")
    # refused, or "shutting down" (57P03) while an immediate stop is still under way
    phase = "connecting to database postgres"
    assert faults["sample:database:postgres"]["detail"] in (f"connection lost while {phase} (no SQLSTATE)",
                                                          f"connection lost while {phase} (SQLSTATE 57P03)")
    assert {g["missing"] for g in faults.values()} == {"a complete read (the server went away or ended the session)"}
    assert not [g for g in report["gaps"] if "a readable table" in g["missing"] or "privilege" in g["detail"]]
    assert report["findings"]                                     # evaluation ran on what was read
    md = (out / "report.md").read_text()
    assert "This audit is incomplete" in md and "connection lost" in md
    assert ("gate failed: the audit is incomplete: database:a1, database:a2, sample:database:postgres could not be read"
            in " ".join(stderr.split()))                            # the console wraps long lines
    # nothing the server said is kept (its words differ by version: none of them may appear)
    text = _outputs(out, stdout, stderr)
    for said in ("server closed the connection", "terminating connection", "unexpected postmaster exit",
                 "immediate shutdown", "Connection refused"):
        assert said not in text


@pytest.mark.parametrize("major,how", KILLS)
def test_cli_server_dies_while_sampling(request, make_cluster, tmp_path, major, how):
    """Five tables sampled one at a time; t3 is locked, so t1 and t2 are read and the server dies during t3:
    one gap for the database accounts for t3, t4 and t5."""
    c = make_cluster(bindir=_bindir(request, major))
    blocker = None
    try:
        c.execute("CREATE DATABASE shop")
        c.execute("".join(f"CREATE TABLE t{i} (id int, email text); INSERT INTO t{i} VALUES (1, 'a{i}@example.com');"
                          for i in range(1, 6)), "shop")
        blocker = c.connect("shop")
        blocker.autocommit = False
        blocker.execute("LOCK TABLE t3 IN ACCESS EXCLUSIVE MODE")
        out = tmp_path / "out"
        proc = _cli("audit", c.dsn("shop"), "--database", "shop", "-o", str(out), "--format", "json,md",
                    "--policy", str(_patient(tmp_path, sample_jobs=1)))
        _wait_for_lock_wait(c, proc, "shop")
        _kill(c, how)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if blocker is not None:
            blocker.close()
        _stop_dead(c)
    assert proc.returncode == EXIT_INCOMPLETE, stderr
    assert "Traceback" not in stderr
    report = json.loads((out / "report.json").read_text())
    assert report["complete"] is False
    sample_gaps = [g for g in report["gaps"] if g["item"].startswith("sample:")]
    assert len(sample_gaps) == 1
    gap = sample_gaps[0]
    assert gap["item"] == "sample:database:shop" and gap["fault"] is True
    assert gap["detail"].startswith("connection lost while sampling database shop (")
    assert gap["detail"].endswith("): 3 of 5 tables not sampled, e.g. public.t3, public.t4, public.t5")
    assert "This audit is incomplete" in (out / "report.md").read_text()
    text = _outputs(out, stdout, stderr)
    for said in ("server closed the connection", "terminating connection", "Connection refused"):
        assert said not in text


def test_terminated_sampling_backend_is_a_lost_connection_and_sampling_goes_on(make_cluster, pg15_bindir):
    """pg_terminate_backend (57P01) of the backend sampling t3: t3 is accounted for, t4 and t5 are read on a
    new connection, and the server's words ("terminating connection ...") are not kept."""
    c = make_cluster(bindir=pg15_bindir)
    blocker = None
    try:
        c.execute("CREATE DATABASE shop")
        c.execute("".join(f"CREATE TABLE t{i} (id int, email text); INSERT INTO t{i} VALUES (1, 'a{i}@example.com');"
                          for i in range(1, 6)), "shop")
        blocker = c.connect("shop")
        blocker.autocommit = False
        blocker.execute("LOCK TABLE t3 IN ACCESS EXCLUSIVE MODE")
        import threading
        done: list = []
        policy = Policy(thresholds=Thresholds(lock_timeout_ms=60000, sample_timeout_ms=60000, sample_jobs=1,
                                              tls_probe=False))
        job = threading.Thread(target=lambda: done.append(collect(c.dsn("shop"), policy, databases=["shop"])))
        job.start()
        deadline = time.monotonic() + 60
        while not (pids := c.execute("SELECT pid FROM pg_stat_activity WHERE application_name = 'pgcomply' "
                                     "AND wait_event_type = 'Lock'")):
            assert time.monotonic() < deadline and job.is_alive()
            time.sleep(0.05)
        assert c.execute("SELECT pg_terminate_backend(%s)", params=(pids[0][0],)) == [(True,)]
        job.join(120)
        snap = done[0]
    finally:
        if blocker is not None:
            blocker.close()
        c.stop()
    assert {s.table for s in snap.samples} == {"t1", "t2", "t4", "t5"}
    gap = snap.gap("sample:database:shop")
    assert gap.fault and gap.detail == ("connection lost while sampling database shop (SQLSTATE 57P01): "
                                        "1 of 5 tables not sampled, e.g. public.t3")
    assert not snap.complete
    assert not [g for g in snap.gaps if "terminating" in g.detail or "administrator" in g.detail]


# --- server errors pgcomply does not expect ------------------------------------------------------------------

@pytest.mark.parametrize("server", ["pg15", "pg18"])
def test_cli_connection_limit_on_a_database_is_an_unexpected_53300(request, server, tmp_path):
    """CONNECTION LIMIT 0 stops a non-superuser at connect (SQLSTATE 53300): a fault gap naming the phase and
    the SQLSTATE, the rest of the audit written, exit 3; libpq's text ("too many connections for database
    ...") appears nowhere."""
    cluster = request.getfixturevalue(server)
    cluster.execute("CREATE ROLE fz_auditor LOGIN")
    try:
        with cluster.fresh_database("fz_limited") as limited:
            cluster.execute(f"ALTER DATABASE {limited.name} CONNECTION LIMIT 0")
            out = tmp_path / "out"
            proc = _cli("audit", cluster.dsn("postgres", user="fz_auditor"), "--database", "postgres",
                        "--database", limited.name, "--no-sample", "-o", str(out), "--format", "json,md")
            stdout, stderr = proc.communicate(timeout=120)
    finally:
        cluster.execute("DROP ROLE fz_auditor")
    assert proc.returncode == EXIT_INCOMPLETE, stderr
    assert "Traceback" not in stderr
    report = json.loads((out / "report.json").read_text())
    assert report["complete"] is False
    assert _fault_gaps(report) == {f"database:{limited.name}": {
        "item": f"database:{limited.name}", "fault": True,
        "missing": "a complete read (the server log has the full message for this SQLSTATE)",
        "detail": f"unexpected server error while connecting to database {limited.name} (SQLSTATE 53300)"}}
    text = _outputs(out, stdout, stderr)
    assert "too many connections" not in text and "FATAL" not in text


def test_cli_collect_of_a_partial_snapshot_exits_3(pg15, roles, tmp_path):
    roles("fz_collector LOGIN")
    with pg15.fresh_database("fz_closed") as closed:
        pg15.execute(f"ALTER DATABASE {closed.name} CONNECTION LIMIT 0")
        out = tmp_path / "snap.json"
        proc = _cli("collect", pg15.dsn("postgres", user="fz_collector"), "--database", "postgres",
                    "--database", closed.name, "--no-sample", "-o", str(out))
        stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_INCOMPLETE and "Traceback" not in stderr
    assert stderr.strip().splitlines()[-1] == "incomplete: 1 part(s) could not be read (see its gaps)"
    gaps = [g for g in json.loads(out.read_text())["gaps"] if g["fault"]]
    assert [g["detail"] for g in gaps] == [
        f"unexpected server error while connecting to database {closed.name} (SQLSTATE 53300)"]


def _latin1_session(pg15, roles, database: str) -> None:
    """The auditing role's sessions in `database` use LATIN1, and a name there has a euro sign: the server
    raises 22P05 (untranslatable character) while pgcomply reads names."""
    roles("fz_latin LOGIN")
    pg15.execute(f"ALTER ROLE fz_latin IN DATABASE {database} SET client_encoding = 'LATIN1'")


def test_untranslatable_name_in_a_catalog_is_an_unexpected_22p05(pg15, roles, tmp_path):
    with pg15.fresh_database("fz_euro") as euro, pg15.fresh_database("fz_fine") as fine:
        euro.execute('CREATE TABLE "price_€_list" (id int)')
        fine.execute("CREATE TABLE kept (id int)")
        _latin1_session(pg15, roles, euro.name)
        out = tmp_path / "out"
        proc = _cli("audit", pg15.dsn("postgres", user="fz_latin"), "--database", euro.name, "--database", fine.name,
                    "--no-sample", "-o", str(out), "--format", "json,md")
        stdout, stderr = proc.communicate(timeout=120)
        snap = collect(pg15.dsn("postgres", user="fz_latin"), _policy(), databases=[euro.name, fine.name])
    assert proc.returncode == EXIT_INCOMPLETE, stderr
    assert "Traceback" not in stderr
    gap = _fault_gaps(json.loads((out / "report.json").read_text()))[f"database:{euro.name}"]
    assert gap["detail"] == f"unexpected server error while reading the catalog of database {euro.name} (SQLSTATE 22P05)"
    text = _outputs(out, stdout, stderr)
    assert "has no equivalent" not in text and "0xe2 0x82 0xac" not in text
    # the half-read catalog is not kept; the next database is read in full
    assert {r.database for r in snap.relations} == {fine.name}
    assert [d.name for d in snap.databases if d.collected] == [fine.name]


def test_server_facts_failing_after_connect_is_a_one_line_exit_2(pg15, roles, tmp_path):
    """Nothing can be audited without the server facts (roles, settings, databases), so no report is written
    from empty lists: one line, exit 2, the SQLSTATE and not the server's words."""
    roles('"fz_€_role"')
    _latin1_session(pg15, roles, "postgres")
    out = tmp_path / "out"
    proc = _cli("audit", pg15.dsn("postgres", user="fz_latin"), "-o", str(out), "--format", "json")
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 2
    assert stderr.strip().splitlines() == ["pgcomply: error: could not read server facts after connecting: "
                                           "unexpected server error (SQLSTATE 22P05); nothing was audited"]
    assert not (out / "report.json").exists()


def test_connect_error_keeps_libpq_words_but_never_the_password(pg15):
    """A first connection that fails is exit 2 with libpq's own message; the password is masked even when the
    server's text happens to contain it."""
    secret = "fz_pw_in_the_message"
    with pytest.raises(ConnectError) as caught:
        connect(pg15.dsn(secret, password=secret), Thresholds())
    assert str(caught.value).endswith('FATAL: database "********" does not exist')
    assert secret not in str(caught.value)


def test_many_locked_tables_are_one_bounded_gap(pg15, tmp_path):
    """30 tables locked: the lock timeouts are capped like denials (MAX_TABLE_GAPS), not one gap each."""
    from auditor.collect.sample_gaps import MAX_TABLE_GAPS
    with pg15.fresh_database("fz_locks") as db:
        db.execute("".join(f"CREATE TABLE t{i:02} (id int, email text); INSERT INTO t{i:02} VALUES (1, 'x@y.org');"
                           for i in range(30)))
        holder = db.connect()
        holder.autocommit = False
        holder.execute("LOCK TABLE " + ", ".join(f"t{i:02}" for i in range(30)) + " IN ACCESS EXCLUSIVE MODE")
        try:
            snap = collect(db.dsn(), Policy(thresholds=Thresholds(lock_timeout_ms=50, tls_probe=False)),
                           databases=[db.name])
        finally:
            holder.rollback()
            holder.close()
    sample_gaps = [g for g in snap.gaps if g.item.startswith("sample:")]
    assert 30 > MAX_TABLE_GAPS and len(sample_gaps) == 1
    assert sample_gaps[0].item == f"sample:database:{db.name}" and not sample_gaps[0].fault
    assert sample_gaps[0].detail == ("30 tables not sampled: table locked (SQLSTATE 55P03), "
                                     "e.g. public.t00, public.t01, public.t02, public.t03, public.t04")


# --- timeouts and vanished databases -------------------------------------------------------------------------

def test_lock_timeout_on_one_database_keeps_the_others(pg15):
    with pg15.fresh_database("locked") as locked, pg15.fresh_database("fine") as fine:
        fine.execute("CREATE TABLE kept (id int)")
        blocker = psycopg.connect(host=str(pg15.socket_dir), port=pg15.port, dbname=locked.name, user="postgres")
        try:
            blocker.execute("LOCK TABLE pg_catalog.pg_class IN ACCESS EXCLUSIVE MODE")
            snap = collect(pg15.dsn("postgres"), _policy(lock_timeout_ms=200),
                           databases=["postgres", locked.name, fine.name])
        finally:
            blocker.rollback()
            blocker.close()
    gap = snap.gap(f"database:{locked.name}")
    assert gap is not None and gap.fault
    # the lock on pg_class stops the session while it starts: libpq gives no SQLSTATE, its words give 55P03
    assert gap.detail == f"lock timeout while connecting to database {locked.name} (SQLSTATE 55P03)"
    assert not snap.complete
    assert {r.name for r in snap.relations if r.database == fine.name} == {"kept"}
    assert not [r for r in snap.relations if r.database == locked.name]
    report = build_report(evaluate(snap, Policy(sampling=False)))
    assert report["complete"] is False
    assert gate(report, Policy())[0] == EXIT_INCOMPLETE
    code, reasons = gate(report, Policy(fail_on=Severity.INFO))       # a failed gate wins, and says it is partial
    assert code == EXIT_FINDINGS and reasons[-1].startswith(f"the audit is incomplete: database:{locked.name}")


def test_database_dropped_mid_audit_is_a_fault_not_a_privilege_gap(pg15):
    with pg15.fresh_database("first") as first:
        doomed = "doomed_db"
        pg15.execute(f"CREATE DATABASE {doomed}")

        def progress(msg: str) -> None:
            if msg.endswith(first.name):   # just before reading `first`, someone drops `doomed`
                pg15.execute(f"DROP DATABASE IF EXISTS {doomed} WITH (FORCE)")

        # one database at a time, so `doomed` is dropped before its turn comes
        snap = collect(pg15.dsn("postgres"), _policy(catalog_jobs=1), databases=[first.name, doomed], progress=progress)
    gap = snap.gap(f"database:{doomed}")
    assert gap is not None and gap.fault
    assert gap.detail == f"unexpected server error while connecting to database {doomed} (SQLSTATE 3D000)"
    assert first.name in {d.name for d in snap.databases if d.collected}


def test_server_stopped_mid_audit(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir)
    c.execute("CREATE DATABASE a1")
    c.execute("CREATE DATABASE a2")
    root = c.root

    def progress(msg: str) -> None:
        if msg.endswith("a1"):
            c.stop(keep=True)      # the server goes away while the audit is running

    try:
        snap = collect(c.dsn("postgres"), _policy(connect_timeout_s=2, catalog_jobs=1),
                       databases=["postgres", "a1", "a2"], progress=progress)
    finally:
        c.stop()
        shutil.rmtree(root, ignore_errors=True)     # stop(keep=True) kept the directory: the test removes it
    assert not root.exists()
    assert "postgres" in {d.name for d in snap.databases if d.collected}
    for name in ("a1", "a2"):
        gap = snap.gap(f"database:{name}")
        assert gap.fault and gap.detail == f"connection lost while connecting to database {name} (no SQLSTATE)"
    assert not snap.complete


def test_unreachable_from_the_start_is_a_usage_error(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir)
    dsn = c.dsn("postgres")
    c.stop()
    with pytest.raises(ConnectError, match="Connection refused|could not connect|failed"):
        collect(dsn, _policy(connect_timeout_s=2))


def test_incomplete_audit_is_said_in_html_and_markdown(pg15, tmp_path):
    from auditor.render import render

    with pg15.fresh_database("gone") as gone:
        doomed = gone.name

    snap = collect(pg15.dsn("postgres"), _policy(), databases=["postgres"])
    from dataclasses import replace
    from auditor.model.snapshot import Gap
    snap = replace(snap, gaps=snap.gaps + (Gap(f"database:{doomed}", "a complete read", "connection lost", True),))
    report = build_report(evaluate(snap, Policy(sampling=False)))
    for fmt in ("html", "md"):
        text = render(fmt, report, tmp_path).read_text()
        assert "This audit is incomplete" in text
        assert doomed in text.replace("\\_", "_")     # Markdown escapes underscores


def test_after_a_failed_reconnect_the_sampler_stops_trying(pg15):
    """A host that went away is asked once per database, not once per table (each try may cost connect_timeout_s)."""
    import socket

    from auditor.collect.connect import ConnectError
    from auditor.model.policy import Thresholds
    from auditor.collect.sampler import _Workers

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]      # nothing listens here once the socket closes
    workers = _Workers(f"host=127.0.0.1 port={port} user=postgres connect_timeout=2", Thresholds(), "postgres")
    with pytest.raises(ConnectError) as first:
        workers.conn()
    workers.dsn = pg15.dsn("postgres")   # the server is back: a reconnect would now succeed, and must not be tried
    with pytest.raises(ConnectError) as again:
        workers.conn()
    assert again.value is first.value and workers.opened == []
