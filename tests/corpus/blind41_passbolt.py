"""aq_passbolt: Passbolt CE (CakePHP tables) as recalled from memory, the shared password manager of the Government
of Niue's IT unit in Alofi: staff users, their OpenPGP keys, shared resources and the encrypted secrets."""
from __future__ import annotations

import json

from .blind26_gens import C, b64, const, fk, fkey, flag, hexs, maybe, one, seq, stamps, uuid
from .blind41_gens import POOLS, person
from .gens import Table

S = "aq_passbolt"
USR = "pb.user"
N_USER, N_RES, N_GROUP = 140, 150, 20
DEPTS = ["Treasury", "Justice", "Health", "Education", "Fisheries", "Customs", "Police IT", "Premier's Office",
         "Lands & Survey", "Telecom liaison"]
SERVICES = ["Microsoft 365 admin", "Niue Treasury MYOB", "BSP Niue internet banking", "Customs ASYCUDA",
            "Fortinet firewall", "Wi-Fi controller", "Payroll server root", "Domain registrar (.nu)",
            "Hospital PAS database", "Backup NAS", "Zoom licence", "CCTV recorder"]


def _uid(c, i):
    return f"{person('nu', USR, 'full')(c, i)} <{person('nu', USR, 'user')(c, i)}@gov.nu>"


def _armored(tag: str):
    return lambda c, i: (f"-----BEGIN PGP {tag}-----\n\n" + "\n".join(b64(c, 48) for _ in range(6))
                         + f"\n={b64(c, 3)}\n-----END PGP {tag}-----")


def _res_description(c, i):
    return c.r.choice([None, None, "Shared with the Treasury finance team.", "Rotate every 90 days.",
                       f"If locked out ask {person('nu', USR, 'first')(c, c.r.randint(1, N_USER))} on "
                       f"4{c.r.randint(100, 999)}", "Break-glass account, do not use day to day.",
                       f"Contact at vendor: {person('nu', 'pb.vendor', 'full')(c, i)}"])


def _mfa(c, i):
    if c.r.random() < 0.55:
        return json.dumps({"theme": c.r.choice(["default", "midgar"])})
    secret = "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
    return json.dumps({"providers": ["totp"], "totp": {
        "otpProvisioningUri": f"otpauth://totp/gov.nu:{person('nu', USR, 'user')(c, i)}?issuer=gov.nu&secret={secret}",
        "verified": "2024-05-02T09:12:44+00:00"}})


def passbolt_tables() -> list[Table]:
    u = lambda f: person("nu", USR, f, 1962, 2002)          # noqa: E731
    return [
        Table(S, "roles", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: f"0000000{i}-0000-4000-8000-000000000000"),
            C("name", "varchar(50)", "none", lambda c, i: ["admin", "user", "guest", "anonymous"][i - 1]),
            C("description", "varchar(255)", "none", lambda c, i: ["Organization administrator", "Logged in user",
                                                                   "Non logged in user", "Anonymous"][i - 1]),
            C("created", "timestamp", "none", stamps(2021, 2021)),
        ], rows=4),
        Table(S, "users", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: f"{i:08d}-aaaa-4bbb-8ccc-{i:012d}"),
            C("role_id", "char(36)", "none", lambda c, i: "00000001-0000-4000-8000-000000000000" if i <= 4
              else "00000002-0000-4000-8000-000000000000"),
            C("username", "varchar(255)", "email", lambda c, i: u("user")(c, i) + "@gov.nu"),
            C("active", "boolean", "none", flag(0.92)),
            C("deleted", "boolean", "none", flag(0.05)),
            C("disabled", "timestamp", "none", maybe(stamps(2024, 2025), 0.05)),
            C("created", "timestamp", "none", stamps(2021, 2025)),
            C("modified", "timestamp", "none", stamps(2024, 2025)),
            C("created_by", "char(36)", "none", const("00000001-aaaa-4bbb-8ccc-000000000001")),
        ], rows=N_USER, extra=[fkey(S, "users", "role_id", "roles", "id")]),
        Table(S, "profiles", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("user_id", "char(36)", "none", lambda c, i: f"{i:08d}-aaaa-4bbb-8ccc-{i:012d}"),
            C("first_name", "varchar(255)", "person_name", u("first")),
            C("last_name", "varchar(255)", "person_name", u("last")),
            C("created", "timestamp", "none", stamps(2021, 2025)),
            C("modified", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_USER, extra=[fkey(S, "profiles", "user_id", "users", "id")]),
        Table(S, "gpgkeys", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("user_id", "char(36)", "none", lambda c, i: f"{i:08d}-aaaa-4bbb-8ccc-{i:012d}"),
            C("armored_key", "text", "none", _armored("PUBLIC KEY BLOCK"), comment="public key"),
            C("bits", "integer", "none", one(3072, 4096)),
            C("uid", "varchar(128)", "email", _uid),
            C("key_id", "varchar(16)", "none", lambda c, i: hexs(c, 16).upper()),
            C("fingerprint", "varchar(51)", "none", lambda c, i: hexs(c, 40).upper()),
            C("type", "varchar(16)", "none", one("RSA", "EdDSA")),
            C("expires", "timestamp", "none", maybe(stamps(2026, 2028), 0.3)),
            C("key_created", "timestamp", "none", stamps(2021, 2025)),
            C("deleted", "boolean", "none", flag(0.03)),
        ], rows=N_USER, extra=[fkey(S, "gpgkeys", "user_id", "users", "id")]),
        Table(S, "groups", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: f"{i:08d}-9999-4bbb-8ccc-{i:012d}"),
            C("name", "varchar(255)", "none", lambda c, i: DEPTS[(i - 1) % 10] + ("" if i <= 10 else " admins")),
            C("deleted", "boolean", "none", const(False)),
            C("created", "timestamp", "none", stamps(2021, 2023)),
        ], rows=N_GROUP),
        Table(S, "groups_users", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("group_id", "char(36)", "none", lambda c, i: f"{fk(N_GROUP, 3)(c, i):08d}-9999-4bbb-8ccc-"
                                                           f"{fk(N_GROUP, 3)(c, i):012d}"),
            C("user_id", "char(36)", "none", lambda c, i: f"{i:08d}-aaaa-4bbb-8ccc-{i:012d}"),
            C("is_admin", "boolean", "none", flag(0.1)),
            C("created", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_USER, extra=[fkey(S, "groups_users", "group_id", "groups", "id"),
                               fkey(S, "groups_users", "user_id", "users", "id")]),
        Table(S, "resources", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: f"{i:08d}-7777-4bbb-8ccc-{i:012d}"),
            C("name", "varchar(255)", "none", lambda c, i: SERVICES[i % len(SERVICES)] + f" #{i}"),
            C("username", "varchar(255)", "none", one("admin", "administrator", "root", "it.support", "svc_backup",
                                                      "treasury", "ops")),
            C("uri", "varchar(1024)", "none", one("https://portal.office.com", "https://10.10.1.1", "https://nas.gov.nu",
                                                  "https://bsp.com.nu/ib", None)),
            C("description", "text", "free_text_may_contain_pii", _res_description),
            C("deleted", "boolean", "none", flag(0.05)),
            C("created", "timestamp", "none", stamps(2021, 2025)),
            C("modified", "timestamp", "none", stamps(2024, 2025)),
            C("created_by", "char(36)", "none", lambda c, i: f"{fk(N_USER, 7)(c, i):08d}-aaaa-4bbb-8ccc-"
                                                             f"{fk(N_USER, 7)(c, i):012d}"),
            C("resource_type_id", "char(36)", "none", one("669f8c64-242a-59fb-92fc-81f660975fd3",
                                                          "a28a04cd-6f53-518a-967c-9963bf9cec51")),
            C("expired", "timestamp", "none", maybe(stamps(2025, 2025), 0.1)),
        ], rows=N_RES, extra=[fkey(S, "resources", "created_by", "users", "id")]),
        Table(S, "secrets", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("user_id", "char(36)", "none", lambda c, i: f"{fk(N_USER, 3)(c, i):08d}-aaaa-4bbb-8ccc-"
                                                          f"{fk(N_USER, 3)(c, i):012d}"),
            C("resource_id", "char(36)", "none", lambda c, i: f"{i:08d}-7777-4bbb-8ccc-{i:012d}"),
            C("data", "text", "credentials", _armored("MESSAGE"), comment="the resource's password, encrypted for the user"),
            C("created", "timestamp", "none", stamps(2021, 2025)),
            C("modified", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_RES, extra=[fkey(S, "secrets", "resource_id", "resources", "id"),
                              fkey(S, "secrets", "user_id", "users", "id")]),
        Table(S, "authentication_tokens", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("token", "char(36)", "secret_token", lambda c, i: uuid(c)),
            C("user_id", "char(36)", "none", lambda c, i: f"{fk(N_USER, 11)(c, i):08d}-aaaa-4bbb-8ccc-"
                                                          f"{fk(N_USER, 11)(c, i):012d}"),
            C("active", "boolean", "none", flag(0.3)),
            C("type", "varchar(16)", "none", one("login", "register", "recover", "mfa", "refresh_token")),
            C("data", "text", "none", maybe(const('{"user_agent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}'),
                                             0.4)),
            C("created", "timestamp", "none", stamps(2024, 2025)),
            C("modified", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "authentication_tokens", "user_id", "users", "id")]),
        Table(S, "account_settings", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("user_id", "char(36)", "none", lambda c, i: f"{i:08d}-aaaa-4bbb-8ccc-{i:012d}"),
            C("property_id", "char(36)", "none", lambda c, i: uuid(c)),
            C("property", "varchar(256)", "none", const("mfa")),
            C("value", "text", "secret_token", _mfa),
            C("created", "timestamp", "none", stamps(2022, 2025)),
        ], rows=120, extra=[fkey(S, "account_settings", "user_id", "users", "id")]),
        Table(S, "action_logs", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("user_id", "char(36)", "none", lambda c, i: f"{fk(N_USER, 13)(c, i):08d}-aaaa-4bbb-8ccc-"
                                                          f"{fk(N_USER, 13)(c, i):012d}"),
            C("action_id", "char(36)", "none", lambda c, i: uuid(c)),
            C("context", "varchar(255)", "none", one("POST /auth/login.json", "GET /resources.json",
                                                     "PUT /resources/{id}.json", "GET /secrets/resource/{id}.json")),
            C("status", "integer", "none", one(1, 1, 1, 0)),
            C("created", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "action_logs", "user_id", "users", "id")]),
        Table(S, "comments", [
            C("id", "char(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("parent_id", "char(36)", "none", const(None)),
            C("foreign_key", "char(36)", "none", lambda c, i: f"{fk(N_RES, 5)(c, i):08d}-7777-4bbb-8ccc-"
                                                              f"{fk(N_RES, 5)(c, i):012d}"),
            C("foreign_model", "varchar(36)", "none", const("Resource")),
            C("content", "text", "none", one("Changed after audit.", "Vendor reset this today.",
                                             "Also used for the VPN.", "Do not share outside Treasury.")),
            C("created", "timestamp", "none", stamps(2022, 2025)),
        ], rows=90, extra=[fkey(S, "comments", "foreign_key", "resources", "id")]),
        Table(S, "email_queue", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("email", "varchar(129)", "email", lambda c, i: u("user")(c, fk(N_USER, 3)(c, i)) + "@gov.nu"),
            C("subject", "varchar(255)", "person_name",
              lambda c, i: f"{u('first')(c, fk(N_USER, 7)(c, i))} shared the password "
                           f"\"{SERVICES[i % len(SERVICES)]}\" with you"),
            C("template", "varchar(100)", "none", one("LU/resource_share", "AD/user_setup", "GM/group_user_add")),
            C("template_vars", "text", "free_text_may_contain_pii",
              lambda c, i: json.dumps({"body": {"user": {"username": u("user")(c, fk(N_USER, 3)(c, i)) + "@gov.nu",
                                                         "profile": {"first_name": u("first")(c, fk(N_USER, 3)(c, i)),
                                                                     "last_name": u("last")(c, fk(N_USER, 3)(c, i))}},
                                                "village": POOLS["nu"]["village"][i % 14]}})),
            C("sent", "boolean", "none", flag(0.95)),
            C("send_tries", "integer", "none", one(0, 1, 1, 2)),
            C("created", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150),
    ]
