"""ap_chamilo: Chamilo LMS 1.11 (user, course, track_e_* and extra-field tables) as recalled from memory, run by a
vocational training centre in São Tomé for its evening courses. The extra field "bi" holds identity-card numbers."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, public_ip,
                           seq, sha1, stamps)
from .blind40_gens import person
from .gens import Table

S = "ap_chamilo"
USR = "ch.user"
N_USER, N_COURSE = 150, 20
COURSES = ["Informática na Óptica do Utilizador", "Contabilidade Básica", "Turismo e Hotelaria", "Inglês Nível 1",
           "Inglês Nível 2", "Electricidade Predial", "Agro-processamento do Cacau", "Gestão de Pequenos Negócios",
           "Português Técnico", "Canalização", "Cozinha e Pastelaria", "Mecânica de Motos", "Costura",
           "Secretariado", "Pesca Artesanal Segura", "Eco-guias do Obô", "Excel Avançado", "Redes e Cablagem",
           "Marketing Digital", "Primeiros Socorros"]


def u(f):
    return person("st", USR, f, 1975, 2007)


def _message(c, i):
    return c.r.choice([
        "Bom dia professor, não vou poder ir à aula de amanhã.",
        f"Olá, o meu novo número é {u('mobile')(c, i)}. Obrigado.",
        "Quando sai a nota do exame?",
        f"Professora {u('first')(c, c.r.randint(1, 20))}, enviei o trabalho pelo email {u('email')(c, i)}.",
        "Segue em anexo o certificado.", "A sala 3 está sem luz."])


def chamilo_tables() -> list[Table]:
    return [
        Table(S, "access_url", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("url", "varchar(255)", "none", lambda c, i: ["https://formar.cfp.st/", "https://principe.cfp.st/"][i - 1]),
            C("description", "text", "none", one("Campus São Tomé", "Polo do Príncipe")),
            C("active", "integer", "none", const(1)),
            C("created_by", "integer", "none", const(1)),
            C("tms", "timestamp", "none", stamps(2019, 2020)),
        ], rows=2),
        Table(S, "user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", seq()),
            C("lastname", "varchar(60)", "person_name", u("last")),
            C("firstname", "varchar(60)", "person_name", u("first")),
            C("username", "varchar(100)", "none", u("user")),
            C("username_canonical", "varchar(100)", "none", u("user")),
            C("password", "varchar(255)", "credentials", lambda c, i: "$2y$04$" + b64(c, 40)[:53]),
            C("salt", "varchar(255)", "none", lambda c, i: hexs(c, 31)),
            C("auth_source", "varchar(50)", "none", const("platform")),
            C("email", "varchar(100)", "email", maybe(u("email"), 0.85)),
            C("email_canonical", "varchar(100)", "email", maybe(u("email"), 0.85)),
            C("status", "integer", "none", lambda c, i: 1 if i <= 20 else 5),
            C("official_code", "varchar(40)", "none", lambda c, i: f"CFP{2019 + i % 6}-{i:04d}"),
            C("phone", "varchar(30)", "phone", maybe(u("mobile"), 0.9)),
            C("picture_uri", "varchar(250)", "none", maybe(lambda c, i: f"{i}_{hexs(c, 13)}.jpg", 0.3)),
            C("creator_id", "integer", "none", const(1)),
            C("competences", "text", "none", maybe(one("Word, Excel", "Condução de motorizada", "Cozinha"), 0.3)),
            C("diplomas", "text", "none", maybe(one("12.º ano", "9.º ano", "Licenciatura em Gestão"), 0.5)),
            C("openarea", "text", "none", const(None)),
            C("teach", "text", "none", const(None)),
            C("productions", "varchar(250)", "none", const(None)),
            C("language", "varchar(40)", "none", one("portuguese", "portuguese", "french", "english")),
            C("registration_date", "timestamp", "none", stamps(2019, 2025)),
            C("expiration_date", "timestamp", "none", maybe(stamps(2025, 2027), 0.3)),
            C("active", "boolean", "none", flag(0.9)),
            C("hr_dept_id", "integer", "none", const(0)),
            C("last_login", "timestamp", "none", maybe(stamps(2024, 2025), 0.8)),
            C("address", "varchar(250)", "postal_address", maybe(u("a_line"), 0.6)),
            C("locked", "boolean", "none", flag(0.02)),
            C("confirmation_token", "varchar(255)", "secret_token", maybe(lambda c, i: b64(c, 32).rstrip("="), 0.1)),
            C("password_requested_at", "timestamp", "none", maybe(stamps(2024, 2025), 0.1)),
            C("roles", "text", "none", lambda c, i: 'a:1:{i:0;s:12:"ROLE_TEACHER";}' if i <= 20 else "a:0:{}"),
        ], rows=N_USER),
        Table(S, "access_url_rel_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("access_url_id", "integer", "none", lambda c, i: 2 if i % 9 == 0 else 1),
            C("user_id", "integer", "none", seq()),
        ], rows=N_USER, extra=[fkey(S, "access_url_rel_user", "user_id", "user", "id"),
                               fkey(S, "access_url_rel_user", "access_url_id", "access_url", "id")]),
        Table(S, "course", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("title", "varchar(250)", "none", lambda c, i: COURSES[i - 1]),
            C("code", "varchar(40)", "none", lambda c, i: f"CFP{i:03d}"),
            C("directory", "varchar(40)", "none", lambda c, i: f"CFP{i:03d}"),
            C("course_language", "varchar(20)", "none", const("portuguese")),
            C("category_code", "varchar(40)", "none", one("TIC", "AGRO", "HOTEL", "OFICIOS")),
            C("visibility", "integer", "none", one(1, 2)),
            C("tutor_name", "varchar(200)", "person_name", lambda c, i: u("full")(c, i)),
            C("department_name", "varchar(30)", "none", one("Formação Inicial", "Formação Contínua")),
            C("subscribe", "boolean", "none", flag(0.8)),
            C("disk_quota", "bigint", "none", const(500000000)),
            C("creation_date", "timestamp", "none", stamps(2019, 2023)),
            C("registration_code", "varchar(255)", "none", maybe(lambda c, i: f"CFP-{i}", 0.2)),
        ], rows=N_COURSE),
        Table(S, "course_rel_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("c_id", "integer", "none", fk(N_COURSE, 3)),
            C("user_id", "integer", "none", lambda c, i: 20 + fk(N_USER - 20, 7)(c, i)),
            C("status", "integer", "none", const(5)),
            C("is_tutor", "boolean", "none", const(False)),
            C("sort", "integer", "none", const(0)),
            C("relation_type", "integer", "none", const(0)),
            C("legal_agreement", "integer", "none", one(0, 1)),
        ], rows=150, extra=[fkey(S, "course_rel_user", "c_id", "course", "id"),
                            fkey(S, "course_rel_user", "user_id", "user", "id")]),
        Table(S, "track_e_login", [
            C("login_id", "integer PRIMARY KEY", "none", seq()),
            C("login_user_id", "integer", "none", fk(N_USER, 11)),
            C("login_date", "timestamp", "none", stamps(2024, 2025)),
            C("user_ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (197, 41, 102))),
            C("logout_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.6)),
        ], rows=150, extra=[fkey(S, "track_e_login", "login_user_id", "user", "id")]),
        Table(S, "track_e_exercises", [
            C("exe_id", "integer PRIMARY KEY", "none", seq()),
            C("exe_user_id", "integer", "none", lambda c, i: 20 + fk(N_USER - 20, 5)(c, i)),
            C("exe_date", "timestamp", "none", stamps(2024, 2025)),
            C("c_id", "integer", "none", fk(N_COURSE, 7)),
            C("exe_exo_id", "integer", "none", ints(1, 60)),
            C("score", "double precision", "none", amounts(0, 20, 1)),
            C("max_score", "double precision", "none", const(20.0)),
            C("user_ip", "varchar(45)", "ip_address", lambda c, i: public_ip(c, (197, 41))),
            C("status", "varchar(20)", "none", one("", "incomplete")),
            C("data_tracking", "text", "none", lambda c, i: ",".join(str(c.r.randint(100, 400)) for _ in range(5))),
            C("start_date", "timestamp", "none", stamps(2024, 2025)),
            C("exe_duration", "integer", "none", ints(60, 3600)),
            C("questions_to_check", "text", "none", const("")),
        ], rows=150, extra=[fkey(S, "track_e_exercises", "exe_user_id", "user", "id"),
                            fkey(S, "track_e_exercises", "c_id", "course", "id")]),
        Table(S, "message", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_sender_id", "integer", "none", lambda c, i: 20 + fk(N_USER - 20, 3)(c, i)),
            C("user_receiver_id", "integer", "none", fk(20, 7)),
            C("msg_status", "integer", "none", one(0, 1, 3)),
            C("send_date", "timestamp", "none", stamps(2024, 2025)),
            C("title", "varchar(255)", "none", one("Falta", "Exame", "Trabalho final", "Certificado")),
            C("content", "text", "free_text_may_contain_pii", _message),
            C("update_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.3)),
        ], rows=120, extra=[fkey(S, "message", "user_sender_id", "user", "id"),
                            fkey(S, "message", "user_receiver_id", "user", "id")]),
        Table(S, "extra_field", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("extra_field_type", "integer", "none", const(1)),
            C("field_type", "integer", "none", one(1, 4, 6)),
            C("variable", "varchar(255)", "none", lambda c, i: ["bi", "nif", "data_nascimento", "encarregado",
                                                               "telefone_encarregado", "bolsa"][i - 1]),
            C("display_text", "varchar(255)", "none", lambda c, i: ["Bilhete de Identidade", "NIF", "Data de nascimento",
                                                                   "Encarregado de educação", "Telefone do encarregado",
                                                                   "Bolseiro"][i - 1]),
            C("visible_to_self", "boolean", "none", flag(0.5)),
            C("changeable", "boolean", "none", flag(0.5)),
            C("created_at", "timestamp", "none", stamps(2019, 2020)),
        ], rows=6),
        Table(S, "extra_field_values", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("field_id", "integer", "none", const(1)),
            C("item_id", "integer", "none", seq()),
            C("value", "text", "national_id", lambda c, i: u("natid")(c, i), comment="extra field bi"),
            C("comment", "text", "none", maybe(one("verificado", "cópia entregue"), 0.3)),
            C("created_at", "timestamp", "none", stamps(2019, 2025)),
        ], rows=N_USER, extra=[fkey(S, "extra_field_values", "field_id", "extra_field", "id"),
                               fkey(S, "extra_field_values", "item_id", "user", "id")]),
        Table(S, "c_document", [
            C("iid", "integer PRIMARY KEY", "none", seq()),
            C("c_id", "integer", "none", fk(N_COURSE, 3)),
            C("path", "varchar(255)", "none", lambda c, i: f"/document/aula_{i}.pdf"),
            C("title", "varchar(255)", "none", lambda c, i: f"Aula {i}"),
            C("filetype", "varchar(10)", "none", one("file", "folder")),
            C("size", "integer", "none", ints(1000, 9_000_000)),
            C("session_id", "integer", "none", const(0)),
            C("comment", "text", "none", maybe(one("Ficha de exercícios", "Apresentação"), 0.4)),
            C("readonly", "boolean", "none", flag(0.1)),
            C("sha1", "char(40)", "none", lambda c, i: sha1(c)),
            C("date_upload", "date", "none", dates(2020, 2025)),
            C("upload_ref", "varchar(20)", "none", lambda c, i: f"DOC{digits(c, 6)}"),
        ], rows=130, extra=[fkey(S, "c_document", "c_id", "course", "id")]),
    ]
