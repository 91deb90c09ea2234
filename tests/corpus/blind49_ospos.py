"""ay_ospos: Open Source Point of Sale (opensourcepos, CodeIgniter) re-created for a sport and outdoor shop in
Samedan (Graubünden): the shared people table with employees, customers and suppliers, items, sales, payments, gift
cards and the session table."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind49_gens import any_name, any_mobile, person
from .gens import Table

S = "ay_ospos"
PEOPLE = "os.people"
N_PEOPLE, N_EMP, N_ITEMS = 150, 12, 120

_ITEMS = ["Ski Atomic Redster", "Tourenfelle Pomoca", "Lawinenpiepser Mammut Barryvox", "Stirnlampe Petzl Actik",
          "Wanderschuh Lowa Renegade", "Langlaufski Fischer", "Helm Uvex", "Handschuhe Reusch", "Thermosflasche 1 l",
          "Kletterseil 60 m", "Mütze Engiadina", "Skiwachs Holmenkol"]


def _comment(c, i):
    return c.r.choice([None, None, "Stammkunde, zahlt bar.", "Bevorzugt Kontakt per SMS.",
                       f"Bei Abwesenheit an {any_name('rm')(c, i)} wenden, {any_mobile('rm')(c, i)}",
                       "Ski jedes Jahr im November zum Service."])


def _sale_comment(c, i):
    return c.r.choice([None, None, None, "Ski-Service bis Freitag", "Umtausch Grösse 42 -> 43",
                       f"Reserviert für {any_name('rm')(c, i)}, holt am Samstag ab",
                       f"Rückruf an {any_mobile('rm')(c, i)} wenn Felle da sind"])


def ospos_tables() -> list[Table]:
    p = lambda f: person("rm", PEOPLE, f)      # noqa: E731
    return [
        Table(S, "ospos_people", [
            C("person_id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(255)", "person_name", p("first")),
            C("last_name", "varchar(255)", "person_name", p("last")),
            C("gender", "smallint", "none", lambda c, i: 1 if p("sex")(c, i) == "M" else 0),
            C("phone_number", "varchar(255)", "phone", p("mobile")),
            C("email", "varchar(255)", "email", maybe(p("email"), 0.8)),
            C("address_1", "varchar(255)", "postal_address", p("a_line")),
            C("address_2", "varchar(255)", "postal_address", maybe(lambda c, i: f"Chasa {c.r.randint(1, 40)}", 0.2)),
            C("city", "varchar(255)", "none", p("a_city")),
            C("state", "varchar(255)", "none", const("GR")),
            C("zip", "varchar(255)", "postal_address", p("a_zip")),
            C("country", "varchar(255)", "none", const("Schweiz")),
            C("comments", "text", "free_text_may_contain_pii", _comment),
        ], rows=N_PEOPLE),
        Table(S, "ospos_employees", [
            C("person_id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(255)", "none", p("user")),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
            C("hash_version", "smallint", "none", const(2)),
            C("language_code", "varchar(50)", "none", one("de-CH", "rm-CH", "it-CH")),
            C("deleted", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_EMP, extra=[fkey(S, "ospos_employees", "person_id", "ospos_people", "person_id")]),
        Table(S, "ospos_customers", [
            C("person_id", "integer PRIMARY KEY", "none", seq(N_EMP)),
            C("company_name", "varchar(255)", "none", maybe(one("Skischule Samedan", "Hotel Bernina AG",
                                                                 "Bergführer Engiadina GmbH"), 0.15)),
            C("account_number", "varchar(255)", "none", lambda c, i: f"KD-{i + 4000}"),
            C("taxable", "smallint", "none", const(1)),
            C("sales_tax_code", "varchar(32)", "none", one("MWST81", "MWST26")),
            C("discount", "numeric(15,2)", "none", one(0, 0, 5, 10)),
            C("discount_type", "smallint", "none", const(0)),
            C("package_id", "integer", "none", maybe(ints(1, 3), 0.3)),
            C("points", "integer", "none", ints(0, 900)),
            C("consent", "smallint", "none", one(0, 1, 1)),
            C("date", "timestamp", "none", stamps(2018, 2025)),
        ], rows=120, extra=[fkey(S, "ospos_customers", "person_id", "ospos_people", "person_id")]),
        Table(S, "ospos_suppliers", [
            C("person_id", "integer PRIMARY KEY", "none", seq(N_EMP + 120)),
            C("company_name", "varchar(255)", "none", one("Mammut Sports Group AG", "Fischer Sports GmbH",
                                                         "Intersport Rent AG", "Ortovox Sportartikel GmbH")),
            C("agency_name", "varchar(255)", "none", one("Vertrieb Ostschweiz", "Vertretung Graubünden", "")),
            C("account_number", "varchar(255)", "none", lambda c, i: f"LF-{digits(c, 6)}"),
            C("tax_id", "varchar(32)", "none", lambda c, i: f"CHE-{digits(c, 3)}.{digits(c, 3)}.{digits(c, 3)} MWST"),
            C("category", "smallint", "none", one(0, 1)),
        ], rows=18, extra=[fkey(S, "ospos_suppliers", "person_id", "ospos_people", "person_id")]),
        Table(S, "ospos_items", [
            C("item_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", one(*_ITEMS)),
            C("category", "varchar(255)", "none", one("Ski", "Touren", "Bekleidung", "Zubehör", "Miete")),
            C("item_number", "varchar(255)", "none", lambda c, i: "76" + digits(c, 11)),
            C("description", "varchar(255)", "none", one("Saison 2024/25", "Auslaufmodell", "", "Mietartikel")),
            C("cost_price", "numeric(15,2)", "none", amounts(5, 480)),
            C("unit_price", "numeric(15,2)", "none", amounts(9, 899)),
            C("reorder_level", "numeric(15,3)", "none", ints(0, 10)),
            C("pic_filename", "varchar(255)", "none", lambda c, i: f"item_{i}_{hexs(c, 6)}.jpg"),
            C("deleted", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_ITEMS),
        Table(S, "ospos_sales", [
            C("sale_id", "integer PRIMARY KEY", "none", seq()),
            C("sale_time", "timestamp", "none", stamps(2023, 2025)),
            C("customer_id", "integer", "none", lambda c, i: (i * 7) % 120 + N_EMP + 1 if i % 4 else None),
            C("employee_id", "integer", "none", fk(N_EMP, 5)),
            C("comment", "text", "free_text_may_contain_pii", _sale_comment),
            C("invoice_number", "varchar(32)", "none", lambda c, i: f"RE-2025-{i:05d}"),
            C("quote_number", "varchar(32)", "none", maybe(lambda c, i: f"OF-{i:04d}", 0.1)),
            C("sale_status", "smallint", "none", one(0, 0, 0, 1, 2)),
            C("dinner_table_id", "integer", "none", const(None)),
            C("sale_type", "smallint", "none", one(0, 1)),
        ], rows=150, extra=[fkey(S, "ospos_sales", "customer_id", "ospos_customers", "person_id"),
                            fkey(S, "ospos_sales", "employee_id", "ospos_employees", "person_id")]),
        Table(S, "ospos_sales_payments", [
            C("payment_id", "integer PRIMARY KEY", "none", seq()),
            C("sale_id", "integer", "none", fk(150, 1)),
            C("payment_type", "varchar(40)", "none", one("Bar", "Debitkarte", "Kreditkarte", "TWINT", "Gutschein")),
            C("payment_amount", "numeric(15,2)", "none", amounts(9, 1500)),
            C("cash_refund", "numeric(15,2)", "none", amounts(0, 50)),
            C("reference_code", "varchar(40)", "none", lambda c, i: f"{digits(c, 6)}-{hexs(c, 4).upper()}",
              comment="terminal receipt reference"),
            C("payment_time", "timestamp", "none", stamps(2023, 2025)),
        ], rows=150, extra=[fkey(S, "ospos_sales_payments", "sale_id", "ospos_sales", "sale_id")]),
        Table(S, "ospos_giftcards", [
            C("giftcard_id", "integer PRIMARY KEY", "none", seq()),
            C("giftcard_number", "varchar(255)", "none", lambda c, i: f"{i + 100200}"),
            C("value", "numeric(15,2)", "none", one(20, 50, 100, 200)),
            C("person_id", "integer", "none", lambda c, i: (i * 3) % 120 + N_EMP + 1 if i % 3 else None),
            C("record_time", "timestamp", "none", stamps(2022, 2025)),
        ], rows=90, extra=[fkey(S, "ospos_giftcards", "person_id", "ospos_customers", "person_id")]),
        Table(S, "ospos_sessions", [
            C("id", "varchar(128) PRIMARY KEY", "secret_token", lambda c, i: hexs(c, 40)),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: c.r.choice([f"192.168.1.{c.r.randint(2, 60)}",
                                                                                  p("ip")(c, i % N_EMP + 1)])),
            C("timestamp", "integer", "none", ints(1700000000, 1760000000)),
            C("data", "bytea", "none", lambda c, i: f"__ci_last_regenerate|i:{c.r.randint(1700000000, 1760000000)};"
                                                    f"person_id|s:{len(str(i % N_EMP + 1))}:\"{i % N_EMP + 1}\";"
                                                    .encode()),
        ], rows=100),
        Table(S, "ospos_app_config", [
            C("key", "varchar(50) PRIMARY KEY", "none", lambda c, i: f"cfg_{i}"),
            C("value", "varchar(500)", "none", one("CHF", "de-CH", "1", "0", "Sport Engiadina", "%d.%m.%Y")),
            C("updated", "date", "none", dates(2023, 2025)),
            C("protected", "boolean", "none", flag(0.2)),
        ], rows=80),
    ]
