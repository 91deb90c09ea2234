"""an_openboxes: the OpenBoxes supply-chain system (Grails, snake_case tables) as recalled from its public schema,
for the medical-supplies warehouse of an NGO consortium in Juba (South Sudan): organizations (suppliers,
manufacturers, partners), persons and users, addresses and locations, products, requisitions, shipments, comments."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fkey, flag, ints, maybe, one, stamps)
from .blind38_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "an_openboxes"
PER = "an.openboxes.person"
N_ORG, N_PER, N_USR, N_ADDR, N_LOC, N_PROD = 60, 120, 60, 80, 80, 150
ORGS = ["IDA Foundation", "Mission Pharma", "UNICEF Supply Division", "Kenya Medical Supplies Authority",
        "Crown Agents", "Juba Pharmaceuticals Ltd", "Imres BV", "MSF Logistique", "Nile Drugs Store",
        "Salama Medical Distributors", "Cipla Ltd", "Emirates Medical Stores"]
PRODUCTS = ["Amoxicillin 250mg dispersible tab", "Artemether/Lumefantrine 20/120 tab", "ORS sachet",
            "Zinc sulfate 20mg tab", "Paracetamol 500mg tab", "RUTF paste 92g", "Oxytocin 10IU/ml amp",
            "Gloves exam nitrile M", "Malaria RDT Pf/Pan", "Ceftriaxone 1g vial", "Measles vaccine 10-dose",
            "Sodium chloride 0.9% 500ml", "Metronidazole 250mg tab", "Cotrimoxazole 480mg tab"]


def _oid(prefix: str, n: int, step: int):
    return lambda c, i: f"{prefix}{(i * step) % n + 1:05d}"


def _shipment_info(c, i):
    return c.r.choice([None, None, "Convoy via Nimule, cold boxes checked at Bilpam.",
                       f"Driver {any_name('ss')(c, i)} ({any_mobile('ss')(c, i)}), truck KN {digits(c, 4)}.",
                       "Delayed at Wunthou checkpoint 2 days.", "Air freight WFP/UNHAS to Malakal.",
                       f"Receiver {person('ss', PER, 'full')(c, c.r.randint(1, N_PER))} to sign GRN."])


def _comment(c, i):
    return c.r.choice(["Please approve the emergency order.", "Stock count done, 3 cartons ORS damaged.",
                       f"Call {person('ss', PER, 'first')(c, c.r.randint(1, N_PER))} at the Wau hub: "
                       f"{any_mobile('ss')(c, i)}", "Batch recalled by supplier, quarantine.",
                       f"Send copy to {person('ss', PER, 'email')(c, c.r.randint(1, N_PER))}", "OK"])


def openboxes_tables() -> list[Table]:
    p = lambda f: person("ss", PER, f, 1965, 2000)           # noqa: E731
    return [
        Table(S, "organization", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"org{i:05d}"),
            C("version", "bigint", "none", ints(0, 6)),
            C("name", "varchar(255)", "none", lambda c, i: ORGS[i % len(ORGS)] + ("" if i <= len(ORGS) else f" #{i}")),
            C("code", "varchar(255)", "none", lambda c, i: f"ORG{i:03d}"),
            C("description", "varchar(255)", "none", maybe(one("Supplier", "Manufacturer", "Implementing partner",
                                                                "Donor"), 0.7)),
            C("party_type_id", "varchar(20)", "none", one("ORG", "SUPPLIER", "MANUFACTURER", "PARTNER")),
            C("date_created", "timestamp", "none", stamps(2017, 2024)),
            C("last_updated", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_ORG),
        Table(S, "person", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"per{i:05d}"),
            C("version", "bigint", "none", ints(0, 9)),
            C("first_name", "varchar(255)", "person_name", p("first")),
            C("last_name", "varchar(255)", "person_name", p("last")),
            C("email", "varchar(255)", "email", lambda c, i: c.r.choice([p("email")(c, i), f"{p('user')(c, i)}@"
                                                                         f"sscons-logistics.org"])),
            C("phone_number", "varchar(255)", "phone", maybe(p("mobile"), 0.85)),
            C("date_created", "timestamp", "none", stamps(2017, 2024)),
            C("last_updated", "timestamp", "none", stamps(2024, 2025)),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_PER),
        Table(S, "address", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"adr{i:05d}"),
            C("version", "bigint", "none", const(0)),
            C("address", "varchar(255)", "none", lambda c, i: f"{c.r.choice(['Warehouse', 'Compound', 'Hub'])} "
                                                              f"{c.r.randint(1, 40)}, {c.r.choice(POOLS['ss']['street'])}"),
            C("address2", "varchar(255)", "none", maybe(one("Behind WFP compound", "Next to Juba Teaching Hospital",
                                                            "UN House area"), 0.4)),
            C("city", "varchar(255)", "none", one(*POOLS["ss"]["city"])),
            C("state_or_province", "varchar(255)", "none", one("Central Equatoria", "Western Bahr el Ghazal",
                                                               "Upper Nile", "Jonglei", "Unity", "Lakes")),
            C("postal_code", "varchar(255)", "none", const(None)),
            C("country", "varchar(255)", "none", const("South Sudan")),
            C("description", "varchar(255)", "none", one("Main depot", "Field hub", "Cold store", None)),
        ], rows=N_ADDR),
        Table(S, "location", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"loc{i:05d}"),
            C("version", "bigint", "none", ints(0, 4)),
            C("name", "varchar(255)", "none", lambda c, i: f"{c.r.choice(POOLS['ss']['city'])} "
                                                           f"{c.r.choice(['Depot', 'PHCC', 'Hospital Store', 'Hub'])} {i}"),
            C("location_type_id", "varchar(20)", "none", one("DEPOT", "WARD", "SUPPLIER", "DISPENSARY")),
            C("address_id", "char(8)", "none", lambda c, i: f"adr{i:05d}"),
            C("organization_id", "char(8)", "none", _oid("org", N_ORG, 7)),
            C("location_number", "varchar(20)", "none", lambda c, i: f"SS-{i:03d}"),
            C("fg_color", "varchar(6)", "none", one("000000", "FFFFFF")),
            C("bg_color", "varchar(6)", "none", one("4E9A06", "F57900", "3465A4", "CC0000")),
            C("active", "boolean", "none", flag(0.9)),
            C("latitude", "numeric(9,6)", "none", amounts(4.5, 9.8, 6), comment="depot coordinates"),
            C("longitude", "numeric(9,6)", "none", amounts(27.0, 33.5, 6)),
        ], rows=N_LOC, extra=[fkey(S, "location", "address_id", "address", "id"),
                              fkey(S, "location", "organization_id", "organization", "id")]),
        Table(S, "user", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"per{i:05d}"),
            C("username", "varchar(255)", "none", p("user")),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "10", "2a")),
            C("last_login_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.8)),
            C("locale", "varchar(10)", "none", one("en", "en", "ar", "fr")),
            C("timezone", "varchar(40)", "none", const("Africa/Juba")),
            C("remember_last_location", "boolean", "none", flag(0.6)),
            C("warehouse_id", "char(8)", "none", _oid("loc", N_LOC, 3)),
            C("manager_id", "char(8)", "none", maybe(lambda c, i: f"per{(i * 7) % 10 + 1:05d}", 0.7)),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_USR, extra=[fkey(S, "user", "id", "person", "id"), fkey(S, "user", "warehouse_id", "location", "id"),
                              fkey(S, "user", "manager_id", "user", "id")]),
        Table(S, "product", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"prd{i:05d}"),
            C("product_code", "varchar(20)", "none", lambda c, i: f"{c.r.choice('DEMSV')}{i:04d}"),
            C("name", "varchar(255)", "none", lambda c, i: PRODUCTS[i % len(PRODUCTS)]),
            C("description", "varchar(255)", "none", maybe(one("WHO EML", "Essential Medicines Kit", "Nutrition",
                                                                "EPI cold chain"), 0.5)),
            C("unit_of_measure", "varchar(20)", "none", one("tab", "each", "vial", "sachet", "box")),
            C("cold_chain", "boolean", "none", flag(0.15)),
            C("controlled_product", "boolean", "none", flag(0.05)),
            C("abc_class", "char(1)", "none", one("A", "B", "C")),
            C("active", "boolean", "none", flag(0.95)),
            C("created_by_id", "char(8)", "none", _oid("per", N_USR, 11)),
        ], rows=N_PROD, extra=[fkey(S, "product", "created_by_id", "user", "id")]),
        Table(S, "product_supplier", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"ps{i:06d}"),
            C("product_id", "char(8)", "none", _oid("prd", N_PROD, 1)),
            C("supplier_id", "char(8)", "none", _oid("org", N_ORG, 5)),
            C("manufacturer_id", "char(8)", "none", maybe(_oid("org", N_ORG, 13), 0.7)),
            C("code", "varchar(20)", "none", lambda c, i: f"PS{i:05d}"),
            C("supplier_code", "varchar(40)", "none", lambda c, i: f"{c.r.choice(['IDA', 'MP', 'S'])}-{digits(c, 6)}"),
            C("unit_price", "numeric(12,4)", "none", amounts(0.01, 45, 4)),
            C("min_order_quantity", "integer", "none", one(1, 10, 100, 1000)),
        ], rows=120, extra=[fkey(S, "product_supplier", "product_id", "product", "id"),
                            fkey(S, "product_supplier", "supplier_id", "organization", "id"),
                            fkey(S, "product_supplier", "manufacturer_id", "organization", "id")]),
        Table(S, "requisition", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"req{i:05d}"),
            C("name", "varchar(255)", "none", lambda c, i: f"Monthly order {c.r.choice(POOLS['ss']['city'])} "
                                                           f"{c.r.randint(1, 12)}/2025"),
            C("request_number", "varchar(20)", "none", lambda c, i: f"{digits(c, 3)}{c.r.choice('ABCDEFGH')}"
                                                                    f"{c.r.choice('JKLMNP')}{c.r.choice('QRSTUV')}"),
            C("origin_id", "char(8)", "none", _oid("loc", N_LOC, 7)),
            C("destination_id", "char(8)", "none", _oid("loc", N_LOC, 3)),
            C("requested_by_id", "char(8)", "none", _oid("per", N_PER, 7)),
            C("recipient_id", "char(8)", "none", maybe(_oid("per", N_PER, 11), 0.7)),
            C("date_requested", "date", "none", dates(2023, 2025)),
            C("status", "varchar(20)", "none", one("PENDING", "VERIFYING", "ISSUED", "RECEIVED", "CANCELED")),
            C("type", "varchar(20)", "none", one("DEFAULT", "STOCK", "ADHOC", "EMERGENCY")),
            C("description", "varchar(255)", "none", maybe(one("Cholera response Malakal", "Routine resupply",
                                                                "Measles campaign", "Flood response Bor"), 0.6)),
        ], rows=150, extra=[fkey(S, "requisition", "origin_id", "location", "id"),
                            fkey(S, "requisition", "destination_id", "location", "id"),
                            fkey(S, "requisition", "requested_by_id", "person", "id"),
                            fkey(S, "requisition", "recipient_id", "person", "id")]),
        Table(S, "shipment", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"shp{i:05d}"),
            C("name", "varchar(255)", "none", lambda c, i: f"Shipment {i} to {c.r.choice(POOLS['ss']['city'])}"),
            C("shipment_number", "varchar(20)", "none", lambda c, i: f"{digits(c, 3)}{c.r.choice('ABCDEF')}"
                                                                     f"{c.r.choice('GHJK')}{c.r.choice('LMNP')}"),
            C("origin_id", "char(8)", "none", _oid("loc", N_LOC, 3)),
            C("destination_id", "char(8)", "none", _oid("loc", N_LOC, 11)),
            C("carrier_id", "char(8)", "none", maybe(_oid("per", N_PER, 5), 0.6)),
            C("recipient_id", "char(8)", "none", maybe(_oid("per", N_PER, 13), 0.8)),
            C("expected_shipping_date", "date", "none", dates(2023, 2025)),
            C("actual_shipping_date", "date", "none", maybe(dates(2023, 2025), 0.7)),
            C("driver_name", "varchar(255)", "person_name", maybe(any_name("ss"), 0.5)),
            C("additional_information", "text", "free_text_may_contain_pii", _shipment_info),
            C("total_value", "numeric(19,2)", "none", amounts(150, 95000)),
            C("current_status", "varchar(20)", "none", one("PENDING", "SHIPPED", "RECEIVED", "PARTIALLY_RECEIVED")),
        ], rows=120, extra=[fkey(S, "shipment", "origin_id", "location", "id"),
                            fkey(S, "shipment", "destination_id", "location", "id"),
                            fkey(S, "shipment", "carrier_id", "person", "id"),
                            fkey(S, "shipment", "recipient_id", "person", "id")]),
        Table(S, "comment", [
            C("id", "char(8) PRIMARY KEY", "none", lambda c, i: f"cmt{i:05d}"),
            C("comment", "text", "free_text_may_contain_pii", _comment),
            C("sender_id", "char(8)", "none", _oid("per", N_USR, 7)),
            C("recipient_id", "char(8)", "none", _oid("per", N_USR, 3)),
            C("date_created", "timestamp", "none", stamps(2023, 2025)),
        ], rows=100, extra=[fkey(S, "comment", "sender_id", "user", "id"),
                            fkey(S, "comment", "recipient_id", "user", "id")]),
    ]
