"""af_firearms: the in-house firearms licensing register of a Bahamian licensing office, a legacy system with UPPER
case names: applicants, licences, firearms and where they are kept, police record checks, medical certificates,
referees, storage inspections, gun clubs, fee payments and the officers' audit trail."""
from __future__ import annotations

from .blind30_gens import (bcrypt, code, coord, day, fk, fkey, ipv4, maybe, num, pick, pp, row_id, say,
                           stamp)
from .gens import Col as C
from .gens import Table

S = "af_firearms"
APP, LIC, OFF, CLUB = 130, 150, 80, 80
PK = "INTEGER PRIMARY KEY"
LAT, LON = (24.0, 26.6), (-78.5, -76.0)

_STATEMENT = ["I HAVE KNOWN {first} {last} FOR OVER TEN YEARS THROUGH CHURCH. HE/SHE IS RESPONSIBLE AND CALM.",
              "Applicant is my neighbour on {street}. Never seen any trouble. Call me on {mobile}.",
              "Worked with {first} at the Port Authority since 2012; a careful and honest person.",
              "Known the applicant through the hunting club, good safety record.",
              "Family friend. {first} hunts ducks on Andros every season."]
_INSPECT = ["Safe bolted to floor in master bedroom closet. Spoke with spouse {first}.",
            "Cabinet not bolted - advised applicant, re-visit in 14 days.",
            "Ammunition stored separately, key held by {full} only.", "No one home, card left at gate.",
            "Satisfactory. Applicant's son {first} present, not a licence holder."]


def firearms_tables() -> list[Table]:
    a, o = "applicant", "officer"
    return [
        Table(S, "OFFICER", [
            C("OFFICER_ID", PK, "none", row_id()),
            C("FORCE_NO", "VARCHAR(8)", "none", lambda c, i: f"{c.r.randint(1000, 4999)}"),
            C("RANK", "VARCHAR(20)", "none", pick("CONSTABLE", "CORPORAL", "SERGEANT", "INSPECTOR", "CLERK")),
            C("OFFICER_NAME", "VARCHAR(80)", "person_name", lambda c, i: pp("BS", o, "full")(c, i).upper()),
            C("STATION", "VARCHAR(40)", "none", pick("CENTRAL", "CARMICHAEL", "GRAND BAHAMA", "ABACO", "EXUMA")),
            C("PWD_HASH", "VARCHAR(80)", "credentials", bcrypt("10", "2a")),
        ], rows=OFF),
        Table(S, "APPLICANT", [
            C("APPLICANT_ID", PK, "none", row_id()),
            C("SURNAME", "VARCHAR(40)", "person_name", lambda c, i: pp("BS", a, "last")(c, i).upper()),
            C("GIVEN_NAMES", "VARCHAR(60)", "person_name", lambda c, i: pp("BS", a, "first")(c, i).upper()),
            C("DOB", "DATE", "birth_date", pp("BS", a, "birth")),
            C("SEX", "CHAR(1)", "none", pp("BS", a, "sex")),
            C("NIB_NO", "CHAR(9)", "national_id", pp("BS", a, "nid")),
            C("RES_ADDR", "VARCHAR(120)", "postal_address", lambda c, i: pp("BS", a, "street")(c, i).upper()),
            C("ISLAND", "VARCHAR(30)", "none", lambda c, i: pp("BS", a, "town")(c, i).upper()),
            C("MOBILE_NO", "VARCHAR(20)", "phone", pp("BS", a, "mobile")),
            C("EMAIL_ADDR", "VARCHAR(80)", "email", maybe(pp("BS", a, "email"), 0.3)),
            C("OCCUPATION", "VARCHAR(40)", "none", pick("FISHERMAN", "CONTRACTOR", "FARMER", "SECURITY OFFICER",
                                                        "BUSINESS OWNER", "RETIRED", "GUIDE")),
            C("ETHNICITY_CD", "CHAR(1)", "ethnic_origin", pick("B", "B", "B", "B", "W", "M", "H", "O"),
              comment="B=BLACK W=WHITE M=MIXED H=HAITIAN DESCENT O=OTHER (MONITORING)"),
        ], rows=APP),
        Table(S, "LICENCE", [
            C("LIC_NO", "VARCHAR(12) PRIMARY KEY", "none", code("FL", 7)),
            C("APPLICANT_ID", "INTEGER", "none", fk(APP, 1)),
            C("LIC_TYPE", "VARCHAR(12)", "none", pick("SHOTGUN", "SHOTGUN", "RIFLE", "HANDGUN")),
            C("PURPOSE", "VARCHAR(20)", "none", pick("HUNTING", "SPORT", "FARM PEST", "PROTECTION")),
            C("STATUS", "CHAR(1)", "none", pick("A", "A", "A", "E", "R", "S")),
            C("ISSUE_DT", "DATE", "none", day(2015, 2025)),
            C("EXPIRY_DT", "DATE", "none", day(2025, 2028)),
            C("REVOKE_REASON", "VARCHAR(80)", "criminal_record",
              pick(None, None, None, None, "CONVICTED - POSSESSION OF DANGEROUS DRUGS", "CHARGED - ASSAULT WITH A WEAPON",
                   "CONVICTED - DRIVING UNDER THE INFLUENCE", "FAILURE TO RENEW")),
        ], rows=LIC, extra=[fkey(S, "LICENCE", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID")]),
        Table(S, "FIREARM", [
            C("FIREARM_ID", PK, "none", row_id()),
            C("LIC_NO", "VARCHAR(12)", "none", lambda c, i: f"FL{(i * 3) % LIC + 1:07d}"),
            C("MAKE", "VARCHAR(30)", "none", pick("REMINGTON", "MOSSBERG", "BERETTA", "RUGER", "SAVAGE", "GLOCK")),
            C("CALIBRE", "VARCHAR(10)", "none", pick("12GA", "20GA", ".22LR", ".308", "9MM")),
            C("SERIAL_NO", "VARCHAR(20)", "none", lambda c, i: f"{c.r.choice('RVBSM')}{c.r.randint(100000, 9999999)}"),
            C("ACQUIRED_DT", "DATE", "none", day(2005, 2025)),
            C("STORAGE_LAT", "NUMERIC(9,6)", "geo_location", coord(*LAT)),
            C("STORAGE_LON", "NUMERIC(9,6)", "geo_location", coord(*LON)),
        ], rows=140, extra=[fkey(S, "FIREARM", "LIC_NO", "LICENCE", "LIC_NO")]),
        Table(S, "POLICE_CHECK", [
            C("CHECK_ID", PK, "none", row_id()),
            C("APPLICANT_ID", "INTEGER", "none", row_id()),
            C("REQUEST_DT", "DATE", "none", day(2022, 2025)),
            C("CRO_REF", "VARCHAR(14)", "none", code("CRO/", 6)),
            C("PRIOR_CONVICTIONS", "VARCHAR(200)", "criminal_record",
              pick("NONE RECORDED", "NONE RECORDED", "NONE RECORDED", "2011 POSSESSION OF MARIJUANA - FINED $500",
                   "2016 CAUSING HARM - 6 MONTHS SUSPENDED", "2009 RECEIVING STOLEN PROPERTY - 1 YR BFP")),
            C("PENDING_CHARGES", "VARCHAR(200)", "criminal_record", pick(None, None, None, None, "ASSAULT (MAGISTRATES CT 6)",
                                                                       "THREATS OF DEATH")),
            C("RESULT", "VARCHAR(10)", "none", pick("CLEARED", "CLEARED", "CLEARED", "REFER", "REFUSED")),
            C("OFFICER_ID", "INTEGER", "none", fk(OFF, 3)),
        ], rows=APP, extra=[fkey(S, "POLICE_CHECK", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID"),
                            fkey(S, "POLICE_CHECK", "OFFICER_ID", "OFFICER", "OFFICER_ID")]),
        Table(S, "MEDICAL_CERT", [
            C("CERT_ID", PK, "none", row_id()),
            C("APPLICANT_ID", "INTEGER", "none", fk(APP, 7)),
            C("DOCTOR_NAME", "VARCHAR(60)", "person_name", lambda c, i: "DR. " + pp("BS", "doctor", "full", 25, 1)(c, i).upper()),
            C("CLINIC", "VARCHAR(60)", "none", pick("DOCTORS HOSPITAL", "PRINCESS MARGARET HOSPITAL", "WALK-IN CLINIC SANDYPORT",
                                                    "RAND MEMORIAL HOSPITAL")),
            C("EXAM_DT", "DATE", "none", day(2022, 2025)),
            C("MENTAL_HEALTH_HX", "VARCHAR(120)", "health", pick("NIL", "NIL", "NIL", "DEPRESSION 2019 - RESOLVED",
                                                                "PTSD - UNDER TREATMENT", "ANXIETY, ON SERTRALINE")),
            C("SUBSTANCE_USE", "VARCHAR(60)", "health", pick("NONE", "NONE", "SOCIAL ALCOHOL", "PAST CANNABIS USE")),
            C("FIT_FOR_LICENCE", "CHAR(1)", "health", pick("Y", "Y", "Y", "N", "C"), comment="Y/N/C=CONDITIONAL"),
        ], rows=120, extra=[fkey(S, "MEDICAL_CERT", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID")]),
        Table(S, "REFEREE", [
            C("REF_ID", PK, "none", row_id()),
            C("APPLICANT_ID", "INTEGER", "none", fk(APP, 1)),
            C("REF_NAME", "VARCHAR(80)", "person_name", pp("BS", "referee", "full")),
            C("REF_PHONE", "VARCHAR(20)", "phone", pp("BS", "referee", "landline")),
            C("RELATIONSHIP", "VARCHAR(20)", "none", pick("NEIGHBOUR", "EMPLOYER", "PASTOR", "FRIEND", "CO-WORKER")),
            C("YEARS_KNOWN", "SMALLINT", "none", num(2, 30)),
            C("STATEMENT", "VARCHAR(400)", "free_text_may_contain_pii", say("BS", a, _STATEMENT, APP, 1)),
        ], rows=130, extra=[fkey(S, "REFEREE", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID")]),
        Table(S, "INSPECTION", [
            C("INSP_ID", PK, "none", row_id()),
            C("APPLICANT_ID", "INTEGER", "none", fk(APP, 11)),
            C("OFFICER_ID", "INTEGER", "none", fk(OFF, 5)),
            C("INSP_DT", "DATE", "none", day(2022, 2025)),
            C("SAFE_TYPE", "VARCHAR(20)", "none", pick("GUN SAFE", "STEEL CABINET", "LOCKED BOX", "NONE")),
            C("OUTCOME", "CHAR(1)", "none", pick("S", "S", "U", "R")),
            C("NOTES", "VARCHAR(400)", "free_text_may_contain_pii", say("BS", "household", _INSPECT)),
        ], rows=120, extra=[fkey(S, "INSPECTION", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID"),
                            fkey(S, "INSPECTION", "OFFICER_ID", "OFFICER", "OFFICER_ID")]),
        Table(S, "GUN_CLUB", [
            C("CLUB_ID", PK, "none", row_id()),
            C("CLUB_NAME", "VARCHAR(60)", "none", lambda c, i: f"{pick('NEW PROVIDENCE', 'ANDROS', 'ABACO', 'ELEUTHERA', 'EXUMA')(c, i)} "
                                                                f"{pick('SPORTING', 'DUCK HUNTERS', 'CLAY', 'RIFLE')(c, i)} CLUB NO. {i}"),
            C("CLUB_ADDR", "VARCHAR(120)", "none", lambda c, i: f"RANGE ROAD {i}, P.O. BOX N-{c.r.randint(1000, 9999)}"),
            C("CLUB_PHONE", "VARCHAR(20)", "none", lambda c, i: f"(242) 36{c.r.randint(0, 9)}-{c.r.randint(1000, 9999)}"),
            C("CLUB_EMAIL", "VARCHAR(80)", "none", lambda c, i: f"secretary@club{i}.bs"),
            C("SECRETARY_NAME", "VARCHAR(80)", "person_name", lambda c, i: pp("BS", "secretary", "full")(c, i).upper()),
        ], rows=CLUB),
        Table(S, "CLUB_MEMBER", [
            C("MEMB_ID", PK, "none", row_id()),
            C("CLUB_ID", "INTEGER", "none", fk(CLUB, 3)),
            C("APPLICANT_ID", "INTEGER", "none", fk(APP, 9)),
            C("JOINED_DT", "DATE", "none", day(2005, 2025)),
            C("RANGE_HOURS", "SMALLINT", "none", num(0, 120)),
        ], rows=130, extra=[fkey(S, "CLUB_MEMBER", "CLUB_ID", "GUN_CLUB", "CLUB_ID"),
                            fkey(S, "CLUB_MEMBER", "APPLICANT_ID", "APPLICANT", "APPLICANT_ID")]),
        Table(S, "FEE_PAYMENT", [
            C("PAY_ID", PK, "none", row_id()),
            C("LIC_NO", "VARCHAR(12)", "none", lambda c, i: f"FL{i:07d}"),
            C("AMOUNT", "NUMERIC(8,2)", "none", pick(100, 150, 250)),
            C("PAID_DT", "DATE", "none", day(2022, 2025)),
            C("METHOD", "VARCHAR(10)", "none", pick("CASH", "BANK DRAFT", "BANK DRAFT", "CHEQUE")),
            C("RECEIPT_NO", "VARCHAR(12)", "none", code("TR", 8)),
            C("DRAWER_ACCT", "VARCHAR(16)", "bank_account",
              maybe(lambda c, i: f"{c.r.choice(['05125', '06285', '01015', '40010'])}-{c.r.randint(1000000, 9999999)}", 0.4)),
        ], rows=140, extra=[fkey(S, "FEE_PAYMENT", "LIC_NO", "LICENCE", "LIC_NO")]),
        Table(S, "AUDIT_TRAIL", [
            C("AUDIT_ID", PK, "none", row_id()),
            C("OFFICER_ID", "INTEGER", "none", fk(OFF, 7)),
            C("ACTION", "VARCHAR(10)", "none", pick("INSERT", "UPDATE", "VIEW", "PRINT")),
            C("TABLE_NM", "VARCHAR(30)", "none", pick("APPLICANT", "LICENCE", "POLICE_CHECK", "MEDICAL_CERT")),
            C("REC_KEY", "VARCHAR(20)", "none", lambda c, i: str(c.r.randint(1, APP))),
            C("WORKSTATION_IP", "VARCHAR(15)", "ip_address", ipv4(private=True)),
            C("TS", "TIMESTAMP", "none", stamp(2024, 2025)),
        ], rows=150, extra=[fkey(S, "AUDIT_TRAIL", "OFFICER_ID", "OFFICER", "OFFICER_ID")]),
    ]
