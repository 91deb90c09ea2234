"""ad_openfire: the Openfire XMPP server's tables (camelCase, as in its DDL) recreated from memory, as run by a
Curaçao water and power utility for its office and field crews."""
from __future__ import annotations

from .blind28_gens import (const, fill, fk, fk_sql, hexstr, ident, maybe, millis, num, one_of, per, pick,
                           shared, token)
from .gens import Col, Table

S, CC = "ad_openfire", "cw"
N_USERS, N_ROSTER, N_GROUPS, N_ROOMS, N_CONV = 140, 150, 12, 30, 100
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DOMAIN = "chat.utility.example.cw"
UREF = fk(N_USERS, 7)
USER = per(CC, "staff", "user")


def _user(ref):
    return per(CC, "staff", "user", ref)


def _jid(ref):
    return lambda c, i: _user(ref)(c, i) + "@" + DOMAIN


PROPS = [("xmpp.domain", DOMAIN), ("xmpp.fqdn", "xmpp01." + DOMAIN), ("ldap.host", "ldap.utility.example.cw"),
         ("ldap.port", "636"), ("ldap.baseDN", "ou=staff,dc=utility,dc=cw"), ("ldap.adminDN", "cn=openfire,dc=cw"),
         ("ldap.adminPassword", None), ("ldap.sslEnabled", "true"), ("ldap.usernameField", "sAMAccountName"),
         ("mail.smtp.host", "smtp.utility.example.cw"), ("mail.smtp.username", "openfire"),
         ("mail.smtp.password", None), ("xmpp.auth.anonymous", "false"), ("xmpp.socket.ssl.active", "true"),
         ("admin.authorizedJIDs", "admin@" + DOMAIN), ("provider.auth.className",
                                                       "org.jivesoftware.openfire.ldap.LdapAuthProvider"),
         ("xmpp.session.conflict-limit", "0"), ("conversation.metadataArchiving", "true"),
         ("conversation.messageArchiving", "true"), ("conversation.roomArchiving", "true"),
         ("conversation.maxRetrievable", "30"), ("xmpp.httpbind.enabled", "true"),
         ("plugin.restapi.secret", None), ("update.lastCheck", "1735689600000")]
CUSTOMER = "customer"
MESSAGES = [
    fill("Meter replaced at {a}, customer {n}, tel {m}. Seal nr in the job sheet.", a=per(CC, CUSTOMER, "address"),
         n=per(CC, CUSTOMER, "name"), m=per(CC, CUSTOMER, "mobile")),
    const("Pump station Mahaai back online, pressure normal."),
    const("Shift change at 14:00, truck 12 needs diesel."),
    fill("Can someone call {n} back on {m}? Leak in front of the house since this morning.",
         n=per(CC, CUSTOMER, "name"), m=per(CC, CUSTOMER, "landline")),
    const("Outage Santa Rosa feeder 3 restored 11:42."),
    fill("Reconnection approved for {a}, arrears paid at the Punda office.", a=per(CC, CUSTOMER, "address")),
    const("Meeting moved to the Parera building, room 2."),
]


def _stanza(body):
    return lambda c, i: (f'<message to="{_jid(UREF)(c, i)}" type="chat"><body>'
                         f"{body(c, i)}</body></message>")


def openfire_tables() -> list[Table]:
    off_msg, log_msg, arc_msg = (shared(key, one_of(*MESSAGES)) for key in ("offline", "muclog", "archive"))
    users = Table(S, "ofUser", [
        Col("username", "varchar(64) PRIMARY KEY", "none", USER),
        Col("storedKey", "varchar(32)", "credentials", token(28, B64)),
        Col("serverKey", "varchar(32)", "credentials", token(28, B64)),
        Col("salt", "varchar(32)", "credentials", token(32, B64)),
        Col("iterations", "integer", "none", const(4096)),
        Col("plainPassword", "varchar(32)", "credentials", maybe(pick("Aqua2019!", "welkom01", "Kaya123", "cw-crew4"),
                                                                  0.9)),
        Col("encryptedPassword", "varchar(255)", "credentials", maybe(hexstr(80), 0.2)),
        Col("name", "varchar(100)", "person_name", per(CC, "staff", "name")),
        Col("email", "varchar(100)", "email", lambda c, i: per(CC, "staff", "user")(c, i) + "@utility.example.cw"),
        Col("creationDate", "char(15)", "none", millis(2015, 2021)),
        Col("modificationDate", "char(15)", "none", millis(2022, 2025)),
    ], rows=N_USERS)
    prop = Table(S, "ofUserProp", [
        Col("username", "varchar(64)", "none", _user(UREF)),
        Col("name", "varchar(100)", "none", pick("console.rows_per_page", "openfire.locale", "spark.theme")),
        Col("propValue", "text", "none", pick("25", "nl", "pap", "dark", "100")),
    ], rows=90, extra=[fk_sql(S, "ofUserProp", "username", "ofUser", "username")])
    uflag = Table(S, "ofUserFlag", [
        Col("username", "varchar(64)", "none", _user(fk(N_USERS, 5))),
        Col("name", "varchar(100)", "none", const("locked")),
        Col("startTime", "char(15)", "none", millis(2023, 2025)),
        Col("endTime", "char(15)", "none", maybe(millis(2025, 2026), 0.5)),
    ], rows=80, extra=[fk_sql(S, "ofUserFlag", "username", "ofUser", "username")])
    vcard = Table(S, "ofVCard", [
        Col("username", "varchar(64)", "none", USER),
        Col("vcard", "text", "free_text_may_contain_pii", fill(
            '<vCard xmlns="vcard-temp"><FN>{n}</FN><N><FAMILY>{l}</FAMILY><GIVEN>{f}</GIVEN></N>'
            "<TEL><WORK/><VOICE/><NUMBER>{t}</NUMBER></TEL><TEL><CELL/><NUMBER>{m}</NUMBER></TEL>"
            "<EMAIL><INTERNET/><USERID>{u}@utility.example.cw</USERID></EMAIL><ORG><ORGNAME>Distribution</ORGNAME>"
            "</ORG><BDAY>{b}</BDAY></vCard>", n=per(CC, "staff", "name"), l=per(CC, "staff", "last"),
            f=per(CC, "staff", "first"), t=per(CC, "staff", "landline"), m=per(CC, "staff", "mobile"), u=USER,
            b=per(CC, "staff", "born"))),
    ], rows=120, extra=[fk_sql(S, "ofVCard", "username", "ofUser", "username")])
    presence = Table(S, "ofPresence", [
        Col("username", "varchar(64)", "none", USER),
        Col("offlinePresence", "text", "none", maybe(fill("<presence><status>{s}</status></presence>", s=pick(
            "Away", "In the field - Otrobanda", "Lunch", "Control room", "Do not disturb")), 0.3)),
        Col("offlineDate", "char(15)", "none", millis(2025, 2025)),
    ], rows=110, extra=[fk_sql(S, "ofPresence", "username", "ofUser", "username")])
    roster = Table(S, "ofRoster", [
        Col("rosterID", "integer PRIMARY KEY", "none", ident),
        Col("username", "varchar(64)", "none", _user(UREF)),
        Col("jid", "varchar(1024)", "none", _jid(fk(N_USERS, 13))),
        Col("sub", "smallint", "none", pick(0, 1, 2, 3, 3, 3)),
        Col("ask", "smallint", "none", pick(-1, -1, 0)),
        Col("recv", "smallint", "none", pick(-1, -1, 1)),
        Col("nick", "varchar(255)", "person_name", lambda c, i: per(CC, "staff", "first", fk(N_USERS, 13))(c, i) + " "
            + per(CC, "staff", "last", fk(N_USERS, 13))(c, i)[0] + "."),
    ], rows=N_ROSTER, extra=[fk_sql(S, "ofRoster", "username", "ofUser", "username")])
    rgroups = Table(S, "ofRosterGroups", [
        Col("rosterID", "integer", "none", fk(N_ROSTER, 3)),
        Col("rank", "integer", "none", num(0, 2)),
        Col("groupName", "varchar(255)", "none", pick("Crew", "Office", "Friends", "Supervisors")),
    ], rows=140, extra=[fk_sql(S, "ofRosterGroups", "rosterID", "ofRoster", "rosterID")])
    offline = Table(S, "ofOffline", [
        Col("username", "varchar(64)", "none", _user(fk(N_USERS, 17))),
        Col("messageID", "bigint", "none", ident),
        Col("creationDate", "char(15)", "none", millis(2025, 2025)),
        Col("messageSize", "integer", "none", num(120, 900)),
        Col("stanza", "text", "free_text_may_contain_pii", _stanza(off_msg)),
    ], rows=90, extra=[fk_sql(S, "ofOffline", "username", "ofUser", "username")])
    groups = Table(S, "ofGroup", [
        Col("groupName", "varchar(50) PRIMARY KEY", "none", lambda c, i: ["Distribution", "Production", "Meter crew",
                                                                          "Billing", "Control room", "IT", "Fleet",
                                                                          "Customer service", "Management", "Safety",
                                                                          "Stores", "Field east"][i - 1]),
        Col("description", "varchar(255)", "none", pick("Shared roster group", "Department", "")),
    ], rows=N_GROUPS)
    gusers = Table(S, "ofGroupUser", [
        Col("groupName", "varchar(50)", "none", lambda c, i: ["Distribution", "Production", "Meter crew", "Billing",
                                                               "Control room", "IT", "Fleet", "Customer service",
                                                               "Management", "Safety", "Stores", "Field east"][i % 12]),
        Col("username", "varchar(64)", "none", USER),
        Col("administrator", "smallint", "none", pick(0, 0, 0, 1)),
    ], rows=N_USERS, extra=[fk_sql(S, "ofGroupUser", "groupName", "ofGroup", "groupName"),
                            fk_sql(S, "ofGroupUser", "username", "ofUser", "username")])
    rooms = Table(S, "ofMucRoom", [
        Col("serviceID", "bigint", "none", const(1)),
        Col("roomID", "bigint PRIMARY KEY", "none", ident),
        Col("creationDate", "char(15)", "none", millis(2016, 2022)),
        Col("modificationDate", "char(15)", "none", millis(2023, 2025)),
        Col("name", "varchar(50)", "none", lambda c, i: f"room{i}"),
        Col("naturalName", "varchar(255)", "none", pick("Storingen", "Meter crew east", "Control room", "Billing help",
                                                        "Fleet", "Outage Santa Rosa", "Managers")),
        Col("description", "varchar(255)", "none", pick("Faults and outages", "Daily dispatch", "Questions")),
        Col("lockedDate", "char(15)", "none", const("000000000000000")),
        Col("emptyDate", "char(15)", "none", maybe(millis(2025, 2025))),
        Col("canChangeSubject", "integer", "none", pick(0, 1)),
        Col("maxUsers", "integer", "none", pick(30, 50, 100)),
        Col("publicRoom", "integer", "none", pick(0, 1)),
        Col("moderated", "integer", "none", pick(0, 1)),
        Col("membersOnly", "integer", "none", pick(0, 1)),
        Col("canInvite", "integer", "none", pick(0, 1)),
        Col("roomPassword", "varchar(50)", "credentials", maybe(pick("storing2024", "m3ter!", "kontrol"), 0.6)),
        Col("canDiscoverJID", "integer", "none", pick(0, 1)),
        Col("logEnabled", "integer", "none", const(1)),
        Col("subject", "varchar(100)", "none", maybe(pick("Feeder 3 work Saturday", "New tablets for crews"), 0.5)),
    ], rows=N_ROOMS)
    affil = Table(S, "ofMucAffiliation", [
        Col("roomID", "bigint", "none", fk(N_ROOMS)),
        Col("jid", "text", "none", _jid(fk(N_USERS, 3))),
        Col("affiliation", "smallint", "none", pick(10, 20, 20, 30)),
    ], rows=120, extra=[fk_sql(S, "ofMucAffiliation", "roomID", "ofMucRoom", "roomID")])
    member = Table(S, "ofMucMember", [
        Col("roomID", "bigint", "none", fk(N_ROOMS, 5)),
        Col("jid", "text", "none", _jid(fk(N_USERS, 9))),
        Col("nickname", "varchar(255)", "person_name", per(CC, "staff", "first", fk(N_USERS, 9))),
        Col("firstName", "varchar(100)", "person_name", per(CC, "staff", "first", fk(N_USERS, 9))),
        Col("lastName", "varchar(100)", "person_name", per(CC, "staff", "last", fk(N_USERS, 9))),
        Col("url", "varchar(100)", "none", maybe(const("https://intranet.utility.example.cw"), 0.8)),
        Col("email", "varchar(100)", "email", lambda c, i: _user(fk(N_USERS, 9))(c, i) + "@utility.example.cw"),
        Col("faqentry", "varchar(100)", "none", maybe(pick("crew lead", "night shift", "billing"), 0.5)),
    ], rows=130, extra=[fk_sql(S, "ofMucMember", "roomID", "ofMucRoom", "roomID")])
    log = Table(S, "ofMucConversationLog", [
        Col("serviceID", "bigint", "none", const(1)),
        Col("roomID", "bigint", "none", fk(N_ROOMS, 11)),
        Col("messageID", "bigint", "none", ident),
        Col("sender", "varchar(1024)", "none", _jid(UREF)),
        Col("nickname", "varchar(255)", "person_name", per(CC, "staff", "name", UREF)),
        Col("logTime", "char(15)", "none", millis(2024, 2025)),
        Col("subject", "varchar(255)", "none", maybe(pick("Feeder 3 work Saturday", "Storingen"), 0.9)),
        Col("body", "text", "free_text_may_contain_pii", log_msg),
        Col("stanza", "text", "free_text_may_contain_pii", _stanza(log_msg)),
    ], rows=150, extra=[fk_sql(S, "ofMucConversationLog", "roomID", "ofMucRoom", "roomID")])
    audit = Table(S, "ofSecurityAuditLog", [
        Col("msgID", "bigint", "none", ident),
        Col("username", "varchar(64)", "none", const("admin")),
        Col("entryStamp", "bigint", "none", lambda c, i: int(millis(2023, 2025)(c, i))),
        Col("summary", "varchar(255)", "none", pick("Created new user", "Updated user", "Deleted group member",
                                                    "Reset password")),
        Col("node", "varchar(255)", "none", pick("xmpp01.utility.example.cw", "xmpp02.utility.example.cw")),
        Col("details", "text", "free_text_may_contain_pii", one_of(
            fill("name = {n}, email = {u}@utility.example.cw, admin = false", n=per(CC, "staff", "name", UREF),
                 u=_user(UREF)), const("group = Meter crew"), const("property xmpp.auth.anonymous = false"))),
    ], rows=100)
    props = Table(S, "ofProperty", [
        Col("name", "varchar(100) PRIMARY KEY", "none", lambda c, i: PROPS[i - 1][0]),
        Col("propValue", "text", "credentials", lambda c, i: PROPS[i - 1][1] or hexstr(64)(c, i),
            comment="server settings; the LDAP bind and SMTP passwords are stored here encrypted"),
        Col("encrypted", "integer", "none", lambda c, i: int(PROPS[i - 1][1] is None)),
        Col("iv", "char(24)", "none", lambda c, i: None if PROPS[i - 1][1] else token(24, B64)(c, i)),
    ], rows=len(PROPS))
    conv = Table(S, "ofConversation", [
        Col("conversationID", "bigint PRIMARY KEY", "none", ident),
        Col("room", "varchar(1024)", "none", maybe(lambda c, i: f"room{fk(N_ROOMS)(c, i)}@conference.{DOMAIN}", 0.6)),
        Col("isExternal", "smallint", "none", pick(0, 0, 1)),
        Col("startDate", "bigint", "none", lambda c, i: int(millis(2024, 2025)(c, i))),
        Col("lastActivity", "bigint", "none", lambda c, i: int(millis(2025, 2025)(c, i))),
        Col("messageCount", "integer", "none", num(1, 300)),
    ], rows=N_CONV)
    archive = Table(S, "ofMessageArchive", [
        Col("messageID", "bigint", "none", ident),
        Col("conversationID", "bigint", "none", fk(N_CONV, 3)),
        Col("fromJID", "varchar(1024)", "none", _jid(UREF)),
        Col("fromJIDResource", "varchar(1024)", "none", pick("Spark", "Conversations", "Gajim", "tablet")),
        Col("toJID", "varchar(1024)", "none", _jid(fk(N_USERS, 13))),
        Col("toJIDResource", "varchar(1024)", "none", maybe(pick("Spark", "Conversations"), 0.4)),
        Col("sentDate", "bigint", "none", lambda c, i: int(millis(2024, 2025)(c, i))),
        Col("stanza", "text", "free_text_may_contain_pii", _stanza(arc_msg)),
        Col("body", "text", "free_text_may_contain_pii", arc_msg),
    ], rows=150, extra=[fk_sql(S, "ofMessageArchive", "conversationID", "ofConversation", "conversationID")])
    part = Table(S, "ofConParticipant", [
        Col("conversationID", "bigint", "none", fk(N_CONV, 7)),
        Col("joinedDate", "bigint", "none", lambda c, i: int(millis(2024, 2025)(c, i))),
        Col("leftDate", "bigint", "none", maybe(lambda c, i: int(millis(2025, 2025)(c, i)), 0.3)),
        Col("bareJID", "varchar(255)", "none", _jid(fk(N_USERS, 19))),
        Col("jidResource", "varchar(255)", "none", pick("Spark", "Conversations", "Gajim")),
        Col("nickname", "varchar(255)", "person_name", maybe(per(CC, "staff", "first", fk(N_USERS, 19)), 0.4)),
    ], rows=140, extra=[fk_sql(S, "ofConParticipant", "conversationID", "ofConversation", "conversationID")])
    return [users, prop, uflag, vcard, presence, roster, rgroups, offline, groups, gusers, rooms, affil, member, log,
            audit, props, conv, archive, part]
