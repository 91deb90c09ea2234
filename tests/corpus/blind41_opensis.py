"""aq_opensis: openSIS Classic (student information system) as recalled from memory, for a private primary and
secondary school in Cole Bay, Sint Maarten. Students' social_security field holds the Sint Maarten persoonsnummer."""
from __future__ import annotations

from .blind26_gens import C, const, dates, digits, fk, fkey, ints, maybe, md5, one, seq, stamps
from .blind41_gens import any_name, person
from .gens import Table

S = "aq_opensis"
STU, PAR, STF = "os.student", "os.parent", "os.staff"
N_SCH, N_STAFF, N_STU, N_PAR = 4, 60, 150, 140
SCHOOLS = [("Caribbean Academy Primary", "#14 Welfare Road"), ("Caribbean Academy Secondary", "#16 Welfare Road"),
           ("Caribbean Academy Pre-School", "#3 Bush Road"), ("Caribbean Academy Evening Programme",
                                                              "#16 Welfare Road")]


def _visit_comment(c, i):
    return c.r.choice([None, "Ice pack applied, back to class.", "Inhaler used, parent informed.",
                       f"Sent home, picked up by aunt {any_name('sx')(c, i)}.",
                       f"Mother ({person('sx', PAR, 'full')(c, fk(N_PAR, 3)(c, i))}) called on "
                       f"{person('sx', PAR, 'mobile')(c, fk(N_PAR, 3)(c, i))}", "Temperature 38.4, sent home."])


def _referral_comment(c, i):
    return c.r.choice(["Pushing in the line at lunch.", "Refused to hand in phone during test.",
                       f"Fight with {person('sx', STU, 'full', 2007, 2019)(c, c.r.randint(1, N_STU))} in the yard.",
                       "Late to class for the fifth time.", "Uniform violation.",
                       f"Parent meeting with {person('sx', PAR, 'full')(c, c.r.randint(1, N_PAR))} scheduled."])


def opensis_tables() -> list[Table]:
    s = lambda f: person("sx", STU, f, 2007, 2019)          # noqa: E731
    p = lambda f: person("sx", PAR, f, 1968, 1996)          # noqa: E731
    t = lambda f: person("sx", STF, f, 1960, 1999)          # noqa: E731
    return [
        Table(S, "schools", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("syear", "integer", "none", const(2024)),
            C("title", "varchar(100)", "none", lambda c, i: SCHOOLS[i - 1][0]),
            C("address", "varchar(100)", "none", lambda c, i: SCHOOLS[i - 1][1]),
            C("city", "varchar(100)", "none", const("Cole Bay")),
            C("state", "varchar(10)", "none", const("SX")),
            C("zipcode", "varchar(10)", "none", const("")),
            C("phone", "varchar(30)", "none", lambda c, i: f"(721) 544-{3300 + i}"),
            C("principal", "varchar(100)", "person_name", lambda c, i: t("full")(c, i)),
            C("www_address", "varchar(100)", "none", const("www.caribbeanacademy.sx")),
            C("e_mail", "varchar(100)", "none", lambda c, i: f"office{i}@caribbeanacademy.sx"),
            C("reporting_gp_scale", "numeric(10,3)", "none", const(4)),
        ], rows=N_SCH),
        Table(S, "staff", [
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("current_school_id", "integer", "none", fk(N_SCH, 1)),
            C("title", "varchar(5)", "none", lambda c, i: "Mr." if t("sex")(c, i) == "M" else "Ms."),
            C("first_name", "varchar(100)", "person_name", t("first")),
            C("last_name", "varchar(100)", "person_name", t("last")),
            C("middle_name", "varchar(100)", "person_name", maybe(lambda c, i: c.r.choice(["A.", "J.", "Maria", "Lee"]),
                                                                  0.3)),
            C("phone", "varchar(100)", "phone", t("mobile")),
            C("email", "varchar(100)", "email", lambda c, i: t("user")(c, i) + "@caribbeanacademy.sx"),
            C("profile", "varchar(30)", "none", one("teacher", "teacher", "teacher", "admin")),
            C("homeroom", "varchar(5)", "none", maybe(lambda c, i: f"{c.r.randint(1, 6)}{c.r.choice('AB')}")),
            C("birthdate", "date", "birth_date", t("birth")),
            C("gender", "varchar(8)", "none", lambda c, i: "Male" if t("sex")(c, i) == "M" else "Female"),
            C("physical_disability", "varchar(1)", "health", one("N", "N", "N", "N", "Y")),
            C("disability_desc", "varchar(225)", "health", maybe(one("Hearing impaired, left ear", "Wheelchair user",
                                                                      "Type 1 diabetes"), 0.1)),
            C("is_disable", "varchar(10)", "none", maybe(const("Y"), 0.05)),
        ], rows=N_STAFF, extra=[fkey(S, "staff", "current_school_id", "schools", "id")]),
        Table(S, "login_authentication", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", lambda c, i: i if i <= N_STAFF else i - N_STAFF),
            C("profile_id", "integer", "none", lambda c, i: 2 if i <= N_STAFF else 4),
            C("username", "varchar(100)", "none", lambda c, i: t("user")(c, i) if i <= N_STAFF
              else p("user")(c, i - N_STAFF)),
            C("password", "varchar(100)", "credentials", lambda c, i: md5(c)),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("failed_login", "integer", "none", ints(0, 4)),
        ], rows=140),
        Table(S, "students", [
            C("student_id", "integer PRIMARY KEY", "none", seq()),
            C("last_name", "varchar(50)", "person_name", s("last")),
            C("first_name", "varchar(50)", "person_name", s("first")),
            C("middle_name", "varchar(50)", "person_name", maybe(lambda c, i: s("last2")(c, i), 0.4)),
            C("name_suffix", "varchar(3)", "none", maybe(const("Jr"), 0.05)),
            C("gender", "varchar(8)", "none", lambda c, i: "Male" if s("sex")(c, i) == "M" else "Female"),
            C("ethnicity", "varchar(40)", "ethnic_origin", one("Afro-Caribbean", "Afro-Caribbean", "Hispanic",
                                                               "Indian", "Mixed", "Haitian", "Chinese", "White")),
            C("common_name", "varchar(50)", "person_name", maybe(one("Dee", "Jojo", "Tiny", "Kiki", "Bigs"), 0.2)),
            C("social_security", "varchar(20)", "national_id", s("natid")),
            C("birthdate", "date", "birth_date", s("birth")),
            C("language", "varchar(40)", "none", one("English", "English", "Dutch", "Spanish", "Papiamentu",
                                                     "Haitian Creole")),
            C("estimated_grad_date", "date", "none", dates(2025, 2031)),
            C("alt_id", "varchar(50)", "none", lambda c, i: f"CA{2024 - i % 9}{i:04d}"),
            C("email", "varchar(100)", "email", maybe(s("email"), 0.5)),
            C("phone", "varchar(30)", "phone", maybe(s("mobile"), 0.4)),
            C("physician", "varchar(100)", "person_name", maybe(lambda c, i: "Dr. " + any_name("sx")(c, i), 0.6)),
            C("physician_phone", "varchar(30)", "none", maybe(lambda c, i: f"(721) 542-{digits(c, 4)}", 0.6),
              comment="the practice's number"),
            C("preferred_hospital", "varchar(100)", "none", one("SMMC", "SMMC", "Mount Fortune Clinic", None)),
            C("is_disable", "varchar(10)", "none", maybe(const("Y"), 0.03)),
        ], rows=N_STU),
        Table(S, "people", [
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("current_school_id", "integer", "none", fk(N_SCH, 1)),
            C("title", "varchar(5)", "none", lambda c, i: "Mr." if p("sex")(c, i) == "M" else "Mrs."),
            C("first_name", "varchar(100)", "person_name", p("first")),
            C("last_name", "varchar(100)", "person_name", p("last")),
            C("home_phone", "varchar(64)", "phone", maybe(p("phone"), 0.5)),
            C("work_phone", "varchar(64)", "phone", maybe(lambda c, i: f"(721) 54{c.r.choice('2356')}-{digits(c, 4)}",
                                                          0.4)),
            C("cell_phone", "varchar(64)", "phone", p("mobile")),
            C("email", "varchar(100)", "email", p("email")),
            C("custody", "varchar(1)", "none", one("Y", "Y", "N")),
            C("profile", "varchar(30)", "none", const("parent")),
            C("profile_id", "integer", "none", const(4)),
            C("is_disable", "varchar(10)", "none", maybe(const("Y"), 0.03)),
        ], rows=N_PAR),
        Table(S, "student_address", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", seq()),
            C("syear", "integer", "none", const(2024)),
            C("school_id", "integer", "none", fk(N_SCH, 1)),
            C("street_address_1", "varchar(5000)", "postal_address", s("a_line")),
            C("street_address_2", "varchar(5000)", "postal_address", maybe(lambda c, i: f"Apt {c.r.randint(1, 12)}",
                                                                             0.2)),
            C("city", "varchar(255)", "none", s("a_city")),
            C("state", "varchar(255)", "none", const("Sint Maarten")),
            C("zipcode", "varchar(255)", "none", const("")),
            C("bus_pickup", "varchar(1)", "none", one("Y", "N")),
            C("bus_dropoff", "varchar(1)", "none", one("Y", "N")),
            C("bus_no", "varchar(255)", "none", maybe(one("1", "2", "3"))),
            C("type", "varchar(255)", "none", one("Home Address", "Mail")),
            C("people_id", "integer", "none", fk(N_PAR, 3)),
        ], rows=N_STU, extra=[fkey(S, "student_address", "student_id", "students", "student_id")]),
        Table(S, "student_enrollment", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("syear", "integer", "none", one(2023, 2024)),
            C("school_id", "integer", "none", fk(N_SCH, 1)),
            C("student_id", "integer", "none", seq()),
            C("grade_id", "integer", "none", ints(1, 13)),
            C("start_date", "date", "none", dates(2017, 2024)),
            C("end_date", "date", "none", maybe(dates(2024, 2025), 0.1)),
            C("enrollment_code", "integer", "none", one(1, 2, 3)),
            C("drop_code", "integer", "none", maybe(one(4, 5), 0.1)),
            C("next_school", "integer", "none", fk(N_SCH, 1)),
            C("calendar_id", "integer", "none", one(1, 2)),
        ], rows=N_STU, extra=[fkey(S, "student_enrollment", "student_id", "students", "student_id"),
                              fkey(S, "student_enrollment", "school_id", "schools", "id")]),
        Table(S, "student_medical_alerts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", fk(N_STU, 7)),
            C("title", "varchar(255)", "health", one("Asthma - inhaler in office", "Peanut allergy (EpiPen)",
                                                     "Sickle cell trait", "ADHD - on methylphenidate", "Epilepsy",
                                                     "Bee sting allergy", "Type 1 diabetes", "Eczema")),
            C("alert_date", "date", "none", dates(2019, 2025)),
        ], rows=90, extra=[fkey(S, "student_medical_alerts", "student_id", "students", "student_id")]),
        Table(S, "student_medical_visits", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", fk(N_STU, 11)),
            C("school_date", "date", "none", dates(2023, 2025)),
            C("time_in", "varchar(20)", "none", lambda c, i: f"{c.r.randint(8, 14)}:{c.r.choice(['05', '20', '45'])}"),
            C("time_out", "varchar(20)", "none", lambda c, i: f"{c.r.randint(9, 15)}:{c.r.choice(['00', '30'])}"),
            C("reason", "varchar(100)", "health", one("Headache", "Stomach ache", "Fever", "Asthma attack",
                                                      "Scraped knee", "Nosebleed", "Menstrual cramps")),
            C("result", "varchar(100)", "health", one("Returned to class", "Sent home", "Referred to SMMC ER")),
            C("comments", "text", "free_text_may_contain_pii", _visit_comment),
        ], rows=120, extra=[fkey(S, "student_medical_visits", "student_id", "students", "student_id")]),
        Table(S, "student_immunization", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", fk(N_STU, 13)),
            C("type", "varchar(25)", "health", one("DTaP", "MMR", "Polio (IPV)", "Hepatitis B", "HPV", "Tdap booster")),
            C("medical_date", "date", "none", dates(2008, 2024)),
            C("comments", "varchar(100)", "none", maybe(one("From health card", "Copy on file", "CPS record"), 0.4)),
        ], rows=130, extra=[fkey(S, "student_immunization", "student_id", "students", "student_id")]),
        Table(S, "discipline_referrals", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("syear", "integer", "none", one(2023, 2024)),
            C("student_id", "integer", "none", fk(N_STU, 17)),
            C("school_id", "integer", "none", fk(N_SCH, 1)),
            C("staff_id", "integer", "none", fk(N_STAFF, 7)),
            C("entry_date", "date", "none", dates(2023, 2025)),
            C("referral_date", "date", "none", dates(2023, 2025)),
            C("category_1", "varchar(100)", "none", one("Disruption", "Tardiness", "Fighting", "Phone use",
                                                        "Uniform")),
            C("category_2", "varchar(100)", "none", one("Warning", "Detention", "Parent meeting", "Suspension 1 day")),
            C("comments", "text", "free_text_may_contain_pii", _referral_comment),
        ], rows=100, extra=[fkey(S, "discipline_referrals", "student_id", "students", "student_id"),
                            fkey(S, "discipline_referrals", "staff_id", "staff", "staff_id")]),
        Table(S, "login_records", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("syear", "integer", "none", const(2024)),
            C("first_name", "varchar(100)", "person_name", lambda c, i: t("first")(c, fk(N_STAFF, 3)(c, i))),
            C("last_name", "varchar(100)", "person_name", lambda c, i: t("last")(c, fk(N_STAFF, 3)(c, i))),
            C("profile", "varchar(50)", "none", one("teacher", "admin")),
            C("user_name", "varchar(100)", "none", lambda c, i: t("user")(c, fk(N_STAFF, 3)(c, i))),
            C("login_time", "timestamp", "none", stamps(2024, 2025)),
            C("faillog_count", "integer", "none", ints(0, 3)),
            C("ip_address", "varchar(20)", "ip_address",
              lambda c, i: f"{c.r.choice(['190.102', '190.185', '201.218'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("status", "varchar(50)", "none", one("Success", "Success", "Failed")),
        ], rows=150),
    ]
