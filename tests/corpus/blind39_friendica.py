"""ao_friendica: Friendica (federated social network) as recalled from its public schema, a community node run for
Saints on Saint Helena. The legacy profile fields (sexual, politic, religion, with) hold special-category data."""
from __future__ import annotations

from .blind26_gens import C, b64, bcrypt, const, fk, fkey, flag, geo, hexs, maybe, one, seq, stamps, uuid
from .blind39_gens import any_name, any_phone, person
from .gens import Table

S = "ao_friendica"
USR = "fr.user"
N_USR, N_CON = 120, 150
HOST = "https://saints.social"


def _about(c, i):
    return c.r.choice([None, "Born and bred in Levelwood. Fishing, cricket and the odd bit of gardening.",
                       "Working on Ascension for the next two years, missing home.",
                       f"Mum of two, married to {any_name('sh')(c, i)}. Ring me on {any_phone('sh')(c, i)}",
                       "Flax mill history enthusiast.", "Saint in the Falklands since 2015."])


def _body(c, i):
    u = lambda f: person("sh", USR, f)(c, c.r.randint(1, N_USR))      # noqa: E731
    return c.r.choice(["Is the RMS flight on Saturday still on?", "Anyone selling a second-hand fridge in Jamestown?",
                       f"Hi {u('first')}, my new number is {any_phone('sh')(c, i)}",
                       f"Can you ask {u('full')} to email me at {u('email')}?",
                       "Thanks for the photos from the Festival of Running!",
                       f"{u('first')} is back from the hospital, the dialysis went fine.",
                       "Meeting at the Canister at 7."])


def _contact_field(c, i):
    return c.r.choice([None, None, f"Phone {any_phone('sh')(c, i)}", f"Email me: {person('sh', USR, 'email')(c, i)}",
                       "Find me at the Half Tree Hollow shop most mornings."])


def friendica_tables() -> list[Table]:
    u = lambda f: person("sh", USR, f, 1948, 2006)             # noqa: E731
    cn = lambda f: person("sh", "fr.contact", f)              # noqa: E731
    return [
        Table(S, "user", [
            C("uid", "integer PRIMARY KEY", "none", seq()),
            C("guid", "varchar(64)", "none", lambda c, i: hexs(c, 32)),
            C("username", "varchar(255)", "person_name", u("full")),
            C("password", "varchar(255)", "credentials", lambda c, i: bcrypt(c)),
            C("legacy_password", "boolean", "none", flag(0.05)),
            C("nickname", "varchar(255)", "none", lambda c, i: u("user")(c, i).replace(".", "")),
            C("email", "varchar(255)", "email", u("email")),
            C("openid", "varchar(255)", "none", const("")),
            C("timezone", "varchar(128)", "none", one("Atlantic/St_Helena", "Atlantic/St_Helena", "Europe/London",
                                                      "Atlantic/Stanley")),
            C("language", "varchar(32)", "none", const("en")),
            C("register-date", "timestamp", "none", stamps(2018, 2024)),
            C("login-date", "timestamp", "none", stamps(2024, 2025)),
            C("default-location", "varchar(255)", "none", maybe(person("sh", USR, "a_city"), 0.5)),
            C("allow_location", "boolean", "none", flag(0.4)),
            C("theme", "varchar(255)", "none", one("frio", "vier", "frio")),
            C("pubkey", "text", "none", lambda c, i: "-----BEGIN PUBLIC KEY-----\n" + b64(c, 162)
              + "\n-----END PUBLIC KEY-----"),
            C("prvkey", "text", "secret_token", lambda c, i: "-----BEGIN PRIVATE KEY-----\n" + b64(c, 300)
              + "\n-----END PRIVATE KEY-----"),
            C("verified", "boolean", "none", flag(0.95)),
            C("blocked", "boolean", "none", flag(0.03)),
            C("account_removed", "boolean", "none", flag(0.02)),
            C("last-activity", "date", "none", lambda c, i: stamps(2024, 2025)(c, i).date()),
        ], rows=N_USR),
        Table(S, "profile", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uid", "integer", "none", lambda c, i: i),
            C("profile-name", "varchar(255)", "none", one("Default", "Default", "Family")),
            C("is-default", "boolean", "none", flag(0.9)),
            C("name", "varchar(255)", "person_name", u("full")),
            C("pdesc", "varchar(255)", "none", one(None, "Fisherman", "Nurse", "Teacher", "Civil servant", "Retired")),
            C("dob", "varchar(32)", "birth_date", lambda c, i: c.r.choice([str(u("birth")(c, i)),
                                                                            "0000-" + u("birth")(c, i).strftime("%m-%d")])),
            C("address", "varchar(255)", "postal_address", maybe(u("a_line"), 0.4)),
            C("locality", "varchar(255)", "none", u("a_city")),
            C("region", "varchar(255)", "none", const("Saint Helena")),
            C("postal-code", "varchar(32)", "postal_address", maybe(u("a_post"), 0.4)),
            C("country-name", "varchar(255)", "none", one("Saint Helena", "Saint Helena", "Ascension Island",
                                                          "Falkland Islands", "United Kingdom")),
            C("hometown", "varchar(255)", "none", person("sh", "fr.hometown", "a_city")),
            C("gender", "varchar(32)", "none", lambda c, i: {"M": "Male", "F": "Female"}[u("sex")(c, i)]),
            C("marital", "varchar(255)", "none", one("Single", "Married", "Partners", "Widowed", "")),
            C("with", "text", "person_name", maybe(any_name("sh"), 0.35)),
            C("howlong", "timestamp", "none", maybe(stamps(1985, 2023), 0.35)),
            C("sexual", "varchar(255)", "sex_life", maybe(one("Males", "Females", "Gay", "Lesbian", "Bisexual",
                                                              "Asexual"), 0.4)),
            C("politic", "varchar(255)", "political_opinion", maybe(one("Independent", "Conservative", "Labour",
                                                                        "Liberal", "Apolitical"), 0.3)),
            C("religion", "varchar(255)", "religious_belief", maybe(one("Anglican", "Baptist", "Roman Catholic",
                                                                        "Seventh-day Adventist", "Baha'i",
                                                                        "Jehovah's Witness"), 0.5)),
            C("pub_keywords", "text", "none", maybe(one("fishing, cricket", "gardening", "hiking, Diana's Peak"), 0.5)),
            C("likes", "text", "none", maybe(one("fishcakes", "plo", "walks to Lot's Wife's Ponds"), 0.4)),
            C("about", "text", "free_text_may_contain_pii", _about),
            C("work", "text", "none", maybe(one("SHG Health Directorate", "Solomon & Company", "Connect Saint Helena",
                                                "Bank of St Helena"), 0.5)),
            C("contact", "text", "free_text_may_contain_pii", _contact_field),
            C("homepage", "varchar(255)", "none", const("")),
            C("photo", "varchar(255)", "none", lambda c, i: f"{HOST}/photo/profile/{i}.jpg"),
            C("net-publish", "boolean", "none", flag(0.3)),
        ], rows=N_USR, extra=[fkey(S, "profile", "uid", "user", "uid")]),
        Table(S, "contact", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uid", "integer", "none", fk(N_USR, 7)),
            C("created", "timestamp", "none", stamps(2018, 2025)),
            C("self", "boolean", "none", const(False)),
            C("rel", "smallint", "none", one(1, 2, 3)),
            C("network", "char(4)", "none", one("dfrn", "apub", "apub", "dspr", "stat")),
            C("name", "varchar(255)", "person_name", cn("full")),
            C("nick", "varchar(255)", "none", lambda c, i: cn("user")(c, i).split(".")[0] + str(i)),
            C("location", "varchar(255)", "none", maybe(cn("a_city"), 0.5)),
            C("about", "text", "free_text_may_contain_pii", _about),
            C("gender", "varchar(32)", "none", const("")),
            C("url", "varchar(255)", "none", lambda c, i: f"{HOST}/profile/{cn('user')(c, i).split('.')[0]}{i}"),
            C("photo", "varchar(255)", "none", lambda c, i: f"{HOST}/photo/{hexs(c, 24)}-4.jpg"),
            C("pubkey", "text", "none", lambda c, i: "-----BEGIN PUBLIC KEY-----\n" + b64(c, 162)
              + "\n-----END PUBLIC KEY-----"),
            C("blocked", "boolean", "none", flag(0.05)),
            C("pending", "boolean", "none", flag(0.1)),
            C("last-update", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_CON, extra=[fkey(S, "contact", "uid", "user", "uid")]),
        Table(S, "register", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("hash", "varchar(255)", "secret_token", lambda c, i: hexs(c, 40)),
            C("created", "timestamp", "none", stamps(2018, 2025)),
            C("uid", "integer", "none", fk(N_USR, 5)),
            C("language", "varchar(16)", "none", const("en")),
            C("note", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice([
                "I'm a Saint living in Swindon, want to keep up with home.",
                f"Friend of {any_name('sh')(c, i)} from Longwood.",
                f"Please approve, my mobile is {any_phone('sh')(c, i)}", "Local business account for the market."])),
        ], rows=80, extra=[fkey(S, "register", "uid", "user", "uid")]),
        Table(S, "mail", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uid", "integer", "none", fk(N_USR, 11)),
            C("guid", "varchar(255)", "none", lambda c, i: uuid(c)),
            C("from-name", "varchar(255)", "person_name", lambda c, i: cn("full")(c, (i * 3) % N_CON + 1)),
            C("from-photo", "varchar(255)", "none", lambda c, i: f"{HOST}/photo/{hexs(c, 24)}-5.jpg"),
            C("contact-id", "integer", "none", fk(N_CON, 3)),
            C("convid", "integer", "none", lambda c, i: (i + 1) // 2),
            C("title", "varchar(255)", "none", one("Hello", "Re: fridge", "Saturday", "Photos", "")),
            C("body", "text", "free_text_may_contain_pii", _body),
            C("seen", "boolean", "none", flag(0.8)),
            C("replied", "boolean", "none", flag(0.5)),
            C("created", "timestamp", "none", stamps(2022, 2025)),
        ], rows=150, extra=[fkey(S, "mail", "uid", "user", "uid"), fkey(S, "mail", "contact-id", "contact", "id")]),
        Table(S, "post-content", [
            C("uri-id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(255)", "none", const("")),
            C("content-warning", "varchar(255)", "none", maybe(one("food", "politics", "long post"), 0.1)),
            C("body", "text", "free_text_may_contain_pii", _body),
            C("location", "varchar(255)", "none", maybe(one("Jamestown", "Sandy Bay", "Diana's Peak", "Longwood"), 0.2)),
            C("coord", "varchar(255)", "geo_location", maybe(lambda c, i: "{} {}".format(*geo(-15.95, -5.71, 0.06)(c)),
                                                             0.2)),
            C("language", "text", "none", const('{"en":0.98}')),
            C("app", "varchar(255)", "none", one("Frio", "Fedilab", "Tusky", "API")),
            C("rendered-hash", "varchar(32)", "none", lambda c, i: hexs(c, 32)),
        ], rows=150),
        Table(S, "openwebauth-token", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uid", "integer", "none", fk(N_USR, 13)),
            C("type", "varchar(32)", "none", const("owt")),
            C("token", "varchar(255)", "secret_token", lambda c, i: hexs(c, 64)),
            C("meta", "varchar(255)", "none", lambda c, i: f"{HOST}/profile/{person('sh', USR, 'user')(c, i)}"),
            C("created", "timestamp", "none", stamps(2025, 2025)),
        ], rows=90, extra=[fkey(S, "openwebauth-token", "uid", "user", "uid")]),
        Table(S, "event", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uid", "integer", "none", fk(N_USR, 17)),
            C("cid", "integer", "none", fk(N_CON, 19)),
            C("start", "timestamp", "none", stamps(2024, 2025)),
            C("summary", "text", "none", one("Quiz night", "Church fête", "Darts league", "Beach clean-up at Rupert's")),
            C("desc", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice([
                "Bring a plate.", f"Tickets from {any_name('sh')(c, i)}, {any_phone('sh')(c, i)}",
                "Weather permitting.", "All welcome."])),
            C("location", "text", "none", one("Consulate Hotel", "Jamestown Community Centre", "Blue Hill Hall")),
            C("type", "varchar(20)", "none", const("event")),
            C("nofinish", "boolean", "none", flag(0.5)),
        ], rows=80, extra=[fkey(S, "event", "uid", "user", "uid"), fkey(S, "event", "cid", "contact", "id")]),
    ]
