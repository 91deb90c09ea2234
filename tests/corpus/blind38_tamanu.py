"""an_tamanu: the Tamanu patient-record system (BES, PostgreSQL, Sequelize snake_case tables) as recalled from its
public schema, for the Republic of Nauru Hospital in Denigomodu: facilities, users, patients with their additional
data, reference data, encounters, diagnoses, vitals, vaccines, lab requests and notes."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fkey, flag, ints, maybe, one, stamps, uuid
from .blind38_gens import any_mobile, any_name, person
from .gens import Table

S = "an_tamanu"
PAT, USR = "an.tamanu.patient", "an.tamanu.user"
N_FAC, N_USR, N_PAT, N_REF, N_ENC = 12, 40, 150, 100, 150
ICD = ["E11.9", "I10", "E66.0", "J45.9", "N18.4", "L03.1", "A09", "B20", "O24.4", "K74.6", "E11.5", "J18.9",
       "F32.1", "I63.9", "S52.5", "Z34.0"]
REF_TYPES = [("icd10", ICD), ("ethnicity", ["Nauruan", "I-Kiribati", "Tuvaluan", "Chinese", "Fijian", "Other"]),
             ("religion", ["Nauru Congregational", "Roman Catholic", "Nauru Independent", "Assemblies of God",
                           "Baha'i", "None"]),
             ("village", ["Aiwo", "Anabar", "Anetan", "Anibare", "Baitsi", "Boe", "Buada", "Denigomodu", "Ewa",
                          "Ijuw", "Meneng", "Nibok", "Uaboe", "Yaren"]),
             ("vaccine", ["BCG", "HepB", "Pentavalent", "MR", "HPV", "COVID-19 Pfizer", "Td"]),
             ("labTestType", ["HbA1c", "FBC", "Creatinine", "Lipid panel", "HIV rapid", "Urinalysis"])]


def _ref(i: int) -> tuple[str, str]:
    kind, names = REF_TYPES[i % len(REF_TYPES)]
    return kind, names[(i // len(REF_TYPES)) % len(names)]


def _ref_id(kind: str, names: list[str]):
    return lambda c, i: f"ref/{kind}/{c.r.choice(names).replace(' ', '')}"


def _note(c, i):
    return c.r.choice([
        "Pt reviewed, BSL 14.2, advised diet and metformin adherence.", "Dressing changed, wound clean.",
        f"Discussed with {person('nr', PAT, 'full')(c, c.r.randint(1, N_PAT))}'s daughter, will bring pt back Monday.",
        f"Referred to Taiwan medical team via Dr {person('nr', USR, 'last')(c, c.r.randint(1, N_USR))}.",
        f"Family contact: {any_name('nr')(c, i)} on {any_mobile('nr')(c, i)}.", "Medevac to Brisbane requested.",
        "Patient declined HIV test today."])


def tamanu_tables() -> list[Table]:
    p = lambda f: person("nr", PAT, f, 1940, 2024)           # noqa: E731
    u = lambda f: person("nr", USR, f, 1960, 1999)           # noqa: E731
    return [
        Table(S, "facilities", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"facility-{i}"),
            C("code", "varchar(20)", "none", lambda c, i: f"NR-F{i:02d}"),
            C("name", "varchar(80)", "none", lambda c, i: ["RON Hospital", "Naoero Public Health Centre",
                                                           "Denigomodu Clinic", "Anabar Dispensary"][i % 4]
              + (f" {i}" if i > 4 else "")),
            C("email", "varchar(80)", "none", lambda c, i: f"facility{i}@health.gov.nr"),
            C("contact_number", "varchar(30)", "none", lambda c, i: f"+674 557 {digits(c, 4)}"),
            C("city_town", "varchar(40)", "none", one("Denigomodu", "Yaren", "Anabar", "Aiwo")),
            C("type", "varchar(30)", "none", one("hospital", "clinic", "dispensary")),
            C("created_at", "timestamptz", "none", stamps(2021, 2022)),
        ], rows=N_FAC),
        Table(S, "users", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"user-{i:03d}"),
            C("email", "varchar(100)", "email", lambda c, i: f"{u('user')(c, i)}@health.gov.nr"),
            C("password", "varchar(100)", "credentials", lambda c, i: bcrypt(c, "10", "2b")),
            C("display_name", "varchar(100)", "person_name", u("full")),
            C("display_id", "varchar(20)", "none", lambda c, i: f"NRH{i:04d}"),
            C("role", "varchar(30)", "none", one("practitioner", "reception", "admin", "nurse", "lab")),
            C("phone_number", "varchar(30)", "phone", maybe(u("mobile"), 0.8)),
            C("created_at", "timestamptz", "none", stamps(2021, 2024)),
            C("deleted_at", "timestamptz", "none", maybe(stamps(2024, 2025), 0.1)),
        ], rows=N_USR),
        Table(S, "reference_data", [
            C("id", "varchar(80) PRIMARY KEY", "none", lambda c, i: f"ref/{_ref(i)[0]}/{_ref(i)[1].replace(' ', '')}-{i}"),
            C("code", "varchar(40)", "none", lambda c, i: _ref(i)[1].replace(" ", "")),
            C("type", "varchar(40)", "none", lambda c, i: _ref(i)[0]),
            C("name", "varchar(120)", "none", lambda c, i: _ref(i)[1]),
            C("visibility_status", "varchar(20)", "none", one("current", "current", "historical")),
        ], rows=N_REF),
        Table(S, "patients", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"pat-{i:04d}"),
            C("display_id", "varchar(20)", "none", lambda c, i: f"NRAB{100000 + i * 37}"),
            C("first_name", "varchar(60)", "person_name", p("first")),
            C("middle_name", "varchar(60)", "person_name", maybe(lambda c, i: any_name("nr")(c, i).split()[0], 0.3)),
            C("last_name", "varchar(60)", "person_name", p("last")),
            C("cultural_name", "varchar(60)", "person_name", maybe(one("Eibwiya", "Eamwidara", "Deibure", "Eomwit",
                                                                       "Deireragea"), 0.2)),
            C("date_of_birth", "date", "birth_date", p("birth")),
            C("date_of_death", "date", "none", maybe(dates(2023, 2025), 0.05)),
            C("sex", "varchar(10)", "none", lambda c, i: {"M": "male", "F": "female"}[p("sex")(c, i)]),
            C("email", "varchar(100)", "email", maybe(p("email"), 0.35)),
            C("village_id", "varchar(80)", "none", lambda c, i: f"ref/village/{p('a_district')(c, i)}"),
            C("merged_into_id", "varchar(60)", "none", const(None)),
            C("visibility_status", "varchar(20)", "none", const("current")),
            C("created_at", "timestamptz", "none", stamps(2021, 2025)),
            C("updated_at_sync_tick", "bigint", "none", ints(1000, 990000)),
        ], rows=N_PAT),
        Table(S, "patient_additional_data", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"pat-{i:04d}"),
            C("patient_id", "varchar(60)", "none", lambda c, i: f"pat-{i:04d}"),
            C("place_of_birth", "varchar(60)", "none", one("Nauru", "Nauru", "Kiribati", "Fiji", "Tuvalu")),
            C("primary_contact_number", "varchar(30)", "phone", p("mobile")),
            C("secondary_contact_number", "varchar(30)", "phone", maybe(p("phone"), 0.4)),
            C("marital_status", "varchar(20)", "none", one("Married", "Single", "Defacto", "Widowed")),
            C("street_village", "varchar(100)", "postal_address", p("a_line")),
            C("city_town", "varchar(40)", "none", p("a_city")),
            C("educational_level", "varchar(40)", "none", one("Primary", "Secondary", "Tertiary", None)),
            C("social_media", "varchar(60)", "none", one("Facebook", "WhatsApp", "None", None)),
            C("blood_type", "varchar(4)", "health", maybe(one("O+", "O+", "A+", "B+", "AB+", "O-"), 0.6)),
            C("title", "varchar(10)", "none", one("Mr", "Mrs", "Ms", "Miss", None)),
            C("ethnicity_id", "varchar(80)", "ethnic_origin", _ref_id("ethnicity", REF_TYPES[1][1])),
            C("religion_id", "varchar(80)", "religious_belief", maybe(_ref_id("religion", REF_TYPES[2][1]), 0.8)),
            C("nationality_id", "varchar(80)", "none", one("ref/nationality/Nauruan", "ref/nationality/I-Kiribati")),
            C("patient_billing_type_id", "varchar(80)", "none", one("ref/billing/local", "ref/billing/expat")),
            C("emergency_contact_name", "varchar(100)", "person_name", any_name("nr")),
            C("emergency_contact_number", "varchar(30)", "phone", any_mobile("nr")),
            C("birth_certificate", "varchar(30)", "national_id", maybe(lambda c, i: f"BC/{p('birth')(c, i).year}/"
                                                                     f"{digits(c, 4)}", 0.6)),
            C("driving_license", "varchar(30)", "national_id", maybe(lambda c, i: f"DL{digits(c, 5)}", 0.3)),
            C("passport", "varchar(30)", "national_id", maybe(p("natid"), 0.5)),
            C("mother_id", "varchar(60)", "none", maybe(lambda c, i: f"pat-{(i * 11) % N_PAT + 1:04d}", 0.3)),
        ], rows=N_PAT, extra=[fkey(S, "patient_additional_data", "patient_id", "patients", "id")]),
        Table(S, "encounters", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"enc-{i:04d}"),
            C("encounter_type", "varchar(30)", "none", one("clinic", "admission", "emergency", "triage", "vaccination")),
            C("start_date", "timestamptz", "none", stamps(2023, 2025)),
            C("end_date", "timestamptz", "none", maybe(stamps(2024, 2025), 0.8)),
            C("reason_for_encounter", "text", "health", maybe(one("Follow up diabetes", "Chest pain", "Cellulitis left "
                                                                  "leg", "Antenatal visit 28/40", "Cough and fever 3/7",
                                                                  "Dialysis review", "Hypertension review"), 0.85)),
            C("device_id", "varchar(60)", "none", lambda c, i: f"mobile-{uuid(c)[:8]}"),
            C("patient_id", "varchar(60)", "none", lambda c, i: f"pat-{(i * 3) % N_PAT + 1:04d}"),
            C("examiner_id", "varchar(60)", "none", lambda c, i: f"user-{(i * 7) % N_USR + 1:03d}"),
            C("location_id", "varchar(60)", "none", lambda c, i: f"facility-{(i * 5) % N_FAC + 1}"),
            C("department_id", "varchar(60)", "none", one("dept-opd", "dept-ward", "dept-ed", "dept-mch")),
        ], rows=N_ENC, extra=[fkey(S, "encounters", "patient_id", "patients", "id"),
                              fkey(S, "encounters", "examiner_id", "users", "id"),
                              fkey(S, "encounters", "location_id", "facilities", "id")]),
        Table(S, "encounter_diagnoses", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"dx-{i:04d}"),
            C("certainty", "varchar(20)", "none", one("confirmed", "suspected", "emergency")),
            C("is_primary", "boolean", "none", flag(0.6)),
            C("date", "timestamptz", "none", stamps(2023, 2025)),
            C("encounter_id", "varchar(60)", "none", lambda c, i: f"enc-{(i * 7) % N_ENC + 1:04d}"),
            C("diagnosis_id", "varchar(80)", "health", _ref_id("icd10", ICD)),
        ], rows=140, extra=[fkey(S, "encounter_diagnoses", "encounter_id", "encounters", "id")]),
        Table(S, "vitals", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"vit-{i:04d}"),
            C("encounter_id", "varchar(60)", "none", lambda c, i: f"enc-{i:04d}"),
            C("date_recorded", "timestamptz", "none", stamps(2023, 2025)),
            C("temperature", "numeric(4,1)", "health", amounts(35.8, 39.6, 1)),
            C("weight", "numeric(5,1)", "health", amounts(48, 162, 1)),
            C("height", "numeric(5,1)", "health", amounts(148, 192, 1)),
            C("sbp", "integer", "health", ints(96, 196)),
            C("dbp", "integer", "health", ints(55, 118)),
            C("heart_rate", "integer", "health", ints(52, 124)),
            C("respiratory_rate", "integer", "health", ints(12, 30)),
            C("spo2", "integer", "health", ints(86, 100)),
            C("avpu", "varchar(12)", "health", one("alert", "alert", "alert", "verbal", "pain")),
        ], rows=N_ENC, extra=[fkey(S, "vitals", "encounter_id", "encounters", "id")]),
        Table(S, "administered_vaccines", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"av-{i:04d}"),
            C("encounter_id", "varchar(60)", "none", lambda c, i: f"enc-{(i * 11) % N_ENC + 1:04d}"),
            C("scheduled_vaccine_id", "varchar(80)", "health", _ref_id("vaccine", REF_TYPES[4][1])),
            C("status", "varchar(20)", "none", one("GIVEN", "GIVEN", "GIVEN", "NOT_GIVEN")),
            C("batch", "varchar(20)", "none", lambda c, i: f"{digits(c, 2)}{c.r.choice('ABCFK')}{digits(c, 3)}"),
            C("injection_site", "varchar(20)", "none", one("left_arm", "right_arm", "left_thigh", "right_thigh")),
            C("date", "timestamptz", "none", stamps(2022, 2025)),
            C("consent", "boolean", "none", flag(0.97)),
            C("given_by", "varchar(100)", "person_name", lambda c, i: u("full")(c, c.r.randint(1, N_USR))),
        ], rows=120, extra=[fkey(S, "administered_vaccines", "encounter_id", "encounters", "id")]),
        Table(S, "lab_requests", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"lr-{i:04d}"),
            C("encounter_id", "varchar(60)", "none", lambda c, i: f"enc-{(i * 13) % N_ENC + 1:04d}"),
            C("requested_by_id", "varchar(60)", "none", lambda c, i: f"user-{(i * 3) % N_USR + 1:03d}"),
            C("display_id", "varchar(20)", "none", lambda c, i: f"{c.r.choice('ABCDEFGH')}{digits(c, 5)}"),
            C("status", "varchar(20)", "none", one("reception_pending", "results_pending", "published", "verified")),
            C("urgent", "boolean", "none", flag(0.15)),
            C("sample_time", "timestamptz", "none", stamps(2023, 2025)),
            C("lab_test_type_id", "varchar(80)", "health", _ref_id("labTestType", REF_TYPES[5][1])),
            C("result", "varchar(40)", "health", maybe(one("6.8 %", "9.4 %", "Non-reactive", "Reactive", "212 umol/L",
                                                           "Hb 10.9", "Protein ++"), 0.8)),
        ], rows=120, extra=[fkey(S, "lab_requests", "encounter_id", "encounters", "id"),
                            fkey(S, "lab_requests", "requested_by_id", "users", "id")]),
        Table(S, "notes", [
            C("id", "varchar(60) PRIMARY KEY", "none", lambda c, i: f"note-{i:04d}"),
            C("record_id", "varchar(60)", "none", lambda c, i: f"enc-{(i * 17) % N_ENC + 1:04d}"),
            C("record_type", "varchar(20)", "none", const("Encounter")),
            C("note_type", "varchar(30)", "none", one("treatmentPlan", "clinicalMobile", "nursing", "other")),
            C("content", "text", "free_text_may_contain_pii", _note),
            C("author_id", "varchar(60)", "none", lambda c, i: f"user-{(i * 5) % N_USR + 1:03d}"),
            C("date", "timestamptz", "none", stamps(2023, 2025)),
        ], rows=150, extra=[fkey(S, "notes", "record_id", "encounters", "id"),
                            fkey(S, "notes", "author_id", "users", "id")]),
    ]
