"""f_listmonk: listmonk (Go, PostgreSQL) newsletters of an Ecuadorian Andean-forest conservation foundation, Quito."""
from __future__ import annotations

import json
import random

from stdnum.ec import ci

from .blind23_gens import bcrypt, col, digits, field, fk, ident, per_row, pick, ref, uuid4, when
from .gens import Table

S = "f_listmonk"
N_SUB, N_LISTS, N_TPL, N_CAMP, N_LINKS, N_USERS = 150, 12, 8, 80, 90, 9

FIRST = ["María José", "Juan Carlos", "Andrea", "Santiago", "Gabriela", "Diego", "Paola", "Luis Alberto",
         "Verónica", "Mateo", "Daniela", "Cristian", "Nathaly", "Byron", "Jhonny", "Mishell"]
SUR = ["Guamán", "Quishpe", "Andrade", "Zambrano", "Vera", "Cedeño", "Chiriboga", "Toapanta", "Paredes",
       "Mendoza", "Villacís", "Pazmiño", "Cevallos", "Sarango", "Loor", "Chicaiza"]
CITIES = ["Quito", "Guayaquil", "Cuenca", "Ambato", "Loja", "Ibarra", "Riobamba", "Manta", "Tena"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "puce.edu.ec", "uce.edu.ec", "espol.edu.ec"]
LISTS = ["Boletín mensual", "Voluntariado", "Donantes recurrentes", "Prensa", "Guardaparques comunitarios",
         "Eventos Quito", "Newsletter (EN)", "Socios institucionales", "Aviturismo Mindo", "Escuelas",
         "Test interno", "Campaña reforestación 2025"]


def _cedula(r: random.Random) -> str:
    body = f"{r.randint(1, 24):02d}{r.randint(0, 5)}{digits(r, 6)}"
    return next(body + d for d in "0123456789" if ci.is_valid(body + d))


def _sub(r: random.Random, i: int) -> dict:
    first, s1, s2 = r.choice(FIRST), r.choice(SUR), r.choice(SUR)
    a = first.split()[0].lower().translate(str.maketrans("áéíóú", "aeiou"))
    b = s1.lower().translate(str.maketrans("áéíóúñ", "aeioun"))
    return {"name": f"{first} {s1} {s2}", "email": f"{r.choice([a + '.' + b, a[0] + b, b + a])}"
            f"{r.choice(['', str(r.randint(1, 99))])}@{r.choice(DOMAINS)}",
            "city": r.choice(CITIES), "cel": f"09{r.randint(6, 9)}{digits(r, 7)}", "ci": _cedula(r)}


P = per_row("lm.subscribers", _sub)
U = per_row("lm.users", _sub)


def _attribs(c, i):
    p, r = P(c, i), c.r
    a = {"ciudad": p["city"], "origen": r.choice(["feria", "web", "importación 2021", "evento"])}
    if r.random() < 0.5:
        a["celular"] = p["cel"]
    if r.random() < 0.3:
        a["cedula"] = p["ci"]
        a["donacion_mensual_usd"] = r.choice([5, 10, 20, 50])
    return json.dumps(a, ensure_ascii=False)


def _ts(c, i):
    return when(c.r, 2021, 2025)


def listmonk_tables() -> list[Table]:
    subs = Table(S, "subscribers", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("uuid", "uuid", "none", lambda c, i: uuid4(c.r)),
        col("email", "text", "email", field(P, "email")),
        col("name", "text", "person_name", field(P, "name")),
        col("attribs", "jsonb", "free_text_may_contain_pii", _attribs,
            comment="free-form subscriber attributes (city, mobile, cédula, donation)"),
        col("status", "text", "none", pick("enabled", "enabled", "enabled", "blocklisted")),
        col("created_at", "timestamptz", "none", _ts),
        col("updated_at", "timestamptz", "none", _ts),
    ], rows=N_SUB)
    lists = Table(S, "lists", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("uuid", "uuid", "none", lambda c, i: uuid4(c.r)),
        col("name", "text", "none", lambda c, i: LISTS[i - 1]),
        col("type", "text", "none", pick("public", "private", "private")),
        col("optin", "text", "none", pick("single", "double")),
        col("tags", "text[]", "none", lambda c, i: "{es}" if i != 7 else "{en}"),
        col("description", "text", "none", pick("", "Lista principal", "Solo uso interno")),
        col("created_at", "timestamptz", "none", _ts),
        col("updated_at", "timestamptz", "none", _ts),
    ], rows=N_LISTS)
    sl = Table(S, "subscriber_lists", [
        col("subscriber_id", "integer", "none", lambda c, i: i),
        col("list_id", "integer", "none", ref(N_LISTS)),
        col("meta", "jsonb", "none", lambda c, i: "{}"),
        col("status", "text", "none", pick("confirmed", "confirmed", "unconfirmed", "unsubscribed")),
        col("created_at", "timestamptz", "none", _ts),
        col("updated_at", "timestamptz", "none", _ts),
    ], rows=N_SUB, extra=[fk(S, "subscriber_lists", "subscriber_id", "subscribers"),
                          fk(S, "subscriber_lists", "list_id", "lists")])
    tpl = Table(S, "templates", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("name", "text", "none", lambda c, i: ["Default campaign template", "Default archive template",
                                                  "Boletín verde", "Transaccional", "Donantes", "EN newsletter",
                                                  "Invitación", "Minimal"][i - 1]),
        col("type", "text", "none", lambda c, i: "tx" if i == 4 else "campaign"),
        col("subject", "text", "none", pick("", "{{ .Subscriber.FirstName }}, gracias")),
        col("body", "text", "none", pick("<html><body>{{ template \"content\" . }}</body></html>")),
        col("is_default", "boolean", "none", lambda c, i: i == 1),
        col("created_at", "timestamptz", "none", _ts),
        col("updated_at", "timestamptz", "none", _ts),
    ], rows=N_TPL)
    users = Table(S, "users", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("username", "text", "none", lambda c, i: "admin" if i == 1 else U(c, i)["email"].split("@")[0]),
        col("password_login", "boolean", "none", pick(True)),
        col("password", "text", "credentials", lambda c, i: bcrypt(c.r, 10)),
        col("email", "text", "email", lambda c, i: U(c, i)["email"].split("@")[0] + "@bosquesandinos.org.ec"),
        col("name", "text", "person_name", lambda c, i: "Administrador" if i == 1 else U(c, i)["name"]),
        col("type", "text", "none", lambda c, i: "api" if i == N_USERS else "user"),
        col("user_role_id", "integer", "none", pick(1, 2)),
        col("status", "text", "none", pick("enabled", "enabled", "disabled")),
        col("loggedin_at", "timestamptz", "none", _ts),
        col("created_at", "timestamptz", "none", _ts),
    ], rows=N_USERS)
    camps = Table(S, "campaigns", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("uuid", "uuid", "none", lambda c, i: uuid4(c.r)),
        col("name", "text", "none", lambda c, i: f"{c.r.choice(LISTS[:10])} {c.r.randint(1, 12):02d}/"
            f"{c.r.randint(2021, 2025)}"),
        col("subject", "text", "none", pick("Nuevas hectáreas protegidas en Mindo", "Te invitamos a sembrar",
                                            "Informe anual 2024", "¡Gracias por tu aporte!", "Avistamiento de oso andino")),
        col("from_email", "text", "none", pick("Fundación Bosques Andinos <boletin@bosquesandinos.org.ec>")),
        col("body", "text", "none", pick("<p>Hola {{ .Subscriber.FirstName }},</p><p>Este mes plantamos 4.200 árboles.</p>",
                                         "<p>Querida comunidad, el sábado 14 minga en Nono. Lleva botas.</p>")),
        col("altbody", "text", "none", lambda c, i: None),
        col("content_type", "text", "none", pick("richtext", "markdown", "html")),
        col("send_at", "timestamptz", "none", _ts),
        col("headers", "jsonb", "none", lambda c, i: "[]"),
        col("status", "text", "none", pick("finished", "finished", "draft", "cancelled")),
        col("tags", "text[]", "none", lambda c, i: "{}"),
        col("messenger", "text", "none", pick("email")),
        col("template_id", "integer", "none", ref(N_TPL)),
        col("to_send", "integer", "none", lambda c, i: c.r.randint(200, 9000)),
        col("sent", "integer", "none", lambda c, i: c.r.randint(0, 9000)),
        col("archive", "boolean", "none", pick(False, True)),
        col("archive_slug", "text", "none", lambda c, i: None if c.r.random() < 0.6 else f"boletin-{i}"),
        col("created_at", "timestamptz", "none", _ts),
        col("updated_at", "timestamptz", "none", _ts),
    ], rows=N_CAMP, extra=[fk(S, "campaigns", "template_id", "templates")])
    views = Table(S, "campaign_views", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("campaign_id", "integer", "none", ref(N_CAMP)),
        col("subscriber_id", "integer", "none", ref(N_SUB)),
        col("created_at", "timestamptz", "none", _ts),
    ], rows=150, extra=[fk(S, "campaign_views", "campaign_id", "campaigns"),
                        fk(S, "campaign_views", "subscriber_id", "subscribers")])
    links = Table(S, "links", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("uuid", "uuid", "none", lambda c, i: uuid4(c.r)),
        col("url", "text", "none", lambda c, i: c.r.choice(["https://bosquesandinos.org.ec/dona",
                                                            "https://bosquesandinos.org.ec/voluntariado",
                                                            "https://www.instagram.com/bosquesandinos"])
            + f"?utm_campaign={i}"),
        col("created_at", "timestamptz", "none", _ts),
    ], rows=N_LINKS)
    clicks = Table(S, "link_clicks", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("campaign_id", "integer", "none", ref(N_CAMP)),
        col("link_id", "integer", "none", ref(N_LINKS)),
        col("subscriber_id", "integer", "none", ref(N_SUB)),
        col("created_at", "timestamptz", "none", _ts),
    ], rows=150, extra=[fk(S, "link_clicks", "campaign_id", "campaigns"), fk(S, "link_clicks", "link_id", "links"),
                        fk(S, "link_clicks", "subscriber_id", "subscribers")])

    def _bounce_meta(c, i):
        p = P(c, i)
        return json.dumps({"notificationType": "Bounce", "bounce": {"bounceType": c.r.choice(["Permanent",
                           "Transient"]), "bouncedRecipients": [{"emailAddress": p["email"],
                           "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}})
    bounces = Table(S, "bounces", [
        col("id", "integer PRIMARY KEY", "none", ident),
        col("subscriber_id", "integer", "none", lambda c, i: i),
        col("campaign_id", "integer", "none", ref(N_CAMP)),
        col("type", "text", "none", pick("hard", "soft", "complaint")),
        col("source", "text", "none", pick("ses", "api", "pop3")),
        col("meta", "jsonb", "email", _bounce_meta),
        col("created_at", "timestamptz", "none", _ts),
    ], rows=90, extra=[fk(S, "bounces", "subscriber_id", "subscribers"), fk(S, "bounces", "campaign_id", "campaigns")])
    return [subs, lists, sl, tpl, users, camps, views, links, clicks, bounces]
