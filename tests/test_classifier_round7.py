"""The seventh round's rules on a real cluster (docs/classifier.md, "Round 7"), on tables written for these tests in
the styles the rules are meant for (hospital systems with prefixed upper-case columns, MySQL applications without
foreign keys, Django add-ons), not taken from the corpus: keys into clinical catalogues, clinical events recognised by
their values and their detail rows, person keys without a declared foreign key, clinical tables that copy their
patient's name and sex, profiles with an employer. Each verdict is asserted exactly, with and without sampling."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import conventions, entity, names
from auditor.analysis.classify.person_names import known_name
from auditor.analysis.classify.values import plausible, strong_categories

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

CREATE TABLE his."PATIENTEXAMINATION" ("PEX_ID" int PRIMARY KEY, "PEX_PAT_ID" int REFERENCES his."PATIENT",
       "PEX_HR" int, "PEX_TEMP" double precision, "PEX_AUSC" text);
INSERT INTO his."PATIENTEXAMINATION" SELECT g, 1 + g % 40, 60 + g, 36.5, (ARRAY['wheezes', 'crackles', 'normal'])[1 + g % 3]
  FROM generate_series(1, 60) g;
CREATE TABLE his.clients (id int, "CL_SNAME" text, "CL_BDATE" date, "CL_TELE" text, "CL_TAXCODE" text);
INSERT INTO his.clients SELECT g, 'Rossi', date '1970-01-01' + g, '+39 06 6982 ' || lpad(g::text, 4, '0'),
       'RSSMRA70A01H501S' FROM generate_series(1, 30) g;

CREATE TABLE his."STAFF_ACCOUNTS" ("SA_ID" int PRIMARY KEY, "SA_LOGIN" text, "SA_DESC" text, "SA_TOWN" text,
       "SA_PASSWD" text, "SA_SEX" text);
INSERT INTO his."STAFF_ACCOUNTS" SELECT g, 'user' || g,
       (ARRAY['Dr. Maria', 'Johan', 'Sr. Pablo', 'Anna', 'Thomas', 'Claire', 'Lucas', 'Marta', 'Piotr', 'Sofia'])[1 + g % 10]
       || ' ' || (ARRAY['Fernandes', 'Lindberg', 'Navarro', 'Kowalska', 'Becker', 'Dubois', 'Rossi'])[1 + g % 7],
       (ARRAY['Hamilton', 'Lyon'])[1 + g % 2], md5(g::text), 'F' FROM generate_series(1, 30) g;
CREATE TABLE his.vital_signs (id int, patient int REFERENCES his."PATIENT", "VS_AP_MAX" int, "VS_AP_MIN" int);
INSERT INTO his.vital_signs SELECT g, 1 + g % 40, 120 + g % 20, 80 - g % 10 FROM generate_series(1, 40) g;

CREATE SCHEMA versicherung;
CREATE TABLE versicherung.versicherte (id int PRIMARY KEY, vorname text, nachname text);
INSERT INTO versicherung.versicherte SELECT g, 'Lena', 'Fischer' FROM generate_series(1, 20) g;
CREATE TABLE versicherung.gesundheitsnotizen (id int, versicherter int REFERENCES versicherung.versicherte,
       gewicht int, bemerkung text);
INSERT INTO versicherung.gesundheitsnotizen SELECT g, 1 + g % 20, 70 + g % 9, 'Raucher seit 10 Jahren'
  FROM generate_series(1, 20) g;

CREATE SCHEMA br;
CREATE TABLE br.tb_usuario (co_seq_usuario int PRIMARY KEY, no_usuario text, no_mae text, nu_cpf text,
       no_municipio text, co_raca_cor smallint, dt_nascimento date, ds_complemento text);
INSERT INTO br.tb_usuario SELECT g, 'Maria Souza', 'Ana Souza', '111.444.777-35', 'Recife', 1 + g % 5,
       date '1980-01-01' + g, 'Apto ' || g FROM generate_series(1, 30) g;

CREATE SCHEMA emr;
CREATE TABLE emr.demographic (demographic_no int PRIMARY KEY, first_name text, last_name text);
INSERT INTO emr.demographic SELECT g, 'Emma', 'Tremblay' FROM generate_series(1, 40) g;
CREATE TABLE emr.allergies (allergyid int, "demographicNo" int, description text);
INSERT INTO emr.allergies SELECT g, 1 + g % 40, (ARRAY['PENICILLIN', 'PEANUTS'])[1 + g % 2] FROM generate_series(1, 40) g;
CREATE TABLE emr.patients (patient_no int PRIMARY KEY, first_name text, last_name text, year_of_birth varchar(4),
       month_of_birth varchar(2), sin varchar(11), alias text);
INSERT INTO emr.patients SELECT g, 'Emma', 'Tremblay', (1940 + g)::text, lpad((1 + g % 12)::text, 2, '0'),
       '046 454 286', 'Em' FROM generate_series(1, 30) g;
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
CREATE TABLE web.otp_totp_totpdevice (id int, user_id int REFERENCES web.auth_user, name text, key text);
INSERT INTO web.otp_totp_totpdevice SELECT g, g, 'phone', md5(g::text) FROM generate_series(1, 30) g;
CREATE TABLE web.django_session (session_key text, session_data text, expire_date timestamptz);
INSERT INTO web.django_session SELECT md5(g::text), encode(sha256(g::text::bytea), 'base64') || ':1tXyZ:abcd',
       now() FROM generate_series(1, 30) g;
CREATE TABLE web.orders (id int, id_customer int, secure_key varchar(32));
INSERT INTO web.orders SELECT g, g, md5('k' || g) FROM generate_series(1, 30) g;
CREATE TABLE web.connections (id int, id_guest int, ip_address bigint);
INSERT INTO web.connections SELECT g, g, 3232235777 + g FROM generate_series(1, 30) g;
CREATE TABLE web.suppliers (id int, company_name text, vat text, notes text, remarks text);
INSERT INTO web.suppliers SELECT g, 'Acme ' || g || ' Ltd', 'GB123456789', 'Delivers every 2 months, credit 30 days',
       'Call the owner, Ann Lee, on +44 20 7946 0' || lpad(g::text, 3, '0') || ' before any delivery'
  FROM generate_series(1, 30) g;
CREATE TABLE web.articles (id int, "from" text, "to" text, cc text, message_id text);
INSERT INTO web.articles SELECT g, 'Ana Ruiz <ana' || g || '@example.org>', '"Support" <help@example.com>',
       'bob@example.org, eve@example.org', '<' || g || '.abc@mail.example.org>' FROM generate_series(1, 30) g;
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
    "his.PATIENTEXAMINATION.PEX_HR": H, "his.PATIENTEXAMINATION.PEX_TEMP": H,     # vital signs by abbreviation
    "his.clients.CL_SNAME": "person_name", "his.clients.CL_BDATE": "birth_date", "his.clients.CL_TELE": "phone",
    "his.clients.CL_TAXCODE": "national_id",
    "br.tb_usuario.no_usuario": "person_name", "br.tb_usuario.no_mae": "person_name",
    "br.tb_usuario.nu_cpf": "national_id", "br.tb_usuario.co_raca_cor": "ethnic_origin",
    "br.tb_usuario.dt_nascimento": "birth_date", "br.tb_usuario.ds_complemento": "postal_address",
    "emr.patients.first_name": "person_name", "emr.patients.last_name": "person_name",
    "emr.patients.year_of_birth": "birth_date", "emr.patients.month_of_birth": "birth_date",
    "emr.patients.sin": "national_id", "emr.patients.alias": "person_name",
    "web.otp_totp_totpdevice.key": "secret_token", "web.django_session.session_data": "secret_token",
    "web.django_session.session_key": "secret_token", "web.orders.secure_key": "secret_token",
    "web.connections.ip_address": "ip_address",
    "web.articles.cc": "email",             # round 32: a message's copy addresses by name (was a card by name alone)
    "web.articles.from": "email", "web.articles.to": "email",   # round 33: its sender and recipient beside the copies
    "web.suppliers.notes": "free_text_may_contain_pii", "web.suppliers.remarks": "free_text_may_contain_pii",
    "his.STAFF_ACCOUNTS.SA_PASSWD": "credentials",
    "his.vital_signs.VS_AP_MAX": H, "his.vital_signs.VS_AP_MIN": H,          # a blood pressure's upper and lower value
    "versicherung.versicherte.vorname": "person_name", "versicherung.versicherte.nachname": "person_name",
    "versicherung.gesundheitsnotizen.gewicht": H, "versicherung.gesundheitsnotizen.bemerkung": H,
}
# With values: the medicine list is a clinical catalogue by its values, `rounds` a clinical event by its remarks, and
# its items a detail of one.
# A supplier's notes whose values hold no personal data are no one's free text; remarks naming a person's phone are.
SAMPLED = {k: v for k, v in NAMES.items() if k != "web.suppliers.notes"} | {"his.THERAPY_ROWS.TR_M_ID": H, "his.rounds.remark": H, "his.round_items.description": H,
                   "his.PATIENTEXAMINATION.PEX_AUSC": H,      # auscultation findings
                   # mail headers' mailboxes; a bare `<id@host>` is a Message-ID
                   "web.articles.from": "email", "web.articles.to": "email", "web.articles.cc": "email",
                   # common given names and surnames in a table of people; the town repeats two names: none
                   "his.STAFF_ACCOUNTS.SA_DESC": "person_name"}


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


def test_type_prefixes_spelled_out():
    cols = ("co_seq_usuario", "no_usuario", "nu_cpf", "dt_nascimento")
    assert conventions.spelled(cols) == ("codigo_seq_usuario", "nome_usuario", "numero_cpf", "data_nascimento")
    assert conventions.spelled(("id", "no_of_items", "name")) == ("id", "no_of_items", "name")    # no convention


def test_value_shapes():
    assert strong_categories("Ana Ruiz <ana@example.org>") == ("email",)
    assert strong_categories('"Ruiz, Ana" <ana@example.org>, bob@example.org') == ("email",)
    assert strong_categories("<1234.abc@mail.example.org>") == ()           # a Message-ID
    assert strong_categories("Please write to <a@example.org> if you need anything else from us") == ()
    assert plausible("birth_date", "1975") and plausible("birth_date", "07") and not plausible("birth_date", "2999")
    assert plausible("ip_address", "3232235777") and not plausible("ip_address", "42")
    assert plausible("national_id", "898 0012 3456 7890") and not plausible("national_id", "call me 555 1234")
    assert plausible("secret_token", "k3x9q2mz") and not plausible("secret_token", "password")
    assert strong_categories('{"city_name": "Graz", "latitude": 47.07, "longitude": 15.44}') == ("geo_location",)
    assert strong_categories('{"latitude": 12, "longitude": 500.1}') == ()


def test_known_names():
    assert known_name("Dr. med. Hans Muster") and known_name("TREMBLAY,EMMA") and known_name("Jan de Vries")
    assert known_name("Maria da Silva Souza") and known_name("Sr. Lucía Pérez")
    assert not known_name("Toronto") and not known_name("Software Engineer") and not known_name("Hamilton Bank Ltd")
    assert not known_name("Room 12")
    assert plausible("person_name", "Dr. med. Hans Muster")          # titles before a name are no part of it


def test_german_linking_s():
    assert names.tokens("gesundheitsnotizen") == ("gesundheit", "notizen")
    assert names.tokens("emailpromotion") == ("emailpromotion",)
