"""an_ngbanga: an in-house register of the central prison of Bangui (Central African Republic), with Sango column
names (ascii, tone marks dropped) and French values: guards, detainees, their cases and sentences, visitors and
the infirmary."""
from __future__ import annotations

from .blind26_gens import C, dates, digits, fk, fkey, flag, maybe, one, rbytes, seq, sha256, stamps
from .blind38_gens import POOLS, any_mobile, any_name, any_natid, person
from .gens import Table

S = "an_ngbanga"
ZO, WK = "an.ngbanga.zo", "an.ngbanga.wakua"
N_WK, N_ZO = 30, 150
SIONI = [("Nzi (vol simple)", "Art. 245 CP"), ("Vol aggravé à main armée", "Art. 248 CP"),
         ("Coups et blessures volontaires", "Art. 176 CP"), ("Meurtre", "Art. 150 CP"),
         ("Association de malfaiteurs", "Art. 262 CP"), ("Détention illégale d'arme de guerre", "Art. 5 loi 08.020"),
         ("Pratique de charlatanisme et sorcellerie", "Art. 149 CP"), ("Abus de confiance", "Art. 279 CP"),
         ("Viol", "Art. 87 CP"), ("Trafic de diamants", "Code minier art. 187")]
KPALE = ["Prévenu", "Prévenu", "Condamné", "Condamné", "Libéré"]


def _tene(c, i):
    return c.r.choice([None, None, "Renvoi au 12 du mois.", "Mandat de dépôt signé par le doyen des juges.",
                       f"Sewa a mû mosoro na avocat {any_name('cf')(c, i)}.",
                       f"Témoin: {any_name('cf')(c, i)}, tél. {any_mobile('cf')(c, i)}",
                       "Liberté provisoire refusée.", f"Co-accusé: {person('cf', ZO, 'full')(c, c.r.randint(1, N_ZO))}"])


def ngbanga_tables() -> list[Table]:
    z = lambda f: person("cf", ZO, f, 1960, 2006)            # noqa: E731
    w = lambda f: person("cf", WK, f, 1965, 1998)            # noqa: E731
    return [
        Table(S, "wakua", [
            C("wakua_id", "integer PRIMARY KEY", "none", seq()),
            C("matricule", "varchar(12)", "none", lambda c, i: f"AP-{digits(c, 5)}"),
            C("iri", "varchar(60)", "person_name", w("first")),
            C("iri_ti_sewa", "varchar(60)", "person_name", w("last")),
            C("grade", "varchar(30)", "none", one("Gardien", "Brigadier", "Chef de poste", "Régisseur", "Infirmier")),
            C("terefone", "varchar(20)", "phone", w("mobile")),
            C("mail", "varchar(80)", "email", maybe(w("email"), 0.5)),
            C("kode_hash", "char(64)", "credentials", lambda c, i: sha256(c)),
            C("token_ti_session", "varchar(40)", "secret_token", maybe(w("token"), 0.4)),
        ], rows=N_WK),
        Table(S, "zo_kanga", [
            C("zo_id", "integer PRIMARY KEY", "none", seq()),
            C("nimero_ti_kanga", "varchar(14)", "none", lambda c, i: f"MCN/{2018 + i % 8}/{i:04d}",
              comment="numéro d'écrou"),
            C("iri", "varchar(60)", "person_name", z("first")),
            C("iri_ti_sewa", "varchar(60)", "person_name", z("last")),
            C("iri_ti_mama", "varchar(100)", "person_name", maybe(any_name("cf"), 0.7)),
            C("la_ti_dungo", "date", "birth_date", maybe(z("birth"), 0.85)),
            C("koli_wali", "char(1)", "none", lambda c, i: {"M": "K", "F": "W"}[z("sex")(c, i)]),
            C("kodro_ti_dungo", "varchar(40)", "none", one(*POOLS["cf"]["city"], "Ndélé", "Birao", "Paoua")),
            C("mara", "varchar(30)", "ethnic_origin", one("Gbaya", "Banda", "Mandja", "Sara", "Mboum", "Ngbaka",
                                                          "Yakoma", "Zandé", "Peul", "Rounga")),
            C("sambela", "varchar(30)", "religious_belief", one("Katolike", "Protestan", "Islam", "Kimbanguiste",
                                                                "Mbeni pëpe")),
            C("nimero_cni", "varchar(20)", "national_id", maybe(z("natid"), 0.6)),
            C("da_ti_lo", "varchar(120)", "postal_address", maybe(z("a_line"), 0.8)),
            C("kodro", "varchar(40)", "none", z("a_city")),
            C("terefone_ti_sewa", "varchar(20)", "phone", maybe(any_mobile("cf"), 0.7)),
            C("kua", "varchar(40)", "none", maybe(one("Cultivateur", "Moto-taxi", "Commerçant", "Élève", "Sans emploi",
                                                      "Ancien militaire"), 0.8)),
            C("kobela", "varchar(60)", "health", maybe(one("Tuberculose", "VIH+", "Paludisme chronique",
                                                           "Épilepsie", "Blessure par balle"), 0.25)),
            C("empreinte_maboko", "bytea", "biometric", lambda c, i: b"FMR\x00 20\x00" + rbytes(c, 96),
              comment="empreinte de l'index droit"),
            C("la_ti_lango_na_kanga", "date", "none", dates(2018, 2025)),
        ], rows=N_ZO),
        Table(S, "ngbanga", [
            C("ngbanga_id", "integer PRIMARY KEY", "none", seq()),
            C("zo_id", "integer", "none", fk(N_ZO, 1)),
            C("nimero_dossier", "varchar(20)", "none", lambda c, i: f"RP {digits(c, 3)}/{2018 + i % 8}"),
            C("sioni", "varchar(80)", "criminal_record", lambda c, i: SIONI[(i * 7) % len(SIONI)][0]),
            C("ndia", "varchar(40)", "criminal_record", lambda c, i: SIONI[(i * 7) % len(SIONI)][1]),
            C("la_ti_gbungo", "date", "none", dates(2017, 2025)),
            C("wafango_ngbanga", "varchar(100)", "person_name", any_name("cf"), comment="juge"),
            C("avocat", "varchar(100)", "person_name", maybe(lambda c, i: "Me " + any_name("cf")(c, i), 0.4)),
            C("kpale", "varchar(20)", "criminal_record", lambda c, i: KPALE[(i * 3) % len(KPALE)]),
            C("ngu_ti_kanga", "smallint", "criminal_record",
              lambda c, i: c.r.randint(1, 20) if KPALE[(i * 3) % len(KPALE)] == "Condamné" else None),
            C("tene", "text", "free_text_may_contain_pii", _tene),
        ], rows=N_ZO, extra=[fkey(S, "ngbanga", "zo_id", "zo_kanga", "zo_id")]),
        Table(S, "zo_ti_bango", [
            C("bango_id", "integer PRIMARY KEY", "none", seq()),
            C("zo_id", "integer", "none", fk(N_ZO, 7)),
            C("iri_ti_zo", "varchar(100)", "person_name", any_name("cf")),
            C("nimero_cni", "varchar(20)", "national_id", any_natid("cf")),
            C("terefone", "varchar(20)", "phone", maybe(any_mobile("cf"), 0.8)),
            C("sewa", "varchar(20)", "none", one("Mama", "Baba", "Wali", "Koli", "Ita", "Molenge", "Kamarade")),
            C("la", "timestamp", "none", stamps(2024, 2025)),
            C("ye_so_lo_ga_na_ni", "varchar(80)", "none", maybe(one("Kôbe (riz, manioc)", "Savon", "Habits",
                                                                     "Yorö ti lopitali"), 0.7)),
            C("wakua_id", "integer", "none", fk(N_WK, 3)),
        ], rows=120, extra=[fkey(S, "zo_ti_bango", "zo_id", "zo_kanga", "zo_id"),
                            fkey(S, "zo_ti_bango", "wakua_id", "wakua", "wakua_id")]),
        Table(S, "yoro", [
            C("yoro_id", "integer PRIMARY KEY", "none", seq()),
            C("zo_id", "integer", "none", fk(N_ZO, 11)),
            C("la", "date", "none", dates(2023, 2025)),
            C("kobela", "varchar(60)", "health", one("Paludisme", "Diarrhée", "Gale", "Toux > 2 semaines", "Plaie",
                                                      "Malnutrition", "Céphalées")),
            C("yoro", "varchar(80)", "health", one("Artésunate-amodiaquine", "SRO + zinc", "Benzoate de benzyle",
                                                    "Paracétamol", "RHZE (TB)", "Cotrimoxazole")),
            C("wanganga", "varchar(100)", "person_name", lambda c, i: w("full")(c, c.r.randint(1, N_WK))),
            C("a_ga_na_lopitali", "boolean", "health", flag(0.08), comment="évacué à l'hôpital communautaire"),
        ], rows=120, extra=[fkey(S, "yoro", "zo_id", "zo_kanga", "zo_id")]),
    ]
