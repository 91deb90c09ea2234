"""`pgcomply audit --schema`: migrations (or a schema-only dump) applied to a throwaway cluster and audited, with
server-level checks not applicable, a failing migration reported by file, line and SQLSTATE (exit 2), and no
cluster left behind."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.engine.evaluate import SCHEMA_AUDIT_NA, SERVER_ONLY_AREAS
from auditor.lab.schema import migration_files, placeholder_roles, read_migration

MIGRATIONS = {
    "V1__init.sql": """\
CREATE ROLE shop_app LOGIN;
CREATE SCHEMA shop;
CREATE TABLE shop.customers (id int PRIMARY KEY, email text, ssn text);
CREATE TABLE shop.orders (id int PRIMARY KEY, customer_id int REFERENCES shop.customers, total numeric);
ALTER TABLE shop.customers OWNER TO app_owner;
""",
    "V2__grants.sql": """\
GRANT USAGE ON SCHEMA shop TO PUBLIC, shop_app;
GRANT SELECT ON shop.customers TO PUBLIC;
GRANT SELECT, INSERT ON shop.orders TO shop_app, reporting;
""",
    "V10__lookup.sql": """\
BEGIN;
CREATE FUNCTION shop.lookup(p int) RETURNS text LANGUAGE sql SECURITY DEFINER
    AS $$ SELECT email FROM shop.customers WHERE id = p $$;
CREATE FUNCTION shop.safe_lookup(p int) RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
    AS $$ SELECT email FROM shop.customers WHERE id = p $$;
COMMIT;
""",
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def _audit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "auditor", "audit", *args], capture_output=True, text=True,
                          timeout=300, check=False)


def _fails(report: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in report["findings"]:
        if f["status"] == "fail":
            out.setdefault(f["check_id"], []).append(f["object"])
    return {k: sorted(v) for k, v in out.items()}


@pytest.fixture(scope="module", params=[15, 18], ids=["pg15", "pg18"])
def planted(request, tmp_path_factory):
    if request.param == 15:
        request.getfixturevalue("pg15_bindir")
    else:
        request.getfixturevalue("pg18_bindir")
    tmp = tmp_path_factory.mktemp(f"schema{request.param}")
    folder = _write(tmp / "migrations", MIGRATIONS)
    out = tmp / "out"
    proc = _audit("--schema", str(folder), "--pg-version", str(request.param), "-o", str(out), "--fail-on", "high",
                  "-q")
    return proc, json.loads((out / "report.json").read_text()), request.param


def test_schema_audit_names_the_planted_weaknesses(planted):
    proc, report, _ = planted
    assert proc.returncode == 1, proc.stderr
    fails = _fails(report)
    assert fails["GRANT-001"] == ["app.shop.customers"]                         # SELECT to PUBLIC
    assert fails["GRANT-008"] == ["function:app.shop.lookup(p integer)"]        # definer without search_path
    assert fails["RLS-002"] == ["app.shop.customers", "app.shop.orders"]        # personal data, no RLS
    assert fails["GRANT-012"] == ["app.shop.customers.email", "app.shop.customers.ssn"]
    assert "gate failed" in proc.stderr


def test_schema_audit_marks_server_level_checks_not_applicable(planted):
    _, report, _ = planted
    server = [f for f in report["findings"] if f["area"] in SERVER_ONLY_AREAS]
    assert server and {(f["status"], f["message"]) for f in server} == {("not_applicable", SCHEMA_AUDIT_NA)}
    assert "backup" in SERVER_ONLY_AREAS and "BAK-001" in {f["check_id"] for f in server}   # WAL archiving: the server
    assert {c["area"] for c in report["checks"] if c["status"] == "not_applicable"} >= SERVER_ONLY_AREAS
    assert not [f for f in report["findings"] if f["area"] not in SERVER_ONLY_AREAS and f["message"] == SCHEMA_AUDIT_NA]


def test_schema_audit_says_what_was_audited(planted):
    proc, report, version = planted
    schema = report["target"]["schema"]
    assert [Path(f).name for f in schema["files"]] == ["V1__init.sql", "V2__grants.sql", "V10__lookup.sql"]
    assert schema["placeholder_roles"] == ["app_owner", "reporting"]
    texts = {w["id"]: w["text"] for w in report["warnings"]}
    assert texts["schema_audit"].startswith(f"schema from {Path(schema['source'])} applied to PostgreSQL {version}.")
    assert texts["placeholder_roles"].endswith("NOLOGIN placeholders: app_owner, reporting")
    assert "superuser" not in texts                       # audited as the least-privilege role
    assert report["target"]["databases"] == ["app"]
    assert "placeholders: app_owner, reporting" in proc.stderr


def test_schema_audit_broken_migration_exits_2_naming_file_and_line(tmp_path, pg15_bindir):
    folder = _write(tmp_path / "m", {"001_init.sql": "CREATE TABLE t (id int);\n",
                                     "002_broken.sql": "CREATE TABLE u (id int);\n\nSELECT * FROM nope;\n"})
    out = tmp_path / "out"
    proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(out))
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if "002_broken.sql" in ln]
    assert len(lines) == 1 and "failed at line 3: SQLSTATE 42P01" in lines[0] and '"nope"' in lines[0], proc.stderr
    assert not (out / "report.json").exists()             # the partial state is not audited


def test_schema_audit_accepts_a_schema_only_dump(tmp_path, fresh_db, pg15_bindir):
    fresh_db.execute("CREATE ROLE dump_owner NOLOGIN" if not fresh_db.execute(
        "SELECT 1 FROM pg_roles WHERE rolname = 'dump_owner'") else "SELECT 1")
    fresh_db.execute("CREATE TABLE public.patients (id int, email text, diagnosis text);"
                     "ALTER TABLE public.patients OWNER TO dump_owner; GRANT SELECT ON public.patients TO PUBLIC")
    dump = tmp_path / "schema.sql"
    c = fresh_db.cluster
    subprocess.run([str(pg15_bindir / "pg_dump"), "--schema-only", "-h", str(c.socket_dir), "-p", str(c.port),
                    "-U", c.superuser, "-f", str(dump), fresh_db.name], check=True, capture_output=True)
    out = tmp_path / "out"
    proc = _audit("--schema", str(dump), "--pg-version", "15", "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert _fails(report)["GRANT-001"] == ["app.public.patients"]
    assert report["target"]["schema"]["placeholder_roles"] == ["dump_owner"]


def test_schema_audit_refuses_a_dsn_too(tmp_path):
    proc = _audit("--schema", str(_write(tmp_path / "m", {"a.sql": "SELECT 1;"})), "host=127.0.0.1")
    assert proc.returncode == 2 and "--schema audits a throwaway server" in proc.stderr


def test_migration_order_versions_numerically_then_lexically(tmp_path):
    names = ["V10__c.sql", "V2__b.sql", "V1.1__a2.sql", "V1__a.sql", "R__views.sql", "notes.txt"]
    folder = _write(tmp_path / "flyway", {n: "SELECT 1;" for n in names})
    assert [p.name for p in migration_files([folder])] == ["V1__a.sql", "V1.1__a2.sql", "V2__b.sql", "V10__c.sql",
                                                            "R__views.sql"]
    folder = _write(tmp_path / "plain", {n: "SELECT 1;" for n in ["010_c.sql", "002_b.sql", "001_a.sql"]})
    assert [p.name for p in migration_files([folder])] == ["001_a.sql", "002_b.sql", "010_c.sql"]


def test_migration_roles_and_own_transactions_are_read_with_the_parser(tmp_path):
    a = tmp_path / "a.sql"
    a.write_text("\\restrict abc\nCREATE ROLE made;\nGRANT SELECT ON t TO PUBLIC, made, named;\n"
                 "ALTER TABLE t OWNER TO owner_x;\nCREATE POLICY p ON t TO pol_role USING (true);\n")
    b = tmp_path / "b.sql"
    b.write_text("BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (x);\nCOMMIT;\n")
    ma, mb = read_migration(a), read_migration(b)
    assert placeholder_roles([ma, mb]) == ["named", "owner_x", "pol_role"]
    assert (ma.own_transaction, mb.own_transaction) == (False, True)


def test_schema_audit_with_a_baseline_gates_on_what_a_new_migration_adds(planted, tmp_path):
    _, report, version = planted
    if version != 15:
        pytest.skip("one server version is enough for the gate")
    base = tmp_path / "baseline.json"
    base.write_text(json.dumps(report))
    folder = _write(tmp_path / "m", MIGRATIONS | {"V11__more.sql": "GRANT SELECT ON shop.orders TO PUBLIC;\n"})
    proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(tmp_path / "out"), "--fail-on", "high",
                  "--baseline", str(base), "-q")
    gate = json.loads((tmp_path / "out" / "report.json").read_text())["gate"]
    assert gate["new_failures"] == [["GRANT-001", "app.shop.orders"]], proc.stderr
    assert "not of this target" not in proc.stderr
