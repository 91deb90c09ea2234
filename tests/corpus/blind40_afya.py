"""ap_afya: the in-house system of a small home-nursing practice (cabinet infirmier) in Mamoudzou, Mayotte, with
French and Shimaore names (dzina name, mwana child, nyumba house, mdji village, afya health, fundi teacher)."""
from __future__ import annotations

from .blind26_gens import (C, amounts, b64, bcrypt, const, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq,
                           sha256, stamps)
from .blind40_gens import any_mobile, any_name, fr_iban, landline, person
from .gens import Table

S = "ap_afya"
PAT, INF = "af.patient", "af.infirmier"
N_PAT, N_INF = 150, 9


def pt(f):
    return person("yt", PAT, f, 1935, 2020)


def nf(f):
    return person("yt", INF, f, 1970, 1997)


def _transmission(c, i):
    return c.r.choice([
        "Pansement propre, pas de signe d'infection.", "Glycémie à jeun 1,85 g/L, insuline adaptée.",
        f"La fille {any_name('yt')(c, i)} ({any_mobile('yt')(c, i)}) demande un passage plus tôt.",
        "Patient absent, nyumba fermée.", f"Relève faite avec {nf('first')(c, c.r.randint(1, N_INF))}.",
        "TA 16/9, médecin prévenu."])


def afya_tables() -> list[Table]:
    return [
        Table(S, "infirmier", [
            C("infirmier_id", "integer PRIMARY KEY", "none", seq()),
            C("dzina", "varchar(80)", "person_name", nf("full"), comment="dzina: nom"),
            C("rpps", "varchar(11)", "none", lambda c, i: f"10{digits(c, 9)}", comment="numéro professionnel"),
            C("portable", "varchar(20)", "phone", nf("mobile")),
            C("mail", "varchar(80)", "email", lambda c, i: f"{nf('user')(c, i)}@cabinet-afya.yt"),
            C("mot_de_passe", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("totp_secret", "varchar(32)", "secret_token", lambda c, i: "".join(c.r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
                                                                                for _ in range(32))),
            C("iban", "varchar(34)", "iban", lambda c, i: fr_iban(c), comment="rétrocessions"),
            C("voiture", "varchar(12)", "none", lambda c, i: f"{c.r.choice('ABCDEFG')}{c.r.choice('ABCDEFG')}-{digits(c, 3)}-"
                                                             f"{c.r.choice('HJKLMN')}{c.r.choice('PQRSTV')}"),
        ], rows=N_INF),
        Table(S, "medecin_prescripteur", [
            C("medecin_id", "integer PRIMARY KEY", "none", seq()),
            C("nom", "varchar(80)", "person_name", lambda c, i: f"Dr {any_name('yt')(c, i)}" if i % 2 else
              f"Dr {c.r.choice(['Martin', 'Lefèvre', 'Dubois', 'Girard', 'Rousseau', 'Morel'])}"),
            C("structure", "varchar(80)", "none", one("CHM Mamoudzou", "Dispensaire de Kahani", "Cabinet libéral Kawéni",
                                                      "Centre de référence de Dzaoudzi")),
            C("tel_cabinet", "varchar(20)", "none", lambda c, i: landline(c, "yt"), comment="standard de la structure"),
            C("rpps", "varchar(11)", "none", lambda c, i: f"10{digits(c, 9)}"),
        ], rows=40),
        Table(S, "patient", [
            C("patient_id", "integer PRIMARY KEY", "none", seq()),
            C("dzina", "varchar(60)", "person_name", pt("last")),
            C("dzina_la_kwanza", "varchar(60)", "person_name", pt("first"), comment="prénom"),
            C("sexe", "char(1)", "none", pt("sex")),
            C("date_naissance", "date", "birth_date", pt("birth")),
            C("nir", "varchar(17)", "national_id", maybe(pt("natid"), 0.75), comment="numéro de sécurité sociale"),
            C("ame", "boolean", "none", flag(0.2), comment="aide médicale d'État"),
            C("titre_sejour", "varchar(12)", "national_id", maybe(lambda c, i: f"976{digits(c, 7)}", 0.15)),
            C("portable", "varchar(20)", "phone", maybe(pt("mobile"), 0.85)),
            C("fixe", "varchar(20)", "phone", maybe(pt("phone"), 0.2)),
            C("mail", "varchar(80)", "email", maybe(pt("email"), 0.3)),
            C("nyumba", "varchar(120)", "postal_address", pt("a_line"), comment="adresse / repère de la maison"),
            C("mdji", "varchar(40)", "none", pt("a_district"), comment="village"),
            C("commune", "varchar(40)", "none", pt("a_town")),
            C("code_postal", "varchar(5)", "postal_address", pt("a_postcode")),
            C("gps_nyumba", "varchar(30)", "geo_location", lambda c, i: f"{-12.78 + c.r.uniform(-0.2, 0.2):.5f},"
                                                                        f"{45.2 + c.r.uniform(-0.1, 0.1):.5f}",
              comment="les maisons sans adresse"),
            C("langue", "varchar(20)", "none", one("shimaore", "shimaore", "kibushi", "français", "shindzuani")),
            C("pratique_religieuse", "varchar(40)", "religious_belief", maybe(one("musulman, jeûne du Ramadan",
                                                                                   "musulman", "catholique"), 0.4),
              comment="pour adapter les horaires d'insuline pendant le Ramadan"),
            C("medecin_id", "integer", "none", fk(40, 3)),
            C("personne_confiance", "varchar(80)", "person_name", maybe(any_name("yt"), 0.7)),
            C("tel_confiance", "varchar(20)", "phone", maybe(any_mobile("yt"), 0.7)),
            C("cree_le", "timestamp", "none", stamps(2018, 2025)),
        ], rows=N_PAT, extra=[fkey(S, "patient", "medecin_id", "medecin_prescripteur", "medecin_id")]),
        Table(S, "dossier_afya", [
            C("dossier_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", seq()),
            C("pathologie", "varchar(80)", "health", one("Diabète type 2", "Diabète type 2", "Plaie chronique", "HTA",
                                                          "Insuffisance rénale", "Suites de césarienne", "Drépanocytose")),
            C("allergies", "varchar(80)", "health", maybe(one("Pénicilline", "Iode", "Latex"), 0.2)),
            C("traitement", "text", "health", one("Metformine 850 x2", "Insuline Lantus 20 UI le soir",
                                                  "Amlodipine 5 mg", "Pansement hydrocolloïde 1j/2")),
            C("ald", "boolean", "health", flag(0.5), comment="affection de longue durée"),
            C("statut_vih", "varchar(12)", "health", maybe(one("négatif", "positif", "inconnu"), 0.3)),
            C("grossesse", "boolean", "health", flag(0.05)),
            C("ordonnance_scan", "varchar(80)", "none", lambda c, i: f"scans/{sha256(c)[:16]}.pdf"),
            C("maj", "timestamp", "none", stamps(2024, 2025)),
        ], rows=N_PAT, extra=[fkey(S, "dossier_afya", "patient_id", "patient", "patient_id")]),
        Table(S, "tournee", [
            C("visite_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 7)),
            C("infirmier_id", "integer", "none", fk(N_INF, 2)),
            C("date_visite", "date", "none", dates(2025, 2025)),
            C("heure", "time", "none", lambda c, i: f"{c.r.randint(5, 20):02d}:{c.r.choice(['00', '15', '30', '45'])}"),
            C("acte_ngap", "varchar(20)", "health", one("AMI 1", "AMI 4", "AMI 1 + AIS 3", "AMI 2", "BSI"),
              comment="acte de soins facturé"),
            C("glycemie", "numeric(4,2)", "health", maybe(amounts(0.7, 3.5), 0.5)),
            C("tension", "varchar(7)", "health", maybe(lambda c, i: f"{c.r.randint(10, 19)}/{c.r.randint(5, 11)}", 0.6)),
            C("transmission", "text", "free_text_may_contain_pii", _transmission),
            C("km", "numeric(5,1)", "none", amounts(1, 40, 1)),
            C("signature_patient", "text", "none", lambda c, i: "data:image/png;base64," + b64(c, 24),
              comment="signature manuscrite sur tablette"),
        ], rows=150, extra=[fkey(S, "tournee", "patient_id", "patient", "patient_id"),
                            fkey(S, "tournee", "infirmier_id", "infirmier", "infirmier_id")]),
        Table(S, "facture_cpam", [
            C("facture_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 11)),
            C("numero_lot", "varchar(12)", "none", lambda c, i: f"LOT{c.r.randint(100, 999)}"),
            C("montant", "numeric(8,2)", "none", amounts(3.15, 180)),
            C("part_amo", "numeric(8,2)", "none", amounts(3, 180)),
            C("statut", "varchar(20)", "none", one("transmise", "payée", "rejetée")),
            C("rejet_motif", "varchar(80)", "none", maybe(one("Droits fermés", "NIR inconnu", "Doublon"), 0.1)),
            C("nir_chiffre", "text", "none", lambda c, i: "v1:" + b64(c, 40), comment="NIR chiffré AES-GCM"),
            C("envoye_le", "timestamp", "none", stamps(2024, 2025)),
        ], rows=150, extra=[fkey(S, "facture_cpam", "patient_id", "patient", "patient_id")]),
        Table(S, "fundi_formation", [
            C("session_id", "integer PRIMARY KEY", "none", seq()),
            C("theme", "varchar(80)", "none", one("Éducation diabète en shimaore", "Soins des pieds", "Hygiène des plaies")),
            C("fundi", "integer", "none", fk(N_INF, 5), comment="l'infirmier qui anime"),
            C("lieu", "varchar(60)", "none", one("Foyer de Kawéni", "Mosquée de Cavani, salle annexe", "MJC de Labattoir")),
            C("date", "date", "none", dates(2023, 2025)),
            C("participants", "integer", "none", ints(3, 40)),
        ], rows=80, extra=[fkey(S, "fundi_formation", "fundi", "infirmier", "infirmier_id")]),
        Table(S, "journal_acces", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("infirmier_id", "integer", "none", fk(N_INF, 4)),
            C("action", "varchar(20)", "none", one("lecture", "modification", "export", "connexion")),
            C("objet", "varchar(40)", "none", lambda c, i: f"patient/{c.r.randint(1, N_PAT)}"),
            C("ip", "inet", "ip_address", lambda c, i: f"90.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"),
            C("session", "char(40)", "secret_token", lambda c, i: hexs(c, 40)),
            C("horodatage", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "journal_acces", "infirmier_id", "infirmier", "infirmier_id")]),
        Table(S, "fournisseur", [
            C("fournisseur_id", "integer PRIMARY KEY", "none", seq()),
            C("raison_sociale", "varchar(80)", "none", lambda c, i: f"{['Pharmacie de Kawéni', 'Mayotte Médical', 'Ocean Santé Distribution', 'Pharmacie Mahabou'][i % 4]} {i}"),
            C("siret", "varchar(14)", "none", lambda c, i: digits(c, 14)),
            C("tel", "varchar(20)", "none", lambda c, i: landline(c, "yt")),
            C("mail", "varchar(80)", "none", lambda c, i: f"commandes{i}@fournisseur{i}.yt"),
            C("iban", "varchar(34)", "none", lambda c, i: fr_iban(c)),
            C("delai_jours", "integer", "none", ints(1, 15)),
            C("actif", "boolean", "none", const(True)),
        ], rows=80),
    ]
