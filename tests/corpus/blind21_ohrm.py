"""y_ohrm: OrangeHRM 5 as run by a Nova Scotia seafood processor (plants in Yarmouth, Clare and Shelburne)."""
from __future__ import annotations

import random

from .blind21_gens import (CA_F, CA_M, CA_STREETS, CA_SUR, CA_TOWNS, bcrypt_r, day, day_r, digits_r, fields, fk,
                           maybe, num, one, pk, ref, sin_r, ts, weighted)
from .gens import Col, Table

S = "y_ohrm"
N_EMP, N_LOC, N_SUB, N_SAL = 130, 8, 14, 130

ETHNIC = ["White", "White", "White", "Acadian", "Mi'kmaq", "African Nova Scotian", "Filipino", "South Asian",
          "Métis", "Latin American", "Black - Caribbean", None]
UNION = ["UFCW Local 864", "UFCW Local 864", "Non-union (salaried)", "UFCW Local 864 - shop steward", None,
         "Teamsters Local 927 (drivers)"]
ALLERGY = [None, None, None, "Shellfish allergy - EpiPen in first aid room", "Type 1 diabetic - snacks allowed on line",
           "Latex allergy - nitrile gloves only", "Asthma, inhaler in locker", "Epilepsy - no forklift duties",
           "Hearing impaired (left ear) - vibrating pager", "Peanut allergy"]
MAILS = ["hotmail.com", "eastlink.ca", "gmail.com", "bellaliant.net"]


def _emp(r: random.Random, i: int) -> dict:
    g = r.random() < 0.55
    first = r.choice(CA_F if g else CA_M)
    last = r.choice(CA_SUR)
    town, prov, fsa = r.choice(CA_TOWNS)
    area = "902" if prov in ("NS", "PE") else "506"
    login = (first[0] + last).lower().replace("'", "").replace(" ", "").replace("é", "e").replace("è", "e")
    return {
        "first": first, "last": last, "gender": 2 if g else 1,
        "middle": r.choice(["", "", "Marie", "Anne", "J.", "Joseph", "Lynn", "Paul"]),
        "nick": r.choice([None, None, None, first[:3] + "y", "Boo", "Skip"]),
        "dob": day_r(r, 1958, 2004), "sin": sin_r(r),
        "street": f"{r.randint(2, 4890)} {r.choice(CA_STREETS)}",
        "street2": r.choice(["", "", "", f"Apt {r.randint(1, 24)}", "RR 1", f"PO Box {r.randint(10, 900)}"]),
        "town": town, "prov": prov, "zip": f"{fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}",
        "home": f"({area}) {r.randint(740, 799)}-{digits_r(r, 4)}" if r.random() < 0.4 else None,
        "mobile": f"{area}-{r.randint(300, 999)}-{digits_r(r, 4)}",
        "work_email": f"{login}@fundyharvest.ca", "login": login,
        "oth_email": f"{login}{r.randint(1, 99)}@{r.choice(MAILS)}",
        "health_card": f"{digits_r(r, 4)} {digits_r(r, 3)} {digits_r(r, 3)}",
        "licence": f"{last[:5].upper().replace(' ', '').replace(chr(39), '')}{digits_r(r, 9)}",
        "ssn": f"{r.randint(100, 665)}-{r.randint(10, 99)}-{digits_r(r, 4)}" if r.random() < 0.08 else None,
    }


E = fields("ohrm.emp", _emp)


def ohrm_tables() -> list[Table]:
    loc = Table(S, "ohrm_location", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("name", "varchar(110)", "none", lambda c, i: ["Yarmouth Plant", "Meteghan Plant (Clare)", "Shelburne Plant",
                                                         "Halifax Sales Office", "Shediac Lobster Pound", "Digby Wharf",
                                                         "Lower West Pubnico Cold Storage",
                                                             "Caraquet Buying Station"][i - 1]),
        Col("country_code", "varchar(3)", "none", lambda c, i: "CA"),
        Col("province", "varchar(60)", "none", lambda c, i: "NB" if i in (5, 8) else "NS"),
        Col("city", "varchar(60)", "none", lambda c, i: ["Yarmouth", "Meteghan", "Shelburne", "Halifax", "Shediac",
                                                         "Digby", "Lower West Pubnico", "Caraquet"][i - 1]),
        Col("address", "varchar(255)", "none", lambda c, i: f"{c.r.randint(10, 990)} {c.r.choice(CA_STREETS)}"),
        Col("zip_code", "varchar(35)", "none", lambda c, i: ["B5A 1K7", "B0W 2V0", "B0T 1W0", "B3J 3R7", "E4P 2J9",
                                                             "B0V 1A0", "B0W 2L0", "E1W 1A7"][i - 1]),
        Col("phone", "varchar(35)", "none", lambda c, i: f"902-{c.r.randint(740, 769)}-{c.r.randint(1000, 9999)}"),
        Col("fax", "varchar(35)", "none", maybe(0.5, lambda c, i: f"902-742-{c.r.randint(1000, 9999)}")),
        Col("notes", "varchar(255)", "none", one(["CFIA establishment 1432", "Seasonal (Apr-Dec)", None,
            "HACCP audit Q3",
                                                  "Shared dock with Coast Guard"])),
    ], rows=N_LOC, comment="Plants and offices: organisation contact data")
    sub = Table(S, "ohrm_subunit", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("name", "varchar(100)", "none", lambda c, i: ["Fundy Harvest Seafoods", "Processing", "Lobster", "Scallop",
                                                          "Groundfish", "Quality Assurance", "Maintenance", "Shipping",
                                                          "Finance", "Human Resources", "Sales", "Fleet", "IT",
                                                          "Sanitation"][i - 1]),
        Col("unit_id", "varchar(100)", "none", lambda c, i: f"FH-{i:03d}"),
        Col("description", "varchar(400)", "none", one([None, "Night shift included", "Reports to VP Operations"])),
        Col("lft", "smallint", "none", lambda c, i: 2 * i - 1),
        Col("rgt", "smallint", "none", lambda c, i: 2 * i),
        Col("level", "smallint", "none", lambda c, i: 0 if i == 1 else 1 + (i > 5)),
    ], rows=N_SUB)
    emp = Table(S, "hs_hr_employee", [
        Col("emp_number", "integer PRIMARY KEY", "none", pk),
        Col("employee_id", "varchar(50)", "none", lambda c, i: f"FH{1000 + i}"),
        Col("emp_lastname", "varchar(100)", "person_name", E("last")),
        Col("emp_firstname", "varchar(100)", "person_name", E("first")),
        Col("emp_middle_name", "varchar(100)", "person_name", E("middle")),
        Col("emp_nick_name", "varchar(100)", "person_name", E("nick")),
        Col("emp_smoker", "smallint", "health", weighted([(0, 7), (1, 3)])),
        Col("ethnic_race_code", "varchar(60)", "ethnic_origin", one(ETHNIC)),
        Col("emp_birthday", "date", "birth_date", E("dob")),
        Col("nation_code", "integer", "none", weighted([(38, 12), (169, 2), (98, 1)])),
        Col("emp_gender", "smallint", "none", E("gender")),
        Col("emp_marital_status", "varchar(20)", "none", one(["Single", "Married", "Common-law", "Divorced",
            "Widowed"])),
        Col("emp_ssn_num", "varchar(100)", "national_id", E("ssn")),
        Col("emp_sin_num", "varchar(100)", "national_id", E("sin")),
        Col("emp_other_id", "varchar(100)", "national_id", E("health_card"),
            comment="NS MSI health card number (benefits enrolment)"),
        Col("emp_dri_lice_num", "varchar(100)", "national_id", maybe(0.6, E("licence"))),
        Col("emp_dri_lice_exp_date", "date", "none", maybe(0.6, day(2025, 2030))),
        Col("emp_military_service", "varchar(100)", "none", weighted([(None, 9),
            ("CAF Reserve - West Nova Scotia Rgt", 1),
                                                                      ("RCN 2006-2014", 1)])),
        Col("emp_status", "integer", "none", one([1, 2, 3, 4])),
        Col("job_title_code", "integer", "none", num(1, 24)),
        Col("eeo_cat_code", "integer", "none", num(1, 9)),
        Col("work_station", "integer", "none", ref(N_SUB)),
        Col("emp_street1", "varchar(100)", "postal_address", E("street")),
        Col("emp_street2", "varchar(100)", "postal_address", E("street2")),
        Col("city_code", "varchar(100)", "none", E("town")),
        Col("coun_code", "varchar(100)", "none", lambda c, i: "CA"),
        Col("provin_code", "varchar(100)", "none", E("prov")),
        Col("emp_zipcode", "varchar(20)", "postal_address", E("zip")),
        Col("emp_hm_telephone", "varchar(50)", "phone", E("home")),
        Col("emp_mobile", "varchar(50)", "phone", E("mobile")),
        Col("emp_work_telephone", "varchar(50)", "none",
            lambda c, i: f"902-742-{c.r.choice(['3311', '3312', '3300'])} ext. {c.r.randint(200, 260)}"),
        Col("emp_work_email", "varchar(50)", "email", E("work_email")),
        Col("sal_grd_code", "integer", "none", num(1, 8)),
        Col("joined_date", "date", "none", day(1996, 2024)),
        Col("emp_oth_email", "varchar(50)", "email", maybe(0.7, E("oth_email"))),
        Col("termination_id", "integer", "none", maybe(0.1, num(1, 40))),
        Col("custom1", "varchar(250)", "none", one(["S", "M", "L", "XL", "2XL"]), comment="Coverall size"),
        Col("custom2", "varchar(250)", "trade_union", one(UNION)),
        Col("custom3", "varchar(250)", "health", one(ALLERGY)),
        Col("purged_at", "timestamp", "none", lambda c, i: None),
    ], rows=N_EMP, extra=[fk(S, "hs_hr_employee", "work_station", "ohrm_subunit(id)")])
    user = Table(S, "ohrm_user", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("user_role_id", "integer", "none", weighted([(2, 10), (1, 1)])),
        Col("emp_number", "integer", "none", pk),
        Col("user_name", "varchar(40)", "none", E("login")),
        Col("user_password", "varchar(255)", "credentials", lambda c, i: bcrypt_r(c.r, "$2y$12$")),
        Col("deleted", "smallint", "none", weighted([(0, 12), (1, 1)])),
        Col("status", "smallint", "none", weighted([(1, 9), (0, 1)])),
        Col("date_entered", "timestamp", "none", ts(2019, 2023)),
        Col("date_modified", "timestamp", "none", ts(2023, 2025)),
        Col("modified_user_id", "integer", "none", maybe(0.5, num(1, 3))),
        Col("created_by", "integer", "none", num(1, 3)),
    ], rows=110, extra=[fk(S, "ohrm_user", "emp_number", "hs_hr_employee(emp_number)")])

    def _kin(r, i):
        return {"name": f"{r.choice(CA_F + CA_M)} {r.choice(CA_SUR)}", "rel": r.choice(["Spouse", "Mother", "Father",
                "Sister", "Brother", "Partner", "Son", "Daughter", "Neighbour"]),
                "home": f"(902) {r.randint(740, 799)}-{digits_r(r, 4)}" if r.random() < 0.5 else None,
                "mob": f"902-{r.randint(300, 999)}-{digits_r(r, 4)}"}
    K = fields("ohrm.kin", _kin)
    emerg = Table(S, "hs_hr_emp_emergency_contacts", [
        Col("emp_number", "integer", "none", ref(N_EMP)),
        Col("eec_seqno", "numeric(2,0)", "none", num(1, 2)),
        Col("eec_name", "varchar(100)", "person_name", K("name")),
        Col("eec_relationship", "varchar(100)", "none", K("rel")),
        Col("eec_home_no", "varchar(100)", "phone", K("home")),
        Col("eec_mobile_no", "varchar(100)", "phone", K("mob")),
        Col("eec_office_no", "varchar(100)", "phone", maybe(0.2, lambda c, i: f"902-{c.r.randint(420, 490)}-"
                                                             f"{c.r.randint(1000, 9999)}")),
    ], rows=140, extra=[f"ALTER TABLE {S}.hs_hr_emp_emergency_contacts ADD FOREIGN KEY (emp_number) "
                        f"REFERENCES {S}.hs_hr_employee(emp_number)"])
    dep = Table(S, "hs_hr_emp_dependents", [
        Col("emp_number", "integer", "none", ref(N_EMP)),
        Col("ed_seqno", "numeric(2,0)", "none", num(1, 4)),
        Col("ed_name", "varchar(100)", "person_name", lambda c, i: f"{c.r.choice(CA_F + CA_M)} {c.r.choice(CA_SUR)}"),
        Col("ed_relationship_type", "varchar(20)", "none", one(["child", "child", "other"])),
        Col("ed_relationship", "varchar(100)", "none", one([None, None, "Stepdaughter", "Grandson", "Spouse"])),
        Col("ed_date_of_birth", "date", "birth_date", day(1990, 2023)),
    ], rows=120, extra=[f"ALTER TABLE {S}.hs_hr_emp_dependents ADD FOREIGN KEY (emp_number) "
                        f"REFERENCES {S}.hs_hr_employee(emp_number)"])
    pas = Table(S, "hs_hr_emp_passport", [
        Col("emp_number", "integer", "none", ref(N_EMP)),
        Col("ep_seqno", "numeric(2,0)", "none", lambda c, i: 1),
        Col("ep_passport_num", "varchar(100)", "national_id",
            lambda c, i: c.r.choice([f"{c.r.choice('ABGH')}{c.r.choice('ABKX')}{digits_r(c.r, 6)}",
                                     f"P{digits_r(c.r, 7)}{c.r.choice('ABC')}", f"{digits_r(c.r, 9)}"])),
        Col("ep_passportissueddate", "timestamp", "none", ts(2015, 2023)),
        Col("ep_passportexpiredate", "timestamp", "none", ts(2025, 2033)),
        Col("ep_comments", "varchar(255)", "none", one([None, "LMIA work permit - TFW seasonal stream",
                                                        "PR card renewal in progress", "Copy on file in HR cabinet",
                                                        "Closed work permit, Meteghan plant only"])),
        Col("ep_passport_type_flg", "smallint", "none", one([1, 2])),
        Col("ep_i9_status", "varchar(100)", "none", one(["", "Work permit", "Permanent resident", "Citizen"])),
        Col("ep_i9_review_date", "date", "none", maybe(0.4, day(2024, 2026))),
        Col("cou_code", "varchar(6)", "none", weighted([("CA", 6), ("PH", 3), ("MX", 1), ("JM", 1), ("IN", 1)])),
    ], rows=90, extra=[f"ALTER TABLE {S}.hs_hr_emp_passport ADD FOREIGN KEY (emp_number) "
                       f"REFERENCES {S}.hs_hr_employee(emp_number)"])
    sal = Table(S, "hs_hr_emp_basicsalary", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("emp_number", "integer", "none", pk),
        Col("sal_grd_code", "integer", "none", num(1, 8)),
        Col("currency_id", "varchar(6)", "none", lambda c, i: "CAD"),
        Col("ebsal_basic_salary", "varchar(100)", "none", lambda c, i: str(c.r.choice([17.25, 18.5, 19.75, 22.0, 24.4,
                                                                                        31.0, 58000, 72500, 94000]))),
        Col("payperiod_code", "varchar(13)", "none", one(["1", "2", "5"])),
        Col("salary_component", "varchar(100)", "none", one(["Base hourly", "Base salary", "Line lead premium"])),
        Col("comments", "varchar(255)", "none", one([None, "Seasonal rate 2024", "Includes night premium $1.50"])),
    ], rows=N_SAL, extra=[f"ALTER TABLE {S}.hs_hr_emp_basicsalary ADD FOREIGN KEY (emp_number) "
                          f"REFERENCES {S}.hs_hr_employee(emp_number)"])
    dd = Table(S, "hs_hr_emp_directdebit", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("salary_id", "integer", "none", pk),
        Col("dd_routing_num", "integer", "none", lambda c, i: int(c.r.choice(["00274", "00372", "00002", "00010"])
                                                                  + c.r.choice(["002", "003", "004", "001", "815"])),
            comment="Transit and institution number of the branch"),
        Col("dd_account", "varchar(100)", "bank_account", lambda c, i: digits_r(c.r, c.r.choice([7, 7, 12]))),
        Col("dd_amount", "numeric(11,2)", "none", num(200, 2400, 2)),
        Col("dd_account_type", "varchar(20)", "none", one(["CHECKING", "SAVINGS"])),
        Col("dd_transaction_type", "varchar(20)", "none", one(["BLANK", "PERC", "FLAT"])),
    ], rows=N_SAL, extra=[f"ALTER TABLE {S}.hs_hr_emp_directdebit ADD FOREIGN KEY (salary_id) "
                          f"REFERENCES {S}.hs_hr_emp_basicsalary(id)"])

    def _cand(r, i):
        g = r.random() < 0.5
        f, ln = r.choice(CA_F if g else CA_M), r.choice(CA_SUR)
        ph = f"902-{r.randint(300, 999)}-{digits_r(r, 4)}"
        em = f"{f.lower().replace(chr(39), '')}.{ln.lower().replace(' ', '').replace(chr(39), '')}@" + r.choice(
            ["gmail.com", "hotmail.com", "eastlink.ca", "outlook.com"])
        town = r.choice(CA_TOWNS)[0]
        cv = r.choice([f"{f} {ln}\n{town}, NS | {ph} | {em}\nExperience: lobster processing line, 3 seasons at "
                       f"Comeau's Sea Foods. Forklift certified.",
                       f"{f.upper()} {ln.upper()}\nObjective: Quality control technician\nEmail: {em}\nHACCP, "
                       f"SQF practitioner. References: {r.choice(CA_F)} {r.choice(CA_SUR)} (supervisor) {ph[:8]}1188",
                       f"Curriculum vitae - {f} {ln} - Tél. {ph}\nCompétences: mécanique industrielle, soudure."])
        note = r.choice([f"Phone screen done, call back at {ph}", f"Referred by {r.choice(CA_F)} in Sanitation",
                         "No show for interview", "Offer sent", f"Left voicemail for {f}", None])
        return {"f": f, "l": ln, "m": r.choice(["", "", "Lee", "Ann"]), "ph": ph, "em": em, "cv": cv, "note": note}
    C = fields("ohrm.cand", _cand)
    cand = Table(S, "ohrm_job_candidate", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("first_name", "varchar(30)", "person_name", C("f")),
        Col("middle_name", "varchar(30)", "person_name", C("m")),
        Col("last_name", "varchar(30)", "person_name", C("l")),
        Col("email", "varchar(100)", "email", C("em")),
        Col("contact_number", "varchar(30)", "phone", C("ph")),
        Col("status", "integer", "none", num(1, 7)),
        Col("comment", "text", "free_text_may_contain_pii", C("note")),
        Col("mode_of_application", "integer", "none", one([1, 2])),
        Col("date_of_application", "date", "none", day(2022, 2025)),
        Col("cv_file_id", "integer", "none", maybe(0.8, num(1000, 9999))),
        Col("cv_text_version", "text", "free_text_may_contain_pii", C("cv")),
        Col("keywords", "varchar(255)", "none", one(["forklift, HACCP", "welding", "bilingual", "Class 1 licence",
                                                     "sanitation", None])),
        Col("added_person", "integer", "none", maybe(0.5, ref(N_EMP))),
        Col("consent_to_keep_data", "boolean", "none", one([True, False])),
    ], rows=100)
    LEAVE = [(1, "Family trip to PEI"), (1, "Wedding in Moncton"), (2, "Physio for rotator cuff, WCB claim"),
             (2, "Flu"), (2, "Chemo follow-up at Yarmouth Regional"), (2, "Migraine"), (3, "Funeral - grandmother"),
             (2, "Post-op knee (arthroscopy)"), (1, None), (4, "Jury duty"), (2, "Prenatal appointment"),
             (2, "Counselling (EAP)"), (5, "Mi'kmaq Treaty Day")]

    def _leave(r, i):
        t, cm = r.choice(LEAVE)
        return {"t": t, "cm": cm}
    L = fields("ohrm.leave", _leave)
    leave = Table(S, "ohrm_leave_request", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("leave_type_id", "integer", "none", L("t")),
        Col("date_applied", "date", "none", day(2023, 2025)),
        Col("emp_number", "integer", "none", ref(N_EMP)),
        Col("comments", "varchar(255)", "health", L("cm")),
        Col("length_days", "numeric(6,4)", "none", one([0.5, 1, 1, 2, 3, 5])),
        Col("status", "smallint", "none", one([1, 2, 3, -1])),
        Col("applied_by_emp_number", "integer", "none", maybe(0.8, num(1, 12))),
    ], rows=150, extra=[f"ALTER TABLE {S}.ohrm_leave_request ADD FOREIGN KEY (emp_number) "
                        f"REFERENCES {S}.hs_hr_employee(emp_number)"])
    return [loc, sub, emp, user, emerg, dep, pas, sal, dd, cand, leave]

