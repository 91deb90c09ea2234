"""The TUNING part of the domain corpus (schemas `d_*`): clinical, HR, e-commerce, CRM and education tables in
English and Spanish, organisations beside people, clinical events linked by foreign key to patients, special
categories (GDPR Art. 9/10), identity documents under abbreviated names, free text with personal data.

The classifier was tuned on the errors of this part only. Its sibling, holdout.py (schemas `u_*`), was written
at the same time, before any tuning, and its errors were not looked at while tuning (docs/classifier.md)."""
from __future__ import annotations

from .clinical import (atc, comment_pii, cv_text, de_idnr, es_cif, es_dni, fr_siren, icd10, lat, lon, loinc,
                       nhs_number, passport, rxnorm, snomed, terms, us_dl)
from .gens import ID, F, Col, Table, free_text, phone_es, phone_us, pick, prose_es

C = Col


def _fk(schema: str, table: str, col: str, ref: str) -> str:
    return f'ALTER TABLE "{schema}"."{table}" ADD FOREIGN KEY ("{col}") REFERENCES "{schema}"."{ref}" (id)'


def _int(lo, hi):
    return lambda c, i: c.r.randint(lo, hi)


def _date(c, i):
    return c.fake.date_between("-80y", "-18y")


def _when(c, i):
    return c.fake.date_time_this_decade()


def _money(c, i):
    return round(c.r.uniform(5, 900), 2)


CONDITIONS_EN = ("Diabetes mellitus type 2 (disorder)", "Essential hypertension (disorder)", "Asthma (disorder)",
                 "Acute bronchitis (disorder)", "Fracture of forearm (disorder)", "Viral sinusitis (disorder)",
                 "Chronic kidney disease stage 3 (disorder)", "Anemia (disorder)", "Major depression (disorder)")
MEDS_EN = ("Metformin 500 MG Oral Tablet", "Lisinopril 10 MG Oral Tablet", "Amoxicillin 250 MG Oral Capsule",
           "Albuterol 0.09 MG/ACTUAT Inhaler", "Insulin Glargine 100 UNT/ML Injection", "Ibuprofen 400 MG Oral Tablet")
OBS_EN = ("Body Height", "Body Weight", "Hemoglobin A1c/Hemoglobin.total in Blood", "Glucose [Mass/volume] in Blood",
          "Systolic Blood Pressure", "Heart rate", "Cholesterol [Mass/volume] in Serum or Plasma")
DIAG_ES = ("Diabetes mellitus tipo 2", "Hipertensión arterial", "Asma bronquial", "Fractura de radio distal",
           "Neumonía adquirida en la comunidad", "Infección urinaria", "Depresión mayor", "Insuficiencia cardiaca")


def _t(schema, name, cols, rows=100, extra=()):
    return Table(schema, name, [ID, *cols], rows=rows, extra=list(extra))


def tuning_tables() -> list[Table]:
    s, e = "d_clinic", "d_clinica"
    return [
        # ---- English clinical schema, Synthea-like -------------------------------------------------
        _t(s, "patients", [C("birthdate", "date", "birth_date", _date), C("ssn", "text", "national_id",
           lambda c, i: c.fake.ssn()), C("drivers", "text", "national_id", us_dl),
           C("passport", "text", "national_id", passport), C("prefix", "text", "none", pick("Mr.", "Mrs.", "Ms.")),
           C("first", "text", "person_name", F("first_name")), C("last", "text", "person_name", F("last_name")),
           C("race", "text", "ethnic_origin", pick("white", "black", "asian", "native", "other")),
           C("ethnicity", "text", "ethnic_origin", pick("hispanic", "nonhispanic")),
           C("gender", "text", "none", pick("M", "F")), C("address", "text", "postal_address", F("street_address")),
           C("city", "text", "none", F("city")), C("lat", "double precision", "geo_location", lat),
           C("lon", "double precision", "geo_location", lon)], rows=120),
        _t(s, "organizations", [C("name", "text", "none", F("company")),
           C("address", "text", "none", F("street_address")), C("city", "text", "none", F("city")),
           C("zip", "text", "none", F("zipcode")), C("lat", "double precision", "none", lat),
           C("lon", "double precision", "none", lon), C("phone", "text", "none", phone_us),
           C("revenue", "numeric(12,2)", "none", _money)]),
        _t(s, "payers", [C("name", "text", "none", pick("Medicare", "Medicaid", "Aetna", "Humana", "Anthem")),
           C("address", "text", "none", F("street_address")), C("city", "text", "none", F("city")),
           C("phone", "text", "none", phone_us), C("amount_covered", "numeric(12,2)", "none", _money)]),
        _t(s, "encounters", [C("patient", "int", "none", _int(1, 120)), C("start", "timestamp", "none", _when),
           C("encounterclass", "text", "none", pick("ambulatory", "wellness", "emergency", "inpatient")),
           C("code", "text", "health", snomed), C("description", "text", "health", terms(*CONDITIONS_EN)),
           C("reasoncode", "text", "health", snomed), C("reasondescription", "text", "health", terms(*CONDITIONS_EN)),
           C("total_claim_cost", "numeric(10,2)", "none", _money)], extra=[_fk(s, "encounters", "patient", "patients")]),
        _t(s, "conditions", [C("patient", "int", "none", _int(1, 120)), C("start", "date", "none", _date),
           C("code", "text", "health", snomed), C("description", "text", "health", terms(*CONDITIONS_EN))],
           extra=[_fk(s, "conditions", "patient", "patients")]),
        _t(s, "medications", [C("patient", "int", "none", _int(1, 120)), C("code", "text", "health", rxnorm),
           C("description", "text", "health", terms(*MEDS_EN)), C("base_cost", "numeric(10,2)", "none", _money),
           C("dispenses", "int", "none", _int(1, 12))], extra=[_fk(s, "medications", "patient", "patients")]),
        _t(s, "observations", [C("patient", "int", "none", _int(1, 120)), C("date", "timestamp", "none", _when),
           C("code", "text", "health", loinc), C("description", "text", "health", terms(*OBS_EN)),
           C("value", "text", "health", lambda c, i: f"{c.r.uniform(1, 200):.1f}"),
           C("units", "text", "none", pick("mg/dL", "kg", "cm", "mm[Hg]", "%"))],
           extra=[_fk(s, "observations", "patient", "patients")]),
        _t(s, "drug_catalog", [C("atc_code", "text", "none", atc), C("name", "text", "none", terms(*MEDS_EN)),
           C("price", "numeric(8,2)", "none", _money)]),
        _t(s, "genomics", [C("patient_id", "int", "none", _int(1, 120)),
           C("genotype", "text", "genetic", pick("BRCA1 c.68_69delAG", "APOE e3/e4", "CFTR F508del/wt")),
           C("dna_sample_ref", "text", "genetic", lambda c, i: f"DNA-{c.r.randint(10000, 99999)}")],
           extra=[_fk(s, "genomics", "patient_id", "patients")]),
        # ---- Spanish clinical schema ----------------------------------------------------------------
        _t(e, "pacientes", [C("nombre", "text", "person_name", F("first_name", "es")),
           C("apellidos", "text", "person_name", lambda c, i: f"{c.es.last_name()} {c.es.last_name()}"),
           C("dni", "text", "national_id", es_dni), C("fecha_nac", "date", "birth_date", _date),
           C("telefono", "text", "phone", phone_es), C("domicilio", "text", "postal_address", F("street_address", "es")),
           C("religion", "text", "religious_belief", pick("católica", "musulmana", "ninguna", "judía")),
           C("grupo_sanguineo", "text", "health", pick("A+", "O-", "B+", "AB+"))], rows=120),
        _t(e, "episodios", [C("paciente_id", "int", "none", _int(1, 120)), C("fecha", "date", "none", _date),
           C("codigo", "text", "health", icd10), C("descripcion", "text", "health", terms(*DIAG_ES)),
           C("nota", "text", "health", prose_es(0.0))], extra=[_fk(e, "episodios", "paciente_id", "pacientes")]),
        _t(e, "aseguradoras", [C("nombre", "text", "none", F("company", "es")), C("cif", "text", "none", es_cif),
           C("direccion", "text", "none", F("street_address", "es")), C("telefono", "text", "none", phone_es)]),
        _t(e, "cie10", [C("codigo", "text", "none", icd10), C("descripcion", "text", "none", terms(*DIAG_ES))]),
        # ---- HR ----------------------------------------------------------------------------------------
        _t("d_hr", "staff", [C("name", "text", "person_name", F("name")), C("email", "text", "email", F("email")),
           C("dl_no", "text", "national_id", us_dl), C("steuer_id", "text", "national_id", de_idnr),
           C("union_member", "boolean", "trade_union", lambda c, i: c.r.random() < 0.3),
           C("cv", "text", "free_text_may_contain_pii", cv_text),
           C("criminal_record", "text", "criminal_record", pick("none", "theft 2015", "DUI 2019")),
           C("salary", "numeric(10,2)", "none", _money), C("department", "text", "none", pick("IT", "Sales", "Ops"))]),
        _t("d_hr", "departments", [C("name", "text", "none", pick("IT", "Sales", "Ops", "Legal")),
           C("budget", "numeric(12,2)", "none", _money)]),
        # ---- e-commerce ------------------------------------------------------------------------------
        _t("d_shop", "customers", [C("name", "text", "person_name", F("name")),
           C("email", "text", "email", F("email")), C("phone", "text", "phone", phone_us),
           C("address", "text", "postal_address", F("address"))]),
        _t("d_shop", "carriers", [C("name", "text", "none", pick("DHL", "UPS", "FedEx", "SEUR", "GLS")),
           C("phone", "text", "none", phone_us), C("address", "text", "none", F("address")),
           C("tracking_url", "text", "none", F("url"))]),
        _t("d_shop", "suppliers", [C("company_name", "text", "none", F("company")),
           C("address", "text", "none", F("address")), C("phone", "text", "none", phone_us),
           C("contact_name", "text", "person_name", F("name")), C("contact_email", "text", "email", F("email"))]),
        _t("d_shop", "orders", [C("customer_id", "int", "none", _int(1, 100)),
           C("comments", "text", "free_text_may_contain_pii", comment_pii), C("total", "numeric(10,2)", "none", _money)],
           extra=[_fk("d_shop", "orders", "customer_id", "customers")]),
        _t("d_shop", "products", [C("name", "text", "none", F("catch_phrase")),
           C("description", "text", "none", F("sentence")), C("code", "text", "none", lambda c, i: f"P-{i:05d}")]),
        # ---- CRM ----------------------------------------------------------------------------------------
        _t("d_crm", "accounts", [C("name", "text", "none", F("company")), C("siren", "text", "none", fr_siren),
           C("billing_address", "text", "none", F("address")), C("phone", "text", "none", phone_us)]),
        _t("d_crm", "contacts", [C("given", "text", "person_name", F("first_name")),
           C("family", "text", "person_name", F("last_name")), C("mobile", "text", "phone", phone_us),
           C("political_party", "text", "political_opinion", pick("Labour", "Conservative", "Green", "none")),
           C("notes", "text", "free_text_may_contain_pii", free_text(0.4))]),
        # ---- education ------------------------------------------------------------------------------------
        _t("d_edu", "students", [C("name", "text", "person_name", F("name")),
           C("nhs_no", "text", "national_id", nhs_number),
           C("sexual_orientation", "text", "sex_life", pick("heterosexual", "gay", "bisexual", "undisclosed")),
           C("disability", "text", "health", pick("none", "dyslexia", "visual impairment")),
           C("grade", "text", "none", pick("A", "B", "C"))]),
        _t("d_edu", "schools", [C("name", "text", "none", lambda c, i: f"{c.fake.city()} High School"),
           C("address", "text", "none", F("address")), C("phone", "text", "none", phone_us),
           C("latitude", "double precision", "none", lat), C("longitude", "double precision", "none", lon)]),
        _t("d_edu", "enrolments", [C("student_id", "int", "none", _int(1, 100)),
           C("course", "text", "none", pick("Maths", "History", "Biology")),
           C("biometric_template", "bytea", "biometric", lambda c, i: c.r.randbytes(64))],
           extra=[_fk("d_edu", "enrolments", "student_id", "students")]),
        _t("d_edu", "notes_free", [C("remarks", "text", "free_text_may_contain_pii", free_text(0.5))]),
        _t("d_edu", "vocab", [C("term", "text", "none", F("word")), C("notes", "text", "none", F("sentence"))]),
    ]


__all__ = ["tuning_tables", "phone_es", "free_text"]
