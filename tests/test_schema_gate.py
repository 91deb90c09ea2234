"""The schema audit as a pull-request gate: each finding names the migration file and line behind its object (every
format; SARIF points at the file), the commit, a baseline schema that gates only what a change adds, seed data for
sampling, missing extensions, and Sqitch's plan order. Real throwaway clusters (PG15 Debian, PG18 wheel)."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from auditor.engine.evaluate import UNSEEDED_NA, UNSEEDED_SKIP
from auditor.lab.schema_files import migration_files, repo_path
from auditor.lab.schema_origins import read_origins
from auditor.render.md import esc
from auditor.render.sarif import fingerprint

from .test_render_formats import check_sarif

MIGRATIONS = {
    "V1__init.sql": """\
CREATE ROLE shop_app LOGIN;
CREATE SCHEMA shop;
-- customers hold personal data
CREATE TABLE shop.customers (id int PRIMARY KEY, email text, ssn text, notes text);
CREATE TABLE shop.orders (id int PRIMARY KEY, customer_id int REFERENCES shop.customers, total numeric);
""",
    "V2__grants.sql": """\
GRANT USAGE ON SCHEMA shop TO PUBLIC, shop_app;

/* the leak */ GRANT SELECT ON shop.customers TO PUBLIC;
GRANT SELECT, INSERT ON shop.orders TO shop_app;
""",
    "V10__lookup.sql": """\
BEGIN;
SET search_path = shop;
CREATE FUNCTION lookup(p int) RETURNS text LANGUAGE sql SECURITY DEFINER
    AS $$ SELECT email FROM shop.customers WHERE id = p $$;
COMMIT;
""",
}
EXPECTED = {   # (check, object) -> migration file:line
    ("GRANT-001", "app.shop.customers"): "db/migrations/V2__grants.sql:3",
    ("GRANT-008", "function:app.shop.lookup(p integer)"): "db/migrations/V10__lookup.sql:3",
    ("GRANT-012", "app.shop.customers.email"): "db/migrations/V2__grants.sql:3",
    ("GRANT-012", "app.shop.customers.ssn"): "db/migrations/V2__grants.sql:3",
    ("GRANT-013", "function:app.shop.lookup(p integer)"): "db/migrations/V10__lookup.sql:3",
    ("RLS-002", "app.shop.customers"): "db/migrations/V1__init.sql:4",
    ("RLS-002", "app.shop.orders"): "db/migrations/V1__init.sql:5",
    ("SENS-002", "app.shop.customers.ssn"): "db/migrations/V1__init.sql:4",
    ("SENS-004", "app.shop.customers"): "db/migrations/V1__init.sql:4",
}


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


def _git_repo(root: Path, files: dict[str, str]) -> tuple[Path, str]:
    """A repository holding db/migrations/<files>, committed; its HEAD."""
    folder = _write(root / "db" / "migrations", files)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    for cmd in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "schema"]):
        subprocess.run(["git", "-C", str(root), *cmd], check=True, capture_output=True, env=env)
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], check=True, capture_output=True, text=True)
    return folder, head.stdout.strip()


def _audit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("GITHUB_SHA", "CI_COMMIT_SHA")}
    return subprocess.run([sys.executable, "-m", "auditor", "audit", *args], capture_output=True, text=True,
                          timeout=300, check=False, env={**clean, **(env or {})})


def _fails(report: dict) -> dict[tuple[str, str], dict]:
    return {(f["check_id"], f["object"]): f for f in report["findings"] if f["status"] == "fail"}


@pytest.fixture(scope="module", params=[15, 18], ids=["pg15", "pg18"])
def traced(request, tmp_path_factory):
    request.getfixturevalue("pg15_bindir" if request.param == 15 else "pg18_bindir")
    root = tmp_path_factory.mktemp(f"repo{request.param}")
    folder, head = _git_repo(root, MIGRATIONS)
    out = root / "out"
    proc = _audit("--schema", str(folder), "--pg-version", str(request.param), "-o", str(out), "--fail-on", "high",
                  "--format", "json,sarif,md,csv,junit,html")
    return proc, json.loads((out / "report.json").read_text()), out, head


def test_schema_gate_each_finding_names_the_migration_file_and_line(traced):
    proc, report, _, _ = traced
    assert proc.returncode == 1, proc.stderr
    fails = _fails(report)
    assert {k: f"{f['origin']['file']}:{f['origin']['line']}" for k, f in fails.items() if "origin" in f} == EXPECTED
    assert fails[("GRANT-001", "app.shop.customers")]["origin"]["statement"] == "GRANT"
    assert fails[("RLS-002", "app.shop.orders")]["origin"]["statement"] == "CREATE TABLE"
    assert "(db/migrations/V2__grants.sql:3)" in proc.stdout                 # console


def test_schema_gate_sarif_points_at_the_migration_and_keeps_fingerprints(traced):
    _, report, out, _ = traced
    doc = json.loads((out / "report.sarif").read_text())
    check_sarif(doc)                                 # the SARIF schema and GitHub's ingestion rules
    by_key = {(r["ruleId"], r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]): r
              for r in doc["runs"][0]["results"] if r["kind"] == "fail"}
    for (check, obj), where in EXPECTED.items():
        res = by_key[(check, obj)]
        loc = res["locations"][0]["physicalLocation"]
        assert f"{loc['artifactLocation']['uri']}:{loc['region']['startLine']}" == where
        assert res["partialFingerprints"]["pgcomplyObject/v1"] == fingerprint(check, obj)
    untraced = [r for (c, o), r in by_key.items() if (c, o) not in EXPECTED]
    for r in untraced:                               # no migration line: the object's pseudo-path, as before
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("pgcomply/"), r


def test_schema_gate_every_format_shows_the_migration_line(traced):
    _, report, out, head = traced
    md = (out / "report.md").read_text()
    assert f"`{esc('db/migrations/V2__grants.sql:3')}`" in md and "| Migration |" in md
    assert f"at commit `{head}`" in md
    assert report["target"]["schema"]["commit"] == head
    rows = list(csv.DictReader((out / "findings.csv").read_text("utf-8-sig").splitlines()))
    assert {r["migration"] for r in rows if r["check_id"] == "RLS-002"} == {"db/migrations/V1__init.sql:4",
                                                                             "db/migrations/V1__init.sql:5"}
    junit = ET.parse(out / "report.junit.xml").getroot()
    texts = [c.find("failure").text for c in junit.iter("testcase") if c.find("failure") is not None
             and c.get("name") == "GRANT-001 app.shop.customers"]
    assert texts and "migration: db/migrations/V2__grants.sql:3 (GRANT)" in texts[0]
    html = (out / "report.html").read_text()
    assert "db/migrations/V10__lookup.sql:3" in html and f"at commit {head[:12]}" in html      # the cover


def test_schema_gate_without_seed_says_sampling_had_no_values(traced):
    _, report, _, _ = traced
    assert report["target"]["schema"]["seeded"] is False
    assert "schema_unseeded" in {w["id"] for w in report["warnings"]}
    na = {f["check_id"]: f["message"] for f in report["findings"] if f["status"] == "not_applicable"
          and f["area"] == "sensitive_data"}
    assert na["SENS-001"] == na["SENS-003"] == UNSEEDED_NA and "SENS-006" not in na
    assert na["SENS-005"] == UNSEEDED_SKIP          # a free-text column with no rows is no pass


def test_schema_gate_baseline_schema_gates_only_what_the_change_adds(tmp_path, pg15_bindir):
    base, _ = _git_repo(tmp_path / "base", MIGRATIONS)
    head, _ = _git_repo(tmp_path / "head", MIGRATIONS | {"V11__more.sql": "\nGRANT SELECT ON shop.orders TO PUBLIC;\n"})
    out = tmp_path / "out"
    proc = _audit("--schema", str(head), "--baseline-schema", str(base), "--pg-version", "15", "-o", str(out),
                  "--fail-on", "high", "--format", "json,md")
    assert proc.returncode == 1, proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["gate"]["new_failures"] == [["GRANT-001", "app.shop.orders"]]
    assert report["gate"]["reasons"][0].startswith("1 new failing finding(s)")
    new = _fails(report)[("GRANT-001", "app.shop.orders")]
    assert (new["origin"]["file"], new["origin"]["line"]) == ("db/migrations/V11__more.sql", 2)
    md = (out / "report.md").read_text()
    assert "| Since baseline |" in md and "**new**" in md and "existing" in md
    assert "compared with the baseline schema" in md
    assert proc.stdout.splitlines()[0].startswith("NEW app.shop.orders")        # console: new first


def test_schema_gate_baseline_schema_with_nothing_new_passes(tmp_path, pg15_bindir):
    base, _ = _git_repo(tmp_path / "base", MIGRATIONS)
    proc = _audit("--schema", str(base), "--baseline-schema", str(base), "--pg-version", "15", "-o",
                  str(tmp_path / "out"), "--fail-on", "high", "-q")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "out" / "report.json").read_text())["gate"]["new_failures"] == []


def _commit(root: Path, files: dict[str, str]) -> None:
    _write(root / "db" / "migrations", files)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    for cmd in (["add", "."], ["commit", "-q", "-m", "more"]):
        subprocess.run(["git", "-C", str(root), *cmd], check=True, capture_output=True, env=env)


def test_schema_gate_baseline_ref_audits_the_same_paths_at_the_base_commit(tmp_path, pg15_bindir):
    folder, _ = _git_repo(tmp_path / "repo", MIGRATIONS)
    _commit(tmp_path / "repo", {"V11__more.sql": "GRANT SELECT ON shop.orders TO PUBLIC;\n"})
    out = tmp_path / "out"
    proc = _audit("--schema", str(folder), "--baseline-ref", "HEAD~1", "--pg-version", "15", "-o", str(out),
                  "--fail-on", "high", "--format", "json,md")
    assert proc.returncode == 1, proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["gate"]["new_failures"] == [["GRANT-001", "app.shop.orders"]]
    assert report["target"]["schema"]["baseline"] == "git HEAD~1"
    proc = _audit("--schema", str(folder), "--baseline-ref", "no-such-branch", "--pg-version", "15")
    assert proc.returncode == 2 and "--baseline-ref no-such-branch: no such commit" in proc.stderr


def test_schema_gate_baseline_ref_without_the_folder_counts_everything_new(tmp_path, pg15_bindir):
    root = tmp_path / "repo"
    _, base = _git_repo(root, {"../../README": "the base commit has no db/migrations\n"})
    _commit(root, {"V1__t.sql": "CREATE TABLE public.t (id int);\nGRANT SELECT ON public.t TO PUBLIC;\n"})
    proc = _audit("--schema", str(root / "db" / "migrations"), "--baseline-ref", base, "--pg-version", "15",
                  "-o", str(tmp_path / "out"), "--fail-on", "high", "-q")
    assert proc.returncode == 1, proc.stderr
    gate = json.loads((tmp_path / "out" / "report.json").read_text())["gate"]
    assert ["GRANT-001", "app.public.t"] in gate["new_failures"]


def test_schema_gate_seed_data_lets_sampling_find_personal_data_in_free_text(tmp_path, pg15_bindir):
    folder = _write(tmp_path / "m", {"001.sql": "CREATE TABLE public.tickets (id int PRIMARY KEY, notes text);\n"})
    seed = tmp_path / "seed.sql"
    seed.write_text("INSERT INTO public.tickets SELECT g, 'call me at jane.doe' || g || '@example.com please' "
                    "FROM generate_series(1, 50) g;\n")
    runs = {}
    for name, extra in (("seeded", ["--seed", str(seed)]), ("empty", [])):
        out = tmp_path / name
        proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(out), "-q", *extra)
        assert proc.returncode == 0, proc.stderr
        runs[name] = json.loads((out / "report.json").read_text())
    assert [o for (c, o) in _fails(runs["seeded"]) if c == "SENS-005"] == ["app.public.tickets.notes"]
    assert not [o for (c, o) in _fails(runs["empty"]) if c == "SENS-005"]
    assert runs["seeded"]["target"]["schema"]["seeded"] is True
    assert "schema_unseeded" not in {w["id"] for w in runs["seeded"]["warnings"]}
    blob = json.dumps(runs["seeded"])
    assert "jane.doe" not in blob                      # sampled values never reach the report


def test_schema_gate_missing_extension_is_skipped_and_the_audit_is_partial(tmp_path, pg15_bindir):
    """The run goes on without an extension the throwaway server lacks: the rest of the schema is audited (its PUBLIC
    grant fails), the report is partial (exit 3) with a gap naming the extension, file and line, and a SQL function
    calling it is still created (function bodies unchecked, as pg_dump does)."""
    folder = _write(tmp_path / "m", {
        "001_init.sql": "CREATE TABLE t (id int, email text);\n",
        "002_ext.sql": "-- needs it\nCREATE EXTENSION IF NOT EXISTS no_such_ext\n  WITH SCHEMA public;\n"
                       "CREATE EXTENSION pg_trgm;\n"
                       "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT no_such_ext_fn()';\n",
        "003_grant.sql": "GRANT SELECT ON t TO PUBLIC;\n"})
    out = tmp_path / "out"
    proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(out), "--format", "json")
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads((out / "report.json").read_text())
    assert report["complete"] is False
    [gap] = [g for g in report["gaps"] if g["item"].startswith("extension:")]
    where = f"{repo_path(folder / '002_ext.sql')}:2"
    assert gap["item"] == "extension:no_such_ext" and where in gap["detail"] and gap["fault"] is True
    assert ("GRANT-001", "app.public.t") in _fails(report)          # the rest of the schema was audited
    assert "no_such_ext" in proc.stderr


def test_schema_gate_migration_needing_a_missing_extension_exits_2_naming_both(tmp_path, pg15_bindir):
    """A later migration that uses the skipped extension's type fails with its own file and line, and the message
    names the extension that was skipped and where; nothing is audited."""
    folder = _write(tmp_path / "m", {
        "001_ext.sql": "CREATE EXTENSION no_such_ext;\n",
        "002_use.sql": "-- uses its type\nCREATE TABLE t (id int, v no_such_type);\n"})
    proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(tmp_path / "out"))
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if "002_use.sql" in ln]
    assert len(lines) == 1, proc.stderr
    assert f"{repo_path(folder / '002_use.sql')}" in lines[0] and "line 2" in lines[0]
    assert f"no_such_ext ({repo_path(folder / '001_ext.sql')}:1)" in lines[0]
    assert not (tmp_path / "out" / "report.json").exists()


def test_schema_gate_sqitch_plan_order_and_origins(tmp_path, pg15_bindir):
    plan = ("%syntax-version=1.0.0\n%project=shop\n\nschema 2026-01-01T00:00:00Z t <t@x> # the schema\n"
            "tables [schema] 2026-01-02T00:00:00Z t <t@x>\n@v1.0 2026-01-03T00:00:00Z t <t@x>\n"
            "grants [tables] 2026-01-04T00:00:00Z t <t@x>\n"
            "tables [tables@v1.0] 2026-01-05T00:00:00Z t <t@x> # reworked\n")
    folder = _write(tmp_path / "sq", {
        "sqitch.plan": plan, "deploy/schema.sql": "BEGIN;\nCREATE SCHEMA shop;\nCOMMIT;\n",
        "deploy/tables@v1.0.sql": "BEGIN;\nCREATE TABLE shop.notes (id int);\nCOMMIT;\n",
        "deploy/tables.sql": "BEGIN;\nALTER TABLE shop.notes ADD COLUMN body text;\nCOMMIT;\n",
        "deploy/grants.sql": "BEGIN;\nGRANT SELECT ON shop.notes TO PUBLIC;\nCOMMIT;\n",
        "revert/schema.sql": "DROP SCHEMA shop;\n"})
    assert [p.relative_to(folder).as_posix() for p in migration_files([folder])] == [
        "deploy/schema.sql", "deploy/tables@v1.0.sql", "deploy/grants.sql", "deploy/tables.sql"]
    proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(tmp_path / "out"), "-q")
    assert proc.returncode == 0, proc.stderr
    f = _fails(json.loads((tmp_path / "out" / "report.json").read_text()))[("GRANT-001", "app.shop.notes")]
    assert f["origin"]["file"].endswith("deploy/grants.sql") and f["origin"]["line"] == 2


def test_schema_gate_sqitch_plan_naming_a_missing_script_is_a_usage_error(tmp_path):
    folder = _write(tmp_path / "sq", {"sqitch.plan": "%project=x\nnope 2026-01-01T00:00:00Z t <t@x>\n"})
    proc = _audit("--schema", str(folder))
    assert proc.returncode == 2 and "plans 'nope'" in proc.stderr and "does not exist" in proc.stderr


def test_schema_gate_commit_option_env_and_validation(tmp_path, pg15_bindir):
    folder = _write(tmp_path / "m", {"001.sql": "CREATE TABLE t (id int);\n"})
    proc = _audit("--schema", str(folder), "--pg-version", "15", "-o", str(tmp_path / "a"), "-q",
                  env={"GITHUB_SHA": "ABCDEF1234567"})
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "a" / "report.json").read_text())["target"]["schema"]["commit"] == "abcdef1234567"
    proc = _audit("--schema", str(folder), "--commit", "not a sha")
    assert proc.returncode == 2 and "--commit 'not a sha': not a commit hash" in proc.stderr


def test_schema_gate_companion_options_need_schema(tmp_path):
    seed = tmp_path / "s.sql"
    seed.write_text("SELECT 1;")
    proc = _audit("host=127.0.0.1", "--seed", str(seed), "--commit", "abcdef1")
    assert proc.returncode == 2 and "--seed, --commit apply to --schema only" in proc.stderr
    proc = _audit("--schema", str(seed), "--baseline-schema", str(seed), "--baseline", str(seed))
    assert proc.returncode == 2 and "give one of --baseline" in proc.stderr


def test_schema_gate_origins_follow_search_path_comments_and_utf8_offsets(tmp_path):
    f = tmp_path / "m.sql"
    f.write_text("\\restrict abc\n-- héllo wörld\nCREATE TABLE \"Kunden\" (id int);\n\n/* ä */ SET search_path TO crm;"
                 "\nCREATE VIEW v AS SELECT 1;\nALTER TABLE crm.k ADD COLUMN email text;\n"
                 "CREATE POLICY p ON k USING (true);\nGRANT EXECUTE ON FUNCTION f(int) TO x;\n"
                 "CREATE EXTENSION pgcrypto;\nGRANT SELECT ON k TO ro;\nGRANT pg_read_all_data TO ro;\nALTER ROLE ro LOGIN;\n")
    got = [(o.key, o.line, o.action, o.statement) for o in read_origins(f, "m.sql", "app")]
    assert got == [
        ('app.public.Kunden', 3, "create", "CREATE TABLE"),
        ("app.crm.v", 6, "create", "CREATE VIEW"),
        ("app.crm.k", 7, "alter", "ALTER TABLE"),
        ("app.crm.k.email", 7, "create", "ALTER TABLE ADD COLUMN"),
        ("policy:app.crm.k.p", 8, "create", "CREATE POLICY"),
        ("app.crm.k", 8, "alter", "CREATE POLICY"),
        ("function:app.crm.f", 9, "grant", "GRANT"),
        ("role:x", 9, "grant", "GRANT"),
        ("extension:app.pgcrypto", 10, "create", "CREATE EXTENSION"),
        ("app.crm.k", 11, "grant", "GRANT"),
        ("role:ro", 11, "grant", "GRANT"),
        ("role:ro", 12, "grant", "GRANT ROLE"),
        ("role:ro", 13, "alter", "ALTER ROLE"),
    ]
