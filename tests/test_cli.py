"""The `pgcomply` command as users run it: exit codes, one-line errors, no tracebacks, no passwords."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.collect.connect import mask_dsn


def run(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, timeout=120,
                          env=env, cwd=cwd)


def assert_one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("pgcomply: error: ")
    assert "Traceback" not in proc.stderr
    for n in needles:
        assert n in lines[0]


@pytest.fixture(scope="module")
def pw_cluster(make_cluster):
    """A cluster that asks for passwords over TCP."""
    c = make_cluster(hba="host all all 127.0.0.1/32 scram-sha-256\n", password="S3cret-admin")
    c.execute("CREATE ROLE cli_user LOGIN PASSWORD 'right-horse-battery'")
    yield c
    c.stop()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_malformed_dsn():
    assert_one_line_error(run("audit", "host=localhost port", "-o", "/tmp/x"), "invalid connection string")


def test_unreachable_host():
    proc = run("audit", f"host=127.0.0.1 port={_closed_port()} user=x connect_timeout=3", "-o", "/tmp/x")
    assert_one_line_error(proc, "Connection refused")


def test_wrong_password_never_echoes_it(pw_cluster, tmp_path):
    proc = run("audit", pw_cluster.dsn(user="cli_user", password="wrong-horse"), "-o", str(tmp_path))
    assert_one_line_error(proc, "password authentication failed", "cli_user")
    assert "wrong-horse" not in proc.stderr + proc.stdout


def test_bad_policy_file(tmp_path):
    bad = tmp_path / "pgcomply.toml"
    bad.write_text('[thresholds]\ncert_expiry_days = 30\nno_such_key = 1\n')
    proc = run("audit", "host=127.0.0.1", "--policy", str(bad), "-o", str(tmp_path))
    assert_one_line_error(proc, f"{bad}:3", "no_such_key")
    bad.write_text("select = [\n")
    assert_one_line_error(run("audit", "--policy", str(bad)), "invalid TOML")


def test_unknown_check_selector_is_a_usage_error():
    assert_one_line_error(run("audit", "host=127.0.0.1", "--select", "NOPE-999"), "NOPE-999")


def test_audit_writes_json_and_gates_on_severity(pw_cluster, tmp_path):
    dsn = pw_cluster.dsn(user="postgres", password="S3cret-admin")
    proc = run("audit", dsn, "-o", str(tmp_path), "--format", "json")
    assert proc.returncode == 0, proc.stderr                      # default: nothing fails the run
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["tool"]["name"] == "pgcomply"
    assert {"schema_version", "target", "started_at", "finished_at", "duration_s", "score", "findings"} <= report.keys()
    assert report["target"]["server_version"].startswith("15.")
    assert report["target"]["current_user"] == "postgres" and report["target"]["is_superuser"] is True
    finding = report["findings"][0]
    assert {"check_id", "title", "area", "severity", "status", "object", "message", "evidence",
            "remediation", "references"} <= finding.keys()
    # ssl is off in this cluster: a high finding, so --fail-on high exits 1 and --fail-on critical does not
    assert run("audit", dsn, "-o", str(tmp_path), "--fail-on", "high", "-q").returncode == 1
    assert run("audit", dsn, "-o", str(tmp_path), "--fail-on", "critical", "-q").returncode == 0
    for path in tmp_path.iterdir():
        assert "S3cret-admin" not in path.read_text()


def test_collect_then_evaluate_offline(pw_cluster, tmp_path):
    snap = tmp_path / "snap.json"
    dsn = pw_cluster.dsn(user="postgres", password="S3cret-admin")
    assert run("collect", dsn, "-o", str(snap)).returncode == 0
    assert "S3cret-admin" not in snap.read_text()
    proc = run("evaluate", str(snap), "-o", str(tmp_path / "out"), "--select", "ssl", "--fail-on", "high")
    assert proc.returncode == 1
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    ids = {f["check_id"] for f in report["findings"]}
    assert "SSL-001" in ids and all(i.startswith("SSL-") for i in ids)
    (snap_bad := tmp_path / "bad.json").write_text('{"kind": "something-else"}')
    assert_one_line_error(run("evaluate", str(snap_bad)), "not a pgcomply snapshot")


def test_env_vars_like_psql(pw_cluster, tmp_path):
    """No DSN: PGHOST/PGPORT/PGUSER/PGPASSWORD are honoured, as in psql."""
    import os
    env = {**os.environ, "PGHOST": "127.0.0.1", "PGPORT": str(pw_cluster.port), "PGUSER": "postgres",
           "PGPASSWORD": "S3cret-admin", "PGDATABASE": "postgres"}
    proc = run("audit", "-o", str(tmp_path), "-q", env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "report.json").read_text())["target"]["port"] == pw_cluster.port


def test_pgpass_file_like_psql(pw_cluster, tmp_path):
    import os
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pw_cluster.port}:*:postgres:S3cret-admin\n")
    pgpass.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")} | {"PGPASSFILE": str(pgpass)}
    proc = run("audit", f"host=127.0.0.1 port={pw_cluster.port} user=postgres dbname=postgres", "-o", str(tmp_path),
               "-q", env=env)
    assert proc.returncode == 0, proc.stderr


def test_checks_lists_every_check_with_references():
    proc = run("checks", "--json")
    assert proc.returncode == 0
    checks = json.loads(proc.stdout)
    assert {c["area"] for c in checks} >= {"ssl", "passwords", "roles", "grants", "rls", "audit_logging", "server", "backup"}
    assert all(c["references"] for c in checks)
    by_id = {c["id"]: c for c in checks}
    assert by_id["RLS-001"]["since"] == "0.1.0"
    assert all(c["since"] for c in checks)


def test_explain_shows_rationale_fix_references_and_since():
    proc = run("explain", "RLS-001")
    assert proc.returncode == 0
    assert proc.stdout.startswith("RLS-001  rls.policy_always_true  [high]\n")
    assert "Why it matters\n" in proc.stdout and "How to fix\n" in proc.stdout
    assert "  cis: 4.7\n" in proc.stdout
    assert proc.stdout.endswith("Since\n  pgcomply 0.1.0\n\n")


def test_mask_dsn_hides_passwords():
    assert "hunter2" not in mask_dsn("host=db password=hunter2 user=a")
    assert "hunter2" not in mask_dsn("postgresql://a:hunter2@db:5432/x")
    assert mask_dsn("host=db port") == "<invalid DSN>"


# -- psql's connection flags, --help, -V, and no exit 0 without doing the job --------------------------------

def _env_without_pg(**extra: str) -> dict:
    import os
    return {k: v for k, v in os.environ.items() if not k.startswith(("PG", "PGCOMPLY_"))} | extra


def test_psql_flags_connect_and_override_the_dsn(pw_cluster, tmp_path):
    pw_cluster.execute("DROP DATABASE IF EXISTS shop")
    pw_cluster.execute("CREATE DATABASE shop")
    env = _env_without_pg(PGPASSWORD="S3cret-admin", PGHOST="127.0.0.1", PGPORT=str(_closed_port()), PGUSER="nobody")
    # the DSN and PG* name a dead port and a wrong user: -h/-p/-U/-d override the same keys
    dead = f"host=127.0.0.1 port={_closed_port()} user=nobody dbname=nowhere connect_timeout=5"
    proc = run("audit", dead, "-h", "127.0.0.1", "-p", str(pw_cluster.port), "-U", "postgres", "-d", "shop",
               "--no-sample", "--select", "ssl", "-q", "-o", str(tmp_path / "a"), env=env)
    assert proc.returncode == 0, proc.stderr
    target = json.loads((tmp_path / "a" / "report.json").read_text())["target"]
    assert target["port"] == pw_cluster.port and target["current_user"] == "postgres"
    assert "dbname=shop" in target["dsn"] and "user=postgres" in target["dsn"]
    # -d is the database connected to first, like dbname= in the DSN: shop is audited, and so is every other one
    assert set(target["databases"]) == {"postgres", "shop", "template1"}
    # --database narrows the audit, whatever -d says
    proc = run("audit", "-h", "127.0.0.1", "-p", str(pw_cluster.port), "-U", "postgres", "-d", "postgres",
               "--database", "shop", "--no-sample", "--select", "ssl", "-q", "-o", str(tmp_path / "b"), env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "b" / "report.json").read_text())["target"]["databases"] == ["shop"]
    # long forms, and collect takes the same flags
    snap = tmp_path / "snap.json"
    proc = run("collect", "--host", "127.0.0.1", "--port", str(pw_cluster.port), "--username", "postgres",
               "--dbname", "shop", "--database", "shop", "--no-sample", "-o", str(snap), env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(snap.read_text())
    assert data["target"]["port"] == pw_cluster.port and "dbname=shop" in data["target"]["dsn"]
    assert [d["name"] for d in data["databases"] if d["collected"]] == ["shop"]


def test_psql_flags_reach_libpq_and_fail_in_one_line(pw_cluster, tmp_path):
    env = _env_without_pg(PGPASSWORD="S3cret-admin")
    base = ("-h", "127.0.0.1", "-p", str(pw_cluster.port))
    assert_one_line_error(run("audit", *base, "-U", "no_such_user", "-o", str(tmp_path), env=env),
                          'password authentication failed for user "no_such_user"')
    assert_one_line_error(run("audit", *base, "-U", "postgres", "-d", "no_such_db", "-o", str(tmp_path), env=env),
                          'database "no_such_db" does not exist')
    # a value with spaces and quotes stays one value (psycopg builds the conninfo, nothing is concatenated)
    assert_one_line_error(run("audit", *base, "-U", "postgres", "-d", "x' host='evil", "-o", str(tmp_path), env=env),
                          "database \"x' host='evil\" does not exist")
    assert_one_line_error(run("audit", "-h", "127.0.0.1", "-p", str(_closed_port()), "-o", str(tmp_path), env=env),
                          "Connection refused")
    # -d once only: it used to be the repeatable "audit only this database"
    assert_one_line_error(run("audit", *base, "-d", "a", "-d", "b", "-o", str(tmp_path), env=env),
                          "-d/--dbname is the one database to connect to", "--database")
    targets = tmp_path / "t.txt"
    targets.write_text(f"host=127.0.0.1 port={pw_cluster.port} user=postgres\n")
    assert_one_line_error(run("audit", "--targets", str(targets), "-h", "127.0.0.1", "-o", str(tmp_path), env=env),
                          "--targets", "-h/-p/-U/-d")


def test_help_is_double_dash_only_and_minus_h_is_the_host():
    for args in (("--help",), ("audit", "--help"), ("collect", "--help"), ("verify", "--help"), ("role-sql", "--help")):
        proc = run(*args)
        assert proc.returncode == 0 and proc.stdout.startswith("Usage: "), args
    assert "-h, --host TEXT" in run("audit", "--help").stdout
    assert "-h, --help" not in run("--help").stdout
    # `-h` takes a value: alone it is a usage error, never a help page with exit 0
    proc = run("audit", "-h")
    assert proc.returncode == 2 and "Option '-h' requires an argument" in proc.stderr and proc.stdout == ""
    proc = run("checks", "-h")
    assert proc.returncode == 2 and "No such option" in proc.stderr and "-h" in proc.stderr and proc.stdout == ""


def test_version_flag():
    from auditor import __version__
    for flag in ("-V", "--version"):
        proc = run(flag)
        assert proc.returncode == 0 and proc.stdout == f"pgcomply, version {__version__}\n"


def test_no_command_is_a_usage_error():
    proc = run()
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("Usage: ") and "Commands:" in proc.stderr


def test_role_sql_takes_psql_flags():
    proc = run("role-sql", "-U", "aud", "-d", "shop", "--dbname", "crm", "--no-sample")
    assert proc.returncode == 0, proc.stderr
    assert 'CREATE ROLE "aud" LOGIN;' in proc.stdout
    assert [line for line in proc.stdout.splitlines() if line.startswith("\\connect")] == ['\\connect "shop"',
                                                                                            '\\connect "crm"']
    assert run("role-sql", "--username", "aud").stdout == run("role-sql", "--role", "aud").stdout
    default = run("role-sql").stdout
    assert [line for line in default.splitlines() if line.startswith("\\connect")] == ['\\connect "postgres"']


@pytest.mark.parametrize("code, status, stderr", [(3, 3, ""), (None, 0, ""), ("bad thing", 1, "bad thing\n")])
def test_exit_skips_teardown_but_runs_atexit_and_flushes(code, status, stderr, tmp_path):
    """The console entry ends with os._exit (no freeing of the snapshot object by object): atexit handlers still
    run, buffered output still arrives, temporary directories are still removed, the status is sys.exit's."""
    script = ("import atexit, sys, tempfile\n"
              "from auditor.cli.process_exit import exit_without_teardown\n"
              "atexit.register(lambda: print('atexit ran'))\n"
              f"kept = tempfile.TemporaryDirectory(dir={str(tmp_path)!r})\n"
              "sys.stdout.write('buffered, ')\n"
              f"exit_without_teardown({code!r})\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (status, "buffered, atexit ran\n", stderr)
    assert list(tmp_path.iterdir()) == []
