"""aa_diwa_khaja: an in-house system of a Kathmandu-valley school midday-meal (diwa khaja) programme in Nepal:
schools, pupils with their guardians, dietary needs, growth checks and deworming rounds, cooks, suppliers, service
days and complaints. Birth dates are kept in Bikram Sambat as well as AD."""
from __future__ import annotations

import datetime as dt

from .blind25_gens import (P, bcrypt, chars, day, decimal, flag, hexs, idx, integer, ipv4, maybe, one, person,
                           ref, stamp, text)
from .gens import Col, Table

S = "aa_diwa_khaja"
N_SCHOOLS, N_STAFF, N_PUPILS = 80, 30, 150
PUPIL = dict(y0=2010, y1=2019)

GROUP = {"Shrestha": "Janajati (Newar)", "Maharjan": "Janajati (Newar)", "Tamang": "Janajati", "Gurung": "Janajati",
         "Magar": "Janajati", "Rai": "Janajati", "Limbu": "Janajati", "Lama": "Janajati", "Sharma": "Brahmin",
         "Adhikari": "Brahmin", "Poudel": "Brahmin", "Bhattarai": "Brahmin", "Thapa": "Chhetri", "Karki": "Chhetri",
         "Khadka": "Chhetri", "Bista": "Chhetri", "Yadav": "Madhesi", "Chaudhary": "Tharu", "Sunar": "Dalit"}
TONGUE = {"Janajati (Newar)": "Nepal Bhasa", "Tamang": "Tamang", "Gurung": "Gurung", "Magar": "Magar",
          "Rai": "Bantawa", "Limbu": "Limbu", "Lama": "Tamang", "Yadav": "Maithili", "Chaudhary": "Tharu"}
RELIGION = {"Tamang": "Buddhist", "Lama": "Buddhist", "Gurung": "Buddhist", "Rai": "Kirat", "Limbu": "Kirat"}


def _fk(table: str, col: str, target: str, tcol: str = "id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{target} ({tcol})"


def _pupil(c, i) -> dict:
    return person(c, "pupils", i, "np", **PUPIL)


def _bs(d: dt.date) -> str:
    """An approximate Bikram Sambat date (the BS new year falls in mid-April)."""
    after_new_year = (d.month, d.day) >= (4, 14)
    month = (d.month - 4) % 12 + (1 if d.day >= 14 else 0)
    month = 12 if month == 0 else min(month, 12)
    return f"{d.year + (57 if after_new_year else 56)}-{month:02d}-{min(d.day + 16, 32) % 30 + 1:02d}"


def _ethnicity(c, i):
    return GROUP[_pupil(c, i)["last"]]


def _tongue(c, i):
    last = _pupil(c, i)["last"]
    return TONGUE.get(last, TONGUE.get(GROUP[last], "Nepali"))


def _religion(c, i):
    last = _pupil(c, i)["last"]
    return RELIGION.get(last, c.r.choice(("Hindu", "Hindu", "Hindu", "Christian", "Buddhist")))


COMPLAINTS = ("The rice served on {n} Magh was undercooked. My daughter got sick. - {full}, {phone}",
              "Eggs were not given for two weeks at our school.", "खाना पकाउने दिदीले गाली गर्नुभयो। सम्पर्क: {phone}",
              "Please call me ({full}) about the beaten rice quality, {phone}", "Menu board is not updated.",
              "Utensils are not washed properly; raised by parent {full}.")


def meals_tables() -> list[Table]:
    schools = Table(S, "schools", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("emis_code", "char(9)", "none", lambda c, i: f"{27 + i % 3}{c.r.randint(1000000, 9999999)}"),
        Col("name", "varchar(160)", "none", lambda c, i: c.r.choice(
            ("Shree Janata", "Shree Saraswati", "Shree Bal Bikas", "Shree Adarsha", "Shree Nepal Rastriya",
             "Shree Bhagawati")) + f" {c.r.choice(('Basic School', 'Secondary School'))} ({i})"),
        Col("municipality", "varchar(80)", "none", one("Lalitpur Metropolitan City", "Kathmandu Metropolitan City",
                                                       "Madhyapur Thimi Municipality", "Godawari Municipality")),
        Col("ward_no", "smallint", "none", integer(1, 32)),
        Col("district", "varchar(40)", "none", one("Kathmandu", "Lalitpur", "Bhaktapur")),
        Col("headteacher_name", "varchar(120)", "person_name", P("np", "schools/head", "full")),
        Col("headteacher_mobile", "varchar(15)", "phone", P("np", "schools/head", "phone")),
        Col("school_phone", "varchar(15)", "none", lambda c, i: f"01-{c.r.choice('456')}{c.r.randint(100000, 999999)}"),
        Col("school_email", "varchar(120)", "none", lambda c, i: f"school{i}.emis@gmail.com"),
        Col("enrolment_total", "integer", "none", integer(60, 900)),
        Col("has_kitchen_garden", "boolean", "none", flag(0.4)),
        Col("latitude", "numeric(9,6)", "none", decimal(27.60, 27.74, 6)),
        Col("longitude", "numeric(9,6)", "none", decimal(85.27, 85.45, 6)),
    ], rows=N_SCHOOLS)
    staff = Table(S, "staff_users", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("username", "varchar(40)", "none", P("np", "staff", "user")),
        Col("password_hash", "varchar(100)", "credentials", bcrypt("$2b$12$")),
        Col("full_name", "varchar(120)", "person_name", P("np", "staff", "full")),
        Col("role", "varchar(20)", "none", one("ward_focal", "nutrition_officer", "data_entry", "admin")),
        Col("email", "varchar(120)", "email", lambda c, i: P("np", "staff", "user")(c, i) + "@lalitpurmun.gov.np"),
        Col("mobile", "varchar(15)", "phone", P("np", "staff", "phone")),
        Col("last_login_ip", "inet", "ip_address", ipv4("np")),
        Col("api_token", "char(40)", "secret_token", maybe(hexs(40), 0.5)),
        Col("is_active", "boolean", "none", flag(0.9)),
    ], rows=N_STAFF)
    pupils = Table(S, "pupils", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("school_id", "integer", "none", ref(N_SCHOOLS, 3)),
        Col("emis_student_id", "varchar(20)", "none", lambda c, i: f"STU-{2075 + i % 6}-{c.r.randint(100000, 999999)}"),
        Col("first_name", "varchar(60)", "person_name", lambda c, i: _pupil(c, i)["first"]),
        Col("surname", "varchar(60)", "person_name", lambda c, i: _pupil(c, i)["last"]),
        Col("full_name_np", "varchar(120)", "person_name", lambda c, i: _pupil(c, i)["dev"]),
        Col("gender", "char(1)", "none", lambda c, i: _pupil(c, i)["sex"]),
        Col("dob_bs", "char(10)", "birth_date", lambda c, i: _bs(_pupil(c, i)["dob"]),
            comment="Date of birth, Bikram Sambat"),
        Col("dob_ad", "date", "birth_date", lambda c, i: _pupil(c, i)["dob"]),
        Col("grade", "smallint", "none", integer(1, 8)),
        Col("roll_no", "smallint", "none", integer(1, 45)),
        Col("caste_ethnicity", "varchar(40)", "ethnic_origin", _ethnicity),
        Col("mother_tongue", "varchar(40)", "ethnic_origin", _tongue),
        Col("religion", "varchar(20)", "religious_belief", _religion),
        Col("disability_type", "varchar(40)", "health", lambda c, i: c.r.choice(
            ("Low vision", "Hard of hearing", "Physical (lower limb)", "Autism", "Intellectual")) if i % 9 == 0
            else None),
        Col("guardian_name", "varchar(120)", "person_name",
            lambda c, i: f"{person(c, 'pupils/guardian', i, 'np')['first']} {_pupil(c, i)['last']}"),
        Col("guardian_mobile", "varchar(15)", "phone", lambda c, i: person(c, "pupils/guardian", i, "np")["phone"]),
        Col("guardian_citizenship_no", "varchar(20)", "national_id", maybe(
            lambda c, i: person(c, "pupils/guardian", i, "np")["natid"], 0.2)),
        Col("tole", "varchar(60)", "postal_address", lambda c, i: _pupil(c, i)["street"]),
        Col("ward_no", "smallint", "none", lambda c, i: _pupil(c, i)["ward"]),
        Col("free_meal_eligible", "boolean", "none", flag(0.8)),
        Col("enrolled_on", "date", "none", day(2019, 2024)),
    ], rows=N_PUPILS, extra=[_fk("pupils", "school_id", "schools")])
    diet = Table(S, "dietary_needs", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("pupil_id", "integer", "none", ref(N_PUPILS, 3)),
        Col("allergy", "varchar(60)", "health", one("Peanut", "Egg", "Milk (lactose)", "Soy", "None known", "Wheat")),
        Col("severity", "varchar(20)", "health", one("mild", "moderate", "severe", None)),
        Col("diet_type", "varchar(40)", "religious_belief", one("Vegetarian (religious)", "No buffalo/beef",
                                                                  "Halal only", "No meat on Tuesdays", "Jain")),
        Col("medical_note", "text", "health", maybe(one("Carries inhaler for asthma.", "Type 1 diabetes; snack at 11.",
                                                        "Coeliac confirmed by Patan Hospital.", "Epilepsy, on valproate."),
                                                    0.4)),
        Col("epipen_in_school", "boolean", "health", flag(0.15)),
        Col("recorded_by", "integer", "none", ref(N_STAFF, 5)),
        Col("recorded_on", "date", "none", day(2023, 2025)),
    ], rows=100, extra=[_fk("dietary_needs", "pupil_id", "pupils"), _fk("dietary_needs", "recorded_by", "staff_users")])
    growth = Table(S, "growth_checks", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("pupil_id", "integer", "none", ref(N_PUPILS, 1)),
        Col("measured_on", "date", "none", day(2023, 2025)),
        Col("height_cm", "numeric(5,1)", "health", decimal(98, 165, 1)),
        Col("weight_kg", "numeric(5,1)", "health", decimal(14, 55, 1)),
        Col("muac_mm", "smallint", "health", integer(120, 240)),
        Col("bmi_z", "numeric(4,2)", "health", decimal(-3.5, 2.5, 2)),
        Col("stunted", "boolean", "health", flag(0.25)),
        Col("remarks", "text", "health", maybe(one("Referred to ward health post", "Severe wasting - refer OTC",
                                                   "Recheck in 3 months", "Anaemic look, refer"), 0.6)),
        Col("measured_by", "integer", "none", ref(N_STAFF, 7)),
    ], rows=150, extra=[_fk("growth_checks", "pupil_id", "pupils"), _fk("growth_checks", "measured_by", "staff_users")])
    deworm = Table(S, "deworming_doses", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("pupil_id", "integer", "none", ref(N_PUPILS, 11)),
        Col("round_no", "smallint", "none", one(1, 2)),
        Col("given_on", "date", "none", day(2023, 2025)),
        Col("drug", "varchar(40)", "health", one("Albendazole 400 mg", "Albendazole 200 mg", "Mebendazole 500 mg")),
        Col("dose_mg", "smallint", "health", one(200, 400, 500)),
        Col("side_effects", "varchar(120)", "health", maybe(one("Nausea", "Abdominal pain", "Vomited once"), 0.8)),
        Col("given_by", "varchar(80)", "none", one("FCHV", "School nurse", "Health post staff")),
    ], rows=150, extra=[_fk("deworming_doses", "pupil_id", "pupils")])
    cooks = Table(S, "cooks", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("school_id", "integer", "none", ref(N_SCHOOLS, 1)),
        Col("full_name", "varchar(120)", "person_name", P("np", "cooks", "full", 1965, 1995)),
        Col("mobile", "varchar(15)", "phone", P("np", "cooks", "phone", 1965, 1995)),
        Col("citizenship_no", "varchar(20)", "national_id", P("np", "cooks", "natid", 1965, 1995)),
        Col("address", "varchar(160)", "postal_address", P("np", "cooks", "addr", 1965, 1995)),
        Col("monthly_honorarium_npr", "integer", "none", one(9000, 10500, 12000)),
        Col("bank_account_no", "varchar(20)", "bank_account", lambda c, i: f"0{c.r.randint(10, 99)}0"
            f"{c.r.randint(1000000000, 9999999999)}{c.r.randint(10, 99)}"),
        Col("hep_a_vaccinated", "boolean", "health", flag(0.5)),
        Col("union_member", "boolean", "trade_union", flag(0.35),
            comment="Member of the school cooks' union: dues deducted from the honorarium"),
    ], rows=90, extra=[_fk("cooks", "school_id", "schools")])
    suppliers = Table(S, "suppliers", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("firm_name", "varchar(120)", "none", lambda c, i: c.r.choice(
            ("Annapurna Grain Traders", "Bagmati Kirana Pasal", "Himal Dairy Udhyog", "Sagun Egg Farm",
             "Newa Beaten Rice Mill")) + f" {i}"),
        Col("pan_no", "char(9)", "none", lambda c, i: f"{c.r.choice('356')}{c.r.randint(10000000, 99999999)}"),
        Col("proprietor_name", "varchar(120)", "person_name", P("np", "suppliers", "full")),
        Col("proprietor_mobile", "varchar(15)", "phone", P("np", "suppliers", "phone")),
        Col("office_phone", "varchar(15)", "none", lambda c, i: f"01-5{c.r.randint(100000, 999999)}"),
        Col("office_address", "varchar(160)", "none", lambda c, i: f"{c.r.choice(('Kalimati', 'Balkhu', 'Sanepa'))}, "
            f"Ward {c.r.randint(1, 20)}, {c.r.choice(('Kathmandu', 'Lalitpur'))}"),
        Col("bank_account_no", "varchar(20)", "none", lambda c, i: f"{c.r.randint(10, 99)}01{c.r.randint(10**11, 10**12 - 1)}"),
        Col("email", "varchar(120)", "none", lambda c, i: f"accounts@supplier{i}.com.np"),
    ], rows=80)
    service = Table(S, "meal_service_days", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("school_id", "integer", "none", ref(N_SCHOOLS, 7)),
        Col("served_on", "date", "none", day(2024, 2025)),
        Col("pupils_present", "integer", "none", integer(40, 700)),
        Col("meals_served", "integer", "none", integer(40, 700)),
        Col("menu_code", "varchar(10)", "none", lambda c, i: f"M{c.r.randint(1, 12):02d}"),
        Col("shortfall_reason", "varchar(120)", "none", maybe(one("Gas cylinder empty", "Supplier late", "Rain"), 0.8)),
        Col("photo_path", "varchar(200)", "none", lambda c, i: f"uploads/meals/{i}/{chars(12)(c, i)}.jpg"),
    ], rows=150, extra=[_fk("meal_service_days", "school_id", "schools")])
    complaints = Table(S, "complaints", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("school_id", "integer", "none", ref(N_SCHOOLS, 9)),
        Col("lodged_at", "timestamp", "none", stamp(2024, 2025)),
        Col("channel", "varchar(20)", "none", one("hotline", "sms", "ward office", "facebook")),
        Col("complainant_name", "varchar(120)", "person_name", maybe(P("np", "complaints", "full"), 0.3)),
        Col("complainant_phone", "varchar(15)", "phone", maybe(P("np", "complaints", "phone"), 0.2)),
        Col("body", "text", "free_text_may_contain_pii", text("np", "complaints", *COMPLAINTS)),
        Col("category", "varchar(30)", "none", one("food quality", "quantity", "hygiene", "staff conduct")),
        Col("resolved", "boolean", "none", flag(0.6)),
    ], rows=90, extra=[_fk("complaints", "school_id", "schools")])
    return [schools, staff, pupils, diet, growth, deworm, cooks, suppliers, service, complaints]
