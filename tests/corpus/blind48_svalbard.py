"""ax_svalbard: an in-house booking system of a Longyearbyen (Svalbard) expedition operator, in Norwegian: guides
with their police certificates, guests, tours notified to the Governor (Sysselmesteren), snowmobile rentals with
their last GPS fix, card payments and incident reports."""
from __future__ import annotations

from decimal import Decimal

from .blind26_gens import (C, alnum, amounts, card, dates, digits, fk, fkey, flag, ints, maybe, one, stamps)
from .blind48_gens import any_mobile, any_name, person
from .gens import Table

S = "ax_svalbard"
GUIDE, GJEST = "sv.guide", "sv.gjest"
N_GUIDE, N_GJEST, N_TUR, N_SCOOTER = 25, 150, 90, 40


def _pos(c, i):
    return (Decimal(str(round(78.22 + c.r.uniform(-0.35, 0.35), 5))), Decimal(str(round(15.65 + c.r.uniform(-1.2, 1.2), 5))))


def _beskrivelse(c, i):
    return c.r.choice(["Gjest falt av scooter ved Adventdalen, lett forslått kne.",
                       f"Isbjørn observert ved Bjørndalen, meldt til Sysselmesteren. Guide: {any_name('no')(c, i)}",
                       "Frostskade på to fingre, behandlet på Longyearbyen sykehus.",
                       f"Gjesten mistet mobilen; kontakt pårørende {any_name('no')(c, i)} på {any_mobile('no')(c, i)}",
                       "Scooter med motorstopp, slept tilbake.", "Ingen skader."])


def svalbard_tables() -> list[Table]:
    g = lambda f: person("no", GUIDE, f, 1970, 2002)          # noqa: E731
    j = lambda f: person("no", GJEST, f, 1950, 2010)          # noqa: E731
    return [
        Table(S, "guide", [
            C("guide_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("navn", "varchar(100)", "person_name", g("full")),
            C("fnr", "char(11)", "national_id", g("natid")),
            C("mobil", "varchar(20)", "phone", g("mobile")),
            C("epost", "varchar(100)", "email", lambda c, i: f"{g('user')(c, i)}@arktiskeventyr.no"),
            C("bosted", "varchar(60)", "postal_address", g("a_line")),
            C("stilling", "varchar(40)", "none", one("Feltguide", "Hundekjører", "Turleder", "Sesongguide")),
            C("vapenopplaering", "boolean", "none", flag(0.95), comment="gjennomført våpenkurs"),
            C("politiattest_dato", "date", "none", dates(2020, 2025)),
            C("politiattest_merknad", "varchar(120)", "criminal_record",
              maybe(one("Bot for kjøring i påvirket tilstand 2016", "Anmerkning: brudd på viltloven (2019)"), 0.1)),
            C("fagforening", "varchar(40)", "trade_union", maybe(one("Fellesforbundet", "Parat", "NTL Svalbard"), 0.4)),
            C("kontonr", "char(11)", "bank_account", lambda c, i: f"{c.r.choice(['4730', '1503', '9710'])}{digits(c, 7)}"),
        ], rows=N_GUIDE),
        Table(S, "gjest", [
            C("gjest_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("fornavn", "varchar(60)", "person_name", j("first")),
            C("etternavn", "varchar(60)", "person_name", j("last")),
            C("fdato", "date", "birth_date", j("birth")),
            C("pass_nr", "varchar(12)", "national_id", lambda c, i: c.r.choice(["FH", "FJ", "C", "PA"]) + digits(c, 7)),
            C("nasjonalitet", "varchar(30)", "none", one("Norge", "Norge", "Tyskland", "Thailand", "Ukraina", "Filippinene")),
            C("epost", "varchar(100)", "email", j("email")),
            C("mobil", "varchar(20)", "phone", j("mobile")),
            C("hjemadresse", "varchar(200)", "postal_address", maybe(j("a_full"), 0.7)),
            C("parorende", "varchar(100)", "person_name", any_name("no")),
            C("parorende_tlf", "varchar(20)", "phone", any_mobile("no")),
            C("allergier", "varchar(80)", "health", maybe(one("Nøtter", "Penicillin", "Bie- og vepsestikk", "Gluten (cøliaki)"), 0.25)),
            C("kostbehov", "varchar(40)", "none", maybe(one("Vegetar", "Vegan", "Laktosefri"), 0.3)),
            C("storrelse_dress", "varchar(4)", "none", one("S", "M", "L", "XL", "XXL")),
            C("samtykke_nyhetsbrev", "boolean", "none", flag(0.3)),
            C("opprettet", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_GJEST),
        Table(S, "tur", [
            C("tur_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("turkode", "varchar(12)", "none", lambda c, i: f"ADV-{i:04d}"),
            C("type", "varchar(40)", "none", one("Snøscooter til Barentsburg", "Hundeslede Bolterdalen", "Isgrotte",
                                                 "Båt til Pyramiden", "Nordlyssafari")),
            C("dato", "date", "none", dates(2024, 2025)),
            C("guide_id", "integer", "none", fk(N_GUIDE, 3)),
            C("maks_deltakere", "smallint", "none", one(6, 8, 10, 12)),
            C("pris_nok", "numeric(8,2)", "none", amounts(890, 4800)),
            C("meldt_sysselmesteren", "boolean", "none", flag(0.9)),
            C("saksnr_sysselmesteren", "varchar(14)", "none", maybe(lambda c, i: f"{c.r.choice([2024, 2025])}/{digits(c, 5)}", 0.9)),
        ], rows=N_TUR, extra=[fkey(S, "tur", "guide_id", "guide", "guide_id")]),
        Table(S, "booking", [
            C("booking_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("gjest_id", "integer", "none", fk(N_GJEST, 7)),
            C("tur_id", "integer", "none", fk(N_TUR, 11)),
            C("antall", "smallint", "none", ints(1, 4)),
            C("belop", "numeric(9,2)", "none", amounts(890, 19200)),
            C("kortnr", "varchar(19)", "payment_card", maybe(lambda c, i: card(c), 0.3), comment="manuell terminal"),
            C("betalingsref", "varchar(20)", "none", lambda c, i: "NETS" + alnum(c, 12)),
            C("status", "varchar(12)", "none", one("bekreftet", "bekreftet", "avlyst", "venteliste")),
            C("bestilt", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "booking", "gjest_id", "gjest", "gjest_id"),
                            fkey(S, "booking", "tur_id", "tur", "tur_id")]),
        Table(S, "scooter", [
            C("scooter_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("regnr", "varchar(8)", "none", lambda c, i: f"ST {c.r.randint(1000, 9999)}"),
            C("modell", "varchar(40)", "none", one("Lynx 69 Yeti 600", "Ski-Doo Expedition SWT", "Yamaha Viking")),
            C("km_stand", "integer", "none", ints(120, 18000)),
            C("sist_service", "date", "none", dates(2024, 2025)),
        ], rows=N_SCOOTER),
        Table(S, "utleie", [
            C("utleie_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("scooter_id", "integer", "none", fk(N_SCOOTER, 3)),
            C("gjest_id", "integer", "none", fk(N_GJEST, 13)),
            C("forerkort_nr", "varchar(14)", "national_id", lambda c, i: f"{digits(c, 3)} {digits(c, 5)} {digits(c, 1)}",
              comment="førerkort klasse S/B"),
            C("fra", "timestamp", "none", stamps(2024, 2025)),
            C("siste_lat", "numeric(8,5)", "geo_location", lambda c, i: _pos(c, i)[0]),
            C("siste_lon", "numeric(8,5)", "geo_location", lambda c, i: _pos(c, i)[1]),
            C("depositum", "numeric(8,2)", "none", one(Decimal("5000.00"), Decimal("10000.00"))),
            C("skader", "varchar(120)", "none", maybe(one("Sprekk i frontskjerm", "Bøyd ski", "Manglende speil"), 0.2)),
        ], rows=120, extra=[fkey(S, "utleie", "scooter_id", "scooter", "scooter_id"),
                            fkey(S, "utleie", "gjest_id", "gjest", "gjest_id")]),
        Table(S, "hendelse", [
            C("hendelse_id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("tur_id", "integer", "none", fk(N_TUR, 7)),
            C("gjest_id", "integer", "none", fk(N_GJEST, 5, 4)),
            C("tidspunkt", "timestamp", "none", stamps(2024, 2025)),
            C("skadetype", "varchar(40)", "health", maybe(one("Frostskade", "Kneskade", "Hypotermi", "Brudd i håndledd"), 0.6)),
            C("beskrivelse", "text", "free_text_may_contain_pii", _beskrivelse),
            C("isbjorn", "boolean", "none", flag(0.1)),
            C("alvorlighet", "smallint", "none", ints(1, 4)),
        ], rows=80, extra=[fkey(S, "hendelse", "tur_id", "tur", "tur_id"),
                           fkey(S, "hendelse", "gjest_id", "gjest", "gjest_id")]),
    ]
