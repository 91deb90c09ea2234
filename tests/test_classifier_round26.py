"""Round 26's rules (docs/classifier.md, "Round 26"), on tables written for these tests in applications the
twenty-fourth blind part does not use (a tuberculosis programme's notification register, a neonatal unit's babies,
a youth club's volunteers, a Polish web shop, a garage, a law firm, a driving school), not on that part's names or
values. The `not read` assertions guard the narrowing: a catalogue a clinical event points at (`regimens`), a
specimen's own code, a dose's unit, where a temperature was taken, a car's fault symptom, a court case's
classification, a driving test's type, a Polish slogan (`haslo`)."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


_NAMES = ["Wanjiru Kamau", "Otieno Ochieng", "Achieng Atieno", "Kiprop Rotich"]
_YN = ["Yes", "No", "No", "Unknown"]
SCHEMA = f"""
CREATE SCHEMA tbreg;
CREATE TABLE tbreg.patients (id int PRIMARY KEY, full_name text, national_health_id text);
INSERT INTO tbreg.patients VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, {_q(f'NH{40000 + i * 7}')})")};
CREATE TABLE tbreg.screening (id int PRIMARY KEY, temperature numeric(4,1), cough text, diastolicpressure integer,
    maxtemperature numeric(4,1), temperature_source text);
INSERT INTO tbreg.screening VALUES {_rows(lambda i: f"({i}, {36 + i % 5}.{i % 10}, {_q(_YN[i % 4])}, {60 + i}, "
    f"{37 + i % 3}.{i % 10}, {_q(['Oral', 'Axillary'][i % 2])})")};
CREATE TABLE tbreg.regimens (id int PRIMARY KEY, code text, description text);
INSERT INTO tbreg.regimens VALUES {_rows(lambda i: f"({i}, {_q(f'R{i}')}, {_q(f'Regimen {i}')})", 6)};
CREATE TABLE tbreg.notifications (id int PRIMARY KEY, patient_id int REFERENCES tbreg.patients, diagnosis text,
    screening_id int REFERENCES tbreg.screening, regimen_id int REFERENCES tbreg.regimens, case_classification text,
    dose_unit text);
INSERT INTO tbreg.notifications VALUES {_rows(lambda i: f"({i}, {i}, {_q(['Pulmonary TB', 'TB meningitis'][i % 2])}, "
    f"{i}, {1 + i % 6}, {_q(['Bacteriologically confirmed', 'Clinically diagnosed'][i % 2])}, 'mg')")};
CREATE TABLE tbreg.swabs (id int PRIMARY KEY, notification_id int REFERENCES tbreg.notifications, specimen_code text,
    specimen_type text);
INSERT INTO tbreg.swabs VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'SP-{9000 + i}')}, "
    f"{_q(['Sputum', 'Gastric aspirate'][i % 2])})")};
CREATE TABLE tbreg.assays (id int PRIMARY KEY, swab_id int REFERENCES tbreg.swabs, result text, test_type text,
    serotype text);
INSERT INTO tbreg.assays VALUES {_rows(lambda i: f"({i}, {i}, {_q(['MTB detected', 'MTB not detected'][i % 2])}, "
    f"{_q(['GeneXpert', 'Smear'][i % 2])}, {_q(['Beijing', 'EAI'][i % 2])})")};

CREATE SCHEMA nicu;
CREATE TABLE nicu.babies (id int PRIMARY KEY, full_name text, dob_dd integer, dob_mm integer, dob_yyyy integer,
    birth_weight integer, gestationalageatbirth integer);
INSERT INTO nicu.babies VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, {1 + i % 28}, {1 + i % 12}, "
    f"{2020 + i % 4}, {1800 + i * 50}, {30 + i % 10})")};

CREATE SCHEMA youthclub;
CREATE TABLE youthclub.volunteers (id int PRIMARY KEY, full_name text, police_vetting_result text, post_code text);
INSERT INTO youthclub.volunteers VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, "
    f"{_q(['Cleared', 'Disclosure on file'][i % 2])}, {_q(['SW1A 1AA', 'M1 1AE', 'LS1 4AP'][i % 3])})")};

CREATE SCHEMA sklep;
CREATE TABLE sklep.klienci (id int PRIMARY KEY, imie text, haslo_hash text);
INSERT INTO sklep.klienci VALUES {_rows(lambda i: f"({i}, {_q(['Anna', 'Piotr', 'Kasia'][i % 3])}, "
    f"{_q('$2b$12$' + f'{i:04d}' * 13 + 'abcdef')})")};
CREATE TABLE sklep.kampanie (id int PRIMARY KEY, haslo text);
INSERT INTO sklep.kampanie VALUES {_rows(lambda i: f"({i}, {_q(['Taniej niz wczoraj', 'Lato w sklepie'][i % 2])})")};

CREATE SCHEMA garage;
CREATE TABLE garage.repairs (id int PRIMARY KEY, fault_symptom text, labour_hours numeric(4,1));
INSERT INTO garage.repairs VALUES {_rows(lambda i: f"({i}, {_q(['Knocking at idle', 'Brake squeal'][i % 2])}, {i})")};
CREATE SCHEMA lawfirm;
CREATE TABLE lawfirm.clients (id int PRIMARY KEY, full_name text);
INSERT INTO lawfirm.clients VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])})")};
CREATE TABLE lawfirm.matters (id int PRIMARY KEY, client_id int REFERENCES lawfirm.clients, case_classification text);
INSERT INTO lawfirm.matters VALUES {_rows(lambda i: f"({i}, {i}, {_q(['Civil', 'Family', 'Probate'][i % 3])})")};
CREATE SCHEMA drivingschool;
CREATE TABLE drivingschool.exams (id int PRIMARY KEY, test_type text, passed boolean);
INSERT INTO drivingschool.exams VALUES {_rows(lambda i: f"({i}, {_q(['Theory', 'Practical'][i % 2])}, true)")};
"""

# What names read alone (with the tables' places in the schema).
NAMED = {
    "tbreg.patients.full_name": "person_name",
    "tbreg.patients.national_health_id": "national_id",      # a national health identifier
    "tbreg.notifications.diagnosis": "health",
    "tbreg.notifications.case_classification": "health",     # in a clinical event (not a law firm's matter)
    "tbreg.screening.temperature": "health",                 # the notification's own record (not `regimens`)
    "tbreg.screening.cough": "health",                       # a yes/no kept as text
    "tbreg.screening.diastolicpressure": "health",
    "tbreg.screening.maxtemperature": "health",              # glued, split
    "tbreg.swabs.specimen_type": "health",                   # not `specimen_code`, the tube's label
    "tbreg.assays.result": "health",                         # a detail of a detail (assays -> swabs -> notifications)
    "tbreg.assays.test_type": "health",
    "tbreg.assays.serotype": "health",
    "nicu.babies.full_name": "person_name",
    "nicu.babies.dob_dd": "birth_date", "nicu.babies.dob_mm": "birth_date", "nicu.babies.dob_yyyy": "birth_date",
    "nicu.babies.birth_weight": "health", "nicu.babies.gestationalageatbirth": "health",
    "youthclub.volunteers.full_name": "person_name",
    "youthclub.volunteers.police_vetting_result": "criminal_record",
    "youthclub.volunteers.post_code": "postal_address",
    "sklep.klienci.imie": "person_name",
    "sklep.klienci.haslo_hash": "credentials",
    "lawfirm.clients.full_name": "person_name",
}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round26_rules", SCHEMA) as db:
        yield db


@pytest.mark.parametrize("sampling", [True, False])
def test_round26_rules(cluster_db, sampling):
    assert classified(cluster_db, sampling) == NAMED


NOT_READ = ("tbreg.regimens.description", "tbreg.notifications.regimen_id", "tbreg.notifications.screening_id",
            "tbreg.swabs.specimen_code", "tbreg.notifications.dose_unit", "tbreg.screening.temperature_source",
            "garage.repairs.fault_symptom", "lawfirm.matters.case_classification", "drivingschool.exams.test_type",
            "sklep.kampanie.haslo")


@pytest.mark.parametrize("sampling", [True, False])
def test_round26_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
