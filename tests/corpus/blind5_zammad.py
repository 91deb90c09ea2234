"""h_zammad: Zammad helpdesk (Rails, PostgreSQL) of a German software vendor: customers and agents in `users`,
their companies in `organizations`, tickets, e-mail articles, devices, tokens and Rails sessions.
"""
from __future__ import annotations

import base64
import hashlib
import json

from .blind5_gens import T, fk, hexs, ipv4, loc, num, one, opt, stamp
from .gens import Ctx, Table, argon2_like, ident, rand_token

S = "h_zammad"
NORG, NUSER, NTICKET = 40, 120, 120
LOCS = ["de_DE", "de_DE", "de_AT", "de_CH", "en_GB"]
SUPPORT = "Acme Support <support@acme-software.de>"
TITLES = ["VPN-Verbindung bricht ab", "Lizenzschlüssel wird nicht akzeptiert", "Export nach DATEV schlägt fehl",
          "Update auf 5.2 – Fehler 0x80070005", "Rechnung doppelt erhalten", "SSO mit Azure AD einrichten",
          "Druckvorlage Lieferschein anpassen", "Performance seit gestern sehr langsam", "Neue Benutzer anlegen"]


def _f(c: Ctx):
    return loc(c, c.r.choice(LOCS))


def _email_of_person(c: Ctx, i: int) -> str:
    f = _f(c)
    first, last = f.first_name(), f.last_name()
    return f"{first} {last} <{first.lower()}.{last.lower()}@{f.free_email_domain()}>"


def _from(c: Ctx, i: int) -> str:
    return _email_of_person(c, i) if c.r.random() < 0.7 else f"{_f(c).name()} via {SUPPORT}"


def _to(c: Ctx, i: int) -> str:
    return _email_of_person(c, i) if c.r.random() < 0.7 else SUPPORT


def _body(c: Ctx, i: int) -> str:
    f = _f(c)
    return c.r.choice([
        f"Hallo zusammen,\n\nseit dem Update startet das Programm nicht mehr. Bitte um Rückruf unter {f.phone_number()}.\n\n"
        f"Mit freundlichen Grüßen\n{f.name()}\n{f.company()}",
        f"Guten Tag {f.last_name()},\n\nvielen Dank für Ihre Nachricht. Wir haben das Problem nachgestellt und melden uns.\n\n"
        f"Viele Grüße\n{f.first_name()} {f.last_name()}\nAcme Support",
        f"Hi,\nplease add my colleague {f.name()} ({f.free_email()}) to our account.\nThanks, {f.first_name()}",
        f"Anbei der Screenshot. Erreichbar bin ich heute mobil: {f.phone_number()}\n-- \n{f.name()}"])


def _user_note(c: Ctx, i: int) -> str:
    f = _f(c)
    return c.r.choice([f"Ansprechpartnerin in Vertretung: {f.name()}, {f.phone_number()}",
                       f"Privatnummer nur im Notfall: {f.phone_number()}", f"Hat früher unter {f.free_email()} geschrieben",
                       f"Assistenz: {f.name()}"])


def _location_details(c: Ctx, i: int) -> str:
    f = _f(c)
    return json.dumps({"country_name": f.current_country(), "city_name": f.city(), "latitude": float(f.latitude()),
                       "longitude": float(f.longitude())})


def _session_data(c: Ctx, i: int) -> str:
    return base64.b64encode(c.r.randbytes(120)).decode()


def tables() -> list[Table]:
    return [
        T(S, "organizations", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("name", "varchar(150)", "none", lambda c, i: _f(c).company()),
            ("shared", "boolean", "none", one(True, False)),
            ("domain", "varchar(250)", "none", lambda c, i: _f(c).domain_name()),
            ("domain_assignment", "boolean", "none", one(True, False)),
            ("vip", "boolean", "none", one(False, False, True)),
            ("note", "varchar(5000)", "none", opt(0.5, one("Wartungsvertrag Gold, SLA 4h", "Rechnung nur per Post",
                                                           "Kunde seit 2017", "Reseller, keine Direktbestellungen"))),
            ("created_at", "timestamp", "none", stamp())], rows=NORG),
        T(S, "users", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("organization_id", "int", "none", opt(0.85, fk(NORG))),
            ("login", "varchar(255)", "email", lambda c, i: _f(c).email()),
            ("firstname", "varchar(100)", "person_name", lambda c, i: _f(c).first_name()),
            ("lastname", "varchar(100)", "person_name", lambda c, i: _f(c).last_name()),
            ("email", "varchar(255)", "email", lambda c, i: _f(c).email()),
            ("image", "varchar(100)", "none", opt(0.4, hexs(32))),
            ("web", "varchar(100)", "none", opt(0.1, lambda c, i: _f(c).url())),
            ("password", "varchar(100)", "credentials", opt(0.6, lambda c, i: argon2_like(c, i) if c.r.random() < 0.7 else
                                                             "{sha2}" + hashlib.sha256(c.r.randbytes(8)).hexdigest())),
            ("phone", "varchar(100)", "phone", opt(0.7, lambda c, i: _f(c).phone_number())),
            ("fax", "varchar(100)", "phone", opt(0.15, lambda c, i: _f(c).phone_number())),
            ("mobile", "varchar(100)", "phone", opt(0.5, lambda c, i: c.r.choice(["+49 151 ", "0171 ", "+43 664 ", "+41 79 "]) +
                                                     str(c.r.randint(1_000_000, 99_999_999)))),
            ("department", "varchar(200)", "none", opt(0.5, one("IT", "Buchhaltung", "Einkauf", "Geschäftsführung"))),
            ("street", "varchar(120)", "postal_address", opt(0.6, lambda c, i: _f(c).street_address())),
            ("zip", "varchar(100)", "postal_address", opt(0.6, lambda c, i: _f(c).postcode())),
            ("city", "varchar(100)", "none", opt(0.6, lambda c, i: _f(c).city())),
            ("country", "varchar(100)", "none", opt(0.5, one("Deutschland", "Österreich", "Schweiz"))),
            ("vip", "boolean", "none", one(False, False, True)),
            ("active", "boolean", "none", one(True, True, False)),
            ("note", "varchar(5000)", "free_text_may_contain_pii", opt(0.35, _user_note)),
            ("last_login", "timestamp", "none", opt(0.6, stamp(2024, 2025))),
            ("source", "varchar(200)", "none", one("signup", "email", None)),
            ("login_failed", "int", "none", num(0, 3)),
            ("out_of_office", "boolean", "none", one(False, False, True)),
            ("created_at", "timestamp", "none", stamp())], rows=NUSER, fks=(("organization_id", "organizations(id)"),)),
        T(S, "tickets", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("group_id", "int", "none", one(1, 2, 3)),
            ("priority_id", "int", "none", one(1, 2, 3)),
            ("state_id", "int", "none", one(1, 2, 3, 4, 7)),
            ("organization_id", "int", "none", fk(NORG)),
            ("number", "varchar(60)", "none", lambda c, i: f"{31000 + i}"),
            ("title", "varchar(250)", "none", one(*TITLES)),
            ("owner_id", "int", "none", fk(10)),
            ("customer_id", "int", "none", fk(NUSER)),
            ("first_response_at", "timestamp", "none", opt(0.8, stamp())),
            ("close_at", "timestamp", "none", opt(0.6, stamp())),
            ("article_count", "int", "none", num(1, 14)),
            ("time_unit", "numeric(6,2)", "none", opt(0.5, num(0.25, 8, 2))),
            ("created_at", "timestamp", "none", stamp())], rows=NTICKET,
            fks=(("customer_id", "users(id)"), ("organization_id", "organizations(id)"))),
        T(S, "ticket_articles", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("ticket_id", "int", "none", fk(NTICKET)),
            ("type_id", "int", "none", one(1, 1, 5, 10)),
            ("sender_id", "int", "none", one(1, 2)),
            ("from", "varchar(3000)", "email", _from),
            ("to", "varchar(3000)", "email", _to),
            ("cc", "varchar(3000)", "email", opt(0.3, _email_of_person)),
            ("subject", "varchar(3000)", "none", lambda c, i: f"{c.r.choice(['', 'Re: ', 'AW: '])}{c.r.choice(TITLES)}"),
            ("message_id", "varchar(3000)", "none", lambda c, i: f"<{hexs(16)(c, i)}@{c.r.choice(['mail.gmail.com', 'acme-software.de', 'outlook.com'])}>"),
            ("content_type", "varchar(20)", "none", one("text/plain", "text/html")),
            ("body", "text", "free_text_may_contain_pii", _body),
            ("internal", "boolean", "none", one(False, False, True)),
            ("created_by_id", "int", "none", fk(NUSER)),
            ("created_at", "timestamp", "none", stamp())], rows=140, fks=(("ticket_id", "tickets(id)"),)),
        T(S, "user_devices", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("user_id", "int", "none", fk(NUSER)),
            ("name", "varchar(250)", "none", one("Mac, Chrome", "Windows 10, Edge", "iOS, Safari", "Linux, Firefox")),
            ("location", "varchar(150)", "none", lambda c, i: f"{_f(c).city()}, {c.r.choice(['Germany', 'Austria', 'Switzerland'])}"),
            ("location_details", "text", "geo_location", _location_details),
            ("fingerprint", "varchar(160)", "none", hexs(32)),
            ("ip", "varchar(160)", "ip_address", ipv4),
            ("updated_at", "timestamp", "none", stamp())], rows=120, fks=(("user_id", "users(id)"),)),
        T(S, "tokens", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("user_id", "int", "none", fk(NUSER)),
            ("action", "varchar(40)", "none", one("api", "PasswordReset", "Signup", "CsvImport")),
            ("persistent", "boolean", "none", one(True, False)),
            ("name", "varchar(255)", "none", opt(0.4, one("Monitoring", "n8n integration", "Zapier"))),
            ("token", "varchar(100)", "secret_token", rand_token(64, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")),
            ("expires_at", "date", "none", opt(0.4, stamp(2025, 2026))),
            ("created_at", "timestamp", "none", stamp())], rows=90, fks=(("user_id", "users(id)"),)),
        T(S, "sessions", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("session_id", "varchar(255)", "secret_token", lambda c, i: f"2::{hexs(64)(c, i)}"),
            ("persistent", "boolean", "none", one(True, False)),
            ("data", "text", "secret_token", _session_data)], rows=100),
    ]
