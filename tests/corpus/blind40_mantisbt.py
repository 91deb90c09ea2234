"""ap_mantisbt: MantisBT 2.x (mantis_*_table) as recalled from memory, run by a small software contractor in Koror,
Palau, for its government and hotel clients. Reporters include hotel front-desk staff who write bug notes."""
from __future__ import annotations

from .blind26_gens import C, bcrypt, const, fk, fkey, hexs, ints, maybe, md5, one, public_ip, seq, sha256
from .blind40_gens import any_mobile, person
from .gens import Table

S = "ap_mantisbt"
USR = "mt.user"
N_USER, N_PROJ, N_BUG = 90, 12, 150
PROJECTS = ["MOE Student Registry", "Koror State Permits", "Palau Pacific Resort PMS bridge", "Visitor Green Fee App",
            "BPW Fleet Tracker", "Belau Museum Catalogue", "PNCC Billing Portal", "Customs e-Declaration",
            "Dive Permit Kiosk", "Rock Islands Ticketing", "Hospital Queue Display", "Internal Tools"]


def u(f):
    return person("pw", USR, f, 1960, 2003)


def _bug_description(c, i):
    who = u("full")(c, c.r.randint(1, N_USER))
    return c.r.choice([
        "Export to CSV drops the last row when the report has more than 500 lines.",
        "Green fee receipt prints the wrong date format (MM/DD expected).",
        f"Guest profile for {person('pw', 'mt.guest', 'full')(c, i)} shows two passports after merge.",
        f"Reported by {who} by phone ({any_mobile('pw')(c, i)}). Login page loops after password reset.",
        "Timeout on the customs sync job at 02:00.",
        "Spinner never stops on Safari 16."])


def _note(c, i):
    return c.r.choice([
        "Fixed in 2.4.1, please retest.", "Cannot reproduce on staging.", "Duplicate of an older issue.",
        f"Talked to {u('first')(c, c.r.randint(1, N_USER))}, she will send a screenshot.",
        f"Customer contact: {person('pw', 'mt.guest', 'email')(c, i)}", "Waiting for the vendor's API key."])


def _history_value(c, i):
    return c.r.choice(["10", "50", "80", "90", "new", "assigned", "resolved", "", "2.4.0"])


def mantisbt_tables() -> list[Table]:
    return [
        Table(S, "mantis_user_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(191)", "none", u("user")),
            C("realname", "varchar(191)", "person_name", u("full")),
            C("email", "varchar(191)", "email", lambda c, i: u("email")(c, i) if i % 3 else f"{u('user')(c, i)}@beladigital.pw"),
            C("password", "varchar(64)", "credentials", lambda c, i: md5(c) if i % 4 == 0 else bcrypt(c, "10", "2y")),
            C("enabled", "smallint", "none", one(1, 1, 1, 0)),
            C("protected", "smallint", "none", const(0)),
            C("access_level", "smallint", "none", one(25, 25, 40, 55, 70, 90)),
            C("login_count", "integer", "none", ints(0, 900)),
            C("lost_password_request_count", "smallint", "none", ints(0, 3)),
            C("failed_login_count", "smallint", "none", ints(0, 5)),
            C("cookie_string", "varchar(64)", "secret_token", lambda c, i: hexs(c, 64)),
            C("last_visit", "integer", "none", ints(1_700_000_000, 1_750_000_000)),
            C("date_created", "integer", "none", ints(1_550_000_000, 1_700_000_000)),
        ], rows=N_USER),
        Table(S, "mantis_user_pref_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("project_id", "integer", "none", const(0)),
            C("default_project", "integer", "none", ints(0, N_PROJ)),
            C("refresh_delay", "integer", "none", const(30)),
            C("email_on_new", "smallint", "none", one(0, 1)),
            C("email_on_assigned", "smallint", "none", one(0, 1)),
            C("email_on_bugnote", "smallint", "none", one(0, 1)),
            C("email_bugnote_limit", "smallint", "none", const(0)),
            C("language", "varchar(32)", "none", one("english", "auto", "japanese")),
            C("timezone", "varchar(32)", "none", const("Pacific/Palau")),
        ], rows=N_USER, extra=[fkey(S, "mantis_user_pref_table", "user_id", "mantis_user_table", "id")]),
        Table(S, "mantis_project_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(128)", "none", lambda c, i: PROJECTS[i - 1]),
            C("status", "smallint", "none", one(10, 30, 50)),
            C("enabled", "smallint", "none", const(1)),
            C("view_state", "smallint", "none", one(10, 50)),
            C("access_min", "smallint", "none", const(10)),
            C("file_path", "varchar(250)", "none", const("")),
            C("description", "text", "none", lambda c, i: f"Client project: {PROJECTS[i - 1]}. Contract BD-{2019 + i % 6}-{i:03d}."),
            C("inherit_global", "smallint", "none", const(1)),
        ], rows=N_PROJ),
        Table(S, "mantis_user_profile_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 7)),
            C("platform", "varchar(32)", "none", one("Desktop", "iPhone", "Android tablet", "Kiosk")),
            C("os", "varchar(32)", "none", one("Windows", "macOS", "iOS", "Android", "Ubuntu")),
            C("os_build", "varchar(32)", "none", one("11 23H2", "14.4", "17.5", "13", "22.04")),
            C("description", "text", "none", one("Front desk PC", "Field laptop", "", "Reception kiosk by the entrance")),
        ], rows=100, extra=[fkey(S, "mantis_user_profile_table", "user_id", "mantis_user_table", "id")]),
        Table(S, "mantis_bug_text_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("description", "text", "free_text_may_contain_pii", _bug_description),
            C("steps_to_reproduce", "text", "none", one("1. Log in\n2. Open report\n3. Export", "", "Open the kiosk at 06:00.")),
            C("additional_information", "text", "none", maybe(one("Browser: Chrome 124", "Happens only on the Peleliu link."), 0.4)),
        ], rows=N_BUG),
        Table(S, "mantis_bug_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("project_id", "integer", "none", fk(N_PROJ, 5)),
            C("reporter_id", "integer", "none", fk(N_USER, 11)),
            C("handler_id", "integer", "none", fk(N_USER, 13)),
            C("duplicate_id", "integer", "none", const(0)),
            C("priority", "smallint", "none", one(10, 20, 30, 40, 50)),
            C("severity", "smallint", "none", one(10, 50, 60, 70, 80)),
            C("reproducibility", "smallint", "none", one(10, 30, 70, 100)),
            C("status", "smallint", "none", one(10, 20, 50, 80, 90)),
            C("resolution", "smallint", "none", one(10, 20, 30, 60)),
            C("os", "varchar(32)", "none", one("Windows", "iOS", "")),
            C("version", "varchar(64)", "none", one("2.3.0", "2.4.0", "2.4.1")),
            C("fixed_in_version", "varchar(64)", "none", one("", "2.4.1", "2.5.0")),
            C("bug_text_id", "integer", "none", seq()),
            C("profile_id", "integer", "none", const(0)),
            C("view_state", "smallint", "none", one(10, 50)),
            C("summary", "varchar(128)", "none", one("Receipt date format", "CSV export off by one", "Sync timeout",
                                                      "Login loop after reset", "Duplicate guest passports")),
            C("sticky", "smallint", "none", const(0)),
            C("date_submitted", "integer", "none", ints(1_650_000_000, 1_750_000_000)),
            C("due_date", "integer", "none", const(1)),
            C("last_updated", "integer", "none", ints(1_700_000_000, 1_750_000_000)),
        ], rows=N_BUG, extra=[fkey(S, "mantis_bug_table", "project_id", "mantis_project_table", "id"),
                              fkey(S, "mantis_bug_table", "reporter_id", "mantis_user_table", "id"),
                              fkey(S, "mantis_bug_table", "bug_text_id", "mantis_bug_text_table", "id")]),
        Table(S, "mantis_bugnote_text_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("note", "text", "free_text_may_contain_pii", _note),
        ], rows=140),
        Table(S, "mantis_bugnote_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("bug_id", "integer", "none", fk(N_BUG, 3)),
            C("reporter_id", "integer", "none", fk(N_USER, 7)),
            C("bugnote_text_id", "integer", "none", seq()),
            C("view_state", "smallint", "none", one(10, 50)),
            C("note_type", "integer", "none", const(0)),
            C("time_tracking", "integer", "none", ints(0, 240)),
            C("date_submitted", "integer", "none", ints(1_650_000_000, 1_750_000_000)),
        ], rows=140, extra=[fkey(S, "mantis_bugnote_table", "bug_id", "mantis_bug_table", "id"),
                            fkey(S, "mantis_bugnote_table", "bugnote_text_id", "mantis_bugnote_text_table", "id")]),
        Table(S, "mantis_bug_history_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 5)),
            C("bug_id", "integer", "none", fk(N_BUG, 7)),
            C("field_name", "varchar(64)", "none", one("status", "priority", "handler_id", "fixed_in_version")),
            C("old_value", "varchar(255)", "none", _history_value),
            C("new_value", "varchar(255)", "none", _history_value),
            C("type", "smallint", "none", one(0, 1, 2, 3)),
            C("date_modified", "integer", "none", ints(1_650_000_000, 1_750_000_000)),
        ], rows=150, extra=[fkey(S, "mantis_bug_history_table", "bug_id", "mantis_bug_table", "id")]),
        Table(S, "mantis_api_token_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("name", "varchar(128)", "none", one("jenkins", "zapier", "kiosk-sync", "mobile")),
            C("hash", "varchar(128)", "secret_token", lambda c, i: sha256(c)),
            C("date_created", "integer", "none", ints(1_650_000_000, 1_750_000_000)),
            C("date_used", "integer", "none", ints(0, 1_750_000_000)),
        ], rows=80, extra=[fkey(S, "mantis_api_token_table", "user_id", "mantis_user_table", "id")]),
        Table(S, "mantis_tokens_table", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("owner", "integer", "none", fk(N_USER, 9)),
            C("type", "integer", "none", one(1, 2, 4, 5)),
            C("value", "text", "none", one('{"filter":"status=50"}', "1", '{"last_project":3}', "[]"),
              comment="serialized filters and last-visited lists"),
            C("timestamp", "integer", "none", ints(1_700_000_000, 1_750_000_000)),
            C("expiry", "integer", "none", ints(1_750_000_000, 1_760_000_000)),
        ], rows=100),
        Table(S, "mantis_email_table", [
            C("email_id", "integer PRIMARY KEY", "none", seq()),
            C("email", "varchar(191)", "email", lambda c, i: u("email")(c, fk(N_USER, 7)(c, i))),
            C("subject", "varchar(250)", "none", lambda c, i: f"[{PROJECTS[i % N_PROJ]} {i:07d}]: status changed"),
            C("metadata", "text", "none", const('{"headers":{"Message-ID":"<mantis>"},"charset":"utf-8","hostname":"bugs.beladigital.pw"}')),
            C("body", "text", "free_text_may_contain_pii",
              lambda c, i: f"The following issue has been RESOLVED.\nReported By: {u('user')(c, i % N_USER + 1)}\n"
                           f"Assigned To: {u('full')(c, (i * 3) % N_USER + 1)}\n"),
            C("submitted", "integer", "none", ints(1_740_000_000, 1_750_000_000)),
        ], rows=90),
        Table(S, "mantis_user_login_ip", [   # a plugin table (LoginAudit)
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 11)),
            C("ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (103, 202, 27))),
            C("success", "smallint", "none", one(1, 1, 1, 0)),
            C("ts", "integer", "none", ints(1_740_000_000, 1_750_000_000)),
        ], rows=150, extra=[fkey(S, "mantis_user_login_ip", "user_id", "mantis_user_table", "id")]),
    ]
