"""Value generators of the fifth blind part (see blind5.py): locale Fakers re-seeded from the corpus RNG,
check-digit identifiers (Ontario HIN, AHV, Austrian SV-Nummer, CPF, CNS, RG), Swiss IBANs and clinical values.

Written from the author's own knowledge, blind to the classifier and to the clinical generators of other parts.
"""
from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

from faker import Faker
from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum.at import vnr
from stdnum.br import cpf

from .gens import Col, Ctx, Gen, Table

_FAKERS: dict[str, Faker] = {}
_WIDTH = re.compile(r"^\s*(?:varchar|character varying|char|character|nvarchar)\s*\((\d+)\)", re.I)


def loc(c: Ctx, locale: str) -> Faker:
    """A Faker of `locale`, re-seeded from the corpus RNG on every call so loads repeat."""
    f = _FAKERS.get(locale)
    if f is None:
        f = _FAKERS[locale] = Faker(locale)
    f.seed_instance(c.r.getrandbits(32))
    return f


def L(locale: str, method: str, *args: Any) -> Gen:
    return lambda c, i: getattr(loc(c, locale), method)(*args)


def opt(p: float, gen: Gen) -> Gen:
    """gen's value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def one(*choices: Any) -> Gen:
    return lambda c, i: c.r.choice(choices)


def num(lo: float, hi: float, nd: int = 0) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd) if nd else c.r.randint(int(lo), int(hi))


def fk(n: int) -> Gen:
    return lambda c, i: c.r.randint(1, n)




def day(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))


def stamp(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: (dt.datetime(y0, 1, 1) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 365 * 86400)))


def dob(c: Ctx, i: int) -> dt.date:
    return dt.date(1932, 1, 1) + dt.timedelta(days=c.r.randint(0, 90 * 365))


def digits(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice(string.digits) for _ in range(n))


def code(fmt: str) -> Gen:
    """'#' a digit, '?' an upper-case letter, anything else kept."""
    def gen(c: Ctx, i: int) -> str:
        return "".join(c.r.choice(string.digits) if ch == "#" else c.r.choice(string.ascii_uppercase) if ch == "?"
                       else ch for ch in fmt)
    return gen


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


# ---- identifiers of persons -------------------------------------------------------------------------------------

def ontario_hin(c: Ctx, i: int) -> str:
    body = str(c.r.randint(1, 9)) + "".join(c.r.choice(string.digits) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def ahv(c: Ctx, i: int) -> str:
    body = "756" + "".join(c.r.choice(string.digits) for _ in range(9))
    n = body + ean.calc_check_digit(body)
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}" if c.r.random() < 0.8 else n


def sv_nummer(c: Ctx, i: int) -> str:
    while True:
        serial, born = f"{c.r.randint(100, 999)}", dob(c, i).strftime("%d%m%y")
        check = vnr.calc_check_digit(serial + "0" + born)
        if check != "10" and serial[0] != "0":
            value = serial + check + born
            return value if c.r.random() < 0.6 else f"{value[:4]} {value[4:]}"


def cpf_value(c: Ctx, i: int) -> str:
    body = "".join(c.r.choice(string.digits) for _ in range(9))
    n = body + cpf._calc_check_digits(body)
    return cpf.format(n) if c.r.random() < 0.6 else n


def cns_value(c: Ctx, i: int) -> str:
    """Cartão Nacional de Saúde: 15 digits, definitive (1/2) or provisional (7/8/9), weighted sum = 0 mod 11."""
    while True:
        body = c.r.choice("789") + "".join(c.r.choice(string.digits) for _ in range(13))
        last = (-sum(int(d) * w for d, w in zip(body, range(15, 1, -1)))) % 11
        if last < 10:
            n = body + str(last)
            return n if c.r.random() < 0.5 else f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"






def rg_br(c: Ctx, i: int) -> str:
    n = f"{c.r.randint(10_000_000, 59_999_999)}"
    return f"{n[:2]}.{n[2:5]}.{n[5:]}-{c.r.choice('0123456789X')}"


def iban_ch(c: Ctx, i: int) -> str:
    bban = f"{c.r.choice([235, 9000, 762, 8080, 700, 483]):05d}" + "".join(c.r.choice(string.digits) for _ in range(12))
    value = "CH" + std_iban.calc_check_digits("CH00" + bban) + bban
    return std_iban.format(value) if c.r.random() < 0.6 else value


def iban_at(c: Ctx, i: int) -> str:
    bban = f"{c.r.choice([12000, 20111, 32000, 14000]):05d}" + "".join(c.r.choice(string.digits) for _ in range(11))
    value = "AT" + std_iban.calc_check_digits("AT00" + bban) + bban
    return std_iban.format(value) if c.r.random() < 0.5 else value


# ---- phones and addresses ---------------------------------------------------------------------------------------

def phone_ch(c: Ctx, i: int) -> str:
    pre = c.r.choice(["76", "77", "78", "79", "44", "31", "61", "43"])
    n = f"{c.r.randint(100, 999)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"
    return c.r.choice([f"+41 {pre} {n}", f"0{pre} {n}", f"0041{pre}{n.replace(' ', '')}"])


def phone_br(c: Ctx, i: int) -> str:
    ddd = c.r.choice([11, 21, 31, 41, 51, 61, 71, 81, 85, 92])
    return c.r.choice([f"({ddd}) 9{c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}",
                       f"{ddd}9{c.r.randint(10_000_000, 99_999_999)}", f"+55 {ddd} 9{c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}"])


def phone_ca(c: Ctx, i: int) -> str:
    area = c.r.choice([416, 647, 905, 613, 519, 604, 778, 403, 514])
    return c.r.choice([f"{area}-{c.r.randint(200, 999)}-{c.r.randint(1000, 9999)}",
                       f"({area}) {c.r.randint(200, 999)}-{c.r.randint(1000, 9999)}"])


def phone_ug(c: Ctx, i: int) -> str:
    return c.r.choice([f"07{c.r.randint(0, 9)}{c.r.randint(1_000_000, 9_999_999)}",
                       f"+256 7{c.r.randint(0, 9)}{c.r.randint(0, 9)} {c.r.randint(100000, 999999)}"])


def street(locale: str) -> Gen:
    return lambda c, i: loc(c, locale).street_address()


def ca_postal(c: Ctx, i: int) -> str:
    p = loc(c, "en_CA").postcode()
    return p if c.r.random() < 0.5 else f"{p[:3]} {p[3:]}"


def cep(c: Ctx, i: int) -> str:
    return f"{c.r.randint(1000, 99999):05d}-{c.r.randint(0, 999):03d}"


def ipv4(c: Ctx, i: int) -> str:
    return loc(c, "en_US").ipv4_public()


# ---- clinical values --------------------------------------------------------------------------------------------

ICD10 = [("I10", "Essential (primary) hypertension"), ("E11.9", "Type 2 diabetes mellitus without complications"),
         ("J45.909", "Unspecified asthma, uncomplicated"), ("B54", "Unspecified malaria"),
         ("A09", "Infectious gastroenteritis and colitis, unspecified"), ("J18.9", "Pneumonia, unspecified organism"),
         ("B20", "HIV disease"), ("A15.0", "Tuberculosis of lung"), ("F32.1", "Major depressive disorder, moderate"),
         ("F41.1", "Generalized anxiety disorder"), ("N39.0", "Urinary tract infection, site not specified"),
         ("M54.5", "Low back pain"), ("K29.7", "Gastritis, unspecified"), ("O80", "Encounter for full-term delivery"),
         ("E66.9", "Obesity, unspecified"), ("I25.10", "Atherosclerotic heart disease"),
         ("C50.9", "Malignant neoplasm of breast, unspecified"), ("D50.9", "Iron deficiency anaemia"),
         ("S82.6", "Fracture of lateral malleolus"), ("F10.2", "Alcohol dependence syndrome"),
         ("E03.9", "Hypothyroidism, unspecified"), ("G43.9", "Migraine, unspecified"), ("L40.0", "Psoriasis vulgaris")]
DRUGS = [("Metformin", "500 mg", "tablet"), ("Amlodipine", "5 mg", "tablet"), ("Ramipril", "10 mg", "capsule"),
         ("Salbutamol", "100 mcg", "inhaler"), ("Atorvastatin", "20 mg", "tablet"), ("Levothyroxine", "75 mcg", "tablet"),
         ("Sertraline", "50 mg", "tablet"), ("Amoxicillin", "500 mg", "capsule"), ("Artemether/Lumefantrine", "20/120 mg",
         "tablet"), ("Tenofovir/Lamivudine/Dolutegravir", "300/300/50 mg", "tablet"), ("Insulin glargine", "100 U/mL",
         "injection"), ("Omeprazole", "20 mg", "capsule"), ("Ibuprofen", "400 mg", "tablet"), ("Paracetamol", "1 g", "tablet"),
         ("Warfarin", "5 mg", "tablet"), ("Ferrous sulfate", "200 mg", "tablet"), ("Ceftriaxone", "1 g", "injection"),
         ("Isoniazid", "300 mg", "tablet"), ("Quetiapine", "25 mg", "tablet"), ("Methotrexate", "2.5 mg", "tablet")]
SIG = ["1 tab PO OD", "1 tab PO BID", "2 puffs q4h PRN", "1 cap PO TID x 7 days", "10 units SC qHS",
       "1 tab PO qAM", "1 g IV q24h", "1 tab PO with meals", "take 1 tablet twice daily", "1/2 tab PO daily"]
ALLERGENS = [("Penicillin", "rash, hives"), ("Sulfa drugs", "Stevens-Johnson syndrome"), ("Peanuts", "anaphylaxis"),
             ("Latex", "contact dermatitis"), ("Codeine", "nausea and vomiting"), ("Shellfish", "lip swelling"),
             ("ASA", "bronchospasm"), ("Iodinated contrast", "urticaria"), ("Bee venom", "anaphylaxis")]
LABS = [("Haemoglobin", "g/dL", 8.0, 16.5), ("WBC", "10^9/L", 2.5, 15.0), ("Glucose (fasting)", "mmol/L", 3.8, 14.0),
        ("HbA1c", "%", 4.8, 11.5), ("Creatinine", "umol/L", 50, 240), ("ALT", "U/L", 8, 160), ("CD4 count", "cells/uL",
        80, 1100), ("TSH", "mIU/L", 0.2, 9.0), ("Potassium", "mmol/L", 3.0, 5.9), ("LDL cholesterol", "mmol/L", 1.2, 5.8),
        ("CRP", "mg/L", 0.5, 140), ("Platelets", "10^9/L", 90, 450)]
BLOOD = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"]








def sig(c: Ctx, i: int) -> str:
    return c.r.choice(SIG)


def lab_result(c: Ctx, i: int) -> str:
    name, unit, lo, hi = c.r.choice(LABS)
    return c.r.choice([f"{round(c.r.uniform(lo, hi), 1)}", f"{name}: {round(c.r.uniform(lo, hi), 1)} {unit}",
                       "POSITIVE", "NEGATIVE", "Plasmodium falciparum seen ++", "No growth after 48h"])


def allergen(c: Ctx, i: int) -> str:
    return c.r.choice(ALLERGENS)[0]


def reaction(c: Ctx, i: int) -> str:
    return c.r.choice(ALLERGENS)[1]


def clinical_note(c: Ctx, i: int) -> str:
    dx = c.r.choice(ICD10)[1].lower()
    d = c.r.choice(DRUGS)
    return c.r.choice([
        f"S: pt reports {c.r.choice(['fatigue', 'chest tightness', 'worsening cough', 'low mood', 'polyuria'])} x "
        f"{c.r.randint(2, 21)} days. O: BP {c.r.randint(105, 175)}/{c.r.randint(60, 105)}, HR {c.r.randint(55, 115)}. "
        f"A: {dx}. P: start {d[0]} {d[1]}, f/u {c.r.randint(2, 8)} wks.",
        f"Follow-up for {dx}. Tolerating {d[0]} well, no side effects. Labs ordered. Discussed diet and exercise.",
        f"Admitted with {dx}. Given {d[0]} {d[1]}. Vitals stable overnight, plan discharge tomorrow.",
        f"Seen in clinic. {dx.capitalize()} - stable. Renewed {d[0]} {d[1]} {c.r.choice(SIG)}. Next visit in 3 months."])


# ---- table building ---------------------------------------------------------------------------------------------

def _cut(gen: Gen, width: int) -> Gen:
    def cut(c: Ctx, i: int) -> Any:
        v = gen(c, i)
        return v[:width] if isinstance(v, str) else v
    return cut


def T(schema: str, name: str, cols: list[tuple], rows: int = 120, fks: tuple[tuple[str, str], ...] = ()) -> Table:
    """A Table from (name, type, label, gen) tuples, strings cut to any declared width; fks are
    (column, 'table(column)') pairs in the same schema, added as FOREIGN KEY constraints after the load."""
    built = []
    for name_, type_, label, gen in cols:
        m = _WIDTH.match(type_)
        built.append(Col(name_, type_, label, _cut(gen, int(m.group(1))) if m else gen))
    extra = [f'ALTER TABLE "{schema}"."{name}" ADD FOREIGN KEY ("{col}") REFERENCES "{schema}".{_quote(ref)}'
             for col, ref in fks]
    return Table(schema, name, built, rows=rows, extra=extra)


def _quote(ref: str) -> str:
    table, col = ref.rstrip(")").split("(")
    return f'"{table}" ("{col}")'
