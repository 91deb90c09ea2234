"""f_biotime: ZKTeco BioTime 8 (Django, PostgreSQL) at a Bangladeshi knit-composite garment factory in Gazipur."""
from __future__ import annotations

import random
from datetime import timedelta

from .blind23_gens import (b64, col, day, digits, dob, django_pbkdf2, field, fk, hexs, ident, per_row, pick,
                           public_ip, ref, when)
from .gens import Table

S = "f_biotime"
N_DEP, N_POS, N_AREA, N_TERM, N_EMP, N_ADMIN = 12, 20, 6, 14, 140, 80

MUSLIM_M = ["Md. Rahim", "Md. Abdul", "Shahidul", "Mizanur", "Rafiqul", "Jahangir", "Sohel", "Kamrul", "Nurul",
            "Anwar", "Md. Shafiqul", "Md. Alamgir"]
MUSLIM_F = ["Nasrin", "Shirin", "Rokeya", "Moriom", "Shathi", "Fatema", "Laboni", "Taslima", "Rupa", "Jesmin",
            "Sumaiya", "Mst. Hasina"]
MUSLIM_S = ["Uddin", "Karim", "Islam", "Rahman", "Alam", "Rana", "Hasan", "Amin", "Hossain", "Miah", "Sarker",
            "Sheikh"]
FEMALE_S = ["Akter", "Begum", "Khatun", "Akter", "Parvin", "Sultana"]
HINDU_M, HINDU_F = ["Shyamal Chandra", "Gopal", "Dipak Kumar", "Sujon"], ["Dipika Rani", "Anjali Rani", "Rina",
                                                                           "Mitu Rani"]
HINDU_S = ["Das", "Saha", "Roy", "Sarker", "Ghosh", "Pal"]
DISTRICTS = [("Mymensingh", 2200), ("Jamalpur", 2000), ("Rangpur", 5400), ("Kurigram", 5600),
             ("Netrokona", 2400), ("Sirajganj", 6700), ("Gaibandha", 5700), ("Barishal", 8200),
             ("Tangail", 1900), ("Sherpur", 2100)]
VILL = ["Char Kalibari", "Boro Bari", "Uttar Para", "Purbo Dhalla", "Mohishashi", "Kazir Shimla", "Noyapara",
        "Bhatpara", "Shimulia", "Kanchanpur"]
LOCAL = ["Chandona Chowrasta", "Board Bazar", "Tongi Cherag Ali", "Konabari", "Kashimpur", "Gazipura"]


def _person(r: random.Random, i: int) -> dict:
    male = r.random() < 0.45
    rel = r.choices(["Islam", "Hinduism", "Buddhism", "Christianity"], [86, 11, 2, 1])[0]
    if rel == "Hinduism":
        first, last = r.choice(HINDU_M if male else HINDU_F), r.choice(HINDU_S)
    elif rel == "Buddhism":
        first, last = r.choice(["Sumon", "Rupom", "Jhuma", "Priyanka"]), "Barua"
    elif rel == "Christianity":
        first, last = r.choice(["Liton", "Shila", "Robin", "Mary"]), r.choice(["D'Costa", "Gomes", "Rozario"])
    else:
        first, last = r.choice(MUSLIM_M if male else MUSLIM_F), r.choice(MUSLIM_S if male else FEMALE_S)
    dist, pc = r.choice(DISTRICTS)
    home = (f"Vill: {r.choice(VILL)}, PO: {r.choice(VILL)}, PS: Sadar, Dist: {dist}" if r.random() < 0.6 else
            f"House {r.randint(1, 300)}, {r.choice(LOCAL)}, Gazipur Sadar")
    born = dob(r, 1975, 2006)
    nid = (digits(r, 10) if r.random() < 0.6 else f"{born.year}{r.randint(10, 99)}{digits(r, 11)}")
    return {"first": first, "last": last, "male": male, "rel": rel, "home": home,
            "pc": str(pc + r.randint(0, 40)) if "Vill" in home else "1702", "born": born, "nid": nid,
            "mobile": f"01{r.choice('3456789')}{digits(r, 8)}", "nick": first.replace("Md. ", "").split()[0]}


E = per_row("bt.employee", _person)
A = per_row("bt.admin", _person)


def _mtime(c, i):
    return when(c.r, 2023, 2025)


def biotime_tables() -> list[Table]:
    deps = ["Knitting", "Dyeing", "Finishing", "Cutting", "Sewing Line A", "Sewing Line B", "Quality", "Store",
            "HR & Admin", "Security", "Maintenance", "Compliance"]
    dept = Table(S, "personnel_department", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("dept_code", "varchar(50)", "none", lambda c, i: f"D{i:02d}"),
        col("dept_name", "varchar(100)", "none", lambda c, i: deps[i - 1]),
        col("is_default", "boolean", "none", lambda c, i: i == 1),
        col("parent_dept_id", "integer", "none", lambda c, i: None if i < 3 else c.r.randint(1, 2)),
        col("dept_manager_id", "integer", "none", lambda c, i: None),
    ], rows=N_DEP)
    poss = ["Operator", "Sr. Operator", "Helper", "Line Chief", "Supervisor", "Quality Inspector", "Iron Man",
            "Cutter Man", "Security Guard", "Electrician", "Store Keeper", "HR Executive", "Compliance Officer",
            "Production Manager", "Fitter", "Dyeing Master", "Knitting Operator", "Folding Man", "Sample Man", "Driver"]
    pos = Table(S, "personnel_position", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("position_code", "varchar(50)", "none", lambda c, i: f"P{i:02d}"),
        col("position_name", "varchar(100)", "none", lambda c, i: poss[i - 1]),
        col("is_default", "boolean", "none", lambda c, i: i == 1),
        col("parent_position_id", "integer", "none", lambda c, i: None),
    ], rows=N_POS)
    areas = ["Main Gate", "Unit-1 Knitting", "Unit-2 Sewing", "Dyeing Floor", "Head Office Uttara", "Mobile"]
    area = Table(S, "personnel_area", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("area_code", "varchar(30)", "none", lambda c, i: f"A{i}"),
        col("area_name", "varchar(30)", "none", lambda c, i: areas[i - 1]),
        col("is_default", "boolean", "none", lambda c, i: i == 1),
        col("parent_area_id", "integer", "none", lambda c, i: None),
    ], rows=N_AREA)
    emp = Table(S, "personnel_employee", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("create_time", "timestamptz", "none", _mtime),
        col("create_user", "varchar(150)", "none", pick("admin", "hr.mahmud", "hr.shirin")),
        col("change_time", "timestamptz", "none", _mtime),
        col("change_user", "varchar(150)", "none", pick("admin", "hr.mahmud")),
        col("status", "smallint", "none", pick(0)),
        col("emp_code", "varchar(20)", "none", lambda c, i: f"{20000 + i * 7}"),
        col("first_name", "varchar(100)", "person_name", field(E, "first")),
        col("last_name", "varchar(100)", "person_name", field(E, "last")),
        col("nickname", "varchar(100)", "person_name", field(E, "nick")),
        col("passport", "varchar(30)", "national_id", lambda c, i: None if c.r.random() < 0.8
            else f"{c.r.choice(['A', 'B', 'E'])}{digits(c.r, 8)}"),
        col("driver_license_automobile", "varchar(30)", "national_id", lambda c, i: None if c.r.random() < 0.9
            else f"DK{digits(c.r, 7)}C{digits(c.r, 5)}"),
        col("photo", "varchar(200)", "none", lambda c, i: f"photo/{20000 + i * 7}.jpg"),
        col("self_password", "varchar(128)", "credentials", lambda c, i: django_pbkdf2(c.r, 150000)),
        col("device_password", "varchar(20)", "credentials", lambda c, i: None if c.r.random() < 0.7
            else digits(c.r, c.r.choice([4, 6]))),
        col("dev_privilege", "integer", "none", pick(0, 0, 0, 14)),
        col("card_no", "varchar(20)", "none", lambda c, i: digits(c.r, 10)),
        col("acc_group", "varchar(5)", "none", pick("1")),
        col("gender", "varchar(1)", "none", lambda c, i: "M" if E(c, i)["male"] else "F"),
        col("birthday", "date", "birth_date", field(E, "born")),
        col("address", "varchar(200)", "postal_address", field(E, "home")),
        col("postcode", "varchar(10)", "postal_address", field(E, "pc")),
        col("office_tel", "varchar(20)", "none", lambda c, i: None if c.r.random() < 0.8 else "09612-345678",
            comment="factory PABX"),
        col("contact_tel", "varchar(20)", "phone", lambda c, i: f"01{c.r.choice('789')}{digits(c.r, 8)}"),
        col("mobile", "varchar(20)", "phone", field(E, "mobile")),
        col("national", "varchar(50)", "none", pick("Bangladeshi", "Bangladeshi", "Bangladeshi", "Sri Lankan")),
        col("religion", "varchar(20)", "religious_belief", field(E, "rel")),
        col("title", "varchar(20)", "none", pick("", "Mr.", "Mrs.", "Ms.")),
        col("enroll_sn", "varchar(20)", "none", lambda c, i: f"CGXH{digits(c.r, 9)}"),
        col("ssn", "varchar(20)", "national_id", field(E, "nid"), comment="NID number"),
        col("email", "varchar(50)", "email", lambda c, i: None if c.r.random() < 0.75 else
            f"{E(c, i)['nick'].lower()}{c.r.randint(10, 99)}@gmail.com"),
        col("hire_date", "date", "none", lambda c, i: day(c.r, 2015, 2025)),
        col("verify_mode", "integer", "none", pick(-1, 0, 1, 15)),
        col("city", "varchar(20)", "none", pick("Gazipur", "Gazipur", "Dhaka")),
        col("emp_type", "integer", "none", pick(1, 1, 2)),
        col("enable_payroll", "boolean", "none", pick(True)),
        col("app_status", "smallint", "none", pick(0, 1)),
        col("is_active", "boolean", "none", pick(True, True, True, False)),
        col("session_key", "varchar(32)", "secret_token", lambda c, i: None if c.r.random() < 0.6 else hexs(c.r, 32)),
        col("login_ip", "varchar(32)", "ip_address", lambda c, i: None if c.r.random() < 0.6 else
            public_ip(c.r, (103, 114, 37, 45))),
        col("last_login", "timestamptz", "none", _mtime),
        col("department_id", "integer", "none", ref(N_DEP)),
        col("position_id", "integer", "none", ref(N_POS)),
    ], rows=N_EMP, extra=[fk(S, "personnel_employee", "department_id", "personnel_department"),
                          fk(S, "personnel_employee", "position_id", "personnel_position")])
    emp_area = Table(S, "personnel_employee_area", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("employee_id", "integer", "none", lambda c, i: (i - 1) % N_EMP + 1),
        col("area_id", "integer", "none", ref(N_AREA)),
    ], rows=150, extra=[fk(S, "personnel_employee_area", "employee_id", "personnel_employee"),
                        fk(S, "personnel_employee_area", "area_id", "personnel_area")])
    term = Table(S, "iclock_terminal", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("sn", "varchar(50)", "none", lambda c, i: f"CGXH{2210000 + i * 37}"),
        col("alias", "varchar(50)", "none", lambda c, i: f"{areas[(i - 1) % 5]} T{i}"),
        col("ip_address", "varchar(45)", "none", lambda c, i: f"192.168.{10 + i % 3}.{100 + i}",
            comment="device address on the factory LAN"),
        col("real_ip", "varchar(45)", "none", lambda c, i: "103.112.54.18"),
        col("state", "integer", "none", pick(1, 1, 0)),
        col("terminal_tz", "smallint", "none", pick(6)),
        col("heartbeat", "integer", "none", pick(10)),
        col("transfer_mode", "smallint", "none", pick(1)),
        col("fw_ver", "varchar(50)", "none", pick("Ver 8.0.4.2-20210723", "ZAM180-NF-Ver6.60")),
        col("push_ver", "varchar(50)", "none", pick("2.4.1")),
        col("fp_count", "integer", "none", lambda c, i: c.r.randint(200, 3000)),
        col("face_count", "integer", "none", lambda c, i: c.r.randint(0, 1500)),
        col("user_count", "integer", "none", lambda c, i: c.r.randint(300, 3000)),
        col("transaction_count", "integer", "none", lambda c, i: c.r.randint(1000, 90000)),
        col("last_activity", "timestamptz", "none", _mtime),
        col("area_id", "integer", "none", lambda c, i: (i - 1) % 5 + 1),
        col("is_attendance", "boolean", "none", pick(True)),
        col("comm_key", "varchar(20)", "secret_token", lambda c, i: digits(c.r, 6),
            comment="device communication password"),
    ], rows=N_TERM, extra=[fk(S, "iclock_terminal", "area_id", "personnel_area")])

    def _punch(c, i):
        return E(c, c.r.randint(1, N_EMP))
    tr = Table(S, "iclock_transaction", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("emp_code", "varchar(20)", "none", lambda c, i: f"{20000 + ((i * 13) % N_EMP + 1) * 7}"),
        col("punch_time", "timestamptz", "none", _mtime),
        col("punch_state", "varchar(5)", "none", pick("0", "1", "4", "5")),
        col("verify_type", "integer", "none", pick(1, 1, 15, 4)),
        col("work_code", "varchar(20)", "none", pick("0", "")),
        col("terminal_sn", "varchar(50)", "none", lambda c, i: f"CGXH{2210000 + ((i % N_TERM) + 1) * 37}"),
        col("terminal_alias", "varchar(50)", "none", lambda c, i: f"{areas[(i % N_TERM) % 5]} T{i % N_TERM + 1}"),
        col("area_alias", "varchar(120)", "none", lambda c, i: areas[(i % N_TERM) % 5]),
        col("longitude", "double precision", "geo_location", lambda c, i: None if i % 6 else
            round(c.r.uniform(90.33, 90.45), 6)),
        col("latitude", "double precision", "geo_location", lambda c, i: None if i % 6 else
            round(c.r.uniform(23.89, 24.02), 6)),
        col("gps_location", "text", "postal_address", lambda c, i: None if i % 6 else _punch(c, i)["home"],
            comment="reverse-geocoded address of a BioTime app punch"),
        col("mobile", "varchar(50)", "none", lambda c, i: None if i % 6 else c.r.choice(["SM-A145F", "Redmi 12C"])),
        col("source", "smallint", "none", lambda c, i: 1 if i % 6 else 3),
        col("purpose", "smallint", "none", pick(9)),
        col("crc", "varchar(100)", "none", lambda c, i: hexs(c.r, 32)),
        col("is_attendance", "smallint", "none", pick(1)),
        col("upload_time", "timestamptz", "none", _mtime),
        col("emp_id", "integer", "none", lambda c, i: (i * 13) % N_EMP + 1),
        col("terminal_id", "integer", "none", lambda c, i: (i % N_TERM) + 1),
        col("is_mask", "integer", "none", pick(0, 1, 255)),
        col("temperature", "numeric(4,1)", "health", lambda c, i: c.r.choice([0, round(c.r.gauss(36.6, 0.4), 1)]),
            comment="forehead temperature taken by the face terminal"),
    ], rows=150, extra=[fk(S, "iclock_transaction", "emp_id", "personnel_employee"),
                        fk(S, "iclock_transaction", "terminal_id", "iclock_terminal")])
    bio = Table(S, "iclock_biodata", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("employee_id", "integer", "none", lambda c, i: (i - 1) % N_EMP + 1),
        col("bio_tmp", "text", "biometric", lambda c, i: "TVNTUzIxAAAE" + b64(c.r, c.r.randint(380, 520))),
        col("bio_no", "integer", "none", pick(0)),
        col("bio_index", "integer", "none", pick(0, 1, 5, 6)),
        col("bio_type", "integer", "none", pick(1, 1, 9)),
        col("major_ver", "varchar(30)", "none", pick("10", "12")),
        col("minor_ver", "varchar(30)", "none", pick("0")),
        col("bio_format", "integer", "none", pick(0)),
        col("valid", "integer", "none", pick(1)),
        col("duress", "integer", "none", pick(0, 0, 0, 1)),
        col("update_time", "timestamptz", "none", _mtime),
        col("sn", "varchar(50)", "none", lambda c, i: f"CGXH{2210000 + c.r.randint(1, N_TERM) * 37}"),
    ], rows=150, extra=[fk(S, "iclock_biodata", "employee_id", "personnel_employee")])
    leave = Table(S, "att_leave", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("employee_id", "integer", "none", ref(N_EMP)),
        col("category", "varchar(30)", "none", pick("Casual Leave", "Sick Leave", "Earned Leave", "Maternity Leave",
                                                    "Festival Leave")),
        col("start_time", "timestamptz", "none", _mtime),
        col("end_time", "timestamptz", "none", lambda c, i: _mtime(c, i) + timedelta(days=c.r.randint(1, 5))),
        col("apply_reason", "varchar(200)", "health", pick("Jor o pet kharap, doctor 3 din bishram bolechen",
                                                           "Typhoid fever", "Dengue positive, admitted Tongi hospital",
                                                           "Pregnancy 8 month, maternity", "Chikungunya",
                                                           "Jaundice (hepatitis E)", "Eid ul-Adha holiday")),
        col("apply_time", "timestamptz", "none", _mtime),
        col("audit_status", "smallint", "none", pick(1, 2, 2, 3)),
        col("approver", "varchar(30)", "none", pick("hr.mahmud", "hr.shirin", "pm.unit2")),
        col("attachment", "varchar(200)", "none", lambda c, i: None if c.r.random() < 0.5
            else f"leave/{day(c.r, 2024, 2025):%Y%m}/{hexs(c.r, 12)}.jpg"),
    ], rows=100, extra=[fk(S, "att_leave", "employee_id", "personnel_employee")])
    admin = Table(S, "auth_user", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("password", "varchar(128)", "credentials", lambda c, i: django_pbkdf2(c.r, 150000)),
        col("last_login", "timestamptz", "none", _mtime),
        col("is_superuser", "boolean", "none", lambda c, i: i == 1),
        col("username", "varchar(150)", "none", lambda c, i: "admin" if i == 1 else
            f"{c.r.choice(['hr', 'pm', 'sup', 'ie'])}.{A(c, i)['nick'].lower().replace('.', '')}{i}"),
        col("first_name", "varchar(150)", "person_name", field(A, "first")),
        col("last_name", "varchar(150)", "person_name", field(A, "last")),
        col("email", "varchar(254)", "email", lambda c, i: f"{A(c, i)['nick'].lower().replace('.', '')}.{i}"
            "@meghnaknit.com.bd"),
        col("is_staff", "boolean", "none", pick(True)),
        col("is_active", "boolean", "none", pick(True, True, False)),
        col("date_joined", "timestamptz", "none", _mtime),
    ], rows=N_ADMIN)
    return [dept, pos, area, emp, emp_area, term, tr, bio, leave, admin]
