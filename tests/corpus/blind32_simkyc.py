"""ah_simkyc: the subscriber-identification register of a mobile operator in Moroni, Comoros (SIM registration with
an identity document and a fingerprint, as the regulator requires), with French table and column names: dealers,
KYC agents, subscribers, lines with their SIM data, handset locations kept for lawful requests, the judicial
requests themselves, top-ups, complaints and the back-office access log."""
from __future__ import annotations

from .blind32_gens import (C, any_name, cached, dates, digits, fkey, geo, hexs, ints, luhn_complete,
                           make_person, maybe, mobile, one, public_ip, rbytes, seq, stamps)
from .gens import Table

S = "ah_simkyc"
SUB, AGENT = "km.subscriber", "km.agent"
N_PDV, N_AGENT, N_SUB, N_LINE = 60, 30, 150, 150
ISLANDS = {"Moroni": "Ngazidja", "Mitsamiouli": "Ngazidja", "Foumbouni": "Ngazidja", "Mbéni": "Ngazidja",
           "Iconi": "Ngazidja", "Mitsoudjé": "Ngazidja", "Ntsoudjini": "Ngazidja", "Mutsamudu": "Ndzuani",
           "Domoni": "Ndzuani", "Ouani": "Ndzuani", "Sima": "Ndzuani", "Fomboni": "Mwali", "Nioumachoua": "Mwali"}
TOWNS = {"Ngazidja": (-11.7022, 43.2551), "Ndzuani": (-12.1675, 44.3994), "Mwali": (-12.2900, 43.7420)}
SHOPS = ["Ets {n} & Fils", "Boutique Al-Amal", "Quincaillerie {n}", "Alimentation Baraka", "Cyber Café Le Lagon",
         "Kiosque Volo-Volo", "Ets {n} Télécom", "Librairie Mdjidjengo"]


def sub(c, i: int) -> dict:
    def make(cx):
        p = make_person(cx, "km", 1950, 2007)
        p["island"] = ISLANDS[p["a_city"]]
        p["natid"] = {"Ngazidja": "NG", "Ndzuani": "ND", "Mwali": "MW"}[p["island"]] + p["natid"][2:]
        p["msisdn"] = "269" + p["mobile"].replace("+269 ", "").replace(" ", "")
        return p
    return cached(c, (SUB, i), make)


def Su(field: str):
    return lambda c, i: sub(c, i)[field]


def agent(c, i: int) -> dict:
    return cached(c, (AGENT, i), lambda cx: make_person(cx, "km", 1975, 2003))


def owner(i: int) -> int:
    """The subscriber of line i (a permutation of 1..N_SUB)."""
    return (i * 7) % N_SUB + 1


def _piece(c, i):
    kind = c.r.choice(["CNI", "CNI", "CNI", "CNI", "Passeport", "Carte consulaire"])
    number = sub(c, i)["natid"] if kind == "CNI" else (f"{c.r.choice('ABC')}{digits(c, 7)}" if kind == "Passeport"
                                                       else f"CC/MAR/{digits(c, 6)}")
    return {"kind": kind, "number": number}


def piece(c, i):
    return cached(c, ("km.piece", i), lambda cx: _piece(cx, i))


def _fingerprint(c, i):
    return b"FMR\x00 20\x00" + rbytes(c, 160)


def _complaint(c, i):
    p = sub(c, owner(i))
    return c.r.choice(["Crédit disparu après recharge de 1000 KMF.", "Pas de réseau à Itsandra depuis 3 jours.",
                       f"{'La cliente' if p['sex'] == 'F' else 'Le client'} {p['first']} {p['last']} signale un vol de téléphone, demande blocage SIM.",
                       f"Transfert envoyé par erreur au {mobile(c, 'km')}, bénéficiaire {any_name('km')(c, i)}.",
                       "Internet lent le soir.", f"Rappeler la cliente au {p['mobile']} après 17h."])


def _imei(c, i):
    return luhn_complete(c.r.choice(["35", "86", "35"]) + digits(c, 12))


def simkyc_tables() -> list[Table]:
    line_sub = lambda f: lambda c, i: sub(c, owner(i))[f]      # noqa: E731
    return [
        Table(S, "points_de_vente", [
            C("id_pdv", "integer PRIMARY KEY", "none", seq()),
            C("code_pdv", "varchar(16)", "none", lambda c, i: f"PDV-{['NG', 'NG', 'ND', 'MW'][i % 4]}-{i:04d}"),
            C("raison_sociale", "varchar(120)", "none", lambda c, i: SHOPS[i % len(SHOPS)].format(
                n=c.r.choice(["Said Ali", "Mroivili", "Boina", "Toybou"])) + f" ({i})"),
            C("gerant", "varchar(120)", "person_name", any_name("km")),
            C("telephone_gerant", "varchar(20)", "phone", lambda c, i: mobile(c, "km")),
            C("nif", "varchar(20)", "none", lambda c, i: f"NIF{digits(c, 8)}"),
            C("ile", "varchar(20)", "none", lambda c, i: ["Ngazidja", "Ngazidja", "Ndzuani", "Mwali"][i % 4]),
            C("localite", "varchar(60)", "none", lambda c, i: ["Moroni", "Mitsamiouli", "Mutsamudu", "Fomboni"][i % 4]),
            C("latitude", "numeric(9,6)", "none", lambda c, i: geo(*TOWNS[["Ngazidja", "Ngazidja", "Ndzuani",
                                                                          "Mwali"][i % 4]], 0.03)(c)[0]),
            C("longitude", "numeric(9,6)", "none", lambda c, i: geo(*TOWNS[["Ngazidja", "Ngazidja", "Ndzuani",
                                                                           "Mwali"][i % 4]], 0.03)(c)[1]),
            C("date_agrement", "date", "none", dates(2016, 2024)),
            C("actif", "boolean", "none", one(True, True, True, False)),
        ], rows=N_PDV),
        Table(S, "agents_kyc", [
            C("id_agent", "integer PRIMARY KEY", "none", seq()),
            C("matricule", "varchar(12)", "none", lambda c, i: f"AG{i + 100:05d}"),
            C("nom_complet", "varchar(120)", "person_name", lambda c, i: agent(c, i)["full"]),
            C("telephone", "varchar(20)", "phone", lambda c, i: agent(c, i)["mobile"]),
            C("id_pdv", "integer", "none", lambda c, i: 2 * i - 1),
            C("login", "varchar(40)", "none", lambda c, i: agent(c, i)["user"]),
            C("mot_de_passe", "char(40)", "credentials", lambda c, i: hexs(c, 40)),
            C("derniere_ip", "varchar(15)", "ip_address", lambda c, i: public_ip(c, (41, 102, 197))),
            C("actif", "boolean", "none", one(True, True, False)),
        ], rows=N_AGENT, extra=[fkey(S, "agents_kyc", "id_pdv", "points_de_vente", "id_pdv")]),
        Table(S, "abonnes", [
            C("id_abonne", "integer PRIMARY KEY", "none", seq()),
            C("nom", "varchar(80)", "person_name", Su("last")),
            C("prenom", "varchar(80)", "person_name", Su("first")),
            C("date_naissance", "date", "birth_date", Su("birth")),
            C("lieu_naissance", "varchar(60)", "none", lambda c, i: c.r.choice(list(ISLANDS) + ["Mamoudzou",
                                                                                                "Marseille"])),
            C("sexe", "char(1)", "none", Su("sex")),
            C("nationalite", "varchar(30)", "none", lambda c, i: "Comorienne" if piece(c, i)["kind"] != "Passeport"
              else c.r.choice(["Comorienne", "Malgache", "Tanzanienne"])),
            C("type_piece", "varchar(30)", "none", lambda c, i: piece(c, i)["kind"]),
            C("numero_piece", "varchar(30)", "national_id", lambda c, i: piece(c, i)["number"]),
            C("date_delivrance", "date", "none", dates(2012, 2025)),
            C("adresse", "varchar(200)", "postal_address", Su("a_line")),
            C("ville", "varchar(60)", "none", Su("a_city")),
            C("ile", "varchar(20)", "none", Su("island")),
            C("profession", "varchar(60)", "none", one("Commerçant", "Enseignant", "Pêcheur", "Cultivateur",
                                                      "Étudiant", "Fonctionnaire", "Sans emploi", "Ménagère")),
            C("telephone_contact", "varchar(20)", "phone", maybe(Su("phone"), 0.3, "")),
            C("email", "varchar(80)", "email", maybe(Su("email"), 0.3, "")),
            C("photo_chemin", "varchar(120)", "none", lambda c, i: f"/kyc/photos/{i // 100:03d}/{hexs(c, 16)}.jpg"),
            C("empreinte_gabarit", "bytea", "biometric", _fingerprint, comment="gabarit ISO 19794-2, index droit"),
            C("empreinte_qualite", "smallint", "none", ints(1, 5)),
            C("date_enregistrement", "timestamp", "none", stamps(2019, 2025)),
            C("id_agent", "integer", "none", lambda c, i: (i * 3) % N_AGENT + 1),
            C("statut_kyc", "varchar(20)", "none", one("validé", "validé", "validé", "en attente", "rejeté")),
        ], rows=N_SUB, extra=[fkey(S, "abonnes", "id_agent", "agents_kyc", "id_agent")]),
        Table(S, "lignes", [
            C("msisdn", "varchar(15) PRIMARY KEY", "phone", line_sub("msisdn")),
            C("id_abonne", "integer", "none", lambda c, i: owner(i)),
            C("iccid", "varchar(20)", "none", lambda c, i: luhn_complete(f"8926901{i:04d}{digits(c, 7)}")),
            C("imsi", "varchar(15)", "none", lambda c, i: f"65401{digits(c, 10)}"),
            C("puk1", "varchar(8)", "secret_token", lambda c, i: digits(c, 8)),
            C("puk2", "varchar(8)", "secret_token", lambda c, i: digits(c, 8)),
            C("offre", "varchar(30)", "none", one("Prépayé Jamii", "Prépayé Jamii", "Postpayé Pro", "Data Box")),
            C("date_activation", "date", "none", dates(2015, 2025)),
            C("statut", "varchar(20)", "none", one("active", "active", "active", "suspendue", "résiliée")),
        ], rows=N_LINE, extra=[fkey(S, "lignes", "id_abonne", "abonnes", "id_abonne")]),
        Table(S, "cdr_localisation", [
            C("id", "bigint PRIMARY KEY", "none", seq(880000)),
            C("msisdn", "varchar(15)", "phone", lambda c, i: sub(c, owner(i))["msisdn"]),
            C("imei", "varchar(15)", "none", _imei),
            C("cell_id", "integer", "none", ints(10100, 39999)),
            C("lac", "integer", "none", one(101, 102, 201, 301)),
            C("latitude", "numeric(9,6)", "geo_location", lambda c, i: geo(*TOWNS[sub(c, owner(i))["island"]],
                                                                           0.12)(c)[0]),
            C("longitude", "numeric(9,6)", "geo_location", lambda c, i: geo(*TOWNS[sub(c, owner(i))["island"]],
                                                                            0.12)(c)[1]),
            C("horodatage", "timestamp", "none", stamps(2025, 2025)),
            C("type_evenement", "varchar(10)", "none", one("MOC", "MTC", "SMS", "DATA", "LU")),
        ], rows=150, comment="conservation légale des données de localisation (12 mois)"),
        Table(S, "requisitions", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("numero", "varchar(30)", "none", lambda c, i: f"REQ/{c.r.choice(['GN', 'PJ', 'PR'])}/2025/{i + 40:04d}"),
            C("autorite", "varchar(120)", "none", one("Gendarmerie nationale - Brigade de Moroni", "Parquet de Moroni",
                                                      "Police judiciaire de Mutsamudu", "Juge d'instruction, TPI Fomboni")),
            C("officier", "varchar(120)", "person_name", lambda c, i: "Adj. " + any_name("km")(c, i)),
            C("msisdn_cible", "varchar(15)", "phone", lambda c, i: sub(c, owner(i * 3))["msisdn"]),
            C("nom_cible", "varchar(120)", "person_name", lambda c, i: sub(c, owner(i * 3))["full"]),
            C("motif", "varchar(200)", "criminal_record", one("Enquête pour vol aggravé", "Escroquerie au mobile money",
                                                              "Menaces de mort par SMS", "Abus de confiance",
                                                              "Trafic de stupéfiants", "Viol sur mineur")),
            C("periode_debut", "date", "none", dates(2024, 2025)),
            C("periode_fin", "date", "none", dates(2024, 2025)),
            C("date_reception", "date", "none", dates(2025, 2025)),
            C("statut", "varchar(20)", "none", one("reçue", "traitée", "traitée", "refusée (incomplète)")),
            C("reponse_fichier", "varchar(120)", "none", maybe(lambda c, i: f"/juridique/reponses/{hexs(c, 12)}.zip",
                                                               0.6)),
        ], rows=50),
        Table(S, "recharges", [
            C("id", "bigint PRIMARY KEY", "none", seq(5_500_000)),
            C("msisdn", "varchar(15)", "phone", lambda c, i: sub(c, owner(i * 5))["msisdn"]),
            C("montant", "integer", "none", one(250, 500, 1000, 1000, 2000, 5000)),
            C("canal", "varchar(20)", "none", one("carte à gratter", "mobile money", "PDV", "USSD")),
            C("id_pdv", "integer", "none", lambda c, i: (i * 11) % N_PDV + 1),
            C("horodatage", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "recharges", "id_pdv", "points_de_vente", "id_pdv")]),
        Table(S, "reclamations", [
            C("id", "integer PRIMARY KEY", "none", seq()),
            C("msisdn", "varchar(15)", "phone", lambda c, i: sub(c, owner(i))["msisdn"]),
            C("canal", "varchar(20)", "none", one("agence", "centre d'appel 100", "WhatsApp", "Facebook")),
            C("objet", "varchar(60)", "none", one("Crédit", "Réseau", "Vol/perte SIM", "Mobile money", "Internet")),
            C("description", "text", "free_text_may_contain_pii", _complaint),
            C("date_creation", "timestamp", "none", stamps(2024, 2025)),
            C("traite_par", "integer", "none", lambda c, i: (i * 7) % N_AGENT + 1),
            C("statut", "varchar(20)", "none", one("ouverte", "en cours", "clôturée", "clôturée")),
        ], rows=100, extra=[fkey(S, "reclamations", "traite_par", "agents_kyc", "id_agent")]),
        Table(S, "journal_acces", [
            C("id", "bigint PRIMARY KEY", "none", seq()),
            C("id_agent", "integer", "none", lambda c, i: (i * 5) % N_AGENT + 1),
            C("action", "varchar(120)", "none", lambda c, i: c.r.choice(["consultation fiche abonné",
                                                                         "modification adresse",
                                                                         "export requisition", "connexion"])
              + f" #{c.r.randint(1, N_SUB)}"),
            C("ip", "varchar(15)", "ip_address", lambda c, i: public_ip(c, (41, 102, 197))),
            C("horodatage", "timestamp", "none", stamps(2025, 2025)),
        ], rows=150, extra=[fkey(S, "journal_acces", "id_agent", "agents_kyc", "id_agent")]),
    ]
