"""n_saleor: a Norwegian bicycle shop (Sykkelverkstedet AS, Bergen) on Saleor 3 (Django models, app_model tables,
JSONB metadata, uuid order ids). Names, streets and postcodes are Norwegian and typed by hand."""
from __future__ import annotations

import datetime as dt

from .blind11_gens import (bcrypt, card_number, day, digits, fixed_uuid, fk, fk_uuid, flag, hexstr, ipv4, jdump, maybe,
                           money, part, per_row, person_maker, pick, pid, rand_uuid, rint, stamp, token)
from .gens import Col as C, Table as T

S = "n_saleor"
MALE = ("Ola", "Lars", "Magnus", "Henrik", "Sindre", "Eirik", "Håkon", "Jonas", "Knut", "Torbjørn", "Øyvind",
        "Anders", "Sverre", "Espen", "Per Kristian", "Vegard", "Stian", "Audun")
FEMALE = ("Ingrid", "Kari", "Silje", "Marte", "Ingeborg", "Solveig", "Hanne", "Ragnhild", "Tone", "Sigrid", "Nora",
          "Thea", "Åse", "Marit", "Liv", "Guro", "Synnøve", "Kristin")
SURNAMES = ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Haugen", "Bakke", "Solberg", "Lunde", "Berg", "Strand", "Dahl", "Eide", "Moen", "Halvorsen",
            "Sæther", "Fjeld", "Aasen", "Nygård", "Vik", "Myklebust", "Tveit", "Hatlevik", "Grønningsæter")
DOMAINS = ("gmail.com", "online.no", "hotmail.no", "outlook.com", "icloud.com", "live.no", "broadpark.no")
STREETS = ("Storgata", "Kirkeveien", "Thereses gate", "Bogstadveien", "Møllendalsveien", "Kongens gate", "Fjellveien",
           "Skoleveien", "Nedre Slottsgate", "Strandgata", "Elvegata", "Bjørnstjerne Bjørnsons gate", "Kalfarveien",
           "Nygårdsgaten", "Sandviksveien", "Olav Kyrres gate", "Lyderhorns vei", "Inndalsveien")
TOWNS = (("0152", "OSLO"), ("0355", "OSLO"), ("0474", "OSLO"), ("5003", "BERGEN"), ("5006", "BERGEN"),
         ("5059", "BERGEN"), ("5145", "FYLLINGSDALEN"), ("7011", "TRONDHEIM"), ("4006", "STAVANGER"),
         ("9008", "TROMSØ"), ("3015", "DRAMMEN"), ("4612", "KRISTIANSAND S"), ("2317", "HAMAR"),
         ("6002", "ÅLESUND"), ("1606", "FREDRIKSTAD"), ("8006", "BODØ"), ("5411", "STORD"), ("5700", "VOSS"))


def _phone(c, i):
    n = f"{c.r.choice('94')}{c.r.randint(0, 9)}{c.r.randint(100000, 999999)}"
    return c.r.choice([f"+47{n}", f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}"])


_P = person_maker(MALE, FEMALE, SURNAMES, DOMAINS, _phone, 1950, 55)


def _addr(c, i):
    p = _P(c, i)
    code, town = c.r.choice(TOWNS)
    return dict(p, street=f"{c.r.choice(STREETS)} {c.r.randint(1, 140)}{c.r.choice(['', '', '', 'A', 'B'])}",
                street2=c.r.choice(["", "", "", f"H0{c.r.randint(1, 4)}0{c.r.randint(1, 3)}", "c/o Bakke"]),
                code=code, town=town)


USER = per_row("saleor.user", _addr)
ADDR = per_row("saleor.address", _addr)
PAY = per_row("saleor.payment", _addr)
CHK = per_row("saleor.checkout", _addr)
ORD = per_row("saleor.order", _addr)

NOTES = ("Stamkunde, ønsker å bli ringt på {phone} når sykkelen er klar.", "Fikk feil størrelse på ramme, byttet.",
         "Reklamasjon på nav, sendt til leverandør.", "Kunden heter egentlig {full}, kontoen står på kona.",
         "Ikke send SMS, bruk e-post {email}.", "Henter selv i butikken.", "")
ORDER_NOTES = ("Kan leveres på døra.", "Ring {phone} før levering", "Gave – ikke legg ved kvittering", "",
               "Leveres til {full}, kodelås 2417", "Hentes av {full}", "")
BIKES = (("Trek Domane AL 2", "TRK-DOM-AL2-56", 11990), ("Merida Scultura 400", "MER-SCU-400-54", 17490),
         ("DBS Intruder Hybrid", "DBS-INT-H-L", 8999), ("Specialized Turbo Vado 4.0", "SPZ-VADO4-M", 42990),
         ("Kjedeolje Finish Line Wet 120 ml", "FL-WET-120", 129), ("Schwalbe Marathon Plus 700x35", "SCH-MP-70035",
         549), ("Abus Granit X-Plus 540", "ABUS-540", 1199), ("Service Stor", "SRV-STOR", 1490),
         ("Piggdekk Nokian Hakkapeliitta W240", "NOK-W240-622", 749))


def _note(pool, bundle):
    return lambda c, i: c.r.choice(pool).format(**bundle(c, i))


def _search_doc(c, i):
    u = USER(c, i)
    return f"{u['email']}\n{u['first'].lower()}\n{u['last'].lower()}\n{u['street'].lower()}\n{u['code']}\n{u['phone']}\n"


def _private_meta(c, i):
    u = USER(c, i)
    return jdump({"crm.kundenr": f"K-{10000 + i}", "crm.fodselsdato": u["birth"].isoformat()})


def _customer_event(c, i):
    kind = c.r.choice(["ACCOUNT_CREATED", "PLACED_ORDER", "NOTE_ADDED", "EMAIL_ASSIGNED", "NAME_ASSIGNED"])
    p = _P(c, i)
    params = {"ACCOUNT_CREATED": {}, "PLACED_ORDER": {"order_number": str(c.r.randint(1000, 2000))},
              "NOTE_ADDED": {"message": f"Ringte kunden på {p['phone']}"}, "EMAIL_ASSIGNED": {"message": p["email"]},
              "NAME_ASSIGNED": {"message": p["full"]}}[kind]
    return kind, jdump(params)


EVT = per_row("saleor.event", _customer_event)


def _gateway_response(c, i):
    return jdump({"pspReference": token(16, "", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")(c, i),
                  "resultCode": c.r.choice(["Authorised", "Refused", "Pending"]),
                  "merchantReference": f"SV-{c.r.randint(1000, 2000)}"})


def saleor_tables() -> list[T]:
    n = S
    order = fixed_uuid("saleor.order")
    return [
        T(n, "channel_channel", [pid(), C("name", "varchar(250)", "none", pick("Nettbutikk", "Butikk Bergen")),
          C("slug", "varchar(255)", "none", pick("nettbutikk", "bergen")),
          C("currency_code", "varchar(3)", "none", pick("NOK")),
          C("default_country", "varchar(2)", "none", pick("NO")), C("is_active", "boolean", "none", flag(0.9))], rows=4),
        T(n, "account_address", [pid(),
          C("first_name", "varchar(256)", "person_name", part(ADDR, "first")),
          C("last_name", "varchar(256)", "person_name", part(ADDR, "last")),
          C("company_name", "varchar(256)", "none", maybe(0.2, pick("Bergen CK", "Equinor ASA", "Sykkelbud AS"))),
          C("street_address_1", "varchar(256)", "postal_address", part(ADDR, "street")),
          C("street_address_2", "varchar(256)", "postal_address", part(ADDR, "street2")),
          C("city", "varchar(256)", "none", part(ADDR, "town")),
          C("city_area", "varchar(128)", "none", pick("", "", "Årstad", "Laksevåg", "Frogner")),
          C("postal_code", "varchar(20)", "postal_address", part(ADDR, "code")),
          C("country", "varchar(2)", "none", pick("NO")),
          C("country_area", "varchar(128)", "none", pick("", "Vestland", "Oslo", "Trøndelag")),
          C("phone", "varchar(128)", "phone", part(ADDR, "phone")),
          C("metadata", "jsonb", "none", pick("{}")),
          C("private_metadata", "jsonb", "none", pick("{}")),
          C("validation_skipped", "boolean", "none", flag(0.05))], rows=150),
        T(n, "account_user", [pid(),
          C("password", "varchar(128)", "credentials", bcrypt),
          C("last_login", "timestamptz", "none", stamp()),
          C("email", "varchar(254)", "email", part(USER, "email")),
          C("is_staff", "boolean", "none", flag(0.05)),
          C("is_active", "boolean", "none", flag(0.95)),
          C("note", "text", "free_text_may_contain_pii", maybe(0.5, _note(NOTES, USER))),
          C("date_joined", "timestamptz", "none", stamp(2019, 5)),
          C("default_billing_address_id", "int", "none", rint(1, 150)),
          C("default_shipping_address_id", "int", "none", rint(1, 150)),
          C("first_name", "varchar(256)", "person_name", part(USER, "first")),
          C("last_name", "varchar(256)", "person_name", part(USER, "last")),
          C("private_metadata", "jsonb", "birth_date", _private_meta),
          C("metadata", "jsonb", "none", lambda c, i: jdump({"nyhetsbrev": c.r.choice(["ja", "nei"])})),
          C("jwt_token_key", "varchar(12)", "secret_token", token(12)),
          C("language_code", "varchar(35)", "none", pick("nb", "nb", "nn", "en")),
          C("search_document", "text", "free_text_may_contain_pii", _search_doc),
          C("updated_at", "timestamptz", "none", stamp()),
          C("avatar", "varchar(100)", "none", maybe(0.1, lambda c, i: f"user-avatars/{hexstr(12)(c, i)}.jpg")),
          C("last_password_reset_request", "timestamptz", "none", maybe(0.2, stamp())),
          C("is_confirmed", "boolean", "none", flag(0.9)),
          C("uuid", "uuid", "none", rand_uuid),
          C("external_reference", "varchar(250)", "none", lambda c, i: f"VISMA-{20000 + i}")], rows=120,
          extra=[fk(n, "account_user", "default_billing_address_id", "account_address"),
                 fk(n, "account_user", "default_shipping_address_id", "account_address")]),
        T(n, "account_user_addresses", [pid(), C("user_id", "int", "none", rint(1, 120)),
          C("address_id", "int", "none", rint(1, 150))], rows=140,
          extra=[fk(n, "account_user_addresses", "user_id", "account_user"),
                 fk(n, "account_user_addresses", "address_id", "account_address")]),
        T(n, "order_order", [C("id", "uuid PRIMARY KEY", "none", order),
          C("number", "int", "none", lambda c, i: 1000 + i),
          C("created_at", "timestamptz", "none", stamp()),
          C("updated_at", "timestamptz", "none", stamp()),
          C("status", "varchar(32)", "none", pick("unfulfilled", "fulfilled", "canceled", "returned")),
          C("user_id", "int", "none", maybe(0.8, rint(1, 120))),
          C("user_email", "varchar(254)", "email", part(ORD, "email")),
          C("billing_address_id", "int", "none", rint(1, 150)),
          C("shipping_address_id", "int", "none", rint(1, 150)),
          C("channel_id", "int", "none", rint(1, 4)),
          C("shipping_method_name", "varchar(255)", "none", pick("Posten Pakke i postkassen", "Hent i butikk",
                                                                     "Helthjem", "Bring Hjemlevering")),
          C("total_net_amount", "numeric(20,3)", "none", money(99, 40000)),
          C("total_gross_amount", "numeric(20,3)", "none", money(120, 50000)),
          C("currency", "varchar(3)", "none", pick("NOK")),
          C("customer_note", "text", "free_text_may_contain_pii", _note(ORDER_NOTES, ORD)),
          C("tracking_client_id", "varchar(36)", "none", rand_uuid),
          C("checkout_token", "varchar(36)", "none", rand_uuid),
          C("language_code", "varchar(35)", "none", pick("nb", "en")),
          C("origin", "varchar(32)", "none", pick("checkout", "draft", "reissue")),
          C("weight", "double precision", "none", money(0.1, 25)),
          C("search_vector", "text", "free_text_may_contain_pii",
            lambda c, i: f"{1000 + i} {ORD(c, i)['email']} {ORD(c, i)['full'].lower()} {ORD(c, i)['phone']}"),
          C("private_metadata", "jsonb", "none", lambda c, i: jdump({"visma.ordre": str(c.r.randint(50000, 60000))})),
          C("redirect_url", "varchar(200)", "none", pick("https://sykkelverkstedet.no/kasse/ferdig"))], rows=130,
          extra=[fk(n, "order_order", "user_id", "account_user"), fk(n, "order_order", "channel_id", "channel_channel"),
                 fk(n, "order_order", "billing_address_id", "account_address"),
                 fk(n, "order_order", "shipping_address_id", "account_address")]),
        T(n, "order_orderline", [C("id", "uuid PRIMARY KEY", "none", rand_uuid),
          C("order_id", "uuid", "none", fk_uuid("saleor.order", 130)),
          C("product_name", "varchar(386)", "none", lambda c, i: c.r.choice(BIKES)[0]),
          C("variant_name", "varchar(255)", "none", pick("54 cm", "M", "L", "Svart", "700x35C", "")),
          C("product_sku", "varchar(255)", "none", lambda c, i: c.r.choice(BIKES)[1]),
          C("quantity", "int", "none", rint(1, 3)),
          C("unit_price_net_amount", "numeric(20,3)", "none", money(99, 40000)),
          C("unit_price_gross_amount", "numeric(20,3)", "none", money(120, 50000)),
          C("tax_rate", "numeric(5,4)", "none", pick(0.25)),
          C("is_shipping_required", "boolean", "none", flag(0.8))], rows=150,
          extra=[fk(n, "order_orderline", "order_id", "order_order")]),
        T(n, "payment_payment", [pid(),
          C("gateway", "varchar(255)", "none", pick("saleor.payments.adyen", "mirumee.payments.vipps", "klarna")),
          C("is_active", "boolean", "none", flag(0.9)),
          C("created_at", "timestamptz", "none", stamp()),
          C("charge_status", "varchar(20)", "none", pick("not-charged", "fully-charged", "fully-refunded")),
          C("billing_first_name", "varchar(256)", "person_name", part(PAY, "first")),
          C("billing_last_name", "varchar(256)", "person_name", part(PAY, "last")),
          C("billing_company_name", "varchar(256)", "none", pick("", "", "", "Bergen CK")),
          C("billing_address_1", "varchar(256)", "postal_address", part(PAY, "street")),
          C("billing_address_2", "varchar(256)", "postal_address", part(PAY, "street2")),
          C("billing_city", "varchar(256)", "none", part(PAY, "town")),
          C("billing_postal_code", "varchar(256)", "postal_address", part(PAY, "code")),
          C("billing_country_code", "varchar(2)", "none", pick("NO")),
          C("billing_email", "varchar(254)", "email", part(PAY, "email")),
          C("customer_ip_address", "inet", "ip_address", ipv4),
          C("cc_brand", "varchar(40)", "none", pick("visa", "mc", "")),
          C("cc_first_digits", "varchar(6)", "none", lambda c, i: card_number(c, i)[:6]),
          C("cc_last_digits", "varchar(4)", "none", digits(4)),
          C("cc_exp_month", "int", "none", rint(1, 12)),
          C("cc_exp_year", "int", "none", rint(2026, 2031)),
          C("token", "varchar(512)", "none", token(16, "", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
          C("psp_reference", "varchar(512)", "none", token(16, "", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
          C("total", "numeric(12,3)", "none", money(99, 50000)),
          C("captured_amount", "numeric(12,3)", "none", money(0, 50000)),
          C("currency", "varchar(3)", "none", pick("NOK")),
          C("order_id", "uuid", "none", fk_uuid("saleor.order", 130)),
          C("extra_data", "text", "none", pick("", "{\"vippsPhoneHint\": false}")),
          C("return_url", "varchar(200)", "none", pick("https://sykkelverkstedet.no/kasse/ferdig"))], rows=130,
          extra=[fk(n, "payment_payment", "order_id", "order_order")]),
        T(n, "payment_transaction", [pid(),
          C("created_at", "timestamptz", "none", stamp()),
          C("token", "varchar(512)", "none", token(16, "", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
          C("kind", "varchar(25)", "none", pick("auth", "capture", "refund", "void")),
          C("is_success", "boolean", "none", flag(0.9)),
          C("action_required", "boolean", "none", flag(0.05)),
          C("currency", "varchar(3)", "none", pick("NOK")),
          C("amount", "numeric(12,3)", "none", money(99, 50000)),
          C("error", "text", "none", maybe(0.1, pick("Refused", "CVC Declined", "Expired Card"))),
          C("customer_id", "varchar(256)", "none", maybe(0.5, lambda c, i: f"cus_{token(14)(c, i)}")),
          C("gateway_response", "jsonb", "none", _gateway_response),
          C("payment_id", "int", "none", rint(1, 130)),
          C("already_processed", "boolean", "none", flag(0.5))], rows=150,
          extra=[fk(n, "payment_transaction", "payment_id", "payment_payment")]),
        T(n, "checkout_checkout", [C("token", "uuid PRIMARY KEY", "none", rand_uuid),
          C("created_at", "timestamptz", "none", stamp()),
          C("last_change", "timestamptz", "none", stamp()),
          C("email", "varchar(254)", "email", part(CHK, "email")),
          C("user_id", "int", "none", maybe(0.5, rint(1, 120))),
          C("billing_address_id", "int", "none", maybe(0.7, rint(1, 150))),
          C("shipping_address_id", "int", "none", maybe(0.7, rint(1, 150))),
          C("note", "text", "free_text_may_contain_pii", _note(ORDER_NOTES, CHK)),
          C("currency", "varchar(3)", "none", pick("NOK")),
          C("country", "varchar(2)", "none", pick("NO")),
          C("voucher_code", "varchar(255)", "none", maybe(0.2, pick("SOMMER25", "BCK2025", "VELKOMMEN10"))),
          C("tracking_code", "varchar(255)", "none", maybe(0.3, pick("utm_source=facebook", "utm_source=strava"))),
          C("channel_id", "int", "none", rint(1, 4))], rows=110,
          extra=[fk(n, "checkout_checkout", "user_id", "account_user"),
                 fk(n, "checkout_checkout", "channel_id", "channel_channel")]),
        T(n, "account_customerevent", [pid(),
          C("date", "timestamptz", "none", stamp()),
          C("type", "varchar(255)", "none", lambda c, i: EVT(c, i)[0]),
          C("parameters", "jsonb", "free_text_may_contain_pii", lambda c, i: EVT(c, i)[1]),
          C("order_id", "uuid", "none", maybe(0.3, fk_uuid("saleor.order", 130))),
          C("user_id", "int", "none", rint(1, 120))], rows=150,
          extra=[fk(n, "account_customerevent", "user_id", "account_user"),
                 fk(n, "account_customerevent", "order_id", "order_order")]),
        T(n, "giftcard_giftcard", [pid(),
          C("code", "varchar(16)", "secret_token", token(16, "", "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")),
          C("created_at", "timestamptz", "none", stamp()),
          C("expiry_date", "date", "none", day(2026, 3)),
          C("last_used_on", "timestamptz", "none", maybe(0.5, stamp())),
          C("is_active", "boolean", "none", flag(0.8)),
          C("initial_balance_amount", "numeric(12,3)", "none", pick(250, 500, 1000, 2000)),
          C("current_balance_amount", "numeric(12,3)", "none", money(0, 2000)),
          C("currency", "varchar(3)", "none", pick("NOK")),
          C("created_by_id", "int", "none", maybe(0.6, rint(1, 120))),
          C("created_by_email", "varchar(254)", "email", lambda c, i: _P(c, i)["email"]),
          C("used_by_email", "varchar(254)", "email", maybe(0.5, lambda c, i: _P(c, i + 7)["email"])),
          C("tag", "varchar(255)", "none", pick("julegave", "bedrift", "konkurranse")),
          C("fulfillment_line_id", "int", "none", lambda c, i: None),
          C("product_id", "int", "none", lambda c, i: None),
          C("expiry_reminder_sent", "date", "none", maybe(0.1, lambda c, i: dt.date(2026, 1, c.r.randint(1, 28))))],
          rows=90, extra=[fk(n, "giftcard_giftcard", "created_by_id", "account_user")]),
    ]
