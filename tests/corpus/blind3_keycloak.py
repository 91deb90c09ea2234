"""e_keycloak: Keycloak 24's JPA store (realm, client, user_entity, credential, user_attribute, fed_user_attribute,
event_entity) with its foreign keys. The realms register users with their e-mail as username."""

from __future__ import annotations

import base64
import json

from .blind3_gens import C, birth, email, epoch_ms, first, fk, last, opt, phone
from .blind3_formats import chars, ip_any, uid, uid_ref
from .gens import Ctx, Table, pick

S = "e_keycloak"
REALMS, USERS = 80, 130
ATTRS = ["phoneNumber", "phoneNumber", "mobile", "locale", "phoneNumber", "department"]
FED = ["birthdate", "birthdate", "birthdate", "gender", "locale"]


def _username(c: Ctx, i: int) -> str:
    return email()(c, i).lower() if c.r.random() < 0.75 else f"{first()(c, i)[0]}{last()(c, i)}".lower()


def _secret_data(c: Ctx, i: int) -> str:
    if i % 5 == 0:
        return json.dumps({"value": chars(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")(c, i)})
    b = lambda n: base64.b64encode(c.r.randbytes(n)).decode()  # noqa: E731
    return json.dumps({"value": b(64), "salt": b(16), "additionalParameters": {}})


def _credential_data(c: Ctx, i: int) -> str:
    if i % 5 == 0:
        return json.dumps({"subType": "totp", "digits": 6, "counter": 0, "period": 30, "algorithm": "HmacSHA1"})
    if c.r.random() < 0.6:
        return json.dumps({"hashIterations": 27500, "algorithm": "pbkdf2-sha256", "additionalParameters": {}})
    return json.dumps(
        {
            "hashIterations": 5,
            "algorithm": "argon2",
            "additionalParameters": {
                "hashLength": ["32"],
                "memory": ["7168"],
                "type": ["id"],
                "version": ["1.3"],
                "parallelism": ["1"],
            },
        }
    )


def _attr_value(c: Ctx, i: int) -> str:
    name = ATTRS[i % len(ATTRS)]
    if name in ("phoneNumber", "mobile"):
        return phone(c.r.choice(["en_US", "de_DE", "fr_FR"]), mobile=True)(c, i)
    return c.r.choice(["en", "de", "fr"]) if name == "locale" else c.r.choice(["Sales", "Engineering", "Support"])


def _fed_value(c: Ctx, i: int) -> str:
    name = FED[i % len(FED)]
    if name == "birthdate":
        d = birth(1950, 2006)(c, i)
        return d.isoformat() if c.r.random() < 0.7 else f"{d:%d.%m.%Y}"
    return c.r.choice(["female", "male", "diverse"]) if name == "gender" else c.r.choice(["de", "en"])


def _details(c: Ctx, i: int) -> str:
    d = {"auth_method": "openid-connect", "redirect_uri": f"https://app.{fk('en_US', c).domain_word()}.com/callback"}
    if c.r.random() < 0.7:
        d["username"] = _username(c, i)
    if c.r.random() < 0.3:
        d["code_id"] = str(c.r.getrandbits(64))
    return json.dumps(d)


def keycloak_tables() -> list[Table]:
    realm = Table(
        S,
        "realm",
        [
            C("id", "varchar(36) PRIMARY KEY", "none", uid("realm")),
            C(
                "name",
                "varchar(255)",
                "none",
                lambda c, i: f"{fk('en_US', c).domain_word()}-{c.r.choice(['prod', 'staging', 'customers'])}",
            ),
            C("enabled", "boolean", "none", pick(True, True, False)),
            C("ssl_required", "varchar(255)", "none", pick("EXTERNAL", "ALL", "NONE")),
            C("reg_email_as_username", "boolean", "none", pick(True, True, False)),
            C(
                "password_policy",
                "varchar(2550)",
                "none",
                pick(
                    "length(8) and digits(1) and notUsername(undefined)",
                    "length(12) and passwordHistory(3) and forceExpiredPasswordChange(365)",
                    "hashAlgorithm(pbkdf2-sha256) and length(10)",
                    None,
                ),
            ),
            C("otp_policy_alg", "varchar(36)", "none", pick("HmacSHA1", "HmacSHA256")),
            C("access_token_lifespan", "int", "none", pick(300, 300, 900)),
            C("default_locale", "varchar(255)", "none", pick(None, "en", "de")),
            C("events_enabled", "boolean", "none", pick(True, False)),
        ],
        rows=REALMS,
    )
    client = Table(
        S,
        "client",
        [
            C("id", "varchar(36) PRIMARY KEY", "none", uid("client")),
            C("enabled", "boolean", "none", pick(True, True, False)),
            C(
                "client_id",
                "varchar(255)",
                "none",
                pick(
                    "account",
                    "admin-cli",
                    "broker",
                    "web-frontend",
                    "billing-service",
                    "grafana",
                    "gitlab",
                    "mobile-app",
                ),
            ),
            C("public_client", "boolean", "none", pick(False, False, True)),
            C("secret", "varchar(255)", "secret_token", lambda c, i: chars(32)(c, i) if c.r.random() < 0.75 else None),
            C("realm_id", "varchar(36)", "none", uid_ref("realm", REALMS)),
            C("protocol", "varchar(255)", "none", pick("openid-connect", "openid-connect", "saml")),
            C(
                "name",
                "varchar(255)",
                "none",
                pick("${client_account}", "${client_admin-cli}", "Billing Service", None),
            ),
            C("client_authenticator_type", "varchar(255)", "none", pick("client-secret", "client-jwt")),
            C("root_url", "varchar(255)", "none", pick(None, "${authBaseUrl}", "https://app.example-shop.com")),
        ],
        rows=100,
        extra=[
            "ALTER TABLE e_keycloak.client ADD CONSTRAINT fk_p56ctinxxb9gsk57fo49f9tac FOREIGN KEY (realm_id) "
            "REFERENCES e_keycloak.realm(id)"
        ],
    )
    users = Table(
        S,
        "user_entity",
        [
            C("id", "varchar(36) PRIMARY KEY", "none", uid("kc-user")),
            C("email", "varchar(255)", "email", email()),
            C(
                "email_constraint",
                "varchar(255)",
                "email",
                lambda c, i: email()(c, i) if c.r.random() < 0.9 else uid("nomail")(c, i),
            ),
            C("email_verified", "boolean", "none", pick(True, True, False)),
            C("enabled", "boolean", "none", pick(True, True, True, False)),
            C("federation_link", "varchar(255)", "none", opt(0.2, uid_ref("ldap-provider", 2))),
            C("first_name", "varchar(255)", "person_name", first()),
            C("last_name", "varchar(255)", "person_name", last()),
            C("realm_id", "varchar(255)", "none", uid_ref("realm", REALMS)),
            C("username", "varchar(255)", "email", _username),
            C("created_timestamp", "bigint", "none", epoch_ms),
            C("service_account_client_link", "varchar(255)", "none", lambda c, i: None),
            C("not_before", "int", "none", pick(0)),
        ],
        rows=USERS,
    )
    cred = Table(
        S,
        "credential",
        [
            C("id", "varchar(36) PRIMARY KEY", "none", uid("cred")),
            C("salt", "bytea", "none", lambda c, i: None),
            C("type", "varchar(255)", "none", lambda c, i: "otp" if i % 5 == 0 else "password"),
            C("user_id", "varchar(36)", "none", uid_ref("kc-user", USERS)),
            C("created_date", "bigint", "none", epoch_ms),
            C(
                "user_label",
                "varchar(255)",
                "none",
                lambda c, i: c.r.choice(["iPhone", "Authenticator", "Pixel 8"]) if i % 5 == 0 else None,
            ),
            C("secret_data", "text", "credentials", _secret_data),
            C("credential_data", "text", "none", _credential_data),
            C("priority", "int", "none", lambda c, i: 20 if i % 5 == 0 else 10),
        ],
        rows=130,
        extra=[
            "ALTER TABLE e_keycloak.credential ADD CONSTRAINT fk_pfyr0glasqyl0dei3kl69r6v0 FOREIGN KEY (user_id) "
            "REFERENCES e_keycloak.user_entity(id)"
        ],
    )
    attr = Table(
        S,
        "user_attribute",
        [
            C("name", "varchar(255)", "none", lambda c, i: ATTRS[i % len(ATTRS)]),
            C("value", "varchar(255)", "phone", _attr_value),
            C("user_id", "varchar(36)", "none", uid_ref("kc-user", USERS)),
            C("id", "varchar(36) PRIMARY KEY", "none", uid("uattr")),
            C("long_value_hash", "bytea", "none", lambda c, i: None),
            C("long_value", "text", "none", lambda c, i: None),
        ],
        rows=140,
        extra=[
            "ALTER TABLE e_keycloak.user_attribute ADD CONSTRAINT fk_5hrm2vlf9ql5fu043kqepovbr FOREIGN KEY (user_id) "
            "REFERENCES e_keycloak.user_entity(id)"
        ],
    )
    fed = Table(
        S,
        "fed_user_attribute",
        [
            C("id", "varchar(36) PRIMARY KEY", "none", uid("fattr")),
            C("name", "varchar(255)", "none", lambda c, i: FED[i % len(FED)]),
            C(
                "user_id",
                "varchar(255)",
                "none",
                lambda c, i: f"f:{uid_ref('ldap-provider', 2)(c, i)}:{c.r.randint(1000, 9999)}",
            ),
            C("realm_id", "varchar(36)", "none", uid_ref("realm", REALMS)),
            C("storage_provider_id", "varchar(36)", "none", uid_ref("ldap-provider", 2)),
            C("value", "varchar(2024)", "birth_date", _fed_value),
        ],
        rows=120,
    )
    events = Table(
        S,
        "event_entity",
        [
            C("id", "varchar(36) PRIMARY KEY", "none", uid("event")),
            C("client_id", "varchar(255)", "none", pick("web-frontend", "account-console", "mobile-app", "grafana")),
            C("details_json", "varchar(2550)", "free_text_may_contain_pii", _details),
            C("error", "varchar(255)", "none", pick(None, None, None, "invalid_user_credentials", "user_not_found")),
            C("ip_address", "varchar(255)", "ip_address", ip_any),
            C("realm_id", "varchar(255)", "none", uid_ref("realm", REALMS)),
            C("session_id", "varchar(255)", "none", uid("session")),
            C("event_time", "bigint", "none", epoch_ms),
            C(
                "type",
                "varchar(255)",
                "none",
                pick("LOGIN", "LOGIN", "LOGIN_ERROR", "CODE_TO_TOKEN", "LOGOUT", "REFRESH_TOKEN"),
            ),
            C("user_id", "varchar(255)", "none", uid_ref("kc-user", USERS)),
        ],
        rows=130,
    )
    return [realm, client, users, cred, attr, fed, events]
