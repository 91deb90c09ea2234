"""aa_kanboard: Kanboard (the PHP kanban board) as a Yerevan software studio runs it, recreated from memory with its
PostgreSQL table and column names (unix-time integers, `users.token`, `remember_me`, `last_logins` ...)."""
from __future__ import annotations

import json

from .blind25_gens import (P, agent, bcrypt, chars, const, day, epoch, flag, hexs, idx, integer, ipv4, maybe, one,
                           ref, text)
from .gens import Col, Table

S = "aa_kanboard"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
N_USERS, N_PROJECTS, N_TASKS = 80, 80, 150


def _fk(table: str, col: str, target: str, tcol: str = "id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{target} ({tcol})"


def _session_data(c, i):
    p = P("am", "users", "full")(c, i)
    u = P("am", "users", "user")(c, i)
    e = P("am", "users", "email")(c, i)
    return (f'user|a:5:{{s:2:"id";i:{i};s:8:"username";s:{len(u)}:"{u}";s:4:"name";s:{len(p.encode())}:"{p}";'
            f's:5:"email";s:{len(e)}:"{e}";s:4:"role";s:8:"app-user";}}csrf|a:1:{{s:64:"{hexs(64)(c, i)}";b:1;}}'
            f'postAuthenticationValidated|b:0;')


def _activity(c, i):
    return json.dumps({"task": {"id": 1 + (i * 5) % N_TASKS, "title": c.r.choice(TASK_TITLES),
                                "column_title": c.r.choice(("Backlog", "Ready", "Work in progress", "Done")),
                                "assignee_username": P("am", "users", "user")(c, 1 + (i * 3) % N_USERS)},
                       "changes": {"column_id": c.r.randint(1, 40)}})


TASK_TITLES = ("Fix login redirect on Safari", "Migrate invoices table to numeric", "Add Armenian translation",
               "Payment page: dram rounding", "Upgrade PHP to 8.2", "Write API docs for /orders",
               "Crash on Android 13 when opening camera", "Logo variants for print", "Set up staging backups",
               "Performance: N+1 on dashboard", "Review the SLA wording", "Push notifications for reminders")

DESCRIPTIONS = (
    "Client contact is {full} ({phone}); they want the fix before the {n}th.",
    "Reported by {full} <{email}> after the last release.",
    "Steps: open the app, tap Orders, rotate the phone. Crashes every time on build {n}.",
    "{first} from the client side will test on their staging; call {phone} if blocked.",
    "See the attached screenshot. Estimate {n} hours.",
    "Blocked until the design is approved by {full}.",
)
COMMENTS = (
    "Talked to {full} today, they confirm the layout.", "Deployed to staging, please check.",
    "@{user} can you take this one?", "{first} says the bug is back on iOS, number to call: {phone}",
    "Moved to next sprint.", "Sent the build to {email}.", "Fixed in commit {n}a7f3.",
)


def kanboard_tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("username", "varchar(255)", "none", P("am", "users", "user")),
        Col("password", "varchar(255)", "credentials", bcrypt()),
        Col("is_ldap_user", "boolean", "none", flag(0.1)),
        Col("name", "varchar(255)", "person_name", P("am", "users", "full")),
        Col("email", "varchar(255)", "email", P("am", "users", "email")),
        Col("google_id", "varchar(255)", "none", maybe(chars(21, "0123456789"), 0.8)),
        Col("github_id", "varchar(30)", "none", maybe(chars(8, "0123456789"), 0.7)),
        Col("notifications_enabled", "boolean", "none", flag(0.6)),
        Col("timezone", "varchar(50)", "none", one("Asia/Yerevan", "Asia/Yerevan", "Europe/Moscow", "UTC")),
        Col("language", "char(5)", "none", one("en_US", "ru_RU", "en_US")),
        Col("disable_login_form", "boolean", "none", flag(0.05)),
        Col("twofactor_activated", "boolean", "none", flag(0.3)),
        Col("twofactor_secret", "char(16)", "secret_token", maybe(chars(16, B32), 0.6)),
        Col("token", "varchar(255)", "secret_token", maybe(hexs(60), 0.4)),
        Col("notifications_filter", "integer", "none", one(1, 2, 4)),
        Col("nb_failed_login", "integer", "none", integer(0, 3)),
        Col("lock_expiration_date", "bigint", "none", const(0)),
        Col("gitlab_id", "integer", "none", maybe(integer(100000, 9999999), 0.85)),
        Col("role", "varchar(25)", "none", one("app-user", "app-user", "app-user", "app-manager", "app-admin")),
        Col("is_active", "boolean", "none", flag(0.9)),
        Col("avatar_path", "varchar(255)", "none", maybe(lambda c, i: f"avatars/{i}/{hexs(40)(c, i)}", 0.5)),
        Col("api_access_token", "varchar(255)", "secret_token", maybe(hexs(60), 0.7)),
        Col("filter", "text", "none", one("status:open assignee:me", "status:open", None, "due:<=tomorrow")),
        Col("theme", "varchar(50)", "none", one("light", "dark", "auto")),
    ], rows=N_USERS)
    projects = Table(S, "projects", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(255)", "none", lambda c, i: c.r.choice(
            ("Mobile banking app", "Website redesign", "Loyalty programme", "Warehouse scanner", "Tour booking",
             "Internal tools", "E-invoice connector", "Clinic queue display")) + f" {2020 + i % 6}"),
        Col("is_active", "boolean", "none", flag(0.7)),
        Col("token", "varchar(255)", "secret_token", maybe(hexs(60), 0.7)),
        Col("last_modified", "bigint", "none", epoch()),
        Col("is_public", "boolean", "none", flag(0.3)),
        Col("is_private", "boolean", "none", flag(0.1)),
        Col("description", "text", "none", one(
            "Fixed-price contract, two-week sprints.", "Maintenance retainer; bugs only.",
            "Phase 2 of the rebuild. Acceptance by the client's QA team.", None, "Internal project, no billing.")),
        Col("identifier", "varchar(50)", "none", lambda c, i: f"{c.r.choice(('MBA', 'WEB', 'LOY', 'WMS', 'TUR'))}{i}"),
        Col("start_date", "varchar(10)", "none", lambda c, i: day(2020, 2024)(c, i).isoformat()),
        Col("end_date", "varchar(10)", "none", maybe(lambda c, i: day(2024, 2026)(c, i).isoformat(), 0.4)),
        Col("owner_id", "integer", "none", ref(N_USERS, 3)),
        Col("priority_default", "integer", "none", const(0)),
        Col("priority_start", "integer", "none", const(0)),
        Col("priority_end", "integer", "none", const(3)),
        Col("email", "varchar(255)", "none", lambda c, i: f"project{i}+tasks@studio-code.am",
            comment="Incoming e-mail address of the project"),
        Col("predefined_email_subjects", "text", "none", one("Status update\nNew build", None, "Weekly report")),
        Col("per_swimlane_task_limits", "boolean", "none", flag(0.1)),
        Col("task_limit", "integer", "none", one(0, 0, 5, 10)),
        Col("enable_global_tags", "boolean", "none", flag(0.8)),
    ], rows=N_PROJECTS, extra=[_fk("projects", "owner_id", "users")])
    members = Table(S, "project_has_users", [
        Col("project_id", "integer", "none", ref(N_PROJECTS, 1)),
        Col("user_id", "integer", "none", ref(N_USERS, 7, 3)),
        Col("role", "varchar(255)", "none", one("project-member", "project-manager", "project-viewer")),
    ], rows=120, extra=[_fk("project_has_users", "project_id", "projects"),
                        _fk("project_has_users", "user_id", "users")])
    tasks = Table(S, "tasks", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("title", "varchar(255)", "none", one(*TASK_TITLES)),
        Col("description", "text", "free_text_may_contain_pii", text("am", "tasks/contact", *DESCRIPTIONS)),
        Col("date_creation", "bigint", "none", epoch(2022, 2024)),
        Col("date_completed", "bigint", "none", maybe(epoch(2024, 2025), 0.5)),
        Col("date_due", "bigint", "none", maybe(epoch(2024, 2025), 0.4)),
        Col("color_id", "varchar(50)", "none", one("yellow", "blue", "green", "red", "purple", "grey")),
        Col("project_id", "integer", "none", ref(N_PROJECTS, 3)),
        Col("column_id", "integer", "none", integer(1, 320)),
        Col("owner_id", "integer", "none", lambda c, i: 0 if i % 6 == 0 else 1 + (i * 11) % N_USERS),
        Col("position", "integer", "none", integer(1, 30)),
        Col("score", "integer", "none", one(0, 1, 2, 3, 5, 8, 13)),
        Col("is_active", "integer", "none", one(0, 1, 1)),
        Col("category_id", "integer", "none", one(0, 1, 2, 3)),
        Col("creator_id", "integer", "none", ref(N_USERS, 13)),
        Col("date_modification", "bigint", "none", epoch(2024, 2025)),
        Col("reference", "varchar(255)", "none", maybe(lambda c, i: f"ZD-{4000 + i * 3}", 0.6)),
        Col("date_started", "bigint", "none", maybe(epoch(2023, 2024), 0.3)),
        Col("time_spent", "double precision", "none", one(0, 0.5, 1, 2, 4.5, 8)),
        Col("time_estimated", "double precision", "none", one(0, 1, 2, 4, 8, 16)),
        Col("swimlane_id", "integer", "none", one(1, 1, 2)),
        Col("date_moved", "bigint", "none", epoch(2024, 2025)),
        Col("recurrence_status", "integer", "none", const(0)),
        Col("priority", "integer", "none", one(0, 1, 2, 3)),
        Col("external_provider", "varchar(255)", "none", maybe(const("weblink"), 0.9)),
        Col("external_uri", "varchar(255)", "none", maybe(lambda c, i: f"https://support.studio-code.am/t/{i}", 0.9)),
    ], rows=N_TASKS, extra=[_fk("tasks", "project_id", "projects"), _fk("tasks", "creator_id", "users")])
    subtasks = Table(S, "subtasks", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("title", "varchar(255)", "none", one("Write tests", "Code review", "Update changelog", "QA on device",
                                                    "Translate strings", "Deploy")),
        Col("status", "integer", "none", one(0, 1, 2)),
        Col("time_estimated", "double precision", "none", one(0, 1, 2, 3)),
        Col("time_spent", "double precision", "none", one(0, 0.5, 1, 2)),
        Col("task_id", "integer", "none", ref(N_TASKS, 1)),
        Col("user_id", "integer", "none", ref(N_USERS, 5)),
        Col("position", "integer", "none", integer(1, 8)),
    ], rows=150, extra=[_fk("subtasks", "task_id", "tasks")])
    comments = Table(S, "comments", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("task_id", "integer", "none", ref(N_TASKS, 7)),
        Col("user_id", "integer", "none", ref(N_USERS, 9)),
        Col("date_creation", "bigint", "none", epoch(2023, 2025)),
        Col("comment", "text", "free_text_may_contain_pii", text("am", "comments/mention", *COMMENTS)),
        Col("reference", "varchar(255)", "none", maybe(lambda c, i: f"<{hexs(12)(c, i)}@mail.studio-code.am>", 0.8)),
        Col("date_modification", "bigint", "none", epoch(2024, 2025)),
        Col("visibility", "varchar(25)", "none", one("app-user", "app-user", "app-manager")),
    ], rows=150, extra=[_fk("comments", "task_id", "tasks")])
    files = Table(S, "task_has_files", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("name", "varchar(255)", "none", lambda c, i: c.r.choice(("screenshot", "mockup", "crash-log", "spec"))
            + f"_{i}." + c.r.choice(("png", "pdf", "txt"))),
        Col("path", "varchar(255)", "none", lambda c, i: f"tasks/{1 + i % N_TASKS}/{hexs(40)(c, i)}"),
        Col("is_image", "boolean", "none", flag(0.6)),
        Col("task_id", "integer", "none", ref(N_TASKS, 11)),
        Col("date", "bigint", "none", epoch(2023, 2025)),
        Col("user_id", "integer", "none", ref(N_USERS, 17)),
        Col("size", "integer", "none", integer(2000, 4000000)),
    ], rows=100, extra=[_fk("task_has_files", "task_id", "tasks")])
    remember = Table(S, "remember_me", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("user_id", "integer", "none", ref(N_USERS, 21)),
        Col("ip", "varchar(45)", "ip_address", ipv4("am")),
        Col("user_agent", "varchar(255)", "none", agent()),
        Col("token", "varchar(255)", "secret_token", hexs(60)),
        Col("sequence", "varchar(255)", "secret_token", hexs(20)),
        Col("expiration", "integer", "none", epoch(2025, 2025)),
        Col("date_creation", "bigint", "none", epoch(2024, 2024)),
    ], rows=100, extra=[_fk("remember_me", "user_id", "users")])
    reset = Table(S, "password_reset", [
        Col("token", "varchar(80) PRIMARY KEY", "secret_token", hexs(60)),
        Col("user_id", "integer", "none", ref(N_USERS, 23)),
        Col("date_expiration", "integer", "none", epoch(2024, 2025)),
        Col("date_creation", "integer", "none", epoch(2024, 2025)),
        Col("ip", "varchar(45)", "ip_address", ipv4("am")),
        Col("user_agent", "varchar(255)", "none", agent()),
        Col("is_active", "boolean", "none", flag(0.2)),
    ], rows=80, extra=[_fk("password_reset", "user_id", "users")])
    logins = Table(S, "last_logins", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("auth_type", "varchar(25)", "none", one("Database", "Database", "RememberMe", "Google")),
        Col("user_id", "integer", "none", ref(N_USERS, 29)),
        Col("ip", "varchar(45)", "ip_address", ipv4("am")),
        Col("user_agent", "varchar(255)", "none", agent()),
        Col("date_creation", "bigint", "none", epoch(2024, 2025)),
    ], rows=150, extra=[_fk("last_logins", "user_id", "users")])
    sessions = Table(S, "sessions", [
        Col("id", "text PRIMARY KEY", "secret_token", lambda c, i: chars(26, "abcdefghijklmnopqrstuv0123456789")(c, i)),
        Col("expire_at", "integer", "none", epoch(2025, 2025)),
        Col("data", "text", "free_text_may_contain_pii", lambda c, i: _session_data(c, 1 + (i * 7) % N_USERS)),
    ], rows=120)
    invites = Table(S, "invites", [
        Col("email", "varchar(255)", "email", P("am", "invites", "email")),
        Col("project_id", "integer", "none", ref(N_PROJECTS, 31)),
        Col("token", "varchar(255)", "secret_token", hexs(60)),
    ], rows=80, extra=[_fk("invites", "project_id", "projects")])
    activities = Table(S, "project_activities", [
        Col("id", "integer PRIMARY KEY", "none", idx()),
        Col("date_creation", "bigint", "none", epoch(2024, 2025)),
        Col("event_name", "text", "none", one("task.move.column", "task.update", "comment.create", "task.close")),
        Col("creator_id", "integer", "none", ref(N_USERS, 37)),
        Col("project_id", "integer", "none", ref(N_PROJECTS, 41)),
        Col("task_id", "integer", "none", ref(N_TASKS, 5)),
        Col("data", "text", "none", _activity),
    ], rows=150, extra=[_fk("project_activities", "project_id", "projects"),
                        _fk("project_activities", "task_id", "tasks")])
    return [users, projects, members, tasks, subtasks, comments, files, remember, reset, logins, sessions,
            invites, activities]
