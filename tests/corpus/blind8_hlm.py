"""k_hlm: a French social landlord's (office public de l'habitat) tenancy management database, in French with the
terse names such packages use: agences, logements, locataires (numéro d'allocataire CAF, IBAN for the direct debit),
baux, occupants of the household, rent arrears and their litigation steps, tenant complaints, housing applications
(numéro unique SNE) and a parameter table of code/valeur/libelle rows."""
from __future__ import annotations

from stdnum import iban

from .blind8_gens import (day, fk, money, num, opt, other_name, person, phone, postcode, stamp, street, surname,
                          template, town, with_fks)
from .gens import Col, Table, pick

S = "k_hlm"
N_LGT, N_TIERS, N_BAIL = 120, 130, 130
AGENCES = ["SDN", "BOB", "AUB", "MTR", "PAN", "BLM", "CRT", "SAR"]


def _iban_fr(c, i) -> str:
    bban = f"{c.r.choice(['30004', '30003', '20041', '10278', '16606', '30066'])}{c.r.randint(0, 99999):05d}" \
           f"{c.r.randint(0, 10**11 - 1):011d}{c.r.randint(0, 99):02d}"
    value = "FR" + iban.calc_check_digits("FR00" + bban) + bban
    return iban.format(value) if c.r.random() < 0.5 else value


def _resid(c, i) -> str:
    return c.r.choice(["Résidence Les Églantines", "Cité Paul Langevin", "Les Hauts de Bondy", "Résidence du Parc",
                       "Cité des Cosmonautes", "Les Tilleuls"])


def hlm_tables() -> list[Table]:
    return with_fks([
        Table(S, "agence", [
            Col("code_agence", "varchar(3) PRIMARY KEY", "none", lambda c, i: AGENCES[i - 1]),
            Col("lib_agence", "varchar(60)", "none", lambda c, i: f"Agence {['Saint-Denis', 'Bobigny', 'Aubervilliers', 'Montreuil', 'Pantin', 'Blanc-Mesnil', 'Créteil', 'Sarcelles'][i - 1]}"),
            Col("adresse", "varchar(120)", "none", street("fr")),
            Col("cp", "varchar(5)", "none", pick("93200", "93000", "93300", "93100", "93500", "94000")),
            Col("ville", "varchar(60)", "none", pick("Saint-Denis", "Bobigny", "Aubervilliers", "Montreuil")),
            Col("tel", "varchar(20)", "none", lambda c, i: f"01 48 {10 + i} {c.r.randint(10, 99)} 00"),
            Col("courriel", "varchar(80)", "none", lambda c, i: f"agence.{AGENCES[i - 1].lower()}@oph93-habitat.fr"),
        ], rows=8),
        Table(S, "logement", [
            Col("num_lgt", "varchar(12) PRIMARY KEY", "none", lambda c, i: f"093{i:05d}"),
            Col("code_prog", "varchar(6)", "none", lambda c, i: f"P{c.r.randint(100, 140)}"),
            Col("residence", "varchar(80)", "none", _resid),
            Col("adresse_lgt", "varchar(120)", "postal_address", street("fr")),
            Col("batiment", "varchar(5)", "none", pick("A", "B", "C", "D", "")),
            Col("escalier", "varchar(5)", "none", pick("1", "2", "3", "")),
            Col("etage", "smallint", "none", num(0, 14)),
            Col("porte", "varchar(5)", "none", lambda c, i: f"{c.r.randint(1, 14)}{c.r.randint(1, 8):02d}"),
            Col("typologie", "varchar(3)", "none", pick("T1", "T2", "T3", "T3", "T4", "T5")),
            Col("surface_hab", "numeric(6,2)", "none", money(22, 98)),
            Col("loyer_base", "numeric(8,2)", "none", money(210, 690)),
            Col("code_agence", "varchar(3)", "none", lambda c, i: c.r.choice(AGENCES)),
        ], rows=N_LGT),
        Table(S, "locataire", [
            Col("num_tiers", "int PRIMARY KEY", "none", lambda c, i: 100000 + i),
            Col("civilite", "varchar(4)", "none", lambda c, i: "M." if person("fr", "loc", i)["sex"] == "M" else c.r.choice(["Mme", "Mme", "Mlle"])),
            Col("nom", "varchar(60)", "person_name", lambda c, i: person("fr", "loc", i)["last"].upper()),
            Col("nom_naissance", "varchar(60)", "person_name", opt(0.3, lambda c, i: surname("fr")(c, i).upper(), "")),
            Col("prenom", "varchar(60)", "person_name", lambda c, i: person("fr", "loc", i)["first"]),
            Col("date_naiss", "date", "birth_date", day(1940, 2004)),
            Col("lieu_naiss", "varchar(60)", "none", pick("PARIS 18E", "SAINT-DENIS", "BAMAKO (MALI)", "ALGER (ALGERIE)", "LILLE",
                                                          "DAKAR (SENEGAL)", "POINTE-A-PITRE", "BONDY")),
            Col("nationalite", "varchar(30)", "none", pick("Française", "Française", "Française", "Malienne", "Algérienne",
                                                           "Marocaine", "Portugaise", "Sénégalaise")),
            Col("sit_fam", "varchar(3)", "none", pick("CEL", "MAR", "PAC", "DIV", "VEU", "CON")),
            Col("num_alloc_caf", "varchar(10)", "national_id", opt(0.7, lambda c, i: f"{c.r.randint(1000000, 9999999)}", "")),
            Col("tel_port", "varchar(20)", "phone", opt(0.8, phone("fr"), "")),
            Col("tel_fixe", "varchar(20)", "phone", opt(0.3, lambda c, i: f"01 4{c.r.randint(0, 9)} {c.r.randint(10, 99)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}", "")),
            Col("email", "varchar(100)", "email", opt(0.55, lambda c, i: person("fr", "loc", i)["email"], "")),
            Col("iban_prelev", "varchar(34)", "iban", opt(0.5, _iban_fr)),
            Col("rum", "varchar(35)", "none", lambda c, i: f"OPH93-{100000 + i}-{c.r.randint(1, 3)}"),
            Col("date_creation", "timestamp", "none", stamp(1995, 2024)),
        ], rows=N_TIERS),
        Table(S, "bail", [
            Col("num_bail", "int PRIMARY KEY", "none", lambda c, i: 700000 + i),
            Col("num_lgt", "varchar(12)", "none", lambda c, i: f"093{c.r.randint(1, N_LGT):05d}"),
            Col("num_tiers", "int", "none", lambda c, i: 100000 + c.r.randint(1, N_TIERS)),
            Col("date_effet", "date", "none", day(1992, 2024)),
            Col("date_sortie", "date", "none", opt(0.15, day(2020, 2025))),
            Col("loyer", "numeric(8,2)", "none", money(210, 690)),
            Col("provision_charges", "numeric(8,2)", "none", money(40, 180)),
            Col("depot_garantie", "numeric(8,2)", "none", money(0, 690)),
            Col("apl_mensuelle", "numeric(8,2)", "none", opt(0.55, money(50, 420), 0)),
            Col("mode_paiement", "varchar(3)", "none", pick("PRL", "PRL", "TIP", "CHQ", "ESP", "VIR")),
        ], rows=N_BAIL),
        Table(S, "occupant", [
            Col("id_occ", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("num_bail", "int", "none", lambda c, i: 700000 + c.r.randint(1, N_BAIL)),
            Col("lien_parente", "varchar(20)", "none", pick("CONJOINT", "ENFANT", "ENFANT", "ENFANT", "ASCENDANT", "AUTRE")),
            Col("nom", "varchar(60)", "person_name", lambda c, i: other_name("fr")(c, i).split(" ", 1)[1].upper()),
            Col("prenom", "varchar(60)", "person_name", lambda c, i: other_name("fr")(c, i).split(" ", 1)[0]),
            Col("date_naiss", "date", "birth_date", day(1945, 2023)),
            Col("taux_handicap", "smallint", "health", opt(0.1, pick(50, 80, 80, 100))),
            Col("situation_pro", "varchar(20)", "none", pick("SALARIE", "SCOLAIRE", "CHOMEUR", "RETRAITE", "SANS")),
        ], rows=140),
        Table(S, "impaye", [
            Col("id_imp", "int PRIMARY KEY", "none", lambda c, i: i),
            Col("num_bail", "int", "none", lambda c, i: 700000 + c.r.randint(1, N_BAIL)),
            Col("montant_du", "numeric(10,2)", "none", money(120, 9800)),
            Col("nb_mois", "smallint", "none", num(1, 24)),
            Col("etape_contentieux", "varchar(40)", "none", pick("RELANCE", "MISE EN DEMEURE", "COMMANDEMENT DE PAYER",
                                                                 "ASSIGNATION", "JUGEMENT EXPULSION", "PLAN D'APUREMENT", "CCAPEX")),
            Col("date_etape", "date", "none", day(2022, 2024)),
            Col("commentaire", "text", "free_text_may_contain_pii", opt(0.7, template(
                "fr", "{name} s'engage à verser 50 €/mois, rappel au {phone}", "Dossier FSL déposé le {d}",
                "Mme {last} injoignable, courrier envoyé", "Huissier Me {last} mandaté", "Plan signé, 1re échéance {d}",
                "Voir avec l'assistante sociale ({email})"), "")),
        ], rows=100),
        Table(S, "reclamation", [
            Col("num_recl", "int PRIMARY KEY", "none", lambda c, i: 24000 + i),
            Col("num_lgt", "varchar(12)", "none", lambda c, i: f"093{c.r.randint(1, N_LGT):05d}"),
            Col("date_recl", "timestamp", "none", stamp(2023, 2024)),
            Col("nature", "varchar(30)", "none", pick("FUITE", "CHAUFFAGE", "ASCENSEUR", "NUISIBLES", "TROUBLE_VOISINAGE",
                                                      "PROPRETE", "SERRURERIE")),
            Col("description", "text", "free_text_may_contain_pii", template(
                "fr", "Fuite sous l'évier depuis {n} jours, locataire joignable au {phone}",
                "Pas de chauffage dans le bât. B, plusieurs locataires", "Ascenseur en panne, {name} (3e étage) à mobilité réduite",
                "Cafards dans la cuisine, traitement demandé", "Bruit la nuit chez le voisin du {n}e, M. {last}",
                "Merci de répondre à {email}")),
            Col("statut", "varchar(10)", "none", pick("OUVERTE", "EN COURS", "CLOTUREE", "CLOTUREE")),
            Col("canal", "varchar(10)", "none", pick("TEL", "EXTRANET", "ACCUEIL", "COURRIER")),
        ], rows=110),
        Table(S, "demande_sne", [
            Col("num_unique", "varchar(18) PRIMARY KEY", "none", lambda c, i: f"0930{c.r.randint(2019, 2024)}{i:08d}"),
            Col("nom", "varchar(60)", "person_name", lambda c, i: person("fr", "sne", i)["last"].upper()),
            Col("prenom", "varchar(60)", "person_name", lambda c, i: person("fr", "sne", i)["first"]),
            Col("date_naiss", "date", "birth_date", day(1950, 2005)),
            Col("adresse_actuelle", "varchar(200)", "postal_address", lambda c, i: f"{street('fr')(c, i)}, {postcode('fr')(c, i)} {town('fr')(c, i)}"),
            Col("revenu_fiscal_ref", "numeric(10,2)", "none", money(0, 38000)),
            Col("nb_personnes", "smallint", "none", num(1, 7)),
            Col("motif_demande", "varchar(40)", "none", pick("LOGEMENT TROP PETIT", "SANS LOGEMENT", "LOYER TROP CHER",
                                                             "RAPPROCHEMENT TRAVAIL", "DIVORCE/SEPARATION", "LOGEMENT INSALUBRE")),
            Col("handicap_menage", "boolean", "health", pick(False, False, False, False, True)),
        ], rows=85),
        Table(S, "t_param", [
            Col("code", "varchar(20)", "none", lambda c, i: ["TX_IRL", "SLS_SEUIL", "DELAI_RELANCE", "TX_PENALITE", "CODE_ORG"][i % 5]
                + f"_{2015 + i // 5}"),
            Col("valeur", "varchar(40)", "none", lambda c, i: [f"{130 + i * 0.4:.2f}", "20", "15", "0.5", "93OPH"][i % 5]),
            Col("libelle", "varchar(120)", "none", lambda c, i: ["Indice de référence des loyers", "Seuil SLS en %",
                                                                 "Délai avant relance (jours)", "Taux de pénalité",
                                                                 "Code organisme"][i % 5]),
        ], rows=60),
    ], [
        fk(S, "logement", "code_agence", "agence", "code_agence"),
        fk(S, "bail", "num_lgt", "logement", "num_lgt"), fk(S, "bail", "num_tiers", "locataire", "num_tiers"),
        fk(S, "occupant", "num_bail", "bail", "num_bail"), fk(S, "impaye", "num_bail", "bail", "num_bail"),
        fk(S, "reclamation", "num_lgt", "logement", "num_lgt"),
    ])

