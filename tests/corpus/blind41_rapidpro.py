"""aq_rapidpro: RapidPro (Django; orgs, contacts, msgs, flows, channels, api) as recalled from memory, run by an NGO
for an SMS and WhatsApp maternal-health programme in Somaliland (Somali-language flows)."""
from __future__ import annotations

import json

from .blind26_gens import (C, b64, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps,
                           uuid)
from .blind41_gens import POOLS, any_name, person
from .gens import Table

S = "aq_rapidpro"
CON, USR = "rp.contact", "rp.user"
N_ORG, N_USER, N_CHAN, N_CON, N_URN, N_FLOW, N_MSG, N_GROUP = 12, 40, 14, 150, 150, 84, 150, 80


def _fields(c, i):
    d = {"edd": f"{dates(2025, 2026)(c, i)}", "anc_visits": str(c.r.randint(0, 6)),
         "degmada": c.r.choice(POOLS["so"]["district"])}
    if c.r.random() < 0.4:
        d["hiv_status"] = c.r.choice(["negative", "negative", "positive"])
    if c.r.random() < 0.3:
        d["hemoglobin"] = f"{c.r.uniform(7.5, 13.0):.1f}"
    return json.dumps({k: {"text": v} for k, v in d.items()}, ensure_ascii=False)


def _msg_text(c, i):
    who = person("so", CON, "first")(c, fk(N_CON, 3)(c, i))
    return c.r.choice([
        f"{who}, booqashadaada xigta ee xarunta caafimaadka waa berri. Fadlan keen kaarkaaga.",
        "HAA", "MAYA", "1", "2",
        f"Waan dhalay, wiil. Magaciisa waa {c.r.choice(POOLS['so']['m'])}.",
        f"Anigu waxaan ahay walaasheed {any_name('so')(c, i)}, iyadu way xanuunsan tahay, i soo wac "
        f"063 4{digits(c, 6)}",
        "Dhiig baa iga imanaya, maxaan sameeyaa?",
        f"{who}, ha illoobin inaad qaadato kiniinka birta (iron) maalin kasta.",
        "STOP"])


def _results(c, i):
    d = {"registration": {"value": "yes", "category": "Haa"},
         "weeks_pregnant": {"value": str(c.r.randint(6, 39)), "category": "Has Number"}}
    if c.r.random() < 0.4:
        d["danger_sign"] = {"value": c.r.choice(["dhiigbax", "madax xanuun", "qandho", "none"]),
                            "category": "Other"}
    return json.dumps(d, ensure_ascii=False)


def _http_log(c, i):
    tel = person("so", CON, "mobile")(c, fk(N_CON, 7)(c, i)).replace(" ", "")
    return json.dumps([{"url": f"https://api.telesom.example/sms/send?to={tel}&from=7788",
                        "status_code": c.r.choice([200, 200, 200, 500]), "request": f"POST /sms/send to={tel}",
                        "response": '{"status":"queued"}', "elapsed_ms": c.r.randint(80, 2000)}])


def rapidpro_tables() -> list[Table]:
    u = lambda f: person("so", USR, f, 1975, 2000)          # noqa: E731
    p = lambda f: person("so", CON, f, 1980, 2008)          # noqa: E731
    urn = lambda c, i: fk(N_CON, 1)(c, i)                   # noqa: E731
    return [
        Table(S, "orgs_org", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("name", "varchar(128)", "none", lambda c, i: f"Hooyo Caafimaad - {POOLS['so']['city'][i % 9]}"),
            C("plan", "varchar(16)", "none", const("topups")),
            C("language", "varchar(64)", "none", one("so", "en")),
            C("timezone", "varchar(63)", "none", const("Africa/Mogadishu")),
            C("date_format", "varchar(1)", "none", const("D")),
            C("is_active", "boolean", "none", const(True)),
            C("is_anon", "boolean", "none", flag(0.2)),
            C("created_on", "timestamp", "none", stamps(2019, 2022)),
            C("config", "jsonb", "none", const('{"sms_sender": "HOOYO"}')),
        ], rows=N_ORG),
        Table(S, "auth_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("password", "varchar(128)", "credentials",
              lambda c, i: f"pbkdf2_sha256$600000${b64(c, 9).replace('/', 'x')}${b64(c, 32)}"),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("is_superuser", "boolean", "none", lambda c, i: i == 1),
            C("username", "varchar(254)", "email", lambda c, i: u("user")(c, i) + "@hooyo-caafimaad.org"),
            C("first_name", "varchar(150)", "person_name", u("first")),
            C("last_name", "varchar(150)", "person_name", u("last")),
            C("email", "varchar(254)", "email", lambda c, i: u("user")(c, i) + "@hooyo-caafimaad.org"),
            C("is_staff", "boolean", "none", lambda c, i: i <= 2),
            C("is_active", "boolean", "none", flag(0.9)),
            C("date_joined", "timestamp", "none", stamps(2019, 2024)),
        ], rows=N_USER),
        Table(S, "channels_channel", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("name", "varchar(64)", "none", lambda c, i: f"Telesom {7788 + i}" if i % 2 else f"WhatsApp {i}"),
            C("channel_type", "varchar(3)", "none", lambda c, i: "EX" if i % 2 else "WAC"),
            C("address", "varchar(255)", "none", lambda c, i: str(7788 + i) if i % 2 else f"+252 63 800{i:04d}",
              comment="the programme's short code or business number"),
            C("country", "varchar(2)", "none", const("SO")),
            C("config", "jsonb", "secret_token",
              lambda c, i: json.dumps({"auth_token": hexs(c, 32), "send_url": "https://api.telesom.example/sms"})),
            C("secret", "varchar(64)", "secret_token", lambda c, i: b64(c, 24)),
            C("is_active", "boolean", "none", flag(0.9)),
            C("created_on", "timestamp", "none", stamps(2019, 2024)),
            C("org_id", "integer", "none", fk(N_ORG, 1)),
            C("last_seen", "timestamp", "none", stamps(2025, 2025)),
        ], rows=N_CHAN, extra=[fkey(S, "channels_channel", "org_id", "orgs_org", "id")]),
        Table(S, "contacts_contact", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("name", "varchar(128)", "person_name", maybe(p("full"), 0.85)),
            C("language", "varchar(3)", "none", one("som", "som", "som", "eng")),
            C("status", "varchar(1)", "none", one("A", "A", "A", "S", "B")),
            C("fields", "jsonb", "health", _fields, comment="contact field values keyed by field"),
            C("created_on", "timestamp", "none", stamps(2022, 2025)),
            C("modified_on", "timestamp", "none", stamps(2024, 2025)),
            C("org_id", "integer", "none", fk(N_ORG, 5)),
            C("created_by_id", "integer", "none", maybe(fk(N_USER, 3))),
            C("last_seen_on", "timestamp", "none", maybe(stamps(2025, 2025))),
            C("ticket_count", "integer", "none", ints(0, 2)),
        ], rows=N_CON, extra=[fkey(S, "contacts_contact", "org_id", "orgs_org", "id")]),
        Table(S, "contacts_contacturn", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("identity", "varchar(255)", "phone",
              lambda c, i: ("tel:" if i % 4 else "whatsapp:") + p("mobile")(c, urn(c, i)).replace(" ", "")
              .replace("+", "" if i % 4 == 0 else "+")),
            C("path", "varchar(255)", "phone", lambda c, i: p("mobile")(c, urn(c, i)).replace(" ", "")),
            C("display", "varchar(255)", "none", const(None)),
            C("scheme", "varchar(128)", "none", lambda c, i: "tel" if i % 4 else "whatsapp"),
            C("priority", "integer", "none", const(1000)),
            C("contact_id", "integer", "none", urn),
            C("channel_id", "integer", "none", fk(N_CHAN, 3)),
            C("org_id", "integer", "none", fk(N_ORG, 5)),
            C("auth", "text", "none", const(None)),
        ], rows=N_URN, extra=[fkey(S, "contacts_contacturn", "contact_id", "contacts_contact", "id"),
                              fkey(S, "contacts_contacturn", "channel_id", "channels_channel", "id")]),
        Table(S, "contacts_contactgroup", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("name", "varchar(64)", "none", lambda c, i: ["Dumarka uurka leh", "Hooyooyinka cusub", "Bilaa jawaab",
                                                           "Tijaabo", "Kaalmeeyayaasha"][i % 5] + f" {i}"),
            C("group_type", "varchar(1)", "none", one("M", "Q")),
            C("status", "varchar(1)", "none", const("R")),
            C("query", "text", "none", maybe(const('degmada = "26 Juun"'), 0.3)),
            C("org_id", "integer", "none", fk(N_ORG, 1)),
            C("is_active", "boolean", "none", flag(0.95)),
        ], rows=N_GROUP, extra=[fkey(S, "contacts_contactgroup", "org_id", "orgs_org", "id")]),
        Table(S, "contacts_contactgroup_contacts", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("contactgroup_id", "integer", "none", fk(N_GROUP, 7)),
            C("contact_id", "integer", "none", fk(N_CON, 11)),
        ], rows=150, extra=[fkey(S, "contacts_contactgroup_contacts", "contactgroup_id", "contacts_contactgroup", "id"),
                            fkey(S, "contacts_contactgroup_contacts", "contact_id", "contacts_contact", "id")]),
        Table(S, "flows_flow", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("name", "varchar(64)", "none", lambda c, i: ["Diiwaangelin", "Xusuusin ANC", "Calaamadaha khatarta",
                                                           "Dhalmada kadib", "Talaalka ilmaha", "Ra'yi ururin",
                                                           "Ka bixid"][i % 7] + f" v{i // 7 + 1}"),
            C("flow_type", "varchar(1)", "none", one("M", "M", "V")),
            C("is_active", "boolean", "none", flag(0.9)),
            C("base_language", "varchar(4)", "none", const("som")),
            C("version_number", "varchar(8)", "none", const("13.5.0")),
            C("expires_after_minutes", "integer", "none", one(720, 10080)),
            C("org_id", "integer", "none", fk(N_ORG, 1)),
            C("created_on", "timestamp", "none", stamps(2021, 2024)),
        ], rows=N_FLOW, extra=[fkey(S, "flows_flow", "org_id", "orgs_org", "id")]),
        Table(S, "flows_flowrun", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("status", "varchar(1)", "none", one("C", "C", "W", "X", "I")),
            C("created_on", "timestamp", "none", stamps(2024, 2025)),
            C("modified_on", "timestamp", "none", stamps(2024, 2025)),
            C("exited_on", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("responded", "boolean", "none", flag(0.7)),
            C("results", "jsonb", "health", _results),
            C("path", "jsonb", "none", lambda c, i: json.dumps([{"uuid": uuid(c), "node_uuid": uuid(c)}])),
            C("contact_id", "integer", "none", fk(N_CON, 13)),
            C("flow_id", "integer", "none", fk(N_FLOW, 5)),
            C("org_id", "integer", "none", fk(N_ORG, 5)),
            C("session_uuid", "uuid", "none", lambda c, i: uuid(c)),
        ], rows=150, extra=[fkey(S, "flows_flowrun", "contact_id", "contacts_contact", "id"),
                            fkey(S, "flows_flowrun", "flow_id", "flows_flow", "id")]),
        Table(S, "msgs_msg", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("text", "text", "free_text_may_contain_pii", _msg_text),
            C("high_priority", "boolean", "none", flag(0.3)),
            C("created_on", "timestamp", "none", stamps(2024, 2025)),
            C("modified_on", "timestamp", "none", stamps(2024, 2025)),
            C("sent_on", "timestamp", "none", maybe(stamps(2024, 2025))),
            C("msg_type", "varchar(1)", "none", one("T", "V")),
            C("direction", "varchar(1)", "none", one("I", "O", "O")),
            C("status", "varchar(1)", "none", one("H", "W", "S", "D", "E")),
            C("visibility", "varchar(1)", "none", const("V")),
            C("msg_count", "integer", "none", one(1, 1, 2)),
            C("error_count", "integer", "none", ints(0, 2)),
            C("external_id", "varchar(255)", "none", maybe(lambda c, i: f"TS{digits(c, 12)}")),
            C("attachments", "varchar(255)[]", "none", const(None)),
            C("channel_id", "integer", "none", fk(N_CHAN, 3)),
            C("contact_id", "integer", "none", fk(N_CON, 3)),
            C("contact_urn_id", "integer", "none", fk(N_URN, 3)),
            C("org_id", "integer", "none", fk(N_ORG, 5)),
            C("flow_id", "integer", "none", maybe(fk(N_FLOW, 5))),
        ], rows=N_MSG, extra=[fkey(S, "msgs_msg", "contact_id", "contacts_contact", "id"),
                              fkey(S, "msgs_msg", "contact_urn_id", "contacts_contacturn", "id"),
                              fkey(S, "msgs_msg", "channel_id", "channels_channel", "id")]),
        Table(S, "channels_channellog", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("uuid", "uuid", "none", lambda c, i: uuid(c)),
            C("log_type", "varchar(16)", "none", one("msg_send", "msg_receive", "msg_status")),
            C("is_error", "boolean", "none", flag(0.1)),
            C("http_logs", "jsonb", "phone", _http_log),
            C("errors", "jsonb", "none", maybe(const('[{"code": "unreachable", "message": "timeout"}]'), 0.1)),
            C("elapsed_ms", "integer", "none", ints(50, 3000)),
            C("created_on", "timestamp", "none", stamps(2025, 2025)),
            C("channel_id", "integer", "none", fk(N_CHAN, 3)),
            C("msg_id", "bigint", "none", maybe(fk(N_MSG, 3))),
        ], rows=150, extra=[fkey(S, "channels_channellog", "channel_id", "channels_channel", "id")]),
        Table(S, "api_apitoken", [
            C("key", "varchar(40) PRIMARY KEY", "secret_token", lambda c, i: hexs(c, 40)),
            C("created", "timestamp", "none", stamps(2021, 2025)),
            C("org_id", "integer", "none", fk(N_ORG, 1)),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("role_id", "integer", "none", one(1, 2, 3)),
            C("is_active", "boolean", "none", flag(0.7)),
            C("last_used_on", "timestamp", "none", maybe(stamps(2025, 2025))),
        ], rows=80, extra=[fkey(S, "api_apitoken", "user_id", "auth_user", "id")]),
    ]
