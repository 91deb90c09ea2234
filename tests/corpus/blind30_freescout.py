"""af_freescout: FreeScout (open-source help desk, Laravel) as a Costa Rican online furniture shop runs it, recreated
from memory of its tables: users, mailboxes, customers, emails, conversations, threads, attachments, activity_logs."""
from __future__ import annotations

import json

from .blind30_gens import alnum, bcrypt, fk, fkey, ipv4, maybe, num, pick, pp, row_id, stamp
from .blind30_people import person
from .gens import Col as C
from .gens import Table

S = "af_freescout"
USERS, MBX, CUST, CONV = 24, 3, 140, 150
PK = "integer PRIMARY KEY"
SHOP = "muebleriapura.cr"

_NOTES = ["Cliente frecuente, prefiere entrega los sábados.", "Factura electrónica a nombre de {full}, cédula {nid}.",
          None, "Llamar al {mobile} antes de entregar, el portón no tiene timbre.", "Reclamó dos veces por atrasos.",
          "Su esposa {first} también hace pedidos con otro correo.", None]
_BODIES = ["<p>Buenas, el sofá que pedí (pedido #{0}) llegó con una pata quebrada. Adjunto fotos. {full}</p>",
           "<p>Hola, ¿me pueden confirmar la fecha de entrega? Mi número es {mobile}.</p><p>Gracias, {first}</p>",
           "<p>Con gusto le ayudamos. El técnico pasará el jueves entre 8 y 12.</p>",
           "<p>Pura vida, ya recibí el reembolso. Saludos</p>",
           "<p>Necesito cambiar la dirección de entrega a: {street}, {town}.</p>",
           "<p>Le escribimos para recordarle que su garantía vence el próximo mes.</p>"]
_SUBJECTS = ["Pedido #{0} dañado", "Consulta de entrega", "Cambio de dirección", "Reembolso", "Garantía",
             "Factura electrónica", "Re: Pedido #{0}"]


def _t(templates: list[str], n: int | None = None, k: int = 7):
    """Shop text with an order-number slot ({0}) besides the parts of the customer."""
    def g(c, i):
        p = person(c, "CR", "cust", i if n is None else (i * k) % n + 1)
        t = c.r.choice(templates)
        return None if t is None else t.replace("{0}", str(c.r.randint(10000, 99999))).format(**p)
    return g


def _phones(c, i) -> str:
    p = person(c, "CR", "cust", i)
    out = [{"type": "mobile", "value": p["mobile"]}]
    if c.r.random() < 0.4:
        out.append({"type": "home", "value": p["landline"]})
    return json.dumps(out)


def _social(c, i) -> str | None:
    if c.r.random() < 0.6:
        return None
    return json.dumps([{"type": c.r.choice(["facebook", "instagram"]), "value": pp("CR", "cust", "user")(c, i)}])


def _cc(c, i) -> str | None:
    if c.r.random() < 0.75:
        return None
    return json.dumps([person(c, "CR", "cust", (i * 11) % CUST + 1)["email"]])


def _headers(c, i) -> str:
    p = person(c, "CR", "cust", (i * 7) % CUST + 1)
    return (f"Received: from mail.ice.co.cr ([{ipv4()(c, i)}])\r\nFrom: {p['full']} <{p['email']}>\r\n"
            f"To: soporte@{SHOP}\r\nMessage-ID: <{alnum(20)(c, i)}@mail.gmail.com>")


def freescout_tables() -> list[Table]:
    s, cu = "staff", "cust"
    return [
        Table(S, "users", [
            C("id", PK, "none", row_id()),
            C("first_name", "varchar(20)", "person_name", pp("CR", s, "first")),
            C("last_name", "varchar(30)", "person_name", pp("CR", s, "last")),
            C("email", "varchar(100)", "email", lambda c, i: f"{pp('CR', s, 'user')(c, i)}@{SHOP}"),
            C("password", "varchar(255)", "credentials", bcrypt()),
            C("role", "smallint", "none", pick(1, 1, 1, 2)),
            C("timezone", "varchar(255)", "none", lambda c, i: "America/Costa_Rica"),
            C("photo_url", "varchar(255)", "none", maybe(lambda c, i: f"storage/users/{i}_{c.r.getrandbits(24):x}.png")),
            C("type", "smallint", "none", lambda c, i: 1),
            C("status", "smallint", "none", pick(1, 1, 2)),
            C("invite_hash", "varchar(100)", "secret_token", maybe(alnum(40), 0.7)),
            C("job_title", "varchar(100)", "none", pick("Agente de soporte", "Supervisora", "Logística", "Ventas")),
            C("phone", "varchar(60)", "phone", pp("CR", s, "mobile")),
            C("remember_token", "varchar(100)", "secret_token", maybe(alnum(60), 0.3)),
            C("locale", "varchar(5)", "none", lambda c, i: "es"),
        ], rows=USERS),
        Table(S, "mailboxes", [
            C("id", PK, "none", row_id()),
            C("name", "varchar(40)", "none", lambda c, i: ["Soporte", "Ventas", "Garantías"][i - 1]),
            C("email", "varchar(128)", "none", lambda c, i: f"{['soporte', 'ventas', 'garantias'][i - 1]}@{SHOP}"),
            C("from_name", "smallint", "none", lambda c, i: 1),
            C("signature", "text", "none", lambda c, i: "<p>{%user.fullName%}<br>Mueblería Pura · Tel. 2290-1100</p>"),
            C("out_method", "smallint", "none", lambda c, i: 3),
            C("out_server", "varchar(255)", "none", lambda c, i: "smtp.office365.com"),
            C("out_username", "varchar(100)", "none", lambda c, i: f"soporte@{SHOP}"),
            C("out_password", "text", "credentials", lambda c, i: "eyJpdiI6" + alnum(120)(c, i)),
            C("in_server", "varchar(255)", "none", lambda c, i: "outlook.office365.com"),
            C("in_port", "varchar(255)", "none", lambda c, i: "993"),
            C("in_password", "text", "credentials", lambda c, i: "eyJpdiI6" + alnum(120)(c, i)),
        ], rows=MBX),
        Table(S, "customers", [
            C("id", PK, "none", row_id()),
            C("first_name", "varchar(255)", "person_name", pp("CR", cu, "first")),
            C("last_name", "varchar(255)", "person_name", pp("CR", cu, "last")),
            C("company", "varchar(255)", "none", maybe(pick("Hotel Arenal Vista S.A.", "Soda La Amistad",
                                                             "Condominio Los Yoses"), 0.8)),
            C("job_title", "varchar(255)", "none", maybe(pick("Administradora", "Gerente", "Docente"), 0.7)),
            C("photo_url", "varchar(255)", "none", maybe(lambda c, i: f"https://www.gravatar.com/avatar/{c.r.getrandbits(128):032x}", 0.5)),
            C("age", "varchar(7)", "none", maybe(lambda c, i: str(2025 - pp("CR", cu, "birth")(c, i).year), 0.6)),
            C("gender", "smallint", "none", pick(0, 1, 2)),
            C("notes", "text", "free_text_may_contain_pii", _t(_NOTES)),
            C("address", "varchar(255)", "postal_address", maybe(pp("CR", cu, "street"), 0.2)),
            C("city", "varchar(100)", "none", pp("CR", cu, "town")),
            C("state", "varchar(255)", "none", pick("San José", "Heredia", "Alajuela", "Cartago", "Guanacaste")),
            C("zip", "varchar(12)", "postal_address", pp("CR", cu, "postcode")),
            C("country", "varchar(2)", "none", lambda c, i: "CR"),
            C("channel", "smallint", "none", pick(None, 1, 2)),
            C("social_profiles", "text", "none", _social),
            C("phones", "text", "phone", _phones),
        ], rows=CUST),
        Table(S, "emails", [
            C("id", PK, "none", row_id()),
            C("customer_id", "integer", "none", lambda c, i: (i - 1) % CUST + 1),
            C("email", "varchar(191)", "email", lambda c, i: (pp("CR", cu, "email")(c, i) if i <= CUST else
                                                              f"{pp('CR', cu, 'user')(c, i - CUST)}@yahoo.com")),
            C("type", "varchar(20)", "none", lambda c, i: "work" if i <= CUST else "home"),
        ], rows=150, extra=[fkey(S, "emails", "customer_id", "customers")]),
        Table(S, "conversations", [
            C("id", PK, "none", row_id()),
            C("number", "integer", "none", lambda c, i: 1000 + i),
            C("threads_count", "integer", "none", num(1, 9)),
            C("type", "smallint", "none", pick(1, 1, 2)),
            C("status", "smallint", "none", pick(1, 2, 3, 3)),
            C("state", "smallint", "none", pick(2, 2, 3)),
            C("subject", "varchar(998)", "none", _t(_SUBJECTS)),
            C("customer_email", "varchar(191)", "email", pp("CR", cu, "email", CUST, 7)),
            C("cc", "text", "email", _cc),
            C("preview", "varchar(255)", "free_text_may_contain_pii", lambda c, i: (_t(_BODIES, CUST)(c, i) or "")
              .replace("<p>", "").replace("</p>", " ")[:255]),
            C("has_attachments", "boolean", "none", pick(False, True)),
            C("mailbox_id", "integer", "none", fk(MBX, 1)),
            C("user_id", "integer", "none", maybe(fk(USERS, 5), 0.3)),
            C("customer_id", "integer", "none", fk(CUST, 7)),
            C("closed_at", "timestamp", "none", maybe(stamp(2024, 2025), 0.5)),
            C("last_reply_at", "timestamp", "none", stamp(2024, 2025)),
        ], rows=CONV, extra=[fkey(S, "conversations", "mailbox_id", "mailboxes"),
                             fkey(S, "conversations", "user_id", "users"),
                             fkey(S, "conversations", "customer_id", "customers")]),
        Table(S, "threads", [
            C("id", PK, "none", row_id()),
            C("conversation_id", "integer", "none", fk(CONV, 1)),
            C("user_id", "integer", "none", maybe(fk(USERS, 3), 0.6)),
            C("type", "smallint", "none", pick(1, 2, 3)),
            C("status", "smallint", "none", pick(1, 2, 3)),
            C("state", "smallint", "none", lambda c, i: 2),
            C("body", "text", "free_text_may_contain_pii", _t(_BODIES, CUST)),
            C("headers", "text", "free_text_may_contain_pii", _headers),
            C("from", "varchar(191)", "email", pp("CR", cu, "email", CUST, 7)),
            C("to", "text", "email", lambda c, i: json.dumps([pp("CR", cu, "email", CUST, 7)(c, i)])),
            C("cc", "text", "email", _cc),
            C("message_id", "varchar(998)", "none", lambda c, i: f"<{alnum(24)(c, i)}@{SHOP}>"),
            C("source_via", "smallint", "none", pick(1, 2)),
            C("customer_id", "integer", "none", fk(CUST, 7)),
            C("created_by_user_id", "integer", "none", maybe(fk(USERS, 3), 0.5)),
            C("opened_at", "timestamp", "none", maybe(stamp(2024, 2025), 0.4)),
        ], rows=150, extra=[fkey(S, "threads", "conversation_id", "conversations"),
                            fkey(S, "threads", "customer_id", "customers"),
                            fkey(S, "threads", "created_by_user_id", "users")]),
        Table(S, "attachments", [
            C("id", PK, "none", row_id()),
            C("thread_id", "integer", "none", fk(150, 3)),
            C("conversation_id", "integer", "none", fk(CONV, 9)),
            C("file_dir", "varchar(20)", "none", lambda c, i: f"{i % 9}/{i % 7}/{i % 5}/"),
            C("file_name", "varchar(255)", "none", pick("IMG_2041.jpg", "factura.pdf", "sofa_roto.jpeg", "comprobante.png",
                                                        "WhatsApp Image 2025-03-02.jpeg")),
            C("mime_type", "varchar(127)", "none", pick("image/jpeg", "application/pdf", "image/png")),
            C("size", "integer", "none", num(20_000, 4_000_000)),
        ], rows=120, extra=[fkey(S, "attachments", "thread_id", "threads"),
                            fkey(S, "attachments", "conversation_id", "conversations")]),
        Table(S, "activity_logs", [
            C("id", PK, "none", row_id()),
            C("log_name", "varchar(255)", "none", pick("users", "out_emails", "fetch_errors")),
            C("description", "text", "none", pick("login", "logout", "login_failed", "password_reset")),
            C("causer_id", "integer", "none", fk(USERS, 5)),
            C("causer_type", "varchar(255)", "none", lambda c, i: "App\\User"),
            C("properties", "text", "ip_address", lambda c, i: json.dumps({"ip": ipv4()(c, i)})),
            C("created_at", "timestamp", "none", stamp(2024, 2025)),
        ], rows=140, extra=[fkey(S, "activity_logs", "causer_id", "users")]),
    ]
