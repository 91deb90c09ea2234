"""Round 43's rules (docs/classifier.md, "Round 43"), on tables written for these tests in applications and countries
the forty-first blind part does not use (a Flemish scooter-sharing firm's customers and fines, in Dutch; a Samoan
church choir's members; a Kenyan boda-boda cooperative's riders; a Djibouti courier's logins and parcels, in Somali;
a Fijian school district's schools), not on that part's names or values. The `not read` assertions guard the
narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_KLANTEN = ["Wout Vermeulen", "Lotte De Smet", "Jens Claes", "Fien Goossens"]
_AUDIT = ["10.20.1.", "172.16.4.", "192.168.9.", "10.0.77."]

SCHEMA = f"""
CREATE SCHEMA gent_steps;
CREATE TABLE gent_steps.klanten (id int PRIMARY KEY, volledige_naam text, verblijfsadres text, gemeente text);
INSERT INTO gent_steps.klanten VALUES {_rows(lambda i: f"({i}, {_q(_KLANTEN[i % 4])}, "
    f"{_q(['Korenmarkt 7, 9000 Gent', 'Veldstraat 31 bus 2, 9000 Gent', 'Dampoortstraat 12, 9000 Gent'][i % 3])}, "
    f"{_q(['Gent', 'Merelbeke', 'Destelbergen'][i % 3])})")};
CREATE TABLE gent_steps.boetes (id int PRIMARY KEY, klant_id int, overtreding text, bedrag numeric(7,2));
INSERT INTO gent_steps.boetes VALUES {_rows(lambda i: f"({i}, {i % 4}, "
    f"{_q(['rijden onder invloed', 'vluchtmisdrijf', 'door rood licht gereden', 'rijden zonder verzekering'][i % 4])}, "
    f"{55 + (i % 5) * 58})")};

CREATE SCHEMA apia_aufaipese;
CREATE TABLE apia_aufaipese.sui (id int PRIMARY KEY, igoa text, telefoni text, imeli text, nuu text);
INSERT INTO apia_aufaipese.sui VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Losa Tuilagi', 'Iosefa Faleolo', 'Mele Aiono', 'Tavita Leota'][i % 4])}, {_q(f'+685 7{512000 + i * 37}')}, "
    f"{_q(['losa.t', 'iosefa.f', 'mele.a', 'tavita.l'][i % 4] + f'{i}@samoa.ws')}, "
    f"{_q(['Vailima', 'Lotopa', 'Vaitele', 'Moata'][i % 4])})")};

CREATE SCHEMA kisumu_boda;
CREATE TABLE kisumu_boda.riders (id int PRIMARY KEY, full_name text, mpesa_number text, stage text);
INSERT INTO kisumu_boda.riders VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Otieno Ouma', 'Akinyi Achieng', 'Ochieng Odhiambo', 'Atieno Awino'][i % 4])}, "
    f"{_q(f'07{22000000 + i * 4099}')}, {_q(['Kondele', 'Jubilee', 'Mamboleo'][i % 3])})")};

CREATE SCHEMA jabuuti_xamuul;
CREATE TABLE jabuuti_xamuul.galitaanka (id int PRIMARY KEY, user_id int, ip_cinwaanka text, goorta timestamp);
INSERT INTO jabuuti_xamuul.galitaanka VALUES {_rows(lambda i: f"({i}, {300 + i}, "
    f"{_q(_AUDIT[i % 4] + str(10 + i))}, timestamp '2025-03-01 08:00' + interval '{i} hours')")};
CREATE TABLE jabuuti_xamuul.xirmooyin (id int PRIMARY KEY, koodka_sirta text, miisaanka numeric(5,2));
INSERT INTO jabuuti_xamuul.xirmooyin VALUES {_rows(lambda i: f"({i}, {_q(f'{(i * 7919) % 1000000:06d}')}, "
    f"{1 + (i % 9) * 0.5})")};

CREATE SCHEMA suva_schools;
CREATE TABLE suva_schools.schools (id int PRIMARY KEY, school_name text, principal text, district text);
INSERT INTO suva_schools.schools VALUES {_rows(lambda i: f"({i}, "
    f"{_q(['Nasinu Primary', 'Lami High', 'Nausori Central', 'Tamavua Secondary'][i % 4] + f' {i}')}, "
    f"{_q(['Sereana Vunivalu', 'Ratu Josefa Naivalu', 'Priya Chand', 'Mosese Qalo'][i % 4])}, "
    f"{_q(['Suva', 'Nausori', 'Lami'][i % 3])})")};
CREATE TABLE suva_schools.bursary_loans (id int PRIMARY KEY, student_id int, principal numeric(9,2),
    rate numeric(4,2));
INSERT INTO suva_schools.bursary_loans VALUES {_rows(lambda i: f"({i}, {500 + i}, {1200 + i * 75}, "
    f"{3 + (i % 3) * 0.5})")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round43_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    "gent_steps.klanten.verblijfsadres": "postal_address",
    "gent_steps.boetes.overtreding": "criminal_record",
    "kisumu_boda.riders.mpesa_number": "phone",
    "suva_schools.schools.principal": "person_name",
}
# Read without sampling (with sampling the values already tell).
NAMED_BY_NAME = {
    "apia_aufaipese.sui.telefoni": "phone",
    "apia_aufaipese.sui.imeli": "email",
    "jabuuti_xamuul.galitaanka.ip_cinwaanka": "ip_address",
    "jabuuti_xamuul.xirmooyin.koodka_sirta": "secret_token",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round43_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    want = NAMED if sampling else NAMED | NAMED_BY_NAME
    assert {k: v for k, v in found.items() if k in want} == want


# Not read: a municipality, a fine's amount, a rider's stage, when a login happened, a parcel's weight, a district,
# and a loan's principal (an amount, in a table that is no organisation's).
NOT_READ = ("gent_steps.klanten.gemeente", "gent_steps.boetes.bedrag", "kisumu_boda.riders.stage",
            "jabuuti_xamuul.galitaanka.goorta", "jabuuti_xamuul.xirmooyin.miisaanka", "suva_schools.schools.district",
            "suva_schools.bursary_loans.principal", "suva_schools.bursary_loans.rate")


@pytest.mark.parametrize("sampling", [True, False])
def test_round43_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 43 adds, as a column of an invented table (`signups`, no table of people), by name alone.
WORDS = {
    "postal_address": ("verblijfsadres", "verblijfsadressen"),
    "criminal_record": ("overtreding", "overtredingen"),
    "phone": ("telefoni", "mpesa_number", "mpesa_no", "mpesa_phone", "zaad_number", "zaad_lambarka"),
    "email": ("imeli",),
    "ip_address": ("ip_cinwaanka", "ip_cinwaan"),
    "secret_token": ("koodka_sirta",),
}
# An office's telephone in Uzbek is an organisation's line; a loan's principal is no name by itself.
NOT_WORDS = ("idora_telefoni", "principal")


def test_round43_words():
    got = {c: (h.category if (h := names.hint_for(c, "text", None, "signups", None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)
