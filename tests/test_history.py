"""The audit history on real clusters: two audits then list/show/diff/trend, on SQLite and on a PostgreSQL history
database; `--baseline last`; the report's "since the previous audit" panel; prune; bad input."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from auditor.history.store import HistoryError, HistoryStore, decode_body
from auditor.history.migrations import LATEST
from tests.test_cli import assert_one_line_error, run

AUDIT = ("--select", "GRANT-001", "--no-sample", "-q")
SECRET = "Hist-Pw-77x"          # given in the DSN (the clusters trust loopback): must never reach the history


def pg_url(cluster, dbname: str) -> str:
    return f"postgresql://{cluster.superuser}:{cluster.password or ''}@127.0.0.1:{cluster.port}/{dbname}"


@pytest.fixture(params=["sqlite", "postgresql"])
def history_url(request, tmp_path, pg18):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'h' / 'history.sqlite'}"
        return
    with pg18.fresh_database("hist") as db:
        yield pg_url(pg18, db.name)


@pytest.fixture
def audited_db(pg15):
    with pg15.fresh_database("ha") as db:
        yield db


def _audit(db, url: str, out: Path, *extra: str):
    return run("audit", db.dsn(password=SECRET), "--database", db.name, "--history", url, "-o", str(out), *AUDIT, *extra)


def _runs(url: str) -> list[dict]:
    proc = run("history", "list", "--history", url, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_two_audits_then_list_show_diff_and_trend(audited_db, history_url, tmp_path):
    first = _audit(audited_db, history_url, tmp_path / "q1", "--format", "json,html")
    assert first.returncode == 0, first.stderr
    assert "recorded run " in first.stderr
    q1 = (tmp_path / "q1" / "report.html").read_text()
    assert "This is the first audit of" in q1
    audited_db.execute("CREATE TABLE leaked (id int); GRANT SELECT ON leaked TO PUBLIC")
    second = _audit(audited_db, history_url, tmp_path / "q2", "--format", "json,html")
    assert second.returncode == 0, second.stderr

    runs = _runs(history_url)
    assert [r["status"] for r in runs] == ["complete", "complete"]
    assert len({r["target"] for r in runs}) == 1 and runs[0]["system_identifier"]
    assert runs[0]["server_version"].startswith("15.") and runs[0]["catalogue"]
    # no secret in the history: the DSN is stored without its password
    assert SECRET not in json.dumps(runs)
    store = HistoryStore(history_url)
    try:
        bodies = [decode_body(b, e) for b, e in store.rows("SELECT body, encoding FROM pgcomply_reports")]
        assert bodies and all(json.loads(b)["findings"] for b in bodies)
        assert not any(SECRET in body for body in bodies)
        # the digest a run records is that of the report.json written beside it
        latest = store.runs()[-1]
        assert latest.report_digest == hashlib.sha256((tmp_path / "q2" / "report.json").read_bytes()).hexdigest()
    finally:
        store.close()

    html = (tmp_path / "q2" / "report.html").read_text()
    assert "Since the previous audit" in html and "New failing findings</th><td>1<" in html
    assert 'aria-label="score over the last 2 audits"' in html

    diff = run("history", "diff", "--history", history_url, "--format", "json")
    assert diff.returncode == 0, diff.stderr
    d = json.loads(diff.stdout)
    assert [r["object"] for r in d["new"]] == [f"{audited_db.name}.public.leaked"]
    named = run("history", "diff", runs[0]["run_id"][:12], runs[1]["run_id"], "--history", history_url,
                "--format", "md")
    assert named.returncode == 0 and "leaked" in named.stdout

    trend = tmp_path / "trend.html"
    proc = run("history", "trend", "--history", history_url, "-o", str(trend))
    assert proc.returncode == 0, proc.stderr
    page = trend.read_text()
    assert page.count("<svg") >= 4 and "<path d=\"M " in page and "<script" not in page
    assert "leaked" in page and "still open" in page              # slowest to fix

    shown = tmp_path / "shown"
    proc = run("history", "show", runs[0]["run_id"][:8], "--history", history_url, "-o", str(shown), "--format", "md,sarif")
    assert proc.returncode == 0, proc.stderr
    assert (shown / "report.md").is_file() and (shown / "report.sarif").is_file()


def test_baseline_last_gates_on_new_findings_only(audited_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'h.sqlite'}"
    audited_db.execute("CREATE TABLE old_leak (id int); GRANT SELECT ON old_leak TO PUBLIC")
    proc = _audit(audited_db, url, tmp_path / "a", "--baseline", "last", "--fail-on", "high")
    assert proc.returncode == 1 and "no earlier audit of this target" in proc.stderr   # first: everything counts
    proc = _audit(audited_db, url, tmp_path / "b", "--baseline", "last", "--fail-on", "high")
    assert proc.returncode == 0, proc.stderr                                          # nothing new
    audited_db.execute("CREATE TABLE new_leak (id int); GRANT SELECT ON new_leak TO PUBLIC")
    proc = _audit(audited_db, url, tmp_path / "c", "--baseline", "last", "--fail-on", "high")
    assert proc.returncode == 1 and "1 new failing finding(s)" in proc.stderr
    assert_one_line_error(run("audit", audited_db.dsn(), "-o", str(tmp_path / "d"), *AUDIT, "--baseline", "last",
                              "--no-history"), "--baseline last")


def test_no_history_records_nothing_and_the_default_store_is_under_xdg(audited_db, tmp_path, monkeypatch):
    xdg = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(xdg))
    proc = run("audit", audited_db.dsn(), "--database", audited_db.name, "-o", str(tmp_path / "o"), *AUDIT,
               "--no-history")
    assert proc.returncode == 0 and not xdg.exists()
    proc = run("audit", audited_db.dsn(), "--database", audited_db.name, "-o", str(tmp_path / "o"), *AUDIT)
    assert proc.returncode == 0, proc.stderr
    db = xdg / "pgcomply" / "history.sqlite"
    assert db.is_file() and (db.stat().st_mode & 0o777) == 0o600
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM pgcomply_runs WHERE status = 'complete'").fetchone() == (1,)
        assert conn.execute("SELECT max(version) FROM pgcomply_schema_version").fetchone() == (LATEST,)


def test_prune_keeps_the_newest_runs_and_drops_orphan_reports(audited_db, tmp_path):
    url = f"sqlite:///{tmp_path / 'h.sqlite'}"
    for i in range(3):
        assert _audit(audited_db, url, tmp_path / str(i)).returncode == 0
    assert run("history", "prune", "--keep", "1", "--history", url).returncode == 0
    runs = _runs(url)
    assert len(runs) == 1
    store = HistoryStore(url)
    try:
        assert store.rows("SELECT count(*) FROM pgcomply_reports")[0][0] == 1
        assert store.rows("SELECT count(DISTINCT run_id) FROM pgcomply_run_findings")[0][0] == 1
        assert store.prune(before="2999-01-01T00:00:00+00:00") == 1
    finally:
        store.close()


def test_migrations_are_idempotent_on_both_engines(history_url):
    for _ in range(2):
        store = HistoryStore(history_url)
        try:
            assert store.version() == LATEST
            assert store.rows("SELECT count(*) FROM pgcomply_schema_version")[0][0] == LATEST
        finally:
            store.close()


@pytest.mark.parametrize("args, needle", [
    (("history", "list", "--history", "mysql://x"), "expected sqlite:///PATH or postgresql://"),
    (("history", "list", "--since", "last tuesday"), "expected a date"),
    (("history", "show", "nope"), "no run 'nope'"),
    (("history", "prune"), "--keep N or --before DATE"),
    (("history", "trend", "-o", "trend.svg"), ".html or .pdf"),
    (("history", "diff", "onlyone"), "give two runs"),
    (("history", "list", "--history", "postgresql://u:Hist-Secret-1@127.0.0.1:1/x?connect_timeout=2"),
     "cannot connect to history"),
])
def test_history_bad_input_is_one_line(args, needle, tmp_path):
    url = ("--history", f"sqlite:///{tmp_path / 'h.sqlite'}") if "--history" not in args else ()
    proc = run(*args, *url, cwd=tmp_path)
    assert_one_line_error(proc, needle)
    assert "Hist-Secret-1" not in proc.stderr


def test_cluster_identity_is_read_once_and_a_denial_is_a_named_gap(audited_db, roles):
    from auditor.collect.collector import collect
    from auditor.model.policy import Policy

    snap = collect(audited_db.dsn(), Policy(sampling=False), databases=[audited_db.name])
    assert snap.target.system_identifier and snap.target.system_identifier.isdigit()
    roles("hist_plain LOGIN")
    audited_db.execute("REVOKE EXECUTE ON FUNCTION pg_catalog.pg_control_system() FROM PUBLIC")
    snap = collect(audited_db.dsn(user="hist_plain"), Policy(sampling=False), databases=[audited_db.name])
    assert snap.target.system_identifier is None
    gap = next(g for g in snap.gaps if g.item == "pg_control_system")
    assert "EXECUTE on pg_catalog.pg_control_system()" in gap.missing and not gap.fault


def test_reports_are_stored_compressed_and_older_plain_ones_still_read(history_url, monkeypatch):
    """Schema version 2 compresses report bodies; a store written by version 1 (plain JSON bodies) is migrated in
    place and its reports still read; a store newer than this pgcomply is refused with one line."""
    from auditor.history import store as store_module
    from auditor.history.migrations import MIGRATIONS

    old_report = {"kind": "pgcomply-report", "findings": [{"check_id": "GRANT-001", "object": "table:db.s.t"}]}
    with monkeypatch.context() as m:            # a version-1 store, as pgcomply 0.1 wrote it
        m.setattr(store_module, "MIGRATIONS", MIGRATIONS[:1])
        m.setattr(store_module, "LATEST", 1)
        old = HistoryStore(history_url)
        try:
            assert old.version() == 1
            with old.transaction():
                old.execute("INSERT INTO pgcomply_reports (digest, body) VALUES ('d1', ?)", (json.dumps(old_report),))
                old.execute("INSERT INTO pgcomply_runs (run_id, target, dsn, status, started_at, report_digest) "
                            "VALUES ('old-run', 't', 'host=x', 'complete', '2026-01-01T00:00:00+00:00', 'd1')")
        finally:
            old.close()
    store = HistoryStore(history_url)
    try:
        assert store.version() == LATEST == 2
        assert store.report(store.run("old-run")) == old_report
        big = {"kind": "pgcomply-report", "score": {"value": 50}, "target": {}, "summary": {},
               "findings": [{"check_id": "SENS-004", "object": f"table:db.s.t{i:05d}", "status": "fail",
                             "severity": "low", "remediation": "Encrypt the columns or move them " * 4}
                            for i in range(3000)]}
        store.begin("new-run", "t", "host=x")
        assert store.finish("new-run", big, 1)
        body, encoding = store.rows("SELECT body, encoding FROM pgcomply_reports WHERE digest = "
                                    "(SELECT report_digest FROM pgcomply_runs WHERE run_id = 'new-run')")[0]
        assert encoding == "zlib-base64" and len(body) * 20 < len(json.dumps(big))
        assert store.report(store.run("new-run")) == big
        with store.transaction():
            store.execute("INSERT INTO pgcomply_schema_version (version, description, applied_at) "
                          "VALUES (99, 'from the future', '2030-01-01')")
    finally:
        store.close()
    with pytest.raises(HistoryError, match=r"schema version 99, newer than this pgcomply knows \(2\)"):
        HistoryStore(history_url)


def test_runs_started_in_the_same_second_keep_the_order_they_finished_in(history_url):
    """Reports carry one-second timestamps; two audits of a target within one second (CI, fleets) must still be
    'previous' and 'latest' in the order they ran, not in the order of their random run ids."""
    report = {"kind": "pgcomply-report", "started_at": "2026-12-06T10:00:00+00:00", "target": {}, "score": {},
              "summary": {}, "findings": []}
    store = HistoryStore(history_url)
    try:
        for run_id in ("zz-first", "aa-second"):
            store.begin(run_id, "same-target", "host=x")
            assert store.finish(run_id, report | {"findings": [{"check_id": "GRANT-001", "object": run_id,
                                                                "status": "fail", "severity": "high"}]}, 1)
        assert [r.run_id for r in store.runs(target="same-target")] == ["zz-first", "aa-second"]
        assert store.prune(keep=1) == 1
        assert [r.run_id for r in store.runs(target="same-target")] == ["aa-second"]
    finally:
        store.close()
