"""ai_gewerkschaft: the member administration of an employees' union in Liechtenstein (German column names as a
small Swiss/Liechtenstein software house writes them): members, with the commuters from St. Gallen and Vorarlberg,
their employers, dues with QR-bill references, the legal-advice cases and the members' portal logins."""
from __future__ import annotations

from .blind33_gens import (C, any_name, base32, bcrypt, b64, dates, digits, fk, fkey, flag, iban, ip,
                           maybe, one, person, person_at, seq, spaced, stamps)
from .gens import Table

S = "ai_gewerkschaft"
MG = "gw.mitglied"
N_MG, N_AG, N_FALL, N_PORTAL = 140, 40, 80, 90
FIRMS = ["Rheintal Präzision AG", "Alpenbau Anstalt", "Gastro Malbun AG", "Schaaner Kunststofftechnik AG",
         "Haus Gamander Pflegeheim", "Treuhand Walser & Partner Anstalt", "Balzner Metallbau AG", "Transporte Kaiser AG",
         "Hotel Rheinblick", "Kunststoffwerk Eschen AG"]
GAV = ["GAV Bauhauptgewerbe", "GAV Gastgewerbe", "GAV Gesundheitswesen", "GAV Metall- und Elektroindustrie",
       "kein GAV", "GAV Transportgewerbe"]
WORKS = ["Industriestrasse", "Im Rietacker", "Essanestrasse", "Landstrasse"]
QR = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]


def qr_reference(body: str) -> str:
    """A 27-digit QR-bill reference: 26 digits and the recursive modulus-10 check digit."""
    carry = 0
    for d in body:
        carry = QR[(carry + int(d)) % 10]
    n = body + str((10 - carry) % 10)
    return n[:2] + " " + " ".join(n[k:k + 5] for k in range(2, 27, 5))


def _iban(c, i):
    home = person("li", MG, "home", 1955, 2005)(c, i)
    if home == "CH":
        return spaced(iban("CH", c.r.choice(["00781", "80808", "00700"]) + digits(c, 12)))
    if home == "AT":
        return spaced(iban("AT", c.r.choice(["37456", "20604", "58000"]) + digits(c, 11)))
    return spaced(iban("LI", c.r.choice(["08800", "08810", "08805"]) + digits(c, 12)))


def _bemerkung(c, i):
    return c.r.choice([None, None, None, "Beitrag reduziert (Lehrling).", "Post an Arbeitsadresse schicken.",
                       f"Geworben durch {person_at('li', MG, 'full', N_MG)(c, i)}",
                       f"Ehefrau {any_name('li')(c, i)} ist ebenfalls Mitglied.", "Keine Anrufe am Arbeitsplatz!",
                       f"Neue Nummer ab Mai: +423 79{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}"])


def _sachverhalt(c, i):
    p = lambda f: person("li", MG, f, 1955, 2005)(c, fk(N_MG, 5)(c, i))   # noqa: E731
    boss = any_name("li")(c, i)
    return c.r.choice([
        f"Mitglied {p('full')} wurde nach 11 Jahren per sofort freigestellt, Vorgesetzter {boss} wirft Spesenbetrug vor.",
        f"Lohnrückstand seit 3 Monaten (CHF 14'200). Mitglied erreichbar unter {p('mobile')}.",
        "Arbeitszeugnis unvollständig, Formulierung zur Zuverlässigkeit strittig.",
        f"Kündigung während Krankschreibung (Burnout, Arztzeugnis Dr. {any_name('li')(c, i).split()[-1]}); Sperrfrist prüfen.",
        "Überstunden 2023 nicht ausbezahlt, Zeiterfassung liegt vor.",
        f"Betriebsunfall am 12.3., SUVA/AUVA-Frage (Grenzgänger). Ansprechperson HR: {boss}",
        "Schichtzulage gemäss GAV nicht bezahlt."])


def _portal_member(i: int) -> int:
    return (i * 3) % N_MG + 1                                 # 3 and N_MG are coprime: one login per member


def gewerkschaft_tables() -> list[Table]:
    m = lambda f: person("li", MG, f, 1955, 2005)             # noqa: E731
    k = lambda f: person("li", "gw.kontakt", f, 1960, 1998)   # noqa: E731
    return [
        Table(S, "arbeitgeber", [
            C("arbeitgeber_id", "integer PRIMARY KEY", "none", seq()),
            C("firma", "varchar(120)", "none", lambda c, i: FIRMS[i % len(FIRMS)] + ("" if i <= 10 else f", Werk {i // 10}")),
            C("uid_nr", "varchar(20)", "none", lambda c, i: f"FL-0002.{digits(c, 3)}.{digits(c, 3)}-{digits(c, 1)}"),
            C("strasse", "varchar(80)", "none", lambda c, i: f"{c.r.choice(WORKS)} {c.r.randint(1, 120)}"),
            C("plz", "char(4)", "none", one("9494", "9492", "9496", "9490", "9487")),
            C("ort", "varchar(40)", "none", one("Schaan", "Eschen", "Balzers", "Vaduz", "Bendern")),
            C("telefon", "varchar(20)", "none",
              lambda c, i: f"+423 {c.r.choice(['23', '37', '38'])}{digits(c, 1)} {digits(c, 2)} {digits(c, 2)}"),
            C("gav", "varchar(60)", "none", lambda c, i: GAV[i % len(GAV)]),
            C("kontaktperson", "varchar(80)", "person_name", k("full")),
            C("kontakt_email", "varchar(120)", "email",
              lambda c, i: f"{k('user')(c, i)}@{FIRMS[i % len(FIRMS)].split()[0].lower().replace('ä', 'ae')}.li"),
            C("kontakt_telefon", "varchar(20)", "phone", k("mobile")),
        ], rows=N_AG),
        Table(S, "mitglied", [
            C("mitglied_nr", "integer PRIMARY KEY", "none", seq(10400)),
            C("anrede", "varchar(10)", "none", lambda c, i: "Herr" if m("sex")(c, i) == "M" else "Frau"),
            C("vorname", "varchar(60)", "person_name", m("first")),
            C("nachname", "varchar(60)", "person_name", m("last")),
            C("geburtsdatum", "date", "birth_date", m("birth")),
            C("ahv_nr", "char(16)", "national_id", m("natid")),
            C("strasse", "varchar(80)", "postal_address", m("a_line")),
            C("plz", "varchar(6)", "postal_address", m("a_postcode")),
            C("ort", "varchar(40)", "none", m("a_city")),
            C("land", "varchar(20)", "none", m("a_country")),
            C("telefon", "varchar(20)", "phone", maybe(m("phone"), 0.5)),
            C("mobile", "varchar(20)", "phone", maybe(m("mobile"), 0.9)),
            C("email", "varchar(120)", "email", maybe(m("email"), 0.8)),
            C("korrespondenzsprache", "char(2)", "none", lambda c, i: {"João": "pt", "Ana": "pt", "Luca": "it",
                                                                        "Giulia": "it", "Mehmet": "tr", "Ayşe": "tr"}
              .get(m("first")(c, i), "de")),
            C("arbeitgeber_id", "integer", "none", fk(N_AG, 7, 9)),
            C("eintritt", "date", "none", dates(1995, 2025)),
            C("austritt", "date", "none", maybe(dates(2020, 2025), 0.1)),
            C("sektion", "varchar(40)", "trade_union", one("Bau und Gewerbe", "Industrie", "Gesundheit und Soziales",
                                                           "Gastgewerbe", "Jugend", "Pensionierte")),
            C("funktion", "varchar(40)", "trade_union",
              lambda c, i: c.r.choice(["Vertrauensperson", "Vorstand Sektion", "Delegierte/r", "Personalkommission"])
              if i % 6 == 0 else None),
            C("iban", "varchar(34)", "iban", maybe(_iban, 0.6)),
            C("zahlungsart", "varchar(20)", "none", one("LSV", "QR-Rechnung", "QR-Rechnung", "Lohnabzug")),
            C("grenzgaenger", "boolean", "none", lambda c, i: m("home")(c, i) != "LI"),
            C("bemerkung", "text", "free_text_may_contain_pii", _bemerkung),
        ], rows=N_MG, extra=[fkey(S, "mitglied", "arbeitgeber_id", "arbeitgeber", "arbeitgeber_id")]),
        Table(S, "beitrag", [
            C("beitrag_id", "integer PRIMARY KEY", "none", seq()),
            C("mitglied_nr", "integer", "none", fk(N_MG, 3, base=10400)),
            C("jahr", "smallint", "none", one(2023, 2024, 2025)),
            C("quartal", "smallint", "none", one(1, 2, 3, 4)),
            C("betrag", "numeric(8,2)", "none", one(45, 45, 60, 22.5, 30)),
            C("qr_referenz", "varchar(32)", "none", lambda c, i: qr_reference(f"{10400 + i:012d}" + digits(c, 14))),
            C("bezahlt_am", "date", "none", maybe(dates(2023, 2025), 0.85)),
            C("mahnstufe", "smallint", "none", one(0, 0, 0, 1, 2)),
        ], rows=150, extra=[fkey(S, "beitrag", "mitglied_nr", "mitglied", "mitglied_nr")]),
        Table(S, "rechtsfall", [
            C("fall_nr", "varchar(12) PRIMARY KEY", "none", lambda c, i: f"RB-{2021 + i % 5}-{i:03d}"),
            C("mitglied_nr", "integer", "none", fk(N_MG, 5, base=10400)),
            C("eroeffnet_am", "date", "none", dates(2021, 2025)),
            C("thema", "varchar(40)", "none", one("Kündigung", "Lohnrückstand", "Arbeitszeugnis", "Überstunden",
                                                  "Lohnfortzahlung Krankheit", "Betriebsunfall", "GAV-Zulagen")),
            C("sachverhalt", "text", "free_text_may_contain_pii", _sachverhalt),
            C("gegenpartei", "varchar(120)", "none", lambda c, i: FIRMS[(i * 3) % len(FIRMS)]),
            C("anwalt", "varchar(80)", "person_name",
              maybe(lambda c, i: f"lic. iur. {any_name('li')(c, i)}", 0.4)),
            C("status", "varchar(20)", "none", one("offen", "Vergleich", "abgeschlossen", "Klage eingereicht")),
        ], rows=N_FALL, extra=[fkey(S, "rechtsfall", "mitglied_nr", "mitglied", "mitglied_nr")]),
        Table(S, "portal_benutzer", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("mitglied_nr", "integer", "none", lambda c, i: 10400 + _portal_member(i)),
            C("login", "varchar(120)", "email", lambda c, i: m("email")(c, _portal_member(i))),
            C("passwort_hash", "varchar(120)", "credentials", lambda c, i:
              f"$argon2id$v=19$m=65536,t=4,p=1${b64(c, 16).rstrip('=')}${b64(c, 32).rstrip('=')}"
              if i % 7 else bcrypt(c, "10")),
            C("totp_secret", "varchar(32)", "secret_token", maybe(lambda c, i: base32(c, 32), 0.35)),
            C("reset_token", "varchar(64)", "secret_token",
              maybe(lambda c, i: b64(c, 32).replace("+", "-").replace("/", "_").rstrip("="), 0.1)),
            C("letzte_anmeldung", "timestamp", "none", stamps(2024, 2025)),
            C("letzte_ip", "varchar(45)", "ip_address", lambda c, i: ip(c, ("82.117.2", "46.140.1", "85.1.7", "62.47.2"))),
            C("aktiv", "boolean", "none", flag(0.9)),
        ], rows=N_PORTAL, extra=[fkey(S, "portal_benutzer", "mitglied_nr", "mitglied", "mitglied_nr")]),
    ]

