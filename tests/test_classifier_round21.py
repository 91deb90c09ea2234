"""Round 21's rules (docs/classifier.md, "Round 21"), on tables written for these tests in applications the
nineteenth blind part does not use (an OAuth 2.0 server's clients, a factory's face-recognition time clock, a
cycling team's blood tests, a forensic lab's DNA samples of offenders, a US staffing firm's applicants, a Brno
clinic's visits), not on that part's names or values. The `not read` assertions guard the narrowing: a bank's
`rbc`, a heat pump's `hct`, a settings table's `str_profile`, a product's embedding, an EEO lookup table."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24
_PEOPLE = ["Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Tobias Lindqvist"]


def _vector(i: int) -> str:
    return "'{" + ",".join(f"{((i * 37 + k * 11) % 200 - 100) / 1000:.3f}" for k in range(16)) + "}'"


SCHEMA = f"""
CREATE SCHEMA idp;
CREATE TABLE idp.auth_user (id int PRIMARY KEY, full_name text, email text);
INSERT INTO idp.auth_user VALUES {", ".join(
    f"({i}, {_q(_PEOPLE[i % 4])}, {_q(f'user{i}@example.org')})" for i in range(1, _ROWS + 1))};
CREATE TABLE idp.hydra_oauth2_client (id int PRIMARY KEY, owner_id int REFERENCES idp.auth_user,
                                              name text, redirect_uris text);
INSERT INTO idp.hydra_oauth2_client VALUES {", ".join(
    f"({i}, {i}, {_q(['Grafana', 'Nightly Backup', 'Wiki Sync', 'Helpdesk'][i % 4])}, "
    f"{_q(f'https://app{i}.example.org/cb')})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA timeclock;
CREATE TABLE timeclock.staff (id int PRIMARY KEY, full_name text);
INSERT INTO timeclock.staff VALUES {", ".join(f"({i}, {_q(_PEOPLE[i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE timeclock.face_templates (id int PRIMARY KEY, staff_id int REFERENCES timeclock.staff,
                                       embedding real[]);
INSERT INTO timeclock.face_templates VALUES {", ".join(f"({i}, {i}, {_vector(i)})" for i in range(1, _ROWS + 1))};
CREATE TABLE timeclock.product_search (id int PRIMARY KEY, sku text, embedding real[]);
INSERT INTO timeclock.product_search VALUES {", ".join(
    f"({i}, {_q(f'SKU-{i:04d}')}, {_vector(i + 5)})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA cycling;
CREATE TABLE cycling.athletes (id int PRIMARY KEY, full_name text);
INSERT INTO cycling.athletes VALUES {", ".join(f"({i}, {_q(_PEOPLE[i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE cycling.blood_tests (id int PRIMARY KEY, athlete_id int REFERENCES cycling.athletes, taken date,
                                  hgb numeric(4,1), hct numeric(4,1), mchc numeric(4,1), ret_pct numeric(4,2));
INSERT INTO cycling.blood_tests VALUES {", ".join(
    f"({i}, {i}, '2026-0{1 + i % 9}-1{i % 10}', {13 + i % 4}.{i % 10}, {40 + i % 9}.5, {33 + i % 2}.1, 0.{50 + i})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE cycling.banks (id int PRIMARY KEY, bank_name text, rbc numeric(6,2));
INSERT INTO cycling.banks VALUES {", ".join(
    f"({i}, {_q(f'Bank {i}')}, {100 + i}.25)" for i in range(1, _ROWS + 1))};
CREATE TABLE cycling.heat_pumps (id int PRIMARY KEY, model text, hct numeric(4,1));
INSERT INTO cycling.heat_pumps VALUES {", ".join(
    f"({i}, {_q(f'HP-{i}')}, {40 + i % 9}.5)" for i in range(1, _ROWS + 1))};

CREATE SCHEMA forensics;
CREATE TABLE forensics.offenders (id int PRIMARY KEY, full_name text);
INSERT INTO forensics.offenders VALUES {", ".join(f"({i}, {_q(_PEOPLE[i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE forensics.dna_samples (id int PRIMARY KEY, offender_id int REFERENCES forensics.offenders,
                                    str_profile text, amelogenin text);
INSERT INTO forensics.dna_samples VALUES {", ".join(
    f"({i}, {i}, {_q(f'D3S1358:{14 + i % 4},{16 + i % 3};vWA:{15 + i % 5};FGA:{20 + i % 6},{22 + i % 4}')}, "
    f"{_q(['X,Y', 'X'][i % 2])})" for i in range(1, _ROWS + 1))};
CREATE TABLE forensics.report_settings (id int PRIMARY KEY, str_profile text);
INSERT INTO forensics.report_settings VALUES {", ".join(
    f"({i}, {_q(['compact', 'verbose'][i % 2])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA staffing;
CREATE TABLE staffing.eeo_race_type (eeo_race_type_id int PRIMARY KEY, label text);
INSERT INTO staffing.eeo_race_type VALUES (1, 'Hispanic or Latino'), (2, 'White'), (3, 'Black or African American'),
    (4, 'Asian'), (5, 'Two or More Races'), (6, 'Declined');
CREATE TABLE staffing.applicants (id int PRIMARY KEY, full_name text,
                                  eeo_race_type_id int REFERENCES staffing.eeo_race_type);
INSERT INTO staffing.applicants VALUES {", ".join(
    f"({i}, {_q(_PEOPLE[i % 4])}, {1 + i % 6})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA poliklinika;
CREATE TABLE poliklinika.navstevy (id int PRIMARY KEY, datum date, lekar text);
INSERT INTO poliklinika.navstevy VALUES {", ".join(
    f"({i}, '2026-0{1 + i % 9}-1{i % 10}', "
    f"{_q(['MUDr. Jana Dvořáková', 'MUDr. Petr Svoboda', 'MUDr. Eva Horáková'][i % 3])})"
    for i in range(1, _ROWS + 1))};
"""

# The people's names and e-mail, and what the rules read: the face template, the blood count, the DNA profile, the
# applicant's EEO race; the OAuth application's `name` is no one's.
NAMED = {"idp.auth_user.full_name": "person_name", "idp.auth_user.email": "email",
         "timeclock.staff.full_name": "person_name",
         "cycling.athletes.full_name": "person_name", "cycling.blood_tests.hgb": "health",
         "cycling.blood_tests.hct": "health", "cycling.blood_tests.mchc": "health",
         "cycling.blood_tests.ret_pct": "health",
         "forensics.offenders.full_name": "person_name", "forensics.dna_samples.str_profile": "genetic",
         "forensics.dna_samples.amelogenin": "genetic",
         "staffing.applicants.full_name": "person_name", "staffing.applicants.eeo_race_type_id": "ethnic_origin",
         "poliklinika.navstevy.lekar": "person_name"}
# A face template's embedding is read from its values (an array of numbers), so with sampling only.
SAMPLED = {"timeclock.face_templates.embedding": "biometric"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round21_rules", SCHEMA) as db:
        yield db


def test_round21_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED | SAMPLED


def test_round21_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
