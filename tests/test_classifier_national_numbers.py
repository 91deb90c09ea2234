"""Personal numbers of python-stdnum's catalogue that the rounds had not met (auditor/analysis/classify/
national_numbers.py), in tables written for these tests: a number that proves itself is read under a neutral name;
a bare number with one check digit is not, nor are numbers that merely start with a date (orders, lab batches) or
barcodes with a check digit."""
from __future__ import annotations

import datetime as dt
import random
import string

import pytest
from stdnum import ean
from stdnum.ca import sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.il import idnr as il_idnr
from stdnum.is_ import kennitala
from stdnum.kr import rrn
from stdnum.mu import nid as mu_nid
from stdnum.nl import bsn
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.si import emso
from stdnum.us import itin
from stdnum.za import idnr as za_idnr

from .helpers import analysed_database, classified
from .helpers import sql_text as _q

_ROWS = 30
_R = random.Random(2026)


def _digits(n: int) -> str:
    return "".join(_R.choice(string.digits) for _ in range(n))


def _day() -> dt.date:
    return dt.date(1950, 1, 1) + dt.timedelta(days=_R.randrange(20000))


def _checked(parts, module, alphabet: str = string.digits) -> str:
    """A valid number: `parts()` gives the text before and after the check character; a fresh pair until one fits."""
    while True:
        before, after = parts()
        for c in alphabet:
            if module.is_valid(value := before + c + after):
                return value


def _pesel() -> tuple[str, str]:
    d = _day()
    return f"{d:%y}{d.month + (20 if d.year >= 2000 else 0):02d}{d:%d}{_digits(4)}", ""


def _emso() -> tuple[str, str]:
    d = _day()
    return f"{d:%d%m}{d.year % 1000:03d}50{_digits(3)}", ""


def _kennitala() -> tuple[str, str]:
    d = _day()
    return f"{d:%d%m%y}-{_digits(2)}", str(d.year // 100 % 10)


_MAKE = {
    "pesel": lambda: _checked(_pesel, pesel),
    "amka": lambda: _checked(lambda: (f"{_day():%d%m%y}{_digits(4)}", ""), amka),
    "rrn": lambda: _checked(lambda: (f"{_day():%y%m%d}-{_R.choice('12')}{_digits(5)}", ""), rrn),
    "za": lambda: _checked(lambda: (f"{_day():%y%m%d}{_digits(4)}08", ""), za_idnr),
    "emso": lambda: _checked(_emso, emso),
    "ric": lambda: _checked(lambda: (f"110101{_day():%Y%m%d}{_digits(3)}", ""), ric, string.digits + "X"),
    "kennitala": lambda: _checked(_kennitala, kennitala),
    "cnic": lambda: _checked(lambda: (f"{_R.choice('1234567')}{_digits(4)}-{_digits(7)}-", ""), cnic),
    "ahv": lambda: _checked(lambda: (f"756.{_digits(4)}.{_digits(4)}.{_digits(1)}", ""), ch_ssn),
    "rut": lambda: _checked(lambda: (f"{_R.randrange(5_000_000, 25_000_000):,}".replace(",", ".") + "-", ""), rut,
                            string.digits + "K"),
    "itin": lambda: _checked(lambda: (f"9{_digits(2)}-{_R.choice(['70', '78', '88', '91'])}-{_digits(3)}", ""), itin),
    "mu": lambda: _checked(lambda: (f"{_R.choice('ABJ')}{_day():%d%m%y}{_digits(6)}", ""), mu_nid,
                           string.ascii_uppercase + string.digits),
    "bsn": lambda: _checked(lambda: (_digits(8), ""), bsn),
    "teudat": lambda: _checked(lambda: (_digits(8), ""), il_idnr),
    "sin": lambda: _checked(lambda: ("1" + _digits(7), ""), sin),
    "oib": lambda: _checked(lambda: (_digits(10), ""), oib),
}
_STRONG = ("pesel", "amka", "rrn", "za", "emso", "ric", "kennitala", "cnic", "ahv", "rut", "itin", "mu")
_WEAK = ("bsn", "teudat", "sin", "oib")        # one check digit over bare digits: one number in ten passes


def _values(kind: str) -> str:
    return ", ".join(f"({i}, {_q(f'Member {i}')}, {_q(_MAKE[kind]())})" for i in range(1, _ROWS + 1))


def _order_numbers() -> str:      # YYMMDD and a serial: a date first, a check digit by chance
    return ", ".join(f"({i}, {_q(f'{dt.date(2024, 1, 1) + dt.timedelta(days=i):%y%m%d}{i * 7919 % 100000:05d}')})"
                     for i in range(1, _ROWS + 1))


def _barcodes() -> str:           # EAN-13 of one maker's products: a check digit, no birth date
    return ", ".join(f"({i}, {_q((b := '590' + _digits(9)) + ean.calc_check_digit(b))})" for i in range(1, _ROWS + 1))


def _batches() -> str:            # a lab batch: day, bench, serial (`240517-03-0042`), an NRIC's shape
    return ", ".join(f"({i}, {_q(f'{dt.date(2024, 3, 1) + dt.timedelta(days=i):%y%m%d}-{i % 4 + 1:02d}-{i:04d}')})"
                     for i in range(1, _ROWS + 1))


_KINDS = _STRONG + _WEAK      # tables are numbered, not named for the number: a table's name can hint a column's
SCHEMA = "CREATE SCHEMA club;\n" + "".join(
    f"CREATE TABLE club.members_{i} (id int PRIMARY KEY, label text, ref text);\n"
    f"INSERT INTO club.members_{i} VALUES {_values(kind)};\n" for i, kind in enumerate(_KINDS)) + f"""
CREATE SCHEMA shop;
CREATE TABLE shop.orders (id int PRIMARY KEY, order_no text);
INSERT INTO shop.orders VALUES {_order_numbers()};
CREATE TABLE shop.products (id int PRIMARY KEY, barcode text);
INSERT INTO shop.products VALUES {_barcodes()};
CREATE TABLE shop.lab_batches (id int PRIMARY KEY, batch_code text);
INSERT INTO shop.lab_batches VALUES {_batches()};
"""

# With sampling, every number that proves itself is read under `ref`; the bare check-digit numbers are not, nor any
# order number, barcode or batch code. Names alone read nothing here.
SAMPLED = {f"club.members_{i}.ref": "national_id" for i, kind in enumerate(_KINDS) if kind in _STRONG}


@pytest.fixture(scope="module")
def cluster_db(pg15):
    with analysed_database(pg15, "national_numbers", SCHEMA) as db:
        yield db


def test_personal_numbers_sampled(cluster_db):
    assert classified(cluster_db, True) == SAMPLED


def test_personal_numbers_names_only(cluster_db):
    assert classified(cluster_db, False) == {}
