"""h_django: Django's contrib tables plus the apps a typical Django SaaS adds (DRF authtoken, django-allauth,
django-otp, django-rest-passwordreset, django-axes, dj-stripe) and the project's own `profiles_profile`.
"""
from __future__ import annotations

import base64
import json

from .blind5_gens import L, T, dob, fk, hexs, ipv4, loc, num, one, opt, stamp
from .gens import Ctx, Table, django_pbkdf2, ident, rand_token

S = "h_django"
NUSER, NSOC = 120, 80
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "nl_NL", "es_ES"]


def _handle(c: Ctx, i: int) -> str:
    f = loc(c, c.r.choice(LOCALES))
    return c.r.choice([f.user_name(), f"{f.first_name().lower()}{c.r.randint(1, 99)}", f"{f.last_name().lower()}_{i}"])


def _email(c: Ctx, i: int) -> str:
    return loc(c, c.r.choice(LOCALES)).email()


def _session_data(c: Ctx, i: int) -> str:
    payload = json.dumps({"_auth_user_id": str(c.r.randint(1, NUSER)), "_auth_user_backend":
                          "django.contrib.auth.backends.ModelBackend", "_auth_user_hash": hexs(64)(c, i)})
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return f".{body}:1t{rand_token(4)(c, i)}:{rand_token(43, alphabet='abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')(c, i)}"


def _extra_data(c: Ctx, i: int) -> str:
    f = loc(c, c.r.choice(LOCALES))
    first, last = f.first_name(), f.last_name()
    return json.dumps({"id": str(c.r.randint(10**20, 10**21)), "email": f"{first.lower()}.{last.lower()}@gmail.com",
                       "verified_email": True, "name": f"{first} {last}", "given_name": first, "family_name": last,
                       "picture": f"https://lh3.googleusercontent.com/a/{rand_token(30)(c, i)}", "locale": "en"})


def _bio(c: Ctx, i: int) -> str:
    f = loc(c, c.r.choice(LOCALES))
    return c.r.choice([f"Hi, I'm {f.first_name()}! Product designer based in {f.city()}. Ping me at {f.free_email()}.",
                       f"Freelance {f.job().lower()}. Book a call: {f.phone_number()}",
                       f"{f.first_name()} {f.last_name()}, co-founder. Dog person.",
                       f"Formerly at {f.company()}, now building things. {f.free_email()}"])


def _billing_details(c: Ctx, i: int) -> str:
    f = loc(c, c.r.choice(LOCALES))
    return json.dumps({"name": f.name(), "email": f.email(), "phone": f.phone_number(),
                       "address": {"line1": f.street_address(), "postal_code": f.postcode(), "city": f.city(),
                                   "country": c.r.choice(["US", "GB", "DE", "FR", "NL", "ES"])}})


def _card_json(c: Ctx, i: int) -> str:
    return json.dumps({"brand": c.r.choice(["visa", "mastercard", "amex"]), "last4": f"{c.r.randint(0, 9999):04d}",
                       "exp_month": c.r.randint(1, 12), "exp_year": c.r.randint(2025, 2031), "funding": "credit"})


def _admin_repr(c: Ctx, i: int) -> str:
    return _email(c, i) if c.r.random() < 0.8 else c.r.choice([f"Invoice INV-{c.r.randint(1000, 9999)}", "Pro plan (yearly)"])


def tables() -> list[Table]:
    user = fk(NUSER)
    return [
        T(S, "auth_user", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("password", "varchar(128)", "credentials", lambda c, i: django_pbkdf2(c, i) if c.r.random() < 0.93 else "!" + rand_token(40)(c, i)),
            ("last_login", "timestamptz", "none", opt(0.9, stamp(2024, 2025))),
            ("is_superuser", "boolean", "none", lambda c, i: i <= 2),
            ("username", "varchar(150)", "none", _handle),
            ("first_name", "varchar(150)", "person_name", lambda c, i: loc(c, c.r.choice(LOCALES)).first_name()),
            ("last_name", "varchar(150)", "person_name", lambda c, i: loc(c, c.r.choice(LOCALES)).last_name()),
            ("email", "varchar(254)", "email", _email),
            ("is_staff", "boolean", "none", lambda c, i: i <= 5),
            ("is_active", "boolean", "none", one(True, True, True, False)),
            ("date_joined", "timestamptz", "none", stamp(2020, 2025))], rows=NUSER),
        T(S, "django_session", [
            ("session_key", "varchar(40) PRIMARY KEY", "secret_token", rand_token(32, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")),
            ("session_data", "text", "secret_token", _session_data),
            ("expire_date", "timestamptz", "none", stamp(2025, 2025))], rows=130),
        T(S, "authtoken_token", [
            ("key", "varchar(40) PRIMARY KEY", "secret_token", hexs(40)),
            ("created", "timestamptz", "none", stamp()),
            ("user_id", "int UNIQUE", "none", ident)], rows=90, fks=(("user_id", "auth_user(id)"),)),
        T(S, "account_emailaddress", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("email", "varchar(254)", "email", _email),
            ("verified", "boolean", "none", one(True, True, False)),
            ("primary", "boolean", "none", one(True, True, False)),
            ("user_id", "int", "none", user)], rows=130, fks=(("user_id", "auth_user(id)"),)),
        T(S, "account_emailconfirmation", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("created", "timestamptz", "none", stamp()),
            ("sent", "timestamptz", "none", opt(0.9, stamp())),
            ("key", "varchar(64)", "secret_token", rand_token(64, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")),
            ("email_address_id", "int", "none", fk(130))], rows=80, fks=(("email_address_id", "account_emailaddress(id)"),)),
        T(S, "socialaccount_socialapp", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("provider", "varchar(30)", "none", lambda c, i: ["google", "github", "microsoft", "apple"][i - 1]),
            ("name", "varchar(40)", "none", lambda c, i: ["Google", "GitHub", "Microsoft", "Sign in with Apple"][i - 1]),
            ("client_id", "varchar(191)", "none", lambda c, i: f"{c.r.randint(10**11, 10**12)}-{rand_token(32)(c, i).lower()}.apps.googleusercontent.com"),
            ("secret", "varchar(191)", "secret_token", rand_token(35, prefix="GOCSPX-")),
            ("key", "varchar(191)", "none", one("")),
            ("settings", "jsonb", "none", one('{"scope": ["profile", "email"]}', "{}"))], rows=4),
        T(S, "socialaccount_socialaccount", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("provider", "varchar(200)", "none", one("google", "github", "microsoft")),
            ("uid", "varchar(191)", "none", lambda c, i: str(c.r.randint(10**20, 10**21))),
            ("last_login", "timestamptz", "none", stamp()),
            ("date_joined", "timestamptz", "none", stamp()),
            ("extra_data", "jsonb", "free_text_may_contain_pii", _extra_data),
            ("user_id", "int", "none", user)], rows=NSOC, fks=(("user_id", "auth_user(id)"),)),
        T(S, "socialaccount_socialtoken", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("token", "text", "secret_token", rand_token(160, prefix="ya29.a0", alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")),
            ("token_secret", "text", "secret_token", rand_token(100, prefix="1//0", alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")),
            ("expires_at", "timestamptz", "none", stamp(2025, 2025)),
            ("account_id", "int", "none", fk(NSOC)),
            ("app_id", "int", "none", fk(4))], rows=NSOC,
            fks=(("account_id", "socialaccount_socialaccount(id)"), ("app_id", "socialaccount_socialapp(id)"))),
        T(S, "profiles_profile", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("user_id", "int UNIQUE", "none", ident),
            ("phone", "varchar(32)", "phone", opt(0.7, lambda c, i: loc(c, c.r.choice(LOCALES)).phone_number())),
            ("date_of_birth", "date", "birth_date", opt(0.6, dob)),
            ("avatar", "varchar(100)", "none", opt(0.6, lambda c, i: f"avatars/{c.r.randint(2021, 2025)}/{c.r.randint(1, 12):02d}/IMG_{c.r.randint(1000, 9999)}.jpg")),
            ("bio", "text", "free_text_may_contain_pii", opt(0.7, _bio)),
            ("address_line1", "varchar(255)", "postal_address", lambda c, i: loc(c, c.r.choice(LOCALES)).street_address()),
            ("address_line2", "varchar(255)", "postal_address", opt(0.3, lambda c, i: f"{c.r.choice(['Apt', 'Suite', 'Flat', 'Unit'])} {c.r.randint(1, 400)}")),
            ("city", "varchar(100)", "none", lambda c, i: loc(c, c.r.choice(LOCALES)).city()),
            ("postal_code", "varchar(20)", "postal_address", lambda c, i: loc(c, c.r.choice(LOCALES)).postcode()),
            ("country", "varchar(2)", "none", one("US", "GB", "DE", "FR", "NL", "ES")),
            ("timezone", "varchar(63)", "none", one("Europe/Berlin", "America/New_York", "Europe/London", "Europe/Paris")),
            ("job_title", "varchar(120)", "none", lambda c, i: loc(c, "en_US").job()),
            ("company", "varchar(120)", "none", lambda c, i: loc(c, "en_US").company()),
            ("website", "varchar(200)", "none", opt(0.3, lambda c, i: loc(c, "en_US").url())),
            ("gender", "varchar(16)", "none", one("female", "male", "non-binary", "")),
            ("marketing_opt_in", "boolean", "none", one(True, False)),
            ("updated_at", "timestamptz", "none", stamp())], rows=NUSER, fks=(("user_id", "auth_user(id)"),)),
        T(S, "otp_totp_totpdevice", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("name", "varchar(64)", "none", one("default", "Authenticator", "iPhone")),
            ("confirmed", "boolean", "none", one(True, True, False)),
            ("key", "varchar(80)", "secret_token", hexs(40)),
            ("step", "smallint", "none", one(30)),
            ("digits", "smallint", "none", one(6)),
            ("tolerance", "smallint", "none", one(1)),
            ("drift", "smallint", "none", one(0, 0, 1, -1)),
            ("last_t", "bigint", "none", lambda c, i: 57_000_000 + c.r.randint(0, 999_999)),
            ("user_id", "int", "none", user)], rows=80, fks=(("user_id", "auth_user(id)"),)),
        T(S, "otp_static_statictoken", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("token", "varchar(16)", "secret_token", rand_token(8, alphabet="abcdefghijklmnopqrstuvwxyz0123456789")),
            ("device_id", "int", "none", fk(80))], rows=100,
            fks=(("device_id", "otp_totp_totpdevice(id)"),)),
        T(S, "django_admin_log", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("action_time", "timestamptz", "none", stamp()),
            ("object_id", "text", "none", lambda c, i: str(c.r.randint(1, NUSER))),
            ("object_repr", "varchar(200)", "email", _admin_repr),
            ("action_flag", "smallint", "none", one(1, 2, 3)),
            ("change_message", "text", "none", one('[{"changed": {"fields": ["Email address"]}}]', '[{"added": {}}]',
                                                   '[{"changed": {"fields": ["Active", "Staff status"]}}]', "")),
            ("user_id", "int", "none", fk(5))], rows=100, fks=(("user_id", "auth_user(id)"),)),
        T(S, "django_rest_passwordreset_resetpasswordtoken", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("created_at", "timestamptz", "none", stamp()),
            ("key", "varchar(64) UNIQUE", "secret_token", hexs(40)),
            ("ip_address", "inet", "ip_address", ipv4),
            ("user_agent", "varchar(512)", "none", lambda c, i: loc(c, "en_US").user_agent()),
            ("user_id", "int", "none", user)], rows=90, fks=(("user_id", "auth_user(id)"),)),
        T(S, "axes_accessattempt", [
            ("id", "int PRIMARY KEY", "none", ident),
            ("user_agent", "varchar(255)", "none", lambda c, i: loc(c, "en_US").user_agent()),
            ("ip_address", "inet", "ip_address", lambda c, i: loc(c, "en_US").ipv4_public() if c.r.random() < 0.8 else loc(c, "en_US").ipv6()),
            ("username", "varchar(255)", "email", _email),
            ("http_accept", "varchar(1025)", "none", one("text/html,application/xhtml+xml", "*/*", "application/json")),
            ("path_info", "varchar(255)", "none", one("/accounts/login/", "/api/auth/login/", "/admin/login/")),
            ("attempt_time", "timestamptz", "none", stamp()),
            ("failures_since_start", "int", "none", num(1, 12))], rows=100),
        T(S, "djstripe_paymentmethod", [
            ("djstripe_id", "bigint PRIMARY KEY", "none", ident),
            ("id", "varchar(255) UNIQUE", "none", lambda c, i: f"pm_{L('en_US', 'pystr', 24, 24)(c, i)}"),
            ("type", "varchar(255)", "none", one("card", "card", "sepa_debit")),
            ("card", "jsonb", "none", _card_json),
            ("billing_details", "jsonb", "free_text_may_contain_pii", _billing_details),
            ("created", "timestamptz", "none", stamp()),
            ("livemode", "boolean", "none", one(True)),
            ("customer_id", "int", "none", user)], rows=100, fks=(("customer_id", "auth_user(id)"),)),
    ]
