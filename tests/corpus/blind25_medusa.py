"""aa_medusa: Medusa v1 (the Node.js headless commerce engine) as a Kingston shop of Jamaican foods runs it,
recreated from memory with its TypeORM table and column names (prefixed ULID ids, `"order"`, `"user"`, jsonb
`metadata`, `context` and `data`)."""
from __future__ import annotations

import json

from .blind25_gens import (P, USER_AGENTS, b64, chars, const, decimal, ean13, flag, hexs, integer, ipv4, maybe, one,
                           stamp, ulid_id, ulid_ref, uid)
from .gens import Col, Table

S = "aa_medusa"
N_CUS, N_ADDR, N_PROD, N_CART, N_ORDER = 120, 150, 100, 150, 150
REGION = "reg_01HF2K9D8Q6W3N4B7Y5C1T0XZR"

PRODUCTS = ("Blue Mountain Coffee 1lb", "Scotch Bonnet Pepper Sauce", "Jerk Seasoning 10oz", "Bammy (pack of 4)",
            "Jamaican Rum Cake", "Ackee in Brine", "Callaloo (canned)", "Sorrel Drink Mix", "Hardo Bread",
            "Grater Cake", "Tamarind Balls", "Pimento Seeds", "Ginger Beer (case)", "Coco Bread")


def _q(name: str) -> str:
    return f'{S}."{name}"'


def _fk(table: str, col: str, target: str, tcol: str = "id") -> str:
    return f"ALTER TABLE {_q(table)} ADD FOREIGN KEY ({col}) REFERENCES {_q(target)} ({tcol})"


def _id(prefix: str):
    return lambda c, i: ulid_id(prefix, i)


def _scrypt(c, i):
    return "c2NyeXB0AA8AAAAIAAAAA" + b64(75)(c, i)[1:]


def _cart_context(c, i):
    return json.dumps({"ip": ipv4("jm")(c, i), "user_agent": c.r.choice(USER_AGENTS)})


def _payment_data(c, i):
    if c.r.random() < 0.2:
        return json.dumps({"status": "authorized"})
    pi = "pi_3" + chars(23)(c, i)
    return json.dumps({"id": pi, "object": "payment_intent", "amount": c.r.randint(1500, 90000) * 100,
                       "client_secret": f"{pi}_secret_{chars(25)(c, i)}", "currency": "jmd",
                       "payment_method": "pm_1" + chars(23)(c, i), "status": "succeeded"})


def _notification_data(c, i):
    k = 1 + (i * 5) % N_CUS
    return json.dumps({"display_id": 1000 + i, "email": P("jm", "customer", "email")(c, k),
                       "shipping_address": {"first_name": P("jm", "customer", "first")(c, k),
                                            "last_name": P("jm", "customer", "last")(c, k),
                                            "address_1": P("jm", "customer", "street")(c, k),
                                            "city": P("jm", "customer", "city")(c, k)},
                       "total": c.r.randint(1500, 90000) * 100, "currency_code": "jmd"})


def medusa_tables() -> list[Table]:
    customer = Table(S, "customer", [
        Col("id", "varchar PRIMARY KEY", "none", _id("cus")),
        Col("email", "varchar", "email", P("jm", "customer", "email")),
        Col("first_name", "varchar", "person_name", P("jm", "customer", "first")),
        Col("last_name", "varchar", "person_name", P("jm", "customer", "last")),
        Col("billing_address_id", "varchar", "none", maybe(lambda c, i: ulid_id("addr", i), 0.3)),
        Col("password_hash", "varchar", "credentials", maybe(_scrypt, 0.3)),
        Col("phone", "varchar", "phone", maybe(P("jm", "customer", "phone"), 0.3)),
        Col("has_account", "boolean", "none", flag(0.7)),
        Col("created_at", "timestamptz", "none", stamp(2022, 2024)),
        Col("updated_at", "timestamptz", "none", stamp(2024, 2025)),
        Col("deleted_at", "timestamptz", "none", maybe(stamp(2025, 2025), 0.95)),
        Col("metadata", "jsonb", "none", maybe(one('{"newsletter": true}', '{"source": "instagram"}',
                                                   '{"wholesale": false}'), 0.5)),
    ], rows=N_CUS)
    address = Table(S, "address", [
        Col("id", "varchar PRIMARY KEY", "none", _id("addr")),
        Col("customer_id", "varchar", "none", lambda c, i: ulid_id("cus", i) if i <= N_CUS else None),
        Col("company", "varchar", "none", maybe(one("Digicel Jamaica", "UWI Mona", "Juici Patties Ltd"), 0.85)),
        Col("first_name", "varchar", "person_name", P("jm", "customer", "first")),
        Col("last_name", "varchar", "person_name", P("jm", "customer", "last")),
        Col("address_1", "varchar", "postal_address", P("jm", "customer", "street")),
        Col("address_2", "varchar", "postal_address", maybe(lambda c, i: c.r.choice(
            (f"Apt {c.r.randint(1, 30)}{c.r.choice('ABCD')}", f"Unit {c.r.randint(1, 12)}",
             f"Shop {c.r.randint(1, 40)}, {c.r.choice(('Sovereign Centre', 'Half Way Tree Plaza'))}")), 0.6)),
        Col("city", "varchar", "none", P("jm", "customer", "city")),
        Col("country_code", "varchar", "none", const("jm")),
        Col("province", "varchar", "none", P("jm", "customer", "postcode")),
        Col("postal_code", "varchar", "postal_address", maybe(lambda c, i: f"JM{c.r.choice(('AKN', 'CCT', 'DJS', 'EMN'))}"
                                                              f"{c.r.randint(1, 20):02d}", 0.6)),
        Col("phone", "varchar", "phone", maybe(P("jm", "customer", "phone"), 0.2)),
        Col("created_at", "timestamptz", "none", stamp(2022, 2024)),
        Col("updated_at", "timestamptz", "none", stamp(2024, 2025)),
        Col("deleted_at", "timestamptz", "none", const(None)),
        Col("metadata", "jsonb", "none", const(None)),
    ], rows=N_ADDR, extra=[_fk("address", "customer_id", "customer"),
                           _fk("customer", "billing_address_id", "address")])
    product = Table(S, "product", [
        Col("id", "varchar PRIMARY KEY", "none", _id("prod")),
        Col("title", "varchar", "none", lambda c, i: PRODUCTS[i % len(PRODUCTS)] + ("" if i <= 14 else f" #{i}")),
        Col("subtitle", "varchar", "none", maybe(one("Made in St. Elizabeth", "Limited batch", "Family recipe"), 0.5)),
        Col("description", "varchar", "none", one("Hand-made in small batches.", "Shipped island-wide within 3 days.",
                                                  "Keep refrigerated after opening.", None)),
        Col("handle", "varchar", "none", lambda c, i: PRODUCTS[i % len(PRODUCTS)].lower().replace(" ", "-")
            .replace("(", "").replace(")", "") + f"-{i}"),
        Col("is_giftcard", "boolean", "none", lambda c, i: i == 1),
        Col("status", "varchar", "none", one("published", "published", "draft", "proposed")),
        Col("thumbnail", "varchar", "none", lambda c, i: f"https://cdn.yaadpantry.com.jm/uploads/{hexs(16)(c, i)}.jpg"),
        Col("profile_id", "varchar", "none", const("sp_01HF2K9D8Q6W3N4B7Y5C1T0XZA")),
        Col("weight", "integer", "none", integer(100, 5000)),
        Col("hs_code", "varchar", "none", one("0901.21", "2103.90", "2008.99", "1905.90", "2202.10")),
        Col("origin_country", "varchar", "none", const("jm")),
        Col("material", "varchar", "none", maybe(one("glass jar", "tin", "paper bag"), 0.5)),
        Col("created_at", "timestamptz", "none", stamp(2022, 2023)),
        Col("collection_id", "varchar", "none", maybe(one("pcol_01HF2KA0SAUCES0000000000", "pcol_01HF2KA0BAKERY0000000000"),
                                                      0.3)),
        Col("discountable", "boolean", "none", flag(0.9)),
        Col("external_id", "varchar", "none", const(None)),
    ], rows=N_PROD)
    variant = Table(S, "product_variant", [
        Col("id", "varchar PRIMARY KEY", "none", _id("variant")),
        Col("title", "varchar", "none", one("Small", "Medium", "Large", "Default")),
        Col("product_id", "varchar", "none", ulid_ref("prod", N_PROD, 1)),
        Col("sku", "varchar", "none", lambda c, i: f"YP-{i:04d}-{c.r.choice('SML')}"),
        Col("barcode", "varchar", "none", ean13("06")),
        Col("ean", "varchar", "none", maybe(ean13("06"), 0.4)),
        Col("upc", "varchar", "none", const(None)),
        Col("inventory_quantity", "integer", "none", integer(0, 300)),
        Col("allow_backorder", "boolean", "none", flag(0.1)),
        Col("manage_inventory", "boolean", "none", flag(0.9)),
        Col("weight", "integer", "none", integer(100, 5000)),
        Col("created_at", "timestamptz", "none", stamp(2022, 2023)),
        Col("variant_rank", "integer", "none", integer(0, 3)),
    ], rows=150, extra=[_fk("product_variant", "product_id", "product")])
    cart = Table(S, "cart", [
        Col("id", "varchar PRIMARY KEY", "none", _id("cart")),
        Col("email", "varchar", "email", maybe(P("jm", "cart", "email"), 0.2)),
        Col("billing_address_id", "varchar", "none", maybe(ulid_ref("addr", N_ADDR, 3), 0.4)),
        Col("shipping_address_id", "varchar", "none", maybe(ulid_ref("addr", N_ADDR, 3), 0.3)),
        Col("region_id", "varchar", "none", const(REGION)),
        Col("customer_id", "varchar", "none", maybe(ulid_ref("cus", N_CUS, 5), 0.3)),
        Col("payment_id", "varchar", "none", const(None)),
        Col("type", "varchar", "none", one("default", "default", "draft_order")),
        Col("completed_at", "timestamptz", "none", maybe(stamp(2023, 2025), 0.3)),
        Col("created_at", "timestamptz", "none", stamp(2023, 2025)),
        Col("updated_at", "timestamptz", "none", stamp(2024, 2025)),
        Col("idempotency_key", "varchar", "none", maybe(uid(), 0.5)),
        Col("context", "jsonb", "ip_address", _cart_context),
        Col("sales_channel_id", "varchar", "none", const("sc_01HF2K9D8Q6W3N4B7Y5C1T0XZS")),
    ], rows=N_CART, extra=[_fk("cart", "customer_id", "customer"), _fk("cart", "shipping_address_id", "address")])
    order = Table(S, "order", [
        Col("id", "varchar PRIMARY KEY", "none", _id("order")),
        Col("status", "varchar", "none", one("pending", "completed", "completed", "archived", "canceled")),
        Col("fulfillment_status", "varchar", "none", one("not_fulfilled", "fulfilled", "shipped", "shipped")),
        Col("payment_status", "varchar", "none", one("awaiting", "captured", "captured", "refunded")),
        Col("display_id", "integer", "none", lambda c, i: 1000 + i),
        Col("cart_id", "varchar", "none", lambda c, i: ulid_id("cart", i)),
        Col("customer_id", "varchar", "none", ulid_ref("cus", N_CUS, 7)),
        Col("email", "varchar", "email", lambda c, i: P("jm", "customer", "email")(c, 1 + (i * 7) % N_CUS)),
        Col("billing_address_id", "varchar", "none", maybe(ulid_ref("addr", N_ADDR, 7), 0.3)),
        Col("shipping_address_id", "varchar", "none", ulid_ref("addr", N_ADDR, 7)),
        Col("region_id", "varchar", "none", const(REGION)),
        Col("currency_code", "varchar", "none", const("jmd")),
        Col("tax_rate", "real", "none", const(15.0)),
        Col("canceled_at", "timestamptz", "none", maybe(stamp(2024, 2025), 0.9)),
        Col("created_at", "timestamptz", "none", stamp(2023, 2025)),
        Col("metadata", "jsonb", "none", maybe(one('{"gift": true}', '{"delivery_window": "PM"}'), 0.6)),
        Col("idempotency_key", "varchar", "none", maybe(uid(), 0.5)),
        Col("no_notification", "boolean", "none", flag(0.05)),
        Col("external_id", "varchar", "none", const(None)),
    ], rows=N_ORDER, extra=[_fk("order", "customer_id", "customer"), _fk("order", "shipping_address_id", "address"),
                            _fk("order", "cart_id", "cart")])
    payment = Table(S, "payment", [
        Col("id", "varchar PRIMARY KEY", "none", _id("pay")),
        Col("swap_id", "varchar", "none", const(None)),
        Col("cart_id", "varchar", "none", lambda c, i: ulid_id("cart", i)),
        Col("order_id", "varchar", "none", lambda c, i: ulid_id("order", i)),
        Col("amount", "integer", "none", lambda c, i: c.r.randint(1500, 90000) * 100),
        Col("currency_code", "varchar", "none", const("jmd")),
        Col("amount_refunded", "integer", "none", one(0, 0, 0, 150000)),
        Col("provider_id", "varchar", "none", one("stripe", "stripe", "manual")),
        Col("data", "jsonb", "secret_token", _payment_data),
        Col("captured_at", "timestamptz", "none", maybe(stamp(2023, 2025), 0.2)),
        Col("canceled_at", "timestamptz", "none", const(None)),
        Col("created_at", "timestamptz", "none", stamp(2023, 2025)),
        Col("idempotency_key", "varchar", "none", maybe(uid(), 0.5)),
    ], rows=120, extra=[_fk("payment", "order_id", "order"), _fk("payment", "cart_id", "cart")])
    user = Table(S, "user", [
        Col("id", "varchar PRIMARY KEY", "none", _id("usr")),
        Col("email", "varchar", "email", lambda c, i: P("jm", "user", "first")(c, i).lower() + "@yaadpantry.com.jm"),
        Col("first_name", "varchar", "person_name", P("jm", "user", "first")),
        Col("last_name", "varchar", "person_name", P("jm", "user", "last")),
        Col("password_hash", "varchar", "credentials", _scrypt),
        Col("api_token", "varchar", "secret_token", maybe(chars(40), 0.6)),
        Col("created_at", "timestamptz", "none", stamp(2022, 2024)),
        Col("updated_at", "timestamptz", "none", stamp(2024, 2025)),
        Col("deleted_at", "timestamptz", "none", const(None)),
        Col("metadata", "jsonb", "none", const(None)),
        Col("role", "varchar", "none", one("member", "member", "developer", "admin")),
    ], rows=15)
    notification = Table(S, "notification", [
        Col("id", "varchar PRIMARY KEY", "none", _id("noti")),
        Col("event_name", "varchar", "none", one("order.placed", "order.shipment_created", "order.canceled")),
        Col("resource_type", "varchar", "none", const("order")),
        Col("resource_id", "varchar", "none", lambda c, i: ulid_id("order", i)),
        Col("customer_id", "varchar", "none", ulid_ref("cus", N_CUS, 5)),
        Col("to", "varchar", "email", lambda c, i: P("jm", "customer", "email")(c, 1 + (i * 5) % N_CUS)),
        Col("data", "jsonb", "free_text_may_contain_pii", _notification_data),
        Col("parent_id", "varchar", "none", const(None)),
        Col("provider_id", "varchar", "none", one("sendgrid", "sendgrid")),
        Col("created_at", "timestamptz", "none", stamp(2023, 2025)),
        Col("updated_at", "timestamptz", "none", stamp(2023, 2025)),
    ], rows=150, extra=[_fk("notification", "customer_id", "customer")])
    gift = Table(S, "gift_card", [
        Col("id", "varchar PRIMARY KEY", "none", _id("gift")),
        Col("code", "varchar", "secret_token", lambda c, i: "-".join(chars(4, "ABCDEFGHJKLMNPQRSTUVWXYZ")(c, i)
                                                                      for _ in range(4))),
        Col("value", "integer", "none", one(500000, 1000000, 2000000)),
        Col("balance", "integer", "none", integer(0, 2000000)),
        Col("region_id", "varchar", "none", const(REGION)),
        Col("order_id", "varchar", "none", maybe(ulid_ref("order", N_ORDER, 3), 0.3)),
        Col("is_disabled", "boolean", "none", flag(0.05)),
        Col("ends_at", "timestamptz", "none", maybe(stamp(2025, 2026), 0.5)),
        Col("created_at", "timestamptz", "none", stamp(2023, 2025)),
        Col("tax_rate", "real", "none", maybe(decimal(15, 15, 1), 0.5)),
    ], rows=80, extra=[_fk("gift_card", "order_id", "order")])
    return [customer, address, product, variant, cart, order, payment, user, notification, gift]
