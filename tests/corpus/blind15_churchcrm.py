"""r_churchcrm: ChurchCRM 5 for a Korean-American Presbyterian congregation in Los Angeles, its MySQL tables moved to
PostgreSQL with their mixed-case names quoted (ChurchCRM's `xxx_` column prefixes; the schema declares no foreign
keys): families, persons, custom person fields, pastoral notes, pledges and payments, automatic payments, users.
Korean and Korean-American names (romanised and Hangul) and Southern California addresses typed by hand below."""
from __future__ import annotations

import string
from typing import Any

from .blind15_gens import (Rec, aba_routing, alnum, card, const, dates, day, digits, hexs, idx, mail, maybe, pick,
                           rint, stamps)
from .gens import Col, Table

S = "r_churchcrm"
N_FAM, N_PER = 120, 150


KO_LAST = (("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"), ("Cho", "조"),
           ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"), ("Han", "한"), ("Oh", "오"), ("Shin", "신"), ("Kwon", "권"),
           ("Hwang", "황"), ("Ahn", "안"), ("Song", "송"), ("Yoo", "유"), ("Hong", "홍"), ("Seo", "서"), ("Moon", "문"),
           ("Baek", "백"))
KO_GIVEN = (("Min-jun", "민준", "M"), ("Ji-hoon", "지훈", "M"), ("Hyun-woo", "현우", "M"), ("Young-ho", "영호", "M"),
            ("Jae-won", "재원", "M"), ("Sung-min", "성민", "M"), ("Kyung-soo", "경수", "M"), ("Dong-hyun", "동현", "M"),
            ("Sang-hoon", "상훈", "M"), ("Joon-young", "준영", "M"), ("Byung-chul", "병철", "M"),
            ("Seo-yeon", "서연", "F"), ("Ji-woo", "지우", "F"), ("Soo-jin", "수진", "F"), ("Eun-ji", "은지", "F"),
            ("Hye-jin", "혜진", "F"), ("Mi-kyung", "미경", "F"), ("Jung-hee", "정희", "F"), ("Min-seo", "민서", "F"),
            ("Eun-young", "은영", "F"), ("Sun-hee", "선희", "F"), ("Yeon-woo", "연우", "F"))
KO_EN_M = ("Daniel", "David", "Joseph", "Paul", "Samuel", "John", "Peter", "Andrew", "James", "Timothy", "Brian",
           "Justin", "Jason", "Eugene", "Steven")
KO_EN_F = ("Grace", "Esther", "Sarah", "Hannah", "Rebecca", "Christine", "Jennifer", "Michelle", "Joy", "Stephanie",
           "Rachel", "Julie", "Angela", "Irene", "Sophia")
US_ADDR = (("Los Angeles", "CA", "90010", ("Wilshire Blvd", "W 6th St", "S Normandie Ave", "S Western Ave")),
           ("Los Angeles", "CA", "90005", ("W 3rd St", "S Kingsley Dr", "S Oxford Ave")),
           ("Los Angeles", "CA", "90020", ("S Serrano Ave", "W 4th St", "S Hobart Blvd")),
           ("Glendale", "CA", "91206", ("E Broadway", "N Verdugo Rd", "E Chevy Chase Dr")),
           ("Torrance", "CA", "90501", ("Carson St", "Western Ave", "Cabrillo Ave")),
           ("Fullerton", "CA", "92833", ("W Orangethorpe Ave", "Beach Blvd", "Malvern Ave")),
           ("La Crescenta", "CA", "91214", ("Honolulu Ave", "Foothill Blvd")),
           ("Irvine", "CA", "92618", ("Alton Pkwy", "Jeffrey Rd", "Irvine Center Dr")),
           ("Cerritos", "CA", "90703", ("South St", "Bloomfield Ave")), ("Buena Park", "CA", "90621",
                                                                         ("Beach Blvd", "Orangethorpe Ave")))
US_MAIL = ("gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com", "naver.com", "daum.net")


def us_phone(c: Any) -> str:
    area = c.r.choice(("213", "323", "818", "310", "714", "562", "949", "626"))
    return c.r.choice((f"({area}) {digits(c, 3, '2345678')}-{digits(c, 4, string.digits)}",
                       f"{area}-{digits(c, 3, '2345678')}-{digits(c, 4, string.digits)}",
                       f"{area}.{digits(c, 3, '2345678')}.{digits(c, 4, string.digits)}"))


def ko_person(c: Any, i: int) -> dict:
    last, last_ko = c.r.choice(KO_LAST)
    given, given_ko, sex = c.r.choice(KO_GIVEN)
    english = c.r.choice(KO_EN_F if sex == "F" else KO_EN_M) if c.r.random() < 0.65 else None
    city, state, zip_, streets = c.r.choice(US_ADDR)
    unit = c.r.choice(("", "", f"Apt {c.r.randint(101, 920)}", f"Unit {c.r.randint(1, 40)}", f"#{c.r.randint(2, 30)}"))
    first = english or given
    return {"last": last, "first": first, "middle": given if english and c.r.random() < 0.7 else "",
            "hangul": f"{last_ko}{given_ko}", "sex": sex, "city": city, "state": state, "zip": zip_,
            "addr1": f"{c.r.randint(100, 4999)} {c.r.choice(streets)}", "addr2": unit, "birth": day(c, 1938, 2016),
            "phone": us_phone(c), "email": mail(c, first.replace("-", ""), last, US_MAIL)}


NOTES = ("Hospital visit at Good Samaritan with Pastor {pl}; {f} recovering from bypass surgery, asked for prayer.",
         "{f}'s daughter {d} called ({p}): mother moved to assisted living in Fullerton, new address to follow.",
         "Counselling session with {f} and husband, marriage difficulties. Follow up in 2 weeks.",
         "New family from 분당 우리교회, letter of transfer received. Contact {f} at {e}.",
         "{f} asked to stop receiving giving statements by mail.", "Lost job in March, benevolence fund $800 approved.",
         "구역장 {f} 집사님 심방, 어머님 치매 진단받으심. 기도 부탁.", "Baptism class completed.")
FUNDS = (1, 2, 3, 4, 5)


def micr(c: Any, routing: str, account: str) -> str:
    return f"⑆{routing}⑆ {account}⑈ {c.r.randint(1001, 4999)}"


def churchcrm_tables() -> list[Table]:
    def draw_fam(c: Any, i: int) -> dict:
        p = ko_person(c, i)
        p["routing"], p["acct"] = aba_routing(c), digits(c, c.r.choice((9, 10, 12)))
        p["lat"], p["lng"] = round(34.0 + c.r.uniform(-0.3, 0.25), 7), round(-118.3 + c.r.uniform(-0.1, 0.45), 7)
        return p
    fa = Rec(draw_fam)
    entered = stamps(2008, 2025)
    editor = rint(1, 10)
    family = Table(S, "family_fam", [
        Col("fam_ID", "integer PRIMARY KEY", "none", idx),
        Col("fam_Name", "varchar(50)", "person_name", fa.f("last")),
        Col("fam_Address1", "varchar(255)", "postal_address", fa.f("addr1")),
        Col("fam_Address2", "varchar(255)", "postal_address", fa.f("addr2")),
        Col("fam_City", "varchar(50)", "none", fa.f("city")),
        Col("fam_State", "varchar(50)", "none", fa.f("state")),
        Col("fam_Zip", "varchar(50)", "postal_address", fa.f("zip")),
        Col("fam_Country", "varchar(50)", "none", const("United States")),
        Col("fam_HomePhone", "varchar(30)", "phone", maybe(0.6, fa.f("phone"))),
        Col("fam_Email", "varchar(100)", "email", maybe(0.7, fa.f("email"))),
        Col("fam_WeddingDate", "date", "none", dates(1968, 2022, 0.4)),
        Col("fam_DateEntered", "timestamp", "none", entered),
        Col("fam_DateLastEdited", "timestamp", "none", stamps(2023, 2026, 0.2)),
        Col("fam_EnteredBy", "smallint", "none", editor),
        Col("fam_EditedBy", "smallint", "none", editor),
        Col("fam_scanCheck", "text", "bank_account", lambda c, i: micr(c, fa.f("routing")(c, i), fa.f("acct")(c, i))
            if c.r.random() < 0.4 else None),
        Col("fam_scanCredit", "text", "payment_card", lambda c, i: f"%B{card(c, c.r.choice(('4', '51', '37')))}^"
            f"{fa.f('last')(c, i).upper()}/{fa.f('first')(c, i).upper()}^{c.r.randint(26, 30)}{c.r.randint(1, 12):02d}"
            "101?" if c.r.random() < 0.1 else None),
        Col("fam_DateDeactivated", "date", "none", dates(2019, 2026, 0.9)),
        Col("fam_Latitude", "double precision", "geo_location", fa.f("lat")),
        Col("fam_Longitude", "double precision", "geo_location", fa.f("lng")),
        Col("fam_Envelope", "smallint", "none", lambda c, i: 100 + i),
    ], rows=N_FAM)

    def draw_per(c: Any, i: int) -> dict:
        p = ko_person(c, i)
        p["fam"] = c.r.randint(1, N_FAM) if c.r.random() < 0.92 else 0
        work = c.r.choice(('kaiserpermanente.org', 'lausd.net', 'cedars-sinai.org', 'hanmi.com', 'boeing.com'))
        p["work"] = f"{fold_name(p['first'])}.{p['last'].lower()}@{work}" \
            if c.r.random() < 0.25 else None
        return p
    pe = Rec(draw_per)
    person = Table(S, "person_per", [
        Col("per_ID", "integer PRIMARY KEY", "none", idx),
        Col("per_Title", "varchar(50)", "none", lambda c, i: c.r.choice(("", "Mr.", "Dr.", "Elder", "Deacon", "Kwonsa"))
            if pe.f("sex")(c, i) == "M" else c.r.choice(("", "Mrs.", "Ms.", "Kwonsa", "Deaconess"))),
        Col("per_FirstName", "varchar(50)", "person_name", pe.f("first")),
        Col("per_MiddleName", "varchar(50)", "person_name", pe.f("middle")),
        Col("per_LastName", "varchar(50)", "person_name", pe.f("last")),
        Col("per_Suffix", "varchar(50)", "none", pick("", "", "", "", "Jr.")),
        Col("per_Address1", "varchar(50)", "postal_address", maybe(0.3, pe.f("addr1"))),
        Col("per_Address2", "varchar(50)", "postal_address", maybe(0.1, pe.f("addr2"))),
        Col("per_City", "varchar(50)", "none", maybe(0.3, pe.f("city"))),
        Col("per_State", "varchar(50)", "none", maybe(0.3, pe.f("state"))),
        Col("per_Zip", "varchar(50)", "postal_address", maybe(0.3, pe.f("zip"))),
        Col("per_Country", "varchar(50)", "none", maybe(0.3, const("United States"))),
        Col("per_HomePhone", "varchar(30)", "phone", maybe(0.3, pe.f("phone"))),
        Col("per_WorkPhone", "varchar(30)", "phone", maybe(0.15, lambda c, i: us_phone(c))),
        Col("per_CellPhone", "varchar(30)", "phone", maybe(0.8, lambda c, i: us_phone(c))),
        Col("per_Email", "varchar(50)", "email", maybe(0.75, pe.f("email"))),
        Col("per_WorkEmail", "varchar(50)", "email", pe.f("work")),
        Col("per_BirthMonth", "smallint", "birth_date", lambda c, i: pe.f("birth")(c, i).month),
        Col("per_BirthDay", "smallint", "birth_date", lambda c, i: pe.f("birth")(c, i).day),
        Col("per_BirthYear", "integer", "birth_date",
            lambda c, i: pe.f("birth")(c, i).year if c.r.random() < 0.8 else None),
        Col("per_MembershipDate", "date", "none", dates(1985, 2025, 0.3)),
        Col("per_Gender", "smallint", "none", lambda c, i: 1 if pe.f("sex")(c, i) == "M" else 2),
        Col("per_fmr_ID", "smallint", "none", pick(1, 2, 3, 3)),
        Col("per_cls_ID", "smallint", "none", pick(1, 1, 1, 2, 3, 5)),
        Col("per_fam_ID", "smallint", "none", pe.f("fam")),
        Col("per_DateLastEdited", "timestamp", "none", stamps(2023, 2026)),
        Col("per_DateEntered", "timestamp", "none", entered),
        Col("per_EnteredBy", "smallint", "none", editor),
        Col("per_EditedBy", "smallint", "none", editor),
        Col("per_FriendDate", "date", "none", dates(2015, 2025, 0.8)),
        Col("per_Twitter", "varchar(50)", "none",
            maybe(0.05, lambda c, i: f"@{pe.f('last')(c, i).lower()}{c.r.randint(1, 99)}")),
        Col("per_LinkedIn", "varchar(50)", "none", maybe(0.08, lambda c, i: f"{fold_name(pe.f('first')(c, i))}-"
                                                                        f"{pe.f('last')(c, i).lower()}-{hexs(c, 6)}")),
    ], rows=N_PER)

    def draw_custom(c: Any, i: int) -> dict:
        p = ko_person(c, i)
        status = c.r.choice(("세례교인 (Baptized member)", "학습교인 (Catechumen)", "새신자 (New believer)",
                             "유아세례 (Infant baptism)", "구도자 (Seeker)", "이명 (Transferred, Methodist)"))
        return {"status": status, "hangul": p["hangul"],
                "bap": day(c, 1960, 2025) if status.startswith(("세례", "유아", "이명")) else None}
    cu = Rec(draw_custom)
    person_custom = Table(S, "person_custom", [
        Col("per_ID", "integer PRIMARY KEY", "none", idx),
        Col("c1", "date", "religious_belief", cu.f("bap")),
        Col("c2", "varchar(50)", "person_name", cu.f("hangul")),
        Col("c3", "varchar(60)", "religious_belief", cu.f("status")),
        Col("c4", "varchar(50)", "none", pick("1구역", "2구역", "3구역", "English Ministry", "청년부", "Glendale 목장")),
    ], rows=N_PER, comment="Custom person fields: c1 Baptism date, c2 Korean name, c3 Faith status, c4 Cell group")

    def draw_note(c: Any, i: int) -> dict:
        p = ko_person(c, i)
        return {"t": c.r.choice(NOTES).format(f=p["first"], d=ko_person(c, i)["first"], p=p["phone"], e=p["email"],
                                              pl=c.r.choice(("Kim", "Yoon", "Han")))}
    nt = Rec(draw_note)
    note = Table(S, "note_nte", [
        Col("nte_ID", "integer PRIMARY KEY", "none", idx),
        Col("nte_per_ID", "integer", "none", rint(0, N_PER)),
        Col("nte_fam_ID", "integer", "none", rint(0, N_FAM)),
        Col("nte_Private", "integer", "none", pick(0, 0, 1)),
        Col("nte_Text", "text", "free_text_may_contain_pii", nt.f("t")),
        Col("nte_DateEntered", "timestamp", "none", entered),
        Col("nte_DateLastEdited", "timestamp", "none", stamps(2023, 2026, 0.5)),
        Col("nte_EnteredBy", "integer", "none", editor),
        Col("nte_EditedBy", "integer", "none", editor),
        Col("nte_Type", "varchar(50)", "none", pick("note", "note", "verify", "create")),
    ], rows=120)

    def draw_plg(c: Any, i: int) -> dict:
        method = c.r.choice(("CHECK", "CHECK", "CASH", "CREDITCARD", "BANKDRAFT", "EGIVE"))
        return {"m": method, "scan": micr(c, aba_routing(c), digits(c, 10)) if method == "CHECK" and c.r.random() < 0.7
                else None, "no": c.r.randint(1001, 9999) if method == "CHECK" else None}
    pl = Rec(draw_plg)
    pledge = Table(S, "pledge_plg", [
        Col("plg_plgID", "integer PRIMARY KEY", "none", idx),
        Col("plg_FamID", "integer", "none", rint(1, N_FAM)),
        Col("plg_FYID", "integer", "none", pick(28, 29, 30)),
        Col("plg_date", "date", "none", dates(2023, 2026)),
        Col("plg_amount", "numeric(8,2)", "none", pick(20, 50, 100, 200, 300, 500, 1000, 1250)),
        Col("plg_schedule", "varchar(20)", "none", pick("Weekly", "Monthly", "Once")),
        Col("plg_method", "varchar(20)", "none", pl.f("m")),
        Col("plg_comment", "text", "none", pick("", "", "십일조", "감사헌금", "Building fund", "Missions - Cambodia")),
        Col("plg_DateLastEdited", "date", "none", dates(2023, 2026)),
        Col("plg_EditedBy", "integer", "none", editor),
        Col("plg_PledgeOrPayment", "varchar(10)", "none", pick("Payment", "Payment", "Pledge")),
        Col("plg_fundID", "integer", "none", pick(*FUNDS)),
        Col("plg_depID", "integer", "none", rint(1, 150)),
        Col("plg_CheckNo", "bigint", "none", pl.f("no")),
        Col("plg_scanString", "text", "bank_account", pl.f("scan")),
    ], rows=150)

    def draw_aut(c: Any, i: int) -> dict:
        p = ko_person(c, i)
        cc = c.r.random() < 0.5
        p["cc"], p["bank"] = cc, not cc
        p["card"] = card(c, c.r.choice(("4", "51", "55"))) if cc else None
        p["route"], p["acct"] = (None, None) if cc else (aba_routing(c), digits(c, c.r.choice((9, 10, 12))))
        return p
    au = Rec(draw_aut)
    autopay = Table(S, "autopayment_aut", [
        Col("aut_ID", "integer PRIMARY KEY", "none", idx),
        Col("aut_FamID", "integer", "none", rint(1, N_FAM)),
        Col("aut_EnableBankDraft", "smallint", "none", lambda c, i: int(au.f("bank")(c, i))),
        Col("aut_EnableCreditCard", "smallint", "none", lambda c, i: int(au.f("cc")(c, i))),
        Col("aut_NextPayDate", "date", "none", dates(2026, 2026)),
        Col("aut_Amount", "numeric(6,2)", "none", pick(50, 100, 150, 300, 500)),
        Col("aut_Fund", "integer", "none", pick(*FUNDS)),
        Col("aut_FirstName", "varchar(50)", "person_name", au.f("first")),
        Col("aut_LastName", "varchar(50)", "person_name", au.f("last")),
        Col("aut_Address1", "varchar(255)", "postal_address", au.f("addr1")),
        Col("aut_City", "varchar(50)", "none", au.f("city")),
        Col("aut_State", "varchar(50)", "none", au.f("state")),
        Col("aut_Zip", "varchar(50)", "postal_address", au.f("zip")),
        Col("aut_Phone", "varchar(30)", "phone", au.f("phone")),
        Col("aut_Email", "varchar(100)", "email", au.f("email")),
        Col("aut_CreditCard", "varchar(50)", "payment_card", au.f("card")),
        Col("aut_ExpMonth", "varchar(2)", "none",
            lambda c, i: f"{c.r.randint(1, 12):02d}" if au.f("cc")(c, i) else None),
        Col("aut_ExpYear", "varchar(4)", "none",
            lambda c, i: str(c.r.randint(2026, 2030)) if au.f("cc")(c, i) else None),
        Col("aut_BankName", "varchar(50)", "none", lambda c, i: None if au.f("cc")(c, i) else c.r.choice((
            "Hanmi Bank", "Bank of Hope", "Chase", "Wells Fargo", "Open Bank", "PCB Bank"))),
        Col("aut_Route", "varchar(30)", "none", au.f("route")),
        Col("aut_Account", "varchar(30)", "bank_account", au.f("acct")),
        Col("aut_DateLastEdited", "timestamp", "none", stamps(2023, 2026)),
        Col("aut_EditedBy", "smallint", "none", editor),
        Col("aut_CreditCardVanco", "varchar(50)", "secret_token",
            lambda c, i: alnum(c, 24) if au.f("cc")(c, i) else None),
        Col("aut_AccountVanco", "varchar(50)", "secret_token", lambda c, i: None if au.f("cc")(c, i) else alnum(c, 24)),
    ], rows=90)
    user = Table(S, "user_usr", [
        Col("usr_per_ID", "integer PRIMARY KEY", "none", lambda c, i: (1, 4, 9, 15, 22, 31, 47, 58, 73, 96)[i - 1]),
        Col("usr_UserName", "varchar(50)", "none", lambda c, i: ("admin", "pastor.kim", "office", "treasurer",
                                                                 "edu.yoon", "deacon.park", "youth", "choir",
                                                                 "finance2", "media")[i - 1]),
        Col("usr_Password", "varchar(500)", "credentials", lambda c, i: hexs(c, 64)),
        Col("usr_NeedPasswordChange", "smallint", "none", pick(0, 0, 1)),
        Col("usr_LastLogin", "timestamp", "none", stamps(2025, 2026)),
        Col("usr_LoginCount", "integer", "none", rint(3, 900)),
        Col("usr_FailedLogins", "integer", "none", rint(0, 3)),
        Col("usr_Admin", "smallint", "none", lambda c, i: 1 if i == 1 else 0),
        Col("usr_apiKey", "varchar(255)", "secret_token", maybe(0.5, lambda c, i: alnum(c, 64))),
        Col("usr_TwoFactorAuthSecret", "varchar(255)", "secret_token", maybe(0.3, lambda c, i: "".join(
            c.r.choice(string.ascii_uppercase + "234567") for _ in range(32)))),
        Col("usr_TwoFactorAuthRecoveryCodes", "text", "secret_token", maybe(0.2, lambda c, i: "[" + ",".join(
            f'"{alnum(c, 10)}"' for _ in range(8)) + "]")),
    ], rows=10)
    return [family, person, person_custom, note, pledge, autopay, user]


def fold_name(s: str) -> str:
    return s.lower().replace("-", "").replace(" ", "")
