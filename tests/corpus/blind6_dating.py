"""i_dating: a US dating app's PostgreSQL backend (Rails-style snake_case, bigint ids): users, profiles with
orientation and identity fields, photos, selfie verification with face embeddings, locations, matches, chat
messages, abuse reports and push devices. Foreign keys declared."""
from __future__ import annotations

import base64
import struct

from .blind6_gens import (day, email, fill, first, fk, last, maybe, num, phone, table, ts, weighted)
from .gens import Col, bcrypt_like, ident, pick, rand_token

S = "i_dating"
N_U, N_M = 150, 120


def ip(c, i):
    return c.r.choice([f"{c.r.choice([24, 67, 72, 98, 173, 208])}.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}",
                       f"2600:{c.r.randint(4096, 65535):x}:{c.r.randint(0, 65535):x}:{c.r.randint(0, 65535):x}::{c.r.randint(1, 65535):x}"])


def embedding(c, i):
    return base64.b64encode(struct.pack("<128f", *(c.r.gauss(0, 0.09) for _ in range(128)))).decode()


def geohash(c, i):
    return "dr5" + "".join(c.r.choice("0123456789bcdefghjkmnpqrstuvwxyz") for _ in range(6))


def handle(c, i):
    return f"{first('us')(c, i).lower()}{c.r.choice(['.', '_', ''])}{last('us')(c, i).lower()[:c.r.randint(1, 6)]}{c.r.randint(0, 99)}"


BIO = weighted(("", 15), ("Dog mom 🐶 | Brooklyn | not here for pen pals", 6), ("Looking for my partner in crime. Tacos > everything.", 6),
               (fill("6'2 because apparently that matters. snap: {h}", h=handle), 5), (fill("I never check this app, text me {p}", p=phone("us")), 4),
               (fill("ig @{h}", h=handle), 6), ("ENM, partnered. Be kind and honest.", 3), ("Nurse. Night shifts. Coffee dates only ☕", 5),
               (fill("if we match email me lol {e}", e=email("us")), 2), ("Just moved from Austin, show me around?", 5))
MSG = weighted(("hey! how's your week going?", 10), ("lol same", 6), ("haha you're funny", 5), (fill("here's my number {p}", p=phone("us")), 5),
               ("what's your insta?", 4), (fill("it's @{h} on ig", h=handle), 4), ("Union Sq at 8?", 4), ("sorry, I'm not feeling a connection. good luck!", 3),
               (fill("my name's actually {f}, the app cut it off", f=first("us")), 2), ("🔥🔥", 3), ("are you vaccinated? just asking", 2))


def dating_tables():
    lat, lng = (lambda c, i: round(c.r.uniform(40.57, 40.88), 6)), (lambda c, i: round(c.r.uniform(-74.05, -73.75), 6))
    return [
        table(S, "users", N_U, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("email", "varchar(255)", "email", maybe(0.9, email("us"))),
            Col("phone_e164", "varchar(16)", "phone", lambda c, i: f"+1{c.r.choice([212, 347, 646, 718, 917, 929])}{c.r.randint(2000000, 9999999)}"),
            Col("password_digest", "varchar(60)", "credentials", maybe(0.7, bcrypt_like)),
            Col("created_at", "timestamp", "none", ts(2021, 2026)),
            Col("last_active_at", "timestamp", "none", ts(2025, 2026)),
            Col("last_sign_in_ip", "inet", "ip_address", ip),
            Col("status", "varchar(16)", "none", weighted(("active", 85), ("paused", 6), ("banned", 4), ("deleted", 5)))]),
        table(S, "profiles", N_U, [
            Col("user_id", "bigint PRIMARY KEY", "none", ident),
            Col("first_name", "varchar(40)", "person_name", first("us")),
            Col("birthdate", "date", "birth_date", day(1966, 2007)),
            Col("gender", "varchar(20)", "none", weighted(("woman", 45), ("man", 47), ("nonbinary", 6), ("trans woman", 1), ("trans man", 1))),
            Col("sexual_orientation", "varchar(20)", "sex_life", maybe(0.6, weighted(("straight", 60), ("gay", 12), ("lesbian", 6), ("bisexual", 14),
                                                                                   ("pansexual", 3), ("asexual", 2), ("queer", 3)))),
            Col("interested_in", "varchar(20)", "sex_life", weighted(("men", 45), ("women", 42), ("everyone", 13))),
            Col("relationship_goal", "varchar(40)", "sex_life", maybe(0.8, pick("long-term partner", "long-term, open to short", "short-term fun",
                                                                                 "still figuring it out", "non-monogamy", "hookups"))),
            Col("bio", "text", "free_text_may_contain_pii", BIO),
            Col("job_title", "varchar(80)", "none", maybe(0.6, pick("Product Designer", "RN", "Bartender", "Software Engineer", "Teacher", "Paralegal", "Founder"))),
            Col("school", "varchar(80)", "none", maybe(0.5, pick("NYU", "Columbia", "CUNY Hunter", "Fordham", "Rutgers", "SUNY Albany"))),
            Col("height_cm", "smallint", "none", maybe(0.7, num(150, 198))),
            Col("religion", "varchar(20)", "religious_belief", maybe(0.5, pick("Christian", "Catholic", "Jewish", "Muslim", "Hindu", "Buddhist", "Agnostic", "Atheist", "Spiritual"))),
            Col("politics", "varchar(20)", "political_opinion", maybe(0.45, pick("Liberal", "Moderate", "Conservative", "Not political", "Other"))),
            Col("ethnicity", "varchar(40)", "ethnic_origin", maybe(0.5, pick("White/Caucasian", "Black/African descent", "Hispanic/Latino", "East Asian",
                                                                              "South Asian", "Middle Eastern", "Multiracial", "Pacific Islander"))),
            Col("smoking", "varchar(20)", "health", maybe(0.6, pick("never", "socially", "regularly", "trying to quit"))),
            Col("hiv_status", "varchar(30)", "health", maybe(0.15, pick("negative", "negative, on PrEP", "positive, undetectable", "positive"))),
            Col("last_tested_on", "date", "health", day(2023, 2026, 0.12)),
            Col("zodiac", "varchar(12)", "none", maybe(0.4, pick("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn", "Aquarius", "Pisces")))],
            fks=(("user_id", "users", "id"),)),
        table(S, "photos", 150, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("user_id", "bigint", "none", fk(N_U)),
            Col("storage_key", "varchar(120)", "none", lambda c, i: f"photos/{c.r.randint(1, N_U)}/{rand_token(20, alphabet='abcdef0123456789')(c, i)}.jpg"),
            Col("position", "smallint", "none", num(0, 5)),
            Col("is_primary", "boolean", "none", pick(True, False, False)),
            Col("moderation_status", "varchar(16)", "none", weighted(("approved", 88), ("pending", 6), ("rejected", 6))),
            Col("uploaded_at", "timestamp", "none", ts(2022, 2026))], fks=(("user_id", "users", "id"),)),
        table(S, "selfie_verifications", 100, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("user_id", "bigint", "none", fk(N_U)),
            Col("face_embedding", "text", "biometric", embedding),
            Col("liveness_score", "real", "none", lambda c, i: round(c.r.uniform(0.4, 0.999), 3)),
            Col("status", "varchar(16)", "none", weighted(("verified", 80), ("failed", 15), ("manual_review", 5))),
            Col("verified_at", "timestamp", "none", ts(2023, 2026, 0.8))], fks=(("user_id", "users", "id"),)),
        table(S, "locations", N_U, [
            Col("user_id", "bigint PRIMARY KEY", "none", ident),
            Col("lat", "double precision", "geo_location", lat),
            Col("lng", "double precision", "geo_location", lng),
            Col("geohash", "varchar(12)", "geo_location", geohash),
            Col("city", "varchar(60)", "none", weighted(("New York", 60), ("Brooklyn", 20), ("Queens", 10), ("Jersey City", 5), ("Hoboken", 5)))],
            fks=(("user_id", "users", "id"),)),
        table(S, "matches", N_M, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("user_a_id", "bigint", "none", fk(N_U)),
            Col("user_b_id", "bigint", "none", fk(N_U)),
            Col("created_at", "timestamp", "none", ts(2024, 2026)),
            Col("unmatched_at", "timestamp", "none", ts(2024, 2026, 0.2))], fks=(("user_a_id", "users", "id"), ("user_b_id", "users", "id"))),
        table(S, "messages", 150, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("match_id", "bigint", "none", fk(N_M)),
            Col("sender_id", "bigint", "none", fk(N_U)),
            Col("body", "text", "free_text_may_contain_pii", MSG),
            Col("sent_at", "timestamp", "none", ts(2024, 2026)),
            Col("read_at", "timestamp", "none", ts(2024, 2026, 0.7))], fks=(("match_id", "matches", "id"), ("sender_id", "users", "id"))),
        table(S, "reports", 90, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("reporter_id", "bigint", "none", fk(N_U)),
            Col("reported_id", "bigint", "none", fk(N_U)),
            Col("reason", "varchar(30)", "none", pick("harassment", "fake_profile", "scam", "underage", "inappropriate_photos", "offline_behavior")),
            Col("details", "text", "free_text_may_contain_pii", weighted(("", 20), ("asked for money via cashapp", 8), ("photos are of a model", 6),
                (fill("he kept texting my personal number {p} after I unmatched", p=phone("us")), 6),
                (fill("real name is {f} {l}, he's married", f=first("us"), l=last("us")), 4), ("sent unsolicited pics", 5)))],
            fks=(("reporter_id", "users", "id"), ("reported_id", "users", "id"))),
        table(S, "devices", 150, [
            Col("id", "bigint PRIMARY KEY", "none", ident),
            Col("user_id", "bigint", "none", fk(N_U)),
            Col("platform", "varchar(10)", "none", pick("ios", "ios", "android", "web")),
            Col("push_token", "varchar(200)", "secret_token", lambda c, i: rand_token(64, alphabet="0123456789abcdef")(c, i) if c.r.random() < 0.5
                else rand_token(22)(c, i) + ":APA91b" + rand_token(134, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")(c, i)),
            Col("last_ip", "inet", "ip_address", ip)], fks=(("user_id", "users", "id"),)),
    ]
