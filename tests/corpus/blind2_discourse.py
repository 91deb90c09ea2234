"""Discourse 3.x (schema c_discourse): users, user_emails, user_profiles, topics, posts, user_ip_address_histories,
api_keys, user_auth_tokens, email_tokens."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib

from .blind2_gens import col, const, flag, hexs, intr, ip_any, ipv4, opt, pick_w, ref, text_pii, ts
from .gens import Ctx, Table, ident, pick

S = "c_discourse"
N_USERS, N_TOPICS = 150, 90
PK = "integer PRIMARY KEY"
TS = "timestamp without time zone"
USER_FK = lambda t, c="user_id": f"ALTER TABLE {S}.{t} ADD FOREIGN KEY ({c}) REFERENCES {S}.users (id)"  # noqa: E731


def _birthday(c: Ctx, i: int) -> dt.date | None:
    """Discourse keeps only month and day of a birthday, in year 1904."""
    return dt.date(1904, c.r.randint(1, 12), c.r.randint(1, 28)) if c.r.random() < 0.35 else None


def users() -> Table:
    handles: dict[int, str] = {}

    def handle(c: Ctx, i: int) -> str:
        return handles.setdefault(i, "system" if i == 1 else c.fake.user_name() + str(c.r.randint(0, 99)))

    cols = [
        col("id", PK, "none", lambda c, i: i if i > 1 else -1),
        col("username", "character varying(60)", "none", handle),
        col("created_at", TS, "none", ts()),
        col("updated_at", TS, "none", ts()),
        col("name", "character varying", "person_name", lambda c, i: None if i == 1 else c.fake.name()),
        col("password_hash", "character varying(64)", "credentials", opt(0.8, hexs(64))),
        col("salt", "character varying(32)", "none", opt(0.8, hexs(32))),
        col("active", "boolean", "none", flag(0.95)),
        col("username_lower", "character varying(60)", "none", lambda c, i: handle(c, i).lower()),
        col("last_seen_at", TS, "none", ts(2024, 2024)),
        col("admin", "boolean", "none", lambda c, i: i < 4),
        col("suspended_at", TS, "none", opt(0.03, ts(2024, 2024))),
        col("date_of_birth", "date", "birth_date", _birthday),
        col("ip_address", "inet", "ip_address", ip_any),
        col("registration_ip_address", "inet", "ip_address", ip_any),
        col("password_algorithm", "character varying(64)", "none",
            lambda c, i: "$pbkdf2-sha256$i=600000,l=32$" if c.r.random() < 0.8 else None),
    ]
    return Table(S, "users", cols, rows=N_USERS)


def user_emails() -> Table:
    cols = [col("id", PK, "none", ident), col("user_id", "integer", "none", lambda c, i: i if i > 1 else -1),
            col("email", "character varying(513)", "email", lambda c, i: "no_email" if i == 1 else c.fake.email()),
            col("primary", "boolean", "none", const(True)),
            col("normalized_email", "character varying", "email", lambda c, i: c.fake.email().lower())]
    return Table(S, "user_emails", cols, rows=N_USERS, extra=[USER_FK("user_emails")])


def _bio(c: Ctx, i: int) -> str:
    return c.r.choice([f"Hi, I'm {c.fake.first_name()} from {c.fake.city()}. Reach me at {c.fake.free_email()}.",
                       f"{c.fake.job()} by day. DM me or text {c.fake.phone_number()}.",
                       f"Maintainer of a few plugins. {c.fake.sentence()}", c.fake.sentence(),
                       f"{c.fake.name()} - {c.fake.job()}, {c.fake.city()}"])


def user_profiles() -> Table:
    cols = [col("user_id", "integer PRIMARY KEY", "none", lambda c, i: i if i > 1 else -1),
            col("location", "character varying(3000)", "none", opt(0.5, lambda c, i: f"{c.fake.city()}, {c.fake.country()}")),
            col("website", "character varying(3000)", "none", opt(0.3, lambda c, i: f"https://{c.fake.user_name()}.dev")),
            col("bio_raw", "text", "free_text_may_contain_pii", opt(0.7, _bio)),
            col("bio_cooked", "text", "free_text_may_contain_pii", opt(0.7, lambda c, i: f"<p>{_bio(c, i)}</p>")),
            col("views", "integer", "none", intr(0, 800)),
            col("featured_topic_id", "integer", "none", opt(0.05, intr(1, N_TOPICS)))]
    return Table(S, "user_profiles", cols, rows=N_USERS, extra=[USER_FK("user_profiles")])


def topics() -> Table:
    titles = ["How do I configure SMTP?", "Upgrade failed at migration step", "Feature request: dark mode",
              "Welcome to our community", "Weekly meetup thread", "Plugin broke after update"]
    cols = [col("id", PK, "none", ident), col("title", "character varying", "none", lambda c, i: c.r.choice(titles)),
            col("user_id", "integer", "none", intr(2, N_USERS)), col("category_id", "integer", "none", intr(1, 12)),
            col("created_at", TS, "none", ts()),
            col("slug", "character varying", "none", lambda c, i: c.r.choice(titles).lower().replace(" ", "-").strip("?"))]
    return Table(S, "topics", cols, rows=N_TOPICS, extra=[USER_FK("topics")])


def _raw_email(c: Ctx, i: int) -> str:
    return (f"From: {c.fake.name()} <{c.fake.email()}>\nTo: forum+reply@{c.fake.domain_name()}\n"
            f"Subject: Re: {c.fake.sentence(nb_words=4)}\n\n{c.fake.paragraph()}")


def posts() -> Table:
    cols = [col("id", PK, "none", ident), col("user_id", "integer", "none", intr(2, N_USERS)),
            col("topic_id", "integer", "none", ref(N_TOPICS)), col("post_number", "integer", "none", intr(1, 60)),
            col("raw", "text", "free_text_may_contain_pii", text_pii(0.5)),
            col("cooked", "text", "free_text_may_contain_pii", text_pii(0.5, html=True)),
            col("created_at", TS, "none", ts()), col("updated_at", TS, "none", ts()),
            col("deleted_at", TS, "none", opt(0.03, ts())),
            col("post_type", "integer", "none", pick_w((1, 9), (2, 1), (3, 1))),
            col("edit_reason", "character varying", "none", opt(0.1, pick("typo", "added screenshot", "fixed link"))),
            col("via_email", "boolean", "none", flag(0.2)),
            col("raw_email", "text", "free_text_may_contain_pii", opt(0.2, _raw_email)),
            ]
    return Table(S, "posts", cols, rows=150, extra=[USER_FK("posts"), f"ALTER TABLE {S}.posts ADD FOREIGN KEY (topic_id) "
                                                                      f"REFERENCES {S}.topics (id)"])


def user_ip_address_histories() -> Table:
    cols = [col("id", PK, "none", ident), col("user_id", "integer", "none", intr(2, N_USERS)),
            col("ip_address", "inet", "ip_address", ip_any),
            col("created_at", TS, "none", ts()), col("updated_at", TS, "none", ts())]
    return Table(S, "user_ip_address_histories", cols, rows=150, extra=[USER_FK("user_ip_address_histories")])


def api_keys() -> Table:
    cols = [col("id", PK, "none", ident), col("user_id", "integer", "none", opt(0.6, intr(2, 10))),
            col("created_by_id", "integer", "none", intr(2, 4)),
            col("created_at", TS, "none", ts()), 
            col("last_used_at", TS, "none", opt(0.7, ts(2024, 2024))),
            col("revoked_at", TS, "none", opt(0.1, ts(2024, 2024))),
            col("description", "text", "none", pick("Zapier", "backup", "Slack integration", "analytics export", None)),
            col("key_hash", "character varying", "secret_token", hexs(64)),
            col("truncated_key", "character varying", "none", hexs(4)),
            col("scope_mode", "integer", "none", pick(0, 1, 2))]
    return Table(S, "api_keys", cols, rows=80, extra=[USER_FK("api_keys"), USER_FK("api_keys", "created_by_id")])


def _token_hash(c: Ctx, i: int) -> str:
    return base64.b64encode(hashlib.sha256(c.r.randbytes(16)).digest()).decode()


def user_auth_tokens() -> Table:
    agents = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
              "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "DiscourseHub"]
    cols = [col("id", PK, "none", ident), col("user_id", "integer", "none", intr(2, N_USERS)),
            col("auth_token", "character varying", "secret_token", _token_hash),
            col("prev_auth_token", "character varying", "secret_token", _token_hash),
            col("user_agent", "character varying", "none", pick(*agents)),
            col("client_ip", "inet", "ip_address", ipv4),
            col("created_at", TS, "none", ts(2024, 2024)),
            col("seen_at", TS, "none", ts(2024, 2024)),
            col("authenticated_with_oauth", "boolean", "none", flag(0.2))]
    return Table(S, "user_auth_tokens", cols, rows=150, extra=[USER_FK("user_auth_tokens")])


def email_tokens() -> Table:
    cols = [col("id", PK, "none", ident), col("user_id", "integer", "none", intr(2, N_USERS)),
            col("email", "character varying", "email", lambda c, i: c.fake.email()),
            col("confirmed", "boolean", "none", flag(0.8)), col("expired", "boolean", "none", flag(0.3)),
            col("created_at", TS, "none", ts()), col("updated_at", TS, "none", ts()),
            col("token_hash", "character varying", "secret_token", hexs(64)),
            col("scope", "integer", "none", pick(1, 2, 3, 4))]
    return Table(S, "email_tokens", cols, rows=120, extra=[USER_FK("email_tokens")])


def discourse_tables() -> list[Table]:
    return [users(), user_emails(), user_profiles(), topics(), posts(), user_ip_address_histories(), api_keys(),
            user_auth_tokens(), email_tokens()]
