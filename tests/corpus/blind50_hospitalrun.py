"""az_hospitalrun: the relational store of a HospitalRun (open-source hospital information system) deployment, its
CouchDB documents flattened into tables: users, patients, visits, lab and imaging requests, medications, invoices."""
from __future__ import annotations

from .blind26_gens import C, amounts, dates, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps, uuid
from .blind50_gens import landline, mobile, name, person
from .gens import Table

S = "az_hospitalrun"
PAT, USR = "hr.patient", "hr.user"
N_USR, N_PAT, N_VIS = 80, 140, 150


def _visit_note(c, i):
    return c.r.choice([None, "Follow up in 2 weeks.", "Referred to ortho.", "Pt anxious, wife present.",
                       f"Daughter {name('us')(c, i)} will bring records, cell {mobile('us')(c, i)}",
                       "Dressing changed, wound clean.", f"Discussed with Dr. {person('us', USR, 'last')(c, 1 + i % N_USR)}."])


def hospitalrun_tables() -> list[Table]:
    p = lambda f: person("us", PAT, f, 1938, 2022)            # noqa: E731
    u = lambda f: person("us", USR, f, 1960, 1999)            # noqa: E731
    return [
        Table(S, "_users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(60)", "email", lambda c, i: u("user")(c, i) + "@hospitalrun.example.org",
              comment="CouchDB user name: the login e-mail"),
            C("display_name", "varchar(100)", "person_name", u("full")),
            C("derived_key", "varchar(64)", "credentials", lambda c, i: hexs(c, 40)),
            C("salt", "varchar(64)", "credentials", lambda c, i: hexs(c, 32)),
            C("iterations", "integer", "none", one(10, 10000)),
            C("roles", "varchar(80)", "none", one("Doctor", "Nurse", "Lab Technician", "Pharmacist", "Data Entry")),
            C("deleted", "boolean", "none", flag(0.05)),
        ], rows=N_USR),
        Table(S, "patient", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("friendly_id", "varchar(12)", "none", lambda c, i: f"P{i:05d}"),
            C("external_patient_id", "varchar(20)", "none", maybe(lambda c, i: f"MRN-{hexs(c, 6).upper()}", 0.5)),
            C("first_name", "varchar(60)", "person_name", p("first")),
            C("middle_name", "varchar(60)", "person_name", maybe(lambda c, i: name("us")(c, i).split()[0], 0.4)),
            C("last_name", "varchar(60)", "person_name", p("last")),
            C("sex", "varchar(10)", "none", p("sex")),
            C("date_of_birth", "date", "birth_date", p("birth")),
            C("blood_type", "varchar(4)", "health", one("O+", "A+", "B+", "AB+", "O-", "A-")),
            C("occupation", "varchar(60)", "none", one("Teacher", "Farmer", "Driver", "Retired", "Nurse", None)),
            C("religion", "varchar(40)", "religious_belief", maybe(one("Christian", "Muslim", "Hindu", "None"), 0.6)),
            C("place_of_birth", "varchar(60)", "none", one("Springfield", "Dayton", "Tulsa", "Manila", None)),
            C("phone", "varchar(30)", "phone", p("mobile")),
            C("email", "varchar(90)", "email", maybe(p("email"), 0.6)),
            C("address", "varchar(160)", "postal_address", p("street")),
            C("address2", "varchar(80)", "postal_address", maybe(lambda c, i: f"Apt {c.r.randint(1, 40)}", 0.3)),
            C("address3", "varchar(60)", "none", p("town")),
            C("country", "varchar(40)", "none", one("United States")),
            C("ssn", "varchar(11)", "national_id", p("natid")),
            C("patient_type", "varchar(20)", "none", one("Charity", "Private")),
            C("status", "varchar(20)", "none", one("Outpatient", "Admitted", "Discharged")),
            C("parent", "varchar(100)", "person_name", maybe(name("us"), 0.3), comment="guardian of a minor"),
            C("referred_by", "varchar(100)", "person_name", maybe(lambda c, i: "Dr. " + name("us")(c, i), 0.4)),
            C("clinic", "varchar(40)", "none", one("Main", "East Wing", "Mobile Clinic")),
        ], rows=N_PAT),
        Table(S, "patient_contact", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 3)),
            C("name", "varchar(100)", "person_name", name("us")),
            C("relationship", "varchar(30)", "none", one("Spouse", "Mother", "Son", "Neighbour", "Friend")),
            C("phone", "varchar(30)", "phone", mobile("us")),
            C("email", "varchar(90)", "email", maybe(lambda c, i: f"contact{i}@gmail.com", 0.4)),
        ], rows=100, extra=[fkey(S, "patient_contact", "patient_id", "patient", "id")]),
        Table(S, "visit", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 5)),
            C("visit_type", "varchar(20)", "none", one("Admission", "Clinic", "Emergency", "Followup", "Imaging")),
            C("start_date", "timestamp", "none", stamps(2022, 2025)),
            C("end_date", "timestamp", "none", stamps(2022, 2025)),
            C("examiner", "varchar(100)", "person_name", lambda c, i: u("full")(c, 1 + i % N_USR)),
            C("location", "varchar(40)", "none", one("Ward A", "Ward B", "OPD 2", "ER")),
            C("reason_for_visit", "varchar(200)", "health", one("Chest pain", "Fever 3 days", "Prenatal check",
                                                                 "Fracture left wrist", "Diabetes review", "Cough")),
            C("primary_diagnosis", "varchar(80)", "health", one("J18.9 Pneumonia", "E11.9 Type 2 diabetes",
                                                                 "I10 Hypertension", "S52.5 Radius fracture", "O80")),
            C("notes", "text", "free_text_may_contain_pii", _visit_note),
            C("outpatient", "boolean", "none", flag(0.7)),
            C("has_appointment", "boolean", "none", flag(0.4)),
        ], rows=N_VIS, extra=[fkey(S, "visit", "patient_id", "patient", "id")]),
        Table(S, "vital", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("visit_id", "integer", "none", fk(N_VIS, 7)),
            C("date_recorded", "timestamp", "none", stamps(2022, 2025)),
            C("temperature", "numeric(4,1)", "health", amounts(35.8, 40.2, 1)),
            C("weight", "numeric(5,1)", "health", amounts(3, 130, 1)),
            C("height", "numeric(5,1)", "health", amounts(50, 195, 1)),
            C("sbp", "integer", "health", ints(90, 190)),
            C("dbp", "integer", "health", ints(55, 115)),
            C("heart_rate", "integer", "health", ints(48, 130)),
            C("respiratory_rate", "integer", "health", ints(10, 30)),
        ], rows=140, extra=[fkey(S, "vital", "visit_id", "visit", "id")]),
        Table(S, "lab", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 11)),
            C("lab_type", "varchar(40)", "health", one("CBC", "Malaria RDT", "HIV Rapid", "HbA1c", "Urinalysis")),
            C("requested_by", "varchar(100)", "person_name", lambda c, i: u("full")(c, 1 + (i * 3) % N_USR)),
            C("requested_date", "timestamp", "none", stamps(2022, 2025)),
            C("result", "varchar(120)", "health", one("Negative", "Positive", "Hb 9.8 g/dL", "HbA1c 8.1 %",
                                                       "WBC 14.2", "Protein ++")),
            C("status", "varchar(20)", "none", one("Requested", "Completed")),
            C("lab_notes", "text", "none", maybe(one("Sample haemolysed, redraw.",
                                                                         "Called result to ward nurse."), 0.3)),
        ], rows=130, extra=[fkey(S, "lab", "patient_id", "patient", "id")]),
        Table(S, "medication", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 13)),
            C("inventory_item", "varchar(60)", "health", one("Amoxicillin 500mg", "Metformin 850mg", "Artemether/L",
                                                         "Tenofovir/Lamivudine/Dolutegravir", "Sertraline 50mg")),
            C("prescription", "varchar(120)", "health", one("1 tab BID x7d", "1 tab OD", "2 caps TID", "PRN pain")),
            C("prescription_date", "date", "none", dates(2022, 2025)),
            C("quantity", "integer", "none", ints(1, 90)),
            C("refills", "integer", "none", ints(0, 5)),
            C("status", "varchar(20)", "none", one("Requested", "Fulfilled", "Canceled")),
        ], rows=120, extra=[fkey(S, "medication", "patient_id", "patient", "id")]),
        Table(S, "invoice", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 17)),
            C("bill_date", "date", "none", dates(2022, 2025)),
            C("payment_profile", "varchar(30)", "none", one("Standard", "Charity 50%", "Staff")),
            C("total", "numeric(10,2)", "none", amounts(5, 2400)),
            C("paid_total", "numeric(10,2)", "none", amounts(0, 2400)),
            C("guarantor", "varchar(100)", "person_name", maybe(name("us"), 0.3)),
            C("guarantor_phone", "varchar(30)", "phone", maybe(landline("us"), 0.3)),
            C("rev", "varchar(40)", "none", lambda c, i: f"{c.r.randint(1, 9)}-{hexs(c, 32)}"),
            C("couch_id", "varchar(40)", "none", lambda c, i: uuid(c)),
        ], rows=120, extra=[fkey(S, "invoice", "patient_id", "patient", "id")]),
    ]

