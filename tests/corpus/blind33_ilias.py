"""ai_ilias: ILIAS 8 (the open-source LMS, MySQL tables as in its public setup/sql dbupdate scripts, recalled from
memory) at the Université de Djibouti (Djibouti): usr_data with ILIAS's own column names (matriculation, hobby,
feed_hash, client_ip, the profile map's latitude/longitude), PHP sessions, the object table, forum posts,
user-defined profile fields and issued certificates. Values in French, names and phones of Djibouti."""
from __future__ import annotations

import json

from .blind33_gens import (C, any_name, bcrypt, const, digits, fk, fkey, geo, hexs, ints, ip,
                           maybe, md5, one, person, person_at, seq, stamps, unixes)
from .gens import Table

S = "ai_ilias"
USR = "il.usr"
N_USR, N_STAFF, N_OBJ = 140, 24, 60
BASE = 300                      # ILIAS user ids start above the system objects
DJ_IP = ("41.189.2", "196.201.2", "197.241.1")
COURSES = ["L1 Droit - Introduction au droit", "Algorithmique et programmation (L2 Info)", "Analyse 1 (L1 MI)",
           "Français sur objectif universitaire", "Géologie du Rift et du lac Assal (M1)", "Économie portuaire",
           "Anglais juridique", "Biologie cellulaire (PACES)", "Statistiques descriptives", "Droit OHADA des sociétés",
           "Gestion des ressources en eau", "Histoire de la Corne de l'Afrique"]
OBJ_TYPES = ["crs", "crs", "grp", "frm", "tst", "file", "fold", "cat"]


def _uid(i: int) -> int:
    return BASE + i


def is_staff(i: int) -> bool:
    return i <= N_STAFF


def _matricule(c, i):
    return None if is_staff(i) else f"UD{18 + i % 7}-{(i * 37) % 9000 + 1000}"


def _login(c, i):
    if is_staff(i):
        return (person("dj", USR, "first")(c, i)[0] + person("dj", USR, "last")(c, i).split()[0]).lower() \
            .replace("ï", "i").replace("ë", "e")
    return "e" + _matricule(c, i).replace("UD", "").replace("-", "")


def _email(c, i):
    if is_staff(i):
        return person("dj", USR, "user")(c, i) + "@univ.edu.dj"
    return person("dj", USR, "email")(c, i)


def _loc(c, i):
    return geo(11.572, 43.145, 0.035)(c)


def _referral(c, i):
    if is_staff(i) or c.r.random() < 0.45:
        return None
    mob = person("dj", USR, "mobile")(c, i)
    teacher = person_at("dj", USR, "full", N_STAFF)(c, i)
    return c.r.choice([
        "Étudiant en L1 Sciences économiques, groupe B.",
        f"Je n'ai pas reçu mon code d'accès, merci de me rappeler au {mob}",
        f"Inscription demandée par M./Mme {teacher} pour le cours de FLE.",
        "Auditeur libre, formation continue (Port de Djibouti).",
        f"Compte créé pour ma sœur {any_name('dj')(c, i)}, elle n'a pas d'e-mail. Tél. {mob}",
        "Redoublant, ancien compte désactivé."])


def _post(c, i):
    name = person_at("dj", USR, "full", N_USR)(c, i)
    return c.r.choice([
        "<p>Bonjour, le TD 3 est reporté à jeudi 10h, salle B12.</p>",
        f"<p>Qui peut partager le cours de {person_at('dj', USR, 'full', N_STAFF)(c, i)} ? Mon WhatsApp : "
        f"{person_at('dj', USR, 'mobile', N_USR)(c, i)}</p>",
        f"<p>@{name.split()[0]} tu as oublié ta clé USB en salle informatique, elle est chez la scolarité.</p>",
        "<p>Les notes du partiel sont en ligne, consultation des copies lundi.</p>",
        f"<p>Covoiturage vers Ali Sabieh vendredi, appelez {name} au 77 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}</p>",
        "<p>Le lien de la visioconférence ne marche pas depuis Balbala, quelqu'un d'autre a le problème ?</p>",
        "<p>Merci pour le corrigé !</p>"])


def _udf_value(c, i):
    if i % 3 == 0:
        return c.r.choice(["Lycée d'État de Djibouti", "Lycée de Balbala", "Lycée Industriel et Commercial",
                           "Lycée d'Ali Sabieh", "Lycée de Tadjourah", "Lycée français Kessel"])
    rel = c.r.choice(["mère", "père", "oncle", "frère", "tante", "époux"])
    return f"{any_name('dj')(c, i)} ({rel}) - 77 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"


def _cert_values(c, i):
    u = (i * 5) % N_USR + 1
    p = lambda f: person("dj", USR, f)(c, u)       # noqa: E731
    return json.dumps({"USER_LOGIN": _login(c, u), "USER_FULLNAME": p("full"), "USER_FIRSTNAME": p("first"),
                       "USER_LASTNAME": p("last"), "USER_BIRTHDAY": f"{p('birth'):%d/%m/%Y}",
                       "USER_MATRICULATION": _matricule(c, u) or "", "USER_INSTITUTION": "Université de Djibouti",
                       "COURSE_TITLE": COURSES[i % len(COURSES)], "DATE_COMPLETED": f"{c.r.randint(1, 28):02d}/0"
                       f"{c.r.randint(1, 9)}/2024", "CLIENT_WEB_DIR": "./data/univdj"}, ensure_ascii=False)


FO = ('<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:page-sequence master-reference="A4"><fo:flow>'
      '<fo:block font-size="24pt">Attestation de réussite</fo:block><fo:block>Délivrée à [USER_FULLNAME], '
      'né(e) le [USER_BIRTHDAY], matricule [USER_MATRICULATION]</fo:block><fo:block>pour le cours [COURSE_TITLE], '
      'le [DATE_COMPLETED]</fo:block></fo:flow></fo:page-sequence></fo:root>')


def ilias_tables() -> list[Table]:
    u = lambda f: person("dj", USR, f, 1962, 2006)          # noqa: E731
    staff_only = lambda g: lambda c, i: g(c, i) if is_staff(i) else None   # noqa: E731
    return [
        Table(S, "usr_data", [
            C("usr_id", "integer PRIMARY KEY", "none", seq(BASE)),
            C("login", "varchar(190)", "none", _login),
            C("passwd", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "12")),
            C("passwd_enc_type", "varchar(10)", "none", const("bcryptphp")),
            C("firstname", "varchar(128)", "person_name", u("first")),
            C("lastname", "varchar(128)", "person_name", u("last")),
            C("title", "varchar(32)", "none", lambda c, i: c.r.choice(["Dr.", "Pr", "", "M."]) if is_staff(i) else ""),
            C("gender", "char(1)", "none", lambda c, i: u("sex")(c, i).lower()),
            C("email", "varchar(128)", "email", _email),
            C("second_email", "varchar(80)", "email", lambda c, i: u("email")(c, i) if is_staff(i) and i % 2 else None),
            C("institution", "varchar(80)", "none", one("Université de Djibouti", "Université de Djibouti", "CERD")),
            C("department", "varchar(80)", "none", one("Faculté de Droit, d'Économie et de Gestion", "Faculté des Sciences",
                                                        "Faculté des Lettres, Langues et Sciences Humaines",
                                                        "Faculté de Médecine", "Institut Universitaire de Technologie")),
            C("street", "varchar(512)", "postal_address", maybe(u("a_line"), 0.8)),
            C("city", "varchar(128)", "none", u("a_city")),
            C("zipcode", "varchar(32)", "postal_address", lambda c, i: u("a_postcode")(c, i) or None),
            C("country", "varchar(128)", "none", const("Djibouti")),
            C("sel_country", "varchar(2)", "none", const("dj")),
            C("phone_office", "varchar(40)", "phone", staff_only(lambda c, i: f"21 25 {digits(c, 2)} {digits(c, 2)}")),
            C("phone_home", "varchar(40)", "phone", maybe(u("phone"), 0.3)),
            C("phone_mobile", "varchar(40)", "phone", u("mobile")),
            C("fax", "varchar(40)", "phone", staff_only(maybe(lambda c, i: f"21 25 {digits(c, 2)} {digits(c, 2)}", 0.3))),
            C("hobby", "text", "none", maybe(one("Football", "Lecture, poésie somalie", "Basket-ball", "Informatique",
                                                 "Randonnée au lac Assal", "Plongée à Moucha", "Théâtre", "Échecs"), 0.4)),
            C("referral_comment", "varchar(250)", "free_text_may_contain_pii", _referral),
            C("matriculation", "varchar(40)", "none", _matricule),
            C("birthday", "date", "birth_date", maybe(u("birth"), 0.85)),
            C("latitude", "varchar(30)", "geo_location", lambda c, i: str(_loc(c, i)[0]) if i % 5 < 2 else None),
            C("longitude", "varchar(30)", "geo_location", lambda c, i: str(_loc(c, i)[1]) if i % 5 < 2 else None),
            C("loc_zoom", "integer", "none", lambda c, i: c.r.choice([12, 14, 15]) if i % 5 < 2 else 0),
            C("client_ip", "varchar(255)", "ip_address", lambda c, i: ip(c, DJ_IP) if i % 4 == 0 else None,
              comment="only accept logins from this address"),
            C("auth_mode", "varchar(10)", "none", lambda c, i: "default" if is_staff(i) else c.r.choice(["ldap_1", "default"])),
            C("ext_account", "varchar(250)", "none", lambda c, i: None if is_staff(i) else _login(c, i)),
            C("feed_hash", "varchar(32)", "secret_token", maybe(lambda c, i: md5(c), 0.6)),
            C("reg_hash", "char(32)", "secret_token", lambda c, i: md5(c) if i % 6 == 1 else None),
            C("active", "smallint", "none", one(1, 1, 1, 1, 0)),
            C("time_limit_unlimited", "smallint", "none", lambda c, i: 1 if is_staff(i) else c.r.choice([0, 1])),
            C("time_limit_until", "integer", "none", unixes(2025, 2026)),
            C("approve_date", "timestamp", "none", maybe(stamps(2019, 2024))),
            C("agree_date", "timestamp", "none", stamps(2019, 2024)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
            C("last_login", "timestamp", "none", stamps(2024, 2025)),
            C("last_update", "timestamp", "none", stamps(2024, 2025)),
            C("login_attempts", "smallint", "none", ints(0, 3)),
            C("last_password_change", "integer", "none", unixes(2023, 2025)),
            C("is_self_registered", "smallint", "none", lambda c, i: 0 if is_staff(i) else c.r.choice([0, 1])),
            C("inactivation_date", "timestamp", "none", maybe(stamps(2024, 2025), 0.1)),
        ], rows=N_USR),
        Table(S, "usr_session", [
            C("session_id", "varchar(250) PRIMARY KEY", "secret_token",
              lambda c, i: "".join(c.r.choice("abcdefghijklmnopqrstuv0123456789") for _ in range(26))),
            C("expires", "integer", "none", unixes(2025, 2025)),
            C("data", "text", "none", lambda c, i: (f"_authsession_user_id|i:{_uid(fk(N_USR, 3)(c, i))};"
                                                    f"_authsession_expired|i:0;il_rep_mode|s:4:\"tree\";"
                                                    f"lang|s:2:\"fr\";last_visited_ref|i:{c.r.randint(60, 900)};")),
            C("ctime", "integer", "none", unixes(2025, 2025)),
            C("user_id", "integer", "none", fk(N_USR, 3, base=BASE)),
            C("last_remind_ts", "integer", "none", const(0)),
            C("type", "integer", "none", one(1, 1, 1, 2)),
            C("createtime", "integer", "none", unixes(2025, 2025)),
            C("remote_addr", "varchar(50)", "ip_address", lambda c, i: ip(c, DJ_IP)),
            C("context", "varchar(80)", "none", one("ilContextWeb", "ilContextWeb", "ilContextRest")),
        ], rows=120, extra=[fkey(S, "usr_session", "user_id", "usr_data", "usr_id")]),
        Table(S, "object_data", [
            C("obj_id", "integer PRIMARY KEY", "none", seq(1000)),
            C("type", "char(4)", "none", lambda c, i: OBJ_TYPES[i % len(OBJ_TYPES)]),
            C("title", "varchar(255)", "none",
              lambda c, i: COURSES[i % len(COURSES)] if OBJ_TYPES[i % len(OBJ_TYPES)] in ("crs", "grp")
              else c.r.choice(["Forum du cours", "Partiel S1", "Supports de cours", "TD corrigés", "Licence 1",
                               "Annales 2023", "Examen de rattrapage"])),
            C("description", "varchar(128)", "none", maybe(one("Semestre 1", "Semestre 2", "Responsable : département",
                                                               "Accès réservé aux inscrits"), 0.5)),
            C("owner", "integer", "none", fk(N_STAFF, 5, base=BASE)),
            C("create_date", "timestamp", "none", stamps(2018, 2024)),
            C("last_update", "timestamp", "none", stamps(2023, 2025)),
            C("import_id", "varchar(50)", "none", maybe(lambda c, i: f"il_0_crs_{c.r.randint(100, 999)}", 0.2)),
            C("offline", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=N_OBJ, extra=[fkey(S, "object_data", "owner", "usr_data", "usr_id")]),
        Table(S, "frm_posts", [
            C("pos_pk", "integer PRIMARY KEY", "none", seq()),
            C("pos_top_fk", "integer", "none", ints(1, 12)),
            C("pos_thr_fk", "integer", "none", ints(1, 45)),
            C("pos_display_user_id", "integer", "none", fk(N_USR, 11, base=BASE)),
            C("pos_usr_alias", "varchar(255)", "none", maybe(one("Anonyme", "L3-Info", "curieux253", "Délégué L1"), 0.15)),
            C("pos_subject", "varchar(255)", "none", one("Report du TD", "Re: Report du TD", "Partiel", "Covoiturage",
                                                        "Problème de connexion", "Corrigé exercice 4")),
            C("pos_date", "timestamp", "none", stamps(2023, 2025)),
            C("pos_update", "timestamp", "none", maybe(stamps(2023, 2025), 0.3)),
            C("pos_message", "text", "free_text_may_contain_pii", _post),
            C("pos_cens", "smallint", "none", one(0, 0, 0, 0, 1)),
            C("pos_cens_com", "text", "none", maybe(one("Hors sujet", "Propos injurieux", "Doublon"), 0.1)),
            C("notify", "smallint", "none", one(0, 1)),
            C("pos_status", "smallint", "none", const(1)),
            C("pos_author_id", "integer", "none", fk(N_USR, 11, base=BASE)),
            C("is_author_moderator", "smallint", "none", one(0, 0, 0, 1)),
        ], rows=120, extra=[fkey(S, "frm_posts", "pos_author_id", "usr_data", "usr_id")]),
        Table(S, "udf_text", [
            C("usr_id", "integer", "none", lambda c, i: _uid((i - 1) % N_USR + 1)),
            C("field_id", "integer", "none", lambda c, i: 2 if i % 3 == 0 else 1),
            C("value", "text", "free_text_may_contain_pii", _udf_value,
              comment="field 1: Personne à prévenir en cas d'urgence; field 2: Lycée d'origine"),
        ], rows=110, extra=[fkey(S, "udf_text", "usr_id", "usr_data", "usr_id")]),
        Table(S, "il_cert_user_cert", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("pattern_certificate_id", "integer", "none", ints(1, 12)),
            C("obj_id", "integer", "none", lambda c, i: 1000 + (i % 12) * 8 % N_OBJ + 1),
            C("obj_type", "varchar(255)", "none", const("crs")),
            C("usr_id", "integer", "none", lambda c, i: _uid((i * 5) % N_USR + 1)),
            C("user_name", "varchar(255)", "person_name", lambda c, i: u("full")(c, (i * 5) % N_USR + 1)),
            C("acquired_timestamp", "integer", "none", unixes(2023, 2025)),
            C("certificate_content", "text", "none", const(FO)),
            C("template_values", "text", "free_text_may_contain_pii", _cert_values),
            C("valid_until", "integer", "none", const(None)),
            C("version", "integer", "none", one(1, 1, 2)),
            C("ilias_version", "varchar(255)", "none", one("8.11 2024-03-19", "8.14 2024-08-02")),
            C("currently_active", "smallint", "none", const(1)),
            C("thumbnail_image_path", "varchar(255)", "none",
              lambda c, i: f"/certificates/course/{1000 + i % 12}/thumbnail_{hexs(c, 8)}.svg"),
        ], rows=90, extra=[fkey(S, "il_cert_user_cert", "usr_id", "usr_data", "usr_id")]),
    ]
