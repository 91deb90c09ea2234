"""av_krayin: Krayin CRM (open-source Laravel CRM) as recalled from its migrations and re-created in SQL, used by a
trekking and tour agency in Cusco (Peru) selling Inca Trail and Ausangate treks to Peruvian families, schools and
partner agencies. Names are Spanish and Quechua; persons' e-mails and phones are stored as JSON, as Krayin does."""
from __future__ import annotations

import json

from .blind26_gens import (C, amounts, bcrypt, const, dates, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps)
from .blind46_gens import any_landline, any_mobile, any_name, person, slug
from .gens import Table

S = "av_krayin"
USER, PERS = "kr.user", "kr.person"
N_ROLE, N_USER, N_ORG, N_PERS, N_LEAD, N_PROD = 4, 18, 100, 140, 140, 80

ORGS = ["Hostal", "Hotel", "Colegio", "Agencia de Viajes", "Transportes", "Restaurante", "Asociación de Arrieros",
        "Municipalidad Distrital de"]
PLACES = ["Qosqo", "Wayna Picchu", "Inti Raymi", "Sacsayhuamán", "Ausangate", "Sumaq Wasi", "Pumamarka", "Tambo",
          "Ollantay", "Wiracocha", "Chaska", "Mollepata", "Ccachaccollo", "Willka", "San Blas"]
TREKS = ["Camino Inca 4D/3N", "Camino Inca corto 2D", "Salkantay 5D", "Ausangate 6D", "Lares 4D", "Choquequirao 4D",
         "Montaña de Colores full day", "Valle Sagrado full day", "City tour Cusco"]


def _emails(c, i):
    p = person("pe", PERS, "email")(c, i)
    return json.dumps([{"value": p, "label": "home"}], ensure_ascii=False)


def _numbers(c, i):
    return json.dumps([{"value": person("pe", PERS, "mobile")(c, i), "label": "work"}])


def _org_address(c, i):
    return json.dumps({"address": f"{c.r.choice(['Calle Plateros', 'Av. El Sol', 'Calle Saphi'])} {c.r.randint(100, 900)}",
                       "city": "Cusco", "state": "Cusco", "country": "PE", "postcode": "08001"}, ensure_ascii=False)


def _billing(c, i):
    n = c.r.randint(1, N_PERS)
    return json.dumps({"address": person("pe", PERS, "a_line")(c, n), "city": person("pe", PERS, "a_city")(c, n),
                       "postcode": person("pe", PERS, "a_zip")(c, n), "country": "PE"}, ensure_ascii=False)


def _comment(c, i):
    return c.r.choice([None, "Pidió cotización para 12 alumnos de 5to de secundaria.", "Llamar después de las 6 pm.",
                       f"Habló con su esposo {any_name('pe')(c, i)}, confirman en julio.",
                       f"Dejó otro número: {any_mobile('pe')(c, i)}", "Espera permisos del Camino Inca (SERNANP).",
                       "Una pasajera es alérgica a la penicilina; avisar al guía.", "Pagó adelanto por Yape."])


def _from(c, i):
    n = c.r.randint(1, N_PERS)
    return json.dumps([person("pe", PERS, "email")(c, n)])


def _subject_line(c, i):
    return c.r.choice(["Consulta Camino Inca julio", "Re: Cotización Salkantay", "Boletos Machu Picchu",
                       "Confirmación de reserva", "Re: Re: horario de recojo", "Factura electrónica"])


def krayin_tables() -> list[Table]:
    u = lambda f: person("pe", USER, f, 1975, 2002)           # noqa: E731
    p = lambda f: person("pe", PERS, f, 1950, 2006)           # noqa: E731
    return [
        Table(S, "roles", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(40)", "none", lambda c, i: ["Administrator", "Ventas", "Operaciones", "Contabilidad"][i - 1]),
            C("permission_type", "varchar(10)", "none", lambda c, i: "all" if i == 1 else "custom"),
            C("permissions", "json", "none", const('["leads", "contacts", "activities"]')),
        ], rows=N_ROLE),
        Table(S, "users", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(100)", "person_name", u("full")),
            C("email", "varchar(120)", "email", lambda c, i: f"{slug(u('first')(c, i).split()[0])}@ayllutreks.pe"),
            C("password", "varchar(100)", "credentials", lambda c, i: bcrypt(c)),
            C("remember_token", "varchar(100)", "secret_token", maybe(lambda c, i: hexs(c, 60), 0.6)),
            C("api_token", "varchar(80)", "secret_token", maybe(lambda c, i: hexs(c, 64), 0.3)),
            C("status", "boolean", "none", flag(0.9)),
            C("role_id", "integer", "none", fk(N_ROLE, 1)),
            C("view_permission", "varchar(20)", "none", one("global", "group", "individual")),
            C("image", "varchar(200)", "none", maybe(lambda c, i: f"users/{i}/{hexs(c, 12)}.png", 0.4)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_USER, extra=[fkey(S, "users", "role_id", "roles", "id")]),
        Table(S, "organizations", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(120)", "none", lambda c, i: f"{c.r.choice(ORGS)} {c.r.choice(PLACES)}"),
            C("address", "json", "none", _org_address),
            C("ruc", "varchar(11)", "none", lambda c, i: f"20{c.r.randrange(10**8, 10**9)}"),
            C("phone", "varchar(20)", "none", any_landline("pe")),
            C("user_id", "integer", "none", fk(N_USER, 5)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_ORG, extra=[fkey(S, "organizations", "user_id", "users", "id")]),
        Table(S, "persons", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(120)", "person_name", p("full")),
            C("emails", "json", "email", _emails),
            C("contact_numbers", "json", "phone", _numbers),
            C("job_title", "varchar(80)", "none", maybe(one("Directora", "Profesor de turno", "Gerente", "Counter",
                                                            "Coordinadora de promoción"), 0.5)),
            C("dni", "varchar(12)", "national_id", maybe(p("natid"), 0.7),
              comment="needed for Inca Trail and Machu Picchu permits"),
            C("organization_id", "integer", "none", fk(N_ORG, 3, nullable_every=3)),
            C("user_id", "integer", "none", fk(N_USER, 7)),
            C("created_at", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_PERS, extra=[fkey(S, "persons", "organization_id", "organizations", "id"),
                               fkey(S, "persons", "user_id", "users", "id")]),
        Table(S, "lead_sources", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(40)", "none", lambda c, i: ["Email", "Web", "WhatsApp", "Facebook", "Feria", "Referido"][i - 1]),
        ], rows=6),
        Table(S, "leads", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(150)", "none", lambda c, i: f"{c.r.choice(TREKS)} - grupo {c.r.randint(2, 30)} pax"),
            C("description", "text", "free_text_may_contain_pii", _comment),
            C("lead_value", "numeric(12,2)", "none", amounts(180, 24000)),
            C("status", "boolean", "none", maybe(flag(0.6), 0.7)),
            C("lost_reason", "varchar(120)", "none", maybe(one("Precio", "Sin cupos de permiso", "Eligió otra agencia",
                                                               "Viaje cancelado"), 0.25)),
            C("expected_close_date", "date", "none", dates(2024, 2026)),
            C("closed_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.5)),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("person_id", "integer", "none", fk(N_PERS, 7)),
            C("lead_source_id", "integer", "none", fk(6, 5)),
            C("lead_pipeline_stage", "varchar(20)", "none", one("new", "follow-up", "prospect", "negotiation", "won",
                                                                "lost")),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_LEAD, extra=[fkey(S, "leads", "person_id", "persons", "id"), fkey(S, "leads", "user_id", "users", "id"),
                               fkey(S, "leads", "lead_source_id", "lead_sources", "id")]),
        Table(S, "activities", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(150)", "none", one("Llamada de seguimiento", "Reunión en oficina", "Enviar itinerario",
                                                    "Recojo de pasaportes", "Briefing del trek")),
            C("type", "varchar(20)", "none", one("call", "meeting", "note", "task", "lunch")),
            C("comment", "text", "free_text_may_contain_pii", _comment),
            C("location", "varchar(120)", "none", maybe(one("Oficina Calle Plateros", "Hotel del cliente",
                                                            "Plaza de Armas", "Zoom"), 0.5)),
            C("schedule_from", "timestamp", "none", stamps(2024, 2025)),
            C("schedule_to", "timestamp", "none", stamps(2024, 2025)),
            C("is_done", "boolean", "none", flag(0.6)),
            C("user_id", "integer", "none", fk(N_USER, 5)),
            C("lead_id", "integer", "none", fk(N_LEAD, 3)),
        ], rows=150, extra=[fkey(S, "activities", "user_id", "users", "id"),
                            fkey(S, "activities", "lead_id", "leads", "id")]),
        Table(S, "emails", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("subject", "varchar(200)", "none", _subject_line),
            C("source", "varchar(10)", "none", one("email", "web")),
            C("name", "varchar(120)", "person_name", any_name("pe")),
            C("reply", "text", "free_text_may_contain_pii", lambda c, i: c.r.choice([
                "Buenas tardes, adjunto el itinerario. Saludos.",
                f"Estimada {any_name('pe')(c, i)}: confirmamos 4 cupos para el 12 de julio.",
                f"Hola, soy {any_name('pe')(c, i)}, mi celular es {any_mobile('pe')(c, i)}. Gracias."])),
            C("is_read", "boolean", "none", flag(0.8)),
            C("from", "json", "email", _from),
            C("folders", "json", "none", one('["inbox"]', '["sent"]', '["draft"]')),
            C("message_id", "varchar(120)", "none", lambda c, i: f"<{hexs(c, 24)}@mail.gmail.com>"),
            C("person_id", "integer", "none", fk(N_PERS, 11, nullable_every=5)),
            C("lead_id", "integer", "none", fk(N_LEAD, 13, nullable_every=4)),
            C("created_at", "timestamp", "none", stamps(2024, 2025)),
        ], rows=130, extra=[fkey(S, "emails", "person_id", "persons", "id"), fkey(S, "emails", "lead_id", "leads", "id")]),
        Table(S, "products", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("sku", "varchar(20)", "none", lambda c, i: f"AT-{i:04d}"),
            C("name", "varchar(100)", "none", lambda c, i: f"{c.r.choice(TREKS)} ({c.r.choice(['grupal', 'privado'])})"),
            C("description", "text", "none", one("Incluye arriero, cocinero y carpas.", "No incluye bolsa de dormir.",
                                                   "Incluye tren de retorno Expedition.")),
            C("quantity", "integer", "none", ints(0, 500)),
            C("price", "numeric(10,2)", "none", amounts(90, 1900)),
        ], rows=N_PROD),
        Table(S, "quotes", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("subject", "varchar(150)", "none", lambda c, i: f"Cotización {c.r.choice(TREKS)}"),
            C("billing_address", "json", "postal_address", _billing),
            C("discount_percent", "numeric(5,2)", "none", amounts(0, 15)),
            C("tax_amount", "numeric(12,2)", "none", amounts(0, 3000)),
            C("grand_total", "numeric(12,2)", "none", amounts(200, 26000)),
            C("expired_at", "date", "none", dates(2024, 2026)),
            C("person_id", "integer", "none", fk(N_PERS, 9)),
            C("user_id", "integer", "none", fk(N_USER, 2)),
        ], rows=100, extra=[fkey(S, "quotes", "person_id", "persons", "id"), fkey(S, "quotes", "user_id", "users", "id")]),
        Table(S, "quote_items", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("quote_id", "integer", "none", fk(100, 3)),
            C("product_id", "integer", "none", fk(N_PROD, 7)),
            C("quantity", "integer", "none", ints(1, 30)),
            C("price", "numeric(10,2)", "none", amounts(90, 1900)),
        ], rows=150, extra=[fkey(S, "quote_items", "quote_id", "quotes", "id"),
                            fkey(S, "quote_items", "product_id", "products", "id")]),
    ]
