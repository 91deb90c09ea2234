"""aq_autoverhuur: an in-house system of a car-rental firm in Simpson Bay, Sint Maarten (Dutch table names mixed
with English, as its local developer wrote them): customers (residents and tourists), cars with GPS trackers,
contracts, payments, damage reports, traffic fines passed on to renters and web-booking sessions."""
from __future__ import annotations

from decimal import Decimal

from .blind26_gens import (C, amounts, b64, bcrypt, card, const, dates, digits, fk, fkey, flag, hexs, ints, maybe,
                           one, seq, sha256, stamps)
from .blind41_gens import any_mobile, any_name, person
from .gens import Table

S = "aq_autoverhuur"
KL, MW = "sx.klant", "sx.medewerker"
N_FIL, N_MW, N_KL, N_VT, N_HC = 5, 30, 150, 90, 150
TOURISTS = [("John", "Miller", "US"), ("Ashley", "Carter", "US"), ("Jeroen", "de Vries", "NL"),
            ("Sanne", "Bakker", "NL"), ("Kevin", "O'Brien", "US"), ("Femke", "Visser", "NL"),
            ("Brittany", "Nguyen", "CA"), ("Luc", "Janssens", "BE"), ("Marie", "Lefèvre", "FR")]
HOTELS = ["Sonesta Maho Beach Resort", "Holland House Beach Hotel", "Simpson Bay Resort", "Divi Little Bay",
          "Oyster Bay Beach Resort", "The Morgan Resort"]


def is_tourist(i: int) -> bool:
    return i % 3 == 0


def _kl(field: str):
    def g(c, i):
        if not is_tourist(i):
            return person("sx", KL, field, 1950, 2004)(c, i)
        first, last, cc = TOURISTS[(i // 3) % len(TOURISTS)]
        return {"first": first, "last": last, "cc": cc}[field]
    return g


def _id_doc(c, i):
    if not is_tourist(i):
        return person("sx", KL, "natid", 1950, 2004)(c, i)
    cc = TOURISTS[(i // 3) % len(TOURISTS)][2]
    return {"US": "5" + digits(c, 8), "NL": f"N{c.r.choice('PRSTU')}{digits(c, 1)}{c.r.choice('KLMN')}{digits(c, 5)}",
            "CA": f"A{c.r.choice('BKP')}{digits(c, 6)}", "BE": f"EP{digits(c, 6)}", "FR": f"{digits(c, 2)}AB{digits(c, 5)}"}[cc]


def _verblijf(c, i):
    if is_tourist(i):
        return f"{c.r.choice(HOTELS)}, room {c.r.randint(101, 820)}"
    return person("sx", KL, "a_line", 1950, 2004)(c, i) + ", " + person("sx", KL, "a_city", 1950, 2004)(c, i)


def _email(c, i):
    if is_tourist(i):
        first, last, cc = TOURISTS[(i // 3) % len(TOURISTS)]
        dom = {"US": "gmail.com", "NL": "ziggo.nl", "CA": "rogers.com", "BE": "telenet.be", "FR": "orange.fr"}[cc]
        return f"{first.lower()}.{last.lower().replace(' ', '').replace(chr(39), '')}{i}@{dom}"
    return person("sx", KL, "email", 1950, 2004)(c, i)


def _mobile(c, i):
    if is_tourist(i):
        return f"+1 {c.r.choice(['305', '917', '646', '416'])} {digits(c, 3)} {digits(c, 4)}" if i % 2 \
            else f"+31 6 {digits(c, 8)}"
    return person("sx", KL, "mobile", 1950, 2004)(c, i)


def _notitie(c, i):
    return c.r.choice([None, None, None, "Vaste klant, korting 10%.", "Wants child seat every time.",
                       f"Belt altijd via zijn vrouw {any_name('sx')(c, i)}, {any_mobile('sx')(c, i)}",
                       "Niet meer verhuren - auto twee keer te laat terug.",
                       f"Referred by {person('sx', MW, 'first')(c, c.r.randint(1, N_MW))} at the airport desk."])


def _schade(c, i):
    return c.r.choice(["Kras op achterbumper, parkeerterrein Port de Plaisance.",
                       "Side mirror broken, hit by bus on Bush Road.",
                       f"Aanrijding met {any_name('sx')(c, i)} (tel. {any_mobile('sx')(c, i)}), Welfare Road rotonde.",
                       "Steenslag voorruit.", f"Tegenpartij: {any_name('sx')(c, i)}, verzekerd bij Nagico.",
                       "Flat tyre, no body damage."])


def _pos(c, i):
    return (Decimal(str(round(18.03 + c.r.uniform(-0.02, 0.03), 6))),
            Decimal(str(round(-63.07 + c.r.uniform(-0.04, 0.05), 6))))


def sxrental_tables() -> list[Table]:
    m = lambda f: person("sx", MW, f, 1965, 2002)          # noqa: E731
    return [
        Table(S, "filialen", [
            C("filiaal_id", "integer PRIMARY KEY", "none", seq()),
            C("naam", "varchar(60)", "none", lambda c, i: ["Airport desk", "Simpson Bay", "Philipsburg",
                                                           "Cole Bay", "Maho"][i - 1]),
            C("adres", "varchar(120)", "none", lambda c, i: f"#{10 + i} Airport Road, Simpson Bay"),
            C("telefoon", "varchar(20)", "none", lambda c, i: f"(721) 545-{2200 + i}"),
            C("email", "varchar(80)", "none", lambda c, i: f"branch{i}@sunsetrentals.sx"),
            C("manager_naam", "varchar(80)", "person_name", lambda c, i: m("full")(c, i)),
        ], rows=N_FIL),
        Table(S, "medewerkers", [
            C("medewerker_id", "integer PRIMARY KEY", "none", seq()),
            C("voornaam", "varchar(40)", "person_name", m("first")),
            C("achternaam", "varchar(40)", "person_name", m("last")),
            C("email", "varchar(80)", "email", lambda c, i: m("user")(c, i) + "@sunsetrentals.sx"),
            C("gsm", "varchar(20)", "phone", m("mobile")),
            C("wachtwoord_hash", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("rol", "varchar(20)", "none", one("balie", "balie", "monteur", "manager")),
            C("filiaal_id", "integer", "none", fk(N_FIL, 1)),
            C("in_dienst_sinds", "date", "none", dates(2008, 2024)),
        ], rows=N_MW, extra=[fkey(S, "medewerkers", "filiaal_id", "filialen", "filiaal_id")]),
        Table(S, "klanten", [
            C("klant_id", "integer PRIMARY KEY", "none", seq()),
            C("voornaam", "varchar(40)", "person_name", _kl("first")),
            C("achternaam", "varchar(60)", "person_name", _kl("last")),
            C("geboortedatum", "date", "birth_date",
              lambda c, i: dates(1955, 2003)(c, i) if is_tourist(i) else person("sx", KL, "birth", 1950, 2004)(c, i)),
            C("nationaliteit", "varchar(3)", "none", lambda c, i: TOURISTS[(i // 3) % 9][2] if is_tourist(i) else "SX"),
            C("id_of_paspoort", "varchar(20)", "national_id", _id_doc),
            C("rijbewijs_nummer", "varchar(20)", "national_id", lambda c, i: f"{c.r.choice('ABCDEFGHJKLMN')}"
                                                                             f"{digits(c, 7)}"),
            C("rijbewijs_land", "varchar(3)", "none", lambda c, i: TOURISTS[(i // 3) % 9][2] if is_tourist(i) else "SX"),
            C("crib_nummer", "varchar(12)", "national_id", lambda c, i: None if is_tourist(i) else digits(c, 9),
              comment="tax number of residents"),
            C("email", "varchar(100)", "email", _email),
            C("gsm", "varchar(25)", "phone", _mobile),
            C("verblijfsadres", "varchar(160)", "postal_address", _verblijf),
            C("vip", "boolean", "none", flag(0.1)),
            C("nieuwsbrief_optin", "boolean", "none", flag(0.4)),
            C("aantal_huren", "integer", "none", ints(1, 30), comment="number of rentals"),
            C("notities", "text", "free_text_may_contain_pii", _notitie),
            C("aangemaakt_op", "timestamp", "none", stamps(2016, 2025)),
        ], rows=N_KL),
        Table(S, "voertuigen", [
            C("voertuig_id", "integer PRIMARY KEY", "none", seq()),
            C("kenteken", "varchar(10)", "none", lambda c, i: f"R-{digits(c, 4)}"),
            C("merk", "varchar(30)", "none", one("Toyota", "Kia", "Hyundai", "Suzuki", "Jeep", "Nissan")),
            C("model", "varchar(30)", "none", one("Yaris", "Picanto", "i10", "Jimny", "Wrangler", "Kicks")),
            C("bouwjaar", "smallint", "none", ints(2017, 2025)),
            C("kleur", "varchar(20)", "none", one("wit", "zilver", "rood", "blauw", "zwart")),
            C("kilometerstand", "integer", "none", ints(2000, 140000)),
            C("filiaal_id", "integer", "none", fk(N_FIL, 1)),
            C("gps_imei", "varchar(15)", "none", lambda c, i: "86" + digits(c, 13)),
            C("status", "varchar(15)", "none", one("beschikbaar", "verhuurd", "verhuurd", "onderhoud")),
        ], rows=N_VT, extra=[fkey(S, "voertuigen", "filiaal_id", "filialen", "filiaal_id")]),
        Table(S, "huurcontracten", [
            C("contract_id", "integer PRIMARY KEY", "none", seq()),
            C("contract_nr", "varchar(12)", "none", lambda c, i: f"SR-{24000 + i}"),
            C("klant_id", "integer", "none", fk(N_KL, 7)),
            C("voertuig_id", "integer", "none", fk(N_VT, 11)),
            C("medewerker_id", "integer", "none", fk(N_MW, 3)),
            C("ophaal_datum", "timestamp", "none", stamps(2024, 2025)),
            C("retour_datum", "timestamp", "none", stamps(2024, 2025)),
            C("ophaal_locatie", "varchar(60)", "none", one("Princess Juliana Airport", "Simpson Bay", "Hotel delivery",
                                                           "Philipsburg cruise pier")),
            C("km_start", "integer", "none", ints(2000, 130000)),
            C("km_eind", "integer", "none", ints(2100, 140000)),
            C("tweede_bestuurder", "varchar(80)", "person_name", maybe(any_name("sx"), 0.25)),
            C("tweede_rijbewijs", "varchar(20)", "national_id",
              maybe(lambda c, i: f"{c.r.choice('ABCDEFGH')}{digits(c, 7)}", 0.25)),
            C("verzekering", "varchar(10)", "none", one("CDW", "SCDW", "geen")),
            C("totaal_usd", "numeric(8,2)", "none", amounts(90, 2400)),
            C("borg_usd", "numeric(8,2)", "none", one(Decimal("250.00"), Decimal("500.00"))),
            C("opmerkingen", "varchar(200)", "none", maybe(one("Child seat", "Late return agreed", "Upgrade to SUV"),
                                                           0.3)),
        ], rows=N_HC, extra=[fkey(S, "huurcontracten", "klant_id", "klanten", "klant_id"),
                             fkey(S, "huurcontracten", "voertuig_id", "voertuigen", "voertuig_id"),
                             fkey(S, "huurcontracten", "medewerker_id", "medewerkers", "medewerker_id")]),
        Table(S, "betalingen", [
            C("betaling_id", "integer PRIMARY KEY", "none", seq()),
            C("contract_id", "integer", "none", fk(N_HC, 1)),
            C("bedrag", "numeric(8,2)", "none", amounts(50, 2400)),
            C("valuta", "char(3)", "none", one("USD", "USD", "USD", "XCG")),
            C("methode", "varchar(10)", "none", one("card", "card", "cash", "transfer")),
            C("kaartnummer", "varchar(19)", "payment_card", maybe(lambda c, i: card(c), 0.5),
              comment="legacy, before the terminal stored tokens"),
            C("kaart_masked", "varchar(19)", "none", lambda c, i: f"{c.r.choice('45')}*** **** **** {digits(c, 4)}"),
            C("autorisatiecode", "varchar(8)", "none", lambda c, i: digits(c, 6)),
            C("terugstorting_rekening", "varchar(20)", "bank_account",
              maybe(lambda c, i: f"{c.r.choice(['WIB', 'RBC', 'BDC'])} {c.r.choice(['10', '31', '40'])}{digits(c, 7)}",
                    0.3), comment="account for deposit refunds"),
            C("betaald_op", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "betalingen", "contract_id", "huurcontracten", "contract_id")]),
        Table(S, "schademeldingen", [
            C("melding_id", "integer PRIMARY KEY", "none", seq()),
            C("contract_id", "integer", "none", fk(N_HC, 13)),
            C("datum", "date", "none", dates(2024, 2025)),
            C("beschrijving", "text", "free_text_may_contain_pii", _schade),
            C("letsel", "varchar(120)", "health", maybe(one("Whiplash, SMMC eerste hulp", "Snijwond hand",
                                                            "Passenger bruised ribs", "Geen"), 0.3)),
            C("politie_rapport_nr", "varchar(20)", "none", maybe(lambda c, i: f"KPSM-{digits(c, 6)}", 0.4)),
            C("foto_sha256", "char(64)", "none", lambda c, i: sha256(c)),
            C("kosten_usd", "numeric(8,2)", "none", amounts(0, 6000)),
        ], rows=100, extra=[fkey(S, "schademeldingen", "contract_id", "huurcontracten", "contract_id")]),
        Table(S, "gps_posities", [
            C("positie_id", "bigint PRIMARY KEY", "none", seq()),
            C("voertuig_id", "integer", "none", fk(N_VT, 3)),
            C("contract_id", "integer", "none", fk(N_HC, 7)),
            C("tijdstip", "timestamp", "none", stamps(2025, 2025)),
            C("lat", "numeric(9,6)", "geo_location", lambda c, i: _pos(c, i)[0]),
            C("lng", "numeric(9,6)", "geo_location", lambda c, i: _pos(c, i)[1]),
            C("snelheid_kmh", "smallint", "none", ints(0, 95)),
            C("contact_aan", "boolean", "none", flag(0.6), comment="ignition on"),
        ], rows=150, extra=[fkey(S, "gps_posities", "voertuig_id", "voertuigen", "voertuig_id"),
                            fkey(S, "gps_posities", "contract_id", "huurcontracten", "contract_id")]),
        Table(S, "verkeersboetes", [
            C("boete_id", "integer PRIMARY KEY", "none", seq()),
            C("contract_id", "integer", "none", fk(N_HC, 17)),
            C("klant_id", "integer", "none", fk(N_KL, 7)),
            C("datum", "date", "none", dates(2024, 2025)),
            C("overtreding", "varchar(120)", "criminal_record",
              one("Snelheidsovertreding Bush Road (72 km/u)", "Rijden onder invloed - proces-verbaal",
                  "Door rood licht, A.Th. Illidge Road", "Hit and run, Front Street",
                  "Fout parkeren Back Street")),
            C("pv_nummer", "varchar(20)", "none", lambda c, i: f"PV{digits(c, 8)}"),
            C("bedrag", "numeric(8,2)", "none", amounts(50, 1500)),
            C("doorbelast", "boolean", "none", flag(0.8), comment="charged on to the renter"),
        ], rows=80, extra=[fkey(S, "verkeersboetes", "contract_id", "huurcontracten", "contract_id"),
                           fkey(S, "verkeersboetes", "klant_id", "klanten", "klant_id")]),
        Table(S, "webshop_sessies", [
            C("sessie_id", "varchar(64) PRIMARY KEY", "secret_token", lambda c, i: hexs(c, 48)),
            C("klant_id", "integer", "none", maybe(fk(N_KL, 11), 0.6)),
            C("ip_adres", "varchar(45)", "ip_address",
              lambda c, i: f"{c.r.choice(['73', '98', '145', '190', '84'])}.{c.r.randrange(256)}."
                           f"{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("user_agent", "varchar(200)", "none", one("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64)")),
            C("csrf_token", "varchar(64)", "secret_token", lambda c, i: b64(c, 32)),
            C("aangemaakt", "timestamp", "none", stamps(2025, 2025)),
            C("verloopt", "timestamp", "none", stamps(2025, 2025)),
            C("winkelwagen", "text", "none", maybe(const('{"car": "Jimny", "days": 5, "extras": ["child_seat"]}'), 0.5)),
        ], rows=120, extra=[fkey(S, "webshop_sessies", "klant_id", "klanten", "klant_id")]),
    ]
