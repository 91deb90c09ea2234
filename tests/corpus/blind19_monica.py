"""w_monica: Monica, the open-source personal CRM (Laravel, chandler-era tables), run by a family in Reykjavík.

Contacts are friends and relatives with Icelandic patronymics; notes and life events are typed in Icelandic and
English by the vault owners.
"""
from __future__ import annotations

from .blind19_gens import (
    bcrypt, const, fk, fkey, full, hexstr, integer, ipv4, maybe, num, person, pf, pick, seq, template, ts, uuid4,
    wpick,
)
from .gens import Col, Table

S = "w_monica"
C = "mon_contact"          # one person per contacts row
U = "mon_user"

GENDERS = ["Karl", "Kona", "Kvár", "Vil ekki segja"]
RELIGIONS = ["Þjóðkirkjan", "Kaþólska kirkjan", "Fríkirkjan í Reykjavík", "Ásatrúarfélagið", "Siðmennt",
             "Búddismi", "Íslam", "Gyðingdómur", "Utan trúfélaga", "Hvítasunnukirkjan"]
NOTES = [
    "Hitti {who} á kaffihúsi, hún er að flytja til Akureyrar í haust. Síminn hjá henni er {tel}.",
    "{who} asked me to send the photos from the wedding to {mail}.",
    "Afmælisgjöf: {who} langar í bók eftir Auði Övu. Muna að spyrja Sigga.",
    "Lunch with {who} - talked about the new job at Marel, wants an intro to my old boss.",
    "{who} er nýbúin að eignast barn, senda blóm heim á {street}.",
    "Owes me a call back about the summer house in Þingvellir. Number: {tel}",
    "Spurði {who} um uppskriftina að kleinunum. Svaraði í tölvupósti ({mail}).",
]
LIFE = [
    "Fór í hnéaðgerð á Landspítalanum, verður í hækjum í 6 vikur",
    "Greind með sykursýki 2, byrjuð á Metformin",
    "Broken wrist after falling on ice in Laugardalur",
    "Mild heart attack, two stents put in",
    "Byrjaði í krabbameinsmeðferð (brjóstakrabbamein)",
    "Fékk COVID aftur, lá heima í tvær vikur",
    "Fór í meðferð á Vogi vegna áfengis",
    "Diagnosed with ADHD at 38, starting Concerta",
    "Hip replacement at Sjúkrahúsið á Akureyri",
    "Mígrenisköst hafa versnað, kominn á nýtt lyf",
]
TASKS = ["Hringja í {who}", "Send {who} the invoice for the cabin", "Skila borvélinni til {who}",
         "Buy tickets for Iceland Airwaves with {who}", "Óska {who} til hamingju með afmælið"]
CALLS = ["Talked about the kids and the trip to Tenerife", "Spjall um jólaboðið", "She needed help with tax forms",
         "Ræddum um fermingu Emblu", "Quick call, will call back", "Ræddum íbúðarkaupin í Kópavogi", ""]
PETS = ["Snati", "Kolur", "Týra", "Brandur", "Perla", "Lubbi", "Móri", "Skuggi", "Trítla", "Depill"]
ATYPES = ["Heimili", "Sumarbústaður", "Vinna", "Fyrra heimili"]


def _note(c, i):
    p = person(c, C, c.r.randint(1, 150), "is")
    return c.r.choice(NOTES).format(who=p["first"], tel=p["phone"], mail=p["email"], street=p["street"])


def _info_data(c, i):
    p = person(c, C, (i - 1) % 150 + 1, "is")
    kind = c.r.choices(["email", "phone", "kt", "fb"], [55, 30, 8, 7])[0]
    if kind == "email":
        return p["email"]
    if kind == "phone":
        return p["phone"]
    if kind == "kt":
        return p["id"]
    return "https://www.facebook.com/" + p["user"].replace("_", ".")


def _addr(field):
    return lambda c, i: person(c, C, i, "is")[field]


def _imp_date(part):
    return lambda c, i: getattr(person(c, C, i, "is")["born"], part)


def tables() -> list[Table]:
    acc = Table(S, "accounts", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("storage_limit_in_mb", "integer", "none", const(0)),
        Col("created_at", "timestamp", "none", ts(2022, 2023)),
        Col("updated_at", "timestamp", "none", ts(2024, 2025)),
    ], rows=4)
    users = Table(S, "users", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("account_id", "bigint", "none", fk(4)),
        Col("first_name", "varchar(255)", "person_name", pf(U, "first", "is")),
        Col("last_name", "varchar(255)", "person_name", pf(U, "last", "is")),
        Col("email", "varchar(255)", "email", pf(U, "email", "is")),
        Col("email_verified_at", "timestamp", "none", maybe(0.8, ts(2022, 2024))),
        Col("password", "varchar(255)", "credentials", bcrypt()),
        Col("two_factor_secret", "text", "secret_token", maybe(0.4, lambda c, i: "eyJpdiI6I" + hexstr(120)(c, i))),
        Col("two_factor_recovery_codes", "text", "secret_token",
            maybe(0.4, lambda c, i: "eyJpdiI6I" + hexstr(200)(c, i))),
        Col("is_account_administrator", "boolean", "none", pick(True, False)),
        Col("help_shown", "boolean", "none", pick(True, False)),
        Col("invitation_code", "varchar(255)", "secret_token", maybe(0.3, hexstr(64))),
        Col("invitation_accepted_at", "timestamp", "none", maybe(0.3, ts(2022, 2024))),
        Col("timezone", "varchar(255)", "none", const("Atlantic/Reykjavik")),
        Col("number_format", "varchar(8)", "none", pick("1.234,56", "1,234.56")),
        Col("default_map_site", "varchar(255)", "none", pick("google_maps", "open_street_maps")),
        Col("locale", "varchar(255)", "none", pick("is", "en")),
        Col("name_order", "varchar(255)", "none", const("%first_name% %last_name%")),
        Col("remember_token", "varchar(100)", "secret_token", maybe(0.6, hexstr(60))),
        Col("created_at", "timestamp", "none", ts(2022, 2023)),
    ], rows=12, extra=[fkey(S, "users", "account_id", "accounts")])
    vaults = Table(S, "vaults", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("account_id", "bigint", "none", fk(4)),
        Col("type", "varchar(255)", "none", const("personal")),
        Col("name", "varchar(255)", "none", pick("Fjölskyldan", "Vinir", "Vinnan", "Kórinn", "Family", "Friends")),
        Col("description", "text", "none", maybe(0.5, pick("Allir ættingjar", "Old colleagues from Össur", ""))),
        Col("created_at", "timestamp", "none", ts(2022, 2024)),
    ], rows=10, extra=[fkey(S, "vaults", "account_id", "accounts")])
    genders = Table(S, "genders", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("account_id", "bigint", "none", fk(4)),
        Col("name", "varchar(255)", "none", lambda c, i: GENDERS[(i - 1) % 4]),
    ], rows=16)
    religions = Table(S, "religions", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("account_id", "bigint", "none", lambda c, i: (i - 1) // 10 + 1),
        Col("name", "varchar(255)", "none", lambda c, i: RELIGIONS[(i - 1) % 10]),
        Col("translation_key", "varchar(255)", "none", lambda c, i: f"religion_{(i - 1) % 10 + 1}"),
        Col("position", "integer", "none", lambda c, i: (i - 1) % 10 + 1),
    ], rows=40, extra=[fkey(S, "religions", "account_id", "accounts")])
    contacts = Table(S, "contacts", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("vault_id", "bigint", "none", fk(10)),
        Col("gender_id", "bigint", "none", lambda c, i: 1 if person(c, C, i, "is")["sex"] == "M" else 2),
        Col("religion_id", "bigint", "religious_belief", maybe(0.45, fk(10))),
        Col("first_name", "varchar(255)", "person_name", pf(C, "first", "is")),
        Col("last_name", "varchar(255)", "person_name", maybe(0.85, pf(C, "last", "is"))),
        Col("middle_name", "varchar(255)", "person_name", maybe(0.2, pick("Björk", "Þór", "Már", "Ósk", "Rún"))),
        Col("nickname", "varchar(255)", "person_name", maybe(0.3, pick("Siggi", "Gummi", "Stína", "Magga", "Nonni",
                                                                      "Dísa", "Bjössi", "Gunna", "Kiddi"))),
        Col("maiden_name", "varchar(255)", "person_name", maybe(0.05, pick("Hansen", "Thorarensen", "Zoëga"))),
        Col("prefix", "varchar(255)", "none", maybe(0.05, pick("Dr.", "Sr."))),
        Col("job_position", "varchar(255)", "none", maybe(0.5, pick("Hjúkrunarfræðingur", "Forritari", "Kennari",
                                                                  "Smiður", "Lögfræðingur", "Flugmaður"))),
        Col("can_be_deleted", "boolean", "none", const(True)),
        Col("listed", "boolean", "none", wpick([(True, 9), (False, 1)])),
        Col("distant_uuid", "varchar(255)", "none", maybe(0.2, uuid4)),
        Col("vcard", "text", "free_text_may_contain_pii", maybe(0.2, lambda c, i: (
            "BEGIN:VCARD\nVERSION:4.0\nFN:{0} {1}\nTEL;TYPE=cell:{2}\nEMAIL:{3}\nEND:VCARD".format(
                *(person(c, C, i, "is")[k] for k in ("first", "last", "phone", "email")))))),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
        Col("last_updated_at", "timestamp", "none", ts(2024, 2025)),
    ], rows=150, extra=[fkey(S, "contacts", "vault_id", "vaults"), fkey(S, "contacts", "gender_id", "genders"),
                        fkey(S, "contacts", "religion_id", "religions")])
    ci = Table(S, "contact_information", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", lambda c, i: (i - 1) % 150 + 1),
        Col("type_id", "bigint", "none", integer(1, 6)),
        Col("data", "varchar(255)", "email", _info_data),
        Col("kind", "varchar(255)", "none", maybe(0.5, pick("personal", "work", "heima", "vinna"))),
        Col("pref", "boolean", "none", pick(True, False)),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
    ], rows=140, extra=[fkey(S, "contact_information", "contact_id", "contacts")])
    addr = Table(S, "addresses", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("vault_id", "bigint", "none", fk(10)),
        Col("address_type", "varchar(255)", "none", pick(*ATYPES)),
        Col("line_1", "varchar(255)", "postal_address", _addr("street")),
        Col("line_2", "varchar(255)", "postal_address", maybe(0.15, pick("íbúð 201", "kjallari", "efri hæð"))),
        Col("city", "varchar(255)", "none", _addr("city")),
        Col("province", "varchar(255)", "none", maybe(0.3, pick("Höfuðborgarsvæðið", "Norðurland eystra"))),
        Col("postal_code", "varchar(255)", "postal_address", _addr("pc")),
        Col("country", "varchar(255)", "none", const("IS")),
        Col("latitude", "double precision", "geo_location", maybe(0.6, num(63.95, 65.7, 6))),
        Col("longitude", "double precision", "geo_location", maybe(0.6, num(-22.6, -18.0, 6))),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
    ], rows=120, extra=[fkey(S, "addresses", "vault_id", "vaults")])
    dates = Table(S, "contact_important_dates", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", seq),
        Col("contact_important_date_type_id", "bigint", "none", const(1)),
        Col("label", "varchar(255)", "none", pick("Afmælisdagur", "Birthdate", "Fæðingardagur")),
        Col("day", "integer", "birth_date", _imp_date("day")),
        Col("month", "integer", "birth_date", _imp_date("month")),
        Col("year", "integer", "birth_date", maybe(0.7, _imp_date("year"))),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
    ], rows=130, extra=[fkey(S, "contact_important_dates", "contact_id", "contacts")])
    notes = Table(S, "notes", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", fk(150)),
        Col("vault_id", "bigint", "none", fk(10)),
        Col("author_id", "bigint", "none", fk(12)),
        Col("title", "varchar(255)", "none", maybe(0.5, pick("Kaffi", "Lunch", "Símtal", "Afmæli", "Misc"))),
        Col("body", "text", "free_text_may_contain_pii", _note),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
    ], rows=140, extra=[fkey(S, "notes", "contact_id", "contacts"), fkey(S, "notes", "author_id", "users")])
    life = Table(S, "life_events", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", fk(150)),
        Col("life_event_type_id", "bigint", "none", integer(30, 36)),
        Col("summary", "varchar(255)", "health", pick(*LIFE)),
        Col("description", "text", "health", maybe(0.4, pick("Heimsótti á deild B7", "Bring soup on Thursday",
                                                             "Má ekki keyra í mánuð", "Fylgja eftir í maí"))),
        Col("happened_at", "date", "none", ts(2015, 2025, True)),
        Col("costs", "integer", "none", maybe(0.1, integer(5000, 250000))),
        Col("place", "varchar(255)", "none", maybe(0.3, pick("Landspítali Fossvogi", "Reykjalundur", "Vogur"))),
        Col("collapsed", "boolean", "none", const(False)),
    ], rows=90, extra=[fkey(S, "life_events", "contact_id", "contacts")])
    calls = Table(S, "calls", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", fk(150)),
        Col("author_id", "bigint", "none", fk(12)),
        Col("author_name", "varchar(255)", "person_name", full(U, "is")),
        Col("called_at", "timestamp", "none", ts(2023, 2025)),
        Col("duration", "integer", "none", maybe(0.7, integer(1, 95))),
        Col("type", "varchar(255)", "none", pick("audio", "video")),
        Col("answered", "boolean", "none", pick(True, False)),
        Col("who_initiated", "varchar(255)", "none", pick("me", "contact")),
        Col("description", "text", "none", pick(*CALLS)),
    ], rows=120, extra=[fkey(S, "calls", "contact_id", "contacts")])
    tasks = Table(S, "contact_tasks", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", fk(150)),
        Col("author_id", "bigint", "none", fk(12)),
        Col("label", "varchar(255)", "free_text_may_contain_pii", template(TASKS, who=[n for n in
            ("Sigga", "Gumma", "Stínu", "Jóni", "Önnu", "Kidda", "Helgu", "Magga")])),
        Col("completed", "boolean", "none", pick(True, False)),
        Col("due_at", "date", "none", maybe(0.6, ts(2024, 2025, True))),
    ], rows=100, extra=[fkey(S, "contact_tasks", "contact_id", "contacts")])
    pets = Table(S, "pets", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("contact_id", "bigint", "none", fk(150)),
        Col("pet_category_id", "bigint", "none", integer(1, 6)),
        Col("name", "varchar(255)", "none", pick(*PETS)),
    ], rows=80, extra=[fkey(S, "pets", "contact_id", "contacts")])
    tokens = Table(S, "personal_access_tokens", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("tokenable_type", "varchar(255)", "none", const("App\\Models\\User")),
        Col("tokenable_id", "bigint", "none", fk(12)),
        Col("name", "varchar(255)", "none", pick("CardDAV", "iPhone", "Home Assistant", "script")),
        Col("token", "varchar(64)", "secret_token", hexstr(64)),
        Col("abilities", "text", "none", const('["*"]')),
        Col("last_used_at", "timestamp", "none", maybe(0.7, ts(2024, 2025))),
    ], rows=30)
    sessions = Table(S, "sessions", [
        Col("id", "varchar(255) PRIMARY KEY", "secret_token", lambda c, i: "".join(
            c.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))),
        Col("user_id", "bigint", "none", maybe(0.9, fk(12))),
        Col("ip_address", "varchar(45)", "ip_address", ipv4),
        Col("user_agent", "text", "none", pick("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                              "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/125.0",
                                              "DAVx5/4.3.13-ose (2024/03/20; dav4jvm; okhttp/4.12.0) Android/14")),
        Col("payload", "text", "secret_token", lambda c, i: "YTo0OntzOjY6Il90b2tlbiI7czo0MDoi" + hexstr(80)(c, i)),
        Col("last_activity", "integer", "none", integer(1_700_000_000, 1_740_000_000)),
    ], rows=90, extra=[fkey(S, "sessions", "user_id", "users")])
    return [acc, users, vaults, genders, religions, contacts, ci, addr, dates, notes, life, calls, tasks, pets,
            tokens, sessions]


monica_tables = tables
