"""aa_espocrm: EspoCRM (the PHP CRM) as an Ulaanbaatar distributor of solar panels and heating boilers runs it,
recreated from memory with its snake_case table and column names (17-character hex ids, `deleted` flags, the
shared `email_address` / `phone_number` tables and their entity link tables, custom `c_*` fields)."""
from __future__ import annotations

import hashlib

from .blind25_gens import (MN, P, bcrypt, const, day, decimal, flag, hexs, ipv4, maybe, mn_iban, one, pattern,
                           stamp, text)
from .gens import Col, Table

S = "aa_espocrm"
N_USER, N_ACC, N_CON, N_EA, N_PN = 40, 100, 120, 150, 150

COMPANIES = ("Нарны Эрчим ХХК", "Говь Трейд ХХК", "Эрдэнэс Тавантолгой ХК", "Хаан Барилга ХХК", "Номин Холдинг",
             "Тэнгэр Ногоон Эрчим ХХК", "Ус Сувгийн Удирдах Газар", "Дархан Дулааны Сүлжээ ТӨХК", "Алтай Фарм ХХК",
             "Мон-Ажил ХХК", "Сод Монгол Групп", "Хөвсгөл Эко Лодж ХХК")


def _q(name: str) -> str:
    return f'{S}."{name}"'


def _fk(table: str, col: str, target: str, tcol: str = "id") -> str:
    return f"ALTER TABLE {_q(table)} ADD FOREIGN KEY ({col}) REFERENCES {_q(target)} ({tcol})"


def eid(entity: str, i: int) -> str:
    return hashlib.sha1(f"{entity}{i}".encode()).hexdigest()[:17]


def _id(entity: str):
    return lambda c, i: eid(entity, i)


def _ref(entity: str, n: int, step: int = 7, off: int = 0):
    return lambda c, i: eid(entity, 1 + (i * step + off) % n)


def _company(c, i):
    return COMPANIES[i % len(COMPANIES)] + ("" if i <= 12 else f" {c.r.choice(('Салбар', 'ХХК-ийн салбар'))} {i}")


def _email_name(c, i):
    if i <= N_CON:
        return P("mn", "contact", "email")(c, i)
    return f"{c.r.choice(('info', 'sales', 'office', 'hr'))}@company{i}.mn"


def _phone_name(c, i):
    return "+976 " + P("mn", "contact", "phone")(c, 1 + (i - 1) % N_CON).replace("-", " ")


CALLS = ("{full}-тай ярьсан, үнийн санал илгээнэ. Утас: {phone}", "Дахин залгах, захирал байхгүй байсан.",
         "Spoke to {full} about the 20 kW inverter; send catalogue to {email}",
         "Угсралтын хугацааг тохиролцсон ({n} хоног).", "{first} asked for a site visit, call back on {phone}",
         "Voicemail left.")
BODIES = ("Сайн байна уу,\n\nҮнийн саналаа хавсаргав.\n\nХүндэтгэсэн,\n{full}\n{phone}",
          "Dear {first},\n\nPlease find attached the invoice for {n} panels.\n\nRegards,\nSales team",
          "Hello, this is {full}. Our boiler stopped again, please call {phone}.",
          "Гэрээний төслийг {email} хаяг руу илгээнэ үү.")


def espocrm_tables() -> list[Table]:
    user = Table(S, "user", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("user")),
        Col("deleted", "boolean", "none", const(False)),
        Col("is_admin", "boolean", "none", lambda c, i: i <= 2),
        Col("user_name", "varchar(50)", "none", P("mn", "user", "user")),
        Col("type", "varchar(24)", "none", lambda c, i: "api" if i > 36 else c.r.choice(("regular", "regular", "admin"))),
        Col("password", "varchar(150)", "credentials", bcrypt()),
        Col("auth_method", "varchar(255)", "none", one(None, None, "Hmac")),
        Col("api_key", "varchar(100)", "secret_token", lambda c, i: hexs(32)(c, i) if i > 36 else None),
        Col("salutation_name", "varchar(255)", "none", lambda c, i: {"M": "Mr.", "F": "Ms."}[P("mn", "user", "sex")(c, i)]),
        Col("first_name", "varchar(100)", "person_name", P("mn", "user", "first")),
        Col("last_name", "varchar(100)", "person_name", P("mn", "user", "last")),
        Col("is_active", "boolean", "none", flag(0.9)),
        Col("title", "varchar(100)", "none", one("Борлуулалтын менежер", "Инженер", "Нягтлан бодогч", "Sales rep")),
        Col("gender", "varchar(255)", "none", lambda c, i: {"M": "Male", "F": "Female"}[P("mn", "user", "sex")(c, i)]),
        Col("created_at", "timestamp", "none", stamp(2020, 2024)),
        Col("middle_name", "varchar(100)", "none", const(None)),
        Col("default_team_id", "varchar(17)", "none", one(eid("team", 1), eid("team", 2))),
        Col("avatar_id", "varchar(17)", "none", maybe(hexs(17), 0.6)),
        Col("secret_key", "varchar(100)", "secret_token", lambda c, i: hexs(32)(c, i) if i > 36 else None),
    ], rows=N_USER)
    account = Table(S, "account", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("account")),
        Col("name", "varchar(249)", "none", _company),
        Col("deleted", "boolean", "none", const(False)),
        Col("website", "varchar(255)", "none", lambda c, i: f"https://www.company{i}.mn"),
        Col("type", "varchar(255)", "none", one("Customer", "Partner", "Reseller", "Investor")),
        Col("industry", "varchar(255)", "none", one("Construction", "Energy", "Agriculture", "Hospitality", "Mining")),
        Col("billing_address_street", "varchar(255)", "none", lambda c, i: f"{c.r.choice(MN['streets'])} "
            f"{c.r.randint(1, 80)}, {c.r.choice(('Блю Скай тауэр', 'Central Tower', 'Шангри-Ла оффис'))}"),
        Col("billing_address_city", "varchar(100)", "none", const("Улаанбаатар")),
        Col("billing_address_state", "varchar(100)", "none", lambda c, i: c.r.choice(MN["cities"])[0]),
        Col("billing_address_country", "varchar(100)", "none", const("Mongolia")),
        Col("billing_address_postal_code", "varchar(40)", "none", lambda c, i: c.r.choice(MN["cities"])[1]),
        Col("description", "text", "none", one("Дилерийн гэрээтэй.", "Largest buyer of boilers in 2023.", None,
                                               "Төлбөрийн хугацаа 30 хоног.")),
        Col("created_at", "timestamp", "none", stamp(2020, 2024)),
        Col("assigned_user_id", "varchar(17)", "none", _ref("user", N_USER, 3)),
        Col("c_register_no", "varchar(10)", "none", pattern("#######"),
            comment="Улсын бүртгэлийн дугаар (company register)"),
        Col("c_iban", "varchar(34)", "none", mn_iban("0005")),
    ], rows=N_ACC, extra=[_fk("account", "assigned_user_id", "user")])
    contact = Table(S, "contact", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("contact")),
        Col("deleted", "boolean", "none", const(False)),
        Col("salutation_name", "varchar(255)", "none", lambda c, i: "Mr." if P("mn", "contact", "sex")(c, i) == "M"
            else "Ms."),
        Col("first_name", "varchar(100)", "person_name", P("mn", "contact", "first")),
        Col("last_name", "varchar(100)", "person_name", P("mn", "contact", "last")),
        Col("middle_name", "varchar(100)", "person_name", maybe(one("Бат", "Дорж", "Цэрэн"), 0.9)),
        Col("title", "varchar(100)", "none", one("Гүйцэтгэх захирал", "Худалдан авалтын ажилтан", "Engineer", None)),
        Col("description", "text", "none", one("Met at the Mongolia Energy Expo.", "Prefers calls after 14:00.",
                                               "Шийдвэр гаргагч.", None)),
        Col("do_not_call", "boolean", "none", flag(0.1)),
        Col("address_street", "varchar(255)", "postal_address", maybe(P("mn", "contact", "street"), 0.3)),
        Col("address_city", "varchar(100)", "none", const("Улаанбаатар")),
        Col("address_state", "varchar(100)", "none", P("mn", "contact", "district")),
        Col("address_country", "varchar(100)", "none", const("Mongolia")),
        Col("address_postal_code", "varchar(40)", "postal_address", maybe(P("mn", "contact", "postcode"), 0.3)),
        Col("created_at", "timestamp", "none", stamp(2020, 2024)),
        Col("modified_at", "timestamp", "none", stamp(2024, 2025)),
        Col("account_id", "varchar(17)", "none", _ref("account", N_ACC, 1)),
        Col("assigned_user_id", "varchar(17)", "none", _ref("user", N_USER, 5)),
        Col("c_register_no", "varchar(10)", "national_id", maybe(P("mn", "contact", "natid"), 0.4),
            comment="Регистрийн дугаар"),
        Col("c_birthday", "date", "birth_date", maybe(P("mn", "contact", "dob"), 0.5)),
    ], rows=N_CON, extra=[_fk("contact", "account_id", "account"), _fk("contact", "assigned_user_id", "user")])
    emails = Table(S, "email_address", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("ea")),
        Col("name", "varchar(255)", "email", _email_name),
        Col("deleted", "boolean", "none", const(False)),
        Col("lower", "varchar(255)", "email", lambda c, i: _email_name(c, i).lower()),
        Col("invalid", "boolean", "none", flag(0.03)),
        Col("opt_out", "boolean", "none", flag(0.1)),
    ], rows=N_EA)
    phones = Table(S, "phone_number", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("pn")),
        Col("name", "varchar(36)", "phone", _phone_name),
        Col("deleted", "boolean", "none", const(False)),
        Col("type", "varchar(255)", "none", one("Mobile", "Mobile", "Office", "Home")),
        Col("numeric", "varchar(36)", "phone", lambda c, i: _phone_name(c, i).replace("+", "").replace(" ", "")),
        Col("invalid", "boolean", "none", flag(0.03)),
        Col("opt_out", "boolean", "none", flag(0.05)),
    ], rows=N_PN)
    eea = Table(S, "entity_email_address", [
        Col("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        Col("entity_id", "varchar(17)", "none", lambda c, i: eid("contact", i) if i <= N_CON else eid("account", i - N_CON)),
        Col("email_address_id", "varchar(17)", "none", _id("ea")),
        Col("entity_type", "varchar(100)", "none", lambda c, i: "Contact" if i <= N_CON else "Account"),
        Col("primary", "boolean", "none", const(True)),
        Col("deleted", "boolean", "none", const(False)),
    ], rows=N_EA, extra=[_fk("entity_email_address", "email_address_id", "email_address")])
    epn = Table(S, "entity_phone_number", [
        Col("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        Col("entity_id", "varchar(17)", "none", lambda c, i: eid("contact", 1 + (i - 1) % N_CON)),
        Col("phone_number_id", "varchar(17)", "none", _id("pn")),
        Col("entity_type", "varchar(100)", "none", const("Contact")),
        Col("primary", "boolean", "none", lambda c, i: i <= N_CON),
        Col("deleted", "boolean", "none", const(False)),
    ], rows=N_PN, extra=[_fk("entity_phone_number", "phone_number_id", "phone_number")])
    opportunity = Table(S, "opportunity", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("opp")),
        Col("name", "varchar(255)", "none", lambda c, i: f"{c.r.choice(('Solar 20 kW', 'Boiler KSV-100', 'Heat pump'))}"
            f" - {COMPANIES[i % len(COMPANIES)]}"),
        Col("deleted", "boolean", "none", const(False)),
        Col("amount", "double precision", "none", decimal(2_000_000, 400_000_000, 0)),
        Col("amount_currency", "varchar(3)", "none", const("MNT")),
        Col("stage", "varchar(255)", "none", one("Prospecting", "Qualification", "Proposal", "Closed Won",
                                                 "Closed Lost")),
        Col("probability", "integer", "none", one(10, 20, 50, 80, 100, 0)),
        Col("lead_source", "varchar(255)", "none", one("Call", "Web Site", "Existing Customer", "Partner")),
        Col("close_date", "date", "none", day(2024, 2025)),
        Col("created_at", "timestamp", "none", stamp(2023, 2025)),
        Col("account_id", "varchar(17)", "none", _ref("account", N_ACC, 3)),
        Col("contact_id", "varchar(17)", "none", maybe(_ref("contact", N_CON, 3), 0.3)),
        Col("assigned_user_id", "varchar(17)", "none", _ref("user", N_USER, 7)),
    ], rows=120, extra=[_fk("opportunity", "account_id", "account"), _fk("opportunity", "contact_id", "contact")])
    call = Table(S, "call", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("call")),
        Col("name", "varchar(255)", "none", one("Follow-up", "Үнийн санал", "Site visit booking", "Төлбөрийн сануулга")),
        Col("deleted", "boolean", "none", const(False)),
        Col("status", "varchar(255)", "none", one("Held", "Held", "Planned", "Not Held")),
        Col("date_start", "timestamp", "none", stamp(2024, 2025)),
        Col("date_end", "timestamp", "none", stamp(2024, 2025)),
        Col("direction", "varchar(255)", "none", one("Outbound", "Inbound")),
        Col("description", "text", "free_text_may_contain_pii", text("mn", "call", *CALLS)),
        Col("created_at", "timestamp", "none", stamp(2024, 2025)),
        Col("parent_id", "varchar(17)", "none", _ref("account", N_ACC, 9)),
        Col("parent_type", "varchar(100)", "none", const("Account")),
        Col("account_id", "varchar(17)", "none", _ref("account", N_ACC, 9)),
        Col("assigned_user_id", "varchar(17)", "none", _ref("user", N_USER, 11)),
    ], rows=150, extra=[_fk("call", "account_id", "account")])
    email = Table(S, "email", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("email")),
        Col("name", "varchar(255)", "none", one("Үнийн санал", "Invoice", "RE: Бойлер засвар", "Гэрээ", "Quotation")),
        Col("deleted", "boolean", "none", const(False)),
        Col("from_string", "varchar(255)", "email", lambda c, i: f'"{P("mn", "email", "full")(c, i)}" '
            f'<{P("mn", "email", "email")(c, i)}>'),
        Col("is_html", "boolean", "none", flag(0.6)),
        Col("status", "varchar(255)", "none", one("Archived", "Sent", "Draft")),
        Col("body_plain", "text", "free_text_may_contain_pii", text("mn", "email", *BODIES)),
        Col("date_sent", "timestamp", "none", stamp(2024, 2025)),
        Col("message_id", "varchar(255)", "none", lambda c, i: f"<{hexs(24)(c, i)}@mail.gmail.com>"),
        Col("parent_type", "varchar(100)", "none", const("Account")),
        Col("account_id", "varchar(17)", "none", _ref("account", N_ACC, 13)),
        Col("created_by_id", "varchar(17)", "none", _ref("user", N_USER, 13)),
    ], rows=120, extra=[_fk("email", "account_id", "account")])
    token = Table(S, "auth_token", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("at")),
        Col("deleted", "boolean", "none", const(False)),
        Col("token", "varchar(36)", "secret_token", hexs(32)),
        Col("hash", "varchar(150)", "secret_token", hexs(32)),
        Col("user_id", "varchar(17)", "none", _ref("user", N_USER, 3)),
        Col("portal_id", "varchar(17)", "none", const(None)),
        Col("ip_address", "varchar(45)", "ip_address", ipv4("mn")),
        Col("is_active", "boolean", "none", flag(0.4)),
        Col("last_access", "timestamp", "none", stamp(2025, 2025)),
        Col("created_at", "timestamp", "none", stamp(2024, 2025)),
        Col("modified_at", "timestamp", "none", stamp(2025, 2025)),
    ], rows=100, extra=[_fk("auth_token", "user_id", "user")])
    authlog = Table(S, "auth_log_record", [
        Col("id", "varchar(17) PRIMARY KEY", "none", _id("alr")),
        Col("deleted", "boolean", "none", const(False)),
        Col("username", "varchar(100)", "none", lambda c, i: P("mn", "user", "user")(c, 1 + i % N_USER)),
        Col("user_id", "varchar(17)", "none", lambda c, i: eid("user", 1 + i % N_USER)),
        Col("auth_token_id", "varchar(17)", "none", maybe(lambda c, i: eid("at", 1 + i % 100), 0.2)),
        Col("ip_address", "varchar(45)", "ip_address", ipv4("mn")),
        Col("created_at", "timestamp", "none", stamp(2024, 2025)),
        Col("is_denied", "boolean", "none", flag(0.1)),
        Col("denial_reason", "varchar(255)", "none", maybe(one("CREDENTIALS", "INACTIVE_USER"), 0.9)),
        Col("request_url", "varchar(255)", "none", one("https://crm.narnyerchim.mn/api/v1/App/user",
                                                       "https://crm.narnyerchim.mn/api/v1/Contact")),
        Col("request_method", "varchar(15)", "none", one("GET", "GET", "POST")),
        Col("authentication_method", "varchar(255)", "none", one("Espo", "Espo", "Hmac")),
        Col("request_time", "double precision", "none", decimal(1.7e9, 1.76e9, 4)),
    ], rows=150, extra=[_fk("auth_log_record", "user_id", "user"), _fk("auth_log_record", "auth_token_id", "auth_token")])
    return [user, account, contact, emails, phones, eea, epn, opportunity, call, email, token, authlog]

