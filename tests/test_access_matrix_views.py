"""GRANT-012's access matrix: views and materialized views as routes to sensitive columns, in every format that
shows the matrix (report.json, HTML, PDF, Markdown, csv, xlsx). PG15 and PG18."""
from __future__ import annotations

import subprocess
import zipfile

import pytest

from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.engine.report import build_report
from auditor.model.policy import Policy, Thresholds
from auditor.render import render

ROLES = ("avr_direct", "avr_view", "avr_chain", "avr_mv", "avr_inv", "avr_ids")
SCHEMA = """
CREATE TABLE customers (id int PRIMARY KEY, full_name text, email text, ssn text, note text);
CREATE VIEW v_contact AS SELECT id, email FROM customers;
CREATE VIEW v_outer AS SELECT email FROM v_contact;
CREATE MATERIALIZED VIEW mv_ssn AS SELECT id, ssn FROM customers;
CREATE VIEW v_ids AS SELECT id FROM customers;
CREATE VIEW v_inv WITH (security_invoker = true) AS SELECT id, full_name FROM customers;
GRANT SELECT ON customers TO avr_direct;
GRANT SELECT ON v_contact TO avr_view;
GRANT SELECT ON v_outer TO avr_chain;
GRANT SELECT ON mv_ssn TO avr_mv;
GRANT SELECT ON v_ids TO avr_ids;
GRANT SELECT ON v_inv TO avr_inv, avr_direct;
"""


@pytest.fixture(params=["pg15", "pg18"])
def pg(request):
    return request.getfixturevalue(request.param)


def test_grant_012_access_matrix_shows_view_routes(pg, tmp_path):
    for r in ROLES:
        pg.execute(f"DROP ROLE IF EXISTS {r}")
        pg.execute(f"CREATE ROLE {r} LOGIN")
    with pg.fresh_database() as db:
        try:
            db.execute(SCHEMA)
            policy = Policy(sampling=False, select=("GRANT-012",))
            result = evaluate(collect(pg.dsn(), policy, databases=[db.name]), policy)
            matrix = result.sections["access_matrix"]
            [customers] = [t for t in matrix["tables"] if t["object"] == f"{db.name}.public.customers"]
            routes = {r["view"]: (r["kind"], r["columns"], r["readers"], r["new_readers"], r["security_invoker"])
                      for r in customers["view_routes"]}
            p = f"{db.name}.public."
            assert routes == {
                p + "mv_ssn": ("materialized view", ["ssn"], ["avr_mv"], ["avr_mv"], False),
                p + "v_contact": ("view", ["email"], ["avr_view"], ["avr_view"], False),
                p + "v_outer": ("view", ["email"], ["avr_chain"], ["avr_chain"], False),       # view over a view
                p + "v_inv": ("view", ["full_name"], ["avr_direct"], [], True),   # invoker: only base readers
            }                                                   # v_ids reads no sensitive column: no route
            assert matrix["summary"]["view_routes"] >= 4
            report = build_report(result)
            texts = {}
            for fmt in ("json", "html", "md", "csv", "pdf", "xlsx"):
                path = render(fmt, report, tmp_path / "r")
                if fmt == "pdf":
                    texts[fmt] = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                                check=True).stdout
                elif fmt == "xlsx":
                    with zipfile.ZipFile(path) as z:
                        texts[fmt] = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
                else:
                    texts[fmt] = path.read_text()
            texts["csv"] = (tmp_path / "r" / "access_matrix.csv").read_text()   # the matrix's own csv file
            for name, text in texts.items():
                flat = "".join(text.split()).replace("\\", "")       # Markdown escapes _ as \_
                assert "mv_ssn" in flat and "v_contact" in flat, f"{name} does not show the view routes"
            assert "avr_chain" in texts["csv"] and f"materialized view {p}mv_ssn" in texts["csv"]
        finally:
            for r in ROLES:
                pg.execute(f"DROP OWNED BY {r} CASCADE", dbname=db.name)
                pg.execute(f"DROP ROLE {r}")


def test_grant_012_access_matrix_without_views_has_no_routes(pg):
    with pg.fresh_database() as db:
        db.execute("CREATE TABLE customers (id int PRIMARY KEY, email text, ssn text);"
                   "CREATE VIEW v_ids AS SELECT id FROM customers;")
        policy = Policy(sampling=False, select=("GRANT-012",))
        matrix = evaluate(collect(pg.dsn(), policy, databases=[db.name]), policy).sections["access_matrix"]
        [customers] = [t for t in matrix["tables"] if t["object"] == f"{db.name}.public.customers"]
        assert customers["view_routes"] == [] and matrix["summary"]["view_routes"] == 0


def test_grant_012_counts_readers_through_views(pg):
    """A column read through owner-rights views and materialized views has those readers too: limit 1 fails the
    columns views widen (email, ssn) and not the one only a security_invoker view shows (full_name); a view
    PUBLIC may read makes the column readable by PUBLIC."""
    for r in ROLES:
        pg.execute(f"DROP ROLE IF EXISTS {r}")
        pg.execute(f"CREATE ROLE {r} LOGIN")
    with pg.fresh_database() as db:
        try:
            db.execute(SCHEMA)
            p = f"{db.name}.public.customers."

            def grant_012(limit):
                policy = Policy(sampling=False, select=("GRANT-012",), thresholds=Thresholds(max_sensitive_readers=limit))
                result = evaluate(collect(pg.dsn(), policy, databases=[db.name]), policy)
                return {f.object: f for f in result.findings if f.check_id == "GRANT-012" and f.status == "fail"}

            failing = grant_012(1)
            assert set(failing) == {p + "email", p + "ssn"}
            email = failing[p + "email"]
            assert email.evidence["reader_count"] == 3 and email.evidence["view_readers"] == 2
            readers = dict(r.split(": ", 1) for r in email.evidence["readers"])
            assert set(readers) == {"avr_chain", "avr_direct", "avr_view"}
            assert readers["avr_view"] == f"through {db.name}.public.v_contact"
            assert readers["avr_chain"] == f"through {db.name}.public.v_outer"
            assert f"{db.name}.public.v_contact" in email.fix_sql
            assert failing[p + "ssn"].evidence["reader_count"] == 2
            assert grant_012(3) == {}                          # within the limit once views are counted too

            db.execute("CREATE VIEW v_pub AS SELECT ssn FROM customers; GRANT SELECT ON v_pub TO PUBLIC")
            failing = grant_012(10)
            assert set(failing) == {p + "ssn"}
            ssn = failing[p + "ssn"]
            assert ssn.severity == "critical" and ssn.evidence["public"] is True
            assert ssn.evidence["public_views"] == [f"{db.name}.public.v_pub"]
            assert "through " + f"{db.name}.public.v_pub" in ssn.message
        finally:
            for r in ROLES:
                pg.execute(f"DROP OWNED BY {r} CASCADE", dbname=db.name)
                pg.execute(f"DROP ROLE {r}")
