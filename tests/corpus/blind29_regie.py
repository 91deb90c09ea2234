"""ae_regie_eau: the in-house customer system (in French) of a Gabonese water and electricity distributor:
abonnés (subscribers 1-120 are households, 121-150 companies and administrations), meters with their GPS position,
bills, direct-debit mandates, disconnections, fraud cases, social-tariff files, complaints, suppliers and agents."""
from __future__ import annotations

from .blind29_gens import (b32secret, code, day, fk, flag, iban, maybe, money, num, pf, pick, pw_hash, rib_key,
                           spread, stamp, text, token)
from .blind29_people import GA, GA_QUARTIERS, ascii_of, person
from .gens import Col, Table

S = "ae_regie_eau"
SOCIETES = ("Comilog", "Total Energies EP Gabon", "Olam Palm", "Hôtel du Bord de Mer", "Ministère de la Santé",
            "Lycée Léon Mba", "Brasseries du Gabon", "CECA-GADIS", "Mairie de Libreville", "BGFIBank Gabon")


def _fkey(table: str, col: str, ref: str, refcol: str) -> str:
    return f"ALTER TABLE {S}.{table} ADD FOREIGN KEY ({col}) REFERENCES {S}.{ref} ({refcol})"


def _hh(part: str, p: float = 1.0):
    """A household subscriber's part, NULL for companies (rows above 120)."""
    return lambda c, i: person(c, GA, "abonne", i)[part] if i <= 120 and c.r.random() < p else None


def _gabon_iban(r):
    bank, branch = r.choice(("40001", "40003", "40005", "40014")), r.choice(("09070", "01100", "04410", "02200"))
    account = "".join(r.choice("0123456789") for _ in range(11))
    return bank + branch + account + rib_key(bank, branch, account)


def abonne() -> Table:
    return Table(S, "abonne", [
        Col("id_abonne", "integer PRIMARY KEY", "none", lambda c, i: i),
        Col("type_abonne", "varchar(20)", "none", lambda c, i: "particulier" if i <= 120 else
            c.r.choice(("entreprise", "administration"))),
        Col("nom", "varchar(80)", "person_name", _hh("family")),
        Col("prenom", "varchar(80)", "person_name", _hh("given")),
        Col("raison_sociale", "varchar(120)", "none", lambda c, i: SOCIETES[i % len(SOCIETES)] if i > 120 else None),
        Col("date_naissance", "date", "birth_date", _hh("birth", 0.8)),
        Col("num_cni", "varchar(20)", "national_id", _hh("nid", 0.9)),
        Col("telephone", "varchar(25)", "phone", lambda c, i: person(c, GA, "abonne", i)["mobile"] if i <= 120
            else person(c, GA, "abonne", i)["landline"]),
        Col("tel_secondaire", "varchar(25)", "phone", maybe(pf(GA, "proche", "mobile"), 0.4)),
        Col("courriel", "varchar(120)", "email", lambda c, i: (person(c, GA, "abonne", i)["email"] if c.r.random() < 0.6
            else None) if i <= 120 else f"compta@{ascii_of(SOCIETES[i % len(SOCIETES)])[:12]}.ga"),
        Col("adresse", "varchar(200)", "postal_address", pf(GA, "abonne", "street")),
        Col("quartier", "varchar(60)", "none", lambda c, i: person(c, GA, "abonne", i)["street"].split(", ")[0]
            .removeprefix("Quartier ")),
        Col("ville", "varchar(60)", "none", pf(GA, "abonne", "city")),
        Col("boite_postale", "varchar(20)", "postal_address", maybe(pf(GA, "abonne", "postcode"), 0.5)),
        Col("date_souscription", "date", "none", day(2005, 2024)),
        Col("tarif", "varchar(20)", "none", pick("domestique", "domestique", "social", "professionnel")),
        Col("actif", "boolean", "none", flag(0.9))], rows=150)


def fournisseur() -> Table:
    return Table(S, "fournisseur", [
        Col("id_fournisseur", "integer", "none", lambda c, i: i),
        Col("raison_sociale", "varchar(120)", "none", lambda c, i: ("Sade Gabon", "Schneider Electric Afrique",
            "Itron Compteurs", "Quincaillerie du Port", "Transports Mouloungui")[i % 5]),
        Col("nif", "varchar(20)", "none", code("799999 A")),
        Col("rccm", "varchar(30)", "none", lambda c, i: f"GA-LBV-01-{c.r.randint(2005, 2022)}-B12-{c.r.randint(10000, 99999)}"),
        Col("telephone", "varchar(25)", "none", lambda c, i: f"+241 011 7{c.r.randint(0, 9)} {c.r.randint(10, 99)} {c.r.randint(10, 99)}"),
        Col("courriel", "varchar(120)", "none", pick("commercial@sade.ga", "afrique@se.com", "ventes@quincaillerie-port.ga")),
        Col("adresse", "varchar(200)", "none", pick("Zone industrielle d'Oloumi, BP 1234", "Boulevard Triomphal, BP 880")),
        Col("rib", "varchar(34)", "none", iban("GA", _gabon_iban)),
        Col("contact_nom", "varchar(120)", "person_name", pf(GA, "fournisseur", "name"))], rows=40)


def compteur() -> Table:
    return Table(S, "compteur", [
        Col("num_compteur", "varchar(20) PRIMARY KEY", "none", lambda c, i: f"CPT{700000 + i}"),
        Col("id_abonne", "integer", "none", lambda c, i: i),
        Col("type_compteur", "varchar(20)", "none", pick("eau", "électricité", "électricité prépayé")),
        Col("marque", "varchar(30)", "none", pick("Itron", "Sensus", "Hexing", "Landis+Gyr")),
        Col("calibre", "varchar(10)", "none", pick("15mm", "20mm", "10-40A", "5-60A")),
        Col("date_pose", "date", "none", day(2008, 2024)),
        Col("latitude", "double precision", "geo_location", lambda c, i: round(c.r.uniform(0.33, 0.52), 6)),
        Col("longitude", "double precision", "geo_location", lambda c, i: round(c.r.uniform(9.40, 9.52), 6)),
        Col("index_pose", "integer", "none", num(0, 50))],
        rows=150, extra=[_fkey("compteur", "id_abonne", "abonne", "id_abonne")])


def facture() -> Table:
    return Table(S, "facture", [
        Col("num_facture", "varchar(20)", "none", lambda c, i: f"F2024-{i:06d}"),
        Col("id_abonne", "integer", "none", fk(150, 7)),
        Col("periode", "varchar(7)", "none", lambda c, i: f"2024-{i % 12 + 1:02d}"),
        Col("montant_ht", "numeric(12,0)", "none", money(3500, 250000)),
        Col("tva", "numeric(12,0)", "none", money(0, 45000)),
        Col("date_echeance", "date", "none", day(2024, 2025)),
        Col("statut", "varchar(12)", "none", pick("payée", "payée", "impayée", "contentieux")),
        Col("mode_paiement", "varchar(20)", "none", pick("Airtel Money", "Moov Money", "guichet", "prélèvement"))],
        rows=150, extra=[_fkey("facture", "id_abonne", "abonne", "id_abonne")])


def domiciliation() -> Table:
    owner = spread(120, 3)
    return Table(S, "domiciliation", [
        Col("id_domiciliation", "integer", "none", lambda c, i: i),
        Col("id_abonne", "integer", "none", lambda c, i: owner(i)),
        Col("banque", "varchar(40)", "none", pick("BGFIBank", "UGB", "Orabank", "BICIG")),
        Col("iban", "varchar(34)", "iban", iban("GA", _gabon_iban)),
        Col("titulaire", "varchar(120)", "person_name", lambda c, i: person(c, GA, "abonne", owner(i))["name"].upper()),
        Col("date_mandat", "date", "none", day(2015, 2024))],
        rows=90, extra=[_fkey("domiciliation", "id_abonne", "abonne", "id_abonne")])


def coupure() -> Table:
    return Table(S, "coupure", [
        Col("id_coupure", "integer", "none", lambda c, i: i),
        Col("num_compteur", "varchar(20)", "none", lambda c, i: f"CPT{700000 + (i * 7) % 150 + 1}"),
        Col("motif", "varchar(40)", "none", pick("impayés", "travaux réseau", "demande abonné", "fraude")),
        Col("date_coupure", "date", "none", day(2023, 2025)),
        Col("date_retablissement", "date", "none", maybe(day(2023, 2025), 0.7)),
        Col("agent", "varchar(20)", "none", lambda c, i: f"AG-{(i * 7) % 60 + 1:03d}"),
        Col("observation", "text", "free_text_may_contain_pii", text(
            "Abonné absent, le voisin {given} {family} dit qu'il est à Oyem", "Compteur inaccessible, chien méchant",
            "{given} {family} a payé sur place, reçu n° {n}", "RAS", "Rappeler {given} (famille de l'abonné) au {mobile}",
            country=GA, entity="voisin"))],
        rows=110, extra=[_fkey("coupure", "num_compteur", "compteur", "num_compteur")])


def fraude() -> Table:
    return Table(S, "fraude", [
        Col("id_fraude", "integer", "none", lambda c, i: i),
        Col("num_compteur", "varchar(20)", "none", lambda c, i: f"CPT{700000 + (i * 11) % 150 + 1}"),
        Col("date_constat", "date", "none", day(2021, 2025)),
        Col("type_fraude", "varchar(60)", "criminal_record", pick("branchement illicite", "compteur trafiqué",
                                                                 "shunt du disjoncteur", "revente d'eau")),
        Col("pv_numero", "varchar(20)", "none", code("PV-2024-9999")),
        Col("plainte_deposee", "boolean", "criminal_record", flag(0.3)),
        Col("suite_judiciaire", "text", "criminal_record", pick(None, None, "Classée sans suite",
                                                                "Condamné par le TPI de Libreville, 6 mois avec sursis",
                                                                "Amende de 500 000 FCFA", "Audience fixée au tribunal")),
        Col("montant_penalite", "numeric(12,0)", "none", money(50000, 1500000))],
        rows=80, extra=[_fkey("fraude", "num_compteur", "compteur", "num_compteur")])


def tarif_social() -> Table:
    return Table(S, "tarif_social", [
        Col("id_dossier", "integer", "none", lambda c, i: i),
        Col("id_abonne", "integer", "none", fk(120, 5)),
        Col("motif", "varchar(60)", "health", pick("handicap moteur", "GEF (économiquement faible)", "personne âgée",
                                                  "malvoyant", "insuffisance respiratoire (oxygène à domicile)")),
        Col("piece_justificative", "varchar(60)", "none", pick("attestation CNAMGS", "certificat médical",
                                                               "carte d'invalidité")),
        Col("certificat_medical", "boolean", "none", flag(0.5)),
        Col("handicap_nature", "varchar(120)", "health", pick(None, None, "paraplégie", "cécité", "amputation jambe gauche",
                                                            "drépanocytose")),
        Col("date_decision", "date", "none", day(2020, 2025))],
        rows=80, extra=[_fkey("tarif_social", "id_abonne", "abonne", "id_abonne")])


def reclamation() -> Table:
    return Table(S, "reclamation", [
        Col("id_reclamation", "integer", "none", lambda c, i: i),
        Col("id_abonne", "integer", "none", fk(150, 13)),
        Col("canal", "varchar(20)", "none", pick("agence", "téléphone", "WhatsApp", "courrier")),
        Col("objet", "varchar(60)", "none", pick("facture élevée", "coupure", "fuite", "compteur bloqué")),
        Col("texte", "text", "free_text_may_contain_pii", text(
            "Je soussigné {given} {family} conteste la facture de mars", "Fuite devant le portail depuis {n} jours",
            "Pas d'eau au quartier depuis lundi", "Merci de rappeler {given} {family} au {mobile}",
            "Le compteur tourne même robinet fermé", country=GA, entity="reclamant")),
        Col("telephone_rappel", "varchar(25)", "phone", pf(GA, "reclamant", "mobile")),
        Col("date_reclamation", "timestamp", "none", stamp(2023, 2025)),
        Col("statut", "varchar(12)", "none", pick("ouverte", "traitée", "rejetée"))],
        rows=120, extra=[_fkey("reclamation", "id_abonne", "abonne", "id_abonne")])


def agent() -> Table:
    return Table(S, "agent", [
        Col("matricule", "varchar(10)", "none", lambda c, i: f"AG-{i:03d}"),
        Col("nom_complet", "varchar(120)", "person_name", pf(GA, "agent", "name")),
        Col("telephone_pro", "varchar(25)", "phone", pf(GA, "agent", "mobile")),
        Col("agence", "varchar(40)", "none", pick(*GA_QUARTIERS[:5], "Port-Gentil", "Franceville")),
        Col("fonction", "varchar(40)", "none", pick("releveur", "technicien", "guichetier", "chef d'agence")),
        Col("mot_de_passe", "varchar(100)", "credentials", pw_hash("$2b")),
        Col("secret_otp", "varchar(32)", "secret_token", maybe(b32secret(), 0.5)),
        Col("jeton_api", "varchar(64)", "secret_token", maybe(token(40), 0.3)),
        Col("empreinte_gabarit", "bytea", "biometric", maybe(lambda c, i: b"FMR\x00 20\x00" + c.r.randbytes(240), 0.7),
            comment="gabarit d'empreinte digitale (connexion terminal de relève)"),
        Col("derniere_ip", "varchar(40)", "ip_address", lambda c, i: f"41.158.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}")],
        rows=60)


def regie_tables() -> list[Table]:
    return [abonne(), fournisseur(), compteur(), facture(), domiciliation(), coupure(), fraude(), tarif_social(),
            reclamation(), agent()]
