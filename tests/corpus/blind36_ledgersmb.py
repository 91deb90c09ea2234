"""al_ledgersmb: LedgerSMB 1.x (the entity model: entity, company, person, entity_employee, entity_credit_account,
entity_to_contact, location, entity_to_location, entity_note, ar) as recalled from memory, for a grocery and outboard
parts wholesaler in Kolonia, Pohnpei (Micronesia). Entities 1-60 are customer firms, 61-80 supplier firms in the
Marshall Islands, 81-110 employees and 111-150 contact persons at customers; location i belongs to entity i."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, maybe, one, seq, stamps)
from .blind36_gens import POOLS, any_name, person, pick
from .gens import Table

S = "al_ledgersmb"
PER = "lsmb.person"
N_ENT, N_CUST, N_FIRM, N_EMP, N_PER, N_ECA, N_LOC = 150, 60, 80, 30, 70, 100, 130
KINDS = ["Mini Mart", "Family Store", "Bakery", "Fishermen's Co-op", "Service Station", "Canteen"]
MH_PLACES = ["Majuro", "Delap", "Uliga", "Rita", "Laura", "Ebeye", "Jaluit", "Ajeltake", "Arno", "Wotje"]
MH_KINDS = ["Wholesale", "Marine Supply"]
STATE = {"Kolonia": "Pohnpei", "Palikir": "Pohnpei", "Weno": "Chuuk", "Tofol": "Kosrae", "Lelu": "Kosrae",
         "Colonia": "Yap", "Majuro": "Majuro Atoll"}
MH_NAMES = ["Kunio Lajuon", "Biram Langidrik", "Hemos Jibas", "Jeban Anjain", "Lijon Lakjohn", "Neijon Riklon",
            "Atina Lemari", "Tarines Jetnil", "Rine Bokin", "Mary Lou Lajuon"]


def _firm(i: int) -> str:
    if i <= N_CUST:
        return f"{POOLS['fm']['district'][(i - 1) % 10]} {KINDS[(i - 1) // 10]}"
    j = i - N_CUST - 1
    return f"{MH_PLACES[j % 10]} {MH_KINDS[j // 10]}"


def _pe(field: str):
    """A field of the person behind entity id e (81-150): person row e - 80."""
    g = person("fm", PER, field, 1955, 2003)
    return lambda c, e: g(c, e - N_FIRM)


def _entity_name(c, i):
    return _firm(i) if i <= N_FIRM else _pe("full")(c, i)


def _home_or_firm(field_firm, field_person: str):
    return lambda c, i: field_firm(c, i) if i <= N_FIRM else _pe(field_person)(c, i)


def _firm_city(c, i) -> str:
    return "Majuro" if i > N_CUST else POOLS["fm"]["city"][(i - 1) % len(POOLS["fm"]["city"])]


def _firm_line(c, i):
    if i <= N_CUST:
        return f"{pick('fm', 'street')(c, i)}, {POOLS['fm']['district'][(i - 1) % 10]}"
    return f"Lot {c.r.randint(1, 90)}, {MH_PLACES[(i - N_CUST - 1) % 10]}"


def _contact(c, i):
    """(class, contact, description) of row i: a cell phone per person, then landlines, then some e-mails."""
    e = N_FIRM + 1 + (i - 1) % N_PER
    if i <= N_PER:
        return 3, _pe("mobile")(c, e), "Cell"
    if i <= 120:
        return 1, _pe("phone")(c, e), c.r.choice(["Office direct", "Home", "Home, after 5pm"])
    return 12, _pe("email")(c, e), "E-mail"


def _note(c, i):
    return c.r.choice([
        f"Spoke with {any_name('fm')(c, i)}; will pay the balance when the ship comes in.",
        f"Manager changed: new buyer is {any_name('fm')(c, i)}, cell +691 92{c.r.choice('0156')}-{digits(c, 4)}.",
        f"Agent in Majuro is {c.r.choice(MH_NAMES)}, +692 455-{digits(c, 4)}.",
        "Credit hold lifted after March statement.", "Orders rice by the container; wants 30 days.",
        "Shipment delayed at Majuro, Caroline Voyager out of service.", "Closed for Liberation Day week.",
        f"Send statements to {_pe('email')(c, N_FIRM + 1 + i % N_PER)}.", "Prefers delivery before 10am."])


def _intnotes(c, i):
    return c.r.choice([None, None, None, "Short-shipped 4 cases, credit note to follow.", "Price per old list.",
                       f"Called {any_name('fm')(c, i)} re overdue, promised cheque Friday.",
                       f"Picked up by {any_name('fm')(c, i)} in the store truck.", "Disputed freight charge."])


def ledgersmb_tables() -> list[Table]:
    p = lambda f: person("fm", PER, f, 1955, 2003)         # noqa: E731
    emp = lambda g: (lambda c, i: N_FIRM + g(c, i))       # noqa: E731
    return [
        Table(S, "entity", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "text", "person_name", _entity_name),
            C("entity_class", "integer", "none",
              lambda c, i: 2 if i <= N_CUST else 1 if i <= N_FIRM else 3 if i <= N_FIRM + N_EMP else 4),
            C("created", "date", "none", dates(2012, 2025)),
            C("control_code", "text", "none",
              lambda c, i: f"{'C' if i <= N_CUST else 'V' if i <= N_FIRM else 'E' if i <= N_FIRM + N_EMP else 'P'}-{i:05d}"),
            C("country_id", "integer", "none", lambda c, i: 134 if N_CUST < i <= N_FIRM else 141),
        ], rows=N_ENT),
        Table(S, "company", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("entity_id", "integer", "none", seq()),
            C("legal_name", "text", "none", lambda c, i: f"{_firm(i)} {c.r.choice(['Inc.', 'Co.', 'Enterprises'])}"),
            C("tax_id", "text", "none",
              lambda c, i: f"PNI-GRT-{digits(c, 5)}" if i <= N_CUST else f"RMI-{digits(c, 2)}-{digits(c, 5)}"),
            C("sales_tax_id", "text", "none", maybe(lambda c, i: f"ST{digits(c, 6)}", 0.3)),
            C("license_number", "text", "none", lambda c, i: f"BL-{c.r.randint(2012, 2025)}-{digits(c, 4)}"),
            C("sic_code", "varchar", "none", one("5411", "5141", "5551", "5541", "5812", "2051", "5146")),
            C("created", "date", "none", dates(2012, 2025)),
        ], rows=N_FIRM, extra=[fkey(S, "company", "entity_id", "entity", "id")]),
        Table(S, "person", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("entity_id", "integer", "none", lambda c, i: N_FIRM + i),
            C("salutation_id", "integer", "none", lambda c, i: 3 if p("sex")(c, i) == "M" else c.r.choice([2, 4, 5])),
            C("first_name", "text", "person_name", p("first")),
            C("middle_name", "text", "person_name", maybe(pick("fm", "m"), 0.4)),
            C("last_name", "text", "person_name", p("last")),
            C("created", "date", "none", dates(2012, 2025)),
            C("birthdate", "date", "birth_date", lambda c, i: p("birth")(c, i) if i <= N_EMP or c.r.random() < 0.2 else None),
            C("personal_id", "text", "national_id", lambda c, i: p("natid")(c, i) if i <= N_EMP else None),
        ], rows=N_PER, extra=[fkey(S, "person", "entity_id", "entity", "id")]),
        Table(S, "entity_employee", [
            C("entity_id", "integer PRIMARY KEY", "none", lambda c, i: N_FIRM + i),
            C("startdate", "date", "none", dates(2010, 2024)),
            C("enddate", "date", "none", maybe(dates(2023, 2025), 0.15)),
            C("role", "varchar(20)", "none", lambda c, i: "manager" if i <= 5 else "user"),
            C("ssn", "text", "national_id", p("natid")),
            C("sales", "boolean", "none", flag(0.4)),
            C("manager_id", "integer", "none", lambda c, i: None if i <= 5 else N_FIRM + 1 + i % 5),
            C("employeenumber", "varchar(32)", "none", lambda c, i: f"KW{i:03d}"),
            C("dob", "date", "birth_date", p("birth")),
            C("is_manager", "boolean", "none", lambda c, i: i <= 5),
        ], rows=N_EMP, extra=[fkey(S, "entity_employee", "entity_id", "entity", "id"),
                              fkey(S, "entity_employee", "manager_id", "entity_employee", "entity_id")]),
        Table(S, "entity_credit_account", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("entity_id", "integer", "none", lambda c, i: (i - 1) % N_FIRM + 1),
            C("entity_class", "integer", "none", lambda c, i: 2 if i <= N_CUST or i > N_FIRM else 1),
            C("pay_to_name", "text", "none", lambda c, i: _firm((i - 1) % N_FIRM + 1)),
            C("discount", "numeric", "none", amounts(0, 5, 1)),
            C("description", "text", "none", one("Retail account", "Fuel and ice", "Rice and canned goods",
                                                 "Outboard parts", "Freight", None)),
            C("discount_terms", "integer", "none", one(0, 10)),
            C("taxincluded", "boolean", "none", flag(0.2)),
            C("creditlimit", "numeric", "none", amounts(500, 60000, 0)),
            C("terms", "smallint", "none", one(0, 15, 30, 60)),
            C("meta_number", "varchar(32)", "none", lambda c, i: f"{'V' if N_CUST < i <= N_FIRM else 'C'}{i:04d}"),
            C("business_id", "integer", "none", one(1, 2, 3, None)),
            C("language_code", "varchar(6)", "none", const("en")),
            C("pricegroup_id", "integer", "none", one(1, 2, None)),
            C("curr", "char(3)", "none", const("USD")),
            C("startdate", "date", "none", dates(2012, 2024)),
            C("enddate", "date", "none", maybe(dates(2024, 2025), 0.1)),
            C("threshold", "numeric", "none", const(0)),
            C("employee_id", "integer", "none", maybe(emp(fk(N_EMP, 3)), 0.8)),
            C("ar_ap_account_id", "integer", "none", lambda c, i: 2100 if N_CUST < i <= N_FIRM else 1200),
            C("cash_account_id", "integer", "none", one(1010, 1020, None)),
        ], rows=N_ECA, extra=[fkey(S, "entity_credit_account", "entity_id", "entity", "id"),
                              fkey(S, "entity_credit_account", "employee_id", "entity_employee", "entity_id")]),
        Table(S, "entity_to_contact", [
            C("entity_id", "integer", "none", lambda c, i: N_FIRM + 1 + (i - 1) % N_PER),
            C("contact_class_id", "integer", "none", lambda c, i: _contact(c, i)[0]),
            C("contact", "text", "phone", lambda c, i: _contact(c, i)[1]),
            C("description", "text", "none", lambda c, i: _contact(c, i)[2]),
        ], rows=N_ENT, extra=[fkey(S, "entity_to_contact", "entity_id", "entity", "id")]),
        Table(S, "location", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("line_one", "text", "postal_address", _home_or_firm(_firm_line, "a_line")),
            C("line_two", "text", "postal_address",
              lambda c, i: f"P.O. Box {c.r.randint(10, 2999)}" if i <= N_FIRM or c.r.random() < 0.4 else None),
            C("line_three", "text", "none", lambda c, i: c.r.choice([None, None, "Attn: Accounts"]) if i <= N_FIRM else None),
            C("city", "text", "none", _home_or_firm(_firm_city, "a_city")),
            C("state", "text", "none", lambda c, i: STATE[_home_or_firm(_firm_city, "a_city")(c, i)]),
            C("mail_code", "varchar(20)", "postal_address",
              _home_or_firm(lambda c, i: "96960" if N_CUST < i <= N_FIRM else f"9694{c.r.randint(1, 4)}", "a_postcode")),
            C("country_id", "integer", "none", lambda c, i: 134 if N_CUST < i <= N_FIRM else 141),
            C("created", "date", "none", dates(2012, 2025)),
            C("inactive_date", "timestamp", "none", maybe(stamps(2023, 2025), 0.05)),
            C("active", "boolean", "none", const(True)),
        ], rows=N_LOC),
        Table(S, "entity_to_location", [
            C("location_id", "integer", "none", seq()),
            C("location_class", "integer", "none", lambda c, i: 1 if i <= N_FIRM else 3),
            C("entity_id", "integer", "none", seq()),
        ], rows=N_LOC, extra=[fkey(S, "entity_to_location", "location_id", "location", "id"),
                              fkey(S, "entity_to_location", "entity_id", "entity", "id")]),
        Table(S, "entity_note", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("note_class", "integer", "none", const(1)),
            C("note", "text", "free_text_may_contain_pii", _note),
            C("subject", "text", "none", one("Payment", "Delivery", "Credit", "Contact", None)),
            C("created", "timestamp", "none", stamps(2019, 2025)),
            C("created_by", "integer", "none", emp(fk(N_EMP, 7))),
            C("ref_key", "integer", "none", fk(N_ENT, 7)),
            C("entity_id", "integer", "none", fk(N_ENT, 7)),
        ], rows=120, extra=[fkey(S, "entity_note", "entity_id", "entity", "id"),
                            fkey(S, "entity_note", "created_by", "entity", "id")]),
        Table(S, "ar", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("invnumber", "text", "none", lambda c, i: f"INV-{2400 + i}"),
            C("transdate", "date", "none", dates(2023, 2025)),
            C("entity_credit_account", "integer", "none", lambda c, i: [*range(1, 61), *range(81, 101)][(i * 7) % 80]),
            C("taxincluded", "boolean", "none", flag(0.2)),
            C("amount", "numeric", "none", amounts(15, 24000)),
            C("netamount", "numeric", "none", amounts(15, 22000)),
            C("paid", "numeric", "none", amounts(0, 15000)),
            C("datepaid", "date", "none", maybe(dates(2023, 2025), 0.6)),
            C("duedate", "date", "none", dates(2023, 2025)),
            C("invoice", "boolean", "none", flag(0.85)),
            C("shippingpoint", "text", "none", one("Kolonia warehouse", "Dekehtik port", "Store counter", None)),
            C("terms", "smallint", "none", one(0, 15, 30)),
            C("notes", "text", "none", one(None, "Thank you for your business.", "Prices in USD.",
                                           "Goods remain our property until paid.")),
            C("intnotes", "text", "free_text_may_contain_pii", _intnotes),
            C("curr", "char(3)", "none", const("USD")),
            C("ordnumber", "text", "none", maybe(lambda c, i: f"SO-{1100 + i}", 0.5)),
            C("person_id", "integer", "none", emp(fk(N_EMP, 11))),
            C("shipvia", "text", "none", one("Caroline Voyager", "Field trip ship", "Store truck", "Air freight", None)),
            C("ponumber", "text", "none", maybe(lambda c, i: f"PO{digits(c, 5)}", 0.4)),
            C("on_hold", "boolean", "none", flag(0.05)),
            C("approved", "boolean", "none", flag(0.95)),
        ], rows=150, extra=[fkey(S, "ar", "entity_credit_account", "entity_credit_account", "id"),
                            fkey(S, "ar", "person_id", "entity_employee", "entity_id")]),
    ]
