"""au_fishops: a fisheries licensing and observer database of the kind the Falkland Islands Government runs in Stanley:
licensed trawlers and squid jiggers (owned by Spanish, Korean and Falklands companies), their licences and catch
reports, crew lists of Galician and Chilean fishers with seaman's books, Falkland Islander observers, crew injuries
treated at the hospital in Stanley, and boarding inspections with their court outcomes."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, ints, maybe, one, seq, stamps)
from .blind45_gens import any_mobile, any_name, person
from .gens import Table

S = "au_fishops"
CREW, OBS, OFF = "fi.crew", "fi.observer", "fi.officer"
N_VES, N_LIC, N_CREW, N_OBS, N_OFF = 80, 120, 150, 30, 16
SHIPS = ["Argos", "Igueldo", "Hermanos", "Monteferro", "Lord", "Beagle", "Pescamar", "Sil", "Ocean", "Baffin", "Dong Won",
         "Koyo", "Robin", "Cabo", "Golden", "Nova"]
SUFFIX = ["Georgia", "Uno", "Dos", "Pride", "Star", "Sur", "707", "No. 3", "Venture", "Bay", "Atlántico", "Explorer"]
COMPANIES = ["Pesquerías Georgia S.L.", "Argos Froyanes Ltd", "Fortuna Ltd", "Polar Ltd", "Dong Won Fisheries Co.",
             "Beauchene Fishing Co. Ltd", "Nuevapescanova S.A.", "Sealion Fisheries Ltd"]


def _injury_note(c, i):
    return c.r.choice([
        "Crushed finger in winch, X-ray at KEMH, sutured.", "Fall on deck in swell, suspected rib fracture.",
        f"Medevac by FIGAS; vessel agent {any_name('fk')(c, i)} informed.",
        f"Next of kin informed by phone ({any_mobile('es')(c, i)}).", "Chest pain, ECG normal, returned to vessel.",
        "Hook laceration to left hand, tetanus booster given."])


def _obs_note(c, i):
    return c.r.choice([None, None, "Seabird interactions: 2 black-browed albatross on warp cables.",
                       "Mesh size measured, compliant.", "Discards of Loligo below 10 cm estimated at 4%.",
                       f"Bosun {any_name('es')(c, i)} refused access to factory deck on day 3.",
                       "Observer sea-sick days 1-2, sampling reduced."])


def fishops_tables() -> list[Table]:
    cr = lambda f: person("es", CREW, f, 1962, 2005)        # noqa: E731
    ob = lambda f: person("fk", OBS, f, 1970, 2002)         # noqa: E731
    of = lambda f: person("fk", OFF, f, 1965, 1996)         # noqa: E731
    return [
        Table(S, "officers", [
            C("officer_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(120)", "person_name", of("full")),
            C("email", "varchar(120)", "email", lambda c, i: f"{of('user')(c, i)}@fisheries.example.gov.fk"),
            C("phone", "varchar(20)", "phone", of("mobile")),
            C("post", "varchar(60)", "none", one("Fishery Officer", "Senior Fishery Officer", "Licensing Officer",
                                                 "Director of Natural Resources")),
            C("pw", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_OFF),
        Table(S, "vessels", [
            C("vessel_id", "integer PRIMARY KEY", "none", seq()),
            C("vessel_name", "varchar(80)", "none", lambda c, i: f"{SHIPS[i % 16]} {SUFFIX[(i // 3) % 12]}"),
            C("flag", "char(2)", "none", one("FK", "FK", "ES", "KR", "TW", "CN")),
            C("call_sign", "varchar(10)", "none", lambda c, i: f"{c.r.choice(['VPF', 'EC', 'DT', 'BZ'])}{digits(c, 3)}"),
            C("imo_no", "varchar(10)", "none", lambda c, i: f"{c.r.choice('789')}{digits(c, 6)}"),
            C("gt", "integer", "none", ints(300, 4200)),
            C("gear", "varchar(20)", "none", one("Bottom trawl", "Jigger", "Longline", "Pot")),
            C("owner_co", "varchar(120)", "none", lambda c, i: COMPANIES[i % len(COMPANIES)]),
            C("agent", "varchar(120)", "none", one("Sulivan Shipping Services", "Byron Marine Ltd", "Fortuna Ltd")),
            C("agent_email", "varchar(120)", "none", one("ops@sulivan.example.fk", "agency@byron.example.fk")),
            C("vms_unit", "varchar(20)", "none", lambda c, i: f"INM-C {digits(c, 9)}"),
        ], rows=N_VES),
        Table(S, "licences", [
            C("licence_id", "integer PRIMARY KEY", "none", seq()),
            C("licence_no", "varchar(16)", "none", lambda c, i: f"{c.r.choice('ABCGLX')}/{2024 + i % 2}/{i:03d}"),
            C("vessel_id", "integer", "none", fk(N_VES, 3)),
            C("season", "varchar(10)", "none", one("2024-1", "2024-2", "2025-1", "2025-2")),
            C("target", "varchar(40)", "none", one("Loligo gahi", "Illex argentinus", "Dissostichus eleginoides",
                                                   "Finfish (mixed)", "Skate")),
            C("quota_t", "numeric(9,1)", "none", amounts(50, 9000, 1)),
            C("fee_fkp", "numeric(12,2)", "none", amounts(20000, 1900000)),
            C("itq_holder", "varchar(120)", "none", lambda c, i: COMPANIES[(i * 5) % len(COMPANIES)]),
            C("issued_by", "integer", "none", fk(N_OFF, 5)),
            C("issued_on", "date", "none", dates(2023, 2025)),
        ], rows=N_LIC, extra=[fkey(S, "licences", "vessel_id", "vessels", "vessel_id"),
                              fkey(S, "licences", "issued_by", "officers", "officer_id")]),
        Table(S, "crew", [
            C("crew_id", "integer PRIMARY KEY", "none", seq()),
            C("vessel_id", "integer", "none", fk(N_VES, 7)),
            C("given", "varchar(60)", "person_name", cr("first")),
            C("family", "varchar(80)", "person_name", lambda c, i: f"{cr('last')(c, i)} {cr('last2')(c, i)}"),
            C("nat", "char(2)", "none", lambda c, i: "CL" if cr("mobile")(c, i).startswith("+56") else "ES"),
            C("dob", "date", "birth_date", cr("birth")),
            C("ppt", "varchar(12)", "national_id", cr("passport")),
            C("sbk", "varchar(14)", "national_id", lambda c, i: f"LM-{digits(c, 6)}", comment="seaman's book"),
            C("rank", "varchar(30)", "none", one("Patrón", "Contramaestre", "Marinero", "Engrasador", "Cocinero",
                                                 "Jefe de máquinas")),
            C("home_addr", "varchar(200)", "postal_address", cr("a_full")),
            C("mob", "varchar(30)", "phone", maybe(cr("mobile"), 0.6)),
            C("nok", "varchar(120)", "person_name", any_name("es"), comment="next of kin"),
            C("nok_tel", "varchar(30)", "phone", any_mobile("es")),
            C("embarked", "date", "none", dates(2024, 2025)),
            C("disembarked", "date", "none", maybe(dates(2024, 2025), 0.4)),
        ], rows=N_CREW, extra=[fkey(S, "crew", "vessel_id", "vessels", "vessel_id")]),
        Table(S, "observers", [
            C("observer_id", "integer PRIMARY KEY", "none", seq()),
            C("forename", "varchar(60)", "person_name", ob("first")),
            C("surname", "varchar(60)", "person_name", ob("last")),
            C("dob", "date", "birth_date", ob("birth")),
            C("address", "varchar(120)", "postal_address", ob("a_line")),
            C("settlement", "varchar(40)", "none", ob("a_town")),
            C("mobile", "varchar(20)", "phone", ob("mobile")),
            C("email", "varchar(120)", "email", ob("email")),
            C("sea_survival_exp", "date", "none", dates(2025, 2028)),
            C("fit_to_sail_until", "date", "none", dates(2025, 2027), comment="ENG1-equivalent seafarer medical"),
            C("restrictions", "varchar(120)", "health", maybe(one("Near coastal only", "Spectacles required",
                                                                  "No lone watchkeeping (diabetes)"), 0.2)),
        ], rows=N_OBS),
        Table(S, "observer_trips", [
            C("trip_id", "integer PRIMARY KEY", "none", seq()),
            C("observer_id", "integer", "none", fk(N_OBS, 7)),
            C("vessel_id", "integer", "none", fk(N_VES, 11)),
            C("embark", "date", "none", dates(2024, 2025)),
            C("disembark", "date", "none", dates(2024, 2025)),
            C("port", "varchar(40)", "none", one("Stanley", "Stanley", "Mare Harbour", "Berkeley Sound (at anchor)")),
            C("sampling_days", "integer", "none", ints(4, 38)),
            C("report_url", "varchar(200)", "none", lambda c, i: f"https://docs.example.gov.fk/obs/{2024 + i % 2}/{i}.pdf"),
            C("notes", "text", "free_text_may_contain_pii", _obs_note),
        ], rows=100, extra=[fkey(S, "observer_trips", "observer_id", "observers", "observer_id"),
                            fkey(S, "observer_trips", "vessel_id", "vessels", "vessel_id")]),
        Table(S, "catch_reports", [
            C("report_id", "integer PRIMARY KEY", "none", seq()),
            C("licence_id", "integer", "none", fk(N_LIC, 7)),
            C("report_date", "date", "none", dates(2024, 2025)),
            C("grid", "varchar(6)", "none", lambda c, i: f"X{c.r.choice('ABCDEFGHJ')}{c.r.choice('ABCDEFGHJKLMN')}"
                                                         f"{c.r.randint(1, 9)}"),
            C("species", "varchar(10)", "none", one("LOL", "ILL", "TOO", "HAK", "BLU", "RAY")),
            C("catch_kg", "numeric(10,1)", "none", amounts(0, 95000, 1)),
            C("discards_kg", "numeric(10,1)", "none", amounts(0, 3000, 1)),
            C("hauls", "integer", "none", ints(0, 9)),
            C("received", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "catch_reports", "licence_id", "licences", "licence_id")]),
        Table(S, "crew_injuries", [
            C("injury_id", "integer PRIMARY KEY", "none", seq()),
            C("crew_id", "integer", "none", fk(N_CREW, 3)),
            C("occurred", "timestamp", "none", stamps(2023, 2025)),
            C("injury", "varchar(80)", "health", one("Laceration, hand", "Fractured rib", "Crush injury, finger",
                                                     "Hypothermia", "Appendicitis", "Back strain", "Burn, forearm")),
            C("treated_at", "varchar(60)", "none", one("KEMH Stanley", "On board", "KEMH Stanley", "Punta Arenas")),
            C("medevac", "boolean", "health", flag(0.15)),
            C("days_unfit", "integer", "health", ints(0, 40)),
            C("narrative", "text", "free_text_may_contain_pii", _injury_note),
            C("reported_by", "integer", "none", fk(N_OFF, 3)),
        ], rows=90, extra=[fkey(S, "crew_injuries", "crew_id", "crew", "crew_id"),
                           fkey(S, "crew_injuries", "reported_by", "officers", "officer_id")]),
        Table(S, "inspections", [
            C("insp_id", "integer PRIMARY KEY", "none", seq()),
            C("vessel_id", "integer", "none", fk(N_VES, 13)),
            C("officer_id", "integer", "none", fk(N_OFF, 7)),
            C("boarded", "timestamp", "none", stamps(2023, 2025)),
            C("result", "varchar(30)", "none", one("No infringement", "No infringement", "Warning", "Detained")),
            C("master_nm", "varchar(120)", "person_name", lambda c, i: cr("full")(c, (i * 7) % N_CREW + 1)),
            C("offence", "varchar(120)", "criminal_record", maybe(one("Fishing outside licensed zone", "Misreporting catch",
                                                           "Undersized mesh", "Failure to carry observer"), 0.2)),
            C("court_outcome", "varchar(160)", "criminal_record",
              maybe(lambda c, i: c.r.choice(["Master convicted, fined £", "Master pleaded guilty, fined £"])
                    + f"{c.r.randint(5, 400)},000", 0.15),
              comment="Magistrate's Court, Stanley"),
            C("follow_up", "boolean", "none", const(False)),
        ], rows=100, extra=[fkey(S, "inspections", "vessel_id", "vessels", "vessel_id"),
                            fkey(S, "inspections", "officer_id", "officers", "officer_id")]),
    ]
