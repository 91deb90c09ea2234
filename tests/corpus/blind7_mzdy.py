"""j_mzdy: a Czech personnel and payroll system (in the style of VEMA / KS Personalistika), in Czech: zaměstnanci with
rodné číslo and číslo OP, pracovní poměry, měsíční mzdy, srážky, bankovní spojení, pracovní neschopnosti
(eNeschopenka), pracovnělékařské prohlídky, children claimed for the tax credit, střediska and health insurers."""
from __future__ import annotations

from .blind7_gens import (place, CZ_FIRST_F, CZ_FIRST_M, CZ_LAST, CZ_TOWNS, code, day, digits, email, fk, fkey, maybe,
                          money, one, phone, r_int, rodne_cislo, street)
from .gens import Col, Table

S = "j_mzdy"
POJ = [("111", "Všeobecná zdravotní pojišťovna ČR"), ("201", "Vojenská zdravotní pojišťovna ČR"),
       ("205", "Česká průmyslová zdravotní pojišťovna"), ("207", "Oborová zdravotní poj. zaměstnanců bank"),
       ("209", "Zaměstnanecká pojišťovna Škoda"), ("211", "Zdravotní pojišťovna ministerstva vnitra ČR"),
       ("213", "Revírní bratrská pokladna")]
BANKY = ["0100", "0300", "0800", "2010", "0600", "3030", "5500", "6210"]


def _jmeno(c, i) -> str:
    return c.r.choice(CZ_FIRST_F if i % 2 else CZ_FIRST_M)


def _prijmeni(c, i) -> str:
    return c.r.choice(CZ_LAST)[i % 2]


def _cely(c, i) -> str:
    return f"{_jmeno(c, i)} {_prijmeni(c, i)}"


def _town(k: int):
    return lambda c, i: place(CZ_TOWNS, i)[k]


def _ucet(c, i) -> str:
    pre = c.r.choice(["", "", "", "19-", "35-", "670100-"])
    return f"{pre}{c.r.randint(10**5, 10**10 - 1)}"


def _iban(c, i) -> str:
    from stdnum import iban
    bban = f"{c.r.choice(BANKY)}{c.r.randint(0, 999999):06d}{c.r.randint(10**5, 10**10 - 1):010d}"
    value = "CZ" + iban.calc_check_digits("CZ00" + bban) + bban
    return iban.format(value) if c.r.random() < 0.4 else value


def mzdy_tables() -> list[Table]:
    poj = Table(S, "zdravotni_pojistovna", [
        Col("kod", "char(3) PRIMARY KEY", "none", lambda c, i: POJ[i - 1][0]),
        Col("nazev", "varchar(60)", "none", lambda c, i: POJ[i - 1][1]),
        Col("ico", "char(8)", "none", digits(8)),
        Col("ulice", "varchar(60)", "none", street("cz")),
        Col("obec", "varchar(40)", "none", one("Praha 3", "Praha 10", "Praha 4", "Ostrava")),
        Col("datova_schranka", "char(7)", "none", code("AAA9AAA")),
    ], rows=7)
    stred = Table(S, "stredisko", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("kod", "varchar(6)", "none", lambda c, i: f"S{i:03d}"),
        Col("nazev", "varchar(50)", "none", one("Výroba lisovna", "Sklad Kuřim", "Účtárna", "Údržba", "Obchod CZ", "IT")),
        Col("vedouci", "varchar(60)", "person_name", _cely),
    ], rows=14)
    zam = Table(S, "zamestnanec", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("osobni_cislo", "varchar(8)", "none", lambda c, i: f"{1000 + i}"),
        Col("titul_pred", "varchar(12)", "none", maybe(0.2, one("Ing.", "Mgr.", "Bc.", "MUDr.", "Ing. arch."), "")),
        Col("jmeno", "varchar(30)", "person_name", _jmeno),
        Col("prijmeni", "varchar(40)", "person_name", _prijmeni),
        Col("rodne_prijmeni", "varchar(40)", "person_name", lambda c, i: _prijmeni(c, i) if i % 2 else ""),
        Col("rodne_cislo", "varchar(11)", "national_id", rodne_cislo),
        Col("datum_narozeni", "date", "birth_date", day(1958, 2005)),
        Col("misto_narozeni", "varchar(40)", "none", one("Brno", "Znojmo", "Jihlava", "Bratislava", "Olomouc", "Zlín")),
        Col("statni_obcanstvi", "char(2)", "none", one("CZ", "CZ", "CZ", "SK", "UA", "VN")),
        Col("pohlavi", "char(1)", "none", lambda c, i: "Z" if i % 2 else "M"),
        Col("rodinny_stav", "varchar(12)", "none", one("svobodný", "ženatý/vdaná", "rozvedený", "vdovec")),
        Col("cislo_op", "char(9)", "national_id", digits(9)),
        Col("ulice", "varchar(60)", "postal_address", street("cz")),
        Col("obec", "varchar(40)", "none", _town(1)),
        Col("psc", "char(6)", "postal_address", _town(0)),
        Col("telefon", "varchar(20)", "phone", maybe(0.9, phone("cz"), "")),
        Col("email", "varchar(80)", "email", maybe(0.7, email("cz"), "")),
        Col("zp_kod", "char(3)", "none", one("111", "111", "201", "205", "207", "211")),
        Col("invalidita", "smallint", "health", maybe(0.1, one(1, 2, 3), 0)),
        Col("ztp", "boolean", "health", one(False, False, False, False, False, True)),
        Col("clen_odboru", "boolean", "trade_union", one(False, True, False)),
        Col("stredisko_id", "int", "none", fk(14)),
    ], rows=130, extra=[fkey(S, "zamestnanec", "zp_kod", "zdravotni_pojistovna", "kod"),
                        fkey(S, "zamestnanec", "stredisko_id", "stredisko")])
    pp = Table(S, "pracovni_pomer", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("zamestnanec_id", "int", "none", lambda c, i: i if i <= 130 else c.r.randint(1, 130)),
        Col("druh", "char(3)", "none", one("HPP", "HPP", "HPP", "DPP", "DPČ")),
        Col("datum_nastupu", "date", "none", day(2005, 2025)),
        Col("datum_ukonceni", "date", "none", maybe(0.15, day(2023, 2025))),
        Col("funkce", "varchar(40)", "none", one("operátor CNC", "skladník", "účetní", "mistr", "obchodní referent", "programátor")),
        Col("uvazek", "numeric(4,2)", "none", one(40.0, 40.0, 30.0, 20.0)),
        Col("tarif", "numeric(10,2)", "none", money(22000, 78000)),
        Col("zkusebni_doba_do", "date", "none", maybe(0.2, day(2025, 2025))),
    ], rows=140, extra=[fkey(S, "pracovni_pomer", "zamestnanec_id", "zamestnanec")])
    mz = Table(S, "mzda", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("pracovni_pomer_id", "int", "none", fk(140)),
        Col("obdobi", "char(7)", "none", lambda c, i: f"2025-{c.r.randint(1, 11):02d}"),
        Col("hruba_mzda", "numeric(10,2)", "none", money(18000, 95000)),
        Col("soc_pojisteni", "numeric(10,2)", "none", money(1300, 6800)),
        Col("zdr_pojisteni", "numeric(10,2)", "none", money(800, 4300)),
        Col("zaloha_dane", "numeric(10,2)", "none", money(0, 14000)),
        Col("cista_mzda", "numeric(10,2)", "none", money(15000, 70000)),
        Col("nahrada_pn", "numeric(10,2)", "none", maybe(0.1, money(500, 9000), 0)),
    ], rows=150, extra=[fkey(S, "mzda", "pracovni_pomer_id", "pracovni_pomer")])
    srazky = Table(S, "srazka", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("zamestnanec_id", "int", "none", fk(130)),
        Col("typ", "varchar(20)", "none", one("exekuce", "insolvence", "penzijní spoření", "stravenky", "výživné")),
        Col("opravneny", "varchar(80)", "none", one("Exekutorský úřad Brno-město", "Krajský soud v Brně", "Conseq penzijní spol.", "Úřad práce ČR")),
        Col("ucet_opravneneho", "varchar(30)", "none", lambda c, i: f"{_ucet(c, i)}/{c.r.choice(BANKY)}"),
        Col("variabilni_symbol", "varchar(10)", "none", digits(10)),
        Col("castka", "numeric(10,2)", "none", money(200, 9000)),
        Col("poradi", "smallint", "none", r_int(1, 4)),
    ], rows=90, extra=[fkey(S, "srazka", "zamestnanec_id", "zamestnanec")])
    bank = Table(S, "bankovni_spojeni", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("zamestnanec_id", "int", "none", fk(130)),
        Col("cislo_uctu", "varchar(20)", "bank_account", _ucet),
        Col("kod_banky", "char(4)", "none", one(*BANKY)),
        Col("iban", "varchar(34)", "iban", maybe(0.6, _iban, "")),
        Col("podil_pct", "smallint", "none", one(100, 100, 100, 50)),
    ], rows=130, extra=[fkey(S, "bankovni_spojeni", "zamestnanec_id", "zamestnanec")])
    pn = Table(S, "pracovni_neschopnost", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("zamestnanec_id", "int", "none", fk(130)),
        Col("cislo_rozhodnuti", "varchar(12)", "none", code("AA99999999")),
        Col("od", "date", "none", day(2024, 2024)),
        Col("do", "date", "none", maybe(0.8, day(2025, 2025))),
        Col("lekar", "varchar(60)", "person_name", lambda c, i: "MUDr. " + _cely(c, i)),
        Col("diagnoza", "varchar(6)", "health", one("J06.9", "M54.5", "F43.2", "S82.6", "K35.8", "O26.9", "U07.1", "F32.1")),
        Col("pracovni_uraz", "boolean", "health", one(False, False, False, True)),
        Col("vychazky", "varchar(20)", "none", one("", "10-12, 16-18", "neomezené")),
    ], rows=110, extra=[fkey(S, "pracovni_neschopnost", "zamestnanec_id", "zamestnanec")])
    prohl = Table(S, "lekarska_prohlidka", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("zamestnanec_id", "int", "none", fk(130)),
        Col("druh", "varchar(20)", "none", one("vstupní", "periodická", "mimořádná", "výstupní")),
        Col("datum", "date", "none", day(2022, 2025)),
        Col("zavery", "varchar(40)", "health", one("způsobilý", "způsobilý", "způsobilý s omezením", "nezpůsobilý", "dlouhodobě pozbyl způsobilost")),
        Col("omezeni", "varchar(80)", "health", maybe(0.2, one("nesmí pracovat ve výškách", "zákaz noční práce (epilepsie)", "bez zvedání nad 10 kg", "nutné brýle"), "")),
        Col("kategorie_prace", "char(2)", "none", one("1", "2", "2R", "3")),
        Col("pzs", "varchar(60)", "none", one("Pracovnělékařská služba Kuřim s.r.o.", "MEDICON a.s.", "Poliklinika Zahradníkova")),
    ], rows=100, extra=[fkey(S, "lekarska_prohlidka", "zamestnanec_id", "zamestnanec")])
    deti = Table(S, "vyzivovane_dite", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("zamestnanec_id", "int", "none", fk(130)),
        Col("jmeno", "varchar(30)", "person_name", _jmeno),
        Col("prijmeni", "varchar(40)", "person_name", _prijmeni),
        Col("rodne_cislo", "varchar(11)", "national_id", rodne_cislo),
        Col("poradi_ditete", "smallint", "none", r_int(1, 3)),
        Col("ztp_p", "boolean", "health", one(False, False, False, False, True)),
        Col("sleva_od", "date", "none", day(2010, 2025)),
    ], rows=95, extra=[fkey(S, "vyzivovane_dite", "zamestnanec_id", "zamestnanec")])
    return [poj, stred, zam, pp, mz, srazky, bank, pn, prohl, deti]
