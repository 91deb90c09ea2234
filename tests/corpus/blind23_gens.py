"""Hand-written value helpers for the twenty-third blind part (schemas f_*): no Faker, no word lists.

Everything random comes from the context's seeded random.Random; the parts of one person in a row are drawn once
per (table, row) by a cached per-row generator. python-stdnum only computes check digits.
"""
from __future__ import annotations

import base64
import random
import string
from datetime import date, datetime, timedelta
from typing import Any, Callable

from stdnum import iban as std_iban
from stdnum import luhn

from .gens import Col, Ctx

B32 = "ybndrfg8ejkmcpqxot1uwisza345h769"          # the alphabet of Mattermost's NewId
B64 = string.ascii_letters + string.digits + "./"


def col(name: str, typ: str, label: str, gen: Callable[[Ctx, int], Any], comment: str | None = None) -> Col:
    return Col(name, typ, label, gen, comment)


def fk(schema: str, table: str, column: str, ref: str, refcol: str = "id") -> str:
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{column}") '
            f'REFERENCES "{schema}"."{ref}" ("{refcol}")')


def rowrng(c: Ctx, key: str, i: int) -> random.Random:
    """A generator for row i of table `key`, seeded once from c.r and cached on the context."""
    cache = c.__dict__.setdefault("_blind23_rows", {})
    if (key, i) not in cache:
        cache[(key, i)] = random.Random(c.r.getrandbits(64))
    return cache[(key, i)]


def per_row(key: str, build: Callable[[random.Random, int], dict]) -> Callable[[Ctx, int], dict]:
    """A cached dict of agreeing values for row i of table `key`."""
    def get(c: Ctx, i: int) -> dict:
        cache = c.__dict__.setdefault("_blind23_people", {})
        if (key, i) not in cache:
            cache[(key, i)] = build(rowrng(c, key, i), i)
        return cache[(key, i)]
    return get


def field(row: Callable[[Ctx, int], dict], name: str) -> Callable[[Ctx, int], Any]:
    return lambda c, i: row(c, i)[name]


def pick(*values: Any) -> Callable[[Ctx, int], Any]:
    return lambda c, i: c.r.choice(values)


def maybe(gen: Callable[[Ctx, int], Any], p: float = 0.5) -> Callable[[Ctx, int], Any]:
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def ident(c: Ctx, i: int) -> int:
    return i


def ref(n: int) -> Callable[[Ctx, int], int]:
    """A foreign key into a table of n rows."""
    return lambda c, i: c.r.randint(1, n)


def cyc(n: int) -> Callable[[Ctx, int], int]:
    return lambda c, i: (i - 1) % n + 1


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def hexs(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(r: random.Random, n: int) -> str:
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def mmid(r: random.Random) -> str:
    return "".join(r.choice(B32) for _ in range(26))


def uuid4(r: random.Random) -> str:
    h = hexs(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def bcrypt(r: random.Random, cost: int = 10, v: str = "2a") -> str:
    return f"${v}${cost:02d}$" + alnum(r, 53, B64)


def django_pbkdf2(r: random.Random, it: int = 260000) -> str:
    return f"pbkdf2_sha256${it}${alnum(r, 22)}${b64(r, 32)}"


def when(r: random.Random, start: int = 2021, end: int = 2025) -> datetime:
    t0 = datetime(start, 1, 1)
    return t0 + timedelta(seconds=r.randint(0, int((datetime(end, 12, 31) - t0).total_seconds())))


def day(r: random.Random, start: int = 2021, end: int = 2025) -> date:
    return when(r, start, end).date()


def dob(r: random.Random, lo: int = 1955, hi: int = 2004) -> date:
    return date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def epoch_ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


def iban(country: str, bban: str) -> str:
    raw = country + "00" + bban
    return country + std_iban.calc_check_digits(raw) + bban


def card(r: random.Random, prefix: str, n: int = 16) -> str:
    body = prefix + digits(r, n - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def public_ip(r: random.Random, firsts: tuple[int, ...]) -> str:
    return f"{r.choice(firsts)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def amount(r: random.Random, lo: float, hi: float) -> float:
    return round(r.uniform(lo, hi), 2)
