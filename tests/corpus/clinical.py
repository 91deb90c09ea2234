"""Value generators for the domain corpora (domains.py, holdout.py): clinical codes with real check digits,
clinical terms, identity documents and tax ids of several countries, organisation data. Seeded via Ctx.r."""
from __future__ import annotations

from stdnum import luhn, verhoeff
from stdnum.de import idnr as _idnr  # noqa: F401 - documents which validator the classifier must accept
from stdnum.es import cif, dni
from stdnum.gb import nhs

from .gens import Ctx, Gen


def snomed(c: Ctx, i: int) -> str:
    """A SNOMED CT concept id: item id, partition 00, Verhoeff check digit."""
    body = f"{c.r.randint(10_000, 99_999_999)}00"
    return body + verhoeff.calc_check_digit(body)


def loinc(c: Ctx, i: int) -> str:
    body = str(c.r.randint(100, 99_999))
    return f"{body}-{luhn.calc_check_digit(body)}"


def icd10(c: Ctx, i: int) -> str:
    letter = c.r.choice("ABCDEFGHIJKLMNOPQRSTVZ")
    tail = f".{c.r.randint(0, 9)}" if c.r.random() < 0.7 else ""
    return f"{letter}{c.r.randint(0, 99):02d}{tail}"


def atc(c: Ctx, i: int) -> str:
    return (c.r.choice("ABCDGHJLMNPRSV") + f"{c.r.randint(1, 16):02d}" + c.r.choice("ABCDEFGHX")
            + c.r.choice("ABCDEFGX") + f"{c.r.randint(1, 30):02d}")


def rxnorm(c: Ctx, i: int) -> str:
    return str(c.r.randint(100_000, 1_999_999))


def terms(*items: str) -> Gen:
    return lambda c, i: c.r.choice(items)


def nhs_number(c: Ctx, i: int) -> str:
    while True:
        body = f"{c.r.randint(400_000_000, 499_999_999)}"
        check = (11 - sum(int(d) * (10 - k) for k, d in enumerate(body)) % 11) % 11
        if check != 10:
            value = body + str(check)
            if nhs.is_valid(value):
                return f"{value[:3]} {value[3:6]} {value[6:]}"


def de_idnr(c: Ctx, i: int) -> str:
    from stdnum.de import idnr
    while True:
        digits = [str(c.r.randint(1, 9))] + [str(c.r.randint(0, 9)) for _ in range(9)]
        if len(set(digits)) != 9:
            continue
        body = "".join(digits)
        product = 10
        for d in body:
            s = (int(d) + product) % 10 or 10
            product = (2 * s) % 11
        value = body + str((11 - product) % 10)
        if idnr.is_valid(value):
            return value


def es_dni(c: Ctx, i: int) -> str:
    digits = f"{c.r.randint(10_000_000, 99_999_999)}"
    return digits + dni.calc_check_digit(digits)


def es_cif(c: Ctx, i: int) -> str:
    body = c.r.choice("ABB") + f"{c.r.randint(1_000_000, 9_999_999)}"
    return body + cif.calc_check_digits(body)[0]


def fr_siren(c: Ctx, i: int) -> str:
    body = f"{c.r.randint(10_000_000, 99_999_999)}"
    return body + luhn.calc_check_digit(body)


def passport(c: Ctx, i: int) -> str:
    return c.r.choice(["PA", "XD", "AA", "LB"]) + f"{c.r.randint(100000, 999999)}" + c.r.choice(["", "", "3"])


def us_dl(c: Ctx, i: int) -> str:
    return c.r.choice("ABDFGHKMNPRSTW") + f"{c.r.randint(1_000_000, 9_999_999)}"


def lat(c: Ctx, i: int) -> float:
    return float(c.fake.latitude())


def lon(c: Ctx, i: int) -> float:
    return float(c.fake.longitude())


def cv_text(c: Ctx, i: int) -> str:
    return (f"{c.fake.name()}. {c.fake.job()} with {c.r.randint(2, 20)} years of experience. "
            f"Contact: {c.fake.email()}, {c.fake.phone_number()}. {c.fake.sentence()}")


def cv_es(c: Ctx, i: int) -> str:
    return (f"{c.es.name()}, {c.es.job()}. Experiencia de {c.r.randint(2, 20)} años. "
            f"Contacto: {c.es.email()} o {c.es.phone_number()}.")


def comment_pii(c: Ctx, i: int) -> str:
    return c.r.choice([f"Customer {c.fake.name()} asked to call back on {c.fake.phone_number()}.",
                       f"Delivered to neighbour, contact {c.fake.email()}.",
                       f"{c.fake.sentence()}", f"Refund requested by {c.fake.name()}."])
