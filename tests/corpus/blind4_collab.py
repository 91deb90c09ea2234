"""g_mattermost: Mattermost 9 on PostgreSQL (its real tables and columns are lower-case: users, posts, sessions,
useraccesstokens, incomingwebhooks; no foreign keys); g_redmine: Redmine 5 (users, email_addresses, tokens, issues,
journals; Rails creates no foreign keys), both of a Swedish engineering firm working in English."""
from __future__ import annotations

from .blind4_gens import (B32, bcrypt_2y, chars, const, day, epoch_ms, fk, fk_id, hexstr, js, maybe, num, pp, sha1_hex,
                          text_with_people, ts)
from .gens import Col, Table, ident, pick

MM, RM = "g_mattermost", "g_redmine"
SE = "sv_SE"
MM_USERS, RM_USERS = 110, 100
MMID = chars(26)


def _mm_user(field: str, width: int | None = None):
    return pp(SE, "mm-user", field, width)


def _mattermost() -> list[Table]:
    users = Table(MM, "users", [
        Col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: f"{i:03d}" + chars(23)(c, i)),
        Col("createat", "bigint", "none", epoch_ms),
        Col("updateat", "bigint", "none", epoch_ms),
        Col("deleteat", "bigint", "none", pick(0, 0, 0, 0, 0, 1_715_000_000_000)),
        Col("username", "varchar(64)", "none", lambda c, i: _mm_user("user")(c, i).replace(".", "")[:64]),
        Col("password", "varchar(128)", "credentials", maybe(0.8, lambda c, i: bcrypt_2y(c, i).replace("$2y$", "$2a$"))),
        Col("authdata", "varchar(128)", "none", maybe(0.2, lambda c, i: f"uid={_mm_user('user')(c, i)}")),
        Col("authservice", "varchar(32)", "none", lambda c, i: c.r.choice(["", "", "", "ldap"])),
        Col("email", "varchar(128)", "email", lambda c, i: _mm_user("user")(c, i) + "@nordkraft-ab.se"),
        Col("emailverified", "boolean", "none", pick(True, True, False)),
        Col("nickname", "varchar(64)", "person_name", maybe(0.4, lambda c, i: _mm_user("first")(c, i)[:4]
                                                                  + c.r.choice(["", "an", "is", "e"]))),
        Col("firstname", "varchar(64)", "person_name", _mm_user("first", 64)),
        Col("lastname", "varchar(64)", "person_name", _mm_user("last", 64)),
        Col("position", "varchar(128)", "none", pick("Backend developer", "Project manager", "QA", "", "Designer")),
        Col("roles", "varchar(256)", "none", pick("system_user", "system_user", "system_admin system_user")),
        Col("allowmarketing", "boolean", "none", pick(False, True)),
        Col("props", "jsonb", "none", pick("{}", js({"customStatus": js({"emoji": "palm_tree", "text": "Semester"})}),
                                           js({"last_search_pointer": "4"}))),
        Col("notifyprops", "jsonb", "none", lambda c, i: js({"channel": "true", "desktop": c.r.choice(["all", "mention"]),
                                                             "email": "true", "first_name": "false",
                                                             "mention_keys": "", "push": "mention"})),
        Col("lastpasswordupdate", "bigint", "none", epoch_ms),
        Col("failedattempts", "int", "none", pick(0, 0, 0, 1, 3)),
        Col("locale", "varchar(5)", "none", pick("en", "sv", "en")),
        Col("timezone", "jsonb", "none", const(js({"automaticTimezone": "Europe/Stockholm", "useAutomaticTimezone": "true"}))),
        Col("mfaactive", "boolean", "none", pick(False, True)),
        Col("mfasecret", "varchar(128)", "secret_token", maybe(0.4, chars(32, B32))),
        Col("isbot", "boolean", "none", const(False)),
        Col("lastlogin", "bigint", "none", epoch_ms)], rows=MM_USERS)
    chat = text_with_people(SE, ("Ring {name} on {phone} about the substation drawings", "cc {email} please",
                                 "@{first} the customer contact is {name}, {email}", "my new number is {phone}"),
                            ("deploy to staging done", "who broke the build? :sweat_smile:", "lunch at 12?",
                             "PR #412 ready for review", "standup moved to 9:30"), 0.35)
    return [users, Table(MM, "posts", [
        Col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: f"{i:04d}" + chars(22)(c, i)),
        Col("createat", "bigint", "none", epoch_ms),
        Col("updateat", "bigint", "none", epoch_ms),
        Col("deleteat", "bigint", "none", const(0)),
        Col("userid", "varchar(26)", "none", MMID),
        Col("channelid", "varchar(26)", "none", MMID),
        Col("rootid", "varchar(26)", "none", pick("", "", "", "8d3k1q0xw7f5bgt4yjz9hmnp2c")),
        Col("message", "varchar(65535)", "free_text_may_contain_pii", chat),
        Col("type", "varchar(26)", "none", pick("", "", "", "system_join_channel")),
        Col("props", "jsonb", "none", pick("{}", js({"disable_group_highlight": True}))),
        Col("hashtags", "varchar(1000)", "none", pick("", "", "#release")),
        Col("fileids", "varchar(300)", "none", pick("[]", "[]", '["kq1x9f3t7jdu8y6bnw4r5mzs0c"]'))], rows=150),
        Table(MM, "sessions", [
            Col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: f"{i:03d}" + chars(23)(c, i)),
            Col("token", "varchar(26)", "secret_token", MMID),
            Col("createat", "bigint", "none", epoch_ms),
            Col("expiresat", "bigint", "none", epoch_ms),
            Col("lastactivityat", "bigint", "none", epoch_ms),
            Col("userid", "varchar(26)", "none", MMID),
            Col("deviceid", "varchar(512)", "none", maybe(0.3, lambda c, i: "android_rn-v2:" + chars(40)(c, i))),
            Col("roles", "varchar(256)", "none", const("system_user")),
            Col("isoauth", "boolean", "none", const(False)),
            Col("props", "jsonb", "none", lambda c, i: js({"browser": c.r.choice(["Chrome/124.0", "Firefox/125.0"]),
                                                           "csrf": chars(26)(c, i), "isSaml": "false",
                                                           "os": c.r.choice(["Windows 10", "Mac OS"]),
                                                           "platform": c.r.choice(["Windows", "Macintosh"])}))],
            rows=140),
        Table(MM, "useraccesstokens", [
            Col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: f"{i:03d}" + chars(23)(c, i)),
            Col("token", "varchar(26)", "secret_token", MMID),
            Col("userid", "varchar(26)", "none", MMID),
            Col("description", "varchar(512)", "none", pick("jenkins bot", "grafana alerts", "jira integration")),
            Col("isactive", "boolean", "none", pick(True, True, False))], rows=80),
        Table(MM, "incomingwebhooks", [
            Col("id", "varchar(26) PRIMARY KEY", "secret_token", lambda c, i: f"{i:03d}" + chars(23)(c, i)),
            Col("createat", "bigint", "none", epoch_ms),
            Col("userid", "varchar(26)", "none", MMID),
            Col("channelid", "varchar(26)", "none", MMID),
            Col("teamid", "varchar(26)", "none", MMID),
            Col("displayname", "varchar(64)", "none", pick("GitLab CI", "Nagios", "Grafana", "")),
            Col("username", "varchar(255)", "none", pick("ci-bot", "", "monitoring"))], rows=80)]


def _rm_user(field: str, width: int | None = None):
    return pp(SE, "rm-user", field, width)


def _redmine() -> list[Table]:
    report = text_with_people(
        SE, ("Reported by {name} ({email}) from the Vasteras site.", "Customer contact: {name}, tel {phone}",
             "Steps to reproduce sent by {email}. Call {phone} if unclear."),
        ("Export to PDF fails when the drawing has more than 200 layers.", "Upgrade Rails to 7.1",
         "Timeouts on the SCADA gateway after the 2.3 release."), 0.4)
    return [
        Table(RM, "users", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("login", "varchar(255)", "none", lambda c, i: _rm_user("user")(c, i).split(".")[0][:1] + _rm_user("last")(c, i).lower()),
            Col("hashed_password", "varchar(40)", "credentials", sha1_hex),
            Col("firstname", "varchar(30)", "person_name", _rm_user("first", 30)),
            Col("lastname", "varchar(255)", "person_name", _rm_user("last")),
            Col("admin", "boolean", "none", pick(False, False, False, True)),
            Col("status", "int", "none", pick(1, 1, 1, 3)),
            Col("last_login_on", "timestamp", "none", ts(2024, 2025)),
            Col("language", "varchar(5)", "none", pick("en", "sv")),
            Col("auth_source_id", "int", "none", maybe(0.3, const(1))),
            Col("created_on", "timestamp", "none", ts(2015, 2024)),
            Col("type", "varchar(255)", "none", pick("User", "User", "User", "Group")),
            Col("mail_notification", "varchar(255)", "none", pick("only_my_events", "all", "none")),
            Col("salt", "varchar(64)", "none", hexstr(32)),
            Col("twofa_scheme", "varchar(255)", "none", maybe(0.3, const("totp"))),
            Col("twofa_totp_key", "varchar(255)", "secret_token", maybe(0.3, chars(32, B32))),
            Col("passwd_changed_on", "timestamp", "none", ts(2020, 2025))], rows=RM_USERS),
        Table(RM, "email_addresses", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("user_id", "int NOT NULL", "none", fk_id(RM_USERS)),
            Col("address", "varchar(255)", "email", lambda c, i: c.r.choice(
                [_rm_user("user")(c, i) + "@nordkraft-ab.se", fk(SE, "free_email")(c, i)])),
            Col("is_default", "boolean", "none", pick(True, False)),
            Col("notify", "boolean", "none", pick(True, False))], rows=130),
        Table(RM, "tokens", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("user_id", "int", "none", fk_id(RM_USERS)),
            Col("action", "varchar(30)", "none", pick("session", "feeds", "api", "autologin", "recovery")),
            Col("value", "varchar(40)", "secret_token", sha1_hex),
            Col("created_on", "timestamp", "none", ts(2023, 2025))], rows=140),
        Table(RM, "issues", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("tracker_id", "int", "none", pick(1, 2, 3)),
            Col("project_id", "int", "none", num(1, 12)),
            Col("subject", "varchar(255)", "none", pick("PDF export fails for large drawings", "Add Swedish locale",
                                                        "Gateway timeout after upgrade", "Wrong units in report")),
            Col("description", "text", "free_text_may_contain_pii", report),
            Col("due_date", "date", "none", maybe(0.4, day(2024, 2026))),
            Col("status_id", "int", "none", num(1, 6)),
            Col("assigned_to_id", "int", "none", maybe(0.8, fk_id(RM_USERS))),
            Col("priority_id", "int", "none", num(1, 5)),
            Col("author_id", "int", "none", fk_id(RM_USERS)),
            Col("created_on", "timestamp", "none", ts(2022, 2025)),
            Col("done_ratio", "int", "none", pick(0, 10, 50, 100)),
            Col("estimated_hours", "double precision", "none", maybe(0.5, pick(1.0, 4.0, 8.0, 16.0))),
            Col("is_private", "boolean", "none", pick(False, False, True))], rows=150),
        Table(RM, "journals", [
            Col("id", "int PRIMARY KEY", "none", ident),
            Col("journalized_id", "int", "none", num(1, 150)),
            Col("journalized_type", "varchar(30)", "none", const("Issue")),
            Col("user_id", "int", "none", fk_id(RM_USERS)),
            Col("notes", "text", "free_text_may_contain_pii", text_with_people(
                SE, ("Spoke to {name} at the customer, she can be reached on {phone}.", "Forwarded to {email}.",
                     "{name} confirms the fix works."), ("Fixed in r4512.", "Cannot reproduce.", "", "Duplicate of #88"),
                0.4)),
            Col("created_on", "timestamp", "none", ts(2022, 2025)),
            Col("private_notes", "boolean", "none", pick(False, False, True))], rows=150),
    ]


def collab_tables() -> list[Table]:
    return _mattermost() + _redmine()
