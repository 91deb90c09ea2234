"""av_tahiry: the core system of a small savings and credit cooperative in Madagascar (Antananarivo, Antsirabe and
Toamasina branches), with French and Malagasy column names: members (mpikambana) with their CIN and thumbprint,
savings accounts, loans with guarantors, MVola mobile-money repayments, field visits and a social survey."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, rbytes, seq,
                           stamps)
from .blind46_gens import POOLS, any_mobile, any_name, geo, person
from .gens import Table

S = "av_tahiry"
AGENT, MEMBRE = "mg.agent", "mg.mpikambana"
N_AG, N_AGENT, N_MEM, N_CPT, N_PRET = 5, 24, 140, 140, 130
AGENCES = ["Analakely", "Itaosy", "Ambohimanarina", "Antsirabe", "Toamasina"]


def _cin(c, i):
    return f"{c.r.choice('1123')}{c.r.randint(1, 19):02d} {c.r.choice('12')}{digits(c, 2)} {digits(c, 3)} {digits(c, 3)}"


def _observation(c, i):
    return c.r.choice([None, "Tsena Analakely, toeram-pivarotana laharana 12. Mandeha tsara ny varotra.",
                       "Le stock de riz a été vendu, remboursement prévu vendredi.",
                       f"Membre absent, vu son épouse {any_name('mg')(c, i)}.",
                       f"Nouveau numéro MVola du membre : {any_mobile('mg')(c, i)}",
                       "Zébu vendu pour payer l'hospitalisation de l'enfant.", "Activité arrêtée pendant la saison cyclonique."])


def tahiry_tables() -> list[Table]:
    a = lambda f: person("mg", AGENT, f, 1970, 2001)          # noqa: E731
    m = lambda f: person("mg", MEMBRE, f, 1950, 2005)         # noqa: E731
    return [
        Table(S, "agence", [
            C("agence_id", "integer PRIMARY KEY", "none", seq()),
            C("nom", "varchar(40)", "none", lambda c, i: AGENCES[i - 1]),
            C("ville", "varchar(30)", "none", lambda c, i: (["Antananarivo"] * 3 + ["Antsirabe", "Toamasina"])[i - 1]),
            C("nif", "varchar(10)", "none", lambda c, i: digits(c, 10)),
            C("telephone", "varchar(20)", "none", lambda c, i: f"020 22 {digits(c, 3)} {digits(c, 2)}"),
        ], rows=N_AG),
        Table(S, "agent", [
            C("agent_id", "integer PRIMARY KEY", "none", seq()),
            C("anarana", "varchar(60)", "person_name", a("last")),
            C("fanampiny", "varchar(60)", "person_name", a("first")),
            C("matricule", "varchar(10)", "none", lambda c, i: f"AG{i:04d}"),
            C("finday", "varchar(20)", "phone", a("mobile")),
            C("login", "varchar(40)", "none", a("user")),
            C("mot_de_passe", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "10", "2a")),
            C("jeton_tablette", "varchar(64)", "secret_token", lambda c, i: hexs(c, 64)),
            C("agence_id", "integer", "none", fk(N_AG, 2)),
        ], rows=N_AGENT, extra=[fkey(S, "agent", "agence_id", "agence", "agence_id")]),
        Table(S, "mpikambana", [
            C("membre_id", "integer PRIMARY KEY", "none", seq()),
            C("num_membre", "varchar(12)", "none", lambda c, i: f"TM-{i + 5000:06d}"),
            C("anarana", "varchar(60)", "person_name", m("last")),
            C("fanampiny", "varchar(60)", "person_name", m("first")),
            C("cin", "varchar(16)", "national_id", m("natid")),
            C("daty_cin", "date", "none", dates(2000, 2024)),
            C("daty_nahaterahana", "date", "birth_date", m("birth")),
            C("toerana_nahaterahana", "varchar(40)", "none", lambda c, i: c.r.choice(POOLS["mg"]["city"])),
            C("sexe", "char(1)", "none", m("sex")),
            C("adiresy", "varchar(80)", "postal_address", m("a_line")),
            C("fokontany", "varchar(40)", "none", one(*POOLS["mg"]["district"])),
            C("finday", "varchar(20)", "phone", m("mobile")),
            C("mvola", "varchar(20)", "phone", lambda c, i: m("mobile")(c, i) if c.r.random() < 0.6
              else any_mobile("mg")(c, i), comment="mobile-money number used for repayments"),
            C("asa", "varchar(60)", "none", one("Mpivarotra (commerçante)", "Mpamboly vary", "Mpanjaitra", "Mpamily taxi-be",
                                                 "Mpiompy akoho", "Épicerie")),
            C("vady", "varchar(80)", "person_name", maybe(any_name("mg"), 0.6)),
            C("cin_vady", "varchar(16)", "national_id", maybe(_cin, 0.5)),
            C("empreinte_pouce", "bytea", "biometric", lambda c, i: b"FMR\x00 20\x00" + rbytes(c, 90),
              comment="thumbprint template; members who cannot sign"),
            C("agence_id", "integer", "none", fk(N_AG, 3)),
            C("date_adhesion", "date", "none", dates(2012, 2025)),
            C("statut", "varchar(10)", "none", one("actif", "actif", "actif", "suspendu", "radié")),
        ], rows=N_MEM, extra=[fkey(S, "mpikambana", "agence_id", "agence", "agence_id")]),
        Table(S, "compte_epargne", [
            C("compte_id", "integer PRIMARY KEY", "none", seq()),
            C("num_compte", "varchar(20)", "bank_account", lambda c, i: f"00{c.r.randint(1, 5)}-{digits(c, 8)}-{digits(c, 2)}"),
            C("membre_id", "integer", "none", seq()),
            C("produit", "varchar(30)", "none", one("Tahiry an-tsitrapo", "Tahiry voatery", "Dépôt à terme", "Épargne scolaire")),
            C("solde_mga", "numeric(14,2)", "none", amounts(0, 9_500_000)),
            C("date_ouverture", "date", "none", dates(2012, 2025)),
            C("bloque", "boolean", "none", flag(0.05)),
        ], rows=N_CPT, extra=[fkey(S, "compte_epargne", "membre_id", "mpikambana", "membre_id")]),
        Table(S, "pret", [
            C("pret_id", "integer PRIMARY KEY", "none", seq()),
            C("num_pret", "varchar(16)", "none", lambda c, i: f"PR-2025-{i:05d}"),
            C("membre_id", "integer", "none", fk(N_MEM, 7)),
            C("montant_mga", "numeric(14,2)", "none", amounts(200_000, 12_000_000)),
            C("duree_mois", "smallint", "none", one(3, 6, 9, 12, 18)),
            C("taux_mensuel", "numeric(4,2)", "none", amounts(2.0, 3.5)),
            C("objet", "varchar(60)", "none", one("Fonds de roulement épicerie", "Achat de semences", "Élevage porcin",
                                                   "Frais de scolarité", "Achat machine à coudre", "Réparation toiture")),
            C("garant_nom", "varchar(80)", "person_name", any_name("mg")),
            C("garant_cin", "varchar(16)", "national_id", _cin),
            C("garant_finday", "varchar(20)", "phone", any_mobile("mg")),
            C("agent_id", "integer", "none", fk(N_AGENT, 5)),
            C("statut", "varchar(16)", "none", one("en cours", "en cours", "soldé", "en retard", "passé en perte")),
            C("jours_retard", "integer", "none", ints(0, 120)),
            C("date_deblocage", "date", "none", dates(2023, 2025)),
        ], rows=N_PRET, extra=[fkey(S, "pret", "membre_id", "mpikambana", "membre_id"),
                               fkey(S, "pret", "agent_id", "agent", "agent_id")]),
        Table(S, "remboursement_mvola", [
            C("rembt_id", "integer PRIMARY KEY", "none", seq()),
            C("pret_id", "integer", "none", fk(N_PRET, 3)),
            C("date_paiement", "timestamp", "none", stamps(2024, 2025)),
            C("montant_mga", "numeric(12,2)", "none", amounts(20_000, 1_500_000)),
            C("mvola_ref", "varchar(24)", "none", lambda c, i: f"MP{digits(c, 6)}.{digits(c, 4)}.{hexs(c, 4).upper()}"),
            C("numero_payeur", "varchar(20)", "phone", lambda c, i: any_mobile("mg")(c, i).replace(" ", "")),
            C("nom_payeur", "varchar(80)", "person_name", lambda c, i: any_name("mg")(c, i).upper()),
            C("statut", "varchar(10)", "none", one("succès", "succès", "succès", "échec")),
        ], rows=150, extra=[fkey(S, "remboursement_mvola", "pret_id", "pret", "pret_id")]),
        Table(S, "visite_terrain", [
            C("visite_id", "integer PRIMARY KEY", "none", seq()),
            C("pret_id", "integer", "none", fk(N_PRET, 7)),
            C("agent_id", "integer", "none", fk(N_AGENT, 3)),
            C("date_visite", "date", "none", dates(2024, 2025)),
            C("lat", "numeric(9,6)", "geo_location", geo(-18.91, 47.52, 0.2, 0)),
            C("lng", "numeric(9,6)", "geo_location", geo(-18.91, 47.52, 0.2, 1)),
            C("observation", "text", "free_text_may_contain_pii", _observation),
            C("photo", "varchar(120)", "none", lambda c, i: f"visites/{hexs(c, 12)}.jpg"),
            C("resultat", "varchar(20)", "none", one("à jour", "promesse", "relance", "contentieux")),
        ], rows=100, extra=[fkey(S, "visite_terrain", "pret_id", "pret", "pret_id"),
                            fkey(S, "visite_terrain", "agent_id", "agent", "agent_id")]),
        Table(S, "enquete_sociale", [
            C("enquete_id", "integer PRIMARY KEY", "none", seq()),
            C("membre_id", "integer", "none", fk(N_MEM, 11)),
            C("date_enquete", "date", "none", dates(2023, 2025)),
            C("taille_menage", "smallint", "none", ints(1, 11)),
            C("score_ppi", "smallint", "none", ints(5, 80)),
            C("foko", "varchar(20)", "ethnic_origin", one("Merina", "Merina", "Betsileo", "Betsimisaraka", "Sakalava",
                                                           "Antandroy", "Tsimihety", "Antaisaka")),
            C("handicap", "varchar(40)", "health", maybe(one("Malvoyant", "Amputé jambe gauche", "Sourd",
                                                             "Poliomyélite"), 0.15)),
            C("enfants_scolarises", "smallint", "none", ints(0, 6)),
            C("toit", "varchar(20)", "none", one("tôle", "chaume", "tuile", "béton")),
        ], rows=100, extra=[fkey(S, "enquete_sociale", "membre_id", "mpikambana", "membre_id")]),
    ]
