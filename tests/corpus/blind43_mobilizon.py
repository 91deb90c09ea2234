"""as_mobilizon: Mobilizon (Framasoft's federated events platform, Elixir/PostgreSQL) as recalled from memory, for an
instance run by a civic association in Northern Cyprus. Persons and groups share the actors table."""
from __future__ import annotations

import json

from .blind26_gens import (C, b64, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps, uuid)
from .blind43_gens import any_mobile, any_name, person, slug
from .gens import Table

S = "as_mobilizon"
USR = "mz.user"
N_USER, N_ACTOR, N_ADDR, N_EVENT = 110, 130, 90, 120
GROUPS = ["Lefkoşa Bisiklet Derneği", "Girne Kuş Gözlem Grubu", "Mağusa Kitap Kulübü", "Güzelyurt Narenciye Kooperatifi",
          "Kıbrıs Türk Satranç Kulübü", "Lapta Yürüyüş Grubu", "Bisikletli Kadınlar KKTC", "İskele Plaj Temizliği"]
VENUES = [("Arasta Kafe", "Arasta Sok. No:3", "Lefkoşa", "99010", 35.1765, 33.3640),
          ("Kuzey Kıbrıs Türk Kültür Derneği", "Girne Cad. No:47", "Lefkoşa", "99010", 35.1790, 33.3615),
          ("Girne Antik Liman", "Liman Yolu", "Girne", "99300", 35.3421, 33.3197),
          ("Namık Kemal Meydanı", "Namık Kemal Meydanı", "Gazimağusa", "99450", 35.1251, 33.9410),
          ("Güzelyurt Belediyesi Salonu", "Ecevit Cad. No:12", "Güzelyurt", "99700", 35.1985, 32.9937),
          ("Alagadi Kaplumbağa Plajı", "Alagadi", "Girne", "99300", 35.3322, 33.4837)]


def is_group(i: int) -> bool:
    return i > N_USER


def _actor_user(i: int) -> int:
    return i if i <= N_USER else 0


def _actor_name(c, i):
    return GROUPS[(i - N_USER - 1) % len(GROUPS)] if is_group(i) else person("tr", USR, "full")(c, i)


def _username(c, i):
    return slug(_actor_name(c, i)).replace(".", "_")[:30] if is_group(i) else person("tr", USR, "user")(c, i)


def _summary(c, i):
    if is_group(i):
        return c.r.choice(["<p>Her cumartesi sabah 08:00'de buluşuyoruz.</p>", "<p>Kar amacı gütmeyen topluluk.</p>"])
    return c.r.choice([None, None, "<p>Doğa ve bisiklet meraklısı.</p>", "<p>Emekli öğretmen, Girne.</p>",
                       f"<p>Bana ulaşmak için: {person('tr', USR, 'mobile')(c, i)}</p>",
                       f"<p>İletişim: {person('tr', USR, 'email')(c, i)}</p>"])


def _comment(c, i):
    return c.r.choice(["Ben de geliyorum!", "Saat kaçta başlıyor?", "Yağmur yağarsa ertelenecek mi?",
                       f"Arabam var, Gönyeli'den almak isteyen {any_mobile('tr')(c, i)} numarasını arasın.",
                       f"{any_name('tr')(c, i)} da bizimle gelecek, kaydını yaptım.", "Harika bir etkinlikti, teşekkürler.",
                       "Fotoğrafları nereye yüklüyoruz?"])


def _participant_meta(c, i):
    if i % 3:
        return json.dumps({"message": c.r.choice(["", "Vejetaryen yemek lütfen"]), "locale": "tr"})
    return json.dumps({"email": person("tr", "mz.anon", "email")(c, i), "locale": "tr",
                       "cancellation_token": hexs(c, 32), "confirmation_token": hexs(c, 32)})


def _pem(c, i):
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(b64(c, 48) for _ in range(6)) + "\n-----END RSA PRIVATE KEY-----\n"


def _home(c, i):
    lat, lon = c.r.choice([(35.18, 33.36), (35.33, 33.32), (35.12, 33.93), (35.19, 33.0)])
    return json.dumps({"name": person("tr", USR, "a_town")(c, i), "range": c.r.choice([5, 10, 25]),
                       "geohash": "".join(c.r.choice("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(9)),
                       "lat": round(lat + c.r.uniform(-0.03, 0.03), 5), "lon": round(lon + c.r.uniform(-0.03, 0.03), 5)})


def mobilizon_tables() -> list[Table]:
    u = lambda f: person("tr", USR, f, 1955, 2006)           # noqa: E731
    return [
        Table(S, "users", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("email", "varchar(255)", "email", u("email")),
            C("password_hash", "varchar(255)", "credentials",
              lambda c, i: f"$argon2id$v=19$m=65536,t=3,p=4${b64(c, 16).rstrip('=')}${b64(c, 32).rstrip('=')}"),
            C("role", "integer", "none", one(0, 0, 0, 0, 1, 2)),
            C("confirmed_at", "timestamp", "none", maybe(stamps(2021, 2025), 0.9)),
            C("confirmation_sent_at", "timestamp", "none", stamps(2021, 2025)),
            C("confirmation_token", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 24).replace("/", "_"), 0.2)),
            C("reset_password_token", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 24).replace("/", "_"), 0.1)),
            C("unconfirmed_email", "varchar(255)", "email", maybe(lambda c, i: f"{u('user')(c, i)}@gmail.com", 0.05)),
            C("locale", "varchar(10)", "none", one("tr", "tr", "en", "tr")),
            C("default_actor_id", "bigint", "none", seq()),
            C("provider", "varchar(255)", "none", maybe(one("google", "keycloak"), 0.2)),
            C("disabled", "boolean", "none", flag(0.02)),
            C("last_sign_in_at", "timestamp", "none", stamps(2024, 2025)),
            C("last_sign_in_ip", "varchar(255)", "ip_address",
              lambda c, i: f"{c.r.choice(['194.27', '213.14', '31.206', '78.135'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("current_sign_in_ip", "varchar(255)", "ip_address",
              lambda c, i: f"{c.r.choice(['194.27', '213.14', '31.206'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("inserted_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_USER),
        Table(S, "user_settings", [
            C("user_id", "bigint PRIMARY KEY", "none", seq()),
            C("timezone", "varchar(255)", "none", const("Asia/Nicosia")),
            C("notification_on_day", "boolean", "none", flag(0.6)),
            C("notification_each_week", "boolean", "none", flag(0.3)),
            C("notification_pending_participation", "integer", "none", one(10, 20, 30)),
            C("location", "jsonb", "geo_location", _home),
            C("group_notifications", "integer", "none", one(10, 20)),
        ], rows=N_USER, extra=[fkey(S, "user_settings", "user_id", "users", "id")]),
        Table(S, "actors", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("url", "varchar(255)", "none", lambda c, i: f"https://etkinlik.kibris.social/@{_username(c, i)}"),
            C("type", "varchar(255)", "none", lambda c, i: "Group" if is_group(i) else "Person"),
            C("name", "varchar(255)", "person_name", _actor_name),
            C("preferred_username", "varchar(255)", "none", _username),
            C("domain", "varchar(255)", "none", const(None)),
            C("summary", "text", "free_text_may_contain_pii", _summary),
            C("keys", "text", "secret_token", _pem),
            C("manually_approves_followers", "boolean", "none", flag(0.1)),
            C("suspended", "boolean", "none", flag(0.01)),
            C("visibility", "integer", "none", one(0, 1, 2)),
            C("openness", "integer", "none", one(0, 1, 2)),
            C("user_id", "bigint", "none", lambda c, i: _actor_user(i) or None),
            C("avatar", "jsonb", "none", maybe(lambda c, i: json.dumps({"url": f"/media/{hexs(c, 40)}.jpg"}), 0.4)),
            C("inserted_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_ACTOR, extra=[fkey(S, "actors", "user_id", "users", "id")]),
        Table(S, "addresses", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("description", "varchar(255)", "none", lambda c, i: VENUES[i % 6][0]),
            C("street", "varchar(255)", "none", lambda c, i: VENUES[i % 6][1]),
            C("locality", "varchar(255)", "none", lambda c, i: VENUES[i % 6][2]),
            C("postal_code", "varchar(255)", "none", lambda c, i: VENUES[i % 6][3]),
            C("region", "varchar(255)", "none", const("Kuzey Kıbrıs")),
            C("country", "varchar(255)", "none", const("Kıbrıs")),
            C("geom", "varchar(100)", "none",
              lambda c, i: f"POINT({VENUES[i % 6][5] + c.r.uniform(-0.001, 0.001):.6f} {VENUES[i % 6][4]:.6f})"),
            C("origin_id", "varchar(255)", "none", lambda c, i: f"nominatim:{digits(c, 9)}"),
            C("timezone", "varchar(255)", "none", const("Asia/Nicosia")),
        ], rows=N_ADDR),
        Table(S, "events", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("title", "varchar(255)", "none", one("Cumartesi bisiklet turu", "Kuş gözlem yürüyüşü", "Kitap kulübü buluşması",
                                                   "Plaj temizliği", "Satranç turnuvası", "Kaplumbağa yuva nöbeti")),
            C("slug", "varchar(255)", "none", lambda c, i: f"etkinlik-{i}"),
            C("description", "text", "none", one("<p>Katılım ücretsizdir. Su ve şapka getiriniz.</p>",
                                                 "<p>Toplanma noktası meydandır.</p>", "<p>Eldiven ve çöp torbası dağıtılacak.</p>")),
            C("begins_on", "timestamp", "none", stamps(2024, 2025)),
            C("ends_on", "timestamp", "none", stamps(2024, 2025)),
            C("status", "integer", "none", one(0, 1, 1, 2)),
            C("visibility", "integer", "none", one(0, 0, 1)),
            C("category", "varchar(255)", "none", one("OUTDOORS_ADVENTURE", "SPORTS", "BOOK_CLUBS", "GAMES", "AUTO_BOATS_AIR")),
            C("online_address", "text", "none", maybe(lambda c, i: f"https://meet.jit.si/kibris-{hexs(c, 8)}", 0.1)),
            C("phone_address", "varchar(255)", "phone", maybe(lambda c, i: person("tr", USR, "mobile")(c, fk(N_USER, 5)(c, i)), 0.5)),
            C("physical_address_id", "bigint", "none", fk(N_ADDR, 3)),
            C("organizer_actor_id", "bigint", "none", fk(N_USER, 5)),
            C("attributed_to_id", "bigint", "none", maybe(lambda c, i: N_USER + 1 + i % 8, 0.6)),
            C("draft", "boolean", "none", flag(0.05)),
            C("options", "jsonb", "none", const(json.dumps({"maximum_attendee_capacity": 30, "show_remaining_attendee_capacity": True}))),
        ], rows=N_EVENT, extra=[fkey(S, "events", "physical_address_id", "addresses", "id"),
                                fkey(S, "events", "organizer_actor_id", "actors", "id"),
                                fkey(S, "events", "attributed_to_id", "actors", "id")]),
        Table(S, "participants", [
            C("id", "uuid PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("role", "varchar(20)", "none", one("participant", "participant", "creator", "not_approved", "rejected")),
            C("event_id", "bigint", "none", fk(N_EVENT, 3)),
            C("actor_id", "bigint", "none", fk(N_USER, 7)),
            C("url", "varchar(255)", "none", lambda c, i: f"https://etkinlik.kibris.social/join/event/{hexs(c, 16)}"),
            C("code", "varchar(255)", "none", maybe(lambda c, i: digits(c, 6), 0.2)),
            C("metadata", "jsonb", "email", _participant_meta,
              comment="anonymous participation: e-mail and tokens"),
            C("inserted_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "participants", "event_id", "events", "id"),
                            fkey(S, "participants", "actor_id", "actors", "id")]),
        Table(S, "comments", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("text", "text", "free_text_may_contain_pii", _comment),
            C("actor_id", "bigint", "none", fk(N_USER, 11)),
            C("event_id", "bigint", "none", fk(N_EVENT, 7)),
            C("in_reply_to_comment_id", "bigint", "none", lambda c, i: None if i < 10 or i % 3 else i - 5),
            C("visibility", "integer", "none", const(0)),
            C("local", "boolean", "none", const(True)),
            C("deleted_at", "timestamp", "none", maybe(stamps(2025, 2025), 0.03)),
        ], rows=150, extra=[fkey(S, "comments", "actor_id", "actors", "id"), fkey(S, "comments", "event_id", "events", "id"),
                            fkey(S, "comments", "in_reply_to_comment_id", "comments", "id")]),
        Table(S, "members", [
            C("id", "uuid PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("role", "integer", "none", one(1, 3, 3, 3, 4, 5)),
            C("parent_id", "bigint", "none", lambda c, i: N_USER + 1 + i % 8),
            C("actor_id", "bigint", "none", fk(N_USER, 3)),
            C("invited_by_id", "bigint", "none", maybe(fk(N_USER, 13), 0.3)),
            C("inserted_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=100, extra=[fkey(S, "members", "parent_id", "actors", "id"), fkey(S, "members", "actor_id", "actors", "id")]),
        Table(S, "feed_tokens", [
            C("token", "uuid PRIMARY KEY", "secret_token", lambda c, i: uuid(c)),
            C("actor_id", "bigint", "none", fk(N_USER, 1)),
            C("user_id", "bigint", "none", fk(N_USER, 1)),
            C("inserted_at", "timestamp", "none", stamps(2022, 2025)),
        ], rows=90, extra=[fkey(S, "feed_tokens", "user_id", "users", "id")]),
        Table(S, "reports", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("content", "text", "none", maybe(one("Etkinlik reklam içeriyor.", "Spam", "Uygunsuz görsel."), 0.8)),
            C("status", "integer", "none", one(0, 1, 2)),
            C("reporter_id", "bigint", "none", fk(N_USER, 5)),
            C("reported_id", "bigint", "none", fk(N_USER, 9)),
            C("event_id", "bigint", "none", maybe(fk(N_EVENT, 3))),
            C("inserted_at", "timestamp", "none", stamps(2023, 2025)),
        ], rows=80, extra=[fkey(S, "reports", "reporter_id", "actors", "id"), fkey(S, "reports", "event_id", "events", "id")]),
        Table(S, "admin_settings", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("group", "varchar(255)", "none", const("instance")),
            C("name", "varchar(255)", "none", lambda c, i: ["instance_name", "instance_contact", "registrations_open",
                                                           "instance_terms_type", "instance_languages"][i - 1]),
            C("value", "text", "none", lambda c, i: ["Kıbrıs Etkinlik", "iletisim@kibris.social", "true", "DEFAULT",
                                                    "tr,en"][i - 1]),
        ], rows=5),
        Table(S, "user_push_subscriptions", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("user_id", "bigint", "none", fk(N_USER, 3)),
            C("digest", "text", "none", lambda c, i: hexs(c, 64)),
            C("data", "jsonb", "secret_token", lambda c, i: json.dumps(
                {"endpoint": f"https://fcm.googleapis.com/fcm/send/{b64(c, 12)}", "keys": {"p256dh": b64(c, 65), "auth": b64(c, 16)}})),
            C("inserted_at", "timestamp", "none", dates(2024, 2025)),
            C("failures", "integer", "none", ints(0, 3)),
        ], rows=80, extra=[fkey(S, "user_push_subscriptions", "user_id", "users", "id")]),
    ]
