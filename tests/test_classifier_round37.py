"""Round 37's rules (docs/classifier.md, "Round 37"), on tables written for these tests in applications and countries
the thirty-fifth blind part does not use (a football club in Mekelle and a church in Axum, Ethiopia, in Tigrinya; a
Turkmen carpet weavers' cooperative in Gonbad-e Kavus, Iran; a savings group in Kigali, Rwanda, in Kinyarwanda; a
library's web2py application in Kathmandu; a clinic in Kuala Lumpur), not on that part's names or values. The `not
read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_TI_FIRST = ["Hagos", "Mebrahtu", "Letay", "Kidane"]
_TI_FATHER = ["Gebremedhin", "Tesfay", "Berhe", "Abraha"]
_TI_GRAND = ["Woldu", "Haile", "Asfaha", "Gebru"]
_TK_FULL = ["Annaberdi Orazow", "Ogulgerek Myradowa", "Bayram Nurow", "Jemal Ataýewa"]
_RW_FULL = ["Uwase Diane", "Habimana Eric", "Mukamana Claudine", "Nshimiyimana Jean"]
_NP_FULL = ["Sita Shrestha", "Ramesh Karki", "Anjali Gurung", "Bikash Tamang"]


def _hex(i: int, n: int = 32) -> str:
    """A random-looking hexadecimal string of `n` characters, the same for the same `i`."""
    return f"{(i * 2654435761 + 97) % 16 ** n:0{n}x}"


SCHEMA = f"""
CREATE SCHEMA mekelle_club;
CREATE TABLE mekelle_club.abalat (id int PRIMARY KEY, sem text, sem_abbo text, sem_abbohago text, elet_lidet date,
    qutsri_menenet text, himam text);
INSERT INTO mekelle_club.abalat VALUES {_rows(lambda i: f"({i}, {_q(_TI_FIRST[i % 4])}, {_q(_TI_FATHER[i % 4])}, "
    f"{_q(_TI_GRAND[i % 4])}, '199{i % 10}-0{1 + i % 9}-{1 + i % 27:02d}', {_q(f'TG-{310000 + i * 53}')}, "
    f"{_q(['ዘይብሉ', 'ኣዝማ', 'ሽኮር'][i % 3])})")};

CREATE SCHEMA axum_church;
CREATE TABLE axum_church.kahnat (id int PRIMARY KEY, sem text, qutsri_silki text);
INSERT INTO axum_church.kahnat VALUES {_rows(lambda i: f"({i}, {_q(_TI_FIRST[(i + 1) % 4])}, "
    f"{_q(f'+251 914 {100000 + i * 37}')})")};
CREATE TABLE axum_church.mebaa_krstna (id int PRIMARY KEY, priest_id int REFERENCES axum_church.kahnat,
    sem_krstna text, abbo_krstna text, mesakir text);
INSERT INTO axum_church.mebaa_krstna VALUES {_rows(lambda i: f"({i}, {i}, "
    f"{_q(['Welde Mariam', 'Gebre Kidan', 'Haile Giorgis', 'Welete Selassie'][i % 4])}, "
    f"{_q(_TI_FIRST[(i + 2) % 4] + ' ' + _TI_FATHER[(i + 3) % 4])}, "
    f"{_q(_TI_FIRST[(i + 3) % 4] + ' ' + _TI_FATHER[i % 4] + ', ' + _TI_FIRST[i % 4])})")};

CREATE SCHEMA gonbad_halycy;
CREATE TABLE gonbad_halycy.ulanyjylar (id int PRIMARY KEY, doly_ady text);
INSERT INTO gonbad_halycy.ulanyjylar VALUES {_rows(lambda i: f"({i}, {_q(_TK_FULL[i % 4])})")};
CREATE TABLE gonbad_halycy.lukman_barlagy (id int PRIMARY KEY, user_id int REFERENCES gonbad_halycy.ulanyjylar,
    lukman text, gan_basysy text);
INSERT INTO gonbad_halycy.lukman_barlagy VALUES {_rows(lambda i: f"({i}, {i}, {_q(_TK_FULL[(i + 2) % 4])}, "
    f"{_q(f'{110 + i % 30}/{70 + i % 15}')})")};
CREATE TABLE gonbad_halycy.tolegler (id int PRIMARY KEY, user_id int REFERENCES gonbad_halycy.ulanyjylar,
    hasap_belgisi text, kart_belgisi text, mukdary numeric(10,2));
INSERT INTO gonbad_halycy.tolegler VALUES {_rows(lambda i: f"({i}, {i}, {_q(f'0102{4400000000 + i * 7919}')}, "
    f"{_q(f'6037 99{10 + i:02d} {1000 + i * 7:04d} {2000 + i * 11:04d}')}, {100 + i * 3.5})")};
CREATE TABLE gonbad_halycy.firmalar (id int PRIMARY KEY, ady text, direktor text);
INSERT INTO gonbad_halycy.firmalar VALUES {_rows(lambda i: f"({i}, {_q(f'Haly Söwda {i}')}, "
    f"{_q(_TK_FULL[(i + 1) % 4])})")};

CREATE SCHEMA kigali_ikimina;
CREATE TABLE kigali_ikimina.abanyamuryango (id int PRIMARY KEY, amazina text, itariki_yavutse date,
    konti_ya_banki text);
INSERT INTO kigali_ikimina.abanyamuryango VALUES {_rows(lambda i: f"({i}, {_q(_RW_FULL[i % 4])}, "
    f"'198{i % 10}-1{i % 3}-{1 + i % 27:02d}', {_q(f'4001-{2000000 + i * 4111}-0{i % 9}')})")};
CREATE TABLE kigali_ikimina.amadeni (id int PRIMARY KEY, member_id int REFERENCES kigali_ikimina.abanyamuryango,
    umwishingizi text, amafaranga int);
INSERT INTO kigali_ikimina.amadeni VALUES {_rows(lambda i: f"({i}, {i}, {_q(_RW_FULL[(i + 1) % 4])}, "
    f"{50000 + i * 1000})")};

CREATE SCHEMA kathmandu_library;
CREATE TABLE kathmandu_library.auth_user (id int PRIMARY KEY, first_name text, registration_key text,
    random_hash text);
INSERT INTO kathmandu_library.auth_user VALUES {_rows(lambda i: f"({i}, {_q(_NP_FULL[i % 4].split()[0])}, "
    f"{_q(_hex(i))}, {_q(_hex(i + 1000))})")};
CREATE TABLE kathmandu_library.courses (id int PRIMARY KEY, title text, sem text);
INSERT INTO kathmandu_library.courses VALUES {_rows(lambda i: f"({i}, {_q(f'Reading {i}')}, "
    f"{_q(['I', 'II', 'III', 'IV'][i % 4])})")};

CREATE SCHEMA kl_klinik;
CREATE TABLE kl_klinik.patients (id int PRIMARY KEY, full_name text, ic_number text);
INSERT INTO kl_klinik.patients VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Nur Aisyah binti Ahmad', 'Tan Wei Ming', 'Muthu a/l Rajan', 'Siti Hajar binti Ali'][i % 4])}, "
    f"{_q(f'{800101 + i * 37 % 9000:06d}-{10 + i % 5:02d}-{5000 + i * 17:04d}')})")};
CREATE TABLE kl_klinik.components (id int PRIMARY KEY, title text, ic_number text);
INSERT INTO kl_klinik.components VALUES {_rows(lambda i: f"({i}, {_q(f'Board {i}')}, "
    f"{_q(['NE555', 'LM317', 'ATmega328P', '74HC595'][i % 4])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round37_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    # Tigrinya: a member's father's and grandfather's name, birth date, identity number, illness; a priest's name in
    # a table of priests; a baptism's name, godfather and witnesses.
    "mekelle_club.abalat.sem_abbo": "person_name",
    "mekelle_club.abalat.sem_abbohago": "person_name",
    "mekelle_club.abalat.elet_lidet": "birth_date",
    "mekelle_club.abalat.qutsri_menenet": "national_id",
    "axum_church.kahnat.sem": "person_name",
    "axum_church.mebaa_krstna.sem_krstna": "person_name",
    "axum_church.mebaa_krstna.abbo_krstna": "person_name",
    "axum_church.mebaa_krstna.mesakir": "person_name",
    # Turkmen: a user's full name, the examining doctor, an account and a card number, a firm's director.
    "gonbad_halycy.ulanyjylar.doly_ady": "person_name",
    "gonbad_halycy.lukman_barlagy.lukman": "person_name",
    "gonbad_halycy.tolegler.hasap_belgisi": "bank_account",
    "gonbad_halycy.tolegler.kart_belgisi": "payment_card",
    "gonbad_halycy.firmalar.direktor": "person_name",
    # Kinyarwanda: a member's birth date and bank account, a loan's guarantor.
    "kigali_ikimina.abanyamuryango.itariki_yavutse": "birth_date",
    "kigali_ikimina.abanyamuryango.konti_ya_banki": "bank_account",
    "kigali_ikimina.amadeni.umwishingizi": "person_name",
    # A registration key and a random hash (web2py's auth_user); a Malaysian IC number.
    "kathmandu_library.auth_user.registration_key": "secret_token",
    "kathmandu_library.auth_user.random_hash": "secret_token",
    "kl_klinik.patients.ic_number": "national_id",
}
# Read by these rules without sampling; with sampling the values decide (a phone's values read it anyway, an illness
# and a blood pressure written in a few short values are left to them).
NAMES_ONLY = {
    "mekelle_club.abalat.himam": "health",
    "axum_church.kahnat.qutsri_silki": "phone",
    "gonbad_halycy.lukman_barlagy.gan_basysy": "health",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round37_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | ({} if sampling else NAMES_ONLY)
    assert {k: v for k, v in found.items() if k in expected} == expected


# Not read: a semester (`sem`) outside a table of people, a chip's IC number outside a table of people.
NOT_READ = ("kathmandu_library.courses.sem", "kl_klinik.components.ic_number")


@pytest.mark.parametrize("sampling", [True, False])
def test_round37_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 37 adds, as a column of an invented table of people (Tigrinya `kahnat`, priests; Turkmen
# `ulanyjylar`, users: tables of people from this round), by name alone: the hint it gives.
WORDS = {
    "person_name": ("sem", "sem_abbo", "sem_abbohago", "sem_krstna", "abbo_krstna", "mesakir", "mesekakir",
                    "doly_ady", "lukman", "direktor", "director", "umwishingizi"),
    "birth_date": ("elet_lidet", "mealti_lidet", "itariki_yavutse"),
    "national_id": ("qutsri_menenet", "wereqet_menenet", "ic_number", "ic_no"),
    "phone": ("silki", "qutsri_silki", "telefony", "jay_telefony"),
    "health": ("himam", "gan_basysy"),
    "bank_account": ("hasap_belgisi", "bank_hasaby", "konti_ya_banki"),
    "payment_card": ("kart_belgisi",),
    "credentials": ("ijambo_banga",),
    "secret_token": ("registration_key", "validation_key", "verification_key", "random_hash"),
}
# Alone, a key, a registration, a validation, a random value, an IC and a godparent's word are not read.
NOT_WORDS = ("key", "registration", "validation", "random", "ic", "krstna", "abbo", "menenet")


@pytest.mark.parametrize("table", ["kahnat", "ulanyjylar"])
def test_round37_words(table):
    got = {c: (h.category if (h := names.hint_for(c, "text", None, table, None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# `sem` and an IC number only in a table of people; priests and Turkmen users are tables of people, a Turkmen medical
# examination is a table of health.
def test_round37_context():
    for column in ("sem", "ic_number"):
        assert names.hint_for(column, "text", None, "courses", None) is None, column
    for table in "kahnat kahin ulanyjy ulanyjylar".split():
        assert names.table_context(table)[0], table
    assert names.table_context("lukman_barlagy")[1]


# Tokens: no word of this round is a piece of glued names (`ade`, of a Tigrinya godmother, split `validade` and was
# not kept).
def test_round37_tokens():
    assert names.tokens("data_validade") == ("data", "validade")
    for whole in ("silki", "himam", "mesakir", "umwishingizi", "lukman"):
        assert names.tokens(whole) == (whole,), whole
