"""ba_assistence: an in-house system of a home-care social cooperative in Pordenone and the Friulian foothills, with
Friulian table and column names: care workers, their payslips, assisted persons, care plans, visits, medicines
and the municipalities that commission the service."""
from __future__ import annotations

from .blind26_gens import (C, amounts, dates, digits, fk, fkey, flag, iban, ints, maybe, one, seq, sha256,
                           stamps)
from .blind51_gens import P, any_mobile, name
from .gens import Table

S = "ba_assistence"
N_O, N_A, N_C = 30, 130, 20


def _diari(c, i):
    return c.r.choice([None, "Dut in ordin.", "E à mangjât pôc.", f"Al à clamât il fi {name('fu')(c, i)} "
                       f"({any_mobile('fu')(c, i)}).", "Cjadude in bagn, nissune feride.",
                       f"Lassât lis clâfs a {name('fu')(c, i)}, vicine.", "Pression alte, visât il miedi."])


def assistence_tables() -> list[Table]:
    o = lambda f: P("fu", "as.operador", f, 1964, 2001)     # noqa: E731
    a = lambda f: P("fu", "as.assistit", f, 1925, 1965)     # noqa: E731
    return [
        Table(S, "operadors", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("non", "varchar(60)", "person_name", o("first")),
            C("cognon", "varchar(60)", "person_name", o("last")),
            C("codis_fiscal", "varchar(16)", "national_id", o("natid")),
            C("date_di_nassite", "date", "birth_date", o("birth")),
            C("telefonin", "varchar(20)", "phone", o("mobile")),
            C("pueste", "varchar(80)", "email", o("email")),
            C("qualifiche", "varchar(20)", "none", one("OSS", "Infermiere", "ADEST", "Fisioterapiste")),
            C("sindacat", "varchar(20)", "trade_union", maybe(one("FP CGIL", "CISL FP", "UIL FPL"), 0.35)),
            C("iban", "varchar(27)", "iban", lambda c, i: iban("IT", c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                                           + f"0{digits(c, 4)}{digits(c, 5)}{digits(c, 12)}")),
            C("patent", "varchar(12)", "national_id", lambda c, i: f"PN{digits(c, 7)}{c.r.choice('ABCDEFGH')}",
              comment="numar de la patent di vuide"),
            C("ip_ultin_aces", "inet", "ip_address", o("ip")),
            C("in_servizi", "boolean", "none", flag(0.9)),
        ], rows=N_O),
        Table(S, "buste_paie", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("operador_id", "integer", "none", fk(N_O, 7)),
            C("mes", "varchar(7)", "none", lambda c, i: f"202{c.r.randint(4, 5)}-{c.r.randint(1, 12):02d}"),
            C("oris", "numeric(6,2)", "none", amounts(60, 170)),
            C("lord", "numeric(8,2)", "none", amounts(900, 2300)),
            C("net", "numeric(8,2)", "none", amounts(800, 1750)),
            C("trattenude_sindacal", "numeric(6,2)", "trade_union", amounts(0, 18),
              comment="cuote sindacâl tratignude in buste"),
            C("malatie_zornadis", "smallint", "health", ints(0, 12)),
        ], rows=150, extra=[fkey(S, "buste_paie", "operador_id", "operadors", "id")]),
        Table(S, "comuns", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("comun", "varchar(40)", "none", one("Cordenons", "Roveredo in Piano", "Maniago", "Spilimbergo", "Sacile", "Fontanafredda")),
            C("ufici", "varchar(60)", "none", one("Servizi sociâi", "Ambit socioassistenziâl")),
            C("pec", "varchar(80)", "none", lambda c, i: f"protocol{i}@pec.comun.pn.it"),
            C("telefon", "varchar(20)", "none", lambda c, i: f"0434 {digits(c, 6)}"),
            C("referent", "varchar(80)", "person_name", name("fu")),
            C("tarife_ore", "numeric(5,2)", "none", amounts(19, 26)),
        ], rows=N_C),
        Table(S, "assistits", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("non_cognon", "varchar(100)", "person_name", a("full")),
            C("cf", "varchar(16)", "national_id", a("natid")),
            C("nassite", "date", "birth_date", a("birth")),
            C("sies", "char(1)", "none", a("sex")),
            C("indiriz", "varchar(120)", "postal_address", a("a_line")),
            C("cap", "varchar(5)", "postal_address", a("a_postcode")),
            C("pais", "varchar(40)", "none", a("a_city")),
            C("telefon", "varchar(20)", "phone", lambda c, i: f"0434 {digits(c, 6)}"),
            C("parint_riferiment", "varchar(100)", "person_name", name("fu")),
            C("parint_telefonin", "varchar(20)", "phone", any_mobile("fu")),
            C("comun_id", "integer", "none", fk(N_C, 3)),
            C("isee", "numeric(9,2)", "none", amounts(3000, 40000)),
            C("invaliditat", "varchar(40)", "health", maybe(one("100% con acompagnament", "74%", "L.104 art.3 c.3"), 0.6)),
            C("diagnosi", "varchar(80)", "health", one("Demence di Alzheimer", "Ictus, emiparesi", "BPCO", "Parkinson",
                                                        "Scompens cardiac", "Fragilitât")),
            C("confession", "varchar(20)", "religious_belief", maybe(one("Catoliche", "Ortodosse", "Evangeliche"), 0.5),
              comment="pe assistence spirituâl"),
            C("codis_puarte", "varchar(8)", "secret_token", lambda c, i: digits(c, 5), comment="codiç de cassete des clâfs"),
        ], rows=N_A, extra=[fkey(S, "assistits", "comun_id", "comuns", "id")]),
        Table(S, "visitis", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("assistit_id", "integer", "none", fk(N_A, 3)),
            C("operador_id", "integer", "none", fk(N_O, 11)),
            C("inizi", "timestamp", "none", stamps(2024, 2025)),
            C("minuts", "smallint", "none", ints(15, 120)),
            C("pression", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 185)}/{c.r.randint(55, 105)}"),
            C("glicemie", "smallint", "health", maybe(ints(70, 260), 0.4)),
            C("diari", "text", "free_text_may_contain_pii", _diari),
            C("gps_check_in", "point", "geo_location", lambda c, i: f"({12.6 + c.r.uniform(-0.3, 0.3):.5f},"
                                                                    f"{46.05 + c.r.uniform(-0.15, 0.15):.5f})"),
            C("firme_hash", "char(64)", "none", lambda c, i: sha256(c)),
        ], rows=150, extra=[fkey(S, "visitis", "assistit_id", "assistits", "id"),
                            fkey(S, "visitis", "operador_id", "operadors", "id")]),
        Table(S, "medisinis", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("assistit_id", "integer", "none", fk(N_A, 7)),
            C("farmac", "varchar(60)", "health", one("Donepezil 10 mg", "Levodopa/Carbidopa", "Furosemide 25 mg",
                                                     "Warfarin 5 mg", "Quetiapine 25 mg")),
            C("orari", "varchar(20)", "none", one("8:00", "8:00-20:00", "12:00", "22:00")),
            C("dal", "date", "none", dates(2022, 2025)),
            C("prescrit_di", "varchar(80)", "person_name", lambda c, i: f"Dott. {name('fu')(c, i)}"),
            C("iva_farmacie", "numeric(4,1)", "none", one(10.0, 22.0)),
        ], rows=140, extra=[fkey(S, "medisinis", "assistit_id", "assistits", "id")]),
    ]
