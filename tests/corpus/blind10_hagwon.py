"""m_hagwon: a Korean cram-school (학원) chain's in-house ERP, built eGovFrame-style by an SI vendor: tb_ tables with
abbreviated lower-case columns (stdt_nm, hp_no, birth_ymd char(8), use_yn char(1)), branches, teachers, students with
a fingerprint template for the door reader, parents, classes, enrolments, attendance, tuition payments, counselling
records, admin users and the SMS/KakaoTalk send log."""
from __future__ import annotations

from .blind10_gens import (blob64, chars, digits, fk, guid, ints, ipv4, key, kr_person, kr_phone, maybe, money, part,
                           pick, shared, stamp, ymd)
from .gens import Col as C
from .gens import Ctx, Table as T

S = "m_hagwon"
TS = "timestamp"
BRANCHES = ("대치본원", "목동분원", "분당분원", "일산분원", "중계분원", "해운대분원", "수성분원", "평촌분원")
SCHOOLS = ("대치중학교", "대청중학교", "숙명여자중학교", "목운중학교", "서현중학교", "백석고등학교", "해운대고등학교",
           "경신고등학교", "휘문고등학교", "단대부고", "대왕초등학교")
HEALTH_NOTES = ("땅콩 알레르기 있음 - 간식 주의", "ADHD 약 복용 중 (오전)", "천식 - 흡입기 소지", "아토피 피부염",
                "제1형 당뇨, 인슐린 펌프 착용", "시력 약함, 앞자리 배정", "갑각류 알레르기", "틱 장애 치료 중")
SICK = ("감기로 결석", "병원 진료 후 등원", "장염으로 조퇴", "독감 확진, 5일 결석", "코로나 확진 격리", "두통으로 조퇴")


def _fk(col: str, table: str, ref: str, refcol: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({refcol})"


def _brch(c: Ctx, i: int) -> str:
    return f"B{c.r.randint(1, 8):02d}"


def _acct(c: Ctx, i: int) -> str:
    return c.r.choice([f"{digits(c, 6)}-01-{digits(c, 6)}", f"110-{digits(c, 3)}-{digits(c, 6)}",
                       f"1002-{digits(c, 3)}-{digits(c, 6)}", f"302-{digits(c, 4)}-{digits(c, 4)}-{digits(c, 2)}"])


def _memo(c: Ctx, i: int) -> str | None:
    p = kr_person(c)
    return c.r.choice([None, None, "형제 재원 중 (동생 초5)", f"모 연락처 변경: {p['phone']}",
                       f"픽업은 할머니({p['name'][0]}OO) 담당, 연락 {p['phone']}", "셔틀 2호차 이용", f"보호자 이메일 {p['email']}로 성적표 발송"])


def _counsel(c: Ctx, i: int) -> str:
    p = kr_person(c)
    return c.r.choice([f"어머니({p['phone']})와 통화, 수학 성적 하락 상담", f"{p['name']} 학생 진도 상담, 다음 달 심화반 이동 희망",
                       f"아버지 {p['name']}님 방문, 학원비 분납 요청", "특이사항 없음", "기말고사 대비 보충수업 안내",
                       f"숙제 미제출 3회, 학부모 카톡 안내 ({p['phone']})"])


def _sms(c: Ctx, i: int) -> str:
    p = kr_person(c, 2008, 10)
    return c.r.choice([f"[{c.r.choice(BRANCHES)}] {p['name']} 학생이 {c.r.randint(15, 21)}:{c.r.randint(0, 59):02d}에 등원하였습니다.",
                       f"[{c.r.choice(BRANCHES)}] {p['name']} 학생 하원 안내드립니다.",
                       "[학원] 12월 수강료 납부 안내: 가상계좌로 입금 부탁드립니다.", "[학원] 설 연휴 휴강 안내"])


_tch = shared("hagwon_teacher", lambda c: kr_person(c, 1975, 25))
_std = shared("hagwon_student", lambda c: kr_person(c, 2007, 11))
_prn = shared("hagwon_parent", lambda c: kr_person(c, 1972, 18))
_usr = shared("hagwon_user", lambda c: kr_person(c, 1975, 25))


def hagwon_tables() -> list[T]:
    return [
        T(S, "tb_branch", [
          C("brch_cd", "varchar(3) PRIMARY KEY", "none", lambda c, i: f"B{i:02d}"),
          C("brch_nm", "varchar(50)", "none", lambda c, i: BRANCHES[i - 1]),
          C("biz_reg_no", "varchar(12)", "none", lambda c, i: f"{digits(c, 3)}-{digits(c, 2)}-{digits(c, 5)}"),
          C("brch_tel", "varchar(15)", "none", lambda c, i: f"02-{c.r.randint(500, 599)}-{digits(c, 4)}"),
          C("zip_cd", "varchar(5)", "none", lambda c, i: f"0{digits(c, 4)}"),
          C("brch_addr", "varchar(200)", "none", lambda c, i: f"서울특별시 강남구 도곡로 {c.r.randint(100, 500)} {c.r.randint(2, 6)}층"),
          C("ceo_nm", "varchar(50)", "person_name", lambda c, i: kr_person(c)["name"]),
          C("open_ymd", "char(8)", "none", ymd(2005, 15)),
          C("use_yn", "char(1)", "none", pick("Y"))], rows=8),
        T(S, "tb_teacher", [key("tchr_id"),
          C("brch_cd", "varchar(3)", "none", _brch),
          C("tchr_nm", "varchar(50)", "person_name", part(_tch, "name")),
          C("tchr_eng_nm", "varchar(100)", "person_name", part(_tch, "name_en")),
          C("birth_ymd", "char(8)", "birth_date", lambda c, i: f"{_tch(c, i)['born']:%Y%m%d}"),
          C("sex_cd", "char(1)", "none", part(_tch, "sex")),
          C("hp_no", "varchar(20)", "phone", part(_tch, "phone")),
          C("email", "varchar(100)", "email", part(_tch, "email")),
          C("rrn_enc", "varchar(200)", "national_id", blob64(32)),
          C("subj_cd", "varchar(10)", "none", pick("MATH", "ENG", "KOR", "SCI", "ESSAY")),
          C("hire_ymd", "char(8)", "none", ymd(2012, 12)),
          C("retire_ymd", "char(8)", "none", maybe(0.15, ymd(2022, 3))),
          C("salary_amt", "numeric(12)", "none", lambda c, i: c.r.randint(28, 75) * 100000),
          C("bank_cd", "char(3)", "none", pick("004", "088", "020", "011", "081")),
          C("acct_no", "varchar(30)", "bank_account", _acct),
          C("acct_holder_nm", "varchar(50)", "person_name", part(_tch, "name")),
          C("crim_chk_ymd", "char(8)", "none", ymd(2018, 7)),
          C("crim_chk_rslt", "varchar(20)", "criminal_record", pick("이상없음", "이상없음", "이상없음", "해당없음", "조회중")),
          C("zip_cd", "varchar(5)", "postal_address", part(_tch, "zip")),
          C("addr1", "varchar(200)", "postal_address", part(_tch, "addr1")),
          C("addr2", "varchar(200)", "postal_address", part(_tch, "addr2")),
          C("use_yn", "char(1)", "none", pick("Y", "Y", "Y", "N")),
          C("reg_dt", TS, "none", stamp(2019, 1500)),
          C("reg_id", "varchar(20)", "none", pick("admin", "sys", "dc_mgr"))], rows=80,
          extra=[_fk("brch_cd", "tb_teacher", "tb_branch", "brch_cd")]),
        T(S, "tb_student", [key("stdt_id", "bigint"),
          C("brch_cd", "varchar(3)", "none", _brch),
          C("stdt_nm", "varchar(50)", "person_name", part(_std, "name")),
          C("stdt_eng_nm", "varchar(100)", "person_name", maybe(0.6, part(_std, "name_en"))),
          C("birth_ymd", "char(8)", "birth_date", lambda c, i: f"{_std(c, i)['born']:%Y%m%d}"),
          C("sex_cd", "char(1)", "none", part(_std, "sex")),
          C("schl_nm", "varchar(50)", "none", pick(*SCHOOLS)),
          C("grd", "varchar(5)", "none", pick("초6", "중1", "중2", "중3", "고1", "고2")),
          C("hp_no", "varchar(20)", "phone", maybe(0.8, part(_std, "phone"))),
          C("email", "varchar(100)", "email", maybe(0.5, part(_std, "email"))),
          C("zip_cd", "varchar(5)", "postal_address", part(_std, "zip")),
          C("addr1", "varchar(200)", "postal_address", part(_std, "addr1")),
          C("addr2", "varchar(200)", "postal_address", part(_std, "addr2")),
          C("fngr_tmpl", "text", "biometric", maybe(0.7, blob64(96))),
          C("entr_ymd", "char(8)", "none", ymd(2021, 4)),
          C("stat_cd", "varchar(2)", "none", pick("10", "10", "10", "20", "90")),
          C("dscnt_cd", "varchar(2)", "none", pick(None, None, "01", "02", "03")),
          C("spcl_note", "varchar(500)", "health", lambda c, i: c.r.choice(HEALTH_NOTES) if c.r.random() < 0.35 else None),
          C("memo", "varchar(1000)", "free_text_may_contain_pii", _memo),
          C("use_yn", "char(1)", "none", pick("Y")),
          C("reg_dt", TS, "none", stamp(2021, 1200)),
          C("reg_id", "varchar(20)", "none", pick("admin", "dc_mgr", "mk_mgr")),
          C("upd_dt", TS, "none", stamp(2023, 600)),
          C("upd_id", "varchar(20)", "none", pick("admin", "dc_mgr"))], rows=140,
          extra=[_fk("brch_cd", "tb_student", "tb_branch", "brch_cd")]),
        T(S, "tb_parent", [key("prnt_id"),
          C("stdt_id", "bigint", "none", fk(140)),
          C("reln_cd", "varchar(2)", "none", pick("01", "02", "02", "03")),
          C("prnt_nm", "varchar(50)", "person_name", part(_prn, "name")),
          C("hp_no", "varchar(20)", "phone", part(_prn, "phone")),
          C("email", "varchar(100)", "email", maybe(0.7, part(_prn, "email"))),
          C("job_nm", "varchar(50)", "none", pick("회사원", "자영업", "교사", "공무원", "주부", "의사", None)),
          C("sms_rcv_yn", "char(1)", "none", pick("Y", "Y", "N")),
          C("kakao_id", "varchar(50)", "none", maybe(0.4, chars(8, "abcdefghijklmnopqrstuvwxyz0123456789"))),
          C("emrg_tel_no", "varchar(20)", "phone", maybe(0.5, lambda c, i: kr_phone(c))),
          C("tel_no", "varchar(20)", "phone", maybe(0.3, lambda c, i: f"02-{c.r.randint(300, 999)}-{digits(c, 4)}")),
          C("reg_dt", TS, "none", stamp(2021, 1200))], rows=130,
          extra=[_fk("stdt_id", "tb_parent", "tb_student", "stdt_id")]),
        T(S, "tb_class", [key("cls_id"),
          C("brch_cd", "varchar(3)", "none", _brch),
          C("cls_nm", "varchar(100)", "none", lambda c, i: f"{c.r.choice(['중1', '중2', '중3', '고1'])} {c.r.choice(['수학', '영어', '국어', '과학'])} {c.r.choice(['심화', '기본', '선행'])}{c.r.choice('ABC')}"),
          C("subj_cd", "varchar(10)", "none", pick("MATH", "ENG", "KOR", "SCI")),
          C("tchr_id", "integer", "none", fk(80)),
          C("room_no", "varchar(10)", "none", lambda c, i: f"{c.r.randint(2, 6)}0{c.r.randint(1, 9)}"),
          C("dow_cd", "varchar(10)", "none", pick("월수금", "화목", "토", "월수")),
          C("start_tm", "char(5)", "none", pick("16:00", "18:00", "19:30", "10:00")),
          C("end_tm", "char(5)", "none", pick("18:00", "21:00", "22:00", "13:00")),
          C("tuition_amt", "numeric(10)", "none", lambda c, i: c.r.randint(25, 60) * 10000),
          C("max_cnt", "smallint", "none", ints(8, 20)),
          C("use_yn", "char(1)", "none", pick("Y", "Y", "N"))], rows=30,
          extra=[_fk("brch_cd", "tb_class", "tb_branch", "brch_cd"), _fk("tchr_id", "tb_class", "tb_teacher", "tchr_id")]),
    ] + _activity_tables()


def _activity_tables() -> list[T]:
    return [
        T(S, "tb_enroll", [key("enrl_id"),
          C("stdt_id", "bigint", "none", fk(140)),
          C("cls_id", "integer", "none", fk(30)),
          C("enrl_ymd", "char(8)", "none", ymd(2023, 2)),
          C("end_ymd", "char(8)", "none", maybe(0.3, ymd(2024, 1))),
          C("stat_cd", "varchar(2)", "none", pick("10", "10", "20", "90")),
          C("dscnt_amt", "numeric(10)", "none", pick(0, 0, 0, 30000, 50000)),
          C("reg_dt", TS, "none", stamp(2023, 700))], rows=140,
          extra=[_fk("stdt_id", "tb_enroll", "tb_student", "stdt_id"), _fk("cls_id", "tb_enroll", "tb_class", "cls_id")]),
        T(S, "tb_attend", [key("atnd_id", "bigint"),
          C("stdt_id", "bigint", "none", fk(140)),
          C("cls_id", "integer", "none", fk(30)),
          C("atnd_ymd", "char(8)", "none", ymd(2024, 1)),
          C("atnd_cd", "varchar(2)", "health", pick("01", "01", "01", "01", "02", "03", "04", "05")),
          C("in_tm", "char(5)", "none", maybe(0.9, lambda c, i: f"{c.r.randint(15, 20)}:{c.r.randint(0, 59):02d}")),
          C("out_tm", "char(5)", "none", maybe(0.8, lambda c, i: f"{c.r.randint(18, 22)}:{c.r.randint(0, 59):02d}")),
          C("auth_mthd", "varchar(4)", "none", pick("FP", "FP", "CARD", "APP")),
          C("rmk", "varchar(200)", "health", lambda c, i: c.r.choice(SICK) if c.r.random() < 0.3 else None)], rows=150,
          extra=[_fk("stdt_id", "tb_attend", "tb_student", "stdt_id"), _fk("cls_id", "tb_attend", "tb_class", "cls_id")]),
        T(S, "tb_payment", [key("pay_id", "bigint"),
          C("stdt_id", "bigint", "none", fk(140)),
          C("bill_ym", "char(6)", "none", pick("202401", "202402", "202403", "202404", "202405")),
          C("pay_amt", "numeric(10)", "none", lambda c, i: c.r.randint(25, 120) * 10000),
          C("pay_mthd_cd", "varchar(5)", "none", pick("CARD", "CARD", "VACCT", "CASH")),
          C("card_co_nm", "varchar(20)", "none", pick("신한카드", "삼성카드", "KB국민카드", "현대카드", None)),
          C("card_no_mask", "varchar(20)", "none", maybe(0.6, lambda c, i: f"{c.r.choice(['9410', '5365', '4579', '9490'])}-{digits(c, 2)}**-****-{digits(c, 4)}")),
          C("instl_mm", "smallint", "none", pick(0, 0, 2, 3)),
          C("appr_no", "varchar(20)", "none", maybe(0.6, lambda c, i: digits(c, 8))),
          C("vacct_bank_cd", "char(3)", "none", pick(None, "004", "088", "020")),
          C("vacct_no", "varchar(30)", "bank_account", maybe(0.3, lambda c, i: f"5621{digits(c, 10)}")),
          C("dpstr_nm", "varchar(50)", "person_name", maybe(0.3, lambda c, i: kr_person(c)["name"])),
          C("cash_rcpt_no", "varchar(20)", "phone", maybe(0.2, lambda c, i: f"010{digits(c, 8)}")),
          C("pay_dt", TS, "none", stamp(2024, 150)),
          C("cncl_yn", "char(1)", "none", pick("N", "N", "N", "Y")),
          C("reg_id", "varchar(20)", "none", pick("admin", "dc_mgr", "PG"))], rows=140,
          extra=[_fk("stdt_id", "tb_payment", "tb_student", "stdt_id")]),
        T(S, "tb_counsel", [key("cnsl_id"),
          C("stdt_id", "bigint", "none", fk(140)),
          C("tchr_id", "integer", "none", fk(80)),
          C("cnsl_dt", TS, "none", stamp(2023, 700)),
          C("cnsl_tp_cd", "varchar(5)", "none", pick("TEL", "VISIT", "KAKAO")),
          C("cnsl_cn", "text", "free_text_may_contain_pii", _counsel),
          C("next_cnsl_ymd", "char(8)", "none", maybe(0.4, ymd(2024, 1))),
          C("reg_id", "varchar(20)", "none", pick("admin", "dc_mgr"))], rows=120,
          extra=[_fk("stdt_id", "tb_counsel", "tb_student", "stdt_id"), _fk("tchr_id", "tb_counsel", "tb_teacher", "tchr_id")]),
        T(S, "tb_user", [key("user_sn"),
          C("login_id", "varchar(20)", "none", lambda c, i: f"{_usr(c, i)['email'].split('@')[0][:12]}"),
          C("user_nm", "varchar(50)", "person_name", part(_usr, "name")),
          C("pwd", "varchar(128)", "credentials", chars(64, "0123456789abcdef")),
          C("email", "varchar(100)", "email", part(_usr, "email")),
          C("hp_no", "varchar(20)", "phone", part(_usr, "phone")),
          C("auth_cd", "varchar(10)", "none", pick("ROLE_ADMIN", "ROLE_MGR", "ROLE_TCHR", "ROLE_TCHR")),
          C("last_login_ip", "varchar(40)", "ip_address", ipv4),
          C("last_login_dt", TS, "none", stamp(2024, 300)),
          C("pwd_chg_dt", TS, "none", stamp(2023, 600)),
          C("fail_cnt", "smallint", "none", ints(0, 5)),
          C("use_yn", "char(1)", "none", pick("Y", "Y", "N"))], rows=80),
        T(S, "tb_sms_log", [key("sms_seq", "bigint"),
          C("rcv_hp_no", "varchar(20)", "phone", lambda c, i: f"010{digits(c, 8)}"),
          C("snd_hp_no", "varchar(20)", "none", pick("02-555-0100", "031-708-2200", "1588-1234")),
          C("msg_cn", "varchar(2000)", "free_text_may_contain_pii", _sms),
          C("send_dt", TS, "none", stamp(2024, 300)),
          C("rslt_cd", "varchar(4)", "none", pick("0000", "0000", "0000", "E101")),
          C("msg_tp", "varchar(5)", "none", pick("SMS", "LMS", "KAKAO")),
          C("req_key", "varchar(40)", "none", guid),
          C("amt", "numeric(6,1)", "none", money(8, 30))], rows=150),
    ]
