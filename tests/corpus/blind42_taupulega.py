"""ar_taupulega: an in-house system of the village council (taupulega) of Fakaofo, Tokelau, written with Tokelauan
names mixed with English: households, people, the aumaga work roster, the inati (the fish sharing), boats, welfare
payments, village-rule offences, medical referrals to Apia, the co-operative store and the council's minutes."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, public_ip, seq,
                           stamps, hexs)
from .blind42_gens import POOLS, any_name, person
from .gens import Table

S = "ar_taupulega"
TAG, STAFF = "tk.tagata", "tk.staff"
N_KAIGA, N_TAG, N_VAKA, N_STAFF = 90, 150, 80, 18


def _head(c, i):
    return person("tk", "tk.ulu", "full")(c, i)


def _tusi(c, i):
    return c.r.choice([None, None, "E nofo i Apia i le taimi nei.", "Ko ia te faiaoga i te aoga.",
                       f"Fetuutakiga: {any_name('tk')(c, i)}, +690 7{digits(c, 4)}",
                       f"Tamaitiiti a {person('tk', TAG, 'full')(c, c.r.randint(1, N_TAG))}",
                       "Ko ia te tautai o te vaka."])


def _hala_fakamatala(c, i):
    return c.r.choice(["Na totogi katoa te sala.", "Na fakatonu e te taupulega.",
                       f"Molimau: {any_name('tk')(c, i)} ma {any_name('tk')(c, i + 1)}",
                       f"Na lipoti e {person('tk', TAG, 'full')(c, c.r.randint(1, N_TAG))}", None])


def _minutes(c, i):
    return c.r.choice(["Talanoaga e uiga ki te uafu fou ma te vaka Mataliki.",
                       f"Na fakafeiloaki e te Faipule {any_name('tk')(c, i)} te au malo mai Niu Sila.",
                       f"Na talia te talosaga a {person('tk', TAG, 'full')(c, c.r.randint(1, N_TAG))} mo he fale fou.",
                       "Fuafuaga mo te solar power ma te vai inu.", "Inati o te faiva atu na vaevae ki kaiga uma."])


def taupulega_tables() -> list[Table]:
    t = lambda f: person("tk", TAG, f, 1938, 2010)      # noqa: E731
    s = lambda f: person("tk", STAFF, f, 1965, 1998)    # noqa: E731
    return [
        Table(S, "kaiga", [
            C("kaiga_id", "integer PRIMARY KEY", "none", seq()),
            C("ulu_kaiga", "varchar(80)", "person_name", _head, comment="head of household"),
            C("nuku", "varchar(30)", "none", lambda c, i: c.r.choice(POOLS["tk"]["village"])),
            C("fale_numela", "varchar(20)", "postal_address", lambda c, i: f"Fale {c.r.randint(1, 140)}"),
            C("telefoni_fale", "varchar(16)", "phone", lambda c, i: person("tk", "tk.ulu", "phone")(c, i)),
            C("tagata_e_nonofo", "smallint", "none", ints(1, 14)),
            C("vaega_inati", "smallint", "none", ints(1, 6)),
            C("solar_kit", "boolean", "none", flag(0.8)),
            C("faitau_pua", "smallint", "none", ints(0, 9), comment="number of pigs"),
        ], rows=N_KAIGA),
        Table(S, "tagata", [
            C("tagata_id", "integer PRIMARY KEY", "none", seq()),
            C("kaiga_id", "integer", "none", fk(N_KAIGA, 7)),
            C("igoa_muamua", "varchar(40)", "person_name", t("first")),
            C("igoa_kaiga", "varchar(40)", "person_name", t("last")),
            C("aho_fanau", "date", "birth_date", t("birth")),
            C("tane_fafine", "char(1)", "none", t("sex")),
            C("telefoni", "varchar(16)", "phone", maybe(t("mobile"), 0.75)),
            C("imeli", "varchar(80)", "email", maybe(t("email"), 0.5)),
            C("pasipoti", "varchar(10)", "national_id", maybe(t("natid"), 0.6), comment="NZ passport"),
            C("ekalehia", "varchar(40)", "religious_belief",
              one("EKT (Ekalehia Kelihiano Tokelau)", "EKT (Ekalehia Kelihiano Tokelau)", "Katoliko", "Mamona")),
            C("galuega", "varchar(40)", "none", one("Faiaoga", "Tautai", "Tagata faigaluega KLT", "Neehi", "Aoga",
                                                    "Faifaiva", None)),
            C("aumaga", "boolean", "none", flag(0.3)),
            C("toeaina", "boolean", "none", flag(0.15)),
            C("mai_tumau", "varchar(60)", "health", maybe(one("Mai suka (diabetes)", "Toto maualuga",
                                                               "Mai fatu", "Asthma", "Gout"), 0.35)),
            C("nofo_i_fafo", "boolean", "none", flag(0.2), comment="lives abroad (Apia, NZ)"),
            C("tusi", "text", "free_text_may_contain_pii", _tusi),
            C("created_at", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_TAG, extra=[fkey(S, "tagata", "kaiga_id", "kaiga", "kaiga_id")]),
        Table(S, "vaka", [
            C("vaka_id", "integer PRIMARY KEY", "none", seq()),
            C("igoa_vaka", "varchar(40)", "none", one("Fetu o te Moana", "Alofa", "Matagi Malie", "Tuna Kai",
                                                      "Lagimalie", "Manu Lele", "Fakaofo Star")),
            C("numela_lesitala", "varchar(12)", "none", lambda c, i: f"TK-F-{i:03d}"),
            C("ona_tagata_id", "integer", "none", fk(N_TAG, 5)),
            C("afi_hp", "smallint", "none", one(15, 25, 40, 60)),
            C("umi_mita", "numeric(4,1)", "none", amounts(4, 9, 1)),
            C("saogalemu_siaki", "date", "none", dates(2023, 2025)),
        ], rows=N_VAKA, extra=[fkey(S, "vaka", "ona_tagata_id", "tagata", "tagata_id")]),
        Table(S, "inati", [
            C("inati_id", "integer PRIMARY KEY", "none", seq()),
            C("aho", "date", "none", dates(2024, 2025)),
            C("ika", "varchar(30)", "none", one("Atu (skipjack)", "Takuo", "Malau", "Palu", "Ulua", "Fee")),
            C("kaiga_id", "integer", "none", fk(N_KAIGA, 11)),
            C("vaega", "smallint", "none", ints(1, 6)),
            C("kilo", "numeric(5,1)", "none", amounts(1, 40, 1)),
            C("tautai", "varchar(80)", "person_name", lambda c, i: t("full")(c, c.r.randint(1, N_TAG))),
            C("vaka_id", "integer", "none", fk(N_VAKA, 3)),
        ], rows=150, extra=[fkey(S, "inati", "kaiga_id", "kaiga", "kaiga_id"),
                            fkey(S, "inati", "vaka_id", "vaka", "vaka_id")]),
        Table(S, "galuega_aumaga", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 13)),
            C("aho", "date", "none", dates(2024, 2025)),
            C("galuega", "varchar(60)", "none", one("Fakamama te ala", "Fau te uafu", "Toe fau te fale aoga",
                                                    "Kohi niu", "Fakamama te tanu vai")),
            C("itula", "numeric(4,1)", "none", amounts(1, 8, 1)),
            C("totogi_tala", "numeric(8,2)", "none", amounts(0, 120)),
            C("fakamaumau", "varchar(120)", "none", maybe(one("Na uma lelei.", "Timuga, na taofi.",
                                                              "Leai ni meafaigaluega."), 0.5)),
        ], rows=140, extra=[fkey(S, "galuega_aumaga", "tagata_id", "tagata", "tagata_id")]),
        Table(S, "tupe_fesoasoani", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 17)),
            C("mafuaaga", "varchar(60)", "health", one("Matutua 60+", "Matutua 60+", "Lē atoatoa le malosi (disability)",
                                                       "Mai tumau", "Matua tokotahi")),
            C("tupe_nzd", "numeric(8,2)", "none", amounts(80, 400)),
            C("numela_pangike", "varchar(20)", "bank_account",
              lambda c, i: f"02-0{c.r.randint(100, 999)}-0{digits(c, 6)}-0{c.r.randint(0, 3)}", comment="NZ account"),
            C("aho_totogi", "date", "none", dates(2024, 2025)),
            C("pasi_e", "varchar(80)", "person_name", lambda c, i: s("full")(c, c.r.randint(1, N_STAFF))),
        ], rows=110, extra=[fkey(S, "tupe_fesoasoani", "tagata_id", "tagata", "tagata_id")]),
        Table(S, "hala_nuku", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 19)),
            C("aho", "date", "none", dates(2019, 2025)),
            C("hala", "varchar(80)", "criminal_record", one("Inu ava malosi i te ala", "Fufuhu", "Gaoi",
                                                            "Fakaleaga koloa a te nuku", "Solia te tapu o te po")),
            C("sala_tala", "numeric(8,2)", "none", amounts(20, 500)),
            C("galuega_fakasala", "smallint", "none", ints(0, 40), comment="hours of community work"),
            C("fakamatala", "text", "free_text_may_contain_pii", _hala_fakamatala),
        ], rows=80, extra=[fkey(S, "hala_nuku", "tagata_id", "tagata", "tagata_id")]),
        Table(S, "fakamalaga_mai", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("tagata_id", "integer", "none", fk(N_TAG, 23)),
            C("aho", "date", "none", dates(2020, 2025)),
            C("mafuaaga", "varchar(80)", "health", one("Fanau (high-risk pregnancy)", "Dialysis assessment",
                                                       "Cataract surgery", "Fractured femur", "Cardiac review",
                                                       "Kanesa (cancer) oncology")),
            C("falemai", "varchar(40)", "none", one("TTM Hospital, Apia", "Middlemore, Auckland")),
            C("tagata_tausi", "varchar(80)", "person_name", maybe(any_name("tk"), 0.7), comment="escort"),
            C("tiketi_vaka", "varchar(12)", "none", lambda c, i: f"MV-{digits(c, 6)}"),
            C("tupe_nzd", "numeric(9,2)", "none", amounts(300, 9000)),
        ], rows=80, extra=[fkey(S, "fakamalaga_mai", "tagata_id", "tagata", "tagata_id")]),
        Table(S, "fale_koloa_oloa", [
            C("oloa_id", "integer PRIMARY KEY", "none", seq()),
            C("igoa", "varchar(60)", "none", one("Falaoa mata 10kg", "Suka 2kg", "Pisupo", "Elegi", "Lalo penisini",
                                                 "Moa aisa", "Kaleve", "Mea inu suka")),
            C("tau_tala", "numeric(7,2)", "none", amounts(1, 80)),
            C("faitau", "integer", "none", ints(0, 300)),
            C("ean13", "char(13)", "none", lambda c, i: "94" + digits(c, 11)),
            C("mai_fea", "varchar(30)", "none", one("Apia", "Auckland")),
        ], rows=90),
        Table(S, "fono_fakamaumau", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("aho", "date", "none", dates(2021, 2025)),
            C("nuku", "varchar(30)", "none", lambda c, i: c.r.choice(POOLS["tk"]["village"])),
            C("fakamaumauga", "text", "free_text_may_contain_pii", _minutes),
            C("faitau_tagata_auai", "smallint", "none", ints(8, 40)),
        ], rows=85),
        Table(S, "staff", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("igoa", "varchar(80)", "person_name", s("full")),
            C("imeli", "varchar(80)", "email", lambda c, i: f"{s('user')(c, i)}@fakaofo.tk"),
            C("upu_fakalilolilo", "varchar(72)", "credentials", lambda c, i: bcrypt(c)),
            C("toe_seti_token", "varchar(40)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.3)),
            C("tulaga", "varchar(20)", "none", one("admin", "tusitala", "tupe")),
        ], rows=N_STAFF),
        Table(S, "ulufale_log", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("staff_id", "integer", "none", fk(N_STAFF, 5)),
            C("taimi", "timestamp", "none", stamps(2024, 2025)),
            C("ip", "inet", "ip_address", lambda c, i: public_ip(c, (202, 203, 119))),
            C("manuia", "boolean", "none", flag(0.9)),
        ], rows=150, extra=[fkey(S, "ulufale_log", "staff_id", "staff", "id")]),
    ]
