"""q_rt: the IT Service Desk of a Limerick higher-education institute on Request Tracker 5 (Best Practical), with
RT's PostgreSQL schema (unquoted CamelCase, so lower case; no declared foreign keys): users (LDAP staff and
autocreated requestors), queues, tickets, transactions, attachments (the mails) and custom field values."""
from __future__ import annotations

from .blind14_gens import (IE_F, IE_LAST, IE_M, Rec, alnum, b64, bcrypt, const, digits, ie_person, integer,
                           ipv4, maybe, one, pk, ref, ts, when)
from .gens import Col, Table

S = "q_rt"
N_USERS, N_QUEUES, N_TICKETS, N_TX = 150, 14, 150, 150
ORG = "lit-shannon.ie"
DEPTS = ("School of Engineering", "Kemmy School of Business", "Faculty of Science", "Library", "Buildings & Estates",
         "Registry", "Finance Office", "Students' Union", "School of Education", "IT Services")
ROOMS = ("A1-044", "CS2-014", "E0-010", "KB-G16", "LC-1002", "S-206", "Library L2", "Main Building 1-12")


def _user(c, i):
    p = ie_person(c)
    first, last = p["first"], p["last"]
    staff = c.r.random() < 0.35
    login = (first[0] + last).lower().replace("'", "").replace(" ", "").replace("á", "a").replace("é", "e") \
        .replace("í", "i").replace("ó", "o").replace("ú", "u")[:12]
    email = f"{first.lower()}.{last.lower()}@{ORG}".replace("'", "").replace(" ", "") if staff else p["email"]
    for a, b in (("á", "a"), ("é", "e"), ("í", "i"), ("ó", "o"), ("ú", "u")):
        email = email.replace(a, b)
    sig = (f"{first} {last}\n{c.r.choice(DEPTS)}\nT: {p['work']}\n{c.r.choice(('', 'M: ' + p['mobile']))}"
           if staff and c.r.random() < 0.7 else None)
    comment = None
    if c.r.random() < 0.3:
        comment = c.r.choice((f"VIP, Head of {c.r.choice(DEPTS)}. Escalate to {c.r.choice(IE_M + IE_F)} directly.",
                              f"Prefers a call on {p['mobile']} rather than email.", "Merged duplicate account from 2019.",
                              "Adjunct, contract ends in June.", f"PA: {c.r.choice(IE_F)} {c.r.choice(IE_LAST)}, ext {digits(c, 4)}",
                              "Do not auto-reply, mail bounces."))
    return {**p, "name": login if staff else email, "email": email, "real": f"{first} {last}", "nick": first,
            "staff": staff, "login": login if staff else None, "sig": sig, "comment": comment,
            "pw": f"!bcrypt!12!{bcrypt(c, '', 12)[3:]}" if staff or c.r.random() < 0.2 else None,
            "token": alnum(c, 16), "dn": f"uid={login},ou=staff,dc=lit-shannon,dc=ie" if staff else None,
            "home": p["street"] if staff and c.r.random() < 0.3 else None}


def users() -> Table:
    r = Rec(_user)
    home = r.f("home")

    def addr_part(key):
        return lambda c, i: r.f(key)(c, i) if home(c, i) else None
    return Table(S, "users", [
        pk("id", "integer"),
        Col("name", "varchar(200)", "email", r.f("name")),
        Col("password", "varchar(256)", "credentials", r.f("pw")),
        Col("authtoken", "varchar(16)", "secret_token", r.f("token")),
        Col("comments", "text", "free_text_may_contain_pii", r.f("comment")),
        Col("signature", "text", "free_text_may_contain_pii", r.f("sig")),
        Col("emailaddress", "varchar(120)", "email", r.f("email")),
        Col("freeformcontactinfo", "text", "free_text_may_contain_pii",
            lambda c, i: (f"Room {c.r.choice(ROOMS)}, ext {digits(c, 4)}" if r.f("staff")(c, i) and c.r.random() < 0.5
                          else None)),
        Col("organization", "varchar(200)", "none", lambda c, i: c.r.choice(DEPTS) if r.f("staff")(c, i) else None),
        Col("realname", "varchar(120)", "person_name", r.f("real")),
        Col("nickname", "varchar(16)", "person_name", maybe(0.3, r.f("nick"))),
        Col("lang", "varchar(16)", "none", maybe(0.4, one("en", "en", "ga"))),
        Col("gecos", "varchar(16)", "none", r.f("login")),
        Col("homephone", "varchar(30)", "phone", lambda c, i: r.f("mobile")(c, i) if home(c, i) else None),
        Col("workphone", "varchar(30)", "phone", lambda c, i: r.f("work")(c, i) if r.f("staff")(c, i) else None),
        Col("mobilephone", "varchar(30)", "phone", maybe(0.3, r.f("mobile"))),
        Col("pagerphone", "varchar(30)", "none", const(None)),
        Col("address1", "varchar(200)", "postal_address", home),
        Col("address2", "varchar(200)", "postal_address", lambda c, i: "Castletroy" if home(c, i) and c.r.random() < 0.3 else None),
        Col("city", "varchar(100)", "none", addr_part("town")),
        Col("state", "varchar(100)", "none", addr_part("county")),
        Col("zip", "varchar(16)", "postal_address", addr_part("pc")),
        Col("country", "varchar(50)", "none", lambda c, i: "Ireland" if home(c, i) else None),
        Col("timezone", "varchar(50)", "none", maybe(0.3, const("Europe/Dublin"))),
        Col("smimecertificate", "text", "none", maybe(0.05, lambda c, i: "-----BEGIN CERTIFICATE-----\n" + b64(c, 300)
                                                       + "\n-----END CERTIFICATE-----")),
        Col("imagecontenttype", "varchar(80)", "none", const(None)),
        Col("externalauthid", "varchar(100)", "none", r.f("dn")),
        Col("authsystem", "varchar(30)", "none", lambda c, i: "LDAP" if r.f("staff")(c, i) else "Internal"),
        Col("creator", "integer", "none", one(1, 1, 1, 12)),
        Col("created", "timestamp", "none", ts(2014, 2026)),
        Col("lastupdatedby", "integer", "none", one(1, 12, 15, 22)),
        Col("lastupdated", "timestamp", "none", ts(2024, 2026)),
    ], rows=N_USERS)


QUEUES = (("General", "servicedesk"), ("Accounts & Passwords", "accounts"), ("Network & Wifi", "network"),
          ("Email", "email"), ("Hardware", "hardware"), ("AV & Lecture Theatres", "av"), ("Printing", "print"),
          ("Student Systems", "studentsystems"), ("Research Computing", "hpc"), ("Security", "security"),
          ("Web & CMS", "web"), ("Telephony", "phones"), ("Procurement", "ictprocurement"), ("Spam", "spam"))


def queues() -> Table:
    return Table(S, "queues", [
        pk("id", "integer"),
        Col("name", "varchar(200)", "none", lambda c, i: QUEUES[i - 1][0]),
        Col("description", "varchar(255)", "none", lambda c, i: f"{QUEUES[i - 1][0]} requests"),
        Col("correspondaddress", "varchar(120)", "none", lambda c, i: f"{QUEUES[i - 1][1]}@{ORG}"),
        Col("commentaddress", "varchar(120)", "none", lambda c, i: f"{QUEUES[i - 1][1]}-comment@{ORG}"),
        Col("lifecycle", "varchar(32)", "none", one("default", "default", "incidents")),
        Col("subjecttag", "varchar(120)", "none", const("LIT IT")),
        Col("sortorder", "integer", "none", lambda c, i: i),
        Col("sladisabled", "smallint", "none", one(0, 1)),
        Col("creator", "integer", "none", const(12)),
        Col("created", "timestamp", "none", ts(2014, 2018)),
        Col("lastupdatedby", "integer", "none", const(12)),
        Col("lastupdated", "timestamp", "none", ts(2022, 2026)),
        Col("disabled", "smallint", "none", lambda c, i: 1 if i == N_QUEUES else 0),
    ], rows=N_QUEUES)


def _subject(c):
    who = f"{c.r.choice(IE_M + IE_F)} {c.r.choice(IE_LAST)}"
    return c.r.choice((
        "Can't connect to eduroam", f"Password reset for student {c.r.randint(20, 25)}{digits(c, 6)}",
        f"New laptop for Dr {who} (starts Monday)", f"Printer in {c.r.choice(ROOMS)} jammed again",
        "Brightspace course not visible to students", "Outlook keeps asking for password",
        f"Access to shared drive for {who}", "Phishing email received - 'Payroll update'",
        f"Lost staff card - {who}", "VPN not working from home", "Teams meeting room booking",
        f"Projector in {c.r.choice(ROOMS)} no signal", "MFA phone replaced, need to re-enrol",
        "Request: MATLAB licence", f"Leaver: disable account of {who}", "Spam: Your parcel is waiting"))


def tickets() -> Table:
    return Table(S, "tickets", [
        pk("id", "integer"),
        Col("effectiveid", "integer", "none", lambda c, i: i if c.r.random() < 0.95 else max(1, i - c.r.randint(1, 5))),
        Col("ismerged", "smallint", "none", const(None)),
        Col("queue", "integer", "none", ref(N_QUEUES)),
        Col("type", "varchar(16)", "none", const("ticket")),
        Col("owner", "integer", "none", one(6, 6, 15, 22, 31, 40, 47)),
        Col("subject", "varchar(200)", "free_text_may_contain_pii", lambda c, i: _subject(c)),
        Col("initialpriority", "integer", "none", one(0, 0, 20, 50)),
        Col("finalpriority", "integer", "none", one(0, 50, 90)),
        Col("priority", "integer", "none", one(0, 0, 20, 50, 90)),
        Col("timeestimated", "integer", "none", one(0, 0, 15, 30, 60)),
        Col("timeworked", "integer", "none", integer(0, 240)),
        Col("status", "varchar(64)", "none", one("new", "open", "stalled", "resolved", "resolved", "resolved", "rejected")),
        Col("sla", "varchar(64)", "none", maybe(0.6, one("4h", "1 business day", "3 business days"))),
        Col("timeleft", "integer", "none", const(0)),
        Col("told", "timestamp", "none", ts(2022, 2026, 0.2)),
        Col("starts", "timestamp", "none", ts(2022, 2026, 0.7)),
        Col("started", "timestamp", "none", ts(2022, 2026, 0.2)),
        Col("due", "timestamp", "none", ts(2022, 2026, 0.4)),
        Col("resolved", "timestamp", "none", ts(2022, 2026, 0.3)),
        Col("lastupdatedby", "integer", "none", ref(N_USERS)),
        Col("lastupdated", "timestamp", "none", ts(2024, 2026)),
        Col("creator", "integer", "none", ref(N_USERS)),
        Col("created", "timestamp", "none", ts(2022, 2026)),
    ], rows=N_TICKETS)


def _tx(c, i):
    kind = c.r.choice(("Create", "Correspond", "Correspond", "Comment", "Status", "Set", "AddWatcher", "Give"))
    field = old = new = None
    if kind == "Status":
        field, old, new = "Status", c.r.choice(("new", "open")), c.r.choice(("open", "resolved", "stalled"))
    elif kind in ("Set", "Give"):
        field, old, new = "Owner", "6", str(c.r.choice((15, 22, 31, 40)))
    elif kind == "AddWatcher":
        field, new = "Requestor", str(c.r.randint(1, N_USERS))
    data = {"Create": "Ticket created", "Correspond": "Correspondence added", "Comment": "Comments added"}.get(kind)
    return {"kind": kind, "field": field, "old": old, "new": new, "data": data}


def transactions() -> Table:
    r = Rec(_tx)
    return Table(S, "transactions", [
        pk("id", "integer"),
        Col("objecttype", "varchar(255)", "none", const("RT::Ticket")),
        Col("objectid", "integer", "none", ref(N_TICKETS)),
        Col("timetaken", "integer", "none", one(0, 0, 0, 5, 10, 15)),
        Col("type", "varchar(20)", "none", r.f("kind")),
        Col("field", "varchar(40)", "none", r.f("field")),
        Col("oldvalue", "varchar(255)", "none", r.f("old")),
        Col("newvalue", "varchar(255)", "none", r.f("new")),
        Col("referencetype", "varchar(255)", "none", const(None)),
        Col("oldreference", "integer", "none", const(None)),
        Col("newreference", "integer", "none", const(None)),
        Col("data", "varchar(255)", "none", r.f("data")),
        Col("creator", "integer", "none", ref(N_USERS)),
        Col("created", "timestamp", "none", ts(2022, 2026)),
    ], rows=N_TX)


def _att(c, i):
    p = ie_person(c)
    agent = f"{c.r.choice(IE_M + IE_F)} {c.r.choice(IE_LAST)}"
    other = f"{c.r.choice(IE_M + IE_F)} {c.r.choice(IE_LAST)}"
    body = c.r.choice((
        f"Hi,\n\nI can't log into the VPN since this morning, it says my account is locked. Could someone ring me on {p['mobile']}?\n\nThanks,\n{p['first']}",
        f"Hello {p['first']},\n\nYour password has been reset. Please log in with the temporary password and change it.\n\nRegards,\n{agent}\nIT Service Desk",
        f"Dear IT,\n\nPlease set up an account for our new postdoc {other}, starting 1 September. Line manager: Dr {p['first']} {p['last']}, ext {digits(c, 4)}.\n",
        f"The projector in {c.r.choice(ROOMS)} isn't working again. I have a lecture at 10, please send someone.\n\n{p['first']} {p['last']}",
        "Thanks, that's sorted now. Go raibh maith agat!",
        f"Resolved: replaced the toner, printer back online.\n-- {agent}",
        f"Hi, I'm a first year student (ID {c.r.randint(24, 25)}{digits(c, 6)}) and I can't see my timetable. My personal email is {p['email']}.",
    ))
    msgid = f"<{alnum(c, 20)}@mail.gmail.com>" if c.r.random() < 0.5 else f"<rt-5.0.5-{digits(c, 5)}-{digits(c, 10)}@{ORG}>"
    headers = (f"From: {p['first']} {p['last']} <{p['email']}>\nTo: servicedesk@{ORG}\nSubject: {_subject(c)}\n"
               f"Date: {when(c, 2023, 2026):%a, %d %b %Y %H:%M:%S} +0000\nMessage-ID: {msgid}\n"
               f"X-RT-Interface: Email\nReceived: from mail.{ORG} ([{ipv4(c, ('193.1', '86.43', '109.255'))}])")
    return {"body": body, "msgid": msgid, "headers": headers}


def attachments() -> Table:
    r = Rec(_att)
    return Table(S, "attachments", [
        pk("id", "integer"),
        Col("transactionid", "integer", "none", ref(N_TX)),
        Col("parent", "integer", "none", one(0, 0, 0, 1)),
        Col("messageid", "varchar(160)", "none", r.f("msgid")),
        Col("subject", "varchar(255)", "free_text_may_contain_pii", lambda c, i: _subject(c)),
        Col("filename", "varchar(255)", "none", maybe(0.1, one("image001.png", "screenshot.png", "error.txt",
                                                                "quote_dell.pdf", "invoice.pdf"))),
        Col("contenttype", "varchar(80)", "none", one("text/plain", "text/plain", "text/html", "multipart/mixed")),
        Col("contentencoding", "varchar(80)", "none", one("none", "none", "quoted-printable", "base64")),
        Col("content", "text", "free_text_may_contain_pii", r.f("body")),
        Col("headers", "text", "free_text_may_contain_pii", r.f("headers")),
        Col("creator", "integer", "none", ref(N_USERS)),
        Col("created", "timestamp", "none", ts(2022, 2026)),
    ], rows=150)


def _ocfv(c, i):
    cf = c.r.choice((1, 2, 3, 3))
    content = {1: c.r.choice(("Main Building", "Engineering Research Building", "Library", "Schuman Wing",
                              "Sports Arena", "Student Centre")),
               2: f"LIT-LT-{c.r.randint(1000, 9999):06d}",
               3: c.r.choice(("Network", "Email", "Hardware", "Accounts", "AV", "Software"))}[cf]
    return {"cf": cf, "content": content}


def custom_field_values() -> Table:
    r = Rec(_ocfv)
    return Table(S, "objectcustomfieldvalues", [
        pk("id", "integer"),
        Col("customfield", "integer", "none", r.f("cf")),
        Col("objecttype", "varchar(255)", "none", const("RT::Ticket")),
        Col("objectid", "integer", "none", ref(N_TICKETS)),
        Col("sortorder", "integer", "none", const(0)),
        Col("content", "varchar(255)", "none", r.f("content")),
        Col("largecontent", "text", "none", const(None)),
        Col("contenttype", "varchar(80)", "none", const("text/plain")),
        Col("contentencoding", "varchar(80)", "none", const(None)),
        Col("creator", "integer", "none", ref(N_USERS)),
        Col("created", "timestamp", "none", ts(2022, 2026)),
        Col("lastupdatedby", "integer", "none", ref(N_USERS)),
        Col("lastupdated", "timestamp", "none", ts(2022, 2026)),
        Col("disabled", "smallint", "none", lambda c, i: int(c.r.random() < 0.05)),
    ], rows=150)


def rt_tables() -> list[Table]:
    return [users(), queues(), tickets(), transactions(), attachments(), custom_field_values()]
