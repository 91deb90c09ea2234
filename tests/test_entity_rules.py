"""The third round's entity rules on a real cluster (docs/classifier.md, "Third round"): clinical facts coded as
numbers or concept ids in clinical events (Synthea loaded with bigint codes, OMOP CDM, OpenMRS's `obs`), an abnormal
flag beside a lab result, a record that hangs off an admission, the kind of a fact in a table named for a health fact,
B2B customer tables known by their contact person (classicmodels), a table of people's own `<noun>_name`, composers
and artists, and a person's demographics document. Each verdict is asserted exactly, with and without sampling."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified

SCHEMA = """
CREATE SCHEMA emr;
CREATE TABLE emr.person (person_id int PRIMARY KEY, gender_concept_id int, year_of_birth int);
INSERT INTO emr.person SELECT g, 8507, 1940 + g FROM generate_series(1, 40) g;
CREATE TABLE emr.encounter (id int PRIMARY KEY, patient int REFERENCES emr.person, encounterclass text, code bigint,
                            reasoncode bigint, base_encounter_cost numeric, total_cost numeric);
INSERT INTO emr.encounter SELECT g, 1 + g % 40, 'ambulatory', 185349003, 44054006, 129.16, 704.2
  FROM generate_series(1, 60) g;
CREATE TABLE emr.condition_occurrence (condition_occurrence_id int, person_id int REFERENCES emr.person,
       condition_concept_id int, condition_type_concept_id int, condition_status_concept_id int,
       condition_source_concept_id int, unit_concept_id int, route_source_value text, visit_source_value text);
INSERT INTO emr.condition_occurrence SELECT g, 1 + g % 40, 201826, 32020, 4230359, 44821787, 8576, 'oral',
       md5(g::text)::varchar(16) FROM generate_series(1, 60) g;
CREATE TABLE emr.obs (obs_id int, person_id int REFERENCES emr.person, concept_id int, value_coded int,
                      value_numeric numeric, obs_datetime timestamp);
INSERT INTO emr.obs SELECT g, 1 + g % 40, 5089, 1065, 70 + g % 30, now() FROM generate_series(1, 60) g;
CREATE TABLE emr.lab_results (id int, patient int REFERENCES emr.person, loinc text, result text, flag text,
                              units text);
INSERT INTO emr.lab_results SELECT g, 1 + g % 40, '2345-7', (90 + g)::text, (ARRAY['abnormal', 'normal'])[1 + g % 2],
       'mg/dL' FROM generate_series(1, 60) g;
CREATE TABLE emr.admissions (hadm_id int PRIMARY KEY, subject_id int REFERENCES emr.person, admission_type text);
INSERT INTO emr.admissions SELECT g, 1 + g % 40, 'EMERGENCY' FROM generate_series(1, 40) g;
CREATE TABLE emr.documents (row_id int, subject_id int REFERENCES emr.person, hadm_id int REFERENCES emr.admissions,
                            category text, description text);
INSERT INTO emr.documents SELECT g, 1 + g % 40, 1 + g % 40, 'Radiology',
       (ARRAY['CT HEAD W/O CONTRAST', 'CHEST (PORTABLE AP)'])[1 + g % 2] FROM generate_series(1, 60) g;
CREATE TABLE emr.patient_allergies (id int, patient int REFERENCES emr.person, allergen text, category text,
                                    criticality text);
INSERT INTO emr.patient_allergies SELECT g, 1 + g % 40, (ARRAY['Peanut (substance)', 'Penicillin'])[1 + g % 2],
       (ARRAY['food', 'medication'])[1 + g % 2], (ARRAY['low', 'high'])[1 + g % 2] FROM generate_series(1, 40) g;
CREATE TABLE emr.observations (id int, patient int REFERENCES emr.person, category text, code text, value text);
INSERT INTO emr.observations SELECT g, 1 + g % 40, 'vital-signs', '8480-6', (110 + g)::text FROM generate_series(1, 60) g;
CREATE TABLE emr.provider (provider_id int, provider_name text, gender text, npi text);
INSERT INTO emr.provider SELECT g, (ARRAY['Ana Ruiz', 'Tom Lee'])[1 + g % 2], 'F', (1234567890 + g)::text
  FROM generate_series(1, 20) g;

CREATE SCHEMA cm;
CREATE TABLE cm.customers ("customerNumber" int, "customerName" text, "contactLastName" text, "contactFirstName" text,
                           phone text, "addressLine1" text, "postalCode" text);
INSERT INTO cm.customers SELECT g, (ARRAY['Atelier graphique', 'Signal Gift Stores'])[1 + g % 2],
       (ARRAY['Schmitt', 'King'])[1 + g % 2], (ARRAY['Carine', 'Jean'])[1 + g % 2], '40.32.25' || lpad(g::text, 2, '0'),
       g || ' rue du Commerce', '44000' FROM generate_series(1, 40) g;
CREATE TABLE cm.clientes (id int, nombre_cliente text, apellidos text, telefono text);
INSERT INTO cm.clientes SELECT g, (ARRAY['Lucía', 'Javier'])[1 + g % 2], (ARRAY['García', 'Ruiz'])[1 + g % 2],
       '+34 612 345 ' || lpad(g::text, 3, '0') FROM generate_series(1, 30) g;
CREATE TABLE cm.tracks (track_id int, name text, composer text);
INSERT INTO cm.tracks SELECT g, 'Song ' || g,
       (ARRAY['Angus Young, Malcolm Young, Brian Johnson', 'Steven Tyler, Joe Perry'])[1 + g % 2]
  FROM generate_series(1, 40) g;
CREATE TABLE cm.artists (artist_id int, name text);
INSERT INTO cm.artists SELECT g, (ARRAY['Alanis Morissette', 'Milton Nascimento', 'Eric Clapton'])[1 + g % 3]
  FROM generate_series(1, 30) g;
CREATE TABLE cm.person (id int, firstname text, lastname text, demographics xml);
INSERT INTO cm.person SELECT g, 'Ken', 'Sánchez', ('<IndividualSurvey><BirthDate>1970-01-0' || (1 + g % 9) ||
       '</BirthDate> <YearlyIncome>25001-50000</YearlyIncome> <Occupation>Professional</Occupation> '
       '<CommuteDistance>2-5 Miles</CommuteDistance></IndividualSurvey>')::xml FROM generate_series(1, 30) g;
CREATE TABLE cm.store (id int, name text, demographics xml);
INSERT INTO cm.store SELECT g, 'Bike World', '<StoreSurvey><AnnualSales>800000</AnnualSales> <Specialty>Mountain'
       '</Specialty> <SquareFeet>21000</SquareFeet> <Brands>2</Brands></StoreSurvey>'::xml FROM generate_series(1, 30) g;
"""

H = "health"
NAMES = {
    "emr.person.year_of_birth": "birth_date",
    "emr.encounter.code": H, "emr.encounter.reasoncode": H,           # SNOMED ids loaded as bigint
    "emr.condition_occurrence.condition_concept_id": H, "emr.condition_occurrence.condition_source_concept_id": H,
    "emr.condition_occurrence.visit_source_value": H,                 # only its values say it is a hex key
    "emr.obs.concept_id": H, "emr.obs.value_coded": H, "emr.obs.value_numeric": H,
    "emr.lab_results.loinc": H, "emr.lab_results.result": H, "emr.lab_results.flag": H,
    "emr.documents.description": H,                                   # hangs off an admission
    "emr.patient_allergies.allergen": H, "emr.patient_allergies.category": H,
    "emr.patient_allergies.criticality": H,
    "emr.observations.code": H, "emr.observations.value": H,           # an observation's category is metadata
    "emr.provider.provider_name": "person_name",
    "cm.customers.contactLastName": "person_name", "cm.customers.contactFirstName": "person_name",
    "cm.clientes.nombre_cliente": "person_name", "cm.clientes.apellidos": "person_name", "cm.clientes.telefono": "phone",
    "cm.tracks.composer": "person_name", "cm.artists.name": "person_name",
    "cm.person.firstname": "person_name", "cm.person.lastname": "person_name",
    "cm.person.demographics": "free_text_may_contain_pii",
}
SAMPLED = {k: v for k, v in NAMES.items() if k != "emr.condition_occurrence.visit_source_value"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "entity_rules", SCHEMA) as db:
        yield db


def test_entity_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_entity_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMES


# Fourth round (docs/classifier.md): rules meant to hold across applications, not one corpus.
SCHEMA4 = """
CREATE SCHEMA erp;
CREATE TABLE erp.partner (id int PRIMARY KEY, name text, is_company boolean, vat text, street text, zip text,
                          email text, phone text);
INSERT INTO erp.partner SELECT g, (ARRAY['Marie Dubois', 'Jonas Weber', 'Acme SARL'])[1 + g % 3], g % 3 = 2,
       CASE WHEN g % 3 = 2 THEN 'FR40303265045' END, g || ' rue des Lilas', '69003', 'm' || g || '@example.org',
       '+33 6 12 34 56 ' || lpad((g % 100)::text, 2, '0') FROM generate_series(1, 60) g;
CREATE TABLE erp.order_address (id int, firstname text, lastname text, company text, vat_id text, street text,
                                telephone text);
INSERT INTO erp.order_address SELECT g, (ARRAY['Emma', 'Noah'])[1 + g % 2], (ARRAY['Schmidt', 'Rossi'])[1 + g % 2],
       NULL, NULL, 'Hauptstraße ' || g, '+49 30 1234' || lpad(g::text, 4, '0') FROM generate_series(1, 40) g;
CREATE TABLE erp.clients (id int, raison_sociale text, siren text, adresse text, telephone text, iban text);
INSERT INTO erp.clients SELECT g, 'Atelier ' || g || ' SAS', '732829320', g || ' avenue Jean Jaurès',
       '+33 4 72 00 00 ' || lpad((g % 100)::text, 2, '0'), 'FR7630006000011234567890189' FROM generate_series(1, 30) g;
CREATE TABLE erp.location (location_id int, name text, address1 text, postal_code text, latitude text,
                           longitude text);
INSERT INTO erp.location SELECT g, 'Clinic ' || g, g || ' Main Street', '02139', '42.36', '-71.06'
  FROM generate_series(1, 20) g;
CREATE TABLE erp.centros (id int, nombre text, director_nombre text, telefono text);
INSERT INTO erp.centros SELECT g, 'IES Cervantes ' || g, (ARRAY['Lucía García', 'Pedro Ruiz'])[1 + g % 2],
       '+34 912 345 ' || lpad(g::text, 3, '0') FROM generate_series(1, 20) g;
CREATE TABLE erp.mitarbeiter (id int, vorname text, nachname text, geburtsdatum date, sozialversicherungsnummer text,
                              plz text, konfession text, personne_a_prevenir text);
INSERT INTO erp.mitarbeiter SELECT g, 'Lena', 'Fischer', date '1980-01-01' + g, '65170839J' || lpad(g::text, 3, '0'),
       '10115', (ARRAY['rk', 'ev'])[1 + g % 2], 'Paul Fischer' FROM generate_series(1, 30) g;

CREATE SCHEMA sec;
CREATE TABLE sec.users (id int PRIMARY KEY, firstname text, lastname text);
INSERT INTO sec.users SELECT g, 'Ana', 'Lopez' FROM generate_series(1, 20) g;
CREATE TABLE sec.user_api_keys (id int, user_id int REFERENCES sec.users, name text, key_hash text);
INSERT INTO sec.user_api_keys SELECT g, 1 + g % 20, (ARRAY['CI deploy', 'Grafana'])[1 + g % 2],
       encode(sha256(g::text::bytea), 'hex') FROM generate_series(1, 30) g;
CREATE TABLE sec.sessions (id int, sid text, user_id int REFERENCES sec.users);
INSERT INTO sec.sessions SELECT g, md5(g::text) || md5((g + 1)::text), 1 + g % 20 FROM generate_series(1, 30) g;

CREATE SCHEMA mrs;
CREATE TABLE mrs.patient (patient_id int PRIMARY KEY, given_name text, family_name text, allergy_status text);
INSERT INTO mrs.patient SELECT g, 'Ana', 'Lopez', (ARRAY['Unknown', 'No known allergies'])[1 + g % 2]
  FROM generate_series(1, 20) g;
CREATE TABLE mrs.orders (order_id int PRIMARY KEY, patient_id int REFERENCES mrs.patient, concept_id int,
                         instructions text);
INSERT INTO mrs.orders SELECT g, 1 + g % 20, 1107, 'Take with food' FROM generate_series(1, 30) g;
CREATE TABLE mrs.drug_order (order_id int REFERENCES mrs.orders, dose double precision, dose_units int,
                             dosing_instructions text);
INSERT INTO mrs.drug_order SELECT g, 500, 161553, 'Twice daily after meals' FROM generate_series(1, 30) g;
"""


@pytest.fixture(scope="module")
def cluster_db4(pg15):
    with analysed_database(pg15, "entity_rules4", SCHEMA4) as db:
        yield db


FOURTH = {
    # a table of persons and companies (is_company): its contact data is personal; a company's VAT number is not
    "erp.partner.name": "person_name", "erp.partner.street": "postal_address", "erp.partner.zip": "postal_address",
    "erp.partner.email": "email", "erp.partner.phone": "phone",
    # a row's own first and last name outrank its `company` and `vat_id` columns
    "erp.order_address.firstname": "person_name", "erp.order_address.lastname": "person_name",
    "erp.order_address.street": "postal_address", "erp.order_address.telephone": "phone",
    # erp.clients (raison sociale, SIREN, IBAN) is a company; erp.location, a named site, too
    "erp.centros.director_nombre": "person_name",        # an organisation's director is a person
    "erp.mitarbeiter.vorname": "person_name", "erp.mitarbeiter.nachname": "person_name",
    "erp.mitarbeiter.geburtsdatum": "birth_date", "erp.mitarbeiter.sozialversicherungsnummer": "national_id",
    "erp.mitarbeiter.plz": "postal_address", "erp.mitarbeiter.konfession": "religious_belief",
    "erp.mitarbeiter.personne_a_prevenir": "person_name",
    "sec.users.firstname": "person_name", "sec.users.lastname": "person_name",
    "sec.user_api_keys.key_hash": "secret_token",          # its `name` is the key's, not a person's
    "sec.sessions.sid": "secret_token",
    "mrs.patient.given_name": "person_name", "mrs.patient.family_name": "person_name",
    "mrs.patient.allergy_status": "health",
    "mrs.orders.concept_id": "health", "mrs.orders.instructions": "health",
    "mrs.drug_order.dose": "health", "mrs.drug_order.dosing_instructions": "health",   # a detail of a clinical order
}


def test_fourth_round_sampled(cluster_db4):
    assert classified(cluster_db4, True) == FOURTH


def test_fourth_round_names_only(cluster_db4):
    assert classified(cluster_db4, False) == FOURTH


# Fifth round (docs/classifier.md): clinical events linked by a person key in several spellings (`pat_id`, `pid`
# beside clinical words only), vital signs, organisations and their role-named heads in other languages, secrets by
# framework names, names under relatives' and referrers' words, address parts and employer addresses, machine strings.
SCHEMA5 = """
CREATE SCHEMA clin;
CREATE TABLE clin.vitalwerte (id int, pat_id int, blutdruck text, gewicht numeric, puls int, messmethode text);
INSERT INTO clin.vitalwerte SELECT g, 1 + g % 20, (110 + g % 30) || '/80', 70 + g % 20, 60 + g % 30, 'manuell'
  FROM generate_series(1, 40) g;
CREATE TABLE clin.problem_entries (id int, pid int, title text, diagnosis text, referredby text);
INSERT INTO clin.problem_entries SELECT g, 1 + g % 20, (ARRAY['Hypertension', 'Asthma'])[1 + g % 2], 'ICD10:I10',
       (ARRAY['Dr. Weber', 'Anna Schmidt'])[1 + g % 2] FROM generate_series(1, 40) g;
CREATE TABLE clin.procs (pid int, query text, state text);
INSERT INTO clin.procs SELECT g, 'select 1', 'idle' FROM generate_series(1, 20) g;
CREATE TABLE clin.assenze (id int, id_alunno int, motivo text);
INSERT INTO clin.assenze SELECT g, 1 + g % 20, (ARRAY['malattia', 'febbre', 'visita medica', 'motivi familiari'])[1 + g % 4]
  FROM generate_series(1, 40) g;

CREATE SCHEMA org;
CREATE TABLE org.firmen (id int, name text, strasse text, plz text, telefon text, geschaeftsfuehrer text, ust_idnr text);
INSERT INTO org.firmen SELECT g, 'Muster GmbH ' || g, 'Hauptstraße ' || g, '10115', '+49 30 1234567' || g % 10,
       (ARRAY['Jonas Becker', 'Lea Wolf'])[1 + g % 2], 'DE123456789' FROM generate_series(1, 20) g;
CREATE TABLE org.scuole (id int, denominazione text, indirizzo text, dirigente text);
INSERT INTO org.scuole SELECT g, 'Liceo ' || g, 'Via Roma ' || g, (ARRAY['Giulia Conti', 'Marco Riva'])[1 + g % 2]
  FROM generate_series(1, 20) g;

CREATE SCHEMA auth;
CREATE TABLE auth.users (id int, email text, encrypted_password text, confirmation_token text, remember_token text,
                         encrypted_otp_secret_iv text, security_stamp text, nickname text, mothersname text,
                         primary_address_city text, primary_address_street text, employer_street text, assistant text);
INSERT INTO auth.users SELECT g, 'u' || g || '@example.org',
       '$2a$10$' || rpad(md5(g::text), 53, 'x'), md5('c' || g), md5('r' || g), 'iv' || md5(g::text),
       upper(md5('s' || g)), (ARRAY['Anna', 'Ben'])[1 + g % 2], (ARRAY['Maria Lopez', 'Eva Novak'])[1 + g % 2],
       'Lyon', g || ' rue de la Paix', g || ' Industrial Way', (ARRAY['Paul Durand', 'Chloe Martin'])[1 + g % 2]
  FROM generate_series(1, 30) g;
CREATE TABLE auth.user_sessions (id int, user_id int, session_id text);
INSERT INTO auth.user_sessions SELECT g, 1 + g % 30, md5('sess' || g) FROM generate_series(1, 30) g;
CREATE TABLE auth.ssh_keys (id int, user_id int, key text);
INSERT INTO auth.ssh_keys SELECT g, 1 + g % 30, 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' || md5(g::text) || ' dev' || g
       || '@example.org' FROM generate_series(1, 30) g;
CREATE TABLE auth.accounts (id int, username text, display_name text);
INSERT INTO auth.accounts SELECT g, 'user' || g, (ARRAY['Sara Lind :verified:', 'Tom Berg 🌻', 'Ines Roth'])[1 + g % 3]
  FROM generate_series(1, 30) g;
CREATE TABLE auth.comments (id int, comment_author text, comment_agent text, comment_approved text);
INSERT INTO auth.comments SELECT g, (ARRAY['Sara Lind', 'Tom Berg'])[1 + g % 2],
       'Mozilla/5.0 (X11; Linux x86_64) Firefox/124.0', (ARRAY['0', '1', 'spam'])[1 + g % 3]
  FROM generate_series(1, 30) g;
"""


@pytest.fixture(scope="module")
def cluster_db5(pg15):
    with analysed_database(pg15, "entity_rules5", SCHEMA5) as db:
        yield db


FIFTH = {
    # a vitals table linked by `pat_id`; a problem list linked by `pid` beside a diagnosis (the process list is not)
    "clin.vitalwerte.blutdruck": "health", "clin.vitalwerte.gewicht": "health", "clin.vitalwerte.puls": "health",
    "clin.problem_entries.title": "health", "clin.problem_entries.diagnosis": "health",
    "clin.problem_entries.referredby": "person_name",
    # organisations in German and Italian: only the people they name by role are personal
    "org.firmen.geschaeftsfuehrer": "person_name", "org.scuole.dirigente": "person_name",
    "auth.users.email": "email", "auth.users.encrypted_password": "credentials",
    "auth.users.confirmation_token": "secret_token", "auth.users.remember_token": "secret_token",
    "auth.users.security_stamp": "secret_token", "auth.users.nickname": "person_name",
    "auth.users.mothersname": "person_name", "auth.users.primary_address_street": "postal_address",
    "auth.users.assistant": "person_name",
    "auth.user_sessions.session_id": "secret_token",
    "auth.accounts.display_name": "person_name",
    "auth.comments.comment_author": "person_name",
}
# Absence reasons in Italian are sickness words: the sampled values make the absence a clinical event.
FIFTH_SAMPLED = FIFTH | {"clin.assenze.motivo": "health"}


def test_fifth_round_sampled(cluster_db5):
    assert classified(cluster_db5, True) == FIFTH_SAMPLED


def test_fifth_round_names_only(cluster_db5):
    assert classified(cluster_db5, False) == FIFTH


# Sixth round (docs/classifier.md): clinical events named after their patient or keyed by an encounter (no foreign
# key), health facts as columns of a person's record, the multilingual clinical vocabulary as value evidence (blood
# groups, medicines by INN stem, Polish and Dutch clinical words); catalogues, exam results and staff codes stay out.
SCHEMA6 = """
CREATE SCHEMA klin;
CREATE TABLE klin.pacjenci (id int PRIMARY KEY, imie text, nazwisko text, grupa_krwi text, palacz int, notatka text,
                            custom1 text);
INSERT INTO klin.pacjenci SELECT g, (ARRAY['Anna', 'Piotr'])[1 + g % 2], (ARRAY['Nowak', 'Wójcik'])[1 + g % 2],
       (ARRAY['A Rh+', '0 Rh-', 'AB Rh+'])[1 + g % 3], g % 2, 'x', (ARRAY['AB-', 'O+', '0 Rh+', 'B Rh-'])[1 + g % 4]
  FROM generate_series(1, 30) g;
CREATE TABLE klin.patient_evaluation (id int, patient int REFERENCES klin.pacjenci, systolic int, chief_complaint text,
                                      directions text, information_source text);
INSERT INTO klin.patient_evaluation SELECT g, 1 + g % 30, 110 + g % 30, 'Ból głowy od 3 dni', 'Odpoczynek', 'patient'
  FROM generate_series(1, 40) g;
CREATE TABLE klin.wizyty (id int, pacjent_id int, rozpoznanie_opis text, zalecenia text);
INSERT INTO klin.wizyty SELECT g, 1 + g % 30, 'Nadciśnienie tętnicze', 'Kontrola za miesiąc' FROM generate_series(1, 40) g;
CREATE TABLE klin.recepty (id int, wizyta_id int, lek text, dawkowanie text);
INSERT INTO klin.recepty SELECT g, 1 + g % 40, (ARRAY['Amlodypina', 'Atorwastatyna', 'Ramipryl'])[1 + g % 3], '1 x dziennie'
  FROM generate_series(1, 40) g;
CREATE TABLE klin."tabLab Test" (name text PRIMARY KEY, patient text, patient_name text, dob date, sex text,
                                 lab_test_name text, result text);
INSERT INTO klin."tabLab Test" SELECT 'LT-' || g, 'PAT-' || g % 9, (ARRAY['Ana Ruiz', 'Luis Gil'])[1 + g % 2],
       date '1980-01-01' + g, 'F', (ARRAY['Hemograma', 'Glucosa en ayunas'])[1 + g % 2], (90 + g)::text
  FROM generate_series(1, 30) g;

CREATE SCHEMA ref6;
CREATE TABLE ref6.medicamentos (id int, nombre text, forma text, atc text);
INSERT INTO ref6.medicamentos SELECT g, (ARRAY['Enalapril', 'Metformina'])[1 + g % 2], 'comprimido', 'C09AA02'
  FROM generate_series(1, 20) g;
CREATE TABLE ref6.students (id int PRIMARY KEY, first_name text, last_name text);
INSERT INTO ref6.students SELECT g, 'Ana', 'Ruiz' FROM generate_series(1, 20) g;
CREATE TABLE ref6.exam_results (id int, student_id int REFERENCES ref6.students, result text, notes text);
INSERT INTO ref6.exam_results SELECT g, 1 + g % 20, (ARRAY['A+', 'B-', 'C'])[1 + g % 3], 'ok' FROM generate_series(1, 20) g;
CREATE TABLE ref6.employees (id int, first_name text, last_name text, staff_code text, medical_department text);
INSERT INTO ref6.employees SELECT g, 'Ana', 'Ruiz', 'E' || (1000 + g), 'Cardiology' FROM generate_series(1, 20) g;
"""


@pytest.fixture(scope="module")
def cluster_db6(pg15):
    with analysed_database(pg15, "entity_rules6", SCHEMA6) as db:
        yield db


SIXTH = {
    # Polish patients: names, blood group and smoking (a 0/1 number) are the patient's; notes are a person's text
    "klin.pacjenci.imie": "person_name", "klin.pacjenci.nazwisko": "person_name", "klin.pacjenci.grupa_krwi": "health",
    "klin.pacjenci.palacz": "health",
    # an evaluation named after its patient; a visit keyed by `pacjent_id`; a prescription keyed by its visit
    "klin.patient_evaluation.systolic": "health", "klin.patient_evaluation.chief_complaint": "health",
    "klin.patient_evaluation.directions": "health",
    "klin.wizyty.rozpoznanie_opis": "health", "klin.wizyty.zalecenia": "health", "klin.recepty.dawkowanie": "health",
    # a lab test that copies its patient's name and birth date is a clinical event, not a person; its key is no fact
    "klin.tabLab Test.patient_name": "person_name", "klin.tabLab Test.dob": "birth_date",
    "klin.tabLab Test.lab_test_name": "health", "klin.tabLab Test.result": "health",
    # a drug catalogue, exam grades and a medical department are no one's health
    "ref6.students.first_name": "person_name", "ref6.students.last_name": "person_name",
    "ref6.employees.first_name": "person_name", "ref6.employees.last_name": "person_name",
    "ref6.exam_results.notes": "free_text_may_contain_pii",
}
# Values add a drug by its INN stem (`Atorwastatyna`) and blood groups under a neutral name.
SIXTH_SAMPLED = SIXTH | {"klin.recepty.lek": "health", "klin.pacjenci.custom1": "health"}


def test_sixth_round_sampled(cluster_db6):
    assert classified(cluster_db6, True) == SIXTH_SAMPLED


def test_sixth_round_names_only(cluster_db6):
    assert classified(cluster_db6, False) == SIXTH
