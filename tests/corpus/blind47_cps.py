"""aw_cps_spm: an in-house system of a social security fund in Saint-Pierre (Saint Pierre and Miquelon), French
column names: insured persons (assurés), dependants (ayants droit), sick-leave stoppages, family and housing
benefits, employers and the medical review of claims."""
from __future__ import annotations

from .blind26_gens import (C, amounts, iban, const, dates, digits, fk, fkey, flag, ints, maybe, one, seq, sha256, stamps)
from .blind47_gens import POOLS, any_mobile, any_name, person, pick
from .gens import Table

S = "aw_cps_spm"
ASS = "pm.assure"
N_ASS, N_EMPL, N_AGENT = 140, 24, 14
EMPLOYEURS = ["Collectivité Territoriale", "Pêcheries Paturel", "Air Saint-Pierre", "Centre Hospitalier F. Dunan",
              "SPM Ferries", "Boulangerie du Port", "Mairie de Saint-Pierre", "EDF SPM", "Garage Cormier & Fils",
              "Hôtel Robert", "SPM Telecom", "Supermarché Ed. Girardin"]


def _obs(c, i):
    return c.r.choice([None, None, "Dossier complet.", "Relance employeur pour attestation de salaire.",
                       f"Appel de sa fille {any_name('pm')(c, i)} ({any_mobile('pm')(c, i)}) pour le dossier.",
                       f"Courrier retourné, nouvelle adresse: {person('pm', 'pm.dem', 'a_line')(c, i)}",
                       "Assuré hospitalisé à Saint-Jean de Terre-Neuve (évasan)."])


def cps_tables() -> list[Table]:
    a = lambda f: person("pm", ASS, f, 1938, 2005)     # noqa: E731
    g = lambda f: person("pm", "pm.agent", f, 1965, 2000)     # noqa: E731
    return [
        Table(S, "agents", [
            C("agent_id", "integer PRIMARY KEY", "none", seq()),
            C("matricule", "varchar(8)", "none", lambda c, i: f"AG{i:03d}"),
            C("nom_agent", "varchar(80)", "person_name", g("full")),
            C("service", "varchar(40)", "none", one("Prestations", "Recouvrement", "Contrôle médical", "Accueil")),
            C("mel", "varchar(80)", "email", lambda c, i: f"{g('user')(c, i)}@cps.pm"),
            C("mdp_sha256", "char(64)", "credentials", lambda c, i: sha256(c)),
        ], rows=N_AGENT),
        Table(S, "employeurs", [
            C("employeur_id", "integer PRIMARY KEY", "none", seq()),
            C("raison_sociale", "varchar(120)", "none", pick(*EMPLOYEURS, *[f"{n} SARL" for n in POOLS["pm"]["last"][:12]])),
            C("siret", "char(14)", "none", lambda c, i: f"975{digits(c, 11)}"),
            C("adresse", "varchar(200)", "none", lambda c, i: f"{c.r.randint(1, 60)} {c.r.choice(POOLS['pm']['street'])}, "
                                                              "97500 Saint-Pierre"),
            C("tel_standard", "varchar(20)", "none", lambda c, i: f"05 08 41 {digits(c, 2)} {digits(c, 2)}"),
            C("correspondant_paie", "varchar(80)", "person_name", any_name("pm")),
            C("tel_correspondant", "varchar(20)", "phone", any_mobile("pm")),
            C("effectif", "integer", "none", ints(1, 350)),
            C("taux_at", "numeric(4,2)", "none", amounts(0.9, 6.5)),
        ], rows=N_EMPL),
        Table(S, "assures", [
            C("assure_id", "integer PRIMARY KEY", "none", seq()),
            C("nir", "char(18)", "national_id", a("natid")),
            C("nom", "varchar(60)", "person_name", a("last")),
            C("nom_usage", "varchar(60)", "person_name", maybe(lambda c, i: c.r.choice(POOLS["pm"]["last"]), 0.3)),
            C("prenoms", "varchar(80)", "person_name", a("first")),
            C("date_naiss", "date", "birth_date", a("birth")),
            C("lieu_naiss", "varchar(60)", "none", one("Saint-Pierre", "Saint-Pierre", "Miquelon", "Saint-Malo",
                                                        "Saint-Jean (Terre-Neuve)")),
            C("sexe", "char(1)", "none", a("sex")),
            C("adr_ligne1", "varchar(120)", "postal_address", a("a_line")),
            C("adr_quartier", "varchar(60)", "none", a("a_district")),
            C("cp", "char(5)", "postal_address", a("a_postcode")),
            C("commune", "varchar(40)", "none", a("a_city")),
            C("tel_fixe", "varchar(20)", "phone", maybe(a("phone"), 0.6)),
            C("portable", "varchar(20)", "phone", maybe(a("mobile"), 0.8)),
            C("courriel", "varchar(80)", "email", maybe(a("email"), 0.6)),
            C("employeur_id", "integer", "none", fk(N_EMPL, 5, 6)),
            C("regime", "varchar(20)", "none", one("Salarié", "Salarié", "Marin-pêcheur", "Retraité", "Indépendant")),
            C("ald", "boolean", "health", flag(0.12), comment="affection de longue durée"),
            C("code_ald", "varchar(4)", "health", maybe(one("08", "12", "30", "23"), 0.12)),
            C("rib_iban", "varchar(34)", "iban", lambda c, i: iban("FR", c.r.choice(["11899", "12579"]) + digits(c, 18))),
            C("medecin_traitant", "varchar(60)", "person_name", maybe(lambda c, i: "Dr " + any_name("pm")(c, i), 0.8)),
            C("date_affiliation", "date", "none", dates(1990, 2024)),
            C("observations", "text", "free_text_may_contain_pii", _obs),
            C("maj_le", "timestamp", "none", stamps(2023, 2025)),
        ], rows=N_ASS, extra=[fkey(S, "assures", "employeur_id", "employeurs", "employeur_id")]),
        Table(S, "ayants_droit", [
            C("ad_id", "integer PRIMARY KEY", "none", seq()),
            C("assure_id", "integer", "none", fk(N_ASS, 3)),
            C("nom_prenom", "varchar(100)", "person_name", any_name("pm")),
            C("lien", "varchar(20)", "none", one("Conjoint", "Enfant", "Enfant", "Concubin")),
            C("ddn", "date", "birth_date", dates(1950, 2024)),
            C("scolarise", "boolean", "none", flag(0.5)),
            C("handicap_taux", "smallint", "health", maybe(one(50, 80), 0.06)),
        ], rows=130, extra=[fkey(S, "ayants_droit", "assure_id", "assures", "assure_id")]),
        Table(S, "arrets_travail", [
            C("arret_id", "integer PRIMARY KEY", "none", seq()),
            C("assure_id", "integer", "none", fk(N_ASS, 7)),
            C("date_debut", "date", "none", dates(2023, 2025)),
            C("date_fin", "date", "none", dates(2023, 2025)),
            C("motif_medical", "varchar(120)", "health", one("Lombalgie aiguë", "Syndrome dépressif", "Grippe",
                                                             "Fracture cheville", "Suites opératoires", "Burn-out")),
            C("accident_travail", "boolean", "none", flag(0.15)),
            C("prescripteur", "varchar(60)", "person_name", lambda c, i: "Dr " + any_name("pm")(c, i)),
            C("ij_montant_jour", "numeric(7,2)", "none", amounts(18, 95)),
            C("controle_medical", "boolean", "none", flag(0.1)),
            C("avis_medecin_conseil", "text", "health", maybe(one("Arrêt justifié", "Reprise à mi-temps thérapeutique",
                                                                   "Consolidation avec séquelles"), 0.3)),
            C("agent_id", "integer", "none", fk(N_AGENT, 3)),
        ], rows=150, extra=[fkey(S, "arrets_travail", "assure_id", "assures", "assure_id"),
                            fkey(S, "arrets_travail", "agent_id", "agents", "agent_id")]),
        Table(S, "prestations_familiales", [
            C("dossier_id", "integer PRIMARY KEY", "none", seq()),
            C("assure_id", "integer", "none", fk(N_ASS, 11)),
            C("type_prestation", "varchar(40)", "none", one("Allocations familiales", "Allocation logement",
                                                            "Prime de naissance", "Complément familial")),
            C("nb_enfants", "smallint", "none", ints(1, 5)),
            C("quotient_familial", "numeric(8,2)", "none", amounts(300, 2400)),
            C("montant_mensuel", "numeric(8,2)", "none", amounts(40, 900)),
            C("bailleur", "varchar(80)", "none", maybe(one("OPH SPM", "SCI du Cap", "Particulier"), 0.5)),
            C("situation_familiale", "varchar(20)", "none", one("Marié(e)", "Célibataire", "Divorcé(e)", "Pacsé(e)")),
            C("statut", "varchar(12)", "none", one("ouvert", "ouvert", "suspendu", "clos")),
            C("date_decision", "date", "none", dates(2022, 2025)),
        ], rows=120, extra=[fkey(S, "prestations_familiales", "assure_id", "assures", "assure_id")]),
        Table(S, "connexions_portail", [
            C("cnx_id", "integer PRIMARY KEY", "none", seq()),
            C("assure_id", "integer", "none", fk(N_ASS, 13)),
            C("ip_client", "inet", "ip_address", lambda c, i: f"70.{c.r.choice([36, 38])}.{c.r.randrange(256)}."
                                                              f"{c.r.randint(1, 254)}"),
            C("horodatage", "timestamp", "none", stamps(2025, 2025)),
            C("succes", "boolean", "none", flag(0.9)),
            C("jeton_session", "varchar(64)", "secret_token", lambda c, i: sha256(c)),
            C("navigateur", "varchar(40)", "none", one("Firefox 128", "Safari iOS 17", "Chrome 126")),
            C("mfa_sms", "boolean", "none", const(False)),
        ], rows=150, extra=[fkey(S, "connexions_portail", "assure_id", "assures", "assure_id")]),
    ]
