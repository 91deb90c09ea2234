"""aq_xawaalad: an in-house system of a money-transfer and microfinance company in Hargeysa, Somaliland (Somali
table and column names mixed with English): branches, staff, customers with KYC data, business customers,
transfers, murabaha loans, repayments, exchange rates, notes and the login log."""
from __future__ import annotations

import datetime as dt

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, maybe, one, public_ip,
                           rbytes, seq, stamps)
from .blind41_gens import POOLS, any_mobile, any_name, person
from .gens import Table

S = "aq_xawaalad"
MAC, SHQ = "so.macmiil", "so.shaqaale"
N_LAAN, N_SHQ, N_MAC, N_SHI, N_XAW, N_AMA = 12, 40, 150, 80, 150, 120
SHIRKADO = ["Dahabshiil Trading", "Ga'an Libaax Hardware", "Berbera Fish Export", "Hargeysa Dairy Co.",
            "Xoolo Export Ltd", "Sheekh Pharmacy", "Waaheen Electronics", "Burco Livestock Market Traders"]


def _qoraal(c, i):
    return c.r.choice([
        "Macmiilku wuxuu codsaday in lacagta loo diro Jigjiga.", "Documents verified at branch.",
        f"Walaalkiis {any_name('so')(c, i)} ayaa lacagta u qaatay, taleefan {any_mobile('so')(c, i)}",
        "Kaarka aqoonsiga wuu dhacay, waa in la cusbooneysiiyaa.",
        f"Referred by {person('so', SHQ, 'full')(c, c.r.randint(1, N_SHQ))} (Burco branch).",
        "Lacag badan oo isku mar ah - la hubiyay (AML)."])


def somaliland_tables() -> list[Table]:
    m = lambda f: person("so", MAC, f, 1950, 2005)          # noqa: E731
    s = lambda f: person("so", SHQ, f, 1970, 2001)          # noqa: E731
    return [
        Table(S, "laamaha", [
            C("laan_id", "integer PRIMARY KEY", "none", seq()),
            C("magaca_laanta", "varchar(60)", "none", lambda c, i: f"Laanta {POOLS['so']['city'][i % 9]} {i}"),
            C("magaalada", "varchar(40)", "none", lambda c, i: POOLS["so"]["city"][i % 9]),
            C("cinwaanka", "varchar(120)", "none", lambda c, i: f"{POOLS['so']['street'][i % 8]}, ag suuqa"),
            C("taleefanka_xafiiska", "varchar(20)", "none", lambda c, i: f"+252 2 52{digits(c, 4)}"),
            C("maamulaha", "varchar(80)", "person_name", lambda c, i: s("full")(c, i)),
        ], rows=N_LAAN),
        Table(S, "shaqaalaha", [
            C("shaqaale_id", "integer PRIMARY KEY", "none", seq()),
            C("magaca_buuxa", "varchar(80)", "person_name", s("full")),
            C("taleefan", "varchar(20)", "phone", s("mobile")),
            C("email", "varchar(80)", "email", lambda c, i: s("user")(c, i) + "@xawaaladhorn.com"),
            C("erayga_sirta", "varchar(80)", "credentials", lambda c, i: bcrypt(c), comment="password hash"),
            C("laan_id", "integer", "none", fk(N_LAAN, 1)),
            C("doorka", "varchar(20)", "none", one("khasnaji", "khasnaji", "maamule", "xisaabiye", "IT")),
            C("taariikhda_shaqada", "date", "none", dates(2010, 2024)),
        ], rows=N_SHQ, extra=[fkey(S, "shaqaalaha", "laan_id", "laamaha", "laan_id")]),
        Table(S, "macaamiisha", [
            C("macmiil_id", "integer PRIMARY KEY", "none", seq()),
            C("magaca_koowaad", "varchar(40)", "person_name", m("first")),
            C("magaca_aabbaha", "varchar(40)", "person_name", m("last")),
            C("magaca_awowga", "varchar(40)", "person_name", m("last2")),
            C("magaca_hooyada", "varchar(80)", "person_name", lambda c, i: f"{c.r.choice(POOLS['so']['f'])} "
                                                                         f"{c.r.choice(POOLS['so']['m'])}"),
            C("jinsiga", "varchar(8)", "none", lambda c, i: "lab" if m("sex")(c, i) == "M" else "dheddig"),
            C("taariikhda_dhalashada", "date", "birth_date", m("birth")),
            C("goobta_dhalashada", "varchar(40)", "none", lambda c, i: c.r.choice(POOLS["so"]["city"])),
            C("qabiilka", "varchar(40)", "ethnic_origin", maybe(one("Isaaq - Habar Awal", "Isaaq - Habar Jeclo",
                                                                    "Isaaq - Garxajis", "Gadabuursi", "Ciise",
                                                                    "Dhulbahante", "Warsangeli"), 0.8),
              comment="clan, collected by the branch for guarantor checks"),
            C("tirsiga_aqoonsiga", "varchar(14)", "national_id", m("natid")),
            C("taleefanka", "varchar(20)", "phone", m("mobile")),
            C("zaad_lambarka", "varchar(12)", "phone",
              lambda c, i: "063" + m("mobile")(c, i).replace(" ", "")[-7:] if c.r.random() < 0.8 else None),
            C("email", "varchar(80)", "email", maybe(m("email"), 0.3)),
            C("deegaanka", "varchar(160)", "postal_address", m("a_line")),
            C("magaalada", "varchar(40)", "none", m("a_city")),
            C("shaqada", "varchar(40)", "none", one("ganacsade", "macallin", "darawal", "kalkaaliye caafimaad",
                                                    "xoolo-dhaqate", "arday", "shaqo la'aan")),
            C("faraha_template", "bytea", "biometric", lambda c, i: b"FMR\x00 20\x00" + rbytes(c, 96),
              comment="fingerprint for cash pick-up"),
            C("heerka_khatarta", "varchar(10)", "none", one("hoose", "hoose", "dhexe", "sare")),
            C("sms_la_diray", "boolean", "none", flag(0.7), comment="welcome SMS sent"),
            C("diiwaan_galiyay", "timestamp", "none", stamps(2015, 2025)),
        ], rows=N_MAC),
        Table(S, "shirkadaha", [
            C("shirkad_id", "integer PRIMARY KEY", "none", seq()),
            C("magaca_shirkadda", "varchar(80)", "none", lambda c, i: SHIRKADO[i % 8] + ("" if i <= 8 else f" {i}")),
            C("liisanka_ganacsiga", "varchar(20)", "none", lambda c, i: f"MOT/{c.r.randint(2010, 2024)}/{digits(c, 5)}"),
            C("taleefanka", "varchar(20)", "none", lambda c, i: f"+252 2 52{digits(c, 4)}"),
            C("email", "varchar(80)", "none", lambda c, i: f"info{i}@shirkad.so"),
            C("cinwaanka", "varchar(120)", "none", lambda c, i: f"{c.r.choice(POOLS['so']['street'])}, Hargeysa"),
            C("milkiilaha_id", "integer", "none", fk(N_MAC, 3)),
            C("qofka_xiriirka", "varchar(80)", "person_name", any_name("so"), comment="contact person"),
            C("taleefanka_qofka", "varchar(20)", "phone", any_mobile("so")),
            C("lambarka_canshuurta", "varchar(12)", "none", lambda c, i: "TIN" + digits(c, 8)),
        ], rows=N_SHI, extra=[fkey(S, "shirkadaha", "milkiilaha_id", "macaamiisha", "macmiil_id")]),
        Table(S, "xawaalado", [
            C("xawaalad_id", "integer PRIMARY KEY", "none", seq()),
            C("diraha_id", "integer", "none", fk(N_MAC, 7)),
            C("qaataha_magaca", "varchar(100)", "person_name", any_name("so")),
            C("qaataha_taleefanka", "varchar(25)", "phone",
              lambda c, i: c.r.choice([any_mobile("so")(c, i), f"+254 7{digits(c, 2)} {digits(c, 6)}",
                                       f"+251 9{digits(c, 2)} {digits(c, 6)}"])),
            C("qaataha_waddanka", "varchar(30)", "none", one("Somaliland", "Somaliland", "Itoobiya", "Kenya",
                                                             "Soomaaliya")),
            C("lacagta", "numeric(10,2)", "none", amounts(20, 5000)),
            C("lacag_nooca", "char(3)", "none", one("USD", "USD", "SLS")),
            C("khidmadda", "numeric(8,2)", "none", amounts(0, 60)),
            C("ujeeddada", "varchar(60)", "none", one("Kharashka qoyska", "Fiiska dugsiga", "Ganacsi", "Kiro guri",
                                                      "Meher")),
            C("koodka_sirta", "varchar(8)", "secret_token", lambda c, i: digits(c, 6), comment="pick-up code"),
            C("laan_id", "integer", "none", fk(N_LAAN, 5)),
            C("shaqaale_id", "integer", "none", fk(N_SHQ, 3)),
            C("la_bixiyay", "boolean", "none", flag(0.85)),
            C("taariikhda", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_XAW, extra=[fkey(S, "xawaalado", "diraha_id", "macaamiisha", "macmiil_id"),
                              fkey(S, "xawaalado", "laan_id", "laamaha", "laan_id"),
                              fkey(S, "xawaalado", "shaqaale_id", "shaqaalaha", "shaqaale_id")]),
        Table(S, "amaahyo", [
            C("amaah_id", "integer PRIMARY KEY", "none", seq()),
            C("macmiil_id", "integer", "none", fk(N_MAC, 11)),
            C("shirkad_id", "integer", "none", maybe(fk(N_SHI, 3), 0.3)),
            C("qadarka", "numeric(10,2)", "none", amounts(200, 25000)),
            C("muddada_bilood", "smallint", "none", one(6, 12, 18, 24)),
            C("ujeeddada", "varchar(60)", "none", one("Dukaan", "Bajaaj", "Xoolo", "Qalab beereed", "Tuk-tuk")),
            C("faa'iidada_murabaxa", "numeric(5,2)", "none", amounts(4, 18)),
            C("dammiinka_magaca", "varchar(100)", "person_name", any_name("so"), comment="guarantor"),
            C("dammiinka_taleefan", "varchar(20)", "phone", any_mobile("so")),
            C("xaalad", "varchar(15)", "none", one("socda", "socda", "la dhammeeyay", "dib u dhac")),
            C("taariikhda_bixinta", "date", "none", dates(2022, 2025)),
        ], rows=N_AMA, extra=[fkey(S, "amaahyo", "macmiil_id", "macaamiisha", "macmiil_id"),
                              fkey(S, "amaahyo", "shirkad_id", "shirkadaha", "shirkad_id")]),
        Table(S, "bixinta_amaahda", [
            C("bixin_id", "integer PRIMARY KEY", "none", seq()),
            C("amaah_id", "integer", "none", fk(N_AMA, 7)),
            C("qadarka", "numeric(10,2)", "none", amounts(20, 2500)),
            C("taariikhda", "date", "none", dates(2022, 2025)),
            C("habka", "varchar(10)", "none", one("Zaad", "Zaad", "eDahab", "cash")),
            C("tixraaca_zaad", "varchar(20)", "none", lambda c, i: f"ZD{digits(c, 10)}", comment="Zaad transaction id"),
        ], rows=150, extra=[fkey(S, "bixinta_amaahda", "amaah_id", "amaahyo", "amaah_id")]),
        Table(S, "sicirka_lacagta", [
            C("sicir_id", "integer PRIMARY KEY", "none", seq()),
            C("taariikhda", "date", "none", lambda c, i: dt.date(2025, 1, 1) + dt.timedelta(days=i)),
            C("usd_sls", "numeric(8,1)", "none", amounts(8200, 9100, 1)),
            C("usd_etb", "numeric(8,2)", "none", amounts(118, 140)),
            C("usd_kes", "numeric(8,2)", "none", amounts(128, 131)),
        ], rows=90),
        Table(S, "faallooyinka", [
            C("faallo_id", "integer PRIMARY KEY", "none", seq()),
            C("macmiil_id", "integer", "none", fk(N_MAC, 13)),
            C("qoraalka", "text", "free_text_may_contain_pii", _qoraal),
            C("qoray", "integer", "none", fk(N_SHQ, 5)),
            C("taariikhda", "timestamp", "none", stamps(2023, 2025)),
        ], rows=100, extra=[fkey(S, "faallooyinka", "macmiil_id", "macaamiisha", "macmiil_id"),
                            fkey(S, "faallooyinka", "qoray", "shaqaalaha", "shaqaale_id")]),
        Table(S, "diiwaanka_galitaanka", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("shaqaale_id", "integer", "none", fk(N_SHQ, 7)),
            C("waqtiga", "timestamp", "none", stamps(2025, 2025)),
            C("ip_cinwaanka", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (196, 197, 41, 154))),
            C("guusha", "boolean", "none", flag(0.9)),
            C("qalabka", "varchar(60)", "none", one("Chrome / Windows", "Android app", "Firefox / Linux")),
            C("token_fadhiga", "varchar(64)", "secret_token", maybe(lambda c, i: digits(c, 8) + "".join(
                c.r.choice("abcdef0123456789") for _ in range(40)), 0.9), comment="session token"),
        ], rows=150, extra=[fkey(S, "diiwaanka_galitaanka", "shaqaale_id", "shaqaalaha", "shaqaale_id")]),
    ]
