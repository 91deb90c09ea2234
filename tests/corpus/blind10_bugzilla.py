"""m_bugzilla: the Bugzilla 5.0 tracker of a Nordic open-source desktop project on PostgreSQL: profiles, products,
bugs, comments (longdescs), attachments, login cookies, tokens, CC lists, bug and profile activity, watchers, API keys
and the audit log. Contributors come from everywhere; their login names are their personal e-mail addresses."""
from __future__ import annotations

from .blind10_gens import chars, fk, flag, ints, ipv4, key, maybe, pick, shared, stamp
from .gens import Col as C
from .gens import Ctx, Table as T

S = "m_bugzilla"
TS = "timestamp without time zone"
FIRST = ("Mikael", "Anja", "Tomáš", "Priya", "Kenji", "Sanna", "Oskar", "Ingrid", "Matteo", "Zofia", "Lars", "Aino",
         "Rafael", "Helga", "Dmitri", "Chiara", "Jonas", "Eeva", "Bjørn", "Lucía", "Arvid", "Noor", "Henrik", "Maija")
LAST = ("Lindqvist", "Petersen", "Novák", "Raman", "Sato", "Virtanen", "Sundberg", "Haugen", "Ferraro", "Wójcik",
        "Eriksson", "Korhonen", "Oliveira", "Magnusdottir", "Volkov", "Bianchi", "Nyström", "Lehtinen", "Dahl",
        "Castaño", "Holm", "Haddad", "Kristensen", "Salo")
DOMAINS = ("gmail.com", "iki.fi", "fastmail.fm", "posteo.de", "protonmail.com", "kolabnow.com", "online.no",
           "telia.com", "outlook.com", "mailbox.org")
SUMMARIES = ("Crash in panel applet when removing the last workspace", "Thumbnail cache grows without limit",
             "Wrong keyboard layout after resume from suspend", "Tray icons disappear on HiDPI screens",
             "Settings daemon leaks file descriptors", "Translation: Finnish plural forms broken in file manager",
             "Clipboard history loses images", "Screen reader does not announce dialog titles",
             "Build fails with GCC 14 (-Werror=incompatible-pointer-types)", "Power menu shows hibernate when swap is too small")
FOLD = str.maketrans("áéíóúšøñ", "aeiouson")


def _dev(c: Ctx) -> dict:
    first, last = c.r.choice(FIRST), c.r.choice(LAST)
    ascii_first = first.translate(FOLD).lower()
    ascii_last = last.translate(FOLD).lower()
    local = c.r.choice([f"{ascii_first}.{ascii_last}", f"{ascii_first}", f"{ascii_first[0]}{ascii_last}", f"{ascii_last}{c.r.randint(1, 99)}"])
    return {"name": f"{first} {last}", "email": f"{local}@{c.r.choice(DOMAINS)}"}


def _crypt(c: Ctx, i: int) -> str:
    return chars(8)(c, i) + chars(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")(c, i) + "{SHA-256}"


def _comment(c: Ctx, i: int) -> str:
    d, e = _dev(c), _dev(c)
    return c.r.choice([f"Created attachment {c.r.randint(100, 900)}\nPatch v2, addresses review comments",
                       f"(In reply to {d['name']} from comment #{c.r.randint(1, 12)})\n> Can you attach the backtrace?\nDone, see below.",
                       "Steps to reproduce:\n1. Add a second workspace\n2. Remove it\nActual: panel crashes\nExpected: nothing",
                       f"I can reproduce this on 5.2.1. Ping me at {e['email']} if you need a test machine.",
                       "#0  0x00007f3a in g_hash_table_lookup () from /usr/lib/libglib-2.0.so.0\n#1  panel_applet_remove ()",
                       f"*** Bug {c.r.randint(1000, 9000)} has been marked as a duplicate of this bug. ***",
                       f"{d['name']}: this is fixed in master, thanks to {e['name']} for bisecting.", "Still happens in 5.3 nightly."])


def _activity(c: Ctx) -> dict:
    field = c.r.choice([37, 37, 37, 16, 9, 9, 11])      # 37 cc, 16 assigned_to, 9 bug_status, 11 resolution
    if field in (37, 16):
        return {"field": field, "added": _dev(c)["email"], "removed": c.r.choice(["", _dev(c)["email"]])}
    return {"field": field, "added": c.r.choice(["ASSIGNED", "RESOLVED", "FIXED", "CONFIRMED"]),
            "removed": c.r.choice(["NEW", "UNCONFIRMED", "ASSIGNED", ""])}


def _profile_change(c: Ctx) -> dict:
    field = c.r.choice(["login_name", "login_name", "realname", "bug_mail_recipient"])
    a, b = _dev(c), _dev(c)
    vals = {"login_name": (a["email"], b["email"]), "realname": (a["name"], b["name"]), "bug_mail_recipient": ("0", "1")}[field]
    return {"field": field, "old": vals[0], "new": vals[1]}


def _token(c: Ctx) -> dict:
    kind = c.r.choice(["password", "emailold", "emailnew", "account", "session", "api_token"])
    a, b = _dev(c), _dev(c)
    data = {"password": None, "emailold": f"{a['email']}:{b['email']}", "emailnew": f"{a['email']}:{b['email']}",
            "account": a["email"], "session": "edit_user_prefs", "api_token": None}[kind]
    return {"kind": kind, "data": data}


_prof = shared("bz_profile", _dev)
_act = shared("bz_activity", _activity)
_pact = shared("bz_profile_activity", _profile_change)
_tok = shared("bz_token", _token)


def _fk(col: str, table: str, ref: str, refcol: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({refcol})"


def bugzilla_tables() -> list[T]:
    p, who = "profiles", fk(120)
    return [
        T(S, "profiles", [key("userid"),
          C("login_name", "varchar(255)", "email", lambda c, i: _prof(c, i)["email"].replace("@", f"+{i}@") if i % 17 == 0 else _prof(c, i)["email"]),
          C("cryptpassword", "varchar(128)", "credentials", _crypt),
          C("realname", "varchar(255)", "person_name", lambda c, i: _prof(c, i)["name"]),
          C("disabledtext", "text", "none", lambda c, i: c.r.choice(["", "", "", "", "Spam account", "Disabled at user's request"])),
          C("disable_mail", "boolean", "none", flag(0.1)),
          C("mybugslink", "boolean", "none", flag(0.9)),
          C("extern_id", "varchar(64)", "none", lambda c, i: None),
          C("is_enabled", "boolean", "none", flag(0.93)),
          C("last_seen_date", TS, "none", stamp(2023, 700))]),
        T(S, "products", [key("id", "smallint"),
          C("name", "varchar(64)", "none", lambda c, i: ("Panel", "File Manager", "Settings", "Session", "Terminal", "Screensaver", "Website", "Translations")[i - 1]),
          C("classification_id", "smallint", "none", pick(1, 2)),
          C("description", "text", "none", pick("Desktop component", "Core application", "Infrastructure")),
          C("isactive", "boolean", "none", flag(0.9)),
          C("defaultmilestone", "varchar(64)", "none", pick("---", "5.4")),
          C("allows_unconfirmed", "boolean", "none", flag(0.8))], rows=8),
        T(S, "bugs", [key("bug_id"),
          C("assigned_to", "integer", "none", who),
          C("bug_file_loc", "text", "none", pick("", "", "https://forum.example-desktop.org/t/12345", "https://gitlab.example-desktop.org/panel/-/merge_requests/88")),
          C("bug_severity", "varchar(64)", "none", pick("normal", "major", "critical", "minor", "enhancement")),
          C("bug_status", "varchar(64)", "none", pick("UNCONFIRMED", "NEW", "ASSIGNED", "RESOLVED", "VERIFIED")),
          C("creation_ts", TS, "none", stamp(2019, 2000)),
          C("delta_ts", TS, "none", stamp(2023, 700)),
          C("short_desc", "varchar(255)", "none", pick(*SUMMARIES)),
          C("op_sys", "varchar(64)", "none", pick("Linux", "FreeBSD", "All")),
          C("priority", "varchar(64)", "none", pick("Low", "Medium", "High", "---")),
          C("product_id", "smallint", "none", fk(8)),
          C("rep_platform", "varchar(64)", "none", pick("x86_64", "ARM64", "All")),
          C("reporter", "integer", "none", who),
          C("version", "varchar(64)", "none", pick("5.0", "5.2", "5.3", "unspecified")),
          C("component_id", "smallint", "none", ints(1, 30)),
          C("resolution", "varchar(64)", "none", pick("", "", "FIXED", "DUPLICATE", "WONTFIX", "WORKSFORME")),
          C("target_milestone", "varchar(64)", "none", pick("---", "5.4", "5.6")),
          C("qa_contact", "integer", "none", maybe(0.3, who)),
          C("status_whiteboard", "text", "none", pick("", "", "[needs-backtrace]", "[good-first-bug]")),
          C("lastdiffed", TS, "none", stamp(2023, 700)),
          C("everconfirmed", "boolean", "none", flag(0.8)),
          C("reporter_accessible", "boolean", "none", flag(0.95)),
          C("cclist_accessible", "boolean", "none", flag(0.95)),
          C("estimated_time", "numeric(7,2)", "none", pick(0, 0, 2, 8)),
          C("remaining_time", "numeric(7,2)", "none", pick(0, 0, 1, 4)),
          C("deadline", "date", "none", lambda c, i: None),
          C("alias", "varchar(40)", "none", lambda c, i: None)], rows=130,
          extra=[_fk("assigned_to", "bugs", p, "userid"), _fk("reporter", "bugs", p, "userid"),
                 _fk("qa_contact", "bugs", p, "userid"), _fk("product_id", "bugs", "products", "id")]),
        T(S, "longdescs", [key("comment_id"),
          C("bug_id", "integer", "none", fk(130)),
          C("who", "integer", "none", who),
          C("bug_when", TS, "none", stamp(2019, 2000)),
          C("work_time", "numeric(7,2)", "none", pick(0)),
          C("thetext", "text", "free_text_may_contain_pii", _comment),
          C("isprivate", "boolean", "none", flag(0.05)),
          C("already_wrapped", "boolean", "none", flag(0.02)),
          C("type", "smallint", "none", pick(0, 0, 0, 5)),
          C("extra_data", "varchar(255)", "none", maybe(0.1, ints(100, 900)))], rows=150,
          extra=[_fk("bug_id", "longdescs", "bugs", "bug_id"), _fk("who", "longdescs", p, "userid")]),
        T(S, "attachments", [key("attach_id"),
          C("bug_id", "integer", "none", fk(130)),
          C("creation_ts", TS, "none", stamp(2019, 2000)),
          C("modification_time", TS, "none", stamp(2023, 700)),
          C("description", "text", "none", pick("backtrace", "Patch v2", "screenshot", "journalctl output", "proposed fix")),
          C("mimetype", "text", "none", pick("text/plain", "image/png", "text/x-patch")),
          C("ispatch", "boolean", "none", flag(0.4)),
          C("filename", "varchar(255)", "none", pick("bt.txt", "0001-panel-fix-crash.patch", "Screenshot_2024-03-01.png", "journal.log")),
          C("submitter_id", "integer", "none", who),
          C("isobsolete", "boolean", "none", flag(0.2)),
          C("isprivate", "boolean", "none", flag(0.05))], rows=100,
          extra=[_fk("bug_id", "attachments", "bugs", "bug_id"), _fk("submitter_id", "attachments", p, "userid")]),
        T(S, "logincookies", [
          C("cookie", "varchar(22) PRIMARY KEY", "secret_token", chars(22)),
          C("userid", "integer", "none", who),
          C("ipaddr", "varchar(40)", "ip_address", ipv4),
          C("lastused", TS, "none", stamp(2024, 200)),
          C("restrict_ipaddr", "boolean", "none", flag(0.1))], extra=[_fk("userid", "logincookies", p, "userid")]),
        T(S, "tokens", [
          C("userid", "integer", "none", who),
          C("issuedate", TS, "none", stamp(2024, 200)),
          C("token", "varchar(22) PRIMARY KEY", "secret_token", chars(22)),
          C("tokentype", "varchar(16)", "none", lambda c, i: _tok(c, i)["kind"]),
          C("eventdata", "text", "email", lambda c, i: _tok(c, i)["data"])], rows=110,
          extra=[_fk("userid", "tokens", p, "userid")]),
        T(S, "cc", [
          C("bug_id", "integer", "none", fk(130)),
          C("who", "integer", "none", who)], rows=140,
          extra=[_fk("bug_id", "cc", "bugs", "bug_id"), _fk("who", "cc", p, "userid")]),
        T(S, "bugs_activity", [key("id"),
          C("bug_id", "integer", "none", fk(130)),
          C("attach_id", "integer", "none", lambda c, i: None),
          C("who", "integer", "none", who),
          C("bug_when", TS, "none", stamp(2019, 2000)),
          C("fieldid", "integer", "none", lambda c, i: _act(c, i)["field"]),
          C("added", "text", "email", lambda c, i: _act(c, i)["added"]),
          C("removed", "text", "email", lambda c, i: _act(c, i)["removed"]),
          C("comment_id", "integer", "none", lambda c, i: None)], rows=150,
          extra=[_fk("bug_id", "bugs_activity", "bugs", "bug_id"), _fk("who", "bugs_activity", p, "userid")]),
        T(S, "profiles_activity", [key("id"),
          C("userid", "integer", "none", who),
          C("who", "integer", "none", who),
          C("profiles_when", TS, "none", stamp(2019, 2000)),
          C("fieldid", "integer", "none", lambda c, i: {"login_name": 33, "realname": 34, "bug_mail_recipient": 40}[_pact(c, i)["field"]]),
          C("oldvalue", "text", "email", lambda c, i: _pact(c, i)["old"]),
          C("newvalue", "text", "email", lambda c, i: _pact(c, i)["new"])], rows=100,
          extra=[_fk("userid", "profiles_activity", p, "userid"), _fk("who", "profiles_activity", p, "userid")]),
        T(S, "watch", [
          C("watcher", "integer", "none", who),
          C("watched", "integer", "none", who)], rows=80,
          extra=[_fk("watcher", "watch", p, "userid"), _fk("watched", "watch", p, "userid")]),
        T(S, "user_api_keys", [key("id"),
          C("user_id", "integer", "none", who),
          C("api_key", "varchar(40)", "secret_token", chars(40)),
          C("description", "varchar(255)", "none", pick("bugbot", "CI status sync", "my laptop", "triage script")),
          C("revoked", "boolean", "none", flag(0.15)),
          C("last_used", TS, "none", maybe(0.7, stamp(2024, 200))),
          C("last_used_ip", "varchar(40)", "ip_address", maybe(0.7, ipv4)),
          C("app_id", "varchar(64)", "none", lambda c, i: None)], rows=90,
          extra=[_fk("user_id", "user_api_keys", p, "userid")]),
        T(S, "audit_log", [
          C("user_id", "integer", "none", maybe(0.9, who)),
          C("class", "varchar(255)", "none", pick("Bugzilla::User", "Bugzilla::User", "Bugzilla::Product", "Bugzilla::Group")),
          C("object_id", "integer", "none", ints(1, 120)),
          C("field", "varchar(64)", "none", lambda c, i: _pact(c, i)["field"]),
          C("removed", "text", "email", lambda c, i: _pact(c, i)["old"]),
          C("added", "text", "email", lambda c, i: _pact(c, i)["new"]),
          C("at_time", TS, "none", stamp(2019, 2000))], rows=100,
          extra=[_fk("user_id", "audit_log", p, "userid")]),
    ]
