"""Round 23's rules (docs/classifier.md, "Round 23"), on tables written for these tests in applications the
twenty-first blind part does not use (a police forensic lab's DNA index, a basketball league's box scores, a Chiang
Mai physiotherapy clinic, a Kenyan savings group's members, a museum's taxonomy, a payroll bureau's employees, a
gym's payments and claims), not on that part's names or values. The `not read` assertions guard the narrowing: a
box score's `fga` and `th01` (two loci names only), Thai-shaped numbers that fail the check digit, a taxonomy's
`tribe` rank; a claim's insurer under `payer_name` stays unread (the payer rule was dropped for it)."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_PEOPLE = ["Wanjiru Kamau", "Chukwuemeka Obi", "Aroha Ngata", "Henrik Dahl"]
_THAI = ["สมศักดิ์ วงศ์ใหญ่", "นางมาลัย ทองดี", "ประยุทธ บุญมา", "นางสาวกาญจนา ศรีวงศ์"]
_PIN = ["5-4580-73021-57-6", "1-6819-30364-26-4", "1-1299-72200-33-4", "1-2453-83236-40-2", "3-6224-15499-09-8",
        "5-5145-47527-72-1"]
_NOT_PIN = ["5-4580-73021-57-9", "1-6819-30364-26-7", "1-1299-72200-33-7", "1-2453-83236-40-5", "3-6224-15499-09-1",
            "5-5145-47527-72-4"]


SCHEMA = f"""
CREATE SCHEMA forensic;
CREATE TABLE forensic.people (id int PRIMARY KEY, full_name text);
INSERT INTO forensic.people VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE forensic.profiles (id int PRIMARY KEY, person_id int REFERENCES forensic.people, d3s1358 text,
    vwa text, fga text, th01 text, penta_e text);
INSERT INTO forensic.profiles VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'{14 + i % 3},{16 + i % 2}')}, "
    f"{_q(f'{15 + i % 4},{17 + i % 3}')}, {_q(f'{20 + i % 5},{23 + i % 3}')}, {_q(f'{6 + i % 3},{9 + i % 2}')}, "
    f"{_q(f'{7 + i % 5},{12 + i % 4}')})")};

CREATE SCHEMA league;
CREATE TABLE league.players (id int PRIMARY KEY, full_name text);
INSERT INTO league.players VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE league.box_scores (id int PRIMARY KEY, player_id int REFERENCES league.players, fga text, fgm text,
    th01 text, pts text);
INSERT INTO league.box_scores VALUES {_rows(lambda i: f"({i}, {i}, '{10 + i % 7}', '{4 + i % 5}', '{i % 3}', "
    f"'{8 + i}')")};

CREATE SCHEMA physio;
CREATE TABLE physio.patients (id int PRIMARY KEY, name_th text, citizen_no text, ref_no text);
INSERT INTO physio.patients VALUES {_rows(lambda i: f"({i}, {_q(_THAI[i % 4])}, {_q(_PIN[i % 6])}, "
    f"{_q(_NOT_PIN[i % 6])})")};

CREATE SCHEMA chama;
CREATE TABLE chama.members (id int PRIMARY KEY, full_name text, nuban text, tribe text);
INSERT INTO chama.members VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])}, {_q(f'{3000000000 + i * 7919}')}, "
    f"{_q(['Kikuyu', 'Luo', 'Kalenjin', 'Luhya'][i % 4])})")};

CREATE SCHEMA museum;
CREATE TABLE museum.taxa (id int PRIMARY KEY, genus text, tribe text);
INSERT INTO museum.taxa VALUES {_rows(lambda i: f"({i}, {_q(f'Carabus{i}')}, {_q(['Carabini', 'Cychrini'][i % 2])})")};

CREATE SCHEMA bureau;
CREATE TABLE bureau.employees (id int PRIMARY KEY, full_name text, dri_lice_num text);
INSERT INTO bureau.employees VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])}, {_q(f'DL{480000 + i * 13}')})")};
CREATE TABLE bureau.employee_direct_debits (id int PRIMARY KEY, employee_id int REFERENCES bureau.employees,
    dd_account text);
INSERT INTO bureau.employee_direct_debits VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'{40000000 + i * 37}')})")};

CREATE SCHEMA gym;
CREATE TABLE gym.members (id int PRIMARY KEY, full_name text);
INSERT INTO gym.members VALUES {_rows(lambda i: f"({i}, {_q(_PEOPLE[i % 4])})")};
CREATE TABLE gym.payments (id int PRIMARY KEY, member_id int REFERENCES gym.members, payer_name text,
    amount numeric(8,2));
INSERT INTO gym.payments VALUES {_rows(lambda i: f"({i}, {i}, {_q(_PEOPLE[(i + 1) % 4])}, {30 + i}.00)")};
CREATE TABLE gym.claims (id int PRIMARY KEY, member_id int REFERENCES gym.members, payer_name text);
INSERT INTO gym.claims VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Aetna Health Inc', 'Bupa Group', 'Discovery Health Ltd'][i % 3])})")};
"""

_NAMES = {f"{s}.full_name": "person_name" for s in ("forensic.people", "league.players", "chama.members",
                                                     "bureau.employees", "gym.members")}
# What the rules read from names: the DNA index's loci (three or more in the table), the co-operative's NUBAN and
# its members' tribe, the bureau's driving licence and direct-debit account, the Thai patient's name.
NAMED = _NAMES | {
    "forensic.profiles.d3s1358": "genetic", "forensic.profiles.vwa": "genetic", "forensic.profiles.fga": "genetic",
    "forensic.profiles.th01": "genetic", "forensic.profiles.penta_e": "genetic",
    "chama.members.nuban": "bank_account", "chama.members.tribe": "ethnic_origin",
    "bureau.employees.dri_lice_num": "national_id", "bureau.employee_direct_debits.dd_account": "bank_account",
    "physio.patients.name_th": "person_name"}
# With sampling: the Thai personal number by its check digit, a payer's name because the values are names.
SAMPLED = {"physio.patients.citizen_no": "national_id"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round23_rules", SCHEMA) as db:
        yield db


def test_round23_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED | SAMPLED


def test_round23_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
