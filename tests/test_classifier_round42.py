"""Round 42's rules (docs/classifier.md, "Round 42"), on tables written for these tests in applications and countries
the fortieth blind part does not use (a Mozambican water utility's technicians, in Portuguese, and a Chilean
irrigation board's, in Spanish; an Icelandic forum's logins; an Ontario day-care's staff health record; a Québec
gym's body measurements; a Lyon retirement home's residents, in French), not on that part's names or values. The
`not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified, token_text
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_HEX = "0123456789abcdef"
_TECNICOS = ["Arlindo Mabunda", "Celeste Nhantumbo", "Ernesto Cossa", "Graça Macuácua"]
_TECNICOS_CL = ["Ignacio Fuentealba", "Catalina Riquelme", "Matías Sepúlveda", "Javiera Contreras"]
_RESIDENTS = ["Odette Perrin", "Marcel Chabert", "Jeanne Vial", "Lucien Roux"]

SCHEMA = f"""
CREATE SCHEMA maputo_agua;
CREATE TABLE maputo_agua.tecnicos (id int PRIMARY KEY, nome text, zona text);
INSERT INTO maputo_agua.tecnicos VALUES {_rows(lambda i: f"({i}, {_q(_TECNICOS[i % 4])}, "
    f"{_q(['Matola', 'Polana Caniço', 'Machava', 'Infulene'][i % 4])})")};

CREATE SCHEMA maule_riego;
CREATE TABLE maule_riego.tecnico (id int PRIMARY KEY, nombre text, canal text);
INSERT INTO maule_riego.tecnico VALUES {_rows(lambda i: f"({i}, {_q(_TECNICOS_CL[i % 4])}, "
    f"{_q(['Canal Maule Norte', 'Canal Melozal', 'Canal Sur'][i % 3])})")};

CREATE SCHEMA spjall;
CREATE TABLE spjall.logins (id int PRIMARY KEY, user_id int, session_cookie text, cookie_consent boolean,
    last_seen timestamp);
INSERT INTO spjall.logins VALUES {_rows(lambda i: f"({i}, {100 + i}, {_q(token_text(i, 40, _HEX))}, "
    f"{'true' if i % 2 else 'false'}, timestamp '2025-05-01 10:00' + interval '{i} hours')")};
CREATE TABLE spjall.page_visits (id int PRIMARY KEY, cookie text, page text);
INSERT INTO spjall.page_visits VALUES {_rows(lambda i: f"({i}, {_q('v' + token_text(i + 50, 20, _HEX))}, "
    f"{_q(['/spjall', '/frettir', '/um'][i % 3])})")};

CREATE SCHEMA ottawa_daycare;
CREATE TABLE ottawa_daycare.staff (id int PRIMARY KEY, full_name text);
INSERT INTO ottawa_daycare.staff VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Amelia Tremblay', 'Noah Gagnon', 'Chloe Wong', 'Liam Okafor'][i % 4])})")};
CREATE TABLE ottawa_daycare.staff_checks (id int PRIMARY KEY, staff_id int REFERENCES ottawa_daycare.staff,
    covid_vaccinated boolean, immunizations_ok boolean, first_aid_course boolean);
INSERT INTO ottawa_daycare.staff_checks VALUES {_rows(lambda i: f"({i}, {i}, {'true' if i % 3 else 'false'}, "
    f"{'true' if i % 4 else 'false'}, {'true' if i % 2 else 'false'})")};

CREATE SCHEMA gym_sherbrooke;
CREATE TABLE gym_sherbrooke.mesures (id int PRIMARY KEY, membre_id int, bmi numeric(4,1), glycemie numeric(3,1),
    mesure_le date);
INSERT INTO gym_sherbrooke.mesures VALUES {_rows(lambda i: f"({i}, {200 + i}, {21 + (i % 9) * 0.7}, "
    f"{4.6 + (i % 7) * 0.3}, date '2025-02-01' + {i})")};

CREATE SCHEMA ehpad_lyon;
CREATE TABLE ehpad_lyon.residents (id int PRIMARY KEY, nom_complet text, pratique_religieuse text, chambre text);
INSERT INTO ehpad_lyon.residents VALUES {_rows(lambda i: f"({i}, {_q(_RESIDENTS[i % 4])}, "
    f"{_q(['pratiquante', 'non pratiquant', 'occasionnelle', 'hebdomadaire'][i % 4])}, {_q(f'B{100 + i}')})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round42_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "maputo_agua.tecnicos.nome": "person_name",
    "maule_riego.tecnico.nombre": "person_name",
    "spjall.logins.session_cookie": "secret_token",
    "ottawa_daycare.staff_checks.covid_vaccinated": "health",
    "ottawa_daycare.staff_checks.immunizations_ok": "health",
    "gym_sherbrooke.mesures.bmi": "health",
    "gym_sherbrooke.mesures.glycemie": "health",
    "ehpad_lyon.residents.pratique_religieuse": "religious_belief",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round42_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a technician's zone or canal, a cookie banner's consent, a visit's tracking cookie, when a member was
# measured, a room.
NOT_READ = ("maputo_agua.tecnicos.zona", "maule_riego.tecnico.canal", "spjall.logins.cookie_consent",
            "spjall.page_visits.cookie",
            "spjall.logins.last_seen", "gym_sherbrooke.mesures.mesure_le", "ehpad_lyon.residents.chambre")


@pytest.mark.parametrize("sampling", [True, False])
def test_round42_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 42 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "secret_token": ("cookie_string", "session_cookie", "login_cookie", "auth_cookie"),
    "health": ("vaccinated", "immunized", "immunised", "immunization", "immunisation", "immunizations",
               "immunisations", "bmi", "body_mass_index", "glycemie"),
    "religious_belief": ("religieux", "religieuse", "pratique_religieuse"),
}
NOT_WORDS = ("cookie", "cookie_consent", "cookie_policy", "cookie_banner", "cookie_name", "cookie_domain", "cookie_path",
             "cookie_lifetime", "cookie_expiry", "cookie_expires", "mesure_le")


def test_round42_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# A body mass index and a glycaemia are read as numbers about a person; a technicians' table is one of people.
def test_round42_numeric_and_tables():
    for column in ("bmi", "body_mass_index", "glycemie"):
        assert (h := names.hint_for(column, "numeric", None, "mesures", None)) and h.category == "health"
    assert names.table_context("tecnicos") == (True, False)
    assert names.table_context("tecnico") == (True, False)
