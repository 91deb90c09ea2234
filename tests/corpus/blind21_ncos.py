"""y_ncos: in-house inmate records system of a Nigerian Correctional Service state command (Spring/JPA camelCase)."""
from __future__ import annotations

import random

from .blind21_gens import (NG_F, NG_M, NG_MOBILE, NG_STATES, NG_STREETS, NG_SUR, b64_r, bcrypt_r, day, day_r,
                           digits_r, fields, fk, hex_r, ipv4, nuban_r, num, one, pk, rec, ref, ts, weighted)
from .gens import Col, Table

S = "y_ncos"
N_CEN, N_OFF, N_INM = 90, 90, 140

CENTRES = ["Ikoyi", "Kirikiri Medium", "Kirikiri Maximum", "Kirikiri Female", "Badagry", "Ikorodu", "Enugu", "Nsukka",
           "Kano Central", "Goron Dutse", "Kaduna Convict", "Port Harcourt", "Agodi Ibadan", "Oko Benin", "Abakaliki",
           "Kuje", "Suleja", "Ilesa", "Onitsha", "Owerri", "Uyo", "Maiduguri", "Yola", "Makurdi", "Jos"]
RELIGION = ["Christianity (Catholic)", "Christianity (Pentecostal)", "Christianity (Anglican)", "Islam (Sunni)",
            "Islam", "Traditional", "Christianity (CAC)", "None"]
OFFENCES = [("Armed robbery", "s.1(2)(a) Robbery and Firearms (Special Provisions) Act", 21),
            ("Stealing", "s.390 Criminal Code", 3), ("Murder", "s.319 Criminal Code", 0),
            ("Unlawful possession of Indian hemp", "s.11(c) NDLEA Act", 2), ("Cybercrime (advance-fee fraud)",
             "s.22 Cybercrimes Act 2015", 7), ("Rape", "s.358 Criminal Code", 14), ("Kidnapping", "s.364 Criminal Code",
             10), ("Conspiracy and obtaining by false pretence", "s.1(1) Advance Fee Fraud Act", 5),
            ("Culpable homicide not punishable with death", "s.222 Penal Code", 12), ("Affray", "s.83 Criminal Code",
                1),
            ("Unlawful assembly / cultism", "s.2 Secret Cult Law of Lagos State", 3)]
COURTS = ["High Court of Lagos State, Ikeja Division", "Magistrate Court, Yaba", "Federal High Court, Lagos",
          "High Court of Enugu State", "Kano State High Court No. 4", "Chief Magistrate Court, Wuse Zone 2",
          "Sharia Court of Appeal, Kano", "High Court of Rivers State, Port Harcourt"]


def _mob(r: random.Random) -> str:
    return r.choice(NG_MOBILE) + digits_r(r, 7)


def _ng_person(r: random.Random) -> dict:
    fem = r.random() < 0.12
    first, eth = r.choice(NG_F if fem else NG_M)
    return {"first": first, "eth": eth, "sur": r.choice(NG_SUR[eth]), "fem": fem, "state": r.choice(NG_STATES[eth]),
            "other": r.choice(NG_F if fem else NG_M)[0]}


def _officer(r: random.Random, i: int) -> dict:
    p = _ng_person(r)
    return {**p, "mail": f"{p['first'][0].lower()}{p['sur'].lower()}{i}@corrections.gov.ng", "phone": _mob(r),
            "user": f"{p['sur'].lower()}.{p['first'][0].lower()}{i}"}


def _inmate(r: random.Random, i: int) -> dict:
    p = _ng_person(r)
    kin = _ng_person(r)
    rel = r.choice(NG_STATES[p["eth"]])
    return {**p, "mid": r.choice(NG_F + NG_M)[0] if r.random() < 0.6 else None,
            "alias": r.choice([None, None, None, "Small Doctor", "Baba Ijebu", "Oga K", "Scatter", "Pastor"]),
            "dob": day_r(r, 1965, 2005), "nin": digits_r(r, 11) if r.random() < 0.7 else None,
            "kin": f"{kin['first']} {p['sur']}", "kinphone": _mob(r),
            "kinaddr": f"{r.randint(1, 88)}, {r.choice(NG_STREETS)}",
                "home": f"{r.randint(1, 120)}, {r.choice(NG_STREETS)}",
            "origin_lga": f"{rel} LGA {r.randint(1, 9)}", "rel": r.choice(RELIGION)
            if p["eth"] not in ("Hausa", "Fulani", "Kanuri") else r.choice(["Islam (Sunni)", "Islam",
                "Islam (Tijaniyya)"])}


IN = fields("ncos.inmate", _inmate)


def ncos_tables() -> list[Table]:
    cen = Table(S, "custodialCentres", [
        Col("centreId", "integer PRIMARY KEY", "none", pk),
        Col("centreCode", "varchar(12)", "none", lambda c,
            i: f"NCoS/{c.r.choice(['LA', 'EN', 'KN', 'RV', 'OY'])}/{i:03d}"),
        Col("centreName", "varchar(120)", "none",
            lambda c, i: f"{CENTRES[(i - 1) % len(CENTRES)]} {'Custodial Centre' if i <= 25 else f'Satellite {i}'}"),
        Col("state", "varchar(40)", "none", one(["Lagos", "Enugu", "Kano", "Rivers", "Oyo", "FCT"])),
        Col("lga", "varchar(60)", "none", one(["Eti-Osa", "Amuwo-Odofin", "Enugu North", "Nassarawa", "Obio/Akpor"])),
        Col("address", "varchar(200)", "none", lambda c,
            i: f"P.M.B. {c.r.randint(1000, 9999)}, {c.r.choice(NG_STREETS)}"),
        Col("phone", "varchar(20)", "none", lambda c, i: f"0{c.r.choice(['1', '9', '42', '64'])}-{digits_r(c.r, 7)}"),
        Col("capacity", "integer", "none", num(120, 3000)),
        Col("controllerName", "varchar(120)", "person_name",
            lambda c, i: (lambda p: f"{c.r.choice(['ACC', 'CC', 'DCC'])} {p['first']} {p['sur']}")(_ng_person(c.r))),
        Col("controllerPhone", "varchar(20)", "phone", lambda c, i: _mob(c.r)),
    ], rows=N_CEN, comment="Custodial centres: the controller's name and line are a named contact person")
    OF = fields("ncos.officer", _officer)
    off = Table(S, "officers", [
        Col("officerId", "integer PRIMARY KEY", "none", pk),
        Col("serviceNumber", "varchar(16)", "none", lambda c, i: f"NCS/{c.r.randint(10000, 79999)}"),
        Col("rank", "varchar(40)", "none", one(["CA I", "CA II", "ASC II", "ASC I", "DSC", "SC", "CSC", "ACC"])),
        Col("surname", "varchar(60)", "person_name", OF("sur")),
        Col("otherNames", "varchar(80)", "person_name", lambda c, i: f"{OF('first')(c, i)} {OF('other')(c, i)}"),
        Col("gender", "varchar(6)", "none", lambda c, i: "FEMALE" if OF("fem")(c, i) else "MALE"),
        Col("phone", "varchar(20)", "phone", OF("phone")),
        Col("email", "varchar(120)", "email", OF("mail")),
        Col("centreId", "integer", "none", ref(N_CEN)),
        Col("username", "varchar(60)", "none", OF("user")),
        Col("passwordHash", "varchar(100)", "credentials", lambda c, i: bcrypt_r(c.r, "$2a$10$")),
        Col("lastLoginIp", "varchar(45)", "ip_address", ipv4(("105.112", "102.89", "197.210", "41.184", "10.10"))),
    ], rows=N_OFF, extra=[fk(S, "officers", '"centreId"', '"custodialCentres"("centreId")')])
    inm = Table(S, "inmates", [
        Col("inmateId", "integer PRIMARY KEY", "none", pk),
        Col("inmateNo", "varchar(20)", "none", lambda c,
            i: f"{c.r.choice(['KK', 'IK', 'EN', 'KN'])}/{c.r.randint(2019, 2025)}"
                                                             f"/{c.r.randint(1, 9999):04d}"),
        Col("surname", "varchar(60)", "person_name", IN("sur")),
        Col("firstName", "varchar(60)", "person_name", IN("first")),
        Col("middleName", "varchar(60)", "person_name", IN("mid")),
        Col("alias", "varchar(60)", "person_name", IN("alias")),
        Col("gender", "varchar(6)", "none", lambda c, i: "FEMALE" if IN("fem")(c, i) else "MALE"),
        Col("dateOfBirth", "date", "birth_date", IN("dob")),
        Col("stateOfOrigin", "varchar(40)", "none", IN("state")),
        Col("lgaOfOrigin", "varchar(60)", "none", IN("origin_lga")),
        Col("tribe", "varchar(40)", "ethnic_origin", IN("eth")),
        Col("religion", "varchar(40)", "religious_belief", IN("rel")),
        Col("nin", "varchar(11)", "national_id", IN("nin")),
        Col("maritalStatus", "varchar(12)", "none", one(["SINGLE", "MARRIED", "MARRIED", "DIVORCED", "WIDOWED"])),
        Col("occupation", "varchar(60)", "none", one(["Trader", "Okada rider", "Artisan (welder)", "Student", "Farmer",
                                                      "Unemployed", "Civil servant", "Bus conductor"])),
        Col("educationLevel", "varchar(30)", "none", one(["PRIMARY", "SSCE", "OND", "HND", "BSC", "NONE"])),
        Col("nextOfKinName", "varchar(120)", "person_name", IN("kin")),
        Col("nextOfKinPhone", "varchar(20)", "phone", IN("kinphone")),
        Col("nextOfKinAddress", "varchar(200)", "postal_address", IN("kinaddr")),
        Col("homeAddress", "varchar(200)", "postal_address", IN("home")),
        Col("admissionDate", "date", "none", day(2019, 2025)),
        Col("centreId", "integer", "none", ref(25)),
        Col("custodyStatus", "varchar(20)", "criminal_record",
            weighted([("AWAITING_TRIAL", 7), ("CONVICTED", 3), ("CONDEMNED", 1)]),
            comment="Awaiting trial, convicted or condemned"),
        Col("heightCm", "smallint", "none", num(150, 192)),
    ], rows=N_INM, extra=[fk(S, "inmates", '"centreId"', '"custodialCentres"("centreId")')])

    def _off(r, i):
        o, sect, yrs = r.choice(OFFENCES)
        v = r.choice(["PENDING", "PENDING", "CONVICTED", "ACQUITTED", "DISCHARGED"])
        return {"o": f"{o} - {sect}", "v": v, "y": yrs if v == "CONVICTED" else None}
    OFN = fields("ncos.offence", _off)
    offs = Table(S, "offences", [
        Col("offenceId", "integer PRIMARY KEY", "none", pk),
        Col("inmateId", "integer", "none", lambda c, i: 1 + (i - 1) % N_INM),
        Col("chargeNo", "varchar(30)", "none", lambda c, i: f"{c.r.choice(['ID', 'LD', 'FHC/L/CR', 'MW'])}/"
                                                            f"{c.r.randint(100, 9999)}C/{c.r.randint(2018, 2025)}"),
        Col("offence", "varchar(200)", "criminal_record", OFN("o")),
        Col("court", "varchar(120)", "none", one(COURTS)),
        Col("dateCharged", "date", "none", day(2018, 2025)),
        Col("verdict", "varchar(20)", "criminal_record", OFN("v")),
        Col("sentenceYears", "smallint", "criminal_record", OFN("y")),
        Col("sentenceStartDate", "date", "none", lambda c, i: day_r(c.r, 2019, 2025) if OFN("y")(c, i) else None),
        Col("expectedReleaseDate", "date", "none", lambda c, i: day_r(c.r, 2026, 2040) if OFN("y")(c, i) else None),
        Col("prosecutingAgency", "varchar(40)", "none", one(["Nigeria Police Force", "EFCC", "NDLEA", "DSS"])),
        Col("remarks", "text", "none", one([None, None, "Case file transferred to DPP", "Awaiting DPP advice",
                                            "Plea bargain under consideration"])),
    ], rows=150, extra=[fk(S, "offences", '"inmateId"', 'inmates("inmateId")')])
    bio = Table(S, "biometrics", [
        Col("biometricId", "integer", "none", pk),
        Col("inmateId", "integer", "none", lambda c, i: 1 + (i - 1) % N_INM),
        Col("fingerIndex", "smallint", "none", num(1, 10)),
        Col("template", "text", "biometric", lambda c, i: b64_r(c.r, 180), comment="ISO/IEC 19794-2"),
        Col("nfiqScore", "smallint", "none", num(1, 5)),
        Col("faceEmbedding", "text", "biometric",
            lambda c, i: "[" + ",".join(f"{c.r.uniform(-0.3, 0.3):.4f}" for _ in range(16)) + ", ...]"),
        Col("faceImageSha1", "char(40)", "none", lambda c, i: hex_r(c.r, 40)),
        Col("capturedAt", "timestamp", "none", ts(2021, 2025)),
        Col("capturedBy", "integer", "none", ref(N_OFF)),
    ], rows=N_INM, extra=[fk(S, "biometrics", '"inmateId"', 'inmates("inmateId")'),
                          fk(S, "biometrics", '"capturedBy"', 'officers("officerId")')])
    med = Table(S, "medicalRecords", [
        Col("recordId", "integer", "none", pk),
        Col("inmateId", "integer", "none", lambda c, i: 1 + (i - 1) % N_INM),
        Col("screeningDate", "date", "none", day(2021, 2025)),
        Col("bloodGroup", "varchar(4)", "health", one(["O+", "O+", "A+", "B+", "AB+", "O-"])),
        Col("genotype", "varchar(3)", "health", weighted([("AA", 7), ("AS", 3), ("SS", 1), ("AC", 1)]),
            comment="Haemoglobin genotype"),
        Col("hivStatus", "varchar(12)", "health", weighted([("NEGATIVE", 9), ("REACTIVE", 1), ("NOT_TESTED", 2)])),
        Col("tbScreen", "varchar(20)", "health", one(["NEGATIVE", "NEGATIVE", "PRESUMPTIVE", "ON_TREATMENT"])),
        Col("chronicConditions", "varchar(200)", "health", one([None, None, "Hypertension", "Sickle cell disease",
                                                                "Asthma", "Hepatitis B carrier", "Epilepsy",
                                                                    "Diabetes"])),
        Col("mentalHealthNotes", "text", "health", one([None, None, "Depressive symptoms, referred to psychiatrist",
                                                        "History of substance use (tramadol)", "Suicide watch 72h",
                                                        "Stable"])),
        Col("medication", "varchar(200)", "health", one([None, "Amlodipine 5mg", "TLD daily", "Folic acid, Paludrine",
                                                         "Carbamazepine 200mg bd"])),
        Col("weightKg", "numeric(5,1)", "health", num(45, 110, 1)),
        Col("bp", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 175)}/{c.r.randint(60, 105)}"),
        Col("attendingOfficerId", "integer", "none", ref(N_OFF)),
    ], rows=N_INM, extra=[fk(S, '"medicalRecords"', '"inmateId"', 'inmates("inmateId")')])

    def _vis(r, i):
        p = _ng_person(r)
        t = r.choice(["NIN", "VOTERS_CARD", "DRIVERS_LICENCE", "INTL_PASSPORT"])
        num_ = {"NIN": digits_r(r, 11), "VOTERS_CARD": f"90F5{hex_r(r, 4).upper()}{digits_r(r, 11)}",
                "DRIVERS_LICENCE": f"{r.choice(['LAG', 'ENU', 'KAN'])}{digits_r(r, 5)}AA{digits_r(r, 2)}",
                "INTL_PASSPORT": f"A{digits_r(r, 8)}"}[t]
        return {"n": f"{p['first']} {p['sur']}", "ph": _mob(r), "t": t, "num": num_}
    V = fields("ncos.visit", _vis)
    vis = Table(S, "visits", [
        Col("visitId", "integer", "none", pk),
        Col("inmateId", "integer", "none", ref(N_INM)),
        Col("visitorName", "varchar(120)", "person_name", V("n")),
        Col("visitorPhone", "varchar(20)", "phone", V("ph")),
        Col("relationship", "varchar(30)", "none", one(["Wife", "Mother", "Brother", "Lawyer", "Pastor", "Friend"])),
        Col("visitorIdType", "varchar(20)", "none", V("t")),
        Col("visitorIdNumber", "varchar(30)", "national_id", V("num")),
        Col("visitDate", "timestamp", "none", ts(2024, 2025)),
        Col("itemsBrought", "varchar(200)", "none", one(["Food flask", "2 shirts, toiletries", "Bible", "None",
            "Garri"])),
        Col("approvedBy", "integer", "none", ref(N_OFF)),
    ], rows=150, extra=[fk(S, "visits", '"inmateId"', 'inmates("inmateId")')])
    BANKS = ["044", "058", "011", "033", "057", "070", "232"]

    def _acct(r, i):
        b = r.choice(BANKS)
        return {"b": b, "n": nuban_r(r, b)}
    AC = fields("ncos.acct", _acct)
    acc = Table(S, "inmateAccounts", [
        Col("accountId", "integer", "none", pk),
        Col("inmateId", "integer", "none", pk),
        Col("bankCode", "char(3)", "none", AC("b")),
        Col("nuban", "char(10)", "bank_account", AC("n")),
        Col("accountName", "varchar(120)", "person_name",
            lambda c, i: (lambda p: f"{p['sur'].upper()} {p['first'].upper()}")(rec(c, "ncos.inmate", i, _inmate))),
        Col("balance", "numeric(12,2)", "none", num(0, 85000, 2)),
        Col("lastDepositorName", "varchar(120)", "person_name",
            lambda c, i: (lambda p: f"{p['first']} {p['sur']}")(_ng_person(c.r))),
        Col("lastDepositorPhone", "varchar(20)", "phone", lambda c, i: _mob(c.r)),
    ], rows=120, extra=[fk(S, '"inmateAccounts"', '"inmateId"', 'inmates("inmateId")')])
    prod = Table(S, "courtProductions", [
        Col("productionId", "integer", "none", pk),
        Col("inmateId", "integer", "none", ref(N_INM)),
        Col("court", "varchar(120)", "none", one(COURTS)),
        Col("hearingDate", "date", "none", day(2024, 2025)),
        Col("escortOfficerId", "integer", "none", ref(N_OFF)),
        Col("vehicleReg", "varchar(12)", "none", lambda c,
            i: f"NCS {c.r.randint(100, 999)} {c.r.choice(['LA', 'EN'])}"),
        Col("outcome", "varchar(200)", "criminal_record", one(["Adjourned", "Bail granted N500,000 with two sureties",
                                                               "Convicted, sentenced to 5 years IHL", "Struck out",
                                                               "Remanded pending DPP advice",
                                                               "Plea of guilty entered, sentencing adjourned"])),
    ], rows=130, extra=[f'ALTER TABLE {S}."courtProductions" ADD FOREIGN KEY ("escortOfficerId") '
                        f'REFERENCES {S}.officers("officerId")'])
    return [cen, off, inm, offs, bio, med, vis, acc, prod]



