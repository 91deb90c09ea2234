"""al_roghtun: an in-house system of an NGO clinic for returnees in Nangarhar (Afghanistan), with Pashto names written
in Latin letters: patients (naroghan), staff, visits, births, lab tests and dispensed medicines."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, fk, fkey, flag, ints, maybe, one, rbytes, seq, stamps)
from .blind36_gens import any_mobile, any_name, person, pick
from .gens import Table

S = "al_roghtun"
NAR, DAK = "ro.naroghan", "ro.daktar"
N_NAR, N_DAK, N_LEE = 150, 28, 150


def _yaddasht(c, i):
    return c.r.choice([None, None, "Da Pekhawar na raghalay, 3 miashte mokhke.", "Tazkira nalari.",
                       f"Mashar: {any_name('af')(c, i)}, mobail {any_mobile('af')(c, i)}",
                       "Kochi kahol, har sparlay Kunar ta zi.", f"Khor ye {any_name('af')(c, i)} raweray."])


def _leeda_yaddasht(c, i):
    return c.r.choice([None, None, "Bia rasha pa 2 owanio ke.", "Jalalabad Public Hospital ta leegdawal shaway.",
                       f"Da Dr. {person('af', DAK, 'full')(c, c.r.randint(1, N_DAK))} sara mashwara.",
                       f"Plar ye {any_name('af')(c, i)} ye rawaray, telefun {any_mobile('af')(c, i)}."])


def roghtun_tables() -> list[Table]:
    n = lambda f: person("af", NAR, f, 1950, 2020)          # noqa: E731
    d = lambda f: person("af", DAK, f, 1965, 1998)          # noqa: E731
    return [
        Table(S, "daktaran", [
            C("kod", "integer PRIMARY KEY", "none", seq()),
            C("num", "varchar(60)", "person_name", d("first")),
            C("takhallus", "varchar(60)", "person_name", d("last")),
            C("dinda", "varchar(40)", "none", one("Daktar", "Qabela", "Nars", "Lab tekhnishan", "Darmaltun")),
            C("mobail", "varchar(20)", "phone", d("mobile")),
            C("imel", "varchar(80)", "email", lambda c, i: f"{d('user')(c, i)}@roghtia-ngo.af"),
            C("paswurd", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("faal", "boolean", "none", flag(0.9)),
        ], rows=N_DAK),
        Table(S, "naroghan", [
            C("naroghi_kod", "integer PRIMARY KEY", "none", seq()),
            C("dosiye_shmera", "varchar(12)", "none", lambda c, i: f"NGR-{i + 4000:05d}"),
            C("num", "varchar(60)", "person_name", n("first")),
            C("takhallus", "varchar(60)", "person_name", maybe(n("last"), 0.6)),
            C("plar_num", "varchar(60)", "person_name", n("father")),
            C("jins", "varchar(8)", "none", lambda c, i: "nar" if n("sex")(c, i) == "M" else "khaza"),
            C("zegedo_neta", "date", "birth_date", n("birth")),
            C("tazkira_shmera", "varchar(20)", "national_id", maybe(n("natid"), 0.7)),
            C("mobail", "varchar(20)", "phone", maybe(n("mobile"), 0.8)),
            C("da_kor_mashar", "varchar(80)", "person_name", any_name("af")),
            C("qawm", "varchar(20)", "ethnic_origin", one("Pukhtun", "Pukhtun", "Pukhtun", "Pashayi", "Tajik", "Gujur",
                                                          "Hazara")),
            C("mazhab", "varchar(24)", "religious_belief", one("Sunni Hanafi", "Sunni Hanafi", "Shia", "Ismaili", "Sikh")),
            C("wolayat", "varchar(30)", "none", one("Nangarhar", "Nangarhar", "Kunar", "Laghman")),
            C("wolaswali", "varchar(30)", "none", n("a_district")),
            C("kalay", "varchar(40)", "none", pick("af", "street")),
            C("pata", "varchar(160)", "postal_address", n("a_line")),
            C("rastanedo_neta", "date", "none", maybe(dates(2023, 2025), 0.7)),
            C("maluliyat", "varchar(40)", "health", maybe(one("Pasha nalari (mine)", "Gung", "Rund", "Kanr"), 0.15)),
            C("wina_grup", "varchar(3)", "health", maybe(one("O+", "A+", "B+", "AB+", "O-"), 0.6)),
            C("gota_nakhsha", "bytea", "biometric", lambda c, i: b"FIR\x00" + rbytes(c, 90),
              comment="da gote nakhsha (thumbprint) for patients who cannot sign"),
            C("yaddasht", "text", "free_text_may_contain_pii", _yaddasht),
            C("sabt_neta", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_NAR),
        Table(S, "leedane", [
            C("leeda_kod", "integer PRIMARY KEY", "none", seq()),
            C("naroghi_kod", "integer", "none", fk(N_NAR, 7)),
            C("daktar_kod", "integer", "none", fk(N_DAK, 3)),
            C("neta", "date", "none", dates(2024, 2025)),
            C("tashkhis", "varchar(80)", "health", one("Malaria (P. vivax)", "Dastunay (diarrhoea)", "Tuberkuloz shakman",
                                                       "Sina narogi", "Feshar luray", "Shakar narogi", "Khwarakay kamay",
                                                       "Rawani feshar (PTSD)")),
            C("feshar", "varchar(7)", "health", lambda c, i: f"{c.r.randint(90, 180)}/{c.r.randint(55, 105)}"),
            C("wazan", "numeric(4,1)", "health", amounts(3, 95, 1)),
            C("tod", "numeric(3,1)", "health", amounts(36.0, 40.2, 1)),
            C("darmal", "varchar(120)", "health", one("Amoxicillin 500mg", "ORS + Zinc", "Artesunate", "Paracetamol",
                                                      "Metformin 500mg", "RUTF 2x")),
            C("leegdawal", "varchar(60)", "none", maybe(one("Jalalabad Regional Hospital", "MSF Khost", "ICRC Ortho"), 0.2)),
            C("yaddasht", "text", "free_text_may_contain_pii", _leeda_yaddasht),
        ], rows=N_LEE, extra=[fkey(S, "leedane", "naroghi_kod", "naroghan", "naroghi_kod"),
                              fkey(S, "leedane", "daktar_kod", "daktaran", "kod")]),
        Table(S, "zezhawune", [
            C("kod", "integer PRIMARY KEY", "none", seq()),
            C("mor_kod", "integer", "none", fk(N_NAR, 11)),
            C("zezhawune_neta", "date", "birth_date", dates(2023, 2025)),
            C("mashum_num", "varchar(60)", "person_name", maybe(lambda c, i: c.r.choice(
                ["Ahmad", "Bilal", "Hasina", "Mursal", "Sana", "Yousuf", "Roya", "Haroon"]), 0.4)),
            C("mashum_jins", "varchar(8)", "none", one("nar", "khaza")),
            C("wazan_gram", "integer", "health", ints(1400, 4300)),
            C("zezhawune_dawl", "varchar(30)", "health", one("normal", "normal", "forceps", "sezarin", "mrhe zezhawuna")),
            C("qabela_kod", "integer", "none", fk(N_DAK, 5)),
            C("mor_tetanus_waksin", "boolean", "health", flag(0.6)),
        ], rows=90, extra=[fkey(S, "zezhawune", "mor_kod", "naroghan", "naroghi_kod"),
                           fkey(S, "zezhawune", "qabela_kod", "daktaran", "kod")]),
        Table(S, "lab_azmoyene", [
            C("kod", "integer PRIMARY KEY", "none", seq()),
            C("leeda_kod", "integer", "none", fk(N_LEE, 3)),
            C("azmoyena", "varchar(40)", "health", one("Hb", "RDT malaria", "GeneXpert", "Urine", "Glucose")),
            C("payla", "varchar(40)", "health", one("9.8 g/dl", "manfi", "musbat", "MTB detected, RIF neg", "182 mg/dl",
                                                     "12.4 g/dl")),
            C("neta", "date", "none", dates(2024, 2025)),
            C("tayidawunkay", "varchar(80)", "person_name", lambda c, i: d("full")(c, c.r.randint(1, N_DAK))),
        ], rows=120, extra=[fkey(S, "lab_azmoyene", "leeda_kod", "leedane", "leeda_kod")]),
        Table(S, "darmal_wesh", [
            C("kod", "integer PRIMARY KEY", "none", seq()),
            C("leeda_kod", "integer", "none", fk(N_LEE, 13)),
            C("darmal_num", "varchar(80)", "health", one("Cotrimoxazole", "Iron + Folic acid", "Salbutamol", "Ibuprofen",
                                                         "Rifampicin/Isoniazid", "Fluoxetine 20mg")),
            C("meqdar", "integer", "none", ints(1, 60)),
            C("wesh_neta", "date", "none", dates(2024, 2025)),
            C("darmaltun_kod", "integer", "none", fk(N_DAK, 7)),
            C("zakhira_batch", "varchar(20)", "none", lambda c, i: f"B{c.r.randint(10000, 99999)}"),
        ], rows=130, extra=[fkey(S, "darmal_wesh", "leeda_kod", "leedane", "leeda_kod"),
                            fkey(S, "darmal_wesh", "darmaltun_kod", "daktaran", "kod")]),
    ]
