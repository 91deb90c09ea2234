"""aw_sentrifugo: Sentrifugo 3 (open-source HRMS, main_* tables) as recalled from memory, for a water and power
utility on Bonaire: users, personal and communication details, salary, visas, medical claims and dependants."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, const, dates, digits, fk, fkey, flag, ints, maybe, md5, one, seq, stamps)
from .blind47_gens import any_first, any_mobile, any_name, person
from .gens import Table

S = "aw_sentrifugo"
EMP = "sf.user"
N_EMP = 140


def _entry_comment(c, i):
    return c.r.choice([None, None, "Transferred from Curaçao office.", "Rehired after contract ended 2021.",
                       f"Referred by {person('bq', EMP, 'full')(c, c.r.randint(1, N_EMP))}",
                       f"Reach wife {any_first('bq')(c, i)} on {any_mobile('bq')(c, i)} if not reachable."])


def sentrifugo_tables() -> list[Table]:
    e = lambda f: person("bq", EMP, f, 1962, 2004)     # noqa: E731
    return [
        Table(S, "main_users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("emprole", "integer", "none", one(2, 3, 3, 4, 4, 4)),
            C("userstatus", "varchar(50)", "none", one("old", "old", "new")),
            C("firstname", "varchar(255)", "person_name", e("first")),
            C("lastname", "varchar(255)", "person_name", e("last")),
            C("userfullname", "varchar(255)", "person_name", e("full")),
            C("emailaddress", "varchar(100)", "email", lambda c, i: f"{e('user')(c, i)}@web-bonaire.com"),
            C("contactnumber", "varchar(15)", "phone", e("mobile")),
            C("empipaddress", "varchar(255)", "ip_address", e("ip")),
            C("backgroundchk_status", "varchar(50)", "none", one("Yet to start", "Completed", "Not Applicable")),
            C("emptemplock", "smallint", "none", one(0, 0, 0, 1)),
            C("empreasonlocked", "varchar(255)", "none", maybe(const("Too many failed attempts"), 0.05)),
            C("emppassword", "varchar(255)", "credentials", lambda c, i: md5(c)),
            C("employeeId", "varchar(200)", "none", lambda c, i: f"WEB{i:04d}"),
            C("modeofentry", "varchar(255)", "none", one("Direct", "Interview", "Reference")),
            C("entrycomments", "text", "free_text_may_contain_pii", _entry_comment),
            C("profileimg", "varchar(255)", "none", maybe(lambda c, i: f"{digits(c, 10)}_profile.jpg", 0.5)),
            C("jobtitle_id", "integer", "none", ints(1, 18)),
            C("themes", "varchar(255)", "none", const("default")),
            C("isactive", "smallint", "none", one(1, 1, 1, 0)),
            C("createddate", "timestamp", "none", stamps(2016, 2024)),
            C("modifieddate", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_EMP),
        Table(S, "main_emppersonaldetails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("genderid", "integer", "none", lambda c, i: 1 if e("sex")(c, i) == "M" else 2),
            C("maritalstatusid", "integer", "none", ints(1, 4)),
            C("nationalityid", "integer", "none", one(1, 1, 1, 2, 3)),
            C("ethniccodeid", "integer", "ethnic_origin", maybe(ints(1, 6), 0.7)),
            C("racecodeid", "integer", "ethnic_origin", maybe(ints(1, 5), 0.6)),
            C("languageid", "integer", "none", one(1, 2, 3)),
            C("dob", "date", "birth_date", e("birth")),
            C("celebrated_dob", "date", "birth_date", maybe(e("birth"), 0.3)),
            C("bloodgroup", "varchar(10)", "health", one("O+", "A+", "B+", "O-", "AB+")),
            C("isactive", "smallint", "none", const(1)),
        ], rows=N_EMP, extra=[fkey(S, "main_emppersonaldetails", "user_id", "main_users", "id")]),
        Table(S, "main_empcommunicationdetails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("personalemail", "varchar(100)", "email", e("email")),
            C("perm_streetaddress", "varchar(255)", "postal_address", e("a_line")),
            C("perm_country", "integer", "none", const(155)),
            C("perm_city", "integer", "none", one(1, 1, 2)),
            C("perm_pincode", "varchar(15)", "postal_address", lambda c, i: f"{c.r.randint(1011, 9999)} "
              f"{c.r.choice('ABDGHJKLMNPRSTVWXZ')}{c.r.choice('ABDEGHJKLMNPRSTVWXZ')}" if c.r.random() < 0.15 else ""),
            C("current_streetaddress", "varchar(255)", "postal_address", maybe(e("a_line"), 0.3)),
            C("emergency_number", "varchar(100)", "phone", any_mobile("bq")),
            C("emergency_name", "varchar(50)", "person_name", any_name("bq")),
            C("emergency_email", "varchar(100)", "email", maybe(lambda c, i: f"{any_first('bq')(c, i).lower()}"
                                                                        f"{digits(c, 2)}@hotmail.com", 0.4)),
            C("isactive", "smallint", "none", const(1)),
        ], rows=N_EMP, extra=[fkey(S, "main_empcommunicationdetails", "user_id", "main_users", "id")]),
        Table(S, "main_empsalarydetails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("currencyid", "integer", "none", const(2)),
            C("salarytype", "integer", "none", one(1, 2)),
            C("salary", "varchar(100)", "none", lambda c, i: str(amounts(1800, 7800)(c, i))),
            C("bankname", "varchar(255)", "none", one("MCB Bonaire", "Orco Bank", "Banco di Caribe", "RBC Royal Bank")),
            C("accountholder_name", "varchar(255)", "person_name", e("full")),
            C("accountholding", "date", "none", dates(2010, 2024)),
            C("accountclasstypeid", "integer", "none", one(1, 2)),
            C("bankaccountid", "integer", "none", one(1, 2)),
            C("accountnumber", "varchar(100)", "bank_account", lambda c, i: f"{c.r.randint(10, 99)}{digits(c, 7)}"),
            C("isactive", "smallint", "none", const(1)),
        ], rows=N_EMP, extra=[fkey(S, "main_empsalarydetails", "user_id", "main_users", "id")]),
        Table(S, "main_empvisadetails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_EMP, 3)),
            C("passport_number", "varchar(100)", "national_id", lambda c, i: c.r.choice(["N", "P", "B"]) + c.r.choice(
                "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(c, 7)),
            C("passport_issue_date", "date", "none", dates(2015, 2024)),
            C("passport_expiry_date", "date", "none", dates(2025, 2034)),
            C("visa_number", "varchar(100)", "national_id", maybe(lambda c, i: f"TWV-{digits(c, 6)}", 0.5),
              comment="tewerkstellingsvergunning"),
            C("visa_type", "varchar(100)", "none", maybe(one("Verblijfsvergunning arbeid", "Kennismigrant"), 0.5)),
            C("visa_expiry_date", "date", "none", maybe(dates(2025, 2028), 0.5)),
            C("isactive", "smallint", "none", const(1)),
        ], rows=90, extra=[fkey(S, "main_empvisadetails", "user_id", "main_users", "id")]),
        Table(S, "main_empmedicalclaims", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_EMP, 5)),
            C("injury_indicator", "smallint", "none", one(1, 2)),
            C("injury_type", "integer", "none", one(1, 2, 3, 4)),
            C("description", "text", "health", one("Fractured wrist after fall from ladder at RO plant",
                                                   "Burn to forearm, substation 3", "Lower back strain",
                                                   "Dengue fever, hospitalised 4 days", "Knee surgery (meniscus)")),
            C("injury_name", "varchar(255)", "health", one("Fracture", "Burn", "Sprain", "Dengue", "Meniscus tear")),
            C("injury_severity", "integer", "health", one(1, 2, 3)),
            C("disability_type", "varchar(255)", "health", maybe(one("Temporary partial", "Temporary total"), 0.4)),
            C("medical_insurer_name", "varchar(255)", "none", one("Zorgverzekeringskantoor (ZVK)", "Ennia")),
            C("leavebyemp_from_date", "date", "none", dates(2021, 2025)),
            C("leavebyemp_days", "integer", "none", ints(1, 40)),
            C("hospital_name", "varchar(255)", "none", one("Fundashon Mariadal", "Saint Elisabeth Hospital Curaçao")),
            C("room_number", "varchar(20)", "none", maybe(lambda c, i: f"{c.r.randint(1, 3)}{digits(c, 2)}", 0.5)),
            C("gp_name", "varchar(255)", "person_name", lambda c, i: "Dr. " + any_name("bq")(c, i)),
            C("treatment_details", "text", "health", one("Cast 6 weeks, physiotherapy", "Dressings, tetanus booster",
                                                         "Analgesics, rest", "IV fluids, platelet monitoring")),
            C("total_cost", "numeric(10,2)", "none", amounts(40, 9000)),
            C("amount_claimed", "numeric(10,2)", "none", amounts(40, 9000)),
            C("isactive", "smallint", "none", const(1)),
        ], rows=100, extra=[fkey(S, "main_empmedicalclaims", "user_id", "main_users", "id")]),
        Table(S, "main_empdependencydetails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_EMP, 7)),
            C("dependent_name", "varchar(255)", "person_name", any_name("bq")),
            C("dependent_relation", "varchar(255)", "none", one("Spouse", "Child", "Child", "Parent")),
            C("dependent_custody", "varchar(255)", "none", one("Both parents", "Mother", "Father", "")),
            C("dependent_dob", "date", "birth_date", dates(1950, 2024)),
            C("dependent_age", "integer", "none", ints(0, 74)),
            C("isactive", "smallint", "none", const(1)),
        ], rows=120, extra=[fkey(S, "main_empdependencydetails", "user_id", "main_users", "id")]),
        Table(S, "main_userloginlog", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("userid", "integer", "none", fk(N_EMP, 9)),
            C("emprole", "integer", "none", one(2, 3, 4)),
            C("employeeId", "varchar(200)", "none", lambda c, i: f"WEB{(i * 9) % N_EMP + 1:04d}"),
            C("emailaddress", "varchar(100)", "email", lambda c, i: f"{e('user')(c, (i * 9) % N_EMP + 1)}@web-bonaire.com"),
            C("empipaddress", "varchar(255)", "ip_address", lambda c, i: e("ip")(c, (i * 9) % N_EMP + 1)),
            C("logindatetime", "timestamp", "none", stamps(2025, 2025)),
            C("session_token", "varchar(64)", "secret_token", lambda c, i: b64(c, 24)),
            C("loginflag", "boolean", "none", flag(0.95)),
        ], rows=150, extra=[fkey(S, "main_userloginlog", "userid", "main_users", "id")]),
    ]
