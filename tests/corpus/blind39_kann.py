"""ao_kann: an in-house register of a cane-planters' group supplying a rum distillery in Guadeloupe, with column
names in Guadeloupean Creole (Kréyòl, accents dropped): planters, cutters, companies (the distillery, hauliers and
insurers), deliveries, work accidents and app users. The cutters' `sendika` holds trade-union membership."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, iban, ints, maybe, one, seq,
                           stamps)
from .blind39_gens import any_name, any_phone, person, town
from .gens import Table

S = "ao_kann"
PL, KP = "kn.plante", "kn.koupe"
N_PL, N_KP, N_KO = 140, 120, 80
KONPANI = [("Distillerie Bellevue", "lizin"), ("Transports Rotin Karukera", "transpote"),
           ("Groupama Antilles-Guyane", "asire"), ("SARL Kann é Travay", "transpote"),
           ("Distillerie du Moule", "lizin"), ("Mutuelle Karibéenne d'Assurance", "asire")]


def _rib(c, i):
    """A French IBAN of a Guadeloupe bank: bank, branch, account and the RIB key (97 - (89b + 15g + 3a) mod 97)."""
    bank, branch, acct = c.r.choice(["11315", "10107", "12169", "14806"]), digits(c, 5), digits(c, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def _rapo(c, i):
    return c.r.choice(["Koupé pa koutla pandan travay.", "Tonbé adan kanal-la, doulè anba do.",
                       f"Témwen: {any_name('gp')(c, i)}, {any_phone('gp')(c, i)}",
                       f"Mennen lopital pa {person('gp', PL, 'full')(c, c.r.randint(1, N_PL))}.", None])


def kann_tables() -> list[Table]:
    p = lambda f: person("gp", PL, f, 1948, 1995)            # noqa: E731
    k = lambda f: person("gp", KP, f, 1960, 2004)            # noqa: E731
    return [
        Table(S, "itilizate", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("login", "varchar(40)", "none", lambda c, i: person("gp", "kn.itilizate", "user")(c, i)),
            C("modpas", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("imel", "varchar(80)", "email", lambda c, i: person("gp", "kn.itilizate", "user")(c, i) + "@kannka.gp"),
        ], rows=12),
        Table(S, "konpani", [
            C("id_konpani", "integer PRIMARY KEY", "none", seq()),
            C("non_konpani", "varchar(80)", "none", lambda c, i: KONPANI[i % 6][0] if i <= 6 else
              f"{KONPANI[i % 6][0]} - {town('gp')(c, i)}"),
            C("kalite", "varchar(12)", "none", lambda c, i: KONPANI[i % 6][1]),
            C("siret", "char(14)", "none", lambda c, i: digits(c, 14)),
            C("adres", "varchar(120)", "none", lambda c, i: f"ZI de Jarry, {c.r.randint(1, 90)} rue de la Chapelle"),
            C("telefon", "varchar(20)", "none", lambda c, i: f"0590 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"),
            C("imel_konpani", "varchar(80)", "none", lambda c, i: f"contact{i}@{c.r.choice(['bellevue', 'rotin', 'kmas'])}.gp"),
            C("moun_kontak", "varchar(80)", "person_name", any_name("gp")),
            C("potab_kontak", "varchar(20)", "phone", any_phone("gp")),
        ], rows=N_KO),
        Table(S, "plante", [
            C("nimewo_plante", "integer PRIMARY KEY", "none", seq()),
            C("non", "varchar(40)", "person_name", p("last")),
            C("tinon", "varchar(40)", "person_name", p("first")),
            C("dat_nesans", "date", "birth_date", p("birth")),
            C("nimewo_sekirite", "varchar(21)", "national_id", p("natid")),
            C("adres", "varchar(120)", "postal_address", p("a_line")),
            C("kod_postal", "char(5)", "postal_address", p("a_post")),
            C("komin", "varchar(40)", "none", p("a_city")),
            C("telefon_potab", "varchar(20)", "phone", p("mobile")),
            C("telefon_kay", "varchar(20)", "phone", maybe(p("phone"), 0.5)),
            C("imel", "varchar(80)", "email", maybe(p("email"), 0.5)),
            C("kont_labank", "varchar(34)", "iban", _rib),
            C("sifas_ha", "numeric(6,2)", "none", amounts(0.5, 40), comment="surface en canne"),
            C("bitasyon", "varchar(40)", "none", one("Bitasyon Dubelloy", "Lakou Bonne-Mère", "Bitasyon Lasalle",
                                                     "Bitasyon Grosse Montagne")),
            C("kreye_le", "timestamp", "none", stamps(2014, 2025)),
        ], rows=N_PL),
        Table(S, "koupe", [
            C("nimewo_koupe", "integer PRIMARY KEY", "none", seq()),
            C("nimewo_plante", "integer", "none", fk(N_PL, 3)),
            C("non_konple", "varchar(80)", "person_name", k("full")),
            C("dat_nesans", "date", "birth_date", k("birth")),
            C("nimewo_sekirite", "varchar(21)", "national_id", k("natid")),
            C("telefon", "varchar(20)", "phone", k("mobile")),
            C("sendika", "varchar(10)", "trade_union", maybe(one("UGTG", "CGTG", "FO", "CFDT"), 0.55)),
            C("kotizasyon_pran", "boolean", "trade_union", flag(0.4), comment="cotisation syndicale retenue sur paie"),
            C("to_le", "numeric(5,2)", "none", amounts(11.65, 14.5)),
            C("kontra", "varchar(10)", "none", one("CDD", "saisonnier", "CDI")),
        ], rows=N_KP, extra=[fkey(S, "koupe", "nimewo_plante", "plante", "nimewo_plante")]),
        Table(S, "livrezon", [
            C("id_livrezon", "integer PRIMARY KEY", "none", seq()),
            C("nimewo_plante", "integer", "none", fk(N_PL, 7)),
            C("id_konpani", "integer", "none", fk(N_KO, 5)),
            C("dat", "date", "none", dates(2024, 2025)),
            C("tonaj", "numeric(6,2)", "none", amounts(2, 38)),
            C("riches", "numeric(4,2)", "none", amounts(7.5, 13.2), comment="richesse saccharine"),
            C("pri_tonn", "numeric(7,2)", "none", amounts(88, 112)),
            C("plak_kamyon", "varchar(10)", "none", lambda c, i: f"{c.r.choice('ABCDEFGH')}{c.r.choice('ABCDEFGH')}-"
                                                                 f"{digits(c, 3)}-{c.r.choice('JKLMN')}{c.r.choice('PQRST')}"),
            C("peye", "boolean", "none", flag(0.8)),
        ], rows=150, extra=[fkey(S, "livrezon", "nimewo_plante", "plante", "nimewo_plante"),
                            fkey(S, "livrezon", "id_konpani", "konpani", "id_konpani")]),
        Table(S, "aksidan", [
            C("id_aksidan", "integer PRIMARY KEY", "none", seq()),
            C("nimewo_koupe", "integer", "none", fk(N_KP, 1)),
            C("id_asire", "integer", "none", lambda c, i: 2 + 6 * (i % 13)),
            C("dat", "date", "none", dates(2021, 2025)),
            C("blesi", "varchar(60)", "health", one("koupe koutla lanmen", "do fwase", "pike sentpie", "chevi vire",
                                                    "dézidratasyon")),
            C("jou_are", "smallint", "health", ints(0, 60), comment="jours d'arrêt de travail"),
            C("rapo", "text", "free_text_may_contain_pii", _rapo),
            C("deklare_le", "timestamp", "none", stamps(2021, 2025)),
        ], rows=90, extra=[fkey(S, "aksidan", "nimewo_koupe", "koupe", "nimewo_koupe"),
                           fkey(S, "aksidan", "id_asire", "konpani", "id_konpani")]),
        Table(S, "mesaj", [
            C("id_mesaj", "integer PRIMARY KEY", "none", seq()),
            C("nimewo_plante", "integer", "none", fk(N_PL, 9)),
            C("voye_le", "timestamp", "none", stamps(2024, 2025)),
            C("kanal", "varchar(6)", "none", one("SMS", "imel")),
            C("tekst", "text", "none", one("Livrezon ou rivé lizin.", "Peyman-la fèt.", "Lizin fèmen dimanch.")),
            C("rive", "boolean", "none", flag(0.9)),
            C("sous", "varchar(10)", "none", const("otomatik")),
        ], rows=130, extra=[fkey(S, "mesaj", "nimewo_plante", "plante", "nimewo_plante")]),
    ]
