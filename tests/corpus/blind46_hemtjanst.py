"""av_hemtjanst: an in-house home-care system of an Åland municipal care association (hemtjänst and home nursing
in Mariehamn and the rural municipalities), with Swedish table and column names: care staff, clients, visits,
medication lists, safety alarms and fees. Personal identity codes are Finnish (personbeteckning)."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps)
from .blind46_gens import any_mobile, any_name, geo, person, slug
from .gens import Table

S = "av_hemtjanst"
STAFF, KLIENT = "ht.personal", "ht.vardtagare"
N_DIST, N_STAFF, N_KL = 6, 30, 130
DISTRIKT = ["Mariehamn centrum", "Mariehamn norr", "Jomala-Lemland", "Norra Åland", "Västra Åland", "Skärgården"]


def _anteckning(c, i):
    return c.r.choice([None, None, "Allt lugnt, åt frukost.", "Dusch utförd, huden hel.", "Lite förvirrad idag.",
                       f"Anhöriga {any_name('ax')(c, i)} var på plats och tog över inköpen.",
                       f"Ring grannen på {any_mobile('ax')(c, i)} om ingen öppnar.",
                       "Ramlade i hallen i natt, inga synliga skador, läkare meddelad.",
                       f"Byte av pass med {person('ax', STAFF, 'first')(c, c.r.randint(1, N_STAFF))}."])


def hemtjanst_tables() -> list[Table]:
    s = lambda f: person("ax", STAFF, f, 1962, 2002)          # noqa: E731
    k = lambda f: person("ax", KLIENT, f, 1924, 1965)         # noqa: E731
    return [
        Table(S, "distrikt", [
            C("distrikt_id", "integer PRIMARY KEY", "none", seq()),
            C("namn", "varchar(40)", "none", lambda c, i: DISTRIKT[i - 1]),
            C("gruppledare_tfn", "varchar(20)", "none", lambda c, i: f"018 {digits(c, 3)} {digits(c, 2)}",
              comment="the district team's duty phone"),
            C("nyckelskap", "varchar(40)", "none", one("Kontoret Ålandsvägen", "Godby hälsocentral", "Lemlands kommunkansli")),
        ], rows=N_DIST),
        Table(S, "personal", [
            C("personal_id", "integer PRIMARY KEY", "none", seq()),
            C("fornamn", "varchar(40)", "person_name", s("first")),
            C("efternamn", "varchar(40)", "person_name", s("last")),
            C("yrke", "varchar(40)", "none", one("Närvårdare", "Närvårdare", "Sjukskötare", "Hemvårdare", "Fysioterapeut")),
            C("terhikki_nr", "varchar(14)", "none", lambda c, i: f"1{digits(c, 10)}",
              comment="professional register number (Valvira)"),
            C("epost", "varchar(80)", "email", lambda c, i: f"{slug(s('first')(c, i))}.{slug(s('last')(c, i))}@omsorg.ax"),
            C("tjanstetelefon", "varchar(20)", "phone", s("mobile")),
            C("distrikt_id", "integer", "none", fk(N_DIST, 1)),
            C("pinkod_hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "12", "2b"),
              comment="PIN for the mobile visit app"),
            C("korkort", "boolean", "none", flag(0.9)),
            C("straffreg_kontroll", "date", "none", maybe(dates(2024, 2025), 0.8),
              comment="date the criminal-record extract for work with the elderly was shown"),
            C("straffreg_anteckning", "varchar(80)", "criminal_record",
              maybe(one("Inga anteckningar", "Inga anteckningar", "Inga anteckningar", "Rattfylleri 2019, dagsböter",
                        "Ringa stöld 2016"), 0.8)),
        ], rows=N_STAFF, extra=[fkey(S, "personal", "distrikt_id", "distrikt", "distrikt_id")]),
        Table(S, "vardtagare", [
            C("vardtagare_id", "integer PRIMARY KEY", "none", seq()),
            C("pbet", "varchar(11)", "national_id", k("natid")),
            C("fornamn", "varchar(40)", "person_name", k("first")),
            C("efternamn", "varchar(40)", "person_name", k("last")),
            C("fodd", "date", "birth_date", k("birth")),
            C("kon", "char(1)", "none", k("sex")),
            C("gatuadress", "varchar(80)", "postal_address", k("a_line")),
            C("postnr", "varchar(10)", "postal_address", k("a_zip")),
            C("kommun", "varchar(30)", "none", k("a_city")),
            C("telefon", "varchar(20)", "phone", k("phone")),
            C("sprak", "varchar(10)", "none", one("svenska", "svenska", "svenska", "finska", "estniska")),
            C("forsamling", "varchar(40)", "religious_belief",
              one("Mariehamns församling", "Jomala församling", "Finströms församling", "Ortodoxa kyrkan",
                  "Pingstförsamlingen", "Ej medlem")),
            C("anhorig", "varchar(60)", "person_name", any_name("ax")),
            C("anhorig_tfn", "varchar(20)", "phone", any_mobile("ax")),
            C("nyckelgomme_kod", "varchar(6)", "secret_token", lambda c, i: digits(c, 4)),
            C("lat", "numeric(9,6)", "geo_location", geo(60.1, 19.94, 0.25, 0)),
            C("lon", "numeric(9,6)", "geo_location", geo(60.1, 19.94, 0.25, 1)),
            C("diagnoser", "varchar(200)", "health",
              one("Alzheimers sjukdom", "KOL, hjärtsvikt", "Diabetes typ 2, bensår", "Parkinsons sjukdom",
                  "Status efter stroke, afasi", "Höftfraktur 2024")),
            C("allergier", "varchar(100)", "health", maybe(one("Penicillin", "Nötter", "Plåster", "Laktos"), 0.3)),
            C("hjalpmedel", "varchar(100)", "health", maybe(one("Rollator", "Rullstol", "Lyftsele", "Hörapparat"), 0.7)),
            C("rai_niva", "smallint", "health", ints(1, 5), comment="RAI care need level"),
            C("distrikt_id", "integer", "none", fk(N_DIST, 1)),
            C("kontaktperson_id", "integer", "none", fk(N_STAFF, 7)),
            C("startdatum", "date", "none", dates(2014, 2025)),
            C("avslutad", "boolean", "none", flag(0.1)),
        ], rows=N_KL, extra=[fkey(S, "vardtagare", "distrikt_id", "distrikt", "distrikt_id"),
                             fkey(S, "vardtagare", "kontaktperson_id", "personal", "personal_id")]),
        Table(S, "besok", [
            C("besok_id", "integer PRIMARY KEY", "none", seq()),
            C("vardtagare_id", "integer", "none", fk(N_KL, 3)),
            C("personal_id", "integer", "none", fk(N_STAFF, 7)),
            C("planerad_start", "timestamp", "none", stamps(2025, 2025)),
            C("incheckad", "timestamp", "none", stamps(2025, 2025)),
            C("utcheckad", "timestamp", "none", stamps(2025, 2025)),
            C("insatser", "varchar(120)", "health", one("Morgonhjälp, medicinering", "Dusch", "Såromläggning",
                                                         "Insulin, blodsocker", "Kvällshjälp, stödstrumpor",
                                                         "Matleverans")),
            C("anteckning", "text", "free_text_may_contain_pii", _anteckning),
            C("nfc_tagg", "varchar(16)", "none", lambda c, i: hexs(c, 14)),
            C("uteblivet", "boolean", "none", flag(0.03)),
        ], rows=150, extra=[fkey(S, "besok", "vardtagare_id", "vardtagare", "vardtagare_id"),
                            fkey(S, "besok", "personal_id", "personal", "personal_id")]),
        Table(S, "lakemedel", [
            C("rad_id", "integer PRIMARY KEY", "none", seq()),
            C("vardtagare_id", "integer", "none", fk(N_KL, 5)),
            C("preparat", "varchar(60)", "health", one("Metformin 500 mg", "Donepezil 10 mg", "Furosemid 40 mg",
                                                        "Levodopa/karbidopa 100/25", "Waran 3 mg", "Oxynorm 5 mg",
                                                        "Insulin Lantus", "Sertralin 50 mg")),
            C("dosering", "varchar(40)", "health", one("1x1", "1x2", "1+0+1", "enligt INR", "vid behov")),
            C("dosett", "boolean", "none", flag(0.7)),
            C("ordinerad", "date", "none", dates(2022, 2025)),
            C("ordinerande_lakare", "varchar(60)", "person_name", lambda c, i: "Dr " + any_name("ax")(c, i)),
        ], rows=150, extra=[fkey(S, "lakemedel", "vardtagare_id", "vardtagare", "vardtagare_id")]),
        Table(S, "trygghetslarm", [
            C("larm_id", "integer PRIMARY KEY", "none", seq()),
            C("vardtagare_id", "integer", "none", lambda c, i: i + 20),
            C("enhet_imei", "varchar(15)", "none", lambda c, i: "35" + digits(c, 13)),
            C("sim_nummer", "varchar(20)", "none", lambda c, i: f"+358 45 {digits(c, 7)}",
              comment="SIM of the alarm unit, owned by the association"),
            C("fallsensor", "boolean", "none", flag(0.4)),
            C("senaste_larm", "timestamp", "none", maybe(stamps(2025, 2025), 0.7)),
            C("larmorsak", "varchar(40)", "health", maybe(one("Fall", "Andnöd", "Bröstsmärta", "Oro", "Felaktigt larm"),
                                                          0.7)),
        ], rows=100, extra=[fkey(S, "trygghetslarm", "vardtagare_id", "vardtagare", "vardtagare_id")]),
        Table(S, "avgift", [
            C("faktura_id", "integer PRIMARY KEY", "none", seq()),
            C("vardtagare_id", "integer", "none", fk(N_KL, 9)),
            C("manad", "varchar(7)", "none", lambda c, i: f"2025-{c.r.randint(1, 12):02d}"),
            C("timmar", "numeric(5,1)", "none", amounts(2, 90, 1)),
            C("bruttoinkomst", "numeric(9,2)", "none", amounts(900, 3800), comment="the client's monthly income"),
            C("avgift", "numeric(8,2)", "none", amounts(0, 620)),
            C("e_faktura", "boolean", "none", flag(0.3)),
            C("betald", "boolean", "none", flag(0.85)),
            C("referens", "varchar(20)", "none", lambda c, i: f"RF{digits(c, 2)} {digits(c, 4)} {digits(c, 4)}"),
            C("status", "varchar(12)", "none", const("skickad")),
        ], rows=140, extra=[fkey(S, "avgift", "vardtagare_id", "vardtagare", "vardtagare_id")]),
    ]
