"""Value helpers of the twenty-eighth blind corpus part (schemas ad_*), hand-written: every generator takes the context
and the 1-based row index, draws only from the seeded `c.r`, and derives foreign keys from the row index."""
from __future__ import annotations

import datetime as dt
import hashlib
import string
from decimal import Decimal
from typing import Any

from .blind28_people import d, iban, person
from .gens import Gen

B64 = string.ascii_letters + string.digits + "./"
URLSAFE = string.ascii_letters + string.digits + "-_"


def ident(c: Any, i: int) -> int:
    return i


def fk(n: int, step: int = 7, offset: int = 0) -> Gen:
    """A parent id in 1..n derived from the row index."""
    return lambda c, i: (i * step + offset) % n + 1


def pick(*values: Any) -> Gen:
    return lambda c, i: c.r.choice(values)


def maybe(gen: Gen, p: float = 0.3) -> Gen:
    """`gen`, or NULL with probability p."""
    return lambda c, i: None if c.r.random() < p else gen(c, i)


def const(value: Any) -> Gen:
    return lambda c, i: value


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def money(lo: float, hi: float) -> Gen:
    return lambda c, i: Decimal(f"{c.r.uniform(lo, hi):.2f}")


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def when(y0: int = 2019, y1: int = 2025) -> Gen:
    """A timestamp between two years."""
    start = dt.datetime(y0, 1, 1)
    span = int((dt.datetime(y1, 12, 31) - start).total_seconds())
    return lambda c, i: start + dt.timedelta(seconds=c.r.randrange(span))


def day(y0: int = 2019, y1: int = 2025) -> Gen:
    stamp = when(y0, y1)
    return lambda c, i: stamp(c, i).date()


def millis(y0: int = 2018, y1: int = 2025) -> Gen:
    """Openfire's 15-character zero-padded epoch milliseconds."""
    stamp = when(y0, y1)
    return lambda c, i: "%015d" % int(stamp(c, i).replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def per(cc: str, entity: str, field: str, ref: Gen | None = None) -> Gen:
    """A field of the person of this row (or of the row `ref` points at)."""
    return lambda c, i: person(c, cc, entity, ref(c, i) if ref else i)[field]


def birth_md(cc: str, entity: str) -> Gen:
    """Month and day of birth kept in a fixed leap year (1904), as forum software stores birthdays."""
    return lambda c, i: person(c, cc, entity, i)["born"].replace(year=1904)


def iban_of(cc: str) -> Gen:
    return lambda c, i: iban(c, cc)


def digits(n: int, prefix: str = "") -> Gen:
    return lambda c, i: prefix + d(c, n)


def hexstr(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def token(n: int, alphabet: str = URLSAFE, prefix: str = "") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def bcrypt(cost: int = 10) -> Gen:
    return lambda c, i: f"$2a${cost:02d}$" + "".join(c.r.choice(B64) for _ in range(53))


def pbkdf2_hex(c: Any, i: int) -> str:
    """A 64-hex-character password digest (as Discourse stores after PBKDF2)."""
    return hashlib.sha256(f"pw{c.r.random()}".encode()).hexdigest()


def sha256_of(gen: Gen) -> Gen:
    """Hex SHA-256 of another value: stored digests of tokens or e-mail addresses."""
    return lambda c, i: hashlib.sha256(str(gen(c, i)).encode()).hexdigest()


def blob(lo: int, hi: int) -> Gen:
    """Opaque bytes (biometric templates, thumbnails)."""
    return lambda c, i: bytes(c.r.randrange(256) for _ in range(c.r.randint(lo, hi)))


def ipv4(*prefixes: str) -> Gen:
    """An IPv4 address in one of the given first-octet prefixes (ISP blocks of the country)."""
    return lambda c, i: f"{c.r.choice(prefixes)}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"


def coords(lat0: float, lat1: float, lon0: float, lon1: float) -> Gen:
    return lambda c, i: f"{c.r.uniform(lat0, lat1):.6f},{c.r.uniform(lon0, lon1):.6f}"


def imo(c: Any, i: int) -> str:
    """IMO ship number: six digits and a check digit weighted 7..2."""
    six = c.r.choice("789") + d(c, 5)
    return "IMO " + six + str(sum(int(x) * w for x, w in zip(six, range(7, 1, -1))) % 10)


def fill(template: str, **gens: Gen) -> Gen:
    """Free text from a template whose {slots} are other generators of the same row."""
    return lambda c, i: template.format(**{k: g(c, i) for k, g in gens.items()})


def one_of(*gens: Gen) -> Gen:
    """One of several generators, chosen per row."""
    return lambda c, i: c.r.choice(gens)(c, i)


def shared(key: str, gen: Gen) -> Gen:
    """`gen` drawn once per (key, row), so that two columns of a row (raw and cooked text) agree."""
    def get(c: Any, i: int) -> Any:
        store = c.__dict__.setdefault("_blind28_rows", {})
        if (key, i) not in store:
            store[(key, i)] = gen(c, i)
        return store[(key, i)]
    return get


def fk_sql(schema: str, table: str, col: str, parent: str, pcol: str = "id") -> str:
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{parent}" ("{pcol}")')
