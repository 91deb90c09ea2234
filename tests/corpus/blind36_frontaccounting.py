"""al_frontaccounting: FrontAccounting 2.4 (company 0, tables 0_*) as recalled from memory, for a building-supplies
wholesaler in Kolonia, Pohnpei (Micronesia). Customers, branches and suppliers are firms; CRM persons, sales people
and users are natural persons."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, ints, maybe, md5, one, seq, stamps)
from .blind36_gens import any_name, person, pick
from .gens import Table

S = "al_frontaccounting"
USR, CRM, SAL = "fa.user", "fa.crm", "fa.sales"
N_USR, N_SAL, N_DEB, N_BR, N_CRM, N_SUP = 22, 14, 120, 130, 150, 90
FIRMS = ["Kolonia Hardware", "Nett Point Builders", "Sokehs Construction", "Palikir Timber", "Weno Ace Store",
         "Kosrae Island Traders", "Madolenihmw Co-op", "Yap Lumber & Supply", "Kitti Blockworks", "Pohnpei Paint Centre"]
SUPPLIERS = ["Majuro Steel Imports", "Ebeye Wholesale", "Marshall Islands Cement Co.", "Delap Marine Supply",
             "Pohnpei Port Agency", "Caroline Islands Shipping", "Chuuk Freight Lines", "Uliga Roofing"]


def _firm(names: list[str]):
    return lambda c, i: names[i % len(names)] + ("" if i <= len(names) else f" #{i // len(names) + 1}")


def _cust_notes(c, i):
    return c.r.choice([None, None, "Pays by cheque at month end.", "Deliver to site, not to office.",
                       f"Ask for {any_name('fm')(c, i)} at the yard, cell +691 92{c.r.randint(0, 6)}-{digits(c, 4)}.",
                       "Credit held until 2024 statement settled.", f"Owner {any_name('fm')(c, i)} signs POs personally."])


def _crm_notes(c, i):
    return c.r.choice([None, None, "Prefers e-mail.", "Only available mornings.",
                       f"On leave; covering: {any_name('fm')(c, i)}.", "Speaks Pohnpeian and English."])


def frontaccounting_tables() -> list[Table]:
    u = lambda f: person("fm", USR, f, 1965, 2000)         # noqa: E731
    s = lambda f: person("fm", SAL, f, 1970, 2001)         # noqa: E731
    p = lambda f: person("fm", CRM, f, 1955, 2003)         # noqa: E731
    return [
        Table(S, "0_users", [
            C("id", "smallint PRIMARY KEY", "none", seq()),
            C("user_id", "varchar(60)", "none", u("user")),
            C("password", "varchar(100)", "credentials", lambda c, i: md5(c)),
            C("real_name", "varchar(100)", "person_name", u("full")),
            C("role_id", "integer", "none", one(2, 3, 8, 9, 10)),
            C("phone", "varchar(30)", "phone", u("mobile")),
            C("email", "varchar(100)", "email", lambda c, i: f"{u('user')(c, i)}@kolhardware.fm"),
            C("language", "varchar(20)", "none", const("C")),
            C("date_format", "smallint", "none", const(0)),
            C("date_sep", "smallint", "none", const(0)),
            C("theme", "varchar(20)", "none", one("default", "canvas", "exclusive")),
            C("page_size", "varchar(20)", "none", const("Letter")),
            C("prices_dec", "smallint", "none", const(2)),
            C("show_gl", "smallint", "none", one(0, 1)),
            C("last_visit_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.9)),
            C("query_size", "smallint", "none", const(10)),
            C("pos", "smallint", "none", const(1)),
            C("print_profile", "varchar(30)", "none", const("")),
            C("startup_tab", "varchar(20)", "none", one("orders", "GL", "AP")),
            C("transaction_days", "smallint", "none", const(30)),
            C("inactive", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_USR),
        Table(S, "0_salesman", [
            C("salesman_code", "integer PRIMARY KEY", "none", seq()),
            C("salesman_name", "varchar(60)", "person_name", s("full")),
            C("salesman_phone", "varchar(30)", "phone", s("mobile")),
            C("salesman_fax", "varchar(30)", "none", maybe(lambda c, i: f"(691) 320-{digits(c, 4)}", 0.3)),
            C("salesman_email", "varchar(100)", "email", lambda c, i: f"{s('user')(c, i)}@kolhardware.fm"),
            C("provision", "double precision", "none", amounts(0, 5)),
            C("break_pt", "double precision", "none", amounts(0, 5000)),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_SAL),
        Table(S, "0_debtors_master", [
            C("debtor_no", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(100)", "none", _firm(FIRMS)),
            C("debtor_ref", "varchar(30)", "none", lambda c, i: f"C{i:04d}"),
            C("address", "text", "none", lambda c, i: f"P.O. Box {c.r.randint(100, 2999)}, {pick('fm', 'city')(c, i)} "
                                                      f"FM 9694{c.r.randint(1, 4)}"),
            C("tax_id", "varchar(55)", "none", lambda c, i: f"PNI-{digits(c, 6)}"),
            C("curr_code", "char(3)", "none", const("USD")),
            C("sales_type", "integer", "none", one(1, 2)),
            C("dimension_id", "integer", "none", const(0)),
            C("credit_status", "integer", "none", one(1, 1, 1, 3, 4)),
            C("payment_terms", "integer", "none", one(1, 2, 3, 4)),
            C("discount", "double precision", "none", amounts(0, 0.1, 3)),
            C("credit_limit", "double precision", "none", amounts(500, 50000, 0)),
            C("notes", "text", "free_text_may_contain_pii", _cust_notes),
            C("inactive", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_DEB),
        Table(S, "0_cust_branch", [
            C("branch_code", "integer PRIMARY KEY", "none", seq()),
            C("debtor_no", "integer", "none", fk(N_DEB, 1)),
            C("br_name", "varchar(60)", "none", lambda c, i: f"{FIRMS[(i % N_DEB + 1) % 10]} - {pick('fm', 'district')(c, i)}"),
            C("branch_ref", "varchar(30)", "none", lambda c, i: f"BR{i:04d}"),
            C("br_address", "text", "none", lambda c, i: f"{pick('fm', 'street')(c, i)}, {pick('fm', 'city')(c, i)}"),
            C("area", "integer", "none", ints(1, 6)),
            C("salesman", "integer", "none", fk(N_SAL, 5)),
            C("default_location", "varchar(5)", "none", one("DEF", "YARD", "WH2")),
            C("tax_group_id", "integer", "none", one(1, 2)),
            C("sales_account", "varchar(15)", "none", const("4010")),
            C("receivables_account", "varchar(15)", "none", const("1200")),
            C("default_ship_via", "integer", "none", one(1, 2, 3)),
            C("br_post_address", "text", "none", lambda c, i: f"P.O. Box {c.r.randint(100, 2999)}, Kolonia FM 96941"),
            C("group_no", "integer", "none", one(0, 1, 2)),
            C("notes", "text", "none", maybe(one("Gate closes 4pm.", "Forklift on site.", "Barge delivery only."), 0.3)),
            C("bank_account", "varchar(60)", "none", maybe(lambda c, i: f"BoFSM {digits(c, 9)}", 0.3)),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_BR, extra=[fkey(S, "0_cust_branch", "debtor_no", "0_debtors_master", "debtor_no"),
                             fkey(S, "0_cust_branch", "salesman", "0_salesman", "salesman_code")]),
        Table(S, "0_crm_persons", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ref", "varchar(30)", "none", lambda c, i: p("user")(c, i).replace(".", "")[:12]),
            C("name", "varchar(60)", "person_name", p("first")),
            C("name2", "varchar(60)", "person_name", p("last")),
            C("address", "text", "postal_address", maybe(p("a_full"), 0.6)),
            C("phone", "varchar(30)", "phone", p("phone")),
            C("phone2", "varchar(30)", "phone", maybe(p("mobile"), 0.7)),
            C("fax", "varchar(30)", "none", maybe(lambda c, i: f"(691) 320-{digits(c, 4)}", 0.1)),
            C("email", "varchar(100)", "email", p("email")),
            C("lang", "char(5)", "none", one("en_US", "")),
            C("notes", "text", "free_text_may_contain_pii", _crm_notes),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_CRM),
        Table(S, "0_crm_contacts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", fk(N_CRM, 1)),
            C("type", "varchar(20)", "none", one("customer", "cust_branch", "supplier")),
            C("action", "varchar(20)", "none", one("general", "invoice", "order", "delivery")),
            C("entity_id", "varchar(11)", "none", lambda c, i: str(c.r.randint(1, N_DEB))),
        ], rows=N_CRM, extra=[fkey(S, "0_crm_contacts", "person_id", "0_crm_persons", "id")]),
        Table(S, "0_suppliers", [
            C("supplier_id", "integer PRIMARY KEY", "none", seq()),
            C("supp_name", "varchar(60)", "none", _firm(SUPPLIERS)),
            C("supp_ref", "varchar(30)", "none", lambda c, i: f"S{i:03d}"),
            C("address", "text", "none", lambda c, i: f"P.O. Box {c.r.randint(10, 999)}, "
                                                      f"{c.r.choice(['Majuro MH 96960', 'Ebeye MH 96970', 'Kolonia FM 96941'])}"),
            C("supp_address", "text", "none", lambda c, i: f"Lot {c.r.randint(1, 90)}, {c.r.choice(['Delap', 'Uliga', 'Rita'])}, Majuro"),
            C("gst_no", "varchar(25)", "none", maybe(lambda c, i: f"MH-{digits(c, 5)}", 0.6)),
            C("contact", "varchar(60)", "person_name", any_name("fm")),
            C("supp_account_no", "varchar(40)", "none", lambda c, i: f"KH-{digits(c, 5)}"),
            C("website", "varchar(100)", "none", maybe(lambda c, i: f"www.supplier{i}.mh", 0.4)),
            C("bank_account", "varchar(60)", "none", lambda c, i: f"BOMI {digits(c, 10)}"),
            C("curr_code", "char(3)", "none", const("USD")),
            C("payment_terms", "integer", "none", one(1, 3, 4)),
            C("tax_included", "smallint", "none", one(0, 1)),
            C("tax_group_id", "integer", "none", one(1, 2)),
            C("credit_limit", "double precision", "none", amounts(1000, 90000, 0)),
            C("purchase_account", "varchar(15)", "none", const("5010")),
            C("payable_account", "varchar(15)", "none", const("2100")),
            C("notes", "text", "none", maybe(one("Ships monthly on the Caroline Islander.", "Prepay 50%.",
                                                 "Container minimum 20ft."), 0.4)),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_SUP),
        Table(S, "0_debtor_trans", [
            C("trans_no", "integer PRIMARY KEY", "none", seq(200)),
            C("type", "smallint", "none", one(10, 10, 11, 12, 13)),
            C("version", "smallint", "none", const(0)),
            C("debtor_no", "integer", "none", fk(N_DEB, 7)),
            C("branch_code", "integer", "none", fk(N_BR, 11)),
            C("tran_date", "date", "none", dates(2023, 2025)),
            C("due_date", "date", "none", dates(2023, 2025)),
            C("reference", "varchar(60)", "none", lambda c, i: f"{i:03d}/2025"),
            C("tpe", "integer", "none", one(1, 2)),
            C("order_", "integer", "none", ints(1, 900)),
            C("ov_amount", "double precision", "none", amounts(20, 30000)),
            C("ov_gst", "double precision", "none", amounts(0, 900)),
            C("ov_freight", "double precision", "none", amounts(0, 400)),
            C("ov_discount", "double precision", "none", const(0)),
            C("alloc", "double precision", "none", amounts(0, 5000)),
            C("rate", "double precision", "none", const(1)),
            C("ship_via", "integer", "none", one(1, 2, 3)),
            C("payment_terms", "integer", "none", one(1, 2, 3, 4)),
        ], rows=150, extra=[fkey(S, "0_debtor_trans", "debtor_no", "0_debtors_master", "debtor_no"),
                            fkey(S, "0_debtor_trans", "branch_code", "0_cust_branch", "branch_code")]),
        Table(S, "0_audit_trail", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("type", "smallint", "none", one(0, 10, 12, 20, 22)),
            C("trans_no", "integer", "none", ints(1, 900)),
            C("user", "smallint", "none", fk(N_USR, 3)),
            C("stamp", "timestamp", "none", stamps(2023, 2025)),
            C("description", "varchar(60)", "none", maybe(one("Voided.", "Updated.", "Closed year."), 0.3)),
            C("fiscal_year", "integer", "none", one(3, 4, 5)),
            C("gl_date", "date", "none", dates(2023, 2025)),
            C("gl_seq", "integer", "none", ints(1, 400)),
        ], rows=150, extra=[fkey(S, "0_audit_trail", "user", "0_users", "id")]),
    ]
