"""Hand-written value helpers for the twelfth blind corpus part (schemas o_*): no Faker, everything from `c.r`.

The pools of names, streets and towns per country are typed here by hand; python-stdnum only computes check digits.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, Callable

from .gens import Col

Gen = Callable[[Any, int], Any]
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CRYPT = "./" + ALNUM


class Row:
    """Values that must agree within one row (a person's names, sex, e-mail, address): drawn once per row."""

    def __init__(self, make: Gen):
        self.make, self.c, self.i, self.v = make, None, None, None

    def get(self, c: Any, i: int) -> Any:
        if self.c is not c or self.i != i:
            self.c, self.i, self.v = c, i, self.make(c, i)
        return self.v

    def __call__(self, key: str) -> Gen:
        return lambda c, i: self.get(c, i)[key]

    def f(self, fn: Callable[[dict], Any]) -> Gen:
        return lambda c, i: fn(self.get(c, i))


def pk(name: str = "id", typ: str = "integer") -> Col:
    return Col(name, f"{typ} PRIMARY KEY", "none", lambda c, i: i)


def fk(n: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if p_null and c.r.random() < p_null else c.r.randint(1, n)


def fkey(schema: str, table: str, col: str, ref: str, ref_col: str = "id") -> str:
    return f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") REFERENCES "{schema}"."{ref}" ("{ref_col}")'


def pick(*vals: Any) -> Gen:
    return lambda c, i: c.r.choice(vals)


def opt(p: float, gen: Gen, other: Any = None) -> Gen:
    """`gen` with probability p, otherwise `other`."""
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def chars(n: int, alphabet: str = ALNUM, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def digits(c: Any, n: int) -> str:
    return "".join(c.r.choice("0123456789") for _ in range(n))


def day(y0: int, y1: int) -> Gen:
    return lambda c, i: dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0) * 365))


def stamp(y0: int = 2021, y1: int = 2025, tz: bool = True) -> Gen:
    zone = dt.timezone.utc if tz else None
    return lambda c, i: dt.datetime(y0, 1, 1, tzinfo=zone) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0) * 31_536_000))


def uuid4(c: Any, i: int) -> str:
    h = "".join(c.r.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{c.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def bcrypt(prefix: str = "$2y$10$") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(CRYPT) for _ in range(53))


def ipv4_public(c: Any, i: int) -> str:
    first = c.r.choice((41, 49, 77, 81, 84, 101, 105, 109, 122, 125, 151, 176, 181, 186, 190, 197, 202, 212))
    return f"{first}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def ipv6(c: Any, i: int) -> str:
    return "2001:" + ":".join(f"{c.r.randint(0, 65535):x}" for _ in range(7))


def fold(s: str) -> str:
    """An e-mail-safe ASCII form of a name (ä -> a, đ -> d, ß -> ss, spaces and apostrophes dropped)."""
    s = s.replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


def mail(c: Any, first: str, last: str, domains: tuple[str, ...], birth_year: int | None = None) -> str:
    f, sn = fold(first), fold(last)
    y = str(birth_year or c.r.randint(1960, 2005))
    shape = c.r.randint(0, 5)
    local = (f"{f}.{sn}", f"{f}{sn}{y[2:]}", f"{f[0]}.{sn}", f"{sn}.{f}", f"{f}{c.r.randint(1, 999)}", f"{f}_{sn}")[shape]
    return f"{local}@{c.r.choice(domains)}"


def person(c: Any, pools: dict, y0: int = 1950, y1: int = 2004) -> dict:
    """First name, surname, sex and birth date drawn together from a country's pools."""
    sex = c.r.choice("MF")
    first = c.r.choice(pools["male"] if sex == "M" else pools["female"])
    return {"first": first, "last": c.r.choice(pools["last"]), "sex": sex,
            "birth": dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0) * 365))}


def luhn_digit(body: str) -> str:
    from stdnum import luhn
    return luhn.calc_check_digit(body)


# ---- free-text scaffolding ---------------------------------------------------------------------------------------

def template(*forms: str) -> Callable[[Any, dict], str]:
    """A free-text line chosen from `forms`, filled from the keys of a dict."""
    return lambda c, d: c.r.choice(forms).format(**d)


def iban_of(country: str, bban: str) -> str:
    """An IBAN with its two check digits (ISO 13616 mod 97) over a country code and a national account number."""
    moved = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(moved) % 97:02d}{bban}"
