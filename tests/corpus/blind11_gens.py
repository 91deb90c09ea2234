"""Hand-written value pools and small generators for the eleventh blind corpus part (schemas n_*).

No Faker: every name, street, town, phone shape and text template below was typed by the author. Values are drawn
from the corpus RNG (`c.r`), so loads repeat. `per_row` draws a bundle once per row, for values that must agree."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from typing import Any

from stdnum import luhn

from .gens import Col

Gen = Callable[[Any, int], Any]
_ROW: dict[str, tuple[Any, int, Any]] = {}


def per_row(key: str, make: Gen) -> Gen:
    """A generator returning one bundle per (context, row): the columns of a row that read it agree."""
    def get(c, i):
        hit = _ROW.get(key)
        if hit is not None and hit[0] is c.r and hit[1] == i:
            return hit[2]
        value = make(c, i)
        _ROW[key] = (c.r, i, value)
        return value
    return get


def part(bundle: Gen, name: str) -> Gen:
    return lambda c, i: bundle(c, i)[name]


def pick(*values) -> Gen:
    return lambda c, i: c.r.choice(values)


def rint(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), 2)


def maybe(p: float, gen: Gen) -> Gen:
    """`gen`'s value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def day(start: int, years: int) -> Gen:
    return lambda c, i: dt.date(start, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * years))


def stamp(start: int = 2023, years: int = 2) -> Gen:
    base = dt.datetime(start, 1, 1, tzinfo=dt.timezone.utc)
    return lambda c, i: base + dt.timedelta(seconds=c.r.randint(0, 365 * years * 86400))


def seq(c, i):
    return i


def fixed_uuid(ns: str) -> Gen:
    """A uuid fixed by namespace and row number, so child tables can point at it."""
    return lambda c, i: str(uuid.UUID(hashlib.md5(f"{ns}:{i}".encode()).hexdigest(), version=4))


def fk_uuid(ns: str, n: int) -> Gen:
    return lambda c, i: fixed_uuid(ns)(c, c.r.randint(1, n))


def rand_uuid(c, i):
    return str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def token(n: int, prefix: str = "", alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def digits(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789") for _ in range(n))


def ipv4(c, i):
    return f"{c.r.choice([41, 49, 62, 81, 84, 103, 112, 139, 180, 197])}.{c.r.randint(0, 255)}." \
           f"{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def bcrypt(c, i):
    return "$2b$12$" + token(53, "", "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")(c, i)


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def card_number(c, i):
    prefix = c.r.choice(["4", "51", "55", "22"])
    return luhn_complete(prefix + digits(15 - len(prefix))(c, i))


def pid(name: str = "id") -> Col:
    return Col(name, "int PRIMARY KEY", "none", seq)


def fk(schema: str, table: str, col: str, parent: str, pcol: str = "id") -> str:
    return f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {schema}."{parent}" ("{pcol}")'


def jdump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def person_maker(male: tuple[str, ...], female: tuple[str, ...], surnames: tuple[str, ...],
                 domains: tuple[str, ...], phone: Gen, birth_from: int = 1940, birth_years: int = 65) -> Gen:
    """A bundle: first, last, sex, email, phone, birth date, drawn together."""
    def make(c, i):
        sex = c.r.choice("MF")
        first = c.r.choice(male if sex == "M" else female)
        last = c.r.choice(surnames)
        local = _ascii(first.split()[0]).lower()
        tail = _ascii(last).lower().replace(" ", "").replace("'", "")
        style = c.r.randint(0, 3)
        user = [f"{local}.{tail}", f"{local}{tail}{c.r.randint(1, 99)}", f"{local[0]}{tail}", f"{tail}.{local}"][style]
        birth = dt.date(birth_from, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * birth_years))
        return {"first": first, "last": last, "sex": sex, "email": f"{user}@{c.r.choice(domains)}",
                "phone": phone(c, i), "birth": birth, "full": f"{first} {last}"}
    return make


_FOLD = str.maketrans("åæøäöüéèáíóúñçãõâêôìòàšžčÅÆØÄÖÜÉÁÍÓÚ", "aaoaoueeaiouncaoaeoioaszcAAOAOUEAIOU")


def _ascii(s: str) -> str:
    return s.translate(_FOLD)
