"""Words rounds 18 and 19 added for records about people, which name something else elsewhere (entity_words.
ABOUT_PEOPLE_ONLY): a table of laws has a statute, a CRM counts a company's partners of the last year, a modem has
a GSM band, a mailer has a do-not-reply flag, Active Directory has a SID. They count in a table of people or in a
record linked to one, and nowhere else. Tables written for this test, not taken from any corpus part."""
from __future__ import annotations

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24
_PEOPLE = ["Marta Kowalczyk", "Tomasz Wrona", "Ewa Lis", "Piotr Nowicki"]

SCHEMA = f"""
CREATE SCHEMA legal;
CREATE TABLE legal.laws (id int PRIMARY KEY, statute text, offence_level text, title text);
INSERT INTO legal.laws VALUES {", ".join(
    f"({i}, {_q(f'Sec. {i}.01')}, {_q('ABC'[i % 3])}, {_q(f'Act {i}')})" for i in range(1, _ROWS + 1))};
CREATE TABLE legal.compliance_rules (id int PRIMARY KEY, statute_code text, owner_team text);
INSERT INTO legal.compliance_rules VALUES {", ".join(
    f"({i}, {_q(f'GDPR-{i:02d}')}, {_q(['legal', 'security'][i % 2])})" for i in range(1, _ROWS + 1))};
CREATE TABLE legal.clients (id int PRIMARY KEY, full_name text, gsm text, katz text);
INSERT INTO legal.clients VALUES {", ".join(
    f"({i}, {_q(_PEOPLE[i % 4])}, {_q(f'+48 601 {200 + i:03d} {300 + i:03d}')}, {_q('ABCDEFG'[i % 7])})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE legal.charges (id int PRIMARY KEY, client_id int REFERENCES legal.clients, statute text, plea text);
INSERT INTO legal.charges VALUES {", ".join(
    f"({i}, {i}, {_q(['Art. 278 KK', 'Art. 286 KK', 'Art. 178a KK'][i % 3])}, {_q(['guilty', 'not guilty'][i % 2])})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE legal.cases (id int PRIMARY KEY, client_id int REFERENCES legal.clients, opened date);
INSERT INTO legal.cases VALUES {", ".join(f"({i}, {i}, '2026-0{1 + i % 9}-1{i % 10}')" for i in range(1, _ROWS + 1))};
CREATE TABLE legal.counts (id int PRIMARY KEY, case_id int REFERENCES legal.cases, statute text);
INSERT INTO legal.counts VALUES {", ".join(
    f"({i}, {i}, {_q(['Art. 279 KK', 'Art. 190 KK'][i % 2])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA crm;
CREATE TABLE crm.accounts (id int PRIMARY KEY, partners_last_year int, partners_12m int, revenue numeric);
INSERT INTO crm.accounts VALUES {", ".join(f"({i}, {i % 7}, {i % 5}, {1000 * i})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA fleet;
CREATE TABLE fleet.modems (id int PRIMARY KEY, serial text, gsm text, gsm_band text);
INSERT INTO fleet.modems VALUES {", ".join(
    f"({i}, {_q(f'SN{i:05d}')}, {_q(['900/1800', '850/1900'][i % 2])}, 'EU')" for i in range(1, _ROWS + 1))};
CREATE TABLE fleet.mailer_settings (id int PRIMARY KEY, dnr boolean, dnr_code text);
INSERT INTO fleet.mailer_settings VALUES {", ".join(f"({i}, {'true' if i % 2 else 'false'}, {_q(f'X{i}')})"
                                                    for i in range(1, _ROWS + 1))};
CREATE TABLE fleet.directory (id int PRIMARY KEY, sid_number text);
INSERT INTO fleet.directory VALUES {", ".join(f"({i}, {_q(f'S-1-5-21-{1000 + i}')})" for i in range(1, _ROWS + 1))};
"""

# Only the people's records: the client's name, mobile (`gsm`) and Katz index, the charge's statute and plea, and
# the statute of a count of the client's case (two foreign keys from the client).
NAMED = {"legal.clients.full_name": "person_name", "legal.clients.gsm": "phone", "legal.clients.katz": "health",
         "legal.charges.statute": "criminal_record", "legal.charges.plea": "criminal_record",
         "legal.counts.statute": "criminal_record"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "about_people", SCHEMA) as db:
        yield db


def test_words_about_people_count_only_in_their_records_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED


def test_words_about_people_count_only_in_their_records_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
