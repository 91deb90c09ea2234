"""Value generators of the fourth blind part (blind4.py): locale Fakers seeded from Ctx.r or from the row, national
numbers with real check digits (BSN, PESEL, SIN, Aadhaar, PAN, Polish ID card), application-shaped secrets.

A generator that must agree with another column of the same row (a patient's first name and full name, PESEL and
birth date, a contact mechanism's type and value) derives its values from the row number, not from Ctx.r.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import random
import string
from functools import lru_cache
from typing import Any

from faker import Faker
from stdnum import luhn, verhoeff
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel

from .gens import Ctx, Gen

_FAKERS: dict[str, Faker] = {}
LOWER36 = string.ascii_lowercase + string.digits
B32 = string.ascii_uppercase + "234567"


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def fk(locale: str, method: str, width: int | None = None, p: float = 1.0) -> Gen:
    """A Faker `method` of `locale`, seeded from Ctx.r, cut to `width`; NULL with probability 1 - p."""
    def gen(c: Ctx, i: int) -> Any:
        if c.r.random() >= p:
            return None
        f = _faker(locale)
        f.seed_instance(c.r.getrandbits(40))
        value = getattr(f, method)()
        return value[:width] if width and isinstance(value, str) else value
    return gen


@lru_cache(maxsize=None)
def person(locale: str, key: str, i: int) -> dict[str, Any]:
    """The person of row i of table `key`: names, sex, birth date, contact details, the same for every column."""
    f = _faker(locale)
    f.seed_instance(f"{key}:{i}")
    female = f.random.random() < 0.5
    first = f.first_name_female() if female else f.first_name_male()
    middle = f.first_name_female() if female else f.first_name_male()
    last = f.last_name()
    birth = f.date_of_birth(minimum_age=18, maximum_age=88)
    user = f"{first}.{last}".lower().replace(" ", "")
    user = user.encode("ascii", "ignore").decode()
    return {"first": first, "middle": middle, "last": last, "female": female, "birth": birth,
            "full": f"{first} {last}", "user": user, "email": f"{user}@{f.free_email_domain()}",
            "phone": f.phone_number(), "street": f.street_address(), "postcode": f.postcode(), "city": f.city()}


def pp(locale: str, key: str, field: str, width: int | None = None) -> Gen:
    """One field of the row's person (see person())."""
    def gen(c: Ctx, i: int) -> Any:
        value = person(locale, key, i)[field]
        return value[:width] if width and isinstance(value, str) else value
    return gen


def maybe(p: float, gen: Gen) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def cut(width: int, gen: Gen) -> Gen:
    return lambda c, i: (lambda v: v[:width] if isinstance(v, str) else v)(gen(c, i))


def const(value: Any) -> Gen:
    return lambda c, i: value


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def fk_id(n: int) -> Gen:
    """A foreign key to rows 1..n of another table (every corpus table numbers its rows from 1)."""
    return lambda c, i: c.r.randint(1, n)


def ts(start: int = 2016, end: int = 2025) -> Gen:
    def gen(c: Ctx, i: int) -> dt.datetime:
        base = dt.datetime(start, 1, 1)
        return base + dt.timedelta(seconds=c.r.randint(0, (end - start) * 365 * 86400))
    return gen


def day(start: int = 2016, end: int = 2025) -> Gen:
    return lambda c, i: ts(start, end)(c, i).date()


def epoch_ms(c: Ctx, i: int) -> int:
    return 1_500_000_000_000 + c.r.randint(0, 250_000_000_000)


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def chars(n: int, alphabet: str = LOWER36, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def bcrypt_2y(c: Ctx, i: int) -> str:
    return "$2y$10$" + "".join(c.r.choice("./" + string.ascii_letters + string.digits) for _ in range(53))


def sha1_hex(c: Ctx, i: int) -> str:
    return hashlib.sha1(c.r.randbytes(20)).hexdigest()


def ipv4(c: Ctx, i: int) -> str:
    return str(ipaddress.IPv4Address(c.r.randint(0x0B000000, 0xDF000000)))


def ip_packed(c: Ctx, i: int) -> bytes:
    if c.r.random() < 0.2:
        return ipaddress.IPv6Address(c.r.getrandbits(128) | (0x2001 << 112)).packed
    return ipaddress.IPv4Address(ipv4(c, i)).packed


def bsn(c: Ctx, i: int) -> str:
    while True:
        body = f"{c.r.randint(10_000_000, 69_999_999):08d}"
        check = sum(int(d) * w for d, w in zip(body, range(9, 1, -1))) % 11
        if check < 10 and std_bsn.is_valid(body + str(check)):
            return body + str(check)


def pesel_of(birth: dt.date, female: bool, r: random.Random) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    serial = f"{r.randint(0, 999):03d}{r.choice('02468' if female else '13579')}"
    body = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}{serial}"
    return body + std_pesel.calc_check_digit(body)


def pl_id_card(c: Ctx, i: int) -> str:
    letters = "".join(c.r.choice(string.ascii_uppercase) for _ in range(3))
    digits = [c.r.randint(0, 9) for _ in range(5)]
    values = [ord(ch) - 55 for ch in letters] + digits
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    check = sum(v * w for v, w in zip(values, weights)) % 10
    return letters + str(check) + "".join(map(str, digits))


def sin_ca(c: Ctx, i: int) -> str:
    body = str(c.r.choice([1, 2, 4, 5, 6, 7, 9])) + f"{c.r.randint(0, 9_999_999):07d}"
    value = body + luhn.calc_check_digit(body)
    return f"{value[:3]} {value[3:6]} {value[6:]}" if c.r.random() < 0.6 else value


def aadhaar(c: Ctx, i: int) -> str:
    body = str(c.r.randint(2, 9)) + f"{c.r.randint(0, 10**10 - 1):010d}"
    value = body + verhoeff.calc_check_digit(body)
    return f"{value[:4]} {value[4:8]} {value[8:]}"


def pan_in(c: Ctx, i: int) -> str:
    up = string.ascii_uppercase
    return ("".join(c.r.choice(up) for _ in range(3)) + "P" + c.r.choice(up) + f"{c.r.randint(0, 9999):04d}"
            + c.r.choice(up))


def dl_us(c: Ctx, i: int) -> str:
    return c.r.choice(["D", "S", "F", "K", "M"]) + f"{c.r.randint(0, 999):03d}-{c.r.randint(0, 9999):04d}-" \
        f"{c.r.randint(0, 9999):04d}"


def ssn_us(c: Ctx, i: int) -> str:
    return f"{c.r.randint(100, 665):03d}-{c.r.randint(10, 99)}-{c.r.randint(1000, 9999)}"


def passport_no(c: Ctx, i: int) -> str:
    return c.r.choice(["", "N", "Z", "K"]) + f"{c.r.randint(10_000_000, 99_999_999)}"


def js(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))


def blood_group(c: Ctx, i: int) -> str:
    return c.r.choice(["A+", "A-", "B+", "B-", "O+", "O-", "AB+", "AB-", "O+", "A+"])


def text_with_people(locale: str, templates: tuple[str, ...], plain: tuple[str, ...], p: float) -> Gen:
    """Free text: with probability p one of `templates` filled with a person's name/email/phone, else `plain`.

    Templates use {name}, {first}, {email}, {phone}.
    """
    def gen(c: Ctx, i: int) -> str:
        if c.r.random() >= p:
            return c.r.choice(plain)
        f = _faker(locale)
        f.seed_instance(c.r.getrandbits(40))
        return c.r.choice(templates).format(name=f.name(), first=f.first_name(), email=f.email(),
                                            phone=f.phone_number())
    return gen
