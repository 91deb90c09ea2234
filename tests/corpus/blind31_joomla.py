"""ag_joomla: Joomla 4 tables (jos_ prefix, its real column names and camelCase) of a Monaco rowing club's website."""
from __future__ import annotations

import json

from .blind31_gens import (bcrypt, cycle, epoch, fill, fk, fkv, hexdigest, ipv4, maybe, moment, num, person, pick,
                           pv, seq, token)
from .gens import Col, Table

S = "ag_joomla"
U = "mc_user"          # site users
K = "mc_contact"       # published contacts (committee members, coaches)
N_USERS, N_CONTACTS = 120, 90
MC_IPS = ("82.113", "88.209", "213.133", "185.47")


def _fk(table: str, col: str, ref: str, key: str = "id") -> str:
    return f'ALTER TABLE {S}.{table} ADD FOREIGN KEY ("{col}") REFERENCES {S}.{ref} ("{key}")'


PROFILE_KEYS = ("profile.address1", "profile.city", "profile.phone", "profile.dob", "profile.website",
                "profile.aboutme", "profile.postal_code")


def _profile_value(c, i):
    p = person(c, U, fkv(i, N_USERS, 3), "mc")
    key = PROFILE_KEYS[i % len(PROFILE_KEYS)]
    value = {"profile.address1": p["street"], "profile.city": p["city"], "profile.phone": p["mobile"],
             "profile.dob": f"{p['birth']:%Y-%m-%d} 00:00:00", "profile.website": "",
             "profile.aboutme": c.r.choice(("Rameur depuis 2012, skiff et double.", "Aviron de mer, le dimanche.",
                                            "Ancien licencié de l'AS Monaco, section aviron.", "")),
             "profile.postal_code": "98000"}[key]
    return json.dumps(value, ensure_ascii=False)


MESSAGES = ("Bonjour, {first} ne pourra pas ramer samedi, merci de la remplacer dans le quatre.",
            "Rappel : cotisation 2024 à régler avant le 31 mars. Contact trésorier : {mobile}.",
            "{full} a rendu les clés du hangar. Merci de vérifier le ponton.",
            "Pouvez-vous rappeler {first} au {phone} pour le certificat d'aptitude ?",
            "Sortie annulée pour cause de houle, la réunion du bureau est maintenue.",
            "Écrire à {email} pour la liste des bateaux disponibles.")


def joomla_tables() -> list[Table]:
    users = Table(S, "jos_users", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("name", "varchar(400)", "person_name", pv(U, "mc", "full")),
        Col("username", "varchar(150)", "none", pv(U, "mc", "username")),
        Col("email", "varchar(100)", "email", pv(U, "mc", "email")),
        Col("password", "varchar(100)", "credentials", bcrypt()),
        Col("block", "smallint", "none", pick(0, 0, 0, 0, 1)),
        Col("sendEmail", "smallint", "none", pick(0, 0, 1)),
        Col("registerDate", "timestamp", "none", moment(2014, 2024)),
        Col("lastvisitDate", "timestamp", "none", maybe(moment(2022, 2024), 0.85)),
        Col("activation", "varchar(100)", "secret_token", maybe(hexdigest(32), 0.3)),
        Col("params", "text", "none", pick('{"language":"fr-FR","timezone":"Europe/Monaco"}', "{}",
                                          '{"admin_style":"","admin_language":"","language":"","editor":"tinymce"}')),
        Col("lastResetTime", "timestamp", "none", maybe(moment(2020, 2024), 0.3)),
        Col("resetCount", "integer", "none", num(0, 3)),
        Col("otpKey", "varchar(1000)", "secret_token", maybe(token(44, prefix="totp:"), 0.25)),
        Col("otep", "varchar(1000)", "secret_token", maybe(token(160), 0.25)),
        Col("requireReset", "smallint", "none", pick(0, 0, 0, 1)),
        Col("authProvider", "varchar(100)", "none", pick("", "", "joomla")),
    ], rows=N_USERS)
    profiles = Table(S, "jos_user_profiles", [
        Col("user_id", "integer", "none", lambda c, i: fkv(i, N_USERS, 3)),
        Col("profile_key", "varchar(100)", "none", cycle(*PROFILE_KEYS)),
        Col("profile_value", "text", "free_text_may_contain_pii", _profile_value,
            comment="value of the profile field named in profile_key (JSON-encoded)"),
        Col("ordering", "integer", "none", lambda c, i: i % len(PROFILE_KEYS) + 1),
    ], rows=147, extra=[_fk("jos_user_profiles", "user_id", "jos_users")])
    contacts = Table(S, "jos_contact_details", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("name", "varchar(255)", "person_name", pv(K, "mc", "full")),
        Col("alias", "varchar(400)", "person_name",
            lambda c, i: "-".join((person(c, K, i, "mc")["first"], person(c, K, i, "mc")["last"])).lower()),
        Col("con_position", "varchar(255)", "none", pick("Président", "Trésorière", "Secrétaire générale",
                                                         "Entraîneur", "Responsable matériel", "Membre du bureau")),
        Col("address", "text", "postal_address", pv(K, "mc", "street")),
        Col("suburb", "varchar(100)", "none", pv(K, "mc", "city")),
        Col("state", "varchar(100)", "none", pick("", "Monaco")),
        Col("country", "varchar(100)", "none", pick("Monaco", "Principauté de Monaco")),
        Col("postcode", "varchar(100)", "postal_address", pv(K, "mc", "postcode")),
        Col("telephone", "varchar(255)", "phone", pv(K, "mc", "phone")),
        Col("fax", "varchar(255)", "none", pick("", "", "+377 93 30 18 42")),
        Col("misc", "text", "none",
            pick("Permanence le mardi de 18h à 20h.", "", "Joignable après les entraînements.",
                 "<p>Responsable des régates de la Baie.</p>")),
        Col("image", "varchar(255)", "none", lambda c, i: f"images/contacts/contact_{i}.jpg#joomlaImage://local-images"),
        Col("email_to", "varchar(255)", "email", pv(K, "mc", "email")),
        Col("default_con", "smallint", "none", pick(0, 0, 0, 1)),
        Col("published", "smallint", "none", pick(1, 1, 1, 0)),
        Col("user_id", "integer", "none", maybe(fk(N_USERS, 5), 0.6)),
        Col("catid", "integer", "none", pick(4, 4, 9, 12)),
        Col("mobile", "varchar(255)", "phone", pv(K, "mc", "mobile")),
        Col("webpage", "varchar(255)", "none", pick("", "https://www.aviron-monaco.example/equipe")),
        Col("sortname1", "varchar(255)", "person_name", pv(K, "mc", "last")),
        Col("sortname2", "varchar(255)", "person_name", pv(K, "mc", "first")),
        Col("created", "timestamp", "none", moment(2015, 2024)),
        Col("hits", "integer", "none", num(0, 4000)),
    ], rows=N_CONTACTS, extra=[_fk("jos_contact_details", "user_id", "jos_users")])
    session = Table(S, "jos_session", [
        Col("session_id", "varchar(192)", "secret_token", token(26, "abcdefghijklmnopqrstuvwxyz0123456789")),
        Col("client_id", "smallint", "none", pick(0, 0, 1)),
        Col("guest", "smallint", "none", pick(0, 1)),
        Col("time", "integer", "none", epoch(2024, 2024)),
        Col("data", "text", "none", lambda c, i: json.dumps({"session": {"counter": c.r.randint(1, 40)},
                                                              "registry": {}, "user": {"id": fkv(i, N_USERS, 11)}})),
        Col("userid", "integer", "none", lambda c, i: fkv(i, N_USERS, 11)),
        Col("username", "varchar(150)", "none", lambda c, i: person(c, U, fkv(i, N_USERS, 11), "mc")["username"]),
    ], rows=100, extra=[_fk("jos_session", "userid", "jos_users")])
    actionlogs = Table(S, "jos_action_logs", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("message_language_key", "varchar(255)", "none", pick("PLG_ACTIONLOG_JOOMLA_USER_LOGGED_IN",
                                                                 "PLG_ACTIONLOG_JOOMLA_USER_LOGGED_OUT",
                                                                 "PLG_SYSTEM_ACTIONLOGS_CONTENT_UPDATED")),
        Col("message", "text", "none", lambda c, i: json.dumps({
            "action": "login", "id": str(fkv(i, N_USERS, 13)),
            "username": person(c, U, fkv(i, N_USERS, 13), "mc")["username"],
            "accountlink": f"index.php?option=com_users&task=user.edit&id={fkv(i, N_USERS, 13)}",
            "app": "PLG_ACTIONLOG_JOOMLA_APPLICATION_SITE"})),
        Col("log_date", "timestamp", "none", moment(2023, 2024)),
        Col("extension", "varchar(50)", "none", pick("com_users", "com_content", "com_contact")),
        Col("user_id", "integer", "none", fk(N_USERS, 13)),
        Col("item_id", "integer", "none", num(0, 300)),
        Col("ip_address", "varchar(40)", "ip_address",
            lambda c, i: "COM_ACTIONLOGS_DISABLED" if c.r.random() < 0.1 else ipv4(*MC_IPS)(c, i)),
    ], rows=140, extra=[_fk("jos_action_logs", "user_id", "jos_users")])
    requests = Table(S, "jos_privacy_requests", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("email", "varchar(100)", "email", lambda c, i: person(c, U, fkv(i, N_USERS, 17), "mc")["email"]),
        Col("requested_at", "timestamp", "none", moment(2019, 2024)),
        Col("status", "smallint", "none", pick(-1, 0, 1, 1)),
        Col("request_type", "varchar(25)", "none", pick("export", "remove")),
        Col("confirm_token", "varchar(100)", "secret_token", maybe(bcrypt(), 0.7)),
        Col("confirm_token_created_at", "timestamp", "none", moment(2019, 2024)),
    ], rows=80)
    consents = Table(S, "jos_privacy_consents", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("user_id", "integer", "none", fk(N_USERS, 19)),
        Col("state", "integer", "none", pick(1, 1, 1, 0, -1)),
        Col("created", "timestamp", "none", moment(2018, 2024)),
        Col("subject", "varchar(255)", "none", pick("PLG_SYSTEM_PRIVACYCONSENT_SUBJECT")),
        Col("body", "text", "ip_address", lambda c, i: f"<p>Adresse IP : {ipv4(*MC_IPS)(c, i)}</p><p>Navigateur : "
            + c.r.choice(("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)",
                          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/121.0")) + "</p>"),
        Col("remind", "smallint", "none", pick(0, 0, 1)),
        Col("token", "varchar(100)", "secret_token", maybe(hexdigest(32), 0.5)),
    ], rows=110, extra=[_fk("jos_privacy_consents", "user_id", "jos_users")])
    keys = Table(S, "jos_user_keys", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("user_id", "varchar(150)", "none", lambda c, i: person(c, U, fkv(i, N_USERS, 23), "mc")["username"]),
        Col("token", "varchar(255)", "secret_token", bcrypt()),
        Col("series", "varchar(191)", "secret_token", token(20)),
        Col("time", "varchar(200)", "none", lambda c, i: str(epoch(2024, 2024)(c, i))),
        Col("uastring", "varchar(255)", "none", pick("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Safari/605.1.15",
                                                     "Mozilla/5.0 (Linux; Android 14) Chrome/120.0 Mobile")),
    ], rows=90)
    banners = Table(S, "jos_banner_clients", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("name", "varchar(255)", "none", cycle("Yacht Club Partenaire SAM", "Boulangerie du Port SARL",
                                                  "Monaco Marine Services SAM", "Pharmacie de la Condamine",
                                                  "Café de la Rade", "Hôtel Port Palace", "Sport Nautique Distribution")),
        Col("contact", "varchar(255)", "person_name", pv("mc_banner", "mc", "full")),
        Col("email", "varchar(255)", "none", lambda c, i: f"{c.r.choice(('publicite', 'contact', 'info', 'marketing'))}"
                                                           f"@partenaire{i}.mc",
            comment="shared mailbox of the advertiser"),
        Col("extrainfo", "text", "none", pick("Facturation trimestrielle.", "", "Bannière régate d'automne.")),
        Col("state", "smallint", "none", pick(1, 1, 0)),
        Col("checked_out", "integer", "none", pick(0)),
        Col("checked_out_time", "timestamp", "none", maybe(moment(2024, 2024), 0.1)),
        Col("metakey", "text", "none", pick("aviron, régate", "nautisme", "")),
        Col("own_prefix", "smallint", "none", pick(0, 1)),
        Col("metakey_prefix", "varchar(400)", "none", pick("")),
        Col("purchase_type", "smallint", "none", pick(-1, 1, 2, 3)),
        Col("track_clicks", "smallint", "none", pick(-1, 0, 1)),
        Col("track_impressions", "smallint", "none", pick(-1, 0, 1)),
    ], rows=42)
    messages = Table(S, "jos_messages", [
        Col("message_id", "integer PRIMARY KEY", "none", seq()),
        Col("user_id_from", "integer", "none", fk(N_USERS, 29)),
        Col("user_id_to", "integer", "none", fk(N_USERS, 31)),
        Col("folder_id", "smallint", "none", pick(0)),
        Col("date_time", "timestamp", "none", moment(2022, 2024)),
        Col("state", "smallint", "none", pick(0, 1)),
        Col("priority", "smallint", "none", pick(0, 0, 1)),
        Col("subject", "varchar(255)", "none", pick("Entraînement samedi", "Cotisation", "Clés du hangar",
                                                    "Certificat médical", "Régate de printemps")),
        Col("message", "text", "free_text_may_contain_pii", fill(K, "mc", MESSAGES, N_CONTACTS, 3)),
    ], rows=100, extra=[_fk("jos_messages", "user_id_from", "jos_users"), _fk("jos_messages", "user_id_to", "jos_users")])
    content = Table(S, "jos_content", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("asset_id", "integer", "none", lambda c, i: 100 + i),
        Col("title", "varchar(255)", "none", pick("Régate de la Saint-Valentin", "Nouveaux horaires du hangar",
                                                  "Assemblée générale 2024", "Stage jeunes à Fontvieille",
                                                  "Résultats du Challenge Prince Albert")),
        Col("alias", "varchar(400)", "none", lambda c, i: f"article-{i}"),
        Col("introtext", "text", "none", pick("<p>Le club organise sa traditionnelle régate le dimanche matin.</p>",
                                              "<p>Le hangar ouvre désormais à 6h30 en semaine.</p>",
                                              "<p>Les inscriptions au stage des jeunes sont ouvertes.</p>")),
        Col("fulltext", "text", "none", pick("<p>Départ à 9h devant le quai Antoine Ier, parcours de 4 km.</p>",
                                             "", "<p>Merci de respecter les consignes de sécurité.</p>")),
        Col("state", "smallint", "none", pick(1, 1, 0, -2)),
        Col("catid", "integer", "none", pick(2, 8, 8, 11)),
        Col("created", "timestamp", "none", moment(2016, 2024)),
        Col("created_by", "integer", "none", fk(N_USERS, 37)),
        Col("created_by_alias", "varchar(255)", "person_name", maybe(pv("mc_author", "mc", "full"), 0.5)),
        Col("hits", "integer", "none", num(0, 9000)),
    ], rows=100, extra=[_fk("jos_content", "created_by", "jos_users")])
    return [users, profiles, contacts, session, actionlogs, requests, consents, keys, banners, messages, content]
