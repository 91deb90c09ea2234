"""ak_betekrstian: an in-house parish register of an Eritrean Orthodox Tewahdo parish in Asmara (Eritrea), with
Tigrinya column names in Latin transliteration: clergy, members, baptisms, weddings, tithes and gifts, the parish
support fund for sick members, burials, and logins."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, maybe, one, seq, stamps
from .blind35_gens import any_mobile, any_name, person
from .gens import Table

S = "ak_betekrstian"
AB = "be.abal"
N_KAH, N_AB, N_TIM, N_MER, N_TEQ = 22, 150, 120, 90, 12
KRSTNA_M = ["Wolde Mariam", "Gebre Selassie", "Gebre Michael", "Wolde Giorgis", "Haile Mariam", "Tekle Haimanot",
            "Gebre Kidan", "Wolde Yohannes"]
KRSTNA_F = ["Amete Mariam", "Wolete Selassie", "Hirute Selassie", "Amete Giorgis", "Wolete Mikael", "Letemariam"]


def _himam(c, i):
    return c.r.choice(["Sukkar (diabetes), insulin", "Kidney failure, dialysis at Orotta hospital",
                       "Tuberculosis, 6-month treatment", "Stroke, left side paralysed", "Breast cancer, referred abroad",
                       "Broken hip", "HIV, on ART", "Heart valve disease, surgery planned", "Mental illness, at St. Mary's"])


def _meglitsi(c, i):
    return c.r.choice([None, None, "Hagez bzeyhabe",
                       f"Wedu {any_name('er')(c, i)} ab Saudi yhagiz, silki {any_mobile('er')(c, i)}",
                       f"Kahsi {any_name('er', 'M')(c, i)} bet ab bet z'bexhe", "Nay medhanit waga"])


def _mot_meglitsi(c, i):
    return c.r.choice([None, None, "Fithat ab Enda Mariam", "Ab Keren tqebire",
                       f"Habari: {any_name('er')(c, i)} ({any_mobile('er')(c, i)})", "Tezkar 40 me'alti"])


def bete_tables() -> list[Table]:
    a = lambda f: person("er", AB, f, 1935, 2010)            # noqa: E731
    k = lambda f: person("er", "be.kahn", f, 1945, 1995)     # noqa: E731
    t = lambda f: person("er", "be.teqemti", f, 1965, 2000)  # noqa: E731
    return [
        Table(S, "kahnat", [
            C("kahn_id", "integer PRIMARY KEY", "none", seq()),
            C("maereg", "varchar(30)", "none", one("Qesis", "Qesis", "Diyakon", "Abba", "Merigeta", "Liqe Kahnat")),
            C("sem", "varchar(100)", "person_name", any_name("er", "M")),
            C("silki", "varchar(20)", "phone", k("mobile")),
            C("elet_simet", "date", "none", dates(1980, 2022)),
            C("ab_agelglot", "boolean", "none", flag(0.85)),
        ], rows=N_KAH),
        Table(S, "abalat", [
            C("abal_id", "integer PRIMARY KEY", "none", seq()),
            C("qutsri_abal", "varchar(10)", "none", lambda c, i: f"EM-{i + 3000:05d}"),
            C("sem", "varchar(40)", "person_name", a("first")),
            C("sem_abbo", "varchar(40)", "person_name", a("last")),
            C("sem_abbohago", "varchar(40)", "person_name", a("middle")),
            C("sem_krstna", "varchar(40)", "person_name", lambda c, i: c.r.choice(KRSTNA_M if a("sex")(c, i) == "M"
                                                                                 else KRSTNA_F)),
            C("sota", "varchar(6)", "none", lambda c, i: "Tebay" if a("sex")(c, i) == "M" else "Ansay"),
            C("elet_lidet", "date", "birth_date", a("birth")),
            C("qutsri_menenet", "varchar(10)", "national_id", maybe(a("natid"), 0.8)),
            C("bher", "varchar(20)", "ethnic_origin", one("Tigrinya", "Tigrinya", "Tigrinya", "Tigre", "Saho", "Bilen")),
            C("haymanot_qedem", "varchar(30)", "religious_belief", maybe(one("Katolik", "Wengelawit (Protestant)",
                                                                             "Islam"), 0.1),
              comment="previous faith of members received into the church"),
            C("zoba", "varchar(30)", "none", one("Zoba Maekel", "Zoba Debub", "Zoba Anseba")),
            C("adrasha", "varchar(160)", "postal_address", a("a_full")),
            C("silki", "varchar(20)", "phone", maybe(a("mobile"), 0.7)),
            C("silki_geza", "varchar(20)", "phone", maybe(a("phone"), 0.4)),
            C("email", "varchar(80)", "email", maybe(a("email"), 0.3)),
            C("kuinat_hadar", "varchar(20)", "none", one("Zeymerasewe", "Merasewi", "Memakr", "Meyti'")),
            C("abbo_nefsi", "integer", "none", fk(N_KAH, 3), comment="confessor (spiritual father)"),
            C("ab_diaspora", "boolean", "none", flag(0.2)),
            C("elet_mezgeba", "date", "none", dates(1995, 2025)),
        ], rows=N_AB, extra=[fkey(S, "abalat", "abbo_nefsi", "kahnat", "kahn_id")]),
        Table(S, "timket", [
            C("timket_id", "integer PRIMARY KEY", "none", seq()),
            C("abal_id", "integer", "none", fk(N_AB, 7)),
            C("elet_timket", "date", "none", dates(1950, 2025)),
            C("betekrstian", "varchar(60)", "none", one("Enda Mariam", "Kidane Mihret", "Enda Giorgis", "Medhanie Alem")),
            C("abbo_krstna", "varchar(100)", "person_name", any_name("er", "M"), comment="godfather"),
            C("emo_krstna", "varchar(100)", "person_name", maybe(any_name("er", "F"), 0.6), comment="godmother"),
            C("kahn_id", "integer", "none", fk(N_KAH, 5)),
            C("qutsri_mesakr", "varchar(12)", "none", lambda c, i: f"T/{c.r.randint(1990, 2025)}/{digits(c, 4)}"),
        ], rows=N_TIM, extra=[fkey(S, "timket", "abal_id", "abalat", "abal_id"),
                              fkey(S, "timket", "kahn_id", "kahnat", "kahn_id")]),
        Table(S, "mera", [
            C("mera_id", "integer PRIMARY KEY", "none", seq()),
            C("merawi_id", "integer", "none", fk(N_AB, 11)),
            C("merawit_id", "integer", "none", fk(N_AB, 13)),
            C("elet_mera", "date", "none", dates(1975, 2025)),
            C("kahn_id", "integer", "none", fk(N_KAH, 7)),
            C("bqurban", "boolean", "religious_belief", flag(0.5), comment="married with holy communion"),
            C("mesakir", "varchar(200)", "person_name",
              lambda c, i: f"{any_name('er')(c, i)}; {any_name('er')(c, i)}"),
            C("qutsri_mesakr", "varchar(12)", "none", lambda c, i: f"M/{c.r.randint(1975, 2025)}/{digits(c, 4)}"),
        ], rows=N_MER, extra=[fkey(S, "mera", "merawi_id", "abalat", "abal_id"),
                              fkey(S, "mera", "merawit_id", "abalat", "abal_id"),
                              fkey(S, "mera", "kahn_id", "kahnat", "kahn_id")]),
        Table(S, "wefeyatat", [
            C("wefeya_id", "integer PRIMARY KEY", "none", seq()),
            C("abal_id", "integer", "none", fk(N_AB, 17)),
            C("elet", "date", "none", dates(2023, 2025)),
            C("aynet", "varchar(20)", "none", one("Asrat", "Asrat", "Bets'a", "Selet", "Nay hnxa")),
            C("mibzhi", "numeric(10,2)", "none", amounts(50, 12000)),
            C("bqrshi", "varchar(3)", "none", one("ERN", "ERN", "USD")),
            C("meqebeli", "integer", "none", fk(N_TEQ, 3)),
            C("qutsri_qebeli", "varchar(12)", "none", lambda c, i: f"R{digits(c, 7)}"),
        ], rows=150, extra=[fkey(S, "wefeyatat", "abal_id", "abalat", "abal_id")]),
        Table(S, "regiet_hmumat", [
            C("regiet_id", "integer PRIMARY KEY", "none", seq()),
            C("abal_id", "integer", "none", fk(N_AB, 19)),
            C("himam", "text", "health", _himam),
            C("hospital", "varchar(60)", "none", one("Orotta Referral Hospital", "Halibet Hospital", "Sembel Hospital",
                                                     "St. Mary's Psychiatric Hospital", "Keren Hospital")),
            C("hagez", "numeric(10,2)", "none", amounts(500, 20000)),
            C("elet", "date", "none", dates(2022, 2025)),
            C("meglitsi", "text", "free_text_may_contain_pii", _meglitsi),
            C("zwesene", "integer", "none", fk(N_TEQ, 5)),
        ], rows=100, extra=[fkey(S, "regiet_hmumat", "abal_id", "abalat", "abal_id")]),
        Table(S, "mot", [
            C("mot_id", "integer PRIMARY KEY", "none", seq()),
            C("abal_id", "integer", "none", lambda c, i: 150 - i),
            C("elet_mot", "date", "none", dates(2018, 2025)),
            C("mkniyat", "varchar(80)", "health", one("Heart attack", "Old age", "Malaria", "Diabetes complications",
                                                      "Road accident", "Cancer", "Kidney failure")),
            C("bota_qebri", "varchar(30)", "none", lambda c, i: f"Block {c.r.choice('ABCDEF')}-{c.r.randint(1, 300)}"),
            C("fithat_kahn", "integer", "none", fk(N_KAH, 3)),
            C("meglitsi", "text", "free_text_may_contain_pii", _mot_meglitsi),
        ], rows=85, extra=[fkey(S, "mot", "abal_id", "abalat", "abal_id")]),
        Table(S, "teqemti", [
            C("teqemti_id", "integer PRIMARY KEY", "none", seq()),
            C("sem_teqemti", "varchar(30)", "none", t("user")),
            C("sem", "varchar(100)", "person_name", t("full")),
            C("mesgergera", "varchar(72)", "credentials", lambda c, i: bcrypt(c, "10", "2b")),
            C("ms_token", "varchar(64)", "secret_token", maybe(lambda c, i: hexs(c, 48), 0.4)),
            C("ntsfa", "varchar(20)", "none", one("Tsehafi", "Gzmadh", "Admin")),
            C("ndefer", "boolean", "none", const(True)),
            C("dihri_atatwa", "timestamp", "none", stamps(2025, 2025)),
        ], rows=N_TEQ),
    ]


