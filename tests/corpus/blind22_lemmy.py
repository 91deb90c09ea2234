"""z_lemmy: a Lemmy (link aggregator, Rust/Diesel) instance run by Norwegian volunteers, recreated from memory:
person, local_user, community, post, comment, private_message and the token tables, in Norwegian and English."""
from __future__ import annotations

import random

from .blind22_gens import (alnum, argon2, b64, boolean, fk, fkey, hexs, ipv4, ipv6, jwt, maybe, part, pem_private,
                           pem_public, pick, row, seq, slug, ts, uuid4, weighted)
from .gens import Col, Ctx, Table

S = "z_lemmy"
HOST = "lemmy.fjord.social"
FIRST = ["Ingrid", "Sigrid", "Kari", "Astrid", "Solveig", "Marit", "Ragnhild", "Tone", "Hanne", "Silje", "Ole",
         "Lars", "Knut", "Arne", "Eirik", "Håkon", "Sindre", "Magnus", "Torbjørn", "Øyvind", "Jon", "Per", "Even",
         "Vegard", "Ida", "Nora", "Thea", "Maja", "Jonas", "Aksel", "Kristoffer", "Mathilde", "Synnøve", "Bjørnar"]
LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Berg",
        "Haugen", "Hagen", "Johannessen", "Eriksen", "Dahl", "Lie", "Solberg", "Bakke", "Strand", "Moen", "Lunde",
        "Aasen", "Brekke", "Fjeld", "Nygård", "Sæther", "Rønning", "Myklebust", "Vik", "Tangen"]
HANDLES = ["fjellgeit", "kaffekopp", "nordlys", "rustacean", "trollskog", "bokorm", "regnvær", "sykkelsjef",
           "brunost", "tindevegg", "pixelpenguin", "ferjefan", "vaffeljern", "skiløper", "ostehøvel", "dataguri"]
MAILS = ["gmail.com", "hotmail.no", "online.no", "outlook.com", "proton.me", "icloud.com", "live.no", "uio.no"]
COMMUNITIES = ["norge", "oslo", "bergen", "trondheim", "teknologi", "linux", "selfhosted", "sykling", "friluftsliv",
               "matlaging", "bøker", "film", "gaming", "fotball", "politikk", "økonomi", "bolig", "jobb", "foreldre",
               "hagearbeid", "fotografi", "musikk", "memes", "nyheter", "vitenskap", "språk", "elbil", "strikking",
               "katter", "hunder", "kollektivtransport", "skole", "studentliv", "programmering", "rust", "python",
               "retro", "brettspill", "meta", "fjordsocial_support"]
INSTANCES = [HOST, "lemmy.world", "feddit.nl", "lemmy.ml", "sh.itjust.works", "programming.dev", "beehaw.org",
             "feddit.de", "lemm.ee", "lemmy.sdf.org", "mastodon.social", "kbin.social"]


def _person(rr: random.Random, i: int) -> dict:
    first, last = rr.choice(FIRST), rr.choice(LAST)
    style = rr.random()
    if style < 0.45:
        name = f"{slug(first)}{rr.randint(1, 99)}"
    elif style < 0.75:
        name = f"{rr.choice(HANDLES)}{rr.choice(['', '_', ''])}{rr.randint(0, 999) if rr.random() < .5 else ''}"
    else:
        name = f"{slug(first)}_{slug(last)}"
    name = name[:20] + (str(i) if i > 60 else "")
    display = rr.choice([f"{first} {last}", f"{first} {last}", first, f"{first} {last[0]}.", None])
    mail_local = rr.choice([f"{slug(first)}.{slug(last)}", f"{slug(first)}{rr.randint(70, 99)}", name])
    inst = 1 if i <= 110 else rr.randint(2, len(INSTANCES))
    return {"name": name, "display": display, "email": f"{mail_local}@{rr.choice(MAILS)}", "first": first,
            "last": last, "instance": inst, "local": inst == 1,
            "actor": f"https://{INSTANCES[inst - 1]}/u/{name}", "phone": f"+47 {rr.randint(400, 999)} "
            f"{rr.randint(10, 99)} {rr.randint(100, 999)}"}


def P(name: str):
    return part("lemmy.person", _person, name)


BIOS = ["Utvikler i Trondheim. Liker fjellturer og dårlige ordspill.", "Sykler til jobb hele året, også i januar.",
        "Hei! Jeg heter {first} {last}, bor i Bergen og skriver om kollektivtransport. Kontakt: {email}",
        "Linux since 2004. Arch btw.", "Lærer, pappa, brettspillnerd.", "Ring meg gjerne på {phone} om sykkeldeler.",
        "Moderator for c/strikking. Oppskrifter på forespørsel: {email}", "", "Student ved NTNU, data.",
        "Matrix: @{name}:matrix.org — {first}"]


def bio(c: Ctx, i: int):
    p = row(c, "lemmy.person", i, _person)
    return c.r.choice(BIOS).format(**p) if c.r.random() < 0.6 else None


def matrix_id(c: Ctx, i: int):
    p = row(c, "lemmy.person", i, _person)
    return f"@{p['name']}:{c.r.choice(['matrix.org', 'tchncs.de', 'fjord.social'])}" if c.r.random() < .3 else None


TITLES = ["Noen som har erfaring med varmepumpe i gammelt hus?", "Ny bybanestrekning åpner i august",
          "What's your favourite self-hosted RSS reader?", "Rust 1.80 er ute", "Beste turen i Jotunheimen?",
          "Strømprisen i Sør-Norge igjen", "Skal jeg velge Fedora eller Debian på laptop?", "Kattebilde dag",
          "Oppskrift: fiskesuppe som mormor laget", "Elbil i Finnmark om vinteren – erfaringer?",
          "Bokklubb: mars-boka er Kongen av Os", "Leter etter brukt sykkel i Oslo", "Meta: nye regler for c/politikk",
          "Sammenligning av bredbåndsleverandører 2024", "Jobbintervju tips for utviklere?"]
BODIES = ["Har vurdert dette en stund, men usikker på kostnaden. Noen tall?", "Se lenken, ganske interessant.",
          "Selger en Trek 7.2 FX, 2000 kr. Send melding eller ring {phone}.", "Tråd for ukens diskusjon.",
          "I have been running FreshRSS for two years in a container, works fine.", "",
          "Kontakt meg på {email} hvis du vil være med i bokklubben.", "Bilde fra Besseggen i går. Helt rått vær!",
          "Jeg ble spurt om lønnskrav. Hva sier dere, 650k for junior i Oslo?", "Oppdatering: problemet er løst."]
COMMENTS = ["Enig!", "Dette er helt feil, les kilden.", "Takk for tipset 👍", "Vi har hatt varmepumpe i 5 år, "
            "anbefales.", "+1 for Debian.", "Send meg en PM, jeg har en sykkel til deg.", "Haha, nydelig katt.",
            "Hvilken kommune er det?", "This. So much this.", "Ring {phone} og spør etter {first}, han fikser det.",
            "Nei, det stemmer ikke. Prisen var 1,20 kr/kWh.", "Kan bekrefte, samme her i Tromsø."]
PMS = ["Hei, er sykkelen fortsatt til salgs? Mitt nummer er {phone}.", "Takk for hjelpen med Docker-oppsettet!",
       "Du ble utestengt fra c/politikk i 3 dager pga. personangrep.", "Kan du sende oppskriften til {email}?",
       "Hei {first}, vil du bli med som moderator?", "Jeg heter {first} {last}, vi møttes på Oslo Linux-treffet.",
       "ok", "Sjekk modloggen, det var en feil."]


def _fmt(texts: list[str], key: str, n: int):
    def g(c: Ctx, i: int):
        p = row(c, "lemmy.person", c.r.randint(1, n), _person)
        return c.r.choice(texts).format(**p)
    return g


def answer(c: Ctx, i: int) -> str:
    p = row(c, "lemmy.person", i, _person)
    return c.r.choice([
        f"Hei! Jeg er {p['first']}, 34 år fra Drammen. Vil diskutere friluftsliv og linux.",
        "Fant dere via Reddit-migreringen. Interessert i teknologi.", "Jeg har lest reglene og godtar dem.",
        f"Jeg heter {p['first']} {p['last']} og er journalist. Epost: {p['email']}", "Vil følge c/oslo og c/bolig.",
        "Because reddit killed the API apps.", f"Kjenner {c.r.choice(FIRST)} som er moderator her."])


def lemmy_tables() -> list[Table]:
    instance = Table(S, "instance", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("domain", "varchar(255) NOT NULL", "none", lambda c, i: INSTANCES[i - 1]),
        Col("published", "timestamptz", "none", ts(2023, 2023)),
        Col("updated", "timestamptz", "none", maybe(ts(2024, 2025))),
        Col("software", "varchar(255)", "none", lambda c, i: "mastodon" if "masto" in INSTANCES[i - 1] else "lemmy"),
        Col("version", "varchar(255)", "none", pick("0.19.3", "0.19.5", "0.18.5", "4.2.10", "0.19.8"))],
        rows=len(INSTANCES))
    person = Table(S, "person", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("name", "varchar(255) NOT NULL", "none", P("name")),
        Col("display_name", "varchar(255)", "person_name", P("display")),
        Col("avatar", "text", "none", maybe(lambda c, i: f"https://{HOST}/pictrs/image/{uuid4(c, i)}.webp", .4)),
        Col("banned", "boolean", "none", boolean(.03)),
        Col("published", "timestamptz", "none", ts(2023, 2025)),
        Col("updated", "timestamptz", "none", maybe(ts(2024, 2025))),
        Col("actor_id", "varchar(255)", "none", P("actor")),
        Col("bio", "text", "free_text_may_contain_pii", bio),
        Col("local", "boolean", "none", P("local")),
        Col("private_key", "text", "secret_token", lambda c, i: pem_private(c, i) if i <= 110 else None),
        Col("public_key", "text", "none", pem_public),
        Col("last_refreshed_at", "timestamptz", "none", ts(2024, 2025)),
        Col("banner", "text", "none", maybe(lambda c, i: f"https://{HOST}/pictrs/image/{uuid4(c, i)}.jpeg", .1)),
        Col("deleted", "boolean", "none", boolean(.02)),
        Col("inbox_url", "varchar(255)", "none", lambda c, i: row(c, "lemmy.person", i, _person)["actor"] + "/inbox"),
        Col("shared_inbox_url", "varchar(255)", "none", lambda c, i: f"https://{HOST}/inbox"),
        Col("matrix_user_id", "text", "none", matrix_id),
        Col("bot_account", "boolean", "none", boolean(.03)),
        Col("ban_expires", "timestamptz", "none", maybe(ts(2025, 2025), .03)),
        Col("instance_id", "integer NOT NULL", "none", P("instance"))],
        rows=150, extra=[fkey(S, "person", "instance_id", "instance")])
    local_user = Table(S, "local_user", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("person_id", "integer NOT NULL", "none", seq()),
        Col("password_encrypted", "text NOT NULL", "credentials", argon2),
        Col("email", "text", "email", P("email")),
        Col("show_nsfw", "boolean", "none", boolean(.2)),
        Col("theme", "text", "none", pick("browser", "darkly", "litely", "vaporwave-dark")),
        Col("default_sort_type", "text", "none", pick("Active", "Hot", "New", "TopDay")),
        Col("default_listing_type", "text", "none", pick("Local", "All", "Subscribed")),
        Col("interface_language", "varchar(20)", "none", weighted([("nb", 6), ("nn", 1), ("en", 3), ("browser", 2)])),
        Col("show_avatars", "boolean", "none", boolean(.9)),
        Col("send_notifications_to_email", "boolean", "none", boolean(.3)),
        Col("show_scores", "boolean", "none", boolean(.8)),
        Col("show_bot_accounts", "boolean", "none", boolean(.5)),
        Col("show_read_posts", "boolean", "none", boolean(.7)),
        Col("email_verified", "boolean", "none", boolean(.9)),
        Col("accepted_application", "boolean", "none", boolean(.95)),
        Col("totp_2fa_secret", "text", "secret_token", maybe(alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), .2)),
        Col("open_links_in_new_tab", "boolean", "none", boolean()),
        Col("blur_nsfw", "boolean", "none", boolean(.9)),
        Col("auto_expand", "boolean", "none", boolean(.2)),
        Col("infinite_scroll_enabled", "boolean", "none", boolean(.3)),
        Col("admin", "boolean", "none", lambda c, i: i <= 3),
        Col("post_listing_mode", "text", "none", pick("List", "Card", "SmallCard")),
        Col("totp_2fa_enabled", "boolean", "none", boolean(.2)),
        Col("enable_keyboard_navigation", "boolean", "none", boolean(.1)),
        Col("enable_animated_images", "boolean", "none", boolean(.8)),
        Col("collapse_bot_comments", "boolean", "none", boolean(.2))],
        rows=110, extra=[fkey(S, "local_user", "person_id", "person")])
    community = Table(S, "community", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("name", "varchar(255) NOT NULL", "none", lambda c, i: COMMUNITIES[i - 1]),
        Col("title", "varchar(255)", "none", lambda c, i: COMMUNITIES[i - 1].replace("_", " ").capitalize()),
        Col("description", "text", "none", lambda c, i: f"Diskusjon om {COMMUNITIES[i - 1]}. Vær hyggelige."),
        Col("removed", "boolean", "none", boolean(.02)),
        Col("published", "timestamptz", "none", ts(2023, 2023)),
        Col("updated", "timestamptz", "none", maybe(ts(2024, 2025))),
        Col("deleted", "boolean", "none", boolean(.02)),
        Col("nsfw", "boolean", "none", boolean(.02)),
        Col("actor_id", "varchar(255)", "none", lambda c, i: f"https://{HOST}/c/{COMMUNITIES[i - 1]}"),
        Col("local", "boolean", "none", boolean(1)),
        Col("private_key", "text", "secret_token", pem_private),
        Col("public_key", "text", "none", pem_public),
        Col("last_refreshed_at", "timestamptz", "none", ts(2024, 2025)),
        Col("icon", "text", "none", maybe(lambda c, i: f"https://{HOST}/pictrs/image/{uuid4(c, i)}.png", .6)),
        Col("banner", "text", "none", maybe(lambda c, i: f"https://{HOST}/pictrs/image/{uuid4(c, i)}.png", .3)),
        Col("followers_url", "varchar(255)", "none", lambda c, i: f"https://{HOST}/c/{COMMUNITIES[i - 1]}/followers"),
        Col("inbox_url", "varchar(255)", "none", lambda c, i: f"https://{HOST}/c/{COMMUNITIES[i - 1]}/inbox"),
        Col("shared_inbox_url", "varchar(255)", "none", lambda c, i: f"https://{HOST}/inbox"),
        Col("hidden", "boolean", "none", boolean(.02)),
        Col("posting_restricted_to_mods", "boolean", "none", lambda c, i: COMMUNITIES[i - 1] == "meta"),
        Col("instance_id", "integer NOT NULL", "none", lambda c, i: 1),
        Col("moderators_url", "varchar(255)", "none", lambda c, i: f"https://{HOST}/c/{COMMUNITIES[i - 1]}/moderators"),
        Col("featured_url", "varchar(255)", "none", lambda c, i: f"https://{HOST}/c/{COMMUNITIES[i - 1]}/featured"),
        Col("visibility", "text", "none", pick("Public", "Public", "LocalOnly"))],
        rows=len(COMMUNITIES), extra=[fkey(S, "community", "instance_id", "instance")])
    follower = Table(S, "community_follower", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("community_id", "integer NOT NULL", "none", fk(len(COMMUNITIES))),
        Col("person_id", "integer NOT NULL", "none", fk(150)),
        Col("published", "timestamptz", "none", ts(2023, 2025)),
        Col("pending", "boolean", "none", boolean(.05))],
        rows=150, extra=[fkey(S, "community_follower", "community_id", "community"),
                         fkey(S, "community_follower", "person_id", "person")])
    post = Table(S, "post", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("name", "varchar(200) NOT NULL", "none", lambda c, i: c.r.choice(TITLES)),
        Col("url", "varchar(2000)", "none", maybe(pick("https://www.nrk.no/norge/", "https://blog.rust-lang.org/",
                                                       "https://e24.no/energi", "https://www.yr.no/"), .4)),
        Col("body", "text", "free_text_may_contain_pii", _fmt(BODIES, "post", 150)),
        Col("creator_id", "integer NOT NULL", "none", fk(150)),
        Col("community_id", "integer NOT NULL", "none", fk(len(COMMUNITIES))),
        Col("removed", "boolean", "none", boolean(.03)),
        Col("locked", "boolean", "none", boolean(.03)),
        Col("published", "timestamptz", "none", ts(2023, 2025)),
        Col("updated", "timestamptz", "none", maybe(ts(2024, 2025), .2)),
        Col("deleted", "boolean", "none", boolean(.03)),
        Col("nsfw", "boolean", "none", boolean(.01)),
        Col("embed_title", "text", "none", maybe(pick("NRK – Nyheter", "Announcing Rust 1.80.0", "Strømpris"), .3)),
        Col("embed_description", "text", "none", maybe(pick("Siste nytt fra hele landet.", "The Rust team..."), .2)),
        Col("thumbnail_url", "text", "none", maybe(lambda c, i: f"https://{HOST}/pictrs/image/{uuid4(c, i)}.jpeg")),
        Col("ap_id", "varchar(255)", "none", lambda c, i: f"https://{HOST}/post/{1200 + i}"),
        Col("local", "boolean", "none", boolean(.9)),
        Col("embed_video_url", "text", "none", maybe(pick("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), .03)),
        Col("language_id", "integer", "none", pick(0, 37, 37, 38, 91)),
        Col("featured_community", "boolean", "none", boolean(.02)),
        Col("featured_local", "boolean", "none", boolean(.01)),
        Col("url_content_type", "text", "none", maybe(pick("text/html", "image/jpeg"), .4)),
        Col("alt_text", "text", "none", maybe(pick("Utsikt fra toppen", "Katt på tastatur", "Graf over strømpris"), .1))],
        rows=150, extra=[fkey(S, "post", "creator_id", "person"), fkey(S, "post", "community_id", "community")])
    comment = Table(S, "comment", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("creator_id", "integer NOT NULL", "none", fk(150)),
        Col("post_id", "integer NOT NULL", "none", fk(150)),
        Col("content", "text NOT NULL", "free_text_may_contain_pii", _fmt(COMMENTS, "comment", 150)),
        Col("removed", "boolean", "none", boolean(.03)),
        Col("published", "timestamptz", "none", ts(2023, 2025)),
        Col("updated", "timestamptz", "none", maybe(ts(2024, 2025), .1)),
        Col("deleted", "boolean", "none", boolean(.03)),
        Col("ap_id", "varchar(255)", "none", lambda c, i: f"https://{HOST}/comment/{8800 + i}"),
        Col("local", "boolean", "none", boolean(.85)),
        Col("path", "text", "none", lambda c, i: f"0.{i}" if i < 40 else f"0.{c.r.randint(1, 39)}.{i}"),
        Col("distinguished", "boolean", "none", boolean(.01)),
        Col("language_id", "integer", "none", pick(0, 37, 37, 38))],
        rows=150, extra=[fkey(S, "comment", "creator_id", "person"), fkey(S, "comment", "post_id", "post")])
    pm = Table(S, "private_message", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("creator_id", "integer NOT NULL", "none", fk(150)),
        Col("recipient_id", "integer NOT NULL", "none", fk(150)),
        Col("content", "text NOT NULL", "free_text_may_contain_pii", _fmt(PMS, "pm", 150)),
        Col("deleted", "boolean", "none", boolean(.05)),
        Col("read", "boolean", "none", boolean(.7)),
        Col("published", "timestamptz", "none", ts(2023, 2025)),
        Col("updated", "timestamptz", "none", maybe(ts(2024, 2025), .05)),
        Col("ap_id", "varchar(255)", "none", lambda c, i: f"https://{HOST}/private_message/{300 + i}"),
        Col("local", "boolean", "none", boolean(.9))],
        rows=100, extra=[fkey(S, "private_message", "creator_id", "person"),
                         fkey(S, "private_message", "recipient_id", "person")])
    reset = Table(S, "password_reset_request", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("token", "text NOT NULL", "secret_token", alnum(32)),
        Col("published", "timestamptz", "none", ts(2023, 2025)),
        Col("local_user_id", "integer NOT NULL", "none", fk(110))],
        rows=80, extra=[fkey(S, "password_reset_request", "local_user_id", "local_user")])
    login = Table(S, "login_token", [
        Col("token", "text PRIMARY KEY", "secret_token", jwt),
        Col("user_id", "integer NOT NULL", "none", fk(110)),
        Col("published", "timestamptz", "none", ts(2024, 2025)),
        Col("ip", "text", "ip_address", lambda c, i: ipv6(c, i) if c.r.random() < .2 else ipv4(c, i)),
        Col("user_agent", "text", "none", pick("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
                                               "Jerboa/0.0.60", "Voyager/2.9.1", "Mozilla/5.0 (iPhone; CPU iPhone OS "
                                               "17_5 like Mac OS X) AppleWebKit/605.1.15"))],
        rows=120, extra=[fkey(S, "login_token", "user_id", "local_user")])
    application = Table(S, "registration_application", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("local_user_id", "integer NOT NULL", "none", seq()),
        Col("answer", "text NOT NULL", "free_text_may_contain_pii", answer),
        Col("admin_id", "integer", "none", maybe(fk(3), .9)),
        Col("deny_reason", "text", "none", maybe(pick("Spam-konto", "Svarte ikke på spørsmålet", "Bot"), .05)),
        Col("published", "timestamptz", "none", ts(2023, 2025))],
        rows=100, extra=[fkey(S, "registration_application", "local_user_id", "local_user")])
    verify = Table(S, "email_verification", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("local_user_id", "integer NOT NULL", "none", seq()),
        Col("email", "text NOT NULL", "email", lambda c, i: row(c, "lemmy.person", i, _person)["email"]),
        Col("verification_token", "text NOT NULL", "secret_token", hexs(32)),
        Col("published", "timestamptz", "none", ts(2023, 2025))],
        rows=90, extra=[fkey(S, "email_verification", "local_user_id", "local_user")])
    ban = Table(S, "mod_ban", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("mod_person_id", "integer NOT NULL", "none", fk(3)),
        Col("other_person_id", "integer NOT NULL", "none", fk(150)),
        Col("reason", "text", "none", pick("Spam", "Personangrep i c/politikk", "Ban evasion", "Trolling", None)),
        Col("banned", "boolean", "none", boolean(.8)),
        Col("expires", "timestamptz", "none", maybe(ts(2024, 2025))),
        Col("when_", "timestamptz", "none", ts(2023, 2025))],
        rows=80, extra=[fkey(S, "mod_ban", "mod_person_id", "person"), fkey(S, "mod_ban", "other_person_id", "person")])
    secret = Table(S, "secret", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("jwt_secret", "varchar NOT NULL", "secret_token", b64(32, urlsafe=True))], rows=1)
    return [instance, person, local_user, community, follower, post, comment, pm, reset, login, application, verify,
            ban, secret]
