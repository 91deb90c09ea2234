"""az_zencart: a Zen Cart (open-source PHP shop) database of a small online shop selling to Britain and the US,
in Zen Cart's own table and column names: customers, address book, orders, products, manufacturers, admins."""
from __future__ import annotations

from .blind26_gens import (C, alnum, amounts, bcrypt, card, fk, fkey, hexs, ints, maybe, md5, one,
                           public_ip, seq, stamps)
from .blind50_gens import name, person
from .gens import Table

S = "az_zencart"
CUS, ADM = "zc.customer", "zc.admin"
N_CUS, N_ORD, N_MAN, N_PROD, N_ADM = 140, 150, 24, 110, 8


def _comment(c, i):
    return c.r.choice([None, None, "Please leave with neighbour at no. 12 if out.",
                       f"Gift for my mum {name('us')(c, i)} - no invoice in the box please",
                       "Ring doorbell twice.", f"Call me on {person('us', CUS, 'mobile')(c, i)} before delivery"])


def zencart_tables() -> list[Table]:
    p = lambda f: person("us", CUS, f)                        # noqa: E731
    a = lambda f: person("us", ADM, f, 1970, 1998)            # noqa: E731
    return [
        Table(S, "admin", [
            C("admin_id", "integer PRIMARY KEY", "none", seq()),
            C("admin_name", "varchar(32)", "none", a("user"), comment="login, first.last"),
            C("admin_email", "varchar(96)", "email", lambda c, i: a("user")(c, i) + "@shop.example.co.uk"),
            C("admin_profile", "integer", "none", one(1, 2)),
            C("admin_pass", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("prev_pass1", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("pwd_last_change_date", "timestamp", "none", stamps(2023, 2025)),
            C("last_login_ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (81, 86, 92, 109, 212))),
            C("failed_logins", "integer", "none", ints(0, 4)),
            C("lockout_expires", "integer", "none", ints(0, 0)),
        ], rows=N_ADM),
        Table(S, "manufacturers", [
            C("manufacturers_id", "integer PRIMARY KEY", "none", seq()),
            C("manufacturers_name", "varchar(32)", "none", lambda c, i: c.r.choice(
                ["Hebden Tea Co", "Norfolk Linen Ltd", "Ashby Pottery", "Glen Affric Soaps", "Brecon Candles",
                 "Tamar Valley Honey", "Kestrel Outdoor"]) + f" {i}"),
            C("manufacturers_image", "varchar(64)", "none", lambda c, i: f"manufacturers/m{i}.png"),
            C("manufacturers_url", "varchar(255)", "none", lambda c, i: f"https://supplier{i}.example.co.uk"),
            C("sales_email", "varchar(96)", "none", lambda c, i: f"sales@supplier{i}.example.co.uk",
              comment="company sales desk"),
            C("phone", "varchar(32)", "none", lambda c, i: f"0{c.r.choice(['1422', '1603', '1530'])} {c.r.randint(100000, 999999)}"),
            C("date_added", "timestamp", "none", stamps(2015, 2022)),
        ], rows=N_MAN),
        Table(S, "products", [
            C("products_id", "integer PRIMARY KEY", "none", seq()),
            C("products_model", "varchar(32)", "none", lambda c, i: f"ZC-{alnum(c, 6)}"),
            C("products_name", "varchar(64)", "none", one("Earl Grey loose leaf 250g", "Linen tea towel",
                                                         "Stoneware mug", "Oatmeal soap", "Beeswax candle",
                                                         "Heather honey 340g", "Merino hat")),
            C("products_price", "numeric(10,4)", "none", amounts(2.5, 85, 4)),
            C("products_quantity", "integer", "none", ints(0, 400)),
            C("products_weight", "numeric(6,2)", "none", amounts(0.1, 3)),
            C("products_status", "smallint", "none", one(0, 1, 1)),
            C("manufacturers_id", "integer", "none", fk(N_MAN, 5)),
            C("products_ordered", "integer", "none", ints(0, 900)),
        ], rows=N_PROD, extra=[fkey(S, "products", "manufacturers_id", "manufacturers", "manufacturers_id")]),
        Table(S, "customers", [
            C("customers_id", "integer PRIMARY KEY", "none", seq()),
            C("customers_gender", "char(1)", "none", lambda c, i: p("sex")(c, i).lower()),
            C("customers_firstname", "varchar(32)", "person_name", p("first")),
            C("customers_lastname", "varchar(32)", "person_name", p("last")),
            C("customers_dob", "timestamp", "birth_date", p("birth")),
            C("customers_email_address", "varchar(96)", "email", p("email")),
            C("customers_nick", "varchar(96)", "none", lambda c, i: f"shopper{i}"),
            C("customers_default_address_id", "integer", "none", seq()),
            C("customers_telephone", "varchar(32)", "phone", p("phone")),
            C("customers_fax", "varchar(32)", "none", maybe(lambda c, i: "", 0.1)),
            C("customers_password", "varchar(255)", "credentials", lambda c, i: f"{md5(c)}:{hexs(c, 2)}"),
            C("customers_newsletter", "char(1)", "none", one("0", "1")),
            C("customers_authorization", "smallint", "none", one(0, 0, 1)),
            C("customers_referral", "varchar(32)", "none", maybe(one("GOOGLE", "FRIEND10", "XMAS24"), 0.3)),
        ], rows=N_CUS),
        Table(S, "address_book", [
            C("address_book_id", "integer PRIMARY KEY", "none", seq()),
            C("customers_id", "integer", "none", seq()),
            C("entry_company", "varchar(64)", "none", maybe(one("Acme Ltd", "Bright Dental", "Oakfield School"), 0.15)),
            C("entry_firstname", "varchar(32)", "person_name", p("first")),
            C("entry_lastname", "varchar(32)", "person_name", p("last")),
            C("entry_street_address", "varchar(64)", "postal_address", p("street")),
            C("entry_suburb", "varchar(32)", "none", maybe(one("Westside", "Old Town", "Northgate"), 0.3)),
            C("entry_postcode", "varchar(10)", "postal_address", p("post")),
            C("entry_city", "varchar(32)", "none", p("town")),
            C("entry_country_id", "integer", "none", one(222, 223)),
        ], rows=N_CUS, extra=[fkey(S, "address_book", "customers_id", "customers", "customers_id")]),
        Table(S, "orders", [
            C("orders_id", "integer PRIMARY KEY", "none", seq(1000)),
            C("customers_id", "integer", "none", fk(N_CUS, 3)),
            C("customers_name", "varchar(64)", "person_name", lambda c, i: p("full")(c, (i * 3) % N_CUS + 1)),
            C("customers_street_address", "varchar(64)", "postal_address", lambda c, i: p("street")(c, (i * 3) % N_CUS + 1)),
            C("customers_telephone", "varchar(32)", "phone", lambda c, i: p("phone")(c, (i * 3) % N_CUS + 1)),
            C("customers_email_address", "varchar(96)", "email", lambda c, i: p("email")(c, (i * 3) % N_CUS + 1)),
            C("delivery_name", "varchar(64)", "person_name", name("us")),
            C("payment_method", "varchar(128)", "none", one("Credit Card", "PayPal", "Check/Money Order")),
            C("cc_type", "varchar(20)", "none", maybe(one("Visa", "MasterCard"), 0.5)),
            C("cc_owner", "varchar(64)", "person_name", maybe(name("us"), 0.5)),
            C("cc_number", "varchar(32)", "payment_card", maybe(lambda c, i: card(c), 0.3),
              comment="legacy offline CC module, full number"),
            C("cc_expires", "varchar(4)", "none", maybe(lambda c, i: f"{c.r.randint(1, 12):02d}{c.r.randint(25, 29)}", 0.3)),
            C("shipping_method", "varchar(128)", "none", one("Royal Mail 2nd Class", "Flat Rate", "USPS Priority")),
            C("coupon_code", "varchar(32)", "none", maybe(one("WELCOME5", "SPRING10"), 0.2)),
            C("date_purchased", "timestamp", "none", stamps(2022, 2025)),
            C("orders_status", "integer", "none", one(1, 2, 3, 3)),
            C("order_total", "numeric(14,2)", "none", amounts(4, 320)),
            C("ip_address", "varchar(96)", "ip_address", lambda c, i: f"{public_ip(c)} - {public_ip(c)}"),
        ], rows=N_ORD, extra=[fkey(S, "orders", "customers_id", "customers", "customers_id")]),
        Table(S, "orders_status_history", [
            C("orders_status_history_id", "integer PRIMARY KEY", "none", seq()),
            C("orders_id", "integer", "none", lambda c, i: 1000 + (i * 7) % N_ORD + 1),
            C("orders_status_id", "integer", "none", one(1, 2, 3)),
            C("date_added", "timestamp", "none", stamps(2022, 2025)),
            C("customer_notified", "smallint", "none", one(0, 1)),
            C("comments", "text", "free_text_may_contain_pii", _comment),
            C("updated_by", "varchar(45)", "none", one("system", "admin_1", "admin_2")),
        ], rows=130, extra=[fkey(S, "orders_status_history", "orders_id", "orders", "orders_id")]),
        Table(S, "reviews", [
            C("reviews_id", "integer PRIMARY KEY", "none", seq()),
            C("products_id", "integer", "none", fk(N_PROD, 9)),
            C("customers_name", "varchar(64)", "person_name", lambda c, i: p("first")(c, i) + " " + p("last")(c, i)[0] + "."),
            C("reviews_rating", "integer", "none", ints(1, 5)),
            C("reviews_read", "integer", "none", ints(0, 300)),
            C("date_added", "timestamp", "none", stamps(2022, 2025)),
            C("status", "smallint", "none", one(0, 1)),
        ], rows=90, extra=[fkey(S, "reviews", "products_id", "products", "products_id")]),
    ]



