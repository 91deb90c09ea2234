"""aj_qloapps: QloApps 1.6 (the PrestaShop-based hotel booking system, qlo_* tables) as recalled from its public
install SQL, for a small beach hotel in Palm Beach, Aruba. Guests are mostly from the US and Aruba."""
from __future__ import annotations

from .blind26_gens import C, amounts, const, dates, digits, fk, fkey, hexs, ints, maybe, md5, one, seq, stamps
from .blind34_gens import any_name, person
from .gens import Table

S = "aj_qloapps"
CUS, EMP = "qlo.customer", "qlo.employee"
N_CUS, N_EMP, N_ORD = 140, 12, 130


def _cc(i: int) -> str:
    return "aw" if i % 3 == 0 else "us"


def cu(f: str):
    return lambda c, i: person(_cc(i), CUS, f, 1950, 2003)(c, i)


def _ip_long(c, i):
    return (c.r.choice([24, 71, 98, 173, 190, 200]) << 24) + c.r.randrange(1 << 24)


def _note(c, i):
    return c.r.choice([None, None, "Honeymoon - champagne on arrival", "Repeat guest, prefers ocean view 2nd floor",
                       f"Travel agent {any_name('us')(c, i)} booked; invoice to agency",
                       f"Late arrival JetBlue B6 {c.r.randint(600, 999)}, call {cu('mobile')(c, i)}",
                       "Asked for crib in room"])


def _msg(c, i):
    return c.r.choice(["Can we get an early check-in? Our flight lands at 9am.", "Is the airport shuttle included?",
                       f"Please add my husband {any_name('us')(c, i)} to the reservation.",
                       "My daughter has a severe peanut allergy, can the kitchen accommodate?",
                       f"Bon dia, mi number ta {person('aw', CUS, 'mobile')(c, i)}, yama mi pa e transfer.",
                       "Thank you for a lovely stay!"])


def qloapps_tables() -> list[Table]:
    e = lambda f: person("aw", EMP, f, 1970, 2000)     # noqa: E731
    return [
        Table(S, "qlo_employee", [
            C("id_employee", "integer PRIMARY KEY", "none", seq()),
            C("id_profile", "integer", "none", one(1, 2, 3, 3)),
            C("id_lang", "integer", "none", const(1)),
            C("lastname", "varchar(32)", "person_name", e("last")),
            C("firstname", "varchar(32)", "person_name", e("first")),
            C("email", "varchar(128)", "email", lambda c, i: f"{e('user')(c, i)}@palmbreeze.aw"),
            C("passwd", "varchar(60)", "credentials", lambda c, i: md5(c)),
            C("last_passwd_gen", "timestamp", "none", stamps(2023, 2025)),
            C("bo_color", "varchar(32)", "none", maybe(one("#FF5450", "#4A90E2"), 0.2)),
            C("bo_theme", "varchar(32)", "none", const("default")),
            C("active", "smallint", "none", one(1, 1, 0)),
            C("last_connection_date", "date", "none", dates(2024, 2025)),
            C("reset_password_token", "varchar(40)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.3)),
            C("reset_password_validity", "timestamp", "none", maybe(stamps(2024, 2025), 0.3)),
        ], rows=N_EMP),
        Table(S, "qlo_customer", [
            C("id_customer", "integer PRIMARY KEY", "none", seq()),
            C("id_shop", "integer", "none", const(1)),
            C("id_gender", "integer", "none", lambda c, i: 1 if cu("sex")(c, i) == "M" else 2),
            C("id_default_group", "integer", "none", one(3, 3, 2)),
            C("id_lang", "integer", "none", one(1, 1, 2)),
            C("company", "varchar(64)", "none", maybe(one("Caribbean Sun Tours", "Setar N.V.", "Kodak Alaska"), 0.1)),
            C("siret", "varchar(14)", "none", const(None)),
            C("firstname", "varchar(32)", "person_name", cu("first")),
            C("lastname", "varchar(32)", "person_name", cu("last")),
            C("email", "varchar(128)", "email", cu("email")),
            C("passwd", "varchar(60)", "credentials", lambda c, i: md5(c)),
            C("last_passwd_gen", "timestamp", "none", stamps(2021, 2025)),
            C("birthday", "date", "birth_date", maybe(cu("birth"), 0.6)),
            C("newsletter", "smallint", "none", one(0, 1)),
            C("ip_registration_newsletter", "varchar(15)", "ip_address", maybe(cu("ip"), 0.5)),
            C("newsletter_date_add", "timestamp", "none", maybe(stamps(2021, 2025), 0.5)),
            C("optin", "smallint", "none", one(0, 1)),
            C("website", "varchar(128)", "none", const(None)),
            C("secure_key", "varchar(32)", "secret_token", lambda c, i: md5(c)),
            C("note", "text", "free_text_may_contain_pii", _note),
            C("active", "smallint", "none", const(1)),
            C("is_guest", "smallint", "none", one(0, 1)),
            C("deleted", "smallint", "none", const(0)),
            C("date_add", "timestamp", "none", stamps(2020, 2025)),
            C("date_upd", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_CUS),
        Table(S, "qlo_address", [
            C("id_address", "integer PRIMARY KEY", "none", seq()),
            C("id_country", "integer", "none", lambda c, i: 240 if _cc(i) == "aw" else 21),
            C("id_customer", "integer", "none", seq()),
            C("alias", "varchar(32)", "none", const("My address")),
            C("company", "varchar(255)", "none", const(None)),
            C("lastname", "varchar(255)", "person_name", cu("last")),
            C("firstname", "varchar(255)", "person_name", cu("first")),
            C("address1", "varchar(128)", "postal_address", cu("a_line")),
            C("address2", "varchar(128)", "postal_address", maybe(lambda c, i: f"Apt {c.r.randint(1, 40)}{c.r.choice('ABC')}", 0.2)),
            C("postcode", "varchar(12)", "postal_address", cu("a_postcode")),
            C("city", "varchar(64)", "none", cu("a_city")),
            C("other", "text", "none", maybe(one("Deliver invoice by e-mail", "Corporate rate"), 0.1)),
            C("phone", "varchar(32)", "phone", maybe(cu("mobile"), 0.5)),
            C("phone_mobile", "varchar(32)", "phone", cu("mobile")),
            C("vat_number", "varchar(32)", "none", const(None)),
            C("dni", "varchar(16)", "national_id", maybe(lambda c, i: person("aw", CUS, "natid")(c, i) if _cc(i) == "aw"
                                                         else None, 0.9)),
            C("date_add", "timestamp", "none", stamps(2020, 2025)),
            C("active", "smallint", "none", const(1)),
            C("deleted", "smallint", "none", const(0)),
        ], rows=N_CUS, extra=[fkey(S, "qlo_address", "id_customer", "qlo_customer", "id_customer")]),
        Table(S, "qlo_orders", [
            C("id_order", "integer PRIMARY KEY", "none", seq()),
            C("reference", "varchar(9)", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(9))),
            C("id_customer", "integer", "none", fk(N_CUS, 3)),
            C("id_cart", "integer", "none", seq(400)),
            C("id_currency", "integer", "none", one(1, 1, 2)),
            C("id_address_invoice", "integer", "none", fk(N_CUS, 3)),
            C("current_state", "integer", "none", one(2, 5, 6, 12)),
            C("secure_key", "varchar(32)", "secret_token", lambda c, i: md5(c)),
            C("payment", "varchar(255)", "none", one("Stripe", "Pay at hotel", "Bank wire")),
            C("module", "varchar(255)", "none", one("stripe_official", "cheque", "bankwire")),
            C("total_paid", "numeric(20,6)", "none", amounts(180, 6400)),
            C("total_paid_real", "numeric(20,6)", "none", amounts(0, 6400)),
            C("invoice_number", "integer", "none", seq(2000)),
            C("date_add", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_ORD, extra=[fkey(S, "qlo_orders", "id_customer", "qlo_customer", "id_customer"),
                                fkey(S, "qlo_orders", "id_address_invoice", "qlo_address", "id_address")]),
        Table(S, "qlo_order_payment", [
            C("id_order_payment", "integer PRIMARY KEY", "none", seq()),
            C("order_reference", "varchar(9)", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(9))),
            C("id_currency", "integer", "none", const(1)),
            C("amount", "numeric(10,2)", "none", amounts(90, 3000)),
            C("payment_method", "varchar(255)", "none", one("Stripe", "Pay at hotel")),
            C("transaction_id", "varchar(254)", "none", lambda c, i: "ch_3" + hexs(c, 24)),
            C("card_number", "varchar(254)", "none", lambda c, i: f"**** **** **** {digits(c, 4)}",
              "masked by the payment module, last four digits only"),
            C("card_brand", "varchar(254)", "none", one("Visa", "MasterCard", "AmEx")),
            C("card_expiration", "char(7)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(2025, 2030)}"),
            C("card_holder", "varchar(254)", "person_name", lambda c, i: cu("full")(c, fk(N_CUS, 3)(c, i)).upper()),
            C("date_add", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_ORD),
        Table(S, "qlo_htl_booking_detail", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("id_product", "integer", "none", one(1, 2, 3, 4)),
            C("id_order", "integer", "none", fk(N_ORD, 1)),
            C("id_room", "integer", "none", ints(1, 36)),
            C("id_hotel", "integer", "none", const(1)),
            C("id_customer", "integer", "none", fk(N_CUS, 3)),
            C("booking_type", "smallint", "none", one(1, 1, 2)),
            C("comment", "text", "free_text_may_contain_pii", maybe(_msg, 0.3)),
            C("check_in", "timestamp", "none", maybe(stamps(2023, 2025))),
            C("check_out", "timestamp", "none", maybe(stamps(2023, 2025))),
            C("date_from", "timestamp", "none", stamps(2023, 2025)),
            C("date_to", "timestamp", "none", stamps(2023, 2025)),
            C("total_price_tax_incl", "numeric(20,6)", "none", amounts(180, 4200)),
            C("hotel_name", "varchar(255)", "none", const("Palm Breeze Boutique Hotel")),
            C("room_type_name", "varchar(255)", "none", one("Deluxe Ocean View", "Garden Studio", "Family Suite")),
            C("city", "varchar(255)", "none", const("Noord")),
            C("zipcode", "varchar(12)", "none", const(None)),
            C("phone", "varchar(32)", "none", const("+297 586 4410"), "the hotel's phone, copied into each booking"),
            C("email", "varchar(255)", "none", const("reservations@palmbreeze.aw")),
            C("room_num", "varchar(255)", "none", lambda c, i: str(100 + c.r.randint(1, 36))),
            C("adults", "smallint", "none", ints(1, 4)),
            C("children", "smallint", "none", one(0, 0, 1, 2)),
            C("child_ages", "text", "none", one("[]", "[]", "[4]", "[7,11]")),
        ], rows=150, extra=[fkey(S, "qlo_htl_booking_detail", "id_order", "qlo_orders", "id_order"),
                              fkey(S, "qlo_htl_booking_detail", "id_customer", "qlo_customer", "id_customer")]),
        Table(S, "qlo_cart_customer_guest_detail", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("id_cart", "integer", "none", seq(400)),
            C("id_gender", "integer", "none", one(1, 2)),
            C("firstname", "varchar(255)", "person_name", lambda c, i: person("us", "qlo.guest", "first")(c, i)),
            C("lastname", "varchar(255)", "person_name", lambda c, i: person("us", "qlo.guest", "last")(c, i)),
            C("email", "varchar(255)", "email", lambda c, i: person("us", "qlo.guest", "email")(c, i)),
            C("phone", "varchar(32)", "phone", lambda c, i: person("us", "qlo.guest", "mobile")(c, i)),
        ], rows=90),
        Table(S, "qlo_connections", [
            C("id_connections", "integer PRIMARY KEY", "none", seq()),
            C("id_shop", "integer", "none", const(1)),
            C("id_guest", "integer", "none", ints(1, 900)),
            C("id_page", "integer", "none", ints(1, 60)),
            C("ip_address", "bigint", "ip_address", _ip_long, "ip2long() of the visitor"),
            C("date_add", "timestamp", "none", stamps(2024, 2025)),
            C("http_referer", "varchar(255)", "none", maybe(one("https://www.google.com/", "https://www.tripadvisor.com/",
                                                               "https://www.facebook.com/"), 0.6)),
        ], rows=150),
        Table(S, "qlo_customer_message", [
            C("id_customer_message", "integer PRIMARY KEY", "none", seq()),
            C("id_customer_thread", "integer", "none", ints(1, 80)),
            C("id_employee", "integer", "none", maybe(ints(1, N_EMP), 0.4)),
            C("message", "text", "free_text_may_contain_pii", _msg),
            C("file_name", "varchar(18)", "none", maybe(lambda c, i: hexs(c, 12) + ".pdf", 0.1)),
            C("ip_address", "varchar(16)", "ip_address", lambda c, i: cu("ip")(c, i)),
            C("user_agent", "varchar(128)", "none", one("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                                       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0")),
            C("private", "smallint", "none", one(0, 0, 1)),
            C("read", "smallint", "none", one(0, 1)),
            C("date_add", "timestamp", "none", stamps(2023, 2025)),
        ], rows=110, extra=[fkey(S, "qlo_customer_message", "id_employee", "qlo_employee", "id_employee")]),
    ]
