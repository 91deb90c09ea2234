"""ac_mediawiki: MediaWiki 1.39's tables as its PostgreSQL installer names them (mwuser for user, prefixed snake_case
columns), with the CheckUser extension's cu_changes, as a Faroese local-history wiki keeps them."""
from __future__ import annotations

import base64

from .blind27_gens import (cyc, dec, fk, fk_sql, flag, hexs, ip_hex, ipv4, maybe, num, pick, rid, stamp,
                           wpick)
from .blind27_people import pf, person, say
from .gens import Col, Ctx, Table

S, CC, W = "ac_mediawiki", "FO", "fo_user"
N_USERS, N_ACTORS, N_PAGES, N_COMMENTS = 120, 150, 100, 150

_PAGES = ("Klaksvík", "Nólsoyar_Páll", "Ólavsøka", "Tinganes", "Kirkjubøur", "Gjógv", "Saksun", "Slættaratindur",
          "Sandoyartunnilin", "Mykines", "Tórshavnar_kommuna", "Føroya_Løgting", "V._U._Hammershaimb", "Múrurin",
          "Sjóvinnubankin", "Skansin", "Norðoyatunnilin", "Vestmanna", "Hoyvíkar_Búgarður", "Streymoy")
_SUMMARIES = (
    "Stavivillur rættaður", "/* Søga */ dagført", "Nýggj síða: {town} er ein bygd í Føroyum", "typo",
    "Reverted edits by [[Special:Contributions/{ip}|{ip}]] to last revision by [[User:{full}|{full}]]",
    "Mynd frá {o_full} (loyvi fingið við teldupost {o_email})", "Keldur lagdar afturat", "Vandalisma",
    "Tak fyri, {o_given}! Ring til mín á {mobile} um tú hevur fleiri myndir.", "Flutti síðuna",
)
_PROPS = ("gender", "language", "nickname", "timecorrection", "skin", "email-allow-new-users", "fancysig",
          "echo-subscriptions-email-mention", "email-blacklist", "rcdays")
_AGENTS = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Version/17.3 Safari/605.1.15",
           "Mozilla/5.0 (Android 14; Mobile; rv:123.0) Gecko/123.0 Firefox/123.0")
_u = fk(N_USERS, 7)
_a = fk(N_ACTORS, 11)


def _user_name(c: Ctx, i: int) -> str:
    """Small wikis: most accounts are the person's own name, some a handle."""
    p = person(c, W, i, CC)
    return p["full"] if i % 5 else p["login"].capitalize()


def _actor_name(c: Ctx, i: int) -> str:
    return _user_name(c, i) if i <= N_USERS else ipv4(c, i)


def _pbkdf2(c: Ctx, i: int) -> str:
    salt = base64.b64encode(c.r.randbytes(16)).decode()
    return f":pbkdf2:sha512:30000:64:{salt}:{base64.b64encode(c.r.randbytes(64)).decode()}"


def _up_value(c: Ctx, i: int) -> str:
    prop = _PROPS[(i - 1) % len(_PROPS)]
    p = person(c, W, (i * 7) % N_USERS + 1, CC)
    return {"gender": "female" if p["sex"] == "F" else "male", "language": c.r.choice(("fo", "da", "en")),
            "nickname": f"[[Brúkari:{p['full']}|{p['given']}]] ([[Brúkarakjak:{p['full']}|kjak]])",
            "timecorrection": "ZoneInfo|0|Atlantic/Faroe", "skin": c.r.choice(("vector-2022", "timeless")),
            "email-allow-new-users": "0", "fancysig": "1", "echo-subscriptions-email-mention": "1",
            "email-blacklist": f"{c.r.randint(1, N_USERS)}\n{c.r.randint(1, N_USERS)}",
            "rcdays": str(c.r.choice((7, 14, 30)))}[prop]


def _summary(c: Ctx, i: int) -> str:
    return say(_SUMMARIES, W, CC, fk(N_USERS, 3), extra=lambda cc: {"ip": ipv4(cc, i)})(c, i)


def _sha1(c: Ctx, i: int) -> str:
    return "".join(c.r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(31))


def mediawiki_tables() -> list[Table]:
    user = Table(S, "mwuser", [
        Col("user_id", "integer PRIMARY KEY", "none", rid()),
        Col("user_name", "text", "person_name", _user_name),
        Col("user_real_name", "text", "person_name", lambda c, i: c.r.choice(("", pf("full", W, CC)(c, i)))),
        Col("user_password", "text", "credentials", _pbkdf2),
        Col("user_newpassword", "text", "credentials", lambda c, i: "" if c.r.random() < 0.9 else _pbkdf2(c, i)),
        Col("user_newpass_time", "timestamptz", "none", maybe(stamp(2023, 2024), 0.9)),
        Col("user_email", "text", "email", pf("email", W, CC)),
        Col("user_touched", "timestamptz", "none", stamp(2023, 2024)),
        Col("user_token", "text", "secret_token", hexs(32)),
        Col("user_email_authenticated", "timestamptz", "none", maybe(stamp(2012, 2024), 0.2)),
        Col("user_email_token", "text", "secret_token", maybe(hexs(32), 0.8)),
        Col("user_email_token_expires", "timestamptz", "none", maybe(stamp(2024, 2024), 0.8)),
        Col("user_registration", "timestamptz", "none", stamp(2009, 2024)),
        Col("user_editcount", "integer", "none", num(0, 25000)),
        Col("user_password_expires", "timestamptz", "none", maybe(stamp(2025, 2026), 0.95)),
    ], rows=N_USERS)
    actor = Table(S, "actor", [
        Col("actor_id", "bigint PRIMARY KEY", "none", rid()),
        Col("actor_user", "integer", "none", lambda c, i: i if i <= N_USERS else None),
        Col("actor_name", "text", "person_name", _actor_name),
    ], rows=N_ACTORS, extra=[fk_sql(S, "actor", "actor_user", "mwuser", "user_id")])
    page = Table(S, "page", [
        Col("page_id", "integer PRIMARY KEY", "none", rid()),
        Col("page_namespace", "integer", "none", wpick((0, 2, 4, 6, 14), (70, 10, 5, 10, 5))),
        Col("page_title", "text", "none", lambda c, i: _PAGES[(i - 1) % len(_PAGES)] + ("" if i <= 20 else f"/{i}")),
        Col("page_is_redirect", "smallint", "none", flag(0.08)),
        Col("page_is_new", "smallint", "none", flag(0.2)),
        Col("page_random", "numeric(15,14)", "none", dec(0, 1, 14)),
        Col("page_touched", "timestamptz", "none", stamp(2023, 2024)),
        Col("page_links_updated", "timestamptz", "none", stamp(2023, 2024)),
        Col("page_latest", "integer", "none", num(1, 150)),
        Col("page_len", "integer", "none", num(80, 60000)),
        Col("page_content_model", "text", "none", wpick(("wikitext", "css", "javascript"), (95, 3, 2))),
        Col("page_lang", "text", "none", maybe(pick(("fo", "da")), 0.8)),
    ], rows=N_PAGES)
    comment = Table(S, "comment", [
        Col("comment_id", "bigint PRIMARY KEY", "none", rid()),
        Col("comment_hash", "integer", "none", num(-2**31, 2**31 - 1)),
        Col("comment_text", "text", "free_text_may_contain_pii", _summary),
        Col("comment_data", "text", "none", maybe(pick(('{"key":"undo-summary"}', '{"key":"revertpage"}')), 0.85)),
    ], rows=N_COMMENTS)
    revision = Table(S, "revision", [
        Col("rev_id", "integer PRIMARY KEY", "none", rid()),
        Col("rev_page", "integer", "none", fk(N_PAGES, 3)),
        Col("rev_comment_id", "bigint", "none", fk(N_COMMENTS, 1)),
        Col("rev_actor", "bigint", "none", _a),
        Col("rev_timestamp", "timestamptz", "none", stamp(2010, 2024)),
        Col("rev_minor_edit", "smallint", "none", flag(0.3)),
        Col("rev_deleted", "smallint", "none", wpick((0, 1, 4), (95, 3, 2))),
        Col("rev_len", "integer", "none", num(80, 60000)),
        Col("rev_parent_id", "integer", "none", lambda c, i: max(0, i - c.r.randint(1, 9))),
        Col("rev_sha1", "text", "none", _sha1),
    ], rows=150, extra=[fk_sql(S, "revision", "rev_page", "page", "page_id"),
                        fk_sql(S, "revision", "rev_comment_id", "comment", "comment_id"),
                        fk_sql(S, "revision", "rev_actor", "actor", "actor_id")])
    rc = Table(S, "recentchanges", [
        Col("rc_id", "integer PRIMARY KEY", "none", rid()),
        Col("rc_timestamp", "timestamptz", "none", stamp(2024, 2024)),
        Col("rc_actor", "bigint", "none", _a),
        Col("rc_namespace", "integer", "none", wpick((0, 2, 3, 6), (75, 8, 7, 10))),
        Col("rc_title", "text", "none", pick(_PAGES)),
        Col("rc_comment_id", "bigint", "none", fk(N_COMMENTS, 7)),
        Col("rc_minor", "smallint", "none", flag(0.3)),
        Col("rc_bot", "smallint", "none", flag(0.05)),
        Col("rc_new", "smallint", "none", flag(0.1)),
        Col("rc_cur_id", "integer", "none", num(1, N_PAGES)),
        Col("rc_this_oldid", "integer", "none", num(1, 150)),
        Col("rc_last_oldid", "integer", "none", num(0, 150)),
        Col("rc_type", "smallint", "none", wpick((0, 1, 3), (75, 10, 15))),
        Col("rc_source", "text", "none", wpick(("mw.edit", "mw.new", "mw.log"), (75, 10, 15))),
        Col("rc_patrolled", "smallint", "none", pick((0, 1, 2))),
        Col("rc_ip", "text", "ip_address", ipv4),
        Col("rc_old_len", "integer", "none", num(0, 60000)),
        Col("rc_new_len", "integer", "none", num(0, 60000)),
        Col("rc_deleted", "smallint", "none", wpick((0, 1), (97, 3))),
    ], rows=150, extra=[fk_sql(S, "recentchanges", "rc_actor", "actor", "actor_id")])
    blocks = Table(S, "ipblocks", [
        Col("ipb_id", "integer PRIMARY KEY", "none", rid()),
        Col("ipb_address", "text", "ip_address", lambda c, i: _user_name(c, i) if i % 9 == 0 else
            c.r.choice((ipv4(c, i), ipv4(c, i), ipv4(c, i).rsplit(".", 1)[0] + ".0/24"))),
        Col("ipb_user", "integer", "none", lambda c, i: i if i % 9 == 0 else 0),
        Col("ipb_by_actor", "bigint", "none", fk(6, 1)),
        Col("ipb_reason_id", "bigint", "none", fk(N_COMMENTS, 5)),
        Col("ipb_timestamp", "timestamptz", "none", stamp(2015, 2024)),
        Col("ipb_auto", "smallint", "none", flag(0.1)),
        Col("ipb_anon_only", "smallint", "none", flag(0.6)),
        Col("ipb_create_account", "smallint", "none", flag(0.9)),
        Col("ipb_enable_autoblock", "smallint", "none", flag(0.5)),
        Col("ipb_expiry", "text", "none", lambda c, i: c.r.choice(("infinity", stamp(2024, 2026)(c, i).isoformat()))),
        Col("ipb_range_start", "text", "ip_address", ip_hex),
        Col("ipb_range_end", "text", "ip_address", ip_hex),
        Col("ipb_deleted", "smallint", "none", wpick((0, 1), (97, 3))),
        Col("ipb_block_email", "smallint", "none", flag(0.2)),
        Col("ipb_sitewide", "smallint", "none", flag(0.9)),
    ], rows=80, extra=[fk_sql(S, "ipblocks", "ipb_by_actor", "actor", "actor_id")])
    props = Table(S, "user_properties", [
        Col("up_user", "integer", "none", lambda c, i: (i * 7) % N_USERS + 1),
        Col("up_property", "text", "none", cyc(_PROPS)),
        Col("up_value", "text", "free_text_may_contain_pii", _up_value),
    ], rows=150, extra=[fk_sql(S, "user_properties", "up_user", "mwuser", "user_id")])
    bots = Table(S, "bot_passwords", [
        Col("bp_user", "integer", "none", _u),
        Col("bp_app_id", "text", "none", pick(("AWB", "pywikibot", "upload-bot", "Kortbot"))),
        Col("bp_password", "text", "credentials", _pbkdf2),
        Col("bp_token", "text", "secret_token", hexs(32)),
        Col("bp_restrictions", "text", "none", pick(('{"IPAddresses":["0.0.0.0/0","::/0"]}',))),
        Col("bp_grants", "text", "none", pick(('["basic","editpage"]', '["basic","uploadfile","editpage"]'))),
    ], rows=30, extra=[fk_sql(S, "bot_passwords", "bp_user", "mwuser", "user_id")])
    cu = Table(S, "cu_changes", [
        Col("cuc_id", "integer PRIMARY KEY", "none", rid()),
        Col("cuc_namespace", "integer", "none", wpick((0, 2, 3), (80, 10, 10))),
        Col("cuc_title", "text", "none", pick(_PAGES)),
        Col("cuc_actor", "bigint", "none", fk(N_ACTORS, 13)),
        Col("cuc_actiontext", "text", "none", pick(("", "", "created a new account", "uploaded a file"))),
        Col("cuc_comment_id", "bigint", "none", fk(N_COMMENTS, 9)),
        Col("cuc_minor", "smallint", "none", flag(0.3)),
        Col("cuc_page_id", "integer", "none", num(1, N_PAGES)),
        Col("cuc_this_oldid", "integer", "none", num(1, 150)),
        Col("cuc_timestamp", "timestamptz", "none", stamp(2024, 2024)),
        Col("cuc_ip", "text", "ip_address", ipv4),
        Col("cuc_ip_hex", "text", "ip_address", ip_hex),
        Col("cuc_xff", "text", "ip_address", lambda c, i: c.r.choice(("", "", ipv4(c, i)))),
        Col("cuc_xff_hex", "text", "ip_address", lambda c, i: c.r.choice(("", None, ip_hex(c, i)))),
        Col("cuc_agent", "text", "none", pick(_AGENTS)),
    ], rows=150, extra=[fk_sql(S, "cu_changes", "cuc_actor", "actor", "actor_id")])
    watch = Table(S, "watchlist", [
        Col("wl_id", "integer PRIMARY KEY", "none", rid()),
        Col("wl_user", "integer", "none", fk(N_USERS, 13)),
        Col("wl_namespace", "integer", "none", pick((0, 1, 2))),
        Col("wl_title", "text", "none", pick(_PAGES)),
        Col("wl_notificationtimestamp", "timestamptz", "none", maybe(stamp(2024, 2024), 0.7)),
    ], rows=120, extra=[fk_sql(S, "watchlist", "wl_user", "mwuser", "user_id")])
    return [user, actor, page, comment, revision, rc, blocks, props, bots, cu, watch]

