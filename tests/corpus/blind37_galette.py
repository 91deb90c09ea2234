"""am_galette: Galette (the French membership manager; galette_adherents, statuts, cotisations, transactions, groups,
dynamic fields, logs, reminders, mailing history) as recalled from its public schema, used by a voluntary blood
donors' association in Nouakchott (Mauritania). The association's own dynamic fields hold blood group, last donation
and deferral reasons in the generic `field_val` column."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, maybe, one, seq, stamps
from .blind37_gens import person, someone
from .gens import Table

S = "am_galette"
ADH = "ga.adherent"
N_ADH, N_STAT, N_TYPE, N_GRP = 150, 10, 8, 12
STATUTS = ["Président", "Vice-président", "Trésorier", "Secrétaire", "Membre du bureau", "Donneur régulier",
           "Donneur occasionnel", "Bénévole", "Membre d'honneur", "Non-membre"]
TYPES = ["Cotisation annuelle", "Cotisation réduite (étudiant)", "Don", "Adhésion de soutien", "Cotisation bureau",
         "Frais de carte", "Collecte mobile", "Autre"]
GROUPES = ["Tevragh Zeina", "Ksar", "Arafat", "Sebkha", "Université de Nouakchott", "Nouadhibou", "Rosso",
           "Équipe collecte", "Équipe sensibilisation", "Bureau", "Jeunes donneurs", "Femmes donneuses"]


def _info(c, i):
    return c.r.choice([None, None, None, "Carte remise en main propre.", "A changé de numéro en 2024.",
                       f"Parrainé(e) par {someone('mr')(c, i)}", f"Joindre plutôt son frère au +222 {digits(c, 2)} "
                       f"{digits(c, 2)} {digits(c, 2)} {digits(c, 2)}", "Préfère être appelé(e) le soir."])


def _field_val(c, i):
    field = i % 3
    if field == 0:
        return c.r.choice(["O+", "O+", "A+", "B+", "AB+", "O-", "A-", "B-"])
    if field == 1:
        return f"{dates(2022, 2025)(c, i):%d/%m/%Y}"
    return c.r.choice(["Aucune", "Aucune", "Anémie (Hb 11,2)", "Tension basse", "Paludisme récent",
                       "Traitement antibiotique", "Hépatite B positive", "Aucune"])


def _log_text(c, i):
    adh = person("mr", ADH, "full")(c, fk(N_ADH, 7)(c, i))
    return c.r.choice([f"Member '{adh}' has been successfully modified.", "Login", "Logoff",
                       f"Contribution added for {adh}", "Mailing sent", "Authentication failed"])


def galette_tables() -> list[Table]:
    p = lambda f: person("mr", ADH, f, 1958, 2006)            # noqa: E731
    return [
        Table(S, "galette_statuts", [
            C("id_statut", "integer PRIMARY KEY", "none", seq()),
            C("libelle_statut", "varchar(255)", "none", lambda c, i: STATUTS[i - 1]),
            C("priorite_statut", "smallint", "none", lambda c, i: i * 10),
        ], rows=N_STAT),
        Table(S, "galette_types_cotisation", [
            C("id_type_cotis", "integer PRIMARY KEY", "none", seq()),
            C("libelle_type_cotis", "varchar(255)", "none", lambda c, i: TYPES[i - 1]),
            C("cotis_extension", "boolean", "none", lambda c, i: i in (1, 2, 4, 5)),
            C("amount", "numeric(15,2)", "none", one(500, 1000, 2000, None)),
        ], rows=N_TYPE),
        Table(S, "galette_adherents", [
            C("id_adh", "integer PRIMARY KEY", "none", seq()),
            C("id_statut", "integer", "none", lambda c, i: 6 if i > 20 else (i % N_STAT) + 1),
            C("nom_adh", "varchar(255)", "person_name", p("last")),
            C("prenom_adh", "varchar(255)", "person_name", p("first")),
            C("pseudo_adh", "varchar(255)", "none", maybe(lambda c, i: p("user")(c, i).split(".")[0] + str(i), 0.3)),
            C("societe_adh", "varchar(200)", "none", maybe(one("SNIM", "Mauritel", "Chinguitel", "CNAM", "Ministère de"
                                                               " la Santé", "BMCI"), 0.3)),
            C("titre_adh", "integer", "none", lambda c, i: 1 if p("sex")(c, i) == "M" else c.r.choice([2, 3])),
            C("ddn_adh", "date", "birth_date", p("birth")),
            C("sexe_adh", "smallint", "none", lambda c, i: 1 if p("sex")(c, i) == "M" else 2),
            C("adresse_adh", "text", "postal_address", p("a_line")),
            C("cp_adh", "varchar(10)", "none", const(None)),
            C("ville_adh", "varchar(200)", "none", p("a_city")),
            C("pays_adh", "varchar(200)", "none", const("Mauritanie")),
            C("tel_adh", "varchar(50)", "phone", maybe(p("phone"), 0.3)),
            C("gsm_adh", "varchar(50)", "phone", p("mobile")),
            C("email_adh", "varchar(255)", "email", maybe(p("email"), 0.7)),
            C("info_adh", "text", "free_text_may_contain_pii", _info),
            C("info_public_adh", "text", "none", maybe(one("Donneur depuis 2015.", "Disponible pour les collectes.",
                                                          "Étudiant en médecine."), 0.3)),
            C("prof_adh", "varchar(150)", "none", maybe(one("Enseignant(e)", "Commerçant(e)", "Étudiant(e)", "Infirmier(e)",
                                                            "Chauffeur", "Pêcheur", "Fonctionnaire"), 0.8)),
            C("login_adh", "varchar(255)", "none", p("user")),
            C("mdp_adh", "varchar(255)", "credentials", lambda c, i: bcrypt(c, "10", "2y")),
            C("date_crea_adh", "date", "none", dates(2012, 2024)),
            C("date_modif_adh", "date", "none", dates(2023, 2025)),
            C("activite_adh", "boolean", "none", flag(0.85)),
            C("bool_admin_adh", "boolean", "none", lambda c, i: i <= 3),
            C("bool_exempt_adh", "boolean", "none", flag(0.1)),
            C("bool_display_info", "boolean", "none", flag(0.3)),
            C("date_echeance", "date", "none", dates(2024, 2026)),
            C("pref_lang", "varchar(20)", "none", one("fr_FR", "fr_FR", "ar_SA", "en_US")),
            C("lieu_naissance", "text", "none", one("Nouakchott", "Boutilimit", "Atar", "Kiffa", "Kaédi", "Tidjikja")),
            C("gpgid", "varchar(8)", "none", const(None)),
            C("fingerprint", "varchar(255)", "none", const(None)),
            C("parent_id", "integer", "none", lambda c, i: (i - 60) if 70 < i <= 80 else None),
            C("num_adh", "varchar(255)", "none", lambda c, i: f"ADBS-{i + 400:05d}"),
        ], rows=N_ADH, extra=[fkey(S, "galette_adherents", "id_statut", "galette_statuts", "id_statut"),
                              fkey(S, "galette_adherents", "parent_id", "galette_adherents", "id_adh")]),
        Table(S, "galette_transactions", [
            C("trans_id", "integer PRIMARY KEY", "none", seq()),
            C("trans_date", "date", "none", dates(2022, 2025)),
            C("trans_amount", "numeric(15,2)", "none", amounts(500, 60000, 0)),
            C("trans_desc", "varchar(255)", "none", one("Virement SNIM", "Don collecte Arafat", "Cotisations bureau",
                                                        "Subvention", "Bankily")),
            C("id_adh", "integer", "none", maybe(fk(N_ADH, 13), 0.8)),
            C("type_paiement_trans", "integer", "none", one(1, 2, 3)),
        ], rows=100, extra=[fkey(S, "galette_transactions", "id_adh", "galette_adherents", "id_adh")]),
        Table(S, "galette_cotisations", [
            C("id_cotis", "integer PRIMARY KEY", "none", seq()),
            C("id_adh", "integer", "none", fk(N_ADH, 11)),
            C("id_type_cotis", "integer", "none", fk(N_TYPE, 3)),
            C("montant_cotis", "numeric(15,2)", "none", one(500, 1000, 2000, 5000)),
            C("type_paiement_cotis", "integer", "none", one(1, 2, 3, 7)),
            C("info_cotis", "text", "none", maybe(one("Payé via Bankily", "Espèces à la permanence", "Masrvi"), 0.4)),
            C("date_enreg", "date", "none", dates(2022, 2025)),
            C("date_debut_cotis", "date", "none", dates(2022, 2025)),
            C("date_fin_cotis", "date", "none", dates(2023, 2026)),
            C("trans_id", "integer", "none", maybe(fk(100, 3), 0.5)),
        ], rows=150, extra=[fkey(S, "galette_cotisations", "id_adh", "galette_adherents", "id_adh"),
                            fkey(S, "galette_cotisations", "id_type_cotis", "galette_types_cotisation",
                                 "id_type_cotis"),
                            fkey(S, "galette_cotisations", "trans_id", "galette_transactions", "trans_id")]),
        Table(S, "galette_groups", [
            C("id_group", "integer PRIMARY KEY", "none", seq()),
            C("group_name", "varchar(250)", "none", lambda c, i: GROUPES[i - 1]),
            C("creation_date", "timestamp", "none", stamps(2015, 2022)),
            C("parent_group", "integer", "none", lambda c, i: None if i <= 4 else (i % 4) + 1),
        ], rows=N_GRP, extra=[fkey(S, "galette_groups", "parent_group", "galette_groups", "id_group")]),
        Table(S, "galette_groups_members", [
            C("id_group", "integer", "none", fk(N_GRP, 5)),
            C("id_adh", "integer", "none", seq()),
        ], rows=140, extra=[fkey(S, "galette_groups_members", "id_group", "galette_groups", "id_group"),
                            fkey(S, "galette_groups_members", "id_adh", "galette_adherents", "id_adh")]),
        Table(S, "galette_dynamic_fields", [
            C("item_id", "integer", "none", lambda c, i: (i - 1) // 3 + 1),
            C("field_id", "integer", "none", lambda c, i: i % 3 + 1),
            C("field_form", "varchar(10)", "none", const("adh")),
            C("val_index", "integer", "none", const(1)),
            C("field_val", "text", "health", _field_val,
              comment="valeurs des champs dynamiques des adhérents"),
        ], rows=150, extra=[fkey(S, "galette_dynamic_fields", "item_id", "galette_adherents", "id_adh")]),
        Table(S, "galette_logs", [
            C("id_log", "integer PRIMARY KEY", "none", seq()),
            C("date_log", "timestamp", "none", stamps(2024, 2025)),
            C("ip_log", "varchar(46)", "ip_address", lambda c, i: person("mr", ADH, "ip")(c, fk(N_ADH, 7)(c, i))),
            C("adh_log", "varchar(41)", "none", lambda c, i: person("mr", ADH, "user")(c, fk(N_ADH, 7)(c, i))),
            C("text_log", "text", "free_text_may_contain_pii", _log_text),
            C("action_log", "text", "none", one("Login", "Update member", "Add contribution", "Send mailing")),
            C("sql_log", "text", "none", maybe(one("UPDATE galette_adherents SET ...", "INSERT INTO galette_cotisations"
                                                   " ..."), 0.3)),
        ], rows=150),
        Table(S, "galette_reminders", [
            C("reminder_id", "integer PRIMARY KEY", "none", seq()),
            C("reminder_type", "integer", "none", one(1, 2)),
            C("reminder_dest", "integer", "none", fk(N_ADH, 17)),
            C("reminder_date", "timestamp", "none", stamps(2023, 2025)),
            C("reminder_success", "boolean", "none", flag(0.8)),
            C("reminder_nomail", "boolean", "none", flag(0.25)),
            C("reminder_comment", "text", "none", maybe(one("Pas d'adresse e-mail", "SMS envoyé"), 0.3)),
        ], rows=100, extra=[fkey(S, "galette_reminders", "reminder_dest", "galette_adherents", "id_adh")]),
        Table(S, "galette_mailing_history", [
            C("mailing_id", "integer PRIMARY KEY", "none", seq()),
            C("mailing_sender", "integer", "none", fk(3, 1)),
            C("mailing_subject", "varchar(255)", "none", one("Collecte du samedi à Arafat", "Rappel de cotisation",
                                                             "Urgence : besoin de sang O-", "Assemblée générale")),
            C("mailing_body", "text", "none", one("Chers donneurs, une collecte aura lieu au CNTS samedi de 9h à 13h.",
                                                  "Merci de renouveler votre cotisation annuelle.",
                                                  "Le CHN manque de poches O négatif. Merci de vous présenter.")),
            C("mailing_date", "timestamp", "none", stamps(2022, 2025)),
            C("mailing_recipients", "text", "email",
              lambda c, i: ";".join(person("mr", ADH, "email")(c, k) for k in c.r.sample(range(1, N_ADH + 1), 4))),
            C("mailing_sent", "boolean", "none", flag(0.9)),
        ], rows=90, extra=[fkey(S, "galette_mailing_history", "mailing_sender", "galette_adherents", "id_adh")]),
    ]
