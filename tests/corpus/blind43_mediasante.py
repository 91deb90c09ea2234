"""as_mediasante: in-house system of a health-mediation association in Saint-Laurent-du-Maroni (French Guiana), with
French and French Guianese creole names as the local developer wrote them: beneficiaries (moun), households (kaz)
with GPS points, outreach visits, HIV/hepatitis screening, referrals to partner organisations, staff and the log."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq,
                           stamps, uuid)
from .blind43_gens import any_mobile, any_name, person, rib_iban
from .gens import Table

S = "as_mediasante"
MOUN, MED = "gf.moun", "gf.mediateur"
N_MED, N_KAZ, N_MOUN, N_PART, N_VIZIT = 18, 110, 140, 12, 150
PARTENAIRES = [("CHOG - Centre hospitalier de l'Ouest guyanais", "16 boulevard du Général de Gaulle", "05 94 34 87 77",
                "accueil@ch-ouestguyane.fr"),
               ("CDPS Apatou", "Bourg d'Apatou", "05 94 31 00 00", "cdps.apatou@ch-cayenne.fr"),
               ("CeGIDD Saint-Laurent", "Rue Hector Rivierez", "05 94 34 11 11", "cegidd@ch-ouestguyane.fr"),
               ("Croix-Rouge française - Délégation Ouest", "Avenue Gaston Monnerville", "05 94 34 22 22",
                "dt973@croix-rouge.fr"),
               ("CCAS de Saint-Laurent-du-Maroni", "Place de la République", "05 94 34 30 00", "ccas@saintlaurent.fr"),
               ("CGSS Guyane - Agence Saint-Laurent", "Rue Thiers", "36 46", "contact@cgss-guyane.fr"),
               ("Préfecture - Sous-préfecture", "Rue du Lieutenant Becker", "05 94 34 70 00", "sp-slm@guyane.pref.gouv.fr"),
               ("AIDES Guyane", "Rue Thiers", "05 94 34 43 43", "guyane@aides.org"),
               ("Association DAAC", "Chemin Saint-Maurice", "05 94 34 50 50", "daac@daac-guyane.org"),
               ("PASS CHOG", "16 boulevard du Général de Gaulle", "05 94 34 87 80", "pass@ch-ouestguyane.fr"),
               ("Pharmacie du Maroni", "Avenue Gaston Monnerville", "05 94 34 15 15", "pharmaciedumaroni@orange.fr"),
               ("Réseau Périnat Guyane", "Cayenne", "05 94 31 60 00", "contact@perinatguyane.fr")]


def _zot_note(c, i):
    return c.r.choice([None, None, "Pa té la, ké pasé dimanch.", "Famille vue au complet, pas de besoin.",
                       f"Voisine {any_name('gf')(c, i)} sert d'interprète (ndjuka), tél. {any_mobile('gf')(c, i)}",
                       "Rendez-vous PASS pris pour jeudi.",
                       f"Appeler le fils {person('gf', MOUN, 'first')(c, i)} au {any_mobile('gf')(c, i)} avant de venir",
                       "Eau non potable, bidons distribués."])


def mediasante_tables() -> list[Table]:
    m = lambda f: person("gf", MOUN, f, 1950, 2010)         # noqa: E731
    d = lambda f: person("gf", MED, f, 1970, 2001)          # noqa: E731
    return [
        Table(S, "mediateurs", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nom", "varchar(60)", "person_name", d("last")),
            C("prenom", "varchar(60)", "person_name", d("first")),
            C("lang_pale", "varchar(60)", "none", one("français, ndjuka", "français, créole", "français, sranan, aluku",
                                                      "français, portugais", "français, hmong"),
              comment="langues parlées"),
            C("telephone_pro", "varchar(20)", "phone", d("mobile")),
            C("courriel", "varchar(80)", "email", lambda c, i: f"{d('user')(c, i)}@mediasante-guyane.org"),
            C("mot_de_passe", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "12", "2b")),
            C("iban_salaire", "varchar(34)", "iban", lambda c, i: rib_iban(c, c.r.choice(["12548", "18315", "30004"]),
                                                                           digits(c, 5))),
            C("actif", "boolean", "none", flag(0.9)),
        ], rows=N_MED),
        Table(S, "partenaires", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("nom", "varchar(100)", "none", lambda c, i: PARTENAIRES[i - 1][0]),
            C("adresse", "varchar(120)", "none", lambda c, i: PARTENAIRES[i - 1][1]),
            C("telephone", "varchar(20)", "none", lambda c, i: PARTENAIRES[i - 1][2]),
            C("courriel", "varchar(80)", "none", lambda c, i: PARTENAIRES[i - 1][3]),
            C("referent", "varchar(80)", "person_name", any_name("gf"), comment="personne à contacter"),
            C("referent_portable", "varchar(20)", "phone", any_mobile("gf")),
            C("siret", "varchar(14)", "none", lambda c, i: digits(c, 14)),
        ], rows=N_PART),
        Table(S, "kaz", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("quartier", "varchar(60)", "none", one("Chekepatty", "Balaté", "Charbonnière", "Paul Isnard", "Baka Lycée",
                                                     "Sables Blancs", "Terre Rouge", "Village Saramaka")),
            C("adresse_ou_repere", "varchar(150)", "postal_address",
              lambda c, i: person("gf", "gf.kaz", "a_line")(c, i) if i % 3 else
              c.r.choice(["Derrière l'église adventiste, maison bleue", "Piste Paul Isnard km 4, carbet en bois",
                          "Après le pont, 3e maison à gauche"])),
            C("gps_lat", "double precision", "geo_location", lambda c, i: round(5.49 + c.r.uniform(-0.04, 0.04), 6)),
            C("gps_lon", "double precision", "geo_location", lambda c, i: round(-54.03 + c.r.uniform(-0.04, 0.04), 6)),
            C("nb_moun", "smallint", "none", ints(1, 12), comment="nombre de personnes au foyer"),
            C("nb_timoun", "smallint", "none", ints(0, 8), comment="nombre d'enfants"),
            C("dlo_potab", "boolean", "none", flag(0.5), comment="accès à l'eau potable"),
            C("elektrisite", "boolean", "none", flag(0.6)),
        ], rows=N_KAZ),
        Table(S, "moun", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kaz_id", "integer", "none", fk(N_KAZ, 3)),
            C("non", "varchar(60)", "person_name", m("last"), comment="nom"),
            C("ti_non", "varchar(60)", "person_name", m("first"), comment="prénom"),
            C("dat_nesans", "date", "birth_date", m("birth"), comment="date de naissance"),
            C("sexe", "char(1)", "none", m("sex")),
            C("nir", "varchar(20)", "national_id", maybe(m("natid"), 0.5)),
            C("titre_sejour_no", "varchar(12)", "national_id", maybe(lambda c, i: f"973{digits(c, 7)}", 0.3)),
            C("nationalite", "varchar(30)", "none", one("Française", "Française", "Surinamaise", "Haïtienne",
                                                        "Brésilienne", "Guyanienne", "Sans papiers")),
            C("kominote", "varchar(30)", "ethnic_origin", one("Ndjuka", "Aluku", "Saramaka", "Paamaka", "Kali'na",
                                                            "Créole", "Hmong", "Haïtien"), comment="communauté"),
            C("lang", "varchar(30)", "none", one("ndjuka", "sranan tongo", "créole guyanais", "français", "portugais")),
            C("telefonn", "varchar(20)", "phone", maybe(m("mobile"), 0.7)),
            C("legliz", "varchar(40)", "religious_belief", maybe(one("Adventiste", "Catholique", "Évangélique",
                                                                    "Témoin de Jéhovah", "Winti"), 0.6),
              comment="église fréquentée (relais de prévention)"),
            C("couverture", "varchar(20)", "none", one("CSS", "AME", "Aucune", "Régime général")),
            C("no_secu_ame", "varchar(20)", "none", maybe(lambda c, i: f"AME{digits(c, 9)}", 0.2)),
            C("enceinte", "boolean", "health", flag(0.08)),
            C("cree_le", "timestamp", "none", stamps(2021, 2025)),
        ], rows=N_MOUN, extra=[fkey(S, "moun", "kaz_id", "kaz", "id")]),
        Table(S, "vizit", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("kaz_id", "integer", "none", fk(N_KAZ, 7)),
            C("mediateur_id", "integer", "none", fk(N_MED, 5)),
            C("dat", "date", "none", dates(2024, 2025)),
            C("motif", "varchar(40)", "none", one("Tournée", "Suivi dossier CSS", "Distribution kits", "Rendez-vous")),
            C("nb_preservatifs_donnes", "smallint", "none", ints(0, 40)),
            C("zot_note", "text", "free_text_may_contain_pii", _zot_note, comment="notes libres"),
        ], rows=N_VIZIT, extra=[fkey(S, "vizit", "kaz_id", "kaz", "id"), fkey(S, "vizit", "mediateur_id", "mediateurs", "id")]),
        Table(S, "depistages", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("moun_id", "integer", "none", fk(N_MOUN, 3)),
            C("dat", "date", "none", dates(2024, 2025)),
            C("trod_vih", "varchar(10)", "health", one("négatif", "négatif", "négatif", "positif", "invalide")),
            C("trod_vhb", "varchar(10)", "health", one("négatif", "négatif", "positif")),
            C("trod_syphilis", "varchar(10)", "health", one("négatif", "négatif", "positif")),
            C("hsh", "boolean", "sex_life", flag(0.08), comment="homme ayant des rapports avec des hommes"),
            C("nb_partenaires_12m", "smallint", "sex_life", ints(0, 9)),
            C("travail_sexuel", "boolean", "sex_life", flag(0.05)),
            C("kit_remis", "boolean", "none", flag(0.7)),
            C("resultat_sms_envoye", "boolean", "none", flag(0.5)),
        ], rows=150, extra=[fkey(S, "depistages", "moun_id", "moun", "id")]),
        Table(S, "orientations", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("moun_id", "integer", "none", fk(N_MOUN, 5)),
            C("partenaire_id", "integer", "none", fk(N_PART, 1)),
            C("motif", "varchar(80)", "health", one("Suivi grossesse", "Mise sous traitement ARV", "Diabète déséquilibré",
                                                    "Hépatite B chronique", "Tuberculose suspectée", "Bilan drépanocytose")),
            C("dat_rdv", "date", "none", dates(2024, 2025)),
            C("honore", "boolean", "none", flag(0.6)),
        ], rows=120, extra=[fkey(S, "orientations", "moun_id", "moun", "id"),
                            fkey(S, "orientations", "partenaire_id", "partenaires", "id")]),
        Table(S, "stock_kits", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("produit", "varchar(60)", "none", one("Préservatifs externes x144", "TROD VIH Insti", "TROD VHB",
                                                    "Moustiquaire imprégnée", "Savon", "Autotest VIH")),
            C("lot", "varchar(20)", "none", lambda c, i: f"L{digits(c, 6)}"),
            C("quantite", "integer", "none", ints(0, 500)),
            C("peremption", "date", "none", dates(2025, 2027)),
            C("prix_unitaire", "numeric(8,2)", "none", amounts(0.1, 12)),
        ], rows=90),
        Table(S, "sessions_app", [
            C("id", "uuid PRIMARY KEY", "none", lambda c, i: uuid(c)),
            C("mediateur_id", "integer", "none", fk(N_MED, 1)),
            C("jeton", "varchar(64)", "secret_token", lambda c, i: hexs(c, 64)),
            C("ip", "varchar(40)", "ip_address", lambda c, i: f"{c.r.choice(['90.84', '92.184', '176.131'])}.{c.r.randrange(256)}.{c.r.randrange(1, 255)}"),
            C("expire_le", "timestamp", "none", stamps(2025, 2025)),
            C("nb_requetes", "integer", "none", ints(1, 300)),
        ], rows=100, extra=[fkey(S, "sessions_app", "mediateur_id", "mediateurs", "id")]),
        Table(S, "subventions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("financeur", "varchar(60)", "none", one("ARS Guyane", "CTG", "Fondation de France", "Sidaction")),
            C("montant", "numeric(12,2)", "none", amounts(5000, 180000)),
            C("annee", "smallint", "none", ints(2019, 2025)),
            C("iban_financeur", "varchar(34)", "none", const("FR7630001000640000000000000")),
        ], rows=14),
    ]
