"""y_thdna: in-house case system of a private DNA kinship and paternity laboratory in Bangkok (Thai/English)."""
from __future__ import annotations

import random

from .blind21_gens import (TH_ADDR, TH_CHILD, TH_F, TH_M, TH_SUR, b64_r, bcrypt_r, day_r, digits_r, fields, fk, hex_r,
                           ipv4, maybe, one, pk, ref, thai_pin_r, ts, ts_r, urlsafe_r, weighted)
from .gens import Col, Table

S = "y_thdna"
N_BR, N_STAFF, N_CASE, N_PART = 12, 85, 120, 150

BRANCH = ["สำนักงานใหญ่ ลาดพร้าว", "สาขาเชียงใหม่", "สาขาขอนแก่น", "สาขาหาดใหญ่", "สาขาพัทยา", "สาขานนทบุรี",
          "จุดเก็บตัวอย่าง รพ.เอกชน รังสิต", "สาขาอุดรธานี", "สาขาภูเก็ต", "สาขานครราชสีมา", "สาขาสุราษฎร์ธานี",
          "จุดเก็บตัวอย่าง สถานทูต (นัดหมาย)"]
CASE_TYPE = ["PATERNITY_LEGAL", "PATERNITY_PEACE_OF_MIND", "IMMIGRATION_KINSHIP", "SIBLINGSHIP", "FORENSIC_REFERENCE",
             "INHERITANCE"]
LOCI = [("d8s1179", 8, 19), ("d21s11", 24, 38), ("d7s820", 6, 14), ("csf1po", 7, 15), ("d3s1358", 12, 19),
        ("th01", 5, 10), ("d13s317", 8, 15), ("d16s539", 8, 15), ("d2s1338", 15, 28), ("d19s433", 10, 17),
        ("vwa", 13, 21), ("tpox", 6, 13), ("d18s51", 10, 24), ("d5s818", 7, 15), ("fga", 18, 30)]
OFFENCE = ["ข้อหาข่มขืนกระทำชำเรา", "ข้อหาฆ่าผู้อื่นโดยเจตนา", "ข้อหาลักทรัพย์ในเคหสถาน", "ข้อหากระทำอนาจารเด็ก"]


def _mobile(r: random.Random) -> str:
    return f"0{r.choice('689')}{r.randint(1, 9)}-{digits_r(r, 3)}-{digits_r(r, 4)}"


def _staff(r: random.Random, i: int) -> dict:
    p, ft, fe = r.choice(TH_F + TH_M)
    st, se = r.choice(TH_SUR)
    return {"th": f"{p}{ft} {st}", "en": f"{fe} {se}", "prefix": p,
        "mail": f"{fe.lower()}.{se[:3].lower()}@siamgeneid.co.th",
            "mob": _mobile(r), "user": f"{fe.lower()}{se[0].lower()}"}


def _case(r: random.Random, i: int) -> dict:
    t = r.choice(CASE_TYPE)
    cref = None
    if t == "FORENSIC_REFERENCE":
        cref = f"คดีอาญาหมายเลขดำที่ อ.{r.randint(100, 4999)}/{r.randint(2564, 2567)} {r.choice(OFFENCE)}"
    remark = r.choice([None, None, "ลูกค้านัดเก็บตัวอย่างวันเสาร์",
        f"ติดต่อทนายความ คุณ{r.choice(TH_M)[1]} โทร {_mobile(r)}",
                       "Embassy appointment: Australian visa (partner), send report by courier",
                       f"มารดาไม่ประสงค์ร่วมตรวจ แจ้งโดยคุณ{r.choice(TH_F)[1]}", "ศาลเยาวชนฯ สั่งตรวจ ส่งผลตรงถึงศาล"])
    return {"t": t, "cref": cref, "remark": remark,
            "by": {"PATERNITY_LEGAL": "ศาลเยาวชนและครอบครัวกลาง", "IMMIGRATION_KINSHIP": "Embassy of Australia",
                   "FORENSIC_REFERENCE": "กองพิสูจน์หลักฐานกลาง"}.get(t, "ลูกค้าติดต่อเอง")}


def _part(r: random.Random, i: int) -> dict:
    role = ["ALLEGED_FATHER", "CHILD", "MOTHER"][(i - 1) % 3] if i <= 90 else r.choice(["CHILD", "ALLEGED_FATHER",
                                                                                        "SIBLING", "MOTHER"])
    if role == "CHILD":
        p, ft, fe = r.choice(TH_CHILD)
        dob = day_r(r, 2010, 2024)
    else:
        p, ft, fe = r.choice(TH_M if role == "ALLEGED_FATHER" else TH_F) if role != "SIBLING" else r.choice(TH_F + TH_M)
        dob = day_r(r, 1965, 2002)
    st, se = r.choice(TH_SUR)
    foreign = r.random() < 0.12
    if foreign:
        fe, se, ft, st = r.choice(["Michael", "David", "Anna", "Peter"]), r.choice(["Brown", "Müller", "Nguyen",
                                                                                   "Tanaka"]), None, None
    g = "F" if p in ("นาง", "นางสาว", "เด็กหญิง") else "M"
    return {"role": role, "p": p, "ft": ft, "fe": fe, "st": st, "se": se, "dob": dob, "g": g,
            "pin": None if foreign else thai_pin_r(r),
            "pp": f"{r.choice(['PA', 'PB', 'AA', 'N'])}{digits_r(r, 7)}" if foreign or r.random() < 0.1 else None,
            "nat": r.choice(["AUS", "DEU", "VNM", "JPN", "GBR"]) if foreign else "THA",
            "phone": _mobile(r) if role != "CHILD" else None,
            "addr": f"{r.randint(1, 999)}/{r.randint(1, 99)} {r.choice(TH_ADDR)}"}


def thdna_tables() -> list[Table]:
    br = Table(S, "branches", [
        Col("branch_id", "integer PRIMARY KEY", "none", pk),
        Col("branch_code", "varchar(8)", "none", lambda c, i: f"BR{i:02d}"),
        Col("name_th", "varchar(120)", "none", lambda c, i: BRANCH[i - 1]),
        Col("address_th", "text", "none", lambda c, i: f"{c.r.randint(1, 300)} {c.r.choice(TH_ADDR)}"),
        Col("phone", "varchar(20)", "none", lambda c, i: f"02-{digits_r(c.r, 3)}-{digits_r(c.r, 4)}"),
        Col("line_official_id", "varchar(40)", "none", lambda c, i: f"@siamgeneid{'' if i == 1 else i}"),
        Col("opened_on", "date", "none", lambda c, i: day_r(c.r, 2012, 2023)),
    ], rows=N_BR, comment="สาขาและจุดเก็บตัวอย่าง")
    SF = fields("th.staff", _staff)
    staff = Table(S, "staff", [
        Col("staff_id", "integer PRIMARY KEY", "none", pk),
        Col("branch_id", "integer", "none", ref(N_BR)),
        Col("prefix_th", "varchar(20)", "none", SF("prefix")),
        Col("full_name_th", "varchar(120)", "person_name", SF("th")),
        Col("full_name_en", "varchar(120)", "person_name", SF("en")),
        Col("position", "varchar(60)", "none", one(["นักเทคนิคการแพทย์", "เจ้าหน้าที่เก็บตัวอย่าง", "DNA Analyst",
                                                    "Reporting Scientist", "Customer Service", "ผู้จัดการสาขา"])),
        Col("email", "varchar(120)", "email", SF("mail")),
        Col("mobile", "varchar(20)", "phone", SF("mob")),
        Col("mt_license_no", "varchar(20)", "none", maybe(0.5, lambda c, i: f"ทน.{c.r.randint(1000, 29999)}"),
            comment="Medical technologist licence"),
        Col("username", "varchar(40)", "none", SF("user")),
        Col("password_hash", "varchar(100)", "credentials", lambda c, i: bcrypt_r(c.r, "$2b$12$")),
        Col("totp_secret", "varchar(32)", "secret_token",
            lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))),
        Col("fingerprint_template", "text", "biometric", lambda c, i: b64_r(c.r, 96),
            comment="ISO 19794-2 minutiae template from the collection-room scanner"),
        Col("is_active", "boolean", "none", weighted([(True, 9), (False, 1)])),
    ], rows=N_STAFF, extra=[fk(S, "staff", "branch_id", "branches(branch_id)")])
    api = Table(S, "api_clients", [
        Col("client_id", "integer PRIMARY KEY", "none", pk),
        Col("name", "varchar(60)", "none", lambda c, i: ["LINE OA webhook", "Website booking", "Hospital partner HIS",
                                                         "Courier tracking", "Accounting export",
                                                             "Report portal"][i - 1]),
        Col("api_key", "varchar(64)", "secret_token", lambda c, i: "sgk_live_" + urlsafe_r(c.r, 40)),
        Col("webhook_secret", "varchar(64)", "secret_token", lambda c, i: hex_r(c.r, 64)),
        Col("scopes", "varchar(120)", "none", one(["cases:read", "bookings:write", "reports:read"])),
        Col("created_at", "timestamp", "none", ts(2021, 2024)),
    ], rows=6)
    CA = fields("th.case", _case)
    cases = Table(S, "cases", [
        Col("case_id", "integer PRIMARY KEY", "none", pk),
        Col("case_no", "varchar(20)", "none", lambda c, i: f"SG{2566 + i % 3}-{i:05d}"),
        Col("case_type", "varchar(30)", "none", CA("t")),
        Col("requested_by", "varchar(120)", "none", CA("by")),
        Col("criminal_case_ref", "text", "criminal_record", CA("cref")),
        Col("branch_id", "integer", "none", ref(N_BR)),
        Col("opened_at", "timestamp", "none", ts(2023, 2025)),
        Col("status", "varchar(20)", "none", one(["COLLECTED", "IN_LAB", "REPORTED", "CLOSED", "ON_HOLD"])),
        Col("fee_thb", "numeric(10,2)", "none", one([6500, 8900, 12000, 15500, 22000])),
        Col("chain_of_custody", "boolean", "none", one([True, False])),
        Col("remark", "text", "free_text_may_contain_pii", CA("remark")),
    ], rows=N_CASE, extra=[fk(S, "cases", "branch_id", "branches(branch_id)")])
    PA = fields("th.part", _part)
    part = Table(S, "participants", [
        Col("participant_id", "integer PRIMARY KEY", "none", pk),
        Col("case_id", "integer", "none", lambda c, i: 1 + (i - 1) // 3 if i <= 90 else c.r.randint(31, N_CASE)),
        Col("role", "varchar(20)", "none", PA("role")),
        Col("title_th", "varchar(20)", "none", PA("p")),
        Col("first_name_th", "varchar(60)", "person_name", PA("ft")),
        Col("last_name_th", "varchar(60)", "person_name", PA("st")),
        Col("first_name_en", "varchar(60)", "person_name", PA("fe")),
        Col("last_name_en", "varchar(60)", "person_name", PA("se")),
        Col("citizen_id", "varchar(17)", "national_id", PA("pin")),
        Col("passport_no", "varchar(12)", "national_id", PA("pp")),
        Col("nationality", "char(3)", "none", PA("nat")),
        Col("birth_date", "date", "birth_date", PA("dob")),
        Col("gender", "char(1)", "none", PA("g")),
        Col("phone", "varchar(20)", "phone", PA("phone")),
        Col("address_th", "text", "postal_address", PA("addr")),
        Col("photo_path", "varchar(200)", "none", lambda c, i: f"/srv/cases/{2566 + i % 3}/{i:05d}/face.jpg"),
        Col("thumbprint_b64", "text", "biometric", lambda c, i: b64_r(c.r, 120),
            comment="พิมพ์ลายนิ้วหัวแม่มือขวา (consent form)"),
        Col("consent_signed", "boolean", "none", weighted([(True, 19), (False, 1)])),
        Col("collected_at", "timestamp", "none", ts(2023, 2025)),
    ], rows=N_PART, extra=[fk(S, "participants", "case_id", "cases(case_id)")])
    samp = Table(S, "samples", [
        Col("sample_id", "integer PRIMARY KEY", "none", pk),
        Col("participant_id", "integer", "none", pk),
        Col("barcode", "varchar(20)", "none", lambda c, i: f"SG{digits_r(c.r, 10)}"),
        Col("sample_type", "varchar(20)", "none", one(["BUCCAL_SWAB", "BUCCAL_SWAB", "FTA_BLOOD", "HAIR_ROOT"])),
        Col("collected_by", "integer", "none", ref(N_STAFF)),
        Col("received_at", "timestamp", "none", ts(2023, 2025)),
        Col("storage_box", "varchar(12)", "none", lambda c, i: f"BX-{c.r.randint(1, 80):03d}"),
        Col("freezer_pos", "varchar(10)", "none", lambda c, i: f"{c.r.choice('ABCDEFGH')}{c.r.randint(1, 12)}"),
        Col("qc_status", "varchar(10)", "none", weighted([("PASS", 9), ("RECOLLECT", 1)])),
    ], rows=N_PART, extra=[f"ALTER TABLE {S}.samples ADD FOREIGN KEY (participant_id) "
                           f"REFERENCES {S}.participants(participant_id)",
                           fk(S, "samples", "collected_by", "staff(staff_id)")])

    def allele(lo, hi):
        def g(c, i):
            a, b = sorted((c.r.randint(lo, hi), c.r.randint(lo, hi)))
            fa = f"{a}.{c.r.choice('23')}" if lo > 20 and c.r.random() < 0.15 else str(a)
            return f"{fa},{b}"
        return g
    str_cols = [Col(name, "varchar(12)", "genetic", allele(lo, hi)) for name, lo, hi in LOCI]
    prof = Table(S, "str_profiles", [
        Col("profile_id", "integer PRIMARY KEY", "none", pk),
        Col("sample_id", "integer", "none", pk),
        Col("kit", "varchar(30)", "none", one(["GlobalFiler", "GlobalFiler", "PowerPlex Fusion 6C"])),
        *str_cols,
        Col("amelogenin", "varchar(5)", "genetic", lambda c, i: c.r.choice(["X,X", "X,Y"])),
        Col("run_id", "varchar(20)", "none", lambda c, i: f"3500xL-{c.r.randint(2300, 2599)}"),
        Col("analyst_id", "integer", "none", ref(N_STAFF)),
    ], rows=140, extra=[fk(S, "str_profiles", "sample_id", "samples(sample_id)")])

    def _res(r, i):
        excl = r.random() < 0.28
        return {"concl": "ไม่ใช่บิดาทางชีวภาพ (Excluded)" if excl else "เป็นบิดาทางชีวภาพ (Not excluded)",
                "cpi": 0 if excl else round(r.uniform(1e3, 9e8), 1),
                "prob": 0 if excl else r.choice([99.99, 99.999, 99.9999, 99.99999])}
    RE = fields("th.res", _res)
    res = Table(S, "results", [
        Col("result_id", "integer PRIMARY KEY", "none", pk),
        Col("case_id", "integer", "none", pk),
        Col("conclusion", "text", "genetic", RE("concl")),
        Col("cpi", "numeric(14,1)", "genetic", RE("cpi"), comment="Combined paternity index"),
        Col("probability", "numeric(9,5)", "genetic", RE("prob")),
        Col("report_no", "varchar(20)", "none", lambda c, i: f"RPT-{2566 + i % 3}-{i:05d}"),
        Col("signed_by", "integer", "none", ref(N_STAFF)),
        Col("signed_at", "timestamp", "none", ts(2023, 2025)),
        Col("report_pdf_sha256", "char(64)", "none", lambda c, i: hex_r(c.r, 64)),
    ], rows=N_CASE, extra=[fk(S, "results", "case_id", "cases(case_id)"),
                           fk(S, "results", "signed_by", "staff(staff_id)")])

    def _pay(r, i):
        p, ft, fe = r.choice(TH_F + TH_M)
        st, se = r.choice(TH_SUR)
        return {"name": f"{p}{ft} {st}" if r.random() < 0.8 else f"{fe.upper()} {se.upper()}", "mob": _mobile(r)}
    PY = fields("th.pay", _pay)
    pay = Table(S, "payments", [
        Col("payment_id", "integer PRIMARY KEY", "none", pk),
        Col("case_id", "integer", "none", pk),
        Col("payer_name", "varchar(120)", "person_name", PY("name")),
        Col("method", "varchar(20)", "none", one(["PROMPTPAY", "PROMPTPAY", "CREDIT_CARD", "CASH", "TRANSFER"])),
        Col("promptpay_mobile", "varchar(20)", "phone", PY("mob")),
        Col("amount", "numeric(10,2)", "none", one([6500, 8900, 12000, 15500, 22000, 3000])),
        Col("paid_at", "timestamp", "none", ts(2023, 2025)),
        Col("slip_path", "varchar(200)", "none", lambda c, i: f"/srv/slips/{i:05d}_{hex_r(c.r, 8)}.jpg"),
        Col("receipt_no", "varchar(20)", "none", lambda c, i: f"RC{c.r.randint(10**7, 10**8 - 1)}"),
    ], rows=N_CASE, extra=[fk(S, "payments", "case_id", "cases(case_id)")])
    audit = Table(S, "audit_log", [
        Col("id", "bigint", "none", pk),
        Col("staff_id", "integer", "none", ref(N_STAFF)),
        Col("action", "varchar(40)", "none", one(["LOGIN", "VIEW_CASE", "EXPORT_REPORT", "EDIT_PARTICIPANT",
                                                  "PRINT_LABEL", "LOGIN_FAILED"])),
        Col("target", "varchar(40)", "none", lambda c, i: f"case:{c.r.randint(1, N_CASE)}"),
        Col("ip_address", "inet", "ip_address", ipv4(("171.96", "49.228", "110.164", "183.88", "10.20"))),
        Col("user_agent", "varchar(200)", "none", one(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                                       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4) Safari/604.1"])),
        Col("at", "timestamp", "none", lambda c, i: ts_r(c.r, 2024, 2025)),
    ], rows=150, extra=[fk(S, "audit_log", "staff_id", "staff(staff_id)")])
    return [br, staff, api, cases, part, samp, prof, res, pay, audit]



