"""s_opencart: OpenCart 3.0 for a Cork second-hand and Irish-language bookshop, its MySQL tables copied into
PostgreSQL with the `oc_` prefix. OpenCart declares no foreign keys (ids only)."""
from __future__ import annotations

from typing import Any

from .blind16_gens import (Rec, alnum, bcrypt, const, hexs, idx, ie_person, ipv4, maybe, money, num,
                           pick, ref, stamp, templ)
from .gens import Col, Table

S = "s_opencart"
STORE = "An Siopa Leabhar"
AGENTS = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15")
COMMENTS = ("Please leave with the neighbour at no. {n} if I'm out, {f}", "Gift - no invoice in the parcel please",
            "Can you sign it for my mother {f}? She loves his poetry", "Ring {ph} when outside, buzzer broken",
            "Collect in shop Saturday", "", "", "Leabhar do mo mhac, go raibh maith agat!")
REVIEWS = ("Great condition for a second-hand copy, arrived in two days.", "Lovely edition of Peig, bhí sé go hálainn.",
           "Ordered for my book club, {f} in Ballincollig recommended you.", "Spine slightly cracked but fine.",
           "Tá an leabhar seo iontach. Will order again.", "Took ages, had to ring {ph} twice to chase it.")
FIRSTS = ("Aoife", "Cian", "Niamh", "Pádraig", "Orla")
PHONES = ("087 214 5521", "086 730 1192", "(021) 427 0043")


def _order(c: Any, i: int) -> dict:
    p, q = ie_person(c, i), ie_person(c, i)
    same = c.r.random() < 0.8
    ship = p if same else q
    card_pay = c.r.random() < 0.7
    return {**{k: p[k] for k in ("first", "last", "email", "phone")},
            "pst": p["street"], "ppc": p["eircode"], "ptown": p["town"],
            "sf": ship["first"], "sl": p["last"] if same else ship["last"], "sst": ship["street"],
            "spc": ship["eircode"], "stown": ship["town"],
            "pm": "Credit Card (Stripe)" if card_pay else c.r.choice(("PayPal", "Bank Transfer")),
            "pc": "stripe" if card_pay else "pp_standard"}


def opencart_tables() -> list[Table]:
    u = Rec(ie_person)
    cu = Rec(ie_person)
    ad = Rec(ie_person)
    o = Rec(_order)
    a2 = pick("", "", "Blackrock", "Douglas", "Bishopstown", "Ballinlough")
    county = pick("Cork", "Cork", "Dublin", "Galway", "Limerick", "Kerry")
    return [
        Table(S, "oc_user", [
            Col("user_id", "integer", "none", idx),
            Col("user_group_id", "integer", "none", pick(1, 1, 10)),
            Col("username", "varchar(20)", "none", lambda c, i: ("admin", "sineadb", "padraig", "shopfloor")[i % 4] + (str(i) if i > 4 else "")),
            Col("password", "varchar(255)", "credentials", hexs(40)),
            Col("salt", "varchar(9)", "credentials", alnum(9)),
            Col("firstname", "varchar(32)", "person_name", u.f("first")),
            Col("lastname", "varchar(32)", "person_name", u.f("last")),
            Col("email", "varchar(96)", "email", lambda c, i: f"{u.f('first')(c, i).lower()}@siopaleabhar.ie"),
            Col("image", "varchar(255)", "none", const("")),
            Col("code", "varchar(40)", "secret_token", maybe(0.2, hexs(40))),
            Col("ip", "varchar(40)", "ip_address", ipv4),
            Col("status", "smallint", "none", pick(1, 1, 0)),
            Col("date_added", "timestamp", "none", stamp(2017, 2024)),
        ], rows=12),
        Table(S, "oc_customer", [
            Col("customer_id", "integer", "none", idx),
            Col("customer_group_id", "integer", "none", pick(1, 1, 1, 2)),
            Col("store_id", "integer", "none", const(0)),
            Col("language_id", "integer", "none", pick(1, 1, 2)),
            Col("firstname", "varchar(32)", "person_name", cu.f("first")),
            Col("lastname", "varchar(32)", "person_name", cu.f("last")),
            Col("email", "varchar(96)", "email", cu.f("email")),
            Col("telephone", "varchar(32)", "phone", cu.f("phone")),
            Col("fax", "varchar(32)", "none", const("")),
            Col("password", "varchar(255)", "credentials", bcrypt),
            Col("salt", "varchar(9)", "none", const("")),
            Col("cart", "text", "none", maybe(0.3, lambda c, i: f'a:1:{{s:{c.r.randint(20, 40)}:"{c.r.randint(40, 900)}";i:1;}}')),
            Col("wishlist", "text", "none", maybe(0.3, lambda c, i: f'a:1:{{i:0;s:3:"{c.r.randint(100, 999)}";}}')),
            Col("newsletter", "smallint", "none", pick(0, 1)),
            Col("address_id", "integer", "none", ref(150)),
            Col("custom_field", "text", "none", const("[]")),
            Col("ip", "varchar(40)", "ip_address", ipv4),
            Col("status", "smallint", "none", pick(1, 1, 1, 0)),
            Col("safe", "smallint", "none", const(0)),
            Col("token", "text", "secret_token", maybe(0.25, alnum(32))),
            Col("code", "varchar(40)", "secret_token", maybe(0.15, alnum(40))),
            Col("date_added", "timestamp", "none", stamp(2016, 2024)),
        ], rows=140),
        Table(S, "oc_address", [
            Col("address_id", "integer", "none", idx),
            Col("customer_id", "integer", "none", ref(140)),
            Col("firstname", "varchar(32)", "person_name", ad.f("first")),
            Col("lastname", "varchar(32)", "person_name", ad.f("last")),
            Col("company", "varchar(40)", "none", pick("", "", "", "UCC Library", "Cork City Libraries", "Kerry ETB")),
            Col("address_1", "varchar(128)", "postal_address", ad.f("street")),
            Col("address_2", "varchar(128)", "none", a2),
            Col("city", "varchar(128)", "none", ad.f("town")),
            Col("postcode", "varchar(10)", "postal_address", ad.f("eircode")),
            Col("country_id", "integer", "none", pick(103, 103, 103, 222)),
            Col("zone_id", "integer", "none", num(1592, 1617)),
            Col("custom_field", "text", "none", const("")),
        ], rows=150),
        Table(S, "oc_order", [
            Col("order_id", "integer", "none", idx),
            Col("invoice_no", "integer", "none", lambda c, i: 1000 + i),
            Col("invoice_prefix", "varchar(26)", "none", const("INV-2024-00")),
            Col("store_id", "integer", "none", const(0)),
            Col("store_name", "varchar(64)", "none", const(STORE)),
            Col("store_url", "varchar(255)", "none", const("https://www.siopaleabhar.ie/")),
            Col("customer_id", "integer", "none", lambda c, i: c.r.choice((0, c.r.randint(1, 140)))),
            Col("customer_group_id", "integer", "none", const(1)),
            Col("firstname", "varchar(32)", "person_name", o.f("first")),
            Col("lastname", "varchar(32)", "person_name", o.f("last")),
            Col("email", "varchar(96)", "email", o.f("email")),
            Col("telephone", "varchar(32)", "phone", o.f("phone")),
            Col("fax", "varchar(32)", "none", const("")),
            Col("custom_field", "text", "none", const("[]")),
            Col("payment_firstname", "varchar(32)", "person_name", o.f("first")),
            Col("payment_lastname", "varchar(32)", "person_name", o.f("last")),
            Col("payment_company", "varchar(60)", "none", pick("", "", "", "Coláiste Íde", "Gaelscoil Mhuscraí")),
            Col("payment_address_1", "varchar(128)", "postal_address", o.f("pst")),
            Col("payment_address_2", "varchar(128)", "none", a2),
            Col("payment_city", "varchar(128)", "none", o.f("ptown")),
            Col("payment_postcode", "varchar(10)", "postal_address", o.f("ppc")),
            Col("payment_country", "varchar(128)", "none", const("Ireland")),
            Col("payment_country_id", "integer", "none", const(103)),
            Col("payment_zone", "varchar(128)", "none", county),
            Col("payment_zone_id", "integer", "none", num(1592, 1617)),
            Col("payment_address_format", "text", "none", const("")),
            Col("payment_custom_field", "text", "none", const("[]")),
            Col("payment_method", "varchar(128)", "none", o.f("pm")),
            Col("payment_code", "varchar(128)", "none", o.f("pc")),
            Col("shipping_firstname", "varchar(32)", "person_name", o.f("sf")),
            Col("shipping_lastname", "varchar(32)", "person_name", o.f("sl")),
            Col("shipping_company", "varchar(40)", "none", const("")),
            Col("shipping_address_1", "varchar(128)", "postal_address", o.f("sst")),
            Col("shipping_address_2", "varchar(128)", "none", a2),
            Col("shipping_city", "varchar(128)", "none", o.f("stown")),
            Col("shipping_postcode", "varchar(10)", "postal_address", o.f("spc")),
            Col("shipping_country", "varchar(128)", "none", const("Ireland")),
            Col("shipping_country_id", "integer", "none", const(103)),
            Col("shipping_zone", "varchar(128)", "none", county),
            Col("shipping_zone_id", "integer", "none", num(1592, 1617)),
            Col("shipping_method", "varchar(128)", "none", pick("An Post Registered", "Click & Collect", "DPD Ireland")),
            Col("shipping_code", "varchar(128)", "none", pick("flat.flat", "pickup.pickup", "weight.weight_5")),
            Col("comment", "text", "free_text_may_contain_pii", templ(COMMENTS, n=("4", "12", "27"), f=FIRSTS, ph=PHONES)),
            Col("total", "numeric(15,4)", "none", money(6, 180)),
            Col("order_status_id", "integer", "none", pick(1, 2, 3, 5, 5, 5, 7)),
            Col("affiliate_id", "integer", "none", const(0)),
            Col("commission", "numeric(15,4)", "none", const(0)),
            Col("language_id", "integer", "none", pick(1, 2)),
            Col("currency_code", "varchar(3)", "none", pick("EUR", "EUR", "GBP")),
            Col("currency_value", "numeric(15,8)", "none", const(1)),
            Col("ip", "varchar(40)", "ip_address", ipv4),
            Col("forwarded_ip", "varchar(40)", "ip_address", maybe(0.2, ipv4)),
            Col("user_agent", "varchar(255)", "none", pick(*AGENTS)),
            Col("accept_language", "varchar(255)", "none", pick("en-IE,en;q=0.9", "ga-IE,ga;q=0.9,en;q=0.8", "en-GB")),
            Col("date_added", "timestamp", "none", stamp(2022, 2024)),
            Col("date_modified", "timestamp", "none", stamp(2022, 2024)),
        ], rows=150),
        Table(S, "oc_customer_ip", [
            Col("customer_ip_id", "integer", "none", idx),
            Col("customer_id", "integer", "none", ref(140)),
            Col("ip", "varchar(40)", "ip_address", ipv4),
            Col("country", "varchar(2)", "none", pick("IE", "IE", "IE", "GB", "")),
            Col("date_added", "timestamp", "none", stamp(2020, 2024)),
        ], rows=150),
        Table(S, "oc_api", [
            Col("api_id", "integer", "none", idx),
            Col("username", "varchar(64)", "none", lambda c, i: ("Default", "stock-sync", "sumup-pos")[i % 3] + str(i)),
            Col("key", "text", "secret_token", alnum(256)),
            Col("status", "smallint", "none", pick(1, 0)),
            Col("date_added", "timestamp", "none", stamp(2018, 2024)),
            Col("date_modified", "timestamp", "none", stamp(2018, 2024)),
        ], rows=6),
        Table(S, "oc_review", [
            Col("review_id", "integer", "none", idx),
            Col("product_id", "integer", "none", num(40, 900)),
            Col("customer_id", "integer", "none", ref(140)),
            Col("author", "varchar(64)", "person_name", lambda c, i: ie_person(c, i)["first"] + c.r.choice(("", " " + c.r.choice(("M.", "O'B.", "K."))))),
            Col("text", "text", "free_text_may_contain_pii", templ(REVIEWS, f=FIRSTS, ph=PHONES)),
            Col("rating", "integer", "none", num(2, 5)),
            Col("status", "smallint", "none", pick(1, 1, 0)),
            Col("date_added", "timestamp", "none", stamp(2019, 2024)),
            Col("date_modified", "timestamp", "none", stamp(2019, 2024)),
        ], rows=90),
    ]
