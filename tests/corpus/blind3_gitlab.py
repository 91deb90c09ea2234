"""e_gitlab: GitLab's users and the tables hanging off them (db/structure.sql), with its inet sign-in columns,
Devise token columns and its foreign keys."""

from __future__ import annotations

from .blind3_gens import C, company, city, const, day, email, fk, full, opt, ref, when
from .blind3_formats import bcrypt, chars, friendly_token, hexstr, ip_any, md5_fingerprint, sha256_b64, ssh_key
from .gens import Col, Ctx, Gen, Table, ident, pick

S = "e_gitlab"
USERS = 120


def _username(c: Ctx, i: int) -> str:
    f = fk("en_US", c)
    return c.r.choice(
        [
            f"{f.first_name()[0]}{f.last_name()}".lower(),
            f"{f.first_name()}.{f.last_name()}".lower(),
            f.user_name(),
            f"{f.first_name().lower()}-{c.r.choice(['dev', 'ops', 'gl'])}",
        ]
    )


def _password(c: Ctx, i: int) -> str:
    if c.r.random() < 0.85:
        return bcrypt("$2a$10$")(c, i)
    return f"$pbkdf2-sha512$20000${chars(22, 'abcdefghijklmnopqrstuvwxyz./0123456789')(c, i)}${chars(86)(c, i)}"


def _otp_ciphertext(c: Ctx, i: int) -> str:
    return chars(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")(c, i) + "\n"


def _backup_codes(c: Ctx, i: int) -> str:
    return "---\n" + "".join(f'- "{bcrypt("$2a$10$")(c, i)}"\n' for _ in range(3))


def _admin_note(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"Blocked after phishing report from {email()(c, i)}.",
            f"Contractor for {company(c, i)}, sponsor {full()(c, i)}, expires end of Q3.",
            "Service account, do not delete.",
            "",
            f"Requested name change, old name {full()(c, i)} (ticket #{c.r.randint(1000, 9999)}).",
            f"Manager: {full()(c, i)}",
        ]
    )


def _bio(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            "Backend engineer. Ruby, Go, PostgreSQL.",
            "SRE @ night, gardener by day.",
            f"Platform team. Reach me at {email()(c, i)} for access requests.",
            "",
            f"Working with {full()(c, i)} on the payments squad.",
            "he/him · Kubernetes · Terraform",
            f"On parental leave until {c.r.randint(1, 12)}/2025, ask {full()(c, i)} instead.",
        ]
    )


def _commit_email(c: Ctx, i: int) -> str:
    return (
        email()(c, i)
        if c.r.random() < 0.6
        else f"{c.r.randint(1000, 99999)}-{_username(c, i)}@users.noreply.gitlab.com"
    )


PROVIDERS = ["ldapmain", "google_oauth2", "github", "ldapmain"]


def _extern_uid(c: Ctx, i: int) -> str:
    p = PROVIDERS[i % len(PROVIDERS)]
    if p == "ldapmain":
        return f"uid={_username(c, i)},ou=people,dc=corp,dc=example,dc=com"
    return str(c.r.randint(10**20, 10**21 - 1)) if p == "google_oauth2" else str(c.r.randint(100_000, 99_999_999))


def _otp(gen: Gen) -> Gen:
    """Set for the users with two-factor authentication (two in five), NULL for the others."""
    return lambda c, i: gen(c, i) if i % 5 < 2 else None


def _audit_details(c: Ctx, i: int) -> str:
    return c.r.choice(
        [
            f"---\n:author_name: {full()(c, i)}\n:author_class: User\n:target_id: {c.r.randint(1, 900)}\n"
            f":target_type: Project\n:target_details: acme/backend\n:custom_message: Added user access as Developer\n",
            f"---\n:with: standard\n:target_id: {c.r.randint(1, USERS)}\n:target_type: User\n:target_details: {full()(c, i)}\n",
            f"---\n:change: email\n:from: {email()(c, i)}\n:to: {email()(c, i)}\n:author_name: {full()(c, i)}\n",
            "---\n:custom_message: Changed visibility from private to internal\n:target_type: Project\n",
        ]
    )


def gitlab_tables() -> list[Table]:
    fkey = "ALTER TABLE ONLY e_gitlab.{t} ADD CONSTRAINT {n} FOREIGN KEY (user_id) REFERENCES e_gitlab.users(id) ON DELETE CASCADE"
    users = Table(
        S,
        "users",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("email", "character varying(255)", "email", email()),
            C("encrypted_password", "character varying(255)", "credentials", _password),
            C("reset_password_token", "character varying(255)", "secret_token", opt(0.45, hexstr(64))),
            C("current_sign_in_at", "timestamp without time zone", "none", when(2023)),
            C("last_sign_in_at", "timestamp without time zone", "none", when(2023)),
            C("current_sign_in_ip", "inet", "ip_address", ip_any),
            C("last_sign_in_ip", "inet", "ip_address", ip_any),
            C("created_at", "timestamp without time zone", "none", when()),
            C("name", "character varying(255)", "person_name", full()),
            C("admin", "boolean", "none", lambda c, i: c.r.random() < 0.05),
            C("username", "character varying(255)", "none", _username),
            C("state", "character varying(255)", "none", pick("active", "active", "active", "blocked", "deactivated")),
            C("confirmation_token", "character varying(255)", "secret_token", friendly_token),
            C("unconfirmed_email", "character varying(255)", "email", opt(0.3, email())),
            C("notification_email", "character varying(255)", "email", email()),
            C("encrypted_otp_secret", "character varying(255)", "secret_token", _otp(_otp_ciphertext)),
            C("encrypted_otp_secret_iv", "character varying(255)", "none", _otp(chars(16, "ABCDEFabcdef0123456789+/"))),
            C(
                "encrypted_otp_secret_salt",
                "character varying(255)",
                "none",
                _otp(chars(24, "ABCDEFabcdef0123456789+/")),
            ),
            C("otp_backup_codes", "text", "credentials", _otp(_backup_codes)),
            C(
                "public_email",
                "character varying(255)",
                "email",
                lambda c, i: email()(c, i) if c.r.random() < 0.6 else "",
            ),
            C("note", "text", "free_text_may_contain_pii", _admin_note),
            C(
                "incoming_email_token",
                "character varying(255)",
                "secret_token",
                chars(25, "abcdefghijklmnopqrstuvwxyz0123456789"),
            ),
            C(
                "feed_token",
                "character varying(255)",
                "secret_token",
                chars(20, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789_-"),
            ),
            C("static_object_token", "character varying(255)", "secret_token", friendly_token),
            C("preferred_language", "character varying(255)", "none", pick("en", "en", "de", "fr", "pt_BR")),
            C("commit_email", "text", "email", _commit_email),
        ],
        rows=USERS,
    )
    details = Table(
        S,
        "user_details",
        [
            Col("user_id", "bigint PRIMARY KEY", "none", ident),
            C(
                "job_title",
                "character varying(200)",
                "none",
                pick("Software Engineer", "Senior Backend Engineer", "SRE", "Engineering Manager", "QA Analyst", ""),
            ),
            C("bio", "character varying(255)", "free_text_may_contain_pii", _bio),
            C("pronouns", "text", "none", pick(None, "she/her", "he/him", "they/them")),
            C("linkedin", "text", "none", lambda c, i: c.r.choice(["", _username(c, i)])),
            C("twitter", "text", "none", lambda c, i: c.r.choice(["", "", _username(c, i)])),
            C("website_url", "text", "none", lambda c, i: c.r.choice(["", f"https://{_username(c, i)}.dev"])),
            C(
                "location",
                "text",
                "none",
                lambda c, i: c.r.choice(["", f"{city()(c, i)}, USA", "Remote", "Berlin, Germany"]),
            ),
            C("organization", "text", "none", lambda c, i: c.r.choice(["", company(c, i)])),
        ],
        rows=100,
        extra=[fkey.format(t="user_details", n="fk_rails_12e0b3043d")],
    )
    pats = Table(
        S,
        "personal_access_tokens",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("user_id", "integer NOT NULL", "none", ref(USERS)),
            C(
                "name",
                "character varying",
                "none",
                pick("ci", "renovate", "laptop", "terraform-state", "api-scripts", "backup"),
            ),
            C("revoked", "boolean", "none", lambda c, i: c.r.random() < 0.2),
            C("expires_at", "date", "none", day(2024, 2026)),
            C("created_at", "timestamp without time zone", "none", when()),
            C(
                "scopes",
                "character varying",
                "none",
                pick("---\n- api\n", "---\n- read_api\n", "---\n- read_repository\n- write_repository\n"),
            ),
            C("token_digest", "character varying", "secret_token", sha256_b64),
            C("last_used_at", "timestamp with time zone", "none", opt(0.7, when(2024))),
        ],
        rows=130,
        extra=[fkey.format(t="personal_access_tokens", n="fk_rails_08903b8f38")],
    )
    keys = Table(
        S,
        "keys",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("user_id", "integer", "none", ref(USERS)),
            C("created_at", "timestamp without time zone", "none", when()),
            C("key", "text", "none", ssh_key),
            C(
                "title",
                "character varying",
                "none",
                pick("MacBook Pro", "work laptop", "ThinkPad", "desktop", "CI runner", "yubikey"),
            ),
            C("type", "character varying", "none", pick(None, None, "LDAPKey")),
            C("last_used_at", "timestamp without time zone", "none", opt(0.8, when(2024))),
            C("fingerprint", "character varying", "none", md5_fingerprint),
            C("fingerprint_sha256", "bytea", "none", lambda c, i: c.r.randbytes(32)),
        ],
        rows=110,
        extra=[fkey.format(t="keys", n="fk_rails_dba4f5e4b8")],
    )
    identities = Table(
        S,
        "identities",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("extern_uid", "character varying", "none", _extern_uid),
            C("provider", "character varying", "none", lambda c, i: PROVIDERS[i % len(PROVIDERS)]),
            C("user_id", "integer", "none", ref(USERS)),
            C("created_at", "timestamp without time zone", "none", when()),
            C("trusted_extern_uid", "boolean", "none", const(True)),
        ],
        rows=100,
        extra=[fkey.format(t="identities", n="fk_rails_5373344100")],
    )
    emails = Table(
        S,
        "emails",
        [
            Col("id", "integer PRIMARY KEY", "none", ident),
            C("user_id", "integer NOT NULL", "none", ref(USERS)),
            C("email", "character varying NOT NULL", "email", email()),
            C("created_at", "timestamp without time zone", "none", when()),
            C("confirmation_token", "character varying", "secret_token", friendly_token),
            C("confirmed_at", "timestamp with time zone", "none", opt(0.8, when())),
            C("confirmation_sent_at", "timestamp with time zone", "none", when()),
            C("detumbled_email", "text", "email", email()),
        ],
        rows=100,
        extra=[fkey.format(t="emails", n="fk_emails_user_id")],
    )
    audit = Table(
        S,
        "audit_events",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("author_id", "integer NOT NULL", "none", ref(USERS)),
            C("entity_type", "character varying NOT NULL", "none", pick("Project", "Group", "User")),
            C("details", "text", "free_text_may_contain_pii", _audit_details),
            C("ip_address", "inet", "ip_address", ip_any),
            C("author_name", "text", "person_name", full()),
            C("entity_path", "text", "none", pick("acme/backend", "acme/infra/terraform", "acme", "acme/web-frontend")),
            C("created_at", "timestamp with time zone", "none", when(2024)),
        ],
        rows=120,
    )
    return [users, details, pats, keys, identities, emails, audit]
