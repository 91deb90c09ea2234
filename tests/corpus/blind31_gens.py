"""Hand-written value helpers of the thirty-first blind corpus part (schemas ag_*), see docs/blind31-corpus.md.

Every helper returns a column generator `gen(c, i)`; all randomness comes from the context's seeded `c.r`.
A person's parts are drawn once per (entity, row) and cached on the context, so a row's columns agree and rows that
share an id across tables agree. Foreign-key values are derived from the row index.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import string
import uuid

from stdnum import iban, luhn

from .blind31_people import BUILDERS


def person(c, entity: str, i: int, country: str) -> dict:
    cache = c.__dict__.setdefault("_ag31_people", {})
    key = (entity, i)
    if key not in cache:
        cache[key] = BUILDERS[country](c.r)
    return cache[key]


def fkv(i: int, n: int, mult: int = 7) -> int:
    """A foreign-key value in 1..n derived from the row index."""
    return (i * mult + i // n) % n + 1


def seq():
    return lambda c, i: i


def fk(n: int, mult: int = 7):
    return lambda c, i: fkv(i, n, mult)


def pv(entity: str, country: str, part: str):
    """A part of the person of this row."""
    return lambda c, i: person(c, entity, i, country)[part]


def pref(entity: str, country: str, part: str, n: int, mult: int = 7):
    """A part of the person a foreign key of this row points at (same index rule as fk)."""
    return lambda c, i: person(c, entity, fkv(i, n, mult), country)[part]


def fill(entity: str, country: str, templates: tuple[str, ...], n: int = 0, mult: int = 7):
    """Free text from templates filled with the row's person (or, with n, the referenced person's parts)."""
    return lambda c, i: c.r.choice(templates).format(**person(c, entity, fkv(i, n, mult) if n else i, country))


def pick(*options):
    return lambda c, i: c.r.choice(options)


def cycle(*options):
    return lambda c, i: options[i % len(options)]


def num(lo: int, hi: int):
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float):
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def maybe(gen, p: float = 0.5):
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def day(y0: int, y1: int):
    return lambda c, i: dt.date(c.r.randint(y0, y1), c.r.randint(1, 12), c.r.randint(1, 28))


def moment(y0: int, y1: int):
    return lambda c, i: dt.datetime(c.r.randint(y0, y1), c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23),
                                    c.r.randint(0, 59), c.r.randint(0, 59))


def epoch(y0: int, y1: int):
    return lambda c, i: int(dt.datetime(c.r.randint(y0, y1), c.r.randint(1, 12), c.r.randint(1, 28),
                                        c.r.randint(0, 23)).timestamp())


def uid(tag: str):
    """A stable uuid for row i of `tag`, so foreign keys can point at it."""
    return lambda c, i: uuid.UUID(hashlib.md5(f"{tag}:{i}".encode()).hexdigest())


def uidref(tag: str, n: int, mult: int = 7):
    return lambda c, i: uuid.UUID(hashlib.md5(f"{tag}:{fkv(i, n, mult)}".encode()).hexdigest())


def token(n: int, alphabet: str = string.ascii_letters + string.digits, prefix: str = ""):
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def hexdigest(n: int = 64):
    return token(n, "0123456789abcdef")


def bcrypt(prefix: str = "$2y$10$"):
    return token(53, string.ascii_letters + string.digits + "./", prefix)


def django_hash():
    return lambda c, i: "pbkdf2_sha256$600000${}${}".format(
        "".join(c.r.choice(string.ascii_letters + string.digits) for _ in range(22)),
        "".join(c.r.choice(string.ascii_letters + string.digits + "+/") for _ in range(43)) + "=")


def ipv4(*prefixes: str):
    return lambda c, i: f"{c.r.choice(prefixes)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}"


def point(lat: tuple[float, float], lon: tuple[float, float], digits: int = 6):
    """(lat, lon) inside a box, for a pair of numeric columns: use .lat and .lon of one call per row."""
    def gen(c, i, part):
        cache = c.__dict__.setdefault("_ag31_points", {})
        key = (lat, lon, i)
        if key not in cache:
            cache[key] = (round(c.r.uniform(*lat), digits), round(c.r.uniform(*lon), digits))
        return cache[key][part]
    return (lambda c, i: gen(c, i, 0)), (lambda c, i: gen(c, i, 1))


def iban_of(country: str, bban):
    """An IBAN with its check digits computed by python-stdnum over a hand-shaped BBAN generator."""
    def gen(c, i):
        b = bban(c, i)
        return f"{country}{iban.calc_check_digits(country + '00' + b)}{b}"
    return gen


def card(prefixes: tuple[str, ...], length: int = 16):
    def gen(c, i):
        body = c.r.choice(prefixes)
        body += "".join(str(c.r.randint(0, 9)) for _ in range(length - 1 - len(body)))
        return body + luhn.calc_check_digit(body)
    return gen


def raw(n: int):
    """n random bytes (bytea secrets and ciphertext)."""
    return lambda c, i: bytes(c.r.getrandbits(8) for _ in range(n))
