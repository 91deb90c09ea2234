"""Round 25's rules (docs/classifier.md, "Round 25"), on tables written for these tests in applications the
twenty-third blind part does not use (an Almaty clinic's patient register and a card switch's BIN table, a Ghanaian
microfinance lender's borrowers and a Kathmandu eatery's menu and a Brazilian cable shop's stock), not on that part's names or values. The `not read` assertions guard the narrowing: a card range's
`iin` (the issuer's prefix), a payroll's SSNIT contribution (an amount), a dish's `momo_*`
columns, a cable's `fio` (a wire, against the word fitted to
`f_*`)."""
from __future__ import annotations

import datetime
import random

import pytest

from .helpers import analysed_database, classified
from .helpers import sql_rows as _rows
from .helpers import sql_text as _q

_R = random.Random(25)


def _iin(i: int) -> str:
    """A Kazakh IIN with a valid check digit, born in 1950-1995 (century-and-sex digit 3 or 4)."""
    born = datetime.date(1950 + (i * 7) % 46, 1 + i % 12, 1 + (i * 5) % 28)
    while True:
        body = f"{born:%y%m%d}{3 + i % 2}{_R.randint(0, 9999):04d}"
        d = [int(x) for x in body]
        k = sum(w * x for w, x in zip(range(1, 12), d)) % 11
        if k == 10:
            k = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), d)) % 11
        if k != 10:
            return body + str(k)


_NAMES = ["Aliya Nurpeisova", "Ruslan Tokhtarov", "Gaukhar Seitkali", "Yerbol Abenov"]
_GH = ["Kwabena Ofori", "Efua Mensah", "Yaw Asante", "Abena Owusu"]
SCHEMA = f"""
CREATE SCHEMA almaty_clinic;
CREATE TABLE almaty_clinic.patients (id int PRIMARY KEY, full_name text, iin text, external_ref text);
INSERT INTO almaty_clinic.patients VALUES {_rows(lambda i: f"({i}, {_q(_NAMES[i % 4])}, {_q(_iin(i))}, "
    f"{_q(_iin(i + 50))})")};
CREATE SCHEMA switch;
CREATE TABLE switch.card_ranges (id int PRIMARY KEY, iin text, scheme text);
INSERT INTO switch.card_ranges VALUES {_rows(lambda i: f"({i}, {_q(str(400000 + i * 37))}, 'VISA')")};

CREATE SCHEMA lender;
CREATE TABLE lender.borrowers (id int PRIMARY KEY, full_name text, ghana_card_pin text, ssnit_number text,
    momo_wallet text, id_value text);
INSERT INTO lender.borrowers VALUES {_rows(lambda i: f"({i}, {_q(_GH[i % 4])}, "
    f"{_q(f'GHA-{_R.randint(700000000, 729999999)}-{_R.randint(0, 9)}')}, {_q(f'D{_R.randint(10**11, 10**12 - 1)}')}, "
    f"{_q(f'024{_R.randint(1000000, 9999999)}')}, {_q(f'GHA-{_R.randint(700000000, 729999999)}-{_R.randint(0, 9)}')})")};
CREATE TABLE lender.payroll (id int PRIMARY KEY, borrower_id int REFERENCES lender.borrowers, ssnit_contribution
    numeric(10,2));
INSERT INTO lender.payroll VALUES {_rows(lambda i: f"({i}, {i}, {120 + i}.50)")};
CREATE SCHEMA eatery;
CREATE TABLE eatery.dishes (id int PRIMARY KEY, title text, momo_filling text, momo_price numeric(6,2));
INSERT INTO eatery.dishes VALUES {_rows(lambda i: f"({i}, {_q(f'Plate {i}')}, {_q(['buff', 'veg', 'chicken'][i % 3])}, "
    f"{150 + i})")};

CREATE SCHEMA lojacabos;
CREATE TABLE lojacabos.cabos (id int PRIMARY KEY, fio text, metros integer);
INSERT INTO lojacabos.cabos VALUES {_rows(lambda i: f"({i}, {_q(['2,5 mm', '4 mm', '6 mm'][i % 3])}, {i * 10})")};
"""

# What names read alone: a Kazakh IIN in a table of people (not a card range's `iin`), the Ghana Card PIN and the
# SSNIT number (not a payment card), a mobile-money wallet (a phone; not a dish's `momo_*`).
NAMED = {"almaty_clinic.patients.full_name": "person_name", "almaty_clinic.patients.iin": "national_id",
         "lender.borrowers.full_name": "person_name", "lender.borrowers.ghana_card_pin": "national_id",
         "lender.borrowers.ssnit_number": "national_id", "lender.borrowers.momo_wallet": "phone"}
# With sampling: IINs (by their check digit) and Ghana Card PINs (by their shape) under names that do not say so.
SAMPLED = {"almaty_clinic.patients.external_ref": "national_id", "lender.borrowers.id_value": "national_id"}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "round25_rules", SCHEMA) as db:
        yield db


def test_round25_rules_sampled(cluster_db):
    assert classified(cluster_db, True) == NAMED | SAMPLED


def test_round25_rules_names_only(cluster_db):
    assert classified(cluster_db, False) == NAMED
