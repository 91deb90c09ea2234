"""at_wallabag: wallabag 2.6 (wallabag_user, wallabag_config, wallabag_entry, wallabag_annotation, tags, site
credentials and the FOSOAuthServer tables) as recalled from memory, hosted by a Komrat (Gagauzia) university library
for its staff and students; entries are saved news pages in Gagauz, Russian and Romanian."""
from __future__ import annotations

import json

from .blind26_gens import C, b64, bcrypt, const, fk, fkey, flag, hexs, ints, maybe, one, seq, sha1, stamps
from .blind44_gens import any_name, mobile, person
from .gens import Table

S = "at_wallabag"
USR = "wb.user"
N_USR, N_ENT, N_TAG, N_CLI = 90, 150, 40, 80
SITES = ["gagauzinfo.md", "gagauz.md", "nokta.md", "point.md", "newsmaker.md", "diez.md", "grt.md", "ana-sözü.md"]
TITLES = ["Komratta şarap festivalı başladı", "Gagauziyada kışlık yollar kapandı", "Урожай винограда в АТО Гагаузия",
          "Çadır-Lunga muzeyi yeni sergi açtı", "Festivalul vinului la Comrat", "Kongazda yeni şkola açıldı",
          "Погода в Комрате на выходные", "Halk Topluşu büdjeti kabul etti", "Budjak stepinde kurakçılık",
          "Valkaneşta yol remontu bitti"]
BODIES = ["<p>Festivala 40 şarap fabrikası katıldı, misaafirlär 12 sort şarap tattılar.</p>",
          "<p>Kar düşmäsi için Komrat–Çadır yolu 6 saatlık kapalı kaldı.</p>",
          "<p>Урожай винограда в этом году на 15% выше прошлогоднего.</p>",
          "<p>Sergidä XIX asirdan 300 etnografiya obyekti var.</p>",
          "<p>Vremea va fi însorită, cu maxime de 24 de grade.</p>"]
TAGS = ["şarap", "politika", "kultura", "hava", "ekonomika", "okumaa sonra", "tez", "şkola", "yollar", "istoriya"]


def _annotation(c, i):
    return c.r.choice(["Bunu tezä koymaa", "Önemli cifra!", "Проверить источник", "citat pentru referat",
                       f"{any_name('gg')(c, i)} ilän konuşmaa bu makala için, tel. {mobile(c, 'gg')}",
                       f"Soruşmaa profesora {any_name('gg')(c, i)}", "Tarih yannış"])


def wallabag_tables() -> list[Table]:
    u = lambda f: person("gg", USR, f, 1955, 2006)            # noqa: E731
    ent_user = fk(N_USR, 7)
    return [
        Table(S, "wallabag_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(180)", "none", u("user")),
            C("username_canonical", "varchar(180)", "none", u("user")),
            C("email", "varchar(180)", "email", u("email")),
            C("email_canonical", "varchar(180)", "email", lambda c, i: u("email")(c, i).lower()),
            C("enabled", "boolean", "none", flag(0.95)),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "13", "2y")),
            C("last_login", "timestamp", "none", maybe(stamps(2025, 2025))),
            C("confirmation_token", "varchar(180)", "secret_token", maybe(lambda c, i: b64(c, 32).rstrip("=")
                                                                          .replace("/", "_").replace("+", "-"), 0.15)),
            C("password_requested_at", "timestamp", "none", maybe(stamps(2025, 2025), 0.1)),
            C("roles", "text", "none", one('a:1:{i:0;s:9:"ROLE_USER";}', 'a:1:{i:0;s:9:"ROLE_USER";}',
                                          'a:1:{i:0;s:16:"ROLE_SUPER_ADMIN";}')),
            C("name", "text", "person_name", lambda c, i: f"{u('first')(c, i)} {u('last')(c, i)}"),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
            C("updated_at", "timestamp", "none", stamps(2025, 2025)),
            C("authCode", "integer", "secret_token", maybe(ints(100000, 999999), 0.2),
              comment="e-mail two-factor code"),
            C("googleAuthenticatorSecret", "varchar(191)", "secret_token",
              maybe(lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(26)), 0.2)),
            C("backupCodes", "text", "credentials",
              maybe(lambda c, i: json.dumps([bcrypt(c, "13", "2y") for _ in range(3)]), 0.15)),
            C("emailTwoFactor", "boolean", "none", flag(0.2)),
        ], rows=N_USR),
        Table(S, "wallabag_config", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("items_per_page", "integer", "none", one(12, 24, 50)),
            C("language", "varchar(255)", "none", one("ru", "ro", "en", "tr", "ru")),
            C("feed_token", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 22)[:30], 0.4)),
            C("feed_limit", "integer", "none", one(None, 50)),
            C("reading_speed", "double precision", "none", one(100.0, 200.0, 300.0)),
            C("pocket_consumer_key", "varchar(255)", "secret_token",
              maybe(lambda c, i: f"{c.r.randint(10000, 99999)}-{hexs(c, 24)}", 0.1)),
            C("action_mark_as_read", "integer", "none", one(0, 1, 2)),
            C("list_mode", "integer", "none", one(0, 1)),
            C("display_thumbnails", "integer", "none", one(0, 1)),
            C("font", "text", "none", one("sans-serif", "serif", "atkinson")),
            C("fontsize", "double precision", "none", one(1.0, 1.2, 1.4)),
        ], rows=N_USR, extra=[fkey(S, "wallabag_config", "user_id", "wallabag_user", "id")]),
        Table(S, "wallabag_entry", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", ent_user),
            C("uid", "varchar(23)", "none", maybe(lambda c, i: hexs(c, 13), 0.1)),
            C("title", "text", "none", lambda c, i: TITLES[i % len(TITLES)]),
            C("url", "text", "none", lambda c, i: f"https://{SITES[i % len(SITES)]}/news/{2024 + i % 2}/{i * 37 + 1000}"),
            C("is_archived", "boolean", "none", flag(0.5)),
            C("is_starred", "boolean", "none", flag(0.2)),
            C("content", "text", "none", lambda c, i: BODIES[i % len(BODIES)]),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
            C("updated_at", "timestamp", "none", stamps(2025, 2025)),
            C("mimetype", "text", "none", const("text/html")),
            C("language", "text", "none", one("ru", "ro", "tr", "gag")),
            C("reading_time", "integer", "none", ints(1, 12)),
            C("domain_name", "text", "none", lambda c, i: SITES[i % len(SITES)]),
            C("preview_picture", "text", "none", maybe(lambda c, i: f"https://{SITES[i % len(SITES)]}/img/{hexs(c, 10)}.jpg")),
            C("is_public", "boolean", "none", flag(0.1)),
            C("http_status", "varchar(3)", "none", one("200", "200", "200", "404")),
            C("published_at", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("published_by", "text", "person_name",
              maybe(lambda c, i: f'a:1:{{i:0;s:0:"{any_name("gg")(c, i)}";}}', 0.8), comment="article authors"),
            C("origin_url", "text", "none", maybe(lambda c, i: f"https://t.me/gagauznews/{i * 3}", 0.2)),
            C("given_url", "text", "none", lambda c, i: f"https://{SITES[i % len(SITES)]}/news/{2024 + i % 2}/{i * 37 + 1000}"),
            C("hashed_url", "text", "none", lambda c, i: sha1(c)),
            C("hashed_given_url", "text", "none", lambda c, i: sha1(c)),
            C("archived_at", "timestamp", "none", maybe(stamps(2025, 2025), 0.5)),
            C("starred_at", "timestamp", "none", maybe(stamps(2025, 2025), 0.2)),
        ], rows=N_ENT, extra=[fkey(S, "wallabag_entry", "user_id", "wallabag_user", "id")]),
        Table(S, "wallabag_annotation", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USR, 3)),
            C("entry_id", "integer", "none", fk(N_ENT, 7)),
            C("text", "text", "free_text_may_contain_pii", _annotation),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
            C("updated_at", "timestamp", "none", stamps(2025, 2025)),
            C("quote", "text", "none", one("40 şarap fabrikası katıldı", "на 15% выше прошлогоднего",
                                          "300 etnografiya obyekti", "maxime de 24 de grade")),
            C("ranges", "text", "none", const('[{"start":"/p[1]","startOffset":0,"end":"/p[1]","endOffset":42}]')),
        ], rows=110, extra=[fkey(S, "wallabag_annotation", "user_id", "wallabag_user", "id"),
                            fkey(S, "wallabag_annotation", "entry_id", "wallabag_entry", "id")]),
        Table(S, "wallabag_tag", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("label", "text", "none", lambda c, i: f"{TAGS[i % len(TAGS)]}" + ("" if i <= 10 else f" {i}")),
            C("slug", "varchar(128)", "none", lambda c, i: f"tag-{i}"),
        ], rows=N_TAG),
        Table(S, "wallabag_entry_tag", [
            C("entry_id", "integer", "none", fk(N_ENT, 1)),
            C("tag_id", "integer", "none", fk(N_TAG, 3)),
        ], rows=150, extra=[fkey(S, "wallabag_entry_tag", "entry_id", "wallabag_entry", "id"),
                            fkey(S, "wallabag_entry_tag", "tag_id", "wallabag_tag", "id")]),
        Table(S, "wallabag_site_credential", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USR, 5)),
            C("host", "varchar(255)", "none", one("newsmaker.md", "zdg.md", "ziarulnational.md", "kommersant.ru")),
            C("username", "text", "none", lambda c, i: "def50200" + hexs(c, 180),
              comment="encrypted with defuse/php-encryption"),
            C("password", "text", "credentials", lambda c, i: "def50200" + hexs(c, 200)),
            C("createdAt", "timestamp", "none", stamps(2023, 2025)),
            C("updated_at", "timestamp", "none", stamps(2025, 2025)),
        ], rows=80, extra=[fkey(S, "wallabag_site_credential", "user_id", "wallabag_user", "id")]),
        Table(S, "oauth2_clients", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USR, 3)),
            C("random_id", "varchar(255)", "none", lambda c, i: b64(c, 30).replace("/", "").replace("+", "")[:38]),
            C("redirect_uris", "text", "none", const("a:0:{}")),
            C("secret", "varchar(255)", "secret_token", lambda c, i: b64(c, 30).replace("/", "").replace("+", "")[:38]),
            C("allowed_grant_types", "text", "none", const('a:2:{i:0;s:8:"password";i:1;s:13:"refresh_token";}')),
            C("name", "text", "none", one("Android app", "KOReader", "wallabagger", "iOS")),
        ], rows=N_CLI, extra=[fkey(S, "oauth2_clients", "user_id", "wallabag_user", "id")]),
        Table(S, "oauth2_access_tokens", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 3)),
            C("user_id", "integer", "none", fk(N_USR, 5)),
            C("token", "varchar(255)", "secret_token", lambda c, i: b64(c, 64).replace("/", "").replace("+", "")[:86]),
            C("expires_at", "integer", "none", ints(1735689600, 1767225600)),
            C("scope", "varchar(255)", "none", one(None, "read write")),
        ], rows=150, extra=[fkey(S, "oauth2_access_tokens", "client_id", "oauth2_clients", "id"),
                            fkey(S, "oauth2_access_tokens", "user_id", "wallabag_user", "id")]),
        Table(S, "oauth2_refresh_tokens", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("client_id", "integer", "none", fk(N_CLI, 7)),
            C("user_id", "integer", "none", fk(N_USR, 3)),
            C("token", "varchar(255)", "secret_token", lambda c, i: b64(c, 64).replace("/", "").replace("+", "")[:86]),
            C("expires_at", "integer", "none", ints(1735689600, 1767225600)),
            C("scope", "varchar(255)", "none", one(None, "read write")),
        ], rows=120, extra=[fkey(S, "oauth2_refresh_tokens", "client_id", "oauth2_clients", "id"),
                            fkey(S, "oauth2_refresh_tokens", "user_id", "wallabag_user", "id")]),
    ]
