"""ax_stbarth: an in-house system of a villa rental agency in Gustavia (Saint-Barthélemy), in French: agents,
villa owners (people and property companies), villas with their access codes, guests, reservations, suppliers
(organisations) and housekeeping rounds."""
from __future__ import annotations

from .blind26_gens import (C, amounts, bcrypt, dates, digits, fk, fkey, flag, hexs, iban, ints, maybe, one, stamps)
from .blind48_gens import any_name, person
from .gens import Table

S = "ax_stbarth"
AGT, PROP, CLI = "bl.agent", "bl.proprietaire", "bl.client"
N_AGT, N_PROP, N_VILLA, N_CLI, N_PREST = 14, 80, 90, 150, 28


def _remarques(c, i):
    return c.r.choice([None, None, "Client fidèle depuis 2015.", "Préfère la villa côté Flamands.",
                       f"Assistante personnelle : {any_name('us')(c, i)}, à contacter pour tout.",
                       "Arrive en jet privé à Saint-Martin puis vol Winair.",
                       f"Ne pas confondre avec {any_name('bl')(c, i)} (homonyme)."])


def _demandes(c, i):
    return c.r.choice([None, "Lit bébé et chaise haute.", "Champagne à l'arrivée.",
                       f"Anniversaire de mariage de {any_name('us')(c, i)} le 28, gâteau chez Choisy.",
                       "Chef à domicile trois soirs.", "Transfert aéroport 14h10."])


def stbarth_tables() -> list[Table]:
    a = lambda f: person("bl", AGT, f, 1965, 2000)            # noqa: E731
    o = lambda f: person("bl", PROP, f, 1940, 1990)           # noqa: E731
    k = lambda f: person("us", CLI, f, 1945, 2002)            # noqa: E731
    return [
        Table(S, "agent", [
            C("id_agent", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("prenom", "varchar(60)", "person_name", a("first")),
            C("nom", "varchar(60)", "person_name", a("last")),
            C("courriel", "varchar(100)", "email", lambda c, i: f"{a('user')(c, i)}@villas-gustavia.com"),
            C("portable", "varchar(20)", "phone", a("mobile")),
            C("mot_de_passe", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "11")),
            C("jeton_api", "char(40)", "secret_token", lambda c, i: hexs(c, 40)),
            C("role", "varchar(20)", "none", one("gérant", "réservations", "conciergerie")),
        ], rows=N_AGT),
        Table(S, "proprietaire", [
            C("id_proprietaire", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("civ", "varchar(4)", "none", lambda c, i: "M." if o("sex")(c, i) == "M" else "Mme"),
            C("nom", "varchar(60)", "person_name", o("last")),
            C("prenom", "varchar(60)", "person_name", o("first")),
            C("raison_sociale", "varchar(80)", "none", maybe(one("SCI Les Alizés", "SCI Anse Toiny", "SARL Kaz Bleu"), 0.3)),
            C("siret", "char(14)", "none", maybe(lambda c, i: "977" + digits(c, 11), 0.3)),
            C("email", "varchar(100)", "email", o("email")),
            C("tel", "varchar(20)", "phone", o("mobile")),
            C("adresse", "varchar(200)", "postal_address", o("a_full")),
            C("iban", "varchar(34)", "iban", lambda c, i: iban("FR", digits(c, 5) + digits(c, 5) + digits(c, 11) + digits(c, 2))),
            C("commission_pct", "numeric(4,1)", "none", amounts(12, 25, 1)),
            C("depuis", "date", "none", dates(2005, 2024)),
        ], rows=N_PROP),
        Table(S, "villa", [
            C("id_villa", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("code", "varchar(8)", "none", lambda c, i: f"VG{i:03d}"),
            C("nom_villa", "varchar(60)", "none", one("Ti Case", "Les Alizés", "Kaz Bleu", "Ylang", "Iguana", "Belle Vue")),
            C("quartier", "varchar(40)", "none", one("Gustavia", "Flamands", "Lorient", "Pointe Milou", "Toiny", "Vitet")),
            C("id_proprietaire", "integer", "none", fk(N_PROP, 3)),
            C("chambres", "smallint", "none", ints(1, 7)),
            C("piscine", "boolean", "none", flag(0.85)),
            C("prix_nuit", "numeric(9,2)", "none", amounts(650, 12500)),
            C("code_alarme", "char(6)", "secret_token", lambda c, i: digits(c, 6)),
            C("code_boite_cles", "char(4)", "secret_token", lambda c, i: digits(c, 4)),
            C("wifi_mdp", "varchar(20)", "credentials", lambda c, i: f"{c.r.choice(['Soleil', 'Corail', 'Lagon'])}{digits(c, 4)}!"),
            C("licence_meuble", "varchar(16)", "none", lambda c, i: f"97133-{digits(c, 6)}"),
        ], rows=N_VILLA, extra=[fkey(S, "villa", "id_proprietaire", "proprietaire", "id_proprietaire")]),
        Table(S, "client", [
            C("id_client", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("nom", "varchar(60)", "person_name", k("last")),
            C("prenom", "varchar(60)", "person_name", k("first")),
            C("email", "varchar(100)", "email", k("email")),
            C("tel", "varchar(24)", "phone", k("mobile")),
            C("date_naiss", "date", "birth_date", maybe(k("birth"), 0.5)),
            C("num_pass", "varchar(10)", "national_id", maybe(lambda c, i: c.r.choice(["5", "6", "A"]) + digits(c, 8), 0.7)),
            C("adresse", "varchar(200)", "postal_address", maybe(k("a_full"), 0.6)),
            C("pays", "varchar(30)", "none", one("États-Unis", "États-Unis", "France", "Royaume-Uni", "Brésil")),
            C("langue", "char(2)", "none", one("en", "fr", "pt")),
            C("vip", "boolean", "none", flag(0.2)),
            C("remarques", "text", "free_text_may_contain_pii", _remarques),
            C("cree_le", "timestamp", "none", stamps(2015, 2025)),
        ], rows=N_CLI),
        Table(S, "reservation", [
            C("id_resa", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("id_villa", "integer", "none", fk(N_VILLA, 7)),
            C("id_client", "integer", "none", fk(N_CLI, 11)),
            C("id_agent", "integer", "none", fk(N_AGT, 3)),
            C("arrivee", "date", "none", dates(2024, 2026)),
            C("nuits", "smallint", "none", ints(3, 21)),
            C("montant", "numeric(10,2)", "none", amounts(3000, 190000)),
            C("acompte", "numeric(10,2)", "none", amounts(1000, 60000)),
            C("carte_4", "char(4)", "none", lambda c, i: digits(c, 4), comment="quatre derniers chiffres"),
            C("statut", "varchar(12)", "none", one("confirmée", "option", "annulée", "soldée")),
            C("demandes_speciales", "text", "free_text_may_contain_pii", _demandes),
        ], rows=150, extra=[fkey(S, "reservation", "id_villa", "villa", "id_villa"),
                            fkey(S, "reservation", "id_client", "client", "id_client"),
                            fkey(S, "reservation", "id_agent", "agent", "id_agent")]),
        Table(S, "prestataire", [
            C("id_prestataire", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("raison_sociale", "varchar(80)", "none", one("St Barth Pool Services", "Clean Island SARL", "Jardins de Lorient",
                                                           "Gustavia Traiteur", "Électricité Caraïbes")),
            C("siret", "char(14)", "none", lambda c, i: "977" + digits(c, 11)),
            C("tel", "varchar(20)", "none", lambda c, i: f"05 90 27 {digits(c, 2)} {digits(c, 2)}"),
            C("email", "varchar(80)", "none", one("contact@sbpool.fr", "info@cleanisland.fr", "devis@jardinslorient.fr")),
            C("adresse", "varchar(120)", "none", one("Z.I. Public, 97133", "Rue Samuel Fahlberg, Gustavia 97133")),
            C("contact_nom", "varchar(100)", "person_name", any_name("bl")),
            C("rib", "varchar(34)", "none", lambda c, i: iban("FR", digits(c, 23)), comment="compte de la société"),
        ], rows=N_PREST),
        Table(S, "menage", [
            C("id_menage", "integer PRIMARY KEY", "none", lambda c, i: i),
            C("id_villa", "integer", "none", fk(N_VILLA, 5)),
            C("id_prestataire", "integer", "none", fk(N_PREST, 3)),
            C("intervenante", "varchar(60)", "person_name", any_name("bl")),
            C("date_passage", "date", "none", dates(2025, 2025)),
            C("heures", "numeric(4,1)", "none", amounts(2, 9, 1)),
            C("linge_change", "boolean", "none", flag(0.8)),
            C("remarque", "varchar(120)", "none", maybe(one("Clim salon bruyante", "Ampoule terrasse HS", "RAS"), 0.5)),
        ], rows=120, extra=[fkey(S, "menage", "id_villa", "villa", "id_villa"),
                            fkey(S, "menage", "id_prestataire", "prestataire", "id_prestataire")]),
    ]
