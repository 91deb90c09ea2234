"""x_wwcc: in-house system of an Australian state screening unit for Working With Children Checks: applicants,
applications, national criminal-history matches, risk assessments, employers and photo captures."""
from __future__ import annotations

import random

from stdnum.au import abn

from .blind20_gens import (b64tok, base32, col, day, digits, field, fk, flag, maybe, num, pick, rdate, seq, sha256_of,
                           stamp, texts)
from .gens import Table

S = "x_wwcc"
N_APP, N_APPL, N_ORG, N_STAFF = 150, 150, 90, 30

GIVEN = ["Jack", "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Lachlan", "Isla", "Cooper", "Mia", "Thi Thu",
         "Mohammed", "Priya", "Aroha", "Kirra", "Jarrah", "Ngoc Anh", "Wei", "Sione", "Chloe", "Harrison", "Ruby"]
FAMILY = ["Smith", "Nguyen", "Williams", "Brown", "Wilson", "Taylor", "Tran", "O'Connor", "Kelly", "Walker",
          "Anderson", "Papadopoulos", "Singh", "Chen", "Morgan", "Fitzgerald", "Baxter", "McKenzie", "Lee", "Ryan"]
STREETS = ["Bridge Rd", "Smith St", "Canning Hwy", "Parramatta Rd", "Sydney Rd", "Beaufort St", "Gympie Rd",
           "Lygon St", "Wattle Ave", "Banksia Cres", "Station St", "Hume Hwy"]
SUBURBS = [("Richmond", "VIC", "3121"), ("Footscray", "VIC", "3011"), ("Parramatta", "NSW", "2150"),
           ("Blacktown", "NSW", "2148"), ("Fremantle", "WA", "6160"), ("Chermside", "QLD", "4032"),
           ("Ballarat Central", "VIC", "3350"), ("Geelong West", "VIC", "3218"), ("Mildura", "VIC", "3500"),
           ("Shepparton", "VIC", "3630")]
OFFENCES = [("0211", "Assault occasioning actual bodily harm"), ("0412", "Drink driving (PCA)"),
            ("0711", "Burglary"), ("0821", "Theft from retail premises"), ("1011", "Possess cannabis"),
            ("0311", "Indecent assault"), ("1511", "Breach of intervention order"), ("0511", "Dangerous driving"),
            ("0999", "Obtain financial advantage by deception"), ("1021", "Traffick drug of dependence")]


def _phone(r: random.Random) -> str:
    n = "4" + digits(r, 8)
    return r.choice([f"0{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}"])


def _applicant(r: random.Random, i: int) -> dict:
    g, f = r.choice(GIVEN), r.choice(FAMILY)
    sub, st, pc = r.choice(SUBURBS)
    return {"g": g, "f": f, "other": r.choice([None, None, None, f"{g} {r.choice(FAMILY)}"]),
            "born": rdate(r, 1950, 2007), "addr": f"{r.choice(['', f'{r.randint(1, 30)}/'])}{r.randint(1, 240)} "
                                                  f"{r.choice(STREETS)}",
            "sub": sub, "st": st, "pc": pc, "tel": _phone(r),
            "mail": f"{g.split()[0].lower()}.{f.lower().replace(chr(39), '')}{r.randint(1, 99)}@"
                    + r.choice(["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au"]),
            "lic": digits(r, r.choice([8, 9])), "pp": r.choice([None, None, f"P{digits(r, 7)}",
                                                               f"{r.choice('NEPR')}{r.choice('ABC')}{digits(r, 7)}"])}


def _abn(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + digits(r, 8)
    v = abn.calc_check_digits(body) + body
    return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"


A = "wwcc.applicants"


def wwcc_tables() -> list[Table]:
    applicants = Table(S, "applicants", [
        col("applicant_id", "integer PRIMARY KEY", "none", seq),
        col("given_names", "varchar(100)", "person_name", field(A, _applicant, "g")),
        col("family_name", "varchar(100)", "person_name", field(A, _applicant, "f")),
        col("other_names_used", "varchar(200)", "person_name", field(A, _applicant, "other")),
        col("date_of_birth", "date", "birth_date", field(A, _applicant, "born")),
        col("gender", "varchar(12)", "none", pick(["Female", "Male", "Female", "Male", "X"])),
        col("residential_address", "varchar(200)", "postal_address", field(A, _applicant, "addr")),
        col("suburb", "varchar(60)", "none", field(A, _applicant, "sub")),
        col("state", "char(3)", "none", field(A, _applicant, "st")),
        col("postcode", "char(4)", "postal_address", field(A, _applicant, "pc")),
        col("mobile", "varchar(20)", "phone", field(A, _applicant, "tel")),
        col("email", "varchar(150)", "email", field(A, _applicant, "mail")),
        col("drivers_licence_no", "varchar(12)", "national_id", field(A, _applicant, "lic")),
        col("passport_no", "varchar(12)", "national_id", field(A, _applicant, "pp")),
        col("indigenous_status", "varchar(60)", "ethnic_origin", pick(
            ["Neither Aboriginal nor Torres Strait Islander"] * 8 + ["Aboriginal", "Torres Strait Islander",
                                                                     "Prefer not to say"])),
        col("country_of_birth", "varchar(60)", "none", pick(["Australia"] * 6 + ["Vietnam", "India", "England",
                                                                                 "New Zealand", "Greece"])),
        col("interpreter_required", "boolean", "none", flag(0.05)),
        col("created_at", "timestamptz", "none", stamp("2018-01-01", "2024-11-30")),
    ], rows=N_APP)
    staff = Table(S, "staff_users", [
        col("staff_id", "integer PRIMARY KEY", "none", seq),
        col("username", "varchar(40)", "none", lambda c, i: f"scr{1000 + i}"),
        col("display_name", "varchar(100)", "person_name", lambda c, i: f"{c.r.choice(GIVEN)} {c.r.choice(FAMILY)}"),
        col("email", "varchar(150)", "email", lambda c, i: f"{c.r.choice(GIVEN).split()[0].lower()}."
                                                           f"{c.r.choice(FAMILY).lower().replace(chr(39), '')}"
                                                           "@justice.vic.gov.au"),
        col("password_hash", "varchar(200)", "credentials", lambda c, i: "$argon2id$v=19$m=65536,t=3,p=4$"
                                                                         + b64tok(16)(c, i) + "$" + b64tok(32)(c, i)),
        col("mfa_secret", "varchar(32)", "secret_token", base32(32)),
        col("last_login_ip", "inet", "ip_address", lambda c, i: f"10.{c.r.randint(20, 40)}.{c.r.randint(0, 255)}"
                                                                 f".{c.r.randint(1, 254)}"),
        col("active", "boolean", "none", flag(0.9)),
    ], rows=N_STAFF)
    applications = Table(S, "applications", [
        col("application_id", "integer PRIMARY KEY", "none", seq),
        col("applicant_id", "integer NOT NULL", "none", lambda c, i: i),
        col("lodged_at", "timestamptz", "none", stamp("2019-01-01", "2024-11-30")),
        col("check_type", "varchar(12)", "none", pick(["Employee", "Volunteer", "Volunteer"])),
        col("lodgement_ref", "varchar(20)", "none", lambda c, i: f"WWC-{c.r.randint(19, 24)}-{digits(c.r, 7)}"),
        col("fee_paid", "numeric(6,2)", "none", pick([0.0, 0.0, 138.30, 140.70])),
        col("receipt_no", "varchar(20)", "none", maybe(0.6, lambda c, i: f"AP{digits(c.r, 9)}")),
        col("id_verified_by", "integer", "none", fk(N_STAFF)),
        col("status", "varchar(20)", "none", pick(["Cleared"] * 8 + ["In progress", "Interim bar", "Barred",
                                                                     "Withdrawn"])),
        col("decision_date", "date", "none", maybe(0.85, day("2019-02-01", "2024-11-30"))),
        col("card_number", "varchar(12)", "none", lambda c, i: f"{digits(c.r, 7)}A-{c.r.randint(1, 9):02d}"),
        col("card_expiry", "date", "none", day("2024-12-01", "2029-11-30")),
    ], rows=N_APPL, extra=[
        f"ALTER TABLE {S}.applications ADD FOREIGN KEY (applicant_id) REFERENCES {S}.applicants (applicant_id)",
        f"ALTER TABLE {S}.applications ADD FOREIGN KEY (id_verified_by) REFERENCES {S}.staff_users (staff_id)"])

    def off(k: int):
        return lambda c, i: OFFENCES[(i * 3) % len(OFFENCES)][k]

    matches = Table(S, "criminal_history_matches", [
        col("match_id", "integer PRIMARY KEY", "none", seq),
        col("application_id", "integer NOT NULL", "none", fk(N_APPL)),
        col("source_jurisdiction", "char(3)", "none", pick(["VIC", "VIC", "NSW", "QLD", "WA", "SA"])),
        col("anzsoc_code", "char(4)", "criminal_record", off(0)),
        col("offence_description", "varchar(200)", "criminal_record", off(1)),
        col("court", "varchar(80)", "criminal_record", pick(["Melbourne Magistrates' Court", "County Court of Victoria",
                                                            "Sunshine Magistrates' Court", "Local Court Parramatta",
                                                            "Childrens Court"])),
        col("outcome_date", "date", "none", day("1994-01-01", "2024-06-30")),
        col("sentence", "varchar(200)", "criminal_record", pick(["Fine $800, conviction recorded",
                                                                "Good behaviour bond 12 months, no conviction",
                                                                "CCO 18 months", "Imprisonment 2 years (1 suspended)",
                                                                "Licence cancelled 12 months", "Diversion"])),
        col("schedule_category", "varchar(20)", "criminal_record", pick(["Not relevant", "Category B",
                                                                        "Category A", "Category C"])),
        col("npcs_reference", "varchar(20)", "none", lambda c, i: f"NPC{digits(c.r, 10)}"),
    ], rows=120, extra=[
        f"ALTER TABLE {S}.criminal_history_matches ADD FOREIGN KEY (application_id) "
        f"REFERENCES {S}.applications (application_id)"])
    assessments = Table(S, "risk_assessments", [
        col("assessment_id", "integer PRIMARY KEY", "none", seq),
        col("application_id", "integer NOT NULL", "none", fk(N_APPL)),
        col("assessor_id", "integer NOT NULL", "none", fk(N_STAFF)),
        col("assessed_on", "date", "none", day("2019-02-01", "2024-11-30")),
        col("risk_rating", "varchar(10)", "none", pick(["Low", "Low", "Medium", "High"])),
        col("offence_summary", "text", "criminal_record", texts(
            "Single {o} matter, {y} years ago; no pattern. Recommend clear.",
            "Two prior matters ({o}; {o2}). Offending predates current role by {y} years.",
            "Pending charge of {o} — exceptional assessment required.",
            o=[x[1].lower() for x in OFFENCES], o2=[x[1].lower() for x in OFFENCES], y=["4", "9", "15", "22"])),
        col("health_reports_considered", "text", "health", maybe(0.3, pick(
            ["Psychologist report: treated for alcohol dependence 2016-17, abstinent since.",
             "GP letter re bipolar disorder, stable on lithium.", "Drug & alcohol counselling completion letter"]))),
        col("correspondence_notes", "text", "free_text_may_contain_pii", texts(
            "Spoke to referee {g} {f} on {p}.", "Applicant emailed submissions from {m}.",
            "Employer contact {g} {f} advised role is supervised.", "",
            g=GIVEN, f=FAMILY, p=["0412 558 903", "(03) 9651 2270"], m=["kirra.b77@gmail.com", "jwalker@bigpond.com"])),
    ], rows=110, extra=[
        f"ALTER TABLE {S}.risk_assessments ADD FOREIGN KEY (application_id) REFERENCES {S}.applications (application_id)",
        f"ALTER TABLE {S}.risk_assessments ADD FOREIGN KEY (assessor_id) REFERENCES {S}.staff_users (staff_id)"])
    orgs = Table(S, "organisations", [
        col("org_id", "integer PRIMARY KEY", "none", seq),
        col("legal_name", "varchar(150)", "none", lambda c, i: c.r.choice(
            ["Goodstart Early Learning", "Richmond Football Club Juniors", "St Brigid's Primary School",
             "Little Wattles Childcare Pty Ltd", "YMCA Ballarat", "Scouts Victoria - 1st Footscray",
             "Mildura Swim Club Inc", "Shepparton Tutoring Co"]) + (f" ({i})" if c.r.random() < 0.3 else "")),
        col("abn", "varchar(14)", "none", lambda c, i: _abn(c.r)),
        col("sector", "varchar(40)", "none", pick(["Childcare", "Education", "Sport & recreation", "Religious",
                                                   "Tutoring", "Youth services"])),
        col("street_address", "varchar(200)", "none", lambda c, i: f"{c.r.randint(1, 400)} {c.r.choice(STREETS)}"),
        col("suburb", "varchar(60)", "none", lambda c, i: c.r.choice(SUBURBS)[0]),
        col("phone", "varchar(20)", "none", lambda c, i: f"(03) {digits(c.r, 4)} {digits(c.r, 4)}"),
        col("general_email", "varchar(150)", "none", pick(["admin@littlewattles.com.au", "office@stbrigids.vic.edu.au",
                                                           "juniors@richmondfc.com.au", "info@ymcaballarat.org.au"])),
        col("contact_person", "varchar(100)", "person_name", lambda c, i: f"{c.r.choice(GIVEN)} {c.r.choice(FAMILY)}"),
        col("contact_mobile", "varchar(20)", "phone", lambda c, i: _phone(c.r)),
        col("verified", "boolean", "none", flag(0.8)),
    ], rows=N_ORG)
    links = Table(S, "employment_links", [
        col("link_id", "integer PRIMARY KEY", "none", seq),
        col("applicant_id", "integer NOT NULL", "none", fk(N_APP)),
        col("org_id", "integer NOT NULL", "none", fk(N_ORG)),
        col("role_title", "varchar(80)", "none", pick(["Educator", "Coach", "Volunteer", "Tutor", "Bus driver"])),
        col("start_date", "date", "none", day("2015-01-01", "2024-11-30")),
        col("notified_of_bar", "boolean", "none", flag(0.03)),
    ], rows=150, extra=[
        f"ALTER TABLE {S}.employment_links ADD FOREIGN KEY (applicant_id) REFERENCES {S}.applicants (applicant_id)",
        f"ALTER TABLE {S}.employment_links ADD FOREIGN KEY (org_id) REFERENCES {S}.organisations (org_id)"])
    photos = Table(S, "photo_captures", [
        col("capture_id", "integer PRIMARY KEY", "none", seq),
        col("applicant_id", "integer NOT NULL", "none", fk(N_APP)),
        col("captured_at", "timestamptz", "none", stamp("2019-01-01", "2024-11-30")),
        col("service_centre", "varchar(60)", "none", pick(["Australia Post Bourke St", "Australia Post Ballarat",
                                                           "Australia Post Mildura"])),
        col("face_template", "text", "biometric", b64tok(96, False)),
        col("image_sha256", "char(64)", "none", sha256_of),
        col("quality_score", "numeric(4,3)", "none", num(0.5, 0.99, 3)),
    ], rows=120, extra=[
        f"ALTER TABLE {S}.photo_captures ADD FOREIGN KEY (applicant_id) REFERENCES {S}.applicants (applicant_id)"])
    return [applicants, staff, applications, matches, assessments, orgs, links, photos]
