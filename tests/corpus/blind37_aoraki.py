"""am_aoraki: an in-house register of a tuberculosis and leprosy programme in Kiribati, with Gilbertese column names:
patients (aomata), clinics (kiriniki), health workers (taan_mwakuri), cases (rekooti_ni_aoraki), directly observed
treatment visits (kawara) and household contacts (kaain_te_mweenga)."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps
from .blind37_gens import POOLS, any_phone, person, someone
from .gens import Table

S = "am_aoraki"
AOM, TAAN = "ao.aomata", "ao.taan"
N_AOM, N_KIR, N_TAAN, N_REK, N_KAW = 150, 24, 40, 130, 150


def _kanoan(c, i):
    return c.r.choice([None, None, "E a tia ni kabwarabwaraki.", "Pt missed 3 doses, away fishing.",
                       f"Tinana {someone('ki')(c, i)} e na tararuaia, tel {any_phone('ki')(c, i)}",
                       "Referred to TCH for X-ray.",
                       f"Spoke with the unimane of the village, {someone('ki')(c, i)}"])


def _kawara_taeka(c, i):
    return c.r.choice([None, None, None, "E nimi bwainnaoraki n taai.", "Vomiting after pills, reported.",
                       f"Buuna {someone('ki')(c, i)} e kaotia bwainnaoraki", "Not at home, went to Betio."])


def aoraki_tables() -> list[Table]:
    a = lambda f: person("ki", AOM, f, 1945, 2018)            # noqa: E731
    t = lambda f: person("ki", TAAN, f, 1965, 2001)           # noqa: E731
    return [
        Table(S, "kiriniki", [
            C("kiriniki_id", "integer PRIMARY KEY", "none", seq()),
            C("aran_kiriniki", "varchar(80)", "none", lambda c, i: f"{POOLS['ki']['street'][i % 14]} "
                                                               f"{c.r.choice(['Health Centre', 'Dispensary', 'Clinic'])}"),
            C("abamakoro", "varchar(40)", "none", lambda c, i: POOLS["ki"]["district"][i % 12]),
            C("tarebon", "varchar(20)", "none", lambda c, i: f"7502{digits(c, 4)}"),
            C("latitude", "numeric(9,6)", "none", amounts(-2.5, 3.5, 6)),
            C("longitude", "numeric(9,6)", "none", amounts(172.5, 176.9, 6)),
            C("e_mwakuri", "boolean", "none", flag(0.9)),
        ], rows=N_KIR),
        Table(S, "taan_mwakuri", [
            C("taan_mwakuri_id", "integer PRIMARY KEY", "none", seq()),
            C("aran", "varchar(60)", "person_name", t("first")),
            C("aran_te_utu", "varchar(60)", "person_name", t("last")),
            C("mwakuri", "varchar(40)", "none", one("Neeti", "Taokita", "Medical Assistant", "TB Coordinator",
                                                    "Lab technician")),
            C("tarebon", "varchar(20)", "phone", t("mobile")),
            C("meeri", "varchar(80)", "email", lambda c, i: t("user")(c, i) + "@health.gov.ki"),
            C("aran_ni_kabonga", "varchar(40)", "none", t("user")),
            C("kii", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("kiriniki_id", "integer", "none", fk(N_KIR, 5)),
            C("e_mwakuri", "boolean", "none", flag(0.9)),
        ], rows=N_TAAN, extra=[fkey(S, "taan_mwakuri", "kiriniki_id", "kiriniki", "kiriniki_id")]),
        Table(S, "aomata", [
            C("aomata_id", "integer PRIMARY KEY", "none", seq()),
            C("namba_ni_kaongora", "varchar(12)", "none", lambda c, i: f"TB/{c.r.choice([22, 23, 24, 25])}/{i:04d}"),
            C("aran", "varchar(60)", "person_name", a("first")),
            C("aran_te_utu", "varchar(60)", "person_name", a("last")),
            C("mwaane_ke_aine", "char(1)", "none", a("sex")),
            C("bong_ni_bungiaki", "date", "birth_date", a("birth")),
            C("ririki", "smallint", "none", lambda c, i: 2025 - a("birth")(c, i).year),
            C("mweenga", "varchar(120)", "postal_address", a("a_line")),
            C("abamakoro", "varchar(40)", "none", a("a_city")),
            C("tarebon", "varchar(20)", "phone", maybe(a("mobile"), 0.7)),
            C("meeri", "varchar(80)", "email", maybe(a("email"), 0.2)),
            C("namba_kpf", "varchar(10)", "national_id", maybe(a("natid"), 0.6)),
            C("aran_tinana", "varchar(80)", "person_name", someone("ki")),
            C("buuna", "varchar(80)", "person_name", maybe(someone("ki"), 0.5)),
            C("te_aro", "varchar(40)", "religious_belief", one("KUC", "Katorika", "Katorika", "LDS", "SDA", "Baha'i",
                                                              "KPC", None)),
            C("mwaitin_kaain_te_mweenga", "smallint", "none", ints(2, 14)),
            C("kiriniki_id", "integer", "none", fk(N_KIR, 7)),
            C("bong_ni_koroboki", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_AOM, extra=[fkey(S, "aomata", "kiriniki_id", "kiriniki", "kiriniki_id")]),
        Table(S, "rekooti_ni_aoraki", [
            C("rekooti_id", "integer PRIMARY KEY", "none", seq()),
            C("aomata_id", "integer", "none", fk(N_AOM, 1)),
            C("kiriniki_id", "integer", "none", fk(N_KIR, 3)),
            C("bong_ni_moan", "date", "none", dates(2021, 2025)),
            C("aekan_te_aoraki", "varchar(40)", "health", one("TB ni buroo", "TB ni buroo", "TB i tinanikun te buroo",
                                                              "MDR-TB", "Leprosy PB", "Leprosy MB")),
            C("baika_e_kaaki", "varchar(20)", "health", one("Smear +", "Smear -", "Xpert MTB+ RIF-", "Xpert MTB+ RIF+",
                                                            "Not done")),
            C("mwaiti_te_boo", "numeric(4,1)", "health", amounts(9, 92, 1)),
            C("bwainnaoraki", "varchar(30)", "health", one("2HRZE/4HR", "2HRZE/4HR", "6 Bdq-Lzd-Lfx-Cfz", "MDT-PB",
                                                           "MDT-MB")),
            C("tebo_ni_hiv", "varchar(10)", "health", one("Negative", "Negative", "Not tested", "Positive")),
            C("te_tiabetiti", "boolean", "health", flag(0.25)),
            C("kanoan", "text", "free_text_may_contain_pii", _kanoan),
            C("tauaki_iroun", "integer", "none", fk(N_TAAN, 7)),
            C("tokina", "varchar(20)", "health", maybe(one("Cured", "Treatment completed", "Lost to follow-up", "Died"),
                                                     0.5)),
        ], rows=N_REK, extra=[fkey(S, "rekooti_ni_aoraki", "aomata_id", "aomata", "aomata_id"),
                              fkey(S, "rekooti_ni_aoraki", "kiriniki_id", "kiriniki", "kiriniki_id"),
                              fkey(S, "rekooti_ni_aoraki", "tauaki_iroun", "taan_mwakuri", "taan_mwakuri_id")]),
        Table(S, "kawara", [
            C("kawara_id", "integer PRIMARY KEY", "none", seq()),
            C("rekooti_id", "integer", "none", fk(N_REK, 3)),
            C("bong", "date", "none", dates(2023, 2025)),
            C("e_nimi_bwainnaoraki", "boolean", "health", flag(0.85), comment="DOT: dose swallowed under observation"),
            C("taan_mwakuri_id", "integer", "none", fk(N_TAAN, 11)),
            C("latitude", "numeric(9,6)", "geo_location", amounts(1.32, 1.45, 6)),
            C("longitude", "numeric(9,6)", "geo_location", amounts(172.90, 173.16, 6)),
            C("ana_taeka", "text", "free_text_may_contain_pii", _kawara_taeka),
            C("bong_ni_koroboki", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_KAW, extra=[fkey(S, "kawara", "rekooti_id", "rekooti_ni_aoraki", "rekooti_id"),
                              fkey(S, "kawara", "taan_mwakuri_id", "taan_mwakuri", "taan_mwakuri_id")]),
        Table(S, "kaain_te_mweenga", [
            C("kaain_id", "integer PRIMARY KEY", "none", seq()),
            C("rekooti_id", "integer", "none", fk(N_REK, 7)),
            C("aran", "varchar(80)", "person_name", someone("ki")),
            C("reitaki", "varchar(20)", "none", one("Buuna", "Natina", "Tinana", "Tamana", "Tarina", "Mwaneana")),
            C("ririki", "smallint", "none", ints(0, 80)),
            C("tarebon", "varchar(20)", "phone", maybe(any_phone("ki"), 0.4)),
            C("e_kakaraoaki", "boolean", "health", flag(0.7)),
            C("kanoan_te_kakaraoaki", "varchar(30)", "health", maybe(one("No symptoms", "Cough > 2 weeks",
                                                                         "TPT started", "Referred"), 0.7)),
            C("bong", "date", "none", dates(2023, 2025)),
            C("taan_mwakuri_id", "integer", "none", fk(N_TAAN, 3)),
            C("aomata_id", "integer", "none", maybe(fk(N_AOM, 13), 0.2)),
        ], rows=140, extra=[fkey(S, "kaain_te_mweenga", "rekooti_id", "rekooti_ni_aoraki", "rekooti_id"),
                            fkey(S, "kaain_te_mweenga", "aomata_id", "aomata", "aomata_id")]),
    ]
