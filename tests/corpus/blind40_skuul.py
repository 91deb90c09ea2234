"""ap_skuul: the in-house system of a small private elementary school in Koror, Palau, with English and Palauan
names (ngalek child, sensei teacher, demal/delal father/mother, udoud money, blai house, beluu home state)."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, maybe, one, seq, stamps
from .blind40_gens import any_name, landline, near, person
from .gens import Table

S = "ap_skuul"
KID, TEA, PAR = "sk.ngalek", "sk.sensei", "sk.parent"
N_KID, N_TEA, N_CLASS = 140, 16, 8


def k(f):
    return person("pw", KID, f, 2011, 2019)


def t(f):
    return person("pw", TEA, f, 1965, 1998)


def p(f):
    return person("pw", PAR, f, 1970, 1995)


def _tekoi(c, i):
    return c.r.choice([
        None, None, "Good progress in reading.", "Needs help with fractions.",
        f"Called {p('full')(c, i)} about late pick-up, said her auntie will come ({p('mobile')(c, i)}).",
        "Won the Belau Day chant contest.", f"Sit apart from {k('first')(c, c.r.randint(1, N_KID))}."])


def skuul_tables() -> list[Table]:
    return [
        Table(S, "sensei", [
            C("sensei_id", "integer PRIMARY KEY", "none", seq()),
            C("ngakl", "varchar(80)", "person_name", t("full"), comment="ngakl: name"),
            C("email", "varchar(100)", "email", lambda c, i: f"{t('user')(c, i)}@mesekiu-school.pw"),
            C("cell", "varchar(20)", "phone", t("mobile")),
            C("ssn", "varchar(11)", "national_id", t("natid")),
            C("certificate_no", "varchar(20)", "none", lambda c, i: f"MOE-TC-{digits(c, 4)}"),
            C("subject", "varchar(40)", "none", one("Palauan Studies", "English", "Math", "Science", "PE")),
            C("salary", "numeric(9,2)", "none", amounts(9000, 24000)),
            C("pw_hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_TEA),
        Table(S, "klas", [
            C("klas_id", "integer PRIMARY KEY", "none", seq()),
            C("grade", "smallint", "none", lambda c, i: i),
            C("room", "varchar(10)", "none", lambda c, i: f"R{i}"),
            C("sensei_id", "integer", "none", seq()),
            C("year", "varchar(9)", "none", const("2024-2025")),
        ], rows=N_CLASS, extra=[fkey(S, "klas", "sensei_id", "sensei", "sensei_id")]),
        Table(S, "demal_delal", [
            C("parent_id", "integer PRIMARY KEY", "none", seq()),
            C("ngakl", "varchar(80)", "person_name", p("full")),
            C("relation", "varchar(20)", "none", one("Delal (mother)", "Demal (father)", "Grandmother", "Auntie")),
            C("cell", "varchar(20)", "phone", p("mobile")),
            C("home_phone", "varchar(20)", "phone", maybe(p("phone"), 0.5)),
            C("email", "varchar(100)", "email", maybe(p("email"), 0.7)),
            C("blai", "varchar(120)", "postal_address", p("a_line"), comment="blai: house / mailing address"),
            C("hamlet", "varchar(40)", "none", p("a_district")),
            C("beluu", "varchar(40)", "none", p("a_town"), comment="beluu: home state"),
            C("employer", "varchar(80)", "none", one("Palau Community College", "Surangel & Sons", "Belau National Hospital",
                                                     "Koror State Government", "Palau Pacific Resort", "Self")),
            C("work_phone", "varchar(20)", "none", lambda c, i: landline(c, "pw"), comment="employer's switchboard"),
            C("portal_password", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
        ], rows=N_KID),
        Table(S, "ngalek", [
            C("ngalek_id", "integer PRIMARY KEY", "none", seq()),
            C("student_no", "varchar(12)", "none", lambda c, i: f"MS-{2015 + i % 9}-{i:03d}"),
            C("first_name", "varchar(40)", "person_name", k("first")),
            C("last_name", "varchar(40)", "person_name", k("last")),
            C("sex", "char(1)", "none", k("sex")),
            C("dob", "date", "birth_date", k("birth")),
            C("ssn", "varchar(11)", "national_id", maybe(k("natid"), 0.8)),
            C("passport_no", "varchar(12)", "national_id", maybe(lambda c, i: f"P{digits(c, 7)}", 0.3)),
            C("klas_id", "integer", "none", fk(N_CLASS, 3)),
            C("parent_id", "integer", "none", seq()),
            C("ethnicity", "varchar(30)", "ethnic_origin", one("Palauan", "Palauan", "Palauan", "Filipino", "Palauan-Filipino",
                                                                "Bangladeshi", "Chinese", "Japanese-Palauan")),
            C("church", "varchar(40)", "religious_belief", maybe(one("Catholic", "Evangelical", "Seventh-day Adventist",
                                                                      "Modekngei", "Assembly of God"), 0.8)),
            C("lunch_program", "boolean", "none", flag(0.4)),
            C("bus_route", "varchar(10)", "none", one("A", "B", "C", "walk")),
            C("photo_consent", "boolean", "none", flag(0.8)),
            C("enrolled_on", "date", "none", dates(2018, 2024)),
        ], rows=N_KID, extra=[fkey(S, "ngalek", "klas_id", "klas", "klas_id"),
                              fkey(S, "ngalek", "parent_id", "demal_delal", "parent_id")]),
        Table(S, "health_card", [
            C("card_id", "integer PRIMARY KEY", "none", seq()),
            C("ngalek_id", "integer", "none", seq()),
            C("allergies", "varchar(120)", "health", maybe(one("Peanuts", "Shellfish", "Penicillin", "Bee sting"), 0.3)),
            C("asthma", "boolean", "health", flag(0.12)),
            C("immunizations_ok", "boolean", "health", flag(0.9)),
            C("last_mmr", "date", "health", maybe(dates(2012, 2020), 0.9)),
            C("bmi", "numeric(4,1)", "health", amounts(13, 31, 1)),
            C("doctor", "varchar(80)", "person_name", maybe(any_name("pw"), 0.5)),
            C("emergency_contact", "varchar(80)", "person_name", any_name("pw")),
            C("emergency_cell", "varchar(20)", "phone", lambda c, i: p("mobile")(c, i + 1 if i < N_KID else 1)),
        ], rows=N_KID, extra=[fkey(S, "health_card", "ngalek_id", "ngalek", "ngalek_id")]),
        Table(S, "udoud", [
            C("payment_id", "integer PRIMARY KEY", "none", seq()),
            C("parent_id", "integer", "none", fk(N_KID, 7)),
            C("amount", "numeric(8,2)", "none", amounts(50, 900)),
            C("method", "varchar(20)", "none", one("cash", "check", "BOH transfer", "BankPacific")),
            C("check_no", "varchar(10)", "none", maybe(lambda c, i: digits(c, 4), 0.3)),
            C("bank_account", "varchar(20)", "bank_account", maybe(lambda c, i: f"{digits(c, 4)}-{digits(c, 6)}", 0.4),
              comment="payer's account, for refunds"),
            C("paid_on", "date", "none", dates(2023, 2025)),
            C("receipt_no", "varchar(12)", "none", lambda c, i: f"R{24000 + i}"),
        ], rows=150, extra=[fkey(S, "udoud", "parent_id", "demal_delal", "parent_id")]),
        Table(S, "attendance_log", [
            C("log_id", "integer PRIMARY KEY", "none", seq()),
            C("ngalek_id", "integer", "none", fk(N_KID, 11)),
            C("day", "date", "none", dates(2024, 2025)),
            C("present", "boolean", "none", flag(0.92)),
            C("absent_reason", "varchar(60)", "none", maybe(one("family event (ocheraol)", "funeral", "boat late from Peleliu"), 0.1)),
            C("tekoi", "text", "free_text_may_contain_pii", _tekoi, comment="tekoi: remarks"),
        ], rows=150, extra=[fkey(S, "attendance_log", "ngalek_id", "ngalek", "ngalek_id")]),
        Table(S, "incident", [
            C("incident_id", "integer PRIMARY KEY", "none", seq()),
            C("ngalek_id", "integer", "none", fk(N_KID, 13)),
            C("happened", "timestamp", "none", stamps(2023, 2025)),
            C("kind", "varchar(30)", "none", one("fight", "bullying", "injury at play", "phone use")),
            C("nurse_note", "text", "health", maybe(one("Scraped knee, cleaned.", "Nosebleed, stopped after 10 min.",
                                                         "Complained of headache, rested."), 0.6)),
            C("reported_by", "integer", "none", fk(N_TEA, 3)),
            C("gps", "varchar(30)", "none", near(7.3416, 134.4789, 0.0005), comment="where on the campus"),
        ], rows=90, extra=[fkey(S, "incident", "reported_by", "sensei", "sensei_id")]),
        Table(S, "donor_org", [
            C("org_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(80)", "none", lambda c, i: f"{['Rotary Club of Koror', 'Palau Visitors Authority', 'Taiwan Embassy', 'Bank of Guam Foundation', 'Palau Chamber of Commerce'][i % 5]} #{i}"),
            C("phone", "varchar(20)", "none", lambda c, i: landline(c, "pw")),
            C("email", "varchar(80)", "none", lambda c, i: f"office{i}@donors.pw"),
            C("pledge", "numeric(10,2)", "none", amounts(100, 20000)),
        ], rows=80),
    ]
