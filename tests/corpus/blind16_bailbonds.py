"""s_bailbonds: a San Antonio (Bexar County) bail-bond agency's in-house Rails 7 app on PostgreSQL (Rails snake_case,
plural tables, `add_foreign_key` keys): agents, defendants, indemnitors, bonds, charges, court dates, mobile check-ins,
premium payments."""
from __future__ import annotations

import base64
from typing import Any

from .blind16_gens import (US_F, US_L, Rec, alnum, bcrypt, card, day, digits, fk, hexs, idx, ipv4, maybe, money, num,
                           pick, ref, stamp, templ, us_person, us_phone)
from .gens import Col, Table

S = "s_bailbonds"
OFFENSES = (("DWI 2ND", "MA", "49.09(a)"), ("POSS CS PG 1 <1G", "SJF", "481.115(b)"),
            ("ASSAULT BODILY INJURY FAMILY MEMBER", "MA", "22.01(a)(1)"), ("THEFT PROP >=$2,500<$30K", "SJF", "31.03(e)(4)"),
            ("BURGLARY OF HABITATION", "F2", "30.02(c)(2)"), ("EVADING ARREST DET W/VEH", "SJF", "38.04(b)(2)(A)"),
            ("UNL CARRYING WEAPON", "MA", "46.02(a)"), ("AGG ASSAULT W/DEADLY WEAPON", "F2", "22.02(a)(2)"),
            ("DRIVING WHILE LICENSE INVALID", "MB", "521.457"), ("CRIMINAL TRESPASS", "MB", "30.05"))
COURTS = ("County Court at Law No. 7", "186th District Court", "226th District Court", "County Court at Law No. 12",
          "379th District Court")
NOTES = ("Def works at H-E-B on Bandera, mom {n} cosigned. Call {t} if FTA.", "Lives w/ girlfriend {n}, no car.",
         "Prior FTA 2021 in Guadalupe Co. Collateral: 2014 Silverado title.", "Spanish only, daughter {n} translates.",
         "On probation, PO is {n} ({t}). Ankle monitor until 6/30.", "Paid cash. Will check in Mondays.")
NAMES = ("Rosa Garcia", "Linda", "Marcus Jackson", "Officer Villarreal", "Tamika")
TELS = ("(210) 555-0143", "210-732-9910", "(830) 379-2218")


def _defendant(c: Any, i: int) -> dict:
    p = us_person(c, i)
    return {**p, "race": c.r.choice(("W", "W", "H", "B", "A")), "height": f"{c.r.randint(5, 6)}'{c.r.randint(0, 11)}\"",
            "weight": c.r.randint(115, 290), "eyes": c.r.choice(("BRO", "BLK", "HAZ", "BLU")),
            "sid": f"TX{digits(c, 8)}", "so": f"{digits(c, 7)}", "employer": c.r.choice(("H-E-B", "Toyota Texas",
                                                                                         "USAA contractor", "self", "unemployed", "Whataburger"))}


def _charge(c: Any, i: int) -> dict:
    o = c.r.choice(OFFENSES)
    return {"desc": o[0], "level": o[1], "stat": o[2], "cause": f"{c.r.choice(('2024CR', '2023CR'))}{digits(c, 4)}",
            "case": f"{c.r.choice(('612', '613', '614'))}{digits(c, 4)}"}


def _pay(c: Any, i: int) -> dict:
    method = c.r.choice(("card", "card", "cash", "zelle", "money_order"))
    num_ = card(c, c.r.choice(("4", "51", "37"))) if method == "card" else None
    return {"m": method, "card": num_, "last4": num_[-4:] if num_ else None,
            "exp": f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 29)}" if num_ else None}


def _selfie(c: Any, i: int) -> str:
    return base64.b64encode(bytes(c.r.randrange(256) for _ in range(96))).decode()


def bailbonds_tables() -> list[Table]:
    a = Rec(us_person)
    d = Rec(_defendant)
    ind = Rec(us_person)
    ch = Rec(_charge)
    p = Rec(_pay)
    return [
        Table(S, "agents", [
            Col("id", "bigint PRIMARY KEY", "none", idx),
            Col("first_name", "varchar", "person_name", a.f("first")),
            Col("last_name", "varchar", "person_name", a.f("last")),
            Col("email", "varchar", "email", lambda c, i: f"{a.f('first')(c, i).lower()}@alamobailbonds.com"),
            Col("encrypted_password", "varchar", "credentials", bcrypt),
            Col("reset_password_token", "varchar", "secret_token", maybe(0.2, hexs(64))),
            Col("current_sign_in_ip", "inet", "ip_address", ipv4),
            Col("last_sign_in_ip", "inet", "ip_address", ipv4),
            Col("tdi_license_number", "varchar", "none", lambda c, i: f"{digits(c, 7)}"),
            Col("cell_phone", "varchar", "phone", a.f("phone")),
            Col("otp_secret", "varchar", "secret_token", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))),
            Col("role", "varchar", "none", pick("agent", "agent", "admin", "recovery")),
            Col("created_at", "timestamp(6)", "none", stamp(2019, 2024)),
        ], rows=15),
        Table(S, "defendants", [
            Col("id", "bigint PRIMARY KEY", "none", idx),
            Col("first_name", "varchar", "person_name", d.f("first")),
            Col("middle_initial", "varchar(1)", "none", d.f("middle")),
            Col("last_name", "varchar", "person_name", d.f("last")),
            Col("aka", "varchar", "person_name", maybe(0.3, lambda c, i: c.r.choice(("Junior", "Lil D", "Flaco", "Chuy")) + " " + d.f("last")(c, i))),
            Col("dob", "date", "birth_date", d.f("dob")),
            Col("ssn", "varchar", "national_id", d.f("ssn")),
            Col("dl_number", "varchar", "national_id", d.f("dl")),
            Col("dl_state", "varchar(2)", "none", pick("TX", "TX", "TX", "NM", "CA")),
            Col("sex", "varchar(1)", "none", d.f("sex")),
            Col("race", "varchar(1)", "ethnic_origin", d.f("race")),
            Col("height", "varchar", "none", d.f("height")),
            Col("weight", "integer", "none", d.f("weight")),
            Col("eye_color", "varchar", "none", d.f("eyes")),
            Col("street_address", "varchar", "postal_address", d.f("street")),
            Col("city", "varchar", "none", d.f("city")),
            Col("state", "varchar(2)", "none", pick("TX")),
            Col("zip", "varchar(10)", "postal_address", d.f("zip")),
            Col("phone", "varchar", "phone", d.f("phone")),
            Col("email", "varchar", "email", maybe(0.5, d.f("email"))),
            Col("employer", "varchar", "none", d.f("employer")),
            Col("prior_ftas", "integer", "criminal_record", pick(0, 0, 0, 1, 2)),
            Col("probation_officer", "varchar", "person_name", maybe(0.3, lambda c, i: f"{c.r.choice(US_F)} {c.r.choice(US_L)}")),
            Col("vehicle_plate", "varchar", "none", maybe(0.6, lambda c, i: f"{''.join(c.r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}{digits(c, 4)}")),
            Col("scars_marks_tattoos", "varchar", "none", pick("", "", "TAT L FOREARM ROSARY", "SC R CHEEK", "TAT NECK 'SA'")),
            Col("sid_number", "varchar", "criminal_record", d.f("sid")),
            Col("so_number", "varchar", "criminal_record", d.f("so")),
            Col("mugshot_url", "varchar", "none", lambda c, i: f"https://s3.amazonaws.com/alamo-bb-prod/mugshots/{hexs(24)(c, i)}.jpg"),
            Col("notes", "text", "free_text_may_contain_pii", templ(NOTES, n=NAMES, t=TELS)),
            Col("created_at", "timestamp(6)", "none", stamp(2020, 2024)),
            Col("updated_at", "timestamp(6)", "none", stamp(2023, 2024)),
        ], rows=140),
        Table(S, "indemnitors", [
            Col("id", "bigint", "none", idx),
            Col("defendant_id", "bigint", "none", ref(140)),
            Col("first_name", "varchar", "person_name", ind.f("first")),
            Col("last_name", "varchar", "person_name", ind.f("last")),
            Col("relationship", "varchar", "none", pick("mother", "wife", "girlfriend", "brother", "aunt", "employer")),
            Col("dob", "date", "birth_date", ind.f("dob")),
            Col("ssn", "varchar", "national_id", ind.f("ssn")),
            Col("address", "varchar", "postal_address", lambda c, i: f"{ind.f('street')(c, i)}, {ind.f('city')(c, i)}, TX {ind.f('zip')(c, i)}"),
            Col("phone", "varchar", "phone", ind.f("phone")),
            Col("work_phone", "varchar", "phone", maybe(0.4, lambda c, i: us_phone(c))),
            Col("employer", "varchar", "none", pick("Lackland AFB", "Methodist Hospital", "VIA Metropolitan Transit", "self")),
            Col("monthly_income", "numeric(10,2)", "none", money(1400, 7200)),
            Col("collateral_description", "text", "none", pick("", "2016 Ford F-150 title", "house at same address", "$1,500 cash")),
            Col("created_at", "timestamp(6)", "none", stamp(2020, 2024)),
        ], rows=130, extra=[fk(S, "indemnitors", "defendant_id", "defendants")]),
        Table(S, "bonds", [
            Col("id", "bigint PRIMARY KEY", "none", idx),
            Col("defendant_id", "bigint", "none", ref(140)),
            Col("agent_id", "bigint", "none", ref(15)),
            Col("power_number", "varchar", "none", lambda c, i: f"AB{c.r.choice(('10', '25', '50'))}-{digits(c, 6)}"),
            Col("bond_amount", "numeric(12,2)", "none", pick(1500, 2000, 5000, 10000, 25000, 50000)),
            Col("premium", "numeric(10,2)", "none", money(150, 5000)),
            Col("court", "varchar", "criminal_record", pick(*COURTS)),
            Col("status", "varchar", "none", pick("active", "active", "discharged", "forfeited", "surrendered")),
            Col("posted_at", "timestamp(6)", "none", stamp(2022, 2024)),
            Col("jail", "varchar", "none", pick("Bexar County Adult Detention Center", "Comal County Jail")),
        ], rows=150, extra=[fk(S, "bonds", "defendant_id", "defendants"), fk(S, "bonds", "agent_id", "agents")]),
        Table(S, "charges", [
            Col("id", "bigint", "none", idx),
            Col("bond_id", "bigint", "none", ref(150)),
            Col("description", "varchar", "criminal_record", ch.f("desc")),
            Col("offense_level", "varchar", "criminal_record", ch.f("level")),
            Col("statute", "varchar", "criminal_record", ch.f("stat")),
            Col("cause_number", "varchar", "criminal_record", ch.f("cause")),
            Col("case_number", "varchar", "none", ch.f("case")),
            Col("arrest_date", "date", "none", day(2022, 2024)),
            Col("arresting_agency", "varchar", "none", pick("SAPD", "BCSO", "DPS", "Leon Valley PD")),
        ], rows=150, extra=[fk(S, "charges", "bond_id", "bonds")]),
        Table(S, "court_dates", [
            Col("id", "bigint", "none", idx),
            Col("bond_id", "bigint", "none", ref(150)),
            Col("hearing_at", "timestamp(6)", "none", stamp(2024, 2025)),
            Col("setting_type", "varchar", "none", pick("Arraignment", "Pre-trial", "Plea", "Status", "Jury trial")),
            Col("courtroom", "varchar", "none", lambda c, i: f"{c.r.randint(1, 4)}.{c.r.randint(10, 40)}"),
            Col("appeared", "boolean", "none", maybe(0.7, pick(True, True, True, False))),
            Col("reminder_sms_sent", "boolean", "none", pick(True, False)),
        ], rows=150, extra=[fk(S, "court_dates", "bond_id", "bonds")]),
        Table(S, "check_ins", [
            Col("id", "bigint", "none", idx),
            Col("defendant_id", "bigint", "none", ref(140)),
            Col("latitude", "float", "geo_location", lambda c, i: round(29.42 + c.r.uniform(-0.15, 0.15), 6)),
            Col("longitude", "float", "geo_location", lambda c, i: round(-98.49 + c.r.uniform(-0.2, 0.2), 6)),
            Col("selfie_face_template", "text", "biometric", _selfie),
            Col("face_match_score", "numeric(4,3)", "none", lambda c, i: round(c.r.uniform(0.62, 0.99), 3)),
            Col("device_id", "varchar", "none", hexs(16)),
            Col("ip_address", "inet", "ip_address", ipv4),
            Col("checked_in_at", "timestamp(6)", "none", stamp(2024, 2024)),
        ], rows=150, extra=[fk(S, "check_ins", "defendant_id", "defendants")]),
        Table(S, "payments", [
            Col("id", "bigint", "none", idx),
            Col("bond_id", "bigint", "none", ref(150)),
            Col("amount", "numeric(10,2)", "none", money(50, 1500)),
            Col("method", "varchar", "none", p.f("m")),
            Col("card_number", "varchar", "payment_card", p.f("card")),
            Col("card_last4", "varchar(4)", "none", p.f("last4")),
            Col("card_exp", "varchar(5)", "none", p.f("exp")),
            Col("payer_name", "varchar", "person_name", lambda c, i: f"{c.r.choice(US_F)} {c.r.choice(US_L)}"),
            Col("stripe_charge_id", "varchar", "none", lambda c, i: "ch_" + alnum(24)(c, i)),
            Col("received_at", "timestamp(6)", "none", stamp(2022, 2024)),
            Col("receipt_no", "integer", "none", num(10000, 99999)),
        ], rows=140, extra=[fk(S, "payments", "bond_id", "bonds")]),
    ]
