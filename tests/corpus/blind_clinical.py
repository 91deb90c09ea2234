"""Blind corpus, clinical part: Synthea's CSV tables as commonly loaded into PostgreSQL, an OMOP CDM v5.4 subset,
the MIMIC-III demo, and the Spanish "hospital" teaching schema (HOSPITAL, SALA, PLANTILLA, DOCTOR, ENFERMO, OCUPACION).

See blind.py for the labelling rules and doubtful decisions.
"""
from __future__ import annotations

from .blind_gens import N, day, es_nss, fk, fkey, intr, num, opt, paired, stamp, uid, uid_fk, when
from .clinical import passport, us_dl
from .gens import Col, Ctx, Gen, Table, ident, lat, lon, pick, ssn_dashed

H = "health"
SY = "b_synthea"
_CONDITIONS = [(44054006, "Diabetes mellitus type 2 (disorder)"), (38341003, "Hypertension (disorder)"),
               (15777000, "Prediabetes (finding)"), (195662009, "Acute viral pharyngitis (disorder)"),
               (10509002, "Acute bronchitis (disorder)"), (444814009, "Viral sinusitis (disorder)"),
               (162864005, "Body mass index 30+ - obesity (finding)"), (271737000, "Anemia (disorder)"),
               (22298006, "Myocardial infarction (disorder)"), (233604007, "Pneumonia (disorder)"),
               (195967001, "Asthma (disorder)"), (35489007, "Depressive disorder (disorder)"),
               (69896004, "Rheumatoid arthritis (disorder)"), (239873007, "Osteoarthritis of knee (disorder)"),
               (65363002, "Otitis media (disorder)"), (840539006, "COVID-19 (disorder)"),
               (72892002, "Normal pregnancy (finding)"), (87433001, "Pulmonary emphysema (disorder)"),
               (254637007, "Non-small cell lung cancer (disorder)"), (55822004, "Hyperlipidemia (disorder)"),
               (43878008, "Streptococcal sore throat (disorder)"), (24079001, "Atopic dermatitis (disorder)")]
_ENCOUNTERS = [(185349003, "Encounter for check up (procedure)"), (162673000, "General examination of patient (procedure)"),
               (185345009, "Encounter for symptom (procedure)"), (50849002, "Emergency room admission (procedure)"),
               (410620009, "Well child visit (procedure)"), (424441002, "Prenatal initial visit (regime/therapy)"),
               (698314001, "Consultation for treatment (procedure)"), (305408004, "Admission to surgical department (procedure)")]
_MEDS = [(314076, "lisinopril 10 MG Oral Tablet"), (860975, "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet"),
         (313782, "Acetaminophen 325 MG Oral Tablet"), (308182, "Amoxicillin 250 MG Oral Capsule"),
         (312961, "Simvastatin 20 MG Oral Tablet"), (197361, "Amlodipine 5 MG Oral Tablet"),
         (310965, "Ibuprofen 200 MG Oral Tablet"), (834061, "Penicillin V Potassium 250 MG Oral Tablet"),
         (895994, "120 ACTUAT Fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler"),
         (1000126, "1 ML medroxyprogesterone acetate 150 MG/ML Injection"), (748856, "Yaz 28 Day Pack"),
         (1719286, "10 ML Furosemide 10 MG/ML Injection"), (583214, "Paclitaxel 100 MG Injection"),
         (1310197, "Sertraline 50 MG Oral Tablet")]
_OBS = [("8302-2", "Body Height", 150, 195, "cm"), ("29463-7", "Body Weight", 50, 120, "kg"),
        ("39156-5", "Body mass index (BMI) [Ratio]", 18, 40, "kg/m2"), ("8480-6", "Systolic Blood Pressure", 100, 170, "mm[Hg]"),
        ("8462-4", "Diastolic Blood Pressure", 60, 100, "mm[Hg]"), ("8867-4", "Heart rate", 55, 110, "/min"),
        ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 4.5, 9.5, "%"),
        ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", 150, 280, "mg/dL"),
        ("2339-0", "Glucose [Mass/volume] in Blood", 70, 200, "mg/dL"),
        ("72166-2", "Tobacco smoking status", None, None, None),
        ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", 0, 10, "{score}")]
_PROCS = [(430193006, "Medication Reconciliation (procedure)"), (710824005, "Assessment of health and social care needs (procedure)"),
          (73761001, "Colonoscopy (procedure)"), (117015009, "Throat culture (procedure)"),
          (76601001, "Intramuscular injection (procedure)"), (232717009, "Coronary artery bypass grafting (procedure)"),
          (399208008, "Plain chest X-ray (procedure)"), (23426006, "Measurement of respiratory function (procedure)"),
          (180256009, "Subcutaneous immunotherapy (procedure)"), (274804006, "Evaluation of uterine fundal height (procedure)")]
_VACCINES = [(140, "Influenza  seasonal  injectable  preservative free"), (113, "Td (adult) preservative free"),
             (133, "Pneumococcal conjugate PCV 13"), (43, "Hep B  adult"), (62, "HPV  quadrivalent"), (21, "varicella"),
             (208, "SARS-COV-2 (COVID-19) vaccine  mRNA  spike protein  LNP  preservative free  30 mcg/0.3mL dose"),
             (3, "MMR"), (20, "DTaP")]
_ALLERGENS = [(84489001, "SNOMED-CT", "Mold (organism)", "allergy", "environment"),
              (260147004, "SNOMED-CT", "House dust mite (organism)", "allergy", "environment"),
              (264287008, "SNOMED-CT", "Animal dander (substance)", "allergy", "environment"),
              (256277009, "SNOMED-CT", "Grass pollen (substance)", "allergy", "environment"),
              (7984, "RxNorm", "Penicillin V", "allergy", "medication"), (1191, "RxNorm", "Aspirin", "allergy", "medication"),
              (762952008, "SNOMED-CT", "Peanut (substance)", "allergy", "food"),
              (735029006, "SNOMED-CT", "Shellfish (substance)", "allergy", "food"),
              (3718001, "SNOMED-CT", "Cow's milk (substance)", "intolerance", "food"),
              (111088007, "SNOMED-CT", "Latex (substance)", "allergy", "environment")]
_REACTIONS = [(878820003, "Rhinoconjunctivitis (disorder)"), (271807003, "Eruption of skin (disorder)"),
              (247472004, "Wheal (finding)"), (39579001, "Anaphylaxis (disorder)"), (418290006, "Itching (finding)"),
              (49727002, "Cough (finding)"), (267036007, "Dyspnea (finding)"), (21522001, "Abdominal pain (finding)")]


def _obs_value(c: Ctx, i: int) -> str:
    code, _, lo, hi, _ = _OBS[(i * 5 + 2) % len(_OBS)]
    if lo is None:
        return c.r.choice(["Never smoked tobacco (finding)", "Former smoker (finding)", "Smokes tobacco daily (finding)"])
    return f"{c.r.uniform(lo, hi):.1f}"


def _sy_passport(c: Ctx, i: int) -> str | None:
    if c.r.random() < 0.2:
        return None
    return c.r.choice([f"X{c.r.randint(10**7, 10**8 - 1)}X", passport(c, i)])


def synthea() -> list[Table]:
    pat = f"{SY}.patients"
    orgs = Table(SY, "organizations", [
        Col("id", "uuid PRIMARY KEY", N, uid("org")),
        Col("name", "text", N, lambda c, i: f"{c.fake.city().upper()} {c.r.choice(['MEDICAL CENTER', 'HOSPITAL', 'FAMILY PRACTICE', 'URGENT CARE LLC'])}"),
        Col("address", "text", N, lambda c, i: c.fake.street_address().upper()), Col("city", "text", N, lambda c, i: c.fake.city().upper()),
        Col("state", "text", N, pick("MA")), Col("zip", "text", N, lambda c, i: c.fake.zipcode()),
        Col("lat", "double precision", N, lat), Col("lon", "double precision", N, lon),
        Col("phone", "text", N, lambda c, i: c.fake.phone_number()),
        Col("revenue", "numeric", N, num(0, 5_000_000)), Col("utilization", "int", N, intr(0, 8000))], rows=80)
    provs = Table(SY, "providers", [
        Col("id", "uuid PRIMARY KEY", N, uid("prov")), Col("organization", "uuid", N, uid_fk("org", 80)),
        Col("name", "text", "person_name", lambda c, i: c.fake.name()), Col("gender", "text", N, pick("M", "F")),
        Col("speciality", "text", N, pick("GENERAL PRACTICE", "INTERNAL MEDICINE", "PEDIATRICS", "CARDIOLOGY", "ONCOLOGY")),
        Col("address", "text", "postal_address", lambda c, i: c.fake.street_address().upper()),
        Col("city", "text", N, lambda c, i: c.fake.city().upper()), Col("state", "text", N, pick("MA")),
        Col("zip", "text", "postal_address", lambda c, i: c.fake.zipcode()),
        Col("lat", "double precision", "geo_location", lat), Col("lon", "double precision", "geo_location", lon),
        Col("encounters", "int", N, intr(0, 5000)), Col("procedures", "int", N, intr(0, 900))], rows=100,
        extra=[fkey(f"{SY}.providers", "organization", f"{SY}.organizations", "id")])
    patients = Table(SY, "patients", [
        Col("id", "uuid PRIMARY KEY", N, uid("pat")), Col("birthdate", "date", "birth_date", day(1930, 2020)),
        Col("deathdate", "date", N, opt(0.1, day(2000, 2023))), Col("ssn", "text", "national_id", ssn_dashed),
        Col("drivers", "text", "national_id", opt(0.8, lambda c, i: c.r.choice([f"S{c.r.randint(10**7, 10**8 - 1)}", us_dl(c, i)]))),
        Col("passport", "text", "national_id", _sy_passport), Col("prefix", "text", N, opt(0.85, pick("Mr.", "Mrs.", "Ms."))),
        Col("first", "text", "person_name", lambda c, i: c.fake.first_name()),
        Col("middle", "text", "person_name", opt(0.5, lambda c, i: c.fake.first_name())),
        Col("last", "text", "person_name", lambda c, i: c.fake.last_name()),
        Col("suffix", "text", N, opt(0.05, pick("PhD", "JD", "MD"))),
        Col("maiden", "text", "person_name", opt(0.3, lambda c, i: c.fake.last_name())),
        Col("marital", "text", N, pick("M", "S", "D", "W", None)),
        Col("race", "text", "ethnic_origin", pick("white", "white", "white", "black", "asian", "native", "hawaiian", "other")),
        Col("ethnicity", "text", "ethnic_origin", pick("nonhispanic", "nonhispanic", "hispanic")),
        Col("gender", "text", N, pick("M", "F")),
        Col("birthplace", "text", N, lambda c, i: f"{c.fake.city()}  {c.fake.state()}  US"),
        Col("address", "text", "postal_address", lambda c, i: f"{c.fake.building_number()} {c.fake.street_name()}{c.r.choice(['', ' Unit ' + str(c.r.randint(1, 99))])}"),
        Col("city", "text", N, lambda c, i: c.fake.city()), Col("state", "text", N, pick("Massachusetts")),
        Col("county", "text", N, lambda c, i: f"{c.fake.last_name()} County"),
        Col("fips", "text", N, lambda c, i: f"25{c.r.randint(1, 27) * 2 - 1:03d}"),
        Col("zip", "text", "postal_address", lambda c, i: f"0{c.r.randint(1000, 2799)}"),
        Col("lat", "double precision", "geo_location", lambda c, i: round(c.r.uniform(41.3, 42.8), 8)),
        Col("lon", "double precision", "geo_location", lambda c, i: round(c.r.uniform(-73.4, -70.0), 8)),
        Col("healthcare_expenses", "numeric", N, num(0, 2_000_000)), Col("healthcare_coverage", "numeric", N, num(0, 800_000)),
        Col("income", "int", N, intr(12_000, 250_000))], rows=160)
    enc = Table(SY, "encounters", [
        Col("id", "uuid PRIMARY KEY", N, uid("enc")), Col("start", "timestamptz", N, stamp(2010, 2023)),
        Col("stop", "timestamptz", N, stamp(2010, 2023)), Col("patient", "uuid", N, uid_fk("pat", 160)),
        Col("organization", "uuid", N, uid_fk("org", 80)), Col("provider", "uuid", N, uid_fk("prov", 100)),
        Col("payer", "uuid", N, uid("payer")),
        Col("encounterclass", "text", N, pick("wellness", "ambulatory", "outpatient", "emergency", "inpatient", "urgentcare")),
        Col("code", "bigint", H, paired(_ENCOUNTERS, 0, 3)), Col("description", "text", H, paired(_ENCOUNTERS, 1, 3)),
        Col("base_encounter_cost", "numeric", N, num(50, 150)), Col("total_claim_cost", "numeric", N, num(50, 5000)),
        Col("payer_coverage", "numeric", N, num(0, 4000)),
        Col("reasoncode", "bigint", H, when(0.4, paired(_CONDITIONS, 0, 5))), Col("reasondescription", "text", H, when(0.4, paired(_CONDITIONS, 1, 5)))],
        rows=200, extra=[fkey(f"{SY}.encounters", "patient", pat, "id"), fkey(f"{SY}.encounters", "provider", f"{SY}.providers", "id"),
                         fkey(f"{SY}.encounters", "organization", f"{SY}.organizations", "id")])

    def link(n: int = 160) -> list[Col]:
        return [Col("patient", "uuid", N, uid_fk("pat", n)), Col("encounter", "uuid", N, uid_fk("enc", 200))]

    def fks(table: str) -> list[str]:
        return [fkey(f"{SY}.{table}", "patient", pat, "id"), fkey(f"{SY}.{table}", "encounter", f"{SY}.encounters", "id")]
    cond = Table(SY, "conditions", [Col("start", "date", N, day(2000, 2023)), Col("stop", "date", N, opt(0.5, day(2000, 2023))), *link(),
                                    Col("code", "bigint", H, paired(_CONDITIONS, 0, 7)), Col("description", "text", H, paired(_CONDITIONS, 1, 7))],
                 rows=200, extra=fks("conditions"))
    meds = Table(SY, "medications", [
        Col("start", "timestamptz", N, stamp(2005, 2023)), Col("stop", "timestamptz", N, opt(0.6, stamp(2005, 2023))), *link()[:1],
        Col("payer", "uuid", N, uid("payer")), *link()[1:],
        Col("code", "bigint", H, paired(_MEDS, 0, 11)), Col("description", "text", H, paired(_MEDS, 1, 11)),
        Col("base_cost", "numeric", N, num(1, 300)), Col("payer_coverage", "numeric", N, num(0, 200)), Col("dispenses", "int", N, intr(1, 120)),
        Col("totalcost", "numeric", N, num(1, 30000)),
        Col("reasoncode", "bigint", H, when(0.6, paired(_CONDITIONS, 0, 13))), Col("reasondescription", "text", H, when(0.6, paired(_CONDITIONS, 1, 13)))],
        rows=200, extra=fks("medications"))
    obs = Table(SY, "observations", [
        Col("date", "timestamptz", N, stamp(2010, 2023)), *link(),
        Col("category", "text", N, lambda c, i: "laboratory" if _OBS[(i * 5 + 2) % len(_OBS)][0] in ("4548-4", "2093-3", "2339-0")
            else c.r.choice(["vital-signs", "survey", "social-history"])),
        Col("code", "text", H, paired(_OBS, 0, 5)), Col("description", "text", H, paired(_OBS, 1, 5)), Col("value", "text", H, _obs_value),
        Col("units", "text", N, paired(_OBS, 4, 5)), Col("type", "text", N, lambda c, i: "text" if _OBS[(i * 5 + 2) % len(_OBS)][2] is None else "numeric")],
        rows=200, extra=fks("observations"))
    procs = Table(SY, "procedures", [
        Col("start", "timestamptz", N, stamp(2010, 2023)), Col("stop", "timestamptz", N, stamp(2010, 2023)), *link(),
        Col("code", "bigint", H, paired(_PROCS, 0, 3)), Col("description", "text", H, paired(_PROCS, 1, 3)),
        Col("base_cost", "numeric", N, num(100, 20000)),
        Col("reasoncode", "bigint", H, when(0.4, paired(_CONDITIONS, 0, 17))), Col("reasondescription", "text", H, when(0.4, paired(_CONDITIONS, 1, 17)))],
        rows=200, extra=fks("procedures"))
    imm = Table(SY, "immunizations", [
        Col("date", "timestamptz", N, stamp(2010, 2023)), *link(),
        Col("code", "int", H, paired(_VACCINES, 0, 5)), Col("description", "text", H, paired(_VACCINES, 1, 5)),
        Col("base_cost", "numeric", N, pick(136.0, 140.52))], rows=200, extra=fks("immunizations"))
    allergies = Table(SY, "allergies", [
        Col("start", "date", N, day(1990, 2023)), Col("stop", "date", N, opt(0.1, day(2000, 2023))), *link(),
        Col("code", "bigint", H, paired(_ALLERGENS, 0, 3)), Col("system", "text", N, paired(_ALLERGENS, 1, 3)),
        Col("description", "text", H, paired(_ALLERGENS, 2, 3)), Col("type", "text", H, paired(_ALLERGENS, 3, 3)),
        Col("category", "text", H, paired(_ALLERGENS, 4, 3)),
        Col("reaction1", "bigint", H, when(0.7, paired(_REACTIONS, 0, 5))), Col("description1", "text", H, when(0.7, paired(_REACTIONS, 1, 5))),
        Col("severity1", "text", H, when(0.7, pick("MILD", "MODERATE", "SEVERE"))),
        Col("reaction2", "bigint", H, when(0.2, paired(_REACTIONS, 0, 3))), Col("description2", "text", H, when(0.2, paired(_REACTIONS, 1, 3))),
        Col("severity2", "text", H, when(0.2, pick("MILD", "MODERATE", "SEVERE")))], rows=150, extra=fks("allergies"))
    return [orgs, provs, patients, enc, cond, meds, obs, procs, imm, allergies]


HO = "b_hospital"


def _apellido(n: int) -> Gen:
    """A surname and an initial, as the course data has them ("Laserna S."), cut to the column's width."""
    def gen(c: Ctx, i: int) -> str:
        initial = c.r.choice("ABCDFGJLMNPRST")
        return f"{c.es.last_name()[:n - 3]} {initial}."
    return gen


def hospital() -> list[Table]:
    """The Spanish SQL-course schema HOSPITAL/SALA/PLANTILLA/DOCTOR/ENFERMO/OCUPACION (unquoted, so lower case in PostgreSQL)."""
    hosp = Table(HO, "hospital", [
        Col("hospital_cod", "int PRIMARY KEY", N, ident),
        Col("nombre", "varchar(20)", N, lambda c, i: c.r.choice(["Provincial", "General", "La Paz", "San Carlos", "Gregorio Marañón", "Ramón y Cajal"]) + f" {i}"),
        Col("direccion", "varchar(20)", N, lambda c, i: c.es.street_address()[:20]),
        Col("telefono", "char(8)", N, lambda c, i: f"{c.r.randint(100, 999)}-{c.r.randint(1000, 9999)}"),
        Col("num_cama", "int", N, intr(80, 600))], rows=80)
    sala = Table(HO, "sala", [
        Col("sala_cod", "int PRIMARY KEY", N, ident), Col("hospital_cod", "int", N, fk(80)),
        Col("nombre", "varchar(20)", N, pick("Cuidados Intensivos", "Cardiología", "Psiquiátrico", "Maternidad", "Recuperación", "Traumatología")),
        Col("num_cama", "int", N, intr(6, 40))], rows=100, extra=[fkey(f"{HO}.sala", "hospital_cod", f"{HO}.hospital", "hospital_cod")])
    plantilla = Table(HO, "plantilla", [
        Col("hospital_cod", "int", N, fk(80)), Col("sala_cod", "int", N, fk(100)), Col("empleado_no", "int PRIMARY KEY", N, lambda c, i: 1000 + i),
        Col("apellido", "varchar(15)", "person_name", _apellido(15)),
        Col("funcion", "varchar(10)", N, pick("Enfermero", "Enfermera", "Interino")), Col("t", "char(1)", N, pick("M", "T", "N")),
        Col("salario", "int", N, intr(150000, 340000))], rows=150,
        extra=[fkey(f"{HO}.plantilla", "hospital_cod", f"{HO}.hospital", "hospital_cod"), fkey(f"{HO}.plantilla", "sala_cod", f"{HO}.sala", "sala_cod")])
    doctor = Table(HO, "doctor", [
        Col("hospital_cod", "int", N, fk(80)), Col("doctor_no", "int PRIMARY KEY", N, lambda c, i: 300 + i),
        Col("apellido", "varchar(13)", "person_name", _apellido(13)),
        Col("especialidad", "varchar(16)", N, pick("Cardiología", "Ginecología", "Pediatría", "Psiquiatría", "Neurología"))], rows=100,
        extra=[fkey(f"{HO}.doctor", "hospital_cod", f"{HO}.hospital", "hospital_cod")])
    enfermo = Table(HO, "enfermo", [
        Col("inscripcion", "int PRIMARY KEY", N, lambda c, i: 10000 + i),
        Col("apellido", "varchar(15)", "person_name", _apellido(15)),
        Col("direccion", "varchar(20)", "postal_address", lambda c, i: f"{c.r.choice(['C/', 'Avda.', 'Pza.'])} {c.es.last_name()} {c.r.randint(1, 120)}"[:20]),
        Col("fecha_nac", "date", "birth_date", day(1930, 2000)), Col("s", "char(1)", N, pick("M", "F")),
        Col("nss", "char(12)", "national_id", es_nss)], rows=150)
    ocupacion = Table(HO, "ocupacion", [
        Col("inscripcion", "int", N, lambda c, i: 10000 + c.r.randint(1, 150)), Col("hospital_cod", "int", N, fk(80)),
        Col("sala_cod", "int", N, fk(100)), Col("cama", "int", N, intr(1, 40))], rows=120,
        extra=[fkey(f"{HO}.ocupacion", "inscripcion", f"{HO}.enfermo", "inscripcion"),
               fkey(f"{HO}.ocupacion", "sala_cod", f"{HO}.sala", "sala_cod")])
    return [hosp, sala, plantilla, doctor, enfermo, ocupacion]
