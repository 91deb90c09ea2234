"""Round 51's rules (docs/classifier.md, "Round 51"), on tables written for these tests in applications and places
the forty-ninth blind part does not use (a Crostwitz music school's pupils and its instruments, in Upper Sorbian; a
Karasjok reindeer-herding cooperative's workers and its projects, in Northern Sámi; a Scuol ski school's instructors,
in Romansh), not on that part's names or values.
The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_HSB = ["Jan", "Marja", "Pětr", "Hanka"]
_HSB_FAMILY = ["Nowak", "Wjeńka", "Kral", "Šołćina"]
_SE = ["Máret Ánne Sara", "Niillas Somby", "Elle Márjá Eira", "Ovllá Guttorm"]
_RM = ["Caduff", "Bezzola", "Tschander", "Clavadetscher"]

SCHEMA = f"""
CREATE SCHEMA chroscicy_hudzba;
CREATE TABLE chroscicy_hudzba.sulerjo (id int PRIMARY KEY, mjeno text, swojbne_mjeno text, chorosc text,
    nabozina text, instrument text);
INSERT INTO chroscicy_hudzba.sulerjo VALUES {_rows(lambda i: f"({i}, {_q(_HSB[i % 4])}, "
    f"{_q(_HSB_FAMILY[(i + 1) % 4])}, {_q(['astma', 'žana', 'diabetes typ 1', 'žana'][i % 4])}, "
    f"{_q(['katolska', 'ewangelska', 'žana'][i % 3])}, {_q(['husle', 'klawěr', 'flěta'][i % 3])})")};
CREATE TABLE chroscicy_hudzba.instrumenty (id int PRIMARY KEY, mjeno text, narodny text, placizna numeric(8,2));
INSERT INTO chroscicy_hudzba.instrumenty VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['husle 4/4', 'klawěr Petrof', 'serbske dudy'][i % 3])}, {_q(['haj', 'ně'][i % 2])}, {100 + i * 13})")};

CREATE SCHEMA karasjok_boazu;
CREATE TABLE karasjok_boazu.bargit (id int PRIMARY KEY, namma text, telefovdna text, e_poasta text,
    beassansatni text, bargu text);
INSERT INTO karasjok_boazu.bargit VALUES {_rows(lambda i: f"({i}, {_q(_SE[i % 4])}, "
    f"{_q(f'+47 9{i % 10}{i % 7} {10 + i} {300 + i}')}, {_q(f'bargi{i}@boazu.example.no')}, "
    f"{_q(f'$2b$12${i:02d}abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS')}, "
    f"{_q(['guođoheapmi', 'merken', 'rehket'][i % 3])})")};
CREATE TABLE karasjok_boazu.prosjeavttat (id int PRIMARY KEY, namma text, budsjeahtta int);
INSERT INTO karasjok_boazu.prosjeavttat VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Geasseorohat', 'Áiddit ođasmahttin', 'Boazodoallu 2030'][i % 3])}, {10000 + i * 500})")};

CREATE SCHEMA scuol_scoula_skis;
CREATE TABLE scuol_scoula_skis.collaboraturs (id int PRIMARY KEY, nom_da_famiglia text, contact_d_urgenza text,
    nivel text);
INSERT INTO scuol_scoula_skis.collaboraturs VALUES {_rows(lambda i: f"({i}, {_q(_RM[i % 4])}, "
    f"{_q(f'Anna {_RM[(i + 2) % 4]}')}, {_q(['instructur', 'instructur superiur', 'aspirant'][i % 3])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round51_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "chroscicy_hudzba.sulerjo.mjeno": "person_name",
    "chroscicy_hudzba.sulerjo.swojbne_mjeno": "person_name",
    "chroscicy_hudzba.sulerjo.chorosc": "health",
    "chroscicy_hudzba.sulerjo.nabozina": "religious_belief",
    "karasjok_boazu.bargit.namma": "person_name",
    "karasjok_boazu.bargit.telefovdna": "phone",
    "karasjok_boazu.bargit.e_poasta": "email",
    "karasjok_boazu.bargit.beassansatni": "credentials",
    "scuol_scoula_skis.collaboraturs.nom_da_famiglia": "person_name",
    "scuol_scoula_skis.collaboraturs.contact_d_urgenza": "person_name",
}

@pytest.mark.parametrize("sampling", [True, False])
def test_round51_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: an instrument's name (Sorbian `mjeno` outside a table of people) and `narodny` (also "national": a
# yes/no), a price, a project's name (Sámi `namma` outside a table of people) and budget, a worker's task, an
# instructor's level.
NOT_READ = ("chroscicy_hudzba.instrumenty.mjeno", "chroscicy_hudzba.instrumenty.narodny",
            "chroscicy_hudzba.instrumenty.placizna", "chroscicy_hudzba.sulerjo.instrument",
            "karasjok_boazu.prosjeavttat.namma", "karasjok_boazu.prosjeavttat.budsjeahtta",
            "karasjok_boazu.bargit.bargu", "scuol_scoula_skis.collaboraturs.nivel")


@pytest.mark.parametrize("sampling", [True, False])
def test_round51_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 51 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "person_name": ("swojbne_mjeno", "predmjeno", "nom_da_famiglia", "num_da_famiglia", "nom_famiglia",
                    "contact_d_urgenza", "contact_urgenza"),
    "birth_date": ("datum_narodzenja", "narodny_dzen", "narodniny", "narodzenje", "riegadan"),
    "health": ("chorosc", "chorosce"),
    "religious_belief": ("nabozina",),
    "phone": ("telefovdna",),
    "email": ("e_poasta",),
    "credentials": ("beassansatni",),
}
# Sorbian `mjeno` and Sámi `namma` (a name) are read only in a table of people, weak: the new tables of people.
PEOPLE_TABLES = ("sulerjo", "wucerjo", "starsej", "bargit", "jienasteaddjit", "evttohasat", "oahppit",
                 "collaboraturs")
# A name alone, `narodny` alone (Upper Sorbian "national" as well as "of birth"), a national holiday, a bare `num`
# (a number), a contact alone, the post (Sámi `poasta`), a postcode outside a table of people, a birthplace (Sámi
# `riegádansadji`), a worker's task: not read.
NOT_WORDS = ("mjeno", "namma", "narodny", "narodny_swjedzen", "num", "contact", "poasta", "poastanummir", "poastanr",
             "riegadansadji", "bargu")


def _hint(column: str, table: str = "signups"):
    return names.hint_for(column, "text", None, table, None)


def test_round51_words():
    got = {c: (h.category if (h := _hint(c)) else None) for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
    for table in PEOPLE_TABLES:
        word = "mjeno" if table in ("sulerjo", "wucerjo", "starsej") else "namma"
        hint = _hint(word, table)
        assert hint is not None and (hint.category, hint.strength) == ("person_name", "weak"), table
    for word in ("poastanummir", "poastanr"):      # a Sámi postcode, in a table of people (as Norwegian `postnr`)
        hint = _hint(word, "bargit")
        assert hint is not None and (hint.category, hint.strength) == ("postal_address", "weak")
    assert _hint("poasta", "bargit") is None
    assert _hint("num", "collaboraturs") is None        # Romansh `num` (a name) is also a number: not read
    assert _hint("mjeno", "instrumenty") is None
    assert _hint("namma", "prosjeavttat") is None
