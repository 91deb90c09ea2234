"""Round 20's rules (docs/classifier.md, "Round 20"), on tables written for these tests in applications the
eighteenth blind part does not use (a Kuala Lumpur tuition centre's tutors, a Bavarian bakery's payroll, a
Flask shop's sessions, a Graz tenants' association's members and their bank details, a Mautic-like newsletter
tool's segments), not on that part's names or values."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names, values

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24


def test_round20_names():
    hint = names.hint_for
    assert hint("created_by_user", "varchar(191)", None, "segments", None).category == "person_name"
    assert hint("modified_by_user", "varchar(191)", None, "segments", None).category == "person_name"
    assert hint("created_by", "integer", None, "segments", None) is None        # the user's id, not a name


def test_malaysian_patronymics():
    assert values.plausible("person_name", "Aisyah binti Rahman")
    assert values.plausible("person_name", "Suresh a/l Maniam")
    assert values.plausible("person_name", "a/p Letchumi")


def test_words_fitted_to_v():
    # fitted to v_*: a Lithuanian social-assistance system's words (fitted20.py)
    assert names.hint_for("pavarde", "text", None, "", None).category == "person_name"
    assert names.hint_for("teistumas", "text", None, "", None).category == "criminal_record"


_SURNAMES = ["bin Hassan", "binti Yusof", "a/l Rajan", "a/p Devi", "bin Osman", "binti Zainal"]

SCHEMA = f"""
CREATE SCHEMA tuition;
CREATE TABLE tuition.tutors (id int PRIMARY KEY, given_name text, surname text, subject text);
INSERT INTO tuition.tutors VALUES {", ".join(
    f"({i}, {_q(['Farid', 'Aisyah', 'Suresh', 'Kavitha', 'Hafiz', 'Nurul'][i % 6])}, {_q(_SURNAMES[i % 6])}, "
    f"{_q(['Maths', 'Physics', 'BM'][i % 3])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA baeckerei;
CREATE TABLE baeckerei.mitarbeiter (id int PRIMARY KEY, vorname text, nachname text, konf char(2));
INSERT INTO baeckerei.mitarbeiter VALUES {", ".join(
    f"({i}, {_q(['Josef', 'Maria', 'Anton', 'Theresa'][i % 4])}, {_q(['Huber', 'Bauer', 'Maier'][i % 3])}, "
    f"{_q(['rk', 'ev', '--'][i % 3])})" for i in range(1, _ROWS + 1))};
CREATE TABLE baeckerei.maschinen (id int PRIMARY KEY, bezeichnung text, konf char(2));
INSERT INTO baeckerei.maschinen VALUES {", ".join(
    f"({i}, {_q(f'Ofen {i}')}, {_q(['A1', 'B2'][i % 2])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA flaskshop;
CREATE TABLE flaskshop.web_sessions (id varchar(64) PRIMARY KEY, payload text, expires int);
INSERT INTO flaskshop.web_sessions SELECT md5('web' || g), '{{}}', 1700000000 + g FROM generate_series(1, {_ROWS}) g;
CREATE TABLE flaskshop.device_sessions (id varchar(64) PRIMARY KEY, token varchar(64), expires int);
INSERT INTO flaskshop.device_sessions SELECT md5('dev' || g), md5('tok' || g), 1700000000 + g
    FROM generate_series(1, {_ROWS}) g;

CREATE SCHEMA mieterverein;
CREATE TABLE mieterverein.members (id int PRIMARY KEY, full_name text);
INSERT INTO mieterverein.members VALUES {", ".join(
    f"({i}, {_q(['Lukas Gruber', 'Anna Steiner', 'Florian Wagner', 'Julia Pichler'][i % 4])})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE mieterverein.member_bank (id int PRIMARY KEY, member_id int REFERENCES mieterverein.members,
                                       iban text);
INSERT INTO mieterverein.member_bank VALUES {", ".join(
    f"({i}, {i}, {_q(['AT611904300234573201', 'AT483200000012345864', 'AT022050302101023600'][i % 3])})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE mieterverein.banks (id int PRIMARY KEY, iban text);
INSERT INTO mieterverein.banks VALUES {", ".join(
    f"({i}, {_q(['AT611904300234573201', 'AT483200000012345864', 'AT022050302101023600'][i % 3])})"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA newsletter;
CREATE TABLE newsletter.segments (id int PRIMARY KEY, title text, created_by int, created_by_user varchar(191));
INSERT INTO newsletter.segments VALUES {", ".join(
    f"({i}, {_q(f'Segment {i}')}, {i % 3 + 1}, {_q(['Sophie Lang', 'Jonas Weber', 'Mia Koch'][i % 3])})"
    for i in range(1, _ROWS + 1))};
"""

SAMPLED = {"tuition.tutors.given_name": "person_name", "tuition.tutors.surname": "person_name",
           "baeckerei.mitarbeiter.vorname": "person_name", "baeckerei.mitarbeiter.nachname": "person_name",
           "baeckerei.mitarbeiter.konf": "religious_belief",
           "flaskshop.web_sessions.id": "secret_token", "flaskshop.device_sessions.token": "secret_token",
           "mieterverein.members.full_name": "person_name", "mieterverein.member_bank.iban": "iban",
           "newsletter.segments.created_by_user": "person_name"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round20_rules", SCHEMA) as db:
        yield db


def test_round20_rules_sampled(cluster_db):
    # a machine's `konf`, a device session's id (its token is the secret) and a bank's own IBAN are not read
    assert classified(cluster_db, True) == SAMPLED


def test_round20_rules_names_only(cluster_db):
    got = classified(cluster_db, False)
    assert got["baeckerei.mitarbeiter.konf"] == "religious_belief"
    assert got["newsletter.segments.created_by_user"] == "person_name"
    assert "baeckerei.maschinen.konf" not in got and "flaskshop.device_sessions.id" not in got
