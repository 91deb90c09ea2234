"""The corpus tables and each column's label. Labels say what a reviewer would file the column under,
whatever its name: `contact` holding e-mails is "email", `email_sent boolean` is "none"."""
from __future__ import annotations

import datetime as dt
import json

from .gens import (ID, F, Col, Table, aes_b64, argon2_like, bcrypt_like, card, ccc_value, django_pbkdf2, dni_value,
                   fernet_of, free_text, iban_es, jwt_like, lat, lon, md5_hex, nie_value, nino, not_luhn, pem_key,
                   phone_es, phone_us, pick, prose_es, rand_token, sha256_of, ssn_dashed, _sometimes)

HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _date(c, i, start=1940, span_years=65):
    return dt.date(start, 1, 1) + dt.timedelta(days=c.r.randint(0, 365 * span_years))


def _ts(c, i):
    return dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(minutes=c.r.randint(0, 500_000))


def _int(lo, hi):
    return lambda c, i: c.r.randint(lo, hi)


def _money(c, i):
    return round(c.r.uniform(3, 900), 2)


def _bool(c, i):
    return c.r.random() < 0.5


def _addr(c, i):
    return c.fake.address()


def _addr_es(c, i):
    return c.es.address()


def _email(c, i):
    return c.fake.email()


def _ip(c, i):
    return c.fake.ipv4() if c.r.random() < 0.8 else c.fake.ipv6()


def _order_no(c, i):
    return f"{c.r.randint(2019, 2025)}-{c.r.randint(100, 999)}-{c.r.randint(10000, 99999)}"


def _routing(c, i):
    return c.fake.aba()


def _json_event(c, i):
    return json.dumps({"page": c.fake.uri_path(), "ref": c.r.choice(["ads", "seo", "mail"]), "ms": c.r.randint(5, 900)})


def _json_audit(c, i):
    field = c.r.choice(["email", "phone", "status"])
    old = {"email": c.fake.email(), "phone": phone_es(c, i), "status": "active"}[field]
    return json.dumps({"field": field, "old": old, "by": c.fake.user_name()})


def build_tables() -> list[Table]:
    T, C = Table, Col
    return [
        # ---- crm: an English CRM ----------------------------------------------------------------------
        T("crm", "customers", [ID,
          C("first_name", "text", "person_name", F("first_name")),
          C("last_name", "text", "person_name", F("last_name")),
          C("email", "text", "email", _email),
          C("phone_number", "text", "phone", phone_us),
          C("date_of_birth", "date", "birth_date", _date),
          C("street_address", "text", "postal_address", F("street_address")),
          C("city", "text", "none", F("city")),
          C("postcode", "text", "postal_address", F("postcode")),
          C("country", "text", "none", pick("US", "ES", "GB", "FR")),
          C("created_at", "timestamptz", "none", _ts),
          C("newsletter_opt_in", "boolean", "none", _bool),
          C("email_verified", "boolean", "none", _bool),
          C("loyalty_points", "int", "none", _int(0, 5000)),
          C("notes", "text", "free_text_may_contain_pii", free_text(0.15))]),
        T("crm", "contacts", [ID,
          C("full_name", "text", "person_name", F("name")),
          C("contact", "text", "email", _email),
          C("mobile", "text", "phone", phone_us),
          C("company", "text", "none", F("company")),
          C("job_title", "text", "none", F("job")),
          C("phone_type", "text", "none", pick("mobile", "home", "work"))]),
        T("crm", "leads", [ID,
          C("name", "text", "person_name", F("name")),
          C("source", "text", "none", pick("web", "ads", "referral", "event")),
          C("score", "int", "none", _int(0, 100)),
          C("email_sent", "boolean", "none", _bool),
          C("email_opened_at", "timestamptz", "none", _ts),
          C("phone_verified", "boolean", "none", _bool),
          C("status", "text", "none", pick("new", "qualified", "lost", "won"))]),
        T("crm", "companies", [ID,
          C("name", "text", "none", F("company")),
          C("website", "text", "none", F("url")),
          C("industry", "text", "none", F("bs")),
          C("employee_count", "int", "none", _int(1, 90000)),
          C("description", "text", "none", F("catch_phrase"))]),
        T("crm", "interactions", [ID,
          C("customer_id", "int", "none", _int(1, 120)),
          C("channel", "text", "none", pick("email", "phone", "chat", "visit")),
          C("summary", "text", "free_text_may_contain_pii", free_text(0.3)),
          C("occurred_at", "timestamptz", "none", _ts)]),
        T("crm", "email_templates", [ID,
          C("template_name", "text", "none", pick("welcome", "reset", "invoice", "promo")),
          C("email_subject", "text", "none", F("sentence")),
          C("email_body", "text", "none", F("paragraph"))]),
        # ---- tienda: a Spanish shop --------------------------------------------------------------------
        T("tienda", "clientes", [ID,
          C("nombre", "text", "person_name", F("first_name", "es")),
          C("apellidos", "text", "person_name", lambda c, i: f"{c.es.last_name()} {c.es.last_name()}"),
          C("correo_electronico", "text", "email", lambda c, i: c.es.email()),
          C("telefono", "text", "phone", phone_es),
          C("movil", "text", "phone", phone_es),
          C("dni", "text", "national_id", dni_value),
          C("fecha_nacimiento", "date", "birth_date", _date),
          C("direccion", "text", "postal_address", _addr_es),
          C("codigo_postal", "text", "postal_address", F("postcode", "es")),
          C("localidad", "text", "none", F("city", "es")),
          C("provincia", "text", "none", F("state", "es")),
          C("fecha_alta", "timestamptz", "none", _ts),
          C("acepta_publicidad", "boolean", "none", _bool),
          C("observaciones", "text", "free_text_may_contain_pii", prose_es(0.2))]),
        T("tienda", "productos", [ID,
          C("nombre", "text", "none", lambda c, i: f"{c.es.word().capitalize()} {c.es.word()}"),
          C("descripcion", "text", "none", lambda c, i: c.es.sentence(nb_words=10)),
          C("precio", "numeric(10,2)", "none", _money),
          C("referencia", "text", "none", lambda c, i: f"REF-{c.r.randint(10000, 99999)}"),
          C("stock", "int", "none", _int(0, 400))]),
        T("tienda", "pedidos", [ID,
          C("cliente_id", "int", "none", _int(1, 120)),
          C("numero_pedido", "text", "none", _order_no),
          C("estado", "text", "none", pick("pendiente", "pagado", "enviado", "devuelto")),
          C("importe", "numeric(10,2)", "none", _money),
          C("correo_enviado", "boolean", "none", _bool),
          C("direccion_envio", "text", "postal_address", _addr_es),
          C("telefono_contacto", "text", "phone", phone_es),
          C("comentarios", "text", "free_text_may_contain_pii", prose_es(0.25))]),
        T("tienda", "empleados", [ID,
          C("nombre_completo", "text", "person_name", F("name", "es")),
          C("nif", "text", "national_id", lambda c, i: dni_value(c, i) if c.r.random() < 0.7 else nie_value(c, i)),
          C("numero_seguridad_social", "text", "national_id", lambda c, i: f"28{c.r.randint(10**9, 10**10 - 1)}"),
          C("cuenta_bancaria", "text", "iban", iban_es),
          C("salario", "numeric(10,2)", "none", _money),
          C("fecha_contratacion", "date", "none", lambda c, i: _date(c, i, 2000, 24)),
          C("email_corporativo", "text", "email", lambda c, i: c.es.company_email())]),
        T("tienda", "pagos", [ID,
          C("pedido_id", "int", "none", _int(1, 120)),
          C("numero_tarjeta", "text", "payment_card", card),
          C("titular", "text", "person_name", F("name", "es")),
          C("caducidad", "text", "none", lambda c, i: f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 31)}"),
          C("importe", "numeric(10,2)", "none", _money),
          C("referencia_pago", "text", "none", not_luhn),
          C("iban_cliente", "text", "iban", iban_es),
          C("cuenta_ccc", "text", "bank_account", ccc_value)]),
        # ---- clinic: health data -------------------------------------------------------------------------
        T("clinic", "patients", [ID,
          C("patient_name", "text", "person_name", F("name")),
          C("dob", "date", "birth_date", _date),
          C("ssn", "text", "national_id", lambda c, i: ssn_dashed(c, i).replace("-", "")),
          C("blood_type", "text", "health", pick("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")),
          C("allergies", "text", "health", pick("none", "penicillin", "peanuts", "latex", "pollen, dust")),
          C("primary_physician", "text", "person_name", lambda c, i: "Dr. " + c.fake.last_name()),
          C("emergency_contact_phone", "text", "phone", phone_us),
          C("address", "text", "postal_address", _addr),
          C("notes", "text", "free_text_may_contain_pii", free_text(0.2))]),
        T("clinic", "visits", [ID,
          C("patient_id", "int", "none", _int(1, 120)),
          C("visit_date", "date", "none", lambda c, i: _date(c, i, 2020, 5)),
          C("diagnosis", "text", "health", pick("Type 2 diabetes", "Hypertension", "Asthma", "Migraine", "Anxiety")),
          C("icd10_code", "text", "health", pick("E11.9", "I10", "J45.909", "G43.909", "F41.1")),
          C("prescription", "text", "health", pick("Metformin 500mg", "Lisinopril 10mg", "Albuterol", "Sumatriptan")),
          C("follow_up", "boolean", "none", _bool),
          C("room", "text", "none", pick("A1", "A2", "B1", "C3"))]),
        T("clinic", "staff", [ID,
          C("name", "text", "person_name", F("name")),
          C("role", "text", "none", pick("nurse", "doctor", "admin")),
          C("license_number", "text", "none", lambda c, i: f"MD{c.r.randint(100000, 999999)}"),
          C("email", "text", "email", F("company_email"))]),
        # ---- billing: cards, bank data, orders -----------------------------------------------------------
        T("billing", "cards", [ID,
          C("customer_id", "int", "none", _int(1, 120)),
          C("pan", "text", "payment_card", card),
          C("card_last4", "text", "none", lambda c, i: f"{c.r.randint(0, 9999):04d}"),
          C("card_brand", "text", "none", pick("visa", "mastercard", "amex")),
          C("expiry_month", "int", "none", _int(1, 12)),
          C("holder_name", "text", "person_name", F("name"))]),
        T("billing", "cards_secure", [ID,
          C("pan_enc", "bytea", "payment_card", card, pgp=True),
          C("masked_pan", "text", "none", lambda c, i: "************" + card(c, i)[-4:]),
          C("fingerprint", "text", "none", sha256_of(card))]),
        T("billing", "invoices", [ID,
          C("reference_code", "text", "none", not_luhn),
          C("amount", "numeric(10,2)", "none", _money),
          C("issued_at", "timestamptz", "none", _ts),
          C("billing_address", "text", "postal_address", _addr)]),
        T("billing", "payouts", [ID,
          C("account_number", "text", "bank_account", lambda c, i: f"{c.r.randint(10**9, 10**12 - 1)}"),
          C("routing_number", "text", "bank_account", _routing),
          C("iban", "text", "iban", lambda c, i: c.fake.iban()),
          C("beneficiary_name", "text", "person_name", F("name")),
          C("swift_bic", "text", "none", F("swift"))]),
        T("billing", "orders", [ID,
          C("order_number", "text", "none", _order_no),
          C("tracking_number", "text", "none", lambda c, i: f"1Z{c.r.randint(10**15, 10**16 - 1)}"),
          C("status", "text", "none", pick("new", "paid", "shipped", "returned")),
          C("contact", "text", "email", _email),
          C("email_sent", "boolean", "none", _bool),
          C("customer_phone", "text", "phone", phone_us),
          C("shipping_address", "text", "postal_address", _addr),
          C("gift_message", "text", "free_text_may_contain_pii", free_text(0.1))]),
        T("billing", "transactions", [ID,
          C("amount", "numeric(10,2)", "none", _money),
          C("currency", "text", "none", pick("EUR", "USD", "GBP")),
          C("merchant_ref", "text", "none", rand_token(10, "M-")),
          C("client_ip", "text", "ip_address", _ip),
          C("user_agent", "text", "none", F("user_agent")),
          C("lat", "double precision", "geo_location", lat),
          C("lon", "double precision", "geo_location", lon)], rows=400),
        # ---- auth: application credentials and secrets ---------------------------------------------------
        T("auth", "users", [ID,
          C("username", "text", "none", F("user_name")),
          C("email", "text", "email", _email),
          C("password_hash", "text", "credentials", md5_hex),
          C("last_login_ip", "inet", "ip_address", lambda c, i: c.fake.ipv4()),
          C("created_at", "timestamptz", "none", _ts),
          C("is_admin", "boolean", "none", _bool),
          C("failed_attempts", "int", "none", _int(0, 5)),
          C("password_changed_at", "timestamptz", "none", _ts),
          C("reset_password_token", "text", "secret_token", rand_token(40, "", HEX)),
          C("mfa_secret", "text", "secret_token", rand_token(32, "", B32))]),
        T("auth", "admins", [ID,
          C("login", "text", "none", F("user_name")),
          C("pwd", "text", "credentials", bcrypt_like),
          C("email", "text", "email", F("company_email"))]),
        T("auth", "legacy_accounts", [ID,
          C("user_name", "text", "none", F("user_name")),
          C("passwd", "text", "credentials", lambda c, i: c.fake.password(length=10)),
          C("pin", "text", "credentials", lambda c, i: f"{c.r.randint(0, 9999):04d}")]),
        T("auth", "api_clients", [ID,
          C("client_name", "text", "none", lambda c, i: f"{c.fake.company()} integration"),
          C("client_id", "uuid", "none", lambda c, i: c.fake.uuid4()),
          C("client_secret", "text", "secret_token", rand_token(48)),
          C("webhook_url", "text", "none", F("url")),
          C("api_key", "text", "secret_token", rand_token(32, "sk_live_")),
          C("token_type", "text", "none", pick("bearer", "mac")),
          C("scopes", "text", "none", pick("read", "read write", "admin"))]),
        T("auth", "django_users", [ID,
          C("password", "varchar(128)", "credentials", django_pbkdf2),
          C("last_login", "timestamptz", "none", _ts),
          C("first_name", "varchar(150)", "person_name", F("first_name")),
          C("last_name", "varchar(150)", "person_name", F("last_name")),
          C("email", "varchar(254)", "email", _email),
          C("is_staff", "boolean", "none", _bool)]),
        T("auth", "sessions", [ID,
          C("session_key", "text", "secret_token", rand_token(32)),
          C("user_id", "int", "none", _int(1, 120)),
          C("ip_address", "text", "ip_address", _ip),
          C("user_agent", "text", "none", F("user_agent")),
          C("expires_at", "timestamptz", "none", _ts)]),
        T("auth", "ssh_keys", [ID,
          C("user_id", "int", "none", _int(1, 120)),
          C("public_key", "text", "none", lambda c, i: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_token(43)(c, i)),
          C("private_key", "text", "secret_token", pem_key)]),
        T("auth", "oauth_tokens", [ID,
          C("access_token", "text", "secret_token", jwt_like),
          C("refresh_token", "text", "secret_token", rand_token(64)),
          C("expires_in", "int", "none", _int(300, 3600)),
          C("token_type", "text", "none", pick("Bearer"))]),
        T("auth", "members", [ID,
          C("handle", "text", "none", F("user_name")),
          C("secret_hash", "text", "credentials", argon2_like)]),
        # ---- analytics: neutral names, values decide ----------------------------------------------------
        T("analytics", "events", [ID,
          C("event_type", "text", "none", pick("view", "click", "buy")),
          C("payload", "jsonb", "none", _json_event),
          C("ip", "text", "ip_address", _ip),
          C("geo", "text", "geo_location", lambda c, i: f"{float(c.fake.latitude()):.5f},{float(c.fake.longitude()):.5f}"),
          C("ts", "timestamptz", "none", _ts)], rows=20000),
        T("analytics", "raw_import", [ID,
          C("field_a", "text", "email", _email),
          C("field_b", "text", "phone", lambda c, i: f"+34 6{c.r.randint(10, 99)} {c.r.randint(100, 999)} {c.r.randint(100, 999)}"),
          C("field_c", "text", "iban", iban_es),
          C("field_d", "text", "payment_card", card),
          C("field_e", "text", "none", lambda c, i: f"SKU-{c.r.randint(1000, 9999)}-{c.r.choice('ABCDEF')}"),
          C("field_f", "text", "national_id", ssn_dashed),
          C("value_x", "text", "none", not_luhn)]),
        T("analytics", "page_views", [ID,
          C("url", "text", "none", F("url")),
          C("referrer", "text", "none", F("url")),
          C("session_id", "uuid", "none", lambda c, i: c.fake.uuid4()),
          C("visitor_ip", "inet", "ip_address", lambda c, i: c.fake.ipv4()),
          C("country", "text", "none", pick("ES", "US", "DE")),
          C("duration_ms", "int", "none", _int(10, 90000))]),
        T("analytics", "kv_store", [
          C("key", "text PRIMARY KEY", "none", lambda c, i: f"setting.{i}"),
          C("value", "text", "none", pick("true", "false", "30", "en", "UTC", "https://example.com"))]),
        # ---- legacy: cryptic names, comments, ciphertext -------------------------------------------------
        T("legacy", "t_cli", [ID,
          C("c1", "text", "email", _email, comment="Customer e-mail"),
          C("c2", "text", "phone", phone_es, comment="Teléfono del cliente"),
          C("c3", "text", "national_id", lambda c, i: ssn_dashed(c, i).replace("-", ""),
            comment="Social security number"),
          C("c4", "text", "national_id", dni_value),
          C("c5", "text", "none", pick("A", "B", "C"), comment="Customer segment")]),
        T("legacy", "tbl_misc", [ID,
          C("EmailAddress", "text", "email", _email),
          C("PhoneNo", "text", "phone", phone_us),
          C("DOB", "text", "birth_date", lambda c, i: _date(c, i).isoformat()),
          C("ZipCode", "text", "postal_address", F("zipcode"))]),
        T("legacy", "sensors", [ID,
          C("device_id", "text", "none", rand_token(12, "dev-")),
          C("latitude", "double precision", "geo_location", lat),
          C("longitude", "double precision", "geo_location", lon),
          C("temperature", "numeric(5,2)", "none", lambda c, i: round(c.r.uniform(-10, 40), 2)),
          C("reading_at", "timestamptz", "none", _ts)]),
        T("legacy", "stores", [ID,
          C("name", "text", "none", lambda c, i: f"Store {i}"),
          # a store's location is its business's, not a person's (relabelled with entity-aware classification)
          C("position", "point", "none", lambda c, i: f"({float(c.fake.longitude())},{float(c.fake.latitude())})")]),
        T("legacy", "customers_history", [ID,
          C("customer_email_hash", "text", "email", sha256_of(_email)),
          C("phone_enc", "text", "phone", aes_b64(phone_es)),
          C("ssn_fernet", "text", "national_id", fernet_of(ssn_dashed)),
          C("dni_cifrado", "bytea", "national_id", dni_value, pgp=True),
          C("notes", "text", "free_text_may_contain_pii", free_text(0.1))]),
        T("legacy", "audit_log", [ID,
          C("actor", "text", "none", F("user_name")),
          C("action", "text", "none", pick("update", "insert", "delete")),
          C("details", "jsonb", "free_text_may_contain_pii", _json_audit),
          C("ip_address", "inet", "ip_address", lambda c, i: c.fake.ipv4()),
          C("created_at", "timestamptz", "none", _ts)]),
        # ---- hr: English HR ------------------------------------------------------------------------------
        T("hr", "employees", [ID,
          C("given_name", "text", "person_name", F("first_name", "gb")),
          C("family_name", "text", "person_name", F("last_name", "gb")),
          C("personal_email", "text", "email", F("free_email", "gb")),
          C("work_phone", "text", "phone", lambda c, i: c.gb.phone_number()),
          C("home_address", "text", "postal_address", lambda c, i: c.gb.address()),
          C("date_of_birth", "date", "birth_date", _date),
          C("national_insurance_number", "text", "national_id", nino),
          C("bank_account_number", "text", "bank_account", lambda c, i: f"{c.r.randint(10**7, 10**8 - 1)}"),
          C("sort_code", "text", "none", lambda c, i: f"{c.r.randint(10, 99)}-{c.r.randint(10, 99)}-{c.r.randint(10, 99)}"),
          C("salary", "numeric(10,2)", "none", _money),
          C("passport_number", "text", "national_id", lambda c, i: f"{c.r.randint(10**8, 10**9 - 1)}"),
          C("medical_conditions", "text", "health", pick("asthma", "diabetes", "epilepsy", "none declared")),
          C("emergency_contact_name", "text", "person_name", F("name", "gb")),
          C("marital_status", "text", "none", pick("single", "married", "divorced")),
          C("start_date", "date", "none", lambda c, i: _date(c, i, 2005, 19))]),
        T("hr", "payroll", [ID,
          C("employee_id", "int", "none", _int(1, 120)),
          C("iban", "text", "iban", iban_es),
          C("tax_id", "text", "national_id", ssn_dashed),
          C("gross", "numeric(10,2)", "none", _money),
          C("period", "text", "none", pick("2025-01", "2025-02", "2025-03"))]),
        T("hr", "candidates", [ID,
          C("full_name", "text", "person_name", F("name")),
          C("email", "text", "email", _email),
          C("phone", "text", "phone", phone_us),
          C("cv_text", "text", "free_text_may_contain_pii", free_text(0.5)),
          C("expected_salary", "int", "none", _int(20000, 120000)),
          C("referral_code", "text", "none", _sometimes(0.7, rand_token(8, "", "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")))]),
    ]

