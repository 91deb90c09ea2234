"""Small value generators for the second blind corpus (blind2.py): locale data, hash formats of the recreated
applications, free text with and without personal data. Seeded through Ctx.r and fixed Faker seeds."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import string
import uuid
from typing import Any

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir as std_nir

from .gens import Col, Ctx, Gen, dni_value, phone_es

FR = Faker("fr_FR")
FR.seed_instance(7_2026)
_WIDTH = re.compile(r"(?:varchar|character varying|char|character|nvarchar)\s*\((\d+)\)", re.I)


def col(name: str, type_: str, label: str, gen: Gen, comment: str | None = None) -> Col:
    """A Col whose string values are cut to the declared varchar/char width."""
    m = _WIDTH.search(type_)
    if m:
        width, inner = int(m.group(1)), gen
        gen = lambda c, i: (v[:width] if isinstance(v := inner(c, i), str) else v)  # noqa: E731
    return Col(name, type_, label, gen, comment)


def const(value: Any) -> Gen:
    return lambda c, i: value


def opt(p: float, gen: Gen) -> Gen:
    """gen's value with probability p, else NULL."""
    return lambda c, i: gen(c, i) if c.r.random() < p else None


def ref(n: int, p: float = 1.0) -> Gen:
    """A foreign key into a parent table with ids 1..n (NULL with probability 1 - p)."""
    return lambda c, i: c.r.randint(1, n) if c.r.random() < p else None


def num(a: float, b: float, nd: int = 2) -> Gen:
    return lambda c, i: round(c.r.uniform(a, b), nd)


def intr(a: int, b: int) -> Gen:
    return lambda c, i: c.r.randint(a, b)


def flag(p: float = 0.5) -> Gen:
    return lambda c, i: c.r.random() < p


def bit(p: float = 0.5) -> Gen:
    return lambda c, i: int(c.r.random() < p)


def ts(y0: int = 2016, y1: int = 2024) -> Gen:
    def gen(c: Ctx, i: int) -> dt.datetime:
        start = dt.datetime(y0, 1, 1)
        return start + dt.timedelta(seconds=c.r.randint(0, (y1 - y0 + 1) * 365 * 86400))
    return gen


def day(y0: int = 2016, y1: int = 2024) -> Gen:
    return lambda c, i: ts(y0, y1)(c, i).date()


def epoch(y0: int = 2018, y1: int = 2024) -> Gen:
    return lambda c, i: int(ts(y0, y1)(c, i).timestamp())


def dob(y0: int = 1945, y1: int = 2004) -> Gen:
    return day(y0, y1)


def uid(c: Ctx, i: int) -> str:
    return str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def hexs(n: int) -> Gen:
    return lambda c, i: "".join(c.r.choice("0123456789abcdef") for _ in range(n))


def b64s(nbytes: int) -> Gen:
    return lambda c, i: base64.b64encode(c.r.randbytes(nbytes)).decode()


def ipv4(c: Ctx, i: int) -> str:
    return c.fake.ipv4_public()


def ip_any(c: Ctx, i: int) -> str:
    return c.fake.ipv6() if c.r.random() < 0.15 else c.fake.ipv4_public()


def fr_name(c: Ctx, i: int) -> str:
    return FR.name()


def fr_first(c: Ctx, i: int) -> str:
    return FR.first_name()


def fr_last(c: Ctx, i: int) -> str:
    return FR.last_name()


def fr_phone(c: Ctx, i: int) -> str:
    return c.r.choice([f"0{c.r.choice('67')} {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)} "
                       f"{c.r.randint(10, 99)}", f"+33 {c.r.randint(1, 7)} {c.r.randint(10, 99)} "
                       f"{c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"])


def fr_nir(c: Ctx, i: int) -> str:
    body = (f"{c.r.choice('12')}{c.r.randint(50, 99):02d}{c.r.randint(1, 12):02d}{c.r.randint(1, 95):02d}"
            f"{c.r.randint(1, 990):03d}{c.r.randint(1, 999):03d}")
    value = body + std_nir.calc_check_digits(body)
    return value if c.r.random() < 0.6 else f"{value[0]} {value[1:3]} {value[3:5]} {value[5:7]} {value[7:10]} " \
                                             f"{value[10:13]} {value[13:]}"


def fr_rib(c: Ctx, i: int) -> str:
    bank, branch = f"{c.r.randint(10000, 30004)}", f"{c.r.randint(1, 99999):05d}"
    account = f"{c.r.randint(0, 10**11 - 1):011d}"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank} {branch} {account} {key:02d}"


def fr_iban(c: Ctx, i: int) -> str:
    bban = fr_rib(c, i).replace(" ", "")
    value = "FR" + std_iban.calc_check_digits("FR00" + bban) + bban
    return std_iban.format(value) if c.r.random() < 0.5 else value


def fr_siren(c: Ctx, i: int) -> str:
    body = f"{c.r.randint(30_000_000, 99_999_999)}"
    return body + luhn.calc_check_digit(body)


def fr_siret(c: Ctx, i: int) -> str:
    body = fr_siren(c, i) + f"{c.r.randint(1, 999):04d}"
    return body + luhn.calc_check_digit(body)


def fr_vat(c: Ctx, i: int) -> str:
    siren = fr_siren(c, i)
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def es_nie(c: Ctx, i: int) -> str:
    return c.es.nie()


def es_dni(c: Ctx, i: int) -> str:
    return dni_value(c, i)


def eu_vat(c: Ctx, i: int) -> str:
    return c.r.choice([lambda: fr_vat(c, i), lambda: "DE" + f"{c.r.randint(100_000_000, 999_999_999)}",
                       lambda: "BE0" + f"{c.r.randint(100_000_000, 999_999_999)}",
                       lambda: "NL" + f"{c.r.randint(100_000_000, 999_999_999)}B01"])()


def street_multi(c: Ctx, i: int) -> str:
    s = c.fake.street_address()
    return s + ("\n" + c.fake.secondary_address() if c.r.random() < 0.3 else "")


def pbkdf2_sha512(c: Ctx, i: int) -> str:
    """passlib's pbkdf2_sha512 (Odoo's res_users.password)."""
    salt = base64.b64encode(c.r.randbytes(16)).decode().rstrip("=").replace("+", ".")
    digest = base64.b64encode(c.r.randbytes(64)).decode().rstrip("=").replace("+", ".")
    return f"$pbkdf2-sha512$600000${salt}${digest}"


def bcrypt_2y(c: Ctx, i: int) -> str:
    return "$2y$10$" + "".join(c.r.choice("./" + string.ascii_letters + string.digits) for _ in range(53))


def magento_hash(c: Ctx, i: int) -> str:
    salt = "".join(c.r.choice(string.ascii_letters + string.digits) for _ in range(32))
    digest = hashlib.sha256(f"{salt}{i}".encode()).hexdigest()
    return f"{digest}:{salt}:" + c.r.choice(["1", "2", "3_32_2_67108864"])


def sha512_hex(c: Ctx, i: int) -> str:
    return hashlib.sha512(f"{c.r.random()}".encode()).hexdigest()


def pick_w(*pairs: tuple[Any, float]) -> Gen:
    """A weighted choice: pick_w(("a", 3), ("b", 1))."""
    values, weights = zip(*pairs)
    return lambda c, i: c.r.choices(values, weights)[0]


def sentence(c: Ctx, i: int) -> str:
    return c.fake.sentence(nb_words=c.r.randint(5, 12))


def paragraph(c: Ctx, i: int) -> str:
    return c.fake.paragraph(nb_sentences=c.r.randint(2, 4))


def pii_bit(c: Ctx, i: int, lang: str = "en") -> str:
    """A fragment naming a person with a contact detail (e-mail or phone)."""
    if lang == "fr":
        return c.r.choice([f"Contacter {FR.name()} au {fr_phone(c, i)}.", f"Écrire à {FR.email()}.",
                           f"Interlocuteur : {FR.name()} ({FR.email()})."])
    if lang == "es":
        return c.r.choice([f"Hablar con {c.es.name()} en el {phone_es(c, i)}.", f"Avisar a {c.es.email()}.",
                           f"La madre, {c.es.name()}, pide tutoría ({phone_es(c, i)})."])
    return c.r.choice([f"Please contact {c.fake.name()} at {c.fake.email()}.",
                       f"Spoke to {c.fake.name()}, call back on {c.fake.phone_number()}.",
                       f"My email is {c.fake.free_email()} if anyone wants the slides.",
                       f"{c.fake.name()} ({c.fake.phone_number()}) will follow up."])


def text_pii(p: float = 0.6, lang: str = "en", html: bool = False) -> Gen:
    """Prose of which a share p carries a person's name with an e-mail or phone."""
    def gen(c: Ctx, i: int) -> str:
        base = {"fr": FR.sentence, "es": c.es.sentence}.get(lang, c.fake.sentence)(nb_words=c.r.randint(6, 14))
        text = f"{base} {pii_bit(c, i, lang)}" if c.r.random() < p else base
        return f"<p>{text}</p>" if html else text
    return gen
