"""ae_humhub: HumHub's user, profile, space, content and session tables, as the author remembers them, for a Beirut
neighbourhood mutual-aid volunteer network (Lebanon). The profile has two custom fields (blood_group,
emergency_contact) added by the network's admins."""
from __future__ import annotations

from .blind29_gens import (code, cycle, epoch, fk, flag, maybe, pf, pick, pw_hash, spread, stamp, text,
                           token, uuid)
from .blind29_people import LB, person
from .gens import Col, Table

S = "ae_humhub"
SPACES = ("Mar Mikhael volunteers", "Food parcels Karantina", "First aid team", "Glass repair crew", "Drivers",
          "Translators", "Elderly visits Gemmayze", "Welcome", "Coordinators", "Donations")


def _fkey(table: str, col: str, ref: str = '"user"') -> str:
    return f'ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} (id)'


def _audit(y0: int = 2020) -> list[Col]:
    return [Col("created_at", "timestamp", "none", stamp(y0, 2025)),
            Col("created_by", "integer", "none", fk(120, 17)),
            Col("updated_at", "timestamp", "none", stamp(2023, 2025)),
            Col("updated_by", "integer", "none", fk(120, 19))]


def user() -> Table:
    return Table(S, "user", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("guid", "varchar(45)", "none", uuid()),
        Col("status", "smallint", "none", pick(1, 1, 1, 0, 2)),
        Col("username", "varchar(50)", "none", pf(LB, "user", "login")),
        Col("email", "varchar(150)", "email", pf(LB, "user", "email")),
        Col("auth_mode", "varchar(10)", "none", pick("local", "local", "google")),
        Col("tags", "text", "none", pick("first aid, driver", "Arabic, French", "nurse", None, "carpentry")),
        Col("language", "varchar(5)", "none", pick("ar", "en", "fr")),
        *_audit(),
        Col("last_login", "timestamp", "none", stamp(2024, 2025)),
        Col("visibility", "integer", "none", pick(1, 2)),
        Col("time_zone", "varchar(100)", "none", pick("Asia/Beirut")),
        Col("contentcontainer_id", "integer", "none", lambda c, i: i + 40),
        Col("blocked_until", "timestamp", "none", maybe(stamp(2025, 2025), 0.03))], rows=120)


def profile() -> Table:
    def emergency(c, i):
        p = person(c, LB, "kin", i)
        rel = c.r.choice(("mother", "brother", "wife", "husband", "sister", "father"))
        return f"{p['given']} {p['family']} ({rel}) {p['mobile'].removeprefix('+961 ')}"
    return Table(S, "profile", [
        Col("user_id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("firstname", "varchar(20)", "person_name", pf(LB, "user", "given")),
        Col("lastname", "varchar(30)", "person_name", pf(LB, "user", "family")),
        Col("title", "varchar(50)", "none", pick("Nurse", "Student", "Engineer", "Teacher", None, "Architect")),
        Col("gender", "varchar(10)", "none", lambda c, i: {"M": "male", "F": "female"}[person(c, LB, "user", i)["sex"]]),
        Col("street", "varchar(150)", "postal_address", maybe(pf(LB, "user", "street"), 0.7)),
        Col("zip", "varchar(10)", "postal_address", maybe(pf(LB, "user", "postcode"), 0.4)),
        Col("city", "varchar(30)", "none", pf(LB, "user", "city")),
        Col("country", "varchar(30)", "none", pick("LB")),
        Col("state", "varchar(30)", "none", pick("Beirut", "Mount Lebanon", "North", "South", "Bekaa")),
        Col("birthday_hide_year", "integer", "none", pick(0, 1)),
        Col("birthday", "date", "birth_date", pf(LB, "user", "birth")),
        Col("about", "text", "free_text_may_contain_pii", text(
            "Nurse, ten years in the ER. Available weekends.", "Student at LAU, I can drive to Karantina.",
            "Call me on {mobile} if the group chat is down.", "", "Je parle arabe, français et un peu d'arménien.",
            "Retired engineer. My neighbour {given} {family} volunteers with me.",
            country=LB, entity="user")),
        Col("phone_private", "varchar(255)", "phone", maybe(pf(LB, "user", "landline"), 0.4)),
        Col("phone_work", "varchar(255)", "phone", maybe(pf(LB, "work", "landline"), 0.3)),
        Col("mobile", "varchar(255)", "phone", pf(LB, "user", "mobile")),
        Col("fax", "varchar(255)", "phone", maybe(pf(LB, "fax", "landline"), 0.05)),
        Col("im_skype", "varchar(100)", "none", maybe(lambda c, i: f"live:.cid.{c.r.getrandbits(48):012x}", 0.2)),
        Col("im_xmpp", "varchar(100)", "email", maybe(lambda c, i: person(c, LB, "user", i)["login"] + "@jabber.org",
                                                      0.15)),
        Col("url", "varchar(255)", "none", maybe(pick("https://linktr.ee/beirutaid", "https://medium.com/@volunteer"),
                                                 0.1)),
        Col("url_facebook", "varchar(255)", "none", maybe(lambda c, i: f"https://facebook.com/{person(c, LB, 'user', i)['login']}", 0.3)),
        Col("url_linkedin", "varchar(255)", "none", maybe(lambda c, i: f"https://linkedin.com/in/{person(c, LB, 'user', i)['login']}", 0.2)),
        Col("blood_group", "varchar(255)", "health", pick("O+", "A+", "B+", "AB+", "O-", "A-", None)),
        Col("emergency_contact", "varchar(255)", "free_text_may_contain_pii", emergency)],
        rows=120, extra=[_fkey("profile", "user_id")])


def user_password() -> Table:
    return Table(S, "user_password", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("user_id", "integer", "none", lambda c, i: i),
        Col("algorithm", "varchar(20)", "none", pick("sha512whirlpool", "bcrypt")),
        Col("password", "text", "credentials", pw_hash("$2y")),
        Col("salt", "text", "none", uuid()),
        Col("created_at", "timestamp", "none", stamp(2020, 2025))], rows=120, extra=[_fkey("user_password", "user_id")])


def user_auth() -> Table:
    return Table(S, "user_auth", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("user_id", "integer", "none", fk(120, 5)),
        Col("source", "varchar(255)", "none", pick("google", "facebook")),
        Col("source_id", "varchar(255)", "none", code("1099999999999999999999"))],
        rows=60, extra=[_fkey("user_auth", "user_id")])


def user_http_session() -> Table:
    return Table(S, "user_http_session", [
        Col("id", "char(64)", "secret_token", token(26, "abcdefghijklmnopqrstuv0123456789")),
        Col("expire", "integer", "none", epoch(2025, 2025)),
        Col("user_id", "integer", "none", fk(120, 7)),
        Col("data", "bytea", "none", lambda c, i: f"__flash|a:0:{{}}__id|i:{(i * 7) % 120 + 1};".encode())],
        rows=150, extra=[_fkey("user_http_session", "user_id")])


def space() -> Table:
    return Table(S, "space", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("guid", "varchar(45)", "none", uuid()),
        Col("name", "varchar(45)", "none", cycle(*SPACES)),
        Col("description", "text", "none", pick("Coordination of the weekly rounds", "Needs and offers",
                                                "Shift planning", None)),
        Col("join_policy", "smallint", "none", pick(0, 1, 2)),
        Col("visibility", "smallint", "none", pick(0, 1, 2)),
        Col("status", "smallint", "none", pick(1)),
        *_audit(2020),
        Col("contentcontainer_id", "integer", "none", lambda c, i: i)], rows=30)


def space_membership() -> Table:
    def ask(c, i):
        p = person(c, LB, "user", spread(120, 7)(i))
        return c.r.choice((None, None, f"Hi, {p['given']} {p['family']} here, {p['given'][:1]}. from Gemmayze",
                           "I have a car and can help with deliveries", f"Friend of Rami. WhatsApp {p['mobile']}"))
    return Table(S, "space_membership", [
        Col("space_id", "integer", "none", fk(30, 3)),
        Col("user_id", "integer", "none", fk(120, 7)),
        Col("originator_user_id", "integer", "none", maybe(fk(120, 11), 0.3)),
        Col("status", "smallint", "none", pick(3, 3, 3, 2, 1)),
        Col("request_message", "text", "free_text_may_contain_pii", ask),
        Col("last_visit", "timestamp", "none", stamp(2024, 2025)),
        Col("show_at_dashboard", "boolean", "none", flag(0.8)),
        Col("can_cancel_membership", "integer", "none", pick(1)),
        Col("group_id", "varchar(255)", "none", pick("member", "member", "moderator", "admin")),
        *_audit(2021),
        Col("send_notifications", "boolean", "none", flag(0.5))],
        rows=150, extra=[_fkey("space_membership", "space_id", "space"), _fkey("space_membership", "user_id")])


POSTS = ("Need O- blood donors at Geitawi hospital for Mr. {family}, please call {mobile}",
         "Food parcels ready at the Karantina depot, pick-up from 9am", "Shift list for Saturday is up",
         "{given} {family} (3rd floor, {street}) still has no windows, who can help?",
         "Thank you all for the glass repairs this week!", "Generator fuel donation received, {n} litres",
         "Elderly lady in Mar Mikhael needs insulin delivered, contact her relative {given} on {mobile}",
         "Meeting moved to Tuesday")


def post() -> Table:
    return Table(S, "post", [
        Col("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("message", "text", "free_text_may_contain_pii", text(*POSTS, country=LB, entity="beneficiary")),
        Col("url", "varchar(255)", "none", maybe(pick("https://maps.app.goo.gl/abc", "https://bit.ly/aid-form"), 0.1)),
        *_audit(2022)], rows=150)


def comment() -> Table:
    return Table(S, "comment", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("message", "text", "free_text_may_contain_pii", text(
            "On it!", "I can go after 5pm", "{given} will drive, number is {mobile}", "Done, thanks",
            "Ask for {given} {family} at the entrance", "+1", country=LB, entity="commenter")),
        Col("object_model", "varchar(100)", "none", pick("humhub\\modules\\post\\models\\Post")),
        Col("object_id", "integer", "none", fk(150, 7)),
        *_audit(2022)], rows=150, extra=[_fkey("comment", "object_id", "post")])


def content() -> Table:
    return Table(S, "content", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("guid", "varchar(45)", "none", uuid()),
        Col("object_model", "varchar(100)", "none", pick("humhub\\modules\\post\\models\\Post")),
        Col("object_id", "integer", "none", lambda c, i: i),
        Col("visibility", "smallint", "none", pick(0, 1)),
        Col("pinned", "boolean", "none", flag(0.05)),
        Col("archived", "boolean", "none", flag(0.1)),
        *_audit(2022),
        Col("contentcontainer_id", "integer", "none", fk(150, 3)),
        Col("stream_sort_date", "timestamp", "none", stamp(2022, 2025))],
        rows=150, extra=[_fkey("content", "object_id", "post")])


def logging() -> Table:
    def prefix(c, i):
        return f"[{c.r.choice(('94.187', '178.135', '185.89'))}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}]" \
               f"[{(i * 7) % 120 + 1}][-]"
    return Table(S, "logging", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("level", "integer", "none", pick(1, 2, 4)),
        Col("category", "varchar(255)", "none", pick("yii\\web\\HttpException:404", "user", "application")),
        Col("log_time", "double precision", "none", epoch(2024, 2025)),
        Col("prefix", "text", "ip_address", prefix),
        Col("message", "text", "free_text_may_contain_pii", text(
            "Login failed for {email}", "Page not found.", "Password reset requested for {email}",
            "Invalid CSRF token", country=LB, entity="user", of=spread(120, 7)))], rows=120)


def user_invite() -> Table:
    return Table(S, "user_invite", [
        Col("id", "integer", "none", lambda c, i: i),
        Col("user_originator_id", "integer", "none", fk(120, 13)),
        Col("space_invite_id", "integer", "none", maybe(fk(30, 3), 0.5)),
        Col("email", "varchar(45)", "email", pf(LB, "invitee", "email")),
        Col("source", "varchar(45)", "none", pick("invite", "self")),
        Col("token", "varchar(64)", "secret_token", token(32)),
        *_audit(2023),
        Col("language", "varchar(10)", "none", pick("ar", "en", "fr")),
        Col("firstname", "varchar(255)", "person_name", maybe(pf(LB, "invitee", "given"), 0.7)),
        Col("lastname", "varchar(255)", "person_name", maybe(pf(LB, "invitee", "family"), 0.7))],
        rows=90, extra=[_fkey("user_invite", "user_originator_id")])


def humhub_tables() -> list[Table]:
    return [user(), profile(), user_password(), user_auth(), user_http_session(), space(), space_membership(),
            post(), comment(), content(), logging(), user_invite()]


