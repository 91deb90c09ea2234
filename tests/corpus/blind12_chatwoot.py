"""o_chatwoot: the customer-support inbox (WhatsApp, web widget, e-mail) of an Argentine online shop selling mates
and kitchenware, on Chatwoot 3 (Rails, PostgreSQL): Devise users, contacts with JSONB attributes, conversations,
messages, contact notes and CSAT answers, in rioplatense Spanish."""
from __future__ import annotations

import json

from .blind12_gens import (Row, bcrypt, chars, digits, fk, fkey, flag, fold, ipv4_public, ipv6, mail, num, opt, person,
                           pick, stamp, template, uuid4)
from .gens import Col as C
from .gens import Table as T

S = "o_chatwoot"
AR = {
    "male": ("Juan Pablo", "Martín", "Santiago", "Facundo", "Matías", "Nicolás", "Gonzalo", "Federico", "Lucas",
             "Tomás", "Agustín", "Ezequiel", "Diego", "Leandro", "Franco", "Hernán", "Maximiliano", "Joaquín"),
    "female": ("Sofía", "Valentina", "Camila", "Florencia", "Lucía", "Micaela", "Agustina", "Julieta", "Carolina",
               "Romina", "Belén", "Milagros", "Daniela", "Rocío", "María José", "Luciana", "Antonella"),
    "last": ("González", "Rodríguez", "Gómez", "Fernández", "López", "Díaz", "Martínez", "Pérez", "García", "Sánchez",
             "Romero", "Sosa", "Álvarez", "Torres", "Ruiz", "Ramírez", "Flores", "Acosta", "Benítez", "Medina",
             "Herrera", "Aguirre", "Pereyra", "Gutiérrez", "Giménez", "Molina", "Rossi", "Ferrari", "Russo", "Bianchi"),
}
CIUDADES = (("CABA", "C1043", "11", "Av. Corrientes"), ("CABA", "C1414", "11", "Av. Scalabrini Ortiz"),
            ("CABA", "C1426", "11", "Av. Cabildo"), ("Rosario", "S2000", "341", "Bv. Oroño"),
            ("Córdoba", "X5000", "351", "Av. Colón"), ("La Plata", "B1900", "221", "Calle 7"),
            ("Mendoza", "M5500", "261", "Av. San Martín"), ("Mar del Plata", "B7600", "223", "Av. Colón"),
            ("San Miguel de Tucumán", "T4000", "381", "Av. Mate de Luna"), ("Quilmes", "B1878", "11", "Rivadavia"))
MAILS = ("gmail.com", "gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com", "live.com.ar", "fibertel.com.ar")
PROV = {"CABA": "Ciudad Autónoma de Buenos Aires", "Rosario": "Santa Fe", "Córdoba": "Córdoba", "La Plata": "Buenos Aires",
        "Mendoza": "Mendoza", "Mar del Plata": "Buenos Aires", "San Miguel de Tucumán": "Tucumán", "Quilmes": "Buenos Aires"}


def cuit(c, dni: str, sex: str) -> str:
    """A CUIT/CUIL: 20/27 prefix, the DNI, and the mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2)."""
    for pre in ("20" if sex == "M" else "27", "23"):
        body = pre + dni
        k = 11 - sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
        if k < 10:
            return f"{pre}-{dni}-{0 if k == 11 else k}"
    return f"20-{dni}-9"


def _cliente(c, i):
    d = person(c, AR, 1955, 2005)
    ciudad, cp, area, calle = c.r.choice(CIUDADES)
    d.update(ciudad=ciudad, cp=cp, prov=PROV[ciudad],
             calle=f"{calle} {c.r.randint(100, 5999)}" + c.r.choice(("", "", f", piso {c.r.randint(1, 12)} dto {c.r.choice('ABCDEF')}")),
             tel=f"+549{area}{digits(c, 10 - len(area))}", dni=str(c.r.randint(20_000_000, 46_000_000)),
             email=mail(c, d["first"].split()[0], d["last"], MAILS, d["birth"].year))
    d["cuit"] = cuit(c, d["dni"], d["sex"])
    d["pedido"] = f"#{c.r.randint(10200, 15999)}"
    d["name"] = f"{d['first']} {d['last']}"
    return d


def _users():
    p = Row(_cliente)
    tienda = "lamatera.com.ar"
    cols = [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("provider", "varchar", "none", pick("email")),
            C("uid", "varchar", "email", p.f(lambda d: f"{fold(d['first'].split()[0])}@{tienda}")),
            C("encrypted_password", "varchar", "credentials", bcrypt("$2a$11$")),
            C("reset_password_token", "varchar", "secret_token", opt(0.3, chars(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))),
            C("remember_created_at", "timestamp", "none", opt(0.3, stamp(2024, 2025, False))),
            C("sign_in_count", "integer", "none", num(3, 900)),
            C("current_sign_in_at", "timestamp", "none", stamp(2024, 2025, False)),
            C("current_sign_in_ip", "inet", "ip_address", ipv4_public),
            C("last_sign_in_ip", "inet", "ip_address", lambda c, i: ipv4_public(c, i) if c.r.random() < 0.8 else ipv6(c, i)),
            C("confirmation_token", "varchar", "secret_token", opt(0.2, chars(20))),
            C("confirmed_at", "timestamp", "none", stamp(2022, 2024, False)),
            C("unconfirmed_email", "varchar", "email", opt(0.15, p("email"))),
            C("name", "varchar", "person_name", p("name")),
            C("display_name", "varchar", "person_name", p.f(lambda d: d["first"].split()[0])),
            C("email", "varchar", "email", p.f(lambda d: f"{fold(d['first'].split()[0])}@{tienda}")),
            C("tokens", "json", "secret_token", lambda c, i: json.dumps({chars(22)(c, i): {"token": bcrypt("$2a$10$")(c, i),
                                                                                        "expiry": c.r.randint(1735000000, 1760000000)}})),
            C("pubsub_token", "varchar", "secret_token", chars(24)),
            C("availability", "integer", "none", pick(0, 1, 2)),
            C("ui_settings", "jsonb", "none", pick('{"is_contact_sidebar_open": true}', '{"rtl_view": false}', "{}")),
            C("type", "varchar", "none", pick(None, None, None, "SuperAdmin")),
            C("message_signature", "text", "free_text_may_contain_pii",
              opt(0.7, p.f(lambda d: f"{d['first'].split()[0]} | Atención al cliente La Matera" +
                           (f" | WhatsApp directo {d['tel']}" if p.c.r.random() < 0.5 else "")))),
            C("created_at", "timestamp", "none", stamp(2022, 2024, False))]
    return T(S, "users", cols, rows=12)


def _contacts():
    p = Row(_cliente)

    def additional(c, i):
        d = p.get(c, i)
        a = {"city": d["ciudad"], "country": "Argentina", "country_code": "AR"}
        if c.r.random() < 0.6:
            a.update(created_at_ip=ipv4_public(c, i), browser={"browser_name": c.r.choice(("Chrome", "Safari")),
                                                               "platform_name": c.r.choice(("Android", "iOS", "Windows"))})
        if c.r.random() < 0.3:
            a["social_profiles"] = {"instagram": fold(d["first"]) + "." + fold(d["last"])}
        return json.dumps(a, ensure_ascii=False)

    def custom(c, i):
        d = p.get(c, i)
        k = c.r.random()
        if k < 0.5:
            return json.dumps({"dni": d["dni"], "ultimo_pedido": d["pedido"], "provincia": d["prov"]}, ensure_ascii=False)
        if k < 0.65:
            return json.dumps({"cuit": d["cuit"], "condicion_iva": "Monotributo"}, ensure_ascii=False)
        return json.dumps({"ultimo_pedido": d["pedido"]}) if k < 0.85 else "{}"
    cols = [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("name", "varchar", "person_name", p.f(lambda d: d["first"] if p.c.r.random() < 0.3 else d["name"])),
            C("email", "varchar", "email", opt(0.6, p("email"))),
            C("phone_number", "varchar", "phone", opt(0.75, p("tel"))),
            C("account_id", "integer", "none", pick(1)),
            C("created_at", "timestamp", "none", stamp(2022, 2025, False)),
            C("additional_attributes", "jsonb", "ip_address", additional),
            C("identifier", "varchar", "none", opt(0.5, lambda c, i: f"tn-cliente-{c.r.randint(100000, 999999)}")),
            C("custom_attributes", "jsonb", "national_id", custom),
            C("last_activity_at", "timestamp", "none", stamp(2024, 2025, False)),
            C("contact_type", "integer", "none", pick(0, 1, 2)),
            C("middle_name", "varchar", "person_name", p.f(lambda d: d["first"].split()[1] if " " in d["first"] else "")),
            C("last_name", "varchar", "person_name", p("last")),
            C("location", "varchar", "none", p.f(lambda d: f"{d['ciudad']}, {d['prov']}")),
            C("country_code", "varchar", "none", pick("AR")),
            C("blocked", "boolean", "none", flag(0.02))]
    return T(S, "contacts", cols, rows=120)


def _contact_inboxes():
    p = Row(_cliente)

    def source(c, i):
        d = p.get(c, i)
        k = c.r.random()
        return d["tel"][1:] if k < 0.55 else uuid4(c, i) if k < 0.85 else d["email"]
    return T(S, "contact_inboxes", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("contact_id", "integer", "none", fk(120)),
        C("inbox_id", "integer", "none", pick(1, 2, 3)),
        C("source_id", "text", "phone", source),
        C("hmac_verified", "boolean", "none", flag(0.1)),
        C("pubsub_token", "varchar", "secret_token", chars(24)),
        C("created_at", "timestamp", "none", stamp(2022, 2025, False))], rows=120,
        extra=[fkey(S, "contact_inboxes", "contact_id", "contacts")])


def _conversations():
    def extra_attrs(c, i):
        return json.dumps({"browser": {"browser_name": c.r.choice(("Chrome", "Safari", "Firefox")), "platform_name": "Android"},
                           "referer": c.r.choice(("https://www.lamatera.com.ar/producto/mate-imperial-cincelado",
                                                  "https://www.lamatera.com.ar/checkout", "https://www.lamatera.com.ar/")),
                           "initiated_at": {"timestamp": "Mon Mar 03 2025 10:12:00 GMT-0300"}})
    cols = [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("account_id", "integer", "none", pick(1)),
            C("inbox_id", "integer", "none", pick(1, 2, 3)),
            C("status", "integer", "none", pick(0, 1, 1, 2)),
            C("assignee_id", "integer", "none", fk(12, 0.15)),
            C("created_at", "timestamp", "none", stamp(2023, 2025, False)),
            C("contact_id", "integer", "none", fk(120)),
            C("display_id", "integer", "none", lambda c, i: 1000 + i),
            C("contact_last_seen_at", "timestamp", "none", opt(0.7, stamp(2024, 2025, False))),
            C("agent_last_seen_at", "timestamp", "none", opt(0.9, stamp(2024, 2025, False))),
            C("additional_attributes", "jsonb", "none", extra_attrs),
            C("contact_inbox_id", "integer", "none", fk(120)),
            C("uuid", "uuid", "none", uuid4),
            C("last_activity_at", "timestamp", "none", stamp(2024, 2025, False)),
            C("team_id", "integer", "none", opt(0.6, pick(1, 2))),
            C("snoozed_until", "timestamp", "none", opt(0.05, stamp(2025, 2026, False))),
            C("custom_attributes", "jsonb", "none", lambda c, i: json.dumps({"nro_pedido": f"#{c.r.randint(10200, 15999)}",
                                                                             "motivo": c.r.choice(("cambio", "envío", "factura", "roto"))})),
            C("first_reply_created_at", "timestamp", "none", opt(0.9, stamp(2024, 2025, False))),
            C("priority", "integer", "none", opt(0.3, pick(0, 1, 2, 3))),
            C("cached_label_list", "text", "none", pick("envios", "reclamo,envios", "mayorista", "factura-a", ""))]
    return T(S, "conversations", cols, rows=130, extra=[fkey(S, "conversations", "assignee_id", "users"),
                                                        fkey(S, "conversations", "contact_id", "contacts"),
                                                        fkey(S, "conversations", "contact_inbox_id", "contact_inboxes")])


MENSAJE = template("Hola! Quería saber cuándo llega mi pedido {pedido}", "Buenas, el mate llegó con la virola floja",
                   "Mi dirección es {calle}, {ciudad} ({cp}). Soy {first} {last}",
                   "Necesito factura A, mi CUIT es {cuit}", "Mi DNI es {dni} por si lo necesitan para el retiro",
                   "Gracias!! 🙌", "Llamame al {tel} que por acá no me llegan los mensajes",
                   "Hola {first}, tu pedido {pedido} ya salió por Andreani. ¡Gracias por tu compra!",
                   "Conversation was resolved by Flor", "¿Hacen envíos a Ushuaia?")
NOTA = template("Cliente mayorista, pide factura A a nombre de {first} {last}, CUIT {cuit}",
                "Se le reenvió el bombilla de regalo por demora", "Reclamó por Instagram también",
                "Prefiere que la llamen al {tel}", "Retira en showroom Palermo con DNI {dni}", "Cliente difícil, paciencia")
CSAT = template("Excelente atención!", "Tardaron mucho en responder", "", "Todo perfecto",
                "Muy amables, gracias", "El envío llegó tarde pero me solucionaron")


def _messages_notes_csat():
    p = Row(_cliente)
    msg = Row(lambda c, i: {"t": MENSAJE(c, p.get(c, i))})
    messages = T(S, "messages", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("content", "text", "free_text_may_contain_pii", msg("t")),
        C("account_id", "integer", "none", pick(1)),
        C("inbox_id", "integer", "none", pick(1, 2, 3)),
        C("conversation_id", "integer", "none", fk(130)),
        C("message_type", "integer", "none", pick(0, 0, 1, 1, 2)),
        C("created_at", "timestamp", "none", stamp(2024, 2025, False)),
        C("private", "boolean", "none", flag(0.05)),
        C("status", "integer", "none", pick(0, 1, 2, 3)),
        C("source_id", "text", "none", opt(0.5, chars(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "wamid.HBgN"))),
        C("content_type", "integer", "none", pick(0, 0, 0, 1, 8)),
        C("content_attributes", "json", "none", pick("{}", '{"in_reply_to": 812}', "{}")),
        C("sender_type", "varchar", "none", pick("Contact", "User", None)),
        C("sender_id", "bigint", "none", num(1, 120)),
        C("processed_message_content", "text", "free_text_may_contain_pii", msg("t"))], rows=150,
        extra=[fkey(S, "messages", "conversation_id", "conversations")])
    q = Row(_cliente)
    notes = T(S, "notes", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("content", "text", "free_text_may_contain_pii", q.f(lambda d: NOTA(q.c, d))),
        C("account_id", "integer", "none", pick(1)),
        C("contact_id", "integer", "none", fk(120)),
        C("user_id", "integer", "none", fk(12)),
        C("created_at", "timestamp", "none", stamp(2023, 2025, False))], rows=90,
        extra=[fkey(S, "notes", "contact_id", "contacts"), fkey(S, "notes", "user_id", "users")])
    csat = T(S, "csat_survey_responses", [C("id", "integer PRIMARY KEY", "none", lambda c, i: i),
        C("account_id", "integer", "none", pick(1)),
        C("conversation_id", "integer", "none", fk(130)),
        C("message_id", "integer", "none", fk(150)),
        C("rating", "integer", "none", pick(1, 3, 4, 5, 5, 5)),
        C("feedback_message", "text", "none", opt(0.6, lambda c, i: CSAT(c, {}))),
        C("contact_id", "integer", "none", fk(120)),
        C("assigned_agent_id", "integer", "none", fk(12)),
        C("created_at", "timestamp", "none", stamp(2024, 2025, False))], rows=100,
        extra=[fkey(S, "csat_survey_responses", "conversation_id", "conversations"),
               fkey(S, "csat_survey_responses", "message_id", "messages"),
               fkey(S, "csat_survey_responses", "contact_id", "contacts"),
               fkey(S, "csat_survey_responses", "assigned_agent_id", "users")])
    return [messages, notes, csat]


def chatwoot_tables() -> list:
    return [_users(), _contacts(), _contact_inboxes(), _conversations(), *_messages_notes_csat()]
