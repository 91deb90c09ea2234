"""al_kes_rejista: an in-house case register of a legal-aid office in Honiara (Solomon Islands), with Solomon Islands
Pijin names: lawyers (loea), clients (klaen), cases (kes), court days (kot_de) and bail (bel)."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps)
from .blind36_gens import any_address, any_mobile, any_name, person, pick
from .gens import Table

S = "al_kes_rejista"
KLA, LOE = "ke.klaen", "ke.loea"
N_LOE, N_KLA, N_KES = 22, 150, 150
RONG = ["Stilim (larceny)", "Ronge long haos (housebreaking)", "Kilim man (assault causing harm)", "Kaltiva marijuana",
        "Drink draeva", "Mekem raet long pablik ples (riotous behaviour)", "Rape", "Murder", "Fraud long ofis",
        "Spoelem propeti (malicious damage)", "Wok long homebrew (kwaso)"]


def _nots(c, i):
    return c.r.choice([None, None, "Klaen no kam long kot.", "Nid interpreta long Kwaio langwis.",
                       f"Mami blong hem, {any_name('sb')(c, i)}, stap long Lot 4 Vura, fon {any_mobile('sb')(c, i)}.",
                       f"Witnes {any_name('sb')(c, i)} no laek toktok nao.", "Waka go long Rove prison fo lukim klaen."])


def kes_tables() -> list[Table]:
    k = lambda f: person("sb", KLA, f, 1960, 2008)        # noqa: E731
    lo = lambda f: person("sb", LOE, f, 1965, 1997)       # noqa: E731
    return [
        Table(S, "loea", [
            C("loea_id", "integer PRIMARY KEY", "none", seq()),
            C("nem", "varchar(60)", "person_name", lo("first")),
            C("famili_nem", "varchar(60)", "person_name", lo("last")),
            C("fon", "varchar(20)", "phone", lo("mobile")),
            C("imel", "varchar(80)", "email", lambda c, i: f"{lo('user')(c, i)}@pso.gov.sb"),
            C("paswod", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("ofis", "varchar(20)", "none", one("Honiara", "Honiara", "Auki", "Gizo", "Kirakira")),
            C("stap_wok", "boolean", "none", flag(0.9)),
        ], rows=N_LOE),
        Table(S, "klaen", [
            C("klaen_id", "integer PRIMARY KEY", "none", seq()),
            C("nem", "varchar(60)", "person_name", k("first")),
            C("famili_nem", "varchar(60)", "person_name", k("last")),
            C("nara_nem", "varchar(60)", "person_name", maybe(lambda c, i: c.r.choice(
                ["Bigman", "Tomsen", "Wanfala", "Smol Boi", "Rasta", "Kaptin"]), 0.2), comment="nem olketa kolem hem"),
            C("bon_de", "date", "birth_date", k("birth")),
            C("man_o_mere", "char(1)", "none", k("sex")),
            C("vilij", "varchar(40)", "none", pick("sb", "city")),
            C("provins", "varchar(30)", "none", one("Guadalcanal", "Malaita", "Western", "Central", "Isabel", "Makira-Ulawa",
                                                    "Honiara City")),
            C("ples_stap", "varchar(120)", "postal_address", k("a_line")),
            C("fon_namba", "varchar(20)", "phone", maybe(k("mobile"), 0.75)),
            C("npf_namba", "varchar(12)", "national_id", maybe(k("natid"), 0.4)),
            C("hu_fo_kolem", "varchar(80)", "person_name", any_name("sb"), comment="sapos samting hapen"),
            C("fon_blong_hem", "varchar(20)", "phone", any_mobile("sb")),
            C("jos", "varchar(40)", "religious_belief", maybe(one("SSEC", "Anglican (ACOM)", "Katolik", "SDA",
                                                                   "United Church", "CFC"), 0.8)),
            C("wok", "varchar(40)", "none", maybe(one("Fisaman", "Taxi draeva", "Sekiuriti", "Maket seller", "No wok"), 0.7)),
            C("stat_det", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_KLA),
        Table(S, "kes", [
            C("kes_id", "integer PRIMARY KEY", "none", seq()),
            C("klaen_id", "integer", "none", fk(N_KLA, 7)),
            C("loea_id", "integer", "none", fk(N_LOE, 3)),
            C("kes_namba", "varchar(24)", "none", lambda c, i: f"CRC {c.r.randint(10, 999)} of {c.r.randint(2021, 2025)}"),
            C("wanem_rong", "varchar(80)", "criminal_record", one(*RONG)),
            C("polis_stesen", "varchar(40)", "none", one("Central Police Station", "Naha", "Rove", "Auki", "Gizo")),
            C("det_arest", "date", "none", dates(2021, 2025)),
            C("kot", "varchar(40)", "none", one("Central Magistrates Court", "High Court", "Auki Magistrates Court")),
            C("plea", "varchar(20)", "criminal_record", maybe(one("Guilty", "Not guilty", "Guilty (changed)"), 0.8)),
            C("disisen", "varchar(80)", "criminal_record", maybe(one("Convicted, 6 mans long prison", "Acquitted",
                                                                      "Fine $500", "Good behaviour bond 12 mans",
                                                                      "Convicted, 4 yia long prison", "Withdrawn"), 0.6)),
            C("stat", "varchar(20)", "none", one("Open", "Open", "Closed", "Appeal")),
            C("wok_nots", "text", "free_text_may_contain_pii", _nots),
        ], rows=N_KES, extra=[fkey(S, "kes", "klaen_id", "klaen", "klaen_id"),
                              fkey(S, "kes", "loea_id", "loea", "loea_id")]),
        Table(S, "kot_de", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kes_id", "integer", "none", fk(N_KES, 11)),
            C("de", "date", "none", dates(2023, 2025)),
            C("kot_rum", "varchar(10)", "none", one("1", "2", "3", "HC-A")),
            C("majistret", "varchar(80)", "person_name", any_name("sb")),
            C("wanem_hapen", "varchar(80)", "criminal_record", one("Adjourned", "Plea taken: guilty", "Bail granted",
                                                                   "Remanded in custody", "Sentenced: 2 yia", "Trial",
                                                                   "Convicted")),
            C("nekis_de", "date", "none", maybe(dates(2025, 2026), 0.6)),
            C("loea_hemi_kam", "boolean", "none", flag(0.9)),
        ], rows=150, extra=[fkey(S, "kot_de", "kes_id", "kes", "kes_id")]),
        Table(S, "bel", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kes_id", "integer", "none", fk(N_KES, 13)),
            C("bel_mane", "numeric(8,2)", "none", amounts(100, 5000)),
            C("kondisen", "text", "criminal_record", one("Ripot long Naha polis evri Mande.",
                                                         "No go kolosap long komplenant.", "Stap insaed long Honiara.",
                                                         "No drink alkohol.", "Givim pasport long polis.")),
            C("sureti_nem", "varchar(80)", "person_name", any_name("sb")),
            C("sureti_fon", "varchar(20)", "phone", any_mobile("sb")),
            C("sureti_ples", "varchar(120)", "postal_address", any_address("sb", "line")),
            C("sureti_mane", "numeric(8,2)", "none", amounts(0, 2000)),
            C("bel_kansel", "boolean", "none", flag(0.1)),
            C("det", "date", "none", dates(2023, 2025)),
            C("resit_namba", "varchar(12)", "none", lambda c, i: f"R{digits(c, 6)}"),
            C("kaonta", "smallint", "none", ints(1, 3)),
        ], rows=90, extra=[fkey(S, "bel", "kes_id", "kes", "kes_id")]),
    ]
