"""f_mattermost: Mattermost (PostgreSQL schema, lower-case names) of a Greek ferry operator, Kyma Ferries, Piraeus."""
from __future__ import annotations

import json
import random

from .blind23_gens import (alnum, bcrypt, col, cyc, epoch_ms, field, fk, hexs, mmid, per_row, pick,
                           public_ip, when)
from .gens import Table

S = "f_mattermost"
N_USERS, N_TEAMS, N_CHANNELS, N_POSTS = 120, 12, 90, 150

MALE = [("Giorgos", "Γιώργος"), ("Nikos", "Νίκος"), ("Kostas", "Κώστας"), ("Dimitris", "Δημήτρης"),
        ("Giannis", "Γιάννης"), ("Panagiotis", "Παναγιώτης"), ("Michalis", "Μιχάλης"), ("Stelios", "Στέλιος"),
        ("Vasilis", "Βασίλης"), ("Thanasis", "Θανάσης"), ("Manolis", "Μανώλης"), ("Spyros", "Σπύρος")]
FEMALE = [("Maria", "Μαρία"), ("Eleni", "Ελένη"), ("Katerina", "Κατερίνα"), ("Despoina", "Δέσποινα"),
          ("Sofia", "Σοφία"), ("Angeliki", "Αγγελική"), ("Vasiliki", "Βασιλική"), ("Eirini", "Ειρήνη"),
          ("Christina", "Χριστίνα"), ("Anastasia", "Αναστασία"), ("Georgia", "Γεωργία")]
SURNAMES = [("Papadakis", "Papadaki"), ("Georgiou", "Georgiou"), ("Nikolaidis", "Nikolaidou"),
            ("Karagiannis", "Karagianni"), ("Vlachos", "Vlachou"), ("Oikonomou", "Oikonomou"), ("Makris", "Makri"),
            ("Alexiou", "Alexiou"), ("Konstantinidis", "Konstantinidou"), ("Theodorou", "Theodorou"),
            ("Papadopoulos", "Papadopoulou"), ("Antonakos", "Antonakou"), ("Mavridis", "Mavridou"),
            ("Zervas", "Zerva"), ("Kalogeropoulos", "Kalogeropoulou"), ("Tsakalos", "Tsakalou"),
            ("Samaras", "Samara"), ("Lykourgos", "Lykourgou"), ("Chatzidakis", "Chatzidaki"), ("Roussos", "Roussou")]
POSITIONS = ["Chief Officer", "Master", "Bosun", "Purser", "Ticketing agent", "Port captain", "Crew manager",
             "Superintendent engineer", "Chief Engineer", "HSQE officer", "Accountant", "IT support",
             "Commercial manager", "Booking office supervisor", ""]
SHIPS = ["Kyma Naxos", "Kyma Delos", "Aegean Breeze", "Blue Meltemi", "Kyma Tinos", "Kyma Sifnos"]
PORTS = ["Πειραιάς", "Ραφήνα", "Λαύριο", "Σύρος", "Νάξος", "Πάρος", "Τήνος", "Μύκονος", "Σίφνος"]
FREE_MAIL = ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "windowslive.com"]


def mm_id(kind: str, i: int) -> str:
    return mmid(random.Random(f"f_mattermost:{kind}:{i}"))


def _mobile(r: random.Random) -> str:
    return f"+30 69{r.choice('3479')} {r.randint(100, 999)} {r.randint(1000, 9999)}"


def _user(r: random.Random, i: int) -> dict:
    female = r.random() < 0.4
    first, first_gr = r.choice(FEMALE if female else MALE)
    sur = r.choice(SURNAMES)[1 if female else 0]
    user = f"{first[0].lower()}.{sur.lower()}{r.choice(['', '', '', str(r.randint(1, 9))])}"
    guest = r.random() < 0.12
    email = (f"{first.lower()}{sur.lower()[:5]}{r.randint(70, 99)}@{r.choice(FREE_MAIL)}" if guest
             else f"{user}@kymaferries.gr")
    created = when(r, 2019, 2024)
    return {"first": first, "last": sur, "gr": first_gr, "user": user, "email": email, "guest": guest,
            "created": created, "mobile": _mobile(r), "pos": r.choice(POSITIONS)}


U = per_row("mm.users", _user)


def _uref(c, i):
    return mm_id("user", c.r.randint(1, N_USERS))


def _ms(c, i):
    return epoch_ms(when(c.r, 2023, 2025))


def _nick(c, i):
    u = U(c, i)
    return c.r.choice([u["gr"], f"{u['gr']} ({c.r.choice(SHIPS)})", f"{u['first']} {u['last'][0]}.", ""])


def _notify(c, i):
    return json.dumps({"channel": "true", "comments": "never", "desktop": c.r.choice(["mention", "all"]),
                       "desktop_sound": "true", "email": c.r.choice(["true", "false"]), "first_name": "false",
                       "mention_keys": "", "push": "mention", "push_status": "away"})


def _message(c, i):
    r = c.r
    u, v = U(c, r.randint(1, N_USERS)), U(c, r.randint(1, N_USERS))
    ship, port = r.choice(SHIPS), r.choice(PORTS)
    return r.choice([
        f"Καλημέρα, το {ship} αναχωρεί με καθυστέρηση {r.choice([15, 20, 40])}' από {port} λόγω ανέμων.",
        f"@{u['user']} can you check the manifest for {ship} {r.randint(7, 21)}:30 sailing?",
        f"Δεν θα έρθω σήμερα, έχω πυρετό 38.{r.randint(2, 9)}, θα στείλω βεβαίωση γιατρού. {u['first']}",
        f"Ο επιβάτης {v['first']} {v['last']} ({v['mobile']}) ζητάει επιστροφή για το εισιτήριο "
        f"KY{r.randint(100000, 999999)}.",
        f"Reminder: abandon ship drill on {ship} tomorrow 07:00, all crew on deck 5.",
        f"Crew change {port}: {u['first']} {u['last']} replaces {v['first']} {v['last']} as Bosun.",
        f"Στείλτε τις νέες τιμές φορτηγών στο {v['email']} μέχρι την Παρασκευή.",
        "ok 👍", "Ευχαριστώ!", f"Το λιμάνι {port} κλειστό για ρυμούλκηση μέχρι τις 12:00.",
        f"{u['first']} is on sick leave until Monday (back surgery), please cover the 06:00 shift.",
    ])


def _header(c, i):
    u = U(c, c.r.randint(1, N_USERS))
    return c.r.choice(["", "", "Only ops updates here please", f"On call this week: {u['first']} {u['last']} "
                       f"{u['mobile']}", f"Βάρδια γέφυρας {c.r.choice(SHIPS)}", "Σύνδεσμος: https://wiki.kyma.local"])


def _audit_extra(c, i):
    u = U(c, c.r.randint(1, N_USERS))
    return c.r.choice([f"attempt - login_id={u['email']}", f"success session_user={u['user']}",
                       f"failure - login_id={u['user']}", "", f"user_id={mm_id('user', c.r.randint(1, N_USERS))}"])


def _file(c, i):
    r = c.r
    return r.choice([f"IMG_{r.randint(1000, 9999)}.jpg", f"roster_week{r.randint(1, 52)}.xlsx",
                     f"manifest_{r.choice(SHIPS).replace(' ', '_')}.pdf", "Screenshot 2024-03-02 at 10.14.22.png",
                     f"bunker_report_{r.randint(1, 12):02d}.pdf", "safety_checklist.docx"])


def _file_content(c, i):
    u = U(c, c.r.randint(1, N_USERS))
    return c.r.choice(["", "", f"CREW LIST {c.r.choice(SHIPS)}\n1. {u['first'].upper()} {u['last'].upper()} "
                       f"MASTER\nSeaman book GR{c.r.randint(10000, 99999)}", "Bunker delivery note MGO 42.5 mt",
                       f"Επιβάτες: 812 Οχήματα: 96 Υπεύθυνος: {u['last']}"])


def mattermost_tables() -> list[Table]:
    uid = lambda c, i: mm_id("user", i)  # noqa: E731
    users = Table(S, "users", [
        col("id", "varchar(26) PRIMARY KEY", "none", uid),
        col("createat", "bigint", "none", lambda c, i: epoch_ms(U(c, i)["created"])),
        col("updateat", "bigint", "none", _ms),
        col("deleteat", "bigint", "none", lambda c, i: 0 if c.r.random() < 0.9 else _ms(c, i)),
        col("username", "varchar(64)", "none", field(U, "user")),
        col("password", "varchar(128)", "credentials", lambda c, i: bcrypt(c.r)),
        col("authdata", "varchar(128)", "none", lambda c, i: None if c.r.random() < 0.6 else U(c, i)["user"]),
        col("authservice", "varchar(32)", "none", pick("", "ldap")),
        col("email", "varchar(128)", "email", field(U, "email")),
        col("emailverified", "boolean", "none", pick(True, True, False)),
        col("nickname", "varchar(64)", "person_name", _nick),
        col("firstname", "varchar(64)", "person_name", field(U, "first")),
        col("lastname", "varchar(64)", "person_name", field(U, "last")),
        col("position", "varchar(128)", "none", field(U, "pos")),
        col("roles", "varchar(256)", "none", pick("system_user", "system_user", "system_admin system_user",
                                                  "system_guest")),
        col("allowmarketing", "boolean", "none", pick(False, True)),
        col("props", "jsonb", "none", lambda c, i: json.dumps({"customStatus": c.r.choice(["", "🚢 on board",
                                                                                          "🏖️ άδεια"])})),
        col("notifyprops", "jsonb", "none", _notify),
        col("lastpasswordupdate", "bigint", "none", _ms),
        col("lastpictureupdate", "bigint", "none", lambda c, i: c.r.choice([0, _ms(c, i)])),
        col("failedattempts", "integer", "none", lambda c, i: c.r.choice([0, 0, 0, 1, 3])),
        col("locale", "varchar(5)", "none", pick("el", "el", "en")),
        col("timezone", "jsonb", "none", lambda c, i: json.dumps({"automaticTimezone": "Europe/Athens",
                                                                  "manualTimezone": "", "useAutomaticTimezone": "true"})),
        col("mfaactive", "boolean", "none", pick(False, False, True)),
        col("mfasecret", "varchar(128)", "secret_token", lambda c, i: alnum(c.r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        col("remoteid", "varchar(26)", "none", lambda c, i: None),
    ], rows=N_USERS)
    team_names = ["Operations", "Crew Management", "Εκδοτήρια Πειραιά", "Εκδοτήρια Ραφήνας", "IT", "Τεχνική Διεύθυνση",
                  "Chartering", "Πράκτορες Κυκλάδων", "Λογιστήριο", "HSQE", "Commercial", "Διοίκηση"]
    teams = Table(S, "teams", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("team", i)),
        col("createat", "bigint", "none", _ms), col("updateat", "bigint", "none", _ms),
        col("deleteat", "bigint", "none", lambda c, i: 0),
        col("displayname", "varchar(64)", "none", lambda c, i: team_names[i - 1]),
        col("name", "varchar(64)", "none", lambda c, i: f"kyma-team-{i:02d}"),
        col("description", "varchar(255)", "none", lambda c, i: f"Ομάδα {team_names[i - 1]}"),
        col("email", "varchar(128)", "email", lambda c, i: U(c, c.r.randint(1, N_USERS))["email"],
            comment="e-mail of the team's creator"),
        col("type", "varchar(255)", "none", pick("I", "O")),
        col("companyname", "varchar(64)", "none", lambda c, i: "Kyma Ferries Ναυτιλιακή Α.Ε."),
        col("alloweddomains", "varchar(1000)", "none", pick("kymaferries.gr", "")),
        col("inviteid", "varchar(32)", "secret_token", lambda c, i: mmid(c.r)),
        col("allowopeninvite", "boolean", "none", pick(False, True)),
        col("lastteamiconupdate", "bigint", "none", lambda c, i: 0),
        col("schemeid", "varchar(255)", "none", lambda c, i: None),
        col("groupconstrained", "boolean", "none", pick(False)),
    ], rows=N_TEAMS)
    teammembers = Table(S, "teammembers", [
        col("teamid", "varchar(26)", "none", lambda c, i: mm_id("team", c.r.randint(1, N_TEAMS))),
        col("userid", "varchar(26)", "none", lambda c, i: mm_id("user", (i - 1) % N_USERS + 1)),
        col("roles", "varchar(64)", "none", pick("", "", "team_admin")),
        col("deleteat", "bigint", "none", lambda c, i: 0),
        col("schemeuser", "boolean", "none", pick(True)), col("schemeadmin", "boolean", "none", pick(False, True)),
        col("schemeguest", "boolean", "none", pick(False)), col("createat", "bigint", "none", _ms),
    ], rows=150, extra=[fk(S, "teammembers", "teamid", "teams"), fk(S, "teammembers", "userid", "users")])
    chan = ["town-square", "off-topic", "sailing-updates", "crew-changes", "refunds", "bunkering", "port-state",
            "drills", "vardies", "ekdotiria", "it-alerts", "payroll"]
    channels = Table(S, "channels", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("channel", i)),
        col("createat", "bigint", "none", _ms), col("updateat", "bigint", "none", _ms),
        col("deleteat", "bigint", "none", lambda c, i: 0),
        col("teamid", "varchar(26)", "none", lambda c, i: mm_id("team", cyc(N_TEAMS)(c, i))),
        col("type", "varchar(1)", "none", lambda c, i: "D" if i % 4 == 0 else c.r.choice("OOP")),
        col("displayname", "varchar(64)", "none", lambda c, i: "" if i % 4 == 0 else chan[i % len(chan)]),
        col("name", "varchar(64)", "none", lambda c, i: f"{mm_id('user', i % N_USERS + 1)}__"
            f"{mm_id('user', (i * 7) % N_USERS + 1)}" if i % 4 == 0 else f"{chan[i % len(chan)]}-{i}"),
        col("header", "varchar(1024)", "free_text_may_contain_pii", _header),
        col("purpose", "varchar(250)", "none", pick("", "Ενημερώσεις δρομολογίων", "Alerts from Zabbix",
                                                    "Αλλαγές πληρωμάτων")),
        col("lastpostat", "bigint", "none", _ms),
        col("totalmsgcount", "bigint", "none", lambda c, i: c.r.randint(0, 9000)),
        col("extraupdateat", "bigint", "none", lambda c, i: 0),
        col("creatorid", "varchar(26)", "none", _uref),
        col("schemeid", "varchar(26)", "none", lambda c, i: None),
        col("groupconstrained", "boolean", "none", pick(False)),
        col("shared", "boolean", "none", pick(False)),
        col("totalmsgcountroot", "bigint", "none", lambda c, i: c.r.randint(0, 3000)),
        col("lastrootpostat", "bigint", "none", _ms),
    ], rows=N_CHANNELS, extra=[fk(S, "channels", "teamid", "teams"), fk(S, "channels", "creatorid", "users")])
    channelmembers = Table(S, "channelmembers", [
        col("channelid", "varchar(26)", "none", lambda c, i: mm_id("channel", c.r.randint(1, N_CHANNELS))),
        col("userid", "varchar(26)", "none", _uref),
        col("roles", "varchar(64)", "none", pick("", "channel_admin")),
        col("lastviewedat", "bigint", "none", _ms),
        col("msgcount", "bigint", "none", lambda c, i: c.r.randint(0, 4000)),
        col("mentioncount", "bigint", "none", lambda c, i: c.r.randint(0, 12)),
        col("notifyprops", "jsonb", "none", lambda c, i: json.dumps({"desktop": "default", "mark_unread": "all",
                                                                     "push": "default", "email": "default"})),
        col("lastupdateat", "bigint", "none", _ms),
        col("schemeuser", "boolean", "none", pick(True)), col("schemeadmin", "boolean", "none", pick(False, True)),
        col("schemeguest", "boolean", "none", pick(False)),
        col("mentioncountroot", "bigint", "none", lambda c, i: c.r.randint(0, 8)),
        col("msgcountroot", "bigint", "none", lambda c, i: c.r.randint(0, 900)),
        col("urgentmentioncount", "bigint", "none", lambda c, i: 0),
    ], rows=150, extra=[fk(S, "channelmembers", "channelid", "channels"), fk(S, "channelmembers", "userid", "users")])
    posts = Table(S, "posts", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("post", i)),
        col("createat", "bigint", "none", _ms), col("updateat", "bigint", "none", _ms),
        col("editat", "bigint", "none", lambda c, i: c.r.choice([0, 0, _ms(c, i)])),
        col("deleteat", "bigint", "none", lambda c, i: 0),
        col("ispinned", "boolean", "none", pick(False, False, True)),
        col("userid", "varchar(26)", "none", _uref),
        col("channelid", "varchar(26)", "none", lambda c, i: mm_id("channel", c.r.randint(1, N_CHANNELS))),
        col("rootid", "varchar(26)", "none", lambda c, i: "" if i < 10 or c.r.random() < 0.7
            else mm_id("post", c.r.randint(1, i - 1))),
        col("originalid", "varchar(26)", "none", lambda c, i: ""),
        col("message", "varchar(65535)", "free_text_may_contain_pii", _message),
        col("type", "varchar(26)", "none", pick("", "", "", "system_join_channel")),
        col("props", "jsonb", "none", lambda c, i: json.dumps({"disable_group_highlight": c.r.random() < 0.2})),
        col("hashtags", "varchar(1000)", "none", pick("", "", "#delay", "#drill #safety")),
        col("filenames", "varchar(4000)", "none", lambda c, i: "[]"),
        col("fileids", "varchar(300)", "none", lambda c, i: "[]"),
        col("hasreactions", "boolean", "none", pick(False, True)),
        col("remoteid", "varchar(26)", "none", lambda c, i: None),
    ], rows=N_POSTS, extra=[fk(S, "posts", "userid", "users"), fk(S, "posts", "channelid", "channels")])
    sessions = Table(S, "sessions", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("session", i)),
        col("token", "varchar(26)", "secret_token", lambda c, i: mmid(c.r)),
        col("createat", "bigint", "none", _ms), col("expiresat", "bigint", "none", _ms),
        col("lastactivityat", "bigint", "none", _ms),
        col("userid", "varchar(26)", "none", _uref),
        col("deviceid", "varchar(512)", "secret_token", lambda c, i: "" if c.r.random() < 0.5 else
            f"android_rn-v2:{alnum(c.r, 11)}:APA91b{alnum(c.r, 134, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_')}"),
        col("roles", "varchar(64)", "none", pick("system_user", "system_admin system_user")),
        col("isoauth", "boolean", "none", pick(False)),
        col("props", "jsonb", "none", lambda c, i: json.dumps({"browser": c.r.choice(["Chrome/124.0", "Firefox/125.0",
                                                               "Mobile App/2.16"]), "os": c.r.choice(["Windows 10",
                                                               "Android 13", "iOS 17.4"]), "isSaml": "false"})),
        col("expirednotify", "boolean", "none", pick(False, True)),
        col("local", "boolean", "none", pick(False)),
    ], rows=130, extra=[fk(S, "sessions", "userid", "users")])
    tokens = Table(S, "useraccesstokens", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("uat", i)),
        col("token", "varchar(26)", "secret_token", lambda c, i: mmid(c.r)),
        col("userid", "varchar(26)", "none", _uref),
        col("description", "varchar(512)", "none", pick("Jenkins deploy", "Grafana alerts", "booking-sync",
                                                        "Zabbix", "AIS position bot")),
        col("isactive", "boolean", "none", pick(True, True, False)),
    ], rows=80, extra=[fk(S, "useraccesstokens", "userid", "users")])
    oauth = Table(S, "oauthapps", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("oauth", i)),
        col("creatorid", "varchar(26)", "none", _uref),
        col("createat", "bigint", "none", _ms), col("updateat", "bigint", "none", _ms),
        col("clientsecret", "varchar(128)", "secret_token", lambda c, i: mmid(c.r)),
        col("name", "varchar(64)", "none", pick("Zoom", "Booking portal", "Jira Cloud", "Grafana", "Crew app")),
        col("description", "varchar(512)", "none", pick("SSO για εσωτερικές εφαρμογές", "Crew rota app")),
        col("callbackurls", "varchar(1024)", "none", lambda c, i: f"https://app{i}.kymaferries.gr/oauth/callback"),
        col("homepage", "varchar(256)", "none", lambda c, i: f"https://app{i}.kymaferries.gr"),
        col("istrusted", "boolean", "none", pick(False, True)),
        col("iconurl", "varchar(512)", "none", lambda c, i: ""),
        col("mattermostappid", "varchar(32)", "none", lambda c, i: ""),
    ], rows=10, extra=[fk(S, "oauthapps", "creatorid", "users")])
    hooks = Table(S, "incomingwebhooks", [
        col("id", "varchar(26) PRIMARY KEY", "secret_token", lambda c, i: mm_id("hook", i),
            comment="the id is the secret part of the hook URL /hooks/{id}"),
        col("createat", "bigint", "none", _ms), col("updateat", "bigint", "none", _ms),
        col("deleteat", "bigint", "none", lambda c, i: 0),
        col("userid", "varchar(26)", "none", _uref),
        col("channelid", "varchar(26)", "none", lambda c, i: mm_id("channel", c.r.randint(1, N_CHANNELS))),
        col("teamid", "varchar(26)", "none", lambda c, i: mm_id("team", c.r.randint(1, N_TEAMS))),
        col("displayname", "varchar(64)", "none", pick("Zabbix", "AIS alerts", "Weather Beaufort", "Backups")),
        col("description", "varchar(500)", "none", pick("", "μποφόρ > 8", "nightly backup status")),
        col("username", "varchar(255)", "none", pick("zabbix", "ais-bot", "meteo", "")),
        col("iconurl", "varchar(1024)", "none", lambda c, i: ""),
        col("channellocked", "boolean", "none", pick(False, True)),
    ], rows=80, extra=[fk(S, "incomingwebhooks", "userid", "users"),
                       fk(S, "incomingwebhooks", "channelid", "channels"), fk(S, "incomingwebhooks", "teamid", "teams")])
    status = Table(S, "status", [
        col("userid", "varchar(26) PRIMARY KEY", "none", uid),
        col("status", "varchar(32)", "none", pick("online", "away", "offline", "dnd")),
        col("manual", "boolean", "none", pick(False, True)),
        col("lastactivityat", "bigint", "none", _ms),
        col("dndendtime", "bigint", "none", lambda c, i: 0),
        col("prevstatus", "varchar(32)", "none", pick("", "online")),
    ], rows=N_USERS, extra=[fk(S, "status", "userid", "users")])
    audits = Table(S, "audits", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("audit", i)),
        col("createat", "bigint", "none", _ms),
        col("userid", "varchar(26)", "none", _uref),
        col("action", "varchar(512)", "none", pick("/api/v4/users/login", "/api/v4/users/logout",
                                                   "/api/v4/users/password", "/api/v4/users/mfa")),
        col("extrainfo", "varchar(1024)", "free_text_may_contain_pii", _audit_extra),
        col("ipaddress", "varchar(64)", "ip_address", lambda c, i: public_ip(c.r, (79, 94, 176, 62, 185))),
        col("sessionid", "varchar(26)", "none", lambda c, i: mm_id("session", c.r.randint(1, 130))),
    ], rows=150, extra=[fk(S, "audits", "userid", "users")])
    files = Table(S, "fileinfo", [
        col("id", "varchar(26) PRIMARY KEY", "none", lambda c, i: mm_id("file", i)),
        col("creatorid", "varchar(26)", "none", _uref),
        col("postid", "varchar(26)", "none", lambda c, i: mm_id("post", c.r.randint(1, N_POSTS))),
        col("createat", "bigint", "none", _ms), col("updateat", "bigint", "none", _ms),
        col("deleteat", "bigint", "none", lambda c, i: 0),
        col("path", "varchar(512)", "none", lambda c, i: f"20240{c.r.randint(1, 9)}{c.r.randint(10, 28)}/teams/"
            f"noteam/channels/{mm_id('channel', c.r.randint(1, N_CHANNELS))}/{hexs(c.r, 8)}/file"),
        col("name", "varchar(256)", "none", _file),
        col("extension", "varchar(64)", "none", pick("pdf", "jpg", "xlsx", "png")),
        col("size", "bigint", "none", lambda c, i: c.r.randint(20000, 9000000)),
        col("mimetype", "varchar(256)", "none", pick("application/pdf", "image/jpeg", "image/png")),
        col("width", "integer", "none", lambda c, i: c.r.choice([0, 1920, 4032])),
        col("height", "integer", "none", lambda c, i: c.r.choice([0, 1080, 3024])),
        col("haspreviewimage", "boolean", "none", pick(False, True)),
        col("content", "text", "free_text_may_contain_pii", _file_content),
        col("remoteid", "varchar(26)", "none", lambda c, i: None),
        col("archived", "boolean", "none", pick(False)),
    ], rows=100, extra=[fk(S, "fileinfo", "creatorid", "users"), fk(S, "fileinfo", "postid", "posts")])
    return [users, teams, teammembers, channels, channelmembers, posts, sessions, tokens, oauth, hooks, status,
            audits, files]
