"""Hand-written value helpers of the twenty-seventh blind corpus part (schemas ac_*): keys, numbers, dates, network
addresses, tokens and hashes. No Faker and no word lists: every value is drawn from the context's seeded `c.r`.
People (names, phones, ids, addresses of six countries) live in blind27_people.py."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import string
import uuid
from typing import Any, Sequence

from .gens import Ctx, Gen

_B64 = string.ascii_letters + string.digits + "./"
_START = dt.datetime(2016, 1, 1)


def rid() -> Gen:
    """The row number as a primary key."""
    return lambda c, i: i


def fk(n: int, k: int = 1, off: int = 0, null_every: int = 0) -> Gen:
    """A foreign key into a parent of n rows, derived from the row index (NULL every null_every-th row)."""
    def g(c: Ctx, i: int) -> Any:
        if null_every and i % null_every == 0:
            return None
        return (i * k + off) % n + 1
    return g


def cyc(seq: Sequence[Any]) -> Gen:
    """Catalogue rows: the values in order."""
    return lambda c, i: seq[(i - 1) % len(seq)]


def pick(seq: Sequence[Any]) -> Gen:
    return lambda c, i: c.r.choice(seq)


def wpick(seq: Sequence[Any], weights: Sequence[float]) -> Gen:
    return lambda c, i: c.r.choices(seq, weights)[0]


def num(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def dec(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def flag(p: float = 0.5, yes: Any = 1, no: Any = 0) -> Gen:
    return lambda c, i: yes if c.r.random() < p else no


def maybe(gen: Gen, p: float = 0.3) -> Gen:
    """gen's value, or NULL with probability p."""
    return lambda c, i: None if c.r.random() < p else gen(c, i)


def const(value: Any) -> Gen:
    return lambda c, i: value


def _moment(c: Ctx, y0: int, y1: int) -> dt.datetime:
    a, b = dt.datetime(y0, 1, 1), dt.datetime(y1, 12, 31, 23, 59)
    return a + dt.timedelta(seconds=c.r.randint(0, int((b - a).total_seconds())))


def day(y0: int = 2019, y1: int = 2024) -> Gen:
    return lambda c, i: _moment(c, y0, y1).date()


def stamp(y0: int = 2019, y1: int = 2024) -> Gen:
    return lambda c, i: _moment(c, y0, y1)


def epoch(y0: int = 2016, y1: int = 2024) -> Gen:
    """Unix seconds, as phpBB keeps its times."""
    return lambda c, i: int((_moment(c, y0, y1) - dt.datetime(1970, 1, 1)).total_seconds())


def ipv4(c: Ctx, i: int) -> str:
    first = c.r.choice((41, 62, 77, 85, 89, 102, 105, 154, 176, 190, 196, 197, 212))
    return f"{first}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"


def ipv6(c: Ctx, i: int) -> str:
    return "2a02:" + ":".join(f"{c.r.randint(0, 0xffff):x}" for _ in range(7))


def ip_any(p6: float = 0.15) -> Gen:
    return lambda c, i: ipv6(c, i) if c.r.random() < p6 else ipv4(c, i)


def ip_hex(c: Ctx, i: int) -> str:
    """An IPv4 address in the upper-case hex that MediaWiki keeps for range blocks."""
    return "".join(f"{int(p):02X}" for p in ipv4(c, i).split("."))


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def b64tok(nbytes: int) -> Gen:
    """URL-safe base64 of nbytes random bytes, unpadded (API keys, OAuth tokens)."""
    return lambda c, i: base64.urlsafe_b64encode(c.r.randbytes(nbytes)).decode().rstrip("=")


def b32tok(n: int) -> Gen:
    """Base32 TOTP secrets."""
    return lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def uid(c: Ctx, i: int) -> str:
    return str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def bcrypt(prefix: str = "$2y$10$") -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(_B64) for _ in range(53))


def argon2(c: Ctx, i: int) -> str:
    salt = base64.b64encode(c.r.randbytes(16)).decode().rstrip("=")
    digest = base64.b64encode(c.r.randbytes(32)).decode().rstrip("=")
    return f"$argon2id$v=19$m=65536,t=4,p=2${salt}${digest}"


def digest(algo: str) -> Gen:
    """A hex digest of random bytes (content checksums, stored hashes)."""
    return lambda c, i: hashlib.new(algo, c.r.randbytes(24)).hexdigest()


def b64blob(lo: int, hi: int) -> Gen:
    """Base64 of an opaque binary blob of lo..hi bytes (templates, keys)."""
    return lambda c, i: base64.b64encode(c.r.randbytes(c.r.randint(lo, hi))).decode()


def pem_key(kind: str) -> Gen:
    """A PEM-armoured RSA key shape; only its base64 body is random."""
    def g(c: Ctx, i: int) -> str:
        body = base64.b64encode(c.r.randbytes(270 if kind == "PUBLIC" else 1190)).decode()
        lines = "\n".join(body[j:j + 64] for j in range(0, len(body), 64))
        return f"-----BEGIN {kind} KEY-----\n{lines}\n-----END {kind} KEY-----\n"
    return g


def fk_sql(schema: str, table: str, col: str, ref: str, ref_col: str) -> str:
    """The ALTER TABLE statement of one foreign key (every identifier quoted: some are camelCase or UPPER)."""
    return (f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") '
            f'REFERENCES "{schema}"."{ref}" ("{ref_col}")')


def suid(tag: str, via: Gen | None = None) -> Gen:
    """A UUID-shaped key that is the same for a row and for every foreign key pointing at it (SuiteCRM's char(36))."""
    def g(c: Ctx, i: int) -> Any:
        row = via(c, i) if via else i
        return None if row is None else str(uuid.UUID(hashlib.md5(f"{tag}:{row}".encode()).hexdigest()))
    return g
