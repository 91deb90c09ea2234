"""Hostile catalogs: names with quotes, spaces, unicode, `;`, HTML and maximum length go through every stage
without injection, errors or mangling, and the fix SQL pgcomply proposes is valid SQL for them."""
from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import sql

from auditor.render import render
from auditor.engine.report import build_report

from .helpers import audit

NAMES = [
    'we"ird; DROP TABLE x; --',
    "<script>alert(1)</script>",
    "Ünïcødé ☃ name",
    "with space.and.dots",
    "a" * 63,                      # NAMEDATALEN - 1
]


@pytest.fixture(scope="module")
def hostile(pg15):
    with pg15.fresh_database("hostile") as db:
        with db.connect() as conn:
            for i, name in enumerate(NAMES):
                s = sql.Identifier(f"{name[:60]}{i}")
                t = sql.Identifier(f"{name[:60]}{i}", name)
                conn.execute(sql.SQL("CREATE SCHEMA {}").format(s))
                conn.execute(sql.SQL("CREATE TABLE {} ({} text, tenant_id int)").format(t, sql.Identifier(name)))
                conn.execute(sql.SQL("GRANT SELECT ON {} TO PUBLIC").format(t))
                conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
                conn.execute(sql.SQL("CREATE POLICY {} ON {} USING (true)").format(sql.Identifier(name), t))
                conn.execute(sql.SQL("CREATE FUNCTION {}(int) RETURNS int LANGUAGE sql AS 'SELECT 1'").format(
                    sql.Identifier(f"{name[:60]}{i}", name)))
        pg15.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(NAMES[0])))
        yield db
        pg15.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(NAMES[0])))


def test_every_stage_survives_hostile_names(pg15, hostile, tmp_path):
    result = audit(pg15.dsn("postgres"), databases=[hostile.name])
    assert not [f for f in result.findings if f.status == "error"], [f.message for f in result.findings if f.status == "error"]
    tables = {r.name for r in result.snapshot.relations if r.database == hostile.name}
    assert tables == set(NAMES)
    failing = {f.object for f in result.findings if f.status == "fail" and f.check_id == "GRANT-001"}
    assert len(failing) == len(NAMES)
    report = build_report(result)
    path = render("json", report, tmp_path)
    assert json.loads(path.read_text())["findings"]


def test_proposed_fix_sql_is_valid_for_hostile_names(pg15, hostile):
    """Run every fix the audit proposes for the hostile database in a transaction, then roll it back."""
    result = audit(pg15.dsn("postgres"), databases=[hostile.name])
    fixes = [f.fix_sql for f in result.findings if f.fix_sql and f.object.startswith(("hostile", "policy:hostile"))
             and "ALTER SYSTEM" not in f.fix_sql and "/*" not in f.fix_sql]
    assert fixes
    with psycopg.connect(hostile.dsn()) as conn:
        for fix in fixes:
            with conn.transaction(force_rollback=True):
                conn.execute(fix)
