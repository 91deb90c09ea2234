"""ay_hievents: Hi.Events, the open-source event ticketing platform (Laravel), as used by a Sámi music festival in
Guovdageaidnu (northern Norway): accounts, users, organizers, events, products, orders, attendees, question answers,
check-ins and password resets."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind49_gens import any_name, person, slug
from .gens import Table

S = "ay_hievents"
BUYER, STAFF = "hi.buyer", "hi.user"
N_USERS, N_ORD, N_EVENTS = 14, 150, 80


def _pub(prefix):
    return lambda c, i: f"{prefix}_{hexs(c, 16)}"


def _att_notes(c, i):
    return c.r.choice([None, None, None, "Kommer med rullestol, trenger plass foran.",
                       f"Billett overført fra {any_name('se')(c, i)}", "VIP-armbånd utlevert",
                       f"Ring {any_name('se')(c, i)} på +47 9{digits(c, 2)} {digits(c, 2)} {digits(c, 3)} ved problemer"])


def hievents_tables() -> list[Table]:
    b = lambda f: person("se", BUYER, f, 1960, 2006)       # noqa: E731
    st = lambda f: person("se", STAFF, f, 1970, 2001)      # noqa: E731
    ob = lambda f: (lambda c, i: b(f)(c, (i * 3) % N_ORD + 1))    # noqa: E731  the order's buyer
    return [
        Table(S, "users", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(255)", "person_name", st("first")),
            C("last_name", "varchar(255)", "person_name", st("last")),
            C("email", "varchar(255)", "email", lambda c, i: f"{slug(st('first')(c, i).split()[0])}@festivala.example"),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "12", "2y")),
            C("timezone", "varchar(64)", "none", const("Europe/Oslo")),
            C("email_verified_at", "timestamp", "none", maybe(stamps(2023, 2025), 0.9)),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: hexs(c, 60), 0.5)),
        ], rows=N_USERS),
        Table(S, "organizers", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", one("Festivála SA", "Sámi Kulturviessu", "Álttá Musihkkasearvi")),
            C("email", "varchar(255)", "none", one("post@festivala.example", "billetter@kulturviessu.example")),
            C("phone", "varchar(50)", "none", lambda c, i: f"+47 78 48 {digits(c, 2)} 00"),
            C("website", "varchar(255)", "none", one("https://festivala.example", "https://kulturviessu.example")),
            C("description", "text", "none", one("Sámi musihkka ja kultuvra.", "Joik, rock og duodji siden 1990.")),
            C("currency", "varchar(3)", "none", const("NOK")),
        ], rows=6),
        Table(S, "events", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("organizer_id", "bigint", "none", fk(6, 1)),
            C("title", "varchar(255)", "none", one("Beassášfestivála", "Juoigankonsearta", "Duodjemárkan",
                                                   "Filbmaeahket", "Sámi Grand Prix")),
            C("start_date", "timestamp", "none", stamps(2024, 2026)),
            C("location_details", "jsonb", "none", one('{"venue_name": "Kulturviessu", "city": "Guovdageaidnu"}',
                                                       '{"venue_name": "Scena Beaivváš", "city": "Guovdageaidnu"}')),
            C("status", "varchar(20)", "none", one("LIVE", "DRAFT", "ARCHIVED")),
            C("short_id", "varchar(20)", "none", lambda c, i: f"e{hexs(c, 8)}"),
        ], rows=N_EVENTS, extra=[fkey(S, "events", "organizer_id", "organizers", "id")]),
        Table(S, "products", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("event_id", "bigint", "none", fk(N_EVENTS, 1)),
            C("title", "varchar(255)", "none", one("Festivalpass", "Dagsbillett", "Student", "Honnør", "Barn")),
            C("price", "numeric(14,2)", "none", one(250, 450, 900, 1450)),
            C("quantity_available", "integer", "none", ints(50, 2000)),
            C("quantity_sold", "integer", "none", ints(0, 800)),
            C("sale_start_date", "timestamp", "none", stamps(2024, 2025)),
            C("is_hidden", "boolean", "none", flag(0.1)),
        ], rows=80, extra=[fkey(S, "products", "event_id", "events", "id")]),
        Table(S, "orders", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("event_id", "bigint", "none", fk(N_EVENTS, 3)),
            C("short_id", "varchar(20)", "none", lambda c, i: f"o{hexs(c, 8)}"),
            C("public_id", "varchar(64)", "none", _pub("o")),
            C("session_id", "varchar(64)", "secret_token", lambda c, i: hexs(c, 40)),
            C("first_name", "varchar(255)", "person_name", b("first")),
            C("last_name", "varchar(255)", "person_name", b("last")),
            C("email", "varchar(255)", "email", b("email")),
            C("address", "jsonb", "postal_address",
              lambda c, i: f'{{"address_line_1": "{b("a_line")(c, i)}", "city": "{b("a_city")(c, i)}", '
                           f'"zip_or_postal_code": "{b("a_zip")(c, i)}", "country": "NO"}}'),
            C("total_gross", "numeric(14,2)", "none", amounts(250, 4000)),
            C("status", "varchar(20)", "none", one("COMPLETED", "COMPLETED", "RESERVED", "CANCELLED")),
            C("payment_status", "varchar(20)", "none", one("PAYMENT_RECEIVED", "AWAITING_PAYMENT", "REFUNDED")),
            C("payment_provider", "varchar(20)", "none", one("STRIPE", "OFFLINE")),
            C("promo_code", "varchar(50)", "none", maybe(one("BEASSAS25", "STUDENT", "GUOVDA"), 0.2)),
            C("locale", "varchar(10)", "none", one("se", "nb", "en")),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_ORD, extra=[fkey(S, "orders", "event_id", "events", "id")]),
        Table(S, "attendees", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("order_id", "bigint", "none", lambda c, i: (i * 3) % N_ORD + 1),
            C("product_id", "bigint", "none", fk(80, 11)),
            C("short_id", "varchar(20)", "none", lambda c, i: f"a{hexs(c, 8)}"),
            C("public_id", "varchar(64)", "none", _pub("a")),
            C("first_name", "varchar(255)", "person_name", lambda c, i: ob("first")(c, i) if i % 3 else
              any_name("se")(c, i).split()[0]),
            C("last_name", "varchar(255)", "person_name", ob("last")),
            C("email", "varchar(255)", "email", ob("email")),
            C("status", "varchar(20)", "none", one("ACTIVE", "ACTIVE", "CANCELLED")),
            C("notes", "text", "free_text_may_contain_pii", _att_notes),
            C("locale", "varchar(10)", "none", one("se", "nb", "en")),
        ], rows=150, extra=[fkey(S, "attendees", "order_id", "orders", "id"),
                            fkey(S, "attendees", "product_id", "products", "id")]),
        Table(S, "question_answers", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("question_id", "bigint", "none", one(1, 2)),
            C("attendee_id", "bigint", "none", fk(150, 1)),
            C("answer", "jsonb", "health", one('["Rullestolbruker"]', '["Nøtteallergi"]', '["Høreapparat, teleslynge"]',
                                               '["Cøliaki"]', '["Epilepsi - ingen blinkende lys"]'),
              comment="Tilgjengelighet / allergier"),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=90, extra=[fkey(S, "question_answers", "attendee_id", "attendees", "id")]),
        Table(S, "attendee_check_ins", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("attendee_id", "bigint", "none", fk(150, 1)),
            C("check_in_list_id", "bigint", "none", ints(1, 4)),
            C("short_id", "varchar(20)", "none", lambda c, i: f"c{hexs(c, 8)}"),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: f"85.{c.r.randint(160, 170)}.{c.r.randrange(256)}."
                                                                     f"{c.r.randint(1, 254)}"),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=120, extra=[fkey(S, "attendee_check_ins", "attendee_id", "attendees", "id")]),
        Table(S, "password_resets", [
            C("email", "varchar(255)", "email",
              lambda c, i: f"{slug(st('first')(c, i % N_USERS + 1).split()[0])}@festivala.example"),
            C("token", "varchar(255)", "secret_token", lambda c, i: bcrypt(c, "10", "2y")),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: st("ip")(c, i % N_USERS + 1)),
            C("user_agent", "varchar(255)", "none", one("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)")),
            C("created_at", "date", "none", dates(2024, 2025)),
        ], rows=80),
    ]
