"""Blind corpus, research-data part: an OMOP CDM v5.4 subset and the MIMIC-III demo (its PostgreSQL build:
lower-case tables and columns).

See blind.py for the labelling rules and doubtful decisions.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from .blind_gens import N, day, fk, fkey, intr, opt, paired, stamp
from .gens import Col, Ctx, Table, ident, pick

H = "health"
OM = "b_omop"
_COND = [(320128, "I10", "Essential hypertension"), (201826, "E11.9", "Type 2 diabetes mellitus"),
         (4329847, "I21.9", "Myocardial infarction"), (255848, "J18.9", "Pneumonia"), (440383, "F32.9", "Depressive disorder"),
         (80180, "M19.90", "Osteoarthritis"), (317009, "J45.909", "Asthma"), (260139, "J20.9", "Acute bronchitis"),
         (4112343, "J02.9", "Acute viral pharyngitis"), (432867, "E78.5", "Hyperlipidemia"), (436659, "D64.9", "Anemia"),
         (4182210, "F03.90", "Dementia"), (443392, "C80.1", "Malignant neoplastic disease"), (439777, "B20", "HIV disease")]
_DRUGS = [(1308216, "00093-1111-01", "lisinopril 10 MG Oral Tablet"), (1503297, "00093-1048-01", "metformin 500 MG Oral Tablet"),
          (1125315, "50580-0449-01", "acetaminophen 325 MG Oral Tablet"), (1713332, "00093-3109-01", "amoxicillin 250 MG Oral Capsule"),
          (1539403, "00006-0740-31", "simvastatin 20 MG Oral Tablet"), (1332418, "00069-1530-68", "amlodipine 5 MG Oral Tablet"),
          (739138, "00049-4900-66", "sertraline 50 MG Oral Tablet"), (1112807, "00904-2013-60", "aspirin 81 MG Oral Tablet"),
          (19078461, "00169-3687-12", "insulin aspart 100 UNT/ML Injectable Solution")]
_MEAS = [(3004249, "8480-6", "mm[Hg]", 100, 175), (3012888, "8462-4", "mm[Hg]", 55, 100), (3025315, "29463-7", "kg", 45, 130),
         (3036277, "8302-2", "cm", 145, 200), (3004410, "4548-4", "%", 4.5, 10.5), (3027114, "2093-3", "mg/dL", 140, 290),
         (3020891, "8310-5", "Cel", 36.0, 39.5), (3027018, "8867-4", "/min", 50, 120), (3013682, "3094-0", "mg/dL", 6, 40)]


def _dob(i: int) -> datetime:
    """Person i's birth date, the same for the year/month/day/datetime columns of the row."""
    return datetime(1925, 1, 1) + timedelta(days=(i * 7919 * 31) % 32_800)


def _meas_value(c: Ctx, i: int) -> float:
    _, _, _, lo, hi = _MEAS[(i * 7 + 3) % len(_MEAS)]
    return round(c.r.uniform(lo, hi), 1)


def _note(c: Ctx, i: int) -> str:
    cond = c.r.choice(_COND)[2].lower()
    drug = c.r.choice(_DRUGS)[2]
    return c.r.choice([
        f"Patient is a {c.r.randint(25, 90)} y/o {c.r.choice(['male', 'female'])} presenting with {c.r.choice(['chest pain', 'shortness of breath', 'fever and cough', 'fatigue'])}. "
        f"History of {cond}. Started on {drug}. Follow up in {c.r.randint(2, 12)} weeks.",
        f"Assessment: {cond}, {c.r.choice(['stable', 'worsening', 'improving'])}. Plan: continue {drug}; labs ordered (HbA1c, lipid panel).",
        f"Discharge summary. Admitted for {cond}. Hospital course uncomplicated. Discharged home on {drug}."])


def omop() -> list[Table]:
    loc = Table(OM, "location", [
        Col("location_id", "int PRIMARY KEY", N, ident),
        Col("address_1", "varchar(50)", "postal_address", lambda c, i: c.fake.street_address()),
        Col("address_2", "varchar(50)", "postal_address", opt(0.2, lambda c, i: c.fake.secondary_address())),
        Col("city", "varchar(50)", N, lambda c, i: c.fake.city()), Col("state", "varchar(2)", N, lambda c, i: c.fake.state_abbr()),
        Col("zip", "varchar(9)", "postal_address", lambda c, i: c.fake.zipcode()), Col("county", "varchar(20)", N, lambda c, i: c.fake.last_name()),
        Col("location_source_value", "varchar(50)", "postal_address", lambda c, i: f"{c.fake.street_address()} {c.fake.city()} {c.fake.state_abbr()} {c.fake.zipcode()}"[:50]),
        Col("country_concept_id", "int", N, pick(42046186)), Col("country_source_value", "varchar(80)", N, pick("US")),
        Col("latitude", "numeric", "geo_location", lambda c, i: round(c.r.uniform(25, 48), 6)),
        Col("longitude", "numeric", "geo_location", lambda c, i: round(c.r.uniform(-123, -70), 6))], rows=200)
    care = Table(OM, "care_site", [
        Col("care_site_id", "int PRIMARY KEY", N, ident),
        Col("care_site_name", "varchar(255)", N, lambda c, i: f"{c.fake.city()} {c.r.choice(['Medical Center', 'Community Hospital', 'Clinic'])}"),
        Col("place_of_service_concept_id", "int", N, pick(8756, 8717, 8940)), Col("location_id", "int", N, fk(200)),
        Col("care_site_source_value", "varchar(50)", N, lambda c, i: f"CS{i:05d}"),
        Col("place_of_service_source_value", "varchar(50)", N, pick("Outpatient Hospital", "Inpatient Hospital", "Office"))], rows=80,
        extra=[fkey(f"{OM}.care_site", "location_id", f"{OM}.location", "location_id")])
    prov = Table(OM, "provider", [
        Col("provider_id", "int PRIMARY KEY", N, ident), Col("provider_name", "varchar(255)", "person_name", lambda c, i: c.fake.name()),
        Col("npi", "varchar(20)", N, lambda c, i: str(c.r.randint(1_000_000_000, 1_999_999_999))),
        Col("dea", "varchar(20)", N, opt(0.6, lambda c, i: f"{c.r.choice('ABFM')}{c.r.choice('ABCDEFGHJKLMNPRSTW')}{c.r.randint(1_000_000, 9_999_999)}")),
        Col("specialty_concept_id", "int", N, pick(38004446, 38004456, 38004458)), Col("care_site_id", "int", N, fk(80)),
        Col("year_of_birth", "int", "birth_date", intr(1945, 1990)), Col("gender_concept_id", "int", N, pick(8507, 8532)),
        Col("provider_source_value", "varchar(50)", N, lambda c, i: f"P{i:06d}"),
        Col("specialty_source_value", "varchar(50)", N, pick("Family Practice", "Internal Medicine", "Cardiology"))], rows=100,
        extra=[fkey(f"{OM}.provider", "care_site_id", f"{OM}.care_site", "care_site_id")])
    person = Table(OM, "person", [
        Col("person_id", "bigint PRIMARY KEY", N, ident), Col("gender_concept_id", "int NOT NULL", N, pick(8507, 8532)),
        Col("year_of_birth", "int NOT NULL", "birth_date", lambda c, i: _dob(i).year),
        Col("month_of_birth", "int", "birth_date", lambda c, i: _dob(i).month),
        Col("day_of_birth", "int", "birth_date", lambda c, i: _dob(i).day), Col("birth_datetime", "timestamp", "birth_date", lambda c, i: _dob(i)),
        Col("race_concept_id", "int NOT NULL", "ethnic_origin", pick(8527, 8527, 8516, 8515, 8657, 0)),
        Col("ethnicity_concept_id", "int NOT NULL", "ethnic_origin", pick(38003564, 38003564, 38003563)),
        Col("location_id", "int", N, fk(200)), Col("provider_id", "int", N, fk(100, 0.3)), Col("care_site_id", "int", N, fk(80, 0.3)),
        Col("person_source_value", "varchar(50)", N, lambda c, i: f"{c.r.getrandbits(128):032x}"),
        Col("gender_source_value", "varchar(50)", N, pick("M", "F")),
        Col("race_source_value", "varchar(50)", "ethnic_origin", pick("white", "black", "asian", "other")),
        Col("ethnicity_source_value", "varchar(50)", "ethnic_origin", pick("nonhispanic", "hispanic"))], rows=200,
        extra=[fkey(f"{OM}.person", "location_id", f"{OM}.location", "location_id"),
               fkey(f"{OM}.person", "provider_id", f"{OM}.provider", "provider_id")])
    visit = Table(OM, "visit_occurrence", [
        Col("visit_occurrence_id", "bigint PRIMARY KEY", N, ident), Col("person_id", "bigint NOT NULL", N, fk(200)),
        Col("visit_concept_id", "int NOT NULL", N, pick(9201, 9202, 9203)), Col("visit_start_date", "date NOT NULL", N, day(2015, 2023)),
        Col("visit_end_date", "date NOT NULL", N, day(2015, 2023)), Col("visit_type_concept_id", "int NOT NULL", N, pick(32817)),
        Col("provider_id", "int", N, fk(100)), Col("care_site_id", "int", N, fk(80)),
        Col("visit_source_value", "varchar(50)", N, lambda c, i: f"{c.r.getrandbits(64):016x}")], rows=200,
        extra=[fkey(f"{OM}.visit_occurrence", "person_id", f"{OM}.person", "person_id")])

    def who() -> list[Col]:
        return [Col("person_id", "bigint NOT NULL", N, fk(200))]

    def visit_refs() -> list[Col]:
        return [Col("provider_id", "int", N, fk(100, 0.2)), Col("visit_occurrence_id", "bigint", N, fk(200))]

    def refs(t: str) -> list[str]:
        return [fkey(f"{OM}.{t}", "person_id", f"{OM}.person", "person_id"),
                fkey(f"{OM}.{t}", "visit_occurrence_id", f"{OM}.visit_occurrence", "visit_occurrence_id")]
    cond = Table(OM, "condition_occurrence", [
        Col("condition_occurrence_id", "bigint PRIMARY KEY", N, ident), *who(),
        Col("condition_concept_id", "int NOT NULL", H, paired(_COND, 0, 5)), Col("condition_start_date", "date NOT NULL", N, day(2010, 2023)),
        Col("condition_end_date", "date", N, opt(0.4, day(2010, 2023))), Col("condition_type_concept_id", "int NOT NULL", N, pick(32020, 32817)),
        Col("condition_status_concept_id", "int", N, pick(0, 32902, 32890)), *visit_refs(),
        Col("condition_source_value", "varchar(50)", H, paired(_COND, 1, 5)),
        Col("condition_source_concept_id", "int", H, lambda c, i: 35200000 + (i * 5 + 2) % len(_COND))], rows=200, extra=refs("condition_occurrence"))
    drug = Table(OM, "drug_exposure", [
        Col("drug_exposure_id", "bigint PRIMARY KEY", N, ident), *who(),
        Col("drug_concept_id", "int NOT NULL", H, paired(_DRUGS, 0, 3)), Col("drug_exposure_start_date", "date NOT NULL", N, day(2010, 2023)),
        Col("drug_exposure_end_date", "date NOT NULL", N, day(2010, 2023)), Col("drug_type_concept_id", "int NOT NULL", N, pick(32838, 32869)),
        Col("refills", "int", N, intr(0, 5)), Col("quantity", "numeric", N, pick(30, 60, 90)), Col("days_supply", "int", N, pick(30, 90)),
        Col("sig", "text", H, lambda c, i: f"{paired(_DRUGS, 2, 3)(c, i)}: take {c.r.choice(['one tablet', 'two tablets', '1 capsule'])} {c.r.choice(['daily', 'twice a day', 'every 8 hours as needed'])}"),
        Col("route_concept_id", "int", N, pick(4132161, 4142048)), Col("lot_number", "varchar(50)", N, opt(0.2, lambda c, i: f"L{c.r.randint(10000, 99999)}")),
        *visit_refs(), Col("drug_source_value", "varchar(50)", H, paired(_DRUGS, 1, 3)),
        Col("route_source_value", "varchar(50)", N, pick("oral", "subcutaneous")), Col("dose_unit_source_value", "varchar(50)", N, pick("mg", "UNT"))],
        rows=200, extra=refs("drug_exposure"))
    meas = Table(OM, "measurement", [
        Col("measurement_id", "bigint PRIMARY KEY", N, ident), *who(),
        Col("measurement_concept_id", "int NOT NULL", H, paired(_MEAS, 0, 7)), Col("measurement_date", "date NOT NULL", N, day(2010, 2023)),
        Col("measurement_type_concept_id", "int NOT NULL", N, pick(32817, 32856)), Col("operator_concept_id", "int", N, pick(None, 4172703)),
        Col("value_as_number", "numeric", H, _meas_value), Col("value_as_concept_id", "int", H, opt(0.2, pick(45884084, 45878583, 45876384))),
        Col("unit_concept_id", "int", N, pick(8876, 9529, 8582, 8554)), Col("range_low", "numeric", N, pick(None, 0, 4, 60)),
        Col("range_high", "numeric", N, pick(None, 5.7, 120, 200)), *visit_refs(),
        Col("measurement_source_value", "varchar(50)", H, paired(_MEAS, 1, 7)), Col("unit_source_value", "varchar(50)", N, paired(_MEAS, 2, 7))],
        rows=200, extra=refs("measurement"))
    note = Table(OM, "note", [
        Col("note_id", "bigint PRIMARY KEY", N, ident), *who(), Col("note_date", "date NOT NULL", N, day(2015, 2023)),
        Col("note_type_concept_id", "int NOT NULL", N, pick(32831, 32817)), Col("note_class_concept_id", "int NOT NULL", N, pick(3030023, 3000735)),
        Col("note_title", "varchar(250)", N, pick("Progress note", "Discharge summary", "Office visit", None)),
        Col("note_text", "text NOT NULL", H, _note), Col("encoding_concept_id", "int NOT NULL", N, pick(32678)),
        Col("language_concept_id", "int NOT NULL", N, pick(4180186)), *visit_refs()], rows=120, extra=refs("note"))
    concept = Table(OM, "concept", [
        Col("concept_id", "int PRIMARY KEY", N, lambda c, i: 40_000_000 + 13 * i),
        Col("concept_name", "varchar(255) NOT NULL", N, lambda c, i: c.r.choice([x[2] for x in _COND] + [x[2] for x in _DRUGS])),
        Col("domain_id", "varchar(20) NOT NULL", N, pick("Condition", "Drug", "Measurement")),
        Col("vocabulary_id", "varchar(20) NOT NULL", N, pick("SNOMED", "RxNorm", "LOINC", "ICD10CM")),
        Col("concept_class_id", "varchar(20) NOT NULL", N, pick("Clinical Finding", "Clinical Drug", "Lab Test")),
        Col("standard_concept", "varchar(1)", N, pick("S", None, "C")), Col("concept_code", "varchar(50) NOT NULL", N, lambda c, i: str(c.r.randint(10000, 99999999))),
        Col("valid_start_date", "date NOT NULL", N, day(1970, 2020)), Col("valid_end_date", "date NOT NULL", N, day(2099, 2099)),
        Col("invalid_reason", "varchar(1)", N, pick(None, None, "D"))], rows=120)
    return [loc, care, prov, person, visit, cond, drug, meas, note, concept]


MI = "b_mimic"
_ICD9 = [("4019", "Hypertension NOS", "Unspecified essential hypertension"), ("4280", "CHF NOS", "Congestive heart failure, unspecified"),
         ("42731", "Atrial fibrillation", "Atrial fibrillation"), ("5849", "Acute kidney failure NOS", "Acute kidney failure, unspecified"),
         ("25000", "DMII wo cmp nt st uncntr", "Diabetes mellitus without mention of complication"), ("51881", "Acute respiratry failure", "Acute respiratory failure"),
         ("5990", "Urin tract infection NOS", "Urinary tract infection, site not specified"), ("2724", "Hyperlipidemia NEC/NOS", "Other and unspecified hyperlipidemia"),
         ("99592", "Severe sepsis", "Severe sepsis"), ("V5861", "Long-term use anticoagul", "Long-term (current) use of anticoagulants"),
         ("30500", "Alcohol abuse-unspec", "Alcohol abuse, unspecified"), ("29620", "Depress psychosis-unspec", "Major depressive affective disorder, single episode")]
_RX = [("Potassium Chloride", "KCL20PM", "000247", "58177000111", "20mEq Packet"), ("Furosemide", "FURO40I", "008208", "00074610204", "40mg/4mL Vial"),
       ("Metoprolol Tartrate", "METO25", "005132", "51079025520", "25mg Tablet"), ("Heparin", "HEPA5I", "006549", "63323026201", "5000 Unit/mL - 1mL Vial"),
       ("Insulin", "INSULIN", "027406", "00002751001", "100 Units / mL - 10 mL Vial"), ("Acetaminophen", "ACET325", "004490", "00904198861", "325mg Tablet"),
       ("Vancomycin", "VANC1F", "043952", "00338355248", "1 g Frozen Bag"), ("Pantoprazole", "PANT40", "027462", "00008084199", "40mg Tablet")]
_LABS = [(50912, "Creatinine", "mg/dL", 0.4, 6.0), (50971, "Potassium", "mEq/L", 2.8, 6.5), (51222, "Hemoglobin", "g/dL", 6.5, 17.0),
         (50931, "Glucose", "mg/dL", 60, 400), (51301, "White Blood Cells", "K/uL", 2, 30), (50882, "Bicarbonate", "mEq/L", 12, 35)]

_LAB_NAMES = ("Sodium", "Chloride", "Urea Nitrogen", "Platelet Count", "Lactate", "Troponin T", "Albumin", "INR(PT)")


def _mimic_note(c: Ctx, i: int) -> str:
    d = c.r.choice(_ICD9)[2]
    return (f"Admission Date:  [**2151-{c.r.randint(1, 12)}-{c.r.randint(1, 28)}**]     Discharge Date:   [**2151-{c.r.randint(1, 12)}-{c.r.randint(1, 28)}**]\n"
            f"Service: {c.r.choice(['MEDICINE', 'CARDIOTHORACIC', 'NEUROLOGY', 'SURGERY'])}\nChief Complaint: {c.r.choice(['Dyspnea', 'Chest pain', 'Altered mental status', 'Fever'])}\n"
            f"History of Present Illness: {c.r.randint(40, 89)} yo {c.r.choice(['M', 'F'])} with h/o {d.lower()} who presents with "
            f"{c.r.choice(['worsening shortness of breath', 'hypotension', 'acute confusion', 'melena'])}.\n"
            f"Discharge Medications: {c.r.choice(_RX)[0]} {c.r.choice(_RX)[4]}\nDischarge Diagnosis: {d}")


def mimic() -> list[Table]:
    pts = Table(MI, "patients", [
        Col("row_id", "int NOT NULL", N, ident), Col("subject_id", "int PRIMARY KEY", N, lambda c, i: 10000 + i),
        Col("gender", "varchar(5)", N, pick("M", "F")), Col("dob", "timestamp", "birth_date", stamp(2050, 2140)),
        Col("dod", "timestamp", N, opt(0.3, stamp(2110, 2200))), Col("dod_hosp", "timestamp", N, opt(0.2, stamp(2110, 2200))),
        Col("dod_ssn", "timestamp", N, opt(0.2, stamp(2110, 2200))), Col("expire_flag", "int", N, pick(0, 1))], rows=100)
    adm = Table(MI, "admissions", [
        Col("row_id", "int NOT NULL", N, ident), Col("subject_id", "int NOT NULL", N, lambda c, i: 10000 + c.r.randint(1, 100)),
        Col("hadm_id", "int PRIMARY KEY", N, lambda c, i: 100000 + i), Col("admittime", "timestamp", N, stamp(2100, 2200)),
        Col("dischtime", "timestamp", N, stamp(2100, 2200)), Col("deathtime", "timestamp", N, opt(0.1, stamp(2100, 2200))),
        Col("admission_type", "varchar(50)", N, pick("EMERGENCY", "ELECTIVE", "URGENT", "NEWBORN")),
        Col("admission_location", "varchar(50)", N, pick("EMERGENCY ROOM ADMIT", "PHYS REFERRAL/NORMAL DELI", "TRANSFER FROM HOSP/EXTRAM", "CLINIC REFERRAL/PREMATURE")),
        Col("discharge_location", "varchar(50)", N, pick("HOME", "HOME HEALTH CARE", "SNF", "REHAB/DISTINCT PART HOSP", "DEAD/EXPIRED")),
        Col("insurance", "varchar(255)", N, pick("Medicare", "Private", "Medicaid", "Government", "Self Pay")),
        Col("language", "varchar(10)", N, pick("ENGL", "SPAN", "RUSS", "PTUN", "CANT", None)),
        Col("religion", "varchar(50)", "religious_belief", pick("CATHOLIC", "PROTESTANT QUAKER", "JEWISH", "NOT SPECIFIED", "UNOBTAINABLE", "EPISCOPALIAN", "GREEK ORTHODOX", "BUDDHIST", "MUSLIM")),
        Col("marital_status", "varchar(50)", N, pick("MARRIED", "SINGLE", "WIDOWED", "DIVORCED", None)),
        Col("ethnicity", "varchar(200)", "ethnic_origin", pick("WHITE", "WHITE", "BLACK/AFRICAN AMERICAN", "HISPANIC OR LATINO", "ASIAN", "UNKNOWN/NOT SPECIFIED")),
        Col("edregtime", "timestamp", N, opt(0.5, stamp(2100, 2200))), Col("edouttime", "timestamp", N, opt(0.5, stamp(2100, 2200))),
        Col("diagnosis", "varchar(255)", H, pick("SEPSIS", "PNEUMONIA", "CONGESTIVE HEART FAILURE", "CHEST PAIN", "GASTROINTESTINAL BLEED", "ALTERED MENTAL STATUS", "CORONARY ARTERY DISEASE")),
        Col("hospital_expire_flag", "smallint", N, pick(0, 0, 0, 1)), Col("has_chartevents_data", "smallint", N, pick(1))], rows=150,
        extra=[fkey(f"{MI}.admissions", "subject_id", f"{MI}.patients", "subject_id")])
    dicd = Table(MI, "d_icd_diagnoses", [
        Col("row_id", "int PRIMARY KEY", N, ident), Col("icd9_code", "varchar(10) NOT NULL", N, paired(_ICD9, 0, 1)),
        Col("short_title", "varchar(50)", N, paired(_ICD9, 1, 1)), Col("long_title", "varchar(255)", N, paired(_ICD9, 2, 1))], rows=80)

    def stay() -> list[Col]:
        return [Col("row_id", "int NOT NULL", N, ident), Col("subject_id", "int NOT NULL", N, lambda c, i: 10000 + c.r.randint(1, 100)),
                Col("hadm_id", "int", N, lambda c, i: 100000 + c.r.randint(1, 150))]

    def refs(t: str) -> list[str]:
        return [fkey(f"{MI}.{t}", "subject_id", f"{MI}.patients", "subject_id"), fkey(f"{MI}.{t}", "hadm_id", f"{MI}.admissions", "hadm_id")]
    dx = Table(MI, "diagnoses_icd", [*stay(), Col("seq_num", "int", N, intr(1, 20)), Col("icd9_code", "varchar(10)", H, paired(_ICD9, 0, 5))],
               rows=200, extra=refs("diagnoses_icd"))
    rx = Table(MI, "prescriptions", [
        *stay(), Col("icustay_id", "int", N, opt(0.7, intr(200000, 299999))), Col("startdate", "timestamp", N, stamp(2100, 2200)),
        Col("enddate", "timestamp", N, stamp(2100, 2200)), Col("drug_type", "varchar(100)", N, pick("MAIN", "MAIN", "BASE", "ADDITIVE")),
        Col("drug", "varchar(100)", H, paired(_RX, 0, 3)), Col("drug_name_poe", "varchar(100)", H, paired(_RX, 0, 3)),
        Col("drug_name_generic", "varchar(100)", H, paired(_RX, 0, 3)), Col("formulary_drug_cd", "varchar(120)", H, paired(_RX, 1, 3)),
        Col("gsn", "varchar(200)", H, paired(_RX, 2, 3)), Col("ndc", "varchar(120)", H, paired(_RX, 3, 3)),
        Col("prod_strength", "varchar(120)", N, paired(_RX, 4, 3)), Col("dose_val_rx", "varchar(120)", N, pick("1", "20", "40", "2.5", "1-2")),
        Col("dose_unit_rx", "varchar(120)", N, pick("mg", "mEq", "UNIT", "TAB")), Col("form_val_disp", "varchar(120)", N, pick("1", "0.5", "2")),
        Col("form_unit_disp", "varchar(120)", N, pick("TAB", "VIAL", "PKT", "SYR")), Col("route", "varchar(120)", N, pick("PO", "IV", "SC", "NG"))],
        rows=200, extra=refs("prescriptions"))
    notes = Table(MI, "noteevents", [
        *stay(), Col("chartdate", "timestamp", N, stamp(2100, 2200)), Col("charttime", "timestamp", N, opt(0.6, stamp(2100, 2200))),
        Col("storetime", "timestamp", N, opt(0.6, stamp(2100, 2200))),
        Col("category", "varchar(50)", N, pick("Discharge summary", "Nursing", "Radiology", "ECG", "Physician ")),
        Col("description", "varchar(255)", H, pick("Report", "CHEST (PORTABLE AP)", "CT HEAD W/O CONTRAST", "Nursing Progress Note", "ECHO STUDY")),
        Col("cgid", "int", N, opt(0.5, intr(14000, 21000))), Col("iserror", "char(1)", N, pick(None)),
        Col("text", "text", H, _mimic_note)], rows=120, extra=refs("noteevents"))
    dlab = Table(MI, "d_labitems", [
        Col("row_id", "int NOT NULL", N, ident), Col("itemid", "int PRIMARY KEY", N, lambda c, i: _LABS[i - 1][0] if i <= len(_LABS) else 50800 + i),
        Col("label", "varchar(100)", N, lambda c, i: _LABS[i - 1][1] if i <= len(_LABS) else c.r.choice(_LAB_NAMES)), Col("fluid", "varchar(100)", N, pick("Blood", "Urine")),
        Col("category", "varchar(100)", N, pick("Chemistry", "Hematology")), Col("loinc_code", "varchar(100)", N, pick("2160-0", "2823-3", "718-7"))], rows=80)
    labs = Table(MI, "labevents", [
        *stay(), Col("itemid", "int", H, paired(_LABS, 0, 5)), Col("charttime", "timestamp", N, stamp(2100, 2200)),
        Col("value", "varchar(200)", H, lambda c, i: f"{c.r.uniform(*_LABS[(i * 5 + 2) % len(_LABS)][3:]):.1f}"),
        Col("valuenum", "double precision", H, lambda c, i: round(c.r.uniform(*_LABS[(i * 5 + 2) % len(_LABS)][3:]), 1)),
        Col("valueuom", "varchar(20)", N, paired(_LABS, 2, 5)), Col("flag", "varchar(20)", H, pick(None, None, "abnormal"))], rows=200,
        extra=[*refs("labevents"), fkey(f"{MI}.labevents", "itemid", f"{MI}.d_labitems", "itemid")])
    return [pts, adm, dicd, dx, rx, notes, dlab, labs]
