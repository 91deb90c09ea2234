"""a_canvas: a slice of the Canvas LMS (Instructure) PostgreSQL schema recreated from memory (users, pseudonyms,
communication_channels, user_notes, page_views, submission_comments), for a Colombian public university."""
from __future__ import annotations

from .blind24_gens import (alnum, anyone, ch, col, fk, flag, hexs, ip4, num, opt, people, person, pk, ref, ts, uid)
from .gens import Ctx, Table

S = "a_canvas"
N_USERS, N_PSEUDO = 120, 120
CO_IPS = ("181.48", "190.25", "186.80", "191.95", "201.244", "152.200")


def users() -> Table:
    p = people("co", "users")
    return Table(S, "users", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("name", "varchar(255)", "person_name", p("full")),
        col("sortable_name", "varchar(255)", "person_name", p("sortable")),
        col("workflow_state", "varchar(255)", "none", ch("registered", "registered", "pre_registered", "deleted")),
        col("time_zone", "varchar(255)", "none", ch("America/Bogota")),
        col("uuid", "varchar(255)", "none", alnum(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
        col("created_at", "timestamp", "none", ts(2019, 2024)),
        col("avatar_image_url", "varchar(255)", "none", opt(lambda c, i: f"https://canvas.unal.edu.co/images/"
                                                                         f"thumbnails/{c.r.randint(10**5, 10**6)}/"
                                                                         f"{hexs(40)(c, i)}", 0.6)),
        col("phone", "varchar(255)", "phone", opt(p("mobile"), 0.5)),
        col("school_name", "varchar(255)", "none", opt(ch("Universidad Nacional de Colombia - Sede Medellín",
                                                          "Sede Bogotá", "Sede Manizales"), 0.6)),
        col("school_position", "varchar(255)", "none", opt(ch("Estudiante", "Docente ocasional", "Monitor"), 0.6)),
        col("locale", "varchar(255)", "none", opt(ch("es", "es", "en"), 0.3)),
        col("otp_secret_key_enc", "varchar(255)", "secret_token", opt(lambda c, i: hexs(64)(c, i), 0.7),
            "TOTP seed, encrypted with the installation key"),
        col("otp_secret_key_salt", "varchar(255)", "none", opt(hexs(16), 0.7)),
        col("pronouns", "varchar(255)", "none", opt(ch("ella", "él", "elle"), 0.8)),
        col("lti_id", "varchar(255)", "none", uid()),
        col("turnitin_id", "bigint", "none", opt(num(10**6, 10**7), 0.7)),
        col("last_logged_out", "timestamp", "none", opt(ts(2024, 2024), 0.3)),
        col("preferences", "text", "none", ch("---\n:selected_calendar_contexts: []\n",
                                              "---\n:new_user_tutorial_on_off: 'off'\n", None))], rows=N_USERS)


def pseudonyms() -> Table:
    p = people("co", "users")      # the login of the user of the same row
    return Table(S, "pseudonyms", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("user_id", "bigint", "none", pk),
        col("workflow_state", "varchar(255)", "none", ch("active", "active", "suspended", "deleted")),
        col("unique_id", "varchar(255)", "email", p("email")),
        col("crypted_password", "varchar(255)", "credentials", hexs(128)),
        col("password_salt", "varchar(255)", "none", alnum(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV")),
        col("persistence_token", "varchar(255)", "secret_token", hexs(128)),
        col("single_access_token", "varchar(255)", "secret_token", alnum(20)),
        col("perishable_token", "varchar(255)", "secret_token", alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789")),
        col("login_count", "integer", "none", num(0, 900)),
        col("failed_login_count", "integer", "none", num(0, 3)),
        col("last_request_at", "timestamp", "none", ts(2024, 2024)),
        col("last_login_at", "timestamp", "none", ts(2024, 2024)),
        col("current_login_ip", "varchar(255)", "ip_address", ip4(*CO_IPS)),
        col("last_login_ip", "varchar(255)", "ip_address", opt(ip4(*CO_IPS), 0.1)),
        col("sis_user_id", "varchar(255)", "none", lambda c, i: person(c, "co", "users", i)["code"],
            "Student code from the SIS"),
        col("integration_id", "varchar(255)", "none", opt(lambda c, i: f"UN-{i:06d}", 0.4)),
        col("password_auto_generated", "boolean", "none", flag(0.1)),
        col("declared_user_type", "varchar(255)", "none", opt(ch("student", "teacher"), 0.6)),
        col("created_at", "timestamp", "none", ts(2019, 2024))], rows=N_PSEUDO,
        extra=[fk(S, "pseudonyms", "user_id", "users")])


def communication_channels() -> Table:
    def path(c: Ctx, i: int) -> str:
        who = person(c, "co", "users", (i - 1) % N_USERS + 1)
        return who["email"] if i <= N_USERS else anyone(c, "co")["email"]
    return Table(S, "communication_channels", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("path", "varchar(255)", "email", path),
        col("path_type", "varchar(255)", "none", ch("email")),
        col("position", "integer", "none", lambda c, i: 1 if i <= N_USERS else 2),
        col("user_id", "bigint", "none", lambda c, i: (i - 1) % N_USERS + 1),
        col("pseudonym_id", "bigint", "none", opt(lambda c, i: (i - 1) % N_PSEUDO + 1, 0.5)),
        col("bounce_count", "integer", "none", ch(0, 0, 0, 1, 3)),
        col("workflow_state", "varchar(255)", "none", ch("active", "active", "unconfirmed", "retired")),
        col("confirmation_code", "varchar(255)", "secret_token", alnum(25, "abcdefghijklmnopqrstuvwxyz0123456789")),
        col("created_at", "timestamp", "none", ts(2019, 2024))], rows=140,
        extra=[fk(S, "communication_channels", "user_id", "users"),
               fk(S, "communication_channels", "pseudonym_id", "pseudonyms")])


def user_notes() -> Table:
    return Table(S, "user_notes", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("user_id", "bigint", "none", ref(N_USERS, 7)),
        col("note", "text", "health", ch(
            "Estudiante informa diagnóstico de ansiedad generalizada; se acuerda plazo adicional.",
            "Incapacidad médica de 10 días por cirugía de rodilla.",
            "Presenta dislexia certificada por Bienestar; requiere tiempo extra en exámenes.",
            "Embarazo de alto riesgo, reposo; se habilita entrega virtual.",
            "Crisis epiléptica en clase el 12/03; remitida a enfermería.",
            "Tratamiento por depresión, seguimiento con psicología de Bienestar.")),
        col("title", "varchar(255)", "none", ch("Ajuste razonable", "Seguimiento", "Incapacidad")),
        col("created_by_id", "bigint", "none", ref(N_USERS, 1, 60)),
        col("workflow_state", "varchar(255)", "none", ch("active", "active", "deleted")),
        col("created_at", "timestamp", "none", ts(2022, 2024)),
        col("root_account_id", "bigint", "none", ch(1))], rows=80,
        extra=[fk(S, "user_notes", "user_id", "users"), fk(S, "user_notes", "created_by_id", "users")])


def page_views() -> Table:
    return Table(S, "page_views", [
        col("request_id", "varchar(255) PRIMARY KEY", "none", uid()),
        col("session_id", "varchar(255)", "secret_token", hexs(32)),
        col("user_id", "bigint", "none", ref(N_USERS, 11)),
        col("url", "text", "none", lambda c, i: c.r.choice((f"/courses/{c.r.randint(1, 400)}/assignments/"
                                                           f"{c.r.randint(1, 9000)}", "/dashboard",
                                                           f"/courses/{c.r.randint(1, 400)}/grades",
                                                           "/conversations"))),
        col("context_type", "varchar(255)", "none", ch("Course", "User", "Account")),
        col("controller", "varchar(255)", "none", ch("assignments", "users", "gradebooks", "conversations")),
        col("action", "varchar(255)", "none", ch("show", "index", "user_dashboard")),
        col("interaction_seconds", "double precision", "none", num(0, 600)),
        col("created_at", "timestamp", "none", ts(2024, 2024)),
        col("user_agent", "text", "none", ch("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                             "candroid/7.6.0 (Android 13)", "iCanvas/7.10 (iPhone; iOS 17.4)")),
        col("remote_ip", "varchar(255)", "ip_address", ip4(*CO_IPS)),
        col("http_method", "varchar(255)", "none", ch("get", "get", "post")),
        col("participated", "boolean", "none", flag(0.2))], rows=150,
        extra=[fk(S, "page_views", "user_id", "users")])


def submission_comments() -> Table:
    def comment(c: Ctx, i: int) -> str:
        s = person(c, "co", "users", (i * 7) % N_USERS + 1)
        return c.r.choice((f"{s['first']}, buen análisis; falta citar las fuentes en APA.",
                           "Revisar el punto 3, la derivada está mal.",
                           f"Hablé con {s['full']}, entrega el lunes sin penalidad.",
                           f"Profe, no pude subir el PDF, se lo mando a {s['email']}",
                           "Excelente trabajo."))
    return Table(S, "submission_comments", [
        col("id", "bigint PRIMARY KEY", "none", pk),
        col("comment", "text", "free_text_may_contain_pii", comment),
        col("submission_id", "bigint", "none", num(10**5, 10**6)),
        col("author_id", "bigint", "none", ref(N_USERS, 13)),
        col("author_name", "varchar(255)", "person_name", lambda c, i: person(c, "co", "users", (i * 13) % N_USERS + 1)
            ["short"]),
        col("created_at", "timestamp", "none", ts(2023, 2024)),
        col("anonymous", "boolean", "none", flag(0.05)),
        col("teacher_only_comment", "boolean", "none", flag(0.1)),
        col("hidden", "boolean", "none", flag(0.05)),
        col("draft", "boolean", "none", flag(0.05)),
        col("attempt", "integer", "none", opt(num(1, 3), 0.3))], rows=130,
        extra=[fk(S, "submission_comments", "author_id", "users")])


def canvas_tables() -> list[Table]:
    return [users(), pseudonyms(), communication_channels(), user_notes(), page_views(), submission_comments()]
