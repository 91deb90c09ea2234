"""ai_hjemmepleje: an in-house home-care system of Kommuneqarfik Sermersooq (Nuuk, Greenland), with Danish column
names as the municipality's administration writes them: citizens with CPR numbers and their granted care, relatives,
care staff (with union and salary account for the payroll export), visits checked in by phone GPS, medication lists
and the care journal. Notes in Danish with Greenlandic words."""
from __future__ import annotations

from .blind33_gens import (C, any_name, any_mobile, bcrypt, cached, dates, digits, fk, fkey, flag, geo, maybe,
                           one, person, person_at, seq, stamps)
from .gens import Table

S = "ai_hjemmepleje"
BORGER, MEDARB = "hp.borger", "hp.medarbejder"
N_BORGER, N_MED, N_BESOEG = 110, 40, 150
TOWNS = {"Nuuk": (64.1766, -51.7361), "Nuussuaq": (64.1905, -51.6880), "Qinngorput": (64.1650, -51.6400),
         "Paamiut": (61.9940, -49.6678), "Tasiilaq": (65.6145, -37.6368)}


def _diagnoser(c, i):
    return c.r.choice(["KOL, iltbehandling 2 l/min", "Demens (Alzheimer), moderat", "Type 2-diabetes, insulinkrævende",
                       "Hjerteinsufficiens NYHA III", "Tilstand efter apopleksi 2021, venstresidig lammelse",
                       "Parkinsons sygdom", "Hoftefraktur 2024, genoptræning", "Alkoholrelateret leversygdom",
                       "Tuberkulose, afsluttet behandling 2023; nedsat lungefunktion"])


def _journal(c, i):
    return c.r.choice([
        "Borger svimmel ved opstand, BT 98/60. Sygeplejerske tilkaldt.", "Sår på venstre underben skiftet, let sivende.",
        "Blodsukker 14,2 før morgenmad; insulindosis givet efter skema.", "Spiser dårligt, vægt 52 kg (-3 kg på en måned).",
        "Uro om natten, taler om sin afdøde mand. Demensteam orienteret.", "Iltkoncentrator tjekket, saturation 89 %.",
        "Faldet i badeværelset i nat, ingen synlige skader. Faldalarm afprøvet.",
        "Inkontinent, bleskift x3. Huden rød i lysken, zinksalve påsmurt.", "Borger siger naamik til medicin i dag, forsøgt igen kl. 11 uden held."])


def _visit_note(c, i):
    return c.r.choice([
        None, None, "Ingen bemærkninger.", "Nøgleboks frosset, ventede 15 min.",
        f"Datter {any_name('gl')(c, i)} var til stede, ønsker at blive ringet op på {any_mobile('gl')(c, i)}",
        f"Overdraget til {person_at('gl', MEDARB, 'full', N_MED)(c, i)} (aftenvagt).",
        "Borger var ikke hjemme - formentlig hos familien i bygden.", "Sne foran døren, kunne ikke komme ind med rollator."])


def _pos(c, i):
    b = fk(N_BORGER, 3)(c, i)
    lat, lon = TOWNS[person("gl", BORGER, "a_city", 1925, 1965)(c, b)]
    return cached(c, ("hp.pos", i), lambda cx: {"p": geo(lat, lon, 0.012)(cx)})["p"]


def _initials(c, i):
    """The municipality's mail and login initials: two letters of the first and of the last name (nafr, aqkl)."""
    p = lambda f: person("gl", MEDARB, f, 1965, 2002)(c, i)     # noqa: E731
    return (p("first")[:2] + p("last")[:2]).lower().replace("ø", "o") + ("" if i <= 30 else str(i % 10))


def _kontonr(c, i):
    return f"6471 {digits(c, 10)}" if i % 5 else f"{c.r.choice(['2400', '3409', '1551'])}-{digits(c, 10)}"


def hjemmepleje_tables() -> list[Table]:
    b = lambda f: person("gl", BORGER, f, 1925, 1965)        # noqa: E731
    m = lambda f: person("gl", MEDARB, f, 1965, 2002)        # noqa: E731
    return [
        Table(S, "borger", [
            C("borger_id", "integer PRIMARY KEY", "none", seq()),
            C("cpr_nr", "char(11)", "national_id", b("natid")),
            C("fornavn", "varchar(60)", "person_name", b("first")),
            C("efternavn", "varchar(60)", "person_name", b("last")),
            C("kaldenavn", "varchar(40)", "person_name", maybe(one("Aqqa", "Nuka", "Pipa", "Ivi", "Maaluu", "Hansi"), 0.3)),
            C("foedselsdato", "date", "birth_date", b("birth")),
            C("koen", "char(1)", "none", b("sex")),
            C("adresse", "varchar(120)", "postal_address", b("a_line")),
            C("postnr", "char(4)", "postal_address", b("a_postcode")),
            C("bosted", "varchar(40)", "none", b("a_city")),
            C("telefon", "varchar(20)", "phone", maybe(b("phone"), 0.6)),
            C("mobil", "varchar(20)", "phone", maybe(b("mobile"), 0.7)),
            C("sprog", "varchar(20)", "none", one("kalaallisut", "kalaallisut", "dansk", "begge")),
            C("tolk", "boolean", "none", flag(0.25)),
            C("noeglekode", "varchar(8)", "secret_token", maybe(lambda c, i: digits(c, 4), 0.6),
              comment="kode til nøgleboks ved hoveddør"),
            C("diagnoser", "text", "health", _diagnoser),
            C("hjaelpemidler", "varchar(200)", "health", maybe(one("Rollator", "Kørestol", "Plejeseng, lift",
                                                                  "Iltkoncentrator", "Badebænk, toiletforhøjer"), 0.7)),
            C("allergier", "varchar(120)", "health", maybe(one("Penicillin", "Ingen kendte", "Nødder", "Plaster"), 0.5)),
            C("genoplivning_fravalgt", "boolean", "health", flag(0.2)),
            C("visiteret_timer_uge", "numeric(4,1)", "none", one(1.5, 3, 4.5, 7, 10.5, 14)),
            C("oprettet", "timestamp", "none", stamps(2015, 2024)),
        ], rows=N_BORGER),
        Table(S, "paaroerende", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("borger_id", "integer", "none", fk(N_BORGER, 3)),
            C("navn", "varchar(120)", "person_name", person("gl", "hp.paar", "full", 1950, 1995)),
            C("relation", "varchar(30)", "none", one("Datter", "Søn", "Ægtefælle", "Nevø", "Barnebarn", "Nabo")),
            C("telefon", "varchar(20)", "phone", person("gl", "hp.paar", "mobile", 1950, 1995)),
            C("email", "varchar(80)", "email", maybe(person("gl", "hp.paar", "email", 1950, 1995), 0.5)),
            C("primaer_kontakt", "boolean", "none", flag(0.5)),
            C("fuldmagt", "boolean", "none", flag(0.15)),
        ], rows=130, extra=[fkey(S, "paaroerende", "borger_id", "borger", "borger_id")]),
        Table(S, "medarbejder", [
            C("medarbejder_id", "integer PRIMARY KEY", "none", seq()),
            C("initialer", "varchar(6)", "none", lambda c, i: (m("first")(c, i)[0] + m("last")(c, i)[:2]).upper()),
            C("fornavn", "varchar(60)", "person_name", m("first")),
            C("efternavn", "varchar(60)", "person_name", m("last")),
            C("stilling", "varchar(40)", "none", one("Social- og sundhedshjælper", "Sygeplejerske", "Hjemmehjælper",
                                                     "Ufaglært afløser", "Visitator")),
            C("mobil", "varchar(20)", "phone", m("mobile")),
            C("email", "varchar(80)", "email", lambda c, i: f"{_initials(c, i)}@sermersooq.gl"),
            C("brugernavn", "varchar(30)", "none", lambda c, i: f"SERMERSOOQ\\{_initials(c, i)}"),
            C("adgangskode_hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "11", "2b")),
            C("fagforening", "varchar(40)", "trade_union", maybe(one("SIK", "SIK", "SIK", "PIK", "Ingen"), 0.85),
              comment="kontingent trækkes over lønnen"),
            C("kontonummer", "varchar(20)", "bank_account", _kontonr),
            C("ansat_dato", "date", "none", dates(2008, 2025)),
        ], rows=N_MED),
        Table(S, "besoeg", [
            C("besoeg_id", "integer PRIMARY KEY", "none", seq()),
            C("borger_id", "integer", "none", fk(N_BORGER, 3)),
            C("medarbejder_id", "integer", "none", fk(N_MED, 7)),
            C("planlagt_start", "timestamp", "none", stamps(2025, 2025)),
            C("faktisk_start", "timestamp", "none", maybe(stamps(2025, 2025), 0.95)),
            C("faktisk_slut", "timestamp", "none", maybe(stamps(2025, 2025), 0.95)),
            C("ydelser", "varchar(200)", "health", one("Personlig pleje, bad", "Medicingivning", "Sårpleje",
                                                       "Insulin, blodsukkermåling", "Rengøring", "Tilsyn nat",
                                                       "Støttestrømper, medicingivning")),
            C("checkin_lat", "numeric(9,6)", "geo_location", lambda c, i: _pos(c, i)[0]),
            C("checkin_lon", "numeric(9,6)", "geo_location", lambda c, i: _pos(c, i)[1]),
            C("bemaerkning", "text", "free_text_may_contain_pii", _visit_note),
        ], rows=N_BESOEG, extra=[fkey(S, "besoeg", "borger_id", "borger", "borger_id"),
                                 fkey(S, "besoeg", "medarbejder_id", "medarbejder", "medarbejder_id")]),
        Table(S, "medicin", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("borger_id", "integer", "none", fk(N_BORGER, 5)),
            C("praeparat", "varchar(80)", "health", one("Metformin 500 mg", "Furix 40 mg", "Marevan 2,5 mg",
                                                        "Donepezil 10 mg", "Spiriva 18 mikrog", "Insulatard",
                                                        "Pinex 500 mg", "Madopar 125 mg", "Zopiclon 7,5 mg")),
            C("dosering", "varchar(60)", "health", one("1 tablet morgen og aften", "2 tabletter morgen", "1 sug dagligt",
                                                       "14 IE kl. 8", "1-2 tabletter ved behov, max 8 i døgnet")),
            C("tidspunkter", "varchar(40)", "health", one("08", "08-20", "08-12-18-22", "PN")),
            C("ordineret_af", "varchar(80)", "person_name",
              lambda c, i: "Læge " + person_at("gl", "hp.laege", "full", 8, 1960, 1990)(c, i)),
            C("startdato", "date", "none", dates(2020, 2025)),
            C("doseret_af_apotek", "boolean", "none", flag(0.6)),
        ], rows=140, extra=[fkey(S, "medicin", "borger_id", "borger", "borger_id")]),
        Table(S, "journalnotat", [
            C("notat_id", "integer PRIMARY KEY", "none", seq()),
            C("borger_id", "integer", "none", fk(N_BORGER, 7)),
            C("forfatter_id", "integer", "none", fk(N_MED, 3)),
            C("oprettet", "timestamp", "none", stamps(2024, 2025)),
            C("kategori", "varchar(30)", "none", one("Sygepleje", "Praktisk hjælp", "Fald", "Ernæring", "Medicin")),
            C("tekst", "text", "health", _journal),
            C("laest_af_visitator", "boolean", "none", flag(0.4)),
        ], rows=150, extra=[fkey(S, "journalnotat", "borger_id", "borger", "borger_id"),
                            fkey(S, "journalnotat", "forfatter_id", "medarbejder", "medarbejder_id")]),
    ]
