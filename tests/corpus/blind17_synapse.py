"""t_synapse: a Matrix Synapse homeserver of a university in Brittany (matrix.univ-rennes.fr).

Tables and columns as Synapse's PostgreSQL schema has them (Synapse declares almost no foreign keys).
"""
from __future__ import annotations

import base64
import json

from .blind17_gens import (bcrypt, boolean, chars, epoch_ms, fill, hexs, ipv4, num, person, pick, ref, rng,
                           seq, some)
from .gens import Col, Ctx, Table

S = "t_synapse"
U = "mx.users"
NU = 120
HS = "matrix.univ-rennes.fr"
IPS = ["148.60", "129.20", "131.254", "90.18", "86.245", "176.187", "92.184", "2a01:cb1d"]


def _p(c: Ctx, j: int):
    return person(c, U, j, "fr", (1962, 2005))


_LOCALS: dict[int, list[str]] = {}


def local(c: Ctx, j: int) -> str:
    """Staff log in with their LDAP uid, students with their student number; the first comer keeps a uid."""
    key = id(c)
    if key not in _LOCALS or len(_LOCALS[key]) != NU or _LOCALS[key][0] != _candidate(c, 1):
        seen: set[str] = set()
        out = []
        for k in range(1, NU + 1):
            name = _candidate(c, k)
            while name in seen:
                name += str(k % 10)
            seen.add(name)
            out.append(name)
        _LOCALS[key] = out
    return _LOCALS[key][j - 1]


def _candidate(c: Ctx, j: int) -> str:
    p = _p(c, j)
    return f"e{21_000_000 + p.r % 4_000_000}" if j % 3 == 1 else p.login


def mxid(c: Ctx, j: int) -> str:
    return f"@{local(c, j)}:{HS}"


def _ip(c: Ctx, i: int) -> str:
    v = ipv4(IPS[:-1])(c, i)
    return v if c.r.random() < 0.85 else f"2a01:cb1d:{c.r.randint(4096, 65535):x}:{c.r.randint(0, 65535):x}::1"


UA = ["Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
      "Element/1.11.58 (iPhone14,5; iOS 17.2.1; Scale/3.00)", "Element/1.6.10 (Xiaomi Redmi Note 11; Android 13)",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Element/1.11.57 Chrome/120",
      "FluffyChat/1.17.1 (Android)", "synapse-admin/0.8.7", "python-requests/2.31.0"]


def _users() -> Table:
    def kind(c: Ctx, i: int) -> str | None:
        return None if i % 3 else c.r.choice([None, None, "support", "bot"])
    return Table(S, "users", [
        Col("name", "text PRIMARY KEY", "none", mxid),
        Col("password_hash", "text", "credentials", lambda c, i: bcrypt(c, i) if c.r.random() < 0.4 else None),
        Col("creation_ts", "bigint", "none", lambda c, i: epoch_ms(2020, 2024)(c, i) // 1000),
        Col("admin", "smallint DEFAULT 0 NOT NULL", "none", lambda c, i: 1 if i in (3, 6, 9) else 0),
        Col("upgrade_ts", "bigint", "none", pick(None)),
        Col("is_guest", "smallint DEFAULT 0 NOT NULL", "none", pick(0)),
        Col("appservice_id", "text", "none", lambda c, i: "irc-bridge" if i % 40 == 0 else None),
        Col("consent_version", "text", "none", pick("1.0", "2.1", None)),
        Col("consent_server_notice_sent", "text", "none", pick("1.0", "2.1", None)),
        Col("user_type", "text", "none", kind),
        Col("deactivated", "smallint DEFAULT 0 NOT NULL", "none", lambda c, i: int(c.r.random() < 0.06)),
        Col("shadow_banned", "boolean", "none", lambda c, i: c.r.random() < 0.02),
        Col("consent_ts", "bigint", "none", epoch_ms(2021, 2024)),
        Col("approved", "boolean", "none", boolean(0.98)),
        Col("locked", "boolean DEFAULT false NOT NULL", "none", boolean(0.01)),
        Col("suspended", "boolean DEFAULT false NOT NULL", "none", boolean(0.01)),
    ], rows=NU)


def _displayname(c: Ctx, j: int) -> str:
    p = _p(c, j)
    r = rng(c, U + ":dn", j)
    return r.choice([f"{p.first} {p.last}", f"{p.first} {p.last.upper()}", f"{p.first} {p.last} (L3 Info)",
                     f"{p.last.upper()} {p.first}", p.first, f"{p.first} {p.last[0]}."])


def _profiles() -> Table:
    return Table(S, "profiles", [
        Col("user_id", "text NOT NULL", "none", local),
        Col("displayname", "text", "person_name", _displayname),
        Col("avatar_url", "text", "none", some(0.5, chars(24, prefix=f"mxc://{HS}/"))),
        Col("full_user_id", "text NOT NULL", "none", mxid),
    ], rows=NU)


_TP = ref("mx.tp", NU)


def _tp(part: str):
    def gen(c: Ctx, i: int):
        j = _TP(c, i)
        r = rng(c, "mx.tp:m", i)
        msisdn = r.random() < 0.18
        if part == "user":
            return mxid(c, j)
        if part == "medium":
            return "msisdn" if msisdn else "email"
        p = _p(c, j)
        if msisdn:
            return "33" + "".join(ch for ch in p.phone if ch.isdigit())[-9:]
        a = p.first.lower().replace("é", "e").replace("ë", "e").replace("ï", "i").replace("è", "e")
        b = p.last.lower().replace(" ", "").replace("'", "").replace("è", "e")
        return r.choice([f"{a}.{b}@etudiant.univ-rennes.fr", f"{a}.{b}@univ-rennes.fr", p.email])
    return gen


def _threepids() -> Table:
    return Table(S, "user_threepids", [
        Col("user_id", "text NOT NULL", "none", _tp("user")),
        Col("medium", "text NOT NULL", "none", _tp("medium")),
        Col("address", "text NOT NULL", "email", _tp("address")),
        Col("validated_at", "bigint NOT NULL", "none", epoch_ms(2020, 2024)),
        Col("added_at", "bigint NOT NULL", "none", epoch_ms(2020, 2024)),
    ], rows=130)


def _token(c: Ctx, j: int) -> str:
    loc = base64.b64encode(local(c, j).encode()).decode().rstrip("=")
    return f"syt_{loc}_{chars(20)(c, j)}_{chars(6)(c, j)}"


_AT = ref("mx.at", NU)


def _access() -> Table:
    return Table(S, "access_tokens", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("user_id", "text NOT NULL", "none", lambda c, i: mxid(c, _AT(c, i))),
        Col("device_id", "text", "none", chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        Col("token", "text NOT NULL", "secret_token", lambda c, i: _token(c, _AT(c, i))),
        Col("valid_until_ms", "bigint", "none", some(0.3, epoch_ms(2024, 2025))),
        Col("puppets_user_id", "text", "none", lambda c, i: mxid(c, 3) if i % 50 == 0 else None),
        Col("last_validated", "bigint", "none", epoch_ms(2024, 2024)),
        Col("refresh_token_id", "bigint", "none", some(0.3, num(1, 900))),
        Col("used", "boolean", "none", boolean(0.7)),
    ], rows=140)


_DEV = ref("mx.dev", NU)


def _devname(c: Ctx, i: int) -> str:
    first = _p(c, _DEV(c, i)).first
    return c.r.choice(["app.element.io: Firefox sur Linux", "Element Desktop: Windows", "Element Android",
                       f"iPhone de {first}", f"Pixel 7 de {first}", "matrix.univ-rennes.fr: Chrome sur macOS",
                       "FluffyChat Android", f"PC bureau {first}", "Element iOS"])


def _devices() -> Table:
    return Table(S, "devices", [
        Col("user_id", "text NOT NULL", "none", lambda c, i: mxid(c, _DEV(c, i))),
        Col("device_id", "text NOT NULL", "none", chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        Col("display_name", "text", "free_text_may_contain_pii", _devname),
        Col("last_seen", "bigint", "none", epoch_ms(2024, 2024)),
        Col("ip", "text", "ip_address", _ip),
        Col("user_agent", "text", "none", pick(*UA)),
        Col("hidden", "boolean DEFAULT false", "none", boolean(0.02)),
    ], rows=140)


def _user_ips() -> Table:
    ip = ref("mx.ip", NU)
    return Table(S, "user_ips", [
        Col("user_id", "text NOT NULL", "none", lambda c, i: mxid(c, ip(c, i))),
        Col("access_token", "text NOT NULL", "secret_token", lambda c, i: _token(c, ip(c, i))),
        Col("device_id", "text", "none", chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        Col("ip", "text NOT NULL", "ip_address", _ip),
        Col("user_agent", "text NOT NULL", "none", pick(*UA)),
        Col("last_seen", "bigint NOT NULL", "none", epoch_ms(2024, 2024)),
    ], rows=150)


ROOMS = ["L3 Informatique - TD2", "Master Droit public", "Cellule d'écoute psychologique", "BU - entraide",
         "Association Sportive UR", "DSI - incidents", "Labo IRISA équipe", "Syndicat étudiant - bureau",
         "Covoiturage Rennes-Vannes", "Accueil étudiants internationaux", "Service handicap - suivi", "Off-topic"]


def _room(c: Ctx, k: int) -> str:
    r = rng(c, "mx.room", k)
    return "!" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(18)) + ":" + HS


def _rooms() -> Table:
    return Table(S, "room_stats_state", [
        Col("room_id", "text NOT NULL", "none", _room),
        Col("name", "text", "none", lambda c, i: ROOMS[i % len(ROOMS)] + ("" if i <= 12 else f" {2020 + i % 5}")),
        Col("canonical_alias", "text", "none", some(0.6, lambda c, i: f"#salon{i}:{HS}")),
        Col("join_rules", "text", "none", pick("invite", "public", "restricted", "knock")),
        Col("history_visibility", "text", "none", pick("shared", "joined", "invited", "world_readable")),
        Col("encryption", "text", "none", pick("m.megolm.v1.aes-sha2", None)),
        Col("avatar", "text", "none", some(0.3, chars(24, prefix=f"mxc://{HS}/"))),
        Col("guest_access", "text", "none", pick("can_join", "forbidden")),
        Col("is_federatable", "boolean", "none", boolean(0.9)),
        Col("topic", "text", "none", pick("Questions sur les TD et les partiels", "Annonces du service", None,
                                          "Règles : bienveillance, pas de pub", "Salon officiel - modéré")),
        Col("room_type", "text", "none", pick(None, None, "m.space")),
    ], rows=80)


_MEM = ref("mx.mem", NU)


def _members() -> Table:
    return Table(S, "room_memberships", [
        Col("event_id", "text NOT NULL", "none", chars(43, prefix="$")),
        Col("user_id", "text NOT NULL", "none", lambda c, i: mxid(c, _MEM(c, i))),
        Col("sender", "text NOT NULL", "none", lambda c, i: mxid(c, _MEM(c, i))),
        Col("room_id", "text NOT NULL", "none", lambda c, i: _room(c, c.r.randint(1, 80))),
        Col("membership", "text NOT NULL", "none", pick("join", "join", "join", "leave", "invite", "ban")),
        Col("forgotten", "integer DEFAULT 0", "none", pick(0)),
        Col("display_name", "text", "person_name", lambda c, i: _displayname(c, _MEM(c, i))),
        Col("avatar_url", "text", "none", some(0.4, chars(24, prefix=f"mxc://{HS}/"))),
        Col("event_stream_ordering", "bigint", "none", lambda c, i: 4_000_000 + i * 37),
        Col("participant", "boolean DEFAULT false", "none", boolean(0.6)),
    ], rows=150)


_BODY = fill([
    "Bonjour à tous, le TD de jeudi est déplacé en salle B12.", "Quelqu'un a les notes du CM de mardi ?",
    "Je serai absente demain, je suis malade (certificat envoyé à la scolarité).",
    "Pour le covoiturage vers Vannes vendredi, appelez-moi au {phone}, {first}",
    "Merci {first} {last} pour ton aide sur le projet !", "Le serveur GitLab est de nouveau accessible.",
    "Mon adresse perso si besoin : {mail}", "Je suis en tiers-temps, l'aménagement est validé par le service handicap.",
    "Réunion du bureau à 18h, ordre du jour dans le pad.", "ok", "👍", "Rdv devant la BU à 14h",
], phone=["06 12 48 77 90", "07 81 22 35 46", "+33 6 45 90 12 08"], first=["Maëlle", "Erwan", "Yanis", "Solène"],
    last=["Le Gall", "Morvan", "Guillou"], mail=["nolwenn.tanguy@laposte.net", "kevin.riou35@orange.fr"])


def _event(c: Ctx, i: int) -> str:
    j = c.r.randint(1, NU)
    return json.dumps({"type": "m.room.message", "sender": mxid(c, j), "room_id": _room(c, c.r.randint(1, 80)),
                       "content": {"msgtype": "m.text", "body": _BODY(c, i)},
                       "origin_server_ts": epoch_ms(2023, 2024)(c, i), "depth": c.r.randint(10, 9000)},
                      ensure_ascii=False)


def _events() -> Table:
    return Table(S, "event_json", [
        Col("event_id", "text NOT NULL", "none", chars(43, prefix="$")),
        Col("room_id", "text NOT NULL", "none", lambda c, i: _room(c, c.r.randint(1, 80))),
        Col("internal_metadata", "text NOT NULL", "none",
            lambda c, i: json.dumps({"stream_ordering": 5_000_000 + i, "txn_id": f"m{epoch_ms(2024, 2024)(c, i)}"})),
        Col("json", "text NOT NULL", "free_text_may_contain_pii", _event),
        Col("format_version", "integer", "none", pick(3)),
    ], rows=150)


_MED = ref("mx.med", NU)


def _upload(c: Ctx, i: int) -> str:
    p = _p(c, _MED(c, i))
    return c.r.choice([f"IMG_2024{c.r.randint(101, 1231):04d}_{c.r.randint(80000, 235959)}.jpg", "image.png",
                       f"CV_{p.first}_{p.last}.pdf", f"attestation_CAF_{p.last}.pdf", "capture.png",
                       f"certificat_medical_{p.last.upper()}.pdf", "sujet_partiel_2023.pdf", "recording.ogg",
                       f"rapport_stage_{p.first.lower()}.docx", "Screenshot_20240312-101512.png"])


def _media() -> Table:
    return Table(S, "local_media_repository", [
        Col("media_id", "text", "none", chars(24)),
        Col("media_type", "text", "none", pick("image/jpeg", "image/png", "application/pdf", "audio/ogg")),
        Col("media_length", "integer", "none", num(8_000, 9_000_000)),
        Col("created_ts", "bigint", "none", epoch_ms(2021, 2024)),
        Col("upload_name", "text", "free_text_may_contain_pii", _upload),
        Col("user_id", "text", "none", lambda c, i: mxid(c, _MED(c, i))),
        Col("quarantined_by", "text", "none", lambda c, i: mxid(c, 3) if c.r.random() < 0.02 else None),
        Col("url_cache", "text", "none", pick(None)),
        Col("last_access_ts", "bigint", "none", epoch_ms(2024, 2024)),
        Col("safe_from_quarantine", "boolean DEFAULT false NOT NULL", "none", boolean(0.05)),
        Col("authenticated", "boolean DEFAULT false NOT NULL", "none", boolean(0.3)),
        Col("sha256", "text", "none", hexs(64)),
    ], rows=140)


_PU = ref("mx.push", NU)


def _pushers() -> Table:
    def fcm(c: Ctx, i: int) -> str:
        return chars(22)(c, i) + ":APA91b" + chars(134, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                             "0123456789-_")(c, i)
    return Table(S, "pushers", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("user_name", "text NOT NULL", "none", lambda c, i: mxid(c, _PU(c, i))),
        Col("access_token", "bigint", "none", num(1, 140)),
        Col("profile_tag", "text NOT NULL", "none", hexs(16)),
        Col("kind", "text NOT NULL", "none", pick("http", "http", "email")),
        Col("app_id", "text NOT NULL", "none", pick("im.vector.app.android", "im.vector.app.ios.prod", "m.email")),
        Col("app_display_name", "text NOT NULL", "none", pick("Element Android", "Element iOS", "Email Notifications")),
        Col("device_display_name", "text NOT NULL", "free_text_may_contain_pii",
            lambda c, i: c.r.choice([f"Téléphone de {_p(c, _PU(c, i)).first}", "SM-A536B", "iPhone", "Pixel 6a"])),
        Col("pushkey", "text NOT NULL", "secret_token", fcm),
        Col("ts", "bigint NOT NULL", "none", epoch_ms(2022, 2024)),
        Col("lang", "text", "none", pick("fr", "fr-FR", "en")),
        Col("data", "text", "none", pick('{"url":"https://matrix.org/_matrix/push/v1/notify","format":"event_id_only"}',
                                         '{"url":"https://sygnal.univ-rennes.fr/_matrix/push/v1/notify"}')),
        Col("last_stream_ordering", "bigint", "none", num(4_000_000, 5_100_000)),
        Col("last_success", "bigint", "none", epoch_ms(2024, 2024)),
        Col("failing_since", "bigint", "none", some(0.05, epoch_ms(2024, 2024))),
        Col("enabled", "boolean", "none", boolean(0.95)),
        Col("device_id", "text", "none", chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    ], rows=110)


def _regtokens() -> Table:
    return Table(S, "registration_tokens", [
        Col("token", "text NOT NULL", "secret_token",
            chars(16, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")),
        Col("uses_allowed", "integer", "none", pick(None, 1, 1, 30, 200)),
        Col("pending", "integer NOT NULL", "none", num(0, 3)),
        Col("completed", "integer NOT NULL", "none", num(0, 180)),
        Col("expiry_time", "bigint", "none", some(0.7, epoch_ms(2024, 2025))),
    ], rows=80)


def synapse_tables() -> list[Table]:
    return [_users(), _profiles(), _threepids(), _access(), _devices(), _user_ips(), _rooms(), _members(),
            _events(), _media(), _pushers(), _regtokens()]
