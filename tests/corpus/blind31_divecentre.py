"""ag_divecentre: an in-house booking and safety system of a dive centre on Mahé, Seychelles (legacy UPPER names)."""
from __future__ import annotations

from .blind31_gens import (bcrypt, card, cycle, day, fill, fk, fkv, hexdigest, iban_of, ipv4, maybe, money, moment,
                           num, person, pick, point, pv, raw, seq, token)
from .gens import Col, Table

S = "ag_divecentre"
D = "sc_diver"
INS = "sc_instructor"
N_HOTELS, N_INSTR, N_DIVERS, N_TRIPS, N_BOOKINGS, N_LOGS = 30, 24, 150, 120, 150, 150
SC_IPS = ("41.194", "197.234", "102.130", "196.13")


def _fk(table: str, col: str, ref: str, key: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" ("{key}")'


SITES = ("Shark Bank", "Brissare Rocks", "Ennerdale Wreck", "Aldebaran Rocks", "Baie Ternay", "L'Ilot",
         "Marianne Island", "Twin Barges", "Conception Island", "Sunset Rocks")
MED_DETAILS = ("Mild asthma, Ventolin before dives, last attack 2019", "Takes beta blockers for high blood pressure",
               "Operated on left ear (tympanoplasty) in 2021", "Type 1 diabetic, carries glucose gel",
               "Pregnant - not diving, snorkel only", "Anxiety medication (sertraline)", "No conditions declared")
REMARKS = ("Pick up {first} at the hotel lobby 07:30", "Wife {first} will snorkel only, call {mobile} if late",
           "Repeat customer, prefers afternoon dives", "Needs 5 mm wetsuit, size L",
           "{full} requests the same instructor as last time", "Group of four, one child")
REPORTS = ("{full} surfaced too fast from 18 m, given O2 on the boat, symptoms eased after 20 min.",
           "Buddy lost contact at Shark Bank, both surfaced safely.", "Ear pain on descent, dive aborted.",
           "{first} reported tingling in the arm two hours after the dive; referred to Victoria hospital.",
           "Regulator free-flow at 12 m, controlled ascent.")


def divecentre_tables() -> list[Table]:
    site_lat, site_lon = point((-4.85, -4.3), (55.2, 55.9), 4)
    hotels = Table(S, "HOTEL_PARTNER", [
        Col("HOTEL_ID", "integer PRIMARY KEY", "none", seq()),
        Col("NAME", "varchar(80)", "none", lambda c, i: ("Coral Strand", "Berjaya Beau Vallon", "Le Méridien Fisherman's "
                                                         "Cove", "Savoy Resort", "Avani Barbarons", "Anse Soleil Beachcomber",
                                                         "Chalets d'Anse Forbans", "Villa Koket")[i % 8] + f" ({i})"),
        Col("ISLAND", "varchar(20)", "none", pick("Mahé", "Mahé", "Praslin", "La Digue")),
        Col("ADDRESS", "varchar(120)", "none", lambda c, i: f"{('Beau Vallon', 'Anse Forbans', 'Bel Ombre')[i % 3]}, "
                                                            f"Mahé, Seychelles"),
        Col("PHONE", "varchar(20)", "none", lambda c, i: f"+248 4 {300 + i} {c.r.randint(100, 999)}"),
        Col("EMAIL", "varchar(80)", "none", lambda c, i: f"reservations@hotel{i}.sc"),
        Col("CONTACT_PERSON", "varchar(80)", "person_name", pv("sc_hotel_contact", "sc", "full")),
        Col("CONTACT_MOBILE", "varchar(20)", "phone", pv("sc_hotel_contact", "sc", "mobile")),
        Col("COMMISSION_PCT", "numeric(4,1)", "none", pick(10.0, 12.5, 15.0)),
    ], rows=N_HOTELS)
    instr = Table(S, "INSTRUCTOR", [
        Col("INSTR_ID", "integer PRIMARY KEY", "none", seq()),
        Col("FIRST_NAME", "varchar(40)", "person_name", pv(INS, "sc", "first")),
        Col("SURNAME", "varchar(40)", "person_name", pv(INS, "sc", "last")),
        Col("PRO_NO", "varchar(12)", "none", lambda c, i: str(c.r.randint(100000, 999999)),
            comment="agency professional member number"),
        Col("PRO_LEVEL", "varchar(20)", "none", pick("OWSI", "MSDT", "Divemaster", "Course Director")),
        Col("MOBILE", "varchar(20)", "phone", pv(INS, "sc", "mobile")),
        Col("EMAIL", "varchar(80)", "email", pv(INS, "sc", "email")),
        Col("NIN", "varchar(20)", "national_id", pv(INS, "sc", "nin")),
        Col("BANK_NAME", "varchar(40)", "none", pick("Nouvobanq", "MCB Seychelles", "Absa Seychelles", "SCB")),
        Col("IBAN", "varchar(34)", "iban", iban_of("SC", lambda c, i: c.r.choice(("NOVH", "MCBL", "BARC", "SSCB"))
                                                  + f"{c.r.randint(10, 99)}01" + token(16, "0123456789")(c, i) + "SCR")),
        Col("LOGIN", "varchar(20)", "none", lambda c, i: f"instr{i:02d}"),
        Col("PWD", "varchar(80)", "credentials", bcrypt("$2a$08$")),
        Col("MEDICAL_EXPIRY", "date", "none", day(2024, 2026)),
    ], rows=N_INSTR)
    divers = Table(S, "DIVER", [
        Col("DIVER_ID", "integer PRIMARY KEY", "none", seq()),
        Col("FIRST_NAME", "varchar(40)", "person_name", pv(D, "sc", "first")),
        Col("SURNAME", "varchar(40)", "person_name", pv(D, "sc", "last")),
        Col("DOB", "date", "birth_date", pv(D, "sc", "birth")),
        Col("SEX", "char(1)", "none", pv(D, "sc", "sex")),
        Col("NATIONALITY", "varchar(3)", "none", pick("SYC", "SYC", "SYC", "MUS", "IND")),
        Col("PASSPORT_NO", "varchar(12)", "national_id", pv(D, "sc", "passport")),
        Col("NIN", "varchar(20)", "national_id", maybe(pv(D, "sc", "nin"), 0.7)),
        Col("MOBILE", "varchar(20)", "phone", pv(D, "sc", "mobile")),
        Col("EMAIL", "varchar(80)", "email", pv(D, "sc", "email")),
        Col("HOME_ADDRESS", "varchar(120)", "postal_address", pv(D, "sc", "address")),
        Col("HOTEL_ID", "integer", "none", maybe(fk(N_HOTELS, 3), 0.3)),
        Col("ROOM_NO", "varchar(6)", "none", maybe(num(101, 420), 0.3)),
        Col("EMERG_NAME", "varchar(80)", "person_name", pv("sc_emergency", "sc", "full")),
        Col("EMERG_PHONE", "varchar(20)", "phone", pv("sc_emergency", "sc", "mobile")),
        Col("WEIGHT_KG", "smallint", "none", num(45, 110), comment="for the weight belt"),
        Col("CREATED", "timestamp", "none", moment(2012, 2024)),
    ], rows=N_DIVERS, extra=[_fk("DIVER", "HOTEL_ID", "HOTEL_PARTNER", "HOTEL_ID")])
    certs = Table(S, "CERTIFICATION", [
        Col("CERT_ID", "integer PRIMARY KEY", "none", seq()),
        Col("DIVER_ID", "integer", "none", fk(N_DIVERS, 1)),
        Col("AGENCY", "varchar(10)", "none", pick("PADI", "SSI", "CMAS", "NAUI")),
        Col("LEVEL", "varchar(30)", "none", pick("Open Water", "Advanced OW", "Rescue", "Divemaster", "Nitrox")),
        Col("CERT_NO", "varchar(20)", "none", lambda c, i: f"{c.r.randint(10, 99)}{c.r.randint(10000, 99999)}"
                                                           f"{c.r.choice('ABCDEFGH')}"),
        Col("CERT_DATE", "date", "none", day(2000, 2024)),
        Col("VERIFIED", "char(1)", "none", pick("Y", "Y", "N")),
        Col("NITROX", "char(1)", "none", pick("Y", "N", "N")),
    ], rows=150, extra=[_fk("CERTIFICATION", "DIVER_ID", "DIVER", "DIVER_ID")])
    med = Table(S, "MEDICAL_DECL", [
        Col("DECL_ID", "integer PRIMARY KEY", "none", seq()),
        Col("DIVER_ID", "integer", "none", seq()),
        Col("DECL_DATE", "date", "none", day(2020, 2024)),
        Col("Q_ASTHMA", "char(1)", "health", pick("N", "N", "N", "Y")),
        Col("Q_HEART", "char(1)", "health", pick("N", "N", "N", "N", "Y")),
        Col("Q_EPILEPSY", "char(1)", "health", pick("N", "N", "N", "N", "N", "Y")),
        Col("Q_PREGNANT", "char(1)", "health", pick("N", "N", "N", "N", "Y", None)),
        Col("Q_MEDICATION", "char(1)", "health", pick("N", "N", "Y")),
        Col("MED_DETAILS", "varchar(200)", "health", cycle(*MED_DETAILS)),
        Col("DOCTOR_NAME", "varchar(80)", "person_name", maybe(pv("sc_doctor", "sc", "full"), 0.5)),
        Col("FIT_TO_DIVE", "char(1)", "health", pick("Y", "Y", "Y", "N")),
        Col("FORM_VERSION", "varchar(10)", "none", pick("RSTC-2020", "RSTC-2022")),
    ], rows=N_DIVERS, extra=[_fk("MEDICAL_DECL", "DIVER_ID", "DIVER", "DIVER_ID")])
    trips = Table(S, "BOAT_TRIP", [
        Col("TRIP_ID", "integer PRIMARY KEY", "none", seq()),
        Col("TRIP_DATE", "date", "none", day(2023, 2024)),
        Col("BOAT", "varchar(30)", "none", pick("Bonito", "Kingfisher II", "Sea Horse")),
        Col("SKIPPER", "varchar(80)", "person_name", pv("sc_skipper", "sc", "full")),
        Col("SITE", "varchar(40)", "none", cycle(*SITES)),
        Col("SITE_LAT", "numeric(7,4)", "none", site_lat, comment="dive site position"),
        Col("SITE_LON", "numeric(7,4)", "none", site_lon, comment="dive site position"),
        Col("DEPART_TIME", "time", "none", pick("07:30", "09:00", "13:30")),
        Col("MAX_PAX", "smallint", "none", pick(8, 10, 12)),
    ], rows=N_TRIPS)
    bookings = Table(S, "BOOKING", [
        Col("BOOKING_ID", "integer PRIMARY KEY", "none", seq()),
        Col("DIVER_ID", "integer", "none", fk(N_DIVERS, 7)),
        Col("TRIP_ID", "integer", "none", fk(N_TRIPS, 5)),
        Col("HOTEL_ID", "integer", "none", maybe(fk(N_HOTELS, 7), 0.4)),
        Col("INSTR_ID", "integer", "none", fk(N_INSTR, 5)),
        Col("BOOKED_ON", "timestamp", "none", moment(2023, 2024)),
        Col("PAX", "smallint", "none", num(1, 4)),
        Col("PRICE_EUR", "numeric(8,2)", "none", money(55, 480)),
        Col("STATUS", "varchar(10)", "none", pick("CONF", "CONF", "CANX", "NOSHOW", "PEND")),
        Col("REMARKS", "varchar(255)", "free_text_may_contain_pii", fill(D, "sc", REMARKS, N_DIVERS, 7)),
    ], rows=N_BOOKINGS, extra=[_fk("BOOKING", "DIVER_ID", "DIVER", "DIVER_ID"),
                               _fk("BOOKING", "TRIP_ID", "BOAT_TRIP", "TRIP_ID"),
                               _fk("BOOKING", "INSTR_ID", "INSTRUCTOR", "INSTR_ID")])
    logs = Table(S, "DIVE_LOG", [
        Col("LOG_ID", "integer PRIMARY KEY", "none", seq()),
        Col("DIVER_ID", "integer", "none", fk(N_DIVERS, 11)),
        Col("TRIP_ID", "integer", "none", fk(N_TRIPS, 11)),
        Col("MAX_DEPTH_M", "numeric(4,1)", "none", lambda c, i: round(c.r.uniform(6, 32), 1)),
        Col("BOTTOM_MIN", "smallint", "none", num(25, 60)),
        Col("AIR_START", "smallint", "none", pick(200, 210, 220)),
        Col("AIR_END", "smallint", "none", num(40, 90)),
        Col("BUDDY_NAME", "varchar(80)", "person_name", pv("sc_buddy", "sc", "full")),
        Col("NOTES", "varchar(200)", "none", pick("Hawksbill turtle, two eagle rays", "Poor vis, 8 m", "Whale shark!",
                                                  "Strong current on the north side", "Napoleon wrasse at the wreck")),
        Col("GAS", "varchar(10)", "none", pick("AIR", "AIR", "EAN32")),
    ], rows=N_LOGS, extra=[_fk("DIVE_LOG", "DIVER_ID", "DIVER", "DIVER_ID"),
                           _fk("DIVE_LOG", "TRIP_ID", "BOAT_TRIP", "TRIP_ID")])
    incidents = Table(S, "INCIDENT", [
        Col("INCIDENT_ID", "integer PRIMARY KEY", "none", seq()),
        Col("LOG_ID", "integer", "none", fk(N_LOGS, 13)),
        Col("DIVER_ID", "integer", "none", lambda c, i: fkv(fkv(i, N_LOGS, 13), N_DIVERS, 11)),
        Col("INC_DATE", "date", "none", day(2018, 2024)),
        Col("INC_TYPE", "varchar(40)", "health", pick("DCS suspected", "Ear barotrauma", "Panic / hyperventilation",
                                                      "Coral cut, infected", "Seasickness")),
        Col("SYMPTOMS", "varchar(200)", "health", pick("Joint pain, fatigue", "Ear pain, slight bleeding",
                                                       "Dizziness, nausea", "Tingling left arm", "Vomiting")),
        Col("O2_GIVEN", "char(1)", "health", pick("Y", "N", "N")),
        Col("EVACUATED_TO", "varchar(60)", "none", pick(None, "Seychelles Hospital, Victoria", "Hyperbaric chamber")),
        Col("REPORT", "text", "free_text_may_contain_pii",
            lambda c, i: c.r.choice(REPORTS).format(**person(c, D, fkv(fkv(i, N_LOGS, 13), N_DIVERS, 11), "sc"))),
        Col("REPORTED_BY", "integer", "none", fk(N_INSTR, 3)),
    ], rows=80, extra=[_fk("INCIDENT", "LOG_ID", "DIVE_LOG", "LOG_ID"),
                       _fk("INCIDENT", "REPORTED_BY", "INSTRUCTOR", "INSTR_ID")])
    payments = Table(S, "PAYMENT", [
        Col("PAY_ID", "integer PRIMARY KEY", "none", seq()),
        Col("BOOKING_ID", "integer", "none", fk(N_BOOKINGS, 1)),
        Col("AMOUNT", "numeric(8,2)", "none", money(55, 480)),
        Col("CURRENCY", "char(3)", "none", pick("EUR", "SCR", "USD")),
        Col("METHOD", "varchar(10)", "none", pick("CARD", "CARD", "CASH", "TRANSFER")),
        Col("CARD_NO", "varchar(19)", "payment_card", card(("4", "51", "52", "55"))),
        Col("CARD_HOLDER", "varchar(80)", "person_name",
            lambda c, i: person(c, D, fkv(fkv(i, N_BOOKINGS, 1), N_DIVERS, 7), "sc")["full"].upper()),
        Col("CARD_EXP", "char(5)", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 29)}"),
        Col("AUTH_CODE", "char(6)", "none", token(6, "0123456789ABCDEF")),
    ], rows=150, extra=[_fk("PAYMENT", "BOOKING_ID", "BOOKING", "BOOKING_ID")])
    waivers = Table(S, "WAIVER", [
        Col("WAIVER_ID", "integer PRIMARY KEY", "none", seq()),
        Col("DIVER_ID", "integer", "none", seq()),
        Col("SIGNED_AT", "timestamp", "none", moment(2020, 2024)),
        Col("SIGNED_IP", "varchar(45)", "ip_address", ipv4(*SC_IPS)),
        Col("SIGNATURE_PNG", "bytea", "none", raw(64), comment="scanned handwritten signature"),
        Col("GUARDIAN_NAME", "varchar(80)", "person_name", maybe(pv("sc_guardian", "sc", "full"), 0.15)),
        Col("DOC_HASH", "char(64)", "none", hexdigest(64)),
    ], rows=N_DIVERS, extra=[_fk("WAIVER", "DIVER_ID", "DIVER", "DIVER_ID")])
    return [hotels, instr, divers, certs, med, trips, bookings, logs, incidents, payments, waivers]
