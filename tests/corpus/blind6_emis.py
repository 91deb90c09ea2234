"""i_emis: a UK GP practice's EMIS Web data extract loaded into PostgreSQL (Admin_*, Coding_*, CareRecord_*,
Prescribing_* tables with their CamelCase columns and {GUID} keys). The extract is CSV files, so no foreign keys."""
from __future__ import annotations

import hashlib

from .blind6_gens import day, email, first, last, maybe, nhs_number, num, phone, table, ts, weighted
from .gens import Col, pick

S = "i_emis"
N_ORG, N_USER, N_PAT, N_CODE, N_CONS, N_OBS = 8, 30, 150, 44, 150, 150
CODES = [("Essential hypertension", 59621000, "G20.."), ("Type 2 diabetes mellitus", 44054006, "C10F."),
         ("Asthma", 195967001, "H33.."), ("Chronic obstructive pulmonary disease", 13645005, "H3..."),
         ("Depressive disorder", 35489007, "E2B.."), ("Anxiety disorder", 197480006, "E200."), ("Hypothyroidism", 40930008, "C04.."),
         ("Atrial fibrillation", 49436004, "G573."), ("Osteoarthritis of knee", 239873007, "N05z6"), ("Low back pain", 279039007, "N145."),
         ("Migraine", 37796009, "F26.."), ("Gout", 90560007, "C34.."), ("Heart failure", 84114007, "G58.."), ("Dementia", 52448006, "Eu02z"),
         ("Blood pressure", 75367002, "246.."), ("Systolic blood pressure", 271649006, "2469."), ("Diastolic blood pressure", 271650006, "246A."),
         ("Body mass index", 60621009, "22K.."), ("Body weight", 27113001, "22A.."), ("Haemoglobin A1c level - IFCC standardised", 999791000000106, "42W5."),
         ("Serum cholesterol level", 1005671000000105, "44P.."), ("eGFR using creatinine (CKD-EPI)", 1011481000000105, "451E."),
         ("Current smoker", 77176002, "137R."), ("Ex-smoker", 8517006, "137S."), ("Never smoked tobacco", 266919005, "1371."),
         ("Alcohol units per week", 1082641000000106, "136V."), ("Seasonal influenza vaccination", 822851000000102, "65ED."),
         ("Penicillin allergy", 91936005, "14L2."), ("Referral to physiotherapist", 183570001, "8H77."), ("Fit note issued", 1331000000103, "9D11."),
         ("Cervical smear negative", 168406009, "4K22."), ("Chlamydia test negative", 442487003, "4JQ1."), ("Chronic kidney disease stage 3", 433144002, "1Z12."),
         ("Type 1 diabetes mellitus", 46635009, "C108."), ("Pregnancy confirmed", 152231000119106, "62...."), ("Learning disability", 110359009, "E3..."),
         ("Suicidal ideation", 6471006, "1BD3."), ("Alcohol dependence", 66590003, "E23.."), ("Opioid dependence", 75544000, "E24.."),
         ("HIV positive", 165816005, "43C3."), ("Seen in smoking cessation clinic", 315232003, "9N4M."), ("Peak expiratory flow rate", 18491006, "339A."),
         ("Pulse rate", 78564009, "242.."), ("Did not attend", 281399006, "9N4..")]
DRUGS = ["Amlodipine 5mg tablets", "Ramipril 5mg capsules", "Metformin 500mg tablets", "Atorvastatin 40mg tablets",
         "Salbutamol 100micrograms/dose inhaler CFC free", "Clenil Modulite 100micrograms/dose inhaler", "Levothyroxine sodium 75microgram tablets",
         "Sertraline 50mg tablets", "Omeprazole 20mg gastro-resistant capsules", "Apixaban 5mg tablets", "Co-codamol 30mg/500mg tablets",
         "Naproxen 500mg tablets", "Amoxicillin 500mg capsules", "Nitrofurantoin 100mg modified-release capsules", "Bisoprolol 2.5mg tablets",
         "Fluoxetine 20mg capsules", "Microgynon 30 tablets", "Mirtazapine 15mg tablets", "Methadone 1mg/ml oral solution sugar free",
         "Insulin glargine 100units/ml 3ml pre-filled pens", "Quetiapine 25mg tablets", "Emtricitabine 200mg / Tenofovir 245mg tablets"]


def guid(ns: str, n: int) -> str:
    h = hashlib.md5(f"{ns}:{n}".encode()).hexdigest().upper()
    return "{" + f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" + "}"


def own(ns: str):
    return lambda c, i: guid(ns, i)


def ref(ns: str, n: int, p: float = 1.0):
    return lambda c, i: guid(ns, c.r.randint(1, n)) if c.r.random() < p else None


def code_id(c, i):
    return 1000000 + CODES.index(c.r.choice(CODES))


def emis_tables():
    org = ref("org", 2)
    return [
        table(S, "Admin_Organisation", N_ORG, [
            Col("OrganisationGuid", "varchar(38) PRIMARY KEY", "none", own("org")),
            Col("CDB", "int", "none", lambda c, i: 40000 + i * 7),
            Col("OrganisationName", "varchar(200)", "none", lambda c, i: ["Chapel Allerton Medical Centre", "Chapel Allerton MC - Meanwood Branch",
                "Leeds Teaching Hospitals NHS Trust", "NHS West Yorkshire ICB", "Leeds Community Healthcare", "Boots Pharmacy Harehills",
                "Leeds and York Partnership NHS FT", "St Gemma's Hospice"][i - 1]),
            Col("ODSCode", "varchar(10)", "none", lambda c, i: ["B86012", "B86012-1", "RR8", "15F", "RY6", "FA123", "RGD", "NJ123"][i - 1]),
            Col("ParentOrganisationGuid", "varchar(38)", "none", lambda c, i: guid("org", 1) if i == 2 else None),
            Col("OrganisationType", "varchar(60)", "none", lambda c, i: ["General Practice", "Branch Surgery", "NHS Trust", "ICB", "Community Trust",
                "Community Pharmacy", "Mental Health Trust", "Hospice"][i - 1]),
            Col("OpenDate", "date", "none", day(1974, 2015)),
            Col("CloseDate", "date", "none", lambda c, i: None)]),
        table(S, "Admin_UserInRole", N_USER, [
            Col("UserInRoleGuid", "varchar(38) PRIMARY KEY", "none", own("user")),
            Col("OrganisationGuid", "varchar(38)", "none", org),
            Col("Title", "varchar(10)", "none", pick("Dr", "Dr", "Mrs", "Ms", "Mr", "Miss", "")),
            Col("GivenName", "varchar(60)", "person_name", first("en")),
            Col("Surname", "varchar(60)", "person_name", last("en")),
            Col("JobCategoryCode", "varchar(10)", "none", pick("R0260", "R0260", "R0270", "R1790", "R8000", "R0600")),
            Col("JobCategoryName", "varchar(60)", "none", pick("General Medical Practitioner", "Salaried GP", "Practice Nurse", "Healthcare Assistant",
                                                                 "Receptionist", "Clinical Pharmacist")),
            Col("ContractStartDate", "date", "none", day(1995, 2025)),
            Col("ContractEndDate", "date", "none", day(2024, 2027, 0.15))]),
        table(S, "Admin_Patient", N_PAT, [
            Col("PatientGuid", "varchar(38) PRIMARY KEY", "none", own("pat")),
            Col("OrganisationGuid", "varchar(38)", "none", org),
            Col("UsualGpUserInRoleGuid", "varchar(38)", "none", ref("user", 8, 0.9)),
            Col("Sex", "char(1)", "none", weighted(("F", 51), ("M", 48), ("I", 1))),
            Col("DateOfBirth", "date", "birth_date", day(1925, 2025)),
            Col("DateOfDeath", "date", "none", day(2015, 2026, 0.05)),
            Col("Title", "varchar(10)", "none", pick("Mr", "Mrs", "Ms", "Miss", "Master", "Dr", "Mx", "")),
            Col("GivenName", "varchar(100)", "person_name", first("en")),
            Col("MiddleNames", "varchar(100)", "person_name", maybe(0.4, first("en"), "")),
            Col("Surname", "varchar(100)", "person_name", last("en")),
            Col("DateOfRegistration", "date", "none", day(1980, 2026)),
            Col("NhsNumber", "varchar(12)", "national_id", maybe(0.97, nhs_number(0.0))),
            Col("NHSNumberStatus", "varchar(2)", "none", weighted(("01", 90), ("02", 4), ("03", 3), ("", 3))),
            Col("PatientTypeDescription", "varchar(40)", "none", weighted(("Regular", 88), ("Temporary", 6), ("Emergency", 2), ("Private", 1), ("Other", 3))),
            Col("DummyType", "boolean", "none", lambda c, i: False),
            Col("HouseNameFlatNumber", "varchar(100)", "postal_address", lambda c, i: c.r.choice(["", "", f"Flat {c.r.randint(1, 30)}", "Rose Cottage", "The Old Vicarage", f"Apartment {c.r.randint(1, 90)}"])),
            Col("NumberAndStreet", "varchar(100)", "postal_address", lambda c, i: f"{c.r.randint(1, 220)} {c.r.choice(['Harrogate Road', 'Stainbeck Lane', 'Scott Hall Road', 'Town Street', 'Gledhow Valley Road', 'Roundhay Road', 'Chapeltown Road', 'Potternewton Lane'])}"),
            Col("Village", "varchar(60)", "none", pick("Chapel Allerton", "Meanwood", "Moortown", "Chapeltown", "Harehills", "Roundhay", "")),
            Col("Town", "varchar(60)", "none", weighted(("Leeds", 90), ("LEEDS", 8), ("Wetherby", 2))),
            Col("County", "varchar(60)", "none", pick("West Yorkshire", "", "W Yorks")),
            Col("Postcode", "varchar(10)", "postal_address", lambda c, i: f"LS{c.r.choice([7, 7, 8, 17, 6])} {c.r.randint(1, 9)}{c.r.choice('ABDEHJLNPQRSTUWXYZ')}{c.r.choice('ABDEHJLNPQRSTUWXYZ')}"),
            Col("ResidentialInstituteCode", "varchar(10)", "none", maybe(0.05, lambda c, i: f"RI{c.r.randint(100, 999)}", "")),
            Col("CarerName", "varchar(100)", "person_name", maybe(0.12, lambda c, i: f"{first('en')(c, i)} {last('en')(c, i)}", "")),
            Col("CarerRelation", "varchar(40)", "none", maybe(0.12, pick("Daughter", "Son", "Wife", "Husband", "Mother", "Partner", "Neighbour"), "")),
            Col("DateOfDeactivation", "date", "none", day(2016, 2026, 0.07)),
            Col("Deleted", "boolean", "none", lambda c, i: False),
            Col("SpineSensitive", "boolean", "none", weighted((False, 98), (True, 2))),
            Col("IsConfidential", "boolean", "none", weighted((False, 97), (True, 3))),
            Col("EmailAddress", "varchar(200)", "email", maybe(0.55, email("en"), "")),
            Col("HomePhone", "varchar(30)", "phone", maybe(0.35, lambda c, i: f"0113 {c.r.randint(226, 295)} {c.r.randint(1000, 9999)}", "")),
            Col("MobilePhone", "varchar(30)", "phone", maybe(0.8, phone("en"), "")),
            Col("ExternalUsualGP", "varchar(100)", "person_name", maybe(0.04, lambda c, i: f"Dr {c.r.choice('ABCDJKMRS')} {last('en')(c, i)}", ""))]),
        table(S, "Coding_ClinicalCode", N_CODE, [
            Col("CodeId", "bigint PRIMARY KEY", "none", lambda c, i: 1000000 + i - 1),
            Col("Term", "varchar(255)", "none", lambda c, i: CODES[i - 1][0]),
            Col("ReadTermId", "varchar(10)", "none", lambda c, i: CODES[i - 1][2]),
            Col("SnomedCTConceptId", "bigint", "none", lambda c, i: CODES[i - 1][1]),
            Col("NationalCode", "varchar(10)", "none", lambda c, i: CODES[i - 1][2].rstrip(".")),
            Col("NationalCodeCategory", "varchar(40)", "none", lambda c, i: "Read Code V2"),
            Col("EmisCodeCategoryDescription", "varchar(60)", "none", lambda c, i: "Value" if 14 <= i - 1 <= 25 or i - 1 in (41, 42) else "Diagnosis"),
            Col("ParentCodeId", "bigint", "none", maybe(0.3, lambda c, i: 1000000 + c.r.randint(0, 13)))]),
        table(S, "CareRecord_Consultation", N_CONS, [
            Col("ConsultationGuid", "varchar(38) PRIMARY KEY", "none", own("cons")),
            Col("PatientGuid", "varchar(38)", "none", ref("pat", N_PAT)),
            Col("OrganisationGuid", "varchar(38)", "none", org),
            Col("EffectiveDate", "date", "none", day(2019, 2026)),
            Col("EffectiveDatePrecision", "varchar(4)", "none", weighted(("YMD", 95), ("YM", 4), ("Y", 1))),
            Col("EnteredDate", "date", "none", day(2019, 2026)),
            Col("EnteredTime", "time", "none", lambda c, i: f"{c.r.randint(8, 18):02d}:{c.r.randint(0, 59):02d}:00"),
            Col("ClinicianUserInRoleGuid", "varchar(38)", "none", ref("user", N_USER)),
            Col("ConsultationSourceTerm", "varchar(100)", "none", pick("Surgery consultation", "Telephone encounter", "Home visit", "Video consultation",
                                                                       "Administration note", "Clinical letter", "Medication review")),
            Col("IsConfidential", "boolean", "none", weighted((False, 96), (True, 4))),
            Col("Deleted", "boolean", "none", weighted((False, 99), (True, 1)))]),
        table(S, "CareRecord_Observation", N_OBS, [
            Col("ObservationGuid", "varchar(38) PRIMARY KEY", "none", own("obs")),
            Col("PatientGuid", "varchar(38)", "none", ref("pat", N_PAT)),
            Col("OrganisationGuid", "varchar(38)", "none", org),
            Col("EffectiveDate", "date", "none", day(2010, 2026)),
            Col("EffectiveDatePrecision", "varchar(4)", "none", weighted(("YMD", 90), ("YM", 6), ("Y", 4))),
            Col("EnteredDate", "date", "none", day(2015, 2026)),
            Col("ClinicianUserInRoleGuid", "varchar(38)", "none", ref("user", N_USER)),
            Col("ParentObservationGuid", "varchar(38)", "none", ref("obs", N_OBS, 0.2)),
            Col("CodeId", "bigint", "health", code_id),
            Col("ProblemGuid", "varchar(38)", "none", ref("obs", N_OBS, 0.3)),
            Col("AssociatedText", "varchar(1000)", "health", weighted(("", 45), ("home reading", 6), ("taken by HCA, repeat in 2/52", 6),
                ("low mood since bereavement in March, sleeping poorly, no thoughts of self harm", 5), ("R knee, worse on stairs", 4),
                ("10 cigs/day, wants to quit - referred to OneYouLeeds", 4), ("wt loss 4kg since last visit", 4), ("PHQ-9 = 17", 4),
                ("L sided, photophobia, no aura", 3), ("Declined", 5), ("Pt informed result normal", 5))),
            Col("ConsultationGuid", "varchar(38)", "none", ref("cons", N_CONS, 0.85)),
            Col("Value", "numeric(12,3)", "health", maybe(0.45, lambda c, i: round(c.r.choice([c.r.uniform(95, 180), c.r.uniform(55, 105), c.r.uniform(17, 41),
                                                                                               c.r.uniform(36, 90), c.r.uniform(3.2, 7.8)]), 1))),
            Col("NumericUnit", "varchar(20)", "none", weighted(("", 55), ("mmHg", 15), ("kg/m2", 6), ("kg", 6), ("mmol/mol", 6), ("mmol/L", 6), ("/min", 6))),
            Col("ObservationType", "varchar(30)", "none", weighted(("Value", 40), ("Observation", 30), ("Problem", 15), ("Immunisation", 8), ("Allergy", 4), ("Referral", 3))),
            Col("NumericRangeLow", "numeric(12,3)", "none", maybe(0.2, pick(20.0, 3.0, 60.0, 90.0))),
            Col("NumericRangeHigh", "numeric(12,3)", "none", maybe(0.2, pick(42.0, 5.0, 100.0, 140.0))),
            Col("IsConfidential", "boolean", "none", weighted((False, 95), (True, 5))),
            Col("Deleted", "boolean", "none", weighted((False, 99), (True, 1)))]),
        table(S, "CareRecord_Problem", 110, [
            Col("ObservationGuid", "varchar(38) PRIMARY KEY", "none", own("obs")),
            Col("PatientGuid", "varchar(38)", "none", ref("pat", N_PAT)),
            Col("OrganisationGuid", "varchar(38)", "none", org),
            Col("Comment", "varchar(1000)", "health", weighted(("", 50), ("diet controlled", 8), ("under Dr Patel, rheumatology LGI", 4), ("on CPAP", 4),
                ("diagnosed by ED after collapse", 4), ("in remission", 6), ("annual review due Sept", 8), ("?secondary to alcohol", 3))),
            Col("EndDate", "date", "none", day(2018, 2026, 0.25)),
            Col("ExpectedDuration", "int", "none", maybe(0.2, pick(7, 14, 28, 90, 365))),
            Col("LastReviewDate", "date", "none", day(2022, 2026, 0.7)),
            Col("LastReviewUserInRoleGuid", "varchar(38)", "none", ref("user", N_USER, 0.7)),
            Col("ProblemStatusDescription", "varchar(20)", "none", weighted(("Active", 65), ("Past", 35))),
            Col("SignificanceDescription", "varchar(20)", "none", weighted(("Significant Problem", 55), ("Minor Problem", 45)))]),
        table(S, "Prescribing_DrugRecord", 150, [
            Col("DrugRecordGuid", "varchar(38) PRIMARY KEY", "none", own("drug")),
            Col("PatientGuid", "varchar(38)", "none", ref("pat", N_PAT)),
            Col("OrganisationGuid", "varchar(38)", "none", org),
            Col("EffectiveDate", "date", "none", day(2015, 2026)),
            Col("ClinicianUserInRoleGuid", "varchar(38)", "none", ref("user", 10)),
            Col("CodeId", "bigint", "health", num(5000001, 5000000 + len(DRUGS))),
            Col("Term", "varchar(255)", "health", lambda c, i: c.r.choice(DRUGS)),
            Col("Dosage", "varchar(255)", "health", pick("ONE to be taken each day", "TWO puffs when required", "one tablet twice a day with food",
                "1 - 2 four times a day when required for pain. Max 8 in 24 hours", "As directed", "ONE to be taken at night", "10ml daily supervised")),
            Col("Quantity", "numeric(10,2)", "none", pick(28, 56, 84, 1, 100, 200)),
            Col("QuantityUnit", "varchar(40)", "none", pick("tablet", "capsule", "inhaler", "ml", "pre-filled disposable injection")),
            Col("PrescriptionType", "varchar(20)", "none", weighted(("Repeat", 60), ("Acute", 35), ("Repeat dispensing", 5))),
            Col("IsActive", "boolean", "none", pick(True, True, False)),
            Col("CancellationDate", "date", "none", day(2019, 2026, 0.15)),
            Col("NumberOfIssues", "int", "none", num(0, 40)),
            Col("NumberOfIssuesAuthorised", "int", "none", pick(0, 6, 12)),
            Col("EnteredAt", "timestamp", "none", ts(2015, 2026))]),
    ]


