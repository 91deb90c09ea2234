"""z_checkroll: an in-house "checkroll" (muster and wages) system of a Sri Lankan regional plantation company's tea
estates in Nuwara Eliya and Badulla: estates, workers, dependants, daily muster, payslips, estate dispensary visits,
maternity benefit, union branches and police clearance for staff recruitment. UPPER_SNAKE Oracle-era names."""
from __future__ import annotations

import random
from datetime import date

from .blind22_gens import boolean, b64, day, fkey, maybe, money, part, pick, rdate, row, seq, weighted
from .gens import Col, Table

S = "z_checkroll"
ESTATES = [("NE01", "Pedro", "Nuwara Eliya"), ("NE02", "Concordia", "Nuwara Eliya"), ("NE03", "Lover's Leap",
           "Nuwara Eliya"), ("BD01", "Glenanore", "Badulla"), ("BD02", "Dambatenne", "Badulla"),
           ("BD03", "Uva Highlands", "Badulla"), ("HT01", "Dickoya", "Nuwara Eliya"), ("HT02", "Bogawantalawa",
           "Nuwara Eliya"), ("HT03", "Maskeliya Group", "Nuwara Eliya")]
TAMIL_F = ["Letchumi", "Parvathi", "Meenachchi", "Saraswathi", "Mahalechumi", "Sivagami", "Vasantha", "Kamaladevi",
           "Pushpam", "Mary", "Selvi", "Thanaletchumi", "Rajeswari", "Yogeswari"]
TAMIL_M = ["Muthulingam", "Selvarajah", "Ramasamy", "Kandasamy", "Velusamy", "Murugesu", "Thangavel", "Ponniah",
           "Vijayakumar", "Karuppiah", "Anthony", "Suppiah", "Rajendran", "Sivakumar", "Periyasamy", "Arumugam"]
SIN_F = ["Kumari", "Nilmini", "Dilani", "Sandya", "Chandrika", "Shyamali", "Iresha"]
SIN_M = ["Nimal", "Sunil", "Kamal", "Chaminda", "Ruwan", "Pradeep", "Upali", "Asanka"]
SIN_HOUSE = ["Herath Mudiyanselage", "Rathnayake Mudiyanselage", "Wijesinghe Arachchige", "Dissanayake Mudiyanselage",
             "Kankanamge", "Liyanage"]
SIN_LAST = ["Bandara", "Perera", "Jayasinghe", "Kumara", "Wickramasinghe", "Senanayake"]
UNIONS = [("CWC", "Ceylon Workers' Congress"), ("LJEWU", "Lanka Jathika Estate Workers' Union"),
          ("NUW", "National Union of Workers"), ("UPFW", "Upcountry People's Front Workers' Union"),
          ("RPEU", "Red Flag Plantation Employees' Union")]
BANKS = ["7010", "7135", "7056", "7278", "7083"]


def _nic(rr: random.Random, dob: date, fem: bool) -> str:
    doy = dob.timetuple().tm_yday + (500 if fem else 0)
    if dob.year < 1990 and rr.random() < .8:
        body = f"{dob.year % 100:02d}{doy:03d}{rr.randint(0, 999):03d}"
        check = (11 - sum(int(d) * w for d, w in zip(body, [3, 2, 7, 6, 5, 4, 3, 2])) % 11) % 11 % 10
        return f"{body}{check}V"
    body = f"{dob.year}{doy:03d}0{rr.randint(0, 999):03d}"
    check = (11 - sum(int(d) * w for d, w in zip(body, [8, 4, 3, 2, 7, 6, 5, 7, 4, 3, 2])) % 11) % 11 % 10
    return f"{body}{check}"


def _worker(rr: random.Random, i: int) -> dict:
    eth = rr.choices(["Indian Tamil", "Sinhala", "Sri Lankan Tamil", "Moor"], [78, 14, 5, 3])[0]
    fem = rr.random() < .62
    if eth == "Sinhala":
        first = rr.choice(SIN_F if fem else SIN_M)
        house, last = rr.choice(SIN_HOUSE), rr.choice(SIN_LAST)
        full = f"{house} {first} {last}"
        initials = "".join(w[0] + "." for w in house.split()) + f" {first} {last}"
        religion = rr.choices(["Buddhist", "Roman Catholic"], [9, 1])[0]
    elif eth == "Moor":
        first = rr.choice(["Fathima Rinosha", "Siththi Fareena"] if fem else ["Mohamed Rizwan", "Abdul Cader"])
        father = rr.choice(["Mohamed Ismail", "Abdul Latheef", "Seyed Ahamed"])
        full, initials, religion = f"{first} {father}", f"{father[0]}.{father.split()[1][0]}. {first}", "Islam"
    else:
        father, first = rr.choice(TAMIL_M), rr.choice(TAMIL_F if fem else TAMIL_M)
        full, initials = f"{father} {first}", f"{father[0]}. {first}"
        religion = rr.choices(["Hindu", "Roman Catholic", "Methodist"], [8, 2, 1])[0]
    dob = rdate(rr, 1966, 2004)
    est = rr.randint(1, len(ESTATES))
    return {"full": full, "initials": initials, "eth": eth, "religion": religion, "fem": fem, "dob": dob,
            "nic": _nic(rr, dob, fem), "estate": ESTATES[est - 1][0],
            "line": f"{rr.choice(['Upper', 'Lower', 'Middle', 'New'])} Division, Line {rr.randint(1, 24)}, "
                    f"Room {rr.randint(1, 12)}",
            "union": rr.choices([u[0] for u in UNIONS] + [None], [40, 15, 15, 12, 3, 15])[0],
            "mobile": f"07{rr.choice('125678')}{rr.randint(1000000, 9999999)}" if rr.random() < .7 else None,
            "acct": f"{rr.choice(BANKS)}-{rr.randint(100, 999)}-{rr.randint(10 ** 9, 10 ** 10 - 1)}"}


def W(name: str):
    return part("checkroll.worker", _worker, name)


def worker_no(i: int) -> str:
    return f"{ESTATES[(i - 1) % len(ESTATES)][0]}{i:05d}"


def wref(n: int = 150):
    return lambda c, i: worker_no(c.r.randint(1, n))


COMPLAINTS = ["Fever and body ache", "Back pain after plucking", "Leech bite, wound infected", "Cough for 2 weeks",
              "Wasp sting, swelling", "Diarrhoea", "Headache, high BP", "Fall on slope, ankle sprain", "Anaemia review",
              "Asthma attack", "Diabetes clinic – sugar 240", "Scabies", "Antenatal check 28 weeks"]
TREATMENT = ["Paracetamol 500mg, ORS", "Dressing + Amoxicillin 500mg tds", "Salbutamol inhaler", "Referred to "
             "DH Nuwara Eliya", "Metformin 500mg bd continued", "Ferrous sulphate, folic acid", "Rest 2 days",
             "Permethrin cream", "Losartan 50mg"]


def checkroll_tables() -> list[Table]:
    estate = Table(S, "ESTATE", [
        Col("ESTATE_CODE", "varchar(4) PRIMARY KEY", "none", lambda c, i: ESTATES[i - 1][0]),
        Col("ESTATE_NAME", "varchar(60)", "none", lambda c, i: ESTATES[i - 1][1] + " Estate"),
        Col("DISTRICT", "varchar(30)", "none", lambda c, i: ESTATES[i - 1][2]),
        Col("AGENCY", "varchar(60)", "none", pick("Kandapola Plantations PLC", "Uva Hills Plantations PLC")),
        Col("OFFICE_ADDRESS", "varchar(120)", "none", lambda c, i: f"{ESTATES[i - 1][1]} Estate Office, "
                                                                   f"{ESTATES[i - 1][2]}"),
        Col("OFFICE_TEL", "varchar(15)", "none", lambda c, i: f"052 22{c.r.randint(10000, 99999)}"),
        Col("SUPERINTENDENT", "varchar(60)", "person_name", pick("Mr. R. Gunawardena", "Mr. S. Thiruchelvam",
                                                                 "Mr. A. de Silva", "Mrs. N. Fernando", "Mr. K. Bandara")),
        Col("SUPT_MOBILE", "varchar(15)", "phone", lambda c, i: f"077{c.r.randint(1000000, 9999999)}"),
        Col("HECTARES_IN_TEA", "numeric(7,2)", "none", money(180, 900))],
        rows=len(ESTATES))
    unions = Table(S, "UNION_BRANCH", [
        Col("BRANCH_ID", "integer PRIMARY KEY", "none", seq()),
        Col("UNION_CODE", "varchar(6)", "none", lambda c, i: UNIONS[(i - 1) % len(UNIONS)][0]),
        Col("UNION_NAME", "varchar(80)", "none", lambda c, i: UNIONS[(i - 1) % len(UNIONS)][1]),
        Col("ESTATE_CODE", "varchar(4)", "none", lambda c, i: ESTATES[(i - 1) % len(ESTATES)][0]),
        Col("BRANCH_LEADER", "varchar(60)", "person_name", lambda c, i: f"{c.r.choice(TAMIL_M)[0]}. "
                                                                        f"{c.r.choice(TAMIL_M)}"),
        Col("LEADER_MOBILE", "varchar(15)", "phone", lambda c, i: f"07{c.r.choice('1578')}{c.r.randint(10**6, 10**7-1)}"),
        Col("MONTHLY_SUB_LKR", "numeric(8,2)", "none", pick(150, 200, 250))],
        rows=30, extra=[fkey(S, "UNION_BRANCH", "ESTATE_CODE", "ESTATE", "ESTATE_CODE")])
    worker = Table(S, "WORKER", [
        Col("WORKER_NO", "varchar(10) PRIMARY KEY", "none", lambda c, i: worker_no(i)),
        Col("ESTATE_CODE", "varchar(4)", "none", lambda c, i: ESTATES[(i - 1) % len(ESTATES)][0]),
        Col("DIVISION", "varchar(20)", "none", pick("Upper", "Lower", "Middle", "New", "Factory")),
        Col("FULL_NAME", "varchar(100)", "person_name", W("full")),
        Col("NAME_WITH_INITIALS", "varchar(60)", "person_name", W("initials")),
        Col("NIC_NO", "varchar(12)", "national_id", W("nic")),
        Col("DOB", "date", "birth_date", W("dob")),
        Col("SEX", "char(1)", "none", lambda c, i: "F" if row(c, "checkroll.worker", i, _worker)["fem"] else "M"),
        Col("ETHNICITY", "varchar(20)", "ethnic_origin", W("eth")),
        Col("RELIGION", "varchar(20)", "religious_belief", W("religion")),
        Col("LINE_ROOM", "varchar(60)", "postal_address", W("line")),
        Col("CATEGORY", "varchar(10)", "none", weighted([("PLUCKER", 6), ("SUNDRY", 3), ("FACTORY", 1)])),
        Col("EPF_NO", "varchar(10)", "none", lambda c, i: f"{c.r.randint(1, 4999)}"),
        Col("ETF_NO", "varchar(10)", "none", lambda c, i: f"{c.r.randint(1, 4999)}"),
        Col("UNION_CODE", "varchar(6)", "trade_union", W("union")),
        Col("BANK_ACCT", "varchar(24)", "bank_account", lambda c, i: row(c, "checkroll.worker", i, _worker)["acct"]
            if c.r.random() < .55 else None),
        Col("MOBILE", "varchar(12)", "phone", W("mobile")),
        Col("FP_TEMPLATE", "text", "biometric", lambda c, i: "Rk1SACAyMAA" + b64(240)(c, i)),
        Col("DATE_JOINED", "date", "none", day(1985, 2024)),
        Col("ACTIVE_FLAG", "char(1)", "none", weighted([("Y", 9), ("N", 1)]))],
        rows=150, extra=[fkey(S, "WORKER", "ESTATE_CODE", "ESTATE", "ESTATE_CODE")])
    dependant = Table(S, "DEPENDANT", [
        Col("DEP_ID", "integer PRIMARY KEY", "none", seq()),
        Col("WORKER_NO", "varchar(10)", "none", wref()),
        Col("DEP_NAME", "varchar(80)", "person_name", lambda c, i: f"{c.r.choice(TAMIL_M)} "
                                                                  f"{c.r.choice(TAMIL_F + TAMIL_M)}"),
        Col("RELATION", "varchar(12)", "none", pick("SON", "DAUGHTER", "WIFE", "HUSBAND", "MOTHER")),
        Col("DEP_DOB", "date", "birth_date", day(1950, 2023)),
        Col("SCHOOL", "varchar(60)", "none", maybe(pick("Pedro T.V.", "Holy Cross College Hatton", "Kandapola Tamil "
                                                                                                  "Vidyalayam"), .4)),
        Col("SPECIAL_NEEDS", "varchar(60)", "health", maybe(pick("Hearing impaired", "Cerebral palsy", "Epilepsy",
                                                                 "Polio – left leg", "Down syndrome"), .12))],
        rows=130, extra=[fkey(S, "DEPENDANT", "WORKER_NO", "WORKER", "WORKER_NO")])
    muster = Table(S, "DAILY_MUSTER", [
        Col("MUSTER_ID", "bigint PRIMARY KEY", "none", seq(880001)),
        Col("WORKER_NO", "varchar(10)", "none", wref()),
        Col("WORK_DATE", "date", "none", day(2025, 2025)),
        Col("TASK_CODE", "varchar(4)", "none", weighted([("PLK", 7), ("PRN", 1), ("WDG", 1), ("FTY", 1)])),
        Col("FIELD_NO", "varchar(6)", "none", lambda c, i: f"F{c.r.randint(1, 48):02d}"),
        Col("GREEN_LEAF_KG", "numeric(5,1)", "none", money(8, 32, 1)),
        Col("OVER_KILOS", "numeric(5,1)", "none", money(0, 12, 1)),
        Col("ATTENDANCE", "varchar(4)", "none", weighted([("FULL", 8), ("HALF", 1), ("ABS", 1)])),
        Col("KANGANY", "varchar(40)", "person_name", lambda c, i: f"{c.r.choice(TAMIL_M)[0]}. {c.r.choice(TAMIL_M)}")],
        rows=150, extra=[fkey(S, "DAILY_MUSTER", "WORKER_NO", "WORKER", "WORKER_NO")])
    payslip = Table(S, "PAYSLIP", [
        Col("PAYSLIP_NO", "varchar(14) PRIMARY KEY", "none", lambda c, i: f"PS2025{i:06d}"),
        Col("WORKER_NO", "varchar(10)", "none", lambda c, i: worker_no(i)),
        Col("PAY_MONTH", "varchar(7)", "none", pick("2025-03", "2025-04", "2025-05")),
        Col("DAYS_WORKED", "numeric(4,1)", "none", money(12, 26, 1)),
        Col("BASIC_WAGE", "numeric(10,2)", "none", money(18000, 35000)),
        Col("ATTEND_INCENTIVE", "numeric(10,2)", "none", pick(0, 0, 3000, 4500)),
        Col("OVER_KILO_PAY", "numeric(10,2)", "none", money(0, 6000)),
        Col("EPF_EMPLOYEE", "numeric(10,2)", "none", money(1400, 2800)),
        Col("UNION_DEDUCTION", "numeric(8,2)", "trade_union", lambda c, i: 0 if row(
            c, "checkroll.worker", i, _worker)["union"] is None else c.r.choice([150, 200, 250])),
        Col("TEMPLE_FUND", "numeric(8,2)", "religious_belief", lambda c, i: c.r.choice([0, 50, 100]) if row(
            c, "checkroll.worker", i, _worker)["religion"] == "Hindu" else 0),
        Col("FESTIVAL_ADVANCE", "numeric(10,2)", "none", pick(0, 0, 10000)),
        Col("NET_PAY", "numeric(10,2)", "none", money(15000, 38000)),
        Col("PAID_VIA", "varchar(5)", "none", pick("CASH", "BANK"))],
        rows=150, extra=[fkey(S, "PAYSLIP", "WORKER_NO", "WORKER", "WORKER_NO")])
    visit = Table(S, "DISPENSARY_VISIT", [
        Col("VISIT_ID", "integer PRIMARY KEY", "none", seq()),
        Col("WORKER_NO", "varchar(10)", "none", wref()),
        Col("VISIT_DATE", "date", "none", day(2024, 2025)),
        Col("COMPLAINT", "varchar(80)", "health", lambda c, i: c.r.choice(COMPLAINTS)),
        Col("TREATMENT", "varchar(80)", "health", lambda c, i: c.r.choice(TREATMENT)),
        Col("BP", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 170)}/{c.r.randint(60, 100)}"),
        Col("EMA_NAME", "varchar(40)", "person_name", pick("EMA P. Jeyakumar", "EMA S. Nadarajah", "EMA R. Kumari")),
        Col("SICK_DAYS", "integer", "none", pick(0, 0, 1, 2, 3)),
        Col("REFERRED_TO", "varchar(40)", "none", maybe(pick("DH Nuwara Eliya", "PGH Badulla", "BH Dickoya"), .15))],
        rows=120, extra=[fkey(S, "DISPENSARY_VISIT", "WORKER_NO", "WORKER", "WORKER_NO")])
    maternity = Table(S, "MATERNITY_CLAIM", [
        Col("CLAIM_NO", "integer PRIMARY KEY", "none", seq(5001)),
        Col("WORKER_NO", "varchar(10)", "none", wref()),
        Col("EDD", "date", "health", day(2024, 2025)),
        Col("CONFINEMENT_DATE", "date", "health", maybe(day(2024, 2025), .8)),
        Col("CHILD_NAME", "varchar(60)", "person_name", maybe(lambda c, i: c.r.choice(TAMIL_F + TAMIL_M), .7)),
        Col("LIVE_BIRTH", "boolean", "health", boolean(.97)),
        Col("BENEFIT_LKR", "numeric(10,2)", "none", money(30000, 60000)),
        Col("CRECHE_ENROLLED", "boolean", "none", boolean(.5))],
        rows=80, extra=[fkey(S, "MATERNITY_CLAIM", "WORKER_NO", "WORKER", "WORKER_NO")])
    clearance = Table(S, "POLICE_CLEARANCE", [
        Col("CLEARANCE_ID", "integer PRIMARY KEY", "none", seq()),
        Col("WORKER_NO", "varchar(10)", "none", wref()),
        Col("POLICE_STATION", "varchar(30)", "none", pick("Nuwara Eliya", "Hatton", "Bandarawela", "Maskeliya")),
        Col("REPORT_NO", "varchar(20)", "none", lambda c, i: f"NE/GCR/{c.r.randint(100, 9999)}/25"),
        Col("REPORT_DATE", "date", "none", day(2023, 2025)),
        Col("RESULT", "varchar(120)", "criminal_record", weighted([
            ("No adverse record", 14), ("Case pending – Hatton Magistrate Court, assault", 1),
            ("Convicted 2017, theft of tea leaf, fined", 1), ("Excise offence 2020 (illicit liquor), warned", 1)])),
        Col("FOR_POST", "varchar(30)", "none", pick("Watcher", "Field Officer trainee", "Factory Clerk", "Driver"))],
        rows=80, extra=[fkey(S, "POLICE_CLEARANCE", "WORKER_NO", "WORKER", "WORKER_NO")])
    return [estate, unions, worker, dependant, muster, payslip, visit, maternity, clearance]

