"""ad_mcms: an in-house magistrate court case management system in Liberia (UPPER-case names, as written by the
court's own developers): courts, magistrates, counsel, parties to cases, charges and verdicts, hearings, medico-legal
reports, fines paid by mobile money, users and an audit log."""
from __future__ import annotations

from .blind28_gens import (bcrypt, coords, day, digits, fill, fk, fk_sql, ident, ipv4, maybe, money, num,
                           one_of, per, pick, shared, token, when)
from .gens import Col, Table

S, CC = "ad_mcms", "lr"
COURTS = ["Monrovia City Court", "Paynesville Magisterial Court", "Kakata Magisterial Court",
          "Gbarnga Magisterial Court", "Buchanan Magisterial Court", "Harper Magisterial Court",
          "Voinjama Magisterial Court", "Sanniquellie Magisterial Court", "Zwedru Magisterial Court",
          "Greenville Magisterial Court", "Tubmanburg Magisterial Court", "Robertsport Magisterial Court",
          "Cestos City Magisterial Court", "Barclayville Magisterial Court", "Fish Town Magisterial Court",
          "Bopolu Magisterial Court"]
N_COURT, N_MAG, N_COUNSEL, N_PARTY, N_CASE, N_USER = len(COURTS), 40, 85, 150, 150, 36
OFFENCES = [("15.51", "THEFT OF PROPERTY"), ("14.10", "SIMPLE ASSAULT"), ("14.20", "AGGRAVATED ASSAULT"),
            ("15.20", "CRIMINAL MISCHIEF"), ("17.1", "DISORDERLY CONDUCT"), ("15.40", "BURGLARY"),
            ("15.32", "ROBBERY"), ("16.1", "FORGERY"), ("15.41", "CRIMINAL TRESPASS"), ("15.56", "THEFT OF SERVICES"),
            ("14.3", "RECKLESS ENDANGERMENT")]
TRIBES = ["KPELLE", "BASSA", "GIO", "MANO", "KRU", "GREBO", "LORMA", "KISSI", "GOLA", "VAI", "MANDINGO", "GBANDI",
          "MENDE", "BELLE", "DEI", "KRAHN", "CONGO"]
CASE = fk(N_CASE, 7)
PARTY = fk(N_PARTY, 11)
IP = ipv4("41.57", "154.72", "197.231", "41.191")


def _offence(c, i):
    return OFFENCES[(i * 5) % len(OFFENCES)]


def mcms_tables() -> list[Table]:
    court = Table(S, "COURT", [
        Col("COURT_ID", "integer PRIMARY KEY", "none", ident),
        Col("COURT_NM", "varchar(80)", "none", lambda c, i: COURTS[i - 1]),
        Col("COUNTY", "varchar(30)", "none", pick("MONTSERRADO", "MARGIBI", "BONG", "GRAND BASSA", "MARYLAND", "LOFA")),
        Col("TOWN", "varchar(30)", "none", lambda c, i: COURTS[i - 1].split(" ")[0]),
        Col("ADDR", "varchar(120)", "none", lambda c, i: "Temple of Justice Annex, " + COURTS[i - 1].split(" ")[0]),
        Col("PHONE", "varchar(20)", "none", digits(6, "0777 ")),
        Col("EMAIL", "varchar(80)", "none", lambda c, i: COURTS[i - 1].split(" ")[0].lower() + ".court@judiciary.example.lr"),
        Col("CLERK_NM", "varchar(80)", "person_name", per(CC, "clerk", "name")),
    ], rows=N_COURT)
    mag = Table(S, "MAGISTRATE", [
        Col("MAG_ID", "integer PRIMARY KEY", "none", ident),
        Col("FULL_NM", "varchar(80)", "person_name", lambda c, i: "Hon. " + per(CC, "magistrate", "name")(c, i)),
        Col("COURT_ID", "integer", "none", fk(N_COURT)),
        Col("TITLE", "varchar(40)", "none", pick("STIPENDIARY MAGISTRATE", "ASSOCIATE MAGISTRATE", "CITY SOLICITOR")),
        Col("PHONE_NO", "varchar(20)", "phone", per(CC, "magistrate", "mobile")),
        Col("EMAIL", "varchar(80)", "email", lambda c, i: per(CC, "magistrate", "email")(c, i).split("@")[0]
            + "@judiciary.example.lr"),
        Col("APPT_DT", "date", "none", day(2008, 2024)),
    ], rows=N_MAG, extra=[fk_sql(S, "MAGISTRATE", "COURT_ID", "COURT", "COURT_ID")])
    counsel = Table(S, "COUNSEL", [
        Col("COUNSEL_ID", "integer PRIMARY KEY", "none", ident),
        Col("FULL_NM", "varchar(80)", "person_name", lambda c, i: "Cllr. " + per(CC, "counsel", "name")(c, i)),
        Col("BAR_NO", "varchar(12)", "none", digits(4, "LNBA-")),
        Col("FIRM_NM", "varchar(80)", "none", pick("Public Defender's Office", "Sherman & Sherman", "Legal Aid Clinic",
                                                   "Heritage Partners", "Pierre, Tweh & Associates", "Sole practice")),
        Col("COUNSEL_TYPE", "varchar(20)", "none", pick("PUBLIC DEFENDER", "PRIVATE", "LEGAL AID")),
        Col("PHONE", "varchar(20)", "phone", per(CC, "counsel", "mobile")),
        Col("EMAIL", "varchar(80)", "email", per(CC, "counsel", "email")),
        Col("OFFICE_ADDR", "varchar(120)", "none", pick("Ashmun Street, Monrovia", "Broad Street, Monrovia",
                                                         "Tubman Boulevard, Sinkor", "Temple of Justice, Capitol Hill")),
    ], rows=N_COUNSEL)
    party = Table(S, "PARTY", [
        Col("PARTY_ID", "integer PRIMARY KEY", "none", ident),
        Col("SURNAME", "varchar(40)", "person_name", per(CC, "party", "last")),
        Col("FIRST_NM", "varchar(40)", "person_name", per(CC, "party", "first")),
        Col("MIDDLE_NM", "varchar(40)", "person_name", maybe(lambda c, i: per(CC, "party", "first", fk(N_PARTY, 3))(c, i)
                                                             [0] + ".", 0.5)),
        Col("ALIAS", "varchar(40)", "person_name", maybe(pick("Small Boy", "Junior", "Chicken Soup", "Big Joe",
                                                              "Pepper", "Old Ma"), 0.8)),
        Col("SEX", "char(1)", "none", per(CC, "party", "sex")),
        Col("DOB", "date", "birth_date", maybe(per(CC, "party", "born"), 0.3)),
        Col("AGE", "smallint", "none", lambda c, i: 2025 - per(CC, "party", "born")(c, i).year),
        Col("NIR_NO", "varchar(20)", "national_id", maybe(per(CC, "party", "nid"), 0.4), pgp=True,
            comment="National Identification Registry number, encrypted"),
        Col("TRIBE", "varchar(20)", "ethnic_origin", pick(*TRIBES)),
        Col("RELIGION", "varchar(20)", "religious_belief", pick("CHRISTIAN", "CHRISTIAN", "MUSLIM", "TRADITIONAL",
                                                                "NONE")),
        Col("OCCUPATION", "varchar(40)", "none", pick("PETTY TRADER", "MOTORCYCLIST", "STUDENT", "FARMER",
                                                      "CARPENTER", "UNEMPLOYED", "TEACHER", "SECURITY GUARD")),
        Col("MARITAL_STAT", "char(1)", "none", pick("S", "M", "W", "D")),
        Col("RESID_ADDR", "varchar(160)", "postal_address", per(CC, "party", "street")),
        Col("COMMUNITY", "varchar(40)", "none", per(CC, "party", "town")),
        Col("COUNTY", "varchar(30)", "none", pick("MONTSERRADO", "MARGIBI", "BONG", "NIMBA", "GRAND BASSA")),
        Col("HOME_GPS", "varchar(30)", "geo_location", maybe(coords(6.22, 6.40, -10.82, -10.68), 0.4),
            comment="lat,lon of the house; most addresses are descriptive"),
        Col("CELL_NO", "varchar(20)", "phone", per(CC, "party", "mobile")),
        Col("ALT_CELL", "varchar(20)", "phone", maybe(per(CC, "party", "landline"), 0.7)),
        Col("NOK_NM", "varchar(80)", "person_name", per(CC, "kin", "name")),
        Col("NOK_CELL", "varchar(20)", "phone", per(CC, "kin", "mobile")),
        Col("REMARKS", "varchar(400)", "free_text_may_contain_pii", maybe(one_of(
            fill("Lives with uncle {n}, reachable on {m}", n=per(CC, "kin", "name"), m=per(CC, "kin", "mobile")),
            fill("Works at {n}'s cookshop, Red Light market", n=per(CC, "kin", "name")),
            pick("Needs Kpelle interpreter", "Came with community chairman", "Address confirmed by police")), 0.3)),
    ], rows=N_PARTY)
    case = Table(S, "CASE_FILE", [
        Col("CASE_ID", "integer PRIMARY KEY", "none", ident),
        Col("DOCKET_NO", "varchar(20)", "none", lambda c, i: f"MCC/{2019 + i % 7}/{i:04d}"),
        Col("COURT_ID", "integer", "none", fk(N_COURT, 3)),
        Col("MAG_ID", "integer", "none", fk(N_MAG, 3)),
        Col("CASE_TYPE", "varchar(10)", "none", pick("CRIMINAL", "CRIMINAL", "CIVIL", "TRAFFIC")),
        Col("FILED_DT", "date", "none", day(2019, 2025)),
        Col("STATUS", "varchar(12)", "none", pick("PENDING", "ADJOURNED", "DISPOSED", "TRANSFERRED")),
        Col("POLICE_STN", "varchar(40)", "none", pick("Zone 1 Depot", "Central Police Station", "Paynesville Depot",
                                                      "ELWA Depot", "Kakata Detachment")),
        Col("CHARGE_SHEET_NO", "varchar(20)", "none", digits(6, "LNP/CS/")),
        Col("FACTS_SUMMARY", "varchar(1000)", "free_text_may_contain_pii", fill(
            "Complainant {v} of {a} alleged that defendant {d} took a generator from the complainant's shop.",
            v=per(CC, "party", "name", fk(N_PARTY, 13, 5)), a=per(CC, "party", "town", fk(N_PARTY, 13, 5)),
            d=per(CC, "party", "name", PARTY))),
        Col("NEXT_HEARING_DT", "date", "none", maybe(day(2025, 2026), 0.4)),
        Col("CLOSED_DT", "date", "none", maybe(day(2020, 2025), 0.6)),
        Col("CLOSE_REASON", "varchar(30)", "none", maybe(pick("JUDGMENT", "WITHDRAWN", "SETTLED", "NOLLE PROSEQUI"),
                                                         0.6)),
    ], rows=N_CASE, extra=[fk_sql(S, "CASE_FILE", "COURT_ID", "COURT", "COURT_ID"),
                           fk_sql(S, "CASE_FILE", "MAG_ID", "MAGISTRATE", "MAG_ID")])
    cparty = Table(S, "CASE_PARTY", [
        Col("CP_ID", "integer PRIMARY KEY", "none", ident),
        Col("CASE_ID", "integer", "none", CASE),
        Col("PARTY_ID", "integer", "none", PARTY),
        Col("ROLE_CD", "varchar(12)", "none", pick("DEFENDANT", "COMPLAINANT", "WITNESS", "PLAINTIFF", "RESPONDENT")),
        Col("COUNSEL_ID", "integer", "none", maybe(fk(N_COUNSEL), 0.5)),
    ], rows=150, extra=[fk_sql(S, "CASE_PARTY", "CASE_ID", "CASE_FILE", "CASE_ID"),
                        fk_sql(S, "CASE_PARTY", "PARTY_ID", "PARTY", "PARTY_ID"),
                        fk_sql(S, "CASE_PARTY", "COUNSEL_ID", "COUNSEL", "COUNSEL_ID")])
    charge = Table(S, "CHARGE", [
        Col("CHARGE_ID", "integer PRIMARY KEY", "none", ident),
        Col("CASE_ID", "integer", "none", CASE),
        Col("PARTY_ID", "integer", "none", PARTY),
        Col("OFFENCE_CD", "varchar(10)", "criminal_record", lambda c, i: _offence(c, i)[0]),
        Col("OFFENCE_DESC", "varchar(80)", "criminal_record", lambda c, i: _offence(c, i)[1]),
        Col("COUNT_NO", "smallint", "none", num(1, 3)),
        Col("PLEA", "varchar(12)", "criminal_record", pick("NOT GUILTY", "NOT GUILTY", "GUILTY", "NO PLEA")),
        Col("VERDICT", "varchar(12)", "criminal_record", maybe(pick("GUILTY", "NOT GUILTY", "DISMISSED"), 0.4)),
        Col("SENTENCE", "varchar(120)", "criminal_record", maybe(pick("FINE L$ 5,000", "6 MONTHS IMPRISONMENT",
                                                                      "COMMUNITY SERVICE 30 DAYS", "RESTITUTION",
                                                                      "SUSPENDED SENTENCE 1 YEAR"), 0.5)),
        Col("SENTENCE_DT", "date", "none", maybe(day(2020, 2025), 0.5)),
        Col("FINE_AMT", "numeric(10,2)", "none", maybe(money(1000, 25000), 0.6)),
    ], rows=130, extra=[fk_sql(S, "CHARGE", "CASE_ID", "CASE_FILE", "CASE_ID"),
                        fk_sql(S, "CHARGE", "PARTY_ID", "PARTY", "PARTY_ID")])
    minutes = shared("minutes", one_of(
        fill("Defendant absent. Surety {n} informed by phone {m}. Case adjourned.", n=per(CC, "surety", "name"),
             m=per(CC, "surety", "mobile")),
        fill("Witness {n} testified and was cross-examined by defence counsel.", n=per(CC, "party", "name", PARTY)),
        pick("Court did not sit; magistrate on assignment.", "Ruling reserved.", "Prosecution requested more time.")))
    hearing = Table(S, "HEARING", [
        Col("HEARING_ID", "integer PRIMARY KEY", "none", ident),
        Col("CASE_ID", "integer", "none", fk(N_CASE, 3)),
        Col("HEARING_DT", "timestamp", "none", when(2019, 2025)),
        Col("COURTROOM", "varchar(10)", "none", pick("1", "2", "A", "CHAMBERS")),
        Col("MAG_ID", "integer", "none", fk(N_MAG, 7)),
        Col("OUTCOME", "varchar(12)", "none", pick("ADJOURNED", "HEARD", "RULING", "JUDGMENT")),
        Col("ADJ_REASON", "varchar(30)", "none", maybe(pick("ACCUSED ABSENT", "WITNESS ABSENT", "NO INTERPRETER",
                                                            "MAGISTRATE ON LEAVE", "FILE NOT READY"), 0.5)),
        Col("INTERPRETER_LANG", "varchar(20)", "none", maybe(pick("KPELLE", "BASSA", "VAI", "GREBO"), 0.7)),
        Col("MINUTES", "varchar(2000)", "free_text_may_contain_pii", minutes),
    ], rows=150, extra=[fk_sql(S, "HEARING", "CASE_ID", "CASE_FILE", "CASE_ID"),
                        fk_sql(S, "HEARING", "MAG_ID", "MAGISTRATE", "MAG_ID")])
    med = Table(S, "MEDICAL_REPORT", [
        Col("REPORT_ID", "integer PRIMARY KEY", "none", ident),
        Col("CASE_ID", "integer", "none", fk(N_CASE, 11)),
        Col("PARTY_ID", "integer", "none", fk(N_PARTY, 17)),
        Col("EXAM_DT", "date", "none", day(2019, 2025)),
        Col("EXAMINER_NM", "varchar(80)", "person_name", lambda c, i: "Dr. " + per(CC, "doctor", "name")(c, i)),
        Col("FACILITY", "varchar(60)", "none", pick("JFK Medical Center", "Redemption Hospital", "Phebe Hospital",
                                                    "C.B. Dunbar Hospital")),
        Col("INJURY_DESC", "varchar(400)", "health", pick("Laceration 4 cm left forearm, sutured",
                                                          "Fracture right radius", "Multiple bruises to the back",
                                                          "No visible injury", "Stab wound abdomen, admitted 3 days")),
        Col("MENTAL_FIT", "varchar(40)", "health", pick("FIT TO PLEAD", "FIT TO PLEAD", "REFER PSYCHIATRIC EVALUATION",
                                                        "UNFIT TO PLEAD")),
    ], rows=90, extra=[fk_sql(S, "MEDICAL_REPORT", "CASE_ID", "CASE_FILE", "CASE_ID"),
                       fk_sql(S, "MEDICAL_REPORT", "PARTY_ID", "PARTY", "PARTY_ID")])
    fine = Table(S, "FINE_RECEIPT", [
        Col("RECEIPT_NO", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"MCR-{2024 + i % 2}-{i:05d}"),
        Col("CASE_ID", "integer", "none", fk(N_CASE, 13)),
        Col("PAYER_NM", "varchar(80)", "person_name", per(CC, "payer", "name")),
        Col("AMT_LRD", "numeric(10,2)", "none", money(1000, 25000)),
        Col("PAY_MODE", "varchar(10)", "none", pick("CASH", "MOMO", "MOMO", "BANK")),
        Col("MOMO_NO", "varchar(20)", "phone", maybe(per(CC, "payer", "mobile"), 0.3)),
        Col("TXN_REF", "varchar(20)", "none", token(10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")),
        Col("PAID_TS", "timestamp", "none", when(2024, 2025)),
    ], rows=100, extra=[fk_sql(S, "FINE_RECEIPT", "CASE_ID", "CASE_FILE", "CASE_ID")])
    users = Table(S, "SYS_USER", [
        Col("USER_ID", "integer PRIMARY KEY", "none", ident),
        Col("LOGIN_NM", "varchar(30)", "none", per(CC, "clerkuser", "user")),
        Col("PWD_HASH", "varchar(60)", "credentials", bcrypt(10)),
        Col("FULL_NM", "varchar(80)", "person_name", per(CC, "clerkuser", "name")),
        Col("ROLE_CD", "varchar(12)", "none", pick("CLERK", "CLERK", "MAGISTRATE", "ADMIN", "CASHIER")),
        Col("COURT_ID", "integer", "none", fk(N_COURT, 5)),
        Col("LAST_LOGIN_IP", "varchar(40)", "ip_address", IP),
        Col("RESET_TOKEN", "varchar(40)", "secret_token", maybe(token(32, "0123456789abcdef"), 0.7)),
        Col("LOCKED_YN", "char(1)", "none", pick("N", "N", "N", "Y")),
    ], rows=N_USER, extra=[fk_sql(S, "SYS_USER", "COURT_ID", "COURT", "COURT_ID")])
    audit = Table(S, "AUDIT_LOG", [
        Col("LOG_ID", "integer PRIMARY KEY", "none", ident),
        Col("USER_ID", "integer", "none", fk(N_USER, 7)),
        Col("ACTION_CD", "varchar(10)", "none", pick("INSERT", "UPDATE", "VIEW", "PRINT", "LOGIN")),
        Col("TBL_NM", "varchar(30)", "none", pick("PARTY", "CHARGE", "CASE_FILE", "HEARING", "FINE_RECEIPT")),
        Col("REC_ID", "integer", "none", num(1, 150)),
        Col("LOG_TS", "timestamp", "none", when(2024, 2025)),
        Col("CLIENT_IP", "varchar(40)", "ip_address", IP),
    ], rows=150, extra=[fk_sql(S, "AUDIT_LOG", "USER_ID", "SYS_USER", "USER_ID")])
    return [court, mag, counsel, party, case, cparty, charge, hearing, med, fine, users, audit]

