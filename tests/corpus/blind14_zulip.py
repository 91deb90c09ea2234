"""q_zulip: a self-hosted Zulip 8 server shared by Brazilian university research groups (data science, public
health, ecology), with Zulip's Django tables (zerver_ prefix): realms, user profiles, custom profile fields and their
values, recipients, streams, messages in Portuguese, attachments, presence and Django sessions."""
from __future__ import annotations

import base64
import json

from .blind14_gens import (BR_F, BR_LAST, BR_M, Rec, alnum, boolean, br_person, const, digits, fk, hexs, integer,
                           maybe, one, pbkdf2, pk, ref, ts, uuid4, when)
from .gens import Col, Table

S = "q_zulip"
N_REALM, N_USER, N_FIELD, N_RECIP, N_STREAM = 4, 150, 8, 150, 90
REALMS = (("lade", "LADE - Laboratório de Dados Educacionais"), ("saudecoletiva", "Grupo de Saúde Coletiva e Epidemiologia"),
          ("ecolab", "EcoLab Mata Atlântica"), ("nlp-br", "Rede NLP-BR"))
HOST = "chat.redepesquisa.org.br"


def realms() -> Table:
    return Table(S, "zerver_realm", [
        pk("id", "integer"),
        Col("name", "varchar(40)", "none", lambda c, i: REALMS[i - 1][1][:40]),
        Col("description", "text", "none", lambda c, i: f"Espaço de conversa do {REALMS[i - 1][1]}."),
        Col("string_id", "varchar(40)", "none", lambda c, i: REALMS[i - 1][0]),
        Col("date_created", "timestamptz", "none", ts(2019, 2022)),
        Col("deactivated", "boolean", "none", const(False)),
        Col("emails_restricted_to_domains", "boolean", "none", boolean(0.5)),
        Col("invite_required", "boolean", "none", const(True)),
        Col("org_type", "smallint", "none", const(30)),
        Col("default_language", "varchar(50)", "none", const("pt-BR")),
        Col("message_retention_days", "integer", "none", const(-1)),
        Col("upload_quota_gb", "integer", "none", const(None)),
        Col("plan_type", "smallint", "none", const(1)),
        Col("want_advertise_in_communities_directory", "boolean", "none", const(False)),
    ], rows=N_REALM)


def _user(c, i):
    p = br_person(c)
    bot = c.r.random() < 0.05
    realm = c.r.randint(1, N_REALM)
    if bot:
        name = c.r.choice(("GitHub Bot", "Notificações CAPES", "Lembrete Reunião", "Jupyter Bot"))
        delivery = f"{name.split()[0].lower()}-bot@{HOST}"
        return {"bot": True, "full": name, "delivery": delivery, "email": delivery, "pw": None, "realm": realm,
                "bot_type": 1, "owner": c.r.randint(1, 20)}
    visible = c.r.random() < 0.5
    return {"bot": False, "full": p["full"], "delivery": p["email"], "realm": realm, "bot_type": None, "owner": None,
            "email": p["email"] if visible else f"user{i}@{HOST}", "pw": pbkdf2(c) if c.r.random() < 0.9 else "!",
            "vis": 1 if visible else 5}


def users() -> Table:
    r = Rec(_user)
    return Table(S, "zerver_userprofile", [
        pk("id", "integer"),
        Col("password", "varchar(128)", "credentials", r.f("pw")),
        Col("last_login", "timestamptz", "none", ts(2024, 2026, 0.05)),
        Col("is_superuser", "boolean", "none", const(False)),
        Col("email", "varchar(254)", "email", r.f("email")),
        Col("delivery_email", "varchar(254)", "email", r.f("delivery")),
        Col("full_name", "varchar(100)", "person_name", r.f("full")),
        Col("date_joined", "timestamptz", "none", ts(2019, 2026)),
        Col("is_active", "boolean", "none", boolean(0.92)),
        Col("is_bot", "boolean", "none", r.f("bot")),
        Col("bot_type", "smallint", "none", r.f("bot_type")),
        Col("bot_owner_id", "integer", "none", r.f("owner")),
        Col("realm_id", "integer", "none", r.f("realm")),
        Col("api_key", "varchar(32)", "secret_token", lambda c, i: alnum(c, 32)),
        Col("timezone", "varchar(40)", "none", one("America/Sao_Paulo", "America/Sao_Paulo", "America/Recife",
                                                   "America/Manaus", "", "Europe/Lisbon")),
        Col("default_language", "varchar(50)", "none", one("pt-br", "pt-br", "pt-br", "en")),
        Col("tos_version", "varchar(10)", "none", one("-1", "1.0", "2.0")),
        Col("avatar_source", "varchar(1)", "none", one("G", "G", "U")),
        Col("avatar_version", "smallint", "none", integer(1, 4)),
        Col("avatar_hash", "varchar(64)", "none", maybe(0.2, lambda c, i: hexs(c, 40))),
        Col("role", "smallint", "none", one(400, 400, 400, 300, 200, 100, 600)),
        Col("enter_sends", "boolean", "none", boolean(0.6)),
        Col("twenty_four_hour_time", "boolean", "none", boolean(0.8)),
        Col("is_mirror_dummy", "boolean", "none", const(False)),
        Col("last_active_message_id", "integer", "none", integer(1, 150)),
        Col("uuid", "uuid", "none", lambda c, i: uuid4(c)),
        Col("email_address_visibility", "smallint", "none", lambda c, i: 1 if r.f("bot")(c, i) else r.f("vis")(c, i)),
        Col("recipient_id", "integer", "none", lambda c, i: i),
    ], rows=N_USER, extra=[fk(S, "zerver_userprofile", "realm_id", "zerver_realm"),
                           fk(S, "zerver_userprofile", "bot_owner_id", "zerver_userprofile"),
                           fk(S, "zerver_userprofile", "recipient_id", "zerver_recipient")])


FIELDS = (("Telefone", 1, "Celular com DDD"), ("Aniversário", 4, ""), ("Pronomes", 8, "ex.: ela/dela"),
          ("Currículo Lattes", 5, "Link para o Lattes"), ("GitHub", 7, ""), ("Instituição", 3, ""),
          ("Área de pesquisa", 2, "Resumo curto"), ("ORCID", 1, "0000-0000-0000-0000"))


def profile_fields() -> Table:
    return Table(S, "zerver_customprofilefield", [
        pk("id", "integer"),
        Col("realm_id", "integer", "none", lambda c, i: 1 + (i - 1) % N_REALM),
        Col("name", "varchar(40)", "none", lambda c, i: FIELDS[i - 1][0]),
        Col("field_type", "smallint", "none", lambda c, i: FIELDS[i - 1][1]),
        Col("hint", "varchar(80)", "none", lambda c, i: FIELDS[i - 1][2]),
        Col("field_data", "text", "none", lambda c, i: json.dumps(
            {"1": {"text": "USP", "order": "1"}, "2": {"text": "UFMG", "order": "2"}}) if FIELDS[i - 1][1] == 3 else ""),
        Col("order", "integer", "none", lambda c, i: i),
        Col("display_in_profile_summary", "boolean", "none", lambda c, i: i in (1, 3)),
        Col("required", "boolean", "none", const(False)),
    ], rows=N_FIELD, extra=[fk(S, "zerver_customprofilefield", "realm_id", "zerver_realm")])


AREAS = ("Evasão no ensino superior e aprendizado de máquina", "Vigilância epidemiológica de arboviroses",
         "Ecologia de polinizadores na Mata Atlântica", "Modelos de linguagem para o português",
         "Desigualdade racial no acesso à saúde", "Análise de redes sociais")


def _cpfv(c, i):
    p = br_person(c)
    field = c.r.randint(1, N_FIELD)
    value = {1: p["phone"], 2: p["birth"].isoformat(), 3: c.r.choice(("ela/dela", "ele/dele", "elu/delu")),
             4: f"http://lattes.cnpq.br/{digits(c, 16)}",
             5: (p["first"].split()[0] + p["last"]).lower().replace("ã", "a").replace("é", "e").replace("í", "i"),
             6: str(c.r.randint(1, 2)), 7: c.r.choice(AREAS), 8: f"0000-000{c.r.randint(1, 3)}-{digits(c, 4)}-{digits(c, 3)}X"}[field]
    return {"field": field, "value": value, "rendered": f"<p>{value}</p>" if field == 7 else None}


def profile_values() -> Table:
    r = Rec(_cpfv)
    return Table(S, "zerver_customprofilefieldvalue", [
        pk("id", "integer"),
        Col("user_profile_id", "integer", "none", ref(N_USER)),
        Col("field_id", "integer", "none", r.f("field")),
        Col("value", "text", "free_text_may_contain_pii", r.f("value")),
        Col("rendered_value", "text", "none", r.f("rendered")),
    ], rows=150, extra=[fk(S, "zerver_customprofilefieldvalue", "user_profile_id", "zerver_userprofile"),
                        fk(S, "zerver_customprofilefieldvalue", "field_id", "zerver_customprofilefield")])


def recipients() -> Table:
    return Table(S, "zerver_recipient", [
        pk("id", "integer"),
        Col("type_id", "integer", "none", lambda c, i: i if i <= N_STREAM else i - N_STREAM),
        Col("type", "smallint", "none", lambda c, i: 2 if i <= N_STREAM else 1),
    ], rows=N_RECIP)


STREAMS = ("geral", "avisos", "artigos", "seminários", "servidor-gpu", "dados-inep", "dados-sinan", "campo-2025",
           "bolsas", "defesas", "python", "R", "leituras", "off-topic", "editais", "qualis", "infra", "ética-CEP")


def streams() -> Table:
    return Table(S, "zerver_stream", [
        pk("id", "integer"),
        Col("name", "varchar(60)", "none", lambda c, i: f"{STREAMS[(i - 1) % len(STREAMS)]}" + ("" if i <= len(STREAMS) else f"-{i}")),
        Col("realm_id", "integer", "none", lambda c, i: 1 + (i - 1) % N_REALM),
        Col("invite_only", "boolean", "none", boolean(0.3)),
        Col("description", "varchar(1024)", "none", one("Avisos gerais do grupo", "Discussão de artigos",
                                                       "Uso do servidor de GPU", "Dúvidas de código", "")),
        Col("rendered_description", "text", "none", const("")),
        Col("date_created", "timestamptz", "none", ts(2019, 2026)),
        Col("deactivated", "boolean", "none", boolean(0.05)),
        Col("email_token", "varchar(32)", "secret_token", lambda c, i: hexs(c, 32)),
        Col("is_web_public", "boolean", "none", const(False)),
        Col("history_public_to_subscribers", "boolean", "none", const(True)),
        Col("message_retention_days", "integer", "none", const(None)),
        Col("recipient_id", "integer", "none", lambda c, i: i),
        Col("first_message_id", "integer", "none", integer(1, 150)),
        Col("stream_post_policy", "smallint", "none", one(1, 1, 1, 2)),
        Col("is_in_zephyr_realm", "boolean", "none", const(False)),
        Col("can_remove_subscribers_group_id", "integer", "none", one(11, 12, 13)),
    ], rows=N_STREAM, extra=[fk(S, "zerver_stream", "realm_id", "zerver_realm"),
                             fk(S, "zerver_stream", "recipient_id", "zerver_recipient")])


TOPICS = ("reunião semanal", "defesa de mestrado", "artigo SBBD 2025", "servidor GPU fora do ar", "bolsas CAPES",
          "coleta de campo", "pré-processamento", "submissão revista", "qualificação", "dúvida pandas", "CEP parecer")


def _msg(c, i):
    p = br_person(c)
    other = f"{c.r.choice(BR_M + BR_F)} {c.r.choice(BR_LAST)}"
    text = c.r.choice((
        f"@**{other}** consegue revisar o PR até sexta?", f"Pessoal, a defesa da {p['full']} é dia {c.r.randint(1, 28)}/0{c.r.randint(1, 9)} às 14h na sala 201.",
        f"Meu celular novo: {p['phone']}, me chama no WhatsApp se precisar.", "Alguém sabe por que o job travou na GPU 2?",
        "Segue o link do dataset tratado: https://drive.google.com/drive/folders/1aB2cD", "Reunião adiada para quinta, 10h.",
        f"Pode mandar o TCLE assinado para {p['email']}?", f"Parabéns @**{other}** pela aprovação do artigo! :tada:",
        "Os microdados do ENEM 2023 já estão no servidor em /dados/inep.", "bom dia! alguém vai no congresso em Recife?",
    ))
    html = "<p>" + text.replace("@**", '<span class="user-mention">@').replace("**", "</span>") + "</p>"
    return {"text": text, "html": html,
            "topic": c.r.choice(TOPICS), "link": "https://" in text, "edited": c.r.random() < 0.15}


def messages() -> Table:
    r = Rec(_msg)
    return Table(S, "zerver_message", [
        pk("id", "integer"),
        Col("sender_id", "integer", "none", ref(N_USER)),
        Col("recipient_id", "integer", "none", ref(N_RECIP)),
        Col("subject", "varchar(60)", "none", r.f("topic")),
        Col("content", "text", "free_text_may_contain_pii", r.f("text")),
        Col("rendered_content", "text", "free_text_may_contain_pii", r.f("html")),
        Col("rendered_content_version", "integer", "none", const(1)),
        Col("date_sent", "timestamptz", "none", ts(2023, 2026)),
        Col("sending_client_id", "integer", "none", one(1, 2, 2, 5)),
        Col("last_edit_time", "timestamptz", "none", lambda c, i: when(c, 2024, 2026) if r.f("edited")(c, i) else None),
        Col("edit_history", "text", "none", lambda c, i: json.dumps([{"timestamp": c.r.randint(1700000000, 1760000000),
                                                                      "user_id": c.r.randint(1, N_USER)}])
            if r.f("edited")(c, i) else None),
        Col("has_attachment", "boolean", "none", boolean(0.1)),
        Col("has_image", "boolean", "none", boolean(0.05)),
        Col("has_link", "boolean", "none", r.f("link")),
        Col("realm_id", "integer", "none", ref(N_REALM)),
        Col("type", "smallint", "none", const(1)),
    ], rows=150, extra=[fk(S, "zerver_message", "sender_id", "zerver_userprofile"),
                        fk(S, "zerver_message", "recipient_id", "zerver_recipient"),
                        fk(S, "zerver_message", "realm_id", "zerver_realm")])


FILES = ("dados_coleta_2024.csv", "slides_seminario.pdf", "resultado_modelo.png", "parecer_CEP.pdf", "rascunho_artigo.docx",
         "grafico_evasao.svg", "notebook_limpeza.ipynb", "cronograma.xlsx", "foto_campo_001.jpg", "Captura de tela.png")


def _att(c, i):
    name = c.r.choice(FILES)
    ctype = {"csv": "text/csv", "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "svg": "image/svg+xml",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "ipynb": "application/x-ipynb+json"}[name.rsplit(".", 1)[1]]
    return {"name": name, "ctype": ctype,
            "path": f"{c.r.randint(1, 4)}/{alnum(c, 2).lower()}/{alnum(c, 24)}/{name.replace(' ', '_')}"}


def attachments() -> Table:
    r = Rec(_att)
    return Table(S, "zerver_attachment", [
        pk("id", "integer"),
        Col("file_name", "text", "none", r.f("name")),
        Col("path_id", "text", "none", r.f("path")),
        Col("create_time", "timestamptz", "none", ts(2023, 2026)),
        Col("owner_id", "integer", "none", ref(N_USER)),
        Col("is_realm_public", "boolean", "none", boolean(0.7)),
        Col("realm_id", "integer", "none", ref(N_REALM)),
        Col("size", "integer", "none", integer(2000, 25000000)),
        Col("is_web_public", "boolean", "none", const(False)),
        Col("content_type", "text", "none", r.f("ctype")),
    ], rows=120, extra=[fk(S, "zerver_attachment", "owner_id", "zerver_userprofile"),
                        fk(S, "zerver_attachment", "realm_id", "zerver_realm")])


def presence() -> Table:
    return Table(S, "zerver_userpresence", [
        pk("id", "integer"),
        Col("user_profile_id", "integer UNIQUE", "none", lambda c, i: i),
        Col("last_connected_time", "timestamptz", "none", ts(2025, 2026)),
        Col("last_active_time", "timestamptz", "none", ts(2025, 2026)),
        Col("realm_id", "integer", "none", ref(N_REALM)),
    ], rows=140, extra=[fk(S, "zerver_userpresence", "user_profile_id", "zerver_userprofile"),
                        fk(S, "zerver_userpresence", "realm_id", "zerver_realm")])


def sessions() -> Table:
    def data(c, i):
        body = json.dumps({"_auth_user_id": str(c.r.randint(1, N_USER)),
                           "_auth_user_backend": "zproject.backends.EmailAuthBackend", "_auth_user_hash": hexs(c, 40)})
        return base64.b64encode(f"{hexs(c, 40)}:{body}".encode()).decode()
    return Table(S, "django_session", [
        Col("session_key", "varchar(40) PRIMARY KEY", "secret_token", lambda c, i: alnum(c, 32).lower()),
        Col("session_data", "text", "none", data),
        Col("expire_date", "timestamptz", "none", ts(2026, 2027)),
    ], rows=150)


def zulip_tables() -> list[Table]:
    return [realms(), recipients(), users(), profile_fields(), profile_values(), streams(), messages(), attachments(),
            presence(), sessions()]
