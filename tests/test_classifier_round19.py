"""Round 19's rules (docs/classifier.md, "Round 19"), on tables written for these tests in applications the
seventeenth blind part does not use (a Cardiff magistrates' court's charges, an audiology clinic in Lyon, a Dutch
municipality's residents, a Berlin web shop's accounts), not on that part's names or values."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24
_PEOPLE = ["Gareth Price", "Nia Rees", "Owen Lloyd", "Carys Bevan"]


def test_round19_names():
    hint = names.hint_for
    assert hint("statute", "text", None, "charges", None).category == "criminal_record"
    assert hint("offence_level", "text", None, "charges", None).category == "criminal_record"
    assert hint("migration_background", "text", None, "residents", None).category == "ethnic_origin"
    assert hint("authenticator_key", "text", None, "accounts", None).category == "secret_token"
    assert hint("background_color", "text", None, "residents", None) is None       # a colour, not an origin
    assert hint("level", "text", None, "charges", None) is None                    # a level alone says nothing


def test_words_fitted_to_t():
    # fitted to t_*: a German hearing-aid chain's and a Finnish probation system's abbreviations (fitted19.py)
    assert names.hint_for("geb_dat", "date", None, "", None).category == "birth_date"
    assert names.hint_for("rikosnimike", "text", None, "", None).category == "criminal_record"


SCHEMA = f"""
CREATE SCHEMA magistrates;
CREATE TABLE magistrates.defendants (id int PRIMARY KEY, full_name text);
INSERT INTO magistrates.defendants VALUES {", ".join(
    f"({i}, {_q(_PEOPLE[i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE magistrates.charges (id int PRIMARY KEY, defendant_id int REFERENCES magistrates.defendants,
                                  statute text, offence_level text, fine numeric(8,2));
INSERT INTO magistrates.charges VALUES {", ".join(
    f"({i}, {i}, {_q(['Theft Act 1968 s.1', 'Public Order Act 1986 s.5', 'Road Traffic Act 1988 s.5'][i % 3])}, "
    f"{_q(['summary', 'either way'][i % 2])}, {50 + i})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA audiologie;
CREATE TABLE audiologie.patients (id int PRIMARY KEY, full_name text);
INSERT INTO audiologie.patients VALUES {", ".join(
    f"({i}, {_q(['Claire Morel', 'Luc Girard', 'Anne Roux', 'Paul Blanc'][i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE audiologie.audiograms (id int PRIMARY KEY, patient_id int REFERENCES audiologie.patients,
                                    ear char(1), air_500 smallint, air_1000 smallint, bone_2000 smallint,
                                    ucl_1000 smallint, tinnitus char(1));
INSERT INTO audiologie.audiograms VALUES {", ".join(
    f"({i}, {i}, {_q('LR'[i % 2])}, {15 + i}, {20 + i}, {25 + i}, {90 + i % 15}, {_q('YN'[i % 2])})"
    for i in range(1, _ROWS + 1))};
CREATE TABLE audiologie.speakers (id int PRIMARY KEY, model text, response_1000 smallint, response_4000 smallint);
INSERT INTO audiologie.speakers VALUES {", ".join(
    f"({i}, {_q(f'HX-{i}')}, {80 + i}, {70 + i})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA gemeente;
CREATE TABLE gemeente.residents (id int PRIMARY KEY, full_name text, migration_background text,
                                 background_color text);
INSERT INTO gemeente.residents VALUES {", ".join(
    f"({i}, {_q(['Sanne de Vries', 'Bram Jansen', 'Fleur Visser', 'Daan Smit'][i % 4])}, "
    f"{_q(['none', 'first generation', 'second generation'][i % 3])}, {_q(['#ffffff', '#eeeeee'][i % 2])})"
    for i in range(1, _ROWS + 1))};

CREATE SCHEMA shop;
CREATE TABLE shop.accounts (id int PRIMARY KEY, authenticator_key varchar(32), theme text);
INSERT INTO shop.accounts VALUES {", ".join(
    f"({i}, {_q(''.join('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(i * 7 + k * 13) % 32] for k in range(32)))}, "
    f"{_q(['dark', 'light'][i % 2])})" for i in range(1, _ROWS + 1))};
"""

NAMED = {"magistrates.defendants.full_name": "person_name", "magistrates.charges.statute": "criminal_record",
         "magistrates.charges.offence_level": "criminal_record",
         "audiologie.patients.full_name": "person_name", "audiologie.audiograms.air_500": "health",
         "audiologie.audiograms.air_1000": "health", "audiologie.audiograms.bone_2000": "health",
         "audiologie.audiograms.ucl_1000": "health", "audiologie.audiograms.tinnitus": "health",
         "gemeente.residents.full_name": "person_name", "gemeente.residents.migration_background": "ethnic_origin",
         "shop.accounts.authenticator_key": "secret_token"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round19_rules", SCHEMA) as db:
        yield db


def test_round19_rules_sampled(cluster_db):
    # the fine, the ear, a speaker's frequency response and a colour are not read
    assert classified(cluster_db, True) == NAMED


def test_round19_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
