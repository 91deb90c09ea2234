"""Faults during an audit: timeouts, a database that vanishes, a server that dies. Partial results are kept,
marked incomplete, and the exit code says so (3)."""
from __future__ import annotations

import psycopg
import pytest

from auditor.collect import collect
from auditor.evaluate import evaluate
from auditor.pipeline import EXIT_INCOMPLETE, gate
from auditor.policy import Policy, Thresholds
from auditor.report import build_report


def _policy(**t) -> Policy:
    return Policy(sampling=False, thresholds=Thresholds(**t))


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
    assert gap is not None and gap.fault and "lock timeout" in gap.detail
    assert not snap.complete
    assert {r.name for r in snap.relations if r.database == fine.name} == {"kept"}
    report = build_report(evaluate(snap, Policy(sampling=False)))
    assert report["complete"] is False
    assert gate(report, Policy())[0] == EXIT_INCOMPLETE


def test_database_dropped_mid_audit_is_a_fault_not_a_privilege_gap(pg15):
    with pg15.fresh_database("first") as first:
        doomed = "doomed_db"
        pg15.execute(f"CREATE DATABASE {doomed}")

        def progress(msg: str) -> None:
            if msg.endswith(first.name):   # just before reading `first`, someone drops `doomed`
                pg15.execute(f"DROP DATABASE IF EXISTS {doomed} WITH (FORCE)")

        snap = collect(pg15.dsn("postgres"), _policy(), databases=[first.name, doomed], progress=progress)
    gap = snap.gap(f"database:{doomed}")
    assert gap is not None and gap.fault and "does not exist" in gap.detail
    assert first.name in {d.name for d in snap.databases if d.collected}


def test_server_killed_mid_audit(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir)
    c.execute("CREATE DATABASE a1")
    c.execute("CREATE DATABASE a2")

    def progress(msg: str) -> None:
        if msg.endswith("a1"):
            c.stop(keep=True)      # the server goes away while the audit is running

    try:
        snap = collect(c.dsn("postgres"), _policy(connect_timeout_s=2), databases=["postgres", "a1", "a2"],
                       progress=progress)
    finally:
        c.stop()
    assert "postgres" in {d.name for d in snap.databases if d.collected}
    assert snap.gap("database:a1").fault and snap.gap("database:a2").fault
    assert not snap.complete


def test_unreachable_from_the_start_is_a_usage_error(make_cluster, pg15_bindir):
    from auditor.connect import ConnectError
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
    from auditor.model import Gap
    snap = replace(snap, gaps=snap.gaps + (Gap(f"database:{doomed}", "a complete read", "connection lost", True),))
    report = build_report(evaluate(snap, Policy(sampling=False)))
    for fmt in ("html", "md"):
        text = render(fmt, report, tmp_path).read_text()
        assert "This audit is incomplete" in text
        assert doomed in text.replace("\\_", "_")     # Markdown escapes underscores
