"""fix-sql: a reviewable script that psql can run, which really fixes the findings, and that hostile names cannot subvert."""
from __future__ import annotations

import json
import subprocess

import pytest

from auditor.workflow.fixsql import build_script, comment_text, needs_own_transaction
from tests.test_cli import assert_one_line_error, run

HOSTILE = "evil\nDROP TABLE keep_me; --"
SELECT = "ROLE-001,GRANT-001,LOG-001"


@pytest.fixture(scope="module")
def cluster(make_cluster, pg15_bindir):
    c = make_cluster(bindir=pg15_bindir)
    c.execute("CREATE ROLE fx_extra_su SUPERUSER LOGIN")
    c.execute("CREATE DATABASE shop")
    c.execute(f'CREATE TABLE keep_me (id int); CREATE TABLE orders (id int); CREATE TABLE "{HOSTILE}" (id int);'
              f'GRANT SELECT, INSERT ON orders TO PUBLIC; GRANT SELECT ON "{HOSTILE}" TO PUBLIC', dbname="shop")
    yield c
    c.stop()


def _audit(cluster, out):
    proc = run("audit", cluster.dsn(), "--select", SELECT, "--no-sample", "-q", "-o", str(out))
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads((out / "report.json").read_text())


def _failing(report):
    return {(f["check_id"], f["object"]) for f in report["findings"] if f["status"] == "fail"}


def test_the_script_is_grouped_transactional_and_fixes_the_findings_when_run(cluster, pg15_bindir, tmp_path):
    before = _audit(cluster, tmp_path / "before")
    hostile_obj = next(o for c, o in _failing(before) if c == "GRANT-001" and "evil" in o)
    assert _failing(before) == {("ROLE-001", "role:fx_extra_su"), ("GRANT-001", "shop.public.orders"),
                                ("GRANT-001", hostile_obj), ("LOG-001", "setting:log_connections")}
    proc = run("fix-sql", str(tmp_path / "before" / "report.json"), "-o", str(tmp_path / "fix.sql"))
    assert proc.returncode == 0, proc.stderr
    script = (tmp_path / "fix.sql").read_text()
    part1, rest = script.split("-- ======== Part 2")
    part2, part3 = rest.split("-- ======== Part 3")
    # cluster-wide statements first, then one transaction in shop; ALTER SYSTEM outside any transaction
    assert part1.index('ALTER ROLE "fx_extra_su" NOSUPERUSER') < part1.index('\\connect "shop"') \
        < part1.index('REVOKE ALL ON TABLE "public"."orders" FROM PUBLIC;')
    assert part1.count("BEGIN;") == part1.count("COMMIT;") == 2
    assert "ALTER SYSTEM" not in part1 and "BEGIN" not in part2
    assert part2.strip().endswith("SELECT pg_reload_conf();") and part2.count("pg_reload_conf") == 1
    assert "-- ---- GRANT-001 [high]" in part1 and "-- shop.public.orders: PUBLIC holds INSERT, SELECT" in part1
    # the hostile name: every comment stays one line, its fix is left for a human
    assert "\nDROP TABLE keep_me" not in script and "evil\\x0aDROP TABLE keep_me; --" in part3
    for line in script.splitlines():
        assert line == "" or line.startswith(("--", "\\")) or not line.startswith("DROP")
    # the tool never ran it: nothing changed yet
    assert _failing(_audit(cluster, tmp_path / "still")) == _failing(before)
    psql = pg15_bindir / "psql"
    res = subprocess.run([str(psql), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(tmp_path / "fix.sql"),
                          cluster.dsn()], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    after = _audit(cluster, tmp_path / "after")
    assert _failing(after) == {("GRANT-001", hostile_obj)}          # the one left for a human
    assert cluster.execute("SELECT count(*) FROM keep_me", dbname="shop") == [(0,)]


def _report(*findings):
    return {"target": {"dsn": "host=db"}, "started_at": "2026-11-25T00:00:00+00:00", "checks": [],
            "findings": [{"status": "fail", "severity": "medium", "title": "t", "message": "m", "remediation": "do it",
                          **f} for f in findings]}


def test_statements_postgresql_refuses_in_a_transaction_go_to_part_2():
    for stmt in ("VACUUM (ANALYZE) t;", "CREATE INDEX CONCURRENTLY i ON t (a);", "create unique index concurrently i on t (a);",
                 "DROP DATABASE x;", "CREATE DATABASE x;", "ALTER SYSTEM SET ssl = 'on';", "REINDEX TABLE CONCURRENTLY t;",
                 "-- note\nDROP INDEX CONCURRENTLY i;", "CREATE TABLESPACE ts LOCATION '/x';"):
        assert needs_own_transaction(stmt), stmt
    for stmt in ("ALTER ROLE x NOSUPERUSER;", "REVOKE ALL ON TABLE t FROM PUBLIC;", "-- VACUUM later\nGRANT x TO y;",
                 "CREATE INDEX i ON t (a);", "ALTER TABLE t ENABLE ROW LEVEL SECURITY;"):
        assert not needs_own_transaction(stmt), stmt
    script = build_script(_report(
        {"check_id": "GRANT-009", "object": "shop.public.t", "fix_sql": "CREATE INDEX CONCURRENTLY i ON public.t (a);"},
        {"check_id": "GRANT-009", "object": "shop.public.u", "fix_sql": "ALTER TABLE public.u ENABLE ROW LEVEL SECURITY;"},
        {"check_id": "RLS-009", "object": "shop.public.v", "fix_sql": "REVOKE SELECT ON public.v FROM /* roles */;"},
        {"check_id": "SSL-009", "object": "setting:ssl_ciphers"}))
    part1, rest = script.split("-- ======== Part 2")
    part2, part3 = rest.split("-- ======== Part 3")
    assert "ENABLE ROW LEVEL SECURITY" in part1 and "CONCURRENTLY" in part2 and '\\connect "shop"' in part2
    assert "-- EDIT: complete the /* placeholder */ below before running" in part1
    assert "-- ---- SSL-009 [medium] t" in part3 and "--     do it" in part3 and "--   setting:ssl_ciphers: m" in part3


def test_identical_statements_are_written_once_with_every_finding_they_fix():
    script = build_script(_report(*({"check_id": "LOG-009", "object": f"setting:x{i}", "message": f"m{i}",
                                     "fix_sql": "ALTER SYSTEM SET log_x = 'on';"} for i in range(3))))
    assert script.count("ALTER SYSTEM SET log_x") == 1
    assert all(f"-- setting:x{i}: m{i}" in script for i in range(3)) and "(3 findings)" in script


def test_waived_and_low_findings_can_be_left_out():
    report = _report({"check_id": "A-001", "object": "role:a", "fix_sql": "ALTER ROLE a NOLOGIN;"},
                     {"check_id": "A-002", "object": "role:b", "fix_sql": "ALTER ROLE b NOLOGIN;", "status": "waived",
                      "waiver": {"approver": "CISO", "expires": "2027-01-01"}},
                     {"check_id": "A-003", "object": "role:c", "fix_sql": "ALTER ROLE c NOLOGIN;", "severity": "low"})
    default = build_script(report)
    assert "ALTER ROLE b" not in default and "1 waived finding(s) left out" in default and "ALTER ROLE c" in default
    assert "ALTER ROLE b" in build_script(report, include_waived=True)
    from auditor.model.results import Severity
    assert "ALTER ROLE c" not in build_script(report, min_severity=Severity.MEDIUM)


def test_comment_text_is_always_one_line():
    assert comment_text("a\nb\rc\u2028d\x00") == "a\\x0ab\\x0dc\\x2028d\\x00"


def test_cli_errors(tmp_path):
    (bad := tmp_path / "r.json").write_text("[]")
    assert_one_line_error(run("fix-sql", str(bad)), "not a pgcomply report")


def test_destructive_statements_are_commented_with_precondition_and_verification():
    script = build_script(_report(
        {"check_id": "SENS-001", "object": "shop.public.p.pan", "fix_sql": "ALTER TABLE public.p ADD COLUMN pan_enc bytea;\n"
         "UPDATE public.p SET pan_enc = 'x';\nALTER TABLE public.p DROP COLUMN pan;"},
        {"check_id": "SSL-001", "object": "setting:ssl", "fix_sql": "ALTER SYSTEM SET ssl = 'on';\nSELECT pg_reload_conf();"},
        {"check_id": "ROLE-009", "object": "role:old", "fix_sql": "ALTER ROLE old NOLOGIN;"},
        {"check_id": "X-001", "object": "role:x", "fix_sql": "REASSIGN OWNED BY x TO y;"},
        {"check_id": "X-002", "object": "role:x", "fix_sql": "REVOKE ALL ON TABLE public.t FROM x;"}))
    live = [line for line in script.splitlines() if line.strip() and not line.startswith(("--", "\\"))]
    assert live == ["BEGIN;", "COMMIT;", "BEGIN;", "COMMIT;"]        # cluster-wide and shop: nothing to run
    assert "-- NOT RUN (drops data)" in script and "WHERE pan IS NOT NULL" in script
    assert "-- NOT RUN (changes TLS" in script and "-- NOT RUN (changes who can log in)" in script
    assert "-- NOT RUN (takes ownership away" in script
    assert "-- NOT RUN (its database is not known)" in script         # a table's REVOKE without a \\connect
    assert "SELECT pg_reload_conf();" not in live                    # no live ALTER SYSTEM left to apply


def test_live_statements_are_idempotent_deduplicated_and_spare_the_auditing_role():
    report = _report(*({"check_id": "LOG-013", "object": f"shop.public.t{i}",
                        "fix_sql": f"CREATE ROLE auditor NOLOGIN;\nGRANT SELECT ON public.t{i} TO auditor;"} for i in range(4)),
                     {"check_id": "ROLE-008", "object": "role:alice", "fix_sql": "REVOKE pg_read_all_data FROM alice;"},
                     {"check_id": "GRANT-001", "object": "shop.public.z", "fix_sql": "REVOKE ALL ON public.z FROM alice;"},
                     {"check_id": "LOG-004", "object": "database:shop",
                      "fix_sql": '\\connect "shop"\nCREATE EXTENSION pgaudit;'})
    report["auditor"] = {"user": "alice"}
    script = build_script(report)
    assert script.count("\n    CREATE ROLE auditor NOLOGIN;") == 1 and script.count("-- (already above) CREATE ROLE") == 3
    assert "IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'auditor')" in script
    assert "REVOKE pg_read_all_data FROM alice" not in script and "[the auditing role" in script
    assert "-- LEFT OUT: a statement that changes the auditing role alice" in script
    assert "CREATE EXTENSION IF NOT EXISTS pgaudit;" in script and "current_setting('shared_preload_libraries')" in script


def test_pgaudit_settings_wait_for_pgaudit_and_the_guard_runs_where_it_is_not_loaded(cluster, pg15_bindir, tmp_path):
    report = _report({"check_id": "LOG-012", "object": "shop.public.orders",
                      "fix_sql": "ALTER SYSTEM SET \"pgaudit.log\" = 'write';\nCREATE ROLE auditor NOLOGIN;"},
                     {"check_id": "LOG-004", "object": "database:shop", "fix_sql": '\\connect "shop"\nCREATE EXTENSION pgaudit;'},
                     {"check_id": "LOG-003", "object": "setting:shared_preload_libraries"})
    script = build_script(report)
    assert "-- NOT RUN (needs pgaudit loaded" in script and "\nCREATE ROLE" not in script
    (path := tmp_path / "fix.sql").write_text(script)
    for _ in range(2):
        res = subprocess.run([str(pg15_bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(path),
                              cluster.dsn()], capture_output=True, text=True, timeout=60)
        assert res.returncode == 0, res.stderr
        assert "CREATE EXTENSION pgaudit skipped" in res.stderr
    assert cluster.execute("SELECT count(*) FROM pg_extension WHERE extname = 'pgaudit'", dbname="shop") == [(0,)]
