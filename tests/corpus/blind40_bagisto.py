"""ap_bagisto: Bagisto 2 (Laravel e-commerce) as recalled from memory, run by a home-appliance shop in Mamoudzou,
Mayotte, selling online with delivery across the island. Companies buy too (business addresses with a SIRET)."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, card, const, digits, fk, fkey, flag, hexs, ints, maybe, one, public_ip,
                           seq, stamps)
from .blind40_gens import landline, person
from .gens import Table

S = "ap_bagisto"
CUS, ADM = "bg.customer", "bg.admin"
N_CUS, N_ADM, N_PROD, N_ORD = 150, 8, 100, 150
PRODUCTS = ["Climatiseur split 9000 BTU", "Réfrigérateur 250 L", "Ventilateur sur pied", "Congélateur coffre 200 L",
            "Machine à laver 7 kg", "Cuisinière 4 feux gaz", "Télévision 43 pouces", "Chauffe-eau solaire 200 L",
            "Groupe électrogène 3 kVA", "Micro-ondes 20 L"]


def c_(f):
    return person("yt", CUS, f, 1955, 2006)


def a_(f):
    return person("yt", ADM, f, 1970, 1998)


def _siret(c):
    siren = digits(c, 8)
    tot = sum((int(d) * 2 if k % 2 else int(d)) - (9 if k % 2 and int(d) > 4 else 0) for k, d in enumerate(siren))
    siren += str((10 - tot % 10) % 10)                                            # Luhn over the SIREN
    return siren + digits(c, 5)


def bagisto_tables() -> list[Table]:
    return [
        Table(S, "channels", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("code", "varchar(255)", "none", const("default")),
            C("hostname", "varchar(255)", "none", const("boutique-froid-mayotte.yt")),
            C("timezone", "varchar(255)", "none", const("Indian/Mayotte")),
            C("theme", "varchar(255)", "none", const("default")),
            C("default_locale_id", "integer", "none", const(2)),
            C("base_currency_id", "integer", "none", const(1)),
            C("home_seo", "json", "none", const('{"meta_title":"Froid & Confort Mayotte"}')),
        ], rows=1),
        Table(S, "admins", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "person_name", a_("full")),
            C("email", "varchar(255)", "email", lambda c, i: f"{a_('user')(c, i)}@froid-confort.yt"),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("api_token", "varchar(80)", "secret_token", lambda c, i: hexs(c, 80)),
            C("status", "boolean", "none", flag(0.9)),
            C("role_id", "integer", "none", one(1, 2)),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: hexs(c, 60), 0.6)),
            C("created_at", "timestamp", "none", stamps(2021, 2023)),
        ], rows=N_ADM),
        Table(S, "customer_groups", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("code", "varchar(255)", "none", lambda c, i: ["guest", "general", "wholesale"][i - 1]),
            C("name", "varchar(255)", "none", lambda c, i: ["Invité", "Particulier", "Professionnel"][i - 1]),
            C("is_user_defined", "boolean", "none", const(False)),
        ], rows=3),
        Table(S, "customers", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(255)", "person_name", c_("first")),
            C("last_name", "varchar(255)", "person_name", c_("last")),
            C("gender", "varchar(50)", "none", lambda c, i: {"M": "Male", "F": "Female"}[c_("sex")(c, i)]),
            C("date_of_birth", "date", "birth_date", maybe(c_("birth"), 0.5)),
            C("email", "varchar(255)", "email", c_("email")),
            C("phone", "varchar(255)", "phone", c_("mobile")),
            C("image", "varchar(255)", "none", maybe(lambda c, i: f"customer/{i}/{hexs(c, 20)}.webp", 0.1)),
            C("status", "smallint", "none", one(1, 1, 1, 0)),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("api_token", "varchar(80)", "secret_token", maybe(lambda c, i: hexs(c, 80), 0.3)),
            C("customer_group_id", "integer", "none", one(2, 2, 2, 3)),
            C("subscribed_to_news_letter", "boolean", "none", flag(0.4)),
            C("is_verified", "boolean", "none", flag(0.8)),
            C("is_suspended", "boolean", "none", flag(0.02)),
            C("token", "varchar(255)", "secret_token", maybe(lambda c, i: hexs(c, 32), 0.2),
              comment="e-mail verification token"),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: hexs(c, 60), 0.4)),
            C("channel_id", "integer", "none", const(1)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_CUS, extra=[fkey(S, "customers", "customer_group_id", "customer_groups", "id"),
                              fkey(S, "customers", "channel_id", "channels", "id")]),
        Table(S, "addresses", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("address_type", "varchar(255)", "none", const("customer")),
            C("customer_id", "integer", "none", seq()),
            C("first_name", "varchar(255)", "person_name", c_("first")),
            C("last_name", "varchar(255)", "person_name", c_("last")),
            C("gender", "varchar(255)", "none", const(None)),
            C("company_name", "varchar(255)", "none", maybe(one("SARL Mtsanga BTP", "Boulangerie de Kawéni",
                                                                 "Association Wenka Culture"), 0.15)),
            C("vat_id", "varchar(255)", "none", maybe(lambda c, i: _siret(c), 0.15), comment="SIRET of a business buyer"),
            C("address", "varchar(255)", "postal_address", c_("a_line")),
            C("city", "varchar(255)", "none", c_("a_town")),
            C("state", "varchar(255)", "none", const("YT")),
            C("country", "varchar(255)", "none", const("YT")),
            C("postcode", "varchar(255)", "postal_address", c_("a_postcode")),
            C("email", "varchar(255)", "email", c_("email")),
            C("phone", "varchar(255)", "phone", c_("mobile")),
            C("default_address", "boolean", "none", const(True)),
            C("additional", "json", "none", maybe(const('{"livraison":"après 16h"}'), 0.2)),
        ], rows=N_CUS, extra=[fkey(S, "addresses", "customer_id", "customers", "id")]),
        Table(S, "products", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("sku", "varchar(255)", "none", lambda c, i: f"FC-{i:05d}"),
            C("type", "varchar(255)", "none", one("simple", "simple", "configurable", "bundle")),
            C("attribute_family_id", "integer", "none", const(1)),
            C("name", "varchar(255)", "none", lambda c, i: f"{PRODUCTS[i % 10]} {c.r.choice(['Hisense', 'Samsung', 'Brandt', 'Midea'])}"),
            C("price", "numeric(12,4)", "none", amounts(39, 1899)),
            C("weight", "numeric(12,4)", "none", amounts(2, 90)),
            C("status", "boolean", "none", flag(0.9)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_PROD),
        Table(S, "orders", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("increment_id", "varchar(255)", "none", lambda c, i: str(100000 + i)),
            C("status", "varchar(255)", "none", one("pending", "processing", "completed", "canceled", "closed")),
            C("channel_name", "varchar(255)", "none", const("Froid & Confort Mayotte")),
            C("is_guest", "boolean", "none", flag(0.15)),
            C("customer_id", "integer", "none", fk(N_CUS, 7)),
            C("customer_email", "varchar(255)", "email", lambda c, i: c_("email")(c, fk(N_CUS, 7)(c, i))),
            C("customer_first_name", "varchar(255)", "person_name", lambda c, i: c_("first")(c, fk(N_CUS, 7)(c, i))),
            C("customer_last_name", "varchar(255)", "person_name", lambda c, i: c_("last")(c, fk(N_CUS, 7)(c, i))),
            C("shipping_method", "varchar(255)", "none", one("flatrate_flatrate", "free_free", "retrait_magasin")),
            C("shipping_title", "varchar(255)", "none", one("Livraison Grande-Terre", "Retrait en magasin", "Barge Petite-Terre")),
            C("coupon_code", "varchar(255)", "none", maybe(one("RAMADAN10", "FETEMERES", "NOEL24"), 0.2)),
            C("total_item_count", "integer", "none", ints(1, 5)),
            C("grand_total", "numeric(12,4)", "none", amounts(39, 3500)),
            C("base_currency_code", "varchar(255)", "none", const("EUR")),
            C("customer_type", "varchar(255)", "none", const("Webkul\\Customer\\Models\\Customer")),
            C("applied_cart_rule_ids", "varchar(255)", "none", maybe(const("1,3"), 0.2)),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_ORD, extra=[fkey(S, "orders", "customer_id", "customers", "id")]),
        Table(S, "order_payment", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("order_id", "integer", "none", seq()),
            C("method", "varchar(255)", "none", one("cashondelivery", "moneytransfer", "paypal_smart_button", "stripe")),
            C("method_title", "varchar(255)", "none", const(None)),
            C("additional", "json", "none", maybe(lambda c, i: f'{{"orderID":"{hexs(c, 17).upper()}"}}', 0.3)),
            C("card_last4", "varchar(4)", "none", maybe(lambda c, i: digits(c, 4), 0.3)),
        ], rows=N_ORD, extra=[fkey(S, "order_payment", "order_id", "orders", "id")]),
        Table(S, "pos_card_capture", [   # a local payment-terminal extension (legacy, flagged for removal)
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("order_id", "integer", "none", fk(N_ORD, 11)),
            C("pan", "varchar(19)", "payment_card", lambda c, i: card(c)),
            C("expiry", "varchar(5)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 29)}"),
            C("holder", "varchar(120)", "person_name", lambda c, i: c_("full")(c, fk(N_CUS, 7)(c, fk(N_ORD, 11)(c, i))).upper()),
            C("terminal_ip", "varchar(45)", "none", lambda c, i: f"192.168.1.{c.r.randint(20, 30)}",
              comment="the shop's own payment terminal"),
        ], rows=90, extra=[fkey(S, "pos_card_capture", "order_id", "orders", "id")]),
        Table(S, "customer_password_resets", [
            C("email", "varchar(255)", "email", lambda c, i: c_("email")(c, i * 2)),
            C("token", "varchar(255)", "secret_token", lambda c, i: bcrypt(c)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=60),
        Table(S, "visits", [   # shetabit/visitor
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("method", "varchar(255)", "none", one("GET", "GET", "POST")),
            C("url", "text", "none", lambda c, i: f"https://boutique-froid-mayotte.yt/{c.r.choice(['', 'climatiseurs', 'checkout', 'customer/account'])}"),
            C("referer", "text", "none", maybe(const("https://www.google.com/"), 0.3)),
            C("useragent", "text", "none", one("Mozilla/5.0 (Linux; Android 13)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4)")),
            C("ip", "varchar(255)", "ip_address", lambda c, i: public_ip(c, (92, 90, 197))),
            C("visitor_id", "integer", "none", maybe(fk(N_CUS, 13), 0.4)),
            C("channel_id", "integer", "none", const(1)),
            C("created_at", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150),
        Table(S, "inventory_sources", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("code", "varchar(255)", "none", lambda c, i: ["kaweni", "dzaoudzi"][i - 1]),
            C("name", "varchar(255)", "none", lambda c, i: ["Entrepôt Kawéni", "Dépôt Petite-Terre"][i - 1]),
            C("contact_name", "varchar(255)", "person_name", lambda c, i: a_("full")(c, i)),
            C("contact_email", "varchar(255)", "email", lambda c, i: f"{a_('user')(c, i)}@froid-confort.yt"),
            C("contact_number", "varchar(255)", "phone", lambda c, i: a_("mobile")(c, i)),
            C("contact_fax", "varchar(255)", "none", lambda c, i: landline(c, "yt")),
            C("street", "varchar(255)", "none", lambda c, i: ["ZI Kawéni, Rue de l'Industrie", "Boulevard des Crabes"][i - 1]),
            C("city", "varchar(255)", "none", lambda c, i: ["Mamoudzou", "Dzaoudzi"][i - 1]),
            C("postcode", "varchar(255)", "none", lambda c, i: ["97600", "97615"][i - 1]),
        ], rows=2),
    ]
