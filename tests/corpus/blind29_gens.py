"""Hand-written value helpers of the twenty-ninth blind corpus part (schemas ae_*): no Faker, no word lists.

Every helper returns a generator `(ctx, row) -> value`; all randomness comes from the context's seeded `c.r`.
People come from blind29_people; foreign-key values are derived from the row index.
"""
from __future__ import annotations

import base64
import hashlib
import json
import string
from datetime import date, datetime, timedelta
from typing import Any, Callable

from stdnum import iban as std_iban

from .blind29_people import Country, card_number, person
from .gens import Gen

Of = Callable[[int], int]



def fk(n: int, step: int = 7, off: int = 0, start: int = 0) -> Gen:
    """A foreign key into a table of `n` rows (ids start+1 .. start+n), spread by the row index."""
    return lambda c, i: (i * step + off) % n + 1 + start


def spread(n: int, step: int = 7, off: int = 0) -> Of:
    """The referenced row of a foreign key (for reading that row's person)."""
    return lambda i: (i * step + off) % n + 1


def pf(country: Country, entity: str, part: str, of: Of | None = None) -> Gen:
    """One part of the person of (entity, row), e.g. pf(AZ, "party", "email")."""
    return lambda c, i: person(c, country, entity, of(i) if of else i)[part]


def pfmt(country: Country, entity: str, template: str, of: Of | None = None) -> Gen:
    """A string built from a person's parts: pfmt(GG, "acct", "{given} {family}")."""
    return lambda c, i: template.format(**person(c, country, entity, of(i) if of else i))


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def cycle(*values: Any) -> Gen:
    return lambda c, i: values[(i - 1) % len(values)]


def maybe(gen: Gen, p: float) -> Gen:
    """gen's value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: f"{c.r.uniform(lo, hi):.2f}"


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def stamp(y0: int = 2019, y1: int = 2025) -> Gen:
    start = datetime(y0, 1, 1)
    span = int((datetime(y1, 12, 31) - start).total_seconds())
    return lambda c, i: start + timedelta(seconds=c.r.randint(0, span))


def epoch(y0: int = 2019, y1: int = 2025) -> Gen:
    """Unix seconds, as PHP applications store them."""
    gen = stamp(y0, y1)
    return lambda c, i: int(gen(c, i).timestamp())


def day(y0: int = 2019, y1: int = 2025) -> Gen:
    start = date(y0, 1, 1)
    span = (date(y1, 12, 31) - start).days
    return lambda c, i: start + timedelta(days=c.r.randint(0, span))


def code(template: str) -> Gen:
    """A code from a shape: 9 = digit, A = capital letter, x = hex digit, anything else literal."""
    pools = {"9": string.digits, "A": string.ascii_uppercase, "x": "0123456789abcdef"}
    return lambda c, i: "".join(c.r.choice(pools[ch]) if ch in pools else ch for ch in template)



def uuid() -> Gen:
    def gen(c, i):
        h = f"{c.r.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
    return gen


def token(n: int, alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


def b32secret(n: int = 32) -> Gen:
    """A base32 TOTP secret."""
    return token(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")



def pw_hash(scheme: str) -> Gen:
    """A password hash in the textual shape of bcrypt ($2y$/$2a$/$2b$), sha512-crypt, pbkdf2 or salted SHA."""
    b64 = string.ascii_letters + string.digits + "./"

    def gen(c, i):
        rnd = "".join(c.r.choice(b64) for _ in range(53))
        if scheme.startswith("$2"):
            return f"{scheme}$10${rnd}"
        if scheme == "sha512":
            return f"$6$rounds=5000${rnd[:16]}${rnd}{rnd[:33]}"
        if scheme == "pbkdf2":
            salt = base64.b64encode(c.r.randbytes(16)).decode()
            return f"pbkdf2_sha256$600000${salt}${base64.b64encode(c.r.randbytes(32)).decode()}"
        return "{SHA}" + base64.b64encode(hashlib.sha1(c.r.randbytes(12)).digest()).decode()
    return gen


def ip4(prefixes: tuple[str, ...] = ("185.", "94.", "213.", "41.", "102.", "154.")) -> Gen:
    def gen(c, i):
        head = c.r.choice(prefixes)
        return head + ".".join(str(c.r.randint(1, 254)) for _ in range(4 - head.count(".")))
    return gen



def latlon(lat: tuple[float, float], lon: tuple[float, float], sep: str = " ") -> Gen:
    """"lat lon" (or another separator) in one text value, as ODK geopoints and GPS fields store them."""
    return lambda c, i: f"{c.r.uniform(*lat):.6f}{sep}{c.r.uniform(*lon):.6f}"


def card() -> Gen:
    return lambda c, i: card_number(c.r)


def iban(country: str, bban: Callable[[Any], str]) -> Gen:
    """An IBAN whose two check digits are computed by stdnum from the hand-shaped BBAN."""
    def gen(c, i):
        body = bban(c.r)
        return f"{country}{std_iban.calc_check_digits(country + '00' + body)}{body}"
    return gen


def rib_key(bank: str, branch: str, account: str) -> str:
    """The two-digit RIB key of the French (and CEMAC) bank account scheme, computed by hand (no stdnum module)."""
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def text(*templates: str, country: Country | None = None, entity: str = "", of: Of | None = None) -> Gen:
    """Free text from templates; {given}, {family}, {name}, {mobile}, {email} fill from a person, {n} a number."""
    def gen(c, i):
        t = c.r.choice(templates)
        p = person(c, country, entity, of(i) if of else i) if country else {}
        return t.format(n=c.r.randint(2, 40), **p)
    return gen


def jsondoc(**fields: Gen) -> Gen:
    """A JSON document whose fields come from other generators."""
    return lambda c, i: json.dumps({k: g(c, i) for k, g in fields.items()}, ensure_ascii=False, default=str)
