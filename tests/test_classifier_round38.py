"""Round 38's rules (docs/classifier.md, "Round 38"), on tables written for these tests in applications and countries
the thirty-sixth blind part does not use (a Thessaloniki sports-physiotherapy practice and a Toronto rehabilitation
clinic; a Peshawar maternity clinic, in Pashto; a Port Moresby youth club, in Tok Pisin; a Lagos payments app's
one-time passwords), not on that part's names or values. The `not read` assertions guard the narrowing."""
from __future__ import annotations

import pytest

from auditor.analysis.classify import names

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_GR_FIRST = ["Eleni", "Giorgos", "Katerina", "Nikos"]
_PS_FATHER = ["Gul Khan", "Sher Ali", "Zar Muhammad", "Noor Rahman"]
_PS_PEN = ["Yousafzai", "Afridi", "Khattak", "Mohmand"]


def _otp(i: int) -> str:
    return f"{(i * 7919 + 104729) % 1000000:06d}"


SCHEMA = f"""
CREATE SCHEMA thessaloniki_physio;
CREATE TABLE thessaloniki_physio.therapeftes (id int PRIMARY KEY, onoma text, stathero text, eidikotita text);
INSERT INTO thessaloniki_physio.therapeftes VALUES {_rows(lambda i: f"({i}, {_q(_GR_FIRST[i % 4])}, "
    f"{_q(f'2310 {200000 + i * 173}')}, {_q(['athlitiki', 'neurologiki'][i % 2])})")};
CREATE TABLE thessaloniki_physio.athlites (id int PRIMARY KEY, koinonikis_asfalisis text, atomo_epikoinonias text);
INSERT INTO thessaloniki_physio.athlites VALUES {_rows(lambda i: f"({i}, {_q(f'{10000000000 + i * 9091}')}, "
    f"{_q(_GR_FIRST[(i + 1) % 4] + ' ' + ['Papadopoulou', 'Georgiou'][i % 2])})")};
CREATE TABLE thessaloniki_physio.synederies (id int PRIMARY KEY, athlitis_id int REFERENCES thessaloniki_physio.athlites,
    klimaka_ponou smallint, evros_kinisis smallint);
INSERT INTO thessaloniki_physio.synederies VALUES {_rows(lambda i: f"({i}, {i}, {i % 11}, {60 + i * 5 % 120})")};

CREATE SCHEMA toronto_rehab;
CREATE TABLE toronto_rehab.visits (id int PRIMARY KEY, visit_date date, pain_score smallint, range_of_motion smallint);
INSERT INTO toronto_rehab.visits VALUES {_rows(lambda i: f"({i}, '2025-05-{1 + i % 27:02d}', {i % 11}, "
    f"{45 + i * 7 % 130})")};
CREATE TABLE toronto_rehab.price_list (id int PRIMARY KEY, price_range text, map_scale text);
INSERT INTO toronto_rehab.price_list VALUES {_rows(lambda i: f"({i}, {_q(['low', 'mid', 'high'][i % 3])}, "
    f"{_q(['1:500', '1:1000'][i % 2])})")};

CREATE SCHEMA peshawar_zezhawun;
CREATE TABLE peshawar_zezhawun.patients (id int PRIMARY KEY, takhallus text, da_plar_num text, wina_grup text,
    kili text);
INSERT INTO peshawar_zezhawun.patients VALUES {_rows(lambda i: f"({i}, {_q(_PS_PEN[i % 4])}, "
    f"{_q(_PS_FATHER[i % 4])}, {_q(['A+', 'O+', 'B-', 'AB+'][i % 4])}, {_q(['Charsadda', 'Mardan'][i % 2])})")};
CREATE TABLE peshawar_zezhawun.karkawunki (id int PRIMARY KEY, login text, paswurd text);
INSERT INTO peshawar_zezhawun.karkawunki VALUES {_rows(lambda i: f"({i}, {_q(f'staff{i}')}, "
    f"{_q('$2b$12$' + 'k' * 10 + str(i).zfill(43))})")};

CREATE SCHEMA moresby_yut_klab;
CREATE TABLE moresby_yut_klab.memba (id int PRIMARY KEY, fon_namba text, paswod text, fon text);
INSERT INTO moresby_yut_klab.memba VALUES {_rows(lambda i: f"({i}, {_q(f'7{i % 9}{100000 + i * 37:06d}')}, "
    f"{_q('$2b$12$' + 'p' * 10 + str(i).zfill(43))}, {_q(['Arial', 'Verdana'][i % 2])})")};

CREATE SCHEMA lagos_pay;
CREATE TABLE lagos_pay.otp_requests (id int PRIMARY KEY, requested_at date, otp text, otp_code text);
INSERT INTO lagos_pay.otp_requests VALUES {_rows(lambda i: f"({i}, '2025-06-{1 + i % 27:02d}', {_q(_otp(i))}, "
    f"{_q(_otp(i + 3))})")};
CREATE TABLE lagos_pay.staff_leave (id int PRIMARY KEY, otpusk_nachalo date);
INSERT INTO lagos_pay.staff_leave VALUES {_rows(lambda i: f"({i}, '2025-07-{1 + i % 27:02d}')")};
"""


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round38_rules", SCHEMA) as db:
        yield db


# Read with and without sampling.
NAMED = {
    # Greek: a therapist's name (therapists, a table of people), a contact person, a social insurance number; a
    # physiotherapy session's pain scale and range of motion (as numbers), in Greek and in English.
    "thessaloniki_physio.therapeftes.onoma": "person_name",
    "thessaloniki_physio.athlites.koinonikis_asfalisis": "national_id",
    "thessaloniki_physio.athlites.atomo_epikoinonias": "person_name",
    "thessaloniki_physio.synederies.klimaka_ponou": "health",
    "thessaloniki_physio.synederies.evros_kinisis": "health",
    "toronto_rehab.visits.pain_score": "health",
    "toronto_rehab.visits.range_of_motion": "health",
    # Pashto: a pen name used as a surname, the father's name, the blood group.
    "peshawar_zezhawun.patients.takhallus": "person_name",
    "peshawar_zezhawun.patients.da_plar_num": "person_name",
    "peshawar_zezhawun.patients.wina_grup": "health",
}
# Read by these rules without sampling. With sampling, the phone numbers' and the password hashes' values read them
# anyway, and a one-time password of six digits is left to its values, which are too short for a secret (values.py;
# docs/classifier.md, "Round 38", what is not fixed).
NAMES_ONLY = {
    # Pashto, Tok Pisin and Pijin: a password; a one-time password.
    "peshawar_zezhawun.karkawunki.paswurd": "credentials",
    "moresby_yut_klab.memba.paswod": "credentials",
    "lagos_pay.otp_requests.otp": "secret_token",
    "lagos_pay.otp_requests.otp_code": "secret_token",
    "thessaloniki_physio.therapeftes.stathero": "phone",
    "moresby_yut_klab.memba.fon_namba": "phone",
}


@pytest.mark.parametrize("sampling", [True, False])
def test_round38_rules(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    expected = NAMED | (NAMES_ONLY if not sampling else {k: v for k, v in NAMES_ONLY.items()
                                                    if v in ("phone", "credentials")})
    assert {k: v for k, v in found.items() if k in expected} == expected


# Not read: a price range, a map's scale, a font, a Russian leave's days (`otpusk`, not a one-time password), a
# village (`kili`).
NOT_READ = ("toronto_rehab.price_list.price_range", "toronto_rehab.price_list.map_scale", "moresby_yut_klab.memba.fon",
            "lagos_pay.staff_leave.otpusk_nachalo", "peshawar_zezhawun.patients.kili")


@pytest.mark.parametrize("sampling", [True, False])
def test_round38_not_read(cluster_db, sampling):
    found = classified(cluster_db, sampling)
    assert [c for c in NOT_READ if c in found] == []


# Every word round 38 adds, as a column of an invented table (`therapeftes`, Greek therapists, a table of people from
# this round; `otp_log`, no table of people), by name alone: the hint it gives.
WORDS = {
    "person_name": ("plar_num", "da_plar_num", "takhallus", "atomo_epikoinonias"),
    "national_id": ("koinonikon_asfaliseon", "ar_koinonikon_asfaliseon", "arithmos_koinonikon_asfaliseon",
                    "koinonikis_asfalisis"),
    "phone": ("stathero", "fon_namba"),
    "health": ("pain_scale", "pain_score", "range_of_motion", "klimaka_ponou", "evros_kinisis", "wina_grup",
               "wino_grup", "da_wino_grup"),
    "credentials": ("paswurd", "paswod"),
    "secret_token": ("otp", "otp_code", "otp_value"),
}
# Alone, `fon` (a font), `plar`, `wina`, `range`, `scale`, `motion` and `otpusk` (Russian: leave) name nothing.
NOT_WORDS = ("fon", "plar", "wina", "range", "scale", "motion", "otpusk", "otpusk_nachalo")


@pytest.mark.parametrize("table", ["therapeftes", "otp_log"])
def test_round38_words(table):
    got = {c: (h.category if (h := names.hint_for(c, "text", None, table, None)) else None)
           for cols in WORDS.values() for c in cols + NOT_WORDS}
    assert got == {c: cat for cat, cols in WORDS.items() for c in cols} | dict.fromkeys(NOT_WORDS)


# A pain scale and a range of motion kept as numbers are health; Greek therapists and doctors are tables of people.
def test_round38_numbers_and_tables():
    for column in ("pain_scale", "pain_score", "range_of_motion", "klimaka_ponou", "evros_kinisis"):
        h = names.hint_for(column, "smallint", None, "sessions", None)
        assert h is not None and h.category == "health", column
    for table in ("therapeftes", "therapeutes", "iatroi"):
        assert names.table_context(table)[0], table
