"""Round 17's rules (docs/classifier.md, "Round 17"), on values and tables written for these tests in applications
the fifteenth blind part does not use (a Bremen lending library's members migrated from MySQL, a Leeds climbing
wall's waivers), not on that part's names or values."""
from __future__ import annotations

import hashlib

import pytest

from auditor.analysis.classify import names, records

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24


def _hex(i: int, n: int = 32) -> str:
    return hashlib.sha256(f"library-{i}".encode()).hexdigest()[:n]


def test_a_password_change_flag_kept_as_a_number():
    assert names.hint_for("require_password_change", "smallint", None, "members", None) is None
    assert names.hint_for("pwd_expired", "smallint", None, "accounts", None) is None
    assert names.hint_for("pin", "smallint", None, "members", None).category == "credentials"     # a PIN stays


def test_a_persons_bare_hash():
    assert names.hint_for("hash", "varchar(32)", None, "members", None).category == "secret_token"
    assert names.hint_for("hash", "varchar(40)", None, "attachments", None) is None       # a file's
    assert names.hint_for("avatar_hash", "varchar(32)", None, "members", None) is None


def test_a_flag_on_a_special_category():
    assert names.hint_for("has_allergies", "boolean", None, "climbers", None).category == "health"
    assert names.hint_for("is_pregnant", "boolean", None, "climbers", None).category == "health"
    assert names.hint_for("has_email", "boolean", None, "climbers", None) is None
    assert names.hint_for("is_pregnant", "text", None, "climbers", None) is None     # not a yes/no: left as it was


def test_birth_month_and_day_apart():
    assert names.hint_for("birth_month", "smallint", None, "climbers", None).category == "birth_date"
    assert names.hint_for("BirthDay", "smallint", None, "climbers", None).category == "birth_date"


def test_words_fitted_to_r():
    # fitted to r_*: a Portuguese addiction-treatment team's words and court measures (fitted17.py)
    assert names.hint_for("substancia_principal", "text", None, "", None).category == "health"
    assert records.kind("medidas_judiciais") == "criminal_record"


SCHEMA = f"""
CREATE SCHEMA biblio;
CREATE TABLE biblio.members (id int PRIMARY KEY, surname text, hash varchar(32), birth_month smallint,
                             birth_day smallint, require_password_change smallint);
INSERT INTO biblio.members VALUES {", ".join(
    f"({i}, {_q(['Könemann', 'Ahlers', 'Meyerdierks', 'Brinkmann'][i % 4])}, {_q(_hex(i))}, {1 + i % 12}, "
    f"{1 + i % 28}, {1 if i % 7 == 0 else 0})" for i in range(1, _ROWS + 1))};
CREATE TABLE biblio.attachments (id int PRIMARY KEY, member_id int REFERENCES biblio.members, hash varchar(40));
INSERT INTO biblio.attachments VALUES {", ".join(f"({i}, {i}, {_q(_hex(i + 100, 40))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA wall;
CREATE TABLE wall.climbers (id int PRIMARY KEY, full_name text, has_allergies boolean, has_email boolean);
INSERT INTO wall.climbers VALUES {", ".join(
    f"({i}, {_q(['Aisha Patel', 'Callum Reid', 'Niamh Doyle', 'Tom Ashworth'][i % 4])}, {'true' if i % 5 else 'false'}, "
    f"true)" for i in range(1, _ROWS + 1))};
"""

EXPECTED = {"biblio.members.surname": "person_name", "biblio.members.hash": "secret_token",
            "biblio.members.birth_month": "birth_date", "biblio.members.birth_day": "birth_date",
            "wall.climbers.full_name": "person_name", "wall.climbers.has_allergies": "health"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round17_rules", SCHEMA) as db:
        yield db


def test_round17_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == EXPECTED


def test_round17_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == EXPECTED
