"""l_pretix: an Austrian festival organiser's pretix ticket shop (Django, pretixbase_ tables with their foreign keys)."""
from __future__ import annotations

import json

from .blind9_gens import (email, fk, fk_sql, full, hexstr, iban, integer, maybe, num, phone, pick, split, stamp,
                          template, token, weighted, who)
from .gens import Col, Ctx, Table, django_pbkdf2, ident

S = "l_pretix"
N_EVENTS, N_ITEMS, N_ORDERS, N_POS, N_Q = 9, 14, 150, 150, 6
AT_TOWNS = [("1020", "Wien"), ("1100", "Wien"), ("4020", "Linz"), ("8010", "Graz"), ("5020", "Salzburg"),
            ("6020", "Innsbruck"), ("3100", "St. Pölten"), ("80331", "München")]
AT_STREETS = ["Praterstraße", "Favoritenstraße", "Landstraßer Hauptstraße", "Herrengasse", "Mariahilfer Straße",
              "Linzer Gasse", "Annenstraße"]
CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ3789"


def at_phone(c: Ctx, i: int) -> str:
    return c.r.choice([f"+43 664 {c.r.randint(1000000, 9999999)}", f"+4369912{c.r.randint(100000, 999999)}",
                       f"0676/{c.r.randint(1000000, 9999999)}", phone("de")(c, i)])


def at_street(c: Ctx, i: int) -> str:
    return f"{c.r.choice(AT_STREETS)} {c.r.randint(1, 140)}" + (f"/{c.r.randint(1, 9)}/{c.r.randint(1, 30)}"
                                                                 if c.r.random() < 0.5 else "")


def name_parts(salt: str) -> object:
    def gen(c: Ctx, i: int) -> str:
        p = who("de", salt, i)
        return json.dumps({"_scheme": "given_family", "given_name": p.first, "family_name": p.last}, ensure_ascii=False)
    return gen


def i18n(*names: str) -> object:
    return lambda c, i: json.dumps({"de": names[(i - 1) % len(names)], "en": names[(i - 1) % len(names)]})


def answer(c: Ctx, i: int) -> tuple[int, str]:
    q = c.r.choices([1, 2, 3, 4], [35, 30, 15, 20])[0]
    return q, {1: c.r.choice(["S", "M", "L", "XL"]),
               2: f"{c.r.randint(1960, 2006)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}",
               3: c.r.choice(["Rollstuhl, brauche Platz auf der Plattform", "Begleitperson (B im Behindertenpass)",
                              "Epilepsie - bitte kein Stroboskop in der Nähe", "Gehbehinderung, Krücken",
                              "Typ-1-Diabetes, muss Insulin mitnehmen"]),
               4: c.r.choice(["Instagram", "Freunde", "FM4", "Plakat", "Newsletter"])}[q]


def payment_info(c: Ctx, i: int) -> str:
    p = who("de", "pretixbase_order", c.r.randint(1, N_ORDERS))
    kind = c.r.choice(["stripe", "banktransfer", "paypal"])
    if kind == "stripe":
        return json.dumps({"id": "pi_3" + token(21)(c, i), "status": "succeeded",
                           "charges": {"data": [{"payment_method_details": {"card": {
                               "brand": c.r.choice(["visa", "mastercard"]), "last4": f"{c.r.randint(0, 9999):04d}",
                               "exp_month": c.r.randint(1, 12), "exp_year": c.r.randint(2025, 2030)}}}]}})
    if kind == "banktransfer":
        return json.dumps({"payer": f"{p.first} {p.last}", "iban": iban("AT", 16)(c, i), "bic": "BKAUATWWXXX",
                           "reference": f"SOUNDWAVE-{token(5, CODE)(c, i)}"}, ensure_ascii=False)
    return json.dumps({"order_id": "7" + token(16)(c, i).upper(), "payer": {"payer_info": {
        "email": p.email, "first_name": p.first, "last_name": p.last}}}, ensure_ascii=False)


LOG_DATA = template('{{"email": "{m}", "invoice_address": true}}', '{{"old_status": "n", "new_status": "p"}}',
                    '{{"position": {p}, "attendee_name": "{n}"}}', '{{"message": "Ticket erneut gesendet an {m}"}}',
                    '{{"provider": "banktransfer", "amount": "89.00"}}',
                    m=email("de", "pretixbase_order"), n=full("de", "pretixbase_orderposition"), p=integer(1, N_POS))
ORDER_COMMENT = template("", "", "Kundin hat angerufen ({t}), Rechnung an Firma ausstellen", "VIP Gästeliste",
                         "Tausch von Tagesticket auf Festivalpass, Differenz bezahlt", "Name geändert auf {n}",
                         t=at_phone, n=full("de", "pretixbase_orderposition"))


def pretix_tables() -> list[Table]:
    fks = [fk_sql(S, "pretixbase_event", "organizer_id", "pretixbase_organizer"),
           fk_sql(S, "pretixbase_item", "event_id", "pretixbase_event"),
           fk_sql(S, "pretixbase_order", "event_id", "pretixbase_event"),
           fk_sql(S, "pretixbase_orderposition", "order_id", "pretixbase_order"),
           fk_sql(S, "pretixbase_orderposition", "item_id", "pretixbase_item"),
           fk_sql(S, "pretixbase_invoiceaddress", "order_id", "pretixbase_order"),
           fk_sql(S, "pretixbase_question", "event_id", "pretixbase_event"),
           fk_sql(S, "pretixbase_questionanswer", "orderposition_id", "pretixbase_orderposition"),
           fk_sql(S, "pretixbase_questionanswer", "question_id", "pretixbase_question"),
           fk_sql(S, "pretixbase_checkin", "position_id", "pretixbase_orderposition"),
           fk_sql(S, "pretixbase_orderpayment", "order_id", "pretixbase_order"),
           fk_sql(S, "pretixbase_logentry", "user_id", "pretixbase_user"),
           fk_sql(S, "banktransfer_banktransaction", "order_id", "pretixbase_order")]
    return [
        Table(S, "pretixbase_organizer", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("name", "varchar(200)", "none", lambda c, i: ["Soundwave Kulturverein", "Donauinsel Events GmbH"][i - 1]),
            Col("slug", "varchar(50)", "none", lambda c, i: ["soundwave", "donauinsel"][i - 1])], rows=2),
        Table(S, "pretixbase_event", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("organizer_id", "integer", "none", fk(2)),
            Col("name", "text", "none", i18n("Soundwave Festival 2024", "Soundwave Winter Club Night", "Jazz am Kanal",
                                             "Soundwave Festival 2025", "Poetry Slam Finale", "Silvester am Donaukanal",
                                             "Kinderkonzert", "Elektro Open Air", "Workshop: DJing für Anfänger*innen")),
            Col("slug", "varchar(50)", "none", lambda c, i: f"ev{2020 + i}"),
            Col("currency", "varchar(10)", "none", pick("EUR")),
            Col("date_from", "timestamptz", "none", stamp(2024)),
            Col("date_to", "timestamptz", "none", stamp(2024)),
            Col("is_public", "boolean", "none", pick(True, True, False)),
            Col("location", "text", "none", i18n("Arena Wien\nBaumgasse 80\n1030 Wien", "Donaukanal, Höhe Schwedenplatz",
                                                 "Posthof Linz, Posthofstraße 43")),
            Col("geo_lat", "double precision", "none", pick(48.1918, 48.2119, 48.3125)),
            Col("geo_lon", "double precision", "none", pick(16.4047, 16.3776, 14.3065)),
            Col("live", "boolean", "none", pick(True, False)),
            Col("plugins", "text", "none", pick("pretix.plugins.banktransfer,pretix.plugins.stripe,pretix.plugins.sendmail")),
            Col("has_subevents", "boolean", "none", pick(False, True))], rows=N_EVENTS),
        Table(S, "pretixbase_item", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("event_id", "integer", "none", fk(N_EVENTS)),
            Col("name", "text", "none", i18n("Festivalpass", "Tagesticket Freitag", "Tagesticket Samstag",
                                             "Camping-Upgrade", "Parkplatz", "Festival-Shirt", "Ermäßigt (Studierende)",
                                             "Begleitperson (kostenlos)", "VIP")),
            Col("active", "boolean", "none", pick(True, True, False)),
            Col("description", "text", "none", pick(None, '{"de": "inkl. Müllpfand 10 €"}',
                                                    '{"de": "Nur mit gültigem Behindertenpass (Eintrag B)"}')),
            Col("default_price", "numeric(13,2)", "none", pick(0, 39, 59, 89, 149, 25)),
            Col("admission", "boolean", "none", pick(True, False)),
            Col("position", "integer", "none", integer(0, 10)),
            Col("require_voucher", "boolean", "none", pick(False, False, True))], rows=N_ITEMS),
        Table(S, "pretixbase_order", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("code", "varchar(16)", "none", token(5, CODE)),
            Col("status", "varchar(3)", "none", weighted({"p": 75, "n": 10, "e": 10, "c": 5})),
            Col("event_id", "integer", "none", fk(N_EVENTS)),
            Col("email", "varchar(254)", "email", maybe(0.97, email("de", "pretixbase_order"))),
            Col("phone", "varchar(128)", "phone", maybe(0.3, at_phone)),
            Col("locale", "varchar(32)", "none", pick("de", "de-informal", "en")),
            Col("datetime", "timestamptz", "none", stamp(2023)),
            Col("expires", "timestamptz", "none", stamp(2023)),
            Col("total", "numeric(13,2)", "none", num(25, 600)),
            Col("secret", "varchar(32)", "secret_token", token(16, "abcdefghijklmnopqrstuvwxyz0123456789")),
            Col("comment", "text", "free_text_may_contain_pii", ORDER_COMMENT),
            Col("checkin_attention", "boolean", "none", pick(False, False, True)),
            Col("meta_info", "text", "free_text_may_contain_pii", lambda c, i: json.dumps({"contact_form_data": {
                "email": who("de", "pretixbase_order", i).email, "email_repeat": who("de", "pretixbase_order", i).email},
                "confirm_messages": []})),
            Col("testmode", "boolean", "none", pick(False)),
            Col("sales_channel", "varchar(190)", "none", pick("web", "web", "pretixpos", "resellers")),
            Col("email_known_to_work", "boolean", "none", pick(True, False))], rows=N_ORDERS),
        Table(S, "pretixbase_orderposition", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("order_id", "integer", "none", fk(N_ORDERS)),
            Col("positionid", "integer", "none", integer(1, 4)),
            Col("item_id", "integer", "none", fk(N_ITEMS)),
            Col("price", "numeric(13,2)", "none", pick(0, 39, 59, 89, 149)),
            Col("attendee_name_cached", "varchar(255)", "person_name", maybe(0.9, full("de", "pretixbase_orderposition"))),
            Col("attendee_name_parts", "text", "person_name", name_parts("pretixbase_orderposition")),
            Col("attendee_email", "varchar(254)", "email", maybe(0.5, email("de", "pretixbase_orderposition"))),
            Col("secret", "varchar(255)", "secret_token", token(32, "abcdefghijklmnopqrstuvwxyz0123456789")),
            Col("pseudonymization_id", "varchar(16)", "none", token(10, CODE)),
            Col("company", "varchar(255)", "none", maybe(0.05, pick("ORF", "Red Bull Media House"))),
            Col("street", "text", "postal_address", maybe(0.2, at_street)),
            Col("zipcode", "varchar(30)", "postal_address", maybe(0.2, lambda c, i: c.r.choice(AT_TOWNS)[0])),
            Col("city", "varchar(255)", "none", maybe(0.2, lambda c, i: c.r.choice(AT_TOWNS)[1])),
            Col("country", "varchar(2)", "none", maybe(0.2, pick("AT", "DE"))),
            Col("canceled", "boolean", "none", pick(False, False, False, True)),
            Col("web_secret", "varchar(32)", "secret_token", token(32, "abcdefghijklmnopqrstuvwxyz0123456789"))],
              rows=N_POS),
        Table(S, "pretixbase_invoiceaddress", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("order_id", "integer", "none", ident),
            Col("is_business", "boolean", "none", lambda c, i: i % 6 == 0),
            Col("company", "varchar(255)", "none", lambda c, i: c.r.choice(["Wiener Linien GmbH", "Kulturamt Linz",
                                                                             "Agentur Blau OG"]) if i % 6 == 0 else ""),
            Col("name_cached", "varchar(255)", "person_name", full("de", "pretixbase_order")),
            Col("name_parts", "text", "person_name", name_parts("pretixbase_order")),
            Col("street", "text", "postal_address", at_street),
            Col("zipcode", "varchar(30)", "postal_address", split("ia", lambda c, i: c.r.choice(AT_TOWNS), 0)),
            Col("city", "varchar(255)", "none", split("ia", lambda c, i: c.r.choice(AT_TOWNS), 1)),
            Col("country", "varchar(2)", "none", weighted({"AT": 80, "DE": 15, "CH": 5})),
            Col("vat_id", "varchar(255)", "none", lambda c, i: f"ATU{c.r.randint(10000000, 99999999)}" if i % 6 == 0
                else ""),
            Col("vat_id_validated", "boolean", "none", lambda c, i: i % 12 == 0),
            Col("internal_reference", "text", "none", lambda c, i: c.r.choice(["PO-2024-118", "KST 4410"]) if i % 6 == 0
                else "")], rows=130),
        Table(S, "pretixbase_question", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("event_id", "integer", "none", fk(N_EVENTS)),
            Col("question", "text", "none", i18n("T-Shirt-Größe", "Geburtsdatum", "Brauchst du Unterstützung vor Ort?",
                                                 "Wie hast du von uns erfahren?", "Firmenname", "Newsletter?")),
            Col("type", "varchar(5)", "none", lambda c, i: ["C", "D", "T", "C", "S", "B"][i - 1]),
            Col("required", "boolean", "none", pick(False, True)),
            Col("identifier", "varchar(190)", "none", token(8, CODE)),
            Col("help_text", "text", "none", pick(None, '{"de": "Freiwillige Angabe, wird nach dem Event gelöscht"}'))],
              rows=N_Q),
        Table(S, "pretixbase_questionanswer", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("orderposition_id", "integer", "none", fk(N_POS)),
            Col("question_id", "integer", "none", split("qa", answer, 0)),
            Col("answer", "text", "health", split("qa", answer, 1)),
            Col("file", "varchar(255)", "none", lambda c, i: None)], rows=140),
        Table(S, "pretixbase_checkin", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("position_id", "integer", "none", fk(N_POS)),
            Col("datetime", "timestamptz", "none", stamp(2024)),
            Col("list_id", "integer", "none", integer(1, 4)),
            Col("type", "varchar(100)", "none", pick("entry", "entry", "exit")),
            Col("nonce", "varchar(190)", "none", token(20)),
            Col("successful", "boolean", "none", pick(True, True, True, False)),
            Col("error_reason", "varchar(100)", "none", pick(None, None, "already_redeemed", "invalid")),
            Col("raw_barcode", "text", "secret_token", token(32, "abcdefghijklmnopqrstuvwxyz0123456789")),
            Col("gate_id", "integer", "none", integer(1, 6)),
            Col("forced", "boolean", "none", pick(False))], rows=150),
        Table(S, "pretixbase_orderpayment", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("order_id", "integer", "none", fk(N_ORDERS)),
            Col("local_id", "integer", "none", integer(1, 3)),
            Col("state", "varchar(190)", "none", pick("confirmed", "confirmed", "created", "refunded", "failed")),
            Col("amount", "numeric(13,2)", "none", num(25, 600)),
            Col("created", "timestamptz", "none", stamp(2023)),
            Col("payment_date", "timestamptz", "none", maybe(0.8, stamp(2023))),
            Col("provider", "varchar(255)", "none", pick("stripe", "banktransfer", "paypal")),
            Col("info", "text", "free_text_may_contain_pii", payment_info)], rows=140),
        Table(S, "pretixbase_user", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("password", "varchar(128)", "credentials", django_pbkdf2),
            Col("last_login", "timestamptz", "none", stamp(2024)),
            Col("email", "varchar(190)", "email", email("de", "pretixbase_user")),
            Col("fullname", "varchar(255)", "person_name", maybe(0.85, full("de", "pretixbase_user"))),
            Col("is_active", "boolean", "none", pick(True)),
            Col("is_staff", "boolean", "none", lambda c, i: i == 1),
            Col("locale", "varchar(50)", "none", pick("de", "en")),
            Col("timezone", "varchar(100)", "none", pick("Europe/Vienna")),
            Col("require_2fa", "boolean", "none", pick(True, False)),
            Col("session_token", "varchar(32)", "secret_token", hexstr(32))], rows=25),
        Table(S, "pretixbase_logentry", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("object_id", "integer", "none", integer(1, N_ORDERS)),
            Col("datetime", "timestamptz", "none", stamp(2023)),
            Col("action_type", "varchar(255)", "none", pick("pretix.event.order.placed", "pretix.event.order.paid",
                                                            "pretix.event.order.contact.changed",
                                                            "pretix.event.order.email.order_placed")),
            Col("data", "text", "free_text_may_contain_pii", LOG_DATA),
            Col("content_type_id", "integer", "none", pick(31, 33)),
            Col("user_id", "integer", "none", fk(25, 0.6)),
            Col("event_id", "integer", "none", fk(N_EVENTS)),
            Col("shredded", "boolean", "none", pick(False, False, True))], rows=150),
        Table(S, "banktransfer_banktransaction", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("event_id", "integer", "none", fk(N_EVENTS)),
            Col("state", "varchar(32)", "none", pick("valid", "valid", "nomatch", "error", "already")),
            Col("message", "text", "none", pick("", "", "Betrag stimmt nicht überein")),
            Col("checksum", "varchar(190)", "none", hexstr(64)),
            Col("payer", "text", "person_name", full("de", "banktransfer_banktransaction", last_first=True)),
            Col("reference", "text", "free_text_may_contain_pii", template(
                "SOUNDWAVE-{o}", "soundwave {o}", "Tickets {n}", "Bestellung {o} Festivalpass", "{o} {n}",
                o=token(5, CODE), n=full("de", "banktransfer_banktransaction"))),
            Col("amount", "numeric(13,2)", "none", num(25, 600)),
            Col("date", "varchar(50)", "none", lambda c, i: f"{c.r.randint(1, 28):02d}.{c.r.randint(1, 12):02d}.2024"),
            Col("order_id", "integer", "none", fk(N_ORDERS, 0.2)),
            Col("iban", "varchar(250)", "iban", iban("AT", 16)),
            Col("bic", "varchar(250)", "none", pick("BKAUATWWXXX", "GIBAATWWXXX", "RZOOAT2L", "OBKLAT2L"))],
              rows=120, extra=fks),
    ]
