"""l_nextcloud: a German engineering firm's self-hosted Nextcloud (oc_ tables; Nextcloud declares no foreign keys)."""
from __future__ import annotations

import json

from .blind9_gens import (email, epoch, full, hexstr, integer, ipv4, maybe, phone, pick, split, stamp, street, template,
                          token, town, who)
from .gens import Col, Ctx, Table, bcrypt_like, ident

S = "l_nextcloud"
N_USERS = 110


def _uids() -> list[str]:
    seen: list[str] = []
    for i in range(1, N_USERS + 1):
        p = who("de", "oc_users", i)
        name = (p.first[0] + p.last).lower().translate(str.maketrans("äöüßı", "aousi"))
        seen.append(name if name not in seen else f"{name}{i}")
    return seen


UIDS = _uids()


def uid(c: Ctx, i: int) -> str:
    return UIDS[i - 1]


def any_uid(c: Ctx, i: int) -> str:
    return uid(c, c.r.randint(1, N_USERS))


def account_json(c: Ctx, i: int) -> str:
    p = who("de", "oc_users", i)
    data = {"displayname": {"value": f"{p.first} {p.last}", "scope": "v2-federated", "verified": "0"},
            "email": {"value": p.email if c.r.random() < 0.8 else "", "scope": "v2-federated", "verified": "1"},
            "phone": {"value": phone("de")(c, i) if c.r.random() < 0.4 else "", "scope": "v2-local", "verified": "0"},
            "address": {"value": street("de")(c, i) if c.r.random() < 0.2 else "", "scope": "v2-local",
                        "verified": "0"},
            "website": {"value": "", "scope": "v2-local", "verified": "0"},
            "twitter": {"value": "", "scope": "v2-local", "verified": "0"},
            "organisation": {"value": "Kessler Anlagenbau GmbH", "scope": "v2-local"},
            "role": {"value": c.r.choice(["", "Konstrukteur", "Projektleitung", "Einkauf", "Buchhaltung"]),
                     "scope": "v2-local"}}
    return json.dumps(data, ensure_ascii=False)


def account_value(c: Ctx, i: int) -> tuple[str, str]:
    p = who("de", "oc_users", c.r.randint(1, N_USERS))
    kind = c.r.choices(["email", "displayname", "phone", "address", "organisation", "role"], [35, 25, 20, 8, 6, 6])[0]
    value = {"email": p.email, "displayname": f"{p.first} {p.last}", "phone": phone("de")(c, i),
             "address": f"{street('de')(c, i)}, {town('de', 0)(c, i)} {town('de', 1)(c, i)}",
             "organisation": "Kessler Anlagenbau GmbH", "role": c.r.choice(["Konstrukteur", "Werkstudent", "CAD"])}[kind]
    return kind, value


def pref(c: Ctx, i: int) -> tuple[str, str, str]:
    p = who("de", "oc_users", c.r.randint(1, N_USERS))
    return c.r.choices([("settings", "email", p.email), ("core", "lang", c.r.choice(["de", "de_DE", "en"])),
                        ("core", "timezone", "Europe/Berlin"), ("login", "lastLogin", str(1690000000 + i * 3571)),
                        ("files", "quota", c.r.choice(["10 GB", "default", "50 GB"])),
                        ("firstrunwizard", "show", "0"), ("core", "first_day_of_week", "1")],
                       [25, 15, 10, 20, 10, 10, 10])[0]


FILES = ["files/Projekte/2023/Angebot_Stadtwerke_Ulm.docx", "files/Lohnabrechnung_2024-03.pdf",
         "files/Photos/Betriebsausflug/IMG_2041.jpg", "files/Vorlagen/Briefkopf.ott", "files/Krankmeldung_AU.pdf",
         "files/CAD/Foerderband_FB-400_Rev3.step", "files/Documents/Reisekosten_Q2.xlsx", "files/Talk/Notizen.md",
         "files_trashbin/files/Bewerbung_Anschreiben.pdf.d1699999999", "appdata_oc8x2k/preview/1/2/3/256-256.png"]


def vcard(c: Ctx, i: int) -> str:
    p = who("de", "oc_cards", i)
    lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Sabre//Sabre VObject 4.5.4//EN", f"UID:{hexstr(8)(c, i)}",
             f"FN:{p.first} {p.last}", f"N:{p.last};{p.first};;;"]
    if c.r.random() < 0.8:
        lines.append(f"EMAIL;TYPE=WORK:{p.email}")
    if c.r.random() < 0.7:
        lines.append(f"TEL;TYPE=CELL:{phone('de')(c, i)}")
    if c.r.random() < 0.3:
        lines.append(f"ADR;TYPE=HOME:;;{street('de')(c, i)};{town('de', 1)(c, i)};;{town('de', 0)(c, i)};Deutschland")
    lines.append("END:VCARD")
    return "\r\n".join(lines)


def card_prop(c: Ctx, i: int) -> tuple[str, str]:
    p = who("de", "oc_cards", c.r.randint(1, 120))
    kind = c.r.choices(["FN", "EMAIL", "TEL", "ADR", "ORG"], [30, 30, 25, 10, 5])[0]
    return kind, {"FN": f"{p.first} {p.last}", "EMAIL": p.email, "TEL": phone("de")(c, i),
                  "ADR": f";;{street('de')(c, i)};{town('de', 1)(c, i)};;{town('de', 0)(c, i)};Deutschland",
                  "ORG": c.r.choice(["Stadtwerke Ulm", "Bosch Rexroth AG", "Ingenieurbüro Haas"])}[kind]


def ics(c: Ctx, i: int) -> str:
    p, q = who("de", "oc_users", c.r.randint(1, N_USERS)), who("de", "oc_cards", c.r.randint(1, 120))
    summary = c.r.choice(["Jour fixe Konstruktion", f"Termin mit {q.first} {q.last}", "Zahnarzt", "Abnahme FB-400",
                          "Urlaub", "Mitarbeitergespräch"])
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//IDN nextcloud.com//Calendar app 4.6.5//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{hexstr(12)(c, i)}\r\nDTSTART;TZID=Europe/Berlin:2024{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}"
            f"T{c.r.randint(7, 17):02d}0000\r\nSUMMARY:{summary}\r\n"
            f"ORGANIZER;CN={p.first} {p.last}:mailto:{p.email}\r\n"
            f"ATTENDEE;CN={q.first} {q.last};PARTSTAT=NEEDS-ACTION:mailto:{q.email}\r\nEND:VEVENT\r\nEND:VCALENDAR")


def share_with(c: Ctx, i: int) -> str | None:
    kind = c.r.choices(["user", "group", "email", "link"], [40, 15, 30, 15])[0]
    return {"user": any_uid(c, i), "group": c.r.choice(["Konstruktion", "admin", "Vertrieb"]),
            "email": who("de", "oc_cards", c.r.randint(1, 120)).email, "link": None}[kind]


COMMENT = template("@{u} kannst du bitte die Zeichnung nochmal prüfen?", "Freigegeben.",
                   "Kunde ({n}) ruft zurück unter {t}", "Bitte Rev. 4 verwenden, Rev. 3 ist veraltet.",
                   "Ist in der Mail von {m} mit drin.", "👍", "Maße passen jetzt, danke!",
                   u=any_uid, n=full("de", "oc_cards"), t=phone("de"), m=email("de", "oc_cards"))


def nextcloud_tables() -> list[Table]:
    return [
        Table(S, "oc_users", [
            Col("uid", "varchar(64) PRIMARY KEY", "none", uid),
            Col("displayname", "varchar(64)", "person_name", full("de", "oc_users")),
            Col("password", "varchar(255)", "credentials", lambda c, i: "3|" + bcrypt_like(c, i).replace("$2b$", "$2y$")),
            Col("uid_lower", "varchar(64)", "none", lambda c, i: uid(c, i).lower())], rows=N_USERS),
        Table(S, "oc_accounts", [
            Col("uid", "varchar(64) PRIMARY KEY", "none", uid),
            Col("data", "text", "free_text_may_contain_pii", account_json)], rows=N_USERS),
        Table(S, "oc_accounts_data", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("uid", "varchar(64)", "none", any_uid),
            Col("name", "varchar(64)", "none", split("acc", account_value, 0)),
            Col("value", "varchar(255)", "email", split("acc", account_value, 1))], rows=140),
        Table(S, "oc_preferences", [
            Col("userid", "varchar(64)", "none", any_uid),
            Col("appid", "varchar(32)", "none", split("pref", pref, 0)),
            Col("configkey", "varchar(64)", "none", split("pref", pref, 1)),
            Col("configvalue", "text", "email", split("pref", pref, 2))], rows=150),
        Table(S, "oc_appconfig", [
            Col("appid", "varchar(32)", "none", pick("core", "files", "activity", "theming", "dav", "user_ldap")),
            Col("configkey", "varchar(64)", "none", pick("enabled", "installed_version", "types", "backgroundjobs_mode",
                                                          "lastcron", "cachebuster", "color", "name")),
            Col("configvalue", "text", "none", pick("yes", "27.1.4", "filesystem", "cron", "1701347012", "#0082c9",
                                                    "Kessler Cloud", "12"))], rows=90),
        Table(S, "oc_authtoken", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("uid", "varchar(64)", "none", any_uid),
            Col("login_name", "varchar(255)", "none", any_uid),
            Col("password", "text", "credentials", maybe(0.8, lambda c, i: f"{hexstr(128)(c, i)}|{hexstr(32)(c, i)}|{hexstr(128)(c, i)}|3")),
            Col("name", "text", "none", pick("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/121.0",
                                             "Nextcloud-android (3.27.0)", "iPhone von Jana", "DAVx5/4.3.9-ose",
                                             "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0", "mirall/3.11.0 (Desktop)")),
            Col("token", "varchar(200)", "secret_token", hexstr(128)),
            Col("type", "smallint", "none", pick(0, 0, 1)),
            Col("remember", "smallint", "none", pick(0, 1)),
            Col("last_activity", "integer", "none", epoch(2023)),
            Col("last_check", "integer", "none", epoch(2023)),
            Col("scope", "text", "none", pick('{"filesystem":true}', None)),
            Col("expires", "integer", "none", maybe(0.1, epoch(2025))),
            Col("private_key", "text", "secret_token", token(180, prefix="")),
            Col("public_key", "text", "none", lambda c, i: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A"
                + token(60)(c, i) + "\n-----END PUBLIC KEY-----"),
            Col("version", "smallint", "none", pick(2)),
            Col("password_invalid", "boolean", "none", pick(False, False, True))], rows=140),
        Table(S, "oc_filecache", [
            Col("fileid", "bigint PRIMARY KEY", "none", ident),
            Col("storage", "bigint", "none", integer(1, 12)),
            Col("path", "varchar(4000)", "none", pick(*FILES)),
            Col("path_hash", "varchar(32)", "none", hexstr(32)),
            Col("parent", "bigint", "none", integer(1, 150)),
            Col("name", "varchar(250)", "none", lambda c, i: c.r.choice(FILES).rsplit("/", 1)[-1]),
            Col("mimetype", "bigint", "none", integer(1, 20)),
            Col("size", "bigint", "none", integer(0, 40_000_000)),
            Col("mtime", "bigint", "none", epoch()),
            Col("etag", "varchar(40)", "none", hexstr(13)),
            Col("permissions", "integer", "none", pick(27, 31, 19)),
            Col("checksum", "varchar(255)", "none", maybe(0.3, lambda c, i: "SHA1:" + hexstr(40)(c, i), ""))], rows=150),
        Table(S, "oc_share", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("share_type", "smallint", "none", pick(0, 1, 3, 4)),
            Col("share_with", "varchar(255)", "email", share_with),
            Col("uid_owner", "varchar(64)", "none", any_uid),
            Col("uid_initiator", "varchar(64)", "none", any_uid),
            Col("item_type", "varchar(64)", "none", pick("file", "folder")),
            Col("file_source", "bigint", "none", integer(1, 150)),
            Col("file_target", "varchar(512)", "none", lambda c, i: "/" + c.r.choice(FILES).rsplit("/", 1)[-1]),
            Col("permissions", "smallint", "none", pick(1, 17, 31)),
            Col("stime", "bigint", "none", epoch()),
            Col("expiration", "timestamp", "none", maybe(0.15, stamp(2024, 2025))),
            Col("token", "varchar(32)", "secret_token", maybe(0.4, token(15))),
            Col("mail_send", "smallint", "none", pick(0, 1)),
            Col("password", "varchar(255)", "credentials", maybe(0.2, lambda c, i: "3|" + bcrypt_like(c, i))),
            Col("note", "text", "none", pick("", "", "Bitte bis Freitag durchsehen", "Finale Version")),
            Col("label", "varchar(255)", "none", pick("", "Kundenfreigabe", "Link für Lieferant"))], rows=120),
        Table(S, "oc_addressbooks", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("principaluri", "varchar(255)", "none", lambda c, i: "principals/users/" + uid(c, i)),
            Col("displayname", "varchar(255)", "none", pick("Kontakte", "Contacts", "Kunden")),
            Col("uri", "varchar(255)", "none", pick("contacts", "z-app-generated--contactsinteraction--recent")),
            Col("synctoken", "integer", "none", integer(1, 400))], rows=90),
        Table(S, "oc_cards", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("addressbookid", "bigint", "none", integer(1, 90)),
            Col("carddata", "bytea", "free_text_may_contain_pii", lambda c, i: vcard(c, i).encode()),
            Col("uri", "varchar(255)", "none", lambda c, i: hexstr(36)(c, i) + ".vcf"),
            Col("lastmodified", "bigint", "none", epoch()),
            Col("etag", "varchar(32)", "none", hexstr(32)),
            Col("size", "bigint", "none", integer(150, 900))], rows=120),
        Table(S, "oc_cards_properties", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("addressbookid", "bigint", "none", integer(1, 90)),
            Col("cardid", "bigint", "none", integer(1, 120)),
            Col("name", "varchar(64)", "none", split("prop", card_prop, 0)),
            Col("value", "varchar(255)", "email", split("prop", card_prop, 1)),
            Col("preferred", "integer", "none", pick(0, 1))], rows=150),
        Table(S, "oc_calendarobjects", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("calendardata", "bytea", "free_text_may_contain_pii", lambda c, i: ics(c, i).encode()),
            Col("uri", "varchar(255)", "none", lambda c, i: hexstr(20)(c, i) + ".ics"),
            Col("calendarid", "bigint", "none", integer(1, 40)),
            Col("componenttype", "varchar(8)", "none", pick("VEVENT", "VEVENT", "VTODO")),
            Col("firstoccurence", "bigint", "none", epoch(2024)),
            Col("classification", "integer", "none", pick(0, 0, 1))], rows=130),
        Table(S, "oc_comments", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("parent_id", "bigint", "none", pick(0, 0, 3)),
            Col("actor_type", "varchar(64)", "none", pick("users")),
            Col("actor_id", "varchar(64)", "none", any_uid),
            Col("message", "text", "free_text_may_contain_pii", COMMENT),
            Col("verb", "varchar(64)", "none", pick("comment", "comment", "reaction")),
            Col("creation_timestamp", "timestamp", "none", stamp(2023)),
            Col("object_type", "varchar(64)", "none", pick("files")),
            Col("object_id", "varchar(64)", "none", lambda c, i: str(c.r.randint(1, 150)))], rows=100),
        Table(S, "oc_bruteforce_attempts", [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("action", "varchar(64)", "none", pick("login", "webdav", "publicLinkAuth")),
            Col("occurred", "bigint", "none", epoch(2024)),
            Col("ip", "varchar(255)", "ip_address", ipv4),
            Col("subnet", "varchar(255)", "ip_address", lambda c, i: f"{c.r.choice([77, 91, 188])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.0/24"),
            Col("metadata", "varchar(255)", "none", lambda c, i: json.dumps({"user": any_uid(c, i)}))], rows=110),
        Table(S, "oc_groups", [
            Col("gid", "varchar(64) PRIMARY KEY", "none", lambda c, i: f"grp{i}" if i > 4 else
                ["admin", "Konstruktion", "Vertrieb", "Buchhaltung"][i - 1]),
            Col("displayname", "varchar(255)", "none", lambda c, i: ["Admins", "Konstruktion", "Vertrieb",
                                                                    "Buchhaltung"][i - 1] if i <= 4 else f"Projekt {i}")],
              rows=80),
        Table(S, "oc_group_user", [
            Col("gid", "varchar(64)", "none", pick("admin", "Konstruktion", "Vertrieb", "Buchhaltung")),
            Col("uid", "varchar(64)", "none", any_uid)], rows=130),
        Table(S, "oc_user_ldap_users_mapping", [
            Col("ldap_dn", "varchar(4000)", "person_name", lambda c, i: f"CN={who('de', 'oc_users', i).first} "
                f"{who('de', 'oc_users', i).last},OU=Mitarbeiter,DC=kessler,DC=local"),
            Col("owncloud_name", "varchar(64)", "none", uid),
            Col("directory_uuid", "varchar(255)", "none", lambda c, i: hexstr(32)(c, i))], rows=N_USERS),
    ]

