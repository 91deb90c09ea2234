"""SENS-006 over pg_stat_statements query text and trigger arguments, on PG15 and PG18 with the module preloaded.

Every planted literal holds a label found nowhere else; no output (snapshot, every report format, the evidence
bundle) may hold it. Findings name the statement's queryid or the trigger, never the literal.
"""
from __future__ import annotations

import subprocess
import zipfile

import pytest

from auditor.collect.collector import collect
from auditor.collect.serialize import write_snapshot
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy
from auditor.render import FORMATS
from auditor.workflow import bundle
from auditor.workflow.pipeline import evaluate_and_render

from .helpers import audit, findings_of

ROLE_PW, DO_PW, TRG_KEY, TRG_PW, MAP_PW = "StmPw6201x", "StmConn6202x", "TrgKey6203xQ", "TrgPw6204x", "MapPw6205x"
PLANTED = (ROLE_PW, DO_PW, TRG_KEY, TRG_PW, MAP_PW)
STATEMENTS = [
    "CREATE ROLE stm_app LOGIN",
    f"ALTER ROLE stm_app PASSWORD '{ROLE_PW}'",
    f"DO $$ BEGIN PERFORM 'host=h password={DO_PW}'; END $$",
    "CREATE EXTENSION postgres_fdw",
    "CREATE SERVER stm_remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'h', dbname 'x')",
    f"CREATE USER MAPPING FOR stm_app SERVER stm_remote OPTIONS (user 'u', password '{MAP_PW}')",
    "CREATE TABLE people (id int, ssn text)",
    "CREATE FUNCTION encrypt_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
    "CREATE FUNCTION sync_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
    f"CREATE TRIGGER seal BEFORE INSERT ON people FOR EACH ROW EXECUTE FUNCTION encrypt_row('{TRG_KEY}', 'ssn')",
    f"CREATE TRIGGER sync AFTER INSERT ON people FOR EACH ROW EXECUTE FUNCTION sync_row('host=r password={TRG_PW}')",
    "CREATE TRIGGER plain AFTER UPDATE ON people FOR EACH ROW EXECUTE FUNCTION sync_row('ssn', 'audit_log')",
]


@pytest.fixture(scope="module", params=["15", "18"])
def stats(request, make_cluster):
    bindir = request.getfixturevalue(f"pg{request.param}_bindir")
    c = make_cluster(bindir=bindir, preload=("pg_stat_statements",))
    c.execute("CREATE DATABASE app")
    c.execute("CREATE EXTENSION pg_stat_statements", dbname="app")
    for stmt in STATEMENTS:
        c.execute(stmt, dbname="app")
    c.execute("CREATE ROLE stm_lp LOGIN")
    yield c
    c.stop()


def test_sens_006_secrets_in_statement_text_and_trigger_arguments(stats, tmp_path):
    policy = Policy(sampling=False, select=("SENS-006",))
    snap = collect(stats.dsn(), policy, databases=["app"])
    assert snap.statement_texts == "scanned"
    run = evaluate_and_render(snap, policy, list(FORMATS), tmp_path / "reports")
    fails = {f.object: f for f in findings_of(evaluate(snap, policy), "SENS-006") if f.status == "fail"}
    kept = stats.execute("SELECT queryid::text, query FROM pg_stat_statements", dbname="app")
    holding = {f"statement:{qid}" for qid, q in kept if any(p in q for p in PLANTED)}
    assert holding, "pg_stat_statements kept no planted literal: the test would prove nothing"
    assert set(fails) == holding | {"trigger:app.public.people.seal", "trigger:app.public.people.sync"}
    assert fails["trigger:app.public.people.seal"].evidence["uses"] == [
        {"function": "encrypt_row", "argument": 1, "secret": "key"}]          # 'ssn' is a column name, not a key
    assert fails["trigger:app.public.people.sync"].evidence["uses"] == [
        {"function": "sync_row", "argument": 1, "secret": "connection password"}]
    by_text = {q: fails[f"statement:{qid}"] for qid, q in kept if f"statement:{qid}" in fails}
    for q, f in by_text.items():
        assert "pg_read_all_stats" in f.message and "database app" in f.message
        use = ({"function": "encrypt_row", "argument": 1, "secret": "key"} if TRG_KEY in q else
               {"function": "sync_row", "argument": 1, "secret": "connection password"} if TRG_PW in q else
               {"function": None, "argument": None, "secret": "password" if ROLE_PW in q or MAP_PW in q
                else "connection password"})
        assert f.evidence["uses"] == [use], q
    # the trigger definitions kept in the snapshot withhold the argument, not the trigger
    [people] = [r for r in snap.relations if r.name == "people"]
    defs = {t.name: t.definition for t in people.triggers}
    assert "<withheld" in defs["seal"] and "'ssn'" in defs["seal"] and "'audit_log'" in defs["plain"]
    # no literal in the snapshot, any report format or the evidence bundle
    write_snapshot(snap, tmp_path / "snapshot.json")
    key = bundle.generate_key(tmp_path / "signing.key")[0]
    bundle.write_bundle(tmp_path / "bundle", snapshot=snap, report=run.report, policy=policy,
                        key=bundle.load_private_key(key))
    files = [p for p in tmp_path.rglob("*") if p.is_file() and "signing.key" not in p.name]
    assert len([p for p in files if p.parent.name == "bundle"]) > 5 and (tmp_path / "reports").exists()
    assert {p.suffix for p in files} >= {".json", ".html", ".pdf", ".xlsx", ".md", ".sarif", ".csv", ".xml", ".sig"}
    for p in files:
        data = p.read_bytes().decode("utf-8", "replace")
        if p.suffix == ".xlsx":                          # a zip: compressed bytes would hide a literal
            with zipfile.ZipFile(p) as z:
                data += "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
        if p.suffix == ".pdf":
            data += subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
        flat = "".join(data.split())                     # pdftotext breaks long words across lines
        for secret in PLANTED:
            assert secret not in data and secret not in flat, f"{p.relative_to(tmp_path)} holds {secret}"


def test_sens_006_statements_unreadable_without_pg_read_all_stats(stats):
    result = audit(stats.dsn(user="stm_lp"), ["SENS-006"], databases=["app"])
    [gap] = [f for f in findings_of(result, "SENS-006") if f.object == "pg_stat_statements"]
    assert gap.status == "not_assessable" and "pg_read_all_stats" in gap.missing


def test_sens_006_statements_pass_when_nothing_is_planted(pg15, pg18_bindir, make_cluster):
    """Negative: a preloaded pg_stat_statements with clean text passes; without the extension the source is
    not applicable, and installed without the preload it keeps nothing (also not applicable)."""
    clean = make_cluster(bindir=pg18_bindir, preload=("pg_stat_statements",))
    try:
        clean.execute("CREATE EXTENSION pg_stat_statements")
        clean.execute("CREATE TABLE t (id int)")
        snap = collect(clean.dsn(), Policy(sampling=False), databases=["postgres"])
        assert snap.statement_texts == "scanned"
        result = audit(clean.dsn(), ["SENS-006"], databases=["postgres"])
        [ok] = findings_of(result, "SENS-006")
        assert (ok.status, ok.object) == ("pass", "pg_stat_statements")
    finally:
        clean.stop()
    with pg15.fresh_database() as db:
        [moot] = findings_of(audit(pg15.dsn(), ["SENS-006"], databases=[db.name]), "SENS-006")
        assert (moot.status, moot.object) == ("not_applicable", "pg_stat_statements")
        assert "not installed" in moot.message
        db.execute("CREATE EXTENSION pg_stat_statements")
        [moot] = findings_of(audit(pg15.dsn(), ["SENS-006"], databases=[db.name]), "SENS-006")
        assert (moot.status, moot.object) == ("not_applicable", "pg_stat_statements")
        assert "shared_preload_libraries" in moot.message
