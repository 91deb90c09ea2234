"""aj_catarse: Catarse (the open-source Rails crowdfunding platform, github.com/catarse/catarse, db/structure.sql)
as recalled, localised for a Georgetown, Guyana community-arts crowdfunding site. Catarse's `cpf`/`payer_document`
columns hold the Guyana national ID card number here; Brazilian-shaped address columns stay as they are."""
from __future__ import annotations

import json

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, hexs, ints, maybe, one, public_ip, seq,
                           stamps, uuid)
from .blind34_gens import POOLS, any_name, person
from .gens import Table

S = "aj_catarse"
U = "cat.user"
N_USER, N_PROJ, N_CONTRIB = 150, 80, 150
PROJECTS = ["Mashramani Steel Band Uniforms", "Berbice Youth Theatre Tour", "Rupununi Weavers Cooperative Looms",
            "Linden Community Radio", "Kaieteur Art Exhibition", "Tassa Drum School", "Georgetown Mural Project",
            "Essequibo Coast Film Festival"]
BANKS = ["Republic Bank (Guyana)", "GBTI", "Demerara Bank", "Citizens Bank Guyana", "Bank of Baroda Guyana"]


def u(f: str):
    return person("gy", U, f, 1955, 2005)


def _about(c, i):
    return c.r.choice(["<p>Visual artist from Berbice.</p>", "<p>Teacher and tassa drummer.</p>", None,
                       f"<p>Reach me on WhatsApp {u('mobile')(c, i)}</p>", "<p>Community organiser, Linden.</p>"])


def _gateway_data(c, i):
    return json.dumps({"id": hexs(c, 24), "status": c.r.choice(["paid", "refused", "pending"]),
                       "card": {"last_digits": digits(c, 4), "brand": c.r.choice(["visa", "mastercard"]),
                                "holder_name": u("full")(c, fk(N_USER, 7)(c, i)).upper()},
                       "customer": {"email": u("email")(c, fk(N_USER, 7)(c, i))}})


def catarse_tables() -> list[Table]:
    return [
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("email", "text", "email", u("email")),
            C("name", "text", "person_name", u("full")),
            C("public_name", "text", "person_name", lambda c, i: u("first")(c, i) if i % 3 else u("full")(c, i)),
            C("permalink", "text", "none", lambda c, i: u("user")(c, i).replace(".", "")),
            C("cpf", "text", "national_id", maybe(u("natid"), 0.6), "national ID card number"),
            C("birth_date", "date", "birth_date", maybe(u("birth"), 0.5)),
            C("account_type", "text", "none", one("pf", "pf", "pf", "pj")),
            C("address_street", "text", "postal_address", u("a_line")),
            C("address_number", "text", "postal_address", lambda c, i: str(c.r.randint(1, 240))),
            C("address_complement", "text", "postal_address", maybe(one("Upstairs", "Back building", "Apt 2"), 0.2)),
            C("address_neighbourhood", "text", "none", one("Kitty", "Campbellville", "Albertown", "Diamond", "Bel Air")),
            C("address_zip_code", "text", "postal_address", const(None)),
            C("address_city", "text", "none", u("a_city")),
            C("address_state", "text", "none", one("Demerara-Mahaica", "East Berbice-Corentyne", "Upper Demerara-Berbice")),
            C("phone_number", "text", "phone", u("mobile")),
            C("locale", "text", "none", const("en")),
            C("encrypted_password", "varchar(128)", "credentials", lambda c, i: bcrypt(c, "10", "2a")),
            C("reset_password_token", "varchar(255)", "secret_token", maybe(lambda c, i: hexs(c, 64), 0.15)),
            C("reset_password_sent_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.15)),
            C("remember_created_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.3)),
            C("sign_in_count", "integer", "none", ints(0, 90)),
            C("current_sign_in_at", "timestamp", "none", stamps(2024, 2025)),
            C("current_sign_in_ip", "varchar(255)", "ip_address", u("ip")),
            C("last_sign_in_ip", "varchar(255)", "ip_address", lambda c, i: public_ip(c, (190, 181, 200, 186))),
            C("facebook_link", "text", "none", maybe(lambda c, i: f"https://facebook.com/{u('user')(c, i)}", 0.4)),
            C("twitter", "text", "none", maybe(lambda c, i: u("user")(c, i).replace(".", "_"), 0.2)),
            C("about_html", "text", "free_text_may_contain_pii", _about),
            C("uploaded_image", "text", "none", maybe(lambda c, i: f"{hexs(c, 10)}.jpg", 0.4)),
            C("newsletter", "boolean", "none", one(True, False)),
            C("admin", "boolean", "none", lambda c, i: i <= 2),
            C("authentication_token", "text", "secret_token", lambda c, i: hexs(c, 32)),
            C("deactivated_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.05)),
            C("created_at", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_USER),
        Table(S, "projects", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "text", "none", lambda c, i: PROJECTS[i % 8] + (f" {2018 + i // 8}" if i > 8 else "")),
            C("user_id", "integer", "none", fk(N_USER, 11)),
            C("category_id", "integer", "none", ints(1, 14)),
            C("goal", "numeric", "none", amounts(200000, 4000000, 0), "GYD"),
            C("headline", "text", "none", one("Help us get to Carifesta!", "Keep the music alive", "Weave the future")),
            C("about_html", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice([
                "<p>Our group of 30 young drummers needs new instruments.</p>",
                f"<p>Led by {any_name('gy')(c, i)} of Port Mourant. Questions: {person('gy', U, 'email')(c, i)}</p>",
                "<p>We will train 12 weavers from Annai and Aishalton.</p>"])),
            C("permalink", "text", "none", lambda c, i: f"proj{i}"),
            C("video_url", "text", "none", maybe(lambda c, i: f"https://www.youtube.com/watch?v={hexs(c, 11)}", 0.6)),
            C("state", "varchar(255)", "none", one("online", "successful", "failed", "draft")),
            C("online_days", "integer", "none", one(30, 45, 60)),
            C("expires_at", "timestamp", "none", stamps(2020, 2026)),
            C("city_id", "integer", "none", ints(1, 7)),
            C("traffic_sources", "text[]", "none", const(None)),
            C("tracker_snippet_html", "text", "none", const(None)),
        ], rows=N_PROJ, extra=[fkey(S, "projects", "user_id", "users", "id")]),
        Table(S, "contributions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("project_id", "integer", "none", fk(N_PROJ, 3)),
            C("user_id", "integer", "none", fk(N_USER, 7)),
            C("reward_id", "integer", "none", maybe(ints(1, 90), 0.6)),
            C("value", "numeric", "none", amounts(1000, 100000, 0)),
            C("anonymous", "boolean", "none", one(False, False, True)),
            C("payer_name", "text", "person_name", lambda c, i: u("full")(c, fk(N_USER, 7)(c, i))),
            C("payer_email", "text", "email", lambda c, i: u("email")(c, fk(N_USER, 7)(c, i))),
            C("payer_document", "text", "national_id", lambda c, i: u("natid")(c, fk(N_USER, 7)(c, i))),
            C("address_street", "text", "postal_address", lambda c, i: u("a_line")(c, fk(N_USER, 7)(c, i))),
            C("address_number", "text", "postal_address", lambda c, i: str(c.r.randint(1, 240))),
            C("address_complement", "text", "postal_address", const(None)),
            C("address_neighbourhood", "text", "none", one("Kitty", "Diamond", "Prashad Nagar", "Eccles")),
            C("address_zip_code", "text", "postal_address", const(None)),
            C("address_city", "text", "none", lambda c, i: c.r.choice(POOLS["gy"]["city"])),
            C("address_state", "text", "none", one("Demerara-Mahaica", "Essequibo Islands-West Demerara")),
            C("address_phone_number", "text", "phone", lambda c, i: u("mobile")(c, fk(N_USER, 7)(c, i))),
            C("payment_choice", "text", "none", one("CartaoDeCredito", "BoletoBancario", "MMG")),
            C("referral_link", "text", "none", maybe(one("facebook", "whatsapp", "newsroom.gy"), 0.5)),
            C("notified_finish", "boolean", "none", one(True, False)),
            C("created_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=N_CONTRIB, extra=[fkey(S, "contributions", "project_id", "projects", "id"),
                                  fkey(S, "contributions", "user_id", "users", "id")]),
        Table(S, "payments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("contribution_id", "integer", "none", seq()),
            C("state", "text", "none", one("paid", "paid", "refused", "refunded", "pending")),
            C("key", "text", "none", lambda c, i: uuid(c), "idempotency key sent to the gateway"),
            C("gateway", "text", "none", const("Pagarme")),
            C("gateway_id", "text", "none", lambda c, i: str(c.r.randrange(10**7, 10**8))),
            C("gateway_fee", "numeric", "none", amounts(30, 2500)),
            C("gateway_data", "jsonb", "free_text_may_contain_pii", _gateway_data),
            C("payment_method", "text", "none", one("CartaoDeCredito", "BoletoBancario")),
            C("value", "numeric", "none", amounts(1000, 100000, 0)),
            C("installments", "integer", "none", one(1, 1, 2, 3)),
            C("ip_address", "text", "ip_address", lambda c, i: public_ip(c, (190, 181, 200, 186))),
            C("paid_at", "timestamp", "none", maybe(stamps(2020, 2025))),
            C("created_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=N_CONTRIB, extra=[fkey(S, "payments", "contribution_id", "contributions", "id")]),
        Table(S, "bank_accounts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", lambda c, i: fk(N_USER, 11)(c, i)),
            C("bank_id", "integer", "none", ints(1, 5)),
            C("account", "text", "bank_account", lambda c, i: digits(c, c.r.choice([9, 10, 12]))),
            C("account_digit", "text", "none", lambda c, i: digits(c, 1), "check digit of the account"),
            C("agency", "text", "none", one("Water St.", "Camp St.", "Vreed-en-Hoop", "New Amsterdam", "Linden")),
            C("agency_digit", "text", "none", const("")),
            C("owner_name", "text", "person_name", lambda c, i: u("full")(c, fk(N_USER, 11)(c, i))),
            C("owner_document", "text", "national_id", lambda c, i: u("natid")(c, fk(N_USER, 11)(c, i))),
            C("account_type", "text", "none", one("conta_corrente", "conta_poupanca")),
            C("created_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=N_PROJ, extra=[fkey(S, "bank_accounts", "user_id", "users", "id")]),
        Table(S, "banks", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "text", "none", lambda c, i: BANKS[i - 1]),
            C("code", "text", "none", lambda c, i: f"{i:03d}"),
            C("created_at", "timestamp", "none", dates(2018, 2018)),
        ], rows=5),
        Table(S, "project_posts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 11)),
            C("project_id", "integer", "none", fk(N_PROJ, 3)),
            C("title", "text", "none", one("We reached 50%!", "Thank you backers", "Rewards shipping update")),
            C("comment_html", "text", "none", lambda c, i: c.r.choice([
                "<p>The drums arrived from Trinidad today.</p>", "<p>Rewards will be handed out at the Umana Yana.</p>",
                "<p>We are halfway there, please share!</p>"])),
            C("exclusive", "boolean", "none", one(False, True)),
            C("created_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=90, extra=[fkey(S, "project_posts", "project_id", "projects", "id")]),
    ]
