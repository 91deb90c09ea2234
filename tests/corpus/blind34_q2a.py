"""aj_q2a: Question2Answer 1.8 (qa_* tables, as in its qa-db.php install code) for a Burmese-language programming
Q&A site run from Yangon, Myanmar. Post bodies are HTML in Burmese and English; anonymous posters leave a name and
a notification e-mail. MySQL's VARBINARY ip columns become bytea here."""
from __future__ import annotations

import ipaddress

from .blind26_gens import C, b64, const, fk, fkey, hexs, ints, maybe, one, rbytes, seq, sha1, stamps
from .blind34_gens import POOLS, any_mobile, person
from .gens import Table

S = "aj_q2a"
U = "q2a.user"
N_USER, N_POST = 140, 150
TOPICS = ["Laravel", "Flutter", "MySQL", "Android Studio", "Python", "React", "Unicode Zawgyi", "VPN", "Docker"]


def us(f: str):
    return person("mm", U, f, 1975, 2006)


def _ip_bin(c, i):
    return ipaddress.ip_address(f"{c.r.choice([37, 103, 117, 136, 203])}.{c.r.randrange(256)}.{c.r.randrange(256)}."
                                f"{c.r.randrange(1, 255)}").packed


def _post_title(c, i):
    return c.r.choice([f"{c.r.choice(TOPICS)} မှာ error တက်နေပါတယ်", f"How to convert Zawgyi to Unicode in {c.r.choice(TOPICS)}?",
                       f"{c.r.choice(TOPICS)} install လုပ်နည်း", f"Why does {c.r.choice(TOPICS)} return null?"])


def _post_body(c, i):
    return c.r.choice([
        "<p>Composer update လုပ်တော့ memory limit error ပြပါတယ်။ ဘယ်လိုဖြေရှင်းရမလဲ။</p>",
        "<p>Try <code>php -d memory_limit=-1 composer.phar update</code></p>",
        f"<p>Freelance project ရှိပါတယ်၊ စိတ်ဝင်စားရင် Viber {any_mobile('mm')(c, i)} ကို ဆက်သွယ်ပါ။</p>",
        f"<p>ကျွန်တော့်ကို {us('email')(c, i)} ကို mail ပို့ပါ၊ source code ပို့ပေးပါမယ်။</p>",
        "<p>Use <code>Rabbit.zg2uni()</code> from the Rabbit converter library.</p>",
        "<pre>SQLSTATE[HY000] [2002] Connection refused</pre><p>DB host ကို 127.0.0.1 ပြောင်းကြည့်ပါ။</p>",
        f"<p>Thanks {c.r.choice(POOLS['mm']['m'])} bro, it worked!</p>"])


def q2a_tables() -> list[Table]:
    return [
        Table(S, "qa_users", [
            C("userid", "integer PRIMARY KEY", "none", seq()),
            C("created", "timestamp", "none", stamps(2017, 2024)),
            C("createip", "bytea", "ip_address", _ip_bin),
            C("email", "varchar(80)", "email", us("email")),
            C("handle", "varchar(20)", "none", lambda c, i: us("user")(c, i).replace(".", "_")[:20]),
            C("avatarblobid", "bigint", "none", maybe(ints(10**17, 10**18), 0.3)),
            C("avatarwidth", "smallint", "none", maybe(const(96), 0.3)),
            C("avatarheight", "smallint", "none", maybe(const(96), 0.3)),
            C("passsalt", "bytea", "credentials", lambda c, i: rbytes(c, 16) if i % 4 == 0 else None,
              "legacy salted SHA-1 accounts only"),
            C("passcheck", "bytea", "credentials", lambda c, i: bytes.fromhex(sha1(c)) if i % 4 == 0 else None),
            C("passhash", "varchar(255)", "credentials", lambda c, i: None if i % 4 == 0 else
              "$2y$10$" + b64(c, 40)[:53]),
            C("level", "smallint", "none", lambda c, i: 120 if i == 1 else c.r.choice([0, 0, 0, 0, 20, 50])),
            C("loggedin", "timestamp", "none", stamps(2024, 2025)),
            C("loginip", "bytea", "ip_address", _ip_bin),
            C("written", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("writeip", "bytea", "ip_address", maybe(_ip_bin)),
            C("emailcode", "char(8)", "secret_token", lambda c, i: hexs(c, 8)),
            C("sessioncode", "char(8)", "secret_token", lambda c, i: hexs(c, 8)),
            C("sessionsource", "varchar(16)", "none", one("", "facebook", "")),
            C("flags", "smallint", "none", one(0, 1, 5, 33)),
            C("wallposts", "integer", "none", ints(0, 40)),
        ], rows=N_USER),
        Table(S, "qa_userprofile", [
            C("userid", "integer", "none", lambda c, i: (i + 3) // 4),
            C("title", "varchar(40)", "none", lambda c, i: ("name", "location", "website", "about")[i % 4]),
            C("content", "varchar(8000)", "free_text_may_contain_pii", lambda c, i: [
                us("full")(c, (i + 3) // 4), us("a_city")(c, (i + 3) // 4),
                maybe(lambda c2, i2: f"https://github.com/{us('user')(c2, i2).replace('.', '')}", 0.4)(c, (i + 3) // 4),
                c.r.choice(["Junior PHP developer at a Yangon software house.", "UIT student, Flutter lover.",
                            f"Freelancer. Contact: {any_mobile('mm')(c, i)}", ""])][i % 4],
              "one row per (user, field): name, location, website, about"),
        ], rows=148, extra=[fkey(S, "qa_userprofile", "userid", "qa_users", "userid")]),
        Table(S, "qa_userfields", [
            C("fieldid", "smallint PRIMARY KEY", "none", seq()),
            C("title", "varchar(40)", "none", lambda c, i: ["name", "location", "website", "about"][(i - 1) % 4]),
            C("content", "varchar(40)", "none", lambda c, i: ["Full name", "Location", "Website", "About"][(i - 1) % 4]),
            C("position", "smallint", "none", seq()),
            C("flags", "smallint", "none", one(0, 1)),
            C("permit", "smallint", "none", maybe(const(150), 0.2)),
        ], rows=4),
        Table(S, "qa_posts", [
            C("postid", "integer PRIMARY KEY", "none", seq()),
            C("type", "varchar(8)", "none", lambda c, i: "Q" if i % 3 == 1 else c.r.choice(["A", "A", "C"])),
            C("parentid", "integer", "none", lambda c, i: None if i % 3 == 1 else i - (i - 1) % 3),
            C("categoryid", "integer", "none", ints(1, 12)),
            C("acount", "smallint", "none", ints(0, 6)),
            C("selchildid", "integer", "none", maybe(ints(1, N_POST), 0.2)),
            C("userid", "integer", "none", fk(N_USER, 7, nullable_every=9)),
            C("cookieid", "bigint", "none", lambda c, i: c.r.randrange(10**17, 10**18) if i % 9 == 0 else None),
            C("createip", "bytea", "ip_address", _ip_bin),
            C("lastuserid", "integer", "none", maybe(ints(1, N_USER), 0.2)),
            C("lastip", "bytea", "ip_address", maybe(_ip_bin, 0.2)),
            C("upvotes", "smallint", "none", ints(0, 30)),
            C("downvotes", "smallint", "none", ints(0, 4)),
            C("netvotes", "smallint", "none", ints(-2, 28)),
            C("views", "integer", "none", ints(0, 9000)),
            C("hotness", "float", "none", lambda c, i: round(c.r.uniform(3e10, 5e10), 1)),
            C("flagcount", "smallint", "none", one(0, 0, 0, 1)),
            C("format", "varchar(20)", "none", const("html")),
            C("created", "timestamp", "none", stamps(2018, 2025)),
            C("updated", "timestamp", "none", maybe(stamps(2019, 2025), 0.3)),
            C("title", "varchar(800)", "none", lambda c, i: _post_title(c, i) if i % 3 == 1 else None),
            C("content", "varchar(12000)", "free_text_may_contain_pii", _post_body),
            C("tags", "varchar(800)", "none", lambda c, i: ",".join(c.r.sample(["php", "laravel", "flutter", "mysql",
                                                                                "unicode", "android"], 2))),
            C("name", "varchar(40)", "person_name", lambda c, i: c.r.choice(POOLS["mm"]["m"] + POOLS["mm"]["f"])
              if i % 9 == 0 else None, "display name of an anonymous poster"),
            C("notify", "varchar(80)", "email", lambda c, i: us("email")(c, i) if i % 9 == 0 else ("@" if i % 2 else None),
              "'@' = notify the user's account address; else an anonymous e-mail"),
        ], rows=N_POST, extra=[fkey(S, "qa_posts", "userid", "qa_users", "userid")]),
        Table(S, "qa_messages", [
            C("messageid", "integer PRIMARY KEY", "none", seq()),
            C("type", "varchar(8)", "none", one("PRIVATE", "PUBLIC")),
            C("fromuserid", "integer", "none", fk(N_USER, 5)),
            C("touserid", "integer", "none", fk(N_USER, 11)),
            C("fromhidden", "smallint", "none", one(0, 1)),
            C("tohidden", "smallint", "none", one(0, 1)),
            C("content", "varchar(12000)", "free_text_may_contain_pii", lambda c, i: c.r.choice([
                "Thanks for the answer!", f"ကျေးဇူးပါ။ ဖုန်း {any_mobile('mm')(c, i)} ကို ဆက်ပါ။",
                f"Can you send the file to {us('email')(c, i + 5)}?", "Please accept my answer if it helped."])),
            C("format", "varchar(20)", "none", const("")),
            C("created", "timestamp", "none", stamps(2020, 2025)),
        ], rows=100, extra=[fkey(S, "qa_messages", "fromuserid", "qa_users", "userid"),
                              fkey(S, "qa_messages", "touserid", "qa_users", "userid")]),
        Table(S, "qa_userlogins", [
            C("userid", "integer", "none", lambda c, i: 4 * i),
            C("source", "varchar(16)", "none", const("facebook")),
            C("identifier", "varchar(1024)", "none", lambda c, i: str(c.r.randrange(10**14, 10**15)),
              "the Facebook app-scoped user id"),
            C("identifiermd5", "bytea", "none", lambda c, i: rbytes(c, 16)),
        ], rows=35),
        Table(S, "qa_cookies", [
            C("cookieid", "bigint PRIMARY KEY", "none", lambda c, i: 10**17 + i * 7919),
            C("created", "timestamp", "none", stamps(2022, 2025)),
            C("createip", "bytea", "ip_address", _ip_bin),
            C("written", "timestamp", "none", maybe(stamps(2022, 2025))),
            C("writeip", "bytea", "ip_address", maybe(_ip_bin)),
        ], rows=120),
    ]
