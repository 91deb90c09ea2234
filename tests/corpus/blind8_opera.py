"""k_opera: a South Tyrol / Tyrol hotel group on Oracle Hospitality OPERA PMS (upper-case Oracle names): resorts,
the NAME profile table (guests, companies and travel agents in one table), addresses, the NAME_PHONE table that
keeps phones and e-mails in one PHONE_NUMBER column, reservations, comments, credit cards, ID documents, folio
transactions, transaction codes, rooms, preferences, and the Austrian guest register (Gästeblatt) export table."""
from __future__ import annotations

import base64

from .blind8_gens import PHONE, STREET, _pool, _town, day, fk, money, num, opt, person, span, stamp, with_fks
from .gens import Col, Table, pick

S = "k_opera"
RESORTS = ["MERAN", "BRIXN", "KITZB", "SEEFD", "STANT", "ALPBA", "BOZEN", "INNSB"]
LANGS = ["de", "it", "de", "en", "nl", "fr", "de", "it"]
N_NAME, N_RESV = 140, 140
TITLES = {"de": ("Herr", "Frau"), "it": ("Sig.", "Sig.ra"), "en": ("Mr", "Mrs"), "nl": ("Dhr.", "Mevr."), "fr": ("M.", "Mme")}
COUNTRY = {"de": "DE", "it": "IT", "en": "GB", "nl": "NL", "fr": "FR"}


def _lang(i: int) -> str:
    return LANGS[i % len(LANGS)]


def _company(i: int) -> bool:
    return i % 7 == 0


def _p(part: str):
    def gen(c, i):
        if _company(i):
            return {"last": c.r.choice(["Siemens AG", "DER Touristik", "Südtirol Marketing", "TUI Deutschland GmbH",
                                        "Booking.com B.V.", "Generali Italia", "Alpen Incentive GmbH"]),
                    "first": None}.get(part)
        return person(_lang(i), "name", i)[part]
    return gen


def _contact(c, i) -> str:
    """PHONE_NUMBER: an e-mail for the EMAIL role, a phone number otherwise (the role is chosen from the row)."""
    lang = _lang(i)
    return person(lang, "name", i)["email"] if i % 9 < 5 else PHONE[lang](c)


def _passport(c) -> str:
    return c.r.choice(["C", "L", "Y", "YA", "NW", "5", "1"]) + "".join(c.r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8))


def _comment(c, i) -> str:
    p = person(_lang(i), "cmt", i)
    return c.r.choice([
        "Hochzeitstag - Flasche Sekt aufs Zimmer", "Gast reist mit Hund (Labrador)", "late arrival ca. 23:00",
        "Anreise mit Zug, Transfer ab Bhf. Meran bestellt", "Allergie: Nüsse / Laktose, Küche informiert",
        "Rechnung an Firma, z.Hd. {first} {last}", "Gast bittet um Rückruf unter {phone}",
        "Sig.ra {last} preferisce camera silenziosa", "Rollstuhlfahrer - barrierefreies Zimmer",
        "Stammgast, Zimmer 214 wie immer", "Kreditkarte abgelehnt, Gast informiert", "Booking.com guest, email {email}",
        "Booked by {first} {last} (PA), invoice to company"]).format(phone=PHONE["de"](c), **p)


def _addr(c, i) -> str:
    lang = _lang(i)
    name, n = c.r.choice(_pool(STREET, lang)), c.r.randint(1, 140)
    return {"it": f"{name} {n}", "en": f"{n} {name}", "fr": f"{n} {name}"}.get(lang, f"{name} {n}")


def opera_tables() -> list[Table]:
    return with_fks([
        Table(S, "RESORT", [
            Col("RESORT", "varchar(20) PRIMARY KEY", "none", lambda c, i: RESORTS[i - 1]),
            Col("NAME", "varchar(80)", "none", lambda c, i: ["Hotel Meraner Hof", "Hotel Elephant Brixen", "Schloss Kitzbühel",
                                                             "Seehof Seefeld", "Arlberg Lodge St. Anton", "Alpbacher Hof",
                                                             "Parkhotel Bozen", "Hotel Goldener Adler"][i - 1]),
            Col("ADDRESS1", "varchar(80)", "none", pick("Freiheitsstraße 12", "Weißlahnstraße 4", "Hinterstadt 22",
                                                        "Innsbrucker Straße 50", "Dorfstraße 7")),
            Col("CITY", "varchar(40)", "none", pick("Meran", "Brixen", "Kitzbühel", "Seefeld", "St. Anton am Arlberg")),
            Col("ZIP_CODE", "varchar(15)", "none", pick("39012", "39042", "6370", "6100", "6580")),
            Col("COUNTRY_CODE", "varchar(3)", "none", pick("IT", "AT")),
            Col("TELEPHONE", "varchar(40)", "none", lambda c, i: f"+43 5356 {6000 + i * 11}"),
            Col("FAX", "varchar(40)", "none", lambda c, i: f"+43 5356 {6000 + i * 11}-99"),
            Col("EMAIL", "varchar(80)", "none", lambda c, i: f"reservierung@{RESORTS[i - 1].lower()}-hotel.com"),
            Col("WEBADDRESS", "varchar(80)", "none", lambda c, i: f"www.{RESORTS[i - 1].lower()}-hotel.com"),
            Col("CURRENCY_CODE", "varchar(3)", "none", pick("EUR")),
            Col("CHAIN_CODE", "varchar(20)", "none", pick("ALPH")),
        ], rows=8),
        Table(S, "NAME", [
            Col("NAME_ID", "bigint PRIMARY KEY", "none", lambda c, i: i),
            Col("NAME_TYPE", "varchar(20)", "none", lambda c, i: c.r.choice(["COMPANY", "TRAVEL_AGENT"]) if _company(i) else "D"),
            Col("LAST", "varchar(40)", "person_name", _p("last")),
            Col("FIRST", "varchar(40)", "person_name", _p("first")),
            Col("MIDDLE", "varchar(40)", "person_name", opt(0.1, pick("Maria", "Johann", "J.", "Anne"))),
            Col("TITLE", "varchar(40)", "none", lambda c, i: None if _company(i) else TITLES[_lang(i)][
                person(_lang(i), "name", i)["sex"] == "F"]),
            Col("SALUTATION", "varchar(60)", "person_name", lambda c, i: None if _company(i) else c.r.choice(
                ["Sehr geehrte/r {}", "Gentile {}", "Dear {}", "Beste {}"]).format(person(_lang(i), "name", i)["last"])),
            Col("LANGUAGE", "varchar(3)", "none", lambda c, i: _lang(i).upper()),
            Col("NATIONALITY", "varchar(3)", "none", lambda c, i: COUNTRY[_lang(i)]),
            Col("BIRTH_DATE", "date", "birth_date", lambda c, i: None if _company(i) else opt(0.6, day(1940, 2005))(c, i)),
            Col("BIRTH_PLACE", "varchar(80)", "none", opt(0.2, pick("München", "Bolzano", "Utrecht", "Leeds", "Lyon"))),
            Col("GENDER", "varchar(1)", "none", lambda c, i: None if _company(i) else person(_lang(i), "name", i)["sex"]),
            Col("VIP_STATUS", "varchar(20)", "none", pick(None, None, None, None, "V1", "V2", "STAM")),
            Col("PASSPORT", "varchar(40)", "national_id", lambda c, i: None if _company(i) or c.r.random() < 0.5 else _passport(c)),
            Col("BUSINESS_TITLE", "varchar(80)", "none", opt(0.2, pick("Geschäftsführer", "Key Account Manager", "Avvocato"))),
            Col("COMPANY", "varchar(80)", "none", opt(0.15, pick("Bosch GmbH", "Generali", "Allianz SE", "Rabobank"))),
            Col("NAME_CODE", "varchar(20)", "none", lambda c, i: f"{c.r.randint(10000000, 99999999)}" if _company(i) else None),
            Col("ACTIVE_YN", "varchar(1)", "none", pick("Y", "Y", "Y", "N")),
            Col("INSERT_DATE", "timestamp", "none", stamp(2012, 2024)),
            Col("INSERT_USER", "bigint", "none", pick(2, 14, 27, 31, 1001)),
        ], rows=N_NAME),
        Table(S, "NAME_ADDRESS", [
            Col("ADDRESS_ID", "bigint PRIMARY KEY", "none", lambda c, i: 5000 + i),
            Col("NAME_ID", "bigint", "none", lambda c, i: i if i <= N_NAME else c.r.randint(1, N_NAME)),
            Col("ADDRESS_TYPE", "varchar(20)", "none", pick("HOME", "HOME", "HOME", "BUSINESS")),
            Col("ADDRESS1", "varchar(80)", "postal_address", _addr),
            Col("ADDRESS2", "varchar(80)", "postal_address", opt(0.15, pick("c/o Praxis Dr. Huber", "Scala B, int. 4", "Flat 2",
                                                                           "App. 12", "Top 7"))),
            Col("CITY", "varchar(40)", "none", lambda c, i: _town(c, _lang(i))[1]),
            Col("ZIP_CODE", "varchar(15)", "postal_address", lambda c, i: _town(c, _lang(i))[0]),
            Col("STATE", "varchar(20)", "none", opt(0.3, pick("BY", "BW", "BZ", "TN", "NRW"))),
            Col("COUNTRY", "varchar(3)", "none", lambda c, i: COUNTRY[_lang(i)]),
            Col("PRIMARY_YN", "varchar(1)", "none", pick("Y", "Y", "N")),
            Col("INSERT_DATE", "timestamp", "none", stamp(2012, 2024)),
        ], rows=130),
        Table(S, "NAME_PHONE", [
            Col("PHONE_ID", "bigint PRIMARY KEY", "none", lambda c, i: 9000 + i),
            Col("NAME_ID", "bigint", "none", lambda c, i: i if i <= N_NAME else c.r.randint(1, N_NAME)),
            Col("PHONE_TYPE", "varchar(20)", "none", lambda c, i: "EMAIL" if i % 9 < 5 else c.r.choice(["MOBILE", "HOME", "BUSINESS"])),
            Col("PHONE_ROLE", "varchar(20)", "none", lambda c, i: "EMAIL" if i % 9 < 5 else "PHONE"),
            Col("PHONE_NUMBER", "varchar(2000)", "email", _contact),
            Col("PRIMARY_YN", "varchar(1)", "none", pick("Y", "N")),
            Col("INSERT_DATE", "timestamp", "none", stamp(2012, 2024)),
        ], rows=150),
        Table(S, "RESERVATION_NAME", [
            Col("RESV_NAME_ID", "bigint PRIMARY KEY", "none", lambda c, i: 700000 + i),
            Col("RESORT", "varchar(20)", "none", lambda c, i: c.r.choice(RESORTS)),
            Col("NAME_ID", "bigint", "none", num(1, N_NAME)),
            Col("CONFIRMATION_NO", "varchar(50)", "none", lambda c, i: f"{c.r.randint(10000000, 99999999)}"),
            Col("RESV_STATUS", "varchar(20)", "none", pick("RESERVED", "CHECKED OUT", "CHECKED OUT", "CANCELLED", "NO SHOW",
                                                           "CHECKED IN")),
            Col("BEGIN_DATE", "date", "none", span("resv", 2023, 2025, False)),
            Col("END_DATE", "date", "none", span("resv", 2023, 2025, True)),
            Col("ADULTS", "smallint", "none", pick(1, 2, 2, 2, 3)),
            Col("CHILDREN", "smallint", "none", pick(0, 0, 0, 1, 2)),
            Col("ROOM", "varchar(20)", "none", lambda c, i: f"{c.r.randint(1, 4)}{c.r.randint(1, 30):02d}"),
            Col("ROOM_CATEGORY", "varchar(20)", "none", pick("DZS", "DZB", "EZ", "JS", "SUI")),
            Col("RATE_CODE", "varchar(20)", "none", pick("BAR", "BAR", "HP", "PKGSKI", "CORP", "OTA")),
            Col("GUARANTEE_CODE", "varchar(20)", "none", pick("CC", "6PM", "DEP", "CO")),
            Col("PAYMENT_METHOD", "varchar(20)", "none", pick("VA", "MC", "AX", "CA", "EC", "INV")),
            Col("MARKET_CODE", "varchar(20)", "none", pick("LEI", "LEI", "COR", "GRP", "WHL")),
            Col("ORIGIN_OF_BOOKING", "varchar(20)", "none", pick("WEB", "PHO", "BDC", "EXP", "WLK")),
            Col("TRUNC_ACTUAL_CHECK_IN_DATE", "date", "none", opt(0.7, day(2023, 2025))),
            Col("INSERT_DATE", "timestamp", "none", stamp(2023, 2025)),
            Col("INSERT_USER", "bigint", "none", pick(2, 14, 27, 31, 1001)),
        ], rows=N_RESV),
        Table(S, "RESERVATION_COMMENT", [
            Col("RESV_NAME_ID", "bigint", "none", lambda c, i: 700000 + c.r.randint(1, N_RESV)),
            Col("COMMENT_TYPE", "varchar(20)", "none", pick("RESERVATION", "RESERVATION", "CASHIER", "HOUSEKEEPING")),
            Col("COMMENT_TEXT", "varchar(2000)", "free_text_may_contain_pii", _comment),
            Col("INTERNAL_YN", "varchar(1)", "none", pick("Y", "N", "N")),
            Col("INSERT_DATE", "timestamp", "none", stamp(2023, 2025)),
            Col("INSERT_USER", "bigint", "none", pick(2, 14, 27, 31, 1001)),
        ], rows=120),
        Table(S, "NAME_CREDIT_CARD", [
            Col("CREDIT_CARD_ID", "bigint PRIMARY KEY", "none", lambda c, i: i),
            Col("NAME_ID", "bigint", "none", num(1, N_NAME)),
            Col("CREDIT_CARD_TYPE", "varchar(20)", "none", pick("VA", "VA", "MC", "MC", "AX", "DC")),
            Col("CREDIT_CARD_NUMBER", "varchar(80)", "payment_card",
                lambda c, i: base64.b64encode(c.r.randbytes(24)).decode()),
            Col("CREDIT_CARD_NUMBER_MASKED", "varchar(20)", "payment_card", lambda c, i: "XXXXXXXXXXXX" + f"{c.r.randint(0, 9999):04d}"),
            Col("CREDIT_CARD_EXPIRATION_DATE", "date", "none", day(2024, 2029)),
            Col("CREDIT_CARD_HOLDER", "varchar(80)", "person_name",
                lambda c, i: "{first} {last}".format(**person(_lang(i), "cc", i)).upper()),
            Col("PRIMARY_YN", "varchar(1)", "none", pick("Y", "N")),
        ], rows=110),
        Table(S, "NAME_DOCUMENTS", [
            Col("DOC_ID", "bigint PRIMARY KEY", "none", lambda c, i: i),
            Col("NAME_ID", "bigint", "none", num(1, N_NAME)),
            Col("ID_TYPE", "varchar(20)", "none", pick("PASSPORT", "ID_CARD", "ID_CARD", "DRIVING_LICENSE")),
            Col("ID_NUMBER", "varchar(40)", "national_id", lambda c, i: c.r.choice(["L", "T", "C", "CA", "AY", "NX"])
                + "".join(c.r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(7))),
            Col("ID_COUNTRY", "varchar(3)", "none", pick("DE", "IT", "AT", "NL", "GB", "FR")),
            Col("ISSUE_DATE", "date", "none", day(2014, 2024)),
            Col("EXPIRATION_DATE", "date", "none", day(2025, 2034)),
            Col("ISSUE_PLACE", "varchar(80)", "none", pick("Stadt München", "Comune di Bolzano", "Gemeente Utrecht", "HMPO")),
        ], rows=110),
        Table(S, "FINANCIAL_TRANSACTIONS", [
            Col("TRX_NO", "bigint PRIMARY KEY", "none", lambda c, i: 3000000 + i),
            Col("RESORT", "varchar(20)", "none", lambda c, i: c.r.choice(RESORTS)),
            Col("RESV_NAME_ID", "bigint", "none", lambda c, i: 700000 + c.r.randint(1, N_RESV)),
            Col("TRX_CODE", "varchar(20)", "none", pick("1000", "1000", "2000", "2100", "3050", "4000", "9000", "9004")),
            Col("TRX_DATE", "date", "none", day(2023, 2025)),
            Col("BUSINESS_DATE", "date", "none", day(2023, 2025)),
            Col("TRX_AMOUNT", "numeric(14,2)", "none", money(-900, 900)),
            Col("CURRENCY", "varchar(3)", "none", pick("EUR")),
            Col("QUANTITY", "int", "none", pick(1, 1, 1, 2, 3)),
            Col("REMARK", "varchar(2000)", "none", opt(0.4, pick("Minibar", "Massage 50 Min.", "Ortstaxe 2 Pers.", "Skipass Korrektur",
                                                                "Anzahlung Booking"))),
            Col("CASHIER_ID", "bigint", "none", pick(1, 2, 3, 7, 12)),
        ], rows=150),
        Table(S, "TRX$_CODES", [
            Col("RESORT", "varchar(20)", "none", pick("MERAN", "KITZB")),
            Col("TRX_CODE", "varchar(20)", "none", lambda c, i: f"{1000 + i * 50}"),
            Col("DESCRIPTION", "varchar(2000)", "none", lambda c, i: ["Logis", "Halbpension", "Frühstück", "Restaurant Speisen",
                                                                       "Getränke", "Minibar", "Spa Behandlung", "Ortstaxe",
                                                                       "Garage", "Telefon", "Visa", "Mastercard", "Bar",
                                                                       "Anzahlung", "Rechnung"][i % 15]),
            Col("TC_GROUP", "varchar(20)", "none", pick("LOG", "FB", "OTH", "PAY")),
            Col("TC_SUBGROUP", "varchar(20)", "none", pick("ROOM", "FOOD", "BEV", "SPA", "CC", "CASH")),
            Col("TC_TRANSACTION_TYPE", "varchar(20)", "none", pick("R", "R", "P", "W")),
            Col("IS_MANUAL_POST_ALLOWED", "varchar(1)", "none", pick("Y", "N")),
        ], rows=45),
        Table(S, "ROOM", [
            Col("RESORT", "varchar(20)", "none", lambda c, i: RESORTS[i % 8]),
            Col("ROOM", "varchar(20)", "none", lambda c, i: f"{(i % 4) + 1}{i:02d}"),
            Col("ROOM_CATEGORY", "varchar(20)", "none", pick("DZS", "DZB", "EZ", "JS", "SUI")),
            Col("FLOOR", "varchar(20)", "none", lambda c, i: str((i % 4) + 1)),
            Col("ROOM_STATUS", "varchar(20)", "none", pick("CL", "DI", "IP", "OO")),
            Col("DESCRIPTION", "varchar(2000)", "none", pick("Doppelzimmer Südbalkon", "Einzelzimmer Hofseite",
                                                              "Junior Suite mit Bergblick", "barrierefrei")),
            Col("SMOKING_YN", "varchar(1)", "none", pick("N")),
            Col("MAX_OCCUPANCY", "smallint", "none", pick(1, 2, 2, 3, 4)),
        ], rows=120),
        Table(S, "NAME_PREFERENCES", [
            Col("NAME_ID", "bigint", "none", num(1, N_NAME)),
            Col("PREFERENCE_TYPE", "varchar(20)", "none", lambda c, i: ["ROOM", "FLOOR", "NEWSPAPER", "SPECIALS", "PILLOW"][i % 5]),
            Col("PREFERENCE_VALUE", "varchar(20)", "none", lambda c, i: [
                c.r.choice(["NS", "QUIET", "BALC", "TWIN"]), c.r.choice(["HIGH", "LOW"]),
                c.r.choice(["FAZ", "SZ", "CORRIERE", "TELEGRAPH", "DOLOMITEN"]),
                c.r.choice(["VEG", "VEGAN", "GLUT", "HALAL", "KOSHER", "BABYBED", "DOG"]),
                c.r.choice(["FEATHER", "FOAM", "KAPOK"])][i % 5]),
            Col("RESORT", "varchar(20)", "none", pick(None, "MERAN", "KITZB")),
        ], rows=130),
        Table(S, "AT_GAESTEBLATT", [
            Col("LFD_NR", "int", "none", lambda c, i: 24000 + i),
            Col("FAMILIENNAME", "varchar(60)", "person_name", lambda c, i: person(_lang(i), "gb", i)["last"]),
            Col("VORNAME", "varchar(60)", "person_name", lambda c, i: person(_lang(i), "gb", i)["first"]),
            Col("GEBURTSDATUM", "date", "birth_date", day(1940, 2020)),
            Col("STAATSANGEHOERIGKEIT", "varchar(40)", "none", lambda c, i: {"de": "Deutschland", "it": "Italien", "en": "Vereinigtes Königreich",
                                                                           "nl": "Niederlande", "fr": "Frankreich"}[_lang(i)]),
            Col("ANSCHRIFT", "varchar(200)", "postal_address", lambda c, i: f"{_addr(c, i)}, {' '.join(_town(c, _lang(i)))}"),
            Col("ANKUNFT", "date", "none", span("gb", 2024, 2025, False)),
            Col("ABREISE", "date", "none", span("gb", 2024, 2025, True)),
            Col("REISEDOKUMENT_ART", "varchar(20)", "none", pick("Reisepass", "Personalausweis", "Carta d'identità", None)),
            Col("REISEDOKUMENT_NR", "varchar(40)", "national_id", opt(0.6, lambda c, i: "C" + "".join(
                c.r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)))),
            Col("AUSSTELL_BEHOERDE", "varchar(80)", "none", opt(0.6, pick("Stadt Köln", "Comune di Verona", "Gemeente Leiden"))),
            Col("ORTSTAXE", "numeric(8,2)", "none", money(2.1, 35)),
            Col("ZIMMER", "varchar(10)", "none", lambda c, i: f"{c.r.randint(1, 4)}{c.r.randint(1, 30):02d}"),
        ], rows=120),
    ], [
        fk(S, "NAME_ADDRESS", "NAME_ID", "NAME", "NAME_ID"), fk(S, "NAME_PHONE", "NAME_ID", "NAME", "NAME_ID"),
        fk(S, "RESERVATION_NAME", "NAME_ID", "NAME", "NAME_ID"), fk(S, "RESERVATION_NAME", "RESORT", "RESORT", "RESORT"),
        fk(S, "RESERVATION_COMMENT", "RESV_NAME_ID", "RESERVATION_NAME", "RESV_NAME_ID"),
        fk(S, "NAME_CREDIT_CARD", "NAME_ID", "NAME", "NAME_ID"), fk(S, "NAME_DOCUMENTS", "NAME_ID", "NAME", "NAME_ID"),
        fk(S, "FINANCIAL_TRANSACTIONS", "RESV_NAME_ID", "RESERVATION_NAME", "RESV_NAME_ID"),
        fk(S, "NAME_PREFERENCES", "NAME_ID", "NAME", "NAME_ID"),
    ])
