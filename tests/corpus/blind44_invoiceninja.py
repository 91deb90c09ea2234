"""at_invoiceninja: Invoice Ninja v5 (users, clients, client_contacts, vendors, invoices, invitations, payments,
gateway tokens, activities and system_logs) as recalled from memory, run by a small IT-services and printing firm
in Nókis, Karakalpakstan. Most clients are sole traders (natural persons), some are firms."""
from __future__ import annotations

import json

from .blind26_gens import (C, amounts, b64, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           seq, stamps)
from .blind44_gens import POOLS, any_name, landline, mobile, person, stir
from .gens import Table

S = "at_invoiceninja"
USR, CLI, CON = "in.user", "in.client", "in.contact"
N_USR, N_CLI, N_CON, N_INV = 30, 120, 140, 150
FIRMS = ["\"Aral Tex\" JShJ", "\"Nókis Qurılıs Servis\" JShJ", "\"Qaraqalpaq Nan\" AJ", "\"Jipek Jolı Trans\" JShJ",
         "\"Ámiwdárya Agro\" FX"]


def firm(i: int) -> bool:
    return i % 5 == 0


def cp(f: str):
    return person("kk", CLI, f)


def _client_name(c, i):
    return FIRMS[(i // 5) % 5] if firm(i) else f"YaTT {cp('last')(c, i)} {cp('first')(c, i)}"


def _client_addr(c, i):
    if firm(i):
        return c.r.choice(["Berdaq kóshesi, 41", "Gárezsizlik kóshesi, 7A", "Sanaat zonası, 3-uchastka"])
    return cp("a_line")(c, i)


def _private_notes(c, i):
    return c.r.choice([None, None, "Tólemdi hár dayım keshiktiredi.", "Naqd pul menen tóleydi.",
                       f"Buxgalteri {any_name('kk')(c, i)}, tel. {mobile(c, 'kk')}",
                       f"Direktordıń ayalı {any_name('kk')(c, i)} arqalı baylanısıw kerek.",
                       "Shartnama 2025-jılǵa uzayttırıldı."])


def _email_error(c, i):
    return c.r.choice([None, None, None, None,
                       f"550 5.1.1 <{person('kk', CON, 'email')(c, fk(N_CON, 3)(c, i))}>: Recipient address rejected",
                       "421 4.7.0 Try again later", "Mailbox full"])


def _system_log(c, i):
    cid = fk(N_CON, 7)(c, i)
    return json.dumps({"gateway": "stripe", "status": c.r.choice(["succeeded", "card_declined"]),
                       "billing_details": {"name": person("kk", CON, "full")(c, cid),
                                           "email": person("kk", CON, "email")(c, cid)},
                       "amount": c.r.randint(100, 5000) * 1000, "currency": "uzs"}, ensure_ascii=False)


def invoiceninja_tables() -> list[Table]:
    u = lambda f: person("kk", USR, f, 1975, 2001)            # noqa: E731
    k = lambda f: person("kk", CON, f, 1960, 2003)            # noqa: E731
    return [
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("account_id", "integer", "none", const(1)),
            C("first_name", "varchar(191)", "person_name", u("first")),
            C("last_name", "varchar(191)", "person_name", u("last")),
            C("phone", "varchar(191)", "phone", u("mobile")),
            C("email", "varchar(100)", "email", lambda c, i: f"{u('user')(c, i)}@aralprint.uz"),
            C("email_verified_at", "timestamp", "none", maybe(stamps(2022, 2024))),
            C("confirmation_code", "varchar(191)", "secret_token", maybe(lambda c, i: hexs(c, 32), 0.2)),
            C("password", "varchar(191)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: b64(c, 45)[:60], 0.6)),
            C("google_2fa_secret", "text", "secret_token",
              maybe(lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)), 0.3)),
            C("accepted_terms_version", "varchar(191)", "none", const("1.0.1")),
            C("last_login", "timestamp", "none", stamps(2025, 2025)),
            C("ip", "varchar(191)", "ip_address", lambda c, i: f"{c.r.choice(['213.230', '84.54', '195.158'])}."
                                                               f"{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("signature", "text", "free_text_may_contain_pii",
              lambda c, i: f"Húrmet penen, {u('full')(c, i)}<br>Aral Print, {u('mobile')(c, i)}"),
            C("is_deleted", "boolean", "none", flag(0.05)),
            C("created_at", "timestamp", "none", stamps(2021, 2024)),
        ], rows=N_USR),
        Table(S, "clients", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("user_id", "integer", "none", fk(N_USR, 3)),
            C("name", "varchar(191)", "person_name", _client_name),
            C("website", "varchar(191)", "none", lambda c, i: "https://aralsea-tour.uz" if firm(i) else None),
            C("private_notes", "text", "free_text_may_contain_pii", _private_notes),
            C("public_notes", "text", "none", maybe(one("Tólew hár aydıń 5-sánesine shekem.",
                                                        "Оплата перечислением."), 0.4)),
            C("balance", "numeric(20,6)", "none", amounts(0, 9000000, 0)),
            C("paid_to_date", "numeric(20,6)", "none", amounts(0, 40000000, 0)),
            C("address1", "varchar(191)", "postal_address", _client_addr),
            C("address2", "varchar(191)", "none", lambda c, i: None if firm(i) else cp("a_area")(c, i)),
            C("city", "varchar(191)", "none", cp("a_town")),
            C("state", "varchar(191)", "none", const("Qaraqalpaqstan Respublikası")),
            C("postal_code", "varchar(191)", "postal_address", cp("a_post")),
            C("country_id", "integer", "none", const(860)),
            C("phone", "varchar(191)", "phone", lambda c, i: landline(c, "kk") if firm(i) else cp("mobile")(c, i)),
            C("vat_number", "varchar(191)", "national_id", lambda c, i: stir(c, firm(i))),
            C("id_number", "varchar(191)", "national_id", lambda c, i: None if firm(i) else cp("natid")(c, i),
              comment="JShShIR"),
            C("custom_value1", "text", "national_id", lambda c, i: None if firm(i) else f"Pasport {cp('passport')(c, i)}"),
            C("custom_value2", "text", "none", maybe(one("Bank: Xalıq banki", "Bank: Agrobank", "Bank: Kapitalbank"))),
            C("is_deleted", "boolean", "none", flag(0.03)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_CLI, extra=[fkey(S, "clients", "user_id", "users", "id")]),
        Table(S, "client_contacts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("client_id", "integer", "none", lambda c, i: (i - 1) % N_CLI + 1),
            C("first_name", "varchar(191)", "person_name", k("first")),
            C("last_name", "varchar(191)", "person_name", k("last")),
            C("phone", "varchar(191)", "phone", k("mobile")),
            C("email", "varchar(191)", "email", k("email")),
            C("is_primary", "boolean", "none", lambda c, i: i <= N_CLI),
            C("confirmed", "boolean", "none", flag(0.7)),
            C("last_login", "timestamp", "none", maybe(stamps(2025, 2025), 0.4)),
            C("failed_logins", "smallint", "none", ints(0, 2)),
            C("password", "varchar(191)", "credentials", maybe(lambda c, i: bcrypt(c), 0.4)),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: b64(c, 45)[:60], 0.2)),
            C("contact_key", "varchar(191)", "secret_token", lambda c, i: b64(c, 30).replace("/", "x").replace("+", "Q")[:40]),
            C("custom_value1", "text", "none", maybe(one("Buxgalter", "Direktor", "Menedjer", "Ózi"), 0.6),
              comment="Lawazımı"),
            C("send_email", "boolean", "none", flag(0.9)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_CON, extra=[fkey(S, "client_contacts", "client_id", "clients", "id")]),
        Table(S, "vendors", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("name", "varchar(191)", "none", lambda c, i: f"\"{c.r.choice(['Qaǵaz', 'Reklama', 'Tonér', 'Kompyuter', 'Media'])}"
                                                           f" {c.r.choice(['Servis', 'Market', 'Plyus', 'Savdo'])}\" "
                                                           f"{c.r.choice(['JShJ', 'MChJ', 'AJ'])}"),
            C("address1", "varchar(191)", "none", lambda c, i: f"{c.r.choice(POOLS['kk']['street'])} kóshesi, "
                                                               f"{c.r.randint(1, 90)}"),
            C("city", "varchar(191)", "none", one("Nókis", "Tashkent", "Urgench", "Xojeli")),
            C("phone", "varchar(191)", "none", lambda c, i: landline(c, "kk")),
            C("vat_number", "varchar(191)", "none", lambda c, i: stir(c)),
            C("website", "varchar(191)", "none", maybe(lambda c, i: f"https://vendor{i}.uz", 0.4)),
            C("private_notes", "text", "none", maybe(one("Yetkazib berish 3 kun", "Предоплата 50%",
                                                         "Qaǵaz A4 tek usı jerden"), 0.4)),
            C("currency_id", "integer", "none", one(58, 58, 1)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=80),
        Table(S, "invoices", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 7)),
            C("user_id", "integer", "none", fk(N_USR, 5)),
            C("company_id", "integer", "none", const(1)),
            C("status_id", "integer", "none", one(1, 2, 3, 4, 4, 4)),
            C("number", "varchar(191)", "none", lambda c, i: f"ARP-{2024 + i // 90}-{i:04d}"),
            C("po_number", "varchar(191)", "none", maybe(lambda c, i: f"{digits(c, 3)}/{c.r.randint(1, 12)}", 0.3)),
            C("date", "date", "none", dates(2024, 2025)),
            C("due_date", "date", "none", dates(2024, 2025)),
            C("terms", "text", "none", const("Tólew 10 bank kúni ishinde.")),
            C("public_notes", "text", "none", maybe(one("Vizitka 1000 dana", "Banner 3x6 m", "Sayt xızmet kórsetiw",
                                                        "Kompyuter remontı"), 0.8)),
            C("private_notes", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice(
                [None, None, "Shegirme 5%", f"{any_name('kk')(c, i)} ózi alıp ketedi, {mobile(c, 'kk')}",
                 "Aldın ala 50% tólendi"])),
            C("footer", "text", "none", const("\"Aral Print\" JShJ, STIR 305112873, h/r 20208000904512783001, "
                                              "MFO 00873, Xalıq banki Nókis filialı")),
            C("amount", "numeric(20,6)", "none", amounts(150000, 25000000, 0)),
            C("balance", "numeric(20,6)", "none", amounts(0, 5000000, 0)),
            C("tax_name1", "varchar(191)", "none", const("QQS")),
            C("tax_rate1", "numeric(20,6)", "none", const(12)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_INV, extra=[fkey(S, "invoices", "client_id", "clients", "id"),
                              fkey(S, "invoices", "user_id", "users", "id")]),
        Table(S, "invoice_invitations", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("client_contact_id", "integer", "none", fk(N_CON, 3)),
            C("invoice_id", "integer", "none", fk(N_INV, 1)),
            C("key", "varchar(191)", "secret_token", lambda c, i: b64(c, 30).replace("/", "k").replace("+", "P")[:40]),
            C("transaction_reference", "varchar(191)", "none", maybe(lambda c, i: f"ch_{hexs(c, 24)}", 0.2)),
            C("message_id", "varchar(191)", "none", lambda c, i: f"<{hexs(c, 32)}@aralprint.uz>"),
            C("email_error", "text", "free_text_may_contain_pii", _email_error),
            C("email_status", "varchar(191)", "none", one("delivered", "delivered", "opened", "bounced")),
            C("sent_date", "timestamp", "none", stamps(2024, 2025)),
            C("viewed_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.5)),
        ], rows=150, extra=[fkey(S, "invoice_invitations", "client_contact_id", "client_contacts", "id"),
                            fkey(S, "invoice_invitations", "invoice_id", "invoices", "id")]),
        Table(S, "payments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("client_id", "integer", "none", fk(N_CLI, 11)),
            C("amount", "numeric(20,6)", "none", amounts(100000, 20000000, 0)),
            C("date", "date", "none", dates(2024, 2025)),
            C("transaction_reference", "varchar(191)", "none", lambda c, i: f"PP{digits(c, 10)}"),
            C("payer_id", "varchar(191)", "none", maybe(lambda c, i: f"cus_{hexs(c, 14)}", 0.2)),
            C("type_id", "integer", "none", one(1, 2, 4, 4)),
            C("private_notes", "text", "none", maybe(one("Click arqalı", "Payme", "Naqd, kassa", "Bank o'tkazma"), 0.5)),
            C("number", "varchar(191)", "none", lambda c, i: f"TL-{i:05d}"),
            C("status_id", "integer", "none", one(4, 4, 4, 5)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=130, extra=[fkey(S, "payments", "client_id", "clients", "id")]),
        Table(S, "client_gateway_tokens", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("client_id", "integer", "none", fk(N_CLI, 3)),
            C("token", "text", "secret_token", lambda c, i: f"pm_{b64(c, 18).replace('/', 'a').replace('+', 'b')}"),
            C("gateway_customer_reference", "text", "none", lambda c, i: f"cus_{hexs(c, 14)}"),
            C("gateway_type_id", "integer", "none", const(1)),
            C("is_default", "boolean", "none", flag(0.8)),
            C("meta", "text", "none", lambda c, i: json.dumps({"exp_month": str(c.r.randint(1, 12)),
                                                                "exp_year": str(c.r.randint(2026, 2030)),
                                                                "brand": c.r.choice(["visa", "mastercard"]),
                                                                "last4": digits(c, 4), "type": 1})),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=80, extra=[fkey(S, "client_gateway_tokens", "client_id", "clients", "id")]),
        Table(S, "activities", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USR, 7, 4)),
            C("company_id", "integer", "none", const(1)),
            C("client_id", "integer", "none", fk(N_CLI, 5)),
            C("client_contact_id", "integer", "none", fk(N_CON, 3, 3)),
            C("invoice_id", "integer", "none", fk(N_INV, 7, 5)),
            C("activity_type_id", "integer", "none", one(4, 5, 6, 7, 10, 39)),
            C("ip", "varchar(191)", "ip_address", lambda c, i: f"{c.r.choice(['213.230', '84.54', '188.113', '95.214'])}."
                                                               f"{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("is_system", "boolean", "none", flag(0.2)),
            C("notes", "text", "none", maybe(one("Invoice emailed", "Reminder 1 sent", "Viewed in portal"), 0.3)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "activities", "user_id", "users", "id"),
                            fkey(S, "activities", "client_id", "clients", "id"),
                            fkey(S, "activities", "client_contact_id", "client_contacts", "id"),
                            fkey(S, "activities", "invoice_id", "invoices", "id")]),
        Table(S, "system_logs", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company_id", "integer", "none", const(1)),
            C("client_id", "integer", "none", fk(N_CLI, 9)),
            C("category_id", "integer", "none", one(1, 2)),
            C("event_id", "integer", "none", one(10, 11, 21)),
            C("type_id", "integer", "none", const(300)),
            C("log", "text", "free_text_may_contain_pii", _system_log),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=90, extra=[fkey(S, "system_logs", "client_id", "clients", "id")]),
    ]
