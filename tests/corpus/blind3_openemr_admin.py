"""e_openemr, the administrative side: users (providers), users_secure (their password hashes: users.password only
holds the placeholder 'NoLongerUsed' since OpenEMR 5), facility, insurance_companies with their addresses rows, and
insurance_data (the subscriber of each policy). No foreign keys, as in OpenEMR."""

from __future__ import annotations

from .blind3_gens import (C, company, birth, city, const, day, email, first, fk, full, last, num, opt, phone, postcode,
                          ref, street, us_state, when)
from .blind3_formats import bcrypt, ein, npi, ssn
from .gens import Col, Ctx, Table, ident, pick

S = "e_openemr"
CLINICS = ["Riverside Family Medicine", "Lakeview Pediatrics", "Northside Community Health Center",
           "Cedar Valley Internal Medicine", "Harbor Women's Clinic", "Summit Urgent Care"]
INSURERS = ["Blue Cross Blue Shield of Illinois", "Aetna", "UnitedHealthcare", "Cigna", "Humana", "Medicare Part B",
            "Medicaid - Texas", "Kaiser Permanente", "Ambetter", "Tricare West"]


def _provider_note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            "",
            "",
            "Prefers fax for referrals",
            f"Office manager: {full()(c, i)}, ext. {c.r.randint(100, 299)}",
            f"Covering for Dr. {last()(c, i)} on Fridays",
            "Part-time, Tue/Thu only",
        ]
    )


def _org_phone(c: Ctx, i: int) -> str:
    return f"({c.r.choice(['312', '713', '617', '800', '888'])}) {c.r.randint(200, 999)}-{c.r.randint(1000, 9999)}"


def _org_street(c: Ctx, i: int) -> str:
    return (
        f"{c.r.randint(100, 9999)} {c.r.choice(['Medical Center Dr', 'Health Plaza', 'Corporate Blvd', 'Parkway Dr'])}"
        + c.r.choice(["", f", Suite {c.r.randint(100, 500)}"])
    )


def admin_tables() -> list[Table]:
    users = Table(
        S,
        "users",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("username", "varchar(255)", "none", lambda c, i: f"{first()(c, i)[0]}{last()(c, i)}".lower()),
            C("password", "text", "none", const("NoLongerUsed")),
            C("fname", "varchar(255)", "person_name", first()),
            C(
                "mname",
                "varchar(255)",
                "person_name",
                lambda c, i: c.r.choice([fk("en_US", c).random_uppercase_letter(), first()(c, i), ""]),
            ),
            C("lname", "varchar(255)", "person_name", last()),
            C("federaltaxid", "varchar(255)", "national_id", ssn),
            C(
                "federaldrugid",
                "varchar(255)",
                "none",
                lambda c, i: (
                    c.r.choice("ABFM")
                    + fk("en_US", c).random_uppercase_letter()
                    + str(c.r.randint(1_000_000, 9_999_999))
                ),
            ),
            C("facility", "varchar(255)", "none", pick(*CLINICS)),
            C("npi", "varchar(15)", "none", npi),
            C(
                "specialty",
                "varchar(255)",
                "none",
                pick("Family Medicine", "Pediatrics", "Internal Medicine", "Nurse Practitioner", ""),
            ),
            C("email", "varchar(255)", "email", email(domains=["riversidefm.org", "gmail.com", "lakeviewpeds.com"])),
            C("email_direct", "varchar(255)", "email", email(domains=["direct.riversidefm.org"])),
            C("assistant", "varchar(255)", "person_name", lambda c, i: full()(c, i) if c.r.random() < 0.7 else ""),
            C("valedictory", "varchar(255)", "none", pick("MD", "DO", "NP", "PA-C", "RN")),
            C("street", "varchar(60)", "postal_address", street()),
            C("city", "varchar(30)", "none", city()),
            C("state", "varchar(30)", "none", us_state),
            C("zip", "varchar(20)", "postal_address", postcode()),
            C("phone", "varchar(30)", "phone", phone()),
            C("fax", "varchar(30)", "phone", phone(mobile=False)),
            C("phonecell", "varchar(30)", "phone", phone(mobile=True)),
            C("notes", "text", "free_text_may_contain_pii", _provider_note),
            C(
                "state_license_number",
                "varchar(25)",
                "none",
                lambda c, i: f"{c.r.choice(['036', '125', 'MD'])}{c.r.randint(10000, 999999)}",
            ),
        ],
        rows=100,
    )
    secure = Table(
        S,
        "users_secure",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("username", "varchar(255)", "none", lambda c, i: f"{first()(c, i)[0]}{last()(c, i)}".lower()),
            C("password", "varchar(255)", "credentials", bcrypt("$2y$10$")),
            C("last_update_password", "timestamp", "none", when()),
            C("last_update", "timestamp", "none", when()),
            C("password_history1", "varchar(255)", "credentials", opt(0.6, bcrypt("$2y$10$"))),
            C("password_history2", "varchar(255)", "credentials", opt(0.4, bcrypt("$2y$10$"))),
            C("login_fail_counter", "int", "none", num(0, 3)),
            C("last_login_fail", "timestamp", "none", opt(0.3, when())),
            C("total_login_fail_counter", "bigint", "none", num(0, 40)),
        ],
        rows=100,
    )
    facility = Table(
        S,
        "facility",
        [
            Col("id", "int PRIMARY KEY", "none", ident),
            C(
                "name",
                "varchar(255)",
                "none",
                lambda c, i: c.r.choice(CLINICS) + c.r.choice(["", " - North", " - Downtown"]),
            ),
            C("phone", "varchar(30)", "none", _org_phone),
            C("street", "varchar(255)", "none", _org_street),
            C("city", "varchar(255)", "none", city()),
            C("state", "varchar(50)", "none", us_state),
            C("postal_code", "varchar(11)", "none", postcode()),
            C("federal_ein", "varchar(15)", "none", ein),
            C("website", "varchar(255)", "none", pick("https://riversidefm.org", "https://lakeviewpeds.com", "")),
            C(
                "email",
                "varchar(255)",
                "none",
                pick("frontdesk@riversidefm.org", "info@lakeviewpeds.com", "billing@northsidechc.org"),
            ),
            C("attn", "varchar(65)", "person_name", full()),
            C("facility_npi", "varchar(15)", "none", npi),
            C("mail_street", "varchar(30)", "none", lambda c, i: f"PO Box {c.r.randint(100, 9999)}"),
            C("mail_zip", "varchar(10)", "none", postcode()),
        ],
        rows=80,
    )
    insurers = Table(
        S,
        "insurance_companies",
        [
            Col("id", "int PRIMARY KEY", "none", ident),
            C("name", "varchar(255)", "none", pick(*INSURERS)),
            C(
                "attn",
                "varchar(255)",
                "person_name",
                lambda c, i: c.r.choice([full()(c, i), full()(c, i), "Claims Department"]),
            ),
            C("cms_id", "varchar(15)", "none", lambda c, i: f"{c.r.randint(10000, 99999)}"),
            C("ins_type_code", "smallint", "none", pick(1, 2, 3, 6, 16)),
            C("x12_receiver_id", "varchar(25)", "none", pick("", "ZIRMED", "AVAILITY")),
        ],
        rows=80,
    )
    addrs = Table(
        S,
        "addresses",
        [
            Col("id", "int PRIMARY KEY", "none", ident),
            C("line1", "varchar(255)", "none", _org_street),
            C("line2", "varchar(255)", "none", pick("", "", "Attn: Claims")),
            C("city", "varchar(255)", "none", city()),
            C("state", "varchar(35)", "none", us_state),
            C("zip", "varchar(10)", "none", postcode()),
            C("foreign_id", "int", "none", ident),
        ],
        rows=80,
    )
    ins = Table(
        S,
        "insurance_data",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("type", "varchar(20)", "none", pick("primary", "primary", "secondary", "tertiary")),
            C("provider", "varchar(255)", "none", lambda c, i: str(c.r.randint(1, 80))),
            C(
                "plan_name",
                "varchar(255)",
                "none",
                pick("PPO Gold", "HMO Select", "Medicare Advantage", "Bronze 60", ""),
            ),
            C(
                "policy_number",
                "varchar(255)",
                "none",
                lambda c, i: c.r.choice(["XGH", "W", "MEM", "ZCX"]) + str(c.r.randint(10**8, 10**9 - 1)),
            ),
            C("subscriber_lname", "varchar(255)", "person_name", last()),
            C(
                "subscriber_mname",
                "varchar(255)",
                "person_name",
                lambda c, i: c.r.choice([first()(c, i), fk("en_US", c).random_uppercase_letter()]),
            ),
            C("subscriber_fname", "varchar(255)", "person_name", first()),
            C("subscriber_relationship", "varchar(255)", "none", pick("self", "self", "spouse", "child")),
            C("subscriber_ss", "varchar(255)", "national_id", ssn),
            C("subscriber_DOB", "date", "birth_date", birth(1935, 2010)),
            C("subscriber_street", "varchar(255)", "postal_address", street()),
            C("subscriber_postal_code", "varchar(255)", "postal_address", postcode()),
            C("subscriber_city", "varchar(255)", "none", city()),
            C("subscriber_state", "varchar(255)", "none", us_state),
            C("subscriber_phone", "varchar(255)", "phone", phone()),
            C(
                "subscriber_employer",
                "varchar(255)",
                "none",
                lambda c, i: c.r.choice([company(c, i), "Self-employed", "Retired", ""]),
            ),
            C("subscriber_employer_street", "varchar(255)", "none", _org_street),
            C("subscriber_employer_postal_code", "varchar(255)", "none", postcode()),
            C("date", "date", "none", day(2015)),
            C("pid", "bigint", "none", ref(130)),
            C("subscriber_sex", "varchar(25)", "none", pick("Female", "Male")),
        ],
        rows=120,
    )
    return [users, secure, facility, insurers, addrs, ins]
