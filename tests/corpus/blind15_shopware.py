"""r_shopware: a Vienna speciality-coffee roaster's Shopware 6.5 shop, copied nightly from MySQL into PostgreSQL for
its reporting (Shopware's snake_case DAL tables; BINARY(16) ids become uuid, tinyint flags smallint, JSON jsonb).
Customers and addresses, orders with their customer and address snapshots and payment transactions, admin users."""
from __future__ import annotations

import json
from typing import Any

from .blind15_gens import (Rec, alnum, at_person, bcrypt, const, fk, hexgen, idx, ipv4_public, maybe, moment, num, pick,
                           rint, stamps, uid, uref)
from .gens import Col, Table

S = "r_shopware"
N_CUST, N_ORDER, N_USER = 150, 150, 12
AT_COUNTRY = "0191d2bc54a47186a1fd1e7a4e3c43a3"
LANG_DE = "2fbb5fe2e29a4d70aa5854ce7ce3e20b"
CHANNEL = "98432def39fc4624b33213a56b8c944d"
SAL = ("4b6bbd3b1aef43e5a1f7bd2b3b4d7c0e", "d01bb8e4c3c44f69ba1c50a29f3e5d11", "ed643807c9f84cc8b50132ea3ccb1c3b")
PAY = {"Vorkasse": "a3b2c1d0e9f84a7b9c6d5e4f3a2b1c0d", "PayPal": "f16f0b4d8d6a4e07a0c3a6f1b09c2e51",
       "Kreditkarte (Stripe)": "6c8c4f9bbf2e4f1f8a7a0b2e6d3c9a14",
       "Eps-Überweisung": "0c3e9f2a71d54b8e9a64f0d5c2b71e38",
       "Rechnung": "8e5b2d7c4a1f4c0b9d3e6a7f5b2c8d91"}
STATES = ("open", "in_progress", "completed", "completed", "completed", "cancelled")
COMMENTS = ("Bitte bei der Nachbarin {f} {l} (Top {n}) abgeben, falls ich nicht da bin.",
            "Bitte ganze Bohne, nicht gemahlen! Danke", "Geschenk für meinen Vater, bitte ohne Rechnung im Paket.",
            "Falls niemand öffnet bitte anrufen: {p}", "Lieferung bitte erst ab 15 Uhr, Gegensprechanlage {l}.",
            "Hallo, könnt ihr die Espressomischung Nr. 3 fein für Siebträger mahlen?",
            "Zustellung an Büro, z. Hd. {f} {l}, 2. Stock.", "Danke für die Probierpackung letztes Mal :)",
            "Bitte Hinterhof-Eingang benutzen, Code 4711.")
TAGS = ("filter", "espresso", "french_press", "ganze_bohne", "siebtraeger", "mokka")


def _addr(c: Any, i: int) -> dict:
    p = at_person(c, i)
    p["line1"] = c.r.choice(("", "", "", f"Stiege {c.r.randint(1, 4)}", "Hintereingang",
                             f"c/o {p['company'] or 'Hausverwaltung Kreuzer'}"))
    p["comment"] = c.r.choice(COMMENTS).format(f=c.r.choice(("Maria", "Gerhard", "Ines", "Franz")),
                                               l=p["last"], n=c.r.randint(1, 30), p=p["phone"]) \
        if c.r.random() < 0.45 else None
    p["vat"] = f"ATU{c.r.randint(10000000, 79999999)}" if p["company"] else None
    return p


def _person_cols(rec: Rec, prefix: str = "") -> list[Col]:
    return [Col("salutation_id", "uuid", "none", rec.f("sal")),
            Col("first_name", "varchar(255)", "person_name", rec.f("first")),
            Col("last_name", "varchar(255)", "person_name", rec.f("last")),
            Col("title", "varchar(100)", "none", rec.f("title"))]


def shopware_tables() -> list[Table]:
    def drawp(c: Any, i: int) -> dict:
        p = _addr(c, i)
        p["sal"] = SAL[0] if p["sex"] == "m" else SAL[1] if c.r.random() < 0.9 else SAL[2]
        return p
    cu, ca, oc, oa, us = (Rec(drawp) for _ in range(5))
    created = stamps(2019, 2026)
    pay = pick(*PAY.values())
    customer = Table(S, "customer", [
        Col("id", "uuid PRIMARY KEY", "none", lambda c, i: uid("cu", i)),
        Col("customer_group_id", "uuid", "none", const("cfbd5018d38d41d8adca10d94fc8bdd6")),
        Col("default_payment_method_id", "uuid", "none", pay),
        Col("sales_channel_id", "uuid", "none", const(CHANNEL)),
        Col("language_id", "uuid", "none", const(LANG_DE)),
        Col("last_payment_method_id", "uuid", "none", pay),
        Col("default_billing_address_id", "uuid", "none", lambda c, i: uid("ca", i)),
        Col("default_shipping_address_id", "uuid", "none", lambda c, i: uid("ca", i)),
        Col("customer_number", "varchar(255)", "none", lambda c, i: str(10000 + i)),
        *_person_cols(cu),
        Col("company", "varchar(255)", "none", cu.f("company")),
        Col("email", "varchar(254)", "email", cu.f("email")),
        Col("campaign_code", "varchar(255)", "none", maybe(0.15, pick("ADVENT24", "MUTTERTAG", "BLACKWEEK"))),
        Col("active", "smallint", "none", const(1)),
        Col("double_opt_in_registration", "smallint", "none", const(0)),
        Col("hash", "varchar(255)", "secret_token", maybe(0.3, hexgen(32))),
        Col("guest", "smallint", "none", pick(0, 0, 0, 1)),
        Col("first_login", "timestamp(3)", "none", created),
        Col("last_login", "timestamp(3)", "none", stamps(2024, 2026, 0.1)),
        Col("password", "varchar(1024)", "credentials", lambda c, i: bcrypt(c) if c.r.random() < 0.8 else None),
        Col("legacy_password", "varchar(255)", "credentials", maybe(0.12, hexgen(32))),
        Col("birthday", "date", "birth_date", lambda c, i: cu.f("birth")(c, i) if c.r.random() < 0.35 else None),
        Col("last_order_date", "timestamp(3)", "none", stamps(2023, 2026)),
        Col("order_count", "int", "none", rint(0, 40)),
        Col("order_total_amount", "double precision", "none", num(0, 2400)),
        Col("custom_fields", "jsonb", "none", lambda c, i: json.dumps({"custom_grind": c.r.choice(TAGS),
                                                                        "custom_abo": c.r.random() < 0.2})),
        Col("remote_address", "varchar(255)", "ip_address",
            lambda c, i: ipv4_public(c, (84, 91, 178, 188, 193, 212, 80, 62))),
        Col("account_type", "varchar(255)", "none", lambda c, i: "business" if cu.f("company")(c, i) else "private"),
        Col("vat_ids", "jsonb", "none", lambda c, i: json.dumps([cu.f("vat")(c, i)] if cu.f("vat")(c, i) else [])),
        Col("created_at", "timestamp(3)", "none", created),
        Col("updated_at", "timestamp(3)", "none", stamps(2024, 2026, 0.2)),
    ], rows=N_CUST, comment="Shop customers (registered and guest accounts)")

    def addr_cols(rec: Rec) -> list[Col]:
        return [Col("country_id", "uuid", "none", const(AT_COUNTRY)),
                Col("country_state_id", "uuid", "none", lambda c, i: None),
                *_person_cols(rec),
                Col("street", "varchar(255)", "postal_address", rec.f("street")),
                Col("zipcode", "varchar(50)", "postal_address", rec.f("plz")),
                Col("city", "varchar(70)", "none", rec.f("town")),
                Col("company", "varchar(255)", "none", rec.f("company")),
                Col("department", "varchar(35)", "none", lambda c, i: c.r.choice(("Einkauf", "Sekretariat"))
                    if rec.f("company")(c, i) else None),
                Col("phone_number", "varchar(40)", "phone", lambda c, i: rec.f("phone")(c, i) if c.r.random() < 0.7
                    else None),
                Col("additional_address_line1", "varchar(255)", "postal_address", rec.f("line1")),
                Col("additional_address_line2", "varchar(255)", "none", lambda c, i: None)]
    customer_address = Table(S, "customer_address", [
        Col("id", "uuid PRIMARY KEY", "none", lambda c, i: uid("ca", i)),
        Col("customer_id", "uuid", "none", lambda c, i: uid("cu", i)),
        *addr_cols(ca),
        Col("custom_fields", "jsonb", "none", const(None)),
        Col("created_at", "timestamp(3)", "none", created),
        Col("updated_at", "timestamp(3)", "none", stamps(2024, 2026, 0.5)),
    ], rows=N_CUST, extra=[fk(S, "customer_address", "customer_id", "customer"),
                           fk(S, "customer", "default_billing_address_id", "customer_address"),
                           fk(S, "customer", "default_shipping_address_id", "customer_address")])

    def draw_order(c: Any, i: int) -> dict:
        net = round(c.r.uniform(14, 260), 2)
        ship = c.r.choice((0.0, 4.9, 6.9))
        total = round(net * 1.1 + ship, 2)
        when = moment(c, 2022, 2026)
        comment = c.r.choice(COMMENTS).format(f=c.r.choice(("Sabine", "Leopold", "Anna")),
                                              l=c.r.choice(("Huber", "Pichler", "Novak")),
                                              n=c.r.randint(1, 30), p=c.r.choice(("0664 318 2290", "+43 676 5521904",
                                                                                 "0699 10 44 873")))
        return {"net": net, "ship": ship, "total": total, "when": when,
                "comment": comment if c.r.random() < 0.4 else None,
                "price": json.dumps({"netPrice": net, "totalPrice": total, "positionPrice": round(total - ship, 2),
                                     "taxStatus": "gross", "rawTotal": total,
                                     "calculatedTaxes": [{"tax": round(net * 0.1, 2), "taxRate": 10, "price": total}]})}
    od = Rec(draw_order)
    version = const("0fa91ce3e96a4bc2be4bd9ce752c3425")
    order = Table(S, "order", [
        Col("id", "uuid PRIMARY KEY", "none", lambda c, i: uid("or", i)),
        Col("version_id", "uuid", "none", version),
        Col("state_id", "uuid", "none", pick(*(uid("st", k) for k in range(6)))),
        Col("auto_increment", "int", "none", idx),
        Col("order_number", "varchar(64)", "none", lambda c, i: str(20000 + i * 3)),
        Col("currency_id", "uuid", "none", const("b7d2554b0ce847cd82f3ac9bd1c0dfca")),
        Col("language_id", "uuid", "none", const(LANG_DE)),
        Col("currency_factor", "double precision", "none", const(1.0)),
        Col("sales_channel_id", "uuid", "none", const(CHANNEL)),
        Col("billing_address_id", "uuid", "none", lambda c, i: uid("oa", i)),
        Col("billing_address_version_id", "uuid", "none", version),
        Col("price", "jsonb", "none", od.f("price")),
        Col("order_date_time", "timestamp(3)", "none", od.f("when")),
        Col("order_date", "date", "none", lambda c, i: od.f("when")(c, i).date()),
        Col("amount_total", "double precision", "none", od.f("total")),
        Col("amount_net", "double precision", "none", od.f("net")),
        Col("position_price", "double precision", "none",
            lambda c, i: round(od.f("total")(c, i) - od.f("ship")(c, i), 2)),
        Col("tax_status", "varchar(255)", "none", const("gross")),
        Col("shipping_costs", "jsonb", "none",
            lambda c, i: json.dumps({"unitPrice": od.f("ship")(c, i), "quantity": 1})),
        Col("shipping_total", "double precision", "none", od.f("ship")),
        Col("deep_link_code", "varchar(32)", "secret_token", lambda c, i: alnum(c, 32)),
        Col("customer_comment", "text", "free_text_may_contain_pii", od.f("comment")),
        Col("created_at", "timestamp(3)", "none", od.f("when")),
        Col("updated_at", "timestamp(3)", "none", stamps(2024, 2026, 0.3)),
    ], rows=N_ORDER, comment="Orders (one live version)")
    order_customer = Table(S, "order_customer", [
        Col("id", "uuid PRIMARY KEY", "none", lambda c, i: uid("oc", i)),
        Col("version_id", "uuid", "none", version),
        Col("customer_id", "uuid", "none", uref("cu", N_CUST, 0.1)),
        Col("order_id", "uuid", "none", lambda c, i: uid("or", i)),
        Col("order_version_id", "uuid", "none", version),
        Col("email", "varchar(254)", "email", oc.f("email")),
        *_person_cols(oc),
        Col("vat_ids", "jsonb", "none", lambda c, i: json.dumps([oc.f("vat")(c, i)] if oc.f("vat")(c, i) else [])),
        Col("company", "varchar(255)", "none", oc.f("company")),
        Col("customer_number", "varchar(255)", "none", lambda c, i: str(10000 + c.r.randint(1, N_CUST))),
        Col("remote_address", "varchar(255)", "ip_address", lambda c, i: ipv4_public(c, (84, 91, 178, 188, 212))),
        Col("custom_fields", "jsonb", "none", const(None)),
        Col("created_at", "timestamp(3)", "none", created),
        Col("updated_at", "timestamp(3)", "none", lambda c, i: None),
    ], rows=N_ORDER, extra=[fk(S, "order_customer", "customer_id", "customer"),
                            fk(S, "order_customer", "order_id", "order")])
    order_address = Table(S, "order_address", [
        Col("id", "uuid PRIMARY KEY", "none", lambda c, i: uid("oa", i)),
        Col("version_id", "uuid", "none", version),
        Col("order_id", "uuid", "none", lambda c, i: uid("or", i)),
        Col("order_version_id", "uuid", "none", version),
        *addr_cols(oa),
        Col("vat_id", "varchar(255)", "none", oa.f("vat")),
        Col("custom_fields", "jsonb", "none", const(None)),
        Col("created_at", "timestamp(3)", "none", created),
        Col("updated_at", "timestamp(3)", "none", lambda c, i: None),
    ], rows=N_ORDER, extra=[fk(S, "order_address", "order_id", "order")])

    user = Table(S, "user", [
        Col("id", "uuid PRIMARY KEY", "none", lambda c, i: uid("us", i)),
        Col("username", "varchar(255)", "none", lambda c, i: "admin" if i == 1 else
            f"{us.f('first')(c, i)[0].lower()}.{us.f('last')(c, i).lower().replace('ü', 'ue').replace('ö', 'oe')}"),
        Col("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "$2y$10$")),
        Col("first_name", "varchar(255)", "person_name", us.f("first")),
        Col("last_name", "varchar(255)", "person_name", us.f("last")),
        Col("title", "varchar(255)", "none", us.f("title")),
        Col("email", "varchar(255)", "email", lambda c, i: f"{us.f('first')(c, i).lower()}@roesterei-ottakring.at"),
        Col("active", "smallint", "none", pick(1, 1, 1, 0)),
        Col("admin", "smallint", "none", lambda c, i: 1 if i <= 3 else 0),
        Col("avatar_id", "uuid", "none", const(None)),
        Col("locale_id", "uuid", "none", const("4b1a5dc1fa3e4f2c8a2b0d6e7f1a9c33")),
        Col("store_token", "varchar(255)", "secret_token", lambda c, i: alnum(c, 32) if i <= 2 else None),
        Col("last_updated_password_at", "timestamp(3)", "none", stamps(2022, 2026)),
        Col("time_zone", "varchar(255)", "none", const("Europe/Vienna")),
        Col("custom_fields", "jsonb", "none", const(None)),
        Col("created_at", "timestamp(3)", "none", stamps(2019, 2022)),
        Col("updated_at", "timestamp(3)", "none", stamps(2023, 2026)),
    ], rows=N_USER, comment="Administration users")
    return [user, customer, customer_address, order, order_customer, order_address]
