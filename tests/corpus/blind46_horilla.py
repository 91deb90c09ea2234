"""av_horilla: Horilla HRM (open-source Django HR suite) as recalled from its models and re-created in SQL, run by
an Åland shipping company (ferries and archipelago routes, crews on board): employees, work and bank details,
leave, attendance, union-fee deductions and recruitment. Names are Swedish; ids are Finnish personal identity codes."""
from __future__ import annotations

from .blind26_gens import (C, amounts, const, dates, digits, fk, fkey, flag, hexs, iban, ints, maybe, one,
                           public_ip, seq, stamps)
from .blind46_gens import any_mobile, any_name, person, slug
from .gens import Table

S = "av_horilla"
EMP, CAND = "hr.employee", "hr.candidate"
N_CO, N_DEP, N_JOB, N_EMP, N_REC = 3, 8, 14, 140, 6
SHIPS = ["M/S Skarven", "M/S Alfågeln", "M/S Gudingen", "M/S Knipan", "M/S Ejdern", "Kontoret Mariehamn"]


def _pbkdf2(c, i):
    return f"pbkdf2_sha256$720000${hexs(c, 22)}${hexs(c, 43)}="


def _leave_text(c, i):
    return c.r.choice([None, None, "Semester enligt plan", "Barnets sjukdag, dagis stängt",
                       f"Byter pass med {any_name('ax')(c, i)}, godkänt av befälhavaren",
                       f"Nås på {any_mobile('ax')(c, i)} under ledigheten", "Läkarintyg lämnat till kontoret",
                       "Begravning i Sverige (mormor)"])


def _bank_iban(c, i):
    return iban("FI", c.r.choice(["405", "660", "497", "229", "470"]) + digits(c, 11))


def horilla_tables() -> list[Table]:
    e = lambda f: person("ax", EMP, f, 1960, 2004)            # noqa: E731
    k = lambda f: person("ax", CAND, f, 1970, 2006)           # noqa: E731
    return [
        Table(S, "base_company", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("company", "varchar(80)", "none", lambda c, i: ["Rederi Ab Skärgårdsfärjan", "Skärgårdsfärjan Crew Ab",
                                                              "Ålands Linjeservice Ab"][i - 1]),
            C("address", "varchar(120)", "none", lambda c, i: ["Hamngatan 5", "Sjökvarteret 2", "Ålandsvägen 48"][i - 1]),
            C("country", "varchar(40)", "none", const("Finland (Åland)")),
            C("city", "varchar(40)", "none", const("Mariehamn")),
            C("zip", "varchar(10)", "none", const("AX-22100")),
            C("business_id", "varchar(12)", "none", lambda c, i: f"{digits(c, 7)}-{digits(c, 1)}"),
            C("hq", "boolean", "none", lambda c, i: i == 1),
            C("date_format", "varchar(20)", "none", const("DD.MM.YYYY")),
        ], rows=N_CO),
        Table(S, "base_department", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("department", "varchar(60)", "none", lambda c, i: ["Däck", "Maskin", "Intendentur", "Kök", "Kontor",
                                                                 "Teknik", "HR", "Biljettförsäljning"][i - 1]),
            C("company_id", "integer", "none", fk(N_CO, 1)),
        ], rows=N_DEP, extra=[fkey(S, "base_department", "company_id", "base_company", "id")]),
        Table(S, "auth_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(150)", "none", lambda c, i: e("user")(c, i)),
            C("password", "varchar(128)", "credentials", _pbkdf2),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025), 0.8)),
            C("is_superuser", "boolean", "none", lambda c, i: i <= 2),
            C("is_staff", "boolean", "none", lambda c, i: i <= 6),
            C("is_active", "boolean", "none", flag(0.9)),
            C("date_joined", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_EMP),
        Table(S, "employee_employee", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("badge_id", "varchar(20)", "none", lambda c, i: f"SKF{i:04d}"),
            C("employee_user_id", "integer", "none", seq()),
            C("employee_first_name", "varchar(200)", "person_name", e("first")),
            C("employee_last_name", "varchar(200)", "person_name", e("last")),
            C("employee_profile", "varchar(200)", "none", lambda c, i: f"employee/profile/{hexs(c, 10)}.jpg"),
            C("email", "varchar(254)", "email", e("email")),
            C("phone", "varchar(25)", "phone", e("mobile")),
            C("address", "text", "postal_address", e("a_line")),
            C("country", "varchar(100)", "none", const("Finland")),
            C("state", "varchar(100)", "none", const("Åland")),
            C("city", "varchar(30)", "none", e("a_city")),
            C("zip", "varchar(20)", "postal_address", e("a_zip")),
            C("dob", "date", "birth_date", e("birth")),
            C("ssn", "varchar(12)", "national_id", e("natid"), comment="henkilötunnus / personbeteckning"),
            C("gender", "varchar(10)", "none", lambda c, i: {"M": "male", "F": "female"}[e("sex")(c, i)]),
            C("qualification", "varchar(50)", "none", one("Sjökapten", "Styrman", "Maskinmästare", "Matros",
                                                          "Kock", "Restaurangbiträde", "Merkonom", None)),
            C("experience", "integer", "none", ints(0, 35)),
            C("marital_status", "varchar(50)", "none", one("single", "married", "divorced", "widowed")),
            C("children", "integer", "none", ints(0, 4)),
            C("emergency_contact", "varchar(15)", "phone", lambda c, i: any_mobile("ax")(c, i).replace(" ", "")),
            C("emergency_contact_name", "varchar(60)", "person_name", any_name("ax")),
            C("emergency_contact_relation", "varchar(20)", "none", one("Make", "Maka", "Sambo", "Mamma", "Pappa",
                                                                       "Syster")),
            C("is_active", "boolean", "none", flag(0.9)),
        ], rows=N_EMP, extra=[fkey(S, "employee_employee", "employee_user_id", "auth_user", "id")]),
        Table(S, "base_jobposition", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("job_position", "varchar(50)", "none", lambda c, i: ["Befälhavare", "Överstyrman", "Styrman", "Matros",
                                                                   "Maskinchef", "Maskinmästare", "Motorman",
                                                                   "Intendent", "Kock", "Servitör", "Städare",
                                                                   "Löneadministratör", "HR-assistent",
                                                                   "Biljettförsäljare"][i - 1]),
            C("department_id", "integer", "none", fk(N_DEP, 3)),
        ], rows=N_JOB, extra=[fkey(S, "base_jobposition", "department_id", "base_department", "id")]),
        Table(S, "employee_employeeworkinformation", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "integer", "none", seq()),
            C("job_position_id", "integer", "none", fk(N_JOB, 5)),
            C("department_id", "integer", "none", fk(N_DEP, 3)),
            C("company_id", "integer", "none", fk(N_CO, 1)),
            C("reporting_manager_id", "integer", "none", lambda c, i: None if i <= 6 else c.r.randint(1, 6)),
            C("work_type", "varchar(30)", "none", one("2 veckor på / 2 av", "Dagtid", "Skift")),
            C("employee_type", "varchar(30)", "none", one("Tillsvidare", "Visstid", "Säsong")),
            C("location", "varchar(50)", "none", one(*SHIPS)),
            C("email", "varchar(254)", "email",
              lambda c, i: f"{slug(e('first')(c, i))}.{slug(e('last')(c, i))}@skargardsfarjan.ax"),
            C("mobile", "varchar(20)", "phone", maybe(any_mobile("ax"), 0.4)),
            C("date_joining", "date", "none", dates(2005, 2025)),
            C("contract_end_date", "date", "none", maybe(dates(2025, 2027), 0.3)),
            C("basic_salary", "integer", "none", ints(2300, 6900)),
            C("salary_hour", "integer", "none", ints(14, 42)),
        ], rows=N_EMP, extra=[fkey(S, "employee_employeeworkinformation", "employee_id", "employee_employee", "id"),
                              fkey(S, "employee_employeeworkinformation", "job_position_id", "base_jobposition", "id"),
                              fkey(S, "employee_employeeworkinformation", "company_id", "base_company", "id")]),
        Table(S, "employee_employeebankdetails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "integer", "none", seq()),
            C("bank_name", "varchar(50)", "none", one("Ålandsbanken", "Andelsbanken för Åland", "Nordea", "OP")),
            C("account_number", "varchar(50)", "iban", _bank_iban),
            C("branch", "varchar(50)", "none", one("Mariehamn", "Godby", "Jomala")),
            C("address", "text", "none", one("Nygatan 2, AX-22100 Mariehamn", "Torggatan 10, AX-22100 Mariehamn")),
            C("any_other_code1", "varchar(50)", "none", one("AABAFI22", "OKOYFIHH", "NDEAFIHH")),
            C("additional_info", "varchar(100)", "none", maybe(one("Lön delas på två konton", "Nytt konto från 1.3"), 0.1)),
        ], rows=N_EMP, extra=[fkey(S, "employee_employeebankdetails", "employee_id", "employee_employee", "id")]),
        Table(S, "leave_leaverequest", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "integer", "none", fk(N_EMP, 7)),
            C("leave_type", "varchar(30)", "none", one("Semester", "Semester", "Tjänstledighet", "Föräldraledighet",
                                                       "Kompledighet")),
            C("start_date", "date", "none", dates(2024, 2025)),
            C("end_date", "date", "none", dates(2024, 2025)),
            C("requested_days", "numeric(5,1)", "none", amounts(0.5, 28, 1)),
            C("description", "text", "free_text_may_contain_pii", _leave_text),
            C("status", "varchar(20)", "none", one("requested", "approved", "rejected", "cancelled")),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "leave_leaverequest", "employee_id", "employee_employee", "id")]),
        Table(S, "leave_sickleave", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "integer", "none", fk(N_EMP, 11)),
            C("start_date", "date", "none", dates(2024, 2025)),
            C("days", "integer", "none", ints(1, 40)),
            C("certificate_diagnosis", "varchar(60)", "health",
              one("J06.9 Övre luftvägsinfektion", "M54.5 Lumbago", "F43.2 Anpassningsstörning", "S93.4 Stukad fotled",
                  "K52.9 Gastroenterit", None)),
            C("work_accident", "boolean", "health", flag(0.1)),
        ], rows=90, extra=[fkey(S, "leave_sickleave", "employee_id", "employee_employee", "id")]),
        Table(S, "attendance_attendance", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "integer", "none", fk(N_EMP, 3)),
            C("attendance_date", "date", "none", dates(2025, 2025)),
            C("shift", "varchar(20)", "none", one("Dag", "Natt", "Vakt 00-04", "Vakt 04-08")),
            C("attendance_clock_in", "time", "none", one("06:00", "06:45", "12:00", "18:00", "23:50")),
            C("attendance_clock_out", "time", "none", one("14:00", "18:15", "20:00", "04:00")),
            C("attendance_worked_hour", "varchar(10)", "none", one("08:00", "12:00", "06:30", "10:15")),
            C("attendance_overtime", "varchar(10)", "none", one("00:00", "00:00", "01:30", "02:00")),
            C("attendance_validated", "boolean", "none", flag(0.8)),
            C("is_holiday", "boolean", "none", flag(0.05)),
        ], rows=150, extra=[fkey(S, "attendance_attendance", "employee_id", "employee_employee", "id")]),
        Table(S, "payroll_deduction", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("employee_id", "integer", "none", fk(N_EMP, 13)),
            C("title", "varchar(80)", "trade_union",
              one("Medlemsavgift Finlands Sjömans-Union", "Medlemsavgift Suomen Merimies-Unioni",
                  "Medlemsavgift Finlands Skeppsbefälsförbund", "Medlemsavgift Ålands Fackförbund",
                  "Medlemsavgift Finlands Maskinbefälsförbund"),
              comment="union membership fee withheld from pay"),
            C("rate", "numeric(4,2)", "none", amounts(1.2, 2.0)),
            C("is_pretax", "boolean", "none", const(False)),
            C("start_date", "date", "none", dates(2015, 2025)),
        ], rows=110, extra=[fkey(S, "payroll_deduction", "employee_id", "employee_employee", "id")]),
        Table(S, "axes_accessattempt", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_agent", "varchar(255)", "none", one("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
                                                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/128.0",
                                                        "Mozilla/5.0 (Linux; Android 14; SM-A546B)")),
            C("ip_address", "inet", "ip_address", lambda c, i: public_ip(c, (62, 85, 91, 193, 194, 212))),
            C("username", "varchar(150)", "none", lambda c, i: e("user")(c, c.r.randint(1, N_EMP))),
            C("http_accept", "varchar(255)", "none", const("text/html,application/xhtml+xml")),
            C("path_info", "varchar(255)", "none", one("/login/", "/login/", "/employee/employee-profile/")),
            C("attempt_time", "timestamp", "none", stamps(2025, 2025)),
            C("failures_since_start", "integer", "none", ints(1, 6)),
        ], rows=120),
        Table(S, "recruitment_recruitment", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(80)", "none", lambda c, i: ["Matros sommar 2025", "Kock M/S Knipan", "Maskinmästare",
                                                             "Servitör säsong", "Styrman", "Löneadministratör"][i - 1]),
            C("vacancy", "integer", "none", ints(1, 6)),
            C("start_date", "date", "none", dates(2024, 2025)),
            C("closed", "boolean", "none", flag(0.5)),
        ], rows=N_REC),
        Table(S, "recruitment_candidate", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(100)", "person_name", k("full")),
            C("email", "varchar(254)", "email", k("email")),
            C("mobile", "varchar(15)", "phone", lambda c, i: k("mobile")(c, i).replace(" ", "")),
            C("address", "text", "postal_address", k("a_full")),
            C("dob", "date", "birth_date", maybe(k("birth"), 0.6)),
            C("gender", "varchar(15)", "none", lambda c, i: {"M": "male", "F": "female"}[k("sex")(c, i)]),
            C("resume", "varchar(200)", "none", lambda c, i: f"recruitment/resume/cv_{hexs(c, 8)}.pdf"),
            C("portfolio", "varchar(200)", "none", maybe(lambda c, i: f"https://www.linkedin.com/in/{k('user')(c, i)}",
                                                          0.3)),
            C("recruitment_id", "integer", "none", fk(N_REC, 1)),
            C("source", "varchar(20)", "none", one("application", "software", "inside_employee")),
            C("stage", "varchar(20)", "none", one("applied", "initial", "interview", "test", "hired", "cancelled")),
            C("schedule_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.5)),
            C("hired", "boolean", "none", flag(0.2)),
            C("rating", "integer", "none", ints(0, 5)),
        ], rows=110, extra=[fkey(S, "recruitment_candidate", "recruitment_id", "recruitment_recruitment", "id")]),
    ]
