"""az_frysk: an in-house social-domain system of a Frisian municipality (Fryslân, the Netherlands) with column names
in West Frisian: staff, care providers, clients, support provisions (Wmo), youth care, debt counselling, notes."""
from __future__ import annotations

from .blind26_gens import C, amounts, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps
from .blind50_gens import iban_nl, mobile, name, person
from .gens import Table

S = "az_frysk"
KLI, MW = "fy.klient", "fy.meiwurker"
N_MW, N_AAN, N_KLI = 20, 18, 140


def _ferslach(c, i):
    return c.r.choice([None, "Hûsbesite dien, alles yn oarder.", "Klient hat skulden by de Belêstingtsjinst.",
                       f"Soan {name('fy')(c, i)} helpt mei de boadskippen, tel. {mobile('fy')(c, i)}",
                       "Trochferwiisd nei de GGZ.", f"Oerlis mei {person('fy', MW, 'full')(c, 1 + i % N_MW)}."])


def frysk_tables() -> list[Table]:
    k = lambda f: person("fy", KLI, f, 1935, 2012)            # noqa: E731
    m = lambda f: person("fy", MW, f, 1965, 1999)             # noqa: E731
    return [
        Table(S, "meiwurkers", [
            C("mw_id", "integer PRIMARY KEY", "none", seq()),
            C("namme", "varchar(100)", "person_name", m("full")),
            C("funksje", "varchar(40)", "none", one("Konsulint Wmo", "Jeugdkonsulint", "Skuldhelpferliener")),
            C("team", "varchar(30)", "none", one("Gebietsteam Noard", "Gebietsteam Súd", "Backoffice")),
            C("e_post", "varchar(80)", "email", lambda c, i: m("user")(c, i) + "@gemeente.example.frl"),
            C("wachtwurd", "varchar(100)", "credentials", lambda c, i: "$argon2id$v=19$m=65536,t=3,p=4$"
                                                                      + digits(c, 22) + "$" + digits(c, 43)),
            C("aktyf", "boolean", "none", flag(0.9)),
        ], rows=N_MW),
        Table(S, "oanbieders", [
            C("oanbieder_id", "integer PRIMARY KEY", "none", seq()),
            C("namme", "varchar(80)", "none", lambda c, i: c.r.choice(["Thuiszorg Het Friese Land", "Kwadrant",
                                                                         "Sûnenslân Soarch", "Fier", "Timpaan",
                                                                         "De Skûle Begelieding"]) + f" ({i})"),
            C("kvk", "varchar(8)", "none", lambda c, i: digits(c, 8), comment="Chamber of Commerce number"),
            C("agb_koade", "varchar(8)", "none", lambda c, i: "98" + digits(c, 6)),
            C("adres", "varchar(120)", "none", lambda c, i: f"Zuiderkruis {c.r.randint(1, 90)}, Ljouwert"),
            C("telefoan", "varchar(20)", "none", lambda c, i: f"058-{digits(c, 7)}"),
            C("e_post", "varchar(80)", "none", lambda c, i: f"info@oanbieder{i}.example.nl"),
            C("kontaktpersoan", "varchar(100)", "person_name", name("fy")),
            C("kontakt_tillefoan", "varchar(20)", "phone", mobile("fy")),
        ], rows=N_AAN),
        Table(S, "klinten", [
            C("klient_id", "integer PRIMARY KEY", "none", seq()),
            C("dossier", "varchar(12)", "none", lambda c, i: f"SD-{i + 4000:06d}"),
            C("foarnamme", "varchar(60)", "person_name", k("first")),
            C("efternamme", "varchar(60)", "person_name", k("last")),
            C("bertedatum", "date", "birth_date", k("birth")),
            C("geslacht", "char(1)", "none", k("sex")),
            C("bsn", "varchar(9)", "national_id", k("natid")),
            C("adres", "varchar(120)", "postal_address", k("street")),
            C("postkoade", "varchar(8)", "postal_address", k("post")),
            C("wenplak", "varchar(40)", "none", k("town")),
            C("tillefoan", "varchar(20)", "phone", k("mobile")),
            C("e_post", "varchar(80)", "email", maybe(k("email"), 0.6)),
            C("rekkennûmer", "varchar(34)", "iban", lambda c, i: iban_nl(c)),
            C("komôf", "varchar(30)", "ethnic_origin", maybe(one("Nederlânsk", "Marokkaansk", "Syrysk", "Turksk",
                                                                 "Antilliaansk"), 0.5)),
            C("libbensbeskôging", "varchar(30)", "religious_belief", maybe(one("PKN", "Roomsk", "Islam", "Gjin"), 0.4)),
            C("taal", "varchar(20)", "none", one("Frysk", "Nederlânsk", "Arabysk", "Poalsk")),
            C("fakbûn_lid", "boolean", "trade_union", flag(0.2), comment="FNV contribution counted in the budget"),
            C("bewâlder", "varchar(100)", "person_name", maybe(name("fy"), 0.15), comment="legal guardian / mentor"),
            C("ynskreaun_op", "date", "none", dates(2015, 2025)),
        ], rows=N_KLI),
        Table(S, "foarsjennings", [
            C("foarsjenning_id", "integer PRIMARY KEY", "none", seq()),
            C("klient_id", "integer", "none", fk(N_KLI, 3)),
            C("oanbieder_id", "integer", "none", fk(N_AAN, 5)),
            C("soarte", "varchar(40)", "health", one("Húshâldlike help", "Rolstoel", "Trapljedder", "Begelieding",
                                                   "Dagbesteding", "Wmo-taksy")),
            C("yndikaasje", "varchar(120)", "health", one("Alzheimer, begjinstadium", "COPD", "Nei CVA", "Autisme",
                                                          "Depresje", "Ferstanlike beheining")),
            C("oeren_wike", "numeric(4,1)", "none", amounts(0, 12, 1)),
            C("eigen_bydrage", "numeric(8,2)", "none", amounts(0, 21.8)),
            C("begjin", "date", "none", dates(2021, 2025)),
            C("ein", "date", "none", maybe(dates(2025, 2027), 0.6)),
            C("status", "varchar(20)", "none", one("Tawiisd", "Ôfwiisd", "Yn behanneling")),
        ], rows=150, extra=[fkey(S, "foarsjennings", "klient_id", "klinten", "klient_id"),
                            fkey(S, "foarsjennings", "oanbieder_id", "oanbieders", "oanbieder_id")]),
        Table(S, "jeugdsoarch", [
            C("trajekt_id", "integer PRIMARY KEY", "none", seq()),
            C("klient_id", "integer", "none", fk(N_KLI, 7)),
            C("ferwizer", "varchar(40)", "none", one("Húsdokter", "Gebietsteam", "Rjochtbank", "Skoalle")),
            C("justisjele_maatregel", "varchar(60)", "criminal_record", maybe(one("Jeugdreklassearring nei diefstal", "HALT-ôfdwaning (fandalisme)", "Taakstraf 40 oeren"), 0.25)),
            C("ots", "boolean", "none", flag(0.1), comment="ûnderstelling ûnder tafersjoch (child protection order)"),
            C("diagnoaze", "varchar(60)", "health", one("ADHD", "Hechtingssteuring", "Angststeuring", None)),
            C("skoalle", "varchar(60)", "none", one("Piter Jelles", "Firda", "CSG Liudger", "OBS De Mienskip")),
            C("begjin", "date", "none", dates(2022, 2025)),
            C("kosten", "numeric(9,2)", "none", amounts(300, 42000)),
        ], rows=90, extra=[fkey(S, "jeugdsoarch", "klient_id", "klinten", "klient_id")]),
        Table(S, "skuldhelp", [
            C("skuld_id", "integer PRIMARY KEY", "none", seq()),
            C("klient_id", "integer", "none", fk(N_KLI, 11)),
            C("skuldeasker", "varchar(60)", "none", one("Belêstingtsjinst", "CJIB", "Zilveren Kruis", "Eneco",
                                                         "Wonen Noordwest Friesland", "DUO")),
            C("bedrach", "numeric(10,2)", "none", amounts(40, 18000)),
            C("beslach_lean", "boolean", "none", flag(0.2)),
            C("lean_wurkjouwer", "varchar(60)", "none", maybe(one("Friesland Campina", "Bouwbedrijf Dijkstra",
                                                                  "Gemeente"), 0.5)),
            C("netto_ynkommen", "numeric(8,2)", "none", amounts(900, 2600)),
            C("ôfspraak", "timestamp", "none", stamps(2024, 2025)),
        ], rows=110, extra=[fkey(S, "skuldhelp", "klient_id", "klinten", "klient_id")]),
        Table(S, "oantekeningen", [
            C("notysje_id", "integer PRIMARY KEY", "none", seq()),
            C("klient_id", "integer", "none", fk(N_KLI, 13)),
            C("mw_id", "integer", "none", fk(N_MW, 3)),
            C("datum", "timestamp", "none", stamps(2023, 2025)),
            C("ferslach", "text", "free_text_may_contain_pii", _ferslach),
            C("fertroulik", "boolean", "none", flag(0.2)),
            C("minuten", "integer", "none", ints(5, 120)),
        ], rows=150, extra=[fkey(S, "oantekeningen", "klient_id", "klinten", "klient_id"),
                            fkey(S, "oantekeningen", "mw_id", "meiwurkers", "mw_id")]),
    ]
