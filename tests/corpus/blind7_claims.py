"""j_claims: a US health plan's claims system in the TriZetto Facets style (CMC_* tables, upper-case names), with the
837 claim header, lines and diagnoses, subscribers, members, employer groups, providers, code catalogues, and a
staging table of parsed 835 remittance segments."""
from __future__ import annotations

from .blind7_gens import (day, ein, fk, full_name, maybe, money, npi, one, phone, r_int, seq_code, ssn,
                          street, template, us_city, us_state, us_zip, email, first, last, birth, code, work_email)
from .gens import Col, Table

S = "j_claims"
ICD10 = ["E11.9", "E11.65", "I10", "J45.909", "F32.1", "F41.1", "M54.5", "Z00.00", "O80", "K21.9", "N39.0", "J06.9",
         "E78.5", "F10.20", "C50.911", "Z34.01", "B20", "F33.2", "G43.909", "R07.9", "S52.501A", "Z30.011", "F90.0"]
CPT = ["99213", "99214", "99203", "99285", "80053", "85025", "36415", "71046", "93000", "90837", "90834", "J1885",
       "G0439", "59400", "45378", "77067", "97110", "20610", "J0696", "87491", "11042"]
NDC = ["00002-8215-01", "00378-0221-05", "00093-7146-56", "68180-0513-01", "59762-3304-1", "00310-0751-39"]
DESC = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I10", "Essential (primary) hypertension"),
        ("J45.909", "Unspecified asthma, uncomplicated"), ("F32.1", "Major depressive disorder, single episode, moderate"),
        ("F41.1", "Generalized anxiety disorder"), ("M54.5", "Low back pain"), ("O80", "Encounter for full-term uncomplicated delivery"),
        ("B20", "Human immunodeficiency virus [HIV] disease"), ("F10.20", "Alcohol dependence, uncomplicated"),
        ("C50.911", "Malignant neoplasm of unsp site of right female breast"), ("Z30.011", "Encounter for initial prescription of contraceptive pills")]
PDESC = [("99213", "Office/outpatient visit est low mdm"), ("99285", "Emergency dept visit high mdm"),
         ("90837", "Psychotherapy w/patient 60 minutes"), ("59400", "Obstetrical care routine"),
         ("45378", "Diagnostic colonoscopy"), ("77067", "Screening mammography bilateral"), ("J1885", "Ketorolac tromethamine inj"),
         ("87491", "Chlamydia trachomatis amplified probe"), ("80053", "Comprehensive metabolic panel")]
EMPLOYERS = ["Buckeye Tool & Die Inc", "Miami Valley Credit Union", "St. Vincent Parish School", "Lakeshore Logistics LLC",
             "Ohio River Barge Co", "Hamilton County Board of DD", "Kroger Store #412", "Tri-State Roofing",
             "Greenfield Dental Group", "Queen City Printing"]
PROV_ORG = ["OhioHealth Riverside Methodist", "Dayton Children's Hospital", "Quest Diagnostics", "LabCorp",
            "Premier Physician Network", "Cleveland Clinic Foundation", "Nationwide Children's", "CVS Minute Clinic"]


_clcl_id = seq_code("24{:03d}A00000")


def _claim_ref(c, i) -> str:
    return f"24{c.r.randint(1, 150):03d}A00000"


def _prpr_ref(c, i) -> str:
    return f"P{c.r.randint(1, 90):07d}"


def _prov_name(c, i) -> str:
    if c.r.random() < 0.3:
        return c.r.choice(PROV_ORG)
    return f"{last('us')(c, i).upper()} {first('us')(c, i).upper()} {c.r.choice(['MD', 'DO', 'NP', 'PA-C', 'LPCC', 'DDS'])}"


def _segment(c, i) -> str:
    return (f"NM1*QC*1*{last('us')(c, i).upper()}*{first('us')(c, i).upper()}****MI*XKH{c.r.randint(10**8, 10**9 - 1)}~"
            if c.r.random() < 0.7 else f"CAS*CO*45*{c.r.randint(5, 900)}.{c.r.randint(0, 99):02d}~")


def claims_tables() -> list[Table]:
    grp = Table(S, "CMC_GRGR_GROUP", [
        Col("GRGR_CK", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("GRGR_ID", "char(8)", "none", code("G9999999")),
        Col("GRGR_NAME", "varchar(50)", "none", lambda c, i: EMPLOYERS[i % len(EMPLOYERS)] + ("" if i <= 10 else f" #{i}")),
        Col("GRGR_ADDR1", "varchar(40)", "none", street("us")),
        Col("GRGR_CITY", "varchar(19)", "none", us_city),
        Col("GRGR_STATE", "char(2)", "none", us_state),
        Col("GRGR_ZIP", "char(11)", "none", us_zip),
        Col("GRGR_PHONE", "varchar(20)", "none", phone("us")),
        Col("GRGR_EIN", "char(10)", "none", ein),
        Col("GRGR_CONTACT_NAME", "varchar(40)", "person_name", full_name("us")),
        Col("GRGR_CONTACT_EMAIL", "varchar(60)", "email", work_email("hrbenefits.com")),
        Col("GRGR_STS", "char(2)", "none", one("AC", "AC", "AC", "TM")),
        Col("GRGR_ORIG_EFF_DT", "date", "none", day(2005, 2023)),
    ], rows=80)
    sub = Table(S, "CMC_SBSB_SUBSC", [
        Col("SBSB_CK", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("GRGR_CK", "int", "none", fk(80)),
        Col("SBSB_ID", "char(9)", "none", code("999999999")),
        Col("SBSB_LAST_NAME", "varchar(35)", "person_name", lambda c, i: last("us")(c, i).upper()),
        Col("SBSB_FIRST_NAME", "varchar(15)", "person_name", lambda c, i: first("us")(c, i).upper()),
        Col("SBSB_MID_INIT", "char(1)", "none", code("A")),
        Col("SBSB_EMPLOY_ID", "varchar(20)", "none", maybe(0.6, code("E99999"), "")),
        Col("SBSB_HIRE_DT", "date", "none", day(1990, 2024)),
        Col("SBSB_ORIG_EFF_DT", "date", "none", day(2010, 2025)),
        Col("SBSB_MCTR_STS", "char(4)", "none", one("ACTV", "ACTV", "COBR", "TERM")),
    ], rows=120)
    addr = Table(S, "CMC_SBAD_ADDR", [
        Col("SBSB_CK", "int", "none", fk(120)),
        Col("SBAD_TYPE", "char(1)", "none", one("H", "H", "M", "W")),
        Col("SBAD_ADDR1", "varchar(40)", "postal_address", lambda c, i: street("us")(c, i).upper()),
        Col("SBAD_ADDR2", "varchar(40)", "postal_address", maybe(0.15, one("APT 2B", "UNIT 14", "PO BOX 331", "LOT 7"), "")),
        Col("SBAD_CITY", "varchar(19)", "none", lambda c, i: us_city(c, i).upper()),
        Col("SBAD_STATE", "char(2)", "none", us_state),
        Col("SBAD_ZIP", "char(11)", "postal_address", us_zip),
        Col("SBAD_COUNTY", "varchar(20)", "none", one("FRANKLIN", "MONTGOMERY", "LUCAS", "SUMMIT", "HAMILTON", "ALLEGHENY")),
        Col("SBAD_PHONE", "varchar(20)", "phone", maybe(0.9, phone("us"), "")),
        Col("SBAD_FAX", "varchar(20)", "phone", maybe(0.05, phone("us"), "")),
        Col("SBAD_EMAIL", "varchar(70)", "email", maybe(0.6, email("us"), "")),
    ], rows=130)
    mem = Table(S, "CMC_MEME_MEMBER", [
        Col("MEME_CK", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("SBSB_CK", "int", "none", fk(120)),
        Col("MEME_SFX", "smallint", "none", r_int(0, 4)),
        Col("MEME_REL", "char(1)", "none", one("M", "M", "S", "D", "D")),
        Col("MEME_LAST_NAME", "varchar(35)", "person_name", lambda c, i: last("us")(c, i).upper()),
        Col("MEME_FIRST_NAME", "varchar(15)", "person_name", lambda c, i: first("us")(c, i).upper()),
        Col("MEME_MID_INIT", "char(1)", "none", maybe(0.7, code("A"), " ")),
        Col("MEME_SEX", "char(1)", "none", one("M", "F", "F", "M", "U")),
        Col("MEME_BIRTH_DT", "date", "birth_date", birth(1940, 2024)),
        Col("MEME_SSN", "char(11)", "national_id", maybe(0.85, ssn, "")),
        Col("MEME_HICN", "varchar(13)", "national_id", maybe(0.25, code("9AA9-A99-AA99"), "")),
        Col("MEME_MARITAL_STATUS", "char(1)", "none", one("M", "S", "D", "W", "")),
        Col("MEME_MCTR_LANG", "char(4)", "none", one("ENG", "ENG", "ENG", "SPA", "SOM", "VIE")),
        Col("MEME_CELL_PHONE", "varchar(20)", "phone", maybe(0.5, phone("us"), "")),
        Col("MEME_ORIG_EFF_DT", "date", "none", day(2010, 2025)),
    ], rows=140)
    prov = Table(S, "CMC_PRPR_PROV", [
        Col("PRPR_ID", "char(12) PRIMARY KEY", "none", seq_code("P{:07d}")),
        Col("PRPR_NAME", "varchar(55)", "person_name", _prov_name),
        Col("PRPR_NPI", "char(10)", "none", npi),
        Col("PRPR_ENTITY", "char(1)", "none", one("P", "P", "G", "F")),
        Col("PRPR_TAX_ID", "char(10)", "none", ein),
        Col("PRCF_MCTR_SPEC", "char(4)", "none", one("FP", "IM", "PED", "OBG", "PSY", "LAB", "EMER", "ORTH")),
        Col("PRPR_STS", "char(2)", "none", one("PR", "PR", "NP")),
        Col("PRPR_TERM_DT", "date", "none", maybe(0.1, day(2020, 2025))),
    ], rows=90)
    clm = Table(S, "CMC_CLCL_CLAIM", [
        Col("CLCL_ID", "char(12) PRIMARY KEY", "none", _clcl_id),
        Col("MEME_CK", "int", "none", fk(140)),
        Col("GRGR_CK", "int", "none", fk(80)),
        Col("PRPR_ID", "char(12)", "none", _prpr_ref),
        Col("CLCL_CL_TYPE", "char(1)", "none", one("M", "M", "D")),
        Col("CLCL_CL_SUB_TYPE", "char(1)", "none", one("P", "P", "H", "O")),
        Col("CLCL_CUR_STS", "char(2)", "none", one("01", "02", "02", "11", "91")),
        Col("CLCL_RECD_DT", "date", "none", day(2024, 2025)),
        Col("CLCL_LOW_SVC_DT", "date", "none", day(2024, 2025)),
        Col("CLCL_HIGH_SVC_DT", "date", "none", day(2024, 2025)),
        Col("CLCL_PAID_DT", "date", "none", maybe(0.8, day(2024, 2025))),
        Col("CLCL_TOT_CHG", "numeric(12,2)", "none", money(40, 48000)),
        Col("CLCL_TOT_PAYABLE", "numeric(12,2)", "none", money(0, 22000)),
        Col("CLCL_PA_ACCT_NO", "varchar(20)", "none", code("AC99999999")),
        Col("CLCL_BILL_TYPE", "char(4)", "none", maybe(0.3, one("0111", "0131", "0831", "0721"), "")),
        Col("CLCL_DRG", "char(4)", "health", maybe(0.15, one("775", "871", "392", "885", "247"), "")),
        Col("CLCL_DISCH_STS", "char(2)", "health", maybe(0.15, one("01", "01", "03", "06", "20"), "")),
        Col("CLCL_INPUT_METH", "char(1)", "none", one("E", "E", "E", "P")),
    ], rows=150)
    diag = Table(S, "CMC_CLMD_DIAG", [
        Col("CLCL_ID", "char(12)", "none", _claim_ref),
        Col("CLMD_TYPE", "char(2)", "none", one("01", "02", "03", "04")),
        Col("IDCD_ID", "char(10)", "health", one(*ICD10)),
        Col("CLMD_POA_IND", "char(1)", "health", one("Y", "N", "U", "W", "")),
    ], rows=150)
    line = Table(S, "CMC_CDML_CL_LINE", [
        Col("CLCL_ID", "char(12)", "none", _claim_ref),
        Col("CDML_SEQ_NO", "smallint", "none", r_int(1, 6)),
        Col("IPCD_ID", "char(7)", "health", one(*CPT)),
        Col("CDML_MOD1", "char(2)", "none", maybe(0.3, one("25", "59", "LT", "RT", "TC", "26"), "")),
        Col("RCRC_ID", "char(4)", "none", maybe(0.3, one("0450", "0300", "0250", "0636", "0981"), "")),
        Col("IDCD_ID", "char(10)", "health", one(*ICD10)),
        Col("CDML_NDC", "char(13)", "health", maybe(0.1, one(*NDC), "")),
        Col("CDML_FROM_DT", "date", "none", day(2024, 2025)),
        Col("CDML_TO_DT", "date", "none", day(2024, 2025)),
        Col("CDML_UNITS", "numeric(7,2)", "none", one(1, 1, 1, 2, 4, 10)),
        Col("CDML_CHG_AMT", "numeric(12,2)", "none", money(12, 9000)),
        Col("CDML_ALLOW", "numeric(12,2)", "none", money(0, 4000)),
        Col("CDML_PAID_AMT", "numeric(12,2)", "none", money(0, 3000)),
        Col("CDML_POS_IND", "char(2)", "none", one("11", "11", "21", "22", "23", "81", "02")),
        Col("CDML_DISALL_EXCD", "char(3)", "none", maybe(0.2, one("A01", "N45", "X12", "D07"), "")),
    ], rows=150)
    idcd = Table(S, "CMC_IDCD_DIAG_CD", [
        Col("IDCD_ID", "char(10)", "none", lambda c, i: DESC[i % len(DESC)][0]),
        Col("IDCD_DESC", "varchar(70)", "none", lambda c, i: DESC[i % len(DESC)][1]),
        Col("IDCD_TYPE", "char(2)", "none", one("10")),
        Col("IDCD_EFF_DT", "date", "none", day(2015, 2016)),
        Col("IDCD_SEX_IND", "char(1)", "none", one("B", "B", "F", "M")),
    ], rows=40)
    ipcd = Table(S, "CMC_IPCD_PROC_CD", [
        Col("IPCD_ID", "char(7)", "none", lambda c, i: PDESC[i % len(PDESC)][0]),
        Col("IPCD_DESC", "varchar(70)", "none", lambda c, i: PDESC[i % len(PDESC)][1]),
        Col("IPCD_TYPE", "char(2)", "none", one("CP", "HC")),
        Col("IPCD_RVU", "numeric(6,2)", "none", money(0.1, 12)),
    ], rows=40)
    remit = Table(S, "edi_835_remit", [
        Col("id", "bigint PRIMARY KEY", "none", lambda c, i: i),
        Col("isa_control_no", "char(9)", "none", code("999999999")),
        Col("trn_check_eft_no", "varchar(30)", "none", code("EFT99999999")),
        Col("bpr_payment_amt", "numeric(12,2)", "none", money(100, 90000)),
        Col("payee_name", "varchar(60)", "none", one(*PROV_ORG)),
        Col("payee_npi", "char(10)", "none", npi),
        Col("clp_patient_ctrl_no", "varchar(38)", "none", code("PCN9999999")),
        Col("clp_status_cd", "char(2)", "none", one("1", "1", "2", "4", "22")),
        Col("clp_total_charge", "numeric(12,2)", "none", money(40, 9000)),
        Col("clp_paid_amt", "numeric(12,2)", "none", money(0, 5000)),
        Col("clp_patient_resp", "numeric(12,2)", "none", money(0, 600)),
        Col("nm1_qc_last_nm", "varchar(60)", "person_name", lambda c, i: last("us")(c, i).upper()),
        Col("nm1_qc_first_nm", "varchar(35)", "person_name", lambda c, i: first("us")(c, i).upper()),
        Col("nm1_mi_member_id", "varchar(30)", "none", code("XKH999999999")),
        Col("svc_proc_cd", "varchar(20)", "health", lambda c, i: "HC:" + c.r.choice(CPT)),
        Col("cas_group_cd", "char(2)", "none", one("CO", "PR", "OA", "PI")),
        Col("cas_reason_cd", "varchar(5)", "none", one("45", "1", "2", "3", "96", "50", "197")),
        Col("cas_amt", "numeric(12,2)", "none", money(0, 800)),
        Col("dtm_472_svc_dt", "char(8)", "none", lambda c, i: day(2024, 2025)(c, i).strftime("%Y%m%d")),
        Col("raw_segment", "text", "free_text_may_contain_pii", _segment),
        Col("remark_note", "text", "none", template("MA130 claim lacks information", "N130 consult plan benefit documents",
                                                    "Processed per contract", "", "Recoupment of overpayment {n}",
                                                    n=code("99999"))),
    ], rows=120)
    return [grp, sub, addr, mem, prov, clm, diag, line, idcd, ipcd, remit]
