"""v_lohn: the in-house DB2-style payroll of a Zurich building contractor (upper-case abbreviated German names):
mandates, staff master, addresses, bank details, wage journal, wage types, SUVA accident reports, absences, users."""
from __future__ import annotations

from .blind18_gens import (ch, const, day, fk, hexs, iban, maybe, money, num, pf, pfx, seq, stamp,
                           text_from, wch, who)
from .gens import Col, Table

S = "v_lohn"
P = "ch:ma"
N = 150


def _fk(table: str, col: str, ref: str, ref_col: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" ("{ref_col}")'


def _up(v):
    return v.upper()


_KONF = wch([("RK", 38), ("EVR", 24), ("CHK", 1), ("ISL", 12), ("ORT", 8), ("KEINE", 15), (None, 2)])
_QST = text_from(["{t}{k}{y}"], t=["A", "B", "C", "H"], k=["0", "1", "2", "3"], y=["Y", "N"])
_LOHNARTEN = [(1000, "Monatslohn"), (1005, "Stundenlohn"), (1060, "Überstunden 125%"), (1100, "Schlechtwetter"),
              (1200, "13. Monatslohn"), (2000, "Kinderzulage"), (2010, "Ausbildungszulage"), (3000, "Taggeld UVG"),
              (3010, "Taggeld KTG"), (3100, "Korrektur Taggeld"), (5010, "AHV/IV/EO-Beitrag"),
              (5020, "ALV-Beitrag"), (5040, "NBUV-Beitrag"), (5050, "KTG-Beitrag"), (5060, "BVG-Beitrag"),
              (5070, "Quellensteuer"), (5100, "Parifonds Bau"), (5110, "Berufsbeitrag GAV"), (6000, "Spesen pauschal"),
              (6010, "Verpflegung auswärts"), (6500, "Lohnvorschuss"), (6600, "Lohnpfändung Betreibungsamt")]
_HERGANG = text_from([
    "Beim Abladen der Schalungselemente auf der Baustelle {b} ausgerutscht und auf {k} gefallen.",
    "Von Leiter gestürzt (ca. {n}0 cm) beim Montieren der Abschalung, Schmerzen ({k}).",
    "Hand beim Armieren zwischen Eisen eingeklemmt. Erste Hilfe durch Polier {pol}.",
    "Staub ins Auge bekommen beim Spitzen ohne Schutzbrille.",
    "Freizeitunfall: beim Fussball verletzt (NBU).",
    "Mit Trennscheibe in den Oberschenkel geschnitten, Sanität vor Ort."],
    b=["Hardturm", "Europaallee Baufeld H", "Schulhaus Leutschenbach", "Überbauung Glattpark", "ARA Werdhölzli"],
    k=["das linke Knie", "die rechte Schulter", "Rücken", "Handgelenk"], pol=["Rexhepi", "Meier", "Da Costa"])
_VERL = ch("Distorsion OSG rechts", "Kontusion Knie links", "Fraktur Metacarpale V", "Schnittwunde Oberschenkel",
           "Lumbago akut", "Fremdkörper Auge", "Rotatorenmanschettenläsion", "Commotio cerebri", "Rippenprellung")
_ABS = wch([("FERIEN", 35), ("KRANK", 25), ("UNFALL", 8), ("NBU", 5), ("MILITAER", 6), ("ZIVILSCHUTZ", 2),
            ("MUTTERSCHAFT", 1), ("VATERSCHAFT", 3), ("SCHLECHTWETTER", 10), ("UNBEZAHLT", 5)])
_BEM = wch([(None, 60), ("Arztzeugnis Dr. Brunner liegt vor", 6), ("Rückenschmerzen", 5), ("Grippe", 6),
            ("Operation Meniskus, Rehaklinik Zurzach", 2), ("Burnout, Zeugnis Psychiatrie bis Monatsende", 2),
            ("WK Genie Bat 6", 4), ("Hochzeit", 3), ("Kind krank", 4), ("Chemotherapie", 1)])


def lohn_tables() -> list[Table]:
    mand = Table(S, "T_MANDANT", [
        Col("MAND_NR", "SMALLINT NOT NULL PRIMARY KEY", "none", seq),
        Col("FIRMA_NAME", "VARCHAR(60)", "none", lambda c, i: ["Baumann + Steiner AG", "B+S Tiefbau AG",
                                                               "B+S Immobilien AG", "Gerüstbau Limmat GmbH",
                                                               "B+S Holding AG", "Baumann Haustechnik AG"][i - 1]),
        Col("STRASSE", "VARCHAR(60)", "none", ch("Industriestrasse 21", "Hohlstrasse 500", "Riedstrasse 3")),
        Col("PLZ", "CHAR(4)", "none", ch("8048", "8952", "8600")),
        Col("ORT", "VARCHAR(40)", "none", ch("Zürich", "Schlieren", "Dübendorf")),
        Col("UID_NR", "CHAR(15)", "none", ch("CHE-105.829.940", "CHE-112.334.217", "CHE-400.661.089")),
        Col("TELEFON", "VARCHAR(20)", "none", ch("044 438 22 00", "044 730 11 80")),
        Col("SUVA_KD_NR", "CHAR(8)", "none", lambda c, i: f"{c.r.randint(1000000, 9999999)}{i}"),
        Col("GAV", "VARCHAR(10)", "none", ch("LMV", "LMV", "GAV Ausbau")),
    ], rows=6)
    stamm = Table(S, "PERS_STAMM", [
        Col("PERS_NR", "INTEGER NOT NULL PRIMARY KEY", "none", lambda c, i: 10000 + i),
        Col("MAND_NR", "SMALLINT", "none", fk(6)),
        Col("ANREDE", "CHAR(4)", "none", pf(P, "sex", lambda s: "HERR" if s == "M" else "FRAU")),
        Col("NAME", "VARCHAR(40)", "person_name", pf(P, "last", _up)),
        Col("VORNAME", "VARCHAR(40)", "person_name", pf(P, "first", _up)),
        Col("GEB_DAT", "DATE", "birth_date", pf(P, "born")),
        Col("GESCHL", "CHAR(1)", "none", pf(P, "sex")),
        Col("ZIVST", "CHAR(1)", "none", ch("L", "V", "V", "G", "E", "P")),
        Col("KONF", "CHAR(5)", "religious_belief", _KONF),
        Col("NATION", "CHAR(2)", "none", wch([("CH", 45), ("PT", 15), ("XK", 12), ("IT", 10), ("RS", 6), ("TR", 4),
                                              ("DE", 8)])),
        Col("BEWILL", "CHAR(1)", "none", wch([(None, 45), ("C", 30), ("B", 18), ("L", 4), ("G", 3)])),
        Col("AHV_NR", "CHAR(16)", "national_id", pf(P, "ahv")),
        Col("EINTR_DAT", "DATE", "none", day(1995, 2024)),
        Col("AUSTR_DAT", "DATE", "none", maybe(0.15, day(2020, 2024))),
        Col("FUNKTION", "VARCHAR(30)", "none", ch("MAURER", "VORARBEITER", "POLIER", "BAUARBEITER", "KRANFUEHRER",
                                                  "MASCHINIST", "BAUFUEHRER", "LEHRLING", "SACHB. LOHN")),
        Col("LOHNKL", "CHAR(2)", "none", ch("Q", "A", "B", "C", "V")),
        Col("QST_CODE", "CHAR(3)", "religious_belief",
            maybe(0.3, _QST)),
        Col("GEWERK", "CHAR(4)", "trade_union", wch([(None, 55), ("UNIA", 35), ("SYNA", 10)])),
        Col("TEL_PRIV", "VARCHAR(20)", "phone", maybe(0.3, pf(P, "fixed"))),
        Col("NATEL", "VARCHAR(20)", "phone", maybe(0.85, pf(P, "phone"))),
        Col("EMAIL_PRIV", "VARCHAR(60)", "email", maybe(0.5, pf(P, "email"))),
        Col("BESCH_GRAD", "DECIMAL(5,2)", "none", ch(100, 100, 100, 80, 60)),
        Col("KINDER", "SMALLINT", "none", num(0, 4)),
        Col("MUTTER_SPR", "CHAR(2)", "none", wch([("DE", 45), ("PT", 15), ("SQ", 14), ("IT", 12), ("SR", 8),
                                                  ("TR", 6)])),
        Col("MUT_USER", "CHAR(8)", "none", ch("LOHN01", "LOHN02", "BATCH")),
        Col("MUT_TS", "TIMESTAMP", "none", stamp(2023, 2024)),
    ], rows=N, extra=[_fk("PERS_STAMM", "MAND_NR", "T_MANDANT", "MAND_NR")])
    adr = Table(S, "PERS_ADR", [
        Col("ADR_ID", "INTEGER NOT NULL PRIMARY KEY", "none", seq),
        Col("PERS_NR", "INTEGER", "none", lambda c, i: 10000 + (i - 1) % N + 1),
        Col("ADR_TYP", "CHAR(2)", "none", const("WS")),
        Col("STRASSE", "VARCHAR(40)", "postal_address", lambda c, i: pf(P, "street")(c, (i - 1) % N + 1)),
        Col("HAUSNR", "CHAR(6)", "postal_address", lambda c, i: pf(P, "no")(c, (i - 1) % N + 1)),
        Col("PLZ", "CHAR(4)", "postal_address", lambda c, i: pf(P, "pc")(c, (i - 1) % N + 1)),
        Col("ORT", "VARCHAR(40)", "none", lambda c, i: pf(P, "town")(c, (i - 1) % N + 1)),
        Col("LAND", "CHAR(2)", "none", const("CH")),
        Col("GUELTIG_AB", "DATE", "none", day(2005, 2024)),
    ], rows=N, extra=[_fk("PERS_ADR", "PERS_NR", "PERS_STAMM", "PERS_NR")])
    bank = Table(S, "PERS_BANK", [
        Col("BANK_ID", "INTEGER NOT NULL PRIMARY KEY", "none", seq),
        Col("PERS_NR", "INTEGER", "none", lambda c, i: 10000 + who("bank", N)(c, i)),
        Col("IBAN", "CHAR(21)", "iban",
            lambda c, i: iban("CH", 17, c.r.choice(["00700", "00235", "80808", "09000"]))(c, i)),
        Col("BANK_NAME", "VARCHAR(40)", "none", ch("ZKB", "UBS Switzerland AG", "Raiffeisen", "PostFinance",
                                                   "Millennium BCP (PT)")),
        Col("KTO_INHABER", "VARCHAR(60)", "person_name",
            lambda c, i: f"{pfx('bank', P, N, 'first')(c, i)} {pfx('bank', P, N, 'last')(c, i)}"),
        Col("ANTEIL_PROZ", "DECIMAL(5,2)", "none", ch(100, 100, 100, 50)),
        Col("GUELTIG_AB", "DATE", "none", day(2010, 2024)),
    ], rows=140, extra=[_fk("PERS_BANK", "PERS_NR", "PERS_STAMM", "PERS_NR")])
    la = Table(S, "LOHNART", [
        Col("LA_NR", "SMALLINT NOT NULL PRIMARY KEY", "none", lambda c, i: _LOHNARTEN[i - 1][0]),
        Col("BEZEICHNUNG", "VARCHAR(40)", "none", lambda c, i: _LOHNARTEN[i - 1][1]),
        Col("AHV_PFL", "CHAR(1)", "none", ch("J", "N")),
        Col("UVG_PFL", "CHAR(1)", "none", ch("J", "N")),
        Col("QST_PFL", "CHAR(1)", "none", ch("J", "N")),
        Col("FIBU_KTO", "CHAR(4)", "none", ch("5000", "5700", "5720", "5800", "2270")),
    ], rows=len(_LOHNARTEN))
    jour = Table(S, "LOHN_JOURNAL", [
        Col("JOURNAL_ID", "BIGINT NOT NULL PRIMARY KEY", "none", lambda c, i: 2024000000 + i),
        Col("PERS_NR", "INTEGER", "none", lambda c, i: 10000 + c.r.randint(1, N)),
        Col("PERIODE", "CHAR(6)", "none", lambda c, i: f"2024{c.r.randint(1, 12):02d}"),
        Col("LA_NR", "SMALLINT", "none", lambda c, i: c.r.choice(_LOHNARTEN)[0]),
        Col("ANZAHL", "DECIMAL(9,2)", "none", ch(1, 1, 8.5, 21, 173.33)),
        Col("ANSATZ", "DECIMAL(9,2)", "none", money(20, 45)),
        Col("BETRAG", "DECIMAL(11,2)", "none", money(-900, 7200)),
        Col("KST", "CHAR(6)", "none", ch("B24017", "B23102", "T24003", "ADMIN")),
        Col("BUCH_DAT", "DATE", "none", day(2024, 2024)),
        Col("STORNO", "CHAR(1)", "none", ch("N", "N", "N", "J")),
    ], rows=150, extra=[_fk("LOHN_JOURNAL", "PERS_NR", "PERS_STAMM", "PERS_NR"),
                        _fk("LOHN_JOURNAL", "LA_NR", "LOHNART", "LA_NR")])
    unf = Table(S, "UNFALL", [
        Col("FALL_NR", "INTEGER NOT NULL PRIMARY KEY", "none", lambda c, i: 880000 + i),
        Col("PERS_NR", "INTEGER", "none", lambda c, i: 10000 + c.r.randint(1, N)),
        Col("SUVA_SCHADEN_NR", "CHAR(14)", "none",
            lambda c, i: f"10.{c.r.randint(10000, 99999)}.24.{c.r.randint(1, 9)}"),
        Col("UNF_TYP", "CHAR(3)", "none", wch([("BU", 70), ("NBU", 30)])),
        Col("UNF_DAT", "DATE", "none", day(2021, 2024)),
        Col("UNF_ZEIT", "TIME", "none",
            lambda c, i: f"{c.r.randint(6, 18):02d}:{c.r.choice(['00', '15', '30', '45'])}"),
        Col("UNF_ORT", "VARCHAR(60)", "none", ch("Baustelle Hardturm, Zürich", "Werkhof Schlieren",
                                                 "Baustelle Glattpark, Opfikon", "Sportplatz", None)),
        Col("HERGANG", "VARCHAR(500)", "health", _HERGANG),
        Col("VERLETZUNG", "VARCHAR(80)", "health", _VERL),
        Col("ARZT", "VARCHAR(60)", "person_name", ch("Dr. med. R. Brunner, Schlieren", "Notfall USZ",
                                                     "Dr. med. S. Widmer", "Kantonsspital Baden", "Dr. A. Gashi")),
        Col("ARB_UNF_PROZ", "SMALLINT", "health", ch(0, 50, 100, 100)),
        Col("ARB_UNF_BIS", "DATE", "none", maybe(0.7, day(2021, 2024))),
        Col("ERF_USER", "CHAR(8)", "none", ch("LOHN01", "LOHN02")),
    ], rows=90, extra=[_fk("UNFALL", "PERS_NR", "PERS_STAMM", "PERS_NR")])
    absz = Table(S, "ABSENZ", [
        Col("ABS_ID", "INTEGER NOT NULL PRIMARY KEY", "none", seq),
        Col("PERS_NR", "INTEGER", "none", lambda c, i: 10000 + c.r.randint(1, N)),
        Col("ABS_ART", "CHAR(14)", "health", _ABS),
        Col("VON_DAT", "DATE", "none", day(2023, 2024)),
        Col("BIS_DAT", "DATE", "none", day(2023, 2024)),
        Col("PROZENT", "SMALLINT", "none", ch(100, 100, 50)),
        Col("ARZTZEUGNIS", "CHAR(1)", "health", ch("J", "N", " ")),
        Col("FALL_NR", "INTEGER", "none", maybe(0.1, lambda c, i: 880000 + c.r.randint(1, 90))),
        Col("BEMERKUNG", "VARCHAR(200)", "health", _BEM),
    ], rows=150, extra=[_fk("ABSENZ", "PERS_NR", "PERS_STAMM", "PERS_NR"),
                        _fk("ABSENZ", "FALL_NR", "UNFALL", "FALL_NR")])
    ben = Table(S, "BENUTZER", [
        Col("BEN_ID", "CHAR(8) NOT NULL PRIMARY KEY", "none", lambda c, i: ["LOHN01", "LOHN02", "BATCH", "ADMIN",
                                                                            "HRLEIT", "BUCHH1", "REVISOR",
                                                                            "LOHN03"][i - 1]),
        Col("NAME", "VARCHAR(40)", "person_name", lambda c, i: ["Sandra Widmer", "Corinne Frei", None, "IT Admin",
                                                                 "Daniel Keller", "Monika Huber", "BDO AG Revision",
                                                                 "Arben Krasniqi"][i - 1]),
        Col("PASSWORT", "CHAR(32)", "credentials", hexs(32)),
        Col("ROLLE", "CHAR(8)", "none", ch("LOHN", "ADMIN", "LESEN")),
        Col("LETZTE_ANM", "TIMESTAMP", "none", stamp(2024, 2024)),
        Col("GESPERRT", "CHAR(1)", "none", ch("N", "N", "J")),
    ], rows=8)
    return [mand, stamm, adr, bank, la, jour, unf, absz, ben]

