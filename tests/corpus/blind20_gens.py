"""Hand-written value helpers for the twentieth blind corpus part (schemas x_*). Everything random comes from
`c.r`; a row's person is drawn once from a per-row generator (seeded from c.r, cached by table and row index)
and shared by that row's columns. python-stdnum only computes check digits."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import random
import string
from typing import Any, Callable

from .gens import Col, Ctx, Gen

Maker = Callable[[random.Random, int], dict[str, Any]]


def row(c: Ctx, key: str, i: int, maker: Maker) -> dict[str, Any]:
    """The cached per-row record of `key` row i: drawn once with its own generator seeded from c.r."""
    cache = c.__dict__.setdefault("_blind20_rows", {})
    if (key, i) not in cache:
        cache[(key, i)] = maker(random.Random(c.r.getrandbits(64)), i)
    return cache[(key, i)]


def field(key: str, maker: Maker, name: str) -> Gen:
    return lambda c, i: row(c, key, i, maker)[name]


def col(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    return Col(name, type_, label, gen, comment)


def seq(c: Ctx, i: int) -> int:
    return i


def const(v: Any) -> Gen:
    return lambda c, i: v


def fk(n: int, nullable: float = 0.0) -> Gen:
    return lambda c, i: None if c.r.random() < nullable else c.r.randint(1, n)


def pick(values: list[Any] | tuple[Any, ...], weights: list[float] | None = None) -> Gen:
    if weights:
        return lambda c, i: c.r.choices(values, weights)[0]
    return lambda c, i: c.r.choice(values)


def maybe(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def num(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def integer(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def day(start: str, end: str) -> Gen:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return lambda c, i: a + dt.timedelta(days=c.r.randint(0, (b - a).days))


def stamp(start: str, end: str) -> Gen:
    a = dt.datetime.fromisoformat(start)
    span = int((dt.datetime.fromisoformat(end) - a).total_seconds())
    return lambda c, i: a + dt.timedelta(seconds=c.r.randint(0, span))


def rdate(r: random.Random, start: int, end: int) -> dt.date:
    """A date between 1 January of `start` and 31 December of `end`."""
    a = dt.date(start, 1, 1)
    return a + dt.timedelta(days=r.randint(0, (dt.date(end, 12, 31) - a).days))


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def b64tok(nbytes: int, urlsafe: bool = True) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        raw = bytes(c.r.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw).rstrip(b"=") if urlsafe else base64.b64encode(raw)).decode()
    return gen


def base32(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


_B64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt(c: Ctx, i: int) -> str:
    return f"$2y$10${''.join(c.r.choice(_B64) for _ in range(53))}"


def sha1_of(c: Ctx, i: int) -> str:
    return hashlib.sha1(f"{c.r.random()}".encode()).hexdigest()


def sha256_of(c: Ctx, i: int) -> str:
    return hashlib.sha256(f"{c.r.random()}".encode()).hexdigest()


def ipv4(c: Ctx, i: int) -> str:
    return c.r.choice(["93.183", "178.150", "46.211", "91.237", "185.65", "31.43"]) + \
        f".{c.r.randint(1, 254)}.{c.r.randint(1, 254)}"


def uuid4(c: Ctx, i: int) -> str:
    h = "".join(c.r.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def fill(template: str, **pools: list[str]) -> Gen:
    """A free-text generator: each {name} of the template takes a random value of pools[name]."""
    return lambda c, i: template.format(**{k: c.r.choice(v) for k, v in pools.items()})


def texts(*choices: str, **pools: list[str]) -> Gen:
    """One of several templates, filled from the pools (templates not naming a pool ignore it)."""
    return lambda c, i: c.r.choice(choices).format(**{k: c.r.choice(v) for k, v in pools.items()})
