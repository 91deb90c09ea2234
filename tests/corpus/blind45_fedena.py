"""au_fedena: Fedena (the Rails school ERP) as recalled from memory, run by an ikastola (Basque-medium school
cooperative) in Gipuzkoa, with values in Basque and two in-house tables in Basque: the canteen's allergy register and
the staff's union-dues deduction."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, hexs, iban, ints, maybe, one,
                           seq, stamps)
from .blind45_gens import any_mobile, any_name, person
from .gens import Table

S = "au_fedena"
STU, GUA, EMP = "fe.student", "fe.guardian", "fe.employee"
N_STU, N_EMP, N_BATCH, N_COURSE, N_USER = 140, 80, 30, 12, 150
COURSES = ["Haur Hezkuntza 1", "Haur Hezkuntza 2", "Haur Hezkuntza 3", "LH 1", "LH 2", "LH 3", "LH 4", "LH 5", "LH 6",
           "DBH 1", "DBH 2", "Batxilergoa 1"]


def _absence(c, i):
    return c.r.choice(["Gaixorik (sukarra)", "Medikuarenera joan da", "Gastroenteritisa", "Hortz-medikua",
                       "Zainketa psikologikoa, astero", "Asma krisia", "Ebakuntza: amigdalak", "Hezurra hautsita"])


def _pay_note(c, i):
    return c.r.choice([None, None, "Domiziliazioa itzulita", "Bi hilabete batera ordainduta",
                       f"Amonak ordaindu du: {any_name('eu')(c, i)}",
                       f"Aitaren kontutik; deitu {any_mobile('eu')(c, i)} zalantzarik badago",
                       "Beka: Eusko Jaurlaritza", "Anai-arreben deskontua"])


def _iban(c, i):
    return iban("ES", c.r.choice(["2095", "3035", "2100", "0182"]) + digits(c, 16))


def fedena_tables() -> list[Table]:
    s = lambda f: person("eu", STU, f, 2008, 2021)          # noqa: E731
    g = lambda f: person("eu", GUA, f, 1968, 1990)          # noqa: E731
    e = lambda f: person("eu", EMP, f, 1962, 1998)          # noqa: E731
    return [
        Table(S, "courses", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("course_name", "varchar(255)", "none", lambda c, i: COURSES[i - 1]),
            C("code", "varchar(255)", "none", lambda c, i: f"K{i:02d}"),
            C("section_name", "varchar(255)", "none", one("D eredua", "D eredua", "B eredua")),
            C("is_deleted", "boolean", "none", const(False)),
            C("created_at", "timestamp", "none", stamps(2015, 2016)),
        ], rows=N_COURSE),
        Table(S, "batches", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", lambda c, i: f"2024-25 {'ABC'[i % 3]}"),
            C("course_id", "integer", "none", fk(N_COURSE, 5)),
            C("start_date", "timestamp", "none", stamps(2024, 2024)),
            C("end_date", "timestamp", "none", stamps(2025, 2025)),
            C("is_active", "boolean", "none", flag(0.9)),
            C("employee_id", "varchar(255)", "none", lambda c, i: str((i * 3) % N_EMP + 1)),
        ], rows=N_BATCH, extra=[fkey(S, "batches", "course_id", "courses", "id")]),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(255)", "none", lambda c, i: f"{2024 - i % 9}{i:04d}"),
            C("first_name", "varchar(255)", "person_name", lambda c, i: (s if i <= N_STU else e)("first")(c, i)),
            C("last_name", "varchar(255)", "person_name", lambda c, i: (s if i <= N_STU else e)("last")(c, i)),
            C("email", "varchar(255)", "email", lambda c, i: (s if i <= N_STU else e)("email")(c, i)),
            C("admin", "boolean", "none", lambda c, i: i == 1),
            C("student", "boolean", "none", lambda c, i: i <= N_STU),
            C("employee", "boolean", "none", lambda c, i: i > N_STU),
            C("hashed_password", "varchar(255)", "credentials", lambda c, i: hexs(c, 40)),
            C("salt", "varchar(255)", "none", lambda c, i: hexs(c, 8)),
            C("reset_password_code", "varchar(255)", "secret_token", maybe(lambda c, i: hexs(c, 40), 0.1)),
            C("reset_password_code_until", "timestamp", "none", maybe(stamps(2025, 2025), 0.1)),
            C("is_first_login", "boolean", "none", flag(0.1)),
            C("is_deleted", "boolean", "none", flag(0.03)),
            C("created_at", "timestamp", "none", stamps(2016, 2024)),
        ], rows=N_USER),
        Table(S, "students", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("admission_no", "varchar(255)", "none", lambda c, i: f"IK{2010 + i % 14}-{i:04d}"),
            C("class_roll_no", "varchar(255)", "none", lambda c, i: str(1 + i % 25)),
            C("admission_date", "date", "none", dates(2011, 2024)),
            C("first_name", "varchar(255)", "person_name", s("first")),
            C("middle_name", "varchar(255)", "none", const(None)),
            C("last_name", "varchar(255)", "person_name", lambda c, i: f"{s('last')(c, i)} {s('last2')(c, i)}"),
            C("batch_id", "integer", "none", fk(N_BATCH, 7)),
            C("date_of_birth", "date", "birth_date", s("birth")),
            C("gender", "varchar(255)", "none", lambda c, i: "m" if s("sex")(c, i) == "M" else "f"),
            C("blood_group", "varchar(255)", "health", maybe(one("A+", "O+", "O-", "A-", "B+", "AB+"), 0.6)),
            C("birth_place", "varchar(255)", "none", one("Donostia", "Tolosa", "Zumarraga", "Iruñea", "Bilbo", "Lima")),
            C("language", "varchar(255)", "none", one("euskara", "euskara", "gaztelania", "euskara/frantsesa")),
            C("religion", "varchar(255)", "religious_belief", one("Erlijio katolikoa", "Balio etikoak", "Balio etikoak",
                                                                  "Erlijio islamiarra", "Erlijio ebanjelikoa"),
              comment="erlijio ikasgaiaren aukera (gurasoek aukeratua)"),
            C("address_line1", "varchar(255)", "postal_address", s("a_line")),
            C("address_line2", "varchar(255)", "none", const(None)),
            C("city", "varchar(255)", "none", s("a_town")),
            C("state", "varchar(255)", "none", const("Gipuzkoa")),
            C("pin_code", "varchar(255)", "postal_address", s("a_post")),
            C("phone1", "varchar(255)", "phone", g("phone")),
            C("phone2", "varchar(255)", "phone", maybe(g("mobile"), 0.5)),
            C("email", "varchar(255)", "email", maybe(lambda c, i: f"{s('user')(c, i)}@ikasle.ikastola.eus", 0.6)),
            C("immediate_contact_id", "integer", "none", seq()),
            C("is_sms_enabled", "boolean", "none", flag(0.8)),
            C("photo_file_name", "varchar(255)", "none", lambda c, i: f"IMG_{digits(c, 4)}.jpg"),
            C("status_description", "varchar(255)", "none", maybe(one("Aldi baterako baja", "Lekualdatua"), 0.1)),
            C("is_active", "boolean", "none", flag(0.95)),
            C("user_id", "integer", "none", seq()),
            C("hizkuntza_eredua", "char(1)", "none", one("D", "D", "D", "B")),
        ], rows=N_STU, extra=[fkey(S, "students", "batch_id", "batches", "id"),
                              fkey(S, "students", "user_id", "users", "id")]),
        Table(S, "guardians", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ward_id", "integer", "none", seq()),
            C("first_name", "varchar(255)", "person_name", g("first")),
            C("last_name", "varchar(255)", "person_name", g("last")),
            C("relation", "varchar(255)", "none", one("Ama", "Aita", "Ama", "Amona", "Tutorea")),
            C("email", "varchar(255)", "email", g("email")),
            C("office_phone1", "varchar(255)", "phone", maybe(g("phone"), 0.4)),
            C("mobile_phone", "varchar(255)", "phone", g("mobile")),
            C("office_address_line1", "varchar(255)", "none",
              maybe(one("Mondragon Unibertsitatea, Loramendi 4", "CAF, J.M. Iturrioz 26", "Osakidetza, Tolosa"), 0.4),
              comment="lantokiaren helbidea"),
            C("city", "varchar(255)", "none", g("a_town")),
            C("dob", "date", "birth_date", maybe(g("birth"), 0.5)),
            C("occupation", "varchar(255)", "none", one("Irakaslea", "Erizaina", "Ingeniaria", "Baserritarra",
                                                        "Dendaria", "Langabetua", "Langile kooperatibista")),
            C("income", "varchar(255)", "none", maybe(one("< 20.000", "20.000-40.000", "> 40.000"), 0.3)),
            C("education", "varchar(255)", "none", one("Unibertsitatea", "LH", "Batxilergoa", "Oinarrizkoa")),
            C("user_id", "integer", "none", const(None)),
            C("created_at", "timestamp", "none", stamps(2011, 2024)),
        ], rows=N_STU, extra=[fkey(S, "guardians", "ward_id", "students", "id")]),
        Table(S, "employees", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_number", "varchar(255)", "none", lambda c, i: f"L{i:03d}"),
            C("joining_date", "date", "none", dates(1995, 2024)),
            C("first_name", "varchar(255)", "person_name", e("first")),
            C("last_name", "varchar(255)", "person_name", lambda c, i: f"{e('last')(c, i)} {e('last2')(c, i)}"),
            C("gender", "boolean", "none", lambda c, i: e("sex")(c, i) == "M"),
            C("job_title", "varchar(255)", "none", one("Irakaslea", "Tutorea", "Zuzendaria", "Sukaldaria",
                                                       "Garbitzailea", "Idazkaria", "Hezitzailea")),
            C("qualification", "varchar(255)", "none", one("Magisteritza", "Pedagogia", "Filologia", "LH")),
            C("experience_year", "integer", "none", ints(0, 35)),
            C("status", "boolean", "none", flag(0.95)),
            C("date_of_birth", "date", "birth_date", e("birth")),
            C("marital_status", "varchar(255)", "none", one("ezkongabea", "ezkondua", "bikotekidea", "dibortziatua")),
            C("children_count", "integer", "none", ints(0, 4)),
            C("father_name", "varchar(255)", "person_name", any_name("eu")),
            C("mother_name", "varchar(255)", "person_name", any_name("eu")),
            C("blood_group", "varchar(255)", "health", maybe(one("A+", "O+", "O-", "B+"), 0.5)),
            C("home_address_line1", "varchar(255)", "postal_address", e("a_line")),
            C("home_city", "varchar(255)", "none", e("a_town")),
            C("home_pin_code", "varchar(255)", "postal_address", e("a_post")),
            C("mobile_phone", "varchar(255)", "phone", e("mobile")),
            C("home_phone", "varchar(255)", "phone", maybe(e("phone"), 0.4)),
            C("email", "varchar(255)", "email", lambda c, i: f"{e('user')(c, i)}@ikastola.eus"),
            C("user_id", "integer", "none", lambda c, i: N_STU + (i % 10) + 1 if i <= 10 else None),
            C("nan", "varchar(9)", "national_id", e("natid"), comment="NAN zenbakia"),
            C("gizarte_segurantza", "varchar(14)", "national_id", lambda c, i: f"20/{digits(c, 8)}/{digits(c, 2)}"),
            C("kontu_zenbakia", "varchar(34)", "iban", _iban),
        ], rows=N_EMP, extra=[fkey(S, "employees", "user_id", "users", "id")]),
        Table(S, "attendances", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", fk(N_STU, 3)),
            C("batch_id", "integer", "none", fk(N_BATCH, 7)),
            C("month_date", "date", "none", dates(2024, 2025)),
            C("forenoon", "boolean", "none", flag(0.6)),
            C("afternoon", "boolean", "none", flag(0.6)),
            C("reason", "varchar(255)", "health", _absence, comment="hutsegitearen arrazoia"),
        ], rows=150, extra=[fkey(S, "attendances", "student_id", "students", "id")]),
        Table(S, "exam_scores", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", fk(N_STU, 11)),
            C("exam_id", "integer", "none", ints(1, 60)),
            C("marks", "numeric(7,2)", "none", amounts(2, 10)),
            C("grading_level_id", "integer", "none", ints(1, 5)),
            C("remarks", "varchar(255)", "none", maybe(one("Oso ondo", "Hobetu behar du", "Bikain", "Nahikoa"), 0.5)),
            C("is_failed", "boolean", "none", flag(0.1)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "exam_scores", "student_id", "students", "id")]),
        Table(S, "finance_transactions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(255)", "none", one("Hileko kuota", "Jantokia", "Irteera: Urdaibai", "Matrikula")),
            C("description", "text", "none", maybe(one("Urria", "Azaroa", "Abendua", "Urtarrila"), 0.7)),
            C("amount", "numeric(15,2)", "none", amounts(15, 420)),
            C("fine_included", "boolean", "none", flag(0.05)),
            C("category_id", "integer", "none", ints(1, 6)),
            C("payee_id", "integer", "none", fk(N_STU, 13)),
            C("payee_type", "varchar(255)", "none", const("Student")),
            C("receipt_no", "varchar(255)", "none", lambda c, i: f"R-{2024}{i:05d}"),
            C("transaction_date", "date", "none", dates(2024, 2025)),
            C("payment_mode", "varchar(255)", "none", one("Domiziliazioa", "Transferentzia", "Eskudirua", "Bizum")),
            C("payment_note", "text", "free_text_may_contain_pii", _pay_note),
        ], rows=150, extra=[fkey(S, "finance_transactions", "payee_id", "students", "id")]),
        Table(S, "jantoki_alergiak", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("ikaslea_id", "integer", "none", lambda c, i: (i * 3) % N_STU + 1),
            C("alergia", "varchar(120)", "health", one("Fruitu lehorrak", "Glutena (zeliakia)", "Laktosa", "Arraina",
                                                       "Arrautza", "Kiwia", "Itsaskiak")),
            C("larritasuna", "varchar(20)", "health", one("arina", "ertaina", "larria (anafilaxia)")),
            C("adrenalina_autoinjektorea", "boolean", "health", flag(0.2)),
            C("dieta", "varchar(40)", "none", one("Arrunta", "Begetarianoa", "Txerrikirik gabe", "Glutenik gabe")),
            C("txostena_noiz", "date", "none", dates(2020, 2025)),
        ], rows=90, extra=[fkey(S, "jantoki_alergiak", "ikaslea_id", "students", "id")]),
        Table(S, "langile_sindikatua", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("langilea_id", "integer", "none", seq()),
            C("sindikatua", "varchar(20)", "trade_union", one("STEILAS", "ELA", "LAB", "CCOO", "UGT")),
            C("hileko_kuota", "numeric(6,2)", "none", amounts(9, 22)),
            C("ordezkaria", "boolean", "trade_union", flag(0.1), comment="langileen ordezkaria"),
            C("noiztik", "date", "none", dates(2000, 2024)),
        ], rows=N_EMP, extra=[fkey(S, "langile_sindikatua", "langilea_id", "employees", "id")]),
    ]

