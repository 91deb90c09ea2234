"""aj_kudakon_tj: the case register of a state children's home (kudakiston / internat) in Khatlon, Tajikistan (a
plausible institution). Column names are transliterated Tajik (nasab = surname, nom = name, nomi_padar =
patronymic, sanai_tavallud = date of birth, millat = nationality/ethnicity, tashkhis = diagnosis, sudimiat =
criminal conviction); free-text values are in Tajik Cyrillic, names in the Latin spelling used on passports."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, dates, digits, fk, fkey, ints, maybe, one, seq, stamps
from .blind34_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "aj_kudakon_tj"
K, V, A, X = "tj.child", "tj.relative", "tj.applicant", "tj.staff"
N_CH, N_REL, N_STAFF = 130, 150, 20
MILLAT = ["тоҷик", "тоҷик", "тоҷик", "ӯзбек", "рус", "помирӣ", "қирғиз", "ҷӯгӣ (люли)", "туркман"]
DX = ["Сиҳат", "Камхунӣ (анемия), дараҷаи I", "Фалаҷи кӯдакона (ДЦП)", "Ақибмонии рушди равонӣ", "Бронхити музмин",
      "Эпилепсия", "Синдроми Даун", "Сил (TB) – табобат анҷом ёфт", "Норасоии вазн"]


def ch(f: str):
    return person("tj", K, f, 2008, 2022)


def rel(f: str):
    return person("tj", V, f, 1965, 2000)


def _patronymic(c, i):
    return c.r.choice(POOLS["tj"]["m"]) + ("ovich" if ch("sex")(c, i) == "M" else "ovna")


def kudakon_tables() -> list[Table]:
    x = lambda f: person("tj", X, f, 1960, 1999)     # noqa: E731
    a = lambda f: person("tj", A, f, 1970, 1996)     # noqa: E731
    return [
        Table(S, "kormandon", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nasab", "varchar(60)", "person_name", x("last")),
            C("nom", "varchar(60)", "person_name", x("first")),
            C("vazifa", "varchar(60)", "none", one("тарбиятгар", "ҳамшираи тиббӣ", "директор", "ошпаз", "равоншинос")),
            C("telefon", "varchar(20)", "phone", x("mobile")),
            C("email", "varchar(100)", "email", maybe(x("email"), 0.6)),
            C("login", "varchar(40)", "none", x("user")),
            C("parol_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c)),
            C("rmn", "varchar(9)", "national_id", lambda c, i: digits(c, 9), "РМА, taxpayer identification number"),
        ], rows=N_STAFF),
        Table(S, "kudakon", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("raqami_parvanda", "varchar(20)", "none", lambda c, i: f"ПК-{2014 + i % 11}/{i:03d}"),
            C("nasab", "varchar(60)", "person_name", ch("last")),
            C("nom", "varchar(60)", "person_name", ch("first")),
            C("nomi_padar", "varchar(60)", "person_name", _patronymic),
            C("sanai_tavallud", "date", "birth_date", ch("birth")),
            C("jins", "varchar(6)", "none", lambda c, i: "мард" if ch("sex")(c, i) == "M" else "зан"),
            C("millat", "varchar(30)", "ethnic_origin", one(*MILLAT)),
            C("shahodatnomai_tavallud", "varchar(20)", "national_id", lambda c, i: f"I-ТҶ {digits(c, 7)}",
              "birth certificate series and number"),
            C("zodgoh", "varchar(60)", "none", lambda c, i: c.r.choice(POOLS["tj"]["city"] + ["Qubodiyon", "Vakhsh"])),
            C("suroghai_peshina", "varchar(200)", "postal_address", maybe(ch("a_full"), 0.7), "address before admission"),
            C("sanai_qabul", "date", "none", dates(2014, 2025)),
            C("sababi_qabul", "varchar(80)", "none", one("ятим", "нимятим", "аз ҳуқуқи волидайн маҳрум", "оилаи камбизоат"),
              "orphan / half-orphan / parents deprived of rights / poor family"),
            C("guruhi_khun", "varchar(10)", "health", one("O(I)+", "A(II)+", "B(III)+", "AB(IV)+", "O(I)-")),
            C("nogironi", "varchar(30)", "health", maybe(one("кӯдаки маъюб", "маъюбии гурӯҳи II"), 0.15), "disability status"),
            C("holati_salomati", "varchar(120)", "health", one(*DX)),
            C("emlashho", "jsonb", "health", lambda c, i: '{"БЦЖ": true, "ДКС": %d, "полиомиелит": %d, "сурхча": %s}' % (
                c.r.randint(1, 3), c.r.randint(2, 4), c.r.choice(["true", "false"])), "vaccinations received"),
            C("maktab", "varchar(60)", "none", one("МТМУ №3 Бохтар", "МТМУ №12", "мактаб-интернати №1")),
            C("sinf", "smallint", "none", ints(0, 11)),
            C("aks", "varchar(80)", "none", maybe(lambda c, i: f"photos/{i:04d}.jpg", 0.8)),
            C("sanai_khoriji", "date", "none", maybe(dates(2018, 2025), 0.25), "date left the home"),
        ], rows=N_CH),
        Table(S, "volidon_va_kheshovandon", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kudak_id", "integer", "none", fk(N_CH, 7)),
            C("nasab_nom", "varchar(120)", "person_name", rel("full")),
            C("khesh", "varchar(30)", "none", one("модар", "падар", "бибӣ", "тағо", "хола", "бародар")),
            C("sanai_tavallud", "date", "birth_date", maybe(rel("birth"), 0.6)),
            C("raqami_shinosnoma", "varchar(20)", "national_id", maybe(rel("natid"), 0.6)),
            C("telefon", "varchar(20)", "phone", maybe(rel("mobile"), 0.6)),
            C("suroga", "varchar(200)", "postal_address", maybe(rel("a_full"), 0.7)),
            C("vafot_kardaast", "boolean", "none", one(False, False, True), "deceased"),
            C("dar_muhojirat", "varchar(60)", "none", maybe(one("Россия, Москва", "Россия, Екатеринбург", "Қазоқистон"), 0.3),
              "working abroad"),
            C("dar_zindon", "boolean", "criminal_record", one(False, False, False, True), "serving a prison sentence"),
            C("moddai_kodeksi_jinoi", "varchar(60)", "criminal_record", maybe(one("м. 244 (дуздӣ)", "м. 200 (маводи мухаддир)",
                                                                            "м. 104 (куштор)", "м. 247 (қаллобӣ)"), 0.25),
              "article of the Criminal Code"),
            C("izoh", "text", "free_text_may_contain_pii", maybe(lambda c, i: c.r.choice([
                "Модар ба кӯдак ҳар моҳ занг мезанад.", f"Бо тағо {any_name('tj')(c, i)} тамос гиред: {any_mobile('tj')(c, i)}",
                "Падар аз ҳуқуқи волидайн бо қарори суд маҳрум шудааст.", "Суроға номаълум."]), 0.6)),
        ], rows=N_REL, extra=[fkey(S, "volidon_va_kheshovandon", "kudak_id", "kudakon", "id")]),
        Table(S, "muoinai_tibbi", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kudak_id", "integer", "none", fk(N_CH, 3)),
            C("sana", "date", "none", dates(2020, 2025)),
            C("duktur", "varchar(120)", "person_name", any_name("tj"), "visiting doctor"),
            C("vazn_kg", "numeric(5,1)", "health", lambda c, i: round(c.r.uniform(9, 55), 1)),
            C("qad_sm", "smallint", "health", ints(75, 170)),
            C("tashkhis", "varchar(200)", "health", one(*DX)),
            C("tavsiya", "text", "health", one("Витамин D ва оҳан 1 моҳ", "Машварати невропатолог", "Назорат пас аз 6 моҳ",
                                               "Парҳези иловагӣ")),
        ], rows=150, extra=[fkey(S, "muoinai_tibbi", "kudak_id", "kudakon", "id")]),
        Table(S, "tashrifho", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kudak_id", "integer", "none", fk(N_CH, 11)),
            C("mehmon", "varchar(120)", "person_name", lambda c, i: rel("full")(c, fk(N_REL, 5)(c, i))),
            C("shinosnoma", "varchar(20)", "national_id", lambda c, i: rel("natid")(c, fk(N_REL, 5)(c, i))),
            C("sana", "timestamp", "none", stamps(2022, 2025)),
            C("izoh", "varchar(200)", "none", maybe(one("тӯҳфа овард", "бо иҷозати директор", "30 дақиқа"), 0.5)),
        ], rows=120, extra=[fkey(S, "tashrifho", "kudak_id", "kudakon", "id")]),
        Table(S, "farzandkhondagon_darkhost", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nasab_nom", "varchar(120)", "person_name", a("full")),
            C("sanai_tavallud", "date", "birth_date", a("birth")),
            C("shinosnoma", "varchar(20)", "national_id", a("natid")),
            C("suroga", "varchar(200)", "postal_address", a("a_full")),
            C("telefon", "varchar(20)", "phone", a("mobile")),
            C("holati_oilavi", "varchar(30)", "none", one("оиладор", "оиладор", "бева")),
            C("daromadi_moh", "numeric(10,2)", "none", amounts(1500, 12000), "monthly income, TJS"),
            C("sudimiat", "varchar(80)", "criminal_record", one("надорад", "надорад", "надорад", "дорад, м. 237 (2009), бардошта шуд"),
              "criminal conviction certificate"),
            C("salomati_malumotnoma", "varchar(120)", "health", one("солим", "солим", "диабети навъи 2, назорат",
                                                                   "гипертония"), "health certificate of the applicant"),
            C("holat", "varchar(20)", "none", one("баррасӣ", "тасдиқ", "рад")),
            C("sana", "date", "none", dates(2019, 2025)),
        ], rows=80),
    ]
