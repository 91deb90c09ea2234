"""ar_vikunja: Vikunja, the to-do and project app (Go, PostgreSQL), as recalled from memory, for a small Australian
design studio: users, TOTP, user and API tokens, teams, projects, tasks, comments, files, link shares, labels,
webhooks and saved filters."""
from __future__ import annotations

from .blind26_gens import (C, alnum, bcrypt, const, fk, fkey, flag, hexs, ints, maybe, one, seq, sha256, stamps,
                           uuid)
from .blind42_gens import any_name, person
from .gens import Table

S = "ar_vikunja"
USR = "au.vikunja_user"
N_USR, N_TEAM, N_PROJ, N_TASK, N_FILE = 90, 12, 80, 150, 100


def _description(c, i):
    return c.r.choice(["<p>Update the style guide with the new palette.</p>", None, "",
                       f"<p>Ring {any_name('au')(c, i)} at the print shop on 04{c.r.randint(10, 99)} "
                       f"{c.r.randint(100, 999)} {c.r.randint(100, 999)} about the proofs.</p>",
                       "<p>Client wants the logo bigger.</p>",
                       f"<p>Send invoice to {person('au', USR, 'email')(c, c.r.randint(1, N_USR))}</p>"])


def _comment(c, i):
    return c.r.choice(["Done, see attachment.", "Blocked until the copy arrives.",
                       f"@{person('au', USR, 'user')(c, c.r.randint(1, N_USR))} can you review?",
                       "Moved to next sprint.", f"Spoke to {any_name('au')(c, i)}, they approved v3."])


def vikunja_tables() -> list[Table]:
    u = lambda f: person("au", USR, f, 1960, 2003)      # noqa: E731
    return [
        Table(S, "users", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("name", "varchar(250)", "person_name", maybe(u("full"), 0.8)),
            C("username", "varchar(250)", "none", u("user")),
            C("password", "varchar(250)", "credentials", lambda c, i: bcrypt(c, "11", "2a")),
            C("email", "varchar(250)", "email", u("email")),
            C("status", "integer", "none", one(0, 0, 1)),
            C("avatar_provider", "varchar(255)", "none", one("initials", "gravatar", "upload", "marble")),
            C("avatar_file_id", "bigint", "none", maybe(ints(1, N_FILE), 0.2)),
            C("issuer", "varchar(250)", "none", one("local", "local", "https://auth.studio.example")),
            C("subject", "varchar(250)", "none", maybe(lambda c, i: uuid(c), 0.2)),
            C("email_reminders_enabled", "boolean", "none", flag(0.7)),
            C("discoverable_by_name", "boolean", "none", flag(0.3)),
            C("discoverable_by_email", "boolean", "none", flag(0.2)),
            C("overdue_tasks_reminders_enabled", "boolean", "none", flag(0.6)),
            C("default_project_id", "bigint", "none", maybe(ints(1, N_PROJ), 0.5)),
            C("week_start", "integer", "none", one(0, 1)),
            C("language", "varchar(50)", "none", one("en", "en", "de-DE")),
            C("timezone", "varchar(255)", "none", one("Australia/Melbourne", "Australia/Sydney", "Australia/Perth")),
            C("deletion_scheduled_at", "timestamp", "none", maybe(stamps(2025, 2025), 0.03)),
            C("created", "timestamp", "none", stamps(2020, 2025)),
            C("updated", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_USR),
        Table(S, "totp", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("user_id", "bigint", "none", lambda c, i: i * 3),
            C("secret", "varchar(255)", "secret_token", lambda c, i: alnum(c, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
            C("enabled", "boolean", "none", flag(0.8)),
            C("url", "text", "secret_token", lambda c, i: f"otpauth://totp/Vikunja:{u('user')(c, i * 3)}?issuer=Vikunja"
                                                          f"&secret={alnum(c, 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}"),
        ], rows=25, extra=[fkey(S, "totp", "user_id", "users", "id")]),
        Table(S, "user_tokens", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("user_id", "bigint", "none", fk(N_USR, 7)),
            C("token", "varchar(450)", "secret_token", lambda c, i: alnum(c, 64, "abcdefghijklmnopqrstuvwxyz0123456789")),
            C("kind", "integer", "none", one(1, 2, 3)),
            C("created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=80, extra=[fkey(S, "user_tokens", "user_id", "users", "id")]),
        Table(S, "api_tokens", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("title", "varchar(255)", "none", one("CI pipeline", "Zapier", "Home Assistant", "n8n sync")),
            C("token_salt", "varchar(255)", "none", lambda c, i: alnum(c, 10)),
            C("token_hash", "varchar(255)", "credentials", lambda c, i: sha256(c)),
            C("token_last_eight", "varchar(8)", "none", lambda c, i: hexs(c, 8)),
            C("permissions", "jsonb", "none", const('{"tasks": ["read_all", "update"]}')),
            C("expires_at", "timestamp", "none", stamps(2025, 2026)),
            C("owner_id", "bigint", "none", fk(N_USR, 11)),
            C("created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=80, extra=[fkey(S, "api_tokens", "owner_id", "users", "id")]),
        Table(S, "teams", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("name", "varchar(250)", "none", lambda c, i: ["Design", "Print", "Web", "Accounts", "Motion",
                                                            "Brand"][i % 6] + f" {i}"),
            C("description", "text", "none", maybe(one("Core studio team", "Contractors"), 0.5)),
            C("created_by_id", "bigint", "none", fk(N_USR, 5)),
            C("oidc_id", "varchar(250)", "none", maybe(lambda c, i: uuid(c), 0.2)),
            C("is_public", "boolean", "none", flag(0.2)),
        ], rows=N_TEAM, extra=[fkey(S, "teams", "created_by_id", "users", "id")]),
        Table(S, "team_members", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("team_id", "bigint", "none", fk(N_TEAM, 5)),
            C("user_id", "bigint", "none", fk(N_USR, 7)),
            C("admin", "boolean", "none", flag(0.2)),
            C("created", "timestamp", "none", stamps(2022, 2025)),
        ], rows=100, extra=[fkey(S, "team_members", "team_id", "teams", "id"),
                            fkey(S, "team_members", "user_id", "users", "id")]),
        Table(S, "projects", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("title", "varchar(250)", "none", lambda c, i: ["Rebrand", "Annual report", "Website refresh",
                                                             "Packaging", "Festival posters"][i % 5] + f" {2020 + i % 6}"),
            C("description", "text", "none", maybe(one("Client: regional council", "Internal"), 0.5)),
            C("identifier", "varchar(10)", "none", lambda c, i: f"P{i}"),
            C("hex_color", "varchar(6)", "none", lambda c, i: hexs(c, 6)),
            C("owner_id", "bigint", "none", fk(N_USR, 3)),
            C("parent_project_id", "bigint", "none", lambda c, i: None if i <= 10 else (i % 10) + 1),
            C("is_archived", "boolean", "none", flag(0.2)),
            C("background_blur_hash", "varchar(50)", "none", maybe(lambda c, i: alnum(c, 28), 0.3)),
            C("position", "double precision", "none", lambda c, i: i * 65536.0),
            C("created", "timestamp", "none", stamps(2020, 2025)),
        ], rows=N_PROJ, extra=[fkey(S, "projects", "owner_id", "users", "id")]),
        Table(S, "tasks", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("title", "text", "none", one("Draft moodboard", "Order proofs", "Fix kerning on cover", "Export assets",
                                           "Client call", "Invoice")),
            C("description", "text", "free_text_may_contain_pii", _description),
            C("done", "boolean", "none", flag(0.5)),
            C("done_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.5)),
            C("due_date", "timestamp", "none", maybe(stamps(2024, 2026), 0.6)),
            C("created_by_id", "bigint", "none", fk(N_USR, 5)),
            C("project_id", "bigint", "none", fk(N_PROJ, 3)),
            C("repeat_after", "bigint", "none", one(0, 0, 0, 86400, 604800)),
            C("priority", "bigint", "none", ints(0, 4)),
            C("percent_done", "double precision", "none", one(0.0, 0.5, 1.0)),
            C("index", "bigint", "none", seq()),
            C("uid", "varchar(250)", "none", lambda c, i: uuid(c)),
            C("hex_color", "varchar(6)", "none", maybe(lambda c, i: hexs(c, 6), 0.2)),
            C("created", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_TASK, extra=[fkey(S, "tasks", "created_by_id", "users", "id"),
                               fkey(S, "tasks", "project_id", "projects", "id")]),
        Table(S, "task_comments", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("comment", "text", "free_text_may_contain_pii", _comment),
            C("author_id", "bigint", "none", fk(N_USR, 7)),
            C("task_id", "bigint", "none", fk(N_TASK, 3)),
            C("created", "timestamp", "none", stamps(2024, 2025)),
        ], rows=130, extra=[fkey(S, "task_comments", "author_id", "users", "id"),
                            fkey(S, "task_comments", "task_id", "tasks", "id")]),
        Table(S, "files", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("name", "text", "none", lambda c, i: c.r.choice(["proof_v3.pdf", "logo-final.svg", "IMG_2041.jpg",
                                                               "brief.docx", "palette.png"])),
            C("mime", "text", "none", one("application/pdf", "image/png", "image/jpeg")),
            C("size", "bigint", "none", ints(2_000, 40_000_000)),
            C("created", "timestamp", "none", stamps(2022, 2025)),
            C("created_by_id", "bigint", "none", fk(N_USR, 11)),
        ], rows=N_FILE, extra=[fkey(S, "files", "created_by_id", "users", "id")]),
        Table(S, "link_shares", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("hash", "varchar(40)", "secret_token", lambda c, i: alnum(c, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")),
            C("name", "text", "none", maybe(one("Client preview", "Printer", "Board"), 0.6)),
            C("project_id", "bigint", "none", fk(N_PROJ, 3)),
            C("permission", "bigint", "none", one(0, 1, 2)),
            C("sharing_type", "bigint", "none", one(0, 1, 2)),
            C("password", "text", "credentials", maybe(lambda c, i: bcrypt(c, "11", "2a"), 0.3)),
            C("shared_by_id", "bigint", "none", fk(N_USR, 9)),
        ], rows=80, extra=[fkey(S, "link_shares", "project_id", "projects", "id"),
                           fkey(S, "link_shares", "shared_by_id", "users", "id")]),
        Table(S, "webhooks", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("target_url", "varchar(255)", "none", lambda c, i: f"https://hooks.studio.example/vikunja/{i}"),
            C("events", "jsonb", "none", const('["task.created", "task.updated"]')),
            C("project_id", "bigint", "none", fk(N_PROJ, 3)),
            C("secret", "varchar(255)", "secret_token", maybe(lambda c, i: alnum(c, 32), 0.7)),
            C("basic_auth_user", "varchar(255)", "none", maybe(const("hookuser"), 0.2)),
            C("basic_auth_password", "varchar(255)", "credentials", maybe(lambda c, i: alnum(c, 16), 0.2)),
            C("created_by_id", "bigint", "none", fk(N_USR, 5)),
        ], rows=20, extra=[fkey(S, "webhooks", "project_id", "projects", "id")]),
        Table(S, "labels", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("title", "varchar(250)", "none", lambda c, i: ["urgent", "client", "print", "web", "waiting"][i % 5]
              + f"-{i}"),
            C("hex_color", "varchar(6)", "none", lambda c, i: hexs(c, 6)),
            C("created_by_id", "bigint", "none", fk(N_USR, 3)),
        ], rows=80, extra=[fkey(S, "labels", "created_by_id", "users", "id")]),
        Table(S, "saved_filters", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("filters", "jsonb", "none", const('{"filter": "done = false && priority >= 3"}')),
            C("title", "varchar(250)", "none", one("My urgent", "This week", "Waiting on client")),
            C("owner_id", "bigint", "none", fk(N_USR, 5)),
            C("is_favorite", "boolean", "none", flag(0.4)),
        ], rows=80, extra=[fkey(S, "saved_filters", "owner_id", "users", "id")]),
    ]
