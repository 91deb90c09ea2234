"""Moodle 4.x (schema c_moodle): mdl_user, mdl_user_info_data, mdl_course, mdl_forum_posts, mdl_grade_grades,
mdl_logstore_standard_log, mdl_sessions, mdl_user_private_key."""
from __future__ import annotations

import json

from .blind2_gens import (bcrypt_2y, col, const, epoch, hexs, intr, ip_any, ipv4, num, opt, paragraph, pick_w, ref,
                          sentence, text_pii)
from .gens import Ctx, Table, ident, pick

S = "c_moodle"
N_USER, N_COURSE, N_FIELD = 140, 80, 6
PK = "bigint PRIMARY KEY"


def mdl_user() -> Table:
    cols = [
        col("id", PK, "none", ident),
        col("username", "varchar(100)", "none", lambda c, i: c.fake.user_name() + (str(c.r.randint(1, 99)) if i % 3 else "")),
        col("password", "varchar(255)", "credentials", lambda c, i: "not cached" if i % 7 == 0 else bcrypt_2y(c, i)),
        col("idnumber", "varchar(255)", "none", lambda c, i: f"S{c.r.randint(2015, 2024)}{c.r.randint(1000, 9999)}"),
        col("firstname", "varchar(100)", "person_name", lambda c, i: c.fake.first_name()),
        col("lastname", "varchar(100)", "person_name", lambda c, i: c.fake.last_name()),
        col("email", "varchar(100)", "email", lambda c, i: c.fake.email()),
        col("phone1", "varchar(20)", "phone", opt(0.6, lambda c, i: c.fake.phone_number())),
        col("phone2", "varchar(20)", "phone", opt(0.35, lambda c, i: c.fake.phone_number())),
        col("institution", "varchar(255)", "none", pick("Riverside Community College", "North Valley High School",
                                                      "Acme Corp Training", "")),
        col("department", "varchar(255)", "none", pick("Mathematics", "Nursing", "Sales", "Year 10", "")),
        col("address", "varchar(255)", "postal_address", opt(0.6, lambda c, i: c.fake.street_address())),
        col("city", "varchar(120)", "none", lambda c, i: c.fake.city()),
        col("country", "varchar(2)", "none", pick("US", "GB", "AU", "ES", "FR")),
        col("lastaccess", "bigint", "none", epoch(2023, 2024)),
        col("lastip", "varchar(45)", "ip_address", ip_any),
        col("secret", "varchar(15)", "secret_token", opt(0.4, lambda c, i: c.fake.password(15, special_chars=False))),
        col("description", "text", "free_text_may_contain_pii", opt(0.6, text_pii(0.6, html=True))),
        col("lastnamephonetic", "varchar(255)", "person_name", opt(0.3, lambda c, i: c.fake.last_name())),
        col("firstnamephonetic", "varchar(255)", "person_name", opt(0.3, lambda c, i: c.fake.first_name())),
        col("middlename", "varchar(255)", "person_name", opt(0.4, lambda c, i: c.fake.first_name())),
        col("alternatename", "varchar(255)", "person_name", opt(0.5, lambda c, i: c.fake.first_name())),
        col("moodlenetprofile", "varchar(255)", "none", opt(0.1, lambda c, i: f"@{c.fake.user_name()}@moodle.net")),
    ]
    return Table(S, "mdl_user", cols, rows=N_USER)


FIELDS = ("emergencyname", "emergencyphone", "studentmobile", "pronouns", "employer", "guardian")  # mdl_user_info_field 1..6


def _info_data(c: Ctx, i: int) -> str:
    field = (i - 1) % N_FIELD
    return [lambda: f"{c.fake.name()} ({c.r.choice(['mother', 'father', 'partner', 'aunt'])})",
            lambda: c.fake.phone_number(), lambda: c.fake.phone_number(),
            lambda: c.r.choice(["she/her", "he/him", "they/them"]), lambda: c.fake.company(),
            lambda: f"{c.fake.name()}, {c.fake.email()}"][field]()


def mdl_user_info_data() -> Table:
    cols = [
        col("id", PK, "none", ident),
        col("userid", "bigint", "none", ref(N_USER)),
        col("fieldid", "bigint", "none", lambda c, i: (i - 1) % N_FIELD + 1),
        col("data", "text", "free_text_may_contain_pii", _info_data),
        col("dataformat", "smallint", "none", const(0)),
    ]
    return Table(S, "mdl_user_info_data", cols, rows=150, extra=[
        f"ALTER TABLE {S}.mdl_user_info_data ADD FOREIGN KEY (userid) REFERENCES {S}.mdl_user (id)"])


def mdl_course() -> Table:
    subjects = ["Algebra I", "Introduction to Nursing", "World History", "Python for Beginners", "Business English B2",
                "Health and Safety Induction", "Organic Chemistry", "Digital Marketing"]
    cols = [
        col("id", PK, "none", ident),
        col("category", "bigint", "none", intr(1, 12)),
        col("fullname", "varchar(1333)", "none", lambda c, i: f"{c.r.choice(subjects)} ({2020 + i % 5})"),
        col("shortname", "varchar(255)", "none", lambda c, i: f"C{i:03d}-{2020 + i % 5}"),
        col("idnumber", "varchar(100)", "none", lambda c, i: f"CRS{i:04d}"),
        col("summary", "text", "none", lambda c, i: f"<p>{paragraph(c, i)}</p>"),
    ]
    return Table(S, "mdl_course", cols, rows=N_COURSE)


def mdl_forum_posts() -> Table:
    cols = [
        col("id", PK, "none", ident),
        col("discussion", "bigint", "none", intr(1, 40)),
        col("parent", "bigint", "none", lambda c, i: c.r.randint(1, i - 1) if i > 1 and c.r.random() < 0.7 else 0),
        col("userid", "bigint", "none", ref(N_USER)),
        col("created", "bigint", "none", epoch()),
        col("subject", "varchar(255)", "none", lambda c, i: c.r.choice(["Re: ", ""]) + c.r.choice(
            ["Assignment 2 deadline", "Group project", "Question about week 3", "Welcome!", "Exam revision"])),
        col("message", "text", "free_text_may_contain_pii", text_pii(0.55, html=True)),
        col("wordcount", "bigint", "none", intr(5, 400)),
    ]
    return Table(S, "mdl_forum_posts", cols, rows=150, extra=[
        f"ALTER TABLE {S}.mdl_forum_posts ADD FOREIGN KEY (userid) REFERENCES {S}.mdl_user (id)"])


def _feedback(c: Ctx, i: int) -> str:
    if c.r.random() < 0.25:
        return c.r.choice(["<p>Good work.</p>", "<p>Late submission.</p>", ""])
    return f"<p>{c.fake.first_name()} {c.fake.last_name()}: {sentence(c, i)}" + (
        f" Please see me or email {c.fake.email()}.</p>" if c.r.random() < 0.3 else "</p>")


def mdl_grade_grades() -> Table:
    cols = [
        col("id", PK, "none", ident),
        col("itemid", "bigint", "none", intr(1, 300)),
        col("userid", "bigint", "none", ref(N_USER)),
        col("rawgrade", "numeric(10,5)", "none", num(0, 100, 5)),
        col("usermodified", "bigint", "none", ref(N_USER)),
        col("finalgrade", "numeric(10,5)", "none", num(0, 100, 5)),
        col("feedback", "text", "free_text_may_contain_pii", _feedback),
        col("information", "text", "none", const(None)),
        col("timecreated", "bigint", "none", epoch()),
        col("timemodified", "bigint", "none", epoch()),
        col("aggregationstatus", "varchar(10)", "none", pick("used", "unknown", "novalue")),
    ]
    return Table(S, "mdl_grade_grades", cols, rows=150, extra=[
        f"ALTER TABLE {S}.mdl_grade_grades ADD FOREIGN KEY (userid) REFERENCES {S}.mdl_user (id)"])


EVENTS = [("\\core\\event\\user_loggedin", "core", "loggedin", "user", "user", "r"),
          ("\\core\\event\\course_viewed", "core", "viewed", "course", None, "r"),
          ("\\mod_forum\\event\\post_created", "mod_forum", "created", "post", "forum_posts", "c"),
          ("\\mod_assign\\event\\submission_status_viewed", "mod_assign", "viewed", "submission_status", "assign", "r"),
          ("\\core\\event\\user_login_failed", "core", "failed", "user_login", None, "r")]


def _other(c: Ctx, i: int) -> str:
    kind = EVENTS[i % len(EVENTS)][0]
    if kind.endswith("loggedin"):
        return json.dumps({"username": c.fake.user_name(), "extrauserinfo": []})
    if kind.endswith("post_created"):
        return json.dumps({"discussionid": c.r.randint(1, 40), "forumid": c.r.randint(1, 9), "forumtype": "general"})
    if kind.endswith("failed"):
        return json.dumps({"username": c.fake.user_name(), "reason": c.r.choice([1, 2, 3])})
    return "N;" if c.r.random() < 0.5 else "null"


def mdl_logstore_standard_log() -> Table:
    e = lambda k: (lambda c, i: EVENTS[i % len(EVENTS)][k])  # noqa: E731
    cols = [
        col("id", PK, "none", ident),
        col("eventname", "varchar(255)", "none", e(0)),
        col("action", "varchar(100)", "none", e(2)),
        col("target", "varchar(100)", "none", e(3)),
        col("objectid", "bigint", "none", intr(1, 5000)),
        col("contextid", "bigint", "none", intr(1, 900)),
        col("userid", "bigint", "none", ref(N_USER)),
        col("courseid", "bigint", "none", intr(0, N_COURSE)),
        col("relateduserid", "bigint", "none", opt(0.2, intr(1, N_USER))),
        col("other", "text", "none", _other),
        col("timecreated", "bigint", "none", epoch(2024, 2024)),
        col("origin", "varchar(10)", "none", pick_w(("web", 8), ("ws", 1), ("cli", 1))),
        col("ip", "varchar(45)", "ip_address", ip_any),
    ]
    return Table(S, "mdl_logstore_standard_log", cols, rows=150)


def mdl_sessions() -> Table:
    cols = [
        col("id", PK, "none", ident),
        col("sid", "varchar(128)", "secret_token", hexs(26)),
        col("userid", "bigint", "none", ref(N_USER)),
        col("timecreated", "bigint", "none", epoch(2024, 2024)),
        col("timemodified", "bigint", "none", epoch(2024, 2024)),
        col("firstip", "varchar(45)", "ip_address", ipv4),
        col("lastip", "varchar(45)", "ip_address", ipv4),
    ]
    return Table(S, "mdl_sessions", cols, rows=110, extra=[
        f"ALTER TABLE {S}.mdl_sessions ADD FOREIGN KEY (userid) REFERENCES {S}.mdl_user (id)"])


def mdl_user_private_key() -> Table:
    cols = [
        col("id", PK, "none", ident),
        col("script", "varchar(128)", "none", pick("core_calendar", "rss", "grade/export", "core_files")),
        col("value", "varchar(128)", "secret_token", hexs(32)),
        col("userid", "bigint", "none", ref(N_USER)),
        col("instance", "bigint", "none", opt(0.5, intr(1, 80))),
        col("iprestriction", "varchar(255)", "none", const(None)),
        col("validuntil", "bigint", "none", opt(0.3, epoch(2025, 2026))),
        col("timecreated", "bigint", "none", epoch()),
    ]
    return Table(S, "mdl_user_private_key", cols, rows=90, extra=[
        f"ALTER TABLE {S}.mdl_user_private_key ADD FOREIGN KEY (userid) REFERENCES {S}.mdl_user (id)"])


def moodle_tables() -> list[Table]:
    return [mdl_user(), mdl_user_info_data(), mdl_course(), mdl_forum_posts(),
            mdl_grade_grades(), mdl_logstore_standard_log(), mdl_sessions(), mdl_user_private_key()]
