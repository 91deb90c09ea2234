"""ai_indico: Indico 3 (CERN's open-source event manager; PostgreSQL, models in indico/modules/*/models, recalled from
memory) run by the National University of Laos for its seminars and a regional Mekong water-resources conference.
Indico's schemas users, events and event_registration are flattened into one schema under their table names.
Participants are Lao, with Thai and Vietnamese guests; registration field values and PayPal notifications are jsonb."""
from __future__ import annotations

import json

from .blind33_gens import (C, any_name, bcrypt, const, digits, fk, fkey, flag, hexs, ints, ip, maybe, one, person,
                           person_at, seq, stamps, uuid)
from .gens import Table

S = "ai_indico"
USR, GUEST = "in.user", "in.guest"
N_USR, N_EVT, N_REG, N_KEY = 140, 30, 150, 40
LA_IP = ("115.84.1", "202.137.1", "183.182.1", "103.1.30")
AFFIL = ["National University of Laos", "National University of Laos", "Souphanouvong University",
         "Savannakhet University", "Champasak University", "Ministry of Natural Resources and Environment",
         "Mekong River Commission Secretariat", "Électricité du Laos", "Khon Kaen University",
         "Ubon Ratchathani University", "Thuyloi University", "VNU University of Science"]
EVENTS = ["Mekong Water Resources Conference 2024", "Seminar: Sediment transport below Xayaburi dam",
          "Workshop on flood early warning in Savannakhet", "FWR staff meeting", "Thesis defences (M.Sc. IWRM)",
          "Training: QGIS for watershed management", "Lao Hydropower Safety Forum", "Guest lecture: Tonle Sap pulse"]


def _reg_person(field: str):
    """A registration's person: the linked user for most rows, an unregistered guest otherwise."""
    def g(c, i):
        if i % 10 == 0:
            return person("la", GUEST, field, 1960, 2001)(c, i)
        return person("la", USR, field, 1955, 2001)(c, (i - 1) % N_USR + 1)
    return g


def _ldap(i: int) -> bool:
    return i % 3 != 0


def _identity_data(c, i):
    if not _ldap(i):
        return "{}"
    p = lambda f: person("la", USR, f, 1955, 2001)(c, i)      # noqa: E731
    return json.dumps({"email": p("user") + "@nuol.edu.la", "first_name": p("first"), "last_name": p("last"),
                       "affiliation": "National University of Laos", "phone": p("mobile")}, ensure_ascii=False)


def _reg_data(c, i):
    r = (i - 1) % N_REG + 1
    p = lambda f: _reg_person(f)(c, r)                         # noqa: E731
    kind = i % 7
    if kind == 0:
        return json.dumps(p("mobile"))
    if kind == 1:
        return json.dumps({"la": "LA", "th": "TH", "vn": "VN"}[p("nat")])
    if kind == 2:
        return json.dumps(p("natid"))
    if kind == 3:
        return json.dumps(f"{p('birth'):%Y-%m-%d}")
    if kind == 4:
        return json.dumps(c.r.choice(["None", "Vegetarian", "Halal", "No pork", "Vegan, no fish sauce",
                                      "Allergic to peanuts"]))
    if kind == 5:
        return json.dumps({"choice": uuid(c), "arrival_date": "2024-11-18", "departure_date": "2024-11-22",
                           "is_no_accommodation": False})
    return "null"                                             # a file field: the upload is in filename/storage


def _organizer(c, i):
    who = person_at("la", USR, "full", 20, 1955, 2001)(c, i)
    return c.r.choice([
        "Faculty of Water Resources, National University of Laos",
        f"Organised by Dr. {who}, Faculty of Water Resources. Contact: {person_at('la', USR, 'mobile', 20)(c, i)}",
        f"Local organising committee chaired by Assoc. Prof. {who}; secretariat: {any_name('la')(c, i)}",
        "IWRM Master programme, with support of the Mekong River Commission", None])


def _paypal(c, i):
    p = lambda f: _reg_person(f)(c, (i * 3) % N_REG + 1)     # noqa: E731
    if i % 3:
        return json.dumps({"_manual": True, "note": c.r.choice(["Paid cash at the registration desk",
                                                                 "BCEL transfer, slip checked", "Waived (speaker)"])})
    return json.dumps({"payer_email": p("email"), "first_name": p("first"), "last_name": p("last"),
                       "payer_id": "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(13)),
                       "txn_id": f"{digits(c, 1)}{hexs(c, 16).upper()}", "mc_gross": "80.00", "mc_currency": "USD",
                       "payment_status": "Completed", "residence_country": p("nat").upper()}, ensure_ascii=False)


def indico_tables() -> list[Table]:
    u = lambda f: person("la", USR, f, 1955, 2001)           # noqa: E731
    return [
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("first_name", "varchar", "person_name", u("first")),
            C("last_name", "varchar", "person_name", u("last")),
            C("title", "integer", "none", one(0, 1, 2, 4, 4, 5)),
            C("affiliation", "varchar", "none", lambda c, i: AFFIL[0] if u("nat")(c, i) == "la" and i % 4 else
              AFFIL[i % len(AFFIL)]),
            C("phone", "varchar", "phone", maybe(u("mobile"), 0.7)),
            C("address", "text", "postal_address", maybe(u("a_full"), 0.5)),
            C("is_system", "boolean", "none", lambda c, i: i == 1),
            C("is_deleted", "boolean", "none", flag(0.03)),
            C("is_admin", "boolean", "none", lambda c, i: i in (2, 3)),
            C("is_blocked", "boolean", "none", flag(0.02)),
            C("is_pending", "boolean", "none", flag(0.08)),
            C("merged_into_id", "integer", "none", const(None)),
            C("picture_source", "integer", "none", one(0, 0, 0, 1, 3)),
            C("signing_secret", "uuid", "secret_token", lambda c, i: uuid(c)),
        ], rows=N_USR),
        Table(S, "emails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", lambda c, i: i if i <= N_USR else (i * 7) % N_USR + 1),
            C("email", "varchar", "email", lambda c, i: u("email")(c, i) if i <= N_USR
              else u("user")(c, (i * 7) % N_USR + 1) + "@nuol.edu.la"),
            C("is_primary", "boolean", "none", lambda c, i: i <= N_USR),
            C("is_user_deleted", "boolean", "none", const(False)),
        ], rows=150, extra=[fkey(S, "emails", "user_id", "users", "id")]),
        Table(S, "identities", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("provider", "varchar", "none", lambda c, i: "nuol-ldap" if _ldap(i) else "indico"),
            C("identifier", "varchar", "none", lambda c, i: u("user")(c, i).replace(".", "")[:14]),
            C("data", "jsonb", "free_text_may_contain_pii", _identity_data),
            C("password_hash", "varchar", "credentials", lambda c, i: None if _ldap(i) else bcrypt(c, "12", "2b")),
            C("last_login_dt", "timestamptz", "none", maybe(stamps(2024, 2025), 0.9)),
            C("last_login_ip", "inet", "ip_address", maybe(lambda c, i: ip(c, LA_IP), 0.9)),
        ], rows=N_USR, extra=[fkey(S, "identities", "user_id", "users", "id")]),
        Table(S, "api_keys", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("token", "uuid", "secret_token", lambda c, i: uuid(c)),
            C("secret", "uuid", "secret_token", lambda c, i: uuid(c)),
            C("user_id", "integer", "none", fk(N_USR, 3)),
            C("created_dt", "timestamptz", "none", stamps(2021, 2024)),
            C("last_used_dt", "timestamptz", "none", maybe(stamps(2024, 2025))),
            C("last_used_ip", "inet", "ip_address", maybe(lambda c, i: ip(c, LA_IP + ("172.16.4",)))),
            C("last_used_uri", "varchar", "none", maybe(one("/export/categ/3.json?from=today&limit=20",
                                                             "/export/event/12.ics", "/export/categ/0.json?detail=events"))),
            C("use_count", "integer", "none", ints(0, 4000)),
            C("is_active", "boolean", "none", flag(0.8)),
            C("is_persistent_allowed", "boolean", "none", flag(0.3)),
        ], rows=N_KEY, extra=[fkey(S, "api_keys", "user_id", "users", "id")]),
        Table(S, "events", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("category_id", "integer", "none", one(2, 3, 3, 5, 7)),
            C("title", "varchar", "none", lambda c, i: EVENTS[i % len(EVENTS)] + ("" if i <= 8 else f" ({2019 + i % 6})")),
            C("description", "text", "none", one("<p>Venue: Dongdok campus, building F, room 204.</p>",
                                                 "<p>Abstract submission deadline: 15 August.</p>", "",
                                                 "<p>Jointly organised with the Mekong River Commission.</p>")),
            C("start_dt", "timestamptz", "none", stamps(2019, 2025)),
            C("end_dt", "timestamptz", "none", stamps(2019, 2025)),
            C("timezone", "varchar", "none", const("Asia/Vientiane")),
            C("type", "integer", "none", one(1, 2, 3)),
            C("creator_id", "integer", "none", fk(20, 3)),
            C("venue_name", "varchar", "none", one("National University of Laos, Dongdok Campus", "Lao Plaza Hotel",
                                                   "Crowne Plaza Vientiane", "Online (Zoom)")),
            C("room_name", "varchar", "none", one("F-204", "Auditorium", "Champa Ballroom", "")),
            C("address", "text", "none", one("Dongdok Campus, Xaythany District, Vientiane Capital",
                                             "063 Samsenthai Road, Vientiane", "")),
            C("is_deleted", "boolean", "none", flag(0.03)),
            C("protection_mode", "integer", "none", one(0, 1, 1, 2)),
            C("access_key", "varchar", "credentials",
              lambda c, i: c.r.choice(["mekong2024", "FWR-seminar", "iwrm!23", "xayaburi", "Hydro#Lao"]) if i % 5 < 2 else "",
              comment="password giving access to a protected event"),
            C("contact_title", "varchar", "none", one("Secretariat", "Contact", "Organisers")),
            C("contact_emails", "varchar[]", "email",
              lambda c, i: [person_at("la", USR, "user", 20)(c, i) + "@nuol.edu.la"] + ([u("email")(c, i)] if i % 2 else [])),
            C("contact_phones", "varchar[]", "phone", lambda c, i: [person_at("la", USR, "mobile", 20)(c, i)]),
            C("organizer_info", "text", "free_text_may_contain_pii", _organizer),
            C("keywords", "varchar[]", "none", lambda c, i: c.r.sample(["hydropower", "sediment", "IWRM", "flood",
                                                                          "irrigation", "Mekong"], 2)),
            C("url_shortcut", "varchar", "none", lambda c, i: "mekong2024" if i == 1 else None),
        ], rows=N_EVT, extra=[fkey(S, "events", "creator_id", "users", "id")]),
        Table(S, "registrations", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "secret_token", lambda c, i: uuid(c),
              comment="token in the registration's management link"),
            C("friendly_id", "integer", "none", seq()),
            C("registration_form_id", "integer", "none", one(1, 1, 1, 2, 3)),
            C("event_id", "integer", "none", one(1, 1, 1, 1, 4, 7)),
            C("user_id", "integer", "none", lambda c, i: None if i % 10 == 0 else (i - 1) % N_USR + 1),
            C("state", "integer", "none", one(1, 1, 1, 2, 3, 5)),
            C("base_price", "numeric(11,2)", "none", one(0, 80, 80, 40)),
            C("currency", "varchar", "none", one("USD", "USD", "LAK")),
            C("submitted_dt", "timestamptz", "none", stamps(2024, 2024)),
            C("email", "varchar", "email", _reg_person("email")),
            C("first_name", "varchar", "person_name", _reg_person("first")),
            C("last_name", "varchar", "person_name", _reg_person("last")),
            C("checked_in", "boolean", "none", flag(0.6)),
            C("checked_in_dt", "timestamptz", "none", maybe(stamps(2024, 2024), 0.6)),
            C("is_deleted", "boolean", "none", flag(0.02)),
            C("consent_to_publish", "integer", "none", one(0, 1, 2)),
        ], rows=N_REG, extra=[fkey(S, "registrations", "user_id", "users", "id"),
                              fkey(S, "registrations", "event_id", "events", "id")]),
        Table(S, "registration_data", [
            C("registration_id", "integer", "none", lambda c, i: (i - 1) % N_REG + 1),
            C("field_data_id", "integer", "none", lambda c, i: 11 + i % 7),
            C("data", "jsonb", "free_text_may_contain_pii", _reg_data,
              comment="fields: mobile, country, passport number and date of birth (visa letter), diet, hotel, scan"),
            C("filename", "varchar", "none", lambda c, i: c.r.choice(["passport.pdf", "IMG_20240912_093412.jpg",
                                                                       "scan_passport_page1.jpg"]) if i % 7 == 6 else None),
            C("content_type", "varchar", "none", lambda c, i: c.r.choice(["application/pdf", "image/jpeg"]) if i % 7 == 6 else None),
            C("size", "bigint", "none", lambda c, i: c.r.randint(90_000, 3_900_000) if i % 7 == 6 else None),
            C("storage_backend", "varchar", "none", lambda c, i: "default" if i % 7 == 6 else None),
            C("storage_file_id", "varchar", "none",
              lambda c, i: f"event/1/registrations/{hexs(c, 2)}/{hexs(c, 30)}" if i % 7 == 6 else None),
        ], rows=150, extra=[fkey(S, "registration_data", "registration_id", "registrations", "id")]),
        Table(S, "payment_transactions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("registration_id", "integer", "none", lambda c, i: (i * 3) % N_REG + 1),
            C("status", "integer", "none", one(1, 1, 1, 2, 4)),
            C("amount", "numeric(11,2)", "none", one(80, 80, 40)),
            C("currency", "varchar", "none", const("USD")),
            C("provider", "varchar", "none", lambda c, i: "manual" if i % 3 else "paypal"),
            C("timestamp", "timestamptz", "none", stamps(2024, 2024)),
            C("data", "jsonb", "free_text_may_contain_pii", _paypal),
        ], rows=90, extra=[fkey(S, "payment_transactions", "registration_id", "registrations", "id")]),
    ]
