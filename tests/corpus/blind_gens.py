"""Small value generators and helpers for the blind corpus (blind.py and its parts); seeded through Ctx.r."""
from __future__ import annotations

import hashlib
import struct
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from .gens import Ctx, Gen

N = "none"
_NS = uuid.UUID("6f1d3c2a-4b7e-4c1d-9a51-0b1e2c3d4e5f")


def fkey(src: str, col: str, dst: str, dcol: str) -> str:
    """ALTER TABLE src ADD FOREIGN KEY (col) REFERENCES dst (dcol); src/dst as "schema.table", columns comma-separated."""
    def q(dotted: str) -> str:
        return ".".join(f'"{p}"' for p in dotted.split("."))
    cols = ", ".join(f'"{x.strip()}"' for x in col.split(","))
    dcols = ", ".join(f'"{x.strip()}"' for x in dcol.split(","))
    return f"ALTER TABLE {q(src)} ADD FOREIGN KEY ({cols}) REFERENCES {q(dst)} ({dcols})"


def fk(n: int, p_null: float = 0.0) -> Gen:
    """A reference to one of rows 1..n of another table (NULL with probability p_null)."""
    return lambda c, i: None if p_null and c.r.random() < p_null else c.r.randint(1, n)


def parent(c: Ctx, i: int) -> int | None:
    """Self-reference to an earlier row (a manager), NULL for the first row."""
    return None if i == 1 else c.r.randint(1, max(1, min(i - 1, 8)))


def opt(p: float, gen: Gen) -> Gen:
    """gen's value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def when(p: float, gen: Gen) -> Gen:
    """gen's value on a row-determined fraction p of rows, else NULL: columns with the same p agree on a row."""
    return lambda c, i: gen(c, i) if (i * 37 % 100) < p * 100 else None


def day(lo: int, hi: int) -> Gen:
    """A date between 1 January lo and 31 December hi (fixed, not relative to today)."""
    span = (date(hi, 12, 31) - date(lo, 1, 1)).days
    return lambda c, i: date(lo, 1, 1) + timedelta(days=c.r.randint(0, span))


def stamp(lo: int, hi: int) -> Gen:
    span = int((datetime(hi, 12, 31) - datetime(lo, 1, 1)).total_seconds())
    return lambda c, i: datetime(lo, 1, 1) + timedelta(seconds=c.r.randint(0, span))


def num(lo: float, hi: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(lo, hi), nd)


def intr(lo: int, hi: int) -> Gen:
    return lambda c, i: c.r.randint(lo, hi)


def uid(kind: str) -> Gen:
    """Row i's uuid of a kind of record, repeatable so that other tables can refer to it."""
    return lambda c, i: uuid.uuid5(_NS, f"{kind}{i}")


def uid_fk(kind: str, n: int, p_null: float = 0.0) -> Gen:
    return lambda c, i: None if p_null and c.r.random() < p_null else uuid.uuid5(_NS, f"{kind}{c.r.randint(1, n)}")


def paired(items: list[tuple[Any, ...]], k: int, salt: int = 7) -> Gen:
    """Field k of a row-determined item: columns with the same items and salt stay consistent within a row."""
    return lambda c, i: items[(i * salt + salt // 2) % len(items)][k]


def letters_code(n: int = 5, salt: int = 0) -> Gen:
    """A unique upper-case code for row i (Northwind's ALFKI-style customer ids): base 26 of i."""
    def gen(c: Ctx, i: int) -> str:
        v, out = i * 7919 + salt, []
        for _ in range(n):
            v, d = divmod(v, 26)
            out.append(chr(65 + d))
        return "".join(out)
    return gen


def sha1_hex(c: Ctx, i: int) -> str:
    return hashlib.sha1(f"staff{i}{c.r.random()}".encode()).hexdigest()


def blob(n_lo: int, n_hi: int, head: bytes = b"") -> Gen:
    return lambda c, i: head + c.r.randbytes(c.r.randint(n_lo, n_hi))


def sqlserver_point(c: Ctx, i: int) -> bytes:
    """SQL Server's serialised geography point (SRID 4326, version 1, flags 0x0C, lat, long): AdventureWorks'
    SpatialLocation as the PostgreSQL port stores it in bytea."""
    return struct.pack("<iBBdd", 4326, 1, 0x0C, float(c.fake.latitude()), float(c.fake.longitude()))


def words(*vocab: tuple[str, ...]) -> Gen:
    """One word from each vocabulary, joined by spaces."""
    return lambda c, i: " ".join(c.r.choice(v) for v in vocab)


def es_nss(c: Ctx, i: int) -> str:
    """A Spanish social security number: province (2), number (8), control = (province+number) mod 97."""
    prov, number = c.r.randint(1, 52), c.r.randint(1_000_000, 99_999_999)
    return f"{prov:02d}{number:08d}{(prov * 10**8 + number) % 97:02d}"


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
