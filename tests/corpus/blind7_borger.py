"""j_borger: a Danish municipality's social and employment services case system (in the style of KMD Opera /
Momentum), in Danish: borgere with CPR-nummer, sager, ydelser, udbetalinger to NemKonto, journalnotater,
lægeerklæringer, visitation to home care, caseworkers and employers (CVR)."""
from __future__ import annotations

from .blind7_gens import (place, DK_TOWNS, code, cpr, day, email, fk, fkey, first, full_name, last, maybe, money, one,
                          phone, r_int, stamp, street, template, digits)
from .gens import Col, Table

S = "j_borger"
AFD = ["Jobcenter Aarhus Syd", "Familie og Handicap", "Ydelsescenter", "Sundhed og Omsorg", "Borgerservice"]
FIRMA = ["Arla Foods amba", "Vestas Wind Systems A/S", "Salling Group A/S", "Aarhus Kommune", "Dansk Rengøring ApS",
         "Jysk Bygningsservice I/S", "Netto Viby", "Region Midtjylland", "Føtex Food Trøjborg", "Bilka Tilst"]


def _town(k: int):
    return lambda c, i: place(DK_TOWNS, i)[k]


def borger_tables() -> list[Table]:
    sb = Table(S, "sagsbehandler", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("initialer", "varchar(6)", "none", code("AAA")),
        Col("navn", "varchar(80)", "person_name", full_name("dk")),
        Col("afdeling", "varchar(40)", "none", one(*AFD)),
        Col("telefon", "varchar(20)", "phone", lambda c, i: f"8940 {c.r.randint(1000, 9999)}"),
        Col("email", "varchar(80)", "email", lambda c, i: f"{code('AAAA')(c, i).lower()}{c.r.randint(1, 9)}@aarhus.dk"),
        Col("aktiv", "boolean", "none", one(True, True, True, False)),
    ], rows=30)
    ag = Table(S, "arbejdsgiver", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("cvr_nr", "char(8)", "none", digits(8)),
        Col("navn", "varchar(80)", "none", lambda c, i: FIRMA[i % len(FIRMA)] + ("" if i <= 10 else f" afd. {i}")),
        Col("adresse", "varchar(80)", "none", street("dk")),
        Col("postnr", "char(4)", "none", _town(0)),
        Col("by", "varchar(40)", "none", _town(1)),
        Col("telefon", "varchar(20)", "none", phone("dk")),
        Col("kontaktperson", "varchar(80)", "person_name", maybe(0.7, full_name("dk"), "")),
        Col("p_nummer", "char(10)", "none", digits(10)),
    ], rows=80)
    bo = Table(S, "borger", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("cpr_nr", "varchar(11)", "national_id", cpr),
        Col("fornavn", "varchar(50)", "person_name", first("dk")),
        Col("efternavn", "varchar(50)", "person_name", last("dk")),
        Col("adresse", "varchar(80)", "postal_address", street("dk")),
        Col("postnr", "char(4)", "postal_address", _town(0)),
        Col("bynavn", "varchar(40)", "none", _town(1)),
        Col("kommunekode", "char(3)", "none", one("751", "751", "751", "727", "741")),
        Col("telefon", "varchar(20)", "phone", maybe(0.5, phone("dk"), "")),
        Col("mobil", "varchar(20)", "phone", maybe(0.85, phone("dk"), "")),
        Col("email", "varchar(80)", "email", maybe(0.6, email("dk"), "")),
        Col("civilstand", "char(1)", "none", one("U", "G", "F", "E", "P")),
        Col("statsborgerskab", "varchar(20)", "none", one("Danmark", "Danmark", "Danmark", "Syrien", "Tyrkiet", "Polen", "Somalia")),
        Col("folkekirkemedlem", "boolean", "religious_belief", one(True, True, False)),
        Col("fagforening", "varchar(40)", "trade_union", maybe(0.6, one("3F", "FOA", "HK Danmark", "Dansk Metal", "Krifa", "Serviceforbundet"), "")),
        Col("a_kasse", "varchar(40)", "none", maybe(0.7, one("3F A-kasse", "FOA A-kasse", "Ase", "Min A-kasse", "Krifa A-kasse"), "")),
        Col("beskyttet_adresse", "boolean", "none", one(False, False, False, False, True)),
        Col("digital_post_fritaget", "boolean", "none", one(False, False, True)),
        Col("doedsdato", "date", "none", maybe(0.03, day(2023, 2025))),
    ], rows=140)
    sag = Table(S, "sag", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("borger_id", "int", "none", fk(140)),
        Col("sagsnummer", "varchar(24)", "none", lambda c, i: f"{c.r.choice(['32.18.00', '15.00.00', '27.24.00', '32.24.10'])}-"
            f"{c.r.choice(['G01', 'P20', 'K07'])}-{c.r.randint(1, 9999)}-{c.r.randint(18, 25)}"),
        Col("sagsomraade", "varchar(40)", "none", one("Kontanthjælp", "Sygedagpenge", "Ressourceforløb", "Boligstøtte", "Uddannelseshjælp", "Enkeltydelse §81")),
        Col("sagsbehandler_id", "int", "none", fk(30)),
        Col("arbejdsgiver_id", "int", "none", fk(80, 0.5)),
        Col("oprettet", "date", "none", day(2020, 2025)),
        Col("afsluttet", "date", "none", maybe(0.3, day(2023, 2025))),
        Col("status", "varchar(12)", "none", one("Åben", "Åben", "Lukket", "Afventer")),
        Col("match_kategori", "smallint", "none", one(1, 2, 3)),
    ], rows=150, extra=[fkey(S, "sag", "borger_id", "borger"), fkey(S, "sag", "sagsbehandler_id", "sagsbehandler"),
                        fkey(S, "sag", "arbejdsgiver_id", "arbejdsgiver")])
    yd = Table(S, "ydelse", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("sag_id", "int", "none", fk(150)),
        Col("ydelsestype", "varchar(30)", "none", one("KH-udd", "KH-forsørger", "SDP", "Boligsikring", "Særlig støtte §34")),
        Col("beloeb", "numeric(10,2)", "none", money(800, 17500)),
        Col("periode_fra", "date", "none", day(2024, 2024)),
        Col("periode_til", "date", "none", day(2025, 2025)),
        Col("sanktion", "boolean", "none", one(False, False, False, True)),
    ], rows=150, extra=[fkey(S, "ydelse", "sag_id", "sag")])
    ud = Table(S, "udbetaling", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("borger_id", "int", "none", fk(140)),
        Col("reg_nr", "char(4)", "bank_account", one("1551", "2191", "3409", "9570", "5301", "7890", "0400")),
        Col("konto_nr", "varchar(10)", "bank_account", lambda c, i: f"{c.r.randint(10**6, 10**10 - 1)}"),
        Col("nemkonto", "boolean", "none", one(True, True, True, False)),
        Col("beloeb", "numeric(10,2)", "none", money(300, 16000)),
        Col("dispositionsdato", "date", "none", day(2024, 2025)),
        Col("posteringstekst", "varchar(40)", "none", one("Aarhus Kommune KH", "Sygedagpenge uge 14", "Boligstøtte", "Efterbetaling")),
    ], rows=130, extra=[fkey(S, "udbetaling", "borger_id", "borger")])
    jn = Table(S, "journalnotat", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("sag_id", "int", "none", fk(150)),
        Col("notat_tid", "timestamp", "none", stamp(2023, 2025)),
        Col("overskrift", "varchar(80)", "none", one("Samtale", "Telefonnotat", "Opfølgning", "Partshøring", "Mail fra borger")),
        Col("notat", "text", "free_text_may_contain_pii", template(
            "Borger ringede fra {tlf} og ønsker tid til samtale.", "Samtale med {navn} om jobplan. Aftalt opfølgning om 4 uger.",
            "Mail modtaget fra {mail} med lønsedler vedlagt.", "Borger mødte ikke op. Brev sendt via Digital Post.",
            "Kontakt til arbejdsgiver v/ {navn}, tlf. {tlf}, om delvis raskmelding.", "Ingen bemærkninger.",
            tlf=phone("dk"), navn=full_name("dk"), mail=email("dk"))),
        Col("oprettet_af", "varchar(6)", "none", code("AAA")),
    ], rows=150, extra=[fkey(S, "journalnotat", "sag_id", "sag")])
    le = Table(S, "laegeerklaering", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("borger_id", "int", "none", fk(140)),
        Col("blanket", "varchar(6)", "none", one("LÆ265", "LÆ285", "LÆ135", "LÆ125")),
        Col("laege", "varchar(80)", "person_name", lambda c, i: "Læge " + full_name("dk")(c, i)),
        Col("diagnose", "varchar(80)", "health", one("Depression, moderat", "Rygsmerter (lumbago)", "Stress-reaktion", "Diabetes type 2",
                                                    "Alkoholafhængighed", "Angst", "Skizofreni", "Knæartrose", "Long covid")),
        Col("arbejdsevne", "varchar(60)", "health", one("Kan arbejde 10 t/uge", "Ingen arbejdsevne p.t.", "Skånehensyn: ingen løft",
                                                      "Fuld arbejdsevne om 3 mdr.")),
        Col("modtaget", "date", "none", day(2023, 2025)),
        Col("honorar", "numeric(8,2)", "none", one(425.0, 935.0, 1410.0)),
    ], rows=120, extra=[fkey(S, "laegeerklaering", "borger_id", "borger")])
    vi = Table(S, "visitation", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("borger_id", "int", "none", fk(140)),
        Col("ydelse", "varchar(60)", "health", one("Personlig pleje morgen", "Medicingivning", "Rengøring hver 2. uge",
                                                  "Hjælp til bad", "Sondeernæring", "Kompressionsstrømper")),
        Col("funktionsniveau", "smallint", "health", r_int(0, 4)),
        Col("hjaelpemiddel", "varchar(40)", "health", maybe(0.6, one("Rollator", "Plejeseng", "Kørestol", "Badebænk", "Toiletforhøjer"), "")),
        Col("minutter_pr_uge", "smallint", "none", r_int(15, 600)),
        Col("bevilget", "date", "none", day(2022, 2025)),
        Col("leverandoer", "varchar(40)", "none", one("Kommunal hjemmepleje", "Attendo A/S", "Fritvalg Pleje ApS")),
    ], rows=110, extra=[fkey(S, "visitation", "borger_id", "borger")])
    return [sb, ag, bo, sag, yd, ud, jn, le, vi]
