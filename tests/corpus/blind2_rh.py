"""A small French HR/CRM schema (schema c_rh), as written for SMEs in the Dolibarr/home-grown style: services,
salaries, absences, clients (companies), contacts_clients, candidats."""
from __future__ import annotations

from .blind2_gens import (FR, col, day, dob, flag, fr_first, fr_iban, fr_last, fr_name, fr_nir, fr_phone, fr_rib,
                          fr_siren, fr_siret, fr_vat, opt, pick_w, ref, text_pii, ts)
from .gens import Ctx, Table, ident, pick

S = "c_rh"
N_SERV, N_SAL, N_CLI = 80, 140, 120
PK = "integer PRIMARY KEY"
FK = lambda t, c, p, k: f"ALTER TABLE {S}.{t} ADD FOREIGN KEY ({c}) REFERENCES {S}.{p} ({k})"  # noqa: E731
F = lambda m: (lambda c, i: getattr(FR, m)())  # noqa: E731


def services() -> Table:
    cols = [col("id", PK, "none", ident),
            col("libelle", "varchar(80)", "none", lambda c, i: f"{c.r.choice(['Comptabilité', 'Logistique', 'Ventes', 'Atelier', 'RH', 'Informatique'])} "
                                                              f"{c.r.choice(['Nord', 'Sud', 'Lyon', 'Paris', ''])}".strip()),
            col("code_analytique", "varchar(10)", "none", lambda c, i: f"CA{i:04d}"),
            ]
    return Table(S, "services", cols, rows=N_SERV)


def _titre_sejour(c: Ctx, i: int) -> str | None:
    return f"{c.r.randint(10**9, 10**10 - 1)}" if i % 8 == 0 else None


def salaries() -> Table:
    cols = [col("id", PK, "none", ident), col("matricule", "varchar(10)", "none", lambda c, i: f"M{i + 1000:05d}"),
            col("civilite", "varchar(4)", "none", pick("M.", "Mme")),
            col("nom", "varchar(60)", "person_name", fr_last),
            col("prenom", "varchar(60)", "person_name", fr_first),
            col("nom_naissance", "varchar(60)", "person_name", opt(0.3, fr_last)),
            col("numero_secu", "varchar(21)", "national_id", fr_nir),
            col("date_naissance", "date", "birth_date", dob(1960, 2004)),
            col("lieu_naissance", "varchar(80)", "none", F("city")),
            col("nationalite", "varchar(40)", "none", pick_w(("française", 9), ("portugaise", 1), ("algérienne", 1))),
            col("titre_sejour", "varchar(12)", "national_id", _titre_sejour),
            col("adresse", "varchar(150)", "postal_address", F("street_address")),
            col("complement_adresse", "varchar(150)", "postal_address", opt(0.3, lambda c, i: f"Bât. {c.r.choice('ABC')}, "
                                                                                              f"apt {c.r.randint(1, 80)}")),
            col("code_postal", "char(5)", "postal_address", F("postcode")),
            col("ville", "varchar(80)", "none", F("city")),
            col("telephone", "varchar(20)", "phone", fr_phone),
            col("portable", "varchar(20)", "phone", opt(0.7, fr_phone)),
            col("email_perso", "varchar(120)", "email", F("free_email")),
            col("email_pro", "varchar(120)", "email", lambda c, i: f"{FR.first_name().lower()}.{FR.last_name().lower()}"
                                                                   f"@{c.r.choice(['dupont-sa.fr', 'atelier-mecanique.fr'])}"),
            col("iban", "varchar(34)", "iban", fr_iban),
            col("bic", "varchar(11)", "none", pick("BNPAFRPPXXX", "SOGEFRPP", "CCBPFRPPVER", "AGRIFRPP882", "CEPAFRPP751")),
            col("rib", "varchar(30)", "bank_account", fr_rib),
            col("mutuelle", "varchar(40)", "none", pick("MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R La Mondiale")),
            col("situation_familiale", "varchar(20)", "none", pick("célibataire", "marié(e)", "pacsé(e)", "divorcé(e)")),
            col("date_entree", "date", "none", day(2005, 2024)),
            col("poste", "varchar(80)", "none", F("job")),
            col("type_contrat", "varchar(10)", "none", pick_w(("CDI", 7), ("CDD", 2), ("Alternance", 1))),
            col("rqth", "boolean", "health", flag(0.06)),
            col("aptitude_medecine_travail", "varchar(40)", "health", pick_w(
                ("Apte", 8), ("Apte avec aménagement de poste", 1), ("Inapte temporaire", 1))),
            col("personne_a_prevenir", "varchar(120)", "person_name", fr_name),
            col("telephone_urgence", "varchar(20)", "phone", fr_phone),
            col("id_service", "integer", "none", ref(N_SERV)),
            col("id_manager", "integer", "none", lambda c, i: c.r.randint(1, i - 1) if i > 4 else None)]
    return Table(S, "salaries", cols, rows=N_SAL, extra=[FK("salaries", "id_service", "services", "id"),
                                                         FK("salaries", "id_manager", "salaries", "id")])


def absences() -> Table:
    cols = [col("id", PK, "none", ident), col("id_salarie", "integer", "none", ref(N_SAL)),
            col("date_debut", "date", "none", day(2023, 2024)), col("date_fin", "date", "none", day(2023, 2024)),
            col("type_absence", "varchar(40)", "health", pick_w(("Arrêt maladie", 4), ("Accident du travail", 1),
                                                               ("Congé maternité", 1), ("Hospitalisation", 1))),
            col("commentaire", "text", "none", opt(0.3, pick("Prolongation reçue", "Subrogation en cours",
                                                             "Saisi dans la paie de mars")))]
    return Table(S, "absences", cols, rows=130, extra=[FK("absences", "id_salarie", "salaries", "id")],
                 comment="sick leave, work accidents, maternity, hospital: the paid-leave requests live elsewhere")


def clients() -> Table:
    forms = ["SAS", "SARL", "SA", "EURL", "SCI"]
    cols = [col("id", PK, "none", ident),
            col("raison_sociale", "varchar(120)", "none", lambda c, i: f"{FR.company()} {c.r.choice(forms)}"),
            col("siren", "char(9)", "none", fr_siren), col("siret", "char(14)", "none", fr_siret),
            col("tva_intracom", "varchar(13)", "none", fr_vat),
            col("adresse", "varchar(150)", "none", F("street_address")),
            col("code_postal", "char(5)", "none", F("postcode")), col("ville", "varchar(80)", "none", F("city")),
            col("telephone", "varchar(20)", "none", lambda c, i: f"0{c.r.randint(1, 5)} {c.r.randint(10, 99)} "
                                                               f"{c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"),
            col("email", "varchar(120)", "none", lambda c, i: f"{c.r.choice(['contact', 'compta', 'accueil'])}@{FR.domain_name()}"),
            col("iban", "varchar(34)", "none", fr_iban),
            col("commercial_id", "integer", "none", ref(N_SAL)),
            col("notes", "text", "free_text_may_contain_pii", text_pii(0.7, lang="fr")),
            ]
    return Table(S, "clients", cols, rows=N_CLI, extra=[FK("clients", "commercial_id", "salaries", "id")])


def contacts_clients() -> Table:
    cols = [col("id", PK, "none", ident), col("id_client", "integer", "none", ref(N_CLI)),
            col("nom", "varchar(60)", "person_name", fr_last), col("prenom", "varchar(60)", "person_name", fr_first),
            col("fonction", "varchar(80)", "none", pick("Gérant", "Directrice administrative", "Acheteur", "Comptable")),
            col("email", "varchar(120)", "email", lambda c, i: f"{FR.first_name().lower()}.{FR.last_name().lower()}@{FR.domain_name()}"),
            col("telephone_direct", "varchar(20)", "phone", fr_phone),
            col("portable", "varchar(20)", "phone", opt(0.6, fr_phone)),
            ]
    return Table(S, "contacts_clients", cols, rows=140, extra=[FK("contacts_clients", "id_client", "clients", "id")])


def _lettre(c: Ctx, i: int) -> str:
    return (f"{FR.name()}\n{FR.street_address()}\n{FR.postcode()} {FR.city()}\n{fr_phone(c, i)} - {FR.free_email()}\n\n"
            f"Madame, Monsieur, {FR.paragraph(nb_sentences=2)}")


def candidats() -> Table:
    cols = [col("id", PK, "none", ident), col("nom", "varchar(60)", "person_name", fr_last),
            col("prenom", "varchar(60)", "person_name", fr_first),
            col("email", "varchar(120)", "email", F("free_email")), col("telephone", "varchar(20)", "phone", fr_phone),
            col("date_naissance", "date", "birth_date", opt(0.5, dob(1970, 2005))),
            col("poste_vise", "varchar(80)", "none", F("job")),
            col("lettre_motivation", "text", "free_text_may_contain_pii", _lettre),
                       col("recu_le", "timestamp", "none", ts(2023, 2024)), ]
    return Table(S, "candidats", cols, rows=100)


def rh_tables() -> list[Table]:
    return [services(), salaries(), absences(), clients(), contacts_clients(), candidats()]
