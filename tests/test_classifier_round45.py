"""Round 45's rules (docs/classifier.md, "Round 45"), on tables written for these tests in applications and countries
the forty-third blind part does not use (an Izmir courier firm's drivers, GPS fixes and card payments, in Turkish; a
Bălți (Moldova) gym's members, in Moldovan written in Cyrillic letters; a Novosibirsk taxi firm's drivers' medical
checks, in Russian; a Lomé (Togo) sexual-health clinic's screenings, in French; a Port-au-Prince choir's singers, in
Haitian creole), not on that part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_TR = ["Mehmet Yılmaz", "Ayşe Demir", "Emre Kaya", "Zeynep Şahin"]

SCHEMA = f"""
CREATE SCHEMA izmir_kurye;
CREATE TABLE izmir_kurye.suruculer (id int PRIMARY KEY, kimlik_no text, ilce text);
INSERT INTO izmir_kurye.suruculer VALUES {_rows(lambda i: f"({i}, {_q(f'{31000000000 + i * 7919}')}, "
    f"{_q(['Karşıyaka', 'Bornova', 'Buca'][i % 3])})")};
CREATE TABLE izmir_kurye.konumlar (id int PRIMARY KEY, enlem numeric(9,6), boylam numeric(9,6), hiz int);
INSERT INTO izmir_kurye.konumlar VALUES {_rows(lambda i: f"({i}, {38.40 + i * 0.0013:.6f}, {27.12 + i * 0.0011:.6f}, "
    f"{20 + i % 60})")};
CREATE TABLE izmir_kurye.tahsilatlar (id int PRIMARY KEY, kart_sahibi text, tutar numeric(9,2));
INSERT INTO izmir_kurye.tahsilatlar VALUES {_rows(lambda i: f"({i}, {_q(_TR[i % 4])}, {50 + i * 7})")};

CREATE SCHEMA balti_sala;
CREATE TABLE balti_sala.membri (id int PRIMARY KEY, дата_наштерий date, абонамент text);
INSERT INTO balti_sala.membri VALUES {_rows(lambda i: f"({i}, date '1975-03-01' + {i * 97}, "
    f"{_q(['лунар', 'анual', 'трэй лунь'][i % 3])})")};

CREATE SCHEMA nsk_taksi;
CREATE TABLE nsk_taksi.медосмотры (id int PRIMARY KEY, водитель_id int, острота_зрения text,
    нарколог_на_учете boolean, вод_удостоверение text, смена int);
INSERT INTO nsk_taksi.медосмотры VALUES {_rows(lambda i: f"({i}, {300 + i}, "
    f"{_q(['1.0/1.0', '0.8/0.9', '0.6/0.7', '1.0/0.8'][i % 4])}, {'true' if i % 7 == 0 else 'false'}, "
    f"{_q(f'54 {10 + i % 80} {400000 + i * 37}')}, {1 + i % 3})")};

CREATE SCHEMA lome_sante;
CREATE TABLE lome_sante.depistage (id int PRIMARY KEY, syphilis text, travail_sexuel boolean, hsh boolean,
    quartier text);
INSERT INTO lome_sante.depistage VALUES {_rows(lambda i: f"({i}, {_q(['négatif', 'positif', 'non fait'][i % 3])}, "
    f"{'true' if i % 5 == 0 else 'false'}, {'true' if i % 6 == 0 else 'false'}, "
    f"{_q(['Bè', 'Tokoin', 'Adidogomé'][i % 3])})")};

CREATE SCHEMA pap_koral;
CREATE TABLE pap_koral.chante (id int PRIMARY KEY, legliz text, vwa text);
INSERT INTO pap_koral.chante VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Katolik', 'Batis', 'Advantis', 'Metodis'][i % 4])}, {_q(['soprano', 'alto', 'tenò', 'bas'][i % 4])})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round45_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "izmir_kurye.konumlar.enlem": "geo_location",
    "izmir_kurye.konumlar.boylam": "geo_location",
    "izmir_kurye.tahsilatlar.kart_sahibi": "person_name",
    "izmir_kurye.suruculer.kimlik_no": "national_id",
    "balti_sala.membri.дата_наштерий": "birth_date",
    "nsk_taksi.медосмотры.острота_зрения": "health",
    "nsk_taksi.медосмотры.нарколог_на_учете": "health",
    "nsk_taksi.медосмотры.вод_удостоверение": "national_id",
    "lome_sante.depistage.syphilis": "health",
    "lome_sante.depistage.travail_sexuel": "sex_life",
    "lome_sante.depistage.hsh": "sex_life",
    "pap_koral.chante.legliz": "religious_belief",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round45_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert {k: v for k, v in found.items() if k in NAMED} == NAMED


# Not read: a district, a speed, an amount, a gym's subscription, a driver's key and shift, a neighbourhood, a
# singer's voice.
NOT_READ = ("izmir_kurye.suruculer.ilce", "izmir_kurye.konumlar.hiz", "izmir_kurye.tahsilatlar.tutar",
            "balti_sala.membri.абонамент", "nsk_taksi.медосмотры.водитель_id", "nsk_taksi.медосмотры.смена",
            "lome_sante.depistage.quartier", "pap_koral.chante.vwa")


@pytest.mark.parametrize("sampling", [True, False])
def test_round45_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 45 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "geo_location": ("enlem", "boylam"),
    "person_name": ("kart_sahibi",),
    "national_id": ("kimlik_no", "вод_удостоверение"),
    "birth_date": ("дата_наштерий",),
    "health": ("острота_зрения", "нарколог_на_учете", "на_учете_у_нарколога", "syphilis", "sifilis"),
    "sex_life": ("travail_sexuel", "hsh"),
    "religious_belief": ("legliz",),
}
# A narcologist alone (a doctor), a card alone, an identity alone, a driver alone, work alone: not read.
NOT_WORDS = ("нарколог", "kart", "kimlik", "водитель", "travail")


def test_round45_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
