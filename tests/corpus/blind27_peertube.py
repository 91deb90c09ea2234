"""ac_peertube: PeerTube 6's tables (Sequelize: camelCase table and column names, quoted) as a Montenegrin
university's video instance keeps them: lecturers' and students' accounts, channels, videos, comments and abuse
reports, OAuth tokens and per-viewer watch statistics."""
from __future__ import annotations

from stdnum.iso7064 import mod_97_10
from stdnum.iban import calc_check_digits

from .blind27_gens import (b32tok, b64tok, bcrypt, const, cyc, fk, fk_sql, flag, maybe, num, pem_key, pick, rid,
                           stamp, uid, wpick)
from .blind27_people import pf, say
from .gens import Col, Ctx, Table

S, CC, P = "ac_peertube", "ME", "me_user"
HOST = "https://video.ucg.example.me"
_TOKEN = b64tok(30)
N_CLIENTS, N_USERS, N_ACTORS, N_CHANNELS, N_VIDEOS, N_ACCOUNTS = 3, 120, 150, 30, 150, 120

_VIDEOS = ("Predavanje: Matematika 1 — {n}. sedmica", "Kotor iz drona", "KotorArt {y}: koncert na Trgu od oružja",
           "Skijanje na Kolašinu 1450", "Tutorijal: Python za početnike ({n})", "Odbrana master rada", "Vježbe iz "
           "fizike {n}", "Biogradska gora u jesen", "Radionica: ekonomija EU", "Dan otvorenih vrata {y}")
_COMMENTS = (
    "Odlično predavanje, hvala profesore!", "Može li snimak sa vježbi? Pišite mi na {email}.",
    "{o_given}, javi mi se na {mobile} za skripte.", "Gdje je ovo snimljeno?", "Bravo!",
    "Kolega {o_full} je napravio grešku na 12:40, rješenje je 3/4.", "Ne radi mi zvuk od 5. minuta.",
)
_BIOS = ("Profesor na Elektrotehničkom fakultetu. Kontakt: {email}", "Studentkinja arhitekture.",
         "Snimam priprode Durmitora.", "{full}, asistent na PMF-u, kabinet 214, tel. {landline}", "", "")
_BLOCKED = ("Spam", "Dijeljenje tuđih ličnih podataka: objavio broj {o_mobile}", "Kršenje autorskih prava",
            "Uvrede na račun korisnice {o_full}")
_ABUSE = ("Ovaj snimak prikazuje moje lice bez dozvole. {full}, {mobile}", "Neprimjeren sadržaj.",
          "Video je preuzet sa tuđeg kanala.", "Korisnik vrijeđa {o_full} u komentarima.", "Spam link.")
_REG = ("Student sam ETF-a, želim da postavljam snimke predavanja.", "Ja sam {full}, novinarka, tel. {mobile}.",
        "Zaposlen u studentskoj službi.", "Predajem na Fakultetu za turizam u Kotoru, moj mejl je {email}.", "")
_SUPPORT = ("Podržite kanal: {full}, IBAN {iban}", "Hvala na gledanju!", "", "Donacije: Studentski parlament UCG")


def _me_iban(c: Ctx, i: int) -> str:
    """A Montenegrin IBAN: bank 3 + account 13 + national mod-97 pair, then the IBAN check digits (both stdnum)."""
    acct = f"{c.r.choice(('510', '530', '535', '550', '520'))}{c.r.randint(0, 10**13 - 1):013d}"
    bban = acct + mod_97_10.calc_check_digits(acct)
    return f"ME{calc_check_digits('ME00' + bban)}{bban}"


def _support(c: Ctx, i: int) -> str:
    return say(_SUPPORT, P, CC, fk(N_USERS, 1, -1), extra=lambda cc: {"iban": _me_iban(cc, i)})(c, i)


def _actor_user(c: Ctx, i: int) -> str:
    return pf("login", P, CC)(c, i) if i <= N_USERS else f"kanal_{i - N_USERS}"


def _video_name(c: Ctx, i: int) -> str:
    return c.r.choice(_VIDEOS).format(n=c.r.randint(1, 14), y=c.r.randint(2019, 2024))


def peertube_tables() -> list[Table]:
    client = Table(S, "oAuthClient", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("clientId", "varchar(255)", "none", b64tok(16)),
        Col("clientSecret", "varchar(255)", "secret_token", b64tok(24)),
        Col("grants", "varchar(255)[]", "none", const("{password,refresh_token}")),
        Col("redirectUris", "varchar(255)[]", "none", const("{}")),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2020)),
        Col("updatedAt", "timestamptz", "none", stamp(2021, 2024)),
    ], rows=N_CLIENTS)
    user = Table(S, "user", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("password", "varchar(255)", "credentials", bcrypt("$2a$10$")),
        Col("username", "varchar(255)", "none", pf("login", P, CC)),
        Col("email", "varchar(400)", "email", pf("email", P, CC)),
        Col("pendingEmail", "varchar(400)", "email", maybe(lambda c, i: f"{pf('login', P, CC)(c, i)}@ucg.ac.me",
                                                           0.9)),
        Col("emailVerified", "boolean", "none", flag(0.9, True, False)),
        Col("emailPublic", "boolean", "none", flag(0.1, True, False)),
        Col("nsfwPolicy", "varchar(255)", "none", pick(("do_not_list", "blur", "display"))),
        Col("p2pEnabled", "boolean", "none", flag(0.8, True, False)),
        Col("videoLanguages", "varchar(255)[]", "none", pick((None, "{sr,hr,bs}", "{en}", "{sr}"))),
        Col("role", "integer", "none", wpick((0, 1, 2), (2, 5, 93))),
        Col("videoQuota", "bigint", "none", pick((-1, 5368709120, 10737418240))),
        Col("videoQuotaDaily", "bigint", "none", pick((-1, 1073741824))),
        Col("blocked", "boolean", "none", lambda c, i: i % 17 == 0),
        Col("blockedReason", "varchar(255)", "free_text_may_contain_pii",
            lambda c, i: say(_BLOCKED, P, CC)(c, i) if i % 17 == 0 else None),
        Col("lastLoginDate", "timestamptz", "none", stamp(2023, 2024)),
        Col("otpSecret", "varchar(255)", "secret_token", maybe(b32tok(32), 0.8)),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2024)),
    ], rows=N_USERS)
    actor = Table(S, "actor", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("type", "varchar(255)", "none", lambda c, i: "Person" if i <= N_USERS else "Group"),
        Col("preferredUsername", "varchar(255)", "none", _actor_user),
        Col("url", "varchar(2000)", "none",
            lambda c, i: f"{HOST}/{'accounts' if i <= N_USERS else 'video-channels'}/{_actor_user(c, i)}"),
        Col("publicKey", "varchar(5000)", "none", pem_key("PUBLIC")),
        Col("privateKey", "varchar(5000)", "secret_token", pem_key("PRIVATE")),
        Col("followersCount", "integer", "none", num(0, 800)),
        Col("followingCount", "integer", "none", num(0, 60)),
        Col("inboxUrl", "varchar(2000)", "none", lambda c, i: f"{HOST}/accounts/{_actor_user(c, i)}/inbox"),
        Col("sharedInboxUrl", "varchar(2000)", "none", const(f"{HOST}/inbox")),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2024)),
    ], rows=N_ACTORS)
    account = Table(S, "account", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("name", "varchar(255)", "person_name", pf("full", P, CC)),
        Col("description", "varchar(1000)", "free_text_may_contain_pii", say(_BIOS, P, CC)),
        Col("actorId", "integer", "none", rid()),
        Col("userId", "integer", "none", rid()),
        Col("applicationId", "integer", "none", const(None)),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2024)),
        Col("updatedAt", "timestamptz", "none", stamp(2023, 2024)),
    ], rows=N_ACCOUNTS, extra=[fk_sql(S, "account", "actorId", "actor", "id"),
                               fk_sql(S, "account", "userId", "user", "id")])
    channel = Table(S, "videoChannel", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("name", "varchar(255)", "none", cyc(("ETF predavanja", "PMF — matematika", "Studentski parlament",
                                                  "Arhitektura UCG", "Fakultet za turizam Kotor", "Medicinski "
                                                  "fakultet — vježbe"))),
        Col("description", "varchar(1000)", "none", pick(("Snimci predavanja i vježbi.", "Zvanični kanal.",
                                                          "Događaji i gostujuća predavanja.", ""))),
        Col("support", "varchar(1000)", "free_text_may_contain_pii", _support),
        Col("actorId", "integer", "none", lambda c, i: N_USERS + i),
        Col("accountId", "integer", "none", fk(N_ACCOUNTS, 1, -1)),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2024)),
    ], rows=N_CHANNELS, extra=[fk_sql(S, "videoChannel", "actorId", "actor", "id"),
                               fk_sql(S, "videoChannel", "accountId", "account", "id")])
    video = Table(S, "video", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("uuid", "uuid", "none", uid),
        Col("name", "varchar(255)", "none", _video_name),
        Col("category", "integer", "none", pick((13, 15, 8, 2, 14))),
        Col("licence", "integer", "none", pick((1, 2, 4, 7))),
        Col("language", "varchar(255)", "none", pick(("sr", "en", "hr", None))),
        Col("privacy", "integer", "none", wpick((1, 2, 3, 4), (70, 15, 10, 5))),
        Col("nsfw", "boolean", "none", const(False)),
        Col("description", "varchar(10000)", "none", pick(("Snimak sa predavanja.", "Materijali su na Moodle-u "
                                                           "fakulteta.", "Snimljeno dronom DJI Mini 3.", None))),
        Col("duration", "integer", "none", num(30, 6000)),
        Col("views", "integer", "none", num(0, 20000)),
        Col("likes", "integer", "none", num(0, 400)),
        Col("url", "varchar(2000)", "none", lambda c, i: f"{HOST}/videos/watch/{uid(c, i)}"),
        Col("commentsEnabled", "boolean", "none", flag(0.9, True, False)),
        Col("downloadEnabled", "boolean", "none", flag(0.6, True, False)),
        Col("state", "integer", "none", wpick((1, 2, 3), (90, 5, 5))),
        Col("channelId", "integer", "none", fk(N_CHANNELS, 7)),
        Col("publishedAt", "timestamptz", "none", stamp(2020, 2024)),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2024)),
    ], rows=N_VIDEOS, extra=[fk_sql(S, "video", "channelId", "videoChannel", "id")])
    comment = Table(S, "videoComment", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("url", "varchar(2000)", "none", lambda c, i: f"{HOST}/videos/watch/{uid(c, i)};threadId={i}"),
        Col("text", "text", "free_text_may_contain_pii", say(_COMMENTS, P, CC, fk(N_ACCOUNTS, 9))),
        Col("inReplyToCommentId", "integer", "none", lambda c, i: c.r.choice((None, None, c.r.randint(1, i)))),
        Col("videoId", "integer", "none", fk(N_VIDEOS, 3)),
        Col("accountId", "integer", "none", fk(N_ACCOUNTS, 9)),
        Col("deletedAt", "timestamptz", "none", maybe(stamp(2023, 2024), 0.95)),
        Col("createdAt", "timestamptz", "none", stamp(2020, 2024)),
    ], rows=150, extra=[fk_sql(S, "videoComment", "videoId", "video", "id"),
                        fk_sql(S, "videoComment", "accountId", "account", "id")])
    token = Table(S, "oAuthToken", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("accessToken", "varchar(255)", "secret_token", _TOKEN),
        Col("accessTokenExpiresAt", "timestamptz", "none", stamp(2024, 2024)),
        Col("refreshToken", "varchar(255)", "secret_token", _TOKEN),
        Col("refreshTokenExpiresAt", "timestamptz", "none", stamp(2024, 2025)),
        Col("authName", "varchar(255)", "none", pick((None, None, "peertube-plugin-auth-ldap"))),
        Col("oAuthClientId", "integer", "none", fk(N_CLIENTS)),
        Col("userId", "integer", "none", fk(N_USERS, 7)),
        Col("createdAt", "timestamptz", "none", stamp(2024, 2024)),
    ], rows=150, extra=[fk_sql(S, "oAuthToken", "oAuthClientId", "oAuthClient", "id"),
                        fk_sql(S, "oAuthToken", "userId", "user", "id")])
    abuse = Table(S, "abuse", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("reason", "varchar(3000)", "free_text_may_contain_pii", say(_ABUSE, P, CC, fk(N_ACCOUNTS, 5))),
        Col("state", "integer", "none", pick((1, 2, 3))),
        Col("moderationComment", "varchar(3000)", "none", pick((None, "Uklonjeno.", "Nije prekršaj.",
                                                                "Upozoren korisnik."))),
        Col("predefinedReasons", "integer[]", "none", pick((None, "{1}", "{3,5}", "{6}"))),
        Col("reporterAccountId", "integer", "none", fk(N_ACCOUNTS, 5)),
        Col("flaggedAccountId", "integer", "none", fk(N_ACCOUNTS, 7, 3)),
        Col("createdAt", "timestamptz", "none", stamp(2021, 2024)),
    ], rows=80, extra=[fk_sql(S, "abuse", "reporterAccountId", "account", "id"),
                       fk_sql(S, "abuse", "flaggedAccountId", "account", "id")])
    reg = Table(S, "userRegistration", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("state", "integer", "none", pick((1, 2, 3))),
        Col("registrationReason", "text", "free_text_may_contain_pii", say(_REG, "me_applicant", CC)),
        Col("moderationResponse", "text", "none", pick((None, "Dobrodošli!", "Samo za zaposlene i studente UCG."))),
        Col("password", "varchar(255)", "credentials", bcrypt("$2a$10$")),
        Col("username", "varchar(255)", "none", pf("login", "me_applicant", CC)),
        Col("email", "varchar(400)", "email", pf("email", "me_applicant", CC)),
        Col("emailVerified", "boolean", "none", flag(0.7, True, False)),
        Col("accountDisplayName", "varchar(255)", "person_name", pf("full", "me_applicant", CC)),
        Col("channelHandle", "varchar(255)", "none", lambda c, i: f"{pf('login', 'me_applicant', CC)(c, i)}_kanal"),
        Col("userId", "integer", "none", fk(N_USERS, 1, -1, null_every=3)),
        Col("createdAt", "timestamptz", "none", stamp(2022, 2024)),
    ], rows=90, extra=[fk_sql(S, "userRegistration", "userId", "user", "id")])
    viewer = Table(S, "localVideoViewer", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("startDate", "timestamptz", "none", stamp(2024, 2024)),
        Col("endDate", "timestamptz", "none", stamp(2024, 2024)),
        Col("watchTime", "integer", "none", num(5, 5400)),
        Col("country", "varchar(255)", "none", wpick(("ME", "RS", "BA", "HR", None), (80, 8, 5, 4, 3))),
        Col("subdivisionName", "varchar(255)", "none", pick(("Podgorica", "Nikšić", "Kotor", "Budva", None))),
        Col("uuid", "uuid", "none", uid),
        Col("videoId", "integer", "none", fk(N_VIDEOS, 11)),
        Col("createdAt", "timestamptz", "none", stamp(2024, 2024)),
    ], rows=150, extra=[fk_sql(S, "localVideoViewer", "videoId", "video", "id")])
    history = Table(S, "userVideoHistory", [
        Col("id", "integer PRIMARY KEY", "none", rid()),
        Col("currentTime", "integer", "none", num(0, 5400)),
        Col("videoId", "integer", "none", fk(N_VIDEOS, 13)),
        Col("userId", "integer", "none", fk(N_USERS, 17)),
        Col("createdAt", "timestamptz", "none", stamp(2023, 2024)),
        Col("updatedAt", "timestamptz", "none", stamp(2024, 2024)),
    ], rows=120, extra=[fk_sql(S, "userVideoHistory", "videoId", "video", "id"),
                        fk_sql(S, "userVideoHistory", "userId", "user", "id")])
    return [client, user, actor, account, channel, video, comment, token, abuse, reg, viewer, history]

