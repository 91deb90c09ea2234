"""The seventh round's rules on a real cluster (docs/classifier.md, "Round 7"), on tables written for these tests in
the styles the rules are meant for (hospital systems with prefixed upper-case columns, MySQL applications without
foreign keys, Django add-ons), not taken from the corpus: keys into clinical catalogues, clinical events recognised by
their values and their detail rows, person keys without a declared foreign key, clinical tables that copy their
patient's name and sex, profiles with an employer. Each verdict is asserted exactly, with and without sampling."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import entity

from .helpers import analysed_database, classified

SCHEMA = """
CREATE SCHEMA his;
CREATE TABLE his."PATIENT" ("PT_ID" int PRIMARY KEY, "PT_FIRSTNAME" text, "PT_LASTNAME" text);
INSERT INTO his."PATIENT" SELECT g, 'Grace', 'Okello' FROM generate_series(1, 40) g;
CREATE TABLE his."DISEASE" ("DIS_ID" text PRIMARY KEY, "DIS_DESC" text);
INSERT INTO his."DISEASE" VALUES ('B54', 'Malaria'), ('A09', 'Gastroenteritis'), ('J18.9', 'Pneumonia');
CREATE TABLE his."MEDLIST" ("M_ID" int PRIMARY KEY, "M_LABEL" text);
INSERT INTO his."MEDLIST" SELECT g, (ARRAY['Amoxicillin 500 mg', 'Paracetamol 500 mg', 'Metformin 850 mg'])[1 + g % 3]
  FROM generate_series(1, 30) g;
CREATE TABLE his."ADMISSIONS" ("ADM_ID" int PRIMARY KEY, "ADM_PT_ID" int REFERENCES his."PATIENT",
       "ADM_IN_DIS_ID" text REFERENCES his."DISEASE", "ADM_OUT_DIS_ID" text, "ADM_IN_DIS_ID_2" text, "ADM_WARD" text);
INSERT INTO his."ADMISSIONS" SELECT g, 1 + g % 40, (ARRAY['B54', 'A09', 'J18.9'])[1 + g % 3],
       (ARRAY['B54', 'A09', 'J18.9'])[1 + g % 3], 'A09', 'MEDICAL' FROM generate_series(1, 60) g;
CREATE TABLE his."THERAPY_ROWS" ("TR_ID" int PRIMARY KEY, "TR_ADM_ID" int REFERENCES his."ADMISSIONS",
       "TR_M_ID" int REFERENCES his."MEDLIST", "TR_QTY" int);
INSERT INTO his."THERAPY_ROWS" SELECT g, 1 + g % 60, 1 + g % 30, 2 FROM generate_series(1, 60) g;
CREATE TABLE his.rounds (id int PRIMARY KEY, patient int REFERENCES his."PATIENT", remark text);
INSERT INTO his.rounds SELECT g, 1 + g % 40, (ARRAY['fever and cough since 3 days', 'hypertension, on amlodipine'])[1 + g % 2]
  FROM generate_series(1, 40) g;
CREATE TABLE his.round_items (id int, round_id int REFERENCES his.rounds, description text);
INSERT INTO his.round_items SELECT g, 1 + g % 40, (ARRAY['Hb 9.8 g/dl', 'glucose 7.2 mmol/l'])[1 + g % 2]
  FROM generate_series(1, 40) g;
CREATE TABLE his.labs (id int, pat_id int REFERENCES his."PATIENT", patient_name text, sex text, result text);
INSERT INTO his.labs SELECT g, 1 + g % 40, 'Grace Okello', 'F', (ARRAY['positive', '12.5'])[1 + g % 2]
  FROM generate_series(1, 40) g;

CREATE SCHEMA emr;
CREATE TABLE emr.demographic (demographic_no int PRIMARY KEY, first_name text, last_name text);
INSERT INTO emr.demographic SELECT g, 'Emma', 'Tremblay' FROM generate_series(1, 40) g;
CREATE TABLE emr.allergies (allergyid int, "demographicNo" int, description text);
INSERT INTO emr.allergies SELECT g, 1 + g % 40, (ARRAY['PENICILLIN', 'PEANUTS'])[1 + g % 2] FROM generate_series(1, 40) g;
CREATE TABLE emr.prints (id int, demographic_no int, printer text);
INSERT INTO emr.prints SELECT g, 1 + g % 40, 'front desk' FROM generate_series(1, 20) g;

CREATE SCHEMA web;
CREATE TABLE web.auth_user (id int PRIMARY KEY, username text);
INSERT INTO web.auth_user SELECT g, 'user' || g FROM generate_series(1, 30) g;
CREATE TABLE web.profiles_profile (id int, user_id int REFERENCES web.auth_user, phone text, date_of_birth date,
       address_line1 text, company text, website text, gender text);
INSERT INTO web.profiles_profile SELECT g, g, '+44 20 7946 ' || lpad(g::text, 4, '0'), date '1985-03-01' + g,
       g || ' Baker Street, London', 'Initech', 'https://initech.example', 'female' FROM generate_series(1, 30) g;
CREATE TABLE web.customer_thread (id int, id_customer int, id_contact int, email text);
INSERT INTO web.customer_thread SELECT g, g, 1, 'client' || g || '@example.org' FROM generate_series(1, 30) g;
"""

H = "health"
NAMES = {
    "his.PATIENT.PT_FIRSTNAME": "person_name", "his.PATIENT.PT_LASTNAME": "person_name",
    "his.ADMISSIONS.ADM_IN_DIS_ID": H, "his.ADMISSIONS.ADM_OUT_DIS_ID": H, "his.ADMISSIONS.ADM_IN_DIS_ID_2": H,
    "his.labs.patient_name": "person_name", "his.labs.result": H,
    "emr.demographic.first_name": "person_name", "emr.demographic.last_name": "person_name",
    "emr.allergies.description": H,
    "web.profiles_profile.phone": "phone", "web.profiles_profile.date_of_birth": "birth_date",
    "web.profiles_profile.address_line1": "postal_address",
    "web.customer_thread.email": "email",
}
# With values: the medicine list is a clinical catalogue by its values, `rounds` a clinical event by its remarks, and
# its items a detail of one.
SAMPLED = NAMES | {"his.THERAPY_ROWS.TR_M_ID": H, "his.rounds.remark": H, "his.round_items.description": H}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round7_rules", SCHEMA) as db:
        yield db


def test_round7_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_round7_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES


def test_same_key_under_another_qualifier():
    assert entity.same_key("ADM_OUT_DIS_ID_A", "ADM_IN_DIS_ID_A")
    assert entity.same_key("OPD_DIS_ID_A_2", "OPD_DIS_ID_A")
    assert not entity.same_key("ADM_WRD_ID_A", "ADM_IN_DIS_ID_A")
    assert not entity.same_key("visit_proc_code", "visit_diag_code")    # another catalogue, not a qualifier
