"""g_salaris: a Dutch HR/payroll schema (medewerkers, verzuimmeldingen, loonstroken); g_przychodnia: a Polish
outpatient clinic's patient register (pacjenci, wizyty, recepty). Both with foreign keys."""
from __future__ import annotations

import random

from .blind4_gens import bsn, day, fk, fk_id, maybe, money, num, pesel_of, person, pl_id_card, pp, ts
from .gens import Col, Table, ident, pick

NL, PL = "nl_NL", "pl_PL"
SAL, PRZ = "g_salaris", "g_przychodnia"
MED, PAC, WIZ = 125, 140, 150


def _m(field: str, width: int | None = None):
    return pp(NL, "nl-med", field, width)


def _house(c, i) -> str:
    return person(NL, "nl-med", i)["street"].rsplit(" ", 1)[-1]


def _salaris() -> list[Table]:
    med = Table(SAL, "medewerkers", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("personeelsnummer", "varchar(10)", "none", lambda c, i: f"P{10000 + i}"),
        Col("bsn", "char(9)", "national_id", bsn),
        Col("voorletters", "varchar(10)", "person_name", lambda c, i: ".".join(_m("first")(c, i)[:1] + _m("middle")(c, i)[:1]) + "."),
        Col("voornaam", "varchar(60)", "person_name", _m("first", 60)),
        Col("roepnaam", "varchar(60)", "person_name", lambda c, i: _m("first")(c, i)[:4] if i % 5 == 0 else _m("first")(c, i)),
        Col("tussenvoegsel", "varchar(10)", "person_name", lambda c, i: c.r.choice([None, None, None, "van", "de",
                                                                                   "van der", "van den", "ter"])),
        Col("achternaam", "varchar(80)", "person_name", _m("last", 80)),
        Col("geslacht", "char(1)", "none", lambda c, i: "V" if _m("female")(c, i) else "M"),
        Col("geboortedatum", "date", "birth_date", _m("birth")),
        Col("geboorteplaats", "varchar(60)", "none", fk(NL, "city")),
        Col("nationaliteit", "varchar(40)", "none", pick("Nederlandse", "Nederlandse", "Nederlandse", "Poolse", "Turkse")),
        Col("burgerlijke_staat", "varchar(30)", "none", pick("ongehuwd", "gehuwd", "geregistreerd partner", "gescheiden")),
        Col("straat", "varchar(80)", "postal_address", lambda c, i: person(NL, "nl-med", i)["street"].rsplit(" ", 1)[0]),
        Col("huisnummer", "varchar(6)", "postal_address", _house),
        Col("huisnummer_toevoeging", "varchar(6)", "postal_address", maybe(0.15, pick("A", "B", "2hg", "bis", "-1"))),
        Col("postcode", "varchar(7)", "postal_address", _m("postcode", 7)),
        Col("woonplaats", "varchar(60)", "none", _m("city", 60)),
        Col("telefoon", "varchar(20)", "phone", maybe(0.4, fk(NL, "phone_number", 20))),
        Col("mobiel", "varchar(20)", "phone", lambda c, i: f"06-{c.r.randint(10000000, 99999999)}"),
        Col("email_prive", "varchar(120)", "email", _m("email", 120)),
        Col("email_zakelijk", "varchar(120)", "email", lambda c, i: f"{_m('user')(c, i)}@groenbouw.nl"),
        Col("iban", "varchar(34)", "iban", fk(NL, "iban")),
        Col("bic", "varchar(11)", "none", pick("INGBNL2A", "RABONL2U", "ABNANL2A", "SNSBNL2A")),
        Col("loonheffingskorting", "boolean", "none", pick(True, True, False)),
        Col("id_bewijs_soort", "varchar(20)", "none", pick("paspoort", "identiteitskaart", "rijbewijs")),
        Col("id_bewijs_nummer", "varchar(20)", "national_id", lambda c, i: "".join(
            c.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + "".join(
            c.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + str(c.r.randint(0, 9))),
        Col("functie", "varchar(60)", "none", pick("Timmerman", "Uitvoerder", "Werkvoorbereider", "Calculator",
                                                  "Salarisadministrateur", "Projectleider")),
        Col("afdeling_id", "int", "none", num(1, 8)),
        Col("datum_in_dienst", "date", "none", day(2005, 2025)),
        Col("datum_uit_dienst", "date", "none", maybe(0.1, day(2023, 2025))),
        Col("contracturen", "numeric(4,1)", "none", pick(40, 38, 36, 32, 24)),
        Col("bruto_maandsalaris", "numeric(9,2)", "none", money(2400, 6800)),
        Col("ziekteverzuim_dagen", "int", "health", pick(0, 0, 0, 2, 5, 12, 30, 84)),
        Col("verzuimnotitie", "text", "health", maybe(0.3, pick(
            "Rugklachten na val van steiger, bedrijfsarts ingeschakeld", "Burn-out, re-integratie 50%",
            "Knieoperatie, verwacht herstel 6 weken", "Zwangerschapsverlof per 1-3", "Migraine, frequent kort verzuim"))),
        Col("noodcontact_naam", "varchar(80)", "person_name", fk(NL, "name", 80)),
        Col("noodcontact_telefoon", "varchar(20)", "phone", lambda c, i: f"06-{c.r.randint(10000000, 99999999)}"),
        Col("vakbond", "varchar(20)", "trade_union", maybe(0.3, pick("FNV Bouw", "CNV Vakmensen", "FNV"))),
        Col("vakbondscontributie_inhouden", "boolean", "trade_union", pick(False, False, True))], rows=MED)
    fk_med = f"ALTER TABLE {SAL}.{{t}} ADD FOREIGN KEY (medewerker_id) REFERENCES {SAL}.medewerkers (id)"
    return [med, Table(SAL, "verzuimmeldingen", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("medewerker_id", "int NOT NULL", "none", fk_id(MED)),
        Col("ziekmelding_datum", "date", "none", day(2022, 2025)),
        Col("hersteldatum", "date", "none", maybe(0.8, day(2022, 2025))),
        Col("percentage_arbeidsongeschikt", "int", "health", pick(100, 100, 50, 25)),
        Col("oorzaak", "text", "health", pick("Griep", "Rugklachten", "Overspannenheid", "Gebroken pols (bedrijfsongeval)",
                                               "Operatie", "Corona")),
        Col("bedrijfsarts", "varchar(80)", "person_name", pick("drs. M. de Wit", "A. Bakker", "dr. S. Yilmaz")),
        Col("arbodienst", "varchar(80)", "none", pick("ArboNed", "Zorg van de Zaak", "HumanCapitalCare"))], rows=110,
        extra=[fk_med.format(t="verzuimmeldingen")]),
        Table(SAL, "loonstroken", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("medewerker_id", "int NOT NULL", "none", fk_id(MED)),
            Col("periode", "char(7)", "none", lambda c, i: f"2025-{c.r.randint(1, 12):02d}"),
            Col("bruto", "numeric(9,2)", "none", money(2400, 6800)),
            Col("loonheffing", "numeric(9,2)", "none", money(300, 2200)),
            Col("netto", "numeric(9,2)", "none", money(2000, 4600)),
            Col("iban", "varchar(34)", "iban", fk(NL, "iban")),
            Col("omschrijving", "varchar(80)", "none", pick("Salaris", "Salaris + vakantiegeld", "Eindafrekening"))],
            rows=150, extra=[fk_med.format(t="loonstroken")])]


def _p(field: str, width: int | None = None):
    return pp(PL, "pl-pac", field, width)


def _pesel(c, i) -> str:
    p = person(PL, "pl-pac", i)
    return pesel_of(p["birth"], p["female"], random.Random(f"pesel:{i}"))


def _przychodnia() -> list[Table]:
    pac = Table(PRZ, "pacjenci", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("pesel", "char(11)", "national_id", _pesel),
        Col("imie", "varchar(40)", "person_name", _p("first", 40)),
        Col("drugie_imie", "varchar(40)", "person_name", maybe(0.4, _p("middle", 40))),
        Col("nazwisko", "varchar(60)", "person_name", _p("last", 60)),
        Col("nazwisko_rodowe", "varchar(60)", "person_name", maybe(0.3, fk(PL, "last_name"))),
        Col("imie_ojca", "varchar(40)", "person_name", fk(PL, "first_name_male")),
        Col("plec", "char(1)", "none", lambda c, i: "K" if _p("female")(c, i) else "M"),
        Col("data_urodzenia", "date", "birth_date", _p("birth")),
        Col("miejsce_urodzenia", "varchar(60)", "none", fk(PL, "city")),
        Col("ulica", "varchar(80)", "postal_address", _p("street", 80)),
        Col("kod_pocztowy", "char(6)", "postal_address", _p("postcode", 6)),
        Col("miejscowosc", "varchar(60)", "none", _p("city", 60)),
        Col("adres", "varchar(200)", "postal_address", lambda c, i: f"{_p('street')(c, i)}, {_p('postcode')(c, i)} {_p('city')(c, i)}"),
        Col("telefon", "varchar(20)", "phone", _p("phone", 20)),
        Col("email", "varchar(120)", "email", maybe(0.6, _p("email", 120))),
        Col("nr_dowodu", "varchar(9)", "national_id", maybe(0.8, pl_id_card)),
        Col("oddzial_nfz", "char(2)", "none", lambda c, i: f"{c.r.randint(1, 16):02d}"),
        Col("grupa_krwi", "varchar(6)", "health", maybe(0.5, pick("0 Rh+", "A Rh+", "B Rh-", "AB Rh+", "A Rh-"))),
        Col("uwagi", "text", "health", maybe(0.35, pick("Uczulona na penicyline", "Cukrzyca typu 1, pompa insulinowa",
                                                        "Po zawale 2021", "Ciaza, 20 tydzien", "Padaczka"))),
        Col("data_rejestracji", "timestamp", "none", ts(2015, 2025))], rows=PAC)
    fk_sql = f"ALTER TABLE {PRZ}.{{t}} ADD FOREIGN KEY ({{c}}) REFERENCES {PRZ}.{{r}} (id)"
    icd = ("J06.9", "I10", "E11.9", "M54.5", "K21.0", "F41.1", "J45.0", "N39.0", "E03.9", "Z00.0")
    return [pac, Table(PRZ, "wizyty", [
        Col("id", "int PRIMARY KEY", "none", ident),
        Col("pacjent_id", "int NOT NULL", "none", fk_id(PAC)),
        Col("data_wizyty", "timestamp", "none", ts(2023, 2025)),
        Col("lekarz", "varchar(80)", "person_name", pick("lek. Anna Nowak", "dr n. med. Piotr Wisniewski",
                                                        "lek. Katarzyna Zielinska", "lek. Tomasz Lewandowski")),
        Col("npwz", "char(7)", "none", pick("2345678", "5432109", "3129874", "6781235")),
        Col("rozpoznanie", "varchar(10)", "health", pick(*icd)),
        Col("rozpoznanie_opis", "text", "health", pick("Ostre zakazenie gornych drog oddechowych", "Nadcisnienie",
                                                      "Cukrzyca typu 2", "Bol krzyza", "Zaburzenia lekowe uogolnione")),
        Col("zalecenia", "text", "health", maybe(0.7, pick("Kontrola za 2 tygodnie", "Dieta cukrzycowa, kontrola HbA1c",
                                                          "L4 na 5 dni", "Skierowanie do poradni zdrowia psychicznego"))),
        Col("kwota", "numeric(8,2)", "none", pick(0, 0, 150, 200))], rows=WIZ,
        extra=[fk_sql.format(t="wizyty", c="pacjent_id", r="pacjenci")]),
        Table(PRZ, "recepty", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("wizyta_id", "int NOT NULL", "none", fk_id(WIZ)),
            Col("kod_dostepu", "char(4)", "credentials", lambda c, i: f"{c.r.randint(0, 9999):04d}"),
            Col("klucz_recepty", "varchar(44)", "secret_token", lambda c, i: "".join(c.r.choice("0123456789") for _ in range(44))),
            Col("lek", "varchar(120)", "health", pick("Metformax 850 mg", "Bisocard 5 mg", "Euthyrox N 50", "Augmentin 875 mg",
                                                     "Sertagen 50 mg", "Berodual N")),
            Col("dawkowanie", "varchar(80)", "health", pick("1 tabl. 2x dziennie", "1 tabl. rano", "2 wdechy doraznie")),
            Col("data_wystawienia", "date", "none", day(2023, 2025)),
            Col("odplatnosc", "varchar(5)", "none", pick("100%", "50%", "30%", "R", "B"))], rows=140,
            extra=[fk_sql.format(t="recepty", c="wizyta_id", r="wizyty")])]


def register_tables() -> list[Table]:
    return _salaris() + _przychodnia()

