"""l_gym: an Australian 24/7 gym chain's club management database (Rails-style snake_case, declared foreign keys)."""
from __future__ import annotations

from .blind9_gens import (day, digits, email, fk, fk_sql, first, full, integer, last, luhn_digits, maybe, num, phone,
                          pick, split, stamp, street, template, token, weighted, who)
from .gens import Col, Ctx, Table, bcrypt_like, ident

S = "l_gym"
CLUBS = [("Fitzroy", "3065", "VIC", "212 Brunswick St"), ("Hawthorn", "3122", "VIC", "640 Glenferrie Rd"),
         ("Parramatta", "2150", "NSW", "Shop 4, 55 Church St"), ("Bondi Junction", "2022", "NSW", "28 Oxford St"),
         ("Fortitude Valley", "4006", "QLD", "1/300 Wickham St"), ("Subiaco", "6008", "WA", "91 Rokeby Rd"),
         ("Glenelg", "5045", "SA", "12 Jetty Rd")]
PLANS = [("FLEX-FN", "Flexi Fortnightly", 27.95), ("12M-FN", "12 Month Fortnightly", 22.95),
         ("STUDENT", "Student Fortnightly", 19.95), ("CONC", "Concession (Pension/Health Care Card)", 17.95),
         ("CASUAL", "Casual Visit", 20.00), ("CORP-BHP", "Corporate - BHP", 18.50), ("PT10", "PT Pack 10 Sessions", 650.0)]
N_MEM, N_STAFF = 150, 90


def au_addr(c: Ctx, i: int) -> tuple[str, str, str, str]:
    postcode, suburb, state = c.r.choice([("3000", "Melbourne", "VIC"), ("3065", "Fitzroy", "VIC"),
                                          ("3122", "Hawthorn", "VIC"), ("2150", "Parramatta", "NSW"),
                                          ("2026", "Bondi", "NSW"), ("4006", "Fortitude Valley", "QLD"),
                                          ("6008", "Subiaco", "WA"), ("5045", "Glenelg", "SA")])
    return street("au")(c, i), suburb, state, postcode


def bsb(c: Ctx, i: int) -> str:
    return f"{c.r.choice(['062', '063', '033', '083', '012', '732'])}-{c.r.randint(0, 999):03d}"


def pay_method(c: Ctx, i: int) -> tuple:
    if c.r.random() < 0.6:
        return "bank", bsb(c, i), digits(c.r.randint(6, 9))(c, i), None, None, None, None
    legacy = luhn_digits(16, c.r.choice("45"))(c, i) if c.r.random() < 0.25 else None
    return ("card", None, None, token(24, prefix="tok_")(c, i), legacy[-4:] if legacy else f"{c.r.randint(0, 9999):04d}",
            f"{c.r.randint(1, 12):02d}/{c.r.randint(25, 30)}", legacy)


PT_NOTE = template("Focus on squat depth, L knee pain when loading past 90°.", "Great session! Deadlift PB 120kg.",
                   "Client 12 wks post-partum, cleared by GP, avoid heavy core.", "Rescheduled - text {t} if running late.",
                   "Lower back flare-up again, referred to physio at Fitzroy Physio.", "Cardio + mobility, BP was fine.",
                   "Partner {n} joining for next session (paid casual).", "Type 2 diabetic - check sugars before HIIT.",
                   t=phone("au"), n=full("au", "pt_partner"))
CANCEL_REASON = weighted({"Moving interstate": 20, "Financial hardship": 20, "Medical - injury": 15,
                          "Pregnancy": 8, "Joined another gym": 20, "Not using it": 17})


def gym_tables() -> list[Table]:
    fks = [fk_sql(S, "members", "home_club_id", "clubs"), fk_sql(S, "staff", "club_id", "clubs"),
           fk_sql(S, "memberships", "member_id", "members"), fk_sql(S, "memberships", "plan_id", "membership_plans"),
           fk_sql(S, "payment_methods", "member_id", "members"), fk_sql(S, "access_logs", "member_id", "members"),
           fk_sql(S, "access_logs", "club_id", "clubs"), fk_sql(S, "health_declarations", "member_id", "members"),
           fk_sql(S, "body_scans", "member_id", "members"), fk_sql(S, "pt_sessions", "member_id", "members"),
           fk_sql(S, "pt_sessions", "trainer_id", "staff"), fk_sql(S, "debit_runs", "membership_id", "memberships")]
    return [
        Table(S, "clubs", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("name", "varchar", "none", lambda c, i: f"Anytime24 {CLUBS[i - 1][0]}"),
            Col("street_address", "varchar", "none", lambda c, i: CLUBS[i - 1][3]),
            Col("suburb", "varchar", "none", lambda c, i: CLUBS[i - 1][0]),
            Col("state", "varchar", "none", lambda c, i: CLUBS[i - 1][2]),
            Col("postcode", "varchar", "none", lambda c, i: CLUBS[i - 1][1]),
            Col("phone", "varchar", "none", lambda c, i: f"(0{c.r.choice('2378')}) {c.r.randint(8000, 9999)} "
                                                          f"{c.r.randint(1000, 9999)}"),
            Col("email", "varchar", "none", lambda c, i: CLUBS[i - 1][0].lower().replace(" ", "") + "@anytime24.com.au"),
            Col("abn", "varchar", "none", pick("51 824 753 556")),
            Col("latitude", "numeric(9,6)", "none", num(-38, -27, 6)),
            Col("longitude", "numeric(9,6)", "none", num(115, 153, 6)),
            Col("opened_on", "date", "none", day(2012, 2022))], rows=len(CLUBS)),
        Table(S, "membership_plans", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("code", "varchar", "none", lambda c, i: PLANS[i - 1][0]),
            Col("description", "varchar", "none", lambda c, i: PLANS[i - 1][1]),
            Col("price", "numeric(8,2)", "none", lambda c, i: PLANS[i - 1][2]),
            Col("billing_frequency", "varchar", "none", pick("fortnightly", "fortnightly", "one_off")),
            Col("active", "boolean", "none", pick(True, True, False))], rows=len(PLANS)),
        Table(S, "staff", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("club_id", "bigint", "none", fk(len(CLUBS))),
            Col("first_name", "varchar", "person_name", first("au", "staff")),
            Col("last_name", "varchar", "person_name", last("au", "staff")),
            Col("role", "varchar", "none", pick("personal_trainer", "personal_trainer", "club_manager", "admin")),
            Col("email", "varchar", "email", lambda c, i: f"{who('au', 'staff', i).first.lower()}.{i}@anytime24.com.au"),
            Col("mobile", "varchar", "phone", phone("au")),
            Col("encrypted_password", "varchar", "credentials", bcrypt_like),
            Col("fitness_cert_no", "varchar", "none", lambda c, i: "SIS40221-" + digits(6)(c, i)),
            Col("wwcc_number", "varchar", "none", maybe(0.7, lambda c, i: f"WWC{digits(7)(c, i)}E")),
            Col("first_aid_expiry", "date", "none", day(2024, 2026))], rows=N_STAFF),
        Table(S, "members", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_number", "varchar", "none", lambda c, i: f"M{i + 200000}"),
            Col("home_club_id", "bigint", "none", fk(len(CLUBS))),
            Col("first_name", "varchar", "person_name", first("au", "members")),
            Col("last_name", "varchar", "person_name", last("au", "members")),
            Col("preferred_name", "varchar", "person_name", maybe(0.15, pick("Jess", "Mitch", "Bec", "Davo", "Liz"))),
            Col("date_of_birth", "date", "birth_date", day(1955, 2008)),
            Col("gender", "varchar", "none", lambda c, i: {"M": "male", "F": "female"}[who("au", "members", i).sex]),
            Col("email", "varchar", "email", email("au", "members")),
            Col("mobile", "varchar", "phone", phone("au")),
            Col("address_line1", "varchar", "postal_address", split("ad", au_addr, 0)),
            Col("suburb", "varchar", "none", split("ad", au_addr, 1)),
            Col("state", "varchar", "none", split("ad", au_addr, 2)),
            Col("postcode", "varchar", "postal_address", split("ad", au_addr, 3)),
            Col("emergency_contact_name", "varchar", "person_name", full("au", "emergency")),
            Col("emergency_contact_phone", "varchar", "phone", phone("au")),
            Col("concession_card_number", "varchar", "national_id", maybe(0.1, lambda c, i:
                f"{digits(3)(c, i)} {digits(3)(c, i)} {digits(3)(c, i)}{c.r.choice('ABCJK')}")),
            Col("photo_url", "varchar", "none", lambda c, i: f"https://s3.ap-southeast-2.amazonaws.com/a24-member-photos/"
                f"{token(24, '0123456789abcdef')(c, i)}.jpg"),
            Col("access_pin", "varchar", "credentials", digits(4)),
            Col("marketing_opt_in", "boolean", "none", pick(True, False)),
            Col("created_at", "timestamp", "none", stamp(2018)),
            Col("updated_at", "timestamp", "none", stamp(2023))], rows=N_MEM),
        Table(S, "memberships", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_id", "bigint", "none", fk(N_MEM)),
            Col("plan_id", "bigint", "none", fk(len(PLANS))),
            Col("status", "varchar", "none", weighted({"active": 60, "cancelled": 20, "suspended": 10, "overdue": 10})),
            Col("start_date", "date", "none", day(2019, 2025)),
            Col("end_date", "date", "none", maybe(0.3, day(2024, 2026))),
            Col("suspension_reason", "varchar", "health", maybe(0.2, weighted({"Medical": 45, "Travel": 30,
                                                                                "Pregnancy": 15, "Injury": 10}))),
            Col("cancellation_reason", "varchar", "none", maybe(0.25, CANCEL_REASON)),
            Col("key_fob_uid", "varchar", "none", lambda c, i: f"{c.r.randint(0, 2**32):08X}")], rows=150),
        Table(S, "payment_methods", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_id", "bigint", "none", fk(N_MEM)),
            Col("kind", "varchar", "none", split("pm", pay_method, 0)),
            Col("account_name", "varchar", "person_name", full("au", "members", last_first=False)),
            Col("bsb", "varchar", "none", split("pm", pay_method, 1)),
            Col("account_number", "varchar", "bank_account", split("pm", pay_method, 2)),
            Col("card_token", "varchar", "secret_token", split("pm", pay_method, 3)),
            Col("card_last4", "varchar", "payment_card", split("pm", pay_method, 4)),
            Col("card_expiry", "varchar", "none", split("pm", pay_method, 5)),
            Col("card_number_legacy", "varchar", "payment_card", split("pm", pay_method, 6)),
            Col("is_default", "boolean", "none", pick(True, True, False))], rows=140),
        Table(S, "debit_runs", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("membership_id", "bigint", "none", fk(150)),
            Col("run_date", "date", "none", day(2024, 2025)),
            Col("amount", "numeric(8,2)", "none", pick(17.95, 19.95, 22.95, 27.95)),
            Col("result_code", "varchar", "none", weighted({"00": 85, "51": 8, "05": 4, "54": 3})),
            Col("result_text", "varchar", "none", pick("Approved", "Insufficient funds", "Do not honour")),
            Col("dishonour_fee", "numeric(8,2)", "none", pick(0, 0, 0, 9.5))], rows=150),
        Table(S, "access_logs", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_id", "bigint", "none", fk(N_MEM, 0.05)),
            Col("club_id", "bigint", "none", fk(len(CLUBS))),
            Col("door", "varchar", "none", pick("Front entry", "Front entry", "Fire exit", "Reformer studio")),
            Col("fob_uid", "varchar", "none", lambda c, i: f"{c.r.randint(0, 2**32):08X}"),
            Col("granted", "boolean", "none", pick(True, True, True, False)),
            Col("deny_reason", "varchar", "none", pick(None, None, None, "overdue", "tailgating alarm")),
            Col("swiped_at", "timestamp", "none", stamp(2025))], rows=150),
        Table(S, "health_declarations", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_id", "bigint", "none", fk(N_MEM)),
            Col("heart_condition", "boolean", "health", weighted({False: 94, True: 6})),
            Col("chest_pain", "boolean", "health", weighted({False: 96, True: 4})),
            Col("dizziness", "boolean", "health", weighted({False: 93, True: 7})),
            Col("asthma", "boolean", "health", weighted({False: 85, True: 15})),
            Col("diabetes", "boolean", "health", weighted({False: 92, True: 8})),
            Col("pregnant", "boolean", "health", weighted({False: 95, True: 5})),
            Col("medications", "text", "health", weighted({"": 70, "Ventolin": 8, "Metformin 500mg": 5,
                                                           "Blood pressure tablets": 6, "Sertraline": 5, "Insulin": 3,
                                                           "Thyroxine": 3})),
            Col("injuries", "text", "health", weighted({"": 60, "ACL reconstruction 2019": 8, "Bad lower back": 12,
                                                        "Shoulder impingement (R)": 8, "Hip replacement": 4,
                                                        "Rolled ankle, still weak": 8})),
            Col("gp_clearance_required", "boolean", "health", pick(False, False, False, True)),
            Col("signed_name", "varchar", "person_name", full("au", "members")),
            Col("signed_at", "timestamp", "none", stamp(2019))], rows=N_MEM),
        Table(S, "body_scans", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_id", "bigint", "none", fk(N_MEM)),
            Col("scanned_at", "timestamp", "none", stamp(2023)),
            Col("device", "varchar", "none", pick("InBody 570", "InBody 270", "Evolt 360")),
            Col("weight_kg", "numeric(5,1)", "health", num(45, 130, 1)),
            Col("body_fat_pct", "numeric(4,1)", "health", num(8, 45, 1)),
            Col("skeletal_muscle_kg", "numeric(4,1)", "health", num(18, 45, 1)),
            Col("visceral_fat_level", "smallint", "health", integer(2, 18)),
            Col("bmr_kcal", "integer", "health", integer(1200, 2300)),
            Col("raw_report", "text", "none", lambda c, i: None)], rows=120),
        Table(S, "pt_sessions", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("member_id", "bigint", "none", fk(N_MEM)),
            Col("trainer_id", "bigint", "none", fk(N_STAFF)),
            Col("starts_at", "timestamp", "none", stamp(2024)),
            Col("duration_minutes", "integer", "none", pick(30, 45, 60)),
            Col("status", "varchar", "none", pick("completed", "completed", "no_show", "cancelled")),
            Col("trainer_notes", "text", "free_text_may_contain_pii", PT_NOTE)], rows=130, extra=fks),
    ]
