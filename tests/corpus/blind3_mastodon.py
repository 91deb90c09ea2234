"""e_mastodon: a Mastodon 4 instance (accounts, users, statuses, login and session records) with its foreign keys.
Account ids are Mastodon's 18-digit time-based ids; users, sessions and logins use plain serial ids."""

from __future__ import annotations

import json

from .blind3_gens import C, city, email, fk, full, num, opt, ref, when
from .blind3_formats import (agent, bcrypt, friendly_token, hexstr, ip_any, pem_rsa_private, pem_rsa_public,
                             rails_encrypted)
from .gens import Col, Ctx, Table, ident, pick

S = "e_mastodon"
ACCOUNTS, USERS = 120, 110
INSTANCES = ["mastodon.social", "fosstodon.org", "chaos.social", "hachyderm.io", "mstdn.io", "infosec.exchange"]


def _acct_id(i: int) -> int:
    return 109_354_268_430_000_000 + i * 65_537


def _acct_ref(c: Ctx, i: int) -> int:
    return _acct_id(c.r.randint(1, ACCOUNTS))


def _handle(c: Ctx, i: int) -> str:
    f = fk("en_US", c)
    return c.r.choice(
        [
            f.first_name().lower(),
            f"{f.first_name()}{f.last_name()}".lower(),
            f.user_name(),
            f"{f.first_name().lower()}_{c.r.choice(['codes', 'photos', 'writes', 'dev'])}",
        ]
    )


def _display_name(c: Ctx, i: int) -> str:
    name = full()(c, i)
    return c.r.choice([name, name, name, f"{name} :verified:", f"{name.split()[0]} 🌻", ""])


def _note(c: Ctx, i: int) -> str:
    return (
        "<p>"
        + c.r.choice(
            [
                "Open source maintainer. Coffee, cats and Rust.",
                f"Photographer based in {city()(c, i)}.",
                f"Dad of two. Married to {full()(c, i)}. Opinions my own.",
                f"Infosec. PGP on request, mail {email()(c, i)}",
                "Bookworm 📚 | she/her",
                f"Running the {city()(c, i)} climate group with {full()(c, i)}.",
            ]
        )
        + "</p>"
    )


def _fields(c: Ctx, i: int) -> str:
    out = [{"name": "Pronouns", "value": c.r.choice(["she/her", "he/him", "they/them"])}]
    if c.r.random() < 0.5:
        out.append({"name": "Contact", "value": email()(c, i)})
    if c.r.random() < 0.5:
        out.append(
            {"name": "Website", "value": f'<a href="https://{_handle(c, i)}.net" rel="me">{_handle(c, i)}.net</a>'}
        )
    return json.dumps(out)


def _status(c: Ctx, i: int) -> str:
    h = _handle(c, i)
    return (
        "<p>"
        + c.r.choice(
            [
                "Just released v2.3 of our little CLI tool, changelog in the thread 🧵",
                f'<span class="h-card"><a href="https://{c.r.choice(INSTANCES)}/@{h}" class="u-url mention">@<span>{h}</span></a></span> thanks, that fixed it!',
                f"My friend {full()(c, i)} is looking for a flat in {city()(c, i)}, boosts appreciated! Contact: {email()(c, i)}",
                "#caturday 🐈 she refuses to leave the keyboard",
                "Reminder: back up your databases. Test your restores.",
                f"Lost a black wallet near the station this morning, if found please call {fk('en_US', c).numerify('(###) ###-####')}",
                f"Happy birthday to my brilliant colleague {full()(c, i)}! 🎂",
                "Anyone else seeing federation delays today?",
            ]
        )
        + "</p>"
    )


def _settings(c: Ctx, i: int) -> str:
    return json.dumps(
        {
            "default_privacy": c.r.choice(["public", "unlisted"]),
            "theme": "system",
            "web.expand_content_warnings": c.r.random() < 0.5,
            "notification_emails.follow": True,
        }
    )


def _backup(c: Ctx, i: int) -> str:
    return "{" + ",".join(f'"{bcrypt("$2a$10$")(c, i)}"' for _ in range(3)) + "}"


def mastodon_tables() -> list[Table]:
    accounts = Table(
        S,
        "accounts",
        [
            Col("id", "bigint PRIMARY KEY", "none", lambda c, i: _acct_id(i)),
            C("username", "character varying", "none", _handle),
            C(
                "domain",
                "character varying",
                "none",
                lambda c, i: None if c.r.random() < 0.6 else c.r.choice(INSTANCES),
            ),
            C("private_key", "text", "credentials", lambda c, i: pem_rsa_private(c, i) if c.r.random() < 0.6 else None),
            C("public_key", "text", "none", pem_rsa_public),
            C("created_at", "timestamp without time zone", "none", when(2017)),
            C("note", "text", "free_text_may_contain_pii", _note),
            C("display_name", "character varying", "person_name", _display_name),
            C(
                "uri",
                "character varying",
                "none",
                lambda c, i: f"https://{c.r.choice(INSTANCES)}/users/{_handle(c, i)}",
            ),
            C("url", "character varying", "none", lambda c, i: f"https://{c.r.choice(INSTANCES)}/@{_handle(c, i)}"),
            C("locked", "boolean", "none", lambda c, i: c.r.random() < 0.15),
            C(
                "inbox_url",
                "character varying",
                "none",
                lambda c, i: f"https://{c.r.choice(INSTANCES)}/users/{_handle(c, i)}/inbox",
            ),
            C("fields", "jsonb", "free_text_may_contain_pii", _fields),
            C("actor_type", "character varying", "none", pick("Person", "Person", "Person", "Service", None)),
            C("discoverable", "boolean", "none", lambda c, i: c.r.random() < 0.7),
        ],
        rows=ACCOUNTS,
    )
    users = Table(
        S,
        "users",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("email", "character varying", "email", email()),
            C("created_at", "timestamp without time zone", "none", when(2017)),
            C("encrypted_password", "character varying", "credentials", bcrypt("$2a$10$")),
            C("reset_password_token", "character varying", "secret_token", opt(0.5, hexstr(64))),
            C("sign_in_count", "integer", "none", num(1, 400)),
            C("current_sign_in_at", "timestamp without time zone", "none", when(2024)),
            C("confirmation_token", "character varying", "secret_token", opt(0.6, friendly_token)),
            C("confirmed_at", "timestamp without time zone", "none", when()),
            C("unconfirmed_email", "character varying", "email", opt(0.3, email())),
            C("locale", "character varying", "none", pick("en", "de", "fr", "ja", "es", None)),
            C("otp_required_for_login", "boolean", "none", lambda c, i: c.r.random() < 0.3),
            C("otp_backup_codes", "character varying[]", "credentials", opt(0.3, _backup)),
            C("account_id", "bigint NOT NULL", "none", lambda c, i: _acct_id(i)),
            C("chosen_languages", "character varying[]", "none", pick(None, "{en}", "{en,de}")),
            C("sign_up_ip", "inet", "ip_address", ip_any),
            C("settings", "text", "none", _settings),
            C(
                "time_zone",
                "character varying",
                "none",
                pick("Europe/Berlin", "America/New_York", "Etc/UTC", "Asia/Tokyo"),
            ),
            C("otp_secret", "character varying", "secret_token", opt(0.3, rails_encrypted)),
        ],
        rows=USERS,
        extra=[
            "ALTER TABLE ONLY e_mastodon.users ADD CONSTRAINT fk_50500f500d FOREIGN KEY (account_id) "
            "REFERENCES e_mastodon.accounts(id) ON DELETE CASCADE"
        ],
    )
    statuses = Table(
        S,
        "statuses",
        [
            Col("id", "bigint PRIMARY KEY", "none", lambda c, i: 111_000_000_000_000_000 + i * 977),
            C(
                "uri",
                "character varying",
                "none",
                lambda c, i: f"https://{c.r.choice(INSTANCES)}/users/{_handle(c, i)}/statuses/{c.r.getrandbits(56)}",
            ),
            C("text", "text", "free_text_may_contain_pii", _status),
            C("created_at", "timestamp without time zone", "none", when(2022)),
            C(
                "in_reply_to_id",
                "bigint",
                "none",
                lambda c, i: None if c.r.random() < 0.7 else 111_000_000_000_000_000 + c.r.randint(1, 140) * 977,
            ),
            C(
                "url",
                "character varying",
                "none",
                lambda c, i: f"https://{c.r.choice(INSTANCES)}/@{_handle(c, i)}/{c.r.getrandbits(56)}",
            ),
            C("sensitive", "boolean", "none", lambda c, i: c.r.random() < 0.1),
            C("visibility", "integer", "none", pick(0, 0, 1, 2, 3)),
            C("spoiler_text", "text", "none", pick("", "", "", "", "politics", "long post", "food")),
            C("language", "character varying", "none", pick("en", "en", "de", "fr")),
            C("account_id", "bigint NOT NULL", "none", _acct_ref),
        ],
        rows=140,
        extra=[
            "ALTER TABLE ONLY e_mastodon.statuses ADD CONSTRAINT fk_9bda1543f7 FOREIGN KEY (account_id) "
            "REFERENCES e_mastodon.accounts(id) ON DELETE CASCADE"
        ],
    )
    logins = Table(
        S,
        "login_activities",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("user_id", "bigint NOT NULL", "none", ref(USERS)),
            C("authentication_method", "character varying", "none", pick("password", "password", "otp", "webauthn")),
            C("success", "boolean", "none", lambda c, i: c.r.random() < 0.85),
            C("ip", "inet", "ip_address", ip_any),
            C("user_agent", "character varying", "none", agent),
            C("created_at", "timestamp without time zone", "none", when(2024)),
        ],
        rows=120,
        extra=[
            "ALTER TABLE ONLY e_mastodon.login_activities ADD CONSTRAINT fk_e4b6396b41 FOREIGN KEY (user_id) "
            "REFERENCES e_mastodon.users(id) ON DELETE CASCADE"
        ],
    )
    sessions = Table(
        S,
        "session_activations",
        [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            C("session_id", "character varying NOT NULL", "secret_token", hexstr(32)),
            C("created_at", "timestamp without time zone", "none", when(2024)),
            C("user_agent", "character varying", "none", agent),
            C("ip", "inet", "ip_address", ip_any),
            C("access_token_id", "bigint", "none", num(1, 5000)),
            C("user_id", "bigint NOT NULL", "none", ref(USERS)),
        ],
        rows=100,
        extra=[
            "ALTER TABLE ONLY e_mastodon.session_activations ADD CONSTRAINT fk_e5fda67334 FOREIGN KEY (user_id) "
            "REFERENCES e_mastodon.users(id) ON DELETE CASCADE"
        ],
    )
    return [accounts, users, statuses, logins, sessions]
