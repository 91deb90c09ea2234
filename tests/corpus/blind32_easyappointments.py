"""ah_easyappointments: Easy!Appointments 1.5 (easyappointments.org; ea_* tables) as recalled from its public
schema, for a physiotherapy and dental practice in Belize City. Users 1-9 are the admin, the providers and the
secretaries; 10-130 are customers, whose custom fields the practice set to SSB number, date of birth (typed as
text), insurer and allergies/conditions."""
from __future__ import annotations

import json

from .blind32_gens import (C, any_name, b64, cached, const, digits, fk, fkey, hexs, make_person, maybe, one,
                           public_ip, seq, sha256, span, stamps)
from .gens import Table

S = "ah_easyappointments"
USR = "ea.user"
N_USER, N_STAFF, N_SVC, N_APPT = 130, 9, 10, 150
DOMAIN = "hvclinic.bz"
SERVICES = [("Initial physiotherapy assessment", 60, 120), ("Physiotherapy follow-up", 45, 90),
            ("Sports massage", 45, 100), ("Post-stroke rehabilitation", 60, 110), ("Dental check-up and cleaning",
                                                                                    45, 80),
            ("Tooth extraction", 30, 150), ("Root canal (per visit)", 90, 450), ("Orthodontic consultation", 30, 60),
            ("Children's dental visit", 30, 50), ("Dry needling", 30, 80)]


def usr(c, i: int) -> dict:
    return cached(c, (USR, i), lambda cx: make_person(cx, "bz", 1940, 2018))


def U(field: str):
    return lambda c, i: usr(c, i)[field]


def role(i: int) -> int:
    return 1 if i == 1 else 2 if i <= 7 else 4 if i <= 9 else 3


def _cust(f):
    """A customer-only field (None for staff rows)."""
    return lambda c, i: f(c, i) if role(i) == 3 else None


def _user_notes(c, i):
    if role(i) != 3:
        return c.r.choice(["", "Part-time Tuesdays and Thursdays", "Dentist, BDS (UWI)"])
    return c.r.choice(["", "", "", f"Referred by Dr. {any_name('bz')(c, i)} (KHMH).",
                       f"Wife {usr(c, 10 + (i * 7) % 120)['first']} is also a patient.", "Pays cash, no receipts.",
                       f"If no answer call daughter {any_name('bz')(c, i)} on 6{digits(c, 2)}-{digits(c, 4)}.",
                       "Prefers Spanish."])


def _appt_notes(c, i):
    return c.r.choice(["", "", "Lower back pain since lifting cement at work", "Tooth sensitivity upper left molar",
                       "Knee pain after football, possible ACL", "Stroke in March, left side weakness",
                       "Pregnant 24 weeks - pelvic girdle pain", "Broken crown, pain when chewing",
                       "Frozen shoulder, diabetic", "Follow-up after ankle fracture (cast removed)"])


def _google_token(c, i):
    if i > 7 or c.r.random() < 0.4:
        return None
    return json.dumps({"access_token": "ya29." + b64(c, 90).replace("/", "_").replace("+", "-").rstrip("="),
                       "expires_in": 3599, "refresh_token": "1//0" + b64(c, 72).replace("/", "_").rstrip("="),
                       "scope": "https://www.googleapis.com/auth/calendar", "token_type": "Bearer",
                       "created": c.r.randint(1_700_000_000, 1_760_000_000)})


def _working_plan(c, i):
    day = {"start": "08:00", "end": "17:00", "breaks": [{"start": "12:00", "end": "13:00"}]}
    return json.dumps({d: (day if d != "sunday" else None) for d in
                       ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")})


SETTINGS = [("company_name", "Harbour View Physio & Dental"), ("company_email", f"info@{DOMAIN}"),
            ("company_link", f"https://{DOMAIN}"), ("company_working_plan", "{}"), ("book_advance_timeout", "30"),
            ("google_analytics_code", "G-7QK2M1XB4R"), ("customer_notifications", "1"), ("date_format", "DMY"),
            ("time_format", "regular"), ("require_captcha", "1"), ("display_cookie_notice", "1"),
            ("display_terms_and_conditions", "1"), ("display_privacy_policy", "1"), ("first_weekday", "monday"),
            ("require_phone_number", "1"), ("api_token", ""), ("display_any_provider", "1"), ("theme", "default"),
            ("limit_customer_access", "0"), ("future_booking_limit", "90"), ("company_color", "#0b6e99"),
            ("matomo_analytics_url", ""), ("display_login_button", "1"), ("default_language", "english"),
            ("default_timezone", "America/Belize"), ("require_email", "0"), ("disable_booking", "0"),
            ("ldap_is_active", "0"), ("company_logo", ""), ("display_delete_personal_information", "1")]


def easyappointments_tables() -> list[Table]:
    visit, closed = span("ea.visit", 2024, (1, 1)), span("ea.closed", 2025, (10, 24), 2025)
    return [
        Table(S, "ea_roles", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(256)", "none", lambda c, i: ["Administrator", "Provider", "Customer", "Secretary"]
              [i - 1]),
            C("slug", "varchar(256)", "none", lambda c, i: ["admin", "provider", "customer", "secretary"][i - 1]),
            C("is_admin", "smallint", "none", lambda c, i: int(i == 1)),
            C("appointments", "integer", "none", one(0, 15)),
            C("customers", "integer", "none", one(0, 15)),
            C("services", "integer", "none", one(0, 15)),
            C("users", "integer", "none", one(0, 15)),
            C("system_settings", "integer", "none", lambda c, i: 15 if i == 1 else 0),
            C("user_settings", "integer", "none", one(0, 15)),
        ], rows=4),
        Table(S, "ea_service_categories", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(256)", "none", lambda c, i: ["Physiotherapy", "Dental", "Sports"][i - 1]),
            C("description", "text", "none", const("")),
        ], rows=3),
        Table(S, "ea_services", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2021, 2022)),
            C("update_datetime", "timestamp", "none", stamps(2023, 2025)),
            C("name", "varchar(256)", "none", lambda c, i: SERVICES[i - 1][0]),
            C("duration", "integer", "none", lambda c, i: SERVICES[i - 1][1]),
            C("price", "numeric(10,2)", "none", lambda c, i: SERVICES[i - 1][2]),
            C("currency", "varchar(32)", "none", const("BZD")),
            C("description", "text", "none", const("")),
            C("color", "varchar(256)", "none", one("#7cbae8", "#acbefb", "#82e4ec", "#7cebc1")),
            C("location", "text", "none", one("Room 1", "Room 2", "Dental suite")),
            C("availabilities_type", "varchar(32)", "none", const("flexible")),
            C("attendants_number", "integer", "none", const(1)),
            C("is_private", "smallint", "none", const(0)),
            C("id_service_categories", "integer", "none", lambda c, i: 2 if 5 <= i <= 9 else 1),
        ], rows=N_SVC, extra=[fkey(S, "ea_services", "id_service_categories", "ea_service_categories", "id")]),
        Table(S, "ea_users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2021, 2025)),
            C("update_datetime", "timestamp", "none", stamps(2023, 2025)),
            C("first_name", "varchar(256)", "person_name", U("first")),
            C("last_name", "varchar(512)", "person_name", U("last")),
            C("email", "varchar(512)", "email", lambda c, i: usr(c, i)["email"] if role(i) == 3 else
              f"{usr(c, i)['user']}@{DOMAIN}"),
            C("mobile_number", "varchar(128)", "phone", U("mobile")),
            C("phone_number", "varchar(128)", "phone", maybe(U("phone"), 0.4, "")),
            C("address", "varchar(256)", "postal_address", maybe(U("a_line"), 0.8, "")),
            C("city", "varchar(256)", "none", U("a_city")),
            C("state", "varchar(128)", "none", one("Belize District", "Belize District", "Cayo", "Orange Walk",
                                                   "Stann Creek")),
            C("zip_code", "varchar(64)", "none", maybe(const("N/A"), 0.1, "")),
            C("timezone", "varchar(256)", "none", const("America/Belize")),
            C("language", "varchar(256)", "none", one("english", "english", "spanish")),
            C("custom_field_1", "text", "national_id", _cust(lambda c, i: usr(c, i)["natid"])),
            C("custom_field_2", "text", "birth_date", _cust(lambda c, i: usr(c, i)["birth"].strftime("%d/%m/%Y"))),
            C("custom_field_3", "text", "none", _cust(lambda c, i: c.r.choice(["Self-pay", "NHI", "Sagicor Life",
                                                                              "RF&G Insurance", "BSI Group plan"]))),
            C("custom_field_4", "text", "health", _cust(lambda c, i: c.r.choice(
                ["", "", "", "Allergic to penicillin", "Hypertension", "Type 2 diabetes", "Latex allergy",
                 "Asthma", "On warfarin", "Sickle cell disease", "Pacemaker fitted 2019"]))),
            C("custom_field_5", "text", "none", const(None)),
            C("is_private", "smallint", "none", const(0)),
            C("notes", "text", "free_text_may_contain_pii", _user_notes),
            C("ldap_dn", "varchar(256)", "none", const(None)),
            C("id_roles", "integer", "none", lambda c, i: role(i)),
        ], rows=N_USER, extra=[fkey(S, "ea_users", "id_roles", "ea_roles", "id")]),
        Table(S, "ea_user_settings", [
            C("id_users", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(256)", "none", lambda c, i: usr(c, i)["user"].split(".")[0] + str(i)),
            C("password", "varchar(512)", "credentials", lambda c, i: sha256(c)),
            C("salt", "varchar(512)", "none", lambda c, i: sha256(c)),
            C("working_plan", "text", "none", _working_plan),
            C("working_plan_exceptions", "text", "none", const("{}")),
            C("notifications", "smallint", "none", one(0, 1)),
            C("google_sync", "smallint", "none", lambda c, i: int(i <= 7)),
            C("google_token", "text", "secret_token", _google_token),
            C("google_calendar", "varchar(128)", "email", lambda c, i: f"{usr(c, i)['user']}@{DOMAIN}" if i <= 7
              else None),
            C("caldav_sync", "smallint", "none", const(0)),
            C("caldav_url", "varchar(512)", "none", const(None)),
            C("caldav_username", "varchar(256)", "email", maybe(lambda c, i: usr(c, i)["email"], 0.3)),
            C("caldav_password", "varchar(256)", "credentials", lambda c, i: c.r.choice(
                [None, None, "Belize2024!", "hv-" + digits(c, 4) + "-clinic", "Marlon#1982"])),
            C("sync_past_days", "integer", "none", const(30)),
            C("sync_future_days", "integer", "none", const(90)),
            C("calendar_view", "varchar(32)", "none", one("default", "table")),
        ], rows=N_STAFF, extra=[fkey(S, "ea_user_settings", "id_users", "ea_users", "id")]),
        Table(S, "ea_services_providers", [
            C("id_users", "integer", "none", lambda c, i: 2 + (i - 1) % 6),
            C("id_services", "integer", "none", lambda c, i: (i - 1) % N_SVC + 1),
        ], rows=N_SVC, extra=[fkey(S, "ea_services_providers", "id_users", "ea_users", "id"),
                              fkey(S, "ea_services_providers", "id_services", "ea_services", "id")]),
        Table(S, "ea_appointments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("update_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("book_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("start_datetime", "timestamp", "none", lambda c, i: visit(c, i)[0]),
            C("end_datetime", "timestamp", "none", lambda c, i: visit(c, i)[1]),
            C("location", "text", "none", one("Room 1", "Room 2", "Dental suite", "")),
            C("notes", "text", "health", _appt_notes),
            C("hash", "text", "secret_token", lambda c, i: hexs(c, 12)),
            C("color", "varchar(256)", "none", one("#7cbae8", "#f3b4b4", "")),
            C("status", "varchar(512)", "none", one("Booked", "Booked", "Confirmed", "Completed", "Cancelled",
                                                    "Did not show")),
            C("is_unavailability", "smallint", "none", const(0)),
            C("id_users_provider", "integer", "none", fk(6, 5)),
            C("id_users_customer", "integer", "none", lambda c, i: 10 + (i * 7) % 121),
            C("id_services", "integer", "none", fk(N_SVC, 3)),
            C("id_google_calendar", "text", "none", maybe(lambda c, i: "".join(
                c.r.choice("abcdefghijklmnopqrstuv0123456789") for _ in range(26)), 0.4)),
            C("id_caldav_calendar", "text", "none", const(None)),
        ], rows=N_APPT, extra=[fkey(S, "ea_appointments", "id_users_customer", "ea_users", "id"),
                               fkey(S, "ea_appointments", "id_services", "ea_services", "id")]),
        Table(S, "ea_consents", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2023, 2025)),
            C("update_datetime", "timestamp", "none", stamps(2023, 2025)),
            C("first_name", "varchar(256)", "person_name", lambda c, i: usr(c, 10 + i)["first"]),
            C("last_name", "varchar(256)", "person_name", lambda c, i: usr(c, 10 + i)["last"]),
            C("email", "varchar(512)", "email", lambda c, i: usr(c, 10 + i)["email"]),
            C("ip", "varchar(256)", "ip_address", lambda c, i: public_ip(c, (199, 168, 200, 45))),
            C("type", "varchar(256)", "none", one("terms-and-conditions", "privacy-policy")),
        ], rows=110),
        Table(S, "ea_settings", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2021, 2021)),
            C("update_datetime", "timestamp", "none", stamps(2022, 2025)),
            C("name", "varchar(512)", "none", lambda c, i: SETTINGS[i - 1][0]),
            C("value", "text", "none", lambda c, i: SETTINGS[i - 1][1]),
        ], rows=len(SETTINGS)),
        Table(S, "ea_webhooks", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("update_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("name", "varchar(256)", "none", lambda c, i: ["WhatsApp reminders", "Accounting sync", "Backup"][i - 1]),
            C("url", "text", "none", lambda c, i: ["https://hooks.zapier.com/hooks/catch/1846021/3kq9zt/",
                                                   "https://books.hvclinic.bz/api/ea-hook",
                                                   "https://n8n.hvclinic.bz/webhook/ea-backup"][i - 1]),
            C("actions", "text", "none", const("appointment_save,appointment_delete")),
            C("secret_token", "varchar(256)", "secret_token", lambda c, i: hexs(c, 32)),
            C("is_ssl_verified", "smallint", "none", const(1)),
            C("notes", "text", "none", const("")),
        ], rows=3),
        Table(S, "ea_blocked_periods", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("create_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("update_datetime", "timestamp", "none", stamps(2024, 2025)),
            C("name", "varchar(256)", "none", lambda c, i: ["Baron Bliss Day", "Good Friday", "Sovereign's Day",
                                                            "Garifuna Settlement Day", "Independence Day",
                                                            "St. George's Caye Day", "Staff training",
                                                            "Christmas closure"][i - 1]),
            C("start_datetime", "timestamp", "none", lambda c, i: closed(c, i)[0]),
            C("end_datetime", "timestamp", "none", lambda c, i: closed(c, i)[1]),
            C("notes", "text", "none", const("")),
        ], rows=8),
        Table(S, "ea_customer_log", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("id_users", "integer", "none", lambda c, i: 10 + (i * 3) % 121),
            C("ip_address", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (199, 168, 200, 45))),
            C("user_agent", "text", "none", one("Mozilla/5.0 (Linux; Android 13; SM-A145M) Chrome/124.0 Mobile",
                                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1",
                                                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/125.0")),
            C("action", "varchar(64)", "none", one("booking", "reschedule", "cancel")),
            C("created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=120, comment="practice's own add-on table (booking page log)",
            extra=[fkey(S, "ea_customer_log", "id_users", "ea_users", "id")]),
    ]
