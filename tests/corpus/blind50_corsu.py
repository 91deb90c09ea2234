"""az_corsu: an in-house system of a Corsican agricultural mutual insurer (Aiacciu and Bastia) with column names in
Corsican: staff and loss adjusters, reinsurers, members (farmers, shepherds, winegrowers), contracts, claims."""
from __future__ import annotations

from stdnum import iban as std_iban

from .blind26_gens import C, amounts, dates, digits, fk, fkey, flag, hexs, ints, maybe, one, seq, stamps
from .blind50_gens import landline, mobile, name, person
from .gens import Table

S = "az_corsu"
SOC, AG = "co.sucietariu", "co.agente"
N_AG, N_CIA, N_SOC, N_CUN = 16, 10, 140, 150


def _rib(c, i):
    bban = "30002" + digits(c, 5) + digits(c, 11) + digits(c, 2)
    return "FR" + std_iban.calc_check_digits("FR00" + bban) + bban


def _rapportu(c, i):
    return c.r.choice([None, "Muru di petra cascatu dopu a timpesta.", "Incendiu di machja, 3 ettari di castagni.",
                       f"U vicinu {name('co')(c, i)} hà vistu u focu, tel. {mobile('co')(c, i)}",
                       "Pecure morte: attaccu di cani.", "Trattore rivultatu, u cunduttore hè statu feritu à a spalla."])


def corsu_tables() -> list[Table]:
    s = lambda f: person("co", SOC, f, 1940, 2003)            # noqa: E731
    a = lambda f: person("co", AG, f, 1962, 1998)             # noqa: E731
    return [
        Table(S, "agenti", [
            C("agente_id", "integer PRIMARY KEY", "none", seq()),
            C("nome_cumpletu", "varchar(100)", "person_name", a("full")),
            C("rolu", "varchar(30)", "none", one("Perit", "Cunsiglieru", "Cuntabile", "Direttore")),
            C("agenzia", "varchar(30)", "none", one("Aiacciu", "Bastia", "Biguglia", "Portivechju")),
            C("mail", "varchar(80)", "email", lambda c, i: a("user")(c, i) + "@mutua-corsa.example.fr"),
            C("telefonu", "varchar(20)", "phone", a("mobile")),
            C("chjave_hash", "varchar(80)", "credentials", lambda c, i: "{SSHA512}" + hexs(c, 64)),
        ], rows=N_AG),
        Table(S, "cumpagnie", [
            C("cumpagnia_id", "integer PRIMARY KEY", "none", seq()),
            C("ragione_suciale", "varchar(80)", "none", one("Groupama Méditerranée", "SCOR Re", "CCR Re", "Axa XL",
                                                            "Munich Re France") ),
            C("siret", "varchar(14)", "none", lambda c, i: digits(c, 14)),
            C("indirizzu", "varchar(120)", "none", lambda c, i: f"{c.r.randint(1, 90)} rue de Courcelles, 75008 Paris"),
            C("telefonu", "varchar(20)", "none", lambda c, i: f"01 {digits(c, 2)} {digits(c, 2)} {digits(c, 2)} {digits(c, 2)}"),
            C("mail_ufficiu", "varchar(80)", "none", lambda c, i: f"souscription{i}@reassureur.example.fr"),
            C("quota_cessione", "numeric(5,2)", "none", amounts(5, 60)),
        ], rows=N_CIA),
        Table(S, "sucietarii", [
            C("sucietariu_id", "integer PRIMARY KEY", "none", seq()),
            C("numeru_aderente", "varchar(12)", "none", lambda c, i: f"MC{i + 20000:07d}"),
            C("casata", "varchar(60)", "person_name", s("last")),
            C("nome", "varchar(60)", "person_name", s("first")),
            C("nascita", "date", "birth_date", s("birth")),
            C("sessu", "char(1)", "none", s("sex")),
            C("nir", "varchar(15)", "national_id", s("natid"), comment="numéro de sécurité sociale"),
            C("indirizzu", "varchar(120)", "postal_address", s("street")),
            C("codice_pustale", "varchar(5)", "postal_address", s("post")),
            C("paese", "varchar(40)", "none", s("town")),
            C("telefonu", "varchar(20)", "phone", s("mobile")),
            C("telefonu_casa", "varchar(20)", "phone", maybe(landline("co"), 0.5)),
            C("mail", "varchar(80)", "email", maybe(s("email"), 0.7)),
            C("rib", "varchar(34)", "iban", _rib),
            C("mistieru", "varchar(40)", "none", one("Pastore", "Viticultore", "Castagnaghju", "Apicultore",
                                                     "Allevatore di porchi", "Oliviculture")),
            C("siret_splutazione", "varchar(14)", "none", lambda c, i: digits(c, 14)),
            C("sindicatu", "varchar(40)", "trade_union", maybe(one("FDSEA 2A", "Via Campagnola", "Cunfederazione paisana",
                                                                   "Ghjuventù Agricula"), 0.5),
              comment="farmers' union, for the group discount"),
            C("ultimu_accessu_ip", "varchar(45)", "ip_address", maybe(s("ip"), 0.6)),
        ], rows=N_SOC),
        Table(S, "cuntratti", [
            C("cuntrattu_id", "integer PRIMARY KEY", "none", seq()),
            C("sucietariu_id", "integer", "none", fk(N_SOC, 3)),
            C("cumpagnia_id", "integer", "none", fk(N_CIA, 7)),
            C("pulizza", "varchar(14)", "none", lambda c, i: f"POL-{c.r.randint(2015, 2025)}-{i:05d}"),
            C("garanzia", "varchar(40)", "none", one("Multirisca splutazione", "Grandine vigna", "Mortalità bestiame",
                                                     "Incendiu machja", "Responsabilità civile")),
            C("capitale", "numeric(12,2)", "none", amounts(5000, 400000)),
            C("premiu_annuale", "numeric(10,2)", "none", amounts(120, 6800)),
            C("capi_bestiame", "integer", "none", ints(0, 600)),
            C("parcella_catastale", "varchar(20)", "none", lambda c, i: f"2A{c.r.randint(1, 360):03d}-{c.r.choice('ABCDE')}{c.r.randint(1, 900)}"),
            C("latitudine", "numeric(9,6)", "geo_location", amounts(41.4, 42.95, 6), comment="the member's farmhouse"),
            C("longitudine", "numeric(9,6)", "geo_location", amounts(8.6, 9.5, 6)),
            C("decorrenza", "date", "none", dates(2015, 2025)),
            C("attivu", "boolean", "none", flag(0.85)),
        ], rows=N_CUN, extra=[fkey(S, "cuntratti", "sucietariu_id", "sucietarii", "sucietariu_id"),
                              fkey(S, "cuntratti", "cumpagnia_id", "cumpagnie", "cumpagnia_id")]),
        Table(S, "sinistri", [
            C("sinistru_id", "integer PRIMARY KEY", "none", seq()),
            C("cuntrattu_id", "integer", "none", fk(N_CUN, 5)),
            C("agente_id", "integer", "none", fk(N_AG, 3)),
            C("data_sinistru", "date", "none", dates(2020, 2025)),
            C("causa", "varchar(30)", "none", one("Timpesta", "Incendiu", "Grandine", "Cani", "Siccità", "Accidente")),
            C("rapportu", "text", "free_text_may_contain_pii", _rapportu),
            C("ferita", "varchar(80)", "health", maybe(one("Frattura di u polzu", "Lussazione spalla",
                                                           "Ustione 2u gradu", "Morsu di cane"), 0.25),
              comment="injury of the insured person (work accident)"),
            C("ghjorni_arrestu", "integer", "health", maybe(ints(1, 90), 0.25)),
            C("stima", "numeric(10,2)", "none", amounts(200, 90000)),
            C("pagatu", "numeric(10,2)", "none", amounts(0, 90000)),
            C("fraude_suspettata", "boolean", "none", flag(0.04)),
            C("statu", "varchar(20)", "none", one("Apertu", "In perizia", "Chjosu", "Rifiutatu")),
        ], rows=130, extra=[fkey(S, "sinistri", "cuntrattu_id", "cuntratti", "cuntrattu_id"),
                            fkey(S, "sinistri", "agente_id", "agenti", "agente_id")]),
        Table(S, "pagamenti", [
            C("pagamentu_id", "integer PRIMARY KEY", "none", seq()),
            C("sucietariu_id", "integer", "none", fk(N_SOC, 9)),
            C("mandatu_sepa", "varchar(35)", "none", lambda c, i: f"RUM-MC-{c.r.randint(2015, 2025)}-{i:06d}"),
            C("titulare_contu", "varchar(100)", "person_name", lambda c, i: s("full")(c, (i * 9) % N_SOC + 1)),
            C("importu", "numeric(10,2)", "none", amounts(10, 3000)),
            C("scadenza", "date", "none", dates(2023, 2026)),
            C("rifiutatu", "boolean", "none", flag(0.05)),
            C("creatu", "timestamp", "none", stamps(2023, 2025)),
        ], rows=140, extra=[fkey(S, "pagamenti", "sucietariu_id", "sucietarii", "sucietariu_id")]),
    ]
