"""o_ghost: an independent Wellington (Aotearoa New Zealand) local-news newsletter on Ghost 5, moved from MySQL:
24-hex ObjectId keys, snake_case tables, Stripe ids, JSON columns kept as text as Ghost keeps them."""
from __future__ import annotations

import hashlib
import json

from .blind12_gens import (Row, bcrypt, chars, digits, fkey, flag, ipv4_public, mail, num, opt, person, pick, stamp,
                           template, uuid4, HEX)
from .gens import Col as C
from .gens import Table as T

S = "o_ghost"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
NZ = {
    "male": ("James", "Liam", "Oliver", "Jack", "Hamish", "Angus", "Toby", "Sam", "Ben", "Nathan", "Daniel", "Craig",
             "Grant", "Warren", "Hemi", "Tama", "Rāwiri", "Wiremu", "Nikau", "Ari", "Manaia", "Sione", "Tevita",
             "Rajesh", "Wei", "Mikaere"),
    "female": ("Charlotte", "Olivia", "Isla", "Amelia", "Ruby", "Sophie", "Kate", "Emma", "Rebecca", "Aroha", "Mere",
               "Anahera", "Kiri", "Moana", "Hana", "Ngaire", "Talia", "Losana", "Priya", "Mei", "Tui", "Māia",
               "Georgia", "Fiona"),
    "last": ("Smith", "Wilson", "Williams", "Brown", "Taylor", "Thompson", "Walker", "White", "Harris", "Anderson",
             "Campbell", "Robertson", "MacDonald", "Stewart", "Ngata", "Parata", "Horomona", "Te Kani", "Rangihuna",
             "Tipene", "Mahuika", "Tamihana", "Pōmare", "Tuilagi", "Fonoti", "Faleolo", "Taufa", "Havili", "Patel",
             "Singh", "Chen", "Wang", "Kim", "Nguyen", "O'Connor", "McKenzie", "van der Berg"),
}
MAILS = ("gmail.com", "xtra.co.nz", "outlook.com", "hotmail.co.nz", "icloud.com", "slingshot.co.nz", "orcon.net.nz",
         "protonmail.com", "vodafone.co.nz", "yahoo.co.nz", "vuw.ac.nz", "parliament.govt.nz")
CITIES = (("Wellington", "Wellington", -41.2866, 174.7756, "Spark New Zealand"),
          ("Lower Hutt", "Wellington", -41.2092, 174.9081, "One New Zealand"),
          ("Porirua", "Wellington", -41.1339, 174.8400, "2degrees"),
          ("Auckland", "Auckland", -36.8485, 174.7633, "Spark New Zealand"),
          ("Christchurch", "Canterbury", -43.5321, 172.6362, "Enable Networks"),
          ("Palmerston North", "Manawatu-Wanganui", -40.3523, 175.6082, "One New Zealand"),
          ("Sydney", "New South Wales", -33.8688, 151.2093, "Telstra"),
          ("London", "England", 51.5072, -0.1276, "BT"))


def oid(c, i):
    return "6" + "".join(c.r.choice(HEX) for _ in range(23))


def mid(i):
    """A member's ObjectId, fixed by its row number so that other tables can point at it."""
    return f"65f3a2{hashlib.md5(str(i).encode()).hexdigest()[:18]}"


def cus(i):
    h = hashlib.sha1(f"cus{i}".encode()).hexdigest()
    return "cus_" + "".join(B62[int(h[k:k + 2], 16) % 62] for k in range(0, 28, 2))


def member_ref(p_null=0.0):
    return lambda c, i: None if c.r.random() < p_null else mid(c.r.randint(1, 120))


def _reader(c, i):
    d = person(c, NZ, 1945, 2004)
    d["name"] = f"{d['first']} {d['last']}"
    d["email"] = mail(c, d["first"], d["last"], MAILS, d["birth"].year)
    d["uuid"] = uuid4(c, i)
    d["mobile"] = c.r.choice(("021 ", "022 ", "027 ", "+64 21 ", "+64 27 ")) + f"{digits(c, 3)} {digits(c, 4)}"
    d["city"] = c.r.choice(CITIES)
    return d


def _geo(d, c):
    city, region, lat, lon, org = d["city"]
    cc = "AU" if region == "New South Wales" else "GB" if region == "England" else "NZ"
    return json.dumps({"longitude": round(lon + c.r.uniform(-0.02, 0.02), 4), "city": city, "region": region,
                       "latitude": round(lat + c.r.uniform(-0.02, 0.02), 4), "country_code": cc,
                       "timezone": "Pacific/Auckland" if cc == "NZ" else "Australia/Sydney" if cc == "AU" else "Europe/London",
                       "organization": org, "asn": c.r.choice((4771, 9500, 9790, 1221, 2856))})


NOTE = template("Gifted sub from {first}'s daughter, renew Feb", "Council staffer, treat tips carefully",
                "Asked to be contacted on {mobile} not email", "Refund issued 12/3, double charge",
                "Former Dom Post subscriber", "Kaumātua for the Porirua story, prefers phone {mobile}",
                "Press release contact for Wellington Water", "")


def _members():
    p = Row(_reader)
    cols = [C("id", "varchar(24) PRIMARY KEY", "none", lambda c, i: mid(i)),
            C("uuid", "varchar(36)", "none", p("uuid")),
            C("transient_id", "varchar(191)", "none", chars(24, "0123456789abcdefghijklmnopqrstuvwxyz")),
            C("email", "varchar(191)", "email", p("email")),
            C("status", "varchar(50)", "none", pick("free", "free", "paid", "comped")),
            C("name", "varchar(191)", "person_name", opt(0.85, p("name"))),
            C("expertise", "varchar(191)", "none", opt(0.2, pick("Urban planner", "Retired teacher", "Councillor",
                                                                "Kaiako", "Nurse", "Bus driver"))),
            C("note", "varchar(2000)", "free_text_may_contain_pii", opt(0.35, p.f(lambda d: NOTE(p.c, d)))),
            C("geolocation", "varchar(2000)", "geo_location", p.f(lambda d: _geo(d, p.c))),
            C("enable_comment_notifications", "boolean", "none", flag(0.8)),
            C("email_count", "integer", "none", num(0, 300)),
            C("email_opened_count", "integer", "none", num(0, 250)),
            C("email_open_rate", "integer", "none", opt(0.9, num(0, 100))),
            C("email_disabled", "boolean", "none", flag(0.04)),
            C("last_seen_at", "timestamp", "none", opt(0.8, stamp(2024, 2025, False))),
            C("last_commented_at", "timestamp", "none", opt(0.3, stamp(2024, 2025, False))),
            C("created_at", "timestamp", "none", stamp(2020, 2025, False)),
            C("created_by", "varchar(24)", "none", pick("1")),
            C("updated_at", "timestamp", "none", stamp(2024, 2025, False))]
    return T(S, "members", cols, rows=120)


def _staff():
    p = Row(_reader)
    users = T(S, "users", [C("id", "varchar(24) PRIMARY KEY", "none", lambda c, i: "1" if i == 1 else oid(c, i)),
        C("name", "varchar(191)", "person_name", p("name")),
        C("slug", "varchar(191)", "none", p.f(lambda d: f"{d['first']}-{d['last']}".lower().replace(" ", "-"))),
        C("password", "varchar(60)", "credentials", bcrypt("$2a$10$")),
        C("email", "varchar(191)", "email", p.f(lambda d: d["email"] if p.c.r.random() < 0.3 else
                                                 f"{d['first'].lower()}@thecapitalpost.nz")),
        C("profile_image", "varchar(2000)", "none", opt(0.7, lambda c, i: f"/content/images/2024/0{c.r.randint(1, 9)}/headshot-{i}.jpg")),
        C("bio", "text", "none", opt(0.8, pick("Local government reporter. Tips welcome.", "Editor and co-founder.",
                                               "Covers housing, transport and the harbour.", "Photographer."))),
        C("website", "varchar(2000)", "none", opt(0.3, pick("https://thecapitalpost.nz"))),
        C("location", "text", "none", pick("Wellington", "Te Whanganui-a-Tara", "Kāpiti Coast", "Hutt Valley")),
        C("facebook", "varchar(2000)", "none", opt(0.4, p.f(lambda d: f"{d['first']}.{d['last']}".lower()))),
        C("twitter", "varchar(2000)", "none", opt(0.6, p.f(lambda d: f"@{d['first']}{d['last'][:3]}".lower()))),
        C("status", "varchar(50)", "none", pick("active", "active", "inactive")),
        C("locale", "varchar(6)", "none", pick("en")),
        C("visibility", "varchar(50)", "none", pick("public")),
        C("last_seen", "timestamp", "none", stamp(2024, 2025, False)),
        C("created_at", "timestamp", "none", stamp(2020, 2022, False))], rows=9)
    return users


def _stripe():
    p = Row(_reader)
    cust = T(S, "members_stripe_customers", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("member_id", "varchar(24)", "none", member_ref()),
        C("customer_id", "varchar(255) UNIQUE", "none", lambda c, i: cus(i)),
        C("name", "varchar(191)", "person_name", p("name")),
        C("email", "varchar(191)", "email", p("email")),
        C("created_at", "timestamp", "none", stamp(2021, 2025, False))], rows=90,
        extra=[fkey(S, "members_stripe_customers", "member_id", "members")])
    subs = T(S, "members_stripe_customers_subscriptions", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("customer_id", "varchar(255)", "none", lambda c, i: cus(c.r.randint(1, 90))),
        C("subscription_id", "varchar(255)", "none", chars(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "sub_")),
        C("stripe_price_id", "varchar(255)", "none", pick("price_1NxA7hK3tQ2pZ", "price_1NxA8aK3tQ2pZ", "price_1OcQ2LK3tQ2pZ")),
        C("status", "varchar(50)", "none", pick("active", "active", "canceled", "past_due", "trialing")),
        C("cancel_at_period_end", "boolean", "none", flag(0.15)),
        C("cancellation_reason", "varchar(500)", "none", opt(0.15, pick("Too expensive right now", "Moving to Auckland",
                                                                        "Not enough time to read", "Coverage of the council"))),
        C("current_period_end", "timestamp", "none", stamp(2025, 2026, False)),
        C("start_date", "timestamp", "none", stamp(2021, 2025, False)),
        C("default_payment_card_last4", "varchar(4)", "none", lambda c, i: digits(c, 4)),
        C("plan_nickname", "varchar(50)", "none", pick("Monthly", "Yearly", "Supporter")),
        C("plan_interval", "varchar(50)", "none", pick("month", "year")),
        C("plan_amount", "integer", "none", pick(800, 8000, 1500, 15000)),
        C("plan_currency", "varchar(3)", "none", pick("nzd")),
        C("mrr", "integer", "none", pick(0, 667, 800, 1250, 1500)),
        C("trial_end_at", "timestamp", "none", opt(0.1, stamp(2024, 2025, False)))], rows=100,
        extra=[fkey(S, "members_stripe_customers_subscriptions", "customer_id", "members_stripe_customers", "customer_id")])
    return [cust, subs]


def _events():
    p = Row(_reader)
    change = T(S, "members_email_change_events", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("member_id", "varchar(24)", "none", member_ref()),
        C("to_email", "varchar(191)", "email", p("email")),
        C("from_email", "varchar(191)", "email", p.f(lambda d: mail(p.c, d["first"], d["last"], MAILS))),
        C("created_at", "timestamp", "none", stamp(2021, 2025, False))], rows=90,
        extra=[fkey(S, "members_email_change_events", "member_id", "members")])
    q = Row(_reader)
    rec = T(S, "email_recipients", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("email_id", "varchar(24)", "none", lambda c, i: f"65{c.r.randint(10, 40)}a0f1c2d3e4f5a6b7c8d9"[:24]),
        C("member_id", "varchar(24)", "none", member_ref()),
        C("batch_id", "varchar(24)", "none", lambda c, i: oid(c, i)),
        C("processed_at", "timestamp", "none", stamp(2024, 2025, False)),
        C("delivered_at", "timestamp", "none", opt(0.95, stamp(2024, 2025, False))),
        C("opened_at", "timestamp", "none", opt(0.55, stamp(2024, 2025, False))),
        C("failed_at", "timestamp", "none", opt(0.02, stamp(2024, 2025, False))),
        C("member_uuid", "varchar(36)", "none", q("uuid")),
        C("member_email", "varchar(191)", "email", q("email")),
        C("member_name", "varchar(191)", "person_name", opt(0.85, q("name")))], rows=150,
        extra=[fkey(S, "email_recipients", "member_id", "members")])
    return [change, rec]


COMMENT = template("<p>Kia ora, I live on that street and the slip has been there since 2022.</p>",
                   "<p>Great piece. The council never answered my OIA either.</p>",
                   "<p>My neighbour {first} has been ringing them for months - call her on {mobile} if you want a quote.</p>",
                   "<p>Ngā mihi for covering this.</p>", "<p>Email me at {email}, I have photos of the flooding.</p>",
                   "<p>This is just wrong about the bus lanes.</p>")
DONATION = template("Keep up the good work!", "In memory of my dad, who read every issue", "Ka pai",
                    "For the Porirua housing story. {first}", "Call me about the zoning story: {mobile}", "")


def _comments_tokens_donations():
    p = Row(_reader)
    comments = T(S, "comments", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("post_id", "varchar(24)", "none", lambda c, i: f"64f{c.r.randint(100, 140)}b2a9e01c2d3e4f5a60"[:24]),
        C("member_id", "varchar(24)", "none", member_ref()),
        C("parent_id", "varchar(24)", "none", lambda c, i: None),
        C("status", "varchar(50)", "none", pick("published", "published", "hidden", "deleted")),
        C("html", "text", "free_text_may_contain_pii", p.f(lambda d: COMMENT(p.c, d))),
        C("edited_at", "timestamp", "none", opt(0.1, stamp(2024, 2025, False))),
        C("created_at", "timestamp", "none", stamp(2023, 2025, False))], rows=120,
        extra=[fkey(S, "comments", "member_id", "members")])
    q = Row(_reader)
    tokens = T(S, "tokens", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("token", "varchar(32)", "secret_token", chars(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")),
        C("data", "varchar(2000)", "email", q.f(lambda d: json.dumps({"email": d["email"], "labels": [], "name": d["name"] if q.c.r.random() < 0.4 else "",
                                                                   "newsletters": [{"name": "The Capital Post Daily"}],
                                                                   "attribution_url": "/signup/", "reqIp": ipv4_public(q.c, 0)}))),
        C("first_used_at", "timestamp", "none", opt(0.7, stamp(2024, 2025, False))),
        C("used_count", "integer", "none", num(0, 3)),
        C("created_at", "timestamp", "none", stamp(2024, 2025, False))], rows=120)
    r = Row(_reader)
    don = T(S, "donation_payment_events", [C("id", "varchar(24) PRIMARY KEY", "none", oid),
        C("name", "varchar(191)", "person_name", opt(0.9, r("name"))),
        C("email", "varchar(191)", "email", r("email")),
        C("member_id", "varchar(24)", "none", member_ref(0.5)),
        C("amount", "integer", "none", pick(500, 1000, 2000, 5000, 10000)),
        C("currency", "varchar(50)", "none", pick("nzd", "nzd", "aud")),
        C("attribution_type", "varchar(50)", "none", pick("post", "url", None)),
        C("attribution_url", "varchar(2000)", "none", pick("/porirua-housing/", "/let-s-get-wellington-moving/", "/")),
        C("referrer_source", "varchar(191)", "none", pick("Direct", "Facebook", "Newsletter", "Google", "Reddit")),
        C("referrer_url", "varchar(2000)", "none", pick(None, "https://www.reddit.com/r/Wellington/", "https://www.facebook.com/")),
        C("donation_message", "varchar(255)", "free_text_may_contain_pii", opt(0.6, r.f(lambda d: DONATION(r.c, d)))),
        C("created_at", "timestamp", "none", stamp(2023, 2025, False))], rows=100,
        extra=[fkey(S, "donation_payment_events", "member_id", "members")])
    return [comments, tokens, don]


def ghost_tables() -> list:
    return [_members(), _staff(), *_stripe(), *_events(), *_comments_tokens_donations()]

