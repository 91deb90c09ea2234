"""h_oscar: OSCAR EMR (McMaster, the Ontario family-practice EMR LibreHealth/OSCAR Pro descend from).

Table and column names as OSCAR's MySQL schema has them: snake_case for the old tables, camelCase for the newer ones
(`demographicNo`, `dataField`, `lastUpdateDate`), upper-case DESCRIPTION in allergies.
"""
from __future__ import annotations

import hashlib

from stdnum import luhn

from .blind5_gens import (ALLERGENS, DRUGS, ICD10, L, T, ca_postal, clinical_note, day, digits, dob, fk, num, one,
                          ontario_hin, opt, phone_ca, reaction, sig, stamp, street)
from .gens import Ctx, Table, ident

S = "h_oscar"
NDEMO, NPROV = 120, 18
PROVS = [f"{999900 + n}" for n in range(1, NPROV + 1)]
MEAS = [("BP", lambda c: f"{c.r.randint(100, 180)}/{c.r.randint(60, 110)}", "sitting position"),
        ("WT", lambda c: f"{round(c.r.uniform(45, 130), 1)}", "in kg"), ("HT", lambda c: str(c.r.randint(145, 198)), "in cm"),
        ("A1C", lambda c: f"{round(c.r.uniform(5.1, 11.2), 1)}", "%"), ("LDL", lambda c: f"{round(c.r.uniform(1, 5), 2)}", ""),
        ("SMK", lambda c: c.r.choice(["yes", "no", "quit 2019"]), "smoking status"),
        ("PHQ9", lambda c: str(c.r.randint(0, 27)), "score")]


def _sin(c: Ctx, i: int) -> str:
    body = c.r.choice("1234567") + "".join(c.r.choice("0123456789") for _ in range(7))
    n = body + luhn.calc_check_digit(body)
    return n if c.r.random() < 0.5 else f"{n[:3]} {n[3:6]} {n[6:]}"


def _family_doctor(c: Ctx, i: int) -> str:
    return f"<rdohip>{c.r.randint(100000, 999999)}</rdohip><rd>{L('en_CA', 'last_name')(c, i)}, {L('en_CA', 'first_name')(c, i)}</rd>"


def _appt_note(c: Ctx, i: int) -> str:
    return c.r.choice([f"Daughter {L('en_CA', 'first_name')(c, i)} will drive, cell {phone_ca(c, i)}",
                       f"Interpreter needed - call {L('en_CA', 'name')(c, i)} at {phone_ca(c, i)}",
                       f"Confirm by email {L('en_CA', 'free_email')(c, i)}", "Bring all pill bottles"])


def _meas(c: Ctx, i: int) -> str:
    return MEAS[i % len(MEAS)][0]


def tables() -> list[Table]:
    prov = lambda c, i: c.r.choice(PROVS)  # noqa: E731
    return [
        T(S, "provider", [
            ("provider_no", "varchar(6) PRIMARY KEY", "none", lambda c, i: PROVS[i - 1]),
            ("last_name", "varchar(30)", "person_name", L("en_CA", "last_name")),
            ("first_name", "varchar(30)", "person_name", L("en_CA", "first_name")),
            ("provider_type", "varchar(15)", "none", one("doctor", "nurse", "receptionist", "resident")),
            ("specialty", "varchar(40)", "none", one("FP", "GP", "NP", "")),
            ("sex", "char(1)", "none", one("M", "F")),
            ("dob", "date", "birth_date", opt(0.6, dob)),
            ("phone", "varchar(20)", "phone", phone_ca),
            ("work_phone", "varchar(50)", "phone", phone_ca),
            ("email", "varchar(60)", "email", L("en_CA", "free_email")),
            ("ohip_no", "varchar(20)", "none", digits(6)),
            ("practitionerNo", "varchar(20)", "none", digits(5)),
            ("status", "char(1)", "none", one("1", "1", "0")),
            ("lastUpdateDate", "timestamp", "none", stamp())], rows=NPROV),
        T(S, "security", [
            ("security_no", "int PRIMARY KEY", "none", ident),
            ("user_name", "varchar(30)", "none", lambda c, i: f"{L('en_CA', 'first_name')(c, i)[0].lower()}{L('en_CA', 'last_name')(c, i).lower()}"),
            ("password", "varchar(255)", "credentials", lambda c, i: hashlib.sha1(f"pw{i}{c.r.random()}".encode()).hexdigest()),
            ("provider_no", "varchar(6)", "none", lambda c, i: PROVS[i - 1]),
            ("pin", "varchar(255)", "credentials", digits(4)),
            ("b_ExpireSet", "int", "none", one(0, 1)),
            ("date_ExpireDate", "date", "none", day(2025, 2027)),
            ("b_RemoteLockSet", "int", "none", one(0, 1)),
            ("forcePasswordReset", "boolean", "none", one(True, False))],
            rows=NPROV),
        T(S, "demographic", [
            ("demographic_no", "int PRIMARY KEY", "none", ident),
            ("title", "varchar(10)", "none", one("MR", "MS", "MRS", "DR", "")),
            ("last_name", "varchar(30)", "person_name", lambda c, i: L("en_CA", "last_name")(c, i).upper()),
            ("first_name", "varchar(30)", "person_name", lambda c, i: L("en_CA", "first_name")(c, i).upper()),
            ("middleNames", "varchar(100)", "person_name", opt(0.4, L("en_CA", "first_name"))),
            ("alias", "varchar(70)", "person_name", opt(0.25, L("fr_CA", "first_name"))),
            ("address", "varchar(60)", "postal_address", street("en_CA")),
            ("city", "varchar(50)", "none", one("TORONTO", "HAMILTON", "OTTAWA", "LONDON", "MISSISSAUGA", "BRAMPTON")),
            ("province", "varchar(20)", "none", one("ON", "ON", "QC")),
            ("postal", "varchar(9)", "postal_address", ca_postal),
            ("phone", "varchar(20)", "phone", phone_ca),
            ("phone2", "varchar(20)", "phone", opt(0.5, phone_ca)),
            ("email", "varchar(100)", "email", opt(0.7, L("en_CA", "email"))),
            ("year_of_birth", "varchar(4)", "birth_date", lambda c, i: str(c.r.randint(1932, 2023))),
            ("month_of_birth", "varchar(2)", "birth_date", lambda c, i: f"{c.r.randint(1, 12):02d}"),
            ("date_of_birth", "varchar(2)", "birth_date", lambda c, i: f"{c.r.randint(1, 28):02d}"),
            ("hin", "varchar(20)", "national_id", ontario_hin),
            ("ver", "char(3)", "none", opt(0.7, lambda c, i: "".join(c.r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)))),
            ("hc_type", "varchar(20)", "none", one("ON", "ON", "ON", "QC", "BC")),
            ("hc_renew_date", "date", "none", day(2025, 2030)),
            ("sin", "varchar(15)", "national_id", opt(0.3, _sin)),
            ("chart_no", "varchar(10)", "none", lambda c, i: f"{c.r.randint(10000, 99999)}"),
            ("sex", "char(1)", "none", one("M", "F", "F")),
            ("roster_status", "varchar(20)", "none", one("RO", "NR", "TE", "FS")),
            ("patient_status", "varchar(20)", "none", one("AC", "AC", "IN", "DE", "MO")),
            ("provider_no", "varchar(250)", "none", prov),
            ("family_doctor", "varchar(80)", "person_name", _family_doctor),
            ("spoken_lang", "varchar(60)", "none", one("English", "French", "Portuguese", "Tagalog", "Punjabi")),
            ("country_of_origin", "varchar(4)", "none", one("CA", "CA", "IN", "PH", "PT", "CN", "JM")),
            ("previousAddress", "varchar(255)", "postal_address", opt(0.3, lambda c, i: f"{street('en_CA')(c, i)}, {ca_postal(c, i)}")),
            ("date_joined", "date", "none", day(2005, 2024)),
            ("lastUpdateDate", "timestamp", "none", stamp())], rows=NDEMO),
        T(S, "casemgmt_note", [
            ("note_id", "int PRIMARY KEY", "none", ident),
            ("update_date", "timestamp", "none", stamp()),
            ("observation_date", "timestamp", "none", stamp()),
            ("demographic_no", "int", "none", fk(NDEMO)),
            ("provider_no", "varchar(6)", "none", prov),
            ("note", "text", "health", clinical_note),
            ("signed", "boolean", "none", one(True, True, False)),
            ("signing_provider_no", "varchar(6)", "none", prov),
            ("encounter_type", "varchar(100)", "none", one("face to face encounter with client", "telephone encounter with client",
                                                             "encounter without client", "Video encounter")),
            ("history", "text", "health", clinical_note),
            ("password", "varchar(20)", "credentials", opt(0.08, lambda c, i: f"{L('en_CA', 'word')(c, i)}{c.r.randint(1, 99)}")),
            ("locked", "boolean", "none", one(False, False, False, True)),
            ("uuid", "varchar(36)", "none", L("en_US", "uuid4")),
            ("appointmentNo", "int", "none", num(1, 150))],
            rows=140),
        T(S, "drugs", [
            ("drugid", "int PRIMARY KEY", "none", ident),
            ("provider_no", "varchar(6)", "none", prov),
            ("demographic_no", "int", "none", fk(NDEMO)),
            ("rx_date", "date", "none", day()),
            ("end_date", "date", "none", day()),
            ("BN", "varchar(255)", "health", lambda c, i: c.r.choice(DRUGS)[0].upper()),
            ("GN", "varchar(255)", "health", lambda c, i: c.r.choice(DRUGS)[0].lower()),
            ("ATC", "varchar(20)", "health", one("A10BA02", "C08CA01", "C09AA05", "R03AC02", "C10AA05", "N06AB06", "H03AA01")),
            ("regional_identifier", "varchar(100)", "none", digits(8)),
            ("takemin", "real", "none", one(0.5, 1, 2)),
            ("takemax", "real", "none", one(1, 2)),
            ("freqcode", "varchar(6)", "none", one("OD", "BID", "TID", "QID", "PRN")),
            ("duration", "varchar(5)", "none", one("30", "90", "7", "14")),
            ("quantity", "varchar(20)", "none", one("30", "60", "90", "180")),
            ("repeat", "int", "none", num(0, 5)),
            ("special", "text", "health", lambda c, i: f"{' '.join(c.r.choice(DRUGS))} {sig(c, i)} Qty:{c.r.randint(14, 180)} Repeats:{c.r.randint(0, 5)}"),
            ("special_instruction", "text", "health", opt(0.3, one("take with food", "hold if SBP < 100", "monitor INR weekly"))),
            ("long_term", "boolean", "none", one(True, False)),
            ("archived", "boolean", "none", one(False, False, True)),
            ("outside_provider_name", "varchar(100)", "person_name", opt(0.2, lambda c, i: f"Dr. {L('en_CA', 'name')(c, i)}")),
            ("outside_provider_ohip", "varchar(20)", "none", opt(0.2, digits(6)))],
            rows=130),
        T(S, "measurements", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("type", "varchar(4)", "none", _meas),
            ("demographicNo", "int", "none", fk(NDEMO)),
            ("providerNo", "varchar(6)", "none", prov),
            ("dataField", "varchar(255)", "health", lambda c, i: MEAS[i % len(MEAS)][1](c)),
            ("measuringInstruction", "varchar(255)", "none", lambda c, i: MEAS[i % len(MEAS)][2]),
            ("comments", "varchar(255)", "health", opt(0.3, one("repeat in 2 wks", "white coat effect?", "post-op", "fasting"))),
            ("dateObserved", "timestamp", "none", stamp()),
            ("dateEntered", "timestamp", "none", stamp())],
            rows=140),
        T(S, "allergies", [
            ("allergyid", "int PRIMARY KEY", "none", ident),
            ("demographic_no", "int", "none", fk(NDEMO)),
            ("entry_date", "date", "none", day()),
            ("DESCRIPTION", "varchar(50)", "health", lambda c, i: c.r.choice(ALLERGENS)[0].upper()),
            ("HICL_SEQNO", "int", "none", num(1000, 30000)),
            ("TYPECODE", "int", "none", one(8, 10, 11, 13, 14)),
            ("reaction", "text", "health", reaction),
            ("start_date", "date", "none", opt(0.5, day(1990, 2024))),
            ("age_of_onset", "varchar(4)", "health", opt(0.4, lambda c, i: str(c.r.randint(1, 70)))),
            ("severity_of_reaction", "char(1)", "health", one("1", "2", "3", "4")),
            ("onset_of_reaction", "char(1)", "health", one("1", "2", "3", "4")),
            ("archived", "char(1)", "none", one("0", "0", "1")),
            ("lastUpdateDate", "timestamp", "none", stamp())],
            rows=100),
        T(S, "appointment", [
            ("appointment_no", "int PRIMARY KEY", "none", ident),
            ("provider_no", "varchar(6)", "none", prov),
            ("appointment_date", "date", "none", day(2024, 2025)),
            ("start_time", "time", "none", lambda c, i: f"{c.r.randint(8, 17)}:{c.r.choice(['00', '15', '30', '45'])}:00"),
            ("name", "varchar(50)", "person_name", lambda c, i: f"{L('en_CA', 'last_name')(c, i).upper()},{L('en_CA', 'first_name')(c, i).upper()}"),
            ("demographic_no", "int", "none", fk(NDEMO)),
            ("notes", "varchar(255)", "free_text_may_contain_pii", opt(0.8, _appt_note)),
            ("reason", "varchar(80)", "health", lambda c, i: c.r.choice([f"f/u {c.r.choice(ICD10)[1].lower()}", "pap test",
                                                                            "prescription renewal - anxiety", "flu shot", "lump in breast"])),
            ("location", "varchar(30)", "none", one("Main", "Satellite")),
            ("type", "varchar(50)", "none", one("Office Visit", "Phone", "Video", "Annual Physical")),
            ("status", "char(2)", "none", one("t", "H", "P", "B", "N", "C")),
            ("creator", "varchar(50)", "none", one("reception, front", "oscardoc, doctor"))],
            rows=130),
        T(S, "dxresearch", [
            ("dxresearch_no", "int PRIMARY KEY", "none", ident),
            ("demographic_no", "int", "none", fk(NDEMO)),
            ("start_date", "date", "none", day()),
            ("status", "char(1)", "none", one("A", "C", "D")),
            ("dxresearch_code", "varchar(10)", "health", one("250", "401", "493", "296", "300", "714", "428", "V22")),
            ("coding_system", "varchar(20)", "none", one("icd9", "icd9", "ichppccode"))],
            rows=110),
        T(S, "professionalSpecialists", [
            ("specId", "int PRIMARY KEY", "none", ident),
            ("fName", "varchar(32)", "person_name", L("en_CA", "first_name")),
            ("lName", "varchar(32)", "person_name", L("en_CA", "last_name")),
            ("proLetters", "varchar(20)", "none", one("MD FRCPC", "MD", "MD CCFP", "DPM")),
            ("streetAddress", "varchar(255)", "postal_address", lambda c, i: f"{street('en_CA')(c, i)}, Toronto ON {ca_postal(c, i)}"),
            ("phoneNumber", "varchar(20)", "phone", phone_ca),
            ("faxNumber", "varchar(20)", "phone", phone_ca),
            ("emailAddress", "varchar(50)", "email", L("en_CA", "email")),
            ("specType", "varchar(128)", "none", one("Cardiology", "Dermatology", "Psychiatry", "Orthopaedics", "Endocrinology")),
            ("referralNo", "varchar(6)", "none", digits(6))], rows=80),
    ]
