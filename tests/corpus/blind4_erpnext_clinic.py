"""g_erpnext, Healthcare module: encounters, lab tests and their result rows (see blind4_erpnext.py)."""
from __future__ import annotations

from .blind4_erpnext import IN, S, erpnext_people, std_cols
from .blind4_gens import const, day, fk, maybe, num, pp, ts
from .gens import Col, Table, pick

DOCTORS = ("Dr. Anjali Kulkarni", "Dr. Rohan Deshpande", "Dr. Meera Iyer", "Dr. Sameer Joshi", "Dr. Farah Shaikh")
DIAGNOSES = ("Acute pharyngitis", "Type 2 diabetes mellitus - uncontrolled", "Essential hypertension",
             "Lumbar strain", "Viral fever", "Iron deficiency anaemia", "Acute gastroenteritis", "Migraine",
             "Allergic rhinitis", "Urinary tract infection", "Anxiety disorder", "Conjunctivitis")


def _patient_cols(key: str) -> list[Col]:
    """The patient link and the copies ERPNext keeps on clinical documents."""
    return [Col("patient", "varchar(140)", "none", lambda c, i: f"HLC-PAT-2024-{c.r.randint(1, 140):05d}"),
            Col("patient_name", "varchar(140)", "person_name", pp(IN, key, "full")),
            Col("patient_sex", "varchar(140)", "none", lambda c, i: "Female" if pp(IN, key, "female")(c, i) else "Male"),
            Col("patient_age", "varchar(140)", "none", lambda c, i: f"{c.r.randint(1, 85)} Year(s) {c.r.randint(0, 11)}"
                                                                     f" Month(s) {c.r.randint(0, 29)} Day(s)")]


def _encounter() -> Table:
    return Table(S, "tabPatient Encounter", [Col("name", "varchar(140) PRIMARY KEY", "none",
                                                 lambda c, i: f"HLC-ENC-2024-{i:05d}")] + std_cols(None, full=False) + _patient_cols(
        "erp-enc") + [
        Col("company", "varchar(140)", "none", const("Sunrise Traders Pvt Ltd")),
        Col("practitioner", "varchar(140)", "none", lambda c, i: f"HLC-PRAC-2023-{c.r.randint(1, 5):05d}"),
        Col("practitioner_name", "varchar(140)", "person_name", pick(*DOCTORS)),
        Col("medical_department", "varchar(140)", "none", pick("General Medicine", "Occupational Health", "ENT")),
        Col("encounter_date", "date", "none", day(2023, 2025)),
        Col("encounter_time", "time", "none", lambda c, i: f"{c.r.randint(9, 18):02d}:{c.r.randint(0, 59):02d}:00"),
        Col("appointment", "varchar(140)", "none", maybe(0.6, lambda c, i: f"HLC-APP-2024-{c.r.randint(1, 900):05d}")),
        Col("invoiced", "smallint", "none", pick(0, 1, 1)),
        Col("diagnosis", "text", "health", pick(*DIAGNOSES)),
        Col("encounter_comment", "text", "health", pick(
            "BP 150/95, advised salt restriction, review in 2 weeks", "Throat congested, started amoxicillin",
            "HbA1c 8.9 - increase metformin to 1g BD", "Fit to resume forklift duty", "Referred to orthopaedics",
            "Complains of palpitations, ECG normal", "Advised rest for 3 days, sick leave certificate given"))],
        rows=150)


def _lab_test() -> Table:
    return Table(S, "tabLab Test", [Col("name", "varchar(140) PRIMARY KEY", "none",
                                        lambda c, i: f"HLC-LAB-2024-{i:05d}")] + std_cols(None, full=False) + _patient_cols(
        "erp-lab") + [
        Col("practitioner_name", "varchar(140)", "person_name", pick(*DOCTORS)),
        Col("template", "varchar(140)", "health", pick("CBC", "Lipid Profile", "HbA1c", "LFT", "TSH", "Urine R/M",
                                                     "HIV 1 & 2 Antibodies", "HBsAg")),
        Col("lab_test_name", "varchar(140)", "health", pick("Complete Blood Count", "Lipid Profile", "Glycated Haemoglobin",
                                                          "Liver Function Test", "Thyroid Stimulating Hormone")),
        Col("department", "varchar(140)", "none", pick("Pathology", "Biochemistry", "Serology")),
        Col("result_date", "date", "none", day(2023, 2025)),
        Col("status", "varchar(140)", "none", pick("Completed", "Approved", "Draft")),
        Col("sample", "varchar(140)", "none", pick("Blood", "Urine", "Serum")),
        Col("lab_test_comment", "text", "health", maybe(0.7, pick(
            "Raised TSH, repeat after 6 weeks", "Mild microcytic anaemia", "LDL high - started statin",
            "HBsAg reactive, referred to gastro", "All values within normal limits", "Fasting not confirmed"))),
        Col("printed", "smallint", "none", pick(0, 1))], rows=120)


def _results() -> Table:
    tests = [("Haemoglobin", "g/dL", "12 - 16", 8.0, 17.0), ("Fasting Glucose", "mg/dL", "70 - 100", 70, 260),
             ("TSH", "mIU/L", "0.4 - 4.0", 0.1, 12.0), ("LDL Cholesterol", "mg/dL", "< 100", 60, 220),
             ("Creatinine", "mg/dL", "0.6 - 1.2", 0.5, 3.2)]
    return Table(S, "tabNormal Test Result", [
        Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"{c.r.getrandbits(40):010x}"),
        Col("parent", "varchar(140)", "none", lambda c, i: f"HLC-LAB-2024-{c.r.randint(1, 120):05d}"),
        Col("parentfield", "varchar(140)", "none", const("normal_test_items")),
        Col("parenttype", "varchar(140)", "none", const("Lab Test")),
        Col("idx", "bigint", "none", num(1, 5)),
        Col("lab_test_name", "varchar(140)", "health", lambda c, i: tests[i % 5][0]),
        Col("result_value", "varchar(140)", "health",
            lambda c, i: f"{c.r.uniform(tests[i % 5][3], tests[i % 5][4]):.1f}"),
        Col("lab_test_uom", "varchar(140)", "none", lambda c, i: tests[i % 5][1]),
        Col("normal_range", "text", "none", lambda c, i: tests[i % 5][2]),
        Col("lab_test_comment", "text", "health", maybe(0.3, pick("High", "Low", "Critical - informed doctor"))),
        Col("modified", "timestamp(6)", "none", ts(2023, 2025))], rows=150)


def erpnext_tables() -> list[Table]:
    return erpnext_people() + [_encounter(), _lab_test(), _results(),
                               Table(S, "tabHealthcare Practitioner", [
                                   Col("name", "varchar(140) PRIMARY KEY", "none", lambda c, i: f"HLC-PRAC-2023-{i:05d}"),
                                   Col("first_name", "varchar(140)", "person_name", pp(IN, "erp-prac", "first")),
                                   Col("last_name", "varchar(140)", "person_name", pp(IN, "erp-prac", "last")),
                                   Col("practitioner_name", "varchar(140)", "person_name", pp(IN, "erp-prac", "full")),
                                   Col("mobile_phone", "varchar(140)", "phone", pp(IN, "erp-prac", "phone")),
                                   Col("user_id", "varchar(140)", "email", lambda c, i: pp(IN, "erp-prac", "user")(c, i)
                                       + "@sunrisetraders.in"),
                                   Col("department", "varchar(140)", "none", pick("General Medicine", "ENT")),
                                   Col("op_consulting_charge", "decimal(21,9)", "none", pick(300, 500, 800)),
                                   Col("hospital", "varchar(140)", "none", fk(IN, "company"))], rows=80)]
