"""h_versicherung: the customer core of a Swiss health and property insurer (KVG/VVG), German column names,
with cross-border commuters from Austria (SV-Nummer, AT-IBAN).
"""
from __future__ import annotations

from .blind5_gens import (ICD10, T, ahv, code, day, dob, fk, iban_at, iban_ch, loc, num, one, opt, phone_ch, stamp,
                          sv_nummer)
from .gens import Ctx, Table, ident

S = "h_versicherung"
NKUNDEN, NBERATER, NVERTRAG = 120, 14, 140
LOCS = ["de_CH", "de_CH", "de_CH", "fr_CH", "de_AT"]
LEIDEN = ["Diskushernie L4/L5, Physiotherapie 9 Sitzungen verordnet", "Meniskusriss rechts nach Skiunfall, Arthroskopie",
          "Depressive Episode, ambulante Psychotherapie 20 Sitzungen", "Geburt, Spitalaufenthalt 4 Tage halbprivat",
          "Diabetes Typ 2, Insulineinstellung, Diabetesberatung", "Mammakarzinom links, Chemotherapie Zyklus 3/6",
          "Herzinfarkt, Stentimplantation, Reha Gais 3 Wochen", "Zahnunfall: Frontzahn 21 frakturiert, Krone",
          "Burnout, Arbeitsunfähigkeit 100% seit 4 Wochen", "Hüft-TP rechts bei Coxarthrose, Spital Uster"]


def _f(c: Ctx):
    return loc(c, c.r.choice(LOCS))


def _strasse(c: Ctx, i: int) -> str:
    return _f(c).street_name()


def _beschreibung(c: Ctx, i: int) -> str:
    return f"{c.r.choice(LEIDEN)}. Arztbericht Dr. {loc(c, 'de_CH').last_name()} vom {c.r.randint(1, 28)}.{c.r.randint(1, 12)}.2024."


def tables() -> list[Table]:
    kunde = fk(NKUNDEN)
    return [
        T(S, "berater", [
            ("berater_id", "int PRIMARY KEY", "none", ident),
            ("vorname", "varchar(50)", "person_name", lambda c, i: loc(c, "de_CH").first_name()),
            ("nachname", "varchar(50)", "person_name", lambda c, i: loc(c, "de_CH").last_name()),
            ("email", "varchar(120)", "email", lambda c, i: f"{loc(c, 'de_CH').first_name().lower()}.{loc(c, 'de_CH').last_name().lower()}@helvetia-vorsorge.ch"),
            ("telefon_direkt", "varchar(30)", "phone", phone_ch),
            ("agentur", "varchar(60)", "none", one("Generalagentur Zürich", "Agentur Winterthur", "Agence Lausanne", "Agentur St. Gallen"))],
            rows=NBERATER),
        T(S, "kunden", [
            ("kunden_nr", "int PRIMARY KEY", "none", ident),
            ("anrede", "varchar(10)", "none", one("Herr", "Frau", "Madame", "Monsieur")),
            ("titel", "varchar(20)", "none", opt(0.1, one("Dr.", "Prof. Dr.", "lic. iur."))),
            ("vorname", "varchar(50)", "person_name", lambda c, i: _f(c).first_name()),
            ("nachname", "varchar(50)", "person_name", lambda c, i: _f(c).last_name()),
            ("geburtsdatum", "date", "birth_date", dob),
            ("geschlecht", "char(1)", "none", one("M", "W")),
            ("zivilstand", "varchar(20)", "none", one("ledig", "verheiratet", "geschieden", "verwitwet", "eingetragene Partnerschaft")),
            ("ahv_nummer", "varchar(16)", "national_id", ahv),
            ("sv_nummer_at", "varchar(11)", "national_id", opt(0.15, sv_nummer)),
            ("ausweis_nr", "varchar(12)", "national_id", opt(0.5, code("?#######"))),
            ("nationalitaet", "char(2)", "none", one("CH", "CH", "CH", "DE", "AT", "IT", "PT", "XK")),
            ("aufenthaltsbewilligung", "char(1)", "none", opt(0.3, one("B", "C", "G", "L"))),
            ("strasse", "varchar(80)", "postal_address", _strasse),
            ("hausnummer", "varchar(10)", "postal_address", lambda c, i: f"{c.r.randint(1, 140)}{c.r.choice(['', '', 'a', 'b'])}"),
            ("plz", "varchar(6)", "postal_address", lambda c, i: str(c.r.randint(1000, 9658))),
            ("ort", "varchar(50)", "none", lambda c, i: _f(c).city()),
            ("kanton", "char(2)", "none", one("ZH", "BE", "LU", "SG", "AG", "VD", "TG", "BS")),
            ("telefon_privat", "varchar(30)", "phone", opt(0.6, phone_ch)),
            ("telefon_mobil", "varchar(30)", "phone", opt(0.85, phone_ch)),
            ("email", "varchar(120)", "email", opt(0.8, lambda c, i: _f(c).free_email())),
            ("iban", "varchar(34)", "iban", lambda c, i: iban_at(c, i) if c.r.random() < 0.12 else iban_ch(c, i)),
            ("konfession", "varchar(20)", "religious_belief", one("röm.-kath.", "ev.-ref.", "christkath.", "konfessionslos",
                                                                  "muslimisch", "jüdisch", None)),
            ("beruf", "varchar(60)", "none", lambda c, i: c.r.choice(["Pflegefachfrau HF", "Informatiker EFZ", "Landwirt",
                                                                      "Kauffrau EFZ", "Lehrer", "Rentner/in", "Polymechaniker"])),
            ("arbeitgeber", "varchar(80)", "none", opt(0.7, lambda c, i: loc(c, "de_CH").company())),
            ("raucher", "boolean", "health", one(False, False, False, True)),
            ("korrespondenzsprache", "char(2)", "none", one("de", "de", "fr", "it")),
            ("berater_id", "int", "none", fk(NBERATER)),
            ("erfasst_am", "timestamp", "none", stamp(2010, 2025))],
            rows=NKUNDEN, fks=(("berater_id", "berater(berater_id)"),)),
        T(S, "vertraege", [
            ("vertrag_nr", "int PRIMARY KEY", "none", ident),
            ("kunden_nr", "int", "none", kunde),
            ("produkt", "varchar(60)", "none", one("KVG Grundversicherung", "VVG Spital halbprivat", "VVG Zahn Top",
                                                   "Hausratversicherung", "Motorfahrzeug Vollkasko", "Privathaftpflicht")),
            ("versicherungsmodell", "varchar(20)", "none", one("Standard", "Hausarzt", "Telmed", "HMO")),
            ("franchise", "int", "none", one(300, 500, 1000, 1500, 2000, 2500)),
            ("praemie_monat", "numeric(8,2)", "none", num(18, 620, 2)),
            ("hausarzt", "varchar(80)", "person_name", opt(0.4, lambda c, i: f"Dr. med. {loc(c, 'de_CH').name()}")),
            ("kontrollschild", "varchar(12)", "none", opt(0.15, lambda c, i: f"{c.r.choice(['ZH', 'AG', 'SG', 'BE'])} {c.r.randint(1000, 999999)}")),
            ("vorbehalt", "text", "health", opt(0.2, lambda c, i: f"Vorbehalt {c.r.randint(2, 5)} Jahre: {c.r.choice(LEIDEN).split(',')[0]}")),
            ("beginn", "date", "none", day(2015, 2025)),
            ("ende", "date", "none", opt(0.2, day(2024, 2026))),
            ("status", "varchar(12)", "none", one("aktiv", "aktiv", "gekündigt", "sistiert"))],
            rows=NVERTRAG, fks=(("kunden_nr", "kunden(kunden_nr)"),)),
        T(S, "schadenfaelle", [
            ("schaden_nr", "int PRIMARY KEY", "none", ident),
            ("vertrag_nr", "int", "none", fk(NVERTRAG)),
            ("kunden_nr", "int", "none", kunde),
            ("schadendatum", "date", "none", day(2022, 2025)),
            ("meldedatum", "date", "none", day(2022, 2025)),
            ("schadenart", "varchar(20)", "none", one("Krankheit", "Unfall", "Mutterschaft", "Zahn")),
            ("beschreibung", "text", "health", _beschreibung),
            ("diagnose_code", "varchar(10)", "health", lambda c, i: c.r.choice(ICD10)[0]),
            ("leistungserbringer", "varchar(100)", "none", one("Universitätsspital Zürich", "Kantonsspital Aarau", "Hirslanden Klinik",
                                                              "Physio Zentrum Oerlikon", "Apotheke Bahnhof Bern")),
            ("leistungserbringer_gln", "varchar(13)", "none", lambda c, i: "7601" + str(c.r.randint(10**8, 10**9 - 1))),
            ("arbeitsunfaehigkeit_prozent", "int", "health", opt(0.4, one(25, 50, 100))),
            ("betrag_gefordert", "numeric(10,2)", "none", num(80, 48000, 2)),
            ("betrag_bezahlt", "numeric(10,2)", "none", num(0, 40000, 2)),
            ("status", "varchar(20)", "none", one("erfasst", "in Prüfung", "bezahlt", "abgelehnt")),
            ("sachbearbeiter", "varchar(30)", "none", one("kmeier", "sgraf", "lfavre", "abrunner"))],
            rows=130, fks=(("vertrag_nr", "vertraege(vertrag_nr)"), ("kunden_nr", "kunden(kunden_nr)"))),
        T(S, "gesundheitsfragen", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("kunden_nr", "int", "none", kunde),
            ("frage_nr", "int", "none", num(1, 12)),
            ("frage_text", "varchar(200)", "none", one("Standen Sie in den letzten 5 Jahren in ärztlicher Behandlung?",
                                                       "Nehmen Sie regelmässig Medikamente ein?",
                                                       "Sind Sie in psychotherapeutischer Behandlung?")),
            ("antwort", "boolean", "health", one(True, False, False)),
            ("bemerkung", "text", "health", opt(0.4, lambda c, i: c.r.choice(LEIDEN))),
            ("groesse_cm", "int", "health", num(150, 198)),
            ("gewicht_kg", "numeric(5,1)", "health", num(45, 130, 1))],
            rows=110, fks=(("kunden_nr", "kunden(kunden_nr)"),)),
        T(S, "bankverbindungen", [
            ("konto_id", "int PRIMARY KEY", "none", ident),
            ("kunden_nr", "int", "none", kunde),
            ("kontoinhaber", "varchar(100)", "person_name", lambda c, i: _f(c).name()),
            ("iban", "varchar(34)", "iban", iban_ch),
            ("bic", "varchar(11)", "none", one("UBSWCHZH80A", "CRESCHZZ80A", "ZKBKCHZZ80A", "POFICHBEXXX", "RAIFCH22")),
            ("gueltig_ab", "date", "none", day())], rows=110, fks=(("kunden_nr", "kunden(kunden_nr)"),)),
    ]
