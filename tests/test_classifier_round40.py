"""Round 40's rules (docs/classifier.md, "Round 40"), on tables written for these tests in applications and countries
the thirty-eighth blind part does not use (a Bolivian mine's accident book, in Spanish; a Trentino ski school's
injury log, in Italian; a Welsh care home's observations and medicine rounds; a New Zealand family-history society's
GEDCOM import), not on that part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_CARERS = ["Rhian Pritchard", "Dafydd Morgan", "Ceri Llewelyn", "Gethin Rowlands"]
_GIVEN = ["Aroha", "Tamati", "Mereana", "Hemi"]
_SURN = ["Ngata", "Parata", "Tipene", "Walker"]

SCHEMA = f"""
CREATE SCHEMA potosi_mina;
CREATE TABLE potosi_mina.accidentes (id int PRIMARY KEY, lesion text, turno text);
INSERT INTO potosi_mina.accidentes VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['fractura de muñeca', 'contusión lumbar', 'corte en la mano'][i % 3])}, {_q(['día', 'noche'][i % 2])})")};

CREATE SCHEMA trento_sci;
CREATE TABLE trento_sci.infortuni (id int PRIMARY KEY, lesioni text, pista text);
INSERT INTO trento_sci.infortuni VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['distorsione del ginocchio', 'frattura della clavicola', 'trauma cranico lieve'][i % 3])}, "
    f"{_q(['Tognola', 'Cermis', 'Paganella'][i % 3])})")};

CREATE SCHEMA gwynedd_care;
CREATE TABLE gwynedd_care.observations (id int PRIMARY KEY, spo2 int, taken_at timestamp);
INSERT INTO gwynedd_care.observations VALUES {_rows(lambda i: f"({i}, {92 + i % 8}, "
    f"timestamp '2025-03-01 08:00' + interval '{i} hours')")};
CREATE TABLE gwynedd_care.medicine_rounds (id int PRIMARY KEY, given_by text, given_at timestamp);
INSERT INTO gwynedd_care.medicine_rounds VALUES {_rows(lambda i: f"({i}, {_q(_CARERS[i % 4])}, "
    f"timestamp '2025-03-01 08:00' + interval '{i * 4} hours')")};

CREATE SCHEMA whanau_history;
CREATE TABLE whanau_history.gedcom_names (id int PRIMARY KEY, givn text, surn text, sort_key text,
    soundex_surn text);
INSERT INTO whanau_history.gedcom_names VALUES {_rows(lambda i: f"({i}, {_q(_GIVEN[i % 4])}, "
    f"{_q(_SURN[(i + 1) % 4])}, {_q(f'K{i:05d}')}, "
    f"{_q(['N230', 'P630', 'T150', 'W426'][(i + 1) % 4])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round40_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "potosi_mina.accidentes.lesion": "health",
    "trento_sci.infortuni.lesioni": "health",
    "gwynedd_care.observations.spo2": "health",
    "whanau_history.gedcom_names.givn": "person_name",
    "whanau_history.gedcom_names.surn": "person_name",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round40_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a shift, a ski run, when a reading was taken or a dose given, a sort key, a surname's Soundex code.
NOT_READ = ("potosi_mina.accidentes.turno", "trento_sci.infortuni.pista", "gwynedd_care.observations.taken_at",
            "gwynedd_care.medicine_rounds.given_at", "whanau_history.gedcom_names.sort_key",
            "whanau_history.gedcom_names.soundex_surn")


@pytest.mark.parametrize("sampling", [True, False])
def test_round40_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 40 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "health": ("lesion", "lesioni", "spo2", "oxygen_saturation"),
    "person_name": ("givn", "surn"),
}
NOT_WORDS = ("given_at", "sort_key", "soundex_givn", "soundex_surn_std")


def test_round40_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# A saturation is read as a number about a patient.
def test_round40_numeric():
    assert (h := names.hint_for("spo2", "integer", None, "observations", None)) and h.category == "health"
