"""w_opencats: OpenCATS, the open-source applicant tracking system (legacy MySQL-style tables), run by an IT
recruitment agency in Bengaluru that places engineers with product companies and global capability centres.

The agency keeps the optional EEO fields on for one US client's diversity reports, and stores PAN, Aadhaar and
CTC in OpenCATS "extra fields". PAN numbers follow the AAAPL9999A shape; Aadhaar numbers carry Verhoeff checks.
"""
from __future__ import annotations

from .blind19_gens import (
    CITIES, const, fk, fkey, hexstr, integer, maybe, person, pf, pick, seq, template, ts, wpick,
)
from .gens import Col, Table

S = "w_opencats"
U, K, CA = "oc_user", "oc_contact", "oc_cand"
N_USERS, N_COMP, N_CONT, N_CAND, N_JOBS = 14, 90, 120, 150, 100

COMPANIES = ["Thoughtworks Technologies (India) Pvt Ltd", "Razorpay Software Pvt Ltd", "Swiggy (Bundl Technologies)",
             "Freshworks Technologies", "Zoho Corporation", "Target Corporation India", "Lowe's India GCC",
             "Tesco Bengaluru", "Mindtree Ltd", "Infosys BPM", "Flipkart Internet Pvt Ltd", "PhonePe Pvt Ltd",
             "Meesho (Fashnear Technologies)", "Zerodha Broking", "CRED (Dreamplug)", "Intuit India",
             "Walmart Global Tech India", "Sasken Technologies", "Tata Elxsi", "Mu Sigma Business Solutions"]
SKILLS = ["Java, Spring Boot, Microservices, Kafka, AWS", "React, TypeScript, Redux, Node.js",
          "Python, Django, PostgreSQL, Celery", "SAP ABAP, HANA, Fiori", "Embedded C, AUTOSAR, CAN, RTOS",
          "Selenium, TestNG, Rest Assured, Jenkins", "Golang, Kubernetes, gRPC, Terraform",
          "Data Engineering, Spark, Airflow, Snowflake", "Android, Kotlin, Jetpack Compose", ".NET Core, C#, Azure"]
TITLES = ["Senior Software Engineer - Backend", "SDE II (Java)", "Lead QA Automation", "Staff Data Engineer",
          "Engineering Manager", "Frontend Developer (React)", "DevOps Engineer", "SAP ABAP Consultant",
          "Embedded Software Engineer", "Product Analyst"]
CAND_NOTES = [
    "Spoke to {f} on {tel}. Notice period 60 days, can buyout. Expecting 32 LPA fixed.",
    "{f} has offer in hand from Infosys, 28 LPA. Call only after 6 pm. Alt mail {mail}",
    "Good communication. Relocation to Pune ok. Mother unwell so prefers WFH 2 days.",
    "Referred by {f}. Screening done, L1 scheduled with client on Friday.",
    "Not responding on phone, WhatsApp sent to {tel}.",
    "Serving notice, LWD 15th. Payslips and relieving letter pending.",
]
ACT_NOTES = ["Added candidate to pipeline.", "Status changed to Submitted.", "Left voicemail.",
             "Client feedback: strong on DSA, weak on system design.", "Scheduled event: L2 interview.",
             "Candidate withdrew - counter offer from current employer.", "Email sent to candidate."]
STATES = {"Bengaluru": "Karnataka", "Chennai": "Tamil Nadu", "Hyderabad": "Telangana", "Pune": "Maharashtra",
          "Kochi": "Kerala"}
ETHNIC = ["American Indian", "Asian or Pacific Islander", "Hispanic or Latino", "Non-Hispanic Black",
          "Non-Hispanic White"]


def _cand(field):
    return pf(CA, field, "in")


def _cand_note(c, i):
    p = person(c, CA, i, "in")
    return c.r.choice(CAND_NOTES).format(f=p["first"], tel=p["phone"], mail=p["user"] + "@yahoo.in")


def _resume(c, i):
    p = person(c, CA, i, "in")
    return (f"{p['first'].upper()} {p['last'].upper()}\n{p['street']}, {p['city']} - {p['pc']}\n"
            f"Mobile: {p['phone']} | Email: {p['email']}\n\nPROFESSIONAL SUMMARY\n"
            f"{c.r.randint(3, 14)} years of experience in {c.r.choice(SKILLS)}.\n\nEDUCATION\n"
            f"B.E. Computer Science, {c.r.choice(['RVCE', 'PES University', 'BMSCE', 'NIT Trichy', 'VIT Vellore'])}")


def _extra(c, i):
    return ["PAN Number", "Aadhaar No", "Notice Period", "Expected CTC", "PAN Number", "Aadhaar No",
            "PAN Number", "Date of Birth", "Aadhaar No", "Notice Period"][(i - 1) % 10]


def _extra_value(c, i):
    p = person(c, CA, (i - 1) * 7 % N_CAND + 1, "in")
    name = _extra(c, i)
    if name == "PAN Number":
        return p["pan"]
    if name == "Aadhaar No":
        return p["id"]
    if name == "Date of Birth":
        return p["born"].strftime("%d/%m/%Y")
    if name == "Notice Period":
        return c.r.choice(["30 days", "60 days", "90 days", "Immediate", "Serving - LWD 30/06"])
    return f"{c.r.randint(12, 60)} LPA"


def _company_addr(c, i):
    return f"{c.r.choice(['Embassy Tech Village', 'Bagmane Tech Park', 'RMZ Ecoworld', 'Manyata Tech Park'])}, " \
           f"Block {c.r.choice('ABCDEFG')}, {c.r.choice(['Outer Ring Road', 'CV Raman Nagar', 'Bellandur'])}"


def tables() -> list[Table]:
    site = Table(S, "site", [
        Col("site_id", "int PRIMARY KEY", "none", seq),
        Col("name", "varchar(255)", "none", pick("TalentBridge Bengaluru", "TalentBridge Pune")),
        Col("is_demo", "int", "none", const(0)),
        Col("unix_name", "varchar(128)", "none", pick("talentbridge", "tb_pune")),
        Col("time_zone", "int", "none", const(5)),
        Col("date_format_ddmmyy", "int", "none", const(1)),
        Col("is_hr_mode", "int", "none", const(0)),
        Col("file_size_kb", "int", "none", integer(100_000, 900_000)),
        Col("localization_configured", "int", "none", const(1)),
    ], rows=2)
    user = Table(S, "user", [
        Col("user_id", "int PRIMARY KEY", "none", seq),
        Col("site_id", "int", "none", fk(2)),
        Col("user_name", "varchar(64)", "none", lambda c, i: person(c, U, i, "in")["user"]),
        Col("email", "varchar(128)", "email", lambda c, i: person(c, U, i, "in")["user"] + "@talentbridge.co.in"),
        Col("password", "varchar(128)", "credentials", hexstr(32)),
        Col("access_level", "int", "none", pick(100, 200, 300, 400, 500)),
        Col("can_change_password", "int", "none", const(1)),
        Col("last_name", "varchar(40)", "person_name", pf(U, "last", "in")),
        Col("first_name", "varchar(40)", "person_name", pf(U, "first", "in")),
        Col("session_cookie", "varchar(48)", "secret_token", maybe(0.7, lambda c, i: "CATS=" + hexstr(32)(c, i))),
        Col("force_logout", "int", "none", const(0)),
        Col("title", "varchar(64)", "none", pick("Recruiter", "Sr. Recruiter", "Delivery Lead", "Sourcer")),
        Col("phone_work", "varchar(64)", "phone",
            lambda c, i: f"080-4{c.r.randint(100, 999)} {c.r.randint(1000, 9999)}"),
        Col("phone_cell", "varchar(64)", "phone", pf(U, "phone", "in")),
        Col("can_see_eeo_info", "int", "none", wpick([(0, 3), (1, 1)])),
    ], rows=N_USERS, extra=[fkey(S, "user", "site_id", "site", "site_id")])
    company = Table(S, "company", [
        Col("company_id", "int PRIMARY KEY", "none", seq),
        Col("site_id", "int", "none", const(1)),
        Col("billing_contact", "int", "none", maybe(0.5, fk(N_CONT))),
        Col("name", "varchar(64)", "none", lambda c, i: COMPANIES[(i - 1) % len(COMPANIES)]
            + ("" if i <= len(COMPANIES) else f" - {c.r.choice(['Hyderabad', 'Pune', 'Chennai', 'Gurugram'])}")),
        Col("address", "text", "none", _company_addr),
        Col("city", "varchar(64)", "none", lambda c, i: c.r.choice(CITIES["in"])[1]),
        Col("state", "varchar(64)", "none", pick("KA", "TN", "TS", "MH")),
        Col("zip", "varchar(16)", "none", lambda c, i: c.r.choice(CITIES["in"])[0]),
        Col("phone1", "varchar(40)", "none", lambda c, i: f"080-{c.r.randint(2000, 6999)} {c.r.randint(1000, 9999)}"),
        Col("phone2", "varchar(40)", "none", maybe(
            0.2, lambda c, i: f"1800-{c.r.randint(100, 999)}-{c.r.randint(1000, 9999)}")),
        Col("url", "varchar(128)", "none", pick("https://www.thoughtworks.com", "https://razorpay.com",
                                               "https://www.freshworks.com", "https://careers.tesco.com")),
        Col("key_technologies", "text", "none", pick(*SKILLS)),
        Col("notes", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice([
            "MSA signed till Mar-2026. 8.33% fee on CTC. Invoices to {n} in AP, {tel}",
            "Replacement guarantee 90 days. SPOC: {n}", "Do not submit ex-employees within 12 months.",
            "Payment terms 45 days. Escalation: {n} ({tel})"]).format(
                n=f"{c.r.choice(['Rakesh', 'Shruti', 'Vinay', 'Geetha'])} {c.r.choice(['Menon', 'Rao', 'Iyer'])}",
                tel=f"98{c.r.randint(100, 999)} {c.r.randint(10000, 99999)}")),
        Col("entered_by", "int", "none", fk(N_USERS)),
        Col("owner", "int", "none", fk(N_USERS)),
        Col("date_created", "timestamp", "none", ts(2019, 2024)),
        Col("is_hot", "int", "none", pick(0, 0, 1)),
        Col("fax_number", "varchar(40)", "none", maybe(0.1, lambda c, i: f"080-2{c.r.randint(100, 999)} 4400", "")),
    ], rows=N_COMP)
    contact = Table(S, "contact", [
        Col("contact_id", "int PRIMARY KEY", "none", seq),
        Col("company_id", "int", "none", fk(N_COMP)),
        Col("site_id", "int", "none", const(1)),
        Col("last_name", "varchar(40)", "person_name", pf(K, "last", "in")),
        Col("first_name", "varchar(40)", "person_name", pf(K, "first", "in")),
        Col("title", "varchar(64)", "none", pick("TA Lead", "HR Business Partner", "Engineering Manager",
                                                 "Director - Talent Acquisition", "Hiring Manager")),
        Col("email1", "varchar(128)", "email", lambda c, i: person(c, K, i, "in")["user"] + "@" + c.r.choice(
            ["thoughtworks.com", "razorpay.com", "freshworks.com", "tesco.com", "zohocorp.com"])),
        Col("email2", "varchar(128)", "email", maybe(0.2, pf(K, "email", "in"), "")),
        Col("phone_work", "varchar(40)", "phone",
            lambda c, i: f"080-{c.r.randint(2000, 6999)} {c.r.randint(1000, 9999)}"
            f" Ext {c.r.randint(100, 999)}"),
        Col("phone_cell", "varchar(40)", "phone", pf(K, "phone", "in")),
        Col("address", "text", "none", maybe(0.3, _company_addr, "")),
        Col("city", "varchar(64)", "none", pick("Bengaluru", "Chennai", "Hyderabad")),
        Col("is_hot", "int", "none", pick(0, 1)),
        Col("notes", "text", "none", maybe(0.4, pick("Prefers calls after 11", "Only via LinkedIn InMail",
                                                     "Moved to Gurugram office", ""), "")),
        Col("left_company", "int", "none", wpick([(0, 9), (1, 1)])),
        Col("reports_to", "int", "none", maybe(0.3, fk(N_CONT), -1)),
        Col("date_created", "timestamp", "none", ts(2019, 2025)),
    ], rows=N_CONT, extra=[fkey(S, "contact", "company_id", "company", "company_id")])
    eeo = Table(S, "eeo_ethnic_type", [
        Col("eeo_ethnic_type_id", "int PRIMARY KEY", "none", seq),
        Col("type", "varchar(128)", "none", lambda c, i: ETHNIC[i - 1]),
    ], rows=5)
    cand = Table(S, "candidate", [
        Col("candidate_id", "int PRIMARY KEY", "none", seq),
        Col("site_id", "int", "none", const(1)),
        Col("last_name", "varchar(40)", "person_name", _cand("last")),
        Col("first_name", "varchar(40)", "person_name", _cand("first")),
        Col("middle_name", "varchar(40)", "person_name", maybe(0.15, pick("Kumar", "Devi", "Prasad", "Bai"), "")),
        Col("phone_home", "varchar(40)", "phone", maybe(0.2, lambda c, i: f"080-2{c.r.randint(100, 999)} "
                                                       f"{c.r.randint(1000, 9999)}", "")),
        Col("phone_cell", "varchar(40)", "phone", _cand("phone")),
        Col("phone_work", "varchar(40)", "phone", maybe(0.1, lambda c, i: f"+91 80 6{c.r.randint(100, 999)} "
                                                       f"{c.r.randint(1000, 9999)}", "")),
        Col("address", "text", "postal_address", maybe(0.7, _cand("street"), "")),
        Col("city", "varchar(64)", "none", _cand("city")),
        Col("state", "varchar(64)", "none", lambda c, i: STATES[person(c, CA, i, "in")["city"]]),
        Col("zip", "varchar(16)", "postal_address", maybe(0.7, _cand("pc"), "")),
        Col("source", "varchar(64)", "none", pick("Naukri", "LinkedIn", "Referral", "Instahyre", "Walk-in", "IIMJobs")),
        Col("date_available", "date", "none", maybe(0.5, ts(2024, 2025, True))),
        Col("can_relocate", "int", "none", pick(0, 1)),
        Col("notes", "text", "free_text_may_contain_pii", maybe(0.8, _cand_note, "")),
        Col("key_skills", "text", "none", pick(*SKILLS)),
        Col("current_employer", "varchar(128)", "none", pick("Infosys", "TCS", "Wipro", "Accenture", "Cognizant",
                                                             "HCLTech", "Capgemini", "Startup", "")),
        Col("entered_by", "int", "none", fk(N_USERS)),
        Col("owner", "int", "none", fk(N_USERS)),
        Col("date_created", "timestamp", "none", ts(2020, 2025)),
        Col("date_modified", "timestamp", "none", ts(2024, 2025)),
        Col("email1", "varchar(128)", "email", _cand("email")),
        Col("email2", "varchar(128)", "email", maybe(0.15, lambda c, i: person(c, CA, i, "in")["user"]
                                                     + "@infosys.com", "")),
        Col("web_site", "varchar(128)", "person_name", maybe(0.5, lambda c, i: "https://www.linkedin.com/in/"
            + f"{person(c, CA, i, 'in')['first']}-{person(c, CA, i, 'in')['last']}".lower()
            + f"-{hexstr(6)(c, i)}", "")),
        Col("is_hot", "int", "none", pick(0, 0, 1)),
        Col("eeo_ethnic_type_id", "int", "ethnic_origin", maybe(0.25, lambda c, i: 2 if c.r.random() < .9 else 5)),
        Col("eeo_veteran_type_id", "int", "none", maybe(0.25, pick(1, 2), 0)),
        Col("eeo_disability_status", "varchar(5)", "health", maybe(0.25, wpick([("N", 9), ("Y", 1)]), "")),
        Col("eeo_gender", "char(1)", "none", maybe(0.25, lambda c, i: person(c, CA, i, "in")["sex"], "")),
        Col("desired_pay", "varchar(64)", "none", maybe(0.7, lambda c, i: f"{c.r.randint(12, 70)} LPA", "")),
        Col("current_pay", "varchar(64)", "none", maybe(0.7, lambda c, i: f"{c.r.randint(8, 55)} LPA", "")),
        Col("is_active", "int", "none", const(1)),
        Col("best_time_to_call", "varchar(128)", "none", maybe(0.3, pick("after 6 pm", "lunch hour", "weekends"), "")),
    ], rows=N_CAND, extra=[fkey(S, "candidate", "eeo_ethnic_type_id", "eeo_ethnic_type", "eeo_ethnic_type_id")])
    jobs = Table(S, "joborder", [
        Col("joborder_id", "int PRIMARY KEY", "none", seq),
        Col("recruiter", "int", "none", fk(N_USERS)),
        Col("contact_id", "int", "none", fk(N_CONT)),
        Col("company_id", "int", "none", fk(N_COMP)),
        Col("client_job_id", "varchar(32)", "none", maybe(0.6, lambda c, i: f"REQ-{c.r.randint(10000, 99999)}", "")),
        Col("title", "varchar(64)", "none", pick(*TITLES)),
        Col("description", "text", "none", template([
            "We are looking for a {t} with {y}+ years. Skills: {s}. Hybrid, 3 days from office.",
            "Role: {t}\nExperience: {y}-{y}+4 yrs\nMust have: {s}\nNotice: max 30 days"],
            t=TITLES, y=["3", "5", "7", "10"], s=SKILLS)),
        Col("type", "varchar(64)", "none", pick("H", "C", "C2H", "FL")),
        Col("rate_max", "varchar(255)", "none", maybe(0.3, pick("1800/hr", "2500/hr"), "")),
        Col("salary", "varchar(64)", "none", pick("25-35 LPA", "18-24 LPA", "40-55 LPA", "Best in industry")),
        Col("status", "varchar(16)", "none", pick("Active", "OnHold", "Full", "Closed", "Upcoming")),
        Col("openings", "int", "none", integer(1, 12)),
        Col("city", "varchar(64)", "none", pick("Bengaluru", "Pune", "Hyderabad", "Chennai", "Remote")),
        Col("start_date", "date", "none", maybe(0.5, ts(2024, 2025, True))),
        Col("date_created", "timestamp", "none", ts(2023, 2025)),
        Col("public", "int", "none", pick(0, 1)),
    ], rows=N_JOBS, extra=[fkey(S, "joborder", "company_id", "company", "company_id"),
                           fkey(S, "joborder", "contact_id", "contact", "contact_id")])
    pipe = Table(S, "candidate_joborder", [
        Col("candidate_joborder_id", "int PRIMARY KEY", "none", seq),
        Col("candidate_id", "int", "none", fk(N_CAND)),
        Col("joborder_id", "int", "none", fk(N_JOBS)),
        Col("site_id", "int", "none", const(1)),
        Col("status", "int", "none", pick(100, 200, 250, 300, 400, 500, 600, 650, 700, 800)),
        Col("date_submitted", "timestamp", "none", maybe(0.6, ts(2024, 2025))),
        Col("date_created", "timestamp", "none", ts(2024, 2025)),
        Col("rating_value", "int", "none", pick(-1, 0, 1, 2, 3, 4, 5)),
        Col("added_by", "int", "none", fk(N_USERS)),
    ], rows=150, extra=[fkey(S, "candidate_joborder", "candidate_id", "candidate", "candidate_id"),
                        fkey(S, "candidate_joborder", "joborder_id", "joborder", "joborder_id")])
    activity = Table(S, "activity", [
        Col("activity_id", "int PRIMARY KEY", "none", seq),
        Col("data_item_id", "int", "none", fk(N_CAND)),
        Col("data_item_type", "int", "none", const(100)),
        Col("joborder_id", "int", "none", maybe(0.7, fk(N_JOBS), -1)),
        Col("entered_by", "int", "none", fk(N_USERS)),
        Col("date_created", "timestamp", "none", ts(2024, 2025)),
        Col("type", "int", "none", pick(100, 200, 300, 400, 500)),
        Col("notes", "text", "none", pick(*ACT_NOTES)),
    ], rows=140)
    attach = Table(S, "attachment", [
        Col("attachment_id", "int PRIMARY KEY", "none", seq),
        Col("data_item_id", "int", "none", seq),
        Col("data_item_type", "int", "none", const(100)),
        Col("title", "varchar(128)", "none", lambda c, i: f"{person(c, CA, i, 'in')['first']}_Resume"),
        Col("original_filename", "varchar(255)", "person_name", lambda c, i: "{}_{}_CV_{}.pdf".format(
            person(c, CA, i, "in")["first"], person(c, CA, i, "in")["last"], c.r.choice(["2024", "latest", "v2"]))),
        Col("stored_filename", "varchar(255)", "none", lambda c, i: f"{hexstr(32)(c, i)}.pdf"),
        Col("content_type", "varchar(255)", "none", pick("application/pdf", "application/msword")),
        Col("resume", "int", "none", const(1)),
        Col("text", "text", "free_text_may_contain_pii", _resume),
        Col("date_created", "timestamp", "none", ts(2020, 2025)),
        Col("md5_sum", "varchar(40)", "none", hexstr(32)),
        Col("file_size_kb", "int", "none", integer(40, 900)),
    ], rows=120, extra=[fkey(S, "attachment", "data_item_id", "candidate", "candidate_id")])
    extra = Table(S, "extra_field", [
        Col("extra_field_id", "int PRIMARY KEY", "none", seq),
        Col("data_item_id", "int", "none", lambda c, i: (i - 1) * 7 % N_CAND + 1),
        Col("field_name", "varchar(255)", "none", _extra),
        Col("value", "text", "national_id", _extra_value),
        Col("site_id", "int", "none", const(1)),
        Col("data_item_type", "int", "none", const(100)),
    ], rows=140, extra=[fkey(S, "extra_field", "data_item_id", "candidate", "candidate_id")])
    cal = Table(S, "calendar_event", [
        Col("calendar_event_id", "int PRIMARY KEY", "none", seq),
        Col("type", "int", "none", pick(100, 200, 300, 400)),
        Col("date", "timestamp", "none", ts(2024, 2025)),
        Col("title", "text", "person_name", lambda c, i: "L{} Interview - {}".format(
            c.r.randint(1, 3), " ".join(person(c, CA, c.r.randint(1, N_CAND), "in")[k] for k in ("first", "last")))),
        Col("all_day", "int", "none", const(0)),
        Col("data_item_id", "int", "none", fk(N_CAND)),
        Col("entered_by", "int", "none", fk(N_USERS)),
        Col("joborder_id", "int", "none", fk(N_JOBS)),
        Col("description", "text", "none", maybe(0.5, pick("Teams link shared by client", "F2F at client office",
                                                          "Coding round on HackerRank"), "")),
        Col("duration", "int", "none", pick(30, 45, 60, 90)),
        Col("reminder_enabled", "int", "none", pick(0, 1)),
        Col("reminder_email", "text", "email", maybe(0.5, lambda c, i: person(c, U, c.r.randint(1, N_USERS),
                                                                                      "in")["user"]
                                                     + "@talentbridge.co.in", "")),
        Col("public", "int", "none", pick(0, 1)),
    ], rows=110, extra=[fkey(S, "calendar_event", "entered_by", "user", "user_id")])
    return [site, user, company, contact, eeo, cand, jobs, pipe, activity, attach, extra, cal]


opencats_tables = tables
