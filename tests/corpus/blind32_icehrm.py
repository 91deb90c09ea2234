"""ah_icehrm: IceHrm, the open-source HR application (icehrm.com; its CamelCase MySQL tables kept as quoted
identifiers), as recalled from its public schema, for an engineering contractor in Kuwait whose workforce is part
Kuwaiti and part expatriate. HR put the WPS salary IBAN and the blood group into custom1/custom2."""
from __future__ import annotations

from .blind32_gens import (C, bcrypt, cached, const, dates, digits, fk, fkey, geo, hexs, iban, ints,
                           make_person, maybe, md5, one, public_ip, seq, span, stamps)
from .blind32_pools import POOLS
from .gens import Table

S = "ah_icehrm"
EMP, CAND = "ih.employee", "ih.candidate"
N_EMP, N_USER, N_CAND = 120, 40, 90
NATS = ["Kuwaiti", "Indian", "Egyptian", "Filipino", "Pakistani", "Bangladeshi", "Sri Lankan", "Jordanian", "Syrian",
        "Lebanese", "Nepalese", "British"]
NAT_ID = {"KW": 1, "IN": 2, "EG": 3, "PH": 4}
SITES = [(29.3759, 47.9774), (29.0769, 48.0838), (29.3375, 47.6581), (29.2870, 47.9590)]
BANKS = ["NBOK", "CBKU", "GULB", "KFHO", "BBYN", "BRGN", "ABKK"]


def emp(c, i: int) -> dict:
    return cached(c, (EMP, i), lambda cx: make_person(cx, "kw", 1962, 2002))


def E(field: str):
    return lambda c, i: emp(c, i)[field]


def given(c, nat: str, sex: str = "") -> str:
    """A given name of a relative of the same nationality."""
    pre = {"KW": "", "IN": "in_", "EG": "eg_", "PH": "ph_"}[nat]
    return c.r.choice(POOLS["kw"][pre + ("m" if (sex or c.r.choice("MF")) == "M" else "f")])


def dep(c, i: int) -> dict:
    return cached(c, ("ih.dependant", i), lambda cx: make_person(cx, "kw", 1958, 2024))


def cand(c, i: int) -> dict:
    return cached(c, (CAND, i), lambda cx: make_person(cx, "kw", 1975, 2003))


def K(field: str):
    return lambda c, i: cand(c, i)[field]


def _passport(c, nat: str) -> str:
    return {"KW": f"{c.r.choice('KP')}{digits(c, 8)}", "IN": f"{c.r.choice('JKLMNPRTUVWZ')}{digits(c, 7)}",
            "EG": f"A{digits(c, 8)}", "PH": f"P{digits(c, 7)}{c.r.choice('ABC')}"}[nat]


def _home_mobile(c, nat: str) -> str:
    return {"KW": f"+965 {c.r.choice('569')}{digits(c, 3)} {digits(c, 4)}",
            "IN": f"+91 {c.r.choice('6789')}{digits(c, 4)} {digits(c, 5)}",
            "EG": f"+20 1{c.r.choice('0125')} {digits(c, 4)} {digits(c, 4)}",
            "PH": f"+63 9{digits(c, 2)} {digits(c, 3)} {digits(c, 4)}"}[nat]


def _iban(c, i):
    return cached(c, ("ih.iban", i), lambda cx: {"v": iban("KW", cx.r.choice(BANKS) + "0000" + digits(cx, 18))})["v"]


def _ethnicity(c, i):
    return {"KW": "Arab", "EG": "Arab", "IN": c.r.choice(["South Asian", "Indian (Malayali)", "South Asian"]),
            "PH": "Southeast Asian (Filipino)"}[emp(c, i)["nat"]]


def _notes(c, i):
    p = emp(c, i)
    return c.r.choice([None, None, "Transferred from the Ahmadi site office.",
                       f"Residency renewal handled by mandoub {emp(c, 1 + i % 8)['full']}; passport in HR safe.",
                       f"Wife works at Adan Hospital; in emergencies call her on {_home_mobile(c, p['nat'])}.",
                       "Warning letter issued 2024-05 for absence without notice.",
                       "Eligible for end-of-service indemnity from 2026."])


def _leave_details(c, i):
    return c.r.choice(["Sick leave - renal colic, Mubarak Al-Kabeer Hospital certificate attached",
                       "Sick leave: COVID-19 positive (PCR)", "Post-operative rest after knee arthroscopy",
                       "Sick leave - gastroenteritis", "Sick leave: migraine with aura",
                       "Annual leave", "Follow-up at Kuwait Cancer Control Center",
                       "Sick leave: lumbar disc herniation, physiotherapy"])


def _doc_details(c, i):
    p = emp(c, (i - 1) % N_EMP + 1)
    return c.r.choice([None, f"Civil ID {p['natid']} renewed, collected by {p['first']}.",
                       f"Passport {_passport(c, p['nat'])} kept by HR until visa transfer.",
                       "Original seen, copy filed.", "Expires soon - reminder sent."])


def _audit_details(c, i):
    p = emp(c, 1 + (i * 5) % N_EMP)
    return c.r.choice([f"Update Employee: {p['full']} (mobile_phone changed)", "Login success",
                       f"Approved leave request #{c.r.randint(100, 999)} of {p['full']}",
                       "Payroll exported", f"Add EmergencyContact for {p['first']} {p['last']}"])


def _cv(c, i):
    p = cand(c, i)
    return (f"{p['full'].upper()}\n{p['a_line']}\nMobile: {p['mobile']} | {p['email']}\n"
            f"Civil Engineer with {c.r.randint(3, 18)} years in GCC infrastructure projects (KOC, MPW).")


def _referees(c, i):
    return c.r.choice([None, f"Eng. {emp(c, i % N_EMP + 1)['full']}, Project Manager, {_home_mobile(c, 'KW')}",
                       "Available on request"])


def icehrm_tables() -> list[Table]:
    leave, shift = span("ih.leave", 2024, (24, 24 * 12)), span("ih.shift", 2025, (7, 10))
    civil = lambda c, i: emp(c, i)["natid"]       # noqa: E731
    return [
        Table(S, "Nationality", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(100)", "none", lambda c, i: NATS[i - 1]),
        ], rows=len(NATS)),
        Table(S, "CompanyStructures", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "text", "none", lambda c, i: ["Al-Dhow Engineering & Contracting Co. W.L.L.", "Head Office",
                                                     "Ahmadi Site Office", "Jahra Road Project", "Finance", "HR",
                                                     "Procurement", "QHSE", "Workshop Sabhan", "Camp Mina Abdullah"]
              [i - 1]),
            C("description", "text", "none", const("")),
            C("address", "text", "none", lambda c, i: ["Sharq, Block 2, Jaber Al-Mubarak St., Tower 3, Floor 11",
                                                       "Sharq, Kuwait City", "Ahmadi, Block 4", "Jahra",
                                                       "", "", "", "", "Sabhan Industrial Area, Plot 112",
                                                       "Mina Abdullah, Labour camp 7"][i - 1]),
            C("type", "varchar(20)", "none", lambda c, i: "Company" if i == 1 else c.r.choice(["Regional Office",
                                                                                              "Department", "Unit"])),
            C("country", "varchar(2)", "none", const("KW")),
            C("parent", "integer", "none", lambda c, i: None if i == 1 else 1),
            C("timezone", "varchar(100)", "none", const("Asia/Kuwait")),
            C("heads", "varchar(255)", "none", lambda c, i: f"[{c.r.randint(1, 12)}]"),
        ], rows=10),
        Table(S, "Employees", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "varchar(50)", "none", lambda c, i: f"ADE-{i + 1000:05d}"),
            C("first_name", "varchar(100)", "person_name", lambda c, i: emp(c, i)["first"].split()[0]),
            C("middle_name", "varchar(100)", "person_name", lambda c, i: " ".join(emp(c, i)["first"].split()[1:])
              or (given(c, emp(c, i)["nat"], "M") if emp(c, i)["nat"] in ("KW", "EG") else "")),
            C("last_name", "varchar(100)", "person_name", E("last")),
            C("nationality", "integer", "none", lambda c, i: NAT_ID[emp(c, i)["nat"]]),
            C("birthday", "date", "birth_date", E("birth")),
            C("gender", "varchar(15)", "none", lambda c, i: "Male" if emp(c, i)["sex"] == "M" else "Female"),
            C("marital_status", "varchar(15)", "none", one("Married", "Married", "Single", "Divorced", "Widowed")),
            C("ssn_num", "varchar(100)", "national_id", lambda c, i: f"{digits(c, 7)}" if emp(c, i)["nat"] == "KW"
              else "", comment="PIFSS registration"),
            C("nic_num", "varchar(100)", "national_id", civil),
            C("other_id", "varchar(100)", "national_id", lambda c, i: _passport(c, emp(c, i)["nat"])),
            C("driving_license", "varchar(100)", "national_id", maybe(civil, 0.6, "")),
            C("driving_license_exp_date", "date", "none", maybe(dates(2025, 2035), 0.6)),
            C("employment_status", "integer", "none", one(1, 1, 2, 3)),
            C("job_title", "integer", "none", ints(1, 14)),
            C("pay_grade", "integer", "none", ints(1, 8)),
            C("work_station_id", "varchar(100)", "none", lambda c, i: f"WS-{c.r.choice(['HO', 'AHM', 'JHR'])}-"
                                                                      f"{c.r.randint(1, 80):02d}"),
            C("address1", "varchar(100)", "postal_address", E("a_line")),
            C("address2", "varchar(100)", "postal_address", maybe(lambda c, i: f"PACI {digits(c, 8)}", 0.6, "")),
            C("city", "varchar(150)", "none", E("a_district")),
            C("country", "char(2)", "none", const("KW")),
            C("province", "integer", "none", ints(1, 6)),
            C("postal_code", "varchar(20)", "postal_address", maybe(E("a_postcode"), 0.5, "")),
            C("home_phone", "varchar(50)", "phone", maybe(E("phone"), 0.4, "")),
            C("mobile_phone", "varchar(50)", "phone", E("mobile")),
            C("work_phone", "varchar(50)", "phone", lambda c, i: f"2245 {digits(c, 4)} ext. {200 + i}"),
            C("work_email", "varchar(100)", "email", lambda c, i: f"{emp(c, i)['user']}@aldhow-eng.com.kw"),
            C("private_email", "varchar(100)", "email", maybe(E("email"), 0.8, "")),
            C("joined_date", "date", "none", dates(2005, 2025)),
            C("confirmation_date", "date", "none", maybe(dates(2006, 2025), 0.8)),
            C("supervisor", "integer", "none", lambda c, i: None if i <= 4 else c.r.randint(1, 12)),
            C("indirect_supervisors", "varchar(250)", "none", maybe(lambda c, i: f"[{c.r.randint(1, 4)}]", 0.3)),
            C("department", "integer", "none", ints(2, 10)),
            C("custom1", "varchar(250)", "iban", _iban),
            C("custom2", "varchar(250)", "health", one("O+", "A+", "B+", "O+", "AB+", "A-", "O-")),
            C("custom3", "varchar(250)", "none", lambda c, i: "Kuwaiti" if emp(c, i)["nat"] == "KW" else
              c.r.choice(["Art. 18", "Art. 18", "Art. 22 (dependant)"])),
            C("custom4", "varchar(250)", "none", lambda c, i: "" if emp(c, i)["nat"] == "KW" else
              f"{c.r.randint(2025, 2027)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"),
            C("termination_date", "date", "none", maybe(dates(2023, 2025), 0.08)),
            C("notes", "text", "free_text_may_contain_pii", _notes),
            C("status", "varchar(15)", "none", one("Active", "Active", "Active", "Terminated")),
            C("ethnicity", "text", "ethnic_origin", _ethnicity),
            C("immigration_status", "text", "none", lambda c, i: "Citizen" if emp(c, i)["nat"] == "KW" else
              "Residence permit"),
            C("approver1", "integer", "none", maybe(ints(1, 12), 0.6)),
            C("approver2", "integer", "none", maybe(ints(1, 4), 0.2)),
            C("approver3", "integer", "none", const(None)),
        ], rows=N_EMP, extra=[fkey(S, "Employees", "nationality", "Nationality", "id"),
                              fkey(S, "Employees", "department", "CompanyStructures", "id")]),
        Table(S, "Users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(100)", "none", lambda c, i: emp(c, 3 * i - 2)["user"]),
            C("email", "varchar(100)", "email", lambda c, i: f"{emp(c, 3 * i - 2)['user']}@aldhow-eng.com.kw"),
            C("password", "varchar(100)", "credentials", lambda c, i: bcrypt(c) if i % 4 else md5(c)),
            C("employee", "integer", "none", lambda c, i: 3 * i - 2),
            C("default_module", "integer", "none", maybe(ints(1, 20), 0.3)),
            C("user_level", "varchar(20)", "none", lambda c, i: "Admin" if i <= 2 else c.r.choice(["Employee",
                                                                                                  "Manager"])),
            C("user_roles", "text", "none", maybe(one("[1]", "[2]", "[1,3]"), 0.4)),
            C("last_login", "timestamp", "none", stamps(2025, 2025)),
            C("last_update", "timestamp", "none", stamps(2024, 2025)),
            C("created", "timestamp", "none", stamps(2018, 2023)),
            C("login_hash", "varchar(64)", "secret_token", maybe(lambda c, i: hexs(c, 64), 0.5)),
            C("lang", "integer", "none", one(1, 1, 2)),
        ], rows=N_USER, extra=[fkey(S, "Users", "employee", "Employees", "id")]),
        Table(S, "EmergencyContacts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee", "integer", "none", fk(N_EMP, 1)),
            C("name", "varchar(100)", "person_name", lambda c, i: f"{given(c, emp(c, i % N_EMP + 1)['nat'])} "
                                                                  f"{emp(c, i % N_EMP + 1)['last']}"),
            C("relationship", "varchar(100)", "none", one("Wife", "Husband", "Brother", "Mother", "Cousin", "Friend")),
            C("home_phone", "varchar(15)", "phone", maybe(lambda c, i: _home_mobile(c, emp(c, fk(N_EMP, 1)(c, i))
                                                                                    ["nat"]).replace(" ", ""), 0.5, "")),
            C("work_phone", "varchar(15)", "phone", maybe(lambda c, i: f"2{digits(c, 3)} {digits(c, 4)}", 0.2, "")),
            C("mobile_phone", "varchar(15)", "phone", lambda c, i: _home_mobile(c, emp(c, fk(N_EMP, 1)(c, i))["nat"])
              .replace(" ", "")),
        ], rows=N_EMP, extra=[fkey(S, "EmergencyContacts", "employee", "Employees", "id")]),
        Table(S, "EmployeeDependents", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee", "integer", "none", fk(N_EMP, 3)),
            C("name", "varchar(100)", "person_name", lambda c, i: f"{given(c, emp(c, fk(N_EMP, 3)(c, i))['nat'])} "
                                                                  f"{emp(c, fk(N_EMP, 3)(c, i))['last']}"),
            C("relationship", "varchar(15)", "none", one("Child", "Child", "Spouse", "Parent")),
            C("dob", "date", "birth_date", lambda c, i: dep(c, i)["birth"]),
            C("id_number", "varchar(25)", "national_id", lambda c, i: dep(c, i)["natid"]),
        ], rows=100, extra=[fkey(S, "EmployeeDependents", "employee", "Employees", "id")]),
        Table(S, "EmployeeDocuments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee", "integer", "none", lambda c, i: (i - 1) % N_EMP + 1),
            C("document", "integer", "none", one(1, 2, 3, 4, 5)),
            C("date_added", "date", "none", dates(2019, 2025)),
            C("valid_until", "date", "none", dates(2025, 2030)),
            C("status", "varchar(15)", "none", one("Active", "Active", "Inactive", "Draft")),
            C("details", "text", "free_text_may_contain_pii", _doc_details),
            C("attachment", "varchar(100)", "none", lambda c, i: f"attachment_{hexs(c, 6)}{i}.pdf"),
            C("signature", "text", "none", const(None)),
            C("expire_notification_last", "integer", "none", maybe(ints(1, 30), 0.3)),
        ], rows=150, extra=[fkey(S, "EmployeeDocuments", "employee", "Employees", "id")]),
        Table(S, "EmployeeLeaves", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee", "integer", "none", fk(N_EMP, 11)),
            C("leave_type", "integer", "none", one(1, 2, 2, 3, 4)),
            C("leave_period", "integer", "none", one(6, 7)),
            C("date_start", "date", "none", lambda c, i: leave(c, i)[0].date()),
            C("date_end", "date", "none", lambda c, i: leave(c, i)[1].date()),
            C("details", "text", "health", _leave_details),
            C("attachment", "varchar(100)", "none", maybe(lambda c, i: f"sick_note_{hexs(c, 8)}.pdf", 0.5)),
            C("status", "varchar(15)", "none", one("Approved", "Approved", "Pending", "Rejected", "Cancelled")),
        ], rows=120, extra=[fkey(S, "EmployeeLeaves", "employee", "Employees", "id")]),
        Table(S, "Attendance", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee", "integer", "none", fk(N_EMP, 13)),
            C("in_time", "timestamp", "none", lambda c, i: shift(c, i)[0]),
            C("out_time", "timestamp", "none", lambda c, i: shift(c, i)[1] if i % 12 else None),
            C("note", "varchar(500)", "none", maybe(one("Site visit KOC gate 4", "Traffic on 6th Ring Road"), 0.15)),
            C("image_in", "varchar(64)", "none", maybe(lambda c, i: f"attendance_in_{hexs(c, 12)}.png", 0.5)),
            C("image_out", "varchar(64)", "none", maybe(lambda c, i: f"attendance_out_{hexs(c, 12)}.png", 0.4)),
            C("map_lat", "numeric(10,8)", "geo_location", lambda c, i: geo(*SITES[i % 4], 0.02)(c)[0]),
            C("map_lng", "numeric(10,8)", "geo_location", lambda c, i: geo(*SITES[i % 4], 0.02)(c)[1]),
            C("map_zoom", "integer", "none", const(17)),
            C("map_out_lat", "numeric(10,8)", "geo_location", maybe(lambda c, i: geo(*SITES[i % 4], 0.02)(c)[0], 0.8)),
            C("map_out_lng", "numeric(10,8)", "geo_location", maybe(lambda c, i: geo(*SITES[i % 4], 0.02)(c)[1], 0.8)),
            C("in_ip", "varchar(25)", "ip_address", lambda c, i: public_ip(c, (37, 62, 94, 188, 195))),
            C("out_ip", "varchar(25)", "ip_address", maybe(lambda c, i: public_ip(c, (37, 62, 94, 188, 195)), 0.8)),
        ], rows=150, extra=[fkey(S, "Attendance", "employee", "Employees", "id")]),
        Table(S, "AuditLog", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("time", "timestamp", "none", stamps(2025, 2025)),
            C("user", "integer", "none", fk(N_USER, 3)),
            C("ip", "varchar(100)", "ip_address", lambda c, i: public_ip(c, (37, 62, 94, 188, 195))),
            C("type", "varchar(100)", "none", one("Add", "Edit", "Delete", "Login", "Approve")),
            C("employee", "integer", "none", maybe(ints(1, N_EMP), 0.7)),
            C("details", "text", "free_text_may_contain_pii", _audit_details),
        ], rows=150, extra=[fkey(S, "AuditLog", "user", "Users", "id")]),
        Table(S, "Candidates", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar(100)", "person_name", K("first")),
            C("last_name", "varchar(100)", "person_name", K("last")),
            C("nationality", "integer", "none", lambda c, i: NAT_ID[cand(c, i)["nat"]]),
            C("birthday", "date", "birth_date", K("birth")),
            C("gender", "varchar(15)", "none", lambda c, i: "Male" if cand(c, i)["sex"] == "M" else "Female"),
            C("marital_status", "varchar(15)", "none", one("Married", "Single")),
            C("address1", "varchar(100)", "postal_address", K("a_line")),
            C("city", "varchar(150)", "none", K("a_district")),
            C("country", "char(2)", "none", const("KW")),
            C("email", "varchar(200)", "email", K("email")),
            C("home_phone", "varchar(50)", "phone", maybe(K("phone"), 0.3, "")),
            C("mobile_phone", "varchar(50)", "phone", K("mobile")),
            C("cv_title", "varchar(200)", "none", one("Site Engineer", "QS", "HSE Officer", "Foreman", "Accountant")),
            C("cv", "varchar(150)", "none", lambda c, i: f"cv_{hexs(c, 10)}.pdf"),
            C("cvtext", "text", "free_text_may_contain_pii", _cv),
            C("industry", "text", "none", const("Construction")),
            C("totalYearsOfExperience", "integer", "none", ints(1, 25)),
            C("expectedSalary", "integer", "none", ints(350, 2200)),
            C("referees", "text", "free_text_may_contain_pii", _referees),
            C("notes", "text", "none", maybe(one("Shortlisted", "Transferable visa", "No NOC"), 0.5)),
            C("age", "integer", "none", lambda c, i: 2025 - cand(c, i)["birth"].year),
            C("hash", "varchar(100)", "secret_token", lambda c, i: hexs(c, 40)),
            C("created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_CAND, extra=[fkey(S, "Candidates", "nationality", "Nationality", "id")]),
    ]
