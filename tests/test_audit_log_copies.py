"""LOG-020: audit triggers that write whole-row images of personal-data tables into a log more roles can read.
PG15 and PG18; the personal-data inventory lists the log table as holding copies."""
from __future__ import annotations

import pytest

from auditor.analysis.classify.inventory import data_inventory
from auditor.analysis.context import Context
from auditor.analysis.row_images import row_image_targets
from auditor.collect.collector import collect
from auditor.engine.evaluate import evaluate
from auditor.model.policy import Policy

from .helpers import findings_of

SCHEMA = """
CREATE SCHEMA audit;
CREATE TABLE customers (id int PRIMARY KEY, full_name text, email text, date_of_birth date);
CREATE TABLE patients (id int PRIMARY KEY, full_name text, email text);
CREATE TABLE products (id int PRIMARY KEY, title text, price numeric);
CREATE TABLE audit.row_log (id bigserial, tbl text, row_data jsonb);
CREATE TABLE patient_history (id bigserial, old_row json);
CREATE TABLE change_ids (id int);
CREATE FUNCTION audit.log_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- INSERT INTO products SELECT 1;  (a comment: not a target)
  INSERT INTO audit.row_log (tbl, row_data) VALUES (TG_TABLE_NAME, to_jsonb(NEW));
  RETURN NEW;
END $$;
CREATE FUNCTION public.keep_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO patient_history (old_row) VALUES (row_to_json(OLD)); RETURN OLD; END $$;
CREATE FUNCTION public.ids_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO change_ids VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION audit.log_row();
CREATE TRIGGER products_audit AFTER INSERT OR UPDATE ON products FOR EACH ROW EXECUTE FUNCTION audit.log_row();
CREATE TRIGGER patients_history AFTER UPDATE ON patients FOR EACH ROW EXECUTE FUNCTION public.keep_old();
CREATE TRIGGER customers_ids AFTER INSERT ON customers FOR EACH ROW EXECUTE FUNCTION public.ids_only();
"""


@pytest.fixture(params=["pg15", "pg18"])
def pg(request):
    return request.getfixturevalue(request.param)


def _run(pg, db):
    policy = Policy(sampling=False, select=("LOG-020",))
    snap = collect(pg.dsn(), policy, databases=[db])
    return snap, evaluate(snap, policy), policy


def test_log_020_audit_log_copies_personal_data_to_wider_readers(pg):
    for r in ("lc_support", "lc_clerk"):
        pg.execute(f"DROP ROLE IF EXISTS {r}")
        pg.execute(f"CREATE ROLE {r} LOGIN")
    with pg.fresh_database() as db:
        try:
            db.execute(SCHEMA + """
                GRANT USAGE ON SCHEMA audit TO lc_support;
                GRANT SELECT ON audit.row_log TO lc_support;                  -- reads the copy, not customers
                GRANT SELECT ON patients, patient_history TO lc_clerk;        -- reads both: no wider reader
                GRANT SELECT ON change_ids TO PUBLIC;                          -- ids only: no row image""")
            snap, result, policy = _run(pg, db.name)
            assert {(w.schema, w.name) for w in snap.row_image_writers} == {("audit", "log_row"), ("public", "keep_old")}
            fails = {f.object: f for f in findings_of(result, "LOG-020") if f.status == "fail"}
            assert set(fails) == {f"{db.name}.audit.row_log"}
            f = fails[f"{db.name}.audit.row_log"]
            assert set(f.evidence["sources"]) == {"public.customers"}           # products holds no personal data
            assert f.evidence["wider_readers"] == ["lc_support"] and f.severity == "medium"
            assert f.evidence["triggers"] == ["customers_audit on public.customers (audit.log_row)"]
            inv = data_inventory(Context(snap, policy))
            [entry] = [d for d in inv["databases"] if d["database"] == db.name]
            assert {(c["object"], tuple(c["copies_of"])) for c in entry["copies"]} == {
                (f"{db.name}.audit.row_log", ("public.customers",)), (f"{db.name}.public.patient_history", ("public.patients",))}
            assert inv["summary"]["tables_with_copies"] == 2
            db.execute("GRANT USAGE ON SCHEMA audit TO PUBLIC; GRANT SELECT ON audit.row_log TO PUBLIC")
            [high] = [f for f in findings_of(_run(pg, db.name)[1], "LOG-020") if f.status == "fail"]
            assert high.severity == "high" and "lc_clerk" in high.evidence["wider_readers"]
        finally:
            for r in ("lc_support", "lc_clerk"):
                pg.execute(f"DROP OWNED BY {r} CASCADE", dbname=db.name)
                pg.execute(f"DROP ROLE {r}")


def test_log_020_passes_when_logs_are_no_wider(pg):
    with pg.fresh_database() as db:
        db.execute(SCHEMA)
        _, result, _ = _run(pg, db.name)
        assert [f.status for f in findings_of(result, "LOG-020")] == ["pass"]
        [ok] = findings_of(result, "LOG-020")
        assert ok.examined == 2                             # audit.row_log and patient_history


def test_row_image_targets_reads_tokens_not_text():
    assert row_image_targets("BEGIN INSERT INTO a.\"Log\" VALUES (hstore(NEW)); END") == (("a", "Log"),)
    assert row_image_targets("BEGIN INSERT INTO log VALUES (NEW.id); END") == ()
    assert row_image_targets("BEGIN -- to_jsonb(NEW)\n INSERT INTO log VALUES (1); END") == ()
