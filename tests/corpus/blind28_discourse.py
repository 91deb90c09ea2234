"""ad_discourse: Discourse (forum software) as recreated from memory, for a Barbadian neighbourhood forum."""
from __future__ import annotations

from .blind28_gens import (birth_md, const, fill, fk, fk_sql, flag, hexstr, ident, ipv4, maybe, num, one_of,
                           pbkdf2_hex, per, pick, sha256_of, shared, token, when)
from .gens import Col, Table

S, CC = "ad_discourse", "bb"
N_USERS, N_TOPICS, N_POSTS, N_CATS = 140, 110, 150, 24
IP = ipv4("190.93", "186.44", "200.50", "69.57", "190.6")
UID = fk(N_USERS, 11)
MENTION = per(CC, "mention", "name")

POSTS = [
    fill("Anyone know a good mechanic around Wildey? Call {n} on {m}, he fixed my Corolla for $150.", n=MENTION,
         m=per(CC, "mention", "mobile")),
    const("Soup Bowl was pumping this morning, 4-6 ft, offshore until about 10."),
    fill("Lost dog near Rockley, brown pothound with a red collar. Please email {e} if you see him.",
         e=per(CC, "mention", "email")),
    const("Water outage again on the ridge in St. Joseph. BWA says crews are on the way."),
    fill("Thanks to {n} for organising the beach clean-up at Brandons, great turnout!", n=MENTION),
    const("Does anybody have the fish fry times for Oistins this Friday?"),
    fill("Selling a fridge, good condition, $400 BBD. WhatsApp {m}.", m=per(CC, "mention", "mobile")),
    const("Reminder: keep threads civil. Political campaigning belongs in the Parliament watch category."),
    const("Road works on the ABC Highway near Warrens roundabout, expect delays all week."),
]
BIOS_ = [const("Surfer, cook, proud Bajan."), fill("Fisherman out of Oistins. Fresh flying fish, call {m}.",
                                                   m=per(CC, "user", "mobile")),
        const("Retired teacher. Gardening and cricket."), const(""),
        fill("Tour guide in Speightstown - bookings {e}", e=per(CC, "user", "email"))]
BIO = shared("bio", one_of(*BIOS_))
POST = shared("post", one_of(*POSTS))


def discourse_tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("username", "varchar(60)", "none", per(CC, "user", "user")),
        Col("username_lower", "varchar(60)", "none", lambda c, i: per(CC, "user", "user")(c, i).lower()),
        Col("name", "varchar", "person_name", per(CC, "user", "name")),
        Col("created_at", "timestamp", "none", when(2017, 2022)),
        Col("updated_at", "timestamp", "none", when(2023, 2025)),
        Col("active", "boolean", "none", flag(0.9)),
        Col("admin", "boolean", "none", flag(0.03)),
        Col("moderator", "boolean", "none", flag(0.06)),
        Col("trust_level", "integer", "none", num(0, 4)),
        Col("approved", "boolean", "none", flag(0.95)),
        Col("last_seen_at", "timestamp", "none", when(2024, 2025)),
        Col("last_posted_at", "timestamp", "none", maybe(when(2023, 2025))),
        Col("suspended_at", "timestamp", "none", maybe(when(2022, 2025), 0.95)),
        Col("date_of_birth", "date", "birth_date", maybe(birth_md(CC, "user"), 0.4),
            comment="cakeday: month and day only, the year is always 1904"),
        Col("ip_address", "inet", "ip_address", IP),
        Col("registration_ip_address", "inet", "ip_address", maybe(IP, 0.1)),
        Col("title", "varchar", "none", maybe(pick("Regular", "Leader", "Moderator", "Founding member"), 0.7)),
        Col("locale", "varchar(10)", "none", maybe(pick("en", "en_GB"), 0.6)),
    ], rows=N_USERS)
    emails = Table(S, "user_emails", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", ident),
        Col("email", "varchar(513)", "email", per(CC, "user", "email")),
        Col("primary", "boolean", "none", const(True)),
        Col("created_at", "timestamp", "none", when(2017, 2022)),
        Col("updated_at", "timestamp", "none", when(2023, 2025)),
        Col("normalized_email", "varchar", "email", lambda c, i: per(CC, "user", "email")(c, i).lower()),
    ], rows=N_USERS, extra=[fk_sql(S, "user_emails", "user_id", "users")])
    passwords = Table(S, "user_passwords", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", ident),
        Col("password_hash", "varchar(64)", "credentials", pbkdf2_hex),
        Col("password_salt", "varchar(32)", "credentials", hexstr(32)),
        Col("password_algorithm", "varchar(64)", "none", const("$pbkdf2-sha256$i=600000,l=32$")),
        Col("password_expired_at", "timestamp", "none", maybe(when(2024, 2025), 0.9)),
    ], rows=130, extra=[fk_sql(S, "user_passwords", "user_id", "users")])
    profiles = Table(S, "user_profiles", [
        Col("user_id", "integer PRIMARY KEY", "none", ident),
        Col("location", "varchar", "none", maybe(pick("Bridgetown", "Holetown, St. James", "Oistins", "Speightstown",
                                                       "St. Philip", "Warrens", "Bathsheba", "Barbados"), 0.3)),
        Col("website", "varchar", "none", maybe(pick("https://bajansurf.example.bb", "https://instagram.com/",
                                                      "https://facebook.com/"), 0.7)),
        Col("bio_raw", "text", "free_text_may_contain_pii", BIO),
        Col("bio_cooked", "text", "free_text_may_contain_pii", lambda c, i: "<p>" + BIO(c, i) + "</p>"),
        Col("featured_topic_id", "integer", "none", maybe(fk(N_TOPICS), 0.8)),
    ], rows=N_USERS, extra=[fk_sql(S, "user_profiles", "user_id", "users")])
    fields = Table(S, "user_custom_fields", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", ident),
        Col("name", "varchar(256)", "none", const("user_field_1")),
        Col("value", "text", "phone", per(CC, "user", "mobile"),
            comment="user_field_1 is the optional 'WhatsApp number' sign-up field"),
        Col("created_at", "timestamp", "none", when(2017, 2022)),
        Col("updated_at", "timestamp", "none", when(2023, 2025)),
    ], rows=96, extra=[fk_sql(S, "user_custom_fields", "user_id", "users")])
    auth = Table(S, "user_auth_tokens", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", UID),
        Col("auth_token", "varchar", "secret_token", token(44, prefix="")),
        Col("prev_auth_token", "varchar", "secret_token", token(44)),
        Col("user_agent", "varchar", "none", pick("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                                  "Mozilla/5.0 (Linux; Android 14; SM-A546E)",
                                                  "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "DiscourseHub")),
        Col("auth_token_seen", "boolean", "none", flag(0.9)),
        Col("client_ip", "inet", "ip_address", IP),
        Col("created_at", "timestamp", "none", when(2024, 2025)),
        Col("seen_at", "timestamp", "none", when(2025, 2025)),
    ], rows=150, extra=[fk_sql(S, "user_auth_tokens", "user_id", "users")])
    keys = Table(S, "api_keys", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", maybe(fk(5), 0.5)),
        Col("created_by_id", "integer", "none", fk(5)),
        Col("created_at", "timestamp", "none", when(2019, 2025)),
        Col("allowed_ips", "inet[]", "none", maybe(pick("{104.131.20.5}", "{10.20.0.0/16}"), 0.7)),
        Col("last_used_at", "timestamp", "none", maybe(when(2024, 2025), 0.2)),
        Col("revoked_at", "timestamp", "none", maybe(when(2023, 2025), 0.8)),
        Col("description", "text", "none", pick("Zapier sync", "backup script", "chat bridge", "newsletter export",
                                                "mobile app push")),
        Col("key_hash", "varchar", "secret_token", sha256_of(token(64, "0123456789abcdef"))),
        Col("truncated_key", "varchar", "none", hexstr(4)),
    ], rows=40, extra=[fk_sql(S, "api_keys", "user_id", "users")])
    etok = Table(S, "email_tokens", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", UID),
        Col("email", "varchar", "email", per(CC, "user", "email", UID)),
        Col("confirmed", "boolean", "none", flag(0.8)),
        Col("expired", "boolean", "none", flag(0.3)),
        Col("created_at", "timestamp", "none", when(2017, 2025)),
        Col("token_hash", "varchar", "secret_token", sha256_of(token(32))),
        Col("scope", "integer", "none", num(1, 4)),
    ], rows=150, extra=[fk_sql(S, "email_tokens", "user_id", "users")])
    second = Table(S, "user_second_factors", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", fk(N_USERS, 3)),
        Col("method", "integer", "none", pick(1, 2)),
        Col("data", "varchar", "secret_token", token(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
        Col("enabled", "boolean", "none", flag(0.9)),
        Col("created_at", "timestamp", "none", when(2021, 2025)),
        Col("last_used", "timestamp", "none", maybe(when(2025, 2025))),
        Col("name", "varchar", "none", pick("Authenticator", "Phone", "Google Authenticator", "backup codes")),
    ], rows=84, extra=[fk_sql(S, "user_second_factors", "user_id", "users")])
    cats = Table(S, "categories", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("name", "varchar(50)", "none", lambda c, i: ["General", "Surf report", "Lost & found", "For sale", "Road "
                                                         "works", "Parliament watch", "Food", "Cricket", "Events",
                                                         "Site feedback", "Jobs", "Weather"][i % 12] + f" {i}"),
        Col("description", "text", "none", pick("Post here about anything on the island.",
                                                "Listings only, no business spam.", "Be civil.")),
        Col("color", "varchar(6)", "none", hexstr(6)),
        Col("user_id", "integer", "none", fk(3)),
        Col("topic_count", "integer", "none", num(0, 300)),
        Col("read_restricted", "boolean", "none", flag(0.1)),
    ], rows=N_CATS, extra=[fk_sql(S, "categories", "user_id", "users")])
    topics = Table(S, "topics", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("title", "varchar", "none", pick("Surf report Soup Bowl", "Water outage St. Joseph", "Fish fry Oistins",
                                             "Best roti in Bridgetown?", "Crop Over bands 2025", "ZR route 11 changes",
                                             "Power cut Christ Church", "Selling surfboard")),
        Col("last_posted_at", "timestamp", "none", when(2024, 2025)),
        Col("created_at", "timestamp", "none", when(2019, 2025)),
        Col("posts_count", "integer", "none", num(1, 80)),
        Col("user_id", "integer", "none", UID),
        Col("last_post_user_id", "integer", "none", fk(N_USERS, 13)),
        Col("category_id", "integer", "none", fk(N_CATS)),
        Col("visible", "boolean", "none", flag(0.95)),
        Col("archetype", "varchar", "none", pick("regular", "regular", "private_message")),
    ], rows=N_TOPICS, extra=[fk_sql(S, "topics", "user_id", "users"), fk_sql(S, "topics", "category_id", "categories")])
    posts = Table(S, "posts", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", UID),
        Col("topic_id", "integer", "none", fk(N_TOPICS, 3)),
        Col("post_number", "integer", "none", num(1, 60)),
        Col("raw", "text", "free_text_may_contain_pii", POST),
        Col("cooked", "text", "free_text_may_contain_pii", lambda c, i: "<p>" + POST(c, i) + "</p>"),
        Col("created_at", "timestamp", "none", when(2019, 2025)),
        Col("like_count", "integer", "none", num(0, 30)),
        Col("post_type", "integer", "none", pick(1, 1, 1, 2, 3)),
        Col("reply_to_user_id", "integer", "none", maybe(fk(N_USERS, 5), 0.6)),
        Col("edit_reason", "varchar", "none", maybe(pick("typo", "added photo", "removed phone number"), 0.8)),
        Col("via_email", "boolean", "none", flag(0.1)),
        Col("raw_email", "text", "free_text_may_contain_pii", maybe(fill(
            "From: {n} <{e}>\nTo: replies@neighbours.example.bb\nSubject: Re: Fish fry Oistins\n\nSee you there.",
            n=per(CC, "user", "name", UID), e=per(CC, "user", "email", UID)), 0.85)),
    ], rows=N_POSTS, extra=[fk_sql(S, "posts", "user_id", "users"), fk_sql(S, "posts", "topic_id", "topics")])
    incoming = Table(S, "incoming_emails", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("user_id", "integer", "none", maybe(UID, 0.2)),
        Col("post_id", "integer", "none", maybe(fk(N_POSTS), 0.3)),
        Col("raw", "text", "free_text_may_contain_pii", fill(
            "Return-Path: <{e}>\nFrom: {n} <{e}>\nSubject: Re: Power cut Christ Church\n\nSame here in Maxwell.\n"
            "--\n{n}\n{m}", n=per(CC, "sender", "name"), e=per(CC, "sender", "email"), m=per(CC, "sender", "mobile"))),
        Col("error", "varchar", "none", maybe(pick("Email::Receiver::TooShortPost", "Email::Receiver::BadDestination"),
                                               0.8)),
        Col("message_id", "varchar", "none", lambda c, i: "<CA" + token(30)(c, i) + "@mail.gmail.com>"),
        Col("from_address", "varchar", "email", per(CC, "sender", "email")),
        Col("to_addresses", "varchar", "none", lambda c, i: "replies+" + hexstr(32)(c, i) + "@neighbours.example.bb"),
        Col("cc_addresses", "varchar", "email", maybe(per(CC, "mention", "email"), 0.7)),
        Col("subject", "varchar", "none", pick("Re: Power cut Christ Church", "Re: Lost dog near Rockley",
                                               "Re: [Neighbours] Selling surfboard")),
        Col("created_at", "timestamp", "none", when(2022, 2025)),
    ], rows=120, extra=[fk_sql(S, "incoming_emails", "post_id", "posts")])
    hist = Table(S, "user_histories", [
        Col("id", "integer PRIMARY KEY", "none", ident),
        Col("action", "integer", "none", num(1, 60)),
        Col("acting_user_id", "integer", "none", fk(5)),
        Col("target_user_id", "integer", "none", maybe(UID, 0.3)),
        Col("details", "text", "free_text_may_contain_pii", one_of(
            fill("Suspended for spam. Registered as {e}", e=per(CC, "mention", "email")),
            const("changed category permissions"), const("site setting updated"),
            fill("anonymized user formerly known as {n}", n=MENTION))),
        Col("created_at", "timestamp", "none", when(2019, 2025)),
        Col("ip_address", "varchar", "ip_address", maybe(IP, 0.3)),
        Col("email", "varchar", "email", maybe(per(CC, "user", "email", UID), 0.6)),
        Col("subject", "text", "none", maybe(pick("title", "contact_email", "max_image_size_kb"), 0.6)),
        Col("previous_value", "text", "none", maybe(pick("10", "false", "Neighbours Forum"), 0.5)),
        Col("new_value", "text", "none", maybe(pick("20", "true", "Bajan Neighbours"), 0.5)),
        Col("topic_id", "integer", "none", maybe(fk(N_TOPICS), 0.7)),
    ], rows=110, extra=[fk_sql(S, "user_histories", "acting_user_id", "users")])
    return [users, emails, passwords, profiles, fields, auth, keys, etok, second, cats, topics, posts, incoming, hist]

