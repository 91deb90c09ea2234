"""ag_piwigo: Piwigo photo gallery tables (piwigo_ prefix, its real column names) of a Fiji photographers' club."""
from __future__ import annotations

import json

from .blind31_gens import (day, fill, fk, hexdigest, ipv4, maybe, moment, num, pick, point, pref, pv,
                           seq, token)
from .gens import Col, Table

S = "ag_piwigo"
U = "fj_user"
N_USERS, N_CATS, N_IMAGES = 130, 60, 150
FJ_IPS = ("202.62", "144.120", "103.246", "117.55", "210.7")


def _fk(table: str, col: str, ref: str, key: str = "id") -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY (\"{col}\") REFERENCES {S}.{ref} (\"{key}\")"


CAPTIONS = ("{first} selling dalo at the Sigatoka market", "Sunset over Natadola beach", "Bula! {full} with the "
            "club's new drone", "Reef at low tide, Coral Coast", "{full} and family after church, {city}",
            "Hibiscus festival parade, Suva", "Portrait of {first}, call {mobile} for prints")
COMMENTS = ("Vinaka {first}, great light on this one!", "Lovely shot. Is this near {city}?",
            "Please remove this photo of me - {full}", "Can I buy a print? Email me at {email}", "Beautiful colours.",
            "Who took this? The framing is perfect.")
ALBUMS = ("Club outings", "Viti Levu", "Vanua Levu", "Taveuni", "Weddings", "Markets", "Reefs", "Festivals",
          "Portraits", "Rugby 7s", "Landscapes", "Birds")


def piwigo_tables() -> list[Table]:
    lat, lon = point((-18.3, -16.1), (177.2, 179.9))
    users = Table(S, "piwigo_users", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("username", "varchar(100)", "none", pv(U, "fj", "username")),
        Col("password", "varchar(255)", "credentials", token(31, prefix="$P$B")),
        Col("mail_address", "varchar(255)", "email", pv(U, "fj", "email")),
    ], rows=N_USERS)
    infos = Table(S, "piwigo_user_infos", [
        Col("user_id", "integer PRIMARY KEY", "none", seq()),
        Col("nb_image_page", "smallint", "none", pick(15, 15, 30)),
        Col("status", "varchar(10)", "none", lambda c, i: "webmaster" if i == 1 else c.r.choice(("normal", "normal",
                                                                                             "admin", "generic"))),
        Col("language", "varchar(50)", "none", pick("en_GB", "en_UK", "hi_IN")),
        Col("expand", "boolean", "none", pick(True, False)),
        Col("show_nb_comments", "boolean", "none", pick(True, False)),
        Col("show_nb_hits", "boolean", "none", pick(True, False)),
        Col("recent_period", "smallint", "none", pick(7, 14, 30)),
        Col("theme", "varchar(255)", "none", pick("modus", "bootstrap_darkroom", "elegant")),
        Col("registration_date", "timestamp", "none", moment(2015, 2024)),
        Col("enabled_high", "boolean", "none", pick(True, False)),
        Col("level", "smallint", "none", pick(0, 0, 1, 2, 4, 8)),
        Col("activation_key", "varchar(255)", "secret_token", maybe(hexdigest(40), 0.3)),
        Col("activation_key_expire", "timestamp", "none", maybe(moment(2024, 2025), 0.3)),
        Col("lastmodified", "timestamp", "none", moment(2023, 2024)),
    ], rows=N_USERS, extra=[_fk("piwigo_user_infos", "user_id", "piwigo_users")])
    cats = Table(S, "piwigo_categories", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("name", "varchar(255)", "none", lambda c, i: f"{ALBUMS[i % len(ALBUMS)]} {2012 + i % 12}"),
        Col("id_uppercat", "integer", "none", lambda c, i: None if i <= 12 else (i % 12) + 1),
        Col("comment", "text", "none", pick("", "Photos from the monthly outing.", "Members' best shots.")),
        Col("dir", "varchar(255)", "none", lambda c, i: f"album{i}"),
        Col("rank", "smallint", "none", lambda c, i: i % 12 + 1),
        Col("status", "varchar(10)", "none", pick("public", "public", "private")),
        Col("site_id", "integer", "none", pick(1)),
        Col("visible", "boolean", "none", pick(True, True, False)),
        Col("uppercats", "varchar(255)", "none", lambda c, i: str(i) if i <= 12 else f"{i % 12 + 1},{i}"),
        Col("commentable", "boolean", "none", pick(True, False)),
        Col("global_rank", "varchar(255)", "none", lambda c, i: f"{i % 12 + 1}.{i}"),
    ], rows=N_CATS, extra=[_fk("piwigo_categories", "id_uppercat", "piwigo_categories")])
    images = Table(S, "piwigo_images", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("file", "varchar(255)", "none", lambda c, i: f"IMG_{4000 + i * 7}.JPG"),
        Col("date_available", "timestamp", "none", moment(2016, 2024)),
        Col("date_creation", "timestamp", "none", maybe(moment(2012, 2024), 0.9)),
        Col("name", "varchar(255)", "none", pick("Natadola", "Market day", "Reef", "Parade", "", "Untitled")),
        Col("comment", "text", "free_text_may_contain_pii", fill("fj_subject", "fj", CAPTIONS)),
        Col("author", "varchar(255)", "person_name", pref(U, "fj", "full", N_USERS, 3)),
        Col("hit", "integer", "none", num(0, 2500)),
        Col("filesize", "integer", "none", num(800, 9000)),
        Col("width", "integer", "none", pick(4000, 6000, 3024)),
        Col("height", "integer", "none", pick(3000, 4000, 4032)),
        Col("representative_ext", "varchar(4)", "none", pick(None, None, "jpg")),
        Col("rating_score", "real", "none", maybe(lambda c, i: round(c.r.uniform(1, 5), 2), 0.6)),
        Col("path", "varchar(255)", "none", lambda c, i: f"./galleries/album{i % 60 + 1}/IMG_{4000 + i * 7}.JPG"),
        Col("storage_category_id", "integer", "none", lambda c, i: i % 60 + 1),
        Col("level", "smallint", "none", pick(0, 0, 0, 4)),
        Col("md5sum", "char(32)", "none", hexdigest(32)),
        Col("added_by", "integer", "none", fk(N_USERS, 3)),
        Col("rotation", "smallint", "none", pick(0, 0, 1)),
        Col("latitude", "double precision", "geo_location", lat),
        Col("longitude", "double precision", "geo_location", lon),
        Col("lastmodified", "timestamp", "none", moment(2023, 2024)),
    ], rows=N_IMAGES, extra=[_fk("piwigo_images", "storage_category_id", "piwigo_categories"),
                             _fk("piwigo_images", "added_by", "piwigo_users")])
    image_cat = Table(S, "piwigo_image_category", [
        Col("image_id", "integer", "none", seq()),
        Col("category_id", "integer", "none", fk(N_CATS, 5)),
        Col("rank", "integer", "none", maybe(num(1, 50), 0.4)),
    ], rows=N_IMAGES, extra=[_fk("piwigo_image_category", "image_id", "piwigo_images"),
                             _fk("piwigo_image_category", "category_id", "piwigo_categories")])
    comments = Table(S, "piwigo_comments", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("image_id", "integer", "none", fk(N_IMAGES, 11)),
        Col("date", "timestamp", "none", moment(2016, 2024)),
        Col("author", "varchar(255)", "person_name", pv("fj_commenter", "fj", "full")),
        Col("email", "varchar(255)", "email", maybe(pv("fj_commenter", "fj", "email"), 0.7)),
        Col("author_id", "integer", "none", maybe(fk(N_USERS, 9), 0.5)),
        Col("anonymous_id", "varchar(45)", "none", hexdigest(20)),
        Col("website_url", "varchar(255)", "none", pick("", "", "https://www.instagram.com/")),
        Col("content", "text", "free_text_may_contain_pii", fill("fj_commenter", "fj", COMMENTS)),
        Col("validated", "boolean", "none", pick(True, True, False)),
        Col("validation_date", "timestamp", "none", maybe(moment(2016, 2024), 0.8)),
    ], rows=120, extra=[_fk("piwigo_comments", "image_id", "piwigo_images"),
                        _fk("piwigo_comments", "author_id", "piwigo_users")])
    history = Table(S, "piwigo_history", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("date", "date", "none", day(2023, 2024)),
        Col("time", "time", "none", lambda c, i: f"{c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:00"),
        Col("user_id", "integer", "none", fk(N_USERS, 13)),
        Col("IP", "varchar(39)", "ip_address", ipv4(*FJ_IPS)),
        Col("section", "varchar(20)", "none", pick("categories", "tags", "search", "most_visited", "favorites")),
        Col("category_id", "integer", "none", maybe(fk(N_CATS, 7), 0.7)),
        Col("search_id", "integer", "none", maybe(num(1, 400), 0.1)),
        Col("image_id", "integer", "none", maybe(fk(N_IMAGES, 17), 0.8)),
        Col("image_type", "varchar(20)", "none", pick("picture", "high", "other")),
        Col("format_id", "integer", "none", pick(None)),
        Col("auth_key_id", "integer", "none", pick(None)),
    ], rows=150, extra=[_fk("piwigo_history", "user_id", "piwigo_users"),
                        _fk("piwigo_history", "image_id", "piwigo_images")])
    rate = Table(S, "piwigo_rate", [
        Col("user_id", "integer", "none", fk(N_USERS, 19)),
        Col("element_id", "integer", "none", fk(N_IMAGES, 23)),
        Col("anonymous_id", "varchar(45)", "none", hexdigest(20)),
        Col("rate", "smallint", "none", num(1, 5)),
        Col("date", "date", "none", day(2018, 2024)),
    ], rows=140, extra=[_fk("piwigo_rate", "element_id", "piwigo_images")])
    auth_keys = Table(S, "piwigo_user_auth_keys", [
        Col("auth_key_id", "integer PRIMARY KEY", "none", seq()),
        Col("auth_key", "varchar(255)", "secret_token", token(30)),
        Col("user_id", "integer", "none", fk(N_USERS, 29)),
        Col("created_on", "timestamp", "none", moment(2023, 2024)),
        Col("duration", "integer", "none", pick(86400, 604800)),
        Col("expired_on", "timestamp", "none", moment(2024, 2025)),
    ], rows=85, extra=[_fk("piwigo_user_auth_keys", "user_id", "piwigo_users")])
    activity = Table(S, "piwigo_activity", [
        Col("activity_id", "integer PRIMARY KEY", "none", seq()),
        Col("object", "varchar(255)", "none", pick("photo", "album", "user", "tag")),
        Col("object_id", "integer", "none", num(1, 150)),
        Col("action", "varchar(255)", "none", pick("add", "edit", "delete", "login", "logout")),
        Col("performed_by", "integer", "none", fk(N_USERS, 31)),
        Col("session_idx", "varchar(255)", "secret_token", token(26, "abcdefghijklmnopqrstuv0123456789")),
        Col("ip_address", "varchar(50)", "ip_address", ipv4(*FJ_IPS)),
        Col("occured_on", "timestamp", "none", moment(2023, 2024)),
        Col("details", "varchar(255)", "none", lambda c, i: json.dumps({"method": c.r.choice(("pwg.images.add",
                                                                                           "ws_images_setInfo")),
                                                                        "agent": "Mozilla/5.0"})),
        Col("user_agent", "varchar(255)", "none", pick("Mozilla/5.0 (Linux; Android 13) Chrome/119.0",
                                                       "Piwigo-Android/3.2", "Mozilla/5.0 (iPad; CPU OS 16_6)")),
    ], rows=150, extra=[_fk("piwigo_activity", "performed_by", "piwigo_users")])
    sessions = Table(S, "piwigo_sessions", [
        Col("id", "varchar(255)", "secret_token", token(26, "abcdefghijklmnopqrstuv0123456789", prefix="a1d2")),
        Col("data", "text", "none", lambda c, i: f"pwg_uid|i:{(i * 37) % N_USERS + 1};pwg_device|s:7:\"desktop\";"),
        Col("expiration", "timestamp", "none", moment(2024, 2024)),
    ], rows=90)
    notify = Table(S, "piwigo_user_mail_notification", [
        Col("user_id", "integer", "none", seq()),
        Col("check_key", "varchar(16)", "secret_token", token(16)),
        Col("enabled", "boolean", "none", pick(True, False)),
        Col("last_send", "timestamp", "none", maybe(moment(2023, 2024), 0.6)),
    ], rows=100, extra=[_fk("piwigo_user_mail_notification", "user_id", "piwigo_users")])
    tags = Table(S, "piwigo_tags", [
        Col("id", "integer PRIMARY KEY", "none", seq()),
        Col("name", "varchar(255)", "none", lambda c, i: f"{c.r.choice(ALBUMS).lower()} {i}"),
        Col("url_name", "varchar(255)", "none", lambda c, i: f"tag-{i}"),
        Col("lastmodified", "timestamp", "none", moment(2020, 2024)),
    ], rows=80)
    return [users, infos, cats, images, image_cat, comments, history, rate, auth_keys, activity, sessions, notify, tags]
