"""Magento 2.4 (schema c_magento, MySQL types mapped to PostgreSQL): store, customer_entity, customer_address_entity,
sales_order, sales_order_address, sales_order_payment, catalog_product_entity(+_varchar/_decimal/_text), admin_user."""
from __future__ import annotations

import base64
import json

from .blind2_gens import (b64s, bit, col, dob, eu_vat, intr, ip_any, ipv4, magento_hash, num, opt, pick_w, ref,
                          street_multi, ts)
from .gens import Ctx, Table, card, ident, pick

S = "c_magento"
N_STORE, N_CUST, N_ORDER, N_PROD = 80, 150, 150, 100
PK = "integer PRIMARY KEY"
NAME = lambda c, i: c.fake.first_name()  # noqa: E731
LAST = lambda c, i: c.fake.last_name()  # noqa: E731
TEL = lambda c, i: c.fake.phone_number()  # noqa: E731


def store() -> Table:
    cols = [
        col("store_id", "smallint PRIMARY KEY", "none", ident),
        col("code", "varchar(32)", "none", lambda c, i: "default" if i == 1 else f"{c.r.choice(['en', 'fr', 'de', 'b2b'])}_{i}"),
        col("website_id", "smallint", "none", intr(1, 4)),
        col("group_id", "smallint", "none", intr(1, 6)),
        col("name", "varchar(255)", "none", lambda c, i: "Default Store View" if i == 1 else
            f"{c.r.choice(['English', 'French', 'German', 'Wholesale'])} Store View {i}"),
        col("is_active", "smallint", "none", bit(0.9)),
    ]
    return Table(S, "store", cols, rows=N_STORE)


def customer_entity() -> Table:
    cols = [
        col("entity_id", PK, "none", ident),
        col("email", "varchar(255)", "email", lambda c, i: c.fake.email()),
        col("store_id", "smallint", "none", ref(N_STORE)),
        col("created_at", "timestamp", "none", ts()),
        col("is_active", "smallint", "none", bit(0.97)),
        col("prefix", "varchar(40)", "none", opt(0.4, pick("Mr.", "Mrs.", "Ms.", "Dr."))),
        col("firstname", "varchar(255)", "person_name", NAME),
        col("middlename", "varchar(255)", "person_name", opt(0.2, NAME)),
        col("lastname", "varchar(255)", "person_name", LAST),
        col("dob", "date", "birth_date", opt(0.6, dob(1950, 2005))),
        col("password_hash", "varchar(128)", "credentials", magento_hash),
        col("rp_token", "varchar(128)", "secret_token", opt(0.3, lambda c, i: c.fake.md5())),
        col("default_billing", "integer", "none", ref(N_CUST, 0.8)),
        col("taxvat", "varchar(50)", "national_id", opt(0.5, lambda c, i: c.fake.ssn())),
        col("confirmation", "varchar(64)", "secret_token", opt(0.2, lambda c, i: c.fake.sha256()[:32])),
        col("gender", "smallint", "none", pick(0, 1, 2, 3)),
    ]
    return Table(S, "customer_entity", cols, rows=N_CUST, extra=[
        f"ALTER TABLE {S}.customer_entity ADD FOREIGN KEY (store_id) REFERENCES {S}.store (store_id)"])


def customer_address_entity() -> Table:
    cols = [
        col("entity_id", PK, "none", ident),
        col("parent_id", "integer", "none", ref(N_CUST)),
        col("city", "varchar(255)", "none", lambda c, i: c.fake.city()),
        col("company", "varchar(255)", "none", opt(0.15, lambda c, i: c.fake.company())),
        col("country_id", "varchar(255)", "none", pick("US", "US", "GB", "FR", "DE")),
        col("fax", "varchar(255)", "phone", opt(0.1, TEL)),
        col("firstname", "varchar(255)", "person_name", NAME),
        col("lastname", "varchar(255)", "person_name", LAST),
        col("middlename", "varchar(255)", "person_name", opt(0.15, NAME)),
        col("postcode", "varchar(255)", "postal_address", lambda c, i: c.fake.postcode()),
        col("region", "varchar(255)", "none", lambda c, i: c.fake.state()),
        col("street", "text", "postal_address", street_multi),
        col("telephone", "varchar(255)", "phone", TEL),
        col("vat_id", "text", "none", lambda c, i: None if c.r.random() < 0.85 else eu_vat(c, i)),
    ]
    return Table(S, "customer_address_entity", cols, rows=150, extra=[
        f"ALTER TABLE {S}.customer_address_entity ADD FOREIGN KEY (parent_id) REFERENCES {S}.customer_entity (entity_id)"])


def sales_order() -> Table:
    cols = [
        col("entity_id", PK, "none", ident),
        col("status", "varchar(32)", "none", pick("pending", "processing", "complete", "canceled")),
        col("protect_code", "varchar(255)", "secret_token", lambda c, i: c.fake.sha1()[:32]),
        col("store_id", "smallint", "none", ref(N_STORE)),
        col("customer_id", "integer", "none", ref(N_CUST, 0.8)),
        col("grand_total", "numeric(20,4)", "none", num(10, 900, 4)),
        col("customer_is_guest", "smallint", "none", bit(0.2)),
        col("increment_id", "varchar(32)", "none", lambda c, i: f"{i + 100000000:09d}"),
        col("customer_email", "varchar(128)", "email", lambda c, i: c.fake.email()),
        col("customer_firstname", "varchar(128)", "person_name", NAME),
        col("customer_lastname", "varchar(128)", "person_name", LAST),
        col("customer_middlename", "varchar(128)", "person_name", opt(0.15, NAME)),
        col("customer_prefix", "varchar(32)", "none", opt(0.3, pick("Mr.", "Mrs.", "Ms."))),
        col("customer_dob", "timestamp", "birth_date", opt(0.5, lambda c, i: ts(1950, 2004)(c, i).replace(
            hour=0, minute=0, second=0))),
        col("customer_gender", "integer", "none", pick(None, 1, 2, 3)),
        col("customer_taxvat", "varchar(32)", "national_id", opt(0.3, lambda c, i: c.fake.ssn())),
        col("remote_ip", "varchar(45)", "ip_address", ip_any),
        col("x_forwarded_for", "varchar(255)", "ip_address", opt(0.4, lambda c, i: f"{ipv4(c, i)}, {ipv4(c, i)}")),
        col("customer_note", "text", "free_text_may_contain_pii", opt(0.5, lambda c, i: c.r.choice([
            f"Please leave the parcel with my neighbour {c.fake.name()} at no. {c.r.randint(1, 90)}.",
            f"Call me on {c.fake.phone_number()} before delivery.", "Gift wrap please.",
            f"It's a present for {c.fake.first_name()}, do not include the invoice."]))),
        col("created_at", "timestamp", "none", ts(2022, 2024)),
    ]
    return Table(S, "sales_order", cols, rows=N_ORDER, extra=[
        f"ALTER TABLE {S}.sales_order ADD FOREIGN KEY (customer_id) REFERENCES {S}.customer_entity (entity_id)",
        f"ALTER TABLE {S}.sales_order ADD FOREIGN KEY (store_id) REFERENCES {S}.store (store_id)"])


def sales_order_address() -> Table:
    cols = [
        col("entity_id", PK, "none", ident),
        col("parent_id", "integer", "none", lambda c, i: (i + 1) // 2),
        col("customer_id", "integer", "none", ref(N_CUST, 0.8)),
        col("fax", "varchar(255)", "phone", opt(0.05, TEL)),
        col("postcode", "varchar(255)", "postal_address", lambda c, i: c.fake.postcode()),
        col("lastname", "varchar(255)", "person_name", LAST),
        col("street", "varchar(255)", "postal_address", street_multi),
        col("city", "varchar(255)", "none", lambda c, i: c.fake.city()),
        col("email", "varchar(255)", "email", lambda c, i: c.fake.email()),
        col("telephone", "varchar(255)", "phone", TEL),
        col("country_id", "varchar(2)", "none", pick("US", "US", "GB", "FR")),
        col("firstname", "varchar(255)", "person_name", NAME),
        col("address_type", "varchar(255)", "none", lambda c, i: "billing" if i % 2 else "shipping"),
        col("company", "varchar(255)", "none", opt(0.1, lambda c, i: c.fake.company())),
        col("vat_id", "text", "none", lambda c, i: None if c.r.random() < 0.9 else eu_vat(c, i)),
    ]
    return Table(S, "sales_order_address", cols, rows=2 * 70, extra=[
        f"ALTER TABLE {S}.sales_order_address ADD FOREIGN KEY (parent_id) REFERENCES {S}.sales_order (entity_id)"])


def _cc_enc(c: Ctx, i: int) -> str:
    nonce = c.r.randbytes(12)
    return "0:3:" + base64.b64encode(nonce + c.aes.encrypt(nonce, card(c, i).encode(), None)).decode()


def sales_order_payment() -> Table:
    cols = [
        col("entity_id", PK, "none", ident),
        col("parent_id", "integer", "none", ident),
        col("method", "varchar(128)", "none", pick_w(("checkmo", 2), ("braintree", 5), ("paypal_express", 3))),
        col("cc_type", "varchar(32)", "none", pick("VI", "MC", "AE", None)),
        col("cc_last_4", "varchar(255)", "none", lambda c, i: f"{c.r.randint(0, 9999):04d}"),
        col("cc_owner", "varchar(128)", "person_name", opt(0.6, lambda c, i: c.fake.name().upper())),
        col("cc_number_enc", "varchar(128)", "payment_card", opt(0.3, _cc_enc)),
        col("additional_information", "text", "none", lambda c, i: json.dumps(
            {"method_title": c.r.choice(["Check / Money order", "Credit Card", "PayPal Express Checkout"])})),
    ]
    return Table(S, "sales_order_payment", cols, rows=N_ORDER, extra=[
        f"ALTER TABLE {S}.sales_order_payment ADD FOREIGN KEY (parent_id) REFERENCES {S}.sales_order (entity_id)"])


PRODUCTS = ["Joust Duffle Bag", "Strive Shoulder Pack", "Fusion Backpack", "Push It Messenger Bag", "Overnight Duffle",
            "Radiant Tee", "Breathe-Easy Tank", "Argus All-Weather Tank", "Hero Hoodie", "Sprite Yoga Strap 6 foot"]


def catalog_product_entity() -> Table:
    cols = [
        col("entity_id", PK, "none", ident),
        col("attribute_set_id", "smallint", "none", pick(4, 9, 10, 15)),
        col("type_id", "varchar(32)", "none", pick("simple", "configurable", "virtual", "bundle")),
        col("sku", "varchar(64)", "none", lambda c, i: f"{c.r.choice('MW')}{c.r.choice('HJSPT')}{i:02d}-"
                                                       f"{c.r.choice(['XS', 'S', 'M', 'L'])}-{c.r.choice(['Blue', 'Red'])}"),
        col("created_at", "timestamp", "none", ts()),
    ]
    return Table(S, "catalog_product_entity", cols, rows=N_PROD)


def catalog_product_entity_value(kind: str, type_: str, gen) -> Table:
    cols = [
        col("value_id", PK, "none", ident),
        col("attribute_id", "smallint", "none", pick(73, 77, 87, 106, 121)),
        col("store_id", "smallint", "none", pick(0, 0, 1)),
        col("entity_id", "integer", "none", ref(N_PROD)),
        col("value", type_, "none", gen),
    ]
    name = f"catalog_product_entity_{kind}"
    return Table(S, name, cols, rows=120, extra=[
        f"ALTER TABLE {S}.{name} ADD FOREIGN KEY (entity_id) REFERENCES {S}.catalog_product_entity (entity_id)"])


def admin_user() -> Table:
    cols = [
        col("user_id", PK, "none", ident),
        col("firstname", "varchar(32)", "person_name", NAME),
        col("lastname", "varchar(32)", "person_name", LAST),
        col("email", "varchar(128)", "email", lambda c, i: c.fake.company_email()),
        col("username", "varchar(40)", "none", lambda c, i: "admin" if i == 1 else c.fake.user_name()),
        col("password", "varchar(255)", "credentials", magento_hash),
        col("is_active", "smallint", "none", bit(0.9)),
        col("rp_token", "text", "secret_token", opt(0.2, b64s(24))),
    ]
    return Table(S, "admin_user", cols, rows=80)


def magento_tables() -> list[Table]:
    return [store(), customer_entity(), customer_address_entity(), sales_order(), sales_order_address(),
            sales_order_payment(), catalog_product_entity(),
            catalog_product_entity_value("varchar", "varchar(255)", lambda c, i: c.r.choice(PRODUCTS)
                                         if c.r.random() < 0.6 else c.r.choice(PRODUCTS).lower().replace(" ", "-")),
            admin_user()]
