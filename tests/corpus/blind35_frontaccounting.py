"""ak_frontaccounting: FrontAccounting 2.4 (web accounting/ERP, tables prefixed with the company number 0_) as
recalled from memory, for a Hamilton (Bermuda) wholesaler of marine and medical supplies. Customers and suppliers
are companies; the CRM persons, salesmen and users are people."""
from __future__ import annotations

from .blind26_gens import C, amounts, const, dates, digits, fk, fkey, ints, maybe, md5, one, seq, stamps
from .blind35_gens import POOLS, any_name, person
from .gens import Table

S = "ak_frontaccounting"
N_USER, N_CUST, N_BR, N_CRM, N_SUPP, N_SALES, N_BANK = 24, 110, 140, 130, 90, 12, 8
FIRMS = ["Somers Wharf Marine", "Paget Island Clinic", "Dockyard Provisioning", "Harbour Nights Bar & Grill",
         "Sandys Boat Club", "Warwick Long Bay Villas", "Flatts Village Pharmacy", "Ord Road Dental Practice",
         "Crow Lane Shipyard", "Mid-Atlantic Divers", "Pembroke Rest Home", "Hamilton Harbour Ferries"]
SUPPLIERS = ["Atlantic Medical Distributors Inc.", "West Marine Pro (Florida)", "Halifax Rope & Cordage Ltd",
             "McKesson Caribbean", "Nova Scotia Chandlery", "Miami Freight Consolidators", "Lloyd's Register Services",
             "Bermuda Forwarders Ltd", "Baxter Healthcare (NJ)", "Raymarine Distributors"]


def _org_address(c, i):
    p = POOLS["bm"]
    return f"{c.r.randint(1, 90)} {c.r.choice(p['street'])}\n{c.r.choice(p['city'])} {c.r.choice(p['post'])}\nBermuda"


def _cust_notes(c, i):
    return c.r.choice([None, None, "Net 30, statements monthly", "COD only after 2023 bad debt",
                       f"Ask for {any_name('bm')(c, i)} in accounts, (441) 5{digits(c, 2)}-{digits(c, 4)}",
                       f"Orders placed by the practice manager {any_name('bm')(c, i)}", "Tax exempt: charity"])


def _supp_notes(c, i):
    return c.r.choice([None, "Ships via Miami consolidator weekly", "Cold chain: insulin and vaccines",
                       "Minimum order USD 500", "Quote in CAD", "Invoices by e-mail only"])


def frontaccounting_tables() -> list[Table]:
    u = lambda f: person("bm", "fa.user", f, 1962, 1999)          # noqa: E731
    p = lambda f: person("bm", "fa.crm", f, 1950, 2001)           # noqa: E731
    s = lambda f: person("bm", "fa.sales", f, 1965, 1998)         # noqa: E731

    def cust(c, i):
        return FIRMS[i % len(FIRMS)] + ("" if i <= len(FIRMS) else f" ({['East', 'West', 'Annex'][i % 3]} {i})")

    return [
        Table(S, "0_users", [
            C("id", "smallint PRIMARY KEY", "none", seq()),
            C("user_id", "varchar(60)", "none", lambda c, i: u("user")(c, i).split(".")[0][:1] + u("last")(c, i).lower()),
            C("password", "varchar(100)", "credentials", lambda c, i: md5(c)),
            C("real_name", "varchar(100)", "person_name", u("full")),
            C("role_id", "integer", "none", one(2, 3, 8, 9, 10)),
            C("phone", "varchar(30)", "phone", u("mobile")),
            C("email", "varchar(100)", "email", lambda c, i: u("user")(c, i) + "@somerstrading.bm"),
            C("language", "varchar(20)", "none", const("C")),
            C("date_format", "smallint", "none", const(1)),
            C("date_sep", "smallint", "none", const(0)),
            C("theme", "varchar(20)", "none", one("default", "canvas", "dropdown")),
            C("print_profile", "varchar(30)", "none", const("")),
            C("rep_popup", "smallint", "none", const(1)),
            C("pos", "smallint", "none", ints(1, 2)),
            C("last_visit_date", "timestamp", "none", stamps(2024, 2025)),
            C("inactive", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_USER),
        Table(S, "0_salesman", [
            C("salesman_code", "integer PRIMARY KEY", "none", seq()),
            C("salesman_name", "varchar(60)", "person_name", s("full")),
            C("salesman_phone", "varchar(30)", "phone", s("mobile")),
            C("salesman_fax", "varchar(30)", "none", const("")),
            C("salesman_email", "varchar(100)", "email", s("email")),
            C("provision", "numeric(5,2)", "none", amounts(0, 7.5)),
            C("break_pt", "numeric(14,2)", "none", amounts(0, 20000, 0)),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_SALES),
        Table(S, "0_debtors_master", [
            C("debtor_no", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(100)", "none", cust),
            C("debtor_ref", "varchar(30)", "none", lambda c, i: f"C{i:04d}"),
            C("address", "text", "none", _org_address),
            C("tax_id", "varchar(55)", "none", lambda c, i: f"BM-{digits(c, 5)}"),
            C("curr_code", "char(3)", "none", one("BMD", "BMD", "USD")),
            C("sales_type", "integer", "none", one(1, 2)),
            C("credit_status", "integer", "none", one(1, 1, 1, 3)),
            C("payment_terms", "integer", "none", one(1, 2, 4, 5)),
            C("discount", "numeric(5,2)", "none", amounts(0, 10)),
            C("credit_limit", "numeric(14,2)", "none", amounts(1000, 50000, 0)),
            C("notes", "text", "free_text_may_contain_pii", _cust_notes),
            C("inactive", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_CUST),
        Table(S, "0_cust_branch", [
            C("branch_code", "integer PRIMARY KEY", "none", seq()),
            C("debtor_no", "integer", "none", fk(N_CUST, 3)),
            C("br_name", "varchar(60)", "none", lambda c, i: c.r.choice(["Head Office", "Warehouse", "Dock gate",
                                                                        "Clinic", "Bar"])),
            C("branch_ref", "varchar(30)", "none", lambda c, i: f"B{i:04d}"),
            C("br_address", "text", "none", _org_address),
            C("area", "integer", "none", ints(1, 9)),
            C("salesman", "integer", "none", fk(N_SALES, 5)),
            C("default_location", "varchar(5)", "none", one("DEF", "DOCK")),
            C("tax_group_id", "integer", "none", one(1, 2)),
            C("br_post_address", "text", "none", lambda c, i: f"P.O. Box {c.r.choice(['HM', 'PG', 'FL'])} "
                                                               f"{c.r.randint(100, 2999)}"),
            C("group_no", "integer", "none", one(0, 1, 2)),
            C("notes", "text", "none", maybe(one("Deliver before 10am", "Use side entrance", "Forklift on site"), 0.4)),
            C("bank_account", "varchar(60)", "none", const(None)),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_BR, extra=[fkey(S, "0_cust_branch", "debtor_no", "0_debtors_master", "debtor_no"),
                              fkey(S, "0_cust_branch", "salesman", "0_salesman", "salesman_code")]),
        Table(S, "0_crm_persons", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ref", "varchar(30)", "none", lambda c, i: p("last")(c, i)[:4].upper() + str(i)),
            C("name", "varchar(60)", "person_name", p("first")),
            C("name2", "varchar(60)", "person_name", p("last")),
            C("address", "text", "postal_address", maybe(p("a_full"), 0.5)),
            C("phone", "varchar(30)", "phone", p("phone")),
            C("phone2", "varchar(30)", "phone", maybe(p("mobile"), 0.8)),
            C("fax", "varchar(30)", "none", const("")),
            C("email", "varchar(100)", "email", p("email")),
            C("lang", "char(5)", "none", const("")),
            C("notes", "text", "none", maybe(one("Buyer", "Accounts payable", "Owner", "Pharmacist in charge",
                                                 "Harbour master's office"), 0.6)),
            C("inactive", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_CRM),
        Table(S, "0_crm_contacts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", lambda c, i: (i - 1) % N_CRM + 1),
            C("type", "varchar(20)", "none", one("customer", "cust_branch", "supplier")),
            C("action", "varchar(20)", "none", one("general", "invoice", "order", "delivery")),
            C("entity_id", "varchar(11)", "none", lambda c, i: str(c.r.randint(1, N_CUST))),
        ], rows=150, extra=[fkey(S, "0_crm_contacts", "person_id", "0_crm_persons", "id")]),
        Table(S, "0_suppliers", [
            C("supplier_id", "integer PRIMARY KEY", "none", seq()),
            C("supp_name", "varchar(60)", "none", lambda c, i: SUPPLIERS[i % len(SUPPLIERS)]
              + ("" if i <= len(SUPPLIERS) else f" #{i}")),
            C("supp_ref", "varchar(30)", "none", lambda c, i: f"S{i:03d}"),
            C("address", "text", "none", lambda c, i: f"{c.r.randint(100, 9900)} NW {c.r.randint(10, 99)}th Street\n"
                                                      f"Miami FL 331{digits(c, 2)}"),
            C("supp_address", "text", "none", const("")),
            C("gst_no", "varchar(25)", "none", lambda c, i: f"{digits(c, 2)}-{digits(c, 7)}"),
            C("contact", "varchar(60)", "person_name", any_name("bm")),
            C("supp_account_no", "varchar(40)", "none", lambda c, i: f"CUST-{digits(c, 6)}"),
            C("website", "varchar(100)", "none", lambda c, i: f"https://www.supplier{i}.com"),
            C("bank_account", "varchar(60)", "none", lambda c, i: f"ABA 0{digits(c, 8)} / {digits(c, 10)}"),
            C("curr_code", "char(3)", "none", one("USD", "CAD", "GBP")),
            C("payment_terms", "integer", "none", one(3, 4)),
            C("tax_included", "smallint", "none", const(0)),
            C("credit_limit", "numeric(14,2)", "none", amounts(0, 100000, 0)),
            C("notes", "text", "none", _supp_notes),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_SUPP),
        Table(S, "0_bank_accounts", [
            C("id", "smallint PRIMARY KEY", "none", seq()),
            C("account_code", "varchar(15)", "none", lambda c, i: f"10{i:02d}0"),
            C("account_type", "smallint", "none", one(0, 1, 3)),
            C("bank_account_name", "varchar(60)", "none", lambda c, i: ["Operating BMD", "Payroll", "USD Clearing",
                                                                       "Petty cash", "Term deposit", "Card settlement",
                                                                       "Customs bond", "Savings"][i - 1]),
            C("bank_account_number", "varchar(100)", "none", lambda c, i: f"{digits(c, 2)}-{digits(c, 6)}-{digits(c, 3)}"),
            C("bank_name", "varchar(60)", "none", one("Butterfield", "HSBC Bermuda", "Clarien Bank")),
            C("bank_address", "text", "none", one("65 Front Street, Hamilton HM 12", "37 Front Street, Hamilton HM 11")),
            C("bank_curr_code", "char(3)", "none", one("BMD", "USD")),
            C("last_reconciled_date", "timestamp", "none", stamps(2025, 2025)),
            C("inactive", "smallint", "none", const(0)),
        ], rows=N_BANK),
        Table(S, "0_debtor_trans", [
            C("trans_no", "integer PRIMARY KEY", "none", seq()),
            C("type", "smallint", "none", one(10, 11, 12, 13)),
            C("debtor_no", "integer", "none", fk(N_CUST, 7)),
            C("branch_code", "integer", "none", fk(N_BR, 11)),
            C("tran_date", "date", "none", dates(2023, 2025)),
            C("due_date", "date", "none", dates(2023, 2025)),
            C("reference", "varchar(60)", "none", lambda c, i: f"{i:03d}/{c.r.choice([2023, 2024, 2025])}"),
            C("tpe", "integer", "none", one(1, 2)),
            C("order_", "integer", "none", ints(1, 400)),
            C("ov_amount", "numeric(14,2)", "none", amounts(40, 18000)),
            C("ov_gst", "numeric(14,2)", "none", const(0)),
            C("ov_freight", "numeric(14,2)", "none", amounts(0, 250)),
            C("alloc", "numeric(14,2)", "none", amounts(0, 18000)),
            C("ship_via", "integer", "none", one(1, 2)),
        ], rows=150, extra=[fkey(S, "0_debtor_trans", "debtor_no", "0_debtors_master", "debtor_no"),
                            fkey(S, "0_debtor_trans", "branch_code", "0_cust_branch", "branch_code")]),
        Table(S, "0_supp_trans", [
            C("trans_no", "integer PRIMARY KEY", "none", seq()),
            C("type", "smallint", "none", one(20, 21, 22)),
            C("supplier_id", "integer", "none", fk(N_SUPP, 7)),
            C("reference", "text", "none", lambda c, i: f"PI{i:05d}"),
            C("supp_reference", "varchar(60)", "none", lambda c, i: f"INV-{digits(c, 6)}"),
            C("tran_date", "date", "none", dates(2023, 2025)),
            C("due_date", "date", "none", dates(2023, 2025)),
            C("ov_amount", "numeric(14,2)", "none", amounts(200, 60000)),
            C("rate", "numeric(10,6)", "none", one(1, 1, 1.3521)),
            C("alloc", "numeric(14,2)", "none", amounts(0, 60000)),
        ], rows=140, extra=[fkey(S, "0_supp_trans", "supplier_id", "0_suppliers", "supplier_id")]),
        Table(S, "0_audit_trail", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("type", "smallint", "none", one(10, 12, 20, 0)),
            C("trans_no", "integer", "none", ints(1, 150)),
            C("user", "smallint", "none", fk(N_USER, 5)),
            C("stamp", "timestamp", "none", stamps(2023, 2025)),
            C("description", "varchar(60)", "none", maybe(one("Voided.", "Updated.", "Closed fiscal year"), 0.3)),
            C("fiscal_year", "integer", "none", one(4, 5, 6)),
            C("gl_date", "date", "none", dates(2023, 2025)),
            C("gl_seq", "integer", "none", ints(1, 900)),
        ], rows=150, extra=[fkey(S, "0_audit_trail", "user", "0_users", "id")]),
    ]
