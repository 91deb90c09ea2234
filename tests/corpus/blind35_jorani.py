"""ak_jorani: Jorani 1.0 (open-source leave and overtime management) as recalled from memory, for a Brunei
government-linked utility in Bandar Seri Begawan, with one site extension table (staff_details) added by the local
integrator for the payroll interface. Sick-leave causes name the illness."""
from __future__ import annotations

import json

from .blind26_gens import (C, alnum, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one,
                           seq, stamps)
from .blind35_gens import any_mobile, any_name, person
from .gens import Table

S = "ak_jorani"
EMP = "jo.user"
N_USER, N_ORG, N_POS, N_CON, N_TYPE = 140, 14, 18, 6, 9
ORGS = ["Board", "Corporate Services", "Human Resources", "Finance", "ICT", "Generation", "Distribution Brunei-Muara",
        "Distribution Belait", "Distribution Tutong", "Customer Service", "Metering", "HSE", "Procurement", "Legal"]
TYPES = ["Paid leave (Cuti Rehat)", "Sick leave (Cuti Sakit)", "Hospitalisation leave", "Maternity leave",
         "Paternity leave", "Compassionate leave", "Hajj leave", "Unpaid leave", "Study leave"]


def _cause(c, i):
    return c.r.choice([None, None, "Cuti rehat keluarga", "Balik kampung Limbang", "Umrah",
                       "Demam denggi, MC RIPAS Hospital 3 hari", "Gastroenteritis, MC Klinik Kesihatan Gadong",
                       "Post-op rest after appendectomy", "Chemotherapy cycle 4 at The Brunei Cancer Centre",
                       "Asthma exacerbation", "Antenatal check-up, 32 weeks", "Migraine", "Physiotherapy for slipped disc",
                       "Anxiety - referred to psychiatric clinic"])


def _comments(c, i):
    if c.r.random() < 0.5:
        return None
    who = person("bn", EMP, "full")(c, c.r.randint(1, N_USER))
    return json.dumps({"comments": [{"type": "comment", "author": c.r.randint(1, N_USER), "date": f"2025-0{c.r.randint(1, 9)}-1{c.r.randint(0, 9)}",
                                     "value": c.r.choice([f"Please hand over to {who} before you go.",
                                                          "MC attached.", "Approved.",
                                                          f"Reachable at {any_mobile('bn')(c, i)} if urgent",
                                                          "Please resubmit with correct dates."])}]})


def _props(c, i):
    return json.dumps({"shift": c.r.choice(["day", "A", "B", "C"]), "grade": f"U{c.r.randint(3, 12)}"})


def jorani_tables() -> list[Table]:
    u = lambda f: person("bn", EMP, f, 1962, 2002)           # noqa: E731
    return [
        Table(S, "organization", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i - 1),
            C("name", "varchar(512)", "none", lambda c, i: ORGS[i - 1]),
            C("parent_id", "integer", "none", lambda c, i: -1 if i == 1 else (0 if i < 6 else 5 if i < 10 else 1)),
            C("supervisor", "integer", "none", ints(1, N_USER)),
        ], rows=N_ORG),
        Table(S, "positions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", lambda c, i: ["Chief Executive", "Engineer", "Senior Engineer",
                                                            "Technician", "Line Worker", "Meter Reader", "Clerk",
                                                            "Accountant", "HR Officer", "Driver", "Storekeeper",
                                                            "ICT Officer", "Legal Counsel", "Safety Officer",
                                                            "Customer Officer", "Supervisor", "Manager",
                                                            "Apprentice"][i - 1]),
            C("description", "text", "none", const("")),
        ], rows=N_POS),
        Table(S, "contracts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", lambda c, i: ["Permanent 5-day", "Permanent shift", "Contract 2y",
                                                            "Daily rated", "Probation", "Apprentice"][i - 1]),
            C("startentdate", "char(5)", "none", const("01/01")),
            C("endentdate", "char(5)", "none", const("12/31")),
            C("weekly_duration", "integer", "none", one(2400, 2640)),
            C("daily_duration", "integer", "none", one(480, 510)),
            C("default_leave_type", "integer", "none", const(1)),
        ], rows=N_CON),
        Table(S, "types", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", lambda c, i: TYPES[i - 1]),
            C("acronym", "varchar(10)", "none", lambda c, i: ["CR", "CS", "HOS", "MAT", "PAT", "CC", "HAJ", "UPL",
                                                              "STU"][i - 1]),
            C("deduct_days_off", "boolean", "none", flag(0.3)),
        ], rows=N_TYPE),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("firstname", "varchar(255)", "person_name", u("first")),
            C("lastname", "varchar(255)", "person_name", u("last")),
            C("login", "varchar(255)", "none", u("user")),
            C("email", "varchar(255)", "email", lambda c, i: u("user")(c, i) + "@bpl.com.bn"),
            C("password", "varchar(512)", "credentials", lambda c, i: bcrypt(c, "08", "2a")),
            C("role", "integer", "none", one(2, 2, 2, 8, 1)),
            C("manager", "integer", "none", lambda c, i: 1 if i <= 14 else c.r.randint(1, 14)),
            C("country", "integer", "none", const(None)),
            C("organization", "integer", "none", lambda c, i: (i % N_ORG)),
            C("contract", "integer", "none", fk(N_CON, 1)),
            C("position", "integer", "none", fk(N_POS, 5)),
            C("datehired", "date", "none", dates(1995, 2024)),
            C("identifier", "varchar(64)", "none", lambda c, i: f"BPL{i + 1000:05d}"),
            C("language", "varchar(5)", "none", one("en", "en", "ms")),
            C("ldap_path", "varchar(1024)", "person_name", lambda c, i: f"CN={u('full')(c, i)},OU=Staff,DC=bpl,DC=local"),
            C("active", "boolean", "none", flag(0.93)),
            C("timezone", "varchar(255)", "none", const("Asia/Brunei")),
            C("calendar", "varchar(255)", "none", const(None)),
            C("random_hash", "varchar(24)", "secret_token", lambda c, i: alnum(c, 24, "abcdefghijklmnopqrstuvwxyz0123456789")),
            C("user_properties", "text", "none", _props),
            C("picture", "bytea", "none", maybe(lambda c, i: bytes.fromhex("ffd8ffe0") + bytes.fromhex(hexs(c, 40)), 0.3)),
        ], rows=N_USER, extra=[fkey(S, "users", "organization", "organization", "id"),
                                fkey(S, "users", "contract", "contracts", "id"),
                                fkey(S, "users", "position", "positions", "id")]),
        Table(S, "staff_details", [
            C("employee", "integer PRIMARY KEY", "none", seq()),
            C("ic_number", "varchar(12)", "national_id", u("natid")),
            C("ic_colour", "varchar(10)", "none", one("Yellow", "Yellow", "Yellow", "Purple", "Green")),
            C("date_of_birth", "date", "birth_date", u("birth")),
            C("religion", "varchar(20)", "religious_belief", one("Islam", "Islam", "Islam", "Islam", "Christian",
                                                                 "Buddhist", "Free thinker")),
            C("race", "varchar(20)", "ethnic_origin", one("Melayu", "Melayu", "Melayu", "Cina", "Iban", "Dusun",
                                                          "Kedayan", "Murut")),
            C("blood_group", "varchar(3)", "health", one("O+", "A+", "B+", "AB+", "O-")),
            C("mobile_no", "varchar(16)", "phone", u("mobile")),
            C("home_address", "varchar(255)", "postal_address", u("a_full")),
            C("tap_no", "varchar(12)", "national_id", lambda c, i: f"T{digits(c, 8)}",
              comment="Tabung Amanah Pekerja member number"),
            C("bibd_account", "varchar(16)", "bank_account", lambda c, i: f"0{digits(c, 2)}-{digits(c, 2)}-{digits(c, 8)}"),
            C("next_of_kin", "varchar(120)", "person_name", any_name("bn")),
            C("next_of_kin_phone", "varchar(16)", "phone", any_mobile("bn")),
            C("updated_on", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_USER, comment="site extension for the payroll interface",
            extra=[fkey(S, "staff_details", "employee", "users", "id")]),
        Table(S, "leaves", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("startdate", "date", "none", dates(2024, 2025)),
            C("enddate", "date", "none", dates(2024, 2025)),
            C("status", "integer", "none", one(1, 2, 3, 3, 3, 4)),
            C("employee", "integer", "none", fk(N_USER, 7)),
            C("cause", "text", "health", _cause),
            C("startdatetype", "varchar(12)", "none", one("Morning", "Afternoon")),
            C("enddatetype", "varchar(12)", "none", one("Morning", "Afternoon")),
            C("duration", "numeric(5,3)", "none", one(0.5, 1, 2, 3, 5, 14)),
            C("type", "integer", "none", one(1, 2, 2, 3, 6, 7)),
            C("comments", "text", "free_text_may_contain_pii", _comments),
            C("document", "bytea", "none", maybe(lambda c, i: b"%PDF-1.4\n" + bytes.fromhex(hexs(c, 30)), 0.2)),
        ], rows=150, extra=[fkey(S, "leaves", "employee", "users", "id"), fkey(S, "leaves", "type", "types", "id")]),
        Table(S, "leaves_history", [
            C("id", "integer", "none", lambda c, i: (i * 3) % 150 + 1),
            C("startdate", "date", "none", dates(2024, 2025)),
            C("enddate", "date", "none", dates(2024, 2025)),
            C("status", "integer", "none", one(1, 2, 3, 4, 5, 6)),
            C("employee", "integer", "none", fk(N_USER, 11)),
            C("cause", "text", "health", _cause),
            C("duration", "numeric(5,3)", "none", one(0.5, 1, 2, 3)),
            C("type", "integer", "none", one(1, 2, 3)),
            C("change_id", "integer PRIMARY KEY", "none", seq()),
            C("change_type", "integer", "none", one(1, 2, 3)),
            C("changed_by", "integer", "none", fk(N_USER, 13)),
            C("change_date", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "leaves_history", "changed_by", "users", "id")]),
        Table(S, "entitleddays", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("contract", "integer", "none", fk(N_CON, 1, 2)),
            C("employee", "integer", "none", lambda c, i: None if i % 2 else (i * 5) % N_USER + 1),
            C("overtime", "integer", "none", const(None)),
            C("startdate", "date", "none", dates(2024, 2024)),
            C("enddate", "date", "none", dates(2025, 2025)),
            C("type", "integer", "none", fk(N_TYPE, 2)),
            C("days", "numeric(5,2)", "none", one(14, 21, 28, 30, 90, 60)),
            C("description", "text", "none", maybe(one("Carry-over 2024", "Long service", "Hajj entitlement"), 0.3)),
        ], rows=120, extra=[fkey(S, "entitleddays", "employee", "users", "id")]),
        Table(S, "overtime", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee", "integer", "none", fk(N_USER, 17)),
            C("date", "date", "none", dates(2024, 2025)),
            C("duration", "numeric(5,3)", "none", one(1, 2, 3.5, 4, 8)),
            C("cause", "text", "none", one("Feeder trip at Lumut", "Storm restoration", "Year-end closing",
                                           "Substation maintenance", "Meter audit backlog")),
            C("status", "integer", "none", one(1, 2, 3)),
        ], rows=130, extra=[fkey(S, "overtime", "employee", "users", "id")]),
        Table(S, "delegations", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("manager_id", "integer", "none", fk(14, 1)),
            C("delegate_id", "integer", "none", fk(N_USER, 9)),
        ], rows=90, extra=[fkey(S, "delegations", "delegate_id", "users", "id")]),
        Table(S, "ci_sessions", [
            C("id", "varchar(128) PRIMARY KEY", "secret_token", lambda c, i: hexs(c, 40), comment=None),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: c.r.choice(
                [f"202.160.{c.r.randint(0, 63)}.{c.r.randint(1, 254)}", f"10.20.{c.r.randint(0, 9)}.{c.r.randint(1, 254)}"])),
            C("timestamp", "bigint", "none", ints(1_704_067_200, 1_760_000_000)),
            C("data", "bytea", "secret_token", lambda c, i: (f"__ci_last_regenerate|i:{c.r.randint(1_704_067_200, 1_760_000_000)};"
                                                             f"id|s:{len(str(i))}:\"{i}\";logged_in|b:1;"
                                                             f"csrf_token|s:32:\"{hexs(c, 32)}\";").encode()),
        ], rows=120),
    ]


