"""g_mautic: Mautic 4 (leads, lead_notes, companies, ip_addresses, users; Doctrine foreign keys), a German B2B
software vendor's marketing automation; g_matomo: Matomo's log_visit of the same vendor's web site."""
from __future__ import annotations

import datetime as dt

from .blind4_gens import (bcrypt_2y, const, fk, fk_id, ip_packed, ipv4, maybe, num, person, pp,
                          text_with_people, ts)
from .gens import Col, Table, ident, pick

M, MT = "g_mautic", "g_matomo"
DE = "de_DE"
LEADS, USERS = 130, 80


def _fk(table: str, col: str, ref: str) -> str:
    return f"ALTER TABLE {M}.{table} ADD FOREIGN KEY ({col}) REFERENCES {M}.{ref} (id)"


def _lead(field: str, width: int | None = None):
    return pp(DE, "mautic-lead", field, width)


def _user_name(c, i) -> str:
    return person(DE, "mautic-user", c.r.randint(1, USERS))["full"]


def _leads() -> Table:
    return Table(M, "leads", [
        Col("id", "bigint PRIMARY KEY", "none", ident),
        Col("owner_id", "int", "none", maybe(0.6, fk_id(USERS))),
        Col("stage_id", "int", "none", maybe(0.5, num(1, 5))),
        Col("is_published", "boolean", "none", const(True)),
        Col("date_added", "timestamp", "none", ts(2020, 2025)),
        Col("created_by_user", "varchar(191)", "person_name", maybe(0.5, _user_name)),
        Col("date_modified", "timestamp", "none", ts(2023, 2025)),
        Col("points", "int", "none", num(0, 250)),
        Col("last_active", "timestamp", "none", ts(2023, 2025)),
        Col("date_identified", "timestamp", "none", ts(2020, 2025)),
        Col("title", "varchar(191)", "none", lambda c, i: "Frau" if _lead("female")(c, i) else "Herr"),
        Col("firstname", "varchar(191)", "person_name", _lead("first")),
        Col("lastname", "varchar(191)", "person_name", _lead("last")),
        Col("company", "varchar(191)", "none", fk(DE, "company")),
        Col("position", "varchar(191)", "none", pick("IT-Leiter", "CTO", "Einkauf", "Geschaeftsfuehrer", "Admin", None)),
        Col("email", "varchar(191)", "email", _lead("email")),
        Col("phone", "varchar(191)", "phone", maybe(0.5, fk(DE, "phone_number"))),
        Col("mobile", "varchar(191)", "phone", maybe(0.4, _lead("phone"))),
        Col("address1", "varchar(191)", "postal_address", maybe(0.4, _lead("street"))),
        Col("address2", "varchar(191)", "postal_address", maybe(0.05, pick("2. OG", "Hinterhaus"))),
        Col("city", "varchar(191)", "none", maybe(0.6, _lead("city"))),
        Col("state", "varchar(191)", "none", maybe(0.4, fk(DE, "state"))),
        Col("zipcode", "varchar(191)", "postal_address", maybe(0.4, _lead("postcode"))),
        Col("country", "varchar(191)", "none", pick("Germany", "Austria", "Switzerland", None)),
        Col("preferred_locale", "varchar(191)", "none", pick("de_DE", "de_AT", "en_US", None)),
        Col("website", "varchar(191)", "none", maybe(0.3, lambda c, i: "https://www." + fk(DE, "domain_name")(c, i))),
        Col("linkedin", "varchar(191)", "none", maybe(0.3, lambda c, i: "https://www.linkedin.com/in/"
                                                                          + _lead("user")(c, i).replace(".", "-"))),
        Col("generated_email_domain", "varchar(255)", "none", lambda c, i: _lead("email")(c, i).split("@")[1])],
        rows=LEADS, extra=[_fk("leads", "owner_id", "users")])


def _others() -> list[Table]:
    return [
        Table(M, "users", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("role_id", "int", "none", pick(1, 2, 2)),
            Col("username", "varchar(191)", "none", pp(DE, "mautic-user", "user")),
            Col("password", "varchar(64)", "credentials", cut64(bcrypt_2y)),
            Col("first_name", "varchar(191)", "person_name", pp(DE, "mautic-user", "first")),
            Col("last_name", "varchar(191)", "person_name", pp(DE, "mautic-user", "last")),
            Col("email", "varchar(191)", "email", lambda c, i: pp(DE, "mautic-user", "user")(c, i) + "@cloudwerk-software.de"),
            Col("position", "varchar(191)", "none", pick("Marketing", "Sales", "Inside Sales", None)),
            Col("last_login", "timestamp", "none", ts(2024, 2025)),
            Col("preferences", "text", "none", const("a:0:{}")),
            Col("signature", "text", "free_text_may_contain_pii", lambda c, i:
                f"Beste Gruesse\n{pp(DE, 'mautic-user', 'full')(c, i)}\nCloudwerk Software GmbH\n"
                f"Tel. {pp(DE, 'mautic-user', 'phone')(c, i)}")], rows=USERS),
        Table(M, "lead_notes", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("lead_id", "bigint NOT NULL", "none", fk_id(LEADS)),
            Col("created_by_user", "varchar(191)", "person_name", _user_name),
            Col("text", "text", "free_text_may_contain_pii", text_with_people(
                DE, ("Rueckruf von {name} erbeten: {phone}", "Neue Ansprechpartnerin {name}, {email}",
                     "Assistenz {first} sagt, Chef ist bis Montag im Urlaub. Mobil {phone}."),
                ("Demo gezeigt, Interesse an Enterprise-Plan.", "Angebot verschickt.", "Kein Budget vor Q3."), 0.5)),
            Col("type", "varchar(50)", "none", pick("general", "email", "call", "meeting")),
            Col("date_time", "timestamp", "none", ts(2022, 2025))], rows=110,
            extra=[_fk("lead_notes", "lead_id", "leads")]),
        Table(M, "companies", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("owner_id", "int", "none", maybe(0.6, fk_id(USERS))),
            Col("companyname", "varchar(191)", "none", fk(DE, "company")),
            Col("companyemail", "varchar(191)", "none", lambda c, i: f"info@{fk(DE, 'domain_name')(c, i)}"),
            Col("companyaddress1", "varchar(191)", "none", fk(DE, "street_address")),
            Col("companyphone", "varchar(191)", "none", lambda c, i: f"+49 {c.r.randint(30, 911)} {c.r.randint(10000, 99999)}-0"),
            Col("companycity", "varchar(191)", "none", fk(DE, "city")),
            Col("companyzipcode", "varchar(191)", "none", fk(DE, "postcode")),
            Col("companycountry", "varchar(191)", "none", const("Germany")),
            Col("companywebsite", "varchar(191)", "none", lambda c, i: "https://www." + fk(DE, "domain_name")(c, i)),
            Col("companyindustry", "varchar(191)", "none", pick("Manufacturing", "Healthcare", "Retail", "Logistics")),
            Col("companydescription", "text", "none", maybe(0.3, pick("Mittelstaendischer Maschinenbauer", "Klinikverbund")))],
            rows=90, extra=[_fk("companies", "owner_id", "users")]),
        Table(M, "ip_addresses", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("ip_address", "varchar(45)", "ip_address", ipv4),
            Col("ip_details", "text", "geo_location", lambda c, i:
                f'a:8:{{s:4:"city";s:6:"Berlin";s:6:"region";s:2:"BE";s:7:"zipcode";s:5:"10115";s:7:"country";'
                f's:7:"Germany";s:8:"latitude";d:{c.r.uniform(47.5, 54.8):.4f};s:9:"longitude";d:{c.r.uniform(6, 14.9):.4f};'
                f's:3:"isp";s:13:"Deutsche Tel.";s:8:"timezone";s:13:"Europe/Berlin";}}')], rows=120),
    ]


def cut64(gen):
    return lambda c, i: gen(c, i)[:64]


def _log_visit() -> Table:
    def epoch(c, i):
        return dt.datetime(2025, 1, 1) + dt.timedelta(seconds=c.r.randint(0, 300 * 86400))
    return Table(MT, "log_visit", [
        Col("idvisit", "bigint PRIMARY KEY", "none", ident),
        Col("idsite", "int", "none", pick(1, 1, 2)),
        Col("idvisitor", "bytea", "none", lambda c, i: c.r.randbytes(8)),
        Col("visit_last_action_time", "timestamp", "none", epoch),
        Col("config_id", "bytea", "none", lambda c, i: c.r.randbytes(8)),
        Col("location_ip", "bytea", "ip_address", ip_packed),
        Col("user_id", "varchar(200)", "email", maybe(0.35, pp(DE, "matomo-user", "email"))),
        Col("visit_first_action_time", "timestamp", "none", epoch),
        Col("visitor_returning", "smallint", "none", pick(0, 1)),
        Col("visitor_count_visits", "int", "none", num(1, 40)),
        Col("visit_total_actions", "int", "none", num(1, 25)),
        Col("visit_total_time", "int", "none", num(0, 1800)),
        Col("referer_type", "smallint", "none", pick(1, 2, 3, 6)),
        Col("referer_name", "varchar(255)", "none", pick("google.com", "linkedin.com", "heise.de", None)),
        Col("referer_keyword", "varchar(255)", "none", maybe(0.2, pick("crm software mittelstand", "cloudwerk preise"))),
        Col("referer_url", "text", "none", pick("https://www.google.com/", "https://www.linkedin.com/feed/",
                                                "https://www.heise.de/news/", "")),
        Col("config_browser_name", "varchar(40)", "none", pick("CH", "FF", "SF", "ED")),
        Col("config_os", "char(3)", "none", pick("WIN", "MAC", "AND", "IOS", "LIN")),
        Col("config_resolution", "varchar(18)", "none", pick("1920x1080", "2560x1440", "390x844", "1366x768")),
        Col("location_browser_lang", "varchar(20)", "none", pick("de-de,de", "en-us,en", "de-at")),
        Col("location_country", "char(3)", "none", pick("de", "de", "at", "ch")),
        Col("location_region", "char(3)", "none", pick("BE", "BY", "NW", "HH")),
        Col("location_city", "varchar(255)", "none", fk(DE, "city")),
        Col("location_latitude", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(47.3, 54.9), 6)),
        Col("location_longitude", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(5.9, 15.0), 6)),
        Col("custom_dimension_1", "varchar(255)", "none", pick("trial", "customer", "anonymous", None)),
        Col("visit_goal_converted", "smallint", "none", pick(0, 0, 1))], rows=150)


def marketing_tables() -> list[Table]:
    users, *rest = _others()
    return [users, _leads(), *rest, _log_visit()]
