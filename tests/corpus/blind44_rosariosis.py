"""at_rosariosis: RosarioSIS (students, staff, people, address, medical, discipline and access-log tables, with the
default student custom fields custom_2000000NN) as recalled from memory, for a private primary and high school on
Providenciales, Turks and Caicos Islands."""
from __future__ import annotations

from .blind26_gens import C, amounts, const, dates, digits, fk, fkey, ints, maybe, one, seq, stamps
from .blind44_gens import any_name, landline, mobile, person
from .gens import Table

S = "at_rosariosis"
STU, PPL, STF = "ro.student", "ro.people", "ro.staff"
N_STU, N_PPL, N_ADDR, N_STF = 140, 150, 130, 45


def _cc(i: int) -> str:
    return "ht" if i % 4 == 0 else "tc"


def p(f: str, entity: str = STU, y0: int = 2006, y1: int = 2019):
    return lambda c, i: person(_cc(i), entity, f, y0, y1)(c, i)


def _contact(i: int) -> str:
    return ["Cell Phone", "Email", "Work Phone", "Cell Phone", "Email", "Employer"][i % 6]


def _contact_value(c, i):
    pid = (i - 1) % N_PPL + 1
    kind = _contact(i)
    if kind == "Email":
        return p("email", PPL, 1960, 1995)(c, pid)
    if kind == "Employer":
        return c.r.choice(["Beaches Resort", "TCI Government", "Graceway IGA", "FortisTCI", "Seven Stars"])
    return mobile(c, "tc") if kind == "Cell Phone" else landline(c, "tc")


def _student_comment(c, i):
    return c.r.choice([None, None, "Transferred from Ona Glinton Primary.", "Sibling in Grade 4.",
                       f"Picked up by aunt {any_name(_cc(i))(c, i)} on Fridays, cell {mobile(c, 'tc')}",
                       f"Mother {any_name(_cc(i))(c, i)} works nights, call grandmother instead.",
                       "Bus route 3 (Five Cays)."])


def _doctor_note(c, i):
    return c.r.choice(["Asthma - inhaler kept in the nurse's office.", "Peanut allergy, EpiPen in backpack.",
                       "Type 1 diabetes, insulin before lunch.", "Sickle cell trait.", "ADHD, on methylphenidate.",
                       "Epilepsy - seizure plan on file.", "Wears hearing aid (left ear)."])


def _referral_note(c, i):
    return c.r.choice([f"{p('first')(c, fk(N_STU, 3)(c, i))} pushed another student during break.",
                       "Repeated lateness, third warning.", "Mobile phone used in exam.",
                       f"Argument with {p('full')(c, fk(N_STU, 11)(c, i))} in the canteen; both sent to office.",
                       f"Parent {any_name('tc')(c, i)} informed by phone {mobile(c, 'tc')}.", "Uniform violation."])


def rosariosis_tables() -> list[Table]:
    pp = lambda f: p(f, PPL, 1960, 1995)                                   # noqa: E731
    st = lambda f: lambda c, i: person("tc", STF, f, 1960, 1998)(c, i)    # noqa: E731
    return [
        Table(S, "schools", [
            C("syear", "numeric(4)", "none", const(2025)),
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(100)", "none", lambda c, i: ["Sunrise Academy Primary", "Sunrise Academy High",
                                                             "Sunrise Academy North Caicos"][i - 1]),
            C("address", "varchar(100)", "none", lambda c, i: ["Leeward Highway, The Bight", "Millennium Highway",
                                                               "Kew Town, North Caicos"][i - 1]),
            C("city", "varchar(100)", "none", lambda c, i: ["Providenciales", "Providenciales", "North Caicos"][i - 1]),
            C("state", "varchar(10)", "none", const("TCI")),
            C("zipcode", "varchar(20)", "none", const("TKCA 1ZZ")),
            C("phone", "varchar(30)", "none", lambda c, i: landline(c, "tc")),
            C("principal", "varchar(100)", "person_name", st("full")),
            C("www_address", "varchar(100)", "none", const("https://sunriseacademy.tc")),
            C("school_number", "varchar(50)", "none", lambda c, i: f"TCI-PS-{i + 40:03d}"),
            C("short_name", "varchar(25)", "none", lambda c, i: ["SAP", "SAH", "SANC"][i - 1]),
        ], rows=3),
        Table(S, "staff", [
            C("syear", "numeric(4)", "none", const(2025)),
            C("staff_id", "integer PRIMARY KEY", "none", seq()),
            C("current_school_id", "integer", "none", ints(1, 3)),
            C("title", "varchar(5)", "none", lambda c, i: "Mr." if st("sex")(c, i) == "M" else c.r.choice(["Ms.", "Mrs."])),
            C("first_name", "varchar(100)", "person_name", st("first")),
            C("last_name", "varchar(100)", "person_name", st("last")),
            C("middle_name", "varchar(100)", "person_name", maybe(lambda c, i: any_name("tc")(c, i).split()[0], 0.4)),
            C("username", "varchar(100)", "none", st("user")),
            C("password", "varchar(106)", "credentials",
              lambda c, i: "$6$" + digits(c, 4) + "abcd$" + "".join(c.r.choice("./ABCDEFabcdef0123456789xyzXYZ")
                                                                    for _ in range(86))),
            C("phone", "varchar(100)", "phone", st("mobile")),
            C("email", "varchar(255)", "email", lambda c, i: f"{st('user')(c, i)}@sunriseacademy.tc"),
            C("profile", "varchar(30)", "none", one("teacher", "teacher", "teacher", "admin", "parent")),
            C("homeroom", "varchar(5)", "none", maybe(lambda c, i: f"{c.r.randint(1, 12)}{c.r.choice('AB')}", 0.6)),
            C("last_login", "timestamp", "none", maybe(stamps(2025, 2025))),
            C("failed_login", "integer", "none", ints(0, 3)),
            C("profile_id", "integer", "none", one(1, 2, 2, 2)),
            C("custom_200000001", "text", "none", maybe(one("Mathematics", "English", "Science", "PE", "Music"), 0.8),
              comment="Subject"),
        ], rows=N_STF),
        Table(S, "students", [
            C("student_id", "integer PRIMARY KEY", "none", seq(100000)),
            C("last_name", "varchar(50)", "person_name", p("last")),
            C("first_name", "varchar(50)", "person_name", p("first")),
            C("middle_name", "varchar(50)", "person_name", maybe(lambda c, i: any_name(_cc(i))(c, i).split()[0], 0.3)),
            C("name_suffix", "varchar(3)", "none", maybe(one("Jr", "II"), 0.05)),
            C("username", "varchar(100)", "none", maybe(p("user"), 0.6)),
            C("password", "varchar(106)", "credentials", maybe(lambda c, i: "$6$" + digits(c, 4) + "efgh$" + "".join(
                c.r.choice("./ABCDEFabcdef0123456789xyzXYZ") for _ in range(86)), 0.6)),
            C("last_login", "timestamp", "none", maybe(stamps(2025, 2025), 0.5)),
            C("failed_login", "integer", "none", ints(0, 2)),
            C("custom_200000000", "text", "none", lambda c, i: {"M": "Male", "F": "Female"}[p("sex")(c, i)],
              comment="Gender"),
            C("custom_200000001", "text", "ethnic_origin",
              one("Black / Afro-Caribbean", "Black / Afro-Caribbean", "Haitian", "Mixed", "White", "Hispanic"),
              comment="Ethnicity"),
            C("custom_200000002", "text", "person_name", maybe(lambda c, i: p("first")(c, i).split()[0][:4], 0.4),
              comment="Common Name"),
            C("custom_200000003", "text", "national_id", maybe(lambda c, i: person("tc", STU + ".nib", "natid")(c, i), 0.7),
              comment="NIB number"),
            C("custom_200000004", "date", "birth_date", p("birth"), comment="Birthdate"),
            C("custom_200000005", "text", "none", lambda c, i: "Haitian Creole" if _cc(i) == "ht"
              else c.r.choice(["English", "English", "Spanish"]), comment="Language"),
            C("custom_200000006", "text", "person_name", lambda c, i: "Dr. " + any_name("tc")(c, i),
              comment="Physician"),
            C("custom_200000007", "text", "phone", lambda c, i: mobile(c, "tc"), comment="Physician Phone"),
            C("custom_200000008", "text", "none", one("Cheshire Hall Medical Centre", "Cockburn Town Medical Centre",
                                                      "Provo Medical Clinic"), comment="Preferred Hospital"),
            C("custom_200000009", "text", "free_text_may_contain_pii", _student_comment, comment="Comments"),
            C("custom_200000010", "varchar(1)", "health", one("Y", None, None, None), comment="Has Doctor's Note"),
            C("custom_200000011", "text", "health", maybe(_doctor_note, 0.3), comment="Doctor's Note Comments"),
            C("created_at", "timestamp", "none", stamps(2019, 2024)),
        ], rows=N_STU),
        Table(S, "address", [
            C("address_id", "integer PRIMARY KEY", "none", seq()),
            C("house_no", "numeric(5)", "postal_address", lambda c, i: int(pp("a_house")(c, i))),
            C("street", "varchar(50)", "postal_address", pp("a_street")),
            C("apt", "varchar(5)", "postal_address", maybe(lambda c, i: str(c.r.randint(1, 12)), 0.3)),
            C("zipcode", "varchar(20)", "postal_address", pp("a_post")),
            C("city", "text", "none", pp("a_town")),
            C("state", "varchar(50)", "none", pp("a_area")),
            C("address", "text", "postal_address", pp("a_full")),
            C("mail_address", "text", "postal_address", maybe(lambda c, i: f"P.O. Box {c.r.randint(100, 2900)}, "
                                                                        "Providenciales", 0.4)),
            C("phone", "varchar(30)", "phone", pp("phone")),
        ], rows=N_ADDR),
        Table(S, "people", [
            C("person_id", "integer PRIMARY KEY", "none", seq()),
            C("last_name", "varchar(50)", "person_name", pp("last")),
            C("first_name", "varchar(50)", "person_name", pp("first")),
            C("middle_name", "varchar(50)", "person_name", maybe(lambda c, i: any_name("tc")(c, i).split()[0], 0.2)),
        ], rows=N_PPL),
        Table(S, "people_join_contacts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("person_id", "integer", "none", lambda c, i: (i - 1) % N_PPL + 1),
            C("title", "varchar(100)", "none", lambda c, i: _contact(i)),
            C("value", "varchar(100)", "phone", _contact_value),
        ], rows=150, extra=[fkey(S, "people_join_contacts", "person_id", "people", "person_id")]),
        Table(S, "students_join_people", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 100000 + (i - 1) % N_STU + 1),
            C("person_id", "integer", "none", fk(N_PPL, 1)),
            C("address_id", "integer", "none", fk(N_ADDR, 1)),
            C("custody", "varchar(1)", "none", one("Y", "Y", None)),
            C("emergency", "varchar(1)", "none", one("Y", None)),
            C("student_relation", "varchar(100)", "none", one("Mother", "Father", "Grandmother", "Aunt", "Guardian")),
        ], rows=150, extra=[fkey(S, "students_join_people", "student_id", "students", "student_id"),
                            fkey(S, "students_join_people", "person_id", "people", "person_id"),
                            fkey(S, "students_join_people", "address_id", "address", "address_id")]),
        Table(S, "student_medical", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 100000 + fk(N_STU, 3)(c, i)),
            C("type", "varchar(25)", "none", one("Immunization", "Immunization", "Physical")),
            C("medical_date", "date", "none", dates(2019, 2025)),
            C("comments", "varchar(100)", "health", one("MMR dose 2", "DTaP booster", "Polio (IPV) dose 4",
                                                       "Hep B dose 3", "Vision 20/40, referred", "BMI 27, overweight",
                                                       "HPV dose 1", "Physical OK")),
        ], rows=130, extra=[fkey(S, "student_medical", "student_id", "students", "student_id")]),
        Table(S, "student_medical_alerts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 100000 + fk(N_STU, 5)(c, i)),
            C("title", "varchar(100)", "health", one("Severe peanut allergy", "Asthma", "Bee sting allergy",
                                                    "Type 1 diabetic", "Penicillin allergy", "Epilepsy",
                                                    "Sickle cell disease", "Lactose intolerant")),
        ], rows=90, extra=[fkey(S, "student_medical_alerts", "student_id", "students", "student_id")]),
        Table(S, "student_medical_visits", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 100000 + fk(N_STU, 7)(c, i)),
            C("school_date", "date", "none", dates(2024, 2025)),
            C("time_in", "varchar(20)", "none", lambda c, i: f"{c.r.randint(8, 14)}:{c.r.choice(['05', '20', '40'])}"),
            C("time_out", "varchar(20)", "none", lambda c, i: f"{c.r.randint(8, 15)}:{c.r.choice(['15', '30', '55'])}"),
            C("reason", "varchar(100)", "health", one("Headache", "Stomach ache", "Fever 38.4", "Asthma attack",
                                                     "Cut on knee", "Nosebleed", "Menstrual cramps", "Toothache")),
            C("result", "varchar(100)", "health", one("Returned to class", "Sent home", "Paracetamol given",
                                                     "Inhaler given", "Parent collected, to clinic")),
            C("comments", "text", "health", maybe(one("Temp 38.4, parent called", "Used own inhaler", "Ice pack",
                                                      "Blood sugar 3.1, juice given"), 0.5)),
        ], rows=120, extra=[fkey(S, "student_medical_visits", "student_id", "students", "student_id")]),
        Table(S, "discipline_referrals", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("syear", "numeric(4)", "none", const(2025)),
            C("student_id", "integer", "none", lambda c, i: 100000 + fk(N_STU, 13)(c, i)),
            C("school_id", "integer", "none", ints(1, 3)),
            C("staff_id", "integer", "none", fk(N_STF, 3)),
            C("entry_date", "date", "none", dates(2024, 2025)),
            C("referral_date", "date", "none", dates(2024, 2025)),
            C("category_1", "text", "none", one("||Fighting||", "||Bullying||", "||Disrespect||", "||Tardy||",
                                               "||Cell phone||Disrespect||"), comment="Violation"),
            C("category_2", "varchar(1)", "none", one("Y", None), comment="Detention Assigned"),
            C("category_3", "numeric", "none", one(0, 0, 1, 3), comment="Suspension Days"),
            C("category_4", "text", "free_text_may_contain_pii", _referral_note, comment="Comments"),
        ], rows=100, extra=[fkey(S, "discipline_referrals", "student_id", "students", "student_id"),
                            fkey(S, "discipline_referrals", "staff_id", "staff", "staff_id")]),
        Table(S, "billing_fees", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 100000 + fk(N_STU, 9)(c, i)),
            C("title", "text", "none", one("Tuition Term 1", "Tuition Term 2", "Bus fee", "Uniform", "Exam fee")),
            C("amount", "numeric(14,2)", "none", amounts(40, 2600)),
            C("assigned_date", "date", "none", dates(2024, 2025)),
            C("due_date", "date", "none", dates(2024, 2025)),
            C("comments", "text", "none", maybe(one("Sibling discount 10%", "Paid by bank transfer", "Waived"), 0.3)),
        ], rows=140, extra=[fkey(S, "billing_fees", "student_id", "students", "student_id")]),
        Table(S, "access_log", [
            C("syear", "numeric(4)", "none", const(2025)),
            C("username", "varchar(100)", "none", lambda c, i: st("user")(c, fk(N_STF, 3)(c, i))),
            C("profile", "varchar(30)", "none", one("teacher", "admin", "parent")),
            C("login_time", "timestamp", "none", stamps(2025, 2025)),
            C("ip_address", "varchar(50)", "ip_address",
              lambda c, i: f"{c.r.choice(['66.197', '162.248', '208.85'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("user_agent", "text", "none", one("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4) Safari/604.1")),
            C("status", "varchar(1)", "none", one("Y", "Y", "Y", "B", None)),
        ], rows=150),
    ]
