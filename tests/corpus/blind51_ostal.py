"""ba_ostal: an in-house case-management system of an association of social services in Rodez and Millau
(Aveyron, Occitania), with Occitan table and column names: social workers, beneficiaries, households, home visits,
financial aid, placements and partner landlords."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, dates, digits, fk, fkey, flag, hexs, iban, ints, maybe, one, seq, stamps
from .blind51_gens import P, any_mobile, name
from .gens import Table

S = "ba_ostal"
N_T, N_B, N_L = 20, 140, 30
_BAILLEURS = ["Rodez Agglo Habitat", "Aveyron Habitat", "SCI Lo Causse", "Millau Logis"]


def _nota(c, i):
    return c.r.choice([None, "Demanda d'ajuda per la factura d'electricitat.", "Rendètz-vos anullat.",
                       f"La vesina {name('oc')(c, i)} nos a sonats ({any_mobile('oc')(c, i)}).",
                       "Situacion estabilizada.", f"Mandar lo dorsièr a {P('oc', 'os.b', 'email')(c, i)}",
                       "Besonh d'un interprèt (arabe)."])


def ostal_tables() -> list[Table]:
    t = lambda f: P("oc", "os.t", f, 1962, 1999)           # noqa: E731
    b = lambda f: P("oc", "os.b", f, 1936, 2006)           # noqa: E731
    return [
        Table(S, "trabalhaires", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nom_complet", "varchar(100)", "person_name", t("full")),
            C("mestier", "varchar(40)", "none", one("Assistenta sociala", "Educator", "Conselhièra ESF", "Secretariat")),
            C("corrièl", "varchar(80)", "email", lambda c, i: f"{t('user')(c, i)}@ostal-roergue.org"),
            C("senhal", "char(60)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("totp", "char(32)", "secret_token", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                                                                      for _ in range(32))),
            C("sindicat", "varchar(20)", "trade_union", maybe(one("CGT", "CFDT", "SUD Santé Sociaux"), 0.4)),
            C("actiu", "boolean", "none", flag(0.9)),
        ], rows=N_T),
        Table(S, "beneficiaris", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("dorsier", "varchar(12)", "none", lambda c, i: f"RDZ-{i + 3000}"),
            C("nom", "varchar(60)", "person_name", b("last")),
            C("pichon_nom", "varchar(60)", "person_name", b("first")),
            C("nom_naissenca", "varchar(60)", "person_name", maybe(b("last2"), 0.3)),
            C("data_naissenca", "date", "birth_date", b("birth")),
            C("nir", "varchar(15)", "national_id", b("natid")),
            C("caf", "varchar(10)", "none", lambda c, i: digits(c, 7), comment="numèro d'allocataire"),
            C("adreca", "varchar(160)", "postal_address", b("a_line")),
            C("c_postal", "varchar(5)", "postal_address", b("a_postcode")),
            C("vila", "varchar(40)", "none", b("a_city")),
            C("telefon", "varchar(20)", "phone", b("mobile")),
            C("corriel", "varchar(80)", "email", maybe(b("email"), 0.5)),
            C("nacionalitat", "varchar(30)", "none", one("Francesa", "Francesa", "Marroquina", "Portuguesa", "Afgana")),
            C("estatut_refugiat", "boolean", "none", flag(0.08)),
            C("situacion_familiala", "varchar(20)", "none", one("Solet", "Maridat", "Separat", "Veus")),
            C("handicap_mdph", "varchar(60)", "health", maybe(one("Taux 80 % - troble psiquic", "Taux 50 % - motor",
                                                                    "AAH - esclerosi en placas"), 0.3)),
            C("addiccion_seguida", "varchar(30)", "health", maybe(one("Alcoòl", "Cannabis", "Opiacèus (TSO)"), 0.15)),
            C("condamnacion", "varchar(80)", "criminal_record", maybe(one("Sortida de detencion 2023",
                                                                          "Suivi SPIP - sursís probatòri",
                                                                          "Bracelet electronic"), 0.1)),
            C("referenta_id", "integer", "none", fk(N_T, 3)),
            C("creat_lo", "timestamp", "none", stamps(2015, 2025)),
        ], rows=N_B, extra=[fkey(S, "beneficiaris", "referenta_id", "trabalhaires", "id")]),
        Table(S, "fogals", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("beneficiari_id", "integer", "none", lambda c, i: i),
            C("nombre_enfants", "smallint", "none", ints(0, 6)),
            C("ressorsas_mesadieras", "numeric(8,2)", "none", amounts(0, 2400)),
            C("rsa", "boolean", "none", flag(0.4)),
            C("conjunt", "varchar(80)", "person_name", maybe(name("oc"), 0.4)),
            C("quotient_familial", "integer", "none", ints(150, 1600)),
        ], rows=130, extra=[fkey(S, "fogals", "beneficiari_id", "beneficiaris", "id")]),
        Table(S, "visitas", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("beneficiari_id", "integer", "none", fk(N_B, 7)),
            C("trabalhaire_id", "integer", "none", fk(N_T, 5)),
            C("data", "date", "none", dates(2023, 2025)),
            C("luoc", "varchar(20)", "none", one("Domicili", "Burèu", "Telefòn", "CCAS")),
            C("nota", "text", "free_text_may_contain_pii", _nota),
            C("durada_min", "smallint", "none", ints(10, 120)),
        ], rows=150, extra=[fkey(S, "visitas", "beneficiari_id", "beneficiaris", "id"),
                            fkey(S, "visitas", "trabalhaire_id", "trabalhaires", "id")]),
        Table(S, "ajudas", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("beneficiari_id", "integer", "none", fk(N_B, 11)),
            C("tipe", "varchar(30)", "none", one("Secors d'urgéncia", "FSL energia", "Bon alimentari", "Micro-credit")),
            C("montant", "numeric(8,2)", "none", amounts(30, 1500)),
            C("iban_beneficiari", "varchar(34)", "iban", lambda c, i: iban("FR", digits(c, 23))),
            C("decidit_lo", "date", "none", dates(2023, 2025)),
            C("referencia_virament", "varchar(30)", "none", lambda c, i: f"AJ{hexs(c, 10).upper()}"),
        ], rows=140, extra=[fkey(S, "ajudas", "beneficiari_id", "beneficiaris", "id")]),
        Table(S, "lotjaires", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("raison_sociala", "varchar(80)", "none", lambda c, i: c.r.choice(_BAILLEURS) + f" {i}"),
            C("siret", "varchar(14)", "none", lambda c, i: digits(c, 14)),
            C("telefon", "varchar(20)", "none", lambda c, i: f"05 65 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"),
            C("corriel", "varchar(80)", "none", lambda c, i: f"gestion{i}@bailleur-aveyron.fr"),
            C("adreca", "varchar(120)", "none", lambda c, i: f"{i + 2} Avenue de Paris, Rodez"),
            C("logaments_dispo", "smallint", "none", ints(0, 12)),
        ], rows=N_L),
        Table(S, "placaments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("beneficiari_id", "integer", "none", fk(N_B, 13)),
            C("lotjaire_id", "integer", "none", fk(N_L, 3)),
            C("debuta", "date", "none", dates(2022, 2025)),
            C("loguier", "numeric(7,2)", "none", amounts(220, 650)),
            C("clau_bustia", "varchar(8)", "secret_token", lambda c, i: digits(c, 4), comment="còdi de la bóstia a claus"),
            C("estat", "varchar(20)", "none", one("En cors", "Acabat", "Refusat")),
        ], rows=100, extra=[fkey(S, "placaments", "beneficiari_id", "beneficiaris", "id"),
                            fkey(S, "placaments", "lotjaire_id", "lotjaires", "id")]),
    ]
