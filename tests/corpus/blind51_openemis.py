"""ba_openemis: a re-creation of part of OpenEMIS Core (the open-source education management information system) as
used by a network of schools around Pordenone (Friuli): institutions, users, identities, enrolments, special needs,
guardians, results and absences."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind51_gens import P, any_mobile, city, name
from .gens import Table

S = "ba_openemis"
N_I, N_U = 24, 150


def _comment(c, i):
    return c.r.choice([None, None, "Ottimo impegno.", "Assenze ripetute il lunedì.",
                       f"Colloquio con la mamma {name('fu')(c, i)}, cell. 3{digits(c, 2)} {digits(c, 3)} {digits(c, 4)}.",
                       "Da seguire in matematica.", f"Segnalato al ds {name('fu')(c, i)}."])


def openemis_tables() -> list[Table]:
    u = lambda f: P("fu", "oe.user", f, 1965, 2019)       # noqa: E731
    return [
        Table(S, "institutions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("code", "varchar(20)", "none", lambda c, i: f"PNIC8{i:04d}"),
            C("name", "varchar(120)", "none", lambda c, i: f"{c.r.choice(['IC', 'Liceo', 'ITIS', 'Scuola primaria'])} "
                                                           f"{city('fu')(c, i)} {i + 1}"),
            C("address", "text", "none", lambda c, i: f"Via della Scuola {i + 1}, {city('fu')(c, i)}"),
            C("postal_code", "varchar(10)", "none", lambda c, i: f"33{digits(c, 3)}"),
            C("contact_person", "varchar(100)", "person_name", name("fu"), comment="dirigente scolastico"),
            C("telephone", "varchar(20)", "none", lambda c, i: f"0434 {digits(c, 6)}"),
            C("email", "varchar(80)", "none", lambda c, i: f"pnic8{i:04d}@istruzione.it"),
            C("longitude", "varchar(15)", "none", lambda c, i: f"{12.66 + c.r.uniform(-0.4, 0.4):.5f}"),
            C("latitude", "varchar(15)", "none", lambda c, i: f"{45.96 + c.r.uniform(-0.3, 0.3):.5f}"),
        ], rows=N_I),
        Table(S, "security_users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(100)", "none", u("user")),
            C("password", "char(60)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
            C("openemis_no", "varchar(50)", "none", lambda c, i: f"{152000000 + i * 17}"),
            C("first_name", "varchar(100)", "person_name", u("first")),
            C("last_name", "varchar(100)", "person_name", u("last")),
            C("preferred_name", "varchar(100)", "person_name", maybe(lambda c, i: u("first")(c, i).split()[0][:4], 0.3)),
            C("email", "varchar(100)", "email", maybe(u("email"), 0.7)),
            C("address", "text", "postal_address", u("a_line")),
            C("postal_code", "varchar(20)", "postal_address", u("a_postcode")),
            C("address_area", "varchar(60)", "none", u("a_city")),
            C("date_of_birth", "date", "birth_date", u("birth")),
            C("gender_id", "smallint", "none", lambda c, i: 1 if u("sex")(c, i) == "M" else 2),
            C("identity_number", "varchar(20)", "national_id", u("natid")),
            C("photo_name", "varchar(60)", "none", maybe(lambda c, i: f"{hexs(c, 12)}.jpg", 0.6)),
            C("is_student", "boolean", "none", lambda c, i: i >= 30),
            C("is_staff", "boolean", "none", lambda c, i: i < 30),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025), 0.6)),
            C("preferred_language", "varchar(5)", "none", one("it", "fur", "it", "sl", "de")),
        ], rows=N_U),
        Table(S, "user_identities", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("security_user_id", "integer", "none", lambda c, i: i),
            C("identity_type", "varchar(30)", "none", one("Carta d'identità", "Passaporto", "Permesso di soggiorno")),
            C("number", "varchar(20)", "national_id", lambda c, i: f"CA{digits(c, 5)}{c.r.choice('ABCDEFGH')}{c.r.choice('ABCDEFGH')}"),
            C("issue_date", "date", "none", dates(2015, 2025)),
            C("issue_location", "varchar(40)", "none", city("fu")),
        ], rows=120, extra=[fkey(S, "user_identities", "security_user_id", "security_users", "id")]),
        Table(S, "institution_students", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 31 + i % 120),
            C("institution_id", "integer", "none", fk(N_I, 5)),
            C("education_grade", "varchar(20)", "none", one("Classe 1", "Classe 3", "Classe 5", "Prima media")),
            C("student_status", "varchar(20)", "none", one("Iscritto", "Iscritto", "Trasferito", "Ritirato")),
            C("start_date", "date", "none", dates(2019, 2025)),
            C("religion_class_opt_out", "boolean", "religious_belief", flag(0.15),
              comment="non si avvale dell'insegnamento della religione cattolica"),
            C("transport_route", "varchar(20)", "none", maybe(one("Linea 3", "Linea 7", "Scuolabus Maniago"), 0.4)),
        ], rows=140, extra=[fkey(S, "institution_students", "student_id", "security_users", "id"),
                            fkey(S, "institution_students", "institution_id", "institutions", "id")]),
        Table(S, "user_special_needs", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("security_user_id", "integer", "none", lambda c, i: 31 + (i * 7) % 120),
            C("special_need_type", "varchar(40)", "health", one("DSA - dislessia", "ADHD", "Disabilità visiva",
                                                                   "Autismo", "Diabete tipo 1", "Epilessia")),
            C("special_need_date", "date", "none", dates(2018, 2025)),
            C("comment", "text", "health", maybe(one("Usa sintesi vocale.", "Insegnante di sostegno 12 h.",
                                                      "Somministrazione insulina a scuola."), 0.6)),
            C("plan_pei", "boolean", "none", flag(0.5)),
        ], rows=90, extra=[fkey(S, "user_special_needs", "security_user_id", "security_users", "id")]),
        Table(S, "student_guardians", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 31 + i % 120),
            C("guardian_name", "varchar(100)", "person_name", name("fu")),
            C("relation", "varchar(20)", "none", one("Madre", "Padre", "Nonna", "Tutore")),
            C("mobile", "varchar(20)", "phone", any_mobile("fu")),
            C("employer", "varchar(60)", "none", maybe(one("Electrolux Porcia", "Savio Macchine Tessili", "Comune"), 0.5)),
            C("pickup_authorised", "boolean", "none", flag(0.9)),
        ], rows=130, extra=[fkey(S, "student_guardians", "student_id", "security_users", "id")]),
        Table(S, "assessment_item_results", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("student_id", "integer", "none", lambda c, i: 31 + (i * 3) % 120),
            C("subject", "varchar(30)", "none", one("Italiano", "Matematica", "Furlan", "Inglese", "Scienze")),
            C("marks", "numeric(4,1)", "none", amounts(3, 10, 1)),
            C("grading_option", "varchar(20)", "none", one("Sufficiente", "Buono", "Ottimo", "Insufficiente")),
            C("teacher_comment", "text", "free_text_may_contain_pii", _comment),
            C("academic_period", "varchar(12)", "none", one("2023/24", "2024/25")),
            C("modified", "timestamp", "none", stamps(2024, 2025)),
            C("absences_hours", "smallint", "none", ints(0, 60)),
            C("fee_paid", "numeric(7,2)", "none", amounts(0, 120)),
        ], rows=150, extra=[fkey(S, "assessment_item_results", "student_id", "security_users", "id")]),
    ]
