"""Value generators for the labelled corpus (see generate.py): Faker and stdnum check digits, seeded.

Fernet tokens use the clock and os.urandom; everything else is repeatable from SEED.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from dataclasses import dataclass, field
from typing import Any, Callable

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.es import ccc, dni

SEED = 20261125
Gen = Callable[["Ctx", int], Any]


@dataclass
class Ctx:
    fake: Any           # Faker en_US
    es: Any             # Faker es_ES
    gb: Any             # Faker en_GB
    r: random.Random
    fernet: Fernet
    aes: AESGCM


@dataclass
class Col:
    name: str
    type: str
    label: str                       # category, or "none"
    gen: Gen
    comment: str | None = None
    pgp: bool = False                # encrypted in the database with pgp_sym_encrypt


@dataclass
class Table:
    schema: str
    name: str
    cols: list[Col]
    rows: int = 120
    comment: str | None = None
    extra: list[str] = field(default_factory=list)


def _sometimes(p: float, gen: Gen, other: Any = None) -> Gen:
    return lambda c, i: gen(c, i) if c.r.random() < p else other


def card(c: Ctx, i: int) -> str:
    prefix = c.r.choice(["4", "51", "52", "37", "6011"])
    length = 15 if prefix == "37" else 16
    body = prefix + "".join(c.r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def not_luhn(c: Ctx, i: int) -> str:
    body = "".join(c.r.choice(string.digits) for _ in range(15))
    check = str((int(luhn.calc_check_digit(body)) + 1 + c.r.randint(0, 8)) % 10)
    return body + check


def dni_value(c: Ctx, i: int) -> str:
    digits = f"{c.r.randint(10_000_000, 99_999_999)}"
    return digits + dni.calc_check_digit(digits)


def nie_value(c: Ctx, i: int) -> str:
    return c.es.nie()


def ssn_dashed(c: Ctx, i: int) -> str:
    area = c.r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{c.r.randint(1, 99):02d}-{c.r.randint(1, 9999):04d}"


def nino(c: Ctx, i: int) -> str:
    return (c.r.choice("ABCEHJKLMNPRSTWXYZ") + c.r.choice("ABCEHJKLMNPRSTWXYZ") + f"{c.r.randint(0, 999999):06d}"
            + c.r.choice("ABCD"))


def iban_es(c: Ctx, i: int) -> str:
    bank, branch, account = f"{c.r.randint(0, 9999):04d}", f"{c.r.randint(0, 9999):04d}", f"{c.r.randint(0, 10**10 - 1):010d}"
    bban = bank + branch + ccc.calc_check_digits(bank + branch + "00" + account) + account
    value = "ES" + std_iban.calc_check_digits("ES00" + bban) + bban
    return std_iban.format(value) if c.r.random() < 0.5 else value


def ccc_value(c: Ctx, i: int) -> str:
    bank, branch, account = f"{c.r.randint(0, 9999):04d}", f"{c.r.randint(0, 9999):04d}", f"{c.r.randint(0, 10**10 - 1):010d}"
    return f"{bank} {branch} {ccc.calc_check_digits(bank + branch + '00' + account)} {account}"


def phone_us(c: Ctx, i: int) -> str:
    return c.fake.phone_number()


def phone_es(c: Ctx, i: int) -> str:
    return c.r.choice([f"+34 6{c.r.randint(10, 99)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}",
                       f"6{c.r.randint(10, 99)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}",
                       f"+34 9{c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"])


def free_text(p: float) -> Gen:
    """Sentences; with probability p one of them carries an e-mail, phone or card number."""
    def gen(c: Ctx, i: int) -> str:
        text = c.fake.sentence(nb_words=c.r.randint(6, 14))
        if c.r.random() < p:
            extra = c.r.choice([f"Contact {c.fake.email()} for details.", f"Call me at {phone_es(c, i)} after 6pm.",
                                f"Customer paid with card {card(c, i)} by phone.",
                                f"Please use {c.fake.free_email()} instead of the old address."])
            text = f"{text} {extra}"
        return text
    return gen


def prose_es(p: float) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        text = c.es.sentence(nb_words=c.r.randint(6, 12))
        if c.r.random() < p:
            text += c.r.choice([f" Llamar al {phone_es(c, i)}.", f" Su DNI es {dni_value(c, i)}.",
                                f" Escribir a {c.es.email()}."])
        return text
    return gen


def md5_hex(c: Ctx, i: int) -> str:
    return hashlib.md5(f"pw{i}{c.r.random()}".encode()).hexdigest()


def bcrypt_like(c: Ctx, i: int) -> str:
    return "$2b$12$" + "".join(c.r.choice("./" + string.ascii_letters + string.digits) for _ in range(53))


def django_pbkdf2(c: Ctx, i: int) -> str:
    salt = "".join(c.r.choice(string.ascii_letters + string.digits) for _ in range(22))
    digest = base64.b64encode(c.r.randbytes(32)).decode()
    return f"pbkdf2_sha256$870000${salt}${digest}"


def argon2_like(c: Ctx, i: int) -> str:
    salt = base64.b64encode(c.r.randbytes(16)).decode().rstrip("=")
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${base64.b64encode(c.r.randbytes(32)).decode().rstrip('=')}"


def rand_token(n: int, prefix: str = "", alphabet: str = string.ascii_letters + string.digits) -> Gen:
    return lambda c, i: prefix + "".join(c.r.choice(alphabet) for _ in range(n))


def jwt_like(c: Ctx, i: int) -> str:
    def seg(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(c.r.randbytes(32)).decode().rstrip("=")
    return f"{seg({'alg': 'HS256', 'typ': 'JWT'})}.{seg({'sub': str(i), 'exp': 1900000000 + i})}.{sig}"


def pem_key(c: Ctx, i: int) -> str:
    body = base64.b64encode(c.r.randbytes(180)).decode()
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def aes_b64(plain: Gen) -> Gen:
    def gen(c: Ctx, i: int) -> str:
        nonce = c.r.randbytes(12)
        return base64.b64encode(nonce + c.aes.encrypt(nonce, str(plain(c, i)).encode(), None)).decode()
    return gen


def fernet_of(plain: Gen) -> Gen:
    return lambda c, i: c.fernet.encrypt(str(plain(c, i)).encode()).decode()


def sha256_of(plain: Gen) -> Gen:
    return lambda c, i: hashlib.sha256(str(plain(c, i)).encode()).hexdigest()


def pick(*choices: Any) -> Gen:
    return lambda c, i: c.r.choice(choices)


def ident(c: Ctx, i: int) -> int:
    return i


def lat(c: Ctx, i: int) -> float:
    return float(c.fake.latitude())


def lon(c: Ctx, i: int) -> float:
    return float(c.fake.longitude())


ID = Col("id", "int PRIMARY KEY", "none", ident)
F = lambda method, loc="fake": (lambda c, i: getattr(getattr(c, loc), method)())  # noqa: E731

