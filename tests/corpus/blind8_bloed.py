"""k_bloed: a Dutch blood bank's donor administration, in Dutch: donors (BSN, voorletters and tussenvoegsel kept
apart as Dutch systems do, blood group), collection sites, donations (ISBT 128 donation number, Hb, blood pressure,
deferral reason), the donor health questionnaire and lab results including HLA typing of apheresis donors."""
from __future__ import annotations

from .blind8_gens import bsn_value, day, fk, num, opt, person, phone, postcode, street, town, with_fks
from .gens import Col, Table, pick

S = "k_bloed"
N_DONOR, N_LOC, N_DON = 140, 14, 150
HLA_A = ["A*01:01", "A*02:01", "A*03:01", "A*11:01", "A*24:02", "A*26:01", "A*68:01"]
HLA_B = ["B*07:02", "B*08:01", "B*15:01", "B*35:01", "B*40:01", "B*44:02", "B*51:01", "B*57:01"]


def _din(k: int) -> str:
    """ISBT 128 donation identification number: facility code, year, sequence."""
    return f"NL0{(k * 37) % 900 + 100}24{k:06d}"


def _tussen(c, i) -> str:
    last = person("nl", "donor", i)["last"]
    return last.rsplit(" ", 1)[0] if " " in last else ""


def _achter(c, i) -> str:
    return person("nl", "donor", i)["last"].rsplit(" ", 1)[-1]


def _hla(c, i) -> str:
    a, b = sorted(c.r.sample(HLA_A, 2)), sorted(c.r.sample(HLA_B, 2))
    return f"{a[0]}, {a[1]}; {b[0]}, {b[1]}"


def bloed_tables() -> list[Table]:
    return with_fks([
        Table(S, "donor", [
            Col("donornummer", "int PRIMARY KEY", "none", lambda c, i: 3100000 + i),
            Col("bsn", "char(9)", "national_id", bsn_value),
            Col("voorletters", "varchar(10)", "person_name", lambda c, i: person("nl", "donor", i)["first"][0] + "."
                + c.r.choice(["", "", "J.", "M.", "A.C."])),
            Col("roepnaam", "varchar(40)", "person_name", lambda c, i: person("nl", "donor", i)["first"]),
            Col("tussenvoegsel", "varchar(10)", "person_name", _tussen),
            Col("achternaam", "varchar(60)", "person_name", _achter),
            Col("geslacht", "char(1)", "none", lambda c, i: person("nl", "donor", i)["sex"].replace("F", "V")),
            Col("geboortedatum", "date", "birth_date", day(1955, 2006)),
            Col("straat", "varchar(60)", "postal_address", street("nl", number=False)),
            Col("huisnummer", "varchar(10)", "postal_address", lambda c, i: f"{c.r.randint(1, 250)}{c.r.choice(['', '', '', 'A', '-2', ' bis'])}"),
            Col("postcode", "char(7)", "postal_address", postcode("nl")),
            Col("woonplaats", "varchar(40)", "none", town("nl")),
            Col("telefoon", "varchar(20)", "phone", opt(0.85, phone("nl"))),
            Col("email", "varchar(100)", "email", opt(0.8, lambda c, i: person("nl", "donor", i)["email"])),
            Col("bloedgroep", "varchar(3)", "health", pick("O", "O", "O", "A", "A", "A", "B", "AB")),
            Col("rhesus", "char(1)", "health", pick("+", "+", "+", "+", "+", "-")),
            Col("status", "varchar(12)", "none", pick("actief", "actief", "actief", "gestopt", "uitgesteld", "nieuw")),
            Col("laatste_donatie", "date", "none", opt(0.9, day(2022, 2024))),
        ], rows=N_DONOR),
        Table(S, "locatie", [
            Col("locatie_id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("naam", "varchar(60)", "none", lambda c, i: f"Donatiecentrum {['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Eindhoven', 'Groningen', 'Zwolle', 'Nijmegen', 'Leiden', 'Amersfoort', 'Haarlem', 'Tilburg', 'Breda', 'Maastricht'][i - 1]}"),
            Col("adres", "varchar(80)", "none", street("nl")),
            Col("postcode", "char(7)", "none", postcode("nl")),
            Col("telefoon", "varchar(20)", "none", lambda c, i: f"088-{c.r.randint(1000000, 9999999)}"),
        ], rows=N_LOC),
        Table(S, "donatie", [
            Col("donatienummer", "varchar(16) PRIMARY KEY", "none", lambda c, i: _din(i)),
            Col("donornummer", "int", "none", lambda c, i: 3100000 + c.r.randint(1, N_DONOR)),
            Col("locatie_id", "int", "none", num(1, N_LOC)),
            Col("datum", "date", "none", day(2023, 2024)),
            Col("soort", "varchar(10)", "none", pick("volbloed", "volbloed", "plasma", "plasma", "trombo")),
            Col("hb_mmol", "numeric(3,1)", "health", lambda c, i: round(c.r.uniform(7.2, 10.4), 1)),
            Col("bloeddruk", "varchar(7)", "health", lambda c, i: f"{c.r.randint(105, 165)}/{c.r.randint(62, 98)}"),
            Col("pols", "smallint", "health", num(52, 98)),
            Col("reden_afkeur", "varchar(60)", "health", opt(0.15, pick("Hb te laag", "koorts", "antibioticagebruik",
                                                                        "bloeddruk te hoog", "tandartsbehandeling < 1 week"))),
        ], rows=N_DON),
        Table(S, "vragenlijst", [
            Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("donornummer", "int", "none", lambda c, i: 3100000 + c.r.randint(1, N_DONOR)),
            Col("datum", "date", "none", day(2023, 2024)),
            Col("v_medicatie", "varchar(120)", "health", opt(0.3, pick("metoprolol 50mg", "levothyroxine", "pil (anticonceptie)",
                                                                       "omeprazol", "paracetamol zo nodig"), "")),
            Col("v_nieuwe_sekspartner", "char(1)", "sex_life", pick("N", "N", "N", "J")),
            Col("v_msm_4mnd", "char(1)", "sex_life", pick("N", "N", "N", "N", "N", "J")),
            Col("v_reis_buitenland", "varchar(80)", "none", opt(0.3, pick("Spanje", "Thailand", "Suriname", "Kenia", "VS"), "")),
            Col("opmerking_arts", "text", "health", opt(0.25, pick("Hb-controle over 3 mnd", "Malariagebied: 6 mnd uitstel",
                                                                  "Medicatie besproken, geen bezwaar", "Lichte anemie, ijzer geadviseerd"), "")),
        ], rows=130),
        Table(S, "lab_uitslag", [
            Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("donatienummer", "varchar(16)", "none", lambda c, i: _din(c.r.randint(1, N_DON))),
            Col("test", "varchar(10)", "none", pick("HIV", "HBsAg", "HCV", "syfilis", "HTLV", "anti-D")),
            Col("uitslag", "varchar(20)", "health", pick("negatief", "negatief", "negatief", "negatief", "reactief", "positief")),
            Col("hla_typering", "varchar(60)", "genetic", opt(0.3, _hla)),
        ], rows=120),
    ], [
        fk(S, "donatie", "donornummer", "donor", "donornummer"), fk(S, "donatie", "locatie_id", "locatie", "locatie_id"),
        fk(S, "vragenlijst", "donornummer", "donor", "donornummer"),
        fk(S, "lab_uitslag", "donatienummer", "donatie", "donatienummer"),
    ])
