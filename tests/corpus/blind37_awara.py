"""am_awara: an in-house registration system of a camp for internally displaced people in Duhok governorate
(Kurdistan Region of Iraq), with Sorani column and table names in Arabic script: partner organisations, staff,
households, household members, clinic visits and aid distributions. The community column holds ethnic and
ethno-religious groups; members carry religion, special needs and a fingerprint template."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, rbytes, seq
from .blind37_gens import any_phone, person, qi_card, someone
from .gens import Table

S = "am_awara"
HH, MEM, STAFF = "aw.household", "aw.member", "aw.staff"
N_ORG, N_STAFF, N_HH, N_MEM = 12, 30, 130, 150
ORGS = ["BRHA", "UNHCR Duhok", "IOM", "Harikar", "Emma Organization", "REACH", "MSF", "Civil Development Org.",
        "WFP", "Save the Children", "Yazda", "DoH Duhok"]
CAMPS = ["خانکێ", "شاریا", "کەبەرتۆ", "بەرسڤێ", "چەمیشکۆ", "مام ڕەشان", "ڕوانگە", "ئێسیان"]


def _tebini(c, i):
    return c.r.choice([None, None, None, "خێزانەکە پێویستی بە کەرەستەی زستانە هەیە.",
                       f"کوڕەکەی لە دهۆک کار دەکات، ژمارە {any_phone('iq')(c, i)}",
                       f"پەیوەندی بە {someone('iq')(c, i)} بکە، خزمی خێزانەکەیە",
                       "Moved from tent to caravan, sector 5."])


def _visit_note(c, i):
    return c.r.choice([None, None, "دووبارە سەردان لە دوای ٧ ڕۆژ", "ناردن بۆ نەخۆشخانەی ئازادی",
                       "Follow-up for blood pressure.", "پێویستی بە پشکنینی شەکرە"])


def awara_tables() -> list[Table]:
    h = lambda f: person("iq", HH, f, 1950, 1995)             # noqa: E731
    m = lambda f: person("iq", MEM, f, 1945, 2022)            # noqa: E731
    s = lambda f: person("iq", STAFF, f, 1970, 2000)          # noqa: E731
    return [
        Table(S, "ڕێکخراوەکان", [
            C("ژمارە", "integer PRIMARY KEY", "none", seq()),
            C("ناوی_ڕێکخراو", "varchar(120)", "none", lambda c, i: ORGS[i - 1]),
            C("جۆر", "varchar(30)", "none", one("نێودەوڵەتی", "ناوخۆیی", "حکومی")),
            C("ئیمەیڵ", "varchar(120)", "none", lambda c, i: f"duhok@{ORGS[i - 1].split()[0].lower()}.org"),
            C("بەرپرس", "varchar(120)", "person_name", someone("iq")),
            C("مۆبایلی_بەرپرس", "varchar(20)", "phone", any_phone("iq")),
            C("کەرت", "varchar(60)", "none", one("تەندروستی", "خۆراک", "پەروەردە", "پاراستن", "ئاو و پاقژی")),
        ], rows=N_ORG),
        Table(S, "کارمەندان", [
            C("ژمارە", "integer PRIMARY KEY", "none", seq()),
            C("ناو", "varchar(120)", "person_name", s("latin")),
            C("ئیمەیڵ", "varchar(120)", "email", lambda c, i: f"{s('user')(c, i)}@{ORGS[i % N_ORG].split()[0].lower()}.org"),
            C("مۆبایل", "varchar(20)", "phone", s("mobile")),
            C("ناوی_بەکارهێنەر", "varchar(40)", "none", s("user")),
            C("وشەی_نهێنی", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "11", "2y")),
            C("ئایپی_کۆتایی", "varchar(45)", "ip_address", s("ip")),
            C("ڕێکخراو", "integer", "none", lambda c, i: i % N_ORG + 1),
            C("چالاک", "boolean", "none", flag(0.9)),
        ], rows=N_STAFF, extra=[fkey(S, "کارمەندان", "ڕێکخراو", "ڕێکخراوەکان", "ژمارە")]),
        Table(S, "خێزانەکان", [
            C("ژمارە", "integer PRIMARY KEY", "none", seq()),
            C("کۆدی_خێزان", "varchar(16)", "none", lambda c, i: f"DHK-{c.r.choice(['KH', 'SH', 'KB'])}-{i + 4000:06d}"),
            C("ناوی_سەرۆکی_خێزان", "varchar(120)", "person_name", h("full")),
            C("ژمارەی_مۆبایل", "varchar(20)", "phone", h("mobile")),
            C("ئۆردوگا", "varchar(40)", "none", lambda c, i: CAMPS[i % len(CAMPS)]),
            C("ناونیشان", "varchar(120)", "postal_address", h("a_line")),
            C("شوێنی_پێشوو", "varchar(60)", "none", one("شنگال", "شنگال", "بەعشیقە", "تەلەعفەر", "موسڵ", "حەمدانیە",
                                                        "زومار")),
            C("پێکهاتە", "varchar(30)", "ethnic_origin", one("ئێزیدی", "ئێزیدی", "ئێزیدی", "کورد", "عەرەب", "تورکمان",
                                                             "شەبەک", "ئاشووری")),
            C("قەبارەی_خێزان", "smallint", "none", ints(1, 13)),
            C("داهاتی_مانگانە", "integer", "none", one(0, 0, 150000, 250000, 400000)),
            C("تێبینی", "text", "free_text_may_contain_pii", _tebini),
            C("بەرواری_تۆمار", "date", "none", dates(2014, 2024)),
            C("تۆمارکەر", "integer", "none", fk(N_STAFF, 7)),
        ], rows=N_HH, extra=[fkey(S, "خێزانەکان", "تۆمارکەر", "کارمەندان", "ژمارە")]),
        Table(S, "ئەندامان", [
            C("ژمارە", "integer PRIMARY KEY", "none", seq()),
            C("ژمارەی_خێزان", "integer", "none", lambda c, i: (i - 1) % N_HH + 1),
            C("ناو", "varchar(60)", "person_name", m("first")),
            C("ناوی_باوک", "varchar(60)", "person_name", m("father")),
            C("ناوی_باپیر", "varchar(60)", "person_name", m("grand")),
            C("ناو_بە_لاتینی", "varchar(120)", "person_name", m("latin")),
            C("ڕەگەز", "varchar(6)", "none", lambda c, i: "نێر" if m("sex")(c, i) == "M" else "مێ"),
            C("بەرواری_لەدایکبوون", "date", "birth_date", m("birth")),
            C("پەیوەندی", "varchar(20)", "none", lambda c, i: "سەرۆک" if i <= N_HH else c.r.choice(["هاوسەر", "کوڕ",
                                                                                                   "کچ", "دایک"])),
            C("ژمارەی_ناسنامە", "varchar(14)", "national_id", maybe(m("natid"), 0.8)),
            C("ئایین", "varchar(20)", "religious_belief", one("ئێزیدی", "ئێزیدی", "موسڵمان", "موسڵمان", "مەسیحی",
                                                              "کاکەیی")),
            C("پێداویستی_تایبەت", "varchar(60)", "health", maybe(one("کەمئەندامی جوڵە", "نەخۆشی شەکرە",
                                                                     "فشاری خوێن", "کەڕی", "نەخۆشی دەروونی",
                                                                     "دووگیان"), 0.3)),
            C("باری_خوێندن", "varchar(30)", "none", one("نەخوێندەوار", "سەرەتایی", "ئامادەیی", "زانکۆ")),
            C("پیشە", "varchar(40)", "none", maybe(one("جووتیار", "شوان", "کرێکار", "مامۆستا", "شۆفێر"), 0.5)),
            C("پەنجەمۆر", "bytea", "biometric", lambda c, i: b"FMR\x00 20\x00" + rbytes(c, 96),
              comment="ISO 19794-2"),
            C("وێنە", "varchar(80)", "none", lambda c, i: f"photos/{c.r.randint(2015, 2024)}/{digits(c, 8)}.jpg"),
        ], rows=N_MEM, extra=[fkey(S, "ئەندامان", "ژمارەی_خێزان", "خێزانەکان", "ژمارە")]),
        Table(S, "سەردانی_تەندروستی", [
            C("ژمارە", "integer PRIMARY KEY", "none", seq()),
            C("ژمارەی_ئەندام", "integer", "none", fk(N_MEM, 7)),
            C("بەروار", "date", "none", dates(2023, 2025)),
            C("نیشانەکان", "varchar(120)", "health", one("کۆکە و تا", "سکچوون", "ئازاری سەر", "خورشت", "هەناسەتەنگی")),
            C("دەستنیشانکردن", "varchar(80)", "health", one("J06.9", "A09", "I10", "E11.9", "L30.9", "F43.1")),
            C("دەرمان", "varchar(120)", "health", one("Paracetamol 500mg", "ORS", "Amlodipine 5mg", "Metformin 500mg",
                                                     "Amoxicillin 250mg")),
            C("پەستانی_خوێن", "varchar(8)", "health", lambda c, i: f"{c.r.randint(95, 185)}/{c.r.randint(55, 110)}"),
            C("کێش", "numeric(4,1)", "health", amounts(8, 110, 1)),
            C("پزیشک", "varchar(120)", "person_name", lambda c, i: s("latin")(c, fk(N_STAFF, 3)(c, i))),
            C("تێبینی", "text", "health", _visit_note),
        ], rows=150, extra=[fkey(S, "سەردانی_تەندروستی", "ژمارەی_ئەندام", "ئەندامان", "ژمارە")]),
        Table(S, "یارمەتییەکان", [
            C("ژمارە", "integer PRIMARY KEY", "none", seq()),
            C("ژمارەی_خێزان", "integer", "none", fk(N_HH, 3)),
            C("جۆر", "varchar(40)", "none", one("سەبەتەی خۆراک", "نەوتی سپی", "پارەی نەختینە", "کەرەستەی پاقژی")),
            C("بڕ", "integer", "none", one(1, 1, 2, 120000, 240000)),
            C("بەروار", "date", "none", dates(2022, 2025)),
            C("کارتی_کی", "varchar(19)", "payment_card", maybe(lambda c, i: qi_card(c), 0.5),
              comment="Qi Card for cash assistance"),
            C("وەرگر", "varchar(120)", "person_name", lambda c, i: h("full")(c, fk(N_HH, 3)(c, i))),
            C("ڕێکخراو", "integer", "none", fk(N_ORG, 5)),
            C("وەرگیرا", "boolean", "none", flag(0.92)),
        ], rows=150, extra=[fkey(S, "یارمەتییەکان", "ژمارەی_خێزان", "خێزانەکان", "ژمارە"),
                            fkey(S, "یارمەتییەکان", "ڕێکخراو", "ڕێکخراوەکان", "ژمارە")]),
    ]

