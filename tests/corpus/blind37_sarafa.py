"""am_sarafa: an in-house system of a Yemeni money exchange and transfer company (Sana'a, Aden, Taiz), with Arabic
column and table names in Arabic script: branches, staff, correspondent agent companies abroad, customers (senders
and beneficiaries), transfers, watch-list screening hits and exchange rates."""
from __future__ import annotations

from .blind26_gens import C, alnum, amounts, dates, digits, fk, fkey, flag, maybe, one, rbytes, seq, sha1, stamps
from .blind37_gens import AR, any_phone, person, someone
from .gens import Table

S = "am_sarafa"
CUS, STAFF = "sa.customer", "sa.staff"
N_BR, N_STAFF, N_AG, N_CUS = 20, 40, 80, 150
AGENTS = [("Al-Rajhi Remit Partners", "السعودية"), ("Gulf Express Exchange LLC", "الإمارات"),
          ("Al Ansari Correspondent Desk", "الإمارات"), ("Dahabshiil Transfer", "الصومال"),
          ("Michigan Yemeni Money Services Inc.", "الولايات المتحدة"), ("Birmingham Hawala Ltd.", "المملكة المتحدة"),
          ("شركة الأمانة للصرافة", "عُمان"), ("مؤسسة النجم للتحويلات", "السعودية")]
REASONS = ["مدان في قضية احتيال مالي سنة 2019", "صدر بحقه حكم بالسجن في قضية تهريب", "مطلوب للنيابة الجزائية",
           "متهم في قضية غسل أموال", "سوابق في تزوير وثائق"]


def _cust_notes(c, i):
    return c.r.choice([None, None, None, "عميل دائم", "يستلم عنه أخوه بتوكيل",
                       f"التواصل عبر ابنه {someone('ye')(c, i)} جوال {any_phone('ye')(c, i)}",
                       "Prefers receiving in USD."])


def _tx_notes(c, i):
    return c.r.choice([None, None, None, "تم التسليم نقداً", "المستفيد حضر بهوية منتهية، تم قبول جواز السفر",
                       f"يسلم إلى {someone('ye')(c, i)} في حال غياب المستفيد", "Delayed: agent settlement pending."])


def sarafa_tables() -> list[Table]:
    cu = lambda f: person("ye", CUS, f, 1950, 2004)           # noqa: E731
    st = lambda f: person("ye", STAFF, f, 1970, 2001)         # noqa: E731
    return [
        Table(S, "الفروع", [
            C("رقم_الفرع", "integer PRIMARY KEY", "none", seq()),
            C("اسم_الفرع", "varchar(80)", "none", lambda c, i: f"فرع {AR['district'][i % 10]}"),
            C("المدينة", "varchar(40)", "none", lambda c, i: AR["city"][i % 9]),
            C("العنوان", "varchar(160)", "none", lambda c, i: f"{c.r.choice(AR['street'])}، بجوار البنك"),
            C("الهاتف", "varchar(20)", "none", lambda c, i: f"0{c.r.choice('1234')} {digits(c, 6)}"),
            C("المدير", "varchar(120)", "person_name", someone("ye")),
        ], rows=N_BR),
        Table(S, "المستخدمون", [
            C("رقم_المستخدم", "integer PRIMARY KEY", "none", seq()),
            C("الاسم", "varchar(120)", "person_name", st("full")),
            C("اسم_الدخول", "varchar(40)", "none", st("user")),
            C("كلمة_المرور", "varchar(40)", "credentials", lambda c, i: sha1(c)),
            C("البريد", "varchar(120)", "email", lambda c, i: st("user")(c, i) + "@alnajm-exchange.com.ye"),
            C("الجوال", "varchar(20)", "phone", st("mobile")),
            C("آخر_عنوان_ip", "varchar(45)", "ip_address", st("ip")),
            C("رقم_الفرع", "integer", "none", fk(N_BR, 3)),
            C("الصلاحية", "varchar(20)", "none", one("صراف", "مدير فرع", "مراجع", "مدير النظام")),
        ], rows=N_STAFF, extra=[fkey(S, "المستخدمون", "رقم_الفرع", "الفروع", "رقم_الفرع")]),
        Table(S, "الوكلاء", [
            C("رقم_الوكيل", "integer PRIMARY KEY", "none", seq()),
            C("اسم_الشركة", "varchar(120)", "none", lambda c, i: f"{AGENTS[i % 8][0]} - {i}"),
            C("الدولة", "varchar(40)", "none", lambda c, i: AGENTS[i % 8][1]),
            C("السجل_التجاري", "varchar(20)", "none", lambda c, i: f"CR-{digits(c, 8)}"),
            C("البريد_الإلكتروني", "varchar(120)", "none", lambda c, i: f"ops{i}@{AGENTS[i % 8][0].split()[0].lower()}"
                                                                       "-remit.com"),
            C("الهاتف", "varchar(20)", "none", lambda c, i: f"+{c.r.choice(['966 11', '971 4', '44 121'])} {digits(c, 7)}"),
            C("الشخص_المسؤول", "varchar(120)", "person_name", lambda c, i: AR["m"][i % 14][1] + " " + AR["last"][i % 15][1]),
            C("جوال_المسؤول", "varchar(24)", "phone", lambda c, i: f"+{c.r.choice(['966 5', '971 5'])}{digits(c, 8)}"),
            C("رقم_الحساب", "varchar(34)", "none", lambda c, i: f"SA{digits(c, 2)}8000{digits(c, 14)}",
              comment="حساب التسوية للشركة"),
            C("نسبة_العمولة", "numeric(5,2)", "none", amounts(0.5, 2.5)),
            C("مفتاح_الربط", "varchar(64)", "secret_token", lambda c, i: "ak_" + alnum(c, 40)),
            C("نشط", "boolean", "none", flag(0.9)),
        ], rows=N_AG),
        Table(S, "العملاء", [
            C("رقم_العميل", "integer PRIMARY KEY", "none", seq()),
            C("الاسم_الكامل", "varchar(160)", "person_name", cu("full")),
            C("الاسم_بالإنجليزية", "varchar(160)", "person_name", cu("latin")),
            C("نوع_الهوية", "varchar(20)", "none", one("بطاقة شخصية", "بطاقة شخصية", "جواز سفر")),
            C("رقم_الهوية", "varchar(16)", "national_id", cu("natid")),
            C("تاريخ_الميلاد", "date", "birth_date", cu("birth")),
            C("الجنس", "varchar(6)", "none", lambda c, i: "ذكر" if cu("sex")(c, i) == "M" else "أنثى"),
            C("الجوال", "varchar(20)", "phone", cu("mobile")),
            C("العنوان", "varchar(160)", "postal_address", cu("a_line")),
            C("المدينة", "varchar(40)", "none", cu("a_city")),
            C("المهنة", "varchar(40)", "none", maybe(one("تاجر", "معلم", "مغترب", "طالب", "موظف حكومي", "سائق"), 0.7)),
            C("البصمة", "bytea", "biometric", maybe(lambda c, i: rbytes(c, 128), 0.6), comment="قالب بصمة الإبهام"),
            C("صورة_الهوية", "varchar(80)", "none", lambda c, i: f"scans/{dates(2020, 2025)(c, i):%Y/%m}/{alnum(c, 10)}.jpg"),
            C("ملاحظات", "text", "free_text_may_contain_pii", _cust_notes),
            C("تاريخ_التسجيل", "timestamp", "none", stamps(2018, 2025)),
        ], rows=N_CUS),
        Table(S, "الحوالات", [
            C("رقم_الحوالة", "integer PRIMARY KEY", "none", seq()),
            C("رقم_المرسل", "integer", "none", fk(N_CUS, 7)),
            C("رقم_المستفيد", "integer", "none", fk(N_CUS, 11)),
            C("رقم_الوكيل", "integer", "none", maybe(fk(N_AG, 3), 0.6)),
            C("رقم_الفرع", "integer", "none", fk(N_BR, 3)),
            C("المبلغ", "numeric(14,2)", "none", amounts(50, 5000)),
            C("العملة", "char(3)", "none", one("USD", "SAR", "YER", "YER")),
            C("سعر_الصرف", "numeric(10,4)", "none", amounts(140, 1900, 4)),
            C("الغرض", "varchar(40)", "none", one("مصاريف أسرية", "تجارة", "رسوم دراسية", "إيجار", "أخرى")),
            C("رمز_السحب", "varchar(12)", "secret_token", lambda c, i: digits(c, 10),
              comment="الرقم السري الذي يعطيه المرسل للمستفيد"),
            C("الحالة", "varchar(12)", "none", one("مصروفة", "مصروفة", "معلقة", "ملغاة")),
            C("تاريخ_الإرسال", "timestamp", "none", stamps(2023, 2025)),
            C("تاريخ_الصرف", "timestamp", "none", maybe(stamps(2023, 2025), 0.8)),
            C("موظف_الصرف", "integer", "none", fk(N_STAFF, 5)),
            C("ملاحظات", "text", "free_text_may_contain_pii", _tx_notes),
        ], rows=150, extra=[fkey(S, "الحوالات", "رقم_المرسل", "العملاء", "رقم_العميل"),
                            fkey(S, "الحوالات", "رقم_المستفيد", "العملاء", "رقم_العميل"),
                            fkey(S, "الحوالات", "رقم_الوكيل", "الوكلاء", "رقم_الوكيل"),
                            fkey(S, "الحوالات", "رقم_الفرع", "الفروع", "رقم_الفرع"),
                            fkey(S, "الحوالات", "موظف_الصرف", "المستخدمون", "رقم_المستخدم")]),
        Table(S, "قائمة_الحظر", [
            C("رقم", "integer PRIMARY KEY", "none", seq()),
            C("رقم_العميل", "integer", "none", fk(N_CUS, 13)),
            C("السبب", "varchar(160)", "criminal_record", lambda c, i: REASONS[i % len(REASONS)]),
            C("المصدر", "varchar(40)", "none", one("النيابة العامة", "إدارة المخاطر", "البنك المركزي")),
            C("درجة_الخطورة", "smallint", "none", one(1, 2, 3)),
            C("تاريخ_الإضافة", "date", "none", dates(2019, 2025)),
            C("أضيف_بواسطة", "integer", "none", fk(N_STAFF, 3)),
        ], rows=80, extra=[fkey(S, "قائمة_الحظر", "رقم_العميل", "العملاء", "رقم_العميل"),
                           fkey(S, "قائمة_الحظر", "أضيف_بواسطة", "المستخدمون", "رقم_المستخدم")]),
        Table(S, "أسعار_الصرف", [
            C("رقم", "integer PRIMARY KEY", "none", seq()),
            C("التاريخ", "date", "none", dates(2023, 2025)),
            C("العملة", "char(3)", "none", one("USD", "SAR", "AED", "GBP")),
            C("سعر_الشراء", "numeric(10,4)", "none", amounts(140, 2400, 4)),
            C("سعر_البيع", "numeric(10,4)", "none", amounts(140, 2420, 4)),
            C("المنطقة", "varchar(10)", "none", one("صنعاء", "عدن")),
        ], rows=120),
    ]
