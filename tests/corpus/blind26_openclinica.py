"""ab_openclinica: OpenClinica 3.x (clinical trial data capture) as recalled from memory, for a renal-outcomes trial
run at Egyptian university hospitals. Subjects' Person ID holds the Egyptian national number."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, ints, maybe, one, person, seq,
                           sha1, stamps, uuid)
from .gens import Table

S = "ab_openclinica"
STAFF = "oc.user_account"
SUBJ = "oc.subject"
N_USER, N_STUDY, N_SUBJ, N_SS, N_EVENT, N_ITEM, N_CRF = 40, 12, 140, 140, 150, 110, 150

SITES = [("Kasr Al-Ainy Hospital", "Cairo", "11562"), ("Ain Shams University Hospitals", "Cairo", "11566"),
         ("Alexandria Main University Hospital", "Alexandria", "21131"), ("Mansoura Urology & Nephrology Center",
                                                                          "Mansoura", "35516"),
         ("Assiut University Hospital", "Asyut", "71515"), ("Tanta University Hospital", "Tanta", "31527")]
ITEMS = [("SBP", "Systolic blood pressure", "mmHg"), ("DBP", "Diastolic blood pressure", "mmHg"),
         ("HBA1C", "Glycated haemoglobin", "%"), ("EGFR", "eGFR (CKD-EPI)", "mL/min/1.73m2"),
         ("SCR", "Serum creatinine", "mg/dL"), ("UACR", "Urine albumin/creatinine ratio", "mg/g"),
         ("K", "Serum potassium", "mmol/L"), ("HCVAB", "Anti-HCV antibody", None), ("CONMED", "Concomitant medication", None),
         ("AETERM", "Adverse event term", None), ("WEIGHT", "Body weight", "kg"), ("SMOKE", "Smoking status", None)]


def _item_value(c, i):
    return c.r.choice([
        f"{c.r.randint(105, 185)}", f"{c.r.randint(60, 110)}", f"{c.r.uniform(5.4, 11.8):.1f}", f"{c.r.randint(9, 88)}",
        f"{c.r.uniform(0.8, 5.6):.2f}", f"{c.r.randint(12, 2400)}", f"{c.r.uniform(3.2, 6.4):.1f}",
        c.r.choice(["Positive", "Negative"]),
        c.r.choice(["Metformin 1000 mg BID", "Empagliflozin 10 mg OD", "Amlodipine 5 mg OD", "Insulin glargine 18 IU",
                    "Losartan 50 mg OD", "Sofosbuvir/daclatasvir (completed 2016)"]),
        c.r.choice(["Hyperkalaemia", "Genital mycotic infection", "Acute kidney injury", "Dizziness", "UTI",
                    "Hypoglycaemia grade 2"]),
        f"{c.r.uniform(52, 131):.1f}", c.r.choice(["Current smoker", "Ex-smoker", "Never", "Shisha daily"])])


def _annotation(c, i):
    name = person("eg", SUBJ, "full")(c, c.r.randint(1, N_SUBJ))
    return c.r.choice([
        None, None, "Visit done at home due to mobility problems",
        f"Subject accompanied by his son {name.split()[0]} who translated; subject reads poorly",
        f"Informed consent re-signed; witness: {name}",
        f"Could not reach subject, left message with daughter on 01{c.r.choice('0125')} {digits(c, 4)} {digits(c, 4)}",
        "Fasting sample not obtained"])


def _dn_detail(c, i):
    return c.r.choice([
        "Please confirm the unit of creatinine (mg/dL vs umol/L).", "Source document checked; value correct.",
        f"Spoke with Dr. {person('eg', STAFF, 'full')(c, c.r.randint(1, N_USER))}, date corrected in source.",
        f"Called subject at 01{c.r.choice('0125')} {digits(c, 4)} {digits(c, 4)} to confirm visit date.",
        "Visit window exceeded; deviation logged.", "Duplicate entry removed."])


def openclinica_tables() -> list[Table]:
    u = lambda f: person("eg", STAFF, f, 1960, 1996)            # noqa: E731
    s = lambda f: person("eg", SUBJ, f, 1948, 2003)             # noqa: E731
    return [
        Table(S, "study", [
            C("study_id", "serial PRIMARY KEY", "none", seq()),
            C("parent_study_id", "integer", "none", lambda c, i: None if i <= 2 else 1 + i % 2),
            C("unique_identifier", "varchar(30)", "none", lambda c, i: f"EG-RENO-{2021 + i % 2}" if i <= 2
              else f"EG-RENO-S{i:02d}"),
            C("secondary_identifier", "varchar(255)", "none", lambda c, i: f"NCT0{digits(c, 7)}" if i <= 2 else None),
            C("name", "varchar(255)", "none", lambda c, i: "RENO-DKD: SGLT2 inhibition in diabetic kidney disease"
              if i <= 2 else SITES[i % 6][0]),
            C("summary", "varchar(2000)", "none", const("Randomised, open-label study of renal outcomes in adults with "
                                                         "type 2 diabetes and CKD stage 3-4.")),
            C("date_planned_start", "timestamp", "none", stamps(2021, 2022)),
            C("date_planned_end", "timestamp", "none", stamps(2025, 2026)),
            C("date_created", "date", "none", dates(2020, 2021)),
            C("date_updated", "date", "none", dates(2022, 2025)),
            C("owner_id", "integer", "none", ints(1, 3)),
            C("status_id", "integer", "none", one(1, 1, 1, 4)),
            C("principal_investigator", "varchar(255)", "person_name",
              lambda c, i: "Prof. " + person("eg", "oc.pi", "full")(c, i)),
            C("facility_name", "varchar(255)", "none", lambda c, i: SITES[i % 6][0]),
            C("facility_city", "varchar(255)", "none", lambda c, i: SITES[i % 6][1]),
            C("facility_zip", "varchar(64)", "none", lambda c, i: SITES[i % 6][2]),
            C("facility_country", "varchar(64)", "none", const("Egypt")),
            C("facility_recruitment_status", "varchar(60)", "none", one("Recruiting", "Active, not recruiting")),
            C("facility_contact_name", "varchar(255)", "person_name", person("eg", "oc.site_contact", "full")),
            C("facility_contact_degree", "varchar(255)", "none", one("MD", "MSc Nephrology", "PharmD", "BSc Nursing")),
            C("facility_contact_phone", "varchar(255)", "phone", person("eg", "oc.site_contact", "mobile")),
            C("facility_contact_email", "varchar(255)", "email", person("eg", "oc.site_contact", "email")),
            C("protocol_type", "varchar(30)", "none", const("interventional")),
            C("sponsor", "varchar(255)", "none", const("Egyptian Society of Nephrology and Transplantation")),
            C("expected_total_enrollment", "integer", "none", ints(40, 600)),
            C("oc_oid", "varchar(40)", "none", lambda c, i: f"S_RENO{i:03d}"),
        ], rows=N_STUDY),
        Table(S, "user_account", [
            C("user_id", "serial PRIMARY KEY", "none", seq()),
            C("user_name", "varchar(64)", "none", lambda c, i: u("user")(c, i).replace(".", "_")),
            C("passwd", "varchar(255)", "credentials", lambda c, i: sha1(c)),
            C("first_name", "varchar(50)", "person_name", u("first")),
            C("last_name", "varchar(50)", "person_name", u("last")),
            C("email", "varchar(120)", "email", lambda c, i: u("user")(c, i) + "@kasralainy.edu.eg"),
            C("active_study", "integer", "none", fk(N_STUDY)),
            C("institutional_affiliation", "varchar(255)", "none", lambda c, i: SITES[i % 6][0]),
            C("status_id", "integer", "none", one(1, 1, 1, 5)),
            C("owner_id", "integer", "none", const(1)),
            C("date_created", "date", "none", dates(2020, 2023)),
            C("date_lastvisit", "timestamp", "none", stamps(2024, 2025)),
            C("passwd_timestamp", "date", "none", dates(2024, 2025)),
            C("passwd_challenge_question", "varchar(64)", "none",
              one("Mother's Maiden Name", "Favorite Pet", "City of Birth")),
            C("passwd_challenge_answer", "varchar(255)", "credentials",
              lambda c, i: c.r.choice(["Zeinab", "Bosy", "Tanta", "Mishmish", "Shebin El-Kom", "Fatma"])),
            C("phone", "varchar(64)", "phone", u("mobile")),
            C("user_type_id", "integer", "none", one(1, 2, 3)),
            C("enabled", "boolean", "none", flag(0.9)),
            C("account_non_locked", "boolean", "none", flag(0.95)),
            C("lock_counter", "integer", "none", ints(0, 3)),
            C("run_webservices", "boolean", "none", flag(0.1)),
            C("access_code", "varchar(64)", "secret_token", maybe(lambda c, i: uuid(c).replace("-", "")[:20], 0.4)),
            C("time_zone", "varchar(255)", "none", const("Africa/Cairo")),
            C("enable_api_key", "boolean", "none", flag(0.2)),
            C("api_key", "varchar(255)", "secret_token", maybe(lambda c, i: uuid(c).replace("-", ""), 0.3)),
        ], rows=N_USER, extra=[fkey(S, "user_account", "active_study", "study", "study_id")]),
        Table(S, "subject", [
            C("subject_id", "serial PRIMARY KEY", "none", seq()),
            C("father_id", "integer", "none", const(None)),
            C("mother_id", "integer", "none", const(None)),
            C("status_id", "integer", "none", one(1, 1, 1, 5)),
            C("date_of_birth", "date", "birth_date", s("birth")),
            C("gender", "char(1)", "none", lambda c, i: s("sex")(c, i).lower()),
            C("unique_identifier", "varchar(255)", "national_id", s("natid"),
              comment="Person ID"),
            C("date_created", "date", "none", dates(2021, 2023)),
            C("owner_id", "integer", "none", ints(1, N_USER)),
            C("date_updated", "date", "none", maybe(dates(2023, 2025))),
            C("update_id", "integer", "none", maybe(ints(1, N_USER))),
            C("dob_collected", "boolean", "none", const(True)),
        ], rows=N_SUBJ),
        Table(S, "study_subject", [
            C("study_subject_id", "serial PRIMARY KEY", "none", seq()),
            C("label", "varchar(30)", "none", lambda c, i: f"{['CAI', 'ASU', 'ALX', 'MNS', 'AST', 'TNT'][i % 6]}-{i:03d}"),
            C("secondary_label", "varchar(30)", "none", lambda c, i: f"SCR{c.r.randint(100, 999)}"),
            C("subject_id", "integer", "none", seq()),
            C("study_id", "integer", "none", lambda c, i: 3 + i % 10),
            C("status_id", "integer", "none", one(1, 1, 1, 1, 5)),
            C("enrollment_date", "date", "none", dates(2021, 2024)),
            C("date_created", "date", "none", dates(2021, 2024)),
            C("date_updated", "date", "none", maybe(dates(2023, 2025))),
            C("owner_id", "integer", "none", ints(1, N_USER)),
            C("oc_oid", "varchar(40)", "none", lambda c, i: f"SS_{['CAI', 'ASU', 'ALX', 'MNS', 'AST', 'TNT'][i % 6]}{i:03d}"),
            C("time_zone", "varchar(255)", "none", const("")),
        ], rows=N_SS, extra=[fkey(S, "study_subject", "subject_id", "subject", "subject_id"),
                              fkey(S, "study_subject", "study_id", "study", "study_id")]),
        Table(S, "study_event", [
            C("study_event_id", "serial PRIMARY KEY", "none", seq()),
            C("study_event_definition_id", "integer", "none", ints(1, 9)),
            C("study_subject_id", "integer", "none", fk(N_SS)),
            C("location", "varchar(2000)", "none", one("Outpatient clinic 4", "Dialysis unit", "Home visit", "")),
            C("sample_ordinal", "integer", "none", ints(1, 6)),
            C("date_start", "timestamp", "none", stamps(2021, 2025)),
            C("date_end", "timestamp", "none", maybe(stamps(2021, 2025), 0.3)),
            C("owner_id", "integer", "none", ints(1, N_USER)),
            C("status_id", "integer", "none", const(1)),
            C("date_created", "date", "none", dates(2021, 2025)),
            C("subject_event_status_id", "integer", "none", one(1, 3, 4, 4, 4, 7)),
            C("start_time_flag", "boolean", "none", flag(0.3)),
            C("end_time_flag", "boolean", "none", flag(0.1)),
        ], rows=N_EVENT, extra=[fkey(S, "study_event", "study_subject_id", "study_subject", "study_subject_id")]),
        Table(S, "item", [
            C("item_id", "serial PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", lambda c, i: f"{ITEMS[i % len(ITEMS)][0]}_{1 + i // len(ITEMS)}"),
            C("description", "varchar(4000)", "none", lambda c, i: ITEMS[i % len(ITEMS)][1]),
            C("units", "varchar(64)", "none", lambda c, i: ITEMS[i % len(ITEMS)][2]),
            C("phi_status", "boolean", "none", flag(0.05)),
            C("item_data_type_id", "integer", "none", one(5, 6, 7)),
            C("item_reference_type_id", "integer", "none", const(1)),
            C("status_id", "integer", "none", const(1)),
            C("owner_id", "integer", "none", const(1)),
            C("date_created", "date", "none", dates(2020, 2021)),
            C("oc_oid", "varchar(40)", "none", lambda c, i: f"I_RENO_{ITEMS[i % len(ITEMS)][0]}_{i}"),
        ], rows=N_ITEM),
        Table(S, "event_crf", [
            C("event_crf_id", "serial PRIMARY KEY", "none", seq()),
            C("study_event_id", "integer", "none", fk(N_EVENT, 11)),
            C("crf_version_id", "integer", "none", ints(1, 14)),
            C("date_interviewed", "date", "none", dates(2021, 2025)),
            C("interviewer_name", "varchar(255)", "person_name", lambda c, i: u("full")(c, c.r.randint(1, N_USER))),
            C("completion_status_id", "integer", "none", one(1, 2, 2)),
            C("status_id", "integer", "none", one(1, 2, 4)),
            C("annotations", "varchar(4000)", "free_text_may_contain_pii", _annotation),
            C("date_completed", "timestamp", "none", maybe(stamps(2021, 2025))),
            C("validator_id", "integer", "none", maybe(ints(1, N_USER), 0.4)),
            C("date_validate", "date", "none", maybe(dates(2022, 2025), 0.4)),
            C("validator_annotations", "varchar(4000)", "none", maybe(one("SDV done", "Checked against source",
                                                                              "Lab print-out filed"), 0.3)),
            C("owner_id", "integer", "none", ints(1, N_USER)),
            C("date_created", "date", "none", dates(2021, 2025)),
            C("study_subject_id", "integer", "none", fk(N_SS, 13)),
            C("electronic_signature_status", "boolean", "none", flag(0.2)),
            C("sdv_status", "boolean", "none", flag(0.5)),
            C("sdv_update_id", "integer", "none", maybe(ints(1, N_USER), 0.5)),
        ], rows=N_CRF, extra=[fkey(S, "event_crf", "study_event_id", "study_event", "study_event_id"),
                              fkey(S, "event_crf", "study_subject_id", "study_subject", "study_subject_id")]),
        Table(S, "item_data", [
            C("item_data_id", "serial PRIMARY KEY", "none", seq()),
            C("item_id", "integer", "none", fk(N_ITEM, 3)),
            C("event_crf_id", "integer", "none", fk(N_CRF)),
            C("status_id", "integer", "none", const(1)),
            C("value", "varchar(4000)", "health", _item_value),
            C("date_created", "date", "none", dates(2021, 2025)),
            C("date_updated", "date", "none", maybe(dates(2022, 2025), 0.3)),
            C("owner_id", "integer", "none", ints(1, N_USER)),
            C("ordinal", "integer", "none", one(1, 1, 1, 2)),
            C("deleted", "boolean", "none", flag(0.02)),
            C("old_status_id", "integer", "none", maybe(const(1), 0.1)),
        ], rows=150, extra=[fkey(S, "item_data", "item_id", "item", "item_id"),
                            fkey(S, "item_data", "event_crf_id", "event_crf", "event_crf_id")]),
        Table(S, "discrepancy_note", [
            C("discrepancy_note_id", "serial PRIMARY KEY", "none", seq()),
            C("description", "varchar(255)", "none", one("Value out of range", "Missing visit date", "Query: units",
                                                         "Protocol deviation", "Date in the future")),
            C("discrepancy_note_type_id", "integer", "none", one(1, 2, 3, 4)),
            C("resolution_status_id", "integer", "none", one(1, 2, 3, 4, 5)),
            C("detailed_notes", "varchar(1000)", "free_text_may_contain_pii", _dn_detail),
            C("date_created", "date", "none", dates(2021, 2025)),
            C("owner_id", "integer", "none", fk(N_USER, 3)),
            C("parent_dn_id", "integer", "none", lambda c, i: None if i <= 20 else c.r.randint(1, 20)),
            C("entity_type", "varchar(30)", "none", one("itemData", "studySub", "studyEvent", "subject")),
            C("study_id", "integer", "none", fk(N_STUDY)),
            C("assigned_user_id", "integer", "none", fk(N_USER, 5, 4)),
            C("thread_uuid", "varchar(40)", "none", lambda c, i: uuid(c)),
            C("thread_number", "integer", "none", ints(1, 400)),
        ], rows=120, extra=[fkey(S, "discrepancy_note", "study_id", "study", "study_id"),
                            fkey(S, "discrepancy_note", "assigned_user_id", "user_account", "user_id"),
                            fkey(S, "discrepancy_note", "owner_id", "user_account", "user_id")]),
        Table(S, "audit_user_login", [
            C("id", "serial PRIMARY KEY", "none", seq()),
            C("user_name", "varchar(255)", "none", lambda c, i: u("user")(c, (i * 3) % N_USER + 1).replace(".", "_")),
            C("user_account_id", "integer", "none", fk(N_USER, 3)),
            C("login_attempt_date", "timestamp", "none", stamps(2024, 2025)),
            C("login_status_code", "integer", "none", one(1, 1, 1, 0, 2)),
            C("details", "varchar(255)", "none", maybe(one("Bad credentials", "Account locked", "Logged out"), 0.3)),
            C("version", "integer", "none", const(1)),
        ], rows=150, extra=[fkey(S, "audit_user_login", "user_account_id", "user_account", "user_id")]),
        Table(S, "audit_log_event", [
            C("audit_id", "serial PRIMARY KEY", "none", seq()),
            C("audit_date", "timestamp", "none", stamps(2021, 2025)),
            C("audit_table", "varchar(500)", "none", one("item_data", "study_subject", "study_event", "event_crf")),
            C("user_id", "integer", "none", ints(1, N_USER)),
            C("entity_id", "integer", "none", ints(1, 150)),
            C("entity_name", "varchar(500)", "none", one("Value", "Status", "Date start", "Subject status")),
            C("reason_for_change", "varchar(1000)", "none", maybe(one("Transcription error", "Lab re-run",
                                                                      "Corrected per source"), 0.6)),
            C("audit_log_event_type_id", "integer", "none", one(1, 3, 17, 31)),
            C("old_value", "varchar(4000)", "health", _item_value),
            C("new_value", "varchar(4000)", "health", _item_value),
            C("event_crf_id", "integer", "none", fk(N_CRF, 17)),
            C("study_event_id", "integer", "none", maybe(ints(1, N_EVENT))),
        ], rows=150),
        Table(S, "subject_dosing", [
            C("subject_dosing_id", "serial PRIMARY KEY", "none", seq()),
            C("study_subject_id", "integer", "none", fk(N_SS, 3)),
            C("kit_number", "varchar(20)", "none", lambda c, i: f"K{digits(c, 6)}"),
            C("arm", "varchar(40)", "health", one("Empagliflozin 10 mg", "Standard of care")),
            C("dispensed_on", "date", "none", dates(2021, 2025)),
            C("tablets_returned", "integer", "none", ints(0, 12)),
            C("compliance_pct", "numeric(5,1)", "health", amounts(60, 100, 1)),
            C("dispensed_by", "integer", "none", fk(N_USER, 7)),
        ], rows=140, comment="site-specific extension table of the trial build",
            extra=[fkey(S, "subject_dosing", "study_subject_id", "study_subject", "study_subject_id")]),
    ]

