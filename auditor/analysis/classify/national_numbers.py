"""Personal national numbers of the countries the rounds had not met, each by the format its state prints and by the
check that python-stdnum knows for it. The rounds added a country's number when a corpus part held one (Brazil,
Estonia, Belgium, Thailand, ...); this is the rest of python-stdnum's personal identifiers, chosen by that catalogue
and not by a corpus part (docs/classifier.md, "Personal numbers of python-stdnum").

Only numbers that prove themselves are read: the number holds a birth date and a check digit (a Polish PESEL, a
Greek AMKA, a Korean RRN, a South African ID, a Slovenian EMSO, a Chinese resident ID, an Icelandic kennitala), or
its state prints it in a form nothing else has (a Pakistani CNIC `35202-1234567-1`, a Swiss AHV number
`756.1234.5678.97`, a Chilean RUT `12.531.909-2`, a US ITIN `912-70-3456`, a Mauritian ID card number). A bare
number whose only proof is one check digit (a Dutch BSN, an Israeli Teudat Zehut, a Canadian SIN, a Croatian OIB),
which one random number in ten or eleven passes, is not; nor is a Malaysian NRIC (`770305-02-1234`), whose shape a
lab batch numbered by day, bench and serial has too.

A column is convicted only when most of its sampled values pass (the classifier's `min_match_ratio`).
"""
from __future__ import annotations

import re

from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.gr import amka
from stdnum.is_ import kennitala
from stdnum.kr import rrn
from stdnum.mu import nid as mu_nid
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.si import emso
from stdnum.us import itin
from stdnum.za import idnr as za_idnr

_CNIC = re.compile(r"^\d{5}-\d{7}-\d$")
_AHV = re.compile(r"^756\.\d{4}\.\d{4}\.\d{2}$")
_RUT = re.compile(r"^\d{1,2}\.\d{3}\.\d{3}-[\dkK]$|^\d{7,8}-[\dkK]$")
_ITIN = re.compile(r"^9\d{2}-\d{2}-\d{4}$")
_RRN = re.compile(r"^\d{6}-\d{7}$")          # the printed forms; the bare ones are read as digits
_KENNITALA = re.compile(r"^\d{6}-\d{4}$")
_MU_NID = re.compile(r"^[A-Z]\d{12}[A-Z\d]$")
_PERSON_RUT = 50_000_000       # Chile numbers companies from 50 million up; people below


def strong_kind(v: str) -> str | None:
    """Which personal number `v` is, when its format alone proves it; None otherwise."""
    n = len(v)
    if v.isdigit():
        if len(set(v)) <= 2:
            return None
        if n == 11:
            return "pl_pesel" if pesel.is_valid(v) else "gr_amka" if amka.is_valid(v) else None
        if n == 13:
            return ("kr_rrn" if rrn.is_valid(v) else "za_idnr" if za_idnr.is_valid(v)
                    else "si_emso" if emso.is_valid(v) else None)
        if n == 10:
            return _kennitala(v)
        return _ric(v) if n == 18 else None
    if n == 18 and v[-1] in "Xx" and v[:17].isdigit():
        return _ric(v)
    if n == 14 and _RRN.match(v):
        return "kr_rrn" if rrn.is_valid(v) else None
    if n == 11 and _KENNITALA.match(v):
        return _kennitala(v)
    if n == 15 and _CNIC.match(v):
        return "pk_cnic" if cnic.is_valid(v) else None
    if n == 14 and _MU_NID.match(v):
        return "mu_nid" if mu_nid.is_valid(v) else None
    if n == 16 and _AHV.match(v):
        return "ch_ahv" if ch_ssn.is_valid(v) else None
    if n == 11 and _ITIN.match(v):
        return "us_itin" if itin.is_valid(v) else None
    if 9 <= n <= 12 and _RUT.match(v):
        return "cl_rut" if int(rut.compact(v)[:-1]) < _PERSON_RUT and rut.is_valid(v) else None
    return None


def _kennitala(v: str) -> str | None:
    """A person's kennitala (a company's adds 40 to the day)."""
    return "is_kennitala" if int(v[:2]) <= 31 and kennitala.is_valid(v) else None


def _ric(v: str) -> str | None:
    try:
        return "cn_ric" if ric.is_valid(v) else None
    except KeyError:     # python-stdnum 2.2 raises KeyError for prefecture codes whose table entry has no county
        return None
