"""e_personal: the schema of a German in-house HR/payroll application (Personalverwaltung) in the style of such
tools: firmen and standorte (companies and sites), mitarbeiter with the payroll fields Lohnsteuer needs (Steuer-IdNr,
Steuerklasse, Konfession for Kirchensteuer), abwesenheiten (absences, sickness included) and bewerber (applicants)."""

from __future__ import annotations

import datetime as dt

from .blind3_gens import (C, DE_CITY, address, birth, city, day, email, first, fk, full, last, num, opt, phone,
                          postcode, ref, row_random, street, when)
from .blind3_formats import iban, sv_nummer
from .clinical import de_idnr
from .gens import Col, Ctx, Table, ident, pick

S = "e_personal"
FIRMEN, STANDORTE, MA = 80, 80, 120
DE = "de_DE"


def _firma(c: Ctx, i: int) -> str:
    return (
        f"{fk(DE, c).last_name()} {c.r.choice(['Maschinenbau', 'Logistik', 'Elektrotechnik', 'Software', 'Bau'])} "
        + c.r.choice(["GmbH", "GmbH & Co. KG", "AG", "KG"])
    )


def _gewerbe_strasse(c: Ctx, i: int) -> str:
    return f"{c.r.choice(['Industriestraße', 'Gewerbepark', 'Im Gewerbegebiet', 'Max-Planck-Straße'])} {c.r.randint(1, 60)}"


def _idnr(c: Ctx, i: int) -> str:
    v = de_idnr(c, i)
    return v if c.r.random() < 0.7 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


def _notfall(c: Ctx, i: int) -> str:
    return (
        f"{full(DE)(c, i)} ({c.r.choice(['Ehefrau', 'Ehemann', 'Mutter', 'Vater', 'Partnerin', 'Bruder'])}), "
        + phone(DE, mobile=True)(c, i)
    )


def _lebenslauf(c: Ctx, i: int) -> str:
    f = fk(DE, c)
    return (
        f"{f.first_name()} {f.last_name()}\n{street(DE)(c, i)}, {postcode(DE)(c, i)} {city(DE)(c, i)}\n"
        f"Tel. {phone(DE)(c, i)} · {email(DE)(c, i)}\n\nBeruflicher Werdegang\n"
        f"{c.r.randint(2008, 2016)}–heute  {c.r.choice(['Industriekauffrau', 'Softwareentwickler', 'Lagerist', 'Elektroniker'])}, "
        f"{_firma(c, i)}\nAusbildung: {c.r.choice(['Abitur', 'Mittlere Reife', 'B.Sc. Informatik, TU München'])}"
    )


def _bewertung(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Gespräch mit Fr. {last(DE)(c, i)} am {c.r.randint(1, 28)}.{c.r.randint(1, 12)}., guter Eindruck.",
            "Fachlich stark, Gehaltsvorstellung zu hoch.",
            "",
            f"Empfohlen von {full(DE)(c, i)} (Vertrieb).",
            "Absage versendet.",
        ]
    )


GRUENDE = ["Krankheit", "Krankheit", "Krankheit", "Kind krank", "Kur/Reha", "Arbeitsunfall", "Urlaub", "Urlaub",
           "Fortbildung", "Sonderurlaub"]
BEMERKUNG = {
    "Krankheit": [
        "AU-Bescheinigung liegt vor",
        "Folge-AU bis Monatsende",
        "Bandscheibenvorfall, stationär",
        "Krankengeld ab 7. Woche",
        "Wiedereingliederung nach Hamburger Modell",
    ],
    "Kind krank": ["Kinderkrankentage, Attest liegt vor"],
    "Kur/Reha": ["Reha nach Knie-OP, DRV bewilligt"],
    "Arbeitsunfall": ["Arbeitsunfall, BG informiert", "Schnittverletzung Hand, D-Arzt"],
    "Urlaub": ["", "Resturlaub Vorjahr"],
    "Fortbildung": ["Staplerschein"],
    "Sonderurlaub": ["Umzug"],
}


def _absence(i: int) -> tuple[dt.date, float, str]:
    """Start, working days and reason of absence i (the row's columns agree)."""
    r = row_random("abwesenheit", i)
    return (
        dt.date(r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)),
        r.choice([0.5, 1, 2, 3, 5, 10, 15, 21]),
        r.choice(GRUENDE),
    )


def _bis(c: Ctx, i: int) -> dt.date:
    von, tage, _ = _absence(i)
    return von + dt.timedelta(days=max(int(tage * 7 / 5) - 1, 0))


def _abw_bemerkung(c: Ctx, i: int) -> str:
    return c.r.choice(BEMERKUNG[_absence(i)[2]])


def personal_tables() -> list[Table]:
    firmen = Table(
        S,
        "firmen",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("firmenname", "varchar(120)", "none", _firma),
            C(
                "handelsregister",
                "varchar(80)",
                "none",
                lambda c, i: f"HRB {c.r.randint(1000, 99999)}, Amtsgericht {c.r.choice(DE_CITY)[0]}",
            ),
            C("ust_idnr", "varchar(14)", "none", lambda c, i: f"DE{c.r.randint(100_000_000, 999_999_999)}"),
            C("strasse", "varchar(100)", "none", _gewerbe_strasse),
            C("plz", "varchar(5)", "none", postcode(DE)),
            C("ort", "varchar(80)", "none", city(DE)),
            C("telefon", "varchar(30)", "none", phone(DE, mobile=False)),
            C(
                "email",
                "varchar(120)",
                "none",
                lambda c, i: f"{c.r.choice(['info', 'personal', 'buchhaltung'])}@{fk(DE, c).domain_word()}.de",
            ),
            C("iban", "varchar(34)", "none", iban(DE)),
            C("geschaeftsfuehrer", "varchar(120)", "person_name", full(DE)),
        ],
        rows=FIRMEN,
    )
    standorte = Table(
        S,
        "standorte",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("firma_id", "integer NOT NULL", "none", ref(FIRMEN)),
            C(
                "bezeichnung",
                "varchar(80)",
                "none",
                pick("Hauptverwaltung", "Werk 1", "Werk 2", "Lager Süd", "Niederlassung Nord"),
            ),
            C("strasse", "varchar(100)", "none", _gewerbe_strasse),
            C("plz", "varchar(5)", "none", postcode(DE)),
            C("ort", "varchar(80)", "none", city(DE)),
            C("standortleiter", "varchar(120)", "person_name", full(DE)),
        ],
        rows=STANDORTE,
        extra=[
            "ALTER TABLE e_personal.standorte ADD CONSTRAINT standorte_firma_fk FOREIGN KEY (firma_id) REFERENCES e_personal.firmen(id)"
        ],
    )
    ma = Table(
        S,
        "mitarbeiter",
        [
            Col("personalnummer", "integer PRIMARY KEY", "none", lambda c, i: 10000 + i),
            C("firma_id", "integer NOT NULL", "none", ref(FIRMEN)),
            C("standort_id", "integer", "none", ref(STANDORTE)),
            C("vorname", "varchar(60)", "person_name", first(DE)),
            C("nachname", "varchar(60)", "person_name", last(DE)),
            C("geburtsname", "varchar(60)", "person_name", opt(0.4, last(DE))),
            C("geburtsdatum", "date", "birth_date", birth(1960, 2005)),
            C("geburtsort", "varchar(80)", "none", city(DE)),
            C(
                "staatsangehoerigkeit",
                "varchar(40)",
                "none",
                pick("deutsch", "deutsch", "deutsch", "türkisch", "polnisch", "italienisch"),
            ),
            C("geschlecht", "char(1)", "none", pick("m", "w", "d")),
            C(
                "familienstand",
                "varchar(20)",
                "none",
                pick("ledig", "verheiratet", "geschieden", "verwitwet", "eingetr. Lebenspartnerschaft"),
            ),
            C("kinder", "smallint", "none", num(0, 4)),
            C("konfession", "varchar(2)", "religious_belief", pick("rk", "ev", "--", "--", "ak", "jd", "fr")),
            C("steuer_id", "varchar(14)", "national_id", _idnr),
            C("steuerklasse", "smallint", "none", pick(1, 1, 3, 4, 5)),
            C("sozialversicherungsnummer", "varchar(16)", "national_id", sv_nummer),
            C(
                "krankenkasse",
                "varchar(60)",
                "none",
                pick("AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic"),
            ),
            C("iban", "varchar(34)", "iban", iban(DE)),
            C("kontoinhaber", "varchar(120)", "person_name", full(DE)),
            C("strasse", "varchar(100)", "postal_address", street(DE)),
            C("plz", "varchar(5)", "postal_address", postcode(DE)),
            C("ort", "varchar(80)", "none", city(DE)),
            C("telefon_privat", "varchar(30)", "phone", phone(DE, mobile=False)),
            C("mobil", "varchar(30)", "phone", phone(DE, mobile=True)),
            C("email_privat", "varchar(120)", "email", email(DE)),
            C("email_dienstlich", "varchar(120)", "email", email(DE, ["firma-intern.de"])),
            C("eintrittsdatum", "date", "none", day(2000)),
            C(
                "position",
                "varchar(80)",
                "none",
                pick("Sachbearbeiter/in", "Teamleiter/in", "Monteur", "Entwickler/in", "Azubi"),
            ),
            C("bruttogehalt", "numeric(10,2)", "none", num(2200, 7800, 2)),
            C("gdb", "smallint", "health", lambda c, i: c.r.choice([None, None, 30, 50, 60, 80])),
            C("gewerkschaft", "varchar(40)", "trade_union", pick("IG Metall", "IG Metall", "ver.di", "IG BCE", "")),
            C("notfallkontakt", "varchar(200)", "free_text_may_contain_pii", _notfall),
        ],
        rows=MA,
        extra=[
            "ALTER TABLE e_personal.mitarbeiter ADD CONSTRAINT mitarbeiter_firma_fk FOREIGN KEY (firma_id) REFERENCES e_personal.firmen(id)",
            "ALTER TABLE e_personal.mitarbeiter ADD CONSTRAINT mitarbeiter_standort_fk FOREIGN KEY (standort_id) REFERENCES e_personal.standorte(id)",
        ],
    )
    abw = Table(
        S,
        "abwesenheiten",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("personalnummer", "integer NOT NULL", "none", lambda c, i: 10000 + c.r.randint(1, MA)),
            C("von", "date", "none", lambda c, i: _absence(i)[0]),
            C("bis", "date", "none", _bis),
            C("tage", "numeric(4,1)", "none", lambda c, i: _absence(i)[1]),
            C("grund", "varchar(40)", "health", lambda c, i: _absence(i)[2]),
            C("bemerkung", "text", "health", _abw_bemerkung),
        ],
        rows=140,
        extra=[
            "ALTER TABLE e_personal.abwesenheiten ADD CONSTRAINT abwesenheiten_ma_fk FOREIGN KEY (personalnummer) "
            "REFERENCES e_personal.mitarbeiter(personalnummer) ON DELETE CASCADE"
        ],
    )
    bew = Table(
        S,
        "bewerber",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C(
                "stelle",
                "varchar(120)",
                "none",
                pick("Buchhalter (m/w/d)", "Softwareentwickler (m/w/d)", "Lagerhelfer (m/w/d)"),
            ),
            C("vorname", "varchar(60)", "person_name", first(DE)),
            C("nachname", "varchar(60)", "person_name", last(DE)),
            C("email", "varchar(120)", "email", email(DE)),
            C("telefon", "varchar(30)", "phone", phone(DE)),
            C("geburtsdatum", "date", "birth_date", opt(0.8, birth(1965, 2007))),
            C("anschrift", "varchar(200)", "postal_address", address(DE)),
            C("lebenslauf", "text", "free_text_may_contain_pii", _lebenslauf),
            C("gehaltsvorstellung", "integer", "none", lambda c, i: c.r.randint(32, 85) * 1000),
            C("eingang_am", "timestamp", "none", when(2024)),
            C("status", "varchar(20)", "none", pick("eingegangen", "Gespräch", "Absage", "Zusage")),
            C("schwerbehindert", "boolean", "health", lambda c, i: c.r.random() < 0.12),
            C("bewertung", "text", "free_text_may_contain_pii", _bewertung),
        ],
        rows=100,
    )
    return [firmen, standorte, ma, abw, bew]
