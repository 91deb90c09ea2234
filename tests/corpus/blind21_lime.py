"""y_lime: LimeSurvey 6 at a Taiwanese medical university: a young-adult sexual-health and lifestyle panel survey."""
from __future__ import annotations

import random

from .blind21_gens import (TW_F, TW_M, TW_ROMAN, TW_SUR, bcrypt_r, day_r, digits_r, fields, fk, hex_r, ipv4, ipv4_r,
                           maybe, num, one, pk, rec, ref, ts, ts_r, urlsafe_r, uuid_r, weighted)
from .gens import Col, Table

S = "y_lime"
SID = 482731
N_USERS, N_SURV, N_PART, N_TOK, N_RESP = 90, 8, 150, 150, 140
TW_IP = ("140.113", "140.112", "114.32", "1.160", "36.224", "118.163", "61.216")
DEPTS = ["醫學系", "護理學系", "公共衛生學系", "資訊工程學系", "物理治療學系", "藥學系", "外國語文學系", "企業管理學系"]


def _tw(r: random.Random) -> dict:
    fem = r.random() < 0.55
    sur, given = r.choice(TW_SUR), r.choice(TW_F if fem else TW_M)
    rom = TW_ROMAN[sur]
    login = f"{rom.lower()}{r.choice(['yc', 'jh', 'yt', 'ch', 'hw', 'pc', 'ty'])}{r.randint(1, 99)}"
    return {"sur": sur, "given": given, "full": sur + given, "rom": rom, "login": login, "fem": fem,
            "mail": f"{login}@{r.choice(['gmail.com', 'gmail.com', 'yahoo.com.tw', 'hotmail.com', 'g.nctmu.edu.tw'])}",
            "mobile": f"09{r.randint(10, 89)}-{digits_r(r, 3)}-{digits_r(r, 3)}"}


def _user(r: random.Random, i: int) -> dict:
    p = _tw(r)
    return {**p, "mail": f"{p['login']}@nctmu.edu.tw"}


def _part(r: random.Random, i: int) -> dict:
    return {**_tw(r), "uuid": uuid_r(r)}


def _tok(r: random.Random, i: int) -> dict:
    return {"tok": urlsafe_r(r, 15), "done": r.random() < 0.8}


US = fields("lime.user", _user)
PA = fields("lime.part", _part)
TK = fields("lime.tok", _tok)
Q = f"{SID}X"


def lime_tables() -> list[Table]:
    users = Table(S, "lime_users", [
        Col("uid", "integer PRIMARY KEY", "none", pk),
        Col("users_name", "varchar(64)", "none", US("login")),
        Col("password", "text", "credentials", lambda c, i: bcrypt_r(c.r, "$2y$10$")),
        Col("full_name", "varchar(50)", "person_name", US("full")),
        Col("parent_id", "integer", "none", lambda c, i: 0 if i == 1 else 1),
        Col("lang", "varchar(20)", "none", one(["zh-Hant-TW", "zh-Hant-TW", "en", "auto"])),
        Col("email", "varchar(192)", "email", US("mail")),
        Col("htmleditormode", "varchar(7)", "none", lambda c, i: "default"),
        Col("templateeditormode", "varchar(7)", "none", lambda c, i: "default"),
        Col("questionselectormode", "varchar(7)", "none", lambda c, i: "default"),
        Col("one_time_pw", "text", "secret_token", maybe(0.1, lambda c, i: urlsafe_r(c.r, 32))),
        Col("dateformat", "integer", "none", one([1, 6, 11])),
        Col("last_login", "timestamp", "none", ts(2024, 2025)),
        Col("created", "timestamp", "none", ts(2019, 2023)),
        Col("modified", "timestamp", "none", ts(2023, 2025)),
        Col("validation_key", "varchar(38)", "secret_token", maybe(0.3, lambda c, i: hex_r(c.r, 38))),
        Col("validation_key_expiration", "timestamp", "none", maybe(0.3, ts(2025, 2025))),
        Col("last_forgot_email_password", "timestamp", "none", maybe(0.2, ts(2024, 2025))),
        Col("expires", "timestamp", "none", lambda c, i: None),
        Col("user_status", "boolean", "none", weighted([(True, 9), (False, 1)])),
    ], rows=N_USERS)
    surveys = Table(S, "lime_surveys", [
        Col("sid", "integer PRIMARY KEY", "none", lambda c, i: [SID, 115724, 239961, 318402, 574316, 661238, 781145,
                                                                 913377][i - 1]),
        Col("owner_id", "integer", "none", ref(N_USERS)),
        Col("gsid", "integer", "none", lambda c, i: 1),
        Col("admin", "varchar(50)", "person_name", lambda c, i: _tw(c.r)["full"]),
        Col("active", "varchar(1)", "none", one(["Y", "N"])),
        Col("expires", "timestamp", "none", maybe(0.5, ts(2025, 2026))),
        Col("adminemail", "varchar(254)", "email", lambda c, i: _tw(c.r)["login"] + "@nctmu.edu.tw"),
        Col("anonymized", "varchar(1)", "none", lambda c, i: "N"),
        Col("format", "varchar(1)", "none", one(["G", "S"])),
        Col("language", "varchar(50)", "none", lambda c, i: "zh-Hant-TW"),
        Col("datestamp", "varchar(1)", "none", lambda c, i: "Y"),
        Col("ipaddr", "varchar(1)", "none", one(["Y", "N"]), comment="Save IP address? (Y/N)"),
        Col("refurl", "varchar(1)", "none", one(["Y", "N"])),
        Col("tokenlength", "integer", "none", lambda c, i: 15),
        Col("bounce_email", "varchar(254)", "none", lambda c, i: "survey-bounce@nctmu.edu.tw"),
    ], rows=N_SURV)
    part = Table(S, "lime_participants", [
        Col("participant_id", "varchar(50) PRIMARY KEY", "none", PA("uuid")),
        Col("firstname", "varchar(150)", "person_name", PA("given")),
        Col("lastname", "varchar(150)", "person_name", PA("sur")),
        Col("email", "text", "email", PA("mail")),
        Col("language", "varchar(40)", "none", lambda c, i: "zh-Hant-TW"),
        Col("blacklisted", "varchar(1)", "none", weighted([("N", 19), ("Y", 1)])),
        Col("owner_uid", "integer", "none", ref(N_USERS)),
        Col("created_by", "integer", "none", ref(N_USERS)),
        Col("created", "timestamp", "none", ts(2023, 2024)),
        Col("modified", "timestamp", "none", ts(2024, 2025)),
    ], rows=N_PART)
    tokens = Table(S, f"lime_tokens_{SID}", [
        Col("tid", "integer PRIMARY KEY", "none", pk),
        Col("participant_id", "varchar(50)", "none", PA("uuid")),
        Col("firstname", "varchar(150)", "person_name", PA("given")),
        Col("lastname", "varchar(150)", "person_name", PA("sur")),
        Col("email", "text", "email", PA("mail")),
        Col("emailstatus", "text", "none", weighted([("OK", 18), ("bounced", 1), ("OptOut", 1)])),
        Col("token", "varchar(36)", "secret_token", TK("tok")),
        Col("language", "varchar(25)", "none", lambda c, i: "zh-Hant-TW"),
        Col("blacklisted", "varchar(17)", "none", lambda c, i: None),
        Col("sent", "varchar(17)", "none", lambda c, i: ts_r(c.r, 2024, 2024)[:16]),
        Col("remindersent", "varchar(17)", "none", one(["N", "N", "2024-10-21 09:00"])),
        Col("remindercount", "integer", "none", num(0, 3)),
        Col("completed", "varchar(17)", "none", lambda c, i: ts_r(c.r, 2024, 2024)[:16] if TK("done")(c, i) else "N"),
        Col("usesleft", "integer", "none", lambda c, i: 0 if TK("done")(c, i) else 1),
        Col("validfrom", "timestamp", "none", lambda c, i: "2024-09-01 00:00:00"),
        Col("validuntil", "timestamp", "none", lambda c, i: "2024-12-31 23:59:59"),
        Col("mpid", "integer", "none", lambda c, i: None),
        Col("attribute_1", "text", "none", lambda c, i: f"{c.r.choice('BMD')}1{c.r.randint(10, 13)}{digits_r(c.r, 5)}",
            comment="學號"),
        Col("attribute_2", "text", "phone", PA("mobile"), comment="手機"),
        Col("attribute_3", "text", "none", one(DEPTS), comment="系所"),
    ], rows=N_TOK, extra=[f"ALTER TABLE {S}.lime_tokens_{SID} ADD FOREIGN KEY (participant_id) "
                          f"REFERENCES {S}.lime_participants(participant_id)"])

    def tok_of(c, i):
        return rec(c, "lime.tok", i, _tok)["tok"]

    def comment(c, i):
        p = rec(c, "lime.part", i, _part)
        return c.r.choice([None, None, None, "問卷太長了", "希望學校提供免費匿名篩檢",
                           f"如果有後續訪談可以打給我 {p['mobile']}", f"我是{p['full']}，抽獎請寄到 {p['mail']}",
                           "有些題目讓人不舒服，但謝謝你們的研究", "PrEP 的資訊可以多一點"])
    resp = Table(S, f"lime_survey_{SID}", [
        Col("id", "integer PRIMARY KEY", "none", pk),
        Col("token", "varchar(36)", "secret_token", tok_of),
        Col("submitdate", "timestamp", "none", lambda c, i: ts_r(c.r, 2024, 2024)),
        Col("lastpage", "integer", "none", one([5, 5, 5, 3])),
        Col("startlanguage", "varchar(20)", "none", lambda c, i: "zh-Hant-TW"),
        Col("seed", "varchar(31)", "none", lambda c, i: str(c.r.randint(10**8, 10**9))),
        Col("startdate", "timestamp", "none", ts(2024, 2024)),
        Col("datestamp", "timestamp", "none", ts(2024, 2024)),
        Col("ipaddr", "text", "ip_address", lambda c, i: ipv4_r(c.r, TW_IP)),
        Col("refurl", "text", "none", one(["", "https://www.facebook.com/", "https://line.me/",
            "https://portal.nctmu.edu.tw/"])),
        Col(f"{Q}11X101", "varchar(5)", "none", one(["A1", "A2", "A3"]), comment="性別認同 (A1 男 A2 女 A3 其他)"),
        Col(f"{Q}11X102", "timestamp", "birth_date", lambda c, i: day_r(c.r, 1998, 2006) + " 00:00:00"),
        Col(f"{Q}11X103", "varchar(5)", "ethnic_origin", weighted([("A1", 12), ("A2", 3), ("A3", 1), ("A4", 1)]),
            comment="族群: 閩南/客家/原住民/新住民"),
        Col(f"{Q}11X103other", "text", "ethnic_origin", maybe(0.1, one(["阿美族", "泰雅族", "排灣族", "越南裔", "外省"]))),
        Col(f"{Q}12X104", "varchar(5)", "religious_belief", one(["A1", "A2", "A3", "A4", "A5"]),
            comment="宗教: 無/佛教/道教/基督教/天主教"),
        Col(f"{Q}12X105", "varchar(5)", "sex_life", weighted([("A1", 14), ("A2", 3), ("A3", 3), ("A4", 1)]),
            comment="性傾向"),
        Col(f"{Q}12X106", "numeric(30,10)", "sex_life", weighted([(0, 5), (1, 6), (2, 3), (3, 1), (6, 1)])),
        Col(f"{Q}12X107", "varchar(5)", "sex_life", one(["A1", "A2", "A3", "A4"]), comment="保險套使用頻率"),
        Col(f"{Q}13X108", "varchar(5)", "health", weighted([("A1", 18), ("A2", 1), ("A3", 4)]), comment="HIV 篩檢結果"),
        Col(f"{Q}13X109", "varchar(1)", "health", weighted([("Y", 1), ("N", 9)]), comment="目前是否使用 PrEP"),
        Col(f"{Q}13X110", "numeric(30,10)", "health", num(0, 24), comment="PHQ-9 總分"),
        Col(f"{Q}14X111", "varchar(5)", "political_opinion", one(["A1", "A2", "A3", "A4", "A5"]),
            comment="政黨傾向: 國民黨/民進黨/民眾黨/時代力量/無"),
        Col(f"{Q}14X112", "text", "free_text_may_contain_pii", comment),
    ], rows=N_RESP)
    tim = Table(S, f"lime_survey_{SID}_timings", [
        Col("id", "integer", "none", pk),
        Col("interviewtime", "float8", "none", num(180, 2400, 2)),
        Col(f"{SID}X11time", "float8", "none", num(20, 300, 2)),
        Col(f"{SID}X12time", "float8", "none", num(20, 500, 2)),
        Col(f"{SID}X13time", "float8", "none", num(20, 400, 2)),
        Col(f"{SID}X14time", "float8", "none", num(10, 600, 2)),
    ], rows=N_RESP, extra=[f"ALTER TABLE {S}.lime_survey_{SID}_timings ADD FOREIGN KEY (id) "
                           f"REFERENCES {S}.lime_survey_{SID}(id)"])
    failed = Table(S, "lime_failed_login_attempts", [
        Col("id", "integer", "none", pk),
        Col("ip", "varchar(40)", "ip_address", ipv4(TW_IP + ("45.135", "185.220"))),
        Col("last_attempt", "varchar(20)", "none", lambda c, i: ts_r(c.r, 2025, 2025)),
        Col("number_attempts", "integer", "none", num(1, 12)),
        Col("is_frontend", "boolean", "none", one([True, False])),
    ], rows=90)

    def _saved(r, i):
        p = _tw(r)
        return {"ident": r.choice([p["given"], p["login"], "小" + p["given"][-1], "test"]), "mail": p["mail"]}
    SV = fields("lime.saved", _saved)
    saved = Table(S, "lime_saved_control", [
        Col("scid", "integer", "none", pk),
        Col("sid", "integer", "none", lambda c, i: SID),
        Col("srid", "integer", "none", ref(N_RESP)),
        Col("identifier", "text", "none", SV("ident"), comment="Name the respondent chose to save under"),
        Col("access_code", "text", "credentials", lambda c, i: bcrypt_r(c.r, "$2y$10$")),
        Col("email", "varchar(192)", "email", SV("mail")),
        Col("ip", "text", "ip_address", lambda c, i: ipv4_r(c.r, TW_IP)),
        Col("saved_thisstep", "text", "none", one(["2", "3", "4"])),
        Col("status", "varchar(1)", "none", one(["S", ""])),
        Col("saved_date", "timestamp", "none", ts(2024, 2024)),
        Col("refurl", "text", "none", lambda c, i: ""),
    ], rows=85, extra=[fk(S, "lime_saved_control", "srid", f"lime_survey_{SID}(id)"),
                       fk(S, "lime_saved_control", "sid", "lime_surveys(sid)")])
    return [users, surveys, part, tokens, resp, tim, failed, saved]
