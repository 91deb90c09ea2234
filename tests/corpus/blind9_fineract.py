"""l_fineract: a Kenyan microfinance institution on Apache Fineract (Mifos X), with one KYC datatable it added."""
from __future__ import annotations

import hashlib

from .blind9_gens import (KE_TOWNS, day, digits, email, fk, fk_sql, first, full, integer, last, maybe, num, phone,
                          pick, split, stamp, template, weighted, who)
from .gens import Col, Ctx, Table, ident

S = "l_fineract"
OFFICES = ["Head Office", "Nairobi CBD", "Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Kakamega", "Nyeri",
           "Kitengela", "Kisii", "Meru"]
CODES = ["Gender", "ClientClassification", "ClientType", "LoanPurpose", "RELATIONSHIP", "MARITAL STATUS", "PROFESSION",
         "Customer Identifier", "ClientClosureReason", "GuarantorRelationship"]
# (code_id, code_value, code_description)
VALUES = [(1, "Male", None), (1, "Female", None), (2, "Boda boda operator", "transport"), (2, "Mama mboga", "trader"),
          (2, "Salaried", None), (2, "Smallholder farmer", None), (3, "Individual", None), (3, "Group member", None),
          (4, "Working capital", "stock purchase"), (4, "School fees", None), (4, "Asset finance", "motorbike, fridge"),
          (4, "Agriculture inputs", "seed, fertiliser"), (4, "Emergency", "medical bills"), (5, "Spouse", None),
          (5, "Son", None), (5, "Daughter", None), (5, "Parent", None), (5, "Sibling", None), (6, "Single", None),
          (6, "Married", None), (6, "Widowed", None), (6, "Divorced", None), (7, "Farmer", None), (7, "Teacher", None),
          (7, "Trader", None), (7, "Student", None), (7, "Casual labourer", None), (8, "National ID", "Kenya ID card"),
          (8, "Passport", None), (8, "KRA PIN", "tax"), (8, "Alien ID", "refugee/foreign resident"),
          (9, "Deceased", None), (9, "Relocated", None), (9, "Written off", None), (10, "Relative", None),
          (10, "Group member", None), (10, "Employer", None)]
N_CLIENTS, N_LOANS, N_STAFF, N_PAY = 150, 140, 40, 140


def kra_pin(c: Ctx, i: int) -> str:
    return c.r.choice("AP") + f"{c.r.randint(0, 999_999_999):09d}" + c.r.choice("ABCDEFGHJKLMNPQRSTUVWXZ")


def id_doc(c: Ctx, i: int) -> tuple[int, str]:
    kind = c.r.choices([28, 29, 30, 31], [60, 8, 27, 5])[0]
    key = {28: f"{c.r.randint(1_000_000, 39_999_999)}", 29: f"AK{c.r.randint(0, 9_999_999):07d}",
           30: kra_pin(c, i), 31: f"{c.r.randint(100_000, 999_999)}"}[kind]
    return kind, key


def mpesa_receipt(c: Ctx, i: int) -> str:
    return "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10)).replace("O", "Q")


def pay_account(c: Ctx, i: int) -> str | None:
    return c.r.choices([None, "2547" + digits(8)(c, i), digits(13)(c, i), f"01{digits(11)(c, i)}"], [30, 40, 20, 10])[0]


NOTE = template("Client visited branch, promised to pay on {d}.", "Called {t}, no answer. Will visit home.",
                "Spouse {n} is aware of the loan and agreed.", "Group meeting attended, repayment on track.",
                "Business stock verified: second-hand clothes (mitumba).", "Restructured after hospitalisation.",
                "Referred by {n}, existing client.", "Alternative contact {t} (brother).",
                d=pick("Friday", "15th", "end month"), t=phone("ke"), n=full("ke", "m_family_members"))


def fineract_tables() -> list[Table]:
    fks = [fk_sql(S, "m_staff", "office_id", "m_office"),
           fk_sql(S, "m_code_value", "code_id", "m_code"),
           fk_sql(S, "m_client", "office_id", "m_office"), fk_sql(S, "m_client", "staff_id", "m_staff"),
           fk_sql(S, "m_client", "gender_cv_id", "m_code_value"),
           fk_sql(S, "m_client_identifier", "client_id", "m_client"),
           fk_sql(S, "m_client_identifier", "document_type_id", "m_code_value"),
           fk_sql(S, "m_family_members", "client_id", "m_client"),
           fk_sql(S, "m_loan", "client_id", "m_client"), fk_sql(S, "m_loan", "product_id", "m_product_loan"),
           fk_sql(S, "m_loan", "loan_officer_id", "m_staff"),
           fk_sql(S, "m_loan_transaction", "loan_id", "m_loan"),
           fk_sql(S, "m_loan_transaction", "payment_detail_id", "m_payment_detail"),
           fk_sql(S, "m_note", "client_id", "m_client"), fk_sql(S, "m_guarantor", "loan_id", "m_loan"),
           fk_sql(S, "m_appuser", "office_id", "m_office"), fk_sql(S, "m_appuser", "staff_id", "m_staff"),
           fk_sql(S, "client_kyc", "client_id", "m_client")]
    return [
        Table(S, "m_office", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("parent_id", "bigint", "none", lambda c, i: None if i == 1 else 1),
            Col("hierarchy", "varchar(100)", "none", lambda c, i: "." if i == 1 else f".{i}."),
            Col("external_id", "varchar(100)", "none", lambda c, i: f"BR{i:03d}"),
            Col("name", "varchar(50)", "none", lambda c, i: OFFICES[i - 1]),
            Col("opening_date", "date", "none", day(2012, 2020))], rows=len(OFFICES)),
        Table(S, "m_staff", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("is_loan_officer", "boolean", "none", pick(True, True, False)),
            Col("office_id", "bigint", "none", fk(len(OFFICES))),
            Col("firstname", "varchar(50)", "person_name", first("ke", "m_staff")),
            Col("lastname", "varchar(50)", "person_name", last("ke", "m_staff")),
            Col("display_name", "varchar(102)", "person_name", full("ke", "m_staff", last_first=True)),
            Col("mobile_no", "varchar(50)", "phone", maybe(0.9, phone("ke"))),
            Col("email_address", "varchar(150)", "email", maybe(0.6, email("ke", "m_staff"))),
            Col("organisational_role_enum", "smallint", "none", pick(100, 200, None)),
            Col("is_active", "boolean", "none", pick(True, True, True, False)),
            Col("joining_date", "date", "none", day(2014, 2024))], rows=N_STAFF),
        Table(S, "m_code", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("code_name", "varchar(100)", "none", lambda c, i: CODES[i - 1]),
            Col("is_system_defined", "boolean", "none", lambda c, i: i <= 2)], rows=len(CODES)),
        Table(S, "m_code_value", [
            Col("id", "integer PRIMARY KEY", "none", ident),
            Col("code_id", "integer", "none", lambda c, i: VALUES[i - 1][0]),
            Col("code_value", "varchar(100)", "none", lambda c, i: VALUES[i - 1][1]),
            Col("code_description", "varchar(500)", "none", lambda c, i: VALUES[i - 1][2]),
            Col("order_position", "integer", "none", integer(0, 5)),
            Col("is_active", "boolean", "none", pick(True))], rows=len(VALUES)),
        Table(S, "m_client", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("account_no", "varchar(20)", "none", lambda c, i: f"{i:09d}"),
            Col("external_id", "varchar(100)", "none", maybe(0.3, digits(6, "CBS-"))),
            Col("status_enum", "integer", "none", weighted({300: 80, 100: 10, 600: 10})),
            Col("activation_date", "date", "none", day(2016, 2024)),
            Col("office_id", "bigint", "none", fk(len(OFFICES))),
            Col("staff_id", "bigint", "none", fk(N_STAFF, 0.1)),
            Col("firstname", "varchar(50)", "person_name", first("ke", "m_client")),
            Col("middlename", "varchar(50)", "person_name", maybe(0.5, lambda c, i: c.r.choice(
                ["Wambui", "Njeri", "Kiprono", "Ochieng", "Nekesa", "Mumbua", "Kibet", "Awuor"]))),
            Col("lastname", "varchar(50)", "person_name", last("ke", "m_client")),
            Col("fullname", "varchar(100)", "none", maybe(0.08, pick("Tujenge Hardware Ltd", "Baraka Dairy Co-op",
                                                                      "Neema Salon Enterprises"))),
            Col("display_name", "varchar(100)", "person_name", full("ke", "m_client")),
            Col("mobile_no", "varchar(50)", "phone", maybe(0.95, phone("ke"))),
            Col("email_address", "varchar(100)", "email", maybe(0.25, email("ke", "m_client"))),
            Col("is_staff", "boolean", "none", pick(False, False, False, True)),
            Col("gender_cv_id", "integer", "none", lambda c, i: 1 if who("ke", "m_client", i).sex == "M" else 2),
            Col("date_of_birth", "date", "birth_date", maybe(0.9, day(1958, 2004))),
            Col("submittedon_date", "date", "none", day(2016, 2024)),
            Col("legal_form_enum", "integer", "none", pick(1, 1, 1, None)),
            Col("client_type_cv_id", "integer", "none", pick(7, 8, None)),
            Col("client_classification_cv_id", "integer", "none", pick(3, 4, 5, 6, None))], rows=N_CLIENTS),
        Table(S, "m_client_identifier", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("client_id", "bigint", "none", fk(N_CLIENTS)),
            Col("document_type_id", "integer", "none", split("doc", id_doc, 0)),
            Col("document_key", "varchar(50)", "national_id", split("doc", id_doc, 1)),
            Col("description", "varchar(500)", "none", pick(None, None, "copy filed", "verified IPRS")),
            Col("status", "integer", "none", pick(200, 200, 100)),
            Col("active", "integer", "none", pick(1, 1, None))], rows=150),
        Table(S, "m_family_members", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("client_id", "bigint", "none", fk(N_CLIENTS)),
            Col("firstname", "varchar(50)", "person_name", first("ke", "m_family_members")),
            Col("middlename", "varchar(50)", "person_name", maybe(0.3, pick("Atieno", "Wanjiru", "Kiplagat"))),
            Col("lastname", "varchar(50)", "person_name", last("ke", "m_family_members")),
            Col("qualification", "varchar(50)", "none", pick("KCSE", "KCPE", "Diploma", "Degree", None)),
            Col("relationship_cv_id", "integer", "none", pick(14, 15, 16, 17, 18)),
            Col("marital_status_cv_id", "integer", "none", pick(19, 20, 21, None)),
            Col("gender_cv_id", "integer", "none", pick(1, 2)),
            Col("date_of_birth", "date", "birth_date", maybe(0.6, day(1950, 2020))),
            Col("age", "integer", "none", maybe(0.4, integer(2, 80))),
            Col("profession_cv_id", "integer", "none", pick(23, 24, 25, 26, 27, None)),
            Col("mobile_number", "varchar(20)", "phone", maybe(0.55, phone("ke"))),
            Col("is_dependent", "boolean", "none", pick(True, False))], rows=130),
        Table(S, "m_product_loan", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("short_name", "varchar(4)", "none", lambda c, i: ["BIZ", "SCHL", "AGRI", "BODA", "EMRG", "JGL"][i - 1]),
            Col("name", "varchar(100)", "none", lambda c, i: ["Biashara Loan", "School Fees Loan", "Kilimo Loan",
                                                              "Boda Boda Asset Loan", "Dharura Emergency Loan",
                                                              "Jijenge Group Loan"][i - 1]),
            Col("description", "varchar(500)", "none", pick("Weekly repayment, group guarantee", "Monthly, 12% flat")),
            Col("currency_code", "varchar(3)", "none", pick("KES")),
            Col("principal_amount", "numeric(19,6)", "none", num(5000, 300000, 0)),
            Col("nominal_interest_rate_per_period", "numeric(19,6)", "none", num(1, 4))], rows=6),
        Table(S, "m_loan", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("account_no", "varchar(20)", "none", lambda c, i: f"{i + 100000:09d}"),
            Col("client_id", "bigint", "none", fk(N_CLIENTS)),
            Col("product_id", "bigint", "none", fk(6)),
            Col("loan_officer_id", "bigint", "none", fk(N_STAFF, 0.05)),
            Col("loanpurpose_cv_id", "integer", "none", pick(9, 10, 11, 12, 13)),
            Col("loan_status_id", "smallint", "none", weighted({300: 60, 600: 30, 700: 5, 100: 5})),
            Col("loan_type_enum", "smallint", "none", pick(1, 1, 2)),
            Col("currency_code", "varchar(3)", "none", pick("KES")),
            Col("principal_amount", "numeric(19,6)", "none", num(3000, 250000, 0)),
            Col("nominal_interest_rate_per_period", "numeric(19,6)", "none", pick(1.5, 2, 3.5)),
            Col("term_frequency", "smallint", "none", pick(4, 6, 12, 26, 52)),
            Col("number_of_repayments", "smallint", "none", pick(4, 6, 12, 26, 52)),
            Col("submittedon_date", "date", "none", day(2019, 2025)),
            Col("disbursedon_date", "date", "none", maybe(0.9, day(2019, 2025))),
            Col("expected_maturedon_date", "date", "none", day(2020, 2026)),
            Col("total_outstanding_derived", "numeric(19,6)", "none", num(0, 120000))], rows=N_LOANS),
        Table(S, "m_payment_detail", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("payment_type_id", "integer", "none", pick(1, 2, 2, 3)),
            Col("account_number", "varchar(100)", "bank_account", pay_account),
            Col("check_number", "varchar(100)", "none", maybe(0.05, digits(6))),
            Col("receipt_number", "varchar(100)", "none", mpesa_receipt),
            Col("bank_number", "varchar(100)", "none", maybe(0.2, pick("01", "11", "63", "68"))),
            Col("routing_code", "varchar(100)", "none", maybe(0.1, digits(5)))], rows=N_PAY),
        Table(S, "m_loan_transaction", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("loan_id", "bigint", "none", fk(N_LOANS)),
            Col("office_id", "bigint", "none", fk(len(OFFICES))),
            Col("payment_detail_id", "bigint", "none", fk(N_PAY, 0.2)),
            Col("is_reversed", "boolean", "none", pick(False, False, False, True)),
            Col("transaction_type_enum", "smallint", "none", pick(1, 2, 2, 2, 10)),
            Col("transaction_date", "date", "none", day(2020, 2025)),
            Col("amount", "numeric(19,6)", "none", num(200, 50000)),
            Col("principal_portion_derived", "numeric(19,6)", "none", num(100, 40000)),
            Col("interest_portion_derived", "numeric(19,6)", "none", num(0, 5000)),
            Col("outstanding_loan_balance_derived", "numeric(19,6)", "none", num(0, 200000)),
            Col("external_id", "varchar(100)", "none", maybe(0.4, mpesa_receipt))], rows=150),
        Table(S, "m_note", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("client_id", "bigint", "none", fk(N_CLIENTS)),
            Col("loan_id", "bigint", "none", fk(N_LOANS, 0.5)),
            Col("note_type_enum", "smallint", "none", pick(100, 200, 300)),
            Col("note", "varchar(1000)", "free_text_may_contain_pii", NOTE),
            Col("created_date", "timestamp", "none", stamp(2020)),
            Col("createdby_id", "bigint", "none", integer(1, 30))], rows=120),
        Table(S, "m_guarantor", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("loan_id", "bigint", "none", fk(N_LOANS)),
            Col("client_reln_cv_id", "integer", "none", pick(35, 36, 37, None)),
            Col("type_enum", "smallint", "none", pick(1, 3, 3)),
            Col("entity_id", "bigint", "none", maybe(0.4, fk(N_CLIENTS))),
            Col("firstname", "varchar(50)", "person_name", first("ke", "m_guarantor")),
            Col("lastname", "varchar(50)", "person_name", last("ke", "m_guarantor")),
            Col("dob", "date", "birth_date", maybe(0.5, day(1955, 2000))),
            Col("address_line_1", "varchar(500)", "postal_address", maybe(0.7, lambda c, i:
                f"P.O. Box {c.r.randint(10, 9999)}-{c.r.choice(['00100', '40100', '20100', '30100'])}")),
            Col("address_line_2", "varchar(500)", "postal_address", maybe(0.4, pick(
                "Kariobangi North, Hse 14", "Off Kenyatta Ave, Plot 22", "Manyatta estate", "Near Total petrol station"))),
            Col("city", "varchar(50)", "none", pick(*KE_TOWNS)),
            Col("country", "varchar(50)", "none", pick("Kenya")),
            Col("house_phone_number", "varchar(20)", "phone", maybe(0.1, lambda c, i: "020 " + digits(7)(c, i))),
            Col("mobile_number", "varchar(20)", "phone", phone("ke")),
            Col("comment", "varchar(500)", "none", pick(None, "Guarantees KES 20,000", "Chairlady of the group",
                                                       "Employer letter on file")),
            Col("is_active", "boolean", "none", pick(True, True, False))], rows=110),
        Table(S, "m_appuser", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("is_deleted", "boolean", "none", pick(False, False, True)),
            Col("office_id", "bigint", "none", fk(len(OFFICES))),
            Col("staff_id", "bigint", "none", fk(N_STAFF, 0.2)),
            Col("username", "varchar(100)", "none", lambda c, i: "mifos" if i == 1 else
                (who("ke", "m_appuser", i).first[0] + who("ke", "m_appuser", i).last).lower() + str(i)),
            Col("firstname", "varchar(100)", "person_name", first("ke", "m_appuser")),
            Col("lastname", "varchar(100)", "person_name", last("ke", "m_appuser")),
            Col("password", "varchar(255)", "credentials",
                lambda c, i: hashlib.sha256(f"{i}{c.r.random()}".encode()).hexdigest()),
            Col("email", "varchar(100)", "email", email("ke", "m_appuser")),
            Col("firsttime_login_remaining", "boolean", "none", pick(False, True)),
            Col("nonlocked", "boolean", "none", pick(True, True, False)),
            Col("enabled", "boolean", "none", pick(True)),
            Col("last_time_password_updated", "date", "none", day(2022, 2025)),
            Col("is_self_service_user", "boolean", "none", pick(False))], rows=85),
        Table(S, "client_kyc", [
            Col("client_id", "bigint PRIMARY KEY", "none", ident),
            Col("KRA PIN", "varchar(20)", "national_id", maybe(0.7, kra_pin)),
            Col("Next of Kin", "varchar(100)", "person_name", full("ke", "client_kyc")),
            Col("Next of Kin Phone", "varchar(20)", "phone", phone("ke")),
            Col("Business Type", "varchar(100)", "none", pick("Retail shop", "Kiosk", "Tailoring", "Poultry", "Salon")),
            Col("Monthly Income", "numeric(19,2)", "none", num(4000, 120000, 0)),
            Col("Disability", "varchar(100)", "health", weighted({"None": 85, "Visual impairment": 4,
                                                                  "Physical - lower limb": 6, "Hearing": 3,
                                                                  "Albinism": 2})),
            Col("Sub County", "varchar(100)", "none", pick("Kasarani", "Kisumu East", "Njoro", "Ruiru", "Mathioya")),
            Col("Home GPS", "varchar(50)", "geo_location", maybe(0.6, lambda c, i:
                f"{c.r.uniform(-1.5, 0.6):.5f},{c.r.uniform(34.6, 37.2):.5f}")),
            Col("Submitted On", "timestamp", "none", stamp(2021)),
            Col("Verified By", "varchar(100)", "none", pick("mifos", "jkamau3", "aotieno7"))], rows=N_CLIENTS,
              extra=fks),
    ]

