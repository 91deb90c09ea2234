"""f_fixmystreet: mySociety FixMyStreet (Perl, PostgreSQL) as a Maltese local-councils cobrand, "FixMyTriq"."""
from __future__ import annotations

import json
import random

from .blind23_gens import alnum, bcrypt, col, digits, field, fk, hexs, ident, per_row, pick, ref, when
from .gens import Table

S = "f_fixmystreet"
N_USERS, N_BODIES, N_CONTACTS, N_PROBLEMS = 130, 14, 80, 150

FIRST = ["Joseph", "Maria", "Carmel", "Josephine", "Mario", "Rita", "Charles", "Doris", "Kurt", "Miriam", "Luke",
         "Rebecca", "Matthew", "Kylie", "Nicholas", "Stephanie", "Ġorġ", "Pawlu", "Marija", "Ċensu", "Rosette",
         "Jean Paul", "Claire", "Antoine"]
SUR = ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
       "Cassar", "Azzopardi", "Caruana", "Mifsud", "Agius", "Xuereb", "Debono", "Cutajar", "Schembri", "Pace",
       "Mizzi", "Bonello", "Sammut", "Abela"]
LOCALITIES = [("Birkirkara", "BKR"), ("Mosta", "MST"), ("Qormi", "QRM"), ("Żabbar", "ZBR"), ("San Ġwann", "SGN"),
              ("Sliema", "SLM"), ("Naxxar", "NXR"), ("Żebbuġ", "ZBG"), ("Marsaskala", "SKK"), ("Fgura", "FGR"),
              ("Rabat", "RBT"), ("Żejtun", "ZTN"), ("Swieqi", "SWQ"), ("Gżira", "GZR")]
STREETS = ["Triq il-Kbira", "Triq San Pawl", "Triq il-Wied", "Triq Santa Marija", "Triq il-Kappillan Mifsud",
           "Triq in-Naxxar", "Triq ir-Repubblika", "Triq tal-Qroqq", "Triq Birbal", "Triq il-Fortizza",
           "Triq Dun Karm", "Triq il-Ħaddiem", "Vjal il-Labour", "Triq Ħal Qormi"]
MAILS = ["gmail.com", "hotmail.com", "yahoo.com", "maltanet.net", "go.net.mt", "melita.com", "icloud.com"]
CATS = ["Potholes", "Street lighting", "Abandoned vehicle", "Bulky refuse", "Illegal dumping", "Dog fouling",
        "Graffiti", "Damaged pavement", "Blocked drain", "Overgrown trees", "Noise from construction site"]
STATES = ["confirmed", "investigating", "action scheduled", "in progress", "fixed - council", "closed",
          "duplicate", "not responsible", "unconfirmed"]
BODIES = [f"Kunsill Lokali {loc}" for loc, _ in LOCALITIES[:10]] + [
    "Infrastructure Malta", "Transport Malta", "WasteServ Malta", "Environment and Resources Authority"]


def _person(r: random.Random, i: int) -> dict:
    first, sur = r.choice(FIRST), r.choice(SUR)
    loc, code = r.choice(LOCALITIES)
    plain = first.replace("Ġ", "G").replace("Ċ", "C").replace(" ", "").lower()
    email = r.choice([f"{plain}.{sur.lower()}", f"{plain[0]}{sur.lower()}{r.randint(1, 99)}",
                      f"{sur.lower()}{plain}{r.randint(60, 99)}"]) + "@" + r.choice(MAILS)
    phone = r.choice(["+35679", "+35699", "+35677", "+35621"]) + digits(r, 6)
    return {"first": first, "sur": sur, "email": email, "phone": phone, "loc": loc,
            "postcode": f"{code} {r.randint(1000, 9999)}", "street": f"{r.randint(1, 140)}, {r.choice(STREETS)}"}


P = per_row("fms.users", _person)
PR = per_row("fms.problem", _person)


ASCII = str.maketrans("ŻżĠġĊċĦħ ", "ZzGgCcHh.")


def _lat(c, i):
    return round(c.r.uniform(35.82, 35.95), 6)


def _lon(c, i):
    return round(c.r.uniform(14.36, 14.56), 6)


def _detail(c, i):
    p, r = PR(c, i), c.r
    return r.choice([
        f"Il-ħofra ilha hemm xahar u diġà waqgħet mara bil-mutur. Ċempluli fuq {p['phone'][4:]} jekk trid aktar info.",
        "Street light number 23 has been off for three weeks, the road is completely dark at night.",
        f"Abandoned car (grey Toyota Vitz, reg. {alnum(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(r, 3)}) parked "
        "here since January, tyres flat.",
        f"Someone keeps dumping building rubble next to the bring-in site. I saw the truck on Saturday. {p['first']}",
        "Drain blocks every time it rains and the whole road floods up to the pavement.",
        f"Hello, I am {p['first']} {p['sur']} living at no. {r.randint(1, 90)}. The tree roots lifted the pavement "
        "and my elderly mother cannot pass with her walker.",
        "Graffiti on the wall of the primary school, offensive words.",
        f"Please contact me at {p['email']}, this is the third report.",
    ])


def _reply(c, i):
    p, q, r = P(c, c.r.randint(1, N_USERS)), P(c, c.r.randint(1, N_USERS)), c.r
    return r.choice([
        f"Dear {r.choice(['Mr', 'Ms'])} {p['sur']}, the issue has been forwarded to our contractor. Regards, "
        f"{q['first']} {q['sur']}, Executive Secretary",
        "Grazzi tar-rapport. Il-kuntrattur se jindirizza din il-problema din il-ġimgħa.",
        "This road falls under Infrastructure Malta, report forwarded.", "Still not fixed!!", "Fixed, thank you.",
        f"Called the resident on {p['phone']}, will inspect on Monday.",
    ])


def fixmystreet_tables() -> list[Table]:
    body = Table(S, "body", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("name", "text", "none", lambda c, i: BODIES[i - 1]),
        col("external_url", "text", "none", lambda c, i: f"https://localcouncils.gov.mt/council/{i}"),
        col("parent", "integer", "none", lambda c, i: None),
        col("endpoint", "text", "none", lambda c, i: "" if i < 11 else f"https://open311.body{i}.gov.mt/api"),
        col("jurisdiction", "text", "none", lambda c, i: "" if i < 11 else "malta"),
        col("api_key", "text", "secret_token", lambda c, i: "" if i < 11 else hexs(c.r, 32)),
        col("send_method", "text", "none", lambda c, i: "Email" if i < 11 else "Open311"),
        col("send_comments", "boolean", "none", pick(False, True)),
        col("comment_user_id", "integer", "none", lambda c, i: c.r.randint(1, N_USERS)),
        col("suppress_alerts", "boolean", "none", pick(False)),
        col("can_be_devolved", "boolean", "none", pick(False, True)),
        col("send_extended_statuses", "boolean", "none", pick(False)),
        col("fetch_problems", "boolean", "none", pick(False)),
        col("blank_updates_permitted", "boolean", "none", pick(False)),
        col("convert_latlong", "boolean", "none", pick(False)),
        col("deleted", "boolean", "none", pick(False)),
        col("extra", "jsonb", "none", lambda c, i: json.dumps({"cobrand": "fixmytriq", "area_id": 60000 + i})),
    ], rows=N_BODIES)
    users = Table(S, "users", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("email", "text", "email", field(P, "email")),
        col("email_verified", "boolean", "none", pick(True, True, False)),
        col("phone", "text", "phone", field(P, "phone")),
        col("phone_verified", "boolean", "none", pick(False, True)),
        col("name", "text", "person_name", lambda c, i: f"{P(c, i)['first']} {P(c, i)['sur']}"),
        col("password", "text", "credentials", lambda c, i: "" if c.r.random() < 0.3 else bcrypt(c.r, 11)),
        col("from_body", "integer", "none", lambda c, i: c.r.randint(1, N_BODIES) if i % 9 == 0 else None),
        col("flagged", "boolean", "none", pick(False, False, False, True)),
        col("is_superuser", "boolean", "none", lambda c, i: i < 3),
        col("title", "text", "none", pick(None, "Mr", "Ms", "Mrs", "Dr")),
        col("twitter_id", "bigint", "none", lambda c, i: None),
        col("facebook_id", "bigint", "none", lambda c, i: None if c.r.random() < 0.8 else int(digits(c.r, 15))),
        col("oidc_ids", "text[]", "none", lambda c, i: None),
        col("area_ids", "integer[]", "none", lambda c, i: None),
        col("extra", "jsonb", "none", lambda c, i: json.dumps({"last_sms_sent": "2024-05-01"} if i % 5 else {})),
        col("created", "timestamp", "none", lambda c, i: when(c.r, 2019, 2024)),
        col("last_active", "timestamp", "none", lambda c, i: when(c.r, 2024, 2025)),
    ], rows=N_USERS, extra=[fk(S, "users", "from_body", "body")])

    def _contact_email(c, i):
        p = P(c, c.r.randint(1, N_USERS))
        return c.r.choice([f"{p['first'].lower().translate(ASCII)}.{p['sur'].lower()}@gov.mt",
                           f"lc.{c.r.choice(LOCALITIES)[0].lower().translate(ASCII)}@gov.mt", "info@wasteservmalta.com"])
    contacts = Table(S, "contacts", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("body_id", "integer", "none", ref(N_BODIES)),
        col("category", "text", "none", lambda c, i: CATS[i % len(CATS)]),
        col("email", "text", "email", _contact_email),
        col("state", "text", "none", pick("confirmed", "confirmed", "inactive")),
        col("editor", "text", "person_name", lambda c, i: f"{P(c, c.r.randint(1, 20))['first']} "
            f"{P(c, c.r.randint(1, 20))['sur']}"),
        col("whenedited", "timestamp", "none", lambda c, i: when(c.r)),
        col("note", "text", "none", pick("Imported", "created by council admin", "moved to WasteServ")),
        col("extra", "jsonb", "none", lambda c, i: json.dumps({"prefer_if_multiple": False})),
        col("non_public", "boolean", "none", pick(False)),
        col("endpoint", "text", "none", lambda c, i: ""),
        col("jurisdiction", "text", "none", lambda c, i: ""),
        col("api_key", "text", "secret_token", lambda c, i: "" if c.r.random() < 0.6 else alnum(c.r, 40)),
        col("send_method", "text", "none", pick("", "Email")),
    ], rows=N_CONTACTS, extra=[fk(S, "contacts", "body_id", "body")])
    problem = Table(S, "problem", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("postcode", "text", "postal_address", lambda c, i: PR(c, i)["postcode"]),
        col("latitude", "double precision", "geo_location", _lat),
        col("longitude", "double precision", "geo_location", _lon),
        col("bodies_str", "text", "none", lambda c, i: str(c.r.randint(1, N_BODIES))),
        col("areas", "text", "none", lambda c, i: f",{c.r.randint(60001, 60014)},"),
        col("category", "text", "none", pick(*CATS)),
        col("title", "text", "none", pick("Ħofra kbira quddiem il-knisja", "Street light not working",
                                          "Abandoned car", "Garbage bags left out on Sunday", "Blocked drain",
                                          "Broken pavement near bus stop", "Graffiti on school wall")),
        col("detail", "text", "free_text_may_contain_pii", _detail),
        col("photo", "bytea", "none", lambda c, i: None if c.r.random() < 0.4 else hexs(c.r, 40).encode()),
        col("used_map", "boolean", "none", pick(True, True, False)),
        col("user_id", "integer", "none", ref(N_USERS)),
        col("name", "text", "person_name", lambda c, i: f"{PR(c, i)['first']} {PR(c, i)['sur']}"),
        col("anonymous", "boolean", "none", pick(False, False, True)),
        col("external_id", "text", "none", lambda c, i: None if c.r.random() < 0.7 else f"IM-{digits(c.r, 6)}"),
        col("created", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("confirmed", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("state", "text", "none", pick(*STATES)),
        col("lang", "text", "none", pick("en-gb", "mt")),
        col("service", "text", "none", pick("desktop", "mobile", "Android", "iOS")),
        col("cobrand", "text", "none", pick("fixmytriq")),
        col("lastupdate", "timestamp", "none", lambda c, i: when(c.r, 2024, 2025)),
        col("whensent", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("send_questionnaire", "boolean", "none", pick(True, False)),
        col("extra", "jsonb", "none", lambda c, i: json.dumps({"sent_to": [c.r.randint(1, N_CONTACTS)]})),
        col("flagged", "boolean", "none", pick(False, False, False, True)),
        col("geocode", "jsonb", "postal_address", lambda c, i: json.dumps({"display_name": f"{PR(c, i)['street']}, "
            f"{PR(c, i)['loc']} {PR(c, i)['postcode']}, Malta", "source": "OSM"})),
        col("response_priority_id", "integer", "none", lambda c, i: c.r.choice([None, 1, 2, 3])),
        col("send_fail_count", "integer", "none", lambda c, i: c.r.choice([0, 0, 0, 1])),
        col("non_public", "boolean", "none", pick(False)),
        col("interest_count", "integer", "none", lambda c, i: c.r.randint(0, 14)),
    ], rows=N_PROBLEMS, extra=[fk(S, "problem", "user_id", "users")])
    comment = Table(S, "comment", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("problem_id", "integer", "none", ref(N_PROBLEMS)),
        col("user_id", "integer", "none", ref(N_USERS)),
        col("anonymous", "boolean", "none", pick(False, True)),
        col("name", "text", "person_name", lambda c, i: f"{P(c, c.r.randint(1, N_USERS))['first']} "
            f"{P(c, c.r.randint(1, N_USERS))['sur']}"),
        col("website", "text", "none", lambda c, i: None),
        col("created", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("confirmed", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
        col("text", "text", "free_text_may_contain_pii", _reply),
        col("photo", "bytea", "none", lambda c, i: None),
        col("state", "text", "none", pick("confirmed", "confirmed", "hidden", "unconfirmed")),
        col("cobrand", "text", "none", pick("fixmytriq")),
        col("lang", "text", "none", pick("en-gb", "mt")),
        col("mark_fixed", "boolean", "none", pick(False, False, True)),
        col("mark_open", "boolean", "none", pick(False)),
        col("problem_state", "text", "none", pick(*STATES)),
        col("external_id", "text", "none", lambda c, i: None),
        col("extra", "jsonb", "none", lambda c, i: json.dumps({"is_body_user": c.r.randint(1, N_BODIES)})),
        col("send_fail_count", "integer", "none", lambda c, i: 0),
        col("whensent", "timestamp", "none", lambda c, i: when(c.r, 2022, 2025)),
    ], rows=150, extra=[fk(S, "comment", "problem_id", "problem"), fk(S, "comment", "user_id", "users")])
    alert = Table(S, "alert", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("alert_type", "text", "none", pick("local_problems")),
        col("parameter", "text", "geo_location", lambda c, i: str(_lon(c, i)), comment="longitude"),
        col("parameter2", "text", "geo_location", lambda c, i: str(_lat(c, i)), comment="latitude"),
        col("user_id", "integer", "none", ref(N_USERS)),
        col("confirmed", "integer", "none", pick(0, 1, 1)),
        col("lang", "text", "none", pick("en-gb", "mt")),
        col("cobrand", "text", "none", pick("fixmytriq")),
        col("whensubscribed", "timestamp", "none", lambda c, i: when(c.r)),
        col("whendisabled", "timestamp", "none", lambda c, i: None if c.r.random() < 0.8 else when(c.r)),
    ], rows=120, extra=[fk(S, "alert", "user_id", "users")])
    token = Table(S, "token", [
        col("scope", "text", "none", pick("problem", "email_sign_in", "alert", "comment")),
        col("token", "text", "secret_token", lambda c, i: alnum(c.r, 18, "abcdefghjkmnpqrstuvwxyz23456789")),
        col("data", "text", "email", lambda c, i: json.dumps({"email": P(c, c.r.randint(1, N_USERS))["email"],
                                                              "r": "/report/new"})),
        col("created", "timestamp", "none", lambda c, i: when(c.r, 2025, 2025)),
    ], rows=100)
    quest = Table(S, "questionnaire", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("problem_id", "integer", "none", ref(N_PROBLEMS)),
        col("whensent", "timestamp", "none", lambda c, i: when(c.r)),
        col("whenanswered", "timestamp", "none", lambda c, i: None if c.r.random() < 0.5 else when(c.r)),
        col("ever_reported", "boolean", "none", pick(None, True, False)),
        col("old_state", "text", "none", pick(*STATES)),
        col("new_state", "text", "none", pick("fixed - user", "confirmed", "unknown")),
    ], rows=90, extra=[fk(S, "questionnaire", "problem_id", "problem")])
    abuse = Table(S, "abuse", [
        col("email", "text PRIMARY KEY", "email", lambda c, i: f"{alnum(c.r, 4).lower()}{i}."
            f"{c.r.choice(SUR).lower()}@{c.r.choice(MAILS)}"),
    ], rows=80, comment="banned reporters")
    perms = Table(S, "user_body_permissions", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("user_id", "integer", "none", ref(N_USERS)),
        col("body_id", "integer", "none", ref(N_BODIES)),
        col("permission_type", "text", "none", pick("moderate", "report_edit", "report_inspect", "user_edit",
                                                    "contribute_as_body", "template_edit")),
    ], rows=80, extra=[fk(S, "user_body_permissions", "user_id", "users"),
                       fk(S, "user_body_permissions", "body_id", "body")])
    log = Table(S, "admin_log", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("admin_user", "text", "person_name", lambda c, i: f"{P(c, c.r.randint(1, 12))['first']} "
            f"{P(c, c.r.randint(1, 12))['sur']}"),
        col("object_type", "text", "none", pick("problem", "update", "user", "moderation")),
        col("object_id", "integer", "none", lambda c, i: c.r.randint(1, N_PROBLEMS)),
        col("action", "text", "none", pick("edit", "state_change", "resend", "category_change", "hide")),
        col("whenedited", "timestamp", "none", lambda c, i: when(c.r)),
        col("user_id", "integer", "none", ref(12)),
        col("reason", "text", "none", pick("", "duplicate", "wrong council", "offensive language", "not our road")),
        col("time_spent", "integer", "none", lambda c, i: c.r.choice([0, 5, 10, 15])),
    ], rows=120, extra=[fk(S, "admin_log", "user_id", "users")])
    return [body, users, contacts, problem, comment, alert, token, quest, abuse, perms, log]
