"""h_openhospital: Open Hospital (Informatici Senza Frontiere), the OH_* tables of a district hospital in Uganda.

Upper-case table and column names as OH writes them (PAT_*, ADM_*, OPD_*, LAB_*, PEX_*, THR_*, OPER_*).
"""
from __future__ import annotations

from .blind5_gens import (BLOOD, DRUGS, ICD10, LABS, L, T, allergen, clinical_note, code, dob, fk, lab_result, num, one,
                          opt, phone_ug, sig, stamp)
from .gens import Ctx, Table, bcrypt_like, ident

S = "h_openhospital"
NPAT, NADM, NOPD, NLAB = 120, 110, 130, 140
EXAMS = [(f"LB.{n}", lab[0]) for n, lab in enumerate(LABS, 1)]
MEDS = DRUGS
OPS = ["Caesarean section", "Appendectomy", "Herniorrhaphy", "Incision and drainage", "Laparotomy",
       "Tubal ligation", "Open reduction internal fixation", "Circumcision", "Hysterectomy", "Cataract extraction"]
WARDS = [("M", "MEDICAL"), ("S", "SURGERY"), ("P", "PAEDIATRICS"), ("MT", "MATERNITY"), ("OP", "OPD"),
         ("IC", "INTENSIVE CARE"), ("PH", "PHARMACY"), ("TB", "TB ISOLATION")]
VILLAGES = ["Kyabakuza", "Nyendo", "Kasana", "Bwala", "Kitovu", "Katwe", "Nkoni", "Buwunga", "Kalungu", "Kyotera"]


def _addr(c: Ctx, i: int) -> str:
    return c.r.choice([f"Plot {c.r.randint(1, 240)}, {c.r.choice(VILLAGES)} Road", f"{c.r.choice(VILLAGES)} village, "
                       f"LC1 {c.r.choice(['Zone A', 'Zone B', 'Cell 3'])}", f"P.O. Box {c.r.randint(10, 999)}, Masaka"])


def _full(c: Ctx, i: int) -> str:
    f = L("sw", "first_name")(c, i)
    return f"{L('sw', 'last_name')(c, i).upper()} {f}"


def _pat_note(c: Ctx, i: int) -> str:
    return c.r.choice([f"Guardian is {_full(c, i)}, call {phone_ug(c, i)}", f"Brought by neighbour {_full(c, i)}",
                       f"Refer questions to son {L('sw', 'first_name')(c, i)} on {phone_ug(c, i)}",
                       f"Next of kin changed {c.r.randint(1, 28)}/0{c.r.randint(1, 9)}/2024, new number {phone_ug(c, i)}"])


def _sms(c: Ctx, i: int) -> str:
    d = c.r.choice(MEDS)
    return (f"Dear {L('sw', 'first_name')(c, i)}, remember to take {d[0]} {d[1]} {sig(c, i)}. "
            f"Next refill {c.r.randint(1, 28)}/{c.r.randint(1, 12)}. Kitovu Hospital")


def _vital(lo: float, hi: float, nd: int = 0):
    return opt(0.9, num(lo, hi, nd))


def tables() -> list[Table]:
    dis = lambda c, i: c.r.choice(ICD10)[0]  # noqa: E731
    return [
        T(S, "OH_DISEASE", [
            ("DIS_ID_A", "varchar(10) PRIMARY KEY", "none", lambda c, i: ICD10[i - 1][0]),
            ("DIS_DESC", "varchar(100)", "none", lambda c, i: ICD10[i - 1][1]),
            ("DIS_DCL_ID_A", "char(2)", "none", one("IN", "NC", "MA", "OT")),
            ("DIS_OPD_INCLUDE", "int", "none", one(0, 1)),
            ("DIS_IPD_OUT_INCLUDE", "int", "none", one(0, 1))], rows=len(ICD10)),
        T(S, "OH_WARD", [
            ("WRD_ID_A", "varchar(3) PRIMARY KEY", "none", lambda c, i: WARDS[i - 1][0]),
            ("WRD_NAME", "varchar(50)", "none", lambda c, i: WARDS[i - 1][1]),
            ("WRD_TELE", "varchar(50)", "none", lambda c, i: f"0481 42{c.r.randint(1000, 9999)}"),
            ("WRD_EMAIL", "varchar(50)", "none", lambda c, i: f"{WARDS[i - 1][1].split()[0].lower()}@kitovuhospital.org"),
            ("WRD_NBEDS", "int", "none", num(4, 40)),
            ("WRD_NQUAL_NURS", "int", "none", num(1, 12)),
            ("WRD_NDOC", "int", "none", num(0, 4)),
            ("WRD_IS_PHARMACY", "int", "none", lambda c, i: int(WARDS[i - 1][0] == "PH"))], rows=len(WARDS)),
        T(S, "OH_PATIENT", [
            ("PAT_ID", "int PRIMARY KEY", "none", ident),
            ("PAT_FNAME", "varchar(50)", "person_name", L("sw", "first_name")),
            ("PAT_SNAME", "varchar(50)", "person_name", lambda c, i: L("sw", "last_name")(c, i).upper()),
            ("PAT_NAME", "varchar(100)", "person_name", _full),
            ("PAT_BDATE", "date", "birth_date", dob),
            ("PAT_AGE", "int", "none", num(0, 92)),
            ("PAT_AGETYPE", "varchar(50)", "none", one("d0", "d1", "d2", "d3", "d4")),
            ("PAT_SEX", "char(1)", "none", one("M", "F")),
            ("PAT_ADDR", "varchar(50)", "postal_address", _addr),
            ("PAT_CITY", "varchar(50)", "none", one("Masaka", "Kalungu", "Lwengo", "Rakai", "Kyotera")),
            ("PAT_NEXT_KIN", "varchar(50)", "person_name", _full),
            ("PAT_TELE", "varchar(50)", "phone", opt(0.85, phone_ug)),
            ("PAT_MOTH_NAME", "varchar(50)", "person_name", _full),
            ("PAT_MOTH", "char(1)", "none", one("A", "D", "U")),
            ("PAT_FATH_NAME", "varchar(50)", "person_name", _full),
            ("PAT_FATH", "char(1)", "none", one("A", "D", "U")),
            ("PAT_LEDU", "varchar(50)", "none", one("Primary", "Secondary", "None", "Tertiary")),
            ("PAT_ESTA", "char(1)", "none", one("S", "M", "D", "W", "U")),
            ("PAT_PTOGE", "char(1)", "none", one("Y", "N", "U")),
            ("PAT_BTYPE", "varchar(4)", "health", one(*BLOOD, "Unknown")),
            ("PAT_NOTE", "varchar(255)", "free_text_may_contain_pii", opt(0.7, _pat_note)),
            ("PAT_TAXCODE", "varchar(32)", "national_id", opt(0.6, code("CM########???#"))),
            ("PAT_PROFESSION", "varchar(50)", "none", one("farmer", "teacher", "trader", "student", "boda boda rider")),
            ("PAT_DELETED", "char(1)", "none", one("N", "N", "Y")),
            ("PAT_CREATED_BY", "varchar(50)", "none", one("admin", "reception1", "nurse.mary")),
            ("PAT_CREATED_DATE", "timestamp", "none", stamp())], rows=NPAT),
        T(S, "OH_ADMISSION", [
            ("ADM_ID", "int PRIMARY KEY", "none", ident),
            ("ADM_IN", "int", "none", one(0, 1)),
            ("ADM_WRD_ID_A", "varchar(3)", "none", lambda c, i: c.r.choice(WARDS)[0]),
            ("ADM_YPROG", "int", "none", ident),
            ("ADM_PAT_ID", "int", "none", fk(NPAT)),
            ("ADM_DATE_ADM", "timestamp", "none", stamp()),
            ("ADM_ADMT_ID_A_ADM", "varchar(10)", "none", one("A", "R", "E")),
            ("ADM_FHU", "varchar(50)", "none", opt(0.3, one("Bukulula HC IV", "Kyanamukaka HC III", "Villa Maria"))),
            ("ADM_IN_DIS_ID_A", "varchar(10)", "health", dis),
            ("ADM_OUT_DIS_ID_A", "varchar(10)", "health", opt(0.8, dis)),
            ("ADM_OUT_DIS_ID_A_2", "varchar(10)", "health", opt(0.3, dis)),
            ("ADM_DATE_DIS", "timestamp", "none", opt(0.8, stamp())),
            ("ADM_DIST_ID_A", "varchar(10)", "none", one("D", "T", "E", "M")),
            ("ADM_NOTE", "text", "health", opt(0.8, clinical_note)),
            ("ADM_TRANS", "float", "health", one(0, 0, 0, 1, 2)),
            ("ADM_PRG_DLT_ID_A", "varchar(10)", "health", opt(0.2, one("NVD", "CS", "VE", "BREECH"))),
            ("ADM_PRG_WEIGHT", "float", "health", opt(0.2, num(1.4, 4.6, 2))),
            ("ADM_USR_ID_A", "varchar(50)", "none", one("admin", "dr.ssali", "nurse.mary")),
            ("ADM_DELETED", "char(1)", "none", one("N", "N", "Y"))],
            rows=NADM, fks=(("ADM_PAT_ID", "OH_PATIENT(PAT_ID)"), ("ADM_WRD_ID_A", "OH_WARD(WRD_ID_A)"),
                            ("ADM_IN_DIS_ID_A", "OH_DISEASE(DIS_ID_A)"))),
        T(S, "OH_OPD", [
            ("OPD_ID", "int PRIMARY KEY", "none", ident),
            ("OPD_DATE", "timestamp", "none", stamp()),
            ("OPD_NEW_PAT", "char(1)", "none", one("N", "R")),
            ("OPD_DIS_ID_A", "varchar(10)", "health", dis),
            ("OPD_DIS_ID_A_2", "varchar(10)", "health", opt(0.35, dis)),
            ("OPD_DIS_ID_A_3", "varchar(10)", "health", opt(0.1, dis)),
            ("OPD_PROG_YEAR", "int", "none", ident),
            ("OPD_PAT_ID", "int", "none", fk(NPAT)),
            ("OPD_AGE", "int", "none", num(0, 90)),
            ("OPD_SEX", "char(1)", "none", one("M", "F")),
            ("OPD_NOTE", "text", "health", opt(0.7, clinical_note)),
            ("OPD_REFERRAL_FROM", "varchar(1)", "none", one("R", None)),
            ("OPD_REFERRAL_TO", "varchar(1)", "none", one("R", None)),
            ("OPD_USR_ID_A", "varchar(50)", "none", one("admin", "dr.ssali", "co.nambi"))],
            rows=NOPD, fks=(("OPD_PAT_ID", "OH_PATIENT(PAT_ID)"), ("OPD_DIS_ID_A", "OH_DISEASE(DIS_ID_A)"))),
        T(S, "OH_EXAM", [
            ("EXA_ID_A", "varchar(10) PRIMARY KEY", "none", lambda c, i: EXAMS[i - 1][0]),
            ("EXA_DESC", "varchar(100)", "none", lambda c, i: EXAMS[i - 1][1]),
            ("EXA_EXC_ID_A", "char(2)", "none", one("HB", "BC", "SR", "IM")),
            ("EXA_PROC", "int", "none", one(1, 2, 3))], rows=len(EXAMS)),
        T(S, "OH_LABORATORY", [
            ("LAB_ID", "int PRIMARY KEY", "none", ident),
            ("LAB_EXA_ID_A", "varchar(10)", "health", lambda c, i: c.r.choice(EXAMS)[0]),
            ("LAB_DATE", "timestamp", "none", stamp()),
            ("LAB_RES", "varchar(50)", "health", lab_result),
            ("LAB_NOTE", "varchar(255)", "health", opt(0.4, lambda c, i: f"repeat after {c.r.choice(DRUGS)[0]} course")),
            ("LAB_PAT_ID", "int", "none", fk(NPAT)),
            ("LAB_PAT_NAME", "varchar(100)", "person_name", _full),
            ("LAB_MATERIAL", "varchar(25)", "none", one("Blood", "Urine", "Stool", "Sputum", "CSF")),
            ("LAB_PAT_INOUT", "char(1)", "none", one("I", "O")),
            ("LAB_AGE", "int", "none", num(0, 90)),
            ("LAB_SEX", "char(1)", "none", one("M", "F")),
            ("LAB_STATUS", "varchar(15)", "none", one("DRAFT", "OPEN", "DONE", "DELETED"))],
            rows=NLAB, fks=(("LAB_PAT_ID", "OH_PATIENT(PAT_ID)"), ("LAB_EXA_ID_A", "OH_EXAM(EXA_ID_A)"))),
        T(S, "OH_LABORATORYROW", [
            ("LABR_ID", "int PRIMARY KEY", "none", ident),
            ("LABR_LAB_ID", "int", "none", fk(NLAB)),
            ("LABR_DESC", "varchar(255)", "health", one("Plasmodium falciparum ++", "Trophozoites seen", "Pus cells 10-15/hpf",
                                                          "AFB seen 1+", "Epithelial cells few", "Schistosoma mansoni ova"))],
            rows=100, fks=(("LABR_LAB_ID", "OH_LABORATORY(LAB_ID)"),)),
        T(S, "OH_PATIENTEXAMINATION", [
            ("PEX_ID", "int PRIMARY KEY", "none", ident),
            ("PEX_DATE", "timestamp", "none", stamp()),
            ("PEX_PAT_ID", "int", "none", fk(NPAT)),
            ("PEX_HEIGHT", "int", "health", _vital(50, 195)),
            ("PEX_WEIGHT", "double precision", "health", _vital(3, 120, 1)),
            ("PEX_AP_MIN", "int", "health", _vital(50, 110)),
            ("PEX_AP_MAX", "int", "health", _vital(90, 190)),
            ("PEX_HR", "int", "health", _vital(48, 140)),
            ("PEX_TEMP", "double precision", "health", _vital(35.5, 40.5, 1)),
            ("PEX_SAT", "double precision", "health", _vital(82, 100, 0)),
            ("PEX_HGT", "int", "health", _vital(60, 340)),
            ("PEX_RR", "int", "health", _vital(12, 40)),
            ("PEX_DIURESIS_DESC", "varchar(50)", "health", one("physiological", "oliguria", "polyuria", "anuria", None)),
            ("PEX_BOWEL_DESC", "varchar(50)", "health", one("regular", "constipation", "diarrhea", None)),
            ("PEX_AUSC", "varchar(50)", "health", one("normal", "wheezes", "crackles", "rhonchi", None)),
            ("PEX_NOTE", "varchar(300)", "health", opt(0.5, lambda c, i: f"Known allergy to {allergen(c, i)}; "
                                                         f"{c.r.choice(['mild dehydration', 'pallor ++', 'oedema of feet'])}"))],
            rows=120, fks=(("PEX_PAT_ID", "OH_PATIENT(PAT_ID)"),)),
        T(S, "OH_MEDICALDSR", [
            ("MDSR_ID", "int PRIMARY KEY", "none", ident),
            ("MDSR_CODE", "varchar(5)", "none", lambda c, i: f"D{i:03d}"),
            ("MDSR_DESC", "varchar(100)", "none", lambda c, i: " ".join(MEDS[i - 1])),
            ("MDSR_PCS_IN_PCK", "int", "none", one(10, 28, 30, 100, 1000)),
            ("MDSR_MIN_STOCK", "double precision", "none", num(10, 500))], rows=len(MEDS)),
        T(S, "OH_THERAPIES", [
            ("THR_ID", "int PRIMARY KEY", "none", ident),
            ("THR_PAT_ID", "int", "none", fk(NPAT)),
            ("THR_STARTDATE", "timestamp", "none", stamp()),
            ("THR_ENDDATE", "timestamp", "none", stamp()),
            ("THR_MDSR_ID", "int", "health", fk(len(MEDS))),
            ("THR_QTY", "double precision", "none", one(0.5, 1, 1, 2)),
            ("THR_UNT_ID", "int", "none", one(1, 2, 3)),
            ("THR_FREQINDAY", "int", "none", one(1, 2, 3)),
            ("THR_FREQINPRD", "int", "none", one(1, 7, 30)),
            ("THR_NOTE", "varchar(200)", "health", opt(0.5, lambda c, i: f"{sig(c, i)}; adherence counselling done")),
            ("THR_NOTIFY", "int", "none", one(0, 1)),
            ("THR_SMS", "int", "none", one(0, 1))],
            rows=120, fks=(("THR_PAT_ID", "OH_PATIENT(PAT_ID)"), ("THR_MDSR_ID", "OH_MEDICALDSR(MDSR_ID)"))),
        T(S, "OH_OPERATIONROW", [
            ("OPER_ID", "int PRIMARY KEY", "none", ident),
            ("OPER_OPE_DESC", "varchar(100)", "health", one(*OPS)),
            ("OPER_PRESCRIBER", "varchar(150)", "person_name", lambda c, i: f"Dr. {L('sw', 'name')(c, i)}"),
            ("OPER_RESULT", "varchar(250)", "health", one("SUCCESS", "FAILURE", "UNKNOWN")),
            ("OPER_OPDATE", "timestamp", "none", stamp()),
            ("OPER_REMARKS", "varchar(250)", "health", opt(0.6, lambda c, i: f"EBL {c.r.randint(100, 900)} ml, "
                                                                 f"{c.r.choice(['spinal', 'GA', 'local'])} anaesthesia")),
            ("OPER_ADMISSION_ID", "int", "none", fk(NADM)),
            ("OPER_TRANS_UNIT", "real", "health", one(0, 0, 1, 2))],
            rows=90, fks=(("OPER_ADMISSION_ID", "OH_ADMISSION(ADM_ID)"),)),
        T(S, "OH_USER", [
            ("US_ID_A", "varchar(50) PRIMARY KEY", "none", lambda c, i: f"{L('sw', 'first_name')(c, i).lower()}{i}"),
            ("US_UG_ID_A", "varchar(50)", "none", one("admin", "doctor", "nurse", "labtech", "pharmacist")),
            ("US_PASSWD", "varchar(60)", "credentials", bcrypt_like),
            ("US_DESC", "varchar(128)", "person_name", lambda c, i: f"{c.r.choice(['Dr.', 'Sr.', ''])} {L('sw', 'name')(c, i)}"),
            ("US_LAST_LOGIN", "timestamp", "none", stamp(2024, 2025)),
            ("US_FAILED_ATTEMPTS", "int", "none", num(0, 3))], rows=20),
        T(S, "OH_SMS", [
            ("SMS_ID", "int PRIMARY KEY", "none", ident),
            ("SMS_DATE", "timestamp", "none", stamp()),
            ("SMS_DATE_SCHED", "timestamp", "none", stamp()),
            ("SMS_NUMBER", "varchar(45)", "phone", phone_ug),
            ("SMS_TEXT", "varchar(160)", "health", _sms),
            ("SMS_DATE_SENT", "timestamp", "none", opt(0.8, stamp())),
            ("SMS_USER", "varchar(50)", "none", one("admin", "pharmacy")),
            ("SMS_MOD", "varchar(50)", "none", one("therapy", "visit"))], rows=100),
        T(S, "OH_SUPPLIER", [
            ("SUP_ID", "int PRIMARY KEY", "none", ident),
            ("SUP_NAME", "varchar(100)", "none", lambda c, i: f"{L('en_GB', 'company')(c, i)} Pharmaceuticals Ltd"),
            ("SUP_ADDRESS", "varchar(150)", "none", lambda c, i: f"Plot {c.r.randint(1, 90)} Industrial Area, Kampala"),
            ("SUP_TAXCODE", "varchar(50)", "none", lambda c, i: f"10{c.r.randint(10_000_000, 99_999_999)}"),
            ("SUP_PHONE", "varchar(20)", "none", lambda c, i: f"+256 414 {c.r.randint(100000, 999999)}"),
            ("SUP_EMAIL", "varchar(100)", "none", lambda c, i: f"orders{i}@{c.r.choice(['nms.go.ug', 'jmsuganda.com'])}"),
            ("SUP_NOTE", "varchar(200)", "none", one("Delivers every 2 months", "Credit 30 days", None))], rows=25),
    ]

