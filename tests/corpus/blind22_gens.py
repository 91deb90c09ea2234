"""Hand-written value helpers for the twenty-second blind corpus part (schemas z_*).

Every value comes from `c.r` (the seeded random.Random of the context); the parts of one person in one row are
drawn once per (key, row) from a per-row generator seeded from `c.r` and shared across that row's columns.
python-stdnum is used only for check digits (CPF, Uruguayan RUT, Israeli Teudat Zehut, Moroccan ICE, IBAN, Luhn).
"""
from __future__ import annotations

import base64
import hashlib
import random
import string
from datetime import date, datetime, timedelta
from typing import Any, Callable

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as std_cpf
from stdnum.il import idnr
from stdnum.ma import ice as std_ice
from stdnum.uy import rut as std_rut

from .gens import Ctx, Gen

_BASE: dict[int, tuple[Ctx, int]] = {}
_ROWS: dict[tuple[int, str, int], dict[str, Any]] = {}


def _base(c: Ctx) -> int:
    got = _BASE.get(id(c))
    if got is None or got[0] is not c:
        got = (c, c.r.getrandbits(48))
        _BASE[id(c)] = got
        for k in [k for k in _ROWS if k[0] == id(c)]:
            del _ROWS[k]
    return got[1]


def row(c: Ctx, key: str, i: int, build: Callable[[random.Random, int], dict[str, Any]]) -> dict[str, Any]:
    """The parts of one row's person (or thing), drawn once from a generator seeded from c.r, key and i."""
    base = _base(c)
    k = (id(c), key, i)
    if k not in _ROWS:
        _ROWS[k] = build(random.Random(f"{base}:{key}:{i}"), i)
    return _ROWS[k]


def part(key: str, build: Callable[[random.Random, int], dict[str, Any]], name: str) -> Gen:
    return lambda c, i: row(c, key, i, build)[name]


# ---------------------------------------------------------------- plain generators
def seq(start: int = 1) -> Gen:
    return lambda c, i: start + i - 1


def fk(n: int, start: int = 1) -> Gen:
    return lambda c, i: c.r.randint(start, start + n - 1)


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def weighted(pairs: list[tuple[Any, int]]) -> Gen:
    vals, ws = [p[0] for p in pairs], [p[1] for p in pairs]
    return lambda c, i: c.r.choices(vals, ws)[0]


def maybe(gen: Gen, p: float = 0.5) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def const(v: Any) -> Gen:
    return lambda c, i: v


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def boolean(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def ts(y0: int = 2021, y1: int = 2025) -> Gen:
    def g(c: Ctx, i: int) -> datetime:
        start = datetime(y0, 1, 1)
        return start + timedelta(seconds=c.r.randint(0, int((datetime(y1, 12, 31) - start).total_seconds())))
    return g


def day(y0: int = 2021, y1: int = 2025) -> Gen:
    return lambda c, i: date(y0, 1, 1) + timedelta(days=c.r.randint(0, (date(y1, 12, 31) - date(y0, 1, 1)).days))


def rdate(rr: random.Random, y0: int, y1: int) -> date:
    return date(y0, 1, 1) + timedelta(days=rr.randint(0, (date(y1, 12, 31) - date(y0, 1, 1)).days))


def uuid4(c: Ctx, i: int) -> str:
    return ruuid(c.r)


def ruuid(rr: random.Random) -> str:
    h = f"{rr.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[rr.randint(0, 3)]}{h[17:20]}-{h[20:]}"


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: "".join(c.r.choice(alphabet) for _ in range(n))


def b64(nbytes: int, urlsafe: bool = False) -> Gen:
    def g(c: Ctx, i: int) -> str:
        raw = bytes(c.r.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw).rstrip(b"=") if urlsafe else base64.b64encode(raw)).decode()
    return g


_BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def bcrypt(c: Ctx, i: int) -> str:
    return "$2b$12$" + "".join(c.r.choice(_BCRYPT) for _ in range(53))


def argon2(c: Ctx, i: int) -> str:
    salt = b64(16)(c, i).rstrip("=")
    digest = b64(32)(c, i).rstrip("=")
    return f"$argon2id$v=19$m=19456,t=2,p=1${salt}${digest}"


def ipv4(c: Ctx, i: int) -> str:
    first = c.r.choice([179, 186, 190, 200, 201, 177, 189, 41, 105, 196, 37, 82, 93])
    return f"{first}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def ipv6(c: Ctx, i: int) -> str:
    return "2804:" + ":".join(f"{c.r.getrandbits(16):x}" for _ in range(7))


def slug(s: str) -> str:
    table = str.maketrans("áàâãäéèêëíìîïóòôõöúùûüçñ'’ ", "aaaaaeeeeiiiiooooouuuucn--_")
    return "".join(ch for ch in s.lower().translate(table) if ch.isalnum() or ch in "-_.")


# ---------------------------------------------------------------- check-digit numbers
def cpf(rr: random.Random, formatted: bool = True) -> str:
    base = "".join(str(rr.randint(0, 9)) for _ in range(9))
    digits = [int(d) for d in base]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(digits, range(n, 1, -1)))
        digits.append((s * 10 % 11) % 10)
    number = "".join(map(str, digits))
    std_cpf.validate(number)
    return std_cpf.format(number) if formatted else number


def rut_uy(rr: random.Random) -> str:
    while True:
        body = f"{rr.choice(['21', '21', '21', '02', '10', '11'])}{rr.randint(100000, 999999)}001"
        number = body + std_rut.calc_check_digit(body)
        if std_rut.is_valid(number):
            return number


def teudat_zehut(rr: random.Random) -> str:
    body = f"{rr.randint(1, 3)}{rr.randint(0, 9999999):07d}"
    number = body + luhn.calc_check_digit(body)
    return idnr.validate(number)


def ice_ma(rr: random.Random) -> str:
    body = f"00{rr.randint(1000000, 3999999)}{rr.randint(0, 9999):04d}"
    for cd in range(100):
        if std_ice.is_valid(f"{body}{cd:02d}"):
            return f"{body}{cd:02d}"
    return ice_ma(rr)


def iban(country: str, bban: str) -> str:
    number = country + std_iban.calc_check_digits(country + "00" + bban) + bban
    std_iban.validate(number)
    return std_iban.format(number)


def card(rr: random.Random, prefix: str = "4") -> str:
    body = prefix + "".join(str(rr.randint(0, 9)) for _ in range(15 - len(prefix)))
    number = body + luhn.calc_check_digit(body)
    luhn.validate(number)
    return number


def fkey(schema: str, table: str, col: str, ref: str, ref_col: str = "id") -> str:
    return (f'ALTER TABLE {schema}."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES {schema}."{ref}" ("{ref_col}")')


def pem_private(c: Ctx, i: int) -> str:
    body = b64(300)(c, i)
    lines = "\n".join(body[k:k + 64] for k in range(0, len(body), 64))
    return f"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC{lines}\n-----END PRIVATE KEY-----\n"


def pem_public(c: Ctx, i: int) -> str:
    body = b64(200)(c, i)
    lines = "\n".join(body[k:k + 64] for k in range(0, len(body), 64))
    return f"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A{lines}\n-----END PUBLIC KEY-----\n"


def jwt(c: Ctx, i: int) -> str:
    head = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"
    claims = base64.urlsafe_b64encode(
        f'{{"sub":"{c.r.randint(1, 150)}","iss":"{c.r.choice(["lemmy.fjord.social"])}","iat":'
        f'{c.r.randint(1672531200, 1735689600)}}}'.encode()).rstrip(b"=").decode()
    return f"{head}.{claims}.{b64(32, urlsafe=True)(c, i)}"


def det_uuid(key: str, i: int) -> str:
    """A v4-shaped uuid derived from the row index, for keys that other tables reference."""
    h = hashlib.sha256(f"{key}:{i}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def ref_uuid(key: str, n: int) -> Gen:
    return lambda c, i: det_uuid(key, c.r.randint(1, n))


def bw_enc(n: int) -> Gen:
    """A Bitwarden client-side encrypted string (type 2: AES-CBC-256 + HMAC): iv|data|mac."""
    return lambda c, i: f"2.{b64(16)(c, i)}|{b64(n)(c, i)}|{b64(32)(c, i)}"
