"""s_thuiszorg: a Ghent home-nursing practice's in-house planning and care-record system (Dutch snake_case, Flemish
values): nurses, patients, visits, vital signs, medication, wound care, invoices to patients and mutualities."""
from __future__ import annotations

from typing import Any

from .blind16_gens import (BE_F, BE_L, Rec, be_person, bcrypt, day, digits, fk, iban, idx, ipv4, maybe, money,
                           num, pick, ref, stamp, templ)
from .gens import Col, Table

S = "s_thuiszorg"
ZIEKENFONDS = ("CM", "Solidaris", "Helan", "Liberale Mutualiteit", "Vlaams & Neutraal Ziekenfonds", "HZIV")
DIAG = ("diabetes mellitus type 2, insulinedependent", "CVA links 2022, hemiparese rechts", "ziekte van Alzheimer",
        "COPD GOLD III, zuurstof thuis", "veneus ulcus linkeronderbeen", "status na heupprothese rechts",
        "hartfalen NYHA III", "ziekte van Parkinson", "palliatief: pancreascarcinoom", "multiple sclerose")
MEDS = (("Metformine 850 mg", "1-0-1", "oraal"), ("Insulatard", "14 E 's avonds", "subcutaan"),
        ("Clexane 40 mg", "1x/dag", "subcutaan"), ("Dafalgan 1 g", "max 4x/dag", "oraal"),
        ("Furosemide 40 mg", "1-0-0", "oraal"), ("Durogesic 25 µg/u", "pleister om 72u", "transdermaal"),
        ("Madopar 125 mg", "1-1-1-1", "oraal"), ("Eliquis 5 mg", "1-0-1", "oraal"), ("Aricept 10 mg", "0-0-1", "oraal"))
NOMEN = (("425110", "toilet"), ("425272", "complexe wondzorg"), ("423054", "injectie subcutaan"),
         ("425596", "forfait B"), ("424336", "specifieke technische verpleegkundige prestatie"),
         ("425375", "bloedafname"), ("425736", "palliatief forfait"))
WOND = ("decubitus graad 3 sacrum", "ulcus cruris venosum", "diabetische voet digiti 2", "postoperatieve wonde knie",
        "skin tear onderarm")
VERSLAG = ("Patiënt suf, glycemie {g}. Dochter {n} verwittigd op {t}.", "Wonde proper, granulerend. Aquacel + Mepilex.",
           "Mevrouw valt vaak, gesprek met huisarts dr. {n} gepland.", "Geen bijzonderheden, toilet gedaan.",
           "Meneer weigert insuline, zoon {n} ({t}) komt morgen langs.", "Pijn 6/10, Durogesic vervangen.")
NAMES = ("Marleen", "Koen", "Ine", "Luc", "Dirk Peeters", "Van Damme")
TELS = ("0478 12 34 56", "09 223 45 67", "0495 88 21 03")


def _patient(c: Any, i: int) -> dict:
    p = be_person(c, i)
    lat, lon = 51.05 + c.r.uniform(-0.12, 0.12), 3.72 + c.r.uniform(-0.18, 0.18)
    return {**p, "lat": round(lat, 6), "lon": round(lon, 6), "gp": f"Dr. {c.r.choice(BE_F)} {c.r.choice(BE_L)}",
            "cp": f"{c.r.choice(BE_F)} {p['last'] if c.r.random() < 0.6 else c.r.choice(BE_L)}",
            "cpt": f"04{c.r.choice('789')}{c.r.randint(0, 9)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"}


def _med(c: Any, i: int) -> dict:
    m = c.r.choice(MEDS)
    return {"m": m[0], "d": m[1], "w": m[2]}


def _visit(c: Any, i: int) -> dict:
    n = c.r.choice(NOMEN)
    return {"code": n[0], "omschr": n[1], "lat": round(51.05 + c.r.uniform(-0.12, 0.12), 6),
            "lon": round(3.72 + c.r.uniform(-0.18, 0.18), 6)}


def _bank(c: Any, i: int) -> str:
    bank = c.r.choice(("001", "068", "363", "735", "979", "103"))
    acc = bank + digits(c, 7)
    return iban("BE", acc + f"{(int(acc) % 97) or 97:02d}")


def _ogm(c: Any, i: int) -> str:
    d = digits(c, 10)
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}{(int(d) % 97) or 97:02d}+++"


def thuiszorg_tables() -> list[Table]:
    n = Rec(be_person)
    p = Rec(_patient)
    m = Rec(_med)
    v = Rec(_visit)
    return [
        Table(S, "verpleegkundige", [
            Col("id", "integer PRIMARY KEY", "none", idx),
            Col("voornaam", "varchar(60)", "person_name", n.f("first")),
            Col("achternaam", "varchar(80)", "person_name", n.f("last")),
            Col("rijksregisternummer", "char(15)", "national_id", n.f("rrn")),
            Col("geboortedatum", "date", "birth_date", n.f("dob")),
            Col("adres", "varchar(160)", "postal_address", lambda c, i: f"{n.f('street')(c, i)} {n.f('nr')(c, i)}, {n.f('pc')(c, i)} {n.f('town')(c, i)}"),
            Col("iban", "varchar(34)", "iban", _bank),
            Col("riziv_nummer", "varchar(15)", "none", lambda c, i: f"4-{digits(c, 5)}-{digits(c, 2)}-{c.r.choice(('401', '404'))}"),
            Col("gsm", "varchar(20)", "phone", n.f("phone")),
            Col("email", "varchar(120)", "email", lambda c, i: f"{n.f('first')(c, i).lower()}@thuisverpleging-leie.be"),
            Col("regio", "varchar(40)", "none", pick("Gent-Centrum", "Drongen", "Merelbeke", "Lochristi")),
            Col("wachtwoord_hash", "varchar(100)", "credentials", bcrypt),
            Col("laatste_login_ip", "inet", "ip_address", ipv4),
            Col("actief", "boolean", "none", pick(True, True, False)),
        ], rows=24),
        Table(S, "patient", [
            Col("id", "integer PRIMARY KEY", "none", idx),
            Col("rijksregisternummer", "char(15)", "national_id", p.f("rrn")),
            Col("voornaam", "varchar(60)", "person_name", p.f("first")),
            Col("naam", "varchar(80)", "person_name", p.f("last")),
            Col("geslacht", "char(1)", "none", p.f("sex")),
            Col("geboortedatum", "date", "birth_date", p.f("dob")),
            Col("straat", "varchar(100)", "postal_address", p.f("street")),
            Col("huisnummer", "varchar(15)", "postal_address", p.f("nr")),
            Col("postcode", "char(4)", "postal_address", p.f("pc")),
            Col("gemeente", "varchar(60)", "none", p.f("town")),
            Col("taal", "varchar(2)", "none", pick("nl", "nl", "nl", "fr", "ar", "tr")),
            Col("burgerlijke_staat", "varchar(20)", "none", pick("weduwe", "weduwnaar", "gehuwd", "alleenstaand")),
            Col("eid_kaartnummer", "varchar(14)", "national_id", lambda c, i: f"{digits(c, 3)}-{digits(c, 7)}-{digits(c, 2)}"),
            Col("dnr_code", "smallint", "health", pick(0, 0, 1, 2, 3)),
            Col("hulpmiddelen", "varchar(80)", "health", pick("", "rollator", "rolstoel", "hoog-laagbed, tillift", "stoma")),
            Col("overlijdensdatum", "date", "none", maybe(0.1, day(2023, 2024))),
            Col("telefoon", "varchar(20)", "phone", p.f("phone")),
            Col("email", "varchar(120)", "email", maybe(0.4, p.f("email"))),
            Col("ziekenfonds", "varchar(40)", "none", pick(*ZIEKENFONDS)),
            Col("aansluitingsnummer", "varchar(20)", "none", lambda c, i: digits(c, 11)),
            Col("huisarts", "varchar(100)", "person_name", p.f("gp")),
            Col("contactpersoon", "varchar(100)", "person_name", p.f("cp")),
            Col("contactpersoon_tel", "varchar(20)", "phone", p.f("cpt")),
            Col("sleutelkluis_code", "varchar(10)", "secret_token", lambda c, i: digits(c, 4)),
            Col("katz_score", "varchar(3)", "health", pick("O", "A", "B", "C", "Cd", "D")),
            Col("hoofddiagnose", "text", "health", pick(*DIAG)),
            Col("allergieen", "varchar(200)", "health", pick("", "", "penicilline", "latex", "pleisters", "NSAID")),
            Col("gps_lat", "numeric(9,6)", "geo_location", p.f("lat")),
            Col("gps_lon", "numeric(9,6)", "geo_location", p.f("lon")),
            Col("opmerkingen", "text", "free_text_may_contain_pii", templ(
                ("Hond in huis, bellen bij {n}.", "Sleutel bij buurvrouw {n} nr 14.", "Zoon {n} belt op {t} voor afspraken.", ""),
                n=NAMES, t=TELS)),
            Col("aangemaakt_op", "timestamp", "none", stamp(2018, 2024)),
        ], rows=140),
        Table(S, "bezoek", [
            Col("id", "integer PRIMARY KEY", "none", idx),
            Col("patient_id", "integer", "none", ref(140)),
            Col("verpleegkundige_id", "integer", "none", ref(24)),
            Col("gepland_op", "timestamp", "none", stamp(2024, 2024)),
            Col("duur_min", "integer", "none", num(10, 55)),
            Col("nomenclatuurcode", "char(6)", "health", v.f("code")),
            Col("prestatie", "varchar(80)", "health", v.f("omschr")),
            Col("checkin_lat", "numeric(9,6)", "geo_location", v.f("lat")),
            Col("checkin_lon", "numeric(9,6)", "geo_location", v.f("lon")),
            Col("verslag", "text", "free_text_may_contain_pii", templ(VERSLAG, g=("54", "312", "188"), n=NAMES, t=TELS)),
            Col("gefactureerd", "boolean", "none", pick(True, False)),
        ], rows=150, extra=[fk(S, "bezoek", "patient_id", "patient"), fk(S, "bezoek", "verpleegkundige_id", "verpleegkundige")]),
        Table(S, "parameters", [
            Col("id", "integer", "none", idx),
            Col("patient_id", "integer", "none", ref(140)),
            Col("bezoek_id", "integer", "none", ref(150)),
            Col("gemeten_op", "timestamp", "none", stamp(2024, 2024)),
            Col("bloeddruk_sys", "smallint", "health", num(95, 185)),
            Col("bloeddruk_dia", "smallint", "health", num(55, 105)),
            Col("pols", "smallint", "health", num(52, 118)),
            Col("temperatuur", "numeric(3,1)", "health", lambda c, i: round(c.r.uniform(35.8, 39.2), 1)),
            Col("glycemie", "smallint", "health", maybe(0.6, num(58, 340))),
            Col("saturatie", "smallint", "health", num(86, 99)),
            Col("gewicht_kg", "numeric(4,1)", "health", lambda c, i: round(c.r.uniform(41, 118), 1)),
        ], rows=150, extra=[fk(S, "parameters", "patient_id", "patient"), fk(S, "parameters", "bezoek_id", "bezoek")]),
        Table(S, "medicatie", [
            Col("id", "integer", "none", idx),
            Col("patient_id", "integer", "none", ref(140)),
            Col("geneesmiddel", "varchar(100)", "health", m.f("m")),
            Col("dosering", "varchar(40)", "health", m.f("d")),
            Col("toedieningswijze", "varchar(20)", "health", m.f("w")),
            Col("voorschrijver", "varchar(100)", "person_name", lambda c, i: f"dr. {c.r.choice(BE_F)} {c.r.choice(BE_L)}"),
            Col("startdatum", "date", "none", day(2020, 2024)),
            Col("stopdatum", "date", "none", maybe(0.3, day(2024, 2025))),
        ], rows=130, extra=[fk(S, "medicatie", "patient_id", "patient")]),
        Table(S, "wondzorg", [
            Col("id", "integer", "none", idx),
            Col("bezoek_id", "integer", "none", ref(150)),
            Col("wondtype", "varchar(80)", "health", pick(*WOND)),
            Col("lengte_cm", "numeric(4,1)", "health", lambda c, i: round(c.r.uniform(0.5, 12), 1)),
            Col("breedte_cm", "numeric(4,1)", "health", lambda c, i: round(c.r.uniform(0.5, 8), 1)),
            Col("foto_pad", "varchar(200)", "none", lambda c, i: f"/data/wondfoto/{2024}/{i:05d}_{digits(c, 6)}.jpg"),
            Col("verband", "varchar(80)", "health", pick("Aquacel Ag + Mepilex Border", "Iodosorb", "Urgotul", "compressie Coban 2")),
        ], rows=90, extra=[fk(S, "wondzorg", "bezoek_id", "bezoek")]),
        Table(S, "factuur", [
            Col("id", "integer", "none", idx),
            Col("patient_id", "integer", "none", ref(140)),
            Col("ziekenfonds", "varchar(40)", "none", pick(*ZIEKENFONDS)),
            Col("derdebetaler", "boolean", "none", pick(True, True, False)),
            Col("remgeld", "numeric(8,2)", "none", money(0, 45)),
            Col("bedrag", "numeric(8,2)", "none", money(20, 900)),
            Col("iban_patient", "varchar(34)", "iban", maybe(0.7, _bank)),
            Col("ogm", "varchar(21)", "none", _ogm),
            Col("status", "varchar(12)", "none", pick("open", "betaald", "herinnering")),
        ], rows=120, extra=[fk(S, "factuur", "patient_id", "patient")]),
    ]
