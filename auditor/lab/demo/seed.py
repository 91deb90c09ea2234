"""Deterministic, realistic-looking rows for the demo shop (fixed seed: the sample reports stay stable).

Every value is synthetic: names from short lists, valid-format identifiers built with python-stdnum's
check-digit functions (DNI letters, IBAN mod-97, Luhn card numbers), fictional 555 phone numbers.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
from typing import Iterator

from stdnum import iban, luhn
from stdnum.es import ccc, dni

FIRST = ["Alice", "Bruno", "Carmen", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas", "Kenji", "Lucia",
         "Marta", "Nora", "Oscar", "Pablo", "Quinn", "Rosa", "Sofia", "Tomas", "Ursula", "Victor", "Wendy", "Ximena"]
LAST = ["Garcia", "Smith", "Lopez", "Martin", "Brown", "Fernandez", "Jones", "Sanchez", "Miller", "Perez", "Wilson",
        "Gomez", "Moore", "Diaz", "Taylor", "Ruiz", "Clark", "Moreno", "Lewis", "Alvarez"]
STREETS = ["Calle Mayor", "Gran Via", "Main Street", "Oak Avenue", "Paseo del Prado", "Elm Road", "Calle Serrano"]
CITIES = [("28013", "Madrid"), ("08001", "Barcelona"), ("46002", "Valencia"), ("10001", "New York"), ("94105", "San Francisco")]
DOMAINS = ["example.com", "example.org", "mail.example.net", "correo.example.es"]
STATUSES = ["new", "paid", "shipped", "returned"]
BCRYPT_ALPHABET = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def _rng() -> random.Random:
    return random.Random(20261125)


def _email(r: random.Random, first: str, last: str) -> str:
    return f"{first.lower()}.{last.lower()}{r.randint(1, 99)}@{r.choice(DOMAINS)}"


def _ssn(r: random.Random) -> str:
    area = r.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _dni(r: random.Random) -> str:
    digits = f"{r.randint(10_000_000, 99_999_999)}"
    return digits + dni.calc_check_digit(digits)


def _iban_es(r: random.Random) -> str:
    bank, branch, account = f"{r.randint(0, 9999):04d}", f"{r.randint(0, 9999):04d}", f"{r.randint(0, 10**10 - 1):010d}"
    control = ccc.calc_check_digits(bank + branch + "00" + account)
    bban = bank + branch + control + account
    return iban.format("ES" + iban.calc_check_digits("ES00" + bban) + bban)


def _card(r: random.Random) -> str:
    body = "4" + "".join(r.choice(string.digits) for _ in range(14))
    return body + luhn.calc_check_digit(body)


def _phone(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"+1 202-555-{r.randint(100, 199):04d}"
    return f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"


def _bcrypt_like(r: random.Random) -> str:
    return "$2b$12$" + "".join(r.choice(BCRYPT_ALPHABET) for _ in range(53))


def _birth(r: random.Random) -> dt.date:
    return dt.date(1950, 1, 1) + dt.timedelta(days=r.randint(0, 365 * 55))


def _note(i: int, customer: tuple, note: str) -> str:
    """Every 40th order note carries the customer's phone number: free text leaking personal data."""
    return f"call {customer[5]} before delivery" if i % 40 == 0 else note


COLUMNS = {
    "tenants": ("id", "name"),
    "customers": ("id", "tenant_id", "first_name", "last_name", "email", "phone", "birth_date", "ssn", "address",
                  "iban", "newsletter"),
    "clientes_es": ("id", "nombre", "apellidos", "correo", "telefono", "dni", "fecha_nacimiento", "direccion"),
    "payments": ("id", "tenant_id", "customer_id", "card_number", "card_holder", "amount"),
    "orders": ("id", "tenant_id", "customer_id", "total", "status", "contact", "email_sent", "notes"),
    "invoices": ("id", "tenant_id", "order_id", "amount"),
    "users": ("id", "username", "email", "password_hash", "last_login_ip"),
    "admin_users": ("id", "login", "pwd"),
    "api_keys": ("id", "user_id", "token"),
    "products": ("id", "name", "price"),
}


def rows() -> dict[str, list[tuple]]:
    """Rows per table (columns as in COLUMNS), in load order."""
    r = _rng()
    out: dict[str, list[tuple]] = {"tenants": [(1, "Acme Retail"), (2, "Borealis Books"), (3, "Cierzo Moda")]}
    customers = []
    for i in range(1, 241):
        first, last = r.choice(FIRST), r.choice(LAST)
        zip_code, city = r.choice(CITIES)
        customers.append((i, r.randint(1, 3), first, last, _email(r, first, last), _phone(r), _birth(r), _ssn(r),
                          f"{r.choice(STREETS)} {r.randint(1, 200)}, {zip_code} {city}", _iban_es(r), r.random() < 0.3))
    out["customers"] = customers
    out["clientes_es"] = [(i, r.choice(FIRST), f"{r.choice(LAST)} {r.choice(LAST)}", _email(r, "cliente", str(i)),
                           f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", _dni(r), _birth(r),
                           f"{r.choice(STREETS)} {r.randint(1, 90)}, 28013 Madrid") for i in range(1, 121)]
    out["payments"] = [(i, c[1], c[0], _card(r), f"{c[2]} {c[3]}", round(r.uniform(5, 500), 2))
                       for i, c in enumerate(r.sample(customers, 180), 1)]
    out["orders"] = [(i, c[1], c[0], round(r.uniform(5, 900), 2), r.choice(STATUSES), c[4], r.random() < 0.5,
                      _note(i, c, r.choice(["", "leave at door", "gift wrap", "call before delivery"])))
                     for i, c in ((i, r.choice(customers)) for i in range(1, 401))]
    out["invoices"] = [(i, o[1], o[0], o[3]) for i, o in enumerate(out["orders"][:300], 1)]
    out["users"] = [(i, f"user{i:03d}", _email(r, r.choice(FIRST), r.choice(LAST)),
                     hashlib.md5(f"pw-{i}".encode()).hexdigest(), f"203.0.113.{r.randint(1, 254)}") for i in range(1, 151)]
    out["admin_users"] = [(i, f"admin{i}", _bcrypt_like(r)) for i in range(1, 9)]
    out["api_keys"] = [(i, r.randint(1, 150), "sk_live_" + "".join(r.choice(string.ascii_letters + string.digits)
                                                                     for _ in range(32))) for i in range(1, 61)]
    out["products"] = [(i, f"Product {i}", round(r.uniform(1, 300), 2)) for i in range(1, 51)]
    return out


def card_plaintexts() -> Iterator[tuple[int, int, str]]:
    """(id, customer_id, card number) for stored_cards, which the database encrypts with pgcrypto."""
    r = random.Random(99)
    for i in range(1, 81):
        yield i, r.randint(1, 240), _card(r)
