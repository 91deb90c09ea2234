"""Trustworthy results on a real cluster (issue 14): the auditing role does not change the result, fewer privileges
or a held lock never score higher, and a check with nothing to examine is not_applicable, never a pass."""
from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET

import pytest

from auditor.collect.collector import collect
from auditor.collect.rolesql import role_sql
from auditor.engine.evaluate import evaluate
from auditor.engine.report import build_report
from auditor.model.policy import Policy, Thresholds
from auditor.workflow.pipeline import evaluate_and_render

SEED = """
CREATE ROLE audit_ro LOGIN IN ROLE pg_read_all_data, pg_monitor;   -- recognised through the policy's auditor_roles
CREATE ROLE etl_reader LOGIN IN ROLE pg_read_all_data;              -- not an auditing role: ROLE-008 fails it
CREATE ROLE shop_app LOGIN PASSWORD 'trust-app-password';
CREATE ROLE report_ro LOGIN;
CREATE ROLE plain_auditor LOGIN;                                    -- no pg_read_all_data, no pg_monitor
"""
SHOP = """
CREATE TABLE public.customers (id int PRIMARY KEY, email text, ssn text);
INSERT INTO public.customers SELECT i, 'person' || i || '@example.org',
       lpad((100 + i)::text, 3, '0') || '-' || lpad((10 + i % 80)::text, 2, '0') || '-' || lpad((1000 + i)::text, 4, '0')
  FROM generate_series(1, 60) i;
GRANT SELECT ON public.customers TO shop_app, report_ro;
ANALYZE;
"""
LIMIT = 3                    # shop_app, report_ro and etl_reader read customers: at the limit, not over it


def _psql(cluster, script: str, db: str = "postgres") -> None:
    psql = cluster.bindir / "psql"
    subprocess.run([str(psql if psql.exists() else "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h",
                    str(cluster.socket_dir), "-p", str(cluster.port), "-U", "postgres", "-d", db],
                   input=script, text=True, check=True, capture_output=True)


def _policy(**extra) -> Policy:
    t = Thresholds(max_sensitive_readers=LIMIT, **extra)
    return Policy(auditor_roles=("audit_ro",), thresholds=t)


@pytest.fixture(scope="module")
def shop(make_cluster, pg15_bindir):
    """PG15 with TLS and no pgaudit: the role-sql role, a second auditing role, and one personal-data table."""
    c = make_cluster(bindir=pg15_bindir, tls=True)
    try:
        _psql(c, role_sql(databases=("postgres",)) + SEED + "CREATE DATABASE shop;\n")
        _psql(c, SHOP, "shop")
        yield c
    finally:
        c.stop()


def _audit(dsn: str, policy: Policy):
    result = evaluate(collect(dsn, policy), policy)
    return result, build_report(result)


def _failing(report) -> set[tuple[str, str]]:
    return {(f["check_id"], f["object"]) for f in report["findings"] if f["status"] == "fail"}


def test_the_auditing_role_does_not_change_the_result(shop):
    policy = _policy()
    _, as_super = _audit(shop.dsn("postgres"), policy)
    _, as_auditor = _audit(shop.dsn("postgres", user="pgcomply_auditor"), policy)
    assert as_super["target"]["is_superuser"] and as_auditor["target"]["current_user"] == "pgcomply_auditor"
    assert _failing(as_super) == _failing(as_auditor)
    assert as_super["score"]["value"] == as_auditor["score"]["value"] is not None
    assert as_super["score"]["grade"] == as_auditor["score"]["grade"]
    assert as_super["score"]["range"] == as_auditor["score"]["range"]
    for report in (as_super, as_auditor):
        failing = _failing(report)
        assert {o for c, o in failing if c == "ROLE-008"} == {"role:etl_reader"}        # the other all-data reader
        assert not {o for c, o in failing if c == "GRANT-012"}                        # auditors are not readers
        notes = {f["object"]: f for f in report["findings"] if f["check_id"] == "ROLE-013"}
        assert set(notes) == {"role:audit_ro", "role:pgcomply_auditor"}               # reported once each
        assert {f["status"] for f in notes.values()} == {"pass"}
        assert {"pg_monitor", "pg_read_all_data"} <= set(notes["role:pgcomply_auditor"]["evidence"]["read_privileges"])
        assert "auditor_roles" in notes["role:audit_ro"]["evidence"]["recognised_by"]
        matrix = report["access_matrix"]
        assert matrix["auditing_roles"] == ["audit_ro", "pgcomply_auditor"]
        readers = {r["role"] for r in matrix["readers_by_role"]}
        assert {"etl_reader", "shop_app", "report_ro"} <= readers and not readers & {"audit_ro", "pgcomply_auditor"}


def test_an_auditing_role_the_policy_does_not_name_is_judged_like_any_role(shop):
    snap = collect(shop.dsn("postgres"), _policy())
    report = build_report(evaluate(snap, Policy(thresholds=Thresholds(max_sensitive_readers=LIMIT))))
    failing = _failing(report)
    assert {o for c, o in failing if c == "ROLE-008"} == {"role:etl_reader", "role:audit_ro"}
    assert {o for c, o in failing if c == "GRANT-012"} == {"shop.public.customers.email", "shop.public.customers.ssn"}
    assert {f["object"] for f in report["findings"] if f["check_id"] == "ROLE-013"} == {"role:pgcomply_auditor"}


def test_fewer_privileges_or_a_held_lock_never_score_higher(shop):
    policy = _policy(lock_timeout_ms=200, sample_timeout_ms=2000)
    _, full = _audit(shop.dsn("postgres", user="pgcomply_auditor"), policy)
    _, plain = _audit(shop.dsn("postgres", user="plain_auditor"), policy)
    assert plain["score"]["range"]["unknown_checks"] > 0          # the plain role really could not assess some
    assert plain["score"]["value"] <= full["score"]["value"] <= plain["score"]["range"]["high"]
    assert "ABCDF".index(plain["score"]["grade"]) >= "ABCDF".index(full["score"]["grade"])
    blocker = shop.connect("shop")
    blocker.autocommit = False
    try:
        blocker.execute("LOCK TABLE public.customers IN ACCESS EXCLUSIVE MODE")
        _, locked = _audit(shop.dsn("postgres", user="pgcomply_auditor"), policy)
    finally:
        blocker.rollback()
        blocker.close()
    unread = [f for f in locked["findings"] if f["status"] in ("not_assessable", "error")
              and f["object"].startswith("shop.public.customers")]
    assert unread or [g for g in locked["gaps"] if "customers" in g["item"]], "the lock hid nothing"
    assert locked["score"]["value"] <= full["score"]["value"] <= locked["score"]["range"]["high"]
    assert "ABCDF".index(locked["score"]["grade"]) >= "ABCDF".index(full["score"]["grade"])


def _statuses(report, check_id: str) -> set[str]:
    return {f["status"] for f in report["findings"] if f["check_id"] == check_id}


def test_nothing_to_examine_is_not_applicable_and_shown_in_every_format(shop, tmp_path):
    policy = _policy()
    snap = collect(shop.dsn("postgres", user="pgcomply_auditor"), policy)
    run = evaluate_and_render(snap, policy, ["json", "html", "sarif", "junit", "md"], tmp_path)
    report = run.report
    # no replication role, pgaudit not loaded, no expiry asked for, no RLS table: nothing to examine
    moot = {"ROLE-004", "LOG-004", "LOG-006", "PWD-010", "RLS-001", "RLS-004"}
    for cid in moot:
        assert _statuses(report, cid) == {"not_applicable"}, cid
    checks = {c["id"]: c["status"] for c in report["checks"]}
    assert {cid for cid in moot if checks[cid] != "not_applicable"} == set()
    assert report["score"]["not_applicable_checks"] >= len(moot)
    assert report["summary"]["checks_by_status"]["not_applicable"] == report["score"]["not_applicable_checks"]
    # in no framework denominator: a requirement only these checks cover is not_applicable, never passing
    for fw in report["compliance"]:
        for req in fw["requirements"]:
            if req["checks"] and set(req["checks"]) <= {c for c, s in checks.items() if s == "not_applicable"}:
                assert req["status"] == "not_applicable", (fw["id"], req)
    # every format shows it as such
    junit = ET.parse(tmp_path / "report.junit.xml").getroot()
    skipped = [c for c in junit.iter("testcase") if c.get("name", "").startswith("PWD-010 ")]
    assert skipped and skipped[0].find("skipped").get("message").startswith("not applicable: the policy asks")
    score_props = {p.get("name"): p.get("value") for p in junit.find("testsuite").iter("property")}
    assert score_props["score"] == str(report["score"]["value"])
    sarif = json.loads((tmp_path / "report.sarif").read_text())["runs"][0]
    na = [r for r in sarif["results"] if r["ruleId"] == "PWD-010"]
    assert [(r["kind"], r["level"]) for r in na] == [("notApplicable", "none")]
    assert sarif["properties"]["scoreRange"]["low"] == report["score"]["value"]
    md = (tmp_path / "report.md").read_text()
    assert "| Not applicable | PWD-010 |" in md
    html = (tmp_path / "report.html").read_text()
    assert "Not applicable" in html and "had nothing to examine (not applicable)" in html


def test_something_to_examine_is_assessed_again(shop, pg15):
    policy = _policy(require_valid_until=True)
    shop.execute("CREATE ROLE repl LOGIN REPLICATION")
    try:
        _, report = _audit(shop.dsn("postgres", user="pgcomply_auditor"), policy)
    finally:
        shop.execute("DROP ROLE repl")
    assert _statuses(report, "ROLE-004") == {"pass"}                     # a dedicated replication role
    with_password = {r for (r,) in shop.execute(
        "SELECT rolname FROM pg_authid WHERE rolcanlogin AND rolpassword IS NOT NULL AND rolvaliduntil IS NULL")}
    assert {o for c, o in _failing(report) if c == "PWD-010"} == {f"role:{r}" for r in with_password}
    assert "role:shop_app" in {o for c, o in _failing(report) if c == "PWD-010"}
    # roles without a password have nothing to expire: not applicable objects, folded beside the failures
    assert not {f["object"] for f in report["findings"] if f["check_id"] == "PWD-010" and f["status"] == "pass"}
    _, loaded = _audit(pg15.dsn("postgres"), Policy(sampling=False, select=("LOG-004", "LOG-006")))
    assert "not_applicable" not in _statuses(loaded, "LOG-004") | _statuses(loaded, "LOG-006")   # pgaudit preloaded
