"""au_alfio: alf.io (the open-source event ticketing system) as recalled from memory, re-created for the timed-entry
tickets, night openings and pilgrim-group visits of the Vatican Museums; Italian values, with an in-house table of
pilgrimage groups and one of accessibility requests."""
from __future__ import annotations

from .blind26_gens import (C, b64, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           public_ip, seq, sha256, stamps, uuid)
from .blind45_gens import any_mobile, any_name, person
from .gens import Table

S = "au_alfio"
RES, USR, LEAD = "al.reservation", "al.ba_user", "al.capogruppo"
N_EVENT, N_CAT, N_RES, N_TICKET, N_USER = 20, 40, 150, 150, 24
EVENTS = ["Musei Vaticani – ingresso a orario", "Apertura serale del venerdì", "Giardini Vaticani in minibus",
          "Necropoli della Via Triumphalis", "Castel Gandolfo – Palazzo Pontificio", "Cappella Sistina all'alba",
          "Colazione ai Musei", "Visita guidata Stanze di Raffaello"]
CATS = ["Intero", "Ridotto 6-18 anni", "Ridotto studenti under 25", "Gratuito disabili e accompagnatore",
        "Ridotto clero e religiosi", "Gruppo parrocchiale", "Guida autorizzata"]


def _field_value(c, i):
    return c.r.choice([
        c.r.choice(["Italiana", "Polacca", "Filippina", "Brasiliana", "Statunitense", "Irlandese"]),
        f"Passaporto {c.r.choice(['YA', 'YB'])}{digits(c, 7)}", any_mobile("it")(c, i),
        c.r.choice(["Parrocchia San Gioacchino in Prati", "Diocesi di Cracovia", "Arcidiocesi di Manila"]),
        c.r.choice(["Italiano", "English", "Polski", "Português"]), "Sedia a rotelle propria",
        f"Accompagnatore: {any_name('it')(c, i)}"])


def _mail_body(c, i):
    who = person("it", RES, "full")(c, (i * 7) % N_RES + 1)
    return c.r.choice([f"Gentile {who},\n\nin allegato i biglietti per la sua visita ai Musei Vaticani.",
                       f"Dear {who}, your reservation is confirmed. Please show the QR code at the entrance.",
                       f"Gentile {who}, la sua prenotazione è scaduta per mancato pagamento."])


def _group_note(c, i):
    return c.r.choice([None, None, "Due partecipanti in carrozzina", "Gruppo con messa in San Pietro alle 8:00",
                       f"Il parroco don {any_name('it')(c, i).split()[1]} arriva separatamente",
                       f"Referente in loco: {any_name('it')(c, i)}, {any_mobile('it')(c, i)}",
                       "Pagamento con bonifico della parrocchia"])


def alfio_tables() -> list[Table]:
    r = lambda f: person("it", RES, f, 1945, 2006)          # noqa: E731
    u = lambda f: person("it", USR, f, 1965, 1998)          # noqa: E731
    lead = lambda f: person("it", LEAD, f, 1950, 1995)      # noqa: E731
    return [
        Table(S, "organization", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", lambda c, i: ["Musei Vaticani", "Ville Pontificie di Castel Gandolfo",
                                                            "Ufficio Pellegrini"][i - 1]),
            C("description", "varchar(2048)", "none", const("Governatorato dello Stato della Città del Vaticano")),
            C("email", "varchar(255)", "none", lambda c, i: ["biglietteria", "castelgandolfo", "pellegrini"][i - 1]
              + "@museivaticani.example.va"),
            C("slug", "varchar(255)", "none", lambda c, i: ["musei", "castel-gandolfo", "pellegrini"][i - 1]),
        ], rows=3),
        Table(S, "ba_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(255)", "none", lambda c, i: u("user")(c, i)),
            C("password", "varchar(2048)", "credentials", lambda c, i: bcrypt(c, "10", "2a")),
            C("first_name", "varchar(255)", "person_name", u("first")),
            C("last_name", "varchar(255)", "person_name", u("last")),
            C("email_address", "varchar(255)", "email", lambda c, i: f"{u('user')(c, i)}@museivaticani.example.va"),
            C("enabled", "boolean", "none", flag(0.9)),
            C("user_type", "varchar(50)", "none", one("INTERNAL", "INTERNAL", "API_KEY", "DEMO")),
            C("user_creation_time", "timestamp", "none", stamps(2019, 2024)),
            C("description", "varchar(2048)", "none", maybe(one("Cassa Cortile", "Varco ingresso", "Ufficio gruppi"))),
        ], rows=N_USER),
        Table(S, "event", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("short_name", "varchar(2048)", "none", lambda c, i: f"mv-{2024 + i % 2}-{i:02d}"),
            C("display_name", "varchar(255)", "none", lambda c, i: EVENTS[i % len(EVENTS)]),
            C("website_url", "varchar(2048)", "none", const("https://www.museivaticani.example.va")),
            C("location", "varchar(2048)", "none", one("Viale Vaticano, 00120 Città del Vaticano",
                                                       "Piazza della Libertà, 00073 Castel Gandolfo")),
            C("latitude", "varchar(255)", "none", const("41.906487"), comment="venue"),
            C("longitude", "varchar(255)", "none", const("12.453641"), comment="venue"),
            C("start_ts", "timestamp", "none", stamps(2024, 2025)),
            C("end_ts", "timestamp", "none", stamps(2025, 2025)),
            C("time_zone", "varchar(255)", "none", const("Europe/Vatican")),
            C("regular_price_cts", "integer", "none", one(2000, 2500, 4000, 6400)),
            C("currency", "varchar(3)", "none", const("EUR")),
            C("available_seats", "integer", "none", ints(30, 900)),
            C("vat_status", "varchar(50)", "none", const("NONE")),
            C("org_id", "integer", "none", fk(3)),
            C("locales", "integer", "none", one(3, 7, 15)),
            C("status", "varchar(255)", "none", one("PUBLIC", "PUBLIC", "DRAFT", "DISABLED")),
        ], rows=N_EVENT, extra=[fkey(S, "event", "org_id", "organization", "id")]),
        Table(S, "ticket_category", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("inception", "timestamp", "none", stamps(2024, 2024)),
            C("expiration", "timestamp", "none", stamps(2025, 2025)),
            C("max_tickets", "integer", "none", ints(0, 500)),
            C("name", "varchar(255)", "none", lambda c, i: CATS[i % len(CATS)]),
            C("price_cts", "integer", "none", one(0, 800, 1000, 2000, 2500)),
            C("access_restricted", "boolean", "none", flag(0.3)),
            C("event_id", "integer", "none", fk(N_EVENT, 3)),
            C("category_code", "varchar(255)", "none", lambda c, i: f"C{i:03d}"),
        ], rows=N_CAT, extra=[fkey(S, "ticket_category", "event_id", "event", "id")]),
        Table(S, "tickets_reservation", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "varchar(255)", "none", lambda c, i: uuid(c)),
            C("validity", "timestamp", "none", stamps(2024, 2025)),
            C("status", "varchar(255)", "none", one("COMPLETE", "COMPLETE", "COMPLETE", "CANCELLED", "PENDING")),
            C("full_name", "varchar(255)", "person_name", r("full")),
            C("first_name", "varchar(255)", "person_name", r("first")),
            C("last_name", "varchar(255)", "person_name", r("last")),
            C("email_address", "varchar(255)", "email", r("email")),
            C("billing_address", "varchar(4000)", "postal_address", maybe(r("a_full"), 0.4)),
            C("billing_address_company", "varchar(255)", "none", maybe(one("Parrocchia S. Maria Ausiliatrice",
                                                                            "Scuola Media Dante Alighieri"), 0.1)),
            C("billing_address_zip", "varchar(255)", "postal_address", maybe(r("a_post"), 0.4)),
            C("billing_address_city", "varchar(255)", "none", maybe(r("a_town"), 0.4)),
            C("vat_nr", "varchar(255)", "national_id", maybe(r("natid"), 0.3), comment="codice fiscale o partita IVA"),
            C("vat_country", "varchar(2)", "none", maybe(const("IT"), 0.3)),
            C("invoice_requested", "boolean", "none", flag(0.3)),
            C("invoice_number", "varchar(255)", "none", maybe(lambda c, i: f"MV/{2024 + i % 2}/{i:06d}", 0.3)),
            C("confirmation_ts", "timestamp", "none", stamps(2024, 2025)),
            C("payment_method", "varchar(255)", "none", one("STRIPE", "STRIPE", "PAYPAL", "OFFLINE", "ON_SITE")),
            C("user_language", "varchar(20)", "none", one("it", "en", "pl", "pt", "es")),
            C("customer_reference", "varchar(255)", "none", maybe(lambda c, i: f"GR-{digits(c, 5)}", 0.2)),
            C("src_price_cts", "integer", "none", ints(0, 40000)),
            C("final_price_cts", "integer", "none", ints(0, 40000)),
            C("currency_code", "varchar(3)", "none", const("EUR")),
            C("event_id_fk", "integer", "none", fk(N_EVENT, 7)),
            C("phone_number", "varchar(255)", "phone", maybe(r("mobile"), 0.6)),
            C("creation_ts", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_RES, extra=[fkey(S, "tickets_reservation", "event_id_fk", "event", "id")]),
        Table(S, "ticket", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "varchar(255)", "none", lambda c, i: uuid(c)),
            C("public_uuid", "varchar(255)", "none", lambda c, i: uuid(c)),
            C("creation", "timestamp", "none", stamps(2024, 2025)),
            C("category_id", "integer", "none", fk(N_CAT, 11)),
            C("event_id", "integer", "none", fk(N_EVENT, 7)),
            C("status", "varchar(255)", "none", one("ACQUIRED", "ACQUIRED", "CHECKED_IN", "RELEASED")),
            C("tickets_reservation_id", "integer", "none", fk(N_RES, 1)),
            C("full_name", "varchar(255)", "person_name", any_name("it")),
            C("email_address", "varchar(255)", "email", lambda c, i: r("email")(c, i % N_RES + 1)),
            C("locked_assignment", "boolean", "none", flag(0.1)),
            C("user_language", "varchar(20)", "none", one("it", "en", "pl")),
            C("paid_price_cts", "integer", "none", one(0, 800, 2000, 2500)),
            C("reminder_sent", "boolean", "none", flag(0.5)),
            C("ext_reference", "varchar(255)", "none", maybe(lambda c, i: hexs(c, 12), 0.1)),
            C("currency_code", "varchar(3)", "none", const("EUR")),
        ], rows=N_TICKET, extra=[fkey(S, "ticket", "tickets_reservation_id", "tickets_reservation", "id"),
                                 fkey(S, "ticket", "category_id", "ticket_category", "id")]),
        Table(S, "purchase_context_field_value", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ticket_id_fk", "integer", "none", fk(N_TICKET, 3)),
            C("field_configuration_id_fk", "integer", "none", ints(1, 12)),
            C("field_value", "varchar(2048)", "free_text_may_contain_pii", _field_value),
            C("context", "varchar(20)", "none", one("ATTENDEE", "ATTENDEE", "RESERVATION")),
        ], rows=150, extra=[fkey(S, "purchase_context_field_value", "ticket_id_fk", "ticket", "id")]),
        Table(S, "b_transaction", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("gtw_tx_id", "varchar(2048)", "none", lambda c, i: f"ch_{b64(c, 18).replace('/', 'x').replace('+', 'y')}"),
            C("gtw_payment_id", "varchar(2048)", "none", lambda c, i: f"pi_{hexs(c, 24)}"),
            C("reservation_id", "integer", "none", fk(N_RES, 1)),
            C("t_timestamp", "timestamp", "none", stamps(2024, 2025)),
            C("price_cts", "integer", "none", ints(800, 40000)),
            C("currency", "varchar(3)", "none", const("EUR")),
            C("description", "varchar(2048)", "none", const("Ticket purchase")),
            C("payment_proxy", "varchar(2048)", "none", one("STRIPE", "PAYPAL")),
            C("plat_fee", "integer", "none", ints(0, 80)),
            C("gtw_fee", "integer", "none", ints(20, 900)),
            C("status", "varchar(255)", "none", one("COMPLETE", "COMPLETE", "PENDING", "REFUNDED")),
            C("metadata", "jsonb", "none", lambda c, i: '{"card_brand": "%s", "last4": "%s"}'
              % (c.r.choice(["visa", "mastercard", "amex"]), digits(c, 4))),
        ], rows=150, extra=[fkey(S, "b_transaction", "reservation_id", "tickets_reservation", "id")]),
        Table(S, "promo_code", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("promo_code", "varchar(255)", "none", lambda c, i: f"PELL{digits(c, 4)}"),
            C("event_id_fk", "integer", "none", fk(N_EVENT, 3, 4)),
            C("valid_from", "timestamp", "none", stamps(2024, 2024)),
            C("valid_to", "timestamp", "none", stamps(2025, 2025)),
            C("discount_amount", "integer", "none", one(10, 20, 50, 100)),
            C("discount_type", "varchar(255)", "none", one("PERCENTAGE", "FIXED_AMOUNT")),
            C("max_usage", "integer", "none", ints(1, 60)),
            C("description", "varchar(1024)", "none", maybe(one("Gruppi parrocchiali", "Scuole", "Guide"), 0.7)),
            C("email_reference", "varchar(256)", "email", maybe(lambda c, i: lead("email")(c, i), 0.6)),
            C("code_type", "varchar(255)", "none", one("DISCOUNT", "ACCESS")),
        ], rows=90, extra=[fkey(S, "promo_code", "event_id_fk", "event", "id")]),
        Table(S, "email_message", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("event_id", "integer", "none", fk(N_EVENT, 7)),
            C("status", "varchar(255)", "none", one("SENT", "SENT", "WAITING", "ERROR")),
            C("recipient", "varchar(255)", "email", lambda c, i: r("email")(c, (i * 7) % N_RES + 1)),
            C("subject", "varchar(255)", "none", one("I suoi biglietti", "Your tickets", "Prenotazione scaduta")),
            C("message", "text", "free_text_may_contain_pii", _mail_body),
            C("checksum", "varchar(255)", "none", lambda c, i: sha256(c)),
            C("request_ts", "timestamp", "none", stamps(2024, 2025)),
            C("sent_ts", "timestamp", "none", maybe(stamps(2024, 2025), 0.85)),
            C("attempts", "integer", "none", ints(0, 3)),
        ], rows=150, extra=[fkey(S, "email_message", "event_id", "event", "id")]),
        Table(S, "scan_audit", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ticket_uuid", "varchar(255)", "none", lambda c, i: uuid(c)),
            C("scan_ts", "timestamp", "none", stamps(2024, 2025)),
            C("username", "varchar(255)", "none", lambda c, i: u("user")(c, c.r.randint(1, N_USER))),
            C("check_in_status", "varchar(255)", "none", one("SUCCESS", "SUCCESS", "ALREADY_CHECK_IN", "INVALID_TICKET")),
            C("operation", "varchar(255)", "none", one("SCAN", "REVERT")),
            C("device_ip", "varchar(45)", "none", lambda c, i: f"10.12.{c.r.randint(0, 9)}.{c.r.randint(2, 250)}",
              comment="turnstile"),
        ], rows=150),
        Table(S, "pellegrinaggi", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("reservation_id", "integer", "none", fk(N_RES, 11)),
            C("capogruppo", "varchar(160)", "person_name", lead("full")),
            C("cellulare_capogruppo", "varchar(30)", "phone", lead("mobile")),
            C("email_capogruppo", "varchar(160)", "email", lead("email")),
            C("parrocchia", "varchar(160)", "none", one("San Gioacchino in Prati", "Santa Maria Ausiliatrice",
                                                        "Sacro Cuore di Gesù", "Parafia Mariacka, Kraków")),
            C("sacerdote_accompagnatore", "varchar(160)", "person_name", maybe(lambda c, i: "don "
                                                                                 + any_name("it")(c, i), 0.5)),
            C("partecipanti", "integer", "none", ints(8, 60)),
            C("data_visita", "date", "none", dates(2024, 2025)),
            C("messa_richiesta", "boolean", "none", flag(0.4), comment="celebrazione in Basilica"),
            C("note", "text", "free_text_may_contain_pii", _group_note),
            C("ip_richiesta", "inet", "ip_address", lambda c, i: public_ip(c, (79, 93, 151, 2, 87, 5))),
        ], rows=100, extra=[fkey(S, "pellegrinaggi", "reservation_id", "tickets_reservation", "id")]),
        Table(S, "richieste_accessibilita", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ticket_id", "integer", "none", fk(N_TICKET, 13)),
            C("tipo_disabilita", "varchar(60)", "health", one("Motoria (carrozzina)", "Visiva", "Uditiva",
                                                              "Cognitiva", "Invalidità ≥ 74%")),
            C("certificato_verificato", "boolean", "none", flag(0.8)),
            C("accompagnatore", "boolean", "none", flag(0.7)),
            C("carrozzina_museo", "boolean", "health", flag(0.3), comment="wheelchair lent at the entrance"),
            C("richiesta_il", "date", "none", dates(2024, 2025)),
        ], rows=80, extra=[fkey(S, "richieste_accessibilita", "ticket_id", "ticket", "id")]),
    ]
