"""Special categories (GDPR Art. 9/10, SENS-007) and entity-aware classification on a real cluster: clinical events
linked by FK to patients with generic columns, person tables with short name columns, organisations whose
addresses and phones are not personal data, special categories named in English and Spanish, and what the
inventory, access matrix and GDPR section say about them, with and without sampling."""
from __future__ import annotations

import pytest

from auditor.engine.report import build_report
from auditor.model.policy import Policy
from auditor.render import render

from .helpers import analysed_database, audit, failing_objects, findings_of

SCHEMA = """
CREATE TABLE patients (id int PRIMARY KEY, given text, family text, birthdate date, nhs_number text,
                       religion text, ethnicity text, gender text);
INSERT INTO patients SELECT g, (ARRAY['Ana', 'John', 'Mary', 'Luis'])[1 + g % 4],
       (ARRAY['Smith', 'Garcia', 'Jones', 'Lopez'])[1 + g % 4], date '1960-01-01' + g * 40,
       (ARRAY['943 476 5919', '401 023 2137'])[1 + g % 2], (ARRAY['Catholic', 'Muslim', 'None'])[1 + g % 3],
       (ARRAY['hispanic', 'nonhispanic'])[1 + g % 2], (ARRAY['M', 'F'])[1 + g % 2]
  FROM generate_series(1, 60) g;
CREATE TABLE encounters (id int, patient_id int REFERENCES patients (id), code text, description text, note text,
                         cost numeric(10,2));
INSERT INTO encounters SELECT g, 1 + g % 60, (ARRAY['44054006', '38341003', '195967001', '10509002'])[1 + g % 4],
       (ARRAY['Diabetes mellitus type 2 (disorder)', 'Hypertensive disorder (disorder)', 'Asthma (disorder)',
              'Acute bronchitis (disorder)'])[1 + g % 4],
       (ARRAY['Prescribed metformin 500 mg twice a day', 'Chronic pain, review in two weeks',
              'Infection cleared, no further treatment'])[1 + g % 3], g * 10
  FROM generate_series(1, 80) g;
CREATE TABLE observations (id int, patient_id int REFERENCES patients (id), code text, value text, units text);
INSERT INTO observations SELECT g, 1 + g % 60, (ARRAY['2345-7', '8480-6', '8462-4', '718-7'])[1 + g % 4],
       (80 + g % 60)::text, 'mg/dL' FROM generate_series(1, 80) g;
CREATE TABLE staff (id int, name text, role text);
INSERT INTO staff SELECT g, (ARRAY['Ana Garcia', 'John Smith', 'Mary Jones'])[1 + g % 3], 'nurse'
  FROM generate_series(1, 30) g;
CREATE TABLE clientes (id int, nombre text, apellidos text, orientacion_sexual text, afiliacion_sindical text,
                       antecedentes_penales text);
INSERT INTO clientes SELECT g, (ARRAY['Lucía', 'Javier', 'Carmen'])[1 + g % 3],
       (ARRAY['García López', 'Martín Ruiz', 'Sánchez Gil'])[1 + g % 3],
       (ARRAY['heterosexual', 'homosexual', 'bisexual'])[1 + g % 3], (ARRAY['CCOO', 'UGT', 'ninguna'])[1 + g % 3],
       (ARRAY['sin antecedentes', 'hurto 2012'])[1 + g % 2] FROM generate_series(1, 30) g;
CREATE TABLE insurers (id int, name text, address text, phone text, latitude double precision,
                       longitude double precision);
INSERT INTO insurers SELECT g, (ARRAY['Aetna', 'Humana', 'Anthem'])[1 + g % 3], g || ' Main Street, Springfield, IL 62701',
       '+1 217 555 ' || lpad(g::text, 4, '0'), 39.78 + g / 1000.0, -89.65 - g / 1000.0 FROM generate_series(1, 30) g;
CREATE TABLE suppliers (id int, company_name text, address text, phone text, contact_name text, contact_email text);
INSERT INTO suppliers SELECT g, 'Acme ' || g || ' Ltd', g || ' High Street, Leeds LS1 4AP',
       '+44 113 496 ' || lpad(g::text, 4, '0'), (ARRAY['Tom Baker', 'Jane Doe'])[1 + g % 2],
       'buyer' || g || '@acme.example' FROM generate_series(1, 30) g;
CREATE TABLE drug_catalog (id int, atc_code text, name text);
INSERT INTO drug_catalog SELECT g, (ARRAY['A10BA02', 'C09AA03', 'R03AC02'])[1 + g % 3],
       (ARRAY['Metformin 500 mg tablet', 'Lisinopril 10 mg tablet', 'Salbutamol inhaler'])[1 + g % 3]
  FROM generate_series(1, 30) g;
"""
SPECIAL = {"patients.religion", "patients.ethnicity", "encounters.code", "encounters.description", "encounters.note",
           "observations.code", "observations.value", "clientes.orientacion_sexual", "clientes.afiliacion_sindical",
           "clientes.antecedentes_penales"}


@pytest.fixture(scope="module")
def clinic(pg15):
    with analysed_database(pg15, "special", SCHEMA) as db:
        yield db


@pytest.fixture(scope="module")
def sampled(clinic):
    return audit(clinic.dsn(), ["sensitive_data", "GRANT-012"], policy=Policy(), databases=[clinic.name])


@pytest.fixture(scope="module")
def names_only(clinic):
    return audit(clinic.dsn(), ["sensitive_data"], policy=Policy(sampling=False), databases=[clinic.name])


def _objs(db, *cols):
    return {f"{db.name}.public.{c}" for c in cols}


def test_sens_007_special_categories_and_clinical_events_linked_to_patients(clinic, sampled):
    assert failing_objects(sampled, "SENS-007") == _objs(clinic, *SPECIAL)
    sev = {f.severity for f in findings_of(sampled, "SENS-007") if f.status == "fail"}
    assert sev == {"high"}                                  # above ordinary personal data (SENS-004: low)
    assert failing_objects(sampled, "SENS-002") == _objs(clinic, "patients.nhs_number")   # phone-shaped NHS number


def test_sens_004_person_tables_short_names_and_organisations_not_flagged(clinic, sampled):
    cols = {f.object.rsplit(".", 1)[1]: f.evidence["columns"] for f in findings_of(sampled, "SENS-004")
            if f.status == "fail"}
    assert cols == {"patients": {"given": "person_name", "family": "person_name", "birthdate": "birth_date"},
                    "staff": {"name": "person_name"},
                    "clientes": {"nombre": "person_name", "apellidos": "person_name"},
                    "suppliers": {"contact_name": "person_name", "contact_email": "email"}}


def test_sens_007_inventory_access_matrix_and_gdpr_section(clinic, sampled, tmp_path):
    report = build_report(sampled)
    tables = {t["table"]: t for d in report["data_inventory"]["databases"] for t in d["tables"]}
    assert tables["encounters"]["entity"] == "clinical_event" and tables["patients"]["entity"] == "person"
    assert tables["suppliers"]["entity"] == "organisation"
    assert "insurers" not in tables and "drug_catalog" not in tables
    assert tables["patients"]["special_categories"] == ["ethnic_origin", "religious_belief"]
    listed = {s["object"] for s in report["data_inventory"]["summary"]["special_category_columns"]}
    assert listed == _objs(clinic, *SPECIAL)
    gdpr = next(f for f in report["compliance"] if f["id"] == "gdpr")
    assert {s["object"] for s in gdpr["special_categories"]} == listed
    art = {s["object"].rsplit(".", 2)[-2] + "." + s["object"].rsplit(".", 1)[1]: s["gdpr_article"]
           for s in gdpr["special_categories"]}
    assert art["clientes.antecedentes_penales"] == "Art. 10" and art["encounters.code"] == "Art. 9"
    matrix = {(t["table"], c["name"]): c["special_category"] for t in report["access_matrix"]["tables"]
              for g in t["column_groups"] for c in g["columns"]}
    assert {f"{t}.{c}" for (t, c), special in matrix.items() if special} == SPECIAL
    md = render("md", report, tmp_path).read_text()
    assert "GDPR special categories (Art. 9) and criminal data (Art. 10): 10 column(s)" in md
    assert "special category, GDPR Art. 10" in render("html", report, tmp_path).read_text()


def test_sens_007_without_sampling_names_alone_and_said_so(clinic, names_only):
    # names alone: the clinical tables' generic columns by context, special categories by name; no value proof
    assert failing_objects(names_only, "SENS-007") == _objs(clinic, *SPECIAL)
    inv = build_report(names_only)["data_inventory"]
    assert inv["sampling"]["enabled"] is False and inv["sampling"]["name_only_columns"] > 0
    assert "rest on names alone" in inv["sampling"]["name_only_note"]
    cols = {(t["table"], c["column"]): c for d in inv["databases"] for t in d["tables"] for c in t["columns"]}
    assert cols[("encounters", "description")]["name_only"] is True
    assert cols[("patients", "birthdate")]["basis"] == "name+type" and cols[("patients", "birthdate")]["name_only"]
    assert not any(t == "insurers" for t, _ in cols)
