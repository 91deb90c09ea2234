"""Round 27's rules (docs/classifier.md, "Round 27"), on tables written for these tests in applications the
twenty-fifth blind part does not use (a Kenyan secondary schools' bursary office, a Lagos bakery's suppliers, a
farmers' co-operative's branches, a Nigerian pension administrator's members), not on that part's names or values.
The `not read` assertions guard the narrowing: a school's own phone, a loan's principal, an NSSF contribution (an
amount), a `nin` outside a table of people (a console shop's platform code)."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q


_NAMES = ["Wanjiru Kamau", "Otieno Ochieng", "Achieng Atieno", "Kiprop Rotich"]
_NG = ["Chinedu Okafor", "Aisha Bello", "Tunde Adeyemi", "Ngozi Eze"]
SCHEMA = f"""
CREATE SCHEMA bursary;
CREATE TABLE bursary.schools (id int PRIMARY KEY, school_name text, phone text, headteacher_name text,
    headteacher_mobile text);
INSERT INTO bursary.schools VALUES {_rows(lambda i: f"({i}, {_q(f'Kiambu High {i}')}, {_q(f'020 55{i:05d}')}, "
    f"{_q(_NAMES[i % 4])}, {_q(f'+2547{i:08d}')})")};

CREATE SCHEMA bakery;
CREATE TABLE bakery.suppliers (id int PRIMARY KEY, company text, proprietor_name text, proprietor_mobile text);
INSERT INTO bakery.suppliers VALUES {_rows(lambda i: f"({i}, {_q(f'Flour Mills {i} Ltd')}, {_q(_NG[i % 4])}, "
    f"{_q(f'0803{i:07d}')})")};
CREATE TABLE bakery.loans (id int PRIMARY KEY, supplier_id int REFERENCES bakery.suppliers, principal numeric(12,2));
INSERT INTO bakery.loans VALUES {_rows(lambda i: f"({i}, {i}, {1000 * i}.00)")};

CREATE SCHEMA coop;
CREATE TABLE coop.branches (id int PRIMARY KEY, branch_code text, leader_mobile text);
INSERT INTO coop.branches VALUES {_rows(lambda i: f"({i}, {_q(f'BR{i:03d}')}, {_q(f'+2547{i + 10:08d}')})")};

CREATE SCHEMA pensions;
CREATE TABLE pensions.members (id int PRIMARY KEY, full_name text, nin text, nssf_no text, citizenship_number text,
    nssf_contribution numeric(10,2));
INSERT INTO pensions.members VALUES {_rows(lambda i: f"({i}, {_q(_NG[i % 4])}, {_q(f'{30000000000 + i * 7919}')}, "
    f"{_q(f'NS{400000 + i}')}, {_q(f'{27 + i % 50}-01-{70 + i % 9}-{1000 + i}')}, {i * 10}.00)")};

CREATE SCHEMA consoles;
CREATE TABLE consoles.platforms (id int PRIMARY KEY, title text, nin text);
INSERT INTO consoles.platforms VALUES {_rows(lambda i: f"({i}, {_q(f'Game {i}')}, {_q(f'HAC-{i:04d}')})")};
"""

# What names read alone (with the tables' places in the schema).
NAMED = {
    "bursary.schools.headteacher_name": "person_name",      # a role's name in an organisation's record
    "bursary.schools.headteacher_mobile": "phone",          # a role's mobile, not the school's
    "bakery.suppliers.proprietor_name": "person_name",
    "bakery.suppliers.proprietor_mobile": "phone",
    "coop.branches.leader_mobile": "phone",
    "pensions.members.full_name": "person_name",
    "pensions.members.nin": "national_id",                  # in a table of people
    "pensions.members.nssf_no": "national_id",
    "pensions.members.citizenship_number": "national_id",
}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round27_rules", SCHEMA) as db:
        yield db


@pytest.mark.parametrize("sampling", [True, False])
def test_round27_rules(cluster_db, sampling):
    assert classified(cluster_db, sampling) == NAMED


NOT_READ = ("bursary.schools.phone", "bakery.loans.principal", "pensions.members.nssf_contribution",
            "consoles.platforms.nin")


@pytest.mark.parametrize("sampling", [True, False])
def test_round27_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []
