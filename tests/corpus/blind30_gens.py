"""Hand-written value helpers for the thirtieth blind corpus part (schemas af_*). No Faker, no word lists.

Every helper returns a generator `(Ctx, row) -> value`; all randomness comes from the context's seeded `c.r`.
python-stdnum only computes check digits (Luhn for payment cards, ISO 7064 for Andorran IBANs).
"""
from __future__ import annotations

import datetime as dt
import json
import string
import uuid
from typing import Any

from stdnum import iban as std_iban
from stdnum import luhn

from .blind30_people import person
from .gens import Gen


def fk(n: int, k: int = 7) -> Gen:
    """A foreign key into a table of `n` rows numbered 1..n, derived from the row index."""
    return lambda c, i: (i * k) % n + 1


def row_id(start: int = 0) -> Gen:
    return lambda c, i: start + i


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def maybe(gen: Gen, p: float = 0.3) -> Gen:
    """`gen`'s value, or NULL with probability p (the draw still happens, so rows stay aligned)."""
    def g(c, i):
        v = gen(c, i)
        return None if c.r.random() < p else v
    return g


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def day(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randint(0, (y1 - y0 + 1) * 365 - 1))


def stamp(y0: int = 2019, y1: int = 2025) -> Gen:
    return lambda c, i: dt.datetime(y0, 1, 1) + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 31_500_000))


def epoch(y0: int = 2019, y1: int = 2025) -> Gen:
    """Unix seconds, as Ushahidi-era PHP code kept them in integer columns."""
    base = int(dt.datetime(y0, 1, 1).timestamp())
    return lambda c, i: base + c.r.randint(0, (y1 - y0 + 1) * 31_500_000)


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, prefix: str = "") -> Gen:
    chars = string.ascii_letters + string.digits
    return lambda c, i: prefix + "".join(c.r.choice(chars) for _ in range(n))


def code(prefix: str, width: int = 6) -> Gen:
    """Business reference numbers (tickets, licences) that identify no person by themselves."""
    return lambda c, i: f"{prefix}{i:0{width}d}"


def uid() -> Gen:
    return lambda c, i: str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def bcrypt(cost: str = "10", tag: str = "2y") -> Gen:
    chars = "./" + string.ascii_letters + string.digits
    return lambda c, i: f"${tag}${cost}$" + "".join(c.r.choice(chars) for _ in range(53))


def ipv4(private: bool = False) -> Gen:
    def g(c, i):
        r = c.r
        if private:
            return f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"{r.choice([41, 78, 89, 102, 154, 176, 185, 197, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    return g


def coord(lo: float, hi: float, places: int = 6) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), places)


def card() -> Gen:
    """A payment card number with a Luhn check digit (Visa or Mastercard prefixes)."""
    def g(c, i):
        body = c.r.choice(["4", "51", "53", "55"]) + "".join(c.r.choice(string.digits) for _ in range(13))
        return body[:15] + luhn.calc_check_digit(body[:15])
    return g


def iban_ad() -> Gen:
    """Andorran IBAN: AD, two check digits (stdnum), a bank code, a branch code and a twelve-digit account."""
    def g(c, i):
        bban = (c.r.choice(["0001", "0003", "0004", "0006"]) + f"{c.r.randint(1, 60):04d}"
                + "".join(c.r.choice(string.digits) for _ in range(12)))
        return f"AD{std_iban.calc_check_digits('ADXX' + bban)}{bban}"
    return g


def pp(country: str, entity: str, part: str, n: int | None = None, k: int = 7) -> Gen:
    """A part of person (entity, row): of this row, or of the row fk(n, k) points at when n is given."""
    def g(c, i):
        return person(c, country, entity, i if n is None else (i * k) % n + 1)[part]
    return g


def work_mail(country: str, entity: str, domain: str, n: int | None = None, k: int = 7) -> Gen:
    """A staff member's work e-mail (first.last@company): it names a natural person."""
    def g(c, i):
        p = person(c, country, entity, i if n is None else (i * k) % n + 1)
        return f"{p['user']}@{domain}"
    return g


def say(country: str, entity: str, templates: list[str], n: int | None = None, k: int = 7) -> Gen:
    """Free text from `templates`, filled with the parts ({first}, {full}, {mobile}, {email}...) of a person."""
    def g(c, i):
        p = person(c, country, entity, i if n is None else (i * k) % n + 1)
        return c.r.choice(templates).format(**p)
    return g


def as_json(**fields: Gen) -> Gen:
    """A JSON document whose members come from the given generators."""
    def g(c, i):
        out = {k: v(c, i) for k, v in fields.items()}
        return json.dumps({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in out.items()}, ensure_ascii=False)
    return g


def fkey(schema: str, table: str, col: str, parent: str, pcol: str = "id") -> str:
    """The ALTER TABLE statement of one foreign key (Table.extra); the parent's key is declared in its column type."""
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{parent}" ("{pcol}")')
