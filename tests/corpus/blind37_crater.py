"""am_crater: Crater (the Laravel invoicing application; companies, users, customers, addresses, items, invoices,
invoice items, payments, expenses) as recalled from its public migrations, run by a boatyard and chandlery in
English Harbour (Antigua and Barbuda) whose customers are yacht owners, with the yacht's management company beside."""
from __future__ import annotations

from .blind26_gens import (C, alnum, amounts, bcrypt, const, dates, digits, fk, fkey, flag, ints, maybe, one, seq,
                           stamps)
from .blind37_gens import any_phone, person, someone
from .gens import Table

S = "am_crater"
USR, CUS = "cr.user", "cr.customer"
N_CO, N_USR, N_CUS, N_ADDR, N_ITEM, N_INV, N_PM = 3, 24, 120, 150, 90, 140, 6
COMPANIES = ["Falmouth Boatyard & Chandlery Ltd.", "Nelson's Rigging Services", "Jolly Harbour Marine Supplies"]
MGMT = ["Caribbean Yacht Management Ltd.", "Antigua Charter Services", "Blue Water Crew Agency", "Seabreeze Holdings Inc."]
YACHTS = ["Sea Breeze", "Calypso", "Wind Dancer", "Blue Heron", "Mistral", "Spice Trader", "Galliot", "Halcyon"]


def _company_name(c, i):
    return MGMT[i % len(MGMT)] if i % 4 == 0 else None


def _inv_notes(c, i):
    return c.r.choice([None, None, "Antifouling two coats, hull polish.", "Haul-out and 14 days on the hard.",
                       f"Boat '{c.r.choice(YACHTS)}' collected by skipper {someone('ag')(c, i)}, tel. "
                       f"{any_phone('ag')(c, i)}", "Payment by wire to FCIB account, quote the invoice number.",
                       f"Owner asks to e-mail copy to {person('ag', CUS, 'email')(c, fk(N_CUS, 3)(c, i))}"])


def _exp_notes(c, i):
    return c.r.choice(["Diesel for travel lift", "APUA electricity", "Resin and glass cloth from Miami",
                       "Customs brokerage", f"Casual labour paid to {someone('ag')(c, i)}", None])


def crater_tables() -> list[Table]:
    u = lambda f: person("ag", USR, f, 1965, 2002)            # noqa: E731
    cu = lambda f: person("ag", CUS, f, 1948, 1998)           # noqa: E731
    return [
        Table(S, "companies", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", lambda c, i: COMPANIES[i - 1]),
            C("logo", "varchar(255)", "none", lambda c, i: f"/storage/logos/{alnum(c, 12)}.png"),
            C("unique_hash", "varchar(255)", "secret_token", lambda c, i: alnum(c, 20, "abcdefghijklmnopqrstuvwxyz0123456789")),
            C("slug", "varchar(255)", "none", lambda c, i: COMPANIES[i - 1].split()[0].lower()),
            C("owner_id", "integer", "none", seq()),
            C("vat_id", "varchar(255)", "none", lambda c, i: f"ABST {digits(c, 6)}"),
            C("created_at", "timestamp", "none", stamps(2020, 2021)),
        ], rows=N_CO),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "person_name", u("full")),
            C("email", "varchar(255)", "email", lambda c, i: u("user")(c, i) + "@falmouthboatyard.ag"),
            C("phone", "varchar(255)", "phone", maybe(u("mobile"), 0.7)),
            C("role", "varchar(255)", "none", one("super admin", "admin", "accountant", "yard manager")),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: alnum(c, 60), 0.4)),
            C("facebook_id", "varchar(255)", "none", const(None)),
            C("google_id", "varchar(255)", "none", maybe(lambda c, i: digits(c, 21), 0.2)),
            C("currency_id", "integer", "none", const(9)),
            C("avatar", "varchar(255)", "none", maybe(lambda c, i: f"/storage/avatars/{alnum(c, 16)}.jpg", 0.3)),
            C("created_at", "timestamp", "none", stamps(2020, 2024)),
        ], rows=N_USR),
        Table(S, "customers", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "person_name", cu("full")),
            C("email", "varchar(255)", "email", cu("email")),
            C("phone", "varchar(255)", "phone", cu("mobile")),
            C("password", "varchar(255)", "credentials", maybe(lambda c, i: bcrypt(c), 0.3)),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: alnum(c, 60), 0.2)),
            C("contact_name", "varchar(255)", "person_name", maybe(someone("ag"), 0.4),
              comment="skipper or captain to call"),
            C("company_name", "varchar(255)", "none", _company_name),
            C("website", "varchar(255)", "none", lambda c, i: "https://www.caribbeanyachtmgmt.com" if i % 4 == 0 else None),
            C("enable_portal", "boolean", "none", flag(0.3)),
            C("currency_id", "integer", "none", one(9, 9, 1, 3)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("creator_id", "integer", "none", fk(N_USR, 5)),
            C("prefix", "varchar(255)", "none", const("CUS")),
            C("tax_id", "varchar(255)", "none", lambda c, i: f"ABST {digits(c, 6)}" if i % 4 == 0 else None),
            C("vessel_name", "varchar(255)", "none", lambda c, i: c.r.choice(YACHTS)),
            C("created_at", "timestamp", "none", stamps(2020, 2025)),
        ], rows=N_CUS, extra=[fkey(S, "customers", "company_id", "companies", "id"),
                              fkey(S, "customers", "creator_id", "users", "id")]),
        Table(S, "addresses", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "person_name", lambda c, i: cu("full")(c, (i - 1) % N_CUS + 1)),
            C("address_street_1", "varchar(255)", "postal_address", lambda c, i: cu("a_line")(c, (i - 1) % N_CUS + 1)),
            C("address_street_2", "varchar(255)", "postal_address",
              maybe(lambda c, i: f"c/o {c.r.choice(['Antigua Yacht Club', 'Catamaran Marina'])} office", 0.2)),
            C("city", "varchar(255)", "none", lambda c, i: cu("a_city")(c, (i - 1) % N_CUS + 1)),
            C("state", "varchar(255)", "none", one("St. John", "St. Paul", "St. Mary", "St. George", "Barbuda")),
            C("country_id", "integer", "none", const(10)),
            C("zip", "varchar(255)", "none", const(None)),
            C("phone", "varchar(255)", "phone", lambda c, i: cu("phone")(c, (i - 1) % N_CUS + 1)),
            C("fax", "varchar(255)", "none", const(None)),
            C("type", "varchar(255)", "none", lambda c, i: "billing" if i <= N_CUS else "shipping"),
            C("user_id", "integer", "none", const(None)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("customer_id", "integer", "none", lambda c, i: (i - 1) % N_CUS + 1),
        ], rows=N_ADDR, extra=[fkey(S, "addresses", "customer_id", "customers", "id"),
                               fkey(S, "addresses", "company_id", "companies", "id")]),
        Table(S, "items", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", one("Haul-out per foot", "Antifouling (gallon)", "Pressure wash",
                                                  "Storage on the hard per day", "Rigging inspection", "Zinc anode",
                                                  "Labour per hour", "Travel lift launch")),
            C("description", "text", "none", maybe(one("Up to 60 ft", "Price per day", "Materials extra"), 0.5)),
            C("price", "bigint", "none", ints(1500, 450000)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("unit_id", "integer", "none", one(1, 2, 3, None)),
            C("tax_per_item", "boolean", "none", flag(0.2)),
        ], rows=N_ITEM, extra=[fkey(S, "items", "company_id", "companies", "id")]),
        Table(S, "payment_methods", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", lambda c, i: ["Cash", "Cheque", "Wire transfer", "Credit card",
                                                            "Bank draft", "Other"][i - 1]),
            C("company_id", "integer", "none", fk(N_CO, 1)),
        ], rows=N_PM, extra=[fkey(S, "payment_methods", "company_id", "companies", "id")]),
        Table(S, "invoices", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("invoice_date", "date", "none", dates(2022, 2025)),
            C("due_date", "date", "none", dates(2022, 2025)),
            C("invoice_number", "varchar(255)", "none", lambda c, i: f"INV-{i:06d}"),
            C("reference_number", "varchar(255)", "none", maybe(lambda c, i: f"WO-{c.r.randint(1000, 9999)}", 0.5)),
            C("status", "varchar(255)", "none", one("DRAFT", "SENT", "VIEWED", "COMPLETED")),
            C("paid_status", "varchar(255)", "none", one("UNPAID", "PAID", "PARTIALLY_PAID")),
            C("tax_per_item", "varchar(255)", "none", const("NO")),
            C("discount_per_item", "varchar(255)", "none", const("NO")),
            C("notes", "text", "free_text_may_contain_pii", _inv_notes),
            C("discount_type", "varchar(255)", "none", one("fixed", "percentage")),
            C("discount", "numeric(15,2)", "none", one(0, 0, 5, 10)),
            C("sub_total", "bigint", "none", ints(5000, 9000000)),
            C("total", "bigint", "none", ints(5000, 9500000)),
            C("tax", "bigint", "none", ints(0, 1400000)),
            C("due_amount", "bigint", "none", ints(0, 500000)),
            C("sent", "boolean", "none", flag(0.8)),
            C("viewed", "boolean", "none", flag(0.6)),
            C("unique_hash", "varchar(255)", "secret_token", lambda c, i: alnum(c, 20, "abcdefghijklmnopqrstuvwxyz0123456789")),
            C("template_name", "varchar(255)", "none", one("invoice1", "invoice2")),
            C("user_id", "integer", "none", fk(N_USR, 5)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("customer_id", "integer", "none", fk(N_CUS, 3)),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_INV, extra=[fkey(S, "invoices", "customer_id", "customers", "id"),
                              fkey(S, "invoices", "company_id", "companies", "id"),
                              fkey(S, "invoices", "user_id", "users", "id")]),
        Table(S, "invoice_items", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", one("Haul-out", "Antifouling", "Labour", "Storage", "Anodes")),
            C("description", "text", "none", maybe(one("42 ft sloop", "Bottom paint, 3 gallons", "8 h"), 0.5)),
            C("discount_type", "varchar(255)", "none", const("fixed")),
            C("price", "bigint", "none", ints(1500, 450000)),
            C("quantity", "numeric(15,2)", "none", amounts(1, 40)),
            C("discount", "numeric(15,2)", "none", const(0)),
            C("tax", "bigint", "none", ints(0, 60000)),
            C("total", "bigint", "none", ints(1500, 2000000)),
            C("invoice_id", "integer", "none", fk(N_INV, 1)),
            C("item_id", "integer", "none", fk(N_ITEM, 7)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
        ], rows=150, extra=[fkey(S, "invoice_items", "invoice_id", "invoices", "id"),
                            fkey(S, "invoice_items", "item_id", "items", "id")]),
        Table(S, "payments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("payment_number", "varchar(255)", "none", lambda c, i: f"PAY-{i:06d}"),
            C("payment_date", "date", "none", dates(2022, 2025)),
            C("notes", "text", "none", maybe(one("Wire from Barclays UK", "Cash at the yard office",
                                                 "Card, terminal 2"), 0.5)),
            C("amount", "bigint", "none", ints(5000, 9000000)),
            C("unique_hash", "varchar(255)", "secret_token", lambda c, i: alnum(c, 20, "abcdefghijklmnopqrstuvwxyz0123456789")),
            C("invoice_id", "integer", "none", fk(N_INV, 1)),
            C("payment_method_id", "integer", "none", fk(N_PM, 1)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("customer_id", "integer", "none", fk(N_CUS, 3)),
            C("creator_id", "integer", "none", fk(N_USR, 5)),
        ], rows=130, extra=[fkey(S, "payments", "invoice_id", "invoices", "id"),
                            fkey(S, "payments", "payment_method_id", "payment_methods", "id"),
                            fkey(S, "payments", "customer_id", "customers", "id")]),
        Table(S, "expenses", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("expense_date", "date", "none", dates(2022, 2025)),
            C("amount", "bigint", "none", ints(2000, 1200000)),
            C("notes", "text", "free_text_may_contain_pii", _exp_notes),
            C("expense_category_id", "integer", "none", one(1, 2, 3, 4, 5)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("customer_id", "integer", "none", maybe(fk(N_CUS, 7), 0.2)),
            C("attachment_receipt", "varchar(255)", "none", maybe(lambda c, i: f"receipts/{alnum(c, 12)}.pdf", 0.6)),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=100, extra=[fkey(S, "expenses", "company_id", "companies", "id")]),
    ]
