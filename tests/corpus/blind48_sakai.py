"""ax_sakai: tables of Sakai, the open-source learning management system, re-created for a US university: user
accounts and their id map, profiles (SAKAI_PERSON_T), sites, memberships, sessions, gradebook and assignments."""
from __future__ import annotations

from .blind26_gens import (C, amounts, dates, fkey, flag, hexs, maybe, one, public_ip, rbytes, sha1, stamps,
                           uuid)
from .blind48_gens import any_name, person
from .gens import Table

S = "ax_sakai"
USR = "sk.user"
N_USR, N_SITE = 150, 80


def _pw(c, i):
    return "PBKDF2:" + sha1(c)[:24] + ":" + hexs(c, 64)


def _other_info(c, i):
    return c.r.choice([None, None, "Commuter student, prefers email.", "Teaching assistant for CHEM 101.",
                       f"Advisor: Prof. {any_name('us')(c, i)}", "Ask me about the robotics club!",
                       f"Office hours moved; text me at {person('us', USR, 'mobile')(c, i)}"])


def _comment(c, i):
    return c.r.choice(["Good analysis, cite sources.", "Late penalty applied.", "See rubric.",
                       "Extension granted per disability services letter.", "Resubmit section 2.",
                       f"Worked with {any_name('us')(c, i)}? Please declare collaboration."])


def sakai_tables() -> list[Table]:
    u = lambda f: person("us", USR, f, 1960, 2006)            # noqa: E731
    return [
        Table(S, "sakai_user", [
            C("user_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: f"u{i:05d}"),
            C("email", "varchar(120)", "email", lambda c, i: f"{u('user')(c, i)}@mystic.edu"),
            C("email_lc", "varchar(120)", "email", lambda c, i: f"{u('user')(c, i)}@mystic.edu"),
            C("first_name", "varchar(60)", "person_name", u("first")),
            C("last_name", "varchar(60)", "person_name", u("last")),
            C("type", "varchar(20)", "none", one("student", "student", "student", "maintain", "guest")),
            C("pw", "varchar(120)", "credentials", _pw),
            C("createdby", "varchar(36)", "none", one("admin", "u00001")),
            C("createdon", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_USR),
        Table(S, "sakai_user_id_map", [
            C("user_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: f"u{i:05d}"),
            C("eid", "varchar(60)", "none", u("user"), comment="campus login id"),
            C("student_no", "varchar(10)", "none", lambda c, i: f"M{2019000 + i * 13}"),
        ], rows=N_USR, extra=[fkey(S, "sakai_user_id_map", "user_id", "sakai_user", "user_id")]),
        Table(S, "sakai_person_t", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("agent_uuid", "varchar(36)", "none", lambda c, i: f"u{i:05d}"),
            C("nickname", "varchar(40)", "person_name", maybe(u("first"), 0.4)),
            C("preferred_name", "varchar(80)", "person_name", maybe(u("full"), 0.3)),
            C("dateofbirth", "date", "birth_date", maybe(u("birth"), 0.5)),
            C("telephonenumber", "varchar(24)", "phone", maybe(u("phone"), 0.4)),
            C("mobile", "varchar(24)", "phone", maybe(u("mobile"), 0.6)),
            C("postaladdress", "varchar(200)", "postal_address", maybe(u("a_full"), 0.5)),
            C("homepostaladdress", "varchar(200)", "postal_address", maybe(u("a_line"), 0.3)),
            C("pronouns", "varchar(20)", "none", maybe(one("she/her", "he/him", "they/them"), 0.5)),
            C("jpegphoto", "bytea", "biometric", maybe(lambda c, i: b"\xff\xd8\xff\xe0" + rbytes(c, 90), 0.4),
              comment="ID card photo used for proctoring face match"),
            C("otherinformation", "text", "free_text_may_contain_pii", _other_info),
            C("favouritebooks", "varchar(200)", "none", maybe(one("Dune", "Beloved", "The Hobbit", "Sapiens"), 0.3)),
            C("locked", "boolean", "none", flag(0.05)),
            C("ferpa_enabled", "boolean", "none", flag(0.15)),
        ], rows=N_USR, extra=[fkey(S, "sakai_person_t", "agent_uuid", "sakai_user", "user_id")]),
        Table(S, "sakai_site", [
            C("site_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: f"s{i:04d}"),
            C("title", "varchar(99)", "none", one("CHEM 101 Fall 2025", "HIST 210 Spring 2025", "NURS 330 Pathophysiology",
                                                  "CS 150 Intro Programming", "Robotics Club", "PSYC 240 Research Methods")),
            C("type", "varchar(20)", "none", one("course", "project")),
            C("published", "boolean", "none", flag(0.85)),
            C("joinable", "boolean", "none", flag(0.2)),
            C("createdon", "timestamp", "none", stamps(2022, 2025)),
            C("icon_url", "varchar(200)", "none", lambda c, i: f"https://lms.mystic.edu/library/icon/{hexs(c, 8)}.png"),
        ], rows=N_SITE),
        Table(S, "sakai_site_user", [
            C("site_id", "varchar(36)", "none", lambda c, i: f"s{(i * 7) % N_SITE + 1:04d}"),
            C("user_id", "varchar(36)", "none", lambda c, i: f"u{(i * 11) % N_USR + 1:05d}"),
            C("permission", "integer", "none", one(1, 1, 1, -1)),
            C("role", "varchar(20)", "none", one("Student", "Student", "Instructor", "Teaching Assistant")),
        ], rows=150, extra=[fkey(S, "sakai_site_user", "site_id", "sakai_site", "site_id"),
                            fkey(S, "sakai_site_user", "user_id", "sakai_user", "user_id")]),
        Table(S, "sakai_session", [
            C("session_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("session_server", "varchar(64)", "none", one("app1-mystic", "app2-mystic")),
            C("session_user", "varchar(36)", "none", lambda c, i: f"u{(i * 3) % N_USR + 1:05d}"),
            C("session_ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (24, 66, 71, 98, 174))),
            C("session_hostname", "varchar(100)", "none", maybe(one("lab-pc-12.mystic.edu", "wifi-guest.mystic.edu"), 0.4)),
            C("session_user_agent", "varchar(200)", "none", one("Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0",
                                                                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5) Safari/604.1")),
            C("session_start", "timestamp", "none", stamps(2025, 2025)),
            C("session_active", "boolean", "none", flag(0.2)),
            C("session_cookie", "varchar(80)", "secret_token", lambda c, i: f"{uuid(c)}.app1-mystic"),
        ], rows=150, extra=[fkey(S, "sakai_session", "session_user", "sakai_user", "user_id")]),
        Table(S, "gb_grade_record_t", [
            C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("gradable_object_id", "integer", "none", lambda c, i: c.r.randint(1, 400)),
            C("student_id", "varchar(36)", "none", lambda c, i: f"u{(i * 5) % N_USR + 1:05d}"),
            C("points_earned", "numeric(6,2)", "none", amounts(0, 100)),
            C("graded_by", "varchar(36)", "none", one("u00001", "u00002", "u00007")),
            C("date_recorded", "timestamp", "none", stamps(2025, 2025)),
            C("is_excluded_from_grade", "boolean", "none", flag(0.05)),
        ], rows=150, extra=[fkey(S, "gb_grade_record_t", "student_id", "sakai_user", "user_id")]),
        Table(S, "asn_submission", [
            C("submission_id", "varchar(36) PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("assignment_id", "varchar(36)", "none", lambda c, i: f"a{c.r.randint(1, 60):04d}"),
            C("submitter_id", "varchar(36)", "none", lambda c, i: f"u{(i * 13) % N_USR + 1:05d}"),
            C("submitted_text", "text", "none", one("See attached PDF.", "Lab report 3 draft.", "", "Essay attached.")),
            C("feedback_comment", "text", "free_text_may_contain_pii", _comment),
            C("grade", "varchar(8)", "none", one("A", "A-", "B+", "B", "C", "F", "92", "78")),
            C("honor_pledge", "boolean", "none", flag(0.9)),
            C("date_submitted", "timestamp", "none", stamps(2025, 2025)),
            C("accommodation", "varchar(60)", "health", maybe(one("extended time 1.5x (ADHD)", "screen reader (low vision)",
                                                                  "reduced distraction room (anxiety disorder)"), 0.15),
              comment="from disability services"),
            C("due_extension", "date", "none", maybe(dates(2025, 2025), 0.1)),
        ], rows=140, extra=[fkey(S, "asn_submission", "submitter_id", "sakai_user", "user_id")]),
    ]
