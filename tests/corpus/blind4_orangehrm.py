"""g_orangehrm: OrangeHRM 4.x (hs_hr_* / ohrm_* tables), a US company with some Canadian staff."""
from __future__ import annotations

from .blind4_gens import (bcrypt_2y, const, day, dl_us, fk, fk_id, maybe, money, num, passport_no, pp, sin_ca,
                          ssn_us, text_with_people, ts)
from .gens import Col, Table, ident, pick

S = "g_orangehrm"
EMP = 140
US = "en_US"


def _p(field: str, width: int | None = None):
    return pp(US, "ohrm-emp", field, width)


def _fk(table: str, col: str, ref: str, ref_col: str) -> str:
    return f'ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({ref_col})'


def _gender(c, i):
    return 2 if _p("female")(c, i) else 1


def _employee() -> Table:
    cols = [
        Col("emp_number", "int PRIMARY KEY", "none", ident),
        Col("employee_id", "varchar(50)", "none", lambda c, i: f"{i:04d}"),
        Col("emp_lastname", "varchar(100) NOT NULL", "person_name", _p("last", 100)),
        Col("emp_firstname", "varchar(100) NOT NULL", "person_name", _p("first", 100)),
        Col("emp_middle_name", "varchar(100)", "person_name", maybe(0.4, _p("middle", 100))),
        Col("emp_nick_name", "varchar(100)", "person_name",
            maybe(0.3, lambda c, i: _p("first")(c, i)[:3] + c.r.choice(["", "my", "ie", "o"]))),
        Col("emp_smoker", "smallint", "health", pick(0, 0, 0, 0, 1)),
        Col("ethnic_race_code", "varchar(13)", "ethnic_origin", maybe(0.8, lambda c, i: f"ETH{c.r.randint(1, 6):03d}")),
        Col("emp_birthday", "date", "birth_date", _p("birth")),
        Col("nation_code", "int", "none", fk_id(12)),
        Col("emp_gender", "smallint", "none", _gender),
        Col("emp_marital_status", "varchar(20)", "none", pick("Single", "Married", "Married", "Other", None)),
        Col("emp_ssn_num", "varchar(100)", "national_id", maybe(0.85, ssn_us)),
        Col("emp_sin_num", "varchar(100)", "national_id", maybe(0.15, sin_ca)),
        Col("emp_other_id", "varchar(100)", "national_id", maybe(0.3, passport_no)),
        Col("emp_dri_lice_num", "varchar(100)", "national_id", maybe(0.7, dl_us)),
        Col("emp_dri_lice_exp_date", "date", "none", maybe(0.7, day(2025, 2031))),
        Col("emp_military_service", "varchar(100)", "none",
            maybe(0.15, pick("US Army 2004-2008", "Navy reserve", "Completed", "Air National Guard"))),
        Col("emp_status", "int", "none", fk_id(5)),
        Col("job_title_code", "int", "none", fk_id(20)),
        Col("eeo_cat_code", "int", "none", num(1, 9)),
        Col("work_station", "int", "none", fk_id(12)),
        Col("emp_street1", "varchar(100)", "postal_address", _p("street", 100)),
        Col("emp_street2", "varchar(100)", "postal_address",
            maybe(0.25, lambda c, i: c.r.choice(["Apt ", "Suite ", "Unit "]) + str(c.r.randint(1, 900)))),
        Col("city_code", "varchar(100)", "none", _p("city", 100)),
        Col("coun_code", "varchar(100)", "none", pick("US", "US", "US", "CA")),
        Col("provin_code", "varchar(100)", "none", fk(US, "state_abbr")),
        Col("emp_zipcode", "varchar(20)", "postal_address", _p("postcode", 20)),
        Col("emp_hm_telephone", "varchar(50)", "phone", maybe(0.5, fk(US, "phone_number", 50))),
        Col("emp_mobile", "varchar(50)", "phone", _p("phone", 50)),
        Col("emp_work_telephone", "varchar(50)", "phone",
            maybe(0.8, lambda c, i: f"(312) 555-{c.r.randint(1000, 1999)} ext. {c.r.randint(100, 499)}")),
        Col("emp_work_email", "varchar(50)", "email", lambda c, i: f"{_p('user')(c, i)}@brightlinelogistics.com"[:50]),
        Col("sal_grd_code", "varchar(13)", "none", pick("1", "2", "3", "4", "5", None)),
        Col("joined_date", "date", "none", day(2009, 2025)),
        Col("emp_oth_email", "varchar(50)", "email", maybe(0.6, _p("email", 50))),
        Col("termination_id", "int", "none", maybe(0.1, fk_id(15))),
        Col("custom1", "varchar(250)", "none", pick("S", "M", "L", "XL", "M", "L")),
        Col("custom2", "varchar(250)", "health",
            maybe(0.75, pick("O+", "A+", "B+", "O-", "A-", "AB+", "B-", "O+"))),
        Col("custom3", "varchar(250)", "religious_belief",
            maybe(0.6, pick("Christian", "Catholic", "Muslim", "Hindu", "Jewish", "Buddhist", "Sikh", "None"))),
        Col("custom4", "varchar(250)", "none", lambda c, i: f"BLL-LT-{c.r.randint(1000, 4999)}"),
    ]
    cols += [Col(f"custom{k}", "varchar(250)", "none", const(None)) for k in range(5, 7)]
    cols.append(Col("purged_at", "timestamp", "none", maybe(0.03, ts(2022, 2025))))
    return Table(S, "hs_hr_employee", cols, rows=EMP, extra=[
        _fk("hs_hr_employee", "nation_code", "ohrm_nationality", "id"),
        _fk("hs_hr_employee", "ethnic_race_code", "hs_hr_ethnic_race", "ethnic_race_code"),
        _fk("hs_hr_employee", "work_station", "ohrm_subunit", "id"),
        _fk("hs_hr_employee", "job_title_code", "ohrm_job_title", "id")])


def _catalogues() -> list[Table]:
    races = ["Hispanic or Latino", "White", "Black or African American", "Native Hawaiian or Other Pacific Islander",
             "Asian", "American Indian or Alaska Native"]
    nations = ["American", "Canadian", "Mexican", "Indian", "Filipino", "British", "German", "Chinese", "Brazilian",
               "Polish", "Nigerian", "Vietnamese"]
    units = ["Organization", "Operations", "Warehouse Chicago", "Warehouse Toronto", "Finance", "HR", "IT",
             "Sales", "Customer Service", "Fleet", "Procurement", "Legal"]
    titles = ["Warehouse Associate", "Forklift Operator", "Shift Supervisor", "Payroll Specialist", "HR Generalist",
              "Account Executive", "Dispatcher", "IT Support Technician", "Truck Driver CDL-A", "Controller",
              "Inventory Analyst", "Customer Service Rep", "Fleet Mechanic", "Buyer", "Paralegal", "Sales Manager",
              "Logistics Coordinator", "Safety Officer", "Data Analyst", "Operations Manager"]
    return [
        Table(S, "hs_hr_ethnic_race", [
            Col("ethnic_race_code", "varchar(13) PRIMARY KEY", "none", lambda c, i: f"ETH{i:03d}"),
            Col("ethnic_race_desc", "varchar(50)", "none", lambda c, i: races[i - 1])], rows=6),
        Table(S, "ohrm_nationality", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(100)", "none", lambda c, i: nations[i - 1])], rows=12),
        Table(S, "ohrm_subunit", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(100)", "none", lambda c, i: units[i - 1]),
            Col("unit_id", "varchar(100)", "none", lambda c, i: f"U{i:02d}"),
            Col("description", "varchar(400)", "none", const(None)),
            Col("lft", "int", "none", lambda c, i: 2 * i),
            Col("rgt", "int", "none", lambda c, i: 2 * i + 1),
            Col("level", "int", "none", lambda c, i: 0 if i == 1 else 1)], rows=12),
        Table(S, "ohrm_job_title", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("job_title", "varchar(100)", "none", lambda c, i: titles[i - 1]),
            Col("job_description", "varchar(400)", "none", lambda c, i: f"Responsibilities of the {titles[i - 1]}."),
            Col("is_deleted", "smallint", "none", const(0))], rows=20),
        Table(S, "hs_hr_custom_fields", [
            Col("field_num", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(250)", "none",
                lambda c, i: ["T-Shirt Size", "Blood Type", "Religion", "Laptop Asset Tag"][i - 1]),
            Col("type", "int", "none", lambda c, i: 1 if i in (1, 2) else 0),
            Col("screen", "varchar(100)", "none", const("personal")),
            Col("extra_data", "varchar(250)", "none",
                lambda c, i: {1: "S,M,L,XL", 2: "A+,A-,B+,B-,AB+,AB-,O+,O-"}.get(i))], rows=4),
        Table(S, "ohrm_location", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("name", "varchar(110)", "none", lambda c, i: f"Brightline {['Chicago DC', 'Toronto DC', 'HQ'][i % 3]} {i}"),
            Col("country_code", "varchar(3)", "none", pick("US", "CA")),
            Col("province", "varchar(60)", "none", fk(US, "state")),
            Col("city", "varchar(60)", "none", fk(US, "city")),
            Col("address", "varchar(255)", "none", fk(US, "street_address")),
            Col("zip_code", "varchar(35)", "none", fk(US, "zipcode")),
            Col("phone", "varchar(35)", "none", lambda c, i: f"(312) 555-{c.r.randint(2000, 2999)}"),
            Col("fax", "varchar(35)", "none", lambda c, i: f"(312) 555-{c.r.randint(3000, 3999)}"),
            Col("notes", "varchar(255)", "none", pick("Dock doors 1-24", "Main office", None, "Cross-dock"))],
            rows=12),
    ]


def _children() -> list[Table]:
    rel = pick("Spouse", "Mother", "Father", "Brother", "Sister", "Partner", "Friend")
    emp = fk_id(EMP)
    tables = [
        Table(S, "hs_hr_emp_emergency_contacts", [
            Col("emp_number", "int NOT NULL", "none", emp),
            Col("eec_seqno", "numeric(2,0)", "none", lambda c, i: i % 100),
            Col("eec_name", "varchar(100)", "person_name", fk(US, "name", 100)),
            Col("eec_relationship", "varchar(100)", "none", rel),
            Col("eec_home_no", "varchar(100)", "phone", maybe(0.5, fk(US, "phone_number"))),
            Col("eec_mobile_no", "varchar(100)", "phone", fk(US, "phone_number")),
            Col("eec_office_no", "varchar(100)", "phone", maybe(0.3, fk(US, "phone_number")))], rows=130),
        Table(S, "hs_hr_emp_dependents", [
            Col("emp_number", "int NOT NULL", "none", emp),
            Col("ed_seqno", "numeric(2,0)", "none", lambda c, i: i % 100),
            Col("ed_name", "varchar(100)", "person_name", fk(US, "name", 100)),
            Col("ed_relationship_type", "varchar(10)", "none", pick("child", "child", "child", "other")),
            Col("ed_relationship", "varchar(100)", "none", maybe(0.2, pick("Stepson", "Niece", "Grandchild"))),
            Col("ed_date_of_birth", "date", "birth_date", day(2003, 2024))], rows=110),
        Table(S, "hs_hr_emp_passport", [
            Col("emp_number", "int NOT NULL", "none", emp),
            Col("ep_seqno", "numeric(2,0)", "none", lambda c, i: i % 100),
            Col("ep_passport_num", "varchar(100)", "national_id", passport_no),
            Col("ep_passportissueddate", "timestamp", "none", ts(2013, 2024)),
            Col("ep_passportexpiredate", "timestamp", "none", ts(2025, 2034)),
            Col("ep_comments", "varchar(255)", "none", maybe(0.3, pick("Renewal submitted", "Copy on file", "H-1B"))),
            Col("ep_passport_type_flg", "smallint", "none", pick(1, 1, 1, 2)),
            Col("ep_i9_status", "varchar(100)", "none", pick("Verified", "Pending", "", "Verified")),
            Col("ep_i9_review_date", "date", "none", maybe(0.6, day(2018, 2025))),
            Col("cou_code", "varchar(6)", "none", pick("US", "CA", "IN", "MX", "PH"))], rows=95),
        Table(S, "hs_hr_emp_basicsalary", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("emp_number", "int NOT NULL", "none", emp),
            Col("sal_grd_code", "int", "none", num(1, 5)),
            Col("currency_id", "varchar(6)", "none", pick("USD", "USD", "CAD")),
            Col("ebsal_basic_salary", "varchar(100)", "none", lambda c, i: str(c.r.randrange(32000, 160000, 500))),
            Col("payperiod_code", "varchar(13)", "none", pick("2", "4", "5")),
            Col("salary_component", "varchar(100)", "none", pick("Base", "Base", "Overtime", "Shift premium")),
            Col("comments", "varchar(255)", "none", maybe(0.3, pick("Annual merit 3%", "Promotion", "COLA")))],
            rows=145),
        Table(S, "hs_hr_emp_directdebit", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("salary_id", "int NOT NULL", "none", fk_id(145)),
            Col("dd_routing_num", "int", "none", pick(71000013, 21000021, 111000025, 26009593, 122000247)),
            Col("dd_account", "varchar(100)", "bank_account", lambda c, i: str(c.r.randint(10**8, 10**12))),
            Col("dd_amount", "numeric(11,2)", "none", money(100, 4000)),
            Col("dd_account_type", "varchar(20)", "none", pick("CHECKING", "SAVINGS")),
            Col("dd_transaction_type", "varchar(20)", "none", pick("BLANK", "PERCENTAGE", "FLAT"))], rows=120),
        Table(S, "ohrm_user", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("user_role_id", "int", "none", pick(1, 2, 2, 2)),
            Col("emp_number", "int", "none", lambda c, i: i),
            Col("user_name", "varchar(40)", "none", lambda c, i: _p("user")(c, i)[:40]),
            Col("user_password", "varchar(255)", "credentials", bcrypt_2y),
            Col("deleted", "smallint", "none", const(0)),
            Col("status", "smallint", "none", pick(1, 1, 1, 0)),
            Col("date_entered", "timestamp", "none", ts()),
            Col("created_by", "int", "none", num(1, 5))], rows=120),
        Table(S, "ohrm_emp_license", [
            Col("emp_number", "int NOT NULL", "none", emp),
            Col("license_id", "int", "none", num(1, 6)),
            Col("license_no", "varchar(50)", "none", lambda c, i: f"{c.r.choice(['CDL', 'OSHA', 'CPA', 'FLT'])}-"
                                                                  f"{c.r.randint(100000, 999999)}"),
            Col("license_issued_date", "date", "none", day(2010, 2024)),
            Col("license_expiry_date", "date", "none", day(2025, 2029))], rows=90),
        Table(S, "ohrm_job_candidate", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("first_name", "varchar(30)", "person_name", fk(US, "first_name", 30)),
            Col("middle_name", "varchar(30)", "person_name", maybe(0.2, fk(US, "first_name", 30))),
            Col("last_name", "varchar(30)", "person_name", fk(US, "last_name", 30)),
            Col("email", "varchar(100)", "email", fk(US, "free_email", 100)),
            Col("contact_number", "varchar(30)", "phone", fk(US, "phone_number", 30)),
            Col("status", "int", "none", num(1, 7)),
            Col("comment", "text", "free_text_may_contain_pii", text_with_people(
                US, ("Referred by {name}.", "Prefers a call on {phone} after 5pm.", "Reference: {name}, {phone}",
                     "Second email {email}"), ("Strong forklift experience.", "No CDL yet.", "Relocating."), 0.55)),
            Col("mode_of_application", "int", "none", pick(1, 2)),
            Col("date_of_application", "date", "none", day(2021, 2025)),
            Col("keywords", "varchar(255)", "none", pick("forklift, WMS", "excel, payroll", "CDL-A, hazmat", None)),
            Col("added_person", "int", "none", maybe(0.5, fk_id(EMP)))], rows=110),
    ]
    for t in tables:
        if t.cols[0].name == "emp_number":
            t.extra.append(_fk(t.name, "emp_number", "hs_hr_employee", "emp_number"))
        if t.name == "ohrm_user":
            t.extra.append(_fk(t.name, "emp_number", "hs_hr_employee", "emp_number"))
        if t.name == "hs_hr_emp_basicsalary":
            t.extra.append(_fk(t.name, "emp_number", "hs_hr_employee", "emp_number"))
        if t.name == "hs_hr_emp_directdebit":
            t.extra.append(_fk(t.name, "salary_id", "hs_hr_emp_basicsalary", "id"))
    return tables


def orangehrm_tables() -> list[Table]:
    return _catalogues() + [_employee()] + _children()
