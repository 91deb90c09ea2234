"""az_sardu: an in-house register of a Sardinian diocese (Tàtari and Logudoro) with column names in Sardinian:
parishes, priests, baptisms, marriages, Caritas aid to families, offerings and the volunteers of the oratories."""
from __future__ import annotations

from .blind26_gens import C, amounts, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps
from .blind50_gens import mobile, name, person, town
from .gens import Table

S = "az_sardu"
BAT, PRE, FAM, VOL = "sc.batiadu", "sc.preide", "sc.familia", "sc.voluntariu"
N_PAR, N_PRE, N_BAT, N_FAM = 14, 22, 150, 120


def _nota(c, i):
    return c.r.choice([None, None, "Pagadu s'afitu de su mese.", "Sa mama est sena traballu dae martzu.",
                       f"Accumpanzada dae sa fiza {name('sc')(c, i)}, tel. {mobile('sc')(c, i)}",
                       "Su babbu est in presone a Bancali.", "Bisòngiu de meighinas pro su diabete."])


def sardu_tables() -> list[Table]:
    b = lambda f: person("sc", BAT, f, 1950, 2024)            # noqa: E731
    p = lambda f: person("sc", PRE, f, 1945, 1990)            # noqa: E731
    f_ = lambda f: person("sc", FAM, f, 1955, 2000)           # noqa: E731
    v = lambda f: person("sc", VOL, f, 1950, 2006)            # noqa: E731
    return [
        Table(S, "parrocchias", [
            C("parrocchia_id", "integer PRIMARY KEY", "none", seq()),
            C("nùmene", "varchar(80)", "none", one("Santa Maria de Betlem", "Santu Nicola", "Sant'Apollinare",
                                                   "Santa Caterina", "Santu Sisinnio", "Nostra Segnora de Luogosanto")),
            C("bidda", "varchar(40)", "none", town("sc")),
            C("indiritzu", "varchar(120)", "none", lambda c, i: f"Piatza de Cresia {i}"),
            C("telèfonu", "varchar(20)", "none", lambda c, i: f"079 {digits(c, 6)}", comment="parish office"),
            C("codice_fiscale_ente", "varchar(11)", "none", lambda c, i: "9" + digits(c, 10)),
        ], rows=N_PAR),
        Table(S, "preides", [
            C("preide_id", "integer PRIMARY KEY", "none", seq()),
            C("nùmene_cumpletu", "varchar(100)", "person_name", lambda c, i: "Don " + p("full")(c, i)),
            C("parrocchia_id", "integer", "none", fk(N_PAR, 3)),
            C("ordinatzione", "date", "none", dates(1975, 2020)),
            C("posta_eletrònica", "varchar(80)", "email", lambda c, i: p("user")(c, i) + "@diocesi.example.it"),
            C("tzellulare", "varchar(20)", "phone", p("mobile")),
            C("crae_intrada", "varchar(100)", "credentials", lambda c, i: "$2b$12$" + digits(c, 53)),
        ], rows=N_PRE, extra=[fkey(S, "preides", "parrocchia_id", "parrocchias", "parrocchia_id")]),
        Table(S, "batìsimos", [
            C("batìsimu_id", "integer PRIMARY KEY", "none", seq()),
            C("parrocchia_id", "integer", "none", fk(N_PAR, 5)),
            C("libru", "varchar(10)", "none", lambda c, i: f"L{c.r.randint(1, 30)}"),
            C("pàgina", "integer", "none", ints(1, 400)),
            C("nùmene", "varchar(60)", "person_name", b("first")),
            C("sambenadu", "varchar(60)", "person_name", b("last")),
            C("naschida", "date", "birth_date", b("birth")),
            C("logu_naschida", "varchar(40)", "none", town("sc")),
            C("babbu", "varchar(100)", "person_name", name("sc")),
            C("mama", "varchar(100)", "person_name", name("sc")),
            C("padrinu", "varchar(100)", "person_name", name("sc")),
            C("madrina", "varchar(100)", "person_name", maybe(name("sc"), 0.8)),
            C("data_batìsimu", "date", "none", dates(1950, 2025)),
            C("cresima", "boolean", "religious_belief", flag(0.6), comment="confirmed"),
            C("sbatijamentu", "boolean", "religious_belief", flag(0.02), comment="formal defection from the Church"),
            C("nota_marginale", "text", "free_text_may_contain_pii", maybe(lambda c, i: c.r.choice(
                [f"Cojuadu cun {name('sc')(c, i)} in Ozieri", "Legittimadu", "Adotadu"]), 0.3)),
            C("preide_id", "integer", "none", fk(N_PRE, 7)),
        ], rows=N_BAT, extra=[fkey(S, "batìsimos", "parrocchia_id", "parrocchias", "parrocchia_id"),
                              fkey(S, "batìsimos", "preide_id", "preides", "preide_id")]),
        Table(S, "cojuos", [
            C("cojuu_id", "integer PRIMARY KEY", "none", seq()),
            C("parrocchia_id", "integer", "none", fk(N_PAR, 3)),
            C("isposu", "varchar(100)", "person_name", name("sc")),
            C("isposa", "varchar(100)", "person_name", name("sc")),
            C("batìsimu_isposu", "integer", "none", fk(N_BAT, 11)),
            C("data", "date", "none", dates(1970, 2025)),
            C("rito", "varchar(30)", "religious_belief", one("Catòlicu", "Misto (catòlicu-valdesu)", "Cun dispensa")),
            C("testimòngiu_1", "varchar(100)", "person_name", name("sc")),
            C("testimòngiu_2", "varchar(100)", "person_name", name("sc")),
            C("nullidade", "boolean", "none", flag(0.03), comment="declared null by the Rota"),
        ], rows=100, extra=[fkey(S, "cojuos", "parrocchia_id", "parrocchias", "parrocchia_id"),
                            fkey(S, "cojuos", "batìsimu_isposu", "batìsimos", "batìsimu_id")]),
        Table(S, "caritas_famìlias", [
            C("familia_id", "integer PRIMARY KEY", "none", seq()),
            C("referente", "varchar(100)", "person_name", f_("full")),
            C("codice_fiscale", "varchar(16)", "national_id", f_("natid")),
            C("naschida", "date", "birth_date", f_("birth")),
            C("indiritzu", "varchar(160)", "postal_address", f_("address")),
            C("tzellulare", "varchar(20)", "phone", f_("mobile")),
            C("cumponentes", "integer", "none", ints(1, 7)),
            C("isee", "numeric(9,2)", "none", amounts(0, 15000)),
            C("natzionalidade", "varchar(30)", "none", one("Italiana", "Romena", "Senegalesa", "Marochina")),
            C("etnia_rom", "boolean", "ethnic_origin", flag(0.05)),
            C("nota", "text", "free_text_may_contain_pii", _nota),
            C("parrocchia_id", "integer", "none", fk(N_PAR, 5)),
        ], rows=N_FAM, extra=[fkey(S, "caritas_famìlias", "parrocchia_id", "parrocchias", "parrocchia_id")]),
        Table(S, "agiudos", [
            C("agiudu_id", "integer PRIMARY KEY", "none", seq()),
            C("familia_id", "integer", "none", fk(N_FAM, 7)),
            C("tipu", "varchar(30)", "none", one("Pacu alimentare", "Bulleta luce", "Afitu", "Meighinas", "Libros")),
            C("importu", "numeric(8,2)", "none", amounts(10, 600)),
            C("data", "date", "none", dates(2022, 2025)),
            C("segnaladu_dae", "varchar(40)", "none", one("Parrocu", "Assistente sotziale", "Centru de ascurtu")),
        ], rows=140, extra=[fkey(S, "agiudos", "familia_id", "caritas_famìlias", "familia_id")]),
        Table(S, "voluntàrios", [
            C("voluntariu_id", "integer PRIMARY KEY", "none", seq()),
            C("nùmene", "varchar(60)", "person_name", v("first")),
            C("sambenadu", "varchar(60)", "person_name", v("last")),
            C("posta", "varchar(80)", "email", v("email")),
            C("tzellulare", "varchar(20)", "phone", v("mobile")),
            C("certificadu_penale", "boolean", "criminal_record", flag(0.97),
              comment="clean criminal-record certificate (for work with minors) seen"),
            C("data_certificadu", "date", "none", dates(2022, 2025)),
            C("oratòriu", "varchar(40)", "none", one("Salesianos", "San Giuseppe", "Santu Pedru")),
            C("dies_disponìbiles", "varchar(30)", "none", one("lunis, mèrcuris", "sàbadu", "domìnigu")),
            C("ùrtima_atividade", "timestamp", "none", stamps(2024, 2025)),
        ], rows=110),
        Table(S, "oferras", [
            C("oferra_id", "integer PRIMARY KEY", "none", seq()),
            C("parrocchia_id", "integer", "none", fk(N_PAR, 3)),
            C("donadore", "varchar(100)", "person_name", maybe(name("sc"), 0.6), comment="empty when anonymous"),
            C("intentzione", "varchar(120)", "none", maybe(one("Pro sas ànimas de su purgadòriu", "Festa de Santu Gavinu",
                                                               "Restauru de su campanile"), 0.8)),
            C("importu", "numeric(8,2)", "none", amounts(5, 500)),
            C("otto_per_mille", "boolean", "religious_belief", flag(0.6), comment="chose the Catholic Church in 8x1000"),
            C("data", "date", "none", dates(2023, 2025)),
        ], rows=130, extra=[fkey(S, "oferras", "parrocchia_id", "parrocchias", "parrocchia_id")]),
    ]
