"""ay_scola: an in-house pupil administration of Sorbian (Witaj) schools and day-care centres in Upper and Lower
Lusatia, with Upper Sorbian column names: pupils, parents, teachers, classes, marks, absences, religion classes and
the school-bus roster."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, iban, ints, maybe, one, seq, stamps
from .blind49_gens import any_mobile, any_name, person, work_email
from .gens import Table

S = "ay_scola"
PUP, PAR, TEA = "sc.pupil", "sc.parent", "sc.teacher"
N_PUP, N_PAR, N_TEA, N_CLS = 150, 130, 26, 14


def _pokaz(c, i):
    return c.r.choice([None, None, "Wuknje derje, w serbšćinje hišće njewěsty.", "Potrjebuje podpěru w matematice.",
                       f"Wotewzaće přeco přez dźěda {any_name('hsb')(c, i)}",
                       f"Mać je prosyła wo rozmołwu, tel. {any_mobile('hsb')(c, i)}",
                       "Zapis do kružka: chór."])


def scola_tables() -> list[Table]:
    s = lambda f: person("hsb", PUP, f, 2008, 2019)      # noqa: E731
    p = lambda f: person("hsb", PAR, f, 1972, 1995)      # noqa: E731
    t = lambda f: person("hsb", TEA, f, 1960, 1998)      # noqa: E731
    return [
        Table(S, "wucerjo", [
            C("wucer_id", "integer PRIMARY KEY", "none", seq()),
            C("mjeno", "varchar(60)", "person_name", t("first")),
            C("swojbne_mjeno", "varchar(60)", "person_name", t("last")),
            C("email", "varchar(100)", "email", work_email("hsb", TEA, "witaj-sula.example")),
            C("telefon", "varchar(30)", "phone", t("mobile")),
            C("predmety", "varchar(80)", "none", one("Serbšćina, Němčina", "Matematika", "Biologija", "Hudźba")),
            C("hesło_hash", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "11", "2b")),
            C("wupis_datum", "date", "none", maybe(dates(2020, 2025), 0.9),
              comment="datum rozšěrjeneho wupisa z wobalkowanskeho registra (erweitertes Führungszeugnis)"),
            C("wupis_wuslědk", "varchar(40)", "criminal_record",
              one("bjez zapiska", "bjez zapiska", "bjez zapiska", "zapisk: § 316 StGB (2009)")),
        ], rows=N_TEA),
        Table(S, "rjadownje", [
            C("rjadownja_id", "integer PRIMARY KEY", "none", seq()),
            C("mjeno", "varchar(20)", "none", lambda c, i: f"{(i - 1) % 10 + 1}{'abc'[i % 3]}"),
            C("sula", "varchar(80)", "none", one("Serbska wyša šula Budyšin", "Serbska zakładna šula Ralbicy",
                                                 "Dolnoserbski gymnazium Chóśebuz", "Witaj-pěstowarnja Pančicy")),
            C("rjadnicy_id", "integer", "none", fk(N_TEA, 3)),
            C("program", "varchar(20)", "none", one("Witaj 2plus", "Witaj", "2plus")),
        ], rows=N_CLS, extra=[fkey(S, "rjadownje", "rjadnicy_id", "wucerjo", "wucer_id")]),
        Table(S, "staršej", [
            C("staršej_id", "integer PRIMARY KEY", "none", seq()),
            C("mjeno", "varchar(120)", "person_name", p("full")),
            C("póstowa_adresa", "varchar(200)", "postal_address", p("a_full")),
            C("telefon", "varchar(30)", "phone", p("phone")),
            C("mobil", "varchar(30)", "phone", p("mobile")),
            C("email", "varchar(120)", "email", maybe(p("email"), 0.85)),
            C("powołanje", "varchar(60)", "none", one("wučerka", "inženjer", "předawarka", "ratar", "hladarka")),
            C("rěč_doma", "varchar(20)", "none", one("serbsce", "němsce", "serbsce a němsce")),
            C("login", "varchar(60)", "none", p("user")),
            C("hesło", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "11", "2b")),
            C("iban_za_jědź", "varchar(34)", "iban", maybe(lambda c, i: iban("DE", "86050000" + digits(c, 10)), 0.6),
              comment="za wobjed w šuli"),
        ], rows=N_PAR),
        Table(S, "šulerjo", [
            C("šuler_id", "integer PRIMARY KEY", "none", seq()),
            C("mjeno", "varchar(60)", "person_name", s("first")),
            C("swójba", "varchar(60)", "person_name", s("last")),
            C("narodny", "date", "birth_date", s("birth")),
            C("splah", "char(1)", "none", s("sex")),
            C("rjadownja_id", "integer", "none", fk(N_CLS, 1)),
            C("staršej_id", "integer", "none", fk(N_PAR, 1)),
            C("wosobowa_licba", "varchar(11)", "national_id", s("natid"), comment="Steuer-ID"),
            C("nabožina", "varchar(20)", "religious_belief", one("katolska", "katolska", "ewangelska", "etika")),
            C("chorosć", "varchar(80)", "health", maybe(one("Asthma", "ADHS", "Diabetes typ 1", "Epilepsija",
                                                            "alergija na worješki"), 0.25)),
            C("inkluzija", "boolean", "health", flag(0.08), comment="sonderpädagogischer Förderbedarf"),
            C("foto_dowolnosć", "boolean", "none", flag(0.8)),
            C("serbšćina_runina", "varchar(10)", "none", one("A1", "A2", "B1", "B2", "C1", "maćeršćina")),
            C("pokaz", "text", "free_text_may_contain_pii", _pokaz),
            C("zapisany", "date", "none", dates(2014, 2025)),
        ], rows=N_PUP, extra=[fkey(S, "šulerjo", "rjadownja_id", "rjadownje", "rjadownja_id"),
                              fkey(S, "šulerjo", "staršej_id", "staršej", "staršej_id")]),
        Table(S, "znamki", [
            C("znamka_id", "integer PRIMARY KEY", "none", seq()),
            C("šuler_id", "integer", "none", fk(N_PUP, 1)),
            C("predmet", "varchar(30)", "none", one("Serbšćina", "Němčina", "Matematika", "Jendźelšćina", "Sport")),
            C("znamka", "smallint", "none", ints(1, 6)),
            C("datum", "date", "none", dates(2024, 2025)),
            C("wucer_id", "integer", "none", fk(N_TEA, 3)),
        ], rows=150, extra=[fkey(S, "znamki", "šuler_id", "šulerjo", "šuler_id")]),
        Table(S, "wuwostawki", [
            C("wuwostawk_id", "integer PRIMARY KEY", "none", seq()),
            C("šuler_id", "integer", "none", fk(N_PUP, 7)),
            C("wot", "date", "none", dates(2024, 2025)),
            C("dnjow", "smallint", "none", ints(1, 10)),
            C("přičina", "varchar(60)", "health", one("chorosć", "zymica", "wopyt pola lěkarja", "wobrazowanje zuby",
                                                     "gripa")),
            C("wuprošeny", "boolean", "none", flag(0.9)),
            C("atest", "boolean", "none", flag(0.3)),
        ], rows=120, extra=[fkey(S, "wuwostawki", "šuler_id", "šulerjo", "šuler_id")]),
        Table(S, "bus_jězba", [
            C("jězba_id", "integer PRIMARY KEY", "none", seq()),
            C("šuler_id", "integer", "none", fk(N_PUP, 3)),
            C("linija", "varchar(10)", "none", one("101", "104", "112", "120")),
            C("zastanišćo", "varchar(60)", "none", one("Ralbicy, cyrkej", "Pančicy, klóšter", "Radwor, dwórnišćo",
                                                        "Njebjelčicy, wjes")),
            C("karta_nr", "varchar(16)", "none", lambda c, i: f"VVO-{digits(c, 8)}"),
            C("płaćizna", "numeric(6,2)", "none", amounts(0, 36)),
            C("karta_token", "varchar(40)", "secret_token", lambda c, i: hexs(c, 32), comment="NFC app token"),
            C("płaćene", "timestamp", "none", stamps(2024, 2025)),
            C("aktiwny", "boolean", "none", const(True)),
        ], rows=110, extra=[fkey(S, "bus_jězba", "šuler_id", "šulerjo", "šuler_id")]),
    ]
