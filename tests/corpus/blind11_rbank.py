"""n_rbank: a Central Luzon rural bank's core banking system, an RPG/AS400 application migrated to PostgreSQL with
its upper-case six-letter file and field names kept (CIFMAST, DDAMAST, LNMAST, CFLNAM, ...), char(8) YYYYMMDD dates
and upper-case values. Filipino names, barangays, towns and government id shapes are typed by hand."""
from __future__ import annotations

import datetime as dt

from .blind11_gens import digits, fk, flag, maybe, money, part, per_row, pick, pid, rint, luhn_complete
from .gens import Col as C, Table as T

S = "n_rbank"
MALE = ("JOSE", "JUAN", "RAMON", "RODRIGO", "MARK ANTHONY", "JOHN PAUL", "RICARDO", "ERNESTO", "JERICHO", "DINDO",
        "ROLANDO", "ARNEL", "EDGARDO", "BIENVENIDO", "REYNALDO", "CHRISTIAN", "JUN-JUN", "ROMMEL")
FEMALE = ("MARIA CRISTINA", "MA. THERESA", "ROWENA", "MARITES", "ANALYN", "JOCELYN", "LOURDES", "ROSALIE", "GIRLIE",
          "PRECIOUS", "MARY GRACE", "DIVINA", "LEONORA", "JONALYN", "CHERRYL", "ANGELICA", "REMEDIOS", "AIZA")
SURNAMES = ("DELA CRUZ", "SANTOS", "REYES", "GARCIA", "BAUTISTA", "MENDOZA", "VILLANUEVA", "RAMOS", "AQUINO",
            "CASTILLO", "NAVARRO", "PASCUAL", "MAGBANUA", "TOLENTINO", "MACARAEG", "DIMACULANGAN", "SORIANO",
            "DE GUZMAN", "MANALO", "SALVADOR", "CORPUZ", "LACSON", "YAP", "DAVID", "GUEVARRA")
STREETS = ("MABINI ST", "RIZAL ST", "MACARTHUR HWAY", "BONIFACIO ST", "LUNA ST", "QUEZON AVE", "F. TANEDO ST",
           "ROMULO BLVD", "BURGOS ST", "ZAMORA ST")
BARANGAYS = ("BRGY. SAN ISIDRO", "BRGY. POBLACION", "BRGY. SAN NICOLAS", "BRGY. STO. CRISTO", "BRGY. MALIWALO",
             "BRGY. CRISTO REY", "BRGY. SAN VICENTE", "BRGY. TIBAG", "BRGY. STA. MARIA", "BRGY. DOLORES")
TOWNS = (("TARLAC CITY", "TARLAC", "2300"), ("CAPAS", "TARLAC", "2315"), ("CONCEPCION", "TARLAC", "2316"),
         ("PANIQUI", "TARLAC", "2307"), ("GERONA", "TARLAC", "2302"), ("CAMILING", "TARLAC", "2306"),
         ("SAN FERNANDO", "PAMPANGA", "2000"), ("ANGELES CITY", "PAMPANGA", "2009"),
         ("CABANATUAN CITY", "NUEVA ECIJA", "3100"), ("URDANETA CITY", "PANGASINAN", "2428"))
BRANCHES = ("HEAD OFFICE", "CAPAS", "CONCEPCION", "PANIQUI", "GERONA", "CAMILING", "SAN FERNANDO", "ANGELES",
            "CABANATUAN")


def _mobile(c, i):
    n = f"9{c.r.choice(['17', '18', '19', '20', '27', '28', '38', '47', '55', '66', '77', '98'])}{c.r.randint(1000000, 9999999)}"
    return c.r.choice([f"0{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+63{n}", f"0{n[:3]}-{n[3:6]}-{n[6:]}"])


def _ymd(d: dt.date) -> str:
    return d.strftime("%Y%m%d")


def _person(c, i):
    sex = c.r.choice("MF")
    first = c.r.choice(MALE if sex == "M" else FEMALE)
    last, middle = c.r.choice(SURNAMES), c.r.choice(SURNAMES)
    town, prov, zipc = c.r.choice(TOWNS)
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * 52))
    user = f"{first.split()[0].lower().replace('.', '')}{last.lower().replace(' ', '')}{c.r.randint(1, 99)}"
    return {"first": first, "last": last, "middle": middle, "sex": sex, "birth": birth,
            "suffix": c.r.choice(["", "", "", "", "JR.", "SR.", "III"]) if sex == "M" else "",
            "short": f"{last}, {first} {middle[0]}.", "adr1": c.r.choice([
                f"BLK {c.r.randint(1, 30)} LOT {c.r.randint(1, 40)} {c.r.choice(STREETS)}",
                f"{c.r.randint(1, 900)} {c.r.choice(STREETS)}", f"PUROK {c.r.randint(1, 7)}"]),
            "adr2": c.r.choice(BARANGAYS), "town": town, "prov": prov, "zip": zipc, "mobile": _mobile(c, i),
            "email": f"{user}@{c.r.choice(['gmail.com', 'yahoo.com', 'yahoo.com.ph', 'ymail.com'])}",
            "mother": f"{c.r.choice(FEMALE)} {c.r.choice(SURNAMES)}", "spouse": f"{c.r.choice(MALE + FEMALE)} {last}"}


CIF = per_row("rbank.cif", _person)
BEN = per_row("rbank.benef", _person)
EMP = per_row("rbank.emp", _person)
CTR = per_row("rbank.ctr", _person)


def _tin(c, i):
    return f"{c.r.randint(100, 999)}-{c.r.randint(100, 999)}-{c.r.randint(100, 999)}-000"


def _sss(c, i):
    return f"{c.r.choice(['02', '33', '34', '04'])}-{c.r.randint(1000000, 9999999)}-{c.r.randint(0, 9)}"


def _phic(c, i):
    return f"{c.r.randint(10, 19)}-{c.r.randint(100000000, 999999999)}-{c.r.randint(0, 9)}"


def _idno(c, i):
    kind = c.r.choice(["UMID", "DL", "PP", "PSN"])
    value = {"UMID": f"0111-{c.r.randint(1000000, 9999999)}-{c.r.randint(0, 9)}",
             "DL": f"N{c.r.randint(10, 99)}-{c.r.randint(10, 99)}-{c.r.randint(100000, 999999)}",
             "PP": f"P{c.r.randint(1000000, 9999999)}{c.r.choice('ABC')}",
             "PSN": "-".join(digits(4)(c, i) for _ in range(4))}[kind]
    return kind, value


IDS = per_row("rbank.ids", _idno)


def _acct(c, i):
    return f"{c.r.randint(1, 9):03d}-{c.r.choice(['10', '20', '21'])}-{c.r.randint(100000, 999999)}-{c.r.randint(0, 9)}"


TXDESC = ("DEP CASH", "WDL CASH", "INT CREDIT", "W/TAX", "ATM WDL", "LOAN AMORT", "SSS PENSION CREDIT",
          "REMIT TO {first} {last} {mobile}", "PADALA FR {first} {last}", "CHK DEP 0001234", "FUND TRANSFER")


def _txdesc(c, i):
    t = c.r.choice(TXDESC)
    return t.format(**_person(c, i)) if "{" in t else t


def rbank_tables() -> list[T]:
    n = S
    return [
        T(n, "BRMAST", [pid("BRCODE"),
          C("BRNAME", "char(30)", "none", lambda c, i: BRANCHES[i - 1]),
          C("BRADDR", "char(60)", "none", lambda c, i: f"{c.r.choice(STREETS)}, {c.r.choice(BARANGAYS)}"),
          C("BRTELN", "char(15)", "none", lambda c, i: f"(045) {c.r.randint(900, 999)}-{c.r.randint(1000, 9999)}"),
          C("BRMGR", "char(40)", "person_name", lambda c, i: _person(c, i)["short"]),
          C("BRBSPC", "char(8)", "none", lambda c, i: f"RB{c.r.randint(100000, 999999)}")], rows=9),
        T(n, "CIFMAST", [pid("CIFNO"),
          C("CFBRCH", "int", "none", rint(1, 9)),
          C("CFSNME", "char(40)", "person_name", part(CIF, "short")),
          C("CFLNAM", "char(30)", "person_name", part(CIF, "last")),
          C("CFFNAM", "char(30)", "person_name", part(CIF, "first")),
          C("CFMNAM", "char(30)", "person_name", part(CIF, "middle")),
          C("CFSFX", "char(4)", "none", part(CIF, "suffix")),
          C("CFSEX", "char(1)", "none", part(CIF, "sex")),
          C("CFCVST", "char(1)", "none", pick("S", "M", "W", "L")),
          C("CFBDTE", "char(8)", "birth_date", lambda c, i: _ymd(CIF(c, i)["birth"])),
          C("CFBPLC", "char(30)", "none", lambda c, i: c.r.choice(TOWNS)[0]),
          C("CFNATN", "char(3)", "none", pick("PHL", "PHL", "PHL", "CHN")),
          C("CFADR1", "char(60)", "postal_address", part(CIF, "adr1")),
          C("CFADR2", "char(40)", "postal_address", part(CIF, "adr2")),
          C("CFCITY", "char(30)", "none", part(CIF, "town")),
          C("CFPROV", "char(20)", "none", part(CIF, "prov")),
          C("CFZIP", "char(4)", "postal_address", part(CIF, "zip")),
          C("CFTELN", "char(15)", "phone", maybe(0.3, lambda c, i: f"(045) {c.r.randint(900, 999)}-{c.r.randint(1000, 9999)}")),
          C("CFMOBN", "char(15)", "phone", part(CIF, "mobile")),
          C("CFEMAL", "char(50)", "email", maybe(0.6, part(CIF, "email"))),
          C("CFTIN", "char(15)", "national_id", _tin),
          C("CFSSS", "char(12)", "national_id", maybe(0.7, _sss)),
          C("CFGSIS", "char(11)", "national_id", maybe(0.15, digits(11))),
          C("CFPHIC", "char(14)", "national_id", maybe(0.6, _phic)),
          C("CFIDTP", "char(4)", "none", lambda c, i: IDS(c, i)[0]),
          C("CFIDNO", "char(20)", "national_id", lambda c, i: IDS(c, i)[1]),
          C("CFOCCP", "char(30)", "none", pick("FARMER", "OFW", "TRICYCLE DRIVER", "SARI-SARI STORE OWNER",
                                                "PUBLIC SCHOOL TEACHER", "GOVT EMPLOYEE", "HOUSEWIFE", "SEAMAN")),
          C("CFEMPR", "char(40)", "none", pick("", "DEPED TARLAC", "SELF-EMPLOYED", "MAGSAYSAY MARITIME", "LGU CAPAS")),
          C("CFINCM", "numeric(13,2)", "none", money(6000, 150000)),
          C("CFRISK", "char(1)", "none", pick("L", "L", "M", "H")),
          C("CFMTHR", "char(40)", "person_name", part(CIF, "mother")),
          C("CFSPSE", "char(40)", "person_name", maybe(0.5, part(CIF, "spouse"))),
          C("CFRELG", "char(20)", "religious_belief", pick("ROMAN CATHOLIC", "ROMAN CATHOLIC", "IGLESIA NI CRISTO",
                                                           "BORN AGAIN", "ISLAM", "AGLIPAYAN", "SDA")),
          C("CFOPDT", "char(8)", "none", lambda c, i: _ymd(dt.date(2005, 1, 1) + dt.timedelta(days=c.r.randint(0, 7000)))),
          C("CFSTAT", "char(1)", "none", pick("A", "A", "A", "C", "D")),
          C("CFUSER", "char(10)", "none", lambda c, i: f"TLR{c.r.randint(1, 85):03d}")], rows=140,
          extra=[fk(n, "CIFMAST", "CFBRCH", "BRMAST", "BRCODE")]),
        T(n, "DDAMAST", [pid("DDSEQ"),
          C("ACCTNO", "char(16)", "bank_account", _acct),
          C("CIFNO", "int", "none", rint(1, 140)),
          C("ACCTNM", "char(60)", "person_name", lambda c, i: _person(c, i)["short"] + c.r.choice(["", "", " ITF " + c.r.choice(FEMALE)])),
          C("BRCH", "int", "none", rint(1, 9)),
          C("PRODCD", "char(3)", "none", pick("SA1", "SA2", "CA1", "TD1", "KDS")),
          C("ACSTAT", "char(1)", "none", pick("A", "A", "D", "C")),
          C("OPNDTE", "char(8)", "none", lambda c, i: _ymd(dt.date(2005, 1, 1) + dt.timedelta(days=c.r.randint(0, 7000)))),
          C("CURBAL", "numeric(15,2)", "none", money(100, 900000)),
          C("AVLBAL", "numeric(15,2)", "none", money(100, 900000)),
          C("HOLDAMT", "numeric(15,2)", "none", pick(0, 0, 0, 500)),
          C("INTRTE", "numeric(7,4)", "none", pick(0.0025, 0.005, 0.01)),
          C("LSTTXN", "char(8)", "none", lambda c, i: _ymd(dt.date(2024, 1, 1) + dt.timedelta(days=c.r.randint(0, 500)))),
          C("ATMCARD", "char(16)", "payment_card", maybe(0.6, lambda c, i: luhn_complete("627" + digits(12)(c, i)))),
          C("DORMFL", "char(1)", "none", pick("N", "N", "N", "Y")),
          C("JOINTF", "char(1)", "none", pick("N", "N", "Y"))], rows=150,
          extra=[fk(n, "DDAMAST", "CIFNO", "CIFMAST", "CIFNO"), fk(n, "DDAMAST", "BRCH", "BRMAST", "BRCODE")]),
        T(n, "LNMAST", [pid("LNSEQ"),
          C("LNACCT", "char(14)", "none", lambda c, i: f"LN-{c.r.randint(1, 9):02d}-{c.r.randint(10000000, 99999999)}"),
          C("CIFNO", "int", "none", rint(1, 140)),
          C("LNTYPE", "char(3)", "none", pick("SAL", "AGR", "MIC", "PEN", "HSG")),
          C("PRNAMT", "numeric(15,2)", "none", money(5000, 800000)),
          C("OUTBAL", "numeric(15,2)", "none", money(0, 800000)),
          C("INTRTE", "numeric(7,4)", "none", pick(0.12, 0.18, 0.24, 0.3)),
          C("TERM", "int", "none", pick(6, 12, 24, 36, 60)),
          C("RELDTE", "char(8)", "none", lambda c, i: _ymd(dt.date(2020, 1, 1) + dt.timedelta(days=c.r.randint(0, 1800)))),
          C("MATDTE", "char(8)", "none", lambda c, i: _ymd(dt.date(2025, 1, 1) + dt.timedelta(days=c.r.randint(0, 1800)))),
          C("COLLTY", "char(3)", "none", pick("REM", "CHM", "NON", "DEP")),
          C("COLLDS", "char(80)", "none", lambda c, i: c.r.choice([
              f"TCT NO. T-{c.r.randint(100000, 999999)} LOT {c.r.randint(1, 30)} {c.r.choice(BARANGAYS)}",
              f"OR/CR MOTORCYCLE PLATE {c.r.choice('ABCDEFGH')}{c.r.randint(100, 999)}{c.r.choice('XYZ')}",
              "HOLD-OUT ON SAVINGS", "NONE"])),
          C("COMAKR", "char(40)", "person_name", maybe(0.7, lambda c, i: _person(c, i)["short"])),
          C("CMKMOB", "char(15)", "phone", maybe(0.7, _mobile)),
          C("PURPOS", "char(30)", "none", pick("PALAY PRODUCTION", "TUITION", "HOUSE REPAIR", "CAPITAL", "HOSPITAL BILL")),
          C("PASTDU", "int", "none", pick(0, 0, 0, 30, 60, 90)),
          C("DEDSAL", "char(30)", "none", pick("", "DEPED", "SSS PENSION", "LGU TARLAC")),
          C("AOFFCR", "char(6)", "none", lambda c, i: f"AO{c.r.randint(1, 20):03d}")], rows=120,
          extra=[fk(n, "LNMAST", "CIFNO", "CIFMAST", "CIFNO")]),
        T(n, "BENEF", [pid("BNSEQ"),
          C("CIFNO", "int", "none", rint(1, 140)),
          C("BNNAME", "char(60)", "person_name", lambda c, i: f"{BEN(c, i)['first']} {BEN(c, i)['middle'][0]}. {BEN(c, i)['last']}"),
          C("BNRELN", "char(10)", "none", pick("SPOUSE", "SON", "DAUGHTER", "MOTHER", "SIBLING")),
          C("BNBDTE", "char(8)", "birth_date", lambda c, i: _ymd(BEN(c, i)["birth"])),
          C("BNADDR", "char(100)", "postal_address",
            lambda c, i: f"{BEN(c, i)['adr1']}, {BEN(c, i)['adr2']}, {BEN(c, i)['town']} {BEN(c, i)['zip']}"),
          C("BNMOBN", "char(15)", "phone", maybe(0.7, part(BEN, "mobile"))),
          C("BNPCT", "numeric(5,2)", "none", pick(100, 50, 33.33))], rows=110,
          extra=[fk(n, "BENEF", "CIFNO", "CIFMAST", "CIFNO")]),
        T(n, "EMPMAST", [pid("EMPNO"),
          C("EMPLNM", "char(30)", "person_name", part(EMP, "last")),
          C("EMPFNM", "char(30)", "person_name", part(EMP, "first")),
          C("EMPMI", "char(2)", "none", lambda c, i: EMP(c, i)["middle"][0]),
          C("EMPPOS", "char(30)", "none", pick("TELLER", "BOOKKEEPER", "LOAN OFFICER", "BRANCH HEAD", "IT STAFF")),
          C("EMPBRC", "int", "none", rint(1, 9)),
          C("EMPUID", "char(10)", "none", lambda c, i: f"TLR{i:03d}"),
          C("EMPPWD", "char(13)", "credentials", lambda c, i: "".join(c.r.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(13))),
          C("EMPSSS", "char(12)", "national_id", _sss),
          C("EMPTIN", "char(15)", "national_id", _tin),
          C("EMPPHC", "char(14)", "national_id", _phic),
          C("EMPHDM", "char(14)", "national_id", lambda c, i: f"{c.r.randint(1000, 1299)}-{c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}"),
          C("EMPSAL", "numeric(11,2)", "none", money(14000, 65000)),
          C("EMPBDT", "char(8)", "birth_date", lambda c, i: _ymd(EMP(c, i)["birth"])),
          C("EMPMOB", "char(15)", "phone", part(EMP, "mobile")),
          C("EMPADR", "char(100)", "postal_address", lambda c, i: f"{EMP(c, i)['adr1']}, {EMP(c, i)['adr2']}, {EMP(c, i)['town']}"),
          C("EMPATM", "char(16)", "bank_account", _acct)], rows=85,
          extra=[fk(n, "EMPMAST", "EMPBRC", "BRMAST", "BRCODE")]),
        T(n, "TLTXN", [pid("TXSEQ"),
          C("TXREF", "char(12)", "none", lambda c, i: f"{c.r.randint(1, 9)}{c.r.randint(10000000000, 99999999999)}"),
          C("TXDATE", "char(8)", "none", lambda c, i: _ymd(dt.date(2025, 1, 1) + dt.timedelta(days=c.r.randint(0, 300)))),
          C("TXTIME", "char(6)", "none", lambda c, i: f"{c.r.randint(8, 16):02d}{c.r.randint(0, 59):02d}{c.r.randint(0, 59):02d}"),
          C("BRCH", "int", "none", rint(1, 9)),
          C("TELLER", "int", "none", rint(1, 85)),
          C("ACCTNO", "char(16)", "bank_account", _acct),
          C("TXCODE", "char(3)", "none", pick("D01", "W01", "I01", "T05", "L10")),
          C("TXAMT", "numeric(15,2)", "none", money(20, 200000)),
          C("TXDESC", "char(60)", "free_text_may_contain_pii", _txdesc),
          C("RUNBAL", "numeric(15,2)", "none", money(0, 900000)),
          C("OVRDID", "char(10)", "none", maybe(0.1, lambda c, i: f"TLR{c.r.randint(1, 85):03d}")),
          C("TERMID", "char(8)", "none", lambda c, i: f"WS{c.r.randint(1, 9)}{c.r.randint(10, 40)}")], rows=150,
          extra=[fk(n, "TLTXN", "TELLER", "EMPMAST", "EMPNO")]),
        T(n, "AMLCTR", [pid("CTRSEQ"),
          C("CTRREF", "char(20)", "none", lambda c, i: f"CTR2025{i:06d}"),
          C("TXSEQ", "int", "none", rint(1, 150)),
          C("CIFNO", "int", "none", rint(1, 140)),
          C("SUBJNM", "char(80)", "person_name", lambda c, i: f"{CTR(c, i)['last']}, {CTR(c, i)['first']} {CTR(c, i)['middle']}"),
          C("SUBJBD", "char(8)", "birth_date", lambda c, i: _ymd(CTR(c, i)["birth"])),
          C("SUBJAD", "char(120)", "postal_address",
            lambda c, i: f"{CTR(c, i)['adr1']} {CTR(c, i)['adr2']} {CTR(c, i)['town']} {CTR(c, i)['prov']}"),
          C("SUBJID", "char(20)", "national_id", lambda c, i: c.r.choice([_tin, _sss])(c, i)),
          C("AMOUNT", "numeric(15,2)", "none", money(500000, 5000000)),
          C("REASON", "char(4)", "none", pick("CTR", "STR1", "STR4")),
          C("RPTDTE", "char(8)", "none", lambda c, i: _ymd(dt.date(2025, 1, 1) + dt.timedelta(days=c.r.randint(0, 300)))),
          C("STATUS", "char(1)", "none", pick("S", "S", "P", "R")),
          C("FLAGHI", "char(1)", "none", flag(0.1))], rows=90,
          extra=[fk(n, "AMLCTR", "TXSEQ", "TLTXN", "TXSEQ"), fk(n, "AMLCTR", "CIFNO", "CIFMAST", "CIFNO")]),
    ]
