"""w_decidim: Decidim, the participatory-democracy platform (Rails), as a Valencian city council runs it: processes
and proposals in Spanish and Valencian (jsonb by locale), comments, meeting registrations, surveys and DNI
verification of participants. DNI letters are computed with python-stdnum.
"""
from __future__ import annotations

import json

from .blind19_gens import (
    bcrypt, const, fk, fkey, hexstr, integer, ipv4, maybe, num, person, pick, seq, template, ts, wpick,
)
from .gens import Col, Table

S = "w_decidim"
U = "dec_user"
N_USERS, N_PROC, N_COMP, N_PROP, N_MEET, N_SCOPES = 150, 85, 100, 140, 90, 100

BARRIS = ["Russafa", "El Carme", "Benimaclet", "Patraix", "El Cabanyal", "Campanar", "Orriols", "Malilla", "Torrefiel",
          "Natzaret", "La Saïdia", "Algirós", "Benicalap", "Quatre Carreres", "Poblats Marítims", "Jesús"]
PROPOSALS = [("Més carrils bici a {b}", "Más carriles bici en {b}"),
             ("Ombra als parcs infantils de {b}", "Sombra en los parques infantiles de {b}"),
             ("Reobrir el centre de salut de {b} a les vesprades", "Reabrir el centro de salud de {b} por las tardes"),
             ("Zona de baixes emissions també a {b}", "Zona de bajas emisiones también en {b}"),
             ("Horts urbans al solar de {b}", "Huertos urbanos en el solar de {b}"),
             ("Il·luminació del pas subterrani de {b}", "Iluminación del paso subterráneo de {b}")]
PLACES = ["Plaça del Doctor Collado", "Carrer de Sueca", "Jardí del Túria, tram 7", "Avinguda del Port"]
COMMENTS = [
    "Com a votant de Compromís de tota la vida, estic totalment a favor.",
    "Esto es una medida ideológica del gobierno del PP, que no se engañe nadie.",
    "Yo voté a Vox y aun así apoyo esta propuesta, el barrio lo necesita.",
    "Des del PSPV de {b} portem anys demanant-ho.",
    "Soy de izquierdas pero esto es un despilfarro.",
    "Militante de Podemos aquí: hay que votar que sí en masa.",
    "Com a votant del PP trobe que primer cal arreglar les voreres.",
    "Ni PP ni PSOE han hecho nada por {b} en 20 años.",
]
BIOS = ["Veïna de {b}, militant de Compromís.", "Afiliada al PSPV-PSOE i mare de dos xiquets.",
        "Votante del PP de toda la vida, presidente de la falla del barrio.", "Simpatitzant d'Esquerra Unida.",
        "Voluntaria en la Asociación Vecinal de {b}. Simpatizante de Podemos.", "Militant de Vox a {b}.",
        "Exregidor socialista, ara jubilat.", "Activista per la bici i votant verd."]
ANSWERS = ["PP", "PSPV-PSOE", "Compromís", "Vox", "Podem / EUPV", "No vaig votar", "Prefiero no contestar",
           "Compromís", "PP", "PSPV-PSOE"]
MESSAGES = ["Hola {f}, soc {g} de l'AV de {b}. Et puc cridar al {tel}?",
            "Gracias por apoyar la propuesta! Escríbeme a {mail} y lo hablamos.",
            "{f}, la reunió és dijous a les 19h al casal.", "Perfecto, nos vemos allí."]


def _u(field):
    return lambda c, i: person(c, U, i, "es")[field]


def _loc(ca, es):
    return json.dumps({"ca": ca, "es": es, "machine_translations": {}}, ensure_ascii=False)


def _prop_title(c, i):
    ca, es = c.r.choice(PROPOSALS)
    b = c.r.choice(BARRIS)
    return _loc(ca.format(b=b), es.format(b=b))


def _comment(c, i):
    text = c.r.choice(COMMENTS).format(b=c.r.choice(BARRIS))
    return json.dumps({"en": text} if c.r.random() < 0.05 else {"ca" if c.r.random() < .5 else "es": text},
                      ensure_ascii=False)


def _message(c, i):
    p, q = person(c, U, c.r.randint(1, N_USERS), "es"), person(c, U, c.r.randint(1, N_USERS), "es")
    return c.r.choice(MESSAGES).format(f=p["first"], g=q["first"], b=c.r.choice(BARRIS), tel=q["phone"],
                                       mail=q["email"])


def _auth_meta(c, i):
    p = person(c, U, i, "es")
    return json.dumps({"verification_type": "online", "document_type": "DNI", "document_number": p["id"]})


def _extended(c, i):
    if i % 15 == 0:
        return json.dumps({"phone": f"96 3{c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}",
                           "document_number": f"G46{c.r.randint(100000, 999999)}",
                           "verified_at": "2024-03-01T10:00:00Z"})
    return json.dumps({"interested_scopes": [c.r.randint(1, 20)], "gender": None})


def tables() -> list[Table]:
    org = Table(S, "decidim_organizations", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("name", "varchar", "none", pick("Decidim València", "Decidim València (proves)")),
        Col("host", "varchar", "none", lambda c, i: ["decidim.valencia.es", "staging.decidim.valencia.es"][i - 1]),
        Col("default_locale", "varchar", "none", const("ca")),
        Col("available_locales", "varchar[]", "none", const("{ca,es,en}")),
        Col("reference_prefix", "varchar", "none", const("VLC")),
        Col("twitter_handler", "varchar", "none", const("ajuntamentvlc")),
        Col("time_zone", "varchar", "none", const("Madrid")),
        Col("smtp_settings", "jsonb", "credentials", lambda c, i: json.dumps(
            {"from": "participacio@valencia.es", "user_name": "decidim-smtp", "encrypted_password":
             hexstr(64)(c, i) + "--" + hexstr(24)(c, i), "address": "smtp.valencia.es", "port": "587"})),
        Col("omniauth_settings", "jsonb", "secret_token", lambda c, i: json.dumps(
            {"omniauth_settings_google_oauth2_enabled": True, "omniauth_settings_google_oauth2_client_id":
             f"{c.r.randint(10**11, 10**12)}-{hexstr(32)(c, i)}.apps.googleusercontent.com",
             "omniauth_settings_google_oauth2_client_secret": hexstr(48)(c, i)})),
        Col("created_at", "timestamp", "none", ts(2019, 2019)),
    ], rows=2)
    scopes = Table(S, "decidim_scopes", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("name", "jsonb", "none", lambda c, i: _loc(BARRIS[i % len(BARRIS)], BARRIS[i % len(BARRIS)])),
        Col("decidim_organization_id", "bigint", "none", const(1)),
        Col("code", "varchar", "none", lambda c, i: f"VLC-{i:03d}"),
        Col("parent_id", "bigint", "none", lambda c, i: None if i <= 19 else (i % 19) + 1),
        Col("created_at", "timestamp", "none", ts(2019, 2020)),
    ], rows=N_SCOPES, extra=[fkey(S, "decidim_scopes", "decidim_organization_id", "decidim_organizations")])
    users = Table(S, "decidim_users", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("email", "varchar", "email", lambda c, i: person(c, U, i, "es")["email"] if i % 15 else
            f"info@av{c.r.choice(BARRIS).lower().replace(' ', '').replace('ï', 'i')}.org"),
        Col("encrypted_password", "varchar", "credentials", bcrypt("$2a$11$")),
        Col("reset_password_token", "varchar", "secret_token", maybe(0.1, hexstr(64))),
        Col("reset_password_sent_at", "timestamp", "none", maybe(0.1, ts(2024, 2025))),
        Col("remember_created_at", "timestamp", "none", maybe(0.3, ts(2024, 2025))),
        Col("sign_in_count", "integer", "none", integer(0, 140)),
        Col("current_sign_in_at", "timestamp", "none", ts(2024, 2025)),
        Col("current_sign_in_ip", "inet", "ip_address", ipv4),
        Col("last_sign_in_ip", "inet", "ip_address", ipv4),
        Col("created_at", "timestamp", "none", ts(2019, 2025)),
        Col("invitation_token", "varchar", "secret_token", maybe(0.05, hexstr(64))),
        Col("decidim_organization_id", "bigint", "none", const(1)),
        Col("admin", "boolean", "none", lambda c, i: i <= 4),
        Col("confirmation_token", "varchar", "secret_token", maybe(0.15, lambda c, i: "".join(
            c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789-_") for _ in range(20)))),
        Col("confirmed_at", "timestamp", "none", maybe(0.85, ts(2019, 2025))),
        Col("name", "varchar", "person_name", lambda c, i: (f"{_u('first')(c, i)} {_u('last')(c, i)}" if i % 15 else
            f"Associació Veïnal de {c.r.choice(BARRIS)}")),
        Col("nickname", "varchar(20)", "none", lambda c, i: _u("user")(c, i)[:20].replace(".", "_")),
        Col("locale", "varchar", "none", wpick([("ca", 5), ("es", 5), ("en", 1)])),
        Col("about", "text", "political_opinion", maybe(0.4, template(BIOS, b=BARRIS))),
        Col("deleted_at", "timestamp", "none", maybe(0.03, ts(2024, 2025))),
        Col("delete_reason", "text", "none", const(None)),
        Col("newsletter_notifications_at", "timestamp", "none", maybe(0.4, ts(2020, 2025))),
        Col("type", "varchar", "none", lambda c, i: "Decidim::User" if i % 15 else "Decidim::UserGroup"),
        Col("personal_url", "varchar", "none", maybe(0.1, pick("https://www.instagram.com/", "https://avrussafa.org"))),
        Col("extended_data", "jsonb", "none", _extended),
        Col("following_count", "integer", "none", integer(0, 40)),
        Col("notifications_sending_frequency", "varchar", "none", pick("real_time", "daily", "weekly", "none")),
        Col("session_token", "varchar", "secret_token", maybe(0.5, hexstr(32))),
        Col("blocked", "boolean", "none", wpick([(False, 40), (True, 1)])),
        Col("tos_agreement", "boolean", "none", const(True)),
    ], rows=N_USERS, extra=[fkey(S, "decidim_users", "decidim_organization_id", "decidim_organizations")])
    auth = Table(S, "decidim_authorizations", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("name", "varchar", "none", const("id_documents")),
        Col("metadata", "jsonb", "national_id", maybe(0.85, _auth_meta)),
        Col("decidim_user_id", "bigint", "none", seq),
        Col("unique_id", "varchar", "national_id", _u("id")),
        Col("granted_at", "timestamp", "none", maybe(0.85, ts(2020, 2025))),
        Col("verification_metadata", "jsonb", "national_id", maybe(0.15, _auth_meta)),
        Col("verification_attachment", "varchar", "none", maybe(0.15, lambda c, i: f"dni_{hexstr(10)(c, i)}.jpg")),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
    ], rows=110, extra=[fkey(S, "decidim_authorizations", "decidim_user_id", "decidim_users")])
    procs = Table(S, "decidim_participatory_processes", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("slug", "varchar", "none", lambda c, i: f"pressupostos-{2016 + i % 9}-{i}"),
        Col("hashtag", "varchar", "none", maybe(0.5, pick("DecidimVLC", "PressupostosParticipatius", "ViuElBarri"))),
        Col("decidim_organization_id", "bigint", "none", const(1)),
        Col("title", "jsonb", "none", lambda c, i: _loc(f"Pressupostos participatius {2016 + i % 9}",
                                                        f"Presupuestos participativos {2016 + i % 9}")),
        Col("description", "jsonb", "none", lambda c, i: _loc("<p>Decidix en què s'inverteixen 30 milions.</p>",
                                                              "<p>Decide en qué se invierten 30 millones.</p>")),
        Col("start_date", "date", "none", ts(2016, 2025, True)),
        Col("end_date", "date", "none", ts(2016, 2025, True)),
        Col("published_at", "timestamp", "none", maybe(0.9, ts(2016, 2025))),
        Col("decidim_scope_id", "bigint", "none", maybe(0.5, fk(19))),
        Col("promoted", "boolean", "none", pick(True, False)),
        Col("developer_group", "jsonb", "none", lambda c, i: _loc("Regidoria de Participació", "Concejalía de "
                                                                  "Participación")),
    ], rows=N_PROC, extra=[fkey(S, "decidim_participatory_processes", "decidim_scope_id", "decidim_scopes")])
    comps = Table(S, "decidim_components", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("manifest_name", "varchar", "none", pick("proposals", "meetings", "surveys", "budgets", "pages")),
        Col("name", "jsonb", "none", lambda c, i: _loc("Propostes", "Propuestas")),
        Col("participatory_space_id", "bigint", "none", fk(N_PROC)),
        Col("participatory_space_type", "varchar", "none", const("Decidim::ParticipatoryProcess")),
        Col("settings", "jsonb", "none", const('{"global": {"vote_limit": 10, "comments_enabled": true}}')),
        Col("weight", "integer", "none", integer(0, 5)),
        Col("published_at", "timestamp", "none", maybe(0.9, ts(2016, 2025))),
    ], rows=N_COMP)
    props = Table(S, "decidim_proposals_proposals", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("title", "jsonb", "none", _prop_title),
        Col("body", "jsonb", "none", lambda c, i: _loc("<p>Proposem actuar abans de l'estiu.</p>",
                                                       "<p>Proponemos actuar antes del verano.</p>")),
        Col("decidim_component_id", "bigint", "none", fk(N_COMP)),
        Col("decidim_scope_id", "bigint", "none", maybe(0.8, fk(N_SCOPES))),
        Col("address", "text", "none", maybe(0.5, lambda c, i: c.r.choice(PLACES) + ", València")),
        Col("latitude", "double precision", "none", maybe(0.5, num(39.43, 39.50, 6))),
        Col("longitude", "double precision", "none", maybe(0.5, num(-0.40, -0.32, 6))),
        Col("state", "varchar", "none", pick("evaluating", "accepted", "rejected", "withdrawn", None)),
        Col("answer", "jsonb", "none", maybe(0.4, lambda c, i: _loc("Es valorarà tècnicament.",
                                                                   "Se valorará técnicamente."))),
        Col("reference", "varchar", "none", lambda c, i: f"VLC-PROP-{2020 + i % 6}-{c.r.randint(1, 12):02d}-{i}"),
        Col("published_at", "timestamp", "none", maybe(0.95, ts(2019, 2025))),
        Col("proposal_votes_count", "integer", "none", integer(0, 800)),
        Col("comments_count", "integer", "none", integer(0, 60)),
        Col("cost", "numeric", "none", maybe(0.3, integer(5000, 900000))),
    ], rows=N_PROP, extra=[fkey(S, "decidim_proposals_proposals", "decidim_component_id", "decidim_components")])
    coauth = Table(S, "decidim_coauthorships", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("decidim_author_id", "bigint", "none", fk(N_USERS)),
        Col("decidim_user_group_id", "bigint", "none", maybe(0.1, lambda c, i: 15 * c.r.randint(1, 10))),
        Col("coauthorable_type", "varchar", "none", const("Decidim::Proposals::Proposal")),
        Col("coauthorable_id", "bigint", "none", lambda c, i: (i - 1) % N_PROP + 1),
        Col("decidim_author_type", "varchar", "none", const("Decidim::UserBaseEntity")),
    ], rows=150, extra=[fkey(S, "decidim_coauthorships", "decidim_author_id", "decidim_users")])
    votes = Table(S, "decidim_proposals_proposal_votes", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("decidim_proposal_id", "bigint", "none", fk(N_PROP)),
        Col("decidim_author_id", "bigint", "none", fk(N_USERS)),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
        Col("temporary", "boolean", "none", wpick([(False, 9), (True, 1)])),
    ], rows=150, extra=[fkey(S, "decidim_proposals_proposal_votes", "decidim_proposal_id",
                             "decidim_proposals_proposals"),
                        fkey(S, "decidim_proposals_proposal_votes", "decidim_author_id", "decidim_users")])
    comments = Table(S, "decidim_comments_comments", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("decidim_commentable_type", "varchar", "none", const("Decidim::Proposals::Proposal")),
        Col("decidim_commentable_id", "bigint", "none", fk(N_PROP)),
        Col("decidim_author_id", "bigint", "none", fk(N_USERS)),
        Col("body", "jsonb", "political_opinion", _comment),
        Col("depth", "integer", "none", pick(0, 0, 1, 2)),
        Col("alignment", "integer", "none", pick(-1, 0, 1)),
        Col("decidim_root_commentable_id", "bigint", "none", fk(N_PROP)),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
        Col("deleted_at", "timestamp", "none", maybe(0.02, ts(2024, 2025))),
    ], rows=150, extra=[fkey(S, "decidim_comments_comments", "decidim_author_id", "decidim_users")])
    meetings = Table(S, "decidim_meetings_meetings", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("title", "jsonb", "none", lambda c, i: _loc(f"Assemblea de barri: {c.r.choice(BARRIS)}",
                                                        "Asamblea de barrio")),
        Col("start_time", "timestamp", "none", ts(2020, 2025)),
        Col("address", "text", "none", lambda c, i: f"Centre Municipal de Joventut {c.r.choice(BARRIS)}, València"),
        Col("location_hints", "jsonb", "none", const('{"ca": "Sala 2, primer pis"}')),
        Col("decidim_component_id", "bigint", "none", fk(N_COMP)),
        Col("latitude", "double precision", "none", num(39.43, 39.50, 6)),
        Col("longitude", "double precision", "none", num(-0.40, -0.32, 6)),
        Col("registrations_enabled", "boolean", "none", pick(True, False)),
        Col("available_slots", "integer", "none", pick(0, 30, 50, 100)),
        Col("type_of_meeting", "varchar", "none", pick("in_person", "online", "hybrid")),
        Col("online_meeting_url", "varchar", "none", maybe(
            0.3, lambda c, i: f"https://meet.jit.si/vlc-{hexstr(8)(c, i)}")),
    ], rows=N_MEET, extra=[fkey(S, "decidim_meetings_meetings", "decidim_component_id", "decidim_components")])
    regs = Table(S, "decidim_meetings_registrations", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("decidim_user_id", "bigint", "none", fk(N_USERS)),
        Col("decidim_meeting_id", "bigint", "none", fk(N_MEET)),
        Col("code", "varchar", "none", lambda c, i: "".join(c.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                            for _ in range(8))),
        Col("validated_at", "timestamp", "none", maybe(0.4, ts(2020, 2025))),
        Col("public_participation", "boolean", "none", pick(True, False)),
        Col("created_at", "timestamp", "none", ts(2020, 2025)),
    ], rows=130, extra=[fkey(S, "decidim_meetings_registrations", "decidim_meeting_id", "decidim_meetings_meetings")])
    answers = Table(S, "decidim_forms_answers", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("body", "text", "political_opinion", pick(*ANSWERS)),
        Col("decidim_user_id", "bigint", "none", maybe(0.7, fk(N_USERS))),
        Col("decidim_questionnaire_id", "bigint", "none", const(3)),
        Col("decidim_question_id", "bigint", "none", const(17)),
        Col("session_token", "varchar", "none", hexstr(32)),
        Col("ip_hash", "varchar", "none", hexstr(64)),
        Col("created_at", "timestamp", "none", ts(2023, 2023)),
    ], rows=140, comment=None)
    msgs = Table(S, "decidim_messaging_messages", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("decidim_conversation_id", "bigint", "none", integer(1, 60)),
        Col("decidim_sender_id", "bigint", "none", fk(N_USERS)),
        Col("body", "jsonb", "free_text_may_contain_pii", lambda c, i: json.dumps({"ca": _message(c, i)},
                                                                                 ensure_ascii=False)),
        Col("created_at", "timestamp", "none", ts(2022, 2025)),
    ], rows=100, extra=[fkey(S, "decidim_messaging_messages", "decidim_sender_id", "decidim_users")])
    logs = Table(S, "decidim_action_logs", [
        Col("id", "bigint PRIMARY KEY", "none", seq),
        Col("decidim_organization_id", "bigint", "none", const(1)),
        Col("decidim_user_id", "bigint", "none", fk(4)),
        Col("resource_type", "varchar", "none", pick("Decidim::Proposals::Proposal", "Decidim::User",
                                                    "Decidim::Meetings::Meeting")),
        Col("resource_id", "bigint", "none", integer(1, 140)),
        Col("action", "varchar", "none", pick("update", "answer", "publish", "block", "show_email")),
        Col("extra", "jsonb", "none", const('{"component": null, "participatory_space": {"title": {"ca": "PP"}}}')),
        Col("visibility", "varchar", "none", pick("admin-only", "all", "private-only")),
        Col("created_at", "timestamp", "none", ts(2024, 2025)),
    ], rows=150, extra=[fkey(S, "decidim_action_logs", "decidim_user_id", "decidim_users")])
    return [org, scopes, users, auth, procs, comps, props, coauth, votes, comments, meetings, regs, answers, msgs,
            logs]


decidim_tables = tables
