"""g_erpnext: ERPNext / Frappe on PostgreSQL ("tabDocType" tables, Frappe's standard columns), an Indian B2B
distributor with the Healthcare module (clinic for staff and walk-in patients). Frappe creates no foreign keys."""
from __future__ import annotations

from .blind4_gens import (aadhaar, blood_group, const, day, fk, maybe, money, pan_in, passport_no, person,
                          pp, text_with_people, ts)
from .gens import Col, Table, pick

S = "g_erpnext"
IN = "en_IN"
DOMAIN = "@sunrisetraders.in"


def std_cols(prefix: str | None, width: int = 140, full: bool = True) -> list[Col]:
    """Frappe's standard columns; owner / modified_by hold the user id, which is the user's e-mail address."""
    def user(c, i):
        if c.r.random() < 0.12:
            return "Administrator"
        p = person(IN, "erp-user", c.r.randint(1, 25))
        return p["user"] + DOMAIN
    name = (lambda c, i: f"{prefix}{i:05d}") if prefix else None
    if not full:
        return [Col("owner", "varchar(140)", "email", user), Col("modified", "timestamp(6)", "none", ts(2023, 2025))]
    cols = [Col("name", f"varchar({width}) PRIMARY KEY", "none", name)] if name else []
    return cols + [Col("creation", "timestamp(6)", "none", ts(2019, 2025)),
                   Col("modified", "timestamp(6)", "none", ts(2023, 2025)),
                   Col("modified_by", "varchar(140)", "email", user),
                   Col("owner", "varchar(140)", "email", user),
                   Col("docstatus", "smallint", "none", pick(0, 0, 1)),
                   Col("idx", "bigint", "none", const(0))]


def _address(p: dict) -> str:
    return f"{p['street']}\n{p['city']}\n{p['postcode']}\nIndia"


def _employee() -> Table:
    def e(field, width=None):
        return pp(IN, "erp-emp", field, width)
    return Table(S, "tabEmployee", std_cols("HR-EMP-") + [
        Col("first_name", "varchar(140)", "person_name", e("first")),
        Col("middle_name", "varchar(140)", "person_name", maybe(0.2, e("middle"))),
        Col("last_name", "varchar(140)", "person_name", e("last")),
        Col("employee_name", "varchar(140)", "person_name", e("full")),
        Col("gender", "varchar(140)", "none", lambda c, i: "Female" if e("female")(c, i) else "Male"),
        Col("date_of_birth", "date", "birth_date", e("birth")),
        Col("salutation", "varchar(140)", "none", lambda c, i: "Ms" if e("female")(c, i) else "Mr"),
        Col("date_of_joining", "date", "none", day(2012, 2025)),
        Col("status", "varchar(140)", "none", pick("Active", "Active", "Active", "Left", "Inactive")),
        Col("user_id", "varchar(140)", "email", maybe(0.7, lambda c, i: e("user")(c, i) + DOMAIN)),
        Col("company", "varchar(140)", "none", const("Sunrise Traders Pvt Ltd")),
        Col("department", "varchar(140)", "none", pick("Sales - STPL", "Accounts - STPL", "Stores - STPL",
                                                       "Dispatch - STPL", "Clinic - STPL")),
        Col("designation", "varchar(140)", "none", pick("Sales Executive", "Accountant", "Store Keeper", "Driver",
                                                        "Nurse", "Area Manager", "Picker")),
        Col("reports_to", "varchar(140)", "none", maybe(0.8, lambda c, i: f"HR-EMP-{c.r.randint(1, 20):05d}")),
        Col("cell_number", "varchar(140)", "phone", e("phone")),
        Col("personal_email", "varchar(140)", "email", maybe(0.8, e("email"))),
        Col("company_email", "varchar(140)", "email", lambda c, i: e("user")(c, i) + DOMAIN),
        Col("prefered_email", "varchar(140)", "email", lambda c, i: e("user")(c, i) + DOMAIN),
        Col("current_address", "text", "postal_address", lambda c, i: _address(person(IN, "erp-emp", i))),
        Col("permanent_address", "text", "postal_address", maybe(0.6, fk(IN, "address"))),
        Col("person_to_be_contacted", "varchar(140)", "person_name", fk(IN, "name")),
        Col("emergency_phone_number", "varchar(140)", "phone", fk(IN, "phone_number")),
        Col("relation", "varchar(140)", "none", pick("Father", "Mother", "Spouse", "Brother", "Wife", "Husband")),
        Col("ctc", "decimal(21,9)", "none", money(180000, 2400000)),
        Col("bank_name", "varchar(140)", "none", pick("HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank")),
        Col("bank_ac_no", "varchar(140)", "bank_account", lambda c, i: str(c.r.randint(10**10, 10**14))),
        Col("iban", "varchar(140)", "none", const(None)),
        Col("marital_status", "varchar(140)", "none", pick("Single", "Married", "Married", "")),
        Col("family_background", "text", "free_text_may_contain_pii", text_with_people(
            IN, ("Father: {name}, retired teacher. Two siblings.", "Spouse {name} works at Infosys.",
                 "Mother {name} (contact {phone})."), ("",), 0.7)),
        Col("blood_group", "varchar(140)", "health", blood_group),
        Col("health_details", "text", "health", maybe(0.6, pick(
            "Type 2 diabetes, on metformin", "Asthmatic - carries inhaler", "Hypertension, controlled",
            "Allergic to penicillin", "Knee surgery 2021, avoid heavy lifting", "Epilepsy - no driving duties"))),
        Col("passport_number", "varchar(140)", "national_id", maybe(0.4, lambda c, i: "ZK"[i % 2] + passport_no(c, i)[-7:])),
        Col("bio", "text", "free_text_may_contain_pii",
            lambda c, i: f"{e('full')(c, i)} joined Sunrise in {c.r.randint(2012, 2024)} and looks after "
                         f"{c.r.choice(['key accounts', 'the Nashik depot', 'GST filings'])}."),
        Col("pan_number", "varchar(140)", "national_id", maybe(0.9, pan_in)),
        Col("reason_for_leaving", "text", "none", maybe(0.1, pick("Higher studies", "Relocation", "Better offer")))],
        rows=130)


def _customer() -> Table:
    """85% companies (label none); individual rows get a person's values (see blind4.py)."""
    def is_person(i):
        return i % 7 == 3

    def val(company, individual):
        return lambda c, i: individual(c, i) if is_person(i) else company(c, i)
    return Table(S, "tabCustomer", std_cols(None) + [
        Col("name", "varchar(140) PRIMARY KEY", "none",
            val(lambda c, i: f"{person(IN, 'erp-co', i)['last']} {c.r.choice(['Traders', 'Enterprises', 'Agencies'])}"
                             f" {i}", pp(IN, "erp-cust", "full"))),
        Col("customer_name", "varchar(140)", "none",
            val(lambda c, i: f"{person(IN, 'erp-co', i)['last']} {c.r.choice(['Traders', 'Pvt Ltd', 'Stores'])}",
                pp(IN, "erp-cust", "full"))),
        Col("customer_type", "varchar(140)", "none", lambda c, i: "Individual" if is_person(i) else "Company"),
        Col("customer_group", "varchar(140)", "none", pick("Commercial", "Retail", "Distributor", "Government")),
        Col("territory", "varchar(140)", "none", pick("Maharashtra", "Gujarat", "Karnataka", "India")),
        Col("tax_id", "varchar(140)", "none",
            val(lambda c, i: f"27{pan_in(c, i).replace('P', 'C', 1)}1Z{c.r.randint(1, 9)}", const(None))),
        Col("mobile_no", "varchar(140)", "none",
            val(lambda c, i: f"+91 20 {c.r.randint(2000, 2999)} {c.r.randint(1000, 9999)}", pp(IN, "erp-cust", "phone"))),
        Col("email_id", "varchar(140)", "none",
            val(lambda c, i: f"{c.r.choice(['accounts', 'purchase', 'info'])}@{person(IN, 'erp-co', i)['last'].lower()}"
                             f"traders.com", pp(IN, "erp-cust", "email"))),
        Col("customer_primary_contact", "varchar(140)", "person_name",
            val(lambda c, i: f"{fk(IN, 'name')(c, i)}-{person(IN, 'erp-co', i)['last']} Traders",
                lambda c, i: f"{person(IN, 'erp-cust', i)['full']}-{person(IN, 'erp-cust', i)['full']}")),
        Col("customer_primary_address", "varchar(140)", "none",
            val(lambda c, i: f"{person(IN, 'erp-co', i)['last']} Traders-Billing", const(None))),
        Col("primary_address", "text", "none",
            val(lambda c, i: f"Plot {c.r.randint(1, 90)}, MIDC Bhosari<br>Pune<br>411026<br>India",
                lambda c, i: _address(person(IN, "erp-cust", i)).replace("\n", "<br>"))),
        Col("website", "varchar(140)", "none", maybe(0.4, lambda c, i: f"www.{person(IN, 'erp-co', i)['last'].lower()}.in")),
        Col("customer_details", "text", "none", maybe(0.3, pick("Credit 30 days", "Pays by NEFT", "Key account"))),
        Col("industry", "varchar(140)", "none", pick("Retail", "Pharmaceutical", "Hospitality", "Construction"))],
        rows=120)


def _contacts() -> list[Table]:
    def k(field, width=None):
        return pp(IN, "erp-contact", field, width)

    def cname(c, i):
        return f"{k('full')(c, i)}-{person(IN, 'erp-co', i)['last']} Traders"
    contact = Table(S, "tabContact", [Col("name", "varchar(140) PRIMARY KEY", "person_name", cname)] + std_cols(None, full=False) + [
        Col("first_name", "varchar(140)", "person_name", k("first")),
        Col("middle_name", "varchar(140)", "person_name", maybe(0.15, k("middle"))),
        Col("last_name", "varchar(140)", "person_name", k("last")),
        Col("full_name", "varchar(140)", "person_name", k("full")),
        Col("salutation", "varchar(140)", "none", lambda c, i: "Ms" if k("female")(c, i) else "Mr"),
        Col("designation", "varchar(140)", "none", pick("Purchase Manager", "Accounts Head", "Owner", "Store In-charge")),
        Col("gender", "varchar(140)", "none", lambda c, i: "Female" if k("female")(c, i) else "Male"),
        Col("email_id", "varchar(140)", "email", lambda c, i: f"{k('user')(c, i)}@{person(IN, 'erp-co', i)['last'].lower()}"
                                                              f"traders.com"),
        Col("phone", "varchar(140)", "phone", maybe(0.5, fk(IN, "phone_number"))),
        Col("mobile_no", "varchar(140)", "phone", k("phone")),
        Col("company_name", "varchar(140)", "none", lambda c, i: f"{person(IN, 'erp-co', i)['last']} Traders"),
        Col("address", "varchar(140)", "none", lambda c, i: f"{person(IN, 'erp-co', i)['last']} Traders-Billing"),
        Col("status", "varchar(140)", "none", pick("Passive", "Open", "Replied")),
        Col("is_primary_contact", "smallint", "none", pick(0, 1)),
        Col("unsubscribed", "smallint", "none", pick(0, 0, 0, 1))], rows=120)
    address = Table(S, "tabAddress", std_cols(None, full=False) + [
        Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"{person(IN, 'erp-co', i)['last']} Traders-Billing-{i}"),
        Col("address_title", "varchar(140)", "none", lambda c, i: f"{person(IN, 'erp-co', i)['last']} Traders"),
        Col("address_type", "varchar(140)", "none", pick("Billing", "Shipping", "Warehouse")),
        Col("address_line1", "varchar(140)", "none",
            lambda c, i: f"Plot No. {c.r.randint(1, 300)}, {c.r.choice(['MIDC', 'GIDC', 'Industrial Estate'])}"),
        Col("address_line2", "varchar(140)", "none", maybe(0.5, pick("Phase II", "Near Octroi Naka", "Sector 7"))),
        Col("city", "varchar(140)", "none", fk(IN, "city")),
        Col("state", "varchar(140)", "none", pick("Maharashtra", "Gujarat", "Karnataka")),
        Col("country", "varchar(140)", "none", const("India")),
        Col("pincode", "varchar(140)", "none", fk(IN, "postcode")),
        Col("email_id", "varchar(140)", "none", lambda c, i: f"accounts@{person(IN, 'erp-co', i)['last'].lower()}traders.com"),
        Col("phone", "varchar(140)", "none", lambda c, i: f"020-{c.r.randint(2000, 2999)}{c.r.randint(1000, 9999)}"),
        Col("gstin", "varchar(140)", "none", lambda c, i: f"27{pan_in(c, i).replace('P', 'C', 1)}1Z{c.r.randint(1, 9)}")],
        rows=110)
    return [contact, address]


def _patient() -> Table:
    def p(field, width=None):
        return pp(IN, "erp-pat", field, width)
    habit = pick("Never", "Never", "Occasionally", "Daily", "Quit 2019")
    return Table(S, "tabPatient", [Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"HLC-PAT-2024-{i:05d}")]
                 + std_cols(None) + [
        Col("first_name", "varchar(140)", "person_name", p("first")),
        Col("middle_name", "varchar(140)", "person_name", maybe(0.2, p("middle"))),
        Col("last_name", "varchar(140)", "person_name", p("last")),
        Col("patient_name", "varchar(140)", "person_name", p("full")),
        Col("sex", "varchar(140)", "none", lambda c, i: "Female" if p("female")(c, i) else "Male"),
        Col("blood_group", "varchar(140)", "health", maybe(0.7, blood_group)),
        Col("dob", "date", "birth_date", p("birth")),
        Col("status", "varchar(140)", "none", pick("Active", "Active", "Disabled")),
        Col("uid", "varchar(140)", "national_id", maybe(0.7, aadhaar)),
        Col("mobile", "varchar(140)", "phone", p("phone")),
        Col("phone", "varchar(140)", "phone", maybe(0.3, fk(IN, "phone_number"))),
        Col("email", "varchar(140)", "email", maybe(0.7, p("email"))),
        Col("customer", "varchar(140)", "person_name", p("full")),
        Col("occupation", "varchar(140)", "none", pick("Driver", "Teacher", "Farmer", "Clerk", "Homemaker", "Student")),
        Col("marital_status", "varchar(140)", "none", pick("Single", "Married", "Widowed", "")),
        Col("allergies", "text", "health", maybe(0.5, pick("Penicillin", "Sulfa drugs", "Peanuts", "Dust mites",
                                                              "NSAIDs - rash", "Latex"))),
        Col("medication", "text", "health", maybe(0.6, pick("Metformin 500mg BD", "Amlodipine 5mg OD",
                                                                "Levothyroxine 50mcg", "Atorvastatin 10mg HS",
                                                                "Salbutamol inhaler PRN"))),
        Col("medical_history", "text", "health", maybe(0.7, pick("Type 2 DM since 2015", "Hypertension",
                                                                     "Pulmonary TB 2012, treated", "Hypothyroidism",
                                                                     "Childhood asthma", "Dengue 2019"))),
        Col("surgical_history", "text", "health", maybe(0.4, pick("Appendectomy 2008", "LSCS x2", "Cataract OD 2020",
                                                                      "Hernia repair", "CABG 2017"))),
        Col("tobacco_past_use", "varchar(140)", "health", habit),
        Col("tobacco_current_use", "varchar(140)", "health", habit),
        Col("alcohol_past_use", "varchar(140)", "health", habit),
        Col("alcohol_current_use", "varchar(140)", "health", habit),
        Col("surrounding_factors", "text", "health", maybe(0.4, pick("Works in cement dust", "Lives near tannery",
                                                                         "Night shifts", "Passive smoker at home"))),
        Col("other_risk_factors", "text", "health", maybe(0.4, pick("Family history of CAD", "Obesity BMI 32",
                                                                        "Sedentary", "Mother diabetic"))),
        Col("patient_details", "text", "free_text_may_contain_pii", text_with_people(
            IN, ("Accompanied by son {name}, {phone}.", "Insurance papers with {name}.", "Alt contact {email}"),
            ("",), 0.5))], rows=140)


def erpnext_people() -> list[Table]:
    return [_employee(), _customer(), *_contacts(), _patient()]
