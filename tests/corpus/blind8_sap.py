"""k_sap: a German SAP ERP client's HCM infotypes and SD customer master, as the transparent tables appear on the
database (upper-case names, MANDT first, NUMC keys stored as zero-padded text, dates as DATS 'YYYYMMDD' strings).
SAP declares no foreign keys on the database; check tables live in the ABAP dictionary only."""
from __future__ import annotations

from .blind8_gens import (address_line, choose, code, day, full, money, num, opt, other_name, phone, postcode,
                          rv_nummer, seq, span, street, surname, town, who)
from stdnum import iban

from .gens import Col, Table, pick

S = "k_sap"
MANDT = Col("MANDT", "varchar(3)", "none", pick("100"))
PERNR = Col("PERNR", "varchar(8)", "none", lambda c, i: f"{c.r.randint(10001, 10120):08d}")
OWN_PERNR = Col("PERNR", "varchar(8)", "none", seq("{:08d}", 10000))
ENDDA = Col("ENDDA", "varchar(8)", "none", span("sap", 2005, 2024, True, "%Y%m%d", "99991231"))
BEGDA = Col("BEGDA", "varchar(8)", "none", span("sap", 2005, 2024, False, "%Y%m%d"))
DATS = "%Y%m%d"


def sap_tables() -> list[Table]:
    return [
        Table(S, "PA0001", [MANDT, OWN_PERNR, ENDDA, BEGDA,
            Col("BUKRS", "varchar(4)", "none", pick("1000", "1000", "1100", "2000")),
            Col("WERKS", "varchar(4)", "none", pick("1000", "1010", "1100", "2000")),
            Col("PERSG", "varchar(1)", "none", pick("1", "1", "1", "2", "5", "9")),
            Col("PERSK", "varchar(2)", "none", pick("DU", "DT", "DA", "DL", "DP")),
            Col("BTRTL", "varchar(4)", "none", pick("0001", "0002", "0003")),
            Col("KOSTL", "varchar(10)", "none", lambda c, i: f"00000{c.r.choice([4100, 4120, 4200, 4710, 8100])}0"),
            Col("ORGEH", "varchar(8)", "none", code(4, prefix="5000")),
            Col("PLANS", "varchar(8)", "none", code(4, prefix="5001")),
            Col("STELL", "varchar(8)", "none", code(4, prefix="5002")),
            Col("ENAME", "varchar(40)", "person_name", full("de", "pa", "{first} {last}")),
            Col("SNAME", "varchar(30)", "person_name", full("de", "pa", "{last} {first}", upper=True)),
            Col("ABKRS", "varchar(2)", "none", pick("D1", "D1", "D2")),
            Col("SACHP", "varchar(3)", "none", pick("P01", "P02", "P07", "")),
        ]),
        Table(S, "PA0002", [MANDT, OWN_PERNR, ENDDA, BEGDA,
            Col("NACHN", "varchar(40)", "person_name", who("de", "pa", "last")),
            Col("NAME2", "varchar(40)", "person_name", opt(0.25, surname("de"), "")),
            Col("VORNA", "varchar(40)", "person_name", who("de", "pa", "first")),
            Col("TITEL", "varchar(15)", "none", pick("", "", "", "", "", "Dr.", "Dipl.-Ing.", "Prof. Dr.")),
            Col("RUFNM", "varchar(40)", "person_name", opt(0.2, pick("Andi", "Steffi", "Jo", "Tom", "Gabi", "Micha"), "")),
            Col("GBDAT", "varchar(8)", "birth_date", day(1958, 2004, DATS)),
            Col("GBORT", "varchar(40)", "none", town("de")),
            Col("GBLND", "varchar(3)", "none", pick("DE", "DE", "DE", "DE", "TR", "PL", "IT", "RO", "HR")),
            Col("GESCH", "varchar(1)", "none", lambda c, i: "1" if who("de", "pa", "sex")(c, i) == "M" else "2"),
            Col("NATIO", "varchar(3)", "none", pick("DE", "DE", "DE", "DE", "DE", "TR", "PL", "IT", "AT")),
            Col("SPRSL", "varchar(1)", "none", pick("D", "D", "D", "E")),
            Col("KONFE", "varchar(2)", "religious_belief", pick("RK", "RK", "EV", "EV", "--", "--", "--", "AK", "IS")),
            Col("FAMST", "varchar(1)", "none", pick("0", "1", "1", "1", "3", "5", "7")),
            Col("FAMDT", "varchar(8)", "none", opt(0.6, day(1985, 2023, DATS), "00000000")),
            Col("ANZKD", "numeric(3)", "none", num(0, 4)),
        ]),
        Table(S, "PA0006", [MANDT, PERNR,
            Col("SUBTY", "varchar(4)", "none", pick("1", "1", "1", "2", "4")),
            ENDDA, BEGDA,
            Col("ANSSA", "varchar(4)", "none", pick("1", "1", "1", "2", "4")),
            Col("NAME2", "varchar(40)", "person_name", opt(0.15, lambda c, i: "c/o " + other_name("de")(c, i), "")),
            Col("STRAS", "varchar(60)", "postal_address", street("de", number=False)),
            Col("HSNMR", "varchar(10)", "postal_address", lambda c, i: f"{c.r.randint(1, 120)}{c.r.choice(['', '', 'a', 'b'])}"),
            Col("PSTLZ", "varchar(10)", "postal_address", postcode("de")),
            Col("ORT01", "varchar(40)", "none", town("de")),
            Col("LAND1", "varchar(3)", "none", pick("DE")),
            Col("TELNR", "varchar(14)", "phone", opt(0.7, lambda c, i: phone("de")(c, i).replace(" ", "")[:14], "")),
            Col("ENTKM", "numeric(3)", "none", num(1, 85)),
        ], rows=130),
        Table(S, "PA0009", [MANDT, PERNR,
            Col("SUBTY", "varchar(4)", "none", pick("0", "0", "0", "1", "2")),
            ENDDA, BEGDA,
            Col("BNKSA", "varchar(4)", "none", pick("0", "0", "1")),
            Col("EMFTX", "varchar(40)", "person_name", full("de", "bank", "{first} {last}")),
            Col("BANKS", "varchar(3)", "none", pick("DE")),
            Col("BANKL", "varchar(15)", "none", pick("67050505", "67020190", "67250020", "50010517", "10010010",
                                                   "60050101", "67292200", "43060967")),
            Col("BANKN", "varchar(18)", "bank_account", lambda c, i: str(c.r.randint(10_000_000, 9_999_999_999))),
            Col("BKONT", "varchar(2)", "none", pick("", "")),
            Col("IBAN", "varchar(34)", "iban", lambda c, i: _iban_de(c)),
            Col("ZLSCH", "varchar(1)", "none", pick("U", "U", "U", "C")),
            Col("ZWECK", "varchar(40)", "none", opt(0.2, pick("Lohn/Gehalt", "VL-Vertrag Bausparkasse", "Pfändung"), "")),
        ]),
        Table(S, "PA0012", [MANDT, PERNR, BEGDA, ENDDA,
            Col("STKLA", "varchar(1)", "none", pick("1", "1", "3", "4", "4", "5", "2", "6")),
            Col("ZKFBT", "numeric(4,1)", "none", pick(0.0, 0.0, 0.5, 1.0, 1.5, 2.0)),
            Col("KONFS", "varchar(2)", "religious_belief", pick("rk", "ev", "--", "--", "lt", "ak")),
            Col("KONFP", "varchar(2)", "religious_belief", pick("rk", "ev", "--", "--", "", "")),
            Col("STIDN", "varchar(11)", "national_id", code(11, "0123456789", prefix="")),
            Col("FINAM", "varchar(4)", "none", pick("3240", "3241", "3247", "2812", "2839")),
        ], rows=110),
        Table(S, "PA0013", [MANDT, PERNR, BEGDA, ENDDA,
            Col("RVNUM", "varchar(12)", "national_id", rv_nummer),
            Col("KKBNR", "varchar(8)", "none", pick("67450665", "61232644", "98000006", "15517482", "01066802")),
            Col("PERSGR", "varchar(3)", "none", pick("101", "101", "101", "109", "102", "106")),
            Col("BEITRGR", "varchar(4)", "none", pick("1111", "1111", "6500", "0110", "3111")),
        ], rows=110),
        Table(S, "PA0021", [MANDT, PERNR,
            Col("FAMSA", "varchar(4)", "none", pick("1", "2", "2", "2", "11", "12")),
            ENDDA, BEGDA,
            Col("FANAM", "varchar(40)", "person_name", surname("de")),
            Col("FAVOR", "varchar(40)", "person_name", lambda c, i: c.r.choice(
                ["Leon", "Mia", "Finn", "Emma", "Paul", "Hannah", "Ben", "Lina", "Elias", "Sophie", "Noah", "Clara"])),
            Col("FGBDT", "varchar(8)", "birth_date", day(1960, 2022, DATS)),
            Col("FGBOT", "varchar(40)", "none", opt(0.5, town("de"), "")),
            Col("FASEX", "varchar(1)", "none", pick("1", "2")),
            Col("KDGBR", "varchar(1)", "none", pick("X", "X", "")),
        ], rows=140),
        Table(S, "PA0004", [MANDT, PERNR, BEGDA, ENDDA,
            Col("SBGRU", "varchar(2)", "health", pick("01", "01", "02", "03")),
            Col("SBPRO", "numeric(3)", "health", pick(30, 50, 50, 60, 70, 80, 100)),
            Col("AMTBE", "varchar(30)", "none", pick("Versorgungsamt Heidelberg", "LRA Rhein-Neckar-Kreis",
                                                    "Stadt Mannheim FB Soziales", "Versorgungsamt Karlsruhe")),
        ], rows=90),
        Table(S, "PA2001", [MANDT, PERNR, BEGDA, ENDDA,
            Col("AWART", "varchar(4)", "health", pick("0100", "0100", "0100", "0200", "0200", "0210", "0300", "0500",
                                                      "0600", "0800", "0400")),
            Col("ABWTG", "numeric(6,2)", "none", pick(0.5, 1.0, 1.0, 2.0, 3.0, 5.0, 10.0)),
            Col("STDAZ", "numeric(7,2)", "none", pick(3.9, 7.8, 7.8, 15.6, 39.0)),
        ], rows=150),
        Table(S, "PA0105", [MANDT, OWN_PERNR,
            Col("USRTY", "varchar(4)", "none", lambda c, i: ["0001", "0010", "0020"][i % 3]),
            BEGDA, ENDDA,
            Col("USRID", "varchar(30)", "phone", lambda c, i: [
                (who("de", "pa", "first", True)(c, i)[:1] + who("de", "pa", "last", True)(c, i))[:12], "",
                phone("de")(c, i)][i % 3]),
            Col("USRID_LONG", "varchar(241)", "email", lambda c, i: who("de", "pa", "email")(c, i) if i % 3 == 1 else ""),
        ], rows=120),
        Table(S, "T001", [MANDT,
            Col("BUKRS", "varchar(4)", "none", seq("{:04d}", 999)),
            Col("BUTXT", "varchar(25)", "none", choose("Kurpfalz Maschinenbau AG|KMB Service GmbH|KMB Österreich GmbH|"
                                                       "KMB Polska Sp. z o.o.|KMB Inc.")),
            Col("ORT01", "varchar(25)", "none", town("de")),
            Col("LAND1", "varchar(3)", "none", pick("DE", "DE", "AT", "PL", "US")),
            Col("WAERS", "varchar(5)", "none", pick("EUR", "EUR", "PLN", "USD")),
            Col("SPRAS", "varchar(1)", "none", pick("D", "E")),
            Col("KTOPL", "varchar(4)", "none", pick("INT", "SKR4")),
        ], rows=12),
        Table(S, "T554T", [
            Col("SPRSL", "varchar(1)", "none", pick("D")),
            Col("MOABW", "varchar(2)", "none", pick("01")),
            Col("AWART", "varchar(4)", "none", lambda c, i: ["0100", "0200", "0210", "0300", "0400", "0500", "0600",
                                                            "0800", "0900", "1000"][(i - 1) % 10]),
            Col("ATEXT", "varchar(25)", "none", lambda c, i: ["Urlaub", "Krankheit mit AU", "Krankheit ohne AU",
                                                             "Kur/Reha", "Fortbildung", "Mutterschutz", "Elternzeit",
                                                             "Sonderurlaub", "Gleitzeittag", "Dienstreise"][(i - 1) % 10]),
        ], rows=20),
        Table(S, "KNA1", [MANDT,
            Col("KUNNR", "varchar(10)", "none", seq("{:010d}", 100000)),
            Col("LAND1", "varchar(3)", "none", pick("DE", "DE", "DE", "AT", "CH", "FR", "NL")),
            Col("NAME1", "varchar(35)", "none", lambda c, i: c.r.choice(
                ["Autohaus {} GmbH", "{} Metallbau GmbH & Co. KG", "Schreinerei {}", "{} Landtechnik e.K.",
                 "Stadtwerke {}", "{} Elektro GmbH", "Spedition {} AG"]).format(
                c.r.choice(["Becker", "Huber", "Kraichgau", "Neckar", "Odenwald", "Pfalz", "Weinheim", "Roth"]))),
            Col("NAME2", "varchar(35)", "person_name", opt(0.45, lambda c, i: c.r.choice(
                ["z. Hd. Herrn ", "z. Hd. Frau ", "Ansprechp. ", "Attn. "]) + other_name("de")(c, i), "")),
            Col("ORT01", "varchar(35)", "none", town("de")),
            Col("PSTLZ", "varchar(10)", "none", postcode("de")),
            Col("REGIO", "varchar(3)", "none", pick("08", "08", "07", "09", "06")),
            Col("SORTL", "varchar(10)", "none", code(3, "ABCDEFGHKLMNPRSTW", prefix="KD")),
            Col("STRAS", "varchar(35)", "none", street("de")),
            Col("TELF1", "varchar(16)", "none", lambda c, i: f"0{c.r.choice(['621', '6221', '7261', '6201'])} {c.r.randint(1000, 99999)}-0"),
            Col("TELFX", "varchar(31)", "none", opt(0.5, lambda c, i: f"0621 {c.r.randint(1000, 99999)}-99", "")),
            Col("STCEG", "varchar(20)", "none", code(9, prefix="DE")),
            Col("KTOKD", "varchar(4)", "none", pick("0001", "0001", "0002", "CPD")),
            Col("LOEVM", "varchar(1)", "none", pick("", "", "", "", "X")),
            Col("ERDAT", "varchar(8)", "none", day(1998, 2024, DATS)),
            Col("ERNAM", "varchar(12)", "none", pick("MMUELLER", "SD_BATCH", "KWEBER", "ABAUER", "MIGRATION")),
            Col("KNURL", "varchar(132)", "none", opt(0.3, pick("www.kraichgau-metall.de", "https://stadtwerke-weinheim.de"), "")),
        ], rows=110),
        Table(S, "T005T", [MANDT,
            Col("SPRAS", "varchar(1)", "none", pick("D", "E")),
            Col("LAND1", "varchar(3)", "none", lambda c, i: "DE AT CH FR IT NL BE PL CZ TR HR RO US GB ES PT DK SE".split()[(i - 1) % 18]),
            Col("LANDX", "varchar(15)", "none", lambda c, i: ("Deutschland Österreich Schweiz Frankreich Italien "
                                                              "Niederlande Belgien Polen Tschechien Türkei Kroatien "
                                                              "Rumänien USA Großbritannien Spanien Portugal Dänemark "
                                                              "Schweden").split()[(i - 1) % 18]),
            Col("NATIO", "varchar(15)", "none", pick("deutsch", "österr.", "schweiz.", "franz.", "ital.", "türkisch")),
        ], rows=36),
        Table(S, "ZHR_BEWERBER", [MANDT,
            Col("APLNO", "varchar(8)", "none", seq("{:08d}", 50000)),
            Col("NAME_KOMPL", "varchar(80)", "person_name", full("de", "bew", "{last}, {first}")),
            Col("ANSCHRIFT", "varchar(120)", "postal_address", address_line("de")),
            Col("EMAIL", "varchar(120)", "email", who("de", "bew", "email")),
            Col("GEHALTSWUNSCH", "numeric(9,2)", "none", money(38000, 95000)),
            Col("STATUS", "varchar(2)", "none", pick("10", "20", "30", "90")),
            Col("BEMERKUNG", "varchar(255)", "none", opt(0.6, pick(
                "Gutes Gespräch, fachlich stark", "Absage per Mail verschickt", "2. Runde mit Fachbereich",
                "Gehaltsvorstellung zu hoch", "Unterlagen unvollständig"), "")),
            Col("ERFDAT", "varchar(8)", "none", day(2022, 2024, DATS)),
        ], rows=85, comment="Z-table added by the customer for the applicant pipeline"),
    ]


def _iban_de(c) -> str:
    blz = c.r.choice(["67050505", "67020190", "67250020", "50010517", "10010010", "60050101"])
    bban = blz + f"{c.r.randint(0, 10**10 - 1):010d}"
    value = "DE" + iban.calc_check_digits("DE00" + bban) + bban
    return iban.format(value) if c.r.random() < 0.3 else value
