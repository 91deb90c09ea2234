"""j_rms: a US county sheriff's records management and jail system (in the style of Spillman / Tyler New World):
agencies (ORI), officers, the master name index, incidents (NIBRS), persons involved, arrests and charges, jail
bookings with fingerprint and face templates, court dispositions, probation cases and vehicles."""
from __future__ import annotations

from .blind7_gens import (US_STREETS, b64blob, birth, code, day, digits, fk, fkey, first, full_name, last, maybe,
                          money, one, phone, r_int, ssn, stamp, street, template, us_city, us_zip, work_email)
from .gens import Col, Table

S = "j_rms"
AGENCIES = ["Franklin County Sheriff's Office", "Columbus Division of Police", "Grove City Police Dept",
            "Whitehall Police Dept", "Ohio State Highway Patrol Post 80", "Reynoldsburg Police Dept",
            "Franklin County Adult Probation", "Westerville Police Dept", "Hilliard Division of Police", "Bexley PD"]
OFFENSES = [("13A", "2903.11", "FELONIOUS ASSAULT", "F2"), ("13B", "2903.13", "ASSAULT", "M1"),
            ("35A", "2925.11", "POSSESSION OF DRUGS", "F5"), ("23F", "2913.02", "THEFT FROM MOTOR VEHICLE", "M1"),
            ("220", "2911.12", "BURGLARY", "F3"), ("90D", "4511.19", "OVI", "M1"), ("13C", "2903.21", "AGGRAVATED MENACING", "M1"),
            ("240", "2913.03", "UNAUTHORIZED USE OF MOTOR VEHICLE", "M1"), ("90Z", "2919.25", "DOMESTIC VIOLENCE", "M1"),
            ("520", "2923.12", "CARRYING CONCEALED WEAPONS", "F4"), ("11A", "2907.02", "RAPE", "F1")]


def _off(k: int):
    return lambda c, i: OFFENSES[(i * 7) % len(OFFENSES)][k]


def _block(c, i) -> str:
    return f"{c.r.randint(1, 59) * 100} BLK {c.r.choice(['', 'N ', 'E ', 'W ', 'S '])}{c.r.choice(US_STREETS).upper()} ST"


def rms_tables() -> list[Table]:
    ag = Table(S, "agency", [
        Col("ori", "char(9) PRIMARY KEY", "none", lambda c, i: f"OH025{i:02d}00"),
        Col("agency_name", "varchar(60)", "none", lambda c, i: AGENCIES[i - 1]),
        Col("address", "varchar(80)", "none", street("us")),
        Col("city", "varchar(40)", "none", us_city),
        Col("phone", "varchar(20)", "none", phone("us")),
        Col("chief_name", "varchar(60)", "person_name", lambda c, i: c.r.choice(["Sheriff ", "Chief ", "Director "]) + full_name("us")(c, i)),
    ], rows=10)
    off = Table(S, "officer", [
        Col("officer_id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("badge_no", "varchar(8)", "none", digits(4)),
        Col("last_name", "varchar(40)", "person_name", lambda c, i: last("us")(c, i).upper()),
        Col("first_name", "varchar(40)", "person_name", lambda c, i: first("us")(c, i).upper()),
        Col("rank", "varchar(12)", "none", one("DEPUTY", "DEPUTY", "SGT", "LT", "DET", "PO")),
        Col("unit", "varchar(20)", "none", one("PATROL D1", "PATROL D2", "CID", "JAIL", "K9", "TRAFFIC")),
        Col("ori", "char(9)", "none", lambda c, i: f"OH025{c.r.randint(1, 10):02d}00"),
        Col("email", "varchar(60)", "email", work_email("franklincountyohio.gov")),
    ], rows=40, extra=[fkey(S, "officer", "ori", "agency", "ori")])
    mni = Table(S, "master_name", [
        Col("name_id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("last_nm", "varchar(40)", "person_name", lambda c, i: last("us")(c, i).upper()),
        Col("first_nm", "varchar(30)", "person_name", lambda c, i: first("us")(c, i).upper()),
        Col("middle_nm", "varchar(30)", "person_name", maybe(0.6, lambda c, i: first("us")(c, i).upper(), "")),
        Col("alias", "varchar(40)", "person_name", maybe(0.2, one("LIL MIKE", "TOOTIE", "JUNIOR", "BIG T", "SMOKE", "PEACHES"), "")),
        Col("dob", "date", "birth_date", birth(1950, 2008)),
        Col("race", "char(1)", "ethnic_origin", one("W", "W", "B", "B", "A", "I", "U")),
        Col("ethnicity", "char(1)", "ethnic_origin", one("N", "N", "N", "H", "U")),
        Col("sex", "char(1)", "none", one("M", "M", "F")),
        Col("hgt", "char(3)", "none", lambda c, i: f"5{c.r.randint(0, 11):02d}" if c.r.random() < 0.8 else f"6{c.r.randint(0, 5):02d}"),
        Col("wgt", "smallint", "none", r_int(105, 320)),
        Col("eye", "char(3)", "none", one("BRO", "BLU", "HAZ", "GRN")),
        Col("hair", "char(3)", "none", one("BRO", "BLK", "BLN", "RED", "GRY", "BAL")),
        Col("smt", "varchar(40)", "none", maybe(0.4, one("TAT R ARM", "TAT NECK", "SC L CHK", "TAT CHEST ROSE", "PRCD L EAR"), "")),
        Col("ssn", "varchar(11)", "national_id", maybe(0.7, ssn, "")),
        Col("oln", "varchar(12)", "national_id", maybe(0.75, code("AA999999"), "")),
        Col("oln_state", "char(2)", "none", one("OH", "OH", "OH", "KY", "WV", "MI")),
        Col("fbi_no", "varchar(12)", "criminal_record", maybe(0.4, code("999999AA9"), "")),
        Col("sid_no", "varchar(10)", "criminal_record", maybe(0.4, code("OH9999999"), "")),
        Col("home_addr", "varchar(80)", "postal_address", lambda c, i: street("us")(c, i).upper()),
        Col("home_city", "varchar(30)", "none", lambda c, i: us_city(c, i).upper()),
        Col("home_zip", "varchar(10)", "postal_address", us_zip),
        Col("home_phone", "varchar(20)", "phone", maybe(0.7, phone("us"), "")),
    ], rows=140)
    inc = Table(S, "incident", [
        Col("incident_no", "varchar(12) PRIMARY KEY", "none", lambda c, i: f"25-{i:06d}"),
        Col("ori", "char(9)", "none", lambda c, i: f"OH025{c.r.randint(1, 10):02d}00"),
        Col("reported_dt", "timestamp", "none", stamp(2024, 2025)),
        Col("nibrs_cd", "char(3)", "none", _off(0)),
        Col("location", "varchar(80)", "postal_address", lambda c, i: _block(c, i) if c.r.random() < 0.5 else street("us")(c, i).upper()),
        Col("geo_lat", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(39.85, 40.1), 6)),
        Col("geo_lon", "numeric(9,6)", "geo_location", lambda c, i: round(c.r.uniform(-83.15, -82.8), 6)),
        Col("beat", "varchar(4)", "none", code("99")),
        Col("officer_id", "int", "none", fk(40)),
        Col("status", "varchar(10)", "none", one("OPEN", "CLOSED", "CLR ARR", "EXC CLR", "INACTIVE")),
        Col("narrative", "text", "free_text_may_contain_pii", template(
            "R/P {n} states unknown suspect broke the rear window of her vehicle. Contact # {p}.",
            "On arrival I made contact with {n} who had a laceration above the left eye. Medic 12 transported to Grant.",
            "Susp fled on foot NB. K9 track negative.", "Caller advised neighbor {n} was yelling and threatening with a bat.",
            "Traffic stop for marked lanes. Driver showed signs of impairment, SFST administered.",
            n=full_name("us", upper=0.5), p=phone("us"))),
    ], rows=150, extra=[fkey(S, "incident", "ori", "agency", "ori"), fkey(S, "incident", "officer_id", "officer", "officer_id")])
    inv = Table(S, "incident_name", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("incident_no", "varchar(12)", "none", lambda c, i: f"25-{c.r.randint(1, 150):06d}"),
        Col("name_id", "int", "none", fk(140)),
        Col("involvement", "varchar(10)", "criminal_record", one("SUSPECT", "ARRESTEE", "VICTIM", "WITNESS", "R/P", "SUSPECT")),
        Col("victim_injury", "varchar(20)", "health", maybe(0.3, one("NONE", "APPARENT MINOR", "LACERATION", "BROKEN BONES", "UNCONSCIOUS"), "")),
        Col("relationship_to_susp", "varchar(4)", "none", maybe(0.4, one("SE", "BG", "AQ", "ST", "CH", "XS"), "")),
    ], rows=150, extra=[fkey(S, "incident_name", "incident_no", "incident", "incident_no"),
                        fkey(S, "incident_name", "name_id", "master_name", "name_id")])
    arr = Table(S, "arrest", [
        Col("arrest_no", "int PRIMARY KEY", "none", lambda c, i: 250000 + i),
        Col("name_id", "int", "none", fk(140)),
        Col("incident_no", "varchar(12)", "none", maybe(0.85, lambda c, i: f"25-{c.r.randint(1, 150):06d}")),
        Col("arrest_dt", "timestamp", "none", stamp(2024, 2025)),
        Col("arrest_type", "char(1)", "none", one("O", "O", "T", "S")),
        Col("statute", "varchar(12)", "criminal_record", _off(1)),
        Col("charge_desc", "varchar(60)", "criminal_record", _off(2)),
        Col("charge_level", "char(2)", "criminal_record", _off(3)),
        Col("warrant_no", "varchar(14)", "none", maybe(0.3, code("25CRA999999"), "")),
        Col("arresting_officer", "int", "none", fk(40)),
        Col("bac", "numeric(4,3)", "health", maybe(0.15, lambda c, i: round(c.r.uniform(0.02, 0.29), 3))),
    ], rows=120, extra=[fkey(S, "arrest", "name_id", "master_name", "name_id"),
                        fkey(S, "arrest", "incident_no", "incident", "incident_no")])
    book = Table(S, "jail_booking", [
        Col("booking_no", "varchar(10) PRIMARY KEY", "none", lambda c, i: f"B25{i:05d}"),
        Col("arrest_no", "int", "none", lambda c, i: 250000 + c.r.randint(1, 120)),
        Col("booked_dt", "timestamp", "none", stamp(2024, 2025)),
        Col("housing_unit", "varchar(8)", "none", code("A-99")),
        Col("medical_screen", "varchar(120)", "health", one("No complaints", "Diabetic, on insulin", "Reports heroin use, withdrawal watch",
                                                           "Suicide watch - prior attempt", "Pregnant approx 20 wks", "Seizure disorder - Keppra")),
        Col("face_template", "text", "biometric", b64blob(96)),
        Col("fp_tcn", "varchar(20)", "none", code("OH9999999999999")),
        Col("fp_minutiae", "text", "biometric", b64blob(120)),
        Col("bond_amt", "numeric(10,2)", "none", one(0, 2500, 5000, 10000, 50000, 250000)),
        Col("release_dt", "timestamp", "none", maybe(0.8, stamp(2024, 2025))),
        Col("release_reason", "varchar(20)", "none", maybe(0.8, one("BONDED", "OR", "TIME SERVED", "TRANSFER ODRC"), "")),
    ], rows=120, extra=[fkey(S, "jail_booking", "arrest_no", "arrest", "arrest_no")])
    disp = Table(S, "court_disposition", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("arrest_no", "int", "none", lambda c, i: 250000 + c.r.randint(1, 120)),
        Col("case_no", "varchar(14)", "none", code("25CR-999999")),
        Col("court", "varchar(40)", "none", one("Franklin County Common Pleas", "Franklin County Municipal Court", "Juvenile Branch")),
        Col("disposition", "varchar(30)", "criminal_record", one("GUILTY PLEA", "FOUND GUILTY", "DISMISSED", "NOLLE", "GUILTY-AMENDED", "ACQUITTED")),
        Col("sentence", "varchar(80)", "criminal_record", maybe(0.7, one("180 DAYS CCNO 150 SUSP", "2 YRS ODRC", "3 YRS CC", "FINE $250 + COSTS",
                                                                         "90 DAYS SUSP, DIP", "ILC 1 YR"), "")),
        Col("judge", "varchar(40)", "person_name", lambda c, i: "Judge " + last("us")(c, i)),
        Col("disp_date", "date", "none", day(2024, 2025)),
    ], rows=120, extra=[fkey(S, "court_disposition", "arrest_no", "arrest", "arrest_no")])
    prob = Table(S, "probation_case", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("name_id", "int", "none", fk(140)),
        Col("po_officer", "int", "none", fk(40)),
        Col("supervision_level", "varchar(10)", "none", one("LOW", "MOD", "HIGH", "INTENSIVE")),
        Col("oras_score", "smallint", "none", r_int(3, 38)),
        Col("special_conditions", "text", "criminal_record", one("No contact with victim", "Attend AA 3x/wk; no alcohol",
                                                                "Complete batterer intervention program", "Sex offender tx; no internet",
                                                                "Curfew 2200-0600", "Restitution $1,840")),
        Col("last_ua_result", "varchar(30)", "health", one("NEG", "NEG", "POS THC", "POS FENTANYL", "DILUTE", "POS COCAINE")),
        Col("start_dt", "date", "none", day(2022, 2025)),
        Col("expires_dt", "date", "none", day(2025, 2028)),
    ], rows=100, extra=[fkey(S, "probation_case", "name_id", "master_name", "name_id")])
    veh = Table(S, "vehicle", [
        Col("id", "int PRIMARY KEY", "none", lambda c, i: i),
        Col("name_id", "int", "none", fk(140, 0.2)),
        Col("plate", "varchar(8)", "none", code("AAA9999")),
        Col("plate_state", "char(2)", "none", one("OH", "OH", "OH", "KY", "PA")),
        Col("vin", "char(17)", "none", code("1AAAA99A99A999999")),
        Col("year", "smallint", "none", r_int(1998, 2025)),
        Col("make", "varchar(10)", "none", one("CHEV", "FORD", "HOND", "TOYT", "DODG", "NISS")),
        Col("color", "varchar(8)", "none", one("BLK", "WHI", "SIL", "RED", "BLU", "GRY")),
        Col("towed_value", "numeric(9,2)", "none", maybe(0.2, money(300, 9000))),
    ], rows=110, extra=[fkey(S, "vehicle", "name_id", "master_name", "name_id")])
    return [ag, off, mni, inc, inv, arr, book, disp, prob, veh]
