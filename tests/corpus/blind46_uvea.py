"""av_uvea: an in-house patient system of the health agency of Wallis and Futuna (the hospital in Mata-Utu, the
Futuna hospital and the village dispensaries), with French column names: staff, patients, consultations, lab
results, vaccinations and medical evacuations (EVASAN) to Nouméa. Names are Wallisian and Futunian."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, const, dates, digits, fk, fkey, flag, maybe, one, seq, stamps
from .blind46_gens import any_landline, any_mobile, any_name, person, slug
from .gens import Table

S = "av_uvea"
SOIGNANT, PATIENT = "wf.soignant", "wf.patient"
N_ETAB, N_SOIG, N_PAT, N_CONS = 5, 30, 140, 150
ETABS = [("Hôpital de Sia", "Mata-Utu", "Hahake"), ("Dispensaire de Mu'a", "Mala'e", "Mu'a"),
         ("Dispensaire de Vaitupu", "Vaitupu", "Hihifo"), ("Hôpital de Kaleveleve", "Leava", "Sigave"),
         ("Dispensaire d'Ono", "Ono", "Alo")]


def _observation(c, i):
    return c.r.choice(["RAS, renouvellement du traitement.", "Glycémie mal équilibrée, revoir dans 1 mois.",
                       f"Vient accompagné de son fils {any_name('wf')(c, i)} qui traduit en wallisien.",
                       "Plaie infectée au pied, pansement, antibiotiques.",
                       f"Joindre la fille au {any_mobile('wf')(c, i)} pour les résultats.",
                       "Suspicion de RAA, échographie cardiaque demandée.", None])


def uvea_tables() -> list[Table]:
    s = lambda f: person("wf", SOIGNANT, f, 1965, 1998)       # noqa: E731
    p = lambda f: person("wf", PATIENT, f, 1935, 2023)        # noqa: E731
    return [
        Table(S, "etablissement", [
            C("etab_id", "integer PRIMARY KEY", "none", seq()),
            C("libelle", "varchar(60)", "none", lambda c, i: ETABS[i - 1][0]),
            C("village", "varchar(40)", "none", lambda c, i: ETABS[i - 1][1]),
            C("district", "varchar(20)", "none", lambda c, i: ETABS[i - 1][2]),
            C("telephone", "varchar(12)", "none", any_landline("wf")),
            C("finess", "varchar(9)", "none", lambda c, i: f"9860{digits(c, 5)}"),
        ], rows=N_ETAB),
        Table(S, "soignant", [
            C("soignant_id", "integer PRIMARY KEY", "none", seq()),
            C("nom", "varchar(40)", "person_name", s("last")),
            C("prenom", "varchar(40)", "person_name", s("first")),
            C("fonction", "varchar(40)", "none", one("Médecin", "Infirmier(e)", "Sage-femme", "Aide-soignant(e)",
                                                     "Interprète")),
            C("rpps", "varchar(11)", "none", lambda c, i: "10" + digits(c, 9)),
            C("courriel", "varchar(80)", "email", lambda c, i: f"{slug(s('first')(c, i))}.{slug(s('last')(c, i))}@sante-uvea.wf"),
            C("mot_de_passe", "varchar(80)", "credentials", lambda c, i: bcrypt(c, "11", "2b")),
            C("etab_id", "integer", "none", fk(N_ETAB, 1)),
            C("actif", "boolean", "none", flag(0.9)),
        ], rows=N_SOIG, extra=[fkey(S, "soignant", "etab_id", "etablissement", "etab_id")]),
        Table(S, "patient", [
            C("patient_id", "integer PRIMARY KEY", "none", seq()),
            C("ipp", "varchar(10)", "none", lambda c, i: f"WF{i + 40000:07d}"),
            C("nom", "varchar(40)", "person_name", p("last")),
            C("prenom", "varchar(40)", "person_name", p("first")),
            C("nom_naiss", "varchar(40)", "person_name",
              maybe(one("Falelavaki", "Tauvale", "Lauhea", "Mau", "Sako", "Tukumuli", "Moefana"), 0.3)),
            C("ddn", "date", "birth_date", p("birth")),
            C("sexe", "char(1)", "none", p("sex")),
            C("nir", "varchar(18)", "national_id", p("natid")),
            C("adresse", "varchar(80)", "postal_address", p("a_line")),
            C("village", "varchar(30)", "none", p("a_city")),
            C("ile", "varchar(10)", "none", lambda c, i: "Futuna" if p("a_city")(c, i) in
              ("Leava", "Ono", "Poi", "Kolia", "Vele", "Tavai") else "Wallis"),
            C("tel", "varchar(14)", "phone", p("mobile")),
            C("courriel", "varchar(80)", "email", maybe(p("email"), 0.3)),
            C("langue", "varchar(12)", "none", one("wallisien", "wallisien", "futunien", "français")),
            C("confession", "varchar(20)", "religious_belief", one("Catholique", "Catholique", "Catholique", "Protestante",
                                                                   "Sans")),
            C("personne_a_prevenir", "varchar(60)", "person_name", any_name("wf")),
            C("tel_pap", "varchar(14)", "phone", any_mobile("wf")),
            C("groupe_sanguin", "varchar(3)", "health", one("O+", "O+", "A+", "B+", "AB+")),
            C("antecedents", "varchar(200)", "health", one("Diabète type 2", "HTA", "Goutte", "Cardiopathie rhumatismale",
                                                           "Obésité morbide", "Aucun")),
            C("medecin_traitant_id", "integer", "none", fk(N_SOIG, 3)),
            C("cree_le", "timestamp", "none", stamps(2010, 2025)),
        ], rows=N_PAT, extra=[fkey(S, "patient", "medecin_traitant_id", "soignant", "soignant_id")]),
        Table(S, "consultation", [
            C("cons_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 3)),
            C("soignant_id", "integer", "none", fk(N_SOIG, 7)),
            C("etab_id", "integer", "none", fk(N_ETAB, 2)),
            C("date_cons", "timestamp", "none", stamps(2023, 2025)),
            C("motif", "varchar(80)", "health", one("Renouvellement ordonnance", "Fièvre", "Douleur thoracique",
                                                     "Suivi grossesse", "Plaie", "Suivi diabète")),
            C("cim10", "varchar(6)", "health", one("E11.9", "I10", "M10.0", "I05.9", "O09.9", "L03.1", "J18.9")),
            C("ta", "varchar(7)", "health", lambda c, i: f"{c.r.randint(100, 190)}/{c.r.randint(55, 110)}"),
            C("poids", "numeric(5,1)", "health", amounts(40, 160, 1)),
            C("observation", "text", "free_text_may_contain_pii", _observation),
            C("tarif", "numeric(8,0)", "none", one(0, 0, 1500, 3000), comment="XPF"),
        ], rows=N_CONS, extra=[fkey(S, "consultation", "patient_id", "patient", "patient_id"),
                               fkey(S, "consultation", "soignant_id", "soignant", "soignant_id"),
                               fkey(S, "consultation", "etab_id", "etablissement", "etab_id")]),
        Table(S, "resultat_labo", [
            C("res_id", "integer PRIMARY KEY", "none", seq()),
            C("cons_id", "integer", "none", fk(N_CONS, 5)),
            C("examen", "varchar(40)", "none", one("HbA1c", "Créatinine", "Uricémie", "Sérologie VIH", "AgHBs", "ASLO")),
            C("valeur", "varchar(20)", "health", lambda c, i: c.r.choice([f"{c.r.uniform(5, 13):.1f} %",
                                                                         f"{c.r.randint(50, 600)} µmol/L",
                                                                         "négatif", "positif", f"{c.r.randint(100, 800)} UI"])),
            C("valide_par", "varchar(60)", "person_name", lambda c, i: s("full")(c, c.r.randint(1, N_SOIG))),
            C("date_valid", "timestamp", "none", stamps(2023, 2025)),
        ], rows=140, extra=[fkey(S, "resultat_labo", "cons_id", "consultation", "cons_id")]),
        Table(S, "vaccination", [
            C("vacc_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 11)),
            C("vaccin", "varchar(40)", "health", one("ROR", "DTCaP-Hib-HepB", "BCG", "Grippe saisonnière", "HPV",
                                                      "Pneumocoque")),
            C("lot", "varchar(12)", "none", lambda c, i: f"{c.r.choice('ABTX')}{digits(c, 6)}"),
            C("date_vacc", "date", "none", dates(2015, 2025)),
            C("vaccinateur_id", "integer", "none", fk(N_SOIG, 5)),
        ], rows=120, extra=[fkey(S, "vaccination", "patient_id", "patient", "patient_id"),
                            fkey(S, "vaccination", "vaccinateur_id", "soignant", "soignant_id")]),
        Table(S, "evasan", [
            C("evasan_id", "integer PRIMARY KEY", "none", seq()),
            C("patient_id", "integer", "none", fk(N_PAT, 13)),
            C("date_depart", "date", "none", dates(2020, 2025)),
            C("destination", "varchar(40)", "none", one("CHT Gaston-Bourret, Nouméa", "Médipôle de Koutio",
                                                        "Brisbane", "Suva")),
            C("motif_medical", "varchar(120)", "health", one("Insuffisance rénale terminale, mise en dialyse",
                                                             "Chirurgie valvulaire", "Bilan oncologique",
                                                             "Accouchement à risque", "Traumatisme crânien")),
            C("accompagnant", "varchar(60)", "person_name", any_name("wf")),
            C("lien", "varchar(20)", "none", one("Époux(se)", "Fils", "Fille", "Mère", "Frère")),
            C("pp_accompagnant", "varchar(9)", "national_id", lambda c, i: f"{digits(c, 2)}{c.r.choice('ABCDK')}"
                                                                             f"{c.r.choice('HKLM')}{digits(c, 5)}",
              comment="passport of the escort"),
            C("vol", "varchar(8)", "none", lambda c, i: f"SB {c.r.choice(['860', '861', '862'])}"),
            C("cout_xpf", "numeric(10,0)", "none", amounts(90000, 2400000, 0)),
            C("prise_en_charge", "varchar(20)", "none", const("Agence de santé")),
        ], rows=90, extra=[fkey(S, "evasan", "patient_id", "patient", "patient_id")]),
    ]
