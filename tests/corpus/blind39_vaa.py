"""ao_vaa: an in-house register of an outrigger-canoe (va'a) federation in Tahiti, French Polynesia, with column
names in Tahitian (apostrophes and macrons dropped): clubs, paddlers, medical certificates, races, results, fees and
the federation's app users. `toto` (blood) and `faaroo` (faith) are generic-looking special-category columns."""
from __future__ import annotations

from .blind26_gens import C, amounts, bcrypt, dates, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind39_gens import any_name, any_phone, person, town
from .gens import Table

S = "ao_vaa"
TH, TAOTE = "va.taata_hoe", "va.taote"
N_PUPU, N_TH, N_TAT = 80, 140, 80
CLUBS = ["Shell Va'a", "EDT Va'a", "OPT Va'a", "Team Pirae", "Paddling Team Tiare", "Faa'a Va'a Club",
         "Punaauia Hoe Club", "Mahina Hoe Club", "Raiatea Va'a", "Bora Bora Hoe"]


def _aamu(c, i):
    return c.r.choice([None, None, "Ua tae mai i te hoe i te matahiti 2019.", "Junior selection 2024.",
                       f"Metua: {any_name('pf')(c, i)}, niuniu {any_phone('pf')(c, i)}",
                       f"Transferred from {c.r.choice(CLUBS)}; licence fee paid by employer.", "Hawaiki Nui 2023 finisher."])


def vaa_tables() -> list[Table]:
    t = lambda f: person("pf", TH, f, 1962, 2012)            # noqa: E731
    return [
        Table(S, "taata_faatere", [
            C("tapao", "integer PRIMARY KEY", "none", seq()),
            C("ioa_faaohipa", "varchar(40)", "none", lambda c, i: person("pf", "va.faatere", "user")(c, i)),
            C("rata_uira", "varchar(80)", "email", lambda c, i: person("pf", "va.faatere", "user")(c, i) + "@ftv.pf"),
            C("parau_huna", "varchar(80)", "credentials", lambda c, i: bcrypt(c)),
            C("tiaraa", "varchar(20)", "none", one("peretiteni", "papai parau", "tonite moni", "faatere")),
        ], rows=12),
        Table(S, "pupu_hoe", [
            C("tapao_pupu", "integer PRIMARY KEY", "none", seq()),
            C("ioa_pupu", "varchar(60)", "none", lambda c, i: CLUBS[i % 10] if i <= 10 else f"{CLUBS[i % 10]} {i}"),
            C("numera_tahiti", "varchar(10)", "none", lambda c, i: f"{hexs(c, 6).upper()}", comment="numéro TAHITI "
                                                                                                   "de l'association"),
            C("oire", "varchar(40)", "none", town("pf")),
            C("motu", "varchar(30)", "none", one("Tahiti", "Tahiti", "Moorea", "Raiatea", "Huahine", "Bora Bora")),
            C("niuniu_pupu", "varchar(20)", "none", lambda c, i: f"40 {ints(40, 59)(c, i)} {ints(10, 99)(c, i)} "
                                                                 f"{ints(10, 99)(c, i)}"),
            C("rata_uira_pupu", "varchar(80)", "none", lambda c, i: f"contact.club{i}@vaa.pf"),
            C("peretiteni", "varchar(80)", "person_name", any_name("pf")),
            C("niuniu_peretiteni", "varchar(20)", "phone", any_phone("pf")),
        ], rows=N_PUPU),
        Table(S, "taata_hoe", [
            C("tapao_taata", "integer PRIMARY KEY", "none", seq()),
            C("numera_raihana", "varchar(12)", "none", lambda c, i: f"FTV{i + 4000:06d}"),
            C("ioa", "varchar(40)", "person_name", t("first")),
            C("ioa_fetii", "varchar(40)", "person_name", t("last")),
            C("mahana_fanauraa", "date", "birth_date", t("birth")),
            C("tane_vahine", "varchar(6)", "none", lambda c, i: "tane" if t("sex")(c, i) == "M" else "vahine"),
            C("numera_dn", "varchar(7)", "national_id", t("natid"), comment="numéro DN de la CPS"),
            C("niuniu", "varchar(20)", "phone", t("mobile")),
            C("rata_uira", "varchar(80)", "email", maybe(t("email"), 0.7)),
            C("vahi_noho", "varchar(120)", "postal_address", t("a_line")),
            C("afata_rata", "varchar(30)", "postal_address", t("a_post")),
            C("oire", "varchar(40)", "none", t("a_city")),
            C("tapao_pupu", "integer", "none", fk(N_PUPU, 3)),
            C("fetii_tiai", "varchar(80)", "person_name", any_name("pf")),
            C("niuniu_fetii", "varchar(20)", "phone", any_phone("pf")),
            C("toto", "varchar(3)", "health", maybe(one("O+", "O+", "A+", "B+", "AB+", "O-"), 0.6)),
            C("faaroo", "varchar(30)", "religious_belief", maybe(one("Porotetani", "Katorika", "Momoni", "Sanito",
                                                                    "Adventiste"), 0.5)),
            C("aamu", "text", "free_text_may_contain_pii", _aamu),
            C("faatia_hohoa", "boolean", "none", flag(0.2), comment="droit à l'image accordé"),
        ], rows=N_TH, extra=[fkey(S, "taata_hoe", "tapao_pupu", "pupu_hoe", "tapao_pupu")]),
        Table(S, "parau_taote", [
            C("tapao", "integer PRIMARY KEY", "none", seq()),
            C("tapao_taata", "integer", "none", fk(N_TH, 1)),
            C("mahana", "date", "none", dates(2023, 2025)),
            C("taote", "varchar(80)", "person_name", lambda c, i: "Dr " + person("pf", TAOTE, "full")(c, c.r.randint(1, 30))),
            C("maitai", "boolean", "health", flag(0.93), comment="apte à la compétition"),
            C("mai", "varchar(80)", "health", maybe(one("asthme", "épaule luxée 2022", "hypertension", "diabète type 1",
                                                      "ciguatera récente"), 0.25)),
            C("faaara", "text", "health", maybe(one("ECG d'effort normal", "Suivi cardiologique annuel",
                                                  "Pas de contre-indication"), 0.5)),
        ], rows=N_TH, extra=[fkey(S, "parau_taote", "tapao_taata", "taata_hoe", "tapao_taata")]),
        Table(S, "tatauraa", [
            C("tapao_tatau", "integer PRIMARY KEY", "none", seq()),
            C("ioa", "varchar(80)", "none", lambda c, i: c.r.choice(["Hawaiki Nui Va'a", "Te Aito", "Super Aito",
                                                                     "Tahiti Nui Va'a", "Championnat V6"]) + f" #{i}"),
            C("mahana", "date", "none", dates(2019, 2025)),
            C("vahi", "varchar(40)", "none", one("Papeete", "Huahine - Bora Bora", "Moorea", "Taravao", "Arue")),
            C("atea_km", "numeric(5,1)", "none", amounts(0.5, 129, 1)),
            C("huru_vaa", "varchar(4)", "none", one("V1", "V3", "V6", "V12")),
        ], rows=N_TAT),
        Table(S, "faaotiraa", [
            C("tapao", "integer PRIMARY KEY", "none", seq()),
            C("tapao_tatau", "integer", "none", fk(N_TAT, 3)),
            C("tapao_taata", "integer", "none", fk(N_TH, 7)),
            C("taime", "interval", "none", lambda c, i: f"{c.r.randint(0, 8)}:{c.r.randint(0, 59):02d}:"
                                                        f"{c.r.randint(0, 59):02d}"),
            C("parau_faaite", "smallint", "none", ints(1, 60)),
            C("tiaraa", "varchar(20)", "none", one("tautai", "hoe", "faatere")),
        ], rows=150, extra=[fkey(S, "faaotiraa", "tapao_tatau", "tatauraa", "tapao_tatau"),
                            fkey(S, "faaotiraa", "tapao_taata", "taata_hoe", "tapao_taata")]),
        Table(S, "moni_tapao", [
            C("tapao", "integer PRIMARY KEY", "none", seq()),
            C("tapao_taata", "integer", "none", fk(N_TH, 11)),
            C("matahiti", "smallint", "none", one(2023, 2024, 2025)),
            C("moni", "integer", "none", one(3000, 5000, 8000, 12000), comment="XPF"),
            C("ravea", "varchar(20)", "none", one("moni", "tieke", "virement", "carte")),
            C("mahana_aufauraa", "timestamp", "none", stamps(2023, 2025)),
        ], rows=130, extra=[fkey(S, "moni_tapao", "tapao_taata", "taata_hoe", "tapao_taata")]),
    ]
