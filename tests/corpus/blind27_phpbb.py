"""ac_phpbb: phpBB 3.3's tables (phpbb_ prefix, snake_case) as a Mauritian diabetes patients' forum keeps them,
with custom profile fields for the diabetes type, treatment and fasting practice."""
from __future__ import annotations

from .blind27_gens import (argon2, bcrypt, cyc, digest, epoch, fk, fk_sql, flag, hexs, ip_any, ipv4, num, pick,
                           rid, wpick)
from .blind27_people import other, pf, pfmt, say
from .gens import Col, Table

S, CC, M = "ac_phpbb", "MU", "mu_member"
N_GROUPS, N_USERS, N_FORUMS, N_TOPICS, N_POSTS = 10, 140, 18, 130, 150

_GROUPS = ("GUESTS", "REGISTERED", "REGISTERED_COPPA", "GLOBAL_MODERATORS", "ADMINISTRATORS", "BOTS",
           "NEWLY_REGISTERED", "Soignants bénévoles", "Parents d'enfants T1", "Modérateurs Rodrigues")
_FORUMS = ("Bienvenue / Welcome", "Diabète de type 1", "Diabète de type 2", "Diabète gestationnel",
           "Alimentation et recettes", "Activité physique", "Matériel : glucomètres, pompes, capteurs",
           "Complications", "Enfants et ados", "Jeûne et fêtes religieuses", "Vie pratique et travail",
           "Annonces des associations", "Kreol morisien", "Rodrigues", "Questions aux soignants", "Événements",
           "Petites annonces matériel", "Archives")
_TOPICS = ("Quel glucomètre choisir ?", "Recettes sans sucre pour le Divali", "Marche du dimanche au Jardin de "
           "Pamplemousses", "Capteur Libre : où l'acheter à Maurice ?", "Hypo la nuit, que faire ?",
           "Gâteaux piments et glycémie", "Journée mondiale du diabète à Port Louis", "Assurance et diabète",
           "Conseils pour le carême", "Sport et insuline", "Soulier adapté pour pied diabétique", "Dipavali sans "
           "excès", "Formation à l'Université de Maurice", "Diabète et permis de conduire", "Bandelettes gratuites ?")
_SIGS = ("Type 1 depuis 1998 — pompe Medtronic", "T2 depuis 2011, Metformine 850 x2", "DT1, Lantus + Novorapid",
         "HbA1c 6,8 % — on lâche rien !", "Diabète gestationnel 2021, suivi à Candos", "Type 2, régime + marche",
         "Maman d'un petit T1 de 7 ans (capteur Libre)", "T2 sous insuline depuis 2019, rétinopathie traitée",
         "", "", "")
_POSTS = (
    "Bonjour, ma glycémie à jeun est à 1,45 g/l malgré la Metformine. Quelqu'un a déjà eu ça ?",
    "Moi je fais 30 min de marche après le dîner, ça baisse de 0,4 en moyenne.",
    "Pour les bandelettes, le dispensaire de Rose Belle en a reçu hier.",
    "Appelez-moi au {mobile}, je peux vous expliquer comment régler la pompe.",
    "Mo pe gagn bann hypo lanuit, dokter inn diminye mo dose insuline.",
    "Contactez plutôt {o_full} de l'association, elle connaît bien le sujet ({o_email}).",
    "Mon fils a été hospitalisé pour acidocétose la semaine dernière, il va mieux.",
    "Attention avec les gâteaux piments frits, ma glycémie est montée à 2,8 g/l.",
    "Je vends un glucomètre neuf, écrivez-moi : {email}",
    "Le Dr {o_family} à Candos m'a prescrit du Januvia, quelqu'un connaît ?",
    "Merci à tous pour vos réponses !",
    "Rendez-vous samedi 9h au jardin de Curepipe pour la marche.",
)
_PMS = (
    "Salut {o_given}, voici mon numéro WhatsApp : {mobile}. On se voit à la marche ?",
    "Merci pour le conseil sur la pompe. Mon endocrino a changé mes doses.",
    "Je peux te prêter mon lecteur, passe au {street}, {town}.",
    "Tu peux écrire à {o_full} ({o_email}), infirmière bénévole de l'association.",
    "Ok pour samedi.",
    "Mo ena enn reste bandelet Accu-Chek, to bizin ? Apel mwa {mobile}.",
)
_REPORTS = (
    "Ce membre publie le numéro de téléphone de ma sœur ({o_mobile}) sans son accord.",
    "Publicité pour un faux remède à base de plantes.",
    "Message en double.",
    "Il insulte {o_full} dans le sujet sur le jeûne.",
    "Spam.",
)
_LOG_OPS = ("LOG_USER_NEW_PASSWORD", "LOG_USER_ACTIVE", "LOG_BAN_USER", "LOG_POST_EDITED", "LOG_USER_UPDATE_EMAIL",
            "LOG_TOPIC_DELETED", "LOG_CONFIG_SETTINGS", "LOG_USER_MOVE_POSTS")
_LOG_DATA = ('a:1:{{i:0;s:{n}:"{login}";}}', 'a:2:{{i:0;s:{n}:"{login}";i:1;s:{m}:"{email}";}}',
             'a:1:{{i:0;s:15:"Hypo la nuit...";}}', 'a:0:{{}}')
_FASTING = ("Ramadan", "Carême", "Navratri", "Maha Shivaratri (jeûne)", "Aucun", "Aucun", "Cavadee", "")
_UA = ("Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Version/17.2 Mobile/15E148",
       "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0")
_user = fk(N_USERS, 7)


def _log_data(c, i):
    p = pf("login", M, CC, fk(N_USERS, 3))(c, i)
    e = pf("email", M, CC, fk(N_USERS, 3))(c, i)
    return c.r.choice(_LOG_DATA).format(n=len(p), m=len(e), login=p, email=e)


def phpbb_tables() -> list[Table]:
    groups = Table(S, "phpbb_groups", [
        Col("group_id", "integer PRIMARY KEY", "none", rid()),
        Col("group_type", "smallint", "none", cyc((3, 3, 3, 3, 3, 3, 3, 0, 1, 2))),
        Col("group_name", "varchar(255)", "none", cyc(_GROUPS)),
        Col("group_desc", "text", "none", cyc(("", "", "", "Modération globale", "", "", "", "Infirmières et "
                                               "diététiciennes bénévoles", "Entraide des parents", ""))),
        Col("group_colour", "varchar(6)", "none", cyc(("", "", "", "00AA00", "AA0000", "9E8DA7", "", "0066CC",
                                                       "", "CC6600"))),
        Col("group_legend", "integer", "none", cyc((0, 0, 0, 2, 1, 0, 0, 3, 0, 0))),
        Col("group_max_recipients", "integer", "none", cyc((0, 5, 5, 0, 0, 0, 5, 10, 5, 0))),
    ], rows=N_GROUPS)
    users = Table(S, "phpbb_users", [
        Col("user_id", "integer PRIMARY KEY", "none", rid()),
        Col("user_type", "smallint", "none", wpick((0, 1, 3), (90, 8, 2))),
        Col("group_id", "integer", "none", lambda c, i: c.r.choice((2, 2, 2, 7, 8, 9, 4))),
        Col("user_ip", "varchar(40)", "ip_address", ip_any()),
        Col("user_regdate", "integer", "none", epoch(2014, 2022)),
        Col("username", "varchar(255)", "none", pf("login", M, CC)),
        Col("username_clean", "varchar(255)", "none", lambda c, i: pf("login", M, CC)(c, i).lower()),
        Col("user_password", "varchar(255)", "credentials", lambda c, i: c.r.choice((argon2(c, i), argon2(c, i),
                                                                                     bcrypt()(c, i)))),
        Col("user_passchg", "integer", "none", epoch(2018, 2024)),
        Col("user_email", "varchar(100)", "email", pf("email", M, CC)),
        Col("user_birthday", "varchar(10)", "birth_date",
            lambda c, i: "" if c.r.random() < 0.2 else pfmt("{dob.day:2d}-{dob.month:2d}-{dob.year}", M, CC)(c, i)),
        Col("user_lastvisit", "integer", "none", epoch(2023, 2024)),
        Col("user_last_active", "integer", "none", epoch(2023, 2024)),
        Col("user_lastpage", "varchar(200)", "none", lambda c, i: f"viewtopic.php?t={c.r.randint(1, N_TOPICS)}"),
        Col("user_inactive_reason", "smallint", "none", wpick((0, 1, 3), (85, 10, 5))),
        Col("user_lang", "varchar(30)", "none", wpick(("fr", "en"), (70, 30))),
        Col("user_timezone", "varchar(100)", "none", pick(("Indian/Mauritius", "Indian/Mauritius", "UTC"))),
        Col("user_dateformat", "varchar(64)", "none", pick(("d M Y, H:i", "D M d, Y g:i a", "|d M Y|, H:i"))),
        Col("user_rank", "integer", "none", pick((0, 0, 0, 1, 2))),
        Col("user_colour", "varchar(6)", "none", wpick(("", "00AA00", "0066CC"), (85, 5, 10))),
        Col("user_posts", "integer", "none", num(0, 900)),
        Col("user_sig", "text", "health", pick(_SIGS)),
        Col("user_avatar", "varchar(255)", "none", lambda c, i: c.r.choice(("", f"{i}_{c.r.randint(10**9, 2 * 10**9)}"
                                                                            ".jpg"))),
        Col("user_form_salt", "varchar(32)", "secret_token", hexs(16)),
        Col("user_actkey", "varchar(32)", "secret_token", lambda c, i: c.r.choice(("", hexs(10)(c, i)))),
        Col("user_newpasswd", "varchar(255)", "credentials", lambda c, i: "" if c.r.random() < 0.85 else argon2(c, i)),
        Col("user_login_attempts", "smallint", "none", wpick((0, 1, 2, 5), (80, 10, 6, 4))),
        Col("user_options", "integer", "none", pick((230271, 230271, 895, 229887))),
    ], rows=N_USERS, extra=[fk_sql(S, "phpbb_users", "group_id", "phpbb_groups", "group_id")])
    profile = Table(S, "phpbb_profile_fields_data", [
        Col("user_id", "integer PRIMARY KEY", "none", rid()),
        Col("pf_phpbb_location", "varchar(255)", "none", lambda c, i: c.r.choice(("", pf("town", M, CC)(c, i)))),
        Col("pf_phpbb_website", "varchar(255)", "none", pick(("", "", "https://diabete-maurice.org",
                                                              "https://www.facebook.com/groups/diabetemu"))),
        Col("pf_phpbb_interests", "text", "none", pick(("", "marche, cuisine", "sega, randonnée Le Pouce",
                                                        "pâtisserie sans sucre", "football", "jardinage"))),
        Col("pf_phpbb_occupation", "text", "none", pick(("", "enseignant", "retraitée", "chauffeur de bus",
                                                         "comptable", "étudiante", "infirmier", "commerçant"))),
        Col("pf_nom_complet", "varchar(255)", "person_name", lambda c, i: c.r.choice(("", pf("full", M, CC)(c, i),
                                                                                      pf("full", M, CC)(c, i)))),
        Col("pf_telephone", "varchar(255)", "phone", lambda c, i: c.r.choice(("", pf("mobile", M, CC)(c, i)))),
        Col("pf_type_diabete", "varchar(255)", "health", pick(("1", "2", "2", "2", "3", "4", ""))),
        Col("pf_annee_diagnostic", "varchar(255)", "health", lambda c, i: c.r.choice(("", str(c.r.randint(1985,
                                                                                                       2023))))),
        Col("pf_traitement", "text", "health", pick(("Metformine", "Insuline basale + Metformine", "Pompe à "
                                                     "insuline", "Gliclazide", "Régime seul", "Lantus / Novorapid",
                                                     ""))),
        Col("pf_jeune", "varchar(255)", "religious_belief", pick(_FASTING)),
    ], rows=N_USERS, extra=[fk_sql(S, "phpbb_profile_fields_data", "user_id", "phpbb_users", "user_id")])
    forums = Table(S, "phpbb_forums", [
        Col("forum_id", "integer PRIMARY KEY", "none", rid()),
        Col("parent_id", "integer", "none", cyc((0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 6, 0))),
        Col("forum_name", "varchar(255)", "none", cyc(_FORUMS)),
        Col("forum_desc", "text", "none", lambda c, i: f"Discussions : {_FORUMS[i - 1].lower()}"),
        Col("forum_type", "smallint", "none", cyc((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0))),
        Col("forum_posts_approved", "integer", "none", num(0, 3000)),
        Col("forum_topics_approved", "integer", "none", num(0, 400)),
        Col("forum_last_poster_name", "varchar(255)", "none", pf("login", M, CC, fk(N_USERS, 11))),
        Col("forum_last_post_time", "integer", "none", epoch(2024, 2024)),
    ], rows=N_FORUMS)
    topics = Table(S, "phpbb_topics", [
        Col("topic_id", "integer PRIMARY KEY", "none", rid()),
        Col("forum_id", "integer", "none", fk(N_FORUMS, 5)),
        Col("topic_title", "varchar(255)", "none", pick(_TOPICS)),
        Col("topic_poster", "integer", "none", _user),
        Col("topic_time", "integer", "none", epoch(2016, 2024)),
        Col("topic_views", "integer", "none", num(3, 9000)),
        Col("topic_posts_approved", "integer", "none", num(1, 120)),
        Col("topic_first_poster_name", "varchar(255)", "none", pf("login", M, CC, _user)),
        Col("topic_last_poster_name", "varchar(255)", "none", pf("login", M, CC, fk(N_USERS, 13))),
        Col("topic_status", "smallint", "none", wpick((0, 1), (90, 10))),
        Col("topic_type", "smallint", "none", wpick((0, 1, 2), (90, 7, 3))),
    ], rows=N_TOPICS, extra=[fk_sql(S, "phpbb_topics", "forum_id", "phpbb_forums", "forum_id"),
                             fk_sql(S, "phpbb_topics", "topic_poster", "phpbb_users", "user_id")])
    posts = Table(S, "phpbb_posts", [
        Col("post_id", "integer PRIMARY KEY", "none", rid()),
        Col("topic_id", "integer", "none", fk(N_TOPICS, 3)),
        Col("forum_id", "integer", "none", fk(N_FORUMS, 5)),
        Col("poster_id", "integer", "none", fk(N_USERS, 9)),
        Col("poster_ip", "varchar(40)", "ip_address", ip_any()),
        Col("post_time", "integer", "none", epoch(2016, 2024)),
        Col("post_reported", "smallint", "none", wpick((0, 1), (95, 5))),
        Col("post_username", "varchar(255)", "person_name",
            lambda c, i: other("given", "mu_guest", CC)(c, i) if c.r.random() < 0.3 else ""),
        Col("post_subject", "varchar(255)", "none", lambda c, i: "Re: " + c.r.choice(_TOPICS)),
        Col("post_text", "text", "free_text_may_contain_pii", say(_POSTS, M, CC, fk(N_USERS, 9))),
        Col("post_checksum", "varchar(32)", "none", digest("md5")),
        Col("post_edit_time", "integer", "none", lambda c, i: c.r.choice((0, 0, epoch(2020, 2024)(c, i)))),
        Col("post_edit_reason", "varchar(255)", "none", pick(("", "", "", "faute de frappe", "lien corrigé",
                                                              "numéro retiré par la modération"))),
        Col("post_visibility", "smallint", "none", wpick((1, 0, 2), (92, 4, 4))),
    ], rows=N_POSTS, extra=[fk_sql(S, "phpbb_posts", "topic_id", "phpbb_topics", "topic_id"),
                            fk_sql(S, "phpbb_posts", "poster_id", "phpbb_users", "user_id")])
    privmsgs = Table(S, "phpbb_privmsgs", [
        Col("msg_id", "integer PRIMARY KEY", "none", rid()),
        Col("author_id", "integer", "none", _user),
        Col("author_ip", "varchar(40)", "ip_address", ipv4),
        Col("message_time", "integer", "none", epoch(2019, 2024)),
        Col("message_subject", "varchar(255)", "none", pick(("Marche samedi", "Re: pompe", "Bandelettes",
                                                             "Question", "Merci !"))),
        Col("message_text", "text", "free_text_may_contain_pii", say(_PMS, M, CC, _user)),
        Col("to_address", "text", "none", lambda c, i: f"u_{c.r.randint(1, N_USERS)}"),
        Col("bcc_address", "text", "none", lambda c, i: c.r.choice(("", "", f"g_{c.r.randint(8, 10)}"))),
    ], rows=110, extra=[fk_sql(S, "phpbb_privmsgs", "author_id", "phpbb_users", "user_id")])
    sessions = Table(S, "phpbb_sessions", [
        Col("session_id", "char(32) PRIMARY KEY", "secret_token", hexs(32)),
        Col("session_user_id", "integer", "none", fk(N_USERS, 17)),
        Col("session_start", "integer", "none", epoch(2024, 2024)),
        Col("session_time", "integer", "none", epoch(2024, 2024)),
        Col("session_ip", "varchar(40)", "ip_address", ip_any()),
        Col("session_browser", "varchar(150)", "none", pick(_UA)),
        Col("session_forwarded_for", "varchar(255)", "ip_address", lambda c, i: c.r.choice(("", ipv4(c, i)))),
        Col("session_page", "varchar(255)", "none", lambda c, i: f"viewforum.php?f={c.r.randint(1, N_FORUMS)}"),
        Col("session_autologin", "smallint", "none", flag(0.4)),
        Col("session_admin", "smallint", "none", flag(0.03)),
    ], rows=100, extra=[fk_sql(S, "phpbb_sessions", "session_user_id", "phpbb_users", "user_id")])
    keys = Table(S, "phpbb_sessions_keys", [
        Col("key_id", "char(32)", "secret_token", hexs(32)),
        Col("user_id", "integer", "none", fk(N_USERS, 19)),
        Col("last_ip", "varchar(40)", "ip_address", ipv4),
        Col("last_login", "integer", "none", epoch(2023, 2024)),
    ], rows=90)
    banlist = Table(S, "phpbb_banlist", [
        Col("ban_id", "integer PRIMARY KEY", "none", rid()),
        Col("ban_userid", "integer", "none", lambda c, i: c.r.choice((0, 0, c.r.randint(1, N_USERS)))),
        Col("ban_ip", "varchar(40)", "ip_address", lambda c, i: c.r.choice(("", ipv4(c, i), ipv4(c, i)))),
        Col("ban_email", "varchar(100)", "email", lambda c, i: c.r.choice(("", other("email", "mu_spammer", CC)(c, i)))),
        Col("ban_start", "integer", "none", epoch(2018, 2024)),
        Col("ban_end", "integer", "none", lambda c, i: c.r.choice((0, epoch(2024, 2026)(c, i)))),
        Col("ban_reason", "varchar(255)", "none", pick(("Spam pharmacie", "Vente de faux médicaments",
                                                        "Comptes multiples", "Insultes répétées", ""))),
        Col("ban_give_reason", "varchar(255)", "none", pick(("", "Non-respect de la charte", "Spam"))),
    ], rows=80)
    log = Table(S, "phpbb_log", [
        Col("log_id", "integer PRIMARY KEY", "none", rid()),
        Col("log_type", "smallint", "none", pick((0, 1, 2, 3))),
        Col("user_id", "integer", "none", fk(N_USERS, 23)),
        Col("forum_id", "integer", "none", num(0, N_FORUMS)),
        Col("reportee_id", "integer", "none", num(0, N_USERS)),
        Col("log_ip", "varchar(40)", "ip_address", ip_any()),
        Col("log_time", "integer", "none", epoch(2020, 2024)),
        Col("log_operation", "text", "none", pick(_LOG_OPS)),
        Col("log_data", "text", "free_text_may_contain_pii", _log_data),
    ], rows=150, extra=[fk_sql(S, "phpbb_log", "user_id", "phpbb_users", "user_id")])
    attempts = Table(S, "phpbb_login_attempts", [
        Col("attempt_ip", "varchar(40)", "ip_address", ip_any()),
        Col("attempt_browser", "varchar(150)", "none", pick(_UA)),
        Col("attempt_forwarded_for", "varchar(255)", "ip_address", lambda c, i: c.r.choice(("", ipv4(c, i)))),
        Col("attempt_time", "integer", "none", epoch(2024, 2024)),
        Col("user_id", "integer", "none", num(0, N_USERS)),
        Col("username", "varchar(255)", "none", pf("login", M, CC, fk(N_USERS, 29))),
        Col("username_clean", "varchar(255)", "none", lambda c, i: pf("login", M, CC, fk(N_USERS, 29))(c, i).lower()),
    ], rows=100)
    reports = Table(S, "phpbb_reports", [
        Col("report_id", "integer PRIMARY KEY", "none", rid()),
        Col("reason_id", "smallint", "none", pick((1, 2, 3, 4))),
        Col("post_id", "integer", "none", fk(N_POSTS, 7)),
        Col("user_id", "integer", "none", fk(N_USERS, 31)),
        Col("user_notify", "smallint", "none", flag(0.6)),
        Col("report_closed", "smallint", "none", flag(0.7)),
        Col("report_time", "integer", "none", epoch(2020, 2024)),
        Col("report_text", "text", "free_text_may_contain_pii", say(_REPORTS, M, CC)),
    ], rows=80, extra=[fk_sql(S, "phpbb_reports", "post_id", "phpbb_posts", "post_id"),
                       fk_sql(S, "phpbb_reports", "user_id", "phpbb_users", "user_id")])
    return [groups, users, profile, forums, topics, posts, privmsgs, sessions, keys, banlist, log, attempts, reports]
