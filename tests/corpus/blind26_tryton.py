"""ab_tryton: Tryton (party, company, bank, sale and res modules; tables named after the models) as recalled from
memory, for an Albanian building-supplies retailer in Tirana whose customers are mostly private persons."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, cached, const, dates, digits, fk, fkey, flag, iban, ints, maybe, one,
                           person, seq, stamps)
from .gens import Table

S = "ab_tryton"
PARTY = "tr.party"
N_PARTY, N_ADDR, N_USER, N_EMP = 120, 130, 40, 40
FIRMS = ["Alba Beton sh.p.k.", "Kastrati Ndërtim sh.p.k.", "Dajti Inerte", "Vlora Hidraulik sh.p.k."]


def is_firm(i: int) -> bool:
    return i % 10 == 0


def _party_name(c, i):
    return FIRMS[(i // 10) % 4] if is_firm(i) else person("al", PARTY, "full")(c, i)


def _identifier(c, i):
    if is_firm(i):
        return f"{c.r.choice('JKLM')}{digits(c, 8)}{c.r.choice('ABCDEFGHIJKLMNOPQRSTUVW')}"
    return person("al", PARTY, "natid")(c, i)


def _mechanism(i: int) -> str:
    return ["mobile", "mobile", "phone", "email", "mobile", "email", "phone", "email", "mobile", "website"][i % 10]


def _mech_value(c, i):
    party = fk(N_PARTY, 3)(c, i)
    kind = _mechanism(i)
    if kind == "website":
        return f"http://www.kompania{party}.al"
    if kind == "email":
        return person("al", PARTY, "email")(c, party)
    return person("al", PARTY, "mobile" if kind == "mobile" else "phone")(c, party)


def _compact(c, i):
    v = _mech_value(c, i)
    return v.lower() if "@" in v or "www" in v else "".join(ch for ch in v if ch.isdigit() or ch == "+")


def _iban(c, i):
    return cached(c, ("tr.iban", i), lambda cx: {
        "v": iban("AL", f"{cx.r.choice(['202', '212', '208', '205'])}{digits(cx, 5)}{'0' * 7}{digits(cx, 9)}")})["v"]


def _spaced_iban(c, i):
    v = _iban(c, i)
    return " ".join(v[k:k + 4] for k in range(0, len(v), 4))


def _sale_comment(c, i):
    return c.r.choice([None, None, "Dorëzim pas orës 16:00.", "Klienti merr vetë në magazinë.",
                       f"Telefononi {person('al', PARTY, 'first')(c, fk(N_PARTY, 5)(c, i))} në +355 69 "
                       f"{digits(c, 3)} {digits(c, 4)} para dorëzimit",
                       f"Materiali lihet te fqinji, z. {person('al', 'tr.neighbour', 'full')(c, i)}"])


def emp_party(i: int) -> int:
    """The (natural person) party of employee i."""
    return 3 * i - 1 - (1 if (3 * i - 1) % 10 == 0 else 0)


def tryton_tables() -> list[Table]:
    u = lambda f: lambda c, i: person("al", PARTY, f)(c, emp_party(i))      # noqa: E731
    return [
        Table(S, "party_party", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar", "person_name", _party_name),
            C("code", "varchar", "none", lambda c, i: str(i + 1000)),
            C("active", "boolean", "none", flag(0.95)),
            C("lang", "integer", "none", one(None, 3, 3)),
            C("replaced_by", "integer", "none", const(None)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
            C("create_uid", "integer", "none", ints(1, N_USER)),
            C("write_date", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("write_uid", "integer", "none", maybe(ints(1, N_USER))),
        ], rows=N_PARTY),
        Table(S, "party_identifier", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("party", "integer", "none", seq()),
            C("type", "varchar", "none", lambda c, i: "al_nipt"),
            C("code", "varchar", "national_id", _identifier),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
            C("create_uid", "integer", "none", ints(1, N_USER)),
        ], rows=N_PARTY, extra=[fkey(S, "party_identifier", "party", "party_party", "id")]),
        Table(S, "party_address", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("party", "integer", "none", lambda c, i: (i - 1) % N_PARTY + 1),
            C("party_name", "varchar", "person_name", maybe(lambda c, i: person("al", "tr.recipient", "full")(c, i), 0.2)),
            C("street", "text", "postal_address", lambda c, i: person("al", PARTY, "a_line")(c, (i - 1) % N_PARTY + 1)),
            C("postal_code", "varchar", "postal_address",
              lambda c, i: person("al", PARTY, "a_postcode")(c, (i - 1) % N_PARTY + 1)),
            C("city", "varchar", "none", lambda c, i: person("al", PARTY, "a_city")(c, (i - 1) % N_PARTY + 1)),
            C("country", "integer", "none", const(2)),
            C("subdivision", "integer", "none", maybe(ints(1, 12))),
            C("active", "boolean", "none", flag(0.97)),
            C("sequence", "integer", "none", const(10)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
        ], rows=N_ADDR, extra=[fkey(S, "party_address", "party", "party_party", "id")]),
        Table(S, "party_contact_mechanism", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("party", "integer", "none", fk(N_PARTY, 3)),
            C("type", "varchar", "none", lambda c, i: _mechanism(i)),
            C("value", "varchar", "phone", _mech_value, comment="phone, mobile, e-mail or website"),
            C("value_compact", "varchar", "phone", _compact),
            C("name", "varchar", "none", maybe(one("Zyra", "Shtëpi", "Punë", "Magazina"), 0.3)),
            C("comment", "text", "none", maybe(one("Vetëm WhatsApp", "Mos telefononi të dielën", "Faturat këtu"), 0.2)),
            C("active", "boolean", "none", flag(0.95)),
            C("sequence", "integer", "none", ints(1, 20)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
        ], rows=150, extra=[fkey(S, "party_contact_mechanism", "party", "party_party", "id")]),
        Table(S, "company_employee", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("party", "integer", "none", lambda c, i: emp_party(i)),
            C("company", "integer", "none", const(1)),
            C("start_date", "date", "none", dates(2010, 2024)),
            C("end_date", "date", "none", maybe(dates(2024, 2025), 0.1)),
            C("supervisor", "integer", "none", lambda c, i: None if i <= 3 else c.r.randint(1, 3)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
        ], rows=N_EMP, extra=[fkey(S, "company_employee", "party", "party_party", "id")]),
        Table(S, "res_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar", "person_name", u("full")),
            C("login", "varchar", "none", u("user")),
            C("password_hash", "varchar", "credentials",
              lambda c, i: f"$argon2id$v=19$m=102400,t=2,p=8${b64(c, 16).rstrip('=')}${b64(c, 32).rstrip('=')}"),
            C("password_reset", "varchar", "secret_token", maybe(lambda c, i: b64(c, 18).replace("/", "_"), 0.1)),
            C("password_reset_expire", "timestamp", "none", maybe(stamps(2025, 2025), 0.1)),
            C("email", "varchar", "email", lambda c, i: u("user")(c, i) + "@albabeton.al"),
            C("signature", "text", "free_text_may_contain_pii",
              lambda c, i: f"{u('full')(c, i)}\nShitje | Alba Beton\nCel: {u('mobile')(c, i)}"),
            C("active", "boolean", "none", flag(0.9)),
            C("menu", "integer", "none", const(1)),
            C("company", "integer", "none", const(1)),
            C("employee", "integer", "none", seq()),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
            C("write_date", "timestamp", "none", maybe(stamps(2024, 2025))),
        ], rows=N_USER, extra=[fkey(S, "res_user", "employee", "company_employee", "id")]),
        Table(S, "res_user_login_attempt", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("login", "varchar(512)", "none", lambda c, i: u("user")(c, fk(N_USER, 3)(c, i))),
            C("ip_address", "varchar", "ip_address",
              lambda c, i: f"{c.r.choice(['79.106', '46.99', '80.78', '185.79'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("ip_network", "varchar", "ip_address",
              lambda c, i: f"{c.r.choice(['79.106', '46.99', '80.78'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}/32"),
            C("create_date", "timestamp", "none", stamps(2024, 2025)),
            C("create_uid", "integer", "none", const(0)),
        ], rows=150),
        Table(S, "ir_session", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("key", "varchar", "secret_token", lambda c, i: b64(c, 32).replace("/", "_").replace("+", "-")),
            C("create_uid", "integer", "none", fk(N_USER, 3)),
            C("create_date", "timestamp", "none", stamps(2025, 2025)),
            C("write_date", "timestamp", "none", maybe(stamps(2025, 2025))),
        ], rows=90, extra=[fkey(S, "ir_session", "create_uid", "res_user", "id")]),
        Table(S, "bank_account_number", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("account", "integer", "none", seq()),
            C("type", "varchar", "none", one("iban", "iban", "iban", "other")),
            C("number", "varchar", "iban", _spaced_iban),
            C("number_compact", "varchar", "iban", _iban),
            C("sequence", "integer", "none", const(10)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
        ], rows=80),
        Table(S, "sale_sale", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("party", "integer", "none", fk(N_PARTY, 5)),
            C("invoice_address", "integer", "none", fk(N_ADDR, 5)),
            C("shipment_address", "integer", "none", fk(N_ADDR, 5, 6)),
            C("number", "varchar", "none", lambda c, i: f"SO{i + 2200:06d}"),
            C("reference", "varchar", "none", maybe(lambda c, i: f"PO-{digits(c, 4)}", 0.3)),
            C("description", "varchar", "none", maybe(one("Çimento dhe hekur", "Pllaka banjo", "Bojë fasade"))),
            C("sale_date", "date", "none", dates(2023, 2025)),
            C("state", "varchar", "none", one("draft", "quotation", "confirmed", "processing", "done")),
            C("total_amount_cache", "numeric", "none", amounts(2000, 900000, 0)),
            C("comment", "text", "free_text_may_contain_pii", _sale_comment),
            C("employee", "integer", "none", fk(N_EMP, 7)),
            C("create_date", "timestamp", "none", stamps(2023, 2025)),
        ], rows=150, extra=[fkey(S, "sale_sale", "party", "party_party", "id"),
                            fkey(S, "sale_sale", "invoice_address", "party_address", "id"),
                            fkey(S, "sale_sale", "shipment_address", "party_address", "id"),
                            fkey(S, "sale_sale", "employee", "company_employee", "id")]),
    ]

