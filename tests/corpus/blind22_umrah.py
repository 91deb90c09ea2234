"""z_umrah: the in-house back office of a Casablanca Hajj and Umrah travel agency (French snake_case names, some
Arabic): agencies, partner hotels in Makkah and Madinah, groups, pilgrims, vaccinations, payments, visa requests,
room allocation and staff logins."""
from __future__ import annotations

import random

from .blind22_gens import (alnum, boolean, card, day, fk, fkey, hexs, ice_ma, ipv4, maybe, money, part, pick, rdate,
                           row, seq, slug, weighted)
from .gens import Col, Ctx, Table

S = "z_umrah"
PRENOMS_F = [("Fatima Zahra", "فاطمة الزهراء"), ("Khadija", "خديجة"), ("Aicha", "عائشة"), ("Naima", "نعيمة"),
             ("Malika", "مليكة"), ("Zineb", "زينب"), ("Hajar", "هاجر"), ("Latifa", "لطيفة"), ("Saadia", "سعدية")]
PRENOMS_M = [("Mohamed", "محمد"), ("Abdellah", "عبد الله"), ("Youssef", "يوسف"), ("Hassan", "حسن"),
             ("Rachid", "رشيد"), ("Said", "سعيد"), ("Mustapha", "مصطفى"), ("Brahim", "إبراهيم"),
             ("Abdelkader", "عبد القادر"), ("Driss", "إدريس")]
NOMS = [("El Amrani", "العمراني"), ("Benali", "بنعلي"), ("Alaoui", "العلوي"), ("El Idrissi", "الإدريسي"),
        ("Bennani", "بناني"), ("Tazi", "التازي"), ("Berrada", "برادة"), ("Ouazzani", "الوزاني"), ("Chraibi", "الشرايبي"),
        ("El Fassi", "الفاسي"), ("Lahlou", "لحلو"), ("Benjelloun", "بنجلون"), ("Ait Ouahmane", "آيت وهمان"),
        ("Boukhari", "البخاري"), ("Zerouali", "الزروالي"), ("Hajji", "الحجي"), ("Essaidi", "السعيدي")]
VILLES = [("Casablanca", "20250"), ("Casablanca", "20470"), ("Mohammedia", "28800"), ("Settat", "26000"),
          ("Rabat", "10090"), ("El Jadida", "24000"), ("Berrechid", "26100"), ("Marrakech", "40000")]
RUES = ["Rue Ibn Sina, Hay Salam", "Bd Mohammed V", "Rue Al Farabi, Maârif", "Derb Sultan, Rue 14", "Hay Hassani, "
        "Lot Nassim", "Rue Ibn Battouta, Hay Riad", "Sidi Maarouf, Rés. Al Wifaq", "Bd Abdelmoumen", "Ain Chock, Rue 7"]
HOTELS = [("Makkah", "Hilton Suites Makkah", 150), ("Makkah", "Swissôtel Al Maqam", 100), ("Makkah", "Elaf Kinda",
          300), ("Makkah", "Al Kiswah Towers", 2800), ("Makkah", "Le Méridien Towers", 3500), ("Madinah",
          "Dar Al Taqwa", 80), ("Madinah", "Anwar Al Madinah Mövenpick", 120), ("Madinah", "Al Eiman Royal", 250),
          ("Madinah", "Crowne Plaza Madinah", 200), ("Makkah", "Pullman ZamZam", 90)]


def _pelerin(rr: random.Random, i: int) -> dict:
    fem = rr.random() < .52
    prenom, prenom_ar = rr.choice(PRENOMS_F if fem else PRENOMS_M)
    nom, nom_ar = rr.choice(NOMS)
    ville, cp = rr.choice(VILLES)
    letters = rr.choice(["BE", "BK", "BH", "BJ", "AB", "A", "JC", "BL", "BB"])
    email = f"{slug(prenom.split()[0])}.{slug(nom.replace(' ', ''))}{rr.randint(1, 99)}@" \
            f"{rr.choice(['gmail.com', 'hotmail.fr', 'yahoo.fr', 'menara.ma', 'gmail.com'])}"
    return {"nom": nom.upper(), "prenom": prenom, "ar": f"{prenom_ar} {nom_ar}", "fem": fem,
            "cin": f"{letters}{rr.randint(10000, 999999)}", "pass": f"{rr.choice(['TK', 'UA', 'WB', 'AZ'])}"
            f"{rr.randint(1000000, 9999999)}", "dob": rdate(rr, 1942, 1998), "ville": ville,
            "adresse": f"N° {rr.randint(1, 180)} {rr.choice(RUES)}, {cp} {ville}",
            "gsm": f"0{rr.choice('67')} {rr.randint(10, 99)} {rr.randint(10, 99)} {rr.randint(10, 99)} "
                   f"{rr.randint(10, 99)}", "email": email if rr.random() < .55 else None}


def P(name: str):
    return part("umrah.pelerin", _pelerin, name)


def rib(c: Ctx, i: int) -> str:
    body = f"{c.r.choice(['007', '011', '022', '190', '230'])}{c.r.choice(['780', '640', '810'])}" \
           f"{c.r.randint(10 ** 15, 10 ** 16 - 1)}"
    key = 97 - (int(body) * 100) % 97
    return f"{body}{key:02d}"


def umrah_tables() -> list[Table]:
    agence = Table(S, "agence", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("raison_sociale", "varchar(100)", "none", lambda c, i: ["Safa Marwa Voyages SARL", "Al Moutamid Tours",
                                                                    "Nour Al Haramain Voyages", "Zamzam Travel Maroc",
                                                                    "Rihla Voyages"][i - 1]),
        Col("ice", "varchar(15)", "none", lambda c, i: ice_ma(c.r)),
        Col("rc", "varchar(20)", "none", lambda c, i: f"RC Casa {c.r.randint(100000, 599999)}"),
        Col("adresse", "varchar(160)", "none", pick("45 Bd Zerktouni, 20040 Casablanca", "12 Rue Jaafar Essadik, "
                                                    "Agdal, Rabat")),
        Col("telephone", "varchar(20)", "none", lambda c, i: f"05 22 {c.r.randint(10, 99)} {c.r.randint(10, 99)} "
                                                             f"{c.r.randint(10, 99)}"),
        Col("directeur", "varchar(80)", "person_name", lambda c, i: f"{c.r.choice(PRENOMS_M)[0]} "
                                                                    f"{c.r.choice(NOMS)[0]}"),
        Col("gsm_directeur", "varchar(20)", "phone", lambda c, i: f"06 61 {c.r.randint(10, 99)} {c.r.randint(10, 99)} "
                                                                  f"{c.r.randint(10, 99)}")],
        rows=5)
    hotel = Table(S, "hotel_partenaire", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("ville", "varchar(20)", "none", lambda c, i: HOTELS[i - 1][0]),
        Col("nom", "varchar(80)", "none", lambda c, i: HOTELS[i - 1][1]),
        Col("distance_haram_m", "integer", "none", lambda c, i: HOTELS[i - 1][2]),
        Col("contact_nom", "varchar(80)", "person_name", pick("Mr. Faisal Al-Harbi", "Ahmed Siddiqui (reservations)",
                                                              "Omar Al-Zahrani", "Imran Qureshi")),
        Col("contact_whatsapp", "varchar(20)", "phone", lambda c, i: f"+966 5{c.r.randint(0, 9)} {c.r.randint(100, 999)}"
                                                                     f" {c.r.randint(1000, 9999)}"),
        Col("tarif_nuit_sar", "numeric(8,2)", "none", money(250, 1800))],
        rows=len(HOTELS))
    groupe = Table(S, "groupe", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("code_groupe", "varchar(12)", "none", lambda c, i: f"{c.r.choice(['OMR', 'OMR', 'HAJ'])}-25-{i:03d}"),
        Col("agence_id", "integer", "none", fk(5)),
        Col("date_depart", "date", "none", day(2025, 2025)),
        Col("nb_jours", "integer", "none", pick(12, 15, 21, 25)),
        Col("accompagnateur", "varchar(80)", "person_name", lambda c, i: f"Fqih {c.r.choice(PRENOMS_M)[0]} "
                                                                         f"{c.r.choice(NOMS)[0]}"),
        Col("formule", "varchar(20)", "none", pick("Économique", "Confort", "VIP", "Ramadan"))],
        rows=30, extra=[fkey(S, "groupe", "agence_id", "agence")])
    pelerin = Table(S, "pelerin", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("nom", "varchar(60)", "person_name", P("nom")),
        Col("prenom", "varchar(60)", "person_name", P("prenom")),
        Col("nom_complet_ar", "varchar(120)", "person_name", P("ar")),
        Col("cin", "varchar(10)", "national_id", P("cin")),
        Col("num_passeport", "varchar(12)", "national_id", P("pass")),
        Col("date_naissance", "date", "birth_date", P("dob")),
        Col("sexe", "char(1)", "none", lambda c, i: "F" if row(c, "umrah.pelerin", i, _pelerin)["fem"] else "M"),
        Col("adresse", "varchar(160)", "postal_address", P("adresse")),
        Col("ville", "varchar(40)", "none", P("ville")),
        Col("gsm", "varchar(20)", "phone", P("gsm")),
        Col("email", "varchar(100)", "email", P("email")),
        Col("mahram_id", "integer", "none", lambda c, i: c.r.randint(1, i - 1) if i > 1 and c.r.random() < .3 else None),
        Col("lien_mahram", "varchar(20)", "none", maybe(pick("époux", "fils", "frère", "père"), .3)),
        Col("madhab", "varchar(20)", "religious_belief", weighted([("Malikite", 18), ("Hanafite", 1), ("Chaféite", 1)])),
        Col("nb_omra_precedentes", "integer", "none", pick(0, 0, 1, 2, 3)),
        Col("groupe_id", "integer", "none", fk(30)),
        Col("groupe_sanguin", "varchar(3)", "health", pick("O+", "A+", "B+", "AB+", "O-", "A-")),
        Col("maladies_chroniques", "text", "health", maybe(pick("Diabète type 2 (insuline)", "Hypertension",
                                                                "Insuffisance rénale, dialyse 3x/sem", "Asthme",
                                                                "Cardiopathie, stent 2019", "Arthrose genou"), .45)),
        Col("fauteuil_roulant", "boolean", "health", boolean(.12))],
        rows=150, extra=[fkey(S, "pelerin", "groupe_id", "groupe"), fkey(S, "pelerin", "mahram_id", "pelerin")])
    vaccin = Table(S, "vaccination", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("pelerin_id", "integer", "none", fk(150)),
        Col("vaccin", "varchar(40)", "health", pick("Méningite ACYW135 (Nimenrix)", "Grippe saisonnière",
                                                    "COVID-19 rappel", "Méningite ACYW135 (Menveo)")),
        Col("date_vaccin", "date", "none", day(2024, 2025)),
        Col("lot", "varchar(12)", "none", alnum(8, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        Col("centre", "varchar(60)", "none", pick("Institut Pasteur du Maroc – Casablanca", "Bureau municipal "
                                                  "d'hygiène Anfa", "Centre de santé Hay Mohammadi")),
        Col("num_certificat", "varchar(20)", "none", lambda c, i: f"IPM-{c.r.randint(100000, 999999)}")],
        rows=140, extra=[fkey(S, "vaccination", "pelerin_id", "pelerin")])
    paiement = Table(S, "paiement", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("pelerin_id", "integer", "none", fk(150)),
        Col("montant_mad", "numeric(10,2)", "none", money(3000, 65000)),
        Col("mode", "varchar(10)", "none", pick("espèces", "virement", "carte", "chèque")),
        Col("numero_carte", "varchar(19)", "payment_card", lambda c, i: card(c.r, c.r.choice(["4", "5"]))
            if c.r.random() < .35 else None),
        Col("titulaire", "varchar(80)", "person_name", lambda c, i: f"{c.r.choice(PRENOMS_M)[0]} "
                                                                    f"{c.r.choice(NOMS)[0]}".upper()),
        Col("rib_payeur", "varchar(24)", "bank_account", maybe(rib, .4)),
        Col("date_paiement", "date", "none", day(2024, 2025)),
        Col("num_recu", "varchar(12)", "none", lambda c, i: f"R{i + 2400:06d}")],
        rows=150, extra=[fkey(S, "paiement", "pelerin_id", "pelerin")])
    visa = Table(S, "demande_visa", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("pelerin_id", "integer", "none", seq()),
        Col("ref_nusuk", "varchar(16)", "none", lambda c, i: f"{c.r.randint(10 ** 9, 10 ** 10 - 1)}"),
        Col("num_visa", "varchar(12)", "none", maybe(lambda c, i: f"{c.r.randint(6000000000, 6999999999)}", .8)),
        Col("statut", "varchar(12)", "none", weighted([("ACCEPTÉ", 8), ("EN COURS", 2), ("REFUSÉ", 1)])),
        Col("date_depot", "date", "none", day(2024, 2025)),
        Col("empreintes_prises", "boolean", "none", boolean(.7)),
        Col("remarque", "text", "none", maybe(pick("Photo refusée, fond non blanc", "Passeport expire < 6 mois",
                                                   "OK", "Relancer le prestataire"), .3))],
        rows=120, extra=[fkey(S, "demande_visa", "pelerin_id", "pelerin")])
    chambre = Table(S, "affectation_chambre", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("pelerin_id", "integer", "none", seq()),
        Col("hotel_id", "integer", "none", fk(len(HOTELS))),
        Col("num_chambre", "varchar(6)", "none", lambda c, i: f"{c.r.randint(3, 28)}{c.r.randint(1, 40):02d}"),
        Col("type_chambre", "varchar(12)", "none", pick("Quadruple", "Triple", "Double", "Quintuple")),
        Col("nuits", "integer", "none", pick(5, 7, 8, 10))],
        rows=140, extra=[fkey(S, "affectation_chambre", "pelerin_id", "pelerin"),
                         fkey(S, "affectation_chambre", "hotel_id", "hotel_partenaire")])
    utilisateur = Table(S, "utilisateur", [
        Col("id", "serial PRIMARY KEY", "none", seq()),
        Col("login", "varchar(30)", "none", lambda c, i: f"agent{i:02d}"),
        Col("mot_de_passe", "char(32)", "credentials", hexs(32)),
        Col("email", "varchar(100)", "email", lambda c, i: f"{slug(c.r.choice(PRENOMS_F + PRENOMS_M)[0].split()[0])}."
                                                           f"{slug(c.r.choice(NOMS)[0].replace(' ', ''))}"
                                                           f"@safamarwa-voyages.ma"),
        Col("jeton_api", "varchar(40)", "secret_token", alnum(40)),
        Col("derniere_ip", "varchar(45)", "ip_address", ipv4)],
        rows=14)
    return [agence, hotel, groupe, pelerin, vaccin, paiement, visa, chambre, utilisateur]
