"""p_ninja: a Lagos web and branding agency's invoicing on Invoice Ninja 5 (Laravel snake_case, JSON in text):
users, clients (companies), client contacts with the client portal, invoices, invitations, payments."""
from __future__ import annotations

import json
from typing import Any

from .blind13_gens import (HEX, NG_ADDR, NG_BANKS, NG_FIRST, NG_LAST, NG_PHONE, Rec, bcrypt, day, digits, fk, flag,
                           ipv4, maybe, money, num, one, pk, ref, token, ts)
from .gens import Col as C, Table as T

S = "p_ninja"
N_USERS, N_CLIENTS, N_CONTACTS, N_INV = 14, 90, 140, 150
_COMPANIES = ("Jollof Express Ltd", "Kora Logistics", "Eko Atlantic Realty", "Zuma Foods Nigeria",
              "Ibeji Fashion House", "Palmwine Studios", "Naija Fintech Hub", "Greenfield Schools",
              "Sahara Solar Ltd", "Blue Lagoon Hotels", "Ayo & Sons Pharmacy", "Okoli Law Chambers",
              "Afrobeat Events", "Harmattan Media", "Lekki Dental Clinic", "Niger Delta Agro", "Yaba Code Camp")


def _phone(c: Any) -> str:
    n = c.r.choice(NG_PHONE) + digits(c, 7)
    return c.r.choice((f"+234 {n[:3]} {n[3:6]} {n[6:]}", f"0{n}", f"+234{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"))


def nuban(c: Any, bank: str) -> str:
    serial = digits(c, 9)
    s = sum(int(d) * w for d, w in zip(bank + serial, (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)))
    return serial + str((10 - s % 10) % 10)


def _person(c: Any, i: int) -> dict:
    first, last = c.r.choice(NG_FIRST), c.r.choice(NG_LAST)
    dom = c.r.choice(("gmail.com", "yahoo.com", "outlook.com", "kora.ng", "zumafoods.com.ng", "sahara-solar.ng"))
    return {"first": first, "last": last, "phone": _phone(c),
            "email": f"{first.lower()}.{last.lower()}{c.r.choice(('', '', str(c.r.randint(1, 99))))}@{dom}",
            "ip": ipv4(c, i)}


_U = Rec(_person)
_CT = Rec(_person)
_CL = Rec(lambda c, i: {"name": c.r.choice(_COMPANIES), "addr": c.r.choice(NG_ADDR)})
_NOTES = ("Contact {n} for approvals, not the MD.", "Pays late, always chase {n} on {p}.", "Retainer client.",
          "Prefers WhatsApp: {p}", "", "", "Refer invoices to accounts@ address only.", "Old contact {n} left.")
_PAYNOTES = ("Transfer from {N} GTB", "POS at office", "", "Part payment, balance promised by {n}",
             "Paystack settlement batch", "")


def _note(pool: tuple) -> Any:
    def gen(c: Any, i: int) -> str:
        first, last = c.r.choice(NG_FIRST), c.r.choice(NG_LAST)
        return c.r.choice(pool).format(n=first, N=f"{last} {first}".upper(), p=_phone(c))
    return gen


def _items(c: Any, i: int) -> str:
    items = [{"product_key": c.r.choice(("Logo design", "Website (5 pages)", "Hosting 12m", "Social media mgmt",
                                         "Brand guidelines", "SEO audit")), "notes": "", "cost": c.r.randint(50, 900)
              * 1000, "quantity": c.r.randint(1, 3), "tax_name1": "VAT", "tax_rate1": 7.5}
             for _ in range(c.r.randint(1, 3))]
    return json.dumps(items)


def _card_meta(c: Any, i: int) -> str:
    bank = c.r.choice(NG_BANKS)[1]
    return json.dumps({"brand": c.r.choice(("verve", "visa", "mastercard")), "last4": digits(c, 4),
                       "exp_month": c.r.randint(1, 12), "exp_year": c.r.randint(2025, 2029), "bank": bank})


def ninja_tables() -> list[T]:
    users = T(S, "users", [
        pk("id", "integer"),
        C("account_id", "integer", "none", one(1)),
        C("first_name", "varchar(191)", "person_name", _U.f("first")),
        C("last_name", "varchar(191)", "person_name", _U.f("last")),
        C("phone", "varchar(191)", "phone", _U.f("phone")),
        C("ip", "varchar(191)", "ip_address", _U.f("ip")),
        C("device_token", "varchar(191)", "secret_token", maybe(0.3, token(64, HEX))),
        C("email", "varchar(100)", "email", _U.f("email")),
        C("email_verified_at", "timestamp", "none", ts()),
        C("confirmation_code", "varchar(191)", "secret_token", maybe(0.2, token(32))),
        C("failed_logins", "smallint", "none", num(0, 3)),
        C("referral_code", "varchar(191)", "none", maybe(0.5, token(8))),
        C("oauth_user_id", "varchar(100)", "none", maybe(0.5, lambda c, i: digits(c, 21))),
        C("oauth_user_token", "text", "secret_token", maybe(0.5, token(160, prefix="ya29.a0A"))),
        C("oauth_provider_id", "varchar(191)", "none", one(None, "google")),
        C("google_2fa_secret", "text", "secret_token", maybe(0.4, lambda c, i: "eyJpdiI6" + token(180)(c, i))),
        C("accepted_terms_version", "varchar(191)", "none", one("5.0.0", "5.2.1")),
        C("is_deleted", "boolean", "none", flag(0.05)),
        C("last_login", "timestamp", "none", ts()),
        C("signature", "text", "person_name",
          lambda c, i: f"<p>{_U.f('first')(c, i)} {_U.f('last')(c, i)}<br>Pixel & Palm Studio</p>"),
        C("password", "varchar(191)", "credentials", bcrypt),
        C("remember_token", "varchar(100)", "secret_token", maybe(0.6, token(60))),
        C("created_at", "timestamp", "none", ts(2021, 3)),
        C("updated_at", "timestamp", "none", ts()),
        C("has_password", "boolean", "none", flag(0.8)),
        C("verified_phone_number", "boolean", "none", flag(0.5)),
    ], rows=N_USERS)
    clients = T(S, "clients", [
        pk("id", "integer"),
        C("company_id", "integer", "none", one(1)),
        C("user_id", "integer", "none", ref(N_USERS)),
        C("assigned_user_id", "integer", "none", maybe(0.6, ref(N_USERS))),
        C("name", "varchar(191)", "none", lambda c, i: _CL.f("name")(c, i)),
        C("website", "varchar(191)", "none", lambda c, i: "https://" + _CL.f("name")(c, i).split()[0].lower() + ".ng"),
        C("private_notes", "text", "free_text_may_contain_pii", _note(_NOTES)),
        C("public_notes", "text", "none", one("", "", "Net 30", "50% upfront")),
        C("client_hash", "text", "secret_token", token(40)),
        C("phone", "varchar(191)", "none", lambda c, i: f"01 {digits(c, 3)} {digits(c, 4)}"),
        C("balance", "numeric(20,6)", "none", money(0, 2_500_000)),
        C("paid_to_date", "numeric(20,6)", "none", money(0, 9_000_000)),
        C("address1", "varchar(191)", "none", lambda c, i: _CL.f("addr")(c, i)[0]),
        C("address2", "varchar(191)", "none", lambda c, i: _CL.f("addr")(c, i)[1]),
        C("city", "varchar(191)", "none", lambda c, i: _CL.f("addr")(c, i)[1]),
        C("state", "varchar(191)", "none", lambda c, i: _CL.f("addr")(c, i)[2]),
        C("postal_code", "varchar(191)", "none", lambda c, i: _CL.f("addr")(c, i)[3]),
        C("country_id", "integer", "none", one(566)),
        C("custom_value1", "text", "none", one("Retainer", "Project", "")),
        C("settings", "text", "none", lambda c, i: json.dumps({"currency_id": "23", "payment_terms": "30"})),
        C("is_deleted", "boolean", "none", flag(0.03)),
        C("vat_number", "varchar(191)", "none", lambda c, i: f"{digits(c, 8)}-0001"),
        C("number", "varchar(191)", "none", lambda c, i: f"{i:04d}"),
        C("id_number", "varchar(191)", "none", lambda c, i: f"RC{c.r.randint(100000, 1900000)}"),
        C("created_at", "timestamp", "none", ts(2021, 3)),
    ], rows=N_CLIENTS, extra=[fk(S, "clients", "user_id", "users"), fk(S, "clients", "assigned_user_id", "users")])
    contacts = T(S, "client_contacts", [
        pk("id", "integer"),
        C("company_id", "integer", "none", one(1)),
        C("client_id", "integer", "none", ref(N_CLIENTS)),
        C("user_id", "integer", "none", ref(N_USERS)),
        C("first_name", "varchar(191)", "person_name", _CT.f("first")),
        C("last_name", "varchar(191)", "person_name", _CT.f("last")),
        C("phone", "varchar(191)", "phone", _CT.f("phone")),
        C("custom_value1", "text", "none", one("Finance", "Marketing", "MD/CEO", "Procurement", "")),
        C("email", "varchar(100)", "email", _CT.f("email")),
        C("email_verified_at", "timestamp", "none", maybe(0.5, ts())),
        C("confirmation_code", "varchar(191)", "secret_token", maybe(0.3, token(32))),
        C("is_primary", "boolean", "none", flag(0.6)),
        C("confirmed", "boolean", "none", flag(0.5)),
        C("last_login", "timestamp", "none", maybe(0.4, ts())),
        C("failed_logins", "smallint", "none", num(0, 2)),
        C("accepted_terms_version", "varchar(191)", "none", one(None, "5.0.0")),
        C("avatar", "varchar(191)", "none", lambda c, i: None),
        C("password", "varchar(191)", "credentials", maybe(0.4, bcrypt)),
        C("token", "varchar(191)", "secret_token", token(64)),
        C("is_locked", "boolean", "none", flag(0.02)),
        C("send_email", "boolean", "none", flag(0.9)),
        C("contact_key", "varchar(191)", "secret_token", token(40)),
        C("remember_token", "varchar(100)", "secret_token", maybe(0.2, token(60))),
        C("created_at", "timestamp", "none", ts(2021, 3)),
        C("deleted_at", "timestamp", "none", maybe(0.05, ts())),
    ], rows=N_CONTACTS, extra=[fk(S, "client_contacts", "client_id", "clients"),
                               fk(S, "client_contacts", "user_id", "users")])
    invoices = T(S, "invoices", [
        pk("id", "integer"),
        C("client_id", "integer", "none", ref(N_CLIENTS)),
        C("user_id", "integer", "none", ref(N_USERS)),
        C("company_id", "integer", "none", one(1)),
        C("status_id", "integer", "none", num(1, 6)),
        C("number", "varchar(191)", "none", lambda c, i: f"PPS-{2000 + i}"),
        C("discount", "numeric(20,6)", "none", one(0, 0, 5, 10)),
        C("po_number", "varchar(191)", "none", maybe(0.4, lambda c, i: "PO/" + digits(c, 5))),
        C("date", "date", "none", day(2023, 2)),
        C("last_sent_date", "date", "none", day(2023, 2)),
        C("due_date", "date", "none", day(2023, 2)),
        C("is_deleted", "boolean", "none", flag(0.03)),
        C("line_items", "text", "none", _items),
        C("footer", "text", "none", one("Pay to Pixel & Palm Studio Ltd, GTBank 0174452391",
                                       "Pay to Pixel & Palm Studio Ltd, Zenith Bank 1016638420", "")),
        C("public_notes", "text", "none", one("", "Thank you for your business.", "Phase 1 of 2")),
        C("private_notes", "text", "free_text_may_contain_pii", _note(_NOTES)),
        C("terms", "text", "none", one("Payment within 30 days.", "50% deposit, balance on delivery.")),
        C("tax_name1", "varchar(191)", "none", one("VAT")),
        C("tax_rate1", "numeric(20,6)", "none", one(7.5)),
        C("amount", "numeric(20,6)", "none", money(50_000, 4_000_000)),
        C("balance", "numeric(20,6)", "none", money(0, 2_000_000)),
        C("last_viewed", "timestamp", "none", maybe(0.6, ts())),
        C("created_at", "timestamp", "none", ts()),
    ], rows=N_INV, extra=[fk(S, "invoices", "client_id", "clients"), fk(S, "invoices", "user_id", "users")])
    inv = T(S, "invoice_invitations", [
        pk("id", "integer"),
        C("company_id", "integer", "none", one(1)),
        C("user_id", "integer", "none", ref(N_USERS)),
        C("client_contact_id", "integer", "none", ref(N_CONTACTS)),
        C("invoice_id", "integer", "none", ref(N_INV)),
        C("key", "varchar(191)", "secret_token", token(32)),
        C("transaction_reference", "varchar(191)", "none", lambda c, i: None),
        C("message_id", "varchar(191)", "none", lambda c, i: f"<{token(24, HEX)(c, i)}@postmarkapp.com>"),
        C("email_error", "text", "none", one(None, None, None, "Mailbox full")),
        C("signature_base64", "text", "none", maybe(0.1, lambda c, i: "data:image/png;base64,iVBORw0KGgo"
                                                                     + token(120)(c, i))),
        C("signature_date", "timestamp", "none", lambda c, i: None),
        C("sent_date", "timestamp", "none", ts()),
        C("viewed_date", "timestamp", "none", maybe(0.6, ts())),
        C("signature_ip", "text", "ip_address", maybe(0.5, ipv4)),
        C("email_status", "varchar(191)", "none", one("delivered", "opened", "bounced", None)),
    ], rows=150, extra=[fk(S, "invoice_invitations", "invoice_id", "invoices"),
                        fk(S, "invoice_invitations", "client_contact_id", "client_contacts"),
                        fk(S, "invoice_invitations", "user_id", "users")])
    pay = T(S, "payments", [
        pk("id", "integer"),
        C("company_id", "integer", "none", one(1)),
        C("client_id", "integer", "none", ref(N_CLIENTS)),
        C("client_contact_id", "integer", "none", maybe(0.5, ref(N_CONTACTS))),
        C("user_id", "integer", "none", ref(N_USERS)),
        C("type_id", "integer", "none", one(1, 2, 15, 34)),
        C("status_id", "integer", "none", one(4, 4, 5, 6)),
        C("amount", "numeric(20,6)", "none", money(20_000, 3_000_000)),
        C("date", "date", "none", day(2023, 2)),
        C("transaction_reference", "text", "none", lambda c, i: "T" + digits(c, 15)),
        C("payer_id", "varchar(191)", "none", lambda c, i: None),
        C("number", "varchar(191)", "none", lambda c, i: f"{i:04d}"),
        C("private_notes", "text", "free_text_may_contain_pii", _note(_PAYNOTES)),
        C("custom_value1", "text", "bank_account", maybe(0.6, lambda c, i: nuban(c, c.r.choice(NG_BANKS)[0]))),
        C("meta", "text", "none", maybe(0.3, _card_meta)),
        C("idempotency_key", "varchar(64)", "none", token(64, HEX)),
        C("created_at", "timestamp", "none", ts()),
    ], rows=120, extra=[fk(S, "payments", "client_id", "clients"),
                        fk(S, "payments", "client_contact_id", "client_contacts"), fk(S, "payments", "user_id", "users")])
    return [users, clients, contacts, invoices, inv, pay]
