"""ag_outline: Outline knowledge-base tables (Sequelize, quoted camelCase columns) of a Minsk software company's wiki."""
from __future__ import annotations

import json

from .blind31_gens import (fill, fkv, hexdigest, ipv4, maybe, moment, num, person, pick, pv, raw, token, uid,
                           uidref)
from .gens import Col, Table

S = "ag_outline"
U = "by_user"
N_TEAMS, N_USERS, N_COLLS, N_DOCS, N_PROVIDERS = 12, 140, 80, 150, 12
BY_IPS = ("178.120", "37.214", "93.84", "86.57", "134.17", "46.216")


def _fk(table: str, col: str, ref: str) -> str:
    return f'ALTER TABLE {S}."{table}" ADD FOREIGN KEY ("{col}") REFERENCES {S}."{ref}" ("id")'


DOC_TEXTS = ("# Онбординг\n\nПо всем вопросам оформления пишите {full}: {email}, телефон {mobile}.",
             "# Релиз 4.2\n\n- исправлена синхронизация календаря\n- обновлены зависимости",
             "## Дежурства\n\nНа этой неделе дежурит {full} (тел. {mobile}). Эскалация — руководитель смены.",
             "# Архитектура\n\nСервис очередей на RabbitMQ, основная база PostgreSQL 15, кэш Redis.",
             "# Отпуска\n\n{first} {last} — в отпуске до конца месяца, замещает коллега из QA.",
             "# Code review\n\nНе мержим без двух аппрувов. Линтер обязателен.")
COMMENT_TEXTS = ("@{full} посмотри, пожалуйста, раздел про деплой", "Согласовано.", "Поправил опечатки.",
                 "{first}, набери меня: {mobile}", "Нужно обновить скриншоты.")
QUERIES = ("{full}", "{last} телефон", "отпуск", "vpn", "zoom", "{first} {last} email", "деплой прод", "wifi пароль офис")


def _comment_doc(c, i):
    text = c.r.choice(COMMENT_TEXTS).format(**person(c, U, fkv(i, N_USERS, 5), "by"))
    return json.dumps({"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": text}]}]},
                      ensure_ascii=False)


def outline_tables() -> list[Table]:
    teams = Table(S, "teams", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_team")),
        Col("name", "varchar(255)", "none", lambda c, i: ("ООО «Белсофт Лаб»", "Minsk Mobile Studio", "ИП Data Forge",
                                                          "ЗАО «Техносфера»", "Hrodna QA", "Brest Devices")[i % 6]),
        Col("subdomain", "varchar(255)", "none", lambda c, i: f"team{i}"),
        Col("domain", "varchar(255)", "none", pick(None, "wiki.example.by")),
        Col("avatarUrl", "varchar(4096)", "none", lambda c, i: f"/api/avatars/team-{i}.png"),
        Col("sharing", "boolean", "none", pick(True, False)),
        Col("guestSignin", "boolean", "none", pick(True, False)),
        Col("documentEmbeds", "boolean", "none", pick(True)),
        Col("preferences", "jsonb", "none", pick('{"publicBranding": false}', '{"seamlessEdit": true}')),
        Col("createdAt", "timestamptz", "none", moment(2019, 2022)),
    ], rows=N_TEAMS)
    users = Table(S, "users", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_user")),
        Col("email", "varchar(255)", "email", pv(U, "by", "email")),
        Col("name", "varchar(255)", "person_name", pv(U, "by", "full")),
        Col("avatarUrl", "varchar(4096)", "none", maybe(lambda c, i: f"/api/files/avatars/{uid('by_user')(c, i)}", 0.6)),
        Col("role", "varchar(255)", "none", pick("member", "member", "member", "viewer", "admin", "guest")),
        Col("jwtSecret", "bytea", "secret_token", raw(32)),
        Col("teamId", "uuid", "none", uidref("by_team", N_TEAMS, 1)),
        Col("lastActiveAt", "timestamptz", "none", moment(2024, 2024)),
        Col("lastActiveIp", "varchar(255)", "ip_address", ipv4(*BY_IPS)),
        Col("lastSignedInAt", "timestamptz", "none", moment(2023, 2024)),
        Col("lastSignedInIp", "varchar(255)", "ip_address", ipv4(*BY_IPS)),
        Col("lastSigninEmailSentAt", "timestamptz", "none", maybe(moment(2023, 2024), 0.4)),
        Col("suspendedAt", "timestamptz", "none", maybe(moment(2023, 2024), 0.05)),
        Col("invitedById", "uuid", "none", lambda c, i: None if i <= 10 else uidref("by_user", 10, 1)(c, i)),
        Col("language", "varchar(255)", "none", pick("ru_RU", "en_US", "be_BY")),
        Col("flags", "jsonb", "none", pick(None, '{"desktopWeb": 1}', '{"welcomeDismissed": 1}')),
        Col("preferences", "jsonb", "none", pick(None, '{"rememberLastPath": true}', '{"codeBlockLineNumers": true}')),
        Col("notificationSettings", "jsonb", "none", pick('{"documents.publish": true}', "{}")),
        Col("timezone", "varchar(255)", "none", pick("Europe/Minsk")),
        Col("createdAt", "timestamptz", "none", moment(2019, 2024)),
    ], rows=N_USERS, extra=[_fk("users", "teamId", "teams"), _fk("users", "invitedById", "users")])
    colls = Table(S, "collections", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_coll")),
        Col("name", "varchar(255)", "none", lambda c, i: ("Инженерия", "HR", "Продукт", "Поддержка", "Продажи",
                                                          "Инфраструктура", "Handbook", "QA")[i % 8] + f" {i}"),
        Col("description", "text", "none", pick("Внутренние регламенты.", "", "Заметки команды.")),
        Col("icon", "varchar(255)", "none", pick("collection", "academic-cap", "beaker")),
        Col("color", "varchar(255)", "none", pick("#4E5C6E", "#FF825C", "#0366D6")),
        Col("teamId", "uuid", "none", uidref("by_team", N_TEAMS, 1)),
        Col("createdById", "uuid", "none", uidref("by_user", N_USERS, 3)),
        Col("permission", "varchar(255)", "none", pick("read_write", "read", None)),
        Col("urlId", "varchar(255)", "none", token(10)),
    ], rows=N_COLLS, extra=[_fk("collections", "teamId", "teams"), _fk("collections", "createdById", "users")])
    docs = Table(S, "documents", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_doc")),
        Col("urlId", "varchar(255)", "none", token(10)),
        Col("title", "varchar(255)", "none", pick("Онбординг", "Релиз 4.2", "Дежурства", "Архитектура", "Отпуска",
                                                  "Code review")),
        Col("text", "text", "free_text_may_contain_pii", fill(U, "by", DOC_TEXTS, N_USERS, 7)),
        Col("icon", "varchar(255)", "none", pick(None, "📄", "🛠")),
        Col("color", "varchar(255)", "none", pick(None, "#FDEA9B")),
        Col("collectionId", "uuid", "none", uidref("by_coll", N_COLLS, 3)),
        Col("teamId", "uuid", "none", uidref("by_team", N_TEAMS, 1)),
        Col("createdById", "uuid", "none", uidref("by_user", N_USERS, 7)),
        Col("lastModifiedById", "uuid", "none", uidref("by_user", N_USERS, 11)),
        Col("parentDocumentId", "uuid", "none", lambda c, i: None if i <= 40 else uidref("by_doc", 40, 1)(c, i)),
        Col("publishedAt", "timestamptz", "none", maybe(moment(2020, 2024), 0.85)),
        Col("archivedAt", "timestamptz", "none", maybe(moment(2023, 2024), 0.1)),
        Col("deletedAt", "timestamptz", "none", maybe(moment(2023, 2024), 0.05)),
        Col("template", "boolean", "none", pick(False, False, False, True)),
        Col("fullWidth", "boolean", "none", pick(False, True)),
        Col("revisionCount", "integer", "none", num(1, 80)),
        Col("createdAt", "timestamptz", "none", moment(2020, 2024)),
    ], rows=N_DOCS, extra=[_fk("documents", "collectionId", "collections"), _fk("documents", "createdById", "users"),
                           _fk("documents", "parentDocumentId", "documents")])
    keys = Table(S, "apiKeys", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_key")),
        Col("name", "varchar(255)", "none", pick("CI", "Zapier", "backup script", "Grafana", "test")),
        Col("secret", "varchar(255)", "secret_token", token(38, prefix="ol_api_")),
        Col("hash", "varchar(255)", "credentials", hexdigest(64), comment="SHA-256 of the key, checked on use"),
        Col("last4", "varchar(4)", "none", token(4)),
        Col("userId", "uuid", "none", uidref("by_user", N_USERS, 13)),
        Col("scope", "varchar(255)[]", "none", pick(None, "{documents.info,documents.list}", "{read}")),
        Col("expiresAt", "timestamptz", "none", maybe(moment(2024, 2026), 0.5)),
        Col("lastActiveAt", "timestamptz", "none", maybe(moment(2024, 2024), 0.7)),
        Col("createdAt", "timestamptz", "none", moment(2022, 2024)),
    ], rows=85, extra=[_fk("apiKeys", "userId", "users")])
    events = Table(S, "events", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_event")),
        Col("name", "varchar(255)", "none", pick("documents.update", "documents.publish", "users.signin",
                                                 "collections.create", "documents.delete", "api_keys.create")),
        Col("modelId", "uuid", "none", uidref("by_doc", N_DOCS, 17)),
        Col("documentId", "uuid", "none", maybe(uidref("by_doc", N_DOCS, 17), 0.7)),
        Col("collectionId", "uuid", "none", maybe(uidref("by_coll", N_COLLS, 19), 0.6)),
        Col("actorId", "uuid", "none", uidref("by_user", N_USERS, 19)),
        Col("userId", "uuid", "none", uidref("by_user", N_USERS, 19)),
        Col("teamId", "uuid", "none", uidref("by_team", N_TEAMS, 1)),
        Col("ip", "varchar(255)", "ip_address", ipv4(*BY_IPS)),
        Col("data", "jsonb", "none", pick('{"title": "Онбординг"}', '{"source": "import"}', None)),
        Col("changes", "jsonb", "none", pick(None, '{"attributes": {"title": "Релиз 4.3"}}')),
        Col("createdAt", "timestamptz", "none", moment(2023, 2024)),
    ], rows=150, extra=[_fk("events", "actorId", "users"), _fk("events", "documentId", "documents")])
    comments = Table(S, "comments", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_comment")),
        Col("data", "jsonb", "free_text_may_contain_pii", _comment_doc),
        Col("documentId", "uuid", "none", uidref("by_doc", N_DOCS, 23)),
        Col("parentCommentId", "uuid", "none", lambda c, i: None if i <= 60 else uidref("by_comment", 60, 1)(c, i)),
        Col("createdById", "uuid", "none", uidref("by_user", N_USERS, 29)),
        Col("resolvedAt", "timestamptz", "none", maybe(moment(2023, 2024), 0.3)),
        Col("createdAt", "timestamptz", "none", moment(2023, 2024)),
    ], rows=120, extra=[_fk("comments", "documentId", "documents"), _fk("comments", "createdById", "users"),
                        _fk("comments", "parentCommentId", "comments")])
    providers = Table(S, "authentication_providers", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_prov")),
        Col("name", "varchar(255)", "none", pick("google", "oidc", "azure")),
        Col("enabled", "boolean", "none", pick(True, True, False)),
        Col("providerId", "varchar(255)", "none", lambda c, i: f"team{i}.example.by"),
        Col("teamId", "uuid", "none", uidref("by_team", N_TEAMS, 1)),
        Col("createdAt", "timestamptz", "none", moment(2019, 2022)),
    ], rows=N_PROVIDERS, extra=[_fk("authentication_providers", "teamId", "teams")])
    user_auth = Table(S, "user_authentications", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_uauth")),
        Col("userId", "uuid", "none", uid("by_user")),
        Col("authenticationProviderId", "uuid", "none", uidref("by_prov", N_PROVIDERS, 1)),
        Col("accessToken", "bytea", "secret_token", raw(48), comment="encrypted at rest"),
        Col("refreshToken", "bytea", "secret_token", maybe(raw(48), 0.8), comment="encrypted at rest"),
        Col("scopes", "varchar(255)[]", "none", pick("{openid,email,profile}", "{email,profile}")),
        Col("providerId", "varchar(255)", "none", lambda c, i: str(c.r.randint(10 ** 20, 10 ** 21 - 1)),
            comment="subject id of the user at the identity provider"),
        Col("expiresAt", "timestamptz", "none", moment(2024, 2025)),
        Col("lastValidatedAt", "timestamptz", "none", moment(2024, 2024)),
        Col("createdAt", "timestamptz", "none", moment(2019, 2024)),
    ], rows=N_USERS, extra=[_fk("user_authentications", "userId", "users"),
                            _fk("user_authentications", "authenticationProviderId", "authentication_providers")])
    searches = Table(S, "search_queries", [
        Col("id", "uuid PRIMARY KEY", "none", uid("by_search")),
        Col("userId", "uuid", "none", uidref("by_user", N_USERS, 31)),
        Col("teamId", "uuid", "none", uidref("by_team", N_TEAMS, 1)),
        Col("source", "varchar(255)", "none", pick("app", "app", "api", "slack")),
        Col("query", "text", "free_text_may_contain_pii", fill("by_colleague", "by", QUERIES)),
        Col("results", "integer", "none", num(0, 40)),
        Col("score", "integer", "none", maybe(pick(-1, 1), 0.2)),
        Col("createdAt", "timestamptz", "none", moment(2024, 2024)),
    ], rows=130, extra=[_fk("search_queries", "userId", "users")])
    return [teams, users, colls, docs, keys, events, comments, providers, user_auth, searches]
