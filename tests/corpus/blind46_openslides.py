"""av_openslides: OpenSlides 4 (assembly and motion management) as recalled from its models and re-created in SQL,
for the yearly congress of a small Breton regionalist party in Kemper/Quimper: delegates, motions, named votes,
speakers' lists and elections to the party council. Names are Breton and French."""
from __future__ import annotations

from .blind26_gens import C, const, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind46_gens import any_mobile, argon2, person
from .gens import Table

S = "av_openslides"
USER = "os.user"
N_MEET, N_USER, N_MU, N_MOTION, N_POLL, N_ITEM = 8, 140, 150, 110, 100, 90

MOTIONS = ["Pour un statut de langue officielle du breton", "Réunification administrative de la Bretagne",
           "Gratuité des TER entre Brest et Quimper", "Moratoire sur les élevages porcins industriels",
           "Création d'une Assemblée de Bretagne élue", "Soutien aux écoles Diwan", "Taxe sur les résidences secondaires",
           "Motion d'orientation 2025-2027", "Modification des statuts : parité au bureau politique",
           "Refus de l'éolien offshore sans retombées locales", "Candidature commune aux élections régionales"]
SECTIONS = ["Kemper", "Brest", "An Oriant", "Gwened", "Sant-Brieg", "Montroulez", "Karaez", "Lannuon", "Naoned",
            "Roazhon", "Diaspora Pariz"]


def _mu_comment(c, i):
    return c.r.choice([None, None, None, "Mandat reçu par courrier", "Arrive samedi seulement",
                       f"Procuration donnée à {person('bzh', USER, 'full')(c, c.r.randint(1, N_USER))}",
                       f"Hébergement chez l'habitant, joindre au {any_mobile('bzh')(c, i)}",
                       "Cotisation 2025 à régulariser", "Besoin d'une traduction en breton"])


def _about(c, i):
    return c.r.choice([None, None, "Conseillère municipale à Douarnenez depuis 2020.",
                       "Enseignant en filière bilingue, militant depuis 2012.",
                       f"Kuzulier-kêr e Karaez. Ma c'hoar {person('bzh', USER, 'first')(c, c.r.randint(1, N_USER))} "
                       "a zo ivez ezel.", "Agriculteur bio à Plouguerneau, syndiqué à la Confédération paysanne.",
                       "Retraitée de la fonction publique hospitalière."])


def _note(c, i):
    return c.r.choice(["Voter contre l'amendement 3", "Demander la parole après Yann", "Trop flou sur le financement",
                       f"Appeler {person('bzh', USER, 'full')(c, c.r.randint(1, N_USER))} avant le vote",
                       "Soutenir, mais proposer une rédaction en breton", None, "Vérifier le chiffrage avec la trésorière"])


def openslides_tables() -> list[Table]:
    u = lambda f: person("bzh", USER, f, 1948, 2006)          # noqa: E731
    return [
        Table(S, "meeting", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("name", "varchar(120)", "none", lambda c, i: f"Kendalc'h {2018 + i} - Congrès annuel"),
            C("description", "varchar(255)", "none", const("Congrès des adhérents, Quimper")),
            C("location", "varchar(120)", "none", one("Pavillon, Penvillers, Quimper", "Salle Ti Ar Vro, Kemper",
                                                    "Espace Glenmor, Carhaix")),
            C("start_time", "timestamp", "none", stamps(2019, 2025)),
            C("end_time", "timestamp", "none", stamps(2019, 2025)),
            C("users_email_sender", "varchar(60)", "none", const("Secrétariat du congrès")),
            C("users_email_replyto", "varchar(80)", "none", const("kendalch@emsav-nevez.bzh")),
            C("jitsi_room_name", "varchar(60)", "none", lambda c, i: f"kendalch-{2018 + i}"),
            C("jitsi_room_password", "varchar(40)", "secret_token", lambda c, i: hexs(c, 16)),
            C("enable_anonymous", "boolean", "none", const(False)),
        ], rows=N_MEET),
        Table(S, "user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("username", "varchar(60)", "none", u("user")),
            C("title", "varchar(20)", "none", maybe(one("Dr.", "Pr.", "Me"), 0.1)),
            C("first_name", "varchar(60)", "person_name", u("first")),
            C("last_name", "varchar(60)", "person_name", u("last")),
            C("pronoun", "varchar(20)", "none", maybe(one("il", "elle", "iel"), 0.3)),
            C("gender", "varchar(10)", "none", lambda c, i: {"M": "male", "F": "female"}[u("sex")(c, i)]),
            C("email", "varchar(120)", "email", u("email")),
            C("member_number", "varchar(20)", "none", lambda c, i: f"EN-{digits(c, 5)}"),
            C("default_password", "varchar(20)", "credentials",
              lambda c, i: "".join(c.r.choice("abcdefghkmnpqrstuvwxyz23456789") for _ in range(10)),
              comment="initial password printed on the delegate's access letter"),
            C("password", "varchar(200)", "credentials", lambda c, i: argon2(c)),
            C("is_active", "boolean", "none", flag(0.92)),
            C("is_physical_person", "boolean", "none", const(True)),
            C("default_vote_weight", "numeric(6,6)", "none", const("0.000001")),
            C("last_email_sent", "timestamp", "none", maybe(stamps(2023, 2025), 0.6)),
            C("last_login", "timestamp", "none", maybe(stamps(2023, 2025), 0.8)),
            C("organization_management_level", "varchar(30)", "none",
              lambda c, i: "superadmin" if i == 1 else ("can_manage_users" if i < 4 else None)),
            C("saml_id", "varchar(80)", "none", const(None)),
        ], rows=N_USER),
        Table(S, "meeting_user", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("user_id", "integer", "none", fk(N_USER, 3)),
            C("meeting_id", "integer", "none", fk(N_MEET, 5)),
            C("number", "varchar(10)", "none", lambda c, i: f"D{i:03d}"),
            C("structure_level", "varchar(40)", "none", one(*SECTIONS)),
            C("vote_weight", "numeric(6,6)", "none", const("0.000001")),
            C("comment", "text", "free_text_may_contain_pii", _mu_comment),
            C("about_me", "text", "free_text_may_contain_pii", _about),
            C("locked_out", "boolean", "none", flag(0.02)),
            C("present", "boolean", "none", flag(0.8)),
        ], rows=N_MU, extra=[fkey(S, "meeting_user", "user_id", "user", "id"),
                             fkey(S, "meeting_user", "meeting_id", "meeting", "id")]),
        Table(S, "motion", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("meeting_id", "integer", "none", fk(N_MEET, 3)),
            C("number", "varchar(10)", "none", lambda c, i: f"M{i}"),
            C("title", "varchar(200)", "none", one(*MOTIONS)),
            C("text", "text", "none", lambda c, i: "<p>Le congrès demande " + c.r.choice(
                ["au bureau politique de porter ce texte devant le conseil régional.</p>",
                 "l'inscription de cette mesure au programme des prochaines élections.</p>",
                 "la création d'un groupe de travail ouvert aux sections.</p>"])),
            C("reason", "text", "none", one("<p>Voir l'exposé des motifs joint.</p>", "<p>Urgence sociale.</p>", None)),
            C("lead_motion_id", "integer", "none", lambda c, i: None if i <= 20 else (i * 7) % 20 + 1),
            C("state", "varchar(20)", "none", one("submitted", "accepted", "rejected", "permitted", "withdrawn")),
            C("category", "varchar(40)", "none", one("Langue et culture", "Institutions", "Économie", "Statuts")),
            C("created", "timestamp", "none", stamps(2019, 2025)),
            C("sort_weight", "integer", "none", ints(0, 200)),
        ], rows=N_MOTION, extra=[fkey(S, "motion", "meeting_id", "meeting", "id"),
                                 fkey(S, "motion", "lead_motion_id", "motion", "id")]),
        Table(S, "motion_submitter", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("motion_id", "integer", "none", fk(N_MOTION, 7)),
            C("meeting_user_id", "integer", "none", fk(N_MU, 11)),
            C("weight", "integer", "none", ints(1, 4)),
        ], rows=130, extra=[fkey(S, "motion_submitter", "motion_id", "motion", "id"),
                            fkey(S, "motion_submitter", "meeting_user_id", "meeting_user", "id")]),
        Table(S, "poll", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("motion_id", "integer", "none", fk(N_MOTION, 3)),
            C("title", "varchar(120)", "none", one("Vote", "Vote final", "Vote sur l'amendement", "Élection du bureau")),
            C("type", "varchar(20)", "none", one("named", "named", "pseudoanonymous", "analog")),
            C("pollmethod", "varchar(6)", "none", one("YNA", "YN", "Y")),
            C("state", "varchar(12)", "none", one("published", "finished", "created")),
            C("votesvalid", "numeric(10,6)", "none", ints(40, 130)),
            C("votesinvalid", "numeric(10,6)", "none", ints(0, 4)),
            C("onehundred_percent_base", "varchar(10)", "none", one("YNA", "valid", "cast")),
            C("crypt_key", "varchar(64)", "none", const(None)),
        ], rows=N_POLL, extra=[fkey(S, "poll", "motion_id", "motion", "id")]),
        Table(S, "vote", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("poll_id", "integer", "none", fk(N_POLL, 7)),
            C("user_id", "integer", "none", fk(N_USER, 13)),
            C("delegated_user_id", "integer", "none", lambda c, i: None if c.r.random() < 0.85 else c.r.randint(1, N_USER)),
            C("value", "char(1)", "political_opinion", one("Y", "Y", "N", "A"),
              comment="the delegate's vote on a motion of the party congress (named poll)"),
            C("weight", "numeric(6,6)", "none", const("0.000001")),
            C("user_token", "char(16)", "secret_token", lambda c, i: hexs(c, 16),
              comment="lets the voter find their own ballot in a pseudoanonymous poll"),
        ], rows=150, extra=[fkey(S, "vote", "poll_id", "poll", "id"), fkey(S, "vote", "user_id", "user", "id")]),
        Table(S, "agenda_item", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("meeting_id", "integer", "none", fk(N_MEET, 3)),
            C("item_number", "varchar(10)", "none", lambda c, i: f"TOP {i % 14 + 1}"),
            C("comment", "varchar(200)", "none", maybe(one("Temps de parole limité à 3 min", "Huis clos"), 0.3)),
            C("closed", "boolean", "none", flag(0.6)),
            C("duration", "integer", "none", ints(5, 90)),
        ], rows=N_ITEM, extra=[fkey(S, "agenda_item", "meeting_id", "meeting", "id")]),
        Table(S, "speaker", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("agenda_item_id", "integer", "none", fk(N_ITEM, 5)),
            C("meeting_user_id", "integer", "none", fk(N_MU, 7)),
            C("begin_time", "timestamp", "none", stamps(2023, 2025)),
            C("total_pause", "integer", "none", ints(0, 60)),
            C("speech_state", "varchar(20)", "none", one(None, "pro", "contra", "contribution", "intervention")),
            C("point_of_order", "boolean", "none", flag(0.08)),
            C("note", "varchar(250)", "none", maybe(one("Rappel au règlement", "Question de procédure"), 0.1)),
        ], rows=140, extra=[fkey(S, "speaker", "agenda_item_id", "agenda_item", "id"),
                            fkey(S, "speaker", "meeting_user_id", "meeting_user", "id")]),
        Table(S, "assignment_candidate", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("assignment_title", "varchar(80)", "none", one("Bureau politique", "Trésorier·e", "Porte-parole",
                                                               "Commission des conflits")),
            C("meeting_user_id", "integer", "none", fk(N_MU, 9)),
            C("weight", "integer", "none", ints(1, 12)),
            C("elected", "boolean", "none", flag(0.4)),
        ], rows=80, extra=[fkey(S, "assignment_candidate", "meeting_user_id", "meeting_user", "id")]),
        Table(S, "personal_note", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("meeting_user_id", "integer", "none", fk(N_MU, 5)),
            C("content_object_id", "varchar(20)", "none", lambda c, i: f"motion/{c.r.randint(1, N_MOTION)}"),
            C("note", "text", "free_text_may_contain_pii", _note),
            C("star", "boolean", "none", flag(0.3)),
        ], rows=90, extra=[fkey(S, "personal_note", "meeting_user_id", "meeting_user", "id")]),
    ]
