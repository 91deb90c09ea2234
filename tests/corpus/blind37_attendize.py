"""am_attendize: Attendize (the Laravel ticketing application; accounts, users, organisers, events, tickets, orders,
attendees, questions and answers, messages, stats, affiliates) as recalled from its public migrations, run by a
Grenadian events company selling tickets to carnival fetes, boat rides and concerts around St. George's."""
from __future__ import annotations

from .blind26_gens import (C, alnum, amounts, bcrypt, const, dates, digits, fk, fkey, flag, ints, maybe, md5, one,
                           seq, stamps)
from .blind37_gens import any_phone, person, someone
from .gens import Table

S = "am_attendize"
ACC, USR, BUY, ATT = "at.account", "at.user", "at.buyer", "at.attendee"
N_ACC, N_USR, N_ORG, N_EV, N_TIX, N_ORD, N_ATT, N_Q = 80, 90, 80, 90, 110, 140, 150, 80
ORGS = ["Spicemas Fete Ltd.", "Island Vibes Promotions", "Grand Anse Sunset Cruises", "Carriacou Regatta Committee",
        "Jab Jab Nation Inc.", "Pure Grenada Music Festival", "Morne Rouge Beach Events", "Gouyave Fish Friday Assoc."]
EVENTS = ["Spicemas J'ouvert Breakfast", "Fantastic Monday Fete", "Sunset Boat Ride", "Soca Monarch Finals",
          "Pure Grenada Music Festival Day Pass", "Fish Friday Gouyave Night", "Panorama Finals", "Carriacou Maroon Fest"]
QUESTIONS = ["T-shirt size", "Emergency contact (name and number)", "How did you hear about us?",
             "Name to print on the band", "Dietary requirements"]


def _org_mail(c, i):
    return f"{c.r.choice(['info', 'tickets', 'bookings', 'hello'])}@{ORGS[i % len(ORGS)].split()[0].lower()}.gd"


def _order_notes(c, i):
    return c.r.choice([None, None, None, "Collect wristbands at Tyrrel Street box office.", "Paid cash at the door.",
                       f"Tickets to be picked up by her cousin {someone('gd')(c, i)}",
                       f"Call {person('gd', BUY, 'first')(c, i)} on {any_phone('gd')(c, i)} if the boat leaves late",
                       "Refund requested because of the rain."])


def _answer(c, i):
    q = ((i * 3) % N_Q + 1) % len(QUESTIONS)     # the title of question_id
    if q == 0:
        return c.r.choice(["S", "M", "L", "XL", "XXL"])
    if q == 1:
        return f"{someone('gd')(c, i)} {any_phone('gd')(c, i)}"
    if q == 2:
        return c.r.choice(["Instagram", "HOTT 98.5 FM", "a friend", "WhatsApp status", "Flyer in Grand Anse"])
    if q == 3:
        return person("gd", ATT, "full")(c, i)
    return c.r.choice(["None", "Vegetarian", "No pork", "Vegan", "None"])


def attendize_tables() -> list[Table]:
    a = lambda f: person("gd", ACC, f, 1965, 2000)            # noqa: E731
    u = lambda f: person("gd", USR, f, 1965, 2003)            # noqa: E731
    b = lambda f: person("gd", BUY, f, 1960, 2006)            # noqa: E731
    t = lambda f: person("gd", ATT, f, 1960, 2008)            # noqa: E731
    return [
        Table(S, "accounts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(255)", "person_name", a("first")),
            C("last_name", "varchar(255)", "person_name", a("last")),
            C("email", "varchar(255)", "email", a("email")),
            C("timezone_id", "integer", "none", const(17)),
            C("date_format_id", "integer", "none", one(1, 2)),
            C("datetime_format_id", "integer", "none", one(1, 2, 3)),
            C("currency_id", "integer", "none", one(1, 7, 7, 7)),
            C("name", "varchar(255)", "none", lambda c, i: ORGS[i % len(ORGS)]),
            C("last_ip", "varchar(255)", "ip_address", a("ip")),
            C("last_login_date", "timestamp", "none", stamps(2023, 2025)),
            C("address1", "varchar(255)", "postal_address", a("a_line")),
            C("address2", "varchar(255)", "none", const(None)),
            C("city", "varchar(255)", "none", a("a_city")),
            C("state", "varchar(255)", "none", one("St. George", "St. Andrew", "St. John", "St. Patrick", "Carriacou")),
            C("postal_code", "varchar(255)", "none", const(None)),
            C("country_id", "integer", "none", const(308)),
            C("active", "boolean", "none", flag(0.9)),
            C("is_banned", "boolean", "none", flag(0.02)),
            C("is_beta", "boolean", "none", flag(0.1)),
            C("stripe_access_token", "varchar(255)", "secret_token", maybe(lambda c, i: "sk_live_" + alnum(c, 24), 0.6)),
            C("stripe_refresh_token", "varchar(255)", "secret_token", maybe(lambda c, i: "rt_" + alnum(c, 32), 0.6)),
            C("stripe_publishable_key", "varchar(255)", "none", maybe(lambda c, i: "pk_live_" + alnum(c, 24), 0.6)),
            C("stripe_data_raw", "text", "none", maybe(lambda c, i: '{"livemode":true,"scope":"read_write",'
                                                                  f'"stripe_user_id":"acct_{alnum(c, 16)}"}}', 0.6)),
            C("payment_gateway_id", "integer", "none", one(1, 2, 3)),
            C("created_at", "timestamp", "none", stamps(2019, 2023)),
        ], rows=N_ACC),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("account_id", "integer", "none", fk(N_ACC, 1)),
            C("first_name", "varchar(255)", "person_name", u("first")),
            C("last_name", "varchar(255)", "person_name", u("last")),
            C("phone", "varchar(255)", "phone", maybe(u("mobile"), 0.6)),
            C("email", "varchar(255)", "email", u("email")),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("confirmation_code", "varchar(255)", "secret_token", lambda c, i: alnum(c, 30, "abcdefghijkmnpqrstuvwxyz0123456789")),
            C("is_registered", "boolean", "none", flag(0.9)),
            C("is_confirmed", "boolean", "none", flag(0.85)),
            C("is_parent", "boolean", "none", lambda c, i: i <= N_ACC),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: alnum(c, 60), 0.5)),
            C("api_token", "varchar(60)", "secret_token", maybe(lambda c, i: alnum(c, 60), 0.3)),
            C("created_at", "timestamp", "none", stamps(2019, 2024)),
        ], rows=N_USR, extra=[fkey(S, "users", "account_id", "accounts", "id")]),
        Table(S, "organisers", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("account_id", "integer", "none", fk(N_ACC, 1)),
            C("name", "varchar(255)", "none", lambda c, i: ORGS[i % len(ORGS)] + ("" if i <= 8 else f" ({i})")),
            C("about", "text", "none", one("Grenada's biggest fete crew since 2009.", "Sunset cruises from Port Louis.",
                                           "Community festival committee.", None)),
            C("email", "varchar(255)", "none", _org_mail),
            C("phone", "varchar(255)", "none", lambda c, i: f"473-44{c.r.choice('0234')}-{digits(c, 4)}"),
            C("confirmation_key", "varchar(255)", "secret_token", lambda c, i: md5(c)),
            C("facebook", "varchar(255)", "none", lambda c, i: f"{ORGS[i % len(ORGS)].split()[0].lower()}gnd"),
            C("twitter", "varchar(255)", "none", maybe(lambda c, i: f"{ORGS[i % len(ORGS)].split()[0]}GD", 0.5)),
            C("logo_path", "varchar(255)", "none", lambda c, i: f"user_content/organiser_images/{md5(c)}.png"),
            C("is_email_confirmed", "boolean", "none", flag(0.9)),
            C("show_twitter_widget", "boolean", "none", flag(0.2)),
            C("tax_name", "varchar(15)", "none", const("VAT")),
            C("tax_value", "numeric(13,2)", "none", const(15)),
            C("tax_id", "varchar(100)", "none", lambda c, i: f"TIN {digits(c, 7)}"),
            C("charge_tax", "boolean", "none", flag(0.7)),
            C("page_bg_color", "varchar(20)", "none", one("#ffffff", "#e4102e", "#007a5e", "#fcd116")),
        ], rows=N_ORG, extra=[fkey(S, "organisers", "account_id", "accounts", "id")]),
        Table(S, "events", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(255)", "none", lambda c, i: f"{EVENTS[i % len(EVENTS)]} {c.r.choice([2023, 2024, 2025])}"),
            C("location", "varchar(255)", "none", one("Grand Anse Beach", "National Stadium", "Port Louis Marina",
                                                      "Gouyave Esplanade", "Spice Basket", "Hillsborough Jetty")),
            C("bg_type", "varchar(15)", "none", one("color", "image")),
            C("description", "text", "none", one("All inclusive: premium drinks and food.", "Bring your mud and paint.",
                                                  "Boat leaves 4 pm sharp.", "Live pan and soca artistes.")),
            C("start_date", "timestamp", "none", stamps(2023, 2025)),
            C("end_date", "timestamp", "none", stamps(2023, 2025)),
            C("on_sale_date", "timestamp", "none", stamps(2023, 2025)),
            C("account_id", "integer", "none", fk(N_ACC, 3)),
            C("user_id", "integer", "none", fk(N_USR, 5)),
            C("currency_id", "integer", "none", one(7, 7, 1)),
            C("sales_volume", "numeric(13,2)", "none", amounts(0, 90000)),
            C("organiser_fees_volume", "numeric(13,2)", "none", amounts(0, 4000)),
            C("organiser_id", "integer", "none", fk(N_ORG, 3)),
            C("venue_name", "varchar(255)", "none", one("Spice Basket", "Kirani James Athletic Stadium",
                                                        "Camerhogne Park", "Port Louis Marina")),
            C("location_address_line_1", "varchar(355)", "none", one("Grand Anse Main Road", "Lagoon Road",
                                                                     "Queen's Park", "Beausejour")),
            C("location_state", "varchar(355)", "none", one("St. George", "St. John", "Carriacou")),
            C("location_country_code", "varchar(3)", "none", const("GD")),
            C("location_lat", "numeric(10,8)", "none", amounts(12.00, 12.48, 6)),
            C("location_long", "numeric(11,8)", "none", amounts(-61.80, -61.45, 6)),
            C("location_google_place_id", "varchar(255)", "none", lambda c, i: "ChIJ" + alnum(c, 23)),
            C("post_order_display_message", "text", "none", one("Show this e-ticket at the gate.", None)),
            C("social_share_text", "text", "none", one("I'm going! Are you?", "Spicemas ready!")),
            C("is_live", "boolean", "none", flag(0.7)),
            C("barcode_type", "varchar(20)", "none", const("QRCODE")),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_EV, extra=[fkey(S, "events", "account_id", "accounts", "id"),
                             fkey(S, "events", "user_id", "users", "id"),
                             fkey(S, "events", "organiser_id", "organisers", "id")]),
        Table(S, "tickets", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("event_id", "integer", "none", fk(N_EV, 1)),
            C("title", "varchar(255)", "none", one("Early Bird", "General", "VIP All Inclusive", "Cooler Pass",
                                                   "Children under 12")),
            C("price", "numeric(13,2)", "none", one(50, 75, 120, 180, 250, 350)),
            C("max_per_person", "integer", "none", one(4, 6, 10, 30)),
            C("quantity_available", "integer", "none", ints(50, 2000)),
            C("quantity_sold", "integer", "none", ints(0, 1500)),
            C("start_sale_date", "timestamp", "none", stamps(2023, 2025)),
            C("end_sale_date", "timestamp", "none", stamps(2023, 2025)),
            C("is_hidden", "boolean", "none", flag(0.1)),
            C("account_id", "integer", "none", fk(N_ACC, 3)),
        ], rows=N_TIX, extra=[fkey(S, "tickets", "event_id", "events", "id"),
                              fkey(S, "tickets", "account_id", "accounts", "id")]),
        Table(S, "orders", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("account_id", "integer", "none", fk(N_ACC, 3)),
            C("order_status_id", "integer", "none", one(1, 1, 1, 2, 3, 4)),
            C("first_name", "varchar(255)", "person_name", b("first")),
            C("last_name", "varchar(255)", "person_name", b("last")),
            C("email", "varchar(255)", "email", b("email")),
            C("ticket_pdf_path", "varchar(155)", "none", lambda c, i: f"user_content/pdf_tickets/{alnum(c, 10)}.pdf"),
            C("order_reference", "varchar(15)", "none", lambda c, i: alnum(c, 5) + "-" + str(i)),
            C("transaction_id", "varchar(50)", "none", maybe(lambda c, i: "ch_" + alnum(c, 24), 0.8)),
            C("booking_fee", "numeric(13,2)", "none", amounts(0, 12)),
            C("order_date", "timestamp", "none", stamps(2023, 2025)),
            C("notes", "text", "free_text_may_contain_pii", _order_notes),
            C("is_refunded", "boolean", "none", flag(0.05)),
            C("amount", "numeric(13,2)", "none", amounts(50, 1400)),
            C("event_id", "integer", "none", fk(N_EV, 7)),
            C("is_payment_received", "boolean", "none", flag(0.9)),
            C("is_business", "boolean", "none", lambda c, i: i % 9 == 0),
            C("business_name", "varchar(255)", "none", lambda c, i: ORGS[i % 8] if i % 9 == 0 else None),
            C("business_tax_number", "varchar(255)", "none", lambda c, i: f"TIN {digits(c, 7)}" if i % 9 == 0 else None),
            C("business_address_line_one", "varchar(255)", "none",
              lambda c, i: f"{c.r.randint(1, 40)} Young Street, St. George's" if i % 9 == 0 else None),
            C("created_at", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_ORD, extra=[fkey(S, "orders", "account_id", "accounts", "id"),
                              fkey(S, "orders", "event_id", "events", "id")]),
        Table(S, "attendees", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("order_id", "integer", "none", fk(N_ORD, 1)),
            C("event_id", "integer", "none", fk(N_EV, 7)),
            C("ticket_id", "integer", "none", fk(N_TIX, 3)),
            C("first_name", "varchar(255)", "person_name", t("first")),
            C("last_name", "varchar(255)", "person_name", t("last")),
            C("email", "varchar(255)", "email", t("email")),
            C("reference_index", "integer", "none", ints(1, 6)),
            C("private_reference_number", "integer", "none", lambda c, i: int(digits(c, 9)) + 10 ** 8),
            C("is_cancelled", "boolean", "none", flag(0.04)),
            C("has_arrived", "boolean", "none", flag(0.6)),
            C("arrival_time", "timestamp", "none", maybe(stamps(2023, 2025), 0.6)),
            C("account_id", "integer", "none", fk(N_ACC, 3)),
        ], rows=N_ATT, extra=[fkey(S, "attendees", "order_id", "orders", "id"),
                              fkey(S, "attendees", "event_id", "events", "id"),
                              fkey(S, "attendees", "ticket_id", "tickets", "id")]),
        Table(S, "questions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "text", "none", lambda c, i: QUESTIONS[i % len(QUESTIONS)]),
            C("question_type_id", "integer", "none", one(1, 2, 3)),
            C("account_id", "integer", "none", fk(N_ACC, 1)),
            C("is_required", "boolean", "none", flag(0.4)),
            C("sort_order", "integer", "none", ints(1, 5)),
        ], rows=N_Q, extra=[fkey(S, "questions", "account_id", "accounts", "id")]),
        Table(S, "question_answers", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("attendee_id", "integer", "none", seq()),
            C("event_id", "integer", "none", fk(N_EV, 7)),
            C("question_id", "integer", "none", lambda c, i: (i * 3) % N_Q + 1),
            C("account_id", "integer", "none", fk(N_ACC, 3)),
            C("answer_text", "text", "free_text_may_contain_pii", _answer),
        ], rows=150, extra=[fkey(S, "question_answers", "attendee_id", "attendees", "id"),
                            fkey(S, "question_answers", "question_id", "questions", "id")]),
        Table(S, "messages", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("message", "text", "none", one("Gates open at 3 pm. Bring ID for the bar.", "The boat ride is moved to "
                                             "Saturday because of the weather.", "Thank you for partying with us!")),
            C("subject", "varchar(255)", "none", one("Event update", "Reminder", "Thank you")),
            C("recipients", "varchar(255)", "none", one("all", "ticket_1", "ticket_2")),
            C("account_id", "integer", "none", fk(N_ACC, 3)),
            C("user_id", "integer", "none", fk(N_USR, 5)),
            C("event_id", "integer", "none", fk(N_EV, 7)),
            C("is_sent", "boolean", "none", flag(0.9)),
            C("sent_at", "timestamp", "none", stamps(2023, 2025)),
        ], rows=80, extra=[fkey(S, "messages", "event_id", "events", "id")]),
        Table(S, "event_stats", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("date", "date", "none", dates(2023, 2025)),
            C("views", "integer", "none", ints(0, 900)),
            C("unique_views", "integer", "none", ints(0, 600)),
            C("tickets_sold", "integer", "none", ints(0, 300)),
            C("sales_volume", "numeric(13,2)", "none", amounts(0, 20000)),
            C("event_id", "integer", "none", fk(N_EV, 1)),
        ], rows=120, extra=[fkey(S, "event_stats", "event_id", "events", "id")]),
        Table(S, "affiliates", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", one("hott985", "boss-fm", "instagram-bio", "whatsapp", "flyer-qr",
                                                  "spicemas-app")),
            C("visits", "integer", "none", ints(0, 3000)),
            C("tickets_sold", "integer", "none", ints(0, 200)),
            C("last_visit", "timestamp", "none", stamps(2024, 2025)),
            C("event_id", "integer", "none", fk(N_EV, 1)),
        ], rows=90, extra=[fkey(S, "affiliates", "event_id", "events", "id")]),
    ]
