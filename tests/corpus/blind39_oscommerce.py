"""ao_oscommerce: osCommerce 2.x (web shop) as recalled from its public schema, run by a craft and rum-cake shop in
The Valley, Anguilla. Orders copy the customer's, delivery and billing addresses; manufacturers are organisations."""
from __future__ import annotations

from .blind26_gens import (C, amounts, card, const, fk, fkey, hexs, ints, maybe, md5, one, public_ip, seq,
                           stamps)
from .blind39_gens import any_name, person
from .gens import Table

S = "ao_oscommerce"
CUST, ADM = "os.customers", "os.administrators"
N_CUST, N_ADDR, N_ORD, N_MAN, N_PROD = 140, 150, 150, 80, 120
MAKERS = ["Anguilla Rum Cakes Ltd", "Sandy Ground Salt Co.", "Island Harbour Crafts", "Blowing Point Batik",
          "Valley Pottery Studio", "Caribbean Spice Traders", "Leeward Soap Works", "Shoal Bay Prints"]


def _tep(c, i):
    """osCommerce password hash: md5(salt + password) + ':' + two-character salt."""
    return f"{md5(c)}:{hexs(c, 2)}"


def _comment(c, i):
    p = lambda f: person("ai", CUST, f)(c, c.r.randint(1, N_CUST))      # noqa: E731
    return c.r.choice([None, None, "Please gift wrap.", "Leave at the gate if nobody home.",
                       f"Deliver to my sister {any_name('ai')(c, i)} at Blowing Point, call {p('mobile')}",
                       f"Customer {p('full')} phoned to change the size.", "Ferry pick-up at Blowing Point terminal.",
                       f"Send invoice to {p('email')} please"])


def oscommerce_tables() -> list[Table]:
    cu = lambda f: person("ai", CUST, f, 1950, 2004)               # noqa: E731
    ad = lambda f: person("ai", "os.address_book", f)               # noqa: E731
    dl = lambda f: person("ai", "os.delivery", f)                   # noqa: E731
    oc = lambda f: lambda c, i: cu(f)(c, (i * 3) % N_CUST + 1)      # noqa: E731  the ordering customer
    return [
        Table(S, "administrators", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_name", "varchar(255)", "none", lambda c, i: person("ai", ADM, "user")(c, i)),
            C("user_password", "varchar(40)", "credentials", _tep),
        ], rows=8),
        Table(S, "manufacturers", [
            C("manufacturers_id", "integer PRIMARY KEY", "none", seq()),
            C("manufacturers_name", "varchar(32)", "none", lambda c, i: f"{MAKERS[i % 8]}" if i <= 8 else
              f"{MAKERS[i % 8][:22]} #{i}"),
            C("manufacturers_image", "varchar(64)", "none", lambda c, i: f"manufacturers/m{i:03d}.png"),
            C("date_added", "timestamp", "none", stamps(2012, 2020)),
            C("last_modified", "timestamp", "none", maybe(stamps(2020, 2025), 0.5)),
            C("manufacturers_url", "varchar(255)", "none", lambda c, i: f"https://www.{MAKERS[i % 8].split()[0].lower()}"
                                                                       f"{i}.ai"),
            C("url_clicked", "integer", "none", ints(0, 400)),
        ], rows=N_MAN),
        Table(S, "products", [
            C("products_id", "integer PRIMARY KEY", "none", seq()),
            C("products_quantity", "integer", "none", ints(0, 60)),
            C("products_model", "varchar(12)", "none", lambda c, i: f"AXA-{i:04d}"),
            C("products_image", "varchar(64)", "none", lambda c, i: f"products/p{i:04d}.jpg"),
            C("products_price", "numeric(15,4)", "none", amounts(6, 240, 4)),
            C("products_weight", "numeric(5,2)", "none", amounts(0.1, 4)),
            C("products_status", "smallint", "none", one(1, 1, 1, 0)),
            C("products_tax_class_id", "integer", "none", one(0, 1)),
            C("manufacturers_id", "integer", "none", fk(N_MAN, 3)),
            C("products_ordered", "integer", "none", ints(0, 900)),
        ], rows=N_PROD, extra=[fkey(S, "products", "manufacturers_id", "manufacturers", "manufacturers_id")]),
        Table(S, "customers", [
            C("customers_id", "integer PRIMARY KEY", "none", seq()),
            C("customers_gender", "char(1)", "none", lambda c, i: cu("sex")(c, i).lower()),
            C("customers_firstname", "varchar(255)", "person_name", cu("first")),
            C("customers_lastname", "varchar(255)", "person_name", cu("last")),
            C("customers_dob", "timestamp", "birth_date", lambda c, i: f"{cu('birth')(c, i)} 00:00:00"),
            C("customers_email_address", "varchar(255)", "email", cu("email")),
            C("customers_default_address_id", "integer", "none", lambda c, i: i),
            C("customers_telephone", "varchar(255)", "phone", cu("mobile")),
            C("customers_fax", "varchar(255)", "phone", maybe(cu("phone"), 0.15)),
            C("customers_password", "varchar(60)", "credentials", _tep),
            C("customers_newsletter", "char(1)", "none", one("1", "0", "")),
        ], rows=N_CUST),
        Table(S, "customers_info", [
            C("customers_info_id", "integer PRIMARY KEY", "none", seq()),
            C("customers_info_date_of_last_logon", "timestamp", "none", stamps(2023, 2025)),
            C("customers_info_number_of_logons", "integer", "none", ints(1, 90)),
            C("customers_info_date_account_created", "timestamp", "none", stamps(2015, 2023)),
            C("global_product_notifications", "integer", "none", one(0, 1)),
            C("password_reset_key", "char(40)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.2)),
            C("password_reset_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.2)),
        ], rows=N_CUST, extra=[fkey(S, "customers_info", "customers_info_id", "customers", "customers_id")]),
        Table(S, "address_book", [
            C("address_book_id", "integer PRIMARY KEY", "none", seq()),
            C("customers_id", "integer", "none", lambda c, i: i if i <= N_CUST else i - N_CUST),
            C("entry_gender", "char(1)", "none", lambda c, i: ad("sex")(c, i).lower()),
            C("entry_company", "varchar(255)", "none", maybe(one("Cap Juluca Villas", "Valley Hardware Ltd",
                                                               "Government of Anguilla"), 0.15)),
            C("entry_firstname", "varchar(255)", "person_name", ad("first")),
            C("entry_lastname", "varchar(255)", "person_name", ad("last")),
            C("entry_street_address", "varchar(255)", "postal_address", ad("a_line")),
            C("entry_suburb", "varchar(255)", "none", ad("a_city")),
            C("entry_postcode", "varchar(255)", "postal_address", ad("a_post")),
            C("entry_city", "varchar(255)", "none", const("The Valley")),
            C("entry_state", "varchar(255)", "none", const("")),
            C("entry_country_id", "integer", "none", const(660)),
            C("entry_zone_id", "integer", "none", const(0)),
        ], rows=N_ADDR, extra=[fkey(S, "address_book", "customers_id", "customers", "customers_id")]),
        Table(S, "orders", [
            C("orders_id", "integer PRIMARY KEY", "none", seq()),
            C("customers_id", "integer", "none", fk(N_CUST, 3)),
            C("customers_name", "varchar(255)", "person_name", oc("full")),
            C("customers_street_address", "varchar(255)", "postal_address", oc("a_line")),
            C("customers_city", "varchar(255)", "none", oc("a_city")),
            C("customers_telephone", "varchar(255)", "phone", oc("mobile")),
            C("customers_email_address", "varchar(255)", "email", oc("email")),
            C("delivery_name", "varchar(255)", "person_name", dl("full")),
            C("delivery_street_address", "varchar(255)", "postal_address", dl("a_line")),
            C("delivery_city", "varchar(255)", "none", dl("a_city")),
            C("delivery_country", "varchar(255)", "none", one("Anguilla", "Anguilla", "St. Maarten", "United States")),
            C("billing_name", "varchar(255)", "person_name", oc("full")),
            C("billing_street_address", "varchar(255)", "postal_address", oc("a_line")),
            C("payment_method", "varchar(255)", "none", one("Credit Card", "PayPal", "Cash on Delivery", "Bank Transfer")),
            C("cc_type", "varchar(20)", "none", maybe(one("Visa", "MasterCard"), 0.3)),
            C("cc_owner", "varchar(255)", "person_name", maybe(oc("full"), 0.3)),
            C("cc_number", "varchar(32)", "payment_card", maybe(lambda c, i: card(c), 0.3)),
            C("cc_expires", "varchar(4)", "none", maybe(lambda c, i: f"{c.r.randint(1, 12):02d}{c.r.randint(25, 30)}", 0.3)),
            C("date_purchased", "timestamp", "none", stamps(2021, 2025)),
            C("orders_status", "integer", "none", one(1, 2, 3, 3, 3)),
            C("currency", "char(3)", "none", one("XCD", "USD")),
            C("currency_value", "numeric(14,6)", "none", one(1, 2.7)),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (66, 162, 192, 208))),
        ], rows=N_ORD, extra=[fkey(S, "orders", "customers_id", "customers", "customers_id")]),
        Table(S, "orders_products", [
            C("orders_products_id", "integer PRIMARY KEY", "none", seq()),
            C("orders_id", "integer", "none", fk(N_ORD, 1)),
            C("products_id", "integer", "none", fk(N_PROD, 7)),
            C("products_model", "varchar(12)", "none", lambda c, i: f"AXA-{(i * 7) % N_PROD + 1:04d}"),
            C("products_name", "varchar(64)", "none", one("Rum cake, 1 lb", "Sea salt jar", "Batik sarong",
                                                          "Boat race T-shirt", "Hot pepper sauce", "Coconut soap")),
            C("final_price", "numeric(15,4)", "none", amounts(6, 240, 4)),
            C("products_tax", "numeric(7,4)", "none", one(0, 13)),
            C("products_quantity", "integer", "none", ints(1, 6)),
        ], rows=150, extra=[fkey(S, "orders_products", "orders_id", "orders", "orders_id"),
                            fkey(S, "orders_products", "products_id", "products", "products_id")]),
        Table(S, "orders_status_history", [
            C("orders_status_history_id", "integer PRIMARY KEY", "none", seq()),
            C("orders_id", "integer", "none", fk(N_ORD, 11)),
            C("orders_status_id", "integer", "none", one(1, 2, 3)),
            C("date_added", "timestamp", "none", stamps(2021, 2025)),
            C("customer_notified", "integer", "none", one(0, 1)),
            C("comments", "text", "free_text_may_contain_pii", _comment),
        ], rows=150, extra=[fkey(S, "orders_status_history", "orders_id", "orders", "orders_id")]),
        Table(S, "reviews", [
            C("reviews_id", "integer PRIMARY KEY", "none", seq()),
            C("products_id", "integer", "none", fk(N_PROD, 5)),
            C("customers_id", "integer", "none", fk(N_CUST, 13)),
            C("customers_name", "varchar(255)", "person_name", lambda c, i: cu("full")(c, (i * 13) % N_CUST + 1)),
            C("reviews_rating", "integer", "none", ints(2, 5)),
            C("date_added", "timestamp", "none", stamps(2021, 2025)),
            C("reviews_read", "integer", "none", ints(0, 300)),
        ], rows=90, extra=[fkey(S, "reviews", "products_id", "products", "products_id"),
                           fkey(S, "reviews", "customers_id", "customers", "customers_id")]),
        Table(S, "whos_online", [
            C("customer_id", "integer", "none", fk(N_CUST, 17, 4)),
            C("full_name", "varchar(255)", "person_name", lambda c, i: "Guest" if i % 4 == 0
              else cu("full")(c, (i * 17) % N_CUST + 1)),
            C("session_id", "varchar(128)", "secret_token", lambda c, i: hexs(c, 32)),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (66, 162, 192, 208))),
            C("time_entry", "varchar(14)", "none", lambda c, i: str(1735000000 + c.r.randrange(9000000))),
            C("time_last_click", "varchar(14)", "none", lambda c, i: str(1735000000 + c.r.randrange(9000000))),
            C("last_page_url", "text", "none", one("/index.php", "/product_info.php?products_id=12",
                                                   "/checkout_shipping.php", "/shopping_cart.php")),
        ], rows=85),
    ]
