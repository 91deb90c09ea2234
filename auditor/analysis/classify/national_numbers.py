"""National identity numbers read from a value's own format, in one place (values.py asks here):

* `national_id_kind`: the formats the classifier has read from its start, with their check digits: a Spanish DNI and
  NIE, a British National Insurance number, a US SSN, a Brazilian CPF, an Italian codice fiscale, a Mexican CURP and a
  French NIR;
* `named_id_kind`: numbers whose check digits or shapes are too weak to convict a column alone but confirm a column
  named for them (an NHS number, a German tax id, Nordic, Czech, Romanian, Turkish and Portuguese personal numbers,
  passport and driving-licence shapes);
* `strong_kind`: the rest of python-stdnum's personal identifiers, chosen from that catalogue and not from a corpus
  part (docs/classifier.md, "Personal numbers of python-stdnum"). Only numbers that prove themselves are read: the
  number holds a birth date and a check digit (a Polish PESEL, a Greek AMKA, a Korean RRN, a South African ID, a
  Slovenian EMSO, a Chinese resident ID, an Icelandic kennitala), or its state prints it in a form nothing else has
  (a Pakistani CNIC `35202-1234567-1`, a Swiss AHV number `756.1234.5678.97`, a Chilean RUT `12.531.909-2`, a US
  ITIN `912-70-3456`, a Mauritian ID card number). A bare number whose only proof is one check digit (a Dutch BSN, an
  Israeli Teudat Zehut, a Canadian SIN, a Croatian OIB), which one random number in ten or eleven passes, is not;
  nor is a Malaysian NRIC (`770305-02-1234`), whose shape a lab batch numbered by day, bench and serial has too.

Numbers the rounds added for one country at a time (Brazil's PIS, Estonia, Belgium, Thailand, Kazakhstan ...) are in
identifiers.national_kind. A column is convicted only when most of its sampled values pass (the classifier's
`min_match_ratio`).
"""
from __future__ import annotations

import re

from stdnum.br import cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.is_ import kennitala
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.mu import nid as mu_nid
from stdnum.mx import curp
from stdnum.no import fodselsnummer
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.pt import cc
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.si import emso
from stdnum.tr import tckimlik
from stdnum.us import itin, ssn
from stdnum.za import idnr as za_idnr

_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_DNI = re.compile(r"^\d{8}-?[A-Za-z]$")
_NIE = re.compile(r"^[XYZxyz]-?\d{7}-?[A-Za-z]$")
_CODICE = re.compile(r"^[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]$")
_CPF = re.compile(r"^\d{3}\.\d{3}\.\d{3}-\d{2}$")
_CURP = re.compile(r"^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$")
_NINO = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
_NIR = re.compile(r"^[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}$")
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


def national_id_kind(v: str) -> str | None:
    """Which national identifier format (with its check digit, where one exists) a value is."""
    n = len(v)
    if n == 9 or n == 10:
        if _DNI.match(v) and dni.is_valid(v):
            return "es_dni"
        if _NIE.match(v) and nie.is_valid(v):
            return "es_nie"
        if _NINO.match(v.upper()):
            return "gb_nino"
    if n == 11 and _SSN.match(v) and ssn.is_valid(v):
        return "us_ssn"
    if n == 14 and _CPF.match(v) and cpf.is_valid(v):
        return "br_cpf"
    if n == 16 and _CODICE.match(v) and codicefiscale.is_valid(v):
        return "it_codice_fiscale"
    if n == 18 and _CURP.match(v) and curp.is_valid(v):
        return "mx_curp"
    if 15 <= n <= 21 and _NIR.match(v) and nir.is_valid(v):
        return "fr_nir"
    if _NINO.match(v.upper()):
        return "gb_nino"
    return None


_PASSPORT = re.compile(r"^[A-Z]{1,3}\d{6,9}$|^\d{9}$")
_LICENCE = re.compile(r"^[A-Z]{1,2}\d{6,12}$|^[A-Z0-9]{5}\d{6}[A-Z0-9]{2}\d[A-Z]{2}$")   # US states; GB DVLA


_NATIONAL = (("dk_cpr", cpr), ("se_personnummer", personnummer), ("fi_hetu", hetu), ("no_fodselsnummer", fodselsnummer),
             ("cz_rc", rc), ("ro_cnp", cnp), ("tr_tckimlik", tckimlik), ("pt_cc", cc))


def named_id_kind(v: str) -> str | None:
    """Identifiers whose check digits or shapes are too weak to convict a column alone (an NHS number passes
    mod 11 for one random 10-digit number in eleven) but confirm a column named for them: GB NHS numbers,
    German tax ids (IdNr), passport and driving-licence numbers; (round 8) Danish CPR, Swedish personnummer, Finnish
    HETU, Norwegian fodselsnummer, Czech rodne cislo, Romanian CNP, Turkish TC kimlik and Portuguese citizen card
    numbers, which a date-shaped body makes look like phone numbers."""
    compact = v.replace(" ", "").replace("-", "")
    if len(compact) == 10 and compact.isdigit() and nhs.is_valid(compact):
        return "gb_nhs"
    if len(compact) == 11 and compact.isdigit() and idnr.is_valid(compact):
        return "de_idnr"
    if 9 <= len(compact) <= 14:
        for kind, module in _NATIONAL:
            if module.is_valid(v):
                return kind
    if _PASSPORT.match(compact.upper()):
        return "passport"
    if _LICENCE.match(compact.upper()):
        return "driving_licence"
    return None
