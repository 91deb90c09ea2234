"""n_osticket: the IT service desk of an Irish university (University College Midlands, fictional) on osTicket 1.17
(MySQL schema ported to PostgreSQL, `ost_` tables, the dynamic-form EAV values, PHP-serialised sessions). Irish and
international student names, Eircodes and phone shapes are typed by hand."""
from __future__ import annotations

from .blind11_gens import (bcrypt, fk, flag, hexstr, ipv4, jdump, maybe, part, per_row, person_maker, pick, pid,
                           rint, seq, stamp, token)
from .gens import Col as C, Table as T

S = "n_osticket"
MALE = ("Cian", "Oisín", "Darragh", "Seán", "Pádraig", "Eoin", "Conor", "Ronan", "Fionn", "Cathal", "Diarmuid",
        "Tadhg", "Wei", "Lucas", "Arjun", "Mateusz", "Kwabena", "Jamie")
FEMALE = ("Aoife", "Ciara", "Niamh", "Siobhán", "Orla", "Saoirse", "Róisín", "Clodagh", "Gráinne", "Méabh", "Aisling",
          "Sinéad", "Priya", "Chiara", "Olga", "Yuki", "Chidinma", "Emma")
SURNAMES = ("Murphy", "O'Brien", "Kelly", "Walsh", "Byrne", "Ryan", "O'Sullivan", "Doherty", "McCarthy", "Nolan",
            "Fitzgerald", "Brennan", "Quinn", "Kavanagh", "Ó Súilleabháin", "Mac Giolla Phádraig", "Duggan", "Geraghty",
            "Zhang", "Nair", "Oliveira", "Romano", "Kowalczyk", "Okafor", "Tanaka", "Moloney")
EIRCODES = (("N37 E2K3", "Athlone"), ("R35 X4T9", "Tullamore"), ("N91 R2HW", "Mullingar"), ("H91 E2K3", "Galway"),
            ("T12 R5CP", "Cork"), ("V94 T9PX", "Limerick"), ("D02 X285", "Dublin 2"), ("D07 W6Y8", "Dublin 7"),
            ("R32 F6P0", "Portlaoise"), ("N39 A8D2", "Longford"))
ESTATES = ("Ard Na Gréine", "Retreat Heights", "Clonbrusk", "Church View", "Auburn Heights", "Brawny Road",
           "The Paddocks", "Cluain Airne", "Bealnamulla", "Garrycastle")


def _phone(c, i):
    n = f"8{c.r.choice('35679')}{c.r.randint(1000000, 9999999)}"
    return c.r.choice([f"0{n[:2]} {n[2:5]} {n[5:]}", f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"0{n}", f"+353{n}"])


def _student(c, i):
    p = person_maker(MALE, FEMALE, SURNAMES, ("student.ucm.ie",), _phone, 1998, 8)(c, i)
    sid = f"{c.r.choice(['21', '22', '23', '24'])}{c.r.randint(100000, 999999)}"
    if c.r.random() < 0.35:
        p["email"] = f"{sid}@student.ucm.ie"
    elif c.r.random() < 0.3:
        p["email"] = p["email"].replace("student.ucm.ie", c.r.choice(["gmail.com", "hotmail.com", "eircom.net", "ucm.ie"]))
    code, town = c.r.choice(EIRCODES)
    p.update(sid=sid, eircode=code, addr=f"{c.r.randint(1, 60)} {c.r.choice(ESTATES)}, {town}, {code}")
    return p


USER = per_row("ost.user", _student)
STAFF = per_row("ost.staff", person_maker(MALE, FEMALE, SURNAMES, ("ucm.ie",), _phone, 1965, 35))
ENTRY = per_row("ost.entry", _student)
SUBJECTS = ("Eduroam not connecting on laptop", "Can't log into Brightspace", "MFA reset – new phone",
            "Printer credit not showing", "Password expired", "Request: Adobe licence", "Email quota full",
            "Lab PC B204 won't boot", "Teams recording missing", "Wi-Fi in Hostel Block C down")
BODIES = ("Hi, this is {first} {last} (student no. {sid}). I got a new phone and can't do the MFA. Please call me on {phone}.",
          "Hello, my eduroam stopped working since Monday. Thanks, {first}",
          "Dear {first}, we have reset your MFA. Please sign in again and register the Authenticator app. Regards, IT Service Desk",
          "Forwarding on behalf of {first} {last} <{email}>: printer credit of €10 not showing.",
          "Please reply to my personal address {email}, I cannot reach my college mailbox.",
          "Issue resolved after re-imaging the PC. Closing ticket.", "Any update on this? {phone}")
LOGS = ("Failed login attempt for user '{email}' from {ip}", "Ticket #{num} created by {email}",
        "Cron job completed: 42 emails fetched", "Staff {staff} logged in [{ip}]",
        "Excessive login attempts by '{email}'", "Mailer error: SMTP timeout")


def _body(bundle):
    return lambda c, i: c.r.choice(BODIES).format(**bundle(c, i))


def _recipients(c, i):
    p = ENTRY(c, i)
    return jdump({"to": [{"name": p["full"], "email": p["email"]}]}) if c.r.random() < 0.8 else None


def _log(c, i):
    p = _student(c, i)
    return c.r.choice(LOGS).format(email=p["email"], ip=ipv4(c, i), num=c.r.randint(100000, 999999),
                                   staff=f"{p['first'][0].lower()}{p['last'].lower().replace(' ', '')}")


def _form_value(c, i):
    field = c.r.choice([3, 3, 3, 4, 5, 6])
    p = _student(c, i)
    value = {3: p["phone"], 4: p["sid"], 5: c.r.choice(["Engineering", "Nursing", "Business", "Computing"]),
             6: c.r.choice(["Room B204", "Hostel C", "Library L1", "Remote"])}[field]
    return field, value


FORM = per_row("ost.form", _form_value)


def _session(c, i):
    return (f'csrf|a:2:{{s:5:"token";s:40:"{hexstr(40)(c, i)}";s:4:"time";i:{c.r.randint(1700000000, 1760000000)};}}'
            f'_auth|a:1:{{s:4:"user";a:2:{{s:2:"id";i:{c.r.randint(1, 140)};s:3:"key";s:14:"client:{c.r.randint(1, 140)}";}}}}')


def osticket_tables() -> list[T]:
    n = S
    return [
        T(n, "ost_department", [pid(),
          C("name", "varchar(128)", "none", lambda c, i: ("Service Desk", "Networks", "Identity & Access", "Print",
                                                             "Lab Support", "Accommodation IT")[i - 1]),
          C("signature", "text", "none", pick("IT Service Desk | servicedesk@ucm.ie | Ext. 4444")),
          C("ispublic", "boolean", "none", flag(0.8)),
          C("manager_id", "int", "none", lambda c, i: None),
          C("created", "timestamp", "none", stamp(2018, 2))], rows=6),
        T(n, "ost_staff", [pid("staff_id"),
          C("dept_id", "int", "none", rint(1, 6)),
          C("role_id", "int", "none", pick(1, 2, 3)),
          C("username", "varchar(32)", "none", lambda c, i: f"{STAFF(c, i)['first'][0].lower()}{STAFF(c, i)['last'].lower().replace(' ', '')}"),
          C("firstname", "varchar(32)", "person_name", part(STAFF, "first")),
          C("lastname", "varchar(32)", "person_name", part(STAFF, "last")),
          C("passwd", "varchar(128)", "credentials", bcrypt),
          C("backend", "varchar(32)", "none", pick(None, "ldap")),
          C("email", "varchar(255)", "email", part(STAFF, "email")),
          C("phone", "varchar(24)", "phone", lambda c, i: f"090 64 {c.r.randint(42000, 42999)}"),
          C("phone_ext", "varchar(6)", "none", lambda c, i: str(c.r.randint(4000, 4999))),
          C("mobile", "varchar(24)", "phone", maybe(0.6, part(STAFF, "phone"))),
          C("signature", "text", "free_text_may_contain_pii",
            lambda c, i: f"{STAFF(c, i)['full']}\nIT Service Desk, UCM\nMob: {STAFF(c, i)['phone']}"),
          C("lang", "varchar(16)", "none", pick("en_GB", "ga")),
          C("timezone", "varchar(64)", "none", pick("Europe/Dublin")),
          C("isactive", "boolean", "none", flag(0.9)),
          C("isadmin", "boolean", "none", flag(0.1)),
          C("isvisible", "boolean", "none", flag(0.9)),
          C("onvacation", "boolean", "none", flag(0.05)),
          C("lastlogin", "timestamp", "none", stamp()),
          C("passwdreset", "timestamp", "none", stamp()),
          C("created", "timestamp", "none", stamp(2018, 5)),
          C("extra", "text", "none", lambda c, i: jdump({"def_assn_role": True, "browser_lang": "en_GB"}))], rows=40,
          extra=[fk(n, "ost_staff", "dept_id", "ost_department")]),
        T(n, "ost_user", [pid(),
          C("org_id", "int", "none", pick(0, 0, 1)),
          C("default_email_id", "int", "none", seq),
          C("status", "int", "none", pick(0, 0, 1)),
          C("name", "varchar(128)", "person_name", part(USER, "full")),
          C("created", "timestamp", "none", stamp()),
          C("updated", "timestamp", "none", stamp())], rows=140),
        T(n, "ost_user_email", [pid(),
          C("user_id", "int", "none", seq),
          C("flags", "int", "none", pick(0)),
          C("address", "varchar(255)", "email", lambda c, i: _student(c, i)["email"])], rows=140,
          extra=[fk(n, "ost_user_email", "user_id", "ost_user")]),
        T(n, "ost_user_account", [pid(),
          C("user_id", "int", "none", seq),
          C("status", "int", "none", pick(0, 1, 9)),
          C("timezone", "varchar(64)", "none", pick("Europe/Dublin")),
          C("lang", "varchar(16)", "none", pick("en_GB", None)),
          C("username", "varchar(64)", "none", lambda c, i: _student(c, i)["sid"]),
          C("passwd", "varchar(128)", "credentials", maybe(0.6, bcrypt)),
          C("backend", "varchar(32)", "none", pick("ldap.client", None)),
          C("extra", "text", "none", lambda c, i: jdump({"browser_lang": "en_GB"})),
          C("registered", "timestamp", "none", stamp())], rows=120,
          extra=[fk(n, "ost_user_account", "user_id", "ost_user")]),
        T(n, "ost_ticket", [pid("ticket_id"),
          C("number", "varchar(20)", "none", lambda c, i: str(c.r.randint(100000, 999999))),
          C("user_id", "int", "none", rint(1, 140)),
          C("user_email_id", "int", "none", rint(1, 140)),
          C("status_id", "int", "none", pick(1, 2, 3)),
          C("dept_id", "int", "none", rint(1, 6)),
          C("sla_id", "int", "none", pick(1, 2)),
          C("topic_id", "int", "none", rint(1, 12)),
          C("staff_id", "int", "none", rint(1, 40)),
          C("team_id", "int", "none", pick(0, 1, 2)),
          C("email_id", "int", "none", pick(1)),
          C("lock_id", "int", "none", pick(0)),
          C("flags", "int", "none", pick(0)),
          C("ip_address", "varchar(64)", "ip_address", ipv4),
          C("source", "varchar(32)", "none", pick("Web", "Email", "Phone", "Other")),
          C("source_extra", "varchar(40)", "none", lambda c, i: None),
          C("isoverdue", "boolean", "none", flag(0.1)),
          C("isanswered", "boolean", "none", flag(0.6)),
          C("duedate", "timestamp", "none", maybe(0.2, stamp())),
          C("est_duedate", "timestamp", "none", stamp()),
          C("reopened", "timestamp", "none", maybe(0.1, stamp())),
          C("closed", "timestamp", "none", maybe(0.6, stamp())),
          C("lastupdate", "timestamp", "none", stamp()),
          C("created", "timestamp", "none", stamp()),
          C("updated", "timestamp", "none", stamp())], rows=140,
          extra=[fk(n, "ost_ticket", "user_id", "ost_user"), fk(n, "ost_ticket", "dept_id", "ost_department"),
                 fk(n, "ost_ticket", "staff_id", "ost_staff", "staff_id")]),
        T(n, "ost_ticket__cdata", [pid("ticket_id"),
          C("subject", "text", "none", pick(*SUBJECTS)),
          C("priority", "text", "none", pick("1", "2", "3")),
          C("contact_phone", "text", "phone", maybe(0.5, _phone)),
          C("room", "text", "none", pick("B204", "Library L1", "Hostel C", "Remote"))], rows=140,
          extra=[fk(n, "ost_ticket__cdata", "ticket_id", "ost_ticket", "ticket_id")]),
        T(n, "ost_thread_entry", [pid(),
          C("pid", "int", "none", pick(0)),
          C("thread_id", "int", "none", rint(1, 140)),
          C("staff_id", "int", "none", maybe(0.4, rint(1, 40))),
          C("user_id", "int", "none", maybe(0.6, rint(1, 140))),
          C("type", "char(1)", "none", pick("M", "R", "N")),
          C("flags", "int", "none", pick(0, 64)),
          C("poster", "varchar(128)", "person_name", part(ENTRY, "full")),
          C("editor", "int", "none", lambda c, i: None),
          C("source", "varchar(32)", "none", pick("Web", "Email", "")),
          C("title", "varchar(255)", "none", pick(*SUBJECTS)),
          C("body", "text", "free_text_may_contain_pii", _body(ENTRY)),
          C("format", "varchar(16)", "none", pick("html", "text")),
          C("ip_address", "varchar(64)", "ip_address", ipv4),
          C("recipients", "text", "email", _recipients),
          C("extra", "text", "none", lambda c, i: None),
          C("created", "timestamp", "none", stamp()),
          C("updated", "timestamp", "none", stamp())], rows=150,
          extra=[fk(n, "ost_thread_entry", "staff_id", "ost_staff", "staff_id")]),
        T(n, "ost_form_entry_values", [pid("value_pk"),
          C("entry_id", "int", "none", rint(1, 140)),
          C("field_id", "int", "none", lambda c, i: FORM(c, i)[0]),
          C("value", "text", "phone", lambda c, i: FORM(c, i)[1]),
          C("value_id", "int", "none", lambda c, i: None)], rows=130),
        T(n, "ost_session", [C("session_id", "varchar(255) PRIMARY KEY", "secret_token", token(26, "", "abcdefghijklmnopqrstuv0123456789")),
          C("session_data", "bytea", "secret_token", lambda c, i: _session(c, i).encode()),
          C("session_expire", "timestamp", "none", stamp()),
          C("session_updated", "timestamp", "none", stamp()),
          C("user_id", "varchar(16)", "none", lambda c, i: str(c.r.randint(0, 140))),
          C("user_ip", "varchar(64)", "ip_address", ipv4),
          C("user_agent", "varchar(255)", "none", pick("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                                         "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"))],
          rows=110),
        T(n, "ost_syslog", [pid("log_id"),
          C("log_type", "varchar(16)", "none", pick("Debug", "Warning", "Error")),
          C("title", "varchar(255)", "none", pick("Failed login attempt (user)", "Ticket created", "Cron", "Mailer Error")),
          C("log", "text", "free_text_may_contain_pii", _log),
          C("logger", "varchar(64)", "none", pick("", "cron", "staff")),
          C("ip_address", "varchar(64)", "ip_address", ipv4),
          C("created", "timestamp", "none", stamp()),
          C("updated", "timestamp", "none", stamp())], rows=150),
        T(n, "ost_api_key", [pid(),
          C("isactive", "boolean", "none", flag(0.8)),
          C("ipaddr", "varchar(64)", "none", pick("10.20.1.15", "10.20.1.16", "10.40.7.2")),
          C("apikey", "varchar(255)", "secret_token", token(32, "", "0123456789ABCDEF")),
          C("can_create_tickets", "boolean", "none", flag(0.9)),
          C("notes", "text", "none", pick("Monitoring (Zabbix)", "Student portal form", "Phone system")),
          C("created", "timestamp", "none", stamp(2019, 4)),
          C("updated", "timestamp", "none", stamp())], rows=4),
    ]

