"""Round 18's rules (docs/classifier.md, "Round 18"), on values and tables written for these tests in applications
the sixteenth blind part does not use (a Leuven hospice's residents, a Cork rowing club's members, a Debrecen
choir's members and their payouts, a Porto gym's turnstile enrolments, a Toronto sexual-health survey, a Leeds
probation office's clients), not on that part's names or values."""
from __future__ import annotations

import base64
import random

import pytest

from auditor.analysis.classify import identifiers, names

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 24
_R = random.Random(18)


def _be_nn(i: int) -> str:
    """A Belgian national number as registers write it: birth date, serial, 97 minus the rest mod 97."""
    yy, mm, dd, serial = 40 + i, 1 + i % 12, 1 + i % 28, 100 + 2 * i
    base = int(f"{yy:02d}{mm:02d}{dd:02d}{serial:03d}")
    return f"{yy:02d}.{mm:02d}.{dd:02d}-{serial:03d}.{97 - base % 97:02d}"


def _ppsn(i: int) -> str:
    d = f"{3412000 + 37 * i:07d}"
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[sum(int(x) * w for x, w in zip(d, range(8, 1, -1))) % 23]


def _hu_tax(i: int) -> str:
    for serial in range(1000):
        body = f"8{30000 + 211 * i:05d}{serial:03d}"
        check = sum(int(x) * w for w, x in enumerate(body, 1)) % 11
        if check < 10:
            return body + str(check)
    raise AssertionError("no serial gives a check digit")


def _w9731(d: str) -> str:
    return str((10 - sum(int(x) * (9, 7, 3, 1)[k % 4] for k, x in enumerate(d)) % 10) % 10)


def _giro(i: int) -> str:
    bank, account = f"{1040000 + i:07d}", f"{5200000 + 7919 * i:015d}"
    return f"{bank}{_w9731(bank)}-{account[:8]}-{account[8:]}{_w9731(account)}"


def _minutiae(i: int) -> str:
    return base64.b64encode(b"FMR\x00 20\x00" + bytes(_R.randrange(256) for _ in range(120))).decode()


def test_national_numbers_by_check_digits():
    assert identifiers.national_kind(_be_nn(3)) == "be_nn"
    assert identifiers.national_kind(_ppsn(3)) == "ie_ppsn"
    assert identifiers.national_kind(_hu_tax(3)) == "hu_tax_id"
    wrong = _be_nn(3)[:-2] + f"{(int(_be_nn(3)[-2:]) + 1) % 97:02d}"
    assert identifiers.national_kind(wrong) is None
    assert identifiers.national_kind(_hu_tax(3)[:-1] + str((int(_hu_tax(3)[-1]) + 1) % 10)) is None
    assert identifiers.giro_account(_giro(5))
    assert not identifiers.giro_account(_giro(5)[:-1] + str((int(_giro(5)[-1]) + 1) % 10))


def test_minutiae_record():
    assert identifiers.minutiae_template(_minutiae(1))
    assert not identifiers.minutiae_template(base64.b64encode(bytes(range(90))).decode())


def test_round18_names():
    hint = names.hint_for
    assert hint("gsm", "text", None, "residents", None).category == "phone"
    assert hint("gender_identity", "text", None, "clients", None) is None     # neither sex life nor orientation
    assert hint("sexual_orientation", "text", None, "clients", None).category == "sex_life"    # still
    assert hint("hoofddiagnose", "text", None, "residents", None).category == "health"
    assert hint("dnr", "smallint", None, "residents", None).category == "health"
    assert hint("katz_score", "varchar(2)", None, "residents", None).category == "health"
    assert hint("sid_number", "text", None, "clients", None).category == "criminal_record"
    assert hint("crim_chk_result", "text", None, "volunteers", None).category == "criminal_record"
    assert hint("crim_chk_ymd", "char(8)", None, "volunteers", None) is None       # when the check was made
    assert hint("partners_last_12_months", "integer", None, "respondents", None).category == "sex_life"
    assert hint("condom_use", "text", None, "respondents", None).category == "sex_life"
    assert hint("chemsex", "boolean", None, "respondents", None).category == "sex_life"
    assert hint("contraception", "text", None, "respondents", None).category == "health"
    assert hint("on_prep", "boolean", None, "respondents", None).category == "health"
    assert hint("prep_minutes", "integer", None, "recipes", None) is None          # a kitchen's preparation
    assert hint("eircode", "text", None, "members", None).category == "postal_address"


def test_words_fitted_to_s():
    # fitted to s_*: a Hungarian registry's and a Ghent home-nursing practice's words (fitted18.py)
    assert names.hint_for("vezeteknev", "text", None, "", None).category == "person_name"
    assert names.hint_for("szuletesi_datum", "date", None, "", None).category == "birth_date"


SCHEMA = f"""
CREATE SCHEMA hospice;
CREATE TABLE hospice.residents (id int PRIMARY KEY, full_name text, reg_code char(15), gsm text, dnr smallint,
                                katz_score varchar(2), hoofddiagnose text);
INSERT INTO hospice.residents VALUES {", ".join(
    f"({i}, {_q(['Wouter Claes', 'Griet Lenaerts', 'Joris Hendrickx', 'Ann Baert'][i % 4])}, {_q(_be_nn(i))}, "
    f"{_q(f'0476 {10 + i} {20 + i} {30 + i}')}, {i % 3}, {_q(['A', 'B', 'C', 'O'][i % 4])}, "
    f"{_q(['dementie', 'hartfalen', 'COPD'][i % 3])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA rowing;
CREATE TABLE rowing.members (id int PRIMARY KEY, full_name text, ref_code varchar(9), eircode text);
INSERT INTO rowing.members VALUES {", ".join(
    f"({i}, {_q(['Siobhan Kelly', 'Cian Murphy', 'Aoife Byrne', 'Darragh Walsh'][i % 4])}, {_q(_ppsn(i))}, "
    f"{_q(['T12 X8K4', 'T23 C6P2', 'P31 KH50', 'T45 FR92'][i % 4])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA choir;
CREATE TABLE choir.members (id int PRIMARY KEY, full_name text, tax_ref char(10), payout_ref varchar(26));
INSERT INTO choir.members VALUES {", ".join(
    f"({i}, {_q(['Anna Weber', 'Peter Horn', 'Maria Klein', 'Jonas Fischer'][i % 4])}, {_q(_hu_tax(i))}, "
    f"{_q(_giro(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA gym;
CREATE TABLE gym.members (id int PRIMARY KEY, full_name text);
INSERT INTO gym.members VALUES {", ".join(
    f"({i}, {_q(['Rui Costa', 'Marta Sousa', 'Tiago Alves', 'Ines Lopes'][i % 4])})" for i in range(1, _ROWS + 1))};
CREATE TABLE gym.enrolments (id int PRIMARY KEY, member_id int REFERENCES gym.members, blob_data text);
INSERT INTO gym.enrolments VALUES {", ".join(f"({i}, {i}, {_q(_minutiae(i))})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA survey;
CREATE TABLE survey.respondents (id int PRIMARY KEY, partners_last_12_months int, condom_use text, chemsex boolean,
                                 on_prep boolean, gender_identity text);
INSERT INTO survey.respondents VALUES {", ".join(
    f"({i}, {i % 5}, {_q(['always', 'sometimes', 'never'][i % 3])}, {'true' if i % 4 == 0 else 'false'}, "
    f"{'true' if i % 3 == 0 else 'false'}, {_q(['woman', 'man', 'non-binary'][i % 3])})" for i in range(1, _ROWS + 1))};

CREATE SCHEMA probation;
CREATE TABLE probation.clients (id int PRIMARY KEY, full_name text, sid_number text, crim_chk_result text,
                                crim_chk_ymd char(8));
INSERT INTO probation.clients VALUES {", ".join(
    f"({i}, {_q(['Kyle Benson', 'Dean Firth', 'Lauren Hogg', 'Amir Shah'][i % 4])}, {_q(f'TX{4400000 + 13 * i}')}, "
    f"{_q(['clear', 'record found'][i % 2])}, {_q(f'2023{1 + i % 12:02d}{1 + i % 28:02d}')})"
    for i in range(1, _ROWS + 1))};
"""

NAMED = {"hospice.residents.full_name": "person_name", "hospice.residents.gsm": "phone",
         "hospice.residents.dnr": "health", "hospice.residents.katz_score": "health",
         "hospice.residents.hoofddiagnose": "health",
         "rowing.members.full_name": "person_name", "rowing.members.eircode": "postal_address",
         "choir.members.full_name": "person_name", "gym.members.full_name": "person_name",
         "survey.respondents.partners_last_12_months": "sex_life", "survey.respondents.condom_use": "sex_life",
         "survey.respondents.chemsex": "sex_life", "survey.respondents.on_prep": "health",
         "probation.clients.full_name": "person_name", "probation.clients.sid_number": "criminal_record",
         "probation.clients.crim_chk_result": "criminal_record"}
VALUED = {"hospice.residents.reg_code": "national_id", "rowing.members.ref_code": "national_id",
          "choir.members.tax_ref": "national_id", "choir.members.payout_ref": "bank_account",
          "gym.enrolments.blob_data": "biometric"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round18_rules", SCHEMA) as db:
        yield db


def test_round18_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED | VALUED


def test_round18_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
