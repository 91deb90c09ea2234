"""e_openemr, the clinical side: OpenEMR's patient_data (demographics), lists (problems, allergies, medications),
prescriptions and form_vitals. OpenEMR declares no foreign keys (its tables link by pid), so none are added.
Coded demographics use OpenEMR's list_options ids (race, ethnicity, religion) and SNOMED codes (orientation)."""

from __future__ import annotations

from .blind3_gens import (C, birth, city, day, email, first, fk, full, last, num, opt, phone, postcode, ref, street,
                          us_state, when)
from .blind3_formats import ssn, uuid4
from .clinical import icd10, rxnorm, us_dl
from .gens import Col, Ctx, Table, ident, pick

S = "e_openemr"
PATIENTS = 130
PROBLEMS = [("Essential hypertension", "I10"), ("Type 2 diabetes mellitus without complications", "E11.9"),
            ("Hyperlipidemia, unspecified", "E78.5"), ("Major depressive disorder, recurrent", "F33.1"),
            ("Asthma, mild intermittent", "J45.20"), ("Hypothyroidism", "E03.9"), ("GERD", "K21.9"),
            ("Chronic kidney disease, stage 3", "N18.30"), ("Generalized anxiety disorder", "F41.1"),
            ("Osteoarthritis of right knee", "M17.11"), ("Atrial fibrillation", "I48.91"), ("Migraine", "G43.909")]
ALLERGIES = ["Penicillin", "Sulfa drugs", "Peanuts", "Latex", "Codeine", "Shellfish", "Amoxicillin", "Bee venom"]
DRUGS = [("Metformin 500 mg tablet", "861007"), ("Lisinopril 10 mg tablet", "314076"),
         ("Atorvastatin 20 mg tablet", "617310"), ("Levothyroxine 50 mcg tablet", "966222"),
         ("Sertraline 50 mg tablet", "312940"), ("Albuterol 90 mcg/actuation inhaler", "745679"),
         ("Omeprazole 20 mg capsule", "198053"), ("Amlodipine 5 mg tablet", "197361"),
         ("Apixaban 5 mg tablet", "1364445"), ("Sumatriptan 50 mg tablet", "313164")]
KINDS = ["medical_problem", "allergy", "medication", "medical_problem"]


def _kind(i: int) -> str:
    return KINDS[i % len(KINDS)]


def _title(c: Ctx, i: int) -> str:
    k = _kind(i)
    if k == "medical_problem":
        return c.r.choice(PROBLEMS)[0]
    return c.r.choice(ALLERGIES) if k == "allergy" else c.r.choice(DRUGS)[0].split(" ", 1)[0]


def _diagnosis(c: Ctx, i: int) -> str:
    return f"ICD10:{c.r.choice(PROBLEMS)[1]}" if _kind(i) == "medical_problem" else ""


def _list_comment(c: Ctx, i: int) -> str:
    return {
        "medical_problem": lambda: c.r.choice(
            [
                "Well controlled on current regimen",
                "Patient reports worsening at night",
                "Referred to endocrinology",
                "A1c 7.9 last visit",
                "",
            ]
        ),
        "allergy": lambda: c.r.choice(["Hives within 1 hour", "Anaphylaxis 2015, carries EpiPen", "Rash", ""]),
        "medication": lambda: c.r.choice(
            ["Take with food", "Patient stopped due to nausea", "Dose reduced 3/2024", ""]
        ),
    }[_kind(i)]()


def _reaction(c: Ctx, i: int) -> str:
    return c.r.choice(["hives", "rash", "anaphylaxis", "swelling", "nausea"]) if _kind(i) == "allergy" else ""


def _severity(c: Ctx, i: int) -> str:
    return c.r.choice(["mild", "moderate", "severe", "mild_to_moderate"]) if _kind(i) == "allergy" else ""


def _billing_note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Mother {full()(c, i)} is the guarantor, call {phone()(c, i)}.",
            "",
            "",
            "Self pay, 20% discount approved",
            f"Send statements to daughter {full()(c, i)}, {street()(c, i)}.",
            "Balance on payment plan",
        ]
    )


def clinical_tables() -> list[Table]:
    patients = Table(
        S,
        "patient_data",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("uuid", "uuid", "none", uuid4),
            C("language", "varchar(255)", "none", pick("English", "English", "English", "Spanish", "Vietnamese")),
            C("fname", "varchar(255)", "person_name", first()),
            C("lname", "varchar(255)", "person_name", last()),
            C(
                "mname",
                "varchar(255)",
                "person_name",
                lambda c, i: c.r.choice([first()(c, i), fk("en_US", c).random_uppercase_letter(), ""]),
            ),
            C("DOB", "date", "birth_date", birth(1930, 2022)),
            C("street", "varchar(255)", "postal_address", street()),
            C(
                "street_line_2",
                "text",
                "postal_address",
                lambda c, i: c.r.choice([f"Apt {c.r.randint(1, 30)}", f"Unit {c.r.randint(100, 400)}", ""]),
            ),
            C("postal_code", "varchar(255)", "postal_address", postcode()),
            C("city", "varchar(255)", "none", city()),
            C("state", "varchar(255)", "none", us_state),
            C("drivers_license", "varchar(255)", "national_id", lambda c, i: us_dl(c, i) if c.r.random() < 0.8 else ""),
            C("ss", "varchar(255)", "national_id", ssn),
            C("occupation", "text", "none", pick("Teacher", "Retired", "Nurse", "Student", "Truck driver", "")),
            C("phone_home", "varchar(255)", "phone", phone(mobile=False)),
            C("phone_biz", "varchar(255)", "phone", lambda c, i: phone()(c, i) if c.r.random() < 0.6 else ""),
            C("phone_contact", "varchar(255)", "phone", phone()),
            C("phone_cell", "varchar(255)", "phone", phone(mobile=True)),
            C("status", "varchar(255)", "none", pick("married", "single", "divorced", "widowed", "")),
            C("contact_relationship", "varchar(255)", "person_name", full()),
            C("sex", "varchar(255)", "none", pick("Female", "Male")),
            C("email", "varchar(255)", "email", email()),
            C(
                "email_direct",
                "varchar(255)",
                "email",
                lambda c, i: email(domains=["direct.medicalhisp.com"])(c, i) if c.r.random() < 0.5 else "",
            ),
            C(
                "race",
                "varchar(255)",
                "ethnic_origin",
                pick(
                    "white",
                    "white",
                    "black_or_afri_amer",
                    "asian",
                    "amer_ind_or_alaska_native",
                    "native_hawai_or_pac_island",
                    "declne_to_specfy",
                ),
            ),
            C(
                "ethnicity",
                "varchar(255)",
                "ethnic_origin",
                pick("hisp_or_latin", "not_hisp_or_latin", "not_hisp_or_latin", "declne_to_specfy"),
            ),
            C(
                "religion",
                "varchar(40)",
                "religious_belief",
                pick(
                    "roman_catholic",
                    "baptist",
                    "jewish",
                    "muslim",
                    "methodist",
                    "lutheran",
                    "buddhism",
                    "none",
                    "jehovahs_witness",
                ),
            ),
            C("monthly_income", "varchar(255)", "none", pick("", "1800", "2500", "4200")),
            C("billing_note", "text", "free_text_may_contain_pii", _billing_note),
            C("pubpid", "varchar(255)", "none", lambda c, i: f"{100000 + i}"),
            C("pid", "bigint", "none", ident),
            C("hipaa_allowemail", "varchar(3)", "none", pick("YES", "NO")),
            C("regdate", "date", "none", day(2012)),
            C("mothersname", "varchar(255)", "person_name", full(female=True)),
            C("guardiansname", "text", "person_name", lambda c, i: full()(c, i) if c.r.random() < 0.7 else ""),
            C("guardianphone", "text", "phone", phone()),
            C("deceased_date", "timestamp", "none", lambda c, i: when()(c, i) if i % 4 == 0 else None),
            C(
                "deceased_reason",
                "varchar(255)",
                "health",
                lambda c, i: (
                    c.r.choice(["Metastatic lung cancer", "Cardiac arrest", "Sepsis", "COVID-19 pneumonia", "Stroke"])
                    if i % 4 == 0
                    else ""
                ),
            ),
            C(
                "sexual_orientation",
                "text",
                "sex_life",
                pick("20430005", "20430005", "20430005", "38628009", "42035005", "ASKU", "UNK"),
            ),
            C("gender_identity", "text", "none", pick("446151000124109", "446141000124107", "407377005", "ASKU")),
            C("preferred_name", "text", "person_name", lambda c, i: c.r.choice([first()(c, i), ""])),
        ],
        rows=PATIENTS,
    )
    lists = Table(
        S,
        "lists",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("date", "timestamp", "none", when()),
            C("type", "varchar(255)", "none", lambda c, i: _kind(i)),
            C("title", "varchar(255)", "health", _title),
            C("begdate", "timestamp", "none", when(2005)),
            C("enddate", "timestamp", "none", opt(0.3, when())),
            C(
                "referredby",
                "varchar(255)",
                "person_name",
                lambda c, i: f"Dr. {last()(c, i)}" if c.r.random() < 0.7 else full()(c, i),
            ),
            C("diagnosis", "varchar(255)", "health", _diagnosis),
            C("comments", "text", "health", _list_comment),
            C("pid", "bigint", "none", ref(PATIENTS)),
            C("user", "varchar(255)", "none", pick("admin", "drsmith", "nurse1")),
            C("reaction", "varchar(255)", "health", _reaction),
            C("verification", "varchar(36)", "none", pick("confirmed", "unconfirmed", "")),
            C("severity_al", "varchar(50)", "health", _severity),
        ],
        rows=140,
    )
    rx = Table(
        S,
        "prescriptions",
        [
            Col("id", "int PRIMARY KEY", "none", ident),
            C("patient_id", "bigint", "none", ref(PATIENTS)),
            C("date_added", "timestamp", "none", when()),
            C("provider_id", "int", "none", num(1, 100)),
            C("start_date", "date", "none", day()),
            C("drug", "varchar(150)", "health", lambda c, i: c.r.choice(DRUGS)[0]),
            C("rxnorm_drugcode", "varchar(25)", "health", rxnorm),
            C("dosage", "text", "health", pick("1", "1", "2", "0.5", "1 tablet", "2 puffs")),
            C("quantity", "varchar(31)", "none", pick("30", "60", "90", "1")),
            C("route", "varchar(100)", "health", pick("Per Oris", "Per Oris", "Inhale", "To Skin", "Sublingual")),
            C("refills", "int", "none", num(0, 5)),
            C(
                "note",
                "text",
                "health",
                pick("", "Take at bedtime", "Hold if SBP < 100", "Do not crush", "For breakthrough migraine"),
            ),
            C("active", "int", "none", pick(1, 1, 0)),
            C("indication", "text", "health", lambda c, i: c.r.choice(PROBLEMS)[0]),
            C(
                "drug_dosage_instructions",
                "text",
                "health",
                pick(
                    "Take 1 tablet by mouth once daily",
                    "Take 1 tablet twice daily with meals",
                    "Inhale 2 puffs every 4-6 hours as needed",
                    "Take 1 tablet at onset of headache",
                ),
            ),
            C("diagnosis", "text", "health", lambda c, i: f"ICD10:{icd10(c, i)}"),
        ],
        rows=120,
    )
    vitals = Table(
        S,
        "form_vitals",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("date", "timestamp", "none", when()),
            C("pid", "bigint", "none", ref(PATIENTS)),
            C("bps", "varchar(40)", "health", lambda c, i: str(c.r.randint(98, 178))),
            C("bpd", "varchar(40)", "health", lambda c, i: str(c.r.randint(58, 104))),
            C("weight", "float", "health", num(95, 320, 2)),
            C("height", "float", "health", num(58, 76, 2)),
            C("temperature", "float", "health", num(97.0, 101.4, 1)),
            C("temp_method", "varchar(255)", "none", pick("Oral", "Tympanic", "Temporal", "")),
            C("pulse", "float", "health", num(52, 118, 0)),
            C("respiration", "float", "health", num(12, 24, 0)),
            C(
                "note",
                "varchar(255)",
                "health",
                pick("", "", "Pt anxious, BP rechecked", "Weight down 6 lb since last visit", "Febrile"),
            ),
            C("BMI", "float", "health", num(17.5, 43.0, 1)),
            C(
                "BMI_status",
                "varchar(255)",
                "health",
                pick("Normal BL", "Overweight", "Obesity I", "Obesity III", "Underweight"),
            ),
            C("waist_circ", "float", "health", num(26, 52, 1)),
            C("oxygen_saturation", "float", "health", num(88, 100, 0)),
        ],
        rows=120,
    )
    return [patients, lists, rx, vitals]
