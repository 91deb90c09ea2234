"""w_immich: Immich, the self-hosted photo library (TypeORM, camelCase quoted columns), run by a whānau in
Aotearoa New Zealand. Faces are clustered into named people with face embeddings; photos carry GPS exif."""
from __future__ import annotations

import json

from .blind19_gens import (
    bcrypt, const, fkey, hexstr, integer, maybe, person, pick, row_uuid, template, ts, uuid4, wpick,
)
from .gens import Col, Table

S = "w_immich"
U, P = "imm_user", "imm_person"
N_USERS, N_ASSETS, N_PEOPLE, N_FACES, N_ALBUMS = 9, 150, 110, 150, 80

PLACES = [  # (lat, lon, city, state)
    (-36.8485, 174.7633, "Auckland", "Auckland"), (-41.2866, 174.7756, "Wellington", "Wellington"),
    (-43.5321, 172.6362, "Christchurch", "Canterbury"), (-38.1368, 176.2497, "Rotorua", "Bay of Plenty"),
    (-39.4928, 176.9120, "Napier", "Hawke's Bay"), (-45.0312, 168.6626, "Queenstown", "Otago"),
    (-35.2820, 174.0910, "Paihia", "Northland"), (-37.6878, 176.1651, "Tauranga", "Bay of Plenty"),
    (-21.1789, -175.1982, "Nuku'alofa", "Tongatapu"), (-13.8333, -171.7500, "Apia", "Tuamasaga"),
]
CAMERAS = [("Apple", "iPhone 14 Pro"), ("Apple", "iPhone 12"), ("samsung", "SM-S911B"), ("Google", "Pixel 7a"),
           ("SONY", "ILCE-7M3"), ("FUJIFILM", "X-T30"), ("OPPO", "CPH2305")]
CAPTIONS = ["{who}'s 21st at the rugby club", "Nana {who} at Waitangi", "Kapa haka nationals - {who} front row",
            "Hangi for {who}'s tangi", "Beach day at Piha", "Snow at Coronet Peak", "First day of school",
            "{who} and the new puppy", "Whānau reunion at the marae", "Christmas at Aunty {who}'s place"]
META_KEYS = ["system-config", "admin-onboarding", "reverse-geocoding-state", "version-check-state"]
FIRSTS = ["Mere", "Hemi", "Aroha", "Tama", "Losa", "Sione", "Ngaio", "Rawiri", "Charlotte", "Nikau"]


def _uid(c, i):
    return row_uuid(U)(c, c.r.randint(1, N_USERS))


def _ref(key, n, null=0.0):
    return lambda c, i: None if c.r.random() < null else row_uuid(key)(c, c.r.randint(1, n))


def _place(k):
    def gen(c, i):
        pl = PLACES[row_rng_index(c, i)]
        if k < 2:
            return round(pl[k] + c.r.uniform(-0.05, 0.05), 7)
        return pl[k]
    return gen


def row_rng_index(c, i):
    return (i * 7 + 3) % len(PLACES) if i % 5 else (i * 3) % 8


def _embedding(c, i):
    return "{" + ",".join(f"{c.r.gauss(0, 0.045):.5f}" for _ in range(512)) + "}"


def _person_name(c, i):
    p = person(c, P, i, "nz")
    if i % 9 == 0:
        return ""                                   # unnamed face cluster
    return f"{p['first']} {p['last']}" if i % 3 else p["first"]


def tables() -> list[Table]:
    users = Table(S, "users", [
        Col("id", "uuid PRIMARY KEY", "none", row_uuid(U)),
        Col("email", "varchar", "email", lambda c, i: person(c, U, i, "nz")["email"]),
        Col("password", "varchar", "credentials", maybe(0.8, bcrypt("$2b$10$"), "")),
        Col("createdAt", "timestamptz", "none", ts(2022, 2023)),
        Col("profileImagePath", "varchar", "none",
            lambda c, i: f"upload/profile/{row_uuid(U)(c, i)}/{uuid4(c, i)}.jpeg"),
        Col("isAdmin", "boolean", "none", lambda c, i: i == 1),
        Col("shouldChangePassword", "boolean", "none", wpick([(False, 8), (True, 1)])),
        Col("deletedAt", "timestamptz", "none", const(None)),
        Col("oauthId", "varchar", "none", maybe(0.3, lambda c, i: str(c.r.randint(10**20, 10**21 - 1)), "")),
        Col("updatedAt", "timestamptz", "none", ts(2024, 2025)),
        Col("storageLabel", "varchar", "none", lambda c, i: "admin" if i == 1 else person(c, U, i, "nz")["user"]),
        Col("name", "varchar", "person_name", lambda c, i: person(c, U, i, "nz")["first"] + " "
            + person(c, U, i, "nz")["last"]),
        Col("quotaSizeInBytes", "bigint", "none", maybe(0.5, pick(107374182400, 214748364800))),
        Col("quotaUsageInBytes", "bigint", "none", integer(10**9, 9 * 10**10)),
        Col("status", "varchar", "none", const("active")),
    ], rows=N_USERS)
    sessions = Table(S, "sessions", [
        Col("id", "uuid PRIMARY KEY", "none", uuid4),
        Col("token", "varchar", "secret_token", hexstr(64)),
        Col("createdAt", "timestamptz", "none", ts(2024, 2025)),
        Col("updatedAt", "timestamptz", "none", ts(2024, 2025)),
        Col("userId", "uuid", "none", _uid),
        Col("deviceType", "varchar", "none", pick("iOS", "Android", "Chrome", "Firefox", "Safari")),
        Col("deviceOS", "varchar", "none", pick("iOS", "Android", "Windows", "macOS", "Linux")),
    ], rows=90, extra=[fkey(S, "sessions", "userId", "users")])
    keys = Table(S, "api_keys", [
        Col("id", "uuid PRIMARY KEY", "none", uuid4),
        Col("name", "varchar", "none", pick("immich-go", "Home Assistant", "backup script", "API Key", "frame")),
        Col("key", "varchar", "secret_token", lambda c, i: hexstr(64)(c, i)),
        Col("userId", "uuid", "none", _uid),
        Col("createdAt", "timestamptz", "none", ts(2023, 2025)),
        Col("permissions", "varchar[]", "none", const("{all}")),
    ], rows=20, extra=[fkey(S, "api_keys", "userId", "users")])
    assets = Table(S, "assets", [
        Col("id", "uuid PRIMARY KEY", "none", row_uuid("imm_asset")),
        Col("deviceAssetId", "varchar", "none", lambda c, i: f"{uuid4(c, i).upper()}/L0/001"),
        Col("ownerId", "uuid", "none", _uid),
        Col("deviceId", "varchar", "none", pick("Library Import", "CLI", "a1b2c3d4e5f6", "WEB")),
        Col("type", "varchar", "none", wpick([("IMAGE", 9), ("VIDEO", 1)])),
        Col("originalPath", "varchar", "none", lambda c, i: (
            f"upload/library/{c.r.choice(['admin', 'mere', 'hemi', 'aroha'])}/{c.r.randint(2016, 2025)}/"
            f"{c.r.randint(1, 12):02d}/IMG_{c.r.randint(1000, 9999)}.{c.r.choice(['HEIC', 'JPG', 'MOV'])}")),
        Col("fileCreatedAt", "timestamptz", "none", ts(2016, 2025)),
        Col("fileModifiedAt", "timestamptz", "none", ts(2016, 2025)),
        Col("isFavorite", "boolean", "none", wpick([(False, 8), (True, 2)])),
        Col("duration", "varchar", "none", maybe(0.1, lambda c, i: f"0:00:{c.r.randint(2, 59):02d}.000000")),
        Col("checksum", "bytea", "none", lambda c, i: bytes(c.r.randrange(256) for _ in range(20))),
        Col("isVisible", "boolean", "none", const(True)),
        Col("originalFileName", "varchar", "none", lambda c, i: f"IMG_{c.r.randint(1000, 9999)}.HEIC"),
        Col("thumbhash", "bytea", "none", lambda c, i: bytes(c.r.randrange(256) for _ in range(25))),
        Col("isOffline", "boolean", "none", const(False)),
        Col("isArchived", "boolean", "none", wpick([(False, 9), (True, 1)])),
        Col("localDateTime", "timestamptz", "none", ts(2016, 2025)),
        Col("deletedAt", "timestamptz", "none", maybe(0.05, ts(2025, 2025))),
    ], rows=N_ASSETS, extra=[fkey(S, "assets", "ownerId", "users")])
    exif = Table(S, "exif", [
        Col("assetId", "uuid PRIMARY KEY", "none", row_uuid("imm_asset")),
        Col("make", "varchar", "none", lambda c, i: CAMERAS[i % len(CAMERAS)][0]),
        Col("model", "varchar", "none", lambda c, i: CAMERAS[i % len(CAMERAS)][1]),
        Col("exifImageWidth", "integer", "none", pick(4032, 3024, 6000, 4000)),
        Col("exifImageHeight", "integer", "none", pick(3024, 4032, 4000, 3000)),
        Col("fileSizeInByte", "bigint", "none", integer(800_000, 9_000_000)),
        Col("orientation", "varchar", "none", pick("1", "6", "8", None)),
        Col("dateTimeOriginal", "timestamptz", "none", ts(2016, 2025)),
        Col("lensModel", "varchar", "none", maybe(0.6, pick("iPhone 14 Pro back triple camera 6.86mm f/1.78",
                                                            "FE 28-70mm F3.5-5.6 OSS", "XF18-55mmF2.8-4 R LM OIS"))),
        Col("fNumber", "double precision", "none", pick(1.8, 2.2, 2.8, 4.0, 5.6)),
        Col("focalLength", "double precision", "none", pick(6.86, 4.2, 28.0, 35.0, 50.0)),
        Col("iso", "integer", "none", pick(50, 100, 200, 400, 800, 1600)),
        Col("exposureTime", "varchar", "none", pick("1/120", "1/60", "1/500", "1/2000", "1/30")),
        Col("latitude", "double precision", "geo_location", maybe(0.85, _place(0))),
        Col("longitude", "double precision", "geo_location", maybe(0.85, _place(1))),
        Col("city", "varchar", "none", maybe(0.85, _place(2))),
        Col("state", "varchar", "none", maybe(0.85, _place(3))),
        Col("country", "varchar", "none", maybe(0.85, pick("New Zealand", "New Zealand", "New Zealand", "Tonga"))),
        Col("description", "text", "free_text_may_contain_pii", maybe(0.4, template(CAPTIONS, who=FIRSTS), "")),
        Col("timeZone", "varchar", "none", pick("Pacific/Auckland", "UTC+13", "Pacific/Tongatapu")),
        Col("projectionType", "varchar", "none", const(None)),
        Col("rating", "integer", "none", maybe(0.1, integer(1, 5))),
    ], rows=N_ASSETS, extra=[fkey(S, "exif", "assetId", "assets")])
    people = Table(S, "person", [
        Col("id", "uuid PRIMARY KEY", "none", row_uuid(P)),
        Col("createdAt", "timestamptz", "none", ts(2023, 2025)),
        Col("updatedAt", "timestamptz", "none", ts(2024, 2025)),
        Col("ownerId", "uuid", "none", _uid),
        Col("name", "varchar", "person_name", _person_name),
        Col("thumbnailPath", "varchar", "none", lambda c, i: f"upload/thumbs/{row_uuid(P)(c, i)[:2]}/"
            f"{row_uuid(P)(c, i)}.jpeg"),
        Col("isHidden", "boolean", "none", wpick([(False, 9), (True, 1)])),
        Col("birthDate", "date", "birth_date", lambda c, i: person(c, P, i, "nz")["born"].isoformat()
            if i % 9 and i % 4 == 0 else None),
        Col("faceAssetId", "uuid", "none", lambda c, i: row_uuid("imm_face")(c, i)),
        Col("color", "varchar", "none", maybe(0.2, pick("#e11d48", "#0ea5e9", "#22c55e"))),
    ], rows=N_PEOPLE, extra=[fkey(S, "person", "ownerId", "users")])
    faces = Table(S, "asset_faces", [
        Col("id", "uuid PRIMARY KEY", "none", row_uuid("imm_face")),
        Col("assetId", "uuid", "none", _ref("imm_asset", N_ASSETS)),
        Col("personId", "uuid", "none", lambda c, i: row_uuid(P)(c, i if i <= N_PEOPLE else c.r.randint(1, N_PEOPLE))),
        Col("imageWidth", "integer", "none", pick(4032, 3024, 6000)),
        Col("imageHeight", "integer", "none", pick(3024, 4032, 4000)),
        Col("boundingBoxX1", "integer", "none", integer(100, 1800)),
        Col("boundingBoxY1", "integer", "none", integer(100, 1500)),
        Col("boundingBoxX2", "integer", "none", integer(1900, 2800)),
        Col("boundingBoxY2", "integer", "none", integer(1600, 2600)),
        Col("sourceType", "varchar", "none", wpick([("machine-learning", 9), ("exif", 1)])),
    ], rows=N_FACES, extra=[fkey(S, "asset_faces", "assetId", "assets"), fkey(S, "asset_faces", "personId", "person")])
    face_search = Table(S, "face_search", [
        Col("faceId", "uuid PRIMARY KEY", "none", row_uuid("imm_face")),
        Col("embedding", "real[]", "biometric", _embedding),
    ], rows=N_FACES, extra=[fkey(S, "face_search", "faceId", "asset_faces")])
    smart = Table(S, "smart_search", [
        Col("assetId", "uuid PRIMARY KEY", "none", row_uuid("imm_asset")),
        Col("embedding", "real[]", "none", _embedding),
    ], rows=100, extra=[fkey(S, "smart_search", "assetId", "assets")])
    albums = Table(S, "albums", [
        Col("id", "uuid PRIMARY KEY", "none", row_uuid("imm_album")),
        Col("ownerId", "uuid", "none", _uid),
        Col("albumName", "varchar", "none", pick("Rarotonga 2023", "Matariki", "Kids sport", "Tangi - Koro",
                                                 "Screenshots", "Wedding", "Te Araroa walk", "Christmas")),
        Col("description", "text", "none", maybe(0.3, pick("Best of the trip", "Photos from the whānau", ""), "")),
        Col("createdAt", "timestamptz", "none", ts(2022, 2025)),
        Col("albumThumbnailAssetId", "uuid", "none", _ref("imm_asset", N_ASSETS, 0.1)),
        Col("isActivityEnabled", "boolean", "none", const(True)),
        Col("order", "varchar", "none", pick("desc", "asc")),
    ], rows=N_ALBUMS, extra=[fkey(S, "albums", "ownerId", "users")])
    links = Table(S, "shared_links", [
        Col("id", "uuid PRIMARY KEY", "none", uuid4),
        Col("description", "varchar", "none", maybe(0.5, pick("for Aunty", "rugby team", "wedding guests"))),
        Col("password", "varchar", "credentials", maybe(0.3, pick("piha2023", "Koro1948", "kiaora!", "whanau"))),
        Col("userId", "uuid", "none", _uid),
        Col("key", "bytea", "secret_token", lambda c, i: bytes(c.r.randrange(256) for _ in range(50))),
        Col("type", "varchar", "none", pick("ALBUM", "INDIVIDUAL")),
        Col("createdAt", "timestamptz", "none", ts(2023, 2025)),
        Col("expiresAt", "timestamptz", "none", maybe(0.4, ts(2025, 2026))),
        Col("allowUpload", "boolean", "none", pick(True, False)),
        Col("albumId", "uuid", "none", _ref("imm_album", N_ALBUMS, 0.3)),
        Col("allowDownload", "boolean", "none", const(True)),
        Col("showExif", "boolean", "none", pick(True, False)),
    ], rows=85, extra=[fkey(S, "shared_links", "userId", "users"), fkey(S, "shared_links", "albumId", "albums")])
    activity = Table(S, "activity", [
        Col("id", "uuid PRIMARY KEY", "none", uuid4),
        Col("createdAt", "timestamptz", "none", ts(2023, 2025)),
        Col("albumId", "uuid", "none", _ref("imm_album", N_ALBUMS)),
        Col("userId", "uuid", "none", _uid),
        Col("assetId", "uuid", "none", _ref("imm_asset", N_ASSETS, 0.3)),
        Col("comment", "text", "none", maybe(0.7, pick("Ka pai!", "so cute 😍", "Miss you Koro", "lol",
                                                      "Chur bro", "Beautiful photo", "Where is this?"))),
        Col("isLiked", "boolean", "none", pick(True, False)),
    ], rows=110, extra=[fkey(S, "activity", "albumId", "albums")])
    meta = Table(S, "system_metadata", [
        Col("key", "varchar PRIMARY KEY", "none", lambda c, i: META_KEYS[i - 1]),
        Col("value", "jsonb", "secret_token", lambda c, i: json.dumps(
            {"oauth": {"enabled": True, "issuerUrl": "https://auth.whanau.nz/application/o/immich/",
                       "clientId": "immich", "clientSecret": hexstr(48)(c, i)}} if i == 1 else {"isOnboarded": True})),
    ], rows=4)
    return [users, sessions, keys, assets, exif, people, faces, face_search, smart, albums, links, activity, meta]


immich_tables = tables
