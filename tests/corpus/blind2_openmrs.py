"""OpenMRS 2.x reference application (schema c_openmrs): concept, concept_name, drug, location, person, person_name,
person_address, person_attribute, patient, patient_identifier, users, encounter, obs, orders, drug_order."""
from __future__ import annotations

from .blind2_gens import col, dob, flag, intr, num, opt, pick_w, ref, sha512_hex, ts, uid
from .clinical import terms
from .gens import Ctx, Table, ident, lat, lon, pick

S = "c_openmrs"
N_CONCEPT, N_DRUG, N_LOC, N_PERSON, N_ENC, N_ORDER = 120, 80, 80, 150, 150, 140
PK = "integer PRIMARY KEY"
UUID = col("uuid", "char(38)", "none", uid)
CONCEPTS = ["Weight (kg)", "Height (cm)", "Systolic blood pressure", "Diastolic blood pressure", "Temperature (C)",
            "Pulse", "Respiratory rate", "Blood oxygen saturation", "HIV viral load", "CD4 count", "Malaria smear",
            "Tuberculosis", "Diabetes mellitus", "Hypertension", "Pneumonia", "Anaemia", "Visit diagnoses",
            "Chief complaint", "Clinical notes", "Pregnancy status", "Hemoglobin", "Serum glucose", "Positive",
            "Negative", "Yes", "No", "Oral", "Tablet", "mg", "Once daily", "Twice daily", "Asthma", "Gastroenteritis"]


def _fk(table: str, column: str, parent: str, key: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({column}) REFERENCES {S}.{parent} ({key})"


def _audit() -> list:
    return [col("date_created", "timestamp", "none", ts()), UUID]


def concept() -> Table:
    cols = [col("concept_id", PK, "none", ident), 
            col("short_name", "varchar(255)", "none", lambda c, i: CONCEPTS[i % len(CONCEPTS)].split(" (")[0]),
            col("description", "text", "none", opt(0.4, lambda c, i: f"Concept for {CONCEPTS[i % len(CONCEPTS)].lower()}")),
            col("datatype_id", "int", "none", pick(1, 2, 3, 4, 10)), 
            *_audit()]
    return Table(S, "concept", cols, rows=N_CONCEPT)


def concept_name() -> Table:
    cols = [col("concept_name_id", PK, "none", ident), col("concept_id", "int", "none", lambda c, i: i),
            col("name", "varchar(255)", "none", lambda c, i: CONCEPTS[i % len(CONCEPTS)]),
            col("locale", "varchar(50)", "none", pick("en", "en", "fr", "es")),
            col("concept_name_type", "varchar(50)", "none", pick("FULLY_SPECIFIED", "SHORT", None)), *_audit()]
    return Table(S, "concept_name", cols, rows=N_CONCEPT, extra=[_fk("concept_name", "concept_id", "concept", "concept_id")])


def drug() -> Table:
    names = ["Paracetamol 500mg", "Amoxicillin 250mg", "Metformin 500mg", "Tenofovir/Lamivudine/Dolutegravir",
             "Artemether/Lumefantrine 20/120mg", "Isoniazid 300mg", "Salbutamol inhaler", "Ferrous sulfate 200mg"]
    cols = [col("drug_id", PK, "none", ident), col("concept_id", "int", "none", ref(N_CONCEPT)),
            col("name", "varchar(255)", "none", lambda c, i: names[i % len(names)]),
            col("strength", "varchar(255)", "none", pick("500mg", "250mg", "20/120mg", "300mg", None)),
            *_audit()]
    return Table(S, "drug", cols, rows=N_DRUG, extra=[_fk("drug", "concept_id", "concept", "concept_id")])


def location() -> Table:
    kinds = ["Health Centre", "District Hospital", "Outpatient Clinic", "Maternity Ward", "Pharmacy", "Laboratory"]
    cols = [col("location_id", PK, "none", ident),
            col("name", "varchar(255)", "none", lambda c, i: f"{c.fake.city()} {c.r.choice(kinds)}"),
            col("address1", "varchar(255)", "none", lambda c, i: c.fake.street_address()),
            col("city_village", "varchar(255)", "none", lambda c, i: c.fake.city()),
            col("postal_code", "varchar(50)", "none", lambda c, i: c.fake.postcode()),
            col("country", "varchar(50)", "none", pick("Kenya", "Rwanda", "Haiti", "Malawi")),
            col("latitude", "varchar(50)", "none", lambda c, i: str(lat(c, i))),
            col("longitude", "varchar(50)", "none", lambda c, i: str(lon(c, i))),
            col("parent_location", "int", "none", lambda c, i: c.r.randint(1, i - 1) if i > 5 and c.r.random() < 0.5 else None),
            *_audit()]
    return Table(S, "location", cols, rows=N_LOC, extra=[_fk("location", "parent_location", "location", "location_id")])


def person() -> Table:
    cols = [col("person_id", PK, "none", ident), col("gender", "varchar(50)", "none", pick("M", "F")),
            col("birthdate", "date", "birth_date", dob(1935, 2023)),
            col("birthdate_estimated", "boolean", "none", flag(0.2)),
            col("dead", "boolean", "none", lambda c, i: i % 10 == 0),
            col("death_date", "timestamp", "none", lambda c, i: ts(2020, 2024)(c, i) if i % 10 == 0 else None),
            col("cause_of_death", "int", "health", lambda c, i: c.r.randint(1, N_CONCEPT) if i % 10 == 0 else None),
            col("cause_of_death_non_coded", "varchar(255)", "health", lambda c, i: c.r.choice(
                ["Septic shock", "Road traffic accident", "Cardiac arrest", "Advanced HIV disease"]) if i % 20 == 0 else None),
            *_audit()]
    return Table(S, "person", cols, rows=N_PERSON, extra=[_fk("person", "cause_of_death", "concept", "concept_id")])


def person_name() -> Table:
    cols = [col("person_name_id", PK, "none", ident), col("preferred", "boolean", "none", flag(0.9)),
            col("person_id", "int", "none", lambda c, i: i),
            col("prefix", "varchar(50)", "none", opt(0.2, pick("Mr", "Mrs", "Ms", "Dr"))),
            col("given_name", "varchar(50)", "person_name", lambda c, i: c.fake.first_name()),
            col("middle_name", "varchar(50)", "person_name", opt(0.4, lambda c, i: c.fake.first_name())),
            col("family_name_prefix", "varchar(50)", "none", opt(0.05, pick("van", "de", "da"))),
            col("family_name", "varchar(50)", "person_name", lambda c, i: c.fake.last_name()),
            col("family_name2", "varchar(50)", "person_name", opt(0.3, lambda c, i: c.es.last_name())),
            *_audit()]
    return Table(S, "person_name", cols, rows=N_PERSON, extra=[_fk("person_name", "person_id", "person", "person_id")])


def person_address() -> Table:
    cols = [col("person_address_id", PK, "none", ident), col("person_id", "int", "none", lambda c, i: i),
            col("address1", "varchar(255)", "postal_address", lambda c, i: c.fake.street_address()),
            col("address2", "varchar(255)", "postal_address", opt(0.4, lambda c, i: c.fake.secondary_address())),
            col("address3", "varchar(255)", "postal_address", opt(0.3, lambda c, i: f"Near {c.fake.last_name()} market")),
            col("city_village", "varchar(255)", "none", lambda c, i: c.fake.city()),
            col("postal_code", "varchar(50)", "postal_address", lambda c, i: c.fake.postcode()),
            col("latitude", "varchar(50)", "geo_location", opt(0.5, lambda c, i: f"{lat(c, i):.6f}")),
            col("longitude", "varchar(50)", "geo_location", opt(0.5, lambda c, i: f"{lon(c, i):.6f}")),
            *_audit()]
    return Table(S, "person_address", cols, rows=N_PERSON, extra=[_fk("person_address", "person_id", "person", "person_id")])


def person_attribute() -> Table:
    tel = lambda c, i: c.fake.phone_number() if c.r.random() < 0.75 else c.fake.name_female()  # noqa: E731
    cols = [col("person_attribute_id", PK, "none", ident), col("person_id", "int", "none", ref(N_PERSON)),
            col("value", "varchar(50)", "phone", tel),
            col("person_attribute_type_id", "int", "none", pick_w((8, 3), (4, 1))), *_audit()]
    return Table(S, "person_attribute", cols, rows=140, extra=[_fk("person_attribute", "person_id", "person", "person_id")],
                 comment="type 8 = Telephone Number (three rows in four), 4 = Mother's Name")


def patient() -> Table:
    cols = [col("patient_id", PK, "none", ident),
            col("allergy_status", "varchar(50)", "health", pick_w(("Unknown", 5), ("No known allergies", 3), ("See list", 2))),
            col("date_created", "timestamp", "none", ts())]
    return Table(S, "patient", cols, rows=N_PERSON, extra=[_fk("patient", "patient_id", "person", "person_id")])


_MOD30 = "0123456789ACDEFGHJKLMNPRTUVWXY"


def openmrs_id(c: Ctx, i: int) -> str:
    """An OpenMRS ID: base-30 digits with a Luhn mod-30 check character."""
    body = "".join(c.r.choice(_MOD30) for _ in range(5))
    factor, total = 2, 0
    for ch in reversed(body):
        addend = factor * _MOD30.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // 30 + addend % 30
    return body + _MOD30[(30 - total % 30) % 30]


def patient_identifier() -> Table:
    cols = [col("patient_identifier_id", PK, "none", ident), col("patient_id", "int", "none", ref(N_PERSON)),
            col("identifier", "varchar(50)", "none", lambda c, i: openmrs_id(c, i) if i % 3 else
                f"{c.r.choice(['MRN', 'OLD'])}-{c.r.randint(10000, 99999)}"),
            col("identifier_type", "int", "none", lambda c, i: 3 if i % 3 else 2),
            col("preferred", "boolean", "none", lambda c, i: bool(i % 3)),
            col("location_id", "int", "none", ref(N_LOC)), *_audit()]
    return Table(S, "patient_identifier", cols, rows=150, extra=[
        _fk("patient_identifier", "patient_id", "patient", "patient_id"),
        _fk("patient_identifier", "location_id", "location", "location_id")])


def users() -> Table:
    cols = [col("user_id", PK, "none", ident), 
            col("username", "varchar(50)", "none", lambda c, i: "admin" if i == 1 else c.fake.user_name()),
            col("password", "varchar(128)", "credentials", sha512_hex),
            col("salt", "varchar(128)", "none", sha512_hex),
            col("secret_question", "varchar(255)", "none", opt(0.3, pick("First pet?", "Favourite colour?"))),
            col("secret_answer", "varchar(255)", "credentials", opt(0.3, lambda c, i: c.fake.word())),
            col("person_id", "int", "none", ref(N_PERSON)), *_audit()]
    return Table(S, "users", cols, rows=90, extra=[_fk("users", "person_id", "person", "person_id")])


def encounter() -> Table:
    cols = [col("encounter_id", PK, "none", ident), col("encounter_type", "int", "none", intr(1, 12)),
            col("patient_id", "int", "none", ref(N_PERSON)), col("location_id", "int", "none", ref(N_LOC)),
            col("encounter_datetime", "timestamp", "none", ts()),
            *_audit()]
    return Table(S, "encounter", cols, rows=N_ENC, extra=[_fk("encounter", "patient_id", "patient", "patient_id"),
                                                           _fk("encounter", "location_id", "location", "location_id")])


def _value_text(c: Ctx, i: int) -> str | None:
    if c.r.random() < 0.45:
        return None
    return c.r.choice(["Cough for 3 weeks, night sweats, weight loss.", "Pt reports chest pain on exertion.",
                       "Known diabetic, poor adherence to metformin.", "Fever and chills since Monday; RDT positive.",
                       "Painful urination, referred for urine culture.", "Headache, BP 160/100, started amlodipine."])


def obs() -> Table:
    cols = [col("obs_id", PK, "none", ident), col("person_id", "int", "none", ref(N_PERSON)),
            col("concept_id", "int", "health", ref(N_CONCEPT)), col("encounter_id", "int", "none", ref(N_ENC)),
            col("obs_datetime", "timestamp", "none", ts()),
            col("accession_number", "varchar(255)", "none", opt(0.1, lambda c, i: f"LAB-{c.r.randint(10000, 99999)}")),
            col("value_coded", "int", "health", opt(0.4, intr(1, N_CONCEPT))),
            col("value_drug", "int", "health", opt(0.1, intr(1, N_DRUG))),
            col("value_numeric", "double precision", "health", opt(0.5, num(0, 250, 1))),
            col("value_text", "text", "health", _value_text),
            col("comments", "varchar(255)", "health", opt(0.3, terms("repeat test in 2 weeks", "patient fasting",
                                                                      "suspected TB, sputum sent", "on ART since 2019",
                                                                      "result confirmed by second reader"))),
            col("interpretation", "varchar(32)", "health", opt(0.3, pick("NORMAL", "ABNORMAL", "CRITICALLY_HIGH", "LOW"))),
            *_audit()]
    return Table(S, "obs", cols, rows=150, extra=[_fk("obs", "person_id", "person", "person_id"),
                                                   _fk("obs", "concept_id", "concept", "concept_id"),
                                                   _fk("obs", "encounter_id", "encounter", "encounter_id"),
                                                   _fk("obs", "value_drug", "drug", "drug_id")])


def orders() -> Table:
    cols = [col("order_id", PK, "none", ident), col("order_type_id", "int", "none", lambda c, i: 2 if i % 3 else 3),
            col("concept_id", "int", "health", ref(N_CONCEPT)), 
            col("instructions", "text", "health", opt(0.5, terms("Take with food", "Complete full course",
                                                                  "Fasting sample", "Check renal function first"))),
            col("date_activated", "timestamp", "none", ts()), 
            col("order_reason", "int", "health", opt(0.4, intr(1, N_CONCEPT))),
            col("order_reason_non_coded", "varchar(255)", "health", opt(0.2, terms("uncomplicated malaria",
                                                                                   "suspected UTI", "HIV, first line"))),
            col("patient_id", "int", "none", ref(N_PERSON)), col("encounter_id", "int", "none", ref(N_ENC)),
            col("accession_number", "varchar(255)", "none", opt(0.2, lambda c, i: f"ACC{c.r.randint(10**5, 10**6)}")),
            col("order_number", "varchar(50)", "none", lambda c, i: f"ORD-{i}"),
            col("comment_to_fulfiller", "varchar(1024)", "health", opt(0.2, terms("Pt allergic to penicillin",
                                                                                  "Pregnant, 2nd trimester",
                                                                                  "Repeat of abnormal LFT"))),
            *_audit()]
    return Table(S, "orders", cols, rows=N_ORDER, extra=[_fk("orders", "patient_id", "patient", "patient_id"),
                                                          _fk("orders", "encounter_id", "encounter", "encounter_id"),
                                                          _fk("orders", "concept_id", "concept", "concept_id")])


def drug_order() -> Table:
    cols = [col("order_id", PK, "none", ident), col("drug_inventory_id", "int", "health", ref(N_DRUG)),
            col("dose", "double precision", "health", pick(0.5, 1, 2, 250, 500, 1000)),
            col("dose_units", "int", "none", pick(51, 52, 53)),
            col("frequency", "int", "health", intr(1, 12)),
            col("as_needed_condition", "varchar(255)", "health", opt(0.1, pick("for pain", "if wheezing", "for fever"))),
            col("quantity", "double precision", "none", pick(10, 14, 28, 30, 60)),
            col("dosing_instructions", "text", "health", opt(0.4, terms("1 tab twice daily for 7 days",
                                                                         "2 puffs as needed", "500 mg at night"))),
            ]
    return Table(S, "drug_order", cols, rows=N_ORDER, extra=[_fk("drug_order", "order_id", "orders", "order_id"),
                                                              _fk("drug_order", "drug_inventory_id", "drug", "drug_id")])


def openmrs_tables() -> list[Table]:
    return [concept(), concept_name(), drug(), location(), person(), person_name(), person_address(), person_attribute(),
            patient(), patient_identifier(), users(), encounter(), obs(), orders(), drug_order()]
