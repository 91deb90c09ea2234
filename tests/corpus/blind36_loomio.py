"""al_loomio: Loomio (Rails, PostgreSQL) as recalled from memory, run by a (fictional) Saint Lucian political party for
its branches: members, groups, threads, comments, polls and the members' stances in them."""
from __future__ import annotations

from .blind26_gens import (C, alnum, bcrypt, const, digits, fk, fkey, flag, ints, maybe, one, public_ip, seq,
                           stamps)
from .blind36_gens import any_name, person, pick
from .gens import Table

S = "al_loomio"
USR = "lo.user"
N_USR, N_GRP, N_DIS, N_POLL = 150, 24, 110, 85
BRANCHES = ["National Executive", "Castries Central", "Castries East", "Gros Islet", "Vieux Fort South", "Soufrière",
            "Micoud North", "Dennery North", "Babonneau", "Laborie", "Choiseul", "Youth Arm"]
KEY = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _bio(c, i):
    u = lambda f: person("lc", USR, f)(c, i)      # noqa: E731
    return c.r.choice([None, None, "Teacher. Branch secretary since 2019.", "Farmer, Mabouya Valley.",
                       f"Call me on {u('mobile')} for canvassing in {u('a_district')}.",
                       f"{u('full')}, nurse at Victoria Hospital, Women's Arm.", "Retired civil servant."])


def _comment(c, i):
    return c.r.choice(["Agree, we need the manifesto out before the budget debate.",
                       f"{any_name('lc')(c, i)} has already said she will run in Micoud North, let's not split the vote.",
                       "I cannot support a coalition with them after what happened in 2021.",
                       f"Minutes attached. Contact {any_name('lc')(c, i)} on (758) 484-{digits(c, 4)} for transport.",
                       "The youth arm wants the minimum wage on page one.", "+1",
                       f"Who is driving to Soufrière on Saturday? I have space, {person('lc', USR, 'email')(c, i)}"])


def _reason(c, i):
    return c.r.choice([None, None, "Compton has the experience we need against the government.",
                       "We need a woman leader this time.", "The party has lost touch with farmers in the south.",
                       "I support legalising cannabis for medical use, so yes.", "Against: the casino project harms Soufrière.",
                       "Abstaining until the budget is shared."])


def loomio_tables() -> list[Table]:
    u = lambda f: person("lc", USR, f, 1950, 2005)        # noqa: E731
    return [
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("email", "varchar(255)", "email", u("email")),
            C("encrypted_password", "varchar(128)", "credentials", lambda c, i: bcrypt(c, "11", "2a")),
            C("reset_password_token", "varchar(255)", "secret_token", maybe(lambda c, i: alnum(c, 20, KEY), 0.2)),
            C("reset_password_sent_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.2)),
            C("sign_in_count", "integer", "none", ints(0, 300)),
            C("current_sign_in_at", "timestamp", "none", maybe(stamps(2025, 2025), 0.8)),
            C("current_sign_in_ip", "inet", "ip_address", maybe(lambda c, i: public_ip(c, (69, 72, 162, 190, 208)), 0.8)),
            C("last_sign_in_ip", "inet", "ip_address", maybe(u("ip"), 0.8)),
            C("name", "varchar(255)", "person_name", u("full")),
            C("username", "varchar(255)", "none", lambda c, i: u("user")(c, i).replace(".", "")),
            C("avatar_kind", "varchar(255)", "none", one("initials", "uploaded", "gravatar")),
            C("uploaded_avatar_file_name", "varchar(255)", "none", maybe(lambda c, i: f"IMG_{digits(c, 4)}.jpg", 0.3)),
            C("time_zone", "varchar(255)", "none", const("America/St_Lucia")),
            C("selected_locale", "varchar(255)", "none", maybe(const("en"), 0.5)),
            C("key", "varchar(255)", "none", lambda c, i: alnum(c, 8, KEY)),
            C("unsubscribe_token", "varchar(255)", "secret_token", lambda c, i: alnum(c, 20, KEY)),
            C("secret_token", "varchar(255)", "secret_token", lambda c, i: alnum(c, 36, KEY)),
            C("email_verified", "boolean", "none", flag(0.85)),
            C("short_bio", "text", "free_text_may_contain_pii", _bio),
            C("location", "varchar(255)", "none", maybe(pick("lc", "city"), 0.6)),
            C("country", "varchar(255)", "none", const("Saint Lucia")),
            C("detected_locale", "varchar(255)", "none", one("en", "en-US", "fr")),
            C("legal_accepted_at", "timestamp", "none", stamps(2020, 2025)),
            C("email_newsletter", "boolean", "none", flag(0.4)),
            C("deactivated_at", "timestamp", "none", maybe(stamps(2023, 2025), 0.05)),
            C("created_at", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_USR),
        Table(S, "groups", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(255)", "none", lambda c, i: BRANCHES[(i - 1) % 12] + ("" if i <= 12 else " Committee")),
            C("handle", "varchar(255)", "none", lambda c, i: f"slpm-{i}"),
            C("description", "text", "none", one("Branch coordination.", "Campaign planning for the next general election.",
                                                  "Manifesto drafting.")),
            C("parent_id", "integer", "none", lambda c, i: None if i == 1 else 1),
            C("creator_id", "integer", "none", fk(N_USR, 13)),
            C("is_visible_to_public", "boolean", "none", const(False)),
            C("membership_granted_upon", "varchar(255)", "none", one("approval", "request")),
            C("memberships_count", "integer", "none", ints(5, 140)),
            C("discussion_privacy_options", "varchar(255)", "none", const("private_only")),
            C("key", "varchar(255)", "none", lambda c, i: alnum(c, 8, KEY)),
            C("created_at", "timestamp", "none", stamps(2019, 2021)),
        ], rows=N_GRP, extra=[fkey(S, "groups", "creator_id", "users", "id")]),
        Table(S, "memberships", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("group_id", "integer", "none", fk(N_GRP, 5)),
            C("user_id", "integer", "none", fk(N_USR, 1)),
            C("inviter_id", "integer", "none", maybe(ints(1, N_USR), 0.8)),
            C("admin", "boolean", "none", flag(0.1)),
            C("title", "varchar(255)", "none", maybe(one("Branch Chair", "Treasurer", "Secretary", "Candidate"), 0.2)),
            C("volume", "integer", "none", one(0, 1, 2)),
            C("accepted_at", "timestamp", "none", maybe(stamps(2020, 2025), 0.9)),
            C("archived_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.05)),
            C("created_at", "timestamp", "none", stamps(2019, 2025)),
        ], rows=150, extra=[fkey(S, "memberships", "group_id", "groups", "id"),
                            fkey(S, "memberships", "user_id", "users", "id")]),
        Table(S, "discussions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("group_id", "integer", "none", fk(N_GRP, 7)),
            C("author_id", "integer", "none", fk(N_USR, 11)),
            C("title", "varchar(255)", "none", one("Candidate selection", "Fundraiser at Rodney Bay", "Budget response",
                                                   "Door-to-door schedule", "Branch AGM")),
            C("description", "text", "free_text_may_contain_pii",
              lambda c, i: c.r.choice([None, "Agenda attached.", f"Proposed by {any_name('lc')(c, i)}, seconded by "
                                                                 f"{any_name('lc')(c, i)}.", "Please vote by Friday."])),
            C("private", "boolean", "none", const(True)),
            C("key", "varchar(255)", "none", lambda c, i: alnum(c, 8, KEY)),
            C("items_count", "integer", "none", ints(0, 60)),
            C("last_activity_at", "timestamp", "none", stamps(2024, 2025)),
            C("closed_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.2)),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_DIS, extra=[fkey(S, "discussions", "group_id", "groups", "id"),
                              fkey(S, "discussions", "author_id", "users", "id")]),
        Table(S, "comments", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("discussion_id", "integer", "none", fk(N_DIS, 3)),
            C("user_id", "integer", "none", fk(N_USR, 17)),
            C("body", "text", "free_text_may_contain_pii", _comment),
            C("body_format", "varchar(10)", "none", one("md", "html")),
            C("parent_id", "integer", "none", maybe(ints(1, 100), 0.3)),
            C("parent_type", "varchar(255)", "none", const("Discussion")),
            C("edited_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.1)),
            C("discarded_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.03)),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=150, extra=[fkey(S, "comments", "discussion_id", "discussions", "id"),
                            fkey(S, "comments", "user_id", "users", "id")]),
        Table(S, "polls", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("author_id", "integer", "none", fk(N_USR, 19)),
            C("title", "varchar(255)", "none", one("Leadership nomination", "Endorse the Soufrière candidate?",
                                                   "Date of the convention", "Approve the manifesto draft")),
            C("details", "text", "none", maybe(one("Voting closes at midnight.", "Members in good standing only."), 0.5)),
            C("poll_type", "varchar(255)", "none", one("proposal", "poll", "count", "ranked_choice", "meeting")),
            C("discussion_id", "integer", "none", fk(N_DIS, 1)),
            C("group_id", "integer", "none", fk(N_GRP, 3)),
            C("anonymous", "boolean", "none", flag(0.3)),
            C("voters_count", "integer", "none", ints(3, 140)),
            C("closing_at", "timestamp", "none", stamps(2024, 2025)),
            C("key", "varchar(255)", "none", lambda c, i: alnum(c, 8, KEY)),
            C("created_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=N_POLL, extra=[fkey(S, "polls", "discussion_id", "discussions", "id"),
                               fkey(S, "polls", "group_id", "groups", "id")]),
        Table(S, "stances", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("poll_id", "integer", "none", fk(N_POLL, 2)),
            C("participant_id", "integer", "none", fk(N_USR, 23)),
            C("reason", "text", "political_opinion", _reason),
            C("option_scores", "jsonb", "none", lambda c, i: f'{{"{c.r.randint(1, 400)}": 1}}'),
            C("latest", "boolean", "none", flag(0.9)),
            C("token", "varchar(255)", "secret_token", lambda c, i: alnum(c, 24, KEY)),
            C("cast_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.85)),
            C("revoked_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.05)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "stances", "poll_id", "polls", "id"),
                            fkey(S, "stances", "participant_id", "users", "id")]),
        Table(S, "login_tokens", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USR, 29)),
            C("token", "varchar(255)", "secret_token", lambda c, i: alnum(c, 24, KEY)),
            C("code", "integer", "secret_token", lambda c, i: c.r.randint(100000, 999999)),
            C("used", "boolean", "none", flag(0.7)),
            C("redirect", "varchar(255)", "none", maybe(lambda c, i: f"/d/{alnum(c, 8, KEY)}", 0.4)),
            C("is_reactivation", "boolean", "none", flag(0.05)),
            C("created_at", "timestamp", "none", stamps(2025, 2025)),
        ], rows=100, extra=[fkey(S, "login_tokens", "user_id", "users", "id")]),
    ]
