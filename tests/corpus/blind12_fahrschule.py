"""o_fahrschule: a Graz driving school's in-house administration (a Delphi program moved from Firebird to
PostgreSQL): German lower-case names with umlauts spelt out (ae, oe, ue), Austrian values."""
from __future__ import annotations

import json

from .blind12_gens import (Row, bcrypt, chars, day, digits, fk, fkey, flag, fold, iban_of, mail, money, num, opt, person,
                           pick, stamp, template)
from .gens import Col as C
from .gens import Table as T

S = "o_fahrschule"
AT = {
    "male": ("Lukas", "Florian", "Tobias", "David", "Maximilian", "Simon", "Fabian", "Stefan", "Michael", "Markus",
             "Christoph", "Dominik", "Julian", "Elias", "Alexander", "Matthias", "Armin", "Emir", "Luka", "Jakob",
             "Leon", "Felix", "Moritz", "Valentin"),
    "female": ("Anna", "Lena", "Laura", "Sarah", "Hannah", "Julia", "Katharina", "Sophie", "Theresa", "Magdalena",
               "Johanna", "Verena", "Lisa", "Viktoria", "Leonie", "Elif", "Ivana", "Marlene", "Selina", "Amira",
               "Valentina", "Helena"),
    "last": ("Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer",
             "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier",
             "Reiter", "Wimmer", "Egger", "Brunner", "Lang", "Baumgartner", "Auer", "Binder", "Lechner", "Wallner",
             "Ebner", "Koller", "Haas", "Schuster", "Horvat", "Yılmaz", "Nowak", "Kovačević", "Pölzl", "Kreßl"),
}
ORTE = (("8010", "Graz"), ("8020", "Graz"), ("8041", "Graz"), ("8045", "Graz"), ("8053", "Graz"),
        ("8054", "Seiersberg-Pirka"), ("8073", "Feldkirchen bei Graz"), ("8077", "Gössendorf"), ("8101", "Gratkorn"),
        ("8141", "Premstätten"), ("8200", "Gleisdorf"), ("8301", "Laßnitzhöhe"), ("8401", "Kalsdorf bei Graz"),
        ("8430", "Leibnitz"), ("8501", "Lieboch"))
STRASSEN = ("Annenstraße", "Keplerstraße", "Elisabethstraße", "Triester Straße", "Kärntner Straße", "Wiener Straße",
            "Hauptplatz", "Schulgasse", "Feldgasse", "Bahnhofstraße", "Kirchengasse", "Grabenstraße",
            "Plüddemanngasse", "Petersgasse", "Waltendorfer Hauptstraße", "Eggenberger Allee", "Lendkai",
            "Ragnitzstraße", "Sankt-Peter-Hauptstraße", "Dorfstraße")
MAILS = ("gmx.at", "aon.at", "chello.at", "a1.net", "gmail.com", "outlook.com", "icloud.com", "live.at",
         "student.tugraz.at", "edu.uni-graz.at")
W = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)


def svnr(c, birth) -> str:
    """An Austrian social insurance number: serial, check digit (weights 3 7 9 5 8 4 2 1 6, mod 11), DDMMYY."""
    while True:
        serial = str(c.r.randint(100, 999))
        body = serial + "0" + birth.strftime("%d%m%y")
        check = sum(int(d) * w for d, w in zip(body, W)) % 11
        if check < 10:
            return f"{serial}{check}{birth.strftime('%d%m%y')}"


def _kunde(c, i, y0=1960, y1=2008):
    d = person(c, AT, y0, y1)
    d["plz"], d["ort"] = c.r.choice(ORTE)
    d["strasse"] = f"{c.r.choice(STRASSEN)} {c.r.randint(1, 140)}" + (f"/{c.r.randint(1, 24)}" if c.r.random() < 0.5 else "")
    d["email"] = mail(c, d["first"], d["last"], MAILS, d["birth"].year)
    d["mobil"] = c.r.choice(("+43 664 ", "0664 ", "0660 ", "0676 ", "0650 ", "+43 699 ")) + digits(c, 7)
    d["sv"] = svnr(c, d["birth"])
    d["eltern"] = f"{c.r.choice(AT['male'] + AT['female'])} {d['last']}"
    return d


NOTIZ = template("Schüler:in sehr nervös im Kreisverkehr", "Mutter ({eltern}) holt ab, Tel. {mobil}",
                 "Abholung bei {strasse}, 2. Stock läuten", "Autobahnfahrt A2 bis Lieboch, gut", "Spurwechsel üben",
                 "Hat Brille vergessen, Stunde abgebrochen", "Nachtfahrt bei Regen", "")


def _standorte_fahrzeuge_lehrer():
    standorte = T(S, "standorte", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("bezeichnung", "varchar(40)", "none", lambda c, i: ("Zentrale Lend", "Filiale St. Peter", "Filiale Gleisdorf")[i - 1]),
        C("adresse", "varchar(80)", "none", lambda c, i: ("Lendplatz 14, 8020 Graz", "St.-Peter-Hauptstraße 92, 8042 Graz",
                                                          "Bürgergasse 7, 8200 Gleisdorf")[i - 1]),
        C("telefon", "varchar(20)", "none", lambda c, i: f"0316 {digits(c, 6)}"),
        C("email", "varchar(60)", "none", lambda c, i: ("lend", "stpeter", "gleisdorf")[i - 1] + "@fahrschule-murtal.at")],
        rows=3)
    fz = T(S, "fahrzeuge", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("kennzeichen", "varchar(12)", "none", lambda c, i: f"G-{c.r.randint(100, 999)}{chars(2, 'ABCDEFGHKLMNPRSTUVWXYZ')(c, i)}"),
        C("marke", "varchar(20)", "none", pick("VW", "Skoda", "Seat", "KTM", "Yamaha", "MAN")),
        C("modell", "varchar(30)", "none", pick("Golf 8", "Octavia", "Ibiza", "390 Duke", "MT-07", "TGL")),
        C("klasse", "varchar(4)", "none", pick("B", "B", "A", "A2", "C")),
        C("fin", "varchar(17)", "none", chars(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        C("erstzulassung", "date", "none", day(2016, 2025)),
        C("naechste_begutachtung", "date", "none", day(2025, 2027)),
        C("km_stand", "integer", "none", num(5000, 240000))], rows=14)
    p = Row(lambda c, i: _kunde(c, i, 1962, 1998))
    lehrer = T(S, "fahrlehrer", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("personalnr", "varchar(6)", "none", lambda c, i: f"FL{i:03d}"),
        C("vorname", "varchar(40)", "person_name", p("first")),
        C("nachname", "varchar(40)", "person_name", p("last")),
        C("geburtsdatum", "date", "birth_date", p("birth")),
        C("sv_nummer", "char(10)", "national_id", p("sv")),
        C("mobil", "varchar(20)", "phone", p("mobil")),
        C("email", "varchar(80)", "email", p.f(lambda d: f"{fold(d['first'])[0]}.{fold(d['last'])}@fahrschule-murtal.at")),
        C("iban", "varchar(34)", "iban", lambda c, i: iban_of("AT", c.r.choice(("20815", "38000", "14000", "12000")) + digits(c, 11))),
        C("lehrberechtigung", "varchar(20)", "none", pick("B", "A,B", "B,C,E", "A,B,BE")),
        C("standort_id", "integer", "none", fk(3)),
        C("eintritt", "date", "none", day(2001, 2024))], rows=18, extra=[fkey(S, "fahrlehrer", "standort_id", "standorte")])
    return [standorte, fz, lehrer]


GUTACHTEN = ("geeignet", "geeignet", "geeignet", "geeignet ohne Einschränkung", "bedingt geeignet, Code 01 (Sehhilfe)",
             "befristet 5 Jahre (Diabetes mellitus Typ 1)", "bedingt geeignet, Code 01.06 (Kontaktlinsen)",
             "befristet 2 Jahre, Kontrolluntersuchung Epilepsie", "geeignet, Hörgerät (Code 02)")
BEMERKUNG = template("L17-Ausbildung, Begleiter: {eltern}", "Rechnung an Vater, {eltern}", "", "Zahlt in Raten",
                     "Bitte nur SMS an {mobil}, nicht anrufen", "Legasthenie, Theorieprüfung mit Vorlesen",
                     "Wechsel von Fahrschule Leibnitz", "Wohnt ab März bei {strasse}, {plz} {ort}")


def _schueler():
    p = Row(lambda c, i: _kunde(c, i, 1958, 2009))
    cols = [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("kundennr", "varchar(8)", "none", lambda c, i: f"{c.r.randint(20, 25)}{i:04d}"),
            C("anrede", "varchar(5)", "none", p.f(lambda d: "Herr" if d["sex"] == "M" else "Frau")),
            C("titel", "varchar(12)", "none", opt(0.08, pick("Mag.", "Dr.", "BSc", "DI", "Ing."))),
            C("vorname", "varchar(40)", "person_name", p("first")),
            C("nachname", "varchar(40)", "person_name", p("last")),
            C("geburtsdatum", "date", "birth_date", p("birth")),
            C("geburtsort", "varchar(40)", "none", pick("Graz", "Graz", "Leoben", "Wien", "Sarajevo", "Istanbul", "Weiz")),
            C("staatsbuergerschaft", "varchar(3)", "none", pick("AUT", "AUT", "AUT", "AUT", "BIH", "TUR", "DEU", "HRV")),
            C("sv_nummer", "char(10)", "national_id", opt(0.75, p("sv"))),
            C("strasse", "varchar(60)", "postal_address", p("strasse")),
            C("plz", "char(4)", "postal_address", p("plz")),
            C("ort", "varchar(40)", "none", p("ort")),
            C("mobil", "varchar(20)", "phone", p("mobil")),
            C("telefon", "varchar(20)", "phone", opt(0.2, lambda c, i: f"0316 {digits(c, 6)}")),
            C("email", "varchar(80)", "email", p("email")),
            C("erziehungsberechtigter", "varchar(80)", "person_name",
              p.f(lambda d: d["eltern"] if d["birth"].year >= 2006 else None)),
            C("fs_klasse", "varchar(6)", "none", pick("B", "B", "B", "L17", "A", "A2", "AM", "BE", "C")),
            C("sehbehelf", "boolean", "health", flag(0.3)),
            C("erste_hilfe_am", "date", "none", opt(0.8, day(2022, 2025))),
            C("gutachten_am", "date", "none", opt(0.8, day(2022, 2025))),
            C("gutachten_ergebnis", "varchar(80)", "health", opt(0.8, pick(*GUTACHTEN))),
            C("ausweisart", "varchar(20)", "none", pick("Reisepass", "Personalausweis", "Führerschein")),
            C("ausweisnr", "varchar(12)", "national_id", lambda c, i: f"{c.r.choice('PU')}{digits(c, 7)}"),
            C("fs_nummer_alt", "varchar(10)", "national_id", opt(0.2, lambda c, i: digits(c, 8))),
            C("angemeldet_am", "date", "none", day(2022, 2025)),
            C("standort_id", "integer", "none", fk(3)),
            C("bemerkung", "text", "free_text_may_contain_pii", opt(0.5, p.f(lambda d: BEMERKUNG(p.c, d)))),
            C("newsletter", "boolean", "none", flag(0.3)),
            C("app_login", "varchar(80)", "email", p("email")),
            C("app_passwort", "varchar(80)", "credentials", bcrypt("$2a$12$")),
            C("app_token", "varchar(64)", "secret_token", opt(0.7, chars(64, "0123456789abcdef")))]
    return T(S, "fahrschueler", cols, rows=120, extra=[fkey(S, "fahrschueler", "standort_id", "standorte")])


def _fahrstunden():
    p = Row(lambda c, i: _kunde(c, i, 1990, 2009))

    def track(c, i):
        lat, lon = 47.07 + c.r.uniform(-0.05, 0.05), 15.44 + c.r.uniform(-0.07, 0.07)
        pts = [[round(lat + k * c.r.uniform(-0.004, 0.004), 5), round(lon + k * c.r.uniform(-0.004, 0.004), 5)]
               for k in range(4)]
        return json.dumps({"start": pts[0], "punkte": pts[1:]})
    cols = [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("schueler_id", "integer", "none", fk(120)),
            C("fahrlehrer_id", "integer", "none", fk(18)),
            C("fahrzeug_id", "integer", "none", fk(14)),
            C("beginn", "timestamp", "none", stamp(2024, 2025, False)),
            C("dauer_min", "integer", "none", pick(50, 50, 100, 150)),
            C("art", "varchar(30)", "none", pick("Übungsfahrt", "Perfektionsfahrt", "Autobahn", "Nachtfahrt",
                                                "Überland", "Vorprüfung")),
            C("treffpunkt", "varchar(80)", "postal_address",
              p.f(lambda d: f"{d['strasse']}, {d['plz']} {d['ort']}" if p.c.r.random() < 0.7 else "Fahrschule Lendplatz")),
            C("km_start", "integer", "none", num(5000, 240000)),
            C("km_ende", "integer", "none", num(5000, 240000)),
            C("gps_track", "jsonb", "geo_location", track),
            C("notiz", "text", "free_text_may_contain_pii", opt(0.6, p.f(lambda d: NOTIZ(p.c, d)))),
            C("unterschrift_svg", "text", "none",
              lambda c, i: "M" + " L".join(f"{c.r.randint(0, 300)},{c.r.randint(0, 80)}" for _ in range(6))),
            C("verrechnet", "boolean", "none", flag(0.8))]
    return T(S, "fahrstunden", cols, rows=150, extra=[fkey(S, "fahrstunden", "schueler_id", "fahrschueler"),
                                                      fkey(S, "fahrstunden", "fahrlehrer_id", "fahrlehrer"),
                                                      fkey(S, "fahrstunden", "fahrzeug_id", "fahrzeuge")])


def _pruefungen_rechnungen():
    pr = Row(lambda c, i: person(c, AT))
    pruef = T(S, "pruefungen", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("schueler_id", "integer", "none", fk(120)),
        C("art", "varchar(12)", "none", pick("Theorie", "Praxis")),
        C("termin", "timestamp", "none", stamp(2023, 2025, False)),
        C("behoerde", "varchar(40)", "none", pick("BH Graz-Umgebung", "Stadt Graz Verkehrsamt", "BH Weiz")),
        C("pruefer", "varchar(60)", "person_name", pr.f(lambda d: f"Ing. {d['first']} {d['last']}")),
        C("ergebnis", "varchar(20)", "none", pick("bestanden", "bestanden", "nicht bestanden", "nicht erschienen")),
        C("fehlerpunkte", "integer", "none", num(0, 30)),
        C("bemerkung", "varchar(120)", "none", opt(0.3, pick("Vorrang missachtet", "Geschwindigkeit im Ortsgebiet",
                                                            "Parken zu weit vom Rand", "Wiederholung in 2 Wochen")))],
        rows=110, extra=[fkey(S, "pruefungen", "schueler_id", "fahrschueler")])
    p = Row(lambda c, i: _kunde(c, i, 1955, 1990))
    rech = T(S, "rechnungen", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("rechnungsnr", "varchar(16)", "none", lambda c, i: f"RE-{c.r.randint(2023, 2025)}-{i:05d}"),
        C("schueler_id", "integer", "none", fk(120)),
        C("rechnungsdatum", "date", "none", day(2023, 2025)),
        C("betrag_netto", "numeric(10,2)", "none", money(60, 1900)),
        C("ust_satz", "numeric(4,1)", "none", pick(20.0)),
        C("zahlungsart", "varchar(20)", "none", pick("Überweisung", "Bankomat", "Bar", "Ratenzahlung")),
        C("zahler_name", "varchar(80)", "person_name", p.f(lambda d: f"{d['first']} {d['last']}")),
        C("zahler_iban", "varchar(34)", "iban", opt(0.6, lambda c, i: iban_of("AT", c.r.choice(("20815", "38000", "14000", "12000", "32000")) + digits(c, 11)))),
        C("zahler_bic", "varchar(11)", "none", opt(0.6, pick("STSPAT2GXXX", "RZSTAT2GXXX", "BAWAATWWXXX", "BKAUATWWXXX"))),
        C("verwendungszweck", "varchar(140)", "none", lambda c, i: f"Kurs B Teilzahlung {c.r.randint(1, 4)}"),
        C("bezahlt_am", "date", "none", opt(0.85, day(2023, 2025))),
        C("mahnstufe", "smallint", "none", pick(0, 0, 0, 1, 2))], rows=120,
        extra=[fkey(S, "rechnungen", "schueler_id", "fahrschueler")])
    return [pruef, rech]


def fahrschule_tables() -> list:
    return [*_standorte_fahrzeuge_lehrer(), _schueler(), _fahrstunden(), *_pruefungen_rechnungen()]


