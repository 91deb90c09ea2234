"""aa_kyosiga_mfi: an in-house core system of a Ugandan microfinance institution (tier-4 lender): branches, staff,
clients with their KYC and fingerprint enrolment, loans, mobile-money repayments, guarantors, credit-life cover,
collection cases and the SMS outbox."""
from __future__ import annotations

from .blind25_gens import (P, UG, b64, bcrypt, chars, day, flag, idx, imei, maybe, one, person, ref, stamp,
                           text)
from .gens import Col, Table

S = "aa_kyosiga_mfi"
N_BRANCH, N_STAFF, N_CLIENT, N_LOAN = 30, 90, 150, 150

TRIBES = ("Muganda", "Munyankole", "Musoga", "Mukiga", "Itesot", "Langi", "Acholi", "Mugisu", "Lugbara", "Munyoro")
RELIGIONS = ("Catholic", "Anglican", "Muslim", "Pentecostal", "Seventh-day Adventist", "Orthodox")
LAT = {"Kampala": 0.32, "Wakiso": 0.40, "Mukono": 0.36, "Jinja": 0.45, "Mbarara": -0.61, "Gulu": 2.78, "Masaka": -0.34}
LON = {"Kampala": 32.58, "Wakiso": 32.46, "Mukono": 32.75, "Jinja": 33.20, "Mbarara": 30.66, "Gulu": 32.30,
       "Masaka": 31.73}


def _fk(table: str, col: str, target: str, tcol: str = "id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{target} ({tcol})"


def _client(c, i) -> dict:
    return person(c, "clients", i, "ug", 1960, 2004)


def _geo(axis: dict, spread: float = 0.05):
    return lambda c, i: round(axis[_client(c, i)["city"]] + c.r.uniform(-spread, spread), 6)


SMS = ("Dear {first}, your loan installment of UGX {n},000 is due on Friday. Pay via MoMo to 0772 500 400. Kyosiga",
       "Dear {first} {last}, we have received UGX {n},500. Thank you. Kyosiga MFI",
       "Kyosiga: group meeting moved to Thursday 10am.",
       "Dear {first}, your loan is {n} days in arrears. Call your officer on 0701 223 344.")
CASE_NOTES = ("Client {full} relocated to Gulu; new number {phone}.", "Guarantor refused to pay, visited twice.",
              "Promised to pay UGX {n}0,000 at month end.", "LC1 chairperson {full} says the client sold the stock.",
              "Handed to the branch manager.")


def microfinance_tables() -> list[Table]:
    branches = Table(S, "branches", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("code", "char(3)", "none", lambda c, i: f"B{i:02d}"),
        Col("name", "varchar(60)", "none", lambda c, i: f"{UG['villages'][i % 10][0]} branch"),
        Col("district", "varchar(40)", "none", lambda c, i: UG["villages"][i % 10][3]),
        Col("physical_address", "varchar(160)", "none", lambda c, i: f"Plot {c.r.randint(1, 90)}, "
            f"{c.r.choice(('Kampala Road', 'Main Street', 'Jinja Road', 'Market Street'))}, {UG['villages'][i % 10][3]}"),
        Col("phone", "varchar(16)", "none", lambda c, i: f"+256 414 {c.r.randint(100000, 999999)}"),
        Col("email", "varchar(80)", "none", lambda c, i: f"branch{i:02d}@kyosiga.co.ug"),
        Col("manager_name", "varchar(100)", "person_name", P("ug", "branches/manager", "full")),
        Col("manager_mobile", "varchar(16)", "phone", P("ug", "branches/manager", "phone")),
    ], rows=N_BRANCH)
    staff = Table(S, "staff", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("branch_id", "integer", "none", ref(N_BRANCH, 1)),
        Col("staff_no", "varchar(16)", "none", lambda c, i: f"KYO/{2015 + i % 10}/{i:03d}"),
        Col("full_name", "varchar(100)", "person_name", P("ug", "staff", "full")),
        Col("nin", "char(14)", "national_id", P("ug", "staff", "natid")),
        Col("sex", "char(1)", "none", P("ug", "staff", "sex")),
        Col("dob", "date", "birth_date", P("ug", "staff", "dob")),
        Col("mobile", "varchar(16)", "phone", P("ug", "staff", "phone")),
        Col("work_email", "varchar(80)", "email", lambda c, i: P("ug", "staff", "user")(c, i) + "@kyosiga.co.ug"),
        Col("position", "varchar(40)", "none", one("Loan officer", "Loan officer", "Teller", "Branch accountant",
                                                   "Recoveries officer")),
        Col("nssf_no", "varchar(14)", "national_id", lambda c, i: f"{c.r.randint(10**12, 10**13 - 1)}"),
        Col("bank_account_no", "varchar(20)", "bank_account", lambda c, i: f"{c.r.choice(('01', '31', '90'))}"
            f"{c.r.randint(10**10, 10**11 - 1)}"),
        Col("union_dues_deducted", "boolean", "trade_union", flag(0.3),
            comment="Check-off of dues to the Uganda Finance, Commercial and Allied Workers Union"),
        Col("police_clearance_result", "varchar(120)", "criminal_record", lambda c, i: c.r.choice(
            ("No criminal record", "No criminal record", "No criminal record",
             "Convicted: obtaining money by false pretence (2016), fine paid", "Pending"))),
        Col("tablet_imei", "char(15)", "none", imei()),
        Col("password_hash", "varchar(100)", "credentials", bcrypt("$2a$10$")),
    ], rows=N_STAFF, extra=[_fk("staff", "branch_id", "branches")])
    clients = Table(S, "clients", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("branch_id", "integer", "none", ref(N_BRANCH, 3)),
        Col("client_no", "varchar(12)", "none", lambda c, i: f"KYO-{i:06d}"),
        Col("surname", "varchar(60)", "person_name", lambda c, i: _client(c, i)["last"]),
        Col("given_names", "varchar(60)", "person_name", lambda c, i: _client(c, i)["first"]),
        Col("sex", "char(1)", "none", lambda c, i: _client(c, i)["sex"]),
        Col("dob", "date", "birth_date", lambda c, i: _client(c, i)["dob"]),
        Col("nin", "char(14)", "national_id", lambda c, i: _client(c, i)["natid"]),
        Col("marital_status", "varchar(12)", "none", one("married", "single", "widowed", "separated")),
        Col("tribe", "varchar(30)", "ethnic_origin", one(*TRIBES)),
        Col("religion", "varchar(30)", "religious_belief", one(*RELIGIONS)),
        Col("mobile", "varchar(16)", "phone", lambda c, i: _client(c, i)["phone"]),
        Col("mobile_money_no", "varchar(16)", "phone", lambda c, i: _client(c, i)["intl"]),
        Col("village", "varchar(40)", "none", lambda c, i: _client(c, i)["village"]),
        Col("home_directions", "varchar(200)", "postal_address", lambda c, i: _client(c, i)["addr"]),
        Col("gps_lat", "numeric(9,6)", "geo_location", _geo(LAT)),
        Col("gps_lon", "numeric(9,6)", "geo_location", _geo(LON)),
        Col("occupation", "varchar(60)", "none", one("Market vendor", "Boda-boda rider", "Tailor", "Farmer",
                                                     "Salon owner", "Retail shop")),
        Col("monthly_income_ugx", "integer", "none", lambda c, i: c.r.randint(15, 250) * 10000),
        Col("fingerprint_template", "text", "biometric", lambda c, i: "Rk1SACAyMAA" + b64(360)(c, i)),
        Col("lc1_chairperson", "varchar(100)", "person_name", P("ug", "clients/lc1", "full")),
        Col("kyc_verified", "boolean", "none", flag(0.85)),
        Col("created_at", "timestamp", "none", stamp(2019, 2025)),
    ], rows=N_CLIENT, extra=[_fk("clients", "branch_id", "branches")])
    loans = Table(S, "loans", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("client_id", "integer", "none", ref(N_CLIENT, 1)),
        Col("loan_no", "varchar(14)", "none", lambda c, i: f"LN{2022 + i % 4}{i:06d}"),
        Col("principal_ugx", "integer", "none", lambda c, i: c.r.randint(5, 200) * 100000),
        Col("interest_rate", "numeric(5,2)", "none", one(2.5, 3.0, 3.5)),
        Col("disbursed_on", "date", "none", day(2022, 2025)),
        Col("term_months", "smallint", "none", one(3, 6, 9, 12)),
        Col("purpose", "varchar(80)", "none", one("Restock shop", "Buy a sewing machine", "School fees",
                                                  "Boda-boda purchase", "Poultry")),
        Col("status", "varchar(12)", "none", one("active", "active", "closed", "arrears", "written_off")),
        Col("officer_id", "integer", "none", ref(N_STAFF, 7)),
        Col("disbursement_msisdn", "varchar(16)", "phone", lambda c, i: _client(c, 1 + i % N_CLIENT)["intl"]),
        Col("collateral_description", "varchar(200)", "none", one("Household items (TV, sofa set)",
                                                                   "Kibanja at Namasuba, sale agreement",
                                                                   "Motorcycle logbook", "Group guarantee only")),
        Col("days_in_arrears", "integer", "none", one(0, 0, 0, 7, 30, 95)),
    ], rows=N_LOAN, extra=[_fk("loans", "client_id", "clients"), _fk("loans", "officer_id", "staff")])
    repayments = Table(S, "repayments", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("loan_id", "integer", "none", ref(N_LOAN, 3)),
        Col("paid_on", "timestamp", "none", stamp(2023, 2025)),
        Col("amount_ugx", "integer", "none", lambda c, i: c.r.randint(1, 60) * 5000),
        Col("channel", "varchar(12)", "none", one("MTN MoMo", "Airtel Money", "cash", "bank")),
        Col("mm_transaction_id", "varchar(20)", "none", lambda c, i: f"{c.r.randint(10**10, 10**11 - 1)}"),
        Col("payer_msisdn", "varchar(16)", "phone", lambda c, i: _client(c, 1 + (i * 3) % N_CLIENT)["intl"]),
        Col("receipt_no", "varchar(12)", "none", lambda c, i: f"RC{i:07d}"),
    ], rows=150, extra=[_fk("repayments", "loan_id", "loans")])
    guarantors = Table(S, "guarantors", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("loan_id", "integer", "none", ref(N_LOAN, 5)),
        Col("full_name", "varchar(100)", "person_name", P("ug", "guarantors", "full")),
        Col("nin", "char(14)", "national_id", maybe(P("ug", "guarantors", "natid"), 0.1)),
        Col("phone", "varchar(16)", "phone", P("ug", "guarantors", "phone")),
        Col("relationship", "varchar(20)", "none", one("spouse", "brother", "group member", "neighbour", "employer")),
        Col("employer", "varchar(80)", "none", maybe(one("Kampala Capital City Authority", "Nile Breweries",
                                                         "Self-employed"), 0.4)),
    ], rows=120, extra=[_fk("guarantors", "loan_id", "loans")])
    cover = Table(S, "credit_life_cover", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("loan_id", "integer", "none", ref(N_LOAN, 1)),
        Col("hiv_status_declared", "varchar(16)", "health", one("negative", "negative", "positive", "not disclosed")),
        Col("chronic_conditions", "varchar(120)", "health", maybe(one("Hypertension", "Diabetes type 2",
                                                                      "Sickle cell", "Asthma"), 0.6)),
        Col("pregnant", "boolean", "health", lambda c, i: c.r.random() < 0.2 if
            _client(c, 1 + i % N_CLIENT)["sex"] == "F" else False),
        Col("beneficiary_name", "varchar(100)", "person_name", P("ug", "cover/beneficiary", "full")),
        Col("beneficiary_phone", "varchar(16)", "phone", P("ug", "cover/beneficiary", "phone")),
        Col("premium_ugx", "integer", "none", lambda c, i: c.r.randint(1, 30) * 1000),
    ], rows=100, extra=[_fk("credit_life_cover", "loan_id", "loans")])
    cases = Table(S, "collection_cases", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("loan_id", "integer", "none", ref(N_LOAN, 9)),
        Col("opened_on", "date", "none", day(2023, 2025)),
        Col("stage", "varchar(20)", "none", one("reminder", "field visit", "demand notice", "police", "court")),
        Col("police_sd_ref", "varchar(30)", "criminal_record", maybe(lambda c, i: f"SD {c.r.randint(1, 60)}/"
            f"{c.r.randint(1, 28):02d}/{c.r.randint(1, 12):02d}/2024", 0.6),
            comment="Station diary reference of the complaint against the client"),
        Col("criminal_charge", "varchar(120)", "criminal_record", maybe(one(
            "Obtaining money by false pretence (s.305 PCA)", "Theft by conversion", "Forgery of land sale agreement"),
            0.6)),
        Col("court", "varchar(80)", "none", maybe(one("Chief Magistrate's Court, Mengo", "Grade I Court, Nakawa"), 0.7)),
        Col("notes", "text", "free_text_may_contain_pii", text("ug", "collection_cases", *CASE_NOTES)),
    ], rows=80, extra=[_fk("collection_cases", "loan_id", "loans")])
    sms = Table(S, "sms_outbox", [
        Col("id", "bigint PRIMARY KEY", "none", idx()),
        Col("to_msisdn", "varchar(16)", "phone", lambda c, i: _client(c, 1 + (i * 7) % N_CLIENT)["intl"]),
        Col("body", "text", "free_text_may_contain_pii", lambda c, i: text("ug", "clients", *SMS)(
            c, 1 + (i * 7) % N_CLIENT)),
        Col("status", "varchar(12)", "none", one("delivered", "delivered", "failed", "queued")),
        Col("sent_at", "timestamp", "none", stamp(2024, 2025)),
        Col("provider_msg_id", "varchar(40)", "none", lambda c, i: f"ATXid_{chars(32, '0123456789abcdef')(c, i)}"),
    ], rows=150)
    api = Table(S, "api_clients", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(60)", "none", lambda c, i: ("MTN MoMo collections", "Airtel Money", "Africa's Talking SMS",
                                                         "CRB upload", "Mobile app", "USSD gateway")[(i - 1) % 6]),
        Col("client_key", "varchar(40)", "none", lambda c, i: f"kyo_live_{i:04d}"),
        Col("client_secret", "varchar(64)", "secret_token", chars(48)),
        Col("webhook_url", "varchar(200)", "none", lambda c, i: f"https://api.kyosiga.co.ug/hooks/{i}"),
        Col("allowed_ip", "inet", "none", lambda c, i: f"196.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{i}",
            comment="Server address of the partner"),
        Col("rate_limit_per_min", "integer", "none", one(60, 120, 600)),
        Col("active", "boolean", "none", flag(0.9)),
    ], rows=12)
    return [branches, staff, clients, loans, repayments, guarantors, cover, cases, sms, api]

