"""aw_norfolk_care: an in-house residential and home aged-care system on Norfolk Island (Burnt Pine), English with a
few Norf'k words: residents (with the island's nicknames), care plans, medication rounds, incidents, visitors,
suppliers and staff rosters."""
from __future__ import annotations

from .blind26_gens import (C, amounts, dates, digits, fk, fkey, flag, maybe, one, seq, stamps)
from .blind47_gens import POOLS, any_mobile, any_name, person, pick
from .gens import Table

S = "aw_norfolk_care"
RES, STAFF = "nf.resident", "nf.staff"
N_RES, N_STAFF, N_SUP = 110, 28, 14
SUPPLIERS = ["Foodland Norfolk", "Burnt Pine Pharmacy", "Norfolk Island Central Trading", "Island Linen Service",
             "Cascade Fuel & Gas", "Sydney Medical Wholesale", "NZ Continence Supplies", "Bounty Bakery",
             "Norfolk Telecom", "Kingston Hardware", "Auckland Mobility Aids", "Island Electrics", "Anson Bay Nursery",
             "Pitcairn Place Printing"]
MEDS = ["Paracetamol 1 g QID", "Metoprolol 25 mg BD", "Donepezil 10 mg nocte", "Frusemide 40 mg mane",
        "Warfarin per INR", "Insulin glargine 14 u", "Coloxyl with senna 2 nocte", "Risperidone 0.5 mg BD"]


def _progress(c, i):
    staff = person("nf", STAFF, "first")(c, c.r.randint(1, N_STAFF))
    return c.r.choice([
        "Slept well. Ate full breakfast.", "Refused shower, will retry this arvo.",
        f"Daughter {c.r.choice(POOLS['nf']['f'])} rang from Brisbane on +61 4{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"
        ", update given.", f"Walked to the lounge with {staff}. Watt yu doing? - good spirits.",
        f"Visited by {any_name('nf')(c, i)} (son-in-law), brought fish.", "Skin tear L forearm, dressed."])


def agedcare_tables() -> list[Table]:
    r = lambda f: person("nf", RES, f, 1925, 1960)     # noqa: E731
    s = lambda f: person("nf", STAFF, f, 1965, 2003)   # noqa: E731
    return [
        Table(S, "staff", [
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("given", "varchar(40)", "person_name", s("first")),
            C("family", "varchar(40)", "person_name", s("last")),
            C("role", "varchar(30)", "none", one("RN", "EN", "AIN", "Cook", "Cleaner", "Care manager")),
            C("ahpra_no", "varchar(16)", "none", maybe(lambda c, i: f"NMW000{digits(c, 7)}", 0.4)),
            C("work_email", "varchar(80)", "email", lambda c, i: f"{s('user')(c, i)}@nihracs.nf"),
            C("mobile", "varchar(20)", "phone", s("mobile")),
            C("wwcc", "varchar(40)", "criminal_record", lambda c, i: c.r.choice(["Cleared", "Cleared", "Pending",
                                                                                 "Cleared - 2022 disclosure noted"]),
              comment="police / working with vulnerable people check outcome"),
            C("pin_hash", "varchar(80)", "credentials", lambda c, i: "pbkdf2:sha256:260000$" + digits(c, 16)),
            C("active", "boolean", "none", flag(0.9)),
        ], rows=N_STAFF),
        Table(S, "suppliers", [
            C("supplier_id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(80)", "none", pick(*SUPPLIERS)),
            C("abn", "varchar(14)", "none", lambda c, i: f"{c.r.randint(10, 99)} {digits(c, 3)} {digits(c, 3)} {digits(c, 3)}"),
            C("phone", "varchar(20)", "none", lambda c, i: f"+672 3 2{digits(c, 4)}"),
            C("email", "varchar(80)", "none", lambda c, i: f"orders@{SUPPLIERS[(i - 1) % 14].split()[0].lower()}.nf"),
            C("postal", "varchar(80)", "none", lambda c, i: f"PO Box {c.r.randint(1, 999)}, Norfolk Island 2899"),
            C("contact", "varchar(60)", "person_name", any_name("nf")),
            C("account_terms", "varchar(20)", "none", one("30 days", "COD", "14 days")),
        ], rows=N_SUP),
        Table(S, "residents", [
            C("resident_id", "integer PRIMARY KEY", "none", seq()),
            C("urn", "varchar(10)", "none", lambda c, i: f"NI{i + 3000:05d}"),
            C("surname", "varchar(40)", "person_name", r("last")),
            C("given", "varchar(40)", "person_name", r("first")),
            C("nick", "varchar(30)", "person_name", r("nick"), comment="the name the resident is known by"),
            C("dob", "date", "birth_date", r("birth")),
            C("sex", "char(1)", "none", r("sex")),
            C("medicare", "varchar(14)", "national_id", r("natid")),
            C("dva_file", "varchar(10)", "national_id", maybe(lambda c, i: f"N{c.r.choice(['X', ''])}{digits(c, 6)}", 0.1),
              comment="Veterans' Affairs file number"),
            C("home_address", "varchar(120)", "postal_address", r("a_full")),
            C("ph", "varchar(20)", "phone", maybe(r("phone"), 0.7)),
            C("nok", "varchar(60)", "person_name", any_name("nf"), comment="next of kin"),
            C("nok_ph", "varchar(20)", "phone", any_mobile("nf")),
            C("pitcairn_descent", "boolean", "ethnic_origin", flag(0.5)),
            C("church", "varchar(40)", "religious_belief", maybe(one("All Saints Anglican", "Uniting Church",
                                                                      "Seventh-day Adventist", "St Philip Howard RC"), 0.8)),
            C("gp", "varchar(60)", "person_name", lambda c, i: "Dr " + any_name("nf")(c, i)),
            C("care_level", "varchar(20)", "health", one("Low", "High", "Dementia unit", "Respite", "Palliative")),
            C("acat_date", "date", "none", dates(2016, 2025)),
            C("allergies", "varchar(120)", "health", one("NKDA", "Penicillin", "Sulfur", "Codeine", "Shellfish")),
            C("diagnoses", "text", "health", one("Alzheimer's dementia; HTN", "T2DM; CKD 3", "CCF; AF on warfarin",
                                                 "Parkinson's; falls risk", "COPD; osteoarthritis")),
            C("resus_status", "varchar(20)", "health", one("For CPR", "Not for CPR", "NFR - ACD in file")),
            C("means_tested_fee", "numeric(8,2)", "none", amounts(0, 90)),
            C("room", "varchar(6)", "none", lambda c, i: f"{c.r.choice('ABC')}{c.r.randint(1, 14)}"),
            C("admitted", "date", "none", dates(2014, 2025)),
            C("discharged", "date", "none", maybe(dates(2022, 2025), 0.15)),
        ], rows=N_RES),
        Table(S, "progress_notes", [
            C("note_id", "integer PRIMARY KEY", "none", seq()),
            C("resident_id", "integer", "none", fk(N_RES, 3)),
            C("staff_id", "integer", "none", fk(N_STAFF, 5)),
            C("written", "timestamp", "none", stamps(2024, 2025)),
            C("shift", "char(1)", "none", one("A", "P", "N")),
            C("note", "text", "free_text_may_contain_pii", _progress),
            C("late_entry", "boolean", "none", flag(0.05)),
        ], rows=150, extra=[fkey(S, "progress_notes", "resident_id", "residents", "resident_id"),
                            fkey(S, "progress_notes", "staff_id", "staff", "staff_id")]),
        Table(S, "med_rounds", [
            C("round_id", "integer PRIMARY KEY", "none", seq()),
            C("resident_id", "integer", "none", fk(N_RES, 7)),
            C("given_by", "integer", "none", fk(N_STAFF, 3)),
            C("med", "varchar(60)", "health", lambda c, i: MEDS[(i * 3) % len(MEDS)]),
            C("given_at", "timestamp", "none", stamps(2025, 2025)),
            C("outcome", "varchar(12)", "none", one("Given", "Given", "Given", "Refused", "Withheld")),
            C("prn_reason", "varchar(60)", "health", maybe(one("Agitation", "Pain R hip", "Nausea"), 0.15)),
            C("bgl", "numeric(4,1)", "health", maybe(amounts(3.8, 16.5, 1), 0.2)),
        ], rows=150, extra=[fkey(S, "med_rounds", "resident_id", "residents", "resident_id"),
                            fkey(S, "med_rounds", "given_by", "staff", "staff_id")]),
        Table(S, "incidents", [
            C("incident_id", "integer PRIMARY KEY", "none", seq()),
            C("resident_id", "integer", "none", fk(N_RES, 11)),
            C("occurred", "timestamp", "none", stamps(2023, 2025)),
            C("kind", "varchar(30)", "none", one("Fall", "Medication error", "Behaviour", "Absconding", "Skin tear")),
            C("injury", "varchar(80)", "health", maybe(one("Haematoma forehead", "#NOF - flown to Brisbane",
                                                           "Graze L knee"), 0.5)),
            C("sirs_priority", "smallint", "none", maybe(one(1, 2), 0.3)),
            C("reported_to_police", "boolean", "none", flag(0.02)),
            C("description", "text", "health", one("Found on floor beside bed, no loss of consciousness.",
                                                   "Became verbally aggressive during care, redirected.",
                                                   "Double dose of metoprolol given, obs stable.")),
            C("witness", "varchar(60)", "person_name", maybe(lambda c, i: s("full")(c, c.r.randint(1, N_STAFF)), 0.6)),
        ], rows=90, extra=[fkey(S, "incidents", "resident_id", "residents", "resident_id")]),
        Table(S, "visitors", [
            C("visit_id", "integer PRIMARY KEY", "none", seq()),
            C("resident_id", "integer", "none", fk(N_RES, 13)),
            C("visitor", "varchar(60)", "person_name", any_name("nf")),
            C("phone", "varchar(20)", "phone", any_mobile("nf")),
            C("in_at", "timestamp", "none", stamps(2025, 2025)),
            C("out_at", "timestamp", "none", stamps(2025, 2025)),
            C("rat_result", "varchar(10)", "health", one("Negative", "Negative", "Not done"),
              comment="COVID rapid antigen test of the visitor"),
            C("vehicle_rego", "varchar(8)", "none", maybe(lambda c, i: f"{c.r.randint(1, 9999)}", 0.5)),
        ], rows=140, extra=[fkey(S, "visitors", "resident_id", "residents", "resident_id")]),
        Table(S, "purchase_orders", [
            C("po_id", "integer PRIMARY KEY", "none", seq()),
            C("supplier_id", "integer", "none", fk(N_SUP, 3)),
            C("ordered", "date", "none", dates(2024, 2025)),
            C("total_aud", "numeric(10,2)", "none", amounts(20, 6000)),
            C("freight", "varchar(20)", "none", one("Air freight", "Ship (Brisbane)", "Ship (Auckland)", "Local")),
            C("approved_by", "integer", "none", fk(N_STAFF, 1)),
            C("status", "varchar(12)", "none", one("Received", "Received", "Ordered", "Cancelled")),
            C("ship_eta", "date", "none", maybe(dates(2025, 2025), 0.3)),
        ], rows=120, extra=[fkey(S, "purchase_orders", "supplier_id", "suppliers", "supplier_id"),
                            fkey(S, "purchase_orders", "approved_by", "staff", "staff_id")]),
        Table(S, "roster", [
            C("shift_id", "integer PRIMARY KEY", "none", seq()),
            C("staff_id", "integer", "none", fk(N_STAFF, 9)),
            C("shift_date", "date", "none", dates(2025, 2025)),
            C("shift", "char(1)", "none", one("A", "P", "N")),
            C("hours", "numeric(4,2)", "none", one(8, 8, 10, 7.5)),
            C("sick_leave", "boolean", "health", flag(0.05)),
            C("agency", "boolean", "none", flag(0.1)),
        ], rows=150, extra=[fkey(S, "roster", "staff_id", "staff", "staff_id")]),
    ]
